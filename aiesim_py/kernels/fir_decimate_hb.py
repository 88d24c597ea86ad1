"""Half-band decimation FIR (DSPLib ``fir_decimate_hb``) on AIE-ML: the ``fir_decimate_hb_asym`` kernel, buffer
interface (TP_API 0), cint16 data x int16 coefficients, one SSR phase, one polyphase path (TP_PARA_DECI_POLY 1),
``TP_CASC_LEN`` kernels in a cascade, decimation factor 2 (fixed).

Which kernel (read, facts only, no code taken; Xilinx/Vitis_Libraries @0d8795bc): ``fir_decimate_hb_graph.hpp``
with TP_PARA_DECI_POLY 1 builds, outside ``__HAS_SYM_PREADD__ == 1`` (so on AIE-ML), ``ssr_kernels<...,
decimate_hb_asym::fir_decimate_hb_asym_tl>`` from ``fir_decimate_hb_asym.cpp`` (validation/cases_c27.py records
the reading). Kernel source read: ``dsp/L1/src/aie/fir_decimate_hb_asym.cpp`` (``filterKernel``, ``filterBasic``),
``dsp/L1/include/aie/fir_decimate_hb_asym.hpp`` (class constants, ``fir_decimate_hb_asym_tl``, ``firReload``),
``dsp/L1/include/aie/fir_decimate_hb_asym_utils.hpp`` (``macDecHbAsym``), ``fir_decimate_hb_traits.hpp``
(``kDecimateFactor`` = ``kHbFactor`` = ``kSymmetryFactor`` = 2, ``kMaxColumns`` 4):

* taps: a half-band FIR of ``TP_FIR_LEN = 4N - 1`` taps (static_assert) has ``(FIR_LEN + 1) / 2`` non-zero
  "phase 1" taps and one centre tap; the cascade splits FIR_LEN with ``fnFirRange`` / ``fnFirRangeRem<FIR_LEN,
  CASC_LEN, pos, 2>`` (``getKernelFirRangeLen``), kernel ``pos`` keeps ``m_kNumAsymPh1Taps`` = R / 2 phase-1 taps
  ((R + 1) / 2 on the last kernel), zero-padded to the columns (``m_kFirLenCeilCols = CEIL(taps, 4)``);
* the centre tap (``m_kHasCT``): one kernel only, position ``CASC_LEN / 2 - 1`` (even CASC_LEN) or ``CASC_LEN / 2``
  (odd; position 0 of a lone kernel) runs one extra sliding MAC per output vector on the other phase's data
  (``ph2Data``, ``coeCt``: a 256-bit register of the centre tap and zeros, loaded once before the loop);
* lanes ``fnNumLanes384`` = 8 (``m_kVOutSize``), columns ``fnNumCols`` = 4; ``m_kLsize = WINDOW / (8 x 2)``
  trips of the ``chess_prepare_for_pipelining`` loop, one output vector each;
* per trip: one 256-bit coefficient load (``coe0``) plus one each time ``op % 16 == 0`` past the first op;
  ``m_kInitialLoads = CEIL(CEIL((xoff + 8 - 1 + 4) x 2, 8) / 8, 2)`` 256-bit data loads into a 1024-bit ``sbuff``,
  then two ``interleave_unzip`` of two 256-bit pieces (``sh`` loop; the ``.first`` piece inserted into ``ph1Data``,
  the ``.second`` into ``ph2Data``; the source calls interleave_unzip twice with the same arguments, taken as one
  op, assumption); a cascade read (if any); then per op of 4 taps one ``macDecHbAsym`` on ``ph1Data`` at data start
  ``op + xoff`` and coefficient start ``op % 16``, with ``dataNeeded`` starting at ``(xoff + 8 + 4 - 2) x 2 + 1``
  and growing by 8 input samples per op past the first: when it exceeds what is loaded, two more 256-bit loads and
  one more interleave_unzip; the centre-tap MAC at op ``m_kCTOp``; then SRS (``to_vector``), cascade write and a
  256-bit store of 8 cint16;
* ``macDecHbAsym`` is ``aie::sliding_mac<fnNumLanes384, fnNumCols384>`` = ``sliding_mac<8, 4>`` on the ``T_acc384``
  accumulator: the same 8-lane cint16 x int16 sliding MAC as the fir_decimate_asym phases, so its op counts are
  :data:`~aiesim_py.kernels.fir_sr_asym.SLIDING` ``("cint16", "int16")`` (2 VMACs, 2-shuffle data unzip, data /
  coefficient rotates when the start is not 0) plus fir_decimate_asym's ``ACC8_CHANGE`` accumulator unzip /
  combine (:func:`~aiesim_py.kernels.fir_decimate_asym.acc8_shuffles_per_mac` shuffles,
  :func:`~aiesim_py.kernels.fir_decimate_asym.acc8_mac_chain` cycles of accumulator chain per sliding MAC),
  imported unchanged (C22's post-blind change, applied here before C29's blind run);
* offsets: margin ``fnFirMargin = CEIL(FIR_LEN, 8)``; ``m_kFirMarginOffset = margin / 2 - (FIR_LEN + 1) / 2 + 1``;
  ``m_kFirInitOffset = (fnFirRangeOffset<.., 2> / 2 + m_kFirMarginOffset) x 2``; window offset ``TRUNC(init, 8)``;
  ``m_kDataBuffXOffset = (init % 8) / 2``; the centre-tap data start ``lowPhOffset = ((margin - windowOffset) / 2 -
  FIR_LEN / 4 - 1 + 32) % 32``.

Loop schedule: C22's ``UNPIPELINED_CHANGE`` register-pressure rule, applied before the blind run: the loop keeps
two loop-carried 1024-bit phase buffers (``ph1Data``, ``ph2Data``: each trip re-inserts 256-bit pieces and every
sliding MAC reads the whole 1024 bits), two 256-bit coefficient registers (``coe0``, ``coeCt``) and one sliding
MAC's five 512-bit operands (fir_decimate_asym ``SLIDING_MAC_VECTORS``): 5120 bits, the figure of a factor-2
fir_decimate_asym kernel; an overlapped trip adds the de-interleave working set (``DEINTERLEAVE_VECTORS``) and a
copy of the rewritten buffer pieces (:func:`overlap_vector_bits`), against 12 x 512 bits: never fits for these
kernels, so each trip runs ``max(depth, II)`` (:func:`software_pipelines`).

Cascade input: ``filterKernel`` calls ``windowBroadcast`` first, as fir_sr_asym / fir_decimate_asym, and the graph
uses the same ``ssr_kernels`` helpers: kernel positions > 0 get the window over the cascade
(:func:`~aiesim_py.kernels.fir_sr_asym.broadcast_cycles`). ADF wrapper, margin copy, loop set-up and the
constructor's tap copy (``firReload``, a scalar copy of the kernel's taps) as fir_decimate_asym's.

Not modelled (:class:`FirDecimateHbParams` refuses them): other type pairs, TP_API 1 (``filterStream``), SSR > 1,
TP_PARA_DECI_POLY 2 (fir_sr_asym + centre-tap kernels on two input phases), dual inputs, two outputs, coefficient
reload. No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, resource_ii
from aiesim_py.kernels import fir_decimate_asym as deci
from aiesim_py.kernels import fir_sr_asym
from aiesim_py.kernels.fir_common import (FirCascadeMixin, check_graph_options, check_position, fir_call_cost,
                                          vector_registers_fit, window_ports)
from aiesim_py.kernels.fir_common import ceil_to as _ceil
from aiesim_py.kernels.fir_sr_asym import SLIDING, SlidingMac, broadcast_cycles
from aiesim_py.kernels.kernel_io import KernelPort, sample_type
from aiesim_py.kernels.matrix_mult import MatrixMultCost

TEMPLATE = None
KIND = "fir_decimate_hb"

PAIRS = (("cint16", "int16"),)
DECIMATE = 2               # kDecimateFactor (half-band)
LANES = deci.LANES         # fnNumLanes384 on AIE-ML (m_kVOutSize)
COLUMNS = deci.COLUMNS     # fnNumCols on AIE-ML
LOAD_SAMPLES = deci.LOAD_SAMPLES
BUFF_SAMPLES = deci.BUFF_SAMPLES
COEFF_REG = deci.COEFF_REG
WIN_ACCESS_SAMPLES = deci.WIN_ACCESS_SAMPLES
ACC_BYTES = deci.ACC_BYTES
#: vector-ALU shuffles of one ``interleave_unzip`` of two 256-bit pieces (fir_decimate_asym's factor-2 count)
UNZIP_SHUFFLES = deci.DEINTERLEAVE[2]
#: interleave_unzip calls of the ``sh`` loop at the start of every trip
INITIAL_UNZIPS = 2


@dataclass(frozen=True)
class FirDecimateHbParams(FirCascadeMixin):
    """One DSPLib fir_decimate_hb_asym kernel (AIE-ML): cascade position ``position`` of a ``casc_len`` chain.

    Attributes:
        data_type, coeff_type: ``TT_DATA`` / ``TT_COEFF``.
        fir_len: ``TP_FIR_LEN`` (the whole half-band filter, 4N - 1).
        window: ``TP_INPUT_WINDOW_VSIZE`` input samples per call.
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
            raise ValueError(f"fir_decimate_hb: {self.data_type} x {self.coeff_type} is not modelled; the 8-lane "
                             f"sliding MAC was costed only for {PAIRS}")
        check_graph_options("fir_decimate_hb", self, "stream interface, filterStream",
                            self.ssr == 1 and self.para_poly == 1,
                            "TP_SSR > 1 and TP_PARA_DECI_POLY 2 (fir_sr_asym + centre-tap kernels) are not modelled",
                            ("fir_len", "window", "casc_len"))
        if (self.fir_len + 1) % 4:
            raise ValueError("fir_decimate_hb: TP_FIR_LEN must be 4N - 1 (DSPLib static_assert)")
        check_position("fir_decimate_hb", self)
        if self.window % (2 * DECIMATE * LANES):
            raise ValueError(f"fir_decimate_hb: window {self.window} must be a multiple of {2 * DECIMATE * LANES} "
                             "samples (DSPLib static_assert: 512 bits x decimation factor)")
        if self.taps < 1:
            raise ValueError(f"fir_decimate_hb: kernel {self.position} gets {self.taps} taps")

    @property
    def sliding(self) -> SlidingMac:
        return SLIDING[(self.data_type, self.coeff_type)]

    @property
    def decimate(self) -> int:
        return DECIMATE

    @property
    def _trunc(self) -> int:
        return self.fir_len - self.fir_len % (2 * self.casc_len)

    @property
    def range_len(self) -> int:
        """``TP_FIR_RANGE_LEN``: fnFirRange / fnFirRangeRem with rounding 2."""
        tr = self._trunc
        base = tr // self.casc_len
        if self.position == self.casc_len - 1:
            return base + (self.fir_len - tr) % 2
        return base + (2 if self.fir_len - tr >= 2 * (self.position + 1) else 0)

    @property
    def range_offset(self) -> int:
        """``fnFirRangeOffset`` (rounding 2)."""
        tr, k = self._trunc, self.position
        extra = 2 * k if self.fir_len - tr >= 2 * k else (self.fir_len - self.fir_len % 2) - tr
        return k * (tr // self.casc_len) + extra

    @property
    def taps(self) -> int:
        """``m_kNumAsymPh1Taps``: the kernel's phase-1 taps."""
        r = self.range_len
        return (r + 1) // 2 if self.position == self.casc_len - 1 else r // 2

    @property
    def has_ct(self) -> bool:
        """``m_kHasCT``: this kernel runs the centre-tap MAC."""
        c = self.casc_len
        return self.position == (c // 2 - 1 if c % 2 == 0 else c // 2)

    @property
    def margin(self) -> int:
        """``fnFirMargin``: margin samples of the input buffer."""
        return _ceil(self.fir_len, LOAD_SAMPLES)

    @property
    def init_offset(self) -> int:
        """``m_kFirInitOffset``."""
        margin_offset = self.margin // DECIMATE - (self.fir_len + 1) // 2 + 1
        return (self.range_offset // DECIMATE + margin_offset) * DECIMATE

    @property
    def window_offset(self) -> int:
        """``m_kDataWindowOffset``."""
        return self.init_offset - self.init_offset % WIN_ACCESS_SAMPLES

    @property
    def xoffset(self) -> int:
        """``m_kDataBuffXOffset``."""
        return (self.init_offset % WIN_ACCESS_SAMPLES) // 2

    @property
    def low_ph_offset(self) -> int:
        """``lowPhOffset``: the centre-tap MAC's data start."""
        return ((self.margin - self.window_offset) // DECIMATE - self.fir_len // 4 - 1 + BUFF_SAMPLES) % BUFF_SAMPLES

    @property
    def ceil_cols(self) -> int:
        """``m_kFirLenCeilCols``."""
        return _ceil(self.taps, COLUMNS)

    @property
    def ops(self) -> int:
        """Phase-1 sliding MACs per output vector."""
        return self.ceil_cols // COLUMNS

    @property
    def macs(self) -> int:
        """Sliding MACs per output vector (the phase-1 ops and the centre tap, if this kernel has it)."""
        return self.ops + int(self.has_ct)

    @property
    def vectors(self) -> int:
        """Output vectors (trips, cascade groups) per call: ``m_kLsize``."""
        return self.window // (LANES * DECIMATE)

    @property
    def cascade_bytes(self) -> int:
        return self.vectors * ACC_BYTES

    @property
    def adf_input(self) -> bool:
        """The input window is an ADF buffer fed by the graph: the first kernel (or every kernel without
        fir_sr_asym's ``CASC_BROADCAST``)."""
        return self.position == 0 or not fir_sr_asym.CASC_BROADCAST

    def ports(self) -> tuple[KernelPort, ...]:
        return window_ports(self, self.window // DECIMATE)


def initial_loads(p: FirDecimateHbParams) -> int:
    """``m_kInitialLoads``."""
    needed = (p.xoffset + LANES - 1 + COLUMNS) * DECIMATE
    return _ceil(_ceil(needed, LOAD_SAMPLES) // LOAD_SAMPLES, 2)


def extra_load_pairs(p: FirDecimateHbParams) -> int:
    """Times per trip the op loop loads two more 256-bit pieces (and de-interleaves them once)."""
    needed = (p.xoffset + LANES + COLUMNS - 2) * DECIMATE + 1
    loaded = initial_loads(p) * LOAD_SAMPLES
    pairs = 0
    for _ in range(COLUMNS, p.ceil_cols, COLUMNS):
        needed += COLUMNS * DECIMATE
        if needed > loaded:
            loaded += DECIMATE * LOAD_SAMPLES
            pairs += 1
    return pairs


def data_loads(p: FirDecimateHbParams) -> int:
    """256-bit data loads per trip."""
    return initial_loads(p) + DECIMATE * extra_load_pairs(p)


def unzips(p: FirDecimateHbParams) -> int:
    """``interleave_unzip`` ops per trip."""
    return INITIAL_UNZIPS + extra_load_pairs(p)


def coeff_loads(p: FirDecimateHbParams) -> int:
    """256-bit coefficient loads per trip: ``coe0`` and one per later ``op % 16 == 0``."""
    return 1 + sum(1 for op in range(COLUMNS, p.ceil_cols, COLUMNS) if op % COEFF_REG == 0)


def mac_starts(p: FirDecimateHbParams) -> list[tuple[int, int]]:
    """(data start mod 32, coefficient start) of every sliding MAC of one trip."""
    starts = [((op + p.xoffset) % BUFF_SAMPLES, op % COEFF_REG) for op in range(0, p.ceil_cols, COLUMNS)]
    if p.has_ct:
        starts.append((p.low_ph_offset, 0))
    return starts


def vector_slots(p: FirDecimateHbParams, t: CoreTiming = AIE_ML_CORE) -> SlotUse:
    """Issue slots of one trip (one output vector)."""
    sm = p.sliding
    alu = sum(sm.unzip_shuffles + sm.data_rotates * (d != 0) + sm.coeff_rotates * (c != 0) for d, c in mac_starts(p))
    alu += unzips(p) * UNZIP_SHUFFLES
    alu += p.macs * deci.acc8_shuffles_per_mac()
    words = -(-ACC_BYTES // t.cascade_bytes_per_cycle)
    move = words * (int(p.cascade_in) + int(p.cascade_out))
    stores = 0 if p.cascade_out else -(-LANES * sample_type(p.out_type).bytes // t.store_bytes)
    return SlotUse(load_any=data_loads(p) + coeff_loads(p), mac=sm.vmacs * p.macs, vector_alu=alu, move=move,
                   store=stores)


def mac_chain(p: FirDecimateHbParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """The accumulator chain of one trip: :func:`~aiesim_py.kernels.fir_decimate_asym.acc8_mac_chain` per sliding
    MAC."""
    return p.macs * deci.acc8_mac_chain(t)


def vector_depth(p: FirDecimateHbParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Critical path of one trip: load -> de-interleave -> data unzip -> rotate -> MAC chain -> store / cascade
    write."""
    head = max(t.vload_latency, t.cascade_read_latency if p.cascade_in else 0)
    steps = [(1, head), (1, t.vector_alu_latency), (p.sliding.unzip_shuffles, t.vector_alu_latency),
             (1, t.vector_alu_latency), (1, mac_chain(p, t))]
    if p.cascade_out:
        steps.append((-(-ACC_BYTES // t.cascade_bytes_per_cycle), t.cascade_write_latency))
    else:
        steps.append((-(-LANES * sample_type(p.out_type).bytes // t.store_bytes), 0))
    return critical_path(*steps)


def live_vector_bits(p: FirDecimateHbParams) -> int:
    """Vector-register bits one trip keeps live while its sliding MACs run: ``ph1Data`` and ``ph2Data`` (1024 bits
    each, loop-carried), ``coe0`` and ``coeCt`` (256 bits each) and one sliding MAC's operands."""
    return DECIMATE * (deci.PHASE_BUFFER_BITS + deci.COEFF_REG_BITS) + deci.SLIDING_MAC_VECTORS * 512


def overlap_vector_bits(p: FirDecimateHbParams) -> int:
    """Bits an overlapped schedule needs: :func:`live_vector_bits` plus the next trip's de-interleave working set and
    a second copy of the phase-buffer pieces it rewrites (fir_decimate_asym's rule)."""
    rewritten = min(DECIMATE * deci.PHASE_BUFFER_BITS, data_loads(p) * LOAD_SAMPLES * 32)
    return live_vector_bits(p) + deci.DEINTERLEAVE_VECTORS * 512 + rewritten


def software_pipelines(p: FirDecimateHbParams, t: CoreTiming = AIE_ML_CORE) -> bool:
    """True when two overlapped trips fit the vector register file (C22's ``UNPIPELINED_CHANGE`` rule, followed
    when fir_decimate_asym's flag is set)."""
    if not deci.UNPIPELINED_CHANGE:
        return True
    return vector_registers_fit(overlap_vector_bits(p), t)


def fir_decimate_hb_cycles(p: FirDecimateHbParams, t: CoreTiming = AIE_ML_CORE) -> MatrixMultCost:
    """Cycles of one call (module docstring)."""
    slots = vector_slots(p, t)
    ii = resource_ii(slots, t, recurrence=mac_chain(p, t))
    depth = vector_depth(p, t)
    trips = p.vectors
    pipelined = software_pipelines(p, t)
    # constructor: firReload copies the kernel's taps and the centre tap (a scalar copy, assumed one per cycle)
    first_call = p.ceil_cols + 1 + t.scalar_load_latency
    return fir_call_cost(p, t, ii=ii, depth=depth, trips=trips, pipelined=pipelined,
                         broadcast=broadcast_cycles(p, t), first_call=first_call)
