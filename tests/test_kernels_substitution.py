"""kernels.substitution: the one-kernel SolverLib substitution cost model on AIE-ML (op counts from
solver/L1/src/aie/substitution.cpp @8231c7a1), its refusals, and C40's harness reading (validation/cases_c40.py)."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa import timing
from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import softfloat
from aiesim_py.kernels.kernel_io import adf_call_overhead
from aiesim_py.kernels.substitution import (SOFT_FLOAT_SUB_CYCLES, SubstitutionParams, active_k_trips, frame_cycles,
                                            inverse_loop_cycles, j_trip_chain, k_trip_depth, k_trip_ii,
                                            mac_result_steps, soft_float_cycles, substitution_cycles)
from aiesim_py.kernels.zscore_norm import SOFT_FLOAT_DIV_CYCLES, SOFT_FLOAT_MUL_CYCLES

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


@pytest.fixture
def old_softfloat(monkeypatch):
    """SOFTFLOAT_COST_CHANGE False: the round numbers of the blind model (which had no vector-ALU bypass either)."""
    monkeypatch.setattr(softfloat, "SOFTFLOAT_COST_CHANGE", False)
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)


def _cases_c40():
    sys.path.insert(0, str(VALIDATION))
    try:
        import cases_c40
    finally:
        sys.path.remove(str(VALIDATION))
    return cases_c40


def test_geometry_and_ports():
    """32-byte vectors (kMaxReadInBytes): 8 float lanes; kVecPerRow = TP_DIM / 8; L single-buffered (test.hpp)."""
    p = SubstitutionParams("float", 64, 0, 1, frames=2)
    assert (p.lanes, p.blocks) == (8, 8)
    L, y, x = p.ports()
    assert (L.direction, L.bytes_per_call, L.buffers) == ("in", 64 * 64 * 4 * 2, 1)
    assert (y.direction, y.bytes_per_call, y.buffers) == ("in", 64 * 4 * 2, 2)
    assert (x.direction, x.bytes_per_call) == ("out", 64 * 4 * 2)


def test_k_loop_trips_from_the_source():
    """forward: block i runs k < i (i trips, all working); backward: every block runs all B trips, k > i working."""
    fwd, bwd = SubstitutionParams("float", 64, 0, 1), SubstitutionParams("float", 64, 1, 0)
    assert [active_k_trips(fwd, i) for i in range(8)] == [(i, 0) for i in range(8)]
    assert [active_k_trips(bwd, i) for i in range(8)] == [(i, 8 - i) for i in range(8)]
    assert sum(a for a, _ in (active_k_trips(bwd, i) for i in range(8))) == 8 * 7 // 2


def test_mac_and_chains_hand_counted(old_softfloat):
    """fp32-emulated mac (kernels.matrix_vector_mul.mac_ops): broadcast 2, splitting VMOV/VCONV/VMSC chain 20, five
    chained bf16 VMACs 5 x 4 = 20, last latency 6: 48 from the scalar to the accumulator."""
    assert sum(lat for _, lat in mac_result_steps(T)) == 2 + 20 + 20 + 6
    # j trip: to_vector 2 + extract 2 + subtraction + multiplication + mac 48, then the trip's last issue (+1)
    assert j_trip_chain(T) == 2 + 2 + SOFT_FLOAT_SUB_CYCLES + SOFT_FLOAT_MUL_CYCLES + 48 + 1 == 93
    p = SubstitutionParams("float", 16, 0, 1)
    # k loop: 8 MACs on one accumulator, the 20-cycle rounding-mode recurrence each (above the 4-cycle acc chain)
    assert k_trip_ii(p, T) == 8 * 20
    # x load 7, first mac to its VMACs (22 + 20), seven more on the chain + last latency (7 x 20 + 6), last issue
    assert k_trip_depth(p, T) == 7 + 22 + 20 + 7 * 20 + 6 + 1


def test_inverse_loop_hand_counted(old_softfloat):
    """TP_DIAG_INV 0: TP_DIM unpipelined trips of load 7, aie::inv (soft-float division), store; 1: a copy loop."""
    assert inverse_loop_cycles(SubstitutionParams("float", 8), T) == 8 * (7 + SOFT_FLOAT_DIV_CYCLES + 1)
    copy = inverse_loop_cycles(SubstitutionParams("float", 8, diag_inv=1), T)
    assert copy == T.branch_delay_slots + 7 * 1 + 8
    assert copy < inverse_loop_cycles(SubstitutionParams("float", 8), T) // 10


def test_call_hand_counted(old_softfloat):
    """TP_DIM 8 forward: zero 1 + inverse 384 + diagonal block (y load 8, 8 j trips of 93, store 1) + call overhead;
    TP_DIM 16: one k trip (its depth, 196) in the second block; backward adds the skipped k trips (compare + taken
    branch, 6 each) and the k loops' set-up."""
    call = adf_call_overhead(T, 3)
    assert substitution_cycles(SubstitutionParams("float", 8, 0, 1), T).total_cycles == 1 + 384 + 8 + 8 * 93 + 1 + call
    fwd16 = 2 + 768 + 2 * (8 + 8 * 93 + 1) + 196
    assert substitution_cycles(SubstitutionParams("float", 16, 0, 1), T).total_cycles == fwd16 + call
    skipped = 1 + T.branch_delay_slots
    bwd16 = fwd16 + (T.branch_delay_slots + 2 * skipped) + (T.branch_delay_slots + skipped)
    assert substitution_cycles(SubstitutionParams("float", 16, 1, 0), T).total_cycles == bwd16 + call


