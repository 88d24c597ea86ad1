"""bfloat16: conversion from fp32 (accfloat -> bf16) and bf16 x bf16 -> accfloat MACs.

bf16 values are carried as their 16-bit patterns (Python ints, or numpy ``uint16`` arrays):
numpy has no bf16 dtype. fp32 values are Python floats (references) or ``float32`` arrays.

What is modelled, and on what authority (aieml-facts.md 3.6, 10):

* Conversion fp32 -> bf16 (``to_v16bfloat16`` / VCONV, API-AIE2ACC) reads crRnd
  (PEANO-SCHED); that the rounding *follows* crRnd is inferred (facts 3.6, open gap 4). With
  ``conv_even`` the result is IEEE round-to-nearest-even, which is certain. For the other modes
  this model applies the SRS rounding table (srs.py) to the fp32 value seen as a signed
  fixed-point number on the bf16 grid: the magnitude bits ``mag`` of an fp32 value are monotone
  and linear in the value within each binade (and across subnormals), so rounding
  ``+-mag / 2**16`` to an integer with an SRS mode rounds the value to a neighbouring bf16
  value in the same sense. ``floor`` therefore rounds toward minus infinity and
  ``symmetric_floor`` toward zero (plain truncation of the low 16 bits). Which of the two the
  hardware does under its default ``floor`` is unverified; facts 3.6 reads it as toward
  minus infinity.
* Overflow: a finite value that rounds past the largest bf16 becomes infinity (modes rounding
  away from zero), otherwise the largest finite bf16 (derived from the same rule; IEEE-like).
* Infinities convert to infinities. NaN sign and payload are not modelled (gap): every NaN
  result is the canonical quiet NaN 0x7FC0 (bf16) / 0x7FC00000 (fp32).
* Subnormals are kept (gradual underflow, as IEEE). Whether AIE-ML flushes fp32/bf16
  subnormals to zero is not documented in the sources reached (facts 3.6, open gap 3).
* bf16 x bf16 -> accfloat MAC (AM020-PROC): each product of two bf16 values is exact in fp32
  unless it overflows or falls below the fp32 normal range (8-bit x 8-bit significands fit in
  24 bits); this model rounds the exact product to fp32 (round-to-nearest-even, which is only
  reached in those range cases) and adds it to the fp32 accumulator with one
  round-to-nearest-even addition per product, in K order. The hardware's internal accumulation
  order, any wider internal sum and its rounding inside one VMAC.f are not documented (gap):
  bit-exactness of bf16 MACs against hardware is not established.

References are pure Python on ints/floats (bit manipulation, :mod:`struct` only to reinterpret
bits); fast paths are a numba kernel (conversion) and numpy float32 arithmetic (MACs).
"""
from __future__ import annotations

import math
import struct
from dataclasses import dataclass

import numba
import numpy as np

from aiesim_py.isa.modes import RoundingMode
from aiesim_py.isa.srs import round_shift_kernel, round_shift_reference

BF16_QNAN = 0x7FC0
F32_QNAN = 0x7FC00000
BF16_INF = 0x7F80
F32_INF = 0x7F800000
F32_MAX = float.fromhex("0x1.fffffep127")


# ------------------------------------------------------------------------------------------
# References (pure Python)
# ------------------------------------------------------------------------------------------

def bf16_value(b: int) -> float:
    """The value of the bf16 bit pattern ``b`` (0..0xFFFF) as a Python float (exact)."""
    if not 0 <= b <= 0xFFFF:
        raise ValueError(f"bf16 bit pattern {b} outside 0..0xFFFF")
    return struct.unpack("<f", struct.pack("<I", b << 16))[0]


def f32_value(u: int) -> float:
    """The value of the fp32 bit pattern ``u`` (0..0xFFFFFFFF) as a Python float (exact)."""
    if not 0 <= u <= 0xFFFFFFFF:
        raise ValueError(f"fp32 bit pattern {u} outside 0..0xFFFFFFFF")
    return struct.unpack("<f", struct.pack("<I", u))[0]


