"""kernels.fft_window: DSPLib fft_window cost model (vector size, loop nest, per-pair costs, refusals)."""
import pytest

from aiesim_py.graph import KernelGraph
from aiesim_py.isa.timing import AIE_ML_CORE, loop_cycles, resource_ii
from aiesim_py.kernels import families
from aiesim_py.kernels import fft_window
from aiesim_py.kernels.fft_window import (KIND, FftWindowParams, fft_window_cycles, samples_per_vector, table_copy_cycles,
                                          vector_ops, zol_setup_cycles)
from aiesim_py.kernels.hadamard import HadamardParams, elementwise_multiply, hadamard_cycles
from aiesim_py.kernels.kernel_io import adf_call_overhead, loop_setup_cycles

T = AIE_ML_CORE


def _cost(data, coeff, point, window):
    return fft_window_cycles(FftWindowParams(data, coeff, point, window), T)


def test_registered_as_a_kernel_family():
    assert families.FAMILIES[KIND] == (FftWindowParams, fft_window_cycles)
    p = FftWindowParams("cint16", "int16", 64, 256)
    assert families.kernel_cost(KIND, p, T) == fft_window_cycles(p, T)


def test_vectors_are_256_bits_of_data():
    # fft_window.hpp kSamplesInVect = __ALIGN_BYTE_SIZE__ (32 on AIE-ML) / sizeof(TT_DATA)
    assert samples_per_vector("cint16") == 8
    assert samples_per_vector("cint32") == 4
    p = FftWindowParams("cint32", "int32", 64, 512)
    assert (p.frames, p.vectors_per_frame) == (8, 16)
    # one input and one output buffer of the window; the window table is not a port
    assert [(q.direction, q.bytes_per_call) for q in p.ports()] == [("in", 4096), ("out", 4096)]


def test_cint16_is_one_native_multiply_per_vector():
    u = vector_ops("cint16", "int16", T)
    assert (u.slots.load_a, u.slots.load_b, u.slots.mac, u.slots.store) == (1, 1, 1, 1)
    assert (u.slots.vector_alu, u.slots.move) == (0, 0)            # SRS fused into the store
    assert resource_ii(u.slots, T) == 1


def test_cint32_reuses_the_hadamard_emulation_of_a_128_bit_real_operand():
    u = vector_ops("cint32", "int32", T)
    m = elementwise_multiply("cint32", "int32", 4, T, real_operand_bits=128)
    assert (u.slots.mac, u.slots.vector_alu) == (m.macs, m.shuffles)
    # the same vector as C5's cint32 x int32 hadamard (4 samples, the int32 operand 128 bits)
    assert resource_ii(u.slots, T) == hadamard_cycles(HadamardParams("cint32", "int32", 4), T).ii_cycles
    assert resource_ii(u.slots, T) > resource_ii(vector_ops("cint16", "int16", T).slots, T)


def test_frames_are_a_plain_loop_around_the_pipelined_vector_loop():
    c = _cost("cint16", "int16", 64, 512)                  # 8 frames of 8 vectors
    u = vector_ops("cint16", "int16", T)
    per_frame = loop_cycles(8, c.ii_cycles, u.depth, pipelined=True) + zol_setup_cycles(8, c.ii_cycles, u.depth, T)
    assert c.loop_cycles == 8 * per_frame + loop_setup_cycles(T, 8)
    assert c.total_cycles == c.loop_cycles + adf_call_overhead(T, 2)
    assert c.trips == 64
    # each frame refills the vector loop: the same samples in fewer, longer frames cost less
    assert _cost("cint16", "int16", 512, 512).total_cycles < c.total_cycles
    # 16-point frames hold 2 vectors: the vect loop is unrolled (kernel_io.unrolled_inner_loop)
    # and the frames loop is the pipelined one, 32 frames at twice the vector II
    small = _cost("cint16", "int16", 16, 512)
    ii = resource_ii(u.slots.scaled(2), T)
    assert small.ii_cycles == ii
    depth = u.depth + resource_ii(u.slots, T)
    assert small.loop_cycles == loop_cycles(32, ii, depth, pipelined=True) + zol_setup_cycles(32, ii, depth, T)


