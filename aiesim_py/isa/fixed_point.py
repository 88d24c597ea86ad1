"""Fixed-point number formats: ap_fixed values as integers, and float -> ap_fixed.

An ``ap_fixed<W, I, Q, O>`` value is stored here as the integer ``v * 2**F`` with
``F = W - I`` fraction bits. :class:`FixedType` describes such a type; :func:`quantize_float`
converts floats the way the ap_fixed constructor from ``double`` does (exact value of
the double, then the quantization mode, then the overflow mode), which is what hls4ml's
``predict()`` does to its float inputs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from aiesim_py.isa.modes import ApOverflow, ApQuantization, parse_overflow, parse_quantization


@dataclass(frozen=True)
class FixedType:
    """An ap_fixed / ap_ufixed type.

    Attributes:
        width: total bits W.
        integer: integer bits I (sign included when signed); may be negative or > W.
        signed: ap_fixed (True) or ap_ufixed (False).
        quantization: ap_fixed Q mode name, e.g. ``"RND_CONV"``.
        overflow: ap_fixed O mode name, e.g. ``"SAT"``.
    """
    width: int
    integer: int
    signed: bool = True
    quantization: str = "TRN"
    overflow: str = "WRAP"

    def __post_init__(self):
        parse_quantization(self.quantization)
        parse_overflow(self.overflow)
        if self.width < 1:
            raise ValueError(f"fixed-point width must be >= 1, got {self.width}")

    @property
    def frac(self) -> int:
        """Fraction bits F = W - I."""
        return self.width - self.integer

    @property
    def q_mode(self) -> ApQuantization:
        return parse_quantization(self.quantization)

    @property
    def o_mode(self) -> ApOverflow:
        return parse_overflow(self.overflow)

    @property
    def int_min(self) -> int:
        return -(1 << (self.width - 1)) if self.signed else 0

    @property
    def int_max(self) -> int:
        return (1 << (self.width - 1)) - 1 if self.signed else (1 << self.width) - 1

    def __str__(self) -> str:
        base = "ap_fixed" if self.signed else "ap_ufixed"
        return f"{base}<{self.width},{self.integer},AP_{self.quantization},AP_{self.overflow}>"

    def to_float(self, ints: np.ndarray) -> np.ndarray:
        """Integer representations -> float64 values (exact for W <= 53)."""
        return np.asarray(ints, dtype=np.float64) * (2.0 ** -self.frac)


def _round_scaled(y: np.ndarray, mode: ApQuantization) -> np.ndarray:
    """Round exact real values ``y`` (float64, already scaled by 2**F) to integers.

    The fraction is taken against ``trunc(y)`` (exact by Sterbenz's lemma) and compared
    with +-1/2 without ever forming ``1 + g``, which is inexact just above -1/2 and would
    fake a tie (a bug caught by the g++ ground-truth test).
    """
    tr = np.trunc(y)
    g = y - tr                                   # signed fraction in (-1, 1), exact
    neg = g < 0
    fl = np.where(neg, tr - 1, tr)
    above = np.where(neg, g > -0.5, g > 0.5)     # fraction above one half (from floor)
    half = np.where(neg, g == -0.5, g == 0.5)
    if mode is ApQuantization.TRN:
        return fl
    if mode is ApQuantization.TRN_ZERO:
        return np.where(neg, fl + 1, fl)
    if mode is ApQuantization.RND:
        return np.where(above | half, fl + 1, fl)
    if mode is ApQuantization.RND_MIN_INF:
        return np.where(above, fl + 1, fl)
    if mode is ApQuantization.RND_ZERO:
        return np.where(above | (half & (y < 0)), fl + 1, fl)
    if mode is ApQuantization.RND_INF:
        return np.where(above | (half & (y > 0)), fl + 1, fl)
    if mode is ApQuantization.RND_CONV:
        odd = np.mod(fl, 2) == 1
        return np.where(above | (half & odd), fl + 1, fl)
    if mode is ApQuantization.CEIL:          # QONNX CEIL (not an ap_fixed mode)
        return np.where(g != 0, fl + 1, fl)
    if mode is ApQuantization.UP:            # QONNX UP: away from zero
        return np.where((g != 0) & (y > 0), fl + 1, fl)
    raise ValueError(f"unknown quantization mode {mode}")


def _wrap_sm(x: np.ndarray, q0: np.ndarray, t: FixedType) -> np.ndarray:
    """AP_WRAP_SM: wrap to W bits, then invert where bit W of the unrounded value ``q0``
    differs from the new sign bit (sign-magnitude wrap, as the ap_fixed headers do;
    proven against g++ in tests/test_apfixed_groundtruth.py)."""
    m = np.int64(1) << t.width
    y = np.mod(x, m)
    y = np.where(y > t.int_max, y - m, y)
    flip = ((x < t.int_min) | (x > t.int_max)) & (((q0 >> t.width) & 1) != (y < 0))
    return np.where(flip, ~y, y).astype(np.int64)


def overflow_int(v: np.ndarray, t: FixedType) -> np.ndarray:
    """Apply ``t``'s overflow mode to exact integers ``v`` (int64 or object) -> int64."""
    v = np.asarray(v)
    mode = t.o_mode
    if mode is ApOverflow.WRAP:
        m = np.int64(1) << t.width
        w = np.mod(v.astype(np.int64), m)
        if t.signed:
            w = np.where(w > t.int_max, w - m, w)
        return w.astype(np.int64)
    lo, hi = t.int_min, t.int_max
    if mode is ApOverflow.SAT:
        return np.clip(v, lo, hi).astype(np.int64)
    if mode is ApOverflow.SAT_SYM:
        return np.clip(v, -hi if t.signed else 0, hi).astype(np.int64)
    if mode is ApOverflow.SAT_ZERO:
        return np.where((v < lo) | (v > hi), 0, v).astype(np.int64)
    raise NotImplementedError(f"overflow mode {mode.value} needs the unrounded value; "
                              "use quantize_float or isa.apfixed.cast_reference")


def quantize_float(x, t: FixedType) -> np.ndarray:
    """Convert floats to ``t`` as ``ap_fixed(double)`` does; returns int64 ``v * 2**F``.

    Args:
        x: array-like of floats (float32 values are widened to double exactly).
        t: the target type.
    Raises:
        ValueError: NaN or infinite inputs.
    """
    y = np.asarray(x, dtype=np.float64)
    if not np.all(np.isfinite(y)):
        raise ValueError("cannot quantize NaN or infinite values")
    scaled = np.ldexp(y, t.frac)  # exact unless it underflows (F < 0, tiny x)
    # a nonzero value below 1/4 only needs its sign for every rounding mode: keep it off 0
    scaled = np.where((y != 0) & (np.abs(scaled) < 0.25), np.copysign(0.25, y), scaled)
    r = _round_scaled(scaled, t.q_mode)
    # clip far-out values before int conversion; the overflow mode decides the rest
    big = float(2 ** 62)
    r = np.clip(r, -big, big)
    if t.o_mode in (ApOverflow.WRAP, ApOverflow.WRAP_SM) and np.any(np.abs(r) >= 2 ** 53):
        raise ValueError("value too large to wrap exactly")
    if t.o_mode is ApOverflow.WRAP_SM:
        if not t.signed:
            raise ValueError(f"{t}: the ap_fixed headers reject ap_ufixed with AP_WRAP_SM")
        return _wrap_sm(r.astype(np.int64), np.floor(np.clip(scaled, -big, big)).astype(np.int64), t)
    return overflow_int(r.astype(np.int64), t)


def weights_as_written_by_hls4ml(x: np.ndarray, t: FixedType) -> np.ndarray:
    """Integer weights as hls4ml's C++ sees them.

    hls4ml writes each weight to its header as a decimal with ``max(0, F)`` digits
    (``'{:.Ff}'.format``), and the C++ compiler converts that literal to ``t`` with
    ``t``'s quantization and overflow modes. This reproduces both steps exactly.
    """
    digits = max(0, t.frac)
    fmt = f"{{:.{digits}f}}"
    flat = np.asarray(x, dtype=np.float64).ravel()
    as_text = np.array([float(fmt.format(v)) for v in flat], dtype=np.float64)
    return quantize_float(as_text, t).reshape(np.shape(x))


def is_power_of_two(x: float) -> bool:
    """True for x = 2**k, k any integer."""
    if x <= 0 or not math.isfinite(x):
        return False
    m, _ = math.frexp(x)
    return m == 0.5
