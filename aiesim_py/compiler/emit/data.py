"""PLIO data files: the text format aiesimulator and x86simulator read and write.

Format (UG1076 "TXT File Format"): one PLIO beat per line, the beat's samples as decimal
integers separated by spaces; a 32-bit PLIO carries 4 int8 samples, 64-bit 8, 128-bit 16.
One graph iteration moves ``batch x features`` int8 row-major (``[batch][features]``),
which the Design's linear tilings write into / read from the first / last shared buffer.
"""
from __future__ import annotations

import numpy as np

from aiesim_py.design import Design, Plio
from aiesim_py.errors import InputDataError

INT8_MIN, INT8_MAX = -128, 127
DEFAULT_SEED = 0


def default_inputs(design: Design, iterations: int = 4, seed: int = DEFAULT_SEED) -> np.ndarray:
    """Deterministic random int8 inputs of the design's input type range.

    Returns:
        int64 array ``(iterations, batch, input_features)``.
    """
    if iterations < 1:
        raise InputDataError(f"iterations must be at least 1, got {iterations}")
    t = design.input_type
    lo, hi = max(INT8_MIN, t.int_min), min(INT8_MAX, t.int_max)
    rng = np.random.default_rng(seed)
    return rng.integers(lo, hi + 1, size=(iterations, design.batch, design.input_features), dtype=np.int64)


def check_samples(name: str, values, batch: int, features: int, iterations: int | None = None) -> np.ndarray:
    """Validate ``(iterations, batch, features)`` integers in the int8 range.

    Returns:
        int64 copy of the array.
    Raises:
        InputDataError: wrong shape, non-integer values or values outside [-128, 127].
    """
    arr = np.asarray(values)
    if arr.ndim != 3 or arr.shape[1:] != (batch, features) or arr.shape[0] < 1:
        raise InputDataError(f"{name} must have shape (iterations, {batch}, {features}) "
                             f"(iterations x batch x features), got {arr.shape}")
    if iterations is not None and arr.shape[0] != iterations:
        raise InputDataError(f"{name} has {arr.shape[0]} iterations, the inputs have {iterations}")
    if arr.dtype.kind not in "iu":
        if arr.dtype.kind == "f" and np.all(np.isfinite(arr)) and np.all(arr == np.round(arr)):
            arr = arr.astype(np.int64)
        else:
            raise InputDataError(f"{name} must hold integers (int8 values), got dtype {arr.dtype}")
    arr = arr.astype(np.int64)
    if arr.size and (arr.min() < INT8_MIN or arr.max() > INT8_MAX):
        raise InputDataError(f"{name} values must lie in [{INT8_MIN}, {INT8_MAX}] (int8), "
                             f"found [{arr.min()}, {arr.max()}]")
    return arr


def plio_text(plio: Plio, samples: np.ndarray) -> str:
    """The PLIO text file of ``samples`` (any shape, row-major order = stream order).

    Raises:
        InputDataError: the element count is not a whole number of PLIO beats.
    """
    per_line = plio.width_bits // 8
    flat = np.asarray(samples).reshape(-1)
    if flat.size % per_line:
        raise InputDataError(f"{flat.size} int8 values do not fill whole {plio.width_bits}-bit beats of {plio.name}")
    rows = flat.reshape(-1, per_line)
    return "".join(" ".join(str(int(v)) for v in row) + "\n" for row in rows)
