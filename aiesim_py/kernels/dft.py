"""Discrete Fourier transform (DSPLib ``dft``): ``X[k] = sum_n x[n] W[n, k]`` as a twiddle
matrix times each input frame, on buffers, split over cascade chains (input samples) and SSR
ranks (output samples).

Kernel structure (DSPLib AIE-ML kernel, read in Xilinx/Vitis_Libraries ``dsp/L1/src/aie/dft.cpp``
@0d8795bc ``kernelDFTClass::kernelDFT``, ``dsp/L1/include/aie/dft.hpp`` @0d8795bc and
``dsp/L2/include/aie/dft_graph.hpp`` @0d8795bc; schedule facts only):

* AIE-ML (``__SUPPORTS_ACC64__``): ``kSamplesInVectData = 8`` for cint16 and cint32 data; one
  twiddle vector is 8 cint16 (256 bits), one data vector 8 samples (256 bits cint16, 512 bits
  cint32); accumulator ``cacc64`` of 8 lanes (1024 bits: two 512-bit cascade words);
* per kernel (cascade position ``TP_KERNEL_POSITION`` of a rank): ``stepSize = P / CASC`` input
  samples (the first ``P % CASC`` positions one more) and ``coeffColSize = CEIL(P, 8 SSR) / SSR``
  output samples (``kVecInCoeff = coeffColSize / 8`` output vectors), processed as
  ``kPairsInCoeff = kVecInCoeff / 2`` pairs of accumulators and one single accumulator when
  ``kVecInCoeff`` is odd;
* loop nest per call: ``frame`` (``chess_prepare_for_pipelining``) > ``vectCoeff`` over the pairs
  (no pragma) > ``vec`` over the ``kVecNoPad = stepSize / 8`` full data vectors (no pragma) > 8
  unrolled samples: per sample two twiddle-vector loads (``*coeffVectPtr++``) and
  ``acc = aie::mac(acc, dataVect[idx], coeffVect)``, ``acc2 = aie::mac(acc2, dataVect[idx],
  coeffVect2)``; then the ``stepSize % 8`` samples of the last, padded data vector, unrolled; then
  the output: ``to_vector<TT_DATA>(shift)`` and a store per accumulator, or ``writeincr`` of both
  accumulators to the cascade. Each pair starts from the cascade (``readincr_v``, two accumulators)
  or from zero. The single accumulator repeats this with one accumulator;
* the twiddle table is a graph parameter (``REGISTER_PARAMETER(inCoeff)``, a reference to the array
  the graph builds; the constructor copies nothing, unlike kernels.fft_window): no first-call cost;
* ports: one input buffer per kernel (``cascFrameSize = CEIL(CEIL(P, 8), 8 CASC) / CASC`` samples
  per frame), an output buffer of ``coeffColSize`` samples per frame on the last kernel of each
  rank, cascade ports between the kernels of a rank.

Cost of one ``aie::mac(acc, scalar, vector)``: :func:`aiesim_py.kernels.matrix_vector_mul.mac_ops`
(the same API call: broadcast of the scalar, the element-wise MAC on 8 lanes, a recurrence on the
running accumulator), with the twiddle vector as the vector operand and the data sample as the
scalar: one VMAC per MAC for cint16 x cint16 and cint16 x cint32. The two MACs of a sample take the
same scalar: the broadcast is counted once per sample (the compiler's common-subexpression
elimination of the identical ``broadcast``; assumption). A cint32 sample (64 bits) is taken out of its
512-bit data vector by a VEXTRACT.64 on the move slot before the broadcast, once per sample too
(``MacOps.extract``; matrix_vector_mul ``SPLIT_EXTRACT_BROADCAST``, made after seeing C14's errors,
validation/cases_c14.py ``SPLIT_EXTRACT_CHANGE``: it covers only part of the measured cint32 cost). Twiddle loads: the first accumulator's on
load port A, the second's on port B (the two operand streams), the data vector on either port.

Schedule (:func:`dft_cycles`), the loop rules of kernels.matrix_vector_mul: with ``kVecNoPad`` > 1
(2-3 trips included: the accumulator-carrying loop is not unrolled, see
:func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop`) the ``vec`` loop is the software-pipelined hardware loop (II = the busiest slot or 8 samples x the
accumulator chain), ``vectCoeff`` and ``frame`` plain loops around it whose iterations fill and
drain it; with ``kVecNoPad`` <= 1 a group (a pair or the single accumulator) is straight-line code
and the innermost loop of more than one trip (``vectCoeff``, else ``frame``) is the pipelined one
(its iterations have their own accumulators; but see below). Hardware loops pay
:func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`; the call adds the ADF wrapper of its buffer
ports. Cascade: one group of partial sums per output vector (two 512-bit words), the default order
of :mod:`aiesim_py.sim.timing.cascade_chain` (groups one after the other over the call; the source
reads and writes a pair's two accumulators together: not modelled).

Accumulator reuse (:data:`ACC_REUSE`, made after seeing C14's blind errors, validation/cases_c14.py
``ACC_REUSE_CHANGE``): in those pipelined group / frame loops an iteration's first MAC waits for the
previous iteration's chain on the same accumulator registers (no modulo variable expansion of the
1024-bit accumulators is assumed): II >= samples x the chain per MAC. Evidence: the measured cost per
extra frame of the 4- and 8-sample kernels is 8 and 16 cycles (2 per sample, ``acc_chain_ii``), not the
slot bound the blind model used. ``ACC_REUSE = False`` gives the blind model.

Single-accumulator unrolling (:data:`SINGLE_ACC_UNROLL`, made after seeing C14's errors,
validation/cases_c14.py ``SINGLE_ACC_UNROLL_CHANGE``): when a frame is one single-accumulator group
(``kVecInCoeff`` 1: no pair loop) and its ``vec`` loop has 2..3 trips
(:func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop`; 16 samples per kernel on the benchmark's
rows), that loop is fully unrolled: the frame body is straight-line code and the ``frame`` loop
(``chess_prepare_for_pipelining``) is the pipelined one, as for ``kVecNoPad`` <= 1, with the
accumulator-reuse recurrence (II = 16 samples x the chain). The pair loop's 2-trip ``vec`` loop (twice
the body: two MACs and two twiddle loads per sample) stays a loop. Evidence: cint16, double buffers, from
8 to 16 frames the measured cost per frame of the 16-sample single-accumulator kernels is 32-35 cycles
(P16 SSR 2 / 4, P32 casc 2 SSR 4), the chain bound, where the kept loop gave 50-52; the 16-sample pair
kernels measure 48-50 (kept loop 52-55), not the 32 of a pipelined frame loop. llvm-aie's full unrolling
is size-based (AIE2TargetTransformInfo.cpp ``getUnrollingPreferences``: ``UP.Threshold`` =
``aie-unroll-max-cost`` 200 on the unrolled loop), so a loop of half the body can be unrolled where the
other is not; the Vitis (chess) compiler's rule is not public, and which side of it each loop falls on is
read from the figures. cint32 is left ~15-20 % fast on these rows with double buffers (measured ~39
cycles per frame against the chain's 32; the per-sample cint32 cost of SPLIT_EXTRACT_CHANGE, not
identified).
``SINGLE_ACC_UNROLL = False`` gives the figures before the change.

Singular stage after one pair (:data:`ODD_STAGE_OVERLAP`, made after seeing C35's errors,
validation/cases_c35.py ``ODD_STAGE_CHANGE``): with ``kVecInCoeff`` 3 (``kPairsInCoeff`` 1, ``singleAccRequired``
1) and a kept ``vec`` loop (``kVecNoPad`` > 1), dft.cpp's frame body is the pair stage followed by the singular
stage (``kernelDFT``: the ``vectCoeff`` loop of one trip, dropped like any one-trip loop, then ``if constexpr
(singleAccRequired)``). Two consequences of that source structure, no new constant: (1) the singular stage's
``for (int vec = 0; vec < kVecNoPad; vec++)`` is the same loop (8 unrolled one-accumulator MACs) that
SINGLE_ACC_UNROLL unrolls at 2..3 trips, so it is unrolled here too (straight-line, no loop set-up); (2) the
code between the pair stage's last MAC and the singular stage's first is straight-line: the singular stage's
preamble (cascade read or zero, the data load and broadcast, its loop set-up) does not depend on the pair's
drain (last MAC latency, shift-round and stores or cascade writes), so the list scheduler issues them together:
the overlap is the shorter of the two. With ``kPairsInCoeff`` > 1 the pair stage ends in the ``vectCoeff`` loop's
exit (code is not moved into a loop body): no overlap assumed. Evidence (C35, per extra frame): the singular
stage's measured increment over the 2-output-vector kernel of the same stepSize is its chain + 3..9 cycles
(step 24: 54, step 80: 160), where the model had the chain + ~18; C35 3527 -> 3712 of 5040 within 10 % (C14
unchanged: its power-of-two rows never have 3 output vectors). ``ODD_STAGE_OVERLAP = False`` gives the figures
before the change.

Diagnostic, not applied (:data:`PAD_SERIAL`, C35's ``PAD`` pattern, read from the figures): the kernels of one full
data vector plus a padded remainder (``kVecNoPad`` 1, ``elemsInPaddedVec`` > 0) with more than one group per frame
measure as if their groups did not overlap (step 12, 3 output vectors: 77 cycles per frame against the model's 36;
the groups' latencies in series give 81), but step 10 does not (3 / 5 output vectors: 51 / 92 measured, 73 / 116 in
series) and no source reason was found (the frame loop has ``chess_prepare_for_pipelining``). ``PAD_SERIAL = True``
runs the groups in series: C35 3712 -> 3828 (167 figures gained, 51 lost), C14 unchanged.

Diagnostic, not applied (:data:`CINT32_PAIR_TRIP_II`, read from the figures, session 17,
validation/cases_c35.py ``DFT_SESSION17_DIAGNOSTIC``): the cint32 pair trip of a kept ``vec`` loop measures as a
whole-cycle II above the model's 16 (the VMAC slot and both accumulator chains): 19 in C35's table (cint32 minus
cint16 per frame = exactly 3 cycles per pair trip + 1-3 per pair on 27 of 32 multi-pair shapes) and 17 in C14's, the
same source loop in two tool versions; no public bound gives either. Setting it to an II gives the what-if figures
(C14 / C35 within 10 %: 17 -> 2117 / 4225, 19 -> 2122 / 4309 of 2456 / 5040; today 2100 / 3718; no cint16 figure
moves; run in session 17, not applied: the II is read from the measured figures).

Not modelled (:class:`DftParams` refuses them): cfloat (not an AIE-ML DFT type: dft_graph.hpp's
``__SUPPORTS_ACC64__`` static_assert) and twiddle types other than cint16.
No functional model or firmware template: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (KernelPort, adf_call_overhead, loop_setup_cycles, sample_type,
                                         unrolled_inner_loop)
from aiesim_py.kernels.matrix_mult import MatrixMultCost
from aiesim_py.kernels.matrix_vector_mul import chain_last_trip, mac_ops

TEMPLATE = None
KIND = "dft"
#: (TT_DATA, TT_TWIDDLE) pairs DSPLib's DFT takes on AIE-ML (dft_graph.hpp, __SUPPORTS_ACC64__)
DATA_TYPES = (("cint16", "cint16"), ("cint32", "cint16"))
SAMPLES_IN_VECT = 8            # kSamplesInVectData on AIE-ML (dft.hpp, __SUPPORTS_ACC64__)
ACC_LANE_BYTES = 16            # cacc64: two 64-bit parts per lane
MIN_POINT_SIZE, MAX_POINT_SIZE = 4, 128   # dft.hpp fnCheckPointSize's message: "{4-128"
#: the accumulator-reuse recurrence of pipelined group / frame loops (module docstring; made after
#: seeing C14's errors); False gives the blind model
ACC_REUSE = True
#: the single-accumulator frame's 2..3-trip ``vec`` loop unrolled (module docstring, "Single-accumulator
#: unrolling"; made after seeing C14's errors, validation/cases_c14.py SINGLE_ACC_UNROLL_CHANGE); False gives
#: the figures before that change
SINGLE_ACC_UNROLL = True
#: one pair followed by the singular stage, with a kept ``vec`` loop: the singular stage's 2..3-trip loop
#: unrolled and its preamble overlapped with the pair's drain (module docstring, "Singular stage after one
#: pair"; made after seeing C35's errors, validation/cases_c35.py ODD_STAGE_CHANGE); False gives the figures
#: before that change
ODD_STAGE_OVERLAP = True
#: diagnostic only, not applied (module docstring, "Diagnostic, not applied"): the groups of a frame of one data
#: vector plus a padded remainder run in series; True gives the diagnostic's figures
PAD_SERIAL = False
#: diagnostic only, not applied (module docstring, "Diagnostic, not applied"): None (the model) or the II of a cint32
#: pair trip of a kept ``vec`` loop read from a measured table (17: C14's @b5868f22, 19: C35's @4c86f9ba; a number read
#: from the figures, so not applied); None gives today's figures
CINT32_PAIR_TRIP_II: int | None = None


def _ceil(a: int, b: int) -> int:
    return -(-a // b) * b


@dataclass(frozen=True)
class DftParams:
    """One DSPLib DFT kernel: cascade position ``position`` of one SSR rank.

    Attributes:
        data_type, twiddle_type: ``TT_DATA`` / ``TT_TWIDDLE``.
        point_size: ``TP_POINT_SIZE`` (the whole transform; the kernel's share is derived).
        casc_len, ssr: ``TP_CASC_LEN`` / ``TP_SSR`` of the graph.
        frames: ``TP_NUM_FRAMES``, frames per call.
        position: ``TP_KERNEL_POSITION`` in the rank's cascade (0 = first).
        single_buffer: the harness's ``SINGLE_BUF`` (``single_buffer()`` on the kernel's input
            buffer, and on its output buffer when it is the last of its rank).
    """
    data_type: str
    twiddle_type: str
    point_size: int
    casc_len: int = 1
    ssr: int = 1
    frames: int = 1
    position: int = 0
    single_buffer: bool = False

    def __post_init__(self):
        if (self.data_type, self.twiddle_type) not in DATA_TYPES:
            raise ValueError(f"dft: TT_DATA / TT_TWIDDLE = {self.data_type} / {self.twiddle_type} is not an AIE-ML "
                             f"DFT pair (dft_graph.hpp takes cint16 / cint32 data with cint16 twiddles on AIE-ML; "
                             f"cfloat only on AIE); modelled: {DATA_TYPES}")
        if not MIN_POINT_SIZE <= self.point_size <= MAX_POINT_SIZE:
            raise ValueError(f"dft: point_size {self.point_size} outside [{MIN_POINT_SIZE}, {MAX_POINT_SIZE}]")
        for name in ("casc_len", "ssr", "frames"):
            if getattr(self, name) < 1:
                raise ValueError(f"dft: {name} must be >= 1, got {getattr(self, name)}")
        if not 0 <= self.position < self.casc_len:
            raise ValueError(f"dft: position {self.position} outside the cascade of {self.casc_len}")
        if self.step_size < 1:
            raise ValueError(f"dft: cascade position {self.position} gets no input sample "
                             f"(point_size {self.point_size} < casc_len {self.casc_len})")

    @property
    def cascade_in(self) -> bool:
        return self.position > 0

    @property
    def cascade_out(self) -> bool:
        return self.position < self.casc_len - 1

    @property
    def out_type(self) -> str:
        return self.data_type          # T_outDataType of a complex TT_DATA

    @property
    def step_size(self) -> int:
        """``stepSize``: input samples (MACs per accumulator) of this cascade position."""
        return int(self.position < self.point_size % self.casc_len) + self.point_size // self.casc_len

    @property
    def coeff_col_size(self) -> int:
        """``coeffColSize``: output samples of this rank per frame (padded to whole vectors)."""
        return _ceil(self.point_size, SAMPLES_IN_VECT * self.ssr) // self.ssr

    @property
    def out_vectors(self) -> int:
        """``kVecInCoeff``: output vectors (accumulators) per frame."""
        return self.coeff_col_size // SAMPLES_IN_VECT

    @property
    def pairs(self) -> int:
        """``kPairsInCoeff``."""
        return self.out_vectors // 2

    @property
    def single(self) -> int:
        """``singleAccRequired``: 1 if an accumulator is computed alone."""
        return self.out_vectors % 2

    @property
    def full_vectors(self) -> int:
        """``kVecNoPad``: the ``vec`` loop's trips."""
        return self.step_size // SAMPLES_IN_VECT

    @property
    def padded_elems(self) -> int:
        """``elemsInPaddedVec``: samples of the last, padded data vector."""
        return self.step_size % SAMPLES_IN_VECT

    @property
    def casc_frame_size(self) -> int:
        """``cascFrameSize``: input samples of this kernel per frame (zero-padded)."""
        padded = _ceil(_ceil(self.point_size, SAMPLES_IN_VECT), SAMPLES_IN_VECT * self.casc_len)
        return padded // self.casc_len

    @property
    def groups(self) -> int:
        """Accumulators (cascade groups) per call."""
        return self.frames * self.out_vectors

    @property
    def acc_bytes(self) -> int:
        return SAMPLES_IN_VECT * ACC_LANE_BYTES

    @property
    def cascade_bytes(self) -> int:
        """Partial sums one call passes on the cascade."""
        return self.groups * self.acc_bytes

    def ports(self) -> tuple[KernelPort, ...]:
        buffers = 1 if self.single_buffer else 2
        inp = KernelPort("in", "buffer", self.frames * self.casc_frame_size * sample_type(self.data_type).bytes,
                         buffers)
        if self.cascade_out:
            return (inp,)
        return (inp, KernelPort("out", "buffer", self.frames * self.coeff_col_size *
                                sample_type(self.out_type).bytes, buffers))


