"""Stream routes: the router puts every stream net on switch links and ports within the
device's ports per link, the Design keeps the routes, and the timing model takes route
latency and shared-port bandwidth from them."""
import dataclasses

import pytest

from aiesim_py.arch import load_device
from aiesim_py.compiler import compile_model
from aiesim_py.compiler.passes.route import LinkTable, Router, endpoint_switches, link_use, route_design
from aiesim_py.design import LINK_STEP, Design, route_hops
from aiesim_py.errors import ResourceError
from aiesim_py.sim.timing import simulate

# 10 K slices, 6 chains: 10 input PLIOs (two share a shim column and cross it sideways)
MODEL, BATCH, PAR = "mlp:640-192", 8, "10x6"


@pytest.fixture(scope="module")
def dev():
    return load_device("ve2802")


@pytest.fixture(scope="module")
def multi():
    return compile_model(MODEL, batch=BATCH, parallelism=PAR)


def _check_routes(design, device):
    """Every stream route is a tree from its source reaching every destination, on ports
    that exist, each port of a link used by one net only."""
    switch = endpoint_switches(design, device)
    table = LinkTable(device)
    owners = {}
    for net in design.nets:
        if net.kind != "stream":
            assert net.route == ()
            continue
        reached = {switch(net.src)}
        for col, row, direction, port in net.route:
            assert (col, row) in reached, (net.src, net.route)
            assert 0 <= port < table.capacity(col, row, direction)
            assert owners.setdefault((col, row, direction, port), net.src) == net.src
            dc, dr = LINK_STEP[direction]
            assert (col + dc, row + dr) not in reached        # a tree: one way into each switch
            reached.add((col + dc, row + dr))
        assert all(switch(d) in reached for d in net.dsts)
        assert net.hops == route_hops(net.route)


def test_compiled_routes_are_trees_within_the_port_counts(multi, dev):
    _check_routes(multi, dev)
    # the shim row is crossed sideways by at least one PLIO (10 PLIOs, 26 shim-PL columns
    # spread around NoC columns), and memory-tile rows never carry east-west links
    assert any(lk[2] in "EW" and lk[1] == 0 for n in multi.nets for lk in n.route)
    assert not any(lk[2] in "EW" and 1 <= lk[1] <= dev.grid.memtile_rows for n in multi.nets for lk in n.route)
    # hops are the Manhattan distance + 1 when no link is full (this design)
    switch = endpoint_switches(multi, dev)
    for n in multi.nets:
        if n.kind == "stream":
            s = switch(n.src)
            assert n.hops == 1 + max(abs(s[0] - switch(d)[0]) + abs(s[1] - switch(d)[1]) for d in n.dsts)


def test_full_array_routes_detour_around_full_links(dev):
    big = compile_model("mlp:256-" + "-".join(["1216"] * 6) + "-256", batch=32)
    _check_routes(big, dev)
    use = link_use(big)
    table = LinkTable(dev)
    assert max(use.values()) == dev.stream.link_ports_north          # some links are full ...
    assert all(n <= table.capacity(*lk) for lk, n in use.items())   # ... none over
    # 8 chains writing down one column exceed its 4 south ports: some take a detour
    switch = endpoint_switches(big, dev)
    longer = [n for n in big.nets if n.kind == "stream" and len(n.dsts) == 1 and
              n.hops > 1 + abs(switch(n.src)[0] - switch(n.dsts[0])[0]) + abs(switch(n.src)[1] - switch(n.dsts[0])[1])]
    assert longer


def test_router_is_deterministic(multi):
    again = compile_model(MODEL, batch=BATCH, parallelism=PAR)
    assert [n.route for n in again.nets] == [n.route for n in multi.nets]
    # dimension-ordered: shim (0, 0) -> memory tile switch (2, 1): along the shim row, then north
    r = Router(load_device("ve2802"))
    assert r.route("a", (0, 0), [(2, 1)]) == ((0, 0, "E", 0), (1, 0, "E", 0), (2, 0, "N", 0))
    # the second stream takes the next port of each link; a broadcast shares its trunk once
    assert r.route("b", (0, 0), [(2, 1)]) == ((0, 0, "E", 1), (1, 0, "E", 1), (2, 0, "N", 1))
    tree = r.route("c", (5, 1), [(5, 3), (5, 5), (6, 4)])
    assert tree == ((5, 1, "N", 0), (5, 2, "N", 0), (5, 3, "N", 0), (5, 4, "N", 0), (5, 4, "E", 0))
    assert route_hops(tree) == 5           # (5, 1) .. (5, 5): five switches


