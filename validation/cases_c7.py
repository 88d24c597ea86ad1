"""C7 (held out): DSPLib matrix_mult (GEMM) on AIE-ML, xcve2802 at 1.25 GHz.

Source: Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/matrix_mult_benchmark.csv
@db048a49, the AIE-ML rows (``data/dsplib_matrix_mult_aieml.csv``). Not part of
../shared/validation: no constant of the model was set on these rows; the first prediction
of every row ("blind") is kept in the report of the helper that added the case.

The test harness (dsp/L2/tests/aie/matrix_mult: test.hpp, helper.mk) gives every kernel its
own 64-bit PLIO for A and for B (``plio_64_bits``; 625 MHz as the other DSPLib QoR rows,
validation/cases_c5.py), one 64-bit output PLIO per SSR rank, NITER 16, and reads
latency and throughput with ``get_latency.tcl`` on ``T_inputA_0_0`` and ``uut_output_0_0``
with ``P_DIM_A x P_DIM_B`` samples per iteration (the whole output matrix).

Each row becomes a hand-built Design (:func:`matrix_mult_design`): ``TP_SSR`` cascade chains
of ``TP_CASC_LEN`` matrix_mult kernels (graph: matrix_mult_graph.hpp; kernel ``(s, c)`` gets
A ``(DIM_A / SSR) x (DIM_AB / CASC)`` and B ``(DIM_AB / CASC) x DIM_B``, the chain passes
partial accumulators east on the cascade group by group (``sim.timing.kernel_graph``
``_cascade_call``), the last kernel writes the output buffer), one
kernel per tile (NUM_AIE = CASC x SSR in every such row), chains side by side in compute
row :data:`cases_c5.KERNEL_ROW`, PLIOs placed and routed as in C5. Simulated for 16
iterations through ``sim.timing.kernel_graph``; the figures are read at the iteration
DSPLib's script reports (:func:`cases_c5.stable_iteration`).

Not modelled (reason returned): the rows with ``TP_ADD_TILING_A/B`` and
``TP_ADD_DETILING_OUT`` (tiler and untiler kernels, matrix_mult_tiler.cpp /
matrix_mult_untiler.cpp: no cost model; NUM_AIE 3).
"""
from __future__ import annotations

import csv
import functools
import math
import re
from pathlib import Path

from aiesim_py.arch import load_device
from aiesim_py.compiler.passes.route import route_design
from aiesim_py.design import Net, Plio
from aiesim_py.kernels.matrix_mult import MatrixMultParams, matrix_mult_cycles
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.sim.timing import TimingParams
from aiesim_py.sim.timing.model import TimingModel
from aiesim_py.sim.timing.trace import Tracer

import cases_c5  # noqa: E402  (next to this file: the DSPLib harness shared with C5)

DATA = Path(__file__).resolve().parent / "data" / "dsplib_matrix_mult_aieml.csv"
SOURCE = ("Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/matrix_mult_benchmark.csv @db048a49 "
          "(validation/data/dsplib_matrix_mult_aieml.csv)")
DEVICE = cases_c5.DEVICE
PLIO_BITS, PLIO_HZ = cases_c5.PLIO_BITS, cases_c5.PLIO_HZ
ITERATIONS = cases_c5.ITERATIONS
TILING_REASON = ("TP_ADD_TILING_A/B and TP_ADD_DETILING_OUT add tiler and untiler kernels "
                 "(dsp/L1/src/aie/matrix_mult_tiler.cpp, matrix_mult_untiler.cpp: sample re-ordering "
                 "kernels, NUM_AIE 3); their cost is not modelled")

INT32X32_OFF = ("int32 x int32 kernel-bound rows (casc 1 and 2): UG1583 lists AIE-ML's 32b x 32b matrix "
                "intrinsics (mac_4x2_2x4 on v16int32, used by the AIE API mmul_32_32<4,4,4>) as emulated on "
                "top of the 32b x 16b and 16b x 16b modes ('might not have optimal performance'); the model "
                "charges the 16 MAC/cycle multiplier time (4 VMAC cycles per 4x4x4 mmul) and the API's one "
                "VSHUFFLE per A vector: 1149 cycles per 16x64x16 call and 639 per casc-2 share, where the "
                "measured intervals imply about 1280 and 784. The emulation's operand-split sequence is not in "
                "the sources read, so it is not costed")
