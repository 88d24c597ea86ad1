"""Euclidean distance (DSPLib ``euclidean_distance``), AIE-ML, buffer interface, squared output only.

``out[i] = sum_d (Q[i][d] - P[i][d])^2`` over ``len`` points of dimension ``dim`` <= 4; the graph pads every
point to 4 dimensions (``kFixedDimOfED``: the input windows hold ``len x 4`` samples whatever ``dim`` is). In the
kernel read for the blind model (@0d8795bc) ``dim`` changes nothing; in the later kernel the benchmark CSV
@40865147 was built with, ``dim`` sets the number of squares per point (:data:`VERSION_CHANGE`).

VERSION_CHANGE (post-blind correction, C18; evidence in ``validation/cases_c18.py`` ``VERSION_EVIDENCE``): the
graph stored at the CSV's commit (``euclidean_distance_graph.hpp`` @40865147) instantiates a six-parameter
``euclidean_distance_squared<TT_DATA, TP_LEN, TP_DIM, TP_API, TP_RND, TP_SAT>``; the stored kernel text with that
signature and copyright 2022-2025 (the index names no commit for it) keeps the loops below (outer trip of
``m_kLanes`` points, inner point groups, 4 loads / subtractions per group, one transpose) but squares only
``TP_DIM`` rows of the transposed vector: one ``aie::mul_square`` and ``TP_DIM - 1`` ``aie::mac_square`` on the
accumulator. With :data:`VERSION_CHANGE` the squares below are ``dim`` per point group (costed as before, each);
False restores the blind model's fixed four. C18: 71 -> 56 of 178 within 10 % (the float squares were already too
cheap: ``validation/cases_c18.py``).

LOAD_CONV_CHANGE (post-blind correction, C18 session 15, made after seeing the errors; bfloat16 only): the bfloat16
``aie::sub(qbuff, pbuff)`` widens both operands to accfloat (AIE API aie2 ``accum`` from a bfloat16 vector:
``ups_to_v16accfloat``, the intrinsic ``v16bf16_to_v16accfloat``), and both operands come straight from a 256-bit
load (``pbuff.insert(0, *inPtrP++)``). Xilinx/llvm-aie ``AIE2CombinedOpcodes::getCombinedOpcodeCONVLoad`` folds
that intrinsic on a 256-bit load into one VLDA.CONV.fp32.bf16 (load unit A only; ``getVLDA_CONVOpcode`` has no VLDB
form); the same fold :mod:`aiesim_py.kernels.cumsum` (BF16_EXTENSION) and ``zscore_norm`` already model, with its
latency :data:`~aiesim_py.kernels.cumsum.LDA_CONV_TO_ACC_ADD` (AIE2Schedule.td II_VLDA_CONV, reused, not
duplicated). Assumption (as cumsum): the DSPLib build (chess) folds the same way. Per 16-point bfloat16 trip: 8
VLDA.CONV on load unit A (was 4 VLDA + 4 VLDB), the two move-slot widenings per subtraction gone (move slot 12 -> 4),
VSUB.f and the VCONV back unchanged: II 12 (move-bound) -> 8 (load unit A) at every TP_DIM, depth 7 cycles shorter.
Float unchanged (a v8float grows to accfloat without a conversion; the fold is bf16 -> fp32 only). The measured
single-buffer kernel time per trip (period minus the input DMA, TP_LEN 2048 -> 4096 slope) is 7.9 / 10.0 / 11.0
cycles at TP_DIM 2 / 3 / 4: the change matches TP_DIM 2; the TP_DIM 3 / 4 excess is not explained
(``validation/cases_c18.py`` LOAD_CONV_SUMMARY). C18: 56 -> 80 of 178 within 10 % (26 in, 2 out). False restores
the previous figures.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries @0d8795bc
``dsp/L1/src/aie/euclidean_distance.cpp`` (``euclidean_distance_squared::euclideanDistMain``),
``dsp/L1/include/aie/euclidean_distance_traits.hpp`` / ``_utils.hpp`` and
``dsp/L2/include/aie/euclidean_distance_graph.hpp``:

* AIE-ML constants: ``m_kLanes = 16`` output points per outer trip; ``m_kVecLoad = 256 / bits(T)`` samples per
  256-bit load (float 8, bfloat16 16); ``kinnerLoopCnt = m_kLanes / m_kVecLoad`` (float 2, bfloat16 1);
  ``kloopcnt = len / 16`` outer trips;
* ``for outIndx < kloopcnt`` (``chess_prepare_for_pipelining``; its inner loops have constant trips and are
  taken as fully unrolled, so this is the software-pipelined loop) / ``for inIndx < kinnerLoopCnt`` /
  ``for dataIndx < 4``: one 256-bit load of P and one of Q, ``aie::sub(q, p)``, inserted into a 1024-bit
  vector; then ``aie::transpose`` of that 1024-bit vector (``m_kVecLoad`` points x 4 dimensions), one
  ``aie::mul_square`` and three ``aie::mac_square`` (later kernel: ``TP_DIM - 1``, :data:`VERSION_CHANGE`) on its
  256-bit rows into an accfloat accumulator of
  ``m_kVecLoad`` lanes, inserted into the 16-lane result; per outer trip one ``to_vector<TT_DATA_OUT>`` and
  the store of 16 results.

Costs (AIE-ML):

* ``aie::sub`` of float / bfloat16 vectors: the AIE API ``detail/aie2/add.hpp`` (``add_sub_bits_impl_float_common``,
  ``__AIE_ARCH__ == 20``: "There are no adders for bfloat16, but we can use the accumulator adders for float"):
  both operands converted to ``accum<accfloat, 16>`` (a float vector of 8 grows to 16), subtracted on the
  accumulator adder, converted back with ``to_vector<T>``. Counted as 2 move-slot ops in (VMOV; for bfloat16
  the widening into accfloat, assumption: one move-slot op of VMOV latency), one MAC-slot accumulator add
  (VACC, 6 cycles for floating point: aieml-facts 4.1) and one move-slot op out (float: VMOV; bfloat16: VCONV,
  ``conv_latency``). bfloat16 under :data:`LOAD_CONV_CHANGE`: the two widenings fold into the loads (VLDA.CONV).
* ``aie::transpose`` of one 1024-bit vector: two VSHUFFLEs (one per 512-bit output half, each reading both
  input halves; assumption: one shuffle mode per half), vector-ALU slot. Inserts / extracts of 256-bit parts of
  the 1024-bit register are free (register halves, as :data:`~aiesim_py.kernels.hadamard.REGISTER_MIN_BITS`).
* bfloat16 squares: one bf16 VMUL.f / VMAC.f each (16 lanes), the squares of a point group chained on one
  accfloat register (``bf16_acc_chain_ii`` apart); float squares: one fp32 emulation block each
  (:data:`~aiesim_py.kernels.hadamard.EMULATED_MUL` float x float via
  :func:`~aiesim_py.kernels.hadamard.elementwise_multiply`, 8 lanes grown to one 16-lane block: 10 MAC-slot and
  9 move-slot ops and the rounding-mode recurrence of :func:`~aiesim_py.kernels.hadamard.rounding_mode_chain`
  per block; the square's two identical operands are split twice, no common-subexpression saving assumed).
* output: bfloat16 ``to_vector`` fused into the store (VST.CONV, aieml-facts 4.1); float one VMOV from the
  accumulator per 16 results (assumption). Stores: 16 x bytes / 32 per outer trip.

II = the busiest slot or the fp32 rounding-mode recurrence (float: 2 point groups x squares per group blocks x
20 cycles per trip: 160 with four squares, 80 at TP_DIM 2 under VERSION_CHANGE); depth =
loads -> subtractions -> transpose -> squares -> store. Loop set-up per
:func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`, ADF wrapper of three buffers per
:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`.

Not modelled (:class:`EuclideanDistanceParams` refuses them): ``is_output_squared = False`` on AIE-ML: the graph
adds a second kernel (``euclidean_distance::euclideanDistMain``, the square root) that reads two int8 lookup
tables per vector with ``load_lut_2x_int8`` (a LUT-load instruction with no entry in :mod:`aiesim_py.isa.timing`);
types other than float / bfloat16 (the graph's static_assert); the stream interface (``TP_API`` must be 0). No
functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.cumsum import LDA_CONV_TO_ACC_ADD
from aiesim_py.kernels.hadamard import elementwise_multiply
from aiesim_py.kernels.kernel_io import KernelCost, KernelPort, adf_call_overhead, pipelined_loop_setup_cycles

TEMPLATE = None
KIND = "euclidean_distance"
LOAD_BITS = 256              # kMaxBitsLoadOnAie
LANES = 16                   # fnEDNumLanes on AIE-ML: output points per outer trip
FIXED_DIM = 4                # kFixedDimOfED
BYTES = {"float": 4, "bfloat16": 2}
#: move-slot ops of one ``aie::sub`` of float / bfloat16 vectors (two into accfloat, one back) and its
#: MAC-slot accumulator adds (module docstring)
SUB_MOVES = 3
SUB_ADDS = 1
TRANSPOSE_SHUFFLES = 2
#: VERSION_CHANGE (post-blind correction, C18; module docstring): the square loop runs over ``TP_DIM``, as in the
#: kernel version the benchmark CSV @40865147 was built from; False gives the blind model (4 squares always)
VERSION_CHANGE = True
#: LOAD_CONV_CHANGE (post-blind correction, C18 session 15; module docstring): bfloat16 only, each 256-bit load of P
#: and Q and its bf16 -> accfloat widening for ``aie::sub`` fold into one VLDA.CONV (load unit A), as in
#: :mod:`aiesim_py.kernels.cumsum` / ``zscore_norm``; False restores the separate load + move-slot widening
LOAD_CONV_CHANGE = True


@dataclass(frozen=True)
class EuclideanDistanceParams:
    """One DSPLib euclidean_distance_squared kernel (buffer interface).

    Attributes:
        data_type: ``TT_DATA`` (``TT_DATA_OUT`` is the same in the benchmark).
        length: ``TP_LEN``, points per call.
        dim: ``TP_DIM`` (1..4; windows padded to 4 by the graph; squares per point under :data:`VERSION_CHANGE`).
        is_output_squared: ``TP_IS_OUTPUT_SQUARED`` (only True is costed on AIE-ML).
        single_buffer: ADF ``single_buffer()`` on all three buffers.
    """
    data_type: str
    length: int
    dim: int = FIXED_DIM
    is_output_squared: bool = True
    single_buffer: bool = False

    def __post_init__(self):
        if self.data_type not in BYTES:
            raise ValueError(f"euclidean_distance: TT_DATA {self.data_type!r} is not a DSPLib AIE-ML type; "
                             f"use one of {sorted(BYTES)}")
        if not isinstance(self.length, int) or self.length < 2 * self.load_samples or self.length % LANES:
            raise ValueError(f"euclidean_distance: TP_LEN must be a multiple of {LANES} and at least "
                             f"{2 * self.load_samples} for {self.data_type}, got {self.length!r}")
        if not isinstance(self.dim, int) or not 1 <= self.dim <= FIXED_DIM:
            raise ValueError(f"euclidean_distance: TP_DIM must be 1..{FIXED_DIM}, got {self.dim!r}")
        if not self.is_output_squared:
            raise ValueError("euclidean_distance: TP_IS_OUTPUT_SQUARED 0 is not modelled on AIE-ML: the graph "
                             "adds a square-root kernel whose load_lut_2x_int8 table lookups have no entry in the "
                             "timing table")
        if not isinstance(self.single_buffer, bool):
            raise ValueError(f"euclidean_distance: single_buffer must be True or False, got {self.single_buffer!r}")

    @property
    def sample_bytes(self) -> int:
        return BYTES[self.data_type]

    @property
    def load_samples(self) -> int:
        """``m_kVecLoad``: samples per 256-bit load (float 8, bfloat16 16)."""
        return LOAD_BITS // (8 * self.sample_bytes)

    @property
    def inner_trips(self) -> int:
        """``kinnerLoopCnt``: point groups (of ``load_samples`` points) per outer trip."""
        return LANES // self.load_samples

    @property
    def trips(self) -> int:
        """``kloopcnt``: outer (pipelined) trips per call."""
        return self.length // LANES

    def ports(self) -> tuple[KernelPort, ...]:
        buffers = 1 if self.single_buffer else 2
        inp = self.length * FIXED_DIM * self.sample_bytes
        return (KernelPort("in", "buffer", inp, buffers), KernelPort("in", "buffer", inp, buffers),
                KernelPort("out", "buffer", self.length * self.sample_bytes, buffers))


def squares_per_group(p: EuclideanDistanceParams) -> int:
    """Squares per point group: ``TP_DIM`` (one ``mul_square`` and ``TP_DIM - 1`` ``mac_square``) under
    :data:`VERSION_CHANGE`, else ``kFixedDimOfED`` = 4 (the blind model, kernel @0d8795bc)."""
    return p.dim if VERSION_CHANGE else FIXED_DIM


@dataclass(frozen=True)
class TripOps:
    """Slots, critical path and loop-carried recurrence of one outer trip (16 points)."""
    slots: SlotUse
    depth: int
    recurrence: int


def trip_ops(p: EuclideanDistanceParams, t: CoreTiming = AIE_ML_CORE) -> TripOps:
    """Ops of one outer trip (module docstring)."""
    groups = p.inner_trips
    loads = groups * FIXED_DIM                       # per input, 256 bits each (the windows hold 4 dimensions)
    subs = groups * FIXED_DIM
    per_group = squares_per_group(p)
    squares = groups * per_group
    stores = -(-LANES * p.sample_bytes * 8 // (8 * t.store_bytes))
    if p.data_type == "float":
        m = elementwise_multiply("float", "float", p.load_samples, t)
        sq_macs, sq_moves, recurrence = squares * m.macs, squares * m.moves, squares * m.mode_chain
        out_moves = 1                                # VMOV accfloat -> float (assumption)
        # the blocks of a point group follow each other on the rounding-mode chain
        sq_steps = [*m.steps, (1, (per_group - 1) * m.mode_chain)]
        out_steps = [(1, t.vector_alu_latency)]
    else:
        sq_macs, sq_moves, recurrence = squares, 0, 0
        out_moves = 0                                # VST.CONV: the conversion fused into the store
        sq_steps = [(1, (per_group - 1) * t.bf16_acc_chain_ii), (1, t.bf16_vmac_latency)]
        out_steps = []
    # float: VMOV of 8 accfloat lanes (256 bits) back to a vector (AIE2Schedule.td II_VMOV_W: NoBypass, plain int)
    back = int(t.vector_alu_latency) if p.data_type == "float" else t.conv_latency
    load_conv = LOAD_CONV_CHANGE and p.data_type == "bfloat16"
    if load_conv:
        # LOAD_CONV_CHANGE: P and Q loads as VLDA.CONV (load unit A only), no move-slot widening; the
        # subtraction keeps its VSUB.f (MAC slot) and the conversion back (VCONV, move slot)
        load_slots = dict(load_a=2 * loads, load_b=0)
        sub_moves = subs * (SUB_MOVES - 2)
        in_steps = [(2 * FIXED_DIM, LDA_CONV_TO_ACC_ADD)]
    else:
        load_slots = dict(load_a=loads, load_b=loads)
        sub_moves = subs * SUB_MOVES
        in_steps = [(FIXED_DIM, t.vload_latency), (2 * FIXED_DIM, t.vector_alu_latency)]
    slots = SlotUse(**load_slots, mac=subs * SUB_ADDS + sq_macs,
                    vector_alu=groups * TRANSPOSE_SHUFFLES, move=sub_moves + sq_moves + out_moves,
                    store=stores)
    # one point group's chain: its loads, the subtractions (moves in [or VLDA.CONV], accumulator add, back), the
    # transpose, the squares (one per dimension: VERSION_CHANGE), [the move out], the stores
    steps = [*in_steps, (FIXED_DIM, t.bf16_vmac_latency),
             (FIXED_DIM, back), (TRANSPOSE_SHUFFLES, t.vector_alu_latency), *sq_steps, *out_steps, (stores, 0)]
    return TripOps(slots=slots, depth=critical_path(*steps), recurrence=recurrence)


def euclidean_distance_cycles(p: EuclideanDistanceParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): the pipelined outer loop + ADF wrapper of three buffers."""
    o = trip_ops(p, t)
    ii = resource_ii(o.slots, t, recurrence=o.recurrence)
    loop = loop_cycles(p.trips, ii, o.depth, pipelined=True) + pipelined_loop_setup_cycles(p.trips, ii, o.depth, t)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=o.depth, trips=p.trips, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + o.depth)
