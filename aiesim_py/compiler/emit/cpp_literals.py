"""C++ spelling of Design values for the firmware templates: element types per width
(:data:`CPP_TYPES`, :data:`TABLE_TYPES`, :data:`NUMPY_TYPES`), the C++ identifier rule, and
literal text: integer and exact hexadecimal float arrays, dimension lists and the
``adf::tiling_parameters`` initializer (:func:`tiling_cpp`).

Split out of :mod:`aiesim_py.compiler.emit.context` (which re-exports every name here).
"""
from __future__ import annotations

import re

import numpy as np

from aiesim_py.design import TilingParameters
from aiesim_py.errors import FirmwareError

#: Element bits -> the AIE API / ADF element type and the C type of the constant tables.
CPP_TYPES = {8: "int8", 16: "int16", 32: "int32"}   # int32: outputs only; bf16 kernels: bfloat16
TABLE_TYPES = {8: "int8_t", 16: "int16_t"}
NUMPY_TYPES = {8: np.int8, 16: np.int16}

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _dims(values) -> str:
    return ", ".join(str(int(v)) for v in values)


def tiling_cpp(t: TilingParameters) -> str:
    """The ``adf::tiling_parameters`` initializer of ``t`` (designated initializers in the
    struct's declaration order: buffer_dimension, tiling_dimension, offset, tile_traversal,
    ..., boundary_dimension; UG1603 tiling parameters specification)."""
    steps = ", ".join(f"{{.dimension = {s.dimension}, .stride = {s.stride}, .wrap = {s.wrap}}}"
                      for s in t.tile_traversal)
    parts = [f".buffer_dimension = {{{_dims(t.buffer_dimension)}}}",
             f".tiling_dimension = {{{_dims(t.tiling_dimension)}}}",
             f".offset = {{{_dims(t.offset)}}}",
             f".tile_traversal = {{{steps}}}"]
    if t.boundary_dimension is not None:
        parts.append(f".boundary_dimension = {{{_dims(t.boundary_dimension)}}}")
    return ", ".join(parts)


def _c_floats(values: np.ndarray, per_line: int) -> str:
    """float32 values as exact C hexadecimal float literals (``0x1.8p-3f``)."""
    def lit(v):
        v = float(v)
        if not np.isfinite(v):
            raise FirmwareError(f"bias value {v} is not finite")
        return ("-" if np.signbit(v) else "") + float.hex(abs(v)) + "f"
    flat = [lit(v) for v in np.asarray(values, dtype=np.float32).reshape(-1)]
    lines = [", ".join(flat[i:i + per_line]) for i in range(0, len(flat), per_line)]
    return ",\n".join("    " + ln for ln in lines)


def _c_array(values: np.ndarray, per_line: int) -> str:
    flat = [str(int(v)) for v in np.asarray(values).reshape(-1)]
    lines = [", ".join(flat[i:i + per_line]) for i in range(0, len(flat), per_line)]
    return ",\n".join("    " + ln for ln in lines)
