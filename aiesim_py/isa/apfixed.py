"""ap_fixed -> ap_fixed conversions: the exact definition, and how the AIE-ML does each one.

Two halves:

* :func:`cast_reference` is the readable definition of converting an exact fixed-point value
  (an integer ``v`` with ``from_frac`` fraction bits, i.e. the real number ``v * 2**-from_frac``)
  to an ``ap_fixed`` / ``ap_ufixed`` type, as the AMD/Xilinx ap_fixed headers shipped with
  hls4ml do it: first the quantization mode (on the exact value), then the overflow mode (on the
  quantized integer). ``tests/test_apfixed_groundtruth.py`` checks it against those headers
  compiled with g++.
* :func:`srs_plan` says how the AIE-ML computes the same conversion from an accumulator lane
  (acc32 or acc64) into an int8/int16 (or uint8/uint16) storage element: one SRS
  (``acc.to_vector<T>(shift)`` with a rounding and a saturation mode) plus, where no AIE mode
  matches, a short tuple of extra exact vector operations (see :data:`OPS`). :func:`apply_plan`
  runs a plan on numpy arrays with :func:`aiesim_py.isa.srs.srs` (the numba path).

Semantics in one place (``x`` is the quantized integer, ``q0 = floor(v * 2**(F - from_frac))``
the truncated one, ``W`` the width, ``[lo, hi]`` the type's integer range):

* Quantization (only when ``from_frac > F``; a left shift is exact): TRN floor, TRN_ZERO toward
  zero, RND ties up, RND_ZERO ties toward zero, RND_MIN_INF ties down, RND_INF ties away from
  zero, RND_CONV ties to even. These are the AIE rounding modes of
  :data:`aiesim_py.isa.modes.AP_TO_AIE_ROUNDING`.
* WRAP: ``x`` modulo ``2**W`` (two's complement for ap_fixed).
* SAT: clamp to ``[lo, hi]``. SAT_SYM: signed types clamp to ``[-hi, hi]`` (for ``W == 1``,
  where ``hi == 0``, the header's negative bound stays ``-1``); unsigned types: the same as SAT.
* SAT_ZERO: 0 when ``x`` is outside ``[lo, hi]``.
* WRAP_SM (ap_fixed only, saturation bits N = 0): in range, ``x``; out of range, ``y = x``
  wrapped to W bits, and then ``~y`` (that is ``-y - 1``) when bit ``W`` of the *truncated*
  ``q0`` differs from the sign bit of ``y``. Away from rounding carries this is a reflection with
  period ``2**(W+1)`` (..., hi-1, hi, hi, hi-1, ..., lo, lo, lo+1, ...). Because the header reads
  bit ``W`` before rounding, a rounding carry into bit ``W`` inverts the answer: for
  ``ap_fixed<4,4,AP_RND,AP_WRAP_SM>`` the value 31.5 rounds to 32 and gives -1, whereas an exact
  32 gives 0.
* ap_ufixed with WRAP_SM does not exist: the header's ``report()`` prints "cannot support
  AP_WRAP_SM" and calls ``exit(1)``; :func:`cast_reference` raises :class:`UnsupportedConversion`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple

import numpy as np

from aiesim_py.errors import UnsupportedLayerError
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.isa.modes import (
    AP_FIXED_QUANTIZATIONS, AP_TO_AIE_ROUNDING, ApOverflow, ApQuantization, RoundingMode, SaturationMode,
)
from aiesim_py.isa.srs import SRS_SHIFT_MAX, srs

__all__ = [
    "UnsupportedConversion", "cast_reference", "reference_caster", "cast_float_reference",
    "ConversionPlan", "srs_plan", "apply_plan", "ModeSupport", "mode_support_table", "OPS",
]


class UnsupportedConversion(UnsupportedLayerError, ValueError):
    """A fixed-point conversion that cannot be done (exactly) the way it was asked for."""


# --------------------------------------------------------------------------------------------
# The definition
# --------------------------------------------------------------------------------------------

def _quantize(v: int, shift: int, q: ApQuantization) -> tuple[int, int]:
    """``(x, q0)``: ``v / 2**shift`` rounded with ``q``, and truncated (floor)."""
    if shift <= 0:
        exact = v << -shift
        return exact, exact
    q0 = v >> shift                      # floor
    r = v - (q0 << shift)                # 0 <= r < 2**shift: the bits shifted out
    half = 1 << (shift - 1)
    if q is ApQuantization.TRN:
        inc = False
    elif q is ApQuantization.TRN_ZERO:
        inc = v < 0 and r != 0
    elif q is ApQuantization.RND:
        inc = r >= half
    elif q is ApQuantization.RND_ZERO:
        inc = r > half or (r == half and v < 0)
    elif q is ApQuantization.RND_MIN_INF:
        inc = r > half
    elif q is ApQuantization.RND_INF:
        inc = r > half or (r == half and v > 0)
    elif q is ApQuantization.RND_CONV:
        inc = r > half or (r == half and q0 % 2 == 1)
    elif q is ApQuantization.CEIL:           # QONNX CEIL: toward +infinity
        inc = r != 0
    elif q is ApQuantization.UP:             # QONNX UP: away from zero
        inc = r != 0 and v >= 0
    else:  # pragma: no cover - enum is closed
        raise ValueError(f"unknown quantization mode {q}")
    return q0 + int(inc), q0


def _wrap(x: int, bits: int, signed: bool) -> int:
    """``x`` modulo ``2**bits``, as a two's-complement value when ``signed``."""
    y = x & ((1 << bits) - 1)
    if signed and y >> (bits - 1):
        y -= 1 << bits
    return y


