"""Functional runner: the Design's integers equal an independent integer model of the graph."""
import numpy as np
import pytest

from aiesim_py.compiler import compile_model
from aiesim_py.compiler.frontends.topology import graph_from_spec
from aiesim_py.compiler.passes.fuse import fuse_relu
from aiesim_py.isa import AP_TO_AIE_ROUNDING, AP_TO_AIE_SATURATION, srs
from aiesim_py.sim.functional import run_design

SPEC = "mlp:16-64-32-32-8"


def reference_mlp(spec, x):
    """Plain integer arithmetic from the Graph (no Design, no packing, no tiling)."""
    g = fuse_relu(graph_from_spec(spec))
    h = x.astype(np.int64)
    in_t = g.input_type
    for node in g.dense_nodes():
        f_acc = in_t.frac + node.weight_type.frac
        acc = h @ node.weight.astype(np.int64) + (node.bias.astype(np.int64) << (f_acc - node.bias_type.frac))
        t = node.output_type
        h = srs(acc, f_acc - t.frac, AP_TO_AIE_ROUNDING[t.q_mode], AP_TO_AIE_SATURATION[t.o_mode], 8, True)
        if node.relu:
            h = np.maximum(h, 0)
        in_t = t
    return h


@pytest.mark.parametrize("par", [None, "1x1,1x1,1x1,1x1", "2x2,3x2,1x2,1x1", "2x1,3x4,4x2,4x1"])
@pytest.mark.parametrize("batch", [4, 8, 16])
def test_run_equals_integer_reference(par, batch):
    rng = np.random.default_rng(batch)
    x = rng.integers(-128, 128, size=(37, 16))
    d = compile_model(SPEC, batch=batch, parallelism=par)
    y = run_design(d, x)
    assert y.shape == (37, 8)
    assert np.array_equal(y, reference_mlp(SPEC, x))


def test_wrong_tiling_gives_wrong_bits():
    """The runner reads the Design's tilings: corrupting one changes the result."""
    import dataclasses
    d = compile_model(SPEC, parallelism="2x2,2x2,1x2,1x1")
    x = np.random.default_rng(0).integers(-128, 128, size=(8, 16))
    good = run_design(d, x)
    mt = d.shared_buffers[1]
    port = mt.outputs[1]
    bad_tiling = dataclasses.replace(port.tiling, offset=(0, 0))   # read K slice 0 twice
    bad_mt = dataclasses.replace(mt, outputs=(mt.outputs[0], dataclasses.replace(port, tiling=bad_tiling)))
    bad = dataclasses.replace(d, shared_buffers=(d.shared_buffers[0], bad_mt) + d.shared_buffers[2:])
    assert not np.array_equal(run_design(bad, x), good)


def test_input_errors():
    from aiesim_py.errors import InputDataError
    d = compile_model("mlp:16-8")
    with pytest.raises(InputDataError, match="expected"):
        run_design(d, np.zeros((3, 5), dtype=np.int64))
    with pytest.raises(InputDataError, match="outside"):
        run_design(d, np.full((1, 16), 300))


@pytest.mark.parametrize("spec,par,batch", [
    ("mlp:16-64-32-32-8", None, 8), ("mlp:16-64-32-32-8", "2x1,3x4,4x2,4x1", 4),
    ("mlp:10-20-3", "2x2,3x1", 12), ("mlp:64-512-10", "4x6,6x2", 8),
])
def test_fast_plan_equals_per_kernel(spec, par, batch):
    from aiesim_py.sim.functional import run_design_per_kernel
    from aiesim_py.sim.run_plan import build_run_plan
    d = compile_model(spec, batch=batch, parallelism=par)
    plan = build_run_plan(d)
    assert plan.layers is not None      # the fast path really is taken
    x = np.random.default_rng(3).integers(-128, 128, size=(53, d.input_features))
    assert np.array_equal(plan.run(x), run_design_per_kernel(d, x))


def test_matmul_int8_exact_extremes():
    from aiesim_py.isa.mmul import F32_EXACT_MAX_K, matmul_acc32, matmul_int8_exact
    for k in (F32_EXACT_MAX_K, F32_EXACT_MAX_K + 8):
        a = np.full((3, k), -128, dtype=np.int8)
        b = np.full((k, 5), -128, dtype=np.int8)
        exact = matmul_int8_exact(a, b)
        assert np.all(exact == k * 16384)
        assert np.array_equal(matmul_acc32(a, b, np.zeros((3, 5), np.int32)), exact.astype(np.int32))


