"""QONNX frontend against the QONNX executor: ``==`` on every element.

(a) the bundled Brevitas model (examples/digits_qonnx) on the whole digits test split plus
random inputs; (b) hand-built QONNX MLPs (onnx.helper) covering every supported rounding
mode on the input and on layer outputs, narrow and non-narrow ranges, signed 8-bit and
unsigned 7-bit activations, MatMul+Add and Gemm(transB) with float or Quant-ed biases and
per-channel power-of-two weight scales, 1000 random inputs each; (c) what is refused.
The executor is ``qonnx.core.onnx_exec.execute_onnx`` after ``qonnx.util.cleanup.cleanup_model``.
"""
from pathlib import Path

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
pytest.importorskip("qonnx")
pytest.importorskip("onnxruntime")

from onnx import TensorProto, helper, numpy_helper  # noqa: E402
from qonnx.core.modelwrapper import ModelWrapper  # noqa: E402
from qonnx.core.onnx_exec import execute_onnx  # noqa: E402
from qonnx.util.cleanup import cleanup_model  # noqa: E402

import aiesim_py as aie  # noqa: E402
from aiesim_py.compiler.frontends import load_model  # noqa: E402
from aiesim_py.compiler.frontends.qonnx import QonnxFloat32Warning, graph_from_qonnx  # noqa: E402
from aiesim_py.errors import ModelError, UnsupportedLayerError  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DIGITS = ROOT / "examples/digits_qonnx/digits_qonnx.onnx"


def qonnx_exec(model, x: np.ndarray, saturated: list | None = None) -> np.ndarray:
    """The reference: cleanup (batch size = len(x)), then execute_onnx on the whole batch.

    With ``saturated`` given, appends the names of activation Quant nodes that clipped."""
    mw = model if isinstance(model, ModelWrapper) else ModelWrapper(model)
    mw = cleanup_model(mw, override_inpsize=len(x))
    ctx = execute_onnx(mw, {mw.graph.input[0].name: np.ascontiguousarray(x, dtype=np.float32)},
                       return_full_exec_context=True)
    if saturated is not None:
        for n in mw.graph.node:
            if n.op_type == "Quant" and mw.get_initializer(n.input[0]) is None:
                pre = ctx[n.input[0]] / ctx[n.input[1]]
                post = ctx[n.output[0]] / ctx[n.input[1]]
                if np.any(np.abs(pre - post) > 1):
                    saturated.append("input" if n.input[0] == mw.graph.input[0].name else n.name)
    return ctx[mw.graph.output[0].name]


# ----------------------------------------------------------------------------------------
# (a) the bundled Brevitas model
# ----------------------------------------------------------------------------------------
def test_digits_qonnx_bit_exact_and_accurate():
    data = np.load(ROOT / "examples/digits_mlp/digits_test.npz")
    x, y = data["x_test"], data["y_test"]
    rng = np.random.default_rng(0)
    x_rand = np.concatenate([rng.uniform(-1.0, 2.5, (300, 64)),                 # saturating inputs
                             rng.integers(0, 33, (200, 64)) / 32.0]).astype(np.float32)   # input ties
    xa = np.concatenate([x, x_rand])
    assert len(xa) >= 1000
    design = aie.compile(str(DIGITS), batch=8)
    ours = design.predict(xa)
    ref = qonnx_exec(str(DIGITS), xa)
    assert ours.shape == ref.shape == (1040, 10)
    assert np.count_nonzero(ours != ref) == 0
    assert np.mean(ours[:len(x)].argmax(1) == y) >= 0.90
    # also through a ModelWrapper object and another parallelism
    again = aie.compile(ModelWrapper(str(DIGITS)), batch=4, parallelism="2x2,1x2,1x1").predict(x)
    assert np.array_equal(again, ours[:len(x)])


