"""kernels.fir_decimate_hb (DSPLib fir_decimate_hb_asym on AIE-ML) and case C29 (validation/cases_c29.py).

The counts below are worked by hand from fir_decimate_hb_asym.cpp / .hpp @0d8795bc (module docstring)."""
import csv
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import families
from aiesim_py.kernels import fir_decimate_hb as hb
from aiesim_py.kernels.fir_decimate_hb import FirDecimateHbParams, fir_decimate_hb_cycles


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


def _p(fir_len, casc=1, pos=0, window=1024, **kw):
    return FirDecimateHbParams("cint16", "int16", fir_len, window, casc, pos, **kw)


def test_registered():
    assert families.FAMILIES["fir_decimate_hb"] == (FirDecimateHbParams, fir_decimate_hb_cycles)


def test_tap_split_and_centre_tap():
    # FIR 127 alone: R 127, (127 + 1) / 2 = 64 phase-1 taps, 16 ops, + the centre tap = 17 sliding MACs
    p = _p(127)
    assert (p.range_len, p.taps, p.ops, p.has_ct, p.macs) == (127, 64, 16, True, 17)
    # margin 128, margin offset 128 / 2 - 64 + 1 = 1, init offset (0 + 1) x 2 = 2: window offset 0, xoff 1;
    # lowPhOffset (128 / 2 - 31 - 1 + 32) % 32 = 0
    assert (p.margin, p.init_offset, p.window_offset, p.xoffset, p.low_ph_offset) == (128, 2, 0, 1, 0)
    # CASC 2: trunc 124, base 62; kernel 0 R 64 (32 taps, centre tap: CASC_LEN / 2 - 1 = 0), kernel 1 R 63 ->
    # (63 + 1) / 2 = 32 taps
    assert [(_p(127, 2, k).range_len, _p(127, 2, k).taps, _p(127, 2, k).has_ct) for k in range(2)] == [
        (64, 32, True), (63, 32, False)]
    # CASC 8: trunc 112, base 14, kernels 0..6 get 16 (8 taps), the last 15 -> 8 taps; centre tap on kernel 3
    ks = [_p(127, 8, k) for k in range(8)]
    assert [k.taps for k in ks] == [8] * 8
    assert [k.has_ct for k in ks] == [k == 3 for k in range(8)]
    assert [k.macs for k in ks] == [2, 2, 2, 3, 2, 2, 2, 2]
    # CASC 4 FIR 127: centre tap on kernel 1; its data: range offset 32, init (16 + 1) x 2 = 34, window offset 32,
    # xoff 1, lowPhOffset ((128 - 32) / 2 - 32 + 32) % 32 = 16
    k1 = _p(127, 4, 1)
    assert (k1.range_offset, k1.has_ct, k1.window_offset, k1.xoffset, k1.low_ph_offset) == (32, True, 32, 1, 16)


def test_loads_and_slots_fir_127_lone():
    p = _p(127)
    # initial loads CEIL(CEIL((1 + 8 - 1 + 4) x 2 = 24, 8) / 8 = 3, 2) = 4 (32 samples); dataNeeded 23 + 8 per op
    # past the first (15 ops: 31 .. 143): 7 times past what is loaded, 2 loads + 1 unzip each
    assert (hb.initial_loads(p), hb.extra_load_pairs(p), hb.data_loads(p), hb.unzips(p)) == (4, 7, 18, 9)
    assert hb.coeff_loads(p) == 4                  # coe0 and ops 16, 32, 48
    s = hb.vector_slots(p, AIE_ML_CORE)
    assert s.mac == 34 and s.load_any == 22 and s.store == 1 and s.move == 0
    # ALU: 17 x 2 data unzips + 16 x 2 data rotates (starts 1, 5, ...: never 0; the centre tap's start 0) + 12
    # coefficient rotates (op % 16 != 0) + 9 de-interleave shuffles + 17 x 4 accumulator shuffles (ACC8)
    assert s.vector_alu == 34 + 32 + 12 + 9 + 68
    c = fir_decimate_hb_cycles(p, AIE_ML_CORE)
    assert c.ii_cycles >= 17 * 9 and not c.pipelined and c.trips == 64


