"""Unit helpers. Names carry their unit: ``*_cycles``, ``*_ns``, ``*_bytes``, ``*_hz``."""
from __future__ import annotations

import math


def cycles_to_ns(cycles: float, clock_hz: float) -> float:
    """Convert array-clock cycles to nanoseconds at ``clock_hz``."""
    return cycles * 1e9 / clock_hz


def ns_to_cycles(ns: float, clock_hz: float) -> float:
    """Convert nanoseconds to array-clock cycles at ``clock_hz``."""
    return ns * clock_hz / 1e9


def ceil_div(a: int, b: int) -> int:
    """Integer ceiling of ``a / b`` for non-negative ``a`` and positive ``b``."""
    return -(-a // b)


def round_up(a: int, multiple: int) -> int:
    """Smallest multiple of ``multiple`` that is >= ``a``."""
    return ceil_div(a, multiple) * multiple


def gops(ops: float, ns: float) -> float:
    """Giga-operations per second for ``ops`` operations done every ``ns`` nanoseconds."""
    return ops / ns if ns > 0 else math.inf
