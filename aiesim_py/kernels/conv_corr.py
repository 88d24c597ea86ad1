"""Convolution / correlation (DSPLib ``conv_corr``), AIE-ML, buffer interface (TP_API 0), one kernel.

``out = f (*) g`` (FUNCT_TYPE 1, convolution) or ``f (x) g`` (FUNCT_TYPE 0, correlation) of an F
signal of ``f_len`` samples and a G signal of ``g_len`` samples, in one of three output extents
(COMPUTE_MODE 0 full: ``f_len + g_len - 1`` outputs, 1 same: ``f_len``, 2 valid: ``f_len - g_len + 1``).

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries @0d8795bc:
``dsp/L1/src/aie/conv_corr.cpp`` (``conv_corrNoRTP``, the io-buffer specialisation),
``dsp/L1/include/aie/conv_corr.hpp`` (class constants), ``dsp/L1/include/aie/conv_corr_traits.hpp``
(lanes / MULs per type pair for ``__HAS_ACCUM_PERMUTES__ == 0``, i.e. AIE-ML; padded length;
loop count; ``ROUND``), ``dsp/L1/include/aie/conv_corr_utils.hpp`` (accumulator type per pair):

* per type pair (F, G) on AIE-ML: ``Lanes`` (fnNumOfLanes) and ``Points = MULs / Lanes``
  (int8 x int8: 32 lanes x 8 points, acc32; int16 x int16: 16 x 4, acc64; see :data:`PAIRS`);
  ``VecLoadF = 256 / bits(F)``, ``VecLoadG = 256 / bits(G)`` samples per 256-bit load;
* the F buffer holds the padded F signal, ``getPaddedLength``: full ``(g-1) + f + (g-1)``,
  same ``(g/2 - 1) + f + (g/2 - 1)``, valid ``f + VecLoadF`` (``f + 2 VecLoadF`` if Lanes >
  VecLoadF), rounded up to whole loads; the output buffer ``ceil(outputs / Lanes)`` vectors of
  Lanes samples (helper.mk ``OUT_DATA_LEN``);
* convolution only: the G buffer is reversed in place first, a pipelined loop of
  ``ROUND(g, VecLoadG) >> 1`` trips, each two 256-bit loads (from both ends), two
  ``aie::reverse`` and two 256-bit stores;
* the outer loop (``chess_prepare_for_pipelining``) runs ``ceil(outputs / Lanes)`` trips; each
  zeroes the accumulator and runs a fully unrolled nest of ``kAccumLen = ROUND(g, VecLoadG)``
  G loads x ``kGandFLoadRatio = VecLoadG / VecLoadF`` F steps x ``kInLoopLen = ROUND(VecLoadF,
  Points)`` sliding MACs; every F step loads two 256-bit F vectors (three if Lanes > VecLoadF)
  into a 1024-bit buffer; then one ``to_vector`` (SRS) and the store of Lanes outputs.

The sliding MAC (``aie::sliding_mul_ops<Lanes, Points, 1, 1, 1, G, F>::mac``, G the
coefficient, F the data, data start ``l * Points``, coefficient start ``(k * kInLoopLen + l) *
Points``), as the AIE API lowers it on AIE-ML (jgmelber/aie_api, the fork named in
aieml-facts.md, ``include/aie_api/detail/aie2/sliding_mul_acc32.hpp`` @306ac2c1 for 8-bit
operands into acc32, ``sliding_mul_acc64.hpp`` @2a408059 for 16-bit operands into acc64):
``ceil(Points / columns)`` native conv MACs (``mac_conv_32x8``: 32 lanes x 8 columns, 256 MACs;
``mac_conv_16x4``: 16 lanes x 4 columns, 64 MACs), each fed by a ``shuffle_down_rotate`` of the
data buffer by the data start and one of the (replicated) coefficient vector by the coefficient
start. Costed here: one VMAC per native MAC (:meth:`CoreTiming.vmac_macs` checks the rate) and
one vector-ALU op (a byte shift) per rotate whose start is not 0 (a rotate by 0 is the identity;
assumption: a rotate by a compile-time constant is one shift, not its generic multi-op form).

Cost: the outer loop is pipelined (trips independent: the accumulator is zeroed per trip), II =
:func:`~aiesim_py.isa.timing.resource_ii` of one trip's slots (F loads on one port, G loads on
the other, VMACs, shifts, stores; the SRS fused into the store where the SRS unit writes the
output width, :meth:`CoreTiming.srs_fuses_into_store`), depth = load -> shift -> the trip's MAC
chain on one accumulator (``acc_chain_ii`` apart) -> SRS -> store
(:func:`~aiesim_py.isa.timing.critical_path`). The reversal loop likewise. Loop set-up per
:func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`, the ADF wrapper of three buffers per
:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`.

Extensions (helper convext, session 10; CONVEXT_CHANGE then CONVEXT2_CHANGE, each written and committed
before any measured figure of its rows was looked at; results in validation/cases_c15.py BLIND_CONVEXT /
BLIND_CONVEXT2 and KNOWN_OFF: every figure blind-off, all too fast, no change made after). AIE-ML lanes / MULs
from conv_corr_traits.hpp @0d8795bc (``__HAS_ACCUM_PERMUTES__ == 0``): cint16 x int16 16 x 64, cint16 x cint16
8 x 32, int32 x int16 16 x 64, float 16 x 16, bfloat16 16 x 16 (Points 4, 4, 4, 1, 1); accumulators
(conv_corr_utils.hpp): cacc64, cacc64, acc64, accfloat, accfloat. Sequences (:func:`sliding_mac_ops`):

* ``cxr``, cint16 data x int16 coefficients (``sliding_mul_acc64.hpp`` @2a408059, ``<64, 16, 32, int16,
  cint16>``): the data unzipped into real / imaginary int16 vectors, each rotated by the data start, the
  coefficients rotated once, two ``mac_conv_16x4`` (real part, and the ``_conf`` form for the imaginary part)
  into two acc64 accumulators, ``combine_into_complex`` at the end;
* ``cxc``, cint16 x cint16 (``<64, 32, 32, cint16, cint16>``): data and coefficients both unzipped, four
  ``mac_conv_16x4`` (re x re, then im x im negated into the real accumulator; re x im, im x re into the
  imaginary one), 16 lanes of which Lanes = 8 are used;
* ``emu32``, int32 data x int16 coefficients (``<64, 16, 32>``): the data rotated as a 1024-bit vector whose
  two 512-bit halves feed the emulated ``mac_conv_16x4`` -- costed with kernels.hadamard's block for the
  same intrinsic (``EMULATED_MUL``: 2 lo / hi shuffles and 2 chained multiplies), not re-derived;
* ``bf16`` / ``fp32`` (``sliding_mul_acc32_fp.hpp`` @306ac2c1): per point one element of the coefficients
  broadcast to 16 lanes and the data rotated, then one bf16 ``mac_elem_16_2`` (half its operands zero) or one
  fp32 ``mac_elem_16``, which AIE-ML emulates with bf16 -- costed with kernels.hadamard's fp32 block and its
  rounding-mode chain (a loop recurrence of 20 cycles per block), not re-derived.

Complex unzips (:func:`unzip_ops`): the data buffer per F step, the coefficients per G load (``cxc``), and one
combine of the two real accumulators per output vector. The accumulator unzip / zip the API writes around every
sliding MAC is assumed optimised away between consecutive MACs (the API's comment on ``unzip_complex`` says the
pair "can sometimes be optimized away"); this assumption is one candidate for the complex rows being too fast
(since ACC_REPACK_CHANGE only for the 16-lane complex schemes, below).

CONVEXT3_CHANGE (third extension, after the CONVEXT2 comparison, before any of its rows' figures was seen):
cint16 x int32 (16 x 64, Points 4) and cint32 x int16 (8 x 32, Points 4) through the API's generic "real *
complex" sliding MAC (``sliding_mul_acc64.hpp``: the complex data unzipped, two real sub-sliding-MACs on the real
and imaginary parts, each here the emulated 16 x 32 / 32 x 16 ``mac_conv_16x4`` of kernels.hadamard's
``EMULATED_MUL``, ``combine_into_complex`` at the end); cint32 x cint16 (8 x 8, Points 1) through its 64-bit
complex sliding MAC: per point one native ``mac_elem_8``, a broadcast coefficient element and a data rotate.

Session 12 (helper convcorr), both made AFTER the CONVEXT / CONVEXT3 comparisons and labelled so
(validation/cases_c15.py CONVCORR_SUMMARY; each flag ``False`` reproduces the earlier figures exactly):
CONJ_CHANGE (:func:`conj_ops`: DSPLib's correlation conjugates every complex G load, the API's AIE-ML ``conj`` is
one ``addsub`` per 512 bits) and ACC_REPACK_CHANGE (:func:`acc_repack_ops`: the complex sliding MACs unzip their
input accumulator and zip their result on every call; costed, by an assumption stated at the flag, where the
sliding MAC has 8 lanes: cint16 x cint16 and cint32 x int16). The "optimised away" assumption above now holds
for the 16-lane complex schemes only.

Not modelled (:class:`ConvCorrParams` refuses them): pairs without a cost here (e.g. int16 x int8, which DSPLib
takes but no benchmark row uses); the stream interface (TP_API 1), the RTP vector lengths, several frames and
cascades; DSPLib's ``#pragma unroll(UNROLL_16)`` of the G-load loop (kAccumLen > 16 leaves an inner loop; the
model unrolls the whole nest). No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels import hadamard
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, pipelined_loop_setup_cycles,
                                         sample_type)

TEMPLATE = None
KIND = "conv_corr"
LOAD_BITS = 256                 # kMaxBitsLoadOnAie (conv_corr_traits.hpp)
FULL, SAME, VALID = 0, 1, 2     # TP_COMPUTE_MODE
CORR, CONV = 0, 1               # TP_FUNCT_TYPE

#: (F, G) -> (lanes, MULs per op, accumulator bits, default output type, native conv columns, native conv
#: lanes, scheme) on AIE-ML (conv_corr_traits.hpp fnNumOfLanes / fnNumOfMuls, conv_corr_utils.hpp
#: tConvCorrAccType / outType; columns and native lanes: the AIE API's ``columns_per_mul`` and its 16- or
#: 32-lane native op; scheme: ``real`` one conv MAC per column group, ``cxr`` complex data x real
#: coefficients, ``cxc`` complex x complex, see :func:`sliding_mac_ops`), for the pairs with an AIE-ML cost.
#: CONVEXT_CHANGE (helper convext, session 10, before any complex figure was seen): cint16 x int16 and
#: cint16 x cint16 added from sliding_mul_acc64.hpp @2a408059 (module docstring).
PAIRS = {
    ("int8", "int8"): (32, 256, 32, "int16", 8, 32, "real"),
    ("int16", "int16"): (16, 64, 64, "int32", 4, 16, "real"),
    ("cint16", "int16"): (16, 64, 64, "cint16", 4, 16, "cxr"),
    ("cint16", "cint16"): (8, 32, 64, "cint32", 4, 16, "cxc"),
    # CONVEXT2_CHANGE (second extension, after the complex blind run, before any of these rows' figures was seen)
    ("int32", "int16"): (16, 64, 64, "int32", 4, 16, "emu32"),
    ("bfloat16", "bfloat16"): (16, 16, 32, "float", 1, 16, "bf16"),
    ("float", "float"): (16, 16, 32, "float", 1, 16, "fp32"),
    # CONVEXT3_CHANGE (third extension, after the CONVEXT2 comparison, before any of these rows' figures was seen)
    ("cint16", "int32"): (16, 64, 64, "cint32", 4, 16, "c16x32"),
    ("cint32", "int16"): (8, 32, 64, "cint32", 4, 16, "c32x16"),
    ("cint32", "cint16"): (8, 8, 64, "cint32", 1, 8, "elem8"),
}
#: CONJ_CHANGE (helper convcorr, session 12, made AFTER seeing the CONVEXT / CONVEXT3 errors; ``False`` reproduces
#: the earlier figures): DSPLib conv_corr.cpp (@0d8795bc, ``conv_corrNoRTP``) conjugates every G load of a
#: correlation with complex G (``if constexpr (TP_FUNCT_TYPE == CORR && isComplex<TT_DATA_G>()) zbuff.val =
#: aie::conj(zbuff.val)``); the AIE API's AIE-ML ``conj`` (detail/aie2/conj.hpp, cint16 / cint32) is one ``::addsub``
#: against a zero vector per 512 bits: one vector-ALU op per G load (a 256-bit load grown to 512 bits), on the
#: coefficient path (:func:`conj_ops`).
CONJ_CHANGE = True
#: ACC_REPACK_CHANGE (helper convcorr, session 12, made AFTER seeing the CONVEXT / CONVEXT3 errors; ``False``
#: reproduces the earlier figures): the AIE API's complex sliding MACs on AIE-ML (detail/aie2/sliding_mul_acc64.hpp
#: ``<.., 64, 32, 32, cint16, cint16>`` and the generic "real * complex" / "complex * real" ones) unzip the incoming
#: complex accumulator (``unzip_complex(acc)``) and ``combine_into_complex`` the result on *every* call. Each is an
#: ``interleave_unzip`` / ``interleave_zip`` of acc64 (detail/aie2/interleave.hpp ``interleave_accum_bits_*_impl``:
#: per 512 bits an accumulator-to-vector cast of each operand, ``::shuffle`` low and high, the cast back), costed
#: as kernels.matrix_mult's C16X16_REPACK_CHANGE does (per 512 bits and direction: 1 VSHUFFLE and 2 move-slot
#: VMOVs), except that between consecutive calls the zip's cast back to the accumulator file and the next
#: unzip's cast to the vector file are the same bits moved there and back (assumption: the compiler keeps the
#: value in the vector registers), so per 512 bits and call 2 VSHUFFLE and 2 VMOV (into the accumulator file
#: before the MACs, out after), on the accumulator chain. The API's own comment (detail/utils.hpp ``unzip_complex``) says a zip
#: followed by an unzip "can sometimes be optimized away" when granularity and types match. ASSUMPTION (chosen
#: after seeing the data, not sourced): the pair is kept when the sliding MAC has fewer lanes than the native
#: 16-lane acc64 multiply (cint16 x cint16 and cint32 x int16, Lanes 8: the API grows the unzipped halves to 16
#: lanes with ``grow_all<16>`` and extracts ``Lanes`` after the zip, so zip and unzip are not inverse on the
#: registers the MACs read) and optimized away at 16 lanes (cint16 x int16, cint16 x int32: exact inverses). The
#: 16-lane half is the folding kernels.fir_sr_asym already assumes for its 16-lane cint16 x int16 / cint16 x
#: cint16 sliding MACs (validation C17, lone kernels within 10 %).
ACC_REPACK_CHANGE = True

#: (F, G) -> the output types conv_corr_traits.hpp fnCheckDataOutType accepts on AIE-ML
OUT_TYPES = {
    ("int8", "int8"): ("int16",),
    ("int16", "int16"): ("int32",),
    ("cint16", "int16"): ("cint16", "cint32"),
    ("cint16", "cint16"): ("cint16", "cint32"),
    ("int32", "int16"): ("int32",),
    ("bfloat16", "bfloat16"): ("float",),
    ("float", "float"): ("float",),
    ("cint16", "int32"): ("cint32",),
    ("cint32", "int16"): ("cint32",),
    ("cint32", "cint16"): ("cint32",),
}
#: (F, G) pairs DSPLib's conv_corr takes on AIE-ML but whose sliding MAC is not costed, with why
NOT_MODELLED: dict = {
}
#: bytes per sample of the types kernel_io.SAMPLE_TYPES lacks (not extended there, as kernels.cumsum)
FLOAT_BYTES = {"bfloat16": 2}


def _bytes(name: str) -> int:
    return FLOAT_BYTES[name] if name in FLOAT_BYTES else sample_type(name).bytes


BITS = {"int8": 8, "int16": 16, "int32": 32, "cint16": 32, "cint32": 64, "float": 32, "bfloat16": 16}


def dsplib_round(x: int, y: int) -> int:
    """DSPLib's ``ROUND(X, Y)`` (conv_corr_traits.hpp): ``ceil(X / Y)`` when the remainder exceeds
    ``(Y + 1) / 2``, else ``floor(X / Y)`` (integer division throughout)."""
    return -(-x // y) if x % y > (y + 1) // 2 else x // y


def _ceil_to(x: int, y: int) -> int:
    return -(-x // y) * y


@dataclass(frozen=True)
class ConvCorrParams:
    """One DSPLib conv_corr kernel (TP_API 0, one frame, no cascade).

    Attributes:
        f_type, g_type: ``TT_DATA_F`` / ``TT_DATA_G``.
        funct_type: 0 correlation, 1 convolution.
        compute_mode: 0 full, 1 same, 2 valid.
        f_len, g_len: signal lengths (samples).
        interface: ``"buffer"`` (TP_API 0) only.
        out: ``TT_DATA_OUT``; empty for the pair's default (:data:`PAIRS`).
    """
    f_type: str
    g_type: str
    funct_type: int
    compute_mode: int
    f_len: int
    g_len: int
    interface: str = "buffer"
    out: str = ""

    def __post_init__(self):
        key = (self.f_type, self.g_type)
        if key in NOT_MODELLED:
            raise ValueError(f"conv_corr: {self.f_type} x {self.g_type} is not modelled: {NOT_MODELLED[key]}")
        if key not in PAIRS:
            raise ValueError(f"conv_corr: {self.f_type} x {self.g_type} is not a DSPLib conv_corr pair on AIE-ML "
                             f"with a cost; modelled: {sorted(PAIRS)}")
        if self.out and self.out not in OUT_TYPES[key]:
            raise ValueError(f"conv_corr: {self.f_type} x {self.g_type} gives {OUT_TYPES[key]}, not {self.out} "
                             "(conv_corr_traits.hpp fnCheckDataOutType)")
        if self.interface != "buffer":
            raise ValueError("conv_corr: only the buffer interface (TP_API 0) is modelled")
        if self.funct_type not in (CORR, CONV):
            raise ValueError(f"conv_corr: funct_type must be 0 (corr) or 1 (conv), got {self.funct_type}")
        if self.compute_mode not in (FULL, SAME, VALID):
            raise ValueError(f"conv_corr: compute_mode must be 0, 1 or 2, got {self.compute_mode}")
        for name, n, ty in (("f_len", self.f_len, self.f_type), ("g_len", self.g_len, self.g_type)):
            step = LOAD_BITS // BITS[ty]
            if n <= 0 or n % step:
                raise ValueError(f"conv_corr: {name} = {n} must be a positive multiple of {step} "
                                 "(conv_corr_traits.hpp isLenInRange: whole 256-bit loads)")
        if self.compute_mode == VALID and self.g_len > self.f_len:
            raise ValueError("conv_corr: valid mode needs g_len <= f_len")

    @property
    def lanes(self) -> int:
        return PAIRS[(self.f_type, self.g_type)][0]

    @property
    def points(self) -> int:
        lanes, muls, *_ = PAIRS[(self.f_type, self.g_type)]
        return muls // lanes

    @property
    def acc_bits(self) -> int:
        return PAIRS[(self.f_type, self.g_type)][2]

    @property
    def out_type(self) -> str:
        return self.out or PAIRS[(self.f_type, self.g_type)][3]

    @property
    def scheme(self) -> str:
        """``real``, ``cxr`` (complex data, real coefficients) or ``cxc`` (:data:`PAIRS`)."""
        return PAIRS[(self.f_type, self.g_type)][6]

    @property
    def vec_load_f(self) -> int:
        return LOAD_BITS // BITS[self.f_type]

    @property
    def vec_load_g(self) -> int:
        return LOAD_BITS // BITS[self.g_type]

    @property
    def outputs(self) -> int:
        """``getLoopCount``: outputs of the compute mode."""
        return {FULL: self.f_len + self.g_len - 1, SAME: self.f_len, VALID: self.f_len - self.g_len + 1}[
            self.compute_mode]

    @property
    def padded_f_len(self) -> int:
        """``getPaddedLength``: samples in the F buffer."""
        f, g, d = self.f_len, self.g_len, self.vec_load_f
        if self.compute_mode == FULL:
            n = (g - 1) + f + (g - 1)
        elif self.compute_mode == SAME:
            n = (g // 2 - 1) + f + (g // 2 - 1)
        else:
            n = f + (2 * d if self.lanes > d else d)
        return _ceil_to(n, d)

    @property
    def outer_trips(self) -> int:
        """``kLoopCount``: output vectors per call."""
        return -(-self.outputs // self.lanes)

    @property
    def g_loads(self) -> int:
        """``kAccumLen``: G loads per output vector."""
        return dsplib_round(self.g_len, self.vec_load_g)

    @property
    def f_steps(self) -> int:
        """``kGandFLoadRatio``: F steps per G load."""
        return self.vec_load_g // self.vec_load_f

    @property
    def macs_per_step(self) -> int:
        """``kInLoopLen``: sliding MACs per F step."""
        return dsplib_round(self.vec_load_f, self.points)

    @property
    def swap_trips(self) -> int:
        """Trips of the convolution's G reversal loop (0 for correlation)."""
        return dsplib_round(self.g_len, self.vec_load_g) >> 1 if self.funct_type == CONV else 0

    def ports(self) -> tuple[KernelPort, ...]:
        return (KernelPort("in", "buffer", self.padded_f_len * _bytes(self.f_type)),
                KernelPort("in", "buffer", self.g_len * _bytes(self.g_type)),
                KernelPort("out", "buffer", self.outer_trips * self.lanes * _bytes(self.out_type)))


