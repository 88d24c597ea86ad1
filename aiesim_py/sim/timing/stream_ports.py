"""Core stream ports of a kernel graph (:mod:`aiesim_py.sim.timing.kernel_graph`): kernels
with 32-bit core stream ports, fed by / draining into PLIOs word by word (their other ports,
if any, are buffers).

Owns :func:`stream_kernel_process` (the simpy process of one stream kernel: one word per cycle
per port, AM020-IF; the core stalls on an empty input route and on a full output route, AXI4-
Stream back-pressure; the PL stalls on a full input route; loop timing from
:func:`aiesim_py.isa.timing.loop_cycles`) and :func:`_stream_net` (wiring one PLIO <-> stream
port net: route latency ``hops x hop_latency_cycles + plio_cdc_latency_cycles``, route capacity
from :func:`~aiesim_py.sim.timing.plio_routes.route_fifo_bytes`, AM020-SSLAT). Stream kernels
connect to PLIOs only (kernel -> kernel streams are refused).
"""
from __future__ import annotations

import math
from collections import deque

from aiesim_py.errors import SimulationError
from aiesim_py.isa.timing import AIE_ML_CORE, loop_cycles
from aiesim_py.sim.timing.buffer_kernels import acquire_buffers, release_buffers
from aiesim_py.sim.timing.plio_routes import route_fifo_bytes


#: tolerance when a word or call time is rounded to a whole cycle: a loop nest's trips are spaced
#: by a fractional mean (KernelCost.trip_spacing_cycles), and thousands of additions drift by
#: ~1e-7 cycles, which must not add a cycle to a call
_EPS = 1e-6


