"""kernels.fir_sr_asym: the cint16 x int16 / cint16 x cint16 / int16 x int16 and 32-bit-pair (INT32_PAIRS)
buffer-interface cost model (DSPLib fir_sr_asym) and its refusals."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families
from aiesim_py.kernels import fir_sr_asym as fir
from aiesim_py.kernels.fir_sr_asym import FirSrAsymParams, fir_sr_asym_cycles, vector_slots
from aiesim_py.sim.timing import dma as _dma


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


def _p(fir_len, casc=1, pos=0, window=4096, **kw):
    return FirSrAsymParams("cint16", "int16", fir_len, window, casc, pos, **kw)


def test_registered():
    assert families.FAMILIES["fir_sr_asym"] == (FirSrAsymParams, fir_sr_asym_cycles)


def test_cascade_split_follows_fnFirRange():
    # 64 taps over 5 kernels: 13 / 13 / 13 / 13 / 12 (the remainder to the first kernels, the last one FL // CL)
    assert [_p(64, 5, k).range_len for k in range(5)] == [13, 13, 13, 13, 12]
    assert [_p(64, 5, k).range_offset for k in range(5)] == [0, 13, 26, 39, 52]
    assert sum(_p(256, 3, k).range_len for k in range(3)) == 256
    assert _p(32).margin == 32 and _p(36).margin == 40          # CEIL(FIR_LEN, 8)


def test_architecture_choice():
    # the whole span fits the 1024-bit buffer and < 256 coefficient bytes: IncLoads, else Basic
    assert _p(32, 4, 0).inc_loads            # 8 taps
    assert _p(32, 2, 0).inc_loads            # 16 taps, xoffset 1: 16 + 1 + 15 = 32
    assert not _p(32).inc_loads              # 32 taps
    assert not _p(256, 8, 0).inc_loads       # 32 taps


def test_cycles_scale_with_taps_per_kernel():
    c1 = [fir_sr_asym_cycles(_p(n)).loop_cycles for n in (64, 128, 256)]
    # one kernel: twice the taps, about twice the loop (within the fixed per-vector part)
    assert 1.9 < c1[1] / c1[0] < 2.1 and 1.9 < c1[2] / c1[1] < 2.1
    # a cascade of 4 gives each kernel a quarter of the taps: the slowest kernel's call shrinks by ~4
    one = fir_sr_asym_cycles(_p(256)).total_cycles
    four = max(fir_sr_asym_cycles(_p(256, 4, k)).total_cycles for k in range(4))
    assert 3.5 < one / four < 4.2


def test_sliding_mac_slots():
    # 32 taps in one kernel (Basic): 8 sliding MACs per vector, 2 VMACs each, a 2-shuffle unzip each and the rotates
    p = _p(32)
    s = vector_slots(p, 0, T)
    assert s.mac == 16
    assert s.store == 2 and s.move == 0                       # 16 cint16 = 2 x 256-bit stores, no cascade
    # xoffset 1: 8 data-register rotates of 2 ops (every step is off the 32-sample boundary) and 6 coefficient
    # rotates (steps 1-3 and 5-7 of the 16-tap coefficient register), 8 x 2 unzip shuffles, the combine: 4 shuffles
    # and (ACC_MOVE) 4 bm -> x moves of the accumulator registers they read
    assert p.xoffset == 1
    assert fir.ACC_MOVE and fir.acc_interleave_ops() == 8 and fir.acc_interleave_ops(8) == 4
    assert s.vector_alu == 16 + 16 + 6 + 8
    # an interior cascade kernel: 4 cascade words in and out (2048-bit cacc64); with ACC_UNZIP "srs" the
    # cascade's unzip / combine pairs cancel (DSPLib __SHUFFLE_CASCADE__), so no accumulator shuffle at all
    mid = vector_slots(_p(32, 4, 1), 0, T)
    assert mid.move == 8 and mid.store == 0
    first = vector_slots(_p(32, 4, 0), 0, T)
    assert fir.ACC_UNZIP == "srs" and mid.vector_alu == first.vector_alu
    last = vector_slots(_p(32, 4, 3), 0, T)
    assert last.vector_alu - first.vector_alu == fir.acc_interleave_ops()     # the combine before the SRS


def test_acc_unzip_modes(monkeypatch):
    """True (ACC_UNZIP_CHANGE): the cascade unzip and every combine; "srs" (ACC_SHUFFLE_CHANGE): the combine
    before the output kernel's SRS only; False (blind): none."""
    assert fir.acc_shuffle_sets(_p(64, 4, 1)) == (0, 0) and fir.acc_shuffle_sets(_p(64, 4, 3)) == (0, 1)
    assert fir.acc_shuffle_sets(_p(64)) == (0, 1)
    srs = fir_sr_asym_cycles(_p(64, 4, 1)).ii_cycles
    monkeypatch.setattr(fir, "ACC_UNZIP", True)
    assert fir.acc_shuffle_sets(_p(64, 4, 1)) == (1, 1)
    assert fir_sr_asym_cycles(_p(64, 4, 1)).ii_cycles > srs
    monkeypatch.setattr(fir, "ACC_UNZIP", False)
    assert fir.acc_shuffle_sets(_p(64, 4, 3)) == (0, 0)
    assert fir_sr_asym_cycles(_p(64, 4, 1)).ii_cycles == srs


