"""Compute-tile cores and the cascade streams between them.

A kernel call lasts the kernel's cost-model cycles (two timeouts: the work up to its last
cascade operation, then the epilogue), longer only when the cascade stalls it. ADF semantics: the core
acquires its input buffer (and its output buffer, for roles that write one) before the
call and releases them after it; the core's lock operations are already in the cost model
(``DenseCost.call_overhead_cycles``). A core that waits for a buffer slot resumes
``lock_wakeup_cycles`` after the release that satisfies it (device file ``[timing]``).

Cascade (AM020-IF: 512-bit words, two-deep FIFOs at the output and at the input) is
modelled per call, as a token FIFO holding ``capacity`` whole calls, where
``capacity = cascade FIFO bytes // cascade bytes of one call`` (usually 0: a call's partial
sums do not fit in the 4 words of FIFO). A token carries the cycle of the producer's last
cascade write of that call. Then:

* an upstream core cannot issue its last cascade write of call ``i`` before its
  downstream neighbour has started call ``i - capacity`` (the consumer drains the stream;
  with capacity 0 this is a rendezvous);
* a downstream core cannot finish its work on call ``i`` before the upstream's first
  word of its last output group + ``cascade_hop_cycles`` + one output group of its own
  (``DenseCost.group_cycles``: its cascade reads, MACs and finish; the dense kernel reads
  partial sums at the start of each group, firmware/kernels/dense.h.j2 ``init``).
  The group's words reach the downstream one per cycle as the upstream writes them and the
  downstream reads each as it arrives (AM020-IF two-deep FIFOs, the same rule as
  :func:`aiesim_py.sim.timing.cascade_chain._cascade_call`); ``group_cycles`` already spans
  the downstream's reads of the whole group, so the hop counts from the first word, the
  token's cycle less ``Cascade.lead_cycles`` (the upstream's words per group - 1).
  CASCADE_HOP_CHANGE (made after seeing C32's errors, validation/cases_c32.py): before it the
  hop counted from the last word (the group's streaming charged twice);
  :data:`HOP_FROM_FIRST_WORD` = False reproduces those figures.
A call ends with its epilogue (share ``kernel_epilogue_fraction`` of the call overhead)
after its last cascade operation. Time a core spends past its cost-model cycles for either
reason is cascade stall.
"""
from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import ClassVar

import simpy

from aiesim_py.kernels.dense import DenseCost, DenseParams
from aiesim_py.sim.timing.locks import LockTable, SlotBuffer
from aiesim_py.sim.timing.params import TimingParams
from aiesim_py.sim.timing.trace import Tracer

TILE_BUFFER_SLOTS = 2
"""ADF ``input_buffer`` / ``output_buffer`` kernel ports are ping-pong by default (UG1603)."""

#: CASCADE_HOP_CHANGE (post-blind, validation/cases_c32.py): the downstream's group counts from the
#: first word of the upstream's last group (True) or from its last word (False: the figures before).
HOP_FROM_FIRST_WORD = True


class Cascade:
    """The cascade stream from one core to its neighbour (see module docstring)."""

    def __init__(self, table: LockTable, src: str, dst: str, bytes_per_call: int, capacity_calls: int):
        self.src = src
        self.dst = dst
        self.bytes_per_call = bytes_per_call
        self.capacity_calls = capacity_calls
        # released by the consumer when it starts a call; acquired by the producer to finish
        self.space = table.new(f"cascade {src} -> {dst} (consumer has not started the call)",
                               capacity_calls)
        # released by the producer when it finishes a call; acquired by the consumer to finish
        self.data = table.new(f"cascade {src} -> {dst} (partial sums not yet sent)", 0)
        self.space.released_by = [self.data]     # the consumer acquires data, then frees space
        self.data.released_by = [self.space]
        self.finish_times: deque[int] = deque()
        self.transfers = 0
        # cycles from the first to the last word of the producer's output group (words - 1)
        self.lead_cycles = 0


def cascade_phases(p: DenseParams, cost: DenseCost, epilogue_fraction: float) -> tuple[int, int]:
    """(group_cycles, epilogue_cycles): cycles of one output group on its own, from its
    cascade reads (or bias) through its MACs to its finish (``DenseCost.group_cycles``), and
    of the call epilogue after the last group."""
    return cost.group_cycles, math.ceil(cost.call_overhead_cycles * epilogue_fraction)


