"""bf16 models end to end: float PyTorch / ONNX -> bf16 Design -> functional run.

* Bit-exact: the fast functional path (run_plan) and the per-kernel runner equal a plain numpy
  reference of the AIE arithmetic written here (bf16 operands, fp32 products added one at a
  time in K order from the fp32 bias, +0 products of the zero-padded K, round-to-nearest-even
  to bf16, ReLU mapping every sign-bit pattern to +0), on 1000+ inputs, compared bit for bit.
* Against torch (float32 math on the same bf16-rounded weights and inputs) the results cannot
  be equal: torch sums in another order and keeps fp32 activations between layers. One layer:
  every output is within one bf16 ulp plus the fp32 summation error bound
  gamma_K * sum|x_i w_i| (gamma_K = K u / (1 - K u), u = 2**-24) of torch's. The max
  difference in bf16 ulps is printed (pytest -s) for one layer and for a 3-layer MLP.
* The generated bf16 kernel C++ compiles with g++ against tests/stubs and matches
  kernels.dense.dense_fast bit for bit on every cascade role, with tile-resident weights and
  with weights streamed from read-only memory-tile buffers (weights="memtile"; the graph's
  weight buffers, tilings and ports are checked against the Design).
"""
from __future__ import annotations

import re
import shutil
import subprocess

import numpy as np
import pytest

torch = pytest.importorskip("torch")
onnx = pytest.importorskip("onnx")

import aiesim_py as aie  # noqa: E402
from aiesim_py.design import Design  # noqa: E402
from aiesim_py.errors import ModelError, UnsupportedLayerError  # noqa: E402
from aiesim_py.kernels.dense import DenseParams, dense_fast, dense_reference, pack_weights  # noqa: E402
from aiesim_py.kernels.layout import to_tile_order  # noqa: E402
from aiesim_py.sim.functional import run_design_per_kernel  # noqa: E402

N_INPUTS = 1024


# --- the plain numpy reference of the AIE bf16 arithmetic -----------------------------------
def bf16_bits(x32: np.ndarray) -> np.ndarray:
    """float32 -> bf16 patterns, round to nearest even (the usual add-0x7FFF-plus-lsb trick), NaN 0x7FC0."""
    u = np.ascontiguousarray(x32, dtype=np.float32).view(np.uint32).astype(np.uint64)
    r = ((u + 0x7FFF + ((u >> 16) & 1)) >> 16).astype(np.uint16)
    return np.where(np.isnan(x32), np.uint16(0x7FC0), r)


def bf16_values(bits: np.ndarray) -> np.ndarray:
    return (np.asarray(bits).astype(np.uint32) << 16).view(np.float32)


def reference_forward(x_bits: np.ndarray, layers) -> np.ndarray:
    """layers: (weight bits (K, N), fp32 bias (N,), relu, K padded on the array)."""
    h = bf16_values(x_bits)
    for w_bits, bias, relu, k_padded in layers:
        w = bf16_values(w_bits)
        acc = np.tile(np.asarray(bias, dtype=np.float32), (h.shape[0], 1))
        with np.errstate(all="ignore"):
            for t in range(w.shape[0]):                       # one fp32 add per product, in K order
                acc = acc + (h[:, t:t + 1] * w[t:t + 1, :]).astype(np.float32)
            if k_padded > w.shape[0]:
                acc = acc + np.float32(0.0)                   # the padded columns' +0 products
        out = bf16_bits(acc)
        if relu:
            out = np.where(out & 0x8000, np.uint16(0), out)
        h = bf16_values(out)
    return bf16_bits(h).astype(np.int64)


def design_layers(cm, weights_kn, biases, relus):
    d = cm.design
    return [(w, b, r, l.cas_length * l.k_slice) for w, b, r, l in zip(weights_kn, biases, relus, d.layers)]


def bf16_round_tensor(t):
    return t.to(torch.bfloat16).to(torch.float32)


def ulp_distance(a_bits: np.ndarray, b_bits: np.ndarray) -> np.ndarray:
    """Distance in bf16 ulps between patterns (ordered by value, -0 == +0)."""
    def ordinal(b):
        b = b.astype(np.int64)
        mag = b & 0x7FFF
        return np.where(b & 0x8000, -mag, mag)
    return np.abs(ordinal(a_bits) - ordinal(b_bits))


