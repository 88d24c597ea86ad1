"""Bitonic sort of frames of ``TP_DIM`` samples (DSPLib ``bitonic_sort``), AIE-ML, buffer interface, one
kernel (TP_CASC_LEN 1, TP_SSR 1); costed for int16 / int32.

Accuracy warning: against DSPLib's AIE-ML benchmark (validation case C21, 71 rows), with
:data:`MEMORY_ORDER_CHANGE` (a rule chosen after seeing those figures, partly without public source: see it),
:data:`VALU_BYPASS_CHANGE` and :data:`HIGH_HALF_MOVE_CHANGE` (both sourced, both found after seeing the errors), 138
of 142 figures are within 10 % (median |error| 2.7 %): int16 latency -3.9..+2.4 %, throughput -1.4..+7.4 %; int32
latency -9.1..+4.0 %, throughput -2.2..+12.6 % (the four off: int32 TP_DIM 32, 1 and 2 frames, throughput +11..+13 %).
Before the two last changes 82 of 142 (int16 TP_DIM >= 256 10-16 % fast, int32 TP_DIM >= 128 latency 10-12 % high);
before MEMORY_ORDER_CHANGE the model was 1.06 to 2.9 times too fast (12 of 142 within). Whether the compiler
software-pipelines a loop is the deciding input and is not derived from the source (int32 taken as not pipelined from
the benchmark's program-memory sizes); treat figures for other configurations with care.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries @0d8795bc
``dsp/L1/src/aie/bitonic_sort.cpp`` (``bitonic_sort_main``), ``dsp/L1/include/aie/bitonic_sort_utils.hpp``
(``intrasort``, ``intersort``, ``intersort_handover``, ``swap``), ``bitonic_sort_traits.hpp`` (the index
helpers), ``bitonic_sort.hpp`` (the kernel class constants) and ``device_defs.h`` (AIE-ML:
``__MIN_REGSIZE__`` 256, ``__SUPPORTS_COMPREHENSIVE_SHUFFLES__`` 0):

* ``kVecSampleNum = 256 / 8 / sizeof(TT_DATA)`` (16 for 16-bit, 8 for 32-bit data), ``kNumVecs = TP_DIM /
  kVecSampleNum``, ``kUnrollMax = sizeof(TT_DATA)`` (2 or 4). A bitonic sort of ``L = log2(TP_DIM)`` has
  ``L (L + 1) / 2`` stages (i, j), j <= i, comparing samples ``2^(i-j)`` apart.
* per frame (``for frame``: marked chess_prepare_for_pipelining, but it holds loops, so it runs as a plain loop):
  - the stages whose distance is inside one vector and whose ``i < log2(kVecSampleNum)`` are compile-time
    unrolled ``intrasort<i, j>`` calls, each a loop over the frame's vectors reading one buffer and writing
    the other (ping-pong between the input and output buffers, ``swap``);
  - with one kernel (TP_CASC_LEN 1) a run-time loop ``for i = log2(kVecSampleNum) .. L - 1`` (plain: it holds
    loops) of ``intersort_handover(i)`` (in place, pairs of vectors, the second one reversed), a run-time
    ``for j = 1 .. i - log2(kVecSampleNum)`` loop of ``intersort(i, j)`` (in place, pairs of vectors) and the
    ``log2(kVecSampleNum)`` in-vector stages as unrolled ``intrasort<log2(kVecSampleNum), j>`` calls;
  - when the last ``intrasort`` left the sorted frame in the input buffer (an even number of
    ``intrasort`` passes), a copy loop of ``kNumVecs`` vectors to the output buffer.
* every inner loop is ``kChessNum`` pipelined trips (``chess_prepare_for_pipelining``) of a body unrolled
  ``kPragmaNum`` times: ``intrasort`` / copy: ``kPragmaNum = min(kNumVecs, kUnrollMax)`` vectors, the two
  intersorts ``min(kNumVecs / 2, kUnrollMax)`` pairs; ``kChessNum`` = what is left.

Cost per unit (AIE API on AIE-ML; the repository's slot conventions, shuffles and compares on the vector ALU):

* ``intrasort`` per vector (the branch for ``__MIN_REGSIZE__`` 256): one 256-bit load; ``transposeSpecial``
  (when its row count ``kVecSampleNum / 2^(i-j+1)`` is above 1; none at distance ``kVecSampleNum / 2``), which
  reinterprets the vector as ``kVecSampleNum / 2^(i-j)`` elements of ``2^(i-j)`` samples (``transposeType_t``: 16 ->
  int16, 8 -> int32, 4 -> cint32) and transposes those: AIE API ``detail/aie2/transpose.hpp`` issues one VSHUFFLE
  for 16 x 16-bit elements and two chained ones for 8 x 32-bit and 4 x 64-bit (:func:`transpose_shuffles`);
  ``aie::interleave_zip(v, v, 2^(i-j))`` (one VSHUFFLE of the 512-bit pair, AIE API ``detail/aie2/interleave.hpp``:
  a 256-bit zip grows both inputs to 512 bits and keeps the low ``::shuffle``); ``aie::min`` and ``aie::max`` (two
  vector-ALU ops); ``aie::select`` with a constant mask (one VSEL); one store. The zip's second vector is the upper
  256-bit half (``wh``) of the shuffle's 512-bit result (``tmp.extract<Elems>(1)``), and ``aie::min`` / ``aie::max`` on
  256-bit vectors grow both operands to 512 bits (``detail/aie2/max_min.hpp``: the operand in the low half): one
  register move ``wh -> wl`` (VMOV, :data:`HIGH_HALF_MOVE_CHANGE`), which writes the vector register file through the
  same port (W_WM) in the same pipeline cycle as the vector-ALU ops, so it counts as one of them. The loop is
  vector-ALU bound; chain load 7, each vector-ALU op -> vector-ALU op 1 (forwarded, :data:`VALU_BYPASS_CHANGE`), zip
  -> VMOV 2 (no forwarding out of a ``wh`` register), select -> store 2:

  ===========  ==================  ========================  ===============  ===============  =========
  data         distance 2^(i-j)    transposed element        transpose ops    vector-ALU ops   chain
  ===========  ==================  ========================  ===============  ===============  =========
  int16        1                   16 x int16                1 VSHUFFLE       6 (5)            16 (17)
  int16        2 / 4               8 x int32 / 4 x cint32    2 VSHUFFLE       7 (6)            17 (19)
  int16        8 (= lanes / 2)     none (row count 1)        0                5 (4)            15 (15)
  int32        1 / 2               8 x int32 / 4 x cint32    2 VSHUFFLE       7 (6)            17 (19)
  int32        4 (= lanes / 2)     none (row count 1)        0                5 (4)            15 (15)
  ===========  ==================  ========================  ===============  ===============  =========

  (in brackets: before VALU_BYPASS_CHANGE / HIGH_HALF_MOVE_CHANGE; the blind model took one VSHUFFLE for every
  transposing pass; TRANSPOSE32_CHANGE made int32's two, SOURCE_OPS_CHANGE int16's distance-2 and -4 passes two; all
  after the blind run, validation/cases_c21.py).
* ``intersort`` per pair: the two vector indices from ``getMinMaxIdxRegRuntime`` (run time ``k``: one AND,
  two ADDs), two shifts to byte offsets and two index MOVs into the address registers (as kernels.func_approx
  counts them), two loads, min and max, two stores: scalar 5, move 2, vector ALU 2, stores 2.
  ``intersort_handover`` per pair: ``getMinMaxIdxHandRuntime`` for both orders (one of them the mirrored
  formula ``2 stride + 2^(i+1) - (k & (2^i - 1)) - 1``: AND, AND, ADD for the direct index, shift, ADD,
  SUB for the mirrored one), the two byte shifts, two MOVs, two loads, ``aie::reverse`` of the second vector
  (:func:`reverse_ops`, AIE API ``detail/aie2/reverse.hpp``; the blind model took one VSHUFFLE, SOURCE_OPS_CHANGE):

  ===========  =========================================================  ==============================
  data         ``aie::reverse`` of one 256-bit vector                     handover pair (scalar / move /
                                                                          vector ALU / MAC; chain)
  ===========  =========================================================  ==============================
  16 x int16   ``shiftx`` (VSHIFT), ``mul_2x8_8x8`` by the 8 x 8           8 / 3 / 3 / 1; 29 cycles
               anti-identity (one VMUL), ``to_vector`` (one SRS)
  8 x int32    grown to 16: ``shiftx``, ``shift_bytes``, ``shuffle``,      8 / 2 / 9 / 0; 26 cycles
               twice (6 chained vector-ALU ops, each forwarded to the      (before the two changes: 8 / 2
               next), upper half kept: one VMOV ``wh -> wl``               / 8 / 0; 30)
  ===========  =========================================================  ==============================

  min, max, two stores. One more scalar op per trip (``k``). The handover and intersort loops stay scalar (index)
  bound; the reverse lengthens their dependent chain. TP_ASCENDING swaps the two index formulas but not their
  count: it does not change the cost.
* the copy: one load and one store per vector.

A loop's cost: :func:`~aiesim_py.isa.timing.loop_cycles` (pipelined for more than one trip; one trip is
straight-line code) with the trip's resource II and depth (one unit's dependent chain plus the issue of the
other unrolled units), plus :func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`. With :data:`MEMORY_ORDER_CHANGE`
(post-blind): the intersort / handover pairs chain store -> next load (:func:`pair_recurrence`); the int32 kernel's
loops are not pipelined (:func:`pipelined_kernel`); a loop not pipelined (int32, or one trip) runs its vectors in
memory order (each unit's whole chain before the next unit's load). With :data:`VALU_BYPASS_CHANGE` (post-blind,
sourced) a vector-ALU result reaches the next vector-ALU op in 1 cycle (forwarding), with
:data:`HIGH_HALF_MOVE_CHANGE` (post-blind, sourced) the zip's second vector and the int32 reverse's result are moved
from the upper half of a 512-bit register before min / max (one VMOV). Stages run one after
the other (each reads what the previous wrote; ``chess_memory_fence`` between some of them). Plain loops
(frames, i, j) add their set-up. ADF wrapper of two buffers per
:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`.

Not modelled (:class:`BitonicSortParams` refuses them): uint16 (not a sample type of the timing model), float (fp32 compares on AIE-ML are not in the timing
table), TP_CASC_LEN > 1 (the stage split over a cascade, ``kFirstStage`` / ``kLastStage``) and TP_SSR > 1
(the graph adds merge kernels). No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         pipelined_loop_setup_cycles, sample_type)

TEMPLATE = None
KIND = "bitonic_sort"
VECTOR_BITS = 256        # kVecSampleNum = 256 / 8 / sizeof(TT_DATA)
DATA_TYPES = ("int16", "uint16", "int32", "float")
COSTED_TYPES = ("int16", "int32")
#: AIE-ML compute-tile data memory (aieml-facts 2.1: 64 KB); DSPLib's bitonic_sort metadata caps a frame set at it
#: (single buffer) or half of it (ping-pong)
DATA_MEMORY_BYTES = 65536


def _log2(n: int) -> int:
    return n.bit_length() - 1


@dataclass(frozen=True)
class BitonicSortParams:
    """One DSPLib bitonic_sort kernel (buffer interface).

    Attributes:
        data_type: ``TT_DATA`` (int16 / int32 costed).
        dim: ``TP_DIM`` samples per frame, a power of two of at least two vectors.
        num_frames: ``TP_NUM_FRAMES``.
        casc_len / ssr: ``TP_CASC_LEN`` / ``TP_SSR`` (only 1 / 1 costed).
        single_buffer: ADF ``single_buffer()`` on in[0] and out[0] (the benchmark's SINGLE_BUF).

    Raises:
        ValueError: a type, size, cascade or SSR the model does not cost, or frames whose buffer exceeds the data
            memory a (ping-pong / single) buffer may take; the message names the parameter and the limit.
    """
    data_type: str
    dim: int
    num_frames: int = 1
    casc_len: int = 1
    ssr: int = 1
    single_buffer: bool = False

    def __post_init__(self):
        if self.data_type not in DATA_TYPES:
            raise ValueError(f"bitonic_sort: TT_DATA {self.data_type!r} is not a DSPLib bitonic_sort type; "
                             f"use one of {', '.join(DATA_TYPES)}")
        if self.data_type == "uint16":
            raise ValueError("bitonic_sort: uint16 is not modelled: not a sample type of the timing model "
                             "(kernel_io.SAMPLE_TYPES); its kernel would be the int16 one")
        if self.data_type not in COSTED_TYPES:
            raise ValueError("bitonic_sort: float is not modelled: the fp32 min / max of aie::min / aie::max on "
                             "AIE-ML are not in the timing table")
        for name, v in (("dim", self.dim), ("num_frames", self.num_frames), ("casc_len", self.casc_len),
                        ("ssr", self.ssr)):
            if not isinstance(v, int) or v < 1:
                raise ValueError(f"bitonic_sort: {name} must be a positive integer, got {v!r}")
        if self.dim & (self.dim - 1):
            raise ValueError(f"bitonic_sort: TP_DIM {self.dim} is not a power of two")
        if self.dim < 2 * self.lanes:
            raise ValueError(f"bitonic_sort: TP_DIM {self.dim} is below two vectors ({2 * self.lanes} samples)")
        if self.casc_len != 1:
            raise ValueError("bitonic_sort: TP_CASC_LEN > 1 is not modelled (the stages split over a cascade, "
                             "kFirstStage / kLastStage, start and stop inside the loops)")
        if self.ssr != 1:
            raise ValueError("bitonic_sort: TP_SSR > 1 is not modelled (the graph adds bitonic merge kernels)")
        if not isinstance(self.single_buffer, bool):
            raise ValueError("bitonic_sort: single_buffer must be True or False")
        limit = DATA_MEMORY_BYTES if self.single_buffer else DATA_MEMORY_BYTES // 2
        frame_bytes = self.dim * self.num_frames * sample_type(self.data_type).bytes
        if frame_bytes > limit:
            raise ValueError(f"bitonic_sort: TP_DIM x TP_NUM_FRAMES = {self.dim * self.num_frames} {self.data_type} "
                             f"samples ({frame_bytes} B) exceed the {limit} B a "
                             f"{'single' if self.single_buffer else 'ping-pong'} buffer may take in one tile's data "
                             "memory (DSPLib's bitonic_sort metadata caps TP_NUM_FRAMES the same way); use fewer "
                             "frames" + ("" if self.single_buffer else " or single_buffer=True"))

    @property
    def lanes(self) -> int:
        """``kVecSampleNum``."""
        return VECTOR_BITS // (8 * sample_type(self.data_type).bytes)

    @property
    def vectors(self) -> int:
        """``kNumVecs``."""
        return self.dim // self.lanes

    @property
    def unroll_max(self) -> int:
        """``kUnrollMax = sizeof(TT_DATA)``."""
        return sample_type(self.data_type).bytes

    def ports(self) -> tuple[KernelPort, ...]:
        buffers = 1 if self.single_buffer else 2
        nbytes = self.dim * self.num_frames * sample_type(self.data_type).bytes
        return (KernelPort("in", "buffer", nbytes, buffers), KernelPort("out", "buffer", nbytes, buffers))


#: VALU_BYPASS_CHANGE (after the runs, sourced; validation/cases_c21.py VALU_BYPASS_CHANGE gives the counts). Source:
#: Xilinx/llvm-aie ``llvm/lib/Target/AIE/AIE2Schedule.td`` @048e9ad6 (the AIE2 itineraries, "an exposed pipeline
#: architecture ... must model the processor pipeline with reasonably high fidelity"): II_VSHUFFLE, II_VSHIFT,
#: II_VSHIFT_ALIGN, II_VSEL, II_VADD, II_VMAX_LT and II_VMIN_GE define their vector result at operand cycle 2 and read
#: their vector operands at cycle 1, all marked ``MOV_Bypass``; LLVM's ``InstrItineraryData::getOperandLatency``
#: (llvm/MC/MCInstrItineraries.h) gives def cycle - use cycle + 1 = 2, one less when producer and consumer name the
#: same bypass (``hasPipelineForwarding``): 1 cycle from one of these vector-ALU ops to the next. Not forwarded: a
#: load's result (II_VLDA_W, 7), a vector-ALU result into a store (II_VST_W lists no bypass: 2), into VMUL's
#: multiplicand (NoBypass: 2). Off: every vector-ALU result waits the full 2 cycles (isa.timing
#: CoreTiming.vector_alu_latency), the figures before. The shared timing table is left as it is (other kernels' chains
#: are not re-counted here).
VALU_BYPASS_CHANGE = True
#: HIGH_HALF_MOVE_CHANGE (after the runs, sourced; :func:`intrasort_unit` and :func:`reverse_ops` give the source,
#: validation/cases_c21.py HIGH_HALF_MOVE_CHANGE the counts): one VMOV ``wh -> wl`` per intrasort vector (the zip's
#: upper half) and per int32 handover pair (the reverse's upper half) before ``aie::min`` / ``aie::max``, counted as a
#: vector-ALU op (shared W_WM_PORT). Off: no move, the figures before.
HIGH_HALF_MOVE_CHANGE = True


def valu_forward_latency(t: CoreTiming = AIE_ML_CORE) -> int:
    """Cycles from a vector-ALU op (shuffle, shift, select, min / max) to a dependent vector-ALU op: one less than
    ``t.vector_alu_latency`` through the MOV_Bypass forwarding path with :data:`VALU_BYPASS_CHANGE`, else the full
    latency."""
    return t.vector_alu_latency - 1 if VALU_BYPASS_CHANGE else t.vector_alu_latency


@dataclass(frozen=True)
class UnitOps:
    """One unrolled unit of a loop body (a vector or a pair of vectors): slots and dependent chain."""
    slots: SlotUse
    chain: int


#: VSHUFFLEs of one AIE-ML ``aie::transpose`` of a 256-bit vector with rows and columns above 1, by the width of the
#: element it transposes (AIE API ``detail/aie2/transpose.hpp``): 16-bit, 16 elements (``transpose_bits_impl<16>``,
#: "Elems 32, 16 and 8"): one ``::shuffle`` of the grown vector; 32-bit, 8 elements (``transpose_bits_impl<32>``,
#: "Elems 8 and 4"): two chained ``::shuffle`` calls; 64-bit, 4 elements (``transpose_bits_impl<64>``, "Elems 8 and
#: 4"): two chained ``::shuffle`` calls
TRANSPOSE_SHUFFLES_BY_BITS = {16: 1, 32: 2, 64: 2}


def transpose_shuffles(data_type: str, distance: int) -> int:
    """VSHUFFLEs of ``transposeSpecial<TT_DATA, kVecSampleNum, kVecSampleNum / (2 distance), 2>`` on one vector of an
    ``intrasort`` pass comparing samples ``distance`` apart (0 when its row count is 1, at distance
    ``kVecSampleNum / 2``).

    ``transposeSpecial`` (bitonic_sort_utils.hpp) reinterprets the vector as ``row x col = kVecSampleNum /
    distance`` elements of ``transposeType_t<row x col>`` (bitonic_sort_traits.hpp: 16 -> int16, 8 -> int32,
    4 -> cint32), i.e. elements of ``distance`` samples, and transposes those: the shuffle count goes by that width
    (:data:`TRANSPOSE_SHUFFLES_BY_BITS`). int16 data: distance 1 one shuffle, 2 and 4 two; int32: 1 and 2 two.
    TRANSPOSE32_CHANGE (after the blind run, validation/cases_c21.py) made 32-bit data take two (the blind model
    took one for every pass); SOURCE_OPS_CHANGE (after it) takes the width of the transposed element, not of the
    sample: int16 distance-2 and -4 passes two instead of one.

    Raises:
        ValueError: a distance that is not a power of two below the vector's lanes.
    """
    lanes = VECTOR_BITS // (8 * sample_type(data_type).bytes)
    if distance < 1 or distance & (distance - 1) or distance >= lanes:
        raise ValueError(f"bitonic_sort: intrasort distance {distance} is not a power of two below {lanes} lanes")
    if lanes // (2 * distance) <= 1:
        return 0
    return TRANSPOSE_SHUFFLES_BY_BITS[8 * sample_type(data_type).bytes * distance]


def intrasort_unit(transpose_ops: int, t: CoreTiming = AIE_ML_CORE) -> UnitOps:
    """One vector of ``intrasort``: load, ``transpose_ops`` chained shuffles (:func:`transpose_shuffles`; 0 at
    distance ``kVecSampleNum / 2``), zip, [VMOV of the zip's upper half], min, max, select, store.

    HIGH_HALF_MOVE_CHANGE (after the runs; validation/cases_c21.py gives the counts): ``aie::interleave_zip`` of two
    256-bit vectors (AIE API ``detail/aie2/interleave.hpp`` @4e950f7d, ``max_min.hpp`` @306ac2c1 as stored in
    jgmelber/aie_api) grows them to 512 bits, issues one ``::shuffle`` and returns
    ``tmp.extract<Elems>(0)`` and ``tmp.extract<Elems>(1)``: the second is the upper 256-bit half (``wh``) of a 512-bit
    x register. ``aie::min`` / ``aie::max`` of 256-bit vectors (``detail/aie2/max_min.hpp``) run the 512-bit
    ``::min`` / ``::max`` on ``v.grow<native_elems>()``, i.e. on x registers whose low half (``wl``) holds the operand
    (AIE-ML register file: x = wl:wh, UG1603). So the second vector is moved ``wh -> wl`` once (one VMOV; min and max
    share it). The VMOV (II_VMOV_W, llvm-aie AIE2Schedule.td @048e9ad6) writes the vector register file through
    W_WM_PORT one cycle after issue, as VSHUFFLE / VMAX_LT / VMIN_GE / VSEL do: at most one of them a cycle, so it is
    counted as a vector-ALU op; its latency is 2, forwarded only for ``wl`` registers (the file's note on II_VMOV_W):
    zip -> VMOV 2 (a ``wh`` source), VMOV -> min / max 1 with :data:`VALU_BYPASS_CHANGE`."""
    shuffles = transpose_ops + 1
    fwd = valu_forward_latency(t)
    # VALU_BYPASS_CHANGE: the shuffles feed the next shuffle / min / max and min / max feed the select through
    # the MOV_Bypass forwarding path; the select feeds the store (no forwarding into VST)
    steps = [(1, t.vload_latency), *([(1, fwd)] * shuffles)]
    moves = 0
    if HIGH_HALF_MOVE_CHANGE:
        # the zip's second vector is the upper half (wh) of its 512-bit result: one VMOV wh -> wl before min / max
        moves = 1
        steps[-1] = (1, t.vector_alu_latency)     # zip -> VMOV: no forwarding out of a wh register
        steps.append((1, fwd))                    # VMOV -> min / max: forwarded (wl destination)
    slots = SlotUse(load_any=1, vector_alu=shuffles + 3 + moves, store=1)
    chain = critical_path(*steps, (2, fwd), (1, t.vector_alu_latency), (1, 0))
    return UnitOps(slots, chain)


def reverse_ops(data_type: str, t: CoreTiming = AIE_ML_CORE) -> tuple[SlotUse, tuple[tuple[int, int], ...]]:
    """``aie::reverse`` of one 256-bit vector on AIE-ML (AIE API ``detail/aie2/reverse.hpp``): slots and its dependent
    steps ``(issue, latency)``.

    * 16 x int16 (``reverse_impl<16>``, 16 elements): ``::shiftx`` (swap the two 8-element halves; VSHIFT, vector
      ALU), ``::mul_2x8_8x8`` by the constant 8 x 8 anti-identity (one 16 x 8-bit VMUL, MAC slot) and
      ``to_vector<uint16>`` of the acc64 result (one SRS to a register, move slot): 3 chained ops.
    * 8 x int32 (``reverse_impl<32>``, 8 elements): grown to 16 and reversed as 16 (``shiftx``, ``shift_bytes``,
      ``shuffle``, twice; all vector ALU, each on the previous result), the upper 256-bit half kept (a sub-register,
      no op): 6 chained ops.

    The anti-identity matrix is a loop-invariant 512-bit constant: its load is taken as hoisted out of the loop (not
    counted). SOURCE_OPS_CHANGE (after the blind run, validation/cases_c21.py): the blind model took one VSHUFFLE.
    VALU_BYPASS_CHANGE: the int32 chain's six ops forward to the next (1 cycle each; the int16 chain has no forwarding:
    VSHIFT -> VMUL multiplicand, VMUL -> SRS and SRS -> min are not bypassed in AIE2Schedule.td).
    HIGH_HALF_MOVE_CHANGE: the int32 result kept is the upper half (``extract<Elems>(1)``) of the 512-bit vector, moved
    ``wh -> wl`` for ``aie::min`` / ``aie::max`` (one VMOV, counted as a vector-ALU op; last shuffle -> VMOV 2, VMOV ->
    min 1 or 2, :func:`intrasort_unit`).
    """
    if sample_type(data_type).bytes == 2:
        return (SlotUse(vector_alu=1, mac=1, move=1),
                ((1, t.vector_alu_latency), (1, t.vmac_latency), (1, t.srs_latency)))
    # VALU_BYPASS_CHANGE: each of the six feeds the next (and the last one aie::min / aie::max) through the
    # MOV_Bypass forwarding path
    fwd = valu_forward_latency(t)
    if HIGH_HALF_MOVE_CHANGE:
        # the reversed 8 lanes are the upper half (wh) of the 512-bit result: one VMOV wh -> wl before min / max
        return SlotUse(vector_alu=7), ((1, fwd),) * 5 + ((1, t.vector_alu_latency), (1, fwd))
    return SlotUse(vector_alu=6), ((1, fwd),) * 6


def intersort_unit(handover: bool, t: CoreTiming = AIE_ML_CORE, data_type: str | None = None) -> UnitOps:
    """One pair of ``intersort`` (``handover``: ``intersort_handover``, one vector reversed by
    :func:`reverse_ops` of ``data_type``).

    Raises:
        ValueError: a handover without its data type (the reverse depends on it).
    """
    scalar = 8 if handover else 5
    slots = SlotUse(load_any=2, vector_alu=2, store=2, move=2, scalar=scalar)
    rev_steps: tuple[tuple[int, int], ...] = ()
    if handover:
        if data_type is None:
            raise ValueError("bitonic_sort: intersort_unit(handover=True) needs the data type (aie::reverse)")
        rev_slots, rev_steps = reverse_ops(data_type, t)
        slots = slots + rev_slots
    # index chain (handover: AND, SHL, ADD, SUB, byte SHL; regular: AND, ADD, byte SHL) -> MOV -> load ->
    # [reverse] -> min / max -> store
    index_steps = 5 if handover else 3
    chain = critical_path(*([(1, t.scalar_alu_latency)] * index_steps), (1, t.pointer_move_latency),
                          (1, t.vload_latency), *rev_steps, (2, t.vector_alu_latency), (2, 0))
    return UnitOps(slots, chain)


def copy_unit(t: CoreTiming = AIE_ML_CORE) -> UnitOps:
    return UnitOps(SlotUse(load_any=1, store=1), critical_path((1, t.vload_latency), (1, 0)))


#: MEMORY_ORDER_CHANGE (after the blind run and after TRANSPOSE32_CHANGE / SOURCE_OPS_CHANGE; validation/cases_c21.py
#: MEMORY_ORDER_CHANGE gives the before / after counts). Off: the model as it stood before (every loop
#: software-pipelined at its resource II, the unrolled units overlapped). On:
#:
#: * the in-place intersorts (``intersort`` / ``intersort_handover``, bitonic_sort_utils.hpp @0d8795bc) load and
#:   store ``readPtr[minIdx]`` / ``readPtr[maxIdx]`` through ONE pointer at indices computed at run time from ``k``:
#:   by C semantics a pair's stores may alias the next pair's loads, so each pair's loads wait for the previous
#:   pair's two stores (:func:`pair_recurrence`; public source: the kernel code; the chain from the timing table);
#: * the int32 kernel's loops (``kUnrollMax`` = 4 units per trip) are taken as not software-pipelined. Evidence,
#:   not a source: the benchmark's own PROGRAM_MEMORY column (dsp/docs/src/csv_data_files/L2/bitonic_sort_benchmark.csv
#:   @40865147, the rows C21 copies) grows by ~1.3-1.6 KB for int16 once its loops have two or more trips (TP_DIM 32
#:   -> 64: 2960-3120 -> 4288-4480 B; prologue / epilogue code of ~17 pipelined loops) but by <= 160 B for int32
#:   (3232-3360 -> 3328-3472 B, TP_DIM 32 .. 4096); why chess does not pipeline them is not known;
#: * a loop that is not software-pipelined (int32, and any one-trip loop: straight-line code) runs its unrolled units
#:   in memory order: each vector's load waits for the previous vector's store (``readPtr`` / ``writePtr`` are the
#:   swapped ping-pong pointers). Assumption, no public source: it is what the int32 rows and the int16 TP_DIM 32 rows
#:   (one-trip loops only) measure; software-pipelined loops (int16, two or more trips) keep the overlapped resource
#:   II, as the int16 TP_DIM >= 64 rows need.
#:
#: No constant is fitted: every recurrence is a dependent chain of the timing table (isa.timing, llvm-aie
#: AIE2Schedule.td latencies); the rule was chosen after seeing the held-out errors.
MEMORY_ORDER_CHANGE = True
#: ``kUnrollMax`` (units per trip) of the kernels whose loops MEMORY_ORDER_CHANGE takes as not software-pipelined
#: (int32 only; see above)
UNPIPELINED_UNROLL = 4


def pipelined_kernel(p: "BitonicSortParams") -> bool:
    """Whether the compiler software-pipelines this kernel's multi-trip inner loops (MEMORY_ORDER_CHANGE: not the
    int32 kernel's, ``kUnrollMax`` :data:`UNPIPELINED_UNROLL`; always True with the change off)."""
    return not (MEMORY_ORDER_CHANGE and p.unroll_max >= UNPIPELINED_UNROLL)


def pair_recurrence(handover: bool, t: CoreTiming = AIE_ML_CORE, data_type: str | None = None) -> int:
    """Cycles from one intersort pair's first load to the next pair's first load when the loads wait for the two
    stores (MEMORY_ORDER_CHANGE): VLDA, [``aie::reverse`` of the handover's second vector, :func:`reverse_ops`],
    min and max on the one vector-ALU slot, the two stores on the one store port; the next load issues the cycle
    after the second store (AIE2Schedule.td: stores write and loads read memory in the same stage, E5). int16 /
    int32: 12 per intersort pair, 23 / 20 per handover pair (23 / 24 before VALU_BYPASS_CHANGE and
    HIGH_HALF_MOVE_CHANGE: the int32 reverse's six ops forwarded, 6 x 1, plus its VMOV, 2 + 1).

    Raises:
        ValueError: a handover without its data type.
    """
    rev_steps: tuple[tuple[int, int], ...] = ()
    if handover:
        if data_type is None:
            raise ValueError("bitonic_sort: pair_recurrence(handover=True) needs the data type (aie::reverse)")
        _, rev_steps = reverse_ops(data_type, t)
    return critical_path((1, t.vload_latency), *rev_steps, (2, t.vector_alu_latency), (2, 0))


@dataclass(frozen=True)
class InnerLoop:
    trips: int
    ii: int
    depth: int
    cycles: int


def inner_loop(units: int, per_trip: int, unit: UnitOps, t: CoreTiming = AIE_ML_CORE,
               extra_scalar: int = 0, recurrence: int = 0, pipelined: bool = True) -> InnerLoop:
    """A ``kChessNum``-trip loop of ``per_trip`` unrolled units (``units`` in all), with its set-up.

    ``recurrence`` (MEMORY_ORDER_CHANGE): cycles from one unit's first load to the next unit's when the loads wait
    for the previous unit's stores (0: the units overlap at the resource II); the trip's II is at least
    ``per_trip x recurrence`` and its depth ``chain + (per_trip - 1) x recurrence``. ``pipelined`` False: the trips
    run one after the other (``trips x max(depth, II)``). The defaults give the loop as before the change.
    """
    trips = units // per_trip
    slots = unit.slots.scaled(per_trip) + SlotUse(scalar=extra_scalar)
    ii = max(resource_ii(slots, t), per_trip * recurrence)
    unit_ii = max(resource_ii(unit.slots, t), recurrence)
    depth = unit.chain + (per_trip - 1) * unit_ii
    cycles = (loop_cycles(trips, ii, depth, pipelined=pipelined and trips > 1)
              + (pipelined_loop_setup_cycles(trips, ii, depth, t) if pipelined else loop_setup_cycles(t, trips)))
    return InnerLoop(trips, ii, depth, cycles)


@dataclass(frozen=True)
class FramePlan:
    """The stage sequence of one frame (CASC_LEN 1): each ``intrasort`` pass's distance and counts of the other
    loop kinds."""
    intra_distances: tuple[int, ...]    # sample distance 2^(i-j) of every intrasort pass, in run order
    lanes: int                          # kVecSampleNum (a pass at lanes / 2 has no transpose)
    handovers: int
    intersorts: int
    copy: bool
    outer_i_trips: int
    j_loop_trips: tuple[int, ...]   # the run-time j loop's trips for each i

    @property
    def intra_plain(self) -> int:
        """intrasort passes at distance ``kVecSampleNum / 2`` (no transpose)."""
        return self.intra_distances.count(self.lanes // 2)

    @property
    def intra_transpose(self) -> int:
        """intrasort passes with a transpose."""
        return len(self.intra_distances) - self.intra_plain

    def intra_counts(self) -> dict[int, int]:
        """distance -> intrasort passes at it."""
        return {d: self.intra_distances.count(d) for d in sorted(set(self.intra_distances))}


def frame_plan(p: BitonicSortParams) -> FramePlan:
    """Which loops one frame runs (module docstring)."""
    big_l, lv = _log2(p.dim), _log2(p.lanes)
    # initial intra stages: i < lv, j = 0..i, distance 2^(i-j)
    dists = [1 << (i - j) for i in range(min(big_l, lv)) for j in range(i + 1)]
    outer = max(0, big_l - lv)
    j_trips = tuple(i - lv for i in range(lv, big_l))
    # per i: intrasort<lv, j> for j = 1..lv, distance 2^(lv-j): lanes / 2 (no transpose) down to 1
    dists += [1 << (lv - j) for _ in range(outer) for j in range(1, lv + 1)]
    return FramePlan(tuple(dists), p.lanes, outer, sum(j_trips), len(dists) % 2 == 0, outer, j_trips)


def bitonic_sort_cycles(p: BitonicSortParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): frames x (stages + copy) + ADF wrapper."""
    plan = frame_plan(p)
    nv, u = p.vectors, p.unroll_max
    intra_per = min(nv, u)
    pair_per = min(nv // 2, u)
    pipe = pipelined_kernel(p)
    # MEMORY_ORDER_CHANGE: a loop that is not software-pipelined (one trip, or the int32 kernel) keeps its units in
    # memory order; the in-place intersorts always do (run-time indices into one pointer)
    vec_serial = MEMORY_ORDER_CHANGE and not (pipe and nv // intra_per > 1)

    def vec_loop(unit: UnitOps) -> InnerLoop:
        return inner_loop(nv, intra_per, unit, t, recurrence=unit.chain if vec_serial else 0, pipelined=pipe)

    def pair_loop(handover: bool) -> InnerLoop:
        rec = pair_recurrence(handover, t, p.data_type) if MEMORY_ORDER_CHANGE else 0
        return inner_loop(nv // 2, pair_per, intersort_unit(handover, t, p.data_type), t, extra_scalar=1,
                          recurrence=rec, pipelined=pipe)

    intra = {d: vec_loop(intrasort_unit(transpose_shuffles(p.data_type, d), t)) for d in plan.intra_counts()}
    hand = pair_loop(True)
    inter = pair_loop(False)
    copy = vec_loop(copy_unit(t))
    counts = plan.intra_counts()
    frame = (sum(n * intra[d].cycles for d, n in counts.items())
             + plan.handovers * hand.cycles + plan.intersorts * inter.cycles
             + (copy.cycles if plan.copy else 0)
             + loop_setup_cycles(t, plan.outer_i_trips)
             + sum(loop_setup_cycles(t, n) for n in plan.j_loop_trips))
    loop = p.num_frames * frame + loop_setup_cycles(t, p.num_frames)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    trips = p.num_frames * (sum(n * intra[d].trips for d, n in counts.items())
                            + plan.handovers * hand.trips + plan.intersorts * inter.trips
                            + (copy.trips if plan.copy else 0))
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call,
                      ii_cycles=max(max(x.ii for x in intra.values()), hand.ii, inter.ii),
                      depth_cycles=max(max(x.depth for x in intra.values()), hand.depth),
                      trips=trips, pipelined=pipe, function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + loop)
