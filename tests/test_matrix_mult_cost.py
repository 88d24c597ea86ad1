"""DSPLib matrix_mult cost model (aiesim_py.kernels.matrix_mult) and the kernel-graph cascade."""
import dataclasses

import numpy as np
import pytest

from aiesim_py.design import Design, KernelInstance, Net, Plio
from aiesim_py.errors import SimulationError
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import matrix_mult as mm
from aiesim_py.kernels.families import FAMILIES, kernel_cost
from aiesim_py.kernels.matrix_mult import (TILING, MatrixMultParams, emulation_latency, emulation_temporaries,
                                           matrix_mult_cycles, mmul_ops)
from aiesim_py.sim.timing import TimingParams
from aiesim_py.sim.timing.model import TimingModel
from aiesim_py.sim.timing.trace import Tracer
from aiesim_py.arch import load_device

T = AIE_ML_CORE


@pytest.mark.parametrize("a, b, mac, valu_a, valu_b", [
    ("int16", "int16", 1, 0, 0),        # 4x4x4, 64 products: one VMAC
    ("int32", "int16", 2, 2, 0),        # 32-bit A: two 16-bit halves (emulation's lo / hi split of A)
    ("int32", "int32", 4, 2, 4),        # 4 halves products, interleave_unzip of A (low + high shuffle),
    #                                     emulation's lo / hi split of B per mac_4x2_2x4 (2 x 2)
    ("cint16", "cint16", 2, 4, 0),      # 1x4x8 complex: 128 products, 2 VBCST + 2 VSHUFFLE of A
    ("cint32", "cint32", 5, 2, 4),      # 1x2x8: 2 emulated mac_elem_8 blocks on B halves + 1 accumulator
    #                                     add_conf (C32_RUNTIME_ZERO_CHANGE: the runtime this->zero)
    ("int16", "int32", 2, 0, 2),        # 32-bit B: two 16-bit halves (split of B, mirror of int32 x int16)
    ("cint16", "int16", 2, 2, 0),       # 4x4x4: unzip of A's re / im parts, 2 native 16b x 16b MACs
    ("cint32", "cint16", 8, 8, 0),      # 2x4x8: 8 broadcasts of A, 8 native mac_elem_8
])
def test_mmul_ops_per_type_pair(a, b, mac, valu_a, valu_b):
    ops = mmul_ops(a, b)
    assert (ops.mac_cycles, ops.valu_per_a, ops.valu_per_b) == (mac, valu_a, valu_b)


