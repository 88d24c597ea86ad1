"""Parallelize: choose cas_length x cas_num and the microtile (mmul shape) of every dense layer.

cas_length tiles along a cascade split the input features K; cas_num chains split the
output features N. A choice is feasible when every tile's buffers fit its data memory
(:func:`~aiesim_py.compiler.passes.memory.allocate_tile_memory`), its DMA BD and lock
budget holds, the memory-tile DMA channels that feed and collect the layer exist (a shared
buffer is served by its own memory tile's 6 + 6 channels and by channels 0-3 of its east
and west neighbours, which reach its memory: aieml-facts.md 5.1, UG1603-MT, MLIR-TM
``getMaxChannelNumForAdjacentMemTile``), a chain fits a grid row and the chains fit the rows.

Microtile: every layer's candidates are the ``microtile`` knob's shapes (default "auto": the
default shape of its type pair and the device's native shapes, :func:`microtiles`), each
costed with the device's core timing (:func:`~aiesim_py.kernels.dense_cost.device_core_timing`:
MAC rate per type pair, load/store widths), so AIE-MLv2 layers take the 512-MAC int8 8x8x8
where it is faster and AIE-ML layers keep 4x8x8.

Cost of a choice: the *stage* cycles = max(kernel cycles of its slowest role from the
kernel cost model, memory-tile MM2S cycles of one input slice, tile MM2S cycles of one
output slice); the stage of the slowest layer, or the PLIO transfer of one iteration,
sets the pipeline interval.

Joint search (objective ``"interval"``): the layers share the 2D grid; the search over
their options is described in ``passes.joint_search``.

Relays: a layer after the first may have up to :func:`relay_max_cas_length` K slices (27 on
a VE2802), reading those past one shared buffer's read channels through a memory-tile relay
(``passes.plan``); the relay copy (4 B/cycle) is part of its stage and, for the latency
objective, of its latency (``relay_cycles``). Such choices are among a layer's options only
where they are not dominated, so the search takes them where the channel limit would
otherwise cap the layer: its weights fit no shorter cascade (without the relay they would be
streamed from memory tiles, several times slower), or it needs a lower stage than 14 slices
give. When the fewest tiles per layer do not pack into the grid, :func:`_fewest_placed`
swaps rectangles (a relayed 16-wide layer leaves odd column counts free).

PLIOs: one input and one output PLIO move 4 B/cycle each (min(PLIO width x PL clock, one
stream word per cycle)). When they, not the layers, would set the interval, the search is
repeated with several PLIOs (:func:`plio_groups`: one input PLIO per group of the first
layer's K slices, each into its own memory tile, so that layer's cascade is no longer held to
one buffer's read channels; one output PLIO per group of the last layer's chains) and taken
when it shortens the interval by more than :data:`PLIO_SPLIT_FACTOR` without more
tile-cycles per iteration. Small models keep one PLIO each way.

Modules: the microtile sets live in ``passes.microtiles``, the memory-tile channel budget and
relay rules in ``passes.relay``, :class:`LayerParallelism` and :data:`STAGE_OVERHEAD_CYCLES` in
``passes.layer_parallelism``, the PLIO grouping in ``passes.plio_groups``, the joint interval
search in ``passes.joint_search``; this module keeps the costing (:func:`evaluate`,
:func:`layer_options`) and :func:`choose_parallelism`, and re-exports their names.
"""
from __future__ import annotations

import functools
from typing import Callable

