"""C5: DSPLib sample_delay and hadamard on AIE-ML (xcve2802, 1.25 GHz, 64-bit PLIO at 625 MHz).

Each benchmark row becomes a hand-built Design (:func:`hadamard_design`,
:func:`sample_delay_design`): one PLIO per kernel port, straight into the tile's ping-pong
buffers (tile S2MM) and out of them (tile MM2S), no memory tile. SSR phases are separate
kernels with their own PLIOs; the row's NUM_AIE column (the tiles the ADF mapper used) says
how many share a core: ``ceil(SSR / NUM_AIE)`` kernels per tile, run one after the other.
The design is simulated for :data:`ITERATIONS` iterations and read the way DSPLib's
``get_latency.tcl`` reads aiesimulator's timestamps (Xilinx/Vitis_Libraries
dsp/L2/tests/aie/common/scripts): latency = first output beat - first input beat of the
same iteration, throughput = samples of an iteration / time between the first input beats
of two iterations, both taken at the iteration the script reports (:func:`stable_iteration`:
the last one whose latency is within 5 % of the previous one, from the 4th on; NITER 16).

Mechanisms (kernel_graph): the PL pushes an input PLIO's words into the route's FIFOs (the
12-deep clock-crossing FIFO, one 64-bit PL channel wide, plus 8 words per traversed switch,
AM020-SSLAT; :data:`HOPS` switches) and stalls only when they are full, so a kernel-bound
tile has several iterations of input queued ahead of it: DSPLib's latency of a stable
iteration is that queue plus the tile's work (8-13 intervals for the smallest rows). The
kernel costs come from the slot model (hadamard: one 256-bit output vector per iteration,
DSPLib ``kSamplesInVect``; the frames loop is a hardware loop, the vectors of a frame are
unrolled). DMA-bound intervals are the stream time plus the BD setup.

Predicted: hadamard rows with a native multiply (16b x 16b real or complex, complex 32b x
16b) or an emulated one whose AIE API sequence is known (32b x 32b and 32b x 16b real,
cint32 x cint32: kernels.hadamard.EMULATED_MUL), interval and latency (the latency only when
the row's input PLIOs fit one shim column); 32/64-bit sample_delay window intervals
(DMA-bound). Not modelled (reason returned, with the model's value): the other emulated
multiplies (cint32 x int32, int32 x cint32, int16 x cint32, float), the sample_delay kernel's cost (8/16-bit windows and all sample_delay
latencies: ~125 + 4.7 cycles per vector measured, likely the 256-sample margin of its
circular input buffer), stream interfaces (TP_API 1: core stream ports not in the timing
model), SSR rows whose 2 x SSR input PLIOs exceed one shim column (route length unknown),
and rows where the model alternates between a kernel and a DMA -> core hand-off of nearly
equal length (none with tile_lock_wakeup_cycles = 5; the int16xint16 16x8 row needs <= 5).
"""
from __future__ import annotations

import csv
import functools
import math
import re
from pathlib import Path

import numpy as np

from aiesim_py.arch import load_device
from aiesim_py.design import Design, KernelInstance, Net, Plio
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.kernels.hadamard import HadamardParams, emulated_mul
from aiesim_py.kernels.kernel_io import sample_type
from aiesim_py.kernels.sample_delay import SampleDelayParams
from aiesim_py.sim.timing import TimingParams
from aiesim_py.sim.timing.model import TimingModel
from aiesim_py.sim.timing.trace import Tracer

DATA = Path(__file__).resolve().parent / "data"   # copies of ../shared/validation/data (sources: validation/data/README.md)
DEVICE = "ve2802"
PLIO_BITS, PLIO_HZ = 64, 625e6
ITERATIONS = 16   # NITER of the DSPLib QoR runs (dsp/L2/tests/aie/{hadamard,sample_delay}/multi_params.json)
#: Stream switches on a PLIO route (each adds 4 cycles and 8 words of port FIFO, AM020-SSLAT).
#: Assumption: the shim switch, both memory-tile rows of ve2802 (MLIR-TM rows 1..2) and three
#: compute-tile switches (the kernel on the third compute row); the DSPLib benchmark's
#: placement is not published. With the 12-deep 64-bit clock-crossing FIFO this is 288 bytes
#: of route buffering (kernel_graph.route_fifo_bytes), checked against the latencies of the
#: kernel-bound 16-bit hadamard rows (5 rows within 7 %; 5 switches: -14 %, 7 switches: +14 %).
HOPS = 6
#: PL -> array 64-bit stream channels per shim column (device file [plio] in_streams_per_column,
#: AM020): a row with more input PLIOs spreads over several columns, its routes cross columns.
PLIO_IN_PER_COLUMN = 8
STREAM_REASON = ("stream interface (TP_API 1): the core reads/writes its 32-bit stream ports "
                 "directly; the timing model has no core stream back-pressure yet")
