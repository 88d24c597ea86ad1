"""aiesim validate on a design with several input and output PLIOs (the compiler splits a
wide first layer's input over data/input<g>.txt and the last layer's output over
data/output<g>.txt): inputs read back from every input file, values compared per output
PLIO, timing per output PLIO and for the design as the timing model defines it."""
import json

import numpy as np
import pytest

import aiesim_py as aie
from aiesim_py.cli import main
from aiesim_py.errors import SimOutputError, SimulationError
from aiesim_py.sim.functional import run_design
from aiesim_py.sim.timing import simulate
from aiesim_py.validate import validate, write_sim_output
from aiesim_py.validate.calibrate import load_runs
from aiesim_py.validate.project import load_project
from aiesim_py.validate.writer import plio_output_times

# 10 K slices x 6 chains at batch 8: the compiler gives it several PLIOs each way (test_multi_plio)
MODEL, BATCH, PAR, ITERATIONS = "mlp:640-192", 8, "10x6", 3


@pytest.fixture(scope="module")
def multi(tmp_path_factory):
    cm = aie.compile(MODEL, device="ve2802", batch=BATCH, parallelism=PAR)
    d = cm.design
    x = np.random.default_rng(11).integers(-128, 128, (ITERATIONS * BATCH, d.input_features))
    project = cm.write_firmware(tmp_path_factory.mktemp("vmulti") / "proj", inputs=x)
    out = tmp_path_factory.mktemp("vmulti_sim")
    written = write_sim_output(project, out)
    return project, x, out, written


def _outs(proj):
    return proj.output_plios()


def test_design_has_several_plios_each_way(multi):
    proj = load_project(multi[0])
    ins = [p for p in proj.design.plios if p.direction == "in"]
    assert len(ins) >= 2 and len(_outs(proj)) >= 2
    assert all((proj.path / p.data_file).is_file() for p in ins)


def test_inputs_read_back_from_every_input_file(multi):
    project, x, _, _ = multi
    proj = load_project(project)
    assert proj.inputs.shape == (ITERATIONS, BATCH, proj.design.input_features)
    assert (proj.inputs.reshape(-1, proj.design.input_features) == x).all()
    assert (proj.expected.reshape(-1, proj.design.output_features) == run_design(proj.design, x)).all()
    for plio in _outs(proj):      # golden<g>.txt is what each output PLIO must carry
        golden = (project / plio.data_file.replace("output", "golden")).read_text().split()
        assert [int(v) for v in golden] == proj.expected_stream(plio).reshape(-1).tolist()


def test_every_output_plio_written_and_validated(multi):
    project, _, out, w = multi
    proj = load_project(project)
    assert set(w["plio"]) == {p.name for p in _outs(proj)}
    assert sorted(p.name for p in out.joinpath("data").iterdir()) == sorted(
        p.data_file.split("/")[-1] for p in _outs(proj))
    rep = validate(project, out)
    assert rep.ok and rep.mismatches == 0
    assert [v["plio"] for v in rep.values] == [p.name for p in _outs(proj)]
    assert all(v["iterations"] == ITERATIONS and v["tlast_beats"] == ITERATIONS for v in rep.values)


def test_timing_reproduced_exactly_per_plio_and_overall(multi):
    project, _, out, w = multi
    r = w["timing"]
    proj = load_project(project)
    per = plio_output_times(proj.design, r)
    # the design's output time of an iteration is its latest PLIO's first beat
    assert [max(ts) for ts in zip(*per.values())] == list(r.output_times_cycles)
    rep = validate(project, out)
    t = rep.timing
    assert t["latency_cycles"]["measured"] == r.latency_cycles == t["latency_cycles"]["predicted"]
    assert t["latency_cycles"]["error"] == 0
    assert t["interval_cycles"]["measured"] == r.interval_cycles == t["interval_cycles"]["predicted"]
    assert t["output_times_cycles"]["measured"] == list(r.output_times_cycles)
    assert t["output_transfer_cycles"]["error"] == 0
    assert [row["plio"] for row in t["plios"]] == list(per)
    for row in t["plios"]:
        times = per[row["plio"]]
        assert row["output_times_cycles"]["measured"] == times == row["output_times_cycles"]["predicted"]
        assert row["latency_cycles"]["measured"] == times[0] - r.input_times_cycles[0]
        assert row["latency_cycles"]["error"] == 0 and row["interval_cycles"]["error"] == 0
    for row, k in zip(t["kernels"], r.kernels):
        assert row["calls_measured"] == k.calls and row["cycles_per_call"]["error"] == 0