from aiesim_py.arch.device import Device
# re-exported: these names moved to their own modules and stay importable from here
from aiesim_py.compiler.passes.joint_search import (  # noqa: F401
    REALISE_TRIALS, REPACK_INTERVALS, REPACK_OPTIONS, REPACK_TRIALS, _estimate, _fewest_placed, _fits, _pick,
    _realised, _search,
)
from aiesim_py.compiler.passes.layer_parallelism import STAGE_OVERHEAD_CYCLES, LayerParallelism  # noqa: F401
from aiesim_py.compiler.passes.memory import allocate_tile_memory
from aiesim_py.compiler.passes.microtiles import (  # noqa: F401
    MICROTILE_SETS, MMUL, MMUL_SHAPES, _shape_name, device_native_shapes, microtiles, parse_microtiles,
)
from aiesim_py.compiler.passes.plio_groups import (  # noqa: F401
    PLIO_SPLIT_FACTOR, PlioGroups, _groups_for, _split, _with_plio, plio_groups, plio_slice_cycles,
    plio_stage_cycles,
)
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.compiler.passes.relay import (  # noqa: F401
    DMA_WORD_BYTES, MEMTILE_NEIGHBOUR_CHANNELS, memtile_ports, relay_columns, relay_direct_ports,
    relay_max_cas_length,
)
from aiesim_py.errors import ResourceError
from aiesim_py.isa.timing import CoreTiming
from aiesim_py.kernels.dense import DenseParams, dense_cycles
from aiesim_py.kernels.dense_cost import device_core_timing
from aiesim_py.units import ceil_div, round_up

#: BDs and locks of one ping-pong buffer port: one BD and one lock pair per buffer (UG1603-MT)
BDS_PER_PORT = 2
LOCKS_PER_BUFFER = 2
DEFAULT_TOLERANCE = 0.1


def slice_params(q: LayerQuant, batch: int, cas_length: int, cas_num: int, cas_index: int = 0,
                 mmul: tuple[int, int, int] | None = None) -> DenseParams:
    """DenseParams of one tile for a layer split ``cas_length x cas_num`` (microtile ``mmul``,
    default :data:`MMUL_SHAPES` of the layer's type pair)."""
    k_dim, n_dim = q.weight.shape
    mm, mk, mn = mmul or MMUL_SHAPES[q.mmul_key]
    k_slice = round_up(ceil_div(k_dim, cas_length), mk)
    n_slice = round_up(ceil_div(n_dim, cas_num), mn)
    if cas_length == 1:
        role = "single"
    elif cas_index == 0:
        role = "first"
    elif cas_index == cas_length - 1:
        role = "last"
    else:
        role = "middle"
    return DenseParams(role=role, batch=batch, k=k_slice, n=n_slice, mmul_m=mm, mmul_k=mk,
                       mmul_n=mn, shift=q.shift, rounding=q.rounding, saturation=q.saturation,
                       relu=q.relu, ops=q.ops, out_bits=q.out_bits, a_bits=q.a_bits, w_bits=q.w_bits,
                       arith=q.arith)


@functools.lru_cache(maxsize=65536)
def _kernel_cycles(p: DenseParams, core: CoreTiming) -> int:
    return dense_cycles(p, core).total_cycles


_MEMORY_CACHE: dict = {}


def _fits_memory(p: DenseParams, device: Device) -> str | None:
    """None when a tile of ``p`` fits the data memory, else the reason (cached)."""
    key = (p, device.name, device.compute_tile)
    if key not in _MEMORY_CACHE:
        try:
            allocate_tile_memory(p, device, "")
            _MEMORY_CACHE[key] = None
        except ResourceError as exc:
            _MEMORY_CACHE[key] = str(exc)
    return _MEMORY_CACHE[key]


def filled_slices(dim: int, parts: int, step: int) -> int:
    """Slices of ``dim`` features that hold data when split in ``parts`` slices, each
    rounded up to a multiple of ``step`` (the microtile K or N, :func:`slice_params`):
    ``ceil(dim / slice)``; fewer than ``parts`` when the rounding leaves slices of padding
    only (e.g. K = 216 in 20 slices of 16 fills 14)."""
    return ceil_div(dim, round_up(ceil_div(dim, parts), step))


