"""Non-dense kernel families (scalar loop, hadamard, sample delay), their designs (PLIO
straight into tile buffers) and the timing model of such kernel graphs; ve2302 device."""
import json

import numpy as np
import pytest

from aiesim_py.arch import load_device
from aiesim_py.design import Design, KernelInstance, Net, Plio
from aiesim_py.errors import FirmwareError, SimulationError
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels.families import kernel_cost
from aiesim_py.kernels.hadamard import HadamardParams, hadamard_cycles, output_type
from aiesim_py.kernels.sample_delay import SampleDelayParams, sample_delay_cycles
from aiesim_py.kernels.scalar_loop import ScalarLoopParams, scalar_loop_cycles
from aiesim_py.sim.timing import TimingParams, simulate
from aiesim_py.sim.timing.model import TimingModel
from aiesim_py.sim.timing.trace import Tracer


# --- cost models ---------------------------------------------------------------------------
def test_scalar_loop_is_the_sum_of_chain_latencies():
    p = ScalarLoopParams(32)                       # cint16 add/sub: LD, 3 ALU levels of 2 ops, ST
    c = scalar_loop_cycles(p, T)
    depth = T.scalar_load_latency + 3 * 2 + 1
    assert c.depth_cycles == depth and not c.pipelined
    assert c.loop_cycles == 32 * depth + T.branch_delay_slots          # + hardware-loop setup
    assert c.total_cycles == c.loop_cycles + T.call_overhead_cycles + 2 * 2 * T.lock_op_cycles
    assert c.function_cycles == c.loop_cycles + T.call_overhead_cycles
    # a one-trip loop is straight-line code: no loop setup
    assert scalar_loop_cycles(ScalarLoopParams(1), T).loop_cycles == depth


def test_scalar_loop_reproduces_the_mlir_4c_scalar_multiply_loop():
    # c[i] = factor * a[i]: one level of one multiply (2-cycle latency): LD 7 + MUL 2 + ST
    c = scalar_loop_cycles(ScalarLoopParams(1024, "int16", "int16", alu_levels=(1,), alu_latency=2), T)
    assert c.depth_cycles == T.scalar_load_latency + T.scalar_mul_latency + 1
    assert c.loop_cycles == 1024 * c.depth_cycles + T.branch_delay_slots


def test_hadamard_slots_follow_the_types():
    small = hadamard_cycles(HadamardParams("int16", "int16", 16), T)
    assert small.trips == 1 and small.ii_cycles == 1
    assert small.depth_cycles == T.vload_latency + T.vmac_latency + 1      # VST.SRS fused
    # DSPLib: one 256-bit vector of the output type per iteration. int16 x cint32 uses 4-byte
    # lanes: 8 samples, B (8 x 8 bytes) takes 2 loads on port B; the zip of the 128-bit int16
    # operand takes 1 VSHUFFLE + 2 VSHIFT (kernels.hadamard.subvector_shifts) -> II 3, 16 trips
    wide = hadamard_cycles(HadamardParams("int16", "cint32", 128), T)
    assert wide.ii_cycles == 3 and wide.trips == 16
    assert wide.loop_cycles == 15 * 3 + wide.depth_cycles        # one frame: unrolled, no hardware loop
    # int16 x cint16 -> cint16: 8 samples per 256-bit output vector (not 16 per int16 load)
    assert hadamard_cycles(HadamardParams("int16", "cint16", 32), T).trips == 4
    # frames multiply the pipelined trips
    framed = hadamard_cycles(HadamardParams("int16", "int16", 16, frames=8), T)
    assert framed.trips == 8
    assert framed.loop_cycles == 7 * framed.ii_cycles + framed.depth_cycles + T.branch_delay_slots
    assert output_type("int16", "cint32") == "cint32" and output_type("int8", "int8") == "int16"


def test_hadamard_emulated_multiplies_follow_the_aie_api_sequences():
    from aiesim_py.kernels.hadamard import emulated_mul
    # 32b x 32b: 4 shuffles + 4 chained multiplies per 16-lane block; an 8-lane int32 vector
    # still pays a whole block -> II 4 (MAC slot), chain of 4 VMACs in the depth
    c = hadamard_cycles(HadamardParams("int32", "int32", 64), T)
    assert emulated_mul("int32", "int32").macs == 4 and c.ii_cycles == 4 and c.trips == 8
    assert c.depth_cycles == (T.vload_latency + T.vector_alu_latency + 3 * T.acc_chain_ii
                              + T.vmac_latency + 1)
    # real 32b x 16b either way: 2 and 2; cint32 x cint32: two cint32 x cint16 on 8 lanes
    assert hadamard_cycles(HadamardParams("int32", "int16", 64), T).ii_cycles == 2
    assert hadamard_cycles(HadamardParams("int16", "int32", 64), T).ii_cycles == 2
    assert hadamard_cycles(HadamardParams("cint32", "cint32", 64), T).ii_cycles == 2
    # native pairs and pairs whose sequence is unknown have no emulation block
    assert emulated_mul("int16", "int16") is None and emulated_mul("cint32", "cint16") is None
    assert emulated_mul("cfloat", "cfloat") is None   # (cint32 x int32 etc.: tests/test_hadamard_emulated.py)


