"""Design-space exploration: compile and time every point of a space, mark the Pareto front.

Each point is evaluated by :func:`evaluate_point`, a pure function of ``(model, point)``
(no shared state, deterministic), so a sweep can be distributed point by point. A point
that does not compile or deadlocks in the timing model is recorded as infeasible with the
error message; it never stops the sweep.
"""
from __future__ import annotations

import hashlib
import json
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
METRICS = ["parallelism_chosen", "microtiles_chosen", "weights_chosen", "latency_ns", "interval_ns", "interval_per_sample_ns", "throughput_gops",
           "throughput_samples_per_s", "tiles", "memtiles", "tile_memory_bytes", "memtile_memory_bytes",
           "feasible", "reason", "seconds"]
#: the Pareto front is taken per sample: ``interval_ns`` is per graph iteration (one batch),
#: so comparing it across batch sizes would make the smallest batch look fastest
PARETO_OBJECTIVES = ("latency_ns", "interval_per_sample_ns", "tiles")
_FLOAT_METRICS = ("latency_ns", "interval_ns", "interval_per_sample_ns", "throughput_gops",
                  "throughput_samples_per_s")
_INT_METRICS = ("tiles", "memtiles", "tile_memory_bytes", "memtile_memory_bytes")


def _infeasible(reason: str = "", **chosen) -> dict:
    """The metrics of a point that did not compile or simulate: NaN / -1, ``feasible=False``,
    ``reason``; ``chosen``: the ``*_chosen`` columns already known."""
    return dict(parallelism_chosen=chosen.get("parallelism_chosen"), microtiles_chosen=chosen.get("microtiles_chosen"),
                weights_chosen=chosen.get("weights_chosen"), **{m: np.nan for m in _FLOAT_METRICS},
                **{m: -1 for m in _INT_METRICS}, feasible=False, reason=reason)


def compile_point(model, point: dict):
    """Compile ``model`` at one point of a space (a row of :func:`explore`'s results or a
    point dict; missing knobs take their defaults). Deterministic: the same point gives the
    same Design. Raises what :func:`~aiesim_py.compiler.compile_model` raises."""
    row = {knob: point.get(knob, default[0]) for knob, (_, _, default) in KNOBS.items()}
    par, plio = row["parallelism"], row["plio_width_bits"]
    return compile_model(model, device=row["device"], batch=int(row["batch"]),
                         parallelism=None if par == "auto" else par, objective=row["objective"],
                         microtiles=row["microtile"], tolerance=row["tolerance"],
                         plio_width_bits=None if plio == "auto" else int(plio), placement=row["placement"],
                         weights=row["weights"])