def evaluate(q: LayerQuant, batch: int, cas_length: int, cas_num: int, device: Device,
             mmul: tuple[int, int, int] | None = None, split_input: bool = False,
             weights: str = "tile", relay: bool = False) -> LayerParallelism:
    """Cost of one choice; raises ResourceError naming the limit when it does not fit.

    ``split_input``: the layer reads the host input, which several input PLIOs may bring
    into several memory tiles (one shared buffer per group of K slices,
    :func:`plio_groups`), so its cascade is not limited by one buffer's read channels.
    ``relay``: a non-first layer may read more K slices than one shared buffer has read
    channels through one memory-tile relay (:func:`relay_max_cas_length`; the buffer's
    last read channel streams the remaining columns into a second memory tile, see
    ``passes.plan``); its stage then also covers that copy (bytes / DMA bytes per cycle
    + :data:`STAGE_OVERHEAD_CYCLES`; the copy is the real K rounded up to whole DMA words,
    :func:`relay_columns`). Tile-resident weights only.

    Refused (ResourceError, one line naming the layer): K slices that hold only padding
    (:func:`filled_slices` below ``cas_length``: their tiles would compute zeros; the message
    names the largest cas_length below it that fills its slices); a cascade past one shared
    buffer's read channels on a streamed layer (a relay serves tile-resident weights only).
    """
    k_dim, n_dim = q.weight.shape
    mmul = tuple(mmul or MMUL_SHAPES[q.mmul_key])
    mm, mk, mn = mmul
    where = f"layer {q.name!r} ({k_dim}x{n_dim}) at {cas_length}x{cas_num}"
    if cas_length < 1 or cas_num < 1:
        raise ResourceError(f"{where}: cas_length and cas_num must be >= 1")
    if batch % mm:
        raise ResourceError(f"{where}: batch {batch} is not a multiple of the microtile M {mm}")
    if cas_length > ceil_div(k_dim, mk):
        raise ResourceError(f"{where}: cas_length {cas_length} leaves tiles without input features "
                            f"(at most {ceil_div(k_dim, mk)} for K={k_dim})")
    if cas_num > ceil_div(n_dim, mn):
        raise ResourceError(f"{where}: cas_num {cas_num} leaves chains without output features "
                            f"(at most {ceil_div(n_dim, mn)} for N={n_dim})")
    ports = memtile_ports(device, "mm2s")
    relayed = (relay and weights == "tile" and not split_input and ports < cas_length <= relay_max_cas_length(device))
    if cas_length > ports and not split_input and not relayed:
        if relay and weights == "tile":
            raise ResourceError(f"{where}: cas_length {cas_length} needs {cas_length} memory-tile MM2S channels; "
                                f"a shared buffer reaches at most {ports} and one relay "
                                f"through a second memory tile at most {relay_max_cas_length(device)}")
        streamed = (f" (a memory-tile relay serves tile-resident weights only: --weights tile for this layer, "
                    f"or cas_length <= {ports})" if relay and cas_length <= relay_max_cas_length(device) else "")
        raise ResourceError(f"{where}: cas_length {cas_length} needs {cas_length} memory-tile MM2S channels; "
                            f"a shared buffer reaches at most {ports} (its memory tile's "
                            f"{device.memtile.dma_mm2s_channels} and channels 0-3 of both neighbours; only the "
                            f"first layer, fed by input PLIOs, may split its input over several memory tiles)"
                            f"{streamed}")
    if cas_num > memtile_ports(device, "s2mm"):
        raise ResourceError(f"{where}: cas_num {cas_num} needs {cas_num} memory-tile S2MM channels; "
                            f"a shared buffer reaches at most {memtile_ports(device, 's2mm')}")
    if cas_num > device.grid.compute_rows:
        raise ResourceError(f"{where}: cas_num {cas_num} chains exceed the {device.grid.compute_rows} compute rows")
    if cas_length > device.grid.columns:
        raise ResourceError(f"{where}: a cascade of {cas_length} exceeds the {device.grid.columns} columns")
    filled = filled_slices(k_dim, cas_length, mk)
    if filled < cas_length:     # K slices past ``filled`` hold only padding: their tiles compute zeros
        most = max(x for x in range(1, cas_length) if filled_slices(k_dim, x, mk) == x)
        raise ResourceError(f"{where}: K={k_dim} fills only {filled} of {cas_length} K slices of "
                            f"{round_up(ceil_div(k_dim, cas_length), mk)} (microtile K {mk}), the other "
                            f"{cas_length - filled} would compute zeros; use cas_length {most} (the largest "
                            f"below {cas_length} whose K slices all hold features)")
    filled = filled_slices(n_dim, cas_num, mn)
    if filled < cas_num:        # chains past ``filled`` hold only padding columns: they compute zeros
        most = max(x for x in range(1, cas_num) if filled_slices(n_dim, x, mn) == x)
        raise ResourceError(f"{where}: N={n_dim} fills only {filled} of {cas_num} chains of "
                            f"{round_up(ceil_div(n_dim, cas_num), mn)} columns (microtile N {mn}), the other "
                            f"{cas_num - filled} would compute zeros; use cas_num {most} (the largest "
                            f"below {cas_num} whose chains all hold outputs)")
    ct = device.compute_tile
    # a tile: input ping-pong (+ output ping-pong): one BD and one lock pair per port
    if 2 * BDS_PER_PORT > ct.bds or 2 * LOCKS_PER_BUFFER > ct.locks:
        raise ResourceError(f"{where}: a tile needs {2 * BDS_PER_PORT} BDs and {2 * LOCKS_PER_BUFFER} locks, "
                            f"it has {ct.bds} and {ct.locks}")
    if weights == "memtile":        # weights streamed from memory tiles (passes/weights.py)
        from aiesim_py.compiler.passes.weights import streamed_stage
        return streamed_stage(q, batch, cas_length, cas_num, device, mmul, where, STAGE_OVERHEAD_CYCLES)
    worst = 0
    for idx in {0, cas_length - 1}:
        p = slice_params(q, batch, cas_length, cas_num, idx, mmul)
        err = _fits_memory(p, device)
        if err is not None:
            raise ResourceError(f"{where}: {err}")
        worst = max(worst, _kernel_cycles(p, device_core_timing(device)))
    p = slice_params(q, batch, cas_length, cas_num, 0, mmul)
    bpc = device.stream.dma_bytes_per_cycle
    dma_in = ceil_div(p.input_bytes, bpc)
    dma_out = ceil_div(p.batch * p.n * p.out_bits // 8, bpc)
    stage = max(worst, dma_in, dma_out) + STAGE_OVERHEAD_CYCLES
    relay_cycles = 0
    if relayed:     # the relay copy of the columns past the direct read channels
        c0, c1 = relay_columns(k_dim, p.k, p.a_bits, device)
        relay_bytes = p.batch * max(0, c1 - c0) * p.a_bits // 8
        relay_cycles = ceil_div(relay_bytes, bpc) + STAGE_OVERHEAD_CYCLES
        stage = max(stage, relay_cycles)
    return LayerParallelism(cas_length, cas_num, p.k, p.n, stage, worst, mmul, relay_cycles=relay_cycles,
                            w_bits=p.w_bits)


def parse_parallelism(spec: str | None, n_layers: int) -> list[tuple[int, int]] | None:
    """``"1x4,4x2"`` -> ``[(1, 4), (4, 2)]`` (cas_length x cas_num per dense layer)."""
    if spec is None or spec in ("", "auto"):
        return None
    parts = [s.strip() for s in str(spec).split(",")]
    if len(parts) != n_layers:
        raise ResourceError(f"parallelism {spec!r} has {len(parts)} entries but the model has "
                            f"{n_layers} dense layers; give one cas_lengthxcas_num per layer, e.g. "
                            f"{','.join(['1x1'] * n_layers)}")
    out = []
    for i, part in enumerate(parts):
        try:
            a, b = part.lower().split("x")
            out.append((int(a), int(b)))
        except ValueError:
            raise ResourceError(f"parallelism entry {i} {part!r} is not of the form "
                                "cas_lengthxcas_num, e.g. 2x4") from None
    return out


OBJECTIVES = ("interval", "latency", "tiles")


def layer_options(q: LayerQuant, batch: int, device: Device, which="auto",
                  split_input: bool = False, weights: str = "tile",
                  relay: bool = False) -> list[LayerParallelism]:
    """A layer's feasible choices that are not dominated for their cas_num (fewer tiles vs
    lower stage cycles; ties: lower kernel cycles, the default microtile), sorted by tiles.
    Keeping every cas_num lets the joint search pick the rectangle that packs.
    ``which``: a microtile set name (:func:`microtiles`) or the list of candidate shapes;
    every shape is costed with the device's core timing (:func:`device_core_timing`).
    ``relay`` (a layer after the first, tile-resident weights): cas_length may exceed one
    shared buffer's read channels up to :func:`relay_max_cas_length` through a memory-tile
    relay, whose copy :func:`evaluate` costs; such a choice is kept only where it is not
    dominated, i.e. where the channel limit would otherwise cap the layer (its weights fit
    no shorter cascade, or a longer cascade is faster than every shorter one of its cas_num).

    Raises:
        ResourceError: no choice fits (the message says what limits and what would fit).
    """
    k_dim, n_dim = q.weight.shape
    best: dict[tuple[int, int], LayerParallelism] = {}
    last_error = None
    rows = device.grid.compute_rows
    shapes = which if isinstance(which, list) else microtiles(q.mmul_key, which, device)
    if all(batch % shape[0] for shape in shapes):
        raise ResourceError(f"layer {q.name!r}: batch {batch} is not a multiple of the M of any microtile "
                            f"it may use ({', '.join(_shape_name(x) for x in shapes)}); change the batch or "
                            "the microtile")
    if split_input:
        a_cap = device.grid.columns
    elif relay and weights == "tile":
        a_cap = min(device.grid.columns, relay_max_cas_length(device))
    else:
        a_cap = memtile_ports(device, "mm2s")
    for shape in shapes:
        if batch % shape[0]:
            continue
        a_max = min(device.grid.columns, ceil_div(k_dim, shape[1]), a_cap)
        b_max = min(rows, ceil_div(n_dim, shape[2]), memtile_ports(device, "s2mm"))
        for b in range(1, b_max + 1):
            for a in range(1, a_max + 1):
                try:
                    o = evaluate(q, batch, a, b, device, shape, split_input, weights, relay=relay)
                except ResourceError as exc:
                    if weights != "memtile" or last_error is None or "north stream-switch" not in str(exc):
                        last_error = exc        # streamed: keep a reason other than the column ports
                    continue
                cur = best.get((o.tiles, b))
                if cur is None or (o.stage_cycles, o.kernel_cycles) < (cur.stage_cycles, cur.kernel_cycles):
                    best[(o.tiles, b)] = o
    if not best and weights == "memtile":
        raise ResourceError(f"layer {q.name!r} ({k_dim}x{n_dim}) fits no cas_length x cas_num at batch {batch} "
                            f"even with its weights streamed from memory tiles ({last_error}); a streamed layer "
                            f"reaches at most {a_cap} x {min(rows, device.stream.link_ports_north - 1)} tiles "
                            "(one shared buffer's read channels x the chains a column's north ports feed), so "
                            "lower the batch or split the layer")
    if not best:
        weights = k_dim * n_dim * q.w_bits // 8
        usable = device.compute_tile.data_memory_bytes - device.compute_tile.stack_bytes
        raise ResourceError(
            f"layer {q.name!r} ({k_dim}x{n_dim}, {weights} bytes of weights) fits no cas_length x cas_num "
            f"at batch {batch} ({last_error}); weights stay in the tiles, so a layer needs about "
            f"{ceil_div(weights, usable)} tiles of {usable} bytes plus buffers, and one layer reaches at most "
            f"{a_cap} x {rows} tiles{' (through a memory-tile relay)' if relay and not split_input else ''}: "
            f"split the layer, lower the batch, or lower K x N to about {a_cap * rows * usable // 2} bytes "
            "of weights")
    out = []
    for b in range(1, rows + 1):
        stage = None
        for key in sorted(k for k in best if k[1] == b):
            o = best[key]
            if stage is None or o.stage_cycles < stage:
                out.append(o)
                stage = o.stage_cycles
    return sorted(out, key=lambda o: _preference(o, rows))


def _preference(o: LayerParallelism, rows: int):
    """Fewest tiles; then no memory-tile relay (it costs a memory tile and a copy); then
    rectangles that stack in the rows (full height first); faster."""
    return (o.tiles, o.relayed, rows % o.cas_num != 0, -o.cas_num, o.stage_cycles, o.kernel_cycles)



def choose_parallelism(plans: list[LayerQuant], batch: int, device: Device,
                       user: list[tuple[int, int]] | None = None,
                       objective: str = "interval", fits: Callable | None = None,
                       tolerance: float = DEFAULT_TOLERANCE,
                       microtile_set="auto", weights="auto",
                       inter_layer: str = "memtile") -> list[LayerParallelism]:
    """Pick (or check the user's) cas_length x cas_num and microtile for every layer.

    Args:
        plans: quantized dense layers in order.
        batch: samples per iteration.
        user: one (cas_length, cas_num) per layer, or None to search.
        objective: ``"interval"`` (joint search above), ``"latency"`` (every layer its
            fastest kernel plus its relay copy, ties: fewer tiles, when the grid holds it;
            else as interval),
            ``"tiles"`` (every layer its fewest tiles, ties: faster).
        fits: ``fits(pars) -> bool``: whether a choice can be placed (the place pass);
            None: only the tile count is checked.
        tolerance: the interval objective accepts an interval up to ``1 + tolerance``
            times the best one when that saves tiles.
        microtile_set: the ``microtile`` knob (:func:`parse_microtiles`): "auto" (every
            layer picks among the device's native shapes by cost), "firmware", "all", a
            shape "MxKxN", or one entry per layer.
        weights: weight placement per layer (``passes.weights.parse_weights``): "auto"
            (resident when it fits; streamed from memory tiles when a layer, or the whole
            model, does not fit the tiles, and further while that shortens the interval
            realised with placement and routing: ``weights.stream_to_fit``), "tile",
            "memtile", or one entry per layer.
        inter_layer: the ``inter_layer`` compile option (``passes.direct``). With "auto" and
            the latency objective the candidate is the options' least analytic latency with
            direct edges (``passes.direct_cost.latency_choice``: a cas_num 1 -> cas_length 1
            edge costs a lock hand-off instead of two DMA legs) when it fits and its estimate
            is below that of the fastest kernels'; the compiler then compares it with the
            memory-tile choice in the timing model (``compiler.pipeline``). With "direct" every
            layer keeps only the choices whose edges can all be direct
            (``passes.direct.direct_options``: cas_num 1 into cas_length 1, tile-resident
            weights). "memtile": no effect here.
    Returns:
        one LayerParallelism per layer.
    Raises:
        ResourceError: a user choice that does not fit (naming layer and limit), a layer
            with no feasible choice, or a model that needs more tiles than the device has
            (the message says how many it needs and what would fit).
    """
    if objective not in OBJECTIVES:
        raise ResourceError(f"unknown objective {objective!r}; choose one of {', '.join(OBJECTIVES)}")
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not tolerance >= 0:
        raise ResourceError(f"tolerance {tolerance!r} must be a number >= 0 (the relative interval slack the "
                            f"interval objective accepts to save tiles, default {DEFAULT_TOLERANCE})")
    capacity = device.grid.compute_tiles
    layer_shapes = parse_microtiles(microtile_set, plans, device)
    from aiesim_py.compiler.passes.weights import options_for, parse_weights, resident_fits
    modes = parse_weights(weights, len(plans))
    # layers after the first may read K slices past one shared buffer's read channels
    # through a memory-tile relay (the first layer splits its input over PLIOs instead)
    opts_of = [layer_options] + [functools.partial(layer_options, relay=True)] * (len(plans) - 1)
    if user is not None:
        pars = []
        for i, (q, (a, b)) in enumerate(zip(plans, user)):
            cands, errs = [], []
            for mode in (("tile", "memtile") if modes[i] == "auto" else (modes[i],)):
                if cands or (mode == "memtile" and modes[i] == "auto"
                             and resident_fits(q, batch, device, layer_shapes[i], i == 0, opts_of[i])):
                    break
                for shape in layer_shapes[i]:
                    try:
                        cands.append(evaluate(q, batch, a, b, device, shape, split_input=i == 0, weights=mode,
                                              relay=i > 0))
                    except ResourceError as exc:
                        errs.append(exc)
            if not cands:
                raise errs[0]
            pars.append(min(cands, key=lambda o: (o.stage_cycles, o.kernel_cycles)))
        need = sum(p.tiles for p in pars)
        if need > capacity:
            raise ResourceError(f"parallelism {','.join(f'{a}x{b}' for a, b in user)} does not fit: it needs "
                                f"{need} tiles; {device.name} has {capacity}")
        return pars
    options = [options_for(q, batch, device, shapes, mode, False, opts)
               for q, shapes, mode, opts in zip(plans, layer_shapes, modes, opts_of)]
    from aiesim_py.compiler.passes.weights import packable
    options = packable(options, plans, device)      # streamed slices must pack into the memory tiles
    if inter_layer == "direct":     # only the choices whose every edge can be direct
        from aiesim_py.compiler.passes.direct import direct_options
        options = direct_options(options, plans)
    # the first layer's weights fit no cascade one input buffer feeds (at most memtile_ports
    # slices), but do fit a longer one fed by several input PLIOs: auto streams it for the
    # single-PLIO search, and the multi-PLIO search below keeps it resident
    first_capped = (modes[0] == "auto" and options[0][0].weights == "memtile"
                    and resident_fits(plans[0], batch, device, layer_shapes[0], True, layer_options))
    if "auto" in modes:     # auto on grid overflow: stream the layers that save most tiles (passes/weights.py)
        from aiesim_py.compiler.passes.weights import stream_to_fit
        options = stream_to_fit(options, plans, batch, device, layer_shapes, modes,
                                lambda opts: _fewest_placed(opts, capacity, fits, device) is not None,
                                layer_options,
                                None if objective == "tiles" else
                                functools.partial(_estimate, plans=plans, batch=batch, device=device,
                                                  capacity=capacity, tolerance=tolerance),
                                tolerance,
                                # the best-estimated lists, realised with placement and routing
                                None if objective == "tiles" or fits is None else
                                functools.partial(_realised, fits=fits, plans=plans, batch=batch, device=device,
                                                  capacity=capacity, tolerance=tolerance))
    if inter_layer == "direct":     # only the choices whose every edge can be direct
        options = direct_options(options, plans)
    fewest = _fewest_placed(options, capacity, fits, device) or [opts[0] for opts in options]
    min_stage = [min(o.stage_cycles for o in opts) for opts in options]
    if fits is not None and sum(p.tiles for p in fewest) <= capacity and not _fits(fewest, capacity, fits):
        # the fewest tiles do not place or route (``fits`` places and routes): take the first
        # other candidate of the interval search that does (passes/place_route.py)
        alt = _search(options, max(min_stage), capacity, fits, tolerance, device)
        fewest = alt if _fits(alt, capacity, fits) else fewest
    if not _fits(fewest, capacity, fits):
        need = sum(p.tiles for p in fewest)
        per_layer = ", ".join(f"{q.name} {p.tiles}" for q, p in zip(plans, fewest))
        scale = min(1.0, 0.9 * capacity / max(need, 1))
        raise ResourceError(
            f"the model does not fit {device.name}: at its fewest tiles per layer ({per_layer}) it needs "
            f"{need} compute tiles{' whose rectangles do not pack into the grid' if need <= capacity else ''}; "
            f"the device has {capacity} ({device.grid.columns} columns x {device.grid.compute_rows} rows). "
            f"What would fit: about {int(scale * 100)} % of these weights (hidden widths x {scale ** 0.5:.2f}), "
            "or a smaller batch (smaller tile buffers)"
            + (", or weights streamed from memory tiles (weights auto or memtile for the layers now 'tile')"
               if "tile" in modes else ""))
    if objective == "tiles":
        return fewest
    if objective == "latency":
        # a relayed layer's last K slices start after the relay copy
        fastest = [min(opts, key=lambda o: (o.kernel_cycles + o.relay_cycles, o.tiles)) for opts in options]
        if inter_layer == "auto":       # direct edges change which options are fastest together
            from aiesim_py.compiler.passes.direct_cost import estimate_latency, latency_choice
            joint = latency_choice(plans, options, batch, device)
            if (estimate_latency(plans, joint, batch, device) < estimate_latency(plans, fastest, batch, device)
                    and _fits(joint, capacity, fits)):
                return joint
        if _fits(fastest, capacity, fits):
            return fastest
    k0, n_last = plans[0].weight.shape[0], plans[-1].weight.shape[1]
    floor = max(plio_stage_cycles(k0, batch, device, plans[0].a_bits // 8) + STAGE_OVERHEAD_CYCLES,
                plio_stage_cycles(n_last, batch, device, plans[-1].out_bits // 8) + STAGE_OVERHEAD_CYCLES,
                max(min_stage))
    choice = _search(options, floor, capacity, fits, tolerance, device)
    choice = choice if _fits(choice, capacity, fits) else fewest
    if ((floor <= max(min_stage) and not first_capped)
            or device.plio.plios_per_column("in", device.plio.width_bits) == 0):
        return choice
    # one PLIO each way sets the interval: with several PLIOs (one per K-slice group of the
    # first layer, one per chain group of the last, :func:`plio_groups`) the floor is one
    # slice per PLIO. Taken when it shortens the interval by more than PLIO_SPLIT_FACTOR
    # without costing more tile-cycles per iteration (tiles x interval): the single-PLIO
    # design's tiles then mostly wait for the PLIO. Small models keep one PLIO each way.
    # auto may have streamed it (to fit the grid: keep it streamed; for one buffer's channels: not)
    mode0 = "memtile" if options[0][0].weights == "memtile" and not first_capped else modes[0]
    multi = [options_for(plans[0], batch, device, layer_shapes[0], mode0, True, layer_options)] + options[1:]
    multi[0] = [_with_plio(o, plans[0], batch, device, "in") for o in multi[0]]
    multi[-1] = [_with_plio(o, plans[-1], batch, device, "out") for o in multi[-1]]
    if inter_layer == "direct":
        multi = direct_options(multi, plans)
    multi_floor = max(min(o.stage_cycles for o in opts) for opts in multi)
    t_single = max(floor, max(o.stage_cycles for o in choice))
    if not _multi_can_win(multi, multi_floor, t_single, sum(o.tiles for o in choice)):
        return choice       # no multi-PLIO choice could pass the test below: skip placing them
    multi_choice = _search(multi, multi_floor, capacity, fits, tolerance, device)
    t_multi = max(o.stage_cycles for o in multi_choice)
    if (_fits(multi_choice, capacity, fits) and t_multi * PLIO_SPLIT_FACTOR < t_single
            and t_multi * sum(o.tiles for o in multi_choice) <= t_single * sum(o.tiles for o in choice)):
        return multi_choice
    return choice


def _multi_can_win(multi, multi_floor: int, t_single: int, tiles_single: int) -> bool:
    """Whether some multi-PLIO choice could pass :func:`choose_parallelism`'s test (interval
    below ``t_single / PLIO_SPLIT_FACTOR`` and tiles x interval at most the single-PLIO
    design's): a choice whose slowest stage is ``s`` has at least the tiles of every layer's
    fewest-tile option with stage <= ``s``, so the least ``s x tiles`` over the stages is a
    lower bound. Cheap (no placement); only skips searches that cannot change the result."""
    if multi_floor * PLIO_SPLIT_FACTOR >= t_single:
        return False
    stages = sorted({o.stage_cycles for opts in multi for o in opts if o.stage_cycles >= multi_floor})
    for s in stages:
        if s * PLIO_SPLIT_FACTOR >= t_single:
            break
        picks = [_pick(opts, s) for opts in multi]
        if all(p is not None for p in picks) and s * sum(p.tiles for p in picks) <= t_single * tiles_single:
            return True
    return False
