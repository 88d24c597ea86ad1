"""Function approximation by a piecewise-linear look-up table (DSPLib ``func_approx``), AIE-ML, buffer
interface, one kernel; costed for ``TT_DATA = int32`` only.

``x`` is split into ``TP_COARSE_BITS`` that address a table of (slope, offset) pairs and
``TP_FINE_BITS`` that interpolate: ``y = (offset << (fine + shift) + slope * (x & fine_mask)) >> (fine +
shift)``.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries @0d8795bc
``dsp/L1/src/aie/func_approx.cpp`` (``funcApproxMain``), ``dsp/L1/include/aie/func_approx.hpp`` (which
specialisation runs: ``useLutAPI`` is 1 for int16 and bfloat16 on AIE-ML, 0 otherwise) and
``dsp/L2/include/aie/func_approx_graph.hpp`` (one kernel, one input and one output buffer of
``TP_WINDOW_VSIZE`` samples, the tables and two internal ``TP_WINDOW_VSIZE`` buffers as kernel
parameters, i.e. tile memory, no lock):

* ``kSamplesInVect = 256 / 8 / sizeof(TT_DATA)``: 8 int32 samples per vector; ``TP_WINDOW_VSIZE / 8``
  trips in each of two loops, both ``chess_prepare_for_pipelining``, separated by ``chess_separator()``
  (two hardware loops one after the other, each with its own set-up, fill and drain);
* loop 1 (the look-ups) per trip: one vector load of ``x``; the index vector ``x >> TP_FINE_BITS`` by
  ``aie::detail::shift<int32, 8>::run(v, 0, fine)`` (AIE API ``detail/aie2/shift.hpp``, 32-bit types: one
  ``ups`` and one ``lsrs`` per 8 lanes, i.e. one VUPS and one VSRS to a register, both move slot as the
  rest of this package counts them); then, unrolled 8 times (``#pragma unroll(kSamplesInVect)``), per
  sample: ``idxVect[j]`` to a scalar register (VEXTRACT, move slot, latency 2), the byte offset
  ``idx * 8`` (the table entry is a cint32, 8 bytes: one scalar shift, ALU slot), the offset into the
  address generator's index register (one pointer-file MOV, move slot, as kernels.sample_delay counts
  them; one per sample: both tables are read at the same offset), two scalar loads (``ptr1[idx].real``,
  ``ptr2[idx].imag``: LDA, load unit A only, llvm-aie ``LDA_*_ag_idx``; latency 7) and two scalar stores
  (``*slopePtr++``, ``*offsetPtr++``: store slot). Per trip: move 8 + 8 + 2 = 18, load A 16 (the vector
  load of ``x`` on B), store 16, ALU 8: II 18 (move-slot bound).
* loop 2 (the interpolation) per trip: three vector loads (``x``, offsets, slopes), ``bit_and`` with the
  fine mask (vector ALU), ``from_vector<acc64>(offset, fine + shift)`` (one VUPS, move slot),
  ``aie::mac(acc, slope, fine)``: int32 x int32 is emulated on AIE-ML, the 32b x 32b block of
  :data:`aiesim_py.kernels.hadamard.EMULATED_MUL` (4 VSHUFFLE + 4 chained VMAC on 16 acc64 lanes; the
  8-lane vector pays a whole block, as in kernels.hadamard), ``to_vector<int32>(shift)`` fused into the
  store (acc64 -> int32, :meth:`CoreTiming.srs_fuses_into_store`). Per trip: loads 3 (2 cycles), vector
  ALU 1 + 4, MAC 4, move 1, store 1: II 5.

A loop of one trip would be straight-line code (no set-up); 2..3-trip loops keep their set-up (the one-loop
rule of kernels.kernel_io: :func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop` is not applied to
top-level loops). The ADF wrapper of two buffers per
:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`. The tables are graph parameters bound by
reference in the constructor (no copy: no first-call extra).

Not modelled (:class:`FuncApproxParams` refuses them): int16 and bfloat16 (AIE-ML runs
``funcApproxLutAPI``: ``aie::linear_approx`` over an ``aie::lut<4, ...>`` parallel look-up, whose
instructions are not in the timing table), float (``aie::to_fixed`` of fp32 vectors and float table
values: the fp32 path on AIE-ML is not costed), and ``TP_USE_LUT_RELOAD`` 1 (the benchmark's LUT-reload
variant: a later stored graph declares two run-time-parameter LUT ports, ``rtpLut``, and the kernel reads the
tables through the RTP pointer instead of its own copy; the per-call cost of those RTP reads is not modelled, and the
graphs @0d8795bc / db048a49 read for the rest have no reload port).
No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.hadamard import elementwise_multiply
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, pipelined_loop_setup_cycles,
                                         nest_spacing, sample_type)

TEMPLATE = None
KIND = "func_approx"
VECTOR_BITS = 256        # kSamplesInVect = 256 / 8 / sizeof(TT_DATA)
LUT_ENTRY_BYTES = 8      # one (slope, offset) pair read as complex_tt_data_t<int32> = cint32
DATA_TYPES = ("int16", "int32", "float", "bfloat16")
DOMAIN_MODES = (0, 1, 2)


@dataclass(frozen=True)
class FuncApproxParams:
    """One DSPLib func_approx kernel (buffer interface, one kernel).

    Attributes:
        data_type: ``TT_DATA`` (only int32 is costed).
        coarse_bits / fine_bits: ``TP_COARSE_BITS`` / ``TP_FINE_BITS`` (no effect on the cost).
        domain_mode: ``TP_DOMAIN_MODE`` 0 / 1 / 2 (no effect on the cost).
        window: ``TP_WINDOW_VSIZE`` samples per call.
        lut_reload: the benchmark's ``TP_USE_LUT_RELOAD`` (only 0 is costed).
        single_buffer: ADF ``single_buffer()`` on in[0] and out[0] (the benchmark's SINGLE_BUF).
    """
    data_type: str
    coarse_bits: int
    fine_bits: int
    domain_mode: int
    window: int
    lut_reload: bool = False
    single_buffer: bool = False

    def __post_init__(self):
        if self.data_type not in DATA_TYPES:
            raise ValueError(f"func_approx: TT_DATA {self.data_type!r} is not a DSPLib func_approx type on AIE-ML; "
                             f"use one of {', '.join(DATA_TYPES)}")
        if self.data_type in ("int16", "bfloat16"):
            raise ValueError(f"func_approx: {self.data_type} is not modelled: on AIE-ML it runs funcApproxLutAPI "
                             "(aie::linear_approx over an aie::lut<4> parallel look-up), whose instructions are not "
                             "in the timing table")
        if self.data_type == "float":
            raise ValueError("func_approx: float is not modelled: the fp32 path on AIE-ML (aie::to_fixed of fp32 "
                             "vectors, float table values, accfloat MAC) is not costed")
        for name, v in (("coarse_bits", self.coarse_bits), ("fine_bits", self.fine_bits), ("window", self.window)):
            if not isinstance(v, int) or v < 1:
                raise ValueError(f"func_approx: {name} must be a positive integer, got {v!r}")
        if self.coarse_bits + self.fine_bits > 8 * sample_type(self.data_type).bytes:
            raise ValueError("func_approx: TP_COARSE_BITS + TP_FINE_BITS exceeds the bits of TT_DATA")
        if self.domain_mode not in DOMAIN_MODES:
            raise ValueError(f"func_approx: TP_DOMAIN_MODE must be 0, 1 or 2, got {self.domain_mode!r}")
        if self.window < self.lanes:
            raise ValueError(f"func_approx: TP_WINDOW_VSIZE {self.window} is below one vector ({self.lanes} samples): "
                             "the kernel's loops would run no trip")
        if not isinstance(self.lut_reload, bool) or not isinstance(self.single_buffer, bool):
            raise ValueError("func_approx: lut_reload and single_buffer must be True or False")
        if self.lut_reload:
            raise ValueError("func_approx: TP_USE_LUT_RELOAD 1 is not modelled: the tables arrive on two run-time "
                             "parameter ports (rtpLut) whose per-call cost the timing model does not have")

    @property
    def lanes(self) -> int:
        """``kSamplesInVect``."""
        return VECTOR_BITS // (8 * sample_type(self.data_type).bytes)

    @property
    def trips(self) -> int:
        """Trips of each of the two loops: ``TP_WINDOW_VSIZE / kSamplesInVect``, an integer division in the
        source (both loop bounds), so a window that is not a whole number of vectors (the benchmark's 1638)
        leaves its last samples unprocessed while its buffers still carry the whole window.
        RUNT_WINDOW_CHANGE (after the blind run, validation/cases_c19.py): until then such windows were refused."""
        return self.window // self.lanes

    def ports(self) -> tuple[KernelPort, ...]:
        buffers = 1 if self.single_buffer else 2
        nbytes = self.window * sample_type(self.data_type).bytes
        return (KernelPort("in", "buffer", nbytes, buffers), KernelPort("out", "buffer", nbytes, buffers))


@dataclass(frozen=True)
class LoopOps:
    slots: SlotUse
    depth: int


def lookup_ops(p: FuncApproxParams, t: CoreTiming = AIE_ML_CORE) -> LoopOps:
    """One trip of loop 1 (module docstring): ``lanes`` table look-ups."""
    n = p.lanes
    slots = SlotUse(load_a=2 * n, load_b=1, store=2 * n, move=2 * n + 2, scalar=n)
    # x load -> UPS -> SRS -> per sample (extract, shift, index MOV: 2 move-slot ops each, the last
    # sample's after 2n issues) -> its two scalar loads -> its two stores
    depth = critical_path((1, t.vload_latency), (1, t.ups_latency), (1, t.srs_latency),
                          (2 * n, t.vector_alu_latency), (1, t.scalar_alu_latency), (1, t.pointer_move_latency),
                          (2, t.scalar_load_latency), (2, 0))
    return LoopOps(slots, depth)


def interpolate_ops(p: FuncApproxParams, t: CoreTiming = AIE_ML_CORE) -> LoopOps:
    """One trip of loop 2 (module docstring): ``offset << s + slope * fine`` on ``lanes`` samples."""
    m = elementwise_multiply(p.data_type, p.data_type, p.lanes, t)
    slots = SlotUse(load_any=3, vector_alu=1 + m.shuffles, mac=m.macs, move=1 + m.moves, store=1)
    depth = critical_path((2, t.vload_latency), (1, t.vector_alu_latency), *m.steps, (1, 0))
    return LoopOps(slots, depth)


def _loop(trips: int, ops: LoopOps, t: CoreTiming) -> tuple[int, int]:
    ii = resource_ii(ops.slots, t)
    setup = pipelined_loop_setup_cycles(trips, ii, ops.depth, t)
    return loop_cycles(trips, ii, ops.depth, pipelined=trips > 1) + setup, ii


def func_approx_cycles(p: FuncApproxParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): look-up loop + interpolation loop + ADF wrapper."""
    look, interp = lookup_ops(p, t), interpolate_ops(p, t)
    loop1, ii1 = _loop(p.trips, look, t)
    loop2, ii2 = _loop(p.trips, interp, t)
    loop = loop1 + loop2
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call,
                      ii_cycles=max(ii1, ii2), depth_cycles=max(look.depth, interp.depth), trips=2 * p.trips,
                      pipelined=True, function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + loop1 + interp.depth,
                      trip_spacing_cycles=nest_spacing(loop, 2 * p.trips, interp.depth))
