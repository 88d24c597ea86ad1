"""Integer matrix multiply-accumulate: ``aie::mmul<M, K, N>`` into acc32 / acc64 lanes.

A call computes ``C += A @ B`` on one microtile, A ``(M, K)``, B ``(K, N)``, C ``(M, N)``
accumulator lanes (API-MMUL). Accumulation wraps modulo ``2**acc_bits`` (aieml-facts.md
3.5: no documented saturation on MAC; wrap assumed, open gap 3). Because two's-complement
wrapping is a ring homomorphism, wrapping after every MAC equals wrapping once at the end; the
exact BLAS path relies on that and the tests check it against the per-MAC reference.

Definitions and fast paths:

* :func:`mmul_reference` / :func:`mac_reference`: the readable per-MAC definition (the latter
  checks operand and accumulator ranges of named types).
* :func:`matmul_acc`: numba, any integer operands up to 32 bits, acc32 or acc64 wrap.
  :func:`matmul_acc32` is its acc32 case (kept for existing callers).
* :func:`matmul_exact`: exact ``A @ B`` through a float BLAS GEMM for operands up to 16 bits
  (every partial sum is an integer inside the float mantissa range), as int64; wrap it with
  :func:`wrap_signed`. :func:`matmul_int8_exact` is the int8 case (kept for existing callers).

bf16 x bf16 -> accfloat lives in :mod:`aiesim_py.isa.bf16`.
"""
from __future__ import annotations

import numba
import numpy as np

from aiesim_py.isa.types import AccumType, ElementType, accum_type, default_accum, element_type

_NATIVE = {8: np.int8, 16: np.int16, 32: np.int32}

#: Native ``aie::mmul`` shapes (M, K, N) on AIE-ML per (A type, B type): one intrinsic per call
#: (API-MMUL via aieml-facts.md 2.4). int8 x int16 has none. The uint8 rows are assumed to
#: share the int8 x int8 shapes (the facts table lists signed types only; verify).
NATIVE_MMUL_SHAPES: dict[tuple[str, str], list[tuple[int, int, int]]] = {
    ("int8", "int4"): [(4, 16, 8)],
    ("int8", "int8"): [(4, 8, 8), (2, 8, 8)],
    ("uint8", "int8"): [(4, 8, 8), (2, 8, 8)],
    ("int8", "uint8"): [(4, 8, 8), (2, 8, 8)],
    ("uint8", "uint8"): [(4, 8, 8), (2, 8, 8)],
    ("int16", "int8"): [(4, 8, 4), (4, 4, 8), (2, 8, 8)],
    ("int8", "int16"): [],
    ("int16", "int16"): [(4, 4, 4), (2, 4, 8), (4, 2, 8)],
    ("bfloat16", "bfloat16"): [(4, 8, 4)],
}

#: Shapes the AIE API emulates with several intrinsics or extra data movement (API-MMUL
#: superscripts a/b, aieml-facts.md 2.4). Functionally identical; slower.
EMULATED_MMUL_SHAPES: dict[tuple[str, str], list[tuple[int, int, int]]] = {
    ("int8", "int4"): [(8, 16, 8), (4, 32, 8)],
    ("int8", "int8"): [(4, 8, 4), (4, 16, 4), (8, 8, 4), (8, 8, 8), (1, 16, 8), (2, 16, 8), (4, 16, 8)],
    ("int16", "int8"): [(4, 4, 4), (8, 4, 4), (8, 4, 8)],
    ("int8", "int16"): [(4, 4, 8), (4, 4, 4)],
    ("int16", "int16"): [(4, 4, 8), (8, 2, 8), (8, 1, 8)],
    ("bfloat16", "bfloat16"): [(8, 8, 4), (4, 16, 8), (8, 8, 8)],
}

