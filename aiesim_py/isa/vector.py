"""Vector ALU operations used by kernels: add, sub, saturating add/sub, max, min, ReLU, clamp,
select, on integer element types (signed and unsigned).

Values are integers of an element type (:mod:`aiesim_py.isa.types`); an ``uint8`` lane holds
0..255. Every function checks its operands against the type and raises ``ValueError``
outside it. Each operation has a reference on Python ints (``*_reference``) and an array fast
path (plain numpy ufuncs: one elementwise op gains nothing from numba); tests prove them equal.

Sources and status (aieml-facts.md 3.7 and 4.1):

* VADD/VSUB, VMAX/VMIN, VSEL are vector-unit ops with 2-cycle latency; max/min/compare read
  crVaddSign, which selects signed or unsigned comparison (PEANO-SCHED). Signedness is
  carried here by the element type.
* ``aie::add`` / ``aie::sub`` on vectors wrap (two's complement, modulo ``2**bits``):
  inferred. The UG1603 "Vector Arithmetic Operations" page lists them without a saturation
  mode and lists ``aie::saturating_add`` / ``saturating_sub`` separately as the ones that
  "support saturation mode" (that page is not yet tagged in aieml-facts.md). How the
  saturating forms round is moot (no bits are dropped); that they clamp to the element range
  with crSat ``saturate`` / ``symmetric`` and wrap with ``none`` is inferred.
* ReLU is ``max(v, 0)`` (facts 3.7, PEANO-SCHED). ``clamp`` (max then min) is the exact
  emulation of a logical width narrower than the storage type (design.md; isa/apfixed.py).
* ``aie::select(a, b, m)`` takes the element of ``b`` where the mask bit is set, else of ``a``
  (the AIE API convention isa/apfixed.py already relies on; no aieml-facts tag).
"""
from __future__ import annotations

import numpy as np

from aiesim_py.isa.modes import SaturationMode
from aiesim_py.isa.srs import saturate_reference
from aiesim_py.isa.types import ElementType, element_type

__all__ = [
    "add_reference", "sub_reference", "saturating_add_reference", "saturating_sub_reference",
    "max_reference", "min_reference", "relu_reference", "clamp_reference", "select_reference",
    "add", "sub", "saturating_add", "saturating_sub", "vmax", "vmin", "relu", "clamp", "select",
]


def _int_type(elem: ElementType | str) -> ElementType:
    t = element_type(elem)
    if t.is_float:
        raise ValueError(f"vector ALU ops here take integer element types, got {t}")
    return t


def _wrap(v: int, t: ElementType) -> int:
    return saturate_reference(v, t.bits, t.signed, SaturationMode.none)


def _checked(t: ElementType, *values) -> None:
    for v in values:
        t.check(v)


# ------------------------------------------------------------------------------------------
# References (Python ints)
# ------------------------------------------------------------------------------------------

def add_reference(a: int, b: int, elem: ElementType | str) -> int:
    """``aie::add``: ``a + b`` wrapped to the element type.

    >>> add_reference(100, 100, "int8"), add_reference(200, 100, "uint8")
    (-56, 44)
    """
    t = _int_type(elem)
    _checked(t, a, b)
    return _wrap(a + b, t)


def sub_reference(a: int, b: int, elem: ElementType | str) -> int:
    """``aie::sub``: ``a - b`` wrapped to the element type."""
    t = _int_type(elem)
    _checked(t, a, b)
    return _wrap(a - b, t)


def saturating_add_reference(a: int, b: int, elem: ElementType | str, saturation: SaturationMode) -> int:
    """``aie::saturating_add``: the exact sum saturated with crSat (``none`` wraps).

    >>> saturating_add_reference(-100, -100, "int8", SaturationMode.symmetric)
    -127
    """
    t = _int_type(elem)
    _checked(t, a, b)
    return saturate_reference(a + b, t.bits, t.signed, saturation)


def saturating_sub_reference(a: int, b: int, elem: ElementType | str, saturation: SaturationMode) -> int:
    """``aie::saturating_sub``: the exact difference saturated with crSat."""
    t = _int_type(elem)
    _checked(t, a, b)
    return saturate_reference(a - b, t.bits, t.signed, saturation)


def max_reference(a: int, b: int, elem: ElementType | str) -> int:
    """``aie::max`` (VMAX), signed or unsigned per the element type."""
    t = _int_type(elem)
    _checked(t, a, b)
    return a if a >= b else b


