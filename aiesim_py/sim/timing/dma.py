"""DMA transfers: one simpy process per sending channel, one event pair per transfer.

A sending channel (memory-tile MM2S, compute-tile MM2S or a PLIO source) repeats per
iteration: acquire its source slot (full), acquire every destination slot (free; a
broadcast starts only when every peer has room), pay lock-acquire + BD-setup latency, then
stream ``nbytes`` at ``rate`` bytes/cycle. The first word reaches the destinations
``latency`` cycles after it leaves (stream-switch hops x hop latency, + CDC for PLIO).
The source slot is freed when the last word has left; the destination slots become full
when the last word has arrived. Receiving (S2MM) channels are not separate processes:
they accept at the same rate, so their busy time is the transfer shifted by the latency.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import simpy

from aiesim_py.sim.timing.locks import SlotBuffer, release_after
from aiesim_py.sim.timing.params import TimingParams
from aiesim_py.sim.timing.trace import Tracer


@dataclass
class ChannelCounters:
    """Mutable per-channel statistics, filled during the run (cycles, bytes)."""
    name: str
    kind: str           # "mm2s", "s2mm", "plio_in", "plio_out"
    location: str       # "tile(c,r)", "memtile(c,r)", "shim(c)"
    transfers: int = 0
    bytes: int = 0
    busy_cycles: int = 0
    wait_data_cycles: int = 0     # sender waiting for its source slot to fill
    wait_space_cycles: int = 0    # sender waiting for room at every destination

    @property
    def track(self) -> str:
        return f"{self.location}/{self.name} {self.kind}"


@dataclass
class Transfer:
    """One sending channel and what it moves each iteration.

    Attributes:
        nbytes: bytes per iteration (the BD length).
        rate: bytes per array cycle (min of every port on the route).
        latency: cycles from a word leaving to it arriving.
        source: (buffer, reader index) or None for a PLIO source.
        dests: (buffer, writer index) per destination buffer; empty for a PLIO sink.
        sender: counters of the sending channel; receivers: of each receiving channel.
        starts, arrivals: if not None, the first-beat send / arrival cycle of every
            iteration is appended (PLIO input and output times).
    """
    nbytes: int
    rate: float
    latency: int
    source: tuple[SlotBuffer, int] | None
    dests: list[tuple[SlotBuffer, int]]
    sender: ChannelCounters
    receivers: list[ChannelCounters] = field(default_factory=list)
    starts: list[int] | None = None
    arrivals: list[int] | None = None

    @property
    def duration_cycles(self) -> int:
        return math.ceil(self.nbytes / self.rate - 1e-9)


def transfer_process(env: simpy.Environment, p: TimingParams, tr: Transfer, iterations: int,
                     tracer: Tracer):
    """simpy process: run ``tr`` for ``iterations`` iterations (see module docstring)."""
    ch = tr.sender
    who = f"{ch.name} ({ch.kind})"
    dur = tr.duration_cycles
    start_delay = p.dma_lock_acquire_cycles + p.dma_bd_setup_cycles
    for i in range(iterations):
        t_req = env.now
        if tr.source is not None:
            lock, value = tr.source[0].reader_lock(i, tr.source[1])
            ev = lock.acquire(value, who)
            if ev is not None:
                yield ev
        t_data = env.now
        for buf, w in tr.dests:
            lock, value = buf.writer_lock(i, w)
            ev = lock.acquire(value, who)
            if ev is not None:
                yield ev
        ch.wait_data_cycles += t_data - t_req
        ch.wait_space_cycles += env.now - t_data
        yield env.timeout(start_delay)
        t0 = env.now
        t_arrive = t0 + tr.latency
        if tr.starts is not None:
            tr.starts.append(t0)
        if tr.arrivals is not None:
            tr.arrivals.append(t_arrive)
        for c in [ch, *tr.receivers]:
            c.transfers += 1
            c.bytes += tr.nbytes
            c.busy_cycles += dur
        if tracer.enabled:
            tracer.add(ch.track, f"iter {i}", t0, t0 + dur)
            for c in tr.receivers:
                tracer.add(c.track, f"iter {i}", t_arrive, t_arrive + dur)
        yield env.timeout(dur)
        if tr.source is not None:
            release_after(env, p.dma_lock_release_cycles, tr.source[0].read(i))
        if tr.dests:
            release_after(env, tr.latency + p.dma_lock_release_cycles,
                          [rel for buf, _ in tr.dests for rel in buf.written(i)])
