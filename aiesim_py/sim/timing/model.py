"""Build the simpy model of a Design and run it.

What becomes what:
    input PLIO          -> a sending process into its shared buffer's write port (one per
                           input PLIO; an iteration starts with the earliest first word);
    shared buffer       -> a :class:`~locks.SlotBuffer` (``num_buffers`` slots, one writer per
                           input port, one reader per output port) + one MM2S process per
                           output port, broadcasting to its peers;
    kernel              -> input ping-pong, output ping-pong (single/last roles), a core
                           process, and an MM2S process into the next shared buffer;
    cascade net         -> a :class:`~tiles.Cascade` between two cores;
    memory-tile relay   -> a shared buffer whose input port is another shared buffer's read
                           port: that MM2S writes the relay's slot (one more DMA transfer
                           and lock hand-off before the relayed kernels' inputs);
    direct kernel-to-kernel buffer (compiler ``passes.direct``, no memory tile) -> one ping-pong
                           :class:`~locks.SlotBuffer` written by the producer core and read
                           in place by the consumer cores that reach its tile memory (each
                           waits on the producer's lock release, + lock wake-up; no DMA), and
                           one tile MM2S process copying it over its route into the input
                           ping-pong of each consumer that does not;
    output PLIO         -> the sink of its shared buffer's MM2S (always ready; one per output
                           PLIO; an iteration arrives with the latest first word).
Routes take their latency and in-flight buffering from the route: the switches on its
longest path (``Net.route``, else ``Net.hops`` of a hand-built design) x the device hop
latency and port FIFOs. Routes that share a stream-switch port (the same ``(column, row,
direction, port)`` link in ``Net.route``, e.g. streams merged onto one port) share its
bandwidth through one :class:`~dma.StreamPort` each; routes on different ports of a link
do not (circuit switching, AM020-SS).
"""
from __future__ import annotations

import simpy

from aiesim_py.design import Design, KernelInstance, direct_buffers, route_hops
from aiesim_py.errors import SimulationError
from aiesim_py.kernels.dense import dense_cycles
from aiesim_py.sim.functional import relay_ports
from aiesim_py.sim.timing.dma import ChannelCounters, StreamPort, Transfer, transfer_process
from aiesim_py.sim.timing.kernel_graph import build_kernel_graph, is_kernel_graph
from aiesim_py.sim.timing.locks import LockTable, SlotBuffer
from aiesim_py.sim.timing.params import TimingParams
from aiesim_py.sim.timing.tiles import (
    TILE_BUFFER_SLOTS, Cascade, Core, KernelCounters, cascade_phases, group_words,
)
from aiesim_py.sim.timing.trace import Tracer
from aiesim_py.sim.timing.weights import build_weight_streams, process_for, weight_core

MAX_WAITERS_REPORTED = 12


def _tile_loc(t) -> str:
    return f"tile({t[0]},{t[1]})"


def _memtile_loc(m) -> str:
    return f"memtile({m[0]},{m[1]})"


def _dma_rate(p: TimingParams) -> float:
    """Rate of a DMA-to-DMA stream: one word per cycle at both channels (bytes/cycle)."""
    return float(min(p.dma_bytes_per_cycle, p.stream_bytes_per_cycle))


