"""Single-channel mixed-radix DIT FFT / IFFT (DSPLib ``mixed_radix_fft``), AIE-ML, buffer (window)
interface, static point size, cint16 or cint32 data and cint16 twiddles, split over ``TP_CASC_LEN`` kernels.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries @0d8795bc
``dsp/L1/src/aie/mixed_radix_fft.cpp`` (``kernel_MixedRadixFFTClass::singleFrame`` /
``kernelMixedRadixFFTmain``), ``dsp/L1/include/aie/mixed_radix_fft.hpp``, ``mixed_radix_fft_traits.hpp``
(``fnGetNumStages`` / ``fnGetRadixFactor``), ``mixed_radix_fft_utils.hpp`` (``opt_r5_stage`` / ``opt_r3_stage``
/ ``opt_r2_stage`` / ``opt_r4_stage``, ``stage_radix{2,3,4,5}_dit``), ``device_defs.h`` (``__MRFFT_ATOM__``)
and ``dsp/L2/include/aie/mixed_radix_fft_graph.hpp`` (``create_casc_kernel`` / ``create_casc_kernel_recur``):

* stage plan (:func:`factor_plan`): the point size factorises as 5^r5 x 3^r3 x 2^r2 x 4^r4; r5 / r3 count the
  factors 5 / 3 (a loop of at most 10 trials, ``fnGetNumStages``); r4 counts the factors 4 only when the point
  size is a multiple of ``__MRFFT_ATOM__`` (32 on AIE-ML), else 0; r2 counts the factors 2 of what is left
  after the radix-4 stages (0 or 1 when r4 > 0). A frame runs the radix-5 stages, then radix 3, radix 2, radix 4,
  each stage one AIE API call (``fft_dit_r5_stage`` / ``r3`` / ``r2`` / ``r4``, the ``__24_1__`` path) with
  vectorization ``TP_R = N / RMOD``, ``RMOD`` the product of the radices up to and including that stage;
  ``chess_memory_fence()`` after every stage (stages strictly one after the other);
* cint16 data run on cint32 internally (``T_internalDataType``): two scratch buffers of N cint32 ping-pong
  between stages, the first stage reads the input buffer, the last writes the output buffer; a call runs
  ``TP_WINDOW_VSIZE / TP_POINT_SIZE`` frames in a plain loop (no pipelining pragma); the twiddle tables are
  kernel parameters (static arrays, no copy per call);
* ``TP_CASC_LEN`` kernels split the stages (one rank = one stage here): the last kernel takes ``END / CASC``
  stages, each earlier one ``its END / its 1-based position`` of what is left, the first the rest
  (:meth:`MixedRadixFftParams.rank_range`); the kernels pass cint32 (internal type) windows through buffers
  (``connect`` of the iobuffers), the first reads TT_DATA, the last writes TT_DATA.

AIE API stage code (AIE-ML, jgmelber/aie_api mirror of Xilinx/aie_api: ``include/aie_api/detail/fft_dit.hpp``
``fft_get_stage`` (radix 3 / 5: stage 0 only, vectorization >= 8), ``fft_dit_common::block_size`` (radix 3:
``(n / 3) / 8`` trips, radix 5: ``(n / 5) / 8``), ``detail/aie2/fft_dit.hpp`` (one loop per stage,
``chess_prepare_for_pipelining``), ``detail/aie2/fft_dit_radix3.hpp`` @2a408059 and ``fft_dit_radix5.hpp``
@4760f101; a 2025 version, the benchmark's compiler used some earlier one: assumption that the op counts did not
change). One trip of a radix-R stage (R = 3 or 5, m = R - 1 twiddled legs) writes R vectors of 8 samples:

* loads: R data vectors of 8 samples (``v8cint16``: one 256-bit load; ``v8cint32``: two) and m twiddle scalars;
* vector ALU: m twiddle broadcasts (``broadcast<cint16, 8>``; the zero upper half of the cint16-input case is
  taken as free, as kernels.fft_ifft_dit_1ch does);
* move slot: one ``lups`` of the first leg (VUPS) and m SRS of the twiddled legs to cint32 registers
  (``d = d_acc.to_vector<cint32>``, needed as VMAC operands: not fusable into a store);
* MAC slot: m ``mul_elem_8(_2)_conf`` (twiddle multiplies), m accumulator adds (``add_accum`` -> ``::add_conf`` on
  cacc64, taken as one MAC-slot op each) for output 0, and m x m ``msc_elem_8_conf`` (each of the m other outputs
  is the first leg's accumulator minus m products with the constant rotations): radix 3: 2 + 2 + 4 = 8,
  radix 5: 4 + 4 + 16 = 24;
* output: R vectors through the SRS fused into the 256-bit stores (acc64 -> 16 / 32-bit parts,
  :attr:`CoreTiming.native_srs`), cint32 output two stores per vector.

Since ``ACC_PORT_CHANGE`` (made after seeing C26's errors, :data:`ACC_PORT_CHANGE`) the II is also at least the
trip's accumulator read-port reservations (llvm-aie ``CM_RM_PORT``: the VST.SRS, the VSRS to cint32 registers, the
accumulator adds; :func:`acc_read_port_ops`): radix 3 with cint32 output 10.

Dependent chain (:func:`odd_stage_cost`): loads -> broadcasts -> twiddle multiplies -> SRS to cint32 -> the adds
and rotations (issue-bound: m + m^2 MAC-slot issues, chains of m MACs ``acc_chain_ii`` apart) -> stores.

Radix-2 and radix-4 stages are kernels.fft_ifft_dit_1ch's (:data:`~aiesim_py.kernels.fft_ifft_dit_1ch.STAGE_OPS`,
:func:`~aiesim_py.kernels.fft_ifft_dit_1ch.stage_cost`, same AIE API calls): radix 4 ``n / 32`` trips, radix 2
``n / 16``, the AIE API specialisation from the vectorization. A point size that is a multiple of 16 but not
of 32 (2^4 x 3^b x 5^c) has no radix-4 stage: four radix-2 stages of vectorization 8, 4, 2, 1, i.e. AIE API
radix-2 specialisations 0, 1, 2, 3; the last three, on cint32 input, are read here in
``detail/aie2/fft_dit_radix2.hpp`` @2a408059 (:data:`R2_MORE_OPS`, same table layout as C20's): stage 1 four
256-bit data loads + two twiddle scalars, ``broadcast_2c16`` + one ``shuffle`` (T32_4x4); stage 2 four data
loads + one 128-bit twiddle vector, two data ``shuffle`` (T128_4x2 hi / lo) + one twiddle shuffle; stage 3 four
data loads + one 256-bit twiddle vector, two data shuffles (T64_8x2 hi / lo); each one ``lups`` (shared by the
mac / msc pair), two VMACs (``mac_elem_8_conf`` / ``msc_elem_8_conf``), two output vectors. The schedule is C20's: every stage a
software-pipelined loop (2-3 trips unrolled, 1 straight-line), stages and frames serial (memory fences,
shared scratch buffers), frame-loop set-up, the ADF wrapper of two buffers. Since ``FRAME_CHANGE`` (made after
C26's two blind runs, validation/cases_c26.py; :data:`FRAME_CHANGE`, :func:`stage_entry_cycles`) every stage of
every frame also waits for its twiddle-table offsets: ``opt_rX_stage`` passes ``&tw_table[tw_ptrs[TW_BASE + k]]``,
``tw_ptrs`` the run-time kernel parameter ``m_twiddlePtrPtr``, read behind the previous stage's
``chess_memory_fence`` (scalar loads -> pointer add -> loop; the stage's loop set-up overlapping). Two later
labelled changes refine that chain (C26 ``LDA_CHANGE``: the scalar loads one a cycle on load unit A;
``REF_CHANGE``: ``m_twiddlePtrPtr`` is a reference member, so the offsets' address is itself loaded from the
kernel object behind the fence first).

Not modelled (:class:`MixedRadixFftParams` refuses them): cint32 and cfloat twiddles (no AIE-ML FFT stage,
``is_valid_fft_op``), point sizes that are not a multiple of 16 (``kMinPtSizeGranularity`` on AIE-ML) or do not
factorise into 2, 3 and 5, and radix-2 / radix-4 specialisations whose ops are in neither table (radix-2 stages
1-3 on cint16 input: not reached, the stages after a kernel's first read cint32). Dynamic point size (the twiddle-generation
kernel) and the stream API (widget kernels) are graph parameters this kernel model has no field for; the case
file refuses those rows. No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.fft_ifft_dit_1ch import (STAGE_OPS, Stage, StageOps, api_stage, multi_frame_code_cycles,
                                                stage_cost)
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         sample_type, unrolled_inner_loop)

TEMPLATE = None
KIND = "mixed_radix_fft"
#: (TT_DATA, TT_TWIDDLE) pairs costed (the AIE-ML FFT stages take cint16 twiddles only)
DATA_TYPES = (("cint16", "cint16"), ("cint32", "cint16"))
INTERNAL_TYPE = "cint32"          # T_internalDataType of cint16 and cint32 data
OUT_VECTOR_SAMPLES = 8            # fft_get_out_vector_size on AIE-ML
MRFFT_ATOM = 32                   # __MRFFT_ATOM__ on AIE-ML (device_defs.h)
MIN_GRANULARITY = 16              # kMinPtSizeGranularity, __FFT_R4_IMPL__ 1 (AIE-ML)
MAX_FACTOR_TRIALS = 10            # fnGetNumStages / fnGetRadixFactor loop bound
#: static_asserts of kernel_MixedRadixFFTClass: at most 3 radix-5, 5 radix-3, 10 radix-2, 5 radix-4 stages
MAX_STAGES = {5: 3, 3: 5, 2: 10, 4: 5}
#: twiddle tables a stage reads through the kernel's pointer table (``opt_rX_stage``: ``&tw_table[tw_ptrs[TW_BASE
#: + k]]`` for k < R - 1; radix 4 takes ``kR4twinc`` = 3 tables when ``__FFT_R4_IMPL__`` is 1, AIE-ML)
TWIDDLE_TABLES = {5: 4, 3: 2, 2: 1, 4: 3}
#: made AFTER seeing C26's blind errors (validation/cases_c26.py ``FRAME_CHANGE``): every stage of every frame first
#: reads its twiddle-table offsets from the kernel-parameter array ``m_twiddlePtrPtr`` (scalar loads behind the
#: previous stage's ``chess_memory_fence``, so not hoisted out of the frame loop) and adds them to the table base
#: before its loop can start (:func:`stage_entry_cycles`). False: the blind model (the stage loop starts at once)
FRAME_CHANGE = True
#: made AFTER seeing C26's errors (validation/cases_c26.py ``LDA_CHANGE``): the twiddle-offset loads of
#: :func:`stage_entry_cycles` are scalar loads, which AIE-ML issues on load unit A only (Xilinx/llvm-aie
#: ``AIE2GenInstrFormats.td`` @ff8589af: every scalar-load format, ``AIE2_dms_lda_inst_lda`` / ``AIE2_dmhb_lda_inst_lda``,
#: is an lda-slot format, the ldb slot has vector loads only; ``AIE2Schedule.td`` @0361a31e ``II_LDA*`` reserve
#: ``LOAD_UNIT_A``), one a cycle, as kernels.dds_mixer / kernels.func_approx already count them; FRAME_CHANGE spread
#: them over both load slots. False: FRAME_CHANGE's chain as committed
LDA_CHANGE = True
#: scalar loads a cycle (load unit A only, :data:`LDA_CHANGE`)
SCALAR_LOAD_SLOTS = 1
#: made AFTER seeing C26's errors (validation/cases_c26.py ``REF_CHANGE``): FRAME_CHANGE's premise (no load after a
#: stage's ``chess_memory_fence`` may reuse a value loaded before it) applied to the address of the offset table too.
#: ``m_twiddlePtrPtr`` is a reference member of the kernel object (``int (&m_twiddlePtrPtr)[kNumMaxTables]``,
#: mixed_radix_fft.hpp @0d8795bc; ``m_twTable`` likewise), read through ``this`` of the non-inlined
#: ``mixed_radix_fftMain``: the table's address is itself a scalar load from the object, so every stage's chain is
#: load the reference -> load the offsets -> add (:func:`stage_entry_cycles`). False: the offsets' address known
REF_CHANGE = True
#: made AFTER seeing every C26 error (session 12, validation/cases_c26.py ``ACC_PORT_CHANGE``): the accumulator
#: register file's read port (llvm-aie ``aie2/AIE2Schedule.td`` @0361a31e ``CM_RM_PORT``, one reservation a cycle)
#: bounds the odd-radix stage loops. Reserving it, per that file's itineraries: every ``II_VST_SRS`` (the SRS fused
#: into a 256-bit store, ``PrefixCycle<CM_RM_PORT>``), every ``II_VSRS`` (the SRS of a twiddled leg to a cint32
#: register, ``d_acc.to_vector<cint32>``) and every ``II_VACC`` (``add_accum`` -> ``::add_conf`` of two
#: accumulators, jgmelber/aie_api ``detail/aie2/add_accum.hpp`` @4760f101): radix 3 with cint32 output 6 + 2 + 2 = 10
#: a trip (slot bound 8), radix 5 10 + 4 + 4 = 18 (MAC bound 24: unchanged), cint16 output 3 + 2 + 2 = 7 / 5 + 4 + 4
#: = 13 (unchanged). ASSUMPTION, not sourced: ``II_VADDMAC`` reserves the same port in that file, but counting it
#: would give C20's cint32 radix-4 stages (``addmac`` x 4 + 8 VST.SRS) II 12 where C20 measures ~8 (tried: C20 775
#: -> 597 of 1084 within 10 %); so the radix-2 / radix-4 stages (kernels.fft_ifft_dit_1ch's, no VSRS / VACC in their
#: tables) are left as they are, which is what counting only the three itineraries above gives them anyway
#: (:func:`acc_read_port_ops`). False: REF_CHANGE's figures exactly
ACC_PORT_CHANGE = True
#: accumulator-register read-port reservations a cycle (llvm-aie ``CM_RM_PORT``: one FuncUnit)
ACC_READ_PORTS = 1


#: radix-2 AIE API specialisations 1-3 on cint32 input (module docstring), not in C20's table; same fields as
#: :class:`~aiesim_py.kernels.fft_ifft_dit_1ch.StageOps`
R2_MORE_OPS = {
    (2, 1, "cint32"): StageOps(loads=6, vector_alu=2, move=1, macs_first=2, macs_second=0, out_vectors=2,
                               prep=((1, "vector_alu_latency"), (1, "vector_alu_latency"))),
    (2, 2, "cint32"): StageOps(loads=5, vector_alu=3, move=1, macs_first=2, macs_second=0, out_vectors=2,
                               prep=((3, "vector_alu_latency"), (1, "ups_latency"))),
    (2, 3, "cint32"): StageOps(loads=5, vector_alu=2, move=1, macs_first=2, macs_second=0, out_vectors=2,
                               prep=((2, "vector_alu_latency"), (1, "ups_latency"))),
}


def _count_factors(n: int, radix: int) -> int:
    count = 0
    for _ in range(MAX_FACTOR_TRIALS):
        if n % radix == 0:
            n //= radix
            count += 1
    return count


def factor_plan(point_size: int) -> dict[int, int]:
    """Stages per radix (``fnGetNumStages`` on AIE-ML): {5: r5, 3: r3, 2: r2, 4: r4}."""
    r5, r3 = _count_factors(point_size, 5), _count_factors(point_size, 3)
    r4 = _count_factors(point_size, 4) if point_size % MRFFT_ATOM == 0 else 0
    r2 = _count_factors(point_size >> (2 * r4), 2)
    return {5: r5, 3: r3, 2: r2, 4: r4}


def stage_radices(point_size: int) -> tuple[int, ...]:
    """The radix of every stage of a frame, in order: radix 5, 3, 2, then 4."""
    plan = factor_plan(point_size)
    return tuple(r for r in (5, 3, 2, 4) for _ in range(plan[r]))


def stage_trips(radix: int, point_size: int) -> int:
    """Trips of one stage loop (``fft_dit_common::block_size`` on AIE-ML, 8-sample output vectors)."""
    if radix in (3, 5):
        return (point_size // radix) // OUT_VECTOR_SAMPLES
    return point_size // (radix * OUT_VECTOR_SAMPLES)


@dataclass(frozen=True)
class MixedRadixFftParams:
    """One kernel of a DSPLib ``mixed_radix_fft`` graph (window interface, static point size).

    Attributes:
        data_type, twiddle_type: ``TT_DATA`` / ``TT_TWIDDLE`` of the graph.
        point_size: ``TP_POINT_SIZE`` (2^a 3^b 5^c, a multiple of 32 in this model).
        window: ``TP_WINDOW_VSIZE`` (samples per call, a multiple of the point size).
        casc_len: ``TP_CASC_LEN``; position: this kernel's index in the chain (0 = first).
        single_buffer: ADF ``single_buffer`` on the kernel's input and output buffers.
        multi_frame_code_bytes: kernels.fft_ifft_dit_1ch FFTMF_CHANGE (left off): the benchmark file's
            PROGRAM_MEMORY of this kernel's build minus that of the same graph with one frame a window (0: not known).
    """
    data_type: str
    twiddle_type: str
    point_size: int
    window: int
    casc_len: int = 1
    position: int = 0
    single_buffer: bool = False
    multi_frame_code_bytes: int = 0

    def __post_init__(self):
        if (self.data_type, self.twiddle_type) not in DATA_TYPES:
            raise ValueError(f"mixed_radix_fft: TT_DATA / TT_TWIDDLE = {self.data_type} / {self.twiddle_type} is not "
                             f"modelled (cint32 twiddles and cfloat have no AIE API FFT stage on AIE-ML, "
                             f"is_valid_fft_op); modelled: {DATA_TYPES}")
        n = self.point_size
        if not isinstance(n, int) or n < MIN_GRANULARITY or n % MIN_GRANULARITY:
            raise ValueError(f"mixed_radix_fft: point size {n!r} is not a multiple of {MIN_GRANULARITY} (the AIE-ML "
                             "granularity, kMinPtSizeGranularity)")
        plan = factor_plan(n)
        if 5 ** plan[5] * 3 ** plan[3] * 2 ** plan[2] * 4 ** plan[4] != n:
            raise ValueError(f"mixed_radix_fft: point size {n} does not factorise into 2, 3 and 5")
        for radix, most in MAX_STAGES.items():
            if plan[radix] > most:
                raise ValueError(f"mixed_radix_fft: point size {n} needs {plan[radix]} radix-{radix} stages, DSPLib "
                                 f"takes at most {most}")
        if not isinstance(self.window, int) or self.window < n or self.window % n:
            raise ValueError(f"mixed_radix_fft: window {self.window!r} is not a multiple of the point size {n}")
        if not isinstance(self.casc_len, int) or self.casc_len < 1:
            raise ValueError(f"mixed_radix_fft: casc_len must be >= 1, got {self.casc_len!r}")
        if self.casc_len > self.total_stages:
            raise ValueError(f"mixed_radix_fft: {self.casc_len} kernels for {self.total_stages} stages (the graph's "
                             "static_assert: TP_CASC_LEN <= stages)")
        if not 0 <= self.position < self.casc_len:
            raise ValueError(f"mixed_radix_fft: position {self.position} outside the chain of {self.casc_len}")
        if not isinstance(self.multi_frame_code_bytes, int) or self.multi_frame_code_bytes < 0:
            raise ValueError(f"mixed_radix_fft: multi_frame_code_bytes must be an int >= 0, got "
                             f"{self.multi_frame_code_bytes!r}")
        if not isinstance(self.single_buffer, bool):
            raise ValueError(f"mixed_radix_fft: single_buffer must be True or False, got {self.single_buffer!r}")
        for st in self.all_stages():
            if st.radix in (2, 4) and (st.radix, st.spec, st.in_type) not in {**STAGE_OPS, **R2_MORE_OPS}:
                raise ValueError(f"mixed_radix_fft: radix-{st.radix} AIE API stage {st.spec} with {st.in_type} input "
                                 f"is not costed; costed: {sorted({**STAGE_OPS, **R2_MORE_OPS})}")

    @property
    def total_stages(self) -> int:
        return len(stage_radices(self.point_size))

    @property
    def frames(self) -> int:
        return self.window // self.point_size

    def rank_range(self) -> tuple[int, int]:
        """(start, end) stages of this kernel (the graph's split, module docstring)."""
        end, dim = self.total_stages, self.casc_len
        while True:
            start = 0 if dim == 1 else end - end // dim
            if dim - 1 == self.position:
                return start, end
            end, dim = start, dim - 1

    @property
    def in_type(self) -> str:
        return self.data_type if self.position == 0 else INTERNAL_TYPE

    @property
    def out_type(self) -> str:
        return self.data_type if self.position == self.casc_len - 1 else INTERNAL_TYPE

    def all_stages(self) -> tuple[Stage, ...]:
        """Every stage of the whole FFT, with this kernel's input / output types at its own ends."""
        start, end = self.rank_range()
        out, rmod = [], 1
        for s, radix in enumerate(stage_radices(self.point_size)):
            rmod *= radix
            vectorization = self.point_size // rmod
            spec = 0 if radix in (3, 5) else api_stage(radix, vectorization)
            tin = self.in_type if s == start else INTERNAL_TYPE
            tout = self.out_type if s == end - 1 else INTERNAL_TYPE
            out.append(Stage(s, radix, spec, tin, tout, stage_trips(radix, self.point_size)))
        return tuple(out)

    def stages(self) -> tuple[Stage, ...]:
        """The stage calls of one frame in this kernel, in order."""
        start, end = self.rank_range()
        return tuple(st for st in self.all_stages() if start <= st.index < end)

    def ports(self) -> tuple[KernelPort, ...]:
        buffers = 1 if self.single_buffer else 2
        return (KernelPort("in", "buffer", self.window * sample_type(self.in_type).bytes, buffers),
                KernelPort("out", "buffer", self.window * sample_type(self.out_type).bytes, buffers))


@dataclass(frozen=True)
class OddStageOps:
    """Ops of one trip of a radix-3 / radix-5 stage loop (module docstring)."""
    loads: int
    vector_alu: int
    move: int
    mac: int
    twiddle_macs: int
    combine_macs: int
    srs_to_register: int


def odd_stage_ops(radix: int, in_type: str, t: CoreTiming = AIE_ML_CORE) -> OddStageOps:
    """Ops per trip of an AIE-ML radix-3 / radix-5 stage (module docstring)."""
    if radix not in (3, 5):
        raise ValueError(f"mixed_radix_fft: radix {radix} is not an odd-radix stage")
    m = radix - 1
    loads_per_vector = -(-OUT_VECTOR_SAMPLES * sample_type(in_type).bytes // t.load_bytes)
    combine = m + m * m
    return OddStageOps(loads=radix * loads_per_vector + m, vector_alu=m, move=1 + m, mac=m + combine,
                       twiddle_macs=m, combine_macs=combine, srs_to_register=m)


def acc_read_port_ops(st: Stage, t: CoreTiming = AIE_ML_CORE) -> int:
    """Accumulator read-port (``CM_RM_PORT``) reservations of one radix-3 / radix-5 trip (:data:`ACC_PORT_CHANGE`):
    the R output vectors' SRS (fused into the stores: one per 256-bit store; else one VSRS per vector), the R - 1
    VSRS of the twiddled legs to cint32 registers and the R - 1 accumulator adds of output 0."""
    m = st.radix - 1
    if t.srs_fuses_into_store(64, sample_type(st.out_type).part_bits):
        outputs = st.radix * -(-OUT_VECTOR_SAMPLES * sample_type(st.out_type).bytes // t.store_bytes)
    else:
        outputs = st.radix
    return outputs + m + m


def odd_stage_cost(st: Stage, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int, int]:
    """(cycles, II, depth) of one radix-3 / radix-5 stage call (module docstring)."""
    o = odd_stage_ops(st.radix, st.in_type, t)
    m = st.radix - 1
    stores_per_vector = -(-OUT_VECTOR_SAMPLES * sample_type(st.out_type).bytes // t.store_bytes)
    stores = st.radix * stores_per_vector
    fused = t.srs_fuses_into_store(64, sample_type(st.out_type).part_bits)
    slots = SlotUse(load_any=o.loads, vector_alu=o.vector_alu, move=o.move + (0 if fused else st.radix),
                    mac=o.mac, store=stores)
    ii = resource_ii(slots, t)
    if ACC_PORT_CHANGE:
        ii = max(ii, -(-acc_read_port_ops(st, t) // ACC_READ_PORTS))
    combine_issue = max(o.combine_macs, 1 + (m - 1) * t.acc_chain_ii)
    steps = [(-(-o.loads // t.load_slots), t.vload_latency), (o.vector_alu, t.vector_alu_latency),
             (o.twiddle_macs, t.vmac_latency), (o.srs_to_register, t.srs_latency), (combine_issue, t.vmac_latency)]
    if not fused:
        steps.append((st.radix, t.srs_latency))
    steps.append((stores, 0))
    depth = critical_path(*steps)
    cycles = loop_cycles(st.trips, ii, depth, pipelined=True)
    if st.trips > 1 and not unrolled_inner_loop(st.trips):
        cycles += loop_setup_cycles(t, st.trips)
    return cycles, ii, depth


def table_stage_cost(st: Stage, o: StageOps, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int, int]:
    """(cycles, II, depth) of a radix-2 / radix-4 stage from its ops per trip, scheduled as
    :func:`kernels.fft_ifft_dit_1ch.stage_cost` schedules its own table (used for :data:`R2_MORE_OPS`)."""
    stores_per_vector = -(-OUT_VECTOR_SAMPLES * sample_type(st.out_type).bytes // t.store_bytes)
    stores = o.out_vectors * stores_per_vector
    fused = t.srs_fuses_into_store(64, sample_type(st.out_type).part_bits)
    slots = SlotUse(load_any=o.loads, vector_alu=o.vector_alu, move=o.move + (0 if fused else o.out_vectors),
                    mac=o.macs_first + o.macs_second, store=stores)
    ii = resource_ii(slots, t)
    steps = [(-(-o.loads // t.load_slots), t.vload_latency)]
    steps += [(n, getattr(t, lat)) for n, lat in o.prep]
    steps.append((o.macs_first, t.vmac_latency))
    if o.macs_second:
        steps.append((o.macs_second, t.vmac_latency))
    if not fused:
        steps.append((o.out_vectors, t.srs_latency))
    steps.append((stores, 0))
    depth = critical_path(*steps)
    cycles = loop_cycles(st.trips, ii, depth, pipelined=True)
    if st.trips > 1 and not unrolled_inner_loop(st.trips):
        cycles += loop_setup_cycles(t, st.trips)
    return cycles, ii, depth


def any_stage_cost(st: Stage, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int, int]:
    """(cycles, II, depth) of any stage: odd radices and :data:`R2_MORE_OPS` here, the other radix-2 / radix-4
    stages kernels.fft_ifft_dit_1ch's."""
    if st.radix in (3, 5):
        return odd_stage_cost(st, t)
    key = (st.radix, st.spec, st.in_type)
    if key in R2_MORE_OPS:
        return table_stage_cost(st, R2_MORE_OPS[key], t)
    return stage_cost(st, t)


def stage_entry_cycles(st: Stage, t: CoreTiming = AIE_ML_CORE) -> int:
    """Cycles before a stage's loop can start, re-done for every stage of every frame (``FRAME_CHANGE``, made
    after C26's blind run; 0 when :data:`FRAME_CHANGE` is False).

    Source (Xilinx/Vitis_Libraries @0d8795bc ``mixed_radix_fft_utils.hpp`` ``opt_r5_stage`` / ``opt_r3_stage`` /
    ``opt_r2_stage`` / ``opt_r4_stage``): the stage's twiddle pointers are ``&tw_table[tw_ptrs[TW_BASE + k]]``,
    :data:`TWIDDLE_TABLES` of them, ``tw_ptrs`` the run-time kernel parameter ``m_twiddlePtrPtr``; every stage
    ends with ``chess_memory_fence()``, so these loads cannot be moved above the previous stage's (or the previous
    frame's last stage's) memory accesses. Chain, latencies from :class:`~aiesim_py.isa.timing.CoreTiming`: since
    :data:`REF_CHANGE` first the load of the reference member ``this->m_twiddlePtrPtr`` (one issue,
    ``scalar_load_latency``), then the offset loads through it (since :data:`LDA_CHANGE` one a cycle on load unit A,
    before it ``load_slots`` a cycle; ``scalar_load_latency``) -> one pointer add (``padd_latency``) -> the loop
    (the ``m_twTable`` reference load issues next to the first load, off the chain). The hardware-loop set-up the
    stage already pays (:func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`, independent of the pointers) is
    taken as overlapping this chain: only the excess is added."""
    if not FRAME_CHANGE:
        return 0
    tables = TWIDDLE_TABLES[st.radix]
    slots = SCALAR_LOAD_SLOTS if LDA_CHANGE else t.load_slots
    steps = [(-(-tables // slots), t.scalar_load_latency), (1, t.padd_latency)]
    if REF_CHANGE:
        steps.insert(0, (1, t.scalar_load_latency))     # this->m_twiddlePtrPtr, then the offsets through it
    chain = critical_path(*steps)
    setup = loop_setup_cycles(t, st.trips) if st.trips > 1 and not unrolled_inner_loop(st.trips) else 0
    return max(0, chain - setup)


def mixed_radix_fft_cycles(p: MixedRadixFftParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): frames x (stages one after the other, each after its twiddle
    pointer set-up, :func:`stage_entry_cycles`) + frame-loop set-up + the ADF wrapper of two buffers (+ the
    multi-frame build's extra code, kernels.fft_ifft_dit_1ch FFTMF_CHANGE, left off)."""
    costs = [any_stage_cost(st, t) for st in p.stages()]
    per_frame = sum(c for c, _, _ in costs) + sum(stage_entry_cycles(st, t) for st in p.stages())
    loop = p.frames * per_frame + loop_setup_cycles(t, p.frames) + multi_frame_code_cycles(p)
    call = adf_call_overhead(t, len(p.ports()))
    ii = max(i for _, i, _ in costs)
    last_cycles, _, last_depth = costs[-1]
    deepest = max(d for _, _, d in costs)
    first_out = call // 2 + per_frame - last_cycles + last_depth
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=deepest, trips=p.frames * sum(st.trips for st in p.stages()), pipelined=True,
                      function_cycles=loop + call - 2 * len(p.ports()) * t.lock_op_cycles,
                      first_output_cycles=first_out)
