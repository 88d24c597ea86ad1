"""Route: every stream net of a Design onto stream-switch links and ports.

The array is a grid of stream switches: row 0 the shim (array interface) row, rows
``1..memtile_rows`` the memory tiles, then the compute rows (absolute switch rows, as in
:attr:`~aiesim_py.design.Net.route`). Neighbouring switches are wired by a fixed number of
parallel 32-bit streams per direction (device ``[stream] link_ports_*``): 6 north, 4 south,
4 east and 4 west in shim and compute rows, no east or west in memory-tile rows
(AM020-SS, AM020-MTLOCK, RT-INIT port split; aieml-facts.md sections 5 and 7). A
circuit-switched stream owns one master port of every link it crosses, so a link carries
at most that many streams per direction; streams on different ports do not share
bandwidth (AM020-SS: each port moves one word per cycle).

Algorithm (deterministic, no randomness): nets are routed in Design order. A broadcast is
grown as a tree: its destinations, nearest first (ties by column, then row), are each
joined to the nearest switch already on the tree by a dimension-ordered path, either
"along the row, then the column" or "along the column, then the row", whichever fits the
free ports (fewest new links, then most free ports on its busiest link, then row-first).
When neither fits, a breadth-first search over links with a free port finds the shortest
detour. Links already on the tree are shared by the broadcast once (one port). Each new
link takes the lowest free port of its direction.

Raises :class:`RoutingError` (a :class:`~aiesim_py.errors.ResourceError`) when a stream
cannot reach a destination with the ports left, naming the net, the destination and the
full links (switch, direction, the nets on their ports) that block it.
"""
from __future__ import annotations

import dataclasses
import re
from collections import deque

from aiesim_py.arch.device import Device
from aiesim_py.design import LINK_STEP, Design, route_hops
from aiesim_py.errors import ResourceError

#: direction order of the breadth-first detour search (fixed: deterministic routes)
_SEARCH_ORDER = ("N", "E", "S", "W")
_PORT_RE = re.compile(r"^(?P<name>.+)\.(?P<side>in|out)\[(?P<index>\d+)\]$")


class RoutingError(ResourceError):
    """A stream net cannot be routed: ``net`` (its name), ``src`` / ``dst`` (stream switches,
    (column, absolute row)) and ``blocked`` (the full links ``(column, row, direction)`` on
    its straight paths, with the nets holding their ports) say which and where."""

    def __init__(self, message: str, net: str = "", src=None, dst=None, blocked=()):
        super().__init__(message)
        self.net, self.src, self.dst, self.blocked = net, src, dst, tuple(blocked)


class LinkTable:
    """Ports per link of one device and the ports taken so far.

    A link is ``(column, row, direction)``: the streams leaving switch ``(column, row)``
    toward ``direction``. :meth:`capacity` is 0 off the grid and east/west in memory-tile
    rows.
    """

    def __init__(self, device: Device):
        s = device.stream
        self.columns = device.grid.columns
        self.memtile_rows = device.grid.memtile_rows
        self.rows = 1 + self.memtile_rows + device.grid.compute_rows
        self._vertical = {"N": s.link_ports_north, "S": s.link_ports_south}
        self._ew = s.link_ports_east_west
        self._ew_memtile = s.memtile_link_ports_east_west
        self.used: dict[tuple[int, int, str], int] = {}
        self.users: dict[tuple[int, int, str], list[str]] = {}

    def capacity(self, col: int, row: int, direction: str) -> int:
        dc, dr = LINK_STEP[direction]
        if not (0 <= col < self.columns and 0 <= row < self.rows
                and 0 <= col + dc < self.columns and 0 <= row + dr < self.rows):
            return 0
        if direction in self._vertical:
            return self._vertical[direction]
        return self._ew_memtile if 1 <= row <= self.memtile_rows else self._ew

    def free(self, link: tuple[int, int, str]) -> int:
        return self.capacity(*link) - self.used.get(link, 0)

    def take(self, link: tuple[int, int, str], net: str) -> int:
        """Take the lowest free port of ``link`` for ``net``; returns the port index."""
        port = self.used.get(link, 0)
        self.used[link] = port + 1
        self.users.setdefault(link, []).append(net)
        return port


