"""The ``aiesim`` command: compile, run, simulate, demo, explore.

Errors a user can cause print one line ``error: ...`` and exit 2; ``--debug`` (or
``AIESIM_DEBUG=1``) shows the traceback. With ``--json`` the last line is one JSON object.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import numpy as np
import typer
from rich.console import Console
from rich.table import Table

from aiesim_py.errors import AieSimError, InputDataError
from aiesim_py.files import atomic_write

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Compile quantized models to AMD AIE-ML firmware, run them bit-exactly, time them.")
console = Console()
_state = {"debug": os.environ.get("AIESIM_DEBUG") == "1"}


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")):
    _state["debug"] = _state["debug"] or debug


def _emit(report: dict, as_json: bool, title: str) -> None:
    if as_json:
        print(json.dumps(report, default=float))
        return
    table = Table(title=title, show_header=False)
    for k, v in report.items():
        table.add_row(k, f"{v:.4g}" if isinstance(v, float) else "n/a" if v is None else str(v))
    console.print(table)


def _timing_report(r, detail: bool = False) -> dict:
    report = {"latency_cycles": r.latency_cycles, "latency_ns": r.latency_ns,
              "interval_cycles": r.interval_cycles, "interval_ns": r.interval_ns,
              "throughput_gops": r.throughput_gops, "tiles_used": r.tiles_used,
              "memtiles_used": r.memtiles_used, "iterations": r.iterations,
              "plios_in": sum(c.kind == "plio_in" for c in r.channels),
              "plios_out": sum(c.kind == "plio_out" for c in r.channels)}
    out_bytes = sum(c.bytes for c in r.channels if c.kind == "plio_out")
    if r.iterations and r.interval_ns:
        # what a hand-built kernel graph (no MAC count: throughput_gops means nothing there) moves out per second
        report["output_mb_per_s"] = out_bytes / r.iterations / r.interval_ns * 1e3
    if not r.macs_per_iteration:
        report["throughput_gops"] = None   # no useful-op count for this design (e.g. DSPLib-style kernel graphs)
    if detail:      # per-kernel busy / stall cycles and per-DMA-channel use (TimingResult.to_dict)
        full = r.to_dict()
        report["kernels"] = full["kernels"]
        report["channels"] = full["channels"]
        for ch in report["channels"]:   # share of the run (first input to end) the channel moved data
            ch["utilization"] = ch["busy_cycles"] / r.end_cycles if r.end_cycles else 0.0
    return report


def _print_detail(report: dict) -> None:
    """Per-tile busy/stall and per-DMA-channel tables of a detailed timing report (rich)."""
    kt = Table(title="compute tiles: cycles busy and stalled waiting for input, output space, cascade")
    for col in ("kernel", "tile", "role", "calls", "busy", "in", "out", "cascade", "util"):
        kt.add_column(col, justify="left" if col in ("kernel", "role") else "right",
                      overflow="fold", min_width=len(col))
    for k in report["kernels"]:
        kt.add_row(k["name"], "({},{})".format(*k["tile"]), k["role"], str(k["calls"]), str(k["busy_cycles"]),
                   str(k["stall_input_cycles"]), str(k["stall_output_cycles"]), str(k["stall_cascade_cycles"]),
                   f"{k['utilization']:.1%}")
    console.print(kt)
    ct = Table(title="DMA channels and PLIOs: cycles busy and waiting for data, for space")
    for col in ("channel", "kind", "location", "BDs", "bytes", "busy", "data", "space", "util"):
        ct.add_column(col, justify="left" if col in ("channel", "kind", "location") else "right",
                      overflow="fold", min_width=len(col))
    for c in report["channels"]:
        ct.add_row(c["name"], c["kind"], c["location"], str(c["transfers"]), str(c["bytes"]), str(c["busy_cycles"]),
                   str(c["wait_data_cycles"]), str(c["wait_space_cycles"]), f"{c['utilization']:.1%}")
    console.print(ct)


@app.command("compile")
def compile_cmd(
    model: str = typer.Argument(..., help="hls4ml .fml file, QONNX .onnx file or topology spec 'mlp:16-64-32-32-8'"),
    output: Path = typer.Option(..., "-o", "--output", help="Project directory to write"),
    device: str = typer.Option("ve2802", "--device"),
    batch: int = typer.Option(8, "--batch", help="Samples per graph iteration (multiple of 4)"),
    parallelism: Optional[str] = typer.Option(None, "--parallelism",
                                              help="cas_lengthxcas_num per dense layer, e.g. 1x4,4x2; every K "
                                                   "slice must hold input features; a layer after the first "
                                                   "may read more K slices than one memory tile serves through "
                                                   "a memory-tile relay (tile-resident weights only)"),
    objective: str = typer.Option("interval", "--objective",
                                  help="What the parallelism search minimises: interval, latency or tiles"),
    microtile: str = typer.Option("auto", "--microtile",
                                  help="aie::mmul shape per dense layer: auto (cost-picked among the device's "
                                       "native shapes), firmware, all, MxKxN (e.g. 8x8x8) or one entry per layer"),
    tolerance: float = typer.Option(0.1, "--tolerance",
                                    help="Interval slack (relative, >= 0) the search accepts to save tiles"),
    plio_width: Optional[int] = typer.Option(None, "--plio-width",
                                             help="Widest PLIO width in bits (one of the device's allowed widths)"),
    placement: str = typer.Option("auto", "--placement", help="Layer packing: auto, row_first, column_first or spread (streamed layers under their memory tiles)"),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Also draw the placement to this PNG"),
    weights: str = typer.Option("auto", "--weights",
                                help="Weight placement per dense layer: auto (resident when it fits; streamed "
                                     "from memory tiles when a layer, or the whole model, does not fit the "
                                     "tiles, and further while that shortens the interval), tile, memtile, or "
                                     "one entry per layer"),
    inter_layer: str = typer.Option("memtile", "--inter-layer",
                                    help="Inter-layer edges: memtile (every edge through a memory tile), auto "
                                         "(kernel to kernel, no memory tile, where the producer has cas_num 1, "
                                         "the consumer cas_length 1, same microtile layout, tile weights, not "
                                         "bf16; the timing model picks, never worse than memtile) or direct "
                                         "(every edge kernel to kernel; an error naming the edge when one "
                                         "cannot be)"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Compile MODEL and write a Vitis AIE project (with design.json) to DIR."""
    import aiesim_py as aie
    cm = aie.compile(model, device=device, batch=batch, parallelism=parallelism, objective=objective,
                     microtile=microtile, tolerance=tolerance, plio_width_bits=plio_width, placement=placement,
                     weights=weights, inter_layer=inter_layer)
    project = cm.write_firmware(output)
    d = cm.design
    if plot is not None:
        from aiesim_py.explore.plots import plot_placement
        plot_placement(d, plot)
    _emit({"design": d.name, "device": d.device, "batch": d.batch,
           "parallelism": d.metadata.get("parallelism"), "microtiles": d.metadata.get("microtiles"),
           "weights": d.metadata.get("weights"), "tiles_used": d.tiles_used,
           "memtiles_used": d.memtiles_used, "plios_in": sum(p.direction == "in" for p in d.plios),
           "plios_out": sum(p.direction == "out" for p in d.plios),
           "placement": d.metadata.get("placement_used"),
           "candidates_refused": len(d.metadata.get("route_rejected", [])),
           "compile_seconds": d.metadata.get("compile_seconds"), "output_dir": str(project)}, as_json, "compiled")


