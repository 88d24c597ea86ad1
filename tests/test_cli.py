"""The aiesim command: compile / run / simulate / demo, --json, and errors on bad input."""
import json
from pathlib import Path

import numpy as np
import pytest

from aiesim_py.cli import main


def last_json(capsys):
    out = capsys.readouterr().out.strip().splitlines()
    return json.loads(out[-1])


def test_compile_run_simulate(tmp_path, capsys):
    proj = tmp_path / "proj"
    assert main(["compile", "mlp:16-64-32-32-8", "-o", str(proj), "--batch", "8",
                 "--parallelism", "1x4,2x2,2x2,2x1", "--json"]) == 0
    rep = last_json(capsys)
    assert rep["parallelism"] == "1x4,2x2,2x2,2x1" and rep["tiles_used"] == 4 + 4 + 4 + 2
    assert (proj / "design.json").is_file()
    x = np.random.default_rng(0).integers(-128, 128, size=(20, 16))
    np.save(tmp_path / "x.npy", x)
    assert main(["run", str(proj), "--input", str(tmp_path / "x.npy"), "--output", str(tmp_path / "y.npy")]) == 0
    y = np.load(tmp_path / "y.npy")
    import aiesim_py as aie
    assert np.array_equal(y, aie.compile("mlp:16-64-32-32-8", parallelism="1x1,1x1,1x1,1x1").run(x))
    capsys.readouterr()
    assert main(["simulate", str(proj), "--iterations", "8", "--json"]) == 0
    rep = last_json(capsys)
    for key in ("latency_cycles", "latency_ns", "interval_cycles", "interval_ns", "throughput_gops",
                "tiles_used", "memtiles_used"):
        assert key in rep
    assert rep["latency_ns"] > 0 and rep["interval_ns"] > 0 and rep["tiles_used"] == 14
    # per-kernel busy / stall figures and per-DMA-channel use come with --json
    assert len(rep["kernels"]) == 14 and all(0 < k["utilization"] <= 1 for k in rep["kernels"])
    assert {"mm2s", "s2mm"} <= {c["kind"] for c in rep["channels"]}
    assert all(0 < c["utilization"] <= 1 for c in rep["channels"] if c["bytes"])
    # the same figures as tables with --detail
    assert main(["simulate", str(proj), "--iterations", "8", "--detail"]) == 0
    text = capsys.readouterr().out
    assert "compute tiles" in text and "DMA channels" in text
    assert all("({},{})".format(*k["tile"]) in text for k in rep["kernels"])
    assert text.count("%") == len(rep["kernels"]) + len(rep["channels"])      # one utilisation per row


@pytest.mark.parametrize("args,needle", [
    (["compile", "missing.fml", "-o", "{tmp}/p"], "no such model file"),
    (["compile", "{tmp}/garbage.fml", "-o", "{tmp}/p"], "not a readable hls4ml model"),
    (["compile", "{tmp}/model.onnx", "-o", "{tmp}/p"], "not a readable ONNX model"),
    (["compile", "mlp:16-64", "-o", "{tmp}/p", "--parallelism", "1x1,1x1"], "has 2 entries"),
    (["compile", "mlp:512-512", "-o", "{tmp}/p", "--parallelism", "1x1"], "data memory"),
    (["compile", "mlp:16-64", "-o", "{tmp}/p", "--device", "vc1902"], "unknown device"),
    (["simulate", "{tmp}/nothing"], "no design.json"),
])
def test_errors_are_one_line_and_leave_nothing(tmp_path, capsys, args, needle):
    (tmp_path / "garbage.fml").write_bytes(b"\x00not a tarball")
    (tmp_path / "model.onnx").write_bytes(b"")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "p").exists()


def test_run_rejects_bad_input(tmp_path, capsys):
    proj = tmp_path / "proj"
    assert main(["compile", "mlp:16-8", "-o", str(proj)]) == 0
    np.save(tmp_path / "bad.npy", np.zeros((3, 5), dtype=np.int64))
    assert main(["run", str(proj), "--input", str(tmp_path / "bad.npy"), "--output", str(tmp_path / "y.npy")]) == 2
    assert "expected (samples, 16)" in capsys.readouterr().err
    np.save(tmp_path / "f.npy", np.zeros((3, 16), dtype=np.float32))
    assert main(["run", str(proj), "--input", str(tmp_path / "f.npy"), "--output", str(tmp_path / "y.npy")]) == 2
    assert "--float" in capsys.readouterr().err
    assert not (tmp_path / "y.npy").exists()
    (tmp_path / "junk.npy").write_text("hello")
    assert main(["run", str(proj), "--input", str(tmp_path / "junk.npy"), "--output", str(tmp_path / "y.npy")]) == 2
    assert "not a readable .npy" in capsys.readouterr().err


