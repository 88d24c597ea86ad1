"""Unsigned activations in signed storage, int32 results, QONNX CEIL / UP roundings.

* ``srs_plan(f, 32, ap_ufixed<W>, storage_bits=S)`` is a *signed* SRS to int8 / int16 plus the
  ops of a narrow type; the dense kernel runs exactly that (``kernels.dense.conversion_plan``
  is signed). Exhaustive over accumulator values around every boundary, for every
  quantization and overflow mode of ap_ufixed, right and left shifts, W = 1..S-1: equal to
  the ap_fixed definition :func:`~aiesim_py.isa.apfixed.cast_reference` (itself proven against
  g++ in test_apfixed_groundtruth.py).
* CEIL / UP (QONNX-only quantizations) map to the SRS modes ceil / symmetric_ceil: the plan
  equals the definition (ceil, away from zero) and numpy's ``np.ceil`` / ``sign * ceil(|x|)``.
* int32 outputs are the acc32 lanes (shift 0, no ops).
"""
from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from aiesim_py.errors import UnsupportedLayerError
from aiesim_py.isa.apfixed import UnsupportedConversion, apply_plan, cast_reference, srs_plan
from aiesim_py.isa.fixed_point import FixedType, quantize_float
from aiesim_py.isa.modes import AP_FIXED_QUANTIZATIONS, ApOverflow, RoundingMode
from aiesim_py.kernels.dense import DenseParams, conversion_plan, finish_output


def _acc_values(shift: int, width: int) -> np.ndarray:
    """Every lane value around 0 and around the type's bounds (+-2**W and +-2**(W+1) in
    result units), and far values, in accumulator units."""
    s = max(shift, 0)
    near = np.arange(-(4 << s), (4 << s) + 1)
    edges = [near + (m << (width + s)) for m in (-2, -1, 1, 2)]
    far = np.array([-2**31, -2**31 + 1, 2**31 - 1, 2**30, -2**30, 12345678, -7654321])
    small = np.arange(-(1 << (min(width, 5) + s)), (1 << (min(width, 5) + s)) + 1)
    return np.concatenate([small, near, *edges, far])