def test_window_broadcast_over_the_cascade(monkeypatch):
    """CASC_INPUT_CHANGE: only the first kernel of a cascade has an ADF input buffer; each kernel's call starts
    with the WINDOW + margin samples sent down the cascade in 512-bit words (kernel_broadcast.hpp)."""
    assert [q.direction for q in _p(64, 4, 0).ports()] == ["in"]
    assert _p(64, 4, 1).ports() == () and [q.direction for q in _p(64, 4, 3).ports()] == ["out"]
    assert [q.direction for q in _p(64).ports()] == ["in", "out"]
    assert fir.broadcast_cycles(_p(64)) == 0
    words = (4096 + 64) * 4 // 64                                   # 260 words of 16 cint16
    for k in range(4):
        c = fir.broadcast_cycles(_p(64, 4, k))
        assert 2 * words <= c <= 2 * words + 20                      # II 2 (module docstring)
    # no margin copy on a cascade-fed kernel; the broadcast is in the call, before the loop
    mid = fir_sr_asym_cycles(_p(64, 4, 1))
    assert mid.call_overhead_cycles >= fir.broadcast_cycles(_p(64, 4, 1))
    monkeypatch.setattr(fir, "CASC_BROADCAST", False)
    assert fir.broadcast_cycles(_p(64, 4, 1)) == 0 and [q.direction for q in _p(64, 4, 1).ports()] == ["in"]


def test_broadcast_sync_off_by_default_and_refills_the_chain(monkeypatch):
    """fir_common BROADCAST_SYNC_CHANGE (not applied): off, the costs carry no broadcast channel; on, the chain's
    broadcast is simulated on the cascade (sim/timing/cascade_chain._broadcast) and each call re-fills the
    chain, so a CASC 8 interval grows past the first kernel's call (validation/cases_c27.py
    BROADCAST_SYNC_DIAGNOSIS)."""
    from aiesim_py.kernels import fir_common
    assert fir_common.BROADCAST_SYNC is False
    c = fir_sr_asym_cycles(_p(64, 4, 1))
    assert c.broadcast_cycles == 0 and not c.broadcast_in and not c.broadcast_out
    monkeypatch.setattr(fir_common, "BROADCAST_SYNC", True)
    ends = [fir_sr_asym_cycles(_p(64, 4, k)) for k in range(4)]
    assert [(e.broadcast_in, e.broadcast_out) for e in ends] == [(False, True), (True, True), (True, True),
                                                                 (True, False)]
    assert all(e.broadcast_cycles == fir.broadcast_cycles(_p(64, 4, k)) for k, e in enumerate(ends))
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c22            # fir_decimate_asym shares fir_common.fir_call_cost; this row is not DMA-bound
    try:
        periods = {}
        for sync in (False, True):
            monkeypatch.setattr(fir_common, "BROADCAST_SYNC", sync)
            d = cases_c22.fir_design("cint16", "int16", 32, 2, 1024, 8)
            periods[sync] = cases_c22.cases_c5.dsplib_figures(d, cases_c22.ITERATIONS, 1024, "in0", "out0")[2]
        first = cases_c22.fir_decimate_asym_cycles(
            cases_c22._params("cint16", "int16", 32, 2, 1024, 8, 1, 0, 1, 0, 1, 0, 0), T).total_cycles
        assert periods[False] == first < periods[True]
    finally:
        sys.modules.pop("cases_c22", None)


def test_graph_feeds_the_first_kernel_only(monkeypatch):
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c17
    try:
        d = cases_c17.fir_design("cint16", "int16", 64, 4096, 4)
        plio = [n for n in d.nets if n.src == "in0"]
        assert len(plio) == 1 and tuple(plio[0].dsts) == ("fir0.in[0]",)
        assert cases_c17.ITERATIONS == 8
    finally:
        sys.modules.pop("cases_c17", None)


