"""Whole-model weight streaming under ``weights="auto"``: when every layer fits its tiles on
its own but all of them together do not fit the array, pick the layers to stream from memory
tiles (:func:`stream_to_fit`: the layer that saves the most tiles for the least interval cost
first, on past the first fit while the estimated interval improves), and with placement and
routing rescore the best-estimated option lists (:func:`_rescored`).

The per-layer streamed costing and chunk sizing are in
:mod:`aiesim_py.compiler.passes.weights`; the memory-tile packing check of each streamed
choice (:func:`~aiesim_py.compiler.passes.weight_memtiles.packable`) in
:mod:`aiesim_py.compiler.passes.weight_memtiles`.

Split out of :mod:`aiesim_py.compiler.passes.weights` (which re-exports every name here).
"""
from __future__ import annotations

import functools

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.weight_memtiles import packable
from aiesim_py.errors import ResourceError

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
        modes: per-layer weight modes (:func:`~aiesim_py.compiler.passes.weights.parse_weights`); only ``"auto"`` layers change.
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
