"""What a direct inter-layer edge (:mod:`.direct`) does to latency and interval, for the
parallelism search with ``inter_layer="auto"``.

Two parts:

* an analytic estimate (:func:`estimate_latency`) that generates a candidate: the first-
  iteration latency of a parallelism as the sum of its layers' call latencies and its edges'
  hand-offs, every number from the timing model's own parameters
  (the device file's ``[timing]`` table and stream rates that
  ``sim.timing.params.TimingParams`` copies: DMA rate, BD setup, lock acquire / wake-up, hop
  latency, cascade hop; the kernel cost model for the calls) and no fitted
  constant. A memory-tile edge is two DMA legs (producer tile MM2S -> memory tile, memory
  tile MM2S -> consumer tile: wake-up + setup + route + bytes / rate each) and a lock
  hand-off; a direct edge read in place is one lock hand-off; a direct edge copied by the
  producer tile's DMA is one DMA leg and a hand-off. The one number that is not the timing
  model's: the stream switches a leg traverses before placement, :data:`NOMINAL_HOPS`
  (its own switch and the neighbour's; placement is not known here).
  :func:`latency_choice` minimises that estimate over the layers' options (a dynamic program
  over consecutive layers: the edge cost depends on both sides).

* the choice between candidates (:func:`pick`): each candidate parallelism is placed,
  planned and routed (the search's feasibility check) with its direct edges and with every
  edge on a memory tile, and simulated by the timing model itself
  (``aiesim_py.sim.timing.simulate``, the same cost model the reported figures come from,
  passed in by the api layer: ``compile_model(judge=...)``); the best by the objective wins, ties to the memory-tile design. The candidates
  include the design ``inter_layer="memtile"`` would give, so "auto" is never worse than it
  by the timing model. This is also how the interval side effect of a direct edge is seen: the
  producer can run at most two calls ahead of its consumers (one ping-pong buffer shared by
  both), which the per-layer stage cycles of the search do not show (``mlp:16-64-32-32-8``
  1x2,4x1,2x1,1x1: 77.9 cycles memory tile, 80.3 direct, 16 iterations).
"""
from __future__ import annotations

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.direct import edge_problem
from aiesim_py.compiler.passes.layer_parallelism import LayerParallelism
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.errors import SimulationError

#: stream switches one DMA leg traverses in the estimate (before placement): the source's own
#: switch and one neighbour (a memory tile sits directly below compute row 0; a direct copy
#: goes to a neighbouring column). A nominal count, not fitted; the choice itself is made
#: with the placed design in the timing model (:func:`pick`)
NOMINAL_HOPS = 2
#: consumer chains that can read a producer's buffer in place: the producer's east, north and
#: south neighbours (aieml-facts.md 2.1; compiler passes/direct.py ``shares_memory``)
MAX_IN_PLACE = 3
#: iterations the timing model runs per candidate in :func:`pick`, per objective: the latency is
#: iteration 0's; the interval is the steady state of the output beats
#: (metrics.steady_interval_cycles), which still moves by a few % between 12 and 32 iterations
#: (``mlp:64-128-64-12-64-128-64`` 1x4,2x2,1x1,1x1,1x4,2x2: direct 141.8 / 138.1 / 142.0 / 142.3 /
#: 142.5 at 12 / 16 / 24 / 32 / 48 iterations, memory tile 140.8 / 141.4 / 142.0 / 142.3 / 142.5)
PICK_ITERATIONS = {"latency": 4, "interval": 32}
#: relative difference below which two figures of the objective count as equal in :func:`pick`
#: (the other figure then decides): the interval's residual movement at PICK_ITERATIONS
PICK_TIE = 0.01


