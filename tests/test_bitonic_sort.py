"""kernels.bitonic_sort: the one-kernel cost model (DSPLib bitonic_sort_main on AIE-ML) and its refusals; C21's
figures tied to the model's op counts (SOURCE_OPS_CHANGE), to MEMORY_ORDER_CHANGE and to VALU_BYPASS_CHANGE /
HIGH_HALF_MOVE_CHANGE (on, and off: the figures before each)."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import bitonic_sort, families
from aiesim_py.kernels.bitonic_sort import (BitonicSortParams, bitonic_sort_cycles, copy_unit, frame_plan,
                                            inner_loop, intersort_unit, intrasort_unit, pair_recurrence,
                                            pipelined_kernel, reverse_ops, transpose_shuffles)


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)

VALIDATION = Path(__file__).resolve().parents[1] / "validation"
#: C21 (latency ns, throughput MSa/s) of four rows with MEMORY_ORDER_CHANGE (run when it was applied; measured:
#: 3026 / 74, 336184 / 36, 4357 / 36, 695764 / 11)
STORED_MEMORY_ORDER = {("int16", 32, 1, 1, 1, False): (3269.6, 73.9),
                       ("int16", 4096, 1, 1, 1, False): (297964.0, 41.0),
                       ("int32", 32, 1, 1, 1, False): (4311.2, 37.1),
                       ("int32", 4096, 1, 1, 1, True): (770667.2, 10.6)}


#: C21 (latency ns, throughput MSa/s) of the same rows with VALU_BYPASS_CHANGE and HIGH_HALF_MOVE_CHANGE (run when they
#: were applied)
STORED_BYPASS_MOVE = {("int16", 32, 1, 1, 1, False): (3056.8, 79.5),
                      ("int16", 4096, 1, 1, 1, False): (323538.4, 37.8),
                      ("int32", 32, 1, 1, 1, False): (3959.2, 40.4),
                      ("int32", 4096, 1, 1, 1, True): (718238.4, 11.4)}


@pytest.fixture
def bypass_move_off(monkeypatch):
    """The model as it stood before VALU_BYPASS_CHANGE and HIGH_HALF_MOVE_CHANGE (after MEMORY_ORDER_CHANGE)."""
    monkeypatch.setattr(bitonic_sort, "VALU_BYPASS_CHANGE", False)
    monkeypatch.setattr(bitonic_sort, "HIGH_HALF_MOVE_CHANGE", False)


@pytest.fixture
def memory_order_off(monkeypatch, bypass_move_off):
    """The model as it stood before MEMORY_ORDER_CHANGE (and so before the two changes after it)."""
    monkeypatch.setattr(bitonic_sort, "MEMORY_ORDER_CHANGE", False)


def _cases_c21():
    sys.path.insert(0, str(VALIDATION))
    try:
        import cases_c21
    finally:
        sys.path.remove(str(VALIDATION))
    return cases_c21


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
    # j <= i, distance 2^(i-j)): 1 | 2 1 | 4 2 1 | 8 4 2 1; of these only (3, 0) is at distance 8 = half a vector (no
    # transpose). Then i = 4: one handover, no regular intersort, intrasort j = 1..4 at distances 8 4 2 1. 14 passes:
    # even -> copy.
    p = frame_plan(BitonicSortParams("int16", 32))
    assert p.intra_distances == (1, 2, 1, 4, 2, 1, 8, 4, 2, 1, 8, 4, 2, 1)
    assert p.intra_counts() == {1: 5, 2: 4, 4: 3, 8: 2}
    assert (p.intra_transpose, p.intra_plain, p.handovers, p.intersorts, p.copy) == (12, 2, 1, 0, True)
    # int32, 32 samples: in-vector levels 3; initial 6 passes 1 | 2 1 | 4 2 1 (1 plain); i = 3, 4: handovers 2, the j
    # loop runs 0 and 1 trips (one regular intersort), intrasorts 4 2 1 each (1 plain). 12 passes -> copy.
    q = frame_plan(BitonicSortParams("int32", 32))
    assert q.intra_distances == (1, 2, 1, 4, 2, 1, 4, 2, 1, 4, 2, 1)
    assert (q.intra_transpose, q.intra_plain, q.handovers, q.intersorts, q.copy) == (9, 3, 2, 1, True)
    assert q.j_loop_trips == (0, 1)
    # int16, 64 samples: 10 + 2 x 4 = 18 intra passes (even), handovers 2, one regular intersort
    r = frame_plan(BitonicSortParams("int16", 64))
    assert r.intra_counts() == {1: 6, 2: 5, 4: 4, 8: 3}
    assert (len(r.intra_distances), r.handovers, r.intersorts, r.copy) == (18, 2, 1, True)
    # every stage is run once: L (L + 1) / 2 for L = 12
    s = frame_plan(BitonicSortParams("int32", 4096))
    assert len(s.intra_distances) + s.handovers + s.intersorts == 78


def test_transpose_shuffles_per_distance_hand_counted():
    """transposeSpecial reinterprets the vector as elements of `distance` samples (bitonic_sort_traits.hpp
    transposeType_t: 16 -> int16, 8 -> int32, 4 -> cint32); AIE API aie2 transpose.hpp: 16 x 16-bit one VSHUFFLE,
    8 x 32-bit and 4 x 64-bit two; no transpose at half a vector (row count 1). SOURCE_OPS_CHANGE: int16 distance 2
    and 4 were one."""
    assert [transpose_shuffles("int16", d) for d in (1, 2, 4, 8)] == [1, 2, 2, 0]
    assert [transpose_shuffles("int32", d) for d in (1, 2, 4)] == [2, 2, 0]
    for bad in (0, 3, 16):
        with pytest.raises(ValueError, match="distance"):
            transpose_shuffles("int16", bad)


def test_unit_ops_hand_counted(bypass_move_off):
    # intrasort vector: load, transpose (0 / 1 / 2 shuffles), zip, min, max, select, store
    u1 = intrasort_unit(1, T)
    u2 = intrasort_unit(2, T)
    plain = intrasort_unit(0, T)
    assert (u1.slots.vector_alu, u2.slots.vector_alu, plain.slots.vector_alu) == (5, 6, 4)
    assert (u1.slots.load_any, u1.slots.store) == (1, 1)
    # chain: load 7, transpose 2 per shuffle, zip 2, min + max (2 issues, +1) 3, select 2, store 1
    assert (u1.chain, u2.chain, plain.chain) == (17, 19, 15)
    # intersort pair: 3 index ops + 2 byte shifts, 2 index MOVs, 2 loads, min / max, 2 stores
    reg = intersort_unit(False, T)
    assert (reg.slots.scalar, reg.slots.move, reg.slots.vector_alu, reg.slots.loads, reg.slots.store) == (5, 2, 2, 2, 2)
    # chain: index 3 + MOV 1 + load 7 + min/max 3 + 2 stores 2
    assert reg.chain == 16
    assert copy_unit(T).chain == 8


def test_reverse_and_handover_hand_counted(bypass_move_off):
    """aie::reverse on AIE-ML (AIE API aie2 reverse.hpp), SOURCE_OPS_CHANGE (was one VSHUFFLE: handover chain 20).
    16 x int16: shiftx (vector ALU, 2) -> mul_2x8_8x8 (VMUL, 5) -> to_vector (SRS, move slot, 4): 11.
    8 x int32: grown to 16, shiftx / shift_bytes / shuffle twice: 6 chained vector-ALU ops, 12."""
    s16, steps16 = reverse_ops("int16", T)
    assert (s16.vector_alu, s16.mac, s16.move) == (1, 1, 1)
    assert steps16 == ((1, 2), (1, 5), (1, 4))
    s32, steps32 = reverse_ops("int32", T)
    assert (s32.vector_alu, s32.mac, s32.move) == (6, 0, 0)
    assert steps32 == ((1, 2),) * 6
    h16 = intersort_unit(True, T, "int16")
    h32 = intersort_unit(True, T, "int32")
    # handover pair: index 8 scalar, 2 index MOVs (+ the SRS for int16), min / max + the reverse's vector-ALU ops
    assert (h16.slots.scalar, h16.slots.move, h16.slots.vector_alu, h16.slots.mac) == (8, 3, 3, 1)
    assert (h32.slots.scalar, h32.slots.move, h32.slots.vector_alu, h32.slots.mac) == (8, 2, 8, 0)
    # chain: index 5 + MOV 1 + load 7 + reverse (11 / 12) + min/max 3 + 2 stores 2
    assert (h16.chain, h32.chain) == (29, 30)
    with pytest.raises(ValueError, match="data type"):
        intersort_unit(True, T)


def test_inner_loops_hand_counted(bypass_move_off):
    # int16, 32 samples, distance 1: 2 vectors, both in one straight-line trip: II 10, depth 17 + 5 = 22
    one = inner_loop(2, 2, intrasort_unit(1, T), T)
    assert (one.trips, one.ii, one.depth, one.cycles) == (1, 10, 22, 22)
    # int16, 32 samples, distance 2 or 4 (two shuffles): II 12, depth 19 + 6 = 25
    two16 = inner_loop(2, 2, intrasort_unit(transpose_shuffles("int16", 2), T), T)
    assert (two16.trips, two16.ii, two16.depth, two16.cycles) == (1, 12, 25, 25)
    # int32, 64 samples: 8 vectors, 4 per trip, 2 trips: II 24, depth 19 + 3 x 6 = 37; + loop set-up
    two = inner_loop(8, 4, intrasort_unit(2, T), T)
    assert (two.trips, two.ii, two.depth) == (2, 24, 37)
    assert two.cycles == 24 + 37 + T.branch_delay_slots
    # int16, 64 samples: handover of 2 pairs in one trip, scalar bound 2 x 8 + 1 (k); depth 29 + one pair's II 8
    h = inner_loop(2, 2, intersort_unit(True, T, "int16"), T, extra_scalar=1)
    assert (h.ii, h.depth, h.cycles) == (17, 37, 37)
    # int32, 64 samples: 4 pairs in one trip, scalar 4 x 8 + 1 = 33; depth 30 + 3 x 8 (a pair's II: scalar 8)
    h32 = inner_loop(4, 4, intersort_unit(True, T, "int32"), T, extra_scalar=1)
    assert (h32.ii, h32.depth, h32.cycles) == (33, 54, 54)


def test_memory_order_pieces_hand_counted(bypass_move_off):
    """MEMORY_ORDER_CHANGE: the store -> next-load chain of an intersort pair (load 7, min and max 2 + 1, two stores
    2: 12) and of a handover pair (+ the reverse: int16 shiftx 2 + VMUL 5 + SRS 4 = 11, int32 six vector-ALU ops 12);
    int32 loops not pipelined."""
    assert pair_recurrence(False, T) == 7 + 3 + 2 == 12
    assert pair_recurrence(True, T, "int16") == 12 + 11 == 23
    assert pair_recurrence(True, T, "int32") == 12 + 12 == 24
    with pytest.raises(ValueError, match="data type"):
        pair_recurrence(True, T)
    assert pipelined_kernel(BitonicSortParams("int16", 256))
    assert not pipelined_kernel(BitonicSortParams("int32", 256))
    # int32, 64 samples, distance 1: 2 trips of 4 vectors in memory order, not pipelined: 2 x 4 x 19 + set-up
    loop = inner_loop(8, 4, intrasort_unit(2, T), T, recurrence=19, pipelined=False)
    assert (loop.ii, loop.depth, loop.cycles) == (76, 76, 2 * 76 + T.branch_delay_slots)
    # int16, 256 samples: intersort of 8 pairs, 2 per trip, pipelined: II max(11, 2 x 12), depth 16 + 12
    inter = inner_loop(8, 2, intersort_unit(False, T), T, extra_scalar=1, recurrence=12)
    assert (inter.ii, inter.depth, inter.cycles) == (24, 28, 3 * 24 + 28 + T.branch_delay_slots)


def test_memory_order_off_keeps_the_figures_before(memory_order_off):
    assert pipelined_kernel(BitonicSortParams("int32", 256))
    assert bitonic_sort_cycles(BitonicSortParams("int16", 32), T).total_cycles == 401
    assert bitonic_sort_cycles(BitonicSortParams("int32", 32), T).total_cycles == 567


def test_call_hand_counted_memory_order(bypass_move_off):
    """MEMORY_ORDER_CHANGE on. int16, 32 samples (2 vectors, one-trip loops: in memory order): intrasorts 2 x chain:
    distance 1 5 x 34, 2 and 4 7 x 38, 8 2 x 30; handover 1 pair (chain 29); copy 2 x 8 = 16: 541 (the measured
    cycles per frame of the one-frame row happen to be 541 too). int32, 32 samples (4 vectors, not pipelined): 4 x
    chain: distance 1 and 2 9 x 76, 4 3 x 60; handovers 2 x (30 + 24); intersort 16 + 12; copy 4 x 8; i loop
    set-up 5."""
    c = bitonic_sort_cycles(BitonicSortParams("int16", 32), T)
    assert c.loop_cycles == 5 * 34 + 7 * 38 + 2 * 30 + 29 + 16 == 541
    q = bitonic_sort_cycles(BitonicSortParams("int32", 32), T)
    assert q.loop_cycles == 9 * 76 + 3 * 60 + 2 * 54 + 28 + 32 + T.branch_delay_slots == 1037
    assert not q.pipelined and c.pipelined


def test_call_hand_counted(memory_order_off):
    # int16, 32 samples, one frame: intrasorts at distance 1 (5 x 22), 2 and 4 (7 x 25: two shuffles), 8 (2 x 19:
    # 15 + 4) + handover (1 pair, 29) + copy (9: 8 + 1) + ADF wrapper of two buffers. Before SOURCE_OPS_CHANGE:
    # 12 x 22 + 2 x 19 + 20 + 9 = 331.
    c = bitonic_sort_cycles(BitonicSortParams("int16", 32), T)
    assert c.loop_cycles == 5 * 22 + 7 * 25 + 2 * 19 + 29 + 9 == 361
    assert c.total_cycles == c.loop_cycles + T.call_overhead_cycles + 2 * 2 * T.lock_op_cycles
    # int32, 32 samples: intrasorts at distance 1 and 2 (9 x 37: 19 + 3 x 6), 4 (3 x 27: 15 + 3 x 4), 2 handovers
    # (1 trip of 2 pairs: 30 + 8 = 38), 1 intersort (16 + 5 = 21), copy (8 + 3 = 11), the i loop's set-up (2 trips:
    # 5) and the two j loops' (0 trips: 0; 1 trip: 0). Before: handover 20 + 5 = 25 each.
    q = bitonic_sort_cycles(BitonicSortParams("int32", 32), T)
    assert q.loop_cycles == 9 * 37 + 3 * 27 + 2 * 38 + 21 + 11 + T.branch_delay_slots == 527


def test_bypass_and_move_unit_ops_hand_counted():
    """VALU_BYPASS_CHANGE (vector-ALU -> vector-ALU 1 cycle, AIE2Schedule.td MOV_Bypass; into a store 2, out of a load
    7) and HIGH_HALF_MOVE_CHANGE (one VMOV wh -> wl of the zip's upper half: one more vector-ALU op, zip -> VMOV 2,
    VMOV -> min 1)."""
    u0, u1, u2 = (intrasort_unit(n, T) for n in (0, 1, 2))
    assert (u0.slots.vector_alu, u1.slots.vector_alu, u2.slots.vector_alu) == (5, 6, 7)
    # load 7, [transpose shuffles 1 each], zip -> VMOV 2, VMOV -> min 1, min + max (2 issues) 2, select -> store 2, store 1
    assert u0.chain == 7 + 2 + 1 + 2 + 2 + 1 == 15
    assert u1.chain == 7 + 1 + 2 + 1 + 2 + 2 + 1 == 16
    assert u2.chain == 7 + 1 + 1 + 2 + 1 + 2 + 2 + 1 == 17
    # int16 reverse: no forwarding on its path (VSHIFT -> VMUL multiplicand, VMUL -> SRS, SRS -> min): unchanged
    assert reverse_ops("int16", T)[1] == ((1, 2), (1, 5), (1, 4))
    # int32 reverse: five forwarded ops, the last shuffle -> VMOV 2, VMOV -> min 1
    s32, steps32 = reverse_ops("int32", T)
    assert s32.vector_alu == 7 and steps32 == ((1, 1),) * 5 + ((1, 2), (1, 1))
    assert intersort_unit(True, T, "int32").chain == 5 + 1 + 7 + 8 + 3 + 2 == 26
    assert (intersort_unit(True, T, "int16").chain, intersort_unit(False, T).chain) == (29, 16)
    # store -> next-load recurrences: min / max -> store not forwarded; int32 handover 7 + 8 + 3 + 2
    assert (pair_recurrence(False, T), pair_recurrence(True, T, "int16"), pair_recurrence(True, T, "int32")) == (12, 23, 20)


def test_call_hand_counted_bypass_move():
    """int16, 32 samples (one-trip loops in memory order, 2 vectors): intrasorts 5 x 2 x 16 + 7 x 2 x 17 + 2 x 2 x 15,
    handover 1 pair 29, copy 2 x 8: 503. int32, 32 samples (not pipelined, 4 vectors): 9 x 4 x 17 + 3 x 4 x 15,
    handovers 2 x (26 + 20), intersort 16 + 12, copy 4 x 8, i loop set-up 5: 949."""
    c = bitonic_sort_cycles(BitonicSortParams("int16", 32), T)
    assert c.loop_cycles == 5 * 32 + 7 * 34 + 2 * 30 + 29 + 16 == 503
    q = bitonic_sort_cycles(BitonicSortParams("int32", 32), T)
    assert q.loop_cycles == 9 * 68 + 3 * 60 + 2 * 46 + 28 + 32 + T.branch_delay_slots == 949


@pytest.mark.parametrize("bypass, move, cycles", [(True, False, (447, 845)), (False, True, (597, 1141))])
def test_each_change_alone(monkeypatch, bypass, move, cycles):
    """Either flag alone (int16 / int32, 32 samples, loop cycles). Bypass only: intrasort chains 14 / 15 / 13 (one / two
    / no transpose shuffles), int32 reverse 6: int16 5 x 28 + 7 x 30 + 2 x 26 + 29 + 16 = 447, int32 9 x 60 + 3 x 52 +
    2 x (24 + 18) + 28 + 32 + 5 = 845. Move only: chains 19 / 21 / 17, int32 reverse 14 (7 ops of 2): int16 5 x 38 +
    7 x 42 + 2 x 34 + 45 = 597, int32 9 x 84 + 3 x 68 + 2 x (32 + 26) + 65 = 1141."""
    monkeypatch.setattr(bitonic_sort, "VALU_BYPASS_CHANGE", bypass)
    monkeypatch.setattr(bitonic_sort, "HIGH_HALF_MOVE_CHANGE", move)
    got = tuple(bitonic_sort_cycles(BitonicSortParams(d, 32), T).loop_cycles for d in ("int16", "int32"))
    assert got == cycles


def test_c21_figures_with_bypass_move():
    """Stored figures of four rows with VALU_BYPASS_CHANGE and HIGH_HALF_MOVE_CHANGE (kernel cycles of the two TP_DIM
    32 rows hand-counted above: 503 + 40, 949 + 40)."""
    cases_c21 = _cases_c21()
    cases_c21.simulate_row.cache_clear()
    try:
        assert bitonic_sort_cycles(BitonicSortParams("int16", 32), T).total_cycles == 543
        assert bitonic_sort_cycles(BitonicSortParams("int32", 32), T).total_cycles == 989
        for key, (lat, thr) in STORED_BYPASS_MOVE.items():
            got_lat, got_thr, _ = cases_c21.simulate_row(*key)
            assert (round(got_lat, 1), round(got_thr, 1)) == (lat, thr), key
    finally:
        cases_c21.simulate_row.cache_clear()


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


def test_c21_figures_follow_the_op_counts(memory_order_off):
    """C21's predictions before MEMORY_ORDER_CHANGE are the kernel model's op counts run through the harness: stored
    figures of three rows (computed when SOURCE_OPS_CHANGE was applied; their kernel cycles hand-counted above: int16 /
    32 samples 361 + 40, int32 / 32 samples 527 + 40), and every int16 row's move from BLIND (the blind model's int16
    kernel is the one before SOURCE_OPS_CHANGE; TRANSPOSE32_CHANGE left int16 unchanged): kernel cycles +6.7..+8.8 %,
    so latency up and throughput down by 6-9 %."""
    cases_c21 = _cases_c21()
    cases_c21.simulate_row.cache_clear()
    try:
        _check_figures_before(cases_c21)
    finally:
        cases_c21.simulate_row.cache_clear()


def test_c21_figures_with_memory_order(bypass_move_off):
    """Stored figures of four rows with MEMORY_ORDER_CHANGE (computed when it was applied; kernel cycles of the two
    TP_DIM 32 rows hand-counted above: 541 + 40, 1037 + 40)."""
    cases_c21 = _cases_c21()
    cases_c21.simulate_row.cache_clear()
    try:
        assert bitonic_sort_cycles(BitonicSortParams("int16", 32), T).total_cycles == 581
        assert bitonic_sort_cycles(BitonicSortParams("int32", 32), T).total_cycles == 1077
        for key, (lat, thr) in STORED_MEMORY_ORDER.items():
            got_lat, got_thr, _ = cases_c21.simulate_row(*key)
            assert (round(got_lat, 1), round(got_thr, 1)) == (lat, thr), key
    finally:
        cases_c21.simulate_row.cache_clear()


def _check_figures_before(cases_c21):
    assert bitonic_sort_cycles(BitonicSortParams("int16", 32), T).total_cycles == 401
    assert bitonic_sort_cycles(BitonicSortParams("int32", 32), T).total_cycles == 567
    stored = {("int16", 32, 1, 1, 1, False): (2261.6, 110.8),     # BLIND 2093.6 / 120.8
              ("int16", 64, 1, 1, 1, False): (3411.2, 93.9),      # BLIND 3159.2 / 101.4
              ("int32", 32, 1, 1, 1, False): (2271.2, 70.5)}      # after TRANSPOSE32_CHANGE 2191.2 / 73.1
    for key, (lat, thr) in stored.items():
        got_lat, got_thr, _ = cases_c21.simulate_row(*key)
        assert (round(got_lat, 1), round(got_thr, 1)) == (lat, thr), key
    for r in cases_c21._rows():
        key = cases_c21._key(r)
        if key[0] != "int16":
            continue
        lat, thr, _ = cases_c21.simulate_row(*key)
        slug = cases_c21._slug(r)
        assert 1.06 <= lat / cases_c21.BLIND[f"{slug}.latency"] <= 1.09, slug
        assert 0.91 <= thr / cases_c21.BLIND[f"{slug}.throughput"] <= 0.94, slug
