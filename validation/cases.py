"""Predictions for the calibration cases of ../shared/validation/README.md (C1..C6).

Every row of ``measurements.csv`` names a ``key``; :data:`PREDICTORS` maps the key to a
function that builds the case in aiesim_py and returns a :class:`Prediction`: a number in
the row's unit, or ``None`` with the reason the model cannot express the case yet.

How each case is built:

* C1 (64x64x64 int8 mmul 4x16x8 kernels): ``dense_cycles`` on a DenseParams with the
  tutorial's shapes and a :class:`DenseSchedule` per kernel version (expansion 1x1 or 2x1,
  no bias, int16 or raw int32 lanes out); compared with ``function_cycles`` (aiesimulator's
  "Total Function Time" leaves out the ADF wrapper's lock operations).
* C2 (mlir-aie vector x scalar): the ``isa.timing`` loop model directly (scalar loop,
  unpipelined and pipelined vector loops); the DMA figure from ``sim.timing.dma.Transfer``;
  the bf16 64x64x64 matmul from ``dense_cycles`` (bf16 4x8x4, 2x2 groups) per z iteration.
* C3 (hls4ml-backend dense chains): ``compile_model`` of an n-layer 48->48 (64->64,
  128->128) int8 MLP with ReLU after every layer, batch 8, one tile per layer (1x1), then
  ``simulate``: first input beat to first output beat of iteration 0.
* C4 burst: the PLIO rate of ``TimingParams``.
* C6 (shim DMA, Phoenix): validation/cases_c6.py, one simulated shim BD task per row.
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from aiesim_py.arch import load_device
from aiesim_py.compiler import compile_model
from aiesim_py.compiler.frontends.topology import graph_from_spec
from aiesim_py.compiler.ir import DenseNode, ReluNode
from aiesim_py.isa.timing import AIE_ML_CORE, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.dense import DenseParams, DenseSchedule, dense_cycles
from aiesim_py.sim.timing import TimingParams, simulate
from aiesim_py.sim.timing.dma import ChannelCounters, Transfer


@dataclass(frozen=True)
class Prediction:
    value: float | None
    reason: str = ""          # why value is None (not modelled yet)
    detail: str = ""          # how the value was obtained


def not_modelled(reason: str) -> Prediction:
    return Prediction(None, reason)


# --- C1 -----------------------------------------------------------------------------------
C1_PARAMS = {16: DenseParams(role="single", batch=64, k=64, n=64, mmul_m=4, mmul_k=16, mmul_n=8,
                             out_bits=16, shift=6),
             32: DenseParams(role="single", batch=64, k=64, n=64, mmul_m=4, mmul_k=16, mmul_n=8,
                             out_bits=16, shift=0)}
#: basic: one accumulator (1x1), A rewound once per output tile; optimised: two A microtiles
#: (interleaved by the memory-tile tiling, one pointer) x one B, two accumulators (2x1).
C1_VERSIONS = {"basic": DenseSchedule(expansion=(1, 1), a_streams=1, bias=False),
               "opt": DenseSchedule(expansion=(2, 1), a_streams=1, bias=False)}


def _c1(version: str, out_bits: int):
    sched = dataclasses.replace(C1_VERSIONS[version], out_bits=32 if out_bits == 32 else None)
    return dense_cycles(C1_PARAMS[out_bits], AIE_ML_CORE, sched)


def c1_function(version: str, out_bits: int) -> Prediction:
    c = _c1(version, out_bits)
    return Prediction(c.function_cycles, detail=f"{c.groups} groups x II {c.group_ii_cycles} "
                      f"(finish {'overlapped' if c.finish_overlapped else 'serialized'}) + fill/call")


def c1_loop(version: str, out_bits: int) -> Prediction:
    c = _c1(version, out_bits)
    return Prediction(c.group_ii_cycles, detail="software-pipelined group loop II")


# --- C2 -----------------------------------------------------------------------------------
C2_N = 1024
C2_LANES = 32


def _c2_vector():
    """One iteration: 32 int16 (two 256-bit loads on port A), one VMUL to acc32, two
    VST.SRS (acc32 -> int16 fuses into the store)."""
    t = AIE_ML_CORE
    body = SlotUse(load_a=2, mac=1, store=2)
    depth = critical_path((2, t.vload_latency), (1, t.vmac_latency), (2, 0))
    return resource_ii(body, t), depth


def c2_scalar() -> Prediction:
    t = AIE_ML_CORE
    depth = critical_path((1, t.scalar_load_latency), (1, t.scalar_mul_latency), (1, 0))
    ii = resource_ii(SlotUse(load_any=1, scalar=1, store=1), t)
    return Prediction(loop_cycles(C2_N, ii, depth, pipelined=False),
                      detail=f"{C2_N} x {depth} (LD -> MUL -> ST, unpipelined)")


def c2_vector(pipelined: bool, loop_only: bool = False) -> Prediction:
    ii, depth = _c2_vector()
    if loop_only:
        return Prediction(ii if pipelined else depth, detail="II" if pipelined else "critical path")
    trips = C2_N // C2_LANES
    return Prediction(loop_cycles(trips, ii, depth, pipelined),
                      detail=f"{trips} iterations, II {ii}, depth {depth}")


def c2_dma() -> Prediction:
    p = TimingParams.from_device(load_device("phoenix"))     # C2 is Phoenix NPU silicon
    tr = Transfer(C2_N * 2, float(p.dma_bytes_per_cycle), 0, 0, None, [], ChannelCounters("dma", "mm2s", "-"))
    return Prediction(tr.duration_cycles, detail=f"{C2_N * 2} B at {p.dma_bytes_per_cycle} B/cycle")


C2_MM = DenseParams(role="single", batch=64, k=64, n=64, mmul_m=4, mmul_k=8, mmul_n=4,
                    a_bits=16, w_bits=16, out_bits=16, arith="bf16")
#: mlir-aie aie_kernels/aie2/mm.cc ``matmul_vectorized`` (bf16 entry of the single_core design,
#: r,s,t = 4,8,4): per (z, j) group 2 A x 2 B microtiles into 4 accfloat accumulators that start
#: from the C tile in memory (load, widen: costed like a bias init) and are stored back as bf16
#: (VST.CONV); the K loop has a constant trip count (colA - 1 = 7) and the j loop carries
#: chess_prepare_for_pipelining, so the group loop is modelled software pipelined
#: ("overlapped"); the z loop (z += 2) is a plain loop: one pipeline fill per z.
C2_MM_SCHEDULE = DenseSchedule(expansion=(2, 2), a_streams=2, bias=True)


def c2_matmul() -> Prediction:
    """event0 .. event1 around the loop nest (no call overhead, no lock operations).

    ``z`` trips x (pipelined j loop of ``colB / 2`` groups at the dense model's group II
    and one-group depth + one taken branch of the z loop: ``branch_delay_slots`` bubbles,
    aieml-facts 4.2). Checked: the later mm.cc ``matmul_vectorized_2x2`` (4 A x 4 B, 16
    accumulators) would give 4 x (3 x 128 + 162 + 5) = 2204 (-13 %), so this row depends on
    the 2 x 2 kernel of the guide's time (assumption: not read at commit 05349c0d)."""
    t = AIE_ML_CORE
    c = dense_cycles(C2_MM, t, C2_MM_SCHEDULE)
    ra, rb = c.expansion
    z_trips = C2_MM.batch // (C2_MM.mmul_m * ra)
    j_trips = C2_MM.n // (C2_MM.mmul_n * rb)
    per_z = loop_cycles(j_trips, c.group_ii_cycles, c.group_cycles, pipelined=True) + t.branch_delay_slots
    return Prediction(z_trips * per_z, detail=f"{z_trips} z x ({j_trips} groups, II {c.group_ii_cycles}, "
                      f"depth {c.group_cycles} + {t.branch_delay_slots} branch)")


