"""The joint interval search over the layers' options (one list of
:class:`~aiesim_py.compiler.passes.layer_parallelism.LayerParallelism` per layer, sorted by
preference), its grid-packing repair and its cheap estimate.

Joint search (objective ``"interval"``): the layers share the 2D grid, so the search looks
for the smallest interval ``T`` for which giving every layer its fewest tiles with stage
<= ``T`` fits the grid (total tiles and the placement), by bisection over the candidate
stage values; then, within ``tolerance`` (relative) of that interval, the ``T`` that uses
the fewest tiles. Every layer thus gets just enough tiles to keep up with the slowest
one (a balanced pipeline), never more.

Split out of :mod:`aiesim_py.compiler.passes.parallelize` (which re-exports every name here
and builds the options this module searches).
"""
from __future__ import annotations

from typing import Callable

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.layer_parallelism import LayerParallelism
from aiesim_py.compiler.passes.plio_groups import plio_slice_cycles


def _pick(opts: list[LayerParallelism], target: int) -> LayerParallelism | None:
    """The preferred choice with stage <= target (``opts`` sorted by :func:`_preference`)."""
    for o in opts:
        if o.stage_cycles <= target:
            return o
    return None


def _fits(pars: list[LayerParallelism], capacity: int, fits: Callable | None) -> bool:
    if sum(p.tiles for p in pars) > capacity:
        return False
    return fits is None or fits(pars)