@dataclass(frozen=True)
class TripOps:
    """One loop trip's issue slots, critical path and loop-carried recurrence (cycles per trip, 0 if none)."""
    slots: SlotUse
    depth: int
    recurrence: int = 0


def emulation(p: ConvCorrParams):
    """The AIE API's emulated multiply block (:data:`aiesim_py.kernels.hadamard.EMULATED_MUL`) behind the
    ``emu32`` (int32 data x int16 coefficients: ``mac_conv_16x4`` Integral32 x Integral16, lo / hi VSHUFFLEs and
    2 chained multiplies) and ``fp32`` (fp32 ``mac_elem_16`` split into bf16 parts) schemes, None otherwise."""
    if p.scheme in ("emu32", "c32x16"):
        return hadamard.emulated_mul("int32", "int16")
    if p.scheme == "c16x32":
        return hadamard.emulated_mul("int16", "int32")
    if p.scheme == "fp32":
        return hadamard.emulated_mul("float", "float")
    return None


@dataclass(frozen=True)
class MacOps:
    """Issue ops of one sliding MAC: MAC-slot ops, vector-ALU ops (rotates, broadcasts, emulation shuffles) and
    move-slot ops (element extracts, the fp32 emulation's moves)."""
    macs: int
    vector_alu: int
    moves: int = 0


