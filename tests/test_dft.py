"""kernels.dft: DSPLib DFT kernel shares (dft.hpp / dft_graph.hpp formulas) and its cycle cost."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import dft
from aiesim_py.kernels.dft import DftParams, dft_cycles
from aiesim_py.kernels.families import FAMILIES
from aiesim_py.kernels.matrix_vector_mul import mac_ops


def test_registered():
    assert FAMILIES["dft"] == (DftParams, dft_cycles)


def test_step_size_splits_the_points_over_the_cascade_like_the_source_comment():
    # dft.hpp: "POINT_SIZE=29 CASC_LEN=3, casc1 gets 10 samples, casc2 gets 10 samples, casc3 gets 9"
    assert [DftParams("cint16", "cint16", 29, 3, 1, 1, c).step_size for c in range(3)] == [10, 10, 9]


@pytest.mark.parametrize("point, ssr, col, vectors, pairs, single", [
    (16, 4, 8, 1, 0, 1),      # CEIL(16, 32) / 4 = 8
    (128, 8, 16, 2, 1, 0),
    (67, 1, 72, 9, 4, 1),
    (36, 2, 24, 3, 1, 1),     # CEIL(36, 16) / 2 = 24
])
def test_output_share_per_rank(point, ssr, col, vectors, pairs, single):
    p = DftParams("cint32", "cint16", point, 1, ssr, 1)
    assert (p.coeff_col_size, p.out_vectors, p.pairs, p.single) == (col, vectors, pairs, single)


@pytest.mark.parametrize("point, casc, frame", [(32, 4, 8), (64, 8, 8), (4, 1, 8), (67, 5, 16), (36, 2, 24)])
def test_input_frame_per_kernel_is_zero_padded(point, casc, frame):
    # cascFrameSize = CEIL(CEIL(P, 8), 8 x CASC) / CASC
    assert DftParams("cint16", "cint16", point, casc, 1, 1).casc_frame_size == frame


def test_ports_buffers_and_cascade():
    first = DftParams("cint32", "cint16", 64, 2, 2, 4, position=0, single_buffer=True)
    last = DftParams("cint32", "cint16", 64, 2, 2, 4, position=1)
    assert [(q.direction, q.bytes_per_call, q.buffers) for q in first.ports()] == [("in", 4 * 32 * 8, 1)]
    assert [(q.direction, q.bytes_per_call, q.buffers) for q in last.ports()] == [
        ("in", 4 * 32 * 8, 2), ("out", 4 * 32 * 8, 2)]
    assert first.cascade_out and not first.cascade_in and last.cascade_in and not last.cascade_out
    # one cacc64 accumulator of 8 lanes (1024 bits) per output vector
    assert first.cascade_bytes == 4 * 4 * 128


@pytest.mark.parametrize("kw, match", [
    (dict(data_type="cfloat", twiddle_type="cfloat"), "AIE-ML"),
    (dict(point_size=2), "point_size"),
    (dict(position=3, casc_len=3), "position"),
    (dict(point_size=4, casc_len=8, position=5), "no input sample"),
    (dict(frames=0), "frames"),
])
def test_refuses(kw, match):
    args = dict(data_type="cint16", twiddle_type="cint16", point_size=16)
    args.update(kw)
    with pytest.raises(ValueError, match=match):
        DftParams(**args)


def test_pair_loop_runs_at_one_mac_per_cycle():
    # 64 samples: the vec loop (8 trips) carries 2 accumulators x 8 samples = 16 VMACs per trip;
    # one accumulator's chain over the same trip is 8 x acc_chain_ii
    ops = mac_ops("cint16", "cint16", T)
    assert ops.mac == 1 and ops.chain_cycles == T.acc_chain_ii
    c = dft_cycles(DftParams("cint16", "cint16", 64, 1, 1, 1))
    assert c.ii_cycles == max(16, 8 * T.acc_chain_ii)
    # 8 output vectors = 4 pairs of 8 trips: at least 4 x 8 x II
    assert c.loop_cycles >= 4 * 8 * c.ii_cycles


def test_frame_loop_pays_the_accumulator_chain_per_frame():
    # 8 samples, one output vector: the frame loop is the pipelined loop; with the accumulator reuse
    # recurrence each frame costs 8 MACs x the chain (validation/cases_c14.py ACC_REUSE_CHANGE)
    f8, f16 = (dft_cycles(DftParams("cint16", "cint16", 8, 1, 1, f)).total_cycles for f in (8, 16))
    assert f16 - f8 == 8 * 8 * T.acc_chain_ii


def test_blind_model_overlaps_frames_at_the_slot_bound(monkeypatch):
    monkeypatch.setattr(dft, "ACC_REUSE", False)
    f8, f16 = (dft_cycles(DftParams("cint16", "cint16", 8, 1, 1, f)).total_cycles for f in (8, 16))
    assert f16 - f8 < 8 * 8 * T.acc_chain_ii


def test_single_accumulator_two_trip_vec_loop_is_unrolled():
    # 16 samples, one output vector (P16 SSR 2): the 2-trip vec loop is unrolled and the frame loop pipelined
    # at 16 samples x the chain per frame (validation/cases_c14.py SINGLE_ACC_UNROLL_CHANGE)
    f8, f16 = (dft_cycles(DftParams("cint16", "cint16", 16, 1, 2, f)).total_cycles for f in (8, 16))
    assert f16 - f8 == 8 * 16 * T.acc_chain_ii
    # two output vectors (a pair): the pair's 2-trip vec loop stays a loop, each frame pays its fill and drain
    p8, p16 = (dft_cycles(DftParams("cint16", "cint16", 16, 1, 1, f)).total_cycles for f in (8, 16))
    assert p16 - p8 > 8 * 16 * T.acc_chain_ii


def test_single_accumulator_unroll_flag_off_keeps_the_loop(monkeypatch):
    on = dft_cycles(DftParams("cint16", "cint16", 16, 1, 2, 16))
    monkeypatch.setattr(dft, "SINGLE_ACC_UNROLL", False)
    off = dft_cycles(DftParams("cint16", "cint16", 16, 1, 2, 16))
    assert off.total_cycles > on.total_cycles and off.ii_cycles < on.ii_cycles
    # rows the change does not touch: 32 samples (4 trips) and 8 samples (one trip)
    for pt, ssr in ((32, 4), (8, 1)):
        p = DftParams("cint16", "cint16", pt, 1, ssr, 16)
        monkeypatch.setattr(dft, "SINGLE_ACC_UNROLL", True)
        a = dft_cycles(p)
        monkeypatch.setattr(dft, "SINGLE_ACC_UNROLL", False)
        assert dft_cycles(p) == a


def test_cascade_splits_the_work():
    whole = dft_cycles(DftParams("cint16", "cint16", 128, 1, 1, 4)).total_cycles
    parts = [dft_cycles(DftParams("cint16", "cint16", 128, 4, 1, 4, c)).total_cycles for c in range(4)]
    assert max(parts) < whole / 3
    # cascade kernels read / write two 512-bit words per accumulator instead of storing
    assert dft_cycles(DftParams("cint16", "cint16", 128, 4, 1, 4, 1)).groups == 4 * 128 // 8


def test_more_frames_cost_more():
    costs = [dft_cycles(DftParams("cint32", "cint16", 32, 1, 2, f)).total_cycles for f in (1, 2, 4, 8)]
    assert costs == sorted(costs) and len(set(costs)) == 4


def test_cascade_call_keeps_its_length_with_the_overhead_outside_the_locks():
    """A cascade kernel runs its call overhead outside its buffer locks too (sim.timing.buffer_kernels.
    unlocked_overhead): a one-group call whose prologue is shorter than that overhead takes the rest
    from its body, so the upstream kernel of a chain that never waits on the cascade books no cascade
    stall, and every call with its buffers held lasts the cost minus the overhead."""
    from aiesim_py.arch.device import load_device
    from aiesim_py.graph import KernelGraph
    from aiesim_py.sim.timing import TimingParams
    g = KernelGraph("ve2802", "dft_chain")
    for c in range(2):
        g.add_kernel(f"k{c}", "dft", DftParams("cint16", "cint16", 64, 2, 1, 4, position=c), (c, 2))
        g.add_plio_in(f"in{c}", f"k{c}.in[0]", "cint16")
    g.cascade("k0", "k1")
    g.add_plio_out("out0", "k1.out[0]", "cint16")
    r = g.simulate(iterations=8, trace=True)
    k0 = r.kernel("k0")
    assert k0.stall_cascade_cycles == 0 and k0.calls == 8
    overhead = TimingParams.from_device(load_device("ve2802")).kernel_call_overhead_cycles
    spans = [end - start for track, name, start, end in r.trace
             if track.endswith("/k0 core") and name.startswith("call") and name.split()[-1].isdigit()]
    assert spans and all(s == k0.cycles_per_call - overhead for s in spans[1:])


def test_singular_stage_after_one_pair_overlaps_the_pair_drain(monkeypatch):
    # ODD_STAGE_CHANGE (validation/cases_c35.py): 3 output vectors, kept vec loop; the flag off gives the old
    # figures (C35 per extra frame, P24 casc 1 SSR 1: 134 cycles before, 122 after, 115 measured)
    def per_frame(point, ssr=1):
        return (dft_cycles(DftParams("cint16", "cint16", point, 1, ssr, 32)).loop_cycles
                - dft_cycles(DftParams("cint16", "cint16", point, 1, ssr, 16)).loop_cycles) / 16
    assert DftParams("cint16", "cint16", 24).out_vectors == 3
    after = per_frame(24)
    monkeypatch.setattr(dft, "ODD_STAGE_OVERLAP", False)
    before = per_frame(24)
    assert (before, after) == (134, 122)
    # even output vectors and two pairs + single are untouched
    for point, ssr in ((32, 1), (40, 1), (48, 1)):
        monkeypatch.setattr(dft, "ODD_STAGE_OVERLAP", True)
        on = per_frame(point, ssr)
        monkeypatch.setattr(dft, "ODD_STAGE_OVERLAP", False)
        assert per_frame(point, ssr) == on


def test_pad_serial_is_a_diagnostic_only():
    assert dft.PAD_SERIAL is False


def test_cint32_pair_trip_ii_is_a_diagnostic_only(monkeypatch):
    # session 17 (validation/cases_c35.py DFT_SESSION17_DIAGNOSTIC): off by default; set, it raises only the cint32
    # pair trip of a kept vec loop (C35 P64 casc 1 SSR 4: one pair, 8 trips), not cint16 nor single-accumulator trips
    assert dft.CINT32_PAIR_TRIP_II is None

    def loop(data, point, ssr):
        return dft_cycles(DftParams(data, "cint16", point, 1, ssr, 16)).loop_cycles

    base = {k: loop(*k) for k in (("cint32", 64, 4), ("cint16", 64, 4), ("cint32", 64, 8))}
    monkeypatch.setattr(dft, "CINT32_PAIR_TRIP_II", 19)
    assert loop("cint32", 64, 4) - base[("cint32", 64, 4)] == 16 * 7 * (19 - 16)   # 16 frames x 7 later trips
    assert loop("cint16", 64, 4) == base[("cint16", 64, 4)]
    assert loop("cint32", 64, 8) == base[("cint32", 64, 8)]                     # one output vector: no pair
