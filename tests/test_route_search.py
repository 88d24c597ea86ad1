"""Routing-aware parallelism search: placement, plan and routing are part of a candidate's
feasibility, so the compiler falls back to the next candidate when the best one cannot be
routed, and says which net could not be routed, where, and what to change when none can."""
import dataclasses

import numpy as np
import pytest

from aiesim_py.arch import load_device
from aiesim_py.compiler import compile_model
from aiesim_py.compiler import pipeline
from aiesim_py.compiler.frontends import load_model
from aiesim_py.compiler.passes.fuse import fuse_relu
from aiesim_py.compiler.passes.parallelize import choose_parallelism
from aiesim_py.compiler.passes.place import MemtileChannels, _Channels, fits
from aiesim_py.compiler.passes.place_route import PlaceAndRoute
from aiesim_py.compiler.passes.quantize import quantize
from aiesim_py.compiler.passes.route import LinkTable, RoutingError, endpoint_switches, route_summary
from aiesim_py.design import LINK_STEP
from aiesim_py.sim.functional import run_design
from aiesim_py.sim.timing import simulate

# one narrow input layer, then three 512x512 layers: the pack-only search (before routing
# was part of feasibility) picks 1x1,1x8,1x8,1x8, three single-column layers side by side
# whose 8 chain outputs each run down one column (4 south ports per link) and block each other
MODEL, BATCH = "mlp:64-512-512-512-512", 8
PACK_ONLY_CHOICE = "1x1,1x8,1x8,1x8"


@pytest.fixture(scope="module")
def dev():
    return load_device("ve2802")


def _plans(model):
    graph = fuse_relu(load_model(model, None))
    return graph, quantize(graph)


def _name(pars):
    return ",".join(f"{p.cas_length}x{p.cas_num}" for p in pars)


def _assert_routed(design, device):
    """Every stream net is a tree from its source to all its destinations on ports that
    exist, no port carries two nets."""
    switch = endpoint_switches(design, device)
    table = LinkTable(device)
    owners = {}
    for net in design.nets:
        if net.kind != "stream":
            continue
        reached = {switch(net.src)}
        for col, row, direction, port in net.route:
            assert (col, row) in reached
            assert 0 <= port < table.capacity(col, row, direction)
            assert owners.setdefault((col, row, direction, port), net.src) == net.src
            dc, dr = LINK_STEP[direction]
            reached.add((col + dc, row + dr))
        assert all(switch(d) in reached for d in net.dsts)
    assert route_summary(design, device)["shared_ports"] == 0


def test_pack_only_search_picks_a_candidate_that_does_not_route(dev):
    graph, plans = _plans(MODEL)
    old = choose_parallelism(plans, BATCH, dev, None, "interval", fits=lambda ps: fits(ps, dev))
    assert _name(old) == PACK_ONLY_CHOICE
    with pytest.raises(RoutingError) as err:
        PlaceAndRoute(graph, plans, BATCH, dev, "row_first").result(old)
    assert "cannot be routed from switch" in str(err.value)


def test_routing_aware_search_falls_back_to_a_candidate_that_routes(dev):
    d = compile_model(MODEL, batch=BATCH)
    assert d.metadata["parallelism"] != PACK_ONLY_CHOICE
    rejected = d.metadata["route_rejected"]
    assert rejected and rejected[0][0] == PACK_ONLY_CHOICE and "cannot be routed" in rejected[0][2]
    _assert_routed(d, dev)
    # the fallback is another candidate of the same search: the refused one saved tiles within
    # the interval tolerance (10 %), the one taken keeps the interval within that tolerance too
    graph, plans = _plans(MODEL)
    old = choose_parallelism(plans, BATCH, dev, None, "interval", fits=lambda ps: fits(ps, dev))
    assert max(d.metadata["stage_cycles"]) <= 1.1 * max(p.stage_cycles for p in old)
    assert d.tiles_used >= sum(p.tiles for p in old)
    # deterministic
    assert compile_model(MODEL, batch=BATCH).nets == d.nets
    # the design runs: the same integers as another design of the model (fewest tiles), and
    # the timing model runs it without deadlock
    x = np.random.default_rng(5).integers(-128, 128, (2 * BATCH, 64))
    other = compile_model(MODEL, batch=BATCH, objective="tiles")
    assert other.metadata["parallelism"] != d.metadata["parallelism"]
    assert (run_design(d, x) == run_design(other, x)).all()
    assert simulate(d, iterations=2).interval_cycles > 0


