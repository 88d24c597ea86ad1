"""kernels.fir_tdm: the cint16 x cint16 buffer-interface cost model of DSPLib fir_tdm on AIE-ML and its
refusals; case C28's harness. The expected numbers are counted by hand from the source reading in the module
docstring and the timing table (isa/timing.py), not taken from the model's own formulas."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families
from aiesim_py.kernels import fir_tdm as tdm
from aiesim_py.kernels.fir_tdm import FirTdmParams, fir_tdm_cycles, tap_slots

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


def _p(fir_len=64, window=512, channels=16, casc=1, pos=0, **kw):
    return FirTdmParams("cint16", "cint16", fir_len, window, channels, casc, pos, **kw)


def test_registered():
    assert families.FAMILIES["fir_tdm"] == (FirTdmParams, fir_tdm_cycles)


def test_frames_groups_and_cascade_split():
    p = _p()                                   # 512 / 16 = 32 frames, even: 2 per group; 16 channels: 1 tdm trip
    assert (p.frames, p.frames_per_trip, p.frame_trips, p.tdm_trips, p.groups) == (32, 2, 16, 1, 16)
    q = _p(window=1024, channels=64)           # 16 frames -> 8 frame trips x 4 tdm trips
    assert (q.frames_per_trip, q.frame_trips, q.tdm_trips, q.groups) == (2, 8, 4, 32)
    assert _p(window=48, channels=16).frames_per_trip == 1            # 3 frames: odd, one frame per group
    # fnFirRange, rounding 1: 66 taps on 4 kernels -> 17, 17, 16, 16
    assert [_p(66, casc=4, pos=k).range_len for k in range(4)] == [17, 17, 16, 16]
    assert [_p(casc=8, pos=k).range_len for k in range(8)] == [8] * 8
    assert not _p().taps_unrolled and not _p(casc=4).taps_unrolled and _p(casc=8).taps_unrolled


def test_margin_is_the_whole_filters_on_every_kernel():
    # CEIL(63 x 16, 8) = 1008 samples, also on the last of 8 kernels; 63 x 64 = 4032
    assert _p().margin == 1008 and _p(casc=8, pos=7).margin == 1008 and _p(channels=64).margin == 4032


def test_tap_slots_two_mac_elem_8_per_frame():
    # a tap: 16 cint16 coefficients (64 B: 2 loads), 16 cint16 data per frame (2 loads), 2 VMACs per frame
    u = tap_slots(_p())
    assert (u.loads, u.mac, u.vector_alu) == (2 + 2 * 2, 4, 0)
    u1 = tap_slots(_p(window=48))
    assert (u1.loads, u1.mac) == (4, 2)


def test_ports_and_cascade_payload():
    assert [pt.direction for pt in _p(casc=2, pos=0).ports()] == ["in"]           # first: cascade out, no out buffer
    assert [pt.direction for pt in _p(casc=2, pos=1).ports()] == ["in", "out"]    # each kernel has its own input
    assert _p(channels=64, single_buf=1).ports()[0].buffers == 1
    # 16 groups x 2 accumulators x 16 lanes x 16 bytes
    assert _p(casc=2).cascade_bytes == 16 * 2 * 16 * 16


def test_unrolled_group_ii_is_the_mac_slot():
    # 8 taps x 4 VMACs = 32 MAC cycles per group; loads 8 x 6 / 2 = 24, moves (8 + 8 cascade words) 16
    c = fir_tdm_cycles(_p(casc=8, pos=3))
    assert c.ii_cycles == 32 and c.pipelined and c.groups == 16
    # one tdm trip: the frame loop is the pipelined loop: 15 x 32 + depth, set-up 5 (branch delay slots)
    depth = T.cascade_read_latency + 32 - 1 + T.vmac_latency + 8      # SCD -> 32 MAC issues -> 8 cascade words
    assert c.depth_cycles == depth
    assert c.loop_cycles == 15 * 32 + depth + T.branch_delay_slots


def test_tap_loop_groups_after_tap_loop_overlap_change():
    # 64 taps kept in a loop: every group after the first costs the set-up (5) and 64 taps x 4 cycles
    c = fir_tdm_cycles(_p())
    assert c.ii_cycles == T.branch_delay_slots + 64 * 4 and not c.pipelined


def test_blind_tap_loop_cost(monkeypatch):
    monkeypatch.setattr(tdm, "TAP_LOOP_OVERLAP", False)
    c = fir_tdm_cycles(_p())
    # tap 0: the load's issue cycle and 7-cycle latency, then 4 MUL issues -> 1 + 6 + 4 = 11; tap loop: set-up 5,
    # 62 x 4 + fill (load 7 -> 4 MACs: 11); last MAC latency 5; 2 x 2 stores -> 4
    group = 11 + 5 + (62 * 4 + 11) + 5 + 4
    assert c.ii_cycles == group
    assert c.loop_cycles == 16 * group + T.branch_delay_slots


@pytest.mark.parametrize("kw, match", [
    (dict(coeff_type="int16"), "interleave_zip"),
    (dict(api=1), "TP_API 1"),
    (dict(ssr=2), "TP_SSR"),
    (dict(coeff_reload=1), "coefficient reload"),
    (dict(tdm_channels=24), "multiple of 16"),
    (dict(window=520), "multiple of TP_TDM_CHANNELS"),
])
def test_refusals(kw, match):
    args = dict(data_type="cint16", coeff_type="cint16", fir_len=64, window=512, tdm_channels=16)
    args.update(kw)
    with pytest.raises(ValueError, match=match):
        FirTdmParams(**args)


def test_case_rows_build():
    sys.path.insert(0, str(VALIDATION))
    try:
        import cases_c28
    finally:
        sys.path.remove(str(VALIDATION))
    rows = cases_c28._rows()
    assert len(rows) == 16 and all(cases_c28._refusal(r) is None for r in rows)
    d = cases_c28.fir_design("cint16", "cint16", 64, 512, 16, 4, num_aie=4)
    assert len(d.kernels) == 4
    # every kernel's in[0] is fed by the one input PLIO (input_tdm_connections)
    fed = [dst for net in d.nets if net.kind != "cascade" for dst in net.dsts if dst.endswith(".in[0]")]
    assert sorted(fed) == [f"fir{c}.in[0]" for c in range(4)]
    assert len(cases_c28.BLIND) == 12 and len(cases_c28.BLIND_CASCADE) == 20
    assert set(cases_c28.BLIND).isdisjoint(cases_c28.BLIND_CASCADE)


def test_blind_figures_reproduce_without_the_changes_after_the_run(monkeypatch):
    """cases_c28.BLIND (CASC_LEN 1, first run) and BLIND_CASCADE (after CASCADE_BYTES_FIX, a wiring fix with no cost
    changed) come back with TAP_LOOP_OVERLAP_CHANGE switched off; with it on, the CASC_LEN 1 figures differ (review
    2026-12-07: otherwise a stale BLIND record would go unnoticed)."""
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c28
    monkeypatch.setattr(tdm, "TAP_LOOP_OVERLAP", False)
    cases_c28.simulate_row.cache_clear()        # keyed by the row only, not by the flag
    try:
        blind = {**cases_c28.BLIND, **cases_c28.BLIND_CASCADE}
        for r in cases_c28._rows():
            lat, thr, _ = cases_c28.simulate_row(*cases_c28._key(r))
            key = cases_c28._slug(r)
            assert round(lat, 1) == blind[f"{key}.latency"], key
            assert round(thr, 1) == blind[f"{key}.throughput"], key
        monkeypatch.setattr(tdm, "TAP_LOOP_OVERLAP", True)
        cases_c28.simulate_row.cache_clear()
        r = cases_c28._rows()[0]
        now = cases_c28.simulate_row(*cases_c28._key(r))[0]
        assert round(now, 1) != cases_c28.BLIND[f"{cases_c28._slug(r)}.latency"]
    finally:
        cases_c28.simulate_row.cache_clear()
        sys.modules.pop("cases_c28", None)
