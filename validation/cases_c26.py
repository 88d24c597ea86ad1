"""C26 (held out): DSPLib mixed_radix_fft (single-channel mixed-radix DIT FFT, radix 2 / 3 / 4 / 5) on AIE-ML,
xcve2802 at 1.25 GHz.

Source: Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/mixed_radix_fft_benchmark.csv at commit
b5868f2297f97f1d565c0dc698f28f3b3f1a101e (the stored version with AIE_VARIANT as text and TP_DYN_PT_SIZE /
SINGLE_BUF / NUM_TILES columns, 347,179 characters; an older stored version @06117f75 has 40 rows with a
numeric AIE_VARIANT and another header, not mixed in). ``data/dsplib_mixed_radix_fft_aieml.csv``: the header and
a SUBSET of the AIE-ML rows, copied unchanged and in file order by hand from the stored file's read_file pages
(offsets 170,000-202,000; the AIE-ML section starts near offset 181,700 after the AIE rows, the file was not read
whole): the 62 rows of the first two pages of the AIE-ML section with TT_DATA / TT_TWIDDLE cint16,
TP_FFT_NIFFT 0 and TP_API 0 (all with TP_DYN_PT_SIZE 0 and SINGLE_BUF 0): point sizes 32 and 64 (windows of 1
and 2 frames, CASC_LEN 1-3), 96, 128, 160, 192 and 320 (1 and 2 frames, CASC_LEN 1-4) and 288 (1 and 2 frames,
CASC_LEN 1-5). Not copied: the TP_FFT_NIFFT 1 twins of these rows (identical figures on every one read: an IFFT
differs from an FFT only in the twiddles' complex mask), the TP_API 1 rows (stream interface: widget kernels
this case does not build), the cint32-data rows (another rule) and the AIE rows. Extension (added after the first
blind run, blind figures in :data:`BLIND_MORE`): the 108 further rows meeting the same rule (AIE_VARIANT AIE-ML,
cint16 / cint16, TP_FFT_NIFFT 0, TP_API 0, TP_DYN_PT_SIZE 0) in the rest of the AIE-ML section (read_file pages
200,000 .. 248,000; the first AIE-MLv2 row after them starts at offset 251,466), appended after the first 62
unchanged and in file order: 100 with SINGLE_BUF 0 (256, 384, 640, 864, 1152, 1280, 512, 768, 1728 points in that file order, 1 and 2
frames, CASC_LEN 1-5 (256: 1-4); 2304 and 2560 points on CASC_LEN 1-5 plus one two-frame single-kernel row each)
and 8 with SINGLE_BUF 1 (128 / 256 points, 1 and 2 frames, CASC_LEN 1-2). Not part of ../shared/validation: no
constant of the model was set on these rows. Caveat: the measured figures were on the pages read to copy them;
the kernel model (:mod:`aiesim_py.kernels.mixed_radix_fft`) was written from the DSPLib and AIE API sources and
committed (0b04385) before the CSV was opened, and the extension was predicted by it unchanged.

Harness (dsp/L2/tests/aie/mixed_radix_fft @0d8795bc): test.hpp gives the graph one 64-bit input PLIO
(``PLIO_in_0``, file ``T_input_0_0``) and one 64-bit output PLIO when API_IO is 0 and has no location
constraints (placement: the chain's kernels side by side in compute row :data:`cases_c5.KERNEL_ROW` from
column 0, this file's choice, as C20); single_buffer only when SINGLE_BUF is 1 (and API_IO 0, USING_UUT): then on
``in[0]`` and ``out[0]`` of EVERY kernel of the chain (``getKernels()[i]``, i < CASC_LEN), i.e.
:attr:`MixedRadixFftParams.single_buffer` on each kernel (both its ports one buffer, as kernels.fir_sr_sym sets
them), which :func:`fft_design` already did for the first block; read from test.hpp before the SINGLE_BUF 1
rows' page was read. helper.mk: ``get_latency.tcl
./aiesimulator_output T_input_0_0.txt ./data/uut_output_0_0.txt .. $(WINDOW_VSIZE) $(NITER)``: throughput =
WINDOW_VSIZE samples over the interval between the first input beats of two iterations, latency = first input
beat to first output beat, at :func:`cases_c5.stable_iteration`. NITER 8: every static-point-size entry of
multi_params.json @0e6b76d6 / @bd57b5ad (checkin and qor, AIE and AIE-ML) has NITER 8; the sweep behind the
benchmark rows is not in that file, so NITER 8 is an assumption. PLIO clock 625 MHz as the other DSPLib cases.

Graph (mixed_radix_fft_graph.hpp @0d8795bc): ``TP_CASC_LEN`` kernels in a chain connected by iobuffers
(``connect`` of windows, not the cascade stream), the first reading TT_DATA from the PLIO, the last writing
TT_DATA, cint32 windows between them; NUM_AIE = CASC_LEN on every row (checked in :func:`fft_design`).

Predicted: all 62 rows (124 figures). Blind (first run, before any comparison; every figure in :data:`BLIND`):
**52 of 124 within 10 %, median |error| 11.9 %** (latency 24 of 62, median 12.6 %; throughput 28 of 62, median
10.5 %); :data:`BLIND_SUMMARY`. No change afterwards. Off (72 figures, :data:`KNOWN_OFF`): windows of two frames
(46: measured time per window proportional to the frames, the model amortises the call overhead), one-frame
rows with radix-3 stages (17: ~12-14 measured cycles per radix-3 trip against II 8) and 9 others (3-4 kernel
chains of small FFTs, 320 points on one kernel). Caveat: 11 of the 62 rows run at the 64-bit PLIO rate in the
model.

The extension's 108 rows (216 figures; the model as committed for :data:`BLIND`, no change). Blind, one run (every
figure in :data:`BLIND_MORE`): **114 of 216 within 10 %, median |error| 9.3 %** (latency 41 of 108, median 12.3 %;
throughput 73 of 108, median 4.2 %); SINGLE_BUF 0: 99 of 200 (median 10.1 %), SINGLE_BUF 1: 15 of 16 (3.6 %);
:data:`BLIND_MORE_SUMMARY`. Caveat: 61 of these 108 rows run at the 64-bit PLIO rate in the model (their
throughput tests the PLIO / DMA model only). Nothing refused.

After both blind runs, one labelled change, :data:`FRAME_CHANGE` (the investigation of the two-frame finding, from
the source: the per-stage twiddle-offset loads every frame re-does behind the stages' memory fences; op counts from
the source, latencies from isa/timing.py): the whole case 166 -> 193 of 340 within 10 %, median 10.2 -> 8.3 %
(first block 52 -> 71 of 124, extension 114 -> 122 of 216). It does not explain the finding itself (measured
T(f) = c + f x b with c ~ 0, the model's call overhead 40 cycles; :data:`TWO_FRAME_OFF`). Off after it (147
figures, :data:`KNOWN_OFF`): two-frame windows (73), one-frame rows with radix-3 stages (57), other one-frame
figures (17: small-FFT latencies made slow by the change, 256 / 320 / 640 points on 1-2 kernels).

Session 10 (2026-12-07), two more labelled changes to that chain, both after seeing every error: :data:`LDA_CHANGE`
(the twiddle-offset loads are scalar loads, one a cycle on load unit A, as llvm-aie encodes every scalar load and as
kernels.dds_mixer / func_approx already count them): 193 -> 198 of 340, median 8.3 -> 8.0 %; :data:`REF_CHANGE`
(``m_twiddlePtrPtr`` is a reference member of the kernel object, so FRAME_CHANGE's own premise, no value loaded
before a stage's memory fence reused after it, puts the load of the table's address in front of the offset loads):
198 -> 212 of 340, median 8.0 -> 6.4 % (first block 76 -> 76 of 124, extension 122 -> 136 of 216; 27 figures came
inside, 13 went out, all of those 32 / 64 / 128 / 160-point rows, two of them SINGLE_BUF 1). Off after them (128,
:data:`KNOWN_OFF`): two-frame windows (57), one-frame rows with radix-3 stages (46), other one-frame figures (25:
mostly 32 / 64 / 128-point rows, now 10-24 % slow). :data:`MRFFT_DIAGNOSTICS`: what was checked for the two leads
left (the frame intercept, the radix-3 trip), with the op counts; nothing applied from it.

Session 12 (2026-12-07), one more labelled change, after seeing every error: :data:`ACC_PORT_CHANGE` (the
accumulator register file's read port, llvm-aie ``CM_RM_PORT``, reserved by every VST.SRS, VSRS and accumulator add:
radix-3 trips with cint32 output 10 reservations against the slot bound 8; the one unsourced assumption is that
``VADDMAC`` does not reserve it, or C20's radix-4 stages would be II 12 where C20 measures ~8): 212 -> 262 of 340,
median 6.4 -> 5.3 % (first block 76 -> 88 of 124, extension 136 -> 174 of 216; 50 figures came inside, none went
out; C20 unchanged, 775 of 1084). Off after it (78, :data:`KNOWN_OFF`): two-frame windows (34), one-frame rows with
radix-3 stages (19), other one-frame figures (25, unchanged). :data:`MRFFT_DIAGNOSTICS_S12`: what else was checked.

Session 16 (2026-12-07, helper mrfft): no model change. :data:`MRFFT_DIAGNOSTICS_S16`: the frame loop re-read
(nothing in it is on the wrong side of the model's per-call / per-frame split by the source); C20's compute-bound
single kernels with 1 .. 16 frames a window show the missing two-frame cost is paid ONCE per call when a window
holds two or more frames (intercept ~30 at one frame, 80-96 from two on, constant slope), which C26's one / two-
frame pairs read as T(2) = 2 T(1); tried as diagnostics (wrapper paid twice at f >= 2; chains free in frame 0): 251
/ 248 / 244 of 340 against 263; the prologue overlap the fence placement allows: 260, not applied.

Session 17 (2026-12-08, helper fftmf): no model change. The per-call multi-frame cost looked for in the source of
C20's kernel (``cases_c20.FFTMF_DIAGNOSTIC``): fft_ifft_dit_1ch.cpp's frame loop (``stagePreamble``) is the only
code that exists once a call with two or more frames and not with one (with one frame, ``kOpsInWindow`` 1, it runs
once and is no loop); no buffer, twiddle or copy set-up in it depends on the frame count; the one per-call cost a loop
could add that the source does not show is a callee-saved register save / restore (AIE2 ABI: lr, r16..r23, p6, p7, at
most ~22-30 cycles), short of the 45-65 missing and not public. C20's 10 compute-bound one / two-frame single-kernel
pairs measure T(2) - 2 T(1) = -10..+37 cycles (model -35), as this case's -20..+17; the same diagnostic as D1 on C20
(a call of two or more frames pays the ADF wrapper once more) gives C20 836 -> 719 of 1084, because C20's small FFTs
are already slow per frame in the model. Correction to the paragraph below: C20's twiddle pointers are not compile-time
constants at their use: ``opt_int_stage`` reads them from ``tw_table``, a static (not const) array of constant
pointers built in ``kernelFFT`` (3 a radix-4 stage, 1 a radix-2), behind ``chess_memory_fence`` for windows <= 64;
charged as here (FRAME_CHANGE / LDA_CHANGE) they would make C20's fenced 32-point one-frame kernel ~183 cycles where 138
are measured (model 155), so C20 measures them as free, as this case's small FFTs want their chains nearly free
(MRFFT_DIAGNOSTICS_S16 (d)).
The measured table's PROGRAM_MEMORY column tracks the cost (cases_c20.FFTMF_DIAGNOSTIC (e)): a single kernel's
two-frame build has 112-208 B more code than its one-frame build (C20 96-368 B); charging that / 4 B (one single-slot
bundle) once a call of two frames (E2, an inference, not applied): 263 -> 263 here (1 in: 864 points 2 frames
throughput; 1 out: 128 points 2 frames latency), 26 of the 28 figures it moves at >= 256 points closer (median |error|
7.26 -> 6.19 %), all 14 at < 256 points further; C20 836 -> 783 (809 as committed, single-tile rows only). Behind the
flag ``kernels.fft_ifft_dit_1ch.FFTMF_CHANGE`` (LEFT OFF), with :func:`multi_frame_code_bytes` giving this case's byte
counts (single kernels); False leaves every figure unchanged.

What the frame finding implies for C20 (kernels.fft_ifft_dit_1ch, not changed here): its source differs on both
points. Its twiddle pointers are compile-time constants (``fnGetTwPtr`` returns the named global tables
``fft_lut_tw*``, fft_ifft_dit_1ch.cpp @0d8795bc), so it has no pointer-table loads; and its ``chess_memory_fence``
between stages is compiled only ``if constexpr (TP_WINDOW_VSIZE <= 64)``, its frame loop carrying
``chess_prepare_for_pipelining chess_loop_range(kOpsInWindow, )``. So the source keeps C20's stages and frames
strictly serial only for windows of at most 64 samples, which fits C20's measured 32-point single-kernel cycles per
frame: 138 / 143 for windows 32 / 64 (fenced; two frames ~2x one, as here) against 105 / 97 / 92 for 128 / 256 /
512 (no fence: the ~25-30 % overlap its docstring notes). A C20 model would take frames as overlappable above
64-sample windows; not done (C20 must not move).
"""
from __future__ import annotations