def _check_type(t: FixedType) -> None:
    if not t.signed and t.o_mode is ApOverflow.WRAP_SM:
        raise UnsupportedConversion(
            f"{t}: the ap_fixed headers reject ap_ufixed with AP_WRAP_SM (report() prints "
            "'cannot support AP_WRAP_SM' and exits); use ap_fixed or another overflow mode")


def _overflow(x: int, q0: int, w: int, signed: bool, o: ApOverflow, lo: int, hi: int) -> int:
    """Apply overflow mode ``o`` to the quantized ``x`` (``q0``: the truncated value)."""
    if o is ApOverflow.WRAP:
        return _wrap(x, w, signed)
    if lo <= x <= hi:
        return x
    if o in (ApOverflow.SAT, ApOverflow.SAT_SYM):
        return hi if x > hi else lo
    if o is ApOverflow.SAT_ZERO:
        return 0
    if o is ApOverflow.WRAP_SM:
        y = _wrap(x, w, True)
        below = (q0 >> w) & 1            # bit W of the value before rounding
        return ~y if below != int(y < 0) else y
    raise ValueError(f"unknown overflow mode {o}")  # pragma: no cover


def _range(t: FixedType) -> tuple[int, int]:
    """``[lo, hi]`` outside which ``t``'s overflow mode acts (SAT_SYM: ``[-hi, hi]``)."""
    lo, hi = t.int_min, t.int_max
    if t.o_mode is ApOverflow.SAT_SYM and t.signed and t.width > 1:
        lo = -hi     # for W == 1 (hi == 0) the header keeps -1
    return lo, hi


def reference_caster(from_frac: int, t: FixedType) -> Callable[[int], int]:
    """``cast_reference`` with ``from_frac`` and ``t`` bound: ``v -> cast_reference(v, f, t)``.

    The same code with the type's constants looked up once (tests call it millions of times).
    """
    _check_type(t)
    shift = int(from_frac) - t.frac
    q, o, w, signed = t.q_mode, t.o_mode, t.width, t.signed
    lo, hi = _range(t)

    def cast(v: int) -> int:
        x, q0 = _quantize(int(v), shift, q)
        return _overflow(x, q0, w, signed, o, lo, hi)
    return cast