def test_frames_repeat_the_frame():
    one, three = SubstitutionParams("float", 16), SubstitutionParams("float", 16, frames=3)
    assert substitution_cycles(three, T).loop_cycles == 3 * frame_cycles(one, T)


@pytest.mark.parametrize("args, match", [
    (("cfloat", 8), "cfloat is not costed"),
    (("float", 12), "multiple of 8"),
    (("int16", 16), "TT_DATA"),
    (("float", 16, 2), "0 or 1"),
])
def test_refusals(args, match):
    with pytest.raises(ValueError, match=match):
        SubstitutionParams(*args)


def test_c40_rows_keys_and_refusals():
    """54 AIE-ML rows copied (17 / 12 / 16 / 9), 4 figures each, unique keys; only the six one-kernel float
    substitution rows are predicted."""
    c = _cases_c40()
    assert [len(c.rows(f)) for f in c.FAMILY_NAMES] == [17, 12, 16, 9]
    keys = [m["key"] for m in c.measurements()]
    assert len(keys) == len(set(keys)) == 216
    predicted = [(f, r) for f in c.FAMILY_NAMES for r in c.rows(f) if c.refusal(f, r) is None]
    assert len(predicted) == 6 and all(r["TT_DATA"] == "float" and r["TP_GRID_DIM"] == "1" for _, r in predicted)
    assert set(c.KNOWN_OFF) < set(c.BLIND) and len(c.KNOWN_OFF) == 3   # SOFTFLOAT_COST_CHANGE: 21 of 24 in


def test_c40_qor_average_follows_get_qor():
    """status_utils.calc_average: trailing run within 5 % of the last value, >= 4 values, >= 2 matches."""
    c = _cases_c40()
    assert c.qor_average([0.0, 10.0, 100.0, 102.0, 101.0]) == pytest.approx((100 + 102 + 101) / 3)
    assert c.qor_average([1.0, 2.0, 3.0]) is None
    assert c.qor_average([1.0, 2.0, 3.0, 4.0]) is None


def test_c40_blind_figures_reproduced(old_softfloat):
    """SOFTFLOAT_COST_CHANGE False restores the blind model: the predictions are the BLIND figures."""
    c = _cases_c40()
    c.simulate.cache_clear()            # simulate() is cached: keep the flag-False figures out of later tests
    try:
        for r in c.rows("substitution"):
            if c.refusal("substitution", r) is None:
                f = c.simulate(c.params(r))
                for q, _, _ in c.QUANTITIES:
                    assert round(f[q], 2) == c.BLIND[f"c40.substitution.{c.slug('substitution', r)}.{q}"]
    finally:
        c.simulate.cache_clear()


def test_softfloat_cost_change_uses_compiler_rt_counts():
    """SOFTFLOAT_COST_CHANGE: __subsf3 76, __mulsf3 76, __divsf3 300 (kernels.softfloat); j trip 2 + 2 + 76 + 76 + 48
    + 1, inverse trip 7 + 300 + 1."""
    assert soft_float_cycles(T) == (76, 76, 300)
    # VALU_FWD_CHANGE: the MAC preparation's broadcast -> VMOV (II_VBCST -> II_VMOV_X) link bypassed, 1 cycle less
    assert j_trip_chain(T) == 2 + 2 + 76 + 76 + 48 + 1 - timing.VALU_FWD_CHANGE
    assert inverse_loop_cycles(SubstitutionParams("float", 8), T) == 8 * (7 + 300 + 1)
