"""One kernel's firmware values: the checks that the dense templates can emit it (kind,
name, element widths, mmul shape, rounding / saturation, SRS shift, conversion ops, packed
weight and bias tables; :func:`_check_kernel`, :func:`_check_bf16_kernel`), the
``aiesim::Conversion<...>`` type of its conversion ops (:func:`conversion_cpp`), the mmul
shapes the integer template emits (:func:`template_shapes`) and the values graph.h,
kernels.h, ``<kernel>.cc`` and ``weights/<kernel>.h`` print (:func:`kernel_context`).

Split out of :mod:`aiesim_py.compiler.emit.context` (which re-exports every name here).
"""
from __future__ import annotations

import numpy as np

from aiesim_py.arch import load_device
from aiesim_py.compiler.emit.cpp_literals import _IDENT, CPP_TYPES, NUMPY_TYPES, TABLE_TYPES, _c_array, _c_floats
from aiesim_py.compiler.passes.parallelize import MMUL_SHAPES, microtiles
from aiesim_py.design import KernelInstance
from aiesim_py.errors import AieSimError, FirmwareError
from aiesim_py.isa.modes import RoundingMode, SaturationMode

#: Conversion op (``isa.apfixed.OPS``) -> (C++ template in firmware/kernels/conversion.h.j2,
#: kinds of its parameters in order). Kinds: ``elem`` a value of the output storage element
#: (int8 or int16), ``bits`` a width 1..8 (int8) or 1..16 (int16), ``bool``, ``lshift`` a left
#: shift 0..255 (the element width and more leave no bit), ``srs`` an SRS shift 0..59,
#: ``srs_or_none`` an SRS shift -255..59 where a negative value means "no SRS".
_OP_TEMPLATES = {
    "clamp": ("Clamp", ("elem", "elem")),
    "wrap": ("Wrap", ("bits", "bool")),
    "zero_if_outside": ("ZeroIfOutside", ("elem", "elem")),
    "shl": ("Shl", ("lshift",)),
    "shl_clamp": ("ShlClamp", ("lshift", "elem", "elem")),
    "shl_zero_if_outside": ("ShlZeroIfOutside", ("lshift", "elem", "elem")),
    "zero_if_overflow": ("ZeroIfOverflow", ("srs",)),
    "wrap_sm": ("WrapSm", ("bits", "srs_or_none")),
    "zero_if_acc_negative": ("ZeroIfAccNegative", ()),
}

#: Conversion ops (``isa.apfixed.OPS``) the dense kernel template implements.
TEMPLATE_OPS: frozenset = frozenset(_OP_TEMPLATES)
SRS_SHIFT_MAX = 59                        # UG1583-SRS; the template's static_assert


def template_shapes(a_bits: int, w_bits: int, device: str | None = None) -> list[tuple[int, int, int]]:
    """mmul shapes (M, K, N) the integer dense template emits for a type pair: every
    ``aie::mmul<M, K, N, TA, TW, acc32>`` the AIE API offers for it (API-MMUL native and
    emulated shapes, and the native shapes of ``device``'s file, e.g. AIE-MLv2 int8 8x8x8);
    the template is written for any M, K, N (firmware/kernels/dense.h.j2)."""
    dev = None
    if device is not None:
        try:
            dev = load_device(device)
        except AieSimError:
            dev = None
    return microtiles((a_bits, w_bits), "all", dev)


