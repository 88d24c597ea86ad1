"""sim.timing DMA mechanisms: shim DMA (GMIO) tasks and stream-port contention."""
import math

import pytest
import simpy

from aiesim_py.arch import load_device
from aiesim_py.errors import SimulationError
from aiesim_py.sim.timing import TimingParams
from aiesim_py.sim.timing.dma import ChannelCounters, StreamPort, Transfer, transfer_process
from aiesim_py.sim.timing.shim import ShimChannel, ShimTask, shim_task_cycles, shim_task_process
from aiesim_py.sim.timing.trace import Tracer


@pytest.fixture(scope="module")
def phoenix():
    return TimingParams.from_device(load_device("phoenix"))


# --- shim DMA ----------------------------------------------------------------------------
def test_shim_mm2s_is_setup_plus_read_latency_plus_words(phoenix):
    p = phoenix
    for words in (8, 1000, 4096):
        got = shim_task_cycles(p, "mm2s", 4 * words)
        rate = min(4.0, p.shim_mm2s_read_bytes_per_cycle)
        assert got == (p.dma_bd_setup_cycles + p.dma_lock_acquire_cycles
                       + p.shim_mm2s_read_latency_cycles + math.ceil(4 * words / rate - 1e-9))


def test_shim_s2mm_pays_the_write_response_after_the_last_word(phoenix):
    p = phoenix
    got = shim_task_cycles(p, "s2mm", 4 * 2048)
    assert got == p.dma_bd_setup_cycles + p.dma_lock_acquire_cycles + 2048 + p.shim_s2mm_write_response_cycles


def test_shim_rate_is_the_slower_of_stream_and_noc(phoenix):
    import dataclasses
    slow = dataclasses.replace(phoenix, shim_s2mm_write_bytes_per_cycle=2.0)
    fast = dataclasses.replace(phoenix, shim_s2mm_write_bytes_per_cycle=100.0)
    n = 4 * 4096
    assert shim_task_cycles(slow, "s2mm", n) - shim_task_cycles(phoenix, "s2mm", n) == 4096
    assert shim_task_cycles(fast, "s2mm", n) == shim_task_cycles(phoenix, "s2mm", n)   # capped by the stream


def test_shim_s2mm_waits_for_data_and_traces(phoenix):
    env = simpy.Environment()
    ch, task = ShimChannel("s2mm0", "s2mm", warm=True), ShimTask(64)   # warm: no cold first write
    tracer = Tracer(True)
    env.process(shim_task_process(env, phoenix, ch, task, data_ready_cycle=100, tracer=tracer))
    env.run()
    assert task.first_word_cycle == 100 and task.finish_cycle == 100 + 16 + phoenix.shim_s2mm_write_response_cycles
    assert tracer.events == [("shim/s2mm0 s2mm", "BD 64 B", 0, task.finish_cycle)]


def test_shim_bad_input(phoenix):
    with pytest.raises(SimulationError, match="whole 32-bit words"):
        shim_task_cycles(phoenix, "mm2s", 6)
    with pytest.raises(SimulationError, match="direction"):
        ShimChannel("x", "sideways")


# --- stream-port contention --------------------------------------------------------------
def _run_senders(p, nbytes, iterations, shared: bool):
    """Two full-rate DMA routes to free-running sinks; with ``shared`` both pass one port."""
    env = simpy.Environment()
    port = StreamPort("tile(1,0) north master 0", p.stream_bytes_per_cycle)
    arrivals = []
    for k in range(2):
        arr = []
        tr = Transfer(nbytes, float(p.dma_bytes_per_cycle), 4, 32, None, [],
                      ChannelCounters(f"route{k}", "mm2s", "tile(0,0)"), arrivals=arr,
                      ports=[port] if shared else [])
        env.process(transfer_process(env, p, tr, iterations, Tracer(False)))
        arrivals.append(arr)
    env.run()
    return arrivals, port, env.now


