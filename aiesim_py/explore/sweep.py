"""Design-space exploration: compile and time every point of a space, mark the Pareto front.

Each point is evaluated by :func:`evaluate_point`, a pure function of ``(model, point)``
(no shared state, deterministic), so a sweep can be distributed point by point. A point
that does not compile or deadlocks in the timing model is recorded as infeasible with the
error message; it never stops the sweep.
"""
from __future__ import annotations

import hashlib
import time

import numpy as np
import pandas as pd

from aiesim_py.compiler import compile_model
from aiesim_py.compiler.frontends import load_model
from aiesim_py.errors import AieSimError
from aiesim_py.explore.space import KNOBS, points, validate_space
from aiesim_py.sim.functional import run_design
from aiesim_py.sim.timing import simulate

#: the columns of a sweep's DataFrame, in order (the knobs of KNOBS come first)
METRICS = ["parallelism_chosen", "latency_ns", "interval_ns", "throughput_gops", "tiles", "memtiles",
           "feasible", "reason", "seconds"]
PARETO_OBJECTIVES = ("latency_ns", "interval_ns", "tiles")


def evaluate_point(model, point: dict, iterations: int = 16, functional: bool = False) -> dict:
    """Compile and time one point.

    Args:
        model: anything :func:`aiesim_py.compiler.compile_model` takes (best: a loaded Graph).
        point: ``{"parallelism", "batch", "objective", "device"}``.
        iterations: timing-simulation iterations.
        functional: also run 16 samples of deterministic int inputs (seed 0) through the
            bit-exact runner and record a digest of the outputs (``outputs_sha``): every
            feasible point of one model must give the same digest.
    Returns:
        One row: the knobs, the metrics of :data:`METRICS` (NaN when infeasible) and, with
        ``functional``, ``outputs_sha``.
    """
    t0 = time.perf_counter()
    row = dict(point)
    row.update(parallelism_chosen=None, latency_ns=np.nan, interval_ns=np.nan, throughput_gops=np.nan,
               tiles=-1, memtiles=-1, feasible=False, reason="")
    if functional:
        row["outputs_sha"] = None
    par = point["parallelism"]
    try:
        design = compile_model(model, device=point["device"], batch=point["batch"],
                               parallelism=None if par == "auto" else par, objective=point["objective"])
        row["parallelism_chosen"] = design.metadata.get("parallelism")
        r = simulate(design, iterations=iterations)
        row.update(latency_ns=float(r.latency_ns), interval_ns=float(r.interval_ns),
                   throughput_gops=float(r.throughput_gops), tiles=int(r.tiles_used),
                   memtiles=int(r.memtiles_used), feasible=True)
        if functional:
            t = design.input_type
            xi = np.random.default_rng(0).integers(t.int_min, t.int_max + 1,
                                                   size=(16, design.input_features))
            y = np.ascontiguousarray(run_design(design, xi), dtype=np.int64)
            row["outputs_sha"] = hashlib.sha256(y.tobytes()).hexdigest()[:16]
    except AieSimError as exc:
        row.update(latency_ns=np.nan, interval_ns=np.nan, throughput_gops=np.nan, tiles=-1, memtiles=-1,
                   feasible=False, reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    row["seconds"] = time.perf_counter() - t0
    return row


def explore(model, space: dict, iterations: int = 16, functional: bool = False) -> pd.DataFrame:
    """Evaluate every point of ``space`` (serially) and mark the Pareto front.

    Args:
        model: an hls4ml ModelGraph, ``.fml`` / ``.onnx`` path or topology spec ``"mlp:..."``;
            loaded once, before the sweep.
        space: ``{"parallelism": [...], "batch": [...], "objective": [...], "device": [...]}``
            (see :mod:`aiesim_py.explore.space`; missing keys take their defaults).
        iterations: timing-simulation iterations per point.
        functional: also digest each point's bit-exact outputs (see :func:`evaluate_point`).
    Returns:
        One row per point: the knobs, parallelism_chosen, latency_ns, interval_ns,
        throughput_gops, tiles, memtiles, feasible, reason, seconds, pareto
        (and outputs_sha with ``functional``).
    Raises:
        SpaceError: a malformed space. ModelError: the model cannot be loaded.
    """
    space = validate_space(space)
    graph = load_model(model)
    rows = [evaluate_point(graph, p, iterations=iterations, functional=functional) for p in points(space)]
    return pareto(to_frame(rows, functional))


def to_frame(rows: list[dict], functional: bool = False) -> pd.DataFrame:
    """Rows of :func:`evaluate_point` -> a DataFrame with stable columns and dtypes."""
    cols = list(KNOBS) + METRICS + (["outputs_sha"] if functional else [])
    df = pd.DataFrame(rows, columns=cols)
    df = df.astype({"batch": "int64", "latency_ns": "float64", "interval_ns": "float64",
                    "throughput_gops": "float64", "tiles": "int64", "memtiles": "int64",
                    "feasible": "bool", "reason": "string", "seconds": "float64"})
    for c in ("parallelism", "objective", "device", "parallelism_chosen") + (("outputs_sha",) if functional else ()):
        df[c] = df[c].astype("string")
    return df


def pareto(df: pd.DataFrame, objectives=PARETO_OBJECTIVES) -> pd.DataFrame:
    """Return a copy of ``df`` with a bool column ``pareto``: True for feasible rows that no
    other feasible row dominates (<= on every objective, < on at least one; all minimised).
    Rows with equal objectives are all kept."""
    out = df.copy()
    mask = np.zeros(len(out), dtype=bool)
    feas = (out["feasible"].to_numpy(dtype=bool).copy() if "feasible" in out
            else np.ones(len(out), dtype=bool))
    vals = out[list(objectives)].to_numpy(dtype=float)
    feas &= ~np.isnan(vals).any(axis=1)
    idx = np.flatnonzero(feas)
    v = vals[idx]
    for j, i in enumerate(idx):
        le = (v <= v[j]).all(axis=1)
        lt = (v < v[j]).any(axis=1)
        mask[i] = not (le & lt).any()
    out["pareto"] = mask
    return out