# --- C3 -----------------------------------------------------------------------------------
def c3_graph(width: int, layers: int):
    """n layers width->width, ReLU after every layer (hls4ml-backend USE_RELU on all)."""
    g = graph_from_spec("mlp:" + "-".join([str(width)] * (layers + 1)))
    last = [n for n in g.nodes if isinstance(n, DenseNode)][-1]
    g.nodes.append(ReluNode(f"relu{layers - 1}", last.output_type))
    return g


@functools.lru_cache(maxsize=None)
def c3_latency(width: int, layers: int) -> Prediction:
    d = compile_model(c3_graph(width, layers), batch=8, parallelism=",".join(["1x1"] * layers))
    r = simulate(d, iterations=2)
    k = r.kernels[0]
    return Prediction(r.latency_cycles, detail=f"kernel {k.cycles_per_call} cycles/call, "
                      f"{len(d.shared_buffers)} memory-tile buffers")


def c3_beat() -> Prediction:
    p = TimingParams.from_device(load_device("ve2802"))
    return Prediction(16 / p.plio_bytes_per_cycle(128, 312.5e6), detail="16 B beat / PLIO rate")


# --- C4 -----------------------------------------------------------------------------------
def c4_burst() -> Prediction:
    """32 cint16 samples on a 32-bit PLIO at 156.25 MHz, array clock 1 GHz (xcve2302)."""
    p = dataclasses.replace(TimingParams.from_device(load_device("ve2802")), clock_hz=1.0e9)
    cycles_per_sample = 4 / p.plio_bytes_per_cycle(32, 156.25e6)
    return Prediction(round(31 * cycles_per_sample * 1e9 / p.clock_hz, 3),
                      detail="31 beats after the first, PLIO rate")



