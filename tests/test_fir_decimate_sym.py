"""Case C27 (validation/cases_c27.py): DSPLib's fir_decimate_sym on AIE-ML runs fir_decimate_asym kernels
(fir_decimate_sym_graph.hpp @0d8795bc, ``#else`` of ``__HAS_SYM_PREADD__``), costed by kernels.fir_decimate_asym
unchanged; no kernel module of its own."""
import csv
import sys
from pathlib import Path

import pytest

from aiesim_py.kernels import families
from aiesim_py.kernels.fir_decimate_asym import FirDecimateAsymParams, fir_decimate_asym_cycles


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


@pytest.fixture
def c27(monkeypatch):
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c27
    cases_c27.simulate_row.cache_clear()
    yield cases_c27
    cases_c27.simulate_row.cache_clear()
    sys.modules.pop("cases_c27", None)


def test_kernels_are_fir_decimate_asym(c27):
    assert c27.KIND == "fir_decimate_asym"
    assert families.FAMILIES[c27.KIND] == (FirDecimateAsymParams, fir_decimate_asym_cycles)
    d = c27.fir_design("cint16", "int16", 64, 2, 1024, 4, num_aie=4)
    assert [k.kind for k in d.kernels] == ["fir_decimate_asym"] * 4
    assert all(k.params.fir_len == 64 and k.params.decimate == 2 for k in d.kernels)   # the full tap count
    plio = [n for n in d.nets if n.src == "in0"]
    assert len(plio) == 1 and tuple(plio[0].dsts) == ("fir0.in[0]",)    # the window goes down the cascade


def test_harness_single_buffer_rule_and_refusals(c27):
    # test.hpp: (FIR_LEN + INPUT_SAMPLES) x 4 bytes over 32 KB, or SINGLE_BUF 1: refused (never in the data)
    assert c27.single_buffer(128, 8192, 0) and c27.single_buffer(32, 1024, 1)
    assert not c27.single_buffer(128, 2048, 0)
    with pytest.raises(ValueError, match="single-buffers"):
        c27.fir_design("cint16", "int16", 32, 2, 1024, 1, single_buf=1)
    with pytest.raises(ValueError):      # fir_decimate_asym's own refusals hold: factor 3, cint16 taps
        c27.fir_design("cint16", "int16", 36, 3, 1152, 1)
    with pytest.raises(ValueError):
        c27.fir_design("cint16", "cint16", 32, 2, 1024, 1)
    assert c27.ITERATIONS == 8


def test_data_rule():
    with open(VALIDATION / "data" / "dsplib_fir_decimate_sym_aieml.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 32
    for r in rows:
        assert (r["AIE_VARIANT"], r["TT_DATA"], r["TT_OUT_DATA"], r["TT_COEFF"]) == ("AIE-ML", "cint16", "cint16",
                                                                                     "int16")
        assert (r["TP_API"], r["TP_SSR"], r["TP_DUAL_IP"], r["TP_USE_COEFF_RELOAD"], r["TP_NUM_OUTPUTS"],
                r["TP_PARA_DECI_POLY"], r["TP_DECIMATE_FACTOR"], r["SINGLE_BUF"]) == ("0", "1", "0", "0", "1", "1",
                                                                                      "2", "0")
    assert {(int(r["TP_FIR_LEN"]), int(r["TP_INPUT_WINDOW_VSIZE"]), int(r["TP_CASC_LEN"])) for r in rows} == {
        (f, w, c) for f in (32, 64, 96, 128) for w in (1024, 2048) for c in (1, 2, 4, 8)}


def test_blind_figures_are_the_current_model(c27):
    """No change after the blind run: the current model gives cases_c27.BLIND back, for every row."""
    assert len(c27.BLIND) == 64 and len(c27.KNOWN_OFF) == 38
    rows = c27._rows()
    assert len(rows) == 32
    for r in rows:
        lat, thr, _ = c27.simulate_row(*c27._key(r))
        key = c27._slug(r)
        assert round(lat, 1) == c27.BLIND[f"{key}.latency"], key
        assert round(thr, 1) == c27.BLIND[f"{key}.throughput"], key
    assert set(c27.KNOWN_OFF) <= {f"c27.fir_decimate_sym.{k}" for k in c27.BLIND}


def test_shared_configurations_predict_as_c22(c27, monkeypatch):
    """The window-1024 factor-2 configurations C22 also has are the same kernels: same predictions."""
    import cases_c22
    try:
        for fl in (32, 96):
            for casc in (1, 4):
                a = c27.simulate_row("cint16", "int16", fl, 2, 1024, casc, 1, 0, 1, 0, 1, 0, 0, casc)[:2]
                b = cases_c22.simulate_row("cint16", "int16", fl, 2, 1024, casc, 1, 0, 1, 0, 1, 0, casc)[:2]
                assert a == b
    finally:
        sys.modules.pop("cases_c22", None)
