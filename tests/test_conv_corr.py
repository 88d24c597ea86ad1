"""aiesim_py.kernels.conv_corr: DSPLib conv_corr on AIE-ML (validation case C15)."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE, resource_ii
from aiesim_py.kernels import families
from aiesim_py.kernels import conv_corr, hadamard
from aiesim_py.kernels.conv_corr import (ConvCorrParams, MacOps, conv_corr_cycles, dsplib_round, outer_trip_ops,
                                         reverse_trip_ops, sliding_mac_ops, unzip_ops)


def test_registered():
    assert families.FAMILIES["conv_corr"] == (ConvCorrParams, conv_corr_cycles)


@pytest.mark.parametrize("x,y,want", [(8, 4, 2), (32, 16, 2), (5, 4, 1), (7, 4, 2), (16, 16, 1), (4, 4, 1)])
def test_dsplib_round(x, y, want):
    # ROUND(X, Y): up only when the remainder exceeds (Y + 1) / 2 (conv_corr_traits.hpp)
    assert dsplib_round(x, y) == want


@pytest.mark.parametrize("mode,padded,outputs,trips", [(0, 128, 95, 6), (1, 96, 64, 4), (2, 80, 33, 3)])
def test_int16_lengths(mode, padded, outputs, trips):
    p = ConvCorrParams("int16", "int16", 0, mode, 64, 32)
    assert (p.padded_f_len, p.outputs, p.outer_trips) == (padded, outputs, trips)
    assert (p.lanes, p.points, p.g_loads, p.f_steps, p.macs_per_step) == (16, 4, 2, 1, 4)


def test_int8_lengths_and_ports():
    p = ConvCorrParams("int8", "int8", 1, 0, 64, 64)
    assert (p.lanes, p.points, p.out_type) == (32, 8, "int16")
    assert p.padded_f_len == 63 + 64 + 63 + 2      # rounded up to whole 32-sample loads
    f, g, out = p.ports()
    assert (f.bytes_per_call, g.bytes_per_call, out.bytes_per_call) == (192, 64, 4 * 32 * 2)
    assert p.swap_trips == 1 and ConvCorrParams("int8", "int8", 0, 0, 64, 64).swap_trips == 0


def test_sliding_mac_shifts_only_for_nonzero_starts():
    p = ConvCorrParams("int16", "int16", 0, 2, 64, 32)
    assert sliding_mac_ops(p, 0, 0, AIE_ML_CORE) == MacOps(1, 0)
    assert sliding_mac_ops(p, 4, 0, AIE_ML_CORE) == MacOps(1, 1)
    assert sliding_mac_ops(p, 4, 8, AIE_ML_CORE) == MacOps(1, 2)


def test_trip_slots_and_ii():
    o = outer_trip_ops(ConvCorrParams("int16", "int16", 0, 0, 64, 32))
    # 2 G loads x 4 sliding MACs; rotates for the 3 non-zero starts of each G load (data and coefficient)
    assert (o.slots.mac, o.slots.vector_alu, o.slots.load_a, o.slots.load_b, o.slots.store) == (8, 12, 4, 2, 2)
    assert o.slots.move == 0          # acc64 -> int32 SRS fused into the store
    assert resource_ii(o.slots, AIE_ML_CORE) == 12


def test_cycles_scale_with_output_vectors():
    full = conv_corr_cycles(ConvCorrParams("int16", "int16", 0, 0, 64, 32))
    valid = conv_corr_cycles(ConvCorrParams("int16", "int16", 0, 2, 64, 32))
    assert full.total_cycles - valid.total_cycles == (6 - 3) * full.ii_cycles
    assert full.total_cycles == full.loop_cycles + full.call_overhead_cycles


def test_convolution_adds_the_reversal():
    corr = conv_corr_cycles(ConvCorrParams("int16", "int16", 0, 1, 64, 32))
    conv = conv_corr_cycles(ConvCorrParams("int16", "int16", 1, 1, 64, 32))
    assert conv.total_cycles - corr.total_cycles == reverse_trip_ops().depth   # one trip: straight-line code


def test_pairs_without_cost_refused_with_reason():
    with pytest.raises(ValueError, match="with a cost"):
        ConvCorrParams("int16", "int8", 0, 0, 128, 32)


def test_complex_32_bit_pairs():
    # cint16 x int32 / cint32 x int16: two emulated real sub-MACs (kernels.hadamard blocks) per column group
    for f, g, lanes, a, b in (("cint16", "int32", 16, "int16", "int32"), ("cint32", "int16", 8, "int32", "int16")):
        p = ConvCorrParams(f, g, 0, 0, 256, 128)
        emu = hadamard.emulated_mul(a, b)
        assert (p.lanes, p.points) == (lanes, 4)
        assert sliding_mac_ops(p, 0, 0, AIE_ML_CORE) == MacOps(2 * emu.macs, 2 * emu.shuffles)
        assert sliding_mac_ops(p, 4, 4, AIE_ML_CORE) == MacOps(2 * emu.macs, 2 * emu.shuffles + 3)
        assert unzip_ops(p)[0] == 2
    # cint32 x cint16: one mac_elem_8 per point, broadcast + element extract, data rotate
    e = ConvCorrParams("cint32", "cint16", 0, 2, 1024, 512)
    assert (e.lanes, e.points, e.macs_per_step, e.f_steps) == (8, 1, 4, 2)
    assert sliding_mac_ops(e, 1, 1, AIE_ML_CORE) == MacOps(1, 2, 1)


def test_invalid_configurations_refused():
    with pytest.raises(ValueError, match="multiple of 16"):
        ConvCorrParams("int16", "int16", 0, 0, 40, 32)
    with pytest.raises(ValueError, match="g_len <= f_len"):
        ConvCorrParams("int16", "int16", 0, 2, 32, 64)
    with pytest.raises(ValueError, match="buffer"):
        ConvCorrParams("int16", "int16", 0, 2, 64, 32, interface="stream")


def test_complex_sliding_macs():
    # cint16 x cint16: 4 conv MACs per column group, both parts of data and coefficients rotated
    cc = ConvCorrParams("cint16", "cint16", 0, 0, 512, 128, out="cint16")
    assert (cc.lanes, cc.points, cc.scheme, cc.out_type) == (8, 4, "cxc", "cint16")
    assert sliding_mac_ops(cc, 0, 0, AIE_ML_CORE) == MacOps(4, 0)
    assert sliding_mac_ops(cc, 4, 4, AIE_ML_CORE) == MacOps(4, 4)
    assert unzip_ops(cc) == (2, 1, 2)          # 1024-bit data, 256-bit coefficients, 1024-bit cacc64 x 8
    # cint16 x int16: 2 MACs, data parts rotated twice, coefficients once
    cr = ConvCorrParams("cint16", "int16", 0, 0, 128, 64, out="cint32")
    assert sliding_mac_ops(cr, 4, 4, AIE_ML_CORE) == MacOps(2, 3)
    assert unzip_ops(cr) == (2, 0, 4)
    assert unzip_ops(ConvCorrParams("int16", "int16", 0, 0, 64, 32)) == (0, 0, 0)


def test_complex_trip_is_mac_bound(monkeypatch):
    # before CONJ_CHANGE / ACC_REPACK_CHANGE (both off): MAC-bound
    monkeypatch.setattr(conv_corr, "CONJ_CHANGE", False)
    monkeypatch.setattr(conv_corr, "ACC_REPACK_CHANGE", False)
    o = outer_trip_ops(ConvCorrParams("cint16", "cint16", 0, 0, 512, 128, out="cint16"))
    # 16 G loads x 2 sliding MACs x 4 VMACs; 4 rotates per G load (second MAC) + 3 unzips per G load + combine 2
    assert (o.slots.mac, o.slots.vector_alu) == (128, 16 * 7 + 2)
    assert resource_ii(o.slots, AIE_ML_CORE) == 128


def test_complex_acc_repack_and_conj():
    # ACC_REPACK_CHANGE: 8-lane complex sliding MACs unzip / zip their 1024-bit cacc64 accumulator per call
    # (2 + 2 VSHUFFLE, 2 + 2 VMOV); 16-lane ones are assumed folded
    cc = ConvCorrParams("cint16", "cint16", 1, 0, 512, 128, out="cint16")
    assert conv_corr.acc_repack_ops(cc) == (4, 4)
    assert conv_corr.acc_repack_ops(ConvCorrParams("cint32", "int16", 1, 0, 1024, 256)) == (4, 4)
    assert conv_corr.acc_repack_ops(ConvCorrParams("cint16", "int16", 0, 0, 128, 64, out="cint32")) == (0, 0)
    assert conv_corr.acc_repack_ops(ConvCorrParams("int16", "int16", 0, 0, 64, 32)) == (0, 0)
    o = outer_trip_ops(cc)
    assert (o.slots.mac, o.slots.vector_alu, o.slots.move) == (128, 16 * 7 + 2 + 32 * 4, 32 * 4)
    # CONJ_CHANGE: a correlation with complex G conjugates each G load (one addsub per 512 bits)
    corr = ConvCorrParams("cint16", "cint16", 0, 0, 512, 128, out="cint16")
    assert conv_corr.conj_ops(corr) == 1 and conv_corr.conj_ops(cc) == 0
    assert conv_corr.conj_ops(ConvCorrParams("cint16", "int16", 0, 0, 128, 64, out="cint32")) == 0
    assert outer_trip_ops(corr).slots.vector_alu == o.slots.vector_alu + corr.g_loads


def test_output_type_checked():
    with pytest.raises(ValueError, match="fnCheckDataOutType"):
        ConvCorrParams("cint16", "cint16", 0, 0, 512, 128, out="int32")


def test_emulated_pairs_reuse_hadamard_blocks():
    emu = hadamard.emulated_mul("int32", "int16")
    p = ConvCorrParams("int32", "int16", 0, 0, 128, 32)
    assert sliding_mac_ops(p, 0, 0, AIE_ML_CORE) == MacOps(emu.macs, emu.shuffles)
    assert sliding_mac_ops(p, 4, 4, AIE_ML_CORE) == MacOps(emu.macs, emu.shuffles + 3)
    fp = hadamard.emulated_mul("float", "float")
    f = ConvCorrParams("float", "float", 0, 0, 128, 32)
    assert sliding_mac_ops(f, 1, 1, AIE_ML_CORE) == MacOps(fp.macs, 2, fp.moves + 1)
    o = outer_trip_ops(f)
    assert o.recurrence == 32 * hadamard.rounding_mode_chain(fp, AIE_ML_CORE)
    assert conv_corr_cycles(f).ii_cycles == o.recurrence


def test_bf16_trip():
    p = ConvCorrParams("bfloat16", "bfloat16", 0, 0, 1024, 32)
    assert (p.lanes, p.points, p.out_type, p.macs_per_step, p.g_loads) == (16, 1, "float", 16, 2)
    assert sliding_mac_ops(p, 0, 0, AIE_ML_CORE) == MacOps(1, 1, 1)     # broadcast + element extract
    o = outer_trip_ops(p)
    assert (o.slots.mac, o.slots.vector_alu) == (32, 32 + 30)
    f, g, out = p.ports()
    assert (g.bytes_per_call, out.bytes_per_call) == (64, p.outer_trips * 16 * 4)