def group_words(p: DenseParams, cost: DenseCost, word_bytes: int) -> int:
    """512-bit cascade words of one output group the kernel writes (its call's partial sums over
    ``cost.groups``; weight chunks included: ``DenseCost.groups`` counts every chunk's groups)."""
    return max(1, -(-p.cascade_bytes // (max(1, cost.groups) * word_bytes)))


@dataclass
class KernelCounters:
    """Mutable per-kernel statistics (cycles)."""
    name: str
    tile: tuple[int, int]
    layer: int
    role: str
    cycles_per_call: int
    calls: int = 0
    busy_cycles: int = 0
    stall_input_cycles: int = 0      # waiting for a full input buffer
    stall_output_cycles: int = 0     # waiting for a free output buffer
    stall_cascade_cycles: int = 0    # waiting on the cascade (either direction)

    @property
    def track(self) -> str:
        return f"tile({self.tile[0]},{self.tile[1]})/{self.name} core"


@dataclass
class Core:
    """One kernel on one compute tile, wired to its buffers and cascades."""
    counters: KernelCounters
    in_buf: SlotBuffer
    out_buf: SlotBuffer | None
    cascade_in: Cascade | None
    cascade_out: Cascade | None
    group_cycles: int
    epilogue_cycles: int
    #: the core's reader index of ``in_buf``: 0, except when it reads a direct kernel-to-kernel
    #: buffer in place together with other consumers (sim/timing/model.py, compiler passes/direct.py);
    #: a class default, set per instance (not a field: StreamedCore's positional fields follow)
    in_reader: ClassVar[int] = 0


def cascade_sync(env: simpy.Environment, p: TimingParams, core: Core, who: str, work_end: int):
    """simpy sub-process (``yield from``) of one call's cascade operations, after the core's
    own work up to its last cascade operation would end at ``work_end`` (cycle): receive the
    upstream partial sums (not before their write + ``cascade_hop_cycles`` + one output group),
    then hand this call's partial sums downstream once the consumer has started the call
    (see the module docstring)."""
    if core.cascade_in is not None:
        yield from core.cascade_in.data.wait(1, who)
        upstream_write = core.cascade_in.finish_times.popleft()
        if HOP_FROM_FIRST_WORD:
            upstream_write -= core.cascade_in.lead_cycles
        work_end = max(work_end, upstream_write + p.cascade_hop_cycles + core.group_cycles)
        if work_end > env.now:
            yield env.timeout(work_end - env.now)
    if core.cascade_out is not None:
        yield from core.cascade_out.space.wait(1, who)
        work_end = env.now
        core.cascade_out.finish_times.append(work_end)
        core.cascade_out.transfers += 1
        core.cascade_out.data.release(1)


def begin_call(env: simpy.Environment, core: Core, i: int, who: str):
    """simpy sub-process: acquire call ``i``'s input buffer, then its output buffer (the kernel's lock
    acquires, UG1603 buffer ports), charge the waits to the core's input / output stall counters (cycles) and
    free one cascade FIFO slot for the upstream kernel. Returns when the call can start (``env.now``)."""
    c = core.counters
    t_req = env.now
    lock, value = core.in_buf.reader_lock(i, core.in_reader)
    yield from lock.wait(value, who)
    t_in = env.now
    if core.out_buf is not None:
        lock, value = core.out_buf.writer_lock(i, 0)
        yield from lock.wait(value, who)
    c.stall_input_cycles += t_in - t_req
    c.stall_output_cycles += env.now - t_in
    if core.cascade_in is not None:
        core.cascade_in.space.release(1)


def core_process(env: simpy.Environment, p: TimingParams, core: Core, iterations: int, tracer: Tracer):
    """simpy process: ``iterations`` calls of one kernel (see module docstring)."""
    c = core.counters
    who = f"{c.name} (core)"
    core.in_buf.claim(who, reader=core.in_reader)
    if core.out_buf is not None:
        core.out_buf.claim(who, writer=0)
    for cas, lock in ((core.cascade_in, "data"), (core.cascade_out, "space")):
        if cas is not None:
            getattr(cas, lock).acquirers.add(who)
    for i in range(iterations):
        yield from begin_call(env, core, i, who)
        start = env.now
        cycles = c.cycles_per_call + (p.kernel_first_call_extra_cycles if i == 0 else 0)
        epilogue = min(core.epilogue_cycles, cycles)
        work_end = start + cycles - epilogue     # last cascade operation, unstalled
        yield env.timeout(work_end - start)
        yield from cascade_sync(env, p, core, who, work_end)
        yield env.timeout(epilogue)
        end = env.now
        c.calls += 1
        c.busy_cycles += cycles
        c.stall_cascade_cycles += end - start - cycles
        if tracer.enabled:
            tracer.add(c.track, f"call {i}", start, start + cycles)
            if end > start + cycles:
                tracer.add(c.track, "cascade wait", start + cycles, end)
        for lock, delta in core.in_buf.read(i):
            lock.release(delta)
        if core.out_buf is not None:
            for lock, delta in core.out_buf.written(i):
                lock.release(delta)
