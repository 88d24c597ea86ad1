"""isa: every fast path equals its reference definition, bit for bit.

The whole module runs twice: normally (numba compiled) and, through
:func:`test_equalities_hold_without_jit`, in a subprocess with ``NUMBA_DISABLE_JIT=1`` so the
kernels' Python source is checked too (style.md principle 8). Under the subprocess the
hypothesis example counts shrink: the kernels then run as slow Python.
"""
import os
import subprocess
import sys
from pathlib import Path

import numba
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from aiesim_py.isa import RoundingMode, SaturationMode, bf16, vector
from aiesim_py.isa.mmul import (
    NATIVE_MMUL_SHAPES, _float_gemm, matmul_acc, matmul_acc32, matmul_exact, mmul_reference, wrap_signed,
)
from aiesim_py.isa.srs import srs, srs_reference
from aiesim_py.isa.types import element_type
from aiesim_py.isa.ups import UPS_INPUTS, ups, ups_reference

NOJIT = bool(numba.config.DISABLE_JIT)
RND = list(RoundingMode)
SAT = list(SaturationMode)


def examples(n: int):
    return settings(max_examples=max(6, n // 5) if NOJIT else n, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def ints_with_edges(lo: int, hi: int):
    """Integers in lo..hi, often the bounds and their neighbours."""
    edges = sorted(e for e in {lo, lo + 1, lo // 2, -1, 0, 1, hi // 2, hi - 1, hi} if lo <= e <= hi)
    return st.one_of(st.integers(lo, hi), st.sampled_from(edges))


# ------------------------------------------------------------------------------- SRS

SRS_PAIRS = [(32, 8, True), (32, 8, False), (32, 16, True), (32, 16, False),
             (64, 16, True), (64, 16, False), (64, 32, True), (64, 32, False)]


@st.composite
def srs_case(draw):
    acc_bits, out_bits, signed = draw(st.sampled_from(SRS_PAIRS))
    lanes = draw(st.lists(ints_with_edges(-2**(acc_bits - 1), 2**(acc_bits - 1) - 1), min_size=1, max_size=12))
    # shifts near the output width matter most; the whole range is reachable
    shift = draw(st.one_of(st.integers(-4, 59), st.integers(-4, out_bits + 2)))
    return lanes, shift, draw(st.sampled_from(RND)), draw(st.sampled_from(SAT)), out_bits, signed


def _raises(f):
    try:
        return False, f()
    except ValueError:
        return True, None


@examples(400)
@given(srs_case())
def test_srs_equals_reference(case):
    lanes, shift, rnd, sat, bits, signed = case
    fast = srs(np.array(lanes, dtype=np.int64), shift, rnd, sat, bits, signed, allow_unsafe_shift=True)
    ref = [srs_reference(x, shift, rnd, sat, bits, signed, allow_unsafe_shift=True) for x in lanes]
    assert fast.tolist() == ref
    # and both refuse the same undocumented unsafe-shift lanes
    fast_raised, _ = _raises(lambda: srs(np.array(lanes), shift, rnd, sat, bits, signed))
    ref_raised, _ = _raises(lambda: [srs_reference(x, shift, rnd, sat, bits, signed) for x in lanes])
    assert fast_raised == ref_raised


@pytest.mark.parametrize("signed", [True, False])
def test_srs_exhaustive_small(signed):
    xs = np.arange(-130, 131, dtype=np.int64)
    for shift in (-4, -2, -1, 1, 2, 3):
        for rnd in RND:
            for sat in SAT:
                fast = srs(xs, shift, rnd, sat, 8, signed, allow_unsafe_shift=True)
                ref = [srs_reference(int(x), shift, rnd, sat, 8, signed, allow_unsafe_shift=True) for x in xs]
                assert fast.tolist() == ref, (shift, rnd, sat)


# ------------------------------------------------------------------------------- UPS

UPS_PAIRS = [(it, 32 if acc == "acc32" else 64) for acc, ins in UPS_INPUTS.items() for it in ins]


@st.composite
def ups_case(draw):
    in_name, acc_bits = draw(st.sampled_from(UPS_PAIRS))
    t = element_type(in_name)
    lanes = draw(st.lists(ints_with_edges(t.min, t.max), min_size=1, max_size=12))
    shift = draw(st.one_of(st.integers(0, 63), st.integers(acc_bits - t.bits - 2, acc_bits - t.bits + 2)))
    return lanes, max(0, min(shift, 63)), draw(st.sampled_from(SAT)), acc_bits


@examples(300)
@given(ups_case())
def test_ups_equals_reference(case):
    lanes, shift, sat, acc_bits = case
    assert ups(np.array(lanes), shift, sat, acc_bits).tolist() == [
        ups_reference(x, shift, sat, acc_bits) for x in lanes]


# ------------------------------------------------------------------------------- MAC / mmul

INT_PAIRS = [p for p in NATIVE_MMUL_SHAPES if "bfloat16" not in p] + [("int32", "int16"), ("int32", "int32")]


def _operands(pair, acc_bits, seed, extreme, near_limit):
    rng = np.random.default_rng(seed)
    ta, tb = element_type(pair[0]), element_type(pair[1])
    shapes = NATIVE_MMUL_SHAPES.get(pair) or [(4, 4, 8)]
    m, k, n = shapes[seed % len(shapes)]
    k *= 1 + seed % 3                         # several mmul calls along K
    if extreme:                               # products at the type limits: overflow for sure
        a = rng.choice([ta.min, ta.max], size=(m, k))
        b = rng.choice([tb.min, tb.max], size=(k, n))
    else:
        a = rng.integers(ta.min, ta.max, size=(m, k), endpoint=True)
        b = rng.integers(tb.min, tb.max, size=(k, n), endpoint=True)
    lim = 2**(acc_bits - 1)
    if near_limit:
        acc = rng.choice([-lim, lim - 1], size=(m, n)) + rng.integers(-50, 50, size=(m, n))
        acc = np.clip(acc, -lim, lim - 1)
    else:
        acc = rng.integers(-lim, lim - 1, size=(m, n), endpoint=True, dtype=np.int64)
    return a, b, acc


@examples(60)
@given(pair=st.sampled_from(INT_PAIRS), acc_bits=st.sampled_from([32, 64]), seed=st.integers(0, 2**32 - 1),
       extreme=st.booleans(), near_limit=st.booleans())
def test_mmul_fast_paths_equal_reference(pair, acc_bits, seed, extreme, near_limit):
    a, b, acc = _operands(pair, acc_bits, seed, extreme, near_limit)
    ref = mmul_reference(a.tolist(), b.tolist(), acc.tolist(), acc_bits)
    assert matmul_acc(a, b, acc, acc_bits).tolist() == ref
    if acc_bits == 32 and set(pair) <= {"int8", "int4"}:
        assert matmul_acc32(a.astype(np.int8), b.astype(np.int8), acc.astype(np.int32)).tolist() == ref
    if max(element_type(p).bits for p in pair) <= 16:
        # exact BLAS product, wrapped once: equal because wrapping is a ring homomorphism
        exact = matmul_exact(a, b, pair[0], pair[1])
        assert wrap_signed(exact + acc, acc_bits).tolist() == ref


@examples(40)
@given(seed=st.integers(0, 2**32 - 1), step=st.integers(1, 7))
def test_chunked_float_gemm_is_exact(seed, step):
    rng = np.random.default_rng(seed)
    a = rng.integers(-32768, 32768, size=(3, 13))
    b = rng.integers(-32768, 32768, size=(13, 2))
    assert np.array_equal(_float_gemm(a, b, np.float64, step), a @ b)


# ------------------------------------------------------------------------------- bf16

def f32_patterns():
    """fp32 bit patterns: random, ties and near-ties, subnormals, the largest finite, inf, NaN."""
    hi16 = st.integers(0, 0xFFFF)
    return st.one_of(
        st.integers(0, 2**32 - 1),
        st.builds(lambda h, lo: (h << 16) | lo, hi16, st.sampled_from([0x8000, 0x7FFF, 0x8001, 0, 0xFFFF])),
        st.builds(lambda s, m: (s << 31) | m, st.integers(0, 1), st.integers(0, 0x7FFFFF)),      # subnormal
        st.sampled_from([0x7F7FFFFF, 0xFF7FFFFF, 0x7F800000, 0xFF800000, 0x7FC00000, 0x7F800001,
                         0xFFFFFFFF, 0x80000000, 0x00000000, 0x7F7F8000, 0x7F7F7FFF]),
    )


@examples(300)
@given(us=st.lists(f32_patterns(), min_size=1, max_size=16), rnd=st.sampled_from(RND))
def test_bf16_conversion_equals_reference(us, rnd):
    x = np.array(us, dtype=np.uint32).view(np.float32)
    assert bf16.float32_to_bf16(x, rnd).tolist() == [bf16.float32_to_bf16_reference(u, rnd) for u in us]


def bf16_patterns():
    """bf16 patterns whose products and sums interact (nearby exponents), plus specials."""
    near_one = st.builds(lambda s, e, m: (s << 15) | (e << 7) | m, st.integers(0, 1), st.integers(112, 140),
                         st.integers(0, 127))
    return st.one_of(near_one, near_one, st.integers(0, 0xFFFF),
                     st.sampled_from([0x0000, 0x8000, 0x7F80, 0xFF80, 0x7FC0, 0x0001, 0x0080, 0x7F7F]))


@examples(80)
@given(data=st.data(), shape=st.sampled_from([(4, 8, 4), (1, 3, 2), (2, 16, 1)]))
def test_bf16_mac_equals_reference(data, shape):
    m, k, n = shape
    a = [[data.draw(bf16_patterns()) for _ in range(k)] for _ in range(m)]
    b = [[data.draw(bf16_patterns()) for _ in range(n)] for _ in range(k)]
    acc_bits = [[data.draw(f32_patterns()) for _ in range(n)] for _ in range(m)]
    acc = np.array(acc_bits, dtype=np.uint32).view(np.float32)
    ref = bf16.mac_bf16_reference(a, b, [[float(v) for v in row] for row in acc])
    fast = bf16.matmul_bf16(np.array(a), np.array(b), acc)
    want = [[bf16.f32_bits_reference(v) for v in row] for row in ref]
    assert bf16.canonical_f32_bits(fast).tolist() == want
    # the numba K fold of the bf16 kernels (operands as float32 values)
    folded = bf16.matmul_bf16_values(bf16.bf16_to_float32(np.array(a)), bf16.bf16_to_float32(np.array(b)), acc)
    assert bf16.canonical_f32_bits(folded).tolist() == want
    out = bf16.float32_to_bf16(folded, RoundingMode.conv_even)
    assert bf16.relu_bf16(out).tolist() == [[bf16.relu_bf16_reference(int(v)) for v in row] for row in out]


# ------------------------------------------------------------------------------- vector ALU

INT_ELEMS = ["int4", "uint4", "int8", "uint8", "int16", "uint16", "int32", "uint32"]


@examples(150)
@given(data=st.data(), elem=st.sampled_from(INT_ELEMS), sat=st.sampled_from(SAT))
def test_vector_ops_equal_reference(data, elem, sat):
    t = element_type(elem)
    n = data.draw(st.integers(1, 10))
    a = data.draw(st.lists(ints_with_edges(t.min, t.max), min_size=n, max_size=n))
    b = data.draw(st.lists(ints_with_edges(t.min, t.max), min_size=n, max_size=n))
    m = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    lo = data.draw(st.integers(t.min, t.max))
    hi = data.draw(st.integers(lo, t.max))
    for fast, ref in [(vector.add, vector.add_reference), (vector.sub, vector.sub_reference),
                      (vector.vmax, vector.max_reference), (vector.vmin, vector.min_reference)]:
        assert fast(a, b, t).tolist() == [ref(x, y, t) for x, y in zip(a, b)], fast.__name__
    for fast, ref in [(vector.saturating_add, vector.saturating_add_reference),
                      (vector.saturating_sub, vector.saturating_sub_reference)]:
        assert fast(a, b, t, sat).tolist() == [ref(x, y, t, sat) for x, y in zip(a, b)], fast.__name__
    assert vector.relu(a, t).tolist() == [vector.relu_reference(x, t) for x in a]
    assert vector.clamp(a, lo, hi, t).tolist() == [vector.clamp_reference(x, lo, hi, t) for x in a]
    assert vector.select(a, b, m, t).tolist() == [vector.select_reference(x, y, c, t) for x, y, c in zip(a, b, m)]


# ------------------------------------------------------------------------------- without JIT

@pytest.mark.skipif(NOJIT, reason="already running without JIT (this is the subprocess)")
def test_equalities_hold_without_jit():
    """Re-run this module with NUMBA_DISABLE_JIT=1: the kernels' Python source must agree too."""
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, NUMBA_DISABLE_JIT="1")
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
                          str(Path(__file__).relative_to(root))],
                         cwd=root, env=env, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
