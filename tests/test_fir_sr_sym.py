"""kernels.fir_sr_sym: DSPLib's fir_sr_sym on AIE-ML runs fir_sr_asym kernels (fir_sr_sym_graph.hpp @0d8795bc); the
module adds the harness's single buffer. Case C23 (validation/cases_c23.py)."""
import dataclasses
import sys
from pathlib import Path

import pytest

from aiesim_py.kernels import families
from aiesim_py.kernels import fir_sr_asym
from aiesim_py.kernels.fir_sr_asym import FirSrAsymParams, fir_sr_asym_cycles
from aiesim_py.kernels.fir_sr_sym import FirSrSymParams, fir_sr_sym_cycles
from aiesim_py.sim.timing import dma as _dma


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


def _s(coeff="int16", fir_len=64, window=4096, casc=1, pos=0, single=False):
    return FirSrSymParams("cint16", coeff, fir_len, window, casc, pos, single_buffer=single)


def _a(coeff="int16", fir_len=64, window=4096, casc=1, pos=0):
    return FirSrAsymParams("cint16", coeff, fir_len, window, casc, pos)


def test_registered():
    assert families.FAMILIES["fir_sr_sym"] == (FirSrSymParams, fir_sr_sym_cycles)


@pytest.mark.parametrize("coeff, fir_len, casc", [("int16", 32, 1), ("int16", 256, 5), ("cint16", 224, 8),
                                                  ("cint16", 16, 3)])
def test_cost_is_fir_sr_asym_with_the_full_tap_count(coeff, fir_len, casc):
    """Each kernel is a fir_sr_asym kernel with FIR_LEN taps (the symmetric taps expanded), whatever the buffers."""
    for k in range(casc):
        for single in (False, True):
            sym = fir_sr_sym_cycles(_s(coeff, fir_len, 8192 if single else 4096, casc, k, single))
            asym = fir_sr_asym_cycles(_a(coeff, fir_len, 8192 if single else 4096, casc, k))
            assert sym == asym
            assert _s(coeff, fir_len, 4096, casc, k).range_len == _a(coeff, fir_len, 4096, casc, k).range_len


def test_single_buffer_only_changes_the_buffer_count():
    for casc, pos in ((1, 0), (3, 0), (3, 1), (3, 2)):
        ping = _s(fir_len=96, window=8192, casc=casc, pos=pos).ports()
        one = _s(fir_len=96, window=8192, casc=casc, pos=pos, single=True).ports()
        assert [dataclasses.replace(p, buffers=2) for p in one] == list(ping)
        assert all(p.buffers == 1 for p in one)
    # a middle kernel of a cascade has no ADF buffer port (the window comes over the cascade)
    assert _s(casc=3, pos=1, single=True).ports() == ()


def test_refusals_are_fir_sr_asym_s():
    with pytest.raises(ValueError, match="mac_elem_8"):
        FirSrSymParams("cint16", "cint32", 64, 4096)
    with pytest.raises(ValueError, match="TP_API 1"):
        FirSrSymParams("cint16", "int16", 64, 4096, api=1)
    with pytest.raises(ValueError, match="coefficient reload"):
        FirSrSymParams("cint16", "cint16", 128, 4096, coeff_reload=1)
    with pytest.raises(ValueError, match="single_buffer"):
        FirSrSymParams("cint16", "int16", 64, 4096, single_buffer=1)


def test_harness_single_buffer_rule(monkeypatch):
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c23
    try:
        # test.hpp: (FIR_LEN + INPUT_SAMPLES) x 4 bytes over 32 KB, or SINGLE_BUF 1
        assert cases_c23.single_buffer(256, 8192, 0) and cases_c23.single_buffer(32, 4096, 1)
        assert not cases_c23.single_buffer(256, 4096, 0)
        d = cases_c23.fir_design("cint16", "cint16", 64, 8192, 4, single_buf=1)
        plio = [n for n in d.nets if n.src == "in0"]
        assert len(plio) == 1 and tuple(plio[0].dsts) == ("fir0.in[0]",)
        assert all(p.buffers == 1 for k in d.kernels for p in k.params.ports())
        assert cases_c23.ITERATIONS == 8
    finally:
        sys.modules.pop("cases_c23", None)


def test_blind_figures_are_the_current_model(monkeypatch):
    """The current model with ACC_MOVE off (kernels.fir_sr_asym ACC_MOVE_CHANGE, the one change made after the blind
    run) gives cases_c23.BLIND back."""
    monkeypatch.setattr(_dma, "MM2S_CHAINED_BD_CHANGE", False)   # a post-blind change (sim.timing.dma)
    monkeypatch.syspath_prepend(str(VALIDATION))
    import cases_c23
    monkeypatch.setattr(fir_sr_asym, "ACC_MOVE", False)
    cases_c23.simulate_row.cache_clear()
    try:
        assert len(cases_c23.BLIND) == 360
        rows = cases_c23._rows()
        assert len(rows) == 180
        for r in rows:     # every row (~10 s): "no change after the blind run" holds for all 360 figures
            lat, thr, _ = cases_c23.simulate_row(*cases_c23._key(r))
            key = cases_c23._slug(r)
            assert round(lat, 1) == cases_c23.BLIND[f"{key}.latency"], key
            assert round(thr, 1) == cases_c23.BLIND[f"{key}.throughput"], key
    finally:
        cases_c23.simulate_row.cache_clear()
        sys.modules.pop("cases_c23", None)
