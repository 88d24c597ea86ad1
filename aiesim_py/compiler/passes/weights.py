"""Weight placement: dense-layer weights resident in the compute tiles, or staged in memory
tiles and streamed to them (issue #5 "large layers").

Per layer the placement is ``"tile"`` (the packed ``K_i x N_j`` slice is a constant in the
tile's data memory, as before) or ``"memtile"`` (streamed). The compile knob ``weights``
is ``"auto"`` (a layer is streamed when no tile-resident cas_length x cas_num fits, or when
every layer fits its tiles but all of them together do not fit the array: then the layers
whose streaming saves the most tiles for the least interval cost are streamed until the model
fits, and further while that shortens the estimated interval; the best-estimated placements
are then placed and routed and the best realised one taken, :func:`stream_to_fit`),
``"tile"``, ``"memtile"``, or one entry per dense layer (``"tile,memtile"``). "Tile-resident"
includes a layer after the first that reads past one buffer's channels through a memory-tile
relay (``parallelize.layer_options``).

Streamed layer, per compute tile (K slice i, N slice j):

* its input activations arrive as today (memory-tile MM2S -> tile S2MM channel 0, ping-pong);
* its ``K_i x N_j`` weight slice sits in a read-only memory-tile shared buffer (no input
  ports, ``adf::initial_value``: UG1603 "Read Only Memory Tile"), loaded with the array
  configuration before the graph runs, and a memory-tile MM2S channel
  sends it every iteration as ``N_j / Nc`` chunks of ``K_i x Nc`` (``Nc`` a multiple of
  ``mmul_n``) into a ping-pong input buffer of the tile (tile S2MM channel 1; AM020: two
  S2MM channels per compute tile, one for activations, one for weights);
* the kernel (``DenseParams.weight_chunk_n``) computes the output columns of one chunk over
  its whole K slice, then moves to the next chunk: accumulators never leave the call, and
  the cascade carries partial sums chunk by chunk as it carries them group by group today.
  The packed (column-tile) order makes every chunk a consecutive range of the packed slice,
  so the memory-tile access pattern is linear.

Chunking along N (not K) keeps each output column's sum inside one accumulator of one call:
the integers are the tile-resident kernel's (bit-identical, tested with ``==``).

Why a read-only buffer for the load: the weights never change at run time; ADF initialises
a shared buffer with zero input ports from ``adf::initial_value`` as part of loading the
graph, so no shim DMA channel, GMIO or PLIO is spent on them (a GMIO per buffer would need
one of the 24 shim MM2S channels of a VE2802 for each of the 40+ buffers of a large model,
a PLIO a PL data mover). The load is outside the steady-state interval, so the timing model
starts with the weights in place.

Costs: a chunk needs ``K_i x Nc x w_bytes / 4`` cycles of its memory-tile MM2S channel (4 B/cycle
per 32-bit channel, device ``[stream] dma_bytes_per_cycle``) plus a BD hand-off; the kernel
takes ``kernels.dense_cost.streamed_dense_cycles`` per chunk. With ping-pong the chunk
period is ``max(kernel, DMA)``; the kernel consumes ``256 / batch`` int8 weight bytes per
cycle at its int8 peak, so streaming is DMA-bound below batch 64 on AIE-ML.

Capacities checked: tile data memory and banks (the chunk ping-pong, the activation
ping-pong, output ping-pong, bias, stack: ``memory.allocate_tile_memory``), tile BDs and
locks (3 ping-pong ports), tile S2MM channels (2); per memory tile, together with the
activation buffers already there: bytes (512 KiB), MM2S channels (6), BDs (48), locks (64);
per column, the north stream-switch ports into the compute rows (6, RT-INIT: a memory-tile
switch has no east-west ports, so each weight stream climbs its memory tile's column), which
also caps a streamed layer at 5 chains (5 weight streams + 1 activation broadcast per column).
In the search, each streamed layer's slices must pack into its share of the memory tiles
(:func:`packable`); the plan pass packs them exactly (:func:`place_weight_buffers`).

Limits found (VE2802, int8): the output ping-pong of a last-role tile (2 x batch x N_j) must
still fit the tile, so with at most 5 chains large layers stream only at small batch
(3072 x 3072: batch <= 32; 4096 x 4096 and 3584 x 3584: batch <= 16); the whole array holds
about 38 MB of memory-tile weights. mlp:4096-4096-4096 fills ~64 of the 76 memory tiles
with its 32 MB of weights, i.e. 32+ columns. Packed into the west 14-16 columns, its
layers would pull ~32 weight streams across one column boundary westward through the
compute rows, whose switches have 4 west ports each (8 rows: 32 lanes, the memory-tile row
has none, AM020-MTLOCK): a cut bound, whatever the slice-to-memory-tile assignment. So a
design with streamed layers is first placed "spread" (``passes.place``: every layer in the
middle of its own band of memory-tile columns); then mlp:4096-4096-4096 routes at batch 8
and 16 (8x4 per layer, one 512 KiB slice per memory tile). Its faster candidates 9x4 and
14x5 still do not place: their slices of 467 KB / 244 KB leave no room beside the
activation buffers (one memory tile each) for the last 1-5 slices. At batch 32 no streamed
4096 x 4096 choice fits a tile (the output ping-pong of 5 chains, 2 x 32 x 824 bytes).
"""
from __future__ import annotations

