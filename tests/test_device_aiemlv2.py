"""The same models compile and simulate on the AIE-ML v2 device file (ve3858)."""
import json
from pathlib import Path

import numpy as np

import aiesim_py as aie
from aiesim_py.cli import main
from aiesim_py.kernels.dense import DenseParams, dense_cycles
from aiesim_py.sim.timing import simulate
from aiesim_py.kernels.dense_cost import device_core_timing as core_timing
from aiesim_py.arch import load_device

DIGITS = Path(__file__).resolve().parents[1] / "examples" / "digits_mlp" / "digits_mlp.fml"


def test_digits_mlp_cli_on_aie_ml_v2(tmp_path, capsys):
    proj = tmp_path / "v2"
    assert main(["compile", str(DIGITS), "-o", str(proj), "--device", "ve3858", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rep["device"] == "ve3858" and rep["tiles_used"] <= 144
    assert main(["simulate", str(proj), "--iterations", "4", "--json"]) == 0
    sim = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert sim["latency_ns"] > 0 and sim["interval_ns"] > 0
    # 1 GHz array clock (AM027-Performance): ns == cycles
    assert sim["latency_ns"] == sim["latency_cycles"]


def test_same_design_simulates_and_is_bit_identical():
    model, par = "mlp:64-64-10", "1x1,1x1"
    ml = aie.compile(model, device="ve2802", parallelism=par)
    v2 = aie.compile(model, device="ve3858", parallelism=par)
    x = np.random.default_rng(1).integers(-128, 128, size=(16, 64))
    assert np.array_equal(ml.run(x), v2.run(x))          # the arithmetic does not depend on the array
    r_ml, r_v2 = simulate(ml.design, iterations=6), simulate(v2.design, iterations=6)
    assert r_v2.device == "ve3858" and r_v2.clock_hz == 1.0e9 and r_ml.clock_hz == 1.25e9
    for r, dev, cm in ((r_ml, "ve2802", ml), (r_v2, "ve3858", v2)):
        k = r.kernels[0]
        assert k.cycles_per_call == dense_cycles(cm.design.kernels[0].params,
                                                 core_timing(load_device(dev))).total_cycles
    # the search takes the AIE-MLv2 native 8x8x8 (512 MACs per VMAC) where it is faster
    assert (v2.design.kernels[0].params.mmul_m, ml.design.kernels[0].params.mmul_m) == (8, 4)


def test_aie_ml_v2_cost_model_doubles_the_int8_rate_with_8x8x8():
    """64x64x64 int8: 4x8x8 on AIE-ML vs the native 8x8x8 (API-MMUL aie2p) on AIE-ML v2."""
    ml_t, v2_t = core_timing(load_device("ve2802")), core_timing(load_device("ve3858"))
    base = dict(role="single", batch=64, k=64, n=64, mmul_k=8, mmul_n=8, out_bits=8, shift=6)
    ml = dense_cycles(DenseParams(mmul_m=4, **base), ml_t).total_cycles
    v2 = dense_cycles(DenseParams(mmul_m=8, **base), v2_t).total_cycles
    macs = 64 * 64 * 64
    assert macs / ml <= 256 < macs / v2 <= 512
    assert ml / v2 > 1.5
