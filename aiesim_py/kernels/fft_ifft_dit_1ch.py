"""Single-channel decimation-in-time FFT / IFFT (DSPLib ``fft_ifft_dit_1ch``), AIE-ML, buffer (window)
or stream interface, static point size, one SSR lane (``TP_PARALLEL_POWER`` 0), cint16 or cint32 data and cint16
twiddles, split over ``TP_CASC_LEN`` kernels.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries @0d8795bc
``dsp/L1/src/aie/fft_ifft_dit_1ch.cpp`` (``kernelFFTClass::kernelFFT``, ``stockhamStages::stagePreamble`` /
``calc``), ``dsp/L1/include/aie/fft_ifft_dit_1ch.hpp`` and ``fft_ifft_dit_1ch_utils.hpp``
(``opt_int_stage``, ``stage_radix2_dit`` / ``stage_radix4_dit``), and the graph's rank split
(``create_casc_kernel`` / ``create_casc_kernel_recur`` of the L2 graph headers, the version that rounds the
integer end rank up to even):

* a call processes ``TP_WINDOW_VSIZE / TP_POINT_SIZE`` frames in order (``for iter``, marked
  ``chess_prepare_for_pipelining``); a frame runs the kernel's stages in order, each stage one
  ``aie::fft_dit_r2_stage`` / ``aie::fft_dit_r4_stage`` call;
* integer data use radix-4 stages on a rank count rounded up to even (``kPointSizePowerCeiled``); an odd
  power of two starts with one radix-2 stage (``firstRank`` 1). Stage ``s`` (0, 2, 4, ...) has the
  AIE API "vectorization" ``TP_R = kPointSizeCeiled >> (2 + s)``;
* cint16 input is widened: the stages write ``cint32`` (``T_internalDataType``) into two scratch buffers
  ``tmp1_buf`` / ``tmp2_buf`` shared by every frame (ping-pong between stages), the last stage writes the
  output buffer (``TT_OUT_DATA``); cint32 data stay cint32 and reuse the input buffer as the second scratch
  buffer (``fnUsePingPongIntBuffer``; no timing difference in this model);
* ``TP_CASC_LEN`` kernels split the (even-rounded) ranks: the last kernel takes ``max(2, (END / CASC / 2) * 2)``
  ranks, each earlier kernel ``max(2, (its END / its 1-based position dim / 2) * 2)`` of what is left, the first one the rest
  (:meth:`FftParams.rank_range`); the kernels pass cint32 windows to one another through buffers (not the
  cascade stream: ``connect<>`` of windows in the graph). The first kernel reads TT_DATA, the last writes
  TT_OUT_DATA, the others read and write cint32.

AIE API stage code (AIE-ML, read at Xilinx/aie_api as mirrored by jgmelber/aie_api
``include/aie_api/detail/fft_dit.hpp`` ``fft_get_stage`` / ``fft_get_out_vector_size`` / ``fft_dit_common::block_size`` and ``detail/aie2/fft_dit.hpp`` /
``fft_dit_radix2.hpp`` / ``fft_dit_radix4.hpp``; a 2025-2026 version, the benchmark's compiler used some
earlier one: assumption that the op counts did not change): on AIE-ML every stage writes vectors of 8
samples; a radix-4 stage loops ``n / 32`` times (4 output vectors per trip), a radix-2 stage ``n / 16``
times, ``chess_prepare_for_pipelining`` on both; the specialisation follows the vectorization (radix 4:
``TP_R`` 1 -> "stage 2", 4 -> "stage 1", else "stage 0"; radix 2: 1 / 2 / 4 -> 3 / 2 / 1, else 0). Ops per trip,
as read (:data:`STAGE_OPS`; one VMAC per ``mac_elem_8_2`` cint16 x cint16 and per ``mac_elem_8`` cint32 x cint16
(8 lanes, as kernels.dft); twiddle broadcast and VSHUFFLE (``flip_complex``, ``shuffle``, ``transpose``, one
``interleave_unzip`` of two 512-bit cint32 vectors = two VSHUFFLEs) on the vector-ALU slot as
kernels.matrix_vector_mul; accumulator load (``lups`` / ``accum(vector, shift)``, VUPS) on the move slot;
the SRS to cint16 / cint32 (acc64 -> 16 / 32-bit parts, :attr:`CoreTiming.native_srs`) fused into the
256-bit stores; data vectors and twiddle scalars / vectors one load each on either load port):

======================  ======  =========  =====  ====  =====  ===================================
stage (input)           loads   vect. ALU  move   MAC   out    notes
======================  ======  =========  =====  ====  =====  ===================================
radix 2, stage 0 c16    2 + 1   1 bcst     1 UPS  2     2 vec  ``lups(a)`` shared by mac / msc
radix 2, stage 0 c32    4 + 1   1 bcst     1 UPS  2     2 vec  cint32 data (the C20 extension)
radix 4, stage 0 c16    4 + 3   3 + 2      1      6     4 vec  ``mac_elem_8_2``; one ``flip_complex``
radix 4, stage 0 c32    8 + 3   3 + 2      2      8     4 vec  g h k l, then addmac / submsc x 4
radix 4, stage 1 c32    8 + 6   6 + 2      2      8     4 vec  two twiddles per group: bcst + transpose
radix 4, stage 2 c32    8 + 3   8 + 2      1      10    4 vec  4 unzips; g / h duplicated (2 more MACs)
======================  ======  =========  =====  ====  =====  ===================================

Schedule (:func:`fft_ifft_dit_1ch_cycles`): a stage is a software-pipelined loop, ``(trips - 1) x II + depth``
(:func:`~aiesim_py.isa.timing.loop_cycles`), II the busiest slot (stores of cint32 output: 2 per vector), the
hardware-loop set-up when it has more than :data:`~aiesim_py.kernels.kernel_io.UNROLL_MAX_TRIPS` trips (2-3
independent trips unrolled, 1 trip straight-line: :func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop`);
stages run one after the other (each reads what the previous one stored: a memory dependence). Frames
(:func:`frame_loop_cycles`): one after the other when ``calc`` fences its stages (``if constexpr
(TP_WINDOW_VSIZE <= 64) chess_memory_fence();`` before each ``opt_int_stage``, TP_WINDOW_VSIZE in samples) or
when a frame holds a stage loop; otherwise (FENCE_CHANGE, a post-blind change on the held-out C20: windows of
more than 64 samples with a straight-line frame body, i.e. 32 / 64-point FFTs) the ``chess_prepare_for_pipelining``
frame loop is the innermost loop and consecutive frames' stage chains overlap as far as the two scratch buffers
every frame reuses allow. The frame loop pays its set-up, the call the ADF wrapper of two buffers. The
twiddle tables are static arrays (no first-call copy).

Stream API (``TP_API`` 1, :attr:`FftParams.api` "stream"; added in session 12 for the C20 stream extension,
before its figures were compared): the L2 graph (``fft_ifft_dit_1ch_graph.hpp`` @0d8795bc, ``create_casc_kernel``
/ ``create_casc_kernel_recur``) gives the first kernel the stream input and the last the stream output, the
windows between kernels stay buffers (API 0); AIE-ML has one core stream each way (``device_defs.h``
``__STREAMS_PER_TILE__`` 1, so the single-stream ``fftMain`` overloads; test.hpp ``kPortsPerTile`` =
``get_input_streams_core_module()`` = 1 PLIO in and out). Such a kernel copies the whole window from the stream
into its own ``inBuff`` (``readStreamIn``: a pipelined loop of 256-bit ``readincr_v``, 8 words a trip, one word a
cycle), fences, runs the same ``kernelFFT``, fences, and copies ``outBuff`` to the stream (``writeStreamOut``: a
256-bit load and 8 stream words a trip) (:func:`stream_read_loop`, :func:`stream_write_loop`). No overlap
between the phases (the fences; one core).

Loads through one pointer (:data:`FFT_SAME_POINTER`, timing.SAME_POINTER_CHANGE; session 16): UG1079 / UG1603 ("Load
and Store with Virtual Resource Annotations": "Memory accesses coming from the same pointer are scheduled on different
cycles"). The AIE API stage iterators (jgmelber/aie_api ``detail/aie2/fft_dit_radix2.hpp`` @2a408059,
``fft_dit_radix4.hpp`` @4e950f7d, ``stage_iterator::operator*`` / ``dit``) read a trip's data vectors through one
data pointer (radix 2; radix 4 stages 1 and 2: ``ptr_begin_``) or two (radix-4 stage 0: ``ptr_begin0_`` /
``ptr_begin1_``, two vectors each), and each twiddle through its own pointer (stage 1: two scalars per twiddle
pointer), :attr:`StageOps.per_pointer`. A trip's loads then take the busiest pointer's count of cycles when that
exceeds the two load units' share (:func:`~aiesim_py.isa.timing.same_pointer_load_cycles`): the cint32-input radix-2
stage 4 cycles (was 3), radix-4 stage 1 8 (was 7) and stage 2 8 (was 6). It lengthens those stages' depth (the first
step of the critical path) by 1 / 1 / 2 cycles; no stage's II moves (stores or MACs bind at 4 / 8 / 10). Left off
(:data:`FFT_SAME_POINTER` False): applied, it moves 40 C20 / C26 figures out of 10 % and 7 in (the diagnosis in
validation/cases_c20.py ``SAME_POINTER_DIAGNOSTIC``).

Not modelled (:class:`FftParams` refuses them): cfloat data and cint32 twiddles (not valid AIE-ML
configurations: the AIE API's ``is_valid_fft_op`` for ``__AIE_ARCH__`` 20 accepts cint16 / cbfloat16 twiddles only), point sizes below 32 (the AIE-ML radix-4 minimum) or above 4096 (those need
``TP_PARALLEL_POWER`` > 0), and window sizes that are not a multiple of the point size. Dynamic point size
and SSR (``TP_PARALLEL_POWER`` > 0, with its r2comb / widget kernels) are graph parameters this kernel model has
no field for; the case file refuses those rows. No functional model:
:data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import (AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii,
                                  same_pointer_load_cycles, stream_write)
from aiesim_py.kernels.kernel_io import (INTERFACES, KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         sample_type, unrolled_inner_loop)

TEMPLATE = None
KIND = "fft_ifft_dit_1ch"
#: (TT_DATA, TT_TWIDDLE) pairs costed (cint32 data added with the C20 extension, before its rows were compared)
DATA_TYPES = (("cint16", "cint16"), ("cint32", "cint16"))
OUT_TYPES = ("cint16", "cint32")  # TT_OUT_DATA
INTERNAL_TYPE = "cint32"          # T_internalDataType of cint16 and cint32 data
OUT_VECTOR_SAMPLES = 8            # fft_get_out_vector_size on AIE-ML
MIN_POINT_SIZE, MAX_POINT_SIZE = 32, 4096
#: stream interface (TP_API 1): ``readStreamIn`` / ``writeStreamOut`` move one 256-bit vector per trip
#: (``__ALIGN_BYTE_SIZE__`` 32 on AIE-ML) through the core's 32-bit stream, one word per cycle (AM020 "Interfaces")
STREAM_VECTOR_BYTES = 32
STREAM_WORD_BYTES = 4
#: the SAME_POINTER_CHANGE of :mod:`aiesim_py.isa.timing` applied to the stage loops (module docstring, "Loads through
#: one pointer"; session 16, a survey of the UG1079 rule). LEFT OFF (False, the model before it): True moves C20 836 ->
#: 802 and C26 263 -> 264 of their figures within 10 % (7 in, 40 out; validation/cases_c20.py SAME_POINTER_DIAGNOSTIC)
FFT_SAME_POINTER = False
#: FFTMF_CHANGE (session 17, helper fftmf; an INFERENCE, made after every C20 / C26 figure had been compared; LEFT OFF:
#: False gives the figures before it exactly). A call whose window holds two or more frames runs a fixed block of extra
#: code once: the benchmark files' own PROGRAM_MEMORY column (the measured builds' code size) is larger by a fixed
#: amount for every window of two or more frames than for the one-frame build of the same graph (C20 single kernels
#: +32..+368 B, C26 +112..+208 B), and the measured per-call intercept grows by ~1 cycle per 4-6 B of it. Taken as
#: single-slot bundles (:data:`BUNDLE_BYTES`) run once a call: :attr:`FftParams.multi_frame_code_bytes` /
#: :data:`BUNDLE_BYTES` cycles (:func:`multi_frame_code_cycles`); the case files give the byte count (single kernels
#: whose build and one-frame build are both single-tile rows of the file; 0 otherwise). True: C20 836 -> 809 of 1084
#: (0 in, 27 out), C26 263 -> 263 of 340 (1 in, 1 out), C12 / C5 unchanged; of the figures it moves, 82 of 93 at >= 256
#: points come closer to the measurement, 137 of 142 below 256 points go further (their frames the model already
#: overcharges; validation/cases_c20.py FFTMF_DIAGNOSTIC (e)), so left off.
FFTMF_CHANGE = False
#: bytes of a single-slot AIE2 bundle (Xilinx/llvm-aie aie2/AIE2CompositeFormats.td, ``instr32`` ``Size = 4``)
BUNDLE_BYTES = 4


@dataclass(frozen=True)
class StageOps:
    """Ops of one trip of a stage loop (module docstring table): loads (data + twiddle), vector-ALU ops,
    move-slot ops, MACs, output vectors, and the dependent steps from the first load to the first VMAC
    after the loads (``prep``: (issues, latency name))."""
    loads: int
    vector_alu: int
    move: int
    macs_first: int        # VMACs that read only loaded / prepared operands
    macs_second: int       # VMACs that read the first group's accumulators
    out_vectors: int
    prep: tuple
    #: loads per trip through each pointer of the AIE API stage iterator (SAME_POINTER_CHANGE; module docstring)
    per_pointer: tuple = ()


#: (radix, AIE API stage specialisation, input type) -> ops per trip, as read in the AIE API (module docstring)
STAGE_OPS = {
    (2, 0, "cint16"): StageOps(loads=3, vector_alu=1, move=1, macs_first=2, macs_second=0, out_vectors=2,
                               prep=((1, "ups_latency"),), per_pointer=(2, 1)),
    # cint32 input (cint32 data, the C20 extension): four 256-bit v4cint32 loads + the twiddle, one broadcast,
    # ``lups`` of the 512-bit ``a`` shared by the two ``mac_elem_8`` (cint32 x cint16)
    (2, 0, "cint32"): StageOps(loads=5, vector_alu=1, move=1, macs_first=2, macs_second=0, out_vectors=2,
                               prep=((1, "ups_latency"),), per_pointer=(4, 1)),
    (4, 0, "cint16"): StageOps(loads=7, vector_alu=5, move=1, macs_first=2, macs_second=4, out_vectors=4,
                               prep=((1, "ups_latency"),), per_pointer=(2, 2, 1, 1, 1)),
    (4, 0, "cint32"): StageOps(loads=11, vector_alu=5, move=2, macs_first=4, macs_second=4, out_vectors=4,
                               prep=((2, "ups_latency"),), per_pointer=(4, 4, 1, 1, 1)),
    (4, 1, "cint32"): StageOps(loads=14, vector_alu=8, move=2, macs_first=4, macs_second=4, out_vectors=4,
                               prep=((1, "vector_alu_latency"), (1, "vector_alu_latency"),
                                     (1, "vector_alu_latency")), per_pointer=(8, 2, 2, 2)),
    (4, 2, "cint32"): StageOps(loads=11, vector_alu=10, move=1, macs_first=4, macs_second=6, out_vectors=4,
                               prep=((4, "vector_alu_latency"), (4, "vector_alu_latency"), (1, "ups_latency")),
                               per_pointer=(8, 1, 1, 1)),
}


def _power(n: int) -> int:
    return n.bit_length() - 1


def api_stage(radix: int, vectorization: int) -> int:
    """``fft_get_stage`` of the AIE API on AIE-ML (cint16 twiddles)."""
    if radix == 4:
        return {1: 2, 4: 1}.get(vectorization, 0)
    return {1: 3, 2: 2, 4: 1}.get(vectorization, 0)


@dataclass(frozen=True)
class Stage:
    """One stage call of a frame: ``index`` (0, 2, 4, ... on the even-rounded rank count), radix, AIE API
    specialisation, input and output sample types, trips of its loop."""
    index: int
    radix: int
    spec: int
    in_type: str
    out_type: str
    trips: int


@dataclass(frozen=True)
class FftParams:
    """One kernel of a DSPLib ``fft_ifft_dit_1ch`` graph (window interface, ``TP_PARALLEL_POWER`` 0).

    Attributes:
        data_type, twiddle_type: ``TT_DATA`` / ``TT_TWIDDLE`` of the graph.
        point_size: ``TP_POINT_SIZE``.
        window: ``TP_WINDOW_VSIZE`` (samples per call, a multiple of the point size).
        casc_len: ``TP_CASC_LEN``; position: this kernel's index in the chain (0 = first).
        single_buffer: ADF ``single_buffer`` on the kernel's input and output buffers.
        out_data: ``TT_OUT_DATA`` of the graph (None: ``TT_DATA``), written by the last kernel.
        api: the graph's ``TP_API``, ``"buffer"`` (0) or ``"stream"`` (1): on the stream API the first kernel
            reads its input from the core's input stream and the last writes its output to the core's output
            stream (one stream each on AIE-ML); the windows between the kernels stay buffers (the L2 graph's
            ``create_casc_kernel`` gives the inner connections API 0).
        multi_frame_code_bytes: FFTMF_CHANGE (left off): the benchmark file's PROGRAM_MEMORY of this kernel's build
            minus that of the same graph with one frame a window (0: not known); used only with
            :data:`FFTMF_CHANGE`.
    """
    data_type: str
    twiddle_type: str
    point_size: int
    window: int
    casc_len: int = 1
    position: int = 0
    single_buffer: bool = False
    out_data: str | None = None
    api: str = "buffer"
    multi_frame_code_bytes: int = 0

    def __post_init__(self):
        if (self.data_type, self.twiddle_type) not in DATA_TYPES:
            raise ValueError(f"fft_ifft_dit_1ch: TT_DATA / TT_TWIDDLE = {self.data_type} / {self.twiddle_type} is not "
                             f"modelled (cint32 twiddles and cfloat data have no AIE API FFT stage on AIE-ML, "
                             f"is_valid_fft_op); modelled: {DATA_TYPES}")
        if self.out_data is not None and self.out_data not in OUT_TYPES:
            raise ValueError(f"fft_ifft_dit_1ch: TT_OUT_DATA {self.out_data!r} is not modelled; modelled: {OUT_TYPES}")
        n = self.point_size
        if not isinstance(n, int) or n < 1 or n & (n - 1):
            raise ValueError(f"fft_ifft_dit_1ch: point size must be a power of 2, got {n!r}")
        if not MIN_POINT_SIZE <= n <= MAX_POINT_SIZE:
            raise ValueError(f"fft_ifft_dit_1ch: point size {n} outside [{MIN_POINT_SIZE}, {MAX_POINT_SIZE}] (below: "
                             "the AIE-ML radix-4 minimum of 4 x 8 samples; above: needs TP_PARALLEL_POWER > 0)")
        if not isinstance(self.window, int) or self.window < n or self.window % n:
            raise ValueError(f"fft_ifft_dit_1ch: window {self.window!r} is not a multiple of the point size {n}")
        if not isinstance(self.casc_len, int) or self.casc_len < 1:
            raise ValueError(f"fft_ifft_dit_1ch: casc_len must be >= 1, got {self.casc_len!r}")
        if not 0 <= self.position < self.casc_len:
            raise ValueError(f"fft_ifft_dit_1ch: position {self.position} outside the chain of {self.casc_len}")
        if self.casc_len > self.ceiled_power // 2:
            raise ValueError(f"fft_ifft_dit_1ch: {self.casc_len} kernels for {self.ceiled_power // 2} radix-4 rank "
                             "pairs: a kernel would get no stage")
        if not isinstance(self.single_buffer, bool):
            raise ValueError(f"fft_ifft_dit_1ch: single_buffer must be True or False, got {self.single_buffer!r}")
        if self.api not in INTERFACES:
            raise ValueError(f"fft_ifft_dit_1ch: api must be one of {INTERFACES}, got {self.api!r}")
        if not isinstance(self.multi_frame_code_bytes, int) or self.multi_frame_code_bytes < 0:
            raise ValueError(f"fft_ifft_dit_1ch: multi_frame_code_bytes must be an int >= 0, got "
                             f"{self.multi_frame_code_bytes!r}")
        if self.api == "stream" and self.single_buffer:
            raise ValueError("fft_ifft_dit_1ch: single_buffer with the stream API is not modelled (the harness "
                             "applies it only with API_IO 0)")

    @property
    def power(self) -> int:
        return _power(self.point_size)

    @property
    def ceiled_power(self) -> int:
        """``kPointSizePowerCeiled``: the rank count rounded up to even."""
        return self.power + (self.power % 2)

    @property
    def first_rank(self) -> int:
        """``firstRank``: 1 for an odd power of two (the first stage is radix 2)."""
        return self.ceiled_power - self.power

    @property
    def frames(self) -> int:
        return self.window // self.point_size

    def rank_range(self) -> tuple[int, int]:
        """(start, end) ranks of this kernel on the even-rounded count (the graph's split, module docstring)."""
        end, dim = self.ceiled_power, self.casc_len
        while True:
            per_kernel = max(2, (end // dim // 2) * 2)
            start = 0 if dim == 1 else max(0, end - per_kernel)
            if dim - 1 == self.position:
                return start, end
            end, dim = start, dim - 1

    @property
    def in_type(self) -> str:
        return self.data_type if self.position == 0 else INTERNAL_TYPE

    @property
    def out_type(self) -> str:
        return (self.out_data or self.data_type) if self.position == self.casc_len - 1 else INTERNAL_TYPE

    def stages(self) -> tuple[Stage, ...]:
        """The stage calls of one frame, in order."""
        start, end = self.rank_range()
        out = []
        for s in range(0, self.ceiled_power, 2):
            if not start <= s < end:
                continue
            radix = 2 if s + 1 == self.first_rank else 4
            vectorization = (1 << self.ceiled_power) >> (2 + s)
            tin = self.in_type if s == start else INTERNAL_TYPE
            tout = self.out_type if s == end - 2 else INTERNAL_TYPE
            trips = self.point_size // (radix * OUT_VECTOR_SAMPLES)
            out.append(Stage(s, radix, api_stage(radix, vectorization), tin, tout, trips))
        return tuple(out)

    @property
    def in_interface(self) -> str:
        """``"stream"`` for the first kernel of a stream-API graph, else ``"buffer"``."""
        return self.api if self.position == 0 else "buffer"

    @property
    def out_interface(self) -> str:
        """``"stream"`` for the last kernel of a stream-API graph, else ``"buffer"``."""
        return self.api if self.position == self.casc_len - 1 else "buffer"

    def ports(self) -> tuple[KernelPort, ...]:
        buffers = 1 if self.single_buffer else 2
        return (KernelPort("in", self.in_interface, self.window * sample_type(self.in_type).bytes,
                           buffers if self.in_interface == "buffer" else 2),
                KernelPort("out", self.out_interface, self.window * sample_type(self.out_type).bytes,
                           buffers if self.out_interface == "buffer" else 2))


def stage_slots(st: Stage, t: CoreTiming = AIE_ML_CORE) -> tuple[SlotUse, bool]:
    """(issue slots of one trip, SRS fused into the store) of a stage call (module docstring table).

    Raises:
        ValueError: a stage specialisation whose ops are not in :data:`STAGE_OPS`.
    """
    key = (st.radix, st.spec, st.in_type)
    if key not in STAGE_OPS:
        raise ValueError(f"fft_ifft_dit_1ch: radix-{st.radix} AIE API stage {st.spec} with {st.in_type} input is not "
                         f"costed; costed: {sorted(STAGE_OPS)}")
    o = STAGE_OPS[key]
    stores_per_vector = -(-OUT_VECTOR_SAMPLES * sample_type(st.out_type).bytes // t.store_bytes)
    fused = t.srs_fuses_into_store(64, sample_type(st.out_type).part_bits)
    return SlotUse(load_any=o.loads, vector_alu=o.vector_alu, move=o.move + (0 if fused else o.out_vectors),
                   mac=o.macs_first + o.macs_second, store=o.out_vectors * stores_per_vector), fused


def stage_cost(st: Stage, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int, int]:
    """(cycles, II, depth) of one stage call (module docstring).

    Raises:
        ValueError: a stage specialisation whose ops are not in :data:`STAGE_OPS`.
    """
    slots, fused = stage_slots(st, t)
    o = STAGE_OPS[(st.radix, st.spec, st.in_type)]
    ii = resource_ii(slots, t)
    load_issue = -(-o.loads // t.load_slots)
    if FFT_SAME_POINTER:
        # SAME_POINTER_CHANGE (module docstring): a pointer's loads in different cycles
        load_issue = same_pointer_load_cycles(o.per_pointer, t)
        ii = max(ii, load_issue)
    steps = [(load_issue, t.vload_latency)]
    steps += [(n, getattr(t, lat)) for n, lat in o.prep]
    steps.append((o.macs_first, t.vmac_latency))
    if o.macs_second:
        steps.append((o.macs_second, t.vmac_latency))
    if not fused:
        steps.append((o.out_vectors, t.srs_latency))
    steps.append((slots.store, 0))
    depth = critical_path(*steps)
    cycles = loop_cycles(st.trips, ii, depth, pipelined=True)
    if st.trips > 1 and not unrolled_inner_loop(st.trips):
        cycles += loop_setup_cycles(t, st.trips)
    return cycles, ii, depth


#: FENCE_CHANGE (post-blind change on the held-out case C20): ``stockhamStages::calc`` (static point size) puts
#: ``chess_memory_fence()`` before every stage call only ``if constexpr (TP_WINDOW_VSIZE <= 64)`` (samples).
FENCE_MAX_WINDOW = 64


def fenced(p: FftParams) -> bool:
    """Whether the kernel's stage calls are separated by ``chess_memory_fence()`` (FENCE_CHANGE)."""
    return p.window <= FENCE_MAX_WINDOW


def straight_line_frame(p: FftParams) -> bool:
    """Whether a frame's body is straight-line code (every stage loop of one trip or unrolled,
    :func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop`): the frame loop is then the innermost loop, the one
    its ``chess_prepare_for_pipelining`` software-pipelines."""
    return all(st.trips == 1 or unrolled_inner_loop(st.trips) for st in p.stages())


def stage_buffers(p: FftParams) -> tuple[tuple[str, str], ...]:
    """(buffer read, buffer written) of each stage call of a frame, as ``calc`` / ``opt_int_stage`` assign them:
    the first stage reads the ``__restrict`` input window pointer (``"in"``, the frame's own slice), the last
    writes the ``__restrict`` output pointer (``"out"``), the others ping-pong through ``tmp_bufs[0]``
    (``"tmp1"``) and ``tmp_bufs[1]`` (``"tmp2"``), first stage writing ``tmp_bufs[0]``.

    FENCE_CHANGE assumption (chosen after the C20 figures, see :func:`frame_loop_cycles`): a ``tmp_bufs`` entry
    counts as the same buffer in every frame, even where the source points it at the frame's own slice of a
    window (``tmp_bufs[1]`` = the input window for cint32 data, ``fnUsePingPongIntBuffer``; ``tmp_bufs[0]`` = the
    output window for cint32 output and an odd number of rank pairs, ``fnReuseOutputBuffer``): the pointers reach
    the stages through the ``tmp_bufs`` array, without ``__restrict``, so the compiler is taken not to separate
    consecutive frames' slices."""
    tmp = ("tmp1", "tmp2")
    n = len(p.stages())
    ping, out = 1, []
    for j in range(n):
        out.append(("in" if j == 0 else tmp[ping], "out" if j == n - 1 else tmp[1 - ping]))
        ping = 1 - ping
    return tuple(out)


def frame_loop_cycles(p: FftParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Cycles of the frame loop's body over a call's frames, without the loop set-up (FENCE_CHANGE).

    Serial (frames x the stage chain), as before the change, when the stages are fenced
    (:func:`fenced`) or a frame holds a stage loop (:func:`straight_line_frame` false: the stage loops are
    the pipelined ones). Otherwise the frame loop is software-pipelined and consecutive frames' stage chains
    may overlap, at the model's own granularity, the stage call: a stage of frame ``f`` starts when the
    frame's previous stage has ended (it reads what that one stored) and every stage of an earlier frame that
    touches one of its buffers (:func:`stage_buffers`: the shared ``tmp1`` / ``tmp2``; a frame's own slices of
    the windows are disjoint from other frames') with a write on either side has ended; and frame ``f``'s first
    stage starts at least the resource bound of one frame's ops (each slot's ops of all stage trips,
    :func:`~aiesim_py.isa.timing.resource_ii`) after frame ``f - 1``'s. The result is the last stage's end.
    Stages running side by side are taken to fit in each other's idle slots (the straight-line stages are
    latency-bound: depth 21-47 cycles against resource IIs of 4-10); only that per-frame bound is checked.

    With three stages (a 32-point FFT on one kernel) the next frame's first stage (input -> ``tmp1``) runs beside
    this frame's last (``tmp2`` -> output): 90 cycles a frame instead of 115 (cint16). With two (the first kernel
    of two) the next frame's first stage writes ``tmp1`` that this frame's last reads: no overlap. A one-stage
    kernel (input -> output) starts a frame every resource bound (10 cycles). Source: the fence condition and the
    buffer assignment (module docstring files @0d8795bc); the stage-level granularity and the buffer identities
    (:func:`stage_buffers`) are the model's, not a public source. Tried first, with the slices counted as each
    frame's own (so cint32 data's second stage, writing the input slice, would not wait for the previous frame's
    last stage): 69 cycles a frame for cint32 data on one kernel where ~91 are measured; C20 125 of 182 within
    10 % instead of 131 with :func:`stage_buffers` as it is."""
    stages = p.stages()
    costs = [stage_cost(st, t)[0] for st in stages]
    if fenced(p) or not straight_line_frame(p) or p.frames == 1:
        return p.frames * sum(costs)
    frame_slots = SlotUse()
    for st in stages:
        frame_slots = frame_slots + stage_slots(st, t)[0].scaled(st.trips)
    res_ii = resource_ii(frame_slots, t)
    bufs = stage_buffers(p)
    shared = {"tmp1", "tmp2"}

    def conflict(a: tuple[str, str], b: tuple[str, str]) -> bool:
        (ra, wa), (rb, wb) = a, b
        return bool(shared & ({wa} & {rb, wb} | {ra} & {wb}))

    end: dict[tuple[int, int], int] = {}
    first_start = 0
    for f in range(p.frames):
        for j, c in enumerate(costs):
            begin = end[(f, j - 1)] if j else (first_start + res_ii if f else 0)
            for (g, k), e in end.items():
                if g < f and conflict(bufs[k], bufs[j]):
                    begin = max(begin, e)
            if j == 0:
                first_start = begin
            end[(f, j)] = begin + c
    return max(end.values())


def stream_read_loop(p: FftParams, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int]:
    """(loop cycles, 32-bit words) of ``readStreamIn`` (single input stream, static point size: AIE-ML's
    ``__STREAMS_PER_TILE__`` 1): one pipelined loop over the window's 256-bit vectors, a trip one
    ``readincr_v`` of 8 stream words (one ``get_ss`` a cycle, inserted into the vector, as
    :mod:`aiesim_py.kernels.widget_api_cast`'s stream read) and one 256-bit store into the kernel's ``inBuff``.
    (0, 0) when the kernel's input is a buffer."""
    if p.in_interface != "stream":
        return 0, 0
    nbytes = p.window * sample_type(p.in_type).bytes
    trips, words = nbytes // STREAM_VECTOR_BYTES, STREAM_VECTOR_BYTES // STREAM_WORD_BYTES
    ii = resource_ii(SlotUse(store=1), t, recurrence=words)
    depth = critical_path((words, 1), (1, t.vector_alu_latency), (1, 0))
    return loop_cycles(trips, ii, depth, pipelined=True) + loop_setup_cycles(t, trips), nbytes // STREAM_WORD_BYTES


def stream_write_loop(p: FftParams, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int]:
    """(loop cycles, 32-bit words) of ``writeStreamOut`` (single output stream): one pipelined loop over the
    ``outBuff`` 256-bit vectors, a trip one load and a ``writeincr`` of 8 words
    (:func:`~aiesim_py.isa.timing.stream_write`: per word a move-slot extract and a store-slot ``mov ms``).
    (0, 0) when the kernel's output is a buffer."""
    if p.out_interface != "stream":
        return 0, 0
    nbytes = p.window * sample_type(p.out_type).bytes
    trips, words = nbytes // STREAM_VECTOR_BYTES, STREAM_VECTOR_BYTES // STREAM_WORD_BYTES
    put, bound = stream_write(words)
    ii = resource_ii(SlotUse(load_any=1) + put, t, recurrence=bound)
    depth = critical_path((1, t.vload_latency), (1, t.vector_alu_latency), (words, 0))
    return loop_cycles(trips, ii, depth, pipelined=True) + loop_setup_cycles(t, trips), nbytes // STREAM_WORD_BYTES


def multi_frame_code_cycles(p) -> int:
    """FFTMF_CHANGE (:data:`FFTMF_CHANGE`, an inference, left off): the cycles a call of two or more frames spends once
    in the extra code of its build, ``p.multi_frame_code_bytes`` / :data:`BUNDLE_BYTES`; 0 with the flag off, for a
    one-frame call or an unknown byte count. ``p`` is a :class:`FftParams` or a
    ``kernels.mixed_radix_fft.MixedRadixFftParams`` (both have ``frames`` and ``multi_frame_code_bytes``)."""
    if not FFTMF_CHANGE or p.frames < 2:
        return 0
    return p.multi_frame_code_bytes // BUNDLE_BYTES


def fft_ifft_dit_1ch_cycles(p: FftParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): frames x (stages one after the other) + frame-loop set-up + the
    ADF wrapper of two buffers (+ the multi-frame build's extra code, :func:`multi_frame_code_cycles`, with
    :data:`FFTMF_CHANGE`, left off).

    Stream API (``FftParams.api`` "stream"; the stream ``fftMain`` overloads of ``fft_ifft_dit_1ch.cpp``
    @0d8795bc): the call reads the whole window from the input stream into the kernel's ``inBuff``
    (:func:`stream_read_loop`), ``chess_memory_fence()``, runs the same ``kernelFFT`` frame loop on it into
    ``outBuff``, ``chess_memory_fence()``, then writes ``outBuff`` to the output stream
    (:func:`stream_write_loop`): three phases one after the other. For the timing model
    (:mod:`aiesim_py.sim.timing.stream_ports`) such a call is one trip whose ``depth`` is the input words (one a
    cycle, as they arrive), the rest of the read loop, the FFT, the write loop's fill and the output words (one
    a cycle); the ADF wrapper takes locks for the buffer ports only."""
    costs = [stage_cost(st, t) for st in p.stages()]
    per_frame = sum(c for c, _, _ in costs)
    loop = frame_loop_cycles(p, t) + loop_setup_cycles(t, p.frames) + multi_frame_code_cycles(p)
    buffers = sum(q.interface == "buffer" for q in p.ports())
    call = adf_call_overhead(t, buffers)
    if buffers < len(p.ports()):
        read, words_in = stream_read_loop(p, t)
        write, words_out = stream_write_loop(p, t)
        body = read + loop + write
        # the output words leave one a cycle at the end of the write loop; the first after its fill
        first_out = call // 2 + body - words_out
        return KernelCost(total_cycles=body + call, loop_cycles=body, call_overhead_cycles=call, ii_cycles=body,
                          depth_cycles=body, trips=1, pipelined=False,
                          function_cycles=body + call - 2 * buffers * t.lock_op_cycles,
                          first_output_cycles=first_out)
    ii = max(i for _, i, _ in costs)
    last_cycles, _, last_depth = costs[-1]
    deepest = max(d for _, _, d in costs)   # one stage trip's critical path (the stages run one after the other)
    first_out = call // 2 + per_frame - last_cycles + last_depth
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=deepest, trips=p.frames * sum(st.trips for st in p.stages()), pipelined=True,
                      function_cycles=loop + call - 2 * len(p.ports()) * t.lock_op_cycles,
                      first_output_cycles=first_out)