class TimingModel:
    """The simpy model of one Design for ``iterations`` iterations (built in ``__init__``)."""

    def __init__(self, design: Design, params: TimingParams, iterations: int, tracer: Tracer):
        self.design = design
        self.p = params
        self.iterations = iterations
        self.tracer = tracer
        self.env = simpy.Environment()
        self.table = LockTable(self.env, params.lock_max_value)
        self.t_in: list[int] = []
        self.t_out: list[int] = []
        self.kernel_counters: list[KernelCounters] = []
        self.channels: list[ChannelCounters] = []
        self.cascades: list[Cascade] = []
        self.processes: list[tuple[str, simpy.Process]] = []
        self._routes = {n.src: n for n in design.nets if n.kind == "stream"}
        self.stream_ports = shared_stream_ports(design, params.stream_bytes_per_cycle)
        self._kernels = {k.name: k for k in design.kernels}
        self._plios = {pl.name: pl for pl in design.plios}
        # per-PLIO first-word times of each iteration (several PLIOs per direction)
        self._plio_starts: dict[str, list[int]] = {}
        self._plio_arrivals: dict[str, list[int]] = {}
        self._build()

    # --- construction ------------------------------------------------------------------------
    def _hops(self, src: str) -> int:
        net = self._routes.get(src)
        if net is None:
            raise SimulationError(f"design is inconsistent: no stream net leaves {src!r}; recompile the model")
        return route_hops(net.route) if net.route else net.hops

    def _ports(self, src: str) -> list[StreamPort]:
        """The shared stream-switch ports on the route leaving ``src`` (empty: it owns its ports)."""
        net = self._routes.get(src)
        if net is None or not self.stream_ports:
            return []
        return [self.stream_ports[lk] for lk in net.route if lk in self.stream_ports]

    def _dma_setup(self) -> int:
        return self.p.dma_lock_acquire_cycles + self.p.dma_bd_setup_cycles

    def _channel(self, name: str, kind: str, location: str) -> ChannelCounters:
        c = ChannelCounters(name, kind, location)
        self.channels.append(c)
        return c

    def _kernel_of(self, endpoint: str, suffix: str, where: str) -> KernelInstance:
        name = endpoint[:-len(suffix)] if endpoint.endswith(suffix) else None
        if name not in self._kernels:
            raise SimulationError(f"design is inconsistent: {where} names {endpoint!r}, which is not a "
                                  f"'<kernel>{suffix}' of this design; recompile the model")
        return self._kernels[name]

    def _build(self) -> None:
        d = self.design
        if is_kernel_graph(d):          # hand-built kernel graph: PLIO <-> tile buffers
            build_kernel_graph(self)
            return
        # who feeds each kernel input, who drains each kernel output (from the shared buffers)
        feeder: dict[str, str] = {}
        drain: dict[str, tuple] = {}
        plio_in_port: dict[str, tuple] = {}
        sbufs = {}
        relay_in: dict[str, tuple] = {}     # "<home>.out[j]" -> (relay buffer, write slot, port)
        relays = relay_ports(d)             # memory-tile relays: one detection, sim.functional
        relay_sources = {src for _b, src, _dst in relays}       # "<home>.out[j]"
        relay_writes = {dst for _b, _src, dst in relays}        # "<relay>.in[i]"
        for sb in d.shared_buffers:
            if sb.initial is not None:      # static streamed weights: sim.timing.weights
                continue
            writers = [f"{sb.name}.in[{port.index}]" for port in sb.inputs]
            readers = [f"{sb.name}.out[{port.index}]" for port in sb.outputs]
            sbufs[sb.name] = SlotBuffer(self.table, sb.name, sb.num_buffers, writers, readers,
                                        self.p.lock_wakeup_cycles)
            for w, port in enumerate(sb.inputs):
                if len(port.peers) != 1:
                    raise SimulationError(f"shared buffer {sb.name} in[{port.index}] has {len(port.peers)} "
                                          "sources; the timing model supports one writer per port")
                src = port.peers[0]
                if self._plios.get(src) is not None and self._plios[src].direction == "in":
                    plio_in_port[src] = (sb, w, port)
                elif src in relay_sources:          # memory-tile relay: written by
                    relay_in[src] = (sb, w, port)   # another buffer's MM2S
                else:
                    self._kernel_of(src, ".out", f"shared buffer {sb.name} in[{port.index}]")
                    drain[src] = (sb, w, port)
            for port in sb.outputs:
                for peer in port.peers:
                    if peer in self._plios and self._plios[peer].direction == "out":
                        continue
                    if peer in relay_writes:
                        continue        # a memory-tile relay (its input port is recorded above / below)
                    self._kernel_of(peer, ".in", f"shared buffer {sb.name} out[{port.index}]")
                    if peer in feeder:
                        raise SimulationError(f"design is inconsistent: {peer} is fed by both {feeder[peer]} "
                                              f"and {sb.name}.out[{port.index}]")
                    feeder[peer] = f"{sb.name}.out[{port.index}]"

        cores = self._build_cores(feeder, drain, sbufs)
        self._build_cascades(cores)
        for core in cores.values():
            self.processes.append((f"{core.counters.name} (core)",
                                   self.env.process(process_for(core)(self.env, self.p, core, self.iterations,
                                                                      self.tracer))))
        self._build_plio_inputs(plio_in_port, sbufs)
        self._build_memtile_readers(cores, sbufs, relay_in)
        build_weight_streams(self, cores)

    def _direct_buffers(self) -> tuple[dict, dict, dict]:
        """The direct kernel-to-kernel buffers (compiler ``passes.direct``): one ping-pong
        :class:`SlotBuffer` in the producer's tile memory, written by the producer core and read
        in place by each consumer core that reaches that memory (its reader index), plus one
        reader for the producer tile's MM2S when other consumers get a DMA copy. Returns
        (producer ``.out`` -> (buffer, DirectBuffer), consumer ``.in`` -> (buffer, reader index),
        consumer ``.in`` -> producer ``.out`` for the DMA-fed consumers)."""
        by_out, shared_in, dma_in = {}, {}, {}
        for db in direct_buffers(self.design):
            far = [r for r in db.readers if r not in db.shared]
            readers = [f"{r} core" for r in db.shared] + ([f"{db.name} mm2s"] if far else [])
            buf = SlotBuffer(self.table, db.name, TILE_BUFFER_SLOTS, [f"{db.producer} core"], readers,
                             self.p.lock_wakeup_cycles)
            by_out[db.name] = (buf, db)
            for j, r in enumerate(db.shared):
                shared_in[f"{r}.in"] = (buf, j)
            for r in far:
                dma_in[f"{r}.in"] = db.name
        return by_out, shared_in, dma_in

    def _build_cores(self, feeder, drain, sbufs) -> dict[str, Core]:
        cores = {}
        direct_out, direct_in, dma_in = self._direct_buffers()
        for k in self.design.kernels:
            if k.kind != "dense":
                raise SimulationError(f"kernel {k.name}: no timing model for kind {k.kind!r}")
            cost = dense_cycles(k.params, self.p.core)
            counters = KernelCounters(k.name, tuple(k.tile), k.layer, k.role, cost.total_cycles)
            self.kernel_counters.append(counters)
            in_ep = f"{k.name}.in"
            src = feeder.get(in_ep) or (f"{dma_in[in_ep]} mm2s" if in_ep in dma_in else None)
            if in_ep in direct_in:      # reads the producer's buffer in place (no DMA)
                in_buf, reader = direct_in[in_ep]
            else:
                in_buf, reader = SlotBuffer(self.table, in_ep, TILE_BUFFER_SLOTS, [src] if src else [],
                                            [f"{k.name} core"], self.p.lock_wakeup_cycles), 0
            out_buf = None
            if k.params.writes_output and f"{k.name}.out" in direct_out:
                out_buf = direct_out[f"{k.name}.out"][0]
            elif k.params.writes_output:
                out_ep = f"{k.name}.out"
                out_buf = SlotBuffer(self.table, out_ep, TILE_BUFFER_SLOTS, [f"{k.name} core"],
                                     [f"{out_ep} mm2s"] if out_ep in drain else [], self.p.lock_wakeup_cycles)
                if out_ep in drain:
                    sb, w, _port = drain[out_ep]
                    sender = self._channel(out_ep, "mm2s", _tile_loc(k.tile))
                    receiver = self._channel(f"{sb.name}.in[{_port.index}]", "s2mm", _memtile_loc(sb.memtile))
                    hops = self._hops(out_ep)
                    tr = Transfer(k.params.output_bytes, _dma_rate(self.p), hops * self.p.hop_latency_cycles,
                                  hops * self.p.stream_fifo_bytes_per_hop, (out_buf, 0),
                                  [(sbufs[sb.name], w)], sender, [receiver],
                                  source_setup_cycles=self._dma_setup(), ports=self._ports(out_ep),
                          chained_extra_cycles=self.p.dma_mm2s_chained_bd_extra_cycles)
                    self.processes.append((f"{out_ep} (mm2s)", self.env.process(
                        transfer_process(self.env, self.p, tr, self.iterations, self.tracer))))
            group, epilogue = cascade_phases(k.params, cost, self.p.kernel_epilogue_fraction)
            cores[k.name] = weight_core(self, k, Core(counters, in_buf, out_buf, None, None, group, epilogue), cost)
            cores[k.name].in_reader = reader
        self._build_direct_copies(cores, direct_out)
        return cores

    def _build_direct_copies(self, cores: dict[str, Core], direct_out: dict) -> None:
        """The tile-DMA copies of direct buffers to consumers that do not reach the producer's
        memory: the producer tile's MM2S reads the buffer (its last reader) and streams it over
        the net's route into each such consumer's input ping-pong (S2MM), one transfer per
        iteration, like a memory-tile read port but from a compute tile."""
        for out_ep, (buf, db) in direct_out.items():
            far = [r for r in db.readers if r not in db.shared]
            if not far:
                continue
            hops = self._hops(out_ep)
            src_tile = self._kernels[db.producer].tile
            sender = self._channel(out_ep, "mm2s", _tile_loc(src_tile))
            receivers = [self._channel(f"{r}.in", "s2mm", _tile_loc(self._kernels[r].tile)) for r in far]
            tr = Transfer(self._kernels[db.producer].params.output_bytes, _dma_rate(self.p), hops * self.p.hop_latency_cycles,
                          hops * self.p.stream_fifo_bytes_per_hop, (buf, len(db.shared)),
                          [(cores[r].in_buf, 0) for r in far], sender, receivers,
                          source_setup_cycles=self._dma_setup(), ports=self._ports(out_ep),
                          chained_extra_cycles=self.p.dma_mm2s_chained_bd_extra_cycles)
            self.processes.append((f"{out_ep} (mm2s, direct copy)", self.env.process(
                transfer_process(self.env, self.p, tr, self.iterations, self.tracer))))

    def _build_cascades(self, cores: dict[str, Core]) -> None:
        fifo = self.p.cascade_fifo_bytes
        for net in self.design.nets:
            if net.kind != "cascade":
                continue
            up = self._kernel_of(net.src, ".cascade_out", "a cascade net")
            if len(net.dsts) != 1:
                raise SimulationError(f"cascade from {up.name} has {len(net.dsts)} destinations; it needs one")
            down = self._kernel_of(net.dsts[0], ".cascade_in", "a cascade net")
            payload = up.params.cascade_bytes
            cas = Cascade(self.table, up.name, down.name, payload, fifo // payload)
            # the producer's output group streams one word per cycle (CASCADE_HOP_CHANGE, tiles.py)
            cas.lead_cycles = group_words(up.params, dense_cycles(up.params, self.p.core),
                                          self.p.cascade_word_bytes) - 1
            cores[up.name].cascade_out = cas
            cores[down.name].cascade_in = cas
            self.cascades.append(cas)
        # a role that needs a cascade nobody connected waits forever: reported as a deadlock
        for name, core in cores.items():
            params = self._kernels[name].params
            if params.reads_cascade and core.cascade_in is None:
                core.cascade_in = Cascade(self.table, "(no upstream)", name, params.cascade_bytes, 0)
            if params.writes_cascade and core.cascade_out is None:
                core.cascade_out = Cascade(self.table, name, "(no downstream)", params.cascade_bytes, 0)

    def _build_plio_inputs(self, plio_in_port, sbufs) -> None:
        d = self.design
        ins = [pl for pl in d.plios if pl.direction == "in"]
        if not ins:
            raise SimulationError("design has no input PLIO; the timing model needs at least one")
        for pl in ins:
            if pl.name not in plio_in_port:
                raise SimulationError(f"input PLIO {pl.name} writes no shared buffer; recompile the model")
            sb, w, port = plio_in_port[pl.name]
            sender = self._channel(pl.name, "plio_in", f"shim({pl.column})")
            receiver = self._channel(f"{sb.name}.in[{port.index}]", "s2mm", _memtile_loc(sb.memtile))
            hops = self._hops(pl.name)
            # the PLIO sends what the buffer's write port takes: rows padded to whole words
            tr = Transfer(port.tiling.n_elements * sb.element_bytes,
                          self.p.plio_bytes_per_cycle(pl.width_bits, pl.freq_hz),
                          hops * self.p.hop_latency_cycles + self.p.plio_cdc_latency_cycles,
                          hops * self.p.stream_fifo_bytes_per_hop + self.p.plio_cdc_fifo_bytes, None,
                          [(sbufs[sb.name], w)], sender, [receiver],
                          starts=self.t_in if len(ins) == 1 else self._plio_starts.setdefault(pl.name, []),
                          ports=self._ports(pl.name))
            self.processes.append((f"{pl.name} (plio_in)", self.env.process(
                transfer_process(self.env, self.p, tr, self.iterations, self.tracer))))

    def _build_memtile_readers(self, cores: dict[str, Core], sbufs, relay_in=None) -> None:
        """One MM2S process per shared-buffer read port. ``relay_in``: read ports
        ``"<home>.out[j]"`` that write another shared buffer (a memory-tile relay, one
        more DMA and lock hand-off: the relay's S2MM takes a slot of its buffer)."""
        relay_in = relay_in or {}
        outs = [pl for pl in self.design.plios if pl.direction == "out"]
        if not outs:
            raise SimulationError("design has no output PLIO; the timing model needs at least one")
        sinks: set[str] = set()
        for sb in self.design.shared_buffers:
            if sb.initial is not None:      # static streamed weights: sim.timing.weights
                continue
            for r, port in enumerate(sb.outputs):
                ep = f"{sb.name}.out[{port.index}]"
                rate = _dma_rate(self.p)
                hops = self._hops(ep)
                latency = hops * self.p.hop_latency_cycles
                pipe = hops * self.p.stream_fifo_bytes_per_hop
                dests, receivers, arrivals = [], [], None
                if ep in relay_in:
                    rb, w, rport = relay_in[ep]
                    dests.append((sbufs[rb.name], w))
                    receivers.append(self._channel(f"{rb.name}.in[{rport.index}]", "s2mm",
                                                   _memtile_loc(rb.memtile)))
                for peer in port.peers:
                    if ep in relay_in:
                        break           # the relay buffer, added above
                    pl = self._plios.get(peer)
                    if pl is not None:
                        rate = min(rate, self.p.plio_bytes_per_cycle(pl.width_bits, pl.freq_hz))
                        receivers.append(self._channel(pl.name, "plio_out", f"shim({pl.column})"))
                        if pl.direction == "out":
                            arrivals = (self.t_out if len(outs) == 1
                                        else self._plio_arrivals.setdefault(pl.name, []))
                            sinks.add(pl.name)
                        continue
                    kname = peer[:-len(".in")]
                    core = cores[kname]
                    dests.append((core.in_buf, 0))
                    receivers.append(self._channel(peer, "s2mm", _tile_loc(self._kernels[kname].tile)))
                if len(receivers) > len(dests):        # a PLIO on the route: add the clock crossing
                    latency += self.p.plio_cdc_latency_cycles
                    pipe += self.p.plio_cdc_fifo_bytes
                sender = self._channel(ep, "mm2s", _memtile_loc(sb.memtile))
                tr = Transfer(port.tiling.n_elements * sb.element_bytes, rate, latency, pipe, (sbufs[sb.name], r), dests,
                              sender, receivers, source_setup_cycles=self._dma_setup(), arrivals=arrivals,
                              ports=self._ports(ep))
                self.processes.append((f"{ep} (mm2s)", self.env.process(
                    transfer_process(self.env, self.p, tr, self.iterations, self.tracer))))
        for pl in outs:
            if pl.name not in sinks:
                raise SimulationError(f"output PLIO {pl.name} is read from no shared buffer; recompile the model")

    # --- run ---------------------------------------------------------------------------------
    def plio_times(self) -> dict[str, list[int]]:
        """After :meth:`run`: PLIO name -> first-beat cycle of every iteration (inputs: accepted
        by the PL interface; outputs: arrived)."""
        starts = getattr(self, "plio_starts", None) or self._plio_starts     # kernel graphs: public
        arrivals = getattr(self, "plio_arrivals", None) or self._plio_arrivals
        out = {**starts, **arrivals}
        ins = [pl.name for pl in self.design.plios if pl.direction == "in"]
        outs = [pl.name for pl in self.design.plios if pl.direction == "out"]
        if len(ins) == 1 and ins[0] not in out:
            out[ins[0]] = self.t_in
        if len(outs) == 1 and outs[0] not in out:
            out[outs[0]] = self.t_out
        return out

    def port_utilisation(self) -> dict[str, float]:
        """Reserved cycles per shared stream-switch port after :meth:`run` (port name -> cycles)."""
        return {p.name: p.reserved_cycles for p in self.stream_ports.values()}

    def run(self) -> None:
        """Run to completion.

        Raises:
            SimulationError: the event queue emptied with processes still blocked
                (deadlock); the message gives the cycle of waits (or the lock no process
                releases) and names every blocked process and what it waits on.
        """
        self.env.run()
        if self._plio_starts:       # several input PLIOs: an iteration starts with the first one
            self.t_in[:] = [min(ts) for ts in zip(*self._plio_starts.values())]
        if self._plio_arrivals:     # several output PLIOs: it has arrived when the last one has
            self.t_out[:] = [max(ts) for ts in zip(*self._plio_arrivals.values())]
        blocked = [name for name, proc in self.processes if proc.is_alive]
        if not blocked:
            return
        waits = self.table.waiting()
        shown = waits[:MAX_WAITERS_REPORTED]
        more = f"; ... and {len(waits) - len(shown)} more" if len(waits) > len(shown) else ""
        raise SimulationError(
            f"deadlock at cycle {self.env.now} in design {self.design.name!r}: "
            f"{len(blocked)} of {len(self.processes)} processes blocked, "
            f"{len(self.t_out)} of {self.iterations} iterations reached the output PLIO. "
            f"{self.table.explain_deadlock()}. Blocked: " + "; ".join(shown) + more)



def shared_stream_ports(design: Design, bytes_per_cycle: float) -> dict[tuple, StreamPort]:
    """One :class:`StreamPort` per route link ``(column, row, direction, port)`` that more
    than one stream net of ``design`` uses (a port used by one net cannot be contended)."""
    users: dict[tuple, int] = {}
    for net in design.nets:
        if net.kind == "stream":
            for lk in set(net.route):
                users[lk] = users.get(lk, 0) + 1
    return {lk: StreamPort(f"switch({lk[0]},{lk[1]}) {lk[2]} port {lk[3]}", bytes_per_cycle)
            for lk, n in sorted(users.items()) if n > 1}
