"""bfloat16 softmax over ``classes`` values, stream in and out (AMD Vitis-Tutorials AIE-ML design tutorial
05-Softmax-Function, ``softmax_kernel::softmax``), AIE-ML.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis-Tutorials
AI_Engine_Development/AIE-ML/Design_Tutorials/05-Softmax-Function/aie-ml/src/softmax_kernel.cpp, softmax_kernel.h
and softmax_graph.h @f8405e7c: one kernel, ``input_stream<int16>`` and ``output_stream<int16>`` (bfloat16 bits), two
work buffers of ``BUFFSZ`` int16 in the kernel's tile (kernel parameters, no lock), and six loops over the
``BUFFSZ / 16`` vectors of 16 bfloat16, each ``chess_prepare_for_pipelining`` with a known trip count, separated by
``chess_separator()`` (six hardware loops one after the other, each with its own set-up, fill and drain):

1. ``readincr_v<16>`` of the input stream (16 int16 = 8 words; the AIE-ML core input stream moves one 32-bit word
   per cycle, AM020 "Interfaces", as kernels.widget_api_cast), ``aie::reduce_max`` of the vector, a scalar float
   compare-and-update of the running maximum, the vector stored to work buffer A;
2. load A, ``accum<accfloat>`` of it, ``sub`` of the broadcast maximum, ``to_vector<bfloat16>`` stored to B;
3. load B, ``aie::mac(b_acc, vecB, exp_S)`` (bf16 x bf16 into accfloat), ``to_vector<bfloat16>`` stored to A;
4. load A, ``to_fixed<int16>``, two compares and two selects (the [0, 16256] bounds), stored to B;
5. load B, ``aie::add`` into the accfloat ``accsum`` (carried from trip to trip);
6. (after ``reduce_add`` and ``aie::inv`` on the scalar side) load B, ``aie::mul`` by the scale factor,
   ``to_vector<bfloat16>``, ``writeincr`` of the 8 words to the output stream.

Cost per trip (:func:`loop_ops`), with the slot model of :mod:`aiesim_py.isa.timing` and the latencies kernels.cumsum
takes from Xilinx/llvm-aie AIE2Schedule.td:

* loop 1: 8 stream words (one per cycle); ``reduce_max`` of 16 lanes as log2(16) = 4 rounds of a lane shift /
  shuffle and a VMAX (8 vector-ALU ops, chain 4 x 2 x ``vector_alu_latency``; ASSUMPTION: the AIE API's aie2 reduction
  for bfloat16 was not read); the lane-0 extract (move slot); the float compare and select on the scalar unit as
  integer operations (ASSUMPTION: AIE-ML's scalar unit has no floating point; taken as an inlined integer sequence
  of :data:`SOFT_FLOAT_COMPARE_OPS` scalar ops, with the compare-select on the running maximum the loop-carried
  recurrence, 2 cycles, not as a library call); one store. II = max(8 stream words, 8 vector-ALU ops).
* loop 2: VLDA.CONV (bf16 load into accfloat, LDA_CONV_TO_ACC_ADD = 5), VSUB.f (MAC slot, as kernels.cumsum's
  VADD.f), VST.CONV: II 1, depth 5 + 6 + 1.
* loop 3: VLDA (7), VMAC.f (6), VST.CONV: II 1, depth 7 + 6 + 1.
* loop 4: VLDA (7), ``to_fixed<int16>`` as a bf16 -> accfloat conversion (move slot, ``conv_latency``), a
  float-to-fixed vector-ALU op and an SRS to int16 (move slot, ``srs_latency``) (ASSUMPTION: the AIE API's aie2
  ``to_fixed`` for bfloat16 was not read); ``lt``, ``select``, ``gt``, ``select`` (4 vector-ALU ops in a chain); one
  store. II 5 (vector ALU).
* loop 5: VLDA.CONV + VADD.f into the carried accumulator: II = ``bf16_acc_chain_ii`` (4).
* between 5 and 6 (straight-line): ``to_vector<bfloat16>`` of ``accsum`` (move), ``reduce_add`` as 4 rounds of a
  shuffle and a VADD.f, the extract, ``aie::inv`` of a scalar (ASSUMPTION: :data:`SCALAR_INV_CYCLES`, not read) and
  the broadcast of the factor. SOFTFLOAT_COST_CHANGE (:mod:`aiesim_py.kernels.softfloat`, session 16; False
  restores the 12): the AIE API's aie2 ``aie::inv`` of a bfloat16 scalar is the vector bf16 inverse run on a
  broadcast of it (detail/aie2/elementary.hpp ``elementary_bits_common_impl``, read), a chain of two vector-ALU
  ops, six bf16 MAC-slot ops, five conversions and the extract: :func:`scalar_inv_cycles`.
* loop 6: VLDA (7), VMUL.f by the broadcast factor (6), the accfloat -> bf16 conversion to a register (move slot,
  ``conv_latency``: there is no store to fuse it into), and :func:`~aiesim_py.isa.timing.stream_write` of 8 words:
  II = max(8 words + 1 multiply, the move slot's 8 extracts + 1 conversion) = 9.
* SOFTFLOAT_CALL_CHANGE (helper floatcall, session 12; made AFTER the blind C36 comparison, -53 % on the kernel;
  :data:`SOFTFLOAT_CALL_CHANGE` False restores the blind model exactly): loop 1's ``vmax > max_val`` is a call to a
  soft-float compare routine, and the loop holding it is not software-pipelined. Sources: UG1603 "Floating-Point
  Operations" ("The scalar unit of AI Engine-ML device has no floating-point hardware support"); Xilinx/llvm-aie
  ``AIE2LegalizerInfo.cpp`` (scalar ``G_FCMP`` custom, ``G_FADD`` / ``G_FMUL`` / ``G_FDIV`` s32 ``libcallFor``) and
  ``AIELegalizerHelper.cpp`` ``legalizeG_FCMP_FP32`` (an fp32 compare becomes a runtime-library call, ``RTLIB::OGT_F32``
  = compiler-rt ``__gtsf2``, and an integer compare of its result); Xilinx/llvm-aie PR #1017 ("Reject ZOL candidates
  that lower to libcalls": a loop with a library call is no hardware-loop candidate). ASSUMPTION: the aiecompiler
  (Chess) build the tutorial measured does the same (its soft-float library is not public). Cost per trip, one
  dependent chain (:func:`loop_ops`): the stream words, the reduction, the extract and the bf16 -> float shift, then
  the call: JL and its 5 delay slots (``branch_delay_slots``, PEANO-BASE; the argument moves in them), the routine's
  :data:`SOFT_FLOAT_GT_BUNDLES` bundles on the one scalar slot (RET issued 5 bundles before its end, its delay slots
  holding the routine's tail: assumption), the integer compare of the result and the select of the maximum
  (:data:`MAX_RECURRENCE`), the store. The other five loops are unchanged.
* call: the ADF wrapper with no buffer port (:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`), the
  set-up of the iterators, rounding / saturation modes and broadcasts (:data:`PROLOGUE_OPS`, straight-line).

No functional model: :data:`TEMPLATE` is None. The tutorial's only configuration is BUFFSZ 2048 (config.h is
generated by its MATLAB script, README "2048 classes").
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii, stream_write
from aiesim_py.kernels import softfloat
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         pipelined_loop_setup_cycles, nest_spacing)

TEMPLATE = None
KIND = "softmax"
LANES = 16                     # aie::vector<bfloat16, 16> per trip
SAMPLE_BYTES = 2               # int16 / bfloat16
STREAM_WORD_BYTES = 4          # one 32-bit core stream word per cycle (AM020 "Interfaces")
#: bf16 load converted to an accfloat accumulator -> the VADD.f / VSUB.f that reads it (kernels.cumsum)
LDA_CONV_TO_ACC_ADD = 5
#: ASSUMPTION (module docstring): scalar ops of the inlined float compare of loop 1 (sign fix of both operands,
#: integer compare, select)
SOFT_FLOAT_COMPARE_OPS = 4
#: ASSUMPTION: the loop-carried compare + select on the running maximum (two dependent scalar ops)
MAX_RECURRENCE = 2
#: SOFTFLOAT_CALL_CHANGE (module docstring; after the blind comparison): loop 1's float compare is a library call and
#: loop 1 is not pipelined. False: the blind model (inlined :data:`SOFT_FLOAT_COMPARE_OPS`, pipelined loop 1).
SOFTFLOAT_CALL_CHANGE = True
#: scalar-slot bundles of the soft-float ``a > b`` routine on its common path (both operands finite, not both zero),
#: counted from compiler-rt's ``__gtsf2`` (= ``__geXf2__``, as stored in Xilinx/llvm-aie's compiler-rt builtins):
#: two ANDs (absolute values), two compares with infinity and their OR, the OR of the absolute values and its zero
#: test, the AND of the operands and its sign test, the < and == compares and two selects of the -1 / 0 / 1 result
#: (13 ops), plus its three conditional branches one bundle each (delay slots filled by the next ops: ASSUMPTION).
#: One scalar op per bundle (aieml-facts "One bundle may hold at most ... 1 scalar op"). The routine the aiecompiler links is not public.
SOFT_FLOAT_GT_BUNDLES = 16
#: ASSUMPTION: cycles of ``aie::inv`` of one bfloat16 scalar (not read in the AIE API). Used only with
#: kernels.softfloat.SOFTFLOAT_COST_CHANGE False; True: :func:`aiesim_py.kernels.softfloat.bf16_scalar_inv_cycles`
#: (the AIE API's aie2 scalar bf16 inverse is the vector bf16 inverse on a broadcast, read).
SCALAR_INV_CYCLES = softfloat.OLD_SCALAR_INV_CYCLES
#: ASSUMPTION: straight-line ops before loop 1 (two mode-register writes, two iterator set-ups) and between the loops
#: (iterator rewinds, the maximum's and exp_B's broadcasts), one cycle each
PROLOGUE_OPS = 4
BETWEEN_LOOP_OPS = 2


@dataclass(frozen=True)
class SoftmaxParams:
    """The tutorial's softmax kernel.

    Attributes:
        classes: ``BUFFSZ``, the softmax length (a multiple of 16; the tutorial uses 2048).
    """
    classes: int = 2048

    def __post_init__(self):
        if not isinstance(self.classes, int) or self.classes < 2 * LANES or self.classes % LANES:
            raise ValueError(f"softmax: classes (BUFFSZ) must be a multiple of {LANES} of at least {2 * LANES}, "
                             f"got {self.classes!r}")

    @property
    def trips(self) -> int:
        """Trips of each of the six loops: ``BUFFSZ / 16``."""
        return self.classes // LANES

    @property
    def stream_words(self) -> int:
        """32-bit stream words per vector."""
        return LANES * SAMPLE_BYTES // STREAM_WORD_BYTES

    def ports(self) -> tuple[KernelPort, ...]:
        nbytes = self.classes * SAMPLE_BYTES
        return (KernelPort("in", "stream", nbytes), KernelPort("out", "stream", nbytes))


@dataclass(frozen=True)
class LoopOps:
    slots: SlotUse
    depth: int
    floor: int = 0          # stream words: cycles per trip at least
    recurrence: int = 0
    pipelined: bool = True  # False: a call in the body (SOFTFLOAT_CALL_CHANGE), each trip its whole depth


def loop_ops(p: SoftmaxParams, t: CoreTiming = AIE_ML_CORE, call: bool | None = None) -> tuple[LoopOps, ...]:
    """One trip of each of the six loops (module docstring); ``call`` (default :data:`SOFTFLOAT_CALL_CHANGE`): loop 1's
    float compare as a library call in an unpipelined loop."""
    call = SOFTFLOAT_CALL_CHANGE if call is None else call
    w = p.stream_words
    reduce_rounds = 4                                   # log2(16)
    if call:
        # SOFTFLOAT_CALL_CHANGE: JL (the routine's first bundle after its delay slots), the routine, the integer
        # compare of its result and the select of the maximum, the store; the trip is not overlapped (pipelined False)
        l1 = LoopOps(SlotUse(store=1, vector_alu=2 * reduce_rounds, move=1, scalar=1 + SOFT_FLOAT_GT_BUNDLES
                             + MAX_RECURRENCE),
                     critical_path((w, 0), (1, t.vector_alu_latency), (2 * reduce_rounds, t.vector_alu_latency),
                                   (1, t.vector_alu_latency), (1, t.scalar_alu_latency),
                                   (1, 1 + t.branch_delay_slots), (SOFT_FLOAT_GT_BUNDLES, t.scalar_alu_latency),
                                   (MAX_RECURRENCE, t.scalar_alu_latency), (1, 0)),
                     floor=w, recurrence=MAX_RECURRENCE, pipelined=False)
    else:
        l1 = LoopOps(SlotUse(store=1, vector_alu=2 * reduce_rounds, move=1, scalar=1 + SOFT_FLOAT_COMPARE_OPS),
                     critical_path((w, 0), (1, t.vector_alu_latency), (2 * reduce_rounds, t.vector_alu_latency),
                                   (1, t.vector_alu_latency), (1, t.scalar_alu_latency),
                                   (SOFT_FLOAT_COMPARE_OPS, t.scalar_alu_latency), (1, 0)),
                     floor=w, recurrence=MAX_RECURRENCE)
    l2 = LoopOps(SlotUse(load_a=1, mac=1, store=1), critical_path((1, LDA_CONV_TO_ACC_ADD), (1, t.bf16_vmac_latency),
                                                                   (1, 0)))
    l3 = LoopOps(SlotUse(load_a=1, mac=1, store=1), critical_path((1, t.vload_latency), (1, t.bf16_vmac_latency),
                                                                   (1, 0)))
    l4 = LoopOps(SlotUse(load_a=1, move=2, vector_alu=5, store=1),
                 critical_path((1, t.vload_latency), (1, t.conv_latency), (1, t.vector_alu_latency),
                               (1, t.srs_latency), (4, t.vector_alu_latency), (1, 0)))
    l5 = LoopOps(SlotUse(load_a=1, mac=1), critical_path((1, LDA_CONV_TO_ACC_ADD), (1, t.bf16_vmac_latency)),
                 recurrence=t.bf16_acc_chain_ii)
    sw, floor = stream_write(w, macs=1)
    l6 = LoopOps(SlotUse(load_a=1, mac=1, move=1) + sw,
                 critical_path((1, t.vload_latency), (1, t.bf16_vmac_latency), (1, t.conv_latency), (w, 0)),
                 floor=floor)
    return (l1, l2, l3, l4, l5, l6)


def scalar_inv_cycles(t: CoreTiming = AIE_ML_CORE) -> int:
    """``aie::inv`` of a bfloat16 scalar: :func:`aiesim_py.kernels.softfloat.bf16_scalar_inv_cycles` (SOFTFLOAT_COST_CHANGE;
    False gives :data:`SCALAR_INV_CYCLES`)."""
    return softfloat.bf16_scalar_inv_cycles(t)


def scalar_section_cycles(t: CoreTiming = AIE_ML_CORE) -> int:
    """Between loops 5 and 6: the sum's conversion, ``reduce_add`` (4 rounds of shuffle + VADD.f), the extract,
    ``aie::inv`` and the broadcast of the factor, one dependent chain."""
    return critical_path((1, t.conv_latency), *[(1, t.vector_alu_latency), (1, t.bf16_vmac_latency)] * 4,
                         (1, t.vector_alu_latency), (1, scalar_inv_cycles(t)), (1, t.vector_alu_latency))


def softmax_cycles(p: SoftmaxParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): six loops (loop 1 unpipelined under SOFTFLOAT_CALL_CHANGE), the scalar section, the set-up, the ADF wrapper."""
    loops, iis, depths = 0, [], []
    for ops in loop_ops(p, t):
        ii = max(resource_ii(ops.slots, t, recurrence=ops.recurrence), ops.floor)
        setup = (pipelined_loop_setup_cycles(p.trips, ii, ops.depth, t) if ops.pipelined
                 else loop_setup_cycles(t, p.trips))
        loops += loop_cycles(p.trips, ii, ops.depth, pipelined=ops.pipelined) + setup
        iis.append(ii)
        depths.append(ops.depth)
    straight = PROLOGUE_OPS + 5 * BETWEEN_LOOP_OPS + scalar_section_cycles(t)
    loop = loops + straight
    call = adf_call_overhead(t, 0)
    trips = 6 * p.trips
    last_setup = pipelined_loop_setup_cycles(p.trips, iis[-1], depths[-1], t)
    before_last = loop - (loop_cycles(p.trips, iis[-1], depths[-1], True) + last_setup)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=max(iis),
                      depth_cycles=max(depths), trips=trips, pipelined=True, function_cycles=loop + call,
                      first_output_cycles=call // 2 + before_last + last_setup + depths[-1],
                      trip_spacing_cycles=nest_spacing(loop, trips, max(depths)))