def _straight(a: tuple[int, int], b: tuple[int, int], row_first: bool) -> list[tuple[int, int, str]]:
    """Links of the dimension-ordered path a -> b (along the row first or the column first)."""
    links = []
    c, r = a

    def walk_cols():
        nonlocal c
        d = "E" if b[0] > c else "W"
        while c != b[0]:
            links.append((c, r, d))
            c += 1 if d == "E" else -1

    def walk_rows():
        nonlocal r
        d = "N" if b[1] > r else "S"
        while r != b[1]:
            links.append((c, r, d))
            r += 1 if d == "N" else -1

    if row_first:
        walk_cols()
        walk_rows()
    else:
        walk_rows()
        walk_cols()
    return links


def _trim(path: list[tuple[int, int, str]], tree) -> list[tuple[int, int, str]]:
    """The part of ``path`` after the last switch already on the tree (a switch takes a
    stream from one upstream port only, so a broadcast must stay a tree)."""
    cut = 0
    for i, (c, r, direction) in enumerate(path):
        dc, dr = LINK_STEP[direction]
        if (c + dc, r + dr) in tree:
            cut = i + 1
    return path[cut:]


def _dist(a, b) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


class Router:
    """Routes nets one after the other on one :class:`LinkTable` (see module docstring)."""

    def __init__(self, device: Device):
        self.table = LinkTable(device)

    def route(self, name: str, src: tuple[int, int], dsts: list[tuple[int, int]]
              ) -> tuple[tuple[int, int, str, int], ...]:
        """Route a stream (broadcast when several ``dsts``) from switch ``src``.

        Returns:
            the route's links ``(column, row, direction, port)``, parents before children.
        Raises:
            ResourceError: a destination is unreachable with the free ports.
        """
        t = self.table
        tree = {src}
        on_tree: set[tuple[int, int, str]] = set()
        out: list[tuple[int, int, str, int]] = []
        for d in sorted(set(dsts), key=lambda p: (_dist(src, p), p[0], p[1])):
            if d in tree:
                continue
            start = min(tree, key=lambda p: (_dist(p, d), p[0], p[1]))
            best = None
            for row_first in (True, False):
                path = _trim(_straight(start, d, row_first), tree)
                if any(t.free(lk) <= 0 for lk in path):
                    continue
                key = (len(path), -min((t.free(lk) for lk in path), default=99), not row_first)
                if best is None or key < best[0]:
                    best = (key, path)
            path = best[1] if best is not None else self._search(tree, d, on_tree, name, src)
            for lk in path:
                dc, dr = LINK_STEP[lk[2]]
                on_tree.add(lk)
                tree.add((lk[0] + dc, lk[1] + dr))
                out.append((lk[0], lk[1], lk[2], t.take(lk, name)))
        return tuple(out)

    def _search(self, tree, dst, on_tree, name, src) -> list[tuple[int, int, str]]:
        """Shortest path (fewest links) from any tree switch to ``dst`` over usable links."""
        t = self.table
        prev: dict[tuple[int, int], tuple[tuple[int, int], str] | None] = {p: None for p in tree}
        queue = deque(sorted(tree))
        while queue:
            at = queue.popleft()
            if at == dst:
                break
            for direction in _SEARCH_ORDER:
                lk = (at[0], at[1], direction)
                if lk not in on_tree and t.free(lk) <= 0:
                    continue
                dc, dr = LINK_STEP[direction]
                nxt = (at[0] + dc, at[1] + dr)
                if nxt not in prev:
                    prev[nxt] = (at, direction)
                    queue.append(nxt)
        if dst not in prev:
            blocked = sorted({lk for row_first in (True, False) for lk in _straight(src, dst, row_first)
                              if t.free(lk) <= 0 and lk not in on_tree})
            detail = "; ".join(
                f"link {lk}: " + (f"its {t.capacity(*lk)} port(s) taken by {', '.join(t.users.get(lk, []))}"
                                  if t.capacity(*lk) else "no such port")
                for lk in blocked[:4]) or "no link leaves the source"
            raise RoutingError(
                f"stream {name} cannot be routed from switch {src} to switch {dst} (column, absolute row): "
                f"every path needs a stream-switch port that is taken ({detail}); the device has "
                f"{t._vertical['N']} north / {t._vertical['S']} south / {t._ew} east-west ports per link "
                "and none east-west in memory-tile rows; use fewer PLIOs or lower cas_num, or spread the "
                "layers over more columns", net=name, src=src, dst=dst,
                blocked=[(lk, tuple(t.users.get(lk, []))) for lk in blocked])
        path = []
        at = dst
        while prev[at] is not None:
            frm, direction = prev[at]
            path.append((frm[0], frm[1], direction))
            at = frm
        return path[::-1]