def stream_kernel_process(env, p, c, cost, ins, outs, iterations, tracer, in_bufs=(), out_bufs=()):
    """simpy process: one kernel with core stream ports fed by / draining into PLIOs, and
    optionally buffer ports (``in_bufs`` / ``out_bufs``: its ping-pong buffers, e.g. DSPLib's
    buffer inputs with a stream output): a call first acquires every input buffer (full) and
    output buffer (free), like a buffer kernel (:func:`~aiesim_py.sim.timing.buffer_kernels._core_process`),
    runs its stream words as below, and releases the buffers at its end.

    ``cost`` (a kernels.kernel_io.KernelCost) gives the call's pieces: the part before the loop
    (``total - loop - epilogue``; the epilogue is ``kernel_epilogue_fraction`` of the call
    overhead), the loop set-up, ``trips`` iterations of ``depth`` cycles started every ``ii``
    cycles (``trip_spacing_cycles`` for a loop nest: its outer loops' overhead falls between
    the trips, not before the first). Each trip reads its share of every input port's words (one per cycle), computes
    for ``depth - reads - writes`` cycles, then writes its share of every output's words (one
    per cycle). ``ins`` / ``outs``: one dict per port with ``words`` per call, ``t_word`` (PL
    cycles per 32-bit word), ``latency`` (route cycles), ``fifo_words`` (route capacity),
    ``channel`` (its PLIO counters) and ``times`` (PLIO starts / arrivals per iteration).

    Word by word, ``a`` = the PL puts it in the route, ``r`` = the core reads it, ``w`` = the
    core writes it, ``o`` = it reaches the output PL:
    ``a[k] = max(a[k-1] + t_word, r[k - fifo_words])``, ``r[k] >= a[k] + latency``;
    ``w[k] >= o[k - fifo_words]`` (a full output route stalls the core),
    ``o[k] = max(o[k-1] + t_word, w[k] + latency)``.
    """
    epilogue = int(p.kernel_epilogue_fraction * AIE_ML_CORE.call_overhead_cycles)
    pre_loop = max(0, cost.total_cycles - cost.loop_cycles - epilogue)
    # a loop nest's trips are spread over the call (its outer loops' fill and set-up between them)
    trips, depth = max(1, cost.trips), cost.depth_cycles
    ii = cost.trip_spacing_cycles if cost.trip_spacing_cycles is not None else cost.ii_cycles
    setup = max(0, cost.loop_cycles - loop_cycles(trips, ii, depth, cost.pipelined))
    for port in ins + outs:
        port.update(k=0, last=-math.inf, hist=deque(maxlen=port["fifo_words"]))
    t = 0.0
    who = f"{c.name} (core)"
    for i in range(iterations):
        wait_in, wait_out = yield from acquire_buffers(env, in_bufs, out_bufs, i, who)
        c.stall_input_cycles += wait_in
        c.stall_output_cycles += wait_out
        t = max(t, float(env.now))
        start = t
        t = start + pre_loop + setup + (p.kernel_first_call_extra_cycles + cost.first_call_extra_cycles
                                        if i == 0 else 0)
        stall_in = stall_out = 0.0
        for port in ins + outs:
            port["done"] = 0
        last_w, loop_end = -math.inf, t
        for j in range(trips):
            trip_start = t
            n_in = n_out = 0
            for port in ins:
                n = -(-port["words"] // trips) if j < trips - 1 else port["words"] - port["done"]
                n_in += max(0, n)
                for _ in range(max(0, n)):
                    hist = port["hist"]
                    gate = hist[0] if len(hist) == port["fifo_words"] else 0.0
                    a = max(port["last"] + port["t_word"] if port["k"] else 0.0, gate)
                    if port["done"] == 0:
                        port["times"].append(math.floor(a + _EPS))
                    port["last"] = a
                    r = max(t, a + port["latency"])
                    stall_in += r - t
                    hist.append(r)
                    t = r + 1
                    port["k"] += 1
                    port["done"] += 1
            after_reads = t
            outs_n = [-(-q["words"] // trips) if j < trips - 1 else q["words"] - q["done"] for q in outs]
            t += max(0, depth - n_in - sum(outs_n))
            for port, n in zip(outs, outs_n):
                for _ in range(max(0, n)):
                    hist = port["hist"]
                    gate = hist[0] if len(hist) == port["fifo_words"] else -math.inf
                    w = max(t, gate, last_w + 1)
                    stall_out += w - t
                    o = max(port["last"] + port["t_word"], w + port["latency"])
                    if port["done"] == 0:
                        port["times"].append(math.ceil(o - _EPS))
                    port["last"] = o
                    hist.append(o)
                    last_w = w
                    t = w + 1
                    port["k"] += 1
                    port["done"] += 1
            loop_end = max(loop_end, t)
            if cost.pipelined:      # the next trip starts II after this one (+ its input stalls)
                t = max(after_reads, trip_start + (after_reads - trip_start - n_in) + ii)
        t = loop_end
        t = math.ceil(t + epilogue - _EPS)
        c.calls += 1
        c.busy_cycles += int(t - start - stall_in - stall_out)
        c.stall_input_cycles += int(stall_in)
        c.stall_output_cycles += int(stall_out)
        for port in ins + outs:
            ch = port["channel"]
            ch.transfers += 1
            ch.bytes += 4 * port["words"]
            ch.busy_cycles += math.ceil(port["words"] * port["t_word"] - 1e-9)
        if tracer.enabled:
            tracer.add(c.track, f"call {i}", int(start), int(t))
        if t > env.now:
            yield env.timeout(t - env.now)
        release_buffers(in_bufs, out_bufs, i)


def _stream_net(model, net, plios, port_of, streamed, stream_io, fed, drained) -> bool:
    """Wire a net that touches a stream kernel (input PLIO -> stream in port, stream out port
    -> output PLIO) into ``stream_io``; False for any other net. Raises SimulationError for a
    stream port on a net with several destinations or without a PLIO at its other end."""
    p = model.p
    ends = [net.src, *net.dsts]
    touched = [e for e in ends if e not in plios and port_of(e, f"net {net.src}")[3].interface == "stream"]
    if not touched:
        return False
    if len(net.dsts) != 1 or len(touched) != 1:
        raise SimulationError(f"net {net.src} -> {', '.join(net.dsts)}: a stream port must connect to exactly "
                              "one PLIO (broadcast and kernel-to-kernel streams are not in the timing model)")
    name, direction, idx, port = port_of(touched[0], f"net {net.src}")
    other = net.dsts[0] if direction == "out" else net.src
    pl = plios.get(other)
    if pl is None or pl.direction != direction:
        raise SimulationError(f"net {net.src} -> {net.dsts[0]}: stream port {touched[0]} must connect to an "
                              f"{direction}put PLIO")
    latency = net.hops * p.hop_latency_cycles + p.plio_cdc_latency_cycles
    spec = {"words": max(1, math.ceil(port.bytes_per_call / p.stream_bytes_per_cycle)),
            "t_word": p.stream_bytes_per_cycle / p.plio_bytes_per_cycle(pl.width_bits, pl.freq_hz),
            "latency": latency}
    if direction == "in":
        spec["fifo_words"] = max(1, route_fifo_bytes(p, net.hops, pl.width_bits) // p.stream_bytes_per_cycle)
        spec["channel"] = model._channel(pl.name, "plio_in", f"shim({pl.column})")
        spec["times"] = model.plio_starts.setdefault(pl.name, [])
        fed.add((name, idx))
    else:
        spec["fifo_words"] = max(1, (net.hops * p.stream_fifo_bytes_per_hop + p.plio_cdc_fifo_bytes)
                                 // p.stream_bytes_per_cycle)
        spec["channel"] = model._channel(pl.name, "plio_out", f"shim({pl.column})")
        spec["times"] = model.plio_arrivals.setdefault(pl.name, [])
        drained.add((name, idx))
    stream_io[name][0 if direction == "in" else 1][idx] = spec
    return True
