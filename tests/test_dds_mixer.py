"""kernels.dds_mixer: the cint16 LUT DDS / mixer cost model (DSPLib dds_mixer_lut on AIE-ML) and its refusals.

The expected numbers are counted by hand from the kernel source's ops (see the module docstring), not from the
model's own formulas."""
import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import dds_mixer, families
from aiesim_py.kernels.dds_mixer import DdsMixerParams, dds_mixer_cycles, num_luts, trip_ops


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)


def test_registered():
    assert families.FAMILIES["dds_mixer"] == (DdsMixerParams, dds_mixer_cycles)


def test_tables_from_sfdr():
    # dds_mixer_lut_graph.hpp: t_kNumLUTs = SFDR <= 60 ? 1 : SFDR <= 120 ? 2 : 3
    assert [num_luts(s) for s in (40, 60, 61, 80, 120, 121, 150)] == [1, 1, 2, 2, 2, 3, 3]


def test_geometry_and_ports():
    p = DdsMixerParams("cint16", 1, 256, 40)
    assert p.trips == 4                                   # 64 samples (8 steps of 8) per trip
    assert [(q.direction, q.bytes_per_call, q.buffers) for q in p.ports()] == [("in", 1024, 2), ("out", 1024, 2)]
    p2 = DdsMixerParams("cint16", 2, 4096, 80, single_buffer=True)
    assert p2.trips == 64
    assert [(q.direction, q.bytes_per_call, q.buffers) for q in p2.ports()] == [
        ("in", 16384, 1), ("in", 16384, 1), ("out", 16384, 1)]


def test_mode1_one_table_trip_ops_hand_count():
    o = trip_ops(DdsMixerParams("cint16", 1, 256, 40), T)
    # MAC: the big-fan multiply, then per step (8) the small-fan multiply and the mixer multiply
    assert o.slots.mac == 1 + 8 + 8
    # vector ALU: the sincos broadcast and one broadcast of ddsOutInter[cyc] per step
    assert o.slots.vector_alu == 1 + 8
    # move: table MOV + insert, UPS, SRS of the table value, SRS of ddsOutInter, one SRS per step
    assert o.slots.move == 2 + 1 + 1 + 1 + 8
    assert (o.slots.load_a, o.slots.load_any, o.slots.store, o.slots.scalar) == (2, 8, 8, 4)
    # chain: 3 scalar ops (3), MOV (1), 2 LDA (1 + 7), insert (2), UPS (3), SRS (4), broadcast (2), VMUL (5),
    # SRS (4), broadcast (2), VMUL (5), SRS (4), 8 mixer VMULs (7 + 5), store (1)
    assert o.depth == 3 + 1 + 8 + 2 + 3 + 4 + 2 + 5 + 4 + 2 + 5 + 4 + 12 + 1


def test_mode2_two_tables_trip_ops_hand_count():
    o = trip_ops(DdsMixerParams("cint16", 2, 256, 80), T)
    # MAC: cint32 x cint32 table product (2), big fan (1), per step fan + VMUL + VMAC (24)
    assert o.slots.mac == 2 + 1 + 24
    # vector ALU: 2 shuffles of the cint32 product, 1 + 8 broadcasts, 8 conj (addsub)
    assert o.slots.vector_alu == 2 + 1 + 8 + 8
    # move: 2 x (MOV + insert), SRS of the product, SRS of ddsOutInter, one SRS per step
    assert o.slots.move == 4 + 1 + 1 + 8
    assert (o.slots.load_a, o.slots.load_any, o.slots.store, o.slots.scalar) == (4, 16, 8, 7)
    # chain: 6 scalar (6), 2 MOV (2), 4 LDA (3 + 7), 2 inserts (1 + 2), 2 shuffles (1 + 2), chained VMAC (2),
    # VMUL latency (5), SRS (4), broadcast (2), VMUL (5), SRS (4), broadcast (2), VMUL (5), SRS (4),
    # 16 mixer MACs (15 + 5), store (1)
    assert o.depth == 6 + 2 + 10 + 3 + 3 + 2 + 5 + 4 + 2 + 5 + 4 + 2 + 5 + 4 + 20 + 1


def test_call_cycles_serial_trips():
    call2 = T.call_overhead_cycles + 2 * 2 * T.lock_op_cycles     # ADF wrapper, two buffer ports
    # one trip (64 samples): straight-line code, no loop set-up
    c = dds_mixer_cycles(DdsMixerParams("cint16", 1, 64, 40), T)
    assert c.total_cycles == 56 + call2
    # four trips one after the other (SERIAL_TRIPS_CHANGE) plus the hardware-loop set-up
    c = dds_mixer_cycles(DdsMixerParams("cint16", 1, 256, 40), T)
    assert c.loop_cycles == 4 * 56 + T.branch_delay_slots
    assert c.total_cycles == 4 * 56 + T.branch_delay_slots + call2
    # mode 2: three buffer ports
    c = dds_mixer_cycles(DdsMixerParams("cint16", 2, 64, 40), T)
    assert c.call_overhead_cycles == T.call_overhead_cycles + 2 * 3 * T.lock_op_cycles


def test_blind_model_pipelines_at_the_mac_bound(monkeypatch):
    monkeypatch.setattr(dds_mixer, "SERIAL_TRIPS", False)
    c = dds_mixer_cycles(DdsMixerParams("cint16", 1, 256, 40), T)
    assert c.ii_cycles == 17                               # MAC slot: 17 ops per trip
    assert c.loop_cycles == 3 * 17 + 56 + T.branch_delay_slots
    c = dds_mixer_cycles(DdsMixerParams("cint16", 2, 4096, 80), T)
    assert c.ii_cycles == 27


@pytest.mark.parametrize("args, kwargs, match", [
    (("cint16", 1, 256, 40), {"sincos": "inbuilt"}, "SINCOS_IN_HW"),
    (("cint32", 1, 256, 80), {}, "cint32 is not modelled"),
    (("cfloat", 1, 256, 80), {}, "not an AIE-ML"),
    (("cint16", 0, 256, 40), {}, "mode 0"),
    (("cint16", 3, 256, 40), {}, "MIXER_MODE"),
    (("cint16", 1, 100, 40), {}, "multiple of 64"),
    (("cint16", 1, 32, 40), {}, "multiple of 64"),
    (("cint16", 1, 256, 40), {"interface": "stream"}, "stream"),
    (("cint16", 1, 256, 40), {"ssr": 2}, "TP_SSR"),
    (("cint16", 1, 256, 40), {"phase_reload": True}, "phase"),
    (("cint16", 2, 256, 40), {"phase_inc_reload": True}, "phase"),
    (("cint16", 1, 256, 96), {}, "96 dB"),
])
def test_refusals(args, kwargs, match):
    with pytest.raises(ValueError, match=match):
        DdsMixerParams(*args, **kwargs)
