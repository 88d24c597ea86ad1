"""Element-wise vector multiply (DSPLib ``hadamard``): ``out[i] = a[i] * b[i]`` (>> shift).

Loop structure (DSPLib AIE-ML kernel, read in Xilinx/Vitis_Libraries
``dsp/L1/src/aie/hadamard.cpp``; the schedule facts only): the frames loop is software
pipelined (``chess_prepare_for_pipelining``) and the vectors of one frame are unrolled, so
the compiler overlaps all ``frames x vectors`` iterations: a pipelined loop of that many
trips. One iteration handles ``V = 32 / bytes of the output type`` samples (DSPLib
``kSamplesInVect``: one 256-bit output vector; 4-byte lanes for int16 x cint32), accumulated
in acc48 / cacc48 / acc80, i.e. AIE-ML's 64-bit lanes (API-ACC):

* loads: ``ceil(V * bytes_A / 32)`` on load port A, ``ceil(V * bytes_B / 32)`` on port B;
* multiplies (MAC slot): real products per sample (4 complex x complex, 2 complex x real,
  1 real) x 16-bit parts of each operand (a 32-bit operand is two 16-bit halves: AM020-SUM
  int32 rates 32 / 16 MACs per cycle, aieml-facts.md 2.4), at 64 16x16 products per VMUL,
  and at least one VMUL per accumulator register of lanes (32 acc32 / 16 acc64 lanes per
  1024 bits: element-wise ops are lane-bound, MLIR-4C);
* SRS to the output type: fused into the store (VST.SRS) where the SRS unit writes that
  width (``CoreTiming.native_srs``), else one move-slot SRS per 1024 bits of lanes;
* stores: ``ceil(V * bytes_out / 32)`` on the store port.

II = the busiest slot (:func:`~aiesim_py.isa.timing.resource_ii`); depth = vector load ->
VMULs -> (SRS) -> stores.

Emulated multiplies (:data:`EMULATED_MUL`, the AIE API's ``detail/aie2`` sequences, read for
their instruction counts only; each block's source is at its definition): AIE-ML has no
32b x 32b or real 32b x 16b element-wise mode, so the AIE API splits each 32-bit operand into
16-bit halves with two VSHUFFLEs (lo, hi) and chains one multiply per pair of halves into one
acc64 register of 16 lanes (32x32: 4 shuffles, 4 VMUL/VMAC; 32x16: 2 and 2); cint32 x cint32
splits B into two cint16 halves (2 shuffles) and runs the native cint32 x cint16
``mul_elem_8`` twice on 8 complex lanes; cint32 x int32 (either order) zips the real operand
with itself (1 shuffle) and runs the 32x32 block on twice the lanes; int16 x cint32 zips the
int16 with zeros into cint16 (1 shuffle) for one native ``mul_elem_8``; float x float is the
bf16 emulation (per 16 lanes 4 VMSC + 6 VMUL/VMAC, 6 conversions and 3 moves on the move
slot, UG1603 "Floating-Point Operations", default accuracy ``fast``). An iteration pays
whole blocks (DSPLib's 256-bit int32 vector of 8 lanes still takes one 16-lane block). The
chained VMACs of one block are ``acc_chain_ii`` (bf16: ``bf16_acc_chain_ii``) apart; the
shuffles run on the vector-ALU slot. The real x complex blocks (cint32 x int32 both ways,
int16 x cint32 both ways) zip a real operand that DSPLib passes as a 128-bit vector: the upper
half of the zip result is at a non-zero 128-bit offset of a 256-bit register and costs one
VSHIFT to cut out and one to put back (:func:`subvector_shifts`, llvm-aie AIE2 intrinsic
header: 128-bit extract / set at idx != 0 lower to ``vshift``). The fp32 block's operand
splitting runs in a rounding-mode region (``set_rnd(0)`` .. ``set_rnd(rnd)``) whose VCONVs read
crRnd, so the splittings of consecutive blocks are serial: a loop-carried recurrence of
:func:`rounding_mode_chain` (20 cycles) per block, above the 10 MAC-slot ops (shared with
kernels.matrix_vector_mul). These counts give the C5 32x32, 32x16, cint32 x cint32 and int32 x
cint32 intervals and the 128-vector float interval within 10 %; the compiled DSPLib kernels of
int16 x cint32 (~19 cycles per vector against II 3) and the 64-vector cint32 x int32 row (~10
against II 7) take more, and the 4-vector float kernel less (143 measured, 166 modelled):
ops or a schedule the API headers do not show (validation/cases_c5.py KNOWN_OFF). Other floating-point
pairs (cfloat) are not in the table: :func:`hadamard_cycles` refuses them.

No functional model or firmware template in this package: the functional runner and the
firmware writer refuse the family (:data:`TEMPLATE` is None).
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, pipelined_loop_setup_cycles,
                                         sample_type)

TEMPLATE = None
KIND = "hadamard"
PRODUCTS_PER_VMUL = 64          # 16x16-bit multipliers per VMUL (AM020-SUM int16 x int16)
ACC_LANES = {32: 32, 64: 16}    # lanes of one 1024-bit accumulator register (UG1603-AREG)


def output_type(a: str, b: str) -> str:
    """DSPLib's output type: complex if either input is, the wider part width of the two."""
    ta, tb = sample_type(a, "hadamard"), sample_type(b, "hadamard")
    if ta.floating or tb.floating:
        return "cfloat" if (ta.complex or tb.complex) else "float"
    bits = max(ta.part_bits, tb.part_bits, 16)
    return f"{'c' if (ta.complex or tb.complex) else ''}int{bits}"


