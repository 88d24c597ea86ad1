"""Design-space exploration speed: design points per second, serial and on 2 local Dask workers.

Model: the hls4ml jet tagger MLP size, ``mlp:16-64-32-32-5`` (int8); space:
``examples/spaces/jet_tagger.yaml`` (111 points: the compiler's search plus 36 per-layer
parallelisms, at batch 4, 8 and 16), timing only, 16 simulated iterations per point.

Prints, all measured in this run:
- serial points/s (one process, after a warm-up point);
- 2-worker points/s on a LocalCluster, once including the cluster's start-up and once on the
  running cluster (the steady rate a long sweep sees; default grouping of points per task and
  one point per task), and the ratio to serial;
- CPU seconds of the serial run and of the Dask workers and the scheduler/client process (on a
  machine shared with other jobs the wall-clock figures depend on their load; these do not);
- where a serial point's time goes (compile, simulate, the rest of evaluate_point, and the
  sweep's own bookkeeping: keys, DataFrame, Pareto front).
Target (issue 6): >= 20 points/s. The results of the two runs are checked equal.
``--json`` prints one JSON line last.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import time
from pathlib import Path

import pandas as pd

from aiesim_py.compiler import compile_model
from aiesim_py.compiler.frontends import load_model
from aiesim_py.explore.space import load_space, points
from aiesim_py.explore.sweep import evaluate_point, explore
from aiesim_py.sim.timing import simulate

MODEL = "mlp:16-64-32-32-5"
SPACE = Path(__file__).resolve().parents[1] / "examples" / "spaces" / "jet_tagger.yaml"
TARGET = 20.0


def breakdown(space: dict, iterations: int) -> dict:
    """Mean milliseconds per point of evaluate_point and of its compile and simulate parts,
    measured interleaved point by point (so that load from other processes hits all three alike)."""
    graph = load_model(MODEL)
    pts = points(space)
    t_eval = t_comp = t_sim = 0.0
    for p in pts:
        a = time.perf_counter()
        evaluate_point(graph, p, iterations=iterations)
        b = time.perf_counter()
        par = None if p["parallelism"] == "auto" else p["parallelism"]
        try:
            d = compile_model(graph, device=p["device"], batch=p["batch"], parallelism=par, objective=p["objective"])
        except Exception:   # noqa: BLE001 - an infeasible point costs only its compile attempt
            d = None
        c = time.perf_counter()
        if d is not None:
            simulate(d, iterations=iterations)
        e = time.perf_counter()
        t_eval += b - a
        t_comp += c - b
        t_sim += e - c
    n = len(pts)
    return {"ms_per_point_evaluate": 1e3 * t_eval / n, "ms_per_point_compile": 1e3 * t_comp / n,
            "ms_per_point_simulate": 1e3 * t_sim / n,
            "ms_per_point_evaluate_rest": 1e3 * (t_eval - t_comp - t_sim) / n}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--iterations", type=int, default=16)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from distributed import Client, LocalCluster

    load_before = os.getloadavg()[0]
    space = load_space(SPACE)
    n = len(points(space))
    evaluate_point(load_model(MODEL), points(space)[0], iterations=args.iterations)   # warm-up: imports, caches

    t0, c0 = time.perf_counter(), time.process_time()
    serial = explore(MODEL, space, iterations=args.iterations)
    t_serial, cpu_serial = time.perf_counter() - t0, time.process_time() - c0

    t0 = time.perf_counter()
    cold = explore(MODEL, space, iterations=args.iterations, scheduler="local", workers=args.workers)
    t_cold = time.perf_counter() - t0

    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    client = Client(cluster)
    try:
        explore(MODEL, {**space, "parallelism": space["parallelism"][:2], "batch": space["batch"][:1]},
                iterations=args.iterations, scheduler=client)                     # warm the workers
        w0 = sum(client.run(time.process_time).values())
        t0, c0 = time.perf_counter(), time.process_time()
        warm = explore(MODEL, space, iterations=args.iterations, scheduler=client)
        t_warm, cpu_main = time.perf_counter() - t0, time.process_time() - c0
        cpu_workers = sum(client.run(time.process_time).values()) - w0
        t0 = time.perf_counter()
        one = explore(MODEL, space, iterations=args.iterations, scheduler=client, points_per_task=1)
        t_one = time.perf_counter() - t0
    finally:
        client.close()
        cluster.close()

    key = ["parallelism", "batch", "objective", "device"]
    for df in (cold, warm, one):
        pd.testing.assert_frame_equal(serial.drop(columns="seconds").sort_values(key).reset_index(drop=True),
                                      df.drop(columns="seconds").sort_values(key).reset_index(drop=True))
    parts = breakdown(space, args.iterations)
    parts["ms_per_point_sweep_bookkeeping"] = 1e3 * (t_serial - float(serial.seconds.sum())) / n
    rep = {"points": n, "feasible": int(serial.feasible.sum()), "pareto": int(serial.pareto.sum()),
           "iterations": args.iterations, "workers": args.workers,
           "serial_seconds": t_serial, "serial_points_per_s": n / t_serial,
           "dask_cold_seconds": t_cold, "dask_cold_points_per_s": n / t_cold,
           "dask_warm_seconds": t_warm, "dask_warm_points_per_s": n / t_warm,
           "dask_warm_one_point_per_task_points_per_s": n / t_one,
           "ratio_dask_warm_vs_serial": t_serial / t_warm, "ratio_dask_cold_vs_serial": t_serial / t_cold,
           "serial_cpu_seconds": cpu_serial, "dask_warm_worker_cpu_seconds": cpu_workers,
           "dask_warm_main_cpu_seconds": cpu_main,
           "equal_to_serial": True, "target_points_per_s": TARGET, **parts}
    load = os.getloadavg()
    rep["load_average_1min_before_after"] = [load_before, load[0]]
    print(f"machine: {os.cpu_count()} CPUs, load average (1 min) {load_before:.1f} before, {load[0]:.1f} after")
    print(f"{MODEL}, {n} points ({rep['feasible']} feasible, {rep['pareto']} Pareto), "
          f"{args.iterations} iterations each, timing only")
    print(f"  serial                      {t_serial:7.2f} s  {n / t_serial:7.1f} points/s")
    print(f"  {args.workers} Dask workers (cold start)  {t_cold:7.2f} s  {n / t_cold:7.1f} points/s  "
          f"x{t_serial / t_cold:.2f} vs serial")
    print(f"  {args.workers} Dask workers (running)     {t_warm:7.2f} s  {n / t_warm:7.1f} points/s  "
          f"x{t_serial / t_warm:.2f} vs serial")
    print(f"  {args.workers} Dask workers (running, 1 point per task) {t_one:7.2f} s  {n / t_one:7.1f} points/s  "
          f"x{t_serial / t_one:.2f} vs serial")
    print(f"  CPU seconds (load-independent): serial {cpu_serial:.2f} ({n / cpu_serial:.1f} points per CPU-s); "
          f"Dask running: workers {cpu_workers:.2f} + scheduler/client process {cpu_main:.2f}")
    print(f"  per serial point: evaluate {parts['ms_per_point_evaluate']:.2f} ms = compile "
          f"{parts['ms_per_point_compile']:.2f} + simulate {parts['ms_per_point_simulate']:.2f} + rest "
          f"{parts['ms_per_point_evaluate_rest']:.2f} ms; sweep bookkeeping (keys, frame, Pareto) "
          f"{parts['ms_per_point_sweep_bookkeeping']:.2f} ms")
    best = max(n / t_serial, n / t_warm)
    print(f"  target {TARGET:.0f} points/s: {'met' if best >= TARGET else 'NOT met'} (best {best:.1f})")
    if args.json:
        print(json.dumps(rep))


if __name__ == "__main__":
    main()