def f32_round_reference(x: float) -> float:
    """``x`` (a Python float) rounded to the nearest fp32 value, ties to even (IEEE binary32).

    Subnormal results are kept; results past the largest fp32 become infinities.
    """
    if math.isnan(x) or math.isinf(x) or x == 0.0:
        return x
    m, e = math.frexp(abs(x))               # |x| = m * 2**e, 0.5 <= m < 1
    big_m = int(m * 2.0 ** 53)              # exact: |x| = big_m * 2**(e - 53)
    quantum = max(e - 24, -149)             # fp32 spacing at |x|: 24-bit significand, min 2**-149
    n = round_shift_reference(big_m, quantum - (e - 53), RoundingMode.conv_even)
    if quantum >= 0 and n << quantum >= 1 << 128:    # past the largest fp32
        return math.copysign(math.inf, x)
    return math.copysign(math.ldexp(n, quantum), x)


def f32_bits_reference(x: float) -> int:
    """The fp32 bit pattern of ``x`` after :func:`f32_round_reference` (NaN -> 0x7FC00000)."""
    y = f32_round_reference(x)
    if math.isnan(y):
        return F32_QNAN
    sign = 0x80000000 if math.copysign(1.0, y) < 0 else 0
    a = abs(y)
    if math.isinf(a):
        return sign | F32_INF
    if a == 0.0:
        return sign
    m, e = math.frexp(a)
    if e - 1 >= -126:                       # normal: 1.f * 2**(e-1)
        return sign | ((e - 1 + 127) << 23) | (int(m * 2.0 ** 24) - (1 << 23))
    return sign | int(math.ldexp(a, 149))  # subnormal: f * 2**-149


def float32_to_bf16_reference(u: int, rounding: RoundingMode) -> int:
    """Convert the fp32 bit pattern ``u`` to a bf16 bit pattern with crRnd ``rounding``.

    See the module docstring for what is documented and what is inferred.

    >>> hex(float32_to_bf16_reference(0x3F808000, RoundingMode.conv_even))  # 1 + 2**-8: tie, even
    '0x3f80'
    >>> hex(float32_to_bf16_reference(0x3F818000, RoundingMode.conv_even))  # 1 + 3 * 2**-8: tie, up
    '0x3f82'
    >>> hex(float32_to_bf16_reference(0xBF808001, RoundingMode.floor))      # toward -inf
    '0xbf81'
    """
    if not 0 <= u <= 0xFFFFFFFF:
        raise ValueError(f"fp32 bit pattern {u} outside 0..0xFFFFFFFF")
    sign, mag = u >> 31, u & 0x7FFFFFFF
    if mag > F32_INF:
        return BF16_QNAN
    v = round_shift_reference(-mag if sign else mag, 16, rounding)
    return (sign << 15) | abs(v)


def _check_f32(x: float, what: str) -> float:
    x = float(x)
    if not math.isnan(x) and f32_round_reference(x) != x:
        raise ValueError(f"{what} {x!r} is not an fp32 value")
    return x


def mac_bf16_reference(a, b, acc):
    """``acc + a @ b`` for bf16 ``a`` (M x K) and ``b`` (K x N) into accfloat lanes, the definition.

    Args:
        a, b: nested sequences of bf16 bit patterns (ints 0..0xFFFF).
        acc: M x N nested sequence of fp32 values (Python floats that are exact fp32 values).
    Returns:
        New M x N list of lists of Python floats (fp32 values). Per lane, for t = 0..K-1:
        ``s = rnd32(s + rnd32(a[i][t] * b[t][j]))`` with ``rnd32`` = :func:`f32_round_reference`.
    Raises:
        ValueError: a bit pattern outside 0..0xFFFF or an accumulator value that is not fp32.
    """
    m, k, n = len(a), len(b), len(b[0])
    av = [[bf16_value(int(a[i][t])) for t in range(k)] for i in range(m)]
    bv = [[bf16_value(int(b[t][j])) for j in range(n)] for t in range(k)]
    out = []
    for i in range(m):
        row = []
        for j in range(n):
            s = _check_f32(acc[i][j], "accfloat lane")
            for t in range(k):
                # the product of two Python floats holding bf16 values is exact in float64
                s = f32_round_reference(s + f32_round_reference(av[i][t] * bv[t][j]))
            row.append(s)
        out.append(row)
    return out