def evaluate_point(model, point: dict, iterations: int = 16, functional: bool = False) -> dict:
    """Compile and time one point.

    Args:
        model: anything :func:`aiesim_py.compiler.compile_model` takes (best: a loaded Graph).
        point: ``{"parallelism", "batch", "objective", "device", "microtile", "tolerance",
            "plio_width_bits", "placement", "weights"}`` (missing knobs take the defaults of
            :data:`aiesim_py.explore.space.KNOBS`).
        iterations: timing-simulation iterations.
        functional: also run 16 samples of deterministic int inputs (seed 0) through the
            bit-exact runner and record a digest of the outputs (``outputs_sha``): every
            feasible point of one model must give the same digest.
    Returns:
        One row: the knobs, the metrics of :data:`METRICS` and, with ``functional``,
        ``outputs_sha``. Units: ``latency_ns`` first input beat to first output beat of
        iteration 0; ``interval_ns`` steady-state time between iterations (one iteration =
        ``batch`` samples); ``interval_per_sample_ns = interval_ns / batch``;
        ``throughput_samples_per_s = 1e9 * batch / interval_ns``; ``throughput_gops`` useful
        ops per second; ``tile_memory_bytes`` data memory allocated on the compute tiles,
        ``memtile_memory_bytes`` the memory-tile shared buffers (ping-pong included; with
        streamed weights also their read-only weight buffers); ``weights_chosen`` the weight
        placement per dense layer ("tile" or "memtile", comma separated).
        An infeasible point has NaN / -1 metrics, ``feasible=False`` and the first line of
        the error as ``reason``; an error that is not an AieSimError (a bug) is recorded
        too, as ``"internal error <type>: <message>"``: a point never stops a sweep.
    """
    t0 = time.perf_counter()
    row = dict(point)
    for knob, (_, _, default) in KNOBS.items():
        row.setdefault(knob, default[0])
    row.update(_infeasible())
    if functional:
        row["outputs_sha"] = None
    try:
        design = compile_point(model, row)
        row["parallelism_chosen"] = design.metadata.get("parallelism")
        row["microtiles_chosen"] = design.metadata.get("microtiles")
        row["weights_chosen"] = design.metadata.get("weights")
        r = simulate(design, iterations=iterations)
        row.update(latency_ns=float(r.latency_ns), interval_ns=float(r.interval_ns),
                   interval_per_sample_ns=float(r.interval_ns) / design.batch,
                   throughput_gops=float(r.throughput_gops),
                   throughput_samples_per_s=1e9 * design.batch / float(r.interval_ns),
                   tiles=int(r.tiles_used), memtiles=int(r.memtiles_used),
                   tile_memory_bytes=int(sum(m.size_bytes for k in design.kernels for m in k.memory)),
                   memtile_memory_bytes=int(sum(b.size_bytes for b in design.shared_buffers)),
                   feasible=True)
        if functional:
            t = design.input_type
            rng = np.random.default_rng(0)
            if hasattr(t, "int_min"):
                xi = rng.integers(t.int_min, t.int_max + 1, size=(16, design.input_features))
            else:                       # a float (bf16) input: bit patterns of standard-normal floats
                xi = t.from_float(rng.standard_normal((16, design.input_features)))
            y = np.ascontiguousarray(run_design(design, xi), dtype=np.int64)
            row["outputs_sha"] = hashlib.sha256(y.tobytes()).hexdigest()[:16]
    except Exception as exc:  # noqa: BLE001 - recorded, never raised: one point must not stop a sweep
        msg = str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__
        if not isinstance(exc, AieSimError):
            msg = f"internal error {type(exc).__name__}: {msg}"
        row.update(_infeasible(msg, **{k: row[k] for k in ("parallelism_chosen", "microtiles_chosen",
                                                            "weights_chosen")}))
        if functional:
            row["outputs_sha"] = None
    row["seconds"] = time.perf_counter() - t0
    return row


