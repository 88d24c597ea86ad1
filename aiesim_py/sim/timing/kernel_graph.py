"""Timing model of hand-built kernel graphs: PLIOs straight into tile buffers, no memory tile.

Used by :class:`~aiesim_py.sim.timing.model.TimingModel` for designs with non-dense kernels
(:mod:`aiesim_py.kernels.families`). What becomes what:

    input PLIO -> kernel buffer port   :func:`plio_input_process`: the PL pushes words at the
                                       PLIO rate into the route's FIFOs (:func:`route_fifo_bytes`:
                                       clock-crossing FIFO + 8 words per switch, AM020-SSLAT),
                                       the tile's S2MM channel drains them into the port's
                                       ping-pong buffer when a slot is free (+ BD setup); the PL
                                       stalls only when the route is full, so a kernel-bound
                                       tile has several iterations of input queued ahead of it;
    kernel buffer port -> output PLIO  the tile's MM2S channel from the output ping-pong
                                       buffer to the PLIO sink;
    kernel -> kernel, same tile        one ping-pong buffer in the tile's memory, no DMA;
    kernel -> kernel, other tile       MM2S -> S2MM between the two tiles' buffers;
    kernels on one tile                one core process running them in design order each
                                       iteration (ADF runtime<ratio> packing: one core,
                                       kernels run one after the other, UG1079 "Run-Time Ratio").
Every buffer is a compute-tile buffer: a release wakes its blocked core or tile DMA channel
``tile_lock_wakeup_cycles`` later (device file [timing]). A kernel call acquires every input
buffer (full) and output buffer (free), lasts its cost
model's ``total_cycles`` (+ ``kernel_first_call_extra_cycles`` on the first call), then
releases them. Stream ports (core reads / writes the switch) are refused here: the core's
stream back-pressure is not modelled yet.

``plio_starts[name]`` / ``plio_arrivals[name]`` hold, per PLIO, the cycle of the first
word of every iteration (input accepted by the PL interface / output arrived): the
timestamps aiesimulator writes to its PLIO files.
"""
from __future__ import annotations

import math
import re
from collections import deque

from aiesim_py.errors import SimulationError
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.families import FAMILIES, kernel_cost
from aiesim_py.sim.timing.dma import Transfer, transfer_process
from aiesim_py.sim.timing.locks import SlotBuffer, release_after
from aiesim_py.sim.timing.tiles import TILE_BUFFER_SLOTS, KernelCounters

_PORT = re.compile(r"^(?P<kernel>.+)\.(?P<dir>in|out)\[(?P<index>\d+)\]$")


PL_STREAM_BITS = 64     # one PL <-> array stream channel is 64 bits wide (AM020 "AIE-ML to Programmable
#                         Logic Interface"; UG1603-PL: 8 x 64-bit PL->array channels per column)


def route_fifo_bytes(p, hops: int, plio_bits: int) -> int:
    """Bytes an input PLIO route holds ahead of the tile's S2MM channel (AM020-SSLAT "typical
    buffering stages"): the 12-deep PL/AIE clock-crossing FIFO, one PLIO beat wide (up to
    one 64-bit PL channel: the FIFO sits on the PL side of the interface), plus the 4-deep
    slave and master port FIFOs (8 words) of every traversed stream switch."""
    cdc_words = p.plio_cdc_fifo_bytes // p.stream_bytes_per_cycle
    return cdc_words * min(plio_bits, PL_STREAM_BITS) // 8 + hops * p.stream_fifo_bytes_per_hop


def is_kernel_graph(design) -> bool:
    """True when the design holds a kernel of :data:`aiesim_py.kernels.families.FAMILIES`."""
    return any(k.kind in FAMILIES for k in design.kernels)


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


def _core_process(env, p, kernels, iterations, tracer):
    """One core running ``kernels`` [(counters, cost, in_bufs, out_bufs)] in order."""
    for i in range(iterations):
        for c, cost, ins, outs in kernels:
            who = f"{c.name} (core)"
            t_req = env.now
            for buf in ins:
                lock, value = buf.reader_lock(i, 0)
                ev = lock.acquire(value, who)
                if ev is not None:
                    yield ev
            t_in = env.now
            for buf in outs:
                lock, value = buf.writer_lock(i, 0)
                ev = lock.acquire(value, who)
                if ev is not None:
                    yield ev
            start = env.now
            c.stall_input_cycles += t_in - t_req
            c.stall_output_cycles += start - t_in
            cycles = cost.total_cycles + (p.kernel_first_call_extra_cycles if i == 0 else 0)
            yield env.timeout(cycles)
            c.calls += 1
            c.busy_cycles += cycles
            if tracer.enabled:
                tracer.add(c.track, f"call {i}", start, start + cycles)
            for buf in ins:
                for lock, delta in buf.read(i):
                    lock.release(delta)
            for buf in outs:
                for lock, delta in buf.written(i):
                    lock.release(delta)


