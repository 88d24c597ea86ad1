"""kernels.matrix_vector_mul: DSPLib GEMV kernel cost on AIE-ML (cost model properties only)."""
import math
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels.matrix_vector_mul import (MatVecParams, lanes, mac_ops, matrix_vector_mul_cycles,
                                                 output_type)

MODELLED = [("cint16", "cint16"), ("int16", "int16"), ("int32", "int32"), ("cint32", "cint32"),
            ("cint32", "int32"), ("int32", "cint32"), ("float", "float")]


def _cycles(a, b, dim_a=32, dim_b=32, frames=1, **kw):
    return matrix_vector_mul_cycles(MatVecParams(a, b, dim_a, dim_b, frames, **kw), T)


@pytest.mark.parametrize("a,b", MODELLED)
def test_cycles_grow_with_dim_b(a, b):
    lb = lanes(a, b)[1]
    totals = [_cycles(a, b, dim_b=n * lb).total_cycles for n in (1, 2, 4, 8)]
    assert all(x < y for x, y in zip(totals, totals[1:])), totals


@pytest.mark.parametrize("a,b", MODELLED)
def test_cycles_grow_with_dim_a_and_frames(a, b):
    la = lanes(a, b)[0]
    base = _cycles(a, b, dim_a=2 * la).total_cycles
    assert _cycles(a, b, dim_a=4 * la).total_cycles > base
    assert _cycles(a, b, dim_a=2 * la, frames=2).total_cycles > base


@pytest.mark.parametrize("a,b", MODELLED)
def test_cascade_splits_the_work(a, b):
    """A casc-2 share (half the columns) has fewer loop cycles than the whole kernel, and the same
    number of groups (one cascade token per output vector) as its cascade neighbour."""
    lb = lanes(a, b)[1]
    whole = _cycles(a, b, dim_b=8 * lb)
    first = _cycles(a, b, dim_b=4 * lb, cascade_out=True)
    last = _cycles(a, b, dim_b=4 * lb, cascade_in=True)
    assert first.loop_cycles < whole.loop_cycles and last.loop_cycles < whole.loop_cycles
    assert first.groups == last.groups == whole.groups


def test_cascade_out_kernel_has_no_output_buffer():
    first = MatVecParams("cint16", "cint16", 16, 8, cascade_out=True)
    last = MatVecParams("cint16", "cint16", 16, 8, cascade_in=True)
    assert [p.direction for p in first.ports()] == ["in", "in"]
    assert [p.direction for p in last.ports()] == ["in", "in", "out"]
    assert first.cascade_bytes == first.groups * first.acc_bytes == 2 * 8 * 2 * 8     # 2 x cacc64<8>


def test_ports_bytes():
    p = MatVecParams("cint32", "int32", 16, 8, frames=2)
    a, b, out = p.ports()
    assert (a.bytes_per_call, b.bytes_per_call, out.bytes_per_call) == (2 * 16 * 8 * 8, 2 * 8 * 4, 2 * 16 * 8)
    assert p.out_type == "cint32"


def test_lanes_and_output_types():
    assert lanes("cint16", "cint16") == (8, 8, 8)
    assert lanes("int32", "int32") == (8, 8, 8)
    assert lanes("cint32", "int32") == (4, 8, 4)
    assert lanes("int16", "cint32") == (8, 4, 4)         # traits exception (AIE-ML)
    assert output_type("int16", "int16") == "int16"
    assert output_type("int16", "int32") == "int32"
    assert output_type("int32", "cint16") == "cint32"
    assert output_type("float", "float") == "float"


def test_emulated_mac_adds_the_accumulator_once():
    """32b x 32b: 4 VMACs per MAC, but only the last ADDMAC reads the running accumulator, so the
    MAC-to-MAC recurrence is one accumulator chain step and the slots bound the loop."""
    ops = mac_ops("int32", "int32", T)
    assert (ops.mac, ops.chained, ops.block_chain) == (4, 1, 4)
    assert ops.chain_cycles == T.acc_chain_ii
    native = mac_ops("cint16", "cint16", T)
    assert (native.mac, native.chained) == (1, 1)
    c = _cycles("int32", "int32", dim_a=8, dim_b=64)
    assert c.ii_cycles == 8 * max(ops.mac, ops.vector_alu)          # trip of 8 MACs, slot-bound