# --- models ---------------------------------------------------------------------------------
def torch_mlp(sizes, seed=0, last_relu=False):
    torch.manual_seed(seed)
    mods = []
    for i, (k, n) in enumerate(zip(sizes[:-1], sizes[1:])):
        mods.append(torch.nn.Linear(k, n))
        if i < len(sizes) - 2 or last_relu:
            mods.append(torch.nn.ReLU())
    return torch.nn.Sequential(*mods).eval()


def torch_weights(model):
    lin = [m for m in model if isinstance(m, torch.nn.Linear)]
    ws = [bf16_bits(m.weight.detach().numpy().T.astype(np.float32)) for m in lin]
    bs = [m.bias.detach().numpy().astype(np.float32) for m in lin]
    return ws, bs


@pytest.mark.parametrize("parallelism", [None, "2x2,3x1,1x2"])
def test_torch_mlp_bit_exact_against_numpy_reference(parallelism):
    model = torch_mlp([20, 40, 24, 10])
    cm = aie.compile(model, precision="bf16", batch=8, parallelism=parallelism)
    x = np.random.default_rng(1).normal(size=(N_INPUTS, 20)) * 2
    xi = cm.quantize(x)
    assert np.array_equal(xi, bf16_bits(x.astype(np.float32)))
    ws, bs = torch_weights(model)
    ref = reference_forward(xi, design_layers(cm, ws, bs, [True, True, False]))
    fast = cm.run(xi)
    assert fast.shape == (N_INPUTS, 10)
    mismatches = int(np.count_nonzero(fast != ref))
    print(f"bf16 torch MLP {parallelism}: {mismatches} mismatches / {fast.size} outputs ({N_INPUTS} inputs)")
    assert mismatches == 0
    assert np.array_equal(run_design_per_kernel(cm.design, xi[:64]), ref[:64])
    # float out: the bf16 values
    assert np.array_equal(cm.predict(x[:16]), bf16_values(ref[:16]).astype(np.float64))


def test_zero_sign_through_padding_and_relu():
    """A -0 bias with zero inputs: -0 + (+0 products) is +0 (IEEE), the padded K adds +0 too."""
    lin = torch.nn.Linear(6, 4)
    with torch.no_grad():
        lin.weight.fill_(0.5)
        lin.bias.copy_(torch.tensor([-0.0, 0.0, -1.0, 1.0]))
    cm = aie.compile(torch.nn.Sequential(lin), precision="bf16", batch=4)
    out = cm.run(cm.quantize(np.zeros((4, 6))))
    assert out[0].tolist() == [0x0000, 0x0000, 0xBF80, 0x3F80]


def _onnx_model(kind: str, k=12, n1=16, n2=6, seed=3):
    from onnx import TensorProto, helper, numpy_helper
    rng = np.random.default_rng(seed)
    w1 = rng.normal(size=(k, n1)).astype(np.float32) * 0.5
    b1 = rng.normal(size=n1).astype(np.float32)
    w2 = rng.normal(size=(n2, n1)).astype(np.float32) * 0.5
    b2 = rng.normal(size=n2).astype(np.float32)
    inits = [numpy_helper.from_array(w1, "w1"), numpy_helper.from_array(b1, "b1"),
             numpy_helper.from_array(w2, "w2t"), numpy_helper.from_array(b2, "b2")]
    if kind == "matmul":
        nodes = [helper.make_node("MatMul", ["x", "w1"], ["m1"], name="mm1"),
                 helper.make_node("Add", ["m1", "b1"], ["a1"], name="add1"),
                 helper.make_node("Relu", ["a1"], ["r1"], name="relu1"),
                 helper.make_node("Gemm", ["r1", "w2t", "b2"], ["y"], name="gemm2", transB=1)]
    else:
        nodes = [helper.make_node("Gemm", ["x", "w1", "b1"], ["g1"], name="gemm1"),
                 helper.make_node("Relu", ["g1"], ["r1"], name="relu1"),
                 helper.make_node("Identity", ["r1"], ["i1"], name="id"),
                 helper.make_node("Gemm", ["i1", "w2t", "b2"], ["y"], name="gemm2", transB=1)]
    g = helper.make_graph(nodes, "float_mlp", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, k])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, n2])], inits)
    model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)])
    return model, [bf16_bits(w1), bf16_bits(w2.T.copy())], [b1, b2]