import functools
from pathlib import Path

from aiesim_py.errors import CompileError
from aiesim_py.graph import KernelGraph
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import families
from aiesim_py.kernels.mixed_radix_fft import KIND, MixedRadixFftParams, mixed_radix_fft_cycles

import cases_c5  # noqa: E402  (next to this file: the DSPLib harness shared with C5 / C7..C22)

assert families.FAMILIES[KIND] == (MixedRadixFftParams, mixed_radix_fft_cycles)

DATA = Path(__file__).resolve().parent / "data" / "dsplib_mixed_radix_fft_aieml.csv"
SOURCE = ("Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/mixed_radix_fft_benchmark.csv @b5868f22 "
          "(validation/data/dsplib_mixed_radix_fft_aieml.csv: a subset of its AIE-ML rows)")
DEVICE = cases_c5.DEVICE
#: NITER of the harness's static-point-size entries (multi_params.json @0e6b76d6 / @bd57b5ad)
ITERATIONS = 8


def _rows(path: Path = DATA) -> list[dict]:
    return cases_c5._rows(path)


def _key(r: dict) -> tuple:
    return (r["TT_DATA"], r["TT_TWIDDLE"], int(r["TP_POINT_SIZE"]), int(r["TP_FFT_NIFFT"]), int(r["TP_WINDOW_VSIZE"]),
            int(r["TP_CASC_LEN"]), int(r["TP_API"]), int(r["TP_DYN_PT_SIZE"]), int(r["SINGLE_BUF"]),
            int(r["NUM_AIE"]))


def _slug(r: dict) -> str:
    d, tw, n, fwd, win, casc, api, dyn, sb, _ = _key(r)
    return cases_c5._slug(f"{d}x{tw} pt {n} win {win} casc {casc} nifft {fwd} api {api} dyn {dyn} sb {sb}")


@functools.lru_cache(maxsize=None)
def _program_memory() -> dict:
    """:func:`_key` -> the row's PROGRAM_MEMORY column (bytes, one figure per tile as the file lists them)."""
    return {_key(r): tuple(int(x) for x in r["PROGRAM_MEMORY"].split()) for r in _rows()}


def multi_frame_code_bytes(*key) -> int:
    """kernels.fft_ifft_dit_1ch FFTMF_CHANGE (left off): PROGRAM_MEMORY of the row ``key`` minus that of the same
    graph with a one-frame window (the benchmark file's own metadata), for a single kernel whose one-frame sibling row
    is in the file; 0 otherwise (a chain's figures are listed per tile, not per kernel)."""
    one = key[:4] + (key[2],) + key[5:]
    pm = _program_memory()
    if key[5] != 1 or key not in pm or one not in pm or len(pm[key]) != 1 or len(pm[one]) != 1:
        return 0
    return max(0, pm[key][0] - pm[one][0])


def graph_refusal(data: str, twiddle: str, point: int, fft_nifft: int, window: int, casc: int, api: int, dyn: int,
                  single_buf: int, num_aie: int) -> None:
    """Refuse the graph parameters the model has no mechanism for (raises ValueError with the reason).
    ``fft_nifft`` is accepted either way (the twiddles' complex mask only)."""
    if dyn:
        raise ValueError("mixed_radix_fft: TP_DYN_PT_SIZE 1 is not modelled (the twiddle-generation kernel "
                         "mixed_radix_twGen and the run-time stage loops are not costed)")
    if api:
        raise ValueError("mixed_radix_fft: TP_API 1 (stream interface, widget_api_cast kernels around the chain) "
                         "is not modelled")
    if num_aie != casc:
        raise ValueError(f"mixed_radix_fft: one kernel per tile is {casc} tiles, the benchmark used {num_aie}")
    for c in range(casc):
        MixedRadixFftParams(data, twiddle, point, window, casc, c, bool(single_buf))


