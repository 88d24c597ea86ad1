"""QONNX frontend: a QONNX model (e.g. exported by Brevitas) -> Graph.

The model is first put through qonnx's usual cleanup (the transformations of
``qonnx.util.cleanup.cleanup_model``: shape inference, constant folding that keeps ``Quant``
nodes; without its renaming, so messages use the file's node names); then it must be one
chain from the graph input to the graph output:

    Quant (input) -> { MatMul | Gemm } [-> Add bias] [-> Relu] -> Quant -> [Relu] -> ... -> Quant

Bit-exactness is defined against the QONNX executor (``qonnx.core.onnx_exec.execute_onnx``)
whose ``Quant`` computes (``qonnx/custom_op/general/intquant.py``, ``int_quant``)::

    y = clip(x / scale + zero_point, min_int, max_int);  y = rounding_fx(y);  out = (y - zp) * scale

Clipping before rounding equals rounding before saturating because the bounds are integers
and every rounding function is monotone. With ``scale = 2**-F`` and ``zero_point = 0`` a
``Quant`` is the ap_fixed cast to ``ap_fixed<8, 8-F, Q, O>`` (one SRS after a MatMul)::

    rounding_mode   executor function (resolve_rounding_mode)   ap_fixed Q   AIE rounding
    ROUND/HALF_EVEN np.round (half to even)                      RND_CONV     conv_even
    FLOOR           np.floor                                     TRN          floor
    DOWN            np.fix (toward zero)                         TRN_ZERO     symmetric_floor
    HALF_UP         sign(x) * floor(|x| + 0.5) (half away)       RND_INF      symmetric_inf
    HALF_DOWN       sign(x) * ceil(|x| - 0.5) (half to zero)     RND_ZERO     symmetric_zero
    CEIL            np.ceil (toward +inf)                        (CEIL)       ceil
    UP              sign(x) * ceil(|x|) (away from zero)         (UP)         symmetric_ceil

CEIL and UP have no ap_fixed mode; the types carry them as the QONNX-only quantizations
``ApQuantization.CEIL`` / ``UP`` (isa.modes), which map to one SRS like the others.

``narrow=1`` (signed) is the range -(2**(b-1)-1)..2**(b-1)-1, i.e. ``AP_SAT_SYM``; otherwise
``AP_SAT``. ``Relu`` before or after an activation ``Quant`` commutes with it (the rounding is
monotone and maps 0 to 0) and is fused into the Dense. An unsigned 7-bit activation ``Quant``
equals a signed 8-bit ``AP_SAT`` cast followed by ReLU, so it maps to that.

Weights are evaluated exactly as the executor does (qonnx's own ``int_quant`` in float32) and
stored as the integers ``w * 2**Fw``; per-output-channel power-of-two weight scales are folded
into one per-tensor grid when the folded integers still fit int8. Biases must be integers in
accumulator units ``2**-(Fi+Fw)`` (e.g. Brevitas ``bias_quant=Int32Bias``); a float bias off
that grid would make the executor's float32 rounding part of the result and is refused.

The executor accumulates in float32. Its sums equal the exact integer sums the AIE computes
as long as every partial sum stays below 2**24 accumulator LSBs; when the worst case with the
actual weights exceeds that, a ``QonnxFloat32Warning`` names the layer (aiesim computes the
exact QONNX value, the executor may round).

Known executor artefact: its ``HALF_UP`` adds 0.5 in float32, so the single value
``|x / scale| = 0.5 - 2**-25`` becomes 1 instead of 0. A ``HALF_UP`` Quant after a MatMul can
only meet it when the SRS shift is >= 25, which is refused; on the graph input aiesim follows the
QONNX definition (0) for that one float value.

Refused, with :class:`~aiesim_py.errors.UnsupportedLayerError` naming the node: scales that
are not powers of two, zero points other than 0, activation bit widths above 16 signed / 15
unsigned, narrow unsigned Quants, weights wider than 8 bits or
not fitting int8, ops other than Quant, MatMul, Gemm, Add (bias),
Relu, Identity, and any graph that is not one chain.
"""
from __future__ import annotations

