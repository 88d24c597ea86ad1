"""Dense layer with fused bias and ReLU on ``aie::mmul`` int8 x int8 -> acc32.

Three faces share :class:`DenseParams`:

* functional model: :func:`dense_reference` (readable, per microtile, on ``isa``
  reference ops) and :func:`dense_fast` (numba fast path), tested equal;
* cost model: :func:`dense_cycles`, cycles per call from the ``isa`` timing table;
* firmware template: :data:`TEMPLATE` (``firmware/kernels/dense.h.j2``).

Roles on a cascade of ``cas_length`` tiles (tiles split the input features K):
``single`` (no cascade): bias + MACs + SRS (+ ReLU) -> output buffer; ``first``: bias + MACs
-> cascade out; ``middle``: cascade in + MACs -> cascade out; ``last``: cascade in + MACs
+ SRS (+ ReLU) -> output buffer.

Buffers of one call (layouts in :mod:`aiesim_py.kernels.layout`):
    input  A: ``batch x k`` int8, tile order, tiles ``mmul_m x mmul_k``;
    weights W: ``k x n`` int8, column-tile order, tiles ``mmul_k x mmul_n``;
    bias: ``n`` int32 already in accumulator units (first/single roles);
    output C: ``batch x n`` int8, tile order, tiles ``mmul_m x mmul_n``;
    cascade: ``batch x n`` acc32 lanes (order internal to the kernel pair).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aiesim_py.isa.apfixed import ConversionPlan, apply_plan
from aiesim_py.isa.mmul import NATIVE_MMUL_SHAPES, matmul_exact, mmul_reference, wrap_signed
from aiesim_py.isa.modes import RoundingMode, SaturationMode
from aiesim_py.isa.srs import srs, srs_reference
from aiesim_py.isa.timing import CoreTiming, SlotUse, loop_cycles, resource_ii
from aiesim_py.kernels.layout import from_tile_order, to_tile_order

TEMPLATE = "kernels/dense.h.j2"

#: Vector-slot operations per output microtile of each extra conversion op
#: (``isa.apfixed.OPS`` lists the AIE API calls; SRS, compare, select, shift are 1 each).
OP_VECTOR_OPS = {
    "clamp": 2, "wrap": 2, "zero_if_outside": 3, "shl": 1, "shl_clamp": 5,
    "shl_zero_if_outside": 4, "zero_if_overflow": 6, "wrap_sm": 7, "zero_if_acc_negative": 2,
}
ROLES = ("single", "first", "middle", "last")


@dataclass(frozen=True)
class DenseParams:
    """Parameters of one dense kernel instance.

    Attributes:
        role: "single", "first", "middle" or "last".
        batch: rows per call (M), a multiple of ``mmul_m``.
        k: input features of this tile's slice, a multiple of ``mmul_k`` (zero padded).
        n: output features of this chain's slice, a multiple of ``mmul_n`` (zero padded).
        mmul_m, mmul_k, mmul_n: the ``aie::mmul`` shape (native int8: 4 x 8 x 8, API-MMUL).
        shift: SRS right shift (bits) from acc32 to the output (last/single roles).
        rounding, saturation: AIE mode names for the SRS (``aie::rounding_mode`` ...).
        relu: apply ``aie::max(v, 0)`` after the SRS and its ops.
        out_bits: output element bits (8: int8, 16: int16).
        a_bits, w_bits: input activation and weight element bits (8 or 16); the type pair
            picks the native mmul shape (API-MMUL: int8 x int8 4x8x8, int16 x int8 4x4x8,
            int16 x int16 4x2x8).
        ops: extra exact vector operations after the SRS (``isa.apfixed.OPS``: clamps for a
            narrow width, SAT_ZERO, WRAP_SM, left shifts), as planned by ``isa.apfixed.srs_plan``.
    """
    role: str
    batch: int
    k: int
    n: int
    mmul_m: int = 4
    mmul_k: int = 8
    mmul_n: int = 8
    shift: int = 0
    rounding: str = "floor"
    saturation: str = "saturate"
    relu: bool = False
    out_bits: int = 8
    ops: tuple = ()
    a_bits: int = 8
    w_bits: int = 8

    def __post_init__(self):
        object.__setattr__(self, "ops", tuple(tuple(op) for op in self.ops))
        if self.role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, got {self.role!r}")
        for name in ("a_bits", "w_bits", "out_bits"):
            if getattr(self, name) not in (8, 16):
                raise ValueError(f"{name} must be 8 or 16, got {getattr(self, name)}")
        for name, dim, step in (("batch", self.batch, self.mmul_m), ("k", self.k, self.mmul_k),
                                ("n", self.n, self.mmul_n)):
            if dim <= 0 or dim % step:
                raise ValueError(f"{name}={dim} must be a positive multiple of {step}")

    @property
    def has_bias(self) -> bool:
        return self.role in ("single", "first")

    @property
    def reads_cascade(self) -> bool:
        return self.role in ("middle", "last")

    @property
    def writes_cascade(self) -> bool:
        return self.role in ("first", "middle")

    @property
    def writes_output(self) -> bool:
        return self.role in ("single", "last")

    @property
    def input_bytes(self) -> int:
        return self.batch * self.k * self.a_bits // 8

    @property
    def weight_bytes(self) -> int:
        return self.k * self.n * self.w_bits // 8

    @property
    def bias_bytes(self) -> int:
        return 4 * self.n if self.has_bias else 0

    @property
    def output_bytes(self) -> int:
        return self.batch * self.n * self.out_bits // 8 if self.writes_output else 0

    @property
    def cascade_bytes(self) -> int:
        """acc32 bytes crossing the cascade per call (out for first/middle)."""
        return 4 * self.batch * self.n

    @property
    def macs(self) -> int:
        return self.batch * self.k * self.n


# --- packing ------------------------------------------------------------------------------
INT_DTYPES = {8: np.int8, 16: np.int16}


def pack_weights(w: np.ndarray, p: DenseParams) -> np.ndarray:
    """``(k, n)`` weights (zero padded) -> 1-D int8/int16 (``w_bits``) in column-tile order."""
    if w.shape != (p.k, p.n):
        raise ValueError(f"weight slice shape {w.shape} != ({p.k}, {p.n})")
    return to_tile_order(w.astype(INT_DTYPES[p.w_bits]), p.mmul_k, p.mmul_n, column_major_tiles=True)


def unpack_weights(packed: np.ndarray, p: DenseParams) -> np.ndarray:
    """Inverse of :func:`pack_weights`: 1-D packed -> ``(k, n)`` int8."""
    return from_tile_order(packed, p.k, p.n, p.mmul_k, p.mmul_n, column_major_tiles=True)


# --- functional model ---------------------------------------------------------------------
def conversion_plan(p: DenseParams) -> ConversionPlan:
    """The acc32 -> output conversion of a single/last kernel as an ``isa`` plan."""
    return ConversionPlan(p.shift, RoundingMode[p.rounding], SaturationMode[p.saturation],
                          p.out_bits, True, p.ops, 32)


def finish_output(acc: np.ndarray, p: DenseParams) -> np.ndarray:
    """acc32 lanes -> int8/int16 outputs: SRS, the plan's extra ops, then ReLU (any shape)."""
    if p.ops:
        out = apply_plan(acc, conversion_plan(p))
    else:
        out = srs(acc, p.shift, RoundingMode[p.rounding], SaturationMode[p.saturation], p.out_bits, True)
    if p.relu:
        out = np.maximum(out, 0)
    return out.astype(INT_DTYPES[p.out_bits])


