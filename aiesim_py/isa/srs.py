"""SRS: shift-round-saturate from an accumulator lane to a narrower vector element.

``acc.to_vector<T>(shift)`` in the AIE API; intrinsics ``ssrs`` (acc32 -> int8, acc64 -> int16)
and ``lsrs`` (acc32 -> int16, acc64 -> int32), ``u`` variants for unsigned outputs
(UG1583-SRS, aieml-facts.md 3.3).

What is modelled, and on what authority:

* Right shifts 1..59 (documented, UG1583-SRS range; DSP-REF arithmetic): round the exact
  quotient ``x / 2**shift`` with the rounding mode (section 3.3's table; crRnd encodings
  PEANO-DEF), then saturate the rounded value to the output width (UG1603-RND, DSP-REF).
  The intrinsics guide words the order as "saturation, then rounding, then shift"; DSP-REF
  rounds first. They can differ only within one rounding step of the saturation bound; this
  model follows DSP-REF (open gap 2 in aieml-facts section 10).
* Shift 0: no rounding, only saturation.
* Negative shifts -4..-1 (documented range, UG1583-SRS): a left shift by ``-shift``. A left
  shift drops no bits, so every rounding mode gives the same value (derived). The guide warns
  that -4..-2 "are unsafe, as they will only produce correct result if truncation is selected
  or saturation against 0 is required". Modelled: with saturation ``none`` (truncation, i.e.
  keep the low bits) the result is the low ``out_bits`` bits of ``x * 2**-shift`` (documented
  correct); with saturation enabled, lanes that need no saturation and lanes that saturate to
  0 (an unsigned output of a negative lane) get the mathematically correct value. A lane that
  would saturate to a non-zero bound under shift -4..-2 has no documented result: both
  functions raise ``ValueError`` for it unless ``allow_unsafe_shift=True``, which returns the
  correctly saturated value (what the hardware would give if it were correct; unverified).
  That lanes needing no saturation are correct is inferred (the warning is about saturation),
  not stated.

:func:`srs_reference` is the readable definition on Python ints; :func:`srs` the numba fast
path over arrays, written as "add a rounding constant, then arithmetic shift" like DSP-REF
(split into high and low parts so that acc64 lanes near 2**63 cannot overflow int64). Tests
prove them equal.
"""
from __future__ import annotations

import numba
import numpy as np

from aiesim_py.isa.modes import RoundingMode, SaturationMode
from aiesim_py.isa.types import AccumType, ElementType, accum_type, element_type

#: Hardware SRS shift range on AIE-ML (UG1583-SRS).
SRS_SHIFT_RANGE = (-4, 59)
SRS_SHIFT_MAX = SRS_SHIFT_RANGE[1]
#: Shifts the intrinsics guide calls unsafe (correct only with truncation or saturation to 0).
SRS_UNSAFE_SHIFTS = range(-4, -1)
#: Smallest right shift. ``SRS_SHIFT_MIN`` keeps this meaning for callers that emit right
#: shifts only (the compiler's quantize pass and the dense firmware template, whose
#: ``static_assert(Shift >= 0)`` refuses left shifts); the hardware range starts at -4.
SRS_RIGHT_SHIFT_MIN = 0
SRS_SHIFT_MIN = SRS_RIGHT_SHIFT_MIN

#: Native SRS output element types per accumulator (UG1583-SRS: ssrs / lsrs and u variants;
#: accfloat -> bfloat16 through ``srs``).
SRS_OUTPUTS = {
    "acc32": ("int8", "uint8", "int16", "uint16"),
    "acc64": ("int16", "uint16", "int32", "uint32"),
    "accfloat": ("bfloat16",),
}


def rounding_increment(x: int, q: int, r: int, half: int, mode: RoundingMode) -> int:
    """0 or 1 to add to the floor quotient ``q`` of ``x`` (remainder ``r``, ``half = 2**(s-1)``).

    The table of aieml-facts.md 3.3 (DSP-REF), one line per crRnd mode.
    """
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


def round_shift_reference(x: int, shift: int, mode: RoundingMode) -> int:
    """``x / 2**shift`` rounded to an integer with ``mode`` (``shift >= 1``), exact Python ints."""
    q = x >> shift
    r = x - (q << shift)
    return q + rounding_increment(x, q, r, 1 << (shift - 1), mode)


def _out_range(out_bits: int, out_signed: bool) -> tuple[int, int]:
    if out_signed:
        return -(1 << (out_bits - 1)), (1 << (out_bits - 1)) - 1
    return 0, (1 << out_bits) - 1


