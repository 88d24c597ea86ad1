"""kernels.mixed_radix_fft: the stage plan (factorisation, radix order, AIE API specialisation, stage split over a
chain), the radix-3 / radix-5 and extra radix-2 stage costs counted by hand, the refusals; validation/cases_c26.py's
design and records."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families
from aiesim_py.kernels.fft_ifft_dit_1ch import FftParams, Stage, fft_ifft_dit_1ch_cycles
from aiesim_py.kernels import mixed_radix_fft as mrfft
from aiesim_py.kernels.mixed_radix_fft import (MixedRadixFftParams, R2_MORE_OPS, any_stage_cost, factor_plan,
                                               mixed_radix_fft_cycles, odd_stage_ops, stage_entry_cycles,
                                               acc_read_port_ops)


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "validation"))


def _plan(p):
    return [(s.index, s.radix, s.spec, s.in_type, s.out_type, s.trips) for s in p.stages()]


def test_registered():
    assert families.FAMILIES["mixed_radix_fft"] == (MixedRadixFftParams, mixed_radix_fft_cycles)


def test_factorisation_follows_fnGetNumStages():
    # 288 = 2^5 x 3^2, a multiple of 32: two radix-3, then one radix 2 (2^5 = 2 x 4^2), two radix 4
    assert factor_plan(288) == {5: 0, 3: 2, 2: 1, 4: 2}
    # 320 = 2^6 x 5: one radix 5, three radix 4
    assert factor_plan(320) == {5: 1, 3: 0, 2: 0, 4: 3}
    # 1200 = 2^4 x 3 x 5^2 is not a multiple of __MRFFT_ATOM__ 32: no radix 4, four radix-2 stages
    assert factor_plan(1200) == {5: 2, 3: 1, 2: 4, 4: 0}
    assert factor_plan(32) == {5: 0, 3: 0, 2: 1, 4: 2}


def test_stage_order_vectorization_and_trips():
    # 288 points: radix 3 (TP_R 96, then 32), radix 2 (TP_R 16 -> AIE API stage 0), radix 4 (TP_R 4 -> stage 1,
    # TP_R 1 -> stage 2); trips: radix 3 (288 / 3) / 8 = 12, radix 2 288 / 16 = 18, radix 4 288 / 32 = 9
    p = MixedRadixFftParams("cint16", "cint16", 288, 288)
    assert _plan(p) == [(0, 3, 0, "cint16", "cint32", 12), (1, 3, 0, "cint32", "cint32", 12),
                        (2, 2, 0, "cint32", "cint32", 18), (3, 4, 1, "cint32", "cint32", 9),
                        (4, 4, 2, "cint32", "cint16", 9)]
    # 48 points (2^4 x 3): four radix-2 stages of TP_R 8, 4, 2, 1 -> AIE API stages 0, 1, 2, 3
    assert [(s.radix, s.spec) for s in MixedRadixFftParams("cint16", "cint16", 48, 48).stages()] == \
        [(3, 0), (2, 0), (2, 1), (2, 2), (2, 3)]


def test_stage_split_over_a_chain():
    # the graph's comment: 8 ranks on 3 kernels -> the last START = 8 - 8 / 3 = 6, the next 6 - 6 / 2 = 3, the first 0
    # (1296 = 2^4 x 3^4: four radix-3 and four radix-2 stages)
    assert [MixedRadixFftParams("cint16", "cint16", 1296, 1296, 3, c).rank_range() for c in range(3)] == \
        [(0, 3), (3, 6), (6, 8)]
    # 288 (5 stages) on 4 kernels: 5 // 4 = 1 for the last, 4 // 3 = 1, 3 // 2 = 1, the first the two radix-3 stages
    assert [MixedRadixFftParams("cint16", "cint16", 288, 288, 4, c).rank_range() for c in range(4)] == \
        [(0, 2), (2, 3), (3, 4), (4, 5)]
    first, last = (MixedRadixFftParams("cint16", "cint16", 96, 192, 2, c) for c in (0, 1))
    assert (first.in_type, first.out_type, last.in_type, last.out_type) == ("cint16", "cint32", "cint32", "cint16")
    assert [port.bytes_per_call for port in first.ports()] == [192 * 4, 192 * 8]


def test_odd_stage_ops_hand_counted():
    # radix 3, cint16 input: 3 data loads (v8cint16 = 256 bits) + 2 twiddle scalars; 2 broadcasts; lups + 2 SRS to
    # cint32; 2 twiddle multiplies + 2 accumulator adds + 2 x 2 rotations = 8 MAC-slot ops
    o = odd_stage_ops(3, "cint16")
    assert (o.loads, o.vector_alu, o.move, o.mac) == (5, 2, 3, 8)
    # radix 5, cint32 input: 5 x 2 loads (v8cint32 = 512 bits) + 4 twiddles; 4 + 4 + 16 = 24 MAC-slot ops
    o = odd_stage_ops(5, "cint32")
    assert (o.loads, o.vector_alu, o.move, o.mac) == (14, 4, 5, 24)


@pytest.mark.parametrize("radix, tin, tout, ii, depth", [
    # radix 3, c16 -> c32: loads 5 = 3 issues (2 + 7), 2 broadcasts (1 + 2), 2 multiplies (1 + 5), 2 SRS (1 + 4),
    # 6 adds / rotations (5 + 5), 6 cint32 stores = 9 + 3 + 6 + 5 + 10 + 6 = 39; II 8 (MAC slot), since
    # ACC_PORT_CHANGE 10 (accumulator read port: 6 VST.SRS + 2 VSRS + 2 VACC)
    (3, "cint16", "cint32", 10, 39),
    # radix 5, c16 -> c32: 9 loads = 5 issues (4 + 7), 4 broadcasts (3 + 2), 4 multiplies (3 + 5), 4 SRS (3 + 4),
    # 20 adds / rotations (19 + 5), 10 stores = 11 + 5 + 8 + 7 + 24 + 10 = 65; II 24
    (5, "cint16", "cint32", 24, 65),
    # radix 5, c32 -> c32: 14 loads = 7 issues (6 + 7): 67
    (5, "cint32", "cint32", 24, 67),
    # radix 3, c32 -> c16: 8 loads = 4 issues (3 + 7), 3 cint16 stores: 10 + 3 + 6 + 5 + 10 + 3 = 37; read port 7
    (3, "cint32", "cint16", 8, 37),
])
def test_odd_stage_ii_and_depth_hand_counted(radix, tin, tout, ii, depth):
    _, got_ii, got_depth = any_stage_cost(Stage(0, radix, 0, tin, tout, 12), T)
    assert (got_ii, got_depth) == (ii, depth)


def test_acc_port_change_flag(monkeypatch):
    # ACC_PORT_CHANGE (after C26's errors): radix 3 with cint32 output 6 VST.SRS + 2 VSRS + 2 VACC = 10 reservations,
    # radix 5 10 + 4 + 4 = 18 (under its MAC bound 24); flag off: the slot bound 8
    assert acc_read_port_ops(Stage(0, 3, 0, "cint32", "cint32", 12), T) == 10
    assert acc_read_port_ops(Stage(0, 5, 0, "cint32", "cint32", 12), T) == 18
    monkeypatch.setattr(mrfft, "ACC_PORT_CHANGE", False)
    assert any_stage_cost(Stage(0, 3, 0, "cint32", "cint32", 12), T)[1] == 8


@pytest.mark.parametrize("spec, tout, ii, depth", [
    # stage 1: 4 data + 2 twiddle loads = 3 issues (2 + 7), broadcast (2), shuffle (2), 2 VMACs (1 + 5), 4 stores
    (1, "cint32", 4, 23),
    # stage 2: 5 loads (9), 3 shuffles (2 + 2), lups (3), 2 VMACs (6), 4 stores = 26
    (2, "cint32", 4, 26),
    # stage 3, cint16 out: 5 loads (9), 2 shuffles (1 + 2), lups (3), 2 VMACs (6), 2 stores = 23; II 3 (loads)
    (3, "cint16", 3, 23),
])
def test_extra_radix2_stages_hand_counted(spec, tout, ii, depth):
    assert (2, spec, "cint32") in R2_MORE_OPS
    _, got_ii, got_depth = any_stage_cost(Stage(0, 2, spec, "cint32", tout, 8), T)
    assert (got_ii, got_depth) == (ii, depth)


def test_power_of_two_matches_fft_ifft_dit_1ch(monkeypatch):
    # 32 points: the same stage plan as kernels.fft_ifft_dit_1ch (radix 2, radix 4 stage 1, radix 4 stage 2), the same
    # stage code: 25 + 43 + 47 cycles + the 40-cycle ADF wrapper = 155 (C20's hand-summed figure), the blind model
    assert fft_ifft_dit_1ch_cycles(FftParams("cint16", "cint16", 32, 32)).total_cycles == 155
    # FRAME_CHANGE + LDA_CHANGE + REF_CHANGE (after C26's blind runs): + the twiddle-pointer chain of each stage, none
    # of them a loop (2 radix-2 trips unrolled, 1 radix-4 trip each): 15 + 17 + 17 = 49 -> 204; fft_ifft_dit_1ch
    # (compile-time pointers) unchanged
    assert mixed_radix_fft_cycles(MixedRadixFftParams("cint16", "cint16", 32, 32)).total_cycles == 204
    monkeypatch.setattr(mrfft, "REF_CHANGE", False)
    # LDA_CHANGE alone: 8 + 10 + 10 = 28 -> 183
    assert mixed_radix_fft_cycles(MixedRadixFftParams("cint16", "cint16", 32, 32)).total_cycles == 183
    monkeypatch.setattr(mrfft, "LDA_CHANGE", False)
    # FRAME_CHANGE as committed: 8 + 9 + 9 = 26 -> 181
    assert mixed_radix_fft_cycles(MixedRadixFftParams("cint16", "cint16", 32, 32)).total_cycles == 181
    monkeypatch.setattr(mrfft, "FRAME_CHANGE", False)
    assert mixed_radix_fft_cycles(MixedRadixFftParams("cint16", "cint16", 32, 32)).total_cycles == 155


@pytest.mark.parametrize("radix, trips, cycles", [
    # radix 2: one table offset: 1 scalar load (7) -> pointer add (1) = 8; 2 trips: unrolled, no loop set-up
    (2, 2, 8),
    # radix 4 (3 tables on AIE-ML): 2 load issues (1 + 7) -> add (1) = 9; 1 trip: straight-line
    (4, 1, 9),
    # radix 4, 9 trips: a hardware loop whose 5-cycle set-up overlaps the chain: 9 - 5 = 4
    (4, 9, 4),
    # radix 3 (2 tables): 1 issue (7) + 1 = 8, 12 trips: 8 - 5 = 3; radix 5 (4 tables): 2 issues: 9 - 5 = 4
    (3, 12, 3),
    (5, 8, 4),
])
def test_frame_change_stage_entry_hand_counted(radix, trips, cycles, monkeypatch):
    # FRAME_CHANGE as committed (offset loads two a cycle, their address known)
    monkeypatch.setattr(mrfft, "LDA_CHANGE", False)
    monkeypatch.setattr(mrfft, "REF_CHANGE", False)
    assert stage_entry_cycles(Stage(0, radix, 0, "cint32", "cint32", trips), T) == cycles


@pytest.mark.parametrize("radix, trips, lda, ref", [
    # LDA_CHANGE: the offset loads one a cycle on load unit A: radix 2: 1 issue (7) + 1 = 8;
    # REF_CHANGE: first the reference member's load (7): 7 + 7 + 1 = 15
    (2, 2, 8, 15),
    # radix 4, 1 trip: 3 issues (2 + 7) + 1 = 10; with the reference load 7 + 9 + 1 = 17
    (4, 1, 10, 17),
    # radix 4, 9 trips: less the 5-cycle loop set-up: 5 / 12
    (4, 9, 5, 12),
    # radix 3, 12 trips: (1 + 7) + 1 - 5 = 4 / 7 + 8 + 1 - 5 = 11; radix 5, 8 trips: (3 + 7) + 1 - 5 = 6 / 13
    (3, 12, 4, 11),
    (5, 8, 6, 13),
])
def test_lda_and_ref_change_stage_entry_hand_counted(radix, trips, lda, ref, monkeypatch):
    st = Stage(0, radix, 0, "cint32", "cint32", trips)
    assert stage_entry_cycles(st, T) == ref
    monkeypatch.setattr(mrfft, "REF_CHANGE", False)
    assert stage_entry_cycles(st, T) == lda


def test_frame_change_is_paid_per_frame():
    one = mixed_radix_fft_cycles(MixedRadixFftParams("cint16", "cint16", 288, 288), T)
    two = mixed_radix_fft_cycles(MixedRadixFftParams("cint16", "cint16", 288, 576), T)
    entry = sum(stage_entry_cycles(st, T) for st in MixedRadixFftParams("cint16", "cint16", 288, 288).stages())
    assert entry > 0
    assert two.total_cycles - one.total_cycles == one.loop_cycles + T.branch_delay_slots
    assert one.loop_cycles == sum(any_stage_cost(st, T)[0] for st in MixedRadixFftParams(
        "cint16", "cint16", 288, 288).stages()) + entry


def test_single_buffer_on_every_kernel_of_the_chain():
    # harness test.hpp @0d8795bc: SINGLE_BUF 1 -> single_buffer on in[0] and out[0] of every kernel of the chain
    import cases_c26
    d = cases_c26.fft_design("cint16", "cint16", 256, 0, 512, 2, 0, 0, 1, 2)
    assert [[port.buffers for port in k.params.ports()] for k in d.kernels] == [[1, 1], [1, 1]]
    d = cases_c26.fft_design("cint16", "cint16", 256, 0, 512, 2, 0, 0, 0, 2)
    assert [[port.buffers for port in k.params.ports()] for k in d.kernels] == [[2, 2], [2, 2]]


def test_frames_serial():
    one = mixed_radix_fft_cycles(MixedRadixFftParams("cint16", "cint16", 96, 96), T)
    four = mixed_radix_fft_cycles(MixedRadixFftParams("cint16", "cint16", 96, 384), T)
    assert four.loop_cycles == 4 * one.loop_cycles + T.branch_delay_slots
    assert four.call_overhead_cycles == one.call_overhead_cycles


@pytest.mark.parametrize("args, match", [
    (("cint32", "cint32", 96, 96), "not modelled"),
    (("cfloat", "cfloat", 96, 96), "not modelled"),
    (("cint16", "cint16", 40, 40), "multiple of 16"),
    (("cint16", "cint16", 112, 112), "factorise"),
    (("cint16", "cint16", 4096, 4096), "at most 5"),
    (("cint16", "cint16", 96, 144), "multiple of the point size"),
    (("cint16", "cint16", 32, 32, 4), "stages"),
    (("cint16", "cint16", 96, 96, 2, 2), "outside the chain"),
])
def test_refusals(args, match):
    with pytest.raises(ValueError, match=match):
        MixedRadixFftParams(*args)


def test_case_refuses_graph_parameters_and_records_the_blind_run():
    import cases_c26
    base = ("cint16", "cint16", 96, 0, 192, 2, 0, 0, 0, 2)
    assert cases_c26.fft_design(*base).kernels[1].params.position == 1
    for i, value, match in ((6, 1, "TP_API"), (7, 1, "DYN_PT_SIZE"), (9, 3, "one kernel per tile")):
        key = list(base)
        key[i] = value
        with pytest.raises(ValueError, match=match):
            cases_c26.graph_refusal(*key)
    rows = cases_c26._rows()
    assert len(rows) == 170 and len({cases_c26._slug(r) for r in rows}) == 170
    # the first 62 rows: BLIND; the 108 appended (100 SINGLE_BUF 0, 8 SINGLE_BUF 1): BLIND_MORE, every figure once
    assert {k.rsplit(".", 1)[0] for k in cases_c26.BLIND} == {cases_c26._slug(r) for r in rows[:62]}
    assert {k.rsplit(".", 1)[0] for k in cases_c26.BLIND_MORE} == {cases_c26._slug(r) for r in rows[62:]}
    assert len(cases_c26.BLIND) == 124 and len(cases_c26.BLIND_MORE) == 216
    assert sum(r["SINGLE_BUF"] == "1" for r in rows[62:]) == 8
    assert all(r["AIE_VARIANT"] == "AIE-ML" and r["TT_DATA"] == "cint16" and r["TP_FFT_NIFFT"] == "0"
               and r["TP_API"] == "0" and r["TP_DYN_PT_SIZE"] == "0" for r in rows)
    assert set(cases_c26.KNOWN_OFF) <= {f"c26.mixed_radix_fft.{k}" for k in {**cases_c26.BLIND, **cases_c26.BLIND_MORE}}
    assert len(cases_c26.KNOWN_OFF) == 77  # after FRAME_CHANGE, LDA_CHANGE, REF_CHANGE, ACC_PORT_CHANGE and MM2S_CHAINED_BD_CHANGE