def test_blind_model_reproduces_blind_figures(monkeypatch):
    """ACC_UNZIP False, CASC_BROADCAST False and NITER 16 are the model of the blind run: they give
    cases_c17.BLIND's figures back."""
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c17
    monkeypatch.setattr(fir, "ACC_UNZIP", False)
    monkeypatch.setattr(fir, "CASC_BROADCAST", False)
    monkeypatch.setattr(cases_c17, "ITERATIONS", 16)
    cases_c17.simulate_row.cache_clear()
    try:
        for fl, casc in ((32, 1), (128, 4)):
            lat, thr, _ = cases_c17.simulate_row("cint16", "int16", fl, 4096, casc, 1, 0, 0, 1, 0, casc)
            key = f"cint16xint16_fir_{fl}_win_4096_casc_{casc}_ssr_1_api_0"
            assert round(lat, 1) == cases_c17.BLIND[f"{key}.latency"]
            assert round(thr, 1) == cases_c17.BLIND[f"{key}.throughput"]
    finally:
        cases_c17.simulate_row.cache_clear()
        sys.modules.pop("cases_c17", None)


@pytest.mark.parametrize("kw, match", [
    (dict(data_type="cint16", coeff_type="cint32"), "mac_elem_8"),
    (dict(data_type="cint32", coeff_type="cint32"), "not modelled"),
    (dict(data_type="float", coeff_type="float"), "fp32"),
    (dict(data_type="cfloat", coeff_type="cfloat"), "fp32"),
    (dict(api=1), "TP_API 1"),
    (dict(ssr=2, ssr_phase=2), "TP_SSR"),
    (dict(ssr=0), "TP_SSR"),
    (dict(dual_ip=1), "dual inputs"),
    (dict(coeff_reload=1), "coefficient reload"),
    (dict(window=4104), "multiple of 16"),
    (dict(fir_len=3, casc_len=4, position=3), "needs >= 1"),
    (dict(position=3, casc_len=3), "outside the cascade"),
])
def test_refusals(kw, match):
    args = dict(data_type="cint16", coeff_type="int16", fir_len=64, window=4096)
    args.update(kw)
    with pytest.raises(ValueError, match=match):
        FirSrAsymParams(**args)


def test_window_not_a_multiple_of_32_falls_back_to_basic():
    """DSPLib only asserts window % m_kLanes (16) == 0; kArchIncLoads also needs window % 32 == 0."""
    assert FirSrAsymParams("cint16", "int16", 8, 4096).inc_loads
    p = FirSrAsymParams("cint16", "int16", 8, 4112)
    assert not p.inc_loads and fir_sr_asym_cycles(p).total_cycles > 0


def _c(fir_len, casc=1, pos=0, window=4096):
    return FirSrAsymParams("cint16", "cint16", fir_len, window, casc, pos)


def test_cint16_x_cint16_sliding_mac_slots():
    """sliding_mul_bits_impl<16, 4, 1, 1, 1, 64, 32, 32, cint16, cint16> (sliding_mul_acc64.hpp): per 4 taps four
    mac_conv_16x4, a 3-shuffle unzip (data 2, 256-bit coefficient register 1), two data and two coefficient
    rotates when their starts are not 0; 8 cint16 per coefficient register."""
    p = _c(32)
    assert p.coeff_reg == 8 and p.xoffset == 1 and p.ops == 8 and not p.inc_loads
    s = vector_slots(p, 0, T)
    assert s.mac == 4 * 8
    # data starts 1, 5, .., 29 (all != 0): 8 x 2 rotates; coefficient starts 0, 4, 0, 4, ..: 4 x 2 rotates;
    # 8 x 3 unzip shuffles; the 4-shuffle combine before the SRS
    assert s.vector_alu == 8 * 3 + 8 * 2 + 4 * 2 + fir.acc_interleave_ops()
    # data loads: 3 initial 256-bit loads (xoffset 1 + 16 lanes + 3 = 20 samples), one more at taps 8, 16, 24 (Basic);
    # coefficient loads: 32 taps / 8 per register; two 256-bit stores of 16 cint16
    assert s.load_any == 6 + 4 and s.store == 2 and s.move == 0
    # the cint16 x int16 call of the same taps: half the VMACs, 16-tap coefficient registers
    q = vector_slots(_p(32), 0, T)
    assert q.mac == 16 and q.load_any == 6 + 2


def test_cint16_x_cint16_accumulator_chain():
    """Two chained VMACs per call on each of acc_re / acc_im: the trip's recurrence doubles."""
    p = _c(32)
    assert p.sliding.chain == 2 and fir.SLIDING[("cint16", "int16")].chain == 1
    # the doubled chain (2 x 8 MACs x acc_chain_ii = 32) stays under the vector-ALU bound: II = the 56
    # hand-counted vector-ALU ops of a FIR 32 trip (test above; 52 before ACC_MOVE)
    assert 2 * p.ops * T.acc_chain_ii == 32 and fir_sr_asym_cycles(p).ii_cycles == 56
    # one more chained VMAC per sliding MAC: 8 more accumulator-forwarding steps in the vector's depth
    assert fir.vector_depth(p, T) - fir.vector_depth(_p(32), T) == 8 * T.acc_chain_ii
    # same lanes, load sizes, margin, cascade split and cacc64 cascade words as cint16 x int16
    assert [_c(64, 5, k).range_len for k in range(5)] == [_p(64, 5, k).range_len for k in range(5)]
    assert vector_slots(_c(32, 4, 1), 0, T).move == vector_slots(_p(32, 4, 1), 0, T).move == 8


