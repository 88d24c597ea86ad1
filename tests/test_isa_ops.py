"""isa: hand-computed values for every datapath operation, from the docs' definitions.

Each expected value is worked out by hand (comment) from the rule the docstring cites, so a
change of rule fails here even when reference and fast path still agree with each other.
"""
import doctest
import importlib
import math

import numpy as np
import pytest

from aiesim_py.arch import load_device
from aiesim_py.isa import (
    ACC32, ACC64, ACCFLOAT, INT4, UINT8, RoundingMode as R, SaturationMode as S, default_accum,
    element_type, from_vector, mac_reference, matmul_acc, srs, srs_reference, to_vector, ups,
    ups_reference,
)
from aiesim_py.isa import bf16, vector
from aiesim_py.isa.mmul import NATIVE_MMUL_SHAPES, exact_max_k, matmul_exact, mmul_shapes

ALL_R = list(R)


@pytest.mark.parametrize("name", ["types", "srs", "ups", "bf16", "vector"])
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(f"aiesim_py.isa.{name}"))
    assert result.attempted > 0 and result.failed == 0


# ------------------------------------------------------------------------------- types

def test_types_ranges_and_default_accumulators():
    assert (INT4.min, INT4.max, UINT8.min, UINT8.max) == (-8, 7, 0, 255)
    assert element_type("bf16").name == "bfloat16"
    with pytest.raises(ValueError, match="outside int4"):
        INT4.check([[0, 8]])
    with pytest.raises(ValueError, match="no integer range"):
        element_type("bfloat16").min
    with pytest.raises(ValueError, match="unknown element type"):
        element_type("int12")
    # API-ACC: <= 16-bit pairs -> acc32, 32x16 (48 bits requested) and 32x32 -> acc64, float -> accfloat
    assert default_accum("int8", "int4") is ACC32
    assert default_accum("int16", "int16") is ACC32
    assert default_accum("int32", "int16") is ACC64
    assert default_accum("bfloat16", "bfloat16") is ACCFLOAT
    assert ACC32.wrap(2**31) == -2**31 and ACC64.wrap(-2**63 - 1) == 2**63 - 1


def test_native_shapes_match_the_device_file():
    dev = load_device("ve2802")
    for key, spec in dev.mmul.items():
        a, b = key.split("x")
        assert (a, b) in NATIVE_MMUL_SHAPES, f"{dev.name} lists mmul {key}, isa does not"
        assert [tuple(s) for s in spec.native_shapes] == NATIVE_MMUL_SHAPES[(a, b)], key
        assert spec.acc_bits == default_accum(a, b).bits, key
    assert mmul_shapes("int8", "int16") == []
    assert (4, 4, 8) in mmul_shapes("int8", "int16", native_only=False)
    with pytest.raises(ValueError, match="no aie::mmul"):
        mmul_shapes("int32", "int32")


# ------------------------------------------------------------------------------- SRS

@pytest.mark.parametrize("x,shift,expected", [
    # x / 2**shift for each mode, in crRnd order:
    # floor, ceil, sym_floor, sym_ceil, neg_inf, pos_inf, sym_zero, sym_inf, conv_even, conv_odd
    (10, 2, [2, 3, 2, 3, 2, 3, 2, 3, 2, 3]),           # 2.5
    (-6, 2, [-2, -1, -1, -2, -2, -1, -1, -2, -2, -1]),  # -1.5
    (-5, 2, [-2, -1, -1, -2, -1, -1, -1, -1, -1, -1]),  # -1.25
    (7, 2, [1, 2, 1, 2, 2, 2, 2, 2, 2, 2]),             # 1.75
])
def test_srs_all_rounding_modes(x, shift, expected):
    order = [R.floor, R.ceil, R.symmetric_floor, R.symmetric_ceil, R.negative_inf, R.positive_inf,
             R.symmetric_zero, R.symmetric_inf, R.conv_even, R.conv_odd]
    got = [srs_reference(x, shift, r, S.saturate) for r in order]
    assert got == expected
    assert [int(srs(np.array([x]), shift, r, S.saturate)[0]) for r in order] == expected


def test_srs_negative_shift_is_a_left_shift():
    for r in ALL_R:             # nothing is rounded: every mode gives 5 * 16
        assert srs_reference(5, -4, r, S.none) == 80
    assert srs_reference(10, -4, R.floor, S.none) == 160 - 256       # truncation keeps 8 bits
    assert srs_reference(100, -1, R.floor, S.saturate) == 127         # -1 is safe: saturates
    assert srs_reference(7, -4, R.floor, S.saturate) == 112           # fits: no saturation
    assert srs_reference(-3, -4, R.floor, S.saturate, 8, False) == 0  # saturation against 0
    assert srs(np.array([5, 10, -3]), -4, R.conv_even, S.none).tolist() == [80, -96, -48]