def cast_reference(v: int, from_frac: int, t: FixedType) -> int:
    """Convert the exact value ``v * 2**-from_frac`` to ``t`` as the ap_fixed headers do.

    Args:
        v: the source's integer representation (any size).
        from_frac: the source's fraction bits (may be negative, i.e. ``v`` counts ``2**-f``).
        t: the target ap_fixed / ap_ufixed type (any width, integer bits may be negative or
            exceed the width).
    Returns:
        The target's integer representation ``value * 2**t.frac``.
    Raises:
        UnsupportedConversion: ``t`` is an ap_ufixed with AP_WRAP_SM (no such type).
    """
    return reference_caster(from_frac, t)(v)


def cast_float_reference(x: float, t: FixedType) -> int:
    """``ap_fixed(double)``: the exact value of the double, then :func:`cast_reference`.

    (The header reads a subnormal double as ``1.m * 2**-1023``; that only matters for targets
    with more than ~1000 fraction bits, which this function does not model.)
    """
    num, den = float(x).as_integer_ratio()        # raises on NaN / infinity
    return cast_reference(num, den.bit_length() - 1, t)


# --------------------------------------------------------------------------------------------
# The AIE implementation
# --------------------------------------------------------------------------------------------

#: The extra vector operations a :class:`ConversionPlan` may carry, applied in order to the
#: SRS output vector ``x`` (elements of ``srs_bits`` bits, signed iff ``srs_signed``), with the
#: AIE API calls that implement each. ``acc`` is the accumulator the SRS read; some ops run a
#: second SRS on it (``acc.to_vector<T>(s)`` after ``aie::set_rounding`` / ``set_saturation``;
#: the rounding and saturation modes are per-tile state that can be switched between SRSs).
OPS = {
    "clamp": "(clamp, lo, hi): x = aie::max(aie::min(x, hi), lo)",
    "wrap": "(wrap, bits, signed): keep the low `bits` bits; signed: "
            "x = aie::downshift(aie::upshift(x, S - bits), S - bits) (arithmetic), "
            "unsigned: x = aie::bit_and(x, 2**bits - 1)",
    "zero_if_outside": "(zero_if_outside, lo, hi): "
                       "x = aie::select(x, aie::zeros(), aie::lt(x, lo) | aie::gt(x, hi))",
    "shl": "(shl, k): x = aie::upshift(x, k), wrapping at the element width (k >= S: zeros)",
    "shl_clamp": "(shl_clamp, k, lo, hi): x * 2**k clamped to [lo, hi]: "
                 "y = aie::upshift(x, k); y = aie::select(y, lo, aie::lt(x, ceil(lo / 2**k))); "
                 "y = aie::select(y, hi, aie::gt(x, floor(hi / 2**k)))",
    "shl_zero_if_outside": "(shl_zero_if_outside, k, lo, hi): x * 2**k, or 0 where it falls "
                           "outside [lo, hi]: the same compares as shl_clamp, one aie::select "
                           "with aie::zeros()",
    "zero_if_overflow": "(zero_if_overflow, hi_shift): 0 where the rounded value does not fit "
                        "the SRS element, which a saturating SRS alone cannot tell from the "
                        "bound: w = acc.to_vector<T>(shift) with saturation none, "
                        "u = acc.to_vector<int8>(hi_shift) with floor + saturate; "
                        "x = aie::select(x, aie::zeros(), aie::neq(x, w) | aie::lt(u, -1) | "
                        "aie::gt(u, 0))",
    "zero_if_acc_negative": "(zero_if_acc_negative,): a ReLU applied to the accumulator before a "
                            "non-monotone cast (WRAP, SAT_ZERO, WRAP_SM): s = acc.to_vector<int8>(31) "
                            "with floor + saturate (-1 exactly for negative lanes, else 0); "
                            "x = aie::select(x, aie::zeros(), aie::lt(s, 0)); exact because every "
                            "cast maps 0 to 0",
    "wrap_sm": "(wrap_sm, bits, ld_shift): WRAP_SM from the wrapped SRS output: "
               "y = x wrapped to `bits` (as op wrap); d = aie::bit_and("
               "acc.to_vector<int8>(ld_shift) with floor + no saturation, 1) (bit W before "
               "rounding; 0 when ld_shift < 0); n = acc.to_vector<int8>(shift) with the plan's "
               "rounding + saturate; x = aie::select(y, aie::bit_not(y), aie::neq(n, 0) & "
               "aie::neq(d, aie::lt(y, 0)))",
}


