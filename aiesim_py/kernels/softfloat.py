"""Cycle cost of the scalar soft-float routines of AIE-ML (shared by kernels.zscore_norm / softmax / mnist_convnet /
substitution), and of ``aie::inv`` of a scalar.

AIE-ML's scalar unit has no floating-point hardware (UG1603 "Floating-Point Operations"). Xilinx/llvm-aie
``AIE2LegalizerInfo.cpp`` makes scalar fp32 ``G_FADD`` / ``G_FSUB`` / ``G_FMUL`` / ``G_FDIV`` library calls
(``libcallFor({S32, S64})``) and a 64-bit ``G_MUL`` a library call too (``libcallFor({S64})``);
``compiler-rt/lib/builtins/CMakeLists.txt`` of that repository builds the generic compiler-rt sources for aie2
(``aie2_SOURCES`` = the generic list: addsf3.c, subsf3.c, mulsf3.c, divsf3.c, muldi3.c, comparesf2.c ...). The
aiecompiler (Chess) library the measured cases link is not public: ASSUMPTION, its routines take about as many
bundles as these.

SOFTFLOAT_COST_CHANGE (helper softfloat, session 16; made after the C36 / C37 / C39 / C40 comparisons; False restores
the old round numbers exactly): the cycles of one call are DERIVED by counting, on the C source of the generic
compiler-rt routines (llvm/llvm-project compiler-rt/lib/builtins fp_add_impl.inc, fp_mul_impl.inc, fp_div_impl.inc,
subsf3.c, divsf3.c, muldi3.c, fp_mode.c; read, not copied), the operations of the common path (both operands normal
and finite, result normal, round to nearest, no renormalisation, no carry-out), with the rules of kernels.softmax's
``SOFT_FLOAT_GT_BUNDLES``: one scalar op per bundle (``CoreTiming.scalar_slots`` 1), each ALU op / compare / select /
multiply one bundle (multiply latency hidden by the other ops: ASSUMPTION), a branch on a register's zero test one
bundle, a branch on another condition a compare and a branch (two), the delay slots of branches filled with later ops
(ASSUMPTION), constants in immediates (not counted), a call the JL with its ``branch_delay_slots`` (argument moves in
them) plus the callee's bundles, the RET's delay slots holding the callee's tail. The itemised counts are
:data:`MULDI3_OPS`, :data:`ADDSF3_OPS`, :data:`MULSF3_OPS`, :data:`DIVSF3_OPS`.

``aie::inv`` of a bfloat16 scalar is no soft routine: Xilinx AIE API ``detail/aie2/elementary.hpp``
(``elementary_bits_common_impl``, read in jgmelber/aie_api @4760f101) broadcasts the scalar to a vector, runs the
vector bf16 ``Inv`` (an int16 subtraction from a magic constant, then five bf16 multiplies / MACs and one accfloat add,
each result converted back to bf16) and takes lane 0: :func:`bf16_scalar_inv_cycles` chains them with the project's
latencies. ``aie::inv`` of a float scalar is ``T(1) / a`` (``detail/elementary.hpp`` generic ``elementary_bits_impl``;
aie2 has no float specialisation): one ``__divsf3``.
"""
from __future__ import annotations

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, critical_path

#: SOFTFLOAT_COST_CHANGE (module docstring): True = the derived op counts, False = the old unsourced round numbers.
SOFTFLOAT_COST_CHANGE = True

#: The old round numbers (kernels.zscore_norm / softmax), restored by SOFTFLOAT_COST_CHANGE False.
OLD_MUL_CYCLES = 20
OLD_DIV_CYCLES = 40
OLD_SCALAR_INV_CYCLES = 12