def _check_kernel(k: KernelInstance, device: str | None = None) -> None:
    where = f"kernel {k.name!r} (layer {k.layer}, tile {tuple(k.tile)})"
    if k.kind != "dense":
        raise FirmwareError(f"{where}: kernel kind {k.kind!r} has no firmware template (only 'dense')")
    if not _IDENT.match(k.name):
        raise FirmwareError(f"{where}: the name is not a C++ identifier")
    p = k.params
    if p.arith == "bf16":
        _check_bf16_kernel(k, where)
        return
    bits = (p.a_bits, p.w_bits, p.out_bits)
    if any(b not in CPP_TYPES for b in bits):
        raise FirmwareError(f"{where}: element widths (activations, weights, outputs) {bits} are not "
                            "supported by the dense template (8 or 16 bits each)")
    shape = (p.mmul_m, p.mmul_k, p.mmul_n)
    allowed = template_shapes(p.a_bits, p.w_bits, device)
    if shape not in allowed:
        raise FirmwareError(f"{where}: mmul shape {'x'.join(map(str, shape))} for int{p.a_bits} x int{p.w_bits} "
                            "is not an aie::mmul shape of the AIE API (UG1529 Matrix Multiplication); the dense "
                            f"template emits {', '.join('x'.join(map(str, s)) for s in allowed)}")
    if p.rounding not in RoundingMode.__members__:
        raise FirmwareError(f"{where}: unknown rounding mode {p.rounding!r}")
    if p.saturation not in SaturationMode.__members__:
        raise FirmwareError(f"{where}: unknown saturation mode {p.saturation!r}")
    if not 0 <= p.shift <= SRS_SHIFT_MAX:
        raise FirmwareError(f"{where}: SRS shift {p.shift} outside 0..{SRS_SHIFT_MAX}")
    unsupported = [str(op[0]) if op else "()" for op in p.ops if not op or op[0] not in TEMPLATE_OPS]
    if unsupported:
        raise FirmwareError(
            f"{where}: the dense template cannot emit the conversion op(s) {', '.join(unsupported)} "
            f"(it implements {', '.join(sorted(TEMPLATE_OPS))})")
    conversion_cpp(p.ops, where, p.out_bits)   # parameters checked here, before anything is written
    _check_values(k, where, NUMPY_TYPES[p.w_bits], CPP_TYPES[p.w_bits], np.int32)


def _check_bf16_kernel(k: KernelInstance, where: str) -> None:
    """The bf16 template's requirements (firmware/kernels/dense_bf16.h.j2)."""
    p = k.params
    shape = (p.mmul_m, p.mmul_k, p.mmul_n)
    if shape != MMUL_SHAPES[p.mmul_key]:
        raise FirmwareError(f"{where}: mmul shape {'x'.join(map(str, shape))} for bfloat16; the bf16 template "
                            "uses the native 4x8x4 (UG1529 Matrix Multiplication)")
    _check_values(k, where, np.uint16, "bf16 bit patterns (uint16)", np.float32)


def _check_values(k: KernelInstance, where: str, w_dtype, w_name: str, bias_dtype) -> None:
    """A kernel's weights (``p.k x p.n`` of ``w_dtype`` in the tile, or none when they stream
    from a memory tile) and bias (``p.n`` of ``bias_dtype`` for the roles that have one).

    Raises:
        FirmwareError: naming the kernel and what it holds instead.
    """
    p = k.params
    w = np.asarray(k.weights)
    if p.weight_chunk_n:
        if w.size:
            raise FirmwareError(f"{where}: streams its weights from a memory tile but also holds {w.size} in the tile")
    elif w.dtype != w_dtype or w.size != p.k * p.n:
        raise FirmwareError(f"{where}: packed weights must be {p.k * p.n} {w_name}, got {w.size} {w.dtype}")
    if p.has_bias:
        b = None if k.bias is None else np.asarray(k.bias)
        if b is None or b.dtype != bias_dtype or b.size != p.n:
            raise FirmwareError(f"{where}: role {p.role} needs {p.n} {np.dtype(bias_dtype).name} bias values")
    elif k.bias is not None:
        raise FirmwareError(f"{where}: role {p.role} takes no bias (it starts from the cascade)")


