"""kernels.func_approx: the int32 cost model (DSPLib funcApproxMain on AIE-ML) and its refusals."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families
from aiesim_py.kernels.func_approx import FuncApproxParams, func_approx_cycles, interpolate_ops, lookup_ops


def test_registered():
    assert families.FAMILIES["func_approx"] == (FuncApproxParams, func_approx_cycles)


def test_geometry_and_ports():
    p = FuncApproxParams("int32", 7, 6, 0, 256)
    assert (p.lanes, p.trips) == (8, 32)
    assert [(port.bytes_per_call, port.buffers) for port in p.ports()] == [(1024, 2), (1024, 2)]
    single = FuncApproxParams("int32", 7, 6, 0, 256, single_buffer=True)
    assert [port.buffers for port in single.ports()] == [1, 1]
    # 1638 samples: the source's integer division, 204 trips; the buffers still carry 1638 samples
    runt = FuncApproxParams("int32", 7, 6, 0, 1638)
    assert runt.trips == 204 and runt.ports()[0].bytes_per_call == 1638 * 4


def test_lookup_loop_is_move_slot_bound():
    # per 8 samples: extract + index MOV per sample (16) + the shift's UPS and SRS on the move slot,
    # 16 scalar LDA on load unit A, 16 scalar stores
    o = lookup_ops(FuncApproxParams("int32", 7, 6, 0, 256), T)
    assert (o.slots.move, o.slots.load_a, o.slots.store, o.slots.scalar) == (18, 16, 16, 8)
    i = interpolate_ops(FuncApproxParams("int32", 7, 6, 0, 256), T)
    # 32b x 32b emulated block: 4 VSHUFFLE + 4 VMAC; plus the bit_and and the offset UPS
    assert (i.slots.mac, i.slots.vector_alu, i.slots.move, i.slots.store) == (4, 5, 1, 1)


def test_two_pipelined_loops_per_call():
    c = func_approx_cycles(FuncApproxParams("int32", 7, 6, 0, 256), T)
    look = lookup_ops(FuncApproxParams("int32", 7, 6, 0, 256), T)
    interp = interpolate_ops(FuncApproxParams("int32", 7, 6, 0, 256), T)
    expected = (31 * 18 + look.depth + T.branch_delay_slots) + (31 * 5 + interp.depth + T.branch_delay_slots)
    assert c.loop_cycles == expected
    # one more vector adds one trip to each loop: 18 + 5 cycles
    c2 = func_approx_cycles(FuncApproxParams("int32", 7, 6, 0, 264), T)
    assert c2.loop_cycles - c.loop_cycles == 23


def test_coarse_fine_domain_do_not_change_the_cost():
    costs = {func_approx_cycles(FuncApproxParams("int32", c, f, d, 512), T).total_cycles
             for c, f, d in ((7, 6, 0), (7, 7, 1), (9, 6, 2))}
    assert len(costs) == 1


@pytest.mark.parametrize("args, kwargs, match", [
    (("int16", 7, 6, 0, 256), {}, "linear_approx"),
    (("bfloat16", 7, 6, 0, 256), {}, "linear_approx"),
    (("float", 7, 6, 0, 256), {}, "fp32"),
    (("cint16", 7, 6, 0, 256), {}, "not a DSPLib func_approx type"),
    (("int32", 7, 6, 0, 256), {"lut_reload": True}, "LUT_RELOAD"),
    (("int32", 7, 6, 3, 256), {}, "DOMAIN_MODE"),
    (("int32", 20, 20, 0, 256), {}, "exceeds"),
    (("int32", 7, 6, 0, 4), {}, "below one vector"),
])
def test_refusals(args, kwargs, match):
    with pytest.raises(ValueError, match=match):
        FuncApproxParams(*args, **kwargs)
