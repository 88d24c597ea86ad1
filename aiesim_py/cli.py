"""The ``aiesim`` command: compile, run, simulate, demo, explore.

Errors a user can cause print one line ``error: ...`` and exit 2; ``--debug`` (or
``AIESIM_DEBUG=1``) shows the traceback. With ``--json`` the last line is one JSON object.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Optional

import numpy as np
import typer
from rich.console import Console
from rich.table import Table

from aiesim_py.errors import AieSimError, InputDataError

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
        table.add_row(k, f"{v:.4g}" if isinstance(v, float) else str(v))
    console.print(table)


def _timing_report(r, detail: bool = False) -> dict:
    report = {"latency_cycles": r.latency_cycles, "latency_ns": r.latency_ns,
              "interval_cycles": r.interval_cycles, "interval_ns": r.interval_ns,
              "throughput_gops": r.throughput_gops, "tiles_used": r.tiles_used,
              "memtiles_used": r.memtiles_used, "iterations": r.iterations}
    if detail:      # per-kernel busy / stall cycles and per-DMA-channel use (TimingResult.to_dict)
        full = r.to_dict()
        report["kernels"] = full["kernels"]
        report["channels"] = full["channels"]
    return report


@app.command("compile")
def compile_cmd(
    model: str = typer.Argument(..., help="hls4ml .fml file, QONNX .onnx file or topology spec 'mlp:16-64-32-32-8'"),
    output: Path = typer.Option(..., "-o", "--output", help="Project directory to write"),
    device: str = typer.Option("ve2802", "--device"),
    batch: int = typer.Option(8, "--batch", help="Samples per graph iteration (multiple of 4)"),
    parallelism: Optional[str] = typer.Option(None, "--parallelism",
                                              help="cas_lengthxcas_num per dense layer, e.g. 1x4,4x2"),
    objective: str = typer.Option("interval", "--objective",
                                  help="What the parallelism search minimises: interval, latency or tiles"),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Also draw the placement to this PNG"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Compile MODEL and write a Vitis AIE project (with design.json) to DIR."""
    import aiesim_py as aie
    cm = aie.compile(model, device=device, batch=batch, parallelism=parallelism, objective=objective)
    project = cm.write_firmware(output)
    d = cm.design
    if plot is not None:
        from aiesim_py.explore.plots import plot_placement
        plot_placement(d, plot)
    _emit({"design": d.name, "device": d.device, "batch": d.batch,
           "parallelism": d.metadata.get("parallelism"), "tiles_used": d.tiles_used,
           "memtiles_used": d.memtiles_used, "compile_seconds": d.metadata.get("compile_seconds"),
           "output_dir": str(project)}, as_json, "compiled")


def _load_npy(path: Path) -> np.ndarray:
    if not path.is_file():
        raise InputDataError(f"{path}: no such file; give a .npy array of shape (samples, features)")
    try:
        return np.load(path, allow_pickle=False)
    except (ValueError, OSError) as exc:
        raise InputDataError(f"{path}: not a readable .npy array ({exc})") from None


def _save_npy_atomic(path: Path, arr: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npy")
    os.close(fd)
    try:
        np.save(tmp, arr)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@app.command("run")
def run_cmd(
    project: Path = typer.Argument(..., help="Project directory written by 'aiesim compile'"),
    input: Path = typer.Option(..., "--input", help=".npy of shape (samples, features)"),
    output: Path = typer.Option(..., "--output", help=".npy to write"),
    floats: bool = typer.Option(False, "--float", help="Input is float: quantize it and return floats"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Run the compiled design bit-exactly: integers in, integers out (or --float)."""
    import aiesim_py as aie
    cm = aie.load(project)
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
    project: Path = typer.Argument(..., help="Project directory written by 'aiesim compile'"),
    iterations: int = typer.Option(16, "--iterations", min=2),
    trace: Optional[Path] = typer.Option(None, "--trace",
                                         help="Write a Chrome/Perfetto trace (JSON; 1 us = 1 cycle) here"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Predict latency, interval and throughput with the timing model."""
    import aiesim_py as aie
    cm = aie.load(project)
    result = cm.simulate(iterations=iterations, trace=trace is not None)
    report = _timing_report(result, detail=as_json)
    if trace is not None:
        from aiesim_py.sim.timing import write_chrome_trace
        try:
            write_chrome_trace(result, trace)
        except OSError as exc:
            raise InputDataError(f"{trace}: cannot write the trace ({exc})") from None
        report["trace"] = str(trace)
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
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        raise InputDataError(f"{path}: cannot write the results ({exc})") from None
    try:
        df.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    except OSError as exc:
        raise InputDataError(f"{path}: cannot write the results ({exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@app.command("explore")
def explore_cmd(
    model: str = typer.Argument(..., help="hls4ml .fml file, QONNX .onnx file or topology spec 'mlp:16-64-32-32-8'"),
    space: Path = typer.Option(..., "--space", help="YAML space: parallelism, batch, objective, device lists"),
    output: Path = typer.Option(..., "-o", "--output", help="Results .parquet (Pareto rows go to <stem>.pareto.parquet)"),
    iterations: int = typer.Option(16, "--iterations", min=2, help="Timing-simulation iterations per point"),
    as_json: bool = typer.Option(False, "--json"),
):
    """Sweep a design space: compile and time every point, write results and the Pareto front."""
    import time

    from aiesim_py.explore.space import load_space
    from aiesim_py.explore.sweep import explore
    t0 = time.perf_counter()
    sp = load_space(space)
    df = explore(model, sp, iterations=iterations)
    front = df[df["pareto"]].reset_index(drop=True)
    pareto_path = output.with_name(f"{output.stem}.pareto.parquet")
    _write_parquet_atomic(df, output)
    _write_parquet_atomic(front, pareto_path)
    seconds = time.perf_counter() - t0
    if not as_json:
        table = Table(title=f"Pareto front ({len(front)} of {int(df['feasible'].sum())} feasible, {len(df)} points)")
        cols = ["parallelism", "batch", "objective", "parallelism_chosen", "latency_ns", "interval_ns",
                "throughput_gops", "tiles"]
        for c in cols:
            table.add_column(c)
        for _, r in front.iterrows():
            table.add_row(*[f"{r[c]:.4g}" if isinstance(r[c], float) else str(r[c]) for c in cols])
        console.print(table)
    _emit({"points": len(df), "feasible": int(df["feasible"].sum()), "pareto": len(front),
           "seconds": seconds, "results": str(output)},
          as_json, "explore")


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