@pytest.mark.parametrize("rounding", ["floor", "ceil", "symmetric_floor", "symmetric_ceil", "positive_inf",
                                      "negative_inf", "symmetric_inf", "symmetric_zero", "conv_even", "conv_odd"])
@pytest.mark.parametrize("saturation", ["none", "saturate", "symmetric"])
def test_fast_epilogue_every_mode(rounding, saturation):
    """The run plan's fused epilogue equals the kernels' SRS for every AIE mode."""
    import dataclasses
    from aiesim_py.sim.functional import run_design_per_kernel
    from aiesim_py.sim.run_plan import build_run_plan
    d = compile_model("mlp:16-24-8", parallelism="2x1,1x1")
    kernels = tuple(dataclasses.replace(k, params=dataclasses.replace(k.params, rounding=rounding,
                                                                       saturation=saturation))
                    for k in d.kernels)
    d = dataclasses.replace(d, kernels=kernels)
    x = np.random.default_rng(5).integers(-128, 128, size=(64, 16))
    assert np.array_equal(build_run_plan(d).run(x), run_design_per_kernel(d, x))


def _int16_graph(in_w, w_w, out_w, seed=0):
    """Dense 24->40->12 with the given activation / weight / result widths."""
    from aiesim_py.compiler.ir import DenseNode, Graph, ReluNode
    from aiesim_py.isa.fixed_point import FixedType
    rng = np.random.default_rng(seed)
    in_t = FixedType(in_w, 3, True, "TRN", "WRAP")
    w_t = FixedType(w_w, 1, True, "TRN", "WRAP")
    g = Graph("g16", 24, in_t)
    prev = in_t
    for i, (k, n) in enumerate([(24, 40), (40, 12)]):
        out_t = FixedType(out_w, 5, True, "RND_CONV", "SAT")
        w_max = 2 ** (w_w - 1) // (64 if w_w == 16 else 2)     # keeps the worst case inside acc32
        w = rng.integers(-w_max, w_max, size=(k, n))
        b_t = FixedType(32, 32 - (prev.frac + w_t.frac), True)
        b = rng.integers(-2 ** 12, 2 ** 12, size=n)
        acc_t = FixedType(32, 32 - (prev.frac + w_t.frac), True)
        g.nodes.append(DenseNode(f"d{i}", w, b, w_t, b_t, acc_t, out_t))
        if i == 0:
            g.nodes.append(ReluNode(f"r{i}", out_t))
        prev = out_t
    return g


@pytest.mark.parametrize("widths", [(16, 8, 16), (16, 16, 16), (8, 16, 8), (8, 8, 16), (16, 8, 8)])
def test_int16_datapaths_equal_integer_reference(widths):
    """int16 activations and/or weights: per-kernel run == fast plan == plain integer model."""
    from aiesim_py.compiler.passes.fuse import fuse_relu
    from aiesim_py.isa.apfixed import cast_reference
    from aiesim_py.sim.functional import run_design_per_kernel
    g = _int16_graph(*widths)
    d = compile_model(_int16_graph(*widths), batch=8, parallelism="2x2,2x1")
    assert {k.params.a_bits for k in d.layer_kernels(0)} == {widths[0]}
    rng = np.random.default_rng(1)
    t = d.input_type
    x = rng.integers(t.int_min, t.int_max + 1, size=(40, 24))
    ref = x.astype(object)
    in_t = g.input_type
    for node in fuse_relu(g).dense_nodes():
        f_acc = in_t.frac + node.weight_type.frac
        acc = ref @ node.weight.astype(object) + node.bias.astype(object) * 2 ** (f_acc - node.bias_type.frac)
        ref = np.vectorize(lambda v: cast_reference(int(v), f_acc, node.output_type), otypes=[object])(acc)
        if node.relu:
            ref = np.maximum(ref, 0)
        in_t = node.output_type
    ref = ref.astype(np.int64)
    assert np.array_equal(run_design_per_kernel(d, x), ref)
    assert np.array_equal(run_design(d, x), ref)
