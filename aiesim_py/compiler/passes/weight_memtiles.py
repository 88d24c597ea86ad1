"""Memory-tile side of streamed weights: how many memory tiles a streamed layer's slices take
and whether they pack into its share in the search (:func:`memtiles_for`, :func:`packable`),
and the exact packing of every streamed tile's slice into a read-only memory-tile shared
buffer, with its chunk tiling and stream net, in the plan pass (:func:`place_weight_buffers`,
:func:`chunk_tiling`).

Capacities per memory tile, together with the activation buffers already there: bytes
(512 KiB), MM2S channels (6), BDs (48), locks (64); per column, the north stream-switch ports
into the compute rows (6, RT-INIT: a memory-tile switch has no east-west ports, so each weight
stream climbs its memory tile's column). The feature overview (why read-only buffers, chunk
costs, limits found) is in :mod:`aiesim_py.compiler.passes.weights`.

Split out of :mod:`aiesim_py.compiler.passes.weights` (which re-exports every name here).
"""
from __future__ import annotations

import numpy as np

from aiesim_py.arch.device import Device
from aiesim_py.design import Net, SharedBuffer, SharedBufferPort, TilingParameters, TraversalStep
from aiesim_py.errors import ResourceError
from aiesim_py.kernels.dense import DenseParams

#: memory-tile BDs per weight port (the chunk BD and its repeat, one per ping-pong slot of the
#: receiving tile) and locks per weight buffer (assumption: a pair, as for a written buffer;
#: a read-only buffer may need none) (UG1603-MT, RT-INIT counts)
WEIGHT_BDS_PER_PORT = 2
WEIGHT_LOCKS_PER_BUFFER = 2


