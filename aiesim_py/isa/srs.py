"""SRS: shift-round-saturate from an accumulator lane to a narrower integer.

``acc.to_vector<T>(shift)`` in the AIE API (UG1583-SRS). Semantics follow AMD's
bit-accurate DSP reference model (DSP-REF, aieml-facts.md section 3.3): round the exact
quotient ``x / 2**shift`` with the rounding mode, then saturate to the output width.

Two definitions live here: :func:`srs_reference`, one readable Python function on ints,
and :func:`srs`, the numba fast path over arrays (written as "add a rounding constant,
then arithmetic shift", as the hardware reference does). Tests prove them equal.
"""
from __future__ import annotations

import numba
import numpy as np

from aiesim_py.isa.modes import RoundingMode, SaturationMode

#: SRS shift range on AIE-ML (UG1583-SRS); shifts below 0 are refused here.
SRS_SHIFT_MIN = 0
SRS_SHIFT_MAX = 59


def _round_increment(x: int, q: int, r: int, half: int, mode: RoundingMode) -> int:
    """0 or 1 to add to the floor quotient ``q`` (remainder ``r``, ``half = 2**(s-1)``)."""
    if mode is RoundingMode.floor:
        return 0
    if mode is RoundingMode.ceil:
        return int(r > 0)
    if mode is RoundingMode.symmetric_floor:
        return int(x < 0 and r > 0)
    if mode is RoundingMode.symmetric_ceil:
        return int(x >= 0 and r > 0)
    if mode is RoundingMode.positive_inf:
        return int(r >= half)
    if mode is RoundingMode.negative_inf:
        return int(r > half)
    if mode is RoundingMode.symmetric_inf:
        return int(r >= half) if x >= 0 else int(r > half)
    if mode is RoundingMode.symmetric_zero:
        return int(r > half) if x >= 0 else int(r >= half)
    if mode is RoundingMode.conv_even:
        return int(r > half or (r == half and q % 2 == 1))
    if mode is RoundingMode.conv_odd:
        return int(r > half or (r == half and q % 2 == 0))
    raise ValueError(f"unknown rounding mode {mode}")


def saturate_reference(v: int, out_bits: int, out_signed: bool, mode: SaturationMode) -> int:
    """Saturate (or wrap) an exact integer to ``out_bits`` bits (UG1603-RND)."""
    if out_signed:
        lo, hi = -(1 << (out_bits - 1)), (1 << (out_bits - 1)) - 1
    else:
        lo, hi = 0, (1 << out_bits) - 1
    if mode is SaturationMode.none:
        v &= (1 << out_bits) - 1
        if out_signed and v > hi:
            v -= 1 << out_bits
        return v
    if mode is SaturationMode.symmetric and out_signed:
        lo = -hi
    return min(max(v, lo), hi)


def srs_reference(x: int, shift: int, rounding: RoundingMode, saturation: SaturationMode,
                  out_bits: int = 8, out_signed: bool = True) -> int:
    """SRS of one accumulator lane value ``x`` (a Python int), the readable definition.

    Args:
        x: accumulator lane value (already wrapped to the accumulator width).
        shift: right shift in bits, 0..59 (UG1583-SRS).
        rounding, saturation: the tile's crRnd / crSat state.
        out_bits, out_signed: output element type (int8: 8, True).
    Returns:
        The output element as a Python int.
    """
    if not SRS_SHIFT_MIN <= shift <= SRS_SHIFT_MAX:
        raise ValueError(f"SRS shift {shift} outside {SRS_SHIFT_MIN}..{SRS_SHIFT_MAX}")
    if shift == 0:
        v = x
    else:
        q = x >> shift
        r = x - (q << shift)
        v = q + _round_increment(x, q, r, 1 << (shift - 1), rounding)
    return saturate_reference(v, out_bits, out_signed, saturation)


@numba.njit(cache=True)
def _srs_kernel(x, shift, rnd, sat, out_bits, out_signed, out):
    # rnd/sat are the crRnd/crSat encodings; see modes.py.
    one = np.int64(1)
    if out_signed:
        lo = -(one << (out_bits - 1))
        hi = (one << (out_bits - 1)) - 1
    else:
        lo = np.int64(0)
        hi = (one << out_bits) - 1
    if sat == 3 and out_signed:
        lo = -hi
    mask = (one << out_bits) - 1
    half = (one << (shift - 1)) if shift > 0 else np.int64(0)
    low_mask = (one << shift) - 1
    for i in range(x.size):
        v = np.int64(x.flat[i])
        if shift > 0:
            # rounding constant added before the arithmetic shift, as in DSP-REF
            neg = v < 0
            q_odd = ((v >> shift) & 1) == 1
            if rnd == 0:
                c = np.int64(0)
            elif rnd == 1:
                c = low_mask
            elif rnd == 2:
                c = low_mask if neg else np.int64(0)
            elif rnd == 3:
                c = np.int64(0) if neg else low_mask
            elif rnd == 9:
                c = half
            elif rnd == 8:
                c = half - 1
            elif rnd == 11:
                c = half - 1 if neg else half
            elif rnd == 10:
                c = half if neg else half - 1
            elif rnd == 12:
                c = half if q_odd else half - 1
            else:  # 13: conv_odd
                c = half - 1 if q_odd else half
            v = (v + c) >> shift
        if sat == 0:
            v = v & mask
            if out_signed and v > hi:
                v -= one << out_bits
        else:
            if v < lo:
                v = lo
            elif v > hi:
                v = hi
        out.flat[i] = v


def srs(x: np.ndarray, shift: int, rounding: RoundingMode, saturation: SaturationMode,
        out_bits: int = 8, out_signed: bool = True) -> np.ndarray:
    """SRS over an array of accumulator lanes (numba fast path of :func:`srs_reference`).

    Args:
        x: integer array of any shape (int32 or int64 accumulator lanes).
        shift: right shift, 0..59.
    Returns:
        int64 array of the same shape holding the output elements.
    """
    if not SRS_SHIFT_MIN <= shift <= SRS_SHIFT_MAX:
        raise ValueError(f"SRS shift {shift} outside {SRS_SHIFT_MIN}..{SRS_SHIFT_MAX}")
    x = np.ascontiguousarray(x, dtype=np.int64)
    out = np.empty_like(x)
    _srs_kernel(x, shift, rounding.value, saturation.value, out_bits, out_signed, out)
    return out