@dataclass(frozen=True)
class ConversionPlan:
    """How the AIE converts an accumulator lane to a fixed-point storage element.

    Attributes:
        shift: SRS right shift (0..59).
        rounding, saturation: the tile modes for that SRS.
        srs_bits, srs_signed: the SRS output element (int8/int16/uint8/uint16); it is also the
            storage element and the element type the extra ops run on.
        ops: extra exact vector operations, in order (see :data:`OPS`); empty when the SRS alone
            is exact.
        acc_bits: accumulator lane width (32 or 64) the plan was made for.
    """
    shift: int
    rounding: RoundingMode
    saturation: SaturationMode
    srs_bits: int
    srs_signed: bool
    ops: tuple = ()
    acc_bits: int = 32

    @property
    def storage_bits(self) -> int:
        return self.srs_bits

    @property
    def status(self) -> str:
        """``"exact"`` (one SRS) or ``"emulated"`` (SRS plus extra ops)."""
        return "emulated" if self.ops else "exact"


def _aux_shift(s: int, acc_bits: int, what: str, t: FixedType) -> int:
    """An SRS shift for an auxiliary SRS; shifts past ``acc_bits + 1`` all give the same result."""
    s = min(s, acc_bits + 1)
    if s > SRS_SHIFT_MAX:
        raise UnsupportedConversion(
            f"{t} from acc{acc_bits}: {what} needs an SRS shift of {s} > {SRS_SHIFT_MAX}")
    return s