def test_digits_graph_types():
    g = load_model(DIGITS)
    assert g.input_features == 64 and g.input_type.frac == 6 and g.input_type.quantization == "RND_CONV"
    kinds = [type(n).__name__ for n in g.nodes]
    assert kinds == ["DenseNode", "ReluNode", "DenseNode", "ReluNode", "DenseNode"]
    f_in = g.input_type.frac
    for n in g.dense_nodes():
        assert n.weight.dtype == np.int64 and n.weight.min() >= -127 and n.weight.max() <= 127   # narrow
        assert n.output_type.overflow == "SAT" and n.output_type.width == 8
        assert n.bias_type.frac == f_in + n.weight_type.frac          # Int32Bias: accumulator units
        f_in = n.output_type.frac


# ----------------------------------------------------------------------------------------
# (b) hand-built QONNX models
# ----------------------------------------------------------------------------------------
class Builder:
    """A tiny helper to write QONNX graphs with onnx.helper."""

    def __init__(self, k: int):
        self.nodes, self.inits, self.k = [], [], k
        self.cur = "x"
        self.n = 0

    def _name(self, base):
        self.n += 1
        return f"{base}{self.n}"

    def const(self, value, name=None):
        name = name or self._name("c")
        self.inits.append(numpy_helper.from_array(np.asarray(value, dtype=np.float32), name))
        return name

    def quant(self, src, scale, bits, signed=1, narrow=0, mode="ROUND", zp=0.0, name=None):
        name = name or self._name("Quant")
        out = name + "_out"
        self.nodes.append(helper.make_node(
            "Quant", [src, self.const(scale), self.const(zp), self.const(float(bits))], [out], name=name,
            domain="qonnx.custom_op.general", signed=signed, narrow=narrow, rounding_mode=mode))
        return out

    def act(self, *a, **kw):
        self.cur = self.quant(self.cur, *a, **kw)

    def op(self, op_type, *extra_inputs, name=None, **attrs):
        name = name or self._name(op_type)
        out = name + "_out"
        self.nodes.append(helper.make_node(op_type, [self.cur, *extra_inputs], [out], name=name, **attrs))
        self.cur = out

    def model(self, n_out):
        self.nodes[-1].output[0] = "y"
        graph = helper.make_graph(self.nodes, "hand_built",
                                  [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, self.k])],
                                  [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, n_out])],
                                  initializer=self.inits)
        return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13),
                                                       helper.make_opsetid("qonnx.custom_op.general", 1)],
                                 ir_version=8)


