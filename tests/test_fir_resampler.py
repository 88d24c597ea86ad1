"""kernels.fir_resampler: the cint16 x int16 buffer-interface cost model of DSPLib fir_resampler on AIE-ML
(kArchPhaseParallel) and its refusals; case C30's harness, data rule and blind figures."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families
from aiesim_py.kernels import fir_interpolate_asym as ia
from aiesim_py.kernels import fir_resampler as rs
from aiesim_py.kernels import fir_sr_asym
from aiesim_py.kernels.fir_resampler import FirResamplerParams, fir_resampler_cycles, trip_slots
from aiesim_py.sim.timing import dma as _dma


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


def _p(fir_len=32, i=1, d=2, casc=1, pos=0, window=2048, **kw):
    return FirResamplerParams("cint16", "int16", fir_len, i, d, window, casc, pos, **kw)


def test_registered():
    assert families.FAMILIES["fir_resampler"] == (FirResamplerParams, fir_resampler_cycles)


def test_split_margin_and_offsets():
    # fnFirRange of CEIL(FIR_LEN, IF) with rounding IF: FIR 192, IF 2, 2 kernels -> 96 / 96, offsets 0 / 96
    assert [_p(192, 2, 1, 2, k).range_len for k in range(2)] == [96, 96]
    assert [_p(192, 2, 1, 2, k).coeff_offset for k in range(2)] == [0, 96]
    # margin CEIL(CEIL(FIR_LEN, IF) / IF, 8); init offset = coeff offset / IF + margin - FIR_LEN / IF + 1
    assert _p(32, 1, 2).margin == 32 and _p(32, 2, 2).margin == 16 and _p(192, 2, 1).margin == 96
    assert _p(32, 1, 2).xoffset == 1
    assert _p(192, 2, 1, 2, 1).init_offset == 48 + 96 - 96 + 1 and _p(192, 2, 1, 2, 1).xoffset == 1
    # FIR 32 IF 1 DF 2 CASC 2: 16 taps each, kernel 1 starts at tap 16 -> init 17 -> xoff 1
    assert [_p(32, 1, 2, 2, k).range_len for k in range(2)] == [16, 16] and _p(32, 1, 2, 2, 1).xoffset == 1
    # an odd FIR_LEN is rounded up to IF (m_kFirLenCeil), not refused
    assert _p(33, 2, 2).range_len == 34 and _p(33, 2, 2).margin == 24


def test_phase_parallel_counts_hand_counted():
    # FIR 32, IF 1, DF 2: kFirLenCeil 32, CEIL(32 / 2, 4) = 16 taps per sub-filter, 4 ops, 1 x 2 x 4 sliding MACs;
    # WINDOW / (16 x 2) = 64 trips
    p = _p()
    assert (p.poly_len, p.phase_taps, p.ops, p.macs, p.vectors) == (32, 16, 4, 8, 64)
    # kInitialLoads = CEIL(CEIL(1, 2) + 16 + 3, 8) / 8 = 3; dataNeeded 20 -> 24, 28 (> 24: a 4th load), 32
    assert rs.deinterleaved_loads(p) == 4
    assert rs.coeff_loads(p) == 2                        # IF x DF registers, no op % 16 == 0 past op 0
    # xstart: dataBuffToPhaseOffset = CEIL(1 - 0, 2) / 2 = 1; DF phase 1 has dphaseToLaneOffset -1
    assert rs.data_starts(p) == [1, 0, 5, 4, 9, 8, 13, 12]
    # FIR 256 IF 2 DF 2: 128 taps per IF phase, 64 per sub-filter, 16 ops, 2 x 2 x 16 = 64 sliding MACs;
    # coefficient registers reloaded at ops 16, 32, 48
    q = _p(256, 2, 2)
    assert (q.ops, q.macs) == (16, 64) and rs.coeff_loads(q) == 4 * (1 + 3)


def test_trip_slots_hand_counted():
    s = trip_slots(_p(), T)
    assert s.mac == 8 * 2
    assert s.load_any == 4 * 2 + 2                      # 4 de-interleaving loads of 2 x 256 bits, 2 coefficient regs
    # per sliding MAC: data unzip 2, data rotates 2 when the start is not 0, the coefficient rotate when op % 16 != 0:
    # op 0: (1) 4 + (0) 2; ops 4 / 8 / 12: 2 x 5 each -> 36; de-interleave 4 x 1; combine before the SRS 8 (4 shuffles
    # + 4 bm -> x moves, ACC_MOVE; 4 before)
    assert s.vector_alu == 4 + 2 + 3 * 10 + 4 + 8 == 48
    assert s.store == 2 and s.move == 0                  # IF 1: the SRS fused into two 256-bit stores
    c = fir_resampler_cycles(_p())
    assert c.ii_cycles == 48 and not c.pipelined       # C22's register rule: 8704 bits for two trips > 6144
    assert rs.overlap_vector_bits(_p()) == 2 * 1024 + 2 * 256 + 5 * 512 + 2 * 1024 + 3 * 512 == 8704
    # IF 1 DF 1: no de-interleave; the one 1024-bit buffer, C25's counting: pipelined
    one = _p(256, 1, 1)
    assert rs.overlap_vector_bits(one) == 1024 + 256 + 5 * 512 + 1024 and fir_resampler_cycles(one).pipelined


def test_source_recheck_df2_is_not_the_decimator_accumulator(monkeypatch):
    """Post-blind source re-check (validation/cases_c30.py SOURCE_RECHECK, no change): TP_API 0 runs fnNumLanes 16 on
    the 16-lane T_acc, not fir_decimate_asym's 8-lane T_acc384 (no ACC8 shuffles per sliding MAC, the trip chain at
    acc_chain_ii); the decimator's de-interleave is costed; C22's register rule leaves every DF 2 kernel unpipelined."""
    from aiesim_py.kernels import fir_decimate_asym as da
    assert rs.LANES == fir_sr_asym.LANES == 16 and da.LANES == 8
    p = _p(256, 1, 2)
    assert p.vectors == 2048 // (16 * 2)                           # m_kLsize = WINDOW / (16 DF)
    s = trip_slots(p, T)
    # 64 sliding MACs: at most C17's 5 shuffles each, the de-interleave, the combine; no 4 ACC8 shuffles per MAC
    assert s.vector_alu < p.macs * (p.sliding.unzip_shuffles + p.sliding.data_rotates + p.sliding.coeff_rotates
                                    + da.acc8_shuffles_per_mac())
    assert rs.phase_chain(p, T) == 2 * 32 * p.sliding.chain * T.acc_chain_ii
    for fl in (32, 192, 256):
        for i in (1, 2):
            for casc in (1, 2):
                for k in range(casc):
                    q = _p(fl, i, 2, casc, k)
                    assert not rs.software_pipelines(q, T) and 8192 <= rs.overlap_vector_bits(q) <= 9216
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c30
    try:
        # the diagnostics' model column is the model's lone-kernel cycles per trip (recorded before
        # kernels.fir_sr_asym ACC_MOVE_CHANGE: with it off)
        monkeypatch.setattr(fir_sr_asym, "ACC_MOVE", False)
        for (fl, i), (macs, measured, model, acc8) in cases_c30.DF2_DIAGNOSTICS.items():
            q = _p(fl, i, 2)
            assert q.macs == macs and round(fir_resampler_cycles(q).total_cycles / q.vectors) == model
            assert acc8 == (q.macs if i == 1 else 2 * q.ops) * da.acc8_mac_chain(T) < measured
        assert "SOURCE_RECHECK" in cases_c30.DF2_OFF
    finally:
        sys.modules.pop("cases_c30", None)


def test_df1_is_the_interpolator():
    """With DF 1 the kernel is fir_interpolate_asym's filterPhaseParallel: the same cost, kernel by kernel."""
    for casc in (1, 2):
        for k in range(casc):
            r = fir_resampler_cycles(_p(128, 2, 1, casc, k, window=1024))
            q = ia.fir_interpolate_asym_cycles(ia.FirInterpolateAsymParams("cint16", "int16", 128, 2, 1024, casc, k))
            assert (r.total_cycles, r.ii_cycles, r.depth_cycles) == (q.total_cycles, q.ii_cycles, q.depth_cycles)