def _op_arg(kind: str, value, op, where: str, out_bits: int = 8) -> str:
    """One template argument of a conversion op, checked against what the template takes
    (``out_bits``: the output element the ops run on)."""
    def bad(what):
        return FirmwareError(f"{where}: conversion op {op!r}: {what}")
    if kind == "bool":
        if not isinstance(value, (bool, np.bool_)):
            raise bad(f"expected a bool, got {value!r}")
        return "true" if value else "false"
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise bad(f"expected an integer, got {value!r}")
    v = int(value)
    e_lo, e_hi = -(1 << (out_bits - 1)), (1 << (out_bits - 1)) - 1
    lo, hi = {"elem": (e_lo, e_hi), "bits": (1, out_bits), "lshift": (0, 255), "srs": (0, SRS_SHIFT_MAX),
              "srs_or_none": (-255, SRS_SHIFT_MAX)}[kind]
    if not lo <= v <= hi:
        what = {"elem": f"a bound outside the int{out_bits} output range [{e_lo}, {e_hi}]",
                "bits": f"a width outside 1..{out_bits}", "lshift": "a left shift outside 0..255",
                "srs": f"an SRS shift outside 0..{SRS_SHIFT_MAX}",
                "srs_or_none": f"an SRS shift outside -255..{SRS_SHIFT_MAX}"}[kind]
        raise bad(f"{what} ({v})")
    return str(v)


def conversion_cpp(ops, where: str = "kernel", out_bits: int = 8) -> str:
    """The ``aiesim::Conversion<...>`` type of a kernel's extra conversion ops.

    ``ops`` is ``DenseParams.ops`` (``isa.apfixed.OPS`` tuples, applied in order after the SRS);
    each becomes one ``aiesim::op::*`` template of ``firmware/kernels/conversion.h.j2``. The ops
    run on the output element (``out_bits`` 8: int8, 16: int16); the template is generic in
    that type and the kernel instantiates it with its output type.

    Raises:
        FirmwareError: an op the template does not implement, or parameters it cannot take
            (bounds outside the output element's range, widths outside 1..out_bits, an
            unsigned wrap to all out_bits bits, SRS shifts outside 0..59, lower bound above
            upper bound).
    """
    if out_bits not in CPP_TYPES:
        raise FirmwareError(f"{where}: {out_bits}-bit outputs have no conversion template (8 or 16)")
    parts = []
    for op in ops:
        name = op[0] if op else None
        if name not in _OP_TEMPLATES:
            raise FirmwareError(f"{where}: the dense template cannot emit the conversion op {op!r}")
        cls, kinds = _OP_TEMPLATES[name]
        args = tuple(op[1:])
        if len(args) != len(kinds):
            raise FirmwareError(f"{where}: conversion op {op!r} needs {len(kinds)} parameters "
                                f"({', '.join(kinds)})")
        cpp = [_op_arg(kind, v, op, where, out_bits) for kind, v in zip(kinds, args)]
        if kinds[-2:] == ("elem", "elem") and int(args[-2]) > int(args[-1]):
            raise FirmwareError(f"{where}: conversion op {op!r}: lower bound above the upper bound")
        if name == "wrap" and not args[1] and int(args[0]) > out_bits - 1:
            raise FirmwareError(f"{where}: conversion op {op!r}: an unsigned wrap to {args[0]} bits "
                                f"does not fit the signed int{out_bits} output")
        parts.append(f"aiesim::op::{cls}<{', '.join(cpp)}>" if cpp else f"aiesim::op::{cls}")
    return f"aiesim::Conversion<{', '.join(parts)}>"


def _op_text(op) -> str:
    return f"{op[0]}({', '.join(str(v) for v in op[1:])})"


