"""Emulated hadamard multiplies on AIE-ML: the instruction counts of kernels.hadamard.EMULATED_MUL
(AIE API detail/aie2 sequences) and the cycle figures they give; the routed C5 SSR designs."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.isa.timing import critical_path
from aiesim_py.kernels.hadamard import (EMULATED_MUL, REGISTER_MIN_BITS, HadamardParams, emulated_mul,
                                        hadamard_cycles, padded_samples,
                                        rounding_mode_chain, samples_per_vector, subvector_shifts)
from aiesim_py.kernels.kernel_io import adf_call_overhead, loop_setup_cycles

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


@pytest.mark.parametrize("a,b", [("cint32", "int32"), ("int32", "cint32")])
def test_mixed_complex_real_32_bit_block(a, b):
    # interleave_zip of the real operand with itself (1 VSHUFFLE) + the 32b x 32b real block
    # (4 VSHUFFLE, 4 VMUL/VMAC) on 16 int32 lanes = 8 complex samples
    e = emulated_mul(a, b)
    assert (e.macs, e.shuffles, e.lanes, e.moves, e.bf16) == (4, 5, 8, 0, False)
    real = emulated_mul("int32", "int32")
    assert (e.macs, e.shuffles - 1, 2 * e.lanes) == (real.macs, real.shuffles, real.lanes)


@pytest.mark.parametrize("a,b", [("int16", "cint32"), ("cint32", "int16")])
def test_int16_by_cint32_block(a, b):
    # int16 zipped with zeros into cint16 (1 VSHUFFLE), native cint32 x cint16 mul_elem_8
    e = emulated_mul(a, b)
    assert (e.macs, e.shuffles, e.lanes) == (1, 1, 8)


def test_fp32_block_is_six_bf16_products_and_the_splits():
    e = emulated_mul("float", "float")
    assert e.bf16 and e.lanes == 16
    assert e.macs == 4 + 6          # 2 VMSC per operand split + 1 VMUL + 5 VMAC ('fast')
    assert e.moves == 6 + 2 + 1     # 3 bf16 conversions per operand, 2 moves in, 1 out


def test_native_pairs_have_no_block():
    for a, b in [("int16", "int16"), ("cint16", "cint16"), ("cint16", "cint32"), ("cint32", "cint16"),
                 ("int16", "cint16")]:
        assert emulated_mul(a, b) is None, (a, b)
    assert emulated_mul("cfloat", "cfloat") is None


def test_table_keys_are_symmetric_for_the_real_complex_pairs():
    keys = set(EMULATED_MUL)
    for ca, pa, fa, cb, pb, fb in keys:
        assert (cb, pb, fb, ca, pa, fa) in keys


def test_cint32_by_int32_cost_is_shuffle_bound():
    # one 256-bit vector = 4 cint32 samples = one block: II = 5 VSHUFFLE + 2 VSHIFT (the zip of the
    # 128-bit int32 operand: upper half out of the shuffle result and back in) on the vector-ALU slot
    c = hadamard_cycles(HadamardParams("cint32", "int32", 256), T)
    assert c.ii_cycles == 7 and c.trips == 64
    depth = critical_path((1, T.vload_latency), (1, T.vector_alu_latency), (1, T.vector_alu_latency),
                          (1, T.vector_alu_latency), (1, T.vector_alu_latency),
                          (1, 3 * T.acc_chain_ii), (1, T.vmac_latency), (1, 0))
    assert c.depth_cycles == depth
    assert c.total_cycles == 63 * 7 + depth + adf_call_overhead(T, 3)


def test_int16_by_cint32_cost_is_shift_bound():
    # 8 samples per vector (4-byte lanes, DSPLib kSamplesInVect): two 256-bit cint32 stores, but the
    # zip of the 128-bit int16 operand takes 1 VSHUFFLE + 2 VSHIFT on the vector-ALU slot
    c = hadamard_cycles(HadamardParams("int16", "cint32", 128), T)
    assert c.trips == 16 and c.ii_cycles == 3


@pytest.mark.parametrize("a,b", [("cint32", "int32"), ("int32", "cint32"), ("int16", "cint32"),
                                 ("cint32", "int16")])
def test_zip_of_a_sub_register_operand_costs_two_shifts(a, b):
    e = emulated_mul(a, b)
    assert e.zips_real
    assert subvector_shifts(e, 128) == 2                  # DSPLib: 4 int32 or 8 int16 = 128 bits
    assert subvector_shifts(e, REGISTER_MIN_BITS) == 0    # halves of a 512-bit shuffle result: free


@pytest.mark.parametrize("a,b", [("int32", "int32"), ("int32", "int16"), ("int16", "int32"),
                                 ("cint32", "cint32"), ("float", "float")])
def test_blocks_without_a_real_operand_zip_have_no_shifts(a, b):
    e = emulated_mul(a, b)
    assert not e.zips_real and subvector_shifts(e, 128) == 0


def test_shifts_do_not_touch_the_int32_pairs():
    # the 32b x 32b and 32b x 16b blocks keep their API counts (in bound on C5)
    assert hadamard_cycles(HadamardParams("int32", "int32", 64), T).ii_cycles == 4
    assert hadamard_cycles(HadamardParams("int32", "int16", 512), T).ii_cycles == 2


def test_float_cost_is_bound_by_the_rounding_mode_chain():
    # 10 bf16 MAC-slot ops per block would allow II 10; the crRnd region of each block's
    # splitting (set_rnd(0) .. set_rnd(rnd)) makes consecutive blocks serial: 2 x (2 + 6) + 4 = 20
    c = hadamard_cycles(HadamardParams("float", "float", 25), T)
    mode = 2 * (T.conv_latency + T.bf16_vmac_latency) + 4 * T.scalar_alu_latency
    assert rounding_mode_chain(emulated_mul("float", "float"), T) == mode == 20
    assert c.trips == 4 and c.ii_cycles == mode > emulated_mul("float", "float").macs
    chain = [(1, T.vload_latency), (1, T.vector_alu_latency)]
    chain += [(1, T.conv_latency), (1, T.bf16_vmac_latency)] * 2 + [(1, T.conv_latency)]
    chain += [(1, 5 * T.bf16_acc_chain_ii), (1, T.bf16_vmac_latency), (1, T.vector_alu_latency), (1, 0)]
    assert c.depth_cycles == critical_path(*chain)
    many = hadamard_cycles(HadamardParams("float", "float", 1024, frames=2), T)
    assert many.total_cycles - many.call_overhead_cycles == (
        (256 - 1) * mode + c.depth_cycles + loop_setup_cycles(T, 2))


def test_only_the_fp32_block_has_a_rounding_mode_region():
    for key, emu in EMULATED_MUL.items():
        floating = key[2] and key[5]
        assert emu.rounding_mode_region == floating, key
        assert (rounding_mode_chain(emu, T) > 0) == floating, key
    # integer emulations keep their slot-bound II (no recurrence across iterations)
    assert hadamard_cycles(HadamardParams("int32", "int32", 64), T).ii_cycles == 4


def test_matrix_vector_mul_uses_the_same_rounding_mode_chain():
    from aiesim_py.kernels.matrix_vector_mul import mac_ops
    # one 8-lane float A vector = one 16-lane block: the same recurrence per MAC
    assert mac_ops("float", "float", T).mode_chain == rounding_mode_chain(emulated_mul("float", "float"), T)


def test_complex_float_is_refused():
    with pytest.raises(ValueError, match="EMULATED_MUL"):
        hadamard_cycles(HadamardParams("cfloat", "float", 16), T)


@pytest.fixture(scope="module")
def c5():
    sys.path.insert(0, str(VALIDATION))
    try:
        import cases_c5
        yield cases_c5
    finally:
        sys.path.remove(str(VALIDATION))


def test_routed_plio_in_kernel_column_is_six_switches(c5):
    """Two kernels on one tile: kernel 0's two input buffers take its own memory's 2 S2MM channels (6
    switches from a PLIO in its column), kernel 1's go to the north neighbour's memory, whose DMA fills
    them (one switch more: KernelGraph._buffer_memories); the outputs fit the tile's 2 MM2S channels."""
    d = c5.hadamard_design("int16", "int16", 32, 1, 2, 1)
    hops = {n.src: n.hops for n in d.nets}
    assert hops["in_a0"] == hops["in_b0"] == c5.HOPS
    assert hops["in_a1"] == hops["in_b1"] == c5.HOPS + 1
    assert hops["had0.out[0]"] == hops["had1.out[0]"] == c5.HOPS
    assert all(p.column == 0 for p in d.plios)