# ------------------------------------------------------------------------------------------
# Fast paths (arrays)
# ------------------------------------------------------------------------------------------

@numba.njit(cache=True)
def _f32_to_bf16_kernel(u, rnd, out):
    for i in range(u.size):
        w = np.int64(u.flat[i])
        sign = w >> 31
        mag = w & 0x7FFFFFFF
        if mag > 0x7F800000:
            out.flat[i] = 0x7FC0
            continue
        v = round_shift_kernel(-mag if sign else mag, 16, rnd)
        out.flat[i] = (sign << 15) | (-v if v < 0 else v)


def float32_to_bf16(x: np.ndarray, rounding: RoundingMode) -> np.ndarray:
    """fp32 array -> bf16 bit patterns (``uint16``, same shape); fast path of
    :func:`float32_to_bf16_reference`."""
    u = np.ascontiguousarray(x, dtype=np.float32).view(np.uint32)
    out = np.empty(u.shape, dtype=np.uint16)
    _f32_to_bf16_kernel(u, rounding.value, out)
    return out


def bf16_to_float32(b: np.ndarray) -> np.ndarray:
    """bf16 bit patterns (any unsigned 16-bit-valued integer array) -> exact ``float32`` values."""
    b = np.asarray(b)
    if b.size and (b.min() < 0 or b.max() > 0xFFFF):
        raise ValueError("bf16 bit patterns must be in 0..0xFFFF")
    return (b.astype(np.uint32) << 16).view(np.float32)


def canonical_f32_bits(x: np.ndarray) -> np.ndarray:
    """fp32 bit patterns (``uint32``) of a float32 array with every NaN as 0x7FC00000."""
    u = np.ascontiguousarray(x, dtype=np.float32).view(np.uint32).copy()
    u[np.isnan(x)] = F32_QNAN
    return u


def matmul_bf16(a: np.ndarray, b: np.ndarray, acc: np.ndarray) -> np.ndarray:
    """Fast path of :func:`mac_bf16_reference` over whole matrices.

    Args:
        a: (R, K) bf16 bit patterns; b: (K, N) bf16 bit patterns.
        acc: (R, N) float32 accumulator lanes (not modified).
    Returns:
        (R, N) float32; NaN lanes are the canonical quiet NaN 0x7FC00000.

    numpy float32 multiply and add are IEEE round-to-nearest-even with subnormals; the K loop
    adds one product per step, in the reference's order.
    """
    a32, b32 = bf16_to_float32(a), bf16_to_float32(b)
    out = np.array(acc, dtype=np.float32, copy=True, order="C")
    with np.errstate(all="ignore"):          # inf - inf, overflow: IEEE results wanted
        for t in range(a32.shape[1]):
            out += a32[:, t:t + 1] * b32[t:t + 1, :]
    out[np.isnan(out)] = np.uint32(F32_QNAN).view(np.float32)
    return out


def matmul_bf16_values(a32: np.ndarray, b32: np.ndarray, acc: np.ndarray) -> np.ndarray:
    """:func:`matmul_bf16` on operands already held as ``float32`` values of bf16 numbers.

    Args:
        a32: (R, K) float32 whose values are bf16 values; b32: (K, N) likewise.
        acc: (R, N) float32 initial accumulator lanes (not modified).
    Returns:
        (R, N) float32: per lane ``s = rnd32(s + rnd32(a * b))`` for t = 0..K-1 in K order;
        NaN lanes canonical (0x7FC00000).
    """
    out = np.array(np.broadcast_to(acc, (a32.shape[0], b32.shape[1])), dtype=np.float32, order="C")
    _fold_k(np.ascontiguousarray(a32, dtype=np.float32), np.ascontiguousarray(b32, dtype=np.float32), out)
    nan = np.isnan(out)
    if nan.any():
        out[nan] = np.uint32(F32_QNAN).view(np.float32)
    return out


