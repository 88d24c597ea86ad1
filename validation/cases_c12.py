"""C12 (held out): DSPLib fft_window (FFT window function) on AIE-ML, xcve2802 at 1.25 GHz.

Source: Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/fft_window_benchmark.csv
@40865147 (``data/dsplib_fft_window_aieml.csv``, header and rows unchanged). That version of the
file holds several hundred AIE-ML rows (one contiguous block, after the AIE rows and before the
AIE-MLv2 ones); the data file keeps the 180 with ``TP_API`` 0 (buffers) and ``TP_DYN_PT_SIZE`` 0
(static point size): cint16 x int16 and cint32 x int32, SSR 1, 2 and 4, point sizes 16..4096,
windows 16..32768 samples. Left out, not transcribed: the TP_API 1 (stream) and TP_DYN_PT_SIZE 1
(header vector, run-time point size) rows, whose kernel specialisations the kernel cost model does
not take (:mod:`aiesim_py.kernels.fft_window`). The older version @db048a49 has 7 AIE-ML rows
(cint16, SSR 1, point size = window); its figures differ from @40865147's by up to ~2x on the
small windows (e.g. 16/16: 518 ns, 1230 MSa/s there; 282 ns, 421 MSa/s here), so the two are not
mixed. Not part of ../shared/validation: no constant of the model was set on these rows; the first
prediction of every row ("blind") is recorded in :data:`BLIND`.

The test harness (dsp/L2/tests/aie/fft_window @0d8795bc): test.hpp gives every SSR kernel its own
64-bit PLIO in (``PLIO_in_<i>``, file ``T_input_<i>_0``) and out (``uut_output_<i>_0``); helper.mk
runs ``get_latency.tcl ./aiesimulator_output T_input_0_0.txt ./data/uut_output_0_0.txt ..
$(WINDOW_VSIZE) $(NITER)``: the throughput is WINDOW_VSIZE samples (all ranks') over the interval
between the first input samples of two iterations of rank 0, the latency the first input sample
to the first output sample of rank 0, both at the iteration :func:`cases_c5.stable_iteration`
picks. NITER: 8, the harness's AIE-ML QoR entries (multi_params.json @0e6b76d6
``cint16_int16_*_aie2_hw_qor``: NITER 8); the sweep behind @40865147's rows is not in that file,
so 8 is an assumption for the other rows. PLIO clock 625 MHz as the other DSPLib QoR rows
(validation/cases_c5.py).

The graph (dsp/L2/include/aie/fft_window_graph.hpp @0d8795bc): ``TP_SSR`` kernels, each with
``TP_POINT_SIZE / TP_SSR`` points per frame and ``TP_WINDOW_VSIZE / TP_SSR`` samples per call, one
input and one output buffer, ``runtime<ratio> = 0.8`` (one kernel per tile: NUM_AIE = SSR on every
row, checked in :func:`fft_window_design`). Each row becomes a hand-built
:class:`aiesim_py.graph.KernelGraph` (kernels side by side in compute row
:data:`cases_c5.KERNEL_ROW`, one 64-bit PLIO in and out per kernel, routed as in C5 / C7..C10),
kernel cost :mod:`aiesim_py.kernels.fft_window`, simulated for NITER iterations through
``sim.timing.kernel_graph``.

Predicted: all 180 rows (360 figures). Blind (first run, before any comparison; every figure in
:data:`BLIND`): 169 of 360 figures within 10 %, median |error| 11.6 % (throughput 122 of 180, median
1.6 %; latency 47 of 180, median 23.0 %). One change after seeing the errors, :data:`FIRST_CALL_CHANGE`:
225 of 360 within 10 % with it. A later change to the shared loop rule, :data:`UNROLL_CHANGE` (made after
seeing C10's and this case's errors), brought 13 more in: 238 of 360; the timing model's call overhead
outside the buffer locks (validation/cases_c14.py ``UNLOCKED_OVERHEAD_CHANGE``, made after seeing C14's
errors) put two of those latencies back out (-10.05 %): 236 of 360 (249 of 360 at main 1eedb47, 111 outside, after
session 14's MM2S_CHAINED_BD_CHANGE: :data:`SESSION15_DIAGNOSTIC`). The 124 figures outside then were in
:data:`KNOWN_OFF`, in three groups:
9 PLIO-bound latencies (:data:`WINDOW_LATENCY_OFF`), frames of <= 4 vectors (:data:`SMALL_FRAME_OFF`: the
model fills and drains the inner loop per frame, the measured kernels look unrolled) and cint32 frames
of 8-16 vectors (:data:`C32_FRAME_OFF`: 10-17 % slow per call). Caveat: 116 of the 180 rows measure within 2 % of the PLIO / DMA rate, so
their throughputs test the harness reading and the DMA path, not the kernel. :data:`FFT_WINDOW_DIAGNOSTICS`
classifies the 124 (largest group: cint32 frames of 4-16 vectors, 84 figures) and records the loop-structure and
VSHIFT experiments tried on it (up to 313 of 360 within 10 %), none applied: no public source supports them.

Session 16 (2026-12-07; labelled, post-blind, made in the shared reading, not here: validation/cases_c5.py
``STABLE_NITER_ALL_CHANGE``, C20's STABLE_NITER_CHANGE generalised): get_latency.tcl reports -1 unless an iteration
from the 4th on has a latency within 5 % of the previous one, and the benchmark file has figures on every row. Two
rows' NITER-8 runs have none (cint16 pt 16 win 16 SSR 1, pt 32 win 32 SSR 2: latencies 354, 392, .., 582 cycles,
then 398 at the 8th, when the input interval jumps from 16 to 238 cycles); both are now read at NITER 9 (latencies
.., 398, 398). Their latencies are unchanged (398 cycles, the 8th iteration, in both readings); their throughputs
move from the 238-cycle outlier interval to the 54-cycle one: pt 32 SSR 2 -79.5 -> -9.7 % (in), pt 16 SSR 1 -80.1
-> -12.0 % (still in KNOWN_OFF, SMALL_FRAME_OFF). C12 249 -> 250 of 360, no figure out.

Session 17 (2026-12-08, labelled, post-blind: kernels.fft_window ``ZOL_SETUP_DISTANCE_CHANGE``, :data:`ZOL_SETUP_CHANGE`):
the innermost (software-pipelined) hardware loop's set-up is the ZOL set-up distance of llvm-aie's AIE2 back end
(``AIE2InstrInfo.cpp`` @05232d85 ``getZOLSupport``: 7 bundles / 112 bytes from the LC / LS / LE writes to the loop),
which the loop's own prologue (``depth - II`` cycles: 20 for cint32, 12 for cint16) fills, so the 5 set-up cycles per
frame (kernel_io.loop_setup_cycles) go. That chess fills it the same way is the inference. C12 250 -> 286 of 360 (36
in, 0 out; no other case costs fft_window; C1-C6 and C16 unchanged). KEPT FALSE when merged: the same rule on every
kernel (kernel_io.ZOL_FILL_ALL_CHANGE, helper zol) nets +13 elsewhere, moves C5 (3 in, 2 out) and disagrees with C5's
hadamard rows, whose multiply fft_window reuses (kernels.fft_window comment); C12 stays at its earlier figures. The
figures outside and what was read on them: :data:`SESSION17_DIAGNOSTIC` (its part (2) describes the flag-on state).

The harness's description.json (@0e6b76d6) sets ``"pl-freq": 1000`` for the PLIOs; KernelGraph takes
at most half the 1.25 GHz array clock, so the 64-bit PLIOs run at 625 MHz (5 GB/s) here as in the other
DSPLib cases (validation/cases_c11.py notes the same); the measured cint16 / cint32 throughputs cap at
5 GB/s (1250 / 625 MSa/s per kernel).
"""
from __future__ import annotations