CASC4_LATENCY_OFF = ("cint16 x cint16 4-kernel cascade chains (casc 4, ssr 2): latency over-predicted by 78 ns "
                     "(blind, one token per call: 92 ns); with the per-group cascade rendezvous the downstream "
                     "kernel follows its upstream by one group (37 cycles here); the rest is not identified "
                     "(the int16, int32 x int16, int32 x int32 and cint32 rows of the same shape are within 7 %)")
CASC4_INTERVAL_OFF = ("int32 x int16 4-kernel cascade chain: measured interval 175 cycles "
                      "against the model's 152 (kernels 140-150 cycles per call, DMA 128, chain in lockstep per "
                      "group); the other 4-kernel rows are within 7 %; the extra ~23 cycles per call are not "
                      "identified")

#: key -> why the prediction is outside 10 % (run.py / tests/test_validation.py). Blind, 9 figures
#: were outside; the per-group cascade rendezvous (sim.timing.kernel_graph, a mechanism from
#: the kernel's per-group cascade reads / writes and the 2-deep cascade FIFOs, AM020-IF) brought
#: 3 of them within 10 %; no constant was changed.
KNOWN_OFF: dict[str, str] = {
    **{f"c7.matrix_mult.int32xint32_16x64x16_casc_{c}_ssr_1.{q}": INT32X32_OFF
       for c in (1, 2) for q in ("latency", "throughput")},
    "c7.matrix_mult.cint16xcint16_16x64x16_casc_4_ssr_2.latency": CASC4_LATENCY_OFF,
    "c7.matrix_mult.int32xint16_16x64x16_casc_4_ssr_2.throughput": CASC4_INTERVAL_OFF,
}


def _rows(path: Path = DATA) -> list[dict]:
    with open(path, newline="") as f:
        return [r for r in csv.DictReader(f) if r["AIE_VARIANT"] == "AIE-ML"]


def _slug(r: dict) -> str:
    text = (f"{r['TT_DATA_A']}x{r['TT_DATA_B']} {r['TP_DIM_A']}x{r['TP_DIM_AB']}x{r['TP_DIM_B']} "
            f"casc {r['TP_CASC_LEN']} ssr {r['TP_SSR']}" + (" tiled" if r["TP_ADD_TILING_A"] == "1" else ""))
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def matrix_mult_design(a: str, b: str, dim_a: int, dim_ab: int, dim_b: int, casc: int, ssr: int):
    """The Design of one benchmark row (see the module docstring)."""
    kernels, plios, nets = [], [], []
    used_in: dict = {}
    used_out: dict = {}
    for s in range(ssr):
        for c in range(casc):
            params = MatrixMultParams(a, b, dim_a // ssr, dim_ab // casc, dim_b,
                                      cascade_in=c > 0, cascade_out=c < casc - 1)
            k = f"mm{s}_{c}"
            col = s * casc + c
            kernels.append(cases_c5._kernel(k, "matrix_mult", (col, cases_c5.KERNEL_ROW), params))
            for port, (pname, dtype) in enumerate((("A", a), ("B", b))):
                pcol = cases_c5._plio_column(col, used_in, cases_c5.PLIO_ROUTES_NORTH_PER_COLUMN)
                name = f"in_{pname}{s}_{c}"
                plios.append(Plio(name, "in", PLIO_BITS, PLIO_HZ, pcol, f"{name}.txt", dtype))
                nets.append(Net(name, (f"{k}.in[{port}]",), "stream", cases_c5.HOPS))
            if c > 0:
                nets.append(Net(f"mm{s}_{c - 1}.cascade_out", (f"{k}.cascade_in",), "cascade", 1))
            if c == casc - 1:
                pcol = cases_c5._plio_column(col, used_out, cases_c5.PLIO_ROUTES_SOUTH_PER_COLUMN)
                plios.append(Plio(f"out{s}", "out", PLIO_BITS, PLIO_HZ, pcol, f"out{s}.txt", params.out_type))
                nets.append(Net(f"{k}.out[0]", (f"out{s}",), "stream", cases_c5.HOPS))
    # the first input PLIO is A of kernel (0, 0): DSPLib's T_inputA_0_0 (plios keep that order)
    d = cases_c5._empty_design(f"matrix_mult_{a}x{b}_{dim_a}_{dim_ab}_{dim_b}_{casc}_{ssr}", kernels, plios, nets)
    return route_design(d, load_device(DEVICE))


