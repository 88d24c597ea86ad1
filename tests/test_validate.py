"""aiesim validate: a compiled project against simulator output folders written in
aiesimulator's formats from our own functional + timing run (validate.write_sim_output)."""
import json

import numpy as np
import pytest

import aiesim_py as aie
from aiesim_py.cli import main
from aiesim_py.errors import SimOutputError
from aiesim_py.sim.timing import TimingParams, simulate
from aiesim_py.arch.device import load_device
from aiesim_py.validate import validate, write_sim_output
from aiesim_py.validate.project import load_project

ITERATIONS = 4


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    d = tmp_path_factory.mktemp("validate")
    cm = aie.compile("mlp:16-32-8", device="ve2802", batch=8)
    return cm.write_firmware(d / "proj", iterations=ITERATIONS)


@pytest.fixture(scope="module")
def simout(project, tmp_path_factory):
    out = tmp_path_factory.mktemp("simout")
    written = write_sim_output(project, out)
    return out, written["timing"]


def test_project_inputs_read_back_and_expected_match_golden(project):
    proj = load_project(project)
    assert proj.inputs.shape == (ITERATIONS, 8, 16)
    golden = (project / "data" / "golden.txt").read_text().split()
    plio = proj.output_plios()[0]
    assert [int(v) for v in golden] == proj.expected_stream(plio).reshape(-1).tolist()


def test_own_output_validates_and_reproduces_timing_exactly(project, simout):
    out, r = simout
    rep = validate(project, out)
    assert rep.ok and rep.mismatches == 0
    assert rep.values[0]["iterations"] == ITERATIONS and rep.values[0]["tlast_beats"] == ITERATIONS
    t = rep.timing
    assert t["latency_cycles"]["measured"] == r.latency_cycles == t["latency_cycles"]["predicted"]
    assert t["latency_cycles"]["error"] == 0
    assert t["interval_cycles"]["measured"] == r.interval_cycles == t["interval_cycles"]["predicted"]
    assert t["output_times_cycles"]["measured"] == list(r.output_times_cycles)
    assert t["output_transfer_cycles"]["error"] == 0
    assert len(t["kernels"]) == len(r.kernels)
    for row, k in zip(t["kernels"], r.kernels):
        assert row["calls_measured"] == k.calls
        assert row["cycles_per_call"]["measured"] == k.busy_cycles / k.calls
        assert row["cycles_per_call"]["error"] == 0
        assert row["min_cycles_per_call"]["measured"] == k.cycles_per_call


def test_injected_one_element_mismatch_is_named(project, tmp_path):
    proj = load_project(project)
    y = proj.expected.copy()
    y[2, 3, 5] = y[2, 3, 5] + 1 if y[2, 3, 5] < 127 else y[2, 3, 5] - 1
    write_sim_output(proj, tmp_path, outputs=y)
    rep = validate(project, tmp_path)
    assert not rep.ok and rep.mismatches == 1
    m = rep.values[0]["first_mismatch"]
    assert (m["iteration"], m["batch_row"], m["feature"]) == (2, 3, 5)
    assert (m["simulator"], m["expected"]) == (int(y[2, 3, 5]), int(proj.expected[2, 3, 5]))
    assert "iteration 2, batch row 3, feature 5" in rep.first_mismatch_message()
    assert rep.timing["latency_cycles"]["error"] == 0      # timing still compared


def test_cli_exit_code_and_message_on_mismatch(project, tmp_path, capsys):
    proj = load_project(project)
    y = proj.expected.copy()
    y[0, 0, 0] = 0 if y[0, 0, 0] else 1
    write_sim_output(proj, tmp_path, outputs=y)
    assert main(["validate", str(project), "--sim-output", str(tmp_path)]) == 1
    assert "iteration 0, batch row 0, feature 0" in capsys.readouterr().out
    assert main(["validate", str(project), "--sim-output", str(tmp_path), "--json"]) == 1
    rep = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rep["ok"] is False and rep["mismatches"] == 1


