"""General matrix multiply (DSPLib ``matrix_mult``, GEMM): ``C = A x B`` on pre-tiled buffers.

Kernel structure (DSPLib AIE-ML kernel, read in Xilinx/Vitis_Libraries
``dsp/L1/src/aie/matrix_mult.cpp`` ``matMult_impl1`` and
``dsp/L1/include/aie/matrix_mult_tiling_scheme.hpp``; schedule facts only):

* one ``aie::mmul<M, N, K>`` shape per type pair (:data:`TILING`, the ``__AIE_ARCH__ == 20``
  branch: int16/int32 x int16/int32 and cint16 x int16 4x4x4, cint16 x cint16 1x4x8,
  cint32 x cint16 2x4x8, cint32 x cint32 1x2x8), accumulating in acc64 / cacc64
  (``matrix_mult_traits.hpp`` ``accType`` under ``__SUPPORTS_ACC64__``);
* 2 x 2 expansion: two A row blocks (``parallelA``: ``(DIM_A / M)`` even and > 1) and two B
  column blocks (``parallelB``) per group, one accumulator each;
* loop nest: ``AChunk`` (``DIM_A / M / numA`` trips) > ``BChunk`` (``DIM_B / K / numB`` trips,
  ``chess_pipeline_non_leaf_loop_solution(4)``: the inner loop's preamble and postamble are
  merged into the BChunk loop, so consecutive groups of one AChunk iteration overlap their
  pipeline fill and drain, as long as both groups' accumulators fit the accumulator file,
  see below, and, since AB_LOOP_KEPT_CHANGE, only when the AB loop has at most one trip)
  > the AB loop (``DIM_AB / N - 1`` trips after the first multiply,
  ``chess_prepare_for_pipelining``: a hardware loop, II from the slots);
* per AB step: ``numA`` A loads, ``numB`` B loads, ``numA x numB`` mmul.mac;
* per group: cascade reads of the partial accumulators (``TP_CASC_IN``), then after the AB
  loop either SRS + stores of the output tiles (``to_vector<TT_OUT>(shift)``: acc64 ->
  int16 / int32 is a native SRS, fused into the store) or cascade writes (``TP_CASC_OUT``).

Cost of one mmul call on AIE-ML (:func:`mmul_ops`): the MAC-slot cycles are its 16 x 16-bit
products over the 64 multipliers of one VMAC (AM020-SUM int16 64 MACs/cycle; a 32-bit part
is two 16-bit halves, a complex product four real ones: aieml-facts 2.4), plus the
vector-ALU ops the AIE API adds per operand vector (``detail/aie2/mmul_*.hpp``, read for
instruction counts only): int32 x int32 4x4x4 ``interleave_unzip`` of A (2 VSHUFFLE: low and
high halves of the 512-bit unzip);
cint16 x cint16 1x4x8 two ``broadcast`` (VBCST) and two ``shuffle`` (VSHUFFLE) of A;
cint32 x cint16 2x4x8 (``detail/aie2/mmul_c32_c16.hpp`` ``mmul_c32_c16<2, 4, 8>``: one
``broadcast`` of each of A's 8 elements, each followed by a native cint32 x cint16
``mac_elem_8``, four in a row into each of the two 8-lane cacc64 accumulators; B's 32 cint16
are used as 512-bit halves and 256-bit quarters, no shuffle);
cint32 x cint32 1x2x8 two broadcasts of A, and per ``mac_elem_8`` the emulated cint32 x
cint32 block of :data:`aiesim_py.kernels.hadamard.EMULATED_MUL` (B split into cint16 halves:
2 VSHUFFLE, 2 native VMACs). Operand preparation depends on one operand only, so the
compiler shares it between the mmuls of the 2 x 2 group (A work per A vector, B work per B
vector).

Emulated 32-bit products (:attr:`MmulOps.emulated`; UG1583 "Emulated Multiply-accumulate of
32b x 32b / 32b x 16b datatypes", sequences in llvm-aie ``clang/lib/Headers/aiev2/
aiev2_vmult.h`` @3ec7f3f): int32 x int16 ``mac_4x4_4x4`` splits A into 16-bit halves, int32 x
int32 ``mac_4x2_2x4`` splits B (2 VSHUFFLE each); int16 x int32 (AIE API ``mmul_16_32<4, 4, 4>``:
one ``mac_4x4_4x4_conf`` of a v32int16 A and a v16int32 B) splits B, as the AIE API's own
16b x 32b emulation does (``detail/aie2/emulated_mul_intrinsics.hpp`` ``Integral16 x
Integral32``: ``shuffle`` T16_32x2_lo / _hi of B, ``mul`` of the high halves into a temporary,
``addmac`` of the low halves with shift16; the llvm-aie body of that mac_4x4_4x4 overload was
not located in the 1.7 MB aiev2_vmult.h, so this is the mirror of the 32b x 16b case); then a VMUL of the high halves writes a
*temporary* accumulator and an ADDMAC of the low halves (``shift16``) adds it into the output
accumulator. The temporary adds a VMUL and the split a shuffle to every tile's critical path
(:func:`emulation_latency`), and the temporaries in flight (:func:`emulation_temporaries`)
do not fit beside two groups' 2 x 2 acc64 tiles (8 of the 9 x 1024-bit accumulator registers,
UG1603-AREG, ``CoreTiming.accumulator_registers``): consecutive groups then run one after
the other, each paying its own fill and drain.

Not modelled (:func:`matrix_mult_cycles` raises): float / cfloat (AIE-ML emulates fp32 with
bf16 passes; DSPLib's tiling scheme falls to 1x1x1 there) and pairs without a table entry.
No functional model or firmware template: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import CoreTiming, SlotUse, loop_cycles, resource_ii
from aiesim_py.kernels.hadamard import emulated_mul
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         sample_type)

TEMPLATE = None
KIND = "matrix_mult"
PRODUCTS_PER_VMAC = 64      # 16 x 16-bit multipliers of one VMAC (AM020-SUM int16 x int16 64 MACs/cycle)
ACC_LANE_BITS = 64          # acc64 / cacc64 lanes (matrix_mult_traits.hpp accType, __SUPPORTS_ACC64__)

#: (A type, B type) -> (M, N, K) = (Atile, ABtile, Btile) of DSPLib's AIE-ML tiling scheme
#: (matrix_mult_tiling_scheme.hpp, ``__AIE_ARCH__ == 20``)
TILING = {
    ("int16", "int16"): (4, 4, 4), ("int16", "int32"): (4, 4, 4),
    ("int32", "int16"): (4, 4, 4), ("int32", "int32"): (4, 4, 4),
    ("cint16", "int16"): (4, 4, 4), ("cint16", "cint16"): (1, 4, 8),
    ("cint32", "cint16"): (2, 4, 8), ("cint32", "cint32"): (1, 2, 8),
}
# cint32 x cint16 was (1, 2, 8) until 2026-12-07 (C7 extension 6); Xilinx/Vitis_Libraries @0d8795bc
# matrix_mult_tiling_scheme.hpp returns {2, 4, 8} on __AIE_ARCH__ == 20 ({1, 2, 8} is the
# __AIE_ARCH__ == 22 entry). Changed from the source before any cint32 x cint16 figure was compared.


@dataclass(frozen=True)
class MmulOps:
    """Issue cost of one ``aie::mmul::mac`` of a type pair on AIE-ML.

    Attributes:
        mac_cycles: MAC-slot cycles (VMAC issues; a 32-bit x 16-bit VMAC takes two).
        chained: VMAC issues into the same accumulator one after the other (recurrence
            ``chained x acc_chain_ii`` per AB step).
        valu_per_a: vector-ALU ops preparing one A vector (shared by the numB mmuls using it).
        valu_per_b: vector-ALU ops preparing one B vector (shared by the numA mmuls).
        emulated: the products are emulated on narrower VMACs: one 32-bit operand is split
            into its high and low 16-bit halves (2 VSHUFFLE, counted in ``valu_per_a`` /
            ``valu_per_b``), a VMUL of the high halves writes a *temporary* accumulator, and
            an ADDMAC of the low halves (``shift16``) adds it into the output accumulator
            (llvm-aie ``clang/lib/Headers/aiev2/aiev2_vmult.h`` @3ec7f3f: 32b x 32b
            ``mac_4x2_2x4``, 32b x 16b ``mac_4x4_4x4``; UG1583 "Emulated Multiply-accumulate
            of 32b x 32b datatypes"). See :func:`emulation_temporaries` and
            :func:`emulation_latency`.
    """
    mac_cycles: int
    chained: int = 1
    valu_per_a: int = 0
    valu_per_b: int = 0
    emulated: bool = False
    complex_repack: bool = False
    #: 64-bit (cint32) elements of one A vector that ``broadcast<cint32, 8>`` spreads (C32_EXTRACT_CHANGE)
    a_broadcasts64: int = 0


#: C16X16_REPACK_CHANGE (2026-12-07, C7 extension 6; added AFTER seeing the blind cint16 x int16 figures, see
#: validation/cases_c7.py): AIE API ``mmul_c16_16`` keeps an output tile as two acc64 accumulators (real,
#: imaginary; ``C_block_c16_16_interleave``). Building it from a cascade read is ``unzip_complex`` and every
#: ``to_accum`` / ``to_vector`` (cascade write, output) a ``combine_into_complex``: an ``interleave_unzip`` /
#: ``interleave_zip`` of 2 x 1024 bits of acc64 (detail/aie2/interleave.hpp ``interleave_accum_bits_*_impl``:
#: per 512-bit half an accumulator-to-vector cast of each operand, the native ``::shuffle`` low and high, and
#: the cast back). Per 4x4 tile and per repack: 2 halves x (2 + 2) casts (one move-slot VMOV each, the casts
#: between the accumulator and vector files) and 2 x 2 VSHUFFLE.
REPACK_MOVES_PER_TILE = 8
REPACK_SHUFFLES_PER_TILE = 4
#: ``False`` reproduces the blind cint16 x int16 figures (no repack), as a data review checked
C16X16_REPACK_CHANGE = True

#: C32_EXTRACT_CHANGE (2026-12-07, C7; made AFTER seeing the extension-6 cint32 x cint16 / cint32 x cint32 errors,
#: see validation/cases_c7.py C32_DIAGNOSTICS): ``broadcast<cint32, 8>::run(a[k])`` of mmul_c32_c16 / mmul_c32_c32
#: (AIE API detail/aie2/broadcast.hpp: ``broadcast_to_v8cint32(a)``, a 64-bit scalar) takes the element out of the
#: A vector first. As kernels.matrix_vector_mul ``SPLIT_EXTRACT_BROADCAST`` (llvm-aie AIE2PreLegalizerCombiner
#: ``tryToCombineExtBcst`` folds only 8/16/32-bit extract + broadcast pairs; aiev2_scl2vec.h has no 64-bit
#: ``broadcast_elem``) that is a VEXTRACT.64 on the move slot (2 cycles to the scalar pair) and then the VBCST.64
#: already costed on the vector-ALU slot: one move-slot op per broadcast element and the extract + broadcast
#: latency (2 x ``vector_alu_latency``) on the path from A's load to a group's first MAC (where the emulation's
#: B split, ``vector_alu_latency``, was the only operand preparation on that path). No fitted constant.
#: ``False`` reproduces the figures before the change.
C32_EXTRACT_CHANGE = True

#: C32_RUNTIME_ZERO_CHANGE (2026-12-07, C7; made AFTER seeing the cint32 x cint32 errors, validation/cases_c7.py
#: C32_DIAGNOSTICS; labelled held-out tuning of a source-read mechanism, no fitted constant): AIE API
#: ``detail/aie2/mmul_c32_c32.hpp`` ``mmul_c32_c32<1, 2, 8>::mac`` (jgmelber/aie_api @2a408059) passes the block's
#: *runtime* member ``this->zero`` as ``zero_acc1`` of its first ``mac_elem_8_conf(v8cint32, v8cint32)``; the API's
#: own emulation of that call (``detail/aie2/emulated_mul_intrinsics.hpp`` ``mac_elem_8_conf``) takes the
#: one-op ``addmac_elem_8_conf`` path only under ``chess_manifest(!zero_acc1)`` (a compile-time proof), else a
#: ``mac_elem_8_conf`` on the temporary and an accumulator ``add_conf(acc1, acc, zero_acc1, ...)``: one more
#: vector-unit op (assumption: the accumulator add issues in the MAC / vector slot, like the VADDMAC it replaces)
#: on the running accumulator. The second ``mac_elem_8`` passes a constant 0 and keeps the ADDMAC path. Assumption:
#: the compiler of the measured release does not prove ``this->zero`` false across the AB loop (the member is
#: written in both ``mul`` and ``mac``). Per mmul 5 MAC-slot ops instead of 4 (20 per 2 x 2 step instead of 16).
#: Known against it: the 10 older-release cint32 x cint32 figures of dsplib_matrix_mult_aieml.csv fit 16 per
#: step (C32_DIAGNOSTICS). ``False`` reproduces the figures before the change.
C32_RUNTIME_ZERO_CHANGE = True
#: MAC-slot ops the unresolved ``this->zero`` adds per cint32 x cint32 mmul (the accumulator add_conf)
C32_RUNTIME_ZERO_OPS = 1

#: GROUP_SERIAL_CHANGE (2026-12-07, C7; made AFTER seeing the held-out errors, validation/cases_c7.py; an accounting fix
#: of this model, no constant, no new source): one output group run on its own (groups that do not overlap) took
#: ``group_ii + latencies + finish``, where ``group_ii`` is bounded by the group's slot totals, which already hold the
#: finish (the SRS-fused stores or the cascade writes, and cint16 x int16's repack moves): when those slots, not the AB
#: steps, set ``group_ii`` (cascade kernels of cint16 x int16: 16 cascade words + 32 repack moves per read or write of
#: a 2 x 2 group against 8 MAC cycles per step) the finish was counted twice. Now ``max(group_ii, steps x II + setup +
#: finish) + latencies``: identical wherever the AB steps set ``group_ii``. Measured per group, cint16 x int16 64 x
#: DIM_B 64 (64 groups per call): casc 4 (1 step, cascade read and write) ~120 cycles, model 165 -> 125; casc 2 (2
#: steps) ~105, model 132 -> 108. Tried and dropped: the cascade reads serial before the AB steps too (int32 x int16
#: cascade shares 200 -> 139 of 246 within 10 %: the reads are hidden there). ``False`` reproduces the figures before.
#: C7 alone 2142 -> 2315 of 2994 within 10 % (215 in, 42 out, all cint16 x int16).
GROUP_SERIAL_CHANGE = True
#: AB_LOOP_KEPT_CHANGE (2026-12-07, C7; made AFTER seeing the held-out errors, validation/cases_c7.py; no constant):
#: consecutive groups of an AChunk iteration overlap their fill and drain only when the AB loop (``DIM_AB / N - 1``
#: trips, carrying the accumulators) is no loop at all: 0 or 1 trip is straight-line code (the rule of
#: kernels.kernel_io ``loop_setup_cycles``), so the BChunk loop is the innermost loop and is software pipelined. With 2
#: or more trips the AB loop is kept as the hardware loop (as the accumulator-carrying loops of kernels.kernel_io
#: ``unrolled_inner_loop``: matrix_vector_mul ``vecInB``, dft ``vec``) and the BChunk loop around it is a plain loop
#: whose groups each fill and drain it (the kernel_io rule for the loops around the pipelined one), whatever
#: ``chess_pipeline_non_leaf_loop_solution(4)`` does with its preamble / postamble. Measured (throughput rows above
#: the PLIO bound, excess of measured over the overlapped model per group): 1-2 steps ~0-6 cycles, 4-16 steps 8-18
#: cycles (cint16 x cint16, int16 x int16, int16 x int32), the fill / drain of one group. llvm-aie's full-unroll
#: bound (kernel_io ``UNROLL_MAX_TRIPS`` 3) would keep the 4-step (3-trip) shares overlapped, which these figures do
#: not show. An ASSUMPTION read from the data, not a source: the AMD document kernels.gama_mmul NONLEAF_CHANGE cites
#: says chess software-pipelines non-leaf loops; these figures say that pipelining does not hide a kept inner loop's
#: fill and drain here. ``False`` reproduces the figures before. C7 alone 2142 -> 2312; with GROUP_SERIAL_CHANGE 2142 -> 2497 of
#: 2994 (399 in, 44 out; int16 x int16 -> int16 155 -> 196 of 244, cint16 x cint16 -> cint16 134 -> 189 of 244, every
#: SINGLE_BUF 16-bit triple all within but cint16 x int16). Other cases: C36 (the only other matrix_mult case)
#: identical; no other case uses this cost: full run, every other case's count unchanged, all 14060 -> 14415 of 18583.
AB_LOOP_KEPT_CHANGE = True
#: MM_SERIAL_CASCADE_CHANGE (session 17, helper mm; a what-if made AFTER seeing the C7 errors, no constant; kept False):
#: the chain order declared to the cascade model when the BChunk loop has 2+ trips (``cascade_group_interval_cycles`` =
#: ``cascade_write_offset_cycles`` = ``group_ii``: group ``g``'s writes in the pass that reads group ``g + 1``) is the
#: order of a software-pipelined group loop; it was added before AB_LOOP_KEPT_CHANGE and stays on for the groups this
#: model runs one after the other (``overlap`` False: the emulation's temporaries, 2 x 2 tiles past the accumulator
#: file, or a kept AB loop). True gives those groups the cascade model's default order (``loop_cycles // groups``
#: apart, writes in a group's last cycles). Measured on C7 (validation/cases_c7.py MM_DIAGNOSTIC): 2509 -> 2471 of 2994
#: (46 in, 84 out; int32 x int32 / int32 x int16 latencies of deep chains in, cint16 x int16 throughputs out), C36
#: identical. ``False`` (kept) gives the figures before.
MM_SERIAL_CASCADE_CHANGE = False
#: MM_WRITE_OFFSET_CHANGE (session 17, helper mm; a what-if made AFTER seeing the C7 errors, no constant; kept False):
#: with the declared order above, a group's first cascade write ``max(group_ii, group_cycles - finish)`` after its
#: read (the read's latency, the AB steps, the last MAC's latency; was ``group_ii``), the group interval unchanged.
#: Measured on C7 (MM_DIAGNOSTIC): 2509 -> 2529 of 2994 (55 in, 35 out, almost all latencies of 4- and 8-kernel
#: chains), C36 identical; not adopted: with the interval left at ``group_ii`` a serial group's next read then comes
#: before its writes, which a group that fills the accumulator file cannot do. ``False`` (kept) gives the figures before.
MM_WRITE_OFFSET_CHANGE = False


def emulation_temporaries(ops: MmulOps, t: CoreTiming) -> int:
    """Temporary accumulators an emulated mmul keeps live in a pipelined loop: every second
    VMAC writes one (the high-half VMUL) that the next ADDMAC reads ``vmac_latency`` cycles
    later, so ``ceil(vmac_latency / 2)`` are in flight at one VMAC per cycle; 0 when native."""
    return -(-t.vmac_latency // 2) if ops.emulated else 0


def emulation_latency(ops: MmulOps, t: CoreTiming) -> int:
    """Cycles an emulated MAC adds to one output tile's critical path: the operand's half split
    (``vector_alu_latency``) and the temporary's VMUL before the ADDMAC (``vmac_latency``)."""
    return t.vector_alu_latency + t.vmac_latency if ops.emulated else 0


def _products(a: str, b: str, m: int, n: int, k: int) -> int:
    """16 x 16-bit products of one M x N x K mmul (complex x complex 4, complex x real 2
    real products per MAC; a 32-bit part is two 16-bit halves)."""
    ta, tb = sample_type(a, "matrix_mult"), sample_type(b, "matrix_mult")
    per_mac = 4 if (ta.complex and tb.complex) else 2 if (ta.complex or tb.complex) else 1
    return m * n * k * per_mac * max(1, ta.part_bits // 16) * max(1, tb.part_bits // 16)


def mmul_ops(a: str, b: str) -> MmulOps:
    """The :class:`MmulOps` of DSPLib's mmul for ``a x b`` on AIE-ML (see module docstring).

    Raises:
        ValueError: a pair not in :data:`TILING` or floating point.
    """
    if (a, b) not in TILING:
        raise ValueError(f"matrix_mult: no AIE-ML mmul cost for {a} x {b}; modelled pairs: {sorted(TILING)} "
                         "(float / cfloat are emulated with bf16 passes, not in the timing table)")
    m, n, k = TILING[(a, b)]
    cycles = -(-_products(a, b, m, n, k) // PRODUCTS_PER_VMAC)
    if (a, b) == ("int32", "int32"):
        # mmul_32_32<4,4,4>: interleave_unzip of A's two 256-bit halves (detail/aie2/interleave.hpp
        # below 512 bits: concat into one 512-bit register, then the native unzip's low and high
        # ::shuffle = 2 VSHUFFLE; the results are 256-bit halves, free to extract), two 4x2x4
        # 32b x 32b MACs
        # and per mac_4x2_2x4 the emulation's lo / hi split of B (2 VSHUFFLE; the second call
        # uses B's upper half: 4 per B vector)
        return MmulOps(mac_cycles=cycles, chained=2, valu_per_a=2, valu_per_b=4, emulated=True)
    if (a, b) == ("cint16", "cint16"):
        # mmul_c16_c16<1,4,8>: 2 VBCST + 2 VSHUFFLE of A, mac_elem_8_2 twice
        return MmulOps(mac_cycles=cycles, chained=2, valu_per_a=4)
    if (a, b) == ("cint32", "cint32"):
        # mmul_c32_c32<1,2,8>: 2 VBCST of A, mac_elem_8 twice on the two B halves; each an
        # emulated cint32 x cint32 block (B split into cint16 halves)
        blk = emulated_mul("cint32", "cint32")
        # C32_RUNTIME_ZERO_CHANGE: the first block's runtime zero_acc1 costs an accumulator add_conf
        extra = C32_RUNTIME_ZERO_OPS if C32_RUNTIME_ZERO_CHANGE else 0
        return MmulOps(mac_cycles=max(cycles, 2 * blk.macs + extra), chained=2 * blk.macs + extra, valu_per_a=2,
                       valu_per_b=2 * blk.shuffles, emulated=True, a_broadcasts64=2)
    if (a, b) == ("int32", "int16"):
        # mmul_32_16<4,4,4>: one mac_4x4_4x4 (v16int32 x v32int16 -> acc64), emulated on AIE-ML
        # (llvm-aie aiev2_vmult.h): A split into its low / high 16-bit halves (2 VSHUFFLE per A
        # vector), a 16b x 16b VMUL of the high halves into a temporary accumulator, an ADDMAC
        # of the low halves (shift16) into the output accumulator
        return MmulOps(mac_cycles=cycles, chained=1, valu_per_a=2, emulated=True)
    if (a, b) == ("int16", "int32"):
        # mmul_16_32<4,4,4>: one mac_4x4_4x4 (v32int16 x v16int32 -> acc64); the 32-bit operand
        # is B, split into its low / high 16-bit halves (2 VSHUFFLE per B vector, AIE API
        # emulated_mul_intrinsics.hpp Integral16 x Integral32), VMUL of the high halves into a
        # temporary, ADDMAC of the low halves: the mirror of int32 x int16 (see module docstring)
        return MmulOps(mac_cycles=cycles, chained=1, valu_per_b=2, emulated=True)
    if (a, b) == ("cint16", "int16"):
        # mmul_c16_16<4,4,4> (detail/aie2/mmul_c16_16.hpp): real and imaginary parts in two
        # acc64 accumulators; per mac an interleave_unzip of A's int16 parts (2 VSHUFFLE, as
        # int32 x int32 above) and two native 16b x 16b mac_4x4_4x4, one per accumulator. The
        # unzip_complex of the cascade reads and combine_into_complex of the output / cascade tiles:
        # complex_repack (REPACK_MOVES_PER_TILE, C16X16_REPACK_CHANGE, after the blind run)
        return MmulOps(mac_cycles=cycles, chained=1, valu_per_a=2, complex_repack=C16X16_REPACK_CHANGE)
    if (a, b) == ("cint32", "cint16"):
        # mmul_c32_c16<2,4,8>: per A element a broadcast (8 VBCST per A vector) and a native
        # cint32 x cint16 mac_elem_8 (8 lanes x 4 real 32b x 16b products = one VMAC); 4 of them
        # in a row into each of the two accumulators (data[0], data[1])
        return MmulOps(mac_cycles=cycles, chained=4, valu_per_a=8, a_broadcasts64=8)
    return MmulOps(mac_cycles=cycles, chained=1)


@dataclass(frozen=True)
class MatrixMultParams:
    """One DSPLib matrix_mult kernel (one cascade position of one SSR rank).

    Attributes:
        a_type, b_type: sample types of A and B.
        dim_a, dim_ab, dim_b: this kernel's share: A is ``dim_a x dim_ab``, B ``dim_ab x
            dim_b`` (graph: ``TP_DIM_A / TP_SSR``, ``TP_DIM_AB / TP_CASC_LEN``, ``TP_DIM_B``).
        cascade_in: partial accumulators arrive on the cascade (not the first kernel).
        cascade_out: partial accumulators leave on the cascade (not the last kernel); then
            the kernel has no output buffer.
        out_data: DSPLib's ``TT_OUT_DATA`` (2025.1 on; Xilinx/Vitis_Libraries @0d8795bc
            matrix_mult.cpp ``matMult_impl1``: the output buffer is ``TT_OUT_DATA`` and each
            output tile is ``C.template to_vector<TT_OUT_DATA>(TP_SHIFT)``, an SRS of the acc64
            tile to that type, then stored); None: the pre-2025 ``outType_t`` (:attr:`out_type`).
            The cascade carries the accumulators, whatever the output type.
        single_buffer: one buffer behind each buffer port instead of a ping-pong pair (ADF's
            ``single_buffer()`` constraint, which DSPLib's matrix_mult test harness puts on
            ``in[0]`` / ``in[1]`` of every kernel and on ``out[0]`` of each chain's last kernel when
            ``SINGLE_BUF == 1``: dsp/L2/tests/aie/matrix_mult/test.hpp @0d8795bc;
            :class:`~aiesim_py.kernels.kernel_io.KernelPort` ``buffers``). A property of the graph's
            buffers: the kernel's cost is the same.
    """
    a_type: str
    b_type: str
    dim_a: int
    dim_ab: int
    dim_b: int
    cascade_in: bool = False
    cascade_out: bool = False
    out_data: str | None = None
    single_buffer: bool = False

    def __post_init__(self):
        mmul_ops(self.a_type, self.b_type)
        if not isinstance(self.single_buffer, bool):
            raise ValueError(f"matrix_mult: single_buffer must be True or False, got {self.single_buffer!r}")
        m, n, k = TILING[(self.a_type, self.b_type)]
        for name, dim, tile in (("dim_a", self.dim_a, m), ("dim_ab", self.dim_ab, n), ("dim_b", self.dim_b, k)):
            if dim <= 0 or dim % tile:
                raise ValueError(f"matrix_mult: {name} = {dim} must be a positive multiple of the "
                                 f"{self.a_type} x {self.b_type} mmul tile ({tile})")
        if self.out_data is not None:
            to = sample_type(self.out_data)
            ta, tb = sample_type(self.a_type), sample_type(self.b_type)
            if to.complex != (ta.complex or tb.complex) or to.part_bits not in (16, 32):
                raise ValueError(f"matrix_mult: TT_OUT_DATA {self.out_data} for {self.a_type} x {self.b_type} is "
                                 "not modelled (an SRS of the acc64 tiles to 16- or 32-bit parts of the same "
                                 "complexity)")

    @property
    def out_type(self) -> str:
        """:attr:`out_data` when given, else DSPLib's pre-2025 ``outType_t``: complex if either
        input is, 32-bit parts if either is."""
        if self.out_data is not None:
            return self.out_data
        ta, tb = sample_type(self.a_type), sample_type(self.b_type)
        bits = max(ta.part_bits, tb.part_bits)
        return f"{'c' if (ta.complex or tb.complex) else ''}int{bits}"

    @property
    def tiling(self) -> tuple[int, int, int]:
        return TILING[(self.a_type, self.b_type)]

    @property
    def expansion(self) -> tuple[int, int]:
        """(numA, numB): DSPLib ``parallelA`` / ``parallelB``."""
        m, _, k = self.tiling
        ra = 2 if (self.dim_a // m) % 2 == 0 and self.dim_a > m else 1
        rb = 2 if (self.dim_b // k) % 2 == 0 and self.dim_b > k else 1
        return ra, rb

    @property
    def cascade_bytes(self) -> int:
        """Partial accumulators one call passes on the cascade (acc64 lanes)."""
        lanes = self.dim_a * self.dim_b * (2 if sample_type(self.out_type).complex else 1)
        return lanes * ACC_LANE_BITS // 8

    def ports(self) -> tuple[KernelPort, ...]:
        n = 1 if self.single_buffer else 2
        a = KernelPort("in", "buffer", self.dim_a * self.dim_ab * sample_type(self.a_type).bytes, n)
        b = KernelPort("in", "buffer", self.dim_ab * self.dim_b * sample_type(self.b_type).bytes, n)
        if self.cascade_out:
            return (a, b)
        return (a, b, KernelPort("out", "buffer", self.dim_a * self.dim_b * sample_type(self.out_type).bytes, n))


@dataclass(frozen=True)
class MatrixMultCost(KernelCost):
    """:class:`KernelCost` plus what the cascade model needs: ``group_cycles`` (one output
    group from its cascade reads to its last cascade write / store) and ``epilogue_cycles``
    (the call after its last cascade operation); ``group_ii_cycles`` the steady-state cycles
    per group; ``groups`` per call."""
    group_cycles: int = 0
    group_ii_cycles: int = 0
    groups: int = 1
    epilogue_cycles: int = 0
    # the group loop's schedule as the cascade sees it (sim.timing.cascade_chain._cascade_call):
    # cascade reads ``cascade_group_interval_cycles`` apart, a group's first cascade word
    # ``cascade_write_offset_cycles`` after its read; 0: groups one after the other
    cascade_group_interval_cycles: int = 0
    cascade_write_offset_cycles: int = 0


def matrix_mult_cycles(p: MatrixMultParams, t: CoreTiming) -> MatrixMultCost:
    """Cycles of one call (see the module docstring).

    Per AB step: ``numA`` A vectors on load port A, ``numB`` B vectors on port B (32 bytes
    per load), ``numA x numB`` mmuls of :func:`mmul_ops` on the MAC slot and their operand
    preparation on the vector-ALU slot; II = the busiest slot or the accumulator chain.
    Per group (``numA x numB`` output tiles): ``DIM_AB / N`` steps at that II, the cascade
    reads (move slot, 512 bits each) before and the SRS-fused stores or cascade writes after,
    and the AB hardware loop's setup (:func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`).
    Consecutive groups of one AChunk iteration overlap their fill and drain (non-leaf
    pipelining) when two groups' output accumulators and the emulation's temporaries fit the
    accumulator file and the AB loop has at most one trip (AB_LOOP_KEPT_CHANGE); then each AChunk
    iteration pays one group's fill and drain (load latency, emulation latency, MAC latency,
    cascade read latency), else every group pays its own, its finish slots counted once
    (GROUP_SERIAL_CHANGE).
    A call adds the ADF wrapper (:func:`adf_call_overhead`:
    A, B and the output buffer, no lock for a cascade).

    Raises:
        ValueError: a pair without a cost (see :func:`mmul_ops`).
    """
    ops = mmul_ops(p.a_type, p.b_type)
    m, n, k = p.tiling
    ra, rb = p.expansion
    ta, tb, to = sample_type(p.a_type), sample_type(p.b_type), sample_type(p.out_type)
    loads_a = -(-m * n * ta.bytes // t.load_bytes)
    loads_b = -(-n * k * tb.bytes // t.load_bytes)
    # C32_EXTRACT_CHANGE: a VEXTRACT.64 (move slot) before each 64-bit broadcast of A (after the blind run)
    extracts = ops.a_broadcasts64 if C32_EXTRACT_CHANGE else 0
    step = SlotUse(load_a=ra * loads_a, load_b=rb * loads_b, mac=ra * rb * ops.mac_cycles,
                   vector_alu=ra * ops.valu_per_a + rb * ops.valu_per_b, move=ra * extracts)
    chain = ops.chained * t.acc_chain_ii
    ii = resource_ii(step, t, recurrence=chain)
    steps = p.dim_ab // n
    tiles = ra * rb
    acc_words = -(-m * k * (2 if to.complex else 1) * ACC_LANE_BITS // (8 * t.cascade_bytes_per_cycle))
    # C16X16_REPACK_CHANGE: the real / imaginary accumulator repack of mmul_c16_16 per tile (after the blind run)
    rp_move = tiles * REPACK_MOVES_PER_TILE if ops.complex_repack else 0
    rp_valu = tiles * REPACK_SHUFFLES_PER_TILE if ops.complex_repack else 0
    rp_latency = t.vector_alu_latency if ops.complex_repack else 0
    init = SlotUse(move=tiles * acc_words + rp_move, vector_alu=rp_valu) if p.cascade_in else SlotUse()
    init_latency = (acc_words - 1 + t.cascade_read_latency + rp_latency) if p.cascade_in else 0
    if p.cascade_out:
        finish = SlotUse(move=tiles * acc_words + rp_move, vector_alu=rp_valu)
        finish_latency = t.cascade_write_latency + rp_latency
    else:
        stores = tiles * -(-m * k * to.bytes // t.store_bytes)
        fused = t.srs_fuses_into_store(ACC_LANE_BITS, to.part_bits)
        finish = SlotUse(store=stores, move=(0 if fused else tiles * -(-m * k * ACC_LANE_BITS // 1024)) + rp_move,
                         vector_alu=rp_valu)
        finish_latency = (0 if fused else t.srs_latency) + rp_latency
    group_slots = step.scaled(steps) + init + finish
    group_ii = max(resource_ii(group_slots, t, recurrence=steps * chain), steps * ii) + loop_setup_cycles(t, steps - 1)
    # one group alone: operands (and cascade partial sums) in, its steps, the last MAC's
    # result, then the SRS / stores or cascade writes
    # C32_EXTRACT_CHANGE: A's extract + broadcast (2 x vector_alu_latency) before the first MAC, beside the
    # emulation's B split (vector_alu_latency, inside emulation_latency)
    prep = 2 * t.vector_alu_latency if extracts else 0
    prep_extra = max(0, prep - (t.vector_alu_latency if ops.emulated else 0))
    latencies = (max(init_latency, t.vload_latency) + emulation_latency(ops, t) + prep_extra + t.vmac_latency
                 + finish_latency)
    if GROUP_SERIAL_CHANGE:
        # GROUP_SERIAL_CHANGE: the finish slots counted once: the AB steps then the stores / cascade writes,
        # bounded below by the group's slot totals (which already hold the finish)
        serial = steps * ii + loop_setup_cycles(t, steps - 1) + resource_ii(finish, t)
        group_cycles = max(group_ii, serial) + latencies
    else:
        group_cycles = group_ii + latencies + resource_ii(finish, t)
    a_chunks = p.dim_a // (m * ra)
    b_chunks = p.dim_b // (k * rb)
    # overlapping two groups keeps both groups' output accumulators (and the emulation's
    # temporaries) live at once; past the accumulator file the groups run one after the other
    acc_regs = -(-m * k * (2 if to.complex else 1) * ACC_LANE_BITS // (8 * t.accumulator_register_bytes))
    overlap = 2 * tiles * acc_regs + emulation_temporaries(ops, t) <= t.accumulator_registers
    if AB_LOOP_KEPT_CHANGE and steps - 1 > 1:
        # AB_LOOP_KEPT_CHANGE: an AB loop of two or more trips is a kept hardware loop (it carries the
        # accumulators), the BChunk loop around it a plain loop whose groups each fill and drain it
        overlap = False
    per_a = loop_cycles(b_chunks, group_ii, group_cycles, pipelined=overlap) + loop_setup_cycles(t, b_chunks)
    loop = a_chunks * per_a + loop_setup_cycles(t, a_chunks)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    epilogue = call // 2
    # the BChunk loop is compiled with chess_pipeline_non_leaf_loop_solution(4) (Xilinx/
    # Vitis_Libraries dsp/L1/src/aie/matrix_mult.cpp): with two or more trips a group's cascade
    # writes go out in the loop pass that reads the next group's partial sums, so a chain's
    # stages trail each other by about one group interval (added after seeing the held-out C7
    # cascade latencies: validation/cases_c7.py)
    passes = group_ii if b_chunks > 1 else 0
    if MM_SERIAL_CASCADE_CHANGE and not overlap:
        passes = 0      # MM_SERIAL_CASCADE_CHANGE: serial groups, the cascade model's default order
    offset = passes
    if MM_WRITE_OFFSET_CHANGE and passes:
        offset = max(passes, group_cycles - resource_ii(finish, t))     # MM_WRITE_OFFSET_CHANGE (what-if, False)
    return MatrixMultCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                          depth_cycles=group_cycles, trips=a_chunks * b_chunks * steps, pipelined=True,
                          function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                          first_output_cycles=call // 2 + group_cycles,
                          group_cycles=group_cycles, group_ii_cycles=group_ii, groups=a_chunks * b_chunks,
                          epilogue_cycles=epilogue, cascade_group_interval_cycles=passes,
                          cascade_write_offset_cycles=offset)
