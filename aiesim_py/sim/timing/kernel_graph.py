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
                                       reach (:func:`cores_share_memory`), no DMA;
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
``tile_lock_wakeup_cycles`` later (device file [timing]). A kernel call acquires every input
buffer (full) and output buffer (free), lasts its cost
model's ``total_cycles`` (+ ``kernel_first_call_extra_cycles`` on the first call), then
releases them.

    input PLIO -> kernel stream port   :func:`stream_kernel_process`: a kernel whose ports are
    kernel stream port -> output PLIO  all streams reads / writes its 32-bit core stream ports
                                       word by word (one word per cycle, AM020-IF); it stalls on
                                       an empty input route and on a full output route (AXI4-
                                       Stream back-pressure), the PL stalls on a full input route.
                                       Stream kernels run alone on their tile and connect to
                                       PLIOs only (kernel -> kernel streams are refused).

``plio_starts[name]`` / ``plio_arrivals[name]`` hold, per PLIO, the cycle of the first
word of every iteration (input accepted by the PL interface / output arrived): the
timestamps aiesimulator writes to its PLIO files.
"""
from __future__ import annotations

import math
import re
from collections import deque

from aiesim_py.errors import SimulationError
from aiesim_py.isa.timing import AIE_ML_CORE, loop_cycles
from aiesim_py.kernels.families import FAMILIES, kernel_cost
from aiesim_py.sim.timing.dma import Transfer, transfer_process
from aiesim_py.sim.timing.locks import SlotBuffer, release_after
from aiesim_py.sim.timing.tiles import TILE_BUFFER_SLOTS, Cascade, KernelCounters

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


def cores_share_memory(tile_a, tile_b) -> bool:
    """True when two compute-tile cores reach one common data memory, so the ADF compiler can
    place a kernel-to-kernel buffer there and move no data by DMA: the same tile, or neighbours
    in one row or one column (a core reaches its own memory and those of its north, south and
    west neighbours, UG1603-ARCH / UG1603-DM, aieml-facts.md "A core reaches its own memory...":
    the west core's own memory is in reach of both, and north / south likewise)."""
    (ca, ra), (cb, rb) = tuple(tile_a), tuple(tile_b)
    return (ca == cb and abs(ra - rb) <= 1) or (ra == rb and abs(ca - cb) == 1)


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


def stream_kernel_process(env, p, c, cost, ins, outs, iterations, tracer):
    """simpy process: one kernel with stream ports only, fed by / draining into PLIOs.

    ``cost`` (a kernels.kernel_io.KernelCost) gives the call's pieces: the part before the loop
    (``total - loop - epilogue``; the epilogue is ``kernel_epilogue_fraction`` of the call
    overhead), the loop set-up, ``trips`` iterations of ``depth`` cycles started every ``ii``
    cycles. Each trip reads its share of every input port's words (one per cycle), computes
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
    trips, ii, depth = max(1, cost.trips), cost.ii_cycles, cost.depth_cycles
    setup = max(0, cost.loop_cycles - loop_cycles(trips, ii, depth, cost.pipelined))
    for port in ins + outs:
        port.update(k=0, last=-math.inf, hist=deque(maxlen=port["fifo_words"]))
    t = 0.0
    for i in range(iterations):
        start = t
        t = start + pre_loop + setup + (p.kernel_first_call_extra_cycles if i == 0 else 0)
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
                        port["times"].append(math.floor(a + 1e-9))
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
                        port["times"].append(math.ceil(o - 1e-9))
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
        t = math.ceil(t + epilogue - 1e-9)
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


def _cascade_call(env, p, cost, cas_in, cas_out, cycles: int, who: str):
    """The body of one call of a kernel on a cascade chain (``cascade`` nets between
    ``<kernel>.cascade_out`` and ``<kernel>.cascade_in``).

    Per output group when the kernel's cost has ``groups`` > 1 (DSPLib matrix_mult /
    matrix_vector_mul: each group's partial sums are read from the cascade before its first
    MAC and written with ``writeincr`` after its last): the call is a prologue, the groups'
    cascade operations and the epilogue (the cost's ``epilogue_cycles``). Group ``g`` reads
    its partial sums at ``g x interval`` and writes its first word ``offset`` cycles after its
    read, then one word per cycle for its ``n`` words (``cas.token_words``); the group loop
    lasts ``(groups - 1) x interval + offset + n`` and the prologue takes the rest of the call.
    By default ``interval = loop_cycles // groups`` (a group with its share of the loop's fills
    and drains, one after the other) and ``offset = interval - n`` (the writes are the group's
    last ``n`` cycles). A cost may declare its software-pipelined group loop instead:
    ``cascade_group_interval_cycles`` (the loop's II over groups) and
    ``cascade_write_offset_cycles`` (a group's read to its first write); when the offset is
    longer than the interval, group ``g + 1`` reads before group ``g`` writes (the modulo
    schedule's order). A stall on any cascade operation stalls the core: every later
    operation of the call moves by it.

    The cascade moves 512-bit words, one per cycle, through a two-deep output FIFO and a
    two-deep input FIFO (AM020-IF; ``cas.fifo_words`` = 4). So the downstream may start
    reading group ``g`` (it frees the cascade: it is ready to read, then waits)
    ``cascade_hop_cycles`` after the upstream wrote the group's first word, and reads the rest
    as it arrives. The upstream never waits for the first ``fifo_words`` words of a group;
    when a group is larger than the FIFOs (``n > fifo_words``, capacity 0 groups) the rest of
    its writes follow the downstream's reads, so the upstream stalls for as long as the
    downstream starts reading later than ``fifo_words`` cycles after the first word; when
    several groups fit the FIFOs, the upstream writes group ``g`` once the downstream has
    started group ``g - capacity``. Costs without groups use one token per call with the same
    rules (the semantics of :mod:`aiesim_py.sim.timing.tiles`)."""
    groups = max(1, getattr(cost, "groups", 1))
    epilogue = min(getattr(cost, "epilogue_cycles", 0), cycles)
    token = max(1, getattr(cas_out, "token_words", 1)) if cas_out is not None else 1
    fifo = getattr(cas_out, "fifo_words", 0) if cas_out is not None else 0
    interval = getattr(cost, "cascade_group_interval_cycles", 0) if groups > 1 else 0
    if interval:                               # declared software-pipelined group loop
        n = max(1, min(token, interval))
        offset = max(0, getattr(cost, "cascade_write_offset_cycles", interval - n))
    else:
        interval = cost.loop_cycles // groups if groups > 1 else 0
        if not interval:       # one token per call: the whole body is one "group"
            groups, interval = 1, max(0, cycles - epilogue)
        n = max(1, min(token, interval))
        offset = interval - n
    body = (groups - 1) * interval + offset + n
    pre = max(0, cycles - epilogue - body)
    yield env.timeout(pre)
    t0, shift = env.now, 0
    ops = sorted([(g * interval, 1, g) for g in range(groups) if cas_in is not None]
                 + [(g * interval + offset, 0, g) for g in range(groups) if cas_out is not None])
    for off, kind, g in ops:
        target = t0 + off + shift
        if target > env.now:
            yield env.timeout(target - env.now)
        if kind == 1:                          # read group g
            cas_in.space.release(1)
            ev = cas_in.data.acquire(1, who)
            if ev is not None:
                yield ev
            arrival = cas_in.finish_times.popleft() + p.cascade_hop_cycles
            if arrival > env.now:
                yield env.timeout(arrival - env.now)
            shift = env.now - (t0 + off)
            continue
        if cas_out.capacity_calls > 0:         # the whole group fits the FIFOs behind earlier ones
            ev = cas_out.space.acquire(1, who)
            if ev is not None:
                yield ev
            cas_out.finish_times.append(env.now)
            cas_out.data.release(1)
            shift = env.now - (t0 + off)
        else:                                  # first words into the FIFOs, the rest as they are read
            t_first = env.now
            cas_out.finish_times.append(t_first)
            cas_out.data.release(1)
            ev = cas_out.space.acquire(1, who)
            if ev is not None:
                yield ev
            shift = max(shift, env.now - fifo - (t0 + off))
        if g == groups - 1:
            cas_out.transfers += 1
    t_end = t0 + body + shift
    if t_end > env.now:
        yield env.timeout(t_end - env.now)
    yield env.timeout(epilogue)


def _build_cascades(model, kernels, costs) -> dict:
    """kernel name -> (cascade in, cascade out) from the design's ``cascade`` nets
    (``<kernel>.cascade_out`` -> ``<kernel>.cascade_in``); also fills ``model.cascades``.
    The FIFO capacity counts groups (:func:`_cascade_call`) when both ends have the same
    ``groups`` > 1, else calls.

    Raises:
        SimulationError: an endpoint that names no kernel, a cascade with several
            destinations, or two ends with different group counts."""
    out: dict[str, list] = {}
    for net in model.design.nets:
        if net.kind != "cascade":
            continue
        src = net.src[:-len(".cascade_out")] if net.src.endswith(".cascade_out") else None
        dst = net.dsts[0][:-len(".cascade_in")] if len(net.dsts) == 1 and net.dsts[0].endswith(
            ".cascade_in") else None
        if src not in kernels or dst not in kernels:
            raise SimulationError(f"cascade net {net.src} -> {', '.join(net.dsts)}: needs one "
                                  "'<kernel>.cascade_out' -> '<kernel>.cascade_in' pair of this design")
        g_src, g_dst = (max(1, getattr(costs[k], "groups", 1)) for k in (src, dst))
        if g_src != g_dst:
            raise SimulationError(f"cascade {src} -> {dst}: the two kernels pass {g_src} and {g_dst} groups "
                                  "of partial sums per call; a cascade needs the same on both ends")
        nbytes = getattr(kernels[src].params, "cascade_bytes", 0) or 1
        per_token = -(-nbytes // g_src)
        cas = Cascade(model.table, src, dst, nbytes, model.p.cascade_fifo_bytes // per_token)
        word = model.p.cascade_word_bytes                    # one 512-bit word per cycle (AM020-IF)
        cas.token_words = -(-per_token // word)              # words of one group (or call)
        cas.fifo_words = model.p.cascade_fifo_bytes // word  # output + input FIFO depth (AM020-IF: 2 + 2)
        cas.data.acquirers.add(f"{dst} (core)")
        cas.space.acquirers.add(f"{src} (core)")
        out.setdefault(src, [None, None])[1] = cas
        out.setdefault(dst, [None, None])[0] = cas
        model.cascades.append(cas)
    return {k: tuple(v) for k, v in out.items()}


def _core_process(env, p, kernels, iterations, tracer, cascades=None):
    """One core running ``kernels`` [(counters, cost, in_bufs, out_bufs)] in order;
    ``cascades``: kernel name -> (cascade in, cascade out) (:func:`_cascade_call`)."""
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
            for buf in ins:
                for lock, delta in buf.read(i):
                    lock.release(delta)
            for buf in outs:
                for lock, delta in buf.written(i):
                    lock.release(delta)


def _stream_net(model, net, plios, port_of, streamed, stream_io, fed, drained) -> bool:
    """Wire a net that touches a stream kernel (input PLIO -> stream in port, stream out port
    -> output PLIO) into ``stream_io``; False for any other net. Raises SimulationError for a
    stream port on a net with several destinations or without a PLIO at its other end."""
    p = model.p
    ends = [net.src, *net.dsts]
    touched = [e for e in ends if e not in plios and port_of(e, f"net {net.src}")[0] in streamed]
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


def build_kernel_graph(model) -> None:
    """Populate ``model`` (a TimingModel) with the processes of a kernel graph.

    Raises:
        SimulationError: a dense kernel mixed in, a kernel mixing buffer and stream ports, a
            stream port not connected straight to a PLIO, a stream kernel sharing its tile,
            an endpoint that names no kernel port or PLIO, a port without a net, or no
            input / output PLIO.
    """
    d, p, env = model.design, model.p, model.env
    model.plio_starts, model.plio_arrivals = {}, {}
    kernels, costs, ports = {}, {}, {}
    streamed: set[str] = set()          # kernels whose ports are all core stream ports
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
        kinds = {port.interface for port in ports[k.name]}
        if len(kinds) > 1:
            raise SimulationError(f"kernel {k.name}: mixes buffer and stream ports; the timing model runs "
                                  "kernels with buffer ports only or stream ports only")
        if kinds == {"stream"}:
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
            if src[0] in streamed or dk[0] in streamed:
                raise SimulationError(f"net {net.src} -> {dst}: kernel-to-kernel stream connections are not "
                                      "in the timing model; connect stream ports to PLIOs")
            if cores_share_memory(kernels[src[0]].tile, kernels[dk[0]].tile):
                shared = SlotBuffer(model.table, f"{net.src}->{dst}", TILE_BUFFER_SLOTS,
                                    [f"{src[0]} core"], [f"{dk[0]} core"], wake)
                bufs[src[:3]] = bufs[dk[:3]] = shared
    for name, k in kernels.items():
        if name in streamed:
            continue
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
        model.processes.append((f"tile({tile[0]},{tile[1]}) (core)", env.process(stream_kernel_process(
            env, p, c, costs[k.name], [ins_d[i] for i in sorted(ins_d)], [outs_d[j] for j in sorted(outs_d)],
            model.iterations, model.tracer))))
    ins = [pl.name for pl in d.plios if pl.direction == "in"]
    outs = [pl.name for pl in d.plios if pl.direction == "out"]
    if not ins or not outs or ins[0] not in model.plio_starts or outs[0] not in model.plio_arrivals:
        raise SimulationError("a kernel graph needs at least one connected input PLIO and one output PLIO")
    model.t_in = model.plio_starts[ins[0]]
    model.t_out = model.plio_arrivals[outs[0]]
