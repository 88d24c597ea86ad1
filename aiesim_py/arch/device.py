"""Frozen dataclasses describing an AIE-ML device, loaded from ``devices/<name>.toml``.

Units are in the field names. The sources of the numbers are in the TOML files.
"""
from __future__ import annotations

import dataclasses
import functools
import tomllib
import typing
from dataclasses import dataclass
from importlib import resources

from aiesim_py.errors import DeviceError


@dataclass(frozen=True)
class Grid:
    """Array geometry. Compute-tile coordinates are (column, row) with row 0 the first
    compute row (ADF ``tile(col, row)`` convention)."""
    columns: int
    compute_rows: int
    memtile_rows: int
    shim_noc_columns: tuple[int, ...]

    @property
    def compute_tiles(self) -> int:
        return self.columns * self.compute_rows

    @property
    def shim_pl_columns(self) -> tuple[int, ...]:
        """Columns whose shim tile has a PL interface (all non-NoC columns)."""
        return tuple(c for c in range(self.columns) if c not in self.shim_noc_columns)


@dataclass(frozen=True)
class ComputeTileSpec:
    data_memory_bytes: int
    data_memory_banks: int
    program_memory_bytes: int
    stack_bytes: int
    heap_bytes: int
    dma_s2mm_channels: int
    dma_mm2s_channels: int
    bds: int
    locks: int

    @property
    def bank_bytes(self) -> int:
        return self.data_memory_bytes // self.data_memory_banks


@dataclass(frozen=True)
class MemtileSpec:
    memory_bytes: int
    banks: int
    dma_s2mm_channels: int
    dma_mm2s_channels: int
    bds: int
    locks: int


@dataclass(frozen=True)
class StreamSpec:
    """Stream switch. ``link_ports_*``: parallel 32-bit (AIE-ML v2: 64-bit) circuit-switched
    streams between two neighbouring switches in each direction (a master port of one switch
    wired to a slave port of the next; AM020-SS totals, per-direction split RT-INIT,
    aieml-facts.md sections 5 and 7): north 6, south 4, east / west 4 in the shim and compute
    rows, none in memory-tile rows (AM020-MTLOCK: no east or west ports)."""
    width_bits: int
    hop_latency_cycles: int
    port_fifo_words: int
    dma_bytes_per_cycle: int
    link_ports_north: int
    link_ports_south: int
    link_ports_east_west: int
    memtile_link_ports_east_west: int


@dataclass(frozen=True)
class CascadeSpec:
    width_bits: int
    fifo_depth_words: int
    read_latency_cycles: int


@dataclass(frozen=True)
class PlioSpec:
    """PL interface streams. ``in_streams_per_column`` / ``out_streams_per_column``: 64-bit
    PL->array / array->PL streams of one shim-PL column (AM020 "AIE-ML to Programmable Logic
    Interface": 8 in, 6 out); a 128-bit PLIO takes two of them (:meth:`plios_per_column`)."""
    width_bits: int
    allowed_width_bits: tuple[int, ...]
    cdc_fifo_words: int
    in_streams_per_column: int
    out_streams_per_column: int

    def plios_per_column(self, direction: str, width_bits: int) -> int:
        """PLIOs of ``width_bits`` one shim-PL column takes in ``direction`` ("in"/"out"):
        64-bit physical streams, two per 128-bit PLIO (AM020)."""
        streams = self.in_streams_per_column if direction == "in" else self.out_streams_per_column
        return streams // max(1, width_bits // 64)


@dataclass(frozen=True)
class CoreSpec:
    load_units: int
    load_bits: int
    store_units: int
    store_bits: int
    vector_units: int


@dataclass(frozen=True)
class ShimSpec:
    """Shim (array interface) tile DMA of the NoC columns (AM020-SHIMDMA; RT-INIT)."""
    dma_s2mm_channels: int
    dma_mm2s_channels: int
    bds: int
    locks: int


