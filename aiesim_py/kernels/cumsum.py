"""Cumulative sum (DSPLib ``cumsum``), AIE-ML, buffer interface, one kernel: TP_MODE 1 (integer, bfloat16), TP_MODE 2 int16.

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
assumption). Depth: load -> UPS -> add -> [SRS] -> store (the UPS -> add hand-over 1 cycle since
:data:`UPS_HANDOVER_CHANGE`, ``ups_latency`` blind). A ``k`` loop of one trip is straight-line
code and ``i`` becomes the pipelined loop (its trips independent: a fresh accumulator). ``k`` carries
the accumulator, so a 2..3-trip ``k`` stays a loop (:func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop`
is not applied to accumulator-carrying loops; the blind run unrolled them, no C16 row has dim_b < 4). Loop set-up
per :func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles` for every loop of more than one trip, the
ADF wrapper of two buffers per :func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`.

TP_MODE 2, int16 -> int16 only (:func:`mode2_trip`; MODE2_EXTENSION, written from the source before any TP_MODE 2
figure was compared): ``cumsumBase_mode2`` (cumsum.cpp @70d6d759) runs ``for frame < TP_NUM_FRAMES * TP_DIM_B``
(plain: it holds a loop) > ``for rr < kFullVectsInRow`` (``chess_prepare_for_pipelining``), ``kSamplesInMacVect`` = 2
x ``kSamplesInLoadVect`` = 32 int16 samples per ``rr`` trip, ``kFullVectsInRow = ceil(dim_a / 32)``; ``prev`` (an
acc32 x 32) is zeroed per row and carried from ``rr`` trip to ``rr`` trip. Per trip: two 256-bit loads into ``buff_i``;
``acc0 = add(prev, buff_i)`` (AIE API aie2 add_accum.hpp: the 512-bit vector widened into a 1024-bit accumulator, one
VUPS, and ``add_conf``, the accumulator add, taken as one op in the MAC slot as in TP_MODE 1); ``acc1 = mul(
shuffle_up_fill(buff_i, zero, 1), unity)``; the flattened ``ss`` loop (ss = 2, 4, .., 30: 15 steps) two
``shuffle_up_fill`` and two ``mac`` per step, one into ``acc0`` and one into ``acc1``; ``acc2 = add(acc0, acc1)``
(accumulator add); ``result = acc2.to_vector<int16>()`` (an SRS into a register: its lanes are stored and read back);
two 256-bit stores (``result.extract<16>(0 / 1)``); ``prev = from_vector<acc32>(broadcast(result.get(31)))`` (a
scalar extract, a broadcast, a VUPS). Costed (assumptions: each ``shuffle_up_fill`` of a 512-bit vector is one vector
ALU op (shift_bytes / VSHIFT, as kernels.hadamard / bitonic_sort count it); each 32-lane int16 x int16 elementwise
``mul`` / ``mac`` into acc32 one VMUL / VMAC; the extract and the broadcast one vector-ALU op each with
``vector_alu_latency``): per trip 2 loads, 33 MAC-slot ops (1 mul, 30 mac, 2 accumulator adds), 33 vector-ALU ops
(31 shifts, extract, broadcast), 3 moves (2 VUPS, 1 SRS), 2 stores; the carried chain ``prev`` -> add -> 15 MACs
into ``acc0`` -> add -> SRS -> extract -> broadcast -> VUPS -> next trip's add is 16 x ``acc_chain_ii`` + ``vmac_latency``
+ ``srs_latency`` + 2 x ``vector_alu_latency`` + the VUPS hand-over = 48 cycles blind (hand-over ``ups_latency``, 3),
46 after :data:`MODE2_HANDOVER_CHANGE` (hand-over 1, llvm-aie's itineraries), the ``rr`` loop's II (above the 33 of
the busiest slot). Depth: load, VUPS, the 16 chained accumulator ops, the last add's latency, the SRS, two stores.

Not modelled (:class:`CumsumParams` refuses them): TP_MODE 0 (on AIE-ML ``cumsumBase_mode0_accacc``: a
double-width sliding MAC, an accumulator extract / insert / add / clear per vector carried from vector
to vector; that recurrence was not costed); TP_MODE 2 for every pair but int16 -> int16 (the elementwise
``mul`` / ``mac`` of int16 into acc64, of int32, cint16 or cint32 data by the int16 ``unity`` vector: their lanes per
VMAC are not in the timing table); float / cfloat / cbfloat16 data, and bfloat16 in TP_MODE 0 / 2. No
functional model: :data:`TEMPLATE` is None.

bfloat16 -> bfloat16, TP_MODE 1 (BF16_EXTENSION, session 10; written from the sources below and committed before any
bfloat16 figure was compared: the rows' measured figures were not looked at by its author before the blind run):
``cumsumBase_mode1`` is the same generic nest (cumsum.cpp @70d6d759); ``kSamplesInVect`` = 256 / 16 = 16 and
``tcumsumAccBaseType<bfloat16>`` is ``accfloat`` (cumsum_utils.hpp @70d6d759), so ``acc`` is an accfloat x 16 (512
bits). ``aie::add(acc, dataVect)`` (AIE API aie2 add_accum.hpp, ``add_sub_accum_vector_bits_impl_float_common``): the
bfloat16 vector is turned into an accfloat x 16 (``accum(vector)``: aie2 accum.hpp ``ups_to_v16accfloat``) and added
with ``add_conf`` (VADD.f, the float accumulator add; taken in the MAC slot as the integer add). ``to_vector<bfloat16>``
is the fp32 -> bf16 conversion. Per ``k`` trip (:func:`trip_ops`): the load and the bf16 -> fp32 conversion as one
VLDA.CONV (load unit A; llvm-aie AIE2CombinedOpcodes ``getCombinedOpcodeCONVLoad`` folds
``v16bf16_to_v16accfloat`` of a 256-bit load into it; assumption: the DSPLib build (chess) does the same), one VADD.f,
and the conversion back fused into the store, VST.CONV (store slot). Latencies, Xilinx/llvm-aie
llvm/lib/Target/AIE/AIE2Schedule.td (def cycle - use cycle + 1, as UPS_TO_ACC_ADD): II_VLDA_CONV defines its
accumulator at 7 and II_VACCf ([6,3,3,1]) reads its accumulators at 3: :data:`LDA_CONV_TO_ACC_ADD` = 5; VADD.f -> the
next trip's VADD.f 6 - 3 + 1 = 4 (``CoreTiming.bf16_acc_chain_ii``), the ``k`` loop's II; VADD.f -> VST.CONV (II_VST_CONV
reads the accumulator at 1) 6 (``CoreTiming.bf16_vmac_latency``). Depth 5 + 6 + 1 = 12. The runt vector (no C16
bfloat16 row has one: dim_a is a multiple of 16 in every row) cannot fold the conversion into the load: VLDA (7) ->
VSEL (``vector_alu_latency``) -> VCONV.fp32.bf16 (move slot; II_VCONVfp32bf16 [2,1]: def 2, VADD.f reads at 3, hand-over
0) -> VADD.f -> VST.CONV: depth 7 + 2 + 0 + 6 + 1 = 16. Everything else (loop nest, set-up, ADF wrapper, ports of 2-byte
samples) as the integer TP_MODE 1 model; no constant fitted.
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
#: BF16_EXTENSION (module docstring): the floating-point pairs costed, TP_MODE 1 only -> accumulator (accfloat: 32 bits
#: per lane, ``tcumsumAccBaseType<bfloat16>``, cumsum_utils.hpp @70d6d759)
FLOAT_PAIRS = {("bfloat16", "bfloat16"): 32}
#: bytes per sample of the float types costed here (kernel_io.SAMPLE_TYPES has no bfloat16 and is not extended, as C18)
FLOAT_BYTES = {"bfloat16": 2}
#: cycles from a VLDA.CONV (bf16 load converted to an accfloat accumulator) to the VADD.f that reads it: Xilinx/llvm-aie
#: AIE2Schedule.td II_VLDA_CONV defines its accumulator at cycle 7, II_VACCf reads its accumulators at cycle 3: 7 - 3 + 1
LDA_CONV_TO_ACC_ADD = 5
#: cycles from a VCONV.fp32.bf16 (bf16 vector -> accfloat) to the VADD.f that reads it (runt vector only):
#: AIE2Schedule.td II_VCONVfp32bf16 [2,1] defines at 2, II_VACCf reads at 3: 2 - 3 + 1 = 0 (same-cycle issue allowed)
CONV_TO_ACC_ADD = 0
#: TP_MODE 2 pairs costed (module docstring, MODE2_EXTENSION): int16 -> int16, whose 32-lane int16 x int16
#: elementwise mul / mac into acc32 is taken as one VMUL / VMAC each
MODE2_PAIRS = (("int16", "int16"),)
#: ``kSamplesInMacVect`` / ``kSamplesInLoadVect`` of cumsumBase_mode2 on AIE-ML: two 256-bit loads per ``rr`` trip
MODE2_LOADS_PER_TRIP = 2
#: MODE2_HANDOVER_CHANGE (after the blind TP_MODE 2 run, labelled; validation/cases_c16.py BLIND_MODE2 keeps the blind
#: figures): the VUPS result feeding an accumulator add is handed over in 1 cycle, not ``ups_latency`` (3). Source:
#: Xilinx/llvm-aie llvm/lib/Target/AIE/AIE2Schedule.td: II_VUPS defines its accumulator at operand cycle 3 and II_VACC
#: (the accumulator add) reads both accumulator operands at cycle 3 ([5,3,3,1]); LLVM's itinerary operand latency is
#: def cycle - use cycle + 1 = 1. ``ups_latency`` (3) is the hand-over to a consumer reading at cycle 1 (a store, an
#: SRS). Applied to TP_MODE 2's carried chain and depth only (UPS -> add of ``prev`` / ``buff_i``): chain 48 -> 46.
#: C16 TP_MODE 2 figures within 10 %: 84 -> 100 of 100 (median |error| 7.9 -> 3.4 %). TP_MODE 1's k trip takes the
#: same hand-over under its own flag, UPS_HANDOVER_CHANGE (below). False reproduces the blind TP_MODE 2 figures.
MODE2_HANDOVER_CHANGE = True
#: cycles from a VUPS to the accumulator add that reads its result (MODE2_HANDOVER_CHANGE, UPS_HANDOVER_CHANGE)
UPS_TO_ACC_ADD = 1
#: UPS_HANDOVER_CHANGE (after the blind runs and after MODE2_HANDOVER_CHANGE, labelled): the same 1-cycle VUPS ->
#: accumulator-add hand-over (source as MODE2_HANDOVER_CHANGE: AIE2Schedule.td II_VUPS def 3, II_VACC reads its
#: accumulators at 3) in TP_MODE 1's ``k`` trip (``acc = aie::add(acc, dataVect)``: load -> VUPS -> add -> SRS-fused
#: store), whose depth goes 16 -> 14 cycles (the II stays the accumulator chain, 2). C16 TP_MODE 1 figures within 10 %:
#: 155 -> 165 of 248 (median |error| 6.1 -> 4.2 %). False reproduces the blind TP_MODE 1 figures (BLIND, BLIND_MORE).
UPS_HANDOVER_CHANGE = True
#: NONNATIVE_ACC_CHANGE (session 16, after seeing the errors; NOT applied, False: one of its two parts rests on a
#: threshold read from the figures, not on a source; validation/cases_c16.py NONNATIVE_ACC_DIAGNOSTIC). Integer pairs
#: whose accumulator is narrower than the native 1024 bits (acc32 x 16, acc64 x 8, cacc64 x 4: every integer pair here but
#: cint16 -> cint16, whose cacc64 x 8 is 1024 bits): AIE API aie2 add_accum.hpp (``add_sub_accum_vector_bits_impl_common``)
#: grows ``acc`` to 1024 bits (``grow``: ``::concat(acc, undef)``, aie2 accum.hpp) for ``add_conf`` and extracts the low
#: half back (``extract<Elems>(0)``) on every ``aie::add``; the 1024-bit native pair does neither, nor does the bfloat16
#: (512-bit native accfloat) path. (a) Inference: in a pipelined ``k`` loop that grow / extract of the carried value is one
#: accumulator move in the carried chain, VACC -> VMOV -> VACC, :data:`NONNATIVE_ACC_CHAIN` = 5 per trip (llvm-aie
#: AIE2Schedule.td latencies, whether chess emits the move is not public). (b) Inference from the figures (the unsourced
#: part): a ``k`` loop of at most :data:`NONNATIVE_STRAIGHT_MAX_TRIPS` trips is straight-line code inside an unpipelined ``i``
#: trip (its chain at ``acc_chain_ii``, no move). C16 with both (flag True): 319 -> 376 of 410; (a) alone 328, (b) alone 324.
NONNATIVE_ACC_CHANGE = False
#: NONNATIVE_ACC_CHANGE (a): VACC (II_VACC defines its accumulator at cycle 5, VEC_Bypass) -> VMOV (II_VMOV_CM reads at 1,
#: no bypass): 5 - 1 + 1 = 5; VMOV (defines at 2) -> the next VACC (reads its accumulators at 3): 2 - 3 + 1 = 0. Sum 5.
NONNATIVE_ACC_CHAIN = 5
#: NONNATIVE_ACC_CHANGE (b): the largest ``dim_b`` whose ``k`` loop is taken as straight-line code. NOT a sourced number:
#: C16's rows have dim_b 4, 8 and 16, and any value from 4 to 7 splits them alike (which is why the flag stays False).
#: Session 17 looked for one and found none (validation/cases_c16.py UNROLL_THRESHOLD_DIAGNOSTIC): cumsum.cpp's k loop
#: asks chess to pipeline (chess_prepare_for_pipelining chess_loop_range(TP_DIM_B, )), UG1079 gives no automatic unroll
#: threshold, and llvm-aie's full unroll is a cost test (FullUnrollMaxCount 32, unrolled size <= 200), its 3 a
#: hardware-loop threshold
NONNATIVE_STRAIGHT_MAX_TRIPS = 4


@dataclass(frozen=True)
class CumsumParams:
    """One DSPLib cumsum kernel (buffer interface, one kernel).

    Attributes:
        data_type / out_type: ``TT_DATA`` / ``TT_OUT_DATA``.
        dim_a, dim_b, num_frames: ``TP_DIM_A`` / ``TP_DIM_B`` / ``TP_NUM_FRAMES``.
        mode: ``TP_MODE`` (1 costed; 2 for int16 -> int16 only).
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
        pair = (self.data_type, self.out_type)
        if (self.data_type in FLOATS or self.out_type in FLOATS) and pair not in FLOAT_PAIRS:
            raise ValueError(f"cumsum: {self.data_type} -> {self.out_type} is not modelled: floating-point "
                             "accumulator adds (accfloat / caccfloat) are costed for bfloat16 -> bfloat16 only")
        if pair in FLOAT_PAIRS and self.mode != 1:
            raise ValueError(f"cumsum: {self.data_type} -> {self.out_type} is modelled in TP_MODE 1 only, not "
                             f"TP_MODE {self.mode}: the float variants of cumsumBase_mode0_accacc / cumsumBase_mode2 "
                             "(shuffled accfloat adds) are not costed")
        if pair not in PAIRS and pair not in FLOAT_PAIRS:
            raise ValueError(f"cumsum: {self.data_type} -> {self.out_type} is not a modelled pair; "
                             f"modelled: {sorted(PAIRS)}")
        if self.mode == 0:
            raise ValueError("cumsum: TP_MODE 0 is not modelled: on AIE-ML it is cumsumBase_mode0_accacc, a "
                             "double-width sliding MAC with an accumulator extract / add / clear carried per vector; "
                             "that recurrence is not costed")
        if self.mode == 2 and (self.data_type, self.out_type) not in MODE2_PAIRS:
            raise ValueError(f"cumsum: TP_MODE 2 is modelled for int16 -> int16 only, not {self.data_type} -> "
                             f"{self.out_type}: the elementwise mul / mac of its MAC ladder (data by the int16 unity "
                             "vector) has no lanes-per-VMAC entry in the timing table")
        if self.mode not in (1, 2):
            raise ValueError(f"cumsum: TP_MODE must be 0, 1 or 2, got {self.mode}")
        for name, v in (("dim_a", self.dim_a), ("dim_b", self.dim_b), ("num_frames", self.num_frames)):
            if not isinstance(v, int) or v < 1:
                raise ValueError(f"cumsum: {name} must be a positive integer, got {v!r}")
        if not isinstance(self.single_buffer, bool):
            raise ValueError(f"cumsum: single_buffer must be True or False, got {self.single_buffer!r}")

    @property
    def lanes(self) -> int:
        """``kSamplesInVect``: samples per vector (of the output type)."""
        return VECTOR_BITS // (8 * _bytes(self.out_type))

    @property
    def floating(self) -> bool:
        """A floating-point pair (:data:`FLOAT_PAIRS`, BF16_EXTENSION)."""
        return (self.data_type, self.out_type) in FLOAT_PAIRS

    @property
    def native_accumulator(self) -> bool:
        """``acc`` fills a native 1024-bit integer accumulator (cacc64 x 8), or the pair is floating-point (accfloat x 16,
        512-bit native on AIE-ML): AIE API aie2 add_accum.hpp adds it without grow / extract (NONNATIVE_ACC_CHANGE)."""
        if self.floating:
            return True
        parts = 2 if self.out_type.startswith("c") else 1
        return self.acc_bits * parts * self.lanes >= 1024

    @property
    def acc_bits(self) -> int:
        pair = (self.data_type, self.out_type)
        return FLOAT_PAIRS[pair] if pair in FLOAT_PAIRS else PAIRS[pair]

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
        return (KernelPort("in", "buffer", self.window * _bytes(self.data_type), buffers),
                KernelPort("out", "buffer", self.window * _bytes(self.out_type), buffers))