def test_runt_kernels_accepted():
    """FIR_LEN_MIN is 1 (fir_utils.hpp @0d8795bc): FIR 16 over 5 kernels is 4 / 3 / 3 / 3 / 3 taps, one
    zero-padded sliding MAC per vector each."""
    ks = [_c(16, 5, k) for k in range(5)]
    assert [k.range_len for k in ks] == [4, 3, 3, 3, 3] and all(k.ops == 1 for k in ks)
    assert [_c(16, 8, k).range_len for k in range(8)] == [2] * 8
    assert all(fir_sr_asym_cycles(k).total_cycles > 0 for k in ks)


def test_blind_more_figures_are_the_current_model(monkeypatch):
    """No change after the cint16 x cint16 blind run: the current model with ACC_MOVE off (the change made after it)
    gives cases_c17.BLIND_MORE back."""
    monkeypatch.setattr(_dma, "MM2S_CHAINED_BD_CHANGE", False)   # a post-blind change (sim.timing.dma)
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c17
    monkeypatch.setattr(fir, "ACC_MOVE", False)
    cases_c17.simulate_row.cache_clear()
    try:
        assert len(cases_c17.BLIND_MORE) == 96
        for fl, casc in ((48, 3), (16, 8), (256, 1)):
            lat, thr, _ = cases_c17.simulate_row("cint16", "cint16", fl, 4096, casc, 1, 0, 0, 1, 0, casc)
            key = f"cint16xcint16_fir_{fl}_win_4096_casc_{casc}_ssr_1_api_0"
            assert round(lat, 1) == cases_c17.BLIND_MORE[f"{key}.latency"]
            assert round(thr, 1) == cases_c17.BLIND_MORE[f"{key}.throughput"]
    finally:
        cases_c17.simulate_row.cache_clear()
        sys.modules.pop("cases_c17", None)


def _i(fir_len, casc=1, pos=0, window=8192):
    return FirSrAsymParams("int16", "int16", fir_len, window, casc, pos)


def test_int16_x_int16_sizes():
    """fir_utils.hpp / fir_sr_asym_traits.hpp @0d8795bc on AIE-ML: 32 lanes, 16 int16 per 256-bit load, a 64-sample
    1024-bit buffer, margin CEIL(FIR_LEN, 16), 16 coefficients a register; 32 lanes of acc64 = 2048 bits."""
    p = _i(32)
    assert (p.lanes, p.load_samples, p.buff_samples, p.coeff_reg) == (32, 16, 64, 16)
    assert p.margin == 32 and _i(33).margin == 48 and p.xoffset == 1 and _i(33).xoffset == 0
    assert p.vectors == 256 and p.acc_bytes == 256 and p.acc_shuffles == 0
    # IncLoads: 32 taps + xoffset 1 + 2 x 16 - 1 = 64 <= 64 samples; 48 taps do not fit
    assert p.inc_loads and not _i(48).inc_loads
    with pytest.raises(ValueError, match="multiple of 32"):
        _i(32, window=8208)


def test_int16_x_int16_sliding_mac_slots():
    """sliding_mul_bits_impl<32, 4, 1, 1, 1, 64, 16, 16, int16, int16> (sliding_mul_acc64.hpp @2a408059): per 4 taps
    two mac_conv_16x4 (one per 16-lane half), no unzip, one shift per half whose start is not a multiple of 32
    (the low half of a 1024-bit rotate), one coefficient shift when the start in the 16-tap register is not 0."""
    p = _i(32)
    assert p.sliding.vmacs == 2 and p.sliding.unzip_shuffles == 0 and p.ops == 8
    s0, s1 = vector_slots(p, 0, T), vector_slots(p, 1, T)
    assert s0.mac == s1.mac == 16
    # strobe 0: halves start at 1 + 4j and 17 + 4j (j < 8): none a multiple of 32 -> 16 shifts; coefficient
    # starts 0, 4, 8, 12, 0, 4, 8, 12 -> 6 shifts; no accumulator combine (real acc64)
    assert s0.vector_alu == 16 + 6
    # strobe 1: 33 + 4j and (49 + 4j) % 64 (49..61, 1..13): again 16 shifts
    assert s1.vector_alu == 16 + 6
    # IncLoads: two 256-bit data loads per 32-sample vector, 32 taps / 16 per coefficient register; 32 int16 = two
    # 256-bit stores
    assert s0.load_any == 2 + 2 and s0.store == 2 and s0.move == 0
    # FIR 33 (xoffset 0, 9 sliding MACs): starts 4j and 4j + 16, multiples of 32 at j = 0, 8 (first half) and
    # j = 4 (second): 18 - 3 = 15 data shifts; coefficient starts 4j % 16 != 0 at 6 of 9
    q = _i(33)
    assert q.ops == 9 and vector_slots(q, 0, T).vector_alu == 15 + 6
    # cascade: 2048-bit acc64 = four 512-bit words each way, no accumulator shuffle on any kernel
    mid, last = vector_slots(_i(32, 4, 1), 0, T), vector_slots(_i(32, 4, 3), 0, T)
    assert mid.move == 8 and last.move == 4 and mid.store == 0 and last.store == 2


