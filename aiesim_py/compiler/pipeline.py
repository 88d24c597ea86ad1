"""The compiler pipeline: the ordered list of passes from a model to a Design.

    frontend -> fuse_relu -> quantize -> choose_parallelism -> plio_groups -> place -> build_design
    (pack and tile-memory allocation run inside build_design per tile)
"""
from __future__ import annotations

import time

from aiesim_py.arch import load_device
from aiesim_py.compiler.frontends import load_model
from aiesim_py.compiler.passes.fuse import fuse_relu
from aiesim_py.compiler.passes.parallelize import (
    DEFAULT_TOLERANCE, choose_parallelism, parse_parallelism, plio_groups,
)
from aiesim_py.compiler.passes.place import fits, place
from aiesim_py.compiler.passes.plan import build_design
from aiesim_py.compiler.passes.quantize import quantize
from aiesim_py.design import Design
from aiesim_py.errors import CompileError, ModelError


def compile_model(model, device: str = "ve2802", batch: int = 8, parallelism=None,
                  objective: str = "interval", tolerance: float = DEFAULT_TOLERANCE,
                  microtiles: str = "firmware", precision=None) -> Design:
    """Compile ``model`` for ``device``.

    Args:
        model: hls4ml ModelGraph, ``.fml`` path, topology spec ``"mlp:16-64-8"`` or Graph.
        device: device name (``aiesim_py.arch.available_devices()``).
        batch: samples per graph iteration (multiple of 4, the mmul M).
        parallelism: None/"auto", a spec ``"1x4,4x2"`` or a list of (cas_length, cas_num).
        objective: what the parallelism search minimises: "interval", "latency" or "tiles".
        tolerance: the interval objective takes an interval up to (1 + tolerance) x the
            best one when that saves tiles.
        microtiles: "firmware" (mmul shapes the dense template emits) or "all" (every
            native and emulated aie::mmul shape; the firmware writer may refuse them).
        precision: None (the model's fixed-point types) or "bf16" for a float PyTorch / ONNX
            model (``compiler.frontends.float_model``).
    Raises:
        ModelError, UnsupportedLayerError, ResourceError, DeviceError, CompileError.
    """
    t0 = time.perf_counter()
    dev = load_device(device)
    if not isinstance(batch, int) or batch < 4 or batch % 4:
        raise CompileError(f"batch {batch!r} must be a positive multiple of 4 (the mmul M of int8 4x8x8)")
    graph = load_model(model, precision)
    if not graph.dense_nodes():
        raise ModelError("the model has no Dense layer to compile")
    graph = fuse_relu(graph)
    plans = quantize(graph)
    user = parallelism if isinstance(parallelism, list) else parse_parallelism(parallelism, len(plans))
    t_search = time.perf_counter()
    pars = choose_parallelism(plans, batch, dev, user, objective, fits=lambda ps: fits(ps, dev),
                              tolerance=tolerance, microtile_set=microtiles)
    t_place = time.perf_counter()
    groups = plio_groups(plans, pars, batch, dev)
    placement = place(pars, dev, groups)
    t_plan = time.perf_counter()
    design = build_design(graph, plans, pars, placement, dev, batch)
    design.metadata["compile_seconds"] = time.perf_counter() - t0
    design.metadata["parallelism"] = ",".join(f"{p.cas_length}x{p.cas_num}" for p in pars)
    design.metadata["microtiles"] = ",".join("x".join(map(str, p.mmul)) for p in pars)
    design.metadata["stage_cycles"] = [p.stage_cycles for p in pars]
    design.metadata["placement_hops"] = placement.hops_total
    design.metadata["plios"] = {"in": len(groups.inputs), "out": len(groups.outputs)}
    design.metadata["phase_seconds"] = {"search": t_place - t_search, "place": t_plan - t_place,
                                        "plan": time.perf_counter() - t_plan}
    return design