def _estimate(options, plans, batch: int, device: Device, capacity: int, tolerance: float,
              fits: Callable | None = None) -> int | None:
    """Interval (cycles) of the joint search over ``options`` (one PLIO each way) with the
    tile count and the rectangle packing as the only checks (no memory tiles, no routing:
    cheap); None when no choice packs. With ``fits`` (the search's place-and-route check)
    the same search realised: the interval of the choice that places and routes, None when
    none does. Used to compare weight placements (``weights.stream_to_fit``)."""
    from aiesim_py.compiler.passes.place import pack_rectangles

    def packs(pars):
        return pack_rectangles(pars, device) is not None

    check = packs if fits is None else fits
    k0, n_last = plans[0].weight.shape[0], plans[-1].weight.shape[1]
    floor = max([plio_slice_cycles(k0, batch, device, plans[0].a_bits // 8),
                 plio_slice_cycles(n_last, batch, device, plans[-1].out_bits // 8)]
                + [min(o.stage_cycles for o in opts) for opts in options])
    choice = _search(options, floor, capacity, check, tolerance, device, ESTIMATE_REPACK_INTERVALS)
    if not _fits(choice, capacity, check):
        choice = _fewest_placed(options, capacity, check, device)
        if choice is None:
            return None
    return max([floor] + [o.stage_cycles for o in choice])


#: packed candidates :func:`_realised` lets the search place and route per option lists
REALISE_TRIALS = 1


def _realised(options, fits: Callable, plans, batch: int, device: Device, capacity: int,
              tolerance: float) -> int | None:
    """:func:`_estimate` with the place-and-route check ``fits``, cut after
    :data:`REALISE_TRIALS` packed candidates (later ones count as not fitting; a count, so
    the result does not depend on the machine): the interval (cycles) the search reaches
    with placement and routing when it gets there within those trials, else None. Used by
    ``weights.stream_to_fit`` to check the best-estimated weight placements."""
    from aiesim_py.compiler.passes.place import pack_rectangles
    asked: dict = {}

    def capped(pars):
        key = tuple(pars)
        if key not in asked:
            if pack_rectangles(pars, device) is not None:
                if sum(1 for v in asked.values() if v is not None) >= REALISE_TRIALS:
                    return False
                asked[key] = fits(pars)
            else:
                asked[key] = None       # refused without planning
        return bool(asked[key])

    return _estimate(options, plans, batch, device, capacity, tolerance, fits=capped)


#: routed trials of :func:`_fewest_placed` per call (each may plan and route a design)
REPACK_TRIALS = 2
#: options per layer :func:`_fewest_placed` swaps in (in preference order, fewest tiles first)
REPACK_OPTIONS = 24


def _fewest_placed(options, capacity: int, fits, device: Device) -> list[LayerParallelism] | None:
    """Every layer its fewest tiles (``opts[0]``) when that places (``fits``); else, when
    its rectangles do not pack, the nearest choices that do: the base choices
    are the fewest-tile one and the "stacking" one (every layer its fewest tiles among the
    rectangles whose cas_num divides the compute rows, so that they stack in the columns),
    each also with one layer's rectangle swapped for another of its first
    :data:`REPACK_OPTIONS` options. Those whose rectangles pack
    (``place.pack_rectangles``, cheap) are ranked by total tiles, then the interval (the
    largest stage), then the base, later layer and preference order; at most
    :data:`REPACK_TRIALS` of them are placed and routed. None when none fits.

    Example (VE2802, batch 32, ``mlp:256-2048-2048-2048-256``): the fewest tiles per layer
    2x8, 16x8, 16x8, 8x2 (288) leave four free columns, too narrow for 8x2; 4x7 for the
    last layer packs (300 tiles)."""
    fewest = [opts[0] for opts in options]
    if _fits(fewest, capacity, fits):
        return fewest
    from aiesim_py.compiler.passes.place import pack_rectangles
    if fits is None or pack_rectangles(fewest, device) is not None:
        return None         # it packs but does not place or route: other rectangles rarely help
    rows = device.grid.compute_rows
    stacked = [next((o for o in opts if rows % o.cas_num == 0), opts[0]) for opts in options]
    bases = [fewest] + ([stacked] if stacked != fewest else [])
    trials = []
    for b, base in enumerate(bases):
        total = sum(p.tiles for p in base)
        if b > 0 and total <= capacity and pack_rectangles(base, device) is not None:
            trials.append(((total, max(p.stage_cycles for p in base), b, 0, 0), base))
        for i, opts in enumerate(options):
            for j, o in enumerate(opts[:REPACK_OPTIONS]):
                tiles = total - base[i].tiles + o.tiles
                if tiles > capacity or (o.cas_length, o.cas_num) == (base[i].cas_length, base[i].cas_num):
                    continue
                trial = base[:i] + [o] + base[i + 1:]
                if pack_rectangles(trial, device) is not None:
                    trials.append(((tiles, max(p.stage_cycles for p in trial), b, -i, j), trial))
    for _key, trial in sorted(trials, key=lambda t: t[0])[:REPACK_TRIALS]:
        if _fits(trial, capacity, fits):
            return trial
    return None


#: interval values at which :func:`_search` tries :func:`_fewest_placed` when the choice
#: fits the tile count but its rectangles do not pack. More than one: the options of a slightly
#: larger interval may hold the rectangles that pack (VE2802, batch 32, 256-1216x6-256 with
#: the store-slot SRS and cascade moves: at 3608 cycles only 9x6 per hidden layer, which does not
#: pack; at 3716 the stacking 7x8; with one repack interval the search climbed to 11x4 at 4328).
#: Each try costs cheap packing checks; only packed candidates are placed and routed
#: (:data:`REPACK_TRIALS` per try, ``place_route.MAX_ROUTED_CANDIDATES`` in all)
REPACK_INTERVALS = 8
#: the same for :func:`_estimate` (the weight-placement comparison): one, so that the
#: realised check's :data:`REALISE_TRIALS` are not spent on repacked candidates of higher
#: intervals (with 8 the estimate of ``mlp:256-2048x4-256`` at batch 32 streamed two layers
#: where three realise 11 % shorter)
ESTIMATE_REPACK_INTERVALS = 1


def _search(options, floor: int, capacity: int, fits, tolerance: float,
            device: Device | None = None, repack_intervals: int = REPACK_INTERVALS) -> list[LayerParallelism]:
    """The joint interval search (module docstring) over per-layer ``options`` from ``floor``;
    with ``device``, at the first ``repack_intervals`` intervals ``T`` whose choice has
    few enough tiles but does not pack, :func:`_fewest_placed` among the options with
    stage <= ``T`` (so the interval holds)."""
    cands = sorted({o.stage_cycles for opts in options for o in opts if o.stage_cycles >= floor} | {floor})
    choice = [_pick(opts, cands[-1]) for opts in options]     # every layer its fewest tiles

    def at(t):
        return [_pick(opts, t) for opts in options]

    # bisection on the tile count (non-increasing in T), then upwards until it places
    lo, hi = 0, len(cands) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(p.tiles for p in at(cands[mid])) <= capacity:
            hi = mid
        else:
            lo = mid + 1
    from aiesim_py.compiler.passes.place import pack_rectangles
    best_t = None
    repacks = repack_intervals if device is not None and fits is not None else 0
    for t in cands[lo:]:
        pars = at(t)
        if _fits(pars, capacity, fits):
            best_t, choice = t, pars
            break
        if repacks and sum(p.tiles for p in pars) <= capacity and pack_rectangles(pars, device) is None:
            repacks -= 1
            alt = _fewest_placed([[o for o in opts if o.stage_cycles <= t] for opts in options],
                                 capacity, fits, device)
            if alt is not None:
                best_t, choice = t, alt
                break
    if best_t is None:
        return choice
    limit = best_t * (1 + tolerance)
    for t in cands:
        if best_t < t <= limit:
            pars = at(t)
            if sum(p.tiles for p in pars) < sum(p.tiles for p in choice) and _fits(pars, capacity, fits):
                choice = pars
    return choice