@pytest.mark.parametrize("kind", ["matmul", "gemm"])
def test_float_onnx_bit_exact_against_numpy_reference(kind, tmp_path):
    model, ws, bs = _onnx_model(kind)
    path = tmp_path / "float.onnx"
    onnx.save(model, str(path))
    cm = aie.compile(str(path), precision="bf16", batch=8)
    x = np.random.default_rng(2).normal(size=(N_INPUTS, 12))
    xi = cm.quantize(x)
    ref = reference_forward(xi, design_layers(cm, ws, bs, [True, False]))
    got = cm.run(xi)
    mismatches = int(np.count_nonzero(got != ref))
    print(f"bf16 ONNX {kind}: {mismatches} mismatches / {got.size} outputs ({N_INPUTS} inputs)")
    assert mismatches == 0
    # and onnxruntime (float32) within a bf16 tolerance: same model, not bit-equal
    ort = pytest.importorskip("onnxruntime")
    sess = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    y = np.concatenate([sess.run(None, {"x": bf16_values(xi[i:i + 1].astype(np.uint16))})[0]
                        for i in range(32)])
    assert np.allclose(bf16_values(got[:32].astype(np.uint16)), y, rtol=0.05, atol=0.05)


def test_one_layer_within_one_ulp_plus_fp32_sum_bound_of_torch():
    k, n = 64, 32
    model = torch_mlp([k, n])
    lin = model[0]
    with torch.no_grad():                                    # torch on bf16-rounded parameters
        lin.weight.copy_(bf16_round_tensor(lin.weight))
    cm = aie.compile(model, precision="bf16", batch=8)
    x = np.random.default_rng(4).normal(size=(N_INPUTS, k))
    xi = cm.quantize(x)
    ours = cm.run(xi)
    xt = torch.tensor(bf16_values(xi.astype(np.uint16)))
    with torch.no_grad():
        yt = model(xt).numpy()
    ulps = ulp_distance(ours, bf16_bits(yt))
    print(f"bf16 one layer {k}x{n} vs torch float32: max {int(ulps.max())} bf16 ulp, "
          f"{int(np.count_nonzero(ulps))} of {ulps.size} outputs differ")
    # |ours - torch| <= one bf16 ulp at the result + gamma_K * sum |x_i w_i| (+ the bias term)
    u = 2.0 ** -24
    gamma = (k + 1) * u / (1 - (k + 1) * u)
    w = lin.weight.detach().numpy().T.astype(np.float64)
    mag = np.abs(xt.numpy().astype(np.float64)) @ np.abs(w) + np.abs(lin.bias.detach().numpy())
    ours_v = bf16_values(ours.astype(np.uint16)).astype(np.float64)
    ulp = np.exp2(np.floor(np.log2(np.maximum(np.abs(yt.astype(np.float64)), 2.0 ** -126))) - 7)
    assert np.all(np.abs(ours_v - yt) <= ulp + gamma * mag)


def test_mlp_ulps_against_torch_reported_and_bounded():
    """Three layers with bf16 activations in between (torch keeps fp32): the error grows, so
    the bound is relative to the output scale: |ours - torch| <= 2**-5 * max|torch output|."""
    model = torch_mlp([20, 40, 24, 10])
    with torch.no_grad():
        for m in model:
            if isinstance(m, torch.nn.Linear):
                m.weight.copy_(bf16_round_tensor(m.weight))
    cm = aie.compile(model, precision="bf16", batch=8)
    x = np.random.default_rng(5).normal(size=(N_INPUTS, 20))
    xi = cm.quantize(x)
    ours = cm.run(xi)
    with torch.no_grad():
        yt = model(torch.tensor(bf16_values(xi.astype(np.uint16)))).numpy()
    ulps = ulp_distance(ours, bf16_bits(yt))
    print(f"bf16 3-layer MLP vs torch float32: max {int(ulps.max())} bf16 ulp, median {np.median(ulps)}")
    err = np.abs(bf16_values(ours.astype(np.uint16)) - yt)
    assert err.max() <= 2.0 ** -5 * np.abs(yt).max()


