"""compiler: passes, resource checks and refusals."""
import numpy as np
import pytest

from aiesim_py.arch import load_device
from aiesim_py.compiler import compile_model
from aiesim_py.compiler.ir import DenseNode, Graph, ReluNode
from aiesim_py.errors import DeviceError, ModelError, ResourceError, UnsupportedLayerError, CompileError
from aiesim_py.isa.fixed_point import FixedType

I8 = FixedType(8, 3, True, "TRN", "WRAP")
W8 = FixedType(8, 1, True, "TRN", "WRAP")


def small_graph(out_t=FixedType(8, 4, True, "RND_CONV", "SAT"), relu_t=None, acc=None, bias_t=None):
    g = Graph("g", 16, I8)
    rng = np.random.default_rng(0)
    g.nodes.append(DenseNode("d0", rng.integers(-64, 64, (16, 24)), rng.integers(-9, 9, 24),
                             W8, bias_t or FixedType(16, 6), acc, out_t))
    if relu_t is not None:
        g.nodes.append(ReluNode("r0", relu_t))
    return g


def test_device_file():
    d = load_device("VE2802")
    assert d.grid.compute_tiles == 304 and d.memtiles == 76
    assert d.compute_tile.bank_bytes == 8192
    assert 0 in d.grid.shim_pl_columns and 2 not in d.grid.shim_pl_columns
    with pytest.raises(DeviceError, match="unknown device"):
        load_device("vc1902")


def test_topology_compile_and_placement():
    d = compile_model("mlp:16-64-32-32-8", batch=8, parallelism="2x2,3x2,1x2,1x1")
    assert [f"{l.cas_length}x{l.cas_num}" for l in d.layers] == ["2x2", "3x2", "1x2", "1x1"]
    tiles = [k.tile for k in d.kernels]
    assert len(set(tiles)) == len(tiles) == d.tiles_used == 4 + 6 + 2 + 1
    cols, rows = 38, 8
    assert all(0 <= c < cols and 0 <= r < rows for c, r in tiles)
    for n in d.nets:
        if n.kind == "cascade":
            a = d.kernel(n.src.split(".")[0]).tile
            b = d.kernel(n.dsts[0].split(".")[0]).tile
            assert b == (a[0] + 1, a[1]), "cascade neighbours must be adjacent west -> east"
    roles = [k.role for k in d.layer_kernels(1) if k.chain == 0]
    assert roles == ["first", "middle", "last"]
    assert d.memtiles_used == 5


def test_auto_parallelism_is_feasible_and_deterministic():
    a = compile_model("mlp:16-64-32-32-8")
    b = compile_model("mlp:16-64-32-32-8")
    assert a.metadata["parallelism"] == b.metadata["parallelism"]
    assert a.to_dict()["kernels"] == b.to_dict()["kernels"]


@pytest.mark.parametrize("spec,match", [
    ("1x1,1x1", "has 2 entries but the model has 4"),
    ("1x1,1x1,1x1,axb", "not of the form"),
    ("1x1,1x9,1x1,1x1", "cas_num 9"),
    ("1x1,15x1,1x1,1x1", "cas_length 15"),
])
def test_bad_parallelism(spec, match):
    with pytest.raises(ResourceError, match=match):
        compile_model("mlp:16-64-32-32-8", parallelism=spec)


def test_memory_limit_names_layer():
    with pytest.raises(ResourceError, match=r"layer 'dense0'.*data memory"):
        compile_model("mlp:512-512", parallelism="1x1")


def test_grid_limit():
    with pytest.raises(ResourceError, match="does not fit"):
        compile_model("mlp:" + "-".join(["96"] * 12), parallelism=",".join(["6x6"] * 11))


def test_bad_batch_and_spec():
    with pytest.raises(CompileError, match="multiple of 4"):
        compile_model("mlp:16-8", batch=6)
    with pytest.raises(ModelError, match="widths must be integers"):
        compile_model("mlp:16-x")
    with pytest.raises(ModelError, match="no such model file"):
        compile_model("does/not/exist.fml")


def test_refusals_name_layer_and_mode():
    with pytest.raises(UnsupportedLayerError, match="'d0'.*is 17-bit"):
        compile_model(small_graph(out_t=FixedType(17, 4, True, "RND", "SAT")))
    with pytest.raises(UnsupportedLayerError, match="'d0'.*is unsigned"):
        compile_model(small_graph(out_t=FixedType(16, 4, False, "RND", "SAT")))   # uint8 is int16 now
    with pytest.raises(UnsupportedLayerError, match="'d0'.*two casts in a row"):
        compile_model(small_graph(relu_t=FixedType(8, 5, True)))
    with pytest.raises(UnsupportedLayerError, match="accumulator type"):
        compile_model(small_graph(acc=FixedType(32, 30, True)))
    with pytest.raises(UnsupportedLayerError, match="overflow"):
        compile_model(small_graph(acc=FixedType(16, 4, True)))
    with pytest.raises(UnsupportedLayerError, match="bias type"):
        compile_model(small_graph(bias_t=FixedType(16, 1, True)))


@pytest.mark.parametrize("out_t,ops", [
    (FixedType(8, 4, True, "RND_CONV", "SAT"), ()),
    (FixedType(6, 2, True, "RND", "SAT"), ("clamp",)),
    (FixedType(5, 3, True, "TRN", "WRAP"), ("wrap",)),
    (FixedType(8, 4, True, "RND", "SAT_ZERO"), ("zero_if_overflow",)),
    (FixedType(8, 3, True, "RND_INF", "WRAP_SM"), ("wrap_sm",)),
    (FixedType(8, -6, True, "TRN", "SAT"), ("shl_clamp",)),      # 14 result fraction bits > 12
])
def test_emulated_modes_plan_extra_ops(out_t, ops):
    d = compile_model(small_graph(out_t=out_t))
    k = d.kernels[0]
    assert tuple(op[0] for op in k.params.ops) == ops


def test_shift_and_modes_from_types():
    d = compile_model(small_graph(relu_t=FixedType(8, 4, True, "RND_CONV", "SAT")))
    layer = d.layers[0]
    assert layer.shift == (5 + 7) - 4
    assert (layer.rounding, layer.saturation, layer.relu) == ("conv_even", "saturate", True)


def test_objectives():
    spec = "mlp:64-256-128-10"
    by = {o: compile_model(spec, objective=o) for o in ("interval", "latency", "tiles")}
    assert by["tiles"].tiles_used <= by["interval"].tiles_used <= by["latency"].tiles_used
    assert by["tiles"].tiles_used < by["latency"].tiles_used
    with pytest.raises(ResourceError, match="unknown objective"):
        compile_model(spec, objective="speed")