def dft_cycles(p: DftParams, t: CoreTiming = AIE_ML_CORE) -> MatrixMultCost:
    """Cycles of one call (see the module docstring), as a
    :class:`~aiesim_py.kernels.matrix_mult.MatrixMultCost` (one group per output vector for the
    cascade model)."""
    ops = mac_ops(p.twiddle_type, p.data_type, t)       # vector: twiddles; scalar: a data sample
    td, tw, to = sample_type(p.data_type), sample_type(p.twiddle_type), sample_type(p.out_type)
    v = SAMPLES_IN_VECT
    loads_d = -(-v * td.bytes // t.load_bytes)
    loads_c = -(-v * tw.bytes // t.load_bytes)
    acc_words = -(-p.acc_bytes // t.cascade_bytes_per_cycle)

    def sample(accs: int) -> SlotUse:
        # one data sample: a twiddle vector and a MAC per accumulator, one shared broadcast
        return SlotUse(load_a=loads_c, load_b=loads_c * (accs - 1), mac=accs * ops.mac,
                       vector_alu=ops.vector_alu, move=accs * ops.move + ops.extract)

    def macs(n: int, accs: int) -> SlotUse:
        return sample(accs).scaled(n) + SlotUse(load_any=loads_d * -(-n // v))

    def init(accs: int) -> tuple[SlotUse, int]:
        if p.cascade_in:
            return SlotUse(move=accs * acc_words), acc_words - 1 + t.cascade_read_latency
        return SlotUse(), 0

    def finish(accs: int) -> tuple[SlotUse, int]:
        if p.cascade_out:
            return SlotUse(move=accs * acc_words), t.cascade_write_latency
        stores = accs * -(-v * to.bytes // t.store_bytes)
        if t.srs_fuses_into_store(64, to.part_bits):
            return SlotUse(store=stores), 0
        return SlotUse(store=stores, move=accs * -(-p.acc_bytes // 128)), t.srs_latency

    prep = critical_path((loads_d, t.vload_latency), *ops.prep, (1, 0)) - 1

    def span(n: int, accs: int) -> int:
        # first to last VMAC issue of n samples: one accumulator's chain or the busiest slot
        return max(chain_last_trip(n, ops), resource_ii(macs(n, accs), t) - 1)

    def group_cycles(n: int, accs: int) -> int:
        """One group as straight-line code: cascade read or zero, n samples, output."""
        fin, fin_lat = finish(accs)
        return max(prep, init(accs)[1]) + span(n, accs) + ops.mac_latency + fin_lat + resource_ii(fin, t)

    def body(n: int, accs: int) -> SlotUse:
        return init(accs)[0] + macs(n, accs) + finish(accs)[0]

    def reuse(n: int) -> int:
        # made after seeing C14's errors (validation/cases_c14.py ACC_REUSE_CHANGE): a pipelined loop
        # whose iteration holds a whole accumulation reuses the same accumulator registers, so an
        # iteration's first MAC waits for the previous one's chain: II >= n x the chain per MAC
        return n * ops.chain_cycles if ACC_REUSE else 0

    groups_in_frame = [(2, p.pairs), (1, p.single)]
    trips = p.full_vectors
    # made after seeing C14's errors (validation/cases_c14.py SINGLE_ACC_UNROLL_CHANGE): a frame of one
    # single-accumulator group whose vec loop has 2..3 trips is straight-line code (the loop unrolled)
    if trips > 1 and not (SINGLE_ACC_UNROLL and p.pairs == 0 and unrolled_inner_loop(trips)):
        # vec: the pipelined hardware loop; vectCoeff and frame plain loops around it
        def pair_trip_ii(accs: int) -> int:
            ii = resource_ii(macs(v, accs), t, recurrence=v * ops.chain_cycles)
            if CINT32_PAIR_TRIP_II is not None and accs == 2 and p.data_type == "cint32":
                # diagnostic only (CINT32_PAIR_TRIP_II): the pair trip's II read from a measured table
                ii = max(ii, CINT32_PAIR_TRIP_II)
            return ii

        def group_time(accs: int) -> int:
            fin, fin_lat = finish(accs)
            trip_ii = pair_trip_ii(accs)
            return (max(prep, init(accs)[1]) + (trips - 1) * trip_ii + span(v + p.padded_elems, accs)
                    + ops.mac_latency + fin_lat + resource_ii(fin, t) + loop_setup_cycles(t, trips))
        per_frame = (p.pairs * group_time(2) + loop_setup_cycles(t, p.pairs) + p.single * group_time(1))
        if ODD_STAGE_OVERLAP and p.pairs == 1 and p.single:
            # made after seeing C35's errors (validation/cases_c35.py ODD_STAGE_CHANGE): with one pair the
            # vectCoeff loop is dropped, so the pair's code and the singular stage's follow each other in the
            # frame body; the singular stage's 2..3-trip vec loop is unrolled as in SINGLE_ACC_UNROLL (the same
            # loop), and its preamble (cascade read or zero, data load and broadcast, loop set-up) is scheduled
            # under the pair's drain (last MAC's latency, shift-round and stores), which it does not depend on
            single = (group_cycles(p.step_size, 1) if SINGLE_ACC_UNROLL and unrolled_inner_loop(trips)
                      else group_time(1))
            pre = max(prep, init(1)[1]) + (0 if SINGLE_ACC_UNROLL and unrolled_inner_loop(trips)
                                           else loop_setup_cycles(t, trips))
            fin2, fin2_lat = finish(2)
            drain = ops.mac_latency + fin2_lat + resource_ii(fin2, t)
            per_frame += single - min(pre, drain) - group_time(1)
        loop = p.frames * per_frame + loop_setup_cycles(t, p.frames)
        ii = pair_trip_ii(2 if p.pairs else 1)
        depth = group_time(2 if p.pairs else 1)
        pipelined_trips = p.frames * p.out_vectors * trips
    else:
        n = p.step_size
        if PAD_SERIAL and trips == 1 and p.padded_elems and p.out_vectors > 2:
            # diagnostic (PAD_SERIAL, not applied; read from C35's figures): the frame's groups in series
            per_frame = (p.pairs * group_cycles(n, 2) + loop_setup_cycles(t, p.pairs) + p.single * group_cycles(n, 1))
            loop = p.frames * per_frame + loop_setup_cycles(t, p.frames)
            ii, depth = per_frame, per_frame
            pipelined_trips = p.frames
        elif p.pairs > 1:
            # vectCoeff: the innermost loop, pipelined over the pairs; frame a plain loop
            pair_ii = resource_ii(body(n, 2), t, recurrence=reuse(n))
            per_frame = (loop_cycles(p.pairs, pair_ii, group_cycles(n, 2), pipelined=True)
                         + loop_setup_cycles(t, p.pairs) + p.single * group_cycles(n, 1))
            loop = p.frames * per_frame + loop_setup_cycles(t, p.frames)
            ii, depth = pair_ii, group_cycles(n, 2)
            pipelined_trips = p.frames * p.pairs
        else:
            # the frame body is straight-line: frame is the pipelined loop
            slots = SlotUse()
            for accs, count in groups_in_frame:
                slots = slots + body(n, accs).scaled(count)
            first = 2 if p.pairs else 1
            rest = body(n, 1).scaled(p.single) if p.pairs else SlotUse()
            ii = resource_ii(slots, t, recurrence=reuse(n))
            depth = group_cycles(n, first) + (resource_ii(rest, t) if p.single and p.pairs else 0)
            loop = loop_cycles(p.frames, ii, depth, pipelined=True) + loop_setup_cycles(t, p.frames)
            pipelined_trips = p.frames
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    first_group = group_cycles(p.step_size, 2 if p.pairs else 1)
    return MatrixMultCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                          depth_cycles=depth, trips=pipelined_trips, pipelined=True,
                          function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                          first_output_cycles=call // 2 + first_group,
                          group_cycles=first_group, group_ii_cycles=loop // max(1, p.groups), groups=p.groups,
                          epilogue_cycles=call // 2)