def test_cascade_kernels():
    first, last = _p(192, 2, 1, 2, 0), _p(192, 2, 1, 2, 1)
    assert trip_slots(first, T).move == 2 * 4 and trip_slots(first, T).store == 0
    assert trip_slots(last, T).move == 2 * 4 + 2 * 2 and trip_slots(last, T).store == 4
    assert [q.direction for q in first.ports()] == ["in"] and [q.direction for q in last.ports()] == ["out"]
    assert last.ports()[0].bytes_per_call == 2048 * 2 * 4
    assert _p(32, 1, 2, 2, 1).ports()[0].bytes_per_call == 1024 * 4
    assert fir_sr_asym.broadcast_cycles(last, T) > 0 and fir_sr_asym.broadcast_cycles(_p(), T) == 0


@pytest.mark.parametrize("kw, match", [
    (dict(coeff_type="cint16"), "not modelled"),
    (dict(interpolate=3, fir_len=96), "element by element"),
    (dict(decimate=3, window=2016), "sample by sample"),
    (dict(decimate=5, window=2000), "sample by sample"),
    (dict(api=1), "TP_API 1"),
    (dict(ssr=2), "TP_SSR"),
    (dict(deci_poly=2), "TP_PARA_DECI_POLY"),
    (dict(interp_poly=2), "TP_PARA_INTERP_POLY"),
    (dict(dual_ip=1), "dual inputs"),
    (dict(coeff_reload=1), "coefficient reload"),
    (dict(num_outputs=2), "two outputs"),
    (dict(window=2040), "multiple of DF x 16"),
    (dict(fir_len=2, decimate=2), "at least IF x DF"),
    (dict(position=2, casc_len=2), "outside the cascade"),
])
def test_refusals(kw, match):
    args = dict(data_type="cint16", coeff_type="int16", fir_len=32, interpolate=2, decimate=2, window=2048)
    args.update(kw)
    with pytest.raises(ValueError, match=match):
        FirResamplerParams(**args)


