"""kernels.softmax (C36 (b), the Vitis-Tutorials AIE-ML softmax kernel): structure of the cost, not figures."""
import pytest

from aiesim_py.isa import timing
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.families import FAMILIES
from aiesim_py.kernels.softmax import SoftmaxParams, loop_ops, softmax_cycles


def test_registered():
    assert FAMILIES["softmax"] == (SoftmaxParams, softmax_cycles)


def test_stream_ports_and_trips():
    p = SoftmaxParams(2048)
    assert p.trips == 128 and p.stream_words == 8
    assert [(q.direction, q.interface, q.bytes_per_call) for q in p.ports()] == [("in", "stream", 4096),
                                                                               ("out", "stream", 4096)]


def test_stream_loops_bound_by_words():
    """Loop 1 reads 8 stream words per trip and loop 6 writes 8 (plus its multiply): II >= 8 / 9."""
    ops = loop_ops(SoftmaxParams(2048), AIE_ML_CORE)
    assert len(ops) == 6
    assert ops[0].floor == 8 and ops[5].floor == 9


def test_cost_grows_with_classes():
    a, b = (softmax_cycles(SoftmaxParams(n), AIE_ML_CORE) for n in (1024, 2048))
    assert b.total_cycles > a.total_cycles
    assert a.total_cycles == a.loop_cycles + a.call_overhead_cycles


@pytest.mark.parametrize("n", [0, 8, 2050])
def test_refuses_bad_sizes(n):
    with pytest.raises(ValueError):
        SoftmaxParams(n)


def test_softfloat_call_change_flag(monkeypatch):
    """SOFTFLOAT_CALL_CHANGE: loop 1 (the float compare as a library call) is not pipelined; False restores the blind
    model (3771 cycles at 2048 classes, validation/cases_c36.py BLIND_SOFTMAX)."""
    from aiesim_py.kernels import softfloat, softmax
    monkeypatch.setattr(softfloat, "SOFTFLOAT_COST_CHANGE", False)   # the blind 12-cycle scalar inverse
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)            # the blind model had no vector-ALU bypass
    p = SoftmaxParams(2048)
    on = softmax.softmax_cycles(p, AIE_ML_CORE)
    l1 = softmax.loop_ops(p, AIE_ML_CORE)[0]
    assert not l1.pipelined and l1.depth > AIE_ML_CORE.branch_delay_slots + softmax.SOFT_FLOAT_GT_BUNDLES
    monkeypatch.setattr(softmax, "SOFTFLOAT_CALL_CHANGE", False)
    off = softmax.softmax_cycles(p, AIE_ML_CORE)
    assert off.total_cycles == 3771 and all(o.pipelined for o in softmax.loop_ops(p, AIE_ML_CORE))
    assert on.total_cycles - off.total_cycles == (p.trips * l1.depth
                                                  - ((p.trips - 1) * 8 + softmax.loop_ops(p, AIE_ML_CORE)[0].depth))