def saturate_reference(v: int, out_bits: int, out_signed: bool, mode: SaturationMode) -> int:
    """Saturate (or wrap) an exact integer to ``out_bits`` bits (UG1603-RND).

    none: keep the low ``out_bits`` bits (two's complement for signed outputs); saturate:
    clamp to the output range; symmetric: signed outputs clamp to ``[-max, max]``.
    """
    lo, hi = _out_range(out_bits, out_signed)
    if mode is SaturationMode.none:
        v &= (1 << out_bits) - 1
        if out_signed and v > hi:
            v -= 1 << out_bits
        return v
    if mode is SaturationMode.symmetric and out_signed:
        lo = -hi
    return min(max(v, lo), hi)


def _check_args(shift: int, out_bits: int) -> None:
    if not SRS_SHIFT_RANGE[0] <= shift <= SRS_SHIFT_RANGE[1]:
        raise ValueError(f"SRS shift {shift} outside {SRS_SHIFT_RANGE[0]}..{SRS_SHIFT_RANGE[1]} (UG1583-SRS)")
    if not 1 <= out_bits <= 32:
        raise ValueError(f"SRS output width {out_bits} bits outside 1..32")


def _unsafe_error(shift: int, x) -> ValueError:
    return ValueError(
        f"SRS shift {shift} is unsafe (UG1583-SRS: -4..-2 are correct only with truncation or "
        f"saturation to 0) and lane value {x} needs saturation to a non-zero bound; the hardware "
        "result is undocumented. Use saturation none, a shift of -1 or more, or "
        "allow_unsafe_shift=True for the correctly saturated value")


def srs_reference(x: int, shift: int, rounding: RoundingMode, saturation: SaturationMode,
                  out_bits: int = 8, out_signed: bool = True, *,
                  allow_unsafe_shift: bool = False) -> int:
    """SRS of one accumulator lane value ``x`` (a Python int), the readable definition.

    Args:
        x: accumulator lane value (already wrapped to the accumulator width).
        shift: right shift in bits, -4..59 (UG1583-SRS); negative values shift left.
        rounding, saturation: the tile's crRnd / crSat state.
        out_bits, out_signed: output element type (int8: 8, True; uint16: 16, False).
        allow_unsafe_shift: see the module docstring (shifts -4..-2 with saturation).
    Returns:
        The output element as a Python int.
    Raises:
        ValueError: shift or width out of range; an unsafe shift whose result is undocumented.

    >>> srs_reference(-3, -4, RoundingMode.floor, SaturationMode.saturate, 8, False)
    0
    >>> srs_reference(5, -4, RoundingMode.floor, SaturationMode.none)   # 80
    80
    """
    _check_args(shift, out_bits)
    if shift > 0:
        v = round_shift_reference(x, shift, rounding)
    else:
        v = x << -shift    # exact; nothing to round
    out = saturate_reference(v, out_bits, out_signed, saturation)
    if (shift in SRS_UNSAFE_SHIFTS and saturation is not SaturationMode.none and out != v
            and out != 0 and not allow_unsafe_shift):
        raise _unsafe_error(shift, x)
    return out


@numba.njit(cache=True)
def round_shift_kernel(v, shift, rnd):
    """``floor((v + c) / 2**shift)`` with DSP-REF's rounding constant ``c`` (crRnd ``rnd``).

    ``shift`` in 1..62. Computed as ``q + ((r + c) >> shift)`` with ``q = v >> shift`` and
    ``r`` the low bits, which equals ``(v + c) >> shift`` and cannot overflow int64.
    """
    one = np.int64(1)
    low_mask = (one << shift) - one
    half = one << (shift - 1)
    zero = np.int64(0)
    q = v >> shift
    r = v & low_mask
    neg = v < 0
    q_odd = (q & one) == one
    if rnd == 0:            # floor
        c = zero
    elif rnd == 1:          # ceil
        c = low_mask
    elif rnd == 2:          # symmetric_floor
        c = low_mask if neg else zero
    elif rnd == 3:          # symmetric_ceil
        c = zero if neg else low_mask
    elif rnd == 9:          # positive_inf
        c = half
    elif rnd == 8:          # negative_inf
        c = half - one
    elif rnd == 11:         # symmetric_inf
        c = half - one if neg else half
    elif rnd == 10:         # symmetric_zero
        c = half if neg else half - one
    elif rnd == 12:         # conv_even
        c = half if q_odd else half - one
    else:                   # 13: conv_odd
        c = half - one if q_odd else half
    return q + ((r + c) >> shift)


