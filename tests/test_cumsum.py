"""kernels.cumsum: the TP_MODE 1 cost model (DSPLib cumsumBase_mode1), the TP_MODE 2 int16 model
(cumsumBase_mode2, MODE2_EXTENSION) and the refusals."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import cumsum, families
from aiesim_py.kernels.cumsum import CumsumParams, cumsum_cycles, mode2_trip, trip_ops
from aiesim_py.sim.timing import dma as _dma

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


def test_registered():
    assert families.FAMILIES["cumsum"] == (CumsumParams, cumsum_cycles)


def test_geometry():
    p = CumsumParams("int16", "int16", 64, 4, 2, 1)
    assert (p.lanes, p.full_vectors, p.runt, p.window) == (16, 4, False, 512)
    q = CumsumParams("int16", "int32", 64, 4, 1, 1)
    assert (q.lanes, q.full_vectors) == (8, 8)      # vectors of the output type (256 bits)
    assert [port.bytes_per_call for port in q.ports()] == [512, 1024]
    r = CumsumParams("int16", "int16", 40, 4, 1, 1)
    assert (r.full_vectors, r.runt, r.window) == (2, True, 4 * 48)


def test_types_of_the_extension():
    # kSamplesInVect = 256 bits of TT_OUT_DATA; the accumulator follows TT_OUT_DATA (cumsum_utils.hpp, AIE-ML branch)
    lanes = {(d, o): CumsumParams(d, o, 64, 4, 1, 1).lanes for d, o in
             (("int32", "int32"), ("cint16", "cint16"), ("cint16", "cint32"), ("cint32", "cint32"))}
    assert lanes == {("int32", "int32"): 8, ("cint16", "cint16"): 8, ("cint16", "cint32"): 4, ("cint32", "cint32"): 4}
    assert CumsumParams("cint16", "cint16", 64, 4, 1, 1).acc_bits == 64      # cacc64, not cacc32
    assert CumsumParams("int16", "int16", 64, 4, 1, 1).acc_bits == 32
    single = CumsumParams("int32", "int32", 1024, 4, 1, 1, True)
    assert [port.buffers for port in single.ports()] == [1, 1]
    assert [port.buffers for port in CumsumParams("int32", "int32", 1024, 4, 1, 1).ports()] == [2, 2]


def test_k_loop_is_pipelined_at_the_accumulator_chain():
    # dim_b 8: k is the hardware loop, the accumulator carried: II = acc_chain_ii, not 1
    p = CumsumParams("int16", "int16", 64, 8, 1, 1)
    c = cumsum_cycles(p, T)
    assert c.ii_cycles == T.acc_chain_ii == 2
    depth = trip_ops(p, T).depth
    # SRS fused into the store; the VUPS -> add hand-over 1 cycle (UPS_HANDOVER_CHANGE; ups_latency blind)
    assert depth == T.vload_latency + cumsum.UPS_TO_ACC_ADD + T.vmac_latency + 1 == 14
    per_vector = 7 * 2 + depth + T.branch_delay_slots
    assert c.loop_cycles == 4 * per_vector + T.branch_delay_slots
    # two frames: the frame (i loop + its set-up) twice, plus the frame loop's own set-up
    c2 = cumsum_cycles(CumsumParams("int16", "int16", 64, 8, 2, 1), T)
    assert c2.loop_cycles == 2 * (4 * per_vector + T.branch_delay_slots) + T.branch_delay_slots


def test_short_k_loop_stays_a_loop_and_one_trip_pipelines_i():
    # dim_b 2: k carries the accumulator, so it stays the pipelined loop (kernel_io.unrolled_inner_loop
    # is for loops with independent trips); dim_b 1: k is straight-line and i (4 vectors) is pipelined
    two = cumsum_cycles(CumsumParams("int16", "int16", 64, 2, 1, 1), T)
    four = cumsum_cycles(CumsumParams("int16", "int16", 64, 4, 1, 1), T)
    assert two.ii_cycles == four.ii_cycles == T.acc_chain_ii
    assert four.loop_cycles - two.loop_cycles == 4 * 2 * T.acc_chain_ii     # 2 more trips per vector
    one = cumsum_cycles(CumsumParams("int16", "int16", 64, 1, 1, 1), T)
    assert one.loop_cycles < two.loop_cycles


def test_runt_vector_adds_a_loop():
    whole = cumsum_cycles(CumsumParams("int16", "int16", 32, 8, 1, 1), T)
    runt = cumsum_cycles(CumsumParams("int16", "int16", 40, 8, 1, 1), T)
    assert runt.loop_cycles > whole.loop_cycles


@pytest.mark.parametrize("args, match", [
    (("int16", "int16", 64, 4, 1, 0), "TP_MODE 0"),
    (("int32", "int32", 64, 4, 1, 2), "TP_MODE 2 is modelled for int16 -> int16 only"),
    (("int16", "int32", 64, 4, 1, 2), "TP_MODE 2 is modelled for int16 -> int16 only"),
    (("int16", "int16", 64, 4, 1, 3), "TP_MODE must be"),
    (("float", "float", 64, 4, 1, 1), "floating-point"),
    (("cbfloat16", "cbfloat16", 64, 4, 1, 1), "floating-point"),
    (("bfloat16", "float", 64, 4, 1, 1), "floating-point"),
    (("bfloat16", "bfloat16", 64, 4, 1, 0), "TP_MODE 1 only"),
    (("bfloat16", "bfloat16", 64, 4, 1, 2), "TP_MODE 1 only"),
    (("int32", "int16", 64, 4, 1, 1), "not a modelled pair"),
    (("int16", "int16", 64, 0, 1, 1), "dim_b"),
])
def test_refusals(args, match):
    with pytest.raises(ValueError, match=match):
        CumsumParams(*args)


def test_bf16_geometry_and_accumulator():
    # BF16_EXTENSION: kSamplesInVect = 256 / 16 = 16; accfloat (32 bits per lane); 2-byte ports
    p = CumsumParams("bfloat16", "bfloat16", 64, 4, 2, 1)
    assert (p.lanes, p.full_vectors, p.runt, p.window, p.acc_bits, p.floating) == (16, 4, False, 512, 32, True)
    assert [port.bytes_per_call for port in p.ports()] == [1024, 1024]
    assert not CumsumParams("int16", "int16", 64, 4, 1, 1).floating


def test_bf16_trip_hand_count():
    # VLDA.CONV (load A) -> VADD.f (MAC slot) -> VST.CONV (store): llvm-aie AIE2Schedule.td II_VLDA_CONV def 7,
    # II_VACCf [6,3,3,1] (accumulators read at 3), II_VST_CONV reads at 1
    o = trip_ops(CumsumParams("bfloat16", "bfloat16", 64, 8, 1, 1), T)
    assert (o.slots.load_a, o.slots.mac, o.slots.store, o.slots.move, o.slots.vector_alu) == (1, 1, 1, 0, 0)
    assert o.depth == (7 - 3 + 1) + 6 + 1 == 12
    # runt: VLDA 7 -> VSEL 2 -> VCONV.fp32.bf16 (def 2, read at 3: 0) -> VADD.f 6 -> VST.CONV
    r = trip_ops(CumsumParams("bfloat16", "bfloat16", 40, 8, 1, 1), T, runt=True)
    assert (r.slots.load_a, r.slots.vector_alu, r.slots.move, r.slots.mac, r.slots.store) == (1, 1, 1, 1, 1)
    assert r.depth == 7 + 2 + 0 + 6 + 1 == 16


def test_bf16_loop_hand_count():
    # dim_a 64 -> 4 vectors; k (8 trips) pipelined at the VADD.f chain 6 - 3 + 1 = 4 (bf16_acc_chain_ii)
    c = cumsum_cycles(CumsumParams("bfloat16", "bfloat16", 64, 8, 1, 1), T)
    assert c.ii_cycles == T.bf16_acc_chain_ii == 4
    per_vector = 7 * 4 + 12 + 5            # (trips - 1) x II + depth + loop set-up (branch delay slots)
    assert c.loop_cycles == 4 * per_vector + 5 == 185
    two = cumsum_cycles(CumsumParams("bfloat16", "bfloat16", 64, 8, 2, 1), T)
    assert two.loop_cycles == 2 * 185 + 5
    # dim_b 1: k straight-line, i (4 independent vectors) pipelined at II 1 (one op per slot)
    one = cumsum_cycles(CumsumParams("bfloat16", "bfloat16", 64, 1, 1, 1), T)
    assert (one.ii_cycles, one.loop_cycles) == (1, 3 * 1 + 12 + 5)
    # the integer model is untouched
    assert cumsum_cycles(CumsumParams("int16", "int16", 64, 8, 1, 1), T).ii_cycles == T.acc_chain_ii


def test_mode2_trip_from_the_source():
    # cumsumBase_mode2, int16: 32 samples per rr trip (two 256-bit loads), the flattened ss loop 15 steps of two
    # shuffle_up_fill + two mac; mul + 30 mac + 2 accumulator adds on the MAC slot, 31 shifts + extract + broadcast
    o = mode2_trip(CumsumParams("int16", "int16", 256, 4, 1, 2), T)
    assert (o.slots.load_any, o.slots.store, o.slots.mac, o.slots.vector_alu, o.slots.move) == (2, 2, 33, 33, 3)
    # prev -> add -> 15 macs -> add (16 hand-overs at acc_chain_ii) -> add's result -> SRS -> extract -> broadcast ->
    # UPS, handed to the next add in 1 cycle (MODE2_HANDOVER_CHANGE; ups_latency, 48 in all, blind)
    assert o.recurrence == 16 * T.acc_chain_ii + T.vmac_latency + T.srs_latency + 2 * T.vector_alu_latency \
        + cumsum.UPS_TO_ACC_ADD == 46
    assert o.depth == T.vload_latency + 1 + 16 * T.acc_chain_ii + T.vmac_latency + T.srs_latency + 2


def test_mode2_loop_nest():
    # rows = frames x dim_b (plain loop), rr = ceil(dim_a / 32) trips pipelined at the carried chain
    c = cumsum_cycles(CumsumParams("int16", "int16", 256, 4, 2, 2), T)
    o = mode2_trip(CumsumParams("int16", "int16", 256, 4, 2, 2), T)
    assert c.ii_cycles == o.recurrence
    per_row = 7 * o.recurrence + o.depth + T.branch_delay_slots
    assert c.loop_cycles == 8 * per_row + T.branch_delay_slots
    assert c.trips == 8 * 8
    one = cumsum_cycles(CumsumParams("int16", "int16", 64, 1, 1, 2), T)
    assert one.loop_cycles == o.recurrence + o.depth + T.branch_delay_slots     # 2 rr trips, one row: no row loop
    # TP_MODE 1 costs are unchanged by the TP_MODE 2 model
    assert cumsum_cycles(CumsumParams("int16", "int16", 64, 8, 1, 1), T).ii_cycles == T.acc_chain_ii


def test_flags_off_reproduce_the_blind_model(monkeypatch):
    monkeypatch.setattr(cumsum, "MODE2_HANDOVER_CHANGE", False)
    monkeypatch.setattr(cumsum, "UPS_HANDOVER_CHANGE", False)
    assert mode2_trip(CumsumParams("int16", "int16", 256, 4, 1, 2), T).recurrence == 48
    assert trip_ops(CumsumParams("int16", "int16", 64, 8, 1, 1), T).depth == 16


def _c16():
    sys.path.insert(0, str(VALIDATION))
    try:
        import cases_c16
    finally:
        sys.path.remove(str(VALIDATION))
    return cases_c16


def test_c16_flags_off_give_the_blind_figures(monkeypatch):
    """With both post-blind flags off, C16's predictions are the recorded blind ones (BLIND, BLIND_MORE, BLIND_MODE2)."""
    monkeypatch.setattr(_dma, "MM2S_CHAINED_BD_CHANGE", False)   # a post-blind change (sim.timing.dma)
    c16 = _c16()
    monkeypatch.setattr(cumsum, "MODE2_HANDOVER_CHANGE", False)
    monkeypatch.setattr(cumsum, "UPS_HANDOVER_CHANGE", False)
    c16.simulate_row.cache_clear()
    blind = {**c16.BLIND, **c16.BLIND_MORE, **c16.BLIND_MODE2}
    try:
        for key in (("int16", "int16", 256, 8, 4, 1, False), ("cint16", "cint32", 64, 8, 1, 1, False),
                    ("int32", "int32", 1024, 4, 1, 1, True), ("int16", "int16", 64, 4, 1, 2, False),
                    ("int16", "int16", 1024, 16, 1, 2, True)):
            lat, thr, _ = c16.simulate_row(*key)
            d, o, a, b, f, m, single = key
            slug = f"{d}_to_{o}_a{a}_b{b}_f{f}_mode{m}" + ("_single_buf" if single else "")
            assert round(lat, 1) == blind[f"{slug}.latency"], slug
            assert round(thr, 1) == blind[f"{slug}.throughput"], slug
    finally:
        c16.simulate_row.cache_clear()


