"""kernels.dense: the readable reference vs the fast path, packing, cost model."""
import numpy as np
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.dense import DenseParams, dense_cycles, dense_fast, dense_reference, pack_weights, unpack_weights
from aiesim_py.kernels.layout import from_tile_order, to_tile_order


@pytest.mark.parametrize("role", ["single", "first", "middle", "last"])
@pytest.mark.parametrize("relu", [False, True])
@pytest.mark.parametrize("rounding", ["conv_even", "floor", "symmetric_inf"])
def test_dense_fast_equals_reference(role, relu, rounding):
    rng = np.random.default_rng(hash((role, relu, rounding)) % 2**32)
    p = DenseParams(role=role, batch=8, k=16, n=16, shift=7, rounding=rounding, saturation="saturate", relu=relu)
    a = rng.integers(-128, 128, size=(1, p.batch * p.k)).astype(np.int8)
    w = pack_weights(rng.integers(-128, 128, size=(p.k, p.n)).astype(np.int8), p)
    bias = rng.integers(-5000, 5000, size=p.n).astype(np.int32) if p.has_bias else None
    casc = rng.integers(-20000, 20000, size=(1, p.batch, p.n)).astype(np.int32) if p.reads_cascade else None
    fast = dense_fast(p, a, w, bias, casc)
    ref = dense_reference(p, a, w, bias, casc)
    assert fast.dtype == ref.dtype
    assert np.array_equal(fast, ref)


def test_pack_roundtrip_and_layout():
    p = DenseParams(role="single", batch=4, k=16, n=16)
    w = np.arange(256).reshape(16, 16).astype(np.int8)
    packed = pack_weights(w, p)
    assert np.array_equal(unpack_weights(packed, p), w)
    # first microtile = rows 0..7, cols 0..7 row-major; second = rows 8..15 (next K block)
    assert packed[:8].tolist() == w[0, :8].tolist()
    assert packed[64:72].tolist() == w[8, :8].tolist()
    m = np.arange(32).reshape(4, 8)
    assert np.array_equal(from_tile_order(to_tile_order(m, 2, 4), 4, 8, 2, 4), m)
    assert to_tile_order(m, 2, 4)[:8].tolist() == [0, 1, 2, 3, 8, 9, 10, 11]


def test_cost_model_schedule():
    p = DenseParams(role="single", batch=8, k=64, n=64)
    c = dense_cycles(p, AIE_ML_CORE)
    # 2x2 expansion: 4 VMACs vs 6 loads on 2 ports -> II 4, one VMAC per cycle
    assert c.expansion == (2, 2) and c.loop_ii_cycles == 4
    ideal = p.macs / 256
    assert c.mac_loop_cycles >= ideal
    assert c.total_cycles > c.mac_loop_cycles
    bigger = dense_cycles(DenseParams(role="single", batch=8, k=128, n=64), AIE_ML_CORE)
    assert bigger.total_cycles > c.total_cycles
    # large slices approach the peak: efficiency rises with k
    big = DenseParams(role="single", batch=32, k=512, n=64)
    assert dense_cycles(big, AIE_ML_CORE).efficiency(big, 256) > 0.8
    # a middle role pays cascade reads and writes instead of bias and SRS
    mid = dense_cycles(DenseParams(role="middle", batch=8, k=64, n=64), AIE_ML_CORE)
    assert mid.total_cycles != c.total_cycles


def test_params_validation():
    with pytest.raises(ValueError):
        DenseParams(role="single", batch=6, k=8, n=8)
    with pytest.raises(ValueError):
        DenseParams(role="sideways", batch=4, k=8, n=8)
