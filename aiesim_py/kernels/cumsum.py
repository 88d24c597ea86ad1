"""Cumulative sum (DSPLib ``cumsum``), AIE-ML, buffer interface, one kernel, TP_MODE 1 only.

The input is ``num_frames`` frames of a ``dim_a`` x ``dim_b`` matrix (``dim_a`` the fast index);
TP_MODE 0 sums along ``dim_a``, TP_MODE 1 along ``dim_b`` (down the columns), TP_MODE 2 along
``dim_a`` with a shuffle-based prefix sum.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries @70d6d759
``dsp/L1/src/aie/cumsum.cpp`` (``cumsumBase_mode1``, the mode dispatch ``cumsumBase_main``) and the
test harness ``dsp/L2/tests/aie/cumsum/helper.mk`` (``WINDOW_VSIZE``):

* ``kSamplesInVect = 256 / bits(TT_OUT_DATA)`` samples per vector (``__MAX_READ_WRITE__`` 256 on
  AIE-ML); ``kVectsInRow = dim_a // kSamplesInVect`` whole vectors per row, one runt vector more
  when ``dim_a`` is not a multiple (:attr:`CumsumParams.runt`);
* ``for frame`` (plain) / ``for i < kVectsInRow`` (plain: the accumulator is zeroed per ``i``) /
  ``for k < dim_b`` (``chess_prepare_for_pipelining``): load one vector of TT_DATA, ``acc =
  aie::add(acc, vector)``, ``to_vector<TT_OUT_DATA>(shift)`` and store it. The runt vector's own
  ``k`` loop adds one ``select`` (vector ALU) per trip.

Cost per ``k`` trip (AIE API on AIE-ML, ``aie::add(accum, vector)``: the vector is widened into an
accumulator, VUPS, and added to the accumulator in the multiplier's accumulator adder; assumption:
one VUPS in the move slot, one accumulator add in the MAC slot, for every type: the 256-bit vector of
``kSamplesInVect`` samples widens in one VUPS to 512 bits (int16 -> acc32 x 16, int32 -> acc64 x 8, cint32 ->
cacc64 x 4; int16 -> int32 out: 8 int16 (128 bits) -> acc64 x 8) or to 1024 bits (cint16 -> cacc64 x 8: llvm-aie's
``acc64_v16_I256_ups`` intrinsic is one VUPS from 256 to 1024 bits), and the SRS back to 256 bits is one
store-fused VSRS in each case (``I256_v8_acc64_srs`` / ``I256_v16_acc64_srs``);
the add of a 1024-bit accumulator is taken as one op too (assumption)), one load, the SRS (fused into the
store where the SRS unit writes the output width, :meth:`CoreTiming.srs_fuses_into_store`) and one
store. The accumulator is carried from trip to trip, so the loop's II is at least
:attr:`CoreTiming.acc_chain_ii` (the accumulator add taken as a MAC into the same accumulator:
assumption). Depth: load -> UPS -> add -> [SRS] -> store. A ``k`` loop of one trip is straight-line
code and ``i`` becomes the pipelined loop (its trips independent: a fresh accumulator). ``k`` carries
the accumulator, so a 2..3-trip ``k`` stays a loop (:func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop`
is not applied to accumulator-carrying loops; the blind run unrolled them, no C16 row has dim_b < 4). Loop set-up
per :func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles` for every loop of more than one trip, the
ADF wrapper of two buffers per :func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`.

Not modelled (:class:`CumsumParams` refuses them): TP_MODE 0 (on AIE-ML ``cumsumBase_mode0_accacc``: a
double-width sliding MAC, an accumulator extract / insert / add / clear per vector carried from vector
to vector; that recurrence was not costed) and TP_MODE 2 (``shuffle_up_fill`` + MAC ladder and a
scalar extract / broadcast carried per vector, not costed); float / bfloat16 data (accfloat adds, fp
latencies not in the table). No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles, nest_spacing,
                                         sample_type)

TEMPLATE = None
KIND = "cumsum"
VECTOR_BITS = 256        # __MAX_READ_WRITE__ on AIE-ML
#: (TT_DATA, TT_OUT_DATA) -> accumulator bits per real / imaginary part: ``tcumsumAccBaseType<TT_OUT_DATA>``
#: (cumsum_utils.hpp @70d6d759, the branch without ``__SUPPORTS_ACC48__``, i.e. AIE-ML): int16 -> acc32,
#: int32 -> acc64, cint16 -> cacc64 (not cacc32: the source's own comment), cint32 -> cacc64. The accumulator
#: follows the OUTPUT type only. (Until the C16 extension cint16 -> cint16 read 32 here, an assumption; the source
#: says 64. No cost changes: both widths fuse into the store, CoreTiming.native_srs.)
PAIRS = {
    ("int16", "int16"): 32,
    ("int16", "int32"): 64,
    ("int32", "int32"): 64,
    ("cint16", "cint16"): 64,
    ("cint16", "cint32"): 64,
    ("cint32", "cint32"): 64,
}
FLOATS = ("float", "cfloat", "bfloat16", "cbfloat16")


@dataclass(frozen=True)
class CumsumParams:
    """One DSPLib cumsum kernel (buffer interface, one kernel).

    Attributes:
        data_type / out_type: ``TT_DATA`` / ``TT_OUT_DATA``.
        dim_a, dim_b, num_frames: ``TP_DIM_A`` / ``TP_DIM_B`` / ``TP_NUM_FRAMES``.
        mode: ``TP_MODE`` (only 1 is costed).
        single_buffer: ADF ``single_buffer()`` on in[0] and out[0] (the benchmark's SINGLE_BUF).
    """
    data_type: str
    out_type: str
    dim_a: int
    dim_b: int
    num_frames: int
    mode: int
    single_buffer: bool = False

    def __post_init__(self):
        if self.data_type in FLOATS or self.out_type in FLOATS:
            raise ValueError(f"cumsum: {self.data_type} -> {self.out_type} is not modelled: floating-point "
                             "accumulator adds (accfloat) are not in the timing table")
        if (self.data_type, self.out_type) not in PAIRS:
            raise ValueError(f"cumsum: {self.data_type} -> {self.out_type} is not a modelled pair; "
                             f"modelled: {sorted(PAIRS)}")
        if self.mode == 0:
            raise ValueError("cumsum: TP_MODE 0 is not modelled: on AIE-ML it is cumsumBase_mode0_accacc, a "
                             "double-width sliding MAC with an accumulator extract / add / clear carried per vector; "
                             "that recurrence is not costed")
        if self.mode == 2:
            raise ValueError("cumsum: TP_MODE 2 is not modelled: a shuffle_up_fill / MAC ladder per vector and a "
                             "scalar extract + broadcast carried to the next vector are not costed")
        if self.mode != 1:
            raise ValueError(f"cumsum: TP_MODE must be 0, 1 or 2, got {self.mode}")
        for name, v in (("dim_a", self.dim_a), ("dim_b", self.dim_b), ("num_frames", self.num_frames)):
            if not isinstance(v, int) or v < 1:
                raise ValueError(f"cumsum: {name} must be a positive integer, got {v!r}")
        if not isinstance(self.single_buffer, bool):
            raise ValueError(f"cumsum: single_buffer must be True or False, got {self.single_buffer!r}")

    @property
    def lanes(self) -> int:
        """``kSamplesInVect``: samples per vector (of the output type)."""
        return VECTOR_BITS // (8 * sample_type(self.out_type).bytes)

    @property
    def acc_bits(self) -> int:
        return PAIRS[(self.data_type, self.out_type)]

    @property
    def full_vectors(self) -> int:
        """``kVectsInRow``: whole vectors per row."""
        return self.dim_a // self.lanes

    @property
    def runt(self) -> bool:
        """A last, partly filled vector per row (``kFullVectsInRow > kVectsInRow``)."""
        return self.dim_a % self.lanes != 0

    @property
    def window(self) -> int:
        """Samples per call (helper.mk ``WINDOW_VSIZE``: ``dim_a`` rounded up to whole vectors)."""
        return -(-self.dim_a // self.lanes) * self.lanes * self.dim_b * self.num_frames

    def ports(self) -> tuple[KernelPort, ...]:
        buffers = 1 if self.single_buffer else 2
        return (KernelPort("in", "buffer", self.window * sample_type(self.data_type).bytes, buffers),
                KernelPort("out", "buffer", self.window * sample_type(self.out_type).bytes, buffers))


@dataclass(frozen=True)
class TripOps:
    slots: SlotUse
    depth: int


def trip_ops(p: CumsumParams, t: CoreTiming = AIE_ML_CORE, runt: bool = False) -> TripOps:
    """Slots and critical path of one ``k`` trip (module docstring)."""
    fused = t.srs_fuses_into_store(p.acc_bits, sample_type(p.out_type).part_bits)
    srs = 0 if fused else 1
    alu = 1 if runt else 0
    slots = SlotUse(load_a=1, vector_alu=alu, move=1 + srs, mac=1, store=1)
    steps = [(1, t.vload_latency)]
    if alu:
        steps.append((1, t.vector_alu_latency))
    steps += [(1, t.ups_latency), (1, t.vmac_latency)]
    if srs:
        steps.append((1, t.srs_latency))
    steps.append((1, 0))
    return TripOps(slots=slots, depth=critical_path(*steps))


def _row_loop(p: CumsumParams, vectors: int, t: CoreTiming, runt: bool) -> tuple[int, int, int]:
    """(cycles, II, depth) of the ``i`` loop over ``vectors`` vectors of a row, each a ``k`` loop."""
    if vectors == 0:
        return 0, 0, 0
    o = trip_ops(p, t, runt)
    b = p.dim_b
    if b > 1:
        # k: the pipelined hardware loop, the accumulator carried (II >= acc_chain_ii); i a plain loop.
        # 2-3 trips included: kernel_io.unrolled_inner_loop is not applied to loops that carry an
        # accumulator (C8 / C14 fit them kept; changed after the blind run, no C16 row has dim_b < 4)
        ii = resource_ii(o.slots, t, recurrence=t.acc_chain_ii)
        per_vector = loop_cycles(b, ii, o.depth, pipelined=True) + loop_setup_cycles(t, b)
        return vectors * per_vector + loop_setup_cycles(t, vectors), ii, o.depth
    # k straight-line (1 trip): i is the pipelined loop, its trips independent
    ii = resource_ii(o.slots.scaled(b), t)
    depth = o.depth + (b - 1) * t.acc_chain_ii
    return loop_cycles(vectors, ii, depth, pipelined=True) + loop_setup_cycles(t, vectors), ii, depth


def cumsum_cycles(p: CumsumParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): frames x (whole-vector loop [+ runt loop]) + ADF wrapper."""
    full, ii, depth = _row_loop(p, p.full_vectors, t, runt=False)
    runt = _row_loop(p, 1, t, runt=True)[0] if p.runt else 0
    per_frame = full + runt
    loop = p.num_frames * per_frame + loop_setup_cycles(t, p.num_frames)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    trips = p.window // p.lanes
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=trips, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + depth,
                      trip_spacing_cycles=nest_spacing(loop, trips, depth))
