"""kernels.widget_api_cast: DSPLib widget_api_cast cost model (copy loops per interface pair, clones,
refusals) and its use in a KernelGraph."""
import dataclasses
import math

import pytest

from aiesim_py.arch.device import load_device
from aiesim_py.graph import KernelGraph
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import families
from aiesim_py.kernels.kernel_io import adf_call_overhead
from aiesim_py.kernels.widget_api_cast import KIND, WidgetApiCastParams, widget_api_cast_cycles
from aiesim_py.sim.timing import TimingParams
from aiesim_py.sim.timing.buffer_kernels import unlocked_overhead

PAIRS = (("buffer", "buffer"), ("stream", "buffer"), ("buffer", "stream"))


def _cost(dtype, in_api, out_api, window, clones=1):
    return widget_api_cast_cycles(WidgetApiCastParams(dtype, in_api, out_api, window, clones), AIE_ML_CORE)


def test_registered_as_a_kernel_family():
    assert families.FAMILIES[KIND] == (WidgetApiCastParams, widget_api_cast_cycles)
    p = WidgetApiCastParams("cint16", "buffer", "buffer", 256, 2)
    assert families.kernel_cost(KIND, p, AIE_ML_CORE) == widget_api_cast_cycles(p, AIE_ML_CORE)


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("dtype", ["int16", "cint32"])
def test_cost_grows_with_the_window(pair, dtype):
    costs = [_cost(dtype, *pair, w).total_cycles for w in (64, 128, 1024, 4096)]
    assert costs == sorted(costs) and len(set(costs)) == len(costs)


def test_trips_follow_the_dsplib_loops():
    # buffer -> buffer: one 256-bit vector per trip; stream -> buffer: 64 bytes (4 x 128-bit reads) per trip;
    # buffer -> stream: one 128-bit chunk per trip
    assert _cost("int32", "buffer", "buffer", 1024).trips == 4096 // 32
    assert _cost("int32", "stream", "buffer", 1024).trips == 4096 // 64
    assert _cost("int32", "buffer", "stream", 1024).trips == 4096 // 16
    # a stream -> buffer window that is not a whole number of 64-byte blocks ends with a shorter trip
    assert _cost("int32", "stream", "buffer", 20).trips == 2


def test_clones_add_stores_and_locks():
    one, three = _cost("int16", "buffer", "buffer", 2048, 1), _cost("int16", "buffer", "buffer", 2048, 3)
    assert (one.ii_cycles, three.ii_cycles) == (1, 3)          # one store unit: a store per clone per vector
    assert three.call_overhead_cycles - one.call_overhead_cycles == adf_call_overhead(AIE_ML_CORE, 4) - \
        adf_call_overhead(AIE_ML_CORE, 2)
    # stream input: 16 words per trip at one per cycle bound the loop until the clones' stores exceed them
    assert [_cost("int16", "stream", "buffer", 2048, c).ii_cycles for c in (1, 2, 3, 4)] == [16, 16, 16, 16]
    costs = [_cost("int16", "stream", "buffer", 2048, c).total_cycles for c in (1, 2, 3, 4)]
    assert costs == sorted(costs) and len(set(costs)) == 4


def test_stream_ports_take_no_lock():
    assert _cost("int32", "buffer", "stream", 256).call_overhead_cycles == adf_call_overhead(AIE_ML_CORE, 1)
    assert _cost("int32", "stream", "buffer", 256, 2).call_overhead_cycles == adf_call_overhead(AIE_ML_CORE, 2)
    # four stream words per 128-bit chunk, at most one per cycle
    assert _cost("int32", "buffer", "stream", 256).ii_cycles == 4


def test_ports():
    p = WidgetApiCastParams("cint32", "stream", "buffer", 512, 3)
    assert [(q.direction, q.interface, q.bytes_per_call) for q in p.ports()] == \
        [("in", "stream", 4096)] + [("out", "buffer", 4096)] * 3


@pytest.mark.parametrize("kwargs, match", [
    (dict(dtype="uint8"), "TT_DATA"),
    (dict(in_api="window"), "in_api"),
    (dict(in_api="stream", out_api="stream"), "stream to stream"),
    (dict(clones=4), "1..3"),
    (dict(clones=0), "1..3"),
    (dict(out_api="stream", clones=2), "one output stream"),
    (dict(num_inputs=2), "only one input"),
    (dict(window=0), "positive"),
    (dict(window=12), "32-byte"),        # 24 bytes of int16: not a whole 256-bit vector
])
def test_refusals_name_the_problem(kwargs, match):
    args = dict(dtype="int16", in_api="buffer", out_api="buffer", window=64, clones=1, num_inputs=1)
    args.update(kwargs)
    with pytest.raises(ValueError, match=match):
        WidgetApiCastParams(**args)


def test_four_clones_only_with_a_stream_input():
    assert _cost("int16", "stream", "buffer", 256, 4).trips == 8
    with pytest.raises(ValueError):
        WidgetApiCastParams("int16", "buffer", "buffer", 256, 4)