def test_spread_ssr_plios_take_longer_routes(c5):
    d = c5.hadamard_design("cint16", "int16", 256, 1, 16, 4)
    cols = {}
    for p in d.plios:
        if p.direction == "in":
            cols[p.column] = cols.get(p.column, 0) + 1
    assert max(cols.values()) <= c5.PLIO_ROUTES_NORTH_PER_COLUMN == 6
    hops = {n.src: n.hops for n in d.nets}
    assert hops["in_a0"] == c5.HOPS            # in the kernel's column
    assert max(hops.values()) > c5.HOPS         # neighbouring columns / detours
    for n in d.nets:                            # every route reaches the kernel tile's switch
        assert len(n.route) == n.hops - 1


@pytest.mark.parametrize("a,b,v", [("int16", "int16", 16), ("float", "float", 8), ("int32", "int16", 8),
                                   ("cint32", "cint32", 4), ("int16", "cint32", 8), ("cint32", "int16", 8),
                                   ("cint16", "int16", 8)])
def test_dsplib_vector_is_256_bits_of_the_output_type(a, b, v):
    # hadamard.hpp kSamplesInVect = 256 / 8 / val_byteBuffWin (4-byte lanes for int16 x cint32)
    assert samples_per_vector(a, b) == v


def test_frames_are_padded_to_whole_vectors():
    # hadamard_graph.hpp kKernelPtSize = CEIL(DIM / SSR, kSamplesInVect): float dim 25 -> 32
    assert padded_samples("float", "float", 25) == 32
    assert padded_samples("float", "float", 1024) == 1024
    assert padded_samples("int16", "int16", 17) == 32
    assert hadamard_cycles(HadamardParams("float", "float", 32), T).trips == 4


def test_padded_window_is_the_throughput_sample_count(c5):
    d = c5.hadamard_design("float", "float", 25, 1, 1, 1)
    (k,) = d.kernels
    assert k.params.samples == 32
    assert [port.bytes_per_call for port in k.params.ports()] == [128, 128, 128]


@pytest.mark.parametrize("ssr,num_aie,per_tile", [(16, 4, 4), (8, 2, 4), (5, 2, 4), (4, 1, 4), (2, 1, 2),
                                                  (1, 1, 1)])
def test_kernels_pack_four_per_tile(c5, ssr, num_aie, per_tile):
    assert c5.kernels_per_tile(ssr, num_aie) == per_tile


def test_ssr5_is_four_plus_one(c5):
    d = c5.hadamard_design("int16", "cint32", 80, 1, 5, 2)
    tiles = [k.tile for k in d.kernels]
    assert sorted(tiles.count(t) for t in set(tiles)) == [1, 4]


def test_packing_that_disagrees_with_the_tile_count_is_refused(c5):
    with pytest.raises(ValueError, match="benchmark used 3"):
        c5.kernels_per_tile(5, 3)
