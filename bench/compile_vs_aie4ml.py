"""Compile time: aiesim_py against aie4ml 0.2.1 on the same PyTorch models, in one process.

Every model is an ``nn.Sequential`` of Linear (+ ReLU) layers with the same hls4ml config for
both compilers: input and results ``ap_fixed<8,3,AP_RND_CONV,AP_SAT>``, weights and biases
``ap_fixed<8,1>``, accumulators ``ap_fixed<32,20>`` (exact), batch 8, VE2802 (VEK280).

What each timing covers (wall time, ``time.perf_counter``; median of ``--repeat`` runs):

* ``aie4ml_compile_s``: ``aie4ml.from_hls4ml(model).write()`` on a model already converted
  with ``backend='AIE'``: aie4ml's whole pipeline (its parallelism search in its default
  ``Optimize='resource'`` mode, resolve, pack, transport, placement, memory plan,
  verification) and the project write (ADF graph, parameters, weights, kernel sources).
* ``ours_compile_s``: ``aiesim_py.compile(model)`` + ``write_firmware(dir)`` on the same model
  converted with ``backend='Vitis'``: frontend, quantize, parallelism search (default
  objective ``interval``), placement, plan, Design, and the project write (ADF graph, kernels,
  weights, PLIO data files with the functional run's golden outputs, design.json).
* ``aie4ml_total_s`` / ``ours_total_s``: the same, plus hls4ml's PyTorch conversion
  (``config_from_pytorch_model`` + ``convert_from_pytorch_model``) with each backend, from the
  torch module to a written project.

``ratio`` = aie4ml / ours (higher: aiesim_py faster). aie4ml 0.2.1 fails on non-square
PyTorch Linear layers (it reads hls4ml's un-transposed torch weights); such models are
listed with the error and timed for aiesim_py only.

    python bench/compile_vs_aie4ml.py [--repeat 3] [--models jet,square128] [--json]

``--json``: the last line is one JSON object ``{"models": [...], "median_compile_ratio": ...}``.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import statistics
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULT = "ap_fixed<8,3,AP_RND_CONV,AP_SAT>"
PARAM = "ap_fixed<8,1>"
ACCUM = "ap_fixed<32,20>"
BATCH = 8

#: name -> layer widths (in, hidden..., out); "digits" loads examples/digits_mlp/model.pt
MODELS = {
    "digits": (64, 64, 32, 10),
    "jet": (16, 64, 32, 32, 5),
    "square64": (64, 64, 64, 64),
    "square128": (128, 128, 128, 128),
    "square256": (256, 256, 256, 256),
    "square512": (512, 512, 512),
    "wide128-256-128": (128, 256, 128),
}


def build(name: str):
    import torch
    widths = MODELS[name]
    torch.manual_seed(0)
    mods = []
    for i, (a, b) in enumerate(zip(widths[:-1], widths[1:])):
        mods.append(torch.nn.Linear(a, b))
        if i < len(widths) - 2:
            mods.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*mods)
    if name == "digits":
        state = torch.load(ROOT / "examples" / "digits_mlp" / "model.pt", weights_only=True)
        model.load_state_dict(state)
    return model.eval()


def convert(model, backend: str, out: Path):
    """hls4ml PyTorch conversion with the shared precisions; returns the ModelGraph."""
    import hls4ml
    n_in = model[0].in_features
    cfg = hls4ml.utils.config_from_pytorch_model(model, input_shape=(n_in,), granularity="name",
                                                 backend=backend, default_precision=PARAM)
    for lname, layer in cfg["LayerName"].items():
        prec = layer.setdefault("Precision", {})
        for key in list(prec):
            prec[key] = RESULT if key == "result" else PARAM
        if "weight" in prec:
            prec["accum"] = ACCUM
    kw = dict(hls_config=cfg, backend=backend, output_dir=str(out), batch_size=BATCH)
    if backend == "AIE":
        kw["part"] = "xilinx_vek280_base"
    else:
        kw["io_type"] = "io_parallel"
    return hls4ml.converters.convert_from_pytorch_model(model, **kw)


@contextlib.contextmanager
def quiet():
    """hls4ml and aie4ml print progress; keep the table readable."""
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.disable(logging.WARNING)
        try:
            yield
        finally:
            logging.disable(logging.NOTSET)


def time_aie4ml(model, work: Path, repeat: int) -> dict:
    import aie4ml
    totals, compiles = [], []
    try:
        for r in range(repeat):
            t0 = time.perf_counter()
            with quiet():
                hm = convert(model, "AIE", work / f"a_total{r}")
                hm.write()
            totals.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            with quiet():
                aie4ml.from_hls4ml(hm).write()
            compiles.append(time.perf_counter() - t0)
    except Exception as exc:  # aie4ml's own failures are a result here, not a crash
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return {"error": f"{type(exc).__name__}: {msg}"[:200]}
    return {"total_s": statistics.median(totals), "compile_s": statistics.median(compiles)}


def time_ours(model, work: Path, repeat: int) -> dict:
    import aiesim_py as aie
    totals, compiles = [], []
    tiles = parallelism = None
    for r in range(repeat):
        t0 = time.perf_counter()
        with quiet():
            hm = convert(model, "Vitis", work / f"o_hls{r}")
            cm = aie.compile(hm, batch=BATCH)
            cm.write_firmware(work / f"o_total{r}")
        totals.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with quiet():
            cm = aie.compile(hm, batch=BATCH)
            cm.write_firmware(work / f"o_fw{r}")
        compiles.append(time.perf_counter() - t0)
        tiles, parallelism = cm.tiles_used, cm.design.metadata.get("parallelism")
    return {"total_s": statistics.median(totals), "compile_s": statistics.median(compiles),
            "tiles": tiles, "parallelism": parallelism}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--models", default=",".join(MODELS), help=f"comma list of {', '.join(MODELS)}")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    import aie4ml
    rows = []
    with tempfile.TemporaryDirectory(prefix="compile_vs_aie4ml_") as tmp:
        # warm-up: imports, numba compilation, hls4ml backend registration (not timed)
        with quiet():
            time_ours(build("square64"), Path(tmp) / "warm", 1)
            time_aie4ml(build("square64"), Path(tmp) / "warm", 1)
        print(f"aie4ml {aie4ml.__version__}; median of {args.repeat}; ratio = aie4ml / aiesim_py")
        print(f"{'model':<16} {'aie4ml compile s':>16} {'ours compile s':>14} {'ratio':>7} "
              f"{'aie4ml total s':>14} {'ours total s':>12} {'ratio':>7}  notes")
        for name in args.models.split(","):
            model = build(name)
            work = Path(tmp) / name
            theirs = time_aie4ml(model, work, args.repeat)
            ours = time_ours(model, work, args.repeat)
            row = {"model": name, "widths": list(MODELS[name]),
                   "aie4ml_compile_s": theirs.get("compile_s"), "aie4ml_total_s": theirs.get("total_s"),
                   "aie4ml_error": theirs.get("error"),
                   "ours_compile_s": ours["compile_s"], "ours_total_s": ours["total_s"],
                   "ours_tiles": ours["tiles"], "ours_parallelism": ours["parallelism"]}
            row["compile_ratio"] = (row["aie4ml_compile_s"] / row["ours_compile_s"]
                                    if row["aie4ml_compile_s"] else None)
            row["total_ratio"] = row["aie4ml_total_s"] / row["ours_total_s"] if row["aie4ml_total_s"] else None
            rows.append(row)

            def f(v, spec):
                return format(v, spec) if v is not None else "-".rjust(int(spec.split(".")[0]))
            print(f"{name:<16} {f(row['aie4ml_compile_s'], '16.3f')} {row['ours_compile_s']:14.3f} "
                  f"{f(row['compile_ratio'], '7.1f')} {f(row['aie4ml_total_s'], '14.3f')} "
                  f"{row['ours_total_s']:12.3f} {f(row['total_ratio'], '7.1f')}  "
                  f"{'aie4ml failed: ' + row['aie4ml_error'] if row['aie4ml_error'] else ''}")
    ratios = [r["compile_ratio"] for r in rows if r["compile_ratio"]]
    totals = [r["total_ratio"] for r in rows if r["total_ratio"]]
    summary = {"aie4ml_version": aie4ml.__version__, "repeat": args.repeat, "models": rows,
               "median_compile_ratio": statistics.median(ratios) if ratios else None,
               "min_compile_ratio": min(ratios) if ratios else None,
               "median_total_ratio": statistics.median(totals) if totals else None,
               "aie4ml_failed": [r["model"] for r in rows if r["aie4ml_error"]]}
    print(f"compile ratio: median {f2(summary['median_compile_ratio'])}, min {f2(summary['min_compile_ratio'])}; "
          f"total ratio median {f2(summary['median_total_ratio'])}; aie4ml failed on: "
          f"{', '.join(summary['aie4ml_failed']) or 'none'}")
    if args.json:
        print(json.dumps(summary))


def f2(v):
    return f"{v:.1f}x" if v is not None else "-"


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