import copy
import math
import warnings
from pathlib import Path

import numpy as np

from aiesim_py.compiler.ir import DenseNode, Graph, ReluNode
from aiesim_py.errors import ModelError, UnsupportedLayerError
from aiesim_py.isa.fixed_point import FixedType

#: QONNX Quant rounding_mode -> ap_fixed quantization name (see the module docstring).
QONNX_TO_AP_ROUNDING = {
    "ROUND": "RND_CONV",
    "HALF_EVEN": "RND_CONV",
    "FLOOR": "TRN",
    "DOWN": "TRN_ZERO",
    "HALF_UP": "RND_INF",
    "HALF_DOWN": "RND_ZERO",
    "CEIL": "CEIL",
    "UP": "UP",
}

STORAGE_BITS = 8
MAX_BITS = 16          # int16 storage on the array
#: float32 sums of integers are exact below this many LSBs
FLOAT32_EXACT = 2 ** 24
#: the executor's HALF_UP differs from round-half-away only at |y| = 0.5 - 2**-25
HALF_UP_MAX_SHIFT = 24

SUPPORTED_OPS = "Quant, MatMul, Gemm, Add (bias), Relu, Identity"


class QonnxFloat32Warning(UserWarning):
    """The QONNX executor's float32 accumulation may round where aiesim is exact."""


# ----------------------------------------------------------------------------------------
# loading
# ----------------------------------------------------------------------------------------
def load_qonnx(model):
    """Path / ``onnx.ModelProto`` / qonnx ``ModelWrapper`` -> a cleaned-up ModelWrapper copy.

    Raises:
        ModelError: the file cannot be read as an ONNX model or the cleanup fails.
    """
    try:
        import onnx
        from qonnx.core.modelwrapper import ModelWrapper
    except ImportError as exc:  # pragma: no cover - dependencies of the package
        raise ModelError(f"reading QONNX models needs the qonnx, onnx and onnxruntime packages ({exc})") from None
    where = "QONNX model"
    if isinstance(model, (str, Path)):
        where = str(model)
        try:
            proto = onnx.load(str(model))
        except Exception as exc:
            raise ModelError(f"{model}: not a readable ONNX model ({type(exc).__name__}: {_one_line(exc)}); "
                             "export QONNX with brevitas.export.export_qonnx") from None
    elif type(model).__name__ == "ModelWrapper":
        proto = copy.deepcopy(model.model)
    elif type(model).__name__ == "ModelProto":
        proto = copy.deepcopy(model)
    else:
        raise ModelError(f"cannot read a {type(model).__name__} as a QONNX model; pass a .onnx path, "
                         "an onnx.ModelProto or a qonnx ModelWrapper")
    if len(proto.graph.node) == 0:
        raise ModelError(f"{where}: not a readable ONNX model (the graph has no nodes); "
                         "export QONNX with brevitas.export.export_qonnx")
    try:
        mw = _cleanup(ModelWrapper(proto))
    except Exception as exc:
        raise ModelError(f"{where}: qonnx cleanup failed ({type(exc).__name__}: {_one_line(exc)}); the file is not a "
                         "valid QONNX model") from None
    return mw, where