def dense_fast(p: DenseParams, a_buf: np.ndarray, w_packed: np.ndarray,
               bias: np.ndarray | None, cascade_in: np.ndarray | None) -> np.ndarray:
    """Run many calls of one kernel (numba fast path).

    Args:
        a_buf: ``(calls, batch*k)`` int8 input buffers (tile order).
        w_packed: packed int8 weights of this tile.
        bias: ``(n,)`` int32 (first/single roles) or None.
        cascade_in: ``(calls, batch, n)`` int32 (middle/last roles) or None.
    Returns:
        ``(calls, batch*n)`` int8 output buffers (tile order) for single/last roles,
        ``(calls, batch, n)`` int32 cascade words for first/middle roles.
    """
    calls = a_buf.shape[0]
    a = from_tile_order(a_buf.reshape(calls, -1), p.batch, p.k, p.mmul_m, p.mmul_k)
    a2 = a.reshape(calls * p.batch, p.k)
    if p.has_bias:
        acc0 = np.broadcast_to(bias.astype(np.int32), (calls * p.batch, p.n))
    else:
        acc0 = cascade_in.reshape(calls * p.batch, p.n)
    prod = matmul_exact(a2, unpack_weights(w_packed, p))
    acc = wrap_signed(prod + acc0, 32).astype(np.int32).reshape(calls, p.batch, p.n)
    if p.writes_cascade:
        return acc
    return to_tile_order(finish_output(acc, p), p.mmul_m, p.mmul_n)


