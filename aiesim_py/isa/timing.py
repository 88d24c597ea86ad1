"""Timing table of the AIE-ML core: VLIW slots, instruction latencies (cycles) and the
loop-schedule model the kernel cost models are built on.

Sources: PEANO-SCHED (llvm-aie AIE2Schedule.td) for latencies, UG1603-ARCH / PEANO-SLOTS for
the bundle slots, PEANO-BASE for branch delay slots, UG1603-VREG for the vector registers;
kernel call overhead: the device file's [timing] table (MLIR-4C, XD100-IIR; aieml-facts.md 2.4, 4.1-4.3).

The loop model (:func:`resource_ii`, :func:`critical_path`, :func:`loop_cycles`):

* a software-pipelined loop issues one iteration every ``II`` cycles, ``II`` = the busiest
  resource (each load port, the store port, the MAC, vector-ALU, move and scalar slots) or
  the loop-carried recurrence (an accumulator chain), whichever is larger; it ends
  ``depth`` cycles after the last iteration started: ``(trips - 1) * II + depth``;
* an unpipelined loop runs its iterations one after the other, each as long as its critical
  path (``depth``): ``trips * depth``;
* ``depth`` is the critical path of one iteration, from the first issue to the last: every
  step issues its ops (several cycles when they share one slot) and hands its result on
  after its latency.

Checked against MLIR-4C (aieml-facts.md 4.3): ``c[i] = factor * a[i]`` over 1024 int16 is
10 bundles per scalar iteration (LD 7 + MUL 2 + ST), 15 per unpipelined vector iteration
(two 256-bit loads on one port, VMUL 5, two VST.SRS) and II 2 pipelined (store bound).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from aiesim_py.arch.device import load_device


#: VALU_FWD_CHANGE (sourced: Xilinx/llvm-aie llvm/lib/Target/AIE/AIE2Schedule.td @048e9ad6, ``AIE2Itineraries``;
#: True = the vector-ALU bypass applied, False restores the figures before it exactly). LLVM's itinerary rule
#: (MCInstrItineraries.h ``getOperandLatency``: def cycle - use cycle + 1, minus 1 when the def operand and the use
#: operand name the same bypass) makes a link from a MOV_Bypass result into a MOV_Bypass operand 1 cycle instead of
#: ``CoreTiming.vector_alu_latency`` 2 (every MOV_Bypass itinerary defines at 2 and reads at 1). Per operand, as read:
#:
#: * result and vector operands MOV_Bypass (``CoreTiming.vector_alu_latency``, the marker with both ends on):
#:   II_VADD, II_VSUB, II_VBLOG, II_VADDSUB, II_VSEL, II_VSHUFFLE, II_VSHIFT, II_VSHIFT_ALIGN (not its shift
#:   amount), II_VMAX_LT, II_VMIN_GE, II_VSUB_CMP, II_VMAXDIFF_LT (their mask result NoBypass), II_VABS_GTZ,
#:   II_VNEG_GTZ, II_VBNEG_LTZ, II_VINSERT and II_VEXTBCST (not their scalar / index operand), II_VPUSH_HI / LO
#:   (one operand each), II_VMOV_X (512-bit x / bm register moves);
#: * result only: II_VBCST, II_VBCSTSHFL (their scalar operand NoBypass; written with the common marker: what feeds
#:   them is a scalar op, never a marker);
#: * vector operand only: II_VEXTRACT (scalar result NoBypass: ``CoreTiming.vector_extract_latency``), II_VCMP /
#:   II_VEQZ (mask result NoBypass);
#: * neither (a plain int in the kernels, commented with the itinerary): II_VMOV_W (256-bit w register moves,
#:   "conservatively assume no Bypass"; kernels.substitution, kernels.euclidean_distance); VMUL / VMAC vector
#:   operands, VSRS, VUPS, VCONV, VCONVfp32bf16, VPACK, loads and stores carry no MOV_Bypass (their latencies are
#:   plain ints already). Accumulator shuffles: II_VSHUFFLE's result is MOV_Bypass whatever the register, but a bm
#:   result's readers (II_VMAC: VEC_Bypass, a different bypass; VSRS, VST.SRS, MCD: none) take no MOV_Bypass. In
#:   today's chains every accumulator shuffle sits between a MAC and an SRS / store / cascade write (the FIR
#:   combine, fir_sr_asym ACC_UNZIP "srs"), so none forwards; the paths that would put a data rotate -> accumulator
#:   unzip link in a chain (fir_sr_asym ACC_UNZIP True, fir_decimate_asym ACC8_CHANGE False) are off and not tagged.
#:
#: Mechanism: :class:`ValuLatency` marks a latency as a vector-ALU op's, with ``bypass_in`` / ``bypass_out`` per the
#: list above; with the flag True, :func:`critical_path` takes one cycle off a step whose latency is a marker with
#: ``bypass_out`` when the next step's latency is a marker with ``bypass_in``. Only links written directly as
#: ``(n, t.vector_alu_latency)`` (or ``t.vector_extract_latency``) are recognised; sums, ``- 1`` and other arithmetic
#: give plain ints and are not. kernels.bitonic_sort applies the bypass locally (VALU_BYPASS_CHANGE, plain ints).
#: Left as the common marker without a source that settles the op: kernels.widget_real2complex's second real ->
#: complex op (a VSHUFFLE or the 128 -> 512-bit widening, module docstring there).
#: Measured (full validation run against main b398de7, 20344 figures, 18960 predicted; the KNOWN_OFF delta is
#: validation/valu_fwd_known_off.py): within 10 % 15067 -> 15104 (55 in, 18 out, 2622 figures moved): C12 250 -> 269
#: (+19), C17 553 -> 554 (+1), C20 836 -> 854 (+24 -6), C22 42 -> 45 (+6 -3), C24 16 -> 17 (+1), C26 263 -> 262
#: (+1 -2), C27 26 -> 26 (+3 -3), C29 14 -> 13 (-1), C40 21 -> 18 (-3); moved without crossing 10 %: C5 (8
#: hadamard figures, 7 further off, 1 nearer: the emulated cint32 / int32 multiplies' zip -> zip / VSHIFT links),
#: C7, C8, C9, C10, C13, C15, C18, C19, C23, C25, C30, C31, C36, C38, C39; C1-C4 and C6 identical. Of the 2622 moved
#: figures 1293 moved nearer the measurement and 1329 further (the model gets faster; C8 238 of 341, C18 43 of 43,
#: C40 23 of 23 further; C12 105 of 108, C20 482 of 829 nearer). The opcode tags (VEXTRACT, VMOV_W) move 6 figures
#: fewer than the untagged marker did and change no in / out.
VALU_FWD_CHANGE = True


class ValuLatency(int):
    """Marker int: the latency of a vector-ALU op in llvm-aie's MOV_Bypass group (recognised by
    :func:`critical_path` with :data:`VALU_FWD_CHANGE`): ``bypass_in``, its vector operands take the bypass;
    ``bypass_out``, its result does."""
    bypass_in: bool
    bypass_out: bool

    def __new__(cls, value: int, bypass_in: bool = True, bypass_out: bool = True) -> "ValuLatency":
        obj = super().__new__(cls, value)
        obj.bypass_in, obj.bypass_out = bypass_in, bypass_out
        return obj

    def __reduce__(self):
        return ValuLatency, (int(self), self.bypass_in, self.bypass_out)


def forwards(producer: int, consumer: int) -> bool:
    """True when a link from a step of latency ``producer`` into a step of latency ``consumer`` takes the
    vector-ALU bypass (:data:`VALU_FWD_CHANGE`; both markers, the producer's result and the consumer's operand
    MOV_Bypass)."""
    return (isinstance(producer, ValuLatency) and producer.bypass_out and producer > 1
            and isinstance(consumer, ValuLatency) and consumer.bypass_in)


@dataclass(frozen=True)
class CoreTiming:
    """Per-instruction latency (result available, cycles after issue) and slot counts."""
    load_slots: int = 2                 # two 256-bit vector load units, A and B (UG1603-ARCH, AM020-FO)
    store_slots: int = 1                # one 256-bit store unit
    vector_slots: int = 1               # one VMUL/VMAC per bundle (the MAC datapath)
    vector_alu_slots: int = 1           # shift/shuffle/add/compare path in parallel with the MACs
    #                                     (MLIR-4C "Shift/Shuffle/Adder path"; XD100-PERF listing:
    #                                     VSHUFFLE and VMAC in one bundle)
    move_slots: int = 1                 # one move per bundle (UG1603-ARCH): SRS/UPS between
    #                                     accumulators and vectors, VMOV, cascade SCD/MCD.
    #                                     Known discrepancy: llvm-aie's AIE2 formats
    #                                     (AIE2GenInstrFormats.td @10f46a1b) put VSRS to a register
    #                                     and MCD in the store slot and SCD in the lda slot. Applied
    #                                     only to stream outputs (stream_write); for buffer outputs
    #                                     and cascades moving them (dense_cost: SCD on load A, MCD
    #                                     and the register SRS on the store slot) moves 13 C3
    #                                     figures by +0.3..+1.7 % (6 nearer, 7 further: mean
    #                                     |error| up) and, with the repacking search of
    #                                     joint_search.REPACK_INTERVALS, lets the full-array
    #                                     search trade 8.3 % interval for 42 tiles (12x4 at 262
    #                                     tiles, tolerance 0.1); not applied
    scalar_slots: int = 1
    load_bytes: int = 32                # 256-bit load port
    store_bytes: int = 32               # 256-bit store port
    vector_registers: int = 12          # x0..x11, 512 bit each (UG1603-VREG); bounds what a
    #                                     pipelined loop keeps in flight (kernels.dense finish overlap)
    vector_register_bytes: int = 64
    accumulator_registers: int = 9      # cm0..cm8, 1024 bit each (UG1603-AREG, aieml-facts 2.3); bounds the
    #                                     accumulators a pipelined loop nest keeps live (kernels.matrix_mult)
    accumulator_register_bytes: int = 128
    scalar_load_latency: int = 7        # LDA (PEANO-SCHED)
    scalar_mul_latency: int = 2         # scalar MUL (PEANO-SCHED, AM020-SCALAR)
    vload_latency: int = 7              # VLDA/VLDB
    vmac_latency: int = 5               # integer VMUL/VMAC
    acc_chain_ii: int = 2               # derived: back-to-back MACs into one accumulator
    srs_latency: int = 4                # VSRS
    ups_latency: int = 3                # VUPS
    conv_latency: int = 2               # VCONV fp32 -> bf16 (PEANO-SCHED, aieml-facts 4.1)
    vector_alu_latency: int = 2         # VMAX, VADD, VSHUFFLE, VMOV ...
    cascade_read_latency: int = 7       # SCD
    cascade_write_latency: int = 1      # MCD
    cascade_bytes_per_cycle: int = 64   # 512-bit cascade word per cycle (AM020-IF)
    branch_delay_slots: int = 5         # PEANO-BASE NumDelaySlots
    scalar_alu_latency: int = 1         # scalar add/sub/logic/shift/compare/select (PEANO-SCHED II_ADD ...)
    pointer_move_latency: int = 1       # MOV into a pointer-file register p/m/dn/dj/dc, one per cycle
    #                                     through its write port (PEANO-SCHED II_MOV_SCL_DC, DC_WM_PORT)
    padd_latency: int = 1               # PADD / PADD_2D / PADD_3D pointer add on the AGU (PEANO-SCHED)
    lock_op_cycles: int = 5             # semaphore port busy ~4 cycles after one empty (PEANO-SCHED)
    #: prologue/epilogue/return around a kernel body: no default here, every table takes it
    #: from a device file's ``[timing] kernel_call_overhead_cycles`` (its source is there)
    call_overhead_cycles: int = field(kw_only=True)
    #: MACs per VMUL/VMAC per (A bits, B bits) (AM020-SUM; int16 x int8 derived), see
    #: aieml-facts.md 2.4. A shape with more MACs takes several VMACs (emulated mmul).
    macs_per_vmac: tuple = (((8, 8), 256), ((16, 8), 128), ((8, 16), 128), ((16, 16), 64), ((8, 4), 512))
    #: Accumulator -> output widths the SRS unit writes directly (UG1603-SRS via aieml-facts
    #: 3.3: acc32 -> int8/int16, acc64 -> int16/int32). These can be fused into the store
    #: (VST.SRS, XD100-PERF listing); other widths go through vector registers.
    native_srs: tuple = ((32, (8, 16)), (64, (16, 32)))

    #: bf16 x bf16 -> accfloat (VMAC.f): 128 MACs per VMAC (AM020-SUM "bf16 ops 256"), 6 cycles
    #: latency and 4 cycles between MACs into one accumulator (PEANO-SCHED + derived,
    #: aieml-facts 2.4 and 4.1)
    bf16_macs_per_vmac: int = 128
    bf16_vmac_latency: int = 6
    bf16_acc_chain_ii: int = 4

    def __post_init__(self) -> None:
        object.__setattr__(self, "vector_alu_latency", ValuLatency(self.vector_alu_latency))

    @property
    def vector_extract_latency(self) -> int:
        """VEXTRACT (AIE2Schedule.td II_VEXTRACT ``[2,1,1]``, ``[NoBypass, MOV_Bypass, NoBypass]``): the vector-ALU
        latency; its vector operand takes the bypass (:data:`VALU_FWD_CHANGE`), its scalar result does not."""
        return ValuLatency(self.vector_alu_latency, bypass_out=False)

    def vmac_macs(self, a_bits: int, w_bits: int) -> int:
        """MACs of one VMUL/VMAC for an (A bits, B bits) pair."""
        table = dict(self.macs_per_vmac)
        if (a_bits, w_bits) not in table:
            raise ValueError(f"no MAC rate for int{a_bits} x int{w_bits}; known: {sorted(table)}")
        return table[(a_bits, w_bits)]

    def srs_fuses_into_store(self, acc_bits: int, out_bits: int) -> bool:
        """True when the SRS unit writes ``out_bits`` lanes from ``acc_bits`` directly."""
        return out_bits in dict(self.native_srs).get(acc_bits, ())


#: The AIE-ML core of the reference device ve2802 (its ``[timing]`` call overhead);
#: ``kernels.dense_cost.device_core_timing`` builds the table of any other device.
AIE_ML_CORE = CoreTiming(call_overhead_cycles=load_device("ve2802").timing.kernel_call_overhead_cycles)


@dataclass(frozen=True)
class SlotUse:
    """Ops per loop iteration on each issue resource.

    ``load_a`` / ``load_b`` are pinned to one load unit (an operand stream is read through
    one port: AMD's load-balance tables count A and B loads per port, XD100-MMULISA; the
    XD100-PERF listing loads A with VLDA and B with VLDB); ``load_any`` may go to either
    (bias rows, pointer updates on the address generators).
    """
    load_a: int = 0
    load_b: int = 0
    load_any: int = 0
    store: int = 0
    mac: int = 0
    vector_alu: int = 0
    move: int = 0
    scalar: int = 0

    def __add__(self, other: "SlotUse") -> "SlotUse":
        return SlotUse(*(a + b for a, b in zip(self.astuple(), other.astuple())))

    def scaled(self, k: int) -> "SlotUse":
        return SlotUse(*(k * a for a in self.astuple()))

    def astuple(self) -> tuple[int, ...]:
        return (self.load_a, self.load_b, self.load_any, self.store, self.mac, self.vector_alu,
                self.move, self.scalar)

    @property
    def loads(self) -> int:
        return self.load_a + self.load_b + self.load_any


def load_bound(u: SlotUse, t: CoreTiming) -> int:
    """Cycles the load units need: each pinned stream on its port, the rest balanced."""
    if t.load_slots == 1:
        return u.loads
    return max(u.load_a, u.load_b, math.ceil(u.loads / t.load_slots))


def resource_ii(u: SlotUse, t: CoreTiming, recurrence: int = 0) -> int:
    """Initiation interval: the busiest issue resource or the loop-carried recurrence."""
    return max(1, recurrence, load_bound(u, t), math.ceil(u.store / t.store_slots),
               math.ceil(u.mac / t.vector_slots), math.ceil(u.vector_alu / t.vector_alu_slots),
               math.ceil(u.move / t.move_slots), math.ceil(u.scalar / t.scalar_slots))


#: SAME_POINTER_CHANGE (session 16; made after the C34 / C39 comparisons that motivated the survey, not after seeing
#: the figures of the kernels it is applied to): two memory accesses made through one pointer are never issued in the
#: same cycle. Source: UG1079 / UG1603 "Load and Store with Virtual Resource Annotations": "Memory accesses coming from
#: the same pointer are scheduled on different cycles". Only the kernel models that call
#: :func:`same_pointer_load_cycles` (each citing the pointer structure of its source, each behind its own flag) use it:
#: kernels.matrix_mult_tiler TILER_SAME_POINTER (on), kernels.fft_ifft_dit_1ch FFT_SAME_POINTER (left off: it moves
#: C20 / C26 figures out). False restores their figures before the change exactly (the function then ignores the
#: per-pointer counts).
SAME_POINTER_CHANGE = True


def same_pointer_load_cycles(per_pointer: tuple[int, ...], t: CoreTiming) -> int:
    """Fewest cycles to issue loads made through several pointers, ``per_pointer[i]`` through pointer ``i``, on the
    core's load units (:data:`SAME_POINTER_CHANGE`): each unit takes one load a cycle and a pointer at most one load a
    cycle, so the busiest pointer or the units' share, whichever is larger (a pairing of loads of different pointers
    reaches that bound). With the flag False: the units' share alone (the model before the change)."""
    total = sum(per_pointer)
    units = math.ceil(total / t.load_slots)
    if not SAME_POINTER_CHANGE:
        return units
    return max(units, max(per_pointer, default=0))