@dataclass(frozen=True)
class TimingSpec:
    """Latencies and rates of the timing model that AMD does not publish as such.

    Every value carries its source in the device file: a measurement it was calibrated on
    (a case of ../shared/validation), or ``assumption``. Units are in the names (cycles of
    the array clock, bytes per array cycle). ``sim.timing.params.TimingParams`` reads them.
    """
    lock_wakeup_cycles: int
    dma_lock_acquire_cycles: int
    dma_lock_release_cycles: int
    dma_bd_setup_cycles: int
    dma_mm2s_chained_bd_extra_cycles: int   # compute-tile MM2S: a BD started straight after the previous one
    plio_cdc_latency_cycles: int
    cascade_hop_cycles: int
    kernel_first_call_extra_cycles: int
    kernel_call_overhead_cycles: int        # prologue/epilogue/return around a kernel body (isa.timing CoreTiming)
    kernel_epilogue_fraction: float
    lock_max_value: int
    shim_mm2s_read_latency_cycles: int
    shim_mm2s_warm_read_latency_cycles: int      # later tasks of a channel (warm path)
    shim_mm2s_read_bytes_per_cycle: float
    shim_s2mm_write_response_cycles: int
    shim_s2mm_first_write_response_cycles: int   # a channel's first write of a session (cold path)
    shim_s2mm_write_bytes_per_cycle: float
    tile_lock_wakeup_cycles: int


@dataclass(frozen=True)
class MmulSpec:
    """MAC rate and native ``aie::mmul`` shapes (M, K, N) for one type pair (API-MMUL)."""
    macs_per_cycle: int
    native_shapes: tuple[tuple[int, int, int], ...]
    acc_bits: int


@dataclass(frozen=True)
class Device:
    """One AIE-ML device. ``mmul`` maps a type pair such as ``"int8xint8"`` to its spec."""
    name: str
    arch: str
    clock_hz: float
    pl_clock_hz: float
    grid: Grid
    compute_tile: ComputeTileSpec
    memtile: MemtileSpec
    stream: StreamSpec
    cascade: CascadeSpec
    plio: PlioSpec
    core: CoreSpec
    shim: ShimSpec
    timing: TimingSpec
    mmul: dict[str, MmulSpec]

    def mmul_spec(self, type_pair: str) -> MmulSpec:
        try:
            return self.mmul[type_pair]
        except KeyError:
            raise DeviceError(
                f"device {self.name!r} has no mmul for type pair {type_pair!r}; "
                f"it supports {', '.join(sorted(self.mmul))}") from None

    @property
    def memtiles(self) -> int:
        return self.grid.columns * self.grid.memtile_rows


def _freeze(value):
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _check_type(value, hint, where: str):
    """Reject a scalar of the wrong type (an int is accepted where a float is declared)."""
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise DeviceError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if hint is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise DeviceError(f"{where}: expected an integer, got {value!r}")
    if hint is str and not isinstance(value, str):
        raise DeviceError(f"{where}: expected a string, got {value!r}")
    return value


def _build(cls, data: dict, where: str):
    if not isinstance(data, dict):
        raise DeviceError(f"{where}: expected a table, got {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    missing = sorted(names - set(data))
    if unknown:
        raise DeviceError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(names))}")
    if missing:
        raise DeviceError(f"{where}: missing key(s) {', '.join(missing)}")
    kwargs = {}
    for name in names:
        hint = hints[name]
        value = data[name]
        if dataclasses.is_dataclass(hint):
            kwargs[name] = _build(hint, value, f"{where}.{name}")
        elif name == "mmul":
            kwargs[name] = {k: _build(MmulSpec, v, f"{where}.mmul.{k}") for k, v in value.items()}
        else:
            kwargs[name] = _check_type(_freeze(value), hint, f"{where}.{name}")
    return cls(**kwargs)


def available_devices() -> list[str]:
    """Names of the bundled device files."""
    root = resources.files("aiesim_py.arch") / "devices"
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".toml"))


@functools.lru_cache(maxsize=None)
def load_device(name: str) -> Device:
    """Load a bundled device by name (case-insensitive), e.g. ``"ve2802"``.

    Raises:
        DeviceError: unknown device, malformed file, unknown or missing keys.
    """
    key = name.lower()
    if key not in available_devices():
        raise DeviceError(f"unknown device {name!r}; available: {', '.join(available_devices())}")
    path = resources.files("aiesim_py.arch") / "devices" / f"{key}.toml"
    try:
        data = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as exc:
        raise DeviceError(f"device file {key}.toml is not valid TOML: {exc}") from None
    return _build(Device, data, f"{key}.toml")
