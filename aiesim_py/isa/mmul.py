"""Integer matrix multiply-accumulate: ``aie::mmul<M, K, N>`` on int8 x int8 -> acc32.

A call computes ``C += A @ B`` on one microtile, A ``(M, K)``, B ``(K, N)``, C ``(M, N)``
accumulator lanes (API-MMUL). Accumulation wraps modulo ``2**acc_bits`` (aieml-facts.md
3.5: no documented saturation on MAC; wrap assumed). Because two's-complement wrapping
is a ring homomorphism, wrapping after every MAC equals wrapping once at the end; the
fast path relies on that and the tests check it against the per-MAC reference.
"""
from __future__ import annotations

import numba
import numpy as np


_NATIVE = {8: np.int8, 16: np.int16, 32: np.int32}


def wrap_signed(x, bits: int):
    """Two's-complement wrap of Python ints or int64 arrays to ``bits`` bits."""
    if isinstance(x, np.ndarray):
        if bits in _NATIVE:
            # numpy's integer narrowing keeps the low bits (two's complement)
            return x.astype(_NATIVE[bits]).astype(np.int64)
        m = np.int64(1) << bits if bits < 63 else None
        if m is None:
            return x.astype(np.int64)
        w = np.mod(x.astype(np.int64), m)
        return np.where(w >= (m >> 1), w - m, w)
    m = 1 << bits
    x %= m
    return x - m if x >= m >> 1 else x


def mmul_reference(a, b, acc, acc_bits: int = 32):
    """One ``mmul::mac`` call, the readable definition.

    Args:
        a: M x K nested sequence of ints (int8 values).
        b: K x N nested sequence of ints (int8 values).
        acc: M x N accumulator lanes (ints), updated and returned as a new list.
        acc_bits: accumulator lane width (32 for acc32).
    Returns:
        New M x N list of lists; every MAC wraps to ``acc_bits``.
    """
    m, k, n = len(a), len(b), len(b[0])
    out = [list(map(int, row)) for row in acc]
    for i in range(m):
        for j in range(n):
            s = out[i][j]
            for t in range(k):
                s = wrap_signed(s + int(a[i][t]) * int(b[t][j]), acc_bits)
            out[i][j] = s
    return out


@numba.njit(cache=True)
def _gemm_acc32(a, b, acc):
    # a: (R, K) int8, b: (K, N) int8, acc: (R, N) int32 updated in place; int32 wraps.
    r_rows, k_dim = a.shape
    n_dim = b.shape[1]
    for i in range(r_rows):
        for t in range(k_dim):
            av = np.int32(a[i, t])
            if av == 0:
                continue
            for j in range(n_dim):
                acc[i, j] += av * np.int32(b[t, j])


def matmul_acc32(a: np.ndarray, b: np.ndarray, acc: np.ndarray) -> np.ndarray:
    """Fast path: ``acc + a @ b`` over whole matrices with acc32 wrap.

    Args:
        a: (R, K) int8 (R = any number of rows, e.g. iterations x batch).
        b: (K, N) int8.
        acc: (R, N) int32 initial accumulator lanes (not modified).
    Returns:
        (R, N) int32.
    """
    out = np.array(acc, dtype=np.int32, copy=True, order="C")
    _gemm_acc32(np.ascontiguousarray(a, dtype=np.int8), np.ascontiguousarray(b, dtype=np.int8), out)
    return out


#: Largest K for which a float32 GEMM of int8 x int8 is exact: every partial sum is an
#: integer of magnitude <= K * 128 * 128 = K * 2**14, exact in float32 while < 2**24.
F32_EXACT_MAX_K = 2 ** 24 // 2 ** 14
#: Same bound for float64 (53-bit mantissa).
F64_EXACT_MAX_K = 2 ** 53 // 2 ** 14


def matmul_int8_exact(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Exact ``a @ b`` for int8 matrices through a float BLAS GEMM, as int64.

    Every product and partial sum is an integer below the float mantissa range
    (:data:`F32_EXACT_MAX_K`, :data:`F64_EXACT_MAX_K`), so the float result is exact
    whatever order the BLAS sums in. Wrap it to acc32 with :func:`wrap_signed` to get
    the accumulator lanes (wrapping commutes with the sum).

    Args:
        a: (R, K) int8; b: (K, N) int8.
    Returns:
        (R, N) int64 exact products.
    """
    k = a.shape[1]
    if k <= F32_EXACT_MAX_K:
        dt = np.float32
    elif k <= F64_EXACT_MAX_K:
        dt = np.float64
    else:  # pragma: no cover - K beyond 2**39 does not fit any tile
        return a.astype(np.int64) @ b.astype(np.int64)
    return (a.astype(dt) @ b.astype(dt)).astype(np.int64)
