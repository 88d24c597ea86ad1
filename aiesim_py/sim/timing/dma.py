"""DMA transfers: one simpy process per sending channel, a few events per transfer.

A sending channel (memory-tile MM2S, compute-tile MM2S or a PLIO source) repeats per
iteration:

1. acquire its source slot (the buffer part is full), pay lock-acquire + BD-setup latency;
   from then on (``t_src``) it pushes words into the stream. A channel that had to wait
   for the lock resumes ``lock_wakeup_cycles`` after the release that fills its slot
   (:class:`~locks.Lock`); one whose slot was already full pays only the acquire;
2. acquire every destination slot (free). A receiving S2MM channel is ready
   ``lock-acquire + BD-setup`` cycles after its slot became free (plus the wake-up when it
   was waiting for it) and after it finished its previous transfer; a broadcast flows
   only when every peer is ready;
3. words move at ``rate`` bytes/cycle. The first word arrives at
   ``t_first = max(t_src + latency, every receiver ready)`` where ``latency`` is the
   route's stream-switch hops x hop latency (+ the PL clock crossing for PLIO). While the
   receivers are not ready the words wait in the switch port FIFOs (``pipe_bytes``, 8 words
   per hop, AM020-SSLAT), which is why the hop latency is hidden when a stream is
   back-pressured;
4. the destination slots become full when the last word has arrived
   (``t_last = t_first + nbytes / rate``); the source slot is freed when the last word has
   left the source, ``max(t_src + duration, t_last - max(latency, pipe transit))``.

Approximation: the sender holds its source slot while it waits for the receivers (a
transfer smaller than the pipe could really finish pushing and release earlier).

Port contention: routes that share a stream-switch port share its bandwidth (one stream
word per cycle, AM020-SS; 64 bit on AIE-ML v2, AM027). A :class:`StreamPort` is a fluid
bandwidth server: each transfer through it reserves ``nbytes / port rate`` cycles of the
port, first come first served, starting no earlier than its own first word; its last word
cannot arrive before its reservation ends (``t_last = max(t_first + nbytes / rate,
reservation end)``). A route slower than the port (a PLIO) leaves the rest of the port to
others; two full-rate routes through one port each get half of it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import simpy

from aiesim_py.sim.timing.locks import SlotBuffer, release_after
from aiesim_py.sim.timing.params import TimingParams
from aiesim_py.sim.timing.trace import Tracer


#: MM2S_CHAINED_BD_CHANGE (session 14, calibrated, no public source): a compute-tile MM2S BD that starts straight after
#: its previous one (not the first BD, no lock wait in between) pays :attr:`Transfer.chained_extra_cycles` (the device
#: file's ``dma_mm2s_chained_bd_extra_cycles``) on top of its set-up. ``False`` reproduces the figures before it (the
#: blind-figure tests of the held-out cases switch it off). Evidence: validation/cases_c11.py PINGPONG_DIAGNOSTIC.
MM2S_CHAINED_BD_CHANGE = True


@dataclass
class ChannelCounters:
    """Mutable per-channel statistics, filled during the run (cycles, bytes)."""
    name: str
    kind: str           # "mm2s", "s2mm", "plio_in", "plio_out"
    location: str       # "tile(c,r)", "memtile(c,r)", "shim(c)"
    transfers: int = 0
    bytes: int = 0
    busy_cycles: int = 0          # cycles moving words (nbytes / rate per transfer)
    wait_data_cycles: int = 0     # sender waiting for its source slot to fill
    wait_space_cycles: int = 0    # sender stalled by receivers (no free slot, back-pressure)

    @property
    def track(self) -> str:
        return f"{self.location}/{self.name} {self.kind}"


class StreamPort:
    """One stream-switch port (or inter-switch link) shared by several routes.

    Attributes:
        name: what it is, e.g. ``"tile(2,0) north master 0"``.
        bytes_per_cycle: port bandwidth (``TimingParams.stream_bytes_per_cycle``).
        free_at: cycle from which the port has no reserved bandwidth left.
        reserved_cycles: total cycles reserved so far (for utilisation reports).
    """
    __slots__ = ("name", "bytes_per_cycle", "free_at", "reserved_cycles")

    def __init__(self, name: str, bytes_per_cycle: float):
        if bytes_per_cycle <= 0:
            raise ValueError(f"stream port {name!r}: bandwidth must be positive, got {bytes_per_cycle}")
        self.name = name
        self.bytes_per_cycle = float(bytes_per_cycle)
        self.free_at = -math.inf
        self.reserved_cycles = 0.0

    def reserve(self, earliest: float, nbytes: int) -> float:
        """Reserve the port for ``nbytes`` from ``earliest`` on; returns the end of the
        reservation (cycle)."""
        start = max(earliest, self.free_at)
        need = nbytes / self.bytes_per_cycle
        self.free_at = start + need
        self.reserved_cycles += need
        return self.free_at


@dataclass
class Transfer:
    """One sending channel and what it moves each iteration.

    Attributes:
        nbytes: bytes per iteration (the BD length).
        rate: bytes per array cycle (min of every port on the route).
        latency: cycles from a word leaving the sender to it arriving.
        pipe_bytes: bytes the route can hold while the receivers are not ready.
        source: (buffer, reader index), or None for a PLIO source (always has data).
        dests: (buffer, writer index) per destination buffer; empty for a PLIO sink.
        sender: counters of the sending channel; receivers: of each receiving channel.
        source_setup_cycles: sender lock-acquire + BD setup (0 for a PLIO source).
        starts, arrivals: if not None, the cycle the first word of every iteration leaves
            the sender / reaches the receivers is appended (PLIO input and output times).
        ports: stream-switch ports on the route that other routes may share (bandwidth is
            shared, see the module docstring); empty when the route owns its ports.
        per_iteration: BDs per graph iteration (streamed weight chunks,
            :mod:`~aiesim_py.sim.timing.weights`): the process then runs ``iterations x
            per_iteration`` transfers and the trace names them "iter i chunk c".
        chained_extra_cycles: added to ``source_setup_cycles`` when a BD starts straight
            after the previous one (not the first BD, and its source slot was already full,
            so the sender did not wait for a lock in between): the compute-tile MM2S's
            ``dma_mm2s_chained_bd_extra_cycles`` (device file; MM2S_CHAINED_BD_CHANGE,
            calibrated on C13 / C11, no public source). 0 for every other sender.
    """
    nbytes: int
    rate: float
    latency: int
    pipe_bytes: int
    source: tuple[SlotBuffer, int] | None
    dests: list[tuple[SlotBuffer, int]]
    sender: ChannelCounters
    receivers: list[ChannelCounters] = field(default_factory=list)
    source_setup_cycles: int = 0
    starts: list[int] | None = None
    arrivals: list[int] | None = None
    ports: list[StreamPort] = field(default_factory=list)
    per_iteration: int = 1
    chained_extra_cycles: int = 0

    @property
    def duration_cycles(self) -> int:
        return math.ceil(self.nbytes / self.rate - 1e-9)


def transfer_process(env: simpy.Environment, p: TimingParams, tr: Transfer, iterations: int,
                     tracer: Tracer):
    """simpy process: run ``tr`` for ``iterations`` iterations (see module docstring)."""
    ch = tr.sender
    who = f"{ch.name} ({ch.kind})"
    if tr.source is not None:
        tr.source[0].claim(who, reader=tr.source[1])
    for buf, w in tr.dests:
        buf.claim(who, writer=w)
    dur = tr.duration_cycles
    dest_setup = p.dma_lock_acquire_cycles + p.dma_bd_setup_cycles
    transit = max(tr.latency, math.ceil(tr.pipe_bytes / tr.rate))
    prev_last = -math.inf        # receivers take one BD after the other
    for i in range(iterations):
        t_req = env.now
        if tr.source is not None:
            lock, value = tr.source[0].reader_lock(i, tr.source[1])
            yield from lock.wait(value, who)
        ch.wait_data_cycles += env.now - t_req
        setup = tr.source_setup_cycles
        if MM2S_CHAINED_BD_CHANGE and i > 0 and env.now == t_req:      # chained straight after the previous BD
            setup += tr.chained_extra_cycles
        if setup:
            yield env.timeout(setup)
        t_src = env.now
        ready = prev_last
        for buf, w in tr.dests:
            lock, value = buf.writer_lock(i, w)
            ev = lock.acquire(value, who)
            if ev is not None:
                yield ev
                ready = max(ready, env.now)
            else:
                ready = max(ready, lock.released_at)
        t_first = max(t_src + tr.latency, ready + dest_setup if tr.dests else prev_last)
        t_last = t_first + dur
        for port in tr.ports:
            t_last = max(t_last, math.ceil(port.reserve(t_first, tr.nbytes) - 1e-9))
        src_done = max(t_src + dur, t_last - transit)
        prev_last = t_last
        if src_done > env.now:
            yield env.timeout(src_done - env.now)
        src_done = env.now
        ch.wait_space_cycles += src_done - t_src - dur
        if tr.starts is not None:
            tr.starts.append(t_src)
        if tr.arrivals is not None:
            tr.arrivals.append(t_first)
        for c in [ch, *tr.receivers]:
            c.transfers += 1
            c.bytes += tr.nbytes
            c.busy_cycles += dur
        if tracer.enabled:
            label = f"iter {i}" if tr.per_iteration == 1 else \
                f"iter {i // tr.per_iteration} chunk {i % tr.per_iteration}"
            tracer.add(ch.track, label, t_src, src_done)
            for c in tr.receivers:
                tracer.add(c.track, label, t_first, t_last)
        if tr.source is not None:
            release_after(env, p.dma_lock_release_cycles, tr.source[0].read(i))
        if tr.dests:
            release_after(env, t_last - env.now + p.dma_lock_release_cycles,
                          [rel for buf, _ in tr.dests for rel in buf.written(i)])
