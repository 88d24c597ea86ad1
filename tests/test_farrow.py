"""kernels.farrow (C38, the Vitis-Tutorials AIE-ML Farrow filter kernels): structure of the cost, not figures."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.families import FAMILIES
from aiesim_py.kernels.farrow import FarrowParams, coeffs_hoisted, farrow_cycles, filter_trip_slots, loop_iis


def test_registered():
    assert FAMILIES["farrow"] == (FarrowParams, farrow_cycles)


def test_ports():
    four = FarrowParams("filter", (0, 8, 16, 24), fused=True).ports()
    assert [(q.direction, q.bytes_per_call) for q in four] == [("in", 4096)] + [("out", 4096)] * 4
    fin = FarrowParams("final").ports()
    assert [q.direction for q in fin] == ["in"] * 5 + ["out"]


@pytest.mark.parametrize("bad", [dict(role="x"), dict(coeff_starts=(3,)), dict(coeff_starts=()),
                                 dict(buffer_size=100)])
def test_refusals(bad):
    with pytest.raises(ValueError):
        FarrowParams(**bad)


def test_licm_only_when_registers_fit():
    assert coeffs_hoisted((0,), AIE_ML_CORE) and coeffs_hoisted((8,), AIE_ML_CORE)
    assert not coeffs_hoisted((0, 8, 16, 24), AIE_ML_CORE)


def test_one_filter_trip_is_vector_alu_bound():
    s = filter_trip_slots((0,), AIE_ML_CORE)
    assert (s.mac, s.store, s.load_any) == (8, 4, 4)
    assert loop_iis(FarrowParams("filter", (0,)), AIE_ML_CORE) == (s.vector_alu,)


def test_split_loops_cost_more_than_one():
    one = farrow_cycles(FarrowParams("filter", (0,)), AIE_ML_CORE)
    two = farrow_cycles(FarrowParams("filter", (0, 8)), AIE_ML_CORE)
    assert two.loop_cycles > 2 * one.loop_cycles - 50 and len(loop_iis(FarrowParams("filter", (0, 8)))) == 2
    assert len(loop_iis(FarrowParams("final"), AIE_ML_CORE)) == 3


def test_acc_move_change_filter_iis(monkeypatch):
    """ACC_MOVE_CHANGE (kernels.fir_sr_asym ACC_MOVE): each call's combine is 4 shuffles + 4 bm -> x moves on the mv
    slot; one filter a loop: 2 x (unzip 2 + data rotates 4 + combine 8) = 28 per trip (compiler 29); the fused four:
    2 x (2 + 4 + 4 x 8) + 14 unhoisted coefficient rotates = 90 (compiler 105). Off: the blind 20 / 58."""
    from aiesim_py.kernels import fir_sr_asym
    assert fir_sr_asym.acc_interleave_ops() == 8
    assert loop_iis(FarrowParams("filter", (0,)), AIE_ML_CORE) == (28,)
    assert loop_iis(FarrowParams("filter", (0, 8)), AIE_ML_CORE) == (28, 28)
    assert loop_iis(FarrowParams("filter", (0, 8, 16, 24), fused=True), AIE_ML_CORE) == (90,)
    monkeypatch.setattr(fir_sr_asym, "ACC_MOVE", False)
    assert fir_sr_asym.acc_interleave_ops() == fir_sr_asym.ACC_SHUFFLES == 4
    assert loop_iis(FarrowParams("filter", (0,)), AIE_ML_CORE) == (20,)
    assert loop_iis(FarrowParams("filter", (0, 8, 16, 24), fused=True), AIE_ML_CORE) == (58,)


def test_final_mv_change(monkeypatch):
    """FINAL_MV_CHANGE: per 8-sample half the VUPS, the int16 operand's zip (1 shuffle) and zero insert (1 w move) of
    the cint16 x int16 mac share the mv slot: 6 a 16-sample trip, II 6 (compiler 6); off: VUPS alone, II 3."""
    from aiesim_py.kernels import farrow
    s = farrow.final_trip_slots(AIE_ML_CORE)
    assert s.vector_alu == 6 and s.move == 0 and s.loads == 6
    assert loop_iis(FarrowParams("final"), AIE_ML_CORE) == (6, 6, 6)
    monkeypatch.setattr(farrow, "FINAL_MV_CHANGE", False)
    assert loop_iis(FarrowParams("final"), AIE_ML_CORE) == (3, 3, 3)