def stream_write(words: int, macs: int = 0, srs: int = 0) -> tuple[SlotUse, int]:
    """Issue cost of writing ``words`` 32-bit words to the core's output stream on AIE-ML, with
    ``macs`` VMUL/VMAC and ``srs`` shift-round-saturate ops in the same loop body: ``(slots,
    cycles at least)``.

    AIE-ML has no vector stream write: the only core-to-stream instruction is the scalar
    ``mov ms, r`` (Xilinx/llvm-aie ``AIE2GenInstrInfo.td`` @048e9ad6 ``MOV_mv_scl2ms``; AM020
    "Interfaces": one 32-bit output stream, no 128-bit stream), issued in the store slot
    (``AIE2GenInstrFormats.td`` @10f46a1b ``AIE2_mv_scl2ms_inst_st``), each word first extracted
    from its vector in the move slot (``aiev2_streams.h`` @b82c3cdd ``PUT_MS_4``: ``ext_elem``
    then ``put_ms`` per word; ``AIE2_vec_extract_inst_mv``). An SRS whose result goes to a register
    (nothing to fuse it into) is a store-slot instruction too (``AIE2_mv_x_srs_inst_st``). In
    llvm-aie's AIE2 itineraries (``aie2/AIE2Schedule.td`` @0361a31e) ``II_ST_MS`` and the
    multiplies (``II_VMUL``, ``II_VMAC``, ...) both take ``R_RV_PORT`` in their issue cycle, so a
    stream word and a multiply never issue together: at least ``words + macs`` cycles. One word
    per cycle at most (UG1583 "Streams")."""
    return SlotUse(store=words + srs, move=words), words + macs


def critical_path(*steps: tuple[int, int]) -> int:
    """Cycles from the first issue to the last issue of a dependent chain, plus one.

    Each step is ``(issue_cycles, latency)``: its ops take ``issue_cycles`` bundles on their
    slot and its last result is ready ``latency`` cycles after the last one issued. The last
    step's latency is not waited for (its ops write memory or the next iteration's registers).
    """
    if not steps:
        return 0
    *head, (last_issue, _) = steps
    if VALU_FWD_CHANGE:
        head = [(issue, latency - 1 if forwards(latency, steps[i + 1][1]) else latency)
                for i, (issue, latency) in enumerate(head)]
    return sum(issue - 1 + latency for issue, latency in head) + last_issue


def loop_cycles(trips: int, ii: int, depth: int, pipelined: bool) -> int:
    """Cycles of a loop of ``trips`` iterations (see the module docstring)."""
    if trips <= 0:
        return 0
    if pipelined:
        return (trips - 1) * ii + max(depth, ii)
    return trips * max(depth, ii)