DELAY_STREAM_REASON = ("sample_delay stream interface (TP_API 1): the measured intervals (int8, int16, "
                       "cint16, cint32: 338, 564, 1019, 1860 cycles per call) fit 131 + 27.2 cycles per "
                       "256-bit vector; the slope is the modelled non-overlapped stream loop (8 words in, "
                       "cache store -> load -> shuffle, 8 words out: 26 cycles), but the ~131-cycle "
                       "per-call part is the same as the window rows' unexplained ~125 (model: 30 stream, "
                       "50 window), i.e. the sample_delay function's preamble, not the stream ports; and "
                       "the core's stream back-pressure is not in kernel_graph yet")
FLOAT_REASON = "float hadamard: fp32 multiply is emulated on AIE-ML (bf16 passes), not in the isa timing table"


def _empty_design(name: str, kernels, plios, nets) -> Design:
    t = FixedType(16, 0)
    return Design(device=DEVICE, name=name, batch=1, input_features=1, output_features=1, input_type=t,
                  output_type=t, layers=(), kernels=tuple(kernels), shared_buffers=(), plios=tuple(plios),
                  nets=tuple(nets))


def _kernel(name, kind, tile, params) -> KernelInstance:
    return KernelInstance(name, kind, 0, 0, 0, tile, params, np.zeros(0, np.int8), None)