# --- AIE-ML v2 (ve3858) ------------------------------------------------------------------------
#: ``aie::mmul`` shapes on AIE-ML v2 (Versal AI Edge Gen 2; ``__AIE_ARCH__`` 22, the API's
#: ``arch::AIE_MLv2``; not XDNA2 = 21, whose table differs) per (A type, B type), transcribed from
#: the AIE API table "Matrix multiplication modes for real types", row AIE-MLv2 (UG1529 2025.2,
#: group_mmul_page_supported_regular_modes; ``include/aie_api/detail/mmul.hpp`` read in the
#: jgmelber/aie_api mirror @4e950f7d955001c30c27e18443ea88cd4669e4cb). Shape -> the table's
#: superscripts: "" one intrinsic; "b" one intrinsic plus data manipulation (operand unpack or
#: shuffle in ``detail/aie2p/mmul_*.hpp``); "a"/"ab" several intrinsics (emulated); "acc32" /
#: "acc64": the only accumulator width the mode supports. The device file
#: ``arch/devices/ve3858.toml`` lists the single-intrinsic acc32 shapes as ``native_shapes``
#: (tests/test_device_ve3858.py holds it to this table).
AIE_ML_V2_MMUL_MODES: dict[tuple[str, str], dict[tuple[int, int, int], str]] = {
    ("int8", "int4"): {(4, 16, 16): "ab", (8, 8, 8): ""},
    ("int8", "int8"): {(4, 8, 8): "acc32", (8, 8, 8): "acc32"},
    ("int16", "int8"): {(8, 2, 8): "b", (8, 4, 8): "ab", (4, 4, 8): "b", (4, 8, 8): "ab"},
    ("int8", "int16"): {(8, 2, 8): "b", (4, 4, 8): "b"},
    # 4x2x8 also carries superscript c (32b x 16b emulation) in the table, which reads as a typo:
    # the arch-22 code maps it to the one mac_8x2_2x8 that 8x2x8 uses
    ("int16", "int16"): {(4, 2, 8): "acc32", (8, 2, 8): "acc32", (2, 4, 8): "acc64", (4, 4, 8): "acc64",
                         (8, 1, 8): "b acc32"},
    ("bfloat16", "bfloat16"): {(4, 8, 4): "ab", (4, 8, 8): "", (8, 8, 8): "a", (8, 1, 8): "b"},
}


def aie_ml_v2_single_intrinsic_shapes(a_type: str, b_type: str, acc_bits: int = 32) -> list[tuple[int, int, int]]:
    """The AIE-ML v2 shapes of :data:`AIE_ML_V2_MMUL_MODES` that take one intrinsic ("a" not
    among the superscripts) and support ``acc_bits`` accumulators, in table order.

    Raises:
        ValueError: a type pair the table has no row for.
    """
    if (a_type, b_type) not in AIE_ML_V2_MMUL_MODES:
        raise ValueError(f"no AIE-ML v2 aie::mmul for {a_type} x {b_type} in this model; "
                         f"pairs: {', '.join(f'{x}x{y}' for x, y in AIE_ML_V2_MMUL_MODES)}")
    other = {32: "acc64", 64: "acc32"}.get(acc_bits)
    return [s for s, tags in AIE_ML_V2_MMUL_MODES[(a_type, b_type)].items()
            if "a" not in tags.replace("acc", "") and other not in tags.split()]


def mmul_shapes(a_type: ElementType | str, b_type: ElementType | str,
                native_only: bool = True) -> list[tuple[int, int, int]]:
    """The (M, K, N) shapes of ``aie::mmul`` for a type pair; native first.

    Raises:
        ValueError: a pair the AIE-ML mmul does not support here.
    """
    key = (element_type(a_type).name, element_type(b_type).name)
    if key not in NATIVE_MMUL_SHAPES:
        raise ValueError(f"no aie::mmul for {key[0]} x {key[1]} in this model; "
                         f"pairs: {', '.join(f'{x}x{y}' for x, y in NATIVE_MMUL_SHAPES)}")
    return list(NATIVE_MMUL_SHAPES[key]) + ([] if native_only else list(EMULATED_MMUL_SHAPES.get(key, [])))


def wrap_signed(x, bits: int):
    """Two's-complement wrap of Python ints or int64 arrays to ``bits`` bits."""
    if isinstance(x, np.ndarray):
        if bits in _NATIVE:
            # numpy's integer narrowing keeps the low bits (two's complement)
            return x.astype(_NATIVE[bits]).astype(np.int64)
        m = np.int64(1) << bits if bits < 63 else None
        if m is None:
            return x.astype(np.int64)
        w = np.mod(x.astype(np.int64), m)
        return np.where(w >= (m >> 1), w - m, w)
    m = 1 << bits
    x %= m
    return x - m if x >= m >> 1 else x