def srs_plan(from_frac: int, acc_bits: int, t: FixedType, storage_bits: int | None = None) -> ConversionPlan:
    """Plan the conversion of an acc lane holding ``v * 2**-from_frac`` to ``t`` on the AIE.

    ``apply_plan(acc, srs_plan(f, b, t))`` equals ``cast_reference(v, f, t)`` for every lane
    value ``v`` of a ``b``-bit accumulator (the tests check it against g++).

    ``storage_bits`` (8 or 16): store the result in that *signed* element instead of the
    default (int8 / int16, or uint8 / uint16 for ap_ufixed). An ap_ufixed<W> result then needs
    ``W < storage_bits`` and is planned as a signed SRS plus the ops of a narrow type
    (clamp / wrap / zero to ``[0, 2**W - 1]``), which is how the dense kernels store unsigned
    activations (uint8 values in int16; tests/test_isa_ops.py proves it against
    :func:`cast_reference`).

    Raises:
        UnsupportedConversion: ``t`` is wider than 16 bits, an ap_ufixed with WRAP_SM, or the
            needed SRS shift exceeds 59 on an acc64.
        ValueError: ``acc_bits`` not 32 or 64.
    """
    if acc_bits not in (32, 64):
        raise ValueError(f"acc_bits must be 32 or 64, got {acc_bits}")
    _check_type(t)
    w, o, signed = t.width, t.o_mode, t.signed
    if w > 16:
        raise UnsupportedConversion(
            f"{t}: {w}-bit elements have no AIE-ML SRS storage type (int8/int16 only here)")
    S = 8 if w <= 8 else 16
    srs_signed = signed
    if storage_bits is not None:
        if storage_bits not in (8, 16) or w > (storage_bits if signed else storage_bits - 1):
            raise UnsupportedConversion(f"{t}: does not fit a signed int{storage_bits} storage element")
        S, srs_signed = storage_bits, True
    narrow = w < S
    lo, hi = _range(t)
    shift = int(from_frac) - t.frac

    def plan(s, rnd, sat, ops=()):
        return ConversionPlan(s, rnd, sat, S, srs_signed, tuple(ops), acc_bits)

    none, satur = SaturationMode.none, SaturationMode.saturate
    if shift < 0:
        # Left shift: no rounding. SRS with shift 0 (saturating or wrapping to the element),
        # then shift left in the vector domain with exact saturation/zeroing.
        k = -shift
        if o is ApOverflow.WRAP:
            ops = [("shl", k)] + ([("wrap", w, signed)] if narrow else [])
            return plan(0, RoundingMode.floor, none, ops)
        if o in (ApOverflow.SAT, ApOverflow.SAT_SYM):
            return plan(0, RoundingMode.floor, satur, [("shl_clamp", k, lo, hi)])
        if o is ApOverflow.SAT_ZERO:
            return plan(0, RoundingMode.floor, satur, [("shl_zero_if_outside", k, lo, hi)])
        # WRAP_SM: bit W of v * 2**k is bit W - k of v
        return plan(0, RoundingMode.floor, none, [("shl", k), ("wrap_sm", w, w - k)])

    rnd = AP_TO_AIE_ROUNDING[t.q_mode]
    s = _aux_shift(shift, acc_bits, "the conversion", t)
    if o is ApOverflow.WRAP:
        return plan(s, rnd, none, [("wrap", w, signed)] if narrow else [])
    if o is ApOverflow.SAT:
        return plan(s, rnd, satur, [("clamp", lo, hi)] if narrow else [])
    if o is ApOverflow.SAT_SYM:
        if not signed:       # unsigned SAT_SYM is SAT in the headers
            return plan(s, rnd, satur, [("clamp", lo, hi)] if narrow else [])
        if w == 1:           # ap_fixed<1,...>: the header saturates to [-1, 0], not symmetric
            return plan(s, rnd, satur, [("clamp", lo, hi)])
        return plan(s, rnd, SaturationMode.symmetric, [("clamp", lo, hi)] if narrow else [])
    if o is ApOverflow.SAT_ZERO:
        if narrow and hi == (1 << (S - 1)) - 1:
            # ap_ufixed<S-1> in a signed S-bit element: its top equals the saturation bound, so
            # the saturating SRS hides overflow there; catch it as at the full width, then the
            # negative values
            return plan(s, rnd, satur, [("zero_if_overflow", _aux_shift(shift + S, acc_bits, "SAT_ZERO", t)),
                                        ("zero_if_outside", lo, hi)])
        if narrow:
            return plan(s, rnd, satur, [("zero_if_outside", lo, hi)])
        return plan(s, rnd, satur,
                    [("zero_if_overflow", _aux_shift(shift + S, acc_bits, "SAT_ZERO", t))])
    # WRAP_SM
    ld_shift = _aux_shift(shift + w, acc_bits, "WRAP_SM", t)
    return plan(s, rnd, none, [("wrap_sm", w, ld_shift)])


def _wrap_arr(x: np.ndarray, bits: int, signed: bool) -> np.ndarray:
    y = x & ((1 << bits) - 1)
    if signed:
        y = np.where(y >> (bits - 1) != 0, y - (1 << bits), y)
    return y