def test_two_routes_through_one_port_halve_throughput():
    p = TimingParams.from_device(load_device("ve2802"))
    nbytes, iters = 2048, 12
    alone, _, end_alone = _run_senders(p, nbytes, iters, shared=False)
    shared, port, end_shared = _run_senders(p, nbytes, iters, shared=True)
    per_word = nbytes / p.stream_bytes_per_cycle
    for arr in alone:     # each route alone: one BD every nbytes / 4 cycles
        assert (arr[-1] - arr[1]) / (iters - 2) == pytest.approx(per_word, rel=0.01)
    # together: the port moves one word per cycle in all, so the pair takes twice as long
    assert end_shared == pytest.approx(2 * end_alone, rel=0.02)
    assert port.reserved_cycles == pytest.approx(2 * iters * per_word)
    assert port.free_at == pytest.approx(2 * iters * per_word, rel=0.01)


def test_slow_routes_share_a_port_without_slowing():
    """Two 1 B/cycle routes (a 32-bit PLIO at a quarter of the clock) fit in one 4 B/cycle port."""
    p = TimingParams.from_device(load_device("ve2802"))
    ends = []
    for shared in (False, True):
        env = simpy.Environment()
        port = StreamPort("shared", p.stream_bytes_per_cycle)
        for k in range(2):
            tr = Transfer(512, 1.0, 0, 0, None, [], ChannelCounters(f"r{k}", "plio_in", "shim(0)"),
                          ports=[port] if shared else [])
            env.process(transfer_process(env, p, tr, 4, Tracer(False)))
        env.run()
        ends.append(env.now)
    assert ends[0] == ends[1]


def test_stream_port_rejects_zero_bandwidth():
    with pytest.raises(ValueError, match="bandwidth"):
        StreamPort("x", 0)


# --- chained compute-tile MM2S BDs (MM2S_CHAINED_BD_CHANGE) --------------------------------
def test_chained_bd_extra_cycles_only_after_the_first_bd():
    """A sender whose source is always ready (no lock wait) chains its BDs: the first pays the
    set-up only, every later one set-up + ``chained_extra_cycles``."""
    p = TimingParams.from_device(load_device("ve2802"))

    def starts(extra):
        env = simpy.Environment()
        tr = Transfer(64, 4.0, 0, 0, None, [], ChannelCounters("mm2s0", "mm2s", "tile(0,2)"),
                      source_setup_cycles=4, starts=[], chained_extra_cycles=extra)
        env.process(transfer_process(env, p, tr, 4, Tracer(False)))
        env.run()
        return tr.starts

    assert starts(0) == [4, 24, 44, 64]                # 4 set-up + 16 cycles of 64 B per BD
    assert starts(4) == [4, 28, 52, 76]                # + 4 on BDs 1..3, not on the first


def test_output_bound_window_pays_the_chained_mm2s_bd():
    """C13's real -> complex widget is output-bound (its output carries twice the input's bytes):
    its interval is the output BD, so it grows by exactly the device's chained-BD extra; the
    phoenix device (silicon: a chained BD's set-up is hidden) has 0."""
    import dataclasses

    from aiesim_py.graph import KernelGraph
    from aiesim_py.kernels.widget_real2complex import KIND, WidgetReal2ComplexParams
    from aiesim_py.sim.timing import simulate
    dev = load_device("ve2802")
    assert dev.timing.dma_mm2s_chained_bd_extra_cycles == 4
    assert load_device("phoenix").timing.dma_mm2s_chained_bd_extra_cycles == 0
    g = KernelGraph("ve2802", "r2c")
    g.add_kernel("widget", KIND, WidgetReal2ComplexParams("int16", "cint16", 512, False), (10, 2))
    g.add_plio_in("in0", "widget.in[0]", "int16", 64, 625.0)
    g.add_plio_out("out0", "widget.out[0]", "cint16", 64, 625.0)
    d = g.design()
    base = TimingParams.from_device(dev)
    with_extra = simulate(d, iterations=16, params=base)
    without = simulate(d, iterations=16, params=dataclasses.replace(base, dma_mm2s_chained_bd_extra_cycles=0))
    assert with_extra.interval_cycles - without.interval_cycles == pytest.approx(4, abs=0.5)
    assert with_extra.latency_cycles == without.latency_cycles      # the first BD is not chained
