"""Transaction-level timing simulation of a Design (simpy).

    >>> from aiesim_py.sim.timing import simulate
    >>> r = simulate(design, iterations=16)          # doctest: +SKIP
    >>> r.latency_ns, r.interval_ns, r.throughput_gops  # doctest: +SKIP

Modules: ``params`` (device numbers + assumption constants), ``locks`` (AIE-ML semaphores,
ping-pong buffers), ``dma`` (DMA channel / PLIO transfers), ``tiles`` (cores, cascades),
``model`` (Design -> simpy processes, deadlock detection), ``metrics`` (TimingResult),
``trace`` (event trace, Chrome/Perfetto JSON, VCD), ``shim`` (shim DMA to DDR / GMIO),
``kernel_graph`` (hand-built kernel graphs; its mechanisms in ``plio_routes``, ``stream_ports``,
``buffer_kernels``, ``cascade_chain``), ``weights`` (weight streaming from memory tiles).
"""
from __future__ import annotations

import time

from aiesim_py.arch.device import load_device
from aiesim_py.design import Design
from aiesim_py.errors import SimulationError
from aiesim_py.sim.timing.metrics import (
    CascadeStats, ChannelStats, KernelStats, TimingResult, make_result,
)
from aiesim_py.sim.timing.model import TimingModel
from aiesim_py.sim.timing.params import TimingParams
from aiesim_py.sim.timing.trace import Tracer, chrome_trace, vcd_text, write_chrome_trace, write_trace, write_vcd

__all__ = ["simulate", "TimingResult", "KernelStats", "ChannelStats", "CascadeStats",
           "TimingParams", "write_chrome_trace", "chrome_trace", "write_trace", "write_vcd", "vcd_text"]


def simulate(design: Design, iterations: int = 16, trace: bool = False,
             params: TimingParams | None = None) -> TimingResult:
    """Simulate ``iterations`` graph iterations of ``design``.

    Args:
        design: a compiled Design.
        iterations: graph iterations (>= 2: the interval needs two outputs).
        trace: keep ``(track, name, start_cycle, end_cycle)`` events in the result.
        params: timing parameters; default ``TimingParams.from_device(design's device)``.
    Returns:
        TimingResult (cycles at the device's array clock).
    Raises:
        SimulationError: iterations < 2, an inconsistent design, or a deadlock (the message
            names the blocked processes and the lock, buffer or cascade each waits on).
        DeviceError: unknown device.
    """
    if not isinstance(iterations, int) or iterations < 2:
        raise SimulationError(f"iterations={iterations!r}: simulate at least 2 iterations "
                              "(the interval is measured between outputs)")
    t0 = time.perf_counter()
    device = load_device(design.device)
    p = params or TimingParams.from_device(device)
    tracer = Tracer(trace)
    model = TimingModel(design, p, iterations, tracer)
    model.run()
    return make_result(design=design, iterations=iterations, clock_hz=p.clock_hz,
                       t_in=model.t_in, t_out=model.t_out, end_cycles=int(model.env.now),
                       kernels=model.kernel_counters, channels=model.channels,
                       cascades=model.cascades, assumptions=p.assumptions(),
                       trace=tracer.events if trace else None,
                       wall_seconds=time.perf_counter() - t0, plio_times=model.plio_times())
