"""Half-band interpolation FIR (DSPLib ``fir_interpolate_hb``) on AIE-ML: the ``fir_interpolate_hb_asym`` kernel,
buffer interface (TP_API 0), cint16 data x int16 coefficients, one SSR phase, one polyphase path
(TP_PARA_INTERP_POLY 1), ``TP_CASC_LEN`` kernels in a cascade, interpolation factor 2 (fixed).

Accuracy: against DSPLib's AIE-ML benchmark (validation case C31, 16 rows, blind) every figure was too fast: 0 of 32
within 10 %, median |error| 43.9 %; lone kernels ~27 % high in throughput, cascades 41-91 % high. After
kernels.fir_sr_asym's ACC_MOVE_CHANGE 0 of 32 (median 36.2 %); after :data:`ITER_ALIAS` (ITER_ALIAS_CHANGE, made after
seeing those errors: the output kernel's input vectors do not overlap, the source's circular iterators being
non-``__restrict``) 26 of 32, median 5.5 %; the 6 outside are IncLoads output kernels of 4-5 sliding MACs, now
10-14 % slow.

Which kernel (read, facts only, no code taken; Xilinx/Vitis_Libraries @0d8795bc): ``fir_interpolate_hb_graph.hpp``
(stored version id 1552994387) with TP_PARA_INTERP_POLY 1 builds, outside ``__HAS_SYM_PREADD__ == 1`` (so on
AIE-ML), ``aiemllastSSRKernel::create_connections(..., "fir_interpolate_hb_asym.cpp")`` with ``aiemllastSSRKernel =
ssr_kernels<aieml_ssr_params, interpolate_hb_asym::fir_interpolate_hb_asym_tl>`` (``BTP_FIR_LEN = TP_FIR_LEN``,
``BTP_INPUT_WINDOW_VSIZE = WINDOW / SSR``), the same ``fir_graph_utils.hpp`` helpers as fir_sr_asym / fir_decimate_hb.
Kernel source read: ``dsp/L1/src/aie/fir_interpolate_hb_asym.cpp`` (``filterKernel``, ``filterSelectArch``,
``filterBasic``, ``filterIncLoads``), ``dsp/L1/include/aie/fir_interpolate_hb_asym.hpp`` (class constants, the
architecture choice, ``firReload``, ``fir_interpolate_hb_asym_tl::getKernelFirRangeLen``),
``fir_interpolate_hb_traits.hpp`` (``kInterpolateFactor`` 2, ``fnNumSymLanesIntHb`` / ``fnNumSymColsIntHb``) and
``fir_interpolate_hb_utils.hpp`` (``T_accAsymIntHb``, ``mulCentreTap1buffIntHb``, ``writeOutputSel`` /
``writeOutputIntHb``):

* lanes: ``fnNumSymLanesIntHb<.., TP_API 0>`` is ``fnNumLanes`` on AIE-ML (the ``__MIN_REGSIZE__ != 128`` branch):
  16 for cint16 x int16, columns ``fnNumCols384`` = 4; the accumulator ``T_accAsymIntHb<.., TP_API 0>`` is
  ``T_acc`` (the 16-lane cacc64 of fir_sr_asym, NOT the decimator's 8-lane ``T_acc384``: only TP_API 1 takes
  ``T_acc384``). So the high-polyphase MACs (``sr_asym::initMacSrAsym`` / ``macSrAsym``) are C17's
  ``sliding_mac<16, 4>`` (:data:`~aiesim_py.kernels.fir_sr_asym.SLIDING`, fir_sr_asym's accumulator folding rule
  ``ACC_UNZIP``), and the centre tap is ``aie::sliding_mul<16, 4>`` on the same ``sbuff`` with a 256-bit register
  of the centre tap and zeros (``m_phaseTwoTap``, loaded once before the loop): one more sliding MAC's ops;
* taps: the cascade splits FIR_LEN with ``fnFirRange`` / ``fnFirRangeRem<FIR_LEN, CASC_LEN, pos, 2>`` (the
  decimator's rule: :class:`~aiesim_py.kernels.fir_decimate_hb.FirDecimateHbParams` ``range_len`` /
  ``range_offset`` / ``taps``, imported); kernel ``pos`` keeps ``m_kNumTaps`` = R / 2 high-polyphase taps
  ((R + 1) / 2 on the last kernel), zero-padded to the columns (``m_kFirLenCeilCols = CEIL(taps, 4)``);
* the centre tap (``m_kHasCT``): kernel position ``CASC_LEN / 2`` for even AND odd CASC_LEN (unlike the decimator's
  ``CASC_LEN / 2 - 1`` for even), position 0 of a lone kernel; every other kernel passes ``accLowPolyPhase`` from
  its cascade input to its cascade output untouched;
* offsets: ``m_kFirAsymTaps = (FIR_LEN + 1) / 2``, ``m_kFirMarginLen = fnFirMargin<m_kFirAsymTaps>`` =
  ``CEIL(.., 8)``, ``m_kFirMarginOffset = m_kFirMarginLen - m_kFirAsymTaps + 1``, ``m_kFirInitOffset =
  m_kFirMarginOffset + fnFirRangeOffset<.., 2> / 2``, ``m_kDataBuffXOffset`` its remainder mod 8 (256-bit window
  access), ``m_kXDataLoadInitOffset`` the rest; the kernel's input margin is ``fnFirMargin<FIR_LEN / 2>`` (the
  ``filter`` port's ``margin<>``, also the ``windowBroadcast`` size past the window);
* architecture (``m_kArch``): TP_API 0 takes ``kArchBasic`` when ``m_kTotDataNeededPerOp = taps + xoff + 2 x 8 - 1``
  exceeds the 32 samples of the 1024-bit ``sbuff``, else ``kArchIncLoads``;
* Basic (``filterBasic``): ``m_kLsize = WINDOW / 16`` trips (``chess_prepare_for_pipelining``), one 16-sample
  input vector each (32 output samples): a 256-bit coefficient load (``coe0``) and one more each time
  ``op % 16 == 0`` past op 0; two cascade reads (``accHighPolyPhase``, ``accLowPolyPhase``; if any);
  ``m_kInitialLoads = CEIL(xoff + 16 + 4 - 1, 8) / 8`` 256-bit data loads, then one more each time ``dataNeeded``
  (from ``xoff + 16 - 1 + 4``, + 4 per op) exceeds the loaded samples (fir_sr_asym's Basic rule); one sliding MAC
  per 4 taps at data start ``op + xoff`` and coefficient start ``op % 16``; the centre-tap ``sliding_mul`` (CT
  kernel) at data start ``ctPos = (m_kFirMarginLen - m_kXDataLoadInitOffset - FIR_LEN / 4) % 32``; two cascade
  writes, or the output;
* IncLoads (``filterIncLoads``): ``m_kInitialLoads - 2`` loads once before the loop (``m_kInitialLoads =
  CEIL(m_kTotDataNeededPerOp, 8) / 8``), then ``WINDOW / 16 / 4`` trips of 4 unrolled 16-sample vectors
  (``strobe``), each with two 256-bit loads, its coefficient loads, the sliding MACs at data start
  ``strobe x 16 + op + xoff``, the centre tap at ``ctPos + strobe x 16`` and its cascade / output writes;
* output (``writeOutputSel`` -> ``writeOutputIntHb``, the cint16 x int16 branch): ``to_vector`` (SRS) of both
  accumulators, one ``aie::interleave_zip`` of the two 16-sample vectors (512 bits each) into a 32-sample vector
  and one 1024-bit store: fir_interpolate_asym's factor-2 output path (two SRS per 16-lane cacc64
  (:data:`~aiesim_py.kernels.fir_interpolate_asym.SRS_PER_PHASE`), one interleave_zip of
  :data:`~aiesim_py.kernels.fir_interpolate_asym.INTERLEAVE_SHUFFLES` shuffles, four 256-bit stores), imported;
  before the SRS, fir_sr_asym's combine of each accumulator (``ACC_UNZIP "srs"``: the explicit cascade unzip /
  combine pairs of ``__SHUFFLE_CASCADE__`` fold, as for C17).

Costed per 16-sample input vector (:func:`vector_slots`): the data and coefficient loads (either load port); per
sliding MAC (high-polyphase ops and the centre tap) the data unzip and the data / coefficient rotates when the start
is not 0 (no common-subexpression elimination across calls: fir_sr_asym's / C25's ``CSE_CHANGE`` rule) and the
VMACs of ``SLIDING``; on a cascade two 16-lane cacc64 (four cascade words each) read and / or written (move slot);
on the output kernel the two combines, four SRS, the interleave and four stores. Loop recurrence: the
high-polyphase accumulator chain (``ops x chain`` VMACs ``acc_chain_ii`` apart; the centre-tap accumulator is a
separate register); depth load -> unzip -> rotate -> MAC chain -> [combine -> SRS -> interleave -> stores] or the
two cascade writes; an IncLoads trip adds the II of its three further vectors (fir_sr_asym's rule).

Output-kernel recurrence (:data:`ITER_ALIAS`, :func:`serial_vector_cycles`, :func:`loop_recurrence`): the loops read
``inItr`` (``aie::begin_random_circular``) and write ``outItr`` (``cond_begin_vector_random_or_scalar_circular``),
neither ``__restrict``, so a vector's data loads wait for the previous vector's output store.

Loop schedule: C22's register-pressure rule (kernels.fir_decimate_asym ``UNPIPELINED_CHANGE``, followed when that
flag is set), with fir_interpolate_asym's counting: one trip keeps the 1024-bit ``sbuff``, ``coe0`` and the
centre-tap register (256 bits each) and one sliding MAC's five 512-bit operands live (4096 bits); an overlap adds
the next trip's rewritten ``sbuff`` pieces, against 12 x 512 bits; the two 16-lane cacc64 accumulators take 4 of
the 9 1024-bit accumulator registers per trip. Every modelled kernel fits (:func:`software_pipelines`), so the loop
is costed pipelined. Cascade input: ``filterKernel`` calls ``windowBroadcast`` (WINDOW + ``fnFirMargin<FIR_LEN /
2>`` samples) first, as fir_sr_asym: kernel positions > 0 get the window over the cascade
(:func:`~aiesim_py.kernels.fir_sr_asym.broadcast_cycles`). ADF wrapper, margin copy, loop set-up as fir_sr_asym's;
the constructor's tap copy (``firReload``: ``CEIL(m_kTotTaps, 4)`` scalar copies, one per cycle assumed) on the
first call.

Not modelled (:class:`FirInterpolateHbParams` refuses them): other type pairs, TP_API 1 (``filterStream``, 8-lane
``T_acc384``), SSR > 1, TP_PARA_INTERP_POLY 2 (fir_sr_asym + centre-tap kernels), dual inputs, two outputs,
coefficient reload, and an IncLoads kernel whose window is not a multiple of 64 samples (the source's trip count
``WINDOW / 64`` would drop vectors). No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, resource_ii
from aiesim_py.kernels import fir_decimate_asym as deci
from aiesim_py.kernels import fir_interpolate_asym as interp
from aiesim_py.kernels import fir_sr_asym
from aiesim_py.kernels.fir_decimate_hb import FirDecimateHbParams
from aiesim_py.kernels.fir_common import (FirCascadeMixin, accumulator_registers_fit, check_graph_options,
                                          check_position, fir_call_cost, vector_registers_fit, window_ports)
from aiesim_py.kernels.fir_common import ceil_to as _ceil
from aiesim_py.kernels.fir_sr_asym import SLIDING, SlidingMac, acc_shuffle_sets, broadcast_cycles
from aiesim_py.kernels.kernel_io import KernelPort, sample_type
from aiesim_py.kernels.matrix_mult import MatrixMultCost

TEMPLATE = None
KIND = "fir_interpolate_hb"

PAIRS = (("cint16", "int16"),)
INTERPOLATE = 2                          # kInterpolateFactor
LANES = fir_sr_asym.LANES                # fnNumSymLanesIntHb<cint16, int16, TP_API 0> = fnNumLanes on AIE-ML
COLUMNS = fir_sr_asym.COLUMNS            # fnNumSymColsIntHb = fnNumCols384
LOAD_SAMPLES = fir_sr_asym.LOAD_SAMPLES  # m_kDataLoadVsize
BUFF_SAMPLES = fir_sr_asym.BUFF_SAMPLES  # m_kSamplesInBuff
LOADS_IN_REG = BUFF_SAMPLES // LOAD_SAMPLES  # m_kDataLoadsInReg: IncLoads vectors per trip
COEFF_REG = 16                           # m_kCoeffRegVsize: int16 taps per 256-bit register
WIN_ACCESS_SAMPLES = 8                   # m_kWinAccessByteSize 32, in cint16
ACC_BYTES = fir_sr_asym.ACC_BYTES        # one 16-lane cacc64 on the cascade
ACCUMULATORS = 2                         # accHighPolyPhase, accLowPolyPhase


@dataclass(frozen=True)
class FirInterpolateHbParams(FirCascadeMixin):
    """One DSPLib fir_interpolate_hb_asym kernel (AIE-ML): cascade position ``position`` of a ``casc_len`` chain.

    Attributes:
        data_type, coeff_type: ``TT_DATA`` / ``TT_COEFF``.
        fir_len: ``TP_FIR_LEN`` (the whole half-band filter, 4N - 1).
        window: ``TP_INPUT_WINDOW_VSIZE`` input samples per call (2 x as many outputs).
        casc_len, position: ``TP_CASC_LEN`` and ``TP_KERNEL_POSITION``.
        ssr, api, para_poly, dual_ip, num_outputs, coeff_reload: graph options; only 1 / 0 / 1 / 0 / 1 / 0.
    """
    data_type: str
    coeff_type: str
    fir_len: int
    window: int
    casc_len: int = 1
    position: int = 0
    ssr: int = 1
    api: int = 0
    para_poly: int = 1
    dual_ip: int = 0
    num_outputs: int = 1
    coeff_reload: int = 0

    def __post_init__(self):
        if (self.data_type, self.coeff_type) not in PAIRS:
            raise ValueError(f"fir_interpolate_hb: {self.data_type} x {self.coeff_type} is not modelled; the "
                             f"16-lane sliding MAC was costed only for {PAIRS}")
        check_graph_options("fir_interpolate_hb", self, "stream interface, filterStream",
                            self.ssr == 1 and self.para_poly == 1,
                            "TP_SSR > 1 and TP_PARA_INTERP_POLY 2 (fir_sr_asym + centre-tap kernels) are not "
                            "modelled",
                            ("fir_len", "window", "casc_len"))
        if (self.fir_len + 1) % 4:
            raise ValueError("fir_interpolate_hb: TP_FIR_LEN must be 4N - 1 (DSPLib static_assert)")
        check_position("fir_interpolate_hb", self)
        if self.window % LANES:
            raise ValueError(f"fir_interpolate_hb: window {self.window} must be a multiple of {LANES} samples "
                             "(DSPLib static_assert)")
        if self.taps < 1:
            raise ValueError(f"fir_interpolate_hb: kernel {self.position} gets {self.taps} taps")
        if self.inc_loads and self.window % (LANES * LOADS_IN_REG):
            raise ValueError(f"fir_interpolate_hb: an IncLoads kernel runs WINDOW / {LANES * LOADS_IN_REG} trips; "
                             f"window {self.window} is not a multiple (not modelled)")

    @property
    def sliding(self) -> SlidingMac:
        return SLIDING[(self.data_type, self.coeff_type)]

    @property
    def _split(self) -> FirDecimateHbParams:
        """The decimator's cascade split (fnFirRange / fnFirRangeRem / fnFirRangeOffset, rounding 2, and the
        kernel's phase-1 taps): the same formulas as ``fir_interpolate_hb_asym_tl::getKernelFirRangeLen`` and
        ``m_kNumTaps``."""
        return FirDecimateHbParams(self.data_type, self.coeff_type, self.fir_len, 4 * LOAD_SAMPLES, self.casc_len,
                                   self.position)

    @property
    def range_len(self) -> int:
        """``TP_FIR_RANGE_LEN``."""
        return self._split.range_len

    @property
    def range_offset(self) -> int:
        """``fnFirRangeOffset<FIR_LEN, CASC_LEN, pos, 2>``."""
        return self._split.range_offset

    @property
    def taps(self) -> int:
        """``m_kNumTaps``: the kernel's high-polyphase taps."""
        r = self.range_len
        return (r + 1) // 2 if self.position == self.casc_len - 1 else r // 2

    @property
    def has_ct(self) -> bool:
        """``m_kHasCT``: position ``CASC_LEN / 2`` runs the centre tap."""
        return self.position == self.casc_len // 2

    @property
    def margin(self) -> int:
        """``fnFirMargin<FIR_LEN / 2>``: margin samples of the kernel's input buffer."""
        return _ceil(self.fir_len // INTERPOLATE, LOAD_SAMPLES)

    @property
    def margin_len(self) -> int:
        """``m_kFirMarginLen = fnFirMargin<(FIR_LEN + 1) / 2>``."""
        return _ceil((self.fir_len + 1) // INTERPOLATE, LOAD_SAMPLES)

    @property
    def init_offset(self) -> int:
        """``m_kFirInitOffset``."""
        margin_offset = self.margin_len - (self.fir_len + 1) // INTERPOLATE + 1
        return margin_offset + self.range_offset // INTERPOLATE

    @property
    def xoffset(self) -> int:
        """``m_kDataBuffXOffset``."""
        return self.init_offset % WIN_ACCESS_SAMPLES

    @property
    def load_offset(self) -> int:
        """``m_kXDataLoadInitOffset``."""
        return self.init_offset - self.xoffset

    @property
    def ct_pos(self) -> int:
        """``ctPos``: the centre-tap MAC's data start (strobe 0)."""
        return (self.margin_len - self.load_offset - self.fir_len // 4) % BUFF_SAMPLES

    @property
    def data_needed(self) -> int:
        """``m_kTotDataNeededPerOp`` (TP_API 0)."""
        return self.taps + self.xoffset + 2 * LOAD_SAMPLES - 1

    @property
    def inc_loads(self) -> bool:
        """``m_kArch == kArchIncLoads`` (else ``kArchBasic``)."""
        return self.data_needed <= BUFF_SAMPLES

    @property
    def ceil_cols(self) -> int:
        """``m_kFirLenCeilCols``."""
        return _ceil(self.taps, COLUMNS)

    @property
    def ops(self) -> int:
        """High-polyphase sliding MACs per input vector."""
        return self.ceil_cols // COLUMNS

    @property
    def macs(self) -> int:
        """Sliding MACs per input vector (the ops and the centre tap, if this kernel has it)."""
        return self.ops + int(self.has_ct)

    @property
    def vectors(self) -> int:
        """16-sample input vectors (cascade groups) per call: ``m_kLsize``."""
        return self.window // LANES

    @property
    def per_trip(self) -> int:
        """Input vectors per loop trip: 4 (IncLoads) or 1 (Basic)."""
        return LOADS_IN_REG if self.inc_loads else 1

    @property
    def cascade_bytes(self) -> int:
        return self.vectors * ACCUMULATORS * ACC_BYTES

    @property
    def adf_input(self) -> bool:
        """The input window is an ADF buffer fed by the graph: the first kernel (or every kernel without
        fir_sr_asym's ``CASC_BROADCAST``)."""
        return self.position == 0 or not fir_sr_asym.CASC_BROADCAST

    def ports(self) -> tuple[KernelPort, ...]:
        return window_ports(self, self.window * INTERPOLATE)


def initial_loads(p: FirInterpolateHbParams) -> int:
    """``m_kInitialLoads``."""
    if p.inc_loads:
        return _ceil(p.data_needed, LOAD_SAMPLES) // LOAD_SAMPLES
    return _ceil(p.xoffset + LANES + COLUMNS - 1, LOAD_SAMPLES) // LOAD_SAMPLES


def data_loads(p: FirInterpolateHbParams) -> int:
    """256-bit data loads per input vector: Basic, the initial loads and one more each time ``dataNeeded`` passes
    the loaded samples; IncLoads, two."""
    if p.inc_loads:
        return LANES // LOAD_SAMPLES
    needed = p.xoffset + LANES - 1 + COLUMNS
    loaded = initial_loads(p) * LOAD_SAMPLES
    loads = initial_loads(p)
    for _ in range(COLUMNS, p.ceil_cols, COLUMNS):
        needed += COLUMNS
        if needed > loaded:
            loaded += LOAD_SAMPLES
            loads += 1
    return loads


def coeff_loads(p: FirInterpolateHbParams) -> int:
    """256-bit coefficient loads per input vector: ``coe0`` and one per later ``op % 16 == 0``."""
    return 1 + sum(1 for op in range(COLUMNS, p.ceil_cols, COLUMNS) if op % COEFF_REG == 0)


def mac_starts(p: FirInterpolateHbParams, strobe: int = 0) -> list[tuple[int, int]]:
    """(data start mod 32, coefficient start) of every sliding MAC of one input vector (``strobe``: its index in an
    IncLoads trip)."""
    base = strobe * LANES
    starts = [((base + op + p.xoffset) % BUFF_SAMPLES, op % COEFF_REG) for op in range(0, p.ceil_cols, COLUMNS)]
    if p.has_ct:
        starts.append(((base + p.ct_pos) % BUFF_SAMPLES, 0))
    return starts


def vector_slots(p: FirInterpolateHbParams, strobe: int = 0, t: CoreTiming = AIE_ML_CORE) -> SlotUse:
    """Issue slots of one 16-sample input vector (32 output samples)."""
    sm = p.sliding
    alu = sum(sm.unzip_shuffles + sm.data_rotates * (d != 0) + sm.coeff_rotates * (c != 0)
              for d, c in mac_starts(p, strobe))
    alu += ACCUMULATORS * fir_sr_asym.acc_interleave_ops() * sum(acc_shuffle_sets(p))
    words = -(-ACC_BYTES // t.cascade_bytes_per_cycle)
    move = ACCUMULATORS * words * (int(p.cascade_in) + int(p.cascade_out))
    stores = 0
    if not p.cascade_out:
        calls, _ = interp.INTERLEAVE[INTERPOLATE]
        alu += calls * interp.INTERLEAVE_SHUFFLES
        move += ACCUMULATORS * interp.SRS_PER_PHASE
        stores = -(-LANES * INTERPOLATE * sample_type(p.out_type).bytes // t.store_bytes)
    return SlotUse(load_any=data_loads(p) + coeff_loads(p), mac=sm.vmacs * p.macs, vector_alu=alu, move=move,
                   store=stores)


def trip_slots(p: FirInterpolateHbParams, t: CoreTiming = AIE_ML_CORE) -> SlotUse:
    """Issue slots of one loop trip (1 or 4 input vectors)."""
    slots = SlotUse()
    for s in range(p.per_trip):
        slots = slots + vector_slots(p, s, t)
    return slots


def mac_chain(p: FirInterpolateHbParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """The high-polyphase accumulator chain of one trip (the loop recurrence): ``ops x chain`` VMACs
    ``acc_chain_ii`` apart per input vector (fir_sr_asym's rule)."""
    return p.per_trip * p.ops * p.sliding.chain * t.acc_chain_ii


def vector_depth(p: FirInterpolateHbParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Critical path of one input vector: load -> unzip -> rotate -> MAC chain -> [combine -> SRS -> interleave ->
    stores] or the two cascade writes."""
    sm = p.sliding
    head = max(t.vload_latency, t.cascade_read_latency if p.cascade_in else 0)
    chain = p.ops * sm.chain
    mac_issue = max(1 + (chain - 1) * t.acc_chain_ii, p.macs * sm.vmacs)
    steps = [(1, head), (fir_sr_asym.UNZIP_SHUFFLES, t.vector_alu_latency), (1, t.vector_alu_latency),
             (mac_issue, t.vmac_latency)]
    unzip_in, combine_out = acc_shuffle_sets(p)
    words = -(-ACC_BYTES // t.cascade_bytes_per_cycle)
    if p.cascade_out:
        steps.append((ACCUMULATORS * words, t.cascade_write_latency))
    else:
        if combine_out:
            steps.append((fir_sr_asym.acc_interleave_ops(), t.vector_alu_latency))
        _, levels = interp.INTERLEAVE[INTERPOLATE]
        steps.append((interp.SRS_PER_PHASE, t.srs_latency))
        steps.append((levels * interp.INTERLEAVE_SHUFFLES, t.vector_alu_latency))
        steps.append((-(-LANES * INTERPOLATE * sample_type(p.out_type).bytes // t.store_bytes), 0))
    return critical_path(*steps)


def live_vector_bits(p: FirInterpolateHbParams) -> int:
    """Vector-register bits one trip keeps live while its sliding MACs run: the 1024-bit ``sbuff``, ``coe0`` and the
    centre-tap register (256 bits each) and one sliding MAC's operands (C22's counting)."""
    return interp.SBUFF_BITS + 2 * interp.COEFF_REG_BITS + deci.SLIDING_MAC_VECTORS * 512


def overlap_vector_bits(p: FirInterpolateHbParams) -> int:
    """:func:`live_vector_bits` plus a copy of the ``sbuff`` pieces the next trip rewrites (fir_interpolate_asym's
    rule: the loads insert straight into ``sbuff``)."""
    loads = data_loads(p) * p.per_trip
    return live_vector_bits(p) + min(interp.SBUFF_BITS, loads * LOAD_SAMPLES * 32)


def software_pipelines(p: FirInterpolateHbParams, t: CoreTiming = AIE_ML_CORE) -> bool:
    """True when two overlapped trips fit the vector register file (12 x 512 bits) and the accumulator file (two
    16-lane cacc64 of 2048 bits per trip against 9 x 1024 bits); always True without fir_decimate_asym's
    ``UNPIPELINED_CHANGE``."""
    if not deci.UNPIPELINED_CHANGE:
        return True
    vector_ok = vector_registers_fit(overlap_vector_bits(p), t)
    acc_ok = accumulator_registers_fit(2 * ACCUMULATORS * ACC_BYTES * 8, t)
    return vector_ok and acc_ok


#: ITER_ALIAS_CHANGE (2026-12-07, made after seeing C31's held-out errors; ``False`` reproduces the figures before
#: it): the output kernel's loop reads its input through ``aie::begin_random_circular`` and writes its output through
#: ``cond_begin_vector_random_or_scalar_circular`` iterators, neither ``__restrict`` (``fir_interpolate_hb_asym.cpp``
#: ``filterBasic`` / ``filterIncLoads`` @0d8795bc), so the compiler must keep every data load of an input vector after
#: the previous vector's output store (may-alias, program order): the vectors of the output kernel do not overlap.
#: ``fir_sr_asym.cpp`` @0d8795bc (C17, costed overlapped and within 10 % on its lone kernels) reads and writes through
#: ``__restrict`` raw pointers (``inPointer``, ``outPtr``) in ``filterBasic`` and ``filterIncLoads``. Each input
#: vector of the output kernel then costs at least :func:`serial_vector_cycles` (a loop recurrence). Kernels with a
#: cascade output store nothing in the loop and stay overlapped. Caveat: fir_interpolate_asym (C25) and fir_resampler
#: (C30) use the same iterators and their data contradict the same rule (flags off there, see their ITER_ALIAS), so
#: applying it here alone is a choice read from the data. Session 14 (validation/cases_c25.py ITERA_DIAGNOSIS) weakens
#: the rationale further: the lone kernels of fir_interpolate_asym and fir_interpolate_hb are declared alike
#: (``__restrict`` buffer-port references, the same non-``__restrict`` circular iterators, the same pipelining pragma),
#: and restricting the rule to hb's ``chess_copy`` coefficient pointer (filterBasic only) gives C31 20 of 32, the
#: IncLoads kernels then 37-75 % fast. So C31's fit more likely reflects a per-trip floor of IF >= 2 output kernels
#: that C25 / C30 also show (not identified) than iterator aliasing; the flag stays on as the best-fitting rule found.
ITER_ALIAS = True


def serial_vector_cycles(p: FirInterpolateHbParams, strobe: int = 0, t: CoreTiming = AIE_ML_CORE) -> int:
    """One input vector of the output kernel from its first data load to its last output store when it may not overlap
    the vectors before and after it (:data:`ITER_ALIAS`): the load latency, the vector-ALU ops that feed the sliding
    MACs (one slot, so issued one after another), the last sliding MAC's VMACs and latency, then the dependent tail:
    the high-polyphase accumulator's combine, the four SRS (move slot), the interleave and the stores. The other
    accumulator's combine is taken as issued before the last MAC (it does not wait for it)."""
    slots = vector_slots(p, strobe, t)
    combine = fir_sr_asym.acc_interleave_ops() if acc_shuffle_sets(p)[1] else 0
    calls, levels = interp.INTERLEAVE[INTERPOLATE]
    before = slots.vector_alu - combine - calls * interp.INTERLEAVE_SHUFFLES
    stores = -(-LANES * INTERPOLATE * sample_type(p.out_type).bytes // t.store_bytes)
    return critical_path((1, t.vload_latency), (before, t.vector_alu_latency), (p.sliding.vmacs, t.vmac_latency),
                         (combine, t.vector_alu_latency), (ACCUMULATORS * interp.SRS_PER_PHASE, t.srs_latency),
                         (levels * interp.INTERLEAVE_SHUFFLES, t.vector_alu_latency), (stores, 0))


def loop_recurrence(p: FirInterpolateHbParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """The loop-carried bound of one trip: the accumulator chain (:func:`mac_chain`) and, on the output kernel with
    :data:`ITER_ALIAS`, its input vectors one after another (:func:`serial_vector_cycles`)."""
    chain = mac_chain(p, t)
    if not ITER_ALIAS or p.cascade_out:
        return chain
    return max(chain, sum(serial_vector_cycles(p, s, t) for s in range(p.per_trip)))


def fir_interpolate_hb_cycles(p: FirInterpolateHbParams, t: CoreTiming = AIE_ML_CORE) -> MatrixMultCost:
    """Cycles of one call (module docstring)."""
    slots = trip_slots(p, t)
    ii = resource_ii(slots, t, recurrence=loop_recurrence(p, t))
    depth = vector_depth(p, t) + (p.per_trip - 1) * resource_ii(vector_slots(p, 0, t), t)
    trips = p.vectors // p.per_trip
    pipelined = software_pipelines(p, t)
    pre_loads = max(0, initial_loads(p) - 2) if p.inc_loads else 0
    # constructor: firReload copies CEIL(m_kTotTaps, 4) taps and the centre tap (a scalar copy, one per cycle assumed)
    first_call = _ceil((p.fir_len + 1) // INTERPOLATE + 1, COLUMNS) + 1 + t.scalar_load_latency
    return fir_call_cost(p, t, ii=ii, depth=depth, trips=trips, pipelined=pipelined,
                         broadcast=broadcast_cycles(p, t), first_call=first_call, extra_loop=pre_loads,
                         first_group=vector_depth(p, t), groups=p.vectors)
