"""kernels.sample_delay cost pieces and the core stream ports of sim.timing.kernel_graph."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from aiesim_py.arch import load_device
from aiesim_py.design import Design, KernelInstance, Net, Plio
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels.kernel_io import adf_call_overhead
from aiesim_py.kernels import sample_delay as sd
from aiesim_py.kernels.sample_delay import (ADD_3D_REGS, SampleDelayParams, cyclic_add_cycles,
                                            fresh_cyclic_add_cycles, iterator_step_cycles,
                                            linear_margin_copy_cycles, loop_descriptor_cycles,
                                            margin_copy_cycles, preamble_cycles, rtp_read_cycles,
                                            sample_delay_cycles)
from aiesim_py.sim.timing import TimingParams
from aiesim_py.sim.timing.kernel_graph import route_fifo_bytes
from aiesim_py.sim.timing.model import TimingModel
from aiesim_py.sim.timing.trace import Tracer


def test_cyclic_add_pieces_follow_the_itinerary():
    assert cyclic_add_cycles(T) == T.pointer_move_latency + T.padd_latency == 2
    # 7 descriptor registers through the one move slot, then the PADD_3D
    assert fresh_cyclic_add_cycles(T) == ADD_3D_REGS + 1 == 8
    two_slots = dataclasses.replace(T, move_slots=2)
    assert fresh_cyclic_add_cycles(two_slots) == 4 + 1
    assert loop_descriptor_cycles(3, T) == 15 and loop_descriptor_cycles(3, two_slots) == 8


def test_rtp_read_is_a_locked_scalar_load():
    assert rtp_read_cycles(T) == 2 * T.lock_op_cycles + T.scalar_load_latency == 17


def test_margin_copy_steps_at_the_pointer_recurrence():
    assert margin_copy_cycles(0, T) == 0
    one = margin_copy_cycles(32, T)
    # fresh cyclic_add + 2 loop descriptors + load->store + two rewinds through one move slot
    assert one == 8 + 10 + (T.vload_latency + 1) + (8 + 7)
    assert margin_copy_cycles(33, T) == margin_copy_cycles(64, T) == one + 2
    assert margin_copy_cycles(2048, T) - margin_copy_cycles(1024, T) == 32 * 2


def test_session15_iterator_step_and_linear_copy():
    # COUNTER_MOVE_CHANGE: two counter moves through the one move slot, then the PADD_3D
    assert iterator_step_cycles(T) == 2 * T.pointer_move_latency + T.padd_latency == 3
    assert iterator_step_cycles(dataclasses.replace(T, move_slots=2)) == 2
    # LINEAR_MARGIN_COPY_CHANGE: C5's pointer set-up, one cycle per 32-byte step
    assert linear_margin_copy_cycles(0, T) == 0
    assert linear_margin_copy_cycles(32, T) == margin_copy_cycles(32, T)
    assert linear_margin_copy_cycles(2048, T) - linear_margin_copy_cycles(1024, T) == 32


def test_session15_flags_off_restore_c5s_model(monkeypatch):
    rows = [SampleDelayParams(d, w, "buffer", m) for d, w, m in (("int8", 256, 256), ("cint32", 32, 4096),
                                                                 ("int16", 16384, 16))]
    on = [sample_delay_cycles(p, T) for p in rows]
    monkeypatch.setattr(sd, "COUNTER_MOVE_CHANGE", False)
    monkeypatch.setattr(sd, "LINEAR_MARGIN_COPY_CHANGE", False)
    off = [sample_delay_cycles(p, T) for p in rows]
    for p, a, b in zip(rows, on, off):
        assert b.ii_cycles == 2 and a.ii_cycles == 3
        steps = p.max_delay * {"int8": 1, "int16": 2, "cint32": 8}[p.dtype] // 32
        assert (a.total_cycles - b.total_cycles) == (a.trips - 1) - (steps - 1)
    assert on[0].total_cycles == off[0].total_cycles        # window = TP_MAX_DELAY: every C5 row unchanged


def test_buffer_call_is_the_sum_of_its_pieces():
    for dtype, nbytes in (("int8", 1), ("int16", 2), ("cint32", 8)):
        p = SampleDelayParams(dtype, 256)
        c = sample_delay_cycles(p, T)
        trips = 256 * nbytes // 32
        assert c.trips == trips and c.ii_cycles == 3 and c.pipelined
        loop = (trips - 1) * 3 + c.depth_cycles + T.branch_delay_slots
        assert c.loop_cycles == loop
        assert c.call_overhead_cycles == (adf_call_overhead(T, 2) + rtp_read_cycles(T)
                                          + linear_margin_copy_cycles(256 * nbytes, T) + preamble_cycles(p, T))
        assert c.total_cycles == c.loop_cycles + c.call_overhead_cycles


def test_margin_only_on_the_buffer_interface():
    small, big = (SampleDelayParams("int16", 256, "buffer", m) for m in (128, 512))
    d = sample_delay_cycles(big, T).total_cycles - sample_delay_cycles(small, T).total_cycles
    assert d == (512 - 128) * 2 // 32 * 1           # 1 cycle per 32-byte margin step (LINEAR_MARGIN_COPY_CHANGE)
    s_small, s_big = (SampleDelayParams("int16", 256, "stream", m) for m in (128, 512))
    assert sample_delay_cycles(s_small, T) == sample_delay_cycles(s_big, T)
    s = sample_delay_cycles(s_small, T)
    assert not s.pipelined and s.loop_cycles == 16 * s.depth_cycles + T.branch_delay_slots
    # no buffer locks on the stream interface, four fresh cyclic_add in its preamble
    assert preamble_cycles(s_small, T) > preamble_cycles(small, T) + 3 * fresh_cyclic_add_cycles(T) - 8


def test_params_refuse_bad_values():
    with pytest.raises(ValueError, match="multiple of the vector size"):
        SampleDelayParams("int16", 24)
    with pytest.raises(ValueError, match="max_delay"):
        SampleDelayParams("int16", 256, "buffer", -16)
    with pytest.raises(ValueError, match="max_delay .* multiple"):
        SampleDelayParams("cint32", 256, "stream", 6)
    with pytest.raises(ValueError, match="interface"):
        SampleDelayParams("int16", 256, "axi")


# --- the stream kernel in the timing model -------------------------------------------------
def _stream_design(dtype="int16", window=256, in_hz=625e6, out_hz=625e6, hops=3):
    k = KernelInstance("d", "sample_delay", 0, 0, 0, (0, 0), SampleDelayParams(dtype, window, "stream"),
                       np.zeros(0, np.int8), None)
    plios = (Plio("in", "in", 64, in_hz, 0, "i.txt", dtype), Plio("out", "out", 64, out_hz, 0, "o.txt", dtype))
    nets = (Net("in", ("d.in[0]",), "stream", hops), Net("d.out[0]", ("out",), "stream", hops))
    t = FixedType(16, 0)
    return Design(device="ve2802", name="sd", batch=1, input_features=1, output_features=1, input_type=t,
                  output_type=t, layers=(), kernels=(k,), shared_buffers=(), plios=plios, nets=nets)


def _run(d, iterations=6):
    p = TimingParams.from_device(load_device("ve2802"))
    m = TimingModel(d, p, iterations, Tracer(True))
    m.run()
    return m, p


def test_stream_kernel_bound_interval_is_one_call():
    m, p = _run(_stream_design())
    cost = sample_delay_cycles(SampleDelayParams("int16", 256, "stream"), T)
    assert [b - a for a, b in zip(m.t_in[2:], m.t_in[3:])] == [cost.total_cycles] * 3
    k = m.kernel_counters[0]
    assert k.calls == 6 and k.stall_output_cycles == 0
    # the first output word: the call's pre-loop part, one trip's 8 reads and its compute, the route
    hops, words = 3, 8
    epilogue = int(p.kernel_epilogue_fraction * T.call_overhead_cycles)
    pre = cost.total_cycles - cost.loop_cycles - epilogue + T.branch_delay_slots + p.kernel_first_call_extra_cycles
    lat_out = hops * p.hop_latency_cycles + p.plio_cdc_latency_cycles
    assert m.t_out[0] == pre + words + (cost.depth_cycles - 2 * words) + lat_out


def test_stream_input_rate_bounds_a_slow_plio():
    slow = 20e6                                        # 64-bit at 20 MHz: 0.128 B per 1.25 GHz cycle
    m, p = _run(_stream_design(in_hz=slow))
    words = 256 * 2 // 4
    per_word = 4 / p.plio_bytes_per_cycle(64, slow)
    gaps = [b - a for a, b in zip(m.t_in[2:], m.t_in[3:])]
    assert all(abs(g - words * per_word) <= 1 for g in gaps)
    assert m.kernel_counters[0].stall_input_cycles > 0


def test_stream_output_back_pressure_stalls_the_core():
    slow = 20e6
    m, p = _run(_stream_design(out_hz=slow), iterations=8)
    words = 256 * 2 // 4
    per_word = 4 / p.plio_bytes_per_cycle(64, slow)
    gaps = [b - a for a, b in zip(m.t_out[4:], m.t_out[5:])]
    assert all(abs(g - words * per_word) <= 1 for g in gaps)
    k = m.kernel_counters[0]
    assert k.stall_output_cycles > 0
    # the PL input runs ahead only by what the route buffers: inputs follow the output pace
    in_gaps = [b - a for a, b in zip(m.t_in[5:], m.t_in[6:])]
    assert all(abs(g - words * per_word) <= 1 for g in in_gaps)
    assert route_fifo_bytes(p, 3, 64) < 256 * 2


def test_stream_kernel_must_be_alone_and_talk_to_plios():
    from aiesim_py.errors import SimulationError
    d = _stream_design()
    other = dataclasses.replace(d.kernels[0], name="e")
    more_plios = (Plio("in2", "in", 64, 625e6, 0, "j.txt", "int16"),
                  Plio("out2", "out", 64, 625e6, 0, "p.txt", "int16"))
    more_nets = (Net("in2", ("e.in[0]",), "stream", 3), Net("e.out[0]", ("out2",), "stream", 3))
    two = dataclasses.replace(d, kernels=(d.kernels[0], other), plios=(*d.plios, *more_plios),
                              nets=(*d.nets, *more_nets))
    with pytest.raises(SimulationError, match="alone on its tile"):
        _run(two, 2)
    fan = dataclasses.replace(d, nets=(Net("in", ("d.in[0]",), "stream", 3),
                                       Net("d.out[0]", ("out", "in"), "stream", 3)))
    with pytest.raises(SimulationError, match="exactly one PLIO"):
        _run(fan, 2)