def _leg(device: Device, nbytes: int) -> float:
    """One DMA transfer of ``nbytes`` bytes after a lock hand-off (cycles): wake-up + lock acquire + BD setup + route
    latency + the bytes at the DMA / stream rate (the timing model's ``Transfer``, with the
    numbers it reads: the device file's ``[timing]`` table and stream rates, which
    ``sim.timing.params.TimingParams.from_device`` copies)."""
    t, st = device.timing, device.stream
    rate = float(min(st.dma_bytes_per_cycle, st.width_bits // 8))
    return (t.lock_wakeup_cycles + t.dma_lock_acquire_cycles + t.dma_bd_setup_cycles
            + NOMINAL_HOPS * st.hop_latency_cycles + nbytes / rate)


def _layer_latency(q: LayerQuant, batch: int, o: LayerParallelism, device: Device) -> float:
    """One call of the layer from its input to its last chain's output (cycles): the slowest kernel,
    the relay copy, and per cascade hop the hop plus one output group of the downstream
    kernel (sim/timing/tiles.py ``cascade_sync``)."""
    from aiesim_py.compiler.passes.parallelize import slice_params
    from aiesim_py.kernels.dense import dense_cycles
    from aiesim_py.kernels.dense_cost import device_core_timing
    lat = o.kernel_cycles + o.relay_cycles
    if o.cas_length > 1 and o.weights == "tile":
        last = slice_params(q, batch, o.cas_length, o.cas_num, o.cas_length - 1, o.mmul)
        lat += (o.cas_length - 1) * (device.timing.cascade_hop_cycles
                                     + dense_cycles(last, device_core_timing(device)).group_cycles)
    return lat


def edge_kind(plans: list[LayerQuant], a: LayerParallelism, b: LayerParallelism, batch: int, i: int) -> str:
    """"memtile", "in_place" (every consumer chain can share the producer's memory) or "copy"
    for the edge layer ``i`` -> ``i + 1`` with inter_layer "auto"."""
    if edge_problem([plans[i], plans[i + 1]], [a, b], batch, 0) is not None:
        return "memtile"
    return "in_place" if b.cas_num <= MAX_IN_PLACE else "copy"


def _edge_latency(pq: LayerQuant, cq: LayerQuant, a: LayerParallelism, b: LayerParallelism, batch: int,
                  device: Device, kind: str) -> float:
    """The hand-off of edge ``kind`` (:func:`edge_kind`) in cycles: a lock wake-up in place,
    one DMA leg (:func:`_leg`, bytes of the producer's output) plus a wake-up for a copy, two
    legs (producer -> memory tile, memory tile -> consumer) plus a wake-up on a memory tile."""
    wake = device.timing.lock_wakeup_cycles
    out_bytes = batch * a.n_slice * pq.out_bits // 8
    if kind == "in_place":
        return wake
    if kind == "copy":
        return _leg(device, out_bytes) + wake
    in_bytes = batch * b.k_slice * cq.a_bits // 8
    return _leg(device, out_bytes) + _leg(device, in_bytes) + wake


def estimate_latency(plans: list[LayerQuant], pars: list[LayerParallelism], batch: int, device: Device,
                     mode: str = "auto") -> float:
    """The analytic first-iteration latency (cycles, module docstring) of ``pars`` between the
    first layer's input and the last layer's output, with ``mode`` "memtile" (every edge on a
    memory tile) or "auto" (the direct edges :func:`.direct.edge_problem` allows)."""
    total = sum(_layer_latency(q, batch, o, device) for q, o in zip(plans, pars))
    for i in range(len(pars) - 1):
        kind = "memtile" if mode == "memtile" else edge_kind(plans, pars[i], pars[i + 1], batch, i)
        total += _edge_latency(plans[i], plans[i + 1], pars[i], pars[i + 1], batch, device, kind)
    return total


def latency_choice(plans: list[LayerQuant], options: list[list[LayerParallelism]], batch: int,
                   device: Device) -> list[LayerParallelism]:
    """The options (one per layer) of least :func:`estimate_latency` (cycles) with direct edges (ties:
    fewer tiles), by dynamic programming over consecutive layers. The tile count is not
    bounded here (the caller checks the grid)."""
    best = [(_layer_latency(plans[0], batch, o, device), o.tiles, (o,)) for o in options[0]]
    for i in range(1, len(plans)):
        nxt = []
        for o in options[i]:
            own = _layer_latency(plans[i], batch, o, device)
            nxt.append(min(((lat + own + _edge_latency(plans[i - 1], plans[i], path[-1], o, batch, device,
                                                       edge_kind(plans, path[-1], o, batch, i - 1)),
                             tiles + o.tiles, path + (o,)) for lat, tiles, path in best),
                           key=lambda t: (t[0], t[1])))
        best = nxt
    return list(min(best, key=lambda t: (t[0], t[1]))[2])


#: the default timing-model judge of a Design, for callers of ``compile_model`` that pass no
#: ``judge=``: ``judge(design, iterations) -> (latency cycles, interval cycles)``. The compiler
#: does not import the simulator (tests/test_layering.py: compiler and sim never import each
#: other); ``aiesim_py.api.compile`` passes its judge (``sim.timing.simulate``) explicitly, and
#: the api module also registers it here (:func:`register_judge`; importing any part of
#: ``aiesim_py`` imports the api) so that ``compile_model`` called directly behaves the same.
#: None: :func:`pick` falls back to the analytic estimate (latency) / the memory-tile design
#: (interval).
_JUDGE = None


def register_judge(judge) -> None:
    """Set the default timing-model judge (see :data:`_JUDGE`; ``compile_model(judge=...)``
    overrides it for one compile)."""
    global _JUDGE
    _JUDGE = judge


def registered_judge():
    """The default judge (:data:`_JUDGE`), or None."""
    return _JUDGE


def _score(design, objective: str, pars, plans, batch: int, device: Device, direct, judge=None) -> tuple:
    """(objective figure, other figure) of ``design`` by the timing model (``judge``; cycles:
    latency of iteration 0, steady interval); without one, the analytic latency (cycles, direct
    edges as in the design) and, for the interval, 0 for a design without direct edges and 1
    with (the memory-tile design wins).

    Raises:
        SimulationError: from the judge (e.g. the design deadlocks in the timing model).
    """
    if judge is not None:
        lat, ivl = judge(design, PICK_ITERATIONS[objective])
        lat, ivl = lat, round(ivl, 3)
        return (lat, ivl) if objective == "latency" else (ivl, lat)
    est = estimate_latency(plans, pars, batch, device, "memtile" if direct == frozenset() else "auto")
    has_direct = 0 if direct == frozenset() else 1
    return (est, has_direct) if objective == "latency" else (has_direct, est)


def pick(candidates: list[tuple], realise, objective: str,
         plans: list[LayerQuant], batch: int, device: Device, judge=None):
    """The best of ``candidates`` ((parallelism, direct edges or None for the mode's own[,
    realise of its own]) in order of preference) by the timing model: ``realise(pars, direct)``
    (or the candidate's own) places, plans and routes one (None when it does not), the figure of ``objective`` ("latency" or "interval") decides,
    (figures within :data:`PICK_TIE` of each other count as equal), then the other figure, then
    the order. ``judge``: the timing model's ``judge(design, iterations) -> (latency cycles,
    interval cycles)`` (None: the analytic fallback of :func:`_score`); a candidate whose judge
    raises SimulationError (a deadlock in the timing model) is skipped like one that does not
    realise. Returns (pars, direct, routed, scores) or None when
    none realises; ``scores``: one (parallelism name, direct edges, figures or None) per
    candidate, for the design's metadata."""
    best, scores = None, []
    for cand in candidates:
        pars, direct = cand[0], cand[1]
        routed = (cand[2] if len(cand) > 2 else realise)(pars, direct)
        name = ",".join(f"{p.cas_length}x{p.cas_num}" for p in pars)
        if routed is None:
            scores.append((name, sorted(direct) if direct is not None else None, None))
            continue
        edges = sorted(direct) if direct is not None else None
        try:
            s = _score(routed.design, objective, pars, plans, batch, device, direct, judge)
        except SimulationError:
            scores.append((name, edges, None))
            continue
        scores.append((name, edges, list(s)))
        if best is None or _better(s, best[0]):
            best = (s, pars, direct, routed)
    if best is None:
        return None
    return best[1], best[2], best[3], scores


def _better(s: tuple, t: tuple) -> bool:
    """Whether figures ``s`` beat ``t`` (objective first, :data:`PICK_TIE`; then the other;
    an exact tie keeps the earlier candidate)."""
    if abs(s[0] - t[0]) > PICK_TIE * max(abs(s[0]), abs(t[0])):
        return s[0] < t[0]
    return s[1] < t[1]