def test_cli_ok_json(project, simout, capsys):
    out, r = simout
    assert main(["validate", str(project), "--sim-output", str(out), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rep["ok"] is True and rep["timing"]["latency_cycles"]["measured"] == r.latency_cycles


def test_picoseconds_no_tlast_no_events_latency_from_time_stamps(project, tmp_path):
    w = write_sim_output(project, tmp_path, time_unit="ps", tlast=False, events=False)
    r = w["timing"]
    assert "ps" in w["plio"]["plio_out"].read_text().splitlines()[0]
    rep = validate(project, tmp_path)
    assert rep.ok and rep.values[0]["tlast_beats"] == 0
    assert r.input_times_cycles[0] == 0               # latency = first output time when input starts at 0
    assert rep.timing["latency_cycles"]["measured"] == r.latency_cycles
    assert "time stamp" in rep.timing["latency_cycles"]["source"]
    assert rep.timing["interval_cycles"]["error"] == 0
    assert "output_transfer_cycles" not in rep.timing


def test_x86_style_output_values_only(project, tmp_path):
    write_sim_output(project, tmp_path, timestamps=False, profile=False, events=False)
    rep = validate(project, tmp_path)
    assert rep.ok and rep.timing == {}
    assert any("no time stamps" in n for n in rep.notes)


def test_simulator_folder_found_inside_run_directory(project, tmp_path):
    write_sim_output(project, tmp_path / "aiesimulator_output")
    assert validate(project, tmp_path).ok


def test_signed_timing_error_against_perturbed_run(project, tmp_path):
    dev = load_device("ve2802")
    slow = TimingParams.from_device(dev, lock_wakeup_cycles=25, kernel_first_call_extra_cycles=30)
    w = write_sim_output(project, tmp_path, params=slow)
    rep = validate(project, tmp_path)
    base = simulate(load_project(project).design, iterations=ITERATIONS)
    lat = rep.timing["latency_cycles"]
    assert lat["measured"] == w["timing"].latency_cycles
    assert lat["predicted"] == base.latency_cycles
    assert lat["error"] == base.latency_cycles - w["timing"].latency_cycles < 0
    k = rep.timing["kernels"][0]["cycles_per_call"]
    default_extra = TimingParams.from_device(dev).kernel_first_call_extra_cycles
    assert k["error"] == pytest.approx((default_extra - 30) / ITERATIONS)


def test_fewer_iterations_is_a_failure_and_partial_is_an_error(project, tmp_path, capsys):
    w = write_sim_output(project, tmp_path)
    path = w["plio"]["plio_out"]
    lines = path.read_text().splitlines()
    per_iter = len(lines) // ITERATIONS
    path.write_text("\n".join(lines[:3 * per_iter]) + "\n")
    rep = validate(project, tmp_path)
    assert not rep.ok and rep.mismatches == 0 and "3 of the 4 iterations" in rep.first_mismatch_message()
    path.write_text("\n".join(lines[:3 * per_iter + 2]) + "\n")          # half a iteration: T + data line
    with pytest.raises(SimOutputError, match=r"not a whole number of iterations.*output\.txt:\d+"):
        validate(project, tmp_path)
    assert main(["validate", str(project), "--sim-output", str(tmp_path)]) == 2
    assert "error:" in capsys.readouterr().err


def test_missing_folder_and_file_errors(project, tmp_path):
    with pytest.raises(SimOutputError, match="no such simulator output folder"):
        validate(project, tmp_path / "nope")
    with pytest.raises(SimOutputError, match="no output file of this PLIO"):
        validate(project, tmp_path)


def test_profile_matched_by_tile_when_function_name_differs(project, tmp_path):
    w = write_sim_output(project, tmp_path, events=False)
    for p in w["profiles"]:
        text = p.read_text()
        p.write_text(text.replace("_fn</function_name>", "_renamed(input_buffer&lt;int8&gt;&amp;)</function_name>"))
    rep = validate(project, tmp_path)
    assert all(k["cycles_per_call"]["error"] == 0 for k in rep.timing["kernels"])
    assert np.all([k["calls_measured"] == ITERATIONS for k in rep.timing["kernels"]])


def test_several_output_plios(project, tmp_path):
    """A second output PLIO on the same memory-tile read port: both files are checked, and a
    mismatch in the second is named by its PLIO. (Values only here; several compiled output
    PLIOs with timing: test_validate_multi_plio.py.)"""
    import dataclasses
    import shutil

    from aiesim_py.design import Design, Plio

    d = Design.load(project)
    out = next(p for p in d.plios if p.direction == "out")
    extra = Plio(name="plio_out2", direction="out", width_bits=64, freq_hz=out.freq_hz, column=out.column + 1,
                 data_file="data/output2.txt", dtype=out.dtype)
    bufs = []
    for b in d.shared_buffers:
        outs = tuple(dataclasses.replace(port, peers=port.peers + ("plio_out2",)) if out.name in port.peers else port
                     for port in b.outputs)
        bufs.append(dataclasses.replace(b, outputs=outs))
    d2 = dataclasses.replace(d, plios=d.plios + (extra,), shared_buffers=tuple(bufs))
    proj2 = tmp_path / "proj2"
    shutil.copytree(project, proj2)
    d2.save(proj2 / "design.json")
    w = write_sim_output(proj2, tmp_path / "sim", timestamps=False, profile=False, events=False)
    assert set(w["plio"]) == {"plio_out", "plio_out2"}
    assert len(w["plio"]["plio_out2"].read_text().splitlines()[0].split()) == 8      # 64-bit int8 beats
    rep = validate(proj2, tmp_path / "sim")
    assert rep.ok and [v["plio"] for v in rep.values] == ["plio_out", "plio_out2"]
    f = w["plio"]["plio_out2"]
    lines = f.read_text().splitlines()
    i = next(n for n, line in enumerate(lines) if line[0] not in "T")      # first data line
    vals = lines[i].split()
    vals[-1] = str(int(vals[-1]) + 1 if int(vals[-1]) < 127 else 0)
    lines[i] = " ".join(vals)
    f.write_text("\n".join(lines) + "\n")
    rep = validate(proj2, tmp_path / "sim")
    assert not rep.ok and rep.values[0]["mismatches"] == 0 and rep.values[1]["mismatches"] == 1
    assert rep.first_mismatch_message().startswith("plio_out2: 1 of")
    assert rep.values[1]["first_mismatch"]["where"].endswith(f"output2.txt:{i + 1}")
