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
    kernel -> kernel, neighbour tiles  the same: one ping-pong buffer in a memory both cores
                                       reach (:func:`cores_share_memory`), no DMA (a net with one
                                       destination; a forked output goes by DMA to each);
    kernel -> kernel, other tile       MM2S -> S2MM between the two tiles' buffers;
    kernel -> kernel, cascade net      ``<k>.cascade_out`` -> ``<k2>.cascade_in``: the two cores meet
                                       once per output group of partial sums (:func:`_cascade_call`;
                                       512-bit words one per cycle through a two-deep output and a
                                       two-deep input FIFO, AM020-IF: a group is readable from its
                                       first word, the writer waits only for words past the FIFOs);
    kernels on one tile                one core process running them in design order each
                                       iteration (ADF runtime<ratio> packing: one core,
                                       kernels run one after the other, UG1079 "Run-Time Ratio").
Every buffer is a compute-tile buffer: a release wakes its blocked core or tile DMA channel
``tile_lock_wakeup_cycles`` later (device file [timing]). A kernel call lasts its cost
model's ``total_cycles`` (+ ``kernel_first_call_extra_cycles`` on the first call) and holds
every input buffer (full) and output buffer (free) for all of it but its call overhead, which
runs before the acquires and after the releases
(:func:`~aiesim_py.sim.timing.buffer_kernels.unlocked_overhead`).

    input PLIO -> kernel stream port   :func:`stream_kernel_process`: a kernel with stream ports
    kernel stream port -> output PLIO  reads / writes its 32-bit core stream ports word by word
                                       (one word per cycle, AM020-IF); it stalls on an empty input
                                       route and on a full output route (AXI4-Stream back-
                                       pressure), the PL stalls on a full input route. Its buffer
                                       ports, if any (DSPLib's buffer-in / stream-out kernels),
                                       are acquired at the call's start and released at its end.
                                       Such kernels run alone on their tile and their stream ports
                                       connect to PLIOs only (kernel -> kernel streams are refused).

``plio_starts[name]`` / ``plio_arrivals[name]`` hold, per PLIO, the cycle of the first
word of every iteration (input accepted by the PL interface / output arrived): the
timestamps aiesimulator writes to its PLIO files.

This module is the entry point: it builds the graph (:func:`build_kernel_graph`, checking the
design on the way). The mechanisms live in :mod:`~aiesim_py.sim.timing.plio_routes` (input
PLIO routes), :mod:`~aiesim_py.sim.timing.stream_ports` (core stream ports),
:mod:`~aiesim_py.sim.timing.buffer_kernels` (shared data memory, the core process) and
:mod:`~aiesim_py.sim.timing.cascade_chain` (cascade nets); their names are re-exported here.
"""
from __future__ import annotations

import re

from aiesim_py.errors import SimulationError
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.families import FAMILIES, kernel_cost
from aiesim_py.sim.timing.buffer_kernels import _core_process, cores_share_memory
from aiesim_py.sim.timing.cascade_chain import _build_cascades, _cascade_call  # noqa: F401  (re-exported)
from aiesim_py.sim.timing.dma import Transfer, transfer_process
from aiesim_py.sim.timing.locks import SlotBuffer
from aiesim_py.sim.timing.plio_routes import (  # noqa: F401  (PL_STREAM_BITS re-exported)
    PL_STREAM_BITS, plio_input_process, route_fifo_bytes,
)
from aiesim_py.sim.timing.stream_ports import _stream_net, stream_kernel_process
from aiesim_py.sim.timing.tiles import KernelCounters

_PORT = re.compile(r"^(?P<kernel>.+)\.(?P<dir>in|out)\[(?P<index>\d+)\]$")


def is_kernel_graph(design) -> bool:
    """True when the design holds a kernel of :data:`aiesim_py.kernels.families.FAMILIES`."""
    return any(k.kind in FAMILIES for k in design.kernels)


def build_kernel_graph(model) -> None:
    """Populate ``model`` (a TimingModel) with the processes of a kernel graph.

    Raises:
        SimulationError: a dense kernel mixed in, a stream port not connected straight to a
            PLIO, a kernel with stream ports sharing its tile,
            an endpoint that names no kernel port or PLIO, a port without a net, or no
            input / output PLIO.
    """
    d, p, env = model.design, model.p, model.env
    model.plio_starts, model.plio_arrivals = {}, {}
    kernels, costs, ports = {}, {}, {}
    streamed: set[str] = set()          # kernels with at least one core stream port
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
        if any(port.interface == "stream" for port in ports[k.name]):
            streamed.add(k.name)

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

    # every buffer port gets its buffers (a ping-pong pair, or one with single_buffer:
    # KernelPort.buffers); a same-tile kernel->kernel net shares one
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
            if src[3].interface == "stream" or dk[3].interface == "stream":
                raise SimulationError(f"net {net.src} -> {dst}: kernel-to-kernel stream connections are not "
                                      "in the timing model; connect stream ports to PLIOs")
            # a forked output (several destinations) goes through its tile's MM2S channel to
            # every destination: one shared buffer has one reader per slot in this model
            if len(net.dsts) == 1 and cores_share_memory(kernels[src[0]].tile, kernels[dk[0]].tile):
                # one buffer in shared memory: single when either end asks for single_buffer
                shared = SlotBuffer(model.table, f"{net.src}->{dst}", min(src[3].buffers, dk[3].buffers),
                                    [f"{src[0]} core"], [f"{dk[0]} core"], wake)
                bufs[src[:3]] = bufs[dk[:3]] = shared
    for name, k in kernels.items():
        counts = {"in": 0, "out": 0}
        for port in ports[name]:
            key = (name, port.direction, counts[port.direction])
            counts[port.direction] += 1
            if port.interface == "buffer" and key not in bufs:
                ep = f"{name}.{port.direction}[{key[2]}]"
                writers = [f"{ep} s2mm"] if port.direction == "in" else [f"{name} core"]
                readers = [f"{name} core"] if port.direction == "in" else [f"{ep} mm2s"]
                bufs[key] = SlotBuffer(model.table, ep, port.buffers, writers, readers, wake)

    # buffers placed in a neighbour's memory are served by that tile's DMA
    # (aiesim_py.graph.KernelGraph._buffer_memories; the router ends their streams there)
    memories = (d.metadata or {}).get("buffer_memories", {})

    def loc(name, endpoint=None):
        t = memories.get(endpoint, kernels[name].tile)
        return f"tile({t[0]},{t[1]})"

    setup = p.dma_lock_acquire_cycles + p.dma_bd_setup_cycles
    fed = set()
    drained = set()
    stream_io: dict[str, tuple[dict, dict]] = {name: ({}, {}) for name in streamed}
    for net in nets:
        latency = net.hops * p.hop_latency_cycles
        pipe = net.hops * p.stream_fifo_bytes_per_hop
        if _stream_net(model, net, plios, port_of, streamed, stream_io, fed, drained):
            continue
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
                receivers.append(model._channel(dst, "s2mm", loc(name, dst)))
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
            receivers.append(model._channel(dst, "s2mm", loc(dname, dst)))
        if not receivers:
            continue
        tr = Transfer(port.bytes_per_call, rate, latency, pipe, (src_buf, 0), dests,
                      model._channel(net.src, "mm2s", loc(name, net.src)), receivers,
                      source_setup_cycles=setup, arrivals=arrivals,
                      chained_extra_cycles=p.dma_mm2s_chained_bd_extra_cycles)
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
    cascades = _build_cascades(model, kernels, costs)
    by_tile: dict[tuple, list] = {}
    for k in d.kernels:
        if k.name in streamed:
            continue
        c = KernelCounters(k.name, tuple(k.tile), k.layer, k.kind, costs[k.name].total_cycles)
        model.kernel_counters.append(c)
        n_in = sum(q.direction == "in" for q in ports[k.name])
        ins = [bufs[(k.name, "in", i)] for i in range(n_in)]
        outs = [bufs[(k.name, "out", j)] for j in range(len(ports[k.name]) - n_in)]
        by_tile.setdefault(tuple(k.tile), []).append((c, costs[k.name], ins, outs))
    for tile, ks in by_tile.items():
        model.processes.append((f"tile({tile[0]},{tile[1]}) (core)", env.process(
            _core_process(env, p, ks, model.iterations, model.tracer, cascades))))
    for k in d.kernels:
        if k.name not in streamed:
            continue
        tile = tuple(k.tile)
        if tile in by_tile or sum(tuple(q.tile) == tile for q in d.kernels) > 1:
            raise SimulationError(f"kernel {k.name}: a stream kernel must run alone on its tile {tile} "
                                  "(the timing model does not share a core between a stream kernel and others)")
        c = KernelCounters(k.name, tile, k.layer, k.kind, costs[k.name].total_cycles)
        model.kernel_counters.append(c)
        ins_d, outs_d = stream_io[k.name]
        n_in = sum(q.direction == "in" for q in ports[k.name])
        in_bufs = [bufs[(k.name, "in", i)] for i in range(n_in) if (k.name, "in", i) in bufs]
        out_bufs = [bufs[(k.name, "out", j)] for j in range(len(ports[k.name]) - n_in)
                    if (k.name, "out", j) in bufs]
        model.processes.append((f"tile({tile[0]},{tile[1]}) (core)", env.process(stream_kernel_process(
            env, p, c, costs[k.name], [ins_d[i] for i in sorted(ins_d)], [outs_d[j] for j in sorted(outs_d)],
            model.iterations, model.tracer, in_bufs, out_bufs))))
    ins = [pl.name for pl in d.plios if pl.direction == "in"]
    outs = [pl.name for pl in d.plios if pl.direction == "out"]
    if not ins or not outs or ins[0] not in model.plio_starts or outs[0] not in model.plio_arrivals:
        raise SimulationError("a kernel graph needs at least one connected input PLIO and one output PLIO")
    model.t_in = model.plio_starts[ins[0]]
    model.t_out = model.plio_arrivals[outs[0]]
