"""Matrix-vector multiply (DSPLib ``matrix_vector_mul``, GEMV): ``out = A x b`` on buffers.

Kernel structure (DSPLib AIE-ML kernel of the 2024 library, read in Xilinx/Vitis_Libraries
``dsp/L1/src/aie/matrix_vector_mul.cpp`` ``kernelMatVecMul``, ``dsp/L1/include/aie/
matrix_vector_mul.hpp`` and ``matrix_vector_mul_traits.hpp``; schedule facts only):

* A is column major (``TP_DIM_A_LEADING`` 1; row-major input is transposed by the input
  DMA's buffer descriptors, not by the core); one A vector holds ``lanes_a`` samples of one
  column (``mumLanesMatVec``: 256 bits of the A type; AIE-ML exceptions int16 x cint32 8/4/4,
  cint32 x int16 4/8/4, int32 x cint16 and cint16 x int32 8/8/4 for A / B / out lanes);
* loop nest per call: frames (plain loop) > ``idx`` over the ``DIM_A / lanes_a`` output
  vectors (``chess_prepare_for_pipelining``) > ``vecInB`` over the B vectors of this kernel's
  ``DIM_B / CASC_LEN`` columns (no pragma: a hardware loop when it has more than one trip) >
  ``lanes_b`` unrolled steps: one A vector load (stride one column) and
  ``aie::mac(acc, b[j], a_vec)``;
* one accumulator per output vector (``idx`` iteration): zeroed, or read from the cascade
  (``readincr_v``, 512-bit words), every MAC of the iteration accumulates into it, then
  ``to_vector<out>(shift)`` and the stores, or ``writeincr`` to the cascade.

Cost of one ``aie::mac(acc, scalar, vector)`` on AIE-ML (:func:`mac_ops`; AIE API
``detail/aie2/mul_acc64.hpp`` / ``mul_acc32_fp.hpp``, read for instruction counts only): the
scalar is broadcast to a vector (``broadcast``; AIE-ML extracts and broadcasts a vector
element in one op, UG1583 "Updating all elements with element extracted from vector",
``broadcast_elem``: one vector-ALU op, VBCST class, aieml-facts 4.1), then the element-wise
multiply-accumulate: native pairs one VMAC per 64 16x16-bit products (at least one per
1024-bit accumulator register, :data:`aiesim_py.kernels.hadamard.ACC_LANES`), emulated pairs
(32b x 32b, 32b x 16b real, cint32 x cint32, real x cint32, float) the blocks of
:data:`aiesim_py.kernels.hadamard.EMULATED_MUL` (VSHUFFLEs on the vector-ALU slot, chained
VMACs, bf16 passes for float). All MACs of one ``idx`` iteration accumulate into one
accumulator register, so consecutive MACs are a recurrence of ``acc_chain_ii`` cycles per
VMAC that reads the running accumulator (``bf16_acc_chain_ii`` for float; aieml-facts 4.1
derived recurrence limits): every VMAC of a native MAC; one per block of an emulated integer
MAC, whose other partial products chain on a temporary (AIE API ``detail/aie2/
emulated_mul_intrinsics.hpp`` ``mac_conv_16x4``: the running accumulator enters only the last
``addmac``); one bf16 VMAC per float MAC, for the same reason (Xilinx/llvm-aie
``aiev2_core.h`` fp32 emulation). A float MAC has a second, longer recurrence: its operand
splitting runs between ``set_rnd(0)`` and ``set_rnd(rnd)`` and its VCONVs read crRnd, so the
splittings of consecutive MACs are serial (:attr:`MacOps.mode_chain`, 20 cycles per MAC on
AIE-ML; see :func:`mac_ops`), across output vectors too.

Schedule (:func:`matrix_vector_mul_cycles`): the ``vecInB`` loop is software pipelined at
II = max(slots of one trip, ``lanes_b`` x the chain per MAC); with a single trip it is
straight-line code and the ``idx`` loop becomes the innermost loop, software pipelined at
the slots of one output vector (each iteration has its own accumulator, so no recurrence
crosses iterations, except the fp32 MAC's rounding-mode chain); the cascade then sees the
modulo schedule's order, declared through ``cascade_group_interval_cycles`` /
``cascade_write_offset_cycles`` (as kernels.matrix_mult declares its pipelined BChunk loop).
Hardware loops pay :func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`.

Checked against DSPLib's AIE-ML benchmark (validation C8: cint16, int32, cint32, cint32 x int32,
int32 x cint32, float). Pairs not in it (int16 x int32, int32 x cint16, ...) follow the same
rules; the zips the API adds for int32 x cint16 / cint16 x int32 (to cint32 x cint16) are not
costed. Not modelled (:func:`mac_ops` raises): cfloat (the compiler emulates the cfloat element-wise
MAC; the sequence is not in the sources read) and sample types DSPLib does not accept.
No functional model or firmware template: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.hadamard import ACC_LANES, PRODUCTS_PER_VMUL, emulated_mul, rounding_mode_chain
from aiesim_py.kernels.kernel_io import (DSPLIB_MUL_TYPES, KernelPort, adf_call_overhead, check_dsplib_mul_types,
                                         loop_setup_cycles, pipelined_loop_setup_cycles, sample_type)
from aiesim_py.kernels.matrix_mult import MatrixMultCost

TEMPLATE = None
KIND = "matrix_vector_mul"
#: DSPLib's TT_DATA_A / TT_DATA_B (matrix_vector_mul_graph.hpp: int16, cint16, int32, cint32, float, cfloat)
DATA_TYPES = DSPLIB_MUL_TYPES
#: (A, B) -> (lanes A, lanes B, lanes out) where AIE-ML's traits differ from 256 bits of each type
#: (matrix_vector_mul_traits.hpp ``mumLanesMatVec``, the ``__SUPPORTS_ACC64__`` branch)
LANE_EXCEPTIONS = {
    ("int16", "cint32"): (8, 4, 4), ("cint32", "int16"): (4, 8, 4),
    ("int32", "cint16"): (8, 8, 4), ("cint16", "int32"): (8, 8, 4),
}
VECTOR_BITS = 256           # DSPLib's vector width for this kernel (traits: 256 / 8 / sizeof)


def output_type(a: str, b: str) -> str:
    """DSPLib ``outType_t``: complex if either input is; float / cfloat for floats; int16 only for
    int16 x int16 and cint16 for 16-bit complex pairs; 32-bit parts otherwise."""
    ta, tb = sample_type(a, KIND), sample_type(b, KIND)
    cplx = ta.complex or tb.complex
    if ta.floating or tb.floating:
        return "cfloat" if cplx else "float"
    bits = max(ta.part_bits, tb.part_bits)
    return f"{'c' if cplx else ''}int{bits}"


def lanes(a: str, b: str) -> tuple[int, int, int]:
    """(lanes of an A vector, of a B vector, of an output vector) of DSPLib's AIE-ML kernel."""
    if (a, b) in LANE_EXCEPTIONS:
        return LANE_EXCEPTIONS[(a, b)]
    nbytes = VECTOR_BITS // 8
    return (nbytes // sample_type(a).bytes, nbytes // sample_type(b).bytes,
            nbytes // sample_type(output_type(a, b)).bytes)


@dataclass(frozen=True)
class MacOps:
    """Issue cost of one ``aie::mac(acc, scalar b, vector a)`` of ``lanes_a`` samples on AIE-ML.

    Attributes:
        mac: MAC-slot ops (VMUL/VMAC/VMSC, integer or bf16).
        vector_alu: vector-ALU ops (the broadcast and the emulation's VSHUFFLEs).
        move: move-slot ops (bf16 emulation conversions and register-class moves).
        chained: VMACs of one MAC that read the running accumulator one after the other (the
            loop-carried recurrence from one MAC to the next).
        chain_ii: cycles between two dependent VMACs (``acc_chain_ii`` / ``bf16_acc_chain_ii``).
        mac_latency: result latency of the last VMAC (``vmac_latency`` / ``bf16_vmac_latency``).
        prep: dependent ``(ops, latency)`` steps from the broadcast operand to the first VMAC.
        block_chain: dependent VMACs of one MAC from its first to its last (>= ``chained``: an
            emulated MAC builds its partial products on a temporary before adding the running
            accumulator); in the latency of one MAC, not in the recurrence.
        mode_chain: cycles from one MAC to the next through the rounding-mode control register
            (fp32 emulation, see :func:`mac_ops`; 0 for integer MACs). This recurrence is not on
            an accumulator: it links every MAC of a call, across output vectors too.
        extract: move-slot ops that take the scalar out of its vector before the broadcast
            (:data:`SPLIT_EXTRACT_BROADCAST`: 1 for a 64-bit scalar, 0 otherwise). Not in
            ``move``: MACs that share one scalar (kernels.dft) share it, as they share the broadcast.
    """
    mac: int
    vector_alu: int
    move: int
    chained: int
    chain_ii: int
    mac_latency: int
    prep: tuple
    block_chain: int = 1
    mode_chain: int = 0
    extract: int = 0

    @property
    def chain_cycles(self) -> int:
        """Recurrence per MAC (cycles): the running accumulator's chain or the rounding-mode
        chain, whichever is longer."""
        return max(self.chained * self.chain_ii, self.mode_chain)


#: A 64-bit scalar (cint32) taken from a vector costs two dependent ops on AIE-ML, a 32-bit or
#: narrower one a single op. Change made after seeing C14's errors (validation/cases_c14.py
#: ``C32_SB0_*``: cint32 DFT rows ~8-10 % fast). Sources, read for instruction selection only:
#: Xilinx/llvm-aie ``llvm/lib/Target/AIE/aie2/AIE2PreLegalizerCombiner.cpp`` @bd07681e
#: ``tryToCombineExtBcst`` folds ``vbroadcast{8,16,32}(vextract_elem{8,16,32})`` into one
#: ``vextract_broadcast{8,16,32}`` and leaves ``vbroadcast64`` of a ``vextract_elem64`` as two
#: ops; ``clang/lib/Headers/aiev2/aiev2_scl2vec.h`` @b82c3cdd ``broadcast_elem`` exists for 8-,
#: 16- and 32-bit elements only (the v8cint32 form is compiled out), while ``ext_elem`` /
#: ``ext_u64`` (``vextract_elem64``, to a scalar register pair) and ``broadcast_to_v8cint32``
#: (``vbroadcast64``, from the pair) exist separately. The AIE API reaches them through
#: ``vector::get`` (``extract_elem``) and ``broadcast<cint32, 8>`` (``detail/aie2/vector.hpp``,
#: ``broadcast.hpp``). VEXTRACT issues in the move slot (isa.timing ``stream_write``:
#: ``AIE2_vec_extract_inst_mv``), 2 cycles to its scalar (aieml-facts 4.1 VEXTRACT class). The
#: scheduler of DSPLib's compiler (Chess) is not llvm-aie: that it selects the same pair of
#: instructions is an assumption (the AIE-ML ISA has no 64-bit extract-broadcast in the headers
#: read). ``False`` gives the previous model (one broadcast op for every scalar width).
SPLIT_EXTRACT_BROADCAST = True


def mac_ops(a: str, b: str, t: CoreTiming) -> MacOps:
    """The :class:`MacOps` of ``aie::mac(acc, b scalar, a vector)`` (see the module docstring).

    Raises:
        ValueError: a type DSPLib's matrix_vector_mul does not take, or a cfloat operand
            (emulated by the compiler with a sequence not in the timing table).
    """
    check_dsplib_mul_types("matrix_vector_mul", a, b, "element-wise MAC")
    la, _, _ = lanes(a, b)
    to = sample_type(output_type(a, b))
    bcst = (1, t.vector_alu_latency)
    extract = int(SPLIT_EXTRACT_BROADCAST and sample_type(b).bytes == 8)
    # VALU_FWD_CHANGE: VEXTRACT writes a scalar register (AIE2Schedule.td II_VEXTRACT: result NoBypass),
    # so the extract -> broadcast link is never forwarded
    bcst_chain = ((1, t.vector_extract_latency), bcst) if extract else (bcst,)
    # the API multiplies in the call's operand order, scalar (B) first (aie::mac(acc, b[j], a_vec))
    ta, tb = sample_type(a), sample_type(b)
    emu = emulated_mul(b, a)
    if emu is None:
        products = 4 if (ta.complex and tb.complex) else 2 if (ta.complex or tb.complex) else 1
        parts = max(1, ta.part_bits // 16) * max(1, tb.part_bits // 16)
        acc_lanes = la * (2 if to.complex else 1)
        vmacs = max(-(-la * products * parts // PRODUCTS_PER_VMUL), -(-acc_lanes // ACC_LANES[64]))
        return MacOps(mac=vmacs, vector_alu=1, move=0, chained=vmacs, chain_ii=t.acc_chain_ii,
                      mac_latency=t.vmac_latency, prep=bcst_chain, block_chain=vmacs, extract=extract)
    blocks = -(-la // emu.lanes)
    # the real operand the block zips is a full 256-bit A vector or the broadcast scalar, which
    # the API's scalar overload grows to its native lane count first (``run(v, a)``: ``elems =
    # max(Elems, default_elems)``; mul_acc64.hpp cint32 x int32 / int32 x cint32: 16 lanes,
    # 512 bits): never a 128-bit sub-vector, so none of kernels.hadamard's subvector_shifts; lanes the
    # grown operation computes beyond ``lanes_a`` feed nothing and are dropped by the compiler
    prep = list(bcst_chain) + [(n, getattr(t, lat)) for lat, n in emu.chain]
    mode_chain = 0
    if emu.bf16:
        # fp32 MAC, "fast" accuracy (Xilinx/llvm-aie clang/lib/Headers/aiev2_core.h
        # ``mac_elem_16_accuracy_fast``, read for its dependence structure only): each operand is
        # split into three bf16 parts by VCONV -> VMSC.f -> VCONV -> VMSC.f -> VCONV, the 6
        # partial products chain on a temporary and only the last op, ``addmac_elem_16_2(.., acc)``,
        # reads the running accumulator: one bf16 VMAC per MAC on the accumulator recurrence.
        # The splitting runs inside ``rnd = get_rnd(); set_rnd(0); ... set_rnd(rnd)`` and VCONV
        # reads crRnd, so one MAC's splitting cannot overlap the next one's
        # (kernels.hadamard.rounding_mode_chain, shared with the element-wise multiply)
        block_chain, chained = emu.macs - 4, 1
        chain_ii, mac_latency = t.bf16_acc_chain_ii, t.bf16_vmac_latency
        mode_chain = rounding_mode_chain(emu, t)
    else:
        # AIE API detail/aie2/emulated_mul_intrinsics.hpp ``mac_conv_16x4`` (32b x 32b, 32b x 16b):
        # the partial products chain on a temporary (mul_conv, then mac_conv_16x4_conf with the
        # 16-bit shift) and only the last op, ``addmac_conv_16x4_conf(.., acc_hi, acc, ..)``, reads
        # the running accumulator: one VMAC per block on the recurrence (also UG1583 "Emulated
        # Multiply-accumulate of 32b x 32b datatypes"). cint32 x cint32 (``mac_elem_8`` on the two
        # 16-bit halves of B) follows the same pattern: VMUL of the high halves into a temporary,
        # ADDMAC of the low halves (llvm-aie clang/lib/Headers/aiev2/aiev2_vmult.h, as read for
        # kernels.matrix_mult)
        block_chain, chained = emu.macs, 1
        chain_ii, mac_latency = t.acc_chain_ii, t.vmac_latency
    return MacOps(mac=blocks * emu.macs, vector_alu=1 + blocks * emu.shuffles, move=blocks * emu.moves,
                  chained=chained, chain_ii=chain_ii, mac_latency=mac_latency, prep=tuple(prep),
                  block_chain=block_chain, mode_chain=blocks * mode_chain, extract=extract)


@dataclass(frozen=True)
class MatVecParams:
    """One DSPLib matrix_vector_mul kernel (one cascade position of one SSR rank).

    Attributes:
        a_type, b_type: sample types of the matrix A and the vector b.
        dim_a: output rows of this kernel (graph: ``TP_DIM_A / TP_SSR``).
        dim_b: columns of A / samples of b this kernel multiplies (``TP_DIM_B / TP_CASC_LEN``).
        frames: matrix-vector products per call (``TP_NUM_FRAMES``).
        cascade_in: partial accumulators arrive on the cascade (not the first kernel).
        cascade_out: partial accumulators leave on the cascade (not the last kernel); then the
            kernel has no output buffer.
    """
    a_type: str
    b_type: str
    dim_a: int
    dim_b: int
    frames: int = 1
    cascade_in: bool = False
    cascade_out: bool = False

    def __post_init__(self):
        mac_ops(self.a_type, self.b_type, AIE_ML_CORE)     # refuses pairs without a cost
        la, lb, _ = lanes(self.a_type, self.b_type)
        for name, dim, lane in (("dim_a", self.dim_a, la), ("dim_b", self.dim_b, lb)):
            if dim <= 0 or dim % lane:
                raise ValueError(f"matrix_vector_mul: {name} = {dim} must be a positive multiple of {lane} "
                                 f"({self.a_type} x {self.b_type} vector lanes; DSPLib zero-pads to that)")
        if self.frames <= 0:
            raise ValueError(f"matrix_vector_mul: frames must be positive, got {self.frames}")

    @property
    def out_type(self) -> str:
        return output_type(self.a_type, self.b_type)

    @property
    def lanes(self) -> tuple[int, int, int]:
        return lanes(self.a_type, self.b_type)

    @property
    def groups(self) -> int:
        """Output vectors per call: one accumulator (one cascade token) each."""
        return self.frames * self.dim_a // self.lanes[0]

    @property
    def acc_bytes(self) -> int:
        """Bytes of one output vector's accumulator (acc64 / cacc64 lanes; accfloat 32-bit)."""
        to = sample_type(self.out_type)
        lane_bits = 32 if to.floating else 64
        return self.lanes[0] * (2 if to.complex else 1) * lane_bits // 8

    @property
    def cascade_bytes(self) -> int:
        """Partial accumulators one call passes on the cascade."""
        return self.groups * self.acc_bytes

    def ports(self) -> tuple[KernelPort, ...]:
        a = KernelPort("in", "buffer", self.frames * self.dim_a * self.dim_b * sample_type(self.a_type).bytes)
        b = KernelPort("in", "buffer", self.frames * self.dim_b * sample_type(self.b_type).bytes)
        if self.cascade_out:
            return (a, b)
        return (a, b, KernelPort("out", "buffer", self.frames * self.dim_a * sample_type(self.out_type).bytes))


def chain_last_trip(macs: int, ops: MacOps) -> int:
    """Cycles from the first VMAC issue of ``macs`` consecutive MACs on one accumulator to the
    issue of the last one's last VMAC: ``macs - 1`` recurrences, then one MAC's own chain."""
    return (macs - 1) * ops.chain_cycles + (ops.block_chain - 1) * ops.chain_ii


def matrix_vector_mul_cycles(p: MatVecParams, t: CoreTiming) -> MatrixMultCost:
    """Cycles of one call (see the module docstring), as a
    :class:`~aiesim_py.kernels.matrix_mult.MatrixMultCost` (one group = one output vector; the
    cascade model of :mod:`aiesim_py.sim.timing.kernel_graph` passes one token per group).

    Per MAC: one A vector on load port A (32 bytes), the :func:`mac_ops` slots; per ``lanes_b``
    MACs one B vector on port B. Per group: the cascade reads of the accumulator (move slot,
    512 bits each, ``cascade_read_latency``) or a zeroed accumulator, ``dim_b`` chained MACs, and
    the SRS-fused stores (or a move-slot SRS / accfloat move, then stores) or the cascade writes.
    A call adds the ADF wrapper (:func:`adf_call_overhead`: A, b and the output buffer).

    Raises:
        ValueError: a pair without a cost (see :func:`mac_ops`).
    """
    ops = mac_ops(p.a_type, p.b_type, t)
    la, lb, _ = p.lanes
    ta, tb, to = sample_type(p.a_type), sample_type(p.b_type), sample_type(p.out_type)
    loads_a = -(-la * ta.bytes // t.load_bytes)
    loads_b = -(-lb * tb.bytes // t.load_bytes)
    mac_slots = SlotUse(load_a=loads_a, mac=ops.mac, vector_alu=ops.vector_alu, move=ops.move + ops.extract)
    # the vecInB loop: one B vector and lanes_b unrolled MACs per trip, all on one accumulator
    trips_b = p.dim_b // lb
    trip = mac_slots.scaled(lb) + SlotUse(load_b=loads_b)
    trip_ii = resource_ii(trip, t, recurrence=lb * ops.chain_cycles)
    # one group: accumulator from the cascade (or zeroed), the MAC chain, then out
    acc_words = -(-p.acc_bytes // t.cascade_bytes_per_cycle)
    init = SlotUse(move=acc_words) if p.cascade_in else SlotUse()
    init_latency = (acc_words - 1 + t.cascade_read_latency) if p.cascade_in else 0
    if p.cascade_out:
        finish = SlotUse(move=acc_words)
        finish_latency = t.cascade_write_latency
    else:
        stores = -(-la * to.bytes // t.store_bytes)
        if to.floating:                 # accfloat -> float: one accumulator -> vector move
            finish, finish_latency = SlotUse(store=stores, move=1), t.vector_alu_latency
        elif t.srs_fuses_into_store(64, to.part_bits):
            finish, finish_latency = SlotUse(store=stores), 0
        else:
            finish, finish_latency = SlotUse(store=stores, move=-(-p.acc_bytes // 128)), t.srs_latency
    prep = critical_path((loads_b, t.vload_latency), *ops.prep, (1, 0)) - 1
    def span(macs: int) -> int:
        # first to last VMAC issue of ``macs`` MACs on one accumulator: the recurrence, or the
        # busiest slot when it is slower (emulated MACs: the vector-ALU shuffles)
        slots = mac_slots.scaled(macs) + SlotUse(load_b=loads_b * -(-macs // lb))
        return max(chain_last_trip(macs, ops), resource_ii(slots, t) - 1)

    fill = max(prep, init_latency)
    group_cycles = fill + span(p.dim_b) + ops.mac_latency + finish_latency + resource_ii(finish, t)
    groups_per_frame = p.dim_a // la
    # UNROLL_NOT_APPLIED (decision made after seeing held-out errors): kernel_io.unrolled_inner_loop
    # (llvm-aie: loops of <= 3 trips are unrolled, no hardware loop) is not applied to vecInB,
    # which carries the accumulator: applied (vecInB of 2-3 trips unrolled into a pipelined idx
    # body) it moved C8 from 34 to 32 of 50 within 10 % (int32 x cint32 cascade rows +12..+27 %).
    if trips_b > 1:
        # vecInB is the innermost (hardware) loop, software pipelined at trip_ii; idx is a plain
        # loop around it: every group pays the inner loop's fill, set-up and the drain to its output
        group_ii = (fill + (trips_b - 1) * trip_ii + span(lb) + ops.mac_latency + finish_latency
                    + resource_ii(finish, t) + loop_setup_cycles(t, trips_b))
        per_frame = groups_per_frame * group_ii + loop_setup_cycles(t, groups_per_frame)
        ii = trip_ii
        casc_interval = casc_offset = 0         # groups one after the other (the default order)
    else:
        # vecInB has one trip (straight-line): idx is the innermost loop, software pipelined over
        # the groups (each has its own accumulator: only the rounding-mode chain of an fp32 MAC
        # crosses iterations)
        group_ii = resource_ii(trip + init + finish, t, recurrence=lb * ops.mode_chain)
        per_frame = (loop_cycles(groups_per_frame, group_ii, group_cycles, pipelined=True)
                     + pipelined_loop_setup_cycles(groups_per_frame, group_ii, group_cycles, t))
        ii = group_ii
        # the modulo schedule's cascade order (sim.timing.cascade_chain): output vector g + 1's
        # partial sums are read one II after g's, before g's are written (its last acc_words
        # cycles of the group)
        casc_interval, casc_offset = group_ii, group_cycles - acc_words
    loop = p.frames * per_frame + loop_setup_cycles(t, p.frames)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    return MatrixMultCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                          depth_cycles=group_cycles, trips=p.groups * trips_b, pipelined=True,
                          function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                          first_output_cycles=call // 2 + group_cycles,
                          group_cycles=group_cycles, group_ii_cycles=group_ii, groups=p.groups,
                          epilogue_cycles=call // 2, cascade_group_interval_cycles=casc_interval,
                          cascade_write_offset_cycles=casc_offset)

