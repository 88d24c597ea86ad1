"""aiesim_py.graph.KernelGraph: hand-built kernel graphs, their checks and their timing."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from aiesim_py.errors import CompileError, SimulationError
from aiesim_py.graph import KernelGraph, dsplib_latency
from aiesim_py.kernels.hadamard import HadamardParams, padded_samples
from aiesim_py.kernels.matrix_vector_mul import MatVecParams

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validation"))
import cases_c5  # noqa: E402


def _hadamard(a="cint16", b="cint16", dim=256, frames=1, ssr=1, per_tile=1):
    g = KernelGraph("ve2802", name="had")
    first, step = cases_c5.tile_columns(per_tile)
    for s in range(ssr):
        p = HadamardParams(a, b, padded_samples(a, b, dim // ssr), frames, "buffer")
        g.add_kernel(f"had{s}", "hadamard", p, tile=(first + step * (s // per_tile), cases_c5.KERNEL_ROW))
        g.add_plio_in(f"in_a{s}", f"had{s}.in[0]", a)
        g.add_plio_in(f"in_b{s}", f"had{s}.in[1]", b)
        g.add_plio_out(f"out{s}", f"had{s}.out[0]", p.out_type)
    return g


def test_ssr_tile_plios_and_routes():
    """4 hadamard kernels on one tile (8 inputs, 4 outputs, kernel row 2, column 1): 6 inputs fit
    the shim switch's north ports in the kernel's column, 2 go one column east. The input
    buffers fill the S2MM channels of the own, north, south and west memories in kernel order
    (2 each), the outputs the own and north MM2S channels; each route ends at the switch of
    the tile whose DMA serves the buffer: own 6 switches (shim, 2 memory-tile rows, 3 compute
    rows), north 7, south 5, west more; the 4 outputs fit the 4 south ports."""
    d = _hadamard("cint16", "int16", 64, 1, ssr=4, per_tile=4).design()
    cols = {p.name: p.column for p in d.plios}
    assert [cols[f"in_{x}{s}"] for s in range(4) for x in "ab"] == [1, 1, 1, 1, 1, 1, 2, 2]
    assert [cols[f"out{s}"] for s in range(4)] == [1, 1, 1, 1]
    mem = d.metadata["buffer_memories"]
    assert [mem[f"had{s}.in[{i}]"] for s in range(4) for i in range(2)] == \
        [(1, 2)] * 2 + [(1, 3)] * 2 + [(1, 1)] * 2 + [(0, 2)] * 2
    assert [mem[f"had{s}.out[0]"] for s in range(4)] == [(1, 2), (1, 2), (1, 3), (1, 3)]
    hops = {n.src: n.hops for n in d.nets}
    assert [hops[f"in_a{s}"] for s in range(3)] == [6, 7, 5]
    assert hops["in_a3"] > 6 and hops["in_b3"] > 6
    assert all(n.route for n in d.nets)


def test_buffers_need_a_free_dma_channel():
    """4 two-input kernels on a column-0 tile: own, north and south memories hold 6 input
    buffers (2 S2MM channels each), there is no west memory: the 7th is refused."""
    g = KernelGraph("ve2802", name="had")
    for s in range(4):
        g.add_kernel(f"h{s}", "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), tile=(0, 2))
        g.add_plio_in(f"a{s}", f"h{s}.in[0]", "int16")
        g.add_plio_in(f"b{s}", f"h{s}.in[1]", "int16")
        g.add_plio_out(f"o{s}", f"h{s}.out[0]", "int16")
    with pytest.raises(CompileError, match="h3.in.0. .*no free S2MM channel"):
        g.design()


def test_buffer_placement_finds_a_fit_first_fit_misses():
    """Two 2-input kernels on (1, 6) added before two on (1, 7), the top compute row: first fit in
    port order gives the first pair's second kernel the north memory, (1, 7)'s own, and the second
    pair then lacks channels; the matching places every buffer in a memory its core reaches, at
    most 2 input buffers per memory."""
    from aiesim_py.graph import BUFFER_MEMORIES
    g = KernelGraph("ve2802", name="fit")
    for name, tile in (("a0", (1, 6)), ("a1", (1, 6)), ("b0", (1, 7)), ("b1", (1, 7))):
        g.add_kernel(name, "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), tile=tile)
        g.add_plio_in(f"{name}_x", f"{name}.in[0]", "int16")
        g.add_plio_in(f"{name}_y", f"{name}.in[1]", "int16")
        g.add_plio_out(f"{name}_o", f"{name}.out[0]", "int16")
    mem = g.design().metadata[BUFFER_MEMORIES]
    ins = {ep: tuple(m) for ep, m in mem.items() if ".in[" in ep}
    assert len(ins) == 8
    assert all(list(ins.values()).count(m) <= 2 for m in ins.values())
    reach = {(1, 6): {(1, 6), (1, 7), (1, 5), (0, 6)}, (1, 7): {(1, 7), (1, 6), (0, 7)}}
    for ep, m in ins.items():
        assert m in reach[(1, 6) if ep.startswith("a") else (1, 7)]


def test_simulate_and_dsplib_reading():
    r = _hadamard().simulate(iterations=16)
    i, lat = dsplib_latency(r)
    assert 3 <= i <= 15
    lats = [o - t for t, o in zip(r.input_times_cycles, r.output_times_cycles)]
    assert lat == pytest.approx(lats[i] * 0.8)            # 1.25 GHz: 0.8 ns per cycle
    assert r.kernel("had0").calls == 16
    # 256 cint16 per port through a 64-bit PLIO at 625 MHz: 2 samples per PL cycle, 1024 B per
    # iteration at 4 B per array cycle -> at least 256 cycles between iterations
    assert r.interval_cycles >= 256


def test_plio_columns_spill_to_neighbours():
    """7 inputs in one column: the shim switch has 6 north ports, the 7th goes east."""
    g = KernelGraph("ve2802")
    for s in range(4):
        g.add_kernel(f"h{s}", "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), tile=(3, 0))
        g.add_plio_in(f"a{s}", f"h{s}.in[0]", "int16")
        g.add_plio_in(f"b{s}", f"h{s}.in[1]", "int16")
    cols = [p.column for p in g._plios.values()]
    assert cols == [3, 3, 3, 3, 3, 3, 4, 4]


def test_cascade_chain_waits_for_upstream():
    g = KernelGraph("ve2802", name="gemv")
    for c in range(2):
        p = MatVecParams("int16", "int16", 32, 32, 1, cascade_in=c == 1, cascade_out=c == 0)
        g.add_kernel(f"mv{c}", "matrix_vector_mul", p, tile=(c, 2))
        g.add_plio_in(f"A{c}", f"mv{c}.in[0]", "int16")
        g.add_plio_in(f"B{c}", f"mv{c}.in[1]", "int16")
    g.cascade("mv0", "mv1")
    g.add_plio_out("out", "mv1.out[0]", "int16")
    r = g.simulate(iterations=8)
    assert r.kernel("mv0").calls == r.kernel("mv1").calls == 8
    assert [c for c in r.cascades]                      # the cascade is modelled and reported


@pytest.mark.parametrize("build, message", [
    (lambda g: g.add_kernel("k", "fir", HadamardParams("int16", "int16", 32, 1, "buffer"), (0, 0)), "no kernel family"),
    (lambda g: g.add_kernel("k", "hadamard", MatVecParams("int16", "int16", 32, 32), (0, 0)), "takes HadamardParams"),
    (lambda g: g.add_kernel("k", "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), (0, 8)), "outside"),
    (lambda g: g.add_kernel("2k", "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), (0, 0)), "letters"),
    (lambda g: _one(g).add_plio_in("x", "k.in[2]", "int16"), "has 2 input port"),
    (lambda g: _one(g).add_plio_in("x", "q.in[0]", "int16"), "no kernel 'q'"),
    (lambda g: _one(g).add_plio_in("x", "k.out[0]", "int16"), "not a kernel input port"),
    (lambda g: _one(g).add_plio_in("x", "k.in[0]", "int16").add_plio_in("y", "k.in[0]", "int16"), "already connected"),
    (lambda g: _one(g).add_plio_in("x", "k.in[0]", "int16", width_bits=96), "offers"),
    (lambda g: _one(g).add_plio_in("x", "k.in[0]", "cint64"), "unknown sample type"),
    (lambda g: _one(g).add_plio_in("x", "k.in[0]", "int16", column=99), "off the array"),
    (lambda g: _one(g).add_plio_in("x", "k.in[0]", "int16").add_plio_out("o", "k.out[0]", "int16").design(),
     r"unconnected kernel ports k\.in\[1\]"),
    (lambda g: _one(g).design(), "no input PLIO"),
    (lambda g: g.add_kernel("k", "hadamard", HadamardParams("cfloat", "cfloat", 32, 1, "buffer"), (0, 0)),
     "no cycle estimate"),
])
def test_bad_graphs_are_refused_with_the_reason(build, message):
    with pytest.raises(CompileError, match=message):
        build(KernelGraph("ve2802"))


def _one(g):
    return g.add_kernel("k", "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), (0, 0))


def _mv(cascade_in=False, cascade_out=False):
    return MatVecParams("int16", "int16", 32, 32, 1, cascade_in=cascade_in, cascade_out=cascade_out)


@pytest.mark.parametrize("tiles, params, message", [
    (((0, 0), (2, 0)), (_mv(cascade_out=True), _mv(cascade_in=True)), "not the east or south neighbour"),
    (((1, 0), (0, 0)), (_mv(cascade_out=True), _mv(cascade_in=True)), "not the east or south neighbour"),
    (((0, 0), (0, 1)), (_mv(cascade_out=True), _mv(cascade_in=True)), "not the east or south neighbour"),
    (((0, 0), (1, 0)), (_mv(), _mv(cascade_in=True)), "have no cascade_out"),
    (((0, 0), (1, 0)), (_mv(cascade_out=True), _mv()), "have no cascade_in"),
])
def test_cascades_follow_the_hardware_and_the_parameters(tiles, params, message):
    """AIE-ML cascades enter a core from the north or west and leave to the south or east, and
    only between kernels whose parameters pass partial sums."""
    g = KernelGraph("ve2802")
    for name, tile, p in zip(("mv0", "mv1"), tiles, params):
        g.add_kernel(name, "matrix_vector_mul", p, tile)
    with pytest.raises(CompileError, match=message):
        g.cascade("mv0", "mv1")


def test_south_cascade_and_a_missing_cascade():
    g = KernelGraph("ve2802")
    g.add_kernel("mv0", "matrix_vector_mul", _mv(cascade_out=True), (0, 3))
    g.add_kernel("mv1", "matrix_vector_mul", _mv(cascade_in=True), (0, 2))
    for c in range(2):
        g.add_plio_in(f"A{c}", f"mv{c}.in[0]", "int16")
        g.add_plio_in(f"B{c}", f"mv{c}.in[1]", "int16")
    g.add_plio_out("out", "mv1.out[0]", "int16")
    with pytest.raises(CompileError, match=r"mv0\.cascade_out, mv1\.cascade_in"):
        g.design()
    g.cascade("mv0", "mv1")                     # north -> south neighbour
    assert g.simulate(iterations=4).kernel("mv1").calls == 4


def test_plio_columns_count_width_and_explicit_columns():
    """128-bit PLIOs take two of a column's 8 PL -> array streams: 4 per column; PLIOs placed by
    hand count too, and a full column is refused."""
    g = KernelGraph("ve2802")
    for s in range(4):
        g.add_kernel(f"h{s}", "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), (5, s))
    g.add_plio_in("x", "h0.in[0]", "int16", width_bits=128, column=5)
    for s, port in ((0, 1), (1, 0), (1, 1), (2, 0)):
        g.add_plio_in(f"p{s}{port}", f"h{s}.in[{port}]", "int16", width_bits=128)
    assert [p.column for p in g._plios.values()] == [5, 5, 5, 5, 6]
    with pytest.raises(CompileError, match="no 128-bit input stream left"):
        g.add_plio_in("y", "h2.in[1]", "int16", width_bits=128, column=5)


@pytest.mark.parametrize("freq", [625e6, 0, -1, 700.0, True])
def test_plio_frequency_is_in_mhz_up_to_half_the_array_clock(freq):
    with pytest.raises(CompileError, match="at most half the array clock"):
        _one(KernelGraph("ve2802")).add_plio_in("x", "k.in[0]", "int16", freq_mhz=freq)


def test_tiles_take_integer_pairs():
    g = KernelGraph("ve2802")
    g.add_kernel("a", "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), [1, 2])
    g.add_kernel("b", "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), (np.int64(3), 2))
    assert g._kernels["a"].tile == (1, 2) and g._kernels["b"].tile == (3, 2)
    with pytest.raises(CompileError, match="pair of integers"):
        g.add_kernel("c", "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), (0.0, 2.0))


def test_dsplib_latency_reads_the_named_plios():
    """Two independent paths: the reading follows the PLIOs named, and names that are not in
    the result are refused."""
    g = KernelGraph("ve2802")
    for s, n in ((0, 32), (1, 1024)):
        g.add_kernel(f"h{s}", "hadamard", HadamardParams("int16", "int16", n, 1, "buffer"), (s, 2))
        g.add_plio_in(f"a{s}", f"h{s}.in[0]", "int16")
        g.add_plio_in(f"b{s}", f"h{s}.in[1]", "int16")
        g.add_plio_out(f"o{s}", f"h{s}.out[0]", "int16")
    r = g.simulate(iterations=8)
    _, own = dsplib_latency(r, "a1", "o1")
    _, crossed = dsplib_latency(r, "a1", "o0")
    assert own > 0 and own != crossed
    assert set(r.plio_times_cycles) == {"a0", "b0", "o0", "a1", "b1", "o1"}
    with pytest.raises(SimulationError, match="no input PLIO 'zz'"):
        dsplib_latency(r, "zz")


def test_dsplib_latency_needs_two_iterations():
    class R:
        input_times_cycles, output_times_cycles, clock_hz = (0,), (100,), 1.25e9
    with pytest.raises(SimulationError, match="at least 2"):
        dsplib_latency(R())


def test_buffer_inputs_with_stream_output():
    """A kernel with buffer inputs and a stream output (DSPLib TP_API 1): each call waits for
    its two input buffers, then writes its output words on the core's 32-bit stream."""
    from aiesim_py.kernels.kronecker import KroneckerParams
    g = KernelGraph("ve2802", name="kron_stream")
    p = KroneckerParams("int16", "int16", 16, 2, 16, 2, 1, "stream")
    g.add_kernel("k", "kronecker", p, (0, 2))
    g.add_plio_in("A", "k.in[0]", "int16")
    g.add_plio_in("B", "k.in[1]", "int16")
    g.add_plio_out("out", "k.out[0]", "int16")
    r = g.simulate(iterations=8)
    k = r.kernel("k")
    assert k.calls == 8
    assert k.stall_input_cycles > 0                 # the first call waits for its buffers
    out_bytes = p.ports()[2].bytes_per_call       # 16x2 (x) 16x2 int16 = 2048 B per call
    assert out_bytes == 2048
    # one 32-bit word per cycle at most: successive outputs >= 512 cycles apart
    gaps = [b - a for a, b in zip(r.output_times_cycles, r.output_times_cycles[1:])]
    assert min(gaps[2:]) >= out_bytes // 4
    # 64 B of input per call arrive far faster than 2048 B leave: the inputs queue ahead (route
    # FIFOs, then the two ping-pong slots) and the latency grows call by call
    lat = [o - t for t, o in zip(r.input_times_cycles, r.output_times_cycles)]
    assert all(b > a for a, b in zip(lat, lat[1:]))