PREDICTORS = {
    "c1.basic.int32": lambda: c1_function("basic", 32),
    "c1.basic.int16": lambda: c1_function("basic", 16),
    "c1.opt.int32": lambda: c1_function("opt", 32),
    "c1.opt.int16": lambda: c1_function("opt", 16),
    "c1.basic.int32.loop": lambda: c1_loop("basic", 32),
    "c1.opt.int16.loop": lambda: c1_loop("opt", 16),
    "c2.scalar": c2_scalar,
    "c2.vector": lambda: c2_vector(False),
    "c2.vector.loop": lambda: c2_vector(False, loop_only=True),
    "c2.vector_pipelined": lambda: c2_vector(True),
    "c2.vector_pipelined.loop": lambda: c2_vector(True, loop_only=True),
    "c2.dma": c2_dma,
    "c2.matmul": c2_matmul,
    "c3.48x1": lambda: c3_latency(48, 1),
    "c3.48x2": lambda: c3_latency(48, 2),
    "c3.48x3": lambda: c3_latency(48, 3),
    "c3.48x4": lambda: c3_latency(48, 4),
    "c3.48x8": lambda: c3_latency(48, 8),
    "c3.64x4": lambda: c3_latency(64, 4),
    "c3.64x4.beat": c3_beat,
    "c3.128x8": lambda: c3_latency(128, 8),
    "c4.burst": c4_burst,
}
# C4 (two scalar kernels, ve2302) and C5 (DSPLib kernels): validation/cases_c4.py, cases_c5.py
import cases_c4  # noqa: E402  (next to this file)
import cases_c5  # noqa: E402
PREDICTORS.update(cases_c4.predictors(Prediction, not_modelled))
PREDICTORS.update(cases_c5.predictors(Prediction, not_modelled))
# C6 (shim DMA on Phoenix silicon): validation/cases_c6.py
import cases_c6  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c6.predictors())

