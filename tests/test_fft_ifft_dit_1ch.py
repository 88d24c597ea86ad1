"""kernels.fft_ifft_dit_1ch: the stage plan (radix, AIE API specialisation, rank split over a cascade), the
per-stage cost and the refusals; validation/cases_c20.py's design."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families
from aiesim_py.kernels.fft_ifft_dit_1ch import (STAGE_OPS, FftParams, api_stage, fft_ifft_dit_1ch_cycles,
                                                stage_cost)


@pytest.fixture(autouse=True)
def _without_valu_bypass(monkeypatch):
    """The hand counts and blind figures here predate VALU_FWD_CHANGE (aiesim_py.isa.timing, on since session 17):
    pinned off in this file; tests/test_timing.py and the validation run cover the bypass."""
    from aiesim_py.isa import timing
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "validation"))


@pytest.fixture
def old_loads(monkeypatch):
    """The hand counts below are of the model without FFT_SAME_POINTER (session 16; left off): pin it off."""
    from aiesim_py.kernels import fft_ifft_dit_1ch
    monkeypatch.setattr(fft_ifft_dit_1ch, "FFT_SAME_POINTER", False)


def _plan(p):
    return [(s.index, s.radix, s.spec, s.in_type, s.out_type, s.trips) for s in p.stages()]


def test_registered():
    assert families.FAMILIES["fft_ifft_dit_1ch"] == (FftParams, fft_ifft_dit_1ch_cycles)


def test_api_stage_follows_the_vectorization():
    # fft_get_stage on AIE-ML: radix 4: 1 -> 2, 4 -> 1, else 0; radix 2: 1 / 2 / 4 -> 3 / 2 / 1, else 0
    assert [api_stage(4, v) for v in (1, 4, 16, 256)] == [2, 1, 0, 0]
    assert [api_stage(2, v) for v in (1, 2, 4, 8, 64)] == [3, 2, 1, 0, 0]


def test_odd_power_starts_with_radix_2():
    # 128 points: ranks rounded up to 8, firstRank 1: a radix-2 stage on cint16 input writing cint32, then
    # radix-4 stages of vectorization 16, 4, 1 (AIE API stages 0, 1, 2), the last writing cint16
    p = FftParams("cint16", "cint16", 128, 128)
    assert (p.power, p.ceiled_power, p.first_rank) == (7, 8, 1)
    assert _plan(p) == [(0, 2, 0, "cint16", "cint32", 8), (2, 4, 0, "cint32", "cint32", 4),
                        (4, 4, 1, "cint32", "cint32", 4), (6, 4, 2, "cint32", "cint16", 4)]


def test_even_power_starts_with_radix_4_on_cint16():
    p = FftParams("cint16", "cint16", 1024, 2048)
    assert p.first_rank == 0 and p.frames == 2
    assert _plan(p)[0] == (0, 4, 0, "cint16", "cint32", 32)
    assert [s.radix for s in p.stages()] == [4] * 5


def test_rank_split_over_a_cascade():
    # the graph's split: the last kernel max(2, END / CASC / 2 * 2) ranks, each earlier one the same rule on
    # what is left, the first the rest
    assert [FftParams("cint16", "cint16", 512, 512, 4, c).rank_range() for c in range(4)] == \
        [(0, 4), (4, 6), (6, 8), (8, 10)]
    assert [FftParams("cint16", "cint16", 1024, 1024, 2, c).rank_range() for c in range(2)] == [(0, 6), (6, 10)]
    assert [FftParams("cint16", "cint16", 32, 32, 2, c).rank_range() for c in range(2)] == [(0, 4), (4, 6)]
    first, last = FftParams("cint16", "cint16", 128, 256, 2, 0), FftParams("cint16", "cint16", 128, 256, 2, 1)
    assert (first.in_type, first.out_type, last.in_type, last.out_type) == ("cint16", "cint32", "cint32", "cint16")
    # the cint32 window between the kernels is twice the cint16 one
    assert first.ports()[1].bytes_per_call == last.ports()[0].bytes_per_call == 256 * 8
    assert first.ports()[0].bytes_per_call == 256 * 4
    # every stage of the whole FFT runs in exactly one kernel
    for n, casc in ((32, 2), (128, 4), (512, 2), (1024, 4)):
        stages = [s.index for c in range(casc) for s in FftParams("cint16", "cint16", n, n, casc, c).stages()]
        assert stages == [s.index for s in FftParams("cint16", "cint16", n, n).stages()]


def test_stage_cost_store_and_alu_bound():
    # radix 4, stage 0, cint32 -> cint32: 4 output vectors of 8 cint32 = 8 stores, 8 VMACs: II 8
    p = FftParams("cint16", "cint16", 1024, 1024)
    s0, s1, s2, s3, s4 = p.stages()
    cycles, ii, depth = stage_cost(s1, T)
    assert ii == 8
    assert cycles == (s1.trips - 1) * 8 + depth + T.branch_delay_slots
    # the last stage: 10 vector-ALU ops (4 interleave_unzip = 8 VSHUFFLEs + 2 flips) bound it, cint16 stores 4
    assert STAGE_OPS[(4, 2, "cint32")].vector_alu == 10
    assert stage_cost(s4, T)[1] == 10
    # radix 2: 2 cint32 output vectors = 4 stores per 16 samples
    r2 = FftParams("cint16", "cint16", 512, 512).stages()[0]
    assert (r2.radix, r2.trips) == (2, 32) and stage_cost(r2, T)[1] == 4


def test_small_stages_are_straight_line_and_fenced_frames_serial(old_loads):
    p = FftParams("cint16", "cint16", 32, 32)
    costs = [stage_cost(s, T) for s in p.stages()]
    # 2-trip radix-2 stage unrolled (no loop set-up), 1-trip stages straight-line (their depth)
    assert costs[0][0] == costs[0][1] + costs[0][2]
    assert costs[1][0] == costs[1][2] and costs[2][0] == costs[2][2]
    one = fft_ifft_dit_1ch_cycles(p, T)
    two = fft_ifft_dit_1ch_cycles(FftParams("cint16", "cint16", 32, 64), T)      # 64 samples: fenced, serial
    per_frame = sum(c for c, _, _ in costs)
    assert per_frame == 25 + 43 + 47
    assert one.loop_cycles == per_frame
    assert two.loop_cycles == 2 * per_frame + T.branch_delay_slots
    assert two.total_cycles - two.loop_cycles == one.total_cycles - one.loop_cycles     # ADF wrapper, 2 buffers


def test_fence_change_overlaps_unfenced_frames_hand_counted(old_loads):
    """FENCE_CHANGE: windows of more than 64 samples, straight-line frames. Hand-scheduled, cint16, 32 points,
    one kernel, stages A (input -> tmp1, 25 cycles), B (tmp1 -> tmp2, 43), C (tmp2 -> output, 47): frame 0 ends
    at 115; frame 1's A waits for frame 0's B (which reads tmp1): 68..93; its B for frame 0's C (reads tmp2):
    115..158; its C 158..205: +90 a frame. 4 frames: 115 + 3 x 90 = 385 (serial 460)."""
    from aiesim_py.kernels.fft_ifft_dit_1ch import fenced, frame_loop_cycles, stage_buffers, straight_line_frame
    p = FftParams("cint16", "cint16", 32, 128)
    assert not fenced(p) and fenced(FftParams("cint16", "cint16", 32, 64)) and straight_line_frame(p)
    assert stage_buffers(p) == (("in", "tmp1"), ("tmp1", "tmp2"), ("tmp2", "out"))
    assert frame_loop_cycles(p, T) == 385
    assert fft_ifft_dit_1ch_cycles(p, T).loop_cycles == 385 + T.branch_delay_slots
    assert frame_loop_cycles(FftParams("cint16", "cint16", 32, 512), T) == 115 + 15 * 90
    # cint32 data: A is 26 cycles (one more load cycle), the same buffers by tmp_bufs slot: 116 + 3 x 90
    assert frame_loop_cycles(FftParams("cint32", "cint16", 32, 128, out_data="cint16"), T) == 116 + 3 * 90
    # first of two kernels: A (input -> tmp1) then B (tmp1 -> output): the next A waits for B, serial 4 x 68
    assert frame_loop_cycles(FftParams("cint16", "cint16", 32, 128, 2, 0), T) == 4 * 68
    # second of two: one stage, input -> output, no shared buffer: a frame every resource bound of its ops
    # (10 vector-ALU ops of radix 4 stage 2): 47 + 3 x 10
    assert frame_loop_cycles(FftParams("cint16", "cint16", 32, 128, 2, 1), T) == 47 + 3 * 10
    # 128 points: 4-8 trip stage loops, the frame loop is not the innermost one: serial even unfenced
    q = FftParams("cint16", "cint16", 128, 512)
    assert not straight_line_frame(q)
    assert frame_loop_cycles(q, T) == 4 * sum(stage_cost(s, T)[0] for s in q.stages())


@pytest.mark.parametrize("args, match", [
    (("cint32", "cint32", 128, 128), "not modelled"),
    (("cfloat", "cfloat", 128, 128), "not modelled"),
    (("cint16", "cint32", 128, 128), "not modelled"),
    (("cint16", "cint16", 16, 16), "radix-4 minimum"),
    (("cint16", "cint16", 8192, 8192), "TP_PARALLEL_POWER"),
    (("cint16", "cint16", 100, 100), "power of 2"),
    (("cint16", "cint16", 128, 192), "multiple of the point size"),
    (("cint16", "cint16", 32, 32, 4), "no stage"),
    (("cint16", "cint16", 128, 128, 2, 2), "outside the chain"),
    (("cint16", "cint16", 128, 128, 1, 0, False, "cfloat"), "TT_OUT_DATA"),
])
def test_refusals(args, match):
    with pytest.raises(ValueError, match=match):
        FftParams(*args)


def test_case_refuses_graph_parameters_and_builds_chains():
    import cases_c20
    base = ("cint16", "cint16", 128, 0, 2, 0, 256, 0, 0, 0, "cint16", 0, 2)
    assert cases_c20.fft_design(*base).kernels[1].params.position == 1
    for i, value, match in ((5, 1, "DYN_PT_SIZE"), (7, 1, "PARALLEL_POWER"), (8, 2, "API"), (9, 1, "TWIDDLE_MODE"),
                            (10, "cfloat", "TT_OUT_DATA"), (12, 4, "one kernel per tile")):
        key = list(base)
        key[i] = value
        with pytest.raises(ValueError, match=match):
            cases_c20.graph_refusal(*key)
    key = list(base)
    key[8], key[11] = 1, 1
    with pytest.raises(ValueError, match="SINGLE_BUF 1 with TP_API 1"):
        cases_c20.graph_refusal(*key)
    rows = cases_c20._rows()
    assert len(rows) == 542 and len({cases_c20._slug(r) for r in rows}) == 542
    blinds = (cases_c20.BLIND, cases_c20.BLIND_MORE, cases_c20.BLIND_OUT32, cases_c20.BLIND_OUT32_C32,
              cases_c20.BLIND_STREAM, cases_c20.BLIND_STREAM_MORE, cases_c20.BLIND_STREAM_WIDGETS)
    assert [len(b) for b in blinds] == [92, 90, 90, 92, 92, 274, 354]
    blind = {k: v for b in blinds for k, v in b.items()}
    assert len(blind) == 1084
    assert set(cases_c20.KNOWN_OFF) <= {f"c20.fft_ifft_dit_1ch.{k}" for k in blind}
    # the stream extension: TP_API 1 USE_WIDGETS 0 rows in their own file (46 cint16 -> cint16, then part 2: 46
    # cint16 -> cint32, 45 cint32 -> cint16, 46 cint32 -> cint32), NUM_AIE = CASC_LEN
    # then the widgets part: 177 USE_WIDGETS 1 rows, NUM_AIE = CASC_LEN + 2
    stream = cases_c20._rows(cases_c20.DATA_STREAM)
    assert len(stream) == 360 and stream == [r for r in rows if r["TP_API"] == "1"]
    types = [("cint16", "cint16"), ("cint16", "cint32"), ("cint32", "cint16"), ("cint32", "cint32")]
    assert [(r["TT_DATA"], r["TT_OUT_DATA"], r["TP_USE_WIDGETS"]) for r in stream] == (
        [(*t, "0") for t, n in zip(types, (46, 46, 45, 46)) for _ in range(n)]
        + [(*t, "1") for t, n in zip(types, (46, 43, 43, 45)) for _ in range(n)])
    assert all((r["TT_TWIDDLE"], r["TP_PARALLEL_POWER"], r["SINGLE_BUF"], r["TP_FFT_NIFFT"]) == ("cint16", "0", "0", "0")
               and int(r["NUM_AIE"]) == int(r["TP_CASC_LEN"]) + 2 * int(r["TP_USE_WIDGETS"]) for r in stream)
    # a widgets design: widget_api_cast stream -> window, the window-API FFT kernels, widget_api_cast window -> stream
    d = cases_c20.fft_design("cint16", "cint16", 512, 0, 2, 0, 1024, 0, 1, 0, "cint32", 0, 4, 1)
    assert [(k.kind, k.tile[0]) for k in d.kernels] == [("fft_ifft_dit_1ch", 1), ("fft_ifft_dit_1ch", 2),
                                                        ("widget_api_cast", 0), ("widget_api_cast", 3)]
    assert all(q.interface == "buffer" for k in d.kernels[:2] for q in k.params.ports())
    assert (d.kernels[2].params.in_api, d.kernels[3].params.out_api, d.kernels[3].params.dtype) == (
        "stream", "stream", "cint32")
    # the OUT32 extension: 45 cint16-data then 46 cint32-data rows, cint32 output, otherwise the first block's parameters
    out32 = [r for r in rows if r["TT_OUT_DATA"] == "cint32" and r["TP_API"] == "0"]
    assert len(out32) == 91 and all(r["TT_TWIDDLE"] == "cint16" for r in out32)
    assert [r["TT_DATA"] for r in out32] == ["cint16"] * 45 + ["cint32"] * 46
    assert all((r["TP_FFT_NIFFT"], r["TP_DYN_PT_SIZE"], r["TP_PARALLEL_POWER"], r["TP_API"], r["TP_USE_WIDGETS"],
                r["TP_TWIDDLE_MODE"], r["SINGLE_BUF"]) == ("0",) * 7 for r in out32)


def test_cint32_data(old_loads):
    # cint32 data (the C20 extension): the first stage reads cint32 (radix 2: four v4cint32 loads + a twiddle per
    # 16 samples), the output type follows TT_OUT_DATA on the last kernel only
    p = FftParams("cint32", "cint16", 512, 512, 2, 0, False, "cint16")
    q = FftParams("cint32", "cint16", 512, 512, 2, 1, False, "cint16")
    assert _plan(p)[0] == (0, 2, 0, "cint32", "cint32", 32)
    assert (p.in_type, p.out_type, q.in_type, q.out_type) == ("cint32", "cint32", "cint32", "cint16")
    assert [port.bytes_per_call for port in p.ports()] == [512 * 8, 512 * 8]
    assert STAGE_OPS[(2, 0, "cint32")].loads == STAGE_OPS[(2, 0, "cint16")].loads + 2
    # same II as the cint16 radix-2 stage (4 cint32 stores per trip), one more load cycle in its depth
    c16 = stage_cost(FftParams("cint16", "cint16", 512, 512).stages()[0], T)
    c32 = stage_cost(FftParams("cint32", "cint16", 512, 512, out_data="cint16").stages()[0], T)
    assert c32[1] == c16[1] == 4 and c32[2] == c16[2] + 1
    assert FftParams("cint16", "cint16", 128, 128, out_data="cint32").stages()[-1].out_type == "cint32"


@pytest.mark.parametrize("key, out_type, ii, depth", [
    ((2, 0, "cint16"), "cint32", 4, 21), ((2, 0, "cint32"), "cint32", 4, 22), ((4, 0, "cint16"), "cint32", 8, 35),
    ((4, 0, "cint32"), "cint32", 8, 40), ((4, 1, "cint32"), "cint32", 8, 43), ((4, 2, "cint32"), "cint16", 10, 47),
])
def test_stage_ii_and_depth_hand_counted(key, out_type, ii, depth, old_loads):
    """(II, depth) counted by hand from the module docstring's op table and the AIE-ML latencies (review of C20),
    e.g. radix 4 stage 1: 14 loads = 7 issues (6 + 7), three dependent vector-ALU steps (3 x 2), two MAC groups
    (2 x (3 + 5)), 8 stores of cint32 output = 43; II: 8 stores (radix 4, cint32 out) or 10 vector-ALU ops."""
    from aiesim_py.kernels.fft_ifft_dit_1ch import Stage
    _, got_ii, got_depth = stage_cost(Stage(0, key[0], key[1], key[2], out_type, 8))
    assert (got_ii, got_depth) == (ii, depth)


def test_whole_call_32_points(old_loads):
    # 32 points (2^5, odd power): a radix-2 stage, then two radix-4 stages, one frame, plus the ADF call
    # overhead: 155 cycles (hand-summed in the review of C20 from the stage costs above)
    assert fft_ifft_dit_1ch_cycles(FftParams("cint16", "cint16", 32, 32)).total_cycles == 155


def test_stream_api_kernels():
    # TP_API 1 (C20 stream extension): the first kernel reads the core input stream, the last writes the output stream,
    # the windows between the kernels stay buffers; a call = stream read loop + the API-0 FFT + stream write loop
    from aiesim_py.kernels.fft_ifft_dit_1ch import fft_ifft_dit_1ch_cycles, frame_loop_cycles, stream_read_loop, \
        stream_write_loop
    one = FftParams("cint16", "cint16", 1024, 1024, api="stream")
    assert [(q.interface, q.bytes_per_call) for q in one.ports()] == [("stream", 4096), ("stream", 4096)]
    chain = [FftParams("cint16", "cint16", 512, 512, 2, c, api="stream") for c in range(2)]
    assert [q.interface for q in chain[0].ports()] == ["stream", "buffer"]
    assert [q.interface for q in chain[1].ports()] == ["buffer", "stream"]
    # 128 trips of 8 words at II 8 (one word a cycle): 1024 words + the trip's depth beyond II + the loop set-up
    read, words = stream_read_loop(one, T)
    write, words_out = stream_write_loop(one, T)
    assert words == words_out == 1024 and read == 1024 + 1 + T.vector_alu_latency + T.branch_delay_slots
    assert write == 1024 + T.vload_latency + T.vector_alu_latency + T.branch_delay_slots
    c = fft_ifft_dit_1ch_cycles(one, T)
    window = fft_ifft_dit_1ch_cycles(FftParams("cint16", "cint16", 1024, 1024), T)
    assert c.trips == 1 and c.depth_cycles == c.loop_cycles == read + window.loop_cycles + write
    assert window.loop_cycles == frame_loop_cycles(FftParams("cint16", "cint16", 1024, 1024), T)
    assert c.call_overhead_cycles == window.call_overhead_cycles - 4 * T.lock_op_cycles   # no locks on streams
    with pytest.raises(ValueError, match="api must be"):
        FftParams("cint16", "cint16", 128, 128, api="cascade")
    with pytest.raises(ValueError, match="single_buffer with the stream API"):
        FftParams("cint16", "cint16", 128, 128, single_buffer=True, api="stream")


def test_stable_niter_change_reads_rows_get_latency_would_report():
    """STABLE_NITER_CHANGE (validation/cases_c20.py): get_latency.tcl reports -1 unless an iteration from the 4th on
    has a latency within 5 % of the previous one; a row whose NITER-8 model run has none is read at the smallest NITER
    whose run has one, every other row at 8."""
    import cases_c20
    assert cases_c20.stable_index([100, 200, 300, 400, 500]) is None         # +25 % a step: -1 in the script
    assert cases_c20.stable_index([100, 200, 300, 310, 500, 510]) == 5        # the last stable one
    assert cases_c20.stable_index([100, 101, 102]) is None                    # before the 4th iteration
    stable_row = cases_c20.fft_design("cint16", "cint16", 512, 0, 1, 0, 1024, 0, 0, 0, "cint16", 0, 1)
    assert cases_c20.iterations_for(stable_row)[0] == cases_c20.ITERATIONS
    chain = cases_c20.fft_design("cint16", "cint16", 128, 0, 4, 0, 2048, 0, 0, 0, "cint32", 0, 4)
    n, reading = cases_c20.iterations_for(chain)
    assert n > cases_c20.ITERATIONS
    _, lat = cases_c20._reading(chain, n)
    assert cases_c20.stable_index(lat) is not None
    assert cases_c20.stable_index(cases_c20._reading(chain, n - 1)[1]) is None
    assert reading[1] == cases_c20._reading(chain, n)[0][1]                   # the reading is that run's period


@pytest.mark.parametrize("key, out_type, ii, depth", [
    ((2, 0, "cint16"), "cint32", 4, 21), ((2, 0, "cint32"), "cint32", 4, 23), ((4, 0, "cint16"), "cint32", 8, 35),
    ((4, 0, "cint32"), "cint32", 8, 40), ((4, 1, "cint32"), "cint32", 8, 44), ((4, 2, "cint32"), "cint16", 10, 49),
])
def test_same_pointer_change_lengthens_only_the_load_step(key, out_type, ii, depth, monkeypatch):
    """FFT_SAME_POINTER (left off; the what-if): a trip's loads take the busiest pointer's count when it exceeds the two units' share:
    radix 2 cint32 4 data loads through one pointer (was 3 issue cycles), radix 4 stage 1 8 (was 7), stage 2 8 (was
    6); the other stages and every II as in the hand counts above."""
    from aiesim_py.kernels import fft_ifft_dit_1ch
    from aiesim_py.kernels.fft_ifft_dit_1ch import Stage
    monkeypatch.setattr(fft_ifft_dit_1ch, "FFT_SAME_POINTER", True)
    assert sum(STAGE_OPS[key].per_pointer) == STAGE_OPS[key].loads
    _, got_ii, got_depth = stage_cost(Stage(0, key[0], key[1], key[2], out_type, 8))
    assert (got_ii, got_depth) == (ii, depth)
    # 32 points: stages B and C one and two cycles longer than the hand-summed 155
    assert fft_ifft_dit_1ch_cycles(FftParams("cint16", "cint16", 32, 32)).total_cycles == 155 + 1 + 2


def test_fftmf_change_flag(monkeypatch):
    """FFTMF_CHANGE (session 17, left off): a call of >= 2 frames pays multi_frame_code_bytes / 4 B (one single-slot
    bundle) once; nothing with the flag off, for one frame or with no byte count; the case files take the byte count
    from the benchmark file's PROGRAM_MEMORY (single kernels with a one-frame sibling row)."""
    from aiesim_py.kernels import fft_ifft_dit_1ch, mixed_radix_fft
    import cases_c20
    import cases_c26
    assert fft_ifft_dit_1ch.FFTMF_CHANGE is False and fft_ifft_dit_1ch.BUNDLE_BYTES == 4
    plain = fft_ifft_dit_1ch_cycles(FftParams("cint16", "cint16", 512, 1024)).total_cycles
    coded = FftParams("cint16", "cint16", 512, 1024, multi_frame_code_bytes=288)
    assert fft_ifft_dit_1ch_cycles(coded).total_cycles == plain
    mr_plain = mixed_radix_fft.mixed_radix_fft_cycles(mixed_radix_fft.MixedRadixFftParams("cint16", "cint16", 512, 1024))
    mr_coded = mixed_radix_fft.MixedRadixFftParams("cint16", "cint16", 512, 1024, multi_frame_code_bytes=176)
    monkeypatch.setattr(fft_ifft_dit_1ch, "FFTMF_CHANGE", True)
    assert fft_ifft_dit_1ch_cycles(coded).total_cycles == plain + 72
    assert mixed_radix_fft.mixed_radix_fft_cycles(mr_coded).total_cycles == mr_plain.total_cycles + 44
    one = FftParams("cint16", "cint16", 512, 512, multi_frame_code_bytes=288)
    assert fft_ifft_dit_1ch_cycles(one).total_cycles == fft_ifft_dit_1ch_cycles(
        FftParams("cint16", "cint16", 512, 512)).total_cycles
    with pytest.raises(ValueError, match="multi_frame_code_bytes"):
        FftParams("cint16", "cint16", 512, 1024, multi_frame_code_bytes=-1)
    # the file's PROGRAM_MEMORY: 3584 B at one frame, 3872 at two (cint16 -> cint16, 512 points, window API)
    key = ("cint16", "cint16", 512, 0, 1, 0, 1024, 0, 0, 0, "cint16", 0, 1, 0)
    assert cases_c20.multi_frame_code_bytes(*key) == 288
    assert cases_c20.multi_frame_code_bytes(*key[:4], 2, *key[5:12], 2, 0) == 0     # a chain: per-tile figures
    assert cases_c26.multi_frame_code_bytes("cint16", "cint16", 512, 0, 1024, 1, 0, 0, 0, 1) == 176
