"""Importing projects written by aie4ml 0.2.1 (tests/fixtures/aie4ml/, see its README)."""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from aiesim_py.api import CompiledModel, load
from aiesim_py.cli import main
from aiesim_py.compiler.emit import write_firmware
from aiesim_py.compiler.importers import Aie4mlImportWarning, import_aie4ml, is_aie4ml_project
from aiesim_py.compiler.passes.direct import shares_memory
from aiesim_py.design import Design, DirectBuffer, direct_buffers
from aiesim_py.errors import DesignFileError, UnsupportedLayerError
from aiesim_py.sim.functional import run_design, run_design_per_kernel
from aiesim_py.sim.timing import simulate

FIXTURE_DIR = Path(__file__).parent / "fixtures" / "aie4ml"
PROJECT = FIXTURE_DIR / "mlp32"


def _import(path=PROJECT, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        design = import_aie4ml(path, **kw)
    return design, [str(w.message) for w in caught if issubclass(w.category, Aie4mlImportWarning)]


@pytest.fixture(scope="module")
def imported():
    return _import()


@pytest.fixture(scope="module")
def pipeline():
    return json.loads((PROJECT / "aie_pipeline.json").read_text())


@pytest.fixture()
def project_copy(tmp_path):
    dst = tmp_path / "prj"
    shutil.copytree(PROJECT, dst)
    return dst


def test_detected_by_its_files(tmp_path):
    assert is_aie4ml_project(PROJECT)
    assert not is_aie4ml_project(tmp_path)
    assert not is_aie4ml_project(PROJECT / "aie_pipeline.json")


def test_structure_equals_aie4ml_choices(imported, pipeline):
    design, _ = imported
    par = pipeline["optimizer"]["parallelism"]
    nodes = [e["node"] for e in pipeline["execution"]]
    assert [l.name for l in design.layers] == nodes
    assert [(l.cas_length, l.cas_num) for l in design.layers] == \
        [(par[n]["cas_length"], par[n]["cas_num"]) for n in nodes]
    total = sum(p["cas_length"] * p["cas_num"] for p in par.values())
    assert len(design.kernels) == total == pipeline["optimizer"]["tiles"]
    assert design.tiles_used == total
    # every kernel sits where aie4ml placed it: (col + cascade position, row + chain)
    for k in design.kernels:
        pl = pipeline["physical"]["placements"][nodes[k.layer]]
        assert k.tile == (pl["col"] + k.cas_index, pl["row"] + k.chain)
    # cascade chains: cas_length - 1 cascade nets per chain, each to the next position
    cascades = [n for n in design.nets if n.kind == "cascade"]
    assert len(cascades) == sum(p["cas_num"] * (p["cas_length"] - 1) for p in par.values())
    for layer in design.layers:
        for chain in range(layer.cas_num):
            ks = [k for k in design.layer_kernels(layer.index) if k.chain == chain]
            assert [k.cas_index for k in ks] == list(range(layer.cas_length))
            if layer.cas_length > 1:
                assert [k.role for k in ks] == ["first"] + ["middle"] * (layer.cas_length - 2) + ["last"]
    # SRS as emitted
    for layer, e in zip(design.layers, pipeline["execution"]):
        assert layer.shift == e["config"]["shift"]
        assert layer.rounding == e["config"]["rounding_mode"] == "symmetric_inf"
        assert layer.saturation == "saturate"
    assert design.batch == 8 and design.input_features == 32 and design.output_features == 32
    assert design.metadata["parallelism"] == "2x2,2x1,1x2"


def test_values_equal_independent_reference(imported):
    """aie4ml's arithmetic, recomputed from the torch weights in numpy: y = SRS(x W + b)
    with symmetric_inf rounding (half away from zero), saturation to int8, ReLU between
    layers. aie4ml 0.2.1 takes hls4ml's un-transposed torch weights (out, in) as (K, N), so
    the reference multiplies by W as stored, not by W.T (see the fixture README)."""
    design, _ = imported
    src = np.load(PROJECT / "source_weights.npz")
    x = np.random.default_rng(3).integers(-128, 128, size=(24, 32))
    y = CompiledModel(design).run(x)
    h = x.astype(np.int64)
    for i in range(3):
        acc = h @ src[f"w{i}"] + (src[f"b{i}"] << 5)          # bias frac 7 -> accumulator frac 12
        mag = (np.abs(acc) + (1 << 6)) >> 7                    # shift 7, ties away from zero
        h = np.clip(np.sign(acc) * mag, -128, 127)
        if i < 2:
            h = np.maximum(h, 0)
    assert y.shape == (24, 32)
    assert np.array_equal(y, h)


def test_rounding_difference_is_warned(imported):
    design, msgs = imported
    rnd = [m for m in msgs if "rounding" in m and "RND" in m]
    assert len(rnd) == 3 and all("symmetric_inf" in m and "positive_inf" in m for m in rnd)
    assert len(design.metadata["aie4ml"]["rounding"]) == 3


def test_exact_rounding_is_not_warned(project_copy):
    f = project_copy / "aie_pipeline.json"
    data = json.loads(f.read_text())
    for e in data["execution"]:
        e["config"]["precision"]["output"]["rounding"] = "RND_INF"   # ap_fixed RND_INF == AIE symmetric_inf
    f.write_text(json.dumps(data))
    design, msgs = _import(project_copy)
    assert design.metadata["aie4ml"]["rounding"] == []
    assert not [m for m in msgs if m.startswith("aie4ml rounding")]


def test_substitutions_listed_and_strict_refuses(imported):
    design, msgs = imported
    subs = design.metadata["aie4ml"]["substitutions"]
    assert any("input PLIO" in s for s in subs) and any("output PLIO" in s for s in subs)
    # the layer-to-layer hand-offs are direct buffers now, no longer substituted
    assert len(subs) == 2
    assert not [m for m in msgs if "hand-off" in m or "tile-DMA" in m or "direct edge" in m]
    assert sum(m.startswith("aie4ml import") for m in msgs) == len(subs)
    with pytest.raises(UnsupportedLayerError, match="strict"):
        _import(strict=True)


# --- aie4ml's direct edges are direct kernel-to-kernel buffers ------------------------------
def _without_direct_legs(project_copy):
    """The project with its layer-to-layer direct edges dropped from the plan: the importer
    then stages those edges in memory-tile shared buffers (the representation before)."""
    f = project_copy / "aie_pipeline.json"
    data = json.loads(f.read_text())
    edges = data["physical"]["plan"]["direct_edges"]
    data["physical"]["plan"]["direct_edges"] = [e for e in edges if "realization" not in e]
    assert len(data["physical"]["plan"]["direct_edges"]) == len(edges) - 3
    f.write_text(json.dumps(data))
    return project_copy


def test_direct_edges_follow_aie4ml(imported, pipeline):
    design, _ = imported
    legs = [e for e in pipeline["physical"]["plan"]["direct_edges"] if "realization" in e]
    assert [e["realization"] for e in legs] == ["shared_memory", "dma", "dma"]
    dbs = {b.producer: b for b in direct_buffers(design)}
    # out1[c] of a layer -> in1[c] of the next: chain c's last kernel -> every chain of K slice c
    assert dbs == {
        "dense0_c0_l1": DirectBuffer("dense0_c0_l1", ("dense1_c0_l0",), ("dense1_c0_l0",), 8 * 16, "int8"),
        "dense0_c1_l1": DirectBuffer("dense0_c1_l1", ("dense1_c0_l1",), (), 8 * 16, "int8"),
        "dense1_c0_l1": DirectBuffer("dense1_c0_l1", ("dense2_c0_l0", "dense2_c1_l0"), (), 8 * 32, "int8"),
    }
    nets = {n.src: n for n in design.nets if n.src[:-4] in dbs}
    assert nets["dense0_c0_l1.out"].kind == "buffer"            # aie4ml shared_memory: in place
    assert nets["dense0_c1_l1.out"].kind == "stream" and nets["dense0_c1_l1.out"].route
    # aie4ml's "dma" leg stays a DMA copy although (8, 1) could reach (8, 0)'s memory
    tiles = {k.name: k.tile for k in design.kernels}
    assert shares_memory(tiles["dense1_c0_l1"], tiles["dense2_c0_l0"])
    assert nets["dense1_c0_l1.out"].kind == "stream"
    assert nets["dense1_c0_l1.out"].dsts == ("dense2_c0_l0.in", "dense2_c1_l0.in")
    # no memory tile on those edges: only the input and the output buffer remain
    assert [b.name for b in design.shared_buffers] == ["mt0", "mt3"]
    assert design.memtiles_used == 2
    peers = {p for b in design.shared_buffers for port in b.inputs + b.outputs for p in port.peers}
    assert not peers & {f"{k}.out" for k in dbs}
    assert not peers & {f"{r}.in" for b in dbs.values() for r in b.readers}
    assert design.metadata["direct_edges"] == [0, 1]
    assert Design.from_dict(design.to_dict()).to_json() == design.to_json()


def test_direct_edges_bit_exact_and_faster_than_memory_tiles(imported, project_copy):
    design, _ = imported
    memtile, msgs = _import(_without_direct_legs(project_copy))
    assert not direct_buffers(memtile) and memtile.memtiles_used == 4
    x = np.random.default_rng(5).integers(-128, 128, size=(40, 32))
    ref = run_design(memtile, x)
    assert np.abs(ref).sum() > 0
    assert np.array_equal(run_design(design, x), ref)
    assert np.array_equal(run_design_per_kernel(design, x), ref)
    d, m = simulate(design, iterations=16), simulate(memtile, iterations=16)
    assert d.latency_cycles < m.latency_cycles
    assert d.interval_cycles <= m.interval_cycles
    assert len(d.plio_times_cycles["plio_out"]) == 16


def test_direct_edges_in_the_written_graph(imported, tmp_path):
    design, _ = imported
    out = write_firmware(design, tmp_path / "fw")
    text = (out / "src" / "graph.h").read_text()
    connects = re.findall(r"adf::connect<>\(([\w\.\[\]]+), ([\w\.\[\]]+)\);", text)
    for pair in (("dense0_c0_l1.out[0]", "dense1_c0_l0.in[0]"), ("dense0_c1_l1.out[0]", "dense1_c0_l1.in[0]"),
                 ("dense1_c0_l1.out[0]", "dense2_c0_l0.in[0]"), ("dense1_c0_l1.out[0]", "dense2_c1_l0.in[0]")):
        assert pair in connects
    assert not re.search(r"\bmt1\b|\bmt2\b", text)


def test_direct_edge_that_cannot_be_exact_keeps_a_memory_tile(project_copy):
    f = project_copy / "aie_pipeline.json"
    data = json.loads(f.read_text())
    for e in data["physical"]["plan"]["direct_edges"]:          # chains crossed: 0 -> K slice 1, 1 -> 0
        if e["source"].startswith("id_0_aie.out1"):
            e["target"] = "id_2_aie.in1[1]" if e["source"].endswith("[0]") else "id_2_aie.in1[0]"
    f.write_text(json.dumps(data))
    design, msgs = _import(project_copy)
    assert design.metadata["direct_edges"] == [1]
    assert "mt1" in {b.name for b in design.shared_buffers}
    assert [m for m in msgs if "direct edge _0_aie -> _2_aie is represented as a memory-tile" in m]
    with pytest.raises(UnsupportedLayerError, match="strict"):
        _import(project_copy, strict=True)


def test_shared_memory_leg_between_non_neighbours_is_a_dma_copy(project_copy):
    f = project_copy / "aie_pipeline.json"
    data = json.loads(f.read_text())
    for e in data["physical"]["plan"]["direct_edges"]:
        if e["source"] == "id_0_aie.out1[1]":
            e["realization"] = "shared_memory"                 # (6, 1) -> (8, 0): not neighbours
    f.write_text(json.dumps(data))
    design, msgs = _import(project_copy)
    net = next(n for n in design.nets if n.src == "dense0_c1_l1.out")
    assert net.kind == "stream"
    assert [m for m in msgs if "not memory neighbours" in m and "chain 1" in m]


def test_simulate_cli(capsys):
    assert main(["simulate", str(PROJECT), "--iterations", "4", "--json"]) == 0
    out, err = capsys.readouterr()
    report = json.loads(out.strip().splitlines()[-1])
    assert report["tiles_used"] == 8
    assert report["latency_ns"] > 0 and report["interval_ns"] > 0
    assert {k["name"] for k in report["kernels"]} == {k.name for k in load(PROJECT).design.kernels}
    assert "warning: aie4ml rounding" in err


def test_run_cli(tmp_path, capsys):
    x = np.random.default_rng(0).integers(-128, 128, size=(8, 32))
    np.save(tmp_path / "x.npy", x)
    assert main(["run", str(PROJECT), "--input", str(tmp_path / "x.npy"),
                 "--output", str(tmp_path / "y.npy")]) == 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expect = load(PROJECT).run(x)
    assert np.array_equal(np.load(tmp_path / "y.npy"), expect)


# --- bad and foreign projects ------------------------------------------------------------
def test_foreign_dir_cli_error(tmp_path, capsys):
    assert main(["simulate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "aie_pipeline.json" in err and "design.json" in err and "Traceback" not in err


def test_missing_pipeline_named(tmp_path):
    with pytest.raises(DesignFileError, match="aie_pipeline.json: missing"):
        import_aie4ml(tmp_path)


def test_corrupt_json_named(project_copy):
    (project_copy / "aie_pipeline.json").write_text("{not json")
    with pytest.raises(DesignFileError, match=r"aie_pipeline.json: not valid JSON"):
        import_aie4ml(project_copy)


def test_missing_key_named(project_copy):
    f = project_copy / "aie_pipeline.json"
    data = json.loads(f.read_text())
    del data["physical"]
    f.write_text(json.dumps(data))
    with pytest.raises(DesignFileError, match=r"aie_pipeline.json: the top level has no 'physical'"):
        import_aie4ml(project_copy)


def test_missing_weights_named(project_copy):
    (project_copy / "src" / "weights" / "weights_id_2_aie.h").unlink()
    with pytest.raises(DesignFileError, match=r"weights_id_2_aie.h: missing"):
        _import(project_copy)


def test_truncated_weights_named(project_copy):
    f = project_copy / "src" / "weights" / "weights_id_0_aie.h"
    text = f.read_text()
    start = text.index("weights_id_0_aie_1_0[")
    body_end = text.index("}", start)
    f.write_text(text[:body_end - 40] + text[body_end:])         # drop some values of one array
    with pytest.raises(DesignFileError, match=r"weights_id_0_aie_1_0\[\d+\] has \d+ values"):
        _import(project_copy)


def test_missing_parameters_named(project_copy):
    (project_copy / "src" / "parameters.h").unlink()
    with pytest.raises(DesignFileError, match="parameters.h: missing"):
        _import(project_copy)


def test_unmappable_op_named(project_copy):
    f = project_copy / "aie_pipeline.json"
    data = json.loads(f.read_text())
    data["execution"][1]["op_type"] = "softmax"
    f.write_text(json.dumps(data))
    with pytest.raises(UnsupportedLayerError, match=r"execution\[1\] \(_2_aie\) is a 'softmax' op"):
        _import(project_copy)


def test_unmappable_device_named(project_copy):
    f = project_copy / "aie_pipeline.json"
    data = json.loads(f.read_text())
    data["device"] = "xcvc1902-vsva2197-2MP-e-S"
    f.write_text(json.dumps(data))
    with pytest.raises(UnsupportedLayerError, match="device 'xcvc1902"):
        _import(project_copy)


# --- the fixture is what aie4ml 0.2.1 writes ------------------------------------------------
@pytest.mark.skipif(importlib.util.find_spec("aie4ml") is None or importlib.util.find_spec("torch") is None,
                    reason="needs aie4ml 0.2.1 and torch (pip install -e .[dev,examples])")
def test_fixture_regenerates_identically(tmp_path):
    import aie4ml
    assert aie4ml.__version__ == "0.2.1"
    sys.path.insert(0, str(FIXTURE_DIR))
    try:
        import make_fixture
    finally:
        sys.path.remove(str(FIXTURE_DIR))
    out = make_fixture.write_project(tmp_path / "mlp32")
    committed = sorted(p.relative_to(PROJECT) for p in PROJECT.rglob("*") if p.is_file())
    fresh = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert fresh == committed
    for rel in committed:
        if rel.suffix == ".npz":
            a, b = np.load(PROJECT / rel), np.load(out / rel)
            assert sorted(a.files) == sorted(b.files)
            assert all(np.array_equal(a[k], b[k]) for k in a.files)
        else:
            assert (out / rel).read_bytes() == (PROJECT / rel).read_bytes(), rel