def mmul_reference(a, b, acc, acc_bits: int = 32):
    """One ``mmul::mac`` call, the readable definition.

    Args:
        a: M x K nested sequence of ints.
        b: K x N nested sequence of ints.
        acc: M x N accumulator lanes (ints), updated and returned as a new list.
        acc_bits: accumulator lane width (32 for acc32, 64 for acc64).
    Returns:
        New M x N list of lists; every MAC wraps to ``acc_bits``.
    """
    m, k, n = len(a), len(b), len(b[0])
    out = [list(map(int, row)) for row in acc]
    for i in range(m):
        for j in range(n):
            s = out[i][j]
            for t in range(k):
                s = wrap_signed(s + int(a[i][t]) * int(b[t][j]), acc_bits)
            out[i][j] = s
    return out


def mac_reference(a, b, acc, a_type: ElementType | str = "int8", b_type: ElementType | str = "int8",
                  acc_type: AccumType | str | None = None):
    """:func:`mmul_reference` with the operand types checked: ``acc + a @ b`` per MAC.

    Args:
        a: M x K ints of ``a_type``; b: K x N ints of ``b_type``.
        acc: M x N lanes of ``acc_type`` (default: the API default for the pair, API-ACC).
        a_type, b_type: integer element types (names or :class:`ElementType`).
    Returns:
        New M x N list of lists of Python ints.
    Raises:
        ValueError: an operand or lane value outside its type, a float type (use
            :func:`aiesim_py.isa.bf16.mac_bf16_reference`), or ragged shapes.
    """
    at, bt = element_type(a_type), element_type(b_type)
    ct = default_accum(at, bt) if acc_type is None else accum_type(acc_type)
    if at.is_float or bt.is_float or ct.is_float:
        raise ValueError("mac_reference is for integer types; bf16 uses bf16.mac_bf16_reference")
    m, k = len(a), len(b)
    n = len(b[0]) if k else 0
    if any(len(r) != k for r in a) or any(len(r) != n for r in b) or len(acc) != m or any(
            len(r) != n for r in acc):
        raise ValueError(f"shapes do not form ({m}, {k}) x ({k}, {n}) + ({m}, {n})")
    at.check(a, f"A ({at})")
    bt.check(b, f"B ({bt})")
    ct.check(acc, f"accumulator ({ct})")
    return mmul_reference(a, b, acc, ct.bits)


# ------------------------------------------------------------------------------------------
# numba fast path
# ------------------------------------------------------------------------------------------

_I64_MIN = np.int64(-2**63)
_I64_MAX = np.int64(2**63 - 1)


@numba.njit(cache=True)
def _add_wrap64(x, y):
    """``x + y`` modulo 2**64 as int64, without a signed overflow (safe in Python mode too)."""
    if y > 0 and x > _I64_MAX - y:
        return (x + _I64_MIN) + (y + _I64_MIN)       # x + y - 2**64, both halves in range
    if y < 0 and x < _I64_MIN - y:
        return (x - _I64_MIN) + (y - _I64_MIN)       # x + y + 2**64
    return x + y


@numba.njit(cache=True)
def _gemm_acc32(a, b, out):
    # a: (R, K), b: (K, N) int8/int16/int32; out: (R, N) int32 lanes, updated in place.
    # Each MAC is summed in int64 (|lane| < 2**31, |a * b| <= 2**62: no overflow) and wrapped
    # back to 32 bits by masking; LLVM reduces that to 32-bit adds, which vectorise.
    r_rows, k_dim = a.shape
    n_dim = b.shape[1]
    half = np.int64(2**31)
    mask = np.int64(2**32 - 1)
    for i in range(r_rows):
        for t in range(k_dim):
            av = np.int64(a[i, t])
            if av == 0:
                continue
            for j in range(n_dim):
                s = np.int64(out[i, j]) + av * np.int64(b[t, j])
                out[i, j] = ((s + half) & mask) - half


