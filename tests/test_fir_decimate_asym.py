"""kernels.fir_decimate_asym: the cint16 x int16 buffer-interface cost model of DSPLib fir_decimate_asym on AIE-ML
(kArchPhaseParallel) and its refusals; case C22's harness."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa import timing
from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families
from aiesim_py.kernels import fir_decimate_asym as dec
from aiesim_py.kernels import fir_sr_asym
from aiesim_py.kernels.kernel_io import loop_setup_cycles
from aiesim_py.kernels.fir_decimate_asym import FirDecimateAsymParams, fir_decimate_asym_cycles, vector_slots

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


def _p(fir_len, df=2, casc=1, pos=0, window=768, **kw):
    return FirDecimateAsymParams("cint16", "int16", fir_len, df, window, casc, pos, **kw)


def test_registered():
    assert families.FAMILIES["fir_decimate_asym"] == (FirDecimateAsymParams, fir_decimate_asym_cycles)


def test_cascade_split_follows_fnFirRange_with_decimation_rounding():
    # 36 taps, factor 4, 4 kernels: TRUNC(36, 16) = 32, 8 each, the 4 left over go to kernel 0 in a block of 4
    assert [_p(36, 4, 4, k).range_len for k in range(4)] == [12, 8, 8, 8]
    assert [_p(36, 4, 4, k).range_offset for k in range(4)] == [0, 12, 20, 28]
    assert [_p(96, 4, 4, k).range_len for k in range(4)] == [24] * 4
    assert _p(32).margin == 32 and _p(36, 4).margin == 40         # CEIL(FIR_LEN, 8)
    assert _p(32).xoffset == 1                                     # margin - FIR_LEN + 1


def test_phase_parallel_op_counts():
    # FIR 32, factor 2: 16 taps per phase, 4 ops per phase, 8 sliding MACs per 8-sample output vector, 48 trips
    p = _p(32)
    assert (p.phase_taps, p.ops, p.macs, p.vectors) == (16, 4, 8, 768 // 2 // 8)
    # data starts: phase 0 at CEIL(1, 2) / 2 = 1, phase 1 at 1 - 1 = 0, then +4 per op
    assert dec.data_starts(p) == [1, 0, 5, 4, 9, 8, 13, 12]
    # 2 initial de-interleaving loads (1 + 8 + 3 = 12 samples), one more when op 2 needs 20
    assert dec.deinterleaved_loads(p) == 3
    assert dec.coeff_loads(p) == 1 + 2                             # coe0 and one register per phase
    # FIR 32, factor 4: 8 taps per phase, 2 ops, 8 sliding MACs, 24 trips
    q = _p(32, 4)
    assert (q.phase_taps, q.ops, q.macs, q.vectors) == (8, 2, 8, 24)
    assert dec.data_starts(q) == [1, 0, 0, 0, 5, 4, 4, 4]
    assert dec.deinterleaved_loads(q) == 2 and dec.coeff_loads(q) == 1 + 4


def test_vector_slots_hand_counted():
    s = vector_slots(_p(32), T)
    assert s.mac == 16                                            # 8 sliding MACs x 2 VMACs
    assert s.load_any == 3 * 2 + 3                                # 3 loads of 2 x 256 bits, 3 coefficient loads
    # 8 x 2 data unzip shuffles, 7 non-zero data starts x 2 rotates, ops 1-3 of both phases 1 coefficient rotate,
    # 3 interleave_unzip, and (ACC8_CHANGE) 8 sliding MACs x (2 accumulator unzip + 2 live combine shuffles);
    # the combine before the SRS is the last call's (the blind model's 4 ACC_SHUFFLES are gone)
    assert s.vector_alu == 16 + 14 + 6 + 3 + 8 * (2 + 2)
    assert s.store == 1 and s.move == 0                           # 8 cint16 = one 256-bit store
    s4 = vector_slots(_p(32, 4), T)
    assert s4.load_any == 2 * 4 + 5
    assert s4.vector_alu == 16 + 10 + 4 + 2 * 4 + 8 * (2 + 2)
    # the accumulator chain bounds the loop: 8 sliding MACs x (unzip 2 + VMAC 5 + combine 2) = 72 > 71 / 70 slots
    assert fir_decimate_asym_cycles(_p(32)).ii_cycles == 72
    assert fir_decimate_asym_cycles(_p(32, 4)).ii_cycles == 72


def test_acc8_ops_per_sliding_mac_hand_counted():
    """ACC8_CHANGE: one sliding_mac<8, 4> (cint16 x int16) on the 8-lane T_acc384 accumulator, per the AIE API's
    sliding_mul_acc64.hpp: unzip_complex of the 1024-bit cacc64 = one 512-bit interleave_unzip = 2 shuffles; grow
    to 16 lanes (view); 2 mac_conv_16x4; combine_into_complex of two 16-lane acc64 = 2 chunks x 2 shuffles, 2 live
    after extract<8>(0); so 4 accumulator shuffles per call (the blind model: 0 between calls) and a chain of
    shuffle level + vmac_latency + shuffle level per call (the blind model: acc_chain_ii)."""
    assert dec.ACC8_CHANGE is True
    assert (dec.ACC8_UNZIP_SHUFFLES, dec.ACC8_COMBINE_SHUFFLES) == (2, 2)
    assert dec.acc8_shuffles_per_mac() == 4
    assert dec.acc8_mac_chain(T) == T.vector_alu_latency + T.vmac_latency + T.vector_alu_latency == 2 + 5 + 2
    p = _p(64)
    assert p.macs == 16 and dec.mac_chain(p, T) == 16 * 9         # blind: 16 x acc_chain_ii 2 = 32
    # per 8-lane sliding MAC: 2 VMACs, 2 data unzip + 4 accumulator shuffles (+ rotates by start)
    s = vector_slots(p, T)
    assert s.mac == 2 * p.macs
    rotates = sum(2 * (st != 0) + (j // 2 * 4 % 16 != 0) for j, st in enumerate(dec.data_starts(p)))
    assert s.vector_alu == p.macs * (2 + 4) + rotates + dec.deinterleaved_loads(p) * 1


def test_acc8_change_off_is_the_blind_model(monkeypatch):
    monkeypatch.setattr(dec, "ACC8_CHANGE", False)
    monkeypatch.setattr(fir_sr_asym, "ACC_MOVE", False)     # the blind model's 4-op combine
    assert vector_slots(_p(32), T).vector_alu == 16 + 14 + 6 + 3 + 4
    assert fir_decimate_asym_cycles(_p(32)).ii_cycles == 43
    assert fir_decimate_asym_cycles(_p(32, 4)).ii_cycles == 42


def test_unpipelined_change_register_count():
    """UNPIPELINED_CHANGE: per trip D x 1024-bit phase buffers + D x 256-bit coefficient registers + 5 x 512-bit
    sliding-MAC operands; an overlap adds 3 x 512-bit de-interleave vectors and a copy of the rewritten buffer pieces
    (256 bits per phase per de-interleaving load, at most 1024); against 12 x 512 bits no C22 kernel pipelines."""
    assert dec.UNPIPELINED_CHANGE is True
    p, q = _p(32), _p(32, 4)
    assert dec.live_vector_bits(p) == 2 * 1024 + 2 * 256 + 5 * 512 == 5120
    assert dec.live_vector_bits(q) == 4 * 1024 + 4 * 256 + 5 * 512 == 7680 > 12 * 512
    assert dec.overlap_vector_bits(p) == 5120 + 3 * 512 + 2 * 3 * 256 == 8192
    for fl in (32, 64, 96, 128):
        for df in (2, 4):
            for casc in (1, 2, 4):
                assert not any(dec.software_pipelines(_p(fl, df, casc, k), T) for k in range(casc))
    c = fir_decimate_asym_cycles(p)
    assert not c.pipelined and c.loop_cycles - loop_setup_cycles(T, p.vectors) == p.vectors * max(c.depth_cycles,
                                                                                                  c.ii_cycles)


def test_unpipelined_change_off_is_the_pipelined_acc8_model(monkeypatch):
    p = _p(64)
    on = fir_decimate_asym_cycles(p)
    monkeypatch.setattr(dec, "UNPIPELINED_CHANGE", False)
    off = fir_decimate_asym_cycles(p)
    assert off.pipelined and dec.software_pipelines(p, T)
    assert off.ii_cycles == on.ii_cycles and off.depth_cycles == on.depth_cycles
    assert off.loop_cycles - loop_setup_cycles(T, p.vectors) == (p.vectors - 1) * off.ii_cycles + off.depth_cycles
    assert on.loop_cycles > off.loop_cycles


def test_cascade_kernels():
    first, last = _p(64, 2, 2, 0), _p(64, 2, 2, 1)
    assert first.range_len == last.range_len == 32
    # 8-lane cacc64 = 1024 bits: 2 cascade words out of the first, 2 into the last; only the last stores
    assert vector_slots(first, T).move == 2 and vector_slots(first, T).store == 0
    assert vector_slots(last, T).move == 2 and vector_slots(last, T).store == 1
    # the window reaches the last kernel over the cascade (windowBroadcast): no ADF input, a broadcast loop
    assert [q.direction for q in last.ports()] == ["out"] and [q.direction for q in first.ports()] == ["in"]
    assert last.ports()[0].bytes_per_call == 768 // 2 * 4
    assert fir_sr_asym.broadcast_cycles(last, T) > 0 and fir_sr_asym.broadcast_cycles(_p(64), T) == 0


def test_cycles_scale_with_taps():
    c = [fir_decimate_asym_cycles(_p(n)).loop_cycles for n in (32, 64, 128)]
    assert 1.7 < c[1] / c[0] < 2.1 and 1.8 < c[2] / c[1] < 2.1


@pytest.mark.parametrize("kw, match", [
    (dict(data_type="cint16", coeff_type="cint16"), "not modelled"),
    (dict(data_type="int16", coeff_type="int16"), "not modelled"),
    (dict(decimate=3, fir_len=96), "odd factors"),
    (dict(api=1), "TP_API 1"),
    (dict(ssr=2), "TP_SSR"),
    (dict(para_poly=2), "TP_PARA_DECI_POLY"),
    (dict(dual_ip=1), "dual inputs"),
    (dict(coeff_reload=1), "coefficient reload"),
    (dict(num_outputs=2), "two outputs"),
    (dict(fir_len=33), "multiple of TP_DECIMATE_FACTOR"),
    (dict(window=776), "multiple of D x 8"),
    (dict(position=2, casc_len=2), "outside the cascade"),
])
def test_refusals(kw, match):
    args = dict(data_type="cint16", coeff_type="int16", fir_len=32, decimate=2, window=768)
    args.update(kw)
    with pytest.raises(ValueError, match=match):
        FirDecimateAsymParams(**args)


def test_case_harness_and_blind_figures(monkeypatch):
    """The graph feeds the first kernel only, NITER 8, the factor-3 rows refused; with ACC8_CHANGE and
    UNPIPELINED_CHANGE off the model gives cases_c22.BLIND back, with them on (the default) the figures move and 54 of
    96 stay in KNOWN_OFF."""
    monkeypatch.syspath_prepend(str(VALIDATION))
    monkeypatch.setattr(dec, "ACC8_CHANGE", False)
    monkeypatch.setattr(dec, "UNPIPELINED_CHANGE", False)
    monkeypatch.setattr(fir_sr_asym, "ACC_MOVE", False)     # the blind model's 4-op combine (ACC8 off uses it)
    import cases_c22
    cases_c22.simulate_row.cache_clear()
    try:
        d = cases_c22.fir_design("cint16", "int16", 64, 2, 768, 4)
        plio = [n for n in d.nets if n.src == "in0"]
        assert len(plio) == 1 and tuple(plio[0].dsts) == ("fir0.in[0]",)
        assert cases_c22.ITERATIONS == 8 and len(cases_c22.BLIND) == 96 and len(cases_c22.KNOWN_OFF) == 54
        assert len(cases_c22.ACC8_WITHIN) == 24 and len(cases_c22.UNPIPELINED_WITHIN) == 42
        assert not {f"c22.fir_decimate_asym.{k}" for k in cases_c22.UNPIPELINED_WITHIN} & set(cases_c22.KNOWN_OFF)
        refused = [r for r in cases_c22._rows() if cases_c22._refusal(r)]
        assert len(refused) == 3 and all(r["TP_DECIMATE_FACTOR"] == "3" for r in refused)
        for fl, df, w, casc in ((32, 2, 768, 1), (128, 4, 1024, 4)):
            lat, thr, _ = cases_c22.simulate_row("cint16", "int16", fl, df, w, casc, 1, 0, 1, 0, 1, 0, casc)
            key = f"cint16xint16_fir_{fl}_df_{df}_win_{w}_casc_{casc}"
            assert round(lat, 1) == cases_c22.BLIND[f"{key}.latency"]
            assert round(thr, 1) == cases_c22.BLIND[f"{key}.throughput"]
        cases_c22.simulate_row.cache_clear()
        monkeypatch.setattr(dec, "ACC8_CHANGE", True)
        monkeypatch.setattr(dec, "UNPIPELINED_CHANGE", True)
        lat, thr, _ = cases_c22.simulate_row("cint16", "int16", 32, 2, 768, 1, 1, 0, 1, 0, 1, 0, 1)
        assert lat > 1.5 * cases_c22.BLIND["cint16xint16_fir_32_df_2_win_768_casc_1.latency"]
    finally:
        cases_c22.simulate_row.cache_clear()
        sys.modules.pop("cases_c22", None)


def test_per_vector_split_is_measured_only_and_the_model_chain_quoted(monkeypatch):
    """cases_c22.PER_VECTOR_DIAGNOSIS (session 14, nothing applied): the measured per-vector figures it tabulates come
    from the data alone, and the model's per-vector chain is the 15 + 9 x MACs (factor 2) / 16 + 9 x MACs (factor 4) it
    quotes."""
    monkeypatch.syspath_prepend(str(VALIDATION))
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)   # the chain as the diagnosis quotes it (before the bypass)
    import cases_c22
    try:
        split = cases_c22.per_vector_split()
        got = {k: round(v[0], 1) for k, v in split.items()}
        assert len(got) == 24
        assert [got[(fl, 2, 1)] for fl in (32, 64, 96, 128)] == [78.1, 139.8, 185.2, 250.0]
        assert [got[(fl, 4, 1)] for fl in (32, 64, 96, 128)] == [102.1, 163.8, 208.3, 289.7]
        assert got[(32, 2, 4)] == 45.8 and got[(32, 4, 4)] == 75.7
        assert "PER_VECTOR_DIAGNOSIS" in dir(cases_c22)
        for df, base in ((2, 15), (4, 16)):
            for fl in (32, 64, 96, 128):
                p = _p(fl, df)
                assert dec.vector_depth(p) == base + 9 * p.macs
                assert dec.vector_depth(p) >= dec.mac_chain(p)
    finally:
        sys.modules.pop("cases_c22", None)
