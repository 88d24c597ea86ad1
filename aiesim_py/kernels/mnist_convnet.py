"""bfloat16 MNIST ConvNet layer kernels of AMD Vitis-Tutorials AIE-ML design tutorial 08-MNIST-ConvNet, AIE-ML:
``conv2d_w1``, ``max_pooling2d_w2``, ``conv2d_w3``, ``max_pooling2d_w4``, ``conv2d_w5A`` .. ``D`` and ``dense_w7``
(flatten, fully connected, softmax). Cost of one kernel call (one 28 x 28 image) with the slot / loop model of
:mod:`aiesim_py.isa.timing`; no functional model (:data:`TEMPLATE` is None).

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis-Tutorials
AI_Engine_Development/AIE-ML/Design_Tutorials/08-MNIST-ConvNet/aie/ @90d36dbc (conv2d_w1.cpp, max_pooling2d_w2.cpp,
max_pooling2d_w4.cpp, dense_w7.cpp) and, for the files that index does not hold (conv2d_w3.cpp, conv2d_w5{A,B,C,D}.cpp,
the ``*_graph.h``, ``mnist_app.cpp``, ``num_iter.h``, ``aie.cfg``), the fork bupthpc/Vitis-Tutorials @909dc4ef (same
path; ASSUMPTION: the same code as the README's @399f09bd). Every kernel runs ``repetition_count`` 4 per graph
iteration (4 images), bfloat16 everywhere, accumulators ``accfloat``:

* conv2d_w1 (input (28, 32) padded by the memory tile, output (26, 32, 16)): outer loop over 26 output rows (6
  256-bit loads of three input rows into three 512-bit registers, the inner loop, 6 zero stores of the padding
  columns); inner loop over 26 output columns, per trip: 9 weight vectors loaded from the async weight buffer
  (256-bit each, into the low half of a zeroed 512-bit register; constant pointers), 9 ``broadcast(buffd[k].get(c +
  j))`` of one input pixel, 3 accumulators each ``mul_elem_16_2`` then two ``mac_elem_16_2`` (9 bf16 MACs), 3
  ``aie::add`` of accumulators (two partial sums and the bias), ``to_vector<bfloat16>``, ``aie::max`` with 0, one
  256-bit store. Bias ``from_vector`` once per call.
* max_pooling2d_w2 (input (26, 32, 16), output (13, 16, 16)): one loop of 52 trips (rows x 4), per trip 16 256-bit
  loads (two halves of 8 registers), 6 ``aie::max`` of 32-lane vectors, 4 256-bit stores of halves, the index
  update with ``rr % 4 == 3``; a ``chess_separator_scheduler()`` at the end of the body.
* conv2d_w3 (input (13, 16, 16), output (11, 16, 64)): loop over 11 rows > loop over 16 output-channel groups of 4
  (bias: 4 scalar loads, 4 ``broadcast<bfloat16, 8>`` concatenated, one ``shuffle``, 4 ``from_vector``) > two
  loops of 3 trips (input channels 0-7 and 8-15; one trip per kernel row), each trip 8 data + 6 weight 256-bit
  loads, 8 ``shuffle_down_fill`` and 12 ``mac_4x8_8x4`` (4 accumulators, 3 each); then per accumulator
  ``to_vector``, ``max`` with 0 and a store (4).
* max_pooling2d_w4 (input (11, 16, 64), output (5, 8, 64)): loop over 5 rows > loop over 8 pixels, per trip 16
  256-bit loads, 6 ``max``, 4 stores; separator after the inner loop.
* conv2d_w5A..D (input (5, 8, 64) broadcast to the four, 32 of the 128 output channels each): 3 rows > 8
  output-channel groups of 4 (bias as conv2d_w3, 6 accumulators zeroed) > 8 input-channel groups of 8 > 3 trips
  (kernel rows), each 4 data + 6 weight loads, 4 ``shuffle_down_fill``, 6 ``mac_4x8_8x4`` (one per accumulator);
  after the input-channel loop two sums of three accumulators and the bias (3 ``add`` each), 2 ``to_vector``, 2
  ``max``, 2 stores into a local buffer of 768 values. Then (noinline ``pass_outputs``) A writes its 48 vectors of
  16 to its output stream, B forwards 48 vectors from its input stream and writes its own 48, C forwards 96 and
  writes 48, D reads 3 x 48 vectors from its stream into three local buffers and interleaves the four buffers into
  its output buffer (3 rows x 4 copy loops of 16 vectors).
* dense_w7: noinline ``flatten`` (3 rows x 24 vector copies), ``fully_connected`` (10 outputs > 9 trips of 128
  inputs: 8 data + 8 weight 256-bit loads, 4 ``mac_elem_16_2`` into 4 accumulators; after the loop 3 ``add``,
  ``to_vector``, ``reduce_add``, a scalar bfloat16 add of the bias and a scalar store; a separator per output),
  ``softmax`` (straight line on one 16-lane vector: ``reduce_max``, broadcast, ``sub``, ``mac`` by the exp
  constants, ``to_fixed<int16>``, 2 compares, 2 selects, ``reduce_add``, ``aie::inv``, ``mul``, one store).

Op costs (the project's conventions, each named where it is taken from):

* a 256-bit load / store of 16 bf16 is one load / store op; a load into a half of a 512-bit register costs no
  extra op (the halves are addressable); loads go to either load unit (``load_any``).
* bf16 ``mul_elem_16_2`` / ``mac_elem_16_2`` / ``mac_4x8_8x4``: one VMUL.f / VMAC.f each (128 bf16 MACs, AM020-SUM;
  the element-wise 16 x 2 mode uses half of them), ``bf16_vmac_latency``, ``bf16_acc_chain_ii`` between MACs into
  one accumulator (aieml-facts 4.1); ``aie::add`` of two accfloat accumulators: a VADD.f on the MAC slot, the same
  latency (kernels.zscore_norm / cumsum).
* broadcast of a vector element or a scalar: one vector-ALU op (kernels.matrix_vector_mul: extract and broadcast
  folded; Xilinx/llvm-aie aie2/AIE2PreLegalizerCombiner.cpp ``tryToCombineExtBcst`` @f10b643e makes one
  ``vextract_broadcast16`` of ``vbroadcast16(vextract_elem16)``); ``shuffle_down_fill`` / ``shuffle``: one vector-ALU op (VSHIFT / VSHUFFLE); ``aie::max`` of 32 (or 16)
  bf16 lanes: one vector-ALU op (VMAX); ``to_vector<bfloat16>`` to a register: one move-slot conversion
  (``conv_latency``, kernels.softmax); ``from_vector`` / ``accum(...)`` of a bf16 vector: one move-slot VUPS
  (``ups_latency``); ``aie::zeros<accfloat>``: one move-slot op.
* core streams: one 32-bit word per cycle in and out (AM020 "Interfaces"); ``writeincr`` of 16 bf16 =
  :func:`~aiesim_py.isa.timing.stream_write` of 8 words.
* ``reduce_add`` / ``reduce_max`` of 16 lanes: 4 rounds of a shuffle and an add (VADD.f, MAC slot) or a max
  (vector ALU) (kernels.zscore_norm's reduction, 16 lanes); a scalar bfloat16 add: a soft-float routine (UG1603:
  no floating point in the AIE-ML scalar unit) of :data:`SOFT_FLOAT_ADD_CYCLES`; ``aie::inv`` of a scalar:
  kernels.softmax ``SCALAR_INV_CYCLES``. SOFTFLOAT_COST_CHANGE (:mod:`aiesim_py.kernels.softfloat`, session 16;
  False restores those): the add is compiler-rt's ``__addsf3`` op count (derived there; the bf16 <-> float
  conversions around it still not costed) and the inverse kernels.softmax.scalar_inv_cycles (the AIE API's vector
  bf16 inverse on a broadcast).

Loops: software-pipelined innermost loops with a constant trip count (``chess_prepare_for_pipelining``), outer
loops plain (set-up and fill / drain of the inner loop per outer trip, kernels.cumsum's rule); constant-trip
innermost loops of at most :data:`~aiesim_py.kernels.kernel_io.UNROLL_MAX_TRIPS` trips fully unrolled (the
3-trip kernel-row loops of conv2d_w3 / w5: their enclosing loop becomes the pipelined one). The II reported for
conv2d_w3 is the oc loop's II divided by its 6 kernel-row steps (the cost of one 12-MAC step).

ASSUMPTIONS (no source beyond the above, none set on a measured figure):

* conv2d_w1's 9 weight vectors are reloaded every inner trip (9 weight + 3 data registers fill the 12 x
  registers, no room left for the broadcasts: not hoisted).
* ``chess_separator_scheduler()`` is not modelled (it does not stop the pipelining of the loop that holds it).
* the index update of max_pooling2d_w2 (modulo, compare, add, select) is :data:`POOL2_INDEX_SCALAR_OPS` scalar ops.
* a noinline function call costs :data:`NOINLINE_CALL_CYCLES` (JL and RET with their delay slots); the
  ``grab_wts`` state test :data:`GRAB_WTS_CYCLES` (scalar load, compare, branch).
* the stream chain of conv2d_w5 (A -> B -> C -> D) adds latency, not period: each tile's call is costed alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii, stream_write
from aiesim_py.kernels import softfloat
from aiesim_py.kernels import softmax as _softmax
from aiesim_py.kernels import zscore_norm as _zscore
from aiesim_py.kernels.kernel_io import (adf_call_overhead, loop_setup_cycles, pipelined_loop_setup_cycles,
                                         unrolled_inner_loop)

TEMPLATE = None
KIND = "mnist_convnet"
SAMPLE_BYTES = 2                      # bfloat16
VEC = 16                              # bf16 lanes of one 256-bit load / store
STREAM_WORD_BYTES = 4
LAYERS = ("conv2d_w1", "max_pooling2d_w2", "conv2d_w3", "max_pooling2d_w4", "conv2d_w5A", "conv2d_w5B",
          "conv2d_w5C", "conv2d_w5D", "dense_w7")
#: ASSUMPTION: a soft-float scalar add costs about a soft-float multiply (kernels.zscore_norm's round number); used only
#: with kernels.softfloat.SOFTFLOAT_COST_CHANGE False (True: :func:`softfloat_add_cycles`)
SOFT_FLOAT_ADD_CYCLES = _zscore.SOFT_FLOAT_MUL_CYCLES
#: ASSUMPTION: max_pooling2d_w2's per-trip index update (rr % 4, compare, add, select)
POOL2_INDEX_SCALAR_OPS = 4
#: ASSUMPTION: tensor shapes are the tutorial's; the per-call input / output bytes (graph headers' dimensions)
IO_BYTES = {
    "conv2d_w1": (28 * 32 * SAMPLE_BYTES, 26 * 32 * 16 * SAMPLE_BYTES),
    "max_pooling2d_w2": (26 * 32 * 16 * SAMPLE_BYTES, 13 * 16 * 16 * SAMPLE_BYTES),
    "conv2d_w3": (13 * 16 * 16 * SAMPLE_BYTES, 11 * 16 * 64 * SAMPLE_BYTES),
    "max_pooling2d_w4": (11 * 16 * 64 * SAMPLE_BYTES, 5 * 8 * 64 * SAMPLE_BYTES),
    "conv2d_w5": (5 * 8 * 64 * SAMPLE_BYTES, 3 * 8 * 128 * SAMPLE_BYTES),
    "dense_w7": (3 * 8 * 128 * SAMPLE_BYTES, 16 * SAMPLE_BYTES),
}


#: BUFFER_PORT_CHANGE (made AFTER the blind C39 comparison, 2026-12-07; validation/cases_c39.py docstring): loads of one
#: trip that read the same buffer issue one per cycle (they are counted on one load port, ``SlotUse.load_a``, the
#: other buffer's on ``load_b``), because two loads in one cycle must hit different memory banks (UG1076 "memory
#: conflicts", aieml-facts 2.2: software view 4 banks of 256 bits, 16 KB each) and two iterators into one buffer
#: cannot be proven to reach different banks. INFERENCE (the compiler's bank model is not public), supported by the
#: tutorial's own text: max_pooling2d_w2's 16 loads from its one input buffer are "perfect at II=16". False: the
#: blind model (every load on either unit).
BUFFER_PORT_CHANGE = True
#: W3_TT_LOOP_CHANGE (made AFTER the blind C39 comparison, 2026-12-07): conv2d_w3's two 3-trip kernel-row loops are
#: software-pipelined hardware loops, not unrolled. Source: the tutorial's README (@399f09bd) "A loop II=12 cycles is
#: achieved for 12 MAC operations": the 12-MAC body is the kernel-row loop's, so the compiler (chess) kept it as a
#: loop (llvm-aie's UNROLL_MAX_TRIPS rule of kernels.kernel_io would unroll it). Applied to conv2d_w3 only: the README
#: states no such loop for conv2d_w5. False: the blind model (unrolled).
W3_TT_LOOP_CHANGE = True


def softfloat_add_cycles(t: CoreTiming = AIE_ML_CORE) -> int:
    """The scalar bfloat16 bias add: compiler-rt ``__addsf3`` (kernels.softfloat, SOFTFLOAT_COST_CHANGE), else
    :data:`SOFT_FLOAT_ADD_CYCLES`."""
    return softfloat.addsf3_cycles(t) if softfloat.SOFTFLOAT_COST_CHANGE else SOFT_FLOAT_ADD_CYCLES


def NOINLINE_CALL_CYCLES(t: CoreTiming = AIE_ML_CORE) -> int:
    """ASSUMPTION: JL and RET of a noinline function, each with its delay slots unfilled, plus the two branches."""
    return 2 * (t.branch_delay_slots + 1)


def GRAB_WTS_CYCLES(t: CoreTiming = AIE_ML_CORE) -> int:
    """ASSUMPTION: ``if (state == 0)`` of grab_wts: scalar load, compare, branch with its delay slots."""
    return t.scalar_load_latency + t.scalar_alu_latency + t.branch_delay_slots + 1


@dataclass(frozen=True)
class Loop:
    """One loop of a kernel: trips, II, depth (one trip's critical path), pipelined, slots of one trip."""
    name: str
    trips: int
    ii: int
    depth: int
    pipelined: bool = True
    slots: SlotUse = field(default_factory=SlotUse)
    recurrence: int = 0

    def cycles(self, t: CoreTiming = AIE_ML_CORE) -> int:
        setup = (pipelined_loop_setup_cycles(self.trips, self.ii, self.depth, t) if self.pipelined
                 else loop_setup_cycles(t, self.trips))
        return loop_cycles(self.trips, self.ii, self.depth, self.pipelined) + setup


@dataclass(frozen=True)
class LayerCost:
    """Cycles of one call of a layer kernel and the loops it is made of."""
    layer: str
    cycles: int                 # one call, ADF wrapper included
    loops: tuple                # Loop, innermost pipelined loops
    detail: str = ""

    def loop(self, name: str) -> Loop:
        for lp in self.loops:
            if lp.name == name:
                return lp
        raise KeyError(name)


def _loop(name, trips, slots, depth, t, recurrence=0) -> Loop:
    ii = resource_ii(slots, t, recurrence)
    return Loop(name, trips, ii, depth, True, slots, recurrence)


# --- conv2d_w1 --------------------------------------------------------------------------------------------------
W1_ROWS = W1_COLS = 26
W1_TAPS = 9
W1_ACCS = 3
W1_ACC_ADDS = 3
W1_PAD_STORES = 6
W1_ROW_LOADS = 6


def _loads(one_buffer: int, other_buffer: int = 0) -> SlotUse:
    """Loads of one trip from one buffer and from another (:data:`BUFFER_PORT_CHANGE`)."""
    if BUFFER_PORT_CHANGE:
        return SlotUse(load_a=one_buffer, load_b=other_buffer)
    return SlotUse(load_any=one_buffer + other_buffer)


def conv2d_w1_trip_slots() -> SlotUse:
    """One output-column trip: 9 weight loads (one buffer), 9 broadcasts + the ReLU max, 9 MACs + 3 accumulator
    adds, one conversion, one store."""
    return _loads(W1_TAPS) + SlotUse(vector_alu=W1_TAPS + 1, mac=W1_TAPS + W1_ACC_ADDS, move=1, store=1)


def conv2d_w1(t: CoreTiming = AIE_ML_CORE) -> LayerCost:
    per_acc = W1_TAPS // W1_ACCS
    depth = critical_path((1, t.vload_latency), (1, t.vector_alu_latency),
                          (1 + (per_acc - 1) * t.bf16_acc_chain_ii, t.bf16_vmac_latency),
                          (1, t.bf16_vmac_latency), (1, t.bf16_vmac_latency),       # two levels of adds
                          (1, t.conv_latency), (1, t.vector_alu_latency), (1, 0))
    inner = _loop("cc", W1_COLS, conv2d_w1_trip_slots(), depth, t)
    row_pre = critical_path((W1_ROW_LOADS // t.load_slots, t.vload_latency), (1, 0)) - 1
    outer_trip = row_pre + inner.cycles(t) + W1_PAD_STORES
    bias = critical_path((1, t.vload_latency), (1, t.ups_latency), (1, 0))
    body = GRAB_WTS_CYCLES(t) + bias + W1_ROWS * outer_trip + loop_setup_cycles(t, W1_ROWS)
    cyc = body + adf_call_overhead(t, 3)
    return LayerCost("conv2d_w1", cyc, (inner,),
                     f"cc loop II {inner.ii} depth {depth} ({inner.cycles(t)} cycles), row {outer_trip}, "
                     f"26 rows, call {cyc}")


# --- max pooling --------------------------------------------------------------------------------------------------
POOL_LOADS, POOL_MAXES, POOL_STORES = 16, 6, 4


def pool_depth(t: CoreTiming = AIE_ML_CORE) -> int:
    """16 loads -> two levels of max (4 then 2 ops) -> 4 stores."""
    return critical_path((POOL_LOADS // t.load_slots, t.vload_latency), (4, t.vector_alu_latency),
                         (2, t.vector_alu_latency), (POOL_STORES, 0))


def max_pooling2d_w2(t: CoreTiming = AIE_ML_CORE) -> LayerCost:
    slots = _loads(POOL_LOADS) + SlotUse(vector_alu=POOL_MAXES, store=POOL_STORES, scalar=POOL2_INDEX_SCALAR_OPS)
    lp = _loop("rr", 52, slots, pool_depth(t), t)
    cyc = lp.cycles(t) + adf_call_overhead(t, 2)
    return LayerCost("max_pooling2d_w2", cyc, (lp,), f"rr loop 52 trips II {lp.ii} depth {lp.depth}, call {cyc}")


def max_pooling2d_w4(t: CoreTiming = AIE_ML_CORE) -> LayerCost:
    slots = _loads(POOL_LOADS) + SlotUse(vector_alu=POOL_MAXES, store=POOL_STORES)
    lp = _loop("pp", 8, slots, pool_depth(t), t)
    body = 5 * (lp.cycles(t) + 1) + loop_setup_cycles(t, 5)          # + the row offset add per row
    cyc = body + adf_call_overhead(t, 2)
    return LayerCost("max_pooling2d_w4", cyc, (lp,), f"pp loop 8 trips II {lp.ii} depth {lp.depth}, 5 rows, "
                                                     f"call {cyc}")


# --- conv2d_w3 / w5 -----------------------------------------------------------------------------------------------
def _bias_setup(t: CoreTiming) -> int:
    """4 scalar bias loads, 4 broadcasts, the shuffle (conv2d_w3 / w5, per output-channel group)."""
    return critical_path((2, t.scalar_load_latency), (4, t.vector_alu_latency), (1, t.vector_alu_latency), (1, 0))


W3_ROWS, W3_OC_GROUPS, W3_TT, W3_HALVES = 11, 16, 3, 2
def _w3_step() -> SlotUse:
    """One kernel-row step (one tt trip): 8 data + 6 weight loads, 8 shuffles, 12 MACs."""
    return _loads(8, 6) + SlotUse(vector_alu=8, mac=12)



W3_MACS_PER_ACC_STEP = 3


def conv2d_w3(t: CoreTiming = AIE_ML_CORE) -> LayerCost:
    steps = W3_TT * W3_HALVES
    unrolled = unrolled_inner_loop(W3_TT) and not W3_TT_LOOP_CHANGE
    tail_alu = 4                                                    # ReLU max per accumulator
    if unrolled:
        slots = _w3_step().scaled(steps) + SlotUse(load_any=4, vector_alu=4 + 1 + tail_alu, move=4 + 4, store=4)
        chain = steps * W3_MACS_PER_ACC_STEP
        depth = critical_path((1, t.scalar_load_latency), (1, t.vector_alu_latency), (1, t.vector_alu_latency),
                              (1, t.ups_latency), (1 + (chain - 1) * t.bf16_acc_chain_ii, t.bf16_vmac_latency),
                              (1, t.conv_latency), (1, t.vector_alu_latency), (4, 0))
        lp = _loop("oc", W3_OC_GROUPS, slots, depth, t)
        row = lp.cycles(t) + 1
        step_ii = -(-lp.ii // steps)
        loops = (lp,)
    else:                                                           # W3_TT_LOOP_CHANGE: kernel-row loops kept
        depth = critical_path((1, t.vload_latency), (1, t.vector_alu_latency),
                              (1 + (W3_MACS_PER_ACC_STEP - 1) * t.bf16_acc_chain_ii, t.bf16_vmac_latency))
        lp = _loop("tt", W3_TT, _w3_step(), depth, t, recurrence=W3_MACS_PER_ACC_STEP * t.bf16_acc_chain_ii)
        oc_trip = _bias_setup(t) + 4 + W3_HALVES * lp.cycles(t) + critical_path(
            (4, t.conv_latency), (4, t.vector_alu_latency), (4, 0))
        row = W3_OC_GROUPS * oc_trip + loop_setup_cycles(t, W3_OC_GROUPS) + 1
        step_ii = lp.ii
        loops = (lp,)
    body = GRAB_WTS_CYCLES(t) + W3_ROWS * row + loop_setup_cycles(t, W3_ROWS)
    cyc = body + adf_call_overhead(t, 3)
    return LayerCost("conv2d_w3", cyc, loops,
                     f"kernel-row loops {'unrolled' if unrolled else 'pipelined'}; {loops[0].name} loop II "
                     f"{loops[0].ii} depth {loops[0].depth}; per 12-MAC step {step_ii}; row {row}, call {cyc}")


def conv2d_w3_step_ii(t: CoreTiming = AIE_ML_CORE) -> int:
    """Cycles of one 12-MAC kernel-row step (the README's "loop II")."""
    c = conv2d_w3(t)
    lp = c.loops[0]
    return -(-lp.ii // (W3_TT * W3_HALVES)) if lp.name == "oc" else lp.ii


W5_ROWS, W5_OC_GROUPS, W5_IC_GROUPS, W5_TT, W5_ACCS = 3, 8, 8, 3, 6
def _w5_step() -> SlotUse:
    """One kernel-row step: 4 data + 6 weight loads, 4 shuffles, 6 MACs."""
    return _loads(4, 6) + SlotUse(vector_alu=4, mac=6)



W5_BLOCK_VECTORS = 768 // VEC                                       # 48 vectors of one tile's outputs


def _conv2d_w5_filter(t: CoreTiming) -> tuple[int, Loop]:
    unrolled = unrolled_inner_loop(W5_TT)
    steps = W5_TT if unrolled else 1
    slots = _w5_step().scaled(steps)
    rec = steps * t.bf16_acc_chain_ii                               # each accumulator: one MAC per step
    depth = critical_path((1, t.vload_latency), (1, t.vector_alu_latency),
                          (1 + (steps - 1) * t.bf16_acc_chain_ii, t.bf16_vmac_latency))
    lp = _loop("ic" if unrolled else "tt", W5_IC_GROUPS if unrolled else W5_TT, slots, depth, t, recurrence=rec)
    inner = lp.cycles(t) if unrolled else W5_IC_GROUPS * (lp.cycles(t) + 1) + loop_setup_cycles(t, W5_IC_GROUPS)
    tail = critical_path((2, t.ups_latency), (2, t.bf16_vmac_latency), (2, t.bf16_vmac_latency),
                         (2, t.conv_latency), (2, t.vector_alu_latency), (2, 0))
    oc_trip = max(_bias_setup(t), W5_ACCS) + inner + tail           # bias beside the 6 zeroings (move slot)
    body = W5_ROWS * (W5_OC_GROUPS * oc_trip + loop_setup_cycles(t, W5_OC_GROUPS) + 1) + loop_setup_cycles(t, W5_ROWS)
    return body, lp


def _stream_vector_loop(trips: int, read: bool, write: bool, t: CoreTiming) -> int:
    """A pipelined loop moving ``trips`` vectors of 16 bf16: from the input stream (8 words, one per cycle) or a
    256-bit load, to the output stream (:func:`~aiesim_py.isa.timing.stream_write` of 8 words) or a store."""
    words = VEC * SAMPLE_BYTES // STREAM_WORD_BYTES
    if write:
        slots, least = stream_write(words)
    else:
        slots, least = SlotUse(store=1), 1
    if not read:
        slots = slots + SlotUse(load_any=1)
    ii = max(resource_ii(slots, t), least, words if read else 1)
    depth = (words if read else t.vload_latency) + (words if write else 1)
    return loop_cycles(trips, ii, depth, True) + pipelined_loop_setup_cycles(trips, ii, depth, t)


def conv2d_w5(part: str, t: CoreTiming = AIE_ML_CORE) -> LayerCost:
    if part not in "ABCD" or len(part) != 1:
        raise ValueError(f"conv2d_w5: part must be one of A, B, C, D, got {part!r}")
    filt, lp = _conv2d_w5_filter(t)
    n = W5_BLOCK_VECTORS
    if part == "A":
        pas = _stream_vector_loop(n, False, True, t)
        buffers = 2
    elif part in "BC":
        fwd = {"B": 1, "C": 2}[part]
        pas = _stream_vector_loop(fwd * n, True, True, t) + _stream_vector_loop(n, False, True, t)
        buffers = 2
    else:
        pas = 3 * _stream_vector_loop(n, True, False, t)
        copy_depth = t.vload_latency + 1
        copy = loop_cycles(VEC, 1, copy_depth, True) + pipelined_loop_setup_cycles(VEC, 1, copy_depth, t)
        pas += W5_ROWS * (4 * copy + 1) + loop_setup_cycles(t, W5_ROWS)
        buffers = 3
    body = GRAB_WTS_CYCLES(t) + 2 * NOINLINE_CALL_CYCLES(t) + filt + pas
    cyc = body + adf_call_overhead(t, buffers)
    return LayerCost(f"conv2d_w5{part}", cyc, (lp,),
                     f"{lp.name} loop II {lp.ii} depth {lp.depth}; filter {filt}, pass {pas}, call {cyc}")


# --- dense_w7 -----------------------------------------------------------------------------------------------------
D7_OUT, D7_IC_TRIPS, D7_ACCS = 10, 9, 4


def _reduce16(t: CoreTiming, add: bool) -> list[tuple[int, int]]:
    op = (1, t.bf16_vmac_latency) if add else (1, t.vector_alu_latency)
    return [(1, t.vector_alu_latency), op] * 4 + [(1, t.vector_extract_latency)]   # the lane-0 extract last


def dense_w7(t: CoreTiming = AIE_ML_CORE) -> LayerCost:
    # flatten: 3 rows x 24 vector copies
    copy = loop_cycles(24, 1, t.vload_latency + 1, True) + pipelined_loop_setup_cycles(24, 1, t.vload_latency + 1, t)
    flatten = 3 * (copy + 1) + loop_setup_cycles(t, 3)
    # fully connected
    slots = _loads(8, 8) + SlotUse(mac=D7_ACCS)
    depth = critical_path((8, t.vload_latency), (1, t.bf16_vmac_latency))
    lp = _loop("ic", D7_IC_TRIPS, slots, depth, t, recurrence=t.bf16_acc_chain_ii)
    tail = critical_path((2, t.bf16_vmac_latency), (1, t.bf16_vmac_latency), (1, t.conv_latency),
                         *_reduce16(t, add=True), (1, softfloat_add_cycles(t)), (1, 0))
    oc_trip = D7_ACCS + lp.cycles(t) + tail                                 # 4 accumulator zeroings (move)
    fc = D7_OUT * oc_trip + loop_setup_cycles(t, D7_OUT)
    # softmax (straight line)
    sm = critical_path((1, t.vload_latency), *_reduce16(t, add=False), (1, t.vector_alu_latency),
                       (1, t.ups_latency), (1, t.bf16_vmac_latency), (1, t.conv_latency), (1, t.bf16_vmac_latency),
                       (1, t.conv_latency), (1, t.conv_latency), (1, t.vector_alu_latency), (1, t.srs_latency),
                       (4, t.vector_alu_latency), *_reduce16(t, add=True), (1, _softmax.scalar_inv_cycles(t)),
                       (1, t.vector_alu_latency), (1, t.bf16_vmac_latency), (1, 0))
    body = GRAB_WTS_CYCLES(t) + 3 * NOINLINE_CALL_CYCLES(t) + flatten + fc + sm
    cyc = body + adf_call_overhead(t, 3)
    return LayerCost("dense_w7", cyc, (lp,),
                     f"flatten {flatten}, fully_connected {fc} (ic II {lp.ii} depth {lp.depth}, per output "
                     f"{oc_trip}), softmax {sm}, call {cyc}")


def layer_cost(layer: str, t: CoreTiming = AIE_ML_CORE) -> LayerCost:
    """Cost of one call of ``layer`` (one of :data:`LAYERS`)."""
    if layer == "conv2d_w1":
        return conv2d_w1(t)
    if layer == "max_pooling2d_w2":
        return max_pooling2d_w2(t)
    if layer == "conv2d_w3":
        return conv2d_w3(t)
    if layer == "max_pooling2d_w4":
        return max_pooling2d_w4(t)
    if layer.startswith("conv2d_w5") and len(layer) == 10:
        return conv2d_w5(layer[-1], t)
    if layer == "dense_w7":
        return dense_w7(t)
    raise ValueError(f"mnist_convnet: unknown layer {layer!r}; known: {LAYERS}")