def test_placement_failure_falls_back_too():
    """ve2302 (17 memory tiles): the pack-only search's choice for this model needs 18
    shared buffers (16 input PLIO groups), more than there are memory tiles; it used to be
    the compile's end (the memory-tile search also ran without bound when it found no
    assignment). Now the search takes its next candidate."""
    d = compile_model("mlp:2048-192-96", device="ve2302", batch=16)
    rejected = d.metadata["route_rejected"]
    assert rejected and all("shared buffers do not find memory tiles" in r[2] for r in rejected)
    assert len(d.shared_buffers) <= 17
    _assert_routed(d, load_device("ve2302"))


def test_user_parallelism_that_does_not_route_names_net_switch_and_fix():
    with pytest.raises(RoutingError) as err:
        compile_model(MODEL, batch=BATCH, parallelism=PACK_ONLY_CHOICE, placement="row_first")
    msg = str(err.value)
    assert "your parallelism" in msg
    assert "stream dense" in msg and ".out -> mt" in msg        # the net
    assert "from switch (" in msg and "link (" in msg and "port(s) taken by" in msg   # where
    assert "What to change" in msg and "--parallelism" in msg


def test_clear_error_when_no_candidate_routes(monkeypatch):
    # a VE2302 whose links carry one stream each way: no candidate of the search routes
    small = load_device("ve2302")
    narrow = dataclasses.replace(small, stream=dataclasses.replace(
        small.stream, link_ports_north=1, link_ports_south=1, link_ports_east_west=1))
    monkeypatch.setattr(pipeline, "load_device", lambda name: narrow)
    with pytest.raises(RoutingError) as err:
        compile_model("mlp:256-512-512-512", device="ve2302", batch=BATCH)
    msg = str(err.value)
    assert "parallelism candidate(s) of the search" in msg and "on ve2302 routes" in msg
    assert "stream mt0.out[" in msg        # the net that could not be routed
    # with two north ports per link the same search finds a candidate that routes, after
    # refusing those that do not
    wider = dataclasses.replace(narrow, stream=dataclasses.replace(narrow.stream, link_ports_north=2))
    monkeypatch.setattr(pipeline, "load_device", lambda name: wider)
    d = compile_model("mlp:256-512-512-512", device="ve2302", batch=BATCH)
    assert d.metadata["route_rejected"]
    _assert_routed(d, wider)
    assert "placement tried: row_first, column_first" in msg
    assert "cannot be routed from switch" in msg and "What to change" in msg


def test_router_error_carries_net_and_blocked_links(dev):
    from aiesim_py.compiler.passes.route import Router
    r = Router(dev)
    for i in range(dev.stream.link_ports_north + dev.stream.link_ports_south):
        r.route(f"s{i}", (0, 0), [(0, 1)])
    with pytest.raises(RoutingError) as err:
        r.route("last", (0, 0), [(0, 1)])
    e = err.value
    assert e.net == "last" and e.src == (0, 0) and e.dst == (0, 1)
    links = [lk for lk, _users in e.blocked]
    assert (0, 0, "N") in links
    assert all(users for _lk, users in e.blocked)


def test_memtile_channels_public_name_keeps_the_alias(dev):
    assert _Channels is MemtileChannels
    ch = MemtileChannels(dev)
    # 8 ports of one buffer: its own 6 channels, then channel(s) of a neighbour
    served = ch.take((5, 0), "s2mm", 8)
    assert served.count((5, 0)) == 6 and len(served) == 8
    assert set(served) <= {(4, 0), (5, 0), (6, 0)}
    assert ch.free((5, 0), "s2mm") == 0


def test_cli_reports_the_unroutable_net_without_traceback(tmp_path, capsys):
    from aiesim_py.cli import main
    code = main(["compile", MODEL, "-o", str(tmp_path / "p"), "--batch", str(BATCH),
                 "--parallelism", PACK_ONLY_CHOICE, "--placement", "row_first"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: no placement of your parallelism") and "cannot be routed" in err
    assert "Traceback" not in err
