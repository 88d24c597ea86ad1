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
    v = ok[["latency_ns", "interval_per_sample_ns", "tiles"]].to_numpy(dtype=float)
    for i, on_front in zip(range(len(ok)), ok.pareto):
        dominated = ((v <= v[i]).all(axis=1) & (v < v[i]).any(axis=1)).any()
        assert on_front == (not dominated)
    assert ok.pareto.any()


def test_per_sample_columns_and_memory(sweep):
    ok = sweep[sweep.feasible]
    assert np.allclose(ok.interval_per_sample_ns, ok.interval_ns / ok.batch, rtol=1e-12)
    assert np.allclose(ok.throughput_samples_per_s, 1e9 * ok.batch / ok.interval_ns, rtol=1e-12)
    assert (ok.tile_memory_bytes > 0).all() and (ok.memtile_memory_bytes > 0).all()
    # more tiles hold more buffers; a bigger batch needs bigger memory-tile buffers
    one = ok[(ok.parallelism == "1x1,1x1,1x1,1x1") & (ok.objective == "interval")].set_index("batch")
    many = ok[(ok.parallelism == "1x4,2x2,2x2,2x1") & (ok.objective == "interval")].set_index("batch")
    assert (many.tile_memory_bytes > one.tile_memory_bytes).all()
    assert one.memtile_memory_bytes[8] > one.memtile_memory_bytes[4]
    bad = sweep[~sweep.feasible]
    assert (bad.tile_memory_bytes == -1).all() and bad.interval_per_sample_ns.isna().all()


def test_front_is_per_sample_not_per_iteration():
    # per iteration, batch 4 has the smaller interval; per sample batch 8 wins: the front
    # must keep a batch-8 point that the per-iteration interval would have dropped
    df = explore(MODEL, {"parallelism": ["1x4,2x2,2x2,2x1"], "batch": [4, 8]}, iterations=8)
    b4, b8 = df.set_index("batch").loc[4], df.set_index("batch").loc[8]
    assert b4.interval_ns <= b8.interval_ns and b8.interval_per_sample_ns < b4.interval_per_sample_ns
    assert b8.pareto


def test_internal_error_is_recorded(monkeypatch):
    import aiesim_py.explore.sweep as sweep_mod
    real = sweep_mod.compile_model

    def flaky(model, **kw):
        if kw["batch"] == 8:
            raise ValueError("boom\nsecond line")
        return real(model, **kw)

    monkeypatch.setattr(sweep_mod, "compile_model", flaky)
    df = explore(MODEL, {"parallelism": ["1x1,1x1,1x1,1x1"], "batch": [4, 8]}, iterations=4)
    assert df.feasible.tolist() == [True, False]
    assert df.reason[1] == "internal error ValueError: boom"


def _interrupt_after(monkeypatch, n):
    """Make sweep.evaluate_point raise KeyboardInterrupt on call n+1; returns the call log."""
    import aiesim_py.explore.sweep as sweep_mod
    real, calls = sweep_mod.evaluate_point, []

    def wrapped(model, point, **kw):
        calls.append(dict(point))
        if n is not None and len(calls) > n:
            raise KeyboardInterrupt
        return real(model, point, **kw)

    monkeypatch.setattr(sweep_mod, "evaluate_point", wrapped)
    return calls


def test_interrupted_sweep_resumes(tmp_path, monkeypatch):
    space = {"parallelism": ["1x1,1x1,1x1,1x1", "1x4,2x2,2x2,2x1", BAD], "batch": [4, 8]}
    ckpt = tmp_path / "r.checkpoint.jsonl"
    calls = _interrupt_after(monkeypatch, 4)
    with pytest.raises(KeyboardInterrupt):
        explore(MODEL, space, iterations=4, checkpoint=ckpt)
    assert len(ckpt.read_text().splitlines()) == 4
    with ckpt.open("a") as fh:           # a line torn by the interruption
        fh.write('{"v": 1, "key": "abc", "row": {"parallel')
    monkeypatch.undo()
    calls = _interrupt_after(monkeypatch, None)
    resumed = explore(MODEL, space, iterations=4, checkpoint=ckpt)
    assert len(calls) == 2               # only the two points not yet in the checkpoint
    fresh = explore(MODEL, space, iterations=4)
    pd.testing.assert_frame_equal(resumed.drop(columns="seconds"), fresh.drop(columns="seconds"))
    # another setting (iterations) is another run: nothing is reused
    calls.clear()
    explore(MODEL, space, iterations=5, checkpoint=ckpt)
    assert len(calls) == 6


