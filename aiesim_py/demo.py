"""The main job end to end on the bundled digits MLP (``aiesim demo`` / ``make demo``).

Loads the hls4ml model trained on scikit-learn's digits (examples/digits_mlp), compiles
it for the VE2802, runs the compiled Design on the whole test split, compares every
output integer with hls4ml's own C++ emulation (``compile()`` then ``predict()``),
predicts latency and throughput with the timing model and writes the Vitis project.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from aiesim_py.errors import AieSimError, ModelError

EXAMPLE_DIR = Path(__file__).resolve().parents[1] / "examples" / "digits_mlp"


@contextlib.contextmanager
def captured_output():
    """Send fd 1/2 (hls4ml's prints and g++) to a temp file; show it if the block fails."""
    with tempfile.TemporaryFile(mode="w+b") as tmp:
        saved = os.dup(1), os.dup(2)
        try:
            os.dup2(tmp.fileno(), 1)
            os.dup2(tmp.fileno(), 2)
            yield
        except BaseException:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            tmp.seek(0)
            os.write(2, tmp.read()[-4000:])
            raise
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def run_demo(model_path: Path | None = None, data_path: Path | None = None,
             firmware_dir: Path | None = None, batch: int = 8, iterations: int = 64) -> dict:
    """Run the demo; returns the report as a dict (see ``aiesim demo --json``).

    Raises:
        ModelError: the bundled files are missing.
    """
    from aiesim_py.api import CompiledModel
    from aiesim_py.compiler import compile_model
    from aiesim_py.compiler.frontends.hls4ml import load_fml

    model_path = Path(model_path or EXAMPLE_DIR / "digits_mlp.fml")
    data_path = Path(data_path or EXAMPLE_DIR / "digits_test.npz")
    firmware_dir = Path(firmware_dir or Path("out") / "digits_mlp_firmware")
    if not data_path.is_file():
        raise ModelError(f"{data_path}: test split not found; run examples/digits_mlp/train.py")
    data = np.load(data_path)
    x, y = data["x_test"], data["y_test"]

    work = tempfile.mkdtemp(prefix="aiesim_demo_hls4ml_")
    with captured_output():
        hls_model = load_fml(model_path, work)
        hls_model.config.config["OutputDir"] = work
    t0 = time.perf_counter()
    design = compile_model(hls_model, device="ve2802", batch=batch)
    compile_seconds = time.perf_counter() - t0
    cm = CompiledModel(design)

    xi = cm.quantize(x)
    t0 = time.perf_counter()
    yi = cm.run(xi)
    run_seconds = time.perf_counter() - t0
    frac = design.output_type.frac
    with captured_output():
        hls_model.compile()
        ref = np.asarray(hls_model.predict(np.ascontiguousarray(x, dtype=np.float32)), dtype=np.float64)
    ref_int = np.ldexp(ref.reshape(yi.shape), frac)
    if not np.all(ref_int == np.round(ref_int)):
        raise AieSimError("hls4ml's outputs are not on the output type's grid; cannot compare bit-exactly")
    mismatches = int(np.count_nonzero(ref_int.astype(np.int64) != yi))
    accuracy = float(np.mean(np.argmax(yi, axis=1) == y))
    hls_accuracy = float(np.mean(np.argmax(ref_int, axis=1) == y))

    timing = cm.simulate(iterations=iterations)
    if firmware_dir.exists() and (firmware_dir / "design.json").is_file():
        import shutil
        shutil.rmtree(firmware_dir)
    project = cm.write_firmware(firmware_dir, inputs=xi)
    return {
        "model": str(model_path),
        "device": design.device,
        "samples": int(len(y)),
        "batch": design.batch,
        "accuracy": accuracy,
        "reference": "hls4ml",
        "reference_accuracy": hls_accuracy,
        "bit_exact_mismatches": mismatches,
        "compared_elements": int(yi.size),
        "parallelism": design.metadata.get("parallelism"),
        "latency_cycles": timing.latency_cycles,
        "latency_ns": timing.latency_ns,
        "interval_cycles": timing.interval_cycles,
        "interval_ns": timing.interval_ns,
        "throughput_gops": timing.throughput_gops,
        "tiles_used": design.tiles_used,
        "memtiles_used": design.memtiles_used,
        "compile_seconds": compile_seconds,
        "functional_run_seconds": run_seconds,
        "firmware_dir": str(project),
    }
