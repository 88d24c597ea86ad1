"""Microtile (aie::mmul shape) as a compiler choice: every shape of a type pair packs, runs
bit-exact in the functional runners and in the generated kernel C++ (g++ against tests/stubs),
the search picks the shape by the device's cost model (8x8x8 on AIE-MLv2 where it is faster),
and the microtile / tolerance / plio_width_bits / placement knobs refuse bad values."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from aiesim_py.arch import load_device
from aiesim_py.compiler import compile_model
from aiesim_py.compiler.emit import FirmwareError, write_firmware
from aiesim_py.compiler.ir import DenseNode, Graph
from aiesim_py.compiler.passes.parallelize import microtiles
from aiesim_py.errors import AieSimError, ResourceError
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.kernels.dense import DenseParams, dense_cycles, dense_fast, dense_reference, pack_weights, \
    unpack_weights
from aiesim_py.kernels.dense_cost import device_core_timing
from aiesim_py.sim.functional import run_design, run_design_per_kernel

from test_firmware import _build, _records, _run, needs_gxx
from test_functional import reference_mlp

PAIRS = [(8, 8), (16, 8), (8, 16), (16, 16)]


def _shape(s) -> str:
    return "x".join(map(str, s))


def _chain_graph(a_w: int, w_w: int, layers: int, width: int = 32, seed: int = 0) -> Graph:
    """``layers`` dense layers width -> width, activations ``a_w`` bits in and out (so every
    layer has the type pair a_w x w_w), weights ``w_w`` bits, bounded to keep acc32 exact."""
    rng = np.random.default_rng(seed)
    in_t = FixedType(a_w, 3, True, "TRN", "WRAP")
    w_t = FixedType(w_w, 1, True, "TRN", "WRAP")
    g = Graph(f"chain{a_w}x{w_w}", width, in_t)
    prev = in_t
    for i in range(layers):
        out_t = FixedType(a_w, 5, True, "RND_CONV", "SAT")
        w_max = 2 ** (w_w - 1) // (64 if w_w == 16 else 2)
        acc_t = FixedType(32, 32 - (prev.frac + w_t.frac), True)
        g.nodes.append(DenseNode(f"d{i}", rng.integers(-w_max, w_max, size=(width, width)),
                                 rng.integers(-2 ** 12, 2 ** 12, size=width), w_t, acc_t, acc_t, out_t))
        prev = out_t
    return g


@pytest.mark.parametrize("pair", PAIRS)
def test_pack_unpack_and_reference_every_shape(pair):
    """pack/unpack are inverse and dense_fast == dense_reference for every aie::mmul shape."""
    a_bits, w_bits = pair
    rng = np.random.default_rng(a_bits + w_bits)
    for shape in microtiles(pair, "all", load_device("ve3858")):
        mm, mk, mn = shape
        for role in ("single", "first", "last"):
            p = DenseParams(role=role, batch=2 * mm, k=3 * mk, n=2 * mn,
                            mmul_m=mm, mmul_k=mk, mmul_n=mn, shift=4, a_bits=a_bits, w_bits=w_bits,
                            out_bits=a_bits)
            w = rng.integers(-100, 100, size=(p.k, p.n))
            packed = pack_weights(w, p)
            assert np.array_equal(unpack_weights(packed, p), w)
            a = rng.integers(-100, 100, size=(1, p.batch * p.k)).astype({8: np.int8, 16: np.int16}[a_bits])
            bias = rng.integers(-999, 999, size=p.n).astype(np.int32) if p.has_bias else None
            cas = rng.integers(-9999, 9999, size=(1, p.batch, p.n)).astype(np.int32) if p.reads_cascade else None
            assert np.array_equal(dense_fast(p, a, packed, bias, cas), dense_reference(p, a, packed, bias, cas))


@pytest.mark.parametrize("device", ["ve2802", "ve3858"])
def test_every_int8_shape_runs_bit_exact(device):
    spec = "mlp:16-64-32-32-8"
    x = np.random.default_rng(0).integers(-128, 128, size=(21, 16))
    ref = reference_mlp(spec, x)
    shapes = microtiles((8, 8), "all", load_device(device))
    assert (8, 8, 8) in shapes and (4, 8, 8) in shapes
    # AIE-ML's 2x8x8 and 4x16x8 are not in the AIE API's AIE-MLv2 row (isa.mmul.AIE_ML_V2_MMUL_MODES)
    assert ((2, 8, 8) in shapes) == (device == "ve2802") and ((4, 16, 8) in shapes) == (device == "ve2802")
    for shape in shapes:
        d = compile_model(spec, device=device, batch=8, microtiles=_shape(shape))
        assert {(k.params.mmul_m, k.params.mmul_k, k.params.mmul_n) for k in d.kernels} == {shape}
        assert np.array_equal(run_design(d, x), ref), shape
    # one shape per layer, and the per-kernel path too
    per_layer = "8x8x8,2x8x8,4x16x8" if device == "ve2802" else "8x8x8,4x8x8,8x8x8"
    d = compile_model(spec, device=device, batch=8, microtiles=per_layer + ",auto")
    assert d.metadata["microtiles"].split(",")[:3] == per_layer.split(",")
    assert np.array_equal(run_design_per_kernel(d, x), ref)


def test_aie_ml_only_shape_refused_on_aie_ml_v2():
    with pytest.raises(ResourceError, match="2x8x8"):
        compile_model("mlp:16-64-32-32-8", device="ve3858", batch=8, microtiles="2x8x8")


@pytest.mark.parametrize("shape", ["2x4x8", "4x4x8"])
def test_acc64_only_shapes_refused_on_aie_ml_v2(shape):
    """AIE-MLv2 int16 x int16 2x4x8 / 4x4x8 exist only with acc64; the dense template is acc32."""
    assert tuple(map(int, shape.split("x"))) not in microtiles((16, 16), "all", load_device("ve3858"))
    with pytest.raises(ResourceError, match=shape):
        compile_model(_chain_graph(16, 16, layers=1), device="ve3858", batch=8, microtiles=shape)


def test_cost_model_is_device_aware():
    """8x8x8 int8 is one VMAC on AIE-MLv2 (512 MACs) but two plus shuffles on AIE-ML."""
    p8 = DenseParams(role="single", batch=32, k=128, n=128, mmul_m=8, mmul_k=8, mmul_n=8)
    p4 = dataclasses.replace(p8, mmul_m=4)
    ml, ml2 = device_core_timing(load_device("ve2802")), device_core_timing(load_device("ve3858"))
    assert dense_cycles(p8, ml2).total_cycles < dense_cycles(p4, ml2).total_cycles
    assert dense_cycles(p4, ml).total_cycles < dense_cycles(p8, ml).total_cycles
    # 4x8x8 fills half a VMAC on AIE-MLv2: no gain from the doubled rate; 8x8x8 halves the MAC loop
    assert dense_cycles(p4, ml2).mac_loop_cycles == dense_cycles(p4, ml).mac_loop_cycles
    assert 2 * dense_cycles(p8, ml2).mac_loop_cycles == dense_cycles(p4, ml).mac_loop_cycles


@pytest.mark.parametrize("spec,batch", [("mlp:16-64-32-32-8", 8), ("mlp:256-256", 32)])
def test_search_picks_8x8x8_on_aie_ml_v2_only(spec, batch):
    ml = compile_model(spec, device="ve2802", batch=batch)
    ml2 = compile_model(spec, device="ve3858", batch=batch)
    assert set(ml.metadata["microtiles"].split(",")) == {"4x8x8"}
    assert set(ml2.metadata["microtiles"].split(",")) == {"8x8x8"}
    # the pinned 4x8x8 design on ve3858 is not faster by the cost model than the one chosen
    pinned = compile_model(spec, device="ve3858", batch=batch, microtiles="4x8x8")
    assert max(ml2.metadata["stage_cycles"]) <= max(pinned.metadata["stage_cycles"])
    # a batch no 8-row shape divides keeps the AIE-ML shape
    d = compile_model(spec, device="ve3858", batch=4)
    assert set(d.metadata["microtiles"].split(",")) == {"4x8x8"}


def test_firmware_default_set_is_the_old_behaviour():
    d = compile_model("mlp:16-64-32-32-8", device="ve3858", batch=8, microtiles="firmware")
    assert set(d.metadata["microtiles"].split(",")) == {"4x8x8"}


@needs_gxx
@pytest.mark.parametrize("pair", PAIRS)
def test_generated_kernels_every_shape_match_the_model(pair, tmp_path):
    """One design per type pair with one layer per aie::mmul shape (cascades of 2, 2 chains):
    the emitted kernel C++, compiled by g++ against tests/stubs, equals dense_fast."""
    dev = load_device("ve2802")
    shapes = [s for s in microtiles(pair, "all", dev)]
    g = _chain_graph(*pair, layers=len(shapes))
    d = compile_model(g, device="ve2802", batch=8, microtiles=",".join(map(_shape, shapes)),
                      parallelism=",".join(["2x2"] * len(shapes)))
    got_shapes = {(k.layer, (k.params.mmul_m, k.params.mmul_k, k.params.mmul_n)) for k in d.kernels}
    assert sorted({s for _, s in got_shapes}) == sorted(shapes)
    out = write_firmware(d, tmp_path / "proj")
    exe = _build(d, out, tmp_path)
    records, refs, _ = _records(d, np.random.default_rng(5))
    got = _run(exe, records)
    assert len(got) == len(refs) and len(refs) >= 4 * len(shapes)
    for g_, r in zip(got, refs):
        assert np.array_equal(g_, r.astype(np.int64))


@needs_gxx
def test_generated_8x8x8_kernel_on_aie_ml_v2(tmp_path):
    d = compile_model("mlp:16-64-32-32-8", device="ve3858", batch=8, parallelism="2x2,2x2,1x2,2x1",
                      microtiles="8x8x8")
    assert {(k.params.mmul_m, k.params.mmul_k, k.params.mmul_n) for k in d.kernels} == {(8, 8, 8)}
    out = write_firmware(d, tmp_path / "proj")
    assert "8, 8, 8" in "".join(p.read_text() for p in (out / "src" / "kernels").glob("*.cc"))
    exe = _build(d, out, tmp_path)
    records, refs, _ = _records(d, np.random.default_rng(6))
    for g_, r in zip(_run(exe, records), refs):
        assert np.array_equal(g_, r.astype(np.int64))


def test_firmware_refuses_a_shape_the_api_lacks(tmp_path):
    d = compile_model("mlp:16-8", batch=8)
    k = d.kernels[0]
    p = dataclasses.replace(k.params, mmul_m=4, mmul_k=8, mmul_n=16, n=16)
    bad = dataclasses.replace(d, kernels=(dataclasses.replace(k, params=p, weights=np.zeros(p.k * p.n, np.int8)),))
    with pytest.raises(FirmwareError, match="4x8x16 .*not an aie::mmul shape.*4x8x8"):
        write_firmware(bad, tmp_path / "proj")


@pytest.mark.parametrize("kwargs,match", [
    (dict(microtiles="4x8x16"), r"microtile 4x8x16 .*allowed: 4x8x8"),
    (dict(microtiles="8x8"), r"microtile entry 0 '8x8'.*auto, firmware, all"),
    (dict(microtiles="auto,auto"), r"microtile .* 2 entries .* 4 dense layers"),
    (dict(microtiles="8x8x8", batch=4), r"batch 4 is not a multiple of the M"),
    (dict(tolerance=-1), r"tolerance -1 must be a number >= 0"),
    (dict(tolerance="x"), r"tolerance 'x' must be a number"),
    (dict(plio_width_bits=96), r"plio_width_bits 96 .*allowed: 32, 64, 128"),
    (dict(placement="diagonal"), r"placement 'diagonal' .*allowed: auto, row_first, column_first"),
])
def test_bad_knobs_are_refused(kwargs, match):
    with pytest.raises(AieSimError, match=match):
        compile_model("mlp:16-64-32-32-8", **{"batch": 8, **kwargs})


def test_plio_width_and_placement_knobs_change_the_design():
    wide = compile_model("mlp:16-64-32-32-8", batch=8)
    narrow = compile_model("mlp:16-64-32-32-8", batch=8, plio_width_bits=32)
    assert {p.width_bits for p in wide.plios} == {128}
    assert {p.width_bits for p in narrow.plios} == {32}
    rows = compile_model("mlp:16-64-32-32-8", batch=8, parallelism="2x1,2x1,2x1,2x1", placement="row_first")
    cols = compile_model("mlp:16-64-32-32-8", batch=8, parallelism="2x1,2x1,2x1,2x1", placement="column_first")
    rows_used = {k.tile[1] for k in rows.kernels}
    cols_used = {k.tile[1] for k in cols.kernels}
    assert len(rows_used) == 1 and len(cols_used) > 1       # one row vs stacked up the columns


def test_api_and_cli_knobs(tmp_path, capsys):
    import json

    import aiesim_py as aie
    from aiesim_py.cli import main
    cm = aie.compile("mlp:16-64-32-32-8", device="ve3858", microtile="8x8x8,auto,4x8x8,auto", tolerance=0.0,
                     plio_width_bits=64, placement="column_first")
    d = cm.design
    assert d.metadata["microtiles"].split(",")[0::2] == ["8x8x8", "4x8x8"]
    assert {p.width_bits for p in d.plios} <= {32, 64} and d.metadata["placement"] == "column_first"
    assert main(["compile", "mlp:16-64-32-32-8", "-o", str(tmp_path / "a"), "--device", "ve3858",
                 "--microtile", "4x8x8", "--plio-width", "64", "--placement", "row_first", "--tolerance", "0",
                 "--json"]) == 0
    rep = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rep["microtiles"] == "4x8x8,4x8x8,4x8x8,4x8x8"
    for args, needle in ((["--plio-width", "48"], "plio_width_bits 48"), (["--microtile", "9x9x9"], "microtile 9x9x9"),
                         (["--placement", "spiral"], "placement 'spiral'"), (["--tolerance", "-1"], "tolerance -1")):
        assert main(["compile", "mlp:16-64-32-32-8", "-o", str(tmp_path / "b"), *args]) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: ") and needle in err and ("allowed" in err or "must be" in err)
        assert not (tmp_path / "b").exists()
