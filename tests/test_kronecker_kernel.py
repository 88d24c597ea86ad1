"""kernels.kronecker: the DSPLib kronecker cost model (loop nest, per-pair multiply cost, refusals)."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families, kronecker
from aiesim_py.kernels.kronecker import (KroneckerParams, kronecker_cycles, lanes, multiply_ops)


def _cost(a="cint16", b="cint16", a_rows=16, a_cols=2, b_rows=16, b_cols=2, frames=1, interface="buffer"):
    return kronecker_cycles(KroneckerParams(a, b, a_rows, a_cols, b_rows, b_cols, frames, interface), T)


def test_registered_family():
    assert families.FAMILIES["kronecker"] == (KroneckerParams, kronecker_cycles)
    p = KroneckerParams("int16", "int16", 16, 1, 16, 2)
    assert families.kernel_cost("kronecker", p, T) == kronecker_cycles(p, T)


@pytest.mark.parametrize("field", ["a_cols", "b_cols", "frames", "a_rows", "b_rows"])
def test_cost_grows_with_every_size(field):
    base = dict(a_rows=16, a_cols=2, b_rows=16, b_cols=2, frames=1)
    bigger = dict(base, **{field: base[field] * 2})
    assert _cost(**bigger).total_cycles > _cost(**base).total_cycles
    assert _cost(**bigger).trips == 2 * _cost(**base).trips


def test_traits_lanes():
    """kronecker_traits.hpp vecSampleNum: 256 bits of output, with the three AIE-ML exceptions."""
    assert lanes("cint16", "cint16") == (8, 8, 8, 8)
    assert lanes("cint32", "cint32") == (4, 4, 4, 4)
    assert lanes("int16", "int16") == (8, 8, 8, 8)
    assert lanes("int16", "cint32") == (16, 4, 4, 4)
    assert lanes("cint32", "int16") == (4, 8, 4, 8)
    # cint32 x int16 writes two output vectors per multiply
    assert multiply_ops("cint32", "int16", "buffer", T).slots.store == 2


@pytest.mark.parametrize("emulated, native", [(("int32", "int32"), ("int16", "int32")),
                                              (("cint32", "int32"), ("cint32", "cint16")),
                                              (("float", "float"), ("int16", "int16"))])
def test_emulated_pair_costs_more_than_native(emulated, native):
    """Same shapes (16x2 (x) 16x2, 8-sample B vectors for int32 / float, 4 for the cint32 pairs)."""
    e, n = _cost(*emulated), _cost(*native)
    assert e.total_cycles > n.total_cycles
    assert e.ii_cycles > n.ii_cycles


def test_float_multiplies_are_chained_by_the_rounding_mode():
    """fp32 blocks: 20 cycles between multiplies (kernels.hadamard.rounding_mode_chain)."""
    ops = multiply_ops("float", "float", "buffer", T)
    assert ops.recurrence == 20
    # 64 B rows = 8 vectors of 8: numVecB stays a loop, pipelined at the chain
    assert _cost("float", "float", b_rows=64).ii_cycles == 20
    # 16 B rows = 2 vectors: numVecB unrolled, the indexVecA body holds 2 chained multiplies
    assert _cost("float", "float").ii_cycles == 40


def test_small_numvecb_loop_is_unrolled():
    """kernel_io.unrolled_inner_loop: numVecB of 2..UNROLL_MAX_TRIPS trips is unrolled, indexVecA
    pipelined over the elements (II = the busiest slot of the element's multiplies and broadcast);
    4 trips stay a pipelined hardware loop, filled and drained per element."""
    ops = multiply_ops("int16", "int16", "stream", T)
    assert ops.stream_words == 4 and ops.recurrence == 5
    two = _cost("int16", "int16", a_cols=1, b_rows=16, interface="stream")    # numVecB 2 trips
    assert two.ii_cycles == 10
    four = _cost("int16", "int16", a_cols=1, b_rows=32, b_cols=1, interface="stream")   # 4 trips
    assert four.ii_cycles == 5
    # the same multiplies: the unrolled nest does not pay the inner loop's fill per element
    assert two.total_cycles < four.total_cycles


def test_scalar_times_vector_zips_without_subvector_shifts():
    """aie::mul(scalar, vector) grows both operands to the native lane count before the zip, so a
    real 128-bit B vector pays no VSHIFTs: both operand orders cost the same vector-ALU ops, and
    the int32 x cint16 pairs use the zip block (1 VSHUFFLE per 8 lanes)."""
    assert multiply_ops("cint32", "int32", "buffer", T).slots.vector_alu == 5
    assert multiply_ops("int32", "cint32", "buffer", T).slots.vector_alu == 5
    assert multiply_ops("cint16", "int32", "buffer", T).slots.vector_alu == 1
    assert multiply_ops("int32", "cint16", "buffer", T).slots == multiply_ops("cint16", "int32", "buffer", T).slots


def test_stream_output_is_bound_by_the_port_words():
    """TP_API 1: 8 32-bit words per cint32 output vector, each a store-slot `mov ms` after a
    move-slot extract, plus the SRS to a register in the store slot: II 9 (the multiply never
    shares a cycle with a word: 8 + 1 too); no output lock."""
    s, b = _cost("cint32", "cint16", interface="stream"), _cost("cint32", "cint16")
    # numVecB of 4 trips: a pipelined loop on the stream, unrolled on the buffer (KRON_CHANGE: the
    # indexVecA body holds the 4 multiplies, one VMUL each)
    assert s.ii_cycles == 9 and b.ii_cycles == 4
    ops = multiply_ops("cint32", "cint16", "stream", T)
    assert (ops.slots.store, ops.slots.move, ops.recurrence) == (9, 8, 9)
    assert s.call_overhead_cycles < b.call_overhead_cycles
    p = KroneckerParams("cint32", "cint16", 16, 2, 16, 2, 1, "stream")
    assert [port.interface for port in p.ports()] == ["buffer", "buffer", "stream"]


def test_four_trip_numvecb_unrolled_on_the_buffer_interface(monkeypatch):
    """KRON_CHANGE (inference, validation/cases_c10.py): a 4-trip numVecB is unrolled on TP_API 0 and
    kept a pipelined loop on TP_API 1; False restores the kept loop on both; 1-trip and 8-trip loops
    are untouched."""
    assert kronecker.KRON_CHANGE is True
    new = {k: _cost("cint32", "int32", **k_args) for k, k_args in
           (("buf4", {}), ("str4", dict(interface="stream")), ("buf1", dict(b_rows=4)),
            ("buf8", dict(b_rows=32)))}
    monkeypatch.setattr(kronecker, "KRON_CHANGE", False)
    old = {k: _cost("cint32", "int32", **k_args) for k, k_args in
           (("buf4", {}), ("str4", dict(interface="stream")), ("buf1", dict(b_rows=4)),
            ("buf8", dict(b_rows=32)))}
    assert new["buf4"].total_cycles < old["buf4"].total_cycles
    # kept loop: the multiply's 5 vector-ALU ops; unrolled: 4 multiplies and the broadcast per element
    assert (old["buf4"].ii_cycles, new["buf4"].ii_cycles) == (5, 4 * 5 + 1)
    for k in ("str4", "buf1", "buf8"):
        assert new[k] == old[k]
    # the diagnostic switch (off by default) unrolls the stream loop of a multi-MAC multiply only
    native = _cost("cint32", "cint16", interface="stream")
    monkeypatch.setattr(kronecker, "KRON_CHANGE", True)
    monkeypatch.setattr(kronecker, "STREAM_UNROLL_DIAGNOSTIC", "multi_mac")
    assert _cost("cint32", "int32", interface="stream").total_cycles < new["str4"].total_cycles
    assert _cost("cint32", "cint16", interface="stream") == native


@pytest.mark.parametrize("a, b, match", [("cfloat", "cfloat", "cfloat multiply"),
                                         ("float", "cfloat", "cfloat multiply"),
                                         ("float", "int32", "mixes floating point"),
                                         ("int8", "int16", "not a DSPLib kronecker type")])
def test_refused_types_raise_a_clear_error(a, b, match):
    with pytest.raises(ValueError, match=match):
        KroneckerParams(a, b, 16, 2, 16, 2)


def test_refused_shapes():
    with pytest.raises(ValueError, match="multiple of 8"):
        KroneckerParams("cint16", "cint16", 12, 2, 16, 2)
    with pytest.raises(ValueError, match="positive"):
        KroneckerParams("cint16", "cint16", 16, 0, 16, 2)
    with pytest.raises(ValueError, match="interface"):
        KroneckerParams("cint16", "cint16", 16, 2, 16, 2, 1, "window")