import functools
from pathlib import Path

from aiesim_py.graph import KernelGraph
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import families
from aiesim_py.kernels.fft_window import KIND, FftWindowParams, fft_window_cycles

import cases_c5  # noqa: E402  (next to this file: the DSPLib harness shared with C5 / C7..C10)

assert families.FAMILIES[KIND] == (FftWindowParams, fft_window_cycles)

DATA = Path(__file__).resolve().parent / "data" / "dsplib_fft_window_aieml.csv"
SOURCE = ("Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/fft_window_benchmark.csv @40865147 "
          "(validation/data/dsplib_fft_window_aieml.csv: the AIE-ML rows with TP_API 0, TP_DYN_PT_SIZE 0)")

#: NITER of the harness's AIE-ML QoR entries (multi_params.json ``*_aie2_hw_qor``)
ITERATIONS = 8

#: the one change made after the blind run (kernels.fft_window.table_copy_cycles)
FIRST_CALL_CHANGE = (
    "Blind, the PLIO-bound rows' latency was 16-43 % short: on 93 of the 116 rows whose measured throughput is "
    "within 2 % of the 5 GB/s PLIO / DMA rate the measured latency is 2 x T + 126..141 ns (T = one kernel "
    "window at 5 GB/s), the model's T + kernel + ~100 ns. The rows where it is less than 2 x T are the "
    "16-frame ones, and there the excess over T grows with the point size, ~6-7 cycles per byte of the "
    "window table (point 32: ~145 cycles, 64: ~720, 256: ~3900, 512: ~7490 for cint16). fft_window's "
    "constructor memcpy's that table into the kernel object (fft_window.cpp @0d8795bc). Modelled as a "
    "first-call cost of 7 cycles per table byte (kernels.fft_window.table_copy_cycles; KernelCost."
    "first_call_extra_cycles): while the first call copies, the input fills the ping and pong buffers, and "
    "the lag stays one window longer (capped at 2 x T). Moved 201 figures (only C12's): latency 47 -> 101 "
    "of 180 within 10 %, throughput 122 -> 124, all 360: 169 -> 225. The per-byte cost and the copy "
    "running inside the first call are read from these figures (module docstring of kernels.fft_window); "
    "the 16-frame cint16 rows of point 128-512 come within 2 %")
WINDOW_LATENCY_OFF = (
    "PLIO-bound latency still outside 10 % with the first-call table copy (FIRST_CALL_CHANGE): 9 cint16 rows, "
    "-14 %..+15 %. Short by 12-14 %: five rows of 256-512 B per kernel (one or two frames), where the measured "
    "lag is ~2 x T + 130 ns and the modelled copy of a 128-256 B table does not last the second window. Long "
    "by 13-15 %: the three 16-frame rows with 64 points per kernel (point 64 SSR 1, 128 SSR 2, 256 SSR 4), whose "
    "128-B table copies in 896 modelled cycles where the measured excess over T is ~720. Not identified "
    "further")
#: the second change after seeing the errors (shared with C10, kernels.kernel_io.unrolled_inner_loop)
UNROLL_CHANGE = (
    "an innermost constant-trip loop of 2-3 trips is fully unrolled and the loop around it is the software-"
    "pipelined one (llvm-aie AIE2TargetTransformInfo.cpp @02d53b80: no hardware loop at <= 3 trips; DSPLib's "
    "figures come from the chess compiler, whose heuristics are not public): fft_window's vect loop of 2 "
    "vectors (cint16, 16 points per kernel); 225 -> 238 of 360 figures within 10 %, none went out")
SMALL_FRAME_OFF = (
    "frames of <= 4 vectors per kernel (point size 16 / 32 per kernel: 2 / 4 cint16 vectors; point size 16: 4 "
    "cint32 vectors): the model fills "
    "and drains the pipelined vect loop for every frame (the frames loop plain, kernels.fft_window), ~17 (cint16) / "
    "~51 (cint32) cycles per frame; the kernel-bound rows' measured intervals give ~4 cycles per 2-vector cint16 "
    "frame and ~22 per 4-vector cint32 frame (5.5 cycles per vector, below the model's II 7 of vector-ALU ops: "
    "the two VSHIFTs of the 128-bit coefficient, kernels.hadamard.subvector_shifts, look absent). As if the "
    "short inner loop were unrolled and the frames loop pipelined. Since UNROLL_CHANGE (kernel_io."
    "unrolled_inner_loop: vect loops of 2-3 trips unrolled, llvm-aie's hardware-loop threshold) the 2-vector cint16 "
    "frames are costed that way and 13 of their figures came within 10 %; the 4-vector frames (cint16 point size 32 "
    "per kernel, cint32 point size 16) keep the loop and stay here, as do 2-vector latencies and throughputs "
    "still outside (two 2-vector latencies that UNROLL_CHANGE brought to -4 % went back to -10.05 % once the call "
    "overhead ran outside the buffer locks, sim.timing.buffer_kernels.unlocked_overhead). The latencies of these "
    "rows follow the kernel (and, PLIO-bound, WINDOW_LATENCY_OFF)")
C32_FRAME_OFF = (
    "cint32 x int32, frames of 8 or 16 vectors per kernel, kernel-bound: the measured intervals give ~70 cycles per "
    "8-vector frame and ~131 per 16-vector frame (their differences over the window sizes) and 102.6 cycles for "
    "a one-frame call of 8 vectors; the model 79 / 135 per frame (II 7 x vectors + the block's 27-cycle chain "
    "less one II + 3 loop set-up) and 121 per call: 10-17 % slow, the latencies +12..+25 % with it. Not "
    "identified: the compiled vect loop's fill and drain are shorter than the isa.timing latencies of the "
    "emulated block give, or overlap the next frame; FFT_WINDOW_DIAGNOSTICS: per-frame costs and the experiments tried")