@numba.njit(cache=True)
def _gemm_acc64(a, b, out):
    # as _gemm_acc32 with int64 lanes wrapped modulo 2**64 by _add_wrap64
    r_rows, k_dim = a.shape
    n_dim = b.shape[1]
    for i in range(r_rows):
        for t in range(k_dim):
            av = np.int64(a[i, t])
            if av == 0:
                continue
            for j in range(n_dim):
                out[i, j] = _add_wrap64(out[i, j], av * np.int64(b[t, j]))


def _operand(x, name: str) -> np.ndarray:
    """int8 as is, else int16 (when the dtype's values fit) or int32: few numba specialisations."""
    x = np.asarray(x)
    if x.dtype.kind not in "iu":
        raise ValueError(f"{name} must be an integer array, got dtype {x.dtype}")
    if x.dtype == np.int8:
        return np.ascontiguousarray(x)
    if x.dtype.itemsize == 1 or (x.dtype.itemsize == 2 and x.dtype.kind == "i"):
        return np.ascontiguousarray(x, dtype=np.int16)
    if x.size and (x.min() < -2**31 or x.max() > 2**31 - 1):
        raise ValueError(f"{name} holds values outside int32; operands are at most 32-bit")
    return np.ascontiguousarray(x, dtype=np.int32)


def matmul_acc(a: np.ndarray, b: np.ndarray, acc: np.ndarray, acc_bits: int = 32) -> np.ndarray:
    """Fast path of :func:`mmul_reference` over whole matrices: ``acc + a @ b`` with wrap.

    Args:
        a: (R, K) integer array (int4 .. int32 / uint8 .. uint16 values).
        b: (K, N) integer array.
        acc: (R, N) initial lanes (not modified), values inside ``acc_bits``.
        acc_bits: 32 (acc32) or 64 (acc64).
    Returns:
        (R, N) lanes wrapped to ``acc_bits``: int32 for acc32, int64 for acc64.
    Raises:
        ValueError: shapes, widths, or values outside int32 / the accumulator.
    """
    if acc_bits not in (32, 64):
        raise ValueError(f"AIE-ML accumulators are 32 or 64 bits, got {acc_bits}")
    a2, b2 = _operand(a, "A"), _operand(b, "B")
    if a2.ndim != 2 or b2.ndim != 2 or a2.shape[1] != b2.shape[0]:
        raise ValueError(f"cannot multiply shapes {a2.shape} and {b2.shape}")
    lanes = np.broadcast_to(acc, (a2.shape[0], b2.shape[1]))
    if acc_bits == 32:
        if lanes.size and (lanes.min() < -2**31 or lanes.max() > 2**31 - 1):
            raise ValueError("acc holds values outside acc32")
        out = np.array(lanes, dtype=np.int32, order="C")
        _gemm_acc32(a2, b2, out)
    else:
        out = np.array(lanes, dtype=np.int64, order="C")
        _gemm_acc64(a2, b2, out)
    return out


def matmul_acc32(a: np.ndarray, b: np.ndarray, acc: np.ndarray) -> np.ndarray:
    """Fast path: ``acc + a @ b`` over whole matrices with acc32 wrap.

    Args:
        a: (R, K) int8 (R = any number of rows, e.g. iterations x batch); any integer
            operands of :func:`matmul_acc` work.
        b: (K, N) int8.
        acc: (R, N) int32 initial accumulator lanes (not modified).
    Returns:
        (R, N) int32.
    """
    return matmul_acc(a, b, acc, 32)


# ------------------------------------------------------------------------------------------
# exact float-BLAS path
# ------------------------------------------------------------------------------------------

#: Largest K for which a float32 GEMM of int8 x int8 is exact: every partial sum is an
#: integer of magnitude <= K * 128 * 128 = K * 2**14, exact in float32 while <= 2**24.
F32_EXACT_MAX_K = 2 ** 24 // 2 ** 14
#: Same bound for float64 (53-bit mantissa).
F64_EXACT_MAX_K = 2 ** 53 // 2 ** 14


def _max_abs(t: ElementType) -> int:
    return max(-t.min, t.max)


