"""aiesim calibrate: recover known perturbed timing parameters from simulator outputs
written with them, leave-one-out error, calibration files, simulate --calibration."""
import json

import pytest

import aiesim_py as aie
from aiesim_py.api import calibrate as api_calibrate
from aiesim_py.arch.device import load_device
from aiesim_py.cli import main
from aiesim_py.errors import CalibrationError
from aiesim_py.sim.timing import TimingParams, simulate
from aiesim_py.validate import calibrate, load_calibration, load_runs, validate, write_sim_output
from aiesim_py.validate.calibrate import DEFAULT_FREE, calibration_from_dict, timing_params

TRUE = {"lock_wakeup_cycles": 17, "dma_bd_setup_cycles": 7, "kernel_first_call_extra_cycles": 15}
MODELS = ("mlp:16-32-8", "mlp:32-16-16-8")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Two projects and their simulator outputs made with the TRUE parameters."""
    root = tmp_path_factory.mktemp("cal")
    p = TimingParams.from_device(load_device("ve2802"), **TRUE)
    specs = []
    for i, m in enumerate(MODELS):
        proj = aie.compile(m, device="ve2802", batch=8).write_firmware(root / f"p{i}", iterations=4)
        write_sim_output(proj, root / f"p{i}" / "aiesimulator_output", params=p)
        specs.append(str(proj))
    return specs


def test_default_parameters_do_not_fit_the_perturbed_runs(runs):
    """Guard: the runs really differ from the defaults (else recovery proves nothing)."""
    defaults = TimingParams.from_device(load_device("ve2802")).assumptions()
    assert all(defaults[k] != v for k, v in TRUE.items())
    rep = validate(runs[0], runs[0])
    assert rep.timing["latency_cycles"]["error"] != 0


def test_calibration_recovers_the_perturbed_parameters(runs, tmp_path):
    cal = calibrate(load_runs(runs))
    assert cal.fitted == list(DEFAULT_FREE)
    assert {k: cal.params[k] for k in TRUE} == TRUE
    assert cal.fit["cost_before"] > 0 and cal.fit["cost_after"] == 0.0
    assert cal.fit["mean_abs_latency_error_pct"] == 0.0
    cv = cal.cross_validation
    assert cv["method"] == "leave-one-out" and len(cv["held_out"]) == 2
    assert cv["mean_abs_latency_error_pct"] is not None
    # the fitted values reproduce every run's timing exactly
    path = cal.save(tmp_path / "cal.json")
    back = load_calibration(path)
    assert back.params == cal.params and back.device == "ve2802"
    rep = validate(runs[1], runs[1], params=timing_params("ve2802", back))
    assert rep.timing["latency_cycles"]["error"] == 0 and rep.timing["interval_cycles"]["error"] == 0
    assert all(k["cycles_per_call"]["error"] == 0 for k in rep.timing["kernels"])


def test_single_parameter_from_a_validate_json(runs, tmp_path):
    """Only the first-call overhead perturbed (the others at their defaults): fitting it alone
    from one run recovers it."""
    p = TimingParams.from_device(load_device("ve2802"), kernel_first_call_extra_cycles=23)
    write_sim_output(runs[0], tmp_path / "sim", params=p)
    rep = validate(runs[0], tmp_path / "sim")
    assert rep.timing["kernels"][0]["cycles_per_call"]["error"] != 0
    f = tmp_path / "run.json"
    f.write_text(json.dumps(rep.to_dict(), default=float))
    cal = calibrate(load_runs([str(f)]), free=["kernel_first_call_extra_cycles"])
    assert cal.params["kernel_first_call_extra_cycles"] == 23 and cal.fit["cost_after"] == 0.0
    assert cal.cross_validation is None                     # one run: nothing to hold out


def test_cli_calibrate_and_simulate_with_calibration(runs, tmp_path, capsys):
    out = tmp_path / "c.json"
    assert main(["calibrate", f"{runs[0]}:{runs[0]}/aiesimulator_output", runs[1], "-o", str(out),
                 "--params", "lock_wakeup_cycles,dma_bd_setup_cycles", "--no-cross-validate", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rep["runs"] == 2 and "lock_wakeup_cycles" in rep and "kernel_first_call_extra_cycles" not in rep
    cal = json.loads(out.read_text())
    assert cal["format"] == "aiesim_py.calibration" and cal["version"] == 1
    assert main(["simulate", runs[0], "--iterations", "4", "--calibration", str(out), "--json"]) == 0
    sim = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    design = aie.load(runs[0]).design
    expect = simulate(design, iterations=4, params=TimingParams.from_device(load_device("ve2802"), **cal["params"]))
    assert sim["latency_cycles"] == expect.latency_cycles
    assert aie.load(runs[0]).simulate(iterations=4, calibration=out).latency_cycles == expect.latency_cycles


def test_api_calibrate_writes_file(runs, tmp_path):
    cal = api_calibrate(runs[:1], output=tmp_path / "x.json", params=["lock_wakeup_cycles"], cross_validate=False)
    assert load_calibration(tmp_path / "x.json").params == cal.params


def _good():
    return {"format": "aiesim_py.calibration", "version": 1, "device": "ve2802",
            "params": {"lock_wakeup_cycles": 12}, "fitted": ["lock_wakeup_cycles"]}


@pytest.mark.parametrize("change,match", [
    ({"format": "other"}, "not an aiesim_py calibration file"),
    ({"version": 2}, "calibration version 2 is not supported"),
    ({"device": None}, "'device' must name"),
    ({"params": {"lock_wakeup": 3}}, "unknown parameter 'lock_wakeup'"),
    ({"params": {"lock_wakeup_cycles": -1}}, r"lock_wakeup_cycles = -1 is outside \[0, 400\]"),
    ({"params": {"lock_wakeup_cycles": 2.5}}, "is not an integer"),
    ({"params": {"kernel_epilogue_fraction": "half"}}, "is not a number"),
    ({"params": [1, 2]}, "'params' must be an object"),
    ({"fitted": ["nope"]}, "'fitted' must list parameter names"),
])
def test_bad_calibration_contents(change, match):
    with pytest.raises(CalibrationError, match=match):
        calibration_from_dict({**_good(), **change})


def test_bad_calibration_files(tmp_path, runs, capsys):
    with pytest.raises(CalibrationError, match="no such calibration file"):
        load_calibration(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(CalibrationError, match=r"bad\.json: not valid JSON"):
        load_calibration(bad)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({**_good(), "device": "ve2302"}))
    with pytest.raises(CalibrationError, match="fitted on 've2302'"):
        timing_params("ve2802", load_calibration(other))
    assert main(["simulate", runs[0], "--calibration", str(bad)]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_runs_with_value_mismatch_or_without_timing_are_refused(runs, tmp_path):
    rep = validate(runs[0], runs[0]).to_dict()
    rep["ok"], rep["mismatches"] = False, 3
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(rep))
    with pytest.raises(CalibrationError, match="values do not match"):
        load_runs([str(f)])
    write_sim_output(runs[0], tmp_path / "x86", timestamps=False, profile=False, events=False)
    with pytest.raises(CalibrationError, match="has no timing"):
        load_runs([f"{runs[0]}:{tmp_path / 'x86'}"])
    with pytest.raises(CalibrationError, match="unknown parameter"):
        calibrate(load_runs(runs[:1]), free=["nope"])
