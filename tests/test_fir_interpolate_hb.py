"""kernels.fir_interpolate_hb (DSPLib fir_interpolate_hb_asym on AIE-ML) and case C31 (validation/cases_c31.py).

The counts below are worked by hand from fir_interpolate_hb_asym.cpp / .hpp @0d8795bc (module docstring)."""
import csv
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import families
from aiesim_py.kernels import fir_sr_asym
from aiesim_py.kernels import fir_interpolate_hb as hb
from aiesim_py.kernels.fir_interpolate_hb import FirInterpolateHbParams, fir_interpolate_hb_cycles
from aiesim_py.sim.timing import dma as _dma


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


def _p(fir_len, casc=1, pos=0, window=1024, **kw):
    return FirInterpolateHbParams("cint16", "int16", fir_len, window, casc, pos, **kw)


def test_registered():
    assert families.FAMILIES["fir_interpolate_hb"] == (FirInterpolateHbParams, fir_interpolate_hb_cycles)


def test_tap_split_and_centre_tap():
    # FIR 127 alone: R 127, (127 + 1) / 2 = 64 high-polyphase taps, 16 ops, + the centre tap = 17 sliding MACs
    p = _p(127)
    assert (p.range_len, p.taps, p.ops, p.has_ct, p.macs) == (127, 64, 16, True, 17)
    # m_kFirMarginLen CEIL(64, 8) = 64, margin offset 64 - 64 + 1 = 1, init 1: xoff 1, load offset 0;
    # ctPos (64 - 0 - 127 / 4 = 31) % 32 = 1; the input margin fnFirMargin<63> = 64
    assert (p.margin_len, p.init_offset, p.xoffset, p.load_offset, p.ct_pos, p.margin) == (64, 1, 1, 0, 1, 64)
    # 64 + 1 + 15 = 80 > 32 samples: Basic
    assert p.data_needed == 80 and not p.inc_loads
    # CASC 2: kernel 0 R 64 -> 32 taps, kernel 1 (last) R 63 -> 32 taps; the centre tap on CASC_LEN / 2 = 1 (the
    # decimator's would be on 0)
    assert [(_p(127, 2, k).range_len, _p(127, 2, k).taps, _p(127, 2, k).has_ct) for k in range(2)] == [
        (64, 32, False), (63, 32, True)]
    # CASC 8: 8 taps each, centre tap on kernel 4 (odd or even CASC_LEN: position CASC_LEN / 2)
    ks = [_p(127, 8, k) for k in range(8)]
    assert [k.taps for k in ks] == [8] * 8 and [k.macs for k in ks] == [2, 2, 2, 2, 3, 2, 2, 2]
    assert [_p(127, 3, k).has_ct for k in range(3)] == [False, True, False]
    # CASC 4 FIR 127: 16 taps + xoff 1 + 15 = 32: IncLoads; kernel 1's range offset 32 -> init 1 + 16 = 17, xoff 1,
    # load offset 16, ctPos (64 - 16 - 31) % 32 = 17
    k1 = _p(127, 4, 1)
    assert k1.inc_loads and (k1.range_offset, k1.xoffset, k1.load_offset, k1.ct_pos) == (32, 1, 16, 17)


def test_slots_fir_127_lone_basic():
    p = _p(127)
    # initial loads CEIL(1 + 16 + 3, 8) / 8 = 3 (24 samples); dataNeeded 20 + 4 per later op (24 .. 80): a load at
    # 28, 36, ..., 76 (7): 10 data loads; coefficients coe0 + ops 16, 32, 48
    assert (hb.initial_loads(p), hb.data_loads(p), hb.coeff_loads(p)) == (3, 10, 4)
    s = hb.vector_slots(p, 0, AIE_ML_CORE)
    assert s.mac == 17 * 2 and s.load_any == 14 and s.store == 4 and s.move == 2 * 2
    # ALU: 17 x 2 data unzips + 17 x 2 data rotates (starts op + 1, the centre tap's 1: never 0) + 12 coefficient
    # rotates (op % 16 != 0) + 2 x 8 combines before the SRS (4 shuffles + 4 bm -> x moves each, ACC_MOVE; 2 x 4
    # before) + one interleave_zip (2)
    assert s.vector_alu == 34 + 34 + 12 + 16 + 2
    c = fir_interpolate_hb_cycles(p, AIE_ML_CORE)
    # the resource II is 98 (the vector-ALU slot); ITER_ALIAS_CHANGE makes the serial vector (125) the recurrence
    assert c.trips == 64 and c.pipelined and c.ii_cycles == hb.serial_vector_cycles(p) == 125


def test_slots_inc_loads_and_cascade():
    p = _p(127, 4, 1)                    # middle kernel, IncLoads, no centre tap
    assert p.per_trip == 4 and hb.initial_loads(p) == 4
    s = hb.trip_slots(p, AIE_ML_CORE)
    # per vector: 2 data loads + 1 coefficient load, 4 sliding MACs, two cacc64 in and out (4 words each): 16 moves
    assert s.load_any == 4 * 3 and s.mac == 4 * 8 and s.move == 4 * 16 and s.store == 0
    assert hb.software_pipelines(p) and hb.live_vector_bits(p) == 1024 + 512 + 5 * 512
    c = fir_interpolate_hb_cycles(p, AIE_ML_CORE)
    assert c.trips == 1024 // 64


def test_cascade_ports():
    first, mid, last = _p(255, 4, 0), _p(255, 4, 1), _p(255, 4, 3)
    assert [q.direction for q in first.ports()] == ["in"] and first.ports()[0].bytes_per_call == 1024 * 4
    assert mid.ports() == ()
    assert [q.direction for q in last.ports()] == ["out"] and last.ports()[0].bytes_per_call == 2048 * 4
    assert first.cascade_bytes == 64 * 2 * 256


