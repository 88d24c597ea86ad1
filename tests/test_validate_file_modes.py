"""Files the CLI and calibration write atomically (temp file + rename) get the mode a plain
``open()`` would give them, 0o666 less the umask, not mkstemp's 0o600."""
import os
import stat

import numpy as np
import pandas as pd
import pytest

from aiesim_py import cli
from aiesim_py.validate.calibrate import Calibration


@pytest.fixture(params=[0o022, 0o077, 0o002])
def umask(request):
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_written_files_honour_the_umask(umask, tmp_path):
    want = 0o666 & ~umask
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert _mode(plain) == want                      # what a normal file gets
    cli._write_parquet_atomic(pd.DataFrame({"a": [1, 2]}), tmp_path / "r.parquet")
    assert _mode(tmp_path / "r.parquet") == want
    assert pd.read_parquet(tmp_path / "r.parquet")["a"].tolist() == [1, 2]
    cli._save_npy_atomic(tmp_path / "y.npy", np.arange(3))
    assert _mode(tmp_path / "y.npy") == want
    cal = Calibration(device="ve2802", params={}, fitted=[])
    cal.save(tmp_path / "cal.json")
    assert _mode(tmp_path / "cal.json") == want
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]      # no temp files left


def test_project_directory_and_files_honour_the_umask(umask, tmp_path):
    import aiesim_py as aie
    cm = aie.compile("mlp:16-8-4", batch=8)
    out = cm.write_firmware(tmp_path / "proj", iterations=2)
    assert _mode(out) == 0o777 & ~umask                # not mkdtemp's 0700
    assert _mode(out / "design.json") == 0o666 & ~umask
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_trace_and_plot_files_honour_the_umask(umask, tmp_path):
    import aiesim_py as aie
    from aiesim_py.explore.plots import plot_placement
    from aiesim_py.sim.timing import write_trace
    cm = aie.compile("mlp:16-8-4", batch=8)
    result = cm.simulate(iterations=2, trace=True)
    for name in ("t.json", "t.vcd"):
        write_trace(result, tmp_path / name)
        assert _mode(tmp_path / name) == 0o666 & ~umask
    plot_placement(cm.design, tmp_path / "p.png")
    assert _mode(tmp_path / "p.png") == 0o666 & ~umask
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_failed_write_keeps_the_old_file(tmp_path):
    from aiesim_py.files import atomic_write
    target = tmp_path / "keep.txt"
    target.write_text("old")

    def broken(tmp):
        tmp.write_text("half")
        raise OSError("disk full")
    with pytest.raises(OSError):
        atomic_write(target, broken)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