def test_compile_refuses_foreign_nonempty_dir(tmp_path, capsys):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "precious.txt").write_text("keep me")
    assert main(["compile", "mlp:16-8", "-o", str(target)]) == 2
    assert (target / "precious.txt").read_text() == "keep me"


def test_demo_json(tmp_path, capsys):
    assert main(["demo", "--json", "--output-dir", str(tmp_path / "fw")]) == 0
    rep = last_json(capsys)
    assert rep["reference"] == "hls4ml"
    assert rep["samples"] == 540
    assert rep["bit_exact_mismatches"] == 0
    assert rep["accuracy"] >= 0.90
    for key in ("latency_ns", "interval_ns", "throughput_gops", "tiles_used", "firmware_dir"):
        assert key in rep
    fw = Path(rep["firmware_dir"])
    assert (fw / "design.json").is_file() and (fw / "Makefile").is_file()


def test_simulate_trace_is_perfetto_json(tmp_path, capsys):
    proj = tmp_path / "proj"
    assert main(["compile", "mlp:16-64-8", "-o", str(proj), "--parallelism", "2x1,1x1"]) == 0
    trace = tmp_path / "trace.json"
    assert main(["simulate", str(proj), "--iterations", "4", "--trace", str(trace), "--json"]) == 0
    data = json.loads(trace.read_text())
    events = data["traceEvents"] if isinstance(data, dict) else data
    spans = [e for e in events if e.get("ph") == "X"]
    assert spans and all({"name", "ts", "dur", "pid", "tid"} <= set(e) for e in spans)
    threads = {e["args"]["name"] for e in events if e.get("ph") == "M" and e["name"] == "thread_name"}
    assert any(t.startswith("dense0_c0_l0") for t in threads) and any("plio_in" in t for t in threads)
    # one span per iteration on the input PLIO track, in time order
    plio_tid = next(e["tid"] for e in events if e.get("ph") == "M" and "plio_in" in str(e.get("args")))
    ts = [e["ts"] for e in spans if e["tid"] == plio_tid and e["pid"] == 1]
    assert len(ts) == 4 and ts == sorted(ts)


@pytest.mark.parametrize("spec,par,weights,needle", [
    # K slices of padding only (review finding 8): refused in evaluate, before placement
    ("mlp:64-216-64", "1x7,20x1", "auto",
     "layer 'dense1' (216x64) at 20x1: K=216 fills only 14 of 20 K slices of 16 (microtile K 8), the other 6 "
     "would compute zeros; use cas_length 14"),
    ("mlp:64-128-64", "1x8,15x1", "auto", "K=128 fills only 8 of 15 K slices of 16"),
    # output chains of padding only: N=216 in 8 chains of 32 columns fills 7
    ("mlp:64-216-64", "1x8,14x1", "auto",
     "layer 'dense0' (64x216) at 1x8: N=216 fills only 7 of 8 chains of 32 columns (microtile N 8), the other 1 "
     "would compute zeros; use cas_num 7"),
    # a relay serves tile-resident weights only: a streamed layer past one buffer's channels is told so
    ("mlp:64-1024-64", "1x8,16x1", "tile,memtile",
     "a memory-tile relay serves tile-resident weights only: --weights tile for this layer, or cas_length <= 14"),
])
def test_parallelism_refusals_name_the_cause(tmp_path, capsys, spec, par, weights, needle):
    argv = ["compile", spec, "-o", str(tmp_path / "p"), "--batch", "8", "--parallelism", par, "--weights", weights]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "p").exists()


def test_simulate_kernel_graph_reports_output_rate_not_gops(tmp_path, capsys):
    """A hand-built DSPLib-style graph has no MAC count: throughput_gops is null (n/a in the table), and the
    output PLIOs' bytes per iteration over the interval are given instead."""
    from aiesim_py.graph import KernelGraph
    from aiesim_py.kernels.hadamard import HadamardParams
    g = KernelGraph("ve2802")
    g.add_kernel("had0", "hadamard", HadamardParams("cint16", "cint16", 256, 1, "buffer"), tile=(0, 2))
    g.add_plio_in("in_a", "had0.in[0]", "cint16")
    g.add_plio_in("in_b", "had0.in[1]", "cint16")
    g.add_plio_out("out", "had0.out[0]", "cint16")
    proj = tmp_path / "proj"
    proj.mkdir()
    g.design().save(proj / "design.json")
    assert main(["simulate", str(proj), "--iterations", "8", "--json"]) == 0
    rep = last_json(capsys)
    assert rep["throughput_gops"] is None
    # 256 cint16 samples = 1024 bytes out per iteration
    assert rep["output_mb_per_s"] == pytest.approx(1024 / rep["interval_ns"] * 1e3)
    assert main(["simulate", str(proj), "--iterations", "8"]) == 0
    assert "n/a" in capsys.readouterr().out
