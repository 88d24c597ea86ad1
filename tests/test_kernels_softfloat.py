"""kernels.softfloat: the compiler-rt soft-float op counts (derived, labelled there) and the AIE API's scalar bf16
inverse chain; SOFTFLOAT_COST_CHANGE False restores the old round numbers."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import softfloat as sf


def test_derived_counts():
    call = 1 + T.branch_delay_slots                     # JL + 5 delay slots
    muldi3 = call + 24 + 4
    assert sf.muldi3_cycles(T) == muldi3 == 34
    assert sf.addsf3_cycles(T) == call + 56 + call + 1 == 69          # __fe_getround call inside
    assert sf.subsf3_cycles(T) == 69 + call + 1 == 76                 # tail jump + subtraction path
    assert sf.mulsf3_cycles(T) == call + 36 + muldi3 == 76
    assert sf.divsf3_cycles(T) == call + 56 + 7 * muldi3 == 300


def test_bf16_scalar_inv_chain():
    """broadcast 2, int16 sub 2, six bf16 MAC-slot ops 6 each, five conversions 2 each, extract 2, last issue 1;
    VALU_FWD_CHANGE: the broadcast -> sub link bypassed (II_VBCST -> II_VSUB MOV_Bypass), 1 cycle less."""
    from aiesim_py.isa import timing
    assert sf.bf16_scalar_inv_cycles(T) == 2 + 2 + 6 * 6 + 5 * 2 + 2 + 1 - timing.VALU_FWD_CHANGE
    assert 2 + 2 + 6 * 6 + 5 * 2 + 2 + 1 == 53


def test_flag_off_restores_round_numbers(monkeypatch):
    monkeypatch.setattr(sf, "SOFTFLOAT_COST_CHANGE", False)
    assert (sf.addsf3_cycles(T), sf.subsf3_cycles(T), sf.mulsf3_cycles(T)) == (20, 20, 20)
    assert sf.divsf3_cycles(T) == 40 and sf.bf16_scalar_inv_cycles(T) == 12


@pytest.mark.parametrize("name", ["addsf3_cycles", "subsf3_cycles", "mulsf3_cycles", "divsf3_cycles"])
def test_counts_exceed_a_bare_call(name):
    assert getattr(sf, name)(T) > sf.call_cycles(T) + 20