def test_route_capacity_refusal(dev, multi):
    r = Router(dev)
    north, south = dev.stream.link_ports_north, dev.stream.link_ports_south
    for i in range(north):
        assert route_hops(r.route(f"s{i}", (0, 0), [(0, 1)])) == 2
    # then the north link into memory tile (0, 1) is full and memory-tile rows have no
    # east-west ports: the next streams detour over the compute row and come down the
    # 4 south ports into (0, 2) -> (0, 1)
    for i in range(north, north + south):
        route = r.route(f"s{i}", (0, 0), [(0, 1)])
        assert route_hops(route) > 2 and (0, 2, "S", i - north) in route
    with pytest.raises(ResourceError, match=rf"stream s{north + south} cannot be routed from switch \(0, 0\) "
                                            r"to switch \(0, 1\)"):
        r.route(f"s{north + south}", (0, 0), [(0, 1)])
    # a device with one port per link cannot carry the compiled design: a clear refusal
    narrow = dataclasses.replace(dev, stream=dataclasses.replace(
        dev.stream, link_ports_north=1, link_ports_south=1, link_ports_east_west=1))
    with pytest.raises(ResourceError, match="cannot be routed.*taken by"):
        route_design(multi, narrow)


def test_json_round_trip_keeps_routes(multi, tmp_path):
    multi.save(tmp_path / "design.json")
    back = Design.load(tmp_path / "design.json")
    assert back.nets == multi.nets
    assert all(n.route for n in back.nets if n.kind == "stream")
    # a design file written before routes existed still loads (no route: hops only)
    data = multi.to_dict()
    for n in data["nets"]:
        del n["route"]
    old = Design.from_dict(data)
    assert all(n.route == () for n in old.nets) and [n.hops for n in old.nets] == [n.hops for n in multi.nets]


def _with_routes(design, routes):
    nets = tuple(dataclasses.replace(n, route=routes[n.src]) if n.src in routes else n for n in design.nets)
    return dataclasses.replace(design, nets=nets)


def test_routes_sharing_a_port_share_its_bandwidth(multi):
    its = 6
    base = simulate(multi, iterations=its)
    plio_cycles = max(c.busy_cycles / c.transfers for c in base.channels if c.kind == "plio_in")
    nets = {n.src: n for n in multi.nets}
    a, b = nets["plio_in1"], nets["plio_in2"]
    # merge plio_in2 onto plio_in1's shim north port 0 (a packet-switched merge): the two
    # full-rate PLIOs now share one 32-bit port
    shared = _with_routes(multi, {"plio_in2": (a.route[0],) + b.route})
    r = simulate(shared, iterations=its)
    assert r.interval_cycles >= 2 * plio_cycles
    assert r.interval_cycles >= 1.75 * base.interval_cycles         # throughput about halves
    # the same link on another port: no contention (circuit-switched ports are independent)
    lk = a.route[0]
    other = _with_routes(multi, {"plio_in2": ((lk[0], lk[1], lk[2], lk[3] + 1),) + b.route})
    assert simulate(other, iterations=its).interval_cycles == base.interval_cycles
    # outputs are unchanged by timing: same number of iterations delivered
    assert len(r.output_times_cycles) == its


def test_route_length_sets_the_latency(multi, dev):
    base = simulate(multi, iterations=2)
    nets = {n.src: n for n in multi.nets}
    n0 = nets["plio_in0"]
    c, row = n0.route[0][0], n0.route[0][1]
    # a detour 2 columns east and back in the shim row adds 4 switches
    detour = ((c, row, "E", 3), (c + 1, row, "E", 3), (c + 2, row, "W", 3), (c + 1, row, "W", 3)) + n0.route
    assert route_hops(detour) == n0.hops + 4
    longer = simulate(_with_routes(multi, {"plio_in0": detour}), iterations=2)
    assert longer.latency_cycles > base.latency_cycles


def test_296_tile_layer_routes_without_shared_ports(dev):
    """The paper_scaling headline layer (37 K slices x 8 chains, 19 input PLIOs crossing the
    shim row): every stream gets its own ports, so its simulated efficiency has no port
    contention to hide."""
    from aiesim_py.compiler.passes.route import route_summary
    d = compile_model("mlp:4736-1024", batch=32, parallelism="37x8")
    assert d.tiles_used == 296 and d.metadata["plios"]["in"] >= 19
    _check_routes(d, dev)
    s = route_summary(d, dev)
    assert s["shared_ports"] == 0 and 0 < s["max_link_use"] <= 1.0