@functools.lru_cache(maxsize=None)
def simulate_row(a: str, b: str, dim_a: int, dim_ab: int, dim_b: int, casc: int, ssr: int):
    """(latency ns, throughput MSa/s, detail) at the iteration DSPLib's script reports."""
    d = matrix_mult_design(a, b, dim_a, dim_ab, dim_b, casc, ssr)
    p = TimingParams.from_device(load_device(DEVICE))
    m = TimingModel(d, p, ITERATIONS, Tracer(False))
    m.run()
    i = cases_c5.stable_iteration([o - t for t, o in zip(m.t_in, m.t_out)])
    latency_ns = (m.t_out[i] - m.t_in[i]) * 1e9 / p.clock_hz
    period = m.t_in[i] - m.t_in[i - 1]
    throughput = dim_a * dim_b / (period / p.clock_hz) / 1e6
    k = MatrixMultParams(a, b, dim_a // ssr, dim_ab // casc, dim_b, cascade_in=casc > 1)
    cost = matrix_mult_cycles(k, AIE_ML_CORE)
    dma = max(math.ceil(port.bytes_per_call / p.dma_bytes_per_cycle) for port in k.ports())
    gaps = [y - x for x, y in zip(m.t_in[-4:], m.t_in[-3:])]
    return (latency_ns, throughput,
            f"kernel {cost.total_cycles} cycles/call (II {cost.ii_cycles}, {cost.groups} groups x "
            f"{cost.group_ii_cycles}), interval {period} cycles (last three {gaps}), DMA {dma} cycles")


def _predict(prediction, key: tuple, quantity: str):
    latency, throughput, detail = simulate_row(*key)
    if quantity == "latency":
        return prediction(round(latency, 1), detail=detail)
    return prediction(round(throughput, 1), detail=detail)


def measurements(path: Path = DATA) -> list[dict]:
    """measurements.csv-style rows (case, key, quantity, measured, unit, source, notes) of C7."""
    out = []
    for r in _rows(path):
        slug = _slug(r)
        for q, col, unit in (("latency", "Latency (ns)", "ns"), ("throughput", "Throughput (MSa/s)", "MSa/s")):
            out.append({"case": "C7", "key": f"c7.matrix_mult.{slug}.{q}",
                        "quantity": f"matrix_mult {slug.replace('_', ' ')}: {q} (held out)",
                        "measured": float(r[col]), "unit": unit, "source": SOURCE,
                        "notes": "xcve2802 1.25 GHz, 64-bit PLIO 625 MHz; NUM_AIE " + r["NUM_AIE"]})
    return out


def predictors(prediction, not_modelled) -> dict:
    """key -> zero-argument predictor, one per C7 figure."""
    out = {}
    for r in _rows():
        slug = _slug(r)
        key = (r["TT_DATA_A"], r["TT_DATA_B"], int(r["TP_DIM_A"]), int(r["TP_DIM_AB"]), int(r["TP_DIM_B"]),
               int(r["TP_CASC_LEN"]), int(r["TP_SSR"]))
        tiled = "1" in (r["TP_ADD_TILING_A"], r["TP_ADD_TILING_B"], r["TP_ADD_DETILING_OUT"])
        for q in ("latency", "throughput"):
            if tiled:
                fn = functools.partial(not_modelled, TILING_REASON)
            else:
                fn = functools.partial(_predict, prediction, key, q)
            out[f"c7.matrix_mult.{slug}.{q}"] = fn
    return out