#: Session 15 (2026-12-07): which bound sets the model's interval on the 111 figures outside 10 % and what per-call /
#: per-frame cost the measured figures imply; no change in aiesim_py (appended to FFT_WINDOW_DIAGNOSTICS). Counted at
#: main 1eedb47 with ``validation/run.py --json --case C12`` and a scratch process importing this module (the
#: experiments patched kernels.fft_window in that process only).
SESSION15_DIAGNOSTIC = (
    "Session 15 (2026-12-07, no change in aiesim_py): 249 of 360 within 10 %; the 111 outside are all one sign (63 "
    "latencies long, 48 throughputs low). Bound that sets the model's interval on them (simulate_row's interval "
    "against the kernel's cycles per call and the PLIO's): the kernel on 100 (cint32 x int32: all 84, frames of 4, 8 "
    "and 16 vectors, SSR 1 / 2 / 4 alike; cint16 x int16: 16 figures of 2- and 4-vector frames), the 64-bit PLIO on 7 "
    "(16-frame cint16 latencies, +10..+46 %: the first-call table copy, WINDOW_LATENCY_OFF), neither on 4 (cint16, 2 "
    "vectors, one frame, 16 samples per kernel: in the model the input PLIO runs 5-7 windows ahead of the first call "
    "(in0's starts 0, 16, .., 96 then 334 cycles), NITER 8 ends before the interval settles, the stable iteration is "
    "the last and its interval the first stall, 238 cycles against 47.5 measured: a simulator / reading effect, not "
    "the kernel). Measured cycles per call (WINDOW_VSIZE / throughput at 1.25 GHz, rows more than 3 % above the PLIO "
    "rate, least squares over the frames F): cint32 4 vectors per frame 48.6 + 22.7 F (model 40.0 + 54.4 F), 8 "
    "vectors 38.4 + 71.0 F (model 42.9 + 81.2 F), 16 vectors 22 + 128.5 F (model 35 + 142 F; F 1 and 2 only); the "
    "one-frame calls of 4 / 8 / 16 / 32 vectors 71 / 101 / 151 / 267 = 7 x vectors + 39..45 (model 7 x vectors + 65). "
    "So (i) from 8 to 16 vectors a frame costs 7.2 cycles more per vector: the model's II 7 (vector-ALU bound, the "
    "two VSHIFTs included) fits the pipelined vect loop of 8 or more vectors; (ii) what is long is a constant per "
    "frame and per call: 15-16 cycles per frame beyond 7 x vectors (model 25: depth 27 - II 7 = 20 of fill and drain "
    "+ 5 of loop set-up) and ~23 cycles on a one-frame call; (iii) a 4-vector cint32 frame costs 22.7 cycles, below "
    "4 x II 7 = 28, so that vect loop is not an II-7 hardware loop (unrolled with fewer vector-ALU ops per vector, or "
    "its frame-invariant coefficient work hoisted: coeffVectPtr restarts at weights[0] every frame, so once the loop "
    "is unrolled the 4 coefficient vectors and their zip / VSHIFT / split are the same in every frame; whether chess "
    "unrolls 4 trips or hoists across frames is in no public source). Experiments (scratch, C12 figures within 10 %): "
    "the inner loop's set-up (kernel_io.loop_setup_cycles, 5 cycles) hidden for frames 2..F 272 (23 in, 0 out), for "
    "every frame 282 (33 in, 0 out), no loop set-up at all in fft_window 292; cint32 depth 21 instead of 27 (fill and "
    "drain 14) 276, with no set-up 309; depth 23 271 / 305. Not applied, no public source: the 5 set-up cycles are the "
    "shared rule checked on C5's hadamard rows, llvm-aie's ZOL lowering (AIEBaseHardwareLoops.cpp @0d1b38dc: LC / LS "
    "/ LE written in the preheader) does not say whether the next frame's writes issue inside the previous frame's "
    "drain, and llvm-aie's outer-loop pipeliner (AIEOuterLoopPipeliner.cpp @01700505, off by default) overlaps the "
    "outer body's top-block chain with the inner loop, not the inner loop's fill and drain; chess's schedule of the "
    "nest is not public, so the 15-16 per frame and ~23 per call would be read from these figures. Open as before: a "
    "compiled kernel's assembly or a cycle trace of one call")
#: Diagnostics of the figures still outside 10 % (2026-12-07, after all the changes above; NOT applied:
#: no mechanism found that a public source supports for the chess-compiled AIE-ML kernel). Counted with
#: ``validation/run.py --json --case C12`` and pandas; the experiments patched kernels.fft_window in a
#: scratch process only, no constant of the model was changed.
FFT_WINDOW_DIAGNOSTICS = (
    "Classification of the 124 figures outside 10 % (62 latencies long, 48 throughputs low, 14 latencies short) by "
    "data type, vectors per frame per kernel (point size / SSR / samples per 256-bit vector), frames per call, SSR: "
    "the largest group is cint32 x int32 with 4, 8 or 16 vectors per frame (point size per kernel 16, 32, 64): 84 of "
    "the 124 (45 latencies long, 39 throughputs low; every frame count 1..16, the same in SSR 1, 2 and 4: 28 / 28 / 28, "
    "so not a PLIO / SSR placement effect; 6 of its 90 figures are within 10 %). The rest: cint16 frames of 2 and 4 "
    "vectors (31: SMALL_FRAME_OFF) and PLIO-bound cint16 latencies (9: WINDOW_LATENCY_OFF). Measured interval per "
    "call of that group (cycles at 1.25 GHz = WINDOW_VSIZE / throughput, median over SSR; the model's in brackets; "
    "the 64-bit PLIO's own rate is 2 cycles per cint32 sample): 4 vectors x 1 / 2 / 4 frames 71 / 94 / 140 (93 / 151 / "
    "257), 8 and 16 frames at the PLIO rate (260 / 517; model 469 / 893); 8 vectors x 1 / 2 / 4 / 8 / 16 frames 100 / "
    "185 / 328 / 609 / 1172 (121 / 207 / 369 / 693 / 1341); 16 vectors x 1 / 2 / 4 frames 151 / 279 / 523 (177 / 319 / "
    "593). Per frame: 4 vectors ~23 cycles (5.75 per vector, below the model's II 7), 8 vectors ~70.5, 16 vectors "
    "~122: one II and one fill/drain per frame do not fit all three (8 -> 16 vectors: ~6.4 cycles per added vector; "
    "the model: II 7 + 23 cycles of fill, drain and loop set-up per frame). The latencies move with the kernel: in "
    "experiment (a) at N 16 every cint32 row whose throughput comes within 10 % has its latency within 9 % (within "
    "8-14 % in the other experiments). "
    "Experiments (C12 figures within 10 %, now 236 of 360): (a) unroll the vect loop up to N trips and pipeline the "
    "frames loop (kernel_io.UNROLL_MAX_TRIPS, now 3 from llvm-aie's hardware-loop threshold): N 4 -> 254, 8 -> 260, "
    "16 and any larger N -> 278; it makes the 8-vector cint32 frames 13-18 % fast and leaves the 4-vector ones 22 % "
    "slow (II 7 x 4 = 28 > 23 cycles per frame); DSPLib's PROGRAM_MEMORY column is ~1.8-2.2 kB per tile for every "
    "point size (cint32 64..128 vectors per frame included), so the compiler does not fully unroll long vect loops. "
    "(b) frames x vect as one flattened pipelined loop: 274, same errors as (a) at 16. (c) the cint32 x int32 block "
    "without the two VSHIFTs of the 128-bit coefficient's zip (kernels.hadamard.subvector_shifts; the AIE API's "
    "mul_bits_impl<cint32, int32> grows the zip's two 128-bit halves back into one 256-bit vector, an identity the "
    "compiler could fold): issue slots only (II 5, depth 27) 289, with N = 4 313; slots and critical path (II 5, depth "
    "23) 276, with N = 4 306; one VSHIFT kept (II 6) 281, with N = 4 300. Why not applied: llvm-aie's AIE2 intrinsic "
    "header lowers the 128-bit extract / set at a non-zero index to VSHIFT (the generic shufflevector form is in the "
    "AIE2P / AIE2PS headers only, aie_upd_ext_common.h), C5's hadamard cint32 x int32 row with the same aie::mul "
    "measures ~10 cycles per vector, above II 7, and the unroll threshold of 4 (chess, whose heuristics are not "
    "public; UG1079 'Loop Flattening and Unrolling' gives none) would be read from these figures; so the VSHIFT count "
    "and the threshold would both be fitted. Open: the chess schedule of this loop nest (a compiled kernel's "
    "assembly or a cycle trace of one call would settle per-vector II and per-frame cost). "
    "Session 13 (2026-12-07, no change): the grouping at main 1190c56 is the same (cint32 x int32: 84 outside, 45 "
    "latencies high and 39 throughputs low; cint16: 40); NITER is not the cause: ITERATIONS 16 or 32 instead of 8 "
    "(scratch process) gives 237 of 360 either way (one figure more). " + SESSION15_DIAGNOSTIC)

_WINDOW_LATENCY_ROWS = (
    ("cint16xint16_pt_128_win_128_ssr_1", ("latency",)),
    ("cint16xint16_pt_128_win_2048_ssr_2", ("latency",)),
    ("cint16xint16_pt_128_win_256_ssr_2", ("latency",)),
    ("cint16xint16_pt_256_win_256_ssr_2", ("latency",)),
    ("cint16xint16_pt_256_win_4096_ssr_4", ("latency",)),
    ("cint16xint16_pt_256_win_512_ssr_4", ("latency",)),
    ("cint16xint16_pt_512_win_512_ssr_4", ("latency",)),
    ("cint16xint16_pt_64_win_1024_ssr_1", ("latency",)),
    ("cint16xint16_pt_64_win_128_ssr_1", ("latency",)),
)