def test_float_mac_recurrence_is_the_rounding_mode_chain():
    """fp32 MAC: one bf16 ADDMAC on the accumulator, but the operand splitting of consecutive MACs
    is serialized by set_rnd / VCONV on crRnd: 2 x (VCONV + VMSC.f) + 4 scalar steps per MAC."""
    ops = mac_ops("float", "float", T)
    assert ops.chained == 1 and ops.block_chain == 6
    assert ops.mode_chain == 2 * (T.conv_latency + T.bf16_vmac_latency) + 4 * T.scalar_alu_latency
    assert ops.chain_cycles == ops.mode_chain > T.bf16_acc_chain_ii
    for a, b in MODELLED:
        if a != "float":
            assert mac_ops(a, b, T).mode_chain == 0


def test_float_mode_chain_crosses_output_vectors():
    """One B vector per kernel (the idx loop innermost): the crRnd chain links the groups, so the
    idx loop's II is at least lanes_b MACs of it; integer groups overlap below that."""
    lb = lanes("float", "float")[1]
    c = _cycles("float", "float", dim_a=16, dim_b=lb)
    assert c.group_ii_cycles >= lb * mac_ops("float", "float", T).mode_chain
    i = _cycles("int32", "int32", dim_a=16, dim_b=lanes("int32", "int32")[1])
    assert i.group_ii_cycles < i.group_cycles


def test_one_b_vector_kernel_declares_the_modulo_cascade_order():
    """One B vector (idx loop innermost, software pipelined): the next group's cascade read one
    group II after this one's, this group's write at the end of its own group; with several B
    vectors the groups follow each other (no declaration)."""
    lb = lanes("cint16", "cint16")[1]
    one = _cycles("cint16", "cint16", dim_a=16, dim_b=lb, cascade_in=True, cascade_out=True)
    words = MatVecParams("cint16", "cint16", 16, lb).acc_bytes // T.cascade_bytes_per_cycle
    assert one.cascade_group_interval_cycles == one.group_ii_cycles
    assert one.cascade_write_offset_cycles == one.group_cycles - words
    two = _cycles("cint16", "cint16", dim_a=16, dim_b=2 * lb, cascade_in=True, cascade_out=True)
    assert (two.cascade_group_interval_cycles, two.cascade_write_offset_cycles) == (0, 0)


def test_float_mac_is_slower_than_native():
    assert mac_ops("float", "float", T).chain_cycles > mac_ops("cint16", "cint16", T).chain_cycles
    assert _cycles("float", "float").total_cycles > _cycles("cint16", "cint16").total_cycles


@pytest.mark.parametrize("a,b,match", [
    ("cfloat", "cfloat", "cfloat"),
    ("cfloat", "float", "cfloat"),
    ("int8", "int8", "not a DSPLib matrix_vector_mul type"),
    ("float", "int32", "mixes floating point and integer"),
])
def test_unsupported_pairs_are_refused(a, b, match):
    with pytest.raises(ValueError, match=match):
        MatVecParams(a, b, 32, 32)


@pytest.mark.parametrize("dim_a,dim_b", [(12, 32), (32, 12), (0, 32), (32, -8)])
def test_dimensions_must_be_whole_vectors(dim_a, dim_b):
    with pytest.raises(ValueError, match="positive multiple of 8"):
        MatVecParams("cint16", "cint16", dim_a, dim_b)


def test_frames_must_be_positive():
    with pytest.raises(ValueError, match="frames must be positive"):
        MatVecParams("cint16", "cint16", 16, 16, frames=0)


def test_cascade_chain_design_simulates_no_faster_than_its_dma():
    """A casc-2 ssr-1 chain built like validation C8: the input interval cannot beat the matrix
    share's stream (64-bit PLIO, 4 bytes per array cycle) and the chain passes every group."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validation"))
    import cases_c8
    latency_ns, throughput, detail = cases_c8.simulate_row("cint16", "cint16", 32, 32, 1, 2, 1)
    a_bytes = 32 * 16 * 4                                    # one kernel's A share per call
    period_cycles = 32 * 32 / (throughput * 1e6) * 1.25e9
    assert period_cycles >= math.floor(a_bytes / 4) - 1, detail
    assert latency_ns > period_cycles / 1.25
