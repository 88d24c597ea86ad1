"""C4: two scalar cint16 kernels in series (xflorentw/AI_Engine_Basic 01_Simple_AIE-ML,
xcve2302 at 1 GHz).

The kernel is the :mod:`aiesim_py.kernels.scalar_loop` family (32 cint16 samples per call,
``out.real = in.real + in.imag, out.imag = in.real - in.imag``). Version 2 (64-bit PLIO at
500 MHz) gives the kernel's cycles (compared with ``function_cycles``: aiesimulator's
function time) and the loop's cycles per sample (the measured spacing of the samples the
scalar loop writes). The graph figures (first output, TLASTs, kernel start) come from a
hand-built Design simulated on ve2302: PLIO (32-bit, 156.25 MHz) -> tile buffers -> kernel 1
-> kernel 2 -> PLIO; the two kernels are placed on one tile (the 954 ns output period is
two kernel calls back to back, i.e. ADF packed both kernels on one core, UG1079 run-time
ratio), sharing a ping-pong buffer in that tile's memory.
"""
from __future__ import annotations

import functools

import numpy as np

from aiesim_py.arch import load_device
from aiesim_py.design import Design, KernelInstance, Net, Plio
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.scalar_loop import ScalarLoopParams, scalar_loop_cycles
from aiesim_py.sim.timing import TimingParams
from aiesim_py.sim.timing.model import TimingModel
from aiesim_py.sim.timing.trace import Tracer

SAMPLES = 32
PARAMS = ScalarLoopParams(SAMPLES)
HOPS = 2          # assumption: shim -> first compute row on ve2302 (one memory-tile row)


def c4_design(plio_bits: int = 32, plio_hz: float = 156.25e6) -> Design:
    t = FixedType(16, 0)
    ks = [KernelInstance(n, "scalar_loop", 0, 0, 0, (0, 0), PARAMS, np.zeros(0, np.int8), None)
          for n in ("first", "second")]
    plios = (Plio("in", "in", plio_bits, plio_hz, 0, "input.txt", "cint16"),
             Plio("out", "out", plio_bits, plio_hz, 0, "output.txt", "cint16"))
    nets = (Net("in", ("first.in[0]",), "stream", HOPS), Net("first.out[0]", ("second.in[0]",), "stream", 0),
            Net("second.out[0]", ("out",), "stream", HOPS))
    return Design(device="ve2302", name="c4_simple", batch=1, input_features=1, output_features=1,
                  input_type=t, output_type=t, layers=(), kernels=tuple(ks), shared_buffers=(),
                  plios=plios, nets=nets)


@functools.lru_cache(maxsize=None)
def simulate_c4():
    p = TimingParams.from_device(load_device("ve2302"))
    m = TimingModel(c4_design(), p, 4, Tracer(True))
    m.run()
    ns = 1e9 / p.clock_hz
    beat_ns = 4 / p.plio_bytes_per_cycle(32, 156.25e6) * ns
    starts = [e for e in m.tracer.events if e[0].endswith("first core")]
    return {"first_out": m.t_out[0] * ns - m.t_in[0] * ns,
            "first_tlast": (m.t_out[0] - m.t_in[0]) * ns + (SAMPLES - 1) * beat_ns,
            "next_tlast": (m.t_out[1] - m.t_in[0]) * ns + (SAMPLES - 1) * beat_ns,
            "kernel_start": (starts[0][2] - m.t_in[0]) * ns if starts else None}


def predictors(prediction, not_modelled) -> dict:
    cost = scalar_loop_cycles(PARAMS, AIE_ML_CORE)
    out = {"c4.v2_kernel": lambda: prediction(cost.function_cycles, detail=f"{SAMPLES} x {cost.depth_cycles} "
                                              f"+ {cost.function_cycles - cost.loop_cycles} call"),
           "c4.v2_out_spacing": lambda: prediction(cost.depth_cycles, detail="scalar loop critical path")}
    for q in ("first_out", "first_tlast", "next_tlast", "kernel_start"):
        out[f"c4.{q}"] = functools.partial(_graph_figure, not_modelled, q)
    return out


def _graph_figure(not_modelled, quantity):
    """Not predicted: the first kernel starts 523 ns after the first input in aiesimulator,
    the model has it 32 PLIO beats (204.8 ns) plus the DMA and lock hand-off later; ~295 ns
    of start-up before the first call (core / graph start) has no mechanism in the model.
    Every graph figure carries that offset; the rest agrees (kernel start to first output
    987 ns measured, the model's value below; the output period 953.6 ns measured)."""
    r = simulate_c4()
    return not_modelled(
        f"~295 ns of start-up before the first kernel call (measured start 523 ns after the first input, "
        f"model {r['kernel_start']:.0f} ns) has no mechanism in the model; model {quantity} "
        f"{r[quantity]:.1f} ns, kernel start to first output {r['first_out'] - r['kernel_start']:.0f} ns "
        f"(measured 987), output period {r['next_tlast'] - r['first_tlast']:.1f} ns (measured 953.6)")
