"""Direct digital synthesis and mixer (DSPLib ``dds_mixer_lut``, the look-up-table DDS), AIE-ML, buffer
interface, one kernel; costed for ``TT_DATA = cint16``, mixer modes 1 and 2, no run-time phase ports.

Mixer mode 1: ``out[n] = in0[n] * dds[n]``; mode 2: ``out[n] = in0[n] * dds[n] + in1[n] * conj(dds[n])``;
``dds[n] = exp(j * 2 pi * phase[n] / 2^32)``, ``phase[n] = phaseOffset + n * phaseInc`` (32-bit accumulator).

Which kernel runs on AIE-ML (read, facts only, no code taken, in Xilinx/Vitis_Libraries @0d8795bc):
``dsp/L1/include/aie/device_defs.h`` sets ``__SINCOS_IN_HW__`` to 1 on AIE1 only ("SINCOS scalar intrinsic
present in hw in AIE1 but not in AIE2"); every ``USE_INBUILT_SINCOS`` kernel body in
``dsp/L1/src/aie/dds_mixer.cpp`` is inside ``#if __SINCOS_IN_HW__ == 1``, and
``dsp/L2/include/aie/dds_mixer_graph.hpp`` static_asserts ``__SINCOS_IN_HW__ == 1`` ("This device does not
support this implementation of the DDS. Please use the dds_mixer_lut library element"). So on AIE-ML only
``dds_mixer_lut_graph.hpp`` builds: ``dds_mixer<..., USE_LUT_SINCOS, t_kNumLUTs, ...>`` with ``t_kNumLUTs =
TP_SFDR <= 60 ? 1 : TP_SFDR <= 120 ? 2 : 3`` tables, the tables (``sincosLUTCoarse32`` / ``Fine32`` /
``Finer32``, 1024 cint32 entries each, ``dds_luts.h``) bound to the kernel as graph parameters (tile
memory, no per-call copy); :attr:`DdsMixerParams.sincos` ``"inbuilt"`` is refused for that reason.

The LUT kernel (``kernelDdsMixerClass<..., USE_LUT_SINCOS, ...>::ddsKernel``, ``dds_mixer.cpp``; lanes from
``dds_mixer_traits.hpp`` ``ddsMulVecScalarLanes<cint16, USE_LUT_SINCOS>`` = 8 without
``__SUPPORTS_CFLOAT__``, i.e. AIE-ML; ``dds_mixer.hpp``: ``m_kDOutEachLoop = 8 * 8``, ``m_kLoopCount =
TP_INPUT_WINDOW_VSIZE / 64``, the window a multiple of 64): one ``chess_prepare_for_pipelining`` loop of
``window / 64`` trips; per trip

* ``computeDDSOut`` (``dds_mixer_utils.hpp``): per table ``i`` the index ``(phase >> (32 - 10 (i + 1))) &
  0x3FF`` and one cint32 read ``sincosLUT[i][index]`` into lane 0 of a 4-lane cint32 vector; one table:
  ``from_vector`` into a 4-lane cacc64; two tables: ``aie::mul`` of the two cint32 vectors (cacc64); three
  tables: a further SRS and cint32 x cint32 multiply (not costed: SFDR > 120 is a cint32 setting);
* ``sincos = ddsOutLUT.to_vector<cint16>(shift)[0]``; ``dds_acc = aie::mul(sincos, bRotVec)`` (the scalar
  times the 8 "big fan" rotations, one per 8 samples); ``ddsOutInter = to_vector<cint16>(15)``;
* 8 unrolled steps (``#pragma unroll m_kNumLanes``), each 8 samples: ``dds_acc = aie::mul(sRotVec,
  ddsOutInter[cyc])`` (the "small fan" rotations times one lane), one input vector, ``mixer_acc =
  aie::mul(in0, dds_acc.to_vector<cint16>(15))``; mode 2 also ``aie::conj`` of that vector, the second
  input vector and ``aie::mac(mixer_acc, in1, conj)``; ``*out++ = mixer_acc.to_vector<cint16>(16)``;
* ``m_phaseIndex += m_perCyclePhaseInc`` (the only loop-carried value: one scalar add).

Ops (AIE-ML, the project's slot model, :mod:`aiesim_py.isa.timing`):

* table read, per table: index ``>>``, ``&`` and the byte offset ``* 8`` (3 scalar ALU ops), the offset
  into the address generator (one pointer-file MOV, move slot, as kernels.func_approx), two 32-bit scalar
  loads (LDA, load unit A, latency 7: the cint32 entry's two halves, as kernels.func_approx reads its
  cint32 table entries) and one insert into the vector (move slot; assumption: one op for the 64-bit
  element, latency ``vector_alu_latency``);
* one table: VUPS (move) then VSRS to cint16 (move); two tables: the cint32 x cint32 block of
  :data:`aiesim_py.kernels.hadamard.EMULATED_MUL` (2 VSHUFFLE + 2 chained VMUL/VMAC) then VSRS (move);
* ``aie::mul(scalar, vector)`` / ``aie::mul(vector, lane)``: one 32-bit extract-broadcast (vector-ALU, as
  kernels.matrix_vector_mul counts a 32-bit scalar: llvm-aie folds ``vbroadcast32(vextract_elem32)``) and one
  VMUL (8 cint16 x cint16 lanes: 32 16x16 products, one VMUL); the SRS of a product that feeds another
  multiply goes to a register (move slot), the output's SRS fuses into the store (cacc32 -> cint16,
  :meth:`CoreTiming.srs_fuses_into_store`);
* ``aie::conj`` of 8 cint16 (AIE API ``detail/aie2/conj.hpp``, jgmelber/aie_api @2a408059: one ``::addsub``
  of a zero vector and the 256-bit vector grown to 512 bits): one vector-ALU op;
* input vectors (256 bits, one per step per input) on either load unit, one store per step.

Per trip (T tables, mode m): MAC 1 + 8 (m + 1) (+ 2 for T = 2), vector ALU 1 + 8 + 8 (m - 1) (+ 2), move
2T + 2 + 8 (+ 1 for T = 1), load A 2T, vector loads 8m, store 8, scalar 3T + 1: II = the busiest (the MAC
slot: 17 / 19 cycles for mode 1, 25 / 27 for mode 2, per 64 samples). Depth: the table read chain (index ->
MOV -> LDA -> insert -> UPS or the cint32 block -> SRS), the big-fan multiply (broadcast -> VMUL -> SRS), then
the 8 steps: broadcast -> VMUL -> SRS -> the steps' 8m mixer multiplies issued one per cycle -> store.
A loop of one trip (64 samples) is straight-line code; more trips pay
:func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`.

Trips one after the other (:data:`SERIAL_TRIPS`, ``SERIAL_TRIPS_CHANGE``, made AFTER seeing C24's blind errors,
validation/cases_c24.py; no public source states it): the blind model software-pipelined the loop at the slot bound
(II 17 / 19 / 25 / 27 cycles per 64 samples), 2.5-4x faster than the measured per-64-sample slopes of the
kernel-bound rows (about 41-45, 65-71, 83 and 91 cycles for mode 1 / SFDR 40, mode 1 / 80, mode 2 / 40, mode 2 / 80,
read from the throughputs of consecutive windows), which sit near one trip's dependence chain (56 / 70 / 64 / 78).
So each trip now starts when the previous one ends (``trips x depth``). The mechanism first guessed (the member phase accumulator ``m_phaseIndex``
re-read after the trip's output stores) is NOT supported by the source: a review found every data pointer of the
loop ``__restrict`` (``dds_mixer.cpp`` @0d8795bc, the LUT ``ddsKernel`` bodies and ``ddsWriteOp``) and the only value
carried between trips one scalar add, so neither a memory-carried nor a long register dependence follows from it.
What is left is that the compiler does not software-pipeline this loop (``chess_prepare_for_pipelining`` only asks
for it); no public source says so, and this rule stays a labelled, unsourced assumption. Supporting evidence found
later (session 13, validation/cases_c24.py ``KERNEL_TIME_DIAGNOSTIC``; evidence, not a mechanism): in the same
benchmark's PROGRAM_MEMORY column the loop costs only 48-64 code bytes over the one-trip (straight-line) kernel for
mode 1 / SFDR 80 and both mode-2 configurations (loop set-up only, no prologue / epilogue copies), but 272-320 bytes
for mode 1 / SFDR 40, the one configuration whose measured second trip (~41 cycles) is shorter than its one-trip
body (~60): that loop is pipelined, the others are not. Which loops the compiler pipelines is not modelled. ``SERIAL_TRIPS = False`` gives the blind model. The call adds the ADF wrapper of its buffers
(:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`); the per-call preamble (two 256-bit fan loads from
the kernel object, the table pointers, rounding / saturation mode writes) is taken as hidden in it
(assumption). The constructor's fan set-up runs once, before the first call (not costed).

Not modelled (:class:`DdsMixerParams` refuses them): the inbuilt-sincos DDS (not built on AIE-ML, above);
cint32 data (its mixer multiplies are cint32 x cint32, emulated, and its output SRS differ: not costed
here); mixer mode 0 (DDS only: no input port, so DSPLib's latency is -1 and the harness reads the output
side; not costed); stream interface (TP_API 1: 32-bit core stream words); SSR > 1; the run-time phase ports
(TP_USE_PHASE_RELOAD / TP_USE_PHASE_INC_RELOAD: async RTP reads or a phase-offset iobuffer per call, and an
``updatePhaseInc`` when the increment changes); three tables (SFDR > 120, cint32 only).
No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.hadamard import EMULATED_MUL
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         pipelined_loop_setup_cycles, sample_type)

TEMPLATE = None
KIND = "dds_mixer"
LANES = 8                       # ddsMulVecScalarLanes<cint16 / cint32, USE_LUT_SINCOS> without __SUPPORTS_CFLOAT__
SAMPLES_PER_TRIP = LANES * LANES    # m_kDOutEachLoop
DATA_TYPES = ("cint16", "cint32")
SINCOS_MODES = ("lut", "inbuilt")
#: trips one after the other instead of software pipelined (module docstring; SERIAL_TRIPS_CHANGE, made after
#: seeing C24's blind errors, no public source); False gives the blind model
SERIAL_TRIPS = True
#: the cint32 x cint32 multiply of two 4-lane table vectors (two tables): kernels.hadamard's block
_C32_BLOCK = EMULATED_MUL[(True, 32, False, True, 32, False)]


def num_luts(sfdr: int) -> int:
    """``t_kNumLUTs`` of dds_mixer_lut_graph.hpp: 1 table up to 60 dB, 2 up to 120 dB, else 3."""
    return 1 if sfdr <= 60 else 2 if sfdr <= 120 else 3


@dataclass(frozen=True)
class DdsMixerParams:
    """One DSPLib DDS / mixer kernel (buffer interface, one kernel).

    Attributes:
        data_type: ``TT_DATA`` (only cint16 is costed).
        mixer_mode: ``TP_MIXER_MODE`` 0 / 1 / 2 (1 and 2 costed).
        window: ``TP_INPUT_WINDOW_VSIZE`` samples per call (a multiple of 64).
        sfdr: ``TP_SFDR`` in dB (sets the number of tables, :func:`num_luts`).
        interface: ``"buffer"`` (TP_API 0; costed) or ``"stream"`` (TP_API 1).
        ssr: ``TP_SSR`` (1 costed).
        phase_reload / phase_inc_reload: ``TP_USE_PHASE_RELOAD`` / ``TP_USE_PHASE_INC_RELOAD`` (0 costed).
        single_buffer: ADF ``single_buffer()`` on the data ports (the benchmark's SINGLE_BUF).
        sincos: ``"lut"`` (dds_mixer_lut) or ``"inbuilt"`` (dds_mixer, AIE1's sincos; refused on AIE-ML).
    """
    data_type: str
    mixer_mode: int
    window: int
    sfdr: int = 90
    interface: str = "buffer"
    ssr: int = 1
    phase_reload: bool = False
    phase_inc_reload: bool = False
    single_buffer: bool = False
    sincos: str = "lut"

    def __post_init__(self):
        if self.sincos not in SINCOS_MODES:
            raise ValueError(f"dds_mixer: sincos must be one of {SINCOS_MODES}, got {self.sincos!r}")
        if self.sincos == "inbuilt":
            raise ValueError("dds_mixer: the inbuilt-sincos DDS (dds_mixer_graph) does not build on AIE-ML: "
                             "device_defs.h __SINCOS_IN_HW__ is 0 there and dds_mixer_graph.hpp static_asserts it "
                             "is 1 ('Please use the dds_mixer_lut library element')")
        if self.data_type not in DATA_TYPES:
            raise ValueError(f"dds_mixer: TT_DATA {self.data_type!r} is not an AIE-ML dds_mixer_lut type; use one of "
                             f"{', '.join(DATA_TYPES)} (cfloat is AIE1 only)")
        if self.data_type == "cint32":
            raise ValueError("dds_mixer: cint32 is not modelled: its mixer multiplies are cint32 x cint32 "
                             "(emulated on AIE-ML) with cacc64 SRS not costed here; modelled: cint16")
        if self.mixer_mode not in (0, 1, 2):
            raise ValueError(f"dds_mixer: TP_MIXER_MODE must be 0, 1 or 2, got {self.mixer_mode!r}")
        if self.mixer_mode == 0:
            raise ValueError("dds_mixer: mixer mode 0 (DDS only) is not modelled: no input port (DSPLib's latency "
                             "is -1, the harness times the output side); modelled: modes 1 and 2")
        if not isinstance(self.window, int) or self.window < SAMPLES_PER_TRIP or self.window % SAMPLES_PER_TRIP:
            raise ValueError(f"dds_mixer: TP_INPUT_WINDOW_VSIZE must be a positive multiple of {SAMPLES_PER_TRIP} "
                             f"on AIE-ML (dds_mixer.hpp static_assert), got {self.window!r}")
        if self.interface not in ("buffer", "stream"):
            raise ValueError(f"dds_mixer: interface must be 'buffer' or 'stream', got {self.interface!r}")
        if self.interface == "stream":
            raise ValueError("dds_mixer: the stream interface (TP_API 1) is not modelled: per 8 samples the core "
                             "reads and writes 32-bit stream words; modelled: buffers (TP_API 0)")
        if self.ssr != 1:
            raise ValueError(f"dds_mixer: TP_SSR {self.ssr} is not modelled (one kernel per graph only)")
        if self.phase_reload or self.phase_inc_reload:
            raise ValueError("dds_mixer: run-time phase ports (TP_USE_PHASE_RELOAD / TP_USE_PHASE_INC_RELOAD) are "
                             "not modelled: an async RTP read or a phase-offset iobuffer per call, and "
                             "updatePhaseInc when the increment changes")
        if not isinstance(self.sfdr, int) or self.sfdr <= 0:
            raise ValueError(f"dds_mixer: TP_SFDR must be a positive integer (dB), got {self.sfdr!r}")
        if self.sfdr >= 96 and self.data_type == "cint16":
            raise ValueError("dds_mixer: TP_SFDR >= 96 dB needs cint32 (dds_mixer_lut_graph.hpp static_assert)")
        if not isinstance(self.single_buffer, bool):
            raise ValueError("dds_mixer: single_buffer must be True or False")

    @property
    def luts(self) -> int:
        return num_luts(self.sfdr)

    @property
    def trips(self) -> int:
        """``m_kLoopCount``: 64 samples per trip."""
        return self.window // SAMPLES_PER_TRIP

    def ports(self) -> tuple[KernelPort, ...]:
        nbytes = self.window * sample_type(self.data_type).bytes
        buffers = 1 if self.single_buffer else 2
        ins = tuple(KernelPort("in", "buffer", nbytes, buffers) for _ in range(self.mixer_mode))
        return ins + (KernelPort("out", "buffer", nbytes, buffers),)


@dataclass(frozen=True)
class TripOps:
    slots: SlotUse
    depth: int


def trip_ops(p: DdsMixerParams, t: CoreTiming = AIE_ML_CORE) -> TripOps:
    """One trip of the loop (64 samples; module docstring)."""
    n, m, steps = p.luts, p.mixer_mode, LANES
    if n == 1:
        lut_mac, lut_valu, lut_move = 0, 0, 1                       # VUPS into the 4-lane cacc64
        lut_chain = [(1, t.ups_latency)]
    else:
        lut_mac, lut_valu, lut_move = _C32_BLOCK.macs, _C32_BLOCK.shuffles, 0
        lut_chain = [(_C32_BLOCK.shuffles, t.vector_alu_latency),
                     (1, (_C32_BLOCK.macs - 1) * t.acc_chain_ii), (1, t.vmac_latency)]
    slots = SlotUse(
        load_a=2 * n,                                   # two 32-bit LDA per table entry
        load_any=steps * m,                             # one 256-bit input vector per step per input
        store=steps,                                    # VST.SRS of each step's output vector
        mac=lut_mac + 1 + steps * (1 + m),              # table product, big fan, per step: fan + m mixer
        vector_alu=lut_valu + 1 + steps + steps * (m - 1),  # broadcasts (1 + 8), mode 2: conj per step
        move=2 * n + lut_move + 1 + 1 + steps,          # MOV + insert per table, [UPS], 2 SRS, SRS per step
        scalar=3 * n + 1)                               # index shift / and / scale per table, phase add
    depth = critical_path(
        (3 * n, t.scalar_alu_latency), (n, t.pointer_move_latency), (2 * n, t.scalar_load_latency),
        (n, t.vector_alu_latency), *lut_chain,
        (1, t.srs_latency),                              # sincos to cint16
        (1, t.vector_alu_latency), (1, t.vmac_latency), (1, t.srs_latency),      # big fan -> ddsOutInter
        (1, t.vector_alu_latency), (1, t.vmac_latency), (1, t.srs_latency),      # first step's fan
        (steps * m, t.vmac_latency),                     # the steps' mixer multiplies, one per cycle
        (1, 0))                                          # the last store
    return TripOps(slots, depth)


def dds_mixer_cycles(p: DdsMixerParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): one loop of ``window / 64`` trips (one after the other,
    :data:`SERIAL_TRIPS`; the blind model pipelined them at the slot bound) + ADF wrapper."""
    ops = trip_ops(p, t)
    ii = resource_ii(ops.slots, t, recurrence=t.scalar_alu_latency)   # the phase accumulator
    trips = p.trips
    pipelined = trips > 1 and not SERIAL_TRIPS
    setup = pipelined_loop_setup_cycles(trips, ii, ops.depth, t) if pipelined else loop_setup_cycles(t, trips)
    loop = loop_cycles(trips, ii, ops.depth, pipelined=pipelined) + setup
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=ops.depth, trips=trips, pipelined=pipelined,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + ops.depth)
