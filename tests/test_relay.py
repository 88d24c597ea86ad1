"""Memory-tile relays: a non-first layer whose cascade has more K slices than one shared
buffer has read channels (14 on the VE2802: 6 own + channels 0-3 of both neighbours) reads
the slices from 13 on through a relay buffer on a second memory tile."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from aiesim_py.arch import load_device
from aiesim_py.compiler import compile_model
from aiesim_py.compiler.emit import write_firmware
from aiesim_py.compiler.passes.parallelize import memtile_ports, relay_max_cas_length
from aiesim_py.design import Net, SharedBufferPort
from aiesim_py.errors import ResourceError
from aiesim_py.sim.functional import run_design, run_design_per_kernel
from aiesim_py.sim.timing import simulate

SPEC = "mlp:64-1024-64"


@pytest.fixture(scope="module")
def relayed():
    return compile_model(SPEC, batch=8, parallelism="1x8,15x1")


@pytest.fixture(scope="module")
def direct():
    # 13 slices: 14 slices of 1024 (80 features each) leave the 14th all padding, refused
    return compile_model(SPEC, batch=8, parallelism="1x8,13x1")


def _buf(d, name):
    return next(b for b in d.shared_buffers if b.name == name)


def test_relay_structure(relayed, direct):
    dev = load_device("ve2802")
    assert memtile_ports(dev, "mm2s") == 14 and relay_max_cas_length(dev) == 27
    home, relay = _buf(relayed, "mt1"), _buf(relayed, "mt1_r")
    assert len(home.outputs) == 14 and home.outputs[13].peers == ("mt1_r.in[0]",)
    assert relay.inputs[0].peers == ("mt1.out[13]",)
    assert [p.peers for p in relay.outputs] == [("dense1_c0_l13.in",), ("dense1_c0_l14.in",)]
    assert tuple(relay.memtile) != tuple(home.memtile)
    k_slice = relayed.layers[1].k_slice
    assert home.outputs[13].tiling.offset == (13 * k_slice, 0)
    assert relay.dimension == (1024 - 13 * k_slice, 8)
    net = next(n for n in relayed.nets if n.src == "mt1.out[13]")
    assert net.dsts == ("mt1_r.in[0]",) and net.route       # routed memory tile -> memory tile
    # the relay copies exactly the home's columns 13 * k_slice .. end, row by row
    offs = home.outputs[13].tiling.element_offsets()
    assert offs.size == 8 * (1024 - 13 * k_slice) and offs.min() >= 0
    assert np.array_equal(offs.reshape(8, -1)[:, 0], 13 * k_slice + 1024 * np.arange(8))
    # designs within one buffer's channels are untouched: no relay buffer
    assert not any(b.name.endswith("_r") for b in direct.shared_buffers)


def test_relay_bit_exact(relayed, direct):
    rng = np.random.default_rng(5)
    x = rng.integers(-128, 128, size=(20, 64))
    want = run_design(direct, x)
    assert np.count_nonzero(want) > want.size // 2
    assert np.array_equal(run_design(relayed, x), want)
    assert np.array_equal(run_design_per_kernel(relayed, x), want)
    # a relay reading the wrong columns gives wrong integers (the test can fail)
    home = _buf(relayed, "mt1")
    t = home.outputs[13].tiling
    bad_port = dataclasses.replace(home.outputs[13], tiling=dataclasses.replace(t, offset=(t.offset[0] - 8, 0)))
    bad_home = dataclasses.replace(home, outputs=home.outputs[:13] + (bad_port,))
    bad = dataclasses.replace(relayed, shared_buffers=tuple(bad_home if b.name == "mt1" else b
                                                            for b in relayed.shared_buffers))
    assert not np.array_equal(run_design(bad, x), want)
    assert not np.array_equal(run_design_per_kernel(bad, x), want)


def _without_relay(d):
    """The same design with the home buffer reading all 15 slices itself (more read
    channels than a memory tile has: a timing-model reference only)."""
    home, relay = _buf(d, "mt1"), _buf(d, "mt1_r")
    extra = []
    for j, port in enumerate(relay.outputs):
        t = port.tiling
        c0 = home.outputs[13].tiling.offset[0]
        tiling = dataclasses.replace(t, buffer_dimension=home.dimension, boundary_dimension=home.dimension,
                                     offset=(t.offset[0] + c0, 0))
        extra.append(SharedBufferPort(13 + j, tiling, port.peers, None))
    new_home = dataclasses.replace(home, outputs=home.outputs[:13] + tuple(extra))
    nets = []
    for n in d.nets:
        if n.src == "mt1.out[13]":
            continue
        if n.src.startswith("mt1_r.out["):
            j = int(n.src[len("mt1_r.out["):-1])
            n = Net(f"mt1.out[{13 + j}]", n.dsts, n.kind, n.hops)
        nets.append(n)
    bufs = tuple(new_home if b.name == "mt1" else b for b in d.shared_buffers if b.name != "mt1_r")
    return dataclasses.replace(d, shared_buffers=bufs, nets=tuple(nets))


def test_relay_timing(relayed):
    plain = _without_relay(relayed)
    x = np.random.default_rng(1).integers(-128, 128, size=(16, 64))
    assert np.array_equal(run_design(plain, x), run_design(relayed, x))      # the reference is the same math
    r, p = simulate(relayed, iterations=8), simulate(plain, iterations=8)
    # one more DMA and lock hand-off on the way to slices 13 and 14: their kernels wait
    # longer for input; here the cascade from slices 0-12 still sets the latency
    stall = {k.name: k.stall_input_cycles for k in r.kernels}
    stall_plain = {k.name: k.stall_input_cycles for k in p.kernels}
    for name in ("dense1_c0_l13", "dense1_c0_l14"):
        assert stall[name] > stall_plain[name] + 100
    assert stall["dense1_c0_l12"] == stall_plain["dense1_c0_l12"]
    assert r.latency_cycles >= p.latency_cycles
    # the relay copy (88 x 8 bytes) is shorter than the slowest stage: the interval holds
    assert p.interval_cycles <= r.interval_cycles <= 1.1 * p.interval_cycles
    # the relay's S2MM took every iteration's columns
    ch = next(c for c in r.channels if c.name == "mt1_r.in[0]" and c.kind == "s2mm")
    assert ch.transfers == 8 and ch.bytes == 8 * int(np.prod(_buf(relayed, "mt1_r").dimension))


def test_relay_firmware(relayed, tmp_path):
    out = write_firmware(relayed, tmp_path / "proj")
    text = "\n".join(p.read_text() for p in out.rglob("graph*.h"))
    assert "adf::connect<>(mt1.out[13], mt1_r.in[0]);" in text
    assert "memory-tile relay" in text
    k = relayed.layers[1].k_slice
    assert (f"adf::read_access(mt1.out[13]) = adf::tiling({{.buffer_dimension = {{1024, 8}}, "
            f".tiling_dimension = {{{1024 - 13 * k}, 1}}, .offset = {{{13 * k}, 0}}") in text
    assert (f"adf::write_access(mt1_r.in[0]) = adf::tiling({{.buffer_dimension = {{{1024 - 13 * k}, 8}}"
            in text)
    assert "adf::connect<>(mt1_r.out[1], dense1_c0_l14.in[0]);" in text


def test_relay_limit_refused():
    with pytest.raises(ResourceError, match="one relay through a second memory tile at most 27"):
        compile_model("mlp:64-1024-64", batch=8, parallelism="1x8,28x1")


# --- the automatic search proposes relays (issue #5) -------------------------------------

WIDE = "mlp:256-2048-2048-256"


@pytest.fixture(scope="module")
def searched():
    """Batch 32: the 2048 x 2048 layer's weights fit no tile-resident cascade of at most 14
    slices (14 x 8: 152 x 256 slices, 38912 bytes of weights + buffers > 64 KiB), but fit
    16 x 8 with a relay (128 x 256 slices)."""
    return compile_model(WIDE, batch=32)


def _relays(d):
    return [b.name for b in d.shared_buffers if b.name.endswith("_r")]


def test_search_proposes_relay_where_channels_cap_the_layer(searched):
    dev = load_device("ve2802")
    pars = searched.metadata["parallelism"].split(",")
    a1, b1 = map(int, pars[1].split("x"))
    assert memtile_ports(dev, "mm2s") < a1 <= relay_max_cas_length(dev)
    assert searched.metadata["weights"] == "tile,tile,tile"
    assert _relays(searched) == ["mt1_r"]
    # the cost model's reason: without the relay the layer streams its weights, whose stage
    # (weight DMA at 4 B/cycle) is about four times the relayed design's interval
    streamed = compile_model(WIDE, batch=32, weights="tile,memtile,tile")
    assert not _relays(streamed)
    assert 2 * max(searched.metadata["stage_cycles"]) < max(streamed.metadata["stage_cycles"])
    # deterministic
    again = compile_model(WIDE, batch=32)
    assert again.metadata["parallelism"] == searched.metadata["parallelism"]
    assert [b.memtile for b in again.shared_buffers] == [b.memtile for b in searched.shared_buffers]


def test_searched_relay_is_bit_exact_and_simulates(searched):
    # reference: the same integers from a design without relays (batch 8: 14 x 8 fits)
    assert _relays(searched) == ["mt1_r"]
    direct = compile_model(WIDE, batch=8, weights="tile", parallelism="2x8,14x8,8x2")
    assert not _relays(direct)
    x = np.random.default_rng(11).integers(-128, 128, size=(40, 256))
    want = run_design(direct, x)
    assert np.count_nonzero(want) > want.size // 2
    assert np.array_equal(run_design(searched, x), want)
    assert np.array_equal(run_design_per_kernel(searched, x), want)
    r = simulate(searched, iterations=4)
    assert r.interval_cycles == pytest.approx(max(searched.metadata["stage_cycles"]), rel=0.05)


def test_search_relays_two_layers_and_repacks():
    """Two relayed layers: 2x8, 16x8, 16x8 leave four free columns, too narrow for the last
    layer's fewest-tile 8x2, so the search swaps in a narrower rectangle instead of failing
    or streaming a layer."""
    d = compile_model("mlp:256-2048-2048-2048-256", batch=32)
    assert d.metadata["weights"] == "tile,tile,tile,tile"
    assert _relays(d) == ["mt1_r", "mt2_r"]
    assert d.tiles_used <= 304
    direct = compile_model("mlp:256-2048-2048-2048-256", batch=8, weights="tile", parallelism="2x8,14x8,14x8,8x2")
    x = np.random.default_rng(12).integers(-128, 128, size=(24, 256))
    assert np.array_equal(run_design(d, x), run_design(direct, x))


def test_search_keeps_direct_reads_when_they_suffice():
    # a relay costs a memory tile and a copy: not proposed when 14 slices or fewer do
    assert not _relays(compile_model("mlp:64-1024-64", batch=8))
    assert not _relays(compile_model("mlp:64-1024-64", batch=8, objective="latency"))


def test_first_layer_capped_by_one_buffer_takes_input_plios():
    """The first layer has no relay: past one buffer's read channels its K slices come from
    several input PLIOs. 2048 x 2048 at batch 32 fits no resident cascade of 14 slices, so
    the single-PLIO search streams it; the multi-PLIO search keeps it resident (before: a
    streamed 37x4 at about three times the interval)."""
    d = compile_model("mlp:2048-2048-256", batch=32)
    assert d.metadata["weights"] == "tile,tile"
    a0 = int(d.metadata["parallelism"].split(",")[0].split("x")[0])
    assert a0 > memtile_ports(load_device("ve2802"), "mm2s") and d.metadata["plios"]["in"] >= 2
    streamed = compile_model("mlp:2048-2048-256", batch=32, weights="memtile,tile")
    assert 2 * max(d.metadata["stage_cycles"]) < max(streamed.metadata["stage_cycles"])
    x = np.random.default_rng(13).integers(-128, 128, size=(40, 2048))
    want = run_design(streamed, x)
    assert np.count_nonzero(want) > want.size // 2
    assert np.array_equal(run_design(d, x), want)


# --- the relay copies the real K, not the previous layer's padded width (review finding 5) ---

def test_relay_copies_real_k_not_padded_width():
    """216 features from a 1x7 layer are stored 7 x 32 = 224 wide (chain padding); the relay
    of the 27x1 layer copies columns 13 x 8 .. 216 (the real K, whole 32-bit words), so the
    copy the cost model charges is the copy the simulation moves, and the simulated interval
    is the predicted stage (before the fix, at 1x8: 1216 bytes per iteration, interval 308 vs 239)."""
    d = compile_model("mlp:64-216-64", batch=8, parallelism="1x7,27x1")
    k_slice = d.layers[1].k_slice
    relay = _buf(d, "mt1_r")
    assert _buf(d, "mt1").dimension == (224, 8)          # the home buffer keeps the padded width
    assert relay.dimension == (216 - 13 * k_slice, 8)
    r = simulate(d, iterations=8)
    ch = next(c for c in r.channels if c.name == "mt1_r.in[0]" and c.kind == "s2mm")
    assert ch.bytes == 8 * 8 * (216 - 13 * k_slice)       # 8 iterations x batch 8 x real columns
    assert r.interval_cycles == pytest.approx(max(d.metadata["stage_cycles"]), rel=0.05)
    direct = compile_model("mlp:64-216-64", batch=8, parallelism="1x7,14x1")
    x = np.random.default_rng(21).integers(-128, 128, size=(24, 64))
    want = run_design(direct, x)
    assert np.count_nonzero(want) > want.size // 2
    assert np.array_equal(run_design(d, x), want)
    assert np.array_equal(run_design_per_kernel(d, x), want)


def test_relay_copy_rounds_real_k_up_to_whole_words():
    """K = 210 int8 is not whole 32-bit words: the relay copies up to 212 (the memory-tile
    DMA moves whole words, AM020); the two columns past 210 are zeros, so the result is the
    same integers."""
    d = compile_model("mlp:64-210-64", batch=8, parallelism="1x7,27x1")
    k_slice = d.layers[1].k_slice
    assert _buf(d, "mt1_r").dimension == (212 - 13 * k_slice, 8)
    direct = compile_model("mlp:64-210-64", batch=8, parallelism="1x7,14x1")
    x = np.random.default_rng(22).integers(-128, 128, size=(16, 64))
    want = run_design(direct, x)
    assert np.array_equal(run_design(d, x), want)
    assert np.array_equal(run_design_per_kernel(d, x), want)
