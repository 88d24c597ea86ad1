"""Dense layer on ``aie::mmul<4, 8, 4, bfloat16, bfloat16, accfloat>``: the bf16 kernel family.

Same roles, buffers and :class:`~aiesim_py.kernels.dense.DenseParams` as the integer dense
kernel (``arith="bf16"``), with these element types:

    input  A: ``batch x k`` bfloat16 (uint16 bit patterns here), tile order, tiles 4 x 8;
    weights W: ``k x n`` bfloat16, column-tile order, tiles 8 x 4;
    bias: ``n`` fp32 (float32) loaded into the accfloat lanes (first/single roles);
    output C: ``batch x n`` bfloat16, tile order, tiles 4 x 4;
    cascade: ``batch x n`` accfloat (fp32) lanes.

Arithmetic (the AIE accfloat semantics of :mod:`aiesim_py.isa.bf16`, aieml-facts 3.6): each
accfloat lane starts from its bias (or the cascade lane) and adds one product at a time in K
order, ``s = rnd32(s + rnd32(a * b))``, through the microtile K (8 per mmul), the K blocks of
the tile and then, through the cascade, the next tile's K slice. Zero-padded K columns add
``+0`` products (which turn a ``-0`` sum into ``+0``, as IEEE addition does). The single/last
roles convert the lanes to bfloat16 with round-to-nearest-even (the kernel sets
``conv_even``: the conversion follows crRnd, facts 3.6, inferred) and then apply the ReLU as
:func:`~aiesim_py.isa.bf16.relu_bf16`. The order and width of the hardware's internal
accumulation inside one VMAC.f are not documented (facts open gap 3): this model is exact
against its own definition, not proven against silicon.
"""
from __future__ import annotations

import numpy as np

from aiesim_py.isa.bf16 import (
    bf16_to_float32, f32_bits_reference, f32_value, float32_to_bf16, float32_to_bf16_reference,
    mac_bf16_reference, matmul_bf16_values, relu_bf16, relu_bf16_reference,
)
from aiesim_py.isa.modes import RoundingMode
from aiesim_py.kernels.layout import from_tile_order, to_tile_order

#: Output conversion rounding of the bf16 kernel (set by the kernel before its conversions).
BF16_ROUNDING = RoundingMode.conv_even
#: Native bf16 mmul shape on AIE-ML (API-MMUL via aieml-facts 2.4: 4x8x4, 128 MACs/cycle).
BF16_MMUL = (4, 8, 4)


def finish_bf16(acc: np.ndarray, relu: bool) -> np.ndarray:
    """accfloat lanes (float32, any shape) -> bf16 patterns (uint16): RNE conversion, ReLU."""
    out = float32_to_bf16(acc, BF16_ROUNDING)
    return relu_bf16(out) if relu else out


def dense_bf16_fast(p, a_buf: np.ndarray, w_packed: np.ndarray, bias: np.ndarray | None,
                    cascade_in: np.ndarray | None) -> np.ndarray:
    """Many calls of one bf16 kernel (fast path, equal to :func:`dense_bf16_reference`).

    Args:
        p: DenseParams with ``arith == "bf16"``.
        a_buf: ``(calls, batch*k)`` bf16 patterns (any integer dtype), tile order.
        w_packed: packed uint16 bf16 weights of this tile.
        bias: ``(n,)`` float32 (first/single roles) or None.
        cascade_in: ``(calls, batch, n)`` float32 accfloat lanes (middle/last roles) or None.
    Returns:
        ``(calls, batch*n)`` uint16 bf16 patterns (tile order) for single/last roles,
        ``(calls, batch, n)`` float32 accfloat lanes for first/middle roles.
    """
    from aiesim_py.kernels.dense import unpack_weights
    calls = a_buf.shape[0]
    a = from_tile_order(np.asarray(a_buf).reshape(calls, -1), p.batch, p.k, p.mmul_m, p.mmul_k)
    a32 = bf16_to_float32(a.reshape(calls * p.batch, p.k))
    w32 = bf16_to_float32(unpack_weights(np.asarray(w_packed), p))
    if p.has_bias:
        acc0 = np.broadcast_to(np.asarray(bias, dtype=np.float32), (calls * p.batch, p.n))
    else:
        acc0 = np.asarray(cascade_in, dtype=np.float32).reshape(calls * p.batch, p.n)
    acc = matmul_bf16_values(a32, w32, acc0).reshape(calls, p.batch, p.n)
    if p.writes_cascade:
        return acc
    return to_tile_order(finish_bf16(acc, p.relu), p.mmul_m, p.mmul_n)


def dense_bf16_reference(p, a_buf, w_packed, bias, cascade_in):
    """One call, the readable definition: the kernel's loop nest with one
    :func:`~aiesim_py.isa.bf16.mac_bf16_reference` per microtile and one
    :func:`~aiesim_py.isa.bf16.float32_to_bf16_reference` per output lane. Same I/O as
    :func:`dense_bf16_fast` with ``calls == 1``."""
    mm, mk, mn = p.mmul_m, p.mmul_k, p.mmul_n
    a_flat = np.asarray(a_buf).reshape(-1)
    w_flat = np.asarray(w_packed).reshape(-1)
    kb_count = p.k // mk
    acc_all = np.zeros((p.batch, p.n), dtype=np.float32)
    for mb in range(p.batch // mm):
        for nb in range(p.n // mn):
            if p.has_bias:
                acc = [[float(np.float32(bias[nb * mn + j])) for j in range(mn)] for _ in range(mm)]
            else:
                acc = [[float(cascade_in[0, mb * mm + i, nb * mn + j]) for j in range(mn)] for i in range(mm)]
            for kb in range(kb_count):
                a_off = (mb * kb_count + kb) * mm * mk
                a_tile = a_flat[a_off:a_off + mm * mk].reshape(mm, mk).tolist()
                w_off = (nb * kb_count + kb) * mk * mn
                w_tile = w_flat[w_off:w_off + mk * mn].reshape(mk, mn).tolist()
                acc = mac_bf16_reference(a_tile, w_tile, acc)
            acc_all[mb * mm:(mb + 1) * mm, nb * mn:(nb + 1) * mn] = acc
    if p.writes_cascade:
        return acc_all[None]
    out = np.zeros((p.batch, p.n), dtype=np.uint16)
    for i in range(p.batch):
        for j in range(p.n):
            bits = float32_to_bf16_reference(f32_bits_reference(float(acc_all[i, j])), BF16_ROUNDING)
            out[i, j] = relu_bf16_reference(bits) if p.relu else bits
    return to_tile_order(out, mm, mn)[None]


__all__ = ["dense_bf16_fast", "dense_bf16_reference", "finish_bf16", "BF16_MMUL", "BF16_ROUNDING", "f32_value"]