def test_int16_x_int16_depth_and_chain():
    """Each half's acc64 chain is ops long (chain 1); no data-unzip stage on the vector's critical path."""
    p = _i(64)
    assert p.sliding.chain == 1 and p.sliding.data_unzip == 0
    assert fir_sr_asym_cycles(p).total_cycles > 0
    # the same taps as cint16 x int16 minus the 2-shuffle data unzip and the 4-shuffle combine on the path
    # (critical_path: issue - 1 + latency per step)
    lat = T.vector_alu_latency
    assert fir.vector_depth(_p(64), T) - fir.vector_depth(p, T) == (2 - 1 + lat) + (fir.acc_interleave_ops() - 1 + lat)


def test_blind_int16_figures_are_the_current_model(monkeypatch):
    """No change after the int16 x int16 blind run: the current model gives cases_c17.BLIND_INT16 back."""
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c17
    cases_c17.simulate_row.cache_clear()
    try:
        assert len(cases_c17.BLIND_INT16) == 8
        for fl, casc in ((128, 1), (128, 2), (256, 1), (256, 2)):
            lat, thr, _ = cases_c17.simulate_row("int16", "int16", fl, 8192, casc, 1, 0, 0, 1, 0, casc)
            key = f"int16xint16_fir_{fl}_win_8192_casc_{casc}_ssr_1_api_0"
            assert round(lat, 1) == cases_c17.BLIND_INT16[f"{key}.latency"]
            assert round(thr, 1) == cases_c17.BLIND_INT16[f"{key}.throughput"]
    finally:
        cases_c17.simulate_row.cache_clear()
        sys.modules.pop("cases_c17", None)


def _t(data, coeff, fir_len, casc=1, pos=0, window=4096):
    return FirSrAsymParams(data, coeff, fir_len, window, casc, pos)


def test_int32_pairs_sizes():
    """fir_utils.hpp @0d8795bc (io buffer, AIE-ML): 32 lanes for int16 data, 8 for cint32, 16 otherwise; 256-bit
    loads; T_buff_256b of int32 taps holds 8; the cascade accumulator lanes x 8 (real) / x 16 (complex) bytes."""
    cases = {("int16", "int32"): (32, 16, 64, 8, 256, 0), ("cint16", "int32"): (16, 8, 32, 8, 256, 8),
             ("int32", "int16"): (16, 8, 32, 16, 128, 0), ("int32", "int32"): (16, 8, 32, 8, 128, 0),
             ("cint32", "int16"): (8, 4, 16, 16, 128, 4), ("cint32", "int32"): (8, 4, 16, 8, 128, 4)}
    for (d, c), want in cases.items():
        p = _t(d, c, 64)
        assert (p.lanes, p.load_samples, p.buff_samples, p.coeff_reg, p.acc_bytes, p.acc_shuffles) == want, (d, c)
        assert fir_sr_asym_cycles(p).total_cycles > 0
    # the cint16 figures are untouched by the lanes x 16 accumulator rule
    assert _p(64).acc_bytes == fir.ACC_BYTES