def min_reference(a: int, b: int, elem: ElementType | str) -> int:
    """``aie::min`` (VMIN)."""
    t = _int_type(elem)
    _checked(t, a, b)
    return a if a <= b else b


def relu_reference(v: int, elem: ElementType | str) -> int:
    """ReLU as the kernels do it: ``max(v, 0)``."""
    return max_reference(v, 0, elem)


def _check_bounds(t: ElementType, lo: int, hi: int) -> None:
    if not t.min <= lo <= hi <= t.max:
        raise ValueError(f"clamp bounds {lo}..{hi} must satisfy {t.min} <= lo <= hi <= {t.max} ({t})")


def clamp_reference(v: int, lo: int, hi: int, elem: ElementType | str) -> int:
    """``min(max(v, lo), hi)``: two vector ops that emulate a narrower logical width.

    >>> clamp_reference(100, -32, 31, "int8")    # ap_fixed<6, ...> with SAT in int8 storage
    31
    """
    t = _int_type(elem)
    _check_bounds(t, lo, hi)
    return min_reference(max_reference(v, lo, t), hi, t)


def select_reference(a: int, b: int, m: bool, elem: ElementType | str) -> int:
    """``aie::select(a, b, m)``: ``b`` where the mask bit ``m`` is set, else ``a``."""
    t = _int_type(elem)
    _checked(t, a, b)
    return b if m else a


# ------------------------------------------------------------------------------------------
# Fast paths (arrays; all return int64 arrays of the broadcast shape)
# ------------------------------------------------------------------------------------------

def _arr(t: ElementType, *xs) -> list[np.ndarray]:
    out = []
    for x in xs:
        x = np.asarray(x)
        t.check(x)
        out.append(x.astype(np.int64))
    return out


def _wrap_arr(x: np.ndarray, t: ElementType) -> np.ndarray:
    y = x & ((1 << t.bits) - 1)
    return np.where(y > t.max, y - (1 << t.bits), y) if t.signed else y


def _saturate_arr(x: np.ndarray, t: ElementType, saturation: SaturationMode) -> np.ndarray:
    if saturation is SaturationMode.none:
        return _wrap_arr(x, t)
    lo = -t.max if (saturation is SaturationMode.symmetric and t.signed) else t.min
    return np.clip(x, lo, t.max)


def add(a, b, elem: ElementType | str) -> np.ndarray:
    """Fast path of :func:`add_reference`."""
    t = _int_type(elem)
    x, y = _arr(t, a, b)
    return _wrap_arr(x + y, t)


def sub(a, b, elem: ElementType | str) -> np.ndarray:
    """Fast path of :func:`sub_reference`."""
    t = _int_type(elem)
    x, y = _arr(t, a, b)
    return _wrap_arr(x - y, t)


def saturating_add(a, b, elem: ElementType | str, saturation: SaturationMode) -> np.ndarray:
    """Fast path of :func:`saturating_add_reference`."""
    t = _int_type(elem)
    x, y = _arr(t, a, b)
    return _saturate_arr(x + y, t, saturation)


def saturating_sub(a, b, elem: ElementType | str, saturation: SaturationMode) -> np.ndarray:
    """Fast path of :func:`saturating_sub_reference`."""
    t = _int_type(elem)
    x, y = _arr(t, a, b)
    return _saturate_arr(x - y, t, saturation)


def vmax(a, b, elem: ElementType | str) -> np.ndarray:
    """Fast path of :func:`max_reference`."""
    t = _int_type(elem)
    x, y = _arr(t, a, b)
    return np.maximum(x, y)


def vmin(a, b, elem: ElementType | str) -> np.ndarray:
    """Fast path of :func:`min_reference`."""
    t = _int_type(elem)
    x, y = _arr(t, a, b)
    return np.minimum(x, y)


def relu(v, elem: ElementType | str) -> np.ndarray:
    """Fast path of :func:`relu_reference`."""
    return vmax(v, 0, elem)


def clamp(v, lo: int, hi: int, elem: ElementType | str) -> np.ndarray:
    """Fast path of :func:`clamp_reference`."""
    t = _int_type(elem)
    _check_bounds(t, lo, hi)
    return vmin(vmax(v, lo, t), hi, t)


def select(a, b, m, elem: ElementType | str) -> np.ndarray:
    """Fast path of :func:`select_reference`; ``m`` is a boolean array (the mask)."""
    t = _int_type(elem)
    x, y = _arr(t, a, b)
    return np.where(np.asarray(m, dtype=bool), y, x)
