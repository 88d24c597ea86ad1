"""kernels.widget_real2complex: DSPLib widget_real2complex cost model (one load, the shuffle(s) and one store
per 32 complex bytes; ports of different sizes; single buffers; refusals) and its use in a KernelGraph."""
import pytest

from aiesim_py.graph import KernelGraph
from aiesim_py.isa import timing
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import families
from aiesim_py.kernels.kernel_io import adf_call_overhead, loop_setup_cycles
from aiesim_py.kernels.widget_real2complex import (KIND, WidgetReal2ComplexParams, widget_real2complex_cycles)

REAL_TO_COMPLEX = (("int16", "cint16"), ("int32", "cint32"), ("float", "cfloat"))
COMPLEX_TO_REAL = (("cint16", "int16"), ("cint32", "int32"))


def _cost(dtype, out_dtype, window, single=False):
    return widget_real2complex_cycles(WidgetReal2ComplexParams(dtype, out_dtype, window, single), AIE_ML_CORE)


def test_registered_as_a_kernel_family():
    assert families.FAMILIES[KIND] == (WidgetReal2ComplexParams, widget_real2complex_cycles)
    p = WidgetReal2ComplexParams("int16", "cint16", 256)
    assert families.kernel_cost(KIND, p, AIE_ML_CORE) == widget_real2complex_cycles(p, AIE_ML_CORE)


@pytest.mark.parametrize("pair, window, in_bytes, out_bytes", [
    (("int16", "cint16"), 256, 512, 1024),
    (("cint16", "int16"), 256, 1024, 512),
    (("int32", "cint32"), 1024, 4096, 8192),
    (("cint32", "int32"), 64, 512, 256),
    (("float", "cfloat"), 128, 512, 1024),
])
def test_ports_carry_each_sides_bytes(pair, window, in_bytes, out_bytes):
    ports = WidgetReal2ComplexParams(*pair, window).ports()
    assert [(q.direction, q.interface, q.bytes_per_call, q.buffers) for q in ports] == \
        [("in", "buffer", in_bytes, 2), ("out", "buffer", out_bytes, 2)]


def test_single_buffer_on_both_ports_same_kernel_cost():
    single = WidgetReal2ComplexParams("int32", "cint32", 1024, single_buffer=True)
    assert [q.buffers for q in single.ports()] == [1, 1]
    assert _cost("int32", "cint32", 1024, True) == _cost("int32", "cint32", 1024, False)


@pytest.mark.parametrize("pair", REAL_TO_COMPLEX + COMPLEX_TO_REAL)
def test_one_trip_per_32_complex_bytes(pair):
    # real -> complex: kLsize = WINDOW / (16 / sizeof(real)); complex -> real: WINDOW / (32 / sizeof(complex))
    complex_bytes = {"cint16": 4, "cint32": 8, "cfloat": 8}[pair[0] if pair[0].startswith("c") else pair[1]]
    for window in (64, 512, 4096):
        assert _cost(*pair, window).trips == window * complex_bytes // 32


def test_real_to_complex_takes_two_vector_alu_ops_per_trip():
    """The change after C13's blind run (cases_c13.R2C_CHANGE): II 2 real -> complex, II 1 complex -> real;
    both loops pipelined, so the call grows by II per trip."""
    for pair in REAL_TO_COMPLEX:
        assert _cost(*pair, 1024).ii_cycles == 2
    for pair in COMPLEX_TO_REAL:
        assert _cost(*pair, 1024).ii_cycles == 1
    r2c, c2r = _cost("int16", "cint16", 1024), _cost("cint16", "int16", 1024)
    assert r2c.trips == c2r.trips == 128
    assert r2c.total_cycles - c2r.total_cycles == 127 + (r2c.depth_cycles - c2r.depth_cycles)
    for k in (_cost("int32", "cint32", 2048), _cost("cint32", "int32", 2048)):
        t = AIE_ML_CORE
        assert k.loop_cycles == (k.trips - 1) * k.ii_cycles + k.depth_cycles + loop_setup_cycles(t, k.trips)
        assert k.call_overhead_cycles == adf_call_overhead(t, 2)           # one lock pair per buffer port
        assert k.total_cycles == k.loop_cycles + k.call_overhead_cycles
    # depth: load -> shuffle(s) -> store
    assert _cost("cint16", "int16", 64).depth_cycles == AIE_ML_CORE.vload_latency + AIE_ML_CORE.vector_alu_latency + 1
    assert _cost("int16", "cint16", 64).depth_cycles == \
        AIE_ML_CORE.vload_latency + 2 * AIE_ML_CORE.vector_alu_latency + 1 - timing.VALU_FWD_CHANGE   # bypassed link


