"""DSPLib matrix_mult tiler / untiler cost model (aiesim_py.kernels.matrix_mult_tiler) and the
neighbour-tile shared buffers of the kernel-graph timing model."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.families import FAMILIES, kernel_cost
from aiesim_py.kernels.kernel_io import adf_call_overhead
from aiesim_py.kernels.matrix_mult_tiler import (COL_MAJOR, EXTRACT_OPS, INSERT_OPS, ROW_MAJOR, TilerParams,
                                                 tiler_cycles)
from aiesim_py.sim.timing.kernel_graph import cores_share_memory

T = AIE_ML_CORE


# (params, vector_size, outer, inner, loads, shuffles, stores), derived by hand from shuffleTile /
# doUnTile (dsp/L1/src/aie/matrix_mult_tiler.cpp, matrix_mult_untiler.cpp)
SCHEDULES = [
    # cint16 A, tile 1x4, row major: 128-bit loads of one tile row, no shuffle, one 512-bit store
    (TilerParams("cint16", 1, 4, 16, 64, ROW_MAJOR), 16, 16, 4, 4, 0, 2),
    # cint16 B, tile 4x8, column major: 1024-bit vector, 8 loads, transpose (2 x 512 bit), 4 stores
    (TilerParams("cint16", 4, 8, 64, 16, COL_MAJOR), 32, 16, 2, 8, 2, 4),
    # int16 A, tile 4x4: loads of 8 samples (2 tiles), filter_even + filter_odd
    (TilerParams("int16", 4, 4, 16, 64, ROW_MAJOR), 32, 4, 8, 4, 2, 2),
    # int32 untiler, tile 4x4, 16x16: one output row of 4 tiles per vector, 4 x 128-bit stores
    (TilerParams("int32", 4, 4, 16, 16, ROW_MAJOR, untile=True), 16, 16, 1, 4, 0, 4),
]


@pytest.mark.parametrize("p, v, outer, inner, loads, shuffles, stores", SCHEDULES)
def test_schedule_follows_dsplib_loop_nest(p, v, outer, inner, loads, shuffles, stores):
    s = p.schedule()
    assert (s.vector_size, s.outer_trips, s.inner_trips, s.loads, s.shuffles, s.stores) == \
        (v, outer, inner, loads, shuffles, stores)
    # every sample is moved exactly once per call
    assert s.outer_trips * s.inner_trips * s.vector_size == p.rows * p.cols


def test_cost_of_row_major_cint16_tiler(monkeypatch):
    from aiesim_py.kernels import matrix_mult_tiler
    monkeypatch.setattr(matrix_mult_tiler, "TILER_SAME_POINTER", True)      # kept False in the model; its cost here
    p = TilerParams("cint16", 1, 4, 16, 64, ROW_MAJOR)
    c = tiler_cycles(p, T)
    # 4 x 128-bit loads through the one input pointer, one a cycle (TILER_SAME_POINTER, UG1079), 3 of them
    # moved above the bottom of the 512-bit register (INSERT_OPS each on the vector-ALU slot), 2 x 256-bit stores
    assert p.schedule().inserts == 3 * INSERT_OPS
    assert c.ii_cycles == max(4, 3 * INSERT_OPS)
    assert c.depth_cycles == (4 - 1 + T.vload_latency) + (3 * INSERT_OPS - 1 + T.vector_alu_latency) + 2
    inner = 3 * c.ii_cycles + c.depth_cycles + T.branch_delay_slots
    assert c.loop_cycles == 16 * inner + T.branch_delay_slots
    assert c.total_cycles == c.loop_cycles + adf_call_overhead(T, 2)


def test_single_trip_inner_loop_pipelines_the_outer_loop():
    p = TilerParams("int32", 4, 4, 16, 16, ROW_MAJOR, untile=True)
    c = tiler_cycles(p, T)
    s = p.schedule()
    # 4 x 128-bit loads in, 4 x 128-bit stores out: 3 inserts and 3 extracts on the vector-ALU
    # slot against the 4 stores on the one store unit
    assert (s.inserts, s.extracts, s.stores) == (3 * INSERT_OPS, 3 * EXTRACT_OPS, 4)
    assert c.ii_cycles == max(4, s.inserts + s.extracts)
    assert c.loop_cycles == 15 * c.ii_cycles + max(c.depth_cycles, c.ii_cycles) + T.branch_delay_slots


@pytest.mark.parametrize("p, inserts", [
    (TilerParams("cint16", 4, 8, 64, 16, COL_MAJOR), 2 * 3),    # 1024-bit vector: two registers of 4 parts
    (TilerParams("int16", 4, 4, 16, 64, ROW_MAJOR), 3),         # 512-bit vector of four 128-bit loads
    (TilerParams("int16", 4, 16, 16, 64, ROW_MAJOR), 0),        # 256-bit loads fill register halves
])
def test_only_128_bit_parts_above_the_bottom_of_a_register_cost_inserts(p, inserts):
    assert p.schedule().inserts == INSERT_OPS * inserts


def test_column_major_costs_more_than_row_major_for_the_same_matrix():
    row = tiler_cycles(TilerParams("cint16", 4, 8, 64, 16, ROW_MAJOR), T)
    col = tiler_cycles(TilerParams("cint16", 4, 8, 64, 16, COL_MAJOR), T)
    assert col.total_cycles > row.total_cycles


def test_registered_as_family_and_ports_move_the_matrix():
    assert FAMILIES["matrix_mult_tiler"][0] is TilerParams
    p = TilerParams("cint32", 1, 2, 16, 32, ROW_MAJOR)
    assert kernel_cost("matrix_mult_tiler", p, T).total_cycles == tiler_cycles(p, T).total_cycles
    ins, outs = [q for q in p.ports() if q.direction == "in"], [q for q in p.ports() if q.direction == "out"]
    assert [q.bytes_per_call for q in ins] == [16 * 32 * 8] == [q.bytes_per_call for q in outs]


@pytest.mark.parametrize("kwargs, match", [
    (dict(dtype="int16", m=4, n=4, rows=64, cols=16, leading=COL_MAJOR), "column-major int16"),
    (dict(dtype="cint16", m=4, n=8, rows=64, cols=12, leading=ROW_MAJOR), "tiles"),
    (dict(dtype="float", m=4, n=4, rows=16, cols=16), "not modelled"),
    (dict(dtype="cint16", m=1, n=4, rows=16, cols=16, leading=2), "leading"),
    (dict(dtype="cint32", m=1, n=2, rows=1, cols=2), "smaller than one"),
])
def test_bad_parameters_are_refused(kwargs, match):
    with pytest.raises(ValueError, match=match):
        TilerParams(**kwargs)


def test_cores_share_memory_with_neighbours_only():
    assert cores_share_memory((3, 2), (3, 2))
    assert cores_share_memory((3, 2), (4, 2)) and cores_share_memory((4, 2), (3, 2))
    assert cores_share_memory((3, 2), (3, 3))
    assert not cores_share_memory((3, 2), (5, 2))
    assert not cores_share_memory((3, 2), (4, 3))


def _tiled_model(move_untiler_to=None):
    import dataclasses
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validation"))
    import cases_c7
    from aiesim_py.arch import load_device
    from aiesim_py.sim.timing import TimingParams
    from aiesim_py.sim.timing.model import TimingModel
    from aiesim_py.sim.timing.trace import Tracer
    d = cases_c7.matrix_mult_tiled_design("cint16", "cint16", 16, 64, 16)
    if move_untiler_to is not None:
        ks = tuple(dataclasses.replace(k, tile=move_untiler_to) if k.name == "untiler" else k for k in d.kernels)
        d = dataclasses.replace(d, kernels=ks)
    m = TimingModel(d, TimingParams.from_device(load_device(cases_c7.DEVICE)), 4, Tracer(False))
    m.run()
    return d, m


def test_tiled_matrix_mult_graph_shares_neighbour_buffers():
    d, m = _tiled_model()
    tiles = {k.name: tuple(k.tile) for k in d.kernels}
    assert tiles["tilerA"] == tiles["tilerB"] and len(set(tiles.values())) == 3     # NUM_AIE 3
    names = {name for name, _ in m.processes}
    assert "mm0_0.out[0] (mm2s)" not in names and "tilerA.out[0] (mm2s)" not in names
    assert "untiler.out[0] (mm2s)" in names                                          # to the output PLIO
    _, far = _tiled_model(move_untiler_to=(tiles["mm0_0"][0] + 3, tiles["mm0_0"][1]))
    assert "mm0_0.out[0] (mm2s)" in {name for name, _ in far.processes}
    assert far.t_out[0] - far.t_in[0] > m.t_out[0] - m.t_in[0]                       # one DMA hop more


def test_tiler_same_pointer_flag_off_restores_the_two_unit_share(monkeypatch):
    from aiesim_py.kernels import matrix_mult_tiler
    assert matrix_mult_tiler.TILER_SAME_POINTER is False        # kept off (lead, session 16)
    p = TilerParams("cint16", 1, 4, 16, 64, ROW_MAJOR)
    monkeypatch.setattr(matrix_mult_tiler, "TILER_SAME_POINTER", True)
    on = tiler_cycles(p, T)
    monkeypatch.setattr(matrix_mult_tiler, "TILER_SAME_POINTER", False)
    off = tiler_cycles(p, T)
    # the loads' issue step: 4 loads on two units (2 cycles) without the rule, 4 with it
    assert on.depth_cycles - off.depth_cycles == 4 - 2
    assert off.ii_cycles == max(2, 3 * INSERT_OPS)
