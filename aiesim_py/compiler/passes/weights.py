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

Modules: this one owns the ``weights`` knob, the per-layer streamed costing and chunk sizing
(:func:`streamed_stage`, :func:`max_chunk`), a layer's choices per mode and the per-tile
slices the plan packs; :mod:`aiesim_py.compiler.passes.stream_fit` the whole-model streaming
choice under ``auto`` (:func:`stream_to_fit` and its rescoring);
:mod:`aiesim_py.compiler.passes.weight_memtiles` the memory-tile packing (:func:`packable`,
:func:`place_weight_buffers`). Every name of those two is re-exported here.
"""
from __future__ import annotations

import dataclasses
import functools

import numpy as np

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.memory import allocate_tile_memory
# re-exported: these names moved to their own modules and stay importable from here
from aiesim_py.compiler.passes.stream_fit import (  # noqa: F401
    RESCORE_CANDIDATES, STREAM_PATIENCE, _rescored, _stream_one, _streamed_set, _walk, stream_to_fit)
from aiesim_py.compiler.passes.weight_memtiles import (  # noqa: F401
    WEIGHT_BDS_PER_PORT, WEIGHT_LOCKS_PER_BUFFER, _memtile_use, _place_pass, chunk_tiling, memtiles_for, packable,
    place_weight_buffers)
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
                                f"{', '.join(WEIGHT_MODES)} (auto: keep weights in the tiles; stream a "
                                "layer from memory tiles when it, or the whole model, does not fit them)")
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




def options_for(q, batch: int, device: Device, shapes, mode: str, split_input: bool, layer_options):
    """A layer's choices for weight ``mode`` (``layer_options``: ``parallelize.layer_options``).

    "tile": tile-resident only; "memtile": streamed only; "auto": tile-resident, or
    streamed when no tile-resident choice fits (the whole-model streaming choice is
    :func:`~aiesim_py.compiler.passes.stream_fit.stream_to_fit`).

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




def weight_placements(design) -> list[str]:
    """Per layer of a Design: "memtile" when its kernels stream their weights, else "tile"."""
    out = []
    for layer in design.layers:
        ks = design.layer_kernels(layer.index)
        out.append("memtile" if ks and ks[0].params.weight_chunk_n else "tile")
    return out