def sliding_mac_ops(p: ConvCorrParams, data_start: int, coeff_start: int, t: CoreTiming) -> MacOps:
    """:class:`MacOps` of one sliding MAC (module docstring).

    Per column group: ``real`` one native conv MAC, one rotate of the data and one of the coefficients;
    ``cxr`` (cint16 data x int16 coefficients) two MACs (real and imaginary data parts against the same
    coefficients), rotates of both data parts and of the coefficients; ``cxc`` (cint16 x cint16) four MACs
    (re x re, im x im, re x im, im x re), rotates of both data parts and both coefficient parts (each
    rotated part feeds two MACs: counted once, assumption that the compiler shares it); ``emu32`` (int32 x
    int16, sliding_mul_acc64.hpp ``<64, 16, 32>``) the emulated ``mac_conv_16x4`` block of
    kernels.hadamard, the 1024-bit data rotate as two shifts (its two 512-bit halves feed the block) and one
    coefficient rotate; ``bf16`` / ``fp32`` (sliding_mul_acc32_fp.hpp, one column of 16 lanes) one
    ``mac_elem_16_2`` (bf16 VMAC) or the fp32 ``mac_elem_16`` emulation block of kernels.hadamard, a data
    rotate and a broadcast of one coefficient element (assumption: the element extracted by one move-slot op,
    broadcast by one vector-ALU op). A rotate by 0 is free."""
    _lanes, _muls, _acc, _out, columns, native_lanes, scheme = PAIRS[(p.f_type, p.g_type)]
    groups = -(-p.points // columns)
    starts = [(data_start + c * columns != 0, coeff_start + c * columns != 0) for c in range(groups)]
    if scheme in ("real", "cxr", "cxc"):
        bits = BITS[p.f_type] // (2 if scheme != "real" else 1), BITS[p.g_type] // (2 if scheme == "cxc" else 1)
        if native_lanes * columns != t.vmac_macs(*bits):
            raise ValueError(f"conv_corr: {native_lanes} lanes x {columns} columns is not one VMAC of "
                             f"int{bits[0]} x int{bits[1]} ({t.vmac_macs(*bits)} MACs)")
        macs, d_parts, c_parts = {"real": (1, 1, 1), "cxr": (2, 2, 1), "cxc": (4, 2, 2)}[scheme]
        return MacOps(groups * macs, sum(d_parts * d + c_parts * c for d, c in starts))
    if scheme == "emu32":
        emu = emulation(p)
        if emu.lanes != native_lanes:
            raise ValueError(f"conv_corr: emulated block of {emu.lanes} lanes, sliding MAC of {native_lanes}")
        return MacOps(groups * emu.macs, sum(emu.shuffles + 2 * d + c for d, c in starts))
    if scheme in ("c32x16", "c16x32"):
        # complex data x 32-bit / 16-bit real coefficients: the generic "real * complex" sequence, two real
        # sub-sliding-MACs (real and imaginary data parts), each an emulated 32 x 16 / 16 x 32 block
        emu = emulation(p)
        if emu.lanes != native_lanes:
            raise ValueError(f"conv_corr: emulated block of {emu.lanes} lanes, sliding MAC of {native_lanes}")
        return MacOps(groups * 2 * emu.macs, sum(2 * emu.shuffles + 2 * d + c for d, c in starts))
    if scheme == "elem8":
        # cint32 x cint16: per point one native mac_elem_8, a broadcast coefficient element, a data rotate
        return MacOps(groups, sum(1 + d for d, _c in starts), groups)
    emu = emulation(p)
    macs, moves = (1, 0) if emu is None else (emu.macs, emu.moves)
    return MacOps(groups * macs, sum(1 + d for d, _c in starts), groups * (moves + 1))


def conj_ops(p: ConvCorrParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Vector-ALU ops per G load for the correlation's conjugate of complex G (CONJ_CHANGE; 0 otherwise)."""
    if not CONJ_CHANGE or p.funct_type != CORR or not p.g_type.startswith("c"):
        return 0
    return max(1, -(-LOAD_BITS // (8 * t.vector_register_bytes)))


def acc_repack_ops(p: ConvCorrParams, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int]:
    """(vector-ALU shuffles, move-slot casts) of the per-call accumulator unzip + zip (ACC_REPACK_CHANGE; (0, 0)
    when not costed): per 512 bits of the complex accumulator, one VSHUFFLE in each direction and one cast
    into, one out of the accumulator file."""
    if not ACC_REPACK_CHANGE or p.scheme not in ("cxr", "cxc", "c32x16", "c16x32"):
        return 0, 0
    _lanes, _muls, _acc, _out, _columns, native_lanes, _scheme = PAIRS[(p.f_type, p.g_type)]
    if p.lanes >= native_lanes:
        return 0, 0
    halves = -(-(p.lanes * 2 * p.acc_bits) // (8 * t.vector_register_bytes))
    return 2 * halves, 2 * halves


def unzip_ops(p: ConvCorrParams, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int, int]:
    """(per F step, per G load, per output vector) vector-ALU shuffles of the complex schemes (0 for the others):
    the AIE API's ``unzip_complex`` of the 1024-bit data buffer (one shuffle per 512-bit part produced), of
    the 256-bit coefficient vector (``cxc`` only: one shuffle) and ``combine_into_complex`` of the real and
    imaginary accumulators once per output vector, one shuffle per 512 bits of the complex accumulator
    (assumption: the zip / unzip of the accumulator between consecutive sliding MACs is optimised away, as
    the API's own comment on ``unzip_complex`` says it can be; how AIE-ML, without accumulator permutes,
    routes that zip is not read)."""
    if p.scheme not in ("cxr", "cxc", "c32x16", "c16x32"):
        return 0, 0, 0
    reg = 8 * t.vector_register_bytes
    data = 1024 // reg
    coeff = 1 if p.scheme == "cxc" else 0
    combine = -(-(p.lanes * 2 * p.acc_bits) // reg)
    return data, coeff, combine


def outer_trip_ops(p: ConvCorrParams, t: CoreTiming = AIE_ML_CORE) -> TripOps:
    """:class:`TripOps` of one output vector (one outer-loop trip)."""
    macs = valu = moves = blocks = 0
    for _g in range(p.g_loads):
        for k in range(p.f_steps):
            for lane_step in range(p.macs_per_step):
                o = sliding_mac_ops(p, lane_step * p.points, (k * p.macs_per_step + lane_step) * p.points, t)
                macs, valu, moves, blocks = macs + o.macs, valu + o.vector_alu, moves + o.moves, blocks + 1
    per_step, per_g, per_out = unzip_ops(p, t)
    per_g += conj_ops(p, t)
    repack_shuffles, repack_moves = acc_repack_ops(p, t)
    shuffles = p.g_loads * (p.f_steps * per_step + per_g) + per_out + blocks * repack_shuffles
    moves += blocks * repack_moves
    f_loads = p.g_loads * p.f_steps * (3 if p.lanes > p.vec_load_f else 2)
    out_bytes = p.lanes * _bytes(p.out_type)
    stores = -(-out_bytes // t.store_bytes)
    out_bits = 16 if p.out_type in FLOAT_BYTES else sample_type(p.out_type).part_bits
    fused = t.srs_fuses_into_store(p.acc_bits, out_bits)
    srs = 0 if fused else stores
    slots = SlotUse(load_a=f_loads, load_b=p.g_loads, mac=macs, vector_alu=valu + shuffles, move=moves + srs,
                    store=stores)
    steps = [(max(f_loads, p.g_loads), t.vload_latency)]
    if valu or shuffles:
        steps.append((1, t.vector_alu_latency))
    emu = emulation(p)
    recurrence = 0
    if p.scheme in ("bf16", "fp32"):
        if emu is not None:
            # the first block's operand splitting, then every block's partial products chained on the one
            # accumulator (the 4 splitting VMSC per block are off that chain); the blocks' splittings are
            # serial through crRnd, across trips too (kernels.hadamard.rounding_mode_chain)
            steps += [(n, getattr(t, lat)) for lat, n in emu.chain]
            recurrence = blocks * hadamard.rounding_mode_chain(emu, t)
            on_chain = blocks * (emu.macs - 4)
        else:
            on_chain = macs
        steps.append((max(1 + (on_chain - 1) * t.bf16_acc_chain_ii, recurrence), t.bf16_vmac_latency))
    else:
        # the complex schemes run two independent chains (real and imaginary accumulators), interleaved
        chains = 2 if p.scheme in ("cxr", "cxc", "c32x16", "c16x32") else 1
        if emu is not None:
            steps.append((emu.shuffles, t.vector_alu_latency))
        chain = 1 + (-(-macs // chains) - 1) * t.acc_chain_ii
        if repack_shuffles:
            # every sliding MAC's accumulator goes shuffle -> cast before its MACs and cast -> shuffle after
            # them (ACC_REPACK_CHANGE): 4 steps on the chain per call, VMOV at vector_alu_latency (assumption)
            chain += blocks * 4 * t.vector_alu_latency
        steps.append((max(macs, chain), t.vmac_latency))
    if per_out:
        steps.append((per_out, t.vector_alu_latency))
    if srs:
        steps.append((srs, t.srs_latency))
    steps.append((stores, 0))
    return TripOps(slots=slots, depth=critical_path(*steps), recurrence=recurrence)


def reverse_trip_ops(t: CoreTiming = AIE_ML_CORE) -> TripOps:
    """:class:`TripOps` of one trip of the convolution's in-place G reversal: two 256-bit loads
    (one per port), two ``aie::reverse`` (one vector-ALU shuffle each, assumption), two stores."""
    slots = SlotUse(load_a=1, load_b=1, vector_alu=2, store=2)
    return TripOps(slots=slots, depth=critical_path((1, t.vload_latency), (2, t.vector_alu_latency), (2, 0)))


def conv_corr_cycles(p: ConvCorrParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): [G reversal loop] + outer loop (pipelined) + ADF wrapper."""
    o = outer_trip_ops(p, t)
    ii = resource_ii(o.slots, t, o.recurrence)
    loop = (loop_cycles(p.outer_trips, ii, o.depth, pipelined=True)
            + pipelined_loop_setup_cycles(p.outer_trips, ii, o.depth, t))
    rev = 0
    if p.swap_trips:
        r = reverse_trip_ops(t)
        rev = (loop_cycles(p.swap_trips, resource_ii(r.slots, t), r.depth, pipelined=True)
               + pipelined_loop_setup_cycles(p.swap_trips, resource_ii(r.slots, t), r.depth, t))
    body = rev + loop
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=body + call, loop_cycles=body, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=o.depth, trips=p.outer_trips, pipelined=True,
                      function_cycles=body + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + rev + o.depth)
