"""Timing-simulation cost against design size and iterations.

Compiles int8 MLPs of growing size (explicit parallelism, up to 296 of the 304 tiles) and simulates each for 25, 50 and 100 iterations. Prints seconds,
tiles and the cost per tile-iteration, so linearity in tiles x iterations can be read off.
``--json`` prints one JSON line last.
"""
from __future__ import annotations

import argparse
import json
import time

import aiesim_py as aie

DESIGNS = [
    ("mlp:64-64-64", "1x1,1x1"),
    ("mlp:256-256-256-256", "4x4,4x4,4x4"),
    ("mlp:512-512-512-512-512", "6x6,6x6,6x6,6x6"),
    ("mlp:512-512-512-512-512-512-512", "6x6,6x6,6x6,6x6,6x6,6x6"),
    # 296 of the 304 compute tiles: twelve 6x4 layers in two shelves of four rows, one 2x4
    ("mlp:" + "-".join(["384"] * 13 + ["64"]), ",".join(["6x4"] * 12 + ["2x4"])),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = []
    for spec, par in DESIGNS:
        cm = aie.compile(spec, batch=32, parallelism=par)
        cm.simulate(iterations=2)          # warm-up
        for iterations in (25, 50, 100):
            t0 = time.perf_counter()
            r = cm.simulate(iterations=iterations)
            dt = time.perf_counter() - t0
            rows.append({"design": spec, "tiles": cm.tiles_used, "iterations": iterations, "seconds": dt,
                         "us_per_tile_iteration": dt / (cm.tiles_used * iterations) * 1e6,
                         "interval_cycles": r.interval_cycles})
            print(f"{spec[:34]:<34} {cm.tiles_used:>4} tiles {iterations:>4} it  {dt:7.3f} s  "
                  f"{rows[-1]['us_per_tile_iteration']:7.2f} us/tile/iteration")
    if args.json:
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