# --- kernels and the Design -------------------------------------------------------------------
@pytest.mark.parametrize("role", ["single", "first", "middle", "last"])
def test_bf16_kernel_fast_equals_reference(role):
    rng = np.random.default_rng(7)
    p = DenseParams(role=role, batch=8, k=16, n=8, mmul_m=4, mmul_k=8, mmul_n=4, a_bits=16, w_bits=16,
                    out_bits=16, arith="bf16", relu=True, rounding="conv_even", saturation="none")
    w = pack_weights(bf16_bits(rng.normal(size=(16, 8)).astype(np.float32)), p)
    a = to_tile_order(bf16_bits(rng.normal(size=(8, 16)).astype(np.float32)), 4, 8)[None]
    bias = rng.normal(size=8).astype(np.float32) if p.has_bias else None
    cas = rng.normal(size=(1, 8, 8)).astype(np.float32) if p.reads_cascade else None
    fast, ref = dense_fast(p, a, w, bias, cas), dense_reference(p, a, w, bias, cas)
    assert fast.dtype == ref.dtype
    assert np.array_equal(fast.view(np.uint8), ref.view(np.uint8))


def test_design_json_round_trip_and_timing(tmp_path):
    cm = aie.compile(torch_mlp([16, 32, 8]), precision="bf16", batch=8)
    d = cm.design
    assert {k.params.arith for k in d.kernels} == {"bf16"}
    assert {b.dtype for b in d.shared_buffers} == {"bfloat16"}
    assert (d.kernels[0].params.mmul_m, d.kernels[0].params.mmul_k, d.kernels[0].params.mmul_n) == (4, 8, 4)
    d2 = Design.from_dict(d.to_dict())
    assert str(d2.input_type) == "bfloat16" and d2.layers[0].bias_type.name == "float"
    xi = cm.quantize(np.random.default_rng(0).normal(size=(40, 16)))
    assert np.array_equal(aie.api.CompiledModel(d2).run(xi), cm.run(xi))
    r = cm.simulate(iterations=4)
    assert r.interval_ns > 0


def test_bf16_mac_rate_in_cost_model():
    """bf16 4x8x4 (128 MACs per VMAC, chain 4) is faster than int16 x int16 (64 per VMAC)."""
    from aiesim_py.isa.timing import AIE_ML_CORE
    from aiesim_py.kernels.dense import dense_cycles
    bf = DenseParams(role="single", batch=16, k=128, n=64, mmul_m=4, mmul_k=8, mmul_n=4, a_bits=16, w_bits=16,
                     out_bits=16, arith="bf16", rounding="conv_even", saturation="none")
    i16 = DenseParams(role="single", batch=16, k=128, n=64, mmul_m=4, mmul_k=2, mmul_n=8, a_bits=16,
                      w_bits=16, out_bits=16)
    c_bf, c_16 = dense_cycles(bf, AIE_ML_CORE), dense_cycles(i16, AIE_ML_CORE)
    assert c_bf.mac_loop_cycles >= bf.macs // 128
    assert c_bf.mac_loop_cycles < c_16.mac_loop_cycles


def test_errors_name_the_problem(tmp_path):
    with pytest.raises(ModelError, match="precision='bf16'"):
        aie.compile(torch_mlp([8, 4]))
    with pytest.raises(ModelError, match="precision"):
        aie.compile("mlp:8-4", precision="fp8")
    with pytest.raises(UnsupportedLayerError, match="Sigmoid"):
        aie.compile(torch.nn.Sequential(torch.nn.Linear(8, 4), torch.nn.Sigmoid()), precision="bf16")
    model, _, _ = _onnx_model("gemm")
    model.graph.node[1].op_type = "Tanh"
    with pytest.raises(UnsupportedLayerError, match="Tanh"):
        aie.compile(model, precision="bf16")


# --- firmware: the bf16 kernel C++ on the host ------------------------------------------------
STUBS = __import__("pathlib").Path(__file__).parent / "stubs"