def test_unpipelined_rule_is_c22s():
    p = _p(255, 4, 0)
    # ph1Data + ph2Data (2 x 1024) + coe0 + coeCt (2 x 256) + 5 x 512 operands: the factor-2 fir_decimate_asym figure
    assert hb.live_vector_bits(p) == 5120
    assert hb.overlap_vector_bits(p) > 12 * 512 and not hb.software_pipelines(p)


def test_cascade_ports():
    first, mid, last = _p(255, 4, 0), _p(255, 4, 1), _p(255, 4, 3)
    assert [q.direction for q in first.ports()] == ["in"]
    assert mid.ports() == ()
    assert [q.direction for q in last.ports()] == ["out"] and last.ports()[0].bytes_per_call == 512 * 4


@pytest.mark.parametrize("kw,match", [
    (dict(fir_len=128), "4N - 1"), (dict(fir_len=127, api=1), "TP_API 1"), (dict(fir_len=127, para_poly=2), "POLY"),
    (dict(fir_len=127, coeff_reload=1), "reload"), (dict(fir_len=127, window=1000), "multiple")])
def test_refusals(kw, match):
    fir_len = kw.pop("fir_len")
    with pytest.raises(ValueError, match=match):
        _p(fir_len, **kw)
    with pytest.raises(ValueError, match="not modelled"):
        FirDecimateHbParams("cint16", "cint16", 127, 1024)


@pytest.fixture
def c29(monkeypatch):
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c29
    cases_c29.simulate_row.cache_clear()
    yield cases_c29
    cases_c29.simulate_row.cache_clear()
    sys.modules.pop("cases_c29", None)


def test_design_and_harness(c29):
    d = c29.fir_design("cint16", "int16", 127, 2, 1024, 4, num_aie=4)
    assert [k.kind for k in d.kernels] == ["fir_decimate_hb"] * 4
    plio = [n for n in d.nets if n.src == "in0"]
    assert len(plio) == 1 and tuple(plio[0].dsts) == ("fir0.in[0]",)
    assert c29.single_buffer(255, 8192) and not c29.single_buffer(255, 1024)
    with pytest.raises(ValueError, match="single-buffers"):
        c29.fir_design("cint16", "int16", 127, 2, 8192, 1)
    with pytest.raises(ValueError, match="factor"):
        c29.fir_design("cint16", "int16", 127, 3, 1024, 1)
    assert c29.ITERATIONS == 8


def test_data_rule():
    with open(VALIDATION / "data" / "dsplib_fir_decimate_hb_aieml.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 8
    for r in rows:
        assert (r["AIE_VARIANT"], r["TT_DATA"], r["TT_OUT_DATA"], r["TT_COEFF"]) == ("AIE-ML", "cint16", "cint16",
                                                                                     "int16")
        assert (r["TP_API"], r["TP_SSR"], r["TP_DUAL_IP"], r["TP_USE_COEFF_RELOAD"], r["TP_NUM_OUTPUTS"],
                r["TP_PARA_DECI_POLY"], r["TP_DECIMATE_FACTOR"], r["SINGLE_BUF"]) == ("0", "1", "0", "0", "1", "1",
                                                                                      "2", "0")
    assert [(int(r["TP_FIR_LEN"]), int(r["TP_INPUT_WINDOW_VSIZE"]), int(r["TP_CASC_LEN"])) for r in rows] == [
        (f, 1024, c) for f in (127, 255) for c in (1, 2, 4, 8)]


def test_blind_figures_are_the_current_model(c29):
    """No change after the blind run: the current model gives cases_c29.BLIND back, for every row."""
    assert len(c29.BLIND) == 16 and len(c29.KNOWN_OFF) == 2
    for r in c29._rows():
        lat, thr, _ = c29.simulate_row(*c29._key(r))
        key = c29._slug(r)
        assert round(lat, 1) == c29.BLIND[f"{key}.latency"], key
        assert round(thr, 1) == c29.BLIND[f"{key}.throughput"], key
    assert set(c29.KNOWN_OFF) <= {f"c29.fir_decimate_hb.{k}" for k in c29.BLIND}