@numba.njit(cache=True)
def _srs_kernel(x, shift, rnd, sat, out_bits, out_signed, out):
    # rnd/sat are the crRnd/crSat encodings (modes.py). Returns the number of lanes whose
    # result is undocumented (unsafe left shift saturating to a non-zero bound).
    one = np.int64(1)
    if out_signed:
        lo = -(one << (out_bits - 1))
        hi = (one << (out_bits - 1)) - one
    else:
        lo = np.int64(0)
        hi = (one << out_bits) - one
    if sat == 3 and out_signed:
        lo = -hi
    mask = (one << out_bits) - one
    k = -shift if shift < 0 else 0
    uncertain = 0
    for i in range(x.size):
        v = np.int64(x.flat[i])
        if shift > 0:
            v = round_shift_kernel(v, shift, rnd)
        elif shift < 0:
            if sat == 0:
                v = (v & (mask >> k)) << k           # low out_bits bits of v * 2**k
            elif v > (hi >> k):                      # v * 2**k > hi
                v = hi
                uncertain += 1 if (k >= 2 and hi != 0) else 0
            elif v < -((-lo) >> k):                  # v * 2**k < lo (ceil(lo / 2**k))
                v = lo
                uncertain += 1 if (k >= 2 and lo != 0) else 0
            else:
                v = v << k
        if sat == 0:
            v = v & mask
            if out_signed and v > hi:
                v -= one << out_bits
        elif v < lo:
            v = lo
        elif v > hi:
            v = hi
        out.flat[i] = v
    return uncertain


def srs(x: np.ndarray, shift: int, rounding: RoundingMode, saturation: SaturationMode,
        out_bits: int = 8, out_signed: bool = True, *, allow_unsafe_shift: bool = False) -> np.ndarray:
    """SRS over an array of accumulator lanes (numba fast path of :func:`srs_reference`).

    Args:
        x: integer array of any shape (int32 or int64 accumulator lanes).
        shift: -4..59; negative values shift left (see the module docstring).
        rounding, saturation, out_bits, out_signed, allow_unsafe_shift: as
            :func:`srs_reference`.
    Returns:
        int64 array of the same shape holding the output elements.
    Raises:
        ValueError: as :func:`srs_reference`.
    """
    _check_args(shift, out_bits)
    x = np.ascontiguousarray(x, dtype=np.int64)
    out = np.empty_like(x)
    uncertain = _srs_kernel(x, shift, rounding.value, saturation.value, out_bits, out_signed, out)
    if uncertain and not allow_unsafe_shift:
        for v in x.flat:    # the reference raises, naming the first such lane
            srs_reference(int(v), shift, rounding, saturation, out_bits, out_signed)
    return out


def to_vector(acc, shift: int, out_type: ElementType | str, rounding: RoundingMode,
              saturation: SaturationMode, acc_type: AccumType | str = "acc32", *,
              allow_unsafe_shift: bool = False) -> np.ndarray:
    """``acc.to_vector<T>(shift)``: SRS with the pair checked against the native SRS list.

    Args:
        acc: accumulator lanes (integer array, or float32 array for accfloat).
        shift: -4..59 (ignored for accfloat, API-DOC; so is ``saturation``: whether crSat
            affects the fp32 -> bf16 conversion is not documented).
        out_type: element type name or :class:`ElementType`; see :data:`SRS_OUTPUTS`.
        rounding, saturation: crRnd / crSat.
        acc_type: ``"acc32"``, ``"acc64"`` or ``"accfloat"``.
    Returns:
        int64 array of output elements (uint16 bf16 bit patterns for accfloat).
    Raises:
        ValueError: not a native SRS pair (UG1583-SRS), lanes outside the accumulator width,
            or as :func:`srs`.
    """
    at, ot = accum_type(acc_type), element_type(out_type)
    if ot.name not in SRS_OUTPUTS[at.name]:
        raise ValueError(f"no native SRS from {at} to {ot}; {at} converts to "
                         f"{', '.join(SRS_OUTPUTS[at.name])} (UG1583-SRS)")
    if at.is_float:
        from aiesim_py.isa.bf16 import float32_to_bf16
        return float32_to_bf16(np.asarray(acc, dtype=np.float32), rounding).astype(np.int64)
    at.check(acc, f"{at} lane")
    return srs(acc, shift, rounding, saturation, ot.bits, ot.signed, allow_unsafe_shift=allow_unsafe_shift)
