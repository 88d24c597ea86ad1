"""Time-division-multiplexed FIR (DSPLib ``fir_tdm``), AIE-ML, buffer interface (TP_API 0), cint16 data x
cint16 coefficients, one SSR phase, ``TP_CASC_LEN`` kernels in a cascade.

Written from the DSPLib and AIE API source before any measured figure was compared (validation case C28);
facts read, no code taken. Xilinx/Vitis_Libraries @0d8795bc:

* ``dsp/L1/include/aie/fir_tdm.hpp`` (``kernelFilterClass``): AIE-ML has no accumulator permutes
  (``__HAS_ACCUM_PERMUTES__`` 0), so ``columnMultiple`` = 1, ``coeffToDataMultiple`` = 2 when
  ``TP_NUM_FRAMES = TP_INPUT_WINDOW_VSIZE / TP_TDM_CHANNELS`` is even (else 1), ``enableInternalMargin`` = 0:
  the margin is external (``fnTDMFirMargin`` in ``fir_utils.hpp``: ``CEIL((TP_FIR_LEN - 1) x TP_TDM_CHANNELS,
  32 / sizeof(TT_DATA))`` samples, the *whole* filter's margin on every cascaded kernel) and the architecture is
  ``kArchExternalMargin[EvenFrames]``, both of which run ``filterBasic``. ``firUnrollLoop`` = the kernel's taps
  when fewer than 16 (``forUnroolThreshold``), else 1 (the tap loop stays a loop). ``m_kVOutSize`` =
  ``fnVOutSizeTdm<cint16, cint16>`` = ``fnNumLanes`` = 16 on AIE-ML (fir_tdm_traits.hpp; fir_utils.hpp, as read
  for kernels.fir_sr_asym); ``TP_TDM_LOOP_SIZE = TP_TDM_CHANNELS / 16``.
* ``dsp/L1/src/aie/fir_tdm.cpp`` ``filterBasic``: ``for frame < NUM_FRAMES / coeffToDataMultiple``
  (``chess_prepare_for_pipelining``) { ``for tdm < TDM_LOOP_SIZE`` (``chess_prepare_for_pipelining``,
  ``chess_loop_range``) { tap 0: load a 16-sample data vector (512 bits) and a 16-coefficient vector (512 bits,
  ``coeffVectPtr++``), ``acc = mulTdm`` (or ``readCascade`` + ``macTdm``), with two frames the second frame's
  data vector and ``acc2`` likewise with the same coefficients; ``for j = 1 .. R - 1`` (``#pragma
  unroll(firUnrollLoop)``): the same loads and ``macTdm`` per frame; then ``to_vector`` (SRS) and a 512-bit
  store per frame, or ``writeCascade`` of each accumulator } }. No window broadcast: unlike fir_sr_asym,
  ``filterKernel`` goes straight to ``filterSelectArch``.
* ``dsp/L1/include/aie/fir_tdm_utils.hpp``: ``mulTdm`` / ``macTdm`` are ``aie::mul`` / ``aie::mac``
  (element-wise) on ``tAccBaseType<cint16, cint16>`` (cacc64); ``readCascade`` / ``writeCascade`` move the
  whole 16-lane accumulator (``readincr_v`` / ``writeincr``).
* the element-wise multiply (jgmelber/aie_api @306ac2c1 ``include/aie_api/detail/aie2/mul_acc64.hpp``,
  ``mul_bits_impl<MulOp, 64, 32, cint16, 32, cint16>``): native 8 lanes, so a 16-lane ``aie::mac`` is two
  ``mac_elem_8_2`` (one VMAC each), each on an 8-sample slice of the data grown to 16 with a zero upper half
  (a 256-bit half of the 512-bit operand register; taken as free) and the matching 8 coefficients; no shuffle.
* the graph (``dsp/L2/include/aie/fir_graph_utils.hpp`` @0d8795bc ``input_tdm_connections``, TP_API 0): the
  graph input is connected to *every* cascaded kernel's ``in[0]`` (each has its own window + margin), the
  kernels are chained by cascades and the last one writes the output buffer.

Cost per tap (cint16 x cint16, ``m`` = coeffToDataMultiple frames): 2 coefficient loads (512 bits), 2 data
loads per frame, 2 VMACs per frame (MAC slot: the bound, 4 cycles per tap at m = 2). Per group (one trip of the
tdm loop: 16 channels of ``m`` frames): ``m`` SRS-fused 512-bit stores (2 store-slot ops each), or ``m``
cascade writes of a 2048-bit cacc64 (4 words each, move slot), and with a cascade input ``m`` such reads.

Loop schedule. The innermost real loop is software-pipelined, the loops around it are not (they hold a loop):
taps < 16 (tap loop unrolled): the tdm loop when ``TDM_LOOP_SIZE`` > 1, else (one tdm trip, straight-line) the
frame loop; a group's II is its slots (or the accumulator chain), its depth load -> (cascade read) -> the MAC
issues -> VMAC latency -> store / cascade write. Taps >= 16: the tap loop (R - 1 trips, II the per-tap slots)
is the pipelined loop; in the blind model each group paid tap 0 (load -> MUL issue), the tap loop's set-up and
fill, the last MAC's latency and the output ops; after C28's errors (:data:`TAP_LOOP_OVERLAP`, validation/
cases_c28.py ``TAP_LOOP_OVERLAP_CHANGE``, an unsourced assumption) only the first group does, the others cost
the tap loop's set-up and R taps at the tap-loop II. Accuracy (C28, 32 figures): 18 within 10 %, median 8.3 %;
the 8-tap kernels of CASC_LEN 8 run ~16 cycles per group slower than modelled (cascade words not overlapping the
MACs?) and are not understood. Register check (the counting of validation/cases_c22.py
``UNPIPELINED_CHANGE``): with the taps unrolled no vector state is carried from tap to tap (every tap loads its
own data and coefficients), so two overlapped groups hold 2 x m cacc64 accumulators (2 x 1024-bit registers
each: 8 of the 9 at m = 2) and a few 512-bit operands: the loop is costed pipelined (:func:`overlap_fits`).

Per call: the ADF wrapper (:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`, one input buffer and on the
last kernel the output buffer) and the margin copy of the whole filter's margin
(:func:`~aiesim_py.kernels.sample_delay.margin_copy_cycles`, every kernel). No first-call extra: the taps are a
registered kernel parameter array (``REGISTER_PARAMETER(internalTaps)``), the constructor keeps references.
``single_buf`` (the benchmark's SINGLE_BUF 1): the input buffer is a ``single_buffer`` (the harness puts it on
every kernel's ``in[0]``, dsp/L2/tests/aie/fir_tdm/test.hpp @0d8795bc, when the buffer is too big for a
ping-pong pair; assumption: SINGLE_BUF 1 forces the same).

Not modelled (:class:`FirTdmParams` refuses them): other type pairs (their element-wise sequences were not
costed here: cint16 x int16 zips the coefficients with zeros, one ``interleave_zip`` per 8 lanes; 32-bit types
are emulated), TP_API 1, SSR > 1, dual inputs, two outputs, coefficient reload. No functional model.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.fir_common import FirCascadeMixin, cascade_range_len, check_graph_options, check_position
from aiesim_py.kernels.kernel_io import KernelPort, adf_call_overhead, loop_setup_cycles, sample_type
from aiesim_py.kernels.matrix_mult import MatrixMultCost
from aiesim_py.kernels.sample_delay import margin_copy_cycles

TEMPLATE = None
KIND = "fir_tdm"

#: (TT_DATA, TT_COEFF) pairs with a cost
PAIRS = (("cint16", "cint16"),)
#: pairs DSPLib's fir_tdm takes on AIE-ML whose element-wise sequence is not costed here, with why
NOT_MODELLED = {
    ("cint16", "int16"): "cint16 x int16: mul_bits_impl<64, 32, cint16, 16, int16> zips the coefficients with zeros "
                         "(one interleave_zip per 8 lanes) before each mac_elem_8_2; not costed (no C28 rows)",
    ("cint16", "int32"): "int32 coefficients: emulated 32-bit multiply, not read",
    ("cint16", "cint32"): "cint32 coefficients: 8-lane vOutSize, emulated 32-bit multiply, not read",
    ("int16", "int16"): "int16 data: 32 lanes (mul_elem_16_2 per 16), not costed",
    ("int16", "int32"): "int32 coefficients: emulated 32-bit multiply, not read",
    ("int32", "int16"): "int32 data: emulated 32-bit multiply, not read",
    ("int32", "int32"): "int32 data: emulated 32-bit multiply, not read",
    ("cint32", "int16"): "cint32 data: emulated 32-bit multiply, not read",
    ("cint32", "cint16"): "cint32 data: emulated 32-bit multiply, not read",
    ("cint32", "int32"): "cint32 data: emulated 32-bit multiply, not read",
    ("cint32", "cint32"): "cint32 data: emulated 32-bit multiply, not read",
    ("float", "float"): "float: fp32 is emulated on AIE-ML, not read",
    ("cfloat", "float"): "cfloat: fp32 is emulated on AIE-ML, not read",
    ("cfloat", "cfloat"): "cfloat: fp32 is emulated on AIE-ML, not read",
}
LANES = 16                 # fnVOutSizeTdm<cint16, cint16> = fnNumLanes on AIE-ML
NATIVE_LANES = 8           # mac_elem_8_2: 8 cint16 x cint16 lanes per VMAC
UNROLL_THRESHOLD = 16      # forUnroolThreshold: taps >= 16 keep the tap loop
ACC_LANE_BYTES = 16        # cacc64: 128 bits per lane
MARGIN_ALIGN_BYTES = 32    # fnTDMFirMargin rounds to 32 / sizeof(TT_DATA) samples


def _ceil(a: int, b: int) -> int:
    return -(-a // b) * b


@dataclass(frozen=True)
class FirTdmParams(FirCascadeMixin):
    """One DSPLib fir_tdm kernel: cascade position ``position`` of a ``casc_len`` chain.

    Attributes:
        data_type, coeff_type: ``TT_DATA`` / ``TT_COEFF`` (``TT_OUT_DATA`` = ``TT_DATA``).
        fir_len: ``TP_FIR_LEN`` (taps per channel, the whole filter).
        window: ``TP_INPUT_WINDOW_VSIZE`` samples per call.
        tdm_channels: ``TP_TDM_CHANNELS``.
        casc_len, position: ``TP_CASC_LEN`` and the kernel's position.
        single_buf: the input buffer is a ``single_buffer`` (SINGLE_BUF 1).
        ssr, api, dual_ip, num_outputs, coeff_reload: graph options; only 1 / 0 / 0 / 1 / 0 modelled.
    """
    data_type: str
    coeff_type: str
    fir_len: int
    window: int
    tdm_channels: int
    casc_len: int = 1
    position: int = 0
    single_buf: int = 0
    ssr: int = 1
    api: int = 0
    dual_ip: int = 0
    num_outputs: int = 1
    coeff_reload: int = 0

    def __post_init__(self):
        if (self.data_type, self.coeff_type) not in PAIRS:
            why = NOT_MODELLED.get((self.data_type, self.coeff_type), "not a DSPLib AIE-ML type pair read here")
            raise ValueError(f"fir_tdm: {self.data_type} x {self.coeff_type} is not modelled ({why})")
        check_graph_options("fir_tdm", self, "stream interface", self.ssr == 1,
                            "TP_SSR > 1 (channels split over SSR paths) is not modelled",
                            ("fir_len", "window", "tdm_channels", "casc_len"))
        check_position("fir_tdm", self)
        if self.tdm_channels % LANES:
            raise ValueError(f"fir_tdm: TP_TDM_CHANNELS {self.tdm_channels} must be a multiple of {LANES} "
                             "(DSPLib static_assert)")
        if self.window % self.tdm_channels:
            raise ValueError(f"fir_tdm: window {self.window} must be a multiple of TP_TDM_CHANNELS "
                             f"{self.tdm_channels} (DSPLib static_assert)")
        if self.range_len < 1:
            raise ValueError(f"fir_tdm: kernel {self.position} gets {self.range_len} taps (FIR_LEN_MIN)")

    @property
    def range_len(self) -> int:
        """``TP_FIR_RANGE_LEN``: taps of this kernel (fnFirRange / fnFirRangeRem, rounding 1)."""
        return cascade_range_len(self.fir_len, self.casc_len, self.position)

    @property
    def frames(self) -> int:
        """``TP_NUM_FRAMES``."""
        return self.window // self.tdm_channels

    @property
    def frames_per_trip(self) -> int:
        """``coeffToDataMultiple``: 2 when the frame count is even (AIE-ML)."""
        return 2 if self.frames % 2 == 0 else 1

    @property
    def frame_trips(self) -> int:
        return self.frames // self.frames_per_trip

    @property
    def tdm_trips(self) -> int:
        """``TP_TDM_LOOP_SIZE``."""
        return self.tdm_channels // LANES

    @property
    def groups(self) -> int:
        """Trips of the tdm loop per call (each: 16 channels of ``frames_per_trip`` frames)."""
        return self.frame_trips * self.tdm_trips

    @property
    def cascade_bytes(self) -> int:
        """Partial-sum bytes over the cascade per call: per group ``frames_per_trip`` 16-lane cacc64
        accumulators (``writeCascade``). Added after C28's blind run (validation/cases_c28.py
        ``CASCADE_BYTES_FIX``): without it the timing model took a 1-byte payload and refused every cascade."""
        return self.groups * self.frames_per_trip * LANES * ACC_LANE_BYTES

    @property
    def taps_unrolled(self) -> bool:
        """``firUnrollLoop`` = the taps (fewer than 16): the tap loop is unrolled."""
        return self.range_len < UNROLL_THRESHOLD

    @property
    def margin(self) -> int:
        """``fnTDMFirMargin``: margin samples of the input buffer (the whole filter's)."""
        return _ceil((self.fir_len - 1) * self.tdm_channels, MARGIN_ALIGN_BYTES // sample_type(self.data_type).bytes)

    def ports(self) -> tuple[KernelPort, ...]:
        size = sample_type(self.data_type).bytes
        ins = (KernelPort("in", "buffer", self.window * size, buffers=1 if self.single_buf else 2),)
        if self.cascade_out:
            return ins
        return ins + (KernelPort("out", "buffer", self.window * sample_type(self.out_type).bytes),)


def tap_slots(p: FirTdmParams, t: CoreTiming = AIE_ML_CORE) -> SlotUse:
    """Issue slots of one tap of one group: the coefficient vector, a data vector per frame, two
    ``mac_elem_8_2`` per frame (module docstring)."""
    vec = LANES * sample_type(p.data_type).bytes
    coeff = LANES * sample_type(p.coeff_type).bytes
    m = p.frames_per_trip
    return SlotUse(load_any=-(-coeff // t.load_bytes) + m * -(-vec // t.load_bytes),
                   mac=m * (LANES // NATIVE_LANES))


def cascade_words(t: CoreTiming = AIE_ML_CORE) -> int:
    """Cascade words of one 16-lane cacc64 accumulator."""
    return -(-LANES * ACC_LANE_BYTES // t.cascade_bytes_per_cycle)


def output_slots(p: FirTdmParams, t: CoreTiming = AIE_ML_CORE) -> SlotUse:
    """Per group: the cascade reads (move slot), and the SRS-fused stores or the cascade writes."""
    m = p.frames_per_trip
    words = cascade_words(t)
    move = m * words * (int(p.cascade_in) + int(p.cascade_out))
    stores = 0 if p.cascade_out else m * -(-LANES * sample_type(p.out_type).bytes // t.store_bytes)
    return SlotUse(move=move, store=stores)


def _out_issue(p: FirTdmParams, t: CoreTiming) -> tuple[int, int]:
    """(issue cycles, latency) of the group's last step: the stores or the cascade writes."""
    u = output_slots(p, t)
    if p.cascade_out:
        return p.frames_per_trip * cascade_words(t), t.cascade_write_latency
    return u.store, 0


def _head(p: FirTdmParams, t: CoreTiming) -> int:
    return max(t.vload_latency, t.cascade_read_latency if p.cascade_in else 0)


def group_depth(p: FirTdmParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Critical path of one group with the taps unrolled: load (or cascade read) -> the MAC issues of all
    taps (MAC slot) -> VMAC latency -> stores / cascade writes."""
    macs = p.range_len * tap_slots(p, t).mac
    return critical_path((1, _head(p, t)), (macs, t.vmac_latency), (_out_issue(p, t)[0], 0))


def overlap_fits(p: FirTdmParams, t: CoreTiming = AIE_ML_CORE) -> bool:
    """Two overlapped groups fit the register files (module docstring; the counting of validation/cases_c22.py
    UNPIPELINED_CHANGE): 2 x m cacc64 accumulators of 2 x 1024 bits each in the accumulator file, and the
    per-tap operands (a coefficient and m data vectors of 512 bits) of the two groups in the vector file."""
    m = p.frames_per_trip
    acc_regs = 2 * m * -(-LANES * ACC_LANE_BYTES // t.accumulator_register_bytes)
    vec_regs = 2 * (1 + m)
    return acc_regs <= t.accumulator_registers and vec_regs <= t.vector_registers


#: made after seeing C28's errors (validation/cases_c28.py ``TAP_LOOP_OVERLAP_CHANGE``; an assumption about the
#: compiler's schedule, not sourced): with the tap loop kept (taps >= 16), a group's tap 0, the tap loop's fill and
#: drain and the group's output ops are taken as scheduled into the neighbouring groups' tap-loop prologue /
#: epilogue, so a group repeats every ``R`` x the per-tap II plus the tap loop's set-up; False: the blind model
#: (every group pays tap 0, the fill, the last MAC's latency and its outputs in sequence)
TAP_LOOP_OVERLAP = True


def tap_loop_cycles(p: FirTdmParams, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int, int]:
    """Taps >= 16: ``(group cycles, tap-loop II, first group's cycles)``: tap 0 (load or cascade read -> its MUL
    / MAC issues), the tap loop's set-up and pipelined R - 1 trips, the last MAC's latency, the output ops;
    with :data:`TAP_LOOP_OVERLAP` a group after the first costs the set-up and ``R`` taps at the tap-loop II."""
    u = tap_slots(p, t)
    ii = resource_ii(u, t, recurrence=t.acc_chain_ii)
    depth = critical_path((1, t.vload_latency), (u.mac, 0))
    trips = p.range_len - 1
    head = critical_path((1, _head(p, t)), (u.mac, 0))
    body = loop_setup_cycles(t, trips) + loop_cycles(trips, ii, depth, pipelined=True)
    out_issue, _ = _out_issue(p, t)
    first = head + body + t.vmac_latency + out_issue
    if TAP_LOOP_OVERLAP:
        return loop_setup_cycles(t, trips) + p.range_len * ii, ii, first
    return first, ii, first


def fir_tdm_cycles(p: FirTdmParams, t: CoreTiming = AIE_ML_CORE) -> MatrixMultCost:
    """Cycles of one call (module docstring)."""
    if p.taps_unrolled:
        slots = tap_slots(p, t).scaled(p.range_len) + output_slots(p, t)
        chain = p.range_len * t.acc_chain_ii
        ii = resource_ii(slots, t, recurrence=chain)
        depth = group_depth(p, t)
        pipelined = overlap_fits(p, t)
        if p.tdm_trips > 1:
            inner = loop_setup_cycles(t, p.tdm_trips) + loop_cycles(p.tdm_trips, ii, depth, pipelined)
            loop = p.frame_trips * inner + loop_setup_cycles(t, p.frame_trips)
        else:
            loop = loop_setup_cycles(t, p.frame_trips) + loop_cycles(p.frame_trips, ii, depth, pipelined)
        group = depth
    else:
        spacing, _, group = tap_loop_cycles(p, t)
        pipelined = False
        inner = loop_setup_cycles(t, p.tdm_trips) + p.tdm_trips * spacing
        loop = p.frame_trips * inner + loop_setup_cycles(t, p.frame_trips) + (group - spacing)
        ii, depth = spacing, group
    buffers = len(p.ports())
    margin = margin_copy_cycles(p.margin * sample_type(p.data_type).bytes, t)
    call = adf_call_overhead(t, buffers) + margin
    return MatrixMultCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                          depth_cycles=depth, trips=p.groups, pipelined=pipelined,
                          function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                          first_output_cycles=adf_call_overhead(t, buffers) // 2 + margin + group,
                          first_call_extra_cycles=0,
                          group_cycles=group, group_ii_cycles=max(1, loop // p.groups), groups=p.groups,
                          epilogue_cycles=adf_call_overhead(t, buffers) // 2)
