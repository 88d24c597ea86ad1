"""C24 (held out): DSPLib dds_mixer_lut on AIE-ML, TT_DATA cint16, mixer modes 1 and 2, xcve2802 at 1.25 GHz.

Source: Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/dds_mixer_lut_benchmark.csv at commit
40865147a756804294a7368c08f611b033f2b770 (370554 characters; its AIE-ML rows start near offset 213900 and were read
on the index's read_file pages at offsets 200000, 216000 and 232000), ``data/dsplib_dds_mixer_aieml.csv``: the header
and the 20 rows with AIE_VARIANT exactly ``AIE-ML``, TT_DATA ``cint16``, TP_MIXER_MODE 1 or 2, TP_API 0, TP_SSR 1 and
TP_USE_PHASE_RELOAD, TP_PHASE_RELOAD_API, TP_USE_PHASE_INC_RELOAD, SINGLE_BUF all 0 (TP_SFDR 40 / 80, windows 64 /
128 / 256 / 512 / 4096), unchanged and in file order (copied by hand). Not copied (refused by
:class:`~aiesim_py.kernels.dds_mixer.DdsMixerParams` with its reason): mixer mode 0 (DDS only, no input: latency
-1), the phase / phase-increment reload rows (RTP or iobuffer ports), TP_API 1 (streams), TP_SSR > 1, and the
cint32 rows (cint32 x cint32 mixer multiplies, emulated). The second DSPLib element the brief named,
``dds_mixer`` (dds_mixer_benchmark.csv @b5868f22, pages 0-16000 and 108000-end read: AIE rows only), has no
AIE-ML configuration: ``dds_mixer_graph.hpp`` @0d8795bc static_asserts ``__SINCOS_IN_HW__ == 1`` and
``device_defs.h`` sets it to 0 on AIE-ML ("Please use the dds_mixer_lut library element"), so C24 is the LUT DDS only.
Not part of ../shared/validation: no constant of the model was set on these rows. Caveat (as C16 / C19): the measured
figures were on the pages read to copy them, before the model was written; the kernel model
(:mod:`aiesim_py.kernels.dds_mixer`) was written from the source (ops counted from dds_mixer.cpp /
dds_mixer_utils.hpp and the AIE API headers, no constant fitted), and no predicted figure was compared before
:data:`BLIND` was recorded.

Harness (dsp/L2/tests/aie/dds_mixer_lut @0d8795bc): test.hpp gives each data input (``in1``, mode 2 also ``in2``)
and the output one 64-bit PLIO each (``PLIO_in1_0`` / ``PLIO_in2_0`` / ``PLIO_out_0``), no location constraint (the
kernel placed as C13 / C16 / C19's: column 0, :data:`cases_c5.KERNEL_ROW`); the LUTs are graph parameters bound to
the kernel (``dds_mixer_lut_graph.hpp``: ``connect<>(ddsLut1, kernel)``), not streamed. helper.mk:
``get_latency.tcl ./aiesimulator_output T_input_0_0.txt ./data/uut_output_0_0.txt .. $(INPUT_WINDOW_VSIZE)
$(NITER)``: throughput = INPUT_WINDOW_VSIZE samples over the interval between the first input beats of two
iterations of ``in1``, latency = ``in1``'s first input beat to the first output beat, at
:func:`cases_c5.stable_iteration`. NITER: 8, every ``*_aie2_hw_qor`` entry of
dsp/L2/tests/aie/dds_mixer_lut/multi_params.json @0e6b76d6 (e.g. ``cint16_2_0_512_0_1_8_..._aie2_hw_qor``). PLIO 625
MHz as the other DSPLib cases.

Predicted: all 20 rows (40 figures); nothing in the data file is refused.

Blind (first run, before any comparison; every figure in :data:`BLIND`): **8 of 40 figures within 10 %, median
|error| 30.1 %** (latency 2 of 20, throughput 6 of 20; mode 1: 8 of 20, median 13.8 %; mode 2: 0 of 20, median
48.7 %). The blind model pipelined the loop at its slot bound (II 17-27 cycles per 64 samples), so the rows of 256
samples and more were PLIO-bound (1250 MSa/s) and every latency was short. One change after seeing the errors,
``SERIAL_TRIPS_CHANGE`` (kernels.dds_mixer :data:`~aiesim_py.kernels.dds_mixer.SERIAL_TRIPS`: the trips run one
after the other, each its dependence chain; suggested by the measured per-64-sample slopes, no public source; the
mechanism first guessed there was refuted by a review of the source, see kernels.dds_mixer): **17 of 40 within 10 %, median 12.8 %** (latency 7 of 20, throughput 10 of 20;
mode 1: 17 of 20, median 5.2 %; mode 2: 0 of 20, median 20.6 %). No other case uses the family. Off (23, in
:data:`KNOWN_OFF`): every mode-2 figure (model 11-30 % fast) and three mode-1 latencies.

Session 13 (2026-12-07, nothing applied, 17 of 40 unchanged): :data:`KERNEL_TIME_DIAGNOSTIC` derives the kernel
cycles per call and per trip from the measured intervals, shows that every latency miss follows the kernel-time
miss, that the mode-2 trips are ~17-24 cycles longer than the modelled chain while mode 1 matches, and that the
benchmark's PROGRAM_MEMORY column supports SERIAL_TRIPS for three of the four configurations (the SFDR-40 mode-1
loop is the pipelined one); the AIE API candidates for mode 2 were read and are too small.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from aiesim_py.graph import KernelGraph
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import families
from aiesim_py.kernels.dds_mixer import KIND, DdsMixerParams, dds_mixer_cycles

import cases_c5  # noqa: E402  (next to this file: the DSPLib harness shared with C5 / C7..C22)

assert families.FAMILIES[KIND] == (DdsMixerParams, dds_mixer_cycles)

DATA = Path(__file__).resolve().parent / "data" / "dsplib_dds_mixer_aieml.csv"
SOURCE = ("Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/dds_mixer_lut_benchmark.csv @40865147 "
          "(validation/data/dsplib_dds_mixer_aieml.csv: its AIE-ML cint16 mixer mode 1 / 2 TP_API 0 SSR 1 rows "
          "without phase reload)")
DEVICE = cases_c5.DEVICE
ITERATIONS = 8
KERNEL_TILE = (0, cases_c5.KERNEL_ROW)

MODE2_OFF = (
    "mixer mode 2 (two inputs, conj + MAC per 8 samples): the model is 11-30 % fast on every figure. Even the "
    "one-trip 64-sample kernel, where pipelining plays no part, is short: measured intervals ~138 / 145 cycles "
    "(SFDR 40 / 80) against 114 / 128 modelled, and the per-64-sample slopes (~83 / 91 cycles) exceed the "
    "modelled chain (64 / 78) by ~20 cycles, ~2.5 per 8 samples. Not identified; candidates not costed: the "
    "source's second to_vector SRS of dds_acc per step (kept if the compiler treats SRS as writing the saturation "
    "status), the zero upper halves the AIE API's 8-lane cint16 multiply inserts, memory-bank conflicts between "
    "the two input buffers and the output. Session 13 (KERNEL_TIME_DIAGNOSTIC): the two AIE API candidates above "
    "are confirmed in the source but add at most ~8 cycles per trip each, against the ~24 / ~17 cycles per trip "
    "missing; the latencies follow once the kernel time does. Not tuned")
M1_LATENCY_OFF = (
    "mode 1 latency with SERIAL_TRIPS_CHANGE: the SFDR-40 kernel is modelled at 56 cycles per trip while the "
    "measured slopes (128 vs 64 samples) give ~41-45, so consecutive trips overlap partly there; the 4096-sample "
    "latencies carry 64 trips of that excess (+20 % SFDR 40, +11 % SFDR 80; the blind pipelined model was -17.5 "
    "% / -36 %). Session 13 (KERNEL_TIME_DIAGNOSTIC): in the benchmark's own PROGRAM_MEMORY column the SFDR-40 "
    "mode-1 loop costs 272-320 code bytes over its one-trip kernel against 48-64 for the other three "
    "configurations (a software-pipelined prologue / epilogue there only), so SFDR-40 mode 1 is the one "
    "configuration whose trips overlap; its II is not derivable from the source. Not tuned")
_MODE2_KEYS = [f"cint16_m2_sfdr{s}_w{w}.{q}" for s in (40, 80) for w in (64, 128, 256, 512, 4096)
               for q in ("latency", "throughput")]
_M1_LATENCY_KEYS = ["cint16_m1_sfdr40_w128.latency", "cint16_m1_sfdr40_w4096.latency",
                    "cint16_m1_sfdr80_w4096.latency"]

#: Session 13 (2026-12-07) diagnosis of the C24 misses; nothing applied, no figure changed (17 of 40 before and
#: after). Read from the measured figures only (interval = window / throughput x 1.25 GHz, in cycles).
KERNEL_TIME_DIAGNOSTIC = """
1. Kernel cycles implied by the measured intervals (kernel-bound rows; SFDR-40 mode 1 is PLIO-bound from 256
   samples: 260.2 / 516.5 / 4102.6 cycles against 256 / 512 / 4096 at one sample per cycle):

   config        interval per call, 64 / 128 / 256 / 512 / 4096 samples   per-trip slope (64 samples)     one-trip body
   m1 SFDR 40    100.0 / 141.3 / (260.2 / 516.5 / 4102.6 PLIO)           41.3 (64->128 only)             60.0
   m1 SFDR 80    110.0 / 181.4 / 314.0 / 574.0 / 4210.5                  71.4, 66.3, 65.0, 64.9          70.0
   m2 SFDR 40    137.7 / 227.6 / 397.5 / 726.4 / 5378.2                  89.9, 85.0, 82.2, 83.1          87.7
   m2 SFDR 80    145.2 / 254.0 / 443.8 / 810.1 / 5891.8                  108.8, 94.9, 91.6, 90.7         95.2

   (one-trip body = the 64-sample interval minus the model's ADF call overhead, 40 cycles for two buffer ports, 50
   for three). Per 8-sample output vector at 4096 samples: 8.1 (m1 SFDR 80), 10.4 (m2 SFDR 40), 11.3 (m2 SFDR 80)
   cycles, against a slot bound of 2.4 / 3.1 / 3.4 (the blind model's II 19 / 25 / 27 per trip): the kernel runs at
   one third of its issue bound, so no slot count explains it; it is a latency (dependence) effect.
   Model (SERIAL_TRIPS, per trip = the trip's chain): 56 / 70 / 64 / 78. Mode 1 matches the one-trip bodies (-4 /
   0 cycles) and m1 SFDR 80's slope (70 vs 65); mode 2 is short by ~24 (SFDR 40) and ~17 (SFDR 80) cycles per trip,
   ~2-3 cycles per 8-sample step, on the one-trip kernel as much as on the slopes.
2. The latency misses are the kernel-time misses: forcing each trip to the measured slope (diagnostic run, not
   kept: 45 / 65 / 83 / 91) brings every mode-2 and m1 SFDR-80 latency and throughput within 7.2 % (most within 3
   %), so the harness reading, the ADF call overhead and the output-side latency are not at fault.
3. Pipelining per configuration, from the benchmark's own PROGRAM_MEMORY column (bytes; 64 / 128 / 256 / 512 /
   4096 samples): m1 SFDR 40 2224 / 2496 / 2544 / 2544 / 2560; m1 SFDR 80 2464 / 2528 / 2528 / 2528 / 2544;
   m2 SFDR 40 2480 / 2528 x 4; m2 SFDR 80 2736 / 2784 x 4. Going from the straight-line one-trip kernel to a loop
   adds 48-64 bytes for three configurations (loop set-up only: no prologue / epilogue copies, i.e. the trips are
   not overlapped, supporting SERIAL_TRIPS there) but ~320 bytes for m1 SFDR 40, the one configuration whose
   measured second trip (41 cycles) is shorter than its one-trip body (60): a software-pipelined loop there. The
   model has no sourced rule for which loops the compiler pipelines, so this is recorded, not applied.
