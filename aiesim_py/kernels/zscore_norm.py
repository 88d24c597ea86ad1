"""bfloat16 z-score normalisation kernels of AMD Vitis-Tutorials AIE-ML feature tutorial 13-aie-ml-performance-analysis
(``mean`` / ``deviation`` / ``norm`` of its version 2, ``mean_dev_norm_first`` / ``_middle`` / ``_last`` of its
versions 3 and 4), AIE-ML.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis-Tutorials
AI_Engine_Development/AIE-ML/Feature_Tutorials/13-aie-ml-performance-analysis/normalization_v2/aie/{mean,deviation}.cc,
normalization_v1/aie/norm.cc (v2 uses the same norm kernel, README "similar concept"), normalization_v3/aie/
mean_dev_norm_{first,middle,last}.cc and normalization_v4/aie/mean_dev_norm_middle.cc (the same source as v3): every
kernel reads one ``input_buffer<bfloat16>`` of ``K_COL x K_ROW`` = 256 x 64 samples (32 KiB) through an
``aie::begin_vector<32>`` iterator, in loop nests ``for i < K_ROW (64) { for j < K_COL / 32 (8) { ... } }`` of
32-lane vectors (512 trips per pass over the buffer), with three loop bodies:

* mean pass: ``acc = aie::add(acc, *in++)`` into one ``aie::accum<accfloat, 32>`` carried over all trips;
* deviation pass: ``tmp = aie::sub(*in++, vm)`` (bf16 vector minus the broadcast mean), ``aie::mul(tmp, tmp)``,
  ``acc = aie::add(acc, ..)`` into the carried accfloat accumulator;
* norm pass: ``aie::sub(*in++, vm)``, ``aie::div(.., dev)`` by a bfloat16 scalar, stored through an output
  ``begin_vector<32>`` iterator to the ``output_buffer<bfloat16>`` (32 KiB).

Roles: ``mean`` (v2: mean pass; the accumulator round-trips a static float[32] each call; the REPEAT-th call reduces
and writes the async output), ``deviation`` (v2: deviation pass, same static accumulator), ``norm`` (v2: norm pass);
``first`` (mean pass, cascade write of the 32-lane accfloat partial, stream read of the mean, deviation pass, cascade
write, stream read of the deviation, norm pass), ``middle`` (as first, with a cascade read and add after each of the
two accumulating passes), ``last`` (cascade read and add, ``reduce_add``, the float divisions ``/ ROW / COL / NUM``,
bf16 conversion and a stream write of the mean; deviation pass, cascade read, ``reduce_add``, divisions, ``sqrtf``,
the 1e-5 floor compare, stream write of the deviation; norm pass). ``chess_separator_scheduler()`` separates the
passes (no overlap between them).

Cost per 32-lane trip, slot model of :mod:`aiesim_py.isa.timing` (the bf16 ops as kernels.softmax / kernels.cumsum
take them: a bf16 load converted into an accfloat accumulator, VLDA.CONV, 16 lanes per 256-bit load; VADD.f /
VSUB.f / VMUL.f on the MAC slot, 16 fp32 lanes per op; an accfloat -> bf16 conversion to a register in the move
slot, into a store as VST.CONV):

* mean: 2 VLDA.CONV (load A), 2 VADD.f (one per 16-lane half of the accumulator); each half is a loop-carried
  chain: II = max(2, ``bf16_acc_chain_ii`` 4) = 4.
* deviation: 2 VLDA.CONV, 2 VSUB.f (minus the mean, broadcast and converted once before the pass), 2 conversions
  of ``tmp`` to bf16 (move: ``aie::sub`` of two bf16 vectors returns a bf16 vector), 2 VMUL.f (``tmp * tmp``), 2
  VADD.f into the carried accumulator: 6 MAC-slot ops, II = max(6, 4) = 6. ASSUMPTION: the multiply and the add
  stay two ops (not fused into a VMAC.f: the source asks for a rounded product, then a sum).
* norm: 2 VLDA.CONV, 2 VSUB.f, 2 conversions to bf16 (move), 2 VMUL.f by the deviation's inverse, 2 VST.CONV
  (store): II = 4. ASSUMPTION: ``aie::div`` of a floating-point vector by a scalar is a multiplication by the
  scalar's inverse, the inverse computed once before the loop (loop invariant; the AIE API's aie2 ``div`` was not
  read).

Loops: the 8-trip ``j`` loop is the software-pipelined hardware loop (8 > kernel_io.UNROLL_MAX_TRIPS), the 64-trip
``i`` loop a plain loop around it (set-up, fill and drain per ``i`` trip), the rule of kernels.cumsum.

Straight-line parts (:func:`phase_parts`): accumulator init from a 128-byte float array (4 loads, as
``acc.from_vector(load_v<32>(zero))``), the cascade write of the 32-lane accfloat (two 512-bit words, move slot),
the cascade read and add (two SCD, ``cascade_read_latency``, two VADD.f), the stream read of one bf16 (scalar,
``scalar_load_latency`` ASSUMED as its latency) and its broadcast and conversion; the last kernel's reductions:
``to_vector<float>``, ``reduce_add`` of 32 lanes as 5 rounds of a shuffle and a VADD.f, the extract, then on the
scalar unit the float ``/ 64 / 256`` (ASSUMED turned into exact multiplications by powers of two, two soft-float
multiplies) and ``/ 6`` (one soft-float division), ``sqrtf``, the bf16 conversion and the floor compare. ASSUMPTION
(no source read): AIE-ML's scalar unit has no floating-point unit (as kernels.softmax assumes); the soft-float
routines cost :data:`SOFT_FLOAT_MUL_CYCLES`, :data:`SOFT_FLOAT_DIV_CYCLES`, :data:`SOFT_SQRTF_CYCLES`,
:data:`SOFT_FLOAT_MISC_CYCLES` (conversion, compare) each, unsourced round numbers. SOFTFLOAT_COST_CHANGE
(:mod:`aiesim_py.kernels.softfloat`, helper softfloat, session 16; False restores the figures above exactly): the tail's
float multiplies and division cost the op counts of compiler-rt's ``__mulsf3`` / ``__divsf3`` (the routines
Xilinx/llvm-aie links for AIE2 scalar floats; derived, labelled there) instead of 20 / 40; ``sqrtf``, the conversion
and the compare keep their round numbers (libm's ``sqrtf`` not counted), and so does ``1 / dev`` before the norm pass
(:data:`SOFT_FLOAT_DIV_CYCLES`: the AIE API's aie2 ``aie::div`` of a bf16 vector by a scalar was not read, it may be
the bf16 vector inverse of kernels.softfloat.bf16_scalar_inv_cycles rather than a division).

:func:`zscore_norm_cycles` gives the cycles of one call with no stall (no wait on the cascade or the stream): the
tutorial's six-kernel graphs wait on each other, which validation/cases_c37.py schedules from :func:`phase_parts`.
The v2 roles give a call that is not the REPEAT-th (no reduction, the static accumulator loaded and stored).

No functional model: :data:`TEMPLATE` is None. The optimisation level is not a parameter: the model is of the
default ``--xlopt`` (the tutorial's v1..v3 build with ``--xlopt=0``; its README notes the kernels are faster at the
default level of v4).
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         pipelined_loop_setup_cycles, nest_spacing)
from aiesim_py.kernels import softfloat

TEMPLATE = None
KIND = "zscore_norm"
LANES = 32                      # aie::vector<bfloat16, 32> per trip
OP_LANES = 16                   # fp32 lanes of one VADD.f / VSUB.f / VMUL.f, bf16 lanes of one 256-bit VLDA.CONV
SAMPLE_BYTES = 2
ROLES = ("mean", "deviation", "norm", "first", "middle", "last")
#: bf16 load converted to an accfloat accumulator -> the VADD.f / VSUB.f that reads it (kernels.cumsum / softmax)
LDA_CONV_TO_ACC_ADD = 5
#: ASSUMPTIONS (module docstring, no source): soft-float routine cycles on the AIE-ML scalar unit
SOFT_FLOAT_MUL_CYCLES = 20
SOFT_FLOAT_DIV_CYCLES = 40
SOFT_SQRTF_CYCLES = 60
SOFT_FLOAT_MISC_CYCLES = 8
#: ASSUMPTION: straight-line ops of the call's set-up (iterators, modes) and between passes (iterator rewind)
PROLOGUE_OPS = 4
BETWEEN_PASS_OPS = 2


@dataclass(frozen=True)
class ZscoreNormParams:
    """One kernel of the tutorial.

    Attributes:
        role: one of :data:`ROLES`.
        cols: ``K_COL`` (a multiple of 32), 256 in the tutorial.
        rows: ``K_ROW``, 64 in the tutorial.
    """
    role: str = "first"
    cols: int = 256
    rows: int = 64

    def __post_init__(self):
        if self.role not in ROLES:
            raise ValueError(f"zscore_norm: role must be one of {ROLES}, got {self.role!r}")
        if not isinstance(self.cols, int) or self.cols < LANES or self.cols % LANES:
            raise ValueError(f"zscore_norm: cols (K_COL) must be a multiple of {LANES}, got {self.cols!r}")
        if not isinstance(self.rows, int) or self.rows < 1:
            raise ValueError(f"zscore_norm: rows (K_ROW) must be a positive integer, got {self.rows!r}")

    @property
    def inner_trips(self) -> int:
        return self.cols // LANES

    @property
    def buffer_bytes(self) -> int:
        return self.cols * self.rows * SAMPLE_BYTES

    def ports(self) -> tuple[KernelPort, ...]:
        ports = [KernelPort("in", "buffer", self.buffer_bytes)]
        if self.role in ("norm", "first", "middle", "last"):
            ports.append(KernelPort("out", "buffer", self.buffer_bytes))
        return tuple(ports)


@dataclass(frozen=True)
class PassOps:
    slots: SlotUse
    depth: int
    recurrence: int = 0


def pass_ops(kind: str, t: CoreTiming = AIE_ML_CORE) -> PassOps:
    """One 32-lane trip of the ``mean`` / ``deviation`` / ``norm`` pass (module docstring)."""
    n = LANES // OP_LANES
    if kind == "mean":
        return PassOps(SlotUse(load_a=n, mac=n), critical_path((n, LDA_CONV_TO_ACC_ADD), (n, 0)),
                       recurrence=t.bf16_acc_chain_ii)
    if kind == "deviation":
        return PassOps(SlotUse(load_a=n, mac=3 * n, move=n),
                       critical_path((n, LDA_CONV_TO_ACC_ADD), (n, t.bf16_vmac_latency), (n, t.conv_latency),
                                     (n, t.bf16_vmac_latency), (n, 0)),
                       recurrence=t.bf16_acc_chain_ii)
    if kind == "norm":
        return PassOps(SlotUse(load_a=n, mac=2 * n, move=n, store=n),
                       critical_path((n, LDA_CONV_TO_ACC_ADD), (n, t.bf16_vmac_latency), (n, t.conv_latency),
                                     (n, t.bf16_vmac_latency), (n, 0)))
    raise ValueError(f"zscore_norm: no pass {kind!r}")


def pass_cycles(p: ZscoreNormParams, kind: str, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int, int]:
    """(cycles, II, depth) of one pass over the buffer: ``rows`` plain trips of the pipelined ``cols / 32`` loop."""
    o = pass_ops(kind, t)
    ii = resource_ii(o.slots, t, recurrence=o.recurrence)
    per_row = (loop_cycles(p.inner_trips, ii, o.depth, pipelined=True)
               + pipelined_loop_setup_cycles(p.inner_trips, ii, o.depth, t))
    return p.rows * per_row + loop_setup_cycles(t, p.rows), ii, o.depth


def _reduce_to_scalar(t: CoreTiming) -> list[tuple[int, int]]:
    """to_vector<float>, reduce_add of 32 lanes (5 rounds of shuffle + VADD.f), the lane-0 extract."""
    return [(1, t.conv_latency)] + [(1, t.vector_alu_latency), (1, t.bf16_vmac_latency)] * 5 \
        + [(1, t.vector_alu_latency)]


def phase_parts(p: ZscoreNormParams, t: CoreTiming = AIE_ML_CORE) -> dict[str, int]:
    """Cycles of each straight-line part and pass of one call (module docstring); keys used by
    validation/cases_c37.py's schedule of the cascaded graph."""
    acc_init = critical_path((2, t.vload_latency), (2, 0))                # 4 loads over the two load units
    stream_in = critical_path((1, t.scalar_load_latency), (1, t.vector_alu_latency), (1, t.conv_latency))
    parts = {
        "prologue": PROLOGUE_OPS,
        "between": BETWEEN_PASS_OPS,
        "acc_init": acc_init,
        "stream_in": stream_in,                                           # read, broadcast, to accfloat
        "broadcast": critical_path((1, t.vector_alu_latency), (1, t.conv_latency)),   # a held scalar's broadcast
        "cascade_write": critical_path((2, t.cascade_write_latency)),
        "cascade_read_add": critical_path((2, t.cascade_read_latency), (2, t.bf16_vmac_latency)),
        "mean_pass": pass_cycles(p, "mean", t)[0],
        "deviation_pass": pass_cycles(p, "deviation", t)[0],
        "norm_pass": pass_cycles(p, "norm", t)[0],
        "static_acc_store": critical_path((1, t.conv_latency), (4, 0)),   # v2: to_vector<float>, 4 x 256-bit stores
    }
    reduce_ = _reduce_to_scalar(t)
    # SOFTFLOAT_COST_CHANGE (kernels.softfloat): the float multiplies / division as compiler-rt op counts
    fmul, fdiv = softfloat.mulsf3_cycles(t), softfloat.divsf3_cycles(t)
    parts["mean_tail"] = critical_path(*reduce_, (2, fmul), (1, fdiv),
                                       (1, SOFT_FLOAT_MISC_CYCLES), (1, 0))          # .. bf16, stream write
    parts["dev_tail"] = critical_path(*reduce_, (2, fmul), (1, fdiv),
                                      (1, SOFT_SQRTF_CYCLES), (2, SOFT_FLOAT_MISC_CYCLES), (1, 0))
    parts["inverse"] = SOFT_FLOAT_DIV_CYCLES                                        # 1 / dev before the norm pass
    return parts


