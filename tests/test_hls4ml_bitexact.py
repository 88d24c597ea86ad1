"""End to end against hls4ml's own C++ emulation: compile() + predict(), == on every element.

hls4ml writes and compiles its C++ with g++ (~5 s per model), so this file keeps to a few
models: the bundled digits MLP on its whole test split, and random PyTorch MLPs whose
layers use different ap_fixed rounding and overflow modes on 1000 random inputs.
"""
import contextlib
import io
from pathlib import Path

import numpy as np
import pytest

hls4ml = pytest.importorskip("hls4ml")
torch = pytest.importorskip("torch")

import aiesim_py as aie  # noqa: E402
from aiesim_py.compiler.frontends.hls4ml import load_fml  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _torch_config(net, n_in, precision="ap_fixed<16,6>"):
    return hls4ml.utils.config_from_pytorch_model(net, input_shape=(n_in,), granularity="name", backend="Vitis",
                                                  default_precision=precision)


def _convert(net, cfg, out_dir):
    """hls4ml ModelGraph of a torch model, its prints silenced."""
    with contextlib.redirect_stdout(io.StringIO()):
        return hls4ml.converters.convert_from_pytorch_model(net, hls_config=cfg, output_dir=str(out_dir),
                                                            backend="Vitis", io_type="io_parallel")


def _quiet_compile(model):
    with contextlib.redirect_stdout(io.StringIO()):
        model.compile()


def test_digits_model_bit_exact_whole_test_split(tmp_path):
    hm = load_fml(ROOT / "examples/digits_mlp/digits_mlp.fml", tmp_path)
    hm.config.config["OutputDir"] = str(tmp_path)
    data = np.load(ROOT / "examples/digits_mlp/digits_test.npz")
    x, y = data["x_test"], data["y_test"]
    design = aie.compile(hm, batch=8)
    ours = design.predict(x)
    _quiet_compile(hm)
    ref = np.asarray(hm.predict(x)).reshape(ours.shape)
    assert ours.shape == (540, 10)
    assert np.count_nonzero(ours != ref) == 0
    assert np.mean(ours.argmax(1) == y) >= 0.90


def _fx(w, i, q="TRN", o="WRAP"):
    return f"ap_fixed<{w},{i},AP_{q},AP_{o}>"


MODES = [
    # (input type, [(weight q/o, result q/o, result integer bits)] per dense layer)
    ((3, "RND", "SAT"), [("RND_CONV", "SAT", "RND_CONV", "SAT", 4), ("TRN", "WRAP", "RND", "SAT_SYM", 4),
                         ("RND", "SAT", "TRN", "SAT", 5)]),
    ((2, "TRN", "WRAP"), [("TRN_ZERO", "SAT", "TRN_ZERO", "SAT", 3), ("RND_ZERO", "SAT", "RND_INF", "SAT", 3),
                          ("RND_MIN_INF", "SAT", "RND_ZERO", "SAT_SYM", 4)]),
    ((3, "RND_CONV", "SAT"), [("RND_INF", "SAT", "RND_MIN_INF", "WRAP", 2), ("TRN", "SAT", "RND_CONV", "WRAP", 3),
                              ("TRN", "WRAP", "TRN", "WRAP", 3)]),
]


# modes the AIE has no single SRS for: narrow widths (clamp / wrap ops), SAT_ZERO, WRAP_SM,
# and a result with more fraction bits than the accumulator (left shift); entries may give
# the result width as a 6th element
EMULATED = [
    ((2, "RND", "SAT", 6), [("TRN", "SAT", "RND", "SAT_ZERO", 4), ("TRN", "WRAP", "RND_CONV", "SAT", 3, 6),
                            ("RND", "SAT", "TRN", "WRAP", 2, 5)]),
    # hls4ml 1.3.0 cannot express AP_WRAP_SM (its precision parser strips "AP_" inside
    # "WRAP_SM"); WRAP_SM is proven against the ap_fixed headers in test_apfixed_groundtruth
    ((3, "TRN", "WRAP"), [("RND_CONV", "SAT", "RND_INF", "SAT_SYM", 3, 7), ("TRN", "SAT", "RND_ZERO", "SAT_ZERO", 4),
                          ("TRN", "SAT", "RND_MIN_INF", "SAT_ZERO", 1, 4)]),
]