def test_stream_port_to_kernel_is_refused():
    from aiesim_py.kernels.kronecker import KroneckerParams
    g = KernelGraph("ve2802")
    g.add_kernel("k", "kronecker", KroneckerParams("int16", "int16", 16, 1, 16, 1, 1, "stream"), (0, 2))
    g.add_kernel("h", "hadamard", HadamardParams("int16", "int16", 256, 1, "buffer"), (1, 2))
    with pytest.raises(CompileError, match="k.out.0. is a stream port"):
        g.connect("k.out[0]", "h.in[0]")
    g.add_kernel("h2", "hadamard", HadamardParams("int16", "int16", 32, 1, "buffer"), (0, 2))
    for name, ep in (("A", "k.in[0]"), ("B", "k.in[1]"), ("C", "h2.in[0]"), ("D", "h2.in[1]")):
        g.add_plio_in(name, ep, "int16")
    g.add_plio_out("o", "k.out[0]", "int16")
    g.add_plio_out("o2", "h2.out[0]", "int16")
    with pytest.raises(CompileError, match="shares tile"):
        g.design()


def test_broadcast_plio_and_forked_connection():
    """One PLIO feeding the B inputs of two kernels (a forked route), and one kernel's output
    copied to two kernels: every kernel is called every iteration, and the broadcast PLIO is one
    stream (one PLIO in the design)."""
    g = KernelGraph("ve2802")
    p = HadamardParams("int16", "int16", 64, 1, "buffer")
    for k, tile in (("h0", (0, 2)), ("h1", (1, 2)), ("h2", (2, 2)), ("h3", (3, 2))):
        g.add_kernel(k, "hadamard", p, tile)
    g.add_plio_in("a", "h0.in[0]", "int16")
    g.add_plio_in("b", ["h0.in[1]", "h1.in[1]"], "int16")
    g.connect("h0.out[0]", "h1.in[0]")
    g.connect("h0.out[0]", "h2.in[0]")              # fork
    g.add_plio_in("c", ["h2.in[1]", "h3.in[0]", "h3.in[1]"], "int16")
    for k in ("h1", "h2", "h3"):
        g.add_plio_out(f"o_{k}", f"{k}.out[0]", "int16")
    d = g.design()
    assert [n.dsts for n in d.nets if n.src == "h0.out[0]"] == [("h1.in[0]", "h2.in[0]")]
    r = g.simulate(iterations=6)
    assert all(r.kernel(k).calls == 6 for k in ("h0", "h1", "h2", "h3"))
    with pytest.raises(CompileError, match="already feeds a PLIO"):
        g2 = KernelGraph("ve2802")
        g2.add_kernel("x", "hadamard", p, (0, 2))
        g2.add_kernel("y", "hadamard", p, (1, 2))
        g2.add_plio_out("o", "x.out[0]", "int16")
        g2.connect("x.out[0]", "y.in[0]")