def endpoint_switches(design: Design, device: Device):
    """A function mapping a net endpoint of ``design`` to its stream switch (column,
    absolute row): PLIOs to their shim column, shared-buffer ports to the memory tile
    whose DMA channel serves them, kernel ports to their compute tile.

    Raises:
        ResourceError: an endpoint names nothing of the design (inconsistent design).
    """
    mrows = device.grid.memtile_rows
    plios = {p.name: (p.column, 0) for p in design.plios}
    kernels = {k.name: (k.tile[0], k.tile[1] + 1 + mrows) for k in design.kernels}
    # kernel buffer ports held (and served by the DMA of) another compute tile's memory
    # (aiesim_py.graph.KernelGraph._buffer_memories: more DMA buffers than the tile's channels)
    memories = {ep: (t[0], t[1] + 1 + mrows)
                for ep, t in (design.metadata or {}).get("buffer_memories", {}).items()}
    buffers = {b.name: b for b in design.shared_buffers}

    def switch(ep: str) -> tuple[int, int]:
        if ep in plios:
            return plios[ep]
        if ep in memories:
            return memories[ep]
        m = _PORT_RE.match(ep)
        if m and m["name"] in buffers:
            b = buffers[m["name"]]
            ports = b.inputs if m["side"] == "in" else b.outputs
            port = next((p for p in ports if p.index == int(m["index"])), None)
            if port is not None:
                mt = port.dma_memtile if port.dma_memtile is not None else b.memtile
                return (mt[0], mt[1] + 1)
        base = m["name"] if m else ep.rsplit(".", 1)[0]
        if base in kernels:
            return kernels[base]
        raise ResourceError(f"net endpoint {ep!r} names no PLIO, shared-buffer port or kernel of design "
                            f"{design.name!r}; recompile the model")
    return switch


def route_design(design: Design, device: Device) -> Design:
    """``design`` with :attr:`~aiesim_py.design.Net.route` and ``hops`` of every stream net set by
    the router (cascade nets unchanged).

    Raises:
        ResourceError: a stream cannot be routed with the device's ports per link.
    """
    switch = endpoint_switches(design, device)
    router = Router(device)
    nets = []
    for net in design.nets:
        if net.kind != "stream":
            nets.append(net)
            continue
        route = router.route(f"{net.src} -> {','.join(net.dsts)}", switch(net.src),
                             [switch(d) for d in net.dsts])
        nets.append(dataclasses.replace(net, route=route, hops=route_hops(route)))
    return dataclasses.replace(design, nets=tuple(nets))


def link_use(design: Design) -> dict[tuple[int, int, str], int]:
    """Ports taken per link ``(column, row, direction)`` by the routes of ``design``."""
    use: dict[tuple[int, int, str], int] = {}
    for net in design.nets:
        for col, row, direction, _port in net.route:
            use[(col, row, direction)] = use.get((col, row, direction), 0) + 1
    return use


def route_summary(design: Design, device: Device) -> dict:
    """Figures of a routed design for reports: ``links`` used, ``full_links`` (every port
    taken), ``max_link_use`` (highest ports taken / ports of a link), ``detours`` (stream
    nets longer than the Manhattan distance to their farthest destination) and
    ``shared_ports`` (ports carrying more than one net; 0 for a compiled design, whose
    streams are circuit-switched)."""
    table = LinkTable(device)
    use = link_use(design)
    switch = endpoint_switches(design, device)
    detours = 0
    ports: dict = {}
    for net in design.nets:
        if net.kind != "stream" or not net.route:
            continue
        s = switch(net.src)
        far = max(_dist(s, switch(d)) for d in net.dsts)
        detours += route_hops(net.route) > far + 1
        for lk in set(net.route):
            ports[lk] = ports.get(lk, 0) + 1
    return {"links": len(use),
            "full_links": sum(n >= table.capacity(*lk) for lk, n in use.items()),
            "max_link_use": round(max((n / max(table.capacity(*lk), 1) for lk, n in use.items()), default=0.0), 3),
            "detours": detours,
            "shared_ports": sum(n > 1 for n in ports.values())}