def test_c16_mode2_rows_are_predicted():
    c16 = _c16()
    assert len(c16.BLIND_MODE2) == 100
    assert all(k.endswith(("mode2.latency", "mode2.throughput", "mode2_single_buf.latency",
                           "mode2_single_buf.throughput")) and k.startswith("int16_to_int16") for k in c16.BLIND_MODE2)


def test_c16_bf16_rows_give_the_blind_figures(monkeypatch):
    """BF16_EXTENSION had no post-blind change: C16's bfloat16 predictions are the recorded BLIND_BF16 ones."""
    monkeypatch.setattr(_dma, "MM2S_CHAINED_BD_CHANGE", False)   # a post-blind change (sim.timing.dma)
    c16 = _c16()
    assert len(c16.BLIND_BF16) == 62
    c16.simulate_row.cache_clear()
    try:
        for key in (("bfloat16", "bfloat16", 64, 8, 4, 1, False), ("bfloat16", "bfloat16", 1024, 16, 1, 1, True),
                    ("bfloat16", "bfloat16", 64, 4, 1, 1, False)):
            lat, thr, _ = c16.simulate_row(*key)
            d, o, a, b, f, m, single = key
            slug = f"{d}_to_{o}_a{a}_b{b}_f{f}_mode{m}" + ("_single_buf" if single else "")
            assert round(lat, 1) == c16.BLIND_BF16[f"{slug}.latency"], slug
            assert round(thr, 1) == c16.BLIND_BF16[f"{slug}.throughput"], slug
    finally:
        c16.simulate_row.cache_clear()


