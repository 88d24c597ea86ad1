"""Shim (array interface) tile DMA between external memory and the array (GMIO).

A NoC shim tile has 2 MM2S and 2 S2MM channels (AM020-SHIMDMA); each moves one stream
word per cycle on the array side and talks to DDR through the NoC on the other side over a
128-bit AXI4 master shared by the two channels of a direction (AM020-SHIMDMA). One BD is
one task; the hardware trace marks its ``START_TASK`` and ``FINISHED_TASK`` events (RT-EVT
memory-tile / shim DMA events), which is what C6 measures.

Mechanisms (constants in the device file's ``[timing]`` table, with their sources):

* **MM2S** (DDR -> stream): BD setup (``dma_bd_setup_cycles``) and the lock acquire, then
  the first read returns after ``shim_mm2s_read_latency_cycles`` (NoC + DDR controller +
  DRAM access) on the channel's first task of a session (cold path), after
  ``shim_mm2s_warm_read_latency_cycles`` on its later tasks (xdna-emu K-sweep: first task
  774..1478 cycles, later ones ~313 at N = 64); from then on words leave at the slower of the stream port
  (``stream_bytes_per_cycle``) and the DDR/NoC read rate
  (``shim_mm2s_read_bytes_per_cycle``). The task finishes with its last word pushed.
* **S2MM** (stream -> DDR): BD setup and lock acquire, then words are accepted at the
  slower of the stream and the NoC write rate (``shim_s2mm_write_bytes_per_cycle``) as they
  arrive; writes are posted, and the task finishes when the response to the last write
  returns (``shim_s2mm_write_response_cycles`` after it was issued). The first write of a
  channel in a session meets a cold DDR/NoC path: its response takes
  ``shim_s2mm_first_write_response_cycles``, and since AXI returns the responses of
  same-ID writes in order (AMBA AXI4 spec, transaction ordering), that channel's first task
  cannot finish before it: ``finish = max(last write + response, first write + cold
  response)``. Source: xdna-emu's Phoenix silicon traces (C6): every first S2MM task of a
  session seen there lasts 691..1001 cycles for N <= 512 words (N-sweep rows and the K-sweep
  first tasks at N = 64), later tasks of a session 227..250 at N = 64, and N >= 1024 first
  tasks 171 + N: the cold response hides behind the data of a long task.

Both run as simpy processes, so a shim channel can sit in a larger model (the sender of an
S2MM can be any process that calls :meth:`ShimChannel.deliver`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import simpy

from aiesim_py.errors import SimulationError
from aiesim_py.sim.timing.params import TimingParams
from aiesim_py.sim.timing.trace import Tracer

DIRECTIONS = ("mm2s", "s2mm")


@dataclass
class ShimTask:
    """One BD run on a shim channel (cycles of the array clock).

    Attributes:
        nbytes: bytes the BD moves (a multiple of 4: 32-bit words, AM020-SHIMDMA alignment).
        start_cycle / finish_cycle: the START_TASK / FINISHED_TASK events.
        first_word_cycle: first word on the stream (MM2S) or written (S2MM).
    """
    nbytes: int
    start_cycle: int | None = None
    first_word_cycle: int | None = None
    finish_cycle: int | None = None

    @property
    def duration_cycles(self) -> int:
        if self.start_cycle is None or self.finish_cycle is None:
            raise SimulationError("shim task has not finished; run the simulation first")
        return self.finish_cycle - self.start_cycle


@dataclass
class ShimChannel:
    """One shim DMA channel: ``direction`` "mm2s" (DDR -> array) or "s2mm" (array -> DDR)."""
    name: str
    direction: str
    tasks: list[ShimTask] = field(default_factory=list)
    #: The channel has run a task in this session, so its DDR/NoC path is warm (MM2S: warm
    #: read latency; S2MM: no cold first-write response). False for a fresh channel, as
    #: after loading a design.
    warm: bool = False

    def __post_init__(self):
        if self.direction not in DIRECTIONS:
            raise SimulationError(f"shim channel {self.name!r}: direction {self.direction!r}, "
                                  f"expected one of {', '.join(DIRECTIONS)}")

    @property
    def track(self) -> str:
        return f"shim/{self.name} {self.direction}"


def _words_rate(p: TimingParams, direction: str) -> float:
    """Bytes per array cycle of the channel's data phase: the slower of the stream port and
    the NoC side."""
    noc = p.shim_mm2s_read_bytes_per_cycle if direction == "mm2s" else p.shim_s2mm_write_bytes_per_cycle
    if noc <= 0:
        raise SimulationError(f"shim {direction} NoC rate {noc} B/cycle: it must be positive "
                              "(device file [timing])")
    return min(float(p.dma_bytes_per_cycle), float(p.stream_bytes_per_cycle), noc)


def shim_task_process(env: simpy.Environment, p: TimingParams, ch: ShimChannel, task: ShimTask,
                      data_ready_cycle: int | None = None, tracer: Tracer | None = None):
    """simpy process: run one BD on ``ch`` from now (its START_TASK).

    ``data_ready_cycle``: for S2MM, the cycle the first word reaches the channel (default:
    already waiting, as when the sender was stalled on this channel). Words then arrive at
    the channel's rate.
    """
    if task.nbytes <= 0 or task.nbytes % 4:
        raise SimulationError(f"shim task of {task.nbytes} bytes: a BD moves whole 32-bit words")
    task.start_cycle = int(env.now)
    yield env.timeout(p.dma_bd_setup_cycles + p.dma_lock_acquire_cycles)
    rate = _words_rate(p, ch.direction)
    data_cycles = math.ceil(task.nbytes / rate - 1e-9)
    if ch.direction == "mm2s":
        yield env.timeout(p.shim_mm2s_warm_read_latency_cycles if ch.warm else p.shim_mm2s_read_latency_cycles)
        ch.warm = True
        task.first_word_cycle = int(env.now)
        yield env.timeout(data_cycles)
    else:
        if data_ready_cycle is not None and data_ready_cycle > env.now:
            yield env.timeout(data_ready_cycle - env.now)
        task.first_word_cycle = int(env.now)
        yield env.timeout(data_cycles)
        done = env.now + p.shim_s2mm_write_response_cycles
        if not ch.warm:
            done = max(done, task.first_word_cycle + p.shim_s2mm_first_write_response_cycles)
            ch.warm = True
        yield env.timeout(done - env.now)
    task.finish_cycle = int(env.now)
    ch.tasks.append(task)
    if tracer is not None and tracer.enabled:
        tracer.add(ch.track, f"BD {task.nbytes} B", task.start_cycle, task.finish_cycle)


def shim_task_cycles(p: TimingParams, direction: str, nbytes: int) -> int:
    """START_TASK -> FINISHED_TASK cycles of one BD of ``nbytes`` on an idle shim channel
    fresh in its session (cold path: MM2S pays the cold read latency, S2MM the cold first
    write response), simulated (one process
    in a fresh simpy environment).

    Raises:
        SimulationError: unknown direction, a size that is not whole 32-bit words.
    """
    env = simpy.Environment()
    ch = ShimChannel("shim0", direction)
    task = ShimTask(nbytes)
    env.process(shim_task_process(env, p, ch, task))
    env.run()
    return task.duration_cycles
