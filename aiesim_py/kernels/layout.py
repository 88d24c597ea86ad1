"""Microtile layouts shared by the kernels, the packer and the memory-tile tilings.

A matrix ``(R, C)`` in *tile order* with tile ``(tr, tc)`` is stored as tiles
``[R/tr][C/tc]`` (row-major over tiles), each tile row-major: this is how an
``aie::mmul<M,K,N>`` reads A (tiles M x K) and writes C (tiles M x N).
Weights use *column-tile order*: tiles ``[C/tc][R/tr]`` so that the K loop of one output
column block walks memory sequentially.
"""
from __future__ import annotations

import numpy as np


def to_tile_order(mat: np.ndarray, tr: int, tc: int, column_major_tiles: bool = False) -> np.ndarray:
    """``(..., R, C)`` -> ``(..., R*C)`` in tile order (R % tr == 0, C % tc == 0)."""
    *lead, r, c = mat.shape
    t = mat.reshape(*lead, r // tr, tr, c // tc, tc)
    n = len(lead)
    if column_major_tiles:
        t = np.moveaxis(t, [n + 2, n + 0, n + 1, n + 3], [n + 0, n + 1, n + 2, n + 3])
    else:
        t = np.moveaxis(t, [n + 0, n + 2, n + 1, n + 3], [n + 0, n + 1, n + 2, n + 3])
    return np.ascontiguousarray(t).reshape(*lead, r * c)


def from_tile_order(flat: np.ndarray, r: int, c: int, tr: int, tc: int,
                    column_major_tiles: bool = False) -> np.ndarray:
    """Inverse of :func:`to_tile_order`: ``(..., R*C)`` -> ``(..., R, C)``."""
    *lead, size = flat.shape
    assert size == r * c, (size, r, c)
    n = len(lead)
    if column_major_tiles:
        t = flat.reshape(*lead, c // tc, r // tr, tr, tc)
        t = np.moveaxis(t, [n + 0, n + 1, n + 2, n + 3], [n + 2, n + 0, n + 1, n + 3])
    else:
        t = flat.reshape(*lead, r // tr, c // tc, tr, tc)
        t = np.moveaxis(t, [n + 0, n + 1, n + 2, n + 3], [n + 0, n + 2, n + 1, n + 3])
    return np.ascontiguousarray(t).reshape(*lead, r, c)
