"""Cost model of the dense kernel: cycles per call from the instruction schedule.

Split from :mod:`aiesim_py.kernels.dense` (the functional model and parameters); both faces
read the same :class:`~aiesim_py.kernels.dense.DenseParams`.
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from aiesim_py.arch.device import Device
from aiesim_py.isa.mmul import NATIVE_MMUL_SHAPES
from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, loop_cycles, resource_ii
from aiesim_py.kernels.dense import DenseParams

#: Vector-slot operations per output microtile of each extra conversion op
#: (``isa.apfixed.OPS`` lists the AIE API calls; SRS, compare and select are 1 each).
#: On AIE-ML an int8/int16 ``aie::upshift`` / ``downshift`` is a move into an accumulator
#: plus an SRS (aie_api ``detail/aie2/shift.hpp``): 2 vector operations each.
OP_VECTOR_OPS = {
    "clamp": 2, "wrap": 4, "zero_if_outside": 3, "shl": 2, "shl_clamp": 6,
    "shl_zero_if_outside": 5, "zero_if_overflow": 6, "wrap_sm": 8, "zero_if_acc_negative": 3,
}
SCHEDULES = ("overlapped", "sequential")


@dataclass(frozen=True)
class DenseSchedule:
    """How the kernel's loop nest is compiled: a real schedule difference, not a fitted factor.

    Attributes:
        schedule: ``"overlapped"``: the K loop is flattened (or fully unrolled, constant trip
            count) into a software-pipelined loop over output groups, so one group's init and
            finish overlap the next group's MACs and the pipeline fills once per call
            (XD100-PERF C1 kernels: ``chess_flatten_loop`` K loop in a
            ``chess_prepare_for_pipelining`` group loop; the per-layer cost of the hls4ml dense
            kernels of C3 grows with the MAC count alone). ``"sequential"``: each group runs
            its init, its own pipelined K loop (fill and drain every group) and its finish.
        expansion: (ra, rb) output microtiles per group (ra row blocks x rb column blocks);
            None: 2 x 2 where the shape allows, as the firmware template does.
        a_streams: A pointers rewound per group; None: ``ra`` (one per row block). 1 when
            the memory tile interleaves the ``ra`` A microtiles (C1 optimised kernel).
        bias: accumulators start from the bias (UPS); None: from the role; False: the first
            product is a VMUL (C1 kernels have no bias).
        out_bits: output element width override; None: ``DenseParams.out_bits``. 32 writes
            the acc32 lanes as int32 (C1), which the functional model does not produce.
    """
    schedule: str = "overlapped"
    expansion: tuple[int, int] | None = None
    a_streams: int | None = None
    bias: bool | None = None
    out_bits: int | None = None

    def __post_init__(self):
        if self.schedule not in SCHEDULES:
            raise ValueError(f"schedule must be one of {SCHEDULES}, got {self.schedule!r}")


DEFAULT_SCHEDULE = DenseSchedule()


@dataclass(frozen=True)
class DenseCost:
    """Cycles of one kernel call, split by where they go.

    ``total_cycles`` = ``mac_loop_cycles`` + ``group_overhead_cycles`` +
    ``call_overhead_cycles``; ``function_cycles`` leaves out the ADF wrapper's lock
    operations (what aiesimulator's "Total Function Time" reports).
    """
    total_cycles: int
    mac_loop_cycles: int
    group_overhead_cycles: int
    call_overhead_cycles: int
    loop_ii_cycles: int
    expansion: tuple[int, int]
    group_ii_cycles: int = 0          # cycles per output group in the steady state
    group_cycles: int = 0             # one group from its first load to its last store
    groups: int = 1
    schedule: str = "overlapped"
    finish_overlapped: bool = True    # outputs written while the next group computes
    function_cycles: int = 0
    chunk_cycles: int = 0             # streamed weights: cycles per weight chunk (0: resident)
    chunks: int = 1                   # weight chunks per call

    def efficiency(self, p: DenseParams, macs_per_cycle: int) -> float:
        """Useful MACs per cycle / peak (padding included in the MACs)."""
        return p.macs / (self.total_cycles * macs_per_cycle)


def _ceil(a: int, b: int) -> int:
    return -(-a // b)


def _type_bits(name: str) -> int | None:
    digits = "".join(ch for ch in name if ch.isdigit())
    return int(digits) if digits and name.lstrip("u").startswith("int") else None


def device_core_timing(device: Device) -> CoreTiming:
    """The core timing table the dense cost model uses on ``device``: ``isa.timing.AIE_ML_CORE``
    with the device's load / store widths (``[core]``) and MAC rates per type pair
    (``[mmul.*] macs_per_cycle``; one VMAC per cycle, AM020-SUM / API-MMUL).

    The one definition of a device's core table: the simulator's ``TimingParams.core`` and the
    compiler's search both use it. The call overhead is the device file's ``[timing]
    kernel_call_overhead_cycles``.
    On AIE-ML devices it equals ``AIE_ML_CORE``; on AIE-MLv2 (ve3858) the 512-bit load/store
    units (AM027-Interfaces) and the 512 int8 MACs per VMAC (aieml-facts 1.3) change the II;
    latencies stay the AIE2 ones of PEANO-SCHED (assumption, no AIE-MLv2 itinerary found).
    """
    return _core_timing(device.core, tuple(sorted((k, v.macs_per_cycle) for k, v in device.mmul.items())),
                        device.timing.kernel_call_overhead_cycles)


@functools.lru_cache(maxsize=64)
def _core_timing(core, mmul_rates, call_overhead_cycles: int) -> CoreTiming:
    rates = dict(AIE_ML_CORE.macs_per_vmac)
    for pair, macs_per_cycle in mmul_rates:
        a, _, b = pair.partition("x")
        a_bits, b_bits = _type_bits(a), _type_bits(b)
        if a_bits and b_bits:
            rates[(a_bits, b_bits)] = macs_per_cycle
    return dataclasses.replace(
        AIE_ML_CORE,
        load_slots=core.load_units, store_slots=core.store_units,
        load_bytes=core.load_bits // 8, store_bytes=core.store_bits // 8,
        vector_slots=core.vector_units, call_overhead_cycles=call_overhead_cycles,
        macs_per_vmac=tuple(rates.items()))


def is_native_shape(p: DenseParams, t: CoreTiming) -> bool:
    """Whether ``p``'s mmul shape runs as one native mode (no lane shuffles) on core ``t``:
    an AIE-ML native shape (API-MMUL, ``isa.mmul.NATIVE_MMUL_SHAPES``) or a shape whose
    M x K x N MACs fill exactly one VMAC of ``t`` (AIE-MLv2 int8 8x8x8 at 512 MACs per VMAC,
    API-MMUL ``aie2p/mmul_8_8.hpp``; on AIE-ML that shape takes two VMACs and is emulated)."""
    shape = (p.mmul_m, p.mmul_k, p.mmul_n)
    if shape in NATIVE_MMUL_SHAPES.get((p.a_type, p.w_type), []):
        return True
    if getattr(p, "arith", "int") == "bf16":
        return False
    return p.mmul_m * p.mmul_k * p.mmul_n == t.vmac_macs(p.a_bits, p.w_bits)


def dense_cycles(p: DenseParams, t: CoreTiming, schedule: DenseSchedule | None = None) -> DenseCost:
    """Cycles of one call from the instruction schedule (slot model of ``isa.timing``).

    Per K step of a group of ``ra x rb`` output microtiles: ``ra`` A microtiles on load
    port A, ``rb`` B microtiles on port B (32 bytes per load), ``ra * rb`` mmuls of
    ``ceil(M*K*N / MACs per VMAC)`` VMACs each on the MAC slot, plus one VSHUFFLE per VMAC on
    the vector-ALU slot when the shape is emulated (XD100-PERF listing of 4x16x8 int8).
    Each accumulator takes its VMACs one after the other: ``acc_chain_ii`` apart.
    Per group: init (bias row loads, row replication, UPS; or cascade reads), A pointer
    rewinds (an address-generator op on a load port), finish (SRS + ReLU/plan ops +
    stores, fused into VST.SRS when the SRS alone writes the output; or cascade writes).

    ``overlapped`` schedule: the group loop is software pipelined with
    ``II = max(slot totals of one group, accumulator chain)``; the finish overlaps the next
    group unless the vector registers cannot hold the operands in flight plus the outputs
    being converted (then the group pays its stores and conversion latency). ``sequential``:
    init, pipelined K loop (II per K step, fill every group), finish, one group at a time.
    A call adds the function overhead and the ADF wrapper's two lock operations.
    """
    s = schedule or DEFAULT_SCHEDULE
    if p.weight_chunk_n:
        return streamed_dense_cycles(p, t, s)
    mm, mk, mn = p.mmul_m, p.mmul_k, p.mmul_n
    if s.expansion is None:
        ra = 2 if (p.batch // mm) % 2 == 0 else 1
        rb = 2 if (p.n // mn) % 2 == 0 else 1
    else:
        ra, rb = s.expansion
        if (p.batch // mm) % ra or (p.n // mn) % rb:
            raise ValueError(f"expansion {s.expansion} does not divide the {p.batch // mm} x "
                             f"{p.n // mn} output microtiles")
    tiles = ra * rb
    trips = p.k // mk
    groups = (p.batch // (mm * ra)) * (p.n // (mn * rb))
    out_bits = s.out_bits or p.out_bits
    bias = p.has_bias if s.bias is None else s.bias
    acc_bits = 32
    lanes = mm * mn

    # --- one K step: loads per port, VMACs, shuffles of an emulated shape -------------------
    # bf16 x bf16 -> accfloat (VMAC.f: 128 MACs, latency 6, chain 4); its accfloat -> bf16
    # conversion is costed like an SRS fused into the store (VST.CONV, aieml-facts 3.6)
    bf16 = getattr(p, "arith", "int") == "bf16"
    vmacs = _ceil(mm * mk * mn, t.bf16_macs_per_vmac if bf16 else t.vmac_macs(p.a_bits, p.w_bits))
    native = is_native_shape(p, t)
    a_bytes, b_bytes = mm * mk * p.a_bits // 8, mk * mn * p.w_bits // 8
    step = SlotUse(load_a=ra * _ceil(a_bytes, t.load_bytes), load_b=rb * _ceil(b_bytes, t.load_bytes),
                   mac=tiles * vmacs, vector_alu=0 if native else tiles * vmacs)
    chain = vmacs * (t.bf16_acc_chain_ii if bf16 else t.acc_chain_ii)
    vmac_latency = t.bf16_vmac_latency if bf16 else t.vmac_latency
    k_ii = resource_ii(step, t, recurrence=chain)

    # --- init: bias rows (load, replicate, UPS) or cascade reads ----------------------------
    acc_words = _ceil(lanes * acc_bits // 8, t.cascade_bytes_per_cycle)   # 512-bit words per tile
    if p.reads_cascade:
        init = SlotUse(move=tiles * acc_words)
        init_latency = acc_words - 1 + t.cascade_read_latency     # a tile's words, one per cycle
    elif bias:
        init = SlotUse(load_any=rb * _ceil(mn * 4, t.load_bytes), vector_alu=rb if mm > 1 else 0,
                       move=tiles)
        init_latency = t.vload_latency + (t.vector_alu_latency if mm > 1 else 0) + t.ups_latency
    else:
        init, init_latency = SlotUse(), 0

    # --- finish: SRS (+ ops, ReLU) and stores, or cascade writes ---------------------------
    conv_bytes = 0            # one tile's output held in vector registers before its store
    if p.writes_output:
        out_tile = lanes * out_bits // 8
        stores = tiles * _ceil(out_tile, t.store_bytes)
        valu = tiles * (sum(OP_VECTOR_OPS[op[0]] for op in p.ops) + (1 if p.relu else 0))
        if t.srs_fuses_into_store(acc_bits, out_bits) and not valu:
            finish = SlotUse(store=stores)                     # VST.SRS from the accumulator
            finish_latency = 0
        elif t.srs_fuses_into_store(acc_bits, out_bits):
            finish = SlotUse(store=stores, move=tiles * _ceil(lanes * acc_bits, 1024), vector_alu=valu)
            finish_latency = t.srs_latency + (t.vector_alu_latency if valu else 0)
            conv_bytes = out_tile
        else:                                                   # raw lanes: VMOV acc -> vector
            finish = SlotUse(store=stores, move=tiles * _ceil(out_tile, t.vector_register_bytes),
                             vector_alu=valu)
            finish_latency = t.vector_alu_latency * (2 if valu else 1)
            conv_bytes = out_tile
        finish_stores = _ceil(stores, t.store_slots)
    else:
        finish = SlotUse(move=tiles * acc_words)
        finish_latency = t.cascade_write_latency
        finish_stores = 0
    a_streams = ra if s.a_streams is None else s.a_streams
    pointers = SlotUse(load_any=a_streams)

    call = t.call_overhead_cycles + 2 * t.lock_op_cycles
    if s.schedule == "overlapped":
        macs = step.scaled(trips) + init + pointers
        group = macs + finish
        group_ii = resource_ii(group, t, recurrence=trips * chain)
        # vector registers: operand bytes in flight over the load latency, the operands of
        # one K step, and the output tile being converted outside the accumulators (tiles
        # are converted and stored one after the other). When they do not fit in the 12
        # vector registers, the finish cannot overlap the next group's loads: XD100-PERF's
        # 2x1 kernel with int32 outputs (acc32 lanes moved out through vector registers)
        # runs 1750 cycles, against 1121 for int16 outputs stored by VST.SRS.
        data_bytes = (group.loads - pointers.load_any) * t.load_bytes
        regs = (_ceil(data_bytes * t.vload_latency, group_ii * t.vector_register_bytes)
                + _ceil(ra * a_bytes + rb * b_bytes, t.vector_register_bytes)
                + _ceil(conv_bytes, t.vector_register_bytes))
        overlapped = regs <= t.vector_registers
        if not overlapped:
            group_ii += finish_stores + finish_latency
        # the last group alone: operands (and initial accumulators) in, its MACs, then its
        # conversion and stores after the last MAC result
        depth = (max(init_latency, t.vload_latency) + resource_ii(macs, t, recurrence=trips * chain)
                 + vmac_latency + finish_latency + resource_ii(finish, t))
        work = loop_cycles(groups, group_ii, depth, pipelined=True)
        mac_loop = groups * group_ii
        overhead = work - mac_loop
        group_cycles = depth
    else:
        # one K step: its loads, the VMACs of every tile, the last MAC's result
        k_depth = t.vload_latency + k_ii + vmac_latency
        kloop = loop_cycles(trips, k_ii, k_depth, pipelined=True)
        init_cycles = (resource_ii(init, t) + init_latency) if init != SlotUse() else 0
        finish_cycles = resource_ii(finish, t) + finish_latency
        group_ii = kloop + init_cycles + finish_cycles + resource_ii(pointers, t)
        mac_loop = groups * kloop
        overhead = groups * (group_ii - kloop)
        overlapped = False
        group_cycles = group_ii
    total = mac_loop + overhead + call
    return DenseCost(total_cycles=total, mac_loop_cycles=mac_loop, group_overhead_cycles=overhead,
                     call_overhead_cycles=call, loop_ii_cycles=k_ii, expansion=(ra, rb),
                     group_ii_cycles=group_ii, group_cycles=group_cycles, groups=groups,
                     schedule=s.schedule, finish_overlapped=overlapped,
                     function_cycles=total - 2 * t.lock_op_cycles)


def streamed_dense_cycles(p: DenseParams, t: CoreTiming, schedule: DenseSchedule | None = None) -> DenseCost:
    """Cycles of one call of a kernel whose weights stream in ``p.weight_chunks`` chunks of
    ``k x weight_chunk_n`` through a ping-pong input buffer (``p.weight_chunk_n > 0``).

    The call runs the resident kernel's loop nest once per chunk on the chunk's columns
    (a ``k x weight_chunk_n`` slice: its groups, pipeline fill and drain), and acquires and
    releases the chunk's buffer around it (two lock operations, ``t.lock_op_cycles`` each,
    as the ADF wrapper pays for a buffer port; UG1603 asynchronous buffer ports). The call
    overhead (function entry, the input / output buffer locks) is paid once per call.
    ``chunk_cycles`` excludes that call overhead; ``total_cycles = chunks x chunk_cycles +
    call_overhead_cycles``. Waiting for the weight DMA is not part of it (the timing model
    and the parallelism search add the DMA: 4 bytes/cycle per memory-tile MM2S channel).
    """
    chunk_p = dataclasses.replace(p, n=p.weight_chunk_n, weight_chunk_n=0)
    one = dense_cycles(chunk_p, t, schedule)
    chunks = p.weight_chunks
    per_chunk = one.total_cycles - one.call_overhead_cycles + 2 * t.lock_op_cycles
    total = chunks * per_chunk + one.call_overhead_cycles
    return dataclasses.replace(
        one, total_cycles=total, mac_loop_cycles=chunks * one.mac_loop_cycles,
        group_overhead_cycles=total - chunks * one.mac_loop_cycles - one.call_overhead_cycles,
        groups=chunks * one.groups, function_cycles=total - 2 * t.lock_op_cycles,
        chunk_cycles=per_chunk, chunks=chunks)
