"""kernels.bitonic_sort: the one-kernel cost model (DSPLib bitonic_sort_main on AIE-ML) and its refusals."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families
from aiesim_py.kernels.bitonic_sort import (BitonicSortParams, bitonic_sort_cycles, copy_unit, frame_plan,
                                            inner_loop, intersort_unit, intrasort_unit, transpose_shuffles)


def test_registered():
    assert families.FAMILIES["bitonic_sort"] == (BitonicSortParams, bitonic_sort_cycles)


def test_geometry_and_ports():
    p = BitonicSortParams("int16", 256, 2)
    assert (p.lanes, p.vectors, p.unroll_max) == (16, 16, 2)
    q = BitonicSortParams("int32", 256, 4, single_buffer=True)
    assert (q.lanes, q.vectors, q.unroll_max) == (8, 32, 4)
    assert [(port.bytes_per_call, port.buffers) for port in p.ports()] == [(1024, 2), (1024, 2)]
    assert [(port.bytes_per_call, port.buffers) for port in q.ports()] == [(4096, 1), (4096, 1)]


def test_stage_plan_hand_counted():
    # int16, 32 samples: log2 32 = 5 stages levels, log2 16 = 4 in-vector levels. Initial intrasorts (i < 4,
    # j <= i): 10, of which only (3, 0) is at distance 8 = half a vector (no transpose). Then i = 4: one
    # handover, no regular intersort, intrasort j = 1..4 (j = 1 without transpose). 14 passes: even -> copy.
    p = frame_plan(BitonicSortParams("int16", 32))
    assert (p.intra_transpose, p.intra_plain, p.handovers, p.intersorts, p.copy) == (12, 2, 1, 0, True)
    # int32, 32 samples: in-vector levels 3; initial 6 passes (1 plain); i = 3, 4: handovers 2, the j loop runs
    # 0 and 1 trips (one regular intersort), 3 intrasorts each (1 plain). 12 passes -> copy.
    q = frame_plan(BitonicSortParams("int32", 32))
    assert (q.intra_transpose, q.intra_plain, q.handovers, q.intersorts, q.copy) == (9, 3, 2, 1, True)
    assert q.j_loop_trips == (0, 1)
    # int16, 64 samples: 10 + 2 x 4 = 18 intra passes (even), handovers 2, one regular intersort
    r = frame_plan(BitonicSortParams("int16", 64))
    assert (r.intra_transpose + r.intra_plain, r.handovers, r.intersorts, r.copy) == (18, 2, 1, True)
    # every stage is run once: L (L + 1) / 2 for L = 12
    s = frame_plan(BitonicSortParams("int32", 4096))
    assert s.intra_transpose + s.intra_plain + s.handovers + s.intersorts == 78


def test_unit_ops_hand_counted():
    # intrasort vector: load, transpose (1 shuffle int16 / 2 int32: AIE API aie2 transpose.hpp), zip, min, max,
    # select, store
    assert (transpose_shuffles("int16"), transpose_shuffles("int32")) == (1, 2)
    u16 = intrasort_unit(True, T, 1)
    u32 = intrasort_unit(True, T, 2)
    plain = intrasort_unit(False, T)
    assert (u16.slots.vector_alu, u32.slots.vector_alu, plain.slots.vector_alu) == (5, 6, 4)
    assert (u16.slots.load_any, u16.slots.store) == (1, 1)
    # chain: load 7, transpose 2, zip 2, min + max (2 issues, +1) 3, select 2, store 1
    assert (u16.chain, u32.chain, plain.chain) == (17, 19, 15)
    # intersort pair: 3 index ops + 2 byte shifts, 2 index MOVs, 2 loads, min / max, 2 stores
    reg = intersort_unit(False, T)
    hand = intersort_unit(True, T)
    assert (reg.slots.scalar, reg.slots.move, reg.slots.vector_alu, reg.slots.loads, reg.slots.store) == (5, 2, 2, 2, 2)
    assert (hand.slots.scalar, hand.slots.vector_alu) == (8, 3)
    # chain: index 3 (handover 5) + MOV 1 + load 7 [+ reverse 2] + min/max 3 + 2 stores
    assert (reg.chain, hand.chain) == (16, 20)
    assert copy_unit(T).chain == 8


def test_inner_loops_hand_counted():
    # int16, 32 samples: 2 vectors, both in one straight-line trip: II 10, depth 17 + 5 = 22
    one = inner_loop(2, 2, intrasort_unit(True, T, 1), T)
    assert (one.trips, one.ii, one.depth, one.cycles) == (1, 10, 22, 22)
    # int32, 64 samples: 8 vectors, 4 per trip, 2 trips: II 24, depth 19 + 3 x 6 = 37; + loop set-up
    two = inner_loop(8, 4, intrasort_unit(True, T, 2), T)
    assert (two.trips, two.ii, two.depth) == (2, 24, 37)
    assert two.cycles == 24 + 37 + T.branch_delay_slots
    # int16, 64 samples: handover of 2 pairs in one trip, scalar bound 2 x 8 + 1 (k)
    h = inner_loop(2, 2, intersort_unit(True, T), T, extra_scalar=1)
    assert (h.ii, h.depth, h.cycles) == (17, 28, 28)


def test_call_hand_counted():
    # int16, 32 samples, one frame: 12 x 22 (intrasort, transpose) + 2 x 19 (intrasort, plain: 15 + 4) + 20
    # (handover, 1 pair) + 9 (copy: 8 + 1) + ADF wrapper of two buffers
    c = bitonic_sort_cycles(BitonicSortParams("int16", 32), T)
    assert c.loop_cycles == 12 * 22 + 2 * 19 + 20 + 9
    assert c.total_cycles == c.loop_cycles + T.call_overhead_cycles + 2 * 2 * T.lock_op_cycles


def test_frames_repeat_the_frame():
    one = bitonic_sort_cycles(BitonicSortParams("int32", 128, 1), T).loop_cycles
    four = bitonic_sort_cycles(BitonicSortParams("int32", 128, 4), T).loop_cycles
    assert four == 4 * one + T.branch_delay_slots


def test_single_buffer_does_not_change_the_call():
    a = bitonic_sort_cycles(BitonicSortParams("int16", 256, 2), T).total_cycles
    b = bitonic_sort_cycles(BitonicSortParams("int16", 256, 2, single_buffer=True), T).total_cycles
    assert a == b


@pytest.mark.parametrize("args, match", [
    (("float", 64), "fp32"),
    (("uint16", 64), "uint16"),
    (("cint16", 64), "not a DSPLib bitonic_sort type"),
    (("int16", 48), "power of two"),
    (("int16", 16), "below two vectors"),
    (("int32", 64, 1, 2), "TP_CASC_LEN"),
    (("int32", 64, 1, 1, 2), "TP_SSR"),
    (("int32", 64, 0), "num_frames"),
])
def test_refusals(args, match):
    with pytest.raises(ValueError, match=match):
        BitonicSortParams(*args)


def test_frames_beyond_the_data_memory_are_refused():
    """A ping-pong buffer may take half of the 64 KB data memory, a single buffer all of it."""
    BitonicSortParams("int16", 4096, 4)                       # 32 KB ping-pong: fits
    with pytest.raises(ValueError, match="exceed the 32768 B"):
        BitonicSortParams("int16", 8192, 4)                   # 64 KB ping-pong
    BitonicSortParams("int16", 8192, 4, single_buffer=True)  # 64 KB single buffer: fits
    with pytest.raises(ValueError, match="exceed the 65536 B"):
        BitonicSortParams("int32", 16384, 2, single_buffer=True)
