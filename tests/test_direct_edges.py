"""Direct inter-layer edges (``compile_model(inter_layer=...)``, compiler/passes/direct.py).

A producer layer with one chain (cas_num 1) feeding a consumer layer with one K slice
(cas_length 1) is wired kernel to kernel, no memory tile: checked in the Design (no shared
buffer for the edge, a "buffer" net to the consumers that reach the producer tile's memory,
a routed tile-DMA stream to the others), in the written ADF graph (parsed back from
graph.h: ``connect<>(producer.out[0], consumer.in[0])`` with equal port dimensions, no
shared_buffer on that edge), in the functional paths (bit-exact against the memory-tile
design) and in the timing model (lower latency than the memory-tile design).
"""
from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest

from aiesim_py.cli import main
from aiesim_py.compiler import compile_model
from aiesim_py.compiler.emit import FirmwareError, write_firmware
from aiesim_py.compiler.emit.context import connections
from aiesim_py.design import Design, direct_buffers
from aiesim_py.errors import AieSimError, CompileError
from aiesim_py.sim.functional import run_design, run_design_per_kernel
from aiesim_py.sim.run_plan import build_run_plan
from aiesim_py.sim.timing import simulate

SPEC = "mlp:16-64-32-32-8"
PAR = "1x1,1x2,1x1,1x1"          # edges 0 -> 1 (1 -> 2 consumers) and 2 -> 3 direct; 1 -> 2 not (cas_num 2)


@pytest.fixture(scope="module")
def designs() -> dict[str, Design]:
    return {m: compile_model(SPEC, batch=8, parallelism=PAR, inter_layer=m) for m in ("memtile", "auto")}


def test_default_is_memtile_and_unchanged(designs):
    d = compile_model(SPEC, batch=8, parallelism=PAR)
    strip = dict(metadata={})           # (metadata holds compile seconds)
    assert dataclasses.replace(d, **strip).to_json() == dataclasses.replace(designs["memtile"], **strip).to_json()
    assert not direct_buffers(d)
    assert "inter_layer" not in d.metadata


def test_auto_makes_the_eligible_edges_direct(designs):
    d, m = designs["auto"], designs["memtile"]
    assert d.metadata["direct_edges"] == [0, 2]
    names = {b.name for b in d.shared_buffers}
    assert "mt1" not in names and "mt3" not in names and "mt2" in names
    assert len(m.shared_buffers) - len(d.shared_buffers) == 2
    assert d.memtiles_used < m.memtiles_used
    # no memory-tile port names a kernel of a direct edge on that side
    peers = {p for b in d.shared_buffers for port in b.inputs + b.outputs for p in port.peers}
    assert "dense0_c0_l0.out" not in peers and "dense1_c0_l0.in" not in peers and "dense3_c0_l0.in" not in peers
    dbs = {b.producer: b for b in direct_buffers(d)}
    assert set(dbs) == {"dense0_c0_l0", "dense2_c0_l0"}
    assert dbs["dense0_c0_l0"].readers == ("dense1_c0_l0", "dense1_c1_l0")
    # placement: dense1_c0 is east of dense0 (reaches its memory), dense1_c1 is not
    tiles = {k.name: k.tile for k in d.kernels}
    assert tiles["dense1_c0_l0"] == (tiles["dense0_c0_l0"][0] + 1, tiles["dense0_c0_l0"][1])
    assert dbs["dense0_c0_l0"].shared == ("dense1_c0_l0",)
    kinds = {(n.src, n.dsts, n.kind) for n in d.nets if n.src == "dense0_c0_l0.out"}
    assert kinds == {("dense0_c0_l0.out", ("dense1_c0_l0.in",), "buffer"),
                     ("dense0_c0_l0.out", ("dense1_c1_l0.in",), "stream")}
    far = next(n for n in d.nets if n.src == "dense0_c0_l0.out" and n.kind == "stream")
    assert far.route and far.hops >= 2      # routed by the stream router
    assert Design.from_dict(d.to_dict()).to_json() == d.to_json()      # design.json round trip


def test_direct_mode_refuses_an_edge_that_cannot_be(designs):
    with pytest.raises(AieSimError, match="cannot be direct"):
        compile_model(SPEC, batch=8, parallelism=PAR, inter_layer="direct")
    d = compile_model(SPEC, batch=8, parallelism="1x1,1x1,1x1,1x1", inter_layer="direct")
    assert d.metadata["direct_edges"] == [0, 1, 2]
    assert len(d.shared_buffers) == 2        # the input and the output buffer only


@pytest.mark.parametrize("bad", ["bogus", "", "MEMTILE", None, 1])
def test_bad_inter_layer_value_is_a_clear_error(bad):
    with pytest.raises(CompileError, match=r"inter_layer .* is not a mode; allowed: memtile, auto, direct"):
        compile_model(SPEC, batch=8, inter_layer=bad)