#: ``__muldi3`` (muldi3.c, its static ``__muldsi3`` inlined): the 16 x 16 partial products of the low words (and, and,
#: mul; shr; and; shr, mul, add; and, shl, add; shr; shr; and; shr, mul, add; and, shl, add; shr, add; mul, add = 24)
#: and the two cross products of the high words (mul, mul, add, add = 4).
MULDI3_OPS = 24 + 4
#: ``__fe_getround`` (fp_mode.c, a weak function in its own file): one move of the result (its RET's delay slots
#: empty: the callee has nothing else), called from ``__addsf3``.
FE_GETROUND_OPS = 1
#: ``__addsf3`` common path, addition of two same-sign normals (fp_add_impl.inc): |a|, |b| (2); the zero / inf / NaN
#: test (two subtractions, two compares, or, branch: 6); the swap (compare, two selects: 3); exponents (shift, and x2:
#: 4); significands (2); denormal tests (two zero-test branches: 2); result sign (1); subtraction flag (xor, and: 2);
#: implicit bit and << 3 (4); align (sub: 1); align zero test (1); align < width (2); sticky (sub, shl, compare: 3);
#: shift, or (2); subtraction branch (1); add (1); carry test (and, branch: 2); overflow test (2); denormal-result test
#: (2); round bits (1); shift, mask (2); exponent shift, or (2); sign or (1); rounding-mode switch (1); round to
#: nearest (compare, add; compare, and, and, add: 6). 56 ops plus the ``__fe_getround`` call.
ADDSF3_OPS = 56
#: ``__subsf3`` (subsf3.c): the sign flip of b in the delay slots of a tail jump to ``__addsf3`` (J + delay slots),
#: and the subtraction path one op longer than the addition path (sub, zero test, compare, branch: 4 against 3).
SUBSF3_EXTRA_OPS = 1
#: ``__mulsf3`` common path (fp_mul_impl.inc): exponents (4); product sign (2); significands (2); the special-case
#: test (6); implicit bits (2); b << exponentBits (1); the 32 x 32 -> 64 ``wideMultiply`` (a ``__muldi3`` call, 64-bit
#: G_MUL being a libcall on AIE2); product exponent (3); normalisation test (and, branch: 2); overflow (2); denormal
#: test (2); mask, exponent shift, or (3); sign (1); round to nearest (compare, add; compare, and, and, add: 6).
#: 36 ops plus the ``__muldi3`` call.
MULSF3_OPS = 36
#: ``__divsf3`` common path (divsf3.c: 0 half-width + 3 native full-width Newton-Raphson iterations,
#: fp_div_impl.inc): exponents, sign, significands, special test, implicit bits (16); written exponent (3); b_UQ1
#: shift (1); x0 = C - b (1); per iteration two 64-bit products (``__muldi3`` calls), a negation (1) and the 64-bit
#: >> 31 of the second product (shl, shr, or: 3); the -2 and -RECIPROCAL_PRECISION fix-ups (2); the quotient
#: ``wideMultiply`` (a shift and a ``__muldi3`` call: 1); quotient range test (2); residual (shl, mul, sub, exponent
#: - 1, a << 1: 5); overflow test (2); exponent > 0 test (2); mask, exponent shift, or, residual shift (4); rounding
#: (and, add, compare, add: 4); sign (1). 44 + 3 x 4 = 56 ops plus seven ``__muldi3`` calls.
DIVSF3_OPS = 56
DIVSF3_MULDI3_CALLS = 7


def call_cycles(t: CoreTiming = AIE_ML_CORE) -> int:
    """JL and its delay slots (kernels.softmax SOFTFLOAT_CALL_CHANGE's rule)."""
    return 1 + t.branch_delay_slots


def muldi3_cycles(t: CoreTiming = AIE_ML_CORE) -> int:
    """One ``__muldi3`` call (a 64-bit product), the call included."""
    return call_cycles(t) + MULDI3_OPS


def addsf3_cycles(t: CoreTiming = AIE_ML_CORE) -> int:
    """One ``__addsf3`` call (derived, module docstring); the old round number if SOFTFLOAT_COST_CHANGE is False."""
    if not SOFTFLOAT_COST_CHANGE:
        return OLD_MUL_CYCLES
    return call_cycles(t) + ADDSF3_OPS + call_cycles(t) + FE_GETROUND_OPS


def subsf3_cycles(t: CoreTiming = AIE_ML_CORE) -> int:
    """One ``__subsf3`` call: the tail jump into ``__addsf3`` and its subtraction path."""
    if not SOFTFLOAT_COST_CHANGE:
        return OLD_MUL_CYCLES
    return addsf3_cycles(t) + (1 + t.branch_delay_slots) + SUBSF3_EXTRA_OPS


def mulsf3_cycles(t: CoreTiming = AIE_ML_CORE) -> int:
    """One ``__mulsf3`` call (derived, module docstring)."""
    if not SOFTFLOAT_COST_CHANGE:
        return OLD_MUL_CYCLES
    return call_cycles(t) + MULSF3_OPS + muldi3_cycles(t)


def divsf3_cycles(t: CoreTiming = AIE_ML_CORE) -> int:
    """One ``__divsf3`` call (derived, module docstring); ``aie::inv`` of a float scalar is one of these."""
    if not SOFTFLOAT_COST_CHANGE:
        return OLD_DIV_CYCLES
    return call_cycles(t) + DIVSF3_OPS + DIVSF3_MULDI3_CALLS * muldi3_cycles(t)


def bf16_scalar_inv_cycles(t: CoreTiming = AIE_ML_CORE) -> int:
    """``aie::inv`` of a bfloat16 scalar on AIE-ML (module docstring): broadcast (vector ALU), the int16 magic
    subtraction (vector ALU), ``negmul`` + accfloat add of k2, conversion, ``mul``, conversion, ``negmul``, conversion,
    ``mac`` with 2.0, conversion, ``negmul``, conversion (five bf16 VMUL / VMAC and one VADD.f at
    ``bf16_vmac_latency``, five conversions at ``conv_latency``), the lane-0 extract (vector ALU): one dependent chain.
    The old round number if SOFTFLOAT_COST_CHANGE is False."""
    if not SOFTFLOAT_COST_CHANGE:
        return OLD_SCALAR_INV_CYCLES
    return critical_path((1, t.vector_alu_latency), (1, t.vector_alu_latency), (1, t.bf16_vmac_latency),
                         (1, t.bf16_vmac_latency), (1, t.conv_latency), (1, t.bf16_vmac_latency), (1, t.conv_latency),
                         (1, t.bf16_vmac_latency), (1, t.conv_latency), (1, t.bf16_vmac_latency), (1, t.conv_latency),
                         (1, t.bf16_vmac_latency), (1, t.conv_latency), (1, t.vector_alu_latency), (1, 0))