def test_srs_unsafe_shift_refuses_an_undocumented_result():
    with pytest.raises(ValueError, match="unsafe"):
        srs_reference(100, -2, R.floor, S.saturate)
    with pytest.raises(ValueError, match="lane value 100"):
        srs(np.array([1, 100]), -3, R.floor, S.symmetric)
    assert srs_reference(100, -2, R.floor, S.saturate, allow_unsafe_shift=True) == 127
    assert srs(np.array([100, -100]), -2, R.floor, S.symmetric, allow_unsafe_shift=True).tolist() == [127, -127]
    with pytest.raises(ValueError, match="outside -4..59"):
        srs_reference(1, -5, R.floor, S.none)


def test_srs_acc64_extremes_do_not_overflow():
    big = 2**63 - 1
    # (2**63 - 1) / 2**32 = 2**31 - 2**-32: rounds to 2**31 in the nearest modes
    assert srs_reference(big, 32, R.conv_even, S.saturate, 32) == 2**31 - 1
    assert srs_reference(big, 32, R.conv_even, S.none, 32) == -2**31
    assert srs_reference(big, 32, R.floor, S.none, 32) == 2**31 - 1
    assert srs(np.array([big]), 32, R.conv_even, S.none, 32).tolist() == [-2**31]
    assert srs(np.array([big]), 59, R.ceil, S.saturate, 16).tolist() == [16]
    assert srs(np.array([-2**63]), 59, R.symmetric_zero, S.saturate, 16).tolist() == [-16]


def test_to_vector_checks_native_pairs_and_lanes():
    assert to_vector(np.array([-5]), 0, "uint16", R.floor, S.none).tolist() == [65531]
    assert to_vector(np.array([-5]), 0, "uint16", R.floor, S.saturate).tolist() == [0]
    assert to_vector(np.array([2**40]), 8, "int32", R.floor, S.none, "acc64").tolist() == [0]  # 2**32 wraps
    with pytest.raises(ValueError, match="no native SRS"):
        to_vector(np.array([1]), 0, "int32", R.floor, S.none, "acc32")
    with pytest.raises(ValueError, match="no native SRS"):
        to_vector(np.array([1]), 0, "int8", R.floor, S.none, "acc64")
    with pytest.raises(ValueError, match="outside acc32"):
        to_vector(np.array([2**31]), 0, "int16", R.floor, S.none, "acc32")
    # accfloat -> bfloat16: the shift has no effect (API-DOC)
    assert to_vector(np.array([1.00390625], np.float32), 5, "bfloat16", R.conv_even, S.none,
                     "accfloat").tolist() == [0x3F80]


# ------------------------------------------------------------------------------- UPS

def test_ups_documented_saturation():
    # saturate: input clamped to (2**31 - 1) >> 17 = 16383 first, then shifted
    assert ups_reference(32767, 17, S.saturate) == 16383 << 17
    # no saturation: the low 32 bits of 32767 << 17 = 0xFFFE0000
    assert ups_reference(32767, 17, S.none) == -131072
    # symmetric min -(2**31 - 1) >> 16 floors to -32768: the result reaches -2**31
    assert ups_reference(-32768, 16, S.symmetric) == -2**31
    assert ups_reference(-32768, 17, S.symmetric) == -2**31        # clamped to -16384, shifted
    for sat in S:               # acc32, shift >= 32: 0 (UG1583v2-UPS)
        assert ups_reference(-5, 32, sat) == 0 and ups_reference(7, 63, sat) == 0
        assert ups(np.array([-5, 7]), 40, sat).tolist() == [0, 0]
    assert ups_reference(-2**31, 32, S.symmetric, 64) == -2**63
    assert ups_reference(2**31 - 1, 33, S.saturate, 64) == (2**30 - 1) << 33
    assert ups_reference(2**31 - 1, 33, S.none, 64) == -(2**33)
    assert ups(np.array([2**31 - 1, -2**31]), 33, S.saturate, 64).tolist() == [(2**30 - 1) << 33, -2**63]


def test_from_vector_checks_pairs_and_values():
    assert from_vector([-128, 127], 8, "int8", S.none).tolist() == [-32768, 32512]
    with pytest.raises(ValueError, match="no native UPS"):
        from_vector([1], 0, "int32", S.none, "acc32")
    with pytest.raises(ValueError, match="outside uint8"):
        from_vector([256], 0, "uint8", S.none)
    with pytest.raises(ValueError, match="outside 0..63"):
        ups_reference(1, 64, S.none)