def test_large_window_graph_is_plio_bound():
    """A 4 KB buffer -> buffer copy through one 64-bit PLIO each way runs at the PLIO rate (4 bytes per
    1.25 GHz cycle at 625 MHz): the kernel (~180 cycles) is hidden behind the 1024-cycle transfers."""
    g = KernelGraph("ve2802")
    g.add_kernel("w", KIND, WidgetApiCastParams("int32", "buffer", "buffer", 1024, 2), tile=(1, 1))
    g.add_plio_in("in0", "w.in[0]", "int32")
    g.add_plio_out("out0", "w.out[0]", "int32")
    g.add_plio_out("out1", "w.out[1]", "int32")
    r = g.simulate(iterations=6)
    gaps = [b - a for a, b in zip(r.output_times_cycles, r.output_times_cycles[1:])]
    assert all(1024 <= gap <= 1024 + 16 for gap in gaps[1:]), gaps


def _widget_interval(single: bool, window: int = 1024):
    g = KernelGraph("ve2802", "widget_single" if single else "widget_pingpong")
    g.add_kernel("w", KIND, WidgetApiCastParams("int32", "buffer", "buffer", window, 1, single_buffer=single), (1, 1))
    g.add_plio_in("in0", "w.in[0]", "int32", 64, 625.0)
    g.add_plio_out("out0", "w.out[0]", "int32", 64, 625.0)
    return g.simulate(iterations=8).interval_cycles


def test_single_buffer_serialises_the_dma_and_the_kernel():
    """With ping-pong buffers the input DMA fills one buffer while the kernel copies the other (the
    interval is the slowest of PLIO/DMA and kernel); with single_buffer the input DMA, the kernel and the
    output DMA take turns on one buffer each, so the interval is at least the input DMA plus the part of
    the kernel's call that holds the buffers (all but the call overhead: buffer_kernels.unlocked_overhead)."""
    window = 1024
    kernel = _cost("int32", "buffer", "buffer", window).total_cycles
    dma = window * 4 // 4                       # 4 bytes per cycle into the tile
    pingpong, single = _widget_interval(False, window), _widget_interval(True, window)
    overhead = TimingParams.from_device(load_device("ve2802")).kernel_call_overhead_cycles
    assert pingpong < dma + kernel - overhead <= single
    assert single < 2 * pingpong + 2 * kernel   # still pipelined across the three buffers' owners


@pytest.mark.parametrize("window", [64, 256, 1024])
def test_single_buffer_refill_overlaps_the_call_overhead(window):
    """The call overhead runs outside the buffer locks (buffer_kernels.unlocked_overhead, from DSPLib dft's
    single- minus double-buffer intervals: the larger transfer minus 6-8 cycles): so a single-buffer copy's
    interval is below the input DMA plus the whole call. Holding the buffers for the whole call gave the DMA
    plus the call plus ~15 cycles of lock hand-offs."""
    kernel = _cost("int32", "buffer", "buffer", window).total_cycles
    dma = window * 4 // 4
    assert _widget_interval(True, window) < dma + kernel


def test_unlocked_overhead_splits_the_call_overhead():
    p = TimingParams.from_device(load_device("ve2802"))
    cost = _cost("int32", "buffer", "buffer", 1024)
    before, after = unlocked_overhead(p, cost)
    assert before + after == p.kernel_call_overhead_cycles
    assert after == math.ceil(p.kernel_call_overhead_cycles * p.kernel_epilogue_fraction)
    short = dataclasses.replace(cost, total_cycles=8)       # never more than the call itself
    assert sum(unlocked_overhead(p, short)) == 8


def test_single_buffer_ports():
    ports = WidgetApiCastParams("int16", "stream", "buffer", 256, 2, single_buffer=True).ports()
    assert [p.buffers for p in ports] == [2, 1, 1]      # the stream input has no buffer
    from aiesim_py.kernels.kernel_io import KernelPort
    with pytest.raises(ValueError, match="1 .single_buffer. or 2"):
        KernelPort("in", "buffer", 64, 3)
    with pytest.raises(ValueError, match="buffer ports only"):
        KernelPort("in", "stream", 64, 1)
    with pytest.raises(ValueError, match="True or False"):
        WidgetApiCastParams("int16", "buffer", "buffer", 256, single_buffer=1)


def test_single_buffer_survives_save_and_load(tmp_path):
    from aiesim_py.design import Design
    from aiesim_py.sim.timing import simulate
    g = KernelGraph("ve2802", "widget_saved")
    g.add_kernel("w", KIND, WidgetApiCastParams("int32", "buffer", "buffer", 1024, 1, single_buffer=True), (1, 1))
    g.add_plio_in("in0", "w.in[0]", "int32", 64, 625.0)
    g.add_plio_out("out0", "w.out[0]", "int32", 64, 625.0)
    g.design().save(tmp_path / "design.json")
    loaded = Design.load(tmp_path / "design.json")
    assert loaded.kernels[0].params.single_buffer is True
    assert simulate(loaded, iterations=8).interval_cycles == _widget_interval(True)