def test_32_bit_pairs_are_emulated_with_a_temporary_accumulator():
    assert [pair for pair in TILING if mmul_ops(*pair).emulated] == [("int16", "int32"), ("int32", "int16"),
                                                                      ("int32", "int32"), ("cint32", "cint32")]
    ops = mmul_ops("int32", "int32")
    assert emulation_temporaries(ops, T) == -(-T.vmac_latency // 2)
    assert emulation_latency(ops, T) == T.vector_alu_latency + T.vmac_latency
    assert emulation_temporaries(mmul_ops("int16", "int16"), T) == emulation_latency(mmul_ops("int16", "int16"), T) == 0


@pytest.mark.parametrize("a, b, overlapped", [("int16", "int16", True), ("int32", "int16", False),
                                              ("int32", "int32", False)])
def test_groups_overlap_only_when_two_groups_fit_the_accumulator_file(a, b, overlapped):
    """Two BChunk groups of a 2 x 2 expansion hold 2 x 4 acc64 tiles of 1024 bits (8 of the
    9 accumulator registers); the 32-bit emulations' temporaries do not fit beside them,
    so each of its groups pays its own fill and drain. (An AB loop of one trip, DIM_AB 8: straight-line code, see
    test_groups_do_not_overlap_around_a_kept_ab_loop.)"""
    c = matrix_mult_cycles(MatrixMultParams(a, b, 8, 8, 16), T)     # 1 AChunk x 2 BChunk groups
    assert c.groups == 2
    serial = 2 * c.group_cycles
    assert (c.loop_cycles < serial) == overlapped
    if not overlapped:
        assert c.loop_cycles == serial + T.branch_delay_slots      # + the BChunk hardware-loop setup


def test_float_and_unknown_pairs_are_refused():
    with pytest.raises(ValueError, match="float"):
        mmul_ops("float", "cfloat")
    with pytest.raises(ValueError, match="multiple"):
        MatrixMultParams("int16", "int16", 6, 64, 16)      # 6 is not a multiple of the 4-row tile


def test_expansion_follows_dsplib_parallel_flags():
    assert MatrixMultParams("int16", "int16", 16, 64, 16).expansion == (2, 2)
    assert MatrixMultParams("int16", "int16", 4, 64, 16).expansion == (1, 2)     # DIM_A == M
    assert MatrixMultParams("int16", "int16", 12, 64, 12).expansion == (1, 1)    # 3 tiles: odd
    assert MatrixMultParams("cint16", "cint16", 16, 64, 16).tiling == TILING[("cint16", "cint16")] == (1, 4, 8)
    # DSPLib matrix_mult_tiling_scheme.hpp, __AIE_ARCH__ == 20: cint32 x cint16 {2, 4, 8}
    assert TILING[("cint32", "cint16")] == (2, 4, 8)
    assert MatrixMultParams("cint32", "cint16", 16, 32, 16).expansion == (2, 2)


@pytest.mark.parametrize("a, b, ii", [("int16", "int16", 4), ("int32", "int16", 8), ("int32", "int32", 16),
                                      ("cint16", "cint16", 8), ("cint32", "cint32", 20), ("int16", "int32", 8),
                                      ("cint32", "cint16", 32)])
def test_ab_step_ii_is_the_mac_slot_of_the_2x2_group(a, b, ii):
    p = MatrixMultParams(a, b, 16, 32, 16)
    assert matrix_mult_cycles(p, T).ii_cycles == ii


def test_c32_runtime_zero_change_flag(monkeypatch):
    """C32_RUNTIME_ZERO_CHANGE (post-blind, validation/cases_c7.py): the emulated cint32 x cint32 mac_elem_8 with a
    runtime ``this->zero`` pays an accumulator add; ``False`` reproduces 4 MAC-slot ops per mmul (16 per AB step)."""
    import aiesim_py.kernels.matrix_mult as mm
    monkeypatch.setattr(mm, "C32_RUNTIME_ZERO_CHANGE", False)
    ops = mm.mmul_ops("cint32", "cint32")
    assert (ops.mac_cycles, ops.chained) == (4, 4)
    assert matrix_mult_cycles(MatrixMultParams("cint32", "cint32", 16, 32, 16), T).ii_cycles == 16
    assert mm.mmul_ops("cint32", "cint16").mac_cycles == 8      # the native cint32 x cint16 mmul is untouched


def test_cost_grows_with_the_common_dimension_and_call_holds_the_buffer_locks():
    small = matrix_mult_cycles(MatrixMultParams("int16", "int16", 16, 32, 16), T)
    big = matrix_mult_cycles(MatrixMultParams("int16", "int16", 16, 64, 16), T)
    groups = small.groups
    assert groups == big.groups == 4
    # 8 more AB steps per group at II 4
    assert big.loop_cycles - small.loop_cycles == groups * 8 * 4
    assert small.call_overhead_cycles == T.call_overhead_cycles + 2 * 3 * T.lock_op_cycles
    assert small.total_cycles == small.loop_cycles + small.call_overhead_cycles


def test_cascade_roles_change_ports_and_group():
    plain = MatrixMultParams("int16", "int16", 8, 16, 16)
    first = dataclasses.replace(plain, cascade_out=True)
    middle = dataclasses.replace(plain, cascade_in=True, cascade_out=True)
    assert [q.direction for q in plain.ports()] == ["in", "in", "out"]
    assert [q.direction for q in first.ports()] == ["in", "in"]            # no output buffer
    assert plain.ports()[2].bytes_per_call == 8 * 16 * 2
    assert plain.cascade_bytes == 8 * 16 * 8                               # acc64 lanes
    c_plain, c_first, c_mid = (matrix_mult_cycles(q, T) for q in (plain, first, middle))
    assert c_first.call_overhead_cycles == c_plain.call_overhead_cycles - 2 * T.lock_op_cycles
    # the cascade read latency sits on a group's path
    assert c_mid.group_cycles > c_first.group_cycles


def test_family_is_registered():
    assert FAMILIES["matrix_mult"][0] is MatrixMultParams
    p = MatrixMultParams("cint16", "cint16", 16, 64, 16)
    assert kernel_cost("matrix_mult", p, T) == matrix_mult_cycles(p, T)


def _design(casc: int, dims=(8, 16, 16), out_hz: float = 625e6) -> Design:
    t = FixedType(16, 0)
    kernels, plios, nets = [], [], []
    for c in range(casc):
        p = MatrixMultParams("int16", "int16", *dims, cascade_in=c > 0, cascade_out=c < casc - 1)
        kernels.append(KernelInstance(f"k{c}", "matrix_mult", 0, 0, 0, (c, 2), p, np.zeros(0, np.int8), None))
        for i, nm in enumerate("AB"):
            plios.append(Plio(f"in{nm}{c}", "in", 64, 625e6, c, f"in{nm}{c}.txt", "int16"))
            nets.append(Net(f"in{nm}{c}", (f"k{c}.in[{i}]",), "stream", 6))
        if c:
            nets.append(Net(f"k{c - 1}.cascade_out", (f"k{c}.cascade_in",), "cascade", 1))
    plios.append(Plio("out0", "out", 64, out_hz, casc - 1, "out0.txt", "int16"))
    nets.append(Net(f"k{casc - 1}.out[0]", ("out0",), "stream", 6))
    return Design(device="ve2802", name=f"mm{casc}", batch=1, input_features=1, output_features=1, input_type=t,
                  output_type=t, layers=(), kernels=tuple(kernels), shared_buffers=(), plios=tuple(plios),
                  nets=tuple(nets))


def _run(d: Design, iterations=4) -> TimingModel:
    m = TimingModel(d, TimingParams.from_device(load_device("ve2802")), iterations, Tracer(False))
    m.run()
    return m


def test_kernel_graph_cascade_chain_delays_the_last_kernel():
    one = _run(_design(1))
    two = _run(_design(2))
    assert len(two.cascades) == 1 and two.cascades[0].transfers == 4
    lat1 = one.t_out[0] - one.t_in[0]
    lat2 = two.t_out[0] - two.t_in[0]
    down = matrix_mult_cycles(MatrixMultParams("int16", "int16", 8, 16, 16, cascade_in=True), T)
    # the downstream's groups wait for the upstream's partial sums: at least the cascade read
    # latency more, and a stall on the cascade
    assert down.cascade_group_interval_cycles == down.group_ii_cycles      # BChunk loop pipelined
    assert lat2 >= lat1 + T.cascade_read_latency
    assert two.kernel_counters[1].stall_cascade_cycles > 0


def test_kernel_graph_cascade_to_unknown_kernel_is_an_error():
    d = _design(2)
    bad = dataclasses.replace(d, nets=tuple(n if n.kind != "cascade" else Net("k0.cascade_out", ("kx.cascade_in",),
                                                                                "cascade", 1) for n in d.nets))
    with pytest.raises(SimulationError, match="cascade net"):
        _run(bad)


def test_kernel_graph_cascade_couples_the_chain_group_by_group():
    """The upstream writes every group's partial sums into the 2 + 2-deep cascade FIFOs, so it
    cannot run a call ahead of a slower downstream kernel (here held back by a slow output
    PLIO): it stalls on the cascade within a few calls."""
    m = _run(_design(2, dims=(16, 8, 16), out_hz=50e6), iterations=12)
    up, down = m.kernel_counters
    assert up.cycles_per_call <= down.cycles_per_call
    assert down.stall_output_cycles > 0 and up.stall_cascade_cycles > 0
    per_call = matrix_mult_cycles(MatrixMultParams("int16", "int16", 16, 8, 16, cascade_out=True), T)
    # paced by the downstream: it waits on the cascade about as long as the downstream waits on
    # its output, never a whole call more or less (it cannot run a call ahead)
    assert abs(up.stall_cascade_cycles - down.stall_output_cycles) < per_call.total_cycles


@pytest.mark.parametrize("dim_ab, overlapped", [(4, True), (8, True), (16, False), (32, False)])
def test_groups_do_not_overlap_around_a_kept_ab_loop(dim_ab, overlapped):
    """AB_LOOP_KEPT_CHANGE: the int16 2 x 2 groups fit the accumulator file twice, but they overlap only when the AB
    loop (DIM_AB / 4 - 1 trips) has 0 or 1 trip; from 2 trips on it is a kept hardware loop and every group fills
    and drains it."""
    c = matrix_mult_cycles(MatrixMultParams("int16", "int16", 8, dim_ab, 16), T)
    assert c.groups == 2
    assert (c.loop_cycles < 2 * c.group_cycles) == overlapped
    if not overlapped:
        assert c.loop_cycles == 2 * c.group_cycles + T.branch_delay_slots


def test_a_lone_group_counts_its_finish_once(monkeypatch):
    """GROUP_SERIAL_CHANGE: a middle cint16 x int16 cascade kernel with one AB step is bound by its move slot (per 2 x 2
    group 16 cascade words and 32 repack moves in, the same out); the group's cycles held the finish twice before."""
    p = MatrixMultParams("cint16", "int16", 64, 4, 64, cascade_in=True, cascade_out=True)
    new = matrix_mult_cycles(p, T)
    monkeypatch.setattr(mm, "GROUP_SERIAL_CHANGE", False)
    old = matrix_mult_cycles(p, T)
    finish = 4 * (4 + mm.REPACK_MOVES_PER_TILE)       # 4 tiles x (4 cascade words + 8 repack moves)
    assert new.group_ii_cycles == old.group_ii_cycles
    assert old.group_cycles - new.group_cycles == finish
    # where the AB steps bound the group (int16, 32 steps) nothing changes
    q = MatrixMultParams("int16", "int16", 16, 128, 16, cascade_in=True)
    a = matrix_mult_cycles(q, T)
    monkeypatch.setattr(mm, "GROUP_SERIAL_CHANGE", True)
    assert matrix_mult_cycles(q, T) == a


def test_cascade_order_what_ifs_are_off_and_only_move_the_declared_order(monkeypatch):
    """MM_SERIAL_CASCADE_CHANGE / MM_WRITE_OFFSET_CHANGE (session 17 what-ifs, kept False): off by default; they change
    only the cascade order the cost declares, never the kernel's cycles."""
    assert mm.MM_SERIAL_CASCADE_CHANGE is False and mm.MM_WRITE_OFFSET_CHANGE is False
    # emulated int32 x int16, 4 steps, 4 BChunk trips: groups one after the other, declared order group_ii apart
    p = MatrixMultParams("int32", "int16", 16, 16, 32, cascade_in=True, cascade_out=True)
    base = matrix_mult_cycles(p, T)
    assert base.cascade_group_interval_cycles == base.cascade_write_offset_cycles == base.group_ii_cycles
    monkeypatch.setattr(mm, "MM_WRITE_OFFSET_CHANGE", True)
    off = matrix_mult_cycles(p, T)
    assert off.cascade_group_interval_cycles == base.cascade_group_interval_cycles
    assert off.cascade_write_offset_cycles > base.cascade_write_offset_cycles
    assert off.total_cycles == base.total_cycles and off.group_cycles == base.group_cycles
    monkeypatch.setattr(mm, "MM_WRITE_OFFSET_CHANGE", False)
    monkeypatch.setattr(mm, "MM_SERIAL_CASCADE_CHANGE", True)
    ser = matrix_mult_cycles(p, T)
    assert ser.cascade_group_interval_cycles == ser.cascade_write_offset_cycles == 0
    assert ser.total_cycles == base.total_cycles
    # overlapping int16 groups (1 AB step, 2 BChunk trips) keep the declared order
    q = MatrixMultParams("int16", "int16", 8, 4, 32, cascade_in=True, cascade_out=True)
    monkeypatch.setattr(mm, "MM_SERIAL_CASCADE_CHANGE", False)
    a = matrix_mult_cycles(q, T)
    monkeypatch.setattr(mm, "MM_SERIAL_CASCADE_CHANGE", True)
    assert matrix_mult_cycles(q, T) == a and a.cascade_group_interval_cycles > 0


def test_out_data_sets_the_output_buffer_and_stores():
    """TT_OUT_DATA (DSPLib 2025.1 on): the output buffer and the SRS-fused stores follow it; None keeps the
    pre-2025 outType_t (identical cost)."""
    base = MatrixMultParams("int16", "int16", 32, 32, 32)
    same = MatrixMultParams("int16", "int16", 32, 32, 32, out_data="int16")
    wide = MatrixMultParams("int16", "int16", 32, 32, 32, out_data="int32")
    assert base.out_type == same.out_type == "int16" and wide.out_type == "int32"
    assert matrix_mult_cycles(base, T).total_cycles == matrix_mult_cycles(same, T).total_cycles
    assert wide.ports()[-1].bytes_per_call == 2 * base.ports()[-1].bytes_per_call
    assert matrix_mult_cycles(wide, T).total_cycles >= matrix_mult_cycles(base, T).total_cycles
    with pytest.raises(ValueError):
        MatrixMultParams("int16", "int16", 32, 32, 32, out_data="cint16")


def test_cint16_x_int16_repacks_its_real_and_imaginary_accumulators():
    """C16X16_REPACK_CHANGE (after the blind C7 extension 6 run): mmul_c16_16 keeps each tile as real and
    imaginary acc64 accumulators; every cascade read unzips and every output / cascade write zips them (8
    accumulator <-> vector moves and 4 VSHUFFLE per 4x4 tile). Only cint16 x int16 pays it."""
    from aiesim_py.kernels.matrix_mult import REPACK_MOVES_PER_TILE
    assert [pair for pair in TILING if mmul_ops(*pair).complex_repack] == [("cint16", "int16")]
    base = dataclasses.replace(mmul_ops("cint16", "int16"), complex_repack=False)
    p = MatrixMultParams("cint16", "int16", 8, 16, 16, cascade_in=True)      # 1 group of 2 x 2 tiles
    import aiesim_py.kernels.matrix_mult as mm
    with_repack = matrix_mult_cycles(p, T).group_ii_cycles
    orig = mm.mmul_ops
    try:
        mm.mmul_ops = lambda a, b: base
        without = matrix_mult_cycles(p, T).group_ii_cycles
    finally:
        mm.mmul_ops = orig
    assert with_repack > without
    assert with_repack >= 2 * 4 * REPACK_MOVES_PER_TILE       # unzip + zip of 4 tiles on the one move slot


@pytest.mark.parametrize("a, b, extracts, extra_latency", [
    ("cint32", "cint16", 8, 2 * T.vector_alu_latency),     # native: the extract + broadcast is the only preparation
    ("cint32", "cint32", 2, T.vector_alu_latency),         # beside the emulation's B split (vector_alu_latency)
    ("int16", "int16", 0, 0), ("cint16", "cint16", 0, 0), ("int32", "int32", 0, 0)])
def test_c32_extract_change_adds_a_vextract_per_cint32_broadcast(monkeypatch, a, b, extracts, extra_latency):
    """C32_EXTRACT_CHANGE (post-blind, validation/cases_c7.py): ``broadcast<cint32, 8>::run(a[k])`` is a VEXTRACT.64
    (move slot) then the VBCST.64; the flag off reproduces the earlier cost."""
    import aiesim_py.kernels.matrix_mult as mm
    assert mmul_ops(a, b).a_broadcasts64 == extracts
    m, n, k = TILING[(a, b)]
    p = MatrixMultParams(a, b, 4 * m, 4 * n, 4 * k)                 # 2 x 2 groups, 4 AB steps
    on = matrix_mult_cycles(p, T)
    monkeypatch.setattr(mm, "C32_EXTRACT_CHANGE", False)
    off = matrix_mult_cycles(p, T)
    assert on.group_cycles - off.group_cycles == extra_latency
    assert on.ii_cycles == off.ii_cycles                              # 2 x extracts move ops stay below the VMACs


def test_c16x16_repack_change_flag_off_is_the_blind_model(monkeypatch):
    """C16X16_REPACK_CHANGE (post-blind, validation/cases_c7.py): only cint16 x int16 repacks its real /
    imaginary accumulators; with the flag off mmul_ops reports no repack and the kernel is cheaper (the blind
    model), other pairs are untouched."""
    import aiesim_py.kernels.matrix_mult as mm
    assert mmul_ops("cint16", "int16").complex_repack
    m, n, k = TILING[("cint16", "int16")]
    p = MatrixMultParams("cint16", "int16", 4 * m, 4 * n, 4 * k)
    on = matrix_mult_cycles(p, T)
    q = MatrixMultParams("int16", "int16", 4 * TILING[("int16", "int16")][0], 4 * TILING[("int16", "int16")][1],
                         4 * TILING[("int16", "int16")][2])
    other_on = matrix_mult_cycles(q, T)
    monkeypatch.setattr(mm, "C16X16_REPACK_CHANGE", False)
    assert not mmul_ops("cint16", "int16").complex_repack
    off = matrix_mult_cycles(p, T)
    assert off.total_cycles < on.total_cycles
    assert matrix_mult_cycles(q, T) == other_on


def test_single_buffer_sets_one_buffer_per_port_and_keeps_the_cost():
    """SINGLE_BUF 1 (harness single_buffer() on in[0], in[1] and the chain's out[0]): every buffer port gets one
    buffer; the kernel's cycles are those of the ping-pong kernel."""
    for casc_out in (False, True):
        pp = MatrixMultParams("int16", "int16", 64, 64, 64, cascade_out=casc_out)
        sb = dataclasses.replace(pp, single_buffer=True)
        assert [q.buffers for q in pp.ports()] == [2] * len(pp.ports())
        assert [q.buffers for q in sb.ports()] == [1] * len(sb.ports())
        assert [q.bytes_per_call for q in sb.ports()] == [q.bytes_per_call for q in pp.ports()]
        assert matrix_mult_cycles(sb, T) == matrix_mult_cycles(pp, T)
    with pytest.raises(ValueError, match="single_buffer"):
        MatrixMultParams("int16", "int16", 64, 64, 64, single_buffer=1)
