"""Input PLIO routes of a kernel graph (:mod:`aiesim_py.sim.timing.kernel_graph`): the PL
pushes words at the PLIO rate into the route's FIFOs, the tile's S2MM channel drains them into
a kernel's ping-pong buffer.

Owns :data:`PL_STREAM_BITS` (one PL <-> array stream channel is 64 bits wide, AM020 "AIE-ML to
Programmable Logic Interface"; UG1603-PL), :func:`route_fifo_bytes` (what a route buffers: the
12-deep PL/AIE clock-crossing FIFO + 8 words per traversed stream switch, AM020-SSLAT "typical
buffering stages") and :func:`plio_input_process` (the simpy process of one input PLIO: the PL
stalls only when the route is full, AXI4-Stream back-pressure; the S2MM channel waits for a
free buffer slot + lock acquire + BD setup, device file [timing]).
"""
from __future__ import annotations

import math
from collections import deque

from aiesim_py.sim.timing.locks import release_after


PL_STREAM_BITS = 64     # one PL <-> array stream channel is 64 bits wide (AM020 "AIE-ML to Programmable
#                         Logic Interface"; UG1603-PL: 8 x 64-bit PL->array channels per column)

#: INGRESS_CHANGE (diagnostic, off; validation/XDNA_EMU_FACTS.md): the tile S2MM channel's own
#: ingress FIFO, which keeps accepting stream words while the channel waits for a buffer lock.
#: Silicon (Phoenix NPU1, AIE2): FIM43-Redeye/xdna-emu
#: docs/superpowers/findings/2026-07-14-dma-memory-pressure-event-semantics.md @2d8c78e0 --
#: S2MM_0_MEMORY_BACKPRESSURE asserts exactly 15 cycles after every S2MM lock stall starts
#: (39 windows, zero variance) at 1 word per cycle: the ingress FIFO holds ~15-16 words.
#: Off by default: turning it on moves C4 and C5 (see the md file), and the DSPLib figures
#: are aiesimulator figures, whose S2MM buffering was not measured.
INGRESS_CHANGE = False
S2MM_INGRESS_WORDS = 16


def route_fifo_bytes(p, hops: int, plio_bits: int) -> int:
    """Bytes an input PLIO route holds ahead of the tile's S2MM channel (AM020-SSLAT "typical
    buffering stages"): the 12-deep PL/AIE clock-crossing FIFO, one PLIO beat wide (up to
    one 64-bit PL channel: the FIFO sits on the PL side of the interface), plus the 4-deep
    slave and master port FIFOs (8 words) of every traversed stream switch."""
    cdc_words = p.plio_cdc_fifo_bytes // p.stream_bytes_per_cycle
    return cdc_words * min(plio_bits, PL_STREAM_BITS) // 8 + hops * p.stream_fifo_bytes_per_hop


def plio_input_process(env, p, name: str, nbytes: int, plio_rate: float, latency: int, fifo_bytes: int,
                       dests, sender, receivers, starts, iterations: int, tracer):
    """simpy process: an input PLIO feeding tile buffers through a route of FIFOs.

    The route between the PL and the tile's S2MM channel holds ``fifo_bytes`` (the PL/AIE
    clock-crossing FIFO and the port FIFOs of every traversed stream switch, AM020-SSLAT),
    so the PL side keeps pushing while the S2MM channel waits for a free buffer slot, until
    the route is full (AXI4-Stream back-pressure). Word by word (32-bit stream words):

    * word ``k`` enters the route (leaves the PL) at
      ``a[k] = max(a[k-1] + 4 / plio_rate, d[k - fifo_words])``: the PLIO rate, and a free
      place in the route (the word ``fifo_words`` ahead of it has left the route);
    * it is written into the buffer at ``d[k] = max(d[k-1] + 4 / dma_rate, a[k] + latency,
      slot ready + lock acquire + BD setup)``.

    ``starts`` gets ``a`` of the first word of every iteration (aiesimulator's timestamp of
    the first input beat, DSPLib ``T_input`` files). The slot becomes full when its last word
    is written (+ ``dma_lock_release_cycles``).
    """
    word = p.stream_bytes_per_cycle
    words = max(1, math.ceil(nbytes / word))
    t_plio = word / plio_rate
    t_dma = word / min(float(p.dma_bytes_per_cycle), float(p.stream_bytes_per_cycle))
    if INGRESS_CHANGE:
        fifo_bytes += S2MM_INGRESS_WORDS * word
    fifo_words = max(1, int(fifo_bytes // word))
    drained = deque(maxlen=fifo_words)        # d of the last fifo_words words
    dest_setup = p.dma_lock_acquire_cycles + p.dma_bd_setup_cycles
    a_prev, d_prev = -math.inf, -math.inf
    for i in range(iterations):
        ready = d_prev + t_dma if i else 0.0      # the next BD starts after the previous one
        for buf, w in dests:
            lock, value = buf.writer_lock(i, w)
            ev = lock.acquire(value, f"{name} (plio_in)")
            if ev is not None:
                yield ev
                ready = max(ready, env.now)
            else:
                ready = max(ready, lock.released_at)
        slot = ready + dest_setup
        first_a = first_d = None
        for _ in range(words):
            gate = drained[0] if len(drained) == fifo_words else 0.0
            a = max(a_prev + t_plio, gate, 0.0)
            d = max(d_prev + t_dma, a + latency, slot)
            drained.append(d)
            a_prev, d_prev = a, d
            if first_a is None:
                first_a, first_d = a, d
        t_last = math.ceil(d_prev + t_dma - 1e-9)
        starts.append(math.floor(first_a + 1e-9))
        dur = words * t_dma
        for c in [sender, *receivers]:
            c.transfers += 1
            c.bytes += nbytes
            c.busy_cycles += math.ceil(dur - 1e-9)
        sender.wait_space_cycles += max(0, math.ceil(a_prev + t_plio - first_a - words * t_plio - 1e-9))
        if tracer.enabled:
            tracer.add(sender.track, f"iter {i}", math.floor(first_a), math.ceil(a_prev + t_plio))
            for c in receivers:
                tracer.add(c.track, f"iter {i}", math.floor(first_d), t_last)
        if t_last > env.now:
            yield env.timeout(t_last - env.now)
        release_after(env, p.dma_lock_release_cycles, [rel for buf, _ in dests for rel in buf.written(i)])