# Each layer: (output rounding mode, output frac, narrow, kind, relu, form, weight scheme)
#   kind: "s8" signed 8-bit, "u7" unsigned 7-bit; relu: None / "before" / "after" the output Quant
#   form: "matmul" (MatMul + Add with a float bias on the grid), "gemm" (Gemm transB, Quant-ed
#   Int32-style bias), "gemm_nobias"; weights: "tensor" or "channel" (per-channel power-of-two)
CASES = {
    "round_floor_narrow": (("ROUND", 5, 0), [
        ("FLOOR", 3, 1, "s8", "before", "matmul", "tensor"),
        ("ROUND", 2, 0, "s8", "after", "gemm", "channel"),
        ("HALF_EVEN", 3, 1, "s8", None, "gemm", "tensor")]),
    "down_halfup_u7": (("FLOOR", 4, 1), [
        ("DOWN", 3, 0, "s8", "before", "gemm", "tensor"),
        ("HALF_UP", 4, 0, "u7", None, "matmul", "channel"),
        ("HALF_UP", 2, 1, "s8", None, "gemm_nobias", "tensor")]),
    "halfdown_down_input": (("DOWN", 5, 0), [
        ("HALF_DOWN", 4, 0, "u7", "before", "matmul", "tensor"),
        ("FLOOR", 3, 1, "s8", "after", "gemm", "channel"),
        ("HALF_DOWN", 3, 0, "s8", None, "matmul", "tensor")]),
    "halfup_input_round_out": (("HALF_UP", 4, 0), [
        ("ROUND", 3, 1, "s8", "after", "gemm", "tensor"),
        ("DOWN", 3, 0, "s8", "before", "matmul", "tensor"),
        ("ROUND", 2, 0, "s8", None, "gemm", "channel")]),
    # activations narrower and wider than int8 (clamp ops, int16 storage), an unsigned 8-bit
    # ReLU output (signed 9-bit, int16), 12-bit weights (int16 x int8 / int8 x int16 kernels)
    "narrow_and_wide": (("ROUND", 4, 0), [
        ("ROUND", 2, 0, "s5", None, "matmul", "tensor12"),
        ("FLOOR", 4, 0, "u8", None, "gemm", "tensor"),
        ("HALF_EVEN", 6, 0, "s12", None, "matmul", "tensor")]),
    # QONNX-only roundings: CEIL -> SRS ceil, UP -> SRS symmetric_ceil (input, after a ReLU, unsigned)
    "ceil_up": (("CEIL", 4, 0), [
        ("UP", 3, 1, "s8", "before", "gemm", "tensor"),
        ("CEIL", 3, 0, "u7", None, "matmul", "channel"),
        ("UP", 2, 0, "s8", None, "matmul", "tensor")]),
    "up_input_ceil": (("UP", 5, 0), [
        ("CEIL", 4, 0, "s8", "after", "matmul", "tensor"),
        ("UP", 3, 0, "u7", None, "gemm", "tensor"),
        ("CEIL", 2, 1, "s8", None, "gemm", "channel")]),
    # an unsigned 8-bit input Quant (uint8 values stored as int16: int16 x int8 / int16 x int16)
    "unsigned_input": (("ROUND", 5, 0, 0), [
        ("FLOOR", 3, 0, "s8", None, "matmul", "tensor"),
        ("HALF_UP", 4, 0, "u7", None, "gemm", "tensor12"),
        ("ROUND", 2, 0, "s8", None, "matmul", "tensor")]),
    "halfdown_input_halfeven": (("HALF_DOWN", 6, 1), [
        ("HALF_EVEN", 4, 0, "s8", "before", "gemm", "tensor"),
        ("HALF_DOWN", 3, 0, "u7", None, "gemm", "tensor"),
        ("FLOOR", 2, 0, "s8", None, "matmul", "channel")]),
}


def build_case(seed, inp, layers, widths=(16, 32, 16, 8)):
    rng = np.random.default_rng(seed)
    b = Builder(widths[0])
    in_mode, in_frac, in_narrow, *in_signed = inp
    b.act(2.0 ** -in_frac, 8, in_signed[0] if in_signed else 1, in_narrow, in_mode, name="Quant_in")
    f_in = in_frac
    for i, ((mode, f_out, narrow, kind, relu, form, wq), k, n) in enumerate(zip(layers, widths[:-1], widths[1:])):
        f_w = 11 if wq == "tensor12" else 7
        w_float = rng.normal(0, 0.35, (k, n))
        if wq == "channel":   # scales 2**-7 / 2**-6 by output channel, 7-bit narrow: folds into int8 at 2**-7
            ch_scale = np.where(np.arange(n) % 2 == 0, 2.0 ** -7, 2.0 ** -6)
            w_bits, w_narrow = 7, 1
            w_float = w_float * np.where(np.arange(n) % 2 == 0, 0.5, 1.0)
        else:
            ch_scale, w_bits, w_narrow = 2.0 ** -f_w, (12 if wq == "tensor12" else 8), int(i % 2)
        f_acc = f_in + f_w
        bias = rng.integers(-2 ** (f_acc - 1), 2 ** (f_acc - 1), n) * 2.0 ** -f_acc
        if form == "matmul":
            scale = ch_scale if np.ndim(ch_scale) == 0 else ch_scale.reshape(1, n)
            wq_out = b.quant(b.const(w_float), scale, w_bits, 1, w_narrow, "ROUND", name=f"Quant_w{i}")
            b.op("MatMul", wq_out, name=f"MatMul{i}")
            b.op("Add", b.const(bias), name=f"Add{i}")
        else:
            scale = ch_scale if np.ndim(ch_scale) == 0 else ch_scale.reshape(n, 1)
            wq_out = b.quant(b.const(w_float.T), scale, w_bits, 1, w_narrow, "HALF_UP", name=f"Quant_w{i}")
            extra = [wq_out]
            if form == "gemm":
                extra.append(b.quant(b.const(bias + rng.normal(0, 2.0 ** -(f_acc + 3), n)), 2.0 ** -f_acc, 32,
                                     name=f"Quant_b{i}"))
            b.op("Gemm", *extra, name=f"Gemm{i}", transB=1)
        if relu == "before":
            b.op("Relu", name=f"Relu{i}")
        b.act(2.0 ** -f_out, int(kind[1:]), 1 if kind[0] == "s" else 0, narrow, mode, name=f"Quant_a{i}")
        if relu == "after":
            b.op("Relu", name=f"Relu{i}")
        f_in = f_out
    return b.model(widths[-1])