_SMALL_FRAME_ROWS = (
    ("cint16xint16_pt_128_win_128_ssr_4", ("latency",)),
    ("cint16xint16_pt_128_win_2048_ssr_4", ("latency",)),
    ("cint16xint16_pt_128_win_256_ssr_4", ("latency", "throughput",)),
    ("cint16xint16_pt_128_win_512_ssr_4", ("latency",)),
    ("cint16xint16_pt_16_win_128_ssr_1", ("latency",)),
    ("cint16xint16_pt_16_win_16_ssr_1", ("latency", "throughput",)),
    ("cint16xint16_pt_16_win_32_ssr_1", ("latency", "throughput",)),
    ("cint16xint16_pt_16_win_64_ssr_1", ("latency",)),
    ("cint16xint16_pt_32_win_128_ssr_1", ("latency",)),
    ("cint16xint16_pt_32_win_256_ssr_2", ("latency",)),
    ("cint16xint16_pt_32_win_32_ssr_1", ("latency", "throughput",)),
    ("cint16xint16_pt_32_win_32_ssr_2", ("latency",)),   # throughput in with cases_c5.STABLE_NITER_ALL_CHANGE
    ("cint16xint16_pt_32_win_512_ssr_1", ("latency",)),
    ("cint16xint16_pt_32_win_64_ssr_1", ("latency", "throughput",)),
    ("cint16xint16_pt_32_win_64_ssr_2", ("latency", "throughput",)),
    ("cint16xint16_pt_64_win_1024_ssr_2", ("latency",)),
    ("cint16xint16_pt_64_win_128_ssr_2", ("latency", "throughput",)),
    ("cint16xint16_pt_64_win_128_ssr_4", ("latency", "throughput",)),
    ("cint16xint16_pt_64_win_256_ssr_2", ("latency",)),
    ("cint16xint16_pt_64_win_256_ssr_4", ("latency",)),
    ("cint16xint16_pt_64_win_512_ssr_4", ("latency",)),
    ("cint16xint16_pt_64_win_64_ssr_2", ("latency",)),
    ("cint32xint32_pt_16_win_128_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_16_win_16_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_16_win_256_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_16_win_32_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_16_win_64_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_32_win_128_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_32_win_256_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_32_win_32_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_32_win_512_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_32_win_64_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_1024_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_128_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_256_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_512_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_64_ssr_4", ("latency", "throughput",)),
)

