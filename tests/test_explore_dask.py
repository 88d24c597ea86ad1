"""The same sweep on dask.distributed: a LocalCluster of 2 worker processes, ~8 points."""
import json
import logging

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from aiesim_py.cli import main  # noqa: E402
from aiesim_py.explore.sweep import explore  # noqa: E402

MODEL = "mlp:16-64-32-32-5"
# 8 points: two searched, four explicit, two that do not compile (recorded, not raised)
SPACE = {"parallelism": ["auto", "1x1,1x1,1x1,1x1", "1x4,2x2,2x2,2x1", "4x1,1x1,1x1,1x1"],
         "batch": [4, 8], "objective": ["interval"], "device": ["ve2802"]}
KNOBS = ["parallelism", "batch", "objective", "device"]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def serial():
    return explore(MODEL, SPACE, iterations=4)


def _same(a: pd.DataFrame, b: pd.DataFrame):
    a = a.drop(columns="seconds").sort_values(KNOBS).reset_index(drop=True)
    b = b.drop(columns="seconds").sort_values(KNOBS).reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)


def test_dask_equals_serial(client, serial):
    df = explore(MODEL, SPACE, iterations=4, scheduler=client)
    _same(df, serial)
    assert df.feasible.sum() == 6 and (~df.feasible).sum() == 2
    assert df[~df.feasible].reason.str.contains("cas_length 4").all()
    # the points ran on the workers, not here
    assert len(client.scheduler_info()["workers"]) == 2
    # grouped 3 points per task (the last task has 2): the same rows
    _same(explore(MODEL, SPACE, iterations=4, scheduler=client, points_per_task=3), serial)


def test_cli_on_cluster_resumes_and_equals_serial(client, serial, tmp_path, capsys):
    f = tmp_path / "space.yaml"
    f.write_text(json.dumps(SPACE))                      # JSON is YAML
    out = tmp_path / "r.parquet"
    ckpt = tmp_path / "r.parquet.checkpoint.jsonl"
    # a sweep interrupted after 3 rows: their lines are in the checkpoint
    explore(MODEL, {**SPACE, "batch": [4], "parallelism": SPACE["parallelism"][:3]}, iterations=4,
            checkpoint=ckpt)
    lines = [json.loads(x)["row"] for x in ckpt.read_text().splitlines()]
    assert len(lines) == 3
    before = {(r["parallelism"], r["batch"]): r["seconds"] for r in lines}
    addr = client.scheduler.address
    assert main(["explore", MODEL, "--space", str(f), "-o", str(out), "--iterations", "4", "--json",
                 "--scheduler", addr, "--no-plots"]) == 0
    rep = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rep["points"] == 8 and rep["feasible"] == 6
    df = pd.read_parquet(out)
    _same(df, serial)
    assert not ckpt.exists()
    # the 3 rows were taken from the checkpoint (their host seconds, not a new run's)
    for (par, batch), secs in before.items():
        assert df[(df.parallelism == par) & (df.batch == batch)].seconds.item() == secs


def test_unreachable_scheduler_is_a_clear_error(tmp_path, capsys):
    f = tmp_path / "space.yaml"
    f.write_text("batch: [4]\n")
    assert main(["explore", MODEL, "--space", str(f), "-o", str(tmp_path / "r.parquet"),
                 "--scheduler", "nosuchproto://h:1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot connect to the Dask scheduler 'nosuchproto://h:1'")
    assert len(err.strip().splitlines()) == 1


def test_failed_task_is_recorded_and_sweep_goes_on(monkeypatch):
    # a task that dies on the cluster (here: raises outside evaluate_point, like a killed
    # worker) becomes an infeasible row with the reason; the other points still finish
    import aiesim_py.explore.run as run_mod
    real = run_mod._task

    def dying(point, graph, iterations, functional):
        if point["batch"] == 8:
            raise MemoryError("worker ran out of memory")
        return real(point, graph, iterations, functional)

    monkeypatch.setattr(run_mod, "_task", dying)
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=":0",
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as c:
        df = explore(MODEL, {"parallelism": ["1x1,1x1,1x1,1x1"], "batch": [4, 8]}, iterations=4, scheduler=c)
    assert df.feasible.tolist() == [True, False]
    assert df.reason[1] == "task failed on the Dask cluster: MemoryError: worker ran out of memory"