# ------------------------------------------------------------------------------- MAC / mmul

def test_mac_wraps_and_checks_operand_types():
    assert mac_reference([[1]], [[1]], [[2**31 - 1]]) == [[-2**31]]
    a = [[-32768] * 4]
    b = [[-32768]] * 4              # 4 * 2**30 = 2**32
    assert mac_reference(a, b, [[0]], "int16", "int16") == [[0]]
    assert mac_reference(a, b, [[0]], "int16", "int16", "acc64") == [[2**32]]
    assert matmul_acc(np.array(a), np.array(b), np.zeros((1, 1)), 32).tolist() == [[0]]
    assert matmul_acc(np.array(a), np.array(b), np.zeros((1, 1)), 64).tolist() == [[2**32]]
    with pytest.raises(ValueError, match="outside int4"):
        mac_reference([[1]], [[8]], [[0]], "int8", "int4")
    with pytest.raises(ValueError, match="outside uint8"):
        mac_reference([[-1]], [[1]], [[0]], "uint8", "int8")
    with pytest.raises(ValueError, match="outside acc32"):
        mac_reference([[1]], [[1]], [[2**31]], "int8", "int8")
    with pytest.raises(ValueError, match="bf16"):
        mac_reference([[1]], [[1]], [[0]], "bfloat16", "bfloat16")


def test_exact_gemm_bounds():
    assert exact_max_k("int8", "int8", 24) == 1024
    assert exact_max_k("int16", "int16", 53) == 2**23
    a = np.full((2, 3000), -32768, np.int16)
    b = np.full((3000, 2), -32768, np.int16)
    assert matmul_exact(a, b).tolist() == [[3000 * 2**30] * 2] * 2
    with pytest.raises(ValueError, match="up to 16 bits"):
        matmul_exact(a.astype(np.int32), b, a_type="int32")
    with pytest.raises(ValueError, match="pass a_type"):
        matmul_exact(a.astype(np.int64), b)


# ------------------------------------------------------------------------------- bf16

BF = bf16.float32_to_bf16_reference


@pytest.mark.parametrize("u,expected", [
    # 1 + 2**-8 (a tie between 1.0 = 0x3F80 and 1 + 2**-7 = 0x3F81), per mode in crRnd order:
    # floor, ceil, sym_floor, sym_ceil, neg_inf, pos_inf, sym_zero, sym_inf, conv_even, conv_odd
    (0x3F808000, [0x3F80, 0x3F81, 0x3F80, 0x3F81, 0x3F80, 0x3F81, 0x3F80, 0x3F81, 0x3F80, 0x3F81]),
    # -(1 + 2**-8): floor goes toward -inf (larger magnitude), sym_floor toward 0
    (0xBF808000, [0xBF81, 0xBF80, 0xBF80, 0xBF81, 0xBF81, 0xBF80, 0xBF80, 0xBF81, 0xBF80, 0xBF81]),
    # largest finite fp32: rounding up overflows to inf, rounding down keeps the largest bf16
    (0x7F7FFFFF, [0x7F7F, 0x7F80, 0x7F7F, 0x7F80, 0x7F80, 0x7F80, 0x7F80, 0x7F80, 0x7F80, 0x7F80]),
    (0xFF800000, [0xFF80] * 10),                      # -inf
    (0x7F800001, [0x7FC0] * 10),                      # a NaN whose payload is below bit 16
    (0x80000001, [0x8001, 0x8000, 0x8000, 0x8001, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000]),
])
def test_bf16_conversion_per_mode(u, expected):
    order = [R.floor, R.ceil, R.symmetric_floor, R.symmetric_ceil, R.negative_inf, R.positive_inf,
             R.symmetric_zero, R.symmetric_inf, R.conv_even, R.conv_odd]
    assert [BF(u, r) for r in order] == expected
    fast = [int(bf16.float32_to_bf16(np.array([u], np.uint32).view(np.float32), r)[0]) for r in order]
    assert fast == expected


def test_bf16_conv_even_ties_and_subnormals():
    assert BF(0x3F818000, R.conv_even) == 0x3F82      # 1 + 3 * 2**-8: tie, rounds up to even
    assert BF(0x3F808001, R.conv_even) == 0x3F81      # just above the tie
    assert BF(0x00008000, R.conv_even) == 0x0000      # subnormal tie between 0 and 0x0001
    assert BF(0x00018000, R.conv_even) == 0x0002
    assert BF(0x0000FFFF, R.conv_even) == 0x0001
    assert BF(0x007FFFFF, R.conv_even) == 0x0080      # largest subnormal rounds to 2**-126
    assert BF(0x80000000, R.floor) == 0x8000          # -0 stays -0