_C32_FRAME_ROWS = (
    ("cint32xint32_pt_128_win_1024_ssr_2", ("latency",)),
    ("cint32xint32_pt_128_win_1024_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_128_win_128_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_128_win_128_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_128_win_2048_ssr_2", ("latency",)),
    ("cint32xint32_pt_128_win_2048_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_128_win_256_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_128_win_256_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_128_win_512_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_128_win_512_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_256_win_1024_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_256_win_2048_ssr_4", ("latency",)),
    ("cint32xint32_pt_256_win_256_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_256_win_4096_ssr_4", ("latency",)),
    ("cint32xint32_pt_256_win_512_ssr_4", ("latency", "throughput",)),
    ("cint32xint32_pt_32_win_128_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_32_win_256_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_32_win_32_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_32_win_512_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_32_win_64_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_1024_ssr_1", ("latency",)),
    ("cint32xint32_pt_64_win_1024_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_128_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_128_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_256_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_256_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_512_ssr_1", ("latency",)),
    ("cint32xint32_pt_64_win_512_ssr_2", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_64_ssr_1", ("latency", "throughput",)),
    ("cint32xint32_pt_64_win_64_ssr_2", ("latency", "throughput",)),
)

#: key -> why the prediction is outside 10 % (run.py / tests/test_validation.py), grouped by the mechanism
#: its rows share (after FIRST_CALL_CHANGE; the blind misses also included the PLIO-bound latencies it moved)
KNOWN_OFF: dict[str, str] = {
    **{f"c12.fft_window.{r}.{q}": reason
       for rows, reason in ((_WINDOW_LATENCY_ROWS, WINDOW_LATENCY_OFF), (_SMALL_FRAME_ROWS, SMALL_FRAME_OFF),
                            (_C32_FRAME_ROWS, C32_FRAME_OFF))
       for r, qs in rows for q in qs},
}

#: the blind prediction of every predicted figure (first run, before any comparison), key without
#: the ``c12.fft_window.`` prefix -> predicted value (ns or MSa/s); the measured values are in the
#: data file. Kept for the record, not used.
BLIND: dict[str, float] = {
    "cint16xint16_pt_1024_win_1024_ssr_1.latency": 1053.6,
    "cint16xint16_pt_1024_win_1024_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_1024_win_1024_ssr_2.latency": 592.8,
    "cint16xint16_pt_1024_win_1024_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_1024_win_1024_ssr_4.latency": 362.4,
    "cint16xint16_pt_1024_win_1024_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_1024_win_16384_ssr_2.latency": 7712.8,
    "cint16xint16_pt_1024_win_16384_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_1024_win_16384_ssr_4.latency": 4026.4,
    "cint16xint16_pt_1024_win_16384_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_1024_win_2048_ssr_1.latency": 1992.8,
    "cint16xint16_pt_1024_win_2048_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_1024_win_2048_ssr_2.latency": 1071.2,
    "cint16xint16_pt_1024_win_2048_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_1024_win_2048_ssr_4.latency": 610.4,
    "cint16xint16_pt_1024_win_2048_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_1024_win_4096_ssr_1.latency": 3863.2,
    "cint16xint16_pt_1024_win_4096_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_1024_win_4096_ssr_2.latency": 2020.0,
    "cint16xint16_pt_1024_win_4096_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_1024_win_4096_ssr_4.latency": 1098.4,
    "cint16xint16_pt_1024_win_4096_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_1024_win_8192_ssr_1.latency": 7604.0,
    "cint16xint16_pt_1024_win_8192_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_1024_win_8192_ssr_2.latency": 3917.6,
    "cint16xint16_pt_1024_win_8192_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_1024_win_8192_ssr_4.latency": 2074.4,
    "cint16xint16_pt_1024_win_8192_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_128_win_1024_ssr_1.latency": 1152.8,
    "cint16xint16_pt_128_win_1024_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_128_win_1024_ssr_2.latency": 692.0,
    "cint16xint16_pt_128_win_1024_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_128_win_1024_ssr_4.latency": 461.6,
    "cint16xint16_pt_128_win_1024_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_128_win_128_ssr_1.latency": 247.2,
    "cint16xint16_pt_128_win_128_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_128_win_128_ssr_2.latency": 208.0,
    "cint16xint16_pt_128_win_128_ssr_2.throughput": 2461.5,
    "cint16xint16_pt_128_win_128_ssr_4.latency": 247.2,
    "cint16xint16_pt_128_win_128_ssr_4.throughput": 2623.0,
    "cint16xint16_pt_128_win_2048_ssr_1.latency": 2183.2,
    "cint16xint16_pt_128_win_2048_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_128_win_2048_ssr_2.latency": 1261.6,
    "cint16xint16_pt_128_win_2048_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_128_win_2048_ssr_4.latency": 800.8,
    "cint16xint16_pt_128_win_2048_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_128_win_256_ssr_1.latency": 380.0,
    "cint16xint16_pt_128_win_256_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_128_win_256_ssr_2.latency": 264.8,
    "cint16xint16_pt_128_win_256_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_128_win_256_ssr_4.latency": 256.0,
    "cint16xint16_pt_128_win_256_ssr_4.throughput": 3678.2,
    "cint16xint16_pt_128_win_512_ssr_1.latency": 637.6,
    "cint16xint16_pt_128_win_512_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_128_win_512_ssr_2.latency": 407.2,
    "cint16xint16_pt_128_win_512_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_128_win_512_ssr_4.latency": 300.8,
    "cint16xint16_pt_128_win_512_ssr_4.throughput": 4571.4,
    "cint16xint16_pt_16_win_128_ssr_1.latency": 450.4,
    "cint16xint16_pt_16_win_128_ssr_1.throughput": 812.2,
    "cint16xint16_pt_16_win_16_ssr_1.latency": 346.4,
    "cint16xint16_pt_16_win_16_ssr_1.throughput": 512.8,
    "cint16xint16_pt_16_win_256_ssr_1.latency": 712.8,
    "cint16xint16_pt_16_win_256_ssr_1.throughput": 916.9,
    "cint16xint16_pt_16_win_32_ssr_1.latency": 335.2,
    "cint16xint16_pt_16_win_32_ssr_1.throughput": 481.9,
    "cint16xint16_pt_16_win_64_ssr_1.latency": 364.8,
    "cint16xint16_pt_16_win_64_ssr_1.throughput": 661.2,
    "cint16xint16_pt_256_win_1024_ssr_1.latency": 1098.4,
    "cint16xint16_pt_256_win_1024_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_256_win_1024_ssr_2.latency": 637.6,
    "cint16xint16_pt_256_win_1024_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_256_win_1024_ssr_4.latency": 407.2,
    "cint16xint16_pt_256_win_1024_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_256_win_2048_ssr_1.latency": 2074.4,
    "cint16xint16_pt_256_win_2048_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_256_win_2048_ssr_2.latency": 1152.8,
    "cint16xint16_pt_256_win_2048_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_256_win_2048_ssr_4.latency": 692.0,
    "cint16xint16_pt_256_win_2048_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_256_win_256_ssr_1.latency": 362.4,
    "cint16xint16_pt_256_win_256_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_256_win_256_ssr_2.latency": 247.2,
    "cint16xint16_pt_256_win_256_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_256_win_256_ssr_4.latency": 208.0,
    "cint16xint16_pt_256_win_256_ssr_4.throughput": 4923.1,
    "cint16xint16_pt_256_win_4096_ssr_1.latency": 4026.4,
    "cint16xint16_pt_256_win_4096_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_256_win_4096_ssr_2.latency": 2183.2,
    "cint16xint16_pt_256_win_4096_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_256_win_4096_ssr_4.latency": 1261.6,
    "cint16xint16_pt_256_win_4096_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_256_win_512_ssr_1.latency": 610.4,
    "cint16xint16_pt_256_win_512_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_256_win_512_ssr_2.latency": 380.0,
    "cint16xint16_pt_256_win_512_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_256_win_512_ssr_4.latency": 264.8,
    "cint16xint16_pt_256_win_512_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_32_win_128_ssr_1.latency": 300.8,
    "cint16xint16_pt_32_win_128_ssr_1.throughput": 1142.9,
    "cint16xint16_pt_32_win_256_ssr_1.latency": 461.6,
    "cint16xint16_pt_32_win_256_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_32_win_256_ssr_2.latency": 450.4,
    "cint16xint16_pt_32_win_256_ssr_2.throughput": 1624.4,
    "cint16xint16_pt_32_win_32_ssr_1.latency": 247.2,
    "cint16xint16_pt_32_win_32_ssr_1.throughput": 655.7,
    "cint16xint16_pt_32_win_32_ssr_2.latency": 346.4,
    "cint16xint16_pt_32_win_32_ssr_2.throughput": 1025.6,
    "cint16xint16_pt_32_win_512_ssr_1.latency": 800.8,
    "cint16xint16_pt_32_win_512_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_32_win_512_ssr_2.latency": 712.8,
    "cint16xint16_pt_32_win_512_ssr_2.throughput": 1833.8,
    "cint16xint16_pt_32_win_64_ssr_1.latency": 256.0,
    "cint16xint16_pt_32_win_64_ssr_1.throughput": 919.5,
    "cint16xint16_pt_32_win_64_ssr_2.latency": 335.2,
    "cint16xint16_pt_32_win_64_ssr_2.throughput": 963.9,
    "cint16xint16_pt_4096_win_16384_ssr_4.latency": 3863.2,
    "cint16xint16_pt_4096_win_16384_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_4096_win_32768_ssr_4.latency": 7604.0,
    "cint16xint16_pt_4096_win_32768_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_4096_win_4096_ssr_4.latency": 1053.6,
    "cint16xint16_pt_4096_win_4096_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_4096_win_8192_ssr_4.latency": 1992.8,
    "cint16xint16_pt_4096_win_8192_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_512_win_1024_ssr_1.latency": 1071.2,
    "cint16xint16_pt_512_win_1024_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_512_win_1024_ssr_2.latency": 610.4,
    "cint16xint16_pt_512_win_1024_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_512_win_1024_ssr_4.latency": 380.0,
    "cint16xint16_pt_512_win_1024_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_512_win_2048_ssr_1.latency": 2020.0,
    "cint16xint16_pt_512_win_2048_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_512_win_2048_ssr_2.latency": 1098.4,
    "cint16xint16_pt_512_win_2048_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_512_win_2048_ssr_4.latency": 637.6,
    "cint16xint16_pt_512_win_2048_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_512_win_4096_ssr_1.latency": 3917.6,
    "cint16xint16_pt_512_win_4096_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_512_win_4096_ssr_2.latency": 2074.4,
    "cint16xint16_pt_512_win_4096_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_512_win_4096_ssr_4.latency": 1152.8,
    "cint16xint16_pt_512_win_4096_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_512_win_512_ssr_1.latency": 592.8,
    "cint16xint16_pt_512_win_512_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_512_win_512_ssr_2.latency": 362.4,
    "cint16xint16_pt_512_win_512_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_512_win_512_ssr_4.latency": 247.2,
    "cint16xint16_pt_512_win_512_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_512_win_8192_ssr_1.latency": 7712.8,
    "cint16xint16_pt_512_win_8192_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_512_win_8192_ssr_2.latency": 4026.4,
    "cint16xint16_pt_512_win_8192_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_512_win_8192_ssr_4.latency": 2183.2,
    "cint16xint16_pt_512_win_8192_ssr_4.throughput": 5000.0,
    "cint16xint16_pt_64_win_1024_ssr_1.latency": 1261.6,
    "cint16xint16_pt_64_win_1024_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_64_win_1024_ssr_2.latency": 800.8,
    "cint16xint16_pt_64_win_1024_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_64_win_1024_ssr_4.latency": 712.8,
    "cint16xint16_pt_64_win_1024_ssr_4.throughput": 3667.6,
    "cint16xint16_pt_64_win_128_ssr_1.latency": 264.8,
    "cint16xint16_pt_64_win_128_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_64_win_128_ssr_2.latency": 256.0,
    "cint16xint16_pt_64_win_128_ssr_2.throughput": 1839.1,
    "cint16xint16_pt_64_win_128_ssr_4.latency": 335.2,
    "cint16xint16_pt_64_win_128_ssr_4.throughput": 1927.7,
    "cint16xint16_pt_64_win_256_ssr_1.latency": 407.2,
    "cint16xint16_pt_64_win_256_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_64_win_256_ssr_2.latency": 300.8,
    "cint16xint16_pt_64_win_256_ssr_2.throughput": 2285.7,
    "cint16xint16_pt_64_win_256_ssr_4.latency": 364.8,
    "cint16xint16_pt_64_win_256_ssr_4.throughput": 2644.6,
    "cint16xint16_pt_64_win_512_ssr_1.latency": 692.0,
    "cint16xint16_pt_64_win_512_ssr_1.throughput": 1250.0,
    "cint16xint16_pt_64_win_512_ssr_2.latency": 461.6,
    "cint16xint16_pt_64_win_512_ssr_2.throughput": 2500.0,
    "cint16xint16_pt_64_win_512_ssr_4.latency": 450.4,
    "cint16xint16_pt_64_win_512_ssr_4.throughput": 3248.7,
    "cint16xint16_pt_64_win_64_ssr_1.latency": 208.0,
    "cint16xint16_pt_64_win_64_ssr_1.throughput": 1230.8,
    "cint16xint16_pt_64_win_64_ssr_2.latency": 247.2,
    "cint16xint16_pt_64_win_64_ssr_2.throughput": 1311.5,
    "cint32xint32_pt_1024_win_1024_ssr_1.latency": 3210.4,
    "cint32xint32_pt_1024_win_1024_ssr_1.throughput": 625.0,
    "cint32xint32_pt_1024_win_1024_ssr_2.latency": 1674.4,
    "cint32xint32_pt_1024_win_1024_ssr_2.throughput": 1250.0,
    "cint32xint32_pt_1024_win_1024_ssr_4.latency": 915.2,
    "cint32xint32_pt_1024_win_1024_ssr_4.throughput": 2442.7,
    "cint32xint32_pt_1024_win_16384_ssr_4.latency": 12730.4,
    "cint32xint32_pt_1024_win_16384_ssr_4.throughput": 2500.0,
    "cint32xint32_pt_1024_win_2048_ssr_1.latency": 6306.4,
    "cint32xint32_pt_1024_win_2048_ssr_1.throughput": 625.0,
    "cint32xint32_pt_1024_win_2048_ssr_2.latency": 3234.4,
    "cint32xint32_pt_1024_win_2048_ssr_2.throughput": 1250.0,
    "cint32xint32_pt_1024_win_2048_ssr_4.latency": 1698.4,
    "cint32xint32_pt_1024_win_2048_ssr_4.throughput": 2500.0,
    "cint32xint32_pt_1024_win_4096_ssr_1.latency": 12490.4,
    "cint32xint32_pt_1024_win_4096_ssr_1.throughput": 625.0,
    "cint32xint32_pt_1024_win_4096_ssr_2.latency": 6346.4,
    "cint32xint32_pt_1024_win_4096_ssr_2.throughput": 1250.0,
    "cint32xint32_pt_1024_win_4096_ssr_4.latency": 3274.4,
    "cint32xint32_pt_1024_win_4096_ssr_4.throughput": 2500.0,
    "cint32xint32_pt_1024_win_8192_ssr_2.latency": 12570.4,
    "cint32xint32_pt_1024_win_8192_ssr_2.throughput": 1250.0,
    "cint32xint32_pt_1024_win_8192_ssr_4.latency": 6426.4,
    "cint32xint32_pt_1024_win_8192_ssr_4.throughput": 2500.0,
    "cint32xint32_pt_128_win_1024_ssr_1.latency": 3354.4,
    "cint32xint32_pt_128_win_1024_ssr_1.throughput": 625.0,
    "cint32xint32_pt_128_win_1024_ssr_2.latency": 1999.2,
    "cint32xint32_pt_128_win_1024_ssr_2.throughput": 1121.8,
    "cint32xint32_pt_128_win_1024_ssr_4.latency": 1333.6,
    "cint32xint32_pt_128_win_1024_ssr_4.throughput": 1847.0,
    "cint32xint32_pt_128_win_128_ssr_1.latency": 568.8,
    "cint32xint32_pt_128_win_128_ssr_1.throughput": 553.6,
    "cint32xint32_pt_128_win_128_ssr_2.latency": 402.4,
    "cint32xint32_pt_128_win_128_ssr_2.throughput": 904.0,
    "cint32xint32_pt_128_win_128_ssr_4.latency": 364.8,
    "cint32xint32_pt_128_win_128_ssr_4.throughput": 1322.3,
    "cint32xint32_pt_128_win_2048_ssr_1.latency": 6586.4,
    "cint32xint32_pt_128_win_2048_ssr_1.throughput": 625.0,
    "cint32xint32_pt_128_win_2048_ssr_2.latency": 3810.4,
    "cint32xint32_pt_128_win_2048_ssr_2.throughput": 1144.4,
    "cint32xint32_pt_128_win_2048_ssr_4.latency": 2479.2,
    "cint32xint32_pt_128_win_2048_ssr_4.throughput": 1909.0,
    "cint32xint32_pt_128_win_256_ssr_1.latency": 973.6,
    "cint32xint32_pt_128_win_256_ssr_1.throughput": 589.3,
    "cint32xint32_pt_128_win_256_ssr_2.latency": 640.8,
    "cint32xint32_pt_128_win_256_ssr_2.throughput": 1003.1,
    "cint32xint32_pt_128_win_256_ssr_4.latency": 474.4,
    "cint32xint32_pt_128_win_256_ssr_4.throughput": 1545.9,
    "cint32xint32_pt_128_win_512_ssr_1.latency": 1759.2,
    "cint32xint32_pt_128_win_512_ssr_1.throughput": 614.8,
    "cint32xint32_pt_128_win_512_ssr_2.latency": 1093.6,
    "cint32xint32_pt_128_win_512_ssr_2.throughput": 1079.3,
    "cint32xint32_pt_128_win_512_ssr_4.latency": 760.8,
    "cint32xint32_pt_128_win_512_ssr_4.throughput": 1734.4,
    "cint32xint32_pt_16_win_128_ssr_1.latency": 1000.8,
    "cint32xint32_pt_16_win_128_ssr_1.throughput": 341.2,
    "cint32xint32_pt_16_win_16_ssr_1.latency": 375.2,
    "cint32xint32_pt_16_win_16_ssr_1.throughput": 215.1,
    "cint32xint32_pt_16_win_256_ssr_1.latency": 1813.6,
    "cint32xint32_pt_16_win_256_ssr_1.throughput": 358.3,
    "cint32xint32_pt_16_win_32_ssr_1.latency": 460.8,
    "cint32xint32_pt_16_win_32_ssr_1.throughput": 264.9,
    "cint32xint32_pt_16_win_64_ssr_1.latency": 594.4,
    "cint32xint32_pt_16_win_64_ssr_1.throughput": 311.3,
    "cint32xint32_pt_256_win_1024_ssr_1.latency": 3274.4,
    "cint32xint32_pt_256_win_1024_ssr_1.throughput": 625.0,
    "cint32xint32_pt_256_win_1024_ssr_2.latency": 1759.2,
    "cint32xint32_pt_256_win_1024_ssr_2.throughput": 1229.6,
    "cint32xint32_pt_256_win_1024_ssr_4.latency": 1093.6,
    "cint32xint32_pt_256_win_1024_ssr_4.throughput": 2158.5,
    "cint32xint32_pt_256_win_2048_ssr_1.latency": 6426.4,
    "cint32xint32_pt_256_win_2048_ssr_1.throughput": 625.0,
    "cint32xint32_pt_256_win_2048_ssr_2.latency": 3354.4,
    "cint32xint32_pt_256_win_2048_ssr_2.throughput": 1250.0,
    "cint32xint32_pt_256_win_2048_ssr_4.latency": 1999.2,
    "cint32xint32_pt_256_win_2048_ssr_4.throughput": 2243.6,
    "cint32xint32_pt_256_win_256_ssr_1.latency": 915.2,
    "cint32xint32_pt_256_win_256_ssr_1.throughput": 610.7,
    "cint32xint32_pt_256_win_256_ssr_2.latency": 568.8,
    "cint32xint32_pt_256_win_256_ssr_2.throughput": 1107.3,
    "cint32xint32_pt_256_win_256_ssr_4.latency": 402.4,
    "cint32xint32_pt_256_win_256_ssr_4.throughput": 1807.9,
    "cint32xint32_pt_256_win_4096_ssr_1.latency": 12730.4,
    "cint32xint32_pt_256_win_4096_ssr_1.throughput": 625.0,
    "cint32xint32_pt_256_win_4096_ssr_2.latency": 6586.4,
    "cint32xint32_pt_256_win_4096_ssr_2.throughput": 1250.0,
    "cint32xint32_pt_256_win_4096_ssr_4.latency": 3810.4,
    "cint32xint32_pt_256_win_4096_ssr_4.throughput": 2288.8,
    "cint32xint32_pt_256_win_512_ssr_1.latency": 1698.4,
    "cint32xint32_pt_256_win_512_ssr_1.throughput": 625.0,
    "cint32xint32_pt_256_win_512_ssr_2.latency": 973.6,
    "cint32xint32_pt_256_win_512_ssr_2.throughput": 1178.6,
    "cint32xint32_pt_256_win_512_ssr_4.latency": 640.8,
    "cint32xint32_pt_256_win_512_ssr_4.throughput": 2006.3,
    "cint32xint32_pt_32_win_128_ssr_1.latency": 760.8,
    "cint32xint32_pt_32_win_128_ssr_1.throughput": 433.6,
    "cint32xint32_pt_32_win_128_ssr_2.latency": 594.4,
    "cint32xint32_pt_32_win_128_ssr_2.throughput": 622.6,
    "cint32xint32_pt_32_win_256_ssr_1.latency": 1333.6,
    "cint32xint32_pt_32_win_256_ssr_1.throughput": 461.8,
    "cint32xint32_pt_32_win_256_ssr_2.latency": 1000.8,
    "cint32xint32_pt_32_win_256_ssr_2.throughput": 682.3,
    "cint32xint32_pt_32_win_32_ssr_1.latency": 364.8,
    "cint32xint32_pt_32_win_32_ssr_1.throughput": 330.6,
    "cint32xint32_pt_32_win_32_ssr_2.latency": 375.2,
    "cint32xint32_pt_32_win_32_ssr_2.throughput": 430.1,
    "cint32xint32_pt_32_win_512_ssr_1.latency": 2479.2,
    "cint32xint32_pt_32_win_512_ssr_1.throughput": 477.3,
    "cint32xint32_pt_32_win_512_ssr_2.latency": 1813.6,
    "cint32xint32_pt_32_win_512_ssr_2.throughput": 716.7,
    "cint32xint32_pt_32_win_64_ssr_1.latency": 474.4,
    "cint32xint32_pt_32_win_64_ssr_1.throughput": 386.5,
    "cint32xint32_pt_32_win_64_ssr_2.latency": 460.8,
    "cint32xint32_pt_32_win_64_ssr_2.throughput": 529.8,
    "cint32xint32_pt_4096_win_16384_ssr_4.latency": 12490.4,
    "cint32xint32_pt_4096_win_16384_ssr_4.throughput": 2500.0,
    "cint32xint32_pt_4096_win_4096_ssr_4.latency": 3210.4,
    "cint32xint32_pt_4096_win_4096_ssr_4.throughput": 2500.0,
    "cint32xint32_pt_4096_win_8192_ssr_4.latency": 6306.4,
    "cint32xint32_pt_4096_win_8192_ssr_4.throughput": 2500.0,
    "cint32xint32_pt_512_win_1024_ssr_1.latency": 3234.4,
    "cint32xint32_pt_512_win_1024_ssr_1.throughput": 625.0,
    "cint32xint32_pt_512_win_1024_ssr_2.latency": 1698.4,
    "cint32xint32_pt_512_win_1024_ssr_2.throughput": 1250.0,
    "cint32xint32_pt_512_win_1024_ssr_4.latency": 973.6,
    "cint32xint32_pt_512_win_1024_ssr_4.throughput": 2357.3,
    "cint32xint32_pt_512_win_2048_ssr_1.latency": 6346.4,
    "cint32xint32_pt_512_win_2048_ssr_1.throughput": 625.0,
    "cint32xint32_pt_512_win_2048_ssr_2.latency": 3274.4,
    "cint32xint32_pt_512_win_2048_ssr_2.throughput": 1250.0,
    "cint32xint32_pt_512_win_2048_ssr_4.latency": 1759.2,
    "cint32xint32_pt_512_win_2048_ssr_4.throughput": 2459.2,
    "cint32xint32_pt_512_win_4096_ssr_1.latency": 12570.4,
    "cint32xint32_pt_512_win_4096_ssr_1.throughput": 625.0,
    "cint32xint32_pt_512_win_4096_ssr_2.latency": 6426.4,
    "cint32xint32_pt_512_win_4096_ssr_2.throughput": 1250.0,
    "cint32xint32_pt_512_win_4096_ssr_4.latency": 3354.4,
    "cint32xint32_pt_512_win_4096_ssr_4.throughput": 2500.0,
    "cint32xint32_pt_512_win_512_ssr_1.latency": 1674.4,
    "cint32xint32_pt_512_win_512_ssr_1.throughput": 625.0,
    "cint32xint32_pt_512_win_512_ssr_2.latency": 915.2,
    "cint32xint32_pt_512_win_512_ssr_2.throughput": 1221.4,
    "cint32xint32_pt_512_win_512_ssr_4.latency": 568.8,
    "cint32xint32_pt_512_win_512_ssr_4.throughput": 2214.5,
    "cint32xint32_pt_512_win_8192_ssr_2.latency": 12730.4,
    "cint32xint32_pt_512_win_8192_ssr_2.throughput": 1250.0,
    "cint32xint32_pt_512_win_8192_ssr_4.latency": 6586.4,
    "cint32xint32_pt_512_win_8192_ssr_4.throughput": 2500.0,
    "cint32xint32_pt_64_win_1024_ssr_1.latency": 3810.4,
    "cint32xint32_pt_64_win_1024_ssr_1.throughput": 572.2,
    "cint32xint32_pt_64_win_1024_ssr_2.latency": 2479.2,
    "cint32xint32_pt_64_win_1024_ssr_2.throughput": 954.5,
    "cint32xint32_pt_64_win_1024_ssr_4.latency": 1813.6,
    "cint32xint32_pt_64_win_1024_ssr_4.throughput": 1433.4,
    "cint32xint32_pt_64_win_128_ssr_1.latency": 640.8,
    "cint32xint32_pt_64_win_128_ssr_1.throughput": 501.6,
    "cint32xint32_pt_64_win_128_ssr_2.latency": 474.4,
    "cint32xint32_pt_64_win_128_ssr_2.throughput": 772.9,
    "cint32xint32_pt_64_win_128_ssr_4.latency": 460.8,
    "cint32xint32_pt_64_win_128_ssr_4.throughput": 1059.6,
    "cint32xint32_pt_64_win_256_ssr_1.latency": 1093.6,
    "cint32xint32_pt_64_win_256_ssr_1.throughput": 539.6,
    "cint32xint32_pt_64_win_256_ssr_2.latency": 760.8,
    "cint32xint32_pt_64_win_256_ssr_2.throughput": 867.2,
    "cint32xint32_pt_64_win_256_ssr_4.latency": 594.4,
    "cint32xint32_pt_64_win_256_ssr_4.throughput": 1245.1,
    "cint32xint32_pt_64_win_512_ssr_1.latency": 1999.2,
    "cint32xint32_pt_64_win_512_ssr_1.throughput": 560.9,
    "cint32xint32_pt_64_win_512_ssr_2.latency": 1333.6,
    "cint32xint32_pt_64_win_512_ssr_2.throughput": 923.5,
    "cint32xint32_pt_64_win_512_ssr_4.latency": 1000.8,
    "cint32xint32_pt_64_win_512_ssr_4.throughput": 1364.6,
    "cint32xint32_pt_64_win_64_ssr_1.latency": 402.4,
    "cint32xint32_pt_64_win_64_ssr_1.throughput": 452.0,
    "cint32xint32_pt_64_win_64_ssr_2.latency": 364.8,
    "cint32xint32_pt_64_win_64_ssr_2.throughput": 661.2,
    "cint32xint32_pt_64_win_64_ssr_4.latency": 375.2,
    "cint32xint32_pt_64_win_64_ssr_4.throughput": 860.2,
}


def _rows(path: Path = DATA) -> list[dict]:
    return cases_c5._rows(path)


def _slug(r: dict) -> str:
    text = (f"{r['TT_DATA']}x{r['TT_COEFF']} pt {r['TP_POINT_SIZE']} win {r['TP_WINDOW_VSIZE']} "
            f"ssr {r['TP_SSR']}")
    return cases_c5._slug(text)


def _key(r: dict) -> tuple:
    return (r["TT_DATA"], r["TT_COEFF"], int(r["TP_POINT_SIZE"]), int(r["TP_WINDOW_VSIZE"]), int(r["TP_SSR"]),
            int(r["TP_API"]), int(r["TP_DYN_PT_SIZE"]), int(r["NUM_AIE"]))


def _params(data: str, coeff: str, point: int, window: int, ssr: int, api: int, dyn: int) -> FftWindowParams:
    """One rank's kernel (graph: ``kKernelPtSize = POINT_SIZE / SSR``, ``kKernelWindowVsize =
    WINDOW_VSIZE / SSR``)."""
    return FftWindowParams(data, coeff, point // ssr, window // ssr, "buffer" if api == 0 else "stream", dyn)


def fft_window_design(data: str, coeff: str, point: int, window: int, ssr: int, api: int, dyn: int,
                      num_aie: int):
    """The Design of one benchmark row (see the module docstring).

    Raises:
        ValueError: a configuration the kernel cost model refuses, or a tile count other than the
            graph's one kernel per tile.
    """
    if num_aie != ssr:
        raise ValueError(f"fft_window: runtime<ratio> 0.8 puts one kernel per tile ({ssr} tiles), "
                         f"the benchmark used {num_aie}")
    p = _params(data, coeff, point, window, ssr, api, dyn)
    g = KernelGraph(cases_c5.DEVICE, f"fft_window_{data}_{point}_{window}_{ssr}")
    for s in range(ssr):
        k = f"win{s}"
        g.add_kernel(k, KIND, p, (s, cases_c5.KERNEL_ROW))
        g.add_plio_in(f"in{s}", f"{k}.in[0]", data, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
        g.add_plio_out(f"out{s}", f"{k}.out[0]", data, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
    return g.design()


@functools.lru_cache(maxsize=None)
def simulate_row(data: str, coeff: str, point: int, window: int, ssr: int, api: int, dyn: int, num_aie: int):
    """(latency ns, throughput MSa/s, detail) at the iteration DSPLib's script reports: latency
    from ``in0``'s first beat to ``out0``'s first beat of that iteration, throughput = WINDOW_VSIZE
    / the time between the first ``in0`` beats of two iterations.

    Raises:
        SimulationError: a design the timing model does not run.
    """
    d = fft_window_design(data, coeff, point, window, ssr, api, dyn, num_aie)
    latency_ns, throughput, period, gaps, p = cases_c5.dsplib_figures(d, ITERATIONS, window, "in0", "out0")
    k = _params(data, coeff, point, window, ssr, api, dyn)
    cost = fft_window_cycles(k, AIE_ML_CORE)
    dma = cases_c5.dma_cycles(k.ports(), p)
    plio = cases_c5.plio_cycles(k.ports()[1].bytes_per_call, p)
    return (latency_ns, throughput,
            f"kernel {cost.total_cycles} cycles/call ({k.frames} frames x {k.vectors_per_frame} vectors, II "
            f"{cost.ii_cycles}, depth {cost.depth_cycles}), interval {period} cycles (last three {gaps}), "
            f"DMA {dma} cycles, PLIO {plio} cycles")


def measurements(path: Path = DATA) -> list[dict]:
    """measurements.csv-style rows (case, key, quantity, measured, unit, source, notes) of C12."""
    return cases_c5.benchmark_measurements(
        _rows(path), "C12", "fft_window", _slug, SOURCE,
        lambda r: (f"xcve2802 1.25 GHz, 64-bit PLIO 625 MHz, NITER {ITERATIONS} (assumed: the harness's AIE-ML "
                   f"QoR entries); NUM_AIE {r['NUM_AIE']}"))


def predictors(prediction, not_modelled) -> dict:
    """key -> zero-argument predictor, one per C12 figure; a configuration the kernel cost model
    refuses is returned as not modelled with the model's own reason."""
    return cases_c5.benchmark_predictors(
        "c12.fft_window", _rows(), _slug, _key, not_modelled,
        functools.partial(cases_c5.predict_or_reason, prediction, not_modelled, simulate_row),
        refuse=lambda r: cases_c5.refusal(_params, *_key(r)[:7]))

#: MM2S_CHAINED_BD_CHANGE (session 14, device file ``dma_mm2s_chained_bd_extra_cycles``, calibrated on C13 / C11,
#: validation/cases_c11.py PINGPONG_DIAGNOSTIC): figures it brought within 10 %; their entries above no longer apply.
_MM2S_CHAINED_BD_IN = (
    'c12.fft_window.cint16xint16_pt_128_win_128_ssr_1.latency',
    'c12.fft_window.cint16xint16_pt_128_win_256_ssr_2.latency',
    'c12.fft_window.cint16xint16_pt_128_win_512_ssr_4.latency',
    'c12.fft_window.cint16xint16_pt_16_win_128_ssr_1.latency',
    'c12.fft_window.cint16xint16_pt_16_win_64_ssr_1.latency',
    'c12.fft_window.cint16xint16_pt_256_win_256_ssr_2.latency',
    'c12.fft_window.cint16xint16_pt_256_win_512_ssr_4.latency',
    'c12.fft_window.cint16xint16_pt_32_win_128_ssr_1.latency',
    'c12.fft_window.cint16xint16_pt_32_win_256_ssr_2.latency',
    'c12.fft_window.cint16xint16_pt_512_win_512_ssr_4.latency',
    'c12.fft_window.cint16xint16_pt_64_win_128_ssr_1.latency',
    'c12.fft_window.cint16xint16_pt_64_win_256_ssr_2.latency',
    'c12.fft_window.cint16xint16_pt_64_win_256_ssr_4.latency',
    'c12.fft_window.cint16xint16_pt_64_win_512_ssr_4.latency',
)
for _k in _MM2S_CHAINED_BD_IN:
    del KNOWN_OFF[_k]
#: figures MM2S_CHAINED_BD_CHANGE moved outside 10 % (each was within before it)
KNOWN_OFF.update({
    'c12.fft_window.cint16xint16_pt_64_win_1024_ssr_4.latency':
        "MM2S_CHAINED_BD_CHANGE (session 14): the output MM2S's 4 more cycles per chained BD add ~60 cycles to the latency read at iteration 16 (get_latency.tcl); this latency was within 10 % before the change and is now +10.3 % (the model's kernel or input side here already long)",
})