def test_a_long_stream_loop_nest_keeps_its_call_length():
    """8192 stream trips at a fractional mean spacing (a loop nest): the calls last exactly the
    cost model's cycles (plus the first call's extra), no rounding drift adds a cycle per call."""
    from aiesim_py.isa.timing import AIE_ML_CORE
    from aiesim_py.kernels.outer_tensor import OuterTensorParams, outer_tensor_cycles
    from aiesim_py.sim.timing import TimingParams
    from aiesim_py.arch import load_device
    p = OuterTensorParams("cint32", "cint32", 16, 256, 8, "stream")
    cost = outer_tensor_cycles(p, AIE_ML_CORE)
    assert cost.trip_spacing_cycles != int(cost.trip_spacing_cycles)
    g = KernelGraph("ve2802")
    g.add_kernel("ot", "outer_tensor", p, (0, 2))
    g.add_plio_in("A", "ot.in[0]", "cint32")
    g.add_plio_in("B", "ot.in[1]", "cint32")
    g.add_plio_out("o", "ot.out[0]", "cint32")
    k = g.simulate(iterations=6).kernel("ot")
    extra = TimingParams.from_device(load_device("ve2802")).kernel_first_call_extra_cycles
    assert k.busy_cycles == 6 * cost.total_cycles + extra


def test_connect_does_not_start_from_a_plio():
    g = KernelGraph("ve2802")
    p = HadamardParams("int16", "int16", 32, 1, "buffer")
    g.add_kernel("h0", "hadamard", p, (0, 2))
    g.add_kernel("h1", "hadamard", p, (1, 2))
    g.add_plio_in("a", "h0.in[0]", "int16")
    with pytest.raises(CompileError, match="is a PLIO"):
        g.connect("a", "h1.in[0]")


def test_buffers_between_kernels_and_broadcasts_have_one_size():
    g = KernelGraph("ve2802")
    g.add_kernel("small", "hadamard", HadamardParams("int16", "int16", 64, 1, "buffer"), (0, 2))
    g.add_kernel("big", "hadamard", HadamardParams("int16", "int16", 256, 1, "buffer"), (1, 2))
    with pytest.raises(CompileError, match="writes 128 bytes per call, big.in.0. reads 512"):
        g.connect("small.out[0]", "big.in[0]")
    with pytest.raises(CompileError, match="ports of one size"):
        g.add_plio_in("b", ["small.in[1]", "big.in[1]"], "int16")
