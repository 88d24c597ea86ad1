"""The result of a timing simulation: latency, interval, throughput and per-unit stats.

Cycles are array-clock cycles (``Device.clock_hz``); ns are derived from them.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from aiesim_py.units import cycles_to_ns, gops


@dataclass(frozen=True)
class KernelStats:
    """One kernel over the whole run (cycles). ``utilization`` is cost-model cycles per call
    over the steady interval (1.0: this kernel is the bottleneck). Input stall includes the
    wait for the first input (pipeline fill)."""
    name: str
    tile: tuple[int, int]
    layer: int
    role: str
    cycles_per_call: int
    calls: int
    busy_cycles: int
    stall_input_cycles: int
    stall_output_cycles: int
    stall_cascade_cycles: int
    utilization: float


@dataclass(frozen=True)
class ChannelStats:
    """One DMA channel or PLIO (cycles, bytes). Waits are those of a sending channel."""
    name: str
    kind: str
    location: str
    transfers: int
    bytes: int
    busy_cycles: int
    wait_data_cycles: int
    wait_space_cycles: int


@dataclass(frozen=True)
class CascadeStats:
    """One cascade connection: calls passed, partial-sum bytes per call, FIFO capacity in calls."""
    src: str
    dst: str
    transfers: int
    bytes_per_call: int
    capacity_calls: int


@dataclass(frozen=True)
class TimingResult:
    """Timing of ``iterations`` graph iterations of one Design.

    Attributes:
        latency_cycles / latency_ns: first input beat at the input PLIO to first output
            beat at the output PLIO, iteration 0.
        interval_cycles / interval_ns: steady-state cycles between the first output beats
            of consecutive iterations, averaged over the second half of the run.
        throughput_gops: ``2 * macs_per_iteration / interval_ns`` (useful ops, unpadded).
        input_times_cycles / output_times_cycles: first-beat cycle of every iteration at
            the input / output PLIO.
        end_cycles: cycle of the last event.
        assumptions: the calibratable constants used (``params.TimingParams``).
        trace: ``(track, name, start_cycle, end_cycle)`` events if simulated with
            ``trace=True``, else None.
        plio_times_cycles: PLIO name -> first-beat cycle of every iteration at that PLIO (input
            accepted by the PL interface / output arrived: the times aiesimulator stamps in its
            PLIO files).
        wall_seconds: host time of the simulation (not compared by ``==``).
    """
    design: str
    device: str
    iterations: int
    clock_hz: float
    latency_cycles: int
    latency_ns: float
    interval_cycles: float
    interval_ns: float
    throughput_gops: float
    macs_per_iteration: int
    tiles_used: int
    memtiles_used: int
    end_cycles: int
    input_times_cycles: tuple[int, ...]
    output_times_cycles: tuple[int, ...]
    kernels: tuple[KernelStats, ...]
    channels: tuple[ChannelStats, ...]
    cascades: tuple[CascadeStats, ...]
    assumptions: dict = field(default_factory=dict)
    trace: tuple[tuple[str, str, int, int], ...] | None = None
    wall_seconds: float = field(default=0.0, compare=False)
    plio_times_cycles: dict = field(default_factory=dict)

    def kernel(self, name: str) -> KernelStats:
        for k in self.kernels:
            if k.name == name:
                return k
        raise KeyError(name)

    def channel(self, name: str) -> ChannelStats:
        for c in self.channels:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def bottleneck(self) -> KernelStats | None:
        """The kernel with the most cost-model cycles per call (None without kernels)."""
        return max(self.kernels, key=lambda k: k.cycles_per_call, default=None)

    def to_dict(self, include_trace: bool = False) -> dict:
        """Plain JSON-able dict; the trace only if ``include_trace``."""
        d = dataclasses.asdict(self)
        if not include_trace:
            d.pop("trace")
        return d


def steady_interval_cycles(output_times: list[int]) -> float:
    """Mean spacing of the output times over the second half of the run.

    Raises:
        ValueError: fewer than two output times.
    """
    n = len(output_times)
    if n < 2:
        raise ValueError("an interval needs at least two iterations")
    last = n - 1
    mid = min(n // 2, n - 2)
    return (output_times[last] - output_times[mid]) / (last - mid)


def make_result(*, design, iterations: int, clock_hz: float, t_in: list[int], t_out: list[int],
                end_cycles: int, kernels, channels, cascades, assumptions: dict,
                trace, wall_seconds: float, plio_times: dict | None = None) -> TimingResult:
    """Freeze the counters of a finished run into a :class:`TimingResult`."""
    latency = t_out[0] - t_in[0]
    interval = steady_interval_cycles(t_out)
    interval_ns = cycles_to_ns(interval, clock_hz)
    kstats = tuple(KernelStats(
        name=k.name, tile=tuple(k.tile), layer=k.layer, role=k.role, cycles_per_call=k.cycles_per_call,
        calls=k.calls, busy_cycles=k.busy_cycles, stall_input_cycles=k.stall_input_cycles,
        stall_output_cycles=k.stall_output_cycles, stall_cascade_cycles=k.stall_cascade_cycles,
        utilization=k.cycles_per_call / interval if interval > 0 else 0.0) for k in kernels)
    cstats = tuple(ChannelStats(c.name, c.kind, c.location, c.transfers, c.bytes, c.busy_cycles,
                                c.wait_data_cycles, c.wait_space_cycles) for c in channels)
    casc = tuple(CascadeStats(c.src, c.dst, c.transfers, c.bytes_per_call, c.capacity_calls) for c in cascades)
    return TimingResult(
        design=design.name, device=design.device, iterations=iterations, clock_hz=clock_hz,
        latency_cycles=latency, latency_ns=cycles_to_ns(latency, clock_hz),
        interval_cycles=interval, interval_ns=interval_ns,
        throughput_gops=gops(2 * design.macs_per_iteration, interval_ns),
        macs_per_iteration=design.macs_per_iteration, tiles_used=design.tiles_used,
        memtiles_used=design.memtiles_used, end_cycles=end_cycles,
        input_times_cycles=tuple(t_in), output_times_cycles=tuple(t_out),
        kernels=kstats, channels=cstats, cascades=casc, assumptions=dict(assumptions),
        trace=tuple(trace) if trace is not None else None, wall_seconds=wall_seconds,
        plio_times_cycles={k: tuple(v) for k, v in (plio_times or {}).items()})