def test_bf16_conversion_matches_the_classic_bit_formulas():
    rng = np.random.default_rng(5)
    us = rng.integers(0, 2**32, 20000, dtype=np.uint64).astype(np.uint32)
    us = us[((us >> 23) & 0xFF) != 0xFF]               # finite only
    x = us.view(np.float32)
    # round-to-nearest-even by the well-known add-and-truncate formula
    rne = ((us.astype(np.uint64) + 0x7FFF + ((us >> 16) & 1)) >> 16).astype(np.uint16)
    assert np.array_equal(bf16.float32_to_bf16(x, R.conv_even), rne)
    assert np.array_equal(bf16.float32_to_bf16(x, R.symmetric_floor), (us >> 16).astype(np.uint16))


def test_f32_rounding_reference_matches_the_fpu():
    rng = np.random.default_rng(3)
    xs = rng.standard_normal(4000) * 10.0 ** rng.integers(-46, 39, 4000)
    extra = [3.4028235677973366e38, 3.4028235e38 * 1.0000001, 2.0**-150, 2.0**-150 * 1.0001, 1 + 2**-24]
    with np.errstate(all="ignore"):
        for x in list(xs) + extra:
            y = np.float32(x)
            assert bf16.f32_bits_reference(x) == int(np.array([y]).view(np.uint32)[0]), x


def test_bf16_mac_hand_values():
    one, tiny = 0x3F80, 0x3380                         # 1.0 and 2**-24
    mac = bf16.mac_bf16_reference
    # 1 + 2**-24 is a tie: each add rounds to even, so two tiny products vanish (K order)
    assert mac([[tiny, tiny]], [[one], [one]], [[1.0]]) == [[1.0]]
    assert mac([[0x7F7F]], [[0x4000]], [[0.0]]) == [[math.inf]]           # max bf16 * 2
    assert math.isnan(mac([[0x7F80]], [[0x0000]], [[0.0]])[0][0])        # inf * 0
    # 2**-126 * 2**-10 = 2**-136: an exact fp32 subnormal
    assert bf16.f32_bits_reference(mac([[0x0080]], [[0x3A80]], [[0.0]])[0][0]) == 0x2000
    # 2**-126 * 1.5 * 2**-23 = 1.5 * 2**-149: a subnormal tie, to even -> 2 * 2**-149
    assert bf16.f32_bits_reference(mac([[0x0080]], [[0x3440]], [[0.0]])[0][0]) == 0x2
    fast = bf16.matmul_bf16(np.array([[0x7F80, 0x3F80]]), np.array([[0x0000], [0x3F80]]),
                            np.zeros((1, 1), np.float32))
    assert bf16.canonical_f32_bits(fast).tolist() == [[0x7FC00000]]
    with pytest.raises(ValueError, match="not an fp32 value"):
        mac([[one]], [[one]], [[0.1]])


# ------------------------------------------------------------------------------- vector ALU

def test_vector_ops_hand_values():
    assert vector.add_reference(100, 100, "int8") == -56                # wraps
    assert vector.add_reference(200, 100, "uint8") == 44
    assert vector.sub_reference(-100, 100, "int8") == 56
    assert vector.saturating_add_reference(100, 100, "int8", S.saturate) == 127
    assert vector.saturating_add_reference(-100, -100, "int8", S.saturate) == -128
    assert vector.saturating_add_reference(-100, -100, "int8", S.symmetric) == -127
    assert vector.saturating_add_reference(100, 100, "int8", S.none) == -56
    assert vector.saturating_sub_reference(5, 10, "uint8", S.saturate) == 0
    assert vector.max_reference(200, 100, "uint8") == 200               # unsigned compare
    assert vector.max_reference(-56, 100, "int8") == 100
    assert vector.relu_reference(-5, "int8") == 0
    assert vector.clamp_reference(-100, -32, 31, "int8") == -32
    assert vector.select_reference(1, 2, True, "int8") == 2
    assert vector.add(np.array([100, -128]), np.array([100, -1]), "int8").tolist() == [-56, 127]
    assert vector.relu(np.array([-3, 4]), "int16").tolist() == [0, 4]
    with pytest.raises(ValueError, match="outside int8"):
        vector.add([128], [0], "int8")
    with pytest.raises(ValueError, match="clamp bounds"):
        vector.clamp([0], 10, 5, "int8")
    with pytest.raises(ValueError, match="integer element types"):
        vector.vmax([0], [0], "bfloat16")