def memtiles_for(par, device: Device, w_bits: int = 8) -> float:
    """Memory tiles a streamed layer's weight slices take when packed alone: each memory tile
    holds ``min(MM2S channels, floor(memory bytes / slice bytes))`` slices (one MM2S channel
    per tile's stream); 0 for a tile-resident layer."""
    if par.weights != "memtile":
        return 0.0
    slice_bytes = par.k_slice * par.n_slice * w_bits // 8
    per = min(device.memtile.dma_mm2s_channels, device.memtile.memory_bytes // max(1, slice_bytes))
    return float("inf") if per == 0 else par.tiles / per


def packable(options, plans, device: Device):
    """Per-layer option lists with the streamed choices whose weight slices cannot pack into
    the layer's share of the memory tiles removed.

    The memory tiles (less half a tile per activation buffer, one per layer boundary) are
    shared among the streamed layers in proportion to their weight bytes; a choice fits when
    :func:`memtiles_for` is within its layer's share. Resident layers are unchanged. The plan
    pass (:func:`place_weight_buffers`) checks the exact packing.

    Raises:
        ResourceError: a streamed layer has no choice left (with the bytes needed and held).
    """
    streamed = [i for i, opts in enumerate(options) if opts and opts[0].weights == "memtile"]
    if not streamed:
        return options
    avail = device.memtiles - 0.5 * (len(plans) + 1)
    sizes = {i: plans[i].weight.size * plans[i].w_bits // 8 for i in streamed}
    total = sum(sizes.values())
    out = list(options)
    for i in streamed:
        share = avail * sizes[i] / total
        kept = [o for o in options[i] if memtiles_for(o, device, plans[i].w_bits) <= share]
        if not kept:
            q = plans[i]
            scale = min(1.0, device.memtiles * device.memtile.memory_bytes / max(1, 1.15 * total))
            raise ResourceError(
                f"layer {q.name!r} ({q.weight.shape[0]}x{q.weight.shape[1]}, {sizes[i]} bytes of weights) streams "
                f"its weights, but no cas_length x cas_num gives slices that pack into its share of the "
                f"{device.memtiles} memory tiles ({share:.1f} of {device.memtile.memory_bytes} bytes; the streamed "
                f"layers hold {total} bytes in all); what would fit: about {int(scale * 100)} % of the streamed "
                f"weights (widths x {scale ** 0.5:.2f}), or fewer streamed layers")
        out[i] = kept
    return out


def chunk_tiling(total: int, offset: int, p: DenseParams) -> TilingParameters:
    """Memory tile -> tile: ``p.weight_chunks`` chunks of ``weight_chunk_bytes`` elements from
    ``offset`` of a 1-D weight buffer of ``total`` elements (one tile = one chunk, the tile's
    weight buffer size; repeated every iteration)."""
    chunk = p.weight_chunk_bytes * 8 // p.w_bits
    return TilingParameters(buffer_dimension=(total,), tiling_dimension=(chunk,), offset=(offset,),
                            tile_traversal=(TraversalStep(0, chunk, p.weight_chunks),))


def _memtile_use(buffers, device: Device) -> dict:
    """Per memory tile: [bytes, s2mm, mm2s, bds, locks] the activation buffers already take."""
    from aiesim_py.compiler.passes.plan import MEMTILE_BDS_PER_PORT, MEMTILE_LOCKS_PER_BUFFER
    use: dict = {}
    for b in buffers:
        home = tuple(b.memtile)
        u = use.setdefault(home, [0, 0, 0, 0, 0])
        u[0] += b.size_bytes
        u[4] += MEMTILE_LOCKS_PER_BUFFER
        for side, ports in ((1, b.inputs), (2, b.outputs)):
            for port in ports:
                m = tuple(port.dma_memtile) if port.dma_memtile is not None else home
                v = use.setdefault(m, [0, 0, 0, 0, 0])
                v[side] += 1
                v[3] += MEMTILE_BDS_PER_PORT
    return use


def place_weight_buffers(streamed, buffers, device: Device) -> tuple[list[SharedBuffer], list[Net]]:
    """Put every streamed tile's packed slice into a memory tile and connect it.

    Args:
        streamed: ``(kernel name, tile (col, row), layer, DenseParams, packed 1-D weights)``
            per streamed kernel, in (layer, cas_index, chain) order.
        buffers: the activation shared buffers already placed (their bytes, channels, BDs
            and locks count against each memory tile).
    Returns:
        (weight shared buffers, stream nets ``"<buffer>.out[j]" -> "<kernel>.weights"``).
        One buffer per (layer, memory tile), named ``w<layer>_m<col>_<row>``, static
        (``initial`` = its contents, ``num_buffers`` 1), one output port per tile.
    Raises:
        ResourceError: the memory tiles cannot hold the weights or serve the streams; the
            message gives the bytes needed and available and what would fit.
    """
    mt = device.memtile
    cols, mrows = device.grid.columns, device.grid.memtile_rows
    use = _memtile_use(buffers, device)
    memtiles = [(c, r) for r in range(mrows) for c in range(cols)]
    # streams that leave each memory-tile column northward (to compute tiles): every column's
    # memory tiles share the link into the first compute row (link_ports_north ports, RT-INIT;
    # memory-tile switches have no east-west ports, AM020-MTLOCK), so a weight stream takes
    # one of them in the column of the memory tile that serves it
    north = {c: 0 for c in range(cols)}
    for b in buffers:
        for port in b.outputs:
            if any(peer.endswith(".in") for peer in port.peers):
                m = tuple(port.dma_memtile) if port.dma_memtile is not None else tuple(b.memtile)
                north[m[0]] += 1
    north_ports = device.stream.link_ports_north
    need_total = sum(int(w.size) * p.w_bits // 8 for _, _, _, p, w in streamed)
    free_total = sum(mt.memory_bytes - use.get(m, [0])[0] for m in memtiles)
    if need_total > free_total:
        scale = free_total / need_total
        raise ResourceError(
            f"the streamed weights need {need_total} bytes but the {len(memtiles)} memory tiles of {device.name} "
            f"have {free_total} bytes free after the activation buffers ({mt.memory_bytes} each); what would fit: "
            f"about {int(scale * 100)} % of these weights (hidden widths x {scale ** 0.5:.2f}), or fewer layers")
    assign: dict[tuple[int, tuple[int, int]], list] = {}
    new_buffers: dict = {}
    # two passes: first every tile from a memory tile of its own column (its stream only climbs
    # the column), then the rest from the nearest memory tile with room (east-west hops in the
    # compute rows); spilling only after every column is used keeps the streams that cross
    # columns, and so the east-west ports they take, few
    pending = list(streamed)
    for own_column in (True, False):
        pending = _place_pass(pending, own_column, use, north, north_ports, new_buffers, assign, memtiles,
                              mt, mrows, need_total, len(streamed))
    out_buffers, nets = [], []
    for (layer, home), members in assign.items():
        name = f"w{layer}_m{home[0]}_{home[1]}"
        total = sum(int(w.size) for _, _, _, w in members)
        data = np.concatenate([w for _, _, _, w in members])
        ports, off = [], 0
        for j, (kname, tile, p, w) in enumerate(members):
            ports.append(SharedBufferPort(j, chunk_tiling(total, off, p), (f"{kname}.weights",)))
            nets.append(Net(f"{name}.out[{j}]", (f"{kname}.weights",), "stream",
                            abs(home[0] - tile[0]) + (mrows - home[1]) + tile[1] + 1))
            off += int(w.size)
        p0 = members[0][2]
        out_buffers.append(SharedBuffer(name, home, (total,), (), tuple(ports), num_buffers=1,
                                        dtype=p0.w_type, initial=data))
    return out_buffers, nets


def _place_pass(streamed, own_column, use, north, north_ports, new_buffers, assign, memtiles, mt, mrows,
                need_total, n_all):
    """One pass of :func:`place_weight_buffers`; returns the tiles left unplaced (the last pass,
    ``own_column`` False, raises instead)."""
    left = []
    for kname, tile, layer, p, w in streamed:
        nbytes = int(w.size) * p.w_bits // 8

        def free(m):
            u = use.get(m, [0, 0, 0, 0, 0])
            extra_locks = 0 if (layer, m) in new_buffers else WEIGHT_LOCKS_PER_BUFFER
            return (u[0] + nbytes <= mt.memory_bytes and u[2] + 1 <= mt.dma_mm2s_channels
                    and north[m[0]] < north_ports
                    and u[3] + WEIGHT_BDS_PER_PORT <= mt.bds
                    and u[4] + extra_locks <= mt.locks)

        # nearest first: the tile's column, the memory-tile row next to the compute rows
        order = sorted(memtiles, key=lambda m: (abs(m[0] - tile[0]) + (mrows - 1 - m[1]), -m[1], m[0]))
        if own_column:
            order = [m for m in order if m[0] == tile[0]]
        home = next((m for m in order if free(m)), None)
        if home is None and own_column:
            left.append((kname, tile, layer, p, w))
            continue
        if home is None:
            placed = sum(len(v) for v in assign.values())
            done = sum(int(w.size) * p.w_bits // 8 for members in assign.values() for _, _, p, w in members)
            scale = done / need_total
            raise ResourceError(
                f"no memory tile has {nbytes} bytes, a free MM2S channel and a free north stream port in its "
                f"column left for the weights of {kname} (tile {tile}): {placed} of {n_all} weight slices "
                f"({done} of {need_total} bytes) found a place. Each streamed tile takes one MM2S channel "
                f"({mt.dma_mm2s_channels} per memory tile), a slice must fit whole in one memory tile "
                f"({mt.memory_bytes} bytes, with the activation buffers there), and each column passes at most "
                f"{north_ports} streams north. What would fit: about {int(scale * 100)} % of the streamed weights "
                f"(widths x {scale ** 0.5:.2f}), or fewer streamed layers")
        u = use.setdefault(home, [0, 0, 0, 0, 0])
        if (layer, home) not in new_buffers:
            new_buffers[(layer, home)] = True
            u[4] += WEIGHT_LOCKS_PER_BUFFER
        u[0] += nbytes
        u[2] += 1
        north[home[0]] += 1
        u[3] += WEIGHT_BDS_PER_PORT
        assign.setdefault((layer, home), []).append((kname, tile, p, w))
    return left