def kernel_context(k: KernelInstance, device: str | None = None) -> dict:
    """Values of one kernel for graph.h, kernels.h, <kernel>.cc and weights/<kernel>.h.

    Buffer sizes (``in_elems``, ``out_elems``) count elements of the port's type: ADF's
    ``dimensions()`` takes samples, not bytes (UG1603 "Buffer Port Attributes and API").
    """
    _check_kernel(k, device)
    p = k.params
    has_bias = p.has_bias
    if p.arith == "bf16":
        return _bf16_kernel_context(k)
    return {
        "name": k.name, "fn": f"{k.name}_fn", "cls": f"{k.name}_t", "role": p.role,
        "layer": k.layer, "chain": k.chain, "cas_index": k.cas_index, "tile": tuple(int(v) for v in k.tile),
        "batch": p.batch, "k": p.k, "n": p.n, "mmul": (p.mmul_m, p.mmul_k, p.mmul_n),
        # element types: activations (input buffer), weights (table), outputs (output buffer)
        "ta": CPP_TYPES[p.a_bits], "tw": CPP_TYPES[p.w_bits], "tc": CPP_TYPES[p.out_bits],
        "weights_ctype": TABLE_TYPES[p.w_bits],
        "shift": p.shift, "rounding": p.rounding, "saturation": p.saturation, "relu": bool(p.relu),
        # the output conversion: SRS, then the plan's extra ops (only output roles convert)
        "ops": [_op_text(op) for op in p.ops] if p.writes_output else [],
        "conversion": conversion_cpp(p.ops if p.writes_output else (), f"kernel {k.name!r}", p.out_bits),
        "conversion_cls": f"{k.name}_conversion",
        "source": f"kernels/{k.name}.cc",
        "in_elems": p.batch * p.k, "out_elems": p.batch * p.n if p.writes_output else 0,
        "weights_var": f"{k.name}_weights", "weights_param": f"{k.name}_wp",
        "weights_len": int(np.asarray(k.weights).size),
        "weights_text": _c_array(k.weights, 16),
        "bias_var": f"{k.name}_bias" if has_bias else "nullptr", "bias_param": f"{k.name}_bp",
        "bias_len": int(np.asarray(k.bias).size) if has_bias else 0,
        "bias_text": _c_array(k.bias, 8) if has_bias else "",
        "arith": "int", "acc": "acc32", "bias_ctype": "int32_t", "weights_arg": f"{k.name}_weights",
        # streamed weights (compiler/passes/weights.py): chunks of k x chunk_n through in[1]
        "streamed": bool(p.weight_chunk_n), "chunk_n": p.weight_chunk_n, "chunks": p.weight_chunks,
        "chunk_blocks": p.weight_chunk_n // p.mmul_n, "w_chunk_elems": p.k * p.weight_chunk_n,
    }


def _bf16_kernel_context(k: KernelInstance) -> dict:
    """:func:`kernel_context` of a bf16 kernel (firmware/kernels/dense_bf16.h.j2): bfloat16
    buffers, uint16_t tables of bf16 bit patterns read as bfloat16, a float bias, accfloat
    cascades. A streamed kernel (``weight_chunk_n``) has no weight table: its chunks of
    ``k x chunk_n`` bfloat16 arrive through the async input buffer ``in[1]`` from a read-only
    memory-tile buffer (firmware/weights_memtile.h.j2), as for the integer template."""
    p = k.params
    has_bias = p.has_bias
    return {
        "name": k.name, "fn": f"{k.name}_fn", "cls": f"{k.name}_t", "role": p.role,
        "layer": k.layer, "chain": k.chain, "cas_index": k.cas_index, "tile": tuple(int(v) for v in k.tile),
        "batch": p.batch, "k": p.k, "n": p.n, "mmul": (p.mmul_m, p.mmul_k, p.mmul_n),
        "ta": "bfloat16", "tw": "bfloat16", "tc": "bfloat16", "weights_ctype": "uint16_t",
        "shift": 0, "rounding": "conv_even", "saturation": "none", "relu": bool(p.relu),
        "ops": [], "conversion": "", "conversion_cls": f"{k.name}_conversion",
        "source": f"kernels/{k.name}.cc",
        "in_elems": p.batch * p.k, "out_elems": p.batch * p.n if p.writes_output else 0,
        "weights_var": f"{k.name}_weights", "weights_param": f"{k.name}_wp",
        "weights_len": int(np.asarray(k.weights).size),
        "weights_text": _c_array(k.weights, 16),
        "bias_var": f"{k.name}_bias" if has_bias else "nullptr", "bias_param": f"{k.name}_bp",
        "bias_len": int(np.asarray(k.bias).size) if has_bias else 0,
        "bias_text": _c_floats(k.bias, 4) if has_bias else "",
        "arith": "bf16", "acc": "accfloat", "bias_ctype": "float",
        "weights_arg": f"reinterpret_cast<const bfloat16 *>({k.name}_weights)",
        "streamed": bool(p.weight_chunk_n), "chunk_n": p.weight_chunk_n, "chunks": p.weight_chunks,
        "chunk_blocks": p.weight_chunk_n // p.mmul_n, "w_chunk_elems": p.k * p.weight_chunk_n,
    }