#: the harnesses' dispatcher head: one call per kernel name, cascades as deques of words
_CALL_HEAD = ["static void call(const std::string &n, std::deque<int32_t> *fin, std::deque<int32_t> *fout,"
              " int outsize) {",
              "    input_cascade<accfloat> ci{fin}; output_cascade<accfloat> co{fout};",
              "    adf::input_buffer<bfloat16> in{inb}; adf::output_buffer<bfloat16> out{outb};"]


def _harness(d: Design) -> str:
    lines = ["#include <cstdio>", "#include <deque>", "#include <string>"]
    lines += [f'#include "kernels/{k.name}.cc"' for k in d.kernels]
    lines += ["alignas(32) static bfloat16 inb[1 << 14];", "alignas(32) static bfloat16 outb[1 << 14];",
              *_CALL_HEAD]
    for k in d.kernels:
        p = k.params
        args = ["in"] + (["&ci"] if p.reads_cascade else []) + (["&co"] if p.writes_cascade else ["out"])
        dump = ("for (int j = 0; j < outsize; ++j) std::printf(\"%u \", (unsigned)outb[j].bits); "
                "std::printf(\"\\n\");" if p.writes_output else "")
        lines.append(f'    if (n == "{k.name}") {{ {k.name}_fn({", ".join(args)}); {dump} return; }}')
    lines += ["    std::abort();", "}", "int main() {", "    int L;", "    while (std::scanf(\"%d\", &L) == 1) {",
              "        std::deque<int32_t> links[17];", "        int outsize; std::scanf(\"%d\", &outsize);",
              "        for (int i = 0; i < L; ++i) {", "            char name[64]; int size;",
              "            std::scanf(\"%63s %d\", name, &size);",
              "            for (int j = 0; j < size; ++j) { unsigned v; std::scanf(\"%u\", &v); "
              "inb[j].bits = (uint16_t)v; }",
              "            call(name, &links[i], &links[i + 1], outsize);", "        }", "    }", "    return 0;", "}"]
    return "\n".join(lines) + "\n"


