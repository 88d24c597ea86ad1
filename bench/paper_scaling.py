"""The AIE4ML paper's experiments on aiesim_py's own compiler and timing simulation.

Every figure comes from a compiled Design: ``single_kernel`` from the dense kernel cost
model (the cycles the timing simulation charges per call), ``scaling`` and ``mlp_*`` from
``sim.timing.simulate`` of the compiled design, with PLIOs, memory-tile shared buffers,
DMA channels, locks and cascades modelled. Nothing is computed from a formula that
bypasses the simulation.

    python bench/paper_scaling.py [--json] [--quick]

Keys of the JSON line (last line with --json):
    single_kernel: {"int8xint8 4x8x8 b32 k128 n128": efficiency, ...}, efficiency = MACs per
        cycle of one call / the type pair's peak MACs per cycle (device file);
    scaling: [{tiles, parallelism, efficiency, interval_cycles, plios_in, plios_out, routes}], one
        dense layer grown by cas_length x cas_num with a fixed per-tile slice; efficiency =
        achieved MACs/cycle (simulated) / (tiles x single-kernel MACs/cycle of that slice).
        The compiler gives the layer as many input PLIOs (one per group of K slices, each
        into its own memory tile) and output PLIOs (one per group of chains) as its interval
        needs. routes: the stream routes' link use (``compiler.passes.route.route_summary``:
        full links, highest share of a link's ports taken, detours, ports shared by several
        streams; every stream is routed on the device's ports per link, see route.py);
    max_tiles, efficiency_at_max_tiles;
    mlp_widths, mlp_batch, mlp_tiles, mlp_tops (simulated, at the device clock), mlp_latency_ns,
    mlp_parallelism, mlp_routes; compile_seconds_full_array (first compile of the MLP in this process),
    compile_seconds_full_array_warm (best of 3 more); simulate_seconds_mlp; emit_seconds_mlp.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiesim_py.arch import load_device  # noqa: E402
from aiesim_py.compiler import compile_model  # noqa: E402
from aiesim_py.compiler.passes.parallelize import microtiles  # noqa: E402
from aiesim_py.compiler.passes.route import route_summary  # noqa: E402
from aiesim_py.isa.timing import AIE_ML_CORE  # noqa: E402
from aiesim_py.kernels.dense import DenseParams, dense_cycles  # noqa: E402
from aiesim_py.sim.timing import simulate  # noqa: E402

DEVICE = "ve2802"
MLP_WIDTHS = [256] + [1216] * 6 + [256]
MLP_BATCH = 32
#: per-tile slice of the scaling layer (K x N per tile) and its batch
SLICE_K, SLICE_N, SLICE_BATCH = 128, 128, 32
SCALING = [(1, 1), (1, 2), (2, 2), (2, 4), (4, 4), (4, 8), (8, 8), (14, 8), (24, 8), (37, 8), (38, 8)]


def single_kernel(device) -> dict:
    out = {}
    for a, w in ((8, 8), (16, 8), (8, 16), (16, 16)):
        pair = f"int{a}xint{w}"
        try:
            peak = device.mmul_spec(pair).macs_per_cycle
        except Exception:       # a pair the device file does not list (int8 x int16): its rate
            peak = device.mmul_spec("int16xint8").macs_per_cycle
        for shape in microtiles((a, w), "all"):
            for batch, k, n in ((32, 64, 64), (32, 128, 128), (64, 128, 128)):
                if batch % shape[0] or k % shape[1] or n % shape[2]:
                    continue
                p = DenseParams(role="single", batch=batch, k=k, n=n, mmul_m=shape[0], mmul_k=shape[1],
                                mmul_n=shape[2], a_bits=a, w_bits=w, out_bits=8)
                cyc = dense_cycles(p, AIE_ML_CORE).total_cycles
                out[f"{pair} {'x'.join(map(str, shape))} b{batch} k{k} n{n}"] = round(p.macs / (cyc * peak), 4)
    return out


def scaling(iterations: int) -> list[dict]:
    p = DenseParams(role="single", batch=SLICE_BATCH, k=SLICE_K, n=SLICE_N)
    single_rate = p.macs / dense_cycles(p, AIE_ML_CORE).total_cycles      # MACs/cycle of one kernel
    rows = []
    for a, b in SCALING:
        spec = f"mlp:{a * SLICE_K}-{b * SLICE_N}"
        d = compile_model(spec, device=DEVICE, batch=SLICE_BATCH, parallelism=f"{a}x{b}")
        r = simulate(d, iterations=iterations)
        achieved = d.macs_per_iteration / r.interval_cycles
        rows.append({"tiles": d.tiles_used, "parallelism": f"{a}x{b}", "layer": spec[4:],
                     "efficiency": round(achieved / (d.tiles_used * single_rate), 4),
                     "interval_cycles": r.interval_cycles,
                     "plios_in": d.metadata["plios"]["in"], "plios_out": d.metadata["plios"]["out"],
                     "bottleneck": _bottleneck(r), "routes": route_summary(d, load_device(DEVICE))})
    return rows


def _bottleneck(r) -> str:
    """The busiest unit of the run: a kernel or a DMA channel / PLIO."""
    k = max(r.kernels, key=lambda s: s.busy_cycles / max(s.calls, 1))
    c = max(r.channels, key=lambda s: s.busy_cycles / max(s.transfers, 1))
    kc, cc = k.busy_cycles / max(k.calls, 1), c.busy_cycles / max(c.transfers, 1)
    return f"kernel {k.name} ({kc:.0f} cycles/call)" if kc >= cc else f"{c.kind} {c.name} ({cc:.0f} cycles/transfer)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--quick", action="store_true", help="fewer simulated iterations")
    args = ap.parse_args()
    its = 6 if args.quick else 16
    device = load_device(DEVICE)
    res: dict = {"device": DEVICE, "clock_hz": device.clock_hz}

    spec = "mlp:" + "-".join(map(str, MLP_WIDTHS))
    t0 = time.perf_counter()
    d = compile_model(spec, device=DEVICE, batch=MLP_BATCH)
    res["compile_seconds_full_array"] = round(time.perf_counter() - t0, 3)
    warm = []
    for _ in range(3):
        t0 = time.perf_counter()
        compile_model(spec, device=DEVICE, batch=MLP_BATCH)
        warm.append(time.perf_counter() - t0)
    res["compile_seconds_full_array_warm"] = round(min(warm), 3)
    t0 = time.perf_counter()
    r = simulate(d, iterations=its)
    res["simulate_seconds_mlp"] = round(time.perf_counter() - t0, 3)
    res.update(mlp_widths=MLP_WIDTHS, mlp_batch=MLP_BATCH, mlp_tiles=d.tiles_used,
               mlp_parallelism=d.metadata["parallelism"], mlp_tops=round(r.throughput_gops / 1000, 2),
               mlp_latency_ns=round(r.latency_ns, 1), mlp_interval_cycles=r.interval_cycles,
               mlp_bottleneck=_bottleneck(r), mlp_routes=route_summary(d, device))
    try:
        from aiesim_py.compiler.emit import write_firmware
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            write_firmware(d, Path(tmp) / "proj", iterations=1)
            res["emit_seconds_mlp"] = round(time.perf_counter() - t0, 3)
    except Exception as exc:                          # report, do not hide
        res["emit_error"] = f"{type(exc).__name__}: {exc}"

    res["single_kernel"] = single_kernel(device)
    rows = scaling(its)
    res["scaling"] = rows
    res["max_tiles"] = rows[-1]["tiles"]
    res["efficiency_at_max_tiles"] = rows[-1]["efficiency"]

    for key in ("compile_seconds_full_array", "mlp_tiles", "mlp_parallelism", "mlp_tops", "mlp_latency_ns",
                "mlp_bottleneck", "mlp_routes", "max_tiles", "efficiency_at_max_tiles"):
        print(f"{key:32s} {res[key]}")
    for row in rows:
        print(f"  scaling {row['parallelism']:>5} {row['tiles']:>4} tiles  eff {row['efficiency']:.3f}  "
              f"PLIOs {row['plios_in']} in / {row['plios_out']} out  bottleneck {row['bottleneck']}  "
              f"link use <= {row['routes']['max_link_use']:.2f}, detours {row['routes']['detours']}")
    best = {k: v for k, v in res["single_kernel"].items() if k.startswith("int8xint8")}
    print("  single kernel int8 best:", max(best.items(), key=lambda kv: kv[1]))
    if args.json:
        print(json.dumps(res))


if __name__ == "__main__":
    main()
