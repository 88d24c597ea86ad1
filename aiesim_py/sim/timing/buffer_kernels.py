"""Buffer-port kernels of a kernel graph (:mod:`aiesim_py.sim.timing.kernel_graph`): where a
kernel-to-kernel buffer can live, and the core process that runs a tile's kernels.

Owns :func:`cores_share_memory` (a core reaches its own data memory and those of its north,
south and west neighbours, UG1603-ARCH / UG1603-DM, aieml-facts.md: a buffer between such cores
sits in one memory, no DMA) and :func:`_core_process` (one core running its kernels in design
order each iteration, ADF runtime<ratio> packing, UG1079 "Run-Time Ratio": a call acquires every
input buffer (full) and output buffer (free), lasts its cost model's ``total_cycles``
(+ ``kernel_first_call_extra_cycles`` and the kernel's own ``first_call_extra_cycles`` on the
first call), then releases them; a kernel on a
cascade chain runs :func:`~aiesim_py.sim.timing.cascade_chain._cascade_call`).
"""
from __future__ import annotations

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


def _core_process(env, p, kernels, iterations, tracer, cascades=None):
    """One core running ``kernels`` [(counters, cost, in_bufs, out_bufs)] in order;
    ``cascades``: kernel name -> (cascade in, cascade out) (:func:`_cascade_call`)."""
    for i in range(iterations):
        for c, cost, ins, outs in kernels:
            who = f"{c.name} (core)"
            wait_in, wait_out = yield from acquire_buffers(env, ins, outs, i, who)
            start = env.now
            c.stall_input_cycles += wait_in
            c.stall_output_cycles += wait_out
            cycles = cost.total_cycles + (p.kernel_first_call_extra_cycles + cost.first_call_extra_cycles
                                          if i == 0 else 0)
            cas_in, cas_out = (cascades or {}).get(c.name, (None, None))
            if cas_in is None and cas_out is None:
                yield env.timeout(cycles)
            else:
                yield from _cascade_call(env, p, cost, cas_in, cas_out, cycles, who)
                c.stall_cascade_cycles += env.now - start - cycles
            c.calls += 1
            c.busy_cycles += cycles
            if tracer.enabled:
                tracer.add(c.track, f"call {i}", start, start + cycles)
            release_buffers(ins, outs, i)
