"""Several input / output PLIOs per design: the compiler splits a PLIO-bound layer's input
by groups of K slices and its output by groups of chains; every downstream reader follows."""
import dataclasses

import numpy as np
import pytest

from aiesim_py.arch import load_device
from aiesim_py.compiler import compile_model
from aiesim_py.compiler.emit import write_firmware
from aiesim_py.compiler.frontends import load_model
from aiesim_py.compiler.passes.fuse import fuse_relu
from aiesim_py.compiler.passes.parallelize import choose_parallelism, parse_parallelism, plio_groups
from aiesim_py.compiler.passes.place import place
from aiesim_py.compiler.passes.plan import build_design
from aiesim_py.compiler.passes.quantize import quantize
from aiesim_py.design import Design
from aiesim_py.sim.functional import run_design, run_design_per_kernel
from aiesim_py.sim.timing import simulate

# 10 K slices of 64 and 6 chains of 32 at batch 8: one PLIO each way would take ~4x the
# kernel time, so the compiler adds PLIOs on both sides
MODEL, BATCH, PAR = "mlp:640-192", 8, "10x6"


def _design(groups_override=None) -> Design:
    """The model compiled by the pipeline's passes, with the PLIO groups of the compiler
    or (``"single"``) one PLIO each way."""
    dev = load_device("ve2802")
    graph = fuse_relu(load_model(MODEL))
    plans = quantize(graph)
    pars = choose_parallelism(plans, BATCH, dev, parse_parallelism(PAR, len(plans)))
    groups = plio_groups(plans, pars, BATCH, dev) if groups_override is None else None
    return build_design(graph, plans, pars, place(pars, dev, groups), dev, BATCH)


@pytest.fixture(scope="module")
def multi():
    return compile_model(MODEL, batch=BATCH, parallelism=PAR)


@pytest.fixture(scope="module")
def single():
    return _design("single")


def test_compiler_adds_plios_where_the_interval_needs_them(multi, single):
    ins = [p for p in multi.plios if p.direction == "in"]
    outs = [p for p in multi.plios if p.direction == "out"]
    assert len(ins) >= 2 and len(outs) >= 2
    assert multi.metadata["plios"] == {"in": len(ins), "out": len(outs)}
    # the PLIOs tile the features without gaps or overlap
    for plios, total in ((ins, multi.input_features), (outs, multi.output_features)):
        spans = sorted((p.feature_offset, p.feature_offset + p.features) for p in plios)
        assert spans[0][0] == 0 and spans[-1][1] == total
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    # each PLIO its own memory tile and data file, shim-PL columns within the port limit
    dev = load_device("ve2802")
    homes = [b.memtile for b in multi.shared_buffers]
    assert len(set(homes)) == len(homes)
    assert len({p.data_file for p in multi.plios}) == len(multi.plios)
    for direction in ("in", "out"):
        cols = [p.column for p in multi.plios if p.direction == direction]
        assert set(cols) <= set(dev.grid.shim_pl_columns)
        assert max(cols.count(c) for c in cols) <= dev.plio.plios_per_column(direction, 128)
    assert len(single.plios) == 2 and single.metadata == {"source": single.metadata["source"]}


def test_small_models_keep_one_plio_each_way():
    for model in ("mlp:16-64-32-32-5", "mlp:64-512-64", "examples/digits_mlp/digits_mlp.fml"):
        d = compile_model(model, batch=8)
        assert [p.name for p in d.plios] == ["plio_in", "plio_out"], model


def test_functional_equal_to_the_single_plio_design(multi, single):
    x = np.random.default_rng(5).integers(-128, 128, (3 * BATCH + 5, multi.input_features))
    y_single = run_design(single, x)
    assert (run_design(multi, x) == y_single).all()
    assert (run_design_per_kernel(multi, x) == y_single).all()
    assert (run_design_per_kernel(single, x) == y_single).all()


def test_json_round_trip_keeps_the_plios(multi, tmp_path):
    multi.save(tmp_path / "design.json")
    back = Design.load(tmp_path / "design.json")
    assert back.plios == multi.plios and back.nets == multi.nets
    x = np.random.default_rng(6).integers(-128, 128, (BATCH, multi.input_features))
    assert (run_design(back, x) == run_design(multi, x)).all()


def test_simulation_completes_and_beats_one_plio(multi, single):
    r = simulate(multi, iterations=4)
    r1 = simulate(single, iterations=4)
    assert len(r.output_times_cycles) == 4
    for p in multi.plios:
        ch = [c for c in r.channels if c.name == p.name]
        assert len(ch) == 1 and ch[0].transfers == 4
    # one PLIO each way is the bottleneck of the single design; the split one is not
    assert r.interval_cycles < r1.interval_cycles
    slowest_kernel = max(k.cycles_per_call for k in r.kernels)
    assert r.interval_cycles < 1.2 * slowest_kernel


def test_firmware_has_every_plio(multi, tmp_path):
    xi = np.random.default_rng(7).integers(-128, 128, (2, BATCH, multi.input_features))
    yi = run_design(multi, xi.reshape(-1, multi.input_features)).reshape(2, BATCH, -1)
    proj = write_firmware(multi, tmp_path / "fw", inputs=xi, expected=yi)
    graph = (proj / "src" / "graph.h").read_text()
    for p in multi.plios:
        cls = "input_plio" if p.direction == "in" else "output_plio"
        assert f"adf::{cls} {p.name};" in graph
        assert f'{p.name} = adf::{cls}::create("{p.name}", adf::plio_{p.width_bits}_bits, "{p.data_file}"' in graph
        assert f"adf::location<adf::PLIO>({p.name}) = adf::shim({p.column});" in graph
        if p.direction == "in":
            assert f"adf::connect<>({p.name}.out[0], " in graph
            values = np.loadtxt(proj / p.data_file, dtype=np.int64).reshape(2, BATCH, -1)
            # the file holds this PLIO's feature range, rows padded to whole words
            assert (values[:, :, :p.features] == xi[:, :, p.feature_offset:p.feature_offset + p.features]).all()
            assert not values[:, :, p.features:].any()
        else:
            assert f", {p.name}.in[0]);" in graph
            golden = proj / p.data_file.replace("output", "golden")
            values = np.loadtxt(golden, dtype=np.int64).reshape(2, BATCH, -1)
            assert (values[:, :, :p.features] == yi[:, :, p.feature_offset:p.feature_offset + p.features]).all()
    makefile = (proj / "Makefile").read_text()
    assert makefile.count("diff -w - data/golden") == 2 * len([p for p in multi.plios if p.direction == "out"])


def test_timing_model_needs_every_output_plio_read(multi):
    from aiesim_py.errors import SimulationError
    extra = dataclasses.replace(next(p for p in multi.plios if p.direction == "out"), name="plio_stray")
    broken = dataclasses.replace(multi, plios=multi.plios + (extra,))
    with pytest.raises(SimulationError, match="plio_stray is read from no shared buffer"):
        simulate(broken, iterations=2)