def _dtype_type(dt: np.dtype) -> ElementType:
    dt = np.dtype(dt)
    if dt.kind not in "iu" or dt.itemsize > 2:
        raise ValueError(f"matmul_exact takes int8/int16/uint8/uint16 arrays, got dtype {dt}; "
                         "for narrower values held in a wider dtype pass a_type / b_type")
    return element_type(f"{'u' if dt.kind == 'u' else ''}int{dt.itemsize * 8}")


def exact_max_k(a_type: ElementType | str, b_type: ElementType | str, mantissa_bits: int = 53) -> int:
    """Largest K for which a float GEMM with ``mantissa_bits`` (24: float32, 53: float64) is exact.

    Every partial sum of K products is an integer of magnitude at most K * max|a| * max|b|;
    integers up to 2**mantissa_bits are exact, so each addition (or FMA) is exact in any order.
    int8 x int8: 1024 (float32); int16 x int16: 2**23 (float64).
    """
    at, bt = element_type(a_type), element_type(b_type)
    return 2 ** mantissa_bits // (_max_abs(at) * _max_abs(bt))


def matmul_exact(a: np.ndarray, b: np.ndarray, a_type: ElementType | str | None = None,
                 b_type: ElementType | str | None = None) -> np.ndarray:
    """Exact ``a @ b`` for integer operands up to 16 bits through float BLAS, as int64.

    The value bound comes from ``a_type`` / ``b_type`` (values are then range-checked) or,
    by default, from the arrays' dtypes. float32 is used while K <= :func:`exact_max_k` (24),
    else float64 over K chunks of :func:`exact_max_k` (53) summed in int64, so any K is exact.
    Wrap the result with :func:`wrap_signed` to get acc32/acc64 lanes.

    Args:
        a: (R, K); b: (K, N) integer arrays.
    Returns:
        (R, N) int64.
    Raises:
        ValueError: non-integer arrays, operand types wider than 16 bits, out-of-range values.
    """
    at = _dtype_type(a.dtype) if a_type is None else element_type(a_type)
    bt = _dtype_type(b.dtype) if b_type is None else element_type(b_type)
    if at.is_float or bt.is_float or max(at.bits, bt.bits) > 16:
        raise ValueError(f"matmul_exact takes integer operands up to 16 bits, got {at} x {bt}; "
                         "use matmul_acc")
    if a_type is not None:
        at.check(a, f"A ({at})")
    if b_type is not None:
        bt.check(b, f"B ({bt})")
    if a.shape[1] <= exact_max_k(at, bt, 24):
        return _float_gemm(a, b, np.float32, max(a.shape[1], 1))
    return _float_gemm(a, b, np.float64, exact_max_k(at, bt, 53))


def _float_gemm(a: np.ndarray, b: np.ndarray, dtype, k_step: int) -> np.ndarray:
    """``a @ b`` as int64 from float GEMMs over K chunks of ``k_step`` (each chunk exact)."""
    out = np.zeros((a.shape[0], b.shape[1]), dtype=np.int64)
    for k0 in range(0, a.shape[1], k_step):
        out += (a[:, k0:k0 + k_step].astype(dtype) @ b[k0:k0 + k_step].astype(dtype)).astype(np.int64)
    return out


def matmul_int8_exact(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Exact ``a @ b`` for int8 matrices through a float BLAS GEMM, as int64.

    Every product and partial sum is an integer below the float mantissa range
    (:data:`F32_EXACT_MAX_K`, :data:`F64_EXACT_MAX_K`), so the float result is exact
    whatever order the BLAS sums in. Wrap it to acc32 with :func:`wrap_signed` to get
    the accumulator lanes (wrapping commutes with the sum).

    Args:
        a: (R, K) int8 values (any integer dtype); b: (K, N) int8 values.
    Returns:
        (R, N) int64 exact products.
    """
    k = a.shape[1]
    if k <= F32_EXACT_MAX_K:
        dt = np.float32
    elif k <= F64_EXACT_MAX_K:
        dt = np.float64
    else:  # pragma: no cover - K beyond 2**39 does not fit any tile
        return a.astype(np.int64) @ b.astype(np.int64)
    return (a.astype(dt) @ b.astype(dt)).astype(np.int64)