def test_nonnative_accumulator_classification():
    # AIE API aie2 add_accum.hpp grows / extracts below 1024 bits: every integer pair but cint16 -> cint16 (cacc64 x 8)
    native = {(d, o): CumsumParams(d, o, 64, 8, 1, 1).native_accumulator for d, o in
              (("int16", "int16"), ("int16", "int32"), ("int32", "int32"), ("cint16", "cint16"), ("cint16", "cint32"),
               ("cint32", "cint32"), ("bfloat16", "bfloat16"))}
    assert native == {("int16", "int16"): False, ("int16", "int32"): False, ("int32", "int32"): False,
                      ("cint16", "cint16"): True, ("cint16", "cint32"): False, ("cint32", "cint32"): False,
                      ("bfloat16", "bfloat16"): True}


def test_nonnative_acc_change_is_off_and_its_hand_count(monkeypatch):
    # NONNATIVE_ACC_CHANGE is not applied (its dim_b <= 4 threshold is read from the figures): off by default
    assert cumsum.NONNATIVE_ACC_CHANGE is False
    p8 = CumsumParams("int16", "int16", 1024, 8, 1, 1)
    p4 = CumsumParams("int16", "int16", 1024, 4, 1, 1)
    native8 = CumsumParams("cint16", "cint16", 1024, 8, 1, 1)
    off = [cumsum_cycles(p, T) for p in (p8, p4, native8)]
    monkeypatch.setattr(cumsum, "NONNATIVE_ACC_CHANGE", True)
    on8, on4, on_native = (cumsum_cycles(p, T) for p in (p8, p4, native8))
    # (a) VACC def 5 -> VMOV read 1 (5) + VMOV def 2 -> VACC read 3 (0): the k loop's II 5; 64 vectors of 8 trips
    assert cumsum.NONNATIVE_ACC_CHAIN == (5 - 1 + 1) + (2 - 3 + 1) == 5
    assert on8.ii_cycles == 5
    assert on8.loop_cycles == 64 * (7 * 5 + 14 + T.branch_delay_slots) + T.branch_delay_slots
    # (b) dim_b 4: k straight-line inside an unpipelined i trip: depth 14 + 3 x acc_chain_ii = 20 per vector of the row
    assert on4.depth_cycles == 14 + 3 * T.acc_chain_ii == 20
    assert on4.loop_cycles == 64 * 20 + T.branch_delay_slots
    # the native 1024-bit pair and the flag-off figures are untouched
    assert (on_native.total_cycles, off[2].total_cycles) == (off[2].total_cycles, on_native.total_cycles)
    assert off[0].ii_cycles == T.acc_chain_ii and off[0].total_cycles != on8.total_cycles