def stall_free_loop_cycles(p: ZscoreNormParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """The call's cycles inside the function, no wait on the cascade or the stream."""
    q = phase_parts(p, t)
    norm = q["between"] + q["inverse"] + q["norm_pass"]
    if p.role == "mean":
        return q["prologue"] + q["acc_init"] + q["mean_pass"] + q["static_acc_store"]
    if p.role == "deviation":
        return q["prologue"] + q["acc_init"] + q["broadcast"] + q["deviation_pass"] + q["static_acc_store"]
    if p.role == "norm":
        return q["prologue"] + q["broadcast"] + norm
    casc_in = q["cascade_read_add"] if p.role in ("middle", "last") else 0
    first_two = 2 * q["acc_init"] + q["mean_pass"] + q["deviation_pass"] + 2 * casc_in + q["between"]
    if p.role == "last":
        return q["prologue"] + first_two + 2 * q["broadcast"] + q["mean_tail"] + q["dev_tail"] + norm
    return q["prologue"] + first_two + 2 * q["cascade_write"] + 2 * q["stream_in"] + norm


def zscore_norm_cycles(p: ZscoreNormParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call with no stall (module docstring); ``function_cycles`` leaves out the wrapper's locks."""
    loop = stall_free_loop_cycles(p, t)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    kinds = {"mean": ("mean",), "deviation": ("deviation",), "norm": ("norm",)}.get(p.role,
                                                                                     ("mean", "deviation", "norm"))
    iis = [pass_cycles(p, k, t)[1] for k in kinds]
    depths = [pass_cycles(p, k, t)[2] for k in kinds]
    trips = len(kinds) * p.rows * p.inner_trips
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=max(iis),
                      depth_cycles=max(depths), trips=trips, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + loop - pass_cycles(p, kinds[-1], t)[0] + depths[-1],
                      trip_spacing_cycles=nest_spacing(loop, trips, max(depths)))