def _one_line(exc, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[:limit] + " ..."


def _cleanup(mw):
    """``qonnx.util.cleanup.cleanup_model`` without its two renaming steps.

    Same transformations in the same order (Quant domain fix, InferShapes,
    GiveUniqueParameterTensors, FoldConstants keeping Quant nodes, FoldTransposeIntoQuantInit,
    RemoveUnusedTensors, RemoveStaticGraphInputs) but the model's own node and tensor names
    are kept, so error messages name nodes as the user's file does; empty or repeated node
    names get a suffix.
    """
    from qonnx.transformation.fold_constants import FoldConstants
    from qonnx.transformation.general import (GiveUniqueParameterTensors, RemoveStaticGraphInputs,
                                              RemoveUnusedTensors)
    from qonnx.transformation.infer_shapes import InferShapes
    from qonnx.transformation.quant_constant_folding import FoldTransposeIntoQuantInit

    for n in mw.graph.node:
        if n.op_type in ("Quant", "Trunc", "BipolarQuant"):
            n.domain = "qonnx.custom_op.general"
    for t in (InferShapes(), GiveUniqueParameterTensors(),
              FoldConstants(exclude_op_types=["Quant", "BipolarQuant", "QuantizeLinear", "DequantizeLinear"]),
              FoldTransposeIntoQuantInit(), RemoveUnusedTensors(), RemoveStaticGraphInputs()):
        mw = mw.transform(t)
    seen: set[str] = set()
    for i, n in enumerate(mw.graph.node):
        name = n.name or f"{n.op_type}_{i}"
        while name in seen:
            name = f"{name}_{i}"
        n.name = name
        seen.add(name)
    return mw


# ----------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------
def _where(node) -> str:
    return f"node {node.name!r} ({node.op_type})"


def _attr(node, name, default=None):
    from onnx import helper
    for a in node.attribute:
        if a.name == name:
            v = helper.get_attribute_value(a)
            return v.decode() if isinstance(v, bytes) else v
    return default


def _pow2_fracs(scale: np.ndarray, where: str) -> np.ndarray:
    """scale values 2**-F -> int array F (same shape); refuses other scales."""
    s = np.asarray(scale, dtype=np.float64)
    out = np.empty(s.shape, dtype=np.int64)
    for idx, v in np.ndenumerate(s):
        if not (math.isfinite(v) and v > 0):
            raise UnsupportedLayerError(f"{where}: scale {np.float32(v)} is not a positive finite number")
        m, e = math.frexp(v)
        if m != 0.5:
            raise UnsupportedLayerError(
                f"{where}: scale {np.float32(v)} is not a power of two; aiesim maps only power-of-two scales "
                "(one SRS shift). Use fixed-point quantizers, e.g. Brevitas Int8WeightPerTensorFixedPoint / "
                "Int8ActPerTensorFixedPoint")
        out[idx] = 1 - e        # v = 0.5 * 2**e = 2**(e-1) = 2**-F
    return out


def _grid_frac(values: np.ndarray) -> int | None:
    """Smallest F with every ``values * 2**F`` an integer (None when all are zero)."""
    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[v != 0]
    if v.size == 0:
        return None
    if not np.all(np.isfinite(v)):
        raise ValueError("non-finite value")
    m, e = np.frexp(np.abs(v))                       # |v| = m * 2**e, 0.5 <= m < 1
    mi = np.ldexp(m, 53).astype(np.int64)            # exact 53-bit integer mantissa
    low = mi & -mi
    tz = np.round(np.log2(low.astype(np.float64))).astype(np.int64)
    # |v| = mi * 2**(e-53) = (mi >> tz) * 2**(e-53+tz): fraction bits 53 - tz - e
    return int(np.max(53 - tz - e))


class _Quant:
    """The parameters of one QONNX Quant node, validated."""

    def __init__(self, node, consts):
        self.node = node
        self.where = _where(node)
        if len(node.input) != 4:
            raise ModelError(f"{self.where}: a Quant node needs 4 inputs (x, scale, zero_point, bit_width)")
        scale, zp, bw = (consts(t) for t in node.input[1:4])
        for name, val in (("scale", scale), ("zero_point", zp), ("bit_width", bw)):
            if val is None:
                raise UnsupportedLayerError(f"{self.where}: {name} is not a constant; aiesim needs static "
                                            "quantization parameters")
        self.scale, self.zero_point, self.bit_width_arr = scale, zp, bw
        if np.any(np.asarray(zp) != 0):
            raise UnsupportedLayerError(
                f"{self.where}: zero_point {np.asarray(zp).ravel()[:4].tolist()} is not 0; aiesim maps symmetric "
                "quantization only (zero_point = 0)")
        bwv = np.asarray(bw, dtype=np.float64)
        if bwv.size != 1 or bwv.ravel()[0] != int(bwv.ravel()[0]) or bwv.ravel()[0] < 1:
            raise UnsupportedLayerError(f"{self.where}: bit_width {bwv.ravel().tolist()} is not one positive integer")
        self.bit_width = int(bwv.ravel()[0])
        self.fracs = _pow2_fracs(scale, self.where)
        try:
            from qonnx.custom_op.registry import getCustomOp
            inst = getCustomOp(node)
            self.signed = bool(inst.get_nodeattr("signed"))
            self.narrow = bool(inst.get_nodeattr("narrow"))
            self.rounding_mode = str(inst.get_nodeattr("rounding_mode")).upper()
        except Exception as exc:
            raise ModelError(f"{self.where}: unreadable Quant attributes "
                             f"({type(exc).__name__}: {_one_line(exc)})") from None

    def evaluate(self, x: np.ndarray) -> np.ndarray:
        """The executor's own computation on a constant (qonnx ``int_quant``, float32 out)."""
        from qonnx.custom_op.general.quant import quant
        out = quant(np.asarray(x), self.scale, self.zero_point, self.bit_width_arr, self.signed, self.narrow,
                    self.rounding_mode)
        return np.asarray(out, dtype=np.float32)

    def per_tensor_frac(self, what: str) -> int:
        f = np.unique(self.fracs)
        if f.size != 1:
            raise UnsupportedLayerError(
                f"{self.where}: {what} has per-channel scales {sorted(set(2.0 ** -f))}; aiesim maps one "
                "power-of-two scale per activation tensor (per-tensor quantization)")
        return int(f[0])

    def ap_quantization(self) -> str:
        try:
            return QONNX_TO_AP_ROUNDING[self.rounding_mode]
        except KeyError:
            raise UnsupportedLayerError(
                f"{self.where}: rounding_mode {self.rounding_mode!r} has no ap_fixed equivalent in aiesim "
                f"(supported: {', '.join(QONNX_TO_AP_ROUNDING)})") from None

    def activation_type(self, after_dense: bool) -> tuple[FixedType, bool]:
        """-> (the int8 FixedType of this activation, whether it implies a ReLU)."""
        what = "activation" if after_dense else "input"
        frac = self.per_tensor_frac(what)
        q = self.ap_quantization()
        b = self.bit_width
        if b > MAX_BITS or (not self.signed and b >= MAX_BITS):
            raise UnsupportedLayerError(
                f"{self.where}: {what} bit_width {b} is too wide; activations are stored as int8 or int16 on "
                "the array: use at most 16 bits signed (15 unsigned after a ReLU)")
        if self.signed:
            # narrower than the storage is exact too: the compiler clamps (isa.apfixed plans)
            return FixedType(b, b - frac, True, q, "SAT_SYM" if self.narrow else "SAT"), False
        if not self.narrow and after_dense:
            # clip(R(a/s), 0, 2**b - 1) == max(clip(R(a/s), -2**b, 2**b - 1), 0): R is monotone, R(0) = 0
            return FixedType(b + 1, b + 1 - frac, True, q, "SAT"), True
        if not self.narrow:
            # the graph input: ap_ufixed<b, b - F> (the compiler stores it in the signed element
            # one bit wider, compiler.passes.quantize.storage_bits)
            return FixedType(b, b - frac, False, q, "SAT"), False
        kind = f"{'signed' if self.signed else 'unsigned'}{' narrow' if self.narrow else ''} {b}-bit"
        hint = ("a narrow unsigned range (0..2**b - 2) has no ap_fixed equivalent; use narrow=0 "
                "or a signed quantizer")
        raise UnsupportedLayerError(f"{self.where}: {what} Quant is {kind}; {hint}")


# ----------------------------------------------------------------------------------------
# the chain walk
# ----------------------------------------------------------------------------------------
class _Pending:
    """A MatMul/Gemm whose result has not been quantized yet."""

    def __init__(self, node, weight: np.ndarray, w_frac: int, in_t: FixedType):
        self.node = node
        self.weight = weight          # (K, N) int64
        self.w_frac = w_frac
        self.in_t = in_t
        self.bias = None              # (N,) int64 in units 2**-(Fi+Fw)
        self.relu_node = None

    @property
    def acc_frac(self) -> int:
        return self.in_t.frac + self.w_frac

    def add_bias(self, values: np.ndarray, where: str) -> None:
        n = self.weight.shape[1]
        v = np.asarray(values, dtype=np.float64)
        if v.size == 1:
            v = np.full(n, v.ravel()[0])
        elif v.size == n and (v.ndim == 1 or (v.ndim == 2 and v.shape[0] == 1)):
            v = v.reshape(n)
        else:
            raise UnsupportedLayerError(f"{where}: bias shape {list(np.shape(values))} does not broadcast to "
                                        f"({n},) output features")
        scaled = np.ldexp(v, self.acc_frac)
        if not np.all(np.isfinite(scaled)) or np.max(np.abs(scaled)) >= 2.0 ** 53:
            raise UnsupportedLayerError(f"{where}: bias of {self.node.name!r} is not finite or too large for the "
                                        f"accumulator (|bias| x 2**{self.acc_frac} >= 2**53)")
        if not np.array_equal(scaled, np.round(scaled)):
            bad = int(np.argmax(scaled != np.round(scaled)))
            raise UnsupportedLayerError(
                f"{where}: bias of {self.node.name!r} is not a multiple of the accumulator LSB 2**-{self.acc_frac} "
                f"(input scale x weight scale); e.g. channel {bad}: {float(v[bad])!r}. A float bias off that grid "
                "is rounded by the executor's float32 add and cannot be one exact SRS; quantize the bias with "
                "scale = input_scale * weight_scale (Brevitas bias_quant=Int32Bias)")
        b = scaled.astype(np.int64)
        self.bias = b if self.bias is None else self.bias + b


def _weight_matrix(node, consts, quant_of, where: str) -> tuple[np.ndarray, int]:
    """-> (K, N) int64 weights and their fraction bits F (values * 2**F)."""
    op = node.op_type
    w_name = node.input[1]
    w = consts(w_name)
    if w is None:
        raise UnsupportedLayerError(f"{where}: the second input {w_name!r} is not a constant; aiesim maps "
                                    "x @ W with constant (possibly Quant-ed) weights only")
    w = np.asarray(w, dtype=np.float64)
    if w.ndim != 2:
        raise UnsupportedLayerError(f"{where}: weight shape {list(w.shape)} is not 2-D")
    q = quant_of(w_name)
    trans = op == "Gemm" and int(_attr(node, "transB", 0)) == 1
    if q is not None:
        if q.bit_width > MAX_BITS:
            raise UnsupportedLayerError(
                f"{q.where}: weight bit_width {q.bit_width} is wider than {MAX_BITS}; weights are stored as "
                "int8 or int16 on the array")
        frac = int(np.max(q.fracs))
        per_channel = np.unique(q.fracs).size > 1
    else:
        try:
            g = _grid_frac(w)
        except ValueError:
            raise UnsupportedLayerError(f"{where}: weights contain NaN or infinity") from None
        frac = 0 if g is None else g
        per_channel = False
    ints = np.ldexp(w, frac)
    w_lim = 2 ** (MAX_BITS - 1) if q is not None and q.bit_width > STORAGE_BITS else 2 ** (STORAGE_BITS - 1)
    if not np.array_equal(ints, np.round(ints)) or np.any(ints < -w_lim) or np.any(ints > w_lim - 1):
        if per_channel:
            raise UnsupportedLayerError(
                f"{q.where}: per-channel weight scales {sorted(set(2.0 ** -q.fracs.ravel()))} cannot be folded "
                f"into one int8 grid (2**-{frac}): the rescaled weights leave -128..127. Use per-tensor weight "
                "scales (Brevitas Int8WeightPerTensorFixedPoint)")
        if q is None:
            raise UnsupportedLayerError(
                f"{where}: weights {w_name!r} are not quantized to 8 bits (no Quant node, and no power-of-two "
                "grid holds them in int8); add a weight quantizer (Brevitas Int8WeightPerTensorFixedPoint)")
        raise UnsupportedLayerError(f"{q.where}: weights do not fit int8 at scale 2**-{frac}")
    ints = ints.astype(np.int64)
    if trans:
        ints = ints.T
    return ints, frac


def graph_from_qonnx(model) -> Graph:
    """Read a QONNX model (path, ``onnx.ModelProto`` or qonnx ``ModelWrapper``).

    Raises:
        ModelError: unreadable file, or a graph that is not one chain from input to output.
        UnsupportedLayerError: an op, scale, zero point, bit width or rounding mode aiesim
            cannot map exactly; the message names the node and what would work.
    """
    mw, source = load_qonnx(model)
    g = mw.graph
    inits = {t.name for t in g.initializer}
    inputs = [i for i in g.input if i.name not in inits]
    if len(inputs) != 1 or len(g.output) != 1:
        raise ModelError(f"{source}: the graph needs exactly one input and one output (has {len(inputs)} and "
                         f"{len(g.output)})")
    in_name, out_name = inputs[0].name, g.output[0].name
    shape = [d.dim_value for d in inputs[0].type.tensor_type.shape.dim]
    if len(shape) not in (1, 2) or shape[-1] < 1:
        raise UnsupportedLayerError(f"{source}: input {in_name!r} has shape {shape}; only flat (batch, N) inputs "
                                    "are supported")
    features = int(shape[-1])

    producer = {o: n for n in g.node for o in n.output}
    consumers: dict[str, list] = {}
    for n in g.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    const_cache: dict[str, np.ndarray | None] = {}
    quant_cache: dict[str, _Quant] = {}

    def quant_of(name: str) -> _Quant | None:
        p = producer.get(name)
        if p is None or p.op_type != "Quant":
            return None
        if p.name not in quant_cache:
            quant_cache[p.name] = _Quant(p, consts)
        return quant_cache[p.name]

    def consts(name: str):
        if name in const_cache:
            return const_cache[name]
        val = mw.get_initializer(name)
        if val is None:
            p = producer.get(name)
            if p is not None and p.op_type == "Constant":
                from onnx import numpy_helper
                val = numpy_helper.to_array(_attr(p, "value"))
            elif p is not None and p.op_type == "Identity":
                val = consts(p.input[0])
            elif p is not None and p.op_type == "Quant" and consts(p.input[0]) is not None:
                val = quant_of(name).evaluate(consts(p.input[0]))
            elif p is not None and p.op_type == "Transpose" and consts(p.input[0]) is not None:
                perm = _attr(p, "perm")
                val = np.transpose(consts(p.input[0]), perm)
        const_cache[name] = val
        return val

    graph = Graph(name=(mw.graph.name or Path(source).stem or "qonnx_model").replace(" ", "_"),
                  input_features=features, input_type=FixedType(8, 8), source=str(source))
    cur = in_name
    act_t: FixedType | None = None     # type of `cur` when it is a quantized activation
    from_dense = False                  # `cur` is the output of a Dense (a ReLU may follow)
    relu_done = False
    pending: _Pending | None = None
    width = features

    while cur != out_name:
        users = consumers.get(cur, [])
        if not users:
            raise ModelError(f"{source}: tensor {cur!r} ends without reaching the graph output")
        if len(users) != 1:
            raise ModelError(f"{source}: tensor {cur!r} feeds {len(users)} nodes "
                             f"({', '.join(repr(u.name) for u in users)}); aiesim maps single-chain models only")
        node = users[0]
        where = _where(node)
        op = node.op_type
        dyn = [i for i in node.input if i and consts(i) is None]
        if dyn != [cur]:
            raise UnsupportedLayerError(f"{where}: has dynamic inputs {dyn}; aiesim maps a single chain where "
                                        "each node has one activation input and constant parameters")
        if op == "Identity":
            pass
        elif op == "Quant":
            if node.input[0] != cur:
                raise UnsupportedLayerError(f"{where}: the activation must be the Quant's first input")
            q = quant_of(node.output[0])
            if act_t is None:                                   # the input quantizer
                act_t, implied_relu = q.activation_type(after_dense=False)
                graph.input_type = act_t
            elif pending is not None:                           # requantize an accumulator: one SRS
                out_t, implied_relu = q.activation_type(after_dense=True)
                dense = _finish_dense(pending, out_t, q)
                graph.nodes.append(dense)
                relu_src = pending.relu_node
                if relu_src is not None or implied_relu:
                    name = relu_src.name if relu_src is not None else f"{node.name}_relu"
                    graph.nodes.append(ReluNode(name, out_t))
                    relu_done = True
                else:
                    relu_done = False
                act_t, pending, from_dense = out_t, None, True
            else:
                out_t, implied_relu = q.activation_type(after_dense=from_dense)
                same = (out_t.frac == act_t.frac and out_t.int_min <= act_t.int_min and out_t.int_max >= act_t.int_max
                        and not (out_t.overflow == "SAT_SYM" and act_t.overflow != "SAT_SYM"))
                if not same:
                    raise UnsupportedLayerError(
                        f"{where}: requantizes an already quantized activation from {act_t} to {out_t}; aiesim maps "
                        "a Quant directly after MatMul/Gemm (+bias, Relu) only, or one that changes nothing")
                if implied_relu and not relu_done:
                    if not from_dense:
                        raise UnsupportedLayerError(f"{where}: an unsigned Quant here would need a ReLU on the "
                                                    "graph input, which aiesim cannot map")
                    graph.nodes.append(ReluNode(f"{node.name}_relu", act_t))
                    relu_done = True
        elif op in ("MatMul", "Gemm"):
            if act_t is None:
                raise UnsupportedLayerError(
                    f"{where}: consumes the graph input {in_name!r} without a Quant node; add an input quantizer "
                    "(Brevitas QuantIdentity(act_quant=Int8ActPerTensorFixedPoint)) so the input type is known")
            if pending is not None:
                raise UnsupportedLayerError(
                    f"{where}: follows {pending.node.name!r} without a Quant node in between; aiesim needs every "
                    "MatMul/Gemm result quantized to int8")
            if node.input[0] != cur:
                raise UnsupportedLayerError(f"{where}: aiesim maps x @ W (activation as the first input) only")
            if op == "Gemm":
                alpha, beta = float(_attr(node, "alpha", 1.0)), float(_attr(node, "beta", 1.0))
                if int(_attr(node, "transA", 0)) != 0 or alpha != 1.0 or (len(node.input) > 2 and beta != 1.0):
                    raise UnsupportedLayerError(f"{where}: Gemm with transA={_attr(node, 'transA', 0)}, "
                                                f"alpha={alpha}, beta={beta}; aiesim maps transA=0, alpha=beta=1")
            w, wf = _weight_matrix(node, consts, quant_of, where)
            if w.shape[0] != width:
                raise ModelError(f"{where}: weight has {w.shape[0]} input features but its input has {width}")
            pending = _Pending(node, w, wf, act_t)
            if op == "Gemm" and len(node.input) > 2 and node.input[2]:
                pending.add_bias(consts(node.input[2]), where)
            width = w.shape[1]
            from_dense = False
        elif op == "Add":
            if pending is None:
                raise UnsupportedLayerError(f"{where}: an Add is mapped only as the bias right after MatMul/Gemm")
            if pending.relu_node is not None:
                raise UnsupportedLayerError(f"{where}: a bias Add after the Relu of {pending.node.name!r} is not "
                                            "supported; add the bias before the Relu")
            other = node.input[1] if node.input[0] == cur else node.input[0]
            pending.add_bias(consts(other), where)
        elif op == "Relu":
            if pending is not None:
                pending.relu_node = pending.relu_node or node
            elif from_dense:
                if not relu_done:
                    graph.nodes.append(ReluNode(node.name, act_t))
                    relu_done = True
            else:
                raise UnsupportedLayerError(f"{where}: a Relu on the quantized graph input cannot be mapped; "
                                            "put it after a MatMul/Gemm")
        else:
            raise UnsupportedLayerError(f"{where}: op {op!r} is not supported; supported ops: {SUPPORTED_OPS}")
        cur = node.output[0]

    if consumers.get(out_name):
        raise ModelError(f"{source}: the graph output {out_name!r} is also consumed inside the graph")
    if pending is not None:
        raise UnsupportedLayerError(
            f"{_where(pending.node)}: its result reaches the graph output without a Quant node; aiesim needs "
            "every MatMul/Gemm result quantized to int8 (add an output quantizer, e.g. Brevitas "
            "QuantLinear(..., output_quant=Int8ActPerTensorFixedPoint))")
    if not graph.dense_nodes():
        raise ModelError(f"{source}: the model has no MatMul/Gemm layer")
    return graph


def _finish_dense(p: _Pending, out_t: FixedType, q: _Quant) -> DenseNode:
    """Close a pending MatMul with its output Quant: check shift and float32 exactness."""
    where = _where(p.node)
    w, wf = p.weight, p.w_frac
    bias = p.bias
    shift = p.acc_frac - out_t.frac
    if shift < 0:
        # more weight fraction bits, when the weights leave room, make the shift >= 0
        head = 0
        while head < -shift and np.all(w << (head + 1) >= -128) and np.all(w << (head + 1) <= 127):
            head += 1
        w, wf = w << head, wf + head
        bias = None if bias is None else bias << head
        shift += head
    if q.rounding_mode == "HALF_UP" and shift > HALF_UP_MAX_SHIFT:
        raise UnsupportedLayerError(
            f"{q.where}: HALF_UP after {p.node.name!r} with SRS shift {shift} > {HALF_UP_MAX_SHIFT}; the QONNX "
            "executor's float32 HALF_UP (floor(|x| + 0.5)) rounds |x| = 0.5 - 2**-25 up, which no SRS does; "
            "use ROUND or fewer fraction bits between input x weight and output")
    f_acc = p.in_t.frac + wf
    x_abs = max(abs(p.in_t.int_min), abs(p.in_t.int_max))
    bound = int(np.max(np.abs(w).sum(axis=0) * x_abs + (np.abs(bias) if bias is not None else 0)))
    if bound >= FLOAT32_EXACT:
        warnings.warn(
            f"{where}: worst-case |accumulator| {bound} LSBs reaches 2**24; the QONNX executor sums in float32 "
            "and may round there, while aiesim computes the exact QONNX value", QonnxFloat32Warning, stacklevel=3)
    w_bits = STORAGE_BITS if (w.min() >= -128 and w.max() <= 127) else MAX_BITS
    w_t = FixedType(w_bits, w_bits - wf, True, "TRN", "WRAP")
    b_t = FixedType(32, 32 - f_acc, True, "TRN", "WRAP") if bias is not None else None
    acc_t = FixedType(32, 32 - f_acc, True, "TRN", "WRAP")
    return DenseNode(p.node.name, w, bias, w_t, b_t, acc_t, out_t)
