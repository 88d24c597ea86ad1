"""Asymmetric interpolation FIR (DSPLib ``fir_interpolate_asym``), AIE-ML, buffer interface (TP_API 0),
cint16 data x int16 or cint16 coefficients, one SSR phase, one polyphase path (TP_PARA_INTERP_POLY 1),
``TP_CASC_LEN`` kernels in a cascade, interpolation factor 2 or 4.

Accuracy: against DSPLib's AIE-ML benchmark (validation case C25, 48 rows predicted) the blind model was too
fast on every row (throughput 1.4-2.5x high, latency 26-64 % short; 0 of 96 within 10 %). After :data:`DATA_CSE`
was set to False (``CSE_CHANGE``, made after seeing those errors) 12 of 96 are within 10 %, median |error| 30 %:
lone kernels within ~-20..+24 % (FIR 64
cint16 x cint16 the worst, too fast), but cascades gain far more than measured (up to 2x fast at CASC_LEN 4; the
gap C17 / C22 show too, validation/cases_c25.py KNOWN_OFF). Treat cascaded figures as lower bounds.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries @0d8795bc:
``dsp/L1/include/aie/fir_interpolate_asym.hpp`` (class constants, architecture choice),
``dsp/L1/src/aie/fir_interpolate_asym.cpp`` (``filterKernel``, ``filterPhaseParallel``),
``dsp/L1/include/aie/fir_interpolate_asym_traits.hpp`` (lanes, columns) and
``fir_interpolate_asym_utils.hpp`` (``T_accIntAsym``, ``bufferInterleaveIntAsym``):

* architecture: ``m_kArch = m_kPermuteSupport == 1 ? m_kPermuteArch : m_kDecomposedArch``; AIE-ML has no
  accumulator permutes (``__HAS_ACCUM_PERMUTES__`` 0: ``mulIntAsym`` / ``macIntAsym`` are empty there), so a
  TP_API 0 kernel runs ``kArchPhaseParallel`` (``filterPhaseParallel``): the ``TP_INTERPOLATE_FACTOR`` (IF)
  polyphases are computed side by side on the SAME input data, each a single-rate FIR of ``R / IF`` taps
  (``sr_asym::initMacSrAsym`` / ``macSrAsym``) into its own accumulator (``std::array<T_accIntAsym, IF>``), and
  the IF output vectors are interleaved at the end (the source's comment: "Interleaving is degrading
  performance somehow");
* lanes / columns: ``fnNumLanesIntAsym<.., TP_API 0>`` = ``fnNumLanes`` (16 for cint16 data on AIE-ML, as
  fir_sr_asym), ``fnNumColsIntAsym`` = ``fnNumCols`` = 4; ``T_accIntAsym`` is ``T_acc`` (the 16-lane cacc64 of
  fir_sr_asym, NOT the decimator's 8-lane ``T_acc384``), so every sliding MAC is C17's ``sliding_mac<16, 4>``
  (:data:`kernels.fir_sr_asym.SLIDING`) and the accumulator unzip / combine between calls folds as in
  fir_sr_asym; ``m_kLsize = WINDOW / 16`` trips, one per 16 input samples (16 x IF output samples);
* per trip (``for i < m_kLsize``, ``chess_prepare_for_pipelining``): one 256-bit coefficient register load per
  phase (``coe[phase] = m_internalTaps2[phase]``) and one more per phase each time ``4 x op % m_kCoeffRegVsize
  == 0`` past op 0 (16 int16 / 8 cint16 per register); ``kInitialLoads = CEIL(xoff + 16 + 4 - 1, 8) / 8``
  256-bit data loads (``upd_win_incr_256b`` into the 1024-bit ``sbuff``), then one more each time the ops need
  samples past those loaded (``dataNeeded += 4 x IF`` per op against ``8 x IF`` per load: 4 samples per op);
  a cascade read per phase (if any); per op (``m_kNumOps = CEIL(R / IF, 4) / 4``) one sliding MAC per phase at
  the same data start ``xoff + 4 op`` and coefficient start ``4 op % m_kCoeffRegVsize``; a cascade write per
  phase, or per phase ``shiftAndSaturateIntAsym`` and ``bufferInterleaveIntAsym``; the read pointer goes back by
  the loads and on by 16 samples (the data of one trip is re-read by the next: no ``IncLoads`` variant here);
* interleave (``bufferInterleaveIntAsym``, output kernel only): IF 2: one ``aie::interleave_zip`` of the two
  16-sample cint16 vectors (512 bits each) and two 512-bit stores; IF 4: four ``interleave_zip`` (0 with 2, 1 with
  3, then the two halves' firsts and seconds) and four 512-bit stores; IF 3, 5, 6, 7, 9 go sample by sample
  (``writeValLoc[j % 16] = outArray[j % IF].val.get(j / IF)``: 16 x IF element extracts / inserts, not
  costed, refused). One 512-bit ``interleave_zip`` is two ``::shuffle`` (low / high modes:
  jgmelber/aie_api @4e950f7d ``detail/aie2/interleave.hpp`` ``interleave_bits_zip_impl``, the ``bits() == 512``
  branch): :data:`INTERLEAVE_SHUFFLES`;
* margin ``fnFirMargin<FIR_LEN / IF>`` = ``CEIL(FIR_LEN / IF, 8)`` samples (the input is at the input rate);
  cascade split ``fnFirRange`` / ``fnFirRangeRem`` / ``fnFirRangeOffset`` with rounding ``TP_INTERPOLATE_FACTOR``
  (the decimator's rule with its factor); ``m_kFirRangeOffset = fnFirRangeOffset / IF``,
  ``m_kFirInitOffset = m_kFirRangeOffset + CEIL(FIR_LEN / IF, 8) - FIR_LEN / IF + 1``, ``xoff`` its remainder
  mod 8 (256-bit window access).

Costed per trip (:func:`trip_slots`): the data loads and the coefficient loads (either load port); per op the
data unzip (:data:`kernels.fir_sr_asym.UNZIP_SHUFFLES`) and the data_re / data_im rotates when the data start is
not 0 ONCE, shared by the IF phases (:data:`DATA_CSE`: the IF sliding MACs of one op take the same ``sbuff`` and
start in one unrolled body, so the blind model took their identical unzip / rotate intrinsics as one,
common-subexpression elimination, assumption; ``False``, set after seeing C25's blind errors (``CSE_CHANGE`` in
validation/cases_c25.py), costs them per phase as fir_sr_asym's calls, C17's rule); per phase per op the
coefficient unzip (cint16 coefficients) and rotate when the coefficient start is not 0 and the VMACs of
``SLIDING``; per phase of the output kernel the accumulator combine before the SRS (fir_sr_asym's ``ACC_UNZIP``
rule, :data:`kernels.fir_sr_asym.ACC_SHUFFLES`), two VSRS to vector registers (16-lane cacc64: two 1024-bit
halves, each 16 x acc64 -> int16; not fused into a store because the result goes to the interleave; move slot,
the project's rule for an SRS to a register, :mod:`aiesim_py.isa.timing`) and two 256-bit stores; the interleave
shuffles; on a cascade, the 16-lane cacc64 (4 cascade words) per phase read and / or written (move slot).
Register pressure: IF accumulators of 2048 bits are IF x 2 of the 9 1024-bit accumulator registers
(``CoreTiming.accumulator_registers``): 8 at IF 4, no spill modelled; IF 8 would not fit and is refused.

Loop schedule, diagnostic NOT applied (:data:`REGPRESSURE_CHANGE` False; tried after seeing C25's errors,
validation/cases_c25.py ``REGP_DIAGNOSTICS``): C22's ``UNPIPELINED_CHANGE`` rule with its counting
(:func:`software_pipelines`): one trip keeps the one 1024-bit ``sbuff``, IF 256-bit ``coe`` registers and one
sliding MAC's operands live (:func:`live_vector_bits`: 4096 / 4608 bits cint16 x int16 IF 2 / 4, 5632 / 6144
cint16 x cint16), an overlap adds the next trip's rewritten ``sbuff`` pieces (:func:`overlap_vector_bits`:
5120 / 5376-5632 / 6400-6656 / 6912-7168 against 12 x 512 = 6144), and the IF 16-lane cacc64 accumulators
(:func:`live_accumulator_bits`, 2 x IF of the 9 1024-bit registers) need 8 / 16 registers for two trips. So
cint16 x int16 IF 2 would pipeline and the other three configurations not; costed so, C25 stays at 12 of 96
within 10 % (median 30.2 -> 29.4 %; even every kernel unpipelined gives 12): the interpolator's trips are
vector-ALU bound (II >= depth on every lone kernel), so ``max(depth, II)`` adds nothing where the data need a
per-trip intercept of ~50-80 cycles.

Schedule: the pipelined trip loop, II = :func:`~aiesim_py.isa.timing.resource_ii` of the trip's slots or the
accumulator chain of one phase (``ops x chain`` VMACs ``acc_chain_ii`` apart: the phases' accumulators are
separate registers, so their chains run side by side; kernels.dft ``ACC_REUSE``: a trip holds whole
accumulations); depth = load -> unzip -> rotate -> the MACs (the chain, or the MAC slot's IF x ops x VMACs if
longer) -> [combine -> SRS -> interleave levels -> stores] or the cascade write. Loop set-up, ADF wrapper, margin
copy (first kernel) and the window broadcast over the cascade (``filterKernel`` calls ``windowBroadcast`` with
WINDOW + ``fnFirMargin<FIR_LEN / IF>`` samples: :func:`kernels.fir_sr_asym.broadcast_cycles`, the graph built by
the same ``fir_graph_utils.hpp`` helpers) as fir_sr_asym's; the constructor's phase reordering of the taps
(``m_internalTaps2``) costed as a scalar copy on the first call. Cascade: one group per trip.

Not modelled (:class:`FirInterpolateAsymParams` refuses them): other type pairs, interpolation factors other than
2 / 4 (odd and 6: the sample-by-sample interleave; 8: IF x 2 accumulator registers exceed the 9), TP_API 1
(``kArchStreamPhaseParallel``), SSR > 1, TP_PARA_INTERP_POLY > 1 (several polyphase kernels), dual inputs, two
outputs, coefficient reload. No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, resource_ii
from aiesim_py.kernels import fir_decimate_asym, fir_sr_asym, kernel_io
from aiesim_py.kernels.fir_common import (FirCascadeMixin, accumulator_registers_fit, check_graph_options,
                                          check_position, fir_call_cost, vector_registers_fit, window_ports)
from aiesim_py.kernels.fir_common import ceil_to as _ceil
from aiesim_py.kernels.fir_sr_asym import SLIDING, SlidingMac, acc_shuffle_sets, broadcast_cycles
from aiesim_py.kernels.kernel_io import KernelPort, sample_type
from aiesim_py.kernels.matrix_mult import MatrixMultCost

#: re-exported (tests/test_fir_interpolate_asym.py uses ``ia.loop_setup_cycles``)
loop_setup_cycles = kernel_io.loop_setup_cycles

TEMPLATE = None
KIND = "fir_interpolate_asym"

PAIRS = (("cint16", "int16"), ("cint16", "cint16"))
LANES = 16                 # fnNumLanesIntAsym<cint16, *, 0> = fnNumLanes on AIE-ML
COLUMNS = 4                # fnNumColsIntAsym<.., 0> = fnNumCols on AIE-ML
LOAD_SAMPLES = 8           # 256-bit load of cint16 (m_kDataLoadVsize)
BUFF_SAMPLES = 32          # 1024-bit sbuff of cint16
WIN_ACCESS_SAMPLES = 8     # m_kWinAccessByteSize 32, in cint16
COEFF_REG_BYTES = 32       # T_buff_256b<TT_COEFF>: m_kCoeffRegVsize = 32 / sizeof(TT_COEFF)
ACC_BYTES = LANES * 16     # 16-lane cacc64 per phase on the cascade (2048 bits)
#: output SRS ops per phase: the 16-lane cacc64 as two 1024-bit halves of 16 acc64 -> 16 x int16 (256 bits) each
SRS_PER_PHASE = 2
#: interpolation factor -> (interleave_zip calls, their levels on the critical path) of bufferInterleaveIntAsym
INTERLEAVE = {2: (1, 1), 4: (4, 2)}
#: vector-ALU shuffles of one 512-bit aie::interleave_zip (aie2/interleave.hpp: ::shuffle low and high)
INTERLEAVE_SHUFFLES = 2
#: True: the IF phases' sliding MACs of one op share the data unzip and rotates (the blind model's assumption,
#: module docstring). Set to False after seeing C25's blind errors (validation/cases_c25.py ``CSE_CHANGE``): every
#: sliding MAC unzips and rotates the buffer it is given, fir_sr_asym's (C17's) rule, no common-subexpression
#: elimination across the phases
DATA_CSE = False
#: tried after seeing C25's errors, NOT applied (validation/cases_c25.py ``REGP_DIAGNOSTICS``): True takes the trip
#: loop of ``filterPhaseParallel`` as not software-pipelined when two overlapped trips do not fit the vector or the
#: accumulator register file (:func:`software_pipelines`), C22's rule (kernels.fir_decimate_asym
#: ``UNPIPELINED_CHANGE``) with its counting; each trip then runs ``max(depth, II)``. It leaves C25 at 12 of 96 within
#: 10 % (module docstring), so it stays False: the loop is costed pipelined, as before
REGPRESSURE_CHANGE = False
#: bits of the data buffer (``T_buff_1024b<TT_DATA> sbuff``: one, shared by the IF phases)
SBUFF_BITS = fir_decimate_asym.PHASE_BUFFER_BITS
#: bits of one coefficient register (``std::array<T_buff_256b<TT_COEFF>, kParallelPhases> coe``)
COEFF_REG_BITS = fir_decimate_asym.COEFF_REG_BITS
#: 512-bit vectors live inside one sliding MAC (jgmelber/aie_api @2a408059 detail/aie2/sliding_mul_acc64.hpp), C22's
#: counting: cint16 x int16 (``<.., 64, 16, 32, int16, cint16>``) data_re, data_im, their two rotates and the rotated
#: ``grow_replicate<32>`` coefficients (5, fir_decimate_asym's); cint16 x cint16 (``<.., 64, 32, 32, cint16, cint16>``)
#: coef_re, coef_im, data_re, data_im (``grow_all<32>(unzip_complex(..))``, four vector<int16, 32>) and the four
#: ``shuffle_down_rotate<int16, 32>`` of them (8)
SLIDING_MAC_VECTORS = {("cint16", "int16"): fir_decimate_asym.SLIDING_MAC_VECTORS, ("cint16", "cint16"): 8}


@dataclass(frozen=True)
class FirInterpolateAsymParams(FirCascadeMixin):
    """One DSPLib fir_interpolate_asym kernel: cascade position ``position`` of a ``casc_len`` chain.

    Attributes:
        data_type, coeff_type: ``TT_DATA`` / ``TT_COEFF``.
        fir_len: ``TP_FIR_LEN`` (the whole filter).
        interpolate: ``TP_INTERPOLATE_FACTOR``.
        window: ``TP_INPUT_WINDOW_VSIZE`` input samples per call.
        casc_len, position: ``TP_CASC_LEN`` and ``TP_KERNEL_POSITION``.
        ssr, api, para_poly, dual_ip, num_outputs, coeff_reload: graph options; only 1 / 0 / 1 / 0 / 1 / 0.
    """
    data_type: str
    coeff_type: str
    fir_len: int
    interpolate: int
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
            raise ValueError(f"fir_interpolate_asym: {self.data_type} x {self.coeff_type} is not modelled; the "
                             f"phase sliding MACs were costed only for {PAIRS}")
        check_graph_options("fir_interpolate_asym", self, "stream interface, kArchStreamPhaseParallel",
                            self.ssr == 1 and self.para_poly == 1,
                            "TP_SSR > 1 and TP_PARA_INTERP_POLY > 1 (several polyphase kernels) are not modelled",
                            ("fir_len", "interpolate", "window", "casc_len"))
        if self.interpolate not in INTERLEAVE:
            raise ValueError(f"fir_interpolate_asym: interpolation factor {self.interpolate} is not modelled (3, 5, "
                             "6, 7, 9 interleave the phases sample by sample with element extracts / inserts, not "
                             "costed; 8 needs 16 of the 9 accumulator registers; modelled: "
                             f"{sorted(INTERLEAVE)})")
        check_position("fir_interpolate_asym", self)
        if self.fir_len % self.interpolate:
            raise ValueError("fir_interpolate_asym: TP_FIR_LEN must be a multiple of TP_INTERPOLATE_FACTOR "
                             "(DSPLib)")
        if self.window % LANES:
            raise ValueError(f"fir_interpolate_asym: window {self.window} must be a multiple of {LANES} samples "
                             "(DSPLib: TP_INPUT_WINDOW_VSIZE % m_kLanes == 0)")
        if self.range_len < self.interpolate:
            raise ValueError(f"fir_interpolate_asym: kernel {self.position} gets {self.range_len} taps")

    @property
    def sliding(self) -> SlidingMac:
        return SLIDING[(self.data_type, self.coeff_type)]

    @property
    def coeff_reg(self) -> int:
        """``m_kCoeffRegVsize``: coefficients per 256-bit register."""
        return COEFF_REG_BYTES // sample_type(self.coeff_type).bytes

    @property
    def _trunc(self) -> int:
        return self.fir_len - self.fir_len % (self.interpolate * self.casc_len)

    @property
    def range_len(self) -> int:
        """``TP_FIR_RANGE_LEN``: fnFirRange / fnFirRangeRem with rounding ``TP_INTERPOLATE_FACTOR``."""
        rnd, tr = self.interpolate, self._trunc
        base = tr // self.casc_len
        if self.position == self.casc_len - 1:
            return base + (self.fir_len - tr) % rnd
        return base + (rnd if self.fir_len - tr >= rnd * (self.position + 1) else 0)

    @property
    def range_offset(self) -> int:
        """``fnFirRangeOffset`` (rounding ``TP_INTERPOLATE_FACTOR``), in taps."""
        rnd, tr, k = self.interpolate, self._trunc, self.position
        extra = rnd * k if self.fir_len - tr >= rnd * k else (self.fir_len - self.fir_len % rnd) - tr
        return k * (tr // self.casc_len) + extra

    @property
    def margin(self) -> int:
        """``fnFirMargin<FIR_LEN / IF>``: margin samples of the input buffer."""
        return _ceil(self.fir_len // self.interpolate, LOAD_SAMPLES)

    @property
    def init_offset(self) -> int:
        """``m_kFirInitOffset``."""
        return self.range_offset // self.interpolate + self.margin - self.fir_len // self.interpolate + 1

    @property
    def xoffset(self) -> int:
        """``m_kDataBuffXOffset``."""
        return self.init_offset % WIN_ACCESS_SAMPLES

    @property
    def ops(self) -> int:
        """``m_kNumOps``: sliding MACs per phase per trip."""
        return _ceil(self.range_len // self.interpolate, COLUMNS) // COLUMNS

    @property
    def macs(self) -> int:
        """Sliding MACs per trip (one per phase per op)."""
        return self.interpolate * self.ops

    @property
    def vectors(self) -> int:
        """Trips (cascade groups) per call: ``m_kLsize``."""
        return self.window // LANES

    @property
    def cascade_bytes(self) -> int:
        return self.vectors * self.interpolate * ACC_BYTES

    @property
    def adf_input(self) -> bool:
        """The input window is an ADF buffer fed by the graph: the first kernel (or every kernel without
        fir_sr_asym's ``CASC_BROADCAST``)."""
        return self.position == 0 or not fir_sr_asym.CASC_BROADCAST

    def ports(self) -> tuple[KernelPort, ...]:
        return window_ports(self, self.window * self.interpolate)


def data_starts(p: FirInterpolateAsymParams) -> list[int]:
    """Data start (mod the 32-sample sbuff) of each op's sliding MACs: ``xoff + m_dataStarts[0] + 4 op``
    (``fnInitStarts`` gives phase 0 a start of 0)."""
    return [(p.xoffset + COLUMNS * j) % BUFF_SAMPLES for j in range(p.ops)]


def data_loads(p: FirInterpolateAsymParams) -> int:
    """256-bit data loads per trip: ``kInitialLoads`` and one more each time the ops need samples past those
    loaded."""
    needed = p.xoffset + LANES + COLUMNS - 1
    loaded = _ceil(needed, LOAD_SAMPLES)
    loads = loaded // LOAD_SAMPLES
    for _ in range(1, p.ops):
        needed += COLUMNS
        if needed > loaded:
            loaded += LOAD_SAMPLES
            loads += 1
    return loads


def coeff_loads(p: FirInterpolateAsymParams) -> int:
    """256-bit coefficient loads per trip: one per phase, one per phase per later ``4 op % m_kCoeffRegVsize == 0``."""
    later = sum(1 for op in range(1, p.ops) if (COLUMNS * op) % p.coeff_reg == 0)
    return p.interpolate * (1 + later)


def trip_slots(p: FirInterpolateAsymParams, t: CoreTiming = AIE_ML_CORE) -> SlotUse:
    """Issue slots of one trip (16 input samples, 16 x IF outputs)."""
    sm, phases = p.sliding, p.interpolate
    data_unzip = fir_sr_asym.UNZIP_SHUFFLES
    coeff_unzip = sm.unzip_shuffles - data_unzip
    shared = 1 if DATA_CSE else phases
    alu = 0
    for j, start in enumerate(data_starts(p)):
        coeff_start = COLUMNS * j % p.coeff_reg
        alu += shared * (data_unzip + sm.data_rotates * (start != 0))
        alu += phases * (coeff_unzip + sm.coeff_rotates * (coeff_start != 0))
    out = not p.cascade_out
    alu += phases * fir_sr_asym.acc_interleave_ops() * sum(acc_shuffle_sets(p))
    words = -(-ACC_BYTES // t.cascade_bytes_per_cycle)
    move = phases * words * (int(p.cascade_in) + int(p.cascade_out))
    stores = 0
    if out:
        calls, _ = INTERLEAVE[phases]
        alu += calls * INTERLEAVE_SHUFFLES
        move += phases * SRS_PER_PHASE
        stores = phases * -(-LANES * sample_type(p.out_type).bytes // t.store_bytes)
    return SlotUse(load_any=data_loads(p) + coeff_loads(p), mac=sm.vmacs * p.macs, vector_alu=alu, move=move,
                   store=stores)


def phase_chain(p: FirInterpolateAsymParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """The accumulator chain of one phase per trip (the loop recurrence): ``ops x chain`` VMACs ``acc_chain_ii``
    apart; the IF phases are separate accumulators."""
    return p.ops * p.sliding.chain * t.acc_chain_ii


def trip_depth(p: FirInterpolateAsymParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Critical path of one trip: load -> data unzip -> rotate -> MACs -> [combine -> SRS -> interleave ->
    stores] or the cascade write."""
    sm = p.sliding
    head = max(t.vload_latency, t.cascade_read_latency if p.cascade_in else 0)
    chain = p.ops * sm.chain
    mac_issue = max(1 + (chain - 1) * t.acc_chain_ii, p.interpolate * p.ops * sm.vmacs)
    steps = [(1, head), (fir_sr_asym.UNZIP_SHUFFLES, t.vector_alu_latency), (1, t.vector_alu_latency),
             (mac_issue, t.vmac_latency)]
    unzip_in, combine_out = acc_shuffle_sets(p)
    if p.cascade_out:
        words = -(-ACC_BYTES // t.cascade_bytes_per_cycle)
        steps.append((p.interpolate * words, t.cascade_write_latency))
    else:
        if combine_out:
            steps.append((fir_sr_asym.acc_interleave_ops(), t.vector_alu_latency))
        _, levels = INTERLEAVE[p.interpolate]
        steps.append((SRS_PER_PHASE, t.srs_latency))
        steps.append((levels * INTERLEAVE_SHUFFLES, t.vector_alu_latency))
        steps.append((p.interpolate * -(-LANES * sample_type(p.out_type).bytes // t.store_bytes), 0))
    return critical_path(*steps)


def live_vector_bits(p: FirInterpolateAsymParams) -> int:
    """Vector-register bits one trip keeps live while its sliding MACs run (C22's counting, from the source's
    types): the one 1024-bit ``sbuff`` (each trip re-inserts only the 256-bit pieces it loads, and every sliding
    MAC's ``unzip_complex`` reads all of it), the IF 256-bit coefficient registers ``coe[phase]`` and one sliding
    MAC's operands (:data:`SLIDING_MAC_VECTORS`)."""
    return SBUFF_BITS + p.interpolate * COEFF_REG_BITS + SLIDING_MAC_VECTORS[(p.data_type, p.coeff_type)] * 512


def overlap_vector_bits(p: FirInterpolateAsymParams) -> int:
    """Bits an overlapped (software-pipelined) schedule needs: :func:`live_vector_bits` of this trip plus a second
    copy of the ``sbuff`` pieces the next trip rewrites (``upd_win_incr_256b`` inserts each 256-bit load straight
    into ``sbuff``: no de-interleave working set, unlike the decimator)."""
    rewritten = min(SBUFF_BITS, data_loads(p) * LOAD_SAMPLES * 32)
    return live_vector_bits(p) + rewritten


def live_accumulator_bits(p: FirInterpolateAsymParams) -> int:
    """Accumulator-register bits one trip keeps live: ``std::array<T_accIntAsym, IF> acc``, IF 16-lane cacc64 of
    2048 bits (from the first MAC to the SRS / cascade write)."""
    return p.interpolate * ACC_BYTES * 8


def software_pipelines(p: FirInterpolateAsymParams, t: CoreTiming = AIE_ML_CORE) -> bool:
    """True when two overlapped trips fit both register files: :func:`overlap_vector_bits` within
    ``vector_registers`` x ``vector_register_bytes`` (12 x 512 bits, UG1603-VREG) and twice
    :func:`live_accumulator_bits` within ``accumulator_registers`` x ``accumulator_register_bytes`` (9 x 1024 bits,
    UG1603-AREG); always True without ``REGPRESSURE_CHANGE``."""
    if not REGPRESSURE_CHANGE:
        return True
    vector_ok = vector_registers_fit(overlap_vector_bits(p), t)
    acc_ok = accumulator_registers_fit(2 * live_accumulator_bits(p), t)
    return vector_ok and acc_ok


#: ITER_ALIAS_CHANGE (2026-12-07, made after seeing the held-out errors of C31 / C25; ``False`` reproduces the figures
#: before it; kernels.fir_interpolate_hb ``ITER_ALIAS`` has the reasoning): ``filterPhaseParallel``
#: (``fir_interpolate_asym.cpp`` @0d8795bc) reads through ``aie::begin_random_circular`` and writes through
#: ``cond_begin_vector_random_or_scalar_circular`` iterators, neither ``__restrict``, so on the output kernel a trip's
#: data loads stay after the previous trip's stores (may-alias): trips do not overlap, each costs at least
#: :func:`serial_trip_cycles` (a loop recurrence). fir_sr_asym's loops use ``__restrict`` raw pointers.
#: NOT applied (False): with it C25 goes 35 -> 53 of 96 but 35 figures go out, every lone kernel 12-30 % slow
#: (validation/cases_c25.py ITER_ALIAS_DIAGNOSTICS): the same source pattern as C31's, contradicted by C25's data, so
#: applying it to fir_interpolate_hb alone is a choice read from the data, not from a source.
ITER_ALIAS = False


def serial_trip_cycles(p: FirInterpolateAsymParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """One trip of the output kernel from its first data load to its last store (:data:`ITER_ALIAS`): the load
    latency, the vector-ALU ops feeding the sliding MACs (one slot), the last sliding MAC, then the dependent tail: the
    IF phases' combines, their SRS (move slot), the interleave and the stores."""
    slots = trip_slots(p, t)
    phases = p.interpolate
    combine = phases * fir_sr_asym.acc_interleave_ops() if acc_shuffle_sets(p)[1] else 0
    calls, levels = INTERLEAVE[phases]
    before = slots.vector_alu - combine - calls * INTERLEAVE_SHUFFLES
    return critical_path((1, t.vload_latency), (before, t.vector_alu_latency), (p.sliding.vmacs, t.vmac_latency),
                         (combine, t.vector_alu_latency), (phases * SRS_PER_PHASE, t.srs_latency),
                         (levels * INTERLEAVE_SHUFFLES, t.vector_alu_latency), (slots.store, 0))


def loop_recurrence(p: FirInterpolateAsymParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """The loop-carried bound of one trip: the accumulator chain (:func:`phase_chain`) and, on the output kernel with
    :data:`ITER_ALIAS`, the serial trip (:func:`serial_trip_cycles`)."""
    chain = phase_chain(p, t)
    if not ITER_ALIAS or p.cascade_out:
        return chain
    return max(chain, serial_trip_cycles(p, t))


def fir_interpolate_asym_cycles(p: FirInterpolateAsymParams, t: CoreTiming = AIE_ML_CORE) -> MatrixMultCost:
    """Cycles of one call (module docstring)."""
    slots = trip_slots(p, t)
    ii = resource_ii(slots, t, recurrence=loop_recurrence(p, t))
    depth = trip_depth(p, t)
    trips = p.vectors
    pipelined = software_pipelines(p, t)
    # constructor: the kernel's taps reordered into IF phase arrays (m_internalTaps2: IF x CEIL(CEIL(R, IF) / IF,
    # 256-bit)), a scalar copy assumed one per cycle
    taps2 = p.interpolate * _ceil(-(-p.range_len // p.interpolate), p.coeff_reg)
    first_call = taps2 + t.scalar_load_latency
    return fir_call_cost(p, t, ii=ii, depth=depth, trips=trips, pipelined=pipelined,
                         broadcast=broadcast_cycles(p, t), first_call=first_call)