def test_pareto_by_hand():
    df = pd.DataFrame({
        "latency_ns":  [100.0, 90.0, 100.0, 80.0, 80.0, np.nan, 10.0, 120.0],
        "interval_per_sample_ns": [50.0,  60.0, 50.0,  70.0, 70.0, np.nan, 10.0, 40.0],
        "tiles":       [10,    10,   12,    20,   20,   -1,     1,    30],
        "feasible":    [True,  True, True,  True, True, False,  False, True],
    })
    got = pareto(df)["pareto"].tolist()
    # 0,1,3,4,7 trade off; 2 is dominated by 0 (same latency/interval, more tiles); 3 and 4 tie
    # (both kept); 5 and 6 are infeasible (6 would dominate everything if it counted)
    assert got == [True, True, False, True, True, False, False, True]
    assert "pareto" not in df.columns  # a copy, the input is untouched


def test_layer_parallelism_expands():
    sp = validate_space({"layer_parallelism": [["1x1", "1X2"], ["2x2"], ["1x1", "2x1", "1x4"]], "batch": [4, 8]})
    assert sp["parallelism"] == ["1x1,2x2,1x1", "1x1,2x2,2x1", "1x1,2x2,1x4",
                                 "1x2,2x2,1x1", "1x2,2x2,2x1", "1x2,2x2,1x4"]
    assert len(points(sp)) == 12
    sp = validate_space({"parallelism": ["auto"], "layer_parallelism": [["1x1"], ["1x1"]]})
    assert sp["parallelism"] == ["auto", "1x1,1x1"]


def test_example_space_has_100_points():
    from pathlib import Path
    sp = load_space(Path(__file__).resolve().parents[1] / "examples" / "spaces" / "jet_tagger.yaml")
    assert len(points(sp)) >= 100


