"""kernels.euclidean_distance: the squared-distance cost model (DSPLib euclidean_distance_squared on AIE-ML),
its refusals, and C18's reading of the benchmark rows."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
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


def test_dim_does_not_change_the_kernel():
    costs = {euclidean_distance_cycles(EuclideanDistanceParams("float", 128, d), T).total_cycles for d in (1, 2, 3, 4)}
    assert len(costs) == 1


def test_bfloat16_trip_is_move_bound():
    o = trip_ops(EuclideanDistanceParams("bfloat16", 256), T)
    # 4 subtractions x (2 moves into accfloat + 1 conversion back); the output conversion fused into the store
    assert o.slots.move == 12 and o.slots.mac == 4 + 4 and o.slots.vector_alu == 2
    assert (o.slots.load_a, o.slots.load_b, o.slots.store) == (4, 4, 1)
    assert o.recurrence == 0
    c = euclidean_distance_cycles(EuclideanDistanceParams("bfloat16", 256), T)
    assert c.ii_cycles == 12
    assert c.loop_cycles == 15 * 12 + c.depth_cycles + T.branch_delay_slots


def test_float_trip_is_bound_by_the_rounding_mode_chain():
    p = EuclideanDistanceParams("float", 256)
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
