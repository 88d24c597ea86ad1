"""arch: device files load into frozen dataclasses; every timing value is sourced; bad files fail."""
import dataclasses
import re
import tomllib
from importlib import resources

import pytest

from aiesim_py.arch import Device, TimingSpec, available_devices, load_device
from aiesim_py.arch import device as device_mod
from aiesim_py.errors import DeviceError
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.sim.timing import TimingParams
from aiesim_py.kernels.dense_cost import device_core_timing as core_timing
from aiesim_py.sim.timing.params import ASSUMPTION_KEYS

DEVICES_DIR = resources.files("aiesim_py.arch") / "devices"


def _text(name: str) -> str:
    return (DEVICES_DIR / f"{name}.toml").read_text()


def test_bundled_devices():
    assert {"ve2802", "phoenix", "ve3858"} <= set(available_devices())


@pytest.mark.parametrize("name", available_devices())
def test_every_device_loads_with_a_timing_table(name):
    d = load_device(name)
    assert isinstance(d, Device) and d.name == name
    assert isinstance(d.timing, TimingSpec)
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.timing.lock_wakeup_cycles = 0
    p = TimingParams.from_device(d)
    for f in dataclasses.fields(TimingSpec):
        assert getattr(p, f.name) == getattr(d.timing, f.name), f.name


@pytest.mark.parametrize("name", available_devices())
def test_every_timing_value_names_its_source(name):
    """Each key of [timing] carries a comment on its line (a source or 'assumption')."""
    text = _text(name)
    section = text.split("[timing]", 1)[1].split("\n[", 1)[0]
    keys = {}
    for line in section.splitlines():
        m = re.match(r"^(\w+)\s*=\s*[^#]+#\s*(\S.*)$", line)
        if m:
            keys[m.group(1)] = m.group(2)
        elif re.match(r"^\w+\s*=", line):
            keys[line.split("=")[0].strip()] = ""
    assert set(keys) == {f.name for f in dataclasses.fields(TimingSpec)}
    for key, comment in keys.items():
        assert len(comment) > 8, f"{name}.toml [timing] {key} has no source comment"


def _load_text(tmp_path, monkeypatch, text: str, name: str = "probe") -> Device:
    """Load a device file written to a temporary devices folder."""
    d = tmp_path / "devices"
    d.mkdir(exist_ok=True)
    (d / f"{name}.toml").write_text(text)
    monkeypatch.setattr(device_mod.resources, "files", lambda _pkg: tmp_path)
    device_mod.load_device.cache_clear()
    try:
        return device_mod.load_device(name)
    finally:
        device_mod.load_device.cache_clear()


def test_unknown_timing_key_is_an_error(tmp_path, monkeypatch):
    text = _text("ve2802").replace("[timing]\n", "[timing]\nbd_magic_cycles = 3\n")
    with pytest.raises(DeviceError, match=r"timing: unknown key\(s\) bd_magic_cycles"):
        _load_text(tmp_path, monkeypatch, text)


def test_missing_timing_key_is_an_error(tmp_path, monkeypatch):
    text = re.sub(r"(?m)^dma_bd_setup_cycles = .*\n", "", _text("ve2802"))
    with pytest.raises(DeviceError, match=r"missing key\(s\) dma_bd_setup_cycles"):
        _load_text(tmp_path, monkeypatch, text)


def test_wrong_type_is_an_error(tmp_path, monkeypatch):
    text = re.sub(r"(?m)^dma_bd_setup_cycles = \d+", 'dma_bd_setup_cycles = "four"', _text("ve2802"))
    with pytest.raises(DeviceError, match=r"timing.dma_bd_setup_cycles: expected an integer"):
        _load_text(tmp_path, monkeypatch, text)


def test_device_file_values_reach_the_model(tmp_path, monkeypatch):
    text = re.sub(r"(?m)^lock_wakeup_cycles = \d+", "lock_wakeup_cycles = 37", _text("ve2802"))
    d = _load_text(tmp_path, monkeypatch, text)
    assert TimingParams.from_device(d).lock_wakeup_cycles == 37


def test_overrides_and_assumptions():
    d = load_device("ve2802")
    p = TimingParams.from_device(d, dma_bd_setup_cycles=40, lock_wakeup_cycles=3)
    assert p.dma_bd_setup_cycles == 40 and p.lock_wakeup_cycles == 3
    a = p.assumptions()
    assert set(a) == set(ASSUMPTION_KEYS) and a["dma_bd_setup_cycles"] == 40
    assert "lock_max_value" not in a       # a documented limit, not an assumption
    with pytest.raises(Exception, match="unknown timing parameter"):
        TimingParams.from_device(d, bd_magic=1)


def test_core_timing_follows_the_device():
    assert core_timing(load_device("ve2802")) == AIE_ML_CORE
    v2 = core_timing(load_device("ve3858"))
    assert v2.load_bytes == 64 and v2.store_bytes == 64        # AM027: 512-bit load / store units
    assert v2.vmac_macs(8, 8) == 2 * AIE_ML_CORE.vmac_macs(8, 8)


def test_aie_ml_v2_facts():
    v2, ml = load_device("ve3858"), load_device("ve2802")
    assert v2.arch == "aie-ml-v2" and v2.grid.compute_tiles == 144
    assert v2.stream.width_bits == 2 * ml.stream.width_bits == 64
    assert v2.stream.dma_bytes_per_cycle == 8
    assert v2.mmul_spec("int8xint8").macs_per_cycle == 2 * ml.mmul_spec("int8xint8").macs_per_cycle
    assert (8, 8, 8) in v2.mmul_spec("int8xint8").native_shapes
    assert v2.memtile.banks == 8 and v2.grid.shim_pl_columns


def test_phoenix_facts():
    d = load_device("phoenix")
    assert (d.grid.columns, d.grid.compute_rows, d.grid.memtile_rows) == (4, 4, 1)
    assert d.grid.shim_pl_columns == () and d.clock_hz == 1.0e9
    assert d.shim.dma_mm2s_channels == d.shim.dma_s2mm_channels == 2


def test_toml_files_parse_alone():
    for name in available_devices():
        data = tomllib.loads(_text(name))
        assert data["name"] == name