def test_data_rule_harness_and_blind_figures(monkeypatch):
    """The data file holds only rows of the stated rule; the graph feeds the first kernel only; NITER 8; the DF 3 / 5
    and IF 3 rows are refused; the model gives cases_c30.BLIND back for every predicted row (no change after the
    run, with ACC_MOVE off: kernels.fir_sr_asym ACC_MOVE_CHANGE came after it, and DECINT_CHANGE off); KNOWN_OFF holds
    the 32 figures outside 10 % (36 before ACC_MOVE_CHANGE, 34 before DECINT_CHANGE)."""
    monkeypatch.setattr(_dma, "MM2S_CHAINED_BD_CHANGE", False)   # a post-blind change (sim.timing.dma)
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c30
    monkeypatch.setattr(fir_sr_asym, "ACC_MOVE", False)
    monkeypatch.setattr(cases_c30, "DECINT_CHANGE", False)
    cases_c30.simulate_row.cache_clear()
    try:
        rows = cases_c30._rows()
        assert len(rows) == 37
        rule = dict(AIE_VARIANT="AIE-ML", TT_DATA="cint16", TT_OUT_DATA="cint16", TT_COEFF="int16", TP_API="0",
                    TP_SSR="1", TP_PARA_DECI_POLY="1", TP_PARA_INTERP_POLY="1", TP_DUAL_IP="0",
                    TP_USE_COEFF_RELOAD="0", TP_NUM_OUTPUTS="1", SINGLE_BUF="0")
        assert all(r[k] == v for r in rows for k, v in rule.items())
        refused = [r for r in rows if cases_c30._refusal(r)]
        assert len(refused) == 13
        assert all(r["TP_INTERPOLATE_FACTOR"] == "3" or r["TP_DECIMATE_FACTOR"] in ("3", "5") for r in refused)
        d = cases_c30.fir_design("cint16", "int16", 192, 2, 1, 2048, 2)
        plio = [n for n in d.nets if n.src == "in0"]
        assert len(plio) == 1 and tuple(plio[0].dsts) == ("fir0.in[0]",)
        assert cases_c30.ITERATIONS == 8 and len(cases_c30.BLIND) == 48 and len(cases_c30.KNOWN_OFF) == 32
        for r in rows:
            if cases_c30._refusal(r):
                continue
            lat, thr, _ = cases_c30.simulate_row(*cases_c30._key(r))
            key = cases_c30._slug(r)
            assert round(lat, 1) == cases_c30.BLIND[f"{key}.latency"], key
            assert round(thr, 1) == cases_c30.BLIND[f"{key}.throughput"], key
    finally:
        cases_c30.simulate_row.cache_clear()
        sys.modules.pop("cases_c30", None)