@dataclass(frozen=True)
class EmulatedMul:
    """One emulated element-wise multiply block.

    Attributes:
        macs: MAC-slot ops (VMUL/VMAC/VMSC) of the block.
        shuffles: vector-ALU ops (VSHUFFLE) of the block.
        lanes: samples of the *output* the block covers (a DSPLib iteration pays whole blocks).
        moves: move-slot ops (register-class moves, accfloat -> bf16 conversions).
        chain: dependent steps before the block's first multiply, ``(ops, latency
            attribute of CoreTiming)`` each (the shuffles or the bf16 splitting chain).
        bf16: the MACs are bf16 VMACs (``bf16_vmac_latency`` / ``bf16_acc_chain_ii``).
        zips_real: the block starts with the AIE API's ``interleave_zip`` of the *real* operand
            (with itself or with zeros), whose two results are cut out of the 512-bit shuffle
            output and glued together again (``detail/aie2/interleave.hpp`` below 512 bits:
            ``extract<Elems>(0)``, ``extract<Elems>(1)``; ``detail/aie2/mul_acc64.hpp``:
            ``tmp1.grow<2 Elems>().insert(1, tmp2)``). When that operand is narrower than one
            256-bit register, the second half sits at a non-zero 128-bit offset, which costs a
            VSHIFT to extract and a VSHIFT to insert (:func:`subvector_shifts`).
        rounding_mode_region: the block's operand splitting runs between ``set_rnd(0)`` and
            ``set_rnd(rnd)`` and its conversions read crRnd, so the splittings of consecutive
            blocks are serial (:func:`rounding_mode_chain`).
    """
    macs: int
    shuffles: int
    lanes: int
    moves: int = 0
    chain: tuple = (("vector_alu_latency", 1),)
    bf16: bool = False
    zips_real: bool = False
    rounding_mode_region: bool = False


#: Smallest AIE-ML vector register: 256 bits (wl/wh, UG1603-VREG; aieml-facts 2.3). A narrower
#: sub-vector at a non-zero offset is not a register half: llvm-aie's AIE2 intrinsic header
#: lowers ``extract_v4int32`` / ``extract_v8int16`` (idx != 0) to one ``vshift_I512_I512`` and
#: ``set_v16int32`` / ``set_v32int16`` (idx != 0, the insert) to another (VSHIFT, vector-ALU
#: slot, latency 2: aieml-facts 4.1). 256-bit halves of 512/1024-bit registers are free.
REGISTER_MIN_BITS = 256


def subvector_shifts(emu: "EmulatedMul", real_operand_bits: int) -> int:
    """VSHIFTs per block for the zip of the real operand (0 if the block has no zip or the
    zipped operand fills whole 256-bit registers): one to extract the upper half of the zip
    result, one to insert it above the lower half.

    Args:
        emu: the emulation block.
        real_operand_bits: bits of the real operand vector the API zips (DSPLib hadamard: one
            iteration's samples x the real type's bits).
    """
    if not emu.zips_real or real_operand_bits >= REGISTER_MIN_BITS:
        return 0
    return 2