def dense_reference(p: DenseParams, a_buf, w_packed, bias, cascade_in):
    """One call, the readable definition: one ``mmul_reference`` per microtile, one
    ``srs_reference`` per lane, following the kernel's loop nest. Same I/O as
    :func:`dense_fast` with ``calls == 1`` (leading axis of size 1)."""
    mm, mk, mn = p.mmul_m, p.mmul_k, p.mmul_n
    a_flat = np.asarray(a_buf).reshape(-1)
    w_flat = np.asarray(w_packed).reshape(-1)
    kb_count = p.k // mk
    acc_all = np.zeros((p.batch, p.n), dtype=np.int64)
    for mb in range(p.batch // mm):
        for nb in range(p.n // mn):
            if p.has_bias:
                acc = [[int(bias[nb * mn + j]) for j in range(mn)] for _ in range(mm)]
            else:
                acc = [[int(cascade_in[0, mb * mm + i, nb * mn + j]) for j in range(mn)] for i in range(mm)]
            for kb in range(kb_count):
                a_off = (mb * kb_count + kb) * mm * mk
                a_tile = a_flat[a_off:a_off + mm * mk].reshape(mm, mk).tolist()
                w_off = (nb * kb_count + kb) * mk * mn
                w_tile = w_flat[w_off:w_off + mk * mn].reshape(mk, mn).tolist()
                acc = mmul_reference(a_tile, w_tile, acc, 32)
            acc_all[mb * mm:(mb + 1) * mm, nb * mn:(nb + 1) * mn] = acc
    if p.writes_cascade:
        return acc_all.astype(np.int32)[None]
    rnd, sat = RoundingMode[p.rounding], SaturationMode[p.saturation]
    out = np.zeros((p.batch, p.n), dtype=INT_DTYPES[p.out_bits])
    for i in range(p.batch):
        for j in range(p.n):
            lane = int(wrap_signed(int(acc_all[i, j]), 32))
            if p.ops:       # the extra ops are defined (and tested against g++) in isa.apfixed
                v = int(apply_plan(np.array([lane]), conversion_plan(p))[0])
            else:
                v = srs_reference(lane, p.shift, rnd, sat, p.out_bits, True)
            out[i, j] = max(v, 0) if p.relu else v
    return to_tile_order(out, mm, mn)[None]


# --- cost model ---------------------------------------------------------------------------
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

    def efficiency(self, p: DenseParams, macs_per_cycle: int) -> float:
        """Useful MACs per cycle / peak (padding included in the MACs)."""
        return p.macs / (self.total_cycles * macs_per_cycle)


def _ceil(a: int, b: int) -> int:
    return -(-a // b)


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
    vmacs = _ceil(mm * mk * mn, t.vmac_macs(p.a_bits, p.w_bits))
    native = (mm, mk, mn) in NATIVE_MMUL_SHAPES.get((f"int{p.a_bits}", f"int{p.w_bits}"), [])
    a_bytes, b_bytes = mm * mk * p.a_bits // 8, mk * mn * p.w_bits // 8
    step = SlotUse(load_a=ra * _ceil(a_bytes, t.load_bytes), load_b=rb * _ceil(b_bytes, t.load_bytes),
                   mac=tiles * vmacs, vector_alu=0 if native else tiles * vmacs)
    chain = vmacs * t.acc_chain_ii
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
                 + t.vmac_latency + finish_latency + resource_ii(finish, t))
        work = loop_cycles(groups, group_ii, depth, pipelined=True)
        mac_loop = groups * group_ii
        overhead = work - mac_loop
        group_cycles = depth
    else:
        # one K step: its loads, the VMACs of every tile, the last MAC's result
        k_depth = t.vload_latency + k_ii + t.vmac_latency
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
