"""PLIO data files: the text format aiesimulator and x86simulator read and write.

Format (UG1076 "TXT File Format"): one PLIO beat per line, the beat's samples as decimal
integers separated by spaces; a 32-bit PLIO carries 4 int8 samples, 64-bit 8, 128-bit 16;
for int16 samples 2, 4 and 8 (the element type is the PLIO's ``dtype``).
The stream of one graph iteration is whatever the PLIO-side tiling of the first (last)
shared buffer writes (reads): samples ``[batch][features]`` sit in a ``{stored, batch}``
buffer, and the tiling's element order, with zeros outside its boundary, is the stream.
For the plan's linear tilings that is the samples row-major.
"""
from __future__ import annotations

import numpy as np

from aiesim_py.compiler.emit.context import FirmwareError, element_bytes
from aiesim_py.design import Design, Plio, SharedBuffer, SharedBufferPort
from aiesim_py.errors import InputDataError

INT8_MIN, INT8_MAX = -128, 127
DEFAULT_SEED = 0


def element_range(dtype: str) -> tuple[int, int]:
    """``[lo, hi]`` of a signed storage element ("int8" / "int16"); bfloat16 samples are
    their bit patterns, [0, 65535]."""
    if dtype == "bfloat16":
        return 0, 0xFFFF
    bits = 8 * element_bytes(dtype, "samples")
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


def plio_dtype(design: Design, direction: str) -> str:
    """The element type of the design's input ("in") or output ("out") PLIO."""
    for p in design.plios:
        if p.direction == direction:
            return p.dtype
    raise FirmwareError(f"the design has no {direction}put PLIO")


def default_inputs(design: Design, iterations: int = 4, seed: int = DEFAULT_SEED) -> np.ndarray:
    """Deterministic random inputs of the design's input type range (within the input PLIO's
    element type, int8 or int16).

    Returns:
        int64 array ``(iterations, batch, input_features)``.
    """
    if iterations < 1:
        raise InputDataError(f"iterations must be at least 1, got {iterations}")
    t = design.input_type
    rng = np.random.default_rng(seed)
    if plio_dtype(design, "in") == "bfloat16":       # bf16 patterns of standard-normal floats
        return t.from_float(rng.standard_normal((iterations, design.batch, design.input_features)))
    e_lo, e_hi = element_range(plio_dtype(design, "in"))
    lo, hi = max(e_lo, t.int_min), min(e_hi, t.int_max)
    return rng.integers(lo, hi + 1, size=(iterations, design.batch, design.input_features), dtype=np.int64)


def check_samples(name: str, values, batch: int, features: int, iterations: int | None = None,
                  dtype: str = "int8") -> np.ndarray:
    """Validate ``(iterations, batch, features)`` integers in the range of ``dtype``
    (the PLIO's element type, "int8" or "int16").

    Returns:
        int64 copy of the array.
    Raises:
        InputDataError: wrong shape, non-integer values or values outside the element range
            ([-128, 127] for int8, [-32768, 32767] for int16).
    """
    lo, hi = element_range(dtype)
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
            raise InputDataError(f"{name} must hold integers ({dtype} values), got dtype {arr.dtype}")
    arr = arr.astype(np.int64)
    if arr.size and (arr.min() < lo or arr.max() > hi):
        raise InputDataError(f"{name} values must lie in [{lo}, {hi}] ({dtype}), "
                             f"found [{arr.min()}, {arr.max()}]")
    return arr


def plio_port(design: Design, plio: Plio) -> tuple[SharedBuffer, SharedBufferPort]:
    """The shared-buffer port on the other end of ``plio``."""
    for b in design.shared_buffers:
        for port in (b.inputs if plio.direction == "in" else b.outputs):
            if plio.name in port.peers:
                return b, port
    raise FirmwareError(f"no shared-buffer port lists PLIO {plio.name} as its peer")


def plio_stream(design: Design, plio: Plio, samples: np.ndarray) -> np.ndarray:
    """Samples ``(iterations, batch, features)`` -> the PLIO stream ``(iterations, elements)``.

    ``samples`` holds all the design's input (output) features; a PLIO that carries a range
    of them (``Plio.feature_offset`` / ``features``) streams that range.

    Raises:
        FirmwareError: the shared buffer is not ``{stored >= features, batch}``, or an input
            tiling leaves some sample unwritten.
    """
    b, port = plio_port(design, plio)
    total = design.input_features if plio.direction == "in" else design.output_features
    if samples.shape[2] == total:           # the PLIO's range of the host features
        count = plio.features if plio.features is not None else total - plio.feature_offset
        samples = samples[:, :, plio.feature_offset:plio.feature_offset + count]
    iterations, batch, features = samples.shape
    if len(b.dimension) != 2 or b.dimension[1] != batch or b.dimension[0] < features:
        raise FirmwareError(f"shared buffer {b.name} {b.dimension} does not hold [batch={batch}]"
                            f"[features={features}] samples")
    stored = int(b.dimension[0])
    buf = np.zeros((iterations, batch, stored), dtype=np.int64)
    buf[:, :, :features] = samples
    buf = buf.reshape(iterations, -1)
    off = port.tiling.element_offsets()
    if plio.direction == "in":
        written = np.zeros(buf.shape[1], dtype=bool)
        written[off[off >= 0]] = True
        if not written.reshape(batch, stored)[:, :features].all():
            raise FirmwareError(f"the write tiling of {b.name} from {plio.name} does not cover every input sample")
    return np.where(off >= 0, buf[:, np.maximum(off, 0)], 0)


def plio_text(plio: Plio, samples: np.ndarray) -> str:
    """The PLIO text file of ``samples`` (any shape, row-major order = stream order), one beat
    per line: ``width_bits / element bits`` values of the PLIO's ``dtype`` (UG1076 "TXT File
    Format": int8 4 / 8 / 16, int16 2 / 4 / 8 values per line at 32 / 64 / 128 bits).

    Raises:
        InputDataError: the element count is not a whole number of PLIO beats, or a value
            does not fit the element type.
    """
    per_line = plio.width_bits // (8 * element_bytes(plio.dtype, f"PLIO {plio.name}"))
    flat = np.asarray(samples).reshape(-1)
    lo, hi = element_range(plio.dtype)
    if flat.size and (flat.min() < lo or flat.max() > hi):
        raise InputDataError(f"PLIO {plio.name} carries {plio.dtype}; values outside [{lo}, {hi}] "
                             f"found ([{flat.min()}, {flat.max()}])")
    if flat.size % per_line:
        raise InputDataError(f"{flat.size} {plio.dtype} values do not fill whole {plio.width_bits}-bit beats "
                             f"of {plio.name}")
    rows = flat.reshape(-1, per_line)
    return "".join(" ".join(str(int(v)) for v in row) + "\n" for row in rows)
