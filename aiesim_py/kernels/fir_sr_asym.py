"""Single-rate asymmetric FIR (DSPLib ``fir_sr_asym``), AIE-ML, buffer interface (TP_API 0),
cint16 data x int16 or cint16 coefficients (and int16 x int16, the 32-bit pairs of ``INT32_PAIRS``, cint32 x
cint16), ``TP_CASC_LEN`` kernels in a cascade, or (TP_SSR > 1, ``SSR_KERNELS`` below) one of the SSR^2 x
CASC_LEN kernels of the polyphase arrangement.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries @0d8795bc:
``dsp/L1/src/aie/fir_sr_asym.cpp`` (``filterBasic``, ``filterIncLoads``, ``filterSelectArch``),
``dsp/L1/include/aie/fir_sr_asym.hpp`` (class constants, architecture choice),
``dsp/L1/include/aie/fir_sr_asym_traits.hpp`` and ``fir_utils.hpp`` (lanes, columns, load sizes,
margin, cascade split):

* AIE-ML buffer interface (``__MIN_REGSIZE__ == 256``): ``fnNumLanes<cint16, int16>`` = 16 output
  samples per vector (``m_kVOutSize``), ``fnNumCols`` = 4 taps per ``macSrAsym`` (one
  ``aie::sliding_mul_ops<16, 4, ...>`` per 4 taps); data loaded 256 bits (8 cint16) at a time
  (``upd_win_incr_256b``) into a 1024-bit buffer of 4 such parts; coefficients 256 bits (16 int16)
  per load (``coe0 = *coeff++``);
* margin ``fnFirMargin = CEIL(FIR_LEN, 8)`` samples (the input buffer is ``WINDOW + margin``; the
  ADF runtime copies the margin with the core before each call: :func:`kernels.sample_delay.
  margin_copy_cycles`; with :data:`CASC_BROADCAST` only on the first kernel of a cascade, the others
  receive window and margin over the cascade);
* cascade split (``fnFirRange`` / ``fnFirRangeRem`` with rounding 1 for TP_API 0): kernel ``k`` of
  ``CASC_LEN`` takes ``FIR_LEN // CASC_LEN`` taps, one more for ``k < FIR_LEN % CASC_LEN`` except the
  last kernel; its data offset ``fnFirRangeOffset``; ``m_kDataBuffXOffset`` = (margin - FIR_LEN + 1 +
  offset) % 8;
* architecture (``m_kArch``): IncLoads when the kernel's taps take < 256 bytes of coefficients and
  ``m_kArchFirLen + 8 x 2 - 1 <= 32`` samples (the whole span fits the 1024-bit buffer), else Basic
  (ZigZag is disabled in the source);
* Basic: ``for i < WINDOW / 16`` (``chess_prepare_for_pipelining``), per output vector the initial
  loads ``CEIL(xoff + 16 + 3, 8) / 8``, one more 256-bit load each time the ops need data past the
  loaded samples, a cascade read (if any), ``ceil(R, 4) / 4`` sliding MACs (first a MUL, or a MAC onto
  the cascade), cascade write or ``to_vector`` (SRS) and a 512-bit store;
* IncLoads: ``for i < WINDOW / 16 / 2``, two output vectors per trip unrolled, two 256-bit data loads
  per output vector, the same MAC sequence per vector.

The sliding MAC (``sliding_mul_bits_impl<16, 4, 1, 1, 1, 64, 16, 32, int16, cint16>`` in
jgmelber/aie_api ``include/aie_api/detail/aie2/sliding_mul_acc64.hpp`` @2a408059, the fork named in
aieml-facts.md): the complex data are unzipped into real and imaginary int16 vectors
(``unzip_complex`` of the 32-sample data buffer), each rotated by the data start
(``shuffle_down_rotate``), the coefficient vector rotated by the coefficient start, and two native
``mac_conv_16x4`` (16 lanes x 4 columns = 64 16-bit MACs, one VMAC each: real and imaginary parts into
two acc64 accumulators), then ``combine_into_complex``. Costed per sliding MAC: 2 VMACs (MAC slot);
2 vector-ALU shuffles for the data unzip (a 1024-bit input split into two 512-bit outputs; no common-
subexpression elimination between calls assumed, each call unzips the buffer it is given); one
vector-ALU shift per rotate whose start is not 0 (two data rotates, one coefficient rotate; the rule
of :mod:`kernels.conv_corr`). The accumulator unzip (``unzip_complex`` of the input accumulator) and
``combine_into_complex`` around each call: between consecutive calls of one output vector the combine
and the next unzip are taken as folded away (assumption). Around the cascade, DSPLib @0d8795bc sets
``__SHUFFLE_CASCADE__`` 1 for AIE-ML (``device_defs.h``) and then writes the accumulator with an explicit
``unzip_complex`` before ``writeincr`` and reads it with an explicit ``combine_into_complex`` after
``readincr_v`` (``kernel_api_utils.hpp`` ``writeCascade`` / ``readCascade``, "Prevent the superfluous
VSHUFFLEs on cascaded kernels"): the writer's MAC combine and the explicit unzip, the explicit combine and
the reader's MAC unzip, are pairs that cancel, so the cascade carries the split accumulator and costs no
shuffle (taken as the compiler's folding, assumption). What remains is the combine before the SRS of
the kernel that writes the output (the single kernel or the last of a cascade): :data:`ACC_SHUFFLES`
vector-ALU shuffles per output vector (:data:`ACC_UNZIP` ``"srs"``; the count is an assumption), plus (:data:`ACC_MOVE`,
``ACC_MOVE_CHANGE``, made after seeing the held-out FIR / Farrow errors) the bm -> x moves of the accumulator
registers those shuffles read: the AIE API shuffles an accumulator cast to a vector (aie2/interleave.hpp), AIE-ML's
VSHUFFLE reads x registers only, and the ``VMOV_mv_x`` copy is an mv-slot instruction writing the x file through the
W_WM port that VSHUFFLE / VSHIFT write (llvm-aie AIE2GenInstrFormats.td / AIE2Schedule.td): :func:`acc_interleave_ops`,
8 ops for the 16-lane cacc64 (4 for the 8-lane cint32 one, as before). Made
after seeing C17's errors (validation/cases_c17.py ``ACC_UNZIP_CHANGE`` then ``ACC_SHUFFLE_CHANGE``;
``True``: also the cascade unzip and the combine before the cascade write; ``False``: the blind model,
none). Per output vector: data and coefficient loads (either load port), the cascade read / write
of the 16-lane cacc64 accumulator (2048 bits: four 512-bit cascade words, move slot), or the SRS
fused into two 256-bit stores (acc64 -> 16-bit is native).

Window broadcast (:data:`CASC_BROADCAST`, made after seeing C17's errors, validation/cases_c17.py
``CASC_INPUT_CHANGE``): with ``CASC_LEN`` > 1 only the first kernel's input is the graph's window
(``fir_graph_utils.hpp`` @0d8795bc ``input_connections``: ``in`` to ``firKernels[0].in[0]``; kernel ``i``
>= 1 has a ``single_buffer`` ``in[0]`` of WINDOW + margin connected from kernel ``i - 1``'s ``out[1]``).
That ``out[1]`` is never written: it "is just there to spoof an input window connection for downstream
kernels" (``fir_sr_asym.hpp``), and both ends are ``input_async_buffer`` / ``output_async_buffer`` ports
whose acquire / release DSPLib leaves empty (``kernel_broadcast.hpp`` ``windowAcquire`` /
``windowRelease``): no lock, no DMA. The samples travel over the cascade: ``filterKernel`` first calls
``windowBroadcast`` (``fir_sr_asym.cpp``, before ``filterSelectArch`` and the FIR loop), which in
``kernel_broadcast.hpp`` sends the first kernel's WINDOW + margin samples down the cascade in 512-bit
words (load, ``put_mcd``), has each middle kernel read them (``get_scd_v16int32``), pass them on and store
them into its own input buffer, and the last kernel read and store them (:func:`broadcast_cycles`). So a
cascaded kernel other than the first has no ADF-fed input (:meth:`FirSrAsymParams.ports`) and no margin
copy; the cascade FIFO paces the chain.

Schedule: the pipelined ``i`` loop, II = :func:`~aiesim_py.isa.timing.resource_ii` of one trip's
slots or the accumulator chain of the trip's MACs (kernels.dft ``ACC_REUSE``: one trip holds whole
accumulations); depth = load -> unzip -> rotate -> the MAC chain (``acc_chain_ii`` apart) -> SRS /
cascade write. Loop set-up per :func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`; the ADF
wrapper of its buffer ports per :func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`; the
constructor's coefficient reversal (a scalar copy of the kernel's taps) on the first call.
Cascade: one group per output vector (:class:`~aiesim_py.kernels.matrix_mult.MatrixMultCost`).

cint16 x cint16 (:data:`SLIDING`, added for C17's BLIND_MORE rows before they were run): fir_utils.hpp
@0d8795bc gives every pair on AIE-ML (``__MIN_REGSIZE__ == 256``) 4 columns, and 16 lanes to all but int16
data (32) and cint32 data (8); ``macSrAsym`` passes a ``T_buff_1024b`` data buffer and a ``T_buff_256b``
coefficient register (8 cint16: the coefficient start is ``op % 8``), so lanes, columns, loads, margin,
cascade split, architecture rule, cacc64 cascade and output stores are those of cint16 x int16. The sliding
MAC (``sliding_mul_bits_impl<16, 4, 1, 1, 1, 64, 32, 32, cint16, cint16>``, same file) unzips the
coefficient register (256 bits: 1 shuffle, assumption) and the data buffer (2), rotates data_re / data_im by
the data start and coef_re / coef_im by the coefficient start (one shift each when not 0), and runs four
``mac_conv_16x4`` per 4 taps: acc_re += d_re.c_re, acc_re -= d_im.c_im, acc_im += d_re.c_im, acc_im +=
d_im.c_re (two chained VMACs on each accumulator per call: the accumulator chain per output vector is twice
as long); the accumulator unzip / combine is the same as cint16 x int16's. Runt kernels (1..3 taps: FIR 16
on 5 or 8 kernels) are accepted: ``FIR_LEN_MIN`` is 1 in fir_utils.hpp @0d8795bc (the taps are zero-padded
to the columns), one sliding MAC per vector.

int16 x int16 (:data:`SLIDING`, ``INT16_PAIR``, added for C17's BLIND_INT16 rows before they were run): on
AIE-ML DSPLib @0d8795bc gives int16 x int16 an acc64 accumulator (``tAccBaseType``, ``__SUPPORTS_ACC64__``),
``fnNumLanes`` 32 (fir_utils.hpp, io buffer) and 4 columns; fir_sr_asym_traits.hpp: 256-bit loads of 16 int16
(``fnDataLoadVsizeSrAsym``), 4 loads to the 1024-bit buffer (64 samples), margin and x-offset resolution 16
(``fnFirMargin`` ``CEIL(FIR_LEN, 32 / sizeof)``), IncLoads when the taps fit ``m_kArchFirLen + 2 x 16 - 1 <= 64``
and WINDOW % 64 == 0 (two 32-sample vectors a trip); ``macSrAsym`` (fir_sr_asym_utils.hpp) calls
``aie::sliding_mac<32, 4>`` on a ``T_buff_1024b`` / ``T_buff_256b`` (16 int16 coefficients) pair. The AIE API
(jgmelber/aie_api ``sliding_mul_acc64.hpp`` @2a408059, ``sliding_mul_bits_impl<Lanes, Points, 1, 1, 1, 64, 16, 16>``)
runs ``Lanes / 16`` = 2 halves, each ``Points / 4`` = 1 ``mac_conv_16x4`` (one VMAC) on its own 16-lane acc64,
on ``shuffle_down_rotate<int16, 64>`` of the data buffer from ``data_start + 16 x half`` (of which only
``extract<32>(0)`` is used) and ``shuffle_down_rotate<int16, 32>`` of the replicated coefficient register from
``coeff_start % 16``. ``shuffle.hpp`` (@306ac2c1) lowers a 1024-bit rotate by a compile-time start to two
``SHIFT_BYTES`` (one per 512-bit half of the result; for a start that is not compile-time, four plus two ``sel``),
so with the low half only live it is one vector-ALU shift, none when the start is a multiple of 32 (then a
register half; assumption: the zero-byte shift folds). Costed per sliding MAC: 2 VMACs, no unzip, one shift
per half whose start is not a multiple of 32, one coefficient shift when ``coeff_start`` is not 0 (the two
halves' identical coefficient rotates taken as one, assumption). The accumulator: real acc64 has no
unzip / combine (0 accumulator shuffles), 32 lanes x 64 bits = 2048 bits on the cascade (four 512-bit words, as
cacc64 x 16), SRS to 32 int16 = two 256-bit stores. The window broadcast, margin copy, cascade split, loop and
wrapper are the cint16 rules with these sizes.

32-bit operands (:data:`SLIDING`, ``INT32_PAIRS``, added for C17's BLIND_INT32 rows and committed before they were
read): int16 x int32, cint16 x int32, int32 x int16, int32 x int32, cint32 x int16 and cint32 x int32. On AIE-ML
DSPLib @0d8795bc gives them an acc64 / cacc64 accumulator (fir_utils.hpp ``tAccBaseType``), ``fnNumLanes`` (io
buffer) 32 for int16 data, 8 for cint32 data, 16 otherwise, 4 columns, 256-bit loads into a ``T_buff_1024b`` data
buffer and a ``T_buff_256b`` coefficient register (8 int32 / 16 int16; fir_sr_asym_traits.hpp, fir_sr_asym_utils.hpp
``macSrAsym``), so loads, margin, x-offset, cascade split and architecture rule are the generic ones with these
sizes. The AIE API (jgmelber/aie_api ``sliding_mul_acc64.hpp`` @2a408059) has no native 32-bit conv MAC on AIE2:
``sliding_mul_acc48_get_mul_op`` picks the emulated ``mac_conv_16x4`` of ``emulated_mul_intrinsics.hpp`` (@306ac2c1)
whenever an operand is int32, which splits each 32-bit vector pair into a lo (uint16) and a hi 16-bit vector with two
``shuffle`` (``T16_32x2_lo`` / ``_hi``) and runs two native ops for 16 x 32 / 32 x 16 (``mul_conv_16x4`` of the hi
part, ``addmac_conv_16x4_conf`` of the lo part onto it and the running accumulator) or four for 32 x 32 (hi.hi,
hi.lo, lo.hi, then lo.lo added to the running accumulator): one op per call on the loop-carried accumulator. Per
sliding MAC (4 taps):

* int16 x int32 (``<32, 4, 1, 1, 1, 64, 32, 16>``, 32 lanes): two 16-lane halves; each rotates the 64-sample
  buffer (one live 512-bit shift, as int16 x int16) and runs the two emulated ops; the coefficient rotate (16
  int32 after ``grow_replicate``, 512 bits) and its lo / hi split are the same expression in both halves (taken as
  one, assumption): 4 VMACs, 2 shuffles, up to 2 data and 1 coefficient shifts;
* cint16 x int32 (the generic real x complex specialisation, coefficient real): the data unzip (2 shuffles), one
  coefficient rotate, then ``<16, 4, ..., 64, 32, 16, int32, int16>`` on data_re and on data_im (a 512-bit data
  rotate each; the coefficient start 0 inside, no rotate; the coefficient lo / hi split the same expression in both,
  taken once): 4 VMACs, 4 shuffles, up to 2 data and 1 coefficient shifts; the accumulator unzip / combine as
  cint16 x int16 (complex acc);
* int32 x int16 (``<16, 4, ..., 64, 16, 32>``): the 32-int32 buffer (1024 bits) rotated with both halves live
  (``extract<16>(0)`` and ``(1)`` are the emulated op's ``a0`` / ``a1``: two shifts, none at a multiple of 16
  samples), a 512-bit coefficient rotate, the data lo / hi split (2) and two ops; int32 x int32 the same with the
  coefficient split too (4 shuffles) and four ops;
* cint32 x int16 / int32 (8 lanes, the real x complex specialisation): the data unzip of 16 cint32 (2 shuffles), one
  coefficient rotate, then the 16-lane (``lanes_per_mul``) real sub-op on data_re and data_im (16 int32 = 512 bits:
  one rotate each, not wide), of which 8 lanes are kept: the data lo / hi split of each (4), the shared coefficient
  split for int32 (2), two ops (int16) or four (int32) on each accumulator.

Real data (int16, int32) have no accumulator unzip / combine; complex (cint16, cint32) keep the cint16 rule
(:data:`ACC_SHUFFLES` before the SRS of the output kernel). Output: the SRS to TT_DATA (acc64 -> 16 / 32-bit),
``lanes x sizeof`` bytes in 256-bit stores; the cascade word count from the accumulator (``lanes x 8`` bytes real,
``lanes x 16`` complex). Not counted (assumption): the emulated ops' extra operand registers.

Accuracy of cascades: validation case C17 measures cascaded kernels ~9-10 cycles per 16-sample output vector
slower than a lone kernel with the same taps (cint16 x cint16, 4 sliding MACs per vector) where this model adds ~0;
the mechanism was not identified. Candidates checked against the sources above, llvm-aie's AIE2 cascade itineraries
and UG1079 (the cascade word slots, an SCD / VSHUFFLE port conflict, latency-bound or ordered cascade accesses,
unfolded cascade unzip / combine) were run as diagnostics and none applied (validation/cases_c17.py
``CASCADE_DIAGNOSTICS``): treat cascaded figures with 2-5 sliding MACs per vector as lower bounds.

cint32 x cint16 (:data:`SLIDING`, ``CINT32_CINT16``, added for C17's BLIND_CINT32 rows and committed before they were
read): with a 64-bit complex operand the AIE API (jgmelber/aie_api ``sliding_mul_acc64.hpp`` @2a408059) takes the
generic complex x complex ``sliding_mul_bits_impl`` (``CoeffBits == 64 || DataBits == 64``): ``columns_per_mul`` 1,
one pass of 8 lanes, and per point one ``mac_elem_8`` (``sliding_mul_acc48_get_mul_op``: the native ``::mac_elem_8``,
not an emulated op; one VMAC) of ``shuffle_down_rotate<cint32, 16>`` of the data buffer from ``data_start + point``
(``extract<8>(0)``: the low 512 bits live, one shift, none at a multiple of 8 samples, the INT16_PAIR rule) and a
``broadcast`` of ``coeff[coeff_start + point]`` (one vector-ALU op a point, assumption: the element extract folded
into it), all on one 8-lane cacc64 accumulator (a chain of 4 per call). No operand unzip, no accumulator unzip /
combine (so no :data:`ACC_SHUFFLES` before the SRS, ``acc_split`` False), no :data:`CINT32_ACC` shuffles (that is the
real x complex specialisation's 16 -> 8 lane extract). Lanes 8, 256-bit loads of 4 cint32, a 16-sample buffer, an
8 x 16-byte cacc64 cascade word set and 8 x 8-byte output stores are the cint32 x int16 rules.

SSR > 1 (``SSR_KERNELS``, added for C17's BLIND_SSR rows and committed before any of their figures was compared;
read in Xilinx/Vitis_Libraries @0d8795bc ``dsp/L2/include/aie/fir_sr_asym_graph.hpp`` and ``fir_graph_utils.hpp``
``ssr_kernels``): the graph builds ``TP_SSR^2 x TP_CASC_LEN`` kernels, ``TP_SSR`` output paths of ``TP_SSR`` inner
phases, each inner phase a ``casc_kernels`` chain of ``TP_CASC_LEN`` kernels (``last_casc_params``: ``BTP_FIR_LEN =
CEIL(TP_FIR_LEN, TP_SSR) / TP_SSR`` taps of one coefficient phase, ``BTP_INPUT_WINDOW_VSIZE = WINDOW / TP_SSR``,
``BTP_SSR`` 1: each kernel is an ordinary fir_sr_asym kernel of that length and window, the cascade split of its
taps over the chain as for SSR 1). ``create_connections`` (COEFF_DATA_ALIGNMENT 1: data phase = inner phase) feeds
input port ``in[phase]`` to the first kernel of chain (path, phase) of every output path (``input_connections``: the
buffer into that kernel only, the rest of the chain fed by ``windowBroadcast`` as for SSR 1), cascades the last
kernel of inner phase ``i`` into the first kernel of inner phase ``i + 1`` (``casc_in`` true for inner phase > 0,
``casc_out`` true below the last inner phase), and takes output ``out[path]`` from the last kernel of the last inner
phase: per output path one accumulator cascade of ``TP_SSR x TP_CASC_LEN`` kernels. ``windowBroadcast``
(kernel_broadcast.hpp, ``kernelPositionState``) keys on the position within the ``TP_CASC_LEN`` chain, not on the
cascade ports: an only kernel (CASC_LEN 1) broadcasts nothing even with an SSR cascade out, the last kernel of a
chain stores the window without passing it on. So :class:`FirSrAsymParams` with ``ssr`` > 1 describes one such
kernel: ``fir_len`` / ``window`` are the kernel's (:func:`ssr_kernel_params` derives them from the graph's), and
``ssr_phase`` (the inner phase) adds the cascade input / output of the SSR chain. Assumption: the per-phase
``MODIFY_MARGIN_OFFSET`` (a one-sample margin offset of some phases) is not costed (the x-offset, so the rotate count,
is taken as SSR 1's for that kernel length).

Not modelled (:class:`FirSrAsymParams` refuses them, :data:`NOT_MODELLED` gives each pair's reason): the
other type pairs (their sliding sequences were not costed: element-wise ``mac_elem_8`` per point for complex x
cint32 / cint32 x cint32, fp32 on AIE-ML through ``sliding_mul_acc32_fp.hpp``, not read), the stream
interface (TP_API 1), dual inputs, two outputs, coefficient reload. No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.fir_common import (FirCascadeMixin, cascade_range_len, check_graph_options, check_position,
                                          fir_call_cost, window_ports)
from aiesim_py.kernels.fir_common import ceil_to as _ceil
from aiesim_py.kernels.kernel_io import KernelPort, loop_setup_cycles, sample_type
from aiesim_py.kernels.matrix_mult import MatrixMultCost
from aiesim_py.kernels.sample_delay import cyclic_add_cycles

TEMPLATE = None
KIND = "fir_sr_asym"


@dataclass(frozen=True)
class SlidingMac:
    """The AIE API's lowering of one ``sliding_mac<16, 4>`` (16 lanes, 4 points) for a (TT_DATA, TT_COEFF)
    pair on AIE-ML (``sliding_mul_acc64.hpp``, module docstring), counted per call.

    Attributes:
        vmacs: native ``mac_conv_16x4`` ops (one VMAC each).
        unzip_shuffles: vector-ALU shuffles of the operand unzips (data, and complex coefficients).
        data_rotates, coeff_rotates: ``shuffle_down_rotate`` ops when the data / coefficient start is not 0.
        chain: VMACs of one call on the same accumulator (the real / imaginary acc64 chains).
        data_unzip: shuffles of the data unzip on the critical path (:func:`vector_depth`).
        half_lanes: 0, or the lanes of each half of a call run as separate 16-lane ``mac_conv_16x4`` (int16 data,
            32 lanes): the ``i``-th data rotate then starts ``i * half_lanes`` samples further on, and a rotate of
            the 1024-bit buffer by a multiple of half the buffer is a register half (no shift).
        wide_rotate: the data rotate is of the whole 1024-bit buffer with both 512-bit halves of the result live
            (int32 data, INT32_PAIRS): ``data_rotates`` shifts, none when the start is a multiple of half the buffer
            (then the halves swap registers).
        acc_extract: vector-ALU shuffles per call of the accumulator combine / unzip that the 8-lane extract of the
            real x complex specialisation keeps from cancelling between calls (cint32 data; :data:`CINT32_ACC`,
            made after seeing C17's errors).
        broadcasts: vector-ALU coefficient broadcasts per call, whatever the coefficient start (the element-wise
            complex x complex specialisation, CINT32_CINT16: one ``broadcast`` of a coefficient per point).
        acc_split: the call works on a split (unzipped) complex accumulator, so the output kernel's combine before
            the SRS is costed (:data:`ACC_SHUFFLES`); False when the MAC accumulates into the native cacc64
            (CINT32_CINT16: ``mac_elem_8``, no unzip / combine).
    """
    vmacs: int
    unzip_shuffles: int
    data_rotates: int
    coeff_rotates: int
    chain: int
    data_unzip: int = 2
    half_lanes: int = 0
    wide_rotate: bool = False
    acc_extract: int = 0
    broadcasts: int = 0
    acc_split: bool = True


#: (TT_DATA, TT_COEFF) -> the sliding MAC's ops, for the pairs with a cost (see the module docstring)
SLIDING = {
    # sliding_mul_bits_impl<16, 4, 1, 1, 1, 64, 16, 32, int16, cint16>: data unzip (2), data_re / data_im
    # rotates, one coefficient rotate, mac_conv_16x4 into acc_re and acc_im
    ("cint16", "int16"): SlidingMac(vmacs=2, unzip_shuffles=2, data_rotates=2, coeff_rotates=1, chain=1),
    # sliding_mul_bits_impl<16, 4, 1, 1, 1, 64, 32, 32, cint16, cint16>: data unzip (1024 bits: 2) and
    # coefficient unzip (256 bits: 1), data_re / data_im and coef_re / coef_im rotates, four mac_conv_16x4
    # (re += dre.cre - dim.cim, im += dre.cim + dim.cre: two on each accumulator)
    ("cint16", "cint16"): SlidingMac(vmacs=4, unzip_shuffles=3, data_rotates=2, coeff_rotates=2, chain=2),
    # INT16_PAIR (added for C17's BLIND_INT16 rows before they were run; module docstring):
    # sliding_mul_bits_impl<32, 4, 1, 1, 1, 64, 16, 16, int16, int16>: two 16-lane halves, each one
    # mac_conv_16x4 on its own acc64 half, each on a shuffle_down_rotate of the 64-sample buffer (one live
    # SHIFT_BYTES, the low 512 bits), the coefficient rotate shared by the halves (same expression, assumption);
    # no unzip (real data)
    ("int16", "int16"): SlidingMac(vmacs=2, unzip_shuffles=0, data_rotates=2, coeff_rotates=1, chain=1,
                                   data_unzip=0, half_lanes=16),
    # INT32_PAIRS (added for C17's BLIND_INT32 rows before they were run; module docstring). The AIE API emulates
    # every 32-bit operand of mac_conv_16x4 (emulated_mul_intrinsics.hpp): a 32-bit operand is split into lo / hi
    # 16-bit vectors (two shuffles), 16 x 32 and 32 x 16 take two native ops (mul of hi, addmac of lo), 32 x 32 four.
    # int16 x int32, sliding_mul_bits_impl<32, 4, 1, 1, 1, 64, 32, 16>: two 16-lane halves (data rotates as
    # INT16_PAIR), one 512-bit coefficient rotate and one lo / hi split shared by the halves (same expression,
    # assumption), two ops per half
    ("int16", "int32"): SlidingMac(vmacs=4, unzip_shuffles=2, data_rotates=2, coeff_rotates=1, chain=1,
                                   data_unzip=0, half_lanes=16),
    # cint16 x int32, the generic real x complex sliding_mul_bits_impl (coefficient real): data unzip (1024 bits:
    # 2), one coefficient rotate, then <16, 4, ..., 64, 32, 16, int32, int16> on data_re and on data_im (one data
    # rotate each, coefficient start 0: no rotate, the lo / hi split of the same coefficients shared: 2), two ops
    # on each of acc_re / acc_im
    ("cint16", "int32"): SlidingMac(vmacs=4, unzip_shuffles=4, data_rotates=2, coeff_rotates=1, chain=1),
    # int32 x int16, <16, 4, ..., 64, 16, 32, int16, int32>: the 32-int32 (1024-bit) data buffer rotated with both
    # halves live, one 512-bit coefficient rotate, the data lo / hi split (2), two ops
    ("int32", "int16"): SlidingMac(vmacs=2, unzip_shuffles=2, data_rotates=2, coeff_rotates=1, chain=1,
                                   wide_rotate=True),
    # int32 x int32, <16, 4, ..., 64, 32, 32, int32, int32>: as int32 x int16, but data and coefficient lo / hi
    # splits (4) and four ops (hi.hi, hi.lo, lo.hi, lo.lo) of which only the last adds the running accumulator
    ("int32", "int32"): SlidingMac(vmacs=4, unzip_shuffles=4, data_rotates=2, coeff_rotates=1, chain=1,
                                   wide_rotate=True),
    # cint32 x int16 (8 lanes), the generic real x complex sliding_mul_bits_impl: data unzip (16 cint32, 1024 bits:
    # 2), one coefficient rotate, then the 16-lane <16, 4, ..., 64, 16, 32, int16, int32> (lanes_per_mul 16, of
    # which 8 are kept) on data_re and on data_im: a 512-bit data rotate each, a data lo / hi split each (2 + 2),
    # two ops each
    ("cint32", "int16"): SlidingMac(vmacs=4, unzip_shuffles=6, data_rotates=2, coeff_rotates=1, chain=1,
                                    acc_extract=2),
    # cint32 x int32 (8 lanes): as cint32 x int16 with the 16-lane 32 x 32 sub-op: data lo / hi splits (2 + 2),
    # the coefficient lo / hi split shared (2), four ops on each of acc_re / acc_im
    ("cint32", "int32"): SlidingMac(vmacs=8, unzip_shuffles=8, data_rotates=2, coeff_rotates=1, chain=1,
                                    acc_extract=2),
    # CINT32_CINT16 (added for C17's BLIND_CINT32 rows before they were read; module docstring): data cint32 (64 bits),
    # both complex: the generic complex x complex sliding_mul_bits_impl with columns_per_mul 1, Lanes 8 (one idx_y
    # pass); per point one native mac_elem_8 (8 lanes, cacc64) on the loop-carried tmp, on
    # shuffle_down_rotate<cint32, 16> of the 16-cint32 buffer from data_start + point (only extract<8>(0), the low
    # 512 bits, live: one shift, none at a multiple of 8 samples, the INT16_PAIR rule with a 1-sample step) and a
    # broadcast of coeff[coeff_start + point]; no unzip, no accumulator combine
    ("cint32", "cint16"): SlidingMac(vmacs=4, unzip_shuffles=0, data_rotates=4, coeff_rotates=0, chain=4,
                                     data_unzip=0, half_lanes=1, broadcasts=4, acc_split=False),
}
PAIRS = tuple(SLIDING)
#: (TT_DATA, TT_COEFF) pairs DSPLib's fir_sr_asym takes on AIE-ML (TP_API 0) whose sliding MAC is not costed,
#: with why (the AIE API source read for each, jgmelber/aie_api sliding_mul_acc64.hpp @2a408059)
NOT_MODELLED = {
    ("cint16", "cint32"): "cint32 coefficients: element-wise mac_elem_8 per point with a broadcast coefficient "
                          "(columns_per_mul 1); the broadcast / rotate count per point was not costed",
    ("cint32", "cint32"): "cint32 x cint32: element-wise mac_elem_8 per point, 32 x 32-bit emulated; not costed",
    ("float", "float"): "float: fp32 MACs are emulated on AIE-ML (bf16 passes); the sliding sequence was not read",
    ("cfloat", "cfloat"): "cfloat: fp32 MACs are emulated on AIE-ML; the sliding sequence was not read",
    ("cfloat", "float"): "cfloat: fp32 MACs are emulated on AIE-ML; the sliding sequence was not read",
}
LANES = 16                 # fnNumLanes<cint16, *> on AIE-ML (io buffer; __MIN_REGSIZE__ 256 default)
INT16_LANES = 32           # fnNumLanes<int16, int16> on AIE-ML (fir_utils.hpp @0d8795bc; INT16_PAIR)
CINT32_LANES = 8           # fnNumLanes<cint32, *> on AIE-ML (fir_utils.hpp @0d8795bc; INT32_PAIRS)
COLUMNS = 4                # fnNumCols on AIE-ML
LOAD_SAMPLES = 8           # 256-bit upd_w of cint16
BUFF_SAMPLES = 32          # 1024-bit data buffer of cint16
COEFF_REG_BYTES = 32       # T_buff_256b<TT_COEFF>: 16 int16 / 8 cint16 per coefficient register
ZIGZAG_MAX_COEFF_BYTES = 256
ACC_BYTES = LANES * 16     # cacc64: 128 bits per lane
#: vector-ALU shuffles of the data unzip per sliding MAC (module docstring; cint16 x int16)
UNZIP_SHUFFLES = 2
#: which accumulator unzip / combine shuffles are costed per output vector (module docstring): "srs" the
#: combine before the SRS of the output kernel (ACC_SHUFFLE_CHANGE, DSPLib __SHUFFLE_CASCADE__); True also the
#: cascade unzip and the combine before a cascade write (ACC_UNZIP_CHANGE); False none (the blind model).
#: Both changes were made after seeing C17's errors (validation/cases_c17.py)
ACC_UNZIP = "srs"
#: made after seeing C17's errors (validation/cases_c17.py CASC_INPUT_CHANGE): the input window reaches the
#: cascaded kernels over the cascade (kernel_broadcast.hpp ``windowBroadcast``, module docstring), not from
#: the PLIO; False gives the blind model (every kernel's input buffer fed by the PLIO, no broadcast loop)
CASC_BROADCAST = True
#: made after seeing C17's errors (validation/cases_c17.py CINT32_ACC_CHANGE): cint32 data run the AIE API's
#: real x complex sliding MAC with Lanes 8 < lanes_per_mul 16; each call combines two 16-lane acc64 into a cacc64,
#: extracts 8 lanes and the next call unzips and grows them back to 16, so the combine / unzip pair is not the plain
#: cancelling pair of the 16-lane cint16 calls: :attr:`SlidingMac.acc_extract` shuffles per call (2: one 1024-bit
#: accumulator shuffle pair; the count was chosen on the measurements, 4 was also tried). False: the blind model
CINT32_ACC = True
#: bytes of one cascade word of the window broadcast (``MCD_SIZE`` / ``SCD_SIZE`` 512 on AIE-ML, device_defs.h)
BROADCAST_WORD_BYTES = 64
#: vector-ALU shuffles of one unzip_complex / combine_into_complex of the 16-lane cacc64 (2048 bits:
#: four 512-bit outputs, one shuffle each; assumption)
ACC_SHUFFLES = 4
#: ACC_MOVE_CHANGE (made after seeing the held-out FIR / Farrow errors, 2026-12-07; validation/cases_c38.py
#: ``ACC_MOVE_CHANGE`` has the before / after counts): an accumulator unzip / combine also moves its accumulator
#: registers to vector registers. Sources: the AIE API interleaves an accumulator by ``::shuffle`` of the
#: accumulator CAST to a vector (jgmelber/aie_api include/aie_api/detail/aie2/interleave.hpp @4e950f7d
#: ``interleave_accum_bits_zip_impl`` / ``_unzip_impl``, 512-bit branch: ``::shuffle(to_vector::run(v),
#: to_vector::run(w), mode)``; ``vector_accum_cast.hpp`` @2a408059); AIE-ML's VSHUFFLE reads two x registers
#: (Xilinx/llvm-aie aie2/AIE2GenInstrFormats.td @ff8589af ``AIE2_vec_shuffle_inst_mv``: 4-bit x sources, a 5-bit
#: destination, x or an accumulator quarter), so each 512-bit accumulator register it reads is first copied bm -> x
#: by ``VMOV_mv_x`` (``AIE2_mv_x_inst_mv``: an mv-slot instruction, as VSHUFFLE and ``AIE2_vec_shift_inst_mv`` VSHIFT; aie2/
#: AIE2Schedule.td @0361a31e ``II_VMOV_X_XM_BM`` writes the x file through W_WM_PORT in its cycle 2, the port
#: II_VSHUFFLE / II_VSHIFT / II_VSEL write too). So one interleave of a ``lanes``-lane cacc64 costs
#: ``lanes x 16 / 64`` shuffles (one per 512-bit output) plus as many bm -> x moves (one per 512-bit accumulator
#: register read), all on the one resource the model calls the vector-ALU slot: 8 for 16 lanes (was 4), 4 for the
#: 8-lane cint32 accumulator (unchanged: the model's 4 there was a shuffle over-count). False: the model before
#: (:data:`ACC_SHUFFLES` for every lane count)
ACC_MOVE = True


def acc_interleave_ops(lanes: int = 16) -> int:
    """Vector-ALU-slot ops of one accumulator ``unzip_complex`` / ``combine_into_complex`` of a ``lanes``-lane
    cacc64 (:data:`ACC_MOVE`): shuffles plus bm -> x moves, or :data:`ACC_SHUFFLES` with the flag off."""
    if not ACC_MOVE:
        return ACC_SHUFFLES
    registers = lanes * 16 // 64        # 512-bit registers of the cacc64 (= shuffles = moves)
    return 2 * registers


@dataclass(frozen=True)
class FirSrAsymParams(FirCascadeMixin):
    """One DSPLib fir_sr_asym kernel: cascade position ``position`` of a ``casc_len`` chain.

    Attributes:
        data_type, coeff_type: ``TT_DATA`` / ``TT_COEFF``.
        fir_len: ``TP_FIR_LEN`` (the whole filter; the kernel's share is derived).
        window: ``TP_INPUT_WINDOW_VSIZE`` samples per call.
        casc_len, position: ``TP_CASC_LEN`` and ``TP_KERNEL_POSITION``.
        ssr, api, dual_ip, num_outputs, coeff_reload: graph options; only api 0, dual_ip 0, num_outputs 1 and
            coeff_reload 0 modelled. With ``ssr`` > 1 the kernel is one of the SSR^2 x CASC_LEN kernels (module
            docstring, SSR_KERNELS): ``fir_len`` and ``window`` are then the kernel's (``CEIL(TP_FIR_LEN, SSR) / SSR``
            and ``WINDOW / SSR``, :func:`ssr_kernel_params`).
        ssr_phase: the SSR inner phase (0 .. ssr - 1): a cascade input from the previous phase's chain when > 0, a
            cascade output to the next one below ssr - 1.
    """
    data_type: str
    coeff_type: str
    fir_len: int
    window: int
    casc_len: int = 1
    position: int = 0
    ssr: int = 1
    api: int = 0
    dual_ip: int = 0
    num_outputs: int = 1
    coeff_reload: int = 0
    # keyword-only: subclasses (kernels.fir_sr_sym) keep their positional fields after coeff_reload
    ssr_phase: int = field(default=0, kw_only=True)
    #: DSPLib's TP_MODIFY_MARGIN_OFFSET (0 or -1), added to the kernel's first data offset (``m_kFirInitOffset``);
    #: set by :func:`ssr_kernel_params` (MARGIN_MODIFY_CHANGE)
    modify_margin_offset: int = field(default=0, kw_only=True)

    def __post_init__(self):
        if (self.data_type, self.coeff_type) not in PAIRS:
            why = NOT_MODELLED.get((self.data_type, self.coeff_type), "not a DSPLib AIE-ML type pair read here")
            raise ValueError(f"fir_sr_asym: {self.data_type} x {self.coeff_type} is not modelled ({why}); the AIE "
                             f"API's sliding MAC sequence was costed only for {PAIRS}")
        # SSR_KERNELS: TP_SSR > 1 is modelled as one of the SSR^2 x CASC_LEN kernels (blind: refused)
        # SSR_KERNELS: TP_SSR > 1 is modelled as one of the SSR^2 x CASC_LEN kernels of fir_sr_asym_graph (blind:
        # refused); subclasses (kernels.fir_sr_sym: another graph) still refuse it
        own_graph = type(self) is FirSrAsymParams
        ssr_ok = (isinstance(self.ssr, int) and isinstance(self.ssr_phase, int) and 0 <= self.ssr_phase < self.ssr
                  and (self.ssr == 1 or own_graph))
        check_graph_options("fir_sr_asym", self, "stream interface, kArchStream", ssr_ok,
                            f"TP_SSR {self.ssr!r}, SSR inner phase {self.ssr_phase!r} is not modelled (TP_SSR > 1 only "
                            "for fir_sr_asym's own graph, SSR^2 polyphase kernels; the phase within 0 .. TP_SSR - 1)",
                            ("fir_len", "window", "casc_len"))
        check_position("fir_sr_asym", self)
        if self.window % self.lanes:
            # DSPLib asserts TP_INPUT_WINDOW_VSIZE % m_kLanes == 0; a window that is not a multiple of
            # 2 x LANES falls back to the Basic architecture (inc_loads), it is not refused
            raise ValueError(f"fir_sr_asym: window {self.window} must be a multiple of {self.lanes} samples "
                             "(DSPLib: TP_INPUT_WINDOW_VSIZE % m_kLanes == 0)")
        if self.range_len < 1:
            # FIR_LEN_MIN 1 in fir_utils.hpp @0d8795bc ("we always pad up to at least numCols"): runt kernels of
            # 1..3 taps run one (zero-padded) sliding MAC per vector
            raise ValueError(f"fir_sr_asym: kernel {self.position} gets {self.range_len} taps; DSPLib needs >= 1 "
                             "(FIR_LEN_MIN)")

    @property
    def cascade_in(self) -> bool:
        """A cascade input: a kernel after the first of its chain, or the first of an SSR inner phase > 0."""
        return self.position > 0 or self.ssr_phase > 0

    @property
    def cascade_out(self) -> bool:
        """A cascade output: a kernel before the last of its chain, or the last of an SSR inner phase below the last."""
        return self.position < self.casc_len - 1 or self.ssr_phase < self.ssr - 1

    @property
    def sliding(self) -> SlidingMac:
        return SLIDING[(self.data_type, self.coeff_type)]

    @property
    def lanes(self) -> int:
        """``fnNumLanes`` on AIE-ML (fir_utils.hpp @0d8795bc, io buffer): 32 for int16 data, 8 for cint32 data,
        else :data:`LANES`."""
        if self.data_type == "cint32":
            return CINT32_LANES
        return INT16_LANES if self.data_type == "int16" else LANES

    @property
    def load_samples(self) -> int:
        """``fnDataLoadVsizeSrAsym``: samples per 256-bit load (and the margin / x-offset resolution)."""
        return 32 // sample_type(self.data_type).bytes

    @property
    def buff_samples(self) -> int:
        """``m_kSamplesInBuff``: samples of the 1024-bit data buffer (4 loads)."""
        return 4 * self.load_samples

    @property
    def acc_bytes(self) -> int:
        """Bytes of one output vector's accumulator (acc64: 8 bytes a real lane, cacc64: 16 a complex lane)."""
        return self.lanes * (16 if sample_type(self.data_type).complex else 8)

    @property
    def acc_shuffles(self) -> int:
        """Shuffles of one accumulator unzip / combine: :data:`ACC_SHUFFLES` for complex data, 0 for real
        (the AIE API splits only complex accumulators)."""
        return acc_interleave_ops(self.lanes) if sample_type(self.data_type).complex and self.sliding.acc_split else 0

    @property
    def coeff_reg(self) -> int:
        """Coefficients per 256-bit coefficient register."""
        return COEFF_REG_BYTES // sample_type(self.coeff_type).bytes

    @property
    def range_len(self) -> int:
        """``TP_FIR_RANGE_LEN``: taps of this kernel (fnFirRange / fnFirRangeRem, rounding 1)."""
        return cascade_range_len(self.fir_len, self.casc_len, self.position)

    @property
    def range_offset(self) -> int:
        """``fnFirRangeOffset``: the first tap of this kernel."""
        base = self.fir_len // self.casc_len
        return self.position * base + min(self.fir_len % self.casc_len, self.position)

    @property
    def margin(self) -> int:
        """``fnFirMargin``: margin samples of the input buffer."""
        return _ceil(self.fir_len, self.load_samples)

    @property
    def xoffset(self) -> int:
        """``m_kDataBuffXOffset``: ``m_kFirInitOffset`` (margin offset + range offset + TP_MODIFY_MARGIN_OFFSET)
        modulo the samples of a 256-bit load."""
        return (self.margin - self.fir_len + 1 + self.range_offset + self.modify_margin_offset) % self.load_samples

    @property
    def ops(self) -> int:
        """Sliding MACs per output vector: ``CEIL(R, 4) / 4``."""
        return -(-self.range_len // COLUMNS)

    @property
    def inc_loads(self) -> bool:
        """``m_kArch == kArchIncLoads`` (else Basic)."""
        init_needed = self.range_len + self.xoffset + 2 * self.load_samples - 1
        return (self.range_len * sample_type(self.coeff_type).bytes < ZIGZAG_MAX_COEFF_BYTES
                and init_needed <= self.buff_samples and self.window % (2 * self.lanes) == 0)

    @property
    def vectors(self) -> int:
        """Output vectors (cascade groups) per call."""
        return self.window // self.lanes

    @property
    def cascade_bytes(self) -> int:
        return self.vectors * self.acc_bytes

    @property
    def adf_input(self) -> bool:
        """The kernel's input window is an ADF buffer fed by the graph (a locked, margin-copied circular
        buffer): the first kernel, or every kernel without :data:`CASC_BROADCAST`. With it, a kernel with a
        cascade input gets the window over the cascade into an ``input_async_buffer`` nobody locks."""
        return self.position == 0 or not CASC_BROADCAST

    def ports(self) -> tuple[KernelPort, ...]:
        return window_ports(self, self.window)


#: MARGIN_MODIFY_CHANGE (2026-12-07, C17 extension 5; made AFTER seeing its blind errors; ``False`` reproduces the
#: blind figures): fir_sr_asym_graph.hpp ``ssr_kernels`` @0d8795bc gives the kernels of output path ``o``'s inner
#: phase ``i`` ``MODIFY_MARGIN_OFFSET = (ssrOutputPath < ssrDataPhase) ? -1 : 0``, with ``ssrDataPhase`` the inner
#: phase (``COEFF_DATA_ALIGNMENT`` 1, "aligned by data", the default), added to ``m_kFirInitOffset``: their first data
#: sample is one earlier, so their data x-offset (and the loads per vector) can differ from path ``SSR - 1``'s. The
#: blind model gave every path the unmodified offset. Found by the session's ssrlat review of the blind misses.
#: C17: 425 -> 431 of 628 within 10 % (6 in, 0 out; every other case unchanged).
MARGIN_MODIFY_CHANGE = True


def ssr_kernel_params(data_type: str, coeff_type: str, fir_len: int, window: int, casc_len: int, ssr: int,
                      ssr_phase: int, position: int, ssr_path: int = 0, **options) -> FirSrAsymParams:
    """The :class:`FirSrAsymParams` of kernel ``position`` of inner phase ``ssr_phase``'s chain of a graph with
    ``TP_FIR_LEN`` ``fir_len``, ``TP_INPUT_WINDOW_VSIZE`` ``window``, ``TP_CASC_LEN`` ``casc_len`` and ``TP_SSR``
    ``ssr`` (module docstring, SSR_KERNELS: ``CEIL(fir_len, ssr) / ssr`` taps, ``window / ssr`` samples; DSPLib
    asserts ``fir_len % ssr == 0`` and ``window % ssr == 0``); ``ssr_path`` is the kernel's output path (0 .. ssr - 1),
    which sets DSPLib's margin modification (:data:`MARGIN_MODIFY_CHANGE`).

    Raises:
        ValueError: a length or window not divisible by ``ssr``, or a configuration the model refuses.
    """
    if ssr < 1 or fir_len % ssr or window % ssr:
        raise ValueError(f"fir_sr_asym: TP_FIR_LEN {fir_len} and window {window} must be divisible by TP_SSR {ssr} "
                         "(fir_sr_asym_graph.hpp static_asserts)")
    if not isinstance(ssr_path, int) or not 0 <= ssr_path < ssr:
        raise ValueError(f"fir_sr_asym: SSR output path {ssr_path!r} must be 0 .. TP_SSR - 1 = {ssr - 1}")
    modify = -1 if MARGIN_MODIFY_CHANGE and ssr_path < ssr_phase else 0
    return FirSrAsymParams(data_type, coeff_type, _ceil(fir_len, ssr) // ssr, window // ssr, casc_len, position, ssr,
                           ssr_phase=ssr_phase, modify_margin_offset=modify, **options)


def data_loads_per_vector(p: FirSrAsymParams) -> int:
    """256-bit data loads per output vector (module docstring)."""
    lanes, load = p.lanes, p.load_samples
    if p.inc_loads:
        return lanes // load
    needed = p.xoffset + lanes + COLUMNS - 1
    loaded = _ceil(needed, load)
    loads = loaded // load
    for _ in range(1, p.ops):
        needed += COLUMNS
        if needed > loaded:
            loaded += load
            loads += 1
    return loads


def broadcast_cycles(p: FirSrAsymParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Cycles of the window broadcast at the start of a cascaded kernel's call (module docstring,
    :data:`CASC_BROADCAST`): ``(WINDOW + margin)`` samples in 512-bit words, one per trip of a pipelined loop;
    the first kernel loads each word from its circular input buffer (two 256-bit loads, the iterator's
    ``cyclic_add`` the loop-carried step, as in :func:`~aiesim_py.kernels.sample_delay.margin_copy_cycles`)
    and writes it to the cascade; a middle kernel reads it from the cascade, writes it on and stores it (two
    256-bit stores); the last kernel reads and stores it. 0 for a single kernel.

    Simplification: the broadcast is costed as time at the start of each call, not simulated as data on the
    cascade; in the simulated graph only the per-vector cascade groups synchronise the kernels (the broadcast
    words precede them on the same cascade, so the order of kernel starts is the same)."""
    if not CASC_BROADCAST or p.casc_len == 1:
        return 0
    word_bytes = BROADCAST_WORD_BYTES
    trips = -(-(p.window + p.margin) * sample_type(p.data_type).bytes // word_bytes)
    cas_words = -(-word_bytes // t.cascade_bytes_per_cycle)
    if p.position == 0:
        slots = SlotUse(load_any=-(-word_bytes // t.load_bytes), move=cas_words)
        recurrence = cyclic_add_cycles(t)
        depth = critical_path((1, t.vload_latency), (cas_words, t.cascade_write_latency))
    else:
        stores = -(-word_bytes // t.store_bytes)
        # a middle kernel of the chain passes the words on; the chain's last one does not, even with an SSR
        # cascade out (kernel_broadcast.hpp kernelPositionState)
        slots = SlotUse(move=cas_words * (1 + int(p.position < p.casc_len - 1)), store=stores)
        recurrence = 0
        depth = critical_path((cas_words, t.cascade_read_latency), (stores, 0))
    ii = resource_ii(slots, t, recurrence=recurrence)
    return loop_cycles(trips, ii, depth, pipelined=True) + loop_setup_cycles(t, trips)


def acc_shuffle_sets(p: FirSrAsymParams) -> tuple[int, int]:
    """``(unzip of the cascade input, combine before the output)``: the accumulator shuffles costed per
    output vector (:data:`ACC_SHUFFLES` each), 0 or 1, by :data:`ACC_UNZIP`."""
    if ACC_UNZIP == "srs":
        return 0, int(not p.cascade_out)
    if ACC_UNZIP:
        return int(p.cascade_in), 1
    return 0, 0


def vector_slots(p: FirSrAsymParams, strobe: int, t: CoreTiming = AIE_ML_CORE) -> SlotUse:
    """Issue slots of one output vector (``strobe``: its index within an IncLoads trip)."""
    alu = 0
    sm = p.sliding
    buff = p.buff_samples
    for j in range(p.ops):
        op = j * COLUMNS
        data_start = (strobe * p.lanes + op + p.xoffset) % buff
        coeff_start = op % p.coeff_reg
        if sm.half_lanes:
            # INT16_PAIR: one rotate per half, from data_start + i * half_lanes (CINT32_CINT16: per point, step 1);
            # the low 512 bits of a 1024-bit
            # rotate by a multiple of half the buffer are a register half (shuffle.hpp, no shift)
            rotates = sum((data_start + i * sm.half_lanes) % (buff // 2) != 0 for i in range(sm.data_rotates))
        elif sm.wide_rotate:
            # INT32_PAIRS: a 1024-bit rotate with both halves live, a register swap at a multiple of half the buffer
            rotates = sm.data_rotates * (data_start % (buff // 2) != 0)
        else:
            rotates = sm.data_rotates * (data_start != 0)
        alu += (sm.unzip_shuffles + rotates + sm.coeff_rotates * (coeff_start != 0) + sm.acc_extract * CINT32_ACC
                + sm.broadcasts)
    alu += p.acc_shuffles * sum(acc_shuffle_sets(p))
    coeff_loads = -(-_ceil(p.range_len, COLUMNS) // p.coeff_reg)
    words = -(-p.acc_bytes // t.cascade_bytes_per_cycle)
    move = words * (int(p.cascade_in) + int(p.cascade_out))
    stores = 0 if p.cascade_out else -(-p.lanes * sample_type(p.out_type).bytes // t.store_bytes)
    return SlotUse(load_any=data_loads_per_vector(p) + coeff_loads, mac=sm.vmacs * p.ops, vector_alu=alu, move=move,
                   store=stores)


def vector_depth(p: FirSrAsymParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Critical path of one output vector: load -> unzip -> rotate -> MAC chain -> SRS / cascade write."""
    head = max(t.vload_latency, t.cascade_read_latency if p.cascade_in else 0)
    steps = [(1, head)]
    if p.sliding.data_unzip:
        steps.append((p.sliding.data_unzip, t.vector_alu_latency))
    steps.append((1, t.vector_alu_latency))
    chain = p.ops * p.sliding.chain
    unzip_in, combine_out = acc_shuffle_sets(p)
    if unzip_in and p.acc_shuffles:
        steps.append((p.acc_shuffles, t.vector_alu_latency))
    steps.append((1 + (chain - 1) * t.acc_chain_ii, t.vmac_latency))
    if combine_out and p.acc_shuffles:
        steps.append((p.acc_shuffles, t.vector_alu_latency))
    if p.cascade_out:
        steps.append((-(-p.acc_bytes // t.cascade_bytes_per_cycle), t.cascade_write_latency))
    else:
        steps.append((-(-p.lanes * sample_type(p.out_type).bytes // t.store_bytes), 0))
    return critical_path(*steps)


def fir_sr_asym_cycles(p: FirSrAsymParams, t: CoreTiming = AIE_ML_CORE) -> MatrixMultCost:
    """Cycles of one call (module docstring)."""
    per_trip = 2 if p.inc_loads else 1
    slots = SlotUse()
    for s in range(per_trip):
        slots = slots + vector_slots(p, s, t)
    chain = per_trip * p.ops * p.sliding.chain * t.acc_chain_ii
    ii = resource_ii(slots, t, recurrence=chain)
    depth = vector_depth(p, t) + (per_trip - 1) * resource_ii(vector_slots(p, 0, t), t)
    trips = p.vectors // per_trip
    init_loads = 0
    if p.inc_loads:
        load = p.load_samples
        init_loads = max(0, -(-(p.range_len + p.xoffset + 2 * load - 1) // load) - 2)
    # constructor: the kernel's taps reversed into m_internalTaps (a scalar copy, assumed one per cycle)
    first_call = p.range_len + t.scalar_load_latency
    return fir_call_cost(p, t, ii=ii, depth=depth, trips=trips, pipelined=True, broadcast=broadcast_cycles(p, t),
                         first_call=first_call, extra_loop=init_loads, first_group=vector_depth(p, t),
                         groups=p.vectors)
