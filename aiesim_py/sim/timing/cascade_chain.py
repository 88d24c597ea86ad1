"""Cascade nets of a kernel graph (:mod:`aiesim_py.sim.timing.kernel_graph`):
``<k>.cascade_out`` -> ``<k2>.cascade_in``, the two cores meeting once per output group of
partial sums.

Owns :func:`_cascade_call` (the body of one call of a kernel on a cascade chain: 512-bit words
one per cycle through a two-deep output and a two-deep input FIFO, AM020-IF; a group is readable
from its first word, the writer waits only for words past the FIFOs; groups as in DSPLib
matrix_mult / matrix_vector_mul) and :func:`_build_cascades` (one
:class:`~aiesim_py.sim.timing.tiles.Cascade` per ``cascade`` net, its FIFO depth and word
width from the device file's [cascade] section via ``TimingParams.cascade_fifo_bytes`` /
``cascade_word_bytes``). Token and FIFO semantics are those of :mod:`aiesim_py.sim.timing.tiles`.
"""
from __future__ import annotations

from aiesim_py.errors import SimulationError
from aiesim_py.sim.timing.tiles import Cascade


def _cascade_call(env, p, cost, cas_in, cas_out, cycles: int, who: str, before: int = 0, after: int = 0):
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
    rules (the semantics of :mod:`aiesim_py.sim.timing.tiles`).

    ``before`` / ``after``: cycles of the call's prologue / epilogue the caller runs outside
    this body (before its buffer acquires and after its releases,
    :func:`aiesim_py.sim.timing.buffer_kernels.unlocked_overhead`); the cascade operations keep
    their places in the call."""
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
    # the window broadcast of a cascaded FIR kernel (kernels.fir_common BROADCAST_SYNC_CHANGE): the last
    # ``broadcast_cycles`` of the prologue, on the net's broadcast channel (:func:`_build_cascades`)
    b_in = getattr(cas_in, "broadcast", None) if cas_in is not None else None
    b_out = getattr(cas_out, "broadcast", None) if cas_out is not None else None
    head = max(0, pre - before)
    bcast = min(getattr(cost, "broadcast_cycles", 0), head) if (b_in is not None or b_out is not None) else 0
    yield env.timeout(head - bcast)
    if bcast:
        yield from _broadcast(env, p, b_in, b_out, bcast, who)
    # the part of ``before`` / ``after`` the prologue / epilogue cannot hold comes out of the body
    # (its first / last cycles ran outside): the call, waits aside, still lasts ``cycles``
    cut, cut_end = max(0, before - pre), max(0, after - epilogue)
    t0, shift = env.now, 0
    ops = sorted([(max(0, g * interval - cut), 1, g) for g in range(groups) if cas_in is not None]
                 + [(max(0, g * interval + offset - cut), 0, g) for g in range(groups) if cas_out is not None])
    for off, kind, g in ops:
        target = t0 + off + shift
        if target > env.now:
            yield env.timeout(target - env.now)
        if kind == 1:                          # read group g
            cas_in.space.release(1)
            yield from cas_in.data.wait(1, who)
            arrival = cas_in.finish_times.popleft() + p.cascade_hop_cycles
            if arrival > env.now:
                yield env.timeout(arrival - env.now)
            shift = env.now - (t0 + off)
            continue
        if cas_out.capacity_calls > 0:         # the whole group fits the FIFOs behind earlier ones
            yield from cas_out.space.wait(1, who)
            cas_out.finish_times.append(env.now)
            cas_out.data.release(1)
            shift = env.now - (t0 + off)
        else:                                  # first words into the FIFOs, the rest as they are read
            t_first = env.now
            cas_out.finish_times.append(t_first)
            cas_out.data.release(1)
            yield from cas_out.space.wait(1, who)
            shift = max(shift, env.now - fifo - (t0 + off))
        if g == groups - 1:
            cas_out.transfers += 1
    t_end = t0 + max(0, body - cut - cut_end) + shift
    if t_end > env.now:
        yield env.timeout(t_end - env.now)
    yield env.timeout(max(0, epilogue - after))


def _broadcast(env, p, b_in, b_out, cycles: int, who: str):
    """The window broadcast at the end of a cascaded FIR kernel's prologue (kernel_broadcast.hpp @0d8795bc
    ``windowBroadcast``; kernels.fir_common ``BROADCAST_SYNC_CHANGE``): ``cycles`` of a loop that reads the
    window's words from ``b_in`` (not the chain's first kernel) and writes them to ``b_out`` (not its last), one
    token a call on each channel. A reader starts when the upstream's first word has arrived
    (``cascade_hop_cycles`` after the upstream's broadcast start). The window is far larger than the 2 + 2-word
    FIFOs and every ``put_mcd`` / ``get_scd`` blocks, so the chain's loops move together: a writer cannot write
    its last word before the downstream has read all but ``fifo_words`` of them, i.e. it ends no earlier than the
    downstream's end less ``fifo_words`` (each reader reports its end on ``done`` once known; a reader's own end
    depends only on its start, so there is no circular wait). The downstream starts its broadcast only after its
    previous call, so each call re-fills the chain as the source's order implies."""
    if b_in is not None:
        b_in.space.release(1)
        yield from b_in.data.wait(1, who)
        arrival = b_in.finish_times.popleft() + p.cascade_hop_cycles
        if arrival > env.now:
            yield env.timeout(arrival - env.now)
    end = env.now + cycles
    if b_out is not None:
        b_out.finish_times.append(env.now)
        b_out.data.release(1)
        yield from b_out.space.wait(1, who)
        yield from b_out.done.data.wait(1, who)
        end = max(end, b_out.done.finish_times.popleft() - b_out.fifo_words)
        b_out.transfers += 1
    if b_in is not None:
        b_in.done.finish_times.append(end)
        b_in.done.data.release(1)
    if end > env.now:
        yield env.timeout(end - env.now)


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
        if getattr(costs[src], "broadcast_out", False) and getattr(costs[dst], "broadcast_in", False):
            # the FIR window broadcast over the same cascade (:func:`_broadcast`): one token a call
            bc = Cascade(model.table, src, dst, nbytes, 0)
            bc.fifo_words = cas.fifo_words
            bc.done = Cascade(model.table, dst, src, 0, 0)     # the downstream's broadcast end, for the writer
            bc.done.data.acquirers.add(f"{src} (core)")
            bc.data.acquirers.add(f"{dst} (core)")
            bc.space.acquirers.add(f"{src} (core)")
            cas.broadcast = bc
        out.setdefault(src, [None, None])[1] = cas
        out.setdefault(dst, [None, None])[0] = cas
        model.cascades.append(cas)
    return {k: tuple(v) for k, v in out.items()}