@numba.njit(cache=True)
def _fold_k(a, b, out):
    # one float32 multiply (exact for bf16 operands in the normal range, else IEEE-rounded)
    # and one float32 add per product, t = 0..K-1 in order; numba does not contract a*b+c
    # into an FMA without fastmath, and the explicit float32 product keeps the rounding
    for i in range(a.shape[0]):
        for t in range(a.shape[1]):
            av = a[i, t]
            for j in range(b.shape[1]):
                p = np.float32(av * b[t, j])
                out[i, j] = np.float32(out[i, j] + p)


def relu_bf16(patterns: np.ndarray) -> np.ndarray:
    """ReLU on bf16 bit patterns: every pattern with the sign bit set (negative numbers, -0 and
    -inf) becomes +0 (0x0000); others are kept (canonical NaN 0x7FC0 has no sign bit).

    This is IEEE 754-2019 ``maximum(x, +0)`` for non-NaN x (which orders -0 below +0). Which
    zero ``aie::max`` returns for -0 on AIE-ML is not documented (gap, aieml-facts 3.6).
    """
    p = np.asarray(patterns)
    return np.where((p & 0x8000) != 0, 0, p).astype(p.dtype)


def relu_bf16_reference(b: int) -> int:
    """:func:`relu_bf16` of one bf16 pattern (the definition)."""
    return 0 if b & 0x8000 else b


@dataclass(frozen=True)
class FloatType:
    """A floating-point number type of a layer's data: ``"bfloat16"`` or ``"float"`` (fp32).

    The integers the compiler and the functional runner carry for such a type are the values'
    bit patterns (bf16: 0..0xFFFF, fp32: 0..0xFFFFFFFF), the way
    :class:`~aiesim_py.isa.fixed_point.FixedType` integers are values times 2**F.

    Attributes:
        name: ``"bfloat16"`` or ``"float"``.
    """
    name: str = "bfloat16"

    def __post_init__(self):
        if self.name not in ("bfloat16", "float"):
            raise ValueError(f"float type must be 'bfloat16' or 'float', got {self.name!r}")

    @property
    def width(self) -> int:
        return 16 if self.name == "bfloat16" else 32

    @property
    def signed(self) -> bool:
        return True

    @property
    def frac(self) -> int:
        """0: bit patterns are not scaled integers (kept for code that prints types)."""
        return 0

    @property
    def int_min(self) -> int:
        """Smallest bit pattern (0)."""
        return 0

    @property
    def int_max(self) -> int:
        """Largest bit pattern (0xFFFF for bf16)."""
        return (1 << self.width) - 1

    def __str__(self) -> str:
        return self.name

    def to_float(self, patterns) -> np.ndarray:
        """Bit patterns -> float64 values (exact)."""
        p = np.asarray(patterns, dtype=np.int64)
        if self.name == "bfloat16":
            return bf16_to_float32(p).astype(np.float64)
        return p.astype(np.uint32).view(np.float32).astype(np.float64)

    def from_float(self, x) -> np.ndarray:
        """Floats -> int64 bit patterns: first to float32 (IEEE round-to-nearest-even, as
        ``torch.tensor(x, dtype=float32)``), then for bf16 round-to-nearest-even to bf16
        (:func:`float32_to_bf16` with ``conv_even``)."""
        f = np.asarray(x, dtype=np.float32)
        if self.name == "bfloat16":
            return float32_to_bf16(f, RoundingMode.conv_even).astype(np.int64)
        return canonical_f32_bits(f).astype(np.int64)


BF16 = FloatType("bfloat16")
FP32 = FloatType("float")
