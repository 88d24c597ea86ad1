"""isa: reference definitions vs numba fast paths, and hand-checked values."""
import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from aiesim_py.isa import (
    FixedType, RoundingMode, SaturationMode, matmul_acc32, mmul_reference, quantize_float, srs,
    srs_reference, wrap_signed,
)

RND = list(RoundingMode)
SAT = list(SaturationMode)


@pytest.mark.parametrize("rnd", RND)
@pytest.mark.parametrize("sat", SAT)
def test_srs_fast_equals_reference_exhaustive(rnd, sat):
    xs = np.arange(-5000, 5001, dtype=np.int64)
    for shift in (0, 1, 2, 3, 5, 9):
        fast = srs(xs, shift, rnd, sat, 8, True)
        ref = np.array([srs_reference(int(x), shift, rnd, sat, 8, True) for x in xs])
        assert np.array_equal(fast, ref), (rnd, sat, shift)


@settings(max_examples=300, deadline=None)
@given(x=st.integers(-2**31, 2**31 - 1), shift=st.integers(0, 40), rnd=st.sampled_from(RND),
       sat=st.sampled_from(SAT), bits=st.sampled_from([8, 16]), signed=st.booleans())
def test_srs_fast_equals_reference_random(x, shift, rnd, sat, bits, signed):
    fast = srs(np.array([x]), shift, rnd, sat, bits, signed)[0]
    assert fast == srs_reference(x, shift, rnd, sat, bits, signed)


@pytest.mark.parametrize("rnd,x,expected", [
    # shift 1: x/2 with ties; values are (x, expected)
    (RoundingMode.conv_even, 1, 0), (RoundingMode.conv_even, 3, 2), (RoundingMode.conv_even, -1, 0),
    (RoundingMode.conv_even, -3, -2), (RoundingMode.conv_odd, 1, 1), (RoundingMode.conv_odd, 3, 1),
    (RoundingMode.floor, -1, -1), (RoundingMode.ceil, 1, 1), (RoundingMode.positive_inf, -1, 0),
    (RoundingMode.negative_inf, 1, 0), (RoundingMode.symmetric_inf, -1, -1), (RoundingMode.symmetric_inf, 1, 1),
    (RoundingMode.symmetric_zero, -1, 0), (RoundingMode.symmetric_zero, 1, 0),
    (RoundingMode.symmetric_floor, -1, 0), (RoundingMode.symmetric_ceil, 1, 1),
])
def test_srs_hand_values(rnd, x, expected):
    assert srs_reference(x, 1, rnd, SaturationMode.saturate) == expected


def test_srs_saturation_modes():
    assert srs_reference(1000, 0, RoundingMode.floor, SaturationMode.saturate) == 127
    assert srs_reference(-1000, 0, RoundingMode.floor, SaturationMode.saturate) == -128
    assert srs_reference(-1000, 0, RoundingMode.floor, SaturationMode.symmetric) == -127
    assert srs_reference(200, 0, RoundingMode.floor, SaturationMode.none) == 200 - 256
    assert srs_reference(300, 0, RoundingMode.floor, SaturationMode.saturate, 8, False) == 255
    with pytest.raises(ValueError):
        srs_reference(1, 60, RoundingMode.floor, SaturationMode.none)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), big=st.booleans())
def test_mmul_fast_equals_reference(seed, big):
    rng = np.random.default_rng(seed)
    a = rng.integers(-128, 128, size=(4, 8))
    b = rng.integers(-128, 128, size=(8, 8))
    # near the acc32 limits the wrap must be identical
    lo, hi = (2**31 - 3000, 2**31 - 1) if big else (-1000, 1000)
    acc = rng.integers(lo, hi, size=(4, 8))
    ref = mmul_reference(a.tolist(), b.tolist(), acc.tolist(), 32)
    fast = matmul_acc32(a.astype(np.int8), b.astype(np.int8), acc.astype(np.int32))
    assert np.array_equal(np.array(ref), fast)


def test_wrap_signed():
    assert wrap_signed(2**31, 32) == -2**31
    assert wrap_signed(-2**31 - 1, 32) == 2**31 - 1
    assert np.array_equal(wrap_signed(np.array([2**31, 5]), 32), [-2**31, 5])


def test_quantize_float_modes():
    t = FixedType(8, 4, True, "RND_CONV", "SAT")   # F = 4, step 1/16, range -8 .. 7.9375
    x = np.array([0.03125, 0.09375, -0.03125, 100.0, -100.0, 1.0])
    assert quantize_float(x, t).tolist() == [0, 2, 0, 127, -128, 16]
    t2 = FixedType(8, 4, True, "TRN", "WRAP")
    assert quantize_float(np.array([-0.01, 8.0]), t2).tolist() == [-1, -128]
    t3 = FixedType(8, 4, True, "RND", "SAT_SYM")
    assert quantize_float(np.array([-0.03125, -100.0]), t3).tolist() == [0, -127]


def test_numba_disabled_paths_agree():
    """The equality tests also hold with NUMBA_DISABLE_JIT=1 (pure Python execution)."""
    env = dict(os.environ, NUMBA_DISABLE_JIT="1")
    code = (
        "import numpy as np\n"
        "from aiesim_py.isa import *\n"
        "xs = np.arange(-700, 701)\n"
        "for r in RoundingMode:\n"
        "  for s in SaturationMode:\n"
        "    f = srs(xs, 3, r, s)\n"
        "    assert f.tolist() == [srs_reference(int(x), 3, r, s) for x in xs], (r, s)\n"
        "rng = np.random.default_rng(1)\n"
        "a = rng.integers(-128, 128, (4, 8)); b = rng.integers(-128, 128, (8, 8)); acc = rng.integers(-9, 9, (4, 8))\n"
        "assert np.array_equal(matmul_acc32(a.astype(np.int8), b.astype(np.int8), acc.astype(np.int32)),"
        " np.array(mmul_reference(a.tolist(), b.tolist(), acc.tolist())))\n"
        "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_stream_write_costs_a_store_slot_op_and_an_extract_per_word():
    """AIE-ML writes its output stream one scalar `mov ms` per 32-bit word (store slot) after a
    move-slot extract; an SRS to a register takes the store slot too; words and multiplies never
    issue in the same cycle (llvm-aie AIE2 itineraries: both take R_RV_PORT)."""
    from aiesim_py.isa.timing import AIE_ML_CORE, resource_ii, stream_write
    slots, bound = stream_write(8, macs=2, srs=1)
    assert (slots.store, slots.move, bound) == (9, 8, 10)
    assert resource_ii(slots, AIE_ML_CORE, recurrence=bound) == 10
    assert stream_write(4) == (stream_write(4)[0], 4)
