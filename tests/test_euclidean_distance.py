"""kernels.euclidean_distance: the squared-distance cost model (DSPLib euclidean_distance_squared on AIE-ML),
its refusals, and C18's reading of the benchmark rows."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import euclidean_distance as ed
from aiesim_py.kernels import families
from aiesim_py.kernels.euclidean_distance import (EuclideanDistanceParams, euclidean_distance_cycles, trip_ops)
from aiesim_py.kernels.hadamard import rounding_mode_chain, emulated_mul

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validation"))
import cases_c18  # noqa: E402


def test_registered():
    assert families.FAMILIES["euclidean_distance"] == (EuclideanDistanceParams, euclidean_distance_cycles)


def test_geometry_and_ports():
    f = EuclideanDistanceParams("float", 64, 3)
    assert (f.load_samples, f.inner_trips, f.trips) == (8, 2, 4)
    # P and Q hold TP_LEN x 4 samples whatever TP_DIM is (the graph pads to kFixedDimOfED)
    assert [q.bytes_per_call for q in f.ports()] == [64 * 4 * 4, 64 * 4 * 4, 64 * 4]
    b = EuclideanDistanceParams("bfloat16", 64, 2, single_buffer=True)
    assert (b.load_samples, b.inner_trips, b.trips) == (16, 1, 4)
    assert [q.buffers for q in b.ports()] == [1, 1, 1]
    assert [q.bytes_per_call for q in b.ports()] == [512, 512, 128]


def test_blind_model_has_no_dim_dependence(monkeypatch):
    # VERSION_CHANGE off: the kernel read for the blind model (@0d8795bc) squares four dimensions whatever TP_DIM is
    monkeypatch.setattr(ed, "VERSION_CHANGE", False)
    for dtype in ("float", "bfloat16"):
        costs = {euclidean_distance_cycles(EuclideanDistanceParams(dtype, 128, d), T).total_cycles for d in (1, 2, 3, 4)}
        assert len(costs) == 1
    assert trip_ops(EuclideanDistanceParams("float", 256, 2), T).recurrence == 160


def test_version_change_squares_per_dimension():
    # the later kernel: one mul_square + (TP_DIM - 1) mac_square per point group; loads / subtractions / transpose
    # unchanged (the windows still hold 4 dimensions)
    assert ed.VERSION_CHANGE is True
    for dim, blocks in ((1, 2), (2, 4), (3, 6), (4, 8)):          # 2 point groups x dim squares
        o = trip_ops(EuclideanDistanceParams("float", 256, dim), T)
        assert (o.slots.load_a, o.slots.load_b, o.slots.vector_alu) == (8, 8, 4)
        assert o.slots.mac == blocks * 10 + 8                      # 10 per block + 8 accumulator subtractions
        assert o.slots.move == 8 * 3 + blocks * 9 + 1             # subtractions, 9 per block, the move out
        assert o.recurrence == blocks * 20
        # II: the rounding-mode chain, except TP_DIM 1 where the 43 move-slot ops exceed its 40 cycles
        assert euclidean_distance_cycles(EuclideanDistanceParams("float", 256, dim), T).ii_cycles == \
            {1: 43, 2: 80, 3: 120, 4: 160}[dim]
    for dim in (1, 2, 3, 4):
        o = trip_ops(EuclideanDistanceParams("bfloat16", 256, dim), T)
        assert o.slots.mac == 4 + dim and o.slots.move == 4        # 4 subtractions + dim squares; 4 VCONV back
        # LOAD_CONV_CHANGE: 8 VLDA.CONV on load unit A bound the trip at every TP_DIM
        assert euclidean_distance_cycles(EuclideanDistanceParams("bfloat16", 256, dim), T).ii_cycles == 8
    # one square fewer on the bfloat16 accumulator chain: one chain step shorter
    d = [trip_ops(EuclideanDistanceParams("bfloat16", 256, dim), T).depth for dim in (2, 3, 4)]
    assert d[1] - d[0] == d[2] - d[1] == T.bf16_acc_chain_ii


def test_bfloat16_trip_is_move_bound_without_load_conv(monkeypatch):
    # LOAD_CONV_CHANGE off: the previous model (separate loads, two move-slot widenings per subtraction)
    monkeypatch.setattr(ed, "LOAD_CONV_CHANGE", False)
    o = trip_ops(EuclideanDistanceParams("bfloat16", 256), T)
    # 4 subtractions x (2 moves into accfloat + 1 conversion back); the output conversion fused into the store
    assert o.slots.move == 12 and o.slots.mac == 4 + 4 and o.slots.vector_alu == 2
    assert (o.slots.load_a, o.slots.load_b, o.slots.store) == (4, 4, 1)
    assert o.recurrence == 0
    c = euclidean_distance_cycles(EuclideanDistanceParams("bfloat16", 256), T)
    assert c.ii_cycles == 12
    assert c.loop_cycles == 15 * 12 + c.depth_cycles + T.branch_delay_slots


def test_load_conv_change_bfloat16_loads_on_unit_a(monkeypatch):
    # LOAD_CONV_CHANGE: each 256-bit bf16 load of P / Q and its widening for aie::sub is one VLDA.CONV (llvm-aie
    # AIE2CombinedOpcodes getCombinedOpcodeCONVLoad: load unit A only)
    assert ed.LOAD_CONV_CHANGE is True
    p = EuclideanDistanceParams("bfloat16", 256)
    o = trip_ops(p, T)
    assert (o.slots.load_a, o.slots.load_b, o.slots.move, o.slots.store) == (8, 0, 4, 1)
    c = euclidean_distance_cycles(p, T)
    assert c.ii_cycles == 8
    assert c.loop_cycles == 15 * 8 + c.depth_cycles + T.branch_delay_slots
    monkeypatch.setattr(ed, "LOAD_CONV_CHANGE", False)
    old = trip_ops(p, T)
    # VLDA -> 2 moves (7 + 9 cycles on the chain) replaced by 8 VLDA.CONV -> VSUB.f (7 + LDA_CONV_TO_ACC_ADD)
    assert old.depth - o.depth == (3 + T.vload_latency + 7 + T.vector_alu_latency) - (7 + ed.LDA_CONV_TO_ACC_ADD)
    # float: no fold (no bf16 -> fp32 conversion), unchanged
    f = EuclideanDistanceParams("float", 256, 2)
    old_float = trip_ops(f, T)
    monkeypatch.setattr(ed, "LOAD_CONV_CHANGE", True)
    assert trip_ops(f, T) == old_float


def test_float_trip_is_bound_by_the_rounding_mode_chain():
    p = EuclideanDistanceParams("float", 256)       # TP_DIM 4 (default): four squares per group in both versions
    o = trip_ops(p, T)
    blocks = 8                                      # 2 point groups x 4 squares, one fp32 emulation block each
    emu = emulated_mul("float", "float")
    assert o.slots.mac == blocks * emu.macs + 8     # + 8 accumulator subtractions
    assert o.recurrence == blocks * rounding_mode_chain(emu, T) == 160
    c = euclidean_distance_cycles(p, T)
    assert c.ii_cycles == 160 > o.slots.move
    # twice the points: twice the trips at II 160
    c2 = euclidean_distance_cycles(EuclideanDistanceParams("float", 512), T)
    assert c2.loop_cycles - c.loop_cycles == 16 * 160


@pytest.mark.parametrize("args, match", [
    (("int16", 64), "not a DSPLib AIE-ML type"),
    (("cfloat", 64), "not a DSPLib AIE-ML type"),
    (("float", 24), "multiple of 16"),
    (("bfloat16", 16), "at least 32"),
    (("float", 64, 5), "TP_DIM"),
    (("float", 64, 4, False), "square-root kernel"),
])
def test_refusals(args, match):
    with pytest.raises(ValueError, match=match):
        EuclideanDistanceParams(*args)


def test_buffering_read_from_data_memory():
    rows = cases_c18._rows()
    assert len(rows) == 89
    assert all(r["TP_IS_OUTPUT_SQUARED"] == "1" and r["AIE_VARIANT"] == "AIE-ML" for r in rows)
    # a parameter set in both sweeps: the larger DATA_MEMORY is the ping-pong one, by exactly one buffer copy
    pair = [r for r in rows if (r["TT_DATA"], r["TP_LEN"], r["TP_DIM"]) == ("float", "256", "2")]
    assert sorted(cases_c18.buffers_per_port(r) for r in pair) == [1, 2]
    big, small = sorted(pair, key=lambda r: -int(r["DATA_MEMORY"]))
    assert int(big["DATA_MEMORY"]) - int(small["DATA_MEMORY"]) == cases_c18.buffer_bytes("float", 256)
    assert cases_c18.buffers_per_port(big) == 2
    with pytest.raises(ValueError, match="does not single out"):
        cases_c18.buffers_per_port({"DATA_MEMORY": "9999", "TT_DATA": "float", "TP_LEN": "32"})
    # slugs are unique: no two rows collapse into one key
    assert len({cases_c18._slug(r) for r in rows}) == len(rows)


def test_blind_record_covers_every_figure():
    keys = {f"{cases_c18._slug(r)}.{q}" for r in cases_c18._rows() for q in ("latency", "throughput")}
    assert set(cases_c18.BLIND) == keys
    assert {k.removeprefix("c18.euclidean_distance.") for k in cases_c18.KNOWN_OFF} <= keys


def test_version_evidence_recorded():
    assert "@40865147" in cases_c18.VERSION_EVIDENCE and "@b5868f22" in cases_c18.VERSION_EVIDENCE
    assert "71 -> 56" in cases_c18.VERSION_CHANGE_SUMMARY
    # the float TP_DIM 4 figures did not move (four squares in both kernels): still off, same reason
    assert sum("TP_DIM 4" in v[:20] for v in cases_c18.KNOWN_OFF.values()) == 28


def test_float_square_shares_the_hadamard_emulation():
    # the float square is costed by kernels.hadamard.elementwise_multiply (one shared fp32-emulation costing, no
    # copy in this module): per block its MAC / move ops and rounding-mode chain, 8 lanes grown to one 16-lane block
    from aiesim_py.kernels.hadamard import elementwise_multiply
    m = elementwise_multiply("float", "float", 8, T)
    for dim in (2, 3, 4):
        o = trip_ops(EuclideanDistanceParams("float", 256, dim), T)
        blocks = 2 * dim
        assert o.slots.mac == 8 + blocks * m.macs
        assert o.slots.move == 8 * 3 + blocks * m.moves + 1
        assert o.recurrence == blocks * m.mode_chain


def test_float_square_diagnostic_recorded():
    # no per-square cost fits the float rows (measured 180 / 190 / 526 cycles per trip at TP_DIM 2 / 3 / 4); the
    # diagnostic is attached to every float figure off, and no figure moved (C18 stays at 56 of 178)
    d = cases_c18.FLOAT_SQUARE_DIAGNOSTIC
    assert "Not applied" in d and "180, TP_DIM 3 190, TP_DIM 4 526" in d and "at most 28 of the 82" in d
    floats = [v for k, v in cases_c18.KNOWN_OFF.items() if ".float_" in k]
    assert len(floats) == 82 and all(d in v for v in floats)


def test_load_conv_change_recorded():
    assert "56 -> 80" in cases_c18.LOAD_CONV_SUMMARY and "getCombinedOpcodeCONVLoad" in cases_c18.LOAD_CONV_NOTE
    # the bfloat16 figures left off after LOAD_CONV_CHANGE: TP_LEN 32 / 64 calls and two TP_DIM 4 latencies
    bf16 = [k for k in cases_c18.KNOWN_OFF if ".bfloat16_" in k]
    assert len(bf16) == 16 and len(cases_c18.KNOWN_OFF) == 98
