"""validation/run.py --summary: the per-case counts are those of the result rows (hand-made rows here)."""
import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run_module():
    spec = importlib.util.spec_from_file_location("aiesim_validation_run_summary", ROOT / "validation" / "run.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _row(case, err):
    return {"case": case, "error_pct": err}


def test_summary_counts_hand_made_rows():
    rows = [_row("C10", 5.0), _row("C10", -12.0), _row("C10", None), _row("C2", 10.0), _row("C2", -1.0)]
    lines = _run_module().summary(rows).splitlines()
    # case order is C2 before C10 (numeric), then the total
    body = [ln.split() for ln in lines[2:]]
    assert [b[0] for b in body] == ["C2", "C10", "all"]
    c2, c10, total = body
    assert c2[1:4] == ["2", "2", "2"]           # |10.0| counts as within 10 %
    assert c10[1:4] == ["3", "2", "1"]          # the refused figure counts as a figure, not as predicted
    assert float(c10[4]) == 8.5                 # median of |5|, |-12|
    assert float(c10[5]) == 12.0
    assert total[1:4] == ["5", "4", "3"]


def test_summary_flag_prints_only_the_table():
    out = subprocess.run([sys.executable, str(ROOT / "validation" / "run.py"), "--summary", "--case", "C1"],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0].split() == ["figures", "predicted", "within_10pct", "median_abs_err_pct", "worst_abs_err_pct"]
    assert out[2].split()[0] == "C1" and out[-1].split()[0] == "all"
    assert not any(line.startswith("[") for line in out)   # no JSON line in --summary mode