def _bytes(name: str) -> int:
    return FLOAT_BYTES[name] if name in FLOAT_BYTES else sample_type(name).bytes


def acc_chain(p: CumsumParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Cycles between two accumulator adds into ``acc``: ``acc_chain_ii`` (integer) or ``bf16_acc_chain_ii`` (VADD.f,
    AIE2Schedule.td II_VACCf: def 6, accumulator read 3)."""
    return t.bf16_acc_chain_ii if p.floating else t.acc_chain_ii


@dataclass(frozen=True)
class TripOps:
    slots: SlotUse
    depth: int


def trip_ops(p: CumsumParams, t: CoreTiming = AIE_ML_CORE, runt: bool = False) -> TripOps:
    """Slots and critical path of one ``k`` trip (module docstring)."""
    if p.floating:
        return _float_trip_ops(p, t, runt)
    fused = t.srs_fuses_into_store(p.acc_bits, sample_type(p.out_type).part_bits)
    srs = 0 if fused else 1
    alu = 1 if runt else 0
    slots = SlotUse(load_a=1, vector_alu=alu, move=1 + srs, mac=1, store=1)
    steps = [(1, t.vload_latency)]
    if alu:
        steps.append((1, t.vector_alu_latency))
    steps += [(1, UPS_TO_ACC_ADD if UPS_HANDOVER_CHANGE else t.ups_latency), (1, t.vmac_latency)]
    if srs:
        steps.append((1, t.srs_latency))
    steps.append((1, 0))
    return TripOps(slots=slots, depth=critical_path(*steps))


def _float_trip_ops(p: CumsumParams, t: CoreTiming, runt: bool) -> TripOps:
    """bfloat16 ``k`` trip (BF16_EXTENSION, module docstring): VLDA.CONV -> VADD.f -> VST.CONV; the runt vector
    VLDA -> VSEL -> VCONV.fp32.bf16 -> VADD.f -> VST.CONV."""
    if runt:
        slots = SlotUse(load_a=1, vector_alu=1, move=1, mac=1, store=1)
        steps = [(1, t.vload_latency), (1, t.vector_alu_latency), (1, CONV_TO_ACC_ADD)]
    else:
        slots = SlotUse(load_a=1, mac=1, store=1)
        steps = [(1, LDA_CONV_TO_ACC_ADD)]
    steps += [(1, t.bf16_vmac_latency), (1, 0)]
    return TripOps(slots=slots, depth=critical_path(*steps))


def _row_loop(p: CumsumParams, vectors: int, t: CoreTiming, runt: bool) -> tuple[int, int, int]:
    """(cycles, II, depth) of the ``i`` loop over ``vectors`` vectors of a row, each a ``k`` loop."""
    if vectors == 0:
        return 0, 0, 0
    o = trip_ops(p, t, runt)
    b = p.dim_b
    if NONNATIVE_ACC_CHANGE and not p.native_accumulator and 1 < b <= NONNATIVE_STRAIGHT_MAX_TRIPS:
        # (b): k straight-line inside an unpipelined i trip: the b trips' chain at acc_chain_ii, no move
        ii = resource_ii(o.slots.scaled(b), t)
        depth = o.depth + (b - 1) * t.acc_chain_ii
        return loop_cycles(vectors, ii, depth, pipelined=False) + loop_setup_cycles(t, vectors), ii, depth
    if b > 1:
        # k: the pipelined hardware loop, the accumulator carried (II >= acc_chain_ii); i a plain loop.
        # 2-3 trips included: kernel_io.unrolled_inner_loop is not applied to loops that carry an
        # accumulator (C8 / C14 fit them kept; changed after the blind run, no C16 row has dim_b < 4)
        chain = NONNATIVE_ACC_CHAIN if NONNATIVE_ACC_CHANGE and not p.native_accumulator else acc_chain(p, t)
        ii = resource_ii(o.slots, t, recurrence=chain)
        per_vector = loop_cycles(b, ii, o.depth, pipelined=True) + loop_setup_cycles(t, b)
        return vectors * per_vector + loop_setup_cycles(t, vectors), ii, o.depth
    # k straight-line (1 trip): i is the pipelined loop, its trips independent
    ii = resource_ii(o.slots.scaled(b), t)
    depth = o.depth + (b - 1) * acc_chain(p, t)
    return loop_cycles(vectors, ii, depth, pipelined=True) + loop_setup_cycles(t, vectors), ii, depth


@dataclass(frozen=True)
class Mode2Trip:
    slots: SlotUse
    recurrence: int
    depth: int


def mode2_trip(p: CumsumParams, t: CoreTiming = AIE_ML_CORE) -> Mode2Trip:
    """Slots, carried chain and depth of one ``rr`` trip of cumsumBase_mode2 (module docstring)."""
    mac_samples = MODE2_LOADS_PER_TRIP * p.lanes           # kSamplesInMacVect
    steps = mac_samples // 2 - 1                           # the flattened ss loop: ss = 2, 4, .., mac_samples - 2
    macs = 1 + 2 * steps                                   # mul into acc1, a mac into acc0 and one into acc1 per step
    shifts = 1 + 2 * steps                                 # one shuffle_up_fill per mul / mac
    slots = SlotUse(load_any=MODE2_LOADS_PER_TRIP, mac=macs + 2, vector_alu=shifts + 2, move=3,
                    store=MODE2_LOADS_PER_TRIP)
    chain = steps + 2                                      # add(prev, ..), the macs into acc0, add(acc0, acc1)
    ups = UPS_TO_ACC_ADD if MODE2_HANDOVER_CHANGE else t.ups_latency
    # chain - 1 hand-overs at acc_chain_ii, then the last add's result, SRS, extract, broadcast, VUPS -> next add
    recurrence = ((chain - 1) * t.acc_chain_ii + t.vmac_latency + t.srs_latency + 2 * t.vector_alu_latency + ups)
    depth = t.vload_latency + ups + (chain - 1) * t.acc_chain_ii + t.vmac_latency + t.srs_latency \
        + MODE2_LOADS_PER_TRIP
    return Mode2Trip(slots=slots, recurrence=recurrence, depth=depth)


def _mode2_cycles(p: CumsumParams, t: CoreTiming) -> KernelCost:
    """TP_MODE 2: rows (frames x dim_b, plain) x the pipelined ``rr`` loop + the ADF wrapper."""
    o = mode2_trip(p, t)
    trips = -(-p.dim_a // (MODE2_LOADS_PER_TRIP * p.lanes))     # kFullVectsInRow
    ii = resource_ii(o.slots, t, recurrence=o.recurrence)
    rows = p.num_frames * p.dim_b
    per_row = loop_cycles(trips, ii, o.depth, pipelined=True) + loop_setup_cycles(t, trips)
    loop = rows * per_row + loop_setup_cycles(t, rows)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=o.depth, trips=rows * trips, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + o.depth,
                      trip_spacing_cycles=nest_spacing(loop, rows * trips, o.depth))


def cumsum_cycles(p: CumsumParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): frames x (whole-vector loop [+ runt loop]) + ADF wrapper
    (TP_MODE 1); :func:`_mode2_cycles` for TP_MODE 2."""
    if p.mode == 2:
        return _mode2_cycles(p, t)
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