def apply_plan(acc: np.ndarray, plan: ConversionPlan) -> np.ndarray:
    """Run ``plan`` on accumulator lanes (wrapped to ``plan.acc_bits`` first); returns int64.

    The result is the storage element's value, i.e. the target's integer representation.
    """
    a = np.asarray(acc, dtype=np.int64)
    if plan.acc_bits < 64:
        a = _wrap_arr(a, plan.acc_bits, True)
    S, sg = plan.srs_bits, plan.srs_signed
    x = srs(a, plan.shift, plan.rounding, plan.saturation, S, sg)
    for op in plan.ops:
        name = op[0]
        if name == "clamp":
            x = np.minimum(np.maximum(x, op[1]), op[2])
        elif name == "wrap":
            x = _wrap_arr(x, op[1], op[2])
        elif name == "zero_if_outside":
            x = np.where((x < op[1]) | (x > op[2]), 0, x)
        elif name == "shl":
            x = _wrap_arr(x << min(op[1], S), S, sg)
        elif name in ("shl_clamp", "shl_zero_if_outside"):
            k, lo, hi = op[1:]
            below, above = x < -((-lo) >> k), x > (hi >> k)   # ceil(lo/2**k), floor(hi/2**k)
            y = x << min(k, S)       # exact where not below/above: |x * 2**k| fits S bits
            if name == "shl_clamp":
                x = np.where(above, hi, np.where(below, lo, y))
            else:
                x = np.where(above | below, 0, y)
        elif name == "zero_if_overflow":
            w = srs(a, plan.shift, plan.rounding, SaturationMode.none, S, sg)
            u = srs(a, op[1], RoundingMode.floor, SaturationMode.saturate, 8, True)
            x = np.where((x != w) | (u < -1) | (u > 0), 0, x)
        elif name == "zero_if_acc_negative":
            x = np.where(a < 0, 0, x)
        elif name == "wrap_sm":
            bits, ld_shift = op[1], op[2]
            y = _wrap_arr(x, bits, True)
            if ld_shift >= 0:
                d = srs(a, ld_shift, RoundingMode.floor, SaturationMode.none, 8, True) & 1
            else:
                d = np.zeros_like(y)
            n = srs(a, plan.shift, plan.rounding, SaturationMode.saturate, 8, True)
            x = np.where((n != 0) & (d != (y < 0)), ~y, y)
        else:
            raise ValueError(f"unknown plan op {op!r}")
    return x.astype(np.int64)


# --------------------------------------------------------------------------------------------
# Support table
# --------------------------------------------------------------------------------------------

class ModeSupport(NamedTuple):
    """One row of :func:`mode_support_table`."""
    quantization: str
    overflow: str
    signed: bool
    narrow_width: bool     # logical width below the storage width (e.g. ap_fixed<6,..> in int8)
    status: str            # "exact" (SRS alone), "emulated" (SRS + ops) or "refused"
    ops: tuple             # op names, in order; for "refused", ()
    note: str = ""         # the refusal message


def mode_support_table(acc_bits: int = 32, left_shift: bool = False,
                       signed_storage: bool = False) -> list[ModeSupport]:
    """Every (Q, O, signedness, narrow width) and how :func:`srs_plan` does it.

    Representative types: ``W = 8`` (full int8 storage) or ``W = 6`` (narrow), four more
    fraction bits in the accumulator than in the type (a right shift), or four fewer with
    ``left_shift=True``. Rows can be rendered as the README's mode table.
    ``signed_storage=True``: ap_ufixed only, stored in a signed int8 element as the dense
    kernels store unsigned activations: ``W = 7`` (the widest, "not narrow") or ``W = 5``.
    """
    rows = []
    for q in AP_FIXED_QUANTIZATIONS:
        for o in ApOverflow:
            for signed in ((False,) if signed_storage else (True, False)):
                for narrow in (False, True):
                    w = (5 if narrow else 7) if signed_storage else (6 if narrow else 8)
                    t = FixedType(w, w // 2, signed, q.value, o.value)
                    f = t.frac + (-4 if left_shift else 4)
                    try:
                        p = srs_plan(f, acc_bits, t, storage_bits=8 if signed_storage else None)
                    except UnsupportedConversion as e:
                        rows.append(ModeSupport(q.value, o.value, signed, narrow, "refused",
                                                (), str(e)))
                        continue
                    rows.append(ModeSupport(q.value, o.value, signed, narrow, p.status,
                                            tuple(op[0] for op in p.ops)))
    return rows