def random_inputs(rng, n, k, in_frac):
    """Half normal floats (saturating), half on a grid one bit finer than the input type (ties)."""
    a = rng.normal(0, 2.0, (n // 2, k))
    g = rng.integers(-300, 300, (n - n // 2, k)) * 2.0 ** -(in_frac + 1)
    return np.concatenate([a, g]).astype(np.float32)


@pytest.mark.parametrize("case", sorted(CASES))
def test_hand_built_models_bit_exact(case, tmp_path):
    inp, layers = CASES[case]
    model = build_case(sorted(CASES).index(case), inp, layers)
    path = tmp_path / f"{case}.onnx"
    onnx.save(model, path)
    g = graph_from_qonnx(path)
    # the rounding / overflow names follow the documented mapping
    names = {"ROUND": "RND_CONV", "HALF_EVEN": "RND_CONV", "FLOOR": "TRN", "DOWN": "TRN_ZERO",
             "HALF_UP": "RND_INF", "HALF_DOWN": "RND_ZERO", "CEIL": "CEIL", "UP": "UP"}
    assert g.input_type.quantization == names[inp[0]]
    assert g.input_type.overflow == ("SAT_SYM" if inp[2] else "SAT")
    for node, (mode, f_out, narrow, kind, relu, _, _) in zip(g.dense_nodes(), layers):
        assert node.output_type.quantization == names[mode] and node.output_type.frac == f_out
        assert node.output_type.overflow == ("SAT_SYM" if narrow else "SAT")
    relus = [n.name for n in g.nodes if type(n).__name__ == "ReluNode"]
    assert len(relus) == sum(1 for L in layers if L[4] or L[3][0] == "u")

    rng = np.random.default_rng(100 + sorted(CASES).index(case))
    x = random_inputs(rng, 1000, 16, inp[1])
    design = aie.compile(str(path), batch=8, parallelism="2x2,2x1,1x1")
    ours = design.predict(x)
    saturated = []
    ref = qonnx_exec(str(path), x, saturated)
    mismatches = np.count_nonzero(ours != ref)
    assert mismatches == 0, f"{mismatches} of {ref.size} elements differ"
    assert len(np.unique(ours)) > 10                      # the layers really compute something
    assert "input" in saturated and len(saturated) >= 2, saturated     # and clip


def test_float32_accumulator_warning():
    b = Builder(4)
    b.act(2.0 ** -4, 8, name="Quant_in")
    b.op("MatMul", b.quant(b.const(np.full((4, 2), 0.5)), 2.0 ** -7, 8, name="Quant_w"), name="MatMul_big")
    b.op("Add", b.const(np.array([2.0 ** 14, 0.0])), name="Add_big")        # 2**25 accumulator LSBs
    b.act(2.0 ** 8, 8, name="Quant_out")
    with pytest.warns(QonnxFloat32Warning, match="MatMul_big"):
        graph_from_qonnx(b.model(2))


# ----------------------------------------------------------------------------------------
# (c) refused models
# ----------------------------------------------------------------------------------------
def small(mutate=None, sigmoid=False, out_bits=8, out_signed=1, out_mode="ROUND", relu=False, bias=None,
          w_scale=2.0 ** -7, w_bits=8, in_scale=2.0 ** -4, out_zp=0.0, out_quant=True):
    b = Builder(8)
    b.act(in_scale, 8, name="Quant_in")
    w = np.random.default_rng(0).normal(0, 0.3, (8, 4))
    b.op("MatMul", b.quant(b.const(w), w_scale, w_bits, 1, 1, name="Quant_w"), name="MatMul_0")
    if bias is not None:
        b.op("Add", b.const(bias), name="Add_0")
    if relu:
        b.op("Relu", name="Relu_0")
    if sigmoid:
        b.op("Sigmoid", name="Sigmoid_0")
    if out_quant:
        b.act(2.0 ** -3, out_bits, out_signed, 0, out_mode, zp=out_zp, name="Quant_out")
    return b.model(4)


@pytest.mark.parametrize("kwargs,needle", [
    (dict(in_scale=0.1), "'Quant_in' (Quant): scale 0.1"),
    (dict(w_scale=0.0123), "'Quant_w' (Quant): scale"),
    (dict(out_zp=3.0), "'Quant_out' (Quant): zero_point"),
    (dict(sigmoid=True), "'Sigmoid_0' (Sigmoid): op 'Sigmoid' is not supported"),
    (dict(out_bits=17), "'Quant_out' (Quant): activation bit_width 17 is too wide"),
    (dict(out_bits=16, out_signed=0, relu=True), "'Quant_out' (Quant): activation bit_width 16 is too wide"),
    (dict(w_bits=17), "'Quant_w' (Quant): weight bit_width 17 is wider than 16"),
    (dict(out_mode="HALF_ODD"), "'Quant_out' (Quant): rounding_mode 'HALF_ODD'"),
    (dict(bias=np.full(4, 0.3)), "bias of 'MatMul_0' is not a multiple of the accumulator LSB 2**-11"),
    (dict(out_quant=False), "'MatMul_0' (MatMul): its result reaches the graph output without a Quant"),
])
def test_refused_models_name_the_node(kwargs, needle):
    with pytest.raises(UnsupportedLayerError) as info:
        graph_from_qonnx(small(**kwargs))
    assert needle in str(info.value), str(info.value)


def test_refused_per_channel_scales_that_do_not_fold():
    b = Builder(8)
    b.act(2.0 ** -4, 8, name="Quant_in")
    w = np.random.default_rng(0).normal(0, 2.0, (8, 4))
    scale = np.array([[2.0 ** -7, 2.0 ** -5, 2.0 ** -7, 2.0 ** -7]], dtype=np.float32)
    b.op("MatMul", b.quant(b.const(w), scale, 8, 1, 1, name="Quant_wc"), name="MatMul_0")
    b.act(2.0 ** -3, 8, name="Quant_out")
    with pytest.raises(UnsupportedLayerError, match="'Quant_wc' .*per-channel weight scales"):
        graph_from_qonnx(b.model(4))


def test_unquantized_input_is_refused():
    b = Builder(8)
    b.op("MatMul", b.quant(b.const(np.ones((8, 4)) * 0.25), 2.0 ** -7, 8, name="Quant_w"), name="MatMul_0")
    b.act(2.0 ** -3, 8, name="Quant_out")
    with pytest.raises(UnsupportedLayerError, match="'MatMul_0' .*without a Quant node"):
        graph_from_qonnx(b.model(4))


@pytest.mark.parametrize("content", [b"", b"\x08\x07garbage that is not protobuf \xff\xfe" * 3])
def test_corrupt_onnx_file_is_a_model_error(tmp_path, content):
    path = tmp_path / "broken.onnx"
    path.write_bytes(content)
    with pytest.raises(ModelError, match="broken.onnx"):
        aie.compile(str(path))


def test_branching_graph_is_a_model_error():
    b = Builder(8)
    b.act(2.0 ** -4, 8, name="Quant_in")
    q_in = b.cur
    w = b.quant(b.const(np.full((8, 4), 0.25)), 2.0 ** -7, 8, name="Quant_w")
    b.op("MatMul", w, name="MatMul_a")
    b.cur = q_in
    b.op("MatMul", w, name="MatMul_b")
    with pytest.raises(ModelError, match="feeds 2 nodes .*'MatMul_a'"):
        graph_from_qonnx(b.model(4))