#: 32b x 32b real block: ``lo``/``hi`` VSHUFFLE of each operand (4) and the four chained
#: partial products hi*hi, hi*lo, lo*hi, lo*lo on one acc64 register of 16 lanes (4 VMUL/VMAC)
#: (AIE API ``detail/aie2/emulated_mul_intrinsics.hpp`` ``mul_conv_16x4`` Integral32 x
#: Integral32; ``detail/aie2/mul_acc64.hpp`` 32b x 32b: one ``mul_elem_16_2`` per 16 lanes).
_MUL_32X32 = EmulatedMul(macs=4, shuffles=4, lanes=16)
#: cint32 x int32 and int32 x cint32 (AIE API ``detail/aie2/mul_acc64.hpp``
#: ``mul_bits_impl<.., cint32, 32, int32>`` and its mirror, plain multiply): the real operand
#: is interleaved with itself (``interleave_zip(v, v, 1)``: one VSHUFFLE, ``detail/aie2/
#: interleave.hpp`` grows a vector below 512 bits to 512 and keeps the low result), so each
#: real value meets the re and im halves of its complex partner, then the 32b x 32b real block
#: runs on twice the lanes: 16 int32 lanes = 8 complex samples per block.
_MUL_C32X32 = EmulatedMul(macs=4, shuffles=5, lanes=8,
                          chain=(("vector_alu_latency", 1), ("vector_alu_latency", 1)), zips_real=True)
#: int16 x cint32 and cint32 x int16 (AIE API ``mul_bits_impl<.., int16, 64, cint32>`` ->
#: ``mul_bits_impl<.., cint32, 16, int16>``): the int16 operand is zipped with zeros into
#: cint16 (one VSHUFFLE), then the native cint32 x cint16 ``mul_elem_8`` (one VMUL, 8 lanes).
#: DSPLib's hadamard.cpp calls ``aie::mul`` on these operands directly; the older
#: ``hadamard_utils.hpp`` widening of int16 to int32 by a multiply with a unit vector is
#: not called by the kernel (Xilinx/Vitis_Libraries dsp/L1/src/aie/hadamard.cpp).
_MUL_16XC32 = EmulatedMul(macs=1, shuffles=1, lanes=8, zips_real=True)
#: int32 x cint16 and cint16 x int32 (AIE API ``detail/aie2/mul_acc64.hpp``: built on the native
#: cint32 x cint16 ``mul_elem_8``, the int32 operand zipped with zeros into cint32): one
#: VSHUFFLE and one VMUL per 8 lanes (DSPLib's outer_tensor / kronecker take these pairs,
#: hadamard does not)
_MUL_32XC16 = EmulatedMul(macs=1, shuffles=1, lanes=8, zips_real=True)
#: fp32 x fp32 (AIE-ML has no fp32 multiplier, UG1603 "Floating-Point Operations": emulated
#: with bfloat16, default ``--aie.float-accuracy fast``). One ``mul_elem_16`` (16 lanes) is,
#: per the emulation spelled out in mlir-aie ``AIEVecToLLVM.cpp``
#: ``convertToEmulatedFP32MulElem`` (facts only): each operand split into three bf16 parts
#: (per operand: 3 accfloat -> bf16 conversions, 2 VMSC with a vector of ones, the value
#: moved into an accumulator register first), then 1 VMUL + 5 VMAC (``fast``: the 3 lowest
#: of the 9 partial products dropped) chained on one accfloat register. Per block: 4 VMSC +
#: 6 VMUL/VMAC = 10 bf16 MAC-slot ops; 6 conversions + 2 vector -> accumulator moves + 1
#: accumulator -> vector move of the result = 9 move-slot ops. Chain before the first VMUL:
#: move (VMOV), then (conversion VCONV, VMSC) twice, then the last conversion (VCONV
#: fp32 -> bf16 latency 2, aieml-facts 4.1). ``fast`` is the aiecompiler default (mlir-aie
#: AIEVecToLLVM.cpp comment; UG1603 ``--aie.float-accuracy``).
_MUL_FP32 = EmulatedMul(macs=10, shuffles=0, lanes=16, moves=9, bf16=True, rounding_mode_region=True,
                        chain=(("vector_alu_latency", 1), ("conv_latency", 1), ("bf16_vmac_latency", 1),
                               ("conv_latency", 1), ("bf16_vmac_latency", 1), ("conv_latency", 1)))


