"""Functional-run speed of a compiled model vs hls4ml's C simulation and a float32 GEMM.

All three run in this process on the same 1024 samples of the bundled digits MLP:
  (a) aiesim_py: Design.run on the quantized inputs (the compiled design's integers);
  (b) hls4ml: ModelGraph.predict after compile() (its bit-accurate C++ emulation);
  (c) numpy float32: the same layer shapes as x @ W + b with ReLU (BLAS GEMM).
Prints seconds per call (best of N, one BLAS thread) and the ratios. ``--json`` prints one JSON line last.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def best_of(fn, repeats: int) -> float:
    fn()  # warm-up (numba compile, caches)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=1024)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    import aiesim_py as aie
    from aiesim_py.compiler.frontends.hls4ml import load_fml

    work = tempfile.mkdtemp()
    with contextlib.redirect_stdout(io.StringIO()):
        hm = load_fml(ROOT / "examples/digits_mlp/digits_mlp.fml", work)
        hm.config.config["OutputDir"] = work
        hm.compile()
    x_test = np.load(ROOT / "examples/digits_mlp/digits_test.npz")["x_test"]
    x = np.resize(x_test, (args.samples, x_test.shape[1])).astype(np.float32)
    cm = aie.compile(hm, batch=8)
    xi = cm.quantize(x)
    ws = [(np.asarray(l.weights["weight"].data, np.float32), np.asarray(l.weights["bias"].data, np.float32))
          for l in hm.get_layers() if l.class_name == "Dense"]

    def gemm():
        h = x
        for i, (w, b) in enumerate(ws):
            h = h @ w + b
            if i < len(ws) - 1:
                h = np.maximum(h, 0)
        return h

    def hls():
        with contextlib.redirect_stdout(io.StringIO()):
            return hm.predict(x)

    # one BLAS thread for both GEMMs: on a 2-core machine threaded BLAS on small matrices
    # measures scheduling noise, not work
    from threadpoolctl import threadpool_limits
    with threadpool_limits(limits=1, user_api="blas"):
        t_ours = best_of(lambda: cm.run(xi), args.repeats * 10)
        t_gemm = best_of(gemm, args.repeats * 40)
    t_hls = best_of(hls, args.repeats)
    res = {"samples": args.samples, "aiesim_run_s": t_ours, "hls4ml_predict_s": t_hls, "numpy_f32_gemm_s": t_gemm,
           "speedup_vs_hls4ml": t_hls / t_ours, "throughput_vs_f32_gemm": t_gemm / t_ours}
    for k, v in res.items():
        print(f"{k:>24}: {v:.4g}" if isinstance(v, float) else f"{k:>24}: {v}")
    if args.json:
        print(json.dumps(res))


if __name__ == "__main__":
    main()