def hadamard_design(a: str, b: str, dim: int, frames: int, ssr: int, num_aie: int) -> Design:
    """SSR hadamard kernels (buffer ports), ``ceil(ssr / num_aie)`` per tile."""
    per_tile = math.ceil(ssr / num_aie)
    kernels, plios, nets = [], [], []
    for s in range(ssr):
        params = HadamardParams(a, b, dim // ssr, frames, "buffer")
        k = f"had{s}"
        kernels.append(_kernel(k, "hadamard", (s // per_tile, 0), params))
        for port, (pname, dtype) in enumerate((("a", a), ("b", b))):
            plios.append(Plio(f"in_{pname}{s}", "in", PLIO_BITS, PLIO_HZ, s, f"in_{pname}{s}.txt", dtype))
            nets.append(Net(f"in_{pname}{s}", (f"{k}.in[{port}]",), "stream", HOPS))
        plios.append(Plio(f"out{s}", "out", PLIO_BITS, PLIO_HZ, s, f"out{s}.txt", params.out_type))
        nets.append(Net(f"{k}.out[0]", (f"out{s}",), "stream", HOPS))
    return _empty_design(f"hadamard_{a}x{b}_{dim}_{frames}_{ssr}", kernels, plios, nets)


def sample_delay_design(dtype: str, window: int) -> Design:
    k = _kernel("delay0", "sample_delay", (0, 0), SampleDelayParams(dtype, window, "buffer"))
    plios = [Plio("in0", "in", PLIO_BITS, PLIO_HZ, 0, "in0.txt", dtype),
             Plio("out0", "out", PLIO_BITS, PLIO_HZ, 0, "out0.txt", dtype)]
    nets = [Net("in0", ("delay0.in[0]",), "stream", HOPS), Net("delay0.out[0]", ("out0",), "stream", HOPS)]
    return _empty_design(f"sample_delay_{dtype}_{window}", [k], plios, nets)


def stable_iteration(latencies, first: int = 4, threshold_pct: float = 5.0) -> int:
    """Index of the iteration DSPLib's ``get_latency.tcl`` reports: the last one, from the
    ``first``-th (1-based) on, whose latency is within ``threshold_pct`` % of the previous
    iteration's (Xilinx/Vitis_Libraries dsp/L2/tests/aie/common/scripts/get_latency.tcl:
    minNumberOfIterations 4, stabilityThreshold 5). Falls back to the last iteration."""
    best = len(latencies) - 1
    found = None
    for i in range(max(1, first - 1), len(latencies)):
        if latencies[i] and 100.0 * abs(latencies[i] - latencies[i - 1]) / latencies[i] < threshold_pct:
            found = i
    return best if found is None else found


@functools.lru_cache(maxsize=None)
def _simulate(design_key: tuple, samples: int) -> tuple[float, float, bool, str, bool]:
    """(latency ns, throughput MSa/s, DMA-bound, detail, steady) at the iteration DSPLib
    reports; ``steady``: the last three input intervals agree within 2 cycles (else the model
    alternates between two bounds, e.g. a kernel and a DMA -> core hand-off of nearly equal
    length, and the figure of one iteration is not representative)."""
    kind, *args = design_key
    d = hadamard_design(*args) if kind == "hadamard" else sample_delay_design(*args)
    p = TimingParams.from_device(load_device(DEVICE))
    m = TimingModel(d, p, ITERATIONS, Tracer(False))
    m.run()
    i = stable_iteration([o - t for t, o in zip(m.t_in, m.t_out)])
    latency_ns = (m.t_out[i] - m.t_in[i]) * 1e9 / p.clock_hz
    period = m.t_in[i] - m.t_in[i - 1]
    throughput = samples / (period / p.clock_hz) / 1e6
    k = m.kernel_counters[0]
    transfer = max(math.ceil(port.bytes_per_call / p.dma_bytes_per_cycle)
                   for kk in d.kernels for port in kk.params.ports())
    dma_bound = period <= transfer + p.dma_bd_setup_cycles + p.dma_lock_acquire_cycles + 2
    gaps = [b - a for a, b in zip(m.t_in[-4:], m.t_in[-3:])]
    steady = max(gaps) - min(gaps) <= 2
    return (latency_ns, throughput, dma_bound,
            f"kernel {k.cycles_per_call} cycles/call, interval {period} cycles (last three {gaps}), "
            f"DMA {transfer} cycles", steady)


def _rows(path: Path):
    with open(path, newline="") as f:
        return [r for r in csv.DictReader(f) if r["AIE_VARIANT"] == "AIE-ML"]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def predictors(prediction, not_modelled) -> dict:
    """key (measurements.csv) -> zero-argument predictor."""
    out = {}
    for r in _rows(DATA / "dsplib_hadamard_aieml.csv"):
        a, b = r["TT_DATA_A"], r["TT_DATA_B"]
        dim, frames, ssr = int(r["TP_DIM"]), int(r["TP_NUM_FRAMES"]), int(r["TP_SSR"])
        slug = _slug(f"{a}x{b} dim {dim} frames {frames} ssr {ssr}")
        key = ("hadamard", a, b, dim, frames, ssr, int(r["NUM_AIE"]))
        for q in ("latency", "throughput"):
            if "float" in (a, b):
                fn = functools.partial(not_modelled, FLOAT_REASON)
            elif r["TP_API"] != "0":
                fn = functools.partial(not_modelled, STREAM_REASON)
            else:
                fn = functools.partial(_predict, prediction, not_modelled, key, dim * frames, q)
            out[f"c5.hadamard.{slug}.{q}"] = fn
    for r in _rows(DATA / "dsplib_sample_delay.csv"):
        dtype, window, api = r["TT_DATA"], int(r["TP_WINDOW_VSIZE"]), r["TP_API"]
        slug = _slug(f"{dtype} {window} {'window' if api == '0' else 'stream'}")
        for q in ("latency", "throughput"):
            if api != "0":
                fn = functools.partial(not_modelled, DELAY_STREAM_REASON)
            else:
                fn = functools.partial(_predict, prediction, not_modelled, ("sample_delay", dtype, window), window, q)
            out[f"c5.sample_delay.{slug}.{q}"] = fn
    return out


WIDE_REASON = ("hadamard with an emulated multiply that mixes a real 32-bit and a complex 32-bit "
               "operand (cint32 x int32, int32 x cint32) or int16 x cint32 (DSPLib widens the int16 "
               "to int32 first): the AIE API's AIE-ML emulation table (detail/aie2/"
               "emulated_mul_intrinsics.hpp) covers 32b x 32b and 32b x 16b real and cint32 x cint32 "
               "only, so the instruction sequence of these pairs is not known. The measured kernel-"
               "bound rows need 8-18 cycles per 256-bit vector (cint32xint32 ~10, int16/int32xcint32 "
               "8-18) where the native slot estimate gives 1-2, so neither the interval nor the "
               "latency (one kernel call) is predicted")
#: Emulated-multiply rows predicted (kernels.hadamard.EMULATED_MUL) but outside 10 %.
SMALL_FRAMES_OFF = ("small multi-frame emulated hadamard (8 iterations of one emulated block, 256 B "
                    "per port): measured period 76-78 cycles, i.e. the 256-B DMA (64 cycles) plus the "
                    "hand-off seen on the int16xint16 16x8 row (75), so aiesimulator's kernel is below "
                    "it; the model's kernel is 86 cycles (50 call + 7 x II 2 + depth 17 + 5 loop "
                    "setup): >= 11 cycles too slow, mechanism not found")
WIDE32_LATENCY_OFF = ("int32 x int32 dim 512 (DMA-bound): the latency holds one call of 64 emulated "
                      "blocks; the model (II 4: 4 VMUL/VMAC + 4 VSHUFFLE per block) gives a 323-cycle "
                      "kernel, the measured latency implies ~460 (II ~6), which the kernel-bound dim 64 "
                      "row (104 cycles/call measured, 99 modelled) does not support: unexplained")
KNOWN_OFF = {
    **{f"c5.hadamard.{r}.{q}": SMALL_FRAMES_OFF
       for r in ("cint32xcint32_dim_16_frames_2_ssr_1", "int16xint32_dim_16_frames_4_ssr_1")
       for q in ("latency", "throughput")},
    "c5.hadamard.int32xint32_dim_512_frames_1_ssr_1.latency": WIDE32_LATENCY_OFF,
}
NARROW_DELAY_REASON = ("8/16-bit sample_delay window: the interval is kernel-bound (int8 161, int16 198 "
                       "cycles for 8/16 vectors of 256 bits; DMA 64/128) and the 32-bit rows' latencies "
                       "imply the same kernel cost, about 125 + 4.7 cycles per vector, 3x the modelled "
                       "pipelined loop (two loads, one shuffle, one store per vector). The benchmark's "
                       "input_circular_buffer carries a margin of MAX_DELAY = 256 samples (multi_params."
                       "json; DATA_MEMORY grows by 2 x 256 samples) whose per-call handling is the likely "
                       "cost; not derived from the timing table")
DELAY_LATENCY_REASON = ("sample_delay latency holds one kernel call: the measured rows imply ~125 + 4.7 "
                        "cycles per vector (see the 8/16-bit rows), the model's loop 91-123 cycles; "
                        "not predicted")
HANDOFF_REASON = ("kernel and DMA nearly balanced: the modelled interval alternates between the kernel "
                  "call and the S2MM -> core buffer hand-off (DMA + BD setup + lock release + the tile "
                  "lock wake-up, tile_lock_wakeup_cycles), so the figure of one iteration is not "
                  "representative")
SPREAD_REASON = ("latency of an SSR row with more input PLIOs ({n}) than a shim column's "
                 f"{PLIO_IN_PER_COLUMN} PL->array channels: the routes cross columns, so their switch "
                 "count and FIFO capacity are unknown")


def emulated_multiply(a: str, b: str) -> bool:
    """True when AIE-ML has no native element-wise multiply for DSPLib's hadamard of ``a`` x
    ``b``: 32-bit x 32-bit parts (no native int32 x int32 mode, aieml-facts 2.4), real 32b x
    16b (the AIE API marks 32b x 16b real multiplication as emulated on AIE-ML, aieml-facts
    2.4 / gap 5) and int16 x cint32 (DSPLib widens the int16 operand to int32 with a first
    multiply, then multiplies int32 x cint32: hadamard_utils.hpp). Native and costed by the
    slot model: 16b x 16b real or complex, and complex 32b x 16b (UG1583 "Multiply-accumulate
    of 32b x 16b complex integer datatypes", mul_elem_8)."""
    ta, tb = sample_type(a), sample_type(b)
    if {a, b} == {"int16", "cint32"}:
        return True
    if ta.part_bits > 16 and tb.part_bits > 16:
        return True
    return max(ta.part_bits, tb.part_bits) > 16 and not (ta.complex and tb.complex)


def _predict(prediction, not_modelled, key, samples, quantity):
    """Predict one C5 figure, or say why not. The categories are fixed by the mechanism (the
    kernel cost model is trusted for 16-bit hadamard operands; the route's buffering is
    known for designs whose PLIOs fit one shim column), not by the error."""
    latency, throughput, dma_bound, detail, steady = _simulate(key, samples)
    model = f"model: {latency:.0f} ns, {throughput:.0f} MSa/s; {detail}"
    if key[0] == "sample_delay":
        if sample_type(key[1]).bytes < 4:
            return not_modelled(f"{NARROW_DELAY_REASON} ({model})")
        if quantity == "latency":
            return not_modelled(f"{DELAY_LATENCY_REASON} ({model})")
        if not dma_bound:
            return not_modelled(f"sample_delay interval not set by the DMA ({model})")
        return prediction(round(throughput, 1), detail=detail + ", DMA-bound")
    a, b, ssr = key[1], key[2], key[5]
    if emulated_multiply(a, b) and emulated_mul(a, b) is None:
        return not_modelled(f"{WIDE_REASON} ({model})")
    if not steady:
        return not_modelled(f"{HANDOFF_REASON} ({model})")
    if quantity == "latency":
        if 2 * ssr > PLIO_IN_PER_COLUMN:
            return not_modelled(f"{SPREAD_REASON.format(n=2 * ssr)} ({model})")
        return prediction(round(latency, 1), detail=detail)
    return prediction(round(throughput, 1), detail=detail)