def test_int32_pairs_sliding_mac_slots():
    """The emulated 32-bit mac_conv_16x4 (emulated_mul_intrinsics.hpp @306ac2c1): lo / hi splits (2 shuffles per
    32-bit operand) and 2 (16 x 32) or 4 (32 x 32) native ops per call."""
    # int16 x int32 FIR 64 (Basic, 16 ops, xoffset 1): 4 VMACs per op; per op 2 coefficient shuffles, data shifts as
    # int16 x int16 (none a multiple of 32 at strobe 0: 2 per op), coefficient starts 0 / 4 in 8 int32: 8 shifts
    p = _t("int16", "int32", 64)
    s = vector_slots(p, 0, T)
    assert p.ops == 16 and s.mac == 64 and s.vector_alu == 16 * 2 + 32 + 8
    # cint16 x int32: data unzip 2 + coefficient split 2 per op, the combine before the SRS (4)
    q = _t("cint16", "int32", 32)
    sq = vector_slots(q, 0, T)
    assert q.ops == 8 and sq.mac == 32
    # (coefficient starts 0 / 4 in 8 int32: 4 shifts, against 6 of 8 with 16 int16 taps a register)
    assert sq.vector_alu == vector_slots(_p(32), 0, T).vector_alu + 2 * 8 - (6 - 4)
    # int32 x int16: a rotate of the 32-int32 buffer with both halves live (none at a multiple of 16 samples)
    r = _t("int32", "int16", 64)
    assert r.sliding.wide_rotate and vector_slots(r, 0, T).mac == 32
    starts = [(r.xoffset + 4 * j) % 32 for j in range(16)]
    coeff = sum((4 * j) % 16 != 0 for j in range(16))
    assert vector_slots(r, 0, T).vector_alu == 2 * 16 + 2 * sum(x % 16 != 0 for x in starts) + coeff
    # int32 x int32: 4 ops and 4 split shuffles per call
    assert vector_slots(_t("int32", "int32", 64), 0, T).mac == 64


def test_cint32_acc_change_switch(monkeypatch):
    """CINT32_ACC (made after seeing C17's errors): 2 more shuffles per sliding MAC for cint32 data only."""
    c32, c16 = _t("cint32", "int16", 32), _t("cint16", "int32", 32)
    on = vector_slots(c32, 0, T).vector_alu, vector_slots(c16, 0, T).vector_alu
    monkeypatch.setattr(fir, "CINT32_ACC", False)
    assert vector_slots(c32, 0, T).vector_alu == on[0] - 2 * c32.ops
    assert vector_slots(c16, 0, T).vector_alu == on[1]


def test_blind_int32_figures(monkeypatch):
    """BLIND_INT32 is the model with CINT32_ACC off (the blind run); the pairs without acc_extract are unchanged."""
    monkeypatch.setattr(_dma, "MM2S_CHAINED_BD_CHANGE", False)   # a post-blind change (sim.timing.dma)
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c17
    monkeypatch.setattr(fir, "CINT32_ACC", False)
    monkeypatch.setattr(fir, "ACC_MOVE", False)
    cases_c17.simulate_row.cache_clear()
    try:
        assert len(cases_c17.BLIND_INT32) == 238
        for d, c, fl, w, casc in (("int16", "int32", 64, 4096, 2), ("cint16", "int32", 48, 4096, 3),
                                  ("int32", "int32", 32, 4096, 1), ("cint32", "int16", 16, 2048, 4)):
            lat, thr, _ = cases_c17.simulate_row(d, c, fl, w, casc, 1, 0, 0, 1, 0, casc)
            key = f"{d}x{c}_fir_{fl}_win_{w}_casc_{casc}_ssr_1_api_0"
            assert round(lat, 1) == cases_c17.BLIND_INT32[f"{key}.latency"]
            assert round(thr, 1) == cases_c17.BLIND_INT32[f"{key}.throughput"]
    finally:
        cases_c17.simulate_row.cache_clear()
        sys.modules.pop("cases_c17", None)


def test_cint32_cint16_elementwise():
    """CINT32_CINT16 (added before the BLIND_CINT32 rows were read): the AIE API's complex x complex impl with a 64-bit
    operand, one mac_elem_8 per point on the native cacc64 (no unzip / combine), a coefficient broadcast per point and
    a data shift per point whose start is not a multiple of 8 (the low half of the 16-cint32 buffer)."""
    p = _t("cint32", "cint16", 16)
    assert (p.lanes, p.load_samples, p.buff_samples, p.coeff_reg, p.acc_bytes, p.acc_shuffles) == (8, 4, 16, 8, 128, 0)
    sm = p.sliding
    assert (sm.vmacs, sm.chain, sm.broadcasts, sm.unzip_shuffles, sm.acc_extract) == (4, 4, 4, 0, 0)
    s = fir.vector_slots(p, 0)
    assert s.mac == 4 * p.ops
    rot = sum((((p.xoffset + j * 4) % 16) + i) % 8 != 0 for j in range(p.ops) for i in range(4))
    assert s.vector_alu == 4 * p.ops + rot