def _build_and_compare(d, out, harness: str, tmp_path, seed: int, weights_of, varied: bool = False) -> None:
    """Build ``harness`` (C++ source) with g++ against the stubs and the emitted ``out/src``,
    feed every chain 3 random bf16 inputs and compare its outputs with ``==`` against
    dense_fast chained over the chain's kernels (``weights_of(kernel)``: their packed weights).
    ``varied``: also require varied outputs (a chunk or offset mix-up would show)."""
    src = tmp_path / "harness.cc"
    src.write_text(harness)
    exe = tmp_path / "harness"
    res = subprocess.run(["g++", "-std=c++17", "-O1", "-Wall", "-Werror", "-Wno-unused-variable",
                          f"-I{STUBS}", f"-I{out / 'src'}", str(src), "-o", str(exe)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-4000:]
    rng = np.random.default_rng(seed)
    chains: dict = {}
    for k in d.kernels:
        chains.setdefault((k.layer, k.chain), []).append(k)
    records, refs = [], []
    for _, ks in sorted(chains.items()):
        ks = sorted(ks, key=lambda k: k.cas_index)
        for _ in range(3):
            bufs = [bf16_bits(rng.normal(size=k.params.batch * k.params.k).astype(np.float32)) for k in ks]
            acc = None
            for k, a in zip(ks, bufs):
                acc = dense_fast(k.params, a[None], weights_of(k), k.bias, acc)
            refs.append(acc[0].astype(np.int64))
            outsize = ks[-1].params.batch * ks[-1].params.n
            body = "\n".join(f"{k.name} {a.size}\n" + " ".join(map(str, a.tolist())) for k, a in zip(ks, bufs))
            records.append(f"{len(ks)} {outsize}\n{body}")
    run = subprocess.run([str(exe)], input="\n".join(records) + "\n", capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    got = [np.array(ln.split(), dtype=np.int64) for ln in run.stdout.splitlines()]
    assert len(got) == len(refs)
    for g, r in zip(got, refs):
        if varied:
            assert len(np.unique(r)) > r.size // 4
        assert np.array_equal(g, r)


@pytest.mark.skipif(shutil.which("g++") is None, reason="g++ not available")
def test_bf16_kernels_compile_and_match_the_functional_model(tmp_path):
    model = torch_mlp([20, 24, 12], seed=2)
    cm = aie.compile(model, precision="bf16", batch=8, parallelism="3x2,1x1")
    out = cm.write_firmware(tmp_path / "proj")
    assert (out / "src" / "kernels" / "dense_bf16.h").is_file()
    d = cm.design
    _build_and_compare(d, out, _harness(d), tmp_path, 9, lambda k: k.weights)


# --- firmware: bf16 weights streamed from memory tiles ------------------------------------------
# The bf16 kernels whose weights sit in read-only memory-tile buffers (weights="memtile") and
# arrive chunk by chunk through an async input buffer. What is checked here:
# * structure: every weight buffer is a read-only adf::shared_buffer<bfloat16> (0 input ports,
#   adf::initial_value) at the Design's memory tile, one read_access per streamed tile whose
#   tiling is the Design's (offset, chunk, chunk count), connected to that kernel's in[1] (the
#   cascade input moves to in[2]); the header's bit patterns equal the Design's, element for
#   element; every kernel takes input_async_buffer<bfloat16> and holds no weight table;
# * behaviour: the kernel C++ built with g++ against tests/stubs, fed with the chunks cut from
#   the emitted memory-tile contents (weights/w*.h, through the emitted tiling), equals the
#   functional model (dense_fast on kernel_weights) bit for bit (==) on every chain and role.
#   The stubs implement the functional model's bf16 definition (fp32 products added one at a
#   time in K order, round-to-nearest-even to bf16); equality proves the template and the
#   emitted data follow that definition, not that silicon does (no Vitis here).
STREAMED_CASES = [([64, 128, 32], "3x2,1x1"),      # chunks of 32 / 16 columns: 2 x 2 groups
                  ([20, 24, 12], "3x2,1x1")]       # 3 chunks of 4 columns: one column block (RB 1)


def _streamed_bf16(sizes, parallelism):
    cm = aie.compile(torch_mlp(sizes, seed=4), precision="bf16", batch=8, weights="memtile",
                     parallelism=parallelism)
    d = cm.design
    assert all(k.params.weight_chunk_n and k.params.weight_chunks >= 2 and k.weights.size == 0 for k in d.kernels)
    assert {k.params.role for k in d.kernels} == {"first", "middle", "last", "single"}
    return cm


def _connects(graph_h: str) -> list[tuple[str, str, str]]:
    """(kind, src, dst) of every adf::connect statement."""
    return [("cascade" if m[1] == "adf::cascade" else "other", m[2], m[3])
            for m in re.finditer(r"adf::connect<([^>]*)>\((\S+?), (\S+?)\);", graph_h)]


def _parse_tiling(text: str) -> dict:
    def vec(name):
        m = re.search(r"\." + name + r" = \{([^{}]*)\}", text)
        return None if m is None else tuple(int(v) for v in re.findall(r"-?\d+", m[1]))
    steps = tuple(tuple(int(v) for v in s) for s in
                  re.findall(r"\{\.dimension = (\d+), \.stride = (\d+), \.wrap = (\d+)\}", text))
    return {"buffer_dimension": vec("buffer_dimension"), "tiling_dimension": vec("tiling_dimension"),
            "offset": vec("offset"), "tile_traversal": steps}


def _tiling_of(graph_h: str, port: str) -> str:
    m = re.search(r"adf::read_access\(" + re.escape(port) + r"\) = adf::tiling\(\{(.*)\}\);", graph_h)
    assert m, port
    return m[1]


def _memtile_bits(header: str, name: str) -> np.ndarray:
    body = header[header.index(f"{name}_bits["):]
    body = body[body.index("{") + 1:body.index("};")]
    return np.array([int(v) for v in re.findall(r"\d+", body)], dtype=np.int64)


@pytest.mark.parametrize("sizes,parallelism", STREAMED_CASES)
def test_streamed_bf16_graph_structure(sizes, parallelism, tmp_path):
    cm = _streamed_bf16(sizes, parallelism)
    d = cm.design
    out = cm.write_firmware(tmp_path / "fw")
    graph = (out / "src" / "graph.h").read_text()
    static = [b for b in d.shared_buffers if b.initial is not None]
    assert static and all(b.dtype == "bfloat16" for b in static)
    fed = {}
    for b in static:
        col, row = b.memtile
        assert f"adf::shared_buffer<bfloat16> {b.name};" in graph
        assert f"{b.name} = adf::shared_buffer<bfloat16>::create({{{b.dimension[0]}}}, 0, {len(b.outputs)});" in graph
        assert f"adf::num_buffers({b.name}) = 1;" in graph
        assert f"adf::location<adf::buffer>({b.name}) = {{adf::address({col}, {row}, " in graph
        assert f"adf::initial_value({b.name}) = {b.name}_init;" in graph
        assert f'#include "weights/{b.name}.h"' in graph
        assert f"adf::write_access({b.name}." not in graph
        header = (out / "src" / "weights" / f"{b.name}.h").read_text()
        assert f"static const std::vector<bfloat16> {b.name}_init = aiesim_bf16_from_bits({b.name}_bits, " \
               f"{b.initial.size});" in header
        assert np.array_equal(_memtile_bits(header, b.name), b.initial.astype(np.int64))
        for j, port in enumerate(b.outputs):
            (peer,) = port.peers
            kname = peer.removesuffix(".weights")
            p = next(k.params for k in d.kernels if k.name == kname)
            chunk = p.k * p.weight_chunk_n
            t = _parse_tiling(_tiling_of(graph, f"{b.name}.out[{j}]"))
            assert t["buffer_dimension"] == (b.initial.size,) and t["tiling_dimension"] == (chunk,)
            assert t["offset"] == (port.tiling.offset[0],)
            assert t["tile_traversal"] == ((0, chunk, p.weight_chunks),)
            assert f"adf::connect<>({b.name}.out[{j}], {kname}.in[1]);" in graph
            fed[kname] = fed.get(kname, 0) + 1
    assert fed == {k.name: 1 for k in d.kernels}          # one weight stream per kernel
    conns = _connects(graph)
    for k in d.kernels:
        p = k.params
        assert f"adf::dimensions({k.name}.in[1]) = {{{p.k * p.weight_chunk_n}}};" in graph
        assert f"{k.name}_wp" not in graph and f"{k.name}_weights" not in graph
        src = (out / "src" / "kernels" / f"{k.name}.cc").read_text()
        assert "input_async_buffer<bfloat16> &__restrict w" in src
        assert "w.acquire();" in src and "w.release();" in src
        assert (f"aiesim::DenseBf16<aiesim::DenseRole::{p.role}, {p.batch}, {p.k}, {p.weight_chunk_n},\n"
                f"    4, 8, 4, {'true' if p.relu else 'false'}, {p.n}>;") in src
        assert f"chess_loop_range({p.weight_chunks}, {p.weight_chunks})" in src
        assert "_weights[" not in (out / "src" / "weights" / f"{k.name}.h").read_text()
        if p.reads_cascade:          # the async weight buffer is in[1]: the cascade input is in[2]
            assert [c for c in conns if c[0] == "cascade" and c[2] == f"{k.name}.in[2]"]
    # the functional model: streamed == tile-resident, bit for bit
    resident = aie.compile(torch_mlp(sizes, seed=4), precision="bf16", batch=8, weights="tile",
                           parallelism=parallelism)
    xi = cm.quantize(np.random.default_rng(3).normal(size=(40, sizes[0])))
    y = cm.run(xi)
    assert np.array_equal(y, resident.run(xi))
    assert np.array_equal(run_design_per_kernel(d, xi[:16]), y[:16])


def _streamed_harness(d: Design) -> str:
    """main(): records "<kernels in chain> <output size>" then per kernel "<name> <size> <bits>";
    runs each chain (async weight buffers cut from the emitted memory-tile contents), prints the
    last kernel's output bits, and aborts when a cascade link is left non-empty or a kernel did
    not acquire all its chunks."""
    by_buffer = {}
    for b in d.shared_buffers:
        for port in b.outputs:
            for peer in port.peers:
                if peer.endswith(".weights"):
                    by_buffer[peer.removesuffix(".weights")] = (b, port)
    lines = ["#include <algorithm>", "#include <cstdio>", "#include <cstdlib>", "#include <deque>", "#include <string>"]
    lines += [f'#include "kernels/{k.name}.cc"' for k in d.kernels]
    lines += sorted({f'#include "weights/{b.name}.h"' for b, _ in by_buffer.values()})
    lines += ["alignas(32) static bfloat16 inb[1 << 14];", "alignas(32) static bfloat16 outb[1 << 14];"]
    for k in d.kernels:
        lines.append(f"alignas(32) static bfloat16 w_{k.name}[{k.params.k * k.params.n}];")
    lines += ["static void load_weights() {"]
    for k in d.kernels:
        b, port = by_buffer[k.name]
        off, size = int(port.tiling.offset[0]), k.params.k * k.params.n
        lines.append(f"    std::copy({b.name}_init.begin() + {off}, {b.name}_init.begin() + {off + size}, w_{k.name});")
    lines += ["}",
              *_CALL_HEAD]
    for k in d.kernels:
        p = k.params
        args = ["in", "w"] + (["&ci"] if p.reads_cascade else []) + (["&co"] if p.writes_cascade else ["out"])
        dump = ("for (int j = 0; j < outsize; ++j) std::printf(\"%u \", (unsigned)outb[j].bits); "
                "std::printf(\"\\n\");" if p.writes_output else "")
        lines.append(f'    if (n == "{k.name}") {{ adf::input_async_buffer<bfloat16> w{{w_{k.name}, '
                     f'{p.k * p.weight_chunk_n}}}; {k.name}_fn({", ".join(args)}); '
                     f'if (w.next != {p.weight_chunks}) std::abort(); {dump} return; }}')
    lines += ["    std::abort();", "}", "int main() {", "    load_weights();", "    int L;",
              "    while (std::scanf(\"%d\", &L) == 1) {",
              "        std::deque<int32_t> links[17];", "        int outsize; std::scanf(\"%d\", &outsize);",
              "        for (int i = 0; i < L; ++i) {", "            char name[64]; int size;",
              "            std::scanf(\"%63s %d\", name, &size);",
              "            for (int j = 0; j < size; ++j) { unsigned v; std::scanf(\"%u\", &v); "
              "inb[j].bits = (uint16_t)v; }",
              "            call(name, &links[i], &links[i + 1], outsize);", "        }",
              "        for (auto &l : links) if (!l.empty()) std::abort();", "    }", "    return 0;", "}"]
    return "\n".join(lines) + "\n"


@pytest.mark.skipif(shutil.which("g++") is None, reason="g++ not available")
@pytest.mark.parametrize("sizes,parallelism", STREAMED_CASES)
def test_streamed_bf16_kernels_compile_and_match_the_functional_model(sizes, parallelism, tmp_path):
    from aiesim_py.sim.weights import kernel_weights
    cm = _streamed_bf16(sizes, parallelism)
    d = cm.design
    out = cm.write_firmware(tmp_path / "proj")
    for b in d.shared_buffers:       # the harness cuts each kernel's chunks as one linear range
        for port in (b.outputs if b.initial is not None else ()):
            t = port.tiling
            assert len(t.tile_traversal) == 1 and t.tile_traversal[0].stride == t.tiling_dimension[0]
    _build_and_compare(d, out, _streamed_harness(d), tmp_path, 11, lambda k: kernel_weights(d, k),
                       varied=True)


def test_streamed_bf16_firmware_refuses_inconsistent_designs(tmp_path):
    import dataclasses

    from aiesim_py.compiler.emit import FirmwareError
    d = _streamed_bf16([20, 24, 12], "3x2,1x1").design
    b = next(b for b in d.shared_buffers if b.initial is not None)
    bad = dataclasses.replace(d, shared_buffers=tuple(
        dataclasses.replace(x, initial=x.initial.astype(np.int16)) if x is b else x for x in d.shared_buffers))
    with pytest.raises(FirmwareError, match=f"{b.name}.*bit patterns"):
        aie.api.CompiledModel(bad).write_firmware(tmp_path / "a")
    k = d.kernels[0]
    bad = dataclasses.replace(d, kernels=tuple(
        dataclasses.replace(x, weights=np.zeros(x.params.k * x.params.n, np.uint16)) if x is k else x
        for x in d.kernels))
    with pytest.raises(FirmwareError, match=f"{k.name}.*streams its weights"):
        aie.api.CompiledModel(bad).write_firmware(tmp_path / "b")