import dataclasses
import functools

import numpy as np

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.memory import allocate_tile_memory
from aiesim_py.design import Net, SharedBuffer, SharedBufferPort, TilingParameters, TraversalStep
from aiesim_py.errors import ResourceError
from aiesim_py.kernels.dense import DenseParams, dense_cycles, pack_weights
from aiesim_py.kernels.dense_cost import device_core_timing
from aiesim_py.units import ceil_div

WEIGHT_MODES = ("auto", "tile", "memtile")
#: memory-tile DMA hand-off between two weight chunks: BD setup 4 + lock release 1 (the timing
#: model's assumptions dma_bd_setup_cycles and dma_lock_release_cycles, device ``[timing]``)
CHUNK_DMA_OVERHEAD_CYCLES = 5
#: tile ports of a streamed kernel: activations in, weights in, output (last/single roles)
STREAMED_TILE_PORTS = 3
#: memory-tile BDs per weight port (the chunk BD and its repeat, one per ping-pong slot of the
#: receiving tile) and locks per weight buffer (assumption: a pair, as for a written buffer;
#: a read-only buffer may need none) (UG1603-MT, RT-INIT counts)
WEIGHT_BDS_PER_PORT = 2
WEIGHT_LOCKS_PER_BUFFER = 2


def parse_weights(spec, n_layers: int) -> list[str]:
    """The ``weights`` knob -> one of :data:`WEIGHT_MODES` per dense layer.

    ``spec``: None (``"auto"``), a mode for every layer, or one mode per layer (comma
    separated string or list).

    Raises:
        ResourceError: an unknown mode or a wrong entry count (naming the knob and the values).
    """
    if spec is None:
        spec = "auto"
    parts = [x.strip().lower() for x in spec.split(",")] if isinstance(spec, str) else \
        [str(x).strip().lower() for x in spec]
    if len(parts) == 1:
        parts = parts * n_layers
    if len(parts) != n_layers:
        raise ResourceError(f"weights {spec!r} has {len(parts)} entries but the model has {n_layers} dense "
                            f"layers; give one of {', '.join(WEIGHT_MODES)} for all layers or one per layer")
    for i, part in enumerate(parts):
        if part not in WEIGHT_MODES:
            raise ResourceError(f"weights entry {i} {part!r} is not a weight placement; choose one of "
                                f"{', '.join(WEIGHT_MODES)} (auto: stream a layer from memory tiles only "
                                "when its weights fit no tile-resident parallelism)")
    return parts


_CHUNK_CACHE: dict = {}