def test_hadamard_refuses_float():
    with pytest.raises(ValueError, match="float"):     # float x float is costed (bf16 emulation)
        hadamard_cycles(HadamardParams("cfloat", "float", 32), T)
    with pytest.raises(ValueError, match="unknown sample type"):
        HadamardParams("int12", "int16", 16)


def test_sample_delay_buffer_is_pipelined_stream_is_not():
    buf = sample_delay_cycles(SampleDelayParams("cint16", 256, "buffer"), T)
    # II 3: the circular output iterator's cyclic_add recurrence, two counter moves + PADD_3D (kernels.sample_delay
    # COUNTER_MOVE_CHANGE; 2 before it)
    assert buf.pipelined and buf.ii_cycles == 3 and buf.trips == 32
    stream = sample_delay_cycles(SampleDelayParams("cint16", 256, "stream"), T)
    assert not stream.pipelined and stream.loop_cycles == 32 * stream.depth_cycles + T.branch_delay_slots
    assert stream.depth_cycles > 2 * (T.load_bytes // 4)          # 8 words in + 8 words out per vector
    # the buffer kernel also locks its two buffers and copies the input margin
    assert buf.call_overhead_cycles - stream.call_overhead_cycles > 4 * T.lock_op_cycles


def test_kernel_cost_dispatch_refuses_unknown_kind():
    with pytest.raises(ValueError, match="no cost model"):
        kernel_cost("fft", None, T)


# --- designs -------------------------------------------------------------------------------
def _design(kernels, plios, nets, device="ve2802") -> Design:
    t = FixedType(16, 0)
    return Design(device=device, name="kg", batch=1, input_features=1, output_features=1, input_type=t,
                  output_type=t, layers=(), kernels=tuple(kernels), shared_buffers=(), plios=tuple(plios),
                  nets=tuple(nets))


def _k(name, kind, params, tile=(0, 0)):
    return KernelInstance(name, kind, 0, 0, 0, tile, params, np.zeros(0, np.int8), None)


def hadamard_graph(a, b, samples, frames=1, interface="buffer"):
    p = HadamardParams(a, b, samples, frames, interface)
    plios = [Plio("ina", "in", 64, 625e6, 0, "a.txt", a), Plio("inb", "in", 64, 625e6, 0, "b.txt", b),
             Plio("out", "out", 64, 625e6, 0, "o.txt", p.out_type)]
    nets = [Net("ina", ("h.in[0]",), "stream", 3), Net("inb", ("h.in[1]",), "stream", 3),
            Net("h.out[0]", ("out",), "stream", 3)]
    return _design([_k("h", "hadamard", p)], plios, nets)


def test_kernel_graph_design_round_trips_through_json():
    d = hadamard_graph("cint16", "int16", 64, 2)
    back = Design.from_dict(json.loads(d.to_json()))
    assert back.kernels[0].params == d.kernels[0].params
    assert isinstance(back.kernels[0].params, HadamardParams)
    assert back.nets == d.nets and back.plios == d.plios


def _interval(d, iterations=6):
    p = TimingParams.from_device(load_device(d.device))
    m = TimingModel(d, p, iterations, Tracer(False))
    m.run()
    return m, p, m.t_in[-1] - m.t_in[-2]


def test_dma_bound_kernel_graph_runs_at_the_stream_rate():
    d = hadamard_graph("cint16", "cint16", 256)              # 1024 B per port, kernel << DMA
    m, p, interval = _interval(d)
    transfer = 1024 // p.dma_bytes_per_cycle
    assert m.kernel_counters[0].cycles_per_call < transfer
    # one BD per iteration: the stream time plus at most the BD setup and lock hand-off
    assert transfer <= interval <= transfer + p.dma_bd_setup_cycles + p.dma_lock_acquire_cycles \
        + p.dma_lock_release_cycles
    assert all(t_out > t_in + transfer for t_in, t_out in zip(m.t_in, m.t_out))


def test_kernel_bound_graph_runs_at_the_kernel_rate():
    d = hadamard_graph("int16", "int16", 16)                 # 32 B per port, kernel >> DMA
    m, _, interval = _interval(d, iterations=24)             # after the route FIFOs have filled
    assert interval == m.kernel_counters[0].cycles_per_call
    # before that the PLIO runs at its own rate (4 B/cycle: 8 cycles per 32 B), into the FIFOs
    assert m.t_in[1] - m.t_in[0] == 8


def _hadamard_hops(hops, iterations=24):
    d = hadamard_graph("int16", "int16", 16)
    nets = [Net(n.src, n.dsts, n.kind, hops) for n in d.nets]
    m, p, interval = _interval(_design(d.kernels, d.plios, nets), iterations)
    return m, p, interval


def test_route_fifo_lets_the_input_plio_run_ahead_of_a_kernel_bound_tile():
    from aiesim_py.sim.timing.kernel_graph import route_fifo_bytes
    m3, p, interval = _hadamard_hops(3)
    m6, _, interval6 = _hadamard_hops(6)
    assert interval6 == interval
    # 12-deep CDC FIFO one 64-bit PLIO beat wide + 8 words per switch (AM020-SSLAT)
    assert route_fifo_bytes(p, 3, 64) == 12 * 8 + 3 * 32 and route_fifo_bytes(p, 3, 32) == 12 * 4 + 3 * 32
    lat3, lat6 = m3.t_out[-1] - m3.t_in[-1], m6.t_out[-1] - m6.t_in[-1]
    # 3 more switches hold 96 B = 3 more iterations of 32 B queued ahead of the tile, plus
    # 3 x 4 cycles of hop latency on the way out (the way in is back-pressured: hidden)
    assert lat6 - lat3 == 3 * 32 // 32 * interval + 3 * p.hop_latency_cycles
    # with a 288-byte route the first word of an iteration enters ~9 iterations ahead
    assert lat6 > 9 * interval


def test_two_kernels_on_one_tile_run_one_after_the_other():
    sl = ScalarLoopParams(32)
    ks = [_k("first", "scalar_loop", sl), _k("second", "scalar_loop", sl)]
    plios = [Plio("in", "in", 32, 156.25e6, 0, "i.txt", "cint16"), Plio("out", "out", 32, 156.25e6, 0, "o.txt", "cint16")]
    nets = [Net("in", ("first.in[0]",), "stream", 2), Net("first.out[0]", ("second.in[0]",), "stream", 0),
            Net("second.out[0]", ("out",), "stream", 2)]
    d = _design(ks, plios, nets, device="ve2302")
    m, _, _ = _interval(d)
    out_interval = m.t_out[-1] - m.t_out[-2]
    assert out_interval == 2 * scalar_loop_cycles(sl, T).total_cycles
    # the same kernels on two tiles overlap: the interval is one call plus hand-offs
    ks2 = [_k("first", "scalar_loop", sl, (0, 0)), _k("second", "scalar_loop", sl, (1, 0))]
    m2, _, _ = _interval(_design(ks2, plios, nets, device="ve2302"))
    assert m2.t_out[-1] - m2.t_out[-2] < 1.5 * scalar_loop_cycles(sl, T).total_cycles


def test_kernel_graph_refusals():
    sd = SampleDelayParams("int16", 64, "stream")          # stream kernels talk to PLIOs only
    chained = _design([_k("d1", "sample_delay", sd, (0, 0)), _k("d2", "sample_delay", sd, (1, 0))],
                      [Plio("in", "in", 64, 625e6, 0, "i.txt", "int16"),
                       Plio("out", "out", 64, 625e6, 0, "o.txt", "int16")],
                      [Net("in", ("d1.in[0]",), "stream", 3), Net("d1.out[0]", ("d2.in[0]",), "stream", 1),
                       Net("d2.out[0]", ("out",), "stream", 3)])
    with pytest.raises(SimulationError, match="kernel-to-kernel stream"):
        simulate(chained, iterations=2)
    d = hadamard_graph("int16", "int16", 16)
    broken = _design(d.kernels, d.plios, [n for n in d.nets if n.src != "inb"])
    with pytest.raises(SimulationError, match=r"in\[1\] has no net"):
        simulate(broken, iterations=2)
    bad = _design(d.kernels, d.plios, [*d.nets[:2], Net("h.out[3]", ("out",), "stream", 3)])
    with pytest.raises(SimulationError, match=r"no \[3\]"):
        simulate(bad, iterations=2)


def test_functional_runner_and_firmware_writer_refuse_kernel_graphs(tmp_path):
    from aiesim_py.compiler.emit.project import write_firmware
    from aiesim_py.sim.functional import run_design
    d = hadamard_graph("int16", "int16", 16)
    with pytest.raises(SimulationError, match="no functional model"):
        run_design(d, np.zeros((1, 1), np.int64))
    with pytest.raises(FirmwareError, match="no firmware template"):
        write_firmware(d, tmp_path / "fw", np.zeros((1, 1), np.int64))


def test_ve2302_device():
    dev = load_device("ve2302")
    assert dev.clock_hz == 1.0e9
    assert dev.grid.compute_tiles == 34 and dev.grid.memtile_rows == 1
    assert set(dev.grid.shim_noc_columns) == {2, 3, 6, 7, 10, 11}