def test_latency_from_time_stamps_without_events(multi, tmp_path):
    project = multi[0]
    w = write_sim_output(project, tmp_path, events=False, profile=False, time_unit="ps")
    r = w["timing"]
    rep = validate(project, tmp_path)
    assert rep.ok
    lat = rep.timing["latency_cycles"]
    assert lat["measured"] == r.latency_cycles and lat["error"] == 0
    assert "time stamp" in lat["source"] and "latest of the" in lat["source"]
    assert rep.timing["interval_cycles"]["error"] == 0


def test_mismatch_in_second_output_plio_is_named(multi, tmp_path, capsys):
    project = multi[0]
    proj = load_project(project)
    second = _outs(proj)[1]
    feature = second.feature_offset + 7          # the design's (global) output feature index
    y = proj.expected.copy()
    y[1, 5, feature] = y[1, 5, feature] + 1 if y[1, 5, feature] < 127 else y[1, 5, feature] - 1
    write_sim_output(proj, tmp_path, outputs=y)
    rep = validate(project, tmp_path)
    assert not rep.ok and rep.mismatches == 1
    counts = {v["plio"]: v["mismatches"] for v in rep.values}
    assert counts[second.name] == 1 and sum(counts.values()) == 1
    m = next(v for v in rep.values if v["plio"] == second.name)["first_mismatch"]
    assert (m["plio"], m["iteration"], m["batch_row"], m["feature"]) == (second.name, 1, 5, feature)
    assert (m["simulator"], m["expected"]) == (int(y[1, 5, feature]), int(proj.expected[1, 5, feature]))
    msg = rep.first_mismatch_message()
    assert msg.startswith(f"{second.name}: 1 of") and f"iteration 1, batch row 5, feature {feature}" in msg
    assert m["where"].split(":")[0].endswith(second.data_file.split("/")[-1])
    assert rep.timing["latency_cycles"]["error"] == 0          # timing still compared
    assert main(["validate", str(project), "--sim-output", str(tmp_path), "--json"]) == 1
    d = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert d["ok"] is False and d["mismatches"] == 1


def test_missing_or_inconsistent_plio_files(multi, tmp_path):
    import shutil
    project, _, out, _ = multi
    proj = load_project(project)
    sim = tmp_path / "sim"
    shutil.copytree(out, sim)
    second = _outs(proj)[1]
    (sim / second.data_file).unlink()
    with pytest.raises(SimOutputError, match=second.data_file.split("/")[-1]):
        validate(project, sim)
    p2 = tmp_path / "proj"
    shutil.copytree(project, p2)
    ins = [p for p in proj.design.plios if p.direction == "in"]
    lines = (p2 / ins[1].data_file).read_text().splitlines()
    (p2 / ins[1].data_file).write_text("\n".join(lines[:len(lines) // ITERATIONS * 2]) + "\n")
    with pytest.raises(SimOutputError, match="different numbers of iterations"):
        load_project(p2)
    (p2 / ins[1].data_file).unlink()
    with pytest.raises(SimOutputError, match=f"input file of PLIO {ins[1].name} is missing"):
        load_project(p2)


def test_result_without_trace_is_refused_for_several_outputs(multi, tmp_path):
    project = multi[0]
    proj = load_project(project)
    r = simulate(proj.design, iterations=ITERATIONS)
    with pytest.raises(SimulationError, match="trace=True"):
        write_sim_output(proj, tmp_path, result=r)


def test_calibration_reads_the_multi_plio_run(multi):
    project, _, out, w = multi
    (run,) = load_runs([f"{project}:{out}"])
    assert run.measured["latency_cycles"] == w["timing"].latency_cycles
    assert run.measured["output_times_cycles"] == list(w["timing"].output_times_cycles)
