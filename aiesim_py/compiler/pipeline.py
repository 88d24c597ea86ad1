"""The compiler pipeline: the ordered list of passes from a model to a Design.

    frontend -> fuse_relu -> quantize -> choose_parallelism -> plio_groups -> place -> build_design
    (plio_groups -> place -> build_design -> route run inside the search as its feasibility
    check, passes/place_route.py, and the accepted candidate's Design is the result;
    pack and tile-memory allocation run inside build_design per tile; build_design ends
    with the route pass, which puts every stream net on stream-switch links and ports)
"""
from __future__ import annotations

import dataclasses
import time

from aiesim_py.arch import load_device
from aiesim_py.compiler.frontends import load_model
from aiesim_py.compiler.passes.direct import INTER_LAYER_MODES, direct_mode_problem, edge_problem
from aiesim_py.compiler.passes.direct_cost import registered_judge
from aiesim_py.compiler.passes.fuse import fuse_relu
from aiesim_py.compiler.passes.parallelize import (
    DEFAULT_TOLERANCE, choose_parallelism, parse_parallelism,
)
from aiesim_py.compiler.passes.place import PLACEMENT_STRATEGIES
from aiesim_py.compiler.passes.place_route import PlaceAndRoute
from aiesim_py.compiler.passes.quantize import quantize
from aiesim_py.design import Design, direct_buffers
from aiesim_py.errors import CompileError, DeviceError, ModelError, ResourceError


def with_plio_width(dev, plio_width_bits):
    """``dev`` with its PLIO width set to ``plio_width_bits`` (None: the device file's width).

    The width is the widest any PLIO of the design may use: the search's PLIO rate, the shim
    streams per PLIO and each PLIO's width (the widest allowed one that divides its rows,
    ``plan.plio_width``) follow it.

    Raises:
        DeviceError: not one of the device's ``plio.allowed_width_bits`` (UG1076-TXT).
    """
    if plio_width_bits is None:
        return dev
    allowed = tuple(dev.plio.allowed_width_bits)
    if isinstance(plio_width_bits, bool) or plio_width_bits not in allowed:
        raise DeviceError(f"plio_width_bits {plio_width_bits!r} is not a PLIO width of {dev.name}; "
                          f"allowed: {', '.join(map(str, allowed))}")
    return dataclasses.replace(dev, plio=dataclasses.replace(dev.plio, width_bits=int(plio_width_bits)))


def _direct_or_memtile(graph, plans, batch, dev, objective, check, pars, routed, tolerance, microtiles, weights,
                       placement, judge):
    """``inter_layer="auto"`` with a searched parallelism: the candidates (the search's choice
    with its direct edges, the same with every edge on a memory tile, and the design
    ``inter_layer="memtile"`` gives: the memory-tile search's own choice, searched and realised
    with its own ``PlaceAndRoute(..., inter_layer="memtile")``, with every edge on a memory tile
    and, when it differs from the search's choice, also with its direct edges) are compared by
    the timing model (``passes.direct_cost.pick``), so that "auto" never takes a design the
    timing model finds slower by the objective than the memory-tile one. Returns (pars, routed,
    the candidates' figures for the metadata)."""
    from aiesim_py.compiler.passes.direct_cost import pick
    mcheck = PlaceAndRoute(graph, plans, batch, dev, placement, "memtile")
    try:
        mt = choose_parallelism(plans, batch, dev, None, objective, fits=mcheck, tolerance=tolerance,
                                microtile_set=microtiles, weights=weights, inter_layer="memtile")
    except ResourceError:
        mt = None
    cands = [(pars, None)]
    if mt is None or mt != pars:
        cands.append((pars, frozenset()))
    if mt is not None:
        if mt != pars:
            cands.append((mt, None))
        # the memtile-mode design itself, as inter_layer="memtile" places, plans and routes it
        cands.append((mt, frozenset(), lambda p, _direct: mcheck.realise(p)))
    got = pick(cands, check.realise, objective, plans, batch, dev, judge)
    if got is None:
        return pars, routed, None
    best_pars, _direct, best_routed, scores = got
    return best_pars, best_routed, [[n, e, s] for n, e, s in scores]


