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
    __slots__ = ("env", "name", "state", "max_value", "released_at", "wakeup", "_waiters",
                 "acquirers", "released_by")

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
        self.acquirers: set[str] = set()          # processes that acquire this lock (claimed or seen)
        self.released_by: list[Lock] = []         # locks whose acquirers release this one (wait-for graph)

    def wait(self, value: int, who: str):
        """Generator for a simpy process: :meth:`acquire`, waiting when it is not granted at
        once (``yield from lock.wait(value, who)``)."""
        ev = self.acquire(value, who)
        if ev is not None:
            yield ev

    def acquire(self, value: int, who: str) -> simpy.Event | None:
        """acquire_greater_equal(value). Returns None when granted now, else an event that
        fires when granted: the state is decremented at the release that satisfies the
        request, and the requester resumes ``wakeup`` cycles later."""
        self.acquirers.add(who)
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

    def wait_for_graph(self):
        """Directed graph of the blocked requesters (networkx ``DiGraph``): an edge ``W -> R``
        with attribute ``lock`` says W waits on a lock that only R can release (R acquires
        one of the lock's :attr:`Lock.released_by` partners: the other side of its buffer
        slot or cascade)."""
        import networkx as nx
        g = nx.DiGraph()
        for lock in self.locks:
            for _ev, _value, who in lock._waiters:
                g.add_node(who)
                releasers = sorted({r for partner in lock.released_by for r in partner.acquirers})
                for r in releasers:
                    if not g.has_edge(who, r):
                        g.add_edge(who, r, lock=lock.name)
                if not releasers:
                    g.nodes[who].setdefault("orphan", lock.name)
        return g

    def explain_deadlock(self) -> str:
        """One sentence on why the blocked requesters cannot progress: the cycle of waits
        (``A waits on <lock> (released by B); B waits on ...; back to A``), else a lock
        nobody can release, else a blocked requester whose releaser has finished."""
        import networkx as nx
        g = self.wait_for_graph()
        blocked = {n for n in g.nodes if any(True for _ in g.successors(n)) or "orphan" in g.nodes[n]}
        waiting = {w for lock in self.locks for _e, _v, w in lock._waiters}
        sub = g.subgraph(waiting)
        try:
            cycle = nx.find_cycle(sub)
        except nx.NetworkXNoCycle:
            cycle = None
        if cycle:
            steps = [f"{a} waits on {sub.edges[a, b]['lock']} (released by {b})" for a, b in cycle]
            return "wait cycle: " + "; ".join(steps) + f"; back to {cycle[0][0]}"
        orphans = [(n, g.nodes[n]["orphan"]) for n in sorted(blocked) if "orphan" in g.nodes[n]]
        if orphans:
            who, lock = orphans[0]
            more = f" (and {len(orphans) - 1} more)" if len(orphans) > 1 else ""
            return (f"no cycle of waits: {who} waits on {lock}, which no process releases "
                    f"(its buffer or cascade has no party on the other side){more}")
        finished = sorted({(a, b, g.edges[a, b]["lock"]) for a, b in g.edges if b not in waiting})
        if finished:
            a, b, lock = finished[0]
            return f"no cycle of waits: {a} waits on {lock} (released by {b}, which has finished)"
        return "no cycle of waits found"


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
        for s in range(slots):          # writers fill a slot for the readers, readers free it
            for lock in self.full[s]:
                lock.released_by = self.free[s]
            for lock in self.free[s]:
                lock.released_by = self.full[s]

    def claim(self, who: str, reader: int | None = None, writer: int | None = None) -> None:
        """Declare that process ``who`` is reader ``reader`` / writer ``writer`` of this buffer
        before it first acquires a lock, so that a deadlock in the first iteration still
        finds who would have released what (:meth:`LockTable.explain_deadlock`)."""
        for s in range(self.slots):
            if reader is not None and self.full[s]:
                self.full[s][reader].acquirers.add(who)
            if writer is not None and self.free[s]:
                self.free[s][writer].acquirers.add(who)

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
