"""Element types and accumulator types of the AIE-ML datapath, with AMD's names.

An element type is what a vector register lane holds (``int8``, ``bfloat16`` ...); an
accumulator type is what an accumulator lane holds (``acc32``, ``acc64``, ``accfloat``).
Values of integer types are plain integers here (an ``uint8`` lane holds 0..255, never a bit
pattern); bf16 values are carried as their 16-bit patterns (see :mod:`aiesim_py.isa.bf16`).

Sources (aieml-facts.md): element and accumulator names API-TYPES; accumulator lanes are 32 or
64 bits on AIE-ML, acc72/acc80 are AIE1 only (API-TYPES, API-DOC); accfloat is FP32
(API-ACC, AM020-PROC); default accumulation bits per type pair API-ACC ``default_accum_bits``
(section 3.1).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = [
    "ElementType", "AccumType", "INT4", "UINT4", "INT8", "UINT8", "INT16", "UINT16", "INT32",
    "UINT32", "BFLOAT16", "FLOAT32", "ACC32", "ACC64", "ACCFLOAT", "ELEMENT_TYPES", "ACCUM_TYPES",
    "element_type", "accum_type", "default_accum",
]


@dataclass(frozen=True)
class ElementType:
    """A vector element type.

    Attributes:
        name: AMD's name (``"int8"``, ``"uint16"``, ``"bfloat16"``).
        bits: storage width in bits.
        signed: two's-complement (True) or unsigned (False); floats are signed.
        is_float: bfloat16 / float (IEEE-style sign, exponent, mantissa).
    """
    name: str
    bits: int
    signed: bool
    is_float: bool = False

    @property
    def min(self) -> int:
        """Smallest integer value (``ValueError`` for float types)."""
        self._need_int()
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def max(self) -> int:
        """Largest integer value (``ValueError`` for float types)."""
        self._need_int()
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1

    def _need_int(self) -> None:
        if self.is_float:
            raise ValueError(f"{self.name} is a floating-point type; it has no integer range")

    def check(self, values, what: str = "operand") -> None:
        """Raise ``ValueError`` unless every value (an int, nested list or array) is in range.

        >>> INT4.check([-8, 7])
        >>> INT4.check(8)
        Traceback (most recent call last):
        ...
        ValueError: operand value 8 is outside int4 range -8..7
        """
        lo, hi = self.min, self.max
        arr = np.asarray(values, dtype=object if _has_big(values) else None)
        if arr.size == 0:
            return
        if arr.dtype.kind not in "iuO":
            raise ValueError(f"{what} must hold integers for {self.name}, got dtype {arr.dtype}")
        bad = (arr < lo) | (arr > hi)
        if np.any(bad):
            v = arr[bad].flat[0] if arr.ndim else arr.item()
            raise ValueError(f"{what} value {v} is outside {self.name} range {lo}..{hi}")

    def __str__(self) -> str:
        return self.name


def _has_big(values) -> bool:
    """True for Python ints beyond int64 (numpy would refuse or overflow on them)."""
    if isinstance(values, int):
        return not -2**63 <= values < 2**63
    if isinstance(values, (list, tuple)):
        return any(_has_big(v) for v in values)
    return False


@dataclass(frozen=True)
class AccumType:
    """An accumulator lane type.

    Attributes:
        name: AMD's accumulator tag (``"acc32"``, ``"acc64"``, ``"accfloat"``).
        bits: lane width in bits.
        is_float: accfloat (IEEE binary32 lanes).
    """
    name: str
    bits: int
    is_float: bool = False

    @property
    def min(self) -> int:
        return -(1 << (self.bits - 1))

    @property
    def max(self) -> int:
        return (1 << (self.bits - 1)) - 1

    def wrap(self, x: int) -> int:
        """Two's-complement wrap of a Python int to the lane width (aieml-facts 3.5: assumed)."""
        m = 1 << self.bits
        x %= m
        return x - m if x >= m >> 1 else x

    def check(self, values, what: str = "accumulator") -> None:
        """Raise ``ValueError`` unless every integer lane value fits the lane width."""
        if self.is_float:
            return
        ElementType(self.name, self.bits, True).check(values, what)

    def __str__(self) -> str:
        return self.name


INT4 = ElementType("int4", 4, True)
UINT4 = ElementType("uint4", 4, False)
INT8 = ElementType("int8", 8, True)
UINT8 = ElementType("uint8", 8, False)
INT16 = ElementType("int16", 16, True)
UINT16 = ElementType("uint16", 16, False)
INT32 = ElementType("int32", 32, True)
UINT32 = ElementType("uint32", 32, False)
BFLOAT16 = ElementType("bfloat16", 16, True, True)
FLOAT32 = ElementType("float", 32, True, True)

ACC32 = AccumType("acc32", 32)
ACC64 = AccumType("acc64", 64)
ACCFLOAT = AccumType("accfloat", 32, True)

ELEMENT_TYPES = {t.name: t for t in (INT4, UINT4, INT8, UINT8, INT16, UINT16, INT32, UINT32,
                                     BFLOAT16, FLOAT32)}
ACCUM_TYPES = {t.name: t for t in (ACC32, ACC64, ACCFLOAT)}
_ALIASES = {"bf16": "bfloat16", "fp32": "float", "float32": "float"}


def element_type(t: ElementType | str) -> ElementType:
    """The :class:`ElementType` named ``t`` (``"int8"``, ``"bf16"`` ...) or ``t`` itself.

    Raises:
        ValueError: unknown name.
    """
    if isinstance(t, ElementType):
        return t
    name = _ALIASES.get(str(t), str(t))
    try:
        return ELEMENT_TYPES[name]
    except KeyError:
        raise ValueError(f"unknown element type {t!r}; known: {', '.join(ELEMENT_TYPES)}") from None


def accum_type(t: AccumType | str) -> AccumType:
    """The :class:`AccumType` named ``t`` (``"acc32"``, ``"acc64"``, ``"accfloat"``) or ``t``.

    Raises:
        ValueError: unknown name (acc48/acc72/acc80 are AIE1 or rounded-up API requests).
    """
    if isinstance(t, AccumType):
        return t
    try:
        return ACCUM_TYPES[str(t)]
    except KeyError:
        raise ValueError(f"unknown AIE-ML accumulator {t!r}; known: {', '.join(ACCUM_TYPES)}") from None


def default_accum(a: ElementType | str, b: ElementType | str) -> AccumType:
    """The AIE API's default accumulator for a multiplication of ``a`` by ``b`` (API-ACC).

    8x4, 8x8, 16x8, 8x16, 16x16 bits -> acc32; 32x16 (48 bits requested, rounded up to the
    native lane) and 32x32 -> acc64; any floating type -> accfloat (aieml-facts 3.1).

    >>> default_accum("int16", "int8").name, default_accum("int32", "int16").name
    ('acc32', 'acc64')
    """
    a, b = element_type(a), element_type(b)
    if a.is_float or b.is_float:
        return ACCFLOAT
    return ACC32 if max(a.bits, b.bits) <= 16 else ACC64