@pytest.mark.parametrize("args, match", [
    (("int16", "cint32", 64), "not a real/complex pair"),
    (("cint16", "cint16", 64), "not a real/complex pair"),
    (("cfloat", "float", 64), "AIE-ML"),
    (("int16", "cint16", 0), "positive"),
    (("int16", "cint16", 4), "32-byte"),          # 16 complex bytes: half a trip
    (("cint32", "int32", 2), "32-byte"),
])
def test_refusals_name_the_problem(args, match):
    with pytest.raises(ValueError, match=match):
        WidgetReal2ComplexParams(*args)
    with pytest.raises(ValueError, match="True or False"):
        WidgetReal2ComplexParams("int16", "cint16", 64, single_buffer=1)


def _graph(pair, window, single):
    g = KernelGraph("ve2802", f"r2c_{'_'.join(pair)}_{window}_{int(single)}")
    g.add_kernel("w", KIND, WidgetReal2ComplexParams(*pair, window, single), (0, 2))
    g.add_plio_in("in0", "w.in[0]", pair[0], 64, 625.0)
    g.add_plio_out("out0", "w.out[0]", pair[1], 64, 625.0)
    return g


def test_ping_pong_runs_at_the_complex_sides_plio_rate():
    """1024 int32 -> cint32: 4 KB in, 8 KB out through 64-bit PLIOs at 625 MHz (4 bytes per array cycle): the
    output's 2048 cycles bound the interval, not the input's 1024 nor the ~570-cycle kernel; the other
    direction likewise on its input side."""
    for pair in (("int32", "cint32"), ("cint32", "int32")):
        r = _graph(pair, 1024, False).simulate(iterations=12)
        assert 2048 <= r.interval_cycles <= 2048 + 16, (pair, r.interval_cycles)


def test_single_buffer_serialises_dma_and_kernel():
    """Single buffers: the kernel waits for its input to be filled and its output to be drained, so the
    interval is at least the larger transfer plus the part of the call that holds the buffers (all but
    the call overhead, sim.timing.buffer_kernels.unlocked_overhead), and above the ping-pong interval."""
    from aiesim_py.arch.device import load_device
    from aiesim_py.sim.timing import TimingParams
    pair, window = ("int32", "cint32"), 1024
    kernel = _cost(*pair, window).total_cycles
    overhead = TimingParams.from_device(load_device("ve2802")).kernel_call_overhead_cycles
    pingpong = _graph(pair, window, False).simulate(iterations=12).interval_cycles
    single = _graph(pair, window, True).simulate(iterations=12).interval_cycles
    assert pingpong < 2048 + kernel - overhead <= single < 2048 + 1024 + kernel


def test_design_survives_save_and_load(tmp_path):
    from aiesim_py.design import Design
    from aiesim_py.sim.timing import simulate
    g = _graph(("cint16", "int16"), 512, True)
    g.design().save(tmp_path / "design.json")
    loaded = Design.load(tmp_path / "design.json")
    p = loaded.kernels[0].params
    assert (p.dtype, p.out_dtype, p.window, p.single_buffer) == ("cint16", "int16", 512, True)
    assert simulate(loaded, iterations=8).interval_cycles == g.simulate(iterations=8).interval_cycles