def rounding_mode_chain(emu: EmulatedMul, t: CoreTiming) -> int:
    """Cycles from one emulation block's operand splitting to the next block's, through the
    rounding-mode control register (0 for blocks without a rounding-mode region).

    The fp32 emulation (Xilinx/llvm-aie ``clang/lib/Headers/aiev2_core.h``,
    ``mul_elem_16_accuracy_fast`` and ``mac_elem_16_accuracy_fast``, read for their dependence
    structure only) splits each operand into three bf16 parts by VCONV -> VMSC.f -> VCONV ->
    VMSC.f -> VCONV inside ``rnd = get_rnd(); set_rnd(0); ... set_rnd(rnd)`` (the header's
    AIE2_FP32_EMULATION_SET_RND_MODE variant, compiled only when that macro is defined; the
    default variant has no get_rnd / set_rnd and no such chain. Assumption, chosen after seeing
    the C5 and held-out C8 float errors: the compiler DSPLib's figures come from uses it. It fits
    the long C5 row and C8's single-kernel float rows, not C5's 4-vector float row). VCONV reads crRnd (aieml-facts 3.6, PEANO-SCHED), so no conversion of
    the next block may issue before this block's ``set_rnd(rnd)``, the next ``get_rnd`` and
    ``set_rnd(0)``: from a block's first VCONV to its last, 2 x (``conv_latency`` +
    ``bf16_vmac_latency``) (the two operands split side by side), then those three control
    register accesses and the next first VCONV, one ``scalar_alu_latency`` step each
    (control-register moves costed as scalar ALU ops: assumption). 20 cycles per 16-lane block
    on AIE-ML. The partial products (VMUL.f / VMAC.f) read no crRnd: they are not in it.
    """
    if not emu.rounding_mode_region:
        return 0
    return 2 * (t.conv_latency + t.bf16_vmac_latency) + 4 * t.scalar_alu_latency


#: (A is complex, A part bits, A floating, B is complex, B part bits, B floating) -> emulation
#: block (AIE API ``detail/aie2``; see each block's comment).
EMULATED_MUL = {
    (False, 32, False, False, 32, False): _MUL_32X32,
    # 32b x 16b real: the 32-bit operand's lo/hi VSHUFFLEs and 2 chained multiplies
    # (``mul_conv_16x4`` Integral32 x Integral16 and its mirror)
    (False, 32, False, False, 16, False): EmulatedMul(macs=2, shuffles=2, lanes=16),
    (False, 16, False, False, 32, False): EmulatedMul(macs=2, shuffles=2, lanes=16),
    # cint32 x cint32: B split into two cint16 halves (2 VSHUFFLE), then the native
    # cint32 x cint16 ``mul_elem_8`` twice (``mac_elem_8_conf(v8cint32, v8cint32)``)
    (True, 32, False, True, 32, False): EmulatedMul(macs=2, shuffles=2, lanes=8),
    (True, 32, False, False, 32, False): _MUL_C32X32,
    (False, 32, False, True, 32, False): _MUL_C32X32,
    (False, 16, False, True, 32, False): _MUL_16XC32,
    (True, 32, False, False, 16, False): _MUL_16XC32,
    (False, 32, False, True, 16, False): _MUL_32XC16,
    (True, 16, False, False, 32, False): _MUL_32XC16,
    (False, 32, True, False, 32, True): _MUL_FP32,
}


