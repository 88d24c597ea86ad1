"""Fractional resampling FIR (DSPLib ``fir_resampler``: interpolate by IF, decimate by DF), AIE-ML, buffer
interface (TP_API 0), cint16 data x int16 coefficients, one SSR phase, one polyphase path (TP_PARA_INTERP_POLY 1,
TP_PARA_DECI_POLY 1), ``TP_CASC_LEN`` kernels in a cascade, IF in 1 / 2 / 4 and DF in 1 / 2 / 4.

Written from the source before any measured figure was compared with it (validation/cases_c30.py BLIND).

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries @0d8795bc:
``dsp/L1/include/aie/fir_resampler.hpp`` (class constants, architecture choice, ``firReload``),
``dsp/L1/src/aie/fir_resampler.cpp`` (``filterKernel``, ``filterPhaseParallel``),
``dsp/L1/include/aie/fir_resampler_traits.hpp`` (lanes, columns, load size),
``dsp/L1/include/aie/fir_decimate_asym_utils.hpp`` (``bufferLoadAndDeinterleave``) and
``fir_interpolate_asym_utils.hpp`` (``bufferInterleaveIntAsym``), ``dsp/L2/include/aie/fir_resampler_graph.hpp``:

* architecture: ``m_kArch = m_kPermuteSupport == 1 ? m_kPermuteArch : m_kDecomposedArch``. AIE1's resampler
  (``filterBasic``) reaches the fractional data offsets of each output lane with the data permute network
  (``xoffsets`` / ``zoffsets`` of ``mac8``, ``getXOffsets`` only fills them when ``__HAS_ACCUM_PERMUTES__`` is 1);
  AIE-ML has none, so TP_API 0 runs ``kArchPhaseParallel`` (``filterPhaseParallel``): the IF x DF polyphases of the
  rational filter become IF x DF single-rate sub-filters. What replaces the permutes is (a) the DECIMATOR's
  de-interleave of the input into DF phase buffers (``decimate_asym::bufferLoadAndDeinterleave`` into
  ``std::array<T_buff_1024b, DF> sbuffArray``; DF 1: one 256-bit load into the buffer, DF 2: two 256-bit loads and
  one ``interleave_unzip``, DF 4: four loads and four ``interleave_unzip``; DF 3 / 5 / 6 / 7 read sample by sample
  with a scalar insert each, not costed, refused), (b) a per-phase data start ``xstart`` and coefficient register
  (``coe[iphase * DF + dphase]``, the taps reordered by ``firReload`` into ``m_internalTaps2[IF * DF][...]``) for
  each of the IF x DF sub-filters, all running C17's 16-lane ``sr_asym::macSrAsym`` with data step 1, DF of them
  summed into each of the IF accumulators (``std::array<T_acc, IF> acc``), and (c) the INTERPOLATOR's interleave of
  the IF output vectors (``interpolate_asym::bufferInterleaveIntAsym``: IF 1 a plain store, IF 2 one
  ``interleave_zip``, IF 4 four; IF 3 / 5 / 6 / 7 element by element, not costed, refused);
* lanes / columns: ``fnNumLanesResampler<.., TP_API 0>`` = ``fnNumLanes`` (16 for cint16 data on AIE-ML),
  ``fnNumColumnsResampler`` = ``fnNumCols`` (4), ``m_kVOutSize`` = 16; the accumulator ``T_acc<TT_DATA, TT_COEFF>``
  is the 16-lane cacc64 of fir_sr_asym / fir_interpolate_asym (not the decimator's 8-lane ``T_acc384``), so every
  sliding MAC is C17's ``sliding_mac<16, 4>`` (:data:`kernels.fir_sr_asym.SLIDING`) and the accumulator unzip /
  combine between calls folds as in fir_sr_asym;
* loop: ``m_kPolyphaseLaneAlias`` = IF on AIE-ML, ``m_kLsize = (WINDOW x IF / DF) / (IF x 16)`` = WINDOW / (16 DF)
  trips (``chess_prepare_for_pipelining``), each producing 16 x IF output samples from 16 x DF input samples (the
  read pointer goes back by the loads and on by DF x 16 samples: the data of one trip is re-read by the next);
* per trip: IF x DF 256-bit coefficient loads (``coe[..] = *coeff``) and IF x DF more each time ``op % 16 == 0``
  past op 0 (16 int16 per register); ``kInitialLoads = CEIL(CEIL(xoff, DF) + 16 + 4 - 1, 8) / 8`` de-interleaving
  loads, then one more each time ``dataNeeded`` (from ``xoff + 16 + 3``, + 4 per op) passes the samples loaded (+ 8
  per load); per IF phase a cascade read (if any); per op (``m_kNumOps`` = ``kFirLenCeilCols / 4``, ``kFirLenCeil =
  CEIL(R, IF) / IF``, ``kFirLenCeilCols = CEIL(CEIL(kFirLenCeil, DF) / DF, 4)``) one sliding MAC per IF phase per DF
  phase at the data start ``xstart`` (:func:`data_starts`) and coefficient start ``op % 16``; per IF phase a cascade
  write, or ``shiftAndSaturate`` and then the interleave and stores;
* margin ``fnFirMargin<CEIL(FIR_LEN, IF) / IF>`` = ``CEIL(FIR_LEN / IF, 8)`` (input rate); cascade split
  (``fir_resampler_tl::getKernelFirRangeLen``): ``fnFirRange`` / ``fnFirRangeRem`` of ``CEIL(FIR_LEN, IF)`` with
  rounding IF, coefficient offset ``fnFirRangeOffset`` (same rounding), data offset = coefficient offset / IF;
  ``m_kFirInitOffset = dataOffset + margin - FIR_LEN / IF + 1``, ``xoff`` its remainder mod 8 (256-bit window access);
* ``filterKernel`` first calls ``windowBroadcast`` with WINDOW + margin samples: with CASC_LEN > 1 the PLIO feeds the
  first kernel only and the window goes down the cascade (:func:`kernels.fir_sr_asym.broadcast_cycles`).

Costed per trip (:func:`trip_slots`): data loads (DF per de-interleaving load) and coefficient loads (either load
port); the de-interleave shuffles (:data:`DEINTERLEAVE`, C22's count); per sliding MAC C17's data unzip (2 shuffles)
and the data_re / data_im rotates when its data start is not 0 and the coefficient rotate when its coefficient start
is not 0, no sharing between phases (C25's ``CSE_CHANGE`` rule); the VMACs (2 per sliding MAC); per IF phase of the
output kernel the accumulator combine before the SRS (fir_sr_asym's ``ACC_UNZIP`` "srs" rule,
:data:`kernels.fir_sr_asym.ACC_SHUFFLES`); output: IF 1, the SRS fused into two 256-bit stores (C17's rule: the value
goes straight to a store); IF 2 / 4, C25's rule: two VSRS to registers per phase (move slot), the interleave shuffles
(:data:`kernels.fir_interpolate_asym.INTERLEAVE`) and two 256-bit stores per phase; on a cascade, the 16-lane cacc64
(4 words) per IF phase read and / or written (move slot).

Schedule: II = :func:`~aiesim_py.isa.timing.resource_ii` of the trip's slots or the accumulator chain of one IF phase
(``DF x ops`` sliding MACs ``acc_chain_ii`` apart; the IF accumulators chain side by side); depth = load ->
de-interleave -> data unzip -> rotate -> MACs -> [combine -> SRS -> interleave -> stores] or the cascade write.
Loop schedule (:func:`software_pipelines`, applied in the blind model): C22's register-file rule (kernels.
fir_decimate_asym ``UNPIPELINED_CHANGE``, with C25's accumulator count): the trip loop is taken as software-pipelined
only when two overlapped trips fit both the vector register file (12 x 512 bits) and the accumulator file (9 x 1024
bits); else each trip runs ``max(depth, II)``. Loop set-up, ADF wrapper, margin copy (first kernel), the window
broadcast; the constructor's reordering of the taps (``firReload``: IF x DF x ``tapsArraySize`` int16, written two per
32-bit store) costed as a scalar copy on the first call. Cascade: one group per trip.

Source re-check after C30's blind run (post-blind, NO change; validation/cases_c30.py ``SOURCE_RECHECK``): C30's
DF 2 rows are 3-6.6x slower than this model and per output the IF 1 DF 2 kernel costs what C22's decimator costs, so
whether the resampler takes the decimator's 8-lane accumulator (C22's ``ACC8_CHANGE``) was re-read at @0d8795bc. It
does not: ``m_kLanes = fnNumLanesResampler<.., TP_API>`` is ``fnNumLanes`` (16) for TP_API 0 and ``fnNumLanes384``
only for TP_API 1 (fir_resampler_traits.hpp); ``filterPhaseParallel`` declares ``std::array<T_acc<TT_DATA, TT_COEFF>,
IF> acc`` (fir_resampler.cpp), and ``T_acc`` is ``accum<.., fnNumLanes>`` (fir_utils.hpp, fir_api), so
``sr_asym::macSrAsym`` takes its ``T_acc`` overload, ``sliding_mac<fnNumLanes, fnNumCols>`` = C17's 16-lane call
(fir_sr_asym_utils.hpp); ``T_acc384`` / ``T_outVal384`` appear only in ``filterStreamPhaseParallel`` (TP_API 1) and
``fnNumLanesResampler<.., 1>`` only in the graph-level ``fir_resampler_tl::fnCheckIfFits``. The data path IS the
decimator's (``decimate_asym::bufferLoadAndDeinterleave`` into ``std::array<T_buff_1024b, DF> sbuffArray``: DF 2, two
256-bit loads, one ``interleave_unzip``, two 256-bit ``insert`` at ``splice % 4``) and is costed with C22's counts;
C22's register rule is applied to it (every DF 2 kernel of C30 unpipelined: 8192-9216 bits for two trips > 6144);
``m_kPolyphaseLaneAlias`` = IF and ``m_kLsize`` = WINDOW / (16 DF) as costed. So the model follows the source on
lanes, accumulator, data path and register rule, and the DF 2 gap is left unexplained (not tuned).

Not modelled (:class:`FirResamplerParams` refuses them): other type pairs, IF other than 1 / 2 / 4 (element-wise
interleave), DF other than 1 / 2 / 4 (scalar de-interleave), TP_API 1 (``kArchStreamPhaseParallel``), SSR > 1,
TP_PARA_INTERP_POLY / TP_PARA_DECI_POLY > 1, dual inputs, two outputs, coefficient reload. No functional model:
:data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, resource_ii
from aiesim_py.kernels import fir_sr_asym
from aiesim_py.kernels.fir_decimate_asym import (COEFF_REG_BITS, DEINTERLEAVE, DEINTERLEAVE_LEVELS,
                                                 DEINTERLEAVE_VECTORS, PHASE_BUFFER_BITS, SLIDING_MAC_VECTORS)
from aiesim_py.kernels.fir_interpolate_asym import INTERLEAVE, INTERLEAVE_SHUFFLES, SRS_PER_PHASE
from aiesim_py.kernels.fir_common import (FirCascadeMixin, accumulator_registers_fit, check_graph_options,
                                          check_position, fir_call_cost, vector_registers_fit, window_ports)
from aiesim_py.kernels.fir_common import ceil_to as _ceil
from aiesim_py.kernels.fir_sr_asym import SLIDING, SlidingMac, acc_shuffle_sets, broadcast_cycles
from aiesim_py.kernels.kernel_io import KernelPort, sample_type
from aiesim_py.kernels.matrix_mult import MatrixMultCost

TEMPLATE = None
KIND = "fir_resampler"

PAIRS = (("cint16", "int16"),)
LANES = 16                 # fnNumLanesResampler<cint16, int16, 0> = fnNumLanes on AIE-ML (m_kVOutSize)
COLUMNS = 4                # fnNumColumnsResampler<cint16, int16, 0> = fnNumCols
LOAD_SAMPLES = 8           # 256-bit load of cint16 (m_kDataLoadVsize)
BUFF_SAMPLES = 32          # 1024-bit phase buffer of cint16
WIN_ACCESS_SAMPLES = 8     # m_kWinAccessByteSize 32 on AIE-ML, in cint16
COEFF_REG = 16             # int16 taps per 256-bit coefficient register (m_kCoeffRegVsize)
ACC_BYTES = LANES * 16     # 16-lane cacc64 per IF phase on the cascade (2048 bits)
#: interpolation factors whose output interleave is costed: IF 1 (plain store) and C25's IF 2 / 4
INTERP_FACTORS = (1, 2, 4)
#: decimation factors whose input de-interleave is costed: DF 1 (plain 256-bit load) and C22's DF 2 / 4
DECIM_FACTORS = (1,) + tuple(sorted(DEINTERLEAVE))


def _deinterleave_shuffles(d: int) -> int:
    return 0 if d == 1 else DEINTERLEAVE[d]


def _deinterleave_levels(d: int) -> int:
    return 0 if d == 1 else DEINTERLEAVE_LEVELS[d]


def phase_start_offsets(offset: int, d: int) -> tuple[int, ...]:
    """``decimate_asym::fnPhaseStartOffsets<offset, D>``: 0 for every phase when ``offset`` is 0, else 1 for the
    phases at or past ``offset`` (C22's reading)."""
    return tuple(0 if offset == 0 else int(ph >= offset) for ph in range(d))


@dataclass(frozen=True)
class FirResamplerParams(FirCascadeMixin):
    """One DSPLib fir_resampler kernel: cascade position ``position`` of a ``casc_len`` chain.

    Attributes:
        data_type, coeff_type: ``TT_DATA`` / ``TT_COEFF``.
        fir_len: ``TP_FIR_LEN`` (the whole filter).
        interpolate, decimate: ``TP_INTERPOLATE_FACTOR`` / ``TP_DECIMATE_FACTOR``.
        window: ``TP_INPUT_WINDOW_VSIZE`` input samples per call.
        casc_len, position: ``TP_CASC_LEN`` and ``TP_KERNEL_POSITION``.
        ssr, api, deci_poly, interp_poly, dual_ip, num_outputs, coeff_reload: graph options; only
            1 / 0 / 1 / 1 / 0 / 1 / 0.
    """
    data_type: str
    coeff_type: str
    fir_len: int
    interpolate: int
    decimate: int
    window: int
    casc_len: int = 1
    position: int = 0
    ssr: int = 1
    api: int = 0
    deci_poly: int = 1
    interp_poly: int = 1
    dual_ip: int = 0
    num_outputs: int = 1
    coeff_reload: int = 0

    def __post_init__(self):
        if (self.data_type, self.coeff_type) not in PAIRS:
            raise ValueError(f"fir_resampler: {self.data_type} x {self.coeff_type} is not modelled; the phase "
                             f"sliding MACs were costed only for {PAIRS}")
        check_graph_options("fir_resampler", self, "stream interface, kArchStreamPhaseParallel",
                            self.ssr == 1 and self.deci_poly == 1 and self.interp_poly == 1,
                            "TP_SSR > 1, TP_PARA_DECI_POLY > 1 and TP_PARA_INTERP_POLY > 1 (several polyphase "
                            "kernels) are not modelled",
                            ("fir_len", "interpolate", "decimate", "window", "casc_len"))
        if self.interpolate not in INTERP_FACTORS:
            raise ValueError(f"fir_resampler: interpolation factor {self.interpolate} is not modelled "
                             "(bufferInterleaveIntAsym interleaves 3, 5, 6, 7 phases element by element, not costed; "
                             f"modelled: {INTERP_FACTORS})")
        if self.decimate not in DECIM_FACTORS:
            raise ValueError(f"fir_resampler: decimation factor {self.decimate} is not modelled "
                             "(bufferLoadAndDeinterleave reads 3, 5, 6, 7 phases sample by sample with scalar inserts, "
                             f"not costed; modelled: {DECIM_FACTORS})")
        check_position("fir_resampler", self)
        if self.window % (self.decimate * LANES):
            raise ValueError(f"fir_resampler: window {self.window} must be a multiple of DF x {LANES} samples "
                             "(m_kNumOutputs % (IF x m_kVOutSize) == 0)")
        if self.range_len % self.interpolate or self.range_len < self.interpolate * self.decimate:
            raise ValueError(f"fir_resampler: kernel {self.position} gets {self.range_len} taps; DSPLib needs a "
                             "multiple of IF and at least IF x DF")

    @property
    def sliding(self) -> SlidingMac:
        return SLIDING[(self.data_type, self.coeff_type)]

    @property
    def fir_len_ceil(self) -> int:
        """``m_kFirLenCeil = CEIL(FIR_LEN, IF)``."""
        return _ceil(self.fir_len, self.interpolate)

    @property
    def _trunc(self) -> int:
        return self.fir_len_ceil - self.fir_len_ceil % (self.interpolate * self.casc_len)

    @property
    def range_len(self) -> int:
        """``TP_FIR_RANGE_LEN``: fnFirRange / fnFirRangeRem of ``CEIL(FIR_LEN, IF)`` with rounding IF."""
        rnd, tr, fl = self.interpolate, self._trunc, self.fir_len_ceil
        base = tr // self.casc_len
        if self.position == self.casc_len - 1:
            return base + (fl - tr) % rnd
        return base + (rnd if fl - tr >= rnd * (self.position + 1) else 0)

    @property
    def coeff_offset(self) -> int:
        """``m_kFirCoeffOffset``: fnFirRangeOffset (rounding IF), in taps."""
        rnd, tr, k, fl = self.interpolate, self._trunc, self.position, self.fir_len_ceil
        extra = rnd * k if fl - tr >= rnd * k else (fl - fl % rnd) - tr
        return k * (tr // self.casc_len) + extra

    @property
    def margin_len(self) -> int:
        """``m_kFirMarginLen = CEIL(FIR_LEN, IF) / IF``."""
        return self.fir_len_ceil // self.interpolate

    @property
    def margin(self) -> int:
        """``fnFirMargin<m_kFirMarginLen>``: margin samples of the input buffer."""
        return _ceil(self.margin_len, LOAD_SAMPLES)

    @property
    def init_offset(self) -> int:
        """``m_kFirInitOffset = m_kFirRangeOffset + m_kFirMarginOffset``."""
        return self.coeff_offset // self.interpolate + self.margin - self.margin_len + 1

    @property
    def xoffset(self) -> int:
        """``m_kDataBuffXOffset``."""
        return self.init_offset % WIN_ACCESS_SAMPLES

    @property
    def poly_len(self) -> int:
        """``kFirLenCeil = CEIL(R, IF) / IF``: taps per interpolation phase."""
        return _ceil(self.range_len, self.interpolate) // self.interpolate

    @property
    def phase_taps(self) -> int:
        """``kFirLenCeilCols = CEIL(CEIL(kFirLenCeil, DF) / DF, 4)``: taps per (IF, DF) sub-filter."""
        return _ceil(_ceil(self.poly_len, self.decimate) // self.decimate, COLUMNS)

    @property
    def ops(self) -> int:
        """Ops per sub-filter per trip (``kFirLenCeilCols / 4``)."""
        return self.phase_taps // COLUMNS

    @property
    def macs(self) -> int:
        """Sliding MACs per trip: one per IF phase per DF phase per op."""
        return self.interpolate * self.decimate * self.ops

    @property
    def vectors(self) -> int:
        """Trips (cascade groups) per call: ``m_kLsize`` = WINDOW / (16 DF)."""
        return self.window // (self.decimate * LANES)

    @property
    def cascade_bytes(self) -> int:
        return self.vectors * self.interpolate * ACC_BYTES

    @property
    def adf_input(self) -> bool:
        """The input window is an ADF buffer fed by the graph: the first kernel (or every kernel without
        fir_sr_asym's ``CASC_BROADCAST``)."""
        return self.position == 0 or not fir_sr_asym.CASC_BROADCAST

    def ports(self) -> tuple[KernelPort, ...]:
        return window_ports(self, self.window * self.interpolate // self.decimate)


def data_starts(p: FirResamplerParams) -> list[int]:
    """Data start (mod the 32-sample phase buffer) of every sliding MAC of one trip, in source order (op, IF phase,
    DF phase): ``xstart = dataBuffToPhaseOffset + kDataMappedToFLenOffset[..] + dphaseToLaneOffset +
    kDataMappedToPhasestartOffset[sbuffOffset] + op`` (filterPhaseParallel)."""
    d, i_f = p.decimate, p.interpolate
    win_offset = p.init_offset - p.xoffset
    mapped = (d - (p.margin - win_offset) % d) % d            # kDataMappedToPhaseOffset
    phase_start = phase_start_offsets(mapped, d)              # kDataMappedToPhasestartOffset
    flen_start = phase_start_offsets(p.poly_len % d, d)       # kDataMappedToFLenOffset
    buff_to_phase = -(-(p.xoffset - (d - mapped) % d) // d)   # CEIL(xoff - (D - mapped) % D, D) / D
    starts = []
    for op in range(0, p.phase_taps, COLUMNS):
        for iphase in range(i_f):
            for dphase in range(d):
                sbuff = (iphase * d // i_f + dphase) % d
                dphase_idx = (d - dphase) % d
                lane_offset = -1 if iphase * d // i_f < dphase_idx else 0
                xstart = (buff_to_phase + flen_start[(dphase + d - 1 + p.poly_len % d) % d] + lane_offset
                          + phase_start[sbuff] + op)
                starts.append(xstart % BUFF_SAMPLES)
    return starts


def deinterleaved_loads(p: FirResamplerParams) -> int:
    """De-interleaving loads per trip: ``kInitialLoads`` and one more each time ``dataNeeded`` passes the samples
    loaded."""
    loads = _ceil(_ceil(p.xoffset, p.decimate) + LANES + COLUMNS - 1, LOAD_SAMPLES) // LOAD_SAMPLES
    loaded = loads * LOAD_SAMPLES
    needed = p.xoffset + LANES + COLUMNS - 1
    for _ in range(COLUMNS, p.phase_taps, COLUMNS):
        needed += COLUMNS
        if needed > loaded:
            loaded += LOAD_SAMPLES
            loads += 1
    return loads


def coeff_loads(p: FirResamplerParams) -> int:
    """256-bit coefficient loads per trip: IF x DF, and IF x DF more per later ``op % 16 == 0``."""
    later = sum(1 for op in range(COLUMNS, p.phase_taps, COLUMNS) if op % COEFF_REG == 0)
    return p.interpolate * p.decimate * (1 + later)


def trip_slots(p: FirResamplerParams, t: CoreTiming = AIE_ML_CORE) -> SlotUse:
    """Issue slots of one trip (16 x DF input samples, 16 x IF outputs)."""
    sm, phases = p.sliding, p.interpolate
    alu = 0
    per_op = p.interpolate * p.decimate
    for j, start in enumerate(data_starts(p)):
        coeff_start = (j // per_op) * COLUMNS % COEFF_REG
        alu += sm.unzip_shuffles + sm.data_rotates * (start != 0) + sm.coeff_rotates * (coeff_start != 0)
    loads = deinterleaved_loads(p)
    alu += loads * _deinterleave_shuffles(p.decimate)
    alu += phases * fir_sr_asym.acc_interleave_ops() * sum(acc_shuffle_sets(p))
    words = -(-ACC_BYTES // t.cascade_bytes_per_cycle)
    move = phases * words * (int(p.cascade_in) + int(p.cascade_out))
    stores = 0
    if not p.cascade_out:
        stores = phases * -(-LANES * sample_type(p.out_type).bytes // t.store_bytes)
        if phases > 1:
            calls, _ = INTERLEAVE[phases]
            alu += calls * INTERLEAVE_SHUFFLES
            move += phases * SRS_PER_PHASE
    return SlotUse(load_any=loads * p.decimate + coeff_loads(p), mac=sm.vmacs * p.macs, vector_alu=alu, move=move,
                   store=stores)


def phase_chain(p: FirResamplerParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """The accumulator chain of one IF phase per trip (the loop recurrence): ``DF x ops x chain`` VMACs
    ``acc_chain_ii`` apart; the IF accumulators are separate registers."""
    return p.decimate * p.ops * p.sliding.chain * t.acc_chain_ii


def trip_depth(p: FirResamplerParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Critical path of one trip: load -> de-interleave -> data unzip -> rotate -> MACs -> [combine -> SRS ->
    interleave -> stores] or the cascade write."""
    sm = p.sliding
    head = max(t.vload_latency, t.cascade_read_latency if p.cascade_in else 0)
    chain = p.decimate * p.ops * sm.chain
    mac_issue = max(1 + (chain - 1) * t.acc_chain_ii, p.macs * sm.vmacs)
    steps = [(1, head)]
    if p.decimate > 1:
        steps.append((_deinterleave_levels(p.decimate), t.vector_alu_latency))
    steps += [(fir_sr_asym.UNZIP_SHUFFLES, t.vector_alu_latency), (1, t.vector_alu_latency),
              (mac_issue, t.vmac_latency)]
    _, combine_out = acc_shuffle_sets(p)
    words = -(-ACC_BYTES // t.cascade_bytes_per_cycle)
    store_ops = -(-LANES * sample_type(p.out_type).bytes // t.store_bytes)
    if p.cascade_out:
        steps.append((p.interpolate * words, t.cascade_write_latency))
    else:
        if combine_out:
            steps.append((fir_sr_asym.acc_interleave_ops(), t.vector_alu_latency))
        if p.interpolate > 1:
            _, levels = INTERLEAVE[p.interpolate]
            steps.append((SRS_PER_PHASE, t.srs_latency))
            steps.append((levels * INTERLEAVE_SHUFFLES, t.vector_alu_latency))
        steps.append((p.interpolate * store_ops, 0))
    return critical_path(*steps)


def live_vector_bits(p: FirResamplerParams) -> int:
    """Vector-register bits one trip keeps live while its sliding MACs run (C22's counting, from the source's types):
    the DF 1024-bit phase buffers (``sbuffArray``, loop-carried), the IF x DF 256-bit coefficient registers (``coe``)
    and one sliding MAC's operands."""
    return (p.decimate * PHASE_BUFFER_BITS + p.interpolate * p.decimate * COEFF_REG_BITS
            + SLIDING_MAC_VECTORS * 512)


def overlap_vector_bits(p: FirResamplerParams) -> int:
    """Bits an overlapped schedule needs: :func:`live_vector_bits` plus a second copy of the phase-buffer pieces the
    next trip rewrites and, when DF > 1, the next trip's de-interleave working set (C22's counting)."""
    rewritten = p.decimate * min(PHASE_BUFFER_BITS, deinterleaved_loads(p) * LOAD_SAMPLES * 32)
    work = DEINTERLEAVE_VECTORS * 512 if p.decimate > 1 else 0
    return live_vector_bits(p) + rewritten + work


def live_accumulator_bits(p: FirResamplerParams) -> int:
    """Accumulator-register bits one trip keeps live: ``std::array<T_acc, IF> acc``, IF 16-lane cacc64."""
    return p.interpolate * ACC_BYTES * 8


def software_pipelines(p: FirResamplerParams, t: CoreTiming = AIE_ML_CORE) -> bool:
    """True when two overlapped trips fit both register files (C22's vector rule, C25's accumulator count): module
    docstring."""
    vector_ok = vector_registers_fit(overlap_vector_bits(p), t)
    acc_ok = accumulator_registers_fit(2 * live_accumulator_bits(p), t)
    return vector_ok and acc_ok


#: ITER_ALIAS_CHANGE (2026-12-07, made after seeing the held-out errors of C31 / C25 / C30; ``False`` reproduces the
#: figures before it; kernels.fir_interpolate_hb ``ITER_ALIAS`` has the reasoning): ``filterPhaseParallel``
#: (``fir_resampler.cpp`` @0d8795bc) reads through ``aie::begin_random_circular`` and writes through
#: ``cond_begin_vector_random_or_scalar_circular`` iterators, neither ``__restrict``, so on the output kernel a trip's
#: data loads stay after the previous trip's stores (may-alias): trips do not overlap, each costs at least
#: :func:`serial_trip_cycles` (a loop recurrence). fir_sr_asym's loops use ``__restrict`` raw pointers.
#: NOT applied (False): with it C30 goes 14 -> 8 of 48 (validation/cases_c30.py ITER_ALIAS_DIAGNOSTICS): the same
#: source pattern as C31's, contradicted by C30's data, so applying it to fir_interpolate_hb alone is a choice read
#: from the data, not from a source.
ITER_ALIAS = False


def serial_trip_cycles(p: FirResamplerParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """One trip of the output kernel from its first data load to its last store (:data:`ITER_ALIAS`): the load
    latency, the vector-ALU ops feeding the sliding MACs (de-interleave, unzips, rotates; one slot), the last sliding
    MAC, then the dependent tail: the IF phases' combines, their SRS (move slot; IF 1: fused into the store), the
    interleave and the stores."""
    slots = trip_slots(p, t)
    phases = p.interpolate
    combine = phases * fir_sr_asym.acc_interleave_ops() if acc_shuffle_sets(p)[1] else 0
    steps_tail = [(combine, t.vector_alu_latency)]
    interleave = 0
    if phases > 1:
        calls, levels = INTERLEAVE[phases]
        interleave = calls * INTERLEAVE_SHUFFLES
        steps_tail += [(phases * SRS_PER_PHASE, t.srs_latency), (levels * INTERLEAVE_SHUFFLES, t.vector_alu_latency)]
    before = slots.vector_alu - combine - interleave
    return critical_path((1, t.vload_latency), (before, t.vector_alu_latency), (p.sliding.vmacs, t.vmac_latency),
                         *steps_tail, (slots.store, 0))


def loop_recurrence(p: FirResamplerParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """The loop-carried bound of one trip: the accumulator chain (:func:`phase_chain`) and, on the output kernel with
    :data:`ITER_ALIAS`, the serial trip (:func:`serial_trip_cycles`)."""
    chain = phase_chain(p, t)
    if not ITER_ALIAS or p.cascade_out:
        return chain
    return max(chain, serial_trip_cycles(p, t))


def fir_resampler_cycles(p: FirResamplerParams, t: CoreTiming = AIE_ML_CORE) -> MatrixMultCost:
    """Cycles of one call (module docstring)."""
    slots = trip_slots(p, t)
    ii = resource_ii(slots, t, recurrence=loop_recurrence(p, t))
    depth = trip_depth(p, t)
    trips = p.vectors
    pipelined = software_pipelines(p, t)
    # constructor (firReload): IF x DF x tapsArraySize int16 taps (CEIL(CEIL(R, IF) / IF, 16)), two per 32-bit store,
    # a scalar copy assumed one store per cycle
    taps2 = p.interpolate * p.decimate * _ceil(p.poly_len, COEFF_REG) // 2
    first_call = taps2 + t.scalar_load_latency
    return fir_call_cost(p, t, ii=ii, depth=depth, trips=trips, pipelined=pipelined,
                         broadcast=broadcast_cycles(p, t), first_call=first_call)