def fft_design(data: str, twiddle: str, point: int, fft_nifft: int, window: int, casc: int, api: int, dyn: int,
               single_buf: int, num_aie: int):
    """The Design of one benchmark row: kernels ``fft0`` .. on row :data:`cases_c5.KERNEL_ROW`, columns 0..,
    PLIOs ``in0`` / ``out0``.

    Raises:
        ValueError: a configuration the model refuses (the reason given).
        CompileError: a design KernelGraph cannot place or route.
    """
    graph_refusal(data, twiddle, point, fft_nifft, window, casc, api, dyn, single_buf, num_aie)
    code = multi_frame_code_bytes(data, twiddle, point, fft_nifft, window, casc, api, dyn, single_buf, num_aie)
    g = KernelGraph(DEVICE, f"mrfft_{data}_{point}_{casc}_{window}_{single_buf}")
    for c in range(casc):
        p = MixedRadixFftParams(data, twiddle, point, window, casc, c, bool(single_buf), code)
        g.add_kernel(f"fft{c}", KIND, p, (c, cases_c5.KERNEL_ROW))
        if c == 0:
            g.add_plio_in("in0", "fft0.in[0]", data, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
        else:
            g.connect(f"fft{c - 1}.out[0]", f"fft{c}.in[0]")
        if c == casc - 1:
            g.add_plio_out("out0", f"fft{c}.out[0]", data, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
    return g.design()


@functools.lru_cache(maxsize=None)
def simulate_row(*key):
    """(latency ns, throughput MSa/s, detail) at the iteration DSPLib's script reads.

    Raises:
        SimulationError: a design the timing model does not run.
    """
    d = fft_design(*key)
    data, twiddle, point, _, window, casc, _, _, single_buf, _ = key
    latency_ns, throughput, period, gaps, p = cases_c5.dsplib_figures(d, ITERATIONS, window, "in0", "out0")
    params = [MixedRadixFftParams(data, twiddle, point, window, casc, c, bool(single_buf), multi_frame_code_bytes(*key))
              for c in range(casc)]
    costs = [mixed_radix_fft_cycles(k, AIE_ML_CORE) for k in params]
    return (latency_ns, throughput,
            f"kernels {[c.total_cycles for c in costs]} cycles/call ({params[0].frames} frames, stages "
            f"{[[(s.radix, s.spec, s.trips) for s in k.stages()] for k in params]}), interval {period} cycles "
            f"(last three {gaps}), input DMA {cases_c5.dma_cycles(params[0].ports(), p)} cycles")


def _predict(prediction, not_modelled, key: tuple, quantity: str):
    try:
        return cases_c5.predict_or_reason(prediction, not_modelled, simulate_row, key, quantity)
    except CompileError as exc:
        return not_modelled(f"graph: {exc}")


def measurements(path: Path = DATA) -> list[dict]:
    """measurements.csv-style rows (case, key, quantity, measured, unit, source, notes) of C26."""
    return cases_c5.benchmark_measurements(
        _rows(path), "C26", "mixed_radix_fft", _slug, SOURCE,
        lambda r: (f"xcve2802 1.25 GHz, 64-bit PLIOs 625 MHz, NITER {ITERATIONS} (the harness's static-point-size "
                   f"entries, assumed); CASC_LEN {r['TP_CASC_LEN']}, NUM_AIE {r['NUM_AIE']}, "
                   f"SINGLE_BUF {r['SINGLE_BUF']}"))


def predictors(prediction, not_modelled) -> dict:
    """key -> zero-argument predictor, one per C26 figure; a configuration the model refuses is returned as
    not modelled with the model's own reason."""
    return cases_c5.benchmark_predictors(
        "c26.mixed_radix_fft", _rows(), _slug, _key, not_modelled,
        functools.partial(_predict, prediction, not_modelled),
        refuse=lambda r: cases_c5.refusal(graph_refusal, *_key(r)))


def _off_key(point: int, window: int, casc: int, quantity: str, single_buf: int = 0) -> str:
    return (f"c26.mixed_radix_fft.cint16xcint16_pt_{point}_win_{window}_casc_{casc}_nifft_0_api_0_dyn_0_"
            f"sb_{single_buf}.{quantity}")


# --- listed after the blind runs; model changes after both: FRAME_CHANGE, then LDA_CHANGE and REF_CHANGE, then
# ACC_PORT_CHANGE (session 12) ---
FRAME_CHANGE = (
    "made AFTER seeing the blind errors of both blocks (kernels.mixed_radix_fft FRAME_CHANGE / stage_entry_cycles): "
    "every stage of every frame first loads its R - 1 twiddle-table offsets (radix 4 on AIE-ML: 3) from the run-time "
    "kernel parameter m_twiddlePtrPtr (opt_rX_stage: &tw_table[tw_ptrs[TW_BASE + k]], mixed_radix_fft_utils.hpp "
    "@0d8795bc) behind the previous stage's chess_memory_fence, so they are re-done per stage and per frame and "
    "cannot be hoisted; chain from isa/timing.py: ceil((R - 1) / load_slots) scalar-load issues, scalar_load_latency "
    "7, padd_latency 1 (8-9 cycles), less the stage's own hardware-loop set-up (5, taken as overlapping). Op counts "
    "from the source, latencies from the timing table, no number fitted. Whole case 166 -> 193 of 340 within 10 %, "
    "median 10.2 -> 8.3 %; first 62 rows 52 -> 71 of 124 (median 11.9 -> 8.5 %), the 108 added rows 114 -> 122 of "
    "216 (9.3 -> 7.5 %); 35 figures came inside, 8 went out (seven 32 / 64 / 96-point latencies on 1-3 kernels and "
    "the 32-point single-kernel throughput: small FFTs whose calls measure about as fast as the blind model)")
LDA_CHANGE = (
    "made AFTER seeing every C26 error (session 10; kernels.mixed_radix_fft LDA_CHANGE): FRAME_CHANGE issued the "
    "twiddle-offset scalar loads two a cycle (CoreTiming.load_slots), but AIE-ML scalar loads go to load unit A only: "
    "in Xilinx/llvm-aie AIE2GenInstrFormats.td @ff8589af every scalar-load format (AIE2_dms_lda_inst_lda, "
    "AIE2_dmhb_lda_inst_lda) is an lda-slot format, the ldb slot holds vector-load formats only, and AIE2Schedule.td "
    "@0361a31e II_LDA* reserve LOAD_UNIT_A; kernels.dds_mixer and kernels.func_approx already count them so. Chain +1 "
    "cycle per radix-3 / radix-4 stage, +2 per radix-5 stage, radix 2 unchanged; no number fitted. 193 -> 198 of 340 "
    "within 10 %, median 8.3 -> 8.0 % (first 62 rows 71 -> 76, the 108 added 122 -> 122); 7 figures came inside, 2 "
    "went out (the 32-point two-kernel latency, the 64-point single-kernel throughput). Flag off: FRAME_CHANGE's "
    "figures exactly")
REF_CHANGE = (
    "made AFTER seeing every C26 error (session 10; kernels.mixed_radix_fft REF_CHANGE): FRAME_CHANGE's premise is "
    "that no load behind a stage's chess_memory_fence reuses a value loaded before it; it charged the offset loads "
    "tw_ptrs[TW_BASE + k] but took the array's address as known. In the source the address is itself in memory: "
    "m_twiddlePtrPtr (and m_twTable) are reference members of the kernel object (mixed_radix_fft.hpp @0d8795bc: int "
    "(&m_twiddlePtrPtr)[kNumMaxTables]), read through this of mixed_radix_fftMain (NOINLINE_DECL, mixed_radix_fft.cpp "
    "@0d8795bc), so every stage of every frame first loads the reference (1 LDA, 7 cycles), then the offsets through "
    "it, then adds; m_twTable's reference load issues beside the first, off the chain. +7 cycles per stage per frame "
    "(e.g. radix 4 with a loop: 5 -> 12, radix 3: 4 -> 11); op counts from the source, latency from isa/timing.py, no "
    "number fitted. A first variant put both reference loads in series (2 issues, one cycle more per stage): 215 of "
    "340, median 6.5 %; replaced by the single-issue chain the dependences give before anything else was tried. 198 "
    "-> 212 of 340 within 10 %, median 8.0 -> 6.4 % (first 62 rows 76 -> 76, median 8.1 -> 6.9 %; the 108 added 122 "
    "-> 136, 7.1 -> 5.8 %); 27 figures came inside (radix-3 sizes 96 .. 2304, two-frame windows of 32 / 128 / 160 / "
    "256 points, 640 points on 5 kernels), 13 went out, all 32 / 64 / 128 / 160 points (two of them the SINGLE_BUF 1 "
    "128-point chain): the small FFTs, whose calls were already at or below the blind model, now 10-36 % slow. "
    "Assumption: chess reloads a reference member after the fence as it must reload the offsets. Flag off: "
    "LDA_CHANGE's figures exactly")
MRFFT_DIAGNOSTICS = (
    "Session 10 diagnostics, NOT applied (no source-supported mechanism found). (a) Frames: kernelMixedRadixFFTmain "
    "(mixed_radix_fft.cpp @0d8795bc) is a plain for loop calling the always-inlined singleFrame per frame: "
    "set_rnd_mode / set_sat_mode, tmp_bufs from the reference members m_tmpBuff0/1, then every stage with its "
    "twiddle-pointer set-up and a chess_memory_fence; the ADF wrapper (locks, call) stays per call, so the source "
    "gives no per-frame copy of it. After REF_CHANGE the single-kernel per-frame slope b (cycles of a two-frame "
    "window less a one-frame one) fits the measured one within -10..+26 cycles for 32 .. 192 points and 45-47 for 512 "
    "/ 1280 (85-273 for 256 / 320 / 640 / 2560, 92-809 for the radix-3 sizes from 288 up); what is left is the "
    "intercept: measured T(1) - (T(2) - T(1)) = -17..+20 cycles on all 19 sizes, modelled 35 (the 40-cycle ADF "
    "wrapper less the frame loop's 5-cycle set-up, shared by every case). Unexplained; it makes the small FFTs' "
    "one-frame calls 28-44 cycles slow (32 .. 160 points). (b) Radix 3, one trip of fft_dit<.., 0, 3, cint32, cint32, "
    "cint16> (aie_api detail/aie2/fft_dit_radix3.hpp @2a408059), slots and ports from llvm-aie AIE2GenInstrFormats.td "
    "@ff8589af / AIE2Schedule.td @0361a31e: vec slot (VMUL / VMSC / VACC, each one R_RV_PORT and one CM_WA_PORT "
    "cycle) 2 mul_elem_8 + 2 add_accum (add_conf: VACC) + 4 msc_elem_8 = 8; st slot 6 VST.SRS (three cacc64 x 8 -> "
    "cint32 outputs, 256 bits each) + 2 VSRS to x (d, e: AIE2_mv_x_srs_inst_st is a store-slot format) = 8 (the model "
    "puts the 2 VSRS on the move slot: II unchanged); loads 6 x 256-bit data (three v8cint32 from ONE pointer: UG1603 "
    "'memory accesses coming from the same pointer are scheduled on different cycles' -> 6 cycles) + 2 scalar "
    "twiddles (LDA) < 8; mv slot 1 VUPS + 2 VBCST; accumulators live ~31 register-cycles per trip (a_acc ~11, d / e "
    "~2-3, o0-o2 ~5 each, an estimate from the itinerary latencies) against 9 cm registers: not binding at II 8; "
    "UPPER_SRS 8. So II 8 (MAC and store slots both full, as radix 4 on cint32, which C20 measures at II ~8: its "
    "1024-point single kernel within 0.1 %). The one count above 8 is llvm-aie's CM_RM_PORT (accumulator read port: 6 "
    "VST.SRS + 2 VSRS + 2 VACC = 10), but the same count gives radix 4 on cint32 12 (8 VST.SRS + 4 VADDMAC) where C20 "
    "measures ~8: not used. Measured on kernels that run only radix-3 stages (after REF_CHANGE): 288 points 2 x 12 "
    "trips 47 cycles a call over the model (2.0 a trip), 864 3 x 36 trips 291 (2.7), 864 2 x 36 trips 192-297 "
    "(2.7-4.1), 1152 2 x 48 trips 372 (3.9), 1728 3 x 72 trips 688 (3.2): ~10-12 cycles a trip. The identical first "
    "kernel of 864 points ([r3 x 36, r3 x 36], same input, same code) measures 1005 / 903 / 1008 cycles a call on 3 / "
    "4 / 5-kernel chains: a placement-dependent part, which memory-bank conflicts would be (the AIE API's own notes: "
    "'this DM_bankA annotation seems to be ignored', radix 4 'this will need DM_bankA to avoid memory conflicts'); no "
    "bank model here, not tuned. Within 10 % by radix mix after REF_CHANGE (pandas on run.py --json --case C26): one "
    "frame, no radix 3: 26 of 46 figures (latency median +5.0 %, throughput -3.1 %: small FFTs slow, 256 / 320 / 640 "
    "fast); radix 5 (160 .. 2560): 77 of 84; one radix-3 stage (96, 192, 384, 768): 51 of 72; two (288, 1152, 2304): "
    "15 of 52 (latency median -11.9 / -16.7 %, throughput +14.3 / +17.8 % for 1 / 2 frames); three (864, 1728): 9 of "
    "40 (latency -22 / -18 %)")
ACC_PORT_CHANGE = (
    "made AFTER seeing every C26 error (session 12; kernels.mixed_radix_fft ACC_PORT_CHANGE / acc_read_port_ops): the "
    "radix-3 / radix-5 stage loop is also bounded by the accumulator register file's read port, one reservation a "
    "cycle (Xilinx/llvm-aie aie2/AIE2Schedule.td @0361a31e FuncUnit CM_RM_PORT, 'Accumulator Register Ports, "
    "Reading (rm port)'), which that file's itineraries reserve for II_VST_SRS (PrefixCycle, every 256-bit store "
    "with its SRS), II_VSRS (the SRS of a twiddled leg to a cint32 register, d = d_acc.to_vector<cint32>) and "
    "II_VACC (add_accum -> ::add_conf, jgmelber/aie_api detail/aie2/add_accum.hpp @4760f101; the stage ops from "
    "detail/aie2/fft_dit_radix3.hpp @2a408059 / fft_dit_radix5.hpp @4760f101): radix 3 with cint32 output 6 + 2 + 2 "
    "= 10 a trip against the slot bound 8 (measured ~12, MRFFT_DIAGNOSTICS (b)), radix 5 10 + 4 + 4 = 18 under its "
    "MAC bound 24 (unchanged, as its measured figures want), cint16 output 7 / 13 (unchanged). Op counts and the "
    "port from the sources, no number fitted. ASSUMPTION (not sourced, chosen because of C20's measurement): "
    "II_VADDMAC reserves CM_RM_PORT in the same file, but counting it gives C20's cint32 radix-4 stages (4 addmac + "
    "8 VST.SRS) II 12 where C20 measures ~8 (tried with both: C20 775 -> 597 of 1084, C26 218); llvm-aie marks the "
    "port 'TESTME' for two-input accumulator instructions. Counting only VST.SRS / VSRS / VACC leaves the radix-2 / "
    "radix-4 tables of kernels.fft_ifft_dit_1ch at their slot bounds (no VSRS / VACC in them), so C20 does not move. "
    "212 -> 262 of 340 within 10 %, median 6.4 -> 5.3 % (first 62 rows 76 -> 88 of 124, median 6.9 -> 6.2 %; the "
    "108 added 136 -> 174 of 216, 5.8 -> 4.9 %); 50 figures came inside (27 one-frame radix-3 figures, 23 two-frame "
    "ones, mostly radix-3 sizes), none went out. Flag off: REF_CHANGE's figures exactly")
MRFFT_DIAGNOSTICS_S12 = (
    "Session 12 diagnostics (not applied). (a) Two-frame windows: from the throughputs, single and chained kernels, "
    "T(2) - 2 x T(1) (cycles a call) is within 25 cycles of 0 on 44 of the 55 one / two-frame pairs (median 0; the "
    "outliers, -220..+176, are chains whose identical kernels measure differently by placement), the model's -35 "
    "(the ADF wrapper 40 + frame-loop set-up 5 paid once a call). Sources re-read for a per-frame copy of that "
    "overhead: mixed_radix_fft_graph.hpp @0d8795bc sets dimensions {TP_WINDOW_VSIZE} on every kernel port (one call "
    "a window), kernelMixedRadixFFTmain is a plain frame loop over the always-inlined singleFrame (set_rnd_mode / "
    "set_sat_mode, the tmp_bufs pair, the stages): nothing found. Tried as a diagnostic, every frame paying the call "
    "overhead (T(f) = f x T(1)): 212 -> 204 of 340 (two-frame figures 105 -> 97: their one-frame errors carry over), "
    "not applied. (b) Radix 3: the measured excess over REF_CHANGE's model is ~4 cycles a trip on one kernel (768 "
    "3.9, 864 3.9, 1152 3.9, 1728 3.5, 2304 3.9: II ~12); ACC_PORT_CHANGE gives 10. Checked and not binding: loads (6 "
    "256-bit data from one pointer, UG1079 'accesses coming from the same pointer are scheduled on different cycles', "
    "+ 2 LDA twiddles: 6), stores / UPPER_SRS (6 VST.SRS + 2 VSRS = 8), the vector slot (2 VMUL + 2 VACC + 4 VMSC = "
    "8), the mv slot (2 VBCST + 1 VUPS), pointer recurrences (add_2d_ptr, the single output pointer's three post-"
    "modifies: 3), accumulator lifetimes (< II). The remaining 2 cycles a trip and the placement spread (identical "
    "864-point kernels 903 / 1005 / 1008 cycles) are not identified; no bank model")
MRFFT_DIAGNOSTICS_S16 = (
    "Session 16 diagnostics (helper mrfft; NOT applied, no model change: nothing below has a public source for the "
    "op that costs it). (a) The frame loop, re-read at the nearest stored version of the CSV's commit "
    "(Xilinx/Vitis_Libraries dsp/L1/src/aie/mixed_radix_fft.cpp and dsp/L1/include/aie/mixed_radix_fft_utils.hpp, "
    "stored @0d8795bc; no copy @b5868f22 is stored): kernelMixedRadixFFTmain is `for (frame < TP_WINDOW_VSIZE / "
    "TP_POINT_SIZE) { singleFrame(inbuff, outbuff); inbuff += N; outbuff += N; }` with no pragma; singleFrame "
    "(INLINE_DECL, always_inline) rebuilds tmp_bufs from m_tmpBuff0 / 1, sets the rounding and saturation modes, "
    "then calls opt_r5 / r3 / r2 / r4_stage, each ending with chess_memory_fence() (a fence AFTER each stage, none "
    "before the first stage of frame 0), each passing &tw_table[tw_ptrs[TW_BASE + k]]. Nothing in that loop is once "
    "a call in the source except the two data() pointers; the ADF wrapper (locks, call) stays once a call. So no op "
    "of the model is on the wrong side of the frame loop by the source. (b) What the two-frame figures measure, "
    "single kernel, cycles a call from the throughputs (T(f) = window / throughput x 1250 MHz): T(2) - 2 T(1) = "
    "-20..+17 on all 19 point sizes (model -35). Taking the model's 40-cycle wrapper as the one-frame intercept, the"
    " first frame costs the model's stage loops plus 6 / 7 / 14 / 19 / 19 cycles (32 / 64 / 128 / 160 / 192 points),"
    " where FRAME_CHANGE + LDA_CHANGE + REF_CHANGE charge 46-51 of twiddle-pointer chains, and plus 60 / 73 at 512 /"
    " 1280 points (charged 58 / 61: right); every second frame costs 15-52 (median 35) more than the first at every "
    "size (T(2) - T(1) - 5 - stage loops = the first frame's excess + T(2) - 2 T(1) + 35). (c) The same harness on "
    "C20 (kernels.fft_ifft_dit_1ch, this session's C20 run, compute-bound cint16 -> cint16 TP_API 0 single kernels "
    "with 1 .. 16 frames a window) shows the shape of the missing cost: 128 points T = 276 / 570 / 1047 / 2016 / "
    "3951 for f = 1 / 2 / 4 / 8 / 16, i.e. a constant 238-242 a frame from f = 2 on and an intercept of 34 at f = 1 "
    "against 79-86 for f >= 2; 512 points 880 / 1798 / 3497 / 6900: 851 a frame, intercept 29 at f = 1, 92-96 for f "
    ">= 2; 1024 points 1572 / 3168 / 6244: 1538 a frame, intercept 34 / 92 / 92. So the hardware pays about 45-65 "
    "cycles once per call when a window holds two or more frames (or, equivalently, saves it when it holds one), not"
    " once per frame; C26 has only f = 1 and 2, where that reads as T(2) = 2 T(1). C20's model pays 45 there (40 + "
    "the frame loop's 5-cycle set-up) where 80-96 are measured, i.e. the same cost is missing in both FFT models. "
    "Candidate causes, none sourced: the ``for`` loop around inner hardware loops is a branch loop (AIE-ML has one "
    "zero-overhead loop level; its branch delay slots are the 5 cycles charged), values live across the frame loop "
    "(this-derived table and buffer pointers) spilled to the stack or held in callee-saved registers saved / "
    "restored once a call; the compiled code would settle it. (d) Tried as diagnostics with a patched "
    "mixed_radix_fft_cycles (run.py --case C26, not committed): D1, a call of f >= 2 frames pays the 40-cycle "
    "wrapper once more (the C20 shape, the wrapper as the amount, not fitted): 263 -> 251 of 340 (7 in, 19 out: the "
    "small FFTs' two-frame rows, whose frames the model already overcharges by the chains of (b)); D2, D1 and no "
    "twiddle-pointer chains in frame 0: 248; D3, no chains in frame 0 only: 244; D4, the one overlap the fence "
    "placement allows (no fence before frame 0's first stage: its pointer chain issued beside the callee prologue, "
    "taken as half the device file's 20-cycle call overhead, kernel_epilogue_fraction 0.5): 260 (8 in, 11 out). The "
    "two findings are tied: the small FFTs' one-frame figures want the chains nearly free, their two-frame figures "
    "want one more call-sized cost, the 512 / 1280-point figures want the chains as charged; no single source-backed"
    " rule found that gives all three. (e) Not re-examined this session: the radix-3 trip (~12 measured against II "
    "10, MRFFT_DIAGNOSTICS_S12 (b)) and the 256 / 320 / 640-point rows on 1-2 kernels (256 points single kernel: the"
    " first frame costs the stage loops plus 106 cycles, 320 plus 132, where 512 / 1280 cost plus 60 / 73)")
TWO_FRAME_OFF = (
    "Windows of two frames (34 figures after ACC_PORT_CHANGE, 57 after REF_CHANGE, 73 before): the measured time per window is proportional to "
    "the frame count on every point size (single kernel, T(f) = c + f x b with c = -17..+20 cycles on all 19 sizes), "
    "while the model's call pays its 40-cycle ADF wrapper once (c = 35 modelled). Source read for what a frame "
    "re-does (MRFFT_DIAGNOSTICS (a)): the stage sequence with its twiddle-pointer chains (charged: FRAME_CHANGE, "
    "LDA_CHANGE, REF_CHANGE), no per-frame copy of the call overhead. Off: 32 / 64-point windows on 1 / 3 kernels "
    "(latency 14-28 % slow, throughput 11-14 % low: the intercept) and the sizes whose one-frame figures are off too "
    "(radix-3 sizes and 256 / 320 / 512 points on 1-3 kernels: latency 10-29 % fast, throughput 10-37 % high). Not "
    "tuned. Session 16 (MRFFT_DIAGNOSTICS_S16): C20's 1..16-frame single kernels show this cost is paid once a "
    "call when a window holds two or more frames (not once a frame); its op is not identified")
RADIX3_OFF = (
    "One-frame rows of point sizes with radix-3 stages (19 figures after ACC_PORT_CHANGE, 46 after REF_CHANGE, 57 "
    "before; ACC_PORT_CHANGE puts radix-3 trips at II 10, measured ~12: MRFFT_DIAGNOSTICS_S12): the model is fast, "
    "most with two or three radix-3 stages on the bounding kernel (288, 864, 1152, 1728, 2304 on 1-2 kernels: "
    "throughput 10-36 % high, latency 10-40 % low). Kernels running only radix-3 stages measure ~10-12 cycles a trip "
    "against the model's II 8 (10 since ACC_PORT_CHANGE; the off figures now 10-20 % high / 10-36 % low) "
    "(MRFFT_DIAGNOSTICS (b)); the "
    "identical 864-point first kernel measures 903-1008 cycles a call depending on the chain (placement). The radix-5 "
    "stage is not slower than modelled (160 points on 4 kernels within 13 %, 1280 / 2560 within 7 %). Also here: the "
    "96-point two-kernel latency, 20 % slow. Not identified, not tuned")
OTHER_OFF = (
    "Other one-frame figures (25, sizes 2^a and 2^a x 5): the 32 / 64 / 128-point rows on 1-3 kernels (two of them "
    "the SINGLE_BUF 1 128-point chain), 12-36 % slow in latency and 11-21 % low in throughput after REF_CHANGE (the "
    "twiddle-pointer chain is charged to every stage, where these calls measure at or below the blind model; "
    "MRFFT_DIAGNOSTICS (a): the measured intercept), the 160-point four-kernel throughput (-13 %); 256 points on 1-2 "
    "kernels and 320 points on one kernel, throughput 11-21 % high, latency 10-24 % low (one kernel 569 / 789 "
    "measured cycles a call against 511 / 706 modelled, while 512 / 1280 / 2560 points are within 6 %), 640 points on "
    "2 kernels (10 % high) and the 512-point three-kernel latency (12 % low). Not identified, not tuned")
_TWO_FRAME_ROWS = (
    (32, 64, 1, "latency"), (32, 64, 1, "throughput"), (32, 64, 3, "latency"), (32, 64, 3, "throughput"),
    (64, 128, 1, "latency"), (64, 128, 1, "throughput"), (64, 128, 3, "latency"), (96, 192, 3, "latency"),
    (96, 192, 3, "throughput"), (192, 384, 3, "latency"), (192, 384, 3, "throughput"), (256, 512, 1, "latency"),
    (256, 512, 1, "throughput"), (256, 512, 3, "latency"), (256, 512, 3, "throughput"), (288, 576, 1, "latency"),
    (288, 576, 1, "throughput"), (288, 576, 2, "throughput"), (320, 640, 1, "latency"), (320, 640, 1, "throughput"),
    (384, 768, 2, "latency"), (384, 768, 2, "throughput"), (384, 768, 5, "latency"), (512, 1024, 3, "latency"),
    (864, 1728, 1, "latency"), (864, 1728, 1, "throughput"), (864, 1728, 2, "latency"),
    (864, 1728, 2, "throughput"), (864, 1728, 3, "latency"), (864, 1728, 3, "throughput"),
    (1152, 2304, 2, "latency"), (1152, 2304, 2, "throughput"), (1728, 3456, 2, "latency"),
    (1728, 3456, 2, "throughput"),
)
_RADIX3_ROWS = (
    (96, 96, 2, "latency"), (192, 192, 4, "latency"), (288, 288, 1, "latency"), (288, 288, 1, "throughput"),
    (384, 384, 3, "throughput"), (384, 384, 5, "latency"), (768, 768, 2, "latency"), (768, 768, 2, "throughput"),
    (864, 864, 3, "latency"), (864, 864, 3, "throughput"), (864, 864, 4, "latency"), (864, 864, 5, "latency"),
    (864, 864, 5, "throughput"), (1152, 1152, 2, "throughput"), (1152, 1152, 3, "latency"),
    (1152, 1152, 3, "throughput"), (1728, 1728, 2, "latency"), (1728, 1728, 2, "throughput"),
    (2304, 2304, 2, "latency"),
)
_OTHER_ROWS = (
    (32, 32, 1, "latency"), (32, 32, 1, "throughput"), (32, 32, 2, "latency"), (32, 32, 2, "throughput"),
    (32, 32, 3, "latency"), (64, 64, 1, "latency"), (64, 64, 1, "throughput"), (64, 64, 2, "latency"),
    (64, 64, 2, "throughput"), (64, 64, 3, "latency"), (128, 128, 1, "latency"), (128, 128, 2, "latency"),
    (128, 128, 2, "latency", 1), (128, 128, 2, "throughput"), (128, 128, 2, "throughput", 1),
    (160, 160, 4, "throughput"), (256, 256, 1, "latency"), (256, 256, 1, "throughput"), (256, 256, 2, "latency"),
    (256, 256, 2, "throughput"), (320, 320, 1, "latency"), (320, 320, 1, "throughput"), (512, 512, 3, "latency"),
    (640, 640, 2, "latency"), (640, 640, 2, "throughput"),
)

#: key -> why the prediction is outside 10 % after FRAME_CHANGE, LDA_CHANGE, REF_CHANGE and ACC_PORT_CHANGE (listed
#: after the blind runs)
KNOWN_OFF: dict[str, str] = {
    _off_key(*row): reason
    for reason, rows in ((TWO_FRAME_OFF, _TWO_FRAME_ROWS), (RADIX3_OFF, _RADIX3_ROWS), (OTHER_OFF, _OTHER_ROWS))
    for row in rows
}

#: the blind prediction of every predicted figure (first run, before any comparison), key without the
#: ``c26.mixed_radix_fft.`` prefix -> predicted value (ns or MSa/s). Kept for the record, not used.
BLIND: dict[str, float] = {
    "cint16xcint16_pt_32_win_32_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 623.2,
    "cint16xcint16_pt_32_win_32_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 258.1,
    "cint16xcint16_pt_32_win_32_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 492.8,
    "cint16xcint16_pt_32_win_32_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 370.4,
    "cint16xcint16_pt_32_win_32_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 512.8,
    "cint16xcint16_pt_32_win_32_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 615.4,
    "cint16xcint16_pt_32_win_64_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 857.6,
    "cint16xcint16_pt_32_win_64_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 290.9,
    "cint16xcint16_pt_32_win_64_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 656.0,
    "cint16xcint16_pt_32_win_64_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 442.0,
    "cint16xcint16_pt_32_win_64_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 693.6,
    "cint16xcint16_pt_32_win_64_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 610.7,
    "cint16xcint16_pt_64_win_64_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 588.8,
    "cint16xcint16_pt_64_win_64_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 418.8,
    "cint16xcint16_pt_64_win_64_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 472.0,
    "cint16xcint16_pt_64_win_64_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 597.0,
    "cint16xcint16_pt_64_win_64_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 462.4,
    "cint16xcint16_pt_64_win_64_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 963.9,
    "cint16xcint16_pt_64_win_128_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 810.4,
    "cint16xcint16_pt_64_win_128_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 461.1,
    "cint16xcint16_pt_64_win_128_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 652.0,
    "cint16xcint16_pt_64_win_128_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 686.7,
    "cint16xcint16_pt_64_win_128_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 662.4,
    "cint16xcint16_pt_64_win_128_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1230.8,
    "cint16xcint16_pt_96_win_96_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 677.6,
    "cint16xcint16_pt_96_win_96_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 427.0,
    "cint16xcint16_pt_96_win_96_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 555.2,
    "cint16xcint16_pt_96_win_96_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 718.6,
    "cint16xcint16_pt_96_win_96_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 516.0,
    "cint16xcint16_pt_96_win_96_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 774.2,
    "cint16xcint16_pt_96_win_96_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 476.8,
    "cint16xcint16_pt_96_win_96_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1111.1,
    "cint16xcint16_pt_96_win_192_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 1191.2,
    "cint16xcint16_pt_96_win_192_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 455.4,
    "cint16xcint16_pt_96_win_192_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 906.4,
    "cint16xcint16_pt_96_win_192_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 808.1,
    "cint16xcint16_pt_96_win_192_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 836.0,
    "cint16xcint16_pt_96_win_192_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 872.7,
    "cint16xcint16_pt_96_win_192_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 739.2,
    "cint16xcint16_pt_96_win_192_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_128_win_128_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 738.4,
    "cint16xcint16_pt_128_win_128_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 504.7,
    "cint16xcint16_pt_128_win_128_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 635.2,
    "cint16xcint16_pt_128_win_128_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 824.7,
    "cint16xcint16_pt_128_win_128_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 532.0,
    "cint16xcint16_pt_128_win_128_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 981.6,
    "cint16xcint16_pt_128_win_128_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 508.0,
    "cint16xcint16_pt_128_win_128_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_128_win_256_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 1312.8,
    "cint16xcint16_pt_128_win_256_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 534.2,
    "cint16xcint16_pt_128_win_256_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1066.4,
    "cint16xcint16_pt_128_win_256_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 906.5,
    "cint16xcint16_pt_128_win_256_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 868.0,
    "cint16xcint16_pt_128_win_256_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1099.7,
    "cint16xcint16_pt_128_win_256_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 848.0,
    "cint16xcint16_pt_128_win_256_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_160_win_160_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 952.8,
    "cint16xcint16_pt_160_win_160_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 479.6,
    "cint16xcint16_pt_160_win_160_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 697.6,
    "cint16xcint16_pt_160_win_160_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 816.3,
    "cint16xcint16_pt_160_win_160_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 717.6,
    "cint16xcint16_pt_160_win_160_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 816.3,
    "cint16xcint16_pt_160_win_160_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 636.8,
    "cint16xcint16_pt_160_win_160_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1098.9,
    "cint16xcint16_pt_160_win_320_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 1741.6,
    "cint16xcint16_pt_160_win_320_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 500.6,
    "cint16xcint16_pt_160_win_320_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1215.2,
    "cint16xcint16_pt_160_win_320_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 879.1,
    "cint16xcint16_pt_160_win_320_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1239.2,
    "cint16xcint16_pt_160_win_320_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 879.1,
    "cint16xcint16_pt_160_win_320_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 1061.6,
    "cint16xcint16_pt_160_win_320_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1230.8,
    "cint16xcint16_pt_192_win_192_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 922.4,
    "cint16xcint16_pt_192_win_192_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 578.3,
    "cint16xcint16_pt_192_win_192_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 673.6,
    "cint16xcint16_pt_192_win_192_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1066.7,
    "cint16xcint16_pt_192_win_192_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 658.4,
    "cint16xcint16_pt_192_win_192_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1066.7,
    "cint16xcint16_pt_192_win_192_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 637.6,
    "cint16xcint16_pt_192_win_192_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_192_win_384_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 1680.8,
    "cint16xcint16_pt_192_win_384_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 603.8,
    "cint16xcint16_pt_192_win_384_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1152.8,
    "cint16xcint16_pt_192_win_384_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1132.1,
    "cint16xcint16_pt_192_win_384_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1120.8,
    "cint16xcint16_pt_192_win_384_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1156.6,
    "cint16xcint16_pt_192_win_384_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 1107.2,
    "cint16xcint16_pt_192_win_384_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_288_win_288_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 1395.2,
    "cint16xcint16_pt_288_win_288_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 559.0,
    "cint16xcint16_pt_288_win_288_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1024.8,
    "cint16xcint16_pt_288_win_288_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 900.0,
    "cint16xcint16_pt_288_win_288_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 892.8,
    "cint16xcint16_pt_288_win_288_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1180.3,
    "cint16xcint16_pt_288_win_288_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 912.8,
    "cint16xcint16_pt_288_win_288_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1180.3,
    "cint16xcint16_pt_288_win_288_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 924.8,
    "cint16xcint16_pt_288_win_288_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_288_win_576_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 2626.4,
    "cint16xcint16_pt_288_win_576_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 574.6,
    "cint16xcint16_pt_288_win_576_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1869.6,
    "cint16xcint16_pt_288_win_576_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 941.2,
    "cint16xcint16_pt_288_win_576_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1596.0,
    "cint16xcint16_pt_288_win_576_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_288_win_576_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 1627.2,
    "cint16xcint16_pt_288_win_576_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_288_win_576_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 1658.4,
    "cint16xcint16_pt_288_win_576_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_320_win_320_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 1400.8,
    "cint16xcint16_pt_320_win_320_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 608.8,
    "cint16xcint16_pt_320_win_320_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1001.6,
    "cint16xcint16_pt_320_win_320_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1012.7,
    "cint16xcint16_pt_320_win_320_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1021.6,
    "cint16xcint16_pt_320_win_320_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1012.7,
    "cint16xcint16_pt_320_win_320_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 933.6,
    "cint16xcint16_pt_320_win_320_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_320_win_640_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 2637.6,
    "cint16xcint16_pt_320_win_640_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 625.5,
    "cint16xcint16_pt_320_win_640_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1823.2,
    "cint16xcint16_pt_320_win_640_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1059.6,
    "cint16xcint16_pt_320_win_640_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1847.2,
    "cint16xcint16_pt_320_win_640_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1059.6,
    "cint16xcint16_pt_320_win_640_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 1699.2,
    "cint16xcint16_pt_320_win_640_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
}

#: the extension's blind predictions (the 108 rows appended after the first 62: 100 SINGLE_BUF 0, 8 SINGLE_BUF 1;
#: one run of the model as committed for :data:`BLIND`, no change, before any of their figures was compared), as
#: :data:`BLIND`. Kept for the record, not used.
BLIND_MORE: dict[str, float] = {
    "cint16xcint16_pt_256_win_256_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 986.4,
    "cint16xcint16_pt_256_win_256_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 691.1,
    "cint16xcint16_pt_256_win_256_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 706.4,
    "cint16xcint16_pt_256_win_256_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_256_win_256_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 700.0,
    "cint16xcint16_pt_256_win_256_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_256_win_256_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 727.2,
    "cint16xcint16_pt_256_win_256_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_256_win_512_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 1808.8,
    "cint16xcint16_pt_256_win_512_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 718.3,
    "cint16xcint16_pt_256_win_512_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1224.0,
    "cint16xcint16_pt_256_win_512_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_256_win_512_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1255.2,
    "cint16xcint16_pt_256_win_512_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_256_win_512_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 1286.4,
    "cint16xcint16_pt_256_win_512_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_384_win_384_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 1582.4,
    "cint16xcint16_pt_384_win_384_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 636.6,
    "cint16xcint16_pt_384_win_384_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1125.6,
    "cint16xcint16_pt_384_win_384_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1052.6,
    "cint16xcint16_pt_384_win_384_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1035.2,
    "cint16xcint16_pt_384_win_384_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_384_win_384_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 1062.4,
    "cint16xcint16_pt_384_win_384_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_384_win_384_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 1089.6,
    "cint16xcint16_pt_384_win_384_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_384_win_768_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 3000.8,
    "cint16xcint16_pt_384_win_768_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 651.7,
    "cint16xcint16_pt_384_win_768_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 2071.2,
    "cint16xcint16_pt_384_win_768_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1094.6,
    "cint16xcint16_pt_384_win_768_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1925.6,
    "cint16xcint16_pt_384_win_768_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_384_win_768_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 1956.8,
    "cint16xcint16_pt_384_win_768_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_384_win_768_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 1988.0,
    "cint16xcint16_pt_384_win_768_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_640_win_640_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 2668.8,
    "cint16xcint16_pt_640_win_640_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 619.2,
    "cint16xcint16_pt_640_win_640_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1981.6,
    "cint16xcint16_pt_640_win_640_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 941.2,
    "cint16xcint16_pt_640_win_640_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1686.4,
    "cint16xcint16_pt_640_win_640_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1225.1,
    "cint16xcint16_pt_640_win_640_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 1706.4,
    "cint16xcint16_pt_640_win_640_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1225.1,
    "cint16xcint16_pt_640_win_640_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 1724.8,
    "cint16xcint16_pt_640_win_640_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_640_win_1280_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 5173.6,
    "cint16xcint16_pt_640_win_1280_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 627.7,
    "cint16xcint16_pt_640_win_1280_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 3783.2,
    "cint16xcint16_pt_640_win_1280_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 961.0,
    "cint16xcint16_pt_640_win_1280_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 3196.0,
    "cint16xcint16_pt_640_win_1280_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_640_win_1280_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 3227.2,
    "cint16xcint16_pt_640_win_1280_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_640_win_1280_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 3258.4,
    "cint16xcint16_pt_640_win_1280_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_864_win_864_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 3759.2,
    "cint16xcint16_pt_864_win_864_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 593.1,
    "cint16xcint16_pt_864_win_864_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 2488.0,
    "cint16xcint16_pt_864_win_864_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1065.1,
    "cint16xcint16_pt_864_win_864_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 2272.8,
    "cint16xcint16_pt_864_win_864_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_864_win_864_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 2300.0,
    "cint16xcint16_pt_864_win_864_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_864_win_864_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 2327.2,
    "cint16xcint16_pt_864_win_864_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_864_win_1728_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 7354.4,
    "cint16xcint16_pt_864_win_1728_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 598.8,
    "cint16xcint16_pt_864_win_1728_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 4796.0,
    "cint16xcint16_pt_864_win_1728_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1083.8,
    "cint16xcint16_pt_864_win_1728_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 4400.8,
    "cint16xcint16_pt_864_win_1728_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_864_win_1728_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 4432.0,
    "cint16xcint16_pt_864_win_1728_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_864_win_1728_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 4463.2,
    "cint16xcint16_pt_864_win_1728_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1152_win_1152_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 4551.2,
    "cint16xcint16_pt_1152_win_1152_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 640.9,
    "cint16xcint16_pt_1152_win_1152_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 2883.2,
    "cint16xcint16_pt_1152_win_1152_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1208.1,
    "cint16xcint16_pt_1152_win_1152_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 2844.0,
    "cint16xcint16_pt_1152_win_1152_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1152_win_1152_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 2871.2,
    "cint16xcint16_pt_1152_win_1152_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1152_win_1152_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 2898.4,
    "cint16xcint16_pt_1152_win_1152_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1152_win_2304_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 8938.4,
    "cint16xcint16_pt_1152_win_2304_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 645.9,
    "cint16xcint16_pt_1152_win_2304_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 5586.4,
    "cint16xcint16_pt_1152_win_2304_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1226.1,
    "cint16xcint16_pt_1152_win_2304_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 5543.2,
    "cint16xcint16_pt_1152_win_2304_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1152_win_2304_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 5574.4,
    "cint16xcint16_pt_1152_win_2304_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1152_win_2304_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 5605.6,
    "cint16xcint16_pt_1152_win_2304_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1280_win_1280_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 4744.0,
    "cint16xcint16_pt_1280_win_1280_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 675.1,
    "cint16xcint16_pt_1280_win_1280_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 3480.8,
    "cint16xcint16_pt_1280_win_1280_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1020.4,
    "cint16xcint16_pt_1280_win_1280_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 3044.8,
    "cint16xcint16_pt_1280_win_1280_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1280_win_1280_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 3072.0,
    "cint16xcint16_pt_1280_win_1280_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1280_win_1280_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 3099.2,
    "cint16xcint16_pt_1280_win_1280_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1280_win_2560_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 9324.0,
    "cint16xcint16_pt_1280_win_2560_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 680.1,
    "cint16xcint16_pt_1280_win_2560_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 6781.6,
    "cint16xcint16_pt_1280_win_2560_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1031.9,
    "cint16xcint16_pt_1280_win_2560_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 5944.8,
    "cint16xcint16_pt_1280_win_2560_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1280_win_2560_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 5976.0,
    "cint16xcint16_pt_1280_win_2560_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1280_win_2560_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 6007.2,
    "cint16xcint16_pt_1280_win_2560_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_512_win_512_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 1806.4,
    "cint16xcint16_pt_512_win_512_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 719.1,
    "cint16xcint16_pt_512_win_512_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1231.2,
    "cint16xcint16_pt_512_win_512_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_512_win_512_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1246.4,
    "cint16xcint16_pt_512_win_512_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_512_win_512_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 1273.6,
    "cint16xcint16_pt_512_win_512_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_512_win_512_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 1300.8,
    "cint16xcint16_pt_512_win_512_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_512_win_1024_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 3448.8,
    "cint16xcint16_pt_512_win_1024_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 733.5,
    "cint16xcint16_pt_512_win_1024_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 2316.8,
    "cint16xcint16_pt_512_win_1024_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_512_win_1024_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 2348.0,
    "cint16xcint16_pt_512_win_1024_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_512_win_1024_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 2379.2,
    "cint16xcint16_pt_512_win_1024_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_512_win_1024_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 2410.4,
    "cint16xcint16_pt_512_win_1024_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_768_win_768_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 2595.2,
    "cint16xcint16_pt_768_win_768_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 736.2,
    "cint16xcint16_pt_768_win_768_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 1792.8,
    "cint16xcint16_pt_768_win_768_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1215.2,
    "cint16xcint16_pt_768_win_768_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 1782.4,
    "cint16xcint16_pt_768_win_768_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_768_win_768_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 1809.6,
    "cint16xcint16_pt_768_win_768_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_768_win_768_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 1836.8,
    "cint16xcint16_pt_768_win_768_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_768_win_1536_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 5026.4,
    "cint16xcint16_pt_768_win_1536_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 746.2,
    "cint16xcint16_pt_768_win_1536_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 3405.6,
    "cint16xcint16_pt_768_win_1536_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1245.9,
    "cint16xcint16_pt_768_win_1536_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 3420.0,
    "cint16xcint16_pt_768_win_1536_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_768_win_1536_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 3451.2,
    "cint16xcint16_pt_768_win_1536_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_768_win_1536_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 3482.4,
    "cint16xcint16_pt_768_win_1536_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1728_win_1728_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 6860.0,
    "cint16xcint16_pt_1728_win_1728_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 635.1,
    "cint16xcint16_pt_1728_win_1728_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 4443.2,
    "cint16xcint16_pt_1728_win_1728_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1150.2,
    "cint16xcint16_pt_1728_win_1728_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 4228.0,
    "cint16xcint16_pt_1728_win_1728_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1728_win_1728_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 4255.2,
    "cint16xcint16_pt_1728_win_1728_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1728_win_1728_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 4282.4,
    "cint16xcint16_pt_1728_win_1728_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1728_win_3456_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 13556.0,
    "cint16xcint16_pt_1728_win_3456_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 638.4,
    "cint16xcint16_pt_1728_win_3456_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 8706.4,
    "cint16xcint16_pt_1728_win_3456_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1161.0,
    "cint16xcint16_pt_1728_win_3456_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 8311.2,
    "cint16xcint16_pt_1728_win_3456_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1728_win_3456_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 8342.4,
    "cint16xcint16_pt_1728_win_3456_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_1728_win_3456_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 8373.6,
    "cint16xcint16_pt_1728_win_3456_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_2304_win_2304_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 8444.0,
    "cint16xcint16_pt_2304_win_2304_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 677.2,
    "cint16xcint16_pt_2304_win_2304_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 5343.2,
    "cint16xcint16_pt_2304_win_2304_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_2304_win_2304_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 5370.4,
    "cint16xcint16_pt_2304_win_2304_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_2304_win_2304_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 5397.6,
    "cint16xcint16_pt_2304_win_2304_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_2304_win_2304_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 5424.8,
    "cint16xcint16_pt_2304_win_2304_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_2304_win_4608_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 16724.0,
    "cint16xcint16_pt_2304_win_4608_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 680.0,
    "cint16xcint16_pt_2560_win_2560_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 10418.4,
    "cint16xcint16_pt_2560_win_2560_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 620.0,
    "cint16xcint16_pt_2560_win_2560_casc_2_nifft_0_api_0_dyn_0_sb_0.latency": 6920.0,
    "cint16xcint16_pt_2560_win_2560_casc_2_nifft_0_api_0_dyn_0_sb_0.throughput": 1080.4,
    "cint16xcint16_pt_2560_win_2560_casc_3_nifft_0_api_0_dyn_0_sb_0.latency": 6301.6,
    "cint16xcint16_pt_2560_win_2560_casc_3_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_2560_win_2560_casc_4_nifft_0_api_0_dyn_0_sb_0.latency": 6328.8,
    "cint16xcint16_pt_2560_win_2560_casc_4_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_2560_win_2560_casc_5_nifft_0_api_0_dyn_0_sb_0.latency": 6356.0,
    "cint16xcint16_pt_2560_win_2560_casc_5_nifft_0_api_0_dyn_0_sb_0.throughput": 1250.0,
    "cint16xcint16_pt_2560_win_5120_casc_1_nifft_0_api_0_dyn_0_sb_0.latency": 20672.8,
    "cint16xcint16_pt_2560_win_5120_casc_1_nifft_0_api_0_dyn_0_sb_0.throughput": 622.1,
    "cint16xcint16_pt_128_win_128_casc_1_nifft_0_api_0_dyn_0_sb_1.latency": 681.6,
    "cint16xcint16_pt_128_win_128_casc_1_nifft_0_api_0_dyn_0_sb_1.throughput": 363.6,
    "cint16xcint16_pt_128_win_128_casc_2_nifft_0_api_0_dyn_0_sb_1.latency": 644.0,
    "cint16xcint16_pt_128_win_128_casc_2_nifft_0_api_0_dyn_0_sb_1.throughput": 489.3,
    "cint16xcint16_pt_128_win_256_casc_1_nifft_0_api_0_dyn_0_sb_1.latency": 1235.2,
    "cint16xcint16_pt_128_win_256_casc_1_nifft_0_api_0_dyn_0_sb_1.throughput": 376.5,
    "cint16xcint16_pt_128_win_256_casc_2_nifft_0_api_0_dyn_0_sb_1.latency": 1128.0,
    "cint16xcint16_pt_128_win_256_casc_2_nifft_0_api_0_dyn_0_sb_1.throughput": 521.2,
    "cint16xcint16_pt_256_win_256_casc_1_nifft_0_api_0_dyn_0_sb_1.latency": 1017.6,
    "cint16xcint16_pt_256_win_256_casc_1_nifft_0_api_0_dyn_0_sb_1.throughput": 448.2,
    "cint16xcint16_pt_256_win_256_casc_2_nifft_0_api_0_dyn_0_sb_1.latency": 938.4,
    "cint16xcint16_pt_256_win_256_casc_2_nifft_0_api_0_dyn_0_sb_1.throughput": 619.0,
    "cint16xcint16_pt_256_win_512_casc_1_nifft_0_api_0_dyn_0_sb_1.latency": 1907.2,
    "cint16xcint16_pt_256_win_512_casc_1_nifft_0_api_0_dyn_0_sb_1.throughput": 457.8,
    "cint16xcint16_pt_256_win_512_casc_2_nifft_0_api_0_dyn_0_sb_1.latency": 1740.8,
    "cint16xcint16_pt_256_win_512_casc_2_nifft_0_api_0_dyn_0_sb_1.throughput": 637.5,
}

BLIND_SUMMARY = (
    "124 figures predicted (62 rows: cint16 mixed-radix FFTs of 32 / 64 / 96 / 128 / 160 / 192 / 288 / 320 points on "
    "1-5 kernels, windows of 1 and 2 frames). Blind, first run: 52 of 124 within 10 %, median |error| 11.9 % "
    "(latency 24 of 62, median 12.6 %; throughput 28 of 62, median 10.5 %). The model is fast on most rows "
    "(throughput high, latency low), more so with two frames per window and with radix-3 stages (96, 192, 288)")
BLIND_MORE_SUMMARY = (
    "216 more figures predicted (108 rows: cint16 mixed-radix FFTs of 256 .. 2560 points on 1-5 kernels, windows of 1 "
    "and 2 frames, SINGLE_BUF 0; 128 / 256 points on 1-2 kernels with SINGLE_BUF 1). Blind, one run of the unchanged "
    "model: 114 of 216 within 10 %, median |error| 9.3 % (latency 41 of 108, median 12.3 %; throughput 73 of 108, "
    "median 4.2 %; SINGLE_BUF 1: 15 of 16). 61 of the 108 rows run at the 64-bit PLIO rate in the model. Fast again "
    "on two-frame windows and radix-3 sizes (864, 1152, 1728, 2304)")

#: MM2S_CHAINED_BD_CHANGE (session 14, device file ``dma_mm2s_chained_bd_extra_cycles``, calibrated on C13 / C11,
#: validation/cases_c11.py PINGPONG_DIAGNOSTIC): figures it brought within 10 %; their entries above no longer apply.
_MM2S_CHAINED_BD_IN = (
    'c26.mixed_radix_fft.cint16xcint16_pt_384_win_384_casc_5_nifft_0_api_0_dyn_0_sb_0.latency',
)
for _k in _MM2S_CHAINED_BD_IN:
    del KNOWN_OFF[_k]
