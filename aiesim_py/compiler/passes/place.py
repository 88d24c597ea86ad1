"""Place: kernels on the compute grid, shared buffers on memory tiles, PLIOs on shim columns.

Each layer is a rectangle ``cas_length`` columns wide (its cascades run west to east, the
AIE-ML horizontal cascade direction, RT-CORE: cascade neighbours are adjacent) and
``cas_num`` rows tall (one chain per row). Layers are packed in pipeline order,
bottom-left: the leftmost column (east of the layers before, else anywhere) where the
rectangle fits, then the lowest row, on an occupancy grid (so two half-height layers
share columns).

Shared buffers, in the order of :func:`buffer_index` (the input buffers, one per input
PLIO; the buffer after each layer but the last; the output buffers, one per output PLIO;
with one PLIO each way ``j = 0`` is the input and ``j = i + 1`` the buffer after layer
``i``), then go to
the memory tile that minimises the stream-switch hops to its writers and readers; each of
its ports is served by a DMA channel of that memory tile or, when its 6 channels are
taken, by channel 0-3 of its east or west neighbour, which reach its memory
(aieml-facts.md 5.1, UG1603-MT). A branch-and-bound search over the memory tiles of all
buffers, with a time budget, improves on the greedy assignment (total hops). PLIOs go to
the shim-PL column nearest their memory tile that still has a free PL stream of their
direction (AM020: 8 PL->array and 6 array->PL 64-bit streams per column, two per 128-bit
PLIO; device ``plio.*_streams_per_column``). Deterministic: no randomness, ties broken
by column then row, and the time budget only cuts the search at a node count (also when
it has found no assignment yet: then the buffers do not fit and :func:`place` says so).

Streamed weights ("spread", tried first by :mod:`.place_route` when a layer streams its
weights): every layer gets its own band of columns as wide as the memory-tile columns its
weight slices fill, its rectangle in the middle of the band (:func:`_spread`).

A layer whose cascade needs more read channels than one buffer reaches (a memory-tile
relay, :func:`relayed_layers`) adds a relay buffer after all others in the search: one
write port (from the home buffer's last read channel) and one read port per relayed K
slice, on a memory tile of its own.

A direct kernel-to-kernel edge (``inter_layer`` "auto" / "direct", :mod:`.direct`) has no
buffer: its entry keeps its index but gets :data:`NO_MEMTILE` and no channel. The rectangles
are packed as for memory-tile edges; then :func:`in_place_moves` moves the consumer chains (a
cas_length 1 layer: single-tile chains without a cascade between them) onto the producer's
free east / north / south neighbours, at most three, which read its buffer in place; the
chains that find no free neighbour keep their rectangle tile and are fed by tile DMA
(``plan.build_design``). ``place_route`` tries each packing with the moves first, then
without when that does not plan or route.

The compiler does not call :func:`place` alone: :mod:`.place_route` places, plans and
routes every candidate of the parallelism search as its feasibility check, trying the
packing orders in turn, so a placement whose memory tiles or streams do not fit sends the
search to its next candidate.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.layer_parallelism import LayerParallelism
from aiesim_py.compiler.passes.plio_groups import PlioGroups
from aiesim_py.compiler.passes.relay import MEMTILE_NEIGHBOUR_CHANNELS, relay_direct_ports
from aiesim_py.errors import ResourceError

#: branch-and-bound node budget of the memory-tile search (a count, not seconds, so that
#: the result does not depend on the machine's speed)
SEARCH_NODES = 20000
#: memory tiles considered per buffer in the search (nearest first)
SEARCH_WIDTH = 6


@dataclass(frozen=True)
class Placement:
    """origins[i] = (column, row) of layer i's chain 0 / cascade position 0;
    memtiles[j] = memory tile of shared buffer j (:func:`buffer_index` order);
    read_dma[j][p] / write_dma[j][p]: memory tile whose DMA channel serves read / write
    port p of buffer j; plio_in_columns[g] / plio_out_columns[g]: shim-PL column of input /
    output PLIO g; groups: the PLIO groups the buffers follow."""
    origins: tuple[tuple[int, int], ...]
    memtiles: tuple[tuple[int, int], ...]
    plio_in_columns: tuple[int, ...]
    plio_out_columns: tuple[int, ...]
    read_dma: tuple[tuple[tuple[int, int], ...], ...] = ()
    write_dma: tuple[tuple[tuple[int, int], ...], ...] = ()
    hops_total: int = 0
    groups: PlioGroups | None = None
    #: ((layer, chain), (column, row)) of the chains of cas_length 1 layers moved out of their
    #: rectangle next to the producer of their direct edge (:func:`in_place_moves`)
    chain_tiles: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()

    def __post_init__(self):
        # one PLIO each way may be given as a bare column
        for name in ("plio_in_columns", "plio_out_columns"):
            v = getattr(self, name)
            if isinstance(v, int):
                object.__setattr__(self, name, (v,))

    def tile(self, layer: int, chain: int, cas_index: int) -> tuple[int, int]:
        for key, t in self.chain_tiles:
            if key == (layer, chain):
                return t
        c0, r0 = self.origins[layer]
        return (c0 + cas_index, r0 + chain)


def in_place_moves(pars: list[LayerParallelism], origins, direct_after: frozenset[int], cols: int,
                   rows: int) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """The placement preference of direct edges (``passes.direct``): a consumer chain that
    shares the producer tile's memory module reads the buffer in place (no DMA copy); those are
    the producer's east, north and south neighbours (``direct.shares_memory``, aieml-facts.md
    2.1), so at most three chains. For each direct edge in order, the consumer chains (a
    cas_length 1 layer: independent single-tile chains, no cascade between them) not already
    there are moved, lowest chain first, to those of the three neighbours that hold no tile of
    any layer (east, then north, then south). A chain that finds none keeps its rectangle
    position and gets the tile-DMA copy. Returns :attr:`Placement.chain_tiles`."""
    from aiesim_py.compiler.passes.direct import shares_memory
    where: dict[tuple[int, int], tuple[int, int]] = {}      # (layer, chain) -> tile
    for i, (p, (x, y)) in enumerate(zip(pars, origins)):
        for c in range(p.cas_num):
            where[(i, c)] = (x + p.cas_length - 1, y + c)       # cas_length 1 layers: their only tile
    taken = {(x + l, y + c) for p, (x, y) in zip(pars, origins) for c in range(p.cas_num)
             for l in range(p.cas_length)}
    moved: dict[tuple[int, int], tuple[int, int]] = {}
    for i in sorted(direct_after):
        a, b = pars[i], pars[i + 1]
        if a.cas_num != 1 or b.cas_length != 1:
            continue
        prod = where[(i, 0)]
        near = [c for c in range(b.cas_num) if shares_memory(prod, where[(i + 1, c)])]
        far = [c for c in range(b.cas_num) if c not in near]
        for spot in ((prod[0] + 1, prod[1]), (prod[0], prod[1] + 1), (prod[0], prod[1] - 1)):
            if not far:
                break
            if not (0 <= spot[0] < cols and 0 <= spot[1] < rows) or spot in taken:
                continue
            c = far.pop(0)
            taken.discard(where[(i + 1, c)])
            taken.add(spot)
            where[(i + 1, c)] = moved[(i + 1, c)] = spot
    return tuple(sorted(moved.items()))


def _nearest(options, column: int):
    return min(options, key=lambda o: (abs(o[0] - column), o[1], o[0]))


def single_groups(pars: list[LayerParallelism]) -> PlioGroups:
    """One input PLIO for all K slices of the first layer, one output PLIO for all chains."""
    return PlioGroups(((0, pars[0].cas_length),), ((0, pars[-1].cas_num),))


def buffer_index(groups: PlioGroups, n_layers: int, kind: str, i: int) -> int:
    """Index ``j`` of a shared buffer in :attr:`Placement.memtiles`: ``kind`` "in" (input
    group ``i``), "mid" (after layer ``i`` < n_layers - 1), "out" (output group ``i``) or
    "relay" (the ``i``-th relay buffer, :func:`relayed_layers` order, after all others)."""
    n_in = len(groups.inputs)
    if kind == "in":
        return i
    if kind == "mid":
        return n_in + i
    if kind == "relay":
        return n_in + n_layers - 1 + len(groups.outputs) + i
    return n_in + n_layers - 1 + i


def relayed_layers(pars: list[LayerParallelism]) -> list[int]:
    """Indices of the layers that read K slices through a memory-tile relay
    (:attr:`LayerParallelism.relayed`, decided by ``parallelize.evaluate``: a layer after
    the first whose cas_length exceeds one shared buffer's read channels); they read the K
    slices from ``relay_direct_ports`` on through a relay buffer on a second memory tile."""
    return [i for i, p in enumerate(pars) if p.relayed]


def _plio_columns(pl_cols, memtiles, per_column: int) -> tuple[int, ...]:
    """The nearest shim-PL column with a free PLIO port to each memory tile, in order."""
    used: dict[int, int] = {}
    out = []
    for m in memtiles:
        free = [(c, 0) for c in pl_cols if used.get(c, 0) < per_column]
        if not free:
            raise ResourceError(f"{len(memtiles)} PLIOs do not fit the {len(pl_cols)} shim-PL columns "
                                f"({per_column} per column)")
        c = _nearest(free, m[0])[0]
        used[c] = used.get(c, 0) + 1
        out.append(c)
    return tuple(out)


#: ``placement`` knob: "auto" (row-first, else column-first; with streamed weights also
#: "spread"), or one packing order alone
PLACEMENT_STRATEGIES = ("auto", "row_first", "column_first", "spread")


def pack_rectangles(pars: list[LayerParallelism], device: Device,
                    strategy: str = "auto") -> list[tuple[int, int]] | None:
    """Place each layer's cas_num x cas_length rectangle in pipeline order; None when a layer
    does not fit.

    First tries row-first packing (every layer as low as it can go, then as far west as it
    can, east of the layer before): small layers then sit on the compute row next to the
    memory tiles, one stream hop from their shared buffers. When that fails (a model that
    fills the array), column-first bottom-left packing, which wastes fewer tiles.
    ``strategy`` (:data:`PLACEMENT_STRATEGIES`): "row_first" / "column_first" use that order only;
    "spread": :func:`_spread`.
    """
    if strategy not in PLACEMENT_STRATEGIES:
        raise ResourceError(f"placement {strategy!r} is not a strategy; allowed: {', '.join(PLACEMENT_STRATEGIES)}")
    if strategy == "spread":
        return _spread(pars, device)
    if strategy != "auto":
        return _pack(pars, device, row_first=strategy == "row_first")
    return (_pack(pars, device, row_first=True)
            or _pack(pars, device, row_first=False))


def _pack(pars: list[LayerParallelism], device: Device, row_first: bool) -> list[tuple[int, int]] | None:
    dims = tuple((p.cas_length, p.cas_num) for p in pars)
    out = _pack_dims(dims, device.grid.columns, device.grid.compute_rows, row_first)
    return None if out is None else list(out)


@functools.lru_cache(maxsize=16384)
def _pack_dims(dims: tuple[tuple[int, int], ...], cols: int, rows: int,
               row_first: bool) -> tuple[tuple[int, int], ...] | None:
    """:func:`_pack` on (width, height) rectangles (cached: the search asks for the same
    rectangles many times); each column's occupancy is a bit mask of its rows."""
    used = [0] * cols
    origins = []
    start = 0
    for w, h in dims:
        spot = None
        # east of the layer before first (streams flow east), else any free spot
        xs = list(range(start, cols - w + 1)) + list(range(0, min(start, cols - w + 1)))
        ys = range(rows - h + 1)
        order = ([(x, y) for y in ys for x in xs] if row_first
                 else [(x, y) for x in xs for y in ys])
        block = (1 << h) - 1
        for x, y in order:
            m = block << y
            if not any(used[x + dx] & m for dx in range(w)):
                spot = (x, y)
                break
        if spot is None:
            return None
        x, y = spot
        for dx in range(w):
            used[x + dx] |= block << y
        origins.append(spot)
        start = max(start, x)
    return tuple(origins)


def weight_columns(par: LayerParallelism, device: Device) -> int:
    """Memory-tile columns a streamed layer's weight slices fill when packed alone
    (``weights.memtiles_for`` over the memory-tile rows, rounded up); 0 when resident."""
    from aiesim_py.compiler.passes.weights import memtiles_for
    need = memtiles_for(par, device, par.w_bits)
    if need == 0:
        return 0
    if need == float("inf"):
        return device.grid.columns
    return math.ceil(math.ceil(need) / max(1, device.grid.memtile_rows))


def _spread(pars: list[LayerParallelism], device: Device) -> list[tuple[int, int]] | None:
    """The "spread" order, for streamed weights: every layer its own band of columns, west
    to east in pipeline order, as wide as the memory-tile columns its weight slices fill
    (:func:`weight_columns`; a resident layer: its cas_length), its rectangle in the middle
    of the band on the bottom row. So a streamed tile's weights mostly come up the memory
    tiles of its own or a near column, and the streams that cross columns are spread over
    the band's two edges instead of all crossing the one boundary east of a packed layer
    (each compute row has 4 west and 4 east ports per link, AM020-MTLOCK, and the memory-tile
    row none). When the bands exceed the columns, the extra width beyond each layer's
    cas_length shrinks in proportion (floors, leftover to the earliest layers). None when
    the cascades alone do not fit the columns or a layer is taller than the rows."""
    cols, rows = device.grid.columns, device.grid.compute_rows
    widths = [p.cas_length for p in pars]
    if sum(widths) > cols or any(p.cas_num > rows for p in pars):
        return None
    extra = [max(0, weight_columns(p, device) - p.cas_length) for p in pars]
    room = cols - sum(widths)
    if sum(extra) > room:
        scaled = [e * room // sum(extra) for e in extra]
        left = room - sum(scaled)
        for i in range(len(scaled)):
            if left and scaled[i] < extra[i]:
                scaled[i] += 1
                left -= 1
        extra = scaled
    origins, x = [], 0
    for p, e in zip(pars, extra):
        origins.append((x + e // 2, 0))
        x += p.cas_length + e
    return origins


def fits(pars: list[LayerParallelism], device: Device, strategy: str = "auto") -> bool:
    """Whether :func:`place` can place ``pars`` (compute grid only)."""
    return pack_rectangles(pars, device, strategy) is not None


class MemtileChannels:
    """Free memory-tile DMA channels per memory tile and direction ("mm2s" / "s2mm"), as
    counts per tile (the device's 6 + 6, UG1603-MT). A shared buffer's ports are served by
    its own memory tile's channels, then by channels 0-3 of its west and east neighbours:
    a memory-tile DMA addresses 1.5 MB, its west, own and east memory tiles (UG1603-MT,
    AM020-MTLOCK), and only channels 0-3 reach the neighbours (mlir-aie
    ``getMaxChannelNumForAdjacentMemTile``, AM027; AM020's text has no such limit, so 0-3
    is the safe rule: aieml-facts.md 5.1 and open question 10). Tiles two or more columns
    away are out of reach of a memory tile's DMA.

    Used by :func:`place` and by ``compiler.importers.aie4ml``.
    """

    def __init__(self, device: Device):
        self.n = {"mm2s": device.memtile.dma_mm2s_channels, "s2mm": device.memtile.dma_s2mm_channels}
        self.used: dict[tuple[tuple[int, int], str], int] = {}
        self.cols = device.grid.columns

    def copy(self) -> "MemtileChannels":
        c = MemtileChannels.__new__(MemtileChannels)
        c.n, c.used, c.cols = self.n, dict(self.used), self.cols
        return c

    def free(self, mt, d) -> int:
        """Channels of direction ``d`` still free on memory tile ``mt`` (column, row)."""
        return self.n[d] - self.used.get((mt, d), 0)

    def take(self, home, d, count) -> list[tuple[int, int]] | None:
        """Serving memory tiles for ``count`` ports of a buffer on ``home`` (own channels
        first, then the neighbours' channels 0-3; a neighbour's channels are taken from
        the top, 0-3 last, so both uses can coexist)."""
        out = []
        own = min(self.free(home, d), count)
        out += [home] * own
        for dc in (-1, 1):
            nb = (home[0] + dc, home[1])
            if not 0 <= nb[0] < self.cols or len(out) >= count:
                continue
            spare = min(self.free(nb, d), MEMTILE_NEIGHBOUR_CHANNELS, count - len(out))
            out += [nb] * spare
        if len(out) < count:
            return None
        for mt in out:
            self.used[(mt, d)] = self.used.get((mt, d), 0) + 1
        return sorted(out)


#: the former private name, kept for code that imported it
_Channels = MemtileChannels


def _hops(a, b) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1]) + 1


#: :attr:`Placement.memtiles` entry of an inter-layer buffer that does not exist (a direct
#: kernel-to-kernel edge, ``passes.direct``): no memory tile, no DMA channel
NO_MEMTILE = (-1, -1)


def place(pars: list[LayerParallelism], device: Device, groups: PlioGroups | None = None,
          strategy: str = "auto", direct_after: frozenset[int] = frozenset(),
          in_place: bool = True) -> Placement:
    """Place the layers, shared buffers and PLIOs (``groups``: the PLIO groups of
    :func:`~aiesim_py.compiler.passes.parallelize.plio_groups`; None: one PLIO each way).
    ``direct_after``: indices ``i`` whose edge layer ``i`` -> ``i + 1`` is a direct kernel-to-kernel
    buffer (``passes.direct``): that buffer gets :data:`NO_MEMTILE` and takes no channel;
    with ``in_place`` its consumer chains move next to the producer where tiles are free
    (:func:`in_place_moves`).

    Raises ResourceError when the layers do not fit the grid, the memory tiles or the PLIO
    ports."""
    groups = groups or single_groups(pars)
    cols, rows = device.grid.columns, device.grid.compute_rows
    origins = pack_rectangles(pars, device, strategy)
    if origins is None:
        need = sum(p.tiles for p in pars)
        raise ResourceError(
            f"layers {','.join(f'{p.cas_length}x{p.cas_num}' for p in pars)} do not fit the {cols}x{rows} "
            f"compute grid ({need} tiles requested, {cols * rows} exist; each layer is a cas_length x cas_num "
            "rectangle placed east of the one before); lower cas_length x cas_num")
    mrows = device.grid.memtile_rows
    moves = in_place_moves(pars, origins, direct_after, cols, rows) if in_place and direct_after else ()
    at = Placement(tuple(origins), (), (), (), chain_tiles=moves).tile

    def abs_c(t):
        return (t[0], t[1] + 1 + mrows)

    # peers of each buffer: (write peers, read peers) as absolute switch coordinates
    pl_cols = sorted(device.grid.shim_pl_columns)
    if not pl_cols:
        raise ResourceError(f"device {device.name!r} has no shim-PL column for the design's PLIOs "
                            "(all its shim tiles are NoC/DMA tiles); compile for a Versal part such as ve2802")
    buffers = []
    p, (x, y) = pars[0], origins[0]
    for l0, l1 in groups.inputs:            # input PLIO g (column refined later) -> K slices l0..l1
        buffers.append(([(x + l0, 0)], [abs_c((x + l, y)) for l in range(l0, l1)]))
    relays = relayed_layers(pars)
    direct = relay_direct_ports(device)
    for i in range(len(pars) - 1):
        p = pars[i]
        writers = [abs_c(at(i, c, p.cas_length - 1)) for c in range(p.cas_num)]
        p = pars[i + 1]
        n_read = direct + 1 if i + 1 in relays else p.cas_length
        buffers.append(None if i in direct_after else (writers, [abs_c(at(i + 1, 0, l)) for l in range(n_read)]))
    p = pars[-1]
    for c0, c1 in groups.outputs:           # chains c0..c1 -> output PLIO g
        writers = [abs_c(at(len(pars) - 1, c, p.cas_length - 1)) for c in range(c0, c1)]
        buffers.append((writers, [(writers[0][0], 0)]))
    for i in relays:        # relay buffer: written by the home buffer (near slice ``direct``)
        p, (x, y) = pars[i], origins[i]
        buffers.append(([abs_c((x + direct, y))], [abs_c((x + l, y)) for l in range(direct, p.cas_length)]))
    memtiles_all = [(c, r) for r in range(mrows) for c in range(cols)]

    def cost_of(j, home):
        if buffers[j] is None:          # a direct edge: no buffer
            return 0
        writers, readers = buffers[j]
        a = (home[0], home[1] + 1)
        return sum(_hops(a, w) for w in writers) + sum(_hops(a, r) for r in readers)

    table = [{m: cost_of(j, m) for m in memtiles_all} for j in range(len(buffers))]
    # the memory-tile row next to the shim first (its streams to the PLIOs are shortest;
    # the next row is used when the first runs out), then fewest hops
    ranked = [sorted(memtiles_all, key=lambda m: (m[1], t[m], m[0])) for t in table]

    def cost(j, home):
        return table[j][home]

    def candidates(j, used):
        return [m for m in ranked[j][:SEARCH_WIDTH + len(buffers)] if m not in used][:SEARCH_WIDTH]

    n_buf = len(buffers)
    best = {"cost": None, "assign": None, "nodes": 0}
    lower = [min(table[j].values()) for j in range(n_buf)]
    suffix = [0] * (n_buf + 1)
    for j in range(n_buf - 1, -1, -1):
        suffix[j] = suffix[j + 1] + lower[j]

    def search(j, used, chans, acc, assign):
        best["nodes"] += 1
        if best["nodes"] > SEARCH_NODES:     # the budget also ends a search that found nothing yet
            return
        if best["cost"] is not None and acc + suffix[j] >= best["cost"]:
            return
        if j == n_buf:
            best["cost"], best["assign"] = acc, list(assign)
            return
        if buffers[j] is None:          # a direct edge: no memory tile, no channel
            assign.append((NO_MEMTILE, (), ()))
            search(j + 1, used, chans, acc, assign)
            assign.pop()
            return
        writers, readers = buffers[j]
        for m in candidates(j, used):
            c2 = chans.copy()
            w = c2.take(m, "s2mm", len(writers))
            r = c2.take(m, "mm2s", len(readers)) if w is not None else None
            if w is None or r is None:
                continue
            assign.append((m, tuple(w), tuple(r)))
            search(j + 1, used | {m}, c2, acc + cost(j, m), assign)
            assign.pop()

    search(0, frozenset(), MemtileChannels(device), 0, [])
    if best["assign"] is None:
        raise ResourceError(f"{n_buf} shared buffers do not find memory tiles with enough DMA channels "
                            f"among the {device.memtiles} memory tiles; use fewer layers or smaller cas_length")
    memtiles = tuple(a[0] for a in best["assign"])
    n_in, n_out = len(groups.inputs), len(groups.outputs)
    width = device.plio.width_bits
    plio_in = _plio_columns(pl_cols, memtiles[:n_in], max(1, device.plio.plios_per_column("in", width)))
    n_main = len(memtiles) - len(relays)
    plio_out = _plio_columns(pl_cols, memtiles[n_main - n_out:n_main],
                             max(1, device.plio.plios_per_column("out", width)))
    return Placement(tuple(origins), memtiles, plio_in, plio_out,
                     read_dma=tuple(a[2] for a in best["assign"]),
                     write_dma=tuple(a[1] for a in best["assign"]), hops_total=best["cost"], groups=groups,
                     chain_tiles=moves)