def test_blind_cint32_figures(monkeypatch):
    """BLIND_CINT32 (extension 4: cint32 x cint16 / int32) is the model as committed: no change after the blind run."""
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c17
    cases_c17.simulate_row.cache_clear()
    try:
        assert len(cases_c17.BLIND_CINT32) == 104
        for d, c, fl, w, casc in (("cint32", "cint16", 32, 2048, 2), ("cint32", "cint16", 64, 2048, 1),
                                  ("cint32", "int32", 8, 2048, 5), ("cint32", "int32", 80, 2048, 2)):
            lat, thr, _ = cases_c17.simulate_row(d, c, fl, w, casc, 1, 0, 0, 1, 0, casc)
            key = f"{d}x{c}_fir_{fl}_win_{w}_casc_{casc}_ssr_1_api_0"
            assert round(lat, 1) == cases_c17.BLIND_CINT32[f"{key}.latency"]
            assert round(thr, 1) == cases_c17.BLIND_CINT32[f"{key}.throughput"]
    finally:
        cases_c17.simulate_row.cache_clear()
        sys.modules.pop("cases_c17", None)


def test_ssr_kernel_params_follow_ssr_kernels():
    """SSR_KERNELS (fir_graph_utils.hpp ssr_kernels): each of the SSR^2 x CASC_LEN kernels is a fir_sr_asym kernel of
    CEIL(FIR_LEN, SSR) / SSR taps and WINDOW / SSR samples; inner phases after the first read the previous phase's
    cascade, phases before the last write the next one."""
    p = fir.ssr_kernel_params("cint16", "int16", 64, 8192, 2, 2, 0, 1)
    assert (p.fir_len, p.window, p.casc_len, p.position, p.ssr, p.ssr_phase) == (32, 4096, 2, 1, 2, 0)
    assert p.range_len == 16 and p.cascade_in and p.cascade_out
    lone = [fir.ssr_kernel_params("cint16", "int16", 32, 8192, 1, 2, ph, 0) for ph in range(2)]
    assert [(k.cascade_in, k.cascade_out) for k in lone] == [(False, True), (True, False)]
    # the window broadcast stays inside the CASC_LEN chain: an only kernel broadcasts nothing
    assert all(fir.broadcast_cycles(k) == 0 for k in lone)
    last = fir.ssr_kernel_params("cint16", "int16", 64, 8192, 2, 2, 0, 1)
    # the chain's last kernel stores the words and does not pass them on, SSR cascade out or not
    assert fir.broadcast_cycles(last) == fir.broadcast_cycles(FirSrAsymParams("cint16", "int16", 32, 4096, 2, 1)) > 0
    with pytest.raises(ValueError, match="divisible"):
        fir.ssr_kernel_params("cint16", "int16", 33, 8192, 1, 2, 0, 0)


def test_ssr_only_for_fir_sr_asym_graph():
    from aiesim_py.kernels.fir_sr_sym import FirSrSymParams
    with pytest.raises(ValueError, match="TP_SSR"):
        FirSrSymParams("cint16", "int16", 64, 4096, ssr=2)
    # the subclass's positional single_buffer is not shifted by the keyword-only ssr_phase
    assert FirSrSymParams("cint16", "int16", 64, 4096, 1, 0, 1, 0, 0, 1, 0, True).single_buffer is True


def test_ssr_design_shape(monkeypatch):
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c17
    try:
        d = cases_c17.ssr_design("cint16", "int16", 64, 8192, 2, 2)
        assert len(d.kernels) == 8
        assert sorted(pl.name for pl in d.plios) == ["in0", "in1", "out0", "out1"]
    finally:
        sys.modules.pop("cases_c17", None)


def test_blind_ssr_figures(monkeypatch):
    """BLIND_SSR (extension 5: TP_SSR 2 / 4) is the model as committed before the comparison: the one change after
    the blind run, MARGIN_MODIFY_CHANGE, switched off."""
    monkeypatch.syspath_prepend(str(VALIDATION))
    from aiesim_py.kernels import fir_sr_asym
    monkeypatch.setattr(fir_sr_asym, "MARGIN_MODIFY_CHANGE", False)
    import cases_c17
    cases_c17.simulate_row.cache_clear()
    try:
        assert len(cases_c17.BLIND_SSR) == 110
        for fl, casc, ssr in ((32, 1, 2), (128, 3, 2), (64, 2, 4)):
            w = 4096 * ssr
            lat, thr, _ = cases_c17.simulate_row("cint16", "int16", fl, w, casc, ssr, 0, 0, 1, 0, casc * ssr * ssr)
            key = f"cint16xint16_fir_{fl}_win_{w}_casc_{casc}_ssr_{ssr}_api_0"
            assert round(lat, 1) == cases_c17.BLIND_SSR[f"{key}.latency"]
            assert round(thr, 1) == cases_c17.BLIND_SSR[f"{key}.throughput"]
    finally:
        cases_c17.simulate_row.cache_clear()
        sys.modules.pop("cases_c17", None)