def _check_direct_mode(plans, user, dev, microtiles, weights) -> None:
    """``inter_layer="direct"``: refuse before the search what no candidate can make direct
    (``passes.direct.direct_mode_problem``), as a CompileError naming the edge, the reason and
    the fix (the search would otherwise end in a placement failure with unrelated advice)."""
    from aiesim_py.compiler.passes.microtiles import parse_microtiles
    from aiesim_py.compiler.passes.weights import parse_weights
    why = direct_mode_problem(plans, user, parse_microtiles(microtiles, plans, dev),
                              parse_weights(weights, len(plans)))
    if why is not None:
        raise CompileError(f"inter_layer 'direct': {why}")


def compile_model(model, device: str = "ve2802", batch: int = 8, parallelism=None,
                  objective: str = "interval", tolerance: float = DEFAULT_TOLERANCE,
                  microtiles="auto", precision=None, plio_width_bits: int | None = None,
                  placement: str = "auto", weights="auto", inter_layer: str = "memtile",
                  judge=None) -> Design:
    """Compile ``model`` for ``device``.

    Args:
        model: hls4ml ModelGraph, ``.fml`` path, topology spec ``"mlp:16-64-8"`` or Graph.
        device: device name (``aiesim_py.arch.available_devices()``).
        batch: samples per graph iteration (multiple of 4, the mmul M).
        parallelism: None/"auto", a spec ``"1x4,4x2"`` or a list of (cas_length, cas_num).
        objective: what the parallelism search minimises: "interval", "latency" or "tiles".
        tolerance: the interval objective takes an interval up to (1 + tolerance) x the
            best one when that saves tiles.
        microtiles: the ``microtile`` knob: "auto" (per layer, the fastest of the device's
            native aie::mmul shapes by the cost model; ties keep the default of
            ``parallelize.MMUL_SHAPES``), "firmware" (the default shape), "all" (native and
            emulated shapes), a shape "MxKxN" for every layer, or one entry per dense layer
            ("8x8x8,auto", or a list): ``parallelize.parse_microtiles``.
        plio_width_bits: widest PLIO width in bits (one of the device's
            ``plio.allowed_width_bits``); None: the device file's ``plio.width_bits``.
        placement: packing order of the layers' rectangles: "auto", "row_first" or
            "column_first" (``place.PLACEMENT_STRATEGIES``).
        precision: None (the model's fixed-point types) or "bf16" for a float PyTorch / ONNX
            model (``compiler.frontends.float_model``).
        weights: weight placement per dense layer (``passes.weights``): "auto" (streamed from
            memory tiles only when no tile-resident parallelism fits), "tile", "memtile", or
            one entry per layer ("tile,memtile").
        inter_layer: how an inter-layer edge carries activations (``passes.direct``):
            "memtile" (default: every edge through a memory-tile shared buffer), "auto" (a
            direct kernel-to-kernel buffer where the producer layer has cas_num 1, the
            consumer cas_length 1 and their microtile layouts agree; else a memory tile; with a
            searched parallelism and objective "latency" / "interval" the search scores direct
            edges and the timing model picks between the direct and the memory-tile designs,
            the design "memtile" gives always among them, ``passes.direct_cost``, so "auto" is
            never worse than "memtile" by it), or
            "direct" (every edge direct; what no candidate can make direct: bf16 layers, weights
            "memtile" next to an edge, a user parallelism without cas_num 1 -> cas_length 1 on
            an edge, microtiles whose layouts differ, raises CompileError before the search;
            a searched candidate with such an edge is refused). "auto"'s conditions for a
            direct edge: cas_num 1 -> cas_length 1, the same layout (producer mmul M x N =
            consumer M x K, same element type), tile-resident weights on both sides, not bf16.
        judge: the timing model's ``judge(design, iterations) -> (latency cycles, interval
            cycles)`` that picks between the "auto" candidates (``passes.direct_cost.pick``; a
            candidate it finds deadlocked, SimulationError, is skipped); ``aiesim_py.compile``
            passes ``sim.timing.simulate``. None: the judge registered with
            ``direct_cost.register_judge`` (the api registers the same one), else the analytic
            fallback.
    Raises:
        ModelError, UnsupportedLayerError, ResourceError, DeviceError, CompileError.
    """
    t0 = time.perf_counter()
    dev = with_plio_width(load_device(device), plio_width_bits)
    if placement not in PLACEMENT_STRATEGIES:
        raise ResourceError(f"placement {placement!r} is not a strategy; allowed: {', '.join(PLACEMENT_STRATEGIES)}")
    if not isinstance(inter_layer, str) or inter_layer not in INTER_LAYER_MODES:
        raise CompileError(f"inter_layer {inter_layer!r} is not a mode; allowed: {', '.join(INTER_LAYER_MODES)}")
    if not isinstance(batch, int) or batch < 4 or batch % 4:
        raise CompileError(f"batch {batch!r} must be a positive multiple of 4 (the mmul M of int8 4x8x8)")
    graph = load_model(model, precision)
    if not graph.dense_nodes():
        raise ModelError("the model has no Dense layer to compile")
    graph = fuse_relu(graph)
    plans = quantize(graph)
    user = parallelism if isinstance(parallelism, list) else parse_parallelism(parallelism, len(plans))
    if inter_layer == "direct":
        _check_direct_mode(plans, user, dev, microtiles, weights)
    t_search = time.perf_counter()
    # placement, plan and routing are part of the search's feasibility (passes/place_route.py)
    check = PlaceAndRoute(graph, plans, batch, dev, placement, inter_layer)
    try:
        pars = choose_parallelism(plans, batch, dev, user, objective, fits=check,
                                  tolerance=tolerance, microtile_set=microtiles, weights=weights,
                                  inter_layer=inter_layer)
    except ResourceError as exc:
        raise check.error(cause=exc) from None
    if inter_layer == "direct" and user is not None:
        for i in range(len(pars) - 1):      # the layer choices the user's parallelism left to the compiler
            why = edge_problem(plans, pars, batch, i)
            if why is not None:
                raise CompileError(f"inter_layer 'direct': the edge from layer {plans[i].name!r} to "
                                   f"{plans[i + 1].name!r} cannot be direct with parallelism "
                                   f"{','.join(f'{p.cas_length}x{p.cas_num}' for p in pars)} (microtiles "
                                   f"{','.join('x'.join(map(str, p.mmul)) for p in pars)}, weights "
                                   f"{','.join(p.weights for p in pars)}): {why}; give matching microtiles "
                                   "(--microtile) and weights 'tile', or use inter_layer 'auto'")
    routed, choice = check.result(pars, user=user is not None), None
    if inter_layer == "auto" and user is None and objective in ("latency", "interval"):
        pars, routed, choice = _direct_or_memtile(graph, plans, batch, dev, objective, check, pars, routed,
                                                  tolerance, microtiles, weights, placement,
                                                  judge if judge is not None else registered_judge())
    groups, placed, design = routed.groups, routed.placement, routed.design
    t_place = time.perf_counter()
    design.metadata["placement_used"] = routed.strategy
    design.metadata["route_rejected"] = [[p, s, why[:300]] for p, s, why in check.rejected]
    design.metadata["compile_seconds"] = time.perf_counter() - t0
    design.metadata["parallelism"] = ",".join(f"{p.cas_length}x{p.cas_num}" for p in pars)
    design.metadata["microtiles"] = ",".join("x".join(map(str, p.mmul)) for p in pars)
    design.metadata["weights"] = ",".join(p.weights for p in pars)
    design.metadata["stage_cycles"] = [p.stage_cycles for p in pars]
    design.metadata["placement_hops"] = placed.hops_total
    design.metadata["placement"] = placement
    if inter_layer != "memtile":       # (absent for the default: metadata of existing designs unchanged)
        design.metadata["inter_layer"] = inter_layer
        design.metadata["direct_edges"] = [design.kernel(b.producer).layer for b in direct_buffers(design)]
        design.metadata["direct_in_place"] = sum(len(b.shared) for b in direct_buffers(design))
        design.metadata["direct_copied"] = sum(len(b.readers) - len(b.shared) for b in direct_buffers(design))
        if choice is not None:
            design.metadata["direct_choice"] = choice
    design.metadata["plio_width_bits"] = dev.plio.width_bits
    design.metadata["plios"] = {"in": len(groups.inputs), "out": len(groups.outputs)}
    design.metadata["phase_seconds"] = {"search": t_place - t_search - sum(check.seconds.values()),
                                        "place": check.seconds["place"], "plan": check.seconds["plan"]}
    return design