def test_cli_flag(tmp_path, capsys):
    assert main(["compile", SPEC, "-o", str(tmp_path / "p"), "--parallelism", PAR, "--inter-layer", "auto",
                 "--json"]) == 0
    assert Design.load(tmp_path / "p").metadata["direct_edges"] == [0, 2]
    capsys.readouterr()
    assert main(["compile", SPEC, "-o", str(tmp_path / "q"), "--inter-layer", "sideways"]) != 0
    captured = capsys.readouterr()
    assert "inter_layer 'sideways' is not a mode" in captured.out + captured.err


def _graph_h(design: Design, tmp_path) -> str:
    out = tmp_path / design.metadata.get("inter_layer", "memtile")
    write_firmware(design, out)
    return (out / "src" / "graph.h").read_text()


def test_emitted_graph_connects_kernel_to_kernel(designs, tmp_path):
    text = _graph_h(designs["auto"], tmp_path)
    connects = re.findall(r"adf::connect<>\(([\w\.\[\]]+), ([\w\.\[\]]+)\);", text)
    assert ("dense0_c0_l0.out[0]", "dense1_c0_l0.in[0]") in connects
    assert ("dense0_c0_l0.out[0]", "dense1_c1_l0.in[0]") in connects
    assert ("dense2_c0_l0.out[0]", "dense3_c0_l0.in[0]") in connects
    # no memory tile on those edges: no shared buffer mt1 / mt3, nothing else touches those ports
    assert not re.search(r"\bmt1\b|\bmt3\b", text)
    assert "adf::shared_buffer<int8> mt2;" in text
    for port in ("dense0_c0_l0.out[0]", "dense1_c0_l0.in[0]", "dense1_c1_l0.in[0]", "dense3_c0_l0.in[0]"):
        assert all(("mt" not in a and "mt" not in b) for a, b in connects if port in (a, b))
    # each consumer port connected exactly once; the dimensions of both ends agree
    dims = dict(re.findall(r"adf::dimensions\(([\w\.\[\]]+)\) = \{(\d+)\};", text))
    for src, dst in (("dense0_c0_l0.out[0]", "dense1_c0_l0.in[0]"), ("dense0_c0_l0.out[0]", "dense1_c1_l0.in[0]"),
                     ("dense2_c0_l0.out[0]", "dense3_c0_l0.in[0]")):
        assert sum(1 for _a, b in connects if b == dst) == 1
        assert dims[src] == dims[dst]
    # the memory-tile design of the same model has the shared buffers and no kernel-to-kernel connect
    mtext = _graph_h(designs["memtile"], tmp_path)
    mconnects = re.findall(r"adf::connect<>\(([\w\.\[\]]+), ([\w\.\[\]]+)\);", mtext)
    assert not [c for c in mconnects if c[0].startswith("dense") and c[0].endswith(".out[0]")
                and c[1].startswith("dense") and c[1].endswith(".in[0]")]
    assert "adf::shared_buffer<int8> mt1;" in mtext


def test_emit_refuses_a_direct_edge_with_different_layouts(designs):
    d = designs["auto"]
    k = d.kernel("dense3_c0_l0")
    bad = dataclasses.replace(k, params=dataclasses.replace(k.params, k=k.params.k + 8))
    broken = dataclasses.replace(d, kernels=tuple(bad if x.name == k.name else x for x in d.kernels))
    with pytest.raises(FirmwareError, match="layouts differ"):
        connections(broken)


def test_bit_exact_against_the_memtile_design(designs):
    rng = np.random.default_rng(7)
    m, d = designs["memtile"], designs["auto"]
    x = rng.integers(m.input_type.int_min, m.input_type.int_max + 1, size=(29, m.input_features))
    ref = run_design(m, x)
    assert np.abs(ref).sum() > 0
    assert build_run_plan(d).layers is not None          # the fast path folds the direct edges too
    assert np.array_equal(run_design(d, x), ref)
    assert np.array_equal(run_design_per_kernel(d, x), ref)


def test_direct_edges_lower_the_latency(designs):
    m = simulate(designs["memtile"], iterations=4)
    d = simulate(designs["auto"], iterations=4)
    assert d.latency_cycles < m.latency_cycles
    # the in-place consumer waits on the producer's release, no DMA channel: fewer channels in the run
    assert len(d.channels) < len(m.channels)


def test_chain_of_direct_edges_latency_and_iterations():
    d = compile_model(SPEC, batch=8, parallelism="1x1,1x1,1x1,1x1", inter_layer="direct")
    m = compile_model(SPEC, batch=8, parallelism="1x1,1x1,1x1,1x1")
    rd, rm = simulate(d, iterations=6), simulate(m, iterations=6)
    assert rd.latency_cycles < rm.latency_cycles
    assert len(rd.plio_times_cycles["plio_out"]) == 6       # every iteration arrives (no deadlock)