def build_kernel_graph(model) -> None:
    """Populate ``model`` (a TimingModel) with the processes of a kernel graph.

    Raises:
        SimulationError: a dense kernel mixed in, a stream port, an endpoint that names no
            kernel port or PLIO, a port without a net, or no input / output PLIO.
    """
    d, p, env = model.design, model.p, model.env
    model.plio_starts, model.plio_arrivals = {}, {}
    kernels, costs, ports = {}, {}, {}
    for k in d.kernels:
        if k.kind not in FAMILIES:
            raise SimulationError(f"kernel {k.name}: kind {k.kind!r} cannot be mixed with the kernel-graph "
                                  f"families {sorted(FAMILIES)} in one design")
        try:
            costs[k.name] = kernel_cost(k.kind, k.params, AIE_ML_CORE)
        except ValueError as exc:
            raise SimulationError(f"kernel {k.name}: {exc}") from None
        kernels[k.name] = k
        ports[k.name] = k.params.ports()
        for port in ports[k.name]:
            if port.interface != "buffer":
                raise SimulationError(f"kernel {k.name}: stream ports are not in the timing model yet "
                                      "(core stream back-pressure); use buffer ports")

    def port_of(endpoint: str, where: str):
        m = _PORT.match(endpoint)
        if not m or m["kernel"] not in kernels:
            raise SimulationError(f"design is inconsistent: {where} names {endpoint!r}, which is neither a "
                                  "PLIO nor a '<kernel>.in[i]' / '<kernel>.out[j]' port")
        name, idx = m["kernel"], int(m["index"])
        same = [q for q in ports[name] if q.direction == m["dir"]]
        if idx >= len(same):
            raise SimulationError(f"{where}: kernel {name} has {len(same)} {m['dir']} ports, no [{idx}]")
        return name, m["dir"], idx, same[idx]

    # every buffer port gets a ping-pong buffer; a same-tile kernel->kernel net shares one
    bufs: dict[tuple[str, str, int], SlotBuffer] = {}
    plios = {pl.name: pl for pl in d.plios}
    # every buffer here lives in a compute tile: its locks wake their core or the tile's own DMA
    # channels after tile_lock_wakeup_cycles (memory-tile hand-offs: lock_wakeup_cycles)
    wake = p.tile_lock_wakeup_cycles
    nets = [n for n in d.nets if n.kind == "stream"]
    for net in nets:
        for dst in net.dsts:
            if net.src in plios:
                continue
            src = port_of(net.src, f"net {net.src}")
            if dst in plios:
                continue
            dk = port_of(dst, f"net {net.src} -> {dst}")
            if tuple(kernels[src[0]].tile) == tuple(kernels[dk[0]].tile):
                shared = SlotBuffer(model.table, f"{net.src}->{dst}", TILE_BUFFER_SLOTS,
                                    [f"{src[0]} core"], [f"{dk[0]} core"], wake)
                bufs[src[:3]] = bufs[dk[:3]] = shared
    for name, k in kernels.items():
        counts = {"in": 0, "out": 0}
        for port in ports[name]:
            key = (name, port.direction, counts[port.direction])
            counts[port.direction] += 1
            if key not in bufs:
                ep = f"{name}.{port.direction}[{key[2]}]"
                writers = [f"{ep} s2mm"] if port.direction == "in" else [f"{name} core"]
                readers = [f"{name} core"] if port.direction == "in" else [f"{ep} mm2s"]
                bufs[key] = SlotBuffer(model.table, ep, TILE_BUFFER_SLOTS, writers, readers, wake)

    def loc(name):
        t = kernels[name].tile
        return f"tile({t[0]},{t[1]})"

    setup = p.dma_lock_acquire_cycles + p.dma_bd_setup_cycles
    fed = set()
    drained = set()
    for net in nets:
        latency = net.hops * p.hop_latency_cycles
        pipe = net.hops * p.stream_fifo_bytes_per_hop
        if net.src in plios:
            pl = plios[net.src]
            if pl.direction != "in":
                raise SimulationError(f"net from PLIO {pl.name}: it is an output PLIO")
            dests, receivers, nbytes = [], [], None
            for dst in net.dsts:
                name, direction, idx, port = port_of(dst, f"net {net.src}")
                if direction != "in":
                    raise SimulationError(f"net {net.src} -> {dst}: a PLIO input must feed a kernel input port")
                dests.append((bufs[(name, "in", idx)], 0))
                receivers.append(model._channel(dst, "s2mm", loc(name)))
                fed.add((name, idx))
                nbytes = port.bytes_per_call if nbytes is None else min(nbytes, port.bytes_per_call)
            starts = model.plio_starts.setdefault(pl.name, [])
            model.processes.append((f"{pl.name} (plio_in)", env.process(plio_input_process(
                env, p, pl.name, nbytes, p.plio_bytes_per_cycle(pl.width_bits, pl.freq_hz),
                latency + p.plio_cdc_latency_cycles, route_fifo_bytes(p, net.hops, pl.width_bits), dests,
                model._channel(pl.name, "plio_in", f"shim({pl.column})"), receivers, starts,
                model.iterations, model.tracer))))
            continue
        name, direction, idx, port = port_of(net.src, f"net {net.src}")
        if direction != "out":
            raise SimulationError(f"net {net.src}: a net must start at an output port or an input PLIO")
        drained.add((name, idx))
        src_buf = bufs[(name, "out", idx)]
        dests, receivers, rate, arrivals = [], [], float(min(p.dma_bytes_per_cycle, p.stream_bytes_per_cycle)), None
        for dst in net.dsts:
            if dst in plios:
                pl = plios[dst]
                rate = min(rate, p.plio_bytes_per_cycle(pl.width_bits, pl.freq_hz))
                receivers.append(model._channel(pl.name, "plio_out", f"shim({pl.column})"))
                arrivals = model.plio_arrivals.setdefault(pl.name, [])
                latency += p.plio_cdc_latency_cycles
                pipe += p.plio_cdc_fifo_bytes
                continue
            dname, ddir, didx, _ = port_of(dst, f"net {net.src} -> {dst}")
            fed.add((dname, didx))
            if bufs[(dname, "in", didx)] is src_buf:
                continue                      # same tile: the buffer is shared, no DMA
            dests.append((bufs[(dname, "in", didx)], 0))
            receivers.append(model._channel(dst, "s2mm", loc(dname)))
        if not receivers:
            continue
        tr = Transfer(port.bytes_per_call, rate, latency, pipe, (src_buf, 0), dests,
                      model._channel(net.src, "mm2s", loc(name)), receivers,
                      source_setup_cycles=setup, arrivals=arrivals)
        model.processes.append((f"{net.src} (mm2s)", env.process(
            transfer_process(env, p, tr, model.iterations, model.tracer))))
    for name in kernels:
        n_in = sum(q.direction == "in" for q in ports[name])
        n_out = len(ports[name]) - n_in
        for idx in range(n_in):
            if (name, idx) not in fed:
                raise SimulationError(f"kernel {name}: input port in[{idx}] has no net feeding it")
        for idx in range(n_out):
            if (name, idx) not in drained:
                raise SimulationError(f"kernel {name}: output port out[{idx}] has no net draining it")
    by_tile: dict[tuple, list] = {}
    for k in d.kernels:
        c = KernelCounters(k.name, tuple(k.tile), k.layer, k.kind, costs[k.name].total_cycles)
        model.kernel_counters.append(c)
        n_in = sum(q.direction == "in" for q in ports[k.name])
        ins = [bufs[(k.name, "in", i)] for i in range(n_in)]
        outs = [bufs[(k.name, "out", j)] for j in range(len(ports[k.name]) - n_in)]
        by_tile.setdefault(tuple(k.tile), []).append((c, costs[k.name], ins, outs))
    for tile, ks in by_tile.items():
        model.processes.append((f"tile({tile[0]},{tile[1]}) (core)", env.process(
            _core_process(env, p, ks, model.iterations, model.tracer))))
    ins = [pl.name for pl in d.plios if pl.direction == "in"]
    outs = [pl.name for pl in d.plios if pl.direction == "out"]
    if not ins or not outs or ins[0] not in model.plio_starts or outs[0] not in model.plio_arrivals:
        raise SimulationError("a kernel graph needs at least one connected input PLIO and one output PLIO")
    model.t_in = model.plio_starts[ins[0]]
    model.t_out = model.plio_arrivals[outs[0]]
