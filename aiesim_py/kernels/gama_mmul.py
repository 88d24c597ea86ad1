"""GAMA's single-AIE GEMM kernel (advent-lab/GAMA, FPL 2025): ``C = A x B`` on blocked buffers,
int8 x int8 (``aie::mmul<4, 8, 8>``) or bfloat16 x bfloat16 (``aie::mmul<8, 8, 4>``), one kernel
of a pack of G kernels chained by the cascade.

Kernel structure, read (facts only, no code taken) in advent-lab/GAMA
``aie/skewing_exp/aie_MKN_48x240x48_MMUL_4x8x8_i8_i32_Y8_G4_X9_offset_1/kernels/*.cc`` @3be78c08,
``aie/aie_constr_buf_array_scaling/aie_MKN_64x96x64_MMUL_8x8x4_bf16_bf16/kernels/*.cc`` @0b36b593 and
``aie/pack_aie_exp/aie_conf_buf/aie_MKN_64x224x64_MMUL_4x8x8_i8_i8_X1_Y4_Z1/kernels/*.cc`` @4c470329
(the AMD "opt_blocked_matrix_mult" pattern):

* three kernel variants per pack: the first (``o32PS``: no cascade in, ``mul`` for the first
  product, the four accumulators written to the cascade with ``<<``), the middle ones
  (``i32PS_o32PS``: the four partial accumulators read from the cascade with ``>>`` before the
  first ``mac``, written to the cascade after the last), the last (``i32PS_o*C``: cascade in, the
  four tiles converted ``to_vector<out>()`` and stored to the output buffer);
* loop nest ``i`` (M / mm / 2 trips) > ``j`` (N / mn / 2 trips) > ``k`` (K / mk - 1 trips, the
  first K step peeled); ``i`` and ``j`` carry ``chess_prepare_for_pipelining`` and hold a loop;
  ``k`` is the software-pipelined hardware loop. Blind model: ``i`` and ``j`` plain loops (assumption:
  chess software-pipelines innermost loops only; there is no ``chess_pipeline_non_leaf_loop_solution``
  as in DSPLib matrix_mult), each ``j`` trip (a group of 2 x 2 output tiles) paying its own pipeline
  fill and drain; since :data:`NONLEAF_CHANGE` (after the blind run, from an AMD source) ``j`` is a
  software-pipelined non-leaf loop whose groups overlap their fill and drain, as C7's matrix_mult
  did before its AB_LOOP_KEPT_CHANGE (kernels.matrix_mult, an assumption read from C7's data: groups
  overlap only when the AB loop has at most one trip). The two models disagree: GAMA's ``k`` loop
  has K / mk - 1 trips (many) and C33's figures favour overlap; DSPLib's figures favour none even
  under its explicit ``chess_pipeline_non_leaf_loop_solution(4)``. Not reconciled;
* per K step: two A tiles (``mm x mk``) and two B tiles (``mk x mn``) loaded (256-bit loads; A on
  load port A, B on port B, the project's convention), four ``mmul.mac``.

Cost per mmul on AIE-ML: int8 4x8x8 is the native int8 mode, one VMAC of 256 MACs (AM020-SUM;
``isa.mmul.NATIVE_MMUL_SHAPES``); bf16 8x8x4 is not native (API-MMUL: emulated): two native 4x8x4
VMAC.f (128 MACs each), one per 4-row half of A (a whole 512-bit register of the row-major
8x8 tile, no shuffle: assumption) into its own 512-bit half of the 1024-bit accfloat accumulator.
The group's loads, MACs and accumulator chains give the K loop's II; fill / drain and the per-group
cascade reads / writes and stores follow :mod:`aiesim_py.kernels.matrix_mult` (whose structure was
checked on C7), with the groups overlapped since :data:`NONLEAF_CHANGE`. Output conversion: acc32 -> int8 / int16 a VSRS fused
into the store; acc32 -> int32 the raw lanes moved to vector registers (VMOV) then stored;
accfloat -> bfloat16 a conversion fused into the store (as ``kernels.dense_cost``).
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import CoreTiming, SlotUse, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import KernelPort, adf_call_overhead, loop_setup_cycles
from aiesim_py.kernels.matrix_mult import MatrixMultCost

TEMPLATE = None
KIND = "gama_mmul"
ACC_LANE_BITS = 32          # acc32 (int8 x int8) and accfloat (bf16) lanes
#: input type -> (mm, mk, mn) of GAMA's aie::mmul, element bytes
SHAPES = {"int8": ((4, 8, 8), 1), "bfloat16": ((8, 8, 4), 2)}
OUT_TYPES = {"int8": ("int8", "int16", "int32"), "bfloat16": ("bfloat16",)}
OUT_BYTES = {"int8": 1, "int16": 2, "int32": 4, "bfloat16": 2}
#: NONLEAF_CHANGE (2026-12-07, C33; made AFTER seeing the blind C33 errors: the three kernel-bound whole-array
#: figures 11.7-15.5 % slow, the PLIO-bound one within 0.1 %): the ``j`` loop (it holds the K loop) is software
#: pipelined as a NON-LEAF loop, so consecutive groups overlap their fill and drain (the pipelined
#: :func:`~aiesim_py.isa.timing.loop_cycles` over the groups of one ``i`` trip, and the cascade passes of
#: :mod:`aiesim_py.kernels.matrix_mult`), while two groups' accumulators fit the accumulator file (4 tiles x 1024
#: bits x 2 <= 9 registers for both types). The blind model (False) had the assumption "chess software-pipelines
#: innermost loops only". Source: an AMD document on reading the AIE compiler's logs (Copyright 2026 AMD, MIT,
#: "extract-aie-loop-ii" SKILL.md and its utility extract_aie_loop_ii.py, index file ids 57965850138 /
#: 58485879731, repository not identified by the index): "The AIE compiler backend (Chess/mist2) performs modulo
#: scheduling on innermost loops (HW do-loops) and software pipelining on non-leaf loops", the backend trying
#: folding strategies 0 (no folding) .. 4 (unrestricted) and logging the selected one; its example, a GEMM
#: kernel, selected [4] on its middle and outer loops. DSPLib matrix_mult forces solution 4 with
#: ``chess_pipeline_non_leaf_loop_solution(4)`` (C7's model); GAMA's j loop carries only
#: ``chess_prepare_for_pipelining``, so this takes the compiler's own choice to be the same (assumption; the
#: selected solution is in the tile logs, not published). The ``i`` loop is left as a plain loop (one fill and
#: drain per ``i`` trip), as in kernels.matrix_mult. False reproduces the blind figures.
NONLEAF_CHANGE = True
#: the PLIO sample type carrying each GAMA element type through ``graph.KernelGraph`` (size only)
PLIO_TYPES = {"int8": "int8", "int16": "int16", "int32": "int32", "bfloat16": "int16"}


@dataclass(frozen=True)
class GamaMmulParams:
    """One GAMA GEMM kernel: A is ``m x k``, B ``k x n``, C ``m x n`` (GAMA's single_M / K / N).

    Attributes:
        in_type: "int8" or "bfloat16" (A and B).
        out_type: the output buffer's type (last kernel of a pack): int8 / int16 / int32 for
            int8 inputs, bfloat16 for bfloat16.
        cascade_in / cascade_out: the kernel's place in its pack (first: out only; middle:
            both; last: in only; a lone kernel: neither).
    """
    in_type: str
    out_type: str
    m: int
    k: int
    n: int
    cascade_in: bool = False
    cascade_out: bool = False

    def __post_init__(self):
        if self.in_type not in SHAPES:
            raise ValueError(f"gama_mmul: input type {self.in_type!r}; modelled: {sorted(SHAPES)}")
        if self.out_type not in OUT_TYPES[self.in_type]:
            raise ValueError(f"gama_mmul: output {self.out_type!r} for {self.in_type} inputs; "
                             f"GAMA has {OUT_TYPES[self.in_type]}")
        (mm, mk, mn), _ = SHAPES[self.in_type]
        for name, dim, tile in (("m", self.m, 2 * mm), ("k", self.k, mk), ("n", self.n, 2 * mn)):
            if dim <= 0 or dim % tile:
                raise ValueError(f"gama_mmul: {name} = {dim} must be a positive multiple of {tile} "
                                 "(2 x 2 groups of mmul tiles)")

    @property
    def shape(self) -> tuple[int, int, int]:
        return SHAPES[self.in_type][0]

    @property
    def cascade_bytes(self) -> int:
        """Partial accumulators one call passes on the cascade (acc32 / accfloat lanes)."""
        return self.m * self.n * ACC_LANE_BITS // 8

    def ports(self) -> tuple[KernelPort, ...]:
        eb = SHAPES[self.in_type][1]
        a = KernelPort("in", "buffer", self.m * self.k * eb)
        b = KernelPort("in", "buffer", self.k * self.n * eb)
        if self.cascade_out:
            return (a, b)
        return (a, b, KernelPort("out", "buffer", self.m * self.n * OUT_BYTES[self.out_type]))


def gama_mmul_cycles(p: GamaMmulParams, t: CoreTiming) -> MatrixMultCost:
    """Cycles of one call (module docstring). Per group of 2 x 2 tiles: ``K / mk`` steps at the
    K loop's II plus its loop set-up, then fill / drain (operand or cascade-read latency, the last
    MAC's latency, the conversion and the stores or cascade writes); groups one after the other;
    the ``j`` and ``i`` loops' set-up; the ADF wrapper of the buffer ports."""
    (mm, mk, mn), eb = SHAPES[p.in_type]
    bf16 = p.in_type == "bfloat16"
    ra = rb = 2
    tiles = ra * rb
    vmacs = -(-mm * mk * mn // (t.bf16_macs_per_vmac if bf16 else t.vmac_macs(8, 8)))
    loads_a = -(-mm * mk * eb // t.load_bytes)
    loads_b = -(-mk * mn * eb // t.load_bytes)
    step = SlotUse(load_a=ra * loads_a, load_b=rb * loads_b, mac=tiles * vmacs)
    # each VMAC of an mmul writes its own 512-bit part of the tile's accumulator: one VMAC per part
    # per step on each chain
    chain = t.bf16_acc_chain_ii if bf16 else t.acc_chain_ii
    ii = resource_ii(step, t, recurrence=chain)
    steps = p.k // mk
    acc_words = -(-mm * mn * ACC_LANE_BITS // (8 * t.cascade_bytes_per_cycle))
    init = SlotUse(move=tiles * acc_words) if p.cascade_in else SlotUse()
    init_latency = (acc_words - 1 + t.cascade_read_latency) if p.cascade_in else 0
    if p.cascade_out:
        finish = SlotUse(move=tiles * acc_words)
        finish_latency = t.cascade_write_latency
    else:
        out_tile = mm * mn * OUT_BYTES[p.out_type]
        stores = tiles * -(-out_tile // t.store_bytes)
        if bf16 or t.srs_fuses_into_store(ACC_LANE_BITS, OUT_BYTES[p.out_type] * 8):
            finish = SlotUse(store=stores)
            finish_latency = 0
        else:                                     # int32 lanes: VMOV acc -> vector, then store
            finish = SlotUse(store=stores, move=tiles * -(-out_tile // t.vector_register_bytes))
            finish_latency = t.vector_alu_latency
    group_slots = step.scaled(steps) + init + finish
    group_ii = (max(resource_ii(group_slots, t, recurrence=steps * chain), steps * ii)
                + loop_setup_cycles(t, steps - 1))
    vmac_latency = t.bf16_vmac_latency if bf16 else t.vmac_latency
    fill_drain = (max(init_latency, t.vload_latency) + vmac_latency + finish_latency
                  + resource_ii(finish, t))
    group_cycles = group_ii + fill_drain
    a_chunks = p.m // (mm * ra)
    b_chunks = p.n // (mn * rb)
    # NONLEAF_CHANGE (after the blind run): the j loop software pipelined as a non-leaf loop, consecutive
    # groups overlapping their fill and drain while two groups' accumulators fit the accumulator file
    acc_regs = -(-mm * mn * ACC_LANE_BITS // (8 * t.accumulator_register_bytes))
    overlap = NONLEAF_CHANGE and 2 * tiles * acc_regs <= t.accumulator_registers
    per_a = loop_cycles(b_chunks, group_ii, group_cycles, pipelined=overlap) + loop_setup_cycles(t, b_chunks)
    loop = a_chunks * per_a + loop_setup_cycles(t, a_chunks)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    # as kernels.matrix_mult: with the group loop folded, a group's cascade writes go out in the pass that
    # reads the next group's partial sums
    passes = group_ii if overlap and b_chunks > 1 else 0
    return MatrixMultCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                          depth_cycles=group_cycles, trips=a_chunks * b_chunks * steps, pipelined=True,
                          function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                          first_output_cycles=call // 2 + group_cycles,
                          group_cycles=group_cycles, group_ii_cycles=group_ii, groups=a_chunks * b_chunks,
                          epilogue_cycles=call // 2, cascade_group_interval_cycles=passes,
                          cascade_write_offset_cycles=passes)
