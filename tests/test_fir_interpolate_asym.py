"""kernels.fir_interpolate_asym: the cint16 x int16 / cint16 buffer-interface cost model of DSPLib
fir_interpolate_asym on AIE-ML (kArchPhaseParallel) and its refusals; case C25's harness."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families
from aiesim_py.kernels import fir_interpolate_asym as ia
from aiesim_py.kernels import fir_sr_asym
from aiesim_py.kernels.fir_interpolate_asym import FirInterpolateAsymParams, fir_interpolate_asym_cycles, trip_slots
from aiesim_py.sim.timing import dma as _dma


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


def _p(fir_len=128, f=2, casc=1, pos=0, window=1024, coeff="int16", **kw):
    return FirInterpolateAsymParams("cint16", coeff, fir_len, f, window, casc, pos, **kw)


def test_registered():
    assert families.FAMILIES["fir_interpolate_asym"] == (FirInterpolateAsymParams, fir_interpolate_asym_cycles)


def test_cascade_split_follows_fnFirRange_with_interpolation_rounding():
    # FIR 128, factor 4, 3 kernels: TRUNC(128, 12) = 120, 40 each, the 8 left over to kernels 0 and 1 in blocks of 4
    assert [_p(128, 4, 3, k).range_len for k in range(3)] == [44, 44, 40]
    assert [_p(128, 4, 3, k).range_offset for k in range(3)] == [0, 44, 88]
    assert [_p(128, 2, 3, k).range_len for k in range(3)] == [44, 42, 42]
    assert [_p(128, 2, 3, k).range_offset for k in range(3)] == [0, 44, 86]
    # margin fnFirMargin<FIR_LEN / IF> = CEIL(128 / 2, 8); init offset 0 + 64 - 64 + 1
    assert _p().margin == 64 and _p(128, 4).margin == 32 and _p(144, 4, coeff="cint16").margin == 40
    assert _p().xoffset == 1
    # kernel 1 of 3 at factor 2: 44 / 2 = 22 + 1 = 23 -> 7; kernel 2: 86 / 2 = 43 + 1 = 44 -> 4
    assert [_p(128, 2, 3, k).xoffset for k in range(3)] == [1, 7, 4]


def test_phase_parallel_op_counts():
    # FIR 128, factor 2: 64 taps per phase, 16 ops, 32 sliding MACs per 16-sample trip, 64 trips
    p = _p()
    assert (p.ops, p.macs, p.vectors) == (16, 32, 1024 // 16)
    assert ia.data_starts(p) == [(1 + 4 * j) % 32 for j in range(16)] and 0 not in ia.data_starts(p)
    # CEIL(1 + 16 + 3, 8) / 8 = 3 initial loads, then 4 samples per op: 20 + 60 = 80 needed -> 10 loads
    assert ia.data_loads(p) == 10
    assert ia.coeff_loads(p) == 2 * (1 + 3)            # per phase: the first register and ops 4, 8, 12
    q = _p(128, 4)
    assert (q.ops, q.macs) == (8, 32)
    assert ia.data_loads(q) == 6 and ia.coeff_loads(q) == 4 * (1 + 1)
    # cint16 coefficients: 8 per 256-bit register, a new one every second op
    c = _p(64, 2, coeff="cint16")
    assert (c.ops, c.coeff_reg, ia.coeff_loads(c)) == (8, 8, 2 * (1 + 3))


def test_trip_slots_hand_counted():
    s = trip_slots(_p(), T)
    assert s.mac == 64                                  # 32 sliding MACs x 2 VMACs
    assert s.load_any == 10 + 8
    # CSE_CHANGE: each sliding MAC its own 2-shuffle data unzip and 2 rotates (no data start is 0): 32 x 4;
    # coefficient rotates where 4 op % 16 != 0 (12 of 16 ops) per phase: 24; combine before the SRS per phase:
    # 2 x 8 (4 shuffles + 4 bm -> x moves, ACC_MOVE; 2 x 4 before); one 512-bit interleave_zip: 2
    assert s.vector_alu == 32 * 4 + 24 + 16 + 2 == 170
    assert s.move == 2 * 2 and s.store == 2 * 2         # 2 VSRS and two 256-bit stores per phase
    s4 = trip_slots(_p(128, 4), T)
    assert s4.vector_alu == 32 * 4 + 6 * 4 + 32 + 4 * 2 == 192
    assert s4.move == 4 * 2 and s4.store == 4 * 2 and s4.mac == 64
    # cint16 x cint16: 4 VMACs, data (2) and coefficient (1) unzip, data and coefficient rotates (2 + 2)
    sc = trip_slots(_p(64, 2, coeff="cint16"), T)
    assert sc.mac == 16 * 4
    assert sc.vector_alu == 16 * (3 + 2) + 2 * 4 * 2 + 16 + 2 == 114
    assert fir_interpolate_asym_cycles(_p()).ii_cycles == 170
    assert fir_interpolate_asym_cycles(_p(128, 4)).ii_cycles == 192


def test_cse_change_off_is_the_blind_model(monkeypatch):
    """The blind model: one data unzip and rotate per op, shared by the phases (and ACC_MOVE off)."""
    monkeypatch.setattr(ia, "DATA_CSE", True)
    monkeypatch.setattr(fir_sr_asym, "ACC_MOVE", False)
    assert trip_slots(_p(), T).vector_alu == 16 * 4 + 24 + 8 + 2 == 98
    assert trip_slots(_p(128, 4), T).vector_alu == 8 * 4 + 24 + 16 + 8 == 80
    assert fir_interpolate_asym_cycles(_p()).ii_cycles == 98


def test_accumulator_chain_is_per_phase():
    # 16 ops x 1 VMAC per accumulator, acc_chain_ii apart; the phases are separate accumulators
    assert ia.phase_chain(_p(), T) == 16 * T.acc_chain_ii
    assert ia.phase_chain(_p(64, 2, coeff="cint16"), T) == 8 * 2 * T.acc_chain_ii


def test_cascade_kernels():
    first, mid, last = _p(128, 2, 3, 0), _p(128, 2, 3, 1), _p(128, 2, 3, 2)
    # 16-lane cacc64 = 2048 bits = 4 cascade words per phase, out of the first, in and out of the middle
    assert trip_slots(first, T).move == 2 * 4 and trip_slots(first, T).store == 0
    assert trip_slots(mid, T).move == 2 * 4 * 2 and trip_slots(mid, T).store == 0
    assert trip_slots(last, T).move == 2 * 4 + 2 * 2 and trip_slots(last, T).store == 4
    # the window reaches the later kernels over the cascade (windowBroadcast): no ADF input
    assert [q.direction for q in first.ports()] == ["in"] and mid.ports() == ()
    assert [q.direction for q in last.ports()] == ["out"]
    assert last.ports()[0].bytes_per_call == 1024 * 2 * 4
    assert fir_sr_asym.broadcast_cycles(last, T) > 0 and fir_sr_asym.broadcast_cycles(_p(), T) == 0
    assert last.cascade_bytes == 64 * 2 * 256


def test_cycles_scale_with_taps():
    c = [fir_interpolate_asym_cycles(_p(n)).loop_cycles for n in (32, 64, 128)]
    assert 1.5 < c[1] / c[0] < 2.1 and 1.7 < c[2] / c[1] < 2.1


@pytest.mark.parametrize("kw, match", [
    (dict(coeff_type="int32"), "not modelled"),
    (dict(data_type="int16", coeff_type="int16"), "not modelled"),
    (dict(interpolate=3, fir_len=96), "sample by sample"),
    (dict(interpolate=8), "9 accumulator registers"),
    (dict(api=1), "TP_API 1"),
    (dict(ssr=2), "TP_SSR"),
    (dict(para_poly=2), "TP_PARA_INTERP_POLY"),
    (dict(dual_ip=1), "dual inputs"),
    (dict(coeff_reload=1), "coefficient reload"),
    (dict(num_outputs=2), "two outputs"),
    (dict(fir_len=33), "multiple of TP_INTERPOLATE_FACTOR"),
    (dict(window=1032), "multiple of 16"),
    (dict(position=2, casc_len=2), "outside the cascade"),
])
def test_refusals(kw, match):
    args = dict(data_type="cint16", coeff_type="int16", fir_len=32, interpolate=2, window=1024)
    args.update(kw)
    with pytest.raises(ValueError, match=match):
        FirInterpolateAsymParams(**args)


def test_case_harness_and_blind_figures(monkeypatch):
    """The graph feeds the first kernel only, NITER 16, the factor-3 / -6 rows refused; with CSE_CHANGE undone
    (DATA_CSE True) and ACC_MOVE off the model gives cases_c25.BLIND back; with both (the default) 61 of 96 stay in
    KNOWN_OFF (84 after CSE_CHANGE, 23 brought within by ACC_MOVE_CHANGE)."""
    monkeypatch.setattr(_dma, "MM2S_CHAINED_BD_CHANGE", False)   # a post-blind change (sim.timing.dma)
    monkeypatch.syspath_prepend(str(VALIDATION))
    monkeypatch.setattr(ia, "DATA_CSE", True)
    import cases_c25
    monkeypatch.setattr(fir_sr_asym, "ACC_MOVE", False)
    cases_c25.simulate_row.cache_clear()
    try:
        d = cases_c25.fir_design("cint16", "int16", 128, 2, 1024, 4)
        plio = [n for n in d.nets if n.src == "in0"]
        assert len(plio) == 1 and tuple(plio[0].dsts) == ("fir0.in[0]",)
        assert cases_c25.ITERATIONS == 16 and len(cases_c25.BLIND) == 96 and len(cases_c25.KNOWN_OFF) == 61
        assert set(cases_c25.BLIND) == cases_c25.PREDICTED_KEYS and len(cases_c25.CSE_WITHIN) == 12
        assert not {f"c25.fir_interpolate_asym.{k}" for k in cases_c25.CSE_WITHIN} & set(cases_c25.KNOWN_OFF)
        rows = cases_c25._rows()
        assert len(rows) == 60
        refused = [r for r in rows if cases_c25._refusal(r)]
        assert len(refused) == 12 and {r["TP_INTERPOLATE_FACTOR"] for r in refused} == {"3", "6"}
        for r in rows:     # every predicted row: with DATA_CSE True the model is the blind one, all 96 figures
            if cases_c25._refusal(r):
                continue
            lat, thr, _ = cases_c25.simulate_row(*cases_c25._key(r))
            key = cases_c25._slug(r)
            assert round(lat, 1) == cases_c25.BLIND[f"{key}.latency"], key
            assert round(thr, 1) == cases_c25.BLIND[f"{key}.throughput"], key
        cases_c25.simulate_row.cache_clear()
        monkeypatch.setattr(ia, "DATA_CSE", False)
        lat, thr, _ = cases_c25.simulate_row("cint16", "int16", 128, 2, 1024, 1, 1, 0, 1, 0, 1, 0, 1)
        assert lat > 1.5 * cases_c25.BLIND["cint16xint16_fir_128_if_2_win_1024_casc_1.latency"]
    finally:
        cases_c25.simulate_row.cache_clear()
        sys.modules.pop("cases_c25", None)


def test_register_pressure_counting_diagnostic_not_applied(monkeypatch):
    # C22's UNPIPELINED_CHANGE counting on the interpolator's source (validation/cases_c25.py REGP_DIAGNOSTICS):
    # one 1024-bit sbuff + IF 256-bit coe + one sliding MAC's 512-bit operands (5 cint16 x int16, 8 cint16 x cint16)
    assert [ia.live_vector_bits(_p(128, f)) for f in (2, 4)] == [4096, 4608]
    assert [ia.live_vector_bits(_p(64, f, coeff="cint16")) for f in (2, 4)] == [5632, 6144]
    # the overlap adds the next trip's rewritten sbuff pieces (256 bits per load, at most the 1024-bit buffer)
    assert ia.overlap_vector_bits(_p()) == 4096 + 1024
    assert ia.overlap_vector_bits(_p(128, 4, 4, 0)) == 4608 + 3 * 256
    # IF 16-lane cacc64 of 2048 bits each: 2 x IF of the 9 1024-bit accumulator registers per trip
    assert [ia.live_accumulator_bits(_p(128, f)) for f in (2, 4)] == [4096, 8192]
    # not applied: every kernel is costed pipelined
    assert ia.REGPRESSURE_CHANGE is False
    assert all(ia.software_pipelines(_p(64, f, coeff=c)) for f in (2, 4) for c in ("int16", "cint16"))
    assert fir_interpolate_asym_cycles(_p(64, 2, coeff="cint16")).pipelined is True
    # with the flag: only cint16 x int16 at factor 2 fits both files
    monkeypatch.setattr(ia, "REGPRESSURE_CHANGE", True)
    verdicts = {(c, f): ia.software_pipelines(_p(128 if c == "int16" else 64, f, coeff=c), T)
                for c in ("int16", "cint16") for f in (2, 4)}
    assert verdicts == {("int16", 2): True, ("int16", 4): False, ("cint16", 2): False, ("cint16", 4): False}
    p = _p(64, 2, 4, 0, coeff="cint16")
    cost = fir_interpolate_asym_cycles(p, T)
    assert cost.pipelined is False
    assert cost.loop_cycles == p.vectors * max(cost.depth_cycles, cost.ii_cycles) + \
        ia.loop_setup_cycles(T, p.vectors)


def test_lone_trip_diagnosis_arithmetic(monkeypatch):
    """cases_c25.LONE_TRIPS (session-14 diagnosis, no model change): its measured cycles per 16-sample trip are
    16 x 1250 / the measured throughput of the CASC_LEN 1 rows, and the diagnosis assumes ITER_ALIAS off."""
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c25
    assert ia.ITER_ALIAS is False
    thr = {m["key"]: m["measured"] for m in cases_c25.measurements() if m["key"].endswith(".throughput")}
    assert len(cases_c25.LONE_TRIPS) == 6
    for (coeff, fl, f), (macs, at1024, at2048, *_model) in cases_c25.LONE_TRIPS.items():
        assert FirInterpolateAsymParams("cint16", coeff, fl, f, 1024).macs == macs
        for w, value in ((1024, at1024), (2048, at2048)):
            key = f"c25.fir_interpolate_asym.cint16x{coeff}_fir_{fl}_if_{f}_win_{w}_casc_1.throughput"
            assert round(16 * 1250 / thr[key], 1) == value
