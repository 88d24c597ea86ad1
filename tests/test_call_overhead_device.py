"""The kernel call overhead lives in the device file's [timing] table and reaches every cost model:
the core table of ``kernels.dense_cost.device_core_timing`` (the one definition the compiler and
the simulator share) and ``TimingParams.core``."""
import re
from importlib import resources

import pytest

from aiesim_py.arch import available_devices, load_device
from aiesim_py.arch import device as device_mod
from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming
from aiesim_py.kernels.dense_cost import device_core_timing
from aiesim_py.kernels.scalar_loop import ScalarLoopParams, scalar_loop_cycles
from aiesim_py.sim.timing import TimingParams


def _probe_device(tmp_path, monkeypatch, overhead: int):
    text = (resources.files("aiesim_py.arch") / "devices" / "ve2302.toml").read_text()
    text, n = re.subn(r"(?m)^kernel_call_overhead_cycles = \d+",
                      f"kernel_call_overhead_cycles = {overhead}", text)
    assert n == 1
    (tmp_path / "devices").mkdir()
    (tmp_path / "devices" / "probe.toml").write_text(text)
    monkeypatch.setattr(device_mod.resources, "files", lambda _pkg: tmp_path)
    device_mod.load_device.cache_clear()
    try:
        return device_mod.load_device("probe")
    finally:
        device_mod.load_device.cache_clear()


@pytest.mark.parametrize("name", available_devices())
def test_every_device_core_table_takes_the_files_call_overhead(name):
    d = load_device(name)
    assert device_core_timing(d).call_overhead_cycles == d.timing.kernel_call_overhead_cycles
    assert TimingParams.from_device(d).core == device_core_timing(d)


def test_reference_core_is_the_ve2802_file():
    assert AIE_ML_CORE.call_overhead_cycles == load_device("ve2802").timing.kernel_call_overhead_cycles
    with pytest.raises(TypeError):
        CoreTiming()        # no call overhead in the isa layer: it must come from a device file


def test_a_changed_device_value_changes_the_kernel_cost(tmp_path, monkeypatch):
    ref = load_device("ve2302")
    base = scalar_loop_cycles(ScalarLoopParams(32), device_core_timing(ref))
    d = _probe_device(tmp_path, monkeypatch, 33)
    probe = scalar_loop_cycles(ScalarLoopParams(32), device_core_timing(d))
    assert probe.total_cycles - base.total_cycles == 33 - ref.timing.kernel_call_overhead_cycles
    assert probe.loop_cycles == base.loop_cycles


def test_override_reaches_the_core_table():
    p = TimingParams.from_device(load_device("ve2802"), kernel_call_overhead_cycles=7)
    assert p.kernel_call_overhead_cycles == 7 and p.core.call_overhead_cycles == 7
    assert "kernel_call_overhead_cycles" in p.assumptions()
