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
from aiesim_py.isa.mmul import matmul_exact, mmul_reference, wrap_signed
from aiesim_py.isa.modes import RoundingMode, SaturationMode
from aiesim_py.isa.srs import srs, srs_reference
from aiesim_py.kernels.layout import from_tile_order, to_tile_order

TEMPLATE = "kernels/dense.h.j2"

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
        out_bits: output element bits (8: int8, 16: int16, 32: int32 = the acc32 lanes
            unchanged, shift 0 and no ops: a last layer whose result type holds the sum).
        a_bits, w_bits: input activation and weight element bits (8 or 16); the type pair
            picks the native mmul shape (API-MMUL: int8 x int8 4x8x8, int16 x int8 4x4x8,
            int16 x int16 4x2x8).
        ops: extra exact vector operations after the SRS (``isa.apfixed.OPS``: clamps for a
            narrow width, SAT_ZERO, WRAP_SM, left shifts), as planned by ``isa.apfixed.srs_plan``.
        arith: ``"int"`` (integer mmul into acc32, SRS to int8/int16) or ``"bf16"`` (bfloat16 x
            bfloat16 mmul into accfloat, fp32 bias, conversion to bfloat16 with conv_even and an
            optional ReLU; a_bits = w_bits = out_bits = 16, no ops, shift 0; native shape
            4 x 8 x 4, API-MMUL via aieml-facts 2.4). See :mod:`aiesim_py.kernels.dense_bf16`.
        weight_chunk_n: 0: the packed ``k x n`` weights stay in the tile's data memory (a
            constant kernel parameter). > 0: the weights are streamed from a memory tile
            (:mod:`aiesim_py.compiler.passes.weights`): the kernel reads them from a ping-pong
            input buffer port, one chunk of ``k x weight_chunk_n`` (a multiple of ``mmul_n``
            dividing ``n``) at a time, in the packed order (the chunks of the packed array
            are consecutive: column-tile order). Same arithmetic either way: every output
            column's sum runs over the same K in the same acc32 lanes.
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
    arith: str = "int"
    weight_chunk_n: int = 0

    def __post_init__(self):
        object.__setattr__(self, "ops", tuple(tuple(op) for op in self.ops))
        if self.role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, got {self.role!r}")
        if self.arith not in ARITHS:
            raise ValueError(f"arith must be one of {ARITHS}, got {self.arith!r}")
        if self.arith == "bf16" and ((self.a_bits, self.w_bits, self.out_bits) != (16, 16, 16) or self.ops):
            raise ValueError("a bf16 dense kernel has 16-bit activations, weights and outputs and no ops")
        for name in ("a_bits", "w_bits"):
            if getattr(self, name) not in (8, 16):
                raise ValueError(f"{name} must be 8 or 16, got {getattr(self, name)}")
        if self.out_bits not in (8, 16, 32):
            raise ValueError(f"out_bits must be 8, 16 or 32, got {self.out_bits}")
        if self.out_bits == 32 and (self.shift != 0 or self.ops or self.arith != "int"):
            raise ValueError("int32 outputs are the acc32 lanes themselves: shift 0, no ops")
        for name, dim, step in (("batch", self.batch, self.mmul_m), ("k", self.k, self.mmul_k),
                                ("n", self.n, self.mmul_n)):
            if dim <= 0 or dim % step:
                raise ValueError(f"{name}={dim} must be a positive multiple of {step}")
        if self.weight_chunk_n and (self.weight_chunk_n < 0 or self.weight_chunk_n % self.mmul_n
                                    or self.n % self.weight_chunk_n):
            raise ValueError(f"weight_chunk_n={self.weight_chunk_n} must be 0 or a multiple of mmul_n "
                             f"{self.mmul_n} that divides n={self.n}")

    @property
    def a_type(self) -> str:
        """Element type name of the activations (``"int8"``, ``"int16"``, ``"bfloat16"``)."""
        return "bfloat16" if self.arith == "bf16" else f"int{self.a_bits}"

    @property
    def w_type(self) -> str:
        return "bfloat16" if self.arith == "bf16" else f"int{self.w_bits}"

    @property
    def out_type(self) -> str:
        return "bfloat16" if self.arith == "bf16" else f"int{self.out_bits}"

    @property
    def acc_type(self) -> str:
        """Accumulator (and cascade) lane type: ``"acc32"`` or ``"accfloat"`` (API-ACC)."""
        return "accfloat" if self.arith == "bf16" else "acc32"

    @property
    def mmul_key(self):
        """Key of ``compiler.passes.parallelize.MMUL_SHAPES``: (a_bits, w_bits) or ("bf16", "bf16")."""
        return ("bf16", "bf16") if self.arith == "bf16" else (self.a_bits, self.w_bits)

    @property
    def weight_dtype(self):
        """numpy dtype of the packed weights (bf16 as uint16 bit patterns)."""
        return np.uint16 if self.arith == "bf16" else INT_DTYPES[self.w_bits]

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
    def streams_weights(self) -> bool:
        """Weights streamed from a memory tile in chunks (``weight_chunk_n > 0``)."""
        return self.weight_chunk_n > 0

    @property
    def weight_chunks(self) -> int:
        """Weight chunks per call (1 for tile-resident weights)."""
        return self.n // self.weight_chunk_n if self.weight_chunk_n else 1

    @property
    def weight_chunk_bytes(self) -> int:
        """Bytes of one streamed weight chunk (``k x weight_chunk_n``); all weights if resident."""
        return self.k * (self.weight_chunk_n or self.n) * self.w_bits // 8

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
INT_DTYPES = {8: np.int8, 16: np.int16, 32: np.int32}
ARITHS = ("int", "bf16")