def test_ssr_margin_modify_offset_follows_dsplib():
    # fir_sr_asym_graph.hpp ssr_kernels: MODIFY_MARGIN_OFFSET = (ssrOutputPath < ssrDataPhase) ? -1 : 0
    from aiesim_py.kernels import fir_sr_asym as m
    k = [[m.ssr_kernel_params("cint16", "int16", 64, 8192, 2, 2, i, 1, o) for i in range(2)] for o in range(2)]
    assert [[p.modify_margin_offset for p in row] for row in k] == [[0, -1], [0, 0]]
    assert (k[0][1].xoffset - k[1][1].xoffset) % k[0][1].load_samples == k[0][1].load_samples - 1
    with pytest.raises(ValueError, match="output path"):
        m.ssr_kernel_params("cint16", "int16", 64, 8192, 2, 2, 0, 0, 2)


def test_ssr8_design_fits_the_grid(monkeypatch):
    """Extension 6 (SSR_PLACEMENT): eight output paths start at row compute_rows - 8 (row 0 of the 8-row ve2802);
    TP_SSR 2..6 keep KERNEL_ROW; odd TP_SSR (3 / 5) builds SSR^2 x CASC_LEN kernels."""
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c17
    try:
        d = cases_c17.ssr_design("cint16", "cint16", 16, 32768, 1, 8)
        assert len(d.kernels) == 64
        assert sorted({k.tile[1] for k in d.kernels}) == list(range(8))
        d = cases_c17.ssr_design("cint16", "int16", 160, 20480, 3, 5)
        assert len(d.kernels) == 75
        assert min(k.tile[1] for k in d.kernels) == cases_c17.cases_c5.KERNEL_ROW
        assert sorted(pl.name for pl in d.plios if pl.name.startswith("in")) == [f"in{i}" for i in range(5)]
    finally:
        sys.modules.pop("cases_c17", None)


def test_blind_ssr_more_figures(monkeypatch):
    """BLIND_SSR_MORE (extension 6) is the model as committed before the comparison (no change after)."""
    monkeypatch.setattr(_dma, "MM2S_CHAINED_BD_CHANGE", False)   # a post-blind change (sim.timing.dma)
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c17
    cases_c17.simulate_row.cache_clear()
    try:
        assert len(cases_c17.BLIND_SSR_MORE) == 232
        for d, c, fl, w, casc, ssr in (("int16", "int32", 64, 8192, 1, 2), ("cint16", "int16", 96, 12288, 2, 3),
                                        ("cint16", "cint16", 16, 32768, 1, 8), ("cint16", "cint16", 80, 20480, 1, 5)):
            lat, thr, _ = cases_c17.simulate_row(d, c, fl, w, casc, ssr, 0, 0, 1, 0, casc * ssr * ssr)
            key = f"{d}x{c}_fir_{fl}_win_{w}_casc_{casc}_ssr_{ssr}_api_0"
            assert round(lat, 1) == cases_c17.BLIND_SSR_MORE[f"{key}.latency"]
            assert round(thr, 1) == cases_c17.BLIND_SSR_MORE[f"{key}.throughput"]
    finally:
        cases_c17.simulate_row.cache_clear()
        sys.modules.pop("cases_c17", None)


def test_ssr_path0_advantage_is_one_rotate_pair_and_still_settling_at_niter_8(monkeypatch):
    """validation/cases_c17.py SSR_PATH0_DIAGNOSIS (session 15): the model's path-0 advantage on cint16 x cint16
    FIR 256 SSR 2 casc 1 is one rotate pair per aligned sliding MAC (output kernel II 192 against path 1's 200), and
    its path-0 latency is still falling ~0.04 P an iteration at the reported iteration 8 (measured 1.88 P there)."""
    costs = [fir_sr_asym_cycles(fir.ssr_kernel_params("cint16", "cint16", 256, 8192, 1, 2, 1, 0, o), T).ii_cycles
             for o in range(2)]
    assert costs == [192, 200]
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c17
    from aiesim_py.arch import load_device
    from aiesim_py.sim.timing.model import TimingModel
    from aiesim_py.sim.timing.params import TimingParams
    from aiesim_py.sim.timing.trace import Tracer
    try:
        d = cases_c17.fir_design("cint16", "cint16", 256, 8192, 1, 2)
        m = TimingModel(d, TimingParams.from_device(load_device(d.device)), 10, Tracer(False))
        m.run()
        t_in, t_out = m.plio_starts["in0"], m.plio_arrivals["out0"]
        period = t_in[-1] - t_in[-2]
        lat = [(o - t) / period for t, o in zip(t_in, t_out)]
        steps = [a - b for a, b in zip(lat[2:-1], lat[3:])]
        assert all(0.03 < s < 0.05 for s in steps)
        assert 2.55 < lat[7] < 2.65
    finally:
        sys.modules.pop("cases_c17", None)