def test_df1_trip_diagnosis_arithmetic(monkeypatch):
    """cases_c30.DF1_TRIPS (session-14 diagnosis, no model change): its measured cycles per trip are 16 x 1250 / the
    measured throughput of the DF 1 rows, and the diagnosis assumes ITER_ALIAS off."""
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c30
    assert rs.ITER_ALIAS is False
    thr = {m["key"]: m["measured"] for m in cases_c30.measurements() if m["key"].endswith(".throughput")}
    assert len(cases_c30.DF1_TRIPS) == 12
    for (fl, i, casc), (macs, measured, *_model) in cases_c30.DF1_TRIPS.items():
        assert _p(fl, i, 1, casc, casc - 1).macs == macs
        key = f"c30.fir_resampler.cint16xint16_fir_{fl}_if_{i}_df_1_win_2048_casc_{casc}.throughput"
        assert round(16 * 1250 / thr[key], 1) == measured


def test_decint_change_picks_the_decomposed_kernel(monkeypatch):
    """cases_c30.DECINT_CHANGE (fir_resampler_graph.hpp -> decomposer::polyphase_decomposer): IF 1 DF 1 rows run
    fir_sr_asym kernels, IF 2 DF 1 fir_interpolate_asym, IF 1 DF 2 fir_decimate_asym (C22's 8-lane model) and only IF 2
    DF 2 fir_resampler; False puts every row on fir_resampler. The design's kernels carry the chosen kind."""
    from aiesim_py.kernels import fir_decimate_asym as da
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c30
    try:
        args = ("cint16", "int16", 192)
        tail = (2048, 2, 1, 0, 1, 1, 0, 1, 0, 1)
        picks = {(1, 1): fir_sr_asym.FirSrAsymParams, (2, 1): ia.FirInterpolateAsymParams,
                 (1, 2): da.FirDecimateAsymParams, (2, 2): FirResamplerParams}
        for (i, d), cls in picks.items():
            p = cases_c30._params(*args, i, d, *tail)
            assert type(p) is cls and cases_c30._kind(p) in families.FAMILIES
            assert families.FAMILIES[cases_c30._kind(p)][0] is cls
            assert p.position == 1 and p.casc_len == 2 and p.window == 2048 and p.fir_len == 192
        q = cases_c30._params(*args, 1, 2, *tail)
        assert q.decimate == 2 and da.LANES == 8
        assert cases_c30._cycles(q).total_cycles == da.fir_decimate_asym_cycles(q).total_cycles
        d = cases_c30.fir_design("cint16", "int16", 32, 1, 2, 2048, 2)
        assert {k.kind for k in d.kernels} == {da.KIND}
        monkeypatch.setattr(cases_c30, "DECINT_CHANGE", False)
        assert all(type(cases_c30._params(*args, i, d, *tail)) is FirResamplerParams for i, d in picks)
        # the 2 figures it brought within 10 % left KNOWN_OFF, the other IF 1 DF 2 figures carry its reason
        assert not any(f"c30.fir_resampler.{k}" in cases_c30.KNOWN_OFF for k in cases_c30.DECINT_WITHIN)
        dec = [k for k in cases_c30.KNOWN_OFF if "_if_1_df_2_" in k]
        assert len(dec) == 10 and all(cases_c30.KNOWN_OFF[k] == cases_c30.DECINT_OFF for k in dec)
        assert "DECINT_DIAGNOSIS" in cases_c30.DECINT_OFF and "polyphase_decomposer" in cases_c30.DECINT_DIAGNOSIS
    finally:
        sys.modules.pop("cases_c30", None)