@pytest.mark.parametrize("case", range(len(MODES) + len(EMULATED)))
def test_random_torch_mlp_modes_bit_exact(case, tmp_path):
    spec = (MODES + EMULATED)[case]
    (in_i, in_q, in_o, *in_w), layers = spec
    in_w = in_w[0] if in_w else 8
    torch.manual_seed(case)
    net = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 16), torch.nn.ReLU(),
                              torch.nn.Linear(16, 8))
    cfg = _torch_config(net, 16, "ap_fixed<16,6>")
    cfg["LayerName"]["input_1"]["Precision"]["result"] = _fx(in_w, in_i, in_q, in_o)
    f_in = in_w - in_i
    names = ["_0", "_2", "_4"]
    for name, (wq, wo, rq, ro, ri, *rw) in zip(names, layers):
        rw = rw[0] if rw else 8
        p = cfg["LayerName"][name]["Precision"]
        p["weight"] = _fx(8, 1, wq, wo)
        p["bias"] = _fx(16, 16 - (f_in + 7) + 4, "TRN", "WRAP")       # F_b = F_in + F_w - 4
        p["accum"] = _fx(32, 32 - (f_in + 7))
        p["result"] = _fx(rw, ri, rq, ro)
        relu = f"_{int(name[1:]) + 1}"
        if relu in cfg["LayerName"]:
            cfg["LayerName"][relu]["Precision"]["result"] = _fx(rw, ri, rq, ro)
        f_in = rw - ri
    hm = _convert(net, cfg, tmp_path / "prj")
    rng = np.random.default_rng(case)
    x = rng.normal(0, 1.5, size=(1000, 16)).astype(np.float32)
    design = aie.compile(hm, batch=8, parallelism="2x2,2x1,1x1")
    if case >= len(MODES):      # the emulated cases really use extra vector ops
        assert any(k.params.ops for k in design.design.kernels)
    ours = design.predict(x)
    _quiet_compile(hm)
    ref = np.asarray(hm.predict(x)).reshape(ours.shape)
    mismatches = np.count_nonzero(ours != ref)
    assert mismatches == 0, f"{mismatches} of {ref.size} elements differ"
    # the modes really were exercised: outputs are not all zero or saturated
    assert len(np.unique(ours)) > 10


def test_unsupported_hls4ml_layer_is_named(tmp_path):
    from aiesim_py.errors import UnsupportedLayerError
    net = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.Sigmoid())
    cfg = _torch_config(net, 8, "ap_fixed<8,3>")
    hm = _convert(net, cfg, tmp_path / "p")
    with pytest.raises(UnsupportedLayerError, match=r"layer '_1'.*sigmoid.*supported layers: Dense, ReLU"):
        aie.compile(hm)


def test_hls4ml_from_qonnx_bit_exact(tmp_path):
    """hls4ml's own QONNX import of the bundled Brevitas model (input quantizer as a
    linear activation, wide Dense results requantized by the ReLU layers) compiles and
    equals hls4ml's predict()."""
    pytest.importorskip("qonnx")
    from qonnx.core.modelwrapper import ModelWrapper
    from qonnx.transformation.channels_last import ConvertToChannelsLastAndClean
    from qonnx.transformation.gemm_to_matmul import GemmToMatMul
    from qonnx.util.cleanup import cleanup_model
    m = cleanup_model(ModelWrapper(str(ROOT / "examples/digits_qonnx/digits_qonnx.onnx")))
    m = cleanup_model(m.transform(ConvertToChannelsLastAndClean()).transform(GemmToMatMul()))
    with contextlib.redirect_stdout(io.StringIO()):
        cfg = hls4ml.utils.config.config_from_onnx_model(m, granularity="name", backend="Vitis",
                                                         default_precision="fixed<16,6>")
        hm = hls4ml.converters.convert_from_onnx_model(m, hls_config=cfg, output_dir=str(tmp_path / "p"),
                                                       backend="Vitis", io_type="io_parallel")
    design = aie.compile(hm, batch=8)
    assert design.design.host_input_types            # the two-step input quantization is kept
    assert any(l.relu for l in design.design.layers)
    x = np.load(ROOT / "examples/digits_mlp/digits_test.npz")["x_test"]
    x = np.concatenate([x, np.random.default_rng(0).normal(0, 1.5, size=(1000, 64)).astype(np.float32)])
    ours = design.predict(x)
    _quiet_compile(hm)
    ref = np.asarray(hm.predict(x)).reshape(ours.shape)
    assert np.count_nonzero(ours != ref) == 0


def test_hls4ml_default_int16_precision_bit_exact(tmp_path):
    """hls4ml's default ap_fixed<16,6> everywhere ('auto' accumulators and Dense results,
    ReLU layers casting with TRN/WRAP): int16 x int16 kernels, the ReLU moved before a
    wrapping cast as an exact extra op."""
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 16), torch.nn.ReLU(),
                              torch.nn.Linear(16, 5))
    cfg = _torch_config(net, 16, "ap_fixed<16,6>")
    cfg["LayerName"]["_4"]["Precision"]["result"] = "ap_fixed<16,6>"     # 'auto' would be 37-bit
    hm = _convert(net, cfg, tmp_path / "p")
    design = aie.compile(hm, batch=8)
    k0 = design.design.layer_kernels(0)[-1].params
    assert (k0.a_bits, k0.w_bits, k0.out_bits) == (16, 16, 16)
    assert ("zero_if_acc_negative",) in k0.ops
    x = np.random.default_rng(0).normal(0, 3, size=(1000, 16)).astype(np.float32)
    ours = design.predict(x)
    _quiet_compile(hm)
    ref = np.asarray(hm.predict(x)).reshape(ours.shape)
    assert np.count_nonzero(ours != ref) == 0
    assert len(np.unique(ours)) > 100


