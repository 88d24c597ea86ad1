"""Per-point timeout of a sweep: a point that hangs is cut off and recorded as infeasible
with reason 'timeout', serially and on a Dask worker, and the sweep goes on."""
import json
import logging
import threading
import time

import pandas as pd
import pytest

import aiesim_py.explore.sweep as sweep
from aiesim_py.cli import main
from aiesim_py.explore.run import PointTimeout, TIMEOUT_REASON, call_with_timeout
from aiesim_py.explore.sweep import explore

MODEL = "mlp:16-64-32-32-5"
SPACE = {"parallelism": ["1x1,1x1,1x1,1x1"], "batch": [8, 4]}
LIMIT_S = 0.5
GIVE_UP_S = 60.0          # the slow point stops on its own after this: a failure, not a hang


def _hang(*_):
    """A point that never finishes by itself (bounded, so a broken timeout fails the test)."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < GIVE_UP_S:
        time.sleep(0.002)
    return "not cut off"


@pytest.fixture
def slow_batch_8(monkeypatch):
    real = sweep.evaluate_point

    def evaluate(model, point, **kw):
        if point["batch"] == 8:
            _hang()
            row = real(model, point, **kw)
            row["reason"] = "not cut off"
            return row
        return real(model, point, **kw)

    monkeypatch.setattr(sweep, "evaluate_point", evaluate)


def _check(df: pd.DataFrame):
    assert df.batch.tolist() == [8, 4]
    assert df.feasible.tolist() == [False, True]
    assert df.reason[0] == TIMEOUT_REASON
    assert df.seconds[0] >= LIMIT_S
    assert pd.isna(df.latency_ns[0]) and df.tiles[0] == -1
    assert df.latency_ns[1] > 0


def test_call_with_timeout_cuts_off_returns_and_passes_errors():
    with pytest.raises(PointTimeout):
        call_with_timeout(_hang, 0.2)
    assert call_with_timeout(lambda a: a + 1, 0.2, 1) == 2
    with pytest.raises(ZeroDivisionError):
        call_with_timeout(lambda: 1 / 0, 0.2)
    # a call that returned in time is never interrupted afterwards
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 0.4:
        time.sleep(0.01)
    assert call_with_timeout(lambda: "x", None) == "x"


def test_call_with_timeout_in_a_worker_thread():
    out = {}

    def run():
        try:
            call_with_timeout(_hang, 0.2)
            out["r"] = "returned"
        except PointTimeout:
            out["r"] = "timeout"
    t = threading.Thread(target=run)
    t.start()
    t.join(GIVE_UP_S + 5)
    assert out["r"] == "timeout"


def test_serial_sweep_records_timeout_and_goes_on(slow_batch_8):
    _check(explore(MODEL, SPACE, iterations=4, point_timeout=LIMIT_S))


def test_dask_worker_cuts_off_the_point_and_keeps_working(slow_batch_8):
    distributed = pytest.importorskip("distributed")
    # one in-process worker thread (the monkeypatch reaches it): the point after the slow
    # one only finishes if the worker was freed
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0",
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as c:
        _check(explore(MODEL, SPACE, iterations=4, scheduler=c, point_timeout=LIMIT_S))
        _check(explore(MODEL, SPACE, iterations=4, scheduler=c, point_timeout=LIMIT_S, points_per_task=2))


def test_cli_point_timeout_option(slow_batch_8, tmp_path, capsys):
    space = tmp_path / "space.yaml"
    space.write_text("parallelism: ['1x1,1x1,1x1,1x1']\nbatch: [8, 4]\n")
    out = tmp_path / "r.parquet"
    assert main(["explore", MODEL, "--space", str(space), "-o", str(out), "--serial", "--no-plots",
                 "--iterations", "4", "--point-timeout", str(LIMIT_S), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rep["points"] == 2 and rep["feasible"] == 1
    _check(pd.read_parquet(out))
