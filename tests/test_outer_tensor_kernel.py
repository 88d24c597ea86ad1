"""kernels.outer_tensor: DSPLib outer_tensor cost model (loop structure, per-pair costs, refusals)."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import families
from aiesim_py.kernels.hadamard import emulated_mul
from aiesim_py.kernels.outer_tensor import (KIND, OuterTensorParams, lanes, outer_tensor_cycles,
                                            unit_ops)


def _cycles(a, b, dim_a, dim_b, frames=1):
    return outer_tensor_cycles(OuterTensorParams(a, b, dim_a, dim_b, frames), AIE_ML_CORE)


def test_registered_as_a_kernel_family():
    assert families.FAMILIES[KIND] == (OuterTensorParams, outer_tensor_cycles)
    p = OuterTensorParams("cint16", "cint16", 32, 32)
    assert families.kernel_cost(KIND, p, AIE_ML_CORE) == outer_tensor_cycles(p, AIE_ML_CORE)


@pytest.mark.parametrize("pair", [("int16", "int16"), ("cint16", "cint16"), ("int32", "int32"), ("float", "float"),
                                  ("cint32", "int16"), ("int16", "cint32")])
def test_cost_grows_with_dim_b_and_dim_a(pair):
    a, b = pair
    la, lb, _, _ = lanes(a, b)
    base = _cycles(a, b, 2 * la, 2 * lb).total_cycles
    assert _cycles(a, b, 2 * la, 4 * lb).total_cycles > base
    assert _cycles(a, b, 4 * la, 2 * lb).total_cycles > base
    assert _cycles(a, b, 2 * la, 2 * lb, frames=2).total_cycles > base


def test_units_follow_dsplib_traits():
    # every vector is 256 bits of the output type; int16 x cint32 and cint32 x int16 differ
    assert lanes("int16", "int16") == (16, 16, 16, 1)
    assert lanes("cint16", "int16") == (8, 8, 8, 1)
    assert lanes("int16", "cint32") == (16, 4, 4, 1)
    assert lanes("cint32", "int16") == (4, 8, 8, 2)
    p = OuterTensorParams("cint16", "cint16", 32, 32)
    assert (p.trips, p.units_per_trip) == (4, 8 * 4)
    # the output buffer holds DIM_A x DIM_B samples of the output type per frame
    assert [q.bytes_per_call for q in OuterTensorParams("int16", "int32", 32, 32, 2).ports()] == [128, 256, 8192]


def test_emulated_pair_costs_more_than_native():
    native = _cycles("int16", "int16", 32, 32)
    emulated = _cycles("int32", "int32", 32, 32)
    assert unit_ops("int32", "int32", AIE_ML_CORE).slots.mac > unit_ops("int16", "int16", AIE_ML_CORE).slots.mac
    # same number of 8-lane units per call for int32 as for 16-lane int16 at half the dims
    assert emulated.ii_cycles > native.ii_cycles
    assert _cycles("int32", "int32", 16, 16).total_cycles > _cycles("int16", "int16", 16, 32).total_cycles


def test_int32_x_cint16_uses_the_cint32_x_cint16_zip():
    emu = emulated_mul("int32", "cint16")
    assert (emu.macs, emu.shuffles, emu.lanes, emu.zips_real) == (1, 1, 8, True)
    u = unit_ops("int32", "cint16", AIE_ML_CORE)
    assert (u.slots.mac, u.slots.vector_alu) == (emu.macs, emu.shuffles)
    assert unit_ops("cint16", "int32", AIE_ML_CORE) == u


def test_float_units_are_serialised_by_the_rounding_mode_chain():
    c = _cycles("float", "float", 32, 32)
    u = unit_ops("float", "float", AIE_ML_CORE)
    assert u.mode_chain > 0
    assert c.ii_cycles == 32 * u.mode_chain          # 8 A samples x 4 B vectors per trip


def test_one_a_vector_pipelines_the_frames_loop():
    # one A vector per frame: the frames loop is the pipelined one, so 8 frames cost far less
    # than 8 one-frame calls' loops
    one, eight = _cycles("cint32", "cint32", 4, 4, 1), _cycles("cint32", "cint32", 4, 4, 8)
    assert eight.loop_cycles < 8 * one.loop_cycles
    assert eight.loop_cycles - one.loop_cycles >= 7 * eight.ii_cycles


@pytest.mark.parametrize("a,b,match", [("cfloat", "cfloat", "cfloat"), ("float", "cfloat", "cfloat"),
                                       ("float", "int32", "mixes floating point"), ("int8", "int16", "not a DSPLib")])
def test_refused_types_raise_a_clear_error(a, b, match):
    with pytest.raises(ValueError, match=match):
        OuterTensorParams(a, b, 32, 32)
    with pytest.raises(ValueError, match=match):
        unit_ops(a, b, AIE_ML_CORE)


def test_stream_output_loop_nest():
    """TP_API 1: the k loop over the B vectors is pipelined per A sample; a cint32 x cint32 unit
    (4 samples, 8 words) takes 8 stream words + 2 multiplies that never issue together (II 10,
    isa.timing.stream_write); the fill per A sample weighs less as DIM_B grows, and the call is
    never shorter than its output words."""
    p = OuterTensorParams("cint32", "cint32", 16, 16, 8, "stream")
    assert [q.interface for q in p.ports()] == ["buffer", "buffer", "stream"]
    c = outer_tensor_cycles(p, AIE_ML_CORE)
    assert c.ii_cycles == 10 and c.trips == 8 * 16 * 4
    per_sample = [outer_tensor_cycles(OuterTensorParams("cint32", "cint32", 16, n, 8, "stream"),
                                      AIE_ML_CORE).loop_cycles / (16 * n * 8) for n in (16, 32, 64, 256)]
    assert per_sample == sorted(per_sample, reverse=True)
    assert all(x >= 2 for x in per_sample)          # 8 bytes per sample at 4 bytes per cycle
    with pytest.raises(ValueError, match="interface"):
        OuterTensorParams("cint32", "cint32", 16, 16, 8, "cascade")


def test_bad_dims_are_refused():
    with pytest.raises(ValueError, match="multiple of 8"):
        OuterTensorParams("cint16", "cint16", 12, 32)
    with pytest.raises(ValueError, match="frames"):
        OuterTensorParams("cint16", "cint16", 32, 32, 0)


def test_stream_unroll_diagnostic_switch_is_off_and_unrolls_four_trips(monkeypatch):
    """outer_tensor.STREAM_UNROLL_DIAGNOSTIC (validation/cases_c9.py KRON_DIAGNOSTIC): off by default;
    on, a 4-trip k loop of a multi-MAC unit (cint32 x cint32, 2 VMULs) is unrolled into j, so the
    call gets shorter; an 8-trip loop and the buffer kernel are untouched."""
    from aiesim_py.kernels import outer_tensor
    assert outer_tensor.STREAM_UNROLL_DIAGNOSTIC is False

    def cost(dim_b, interface="stream"):
        return outer_tensor_cycles(OuterTensorParams("cint32", "cint32", 16, dim_b, 8, interface), AIE_ML_CORE)
    off = {n: cost(n) for n in (16, 32)}
    buf = cost(16, "buffer")
    monkeypatch.setattr(outer_tensor, "STREAM_UNROLL_DIAGNOSTIC", True)
    assert cost(16).total_cycles < off[16].total_cycles
    assert cost(32) == off[32] and cost(16, "buffer") == buf