def test_zol_setup_is_what_the_prologue_leaves_of_the_setup_distance(monkeypatch):
    # ZOL_SETUP_DISTANCE_CHANGE (llvm-aie AIE2InstrInfo.cpp getZOLSupport: LoopSetupDistance 7 bundles between the
    # LC / LS / LE writes and the loop): the pipelined loop's prologue (depth - II cycles) fills the distance
    assert fft_window.ZOL_SETUP_DISTANCE_CHANGE is False          # kept off at the merge (fft_window.py comment)
    monkeypatch.setattr(fft_window, "ZOL_SETUP_DISTANCE_CHANGE", True)
    assert fft_window.ZOL_SETUP_DISTANCE_BUNDLES == 7
    full = loop_setup_cycles(T, 8)
    assert zol_setup_cycles(8, 7, 27, T) == 0                  # cint32: prologue 20 bundles
    assert zol_setup_cycles(8, 1, 13, T) == 0                  # cint16: prologue 12 bundles
    assert zol_setup_cycles(8, 7, 10, T) == 7 - 3              # prologue 3: 4 bundles left to wait
    assert zol_setup_cycles(8, 7, 7, T) == min(full, 7)        # no prologue: at most the old set-up
    assert zol_setup_cycles(1, 7, 7, T) == 0                   # one trip: no loop
    for data, coeff in (("cint16", "int16"), ("cint32", "int32")):
        u = vector_ops(data, coeff, T)
        assert zol_setup_cycles(8, resource_ii(u.slots, T), u.depth, T) == 0
    # False restores kernel_io.loop_setup_cycles per frame: 5 cycles more per 8-vector frame
    on = _cost("cint32", "int32", 32, 256)                     # 8 frames of 8 vectors
    monkeypatch.setattr(fft_window, "ZOL_SETUP_DISTANCE_CHANGE", False)
    assert zol_setup_cycles(8, 7, 27, T) == full
    off = _cost("cint32", "int32", 32, 256)
    assert off.total_cycles - on.total_cycles == 8 * full


@pytest.mark.parametrize("pair", [("cint16", "int16"), ("cint32", "int32")])
def test_cost_grows_with_the_window(pair):
    costs = [_cost(*pair, 64, w).total_cycles for w in (64, 128, 1024)]
    assert costs == sorted(costs) and len(set(costs)) == 3


@pytest.mark.parametrize("kwargs, match", [
    (dict(data_type="cfloat", coeff_type="float"), "cfloat"),
    (dict(data_type="cint16", coeff_type="int32"), "not a DSPLib fft_window pair"),
    (dict(interface="stream"), "TP_API 1"),
    (dict(dynamic_point_size=1), "TP_DYN_PT_SIZE"),
    (dict(point_size=8), "point_size"),
    (dict(point_size=8192, window_vsize=8192), "point_size"),
    (dict(window_vsize=96), "multiple of point_size"),
])
def test_refuses_what_it_does_not_model(kwargs, match):
    args = dict(data_type="cint16", coeff_type="int16", point_size=64, window_vsize=128) | kwargs
    with pytest.raises(ValueError, match=match):
        FftWindowParams(**args)


def test_kernel_graph_takes_the_family():
    g = KernelGraph("ve2802", "fft_window_unit")
    g.add_kernel("w", KIND, FftWindowParams("cint16", "int16", 256, 1024), (0, 2))
    g.add_plio_in("in0", "w.in[0]", "cint16")
    g.add_plio_out("out0", "w.out[0]", "cint16")
    r = g.simulate(iterations=8)
    # 4 KiB per call through 64-bit PLIOs at 625 MHz: the interval is the PLIO's 1024 cycles, not the kernel
    assert _cost("cint16", "int16", 256, 1024).total_cycles < 1024
    times = r.plio_times_cycles["in0"]
    assert times[-1] - times[-2] == pytest.approx(1024, abs=8)
    # the first call copies the 512-B window table (3584 cycles): the inputs wait for the buffers
    # the first call holds, so the input stays a window further ahead of the output from then on
    copy = table_copy_cycles(FftWindowParams("cint16", "int16", 256, 1024))
    assert copy == 256 * 2 * 7
    assert times[3] - times[2] > copy     # (the first beat of input 2 waits in the route FIFOs)
    lat = [o - i for i, o in zip(times, r.plio_times_cycles["out0"])]
    assert lat[-1] > 2 * 1024 > lat[0] - copy