def test_space_defaults_and_points():
    sp = validate_space({"batch": 8, "parallelism": ["auto", None, "1x1"]})
    assert sp == {"parallelism": ["auto", "1x1"], "batch": [8], "objective": ["interval"], "device": ["ve2802"],
                  "microtile": ["auto"], "tolerance": [0.1], "plio_width_bits": ["auto"], "placement": ["auto"],
                  "weights": ["auto"]}
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
    ("layer_parallelism: [[1x1], [2by2]]\n", ["key 'layer_parallelism'", "entry 1", "2by2"]),
    ("layer_parallelism: [[1x1], []]\n", ["key 'layer_parallelism'", "entry 1", "empty"]),
    ("layer_parallelism: 1x1\n", ["key 'layer_parallelism'", "one list"]),
    ("microtile: [8x8]\n", ["key 'microtile'", "auto, firmware, all", "MxKxN"]),
    ("microtile: [auto, 4]\n", ["key 'microtile'", "strings"]),
    ("tolerance: [-0.5]\n", ["key 'tolerance'", ">= 0"]),
    ("tolerance: [fast]\n", ["key 'tolerance'", "numbers"]),
    ("plio_width_bits: [96]\n", ["key 'plio_width_bits'", "ve2802: 32, 64, 128"]),
    ("plio_width_bits: [wide]\n", ["key 'plio_width_bits'", "auto or PLIO widths"]),
    ("placement: [diagonal]\n", ["key 'placement'", "auto, row_first, column_first"]),
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
    assert main(["explore", MODEL, "--space", str(f), "-o", str(out), "--iterations", "4", "--json",
                 "--serial"]) == 0
    rep = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert set(rep) == {"points", "feasible", "pareto", "seconds", "results"}
    assert rep["points"] == 12 and rep["feasible"] == 6 and rep["results"] == str(out)
    df = pd.read_parquet(out)
    front = pd.read_parquet(out.parent / "results.pareto.parquet")
    assert len(df) == 12 and int(df.feasible.sum()) == 6 and len(front) == rep["pareto"] >= 1
    assert front.pareto.all() and front.feasible.all()
    assert df[df.batch == 6].reason.str.contains("multiple of 4").all()
    # no checkpoint or temp file left; the plots beside the results by default
    assert sorted(p.name for p in out.parent.iterdir()) == ["results.pareto.parquet", "results.parquet",
                                                            "results_plots"]
    pngs = sorted(p.name for p in (out.parent / "results_plots").iterdir())
    assert pngs == ["pareto.png", "placement.png", "timeline.png", "utilisation.png"]
    for p in (out.parent / "results_plots").iterdir():
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_explore_no_plots_and_exclusive_options(tmp_path, capsys):
    f = tmp_path / "space.yaml"
    f.write_text("parallelism: ['1x1,1x1,1x1,1x1']\nbatch: [4]\n")
    out = tmp_path / "r.parquet"
    assert main(["explore", MODEL, "--space", str(f), "-o", str(out), "--serial", "--scheduler", "tcp://x:1"]) == 2
    assert "--serial and --scheduler" in capsys.readouterr().err
    plots = tmp_path / "figs"
    assert main(["explore", MODEL, "--space", str(f), "-o", str(out), "--serial", "--iterations", "4",
                 "--plots", str(plots), "--plot-point", "0"]) == 0
    assert sorted(p.name for p in plots.iterdir()) == ["pareto.png", "placement.png", "timeline.png",
                                                       "utilisation.png"]
    assert main(["explore", MODEL, "--space", str(f), "-o", str(tmp_path / "q.parquet"), "--serial",
                 "--iterations", "4", "--no-plots"]) == 0
    assert not (tmp_path / "q_plots").exists() and (tmp_path / "q.parquet").is_file()


def test_compiler_knobs_sweep():
    """microtile, tolerance, plio_width_bits and placement reach the compiler: each changes
    what it should, and a microtile the type pair lacks is an infeasible row with the reason."""
    space = {"parallelism": ["auto"], "device": ["ve2802", "ve3858"], "microtile": ["auto", "4x8x8", "3x3x3"],
             "plio_width_bits": ["auto", 32], "placement": ["auto", "column_first"], "tolerance": [0.0]}
    df = explore(MODEL, space, iterations=4)
    assert len(df) == 2 * 3 * 2 * 2
    assert set(df.columns) >= {"microtile", "tolerance", "plio_width_bits", "placement", "microtiles_chosen"}
    bad = df[df.microtile == "3x3x3"]
    assert (~bad.feasible).all() and bad.reason.str.contains("microtile 3x3x3").all()
    ok = df[df.microtile != "3x3x3"]
    assert ok.feasible.all() and (ok.tolerance == 0.0).all()
    pinned = ok[ok.microtile == "4x8x8"]
    assert (pinned.microtiles_chosen == "4x8x8,4x8x8,4x8x8,4x8x8").all()
    auto = ok[ok.microtile == "auto"].set_index(["device", "plio_width_bits", "placement"]).microtiles_chosen
    assert auto.loc["ve3858"].str.contains("8x8x8").all()      # AIE-MLv2's doubled int8 rate is used
    assert (auto.loc["ve2802"] == "4x8x8,4x8x8,4x8x8,4x8x8").all()
    # a 32-bit PLIO moves a quarter of a 128-bit one per PL cycle: the latency grows
    lat = ok.set_index(["device", "microtile", "placement", "plio_width_bits"]).latency_ns
    for key in [("ve2802", "auto", "auto"), ("ve3858", "4x8x8", "column_first")]:
        assert lat.loc[key + ("32",)] > lat.loc[key + ("auto",)]