#: key -> why a predicted figure is outside 10 % (shown by run.py; tests/test_validation.py
#: keeps its own copy of the keys so that a new miss fails until it is explained there).
KNOWN_OFF: dict[str, str] = {**cases_c6.NOT_EXPLAINED, **cases_c5.KNOWN_OFF}
# C7 (held out: DSPLib matrix_mult on AIE-ML, data/dsplib_matrix_mult_aieml.csv): validation/cases_c7.py;
# its measured figures come from that data file (run.py measurement_rows)
import cases_c7  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c7.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c7.KNOWN_OFF)
# C8 (held out: DSPLib matrix_vector_mul on AIE-ML, data/dsplib_matrix_vector_mul_aieml.csv):
# validation/cases_c8.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c8  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c8.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c8.KNOWN_OFF)
# C9 (held out: DSPLib outer_tensor on AIE-ML, data/dsplib_outer_tensor_aieml.csv): validation/cases_c9.py;
# its measured figures come from that data file (run.py measurement_rows)
import cases_c9  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c9.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c9.KNOWN_OFF)
# C10 (held out: DSPLib kronecker on AIE-ML, data/dsplib_kronecker_aieml.csv): validation/cases_c10.py;
# its measured figures come from that data file (run.py measurement_rows)
import cases_c10  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c10.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c10.KNOWN_OFF)
# C11 (held out: DSPLib widget_api_cast on AIE-ML, data/dsplib_widget_api_cast_aieml.csv): validation/cases_c11.py;
# its measured figures come from that data file (run.py measurement_rows)
import cases_c11  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c11.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c11.KNOWN_OFF)
# C12 (held out: DSPLib fft_window on AIE-ML, data/dsplib_fft_window_aieml.csv): validation/cases_c12.py;
# its measured figures come from that data file (run.py measurement_rows)
import cases_c12  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c12.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c12.KNOWN_OFF)
# C13 (held out: DSPLib widget_real2complex on AIE-ML, data/dsplib_widget_real2complex_aieml.csv):
# validation/cases_c13.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c13  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c13.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c13.KNOWN_OFF)
# C14 (held out: DSPLib dft on AIE-ML, data/dsplib_dft_aieml.csv): validation/cases_c14.py; its measured
# figures come from that data file (run.py measurement_rows)
import cases_c14  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c14.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c14.KNOWN_OFF)
# C15 (held out: DSPLib conv_corr on AIE-ML, data/dsplib_conv_corr_aieml.csv): validation/cases_c15.py; its
# measured figures come from that data file (run.py measurement_rows)
import cases_c15  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c15.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c15.KNOWN_OFF)
# C16 (held out: DSPLib cumsum TP_MODE 1 on AIE-ML, data/dsplib_cumsum_aieml.csv): validation/cases_c16.py; its
# measured figures come from that data file (run.py measurement_rows)
import cases_c16  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c16.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c16.KNOWN_OFF)
# C17 (held out: DSPLib fir_sr_asym cint16 x int16 / cint16 x cint16 / int16 x int16 / 32-bit pairs TP_API 0 SSR 1 on
# AIE-ML, data/dsplib_fir_sr_asym_aieml.csv):
# validation/cases_c17.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c17  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c17.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c17.KNOWN_OFF)
# C18 (held out: DSPLib euclidean_distance, squared output, on AIE-ML, data/dsplib_euclidean_distance_aieml.csv):
# validation/cases_c18.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c18  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c18.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c18.KNOWN_OFF)
# C19 (held out: DSPLib func_approx int32 on AIE-ML, data/dsplib_func_approx_aieml.csv): validation/cases_c19.py; its
# measured figures come from that data file (run.py measurement_rows)
import cases_c19  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c19.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c19.KNOWN_OFF)
# C20 (held out: DSPLib fft_ifft_dit_1ch on AIE-ML, data/dsplib_fft_ifft_dit_1ch_aieml.csv): validation/cases_c20.py;
# its measured figures come from that data file (run.py measurement_rows)
import cases_c20  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c20.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c20.KNOWN_OFF)
# C21 (held out: DSPLib bitonic_sort int16 / int32, one kernel, on AIE-ML, data/dsplib_bitonic_sort_aieml.csv):
# validation/cases_c21.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c21  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c21.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c21.KNOWN_OFF)
# C22 (held out: DSPLib fir_decimate_asym cint16 x int16 TP_API 0 SSR 1 on AIE-ML, data/dsplib_fir_decimate_asym_aieml.csv):
# validation/cases_c22.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c22  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c22.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c22.KNOWN_OFF)
# C23 (held out: DSPLib fir_sr_sym cint16 x int16 / cint16 TP_API 0 SSR 1 on AIE-ML, which runs fir_sr_asym kernels,
# data/dsplib_fir_sr_sym_aieml.csv): validation/cases_c23.py; its measured figures come from that data file
import cases_c23  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c23.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c23.KNOWN_OFF)
# C24 (held out: DSPLib dds_mixer_lut cint16 mixer modes 1 / 2 TP_API 0 SSR 1 on AIE-ML, data/dsplib_dds_mixer_aieml.csv):
# validation/cases_c24.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c24  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c24.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c24.KNOWN_OFF)
# C25 (held out: DSPLib fir_interpolate_asym cint16 x int16 / cint16 TP_API 0 SSR 1 on AIE-ML,
# data/dsplib_fir_interpolate_asym_aieml.csv): validation/cases_c25.py; its measured figures come from that data file
import cases_c25  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c25.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c25.KNOWN_OFF)
# C26 (held out: DSPLib mixed_radix_fft cint16 TP_API 0 on AIE-ML, data/dsplib_mixed_radix_fft_aieml.csv):
# validation/cases_c26.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c26  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c26.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c26.KNOWN_OFF)
# C27 (held out: DSPLib fir_decimate_sym cint16 x int16 TP_API 0 SSR 1 on AIE-ML, which runs fir_decimate_asym
# kernels, data/dsplib_fir_decimate_sym_aieml.csv): validation/cases_c27.py; its measured figures come from that data
# file (run.py measurement_rows)
import cases_c27  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c27.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c27.KNOWN_OFF)
# C28 (held out: DSPLib fir_tdm cint16 x cint16 TP_API 0 SSR 1 on AIE-ML, data/dsplib_fir_tdm_aieml.csv):
# validation/cases_c28.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c28  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c28.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c28.KNOWN_OFF)
# C29 (held out: DSPLib fir_decimate_hb cint16 x int16 TP_API 0 SSR 1 PARA_DECI_POLY 1 on AIE-ML, which runs
# fir_decimate_hb_asym kernels, data/dsplib_fir_decimate_hb_aieml.csv): validation/cases_c29.py; its measured figures
# come from that data file (run.py measurement_rows)
import cases_c29  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c29.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c29.KNOWN_OFF)
# C30 (held out: DSPLib fir_resampler cint16 x int16 TP_API 0 SSR 1 on AIE-ML, data/dsplib_fir_resampler_aieml.csv):
# validation/cases_c30.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c30  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c30.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c30.KNOWN_OFF)
# C31 (held out: DSPLib fir_interpolate_hb cint16 x int16 TP_API 0 SSR 1 PARA_INTERP_POLY 1 on AIE-ML, which runs
# fir_interpolate_hb_asym kernels, data/dsplib_fir_interpolate_hb_aieml.csv): validation/cases_c31.py; its measured
# figures come from that data file (run.py measurement_rows)
import cases_c31  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c31.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c31.KNOWN_OFF)
# C32 (held out: whole int8 MLPs compiled by AIE4ML, KastnerRG/aie4ml, measured in aiesimulator on VEK280,
# data/aie4ml_models.csv): validation/cases_c32.py; its measured figures come from that data file (run.py measurement_rows)
import cases_c32  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c32.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c32.KNOWN_OFF)
# C34 (held out: DSPLib sample_delay on AIE-ML, all AIE-ML rows of @40865147, data/dsplib_sample_delay_aieml_40865147.csv):
# validation/cases_c34.py, C5's sample_delay model unchanged; its measured figures come from that data file (run.py
# measurement_rows)
import cases_c34  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c34.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c34.KNOWN_OFF)
# C33 (held out: GAMA GEMM on the whole VE2802 AIE-ML array, advent-lab/GAMA README.md; measurements.csv rows):
# validation/cases_c33.py
import cases_c33  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c33.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c33.KNOWN_OFF)
# C35 (held out: DSPLib dft's QoR database on AIE-ML, the cint16 and cint32 AIE-ML rows of dft_database.csv @4c86f9ba,
# data/dsplib_dft_database_aieml_4c86f9ba.csv): validation/cases_c35.py, C14's dft model unchanged; its measured figures
# come from that data file (run.py measurement_rows)
import cases_c35  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c35.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c35.KNOWN_OFF)
# C36 (held out: AMD Vitis-Tutorials AIE-ML 06-gemm, DSPLib matrix_mult int32 16x32x8 output-PLIO throughputs in
# aiesimulator, README @2077833b; measurements.csv rows): validation/cases_c36.py, C7's matrix_mult builder unchanged
import cases_c36  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c36.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c36.KNOWN_OFF)
# C37 (held out: AMD Vitis-Tutorials AIE-ML 13-aie-ml-performance-analysis, bf16 z-score normalisation v2..v4, kernel
# cycles / data transfer / graph throughputs, README @0a599a2b; measurements.csv rows): validation/cases_c37.py,
# kernels.zscore_norm (new); graph throughputs and the --xlopt=0 kernel cycles refused with a reason
import cases_c37  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c37.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c37.KNOWN_OFF)
# C38 (held out: AMD Vitis-Tutorials AIE-ML 06-farrow_filter, cint16 Farrow filter, three PLIO versions' raw / trace
# throughputs and loop IIs, README @0fb5961b; measurements.csv rows): validation/cases_c38.py, kernels.farrow (new);
# the I/O-tab throughputs and the GMIO (hw_emu, hardware) figures refused with a reason
import cases_c38  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c38.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c38.KNOWN_OFF)
# C39 (held out: AMD Vitis-Tutorials AIE-ML 08-MNIST-ConvNet, bf16 ConvNet: network fps and output throughput, six
# layer test graphs' output throughputs (Makefile throughput_ok targets) and three loop IIs, README @399f09bd;
# measurements.csv rows): validation/cases_c39.py, kernels.mnist_convnet (new)
import cases_c39  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c39.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c39.KNOWN_OFF)
# C40 (held out: Xilinx/Vitis_Libraries SolverLib L2 benchmarks on AIE-ML, the AIE-ML rows of
# {substitution,qrd,qrd_hh,svd}_benchmark.csv @629b2c97, data/solverlib_*_aieml_629b2c97.csv): validation/cases_c40.py,
# kernels.substitution (new; registered in kernels.families by the case file); the one-kernel float substitution rows
# predicted, cfloat / TP_GRID_DIM > 1 substitution rows and every qrd, qrd_hh and svd row refused with a reason; its
# measured figures come from those data files (run.py measurement_rows)
import cases_c40  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c40.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c40.KNOWN_OFF)
# C41 (held out: AMD Vitis-Tutorials AIE-ML 07-Channelizer-Using-Vitis-Libraries, aiesimulator trace throughputs of the
# VSS 4096-point IFFT tiles (SSR 1 / 8) and of the TDM FIR, README @3fcf06cc, data/vitis_tutorials_channelizer_aieml_
# 3fcf06cc.csv): validation/cases_c41.py, kernels.twiddle_rotator (new; registers itself in kernels.families) with C20's
# fft_ifft_dit_1ch model unchanged; the TDM FIR figures refused with kernels.fir_tdm's reason; its measured figures come
# from that data file (run.py measurement_rows)
import cases_c41  # noqa: E402  (next to this file)
PREDICTORS.update(cases_c41.predictors(Prediction, not_modelled))
KNOWN_OFF.update(cases_c41.KNOWN_OFF)
# VALU_FWD_CHANGE (aiesim_py.isa.timing): its KNOWN_OFF delta, applied after every case's entries and only with the
# flag True (validation/valu_fwd_known_off.py; tests/test_validation.py applies the same delta to its list)
import valu_fwd_known_off  # noqa: E402  (next to this file)
valu_fwd_known_off.apply(KNOWN_OFF)
