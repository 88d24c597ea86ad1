"""Place and route as the feasibility check of the parallelism search.

The joint search (:func:`~aiesim_py.compiler.passes.parallelize.choose_parallelism`) asks
``fits(pars)`` of every candidate it is about to accept. :class:`PlaceAndRoute` answers with
the whole back end: the PLIO groups (:func:`~aiesim_py.compiler.passes.parallelize.plio_groups`),
the compute rectangles packed on the grid (:func:`~aiesim_py.compiler.passes.place.pack_rectangles`),
the memory-tile branch and bound and shim-PL columns (:func:`~aiesim_py.compiler.passes.place.place`),
the Design (:func:`~aiesim_py.compiler.passes.plan.build_design`: memory-tile channels, BDs,
locks and memory) and the deterministic stream router
(:func:`~aiesim_py.compiler.passes.route.route_design`, which refuses to share a port). A
candidate is feasible when one placement strategy gives a Design whose every stream routes;
so when the search's best candidate cannot be routed it moves on to its next candidate
(the next interval up, fewer tiles), and within a candidate from the row-first packing to
the column-first one ("auto" placement; a candidate with a streamed layer tries the
"spread" placement first, ``place._spread``).

Cost: the rectangle packing (cheap) is tried first and a candidate that does not pack is
refused without planning; a packed candidate is planned and routed once and the result is
kept, so the accepted candidate's Design is the compiler's output (nothing is redone
after the search). At most :data:`MAX_ROUTED_CANDIDATES` candidates are planned per
compile (a count, not seconds, so that the result does not depend on the machine).

Deterministic: strategies in a fixed order, candidates in the search's order.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from aiesim_py.arch.device import Device
from aiesim_py.compiler.ir import Graph
from aiesim_py.compiler.passes.direct import direct_edges
from aiesim_py.compiler.passes.parallelize import LayerParallelism, PlioGroups, plio_groups
from aiesim_py.compiler.passes.place import PLACEMENT_STRATEGIES, Placement, pack_rectangles, place
from aiesim_py.compiler.passes.plan import build_design
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.compiler.passes.route import RoutingError
from aiesim_py.design import Design
from aiesim_py.errors import ResourceError

#: packed candidates planned and routed per compile at most; later ones count as infeasible
MAX_ROUTED_CANDIDATES = 24


@dataclass(frozen=True)
class Routed:
    """A feasible candidate: its Design (routed), placement, PLIO groups and the packing
    strategy that gave it; ``rejected``: (parallelism, strategy, reason) of the candidates
    and strategies refused before it in this compile."""
    design: Design
    placement: Placement
    groups: PlioGroups
    strategy: str
    rejected: tuple[tuple[str, str, str], ...] = ()


def parallelism_name(pars: list[LayerParallelism]) -> str:
    return ",".join(f"{p.cas_length}x{p.cas_num}" for p in pars)


class PlaceAndRoute:
    """``fits(pars)`` callback of the search: whether ``pars`` places, plans and routes.

    Args:
        graph, plans, batch, device: as for :func:`~aiesim_py.compiler.passes.plan.build_design`.
        strategy: the ``placement`` knob (:data:`~aiesim_py.compiler.passes.place.PLACEMENT_STRATEGIES`);
            "auto" tries "row_first", then "column_first" (with a streamed layer "spread"
            first).
        inter_layer: the ``inter_layer`` knob (:data:`~aiesim_py.compiler.passes.direct.INTER_LAYER_MODES`):
            which inter-layer edges are direct kernel-to-kernel buffers; with "direct" a
            candidate with an edge that cannot be is refused.
    Raises:
        ResourceError: ``strategy`` is not a strategy.
    """

    def __init__(self, graph: Graph, plans: list[LayerQuant], batch: int, device: Device,
                 strategy: str = "auto", inter_layer: str = "memtile"):
        if strategy not in PLACEMENT_STRATEGIES:
            raise ResourceError(f"placement {strategy!r} is not a strategy; allowed: "
                                f"{', '.join(PLACEMENT_STRATEGIES)}")
        self.graph, self.plans, self.batch, self.device = graph, plans, batch, device
        self.auto = strategy == "auto"
        self.inter_layer = inter_layer
        self.strategies = ("row_first", "column_first") if self.auto else (strategy,)
        self._done: dict[tuple, Routed | None] = {}
        #: (parallelism, strategy, reason) of every packed candidate that did not plan or route
        self.rejected: list[tuple[str, str, str]] = []
        self._errors: list[ResourceError] = []
        self.planned = 0
        #: seconds spent placing and planning (with routing) over all candidates
        self.seconds = {"place": 0.0, "plan": 0.0}

    def __call__(self, pars: list[LayerParallelism]) -> bool:
        return self._try(list(pars)) is not None

    def realise(self, pars: list[LayerParallelism], direct: frozenset[int] | None = None) -> Routed | None:
        """:meth:`result` that returns None instead of raising; ``direct``: the direct edges to
        use (None: those of the ``inter_layer`` mode; ``frozenset()``: every edge on a memory
        tile), for the choice between direct and memory-tile designs (``passes.direct_cost``)."""
        try:
            return self.result(pars, direct=direct)
        except ResourceError:
            return None

    def _try(self, pars: list[LayerParallelism], direct_override: frozenset[int] | None = None) -> Routed | None:
        key = tuple(pars) if direct_override is None else (tuple(pars), "direct", direct_override)
        if key in self._done:
            return self._done[key]
        strategies = self.strategies
        if self.auto and any(p.weights == "memtile" for p in pars):
            strategies = ("spread",) + strategies       # streamed weights: layers under their memory tiles
        packs = [s for s in strategies if pack_rectangles(pars, self.device, s) is not None]
        result = None
        if packs and self.planned < MAX_ROUTED_CANDIDATES:
            self.planned += 1
            name = parallelism_name(pars)
            try:
                groups = plio_groups(self.plans, pars, self.batch, self.device)
                direct = (direct_edges(self.plans, pars, self.batch, self.inter_layer)
                          if direct_override is None else direct_override)
            except ResourceError as exc:
                self.rejected.append((name, "-", str(exc)))
                self._errors.append(exc)
                packs = []
            seen = set()
            # direct edges: first with the consumer chains moved next to their producer (in-place
            # reads, place.in_place_moves), then without (tile-DMA copies) when that does not plan or route
            tries = [(s, moved) for s in packs for moved in ((True, False) if direct else (False,))]
            for s, moved in tries:
                t0 = time.perf_counter()
                try:
                    placed = place(pars, self.device, groups, s, direct, in_place=moved)
                    t1 = time.perf_counter()
                    self.seconds["place"] += t1 - t0
                    if (placed.origins, placed.chain_tiles) in seen:    # both orders packed the same way
                        continue
                    seen.add((placed.origins, placed.chain_tiles))
                    design = build_design(self.graph, self.plans, pars, placed, self.device, self.batch, direct)
                    self.seconds["plan"] += time.perf_counter() - t1
                except ResourceError as exc:
                    self.rejected.append((name, s, str(exc)))
                    self._errors.append(exc)
                    continue
                result = Routed(design, placed, groups, s, tuple(self.rejected))
                break
        self._done[key] = result
        return result

    def result(self, pars: list[LayerParallelism], user: bool = False,
               direct: frozenset[int] | None = None) -> Routed:
        """The routed Design of ``pars`` (planned now if the search did not); ``direct``: as
        for :meth:`realise`.

        Raises:
            ResourceError: ``pars`` does not place, plan or route (:meth:`error`).
        """
        key = tuple(pars) if direct is None else (tuple(pars), "direct", direct)
        if key not in self._done or self._done[key] is None:
            self._done.pop(key, None)
            self.planned = min(self.planned, MAX_ROUTED_CANDIDATES - 1)    # the chosen one is always tried
            if self._try(list(pars), direct) is None:
                raise self.error(pars, user)
        return self._done[key]

    def error(self, pars: list[LayerParallelism] | None = None, user: bool = False,
              cause: ResourceError | None = None) -> ResourceError:
        """The error for a compile in which no candidate placed and routed: which candidates
        and strategies were tried, which net could not be routed where (from the router),
        and what to change. ``cause``: the search's own error, returned unchanged when no
        candidate got as far as placement (nothing packed: the search's message says why)."""
        if not self.rejected:
            if cause is not None:
                return cause
            name = parallelism_name(pars) if pars else "?"
            return ResourceError(f"parallelism {name} does not pack into the {self.device.grid.columns} x "
                                 f"{self.device.grid.compute_rows} compute grid of {self.device.name} with "
                                 f"placement {'/'.join(self.strategies)}; lower cas_length x cas_num")
        tried = list(dict.fromkeys(r[0] for r in self.rejected))
        first = next((e for e in self._errors if isinstance(e, RoutingError)), self._errors[0])
        what = ("your parallelism" if user else
                f"{len(tried)} parallelism candidate(s) of the search ({'; '.join(tried[:4])}"
                f"{'; ...' if len(tried) > 4 else ''})")
        routing = isinstance(first, RoutingError)
        hint = ("a lower cas_num / cas_length (--parallelism, or --objective tiles), another "
                "--placement, a smaller batch (fewer input PLIOs), or a device with more columns"
                if routing else "see the first failure; or lower cas_length / cas_num, or use fewer layers")
        if self.planned >= MAX_ROUTED_CANDIDATES and not user:
            hint += (f" (the search stopped after planning {MAX_ROUTED_CANDIDATES} candidates; "
                     "--parallelism tries one of your choosing)")
        return (RoutingError if routing else ResourceError)(
            f"no placement of {what} on {self.device.name} "
            f"{'routes' if routing else 'fits the memory tiles and ports'} (placement tried: {', '.join(self.strategies)}); "
            f"{'first unroutable' if routing else 'first failure'}: {first}. What to change: {hint}")