4. Mode-2 mechanisms checked in the AIE API source (jgmelber/aie_api detail/aie2/mul_acc64.hpp @306ac2c1,
   mul_bits_impl<.., 64, 32, cint16, 32, cint16>): an 8-lane cint16 x cint16 multiply is one mul_elem_8_2 /
   mac_elem_8_2 whose first operand is grown to 16 lanes with a zero upper half (``insert(1, zeros)``): one register
   move per mixer multiply on the input vector (mode 1: 8 per trip, mode 2: 16), off the chain (the input load
   feeds it); accum<cacc32, 8> and the cacc64 result share one storage type on AIE2 (detail/aie2/accum.hpp
   @4760f101: complex integer accumulators are always 64-bit), so the source's cacc32 accumulators cost no
   conversion; aie::conj is one addsub (detail/aie2/conj.hpp). Those moves and a second (un-merged) SRS per step
   would raise the mode-2 move-slot count from 13 to 37 per trip (MAC slot 25): at most ~12 cycles more even if all
   fell on the chain, against ~17-24 missing, and mode 1 would get the same 8 moves per trip (13 -> 21 against
   its MAC 17) where the model already matches its one-trip bodies. Bank conflicts need two accesses
   to one bank in one cycle; the benchmark's NUM_BANKS (6-7 for mode 2 at 64 samples) leaves room for every buffer
   in its own bank. Not identified.