@pytest.mark.parametrize("storage", [8, 16])
def test_unsigned_in_signed_storage_equals_definition(storage):
    checked = 0
    widths = (1, 3, 6, 7) if storage == 8 else (9, 15)
    for q, o, w, shift in itertools.product(AP_FIXED_QUANTIZATIONS, ApOverflow, widths, (3, 0, -2)):
        if o is ApOverflow.WRAP_SM:
            continue                                  # the headers reject ap_ufixed + WRAP_SM
        t = FixedType(w, w // 2, False, q.value, o.value)
        f = t.frac + shift
        plan = srs_plan(f, 32, t, storage_bits=storage)
        assert plan.srs_signed and plan.srs_bits == storage
        acc = _acc_values(shift, w)
        got = apply_plan(acc, plan)
        want = np.array([cast_reference(int(v), f, t) for v in acc])
        assert np.array_equal(got, want), (t, shift)
        # the kernel's own conversion (signed SRS + the same ops) gives the same
        p = DenseParams(role="single", batch=4, k=8, n=8, shift=plan.shift, rounding=plan.rounding.name,
                        saturation=plan.saturation.name, ops=plan.ops, out_bits=storage)
        assert conversion_plan(p).srs_signed
        assert np.array_equal(finish_output(acc, p).astype(np.int64), want)
        checked += 1
    assert checked >= 40


def test_unsigned_too_wide_for_storage_is_refused():
    with pytest.raises(UnsupportedConversion, match="int8"):
        srs_plan(10, 32, FixedType(8, 4, False, "TRN", "SAT"), storage_bits=8)
    from aiesim_py.compiler.passes.quantize import storage_bits
    assert storage_bits(FixedType(8, 4, False), "x") == 16 and storage_bits(FixedType(7, 4, False), "x") == 8
    with pytest.raises(UnsupportedLayerError, match="15 bits unsigned"):
        storage_bits(FixedType(16, 4, False), "layer 'd' input")


@pytest.mark.parametrize("mode,aie,ref", [
    ("CEIL", RoundingMode.ceil, np.ceil),
    ("UP", RoundingMode.symmetric_ceil, lambda y: np.sign(y) * np.ceil(np.abs(y))),
])
def test_qonnx_ceil_and_up_map_to_one_srs(mode, aie, ref):
    for signed, w, shift in itertools.product((True, False), (6, 8), (1, 4, 0)):
        t = FixedType(w, 3, signed, mode, "SAT")
        f = t.frac + shift
        plan = srs_plan(f, 32, t)
        assert plan.rounding is aie
        acc = _acc_values(shift, w)
        want = np.clip(ref(acc / 2.0 ** shift), t.int_min, t.int_max).astype(np.int64)
        assert np.array_equal(apply_plan(acc, plan), want)
        assert np.array_equal(apply_plan(acc, plan), [cast_reference(int(v), f, t) for v in acc])
    # float inputs (the host's input cast) follow the same rounding
    x = np.concatenate([np.linspace(-3, 3, 1201), [1e-30, -1e-30, 0.0]])
    t = FixedType(8, 4, True, mode, "SAT")
    assert np.array_equal(quantize_float(x, t), np.clip(ref(x * 16), -128, 127).astype(np.int64))


def test_int32_output_is_the_lane():
    p = DenseParams(role="single", batch=4, k=8, n=8, out_bits=32, rounding="floor", saturation="none")
    acc = np.array([-2**31, -5, 0, 7, 2**31 - 1], dtype=np.int64)
    assert np.array_equal(finish_output(acc, p), acc)
    with pytest.raises(ValueError, match="shift 0"):
        DenseParams(role="single", batch=4, k=8, n=8, out_bits=32, shift=2)


@pytest.mark.skipif(shutil.which("g++") is None, reason="g++ not available")
def test_int32_and_unsigned_designs_emit_valid_cpp(tmp_path):
    """Firmware of a design with a uint8 input (int16 storage) and an int32 last layer: every
    kernel source compiles with g++ against tests/stubs."""
    import aiesim_py as aie
    from aiesim_py.compiler.ir import DenseNode, Graph
    rng = np.random.default_rng(0)
    in_t = FixedType(8, 3, False, "RND", "SAT")
    w_t = FixedType(8, 1, True)
    acc_t = FixedType(32, 32 - 12, True)
    g = Graph("u8_int32", 16, in_t, source="test")
    g.nodes.append(DenseNode("d0", rng.integers(-16, 64, (16, 8)), None, w_t, None, acc_t,
                             FixedType(8, 4, False, "RND_CONV", "SAT")))
    g.nodes.append(DenseNode("d1", rng.integers(40, 64, (8, 4)), None, w_t, None, FixedType(32, 32 - 11, True),
                             FixedType(40, 40 - 11, True)))
    cm = aie.compile(g, batch=8, parallelism="2x1,1x1")
    ks = [k.params for k in cm.design.kernels]
    assert ks[0].a_bits == 16 and ks[-1].out_bits == 32
    out = cm.write_firmware(tmp_path / "p")
    stubs = Path(__file__).parent / "stubs"
    for cc in sorted((out / "src" / "kernels").glob("*.cc")):
        res = subprocess.run(["g++", "-std=c++17", "-fsyntax-only", "-Wall", "-Werror", f"-I{stubs}",
                              f"-I{out / 'src'}", str(cc)], capture_output=True, text=True)
        assert res.returncode == 0, res.stderr[-3000:]
    xi = rng.integers(0, 256, (40, 16))
    y = cm.run(xi)
    assert y.min() >= -2**31 and y.max() < 2**31 and np.abs(y).max() > 2**15


def test_readme_unsigned_table_matches_mode_support_table():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    from aiesim_py.isa.apfixed import mode_support_table
    for r in mode_support_table(signed_storage=True):
        if r.overflow == "WRAP_SM":
            assert "| AP_WRAP_SM | any | refused |" in readme
            continue
        width = "< 7" if r.narrow_width else "7"
        ops = ", ".join(r.ops) if r.ops else "none"
        assert f"| AP_{r.overflow} | {width} | {r.status} | {ops} |" in readme, r