def max_chunk(p: DenseParams, device: Device) -> int | None:
    """Widest chunk ``Nc`` (a multiple of ``mmul_n`` dividing ``p.n``, at most ``n / 2`` so
    that the ping-pong overlaps the DMA with the kernel, when ``n / mmul_n`` allows) whose
    buffers fit the tile's data memory; None when not even ``mmul_n`` columns fit."""
    key = (p, device.name, device.compute_tile)
    if key in _CHUNK_CACHE:
        return _CHUNK_CACHE[key]
    blocks = p.n // p.mmul_n
    cands = [d for d in range(blocks, 0, -1) if blocks % d == 0 and (d < blocks or blocks == 1)]
    best = None
    for d in cands:
        try:
            allocate_tile_memory(dataclasses.replace(p, weight_chunk_n=d * p.mmul_n), device, "")
        except ResourceError:
            continue
        best = d * p.mmul_n
        break
    _CHUNK_CACHE[key] = best
    return best


@functools.lru_cache(maxsize=65536)
def _cost(p: DenseParams, core) -> tuple[int, int, int]:
    c = dense_cycles(p, core)
    return c.total_cycles, c.chunk_cycles, c.call_overhead_cycles


def streamed_stage(q, batch: int, cas_length: int, cas_num: int, device: Device, mmul, where: str,
                   stage_overhead: int):
    """The :class:`~aiesim_py.compiler.passes.parallelize.LayerParallelism` of a streamed
    choice (the structural checks of ``parallelize.evaluate`` already passed).

    Stage cycles = max(chunks x max(kernel cycles per chunk, weight DMA cycles per chunk) +
    call overhead, activation DMA in, output DMA out) + ``stage_overhead``, with one chunk
    width per layer (the widest every role of the cascade fits; the cascade passes partial
    sums chunk by chunk, so all tiles of a chain use the same chunks).

    Raises:
        ResourceError: a tile cannot hold even one chunk of ``mmul_n`` columns, or its BDs /
            locks do not suffice.
    """
    from aiesim_py.compiler.passes.parallelize import LayerParallelism, slice_params
    ct = device.compute_tile
    if 2 * STREAMED_TILE_PORTS > ct.bds or 2 * STREAMED_TILE_PORTS > ct.locks:
        raise ResourceError(f"{where}: a streamed tile needs {2 * STREAMED_TILE_PORTS} BDs and locks, "
                            f"it has {ct.bds} and {ct.locks}")
    if ct.dma_s2mm_channels < 2:
        raise ResourceError(f"{where}: weight streaming needs 2 tile S2MM channels, {device.name} has "
                            f"{ct.dma_s2mm_channels}")
    north = device.stream.link_ports_north
    if cas_num > north - 1:
        raise ResourceError(f"{where}: a streamed layer sends one weight stream per tile and the activation "
                            f"broadcast up each of its columns, {cas_num + 1} streams through a column's "
                            f"{north} north stream-switch ports (RT-INIT); at most {north - 1} chains")
    roles = [slice_params(q, batch, cas_length, cas_num, idx, mmul) for idx in sorted({0, cas_length - 1})]
    widths = [max_chunk(p, device) for p in roles]
    if any(w is None for w in widths):
        p = roles[widths.index(None)]
        out = f", its output ({2 * p.output_bytes} bytes ping-pong for {p.batch}x{p.n})" if p.writes_output else ""
        from aiesim_py.compiler.passes.parallelize import memtile_ports
        at_most = cas_length >= memtile_ports(device, "mm2s") and cas_num >= north - 1
        raise ResourceError(f"{where}: with streamed weights a tile still needs its activations "
                            f"({2 * p.input_bytes} bytes ping-pong for a {p.batch}x{p.k} slice){out} and two "
                            f"{p.k}x{p.mmul_n} weight chunks in {ct.data_memory_bytes} bytes; "
                            + ("lower the batch" if at_most else "raise cas_length or cas_num, or lower the batch"))
    nc = min(widths)
    core = device_core_timing(device)
    bpc = device.stream.dma_bytes_per_cycle
    worst_total, worst_chunk, call = 0, 0, 0
    for p in roles:
        total, chunk, call_c = _cost(dataclasses.replace(p, weight_chunk_n=nc), core)
        worst_total, worst_chunk, call = max(worst_total, total), max(worst_chunk, chunk), max(call, call_c)
    p = dataclasses.replace(roles[0], weight_chunk_n=nc)
    dma_chunk = ceil_div(p.weight_chunk_bytes, bpc) + CHUNK_DMA_OVERHEAD_CYCLES
    streamed = p.weight_chunks * max(worst_chunk, dma_chunk) + call
    dma_in = ceil_div(p.input_bytes, bpc)
    dma_out = ceil_div(p.batch * p.n * p.out_bits // 8, bpc)
    stage = max(streamed, dma_in, dma_out) + stage_overhead
    return LayerParallelism(cas_length, cas_num, p.k, p.n, stage, worst_total, tuple(mmul),
                            weights="memtile", chunk_n=nc, w_bits=p.w_bits)


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


def options_for(q, batch: int, device: Device, shapes, mode: str, split_input: bool, layer_options):
    """A layer's choices for weight ``mode`` (``layer_options``: ``parallelize.layer_options``).

    "tile": tile-resident only; "memtile": streamed only; "auto": tile-resident, or
    streamed when no tile-resident choice fits.

    Raises:
        ResourceError: no choice fits (for auto, the streamed search's reason, which says
            what would fit).
    """
    if mode == "tile":
        return layer_options(q, batch, device, shapes, split_input=split_input)
    if mode == "memtile":
        return layer_options(q, batch, device, shapes, split_input=split_input, weights="memtile")
    try:
        return layer_options(q, batch, device, shapes, split_input=split_input)
    except ResourceError:
        return layer_options(q, batch, device, shapes, split_input=split_input, weights="memtile")


#: streaming steps past the first fit without a better score before :func:`stream_to_fit` stops
STREAM_PATIENCE = 2


def stream_to_fit(options, plans, batch: int, device: Device, layer_shapes, modes, fit, layer_options,
                  score=None, tolerance: float = 0.0, rescore=None):
    """``auto`` on grid overflow: stream tile-resident ``auto`` layers until the model fits.

    Every layer may fit its tiles on its own while all of them together do not fit the array
    (``mlp:1536x8`` on a VE2802: 7 x 48 tiles > 304). Then, one layer at a time, the ``auto``
    layer whose streaming saves the most tiles for the least interval cost is streamed: the
    cost of streaming layer ``i`` is ``max(0, s_i - T)``, ``s_i`` the stage cycles of its
    fewest-tile streamed choice (that still packs into the memory tiles, :func:`packable`),
    ``T`` the largest stage of the current fewest-tile choices; candidates are ranked by cost
    per saved tile, then by tiles saved, then later layers first (the one whose streamed
    memory tiles sit nearest the east end). It stops when ``fit`` holds or no ``auto`` layer
    is left to stream (the caller then reports the overflow). With ``score`` it goes on
    streaming past the first fit while that may pay (streamed layers are weight-DMA bound,
    so streaming one more layer can free the tiles that make the others faster), until
    :data:`STREAM_PATIENCE` steps in a row bring no better score, and returns the option
    lists with the fewest streamed layers whose score is within ``1 + tolerance`` of the best
    when they also ``fit``, else the first fit.

    With ``rescore`` (the score realised with placement and routing), the cheap ``score``
    only ranks: a second walk breaks ties earlier layers first, and the best-scored lists of
    both walks (:func:`_rescored`, at most :data:`RESCORE_CANDIDATES`) are rescored; the one
    with the fewest streamed layers whose realised interval is within ``1 + tolerance`` of
    the best realised one is taken. ``score`` checks only the tile count and the rectangle
    packing, so streamed layers' memory tiles and routes can make a list it ranks first
    realise a worse interval (review finding 2: ``mlp:256-1536x6-256`` at batch 32).

    Args:
        options: per-layer choice lists (``options_for`` of each layer's mode), sorted by tiles.
        modes: per-layer weight modes (:func:`parse_weights`); only ``"auto"`` layers change.
        fit: ``fit(per-layer choice lists) -> bool``: whether the fewest-tile choices (or
            ``parallelize._fewest_placed``'s repacking of them) fit the tile count, place and route.
        layer_options: ``parallelize.layer_options``.
        score: ``score(per-layer choice lists) -> number | None``: the estimated interval
            (cycles, lower is better; None: does not fit), or None to stop at the first fit.
        tolerance: relative score slack that buys fewer streamed layers (the search's).
        rescore: ``rescore(per-layer choice lists) -> number | None``: the interval (cycles)
            of the search with placement and routing (None: nothing places), or None to
            rank by ``score`` alone.
    Returns:
        the option lists, with the streamed layers' lists replaced by their streamed choices.
    """
    cur = list(options)
    if fit(cur):
        return cur
    streamed_opts: dict = {}
    walk = functools.partial(_walk, plans=plans, batch=batch, device=device, layer_shapes=layer_shapes,
                             modes=modes, fit=fit, layer_options=layer_options, score=score,
                             streamed_opts=streamed_opts)
    scored, last, best = walk(cur, later_first=True)
    if not scored:
        return last
    first = scored[0][1]
    if score is None:
        return first
    if rescore is not None:
        alt, _last, _best = walk(cur, later_first=False)
        pick = _rescored(scored + alt, rescore, tolerance)
        if pick is not None:
            return pick
    if best is None:
        return first
    # the fewest streamed layers whose score is within the tolerance of the best
    pick = next(c for sc, c in scored if sc is not None and sc <= best * (1 + tolerance))
    if pick is not first and not fit(pick):
        return first
    return pick


def _walk(cur, plans, batch, device, layer_shapes, modes, fit, layer_options, score, streamed_opts,
          later_first: bool = True):
    """The streaming steps of :func:`stream_to_fit` from ``cur``: (scored, last, best) with
    ``scored`` the (score, option lists) from the first fit on in streaming order (only the
    first fit, score None, when ``score`` is None), ``last`` the last lists reached and
    ``best`` the best score."""
    scored = []
    best, worse = None, 0
    while True:
        if not scored and fit(cur):
            if score is None:
                return [(None, cur)], cur, None
            scored.append((score(cur), cur))
            best = scored[0][0]
        elif scored:        # streaming more than needed: scored only
            sc = score(cur)
            scored.append((sc, cur))
            if sc is not None and (best is None or sc < best):
                best, worse = sc, 0
            else:
                worse += 1
            if worse >= STREAM_PATIENCE:
                break
        nxt = _stream_one(cur, plans, batch, device, layer_shapes, modes, layer_options, streamed_opts,
                          later_first)
        if nxt is None:
            break
        cur = nxt
    return scored, cur, best


#: scored option lists :func:`_rescored` places and routes at most (each a joint search with
#: placement and routing; a count, so that the result does not depend on the machine)
RESCORE_CANDIDATES = 6


def _streamed_set(opts) -> tuple[int, ...]:
    return tuple(i for i, o in enumerate(opts) if o[0].weights == "memtile")


def _rescored(cands, rescore, tolerance: float):
    """The option lists of ``cands`` ((score, lists), the walks' order) to take after
    rescoring the best-scored ones with ``rescore``; None when none realises.

    Ranked by score, then fewer streamed layers, then walk order; a list streaming a
    superset of the layers of a list ranked before it is skipped (streaming more for no
    better score). The score ignores memory tiles and routes, so it is taken as optimistic:
    the rescoring stops at the first list whose score exceeds ``1 + tolerance`` times the
    best realised interval, skips those that could neither beat it nor stream fewer layers
    than the current pick, and places at most :data:`RESCORE_CANDIDATES`. The pick: the
    fewest streamed layers whose realised interval is within ``1 + tolerance`` of the best
    realised one (ties: the lower realised interval, then rank)."""
    seen: dict = {}
    for n, (sc, c) in enumerate(cands):
        key = _streamed_set(c)
        if sc is not None and key not in seen:
            seen[key] = (sc, len(key), n, c)
    ranked, kept = [], []
    for sc, ns, n, c in sorted(seen.values(), key=lambda t: t[:3]):
        key = set(_streamed_set(c))
        if any(k <= key for k in kept):
            continue
        kept.append(key)
        ranked.append((sc, ns, c))
    done = []           # (realised, streamed count, rank, lists)

    def pick():
        ok = [d for d in done if d[0] is not None]
        if not ok:
            return None
        best = min(d[0] for d in ok)
        return min((d for d in ok if d[0] <= best * (1 + tolerance)), key=lambda d: (d[1], d[0], d[2]))

    for rank, (sc, ns, c) in enumerate(ranked):
        if len(done) >= RESCORE_CANDIDATES:
            break
        cur = pick()
        if cur is not None:
            best = min(d[0] for d in done if d[0] is not None)
            if sc > best * (1 + tolerance):
                break
            if sc > best and ns >= cur[1]:
                continue
        done.append((rescore(c), ns, rank, c))
    cur = pick()
    return None if cur is None else cur[3]


def _stream_one(cur, plans, batch, device, layer_shapes, modes, layer_options, streamed_opts,
                later_first: bool = True):
    """One step of :func:`stream_to_fit`: ``cur`` with the next ``auto`` layer streamed (the
    least interval cost per tile saved; ties: more tiles saved, then the later layer, or with
    ``later_first`` False the earlier one), or None when no layer is left to stream."""
    fewest = [o[0] for o in cur]
    t_now = max(o.stage_cycles for o in fewest)
    best = None
    for i, mode in enumerate(modes):
        if mode != "auto" or fewest[i].weights == "memtile":
            continue
        if i not in streamed_opts:
            try:
                streamed_opts[i] = layer_options(plans[i], batch, device, layer_shapes[i], split_input=False,
                                                 weights="memtile")
            except ResourceError:
                streamed_opts[i] = None
        if not streamed_opts[i]:
            continue
        trial = cur[:i] + [streamed_opts[i]] + cur[i + 1:]
        try:
            trial = packable(trial, plans, device)
        except ResourceError:
            continue
        saved = fewest[i].tiles - trial[i][0].tiles
        if saved <= 0:
            continue
        cost = max(0, trial[i][0].stage_cycles - t_now)
        key = (cost / saved, -saved, -i if later_first else i)
        if best is None or key < best[0]:
            best = (key, trial)
    return None if best is None else best[1]


def resident_fits(q, batch: int, device: Device, shapes, split_input: bool, layer_options) -> bool:
    """Whether some tile-resident choice fits the layer (auto streams it only when none does)."""
    try:
        layer_options(q, batch, device, shapes, split_input=split_input)
        return True
    except ResourceError:
        return False


def streamed_params(p: DenseParams, chunk_n: int) -> DenseParams:
    """``p`` with its weights streamed in chunks of ``chunk_n`` columns."""
    return dataclasses.replace(p, weight_chunk_n=chunk_n)


def padded_weights(q, par) -> np.ndarray:
    """The layer's weights zero padded to ``(cas_length*k_slice, cas_num*n_slice)`` (once per layer)."""
    k_dim, n_dim = q.weight.shape
    w = np.zeros((par.cas_length * par.k_slice, par.cas_num * par.n_slice), dtype=q.weight.dtype)
    w[:k_dim, :n_dim] = q.weight
    return w


def bias_slice(q, par, chain: int) -> np.ndarray:
    """Bias of chain ``chain`` (``n_slice`` values, zero padded), as ``pack.tile_slices`` gives it."""
    b = np.zeros(par.cas_num * par.n_slice, dtype=q.bias_acc.dtype)
    b[:q.bias_acc.shape[0]] = q.bias_acc
    return b[chain * par.n_slice:(chain + 1) * par.n_slice].copy()


def packed_slice(w_pad: np.ndarray, par, p: DenseParams, chain: int, cas_index: int) -> np.ndarray:
    """Packed weights of tile (chain, cas_index): ``kernels.dense.pack_weights`` order, whose
    chunks of ``k x weight_chunk_n`` are consecutive."""
    ks, ns = par.k_slice, par.n_slice
    return pack_weights(w_pad[cas_index * ks:(cas_index + 1) * ks, chain * ns:(chain + 1) * ns], p)


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


def weight_placements(design) -> list[str]:
    """Per layer of a Design: "memtile" when its kernels stream their weights, else "tile"."""
    out = []
    for layer in design.layers:
        ks = design.layer_kernels(layer.index)
        out.append("memtile" if ks and ks[0].params.weight_chunk_n else "tile")
    return out