def test_hls4ml_auto_wide_last_result_is_int32_bit_exact(tmp_path):
    """hls4ml's 'auto' result of the last Dense keeps the whole accumulator (37 bits here): the
    last layer writes its acc32 lanes as int32 (shift 0; the worst-case sum with these weights
    fits), equal to predict() on 1000 inputs."""
    torch.manual_seed(3)
    net = torch.nn.Sequential(torch.nn.Linear(16, 24), torch.nn.ReLU(), torch.nn.Linear(24, 6))
    cfg = _torch_config(net, 16, "ap_fixed<16,6>")
    hm = _convert(net, cfg, tmp_path / "p")
    design = aie.compile(hm, batch=8, parallelism="2x1,3x1")
    last = design.design.layer_kernels(1)[-1].params
    assert last.out_bits == 32 and last.shift == 0 and design.design.output_type.width > 32
    x = np.random.default_rng(3).normal(0, 3, size=(1000, 16)).astype(np.float32)
    ours = design.predict(x)
    _quiet_compile(hm)
    ref = np.asarray(hm.predict(x)).reshape(ours.shape)
    mismatches = np.count_nonzero(ours != ref)
    print(f"hls4ml auto int32 result: {mismatches} mismatches / {ref.size} outputs (1000 inputs)")
    assert mismatches == 0
    assert np.abs(ours).max() * 2 ** 20 > 2 ** 15          # values beyond int16 really occur


def test_hls4ml_auto_wide_result_refused_with_fix(tmp_path):
    """A wide 'auto' result between layers cannot be stored as int8/int16: refused, naming the fix."""
    from aiesim_py.errors import UnsupportedLayerError
    net = torch.nn.Sequential(torch.nn.Linear(8, 4), torch.nn.Linear(4, 4))
    cfg = _torch_config(net, 8, "ap_fixed<16,6>")
    cfg["LayerName"]["_1"]["Precision"]["result"] = "ap_fixed<16,6>"
    hm = _convert(net, cfg, tmp_path / "p")
    with pytest.raises(UnsupportedLayerError, match=r"layer '_0'.*-bit.*at most 16 bits"):
        aie.compile(hm)


def test_hls4ml_unsigned_activations_bit_exact(tmp_path):
    """ap_ufixed activations without a ReLU: an unsigned 8-bit input (stored as int16), an
    unsigned saturating 8-bit result (int16) and an unsigned wrapping 7-bit result (int8)."""
    torch.manual_seed(5)
    net = torch.nn.Sequential(torch.nn.Linear(16, 24), torch.nn.Linear(24, 16), torch.nn.Linear(16, 8))
    cfg = _torch_config(net, 16, "ap_fixed<16,6>")
    cfg["LayerName"]["input_1"]["Precision"]["result"] = "ap_ufixed<8,3,AP_RND,AP_SAT>"
    f_in = 5
    for name, res in (("_0", "ap_ufixed<8,4,AP_RND_CONV,AP_SAT>"), ("_1", "ap_ufixed<7,3,AP_TRN,AP_WRAP>"),
                      ("_2", "ap_fixed<8,4,AP_RND,AP_SAT>")):
        p = cfg["LayerName"][name]["Precision"]
        p["weight"] = _fx(8, 1, "RND", "SAT")
        p["bias"] = _fx(16, 16 - (f_in + 7) + 4)
        p["accum"] = _fx(32, 32 - (f_in + 7))
        p["result"] = res
        f_in = int(res.split("<")[1].split(",")[0]) - int(res.split(",")[1])
    hm = _convert(net, cfg, tmp_path / "p")
    design = aie.compile(hm, batch=8, parallelism="2x2,2x1,1x1")
    kinds = [(k.params.a_bits, k.params.out_bits) for k in (design.design.layer_kernels(i)[-1] for i in range(3))]
    assert kinds == [(16, 16), (16, 8), (8, 8)]
    rng = np.random.default_rng(5)
    x = np.concatenate([rng.normal(0, 3, size=(500, 16)), rng.uniform(-1, 9, size=(500, 16))]).astype(np.float32)
    ours = design.predict(x)
    _quiet_compile(hm)
    ref = np.asarray(hm.predict(x)).reshape(ours.shape)
    mismatches = np.count_nonzero(ours != ref)
    print(f"hls4ml unsigned activations: {mismatches} mismatches / {ref.size} outputs (1000 inputs)")
    assert mismatches == 0
    assert len(np.unique(ours)) > 10
