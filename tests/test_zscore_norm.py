"""kernels.zscore_norm (C37, the Vitis-Tutorials AIE-ML z-score normalisation kernels): structure of the cost, not
figures."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.families import FAMILIES
from aiesim_py.kernels.zscore_norm import ROLES, ZscoreNormParams, pass_cycles, phase_parts, zscore_norm_cycles


def test_registered():
    assert FAMILIES["zscore_norm"] == (ZscoreNormParams, zscore_norm_cycles)


def test_buffer_ports():
    assert [(q.direction, q.interface, q.bytes_per_call) for q in ZscoreNormParams("first").ports()] == [
        ("in", "buffer", 32768), ("out", "buffer", 32768)]
    assert len(ZscoreNormParams("mean").ports()) == 1


def test_pass_initiation_intervals():
    """mean: the carried accfloat chain (4); deviation: 6 MAC-slot ops; norm: 4 MAC-slot ops."""
    p = ZscoreNormParams("first")
    assert [pass_cycles(p, k, AIE_ML_CORE)[1] for k in ("mean", "deviation", "norm")] == [4, 6, 4]


def test_fused_kernel_is_the_three_passes_and_more():
    c = {r: zscore_norm_cycles(ZscoreNormParams(r), AIE_ML_CORE) for r in ROLES}
    q = phase_parts(ZscoreNormParams("first"), AIE_ML_CORE)
    passes = q["mean_pass"] + q["deviation_pass"] + q["norm_pass"]
    for r in ("first", "middle", "last"):
        assert c[r].loop_cycles > passes
    assert c["last"].loop_cycles > c["middle"].loop_cycles > c["first"].loop_cycles
    assert c["first"].total_cycles == c["first"].loop_cycles + c["first"].call_overhead_cycles


@pytest.mark.parametrize("kw", [{"role": "x"}, {"cols": 48}, {"rows": 0}])
def test_refuses_bad_parameters(kw):
    with pytest.raises(ValueError):
        ZscoreNormParams(**kw)
