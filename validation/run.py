"""Predict every measured figure of measurements.csv and compare.

    python validation/run.py                    # table, then the JSON list as the last line
    python validation/run.py --json             # the JSON list only (one line)
    python validation/run.py --case C12 --case C4   # only those cases (repeatable)

Each JSON entry: {"case", "quantity", "measured", "predicted", "error_pct"} (+ "unit",
"key", and "reason" when predicted is null: the model cannot express the case yet).
error_pct = 100 * (predicted - measured) / measured.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import cases  # noqa: E402  (validation/cases.py, next to this file)

MEASUREMENTS = HERE / "measurements.csv"


def load_measurements(path: Path = MEASUREMENTS) -> list[dict]:
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        r["measured"] = float(r["measured"])
    return rows


def measurement_rows(path: Path = MEASUREMENTS) -> list[dict]:
    """The rows of ``path``; for the default file also the held-out C7 and C8 rows, read from
    their own data files (validation/cases_c7.py / cases_c8.py ``measurements``,
    data/dsplib_matrix_mult_aieml.csv, data/dsplib_matrix_vector_mul_aieml.csv)."""
    rows = load_measurements(path)
    if path == MEASUREMENTS:
        rows += cases.cases_c7.measurements()
        rows += cases.cases_c8.measurements()
        rows += cases.cases_c9.measurements()    # C9: data/dsplib_outer_tensor_aieml.csv
        rows += cases.cases_c10.measurements()   # C10: data/dsplib_kronecker_aieml.csv
        rows += cases.cases_c11.measurements()   # C11: data/dsplib_widget_api_cast_aieml.csv
        rows += cases.cases_c12.measurements()   # C12: data/dsplib_fft_window_aieml.csv
        rows += cases.cases_c13.measurements()   # C13: data/dsplib_widget_real2complex_aieml.csv
        rows += cases.cases_c14.measurements()   # C14: data/dsplib_dft_aieml.csv
        rows += cases.cases_c15.measurements()   # C15: data/dsplib_conv_corr_aieml.csv
        rows += cases.cases_c16.measurements()   # C16: data/dsplib_cumsum_aieml.csv
        rows += cases.cases_c17.measurements()   # C17: data/dsplib_fir_sr_asym_aieml.csv
        rows += cases.cases_c18.measurements()   # C18: data/dsplib_euclidean_distance_aieml.csv
        rows += cases.cases_c19.measurements()   # C19: data/dsplib_func_approx_aieml.csv
        rows += cases.cases_c20.measurements()   # C20: data/dsplib_fft_ifft_dit_1ch_aieml.csv
        rows += cases.cases_c21.measurements()   # C21: data/dsplib_bitonic_sort_aieml.csv
        rows += cases.cases_c22.measurements()   # C22: data/dsplib_fir_decimate_asym_aieml.csv
        rows += cases.cases_c23.measurements()   # C23: data/dsplib_fir_sr_sym_aieml.csv
        rows += cases.cases_c24.measurements()   # C24: data/dsplib_dds_mixer_aieml.csv
        rows += cases.cases_c25.measurements()   # C25: data/dsplib_fir_interpolate_asym_aieml.csv
        rows += cases.cases_c26.measurements()   # C26: data/dsplib_mixed_radix_fft_aieml.csv
        rows += cases.cases_c27.measurements()   # C27: data/dsplib_fir_decimate_sym_aieml.csv
        rows += cases.cases_c28.measurements()   # C28: data/dsplib_fir_tdm_aieml.csv
        rows += cases.cases_c29.measurements()   # C29: data/dsplib_fir_decimate_hb_aieml.csv
        rows += cases.cases_c30.measurements()   # C30: data/dsplib_fir_resampler_aieml.csv
        rows += cases.cases_c31.measurements()   # C31: data/dsplib_fir_interpolate_hb_aieml.csv
        rows += cases.cases_c32.measurements()   # C32: data/aie4ml_models.csv (AIE4ML whole MLPs)
        rows += cases.cases_c34.measurements()   # C34: data/dsplib_sample_delay_aieml_40865147.csv
        rows += cases.cases_c35.measurements()   # C35: data/dsplib_dft_database_aieml_4c86f9ba.csv
        rows += cases.cases_c40.measurements()   # C40: data/solverlib_*_aieml_629b2c97.csv (SolverLib)
        rows += cases.cases_c41.measurements()   # C41: data/vitis_tutorials_channelizer_aieml_3fcf06cc.csv
    return rows


def collect(path: Path = MEASUREMENTS, only: set[str] | None = None) -> list[dict]:
    """One result dict per measured figure (see the module docstring); ``only``: the case names
    to predict (None: all)."""
    out, cache = [], {}
    for row in measurement_rows(path):
        if only is not None and row["case"] not in only:
            continue
        key = row["key"]
        if key not in cache:
            fn = cases.PREDICTORS.get(key)
            cache[key] = fn() if fn else cases.not_modelled(f"no predictor for key {key!r}")
        pred = cache[key]
        entry = {"case": row["case"], "quantity": row["quantity"], "measured": row["measured"],
                 "predicted": pred.value, "error_pct": None, "unit": row["unit"], "key": key}
        if pred.value is None:
            entry["reason"] = pred.reason
        else:
            entry["error_pct"] = round(100.0 * (pred.value - row["measured"]) / row["measured"], 2)
            known = getattr(cases, "KNOWN_OFF", {}).get(key)
            if known and abs(entry["error_pct"]) > 10.0:
                entry["known_off"] = known
        out.append(entry)
    return out


def table(results: list[dict]) -> str:
    lines = [f"{'case':4} {'quantity':70} {'measured':>10} {'predicted':>10} {'error':>8}  unit"]
    for r in results:
        q = r["quantity"] if len(r["quantity"]) <= 70 else r["quantity"][:67] + "..."
        pred = "-" if r["predicted"] is None else f"{r['predicted']:g}"
        err = "-" if r["error_pct"] is None else f"{r['error_pct']:+.1f}%"
        lines.append(f"{r['case']:4} {q:70} {r['measured']:>10g} {pred:>10} {err:>8}  {r['unit']}")
    modelled = [r for r in results if r["error_pct"] is not None]
    worst = max(modelled, key=lambda r: abs(r["error_pct"]), default=None)
    lines.append(f"{len(modelled)} of {len(results)} figures predicted"
                 + (f"; worst |error| {abs(worst['error_pct']):.1f}% ({worst['key']})" if worst else ""))
    off = [r for r in modelled if r.get("known_off")]
    if off:
        rest = [r for r in modelled if not r.get("known_off")]
        worst_rest = max(rest, key=lambda r: abs(r["error_pct"]), default=None)
        lines.append(f"{len(off)} predicted figures are outside 10 % with a stated reason (known_off: "
                     f"{', '.join(r['key'] for r in off)})"
                     + (f"; worst |error| of the other {len(rest)}: {abs(worst_rest['error_pct']):.1f}% "
                        f"({worst_rest['key']})" if worst_rest else ""))
        for reason in dict.fromkeys(r["known_off"] for r in off):
            lines.append(f"  known_off: {reason}")
    reasons = {}
    for r in results:
        if r["predicted"] is None:
            reasons.setdefault(r["reason"], []).append(r["key"])
    for reason, keys in reasons.items():
        lines.append(f"not modelled ({len(keys)}: {', '.join(sorted(set(keys)))}): {reason}")
    return "\n".join(lines)


def summary(results: list[dict]) -> str:
    """Per-case counts: figures, predicted (not refused), within 10 % (|error| <= 10 %), the median and
    worst |error| in % of the predicted ones, in case order (C1, C2, ..., C10, ...)."""
    import pandas as pd

    df = pd.DataFrame(results, columns=["case", "error_pct"])
    df["abs_err"] = df["error_pct"].abs()
    g = df.groupby("case", sort=False)
    out = pd.DataFrame({
        "figures": g.size(),
        "predicted": g["error_pct"].count(),
        "within_10pct": g["abs_err"].apply(lambda e: int((e <= 10.0).sum())),
        "median_abs_err_pct": g["abs_err"].median().round(1),
        "worst_abs_err_pct": g["abs_err"].max().round(1),
    })
    out = out.loc[sorted(out.index, key=lambda c: (len(c), c))]
    total = out[["figures", "predicted", "within_10pct"]].sum()
    out.loc["all"] = [int(total["figures"]), int(total["predicted"]), int(total["within_10pct"]),
                      round(float(df["abs_err"].median()), 1), round(float(df["abs_err"].max()), 1)]
    for col in ("figures", "predicted", "within_10pct"):
        out[col] = out[col].astype(int)
    return out.to_string(na_rep="-")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print only the JSON list")
    ap.add_argument("--summary", action="store_true",
                    help="print only the per-case counts (figures, predicted, within 10 %%, median error)")
    ap.add_argument("--case", action="append", metavar="CASE",
                    help="predict only this case (e.g. C12; repeatable); default: every case")
    args = ap.parse_args(argv)
    only = None
    if args.case:
        known = sorted({r["case"] for r in measurement_rows()}, key=lambda c: (len(c), c))
        unknown = [c for c in args.case if c not in known]
        if unknown:
            ap.error(f"unknown case {', '.join(unknown)}; the cases are {', '.join(known)}")
        only = set(args.case)
    results = collect(only=only)
    if args.summary:
        print(summary(results))
        return 0
    if not args.json:
        print(table(results))
        print(summary(results))
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