def samples_per_vector(a: str, b: str, vector_bytes: int = 32) -> int:
    """Samples of one DSPLib hadamard iteration (buffer interface): one 256-bit vector of the
    output type, 4-byte lanes for int16 x cint32 / cint32 x int16 (Xilinx/Vitis_Libraries
    dsp/L1/include/aie/hadamard.hpp ``kSamplesInVect = 256 / 8 / val_byteBuffWin``,
    hadamard_traits.hpp ``vectByte``). The L2 graph pads each SSR phase's ``TP_DIM / TP_SSR``
    up to a multiple of it (hadamard_graph.hpp ``kKernelPtSize = CEIL(DIM / SSR,
    kSamplesInVectOutData)``): see :func:`padded_samples`."""
    lane_bytes = 4 if {a, b} == {"int16", "cint32"} else sample_type(output_type(a, b)).bytes
    return max(1, vector_bytes // lane_bytes)


def padded_samples(a: str, b: str, samples: int) -> int:
    """``samples`` rounded up to whole DSPLib vectors (:func:`samples_per_vector`): the window
    each kernel gets per frame (hadamard_graph.hpp ``kKernelPtSize``)."""
    v = samples_per_vector(a, b)
    return -(-samples // v) * v


def emulated_mul(a: str, b: str) -> EmulatedMul | None:
    """The AIE API's emulation block for ``a x b`` on AIE-ML, or None (a native multiply, or
    a pair whose sequence is not in :data:`EMULATED_MUL`, e.g. cfloat)."""
    ta, tb = sample_type(a, "hadamard"), sample_type(b, "hadamard")
    return EMULATED_MUL.get((ta.complex, ta.part_bits, ta.floating, tb.complex, tb.part_bits, tb.floating))


@dataclass(frozen=True)
class MultiplyOps:
    """Issue ops and dependence chain of one element-wise multiply of ``samples`` output samples
    on AIE-ML, from the operands in registers to the result ready for its store (the loads and
    stores are the caller's: hadamard, kronecker and outer_tensor load and store differently).

    Attributes:
        macs: MAC-slot ops (VMUL / VMAC / VMSC).
        shuffles: vector-ALU ops (the emulation's VSHUFFLEs and the zip's VSHIFTs).
        moves: move-slot ops (the emulation's moves and a move-slot SRS).
        srs: move-slot SRS ops (0 when the SRS fuses into the store; included in ``moves``).
        mode_chain: cycles per multiply on the fp32 rounding-mode recurrence (0 for integers).
        steps: ``(ops, latency)`` critical-path steps (:func:`~aiesim_py.isa.timing.critical_path`)
            from the operands to the result.
    """
    macs: int
    shuffles: int
    moves: int
    srs: int
    mode_chain: int
    steps: tuple


def elementwise_multiply(a: str, b: str, samples: int, t: CoreTiming, emu: "EmulatedMul | None" = None,
                         real_operand_bits: int | None = None, fuse_srs: bool = True) -> MultiplyOps:
    """:class:`MultiplyOps` of ``a x b`` over ``samples`` output samples: native (products x
    16-bit parts per 32-lane VMUL, at least the output's 64-bit accumulator lanes, API-ACC) or
    whole blocks of ``emu`` (default :func:`emulated_mul`), with the zip's VSHIFTs when the real
    operand has ``real_operand_bits`` < 256 (:func:`subvector_shifts`; None: no sub-vector);
    SRS fused into the store where the SRS unit writes the output width (``fuse_srs``; False for
    an output that is not stored, e.g. streamed), else one SRS per 1024 bits of acc64 lanes, in
    ``moves`` and ``srs``; accfloat results need none (the block moves them)."""
    ta, tb, to = sample_type(a), sample_type(b), sample_type(output_type(a, b))
    emu = emulated_mul(a, b) if emu is None else emu
    acc_lanes = samples * (2 if to.complex else 1)
    shuffles = moves = shifts = mode_chain = 0
    if emu is None:
        products = 4 if (ta.complex and tb.complex) else 2 if (ta.complex or tb.complex) else 1
        parts = max(1, ta.part_bits // 16) * max(1, tb.part_bits // 16)
        macs = max(-(-samples * products * parts // PRODUCTS_PER_VMUL), -(-acc_lanes // ACC_LANES[64]))
        steps = [(macs, t.vmac_latency)]
    else:
        blocks = -(-samples // emu.lanes)
        shifts = 0 if real_operand_bits is None else subvector_shifts(emu, real_operand_bits)
        macs, shuffles, moves = blocks * emu.macs, blocks * (emu.shuffles + shifts), blocks * emu.moves
        # fp32 blocks: the splittings of consecutive blocks are serial through crRnd, across
        # iterations too (the only loop-carried dependence of an element-wise multiply)
        mode_chain = blocks * rounding_mode_chain(emu, t)
        # the block's preparation (shuffles, or the bf16 splitting) feeds its first multiply;
        # the zip's upper half (VSHIFT out, VSHIFT in) comes before the rest of the block, whose
        # multiplies are chained on one accumulator
        steps = [(n, getattr(t, lat)) for lat, n in emu.chain[:1]]
        steps += [(1, t.vector_alu_latency)] * shifts
        steps += [(n, getattr(t, lat)) for lat, n in emu.chain[1:]]
        chain_ii, mac_latency = ((t.bf16_acc_chain_ii, t.bf16_vmac_latency) if emu.bf16
                                 else (t.acc_chain_ii, t.vmac_latency))
        n_chain = emu.macs - (4 if emu.bf16 else 0)     # the 4 splitting VMSC are in the chain above
        steps += [(1, (n_chain - 1) * chain_ii), (1, mac_latency)]
        if emu.bf16:
            steps.append((1, t.vector_alu_latency))     # accumulator -> vector move of the result
    fused = fuse_srs and t.srs_fuses_into_store(64, to.part_bits)
    srs = 0 if to.floating or fused else -(-acc_lanes * 64 // 1024)
    if srs:
        steps.append((srs, t.srs_latency))
    return MultiplyOps(macs=macs, shuffles=shuffles, moves=moves + srs, srs=srs, mode_chain=mode_chain,
                       steps=tuple(steps))


@dataclass(frozen=True)
class HadamardParams:
    """One hadamard kernel (one SSR phase).

    Attributes:
        a_type, b_type: sample type names of the two inputs.
        samples: samples per frame handled by this kernel (``TP_DIM / TP_SSR``).
        frames: frames per call (``TP_NUM_FRAMES``).
        interface: ``"buffer"`` (TP_API 0) or ``"stream"`` (TP_API 1), all three ports.
    """
    a_type: str
    b_type: str
    samples: int
    frames: int = 1
    interface: str = "buffer"

    def __post_init__(self):
        sample_type(self.a_type, "hadamard")
        sample_type(self.b_type, "hadamard")
        if self.samples <= 0 or self.frames <= 0:
            raise ValueError(f"hadamard: samples and frames must be positive, got {self.samples}, {self.frames}")

    @property
    def out_type(self) -> str:
        return output_type(self.a_type, self.b_type)

    def ports(self) -> tuple[KernelPort, ...]:
        n = self.samples * self.frames
        return (KernelPort("in", self.interface, n * sample_type(self.a_type).bytes),
                KernelPort("in", self.interface, n * sample_type(self.b_type).bytes),
                KernelPort("out", self.interface, n * sample_type(self.out_type).bytes))


def hadamard_cycles(p: HadamardParams, t: CoreTiming) -> KernelCost:
    """Cycles of one call (see the module docstring).

    Raises:
        ValueError: a floating-point pair other than float x float (its bf16 emulation is not
            in :data:`EMULATED_MUL`).
    """
    ta, tb, to = sample_type(p.a_type), sample_type(p.b_type), sample_type(p.out_type)
    emu = emulated_mul(p.a_type, p.b_type)
    if (ta.floating or tb.floating) and emu is None:
        raise ValueError(f"hadamard: {p.a_type} x {p.b_type} is emulated on AIE-ML (bf16 passes) with a "
                         "sequence not in EMULATED_MUL (only float x float is); no cycle estimate")
    # DSPLib (hadamard.hpp kSamplesInVect): one 256-bit vector of the *output* type per
    # iteration (int16 x cint32 and cint32 x int16 use 4-byte lanes)
    v = samples_per_vector(p.a_type, p.b_type, t.load_bytes)
    loads_a = -(-v * ta.bytes // t.load_bytes)
    loads_b = -(-v * tb.bytes // t.load_bytes)
    stores = -(-v * to.bytes // t.store_bytes)
    # DSPLib accumulates in acc48 / cacc48 (acc80 for 32 x 32): the AIE API rounds both up
    # to AIE-ML's native 64-bit lanes (API-ACC, aieml-facts 3.1): :func:`elementwise_multiply`
    real = ta if not ta.complex else tb
    m = elementwise_multiply(p.a_type, p.b_type, v, t, emu, v * real.bytes * 8)
    body = SlotUse(load_a=loads_a, load_b=loads_b, mac=m.macs, vector_alu=m.shuffles, move=m.moves,
                   store=stores)
    ii = resource_ii(body, t, recurrence=m.mode_chain)
    steps = [(max(loads_a, loads_b), t.vload_latency), *m.steps]
    steps.append((stores, 0))
    depth = critical_path(*steps)
    trips = p.frames * -(-p.samples // v)
    # the vectors of a frame are unrolled (DSPLib kUNROLL) and only the frames loop is a
    # hardware loop: one frame is straight-line code, overlapped by the scheduler all the same
    loop = loop_cycles(trips, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(p.frames, ii, depth, t)
    buffers = sum(port.interface == "buffer" for port in p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=trips, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + depth)