@pytest.mark.parametrize("kw,match", [
    (dict(fir_len=128), "4N - 1"), (dict(fir_len=127, api=1), "TP_API 1"), (dict(fir_len=127, para_poly=2), "POLY"),
    (dict(fir_len=127, coeff_reload=1), "reload"), (dict(fir_len=127, window=1000), "multiple"),
    (dict(fir_len=127, casc=4, window=1040), "IncLoads")])
def test_refusals(kw, match):
    fir_len = kw.pop("fir_len")
    with pytest.raises(ValueError, match=match):
        _p(fir_len, **kw)
    with pytest.raises(ValueError, match="not modelled"):
        FirInterpolateHbParams("cint16", "cint16", 127, 1024)


@pytest.fixture
def c31(monkeypatch):
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c31
    cases_c31.simulate_row.cache_clear()
    yield cases_c31
    cases_c31.simulate_row.cache_clear()
    sys.modules.pop("cases_c31", None)


def test_design_and_harness(c31):
    d = c31.fir_design("cint16", "int16", 127, 2, 1024, 4, num_aie=4)
    assert [k.kind for k in d.kernels] == ["fir_interpolate_hb"] * 4
    plio = [n for n in d.nets if n.src == "in0"]
    assert len(plio) == 1 and tuple(plio[0].dsts) == ("fir0.in[0]",)
    # test.hpp: MAX_PING_PONG_SIZE 16384 on (FIR_LEN + window) x 4 and on window x 2 x 4
    assert not c31.single_buffer(255, 2048) and c31.single_buffer(127, 4096)
    with pytest.raises(ValueError, match="single-buffers"):
        c31.fir_design("cint16", "int16", 127, 2, 4096, 1)
    with pytest.raises(ValueError, match="factor"):
        c31.fir_design("cint16", "int16", 127, 3, 1024, 1)
    assert c31.ITERATIONS == 16


def test_data_rule():
    with open(VALIDATION / "data" / "dsplib_fir_interpolate_hb_aieml.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 16
    for r in rows:
        assert (r["AIE_VARIANT"], r["TT_DATA"], r["TT_OUT_DATA"], r["TT_COEFF"]) == ("AIE-ML", "cint16", "cint16",
                                                                                     "int16")
        assert (r["TP_API"], r["TP_SSR"], r["TP_DUAL_IP"], r["TP_USE_COEFF_RELOAD"], r["TP_NUM_OUTPUTS"],
                r["TP_PARA_INTERP_POLY"], r["TP_INTERPOLATE_FACTOR"], r["SINGLE_BUF"]) == ("0", "1", "0", "0", "1",
                                                                                           "1", "2", "0")
    assert [(int(r["TP_FIR_LEN"]), int(r["TP_INPUT_WINDOW_VSIZE"]), int(r["TP_CASC_LEN"])) for r in rows] == [
        (f, w, c) for f in (127, 255) for c in (1, 2, 4, 8) for w in (1024, 2048)]


def test_serial_vector_iter_alias():
    """ITER_ALIAS_CHANGE: the output kernel's input vectors do not overlap (may-alias circular iterators); FIR 127 lone
    (Basic, 17 sliding MACs): load 7, 88 vector-ALU ops before the last MAC (98 less the high-polyphase
    accumulator's 8 combine ops and the 2 interleave shuffles; the centre-tap accumulator's combine goes before), the
    last MAC's 2 VMACs, then 8 combine ops, 4 SRS, 2 interleave shuffles and 4 stores: 7 + 89 + 6 + 9 + 7 + 3 + 4."""
    lone = _p(127)
    assert hb.vector_slots(lone).vector_alu == 98
    assert hb.serial_vector_cycles(lone) == 7 + (88 - 1 + 2) + (2 - 1 + 5) + (8 - 1 + 2) + (4 - 1 + 4) + (2 - 1 + 2) + 4
    assert hb.loop_recurrence(lone) == hb.serial_vector_cycles(lone)
    # IncLoads output kernel: the four vectors of a trip one after another; a cascade-output kernel is not serialised
    last = _p(127, casc=4, pos=3)
    assert last.inc_loads and hb.loop_recurrence(last) == sum(hb.serial_vector_cycles(last, s) for s in range(4))
    first = _p(127, casc=4, pos=0)
    assert hb.loop_recurrence(first) == hb.mac_chain(first)


def test_blind_figures_are_the_current_model(c31, monkeypatch):
    """The current model with ACC_MOVE and ITER_ALIAS off (kernels.fir_sr_asym ACC_MOVE_CHANGE and
    kernels.fir_interpolate_hb ITER_ALIAS_CHANGE, the two changes after the blind run) gives cases_c31.BLIND back,
    for every row."""
    monkeypatch.setattr(_dma, "MM2S_CHAINED_BD_CHANGE", False)   # a post-blind change (sim.timing.dma)
    monkeypatch.setattr(fir_sr_asym, "ACC_MOVE", False)
    monkeypatch.setattr(hb, "ITER_ALIAS", False)
    c31.simulate_row.cache_clear()
    assert len(c31.BLIND) == 32 and len(c31.KNOWN_OFF) == 6
    for r in c31._rows():
        lat, thr, _ = c31.simulate_row(*c31._key(r))
        key = c31._slug(r)
        assert round(lat, 1) == c31.BLIND[f"{key}.latency"], key
        assert round(thr, 1) == c31.BLIND[f"{key}.throughput"], key
    assert set(c31.KNOWN_OFF) <= {f"c31.fir_interpolate_hb.{k}" for k in c31.BLIND}