def explore(model, space: dict, iterations: int = 16, functional: bool = False, *,
            scheduler=None, workers: int = 2, checkpoint=None, progress: bool = False,
            points_per_task: int | None = None, point_timeout: float | None = 60.0) -> pd.DataFrame:
    """Evaluate every point of ``space`` and mark the Pareto front.

    Args:
        model: an hls4ml ModelGraph, ``.fml`` / ``.onnx`` path or topology spec ``"mlp:..."``;
            loaded once, before the sweep (and sent once to each Dask worker).
        space: ``{"parallelism": [...], "batch": [...], "objective": [...], "device": [...],
            "layer_parallelism": [[...], ...]}`` (see :mod:`aiesim_py.explore.space`;
            missing keys take their defaults), or a space already validated.
        iterations: timing-simulation iterations per point.
        functional: also digest each point's bit-exact outputs (see :func:`evaluate_point`).
        scheduler: None: serially in this process; ``"local"``: a dask.distributed
            LocalCluster of ``workers`` single-threaded processes, closed afterwards; an
            address ``"tcp://host:8786"`` or a ``distributed.Client``: that cluster. Every
            point is one task; the results equal a serial run (rows in the space's order).
        workers: worker processes of a ``"local"`` cluster.
        checkpoint: a path: finished rows are appended there as they arrive and the points
            already in it are not evaluated again (an interrupted sweep resumes). The file is
            left in place; the caller removes it once the results are safely written.
        progress: show a progress bar on stderr.
        points_per_task: points evaluated by one Dask task (default: 1 for small sweeps,
            up to 8 for large ones; see :func:`aiesim_py.explore.run.auto_points_per_task`).
        point_timeout: seconds of wall time one point may take (serially and on each Dask
            worker); a point still running then is cut off and recorded as infeasible with
            reason ``"timeout"`` (see :mod:`aiesim_py.explore.run`). None or 0: no limit.
    Returns:
        One row per point: the knobs, parallelism_chosen, latency_ns, interval_ns,
        interval_per_sample_ns, throughput_gops, throughput_samples_per_s, tiles, memtiles,
        tile_memory_bytes, memtile_memory_bytes, feasible, reason, seconds, pareto (and
        outputs_sha with ``functional``). The front is over
        :data:`PARETO_OBJECTIVES` (per-sample interval).
    Raises:
        SpaceError: a malformed space. ModelError: the model cannot be loaded.
        ClusterError: the Dask scheduler cannot be reached.
    """
    from aiesim_py.explore import run as runner
    space = validate_space(space)
    graph = load_model(model)
    pts = points(space)
    run_id = runner.graph_digest(graph) + json.dumps(
        {"iterations": iterations, "functional": functional, "columns": METRICS}, sort_keys=True)
    keys = [runner.point_key(run_id, p) for p in pts]
    ckpt = runner.Checkpoint(checkpoint) if checkpoint is not None else None
    done: dict[str, dict] = ckpt.load() if ckpt is not None else {}
    done = {k: done[k] for k in keys if k in done}
    todo = [(k, p) for k, p in zip(keys, pts) if k not in done]
    client = owned = None
    if scheduler is not None and todo:
        client, owned = runner.open_client(scheduler, workers)     # fail before any output
    bar = None

    def on_row(key: str, row: dict) -> None:
        done[key] = row
        if ckpt is not None:
            ckpt.append(key, row)
        bar.advance()

    try:
        where = "serially" if client is None else f"on {len(client.scheduler_info().get('workers', {}))} Dask workers"
        bar = runner.Progress(len(todo), progress, f"exploring {len(pts)} points {where} ({len(done)} resumed)")
        if progress and client is not None and scheduler != "local" and getattr(client, "dashboard_link", None):
            import sys
            print(f"Dask dashboard (task stream and progress on the cluster): {client.dashboard_link}",
                  file=sys.stderr)
        if client is None:
            runner.run_serial(lambda p: runner.evaluate_timed(
                lambda q: evaluate_point(graph, q, iterations=iterations, functional=functional),
                p, point_timeout, functional), todo, on_row)
        else:
            runner.run_dask(client, graph, todo, iterations, functional, on_row,
                            lambda p, reason: _failed_row(p, reason, functional), points_per_task,
                            point_timeout)
    finally:
        if bar is not None:
            bar.close()
        if client is not None:
            runner.close_client(client, owned)
        if ckpt is not None:
            ckpt.close()
    return pareto(to_frame([done[k] for k in keys], functional))


def _failed_row(point: dict, reason: str, functional: bool) -> dict:
    row = dict(point)
    row.update(_infeasible(reason), seconds=np.nan)
    if functional:
        row["outputs_sha"] = None
    return row


def to_frame(rows: list[dict], functional: bool = False) -> pd.DataFrame:
    """Rows of :func:`evaluate_point` -> a DataFrame with stable columns and dtypes."""
    cols = list(KNOBS) + METRICS + (["outputs_sha"] if functional else [])
    df = pd.DataFrame(rows, columns=cols)
    df = df.astype({"batch": "int64", "tolerance": "float64", **{c: "float64" for c in _FLOAT_METRICS},
                    **{c: "int64" for c in _INT_METRICS},
                    "feasible": "bool", "reason": "string", "seconds": "float64"})
    # plio_width_bits: "auto" or a width in bits, kept as text ("auto", "64") in one column
    df["plio_width_bits"] = df["plio_width_bits"].map(lambda v: None if v is None else str(v))
    for c in ("parallelism", "objective", "device", "microtile", "plio_width_bits", "placement",
              "weights", "parallelism_chosen", "microtiles_chosen", "weights_chosen") + (("outputs_sha",) if functional else ()):
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
