"""Design-space exploration: the sweep, the Pareto front, the space file and `aiesim explore`."""
import json

import numpy as np
import pandas as pd
import pytest

from aiesim_py.cli import main
from aiesim_py.errors import AieSimError
from aiesim_py.explore.space import load_space, points, validate_space
from aiesim_py.explore.sweep import evaluate_point, explore, pareto

MODEL = "mlp:16-64-32-32-5"
BAD = "4x1,1x1,1x1,1x1"  # layer 0 has K=16: at most 2 tiles along its cascade
SPACE = {"parallelism": ["auto", "1x1,1x1,1x1,1x1", "1x4,2x2,2x2,2x1", BAD],
         "batch": [4, 8], "objective": ["interval", "tiles"], "device": ["ve2802"]}


@pytest.fixture(scope="module")
def sweep():
    return explore(MODEL, SPACE, iterations=8, functional=True)


def test_sweep_has_one_row_per_point(sweep):
    df = sweep
    assert len(df) == 16
    for col in ("parallelism", "batch", "objective", "device", "latency_ns", "interval_ns",
                "throughput_gops", "tiles", "memtiles", "feasible", "reason", "pareto"):
        assert col in df.columns
    assert set(map(tuple, df[["parallelism", "batch", "objective"]].to_numpy())) == {
        (p, b, o) for p in SPACE["parallelism"] for b in SPACE["batch"] for o in SPACE["objective"]}
    ok = df[df.feasible]
    assert len(ok) == 12
    assert (ok.latency_ns > 0).all() and (ok.interval_ns > 0).all() and (ok.tiles >= 4).all()
    assert (ok.reason == "").all()
    # explicit parallelism is what got compiled; tiles follow from it
    fixed = ok[ok.parallelism == "1x4,2x2,2x2,2x1"]
    assert (fixed.parallelism_chosen == "1x4,2x2,2x2,2x1").all() and (fixed.tiles == 14).all()
    # the parallelism never changes the integers the design computes
    assert ok.outputs_sha.nunique() == 1


def test_infeasible_point_is_recorded_not_raised(sweep):
    bad = sweep[sweep.parallelism == BAD]
    assert len(bad) == 4 and not bad.feasible.any() and not bad.pareto.any()
    assert bad.latency_ns.isna().all()
    for reason in bad.reason:
        assert "cas_length 4" in reason and "layer" in reason and "\n" not in reason


def test_points_are_pure_functions():
    p = {"parallelism": "1x2,2x1,1x2,1x1", "batch": 8, "objective": "interval", "device": "ve2802"}
    a, b = evaluate_point(MODEL, p, iterations=4), evaluate_point(MODEL, p, iterations=4)
    a.pop("seconds"), b.pop("seconds")
    assert a == b and a["feasible"]


def test_sweep_front_is_nondominated(sweep):
    ok = sweep[sweep.feasible]
    v = ok[["latency_ns", "interval_ns", "tiles"]].to_numpy(dtype=float)
    for i, on_front in zip(range(len(ok)), ok.pareto):
        dominated = ((v <= v[i]).all(axis=1) & (v < v[i]).any(axis=1)).any()
        assert on_front == (not dominated)
    assert ok.pareto.any()


def test_pareto_by_hand():
    df = pd.DataFrame({
        "latency_ns":  [100.0, 90.0, 100.0, 80.0, 80.0, np.nan, 10.0, 120.0],
        "interval_ns": [50.0,  60.0, 50.0,  70.0, 70.0, np.nan, 10.0, 40.0],
        "tiles":       [10,    10,   12,    20,   20,   -1,     1,    30],
        "feasible":    [True,  True, True,  True, True, False,  False, True],
    })
    got = pareto(df)["pareto"].tolist()
    # 0,1,3,4,7 trade off; 2 is dominated by 0 (same latency/interval, more tiles); 3 and 4 tie
    # (both kept); 5 and 6 are infeasible (6 would dominate everything if it counted)
    assert got == [True, True, False, True, True, False, False, True]
    assert "pareto" not in df.columns  # a copy, the input is untouched


def test_space_defaults_and_points():
    sp = validate_space({"batch": 8, "parallelism": ["auto", None, "1x1"]})
    assert sp == {"parallelism": ["auto", "1x1"], "batch": [8], "objective": ["interval"], "device": ["ve2802"]}
    assert len(points(validate_space(SPACE))) == 16


@pytest.mark.parametrize("text,needles", [
    ("parallelism: [auto]\nbatchsize: [8]\n", ["unknown key 'batchsize'", "allowed keys", "batch"]),
    ("batch: ['eight']\n", ["key 'batch'", "integers"]),
    ("batch: [8, true]\n", ["key 'batch'", "integers"]),
    ("parallelism: [1, 2]\n", ["key 'parallelism'", "strings"]),
    ("objective: [speed]\n", ["key 'objective'", "interval, latency, tiles"]),
    ("device: [vc1902]\n", ["key 'device'", "ve2802"]),
    ("batch: []\n", ["key 'batch'", "empty"]),
    ("- 1\n- 2\n", ["mapping"]),
    ("batch: [8\n", ["not valid YAML"]),
])
def test_bad_space_files(tmp_path, capsys, text, needles):
    f = tmp_path / "space.yaml"
    f.write_text(text)
    with pytest.raises(AieSimError) as exc:
        load_space(f)
    for n in needles:
        assert n in str(exc.value)
    out = tmp_path / "r.parquet"
    assert main(["explore", MODEL, "--space", str(f), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1 and needles[0] in err
    assert not out.exists() and list(tmp_path.iterdir()) == [f]


def test_cli_explore_json(tmp_path, capsys):
    f = tmp_path / "space.yaml"
    f.write_text("parallelism: [auto, '1x1,1x1,1x1,1x1', '1x4,2x2,2x2,2x1', '4x1,1x1,1x1,1x1']\n"
                 "batch: [4, 8, 6]\nobjective: [interval]\ndevice: [ve2802]\n")
    out = tmp_path / "res" / "results.parquet"
    assert main(["explore", MODEL, "--space", str(f), "-o", str(out), "--iterations", "4", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert set(rep) == {"points", "feasible", "pareto", "seconds", "results"}
    assert rep["points"] == 12 and rep["feasible"] == 6 and rep["results"] == str(out)
    df = pd.read_parquet(out)
    front = pd.read_parquet(out.parent / "results.pareto.parquet")
    assert len(df) == 12 and int(df.feasible.sum()) == 6 and len(front) == rep["pareto"] >= 1
    assert front.pareto.all() and front.feasible.all()
    assert df[df.batch == 6].reason.str.contains("multiple of 4").all()
    assert sorted(p.name for p in out.parent.iterdir()) == ["results.pareto.parquet", "results.parquet"]