5. Post-hoc observation, NOT a mechanism and not applied: setting the trip time to the model's total op count per
   trip (all slots summed: 61 / 71 / 85 / 95, i.e. one op per cycle) gives 33 of 40 within 10 % (median 3.0 %;
   every mode-2 figure within 5.4 %), but fails the SFDR-40 mode-1 multi-trip rows (+13..+25 % latency) and no
   public source says this loop issues one op per bundle; it matches the one-trip bodies (60 / 70 / 88 / 95) within
   3 cycles, which is what makes it worth recording.
"""

#: key -> why the prediction is outside 10 % (listed after the blind run and SERIAL_TRIPS_CHANGE)
KNOWN_OFF: dict[str, str] = {**{f"c24.dds_mixer.{k}": MODE2_OFF for k in _MODE2_KEYS},
                             **{f"c24.dds_mixer.{k}": M1_LATENCY_OFF for k in _M1_LATENCY_KEYS}}

#: the blind prediction of every predicted figure (first run, before any comparison), key without the
#: ``c24.dds_mixer.`` prefix -> predicted value (ns or MSa/s). Kept for the record, not used.
BLIND: dict[str, float] = {
    "cint16_m1_sfdr40_w64.latency": 284.8,
    "cint16_m1_sfdr40_w64.throughput": 833.3,
    "cint16_m1_sfdr40_w128.latency": 267.2,
    "cint16_m1_sfdr40_w128.throughput": 1250.0,
    "cint16_m1_sfdr40_w256.latency": 396.8,
    "cint16_m1_sfdr40_w256.throughput": 1250.0,
    "cint16_m1_sfdr40_w512.latency": 656.0,
    "cint16_m1_sfdr40_w512.throughput": 1250.0,
    "cint16_m1_sfdr40_w4096.latency": 4284.8,
    "cint16_m1_sfdr40_w4096.throughput": 1250.0,
    "cint16_m1_sfdr80_w64.latency": 329.6,
    "cint16_m1_sfdr80_w64.throughput": 727.3,
    "cint16_m1_sfdr80_w128.latency": 289.6,
    "cint16_m1_sfdr80_w128.throughput": 1250.0,
    "cint16_m1_sfdr80_w256.latency": 412.8,
    "cint16_m1_sfdr80_w256.throughput": 1250.0,
    "cint16_m1_sfdr80_w512.latency": 678.4,
    "cint16_m1_sfdr80_w512.throughput": 1250.0,
    "cint16_m1_sfdr80_w4096.latency": 4396.8,
    "cint16_m1_sfdr80_w4096.throughput": 1250.0,
    "cint16_m2_sfdr40_w64.latency": 342.4,
    "cint16_m2_sfdr40_w64.throughput": 701.8,
    "cint16_m2_sfdr40_w128.latency": 323.2,
    "cint16_m2_sfdr40_w128.throughput": 1111.1,
    "cint16_m2_sfdr40_w256.latency": 430.4,
    "cint16_m2_sfdr40_w256.throughput": 1250.0,
    "cint16_m2_sfdr40_w512.latency": 715.2,
    "cint16_m2_sfdr40_w512.throughput": 1250.0,
    "cint16_m2_sfdr40_w4096.latency": 4702.4,
    "cint16_m2_sfdr40_w4096.throughput": 1250.0,
    "cint16_m2_sfdr80_w64.latency": 387.2,
    "cint16_m2_sfdr80_w64.throughput": 625.0,
    "cint16_m2_sfdr80_w128.latency": 361.6,
    "cint16_m2_sfdr80_w128.throughput": 1000.0,
    "cint16_m2_sfdr80_w256.latency": 446.4,
    "cint16_m2_sfdr80_w256.throughput": 1250.0,
    "cint16_m2_sfdr80_w512.latency": 737.6,
    "cint16_m2_sfdr80_w512.throughput": 1250.0,
    "cint16_m2_sfdr80_w4096.latency": 4814.4,
    "cint16_m2_sfdr80_w4096.throughput": 1250.0,
}

BLIND_SUMMARY = (
    "40 figures predicted (20 rows: cint16, mixer modes 1 / 2, SFDR 40 / 80 (1 / 2 tables), windows 64..4096). "
    "Blind, first run: 8 of 40 within 10 %, median |error| 30.1 % (latency 2 of 20, median 33.7 %; throughput 6 of "
    "20, median 21.7 %; mode 1 8 of 20, mode 2 0 of 20): the pipelined loop (II 17-27 per 64 samples) was 2.5-4x "
    "faster than the measured per-64-sample slopes. One change after: SERIAL_TRIPS_CHANGE (trips one after the "
    "other, no public source): 17 of 40, median 12.8 % (mode 1 17 of 20, median 5.2 %; mode 2 0 of 20, median "
    "20.6 %). Not copied (refused by the model with a reason): mode 0, phase reload, stream, SSR > 1, cint32 rows; "
    "dds_mixer (inbuilt sincos) has no AIE-ML build")


def _rows(path: Path = DATA) -> list[dict]:
    return cases_c5._rows(path)


def _key(r: dict) -> tuple:
    return (r["TT_DATA"], int(r["TP_MIXER_MODE"]), int(r["TP_INPUT_WINDOW_VSIZE"]), int(r["TP_SFDR"]),
            "stream" if int(r["TP_API"]) else "buffer", int(r["TP_SSR"]), bool(int(r["TP_USE_PHASE_RELOAD"])),
            bool(int(r["TP_USE_PHASE_INC_RELOAD"])), bool(int(r["SINGLE_BUF"])))


def _slug(r: dict) -> str:
    d, mode, w, sfdr, api, ssr, reload, inc, single = _key(r)
    extra = "".join((f" {api}" if api != "buffer" else "", f" ssr{ssr}" if ssr != 1 else "",
                     " phase reload" if reload else "", " inc reload" if inc else "", " single buf" if single else ""))
    return re.sub(r"[^a-z0-9]+", "_", f"{d} m{mode} sfdr{sfdr} w{w}{extra}".lower())


def dds_mixer_design(dtype: str, mode: int, window: int, sfdr: int, interface: str = "buffer", ssr: int = 1,
                     reload: bool = False, inc_reload: bool = False, single: bool = False):
    """The Design of one benchmark row: the kernel on :data:`KERNEL_TILE`, PLIOs ``in0`` (``in1`` in DSPLib's
    names), mode 2 also ``in1`` (DSPLib's ``in2``), and ``out0``.

    Raises:
        ValueError / CompileError: a configuration the kernel cost model refuses (the reason given).
    """
    p = DdsMixerParams(dtype, mode, window, sfdr, interface, ssr, reload, inc_reload, single)
    g = KernelGraph(DEVICE, f"dds_mixer_{dtype}_m{mode}_s{sfdr}_w{window}" + ("_single" if single else ""))
    g.add_kernel("dds", KIND, p, KERNEL_TILE)
    for i in range(mode):
        g.add_plio_in(f"in{i}", f"dds.in[{i}]", dtype, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
    g.add_plio_out("out0", "dds.out[0]", dtype, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
    return g.design()


@functools.lru_cache(maxsize=None)
def simulate_row(dtype: str, mode: int, window: int, sfdr: int, interface: str = "buffer", ssr: int = 1,
                 reload: bool = False, inc_reload: bool = False, single: bool = False):
    """(latency ns, throughput MSa/s, detail) of one row, read like get_latency.tcl.

    Raises:
        SimulationError: a design the timing model does not run.
    """
    d = dds_mixer_design(dtype, mode, window, sfdr, interface, ssr, reload, inc_reload, single)
    k = DdsMixerParams(dtype, mode, window, sfdr, interface, ssr, reload, inc_reload, single)
    latency_ns, throughput, period, gaps, p = cases_c5.dsplib_figures(d, ITERATIONS, window, "in0", "out0")
    cost = dds_mixer_cycles(k, AIE_ML_CORE)
    return (latency_ns, throughput,
            f"kernel {cost.total_cycles} cycles/call (II {cost.ii_cycles} per 64 samples, {cost.trips} trips, "
            f"{k.luts} table(s)), interval {period} cycles (last three {gaps}), "
            f"DMA {cases_c5.dma_cycles(k.ports(), p)} cycles")


def measurements(path: Path = DATA) -> list[dict]:
    """One latency (ns) and one throughput (MSa/s) measurement per row of ``path`` (run.py's measurement rows)."""
    return cases_c5.benchmark_measurements(
        _rows(path), "C24", "dds_mixer", _slug, SOURCE,
        lambda r: (f"xcve2802 1.25 GHz, 64-bit PLIOs 625 MHz, NITER {ITERATIONS} (the harness's QoR entries); "
                   f"dds_mixer_lut, TP_MIXER_MODE {r['TP_MIXER_MODE']}, TP_SFDR {r['TP_SFDR']}, "
                   f"SINGLE_BUF {r['SINGLE_BUF']}, NUM_AIE {r['NUM_AIE']}"))


def predictors(prediction, not_modelled) -> dict:
    """key -> zero-argument predictor of each row's latency and throughput; refused configurations are
    returned as not modelled with the model's own reason."""
    return cases_c5.benchmark_predictors(
        "c24.dds_mixer", _rows(), _slug, _key, not_modelled,
        functools.partial(cases_c5.predict_or_reason, prediction, not_modelled, simulate_row),
        refuse=lambda r: cases_c5.refusal(DdsMixerParams, *_key(r)))


if __name__ == "__main__":
    import json
    import sys
    out = []
    for r in _rows():
        key = _key(r)
        if cases_c5.refusal(DdsMixerParams, *key):
            continue
        lat, thr, detail = simulate_row(*key)
        out.append((_slug(r), lat, thr, detail))
    json.dump(out, sys.stdout)
#: figures MM2S_CHAINED_BD_CHANGE moved outside 10 % (each was within before it)
KNOWN_OFF.update({
    'c24.dds_mixer.cint16_m1_sfdr40_w512.latency':
        "MM2S_CHAINED_BD_CHANGE (session 14): the output MM2S's 4 more cycles per chained BD add ~60 cycles to the latency read at iteration 16 (get_latency.tcl); this latency was within 10 % before the change and is now +11.4 % (the model's kernel or input side here already long)",
})
