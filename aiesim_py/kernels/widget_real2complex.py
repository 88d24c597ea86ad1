"""Widget real2complex (DSPLib ``widget_real2complex``): a data-movement kernel that turns a window of
real samples into complex ones (imaginary parts zero) or a window of complex samples into their real
parts.

What one call does on AIE-ML (read in Xilinx/Vitis_Libraries ``dsp/L1/src/aie/widget_real2complex.cpp``
and ``dsp/L2/include/aie/widget_real2complex_graph.hpp`` @0d8795bc; schedule facts only, no code
copied), and what it costs here:

* **real -> complex** (int16 -> cint16, int32 -> cint32, float -> cfloat; the base specialisation):
  one loop (``chess_prepare_for_pipelining``, ``chess_loop_range(kLsize, )``) over the input's
  128-bit vectors (``kLsize = WINDOW / (16 / sizeof(TT_DATA))``). A trip loads one 128-bit vector,
  ``aie::interleave_zip``\\ s it with a zero vector at step 1, concatenates the pair into one 256-bit
  vector, reinterprets it (``vector_cast``) as complex and stores it (256 bits).
* **complex -> real** (cint16 -> int16, cint32 -> int32; cfloat -> float only where the device
  supports cfloat, ``__SUPPORTS_CFLOAT__``, which DSPLib's ``device_defs.h`` sets for AIE only, so it
  is refused here): one loop over the input's 256-bit vectors; a trip loads one 256-bit vector,
  reinterprets it as real lanes and keeps the even ones (``aie::filter_even``), a 128-bit store.

The AIE API ops on AIE-ML (AIE API ``aie_api/detail/aie2/interleave.hpp`` and ``filter.hpp``, 2022-2026
versions as stored in the code index, repository not named there; no code copied): ``interleave_zip`` of
vectors narrower than 512 bits grows both to 512 bits and issues the 512-bit zip, one ``::shuffle`` per
returned half of which only the low one is kept (its two 128-bit halves are the pair, and their ``concat``
is the low 256 bits of that register, no move); ``filter_even`` of a vector of <= 512 bits grows it and
issues one ``::shuffle`` with the filter mode, keeping the low half. ``grow`` / ``extract`` /
``vector_cast`` are register views. So, as costed blind, either direction is, per trip: one vector load (128
or 256 bits, one load slot), one VSHUFFLE (the vector-ALU slot,
:attr:`~aiesim_py.isa.timing.CoreTiming.vector_alu_latency`) and one store (256 or 128 bits, the store
slot): II = 1 (:func:`~aiesim_py.isa.timing.resource_ii`), depth = load latency + shuffle latency + the
store (:func:`~aiesim_py.isa.timing.critical_path`), trips = complex bytes / 32 (= real bytes / 16).

Changed after validation/cases_c13.py's blind run (:data:`R2C_VECTOR_ALU_OPS`, cases_c13.R2C_CHANGE): the
real -> complex loop takes **two** vector-ALU ops per trip, so II 2; complex -> real keeps one. The blind
model had one for both. The measured figures show it twice over (one extra cycle per trip in the SINGLE_BUF
throughputs, where the kernel is in series with the DMAs, and one cycle per trip less latency in the
PLIO-bound ping-pong rows, where a longer kernel holds the input buffer longer), for int16 and int32 and
for no complex -> real row. Which op it is, the sources do not settle: (a) the 128-bit input has to be
widened to the 512-bit shuffle operand (mlir-aie ``lib/Conversion/AIEVecToLLVM/AIEVecToLLVM.cpp``
``widen128bVectorValueTo512b`` emits an explicit ``vector.set.I512.I128`` intrinsic for it; the 256-bit
operand of ``filter_even`` is the low half of a 512-bit register, no op), or (b) the API's 512-bit zip
issues both ``::shuffle`` calls (low and high) and the discarded high one is not removed. Either is one more
vector-ALU op per trip; the slot model then gives II 2 (no timing constant changed).

The zero vector is made once before the loop (not costed apart from the loop set-up). Call: the ADF
wrapper with one input and one output buffer (:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`)
and the loop set-up (:func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`).

Ports: one input buffer of ``WINDOW x sizeof(TT_DATA)`` bytes and one output buffer of
``WINDOW x sizeof(TT_OUT_DATA)`` bytes (the graph's ``dimensions`` of both ports is TP_WINDOW_VSIZE
samples), so the complex side moves twice the real side's bytes. ``single_buffer`` (the benchmark's
SINGLE_BUF) gives both ports one buffer instead of a ping-pong pair
(:class:`~aiesim_py.kernels.kernel_io.KernelPort` ``buffers``); the kernel's cost is the same.

No functional model or firmware template: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, pipelined_loop_setup_cycles,
                                         sample_type)

TEMPLATE = None
KIND = "widget_real2complex"
#: DSPLib's (TT_DATA, TT_OUT_DATA) pairs (widget_real2complex_graph.hpp static_assert)
PAIRS = (("int16", "cint16"), ("int32", "cint32"), ("float", "cfloat"),
         ("cint16", "int16"), ("cint32", "int32"), ("cfloat", "float"))
#: pairs whose kernel specialisation is compiled only where the device supports cfloat (DSPLib
#: device_defs.h ``__SUPPORTS_CFLOAT__``: AIE only, not AIE-ML)
CFLOAT_ONLY = (("cfloat", "float"),)
#: vector-ALU ops per trip: real -> complex (the zip, plus the widening of the 128-bit input or the zip's
#: discarded high shuffle: see the module docstring; 1 in the blind run) and complex -> real (the filter)
R2C_VECTOR_ALU_OPS = 2
C2R_VECTOR_ALU_OPS = 1
REAL_VECTOR_BYTES = 16       # real side: one 128-bit vector per trip
COMPLEX_VECTOR_BYTES = 32    # complex side: one 256-bit vector per trip


@dataclass(frozen=True)
class WidgetReal2ComplexParams:
    """One DSPLib widget_real2complex kernel.

    Attributes:
        dtype: ``TT_DATA`` (input samples).
        out_dtype: ``TT_OUT_DATA``, the complex (or real) counterpart of ``dtype``.
        window: samples per call on either port (``TP_WINDOW_VSIZE``).
        single_buffer: one buffer behind each port instead of a ping-pong pair (the benchmark's
            ``SINGLE_BUF``: ADF's ``single_buffer()`` on the kernel's in[0] and out[0]).

    Raises:
        ValueError: a pair DSPLib refuses, cfloat -> float (not compiled for AIE-ML), a window that
            is not a whole number of the kernel's trips (16 real bytes, 32 complex bytes).
    """
    dtype: str
    out_dtype: str
    window: int
    single_buffer: bool = False

    def __post_init__(self):
        if (self.dtype, self.out_dtype) not in PAIRS:
            raise ValueError(f"widget_real2complex: {self.dtype} -> {self.out_dtype} is not a real/complex pair "
                             f"DSPLib takes; use one of {', '.join(f'{a} -> {b}' for a, b in PAIRS)}")
        if (self.dtype, self.out_dtype) in CFLOAT_ONLY:
            raise ValueError("widget_real2complex: cfloat -> float is compiled only where the device supports cfloat "
                             "(DSPLib device_defs.h __SUPPORTS_CFLOAT__: AIE, not AIE-ML)")
        if not isinstance(self.single_buffer, bool):
            raise ValueError(f"widget_real2complex: single_buffer must be True or False, got {self.single_buffer!r}")
        if not isinstance(self.window, int) or self.window <= 0:
            raise ValueError(f"widget_real2complex: window must be a positive number of samples, got {self.window!r}")
        if self.complex_bytes % COMPLEX_VECTOR_BYTES:
            raise ValueError(f"widget_real2complex: window of {self.window} samples ({self.complex_bytes} complex "
                             f"bytes) is not a whole number of the kernel's {COMPLEX_VECTOR_BYTES}-byte complex "
                             "vectors")

    @property
    def to_complex(self) -> bool:
        return sample_type(self.out_dtype).complex

    @property
    def in_bytes(self) -> int:
        return self.window * sample_type(self.dtype).bytes

    @property
    def out_bytes(self) -> int:
        return self.window * sample_type(self.out_dtype).bytes

    @property
    def complex_bytes(self) -> int:
        return max(self.in_bytes, self.out_bytes)

    @property
    def trips(self) -> int:
        return self.complex_bytes // COMPLEX_VECTOR_BYTES

    def ports(self) -> tuple[KernelPort, ...]:
        buffers = 1 if self.single_buffer else 2
        return (KernelPort("in", "buffer", self.in_bytes, buffers),
                KernelPort("out", "buffer", self.out_bytes, buffers))


def widget_real2complex_cycles(p: WidgetReal2ComplexParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (see the module docstring): a pipelined loop of one load, the vector-ALU ops
    (:data:`R2C_VECTOR_ALU_OPS` / :data:`C2R_VECTOR_ALU_OPS`) and one store per trip, the loop set-up and
    the ADF wrapper of two buffers."""
    trips = p.trips
    alu = R2C_VECTOR_ALU_OPS if p.to_complex else C2R_VECTOR_ALU_OPS
    ii = resource_ii(SlotUse(load_any=1, vector_alu=alu, store=1), t)
    # load -> the vector-ALU ops one after the other (the widening feeds the shuffle) -> the store
    depth = critical_path((1, t.vload_latency), *((1, t.vector_alu_latency),) * alu, (1, 0))
    loop = loop_cycles(trips, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(trips, ii, depth, t)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=trips, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + depth)
