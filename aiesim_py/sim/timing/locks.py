"""AIE-ML semaphore locks and the ping-pong buffers built from them.

Semantics (PEANO-LOCK, UG1583-LOCK, aieml-facts.md section 6): ``acquire_greater_equal(v)``
blocks until ``state >= v`` and then subtracts ``v``; ``release(d)`` adds ``d`` and never
blocks the releaser. Buffers use AMD's producer/consumer lock pairs (mlir-aie ObjectFIFO
lowering): a consumer ("full") lock starts at 0 and a producer ("free") lock at the number
of parties that must free the slot.
"""
from __future__ import annotations

import simpy

from aiesim_py.errors import SimulationError


class Lock:
    """One semaphore lock. ``name`` says what it guards (buffer slot, cascade) for reports.

    Use :meth:`acquire` from a simpy process::

        ev = lock.acquire(1, "dense0_c0_l0 core")
        if ev is not None:      # not granted at once: wait
            yield ev
    """
    __slots__ = ("env", "name", "state", "max_value", "released_at", "wakeup", "_waiters")

    def __init__(self, env: simpy.Environment, name: str, init: int, max_value: int, wakeup: int = 0):
        if not 0 <= init <= max_value:
            raise SimulationError(f"lock {name!r}: initial value {init} outside 0..{max_value}")
        self.env = env
        self.name = name
        self.state = init
        self.max_value = max_value
        self.released_at = env.now     # cycle of the last release (or creation)
        self.wakeup = wakeup           # release -> blocked requester resumes (device file [timing] lock_wakeup_cycles)
        self._waiters: list[tuple[simpy.Event, int, str]] = []

    def acquire(self, value: int, who: str) -> simpy.Event | None:
        """acquire_greater_equal(value). Returns None when granted now, else an event that
        fires when granted: the state is decremented at the release that satisfies the
        request, and the requester resumes ``wakeup`` cycles later."""
        if not self._waiters and self.state >= value:
            self.state -= value
            return None
        ev = self.env.event()
        self._waiters.append((ev, value, who))
        return ev

    def release(self, delta: int) -> None:
        """release(delta): add ``delta``, then grant every waiter that now fits, in order."""
        self.state += delta
        self.released_at = self.env.now
        if self.state > self.max_value:
            raise SimulationError(
                f"lock {self.name!r} would reach {self.state}, above the 6-bit maximum "
                f"{self.max_value}: the design releases more often than it acquires")
        if self._waiters:
            still = []
            for ev, value, who in self._waiters:
                if self.state >= value:
                    self.state -= value
                    if self.wakeup > 0:
                        self.env.timeout(self.wakeup).callbacks.append(lambda _t, ev=ev: ev.succeed())
                    else:
                        ev.succeed()
                else:
                    still.append((ev, value, who))
            self._waiters = still

    def waiting(self) -> list[str]:
        """One line per blocked requester, for deadlock reports."""
        return [f"{who} waits on {self.name} (needs >= {v}, state {self.state})"
                for _, v, who in self._waiters]


class LockTable:
    """Every lock of one simulation (so a deadlock report can list all waiters)."""

    def __init__(self, env: simpy.Environment, max_value: int):
        self.env = env
        self.max_value = max_value
        self.locks: list[Lock] = []

    def new(self, name: str, init: int = 0, wakeup: int = 0) -> Lock:
        lock = Lock(self.env, name, init, self.max_value, wakeup)
        self.locks.append(lock)
        return lock

    def waiting(self) -> list[str]:
        return [line for lock in self.locks for line in lock.waiting()]


def release_after(env: simpy.Environment, delay: int, releases: list[tuple[Lock, int]]) -> None:
    """Release ``(lock, delta)`` pairs ``delay`` cycles from now without a process
    (one timeout event with a callback)."""
    if delay <= 0:
        for lock, delta in releases:
            lock.release(delta)
        return
    ev = env.timeout(delay)
    ev.callbacks.append(lambda _ev: [lock.release(delta) for lock, delta in releases])


def _slot_name(slot: int, slots: int) -> str:
    return ("ping", "pong")[slot] if slots == 2 else f"slot {slot}"


class SlotBuffer:
    """A multi-slot (ping-pong) buffer with named writer and reader ports.

    Iteration ``i`` uses slot ``i % slots``. A slot is full for a reader when every writer
    has written its part of it; it is free for a writer when every reader has read it.
    Per slot: one "full" lock per reader (writers each release 1, the reader acquires
    ``len(writers)``) and one "free" lock per writer (starts at ``len(readers)``; readers
    each release 1, the writer acquires ``len(readers)``). A buffer with no reader can be
    written once per slot and then blocks, one with no writer never fills.
    """

    def __init__(self, table: LockTable, name: str, slots: int, writers: list[str], readers: list[str],
                 wakeup: int = 0):
        if slots < 1:
            raise SimulationError(f"buffer {name!r} has {slots} slots; it needs at least 1")
        self.name = name
        self.slots = slots
        self.writers = list(writers)
        self.readers = list(readers)
        self.need_writers = max(1, len(self.writers))
        self.need_readers = max(1, len(self.readers))
        self.full = [[table.new(f"buffer {name} [{_slot_name(s, slots)}] full for reader {r}", 0, wakeup)
                      for r in self.readers] for s in range(slots)]
        self.free = [[table.new(f"buffer {name} [{_slot_name(s, slots)}] free for writer {w}",
                                self.need_readers, wakeup)
                      for w in self.writers] for s in range(slots)]

    def writer_lock(self, iteration: int, writer: int) -> tuple[Lock, int]:
        """(lock, value) a writer acquires before writing its part of ``iteration``."""
        return self.free[iteration % self.slots][writer], self.need_readers

    def written(self, iteration: int) -> list[tuple[Lock, int]]:
        """Releases after one writer finished its part of ``iteration``."""
        return [(lock, 1) for lock in self.full[iteration % self.slots]]

    def reader_lock(self, iteration: int, reader: int) -> tuple[Lock, int]:
        """(lock, value) a reader acquires before reading ``iteration``."""
        return self.full[iteration % self.slots][reader], self.need_writers

    def read(self, iteration: int) -> list[tuple[Lock, int]]:
        """Releases after one reader finished reading ``iteration``."""
        return [(lock, 1) for lock in self.free[iteration % self.slots]]