def pack_weights(w: np.ndarray, p: DenseParams) -> np.ndarray:
    """``(k, n)`` weights (zero padded) -> 1-D int8/int16 (``w_bits``) in column-tile order."""
    if w.shape != (p.k, p.n):
        raise ValueError(f"weight slice shape {w.shape} != ({p.k}, {p.n})")
    return to_tile_order(w.astype(p.weight_dtype), p.mmul_k, p.mmul_n, column_major_tiles=True)


def unpack_weights(packed: np.ndarray, p: DenseParams) -> np.ndarray:
    """Inverse of :func:`pack_weights`: 1-D packed -> ``(k, n)`` int8."""
    return from_tile_order(packed, p.k, p.n, p.mmul_k, p.mmul_n, column_major_tiles=True)


# --- functional model ---------------------------------------------------------------------
def conversion_plan(p: DenseParams) -> ConversionPlan:
    """The acc32 -> output conversion of a single/last kernel as an ``isa`` plan."""
    return ConversionPlan(p.shift, RoundingMode[p.rounding], SaturationMode[p.saturation],
                          p.out_bits, True, p.ops, 32)


def finish_output(acc: np.ndarray, p: DenseParams) -> np.ndarray:
    """acc32 lanes -> int8/int16 outputs: SRS, the plan's extra ops, then ReLU (any shape);
    int32 outputs: the lanes themselves (then ReLU)."""
    if p.out_bits == 32:
        out = wrap_signed(np.asarray(acc, dtype=np.int64), 32)
    elif p.ops:
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
        bf16 kernels (``p.arith == "bf16"``): uint16 bf16 patterns in and out, float32 bias
        and cascade lanes (:func:`aiesim_py.kernels.dense_bf16.dense_bf16_fast`).
    """
    if p.arith == "bf16":
        from aiesim_py.kernels.dense_bf16 import dense_bf16_fast
        return dense_bf16_fast(p, a_buf, w_packed, bias, cascade_in)
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
    if p.arith == "bf16":
        from aiesim_py.kernels.dense_bf16 import dense_bf16_reference
        return dense_bf16_reference(p, a_buf, w_packed, bias, cascade_in)
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
            if p.out_bits == 32:
                v = lane
            elif p.ops:     # the extra ops are defined (and tested against g++) in isa.apfixed
                v = int(apply_plan(np.array([lane]), conversion_plan(p))[0])
            else:
                v = srs_reference(lane, p.shift, rnd, sat, p.out_bits, True)
            out[i, j] = max(v, 0) if p.relu else v
    return to_tile_order(out, mm, mn)[None]


# the cost model lives in its own module; re-exported here for the kernel's three faces
from aiesim_py.kernels.dense_cost import (  # noqa: E402,F401
    DEFAULT_SCHEDULE, OP_VECTOR_OPS, SCHEDULES, DenseCost, DenseSchedule, dense_cycles,
)
