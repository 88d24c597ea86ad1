"""UPS: upshift from a vector element to an accumulator lane.

``acc.from_vector(v, shift)`` in the AIE API; intrinsics ``ups_to_v32acc32`` (int8),
``ups_to_v16acc32`` / ``ups_to_v16acc64`` (int16), ``ups_to_v8acc64`` (int32) and their unsigned
variants (UG1583-UPS, aieml-facts.md 3.4).

Semantics, as the UG1583-UPS pseudo-code gives them (documented):

1. With saturation enabled (crSat saturate or symmetric) the *input* is clamped first to
   ``[min >> shift, max >> shift]`` where ``[min, max]`` is the accumulator lane's range
   (``-2**(p-1)`` .. ``2**(p-1) - 1`` for a ``p``-bit lane; symmetric mode uses
   ``-(2**(p-1) - 1)`` as ``min``). ``>>`` is an arithmetic shift (floor), so for shift >= 1
   the symmetric lower bound floors to ``-2**(p-1-shift)`` and the result can still be
   ``-2**(p-1)``: symmetric saturation in UPS is not symmetric after a shift. Modelled as the
   pseudo-code says.
2. Then ``value << shift``; no rounding (no bits are lost). Without saturation the lane keeps
   the low ``p`` bits (two's-complement wrap; inferred, the pseudo-code's cast to the
   accumulator type).
3. Shift range 0..63 (UG1583-UPS). For 32-bit lanes, shifts >= 32 give 0: documented for the
   AIE-ML v2 intrinsics (UG1583v2-UPS) and assumed for AIE-ML. The model needs no special
   case: both the wrap and the clamp to ``[-1, 0]`` followed by the shift give 0.

Not modelled: the pseudo-code's unsigned-*output* bounds (AIE-ML accumulator lanes are
signed; an unsigned input is just a non-negative value here) and the sticky overflow flag
srUPS_of / event UPS_OVERFLOW (PEANO-SCHED, RT-EVT).

:func:`ups_reference` is the readable definition on ints, :func:`ups` the numba fast path.
"""
from __future__ import annotations

import numba
import numpy as np

from aiesim_py.isa.modes import SaturationMode
from aiesim_py.isa.types import AccumType, ElementType, accum_type, element_type

#: UPS shift range (UG1583-UPS).
UPS_SHIFT_RANGE = (0, 63)
#: Native UPS input element types per accumulator (UG1583-UPS intrinsic list).
UPS_INPUTS = {
    "acc32": ("int8", "uint8", "int16", "uint16"),
    "acc64": ("int16", "uint16", "int32", "uint32"),
}


def _check_args(shift: int, acc_bits: int) -> None:
    if not UPS_SHIFT_RANGE[0] <= shift <= UPS_SHIFT_RANGE[1]:
        raise ValueError(f"UPS shift {shift} outside {UPS_SHIFT_RANGE[0]}..{UPS_SHIFT_RANGE[1]} (UG1583-UPS)")
    if acc_bits not in (32, 64):
        raise ValueError(f"UPS accumulator lanes are 32 or 64 bits, got {acc_bits}")


def ups_reference(v: int, shift: int, saturation: SaturationMode, acc_bits: int = 32) -> int:
    """UPS of one vector element ``v`` (a Python int) into a ``acc_bits`` lane, the definition.

    Args:
        v: element value (an int8..int32 or uint8..uint32 value).
        shift: left shift 0..63.
        saturation: crSat.
        acc_bits: 32 (acc32) or 64 (acc64).
    Returns:
        The accumulator lane value as a Python int.
    Raises:
        ValueError: shift or accumulator width out of range.

    >>> ups_reference(-32768, 16, SaturationMode.symmetric)   # symmetric min floors: not clamped
    -2147483648
    >>> ups_reference(32767, 17, SaturationMode.saturate)     # clamped to (2**31-1) >> 17 first
    2147352576
    """
    _check_args(shift, acc_bits)
    hi = (1 << (acc_bits - 1)) - 1
    lo = -hi if saturation is SaturationMode.symmetric else -hi - 1
    if saturation is not SaturationMode.none:
        v = min(max(v, lo >> shift), hi >> shift)
    w = (v << shift) & ((1 << acc_bits) - 1)     # keep the lane's bits
    return w - (1 << acc_bits) if w > hi else w


@numba.njit(cache=True)
def _ups_kernel(v, shift, sat, acc_bits, out):
    one = np.int64(1)
    hi = (one << (acc_bits - 2)) - one + (one << (acc_bits - 2))    # 2**(p-1) - 1 without overflow
    sign_weight = -hi - one                                            # -2**(p-1)
    lo = -hi if sat == 3 else sign_weight
    hi_s = hi >> shift
    lo_s = lo >> shift
    keep = acc_bits - 1 - shift          # bits of v below the lane's sign bit after the shift
    for i in range(v.size):
        x = np.int64(v.flat[i])
        if sat != 0:
            if x > hi_s:
                x = hi_s
            elif x < lo_s:
                x = lo_s
        if keep < 0:
            r = np.int64(0)
        elif keep == 63:                 # acc64, shift 0: the int64 value is the lane
            r = x
        else:
            r = (x & ((one << keep) - one)) << shift
            if (x >> keep) & one:        # the bit that lands on the lane's sign bit
                r = r + sign_weight
        out.flat[i] = r


def ups(v: np.ndarray, shift: int, saturation: SaturationMode, acc_bits: int = 32) -> np.ndarray:
    """UPS over an array of vector elements (numba fast path of :func:`ups_reference`).

    Args:
        v: integer array of any shape (element values; unsigned types as non-negative values).
        shift, saturation, acc_bits: as :func:`ups_reference`.
    Returns:
        int64 array of accumulator lanes, same shape.
    Raises:
        ValueError: as :func:`ups_reference`.
    """
    _check_args(shift, acc_bits)
    v = np.ascontiguousarray(v, dtype=np.int64)
    out = np.empty_like(v)
    _ups_kernel(v, shift, saturation.value, acc_bits, out)
    return out


def from_vector(v, shift: int, in_type: ElementType | str, saturation: SaturationMode,
                acc_type: AccumType | str = "acc32") -> np.ndarray:
    """``acc.from_vector(v, shift)``: UPS with the pair and the input range checked.

    Args:
        v: element values of type ``in_type``.
        shift: 0..63.
        in_type: see :data:`UPS_INPUTS`.
        saturation: crSat.
        acc_type: ``"acc32"`` or ``"acc64"``.
    Returns:
        int64 array of accumulator lanes.
    Raises:
        ValueError: not a native UPS pair (UG1583-UPS), a value outside ``in_type``, or as
            :func:`ups`.
    """
    at, it = accum_type(acc_type), element_type(in_type)
    if it.name not in UPS_INPUTS.get(at.name, ()):
        raise ValueError(f"no native UPS from {it} to {at} (UG1583-UPS); {at} takes "
                         f"{', '.join(UPS_INPUTS.get(at.name, ('none',)))}")
    it.check(v, f"{it} element")
    return ups(np.asarray(v), shift, saturation, at.bits)
