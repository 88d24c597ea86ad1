"""Timing of streamed weights (``DenseParams.weight_chunk_n > 0``,
:mod:`aiesim_py.compiler.passes.weights`).

What becomes what:
    static weight shared buffer (``SharedBuffer.initial``)
        -> no locks of its own: written once at load time (before the first iteration),
           always full; each output port is a memory-tile MM2S process
           (:func:`~aiesim_py.sim.timing.dma.transfer_process`) that sends the tile's
           ``chunks`` chunks every iteration, one BD (lock-free source, BD setup) per chunk,
           at the DMA-to-DMA stream rate (4 B/cycle per 32-bit channel);
    the tile's weight input buffer
        -> a ping-pong :class:`~locks.SlotBuffer` ``"<kernel>.weights"`` (writer: that MM2S,
           reader: the core), slot ``j = iteration x chunks + chunk``;
    the core of a streamed kernel
        -> :func:`streamed_core_process`: the call overhead before the first chunk, then per
           chunk: acquire the chunk's slot, compute ``DenseCost.chunk_cycles``, release the
           slot; then the cascade hand-off and the epilogue as for a resident kernel
           (:func:`~aiesim_py.sim.timing.tiles.core_process`). Time spent waiting for a
           chunk counts as input stall and shows in the trace as "weights wait".

Approximation: the cascade rendezvous stays per call (the kernel's last cascade write after
its last chunk), as for resident kernels; on the array partial sums cross per output group.
"""
from __future__ import annotations

from dataclasses import dataclass

import simpy

from aiesim_py.design import KernelInstance
from aiesim_py.errors import SimulationError
from aiesim_py.sim.timing.dma import Transfer, transfer_process
from aiesim_py.sim.timing.locks import SlotBuffer
from aiesim_py.sim.timing.params import TimingParams
from aiesim_py.sim.timing.tiles import TILE_BUFFER_SLOTS, Core, begin_call, cascade_sync, core_process
from aiesim_py.sim.timing.trace import Tracer


@dataclass
class StreamedCore(Core):
    """A :class:`~tiles.Core` whose weights arrive in ``chunks`` chunks per call."""
    weights_buf: SlotBuffer | None = None
    chunks: int = 1
    chunk_cycles: int = 0


def weight_core(model, k: KernelInstance, core: Core, cost) -> Core:
    """``core`` itself for a tile-resident kernel; a :class:`StreamedCore` with its weight
    ping-pong buffer for a streamed one (``cost``: its ``DenseCost``)."""
    if not k.params.weight_chunk_n:
        return core
    buf = SlotBuffer(model.table, f"{k.name}.weights", TILE_BUFFER_SLOTS, [f"{k.name}.weights (mm2s)"],
                     [f"{k.name} core"],
                     model.p.lock_wakeup_cycles)
    return StreamedCore(core.counters, core.in_buf, core.out_buf, core.cascade_in, core.cascade_out,
                        core.group_cycles, core.epilogue_cycles, buf, cost.chunks, cost.chunk_cycles)


def process_for(core: Core):
    """The simpy process function of ``core``."""
    return streamed_core_process if isinstance(core, StreamedCore) else core_process


def build_weight_streams(model, cores: dict[str, Core]) -> None:
    """One memory-tile MM2S process per output port of every static weight buffer of
    ``model.design``, into its kernel's weight buffer (see module docstring).

    Raises:
        SimulationError: a port feeds no streamed kernel, or a streamed kernel has no feeder.
    """
    from aiesim_py.sim.timing.model import _dma_rate, _memtile_loc, _tile_loc
    p = model.p
    fed = set()
    for sb in model.design.shared_buffers:
        if sb.initial is None:
            continue
        for port in sb.outputs:
            ep = f"{sb.name}.out[{port.index}]"
            if len(port.peers) != 1 or not port.peers[0].endswith(".weights"):
                raise SimulationError(f"weight buffer {sb.name} out[{port.index}] must feed one '<kernel>.weights', "
                                      f"it feeds {list(port.peers)}; recompile the model")
            kname = port.peers[0][:-len(".weights")]
            core = cores.get(kname)
            if not isinstance(core, StreamedCore):
                raise SimulationError(f"weight buffer {sb.name} out[{port.index}] feeds {kname}, which does not "
                                      "stream its weights; recompile the model")
            k = model._kernels[kname]
            chunk_bytes = k.params.weight_chunk_bytes
            if port.tiling.n_elements * sb.element_bytes != chunk_bytes * core.chunks:
                raise SimulationError(f"weight buffer {sb.name} out[{port.index}] sends "
                                      f"{port.tiling.n_elements * sb.element_bytes} bytes per iteration, "
                                      f"{kname} takes {chunk_bytes * core.chunks}; recompile the model")
            hops = model._hops(ep)
            sender = model._channel(ep, "mm2s", _memtile_loc(sb.memtile))
            receiver = model._channel(f"{kname}.weights", "s2mm", _tile_loc(k.tile))
            tr = Transfer(chunk_bytes, _dma_rate(p), hops * p.hop_latency_cycles,
                          hops * p.stream_fifo_bytes_per_hop, None, [(core.weights_buf, 0)], sender, [receiver],
                          source_setup_cycles=p.dma_bd_setup_cycles, ports=model._ports(ep),
                          per_iteration=core.chunks)
            model.processes.append((f"{ep} (mm2s weights)", model.env.process(
                transfer_process(model.env, p, tr, model.iterations * core.chunks, model.tracer))))
            fed.add(kname)
    for name, core in cores.items():
        if isinstance(core, StreamedCore) and name not in fed:
            raise SimulationError(f"kernel {name} streams its weights but no memory-tile port feeds "
                                  f"{name}.weights; recompile the model")


def streamed_core_process(env: simpy.Environment, p: TimingParams, core: StreamedCore, iterations: int,
                          tracer: Tracer):
    """simpy process: ``iterations`` calls of a streamed kernel (see module docstring)."""
    c = core.counters
    who = f"{c.name} (core)"
    for i in range(iterations):
        yield from begin_call(env, core, i, who)
        start = env.now
        cycles = c.cycles_per_call + (p.kernel_first_call_extra_cycles if i == 0 else 0)
        epilogue = min(core.epilogue_cycles, cycles)
        prologue = max(0, cycles - epilogue - core.chunks * core.chunk_cycles)
        yield env.timeout(prologue)
        waited = 0
        for ch in range(core.chunks):
            j = i * core.chunks + ch
            lock, value = core.weights_buf.reader_lock(j, 0)
            t0 = env.now
            yield from lock.wait(value, who)
            if env.now > t0:
                waited += env.now - t0
                if tracer.enabled:
                    tracer.add(c.track, "weights wait", t0, env.now)
            yield env.timeout(core.chunk_cycles)
            for lk, delta in core.weights_buf.read(j):
                lk.release(delta)
        work_end = env.now
        yield from cascade_sync(env, p, core, who, work_end)
        yield env.timeout(epilogue)
        end = env.now
        c.calls += 1
        c.busy_cycles += cycles
        c.stall_input_cycles += waited
        c.stall_cascade_cycles += end - start - cycles - waited
        if tracer.enabled:
            tracer.add(c.track, f"call {i}", start, start + cycles)
        for lk, delta in core.in_buf.read(i):
            lk.release(delta)
        if core.out_buf is not None:
            for lk, delta in core.out_buf.written(i):
                lk.release(delta)