def _load_npy(path: Path) -> np.ndarray:
    if not path.is_file():
        raise InputDataError(f"{path}: no such file; give a .npy array of shape (samples, features)")
    try:
        return np.load(path, allow_pickle=False)
    except (ValueError, OSError) as exc:
        raise InputDataError(f"{path}: not a readable .npy array ({exc})") from None


def _save_npy_atomic(path: Path, arr: np.ndarray) -> None:
    def write(tmp: Path) -> None:
        with open(tmp, "wb") as fh:      # a file object: np.save would append ".npy" to a name
            np.save(fh, arr, allow_pickle=False)
    try:
        atomic_write(path, write)
    except OSError as exc:
        raise InputDataError(f"{path}: cannot write the output ({exc}); choose a writable --output") from None


def _load_project(project: Path):
    """``aiesim compile`` project (design.json) or aie4ml project (aie_pipeline.json): the
    kind is told by its files (``api.load``); import warnings print as ``warning: ...``."""
    import warnings

    import aiesim_py as aie
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cm = aie.load(project)
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    return cm


@app.command("run")
def run_cmd(
    project: Path = typer.Argument(..., help="Project directory written by 'aiesim compile' or by aie4ml"),
    input: Path = typer.Option(..., "--input", help=".npy of shape (samples, features)"),
    output: Path = typer.Option(..., "--output", help=".npy to write"),
    floats: bool = typer.Option(False, "--float", help="Input is float: quantize it and return floats"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Run the compiled design bit-exactly: integers in, integers out (or --float)."""
    cm = _load_project(project)
    x = _load_npy(input)
    if floats:
        y = cm.predict(x)
    else:
        if not np.issubdtype(x.dtype, np.integer):
            raise InputDataError(f"{input}: dtype {x.dtype} is not integer; pass --float to quantize floats")
        y = cm.run(x)
    _save_npy_atomic(output, y)
    _emit({"samples": int(y.shape[0]), "output": str(output), "shape": list(y.shape)}, as_json, "run")


@app.command("simulate")
def simulate_cmd(
    project: Path = typer.Argument(..., help="Project directory written by 'aiesim compile' or by aie4ml"),
    iterations: int = typer.Option(16, "--iterations", min=2),
    trace: Optional[Path] = typer.Option(None, "--trace",
                                         help="Write a trace here: VCD if the name ends in .vcd, "
                                              "else Chrome/Perfetto JSON (1 us = 1 cycle)"),
    calibration: Optional[Path] = typer.Option(None, "--calibration",
                                               help="Timing parameters fitted by 'aiesim calibrate' (JSON)"),
    detail: bool = typer.Option(False, "--detail",
                                help="Also print per-tile busy/stall cycles and per-DMA-channel utilisation "
                                     "(always in --json)"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Predict latency, interval and throughput with the timing model."""
    cm = _load_project(project)
    result = cm.simulate(iterations=iterations, trace=trace is not None, calibration=calibration)
    report = _timing_report(result, detail=as_json or detail)
    if trace is not None:
        from aiesim_py.sim.timing import write_trace
        try:
            write_trace(result, trace)
        except OSError as exc:
            raise InputDataError(f"{trace}: cannot write the trace ({exc})") from None
        report["trace"] = str(trace)
    if detail and not as_json:
        _print_detail(report)
        report = {k: v for k, v in report.items() if k not in ("kernels", "channels")}
    _emit(report, as_json, "timing")


@app.command("demo")
def demo_cmd(
    as_json: bool = typer.Option(False, "--json"),
    output_dir: Path = typer.Option(Path("out/digits_mlp_firmware"), "--output-dir",
                                    help="Where to write the firmware project"),
):
    """Digits MLP: compile, run bit-exactly against hls4ml, time, write firmware."""
    from aiesim_py.demo import run_demo
    report = run_demo(firmware_dir=output_dir)
    _emit(report, as_json, "aiesim_py demo: digits MLP on VE2802")


def _write_parquet_atomic(df, path: Path) -> None:
    try:
        atomic_write(path, lambda tmp: df.to_parquet(tmp, index=False))
    except OSError as exc:
        raise InputDataError(f"{path}: cannot write the results ({exc})") from None


@app.command("explore")
def explore_cmd(
    model: str = typer.Argument(..., help="hls4ml .fml file, QONNX .onnx file or topology spec 'mlp:16-64-32-32-8'"),
    space: Path = typer.Option(..., "--space", help="YAML space: parallelism, layer_parallelism, batch, objective, "
                                                    "device, microtile, tolerance, plio_width_bits, placement lists"),
    output: Path = typer.Option(..., "-o", "--output", help="Results .parquet (Pareto rows go to <stem>.pareto.parquet)"),
    iterations: int = typer.Option(16, "--iterations", min=2, help="Timing-simulation iterations per point"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Address of a running Dask scheduler (tcp://HOST:PORT); "
                                                 "default: a LocalCluster on this machine"),
    workers: int = typer.Option(2, "--workers", min=1, help="Worker processes of the LocalCluster"),
    serial: bool = typer.Option(False, "--serial", help="Evaluate the points in this process, without Dask"),
    points_per_task: Optional[int] = typer.Option(None, "--points-per-task", min=1,
                                                  help="Points per Dask task (default: 1, up to 8 for large sweeps)"),
    point_timeout: float = typer.Option(60.0, "--point-timeout", min=0,
                                        help="Seconds one point may take; a point still running then is recorded "
                                             "as infeasible with reason 'timeout' (0: no limit)"),
    plots: Optional[Path] = typer.Option(None, "--plots", help="Directory for the PNG plots "
                                                               "(default: <stem>_plots beside the results)"),
    no_plots: bool = typer.Option(False, "--no-plots", help="Do not draw the plots"),
    plot_point: Optional[int] = typer.Option(None, "--plot-point",
                                             help="Results row whose placement, utilisation and timeline to draw "
                                                  "(default: the Pareto point with the best per-sample interval)"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Sweep a design space: compile and time every point (on Dask unless --serial), write
    the results and the Pareto front, draw the plots. An interrupted sweep resumes from
    <output>.checkpoint.jsonl when run again."""
    import time

    from aiesim_py.explore.space import load_space
    from aiesim_py.explore.sweep import explore
    t0 = time.perf_counter()
    sp = load_space(space)
    if serial and scheduler is not None:
        raise InputDataError("--serial and --scheduler exclude each other; give one")
    checkpoint = output.with_name(f"{output.name}.checkpoint.jsonl")
    df = explore(model, sp, iterations=iterations, scheduler=None if serial else (scheduler or "local"),
                 workers=workers, checkpoint=checkpoint, progress=not as_json, points_per_task=points_per_task,
                 point_timeout=point_timeout or None)
    front = df[df["pareto"]].reset_index(drop=True)
    pareto_path = output.with_name(f"{output.stem}.pareto.parquet")
    _write_parquet_atomic(df, output)
    _write_parquet_atomic(front, pareto_path)
    checkpoint.unlink(missing_ok=True)
    if not no_plots:
        from aiesim_py.explore.plots import write_plots
        write_plots(model, df, plots if plots is not None else output.with_name(f"{output.stem}_plots"),
                    point=plot_point, iterations=iterations)
    seconds = time.perf_counter() - t0
    if not as_json:
        table = Table(title=f"Pareto front ({len(front)} of {int(df['feasible'].sum())} feasible, {len(df)} points)")
        cols = ["parallelism", "batch", "objective", "parallelism_chosen", "latency_ns", "interval_per_sample_ns",
                "throughput_gops", "tiles"]
        for c in cols:
            table.add_column(c)
        for _, r in front.iterrows():
            table.add_row(*[f"{r[c]:.4g}" if isinstance(r[c], float) else str(r[c]) for c in cols])
        console.print(table)
    _emit({"points": len(df), "feasible": int(df["feasible"].sum()), "pareto": len(front),
           "seconds": seconds, "results": str(output)},
          as_json, "explore")


@app.command("validate")
def validate_cmd(
    project: Path = typer.Argument(..., help="Project directory written by 'aiesim compile'"),
    sim_output: Path = typer.Option(..., "--sim-output",
                                    help="aiesimulator_output / x86simulator_output folder (or the folder holding it)"),
    calibration: Optional[Path] = typer.Option(None, "--calibration", help="Predict with these fitted parameters"),
    input_start_ns: float = typer.Option(0.0, "--input-start-ns",
                                         help="Input start time for a latency read from time stamps alone"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Check a simulator run: output values bit-exact, timing against the model. Exit 1 on a mismatch."""
    from aiesim_py.api import validate
    report = validate(project, sim_output, calibration=calibration, input_start_ns=input_start_ns)
    if as_json:
        print(json.dumps(report.to_dict(), default=float))
    else:
        table = Table(title=f"values: {report.design} vs {report.sim_output}")
        for c in ("PLIO", "iterations", "values", "mismatches"):
            table.add_column(c)
        for v in report.values:
            table.add_row(v["plio"], f"{v['iterations']} of {v['iterations_expected']}", str(v["elements"]),
                          str(v["mismatches"]))
        console.print(table)
        msg = report.first_mismatch_message()
        if msg:
            print(f"MISMATCH {msg}")
        if report.timing:
            t = Table(title="timing (cycles; error = predicted - measured)")
            for c in ("quantity", "measured", "predicted", "error", "error %"):
                t.add_column(c)
            rows = [(k, report.timing[k]) for k in ("latency_cycles", "interval_cycles", "output_transfer_cycles")
                    if k in report.timing]
            plios = report.timing.get("plios", [])
            if len(plios) > 1:
                rows += [(f"{q['plio']} {what}", q[what]) for q in plios for what in ("latency_cycles", "interval_cycles")]
            rows += [(f"{k['name']} cycles/call", k["cycles_per_call"]) for k in report.timing["kernels"]]
            for name, r in rows:
                t.add_row(name, *("-" if r[f] is None else (f"{r[f]:.4g}" if isinstance(r[f], float) else str(r[f]))
                                  for f in ("measured", "predicted", "error", "error_pct")))
            console.print(t)
        for note in report.notes:
            print(f"note: {note}")
        console.print("values match" if report.ok else "values DO NOT match")
    if not report.ok:
        raise SystemExit(1)         # exit 1: a verdict, not an error (errors exit 2)


@app.command("calibrate")
def calibrate_cmd(
    runs: list[str] = typer.Argument(..., help="validate --json results, PROJECT:SIM_OUTPUT pairs, or projects "
                                               "holding aiesimulator_output/"),
    output: Path = typer.Option(..., "-o", "--output", help="Calibration JSON to write"),
    params: Optional[str] = typer.Option(None, "--params",
                                         help="Comma list of parameters to fit (default: lock_wakeup_cycles,"
                                              "dma_bd_setup_cycles,kernel_first_call_extra_cycles)"),
    cross_validate: bool = typer.Option(True, "--cross-validate/--no-cross-validate",
                                        help="Report the leave-one-out error across runs"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Fit the timing model's free parameters to validated simulator runs."""
    from aiesim_py.api import calibrate
    free = [p.strip() for p in params.split(",") if p.strip()] if params else None
    cal = calibrate(runs, output=output, params=free, cross_validate=cross_validate)
    cv = cal.cross_validation or {}
    report = {"output": str(output), "runs": len(cal.runs), **{k: cal.params[k] for k in cal.fitted},
              "cost_before": cal.fit["cost_before"], "cost_after": cal.fit["cost_after"],
              "mean_abs_latency_error_pct": cal.fit["mean_abs_latency_error_pct"],
              "mean_abs_interval_error_pct": cal.fit["mean_abs_interval_error_pct"],
              "heldout_mean_abs_latency_error_pct": cv.get("mean_abs_latency_error_pct"),
              "heldout_mean_abs_interval_error_pct": cv.get("mean_abs_interval_error_pct"),
              "simulations": cal.fit["simulations"]}
    _emit(report, as_json, "calibration")


def main(argv=None) -> int:
    """Console-script entry point."""
    try:
        app(args=argv, standalone_mode=False)
    except AieSimError as exc:
        if _state["debug"]:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (typer.Exit, SystemExit) as exc:
        return getattr(exc, "exit_code", None) or getattr(exc, "code", 0) or 0
    except Exception as exc:
        # usage errors of typer's bundled click: they know how to show themselves
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            return exc.exit_code
        if type(exc).__name__ == "Abort":
            return 1
        if _state["debug"]:
            raise
        print(f"error: internal error {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
              file=sys.stderr)
        return 3
    return 0


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
