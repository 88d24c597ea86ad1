"""sim.timing: the transaction-level simpy model of a Design."""
import ast
import dataclasses
import json
from pathlib import Path

import pytest
import simpy

from aiesim_py.arch import load_device
from aiesim_py.compiler import compile_model
from aiesim_py.errors import SimulationError
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.dense import dense_cycles
from aiesim_py.sim.timing import TimingParams, simulate, write_chrome_trace
from aiesim_py.sim.timing.locks import Lock, LockTable, SlotBuffer

DIGITS = Path(__file__).resolve().parents[1] / "examples" / "digits_mlp" / "digits_mlp.fml"


@pytest.fixture(scope="module")
def mlp4():
    return compile_model("mlp:16-64-32-32-8", batch=8)


@pytest.fixture(scope="module")
def single():
    """One 64x64 layer on one tile: the kernel (266 cycles) is the slowest stage."""
    return compile_model("mlp:64-64", batch=8, parallelism="1x1")


def test_latency_interval_throughput_positive(mlp4):
    r = simulate(mlp4, iterations=8)
    assert r.latency_cycles > 0 and r.interval_cycles > 0
    assert r.latency_ns == pytest.approx(r.latency_cycles * 1e9 / r.clock_hz)
    assert r.interval_ns == pytest.approx(r.interval_cycles * 1e9 / r.clock_hz)
    assert r.throughput_gops == pytest.approx(2 * mlp4.macs_per_iteration / r.interval_ns)
    assert r.tiles_used == mlp4.tiles_used and r.memtiles_used == mlp4.memtiles_used
    assert len(r.output_times_cycles) == r.iterations == 8
    assert all(k.calls == 8 and k.busy_cycles >= 8 * k.cycles_per_call for k in r.kernels)
    assert all(c.transfers == 8 and c.busy_cycles > 0 for c in r.channels)
    json.dumps(r.to_dict())


def test_kernel_bound_interval_equals_cost_model(single):
    cost = dense_cycles(single.kernels[0].params, AIE_ML_CORE).total_cycles
    r = simulate(single, iterations=16)
    # 512 B per DMA transfer = 128 cycles < 266 kernel cycles: the core never waits
    assert r.interval_cycles == pytest.approx(cost, rel=0.02)
    assert r.kernels[0].utilization == pytest.approx(1.0, rel=0.02)


def test_plio_bound_interval_follows_plio_rate(single):
    # a 32-bit PLIO at 312.5 MHz moves 1 byte per 1.25 GHz array cycle: 512 B per iteration
    plios = tuple(dataclasses.replace(p, width_bits=32) if p.direction == "in" else p for p in single.plios)
    r = simulate(dataclasses.replace(single, plios=plios), iterations=16)
    assert r.interval_cycles == pytest.approx(single.batch * single.input_features, rel=0.03)
    assert r.channel("plio_in").busy_cycles == 16 * 512


def test_steady_interval_independent_of_iterations(mlp4):
    a = simulate(mlp4, iterations=16).interval_cycles
    b = simulate(mlp4, iterations=64).interval_cycles
    assert b == pytest.approx(a, rel=0.03)


def test_latency_grows_with_layers():
    lat = [simulate(compile_model(spec, batch=8, parallelism=par), iterations=4).latency_cycles
           for spec, par in [("mlp:64-64", "1x1"), ("mlp:64-64-64", "1x1,1x1"),
                             ("mlp:64-64-64-64", "1x1,1x1,1x1")]]
    assert lat[0] < lat[1] < lat[2]


def test_cascade_layer():
    # a layer large enough that the kernels, not the 4 B/cycle DMAs, set the interval
    d = compile_model("mlp:192-128", batch=8, parallelism="2x1")
    r = simulate(d, iterations=8)
    (cas,) = r.cascades
    assert (cas.src, cas.dst) == ("dense0_c0_l0", "dense0_c0_l1")
    assert cas.transfers == 8 and cas.bytes_per_call == 4 * 8 * 128
    first, last = r.kernel("dense0_c0_l0"), r.kernel("dense0_c0_l1")
    assert (first.role, last.role) == ("first", "last")
    # the last tile needs the partial sums: it waits on the cascade in the first call at least
    assert last.stall_cascade_cycles > 0
    assert r.interval_cycles == pytest.approx(max(first.cycles_per_call, last.cycles_per_call), rel=0.03)


def test_deadlock_names_the_waiters(single):
    mt0 = single.shared_buffer("mt0")
    broken = dataclasses.replace(single, shared_buffers=tuple(
        dataclasses.replace(b, outputs=()) if b.name == "mt0" else b for b in single.shared_buffers))
    assert mt0.outputs  # the original reads mt0
    with pytest.raises(SimulationError) as exc:
        simulate(broken, iterations=4)
    msg = str(exc.value)
    assert "deadlock" in msg and "0 of 4 iterations" in msg
    assert "plio_in (plio_in) waits on buffer mt0" in msg
    assert "dense0_c0_l0 (core) waits on buffer dense0_c0_l0.in" in msg


def test_inconsistent_design_is_reported(single):
    sb = single.shared_buffer("mt0")
    port = dataclasses.replace(sb.outputs[0], peers=("ghost.in",))
    broken = dataclasses.replace(single, shared_buffers=tuple(
        dataclasses.replace(b, outputs=(port,)) if b.name == "mt0" else b for b in single.shared_buffers))
    with pytest.raises(SimulationError, match="ghost.in"):
        simulate(broken, iterations=4)
    with pytest.raises(SimulationError, match="at least 2"):
        simulate(single, iterations=1)


def test_deterministic():
    d = compile_model(str(DIGITS), batch=8)
    a, b = simulate(d, iterations=12, trace=True), simulate(d, iterations=12, trace=True)
    assert a == b                      # wall_seconds is not compared
    da, db = a.to_dict(include_trace=True), b.to_dict(include_trace=True)
    da.pop("wall_seconds"), db.pop("wall_seconds")
    assert da == db


def test_assumptions_are_parameters(single):
    base = simulate(single, iterations=4)
    slow = simulate(single, iterations=4,
                    params=TimingParams.from_device(load_device("ve2802"), dma_bd_setup_cycles=40))
    assert base.assumptions["dma_bd_setup_cycles"] != slow.assumptions["dma_bd_setup_cycles"]
    assert slow.latency_cycles > base.latency_cycles


def test_trace_and_chrome_export(mlp4, tmp_path):
    assert simulate(mlp4, iterations=4).trace is None
    r = simulate(mlp4, iterations=4, trace=True)
    tracks = {t for t, *_ in r.trace}
    k0 = next(k for k in mlp4.kernels if k.name == "dense0_c0_l0")
    mt0 = next(b for b in mlp4.shared_buffers if b.name == "mt0")
    assert f"tile({k0.tile[0]},{k0.tile[1]})/dense0_c0_l0 core" in tracks
    assert f"memtile({mt0.memtile[0]},{mt0.memtile[1]})/mt0.out[0] mm2s" in tracks
    assert all(end >= start for _, _, start, end in r.trace)
    path = write_chrome_trace(r, tmp_path / "trace.json")
    data = json.loads(path.read_text())
    spans = [e for e in data["traceEvents"] if e["ph"] == "X"]
    assert len(spans) == len(r.trace) and all(e["dur"] >= 0 for e in spans)
    with pytest.raises(ValueError):
        write_chrome_trace(simulate(mlp4, iterations=2), tmp_path / "none.json")


def test_lock_semantics():
    env = simpy.Environment()
    table = LockTable(env, 63)
    lock = table.new("L", init=1)
    got = []

    def taker(name, value):
        ev = lock.acquire(value, name)
        if ev is not None:
            yield ev
        got.append((name, env.now, lock.state))

    def giver():
        yield env.timeout(5)
        lock.release(2)                        # state 2: still short of 3
        yield env.timeout(1)
        lock.release(1)                        # state 3: the waiter gets it, state back to 0

    env.process(taker("a", 1))                 # granted at once: state 0
    env.process(taker("b", 3))                 # waits until state >= 3, then subtracts 3
    env.process(giver())
    env.run()
    assert got == [("a", 0, 0), ("b", 6, 0)]
    with pytest.raises(SimulationError, match="6-bit"):
        Lock(env, "M", 63, 63).release(1)


def test_slot_buffer_needs_every_writer_and_reader():
    env = simpy.Environment()
    buf = SlotBuffer(LockTable(env, 63), "mt", 2, ["in[0]", "in[1]"], ["out[0]"])
    full, need_w = buf.reader_lock(0, 0)
    assert need_w == 2
    free, need_r = buf.writer_lock(0, 0)
    assert free.acquire(need_r, "w") is None          # slot 0 starts free
    for lock, delta in buf.written(0):                # writer 0 done: not full for the reader yet
        lock.release(delta)
    assert full.state == 1 and full.state < need_w
    again, _ = buf.writer_lock(2, 0)                  # iteration 2 reuses slot 0
    assert again is free and free.acquire(need_r, "w") is not None   # blocked until read


def test_timing_package_does_not_import_the_compiler():
    root = Path(__file__).resolve().parents[1] / "aiesim_py" / "sim" / "timing"
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.startswith("aiesim_py.compiler") for n in names), path


def test_design_json_roundtrip_simulates_the_same(mlp4):
    from aiesim_py.design import Design
    again = Design.from_dict(json.loads(mlp4.to_json()))
    assert simulate(again, iterations=6) == simulate(mlp4, iterations=6)


def _cascade_pair(token_words: int, up_step: int, down_pre: int, groups: int = 2):
    """Run one call of an upstream and a downstream kernel joined by one kernel_graph cascade
    whose group is ``token_words`` 512-bit words; returns (env, params, cascade, upstream end,
    downstream group start times)."""
    from collections import deque
    from types import SimpleNamespace
    from aiesim_py.sim.timing.kernel_graph import _cascade_call
    from aiesim_py.sim.timing.tiles import Cascade
    p = TimingParams.from_device(load_device("ve2802"))
    env = simpy.Environment()
    word = p.cascade_word_bytes
    cas = Cascade(LockTable(env, 63), "up", "down", groups * token_words * word,
                  p.cascade_fifo_bytes // (token_words * word))
    cas.token_words, cas.fifo_words = token_words, p.cascade_fifo_bytes // word
    up_cost = SimpleNamespace(groups=groups, loop_cycles=groups * up_step, epilogue_cycles=0)
    down_cost = SimpleNamespace(groups=groups, loop_cycles=groups * 10, epilogue_cycles=0)
    ends, starts = [], []

    def upstream():
        yield from _cascade_call(env, p, up_cost, None, cas, groups * up_step, "up")
        ends.append(env.now)

    class Recorded(deque):
        def popleft(self):               # the cycle the downstream may read the group
            t = super().popleft()
            starts.append(max(env.now, t + p.cascade_hop_cycles))
            return t
    cas.finish_times = Recorded()

    def downstream():
        yield env.timeout(down_pre)
        yield from _cascade_call(env, p, down_cost, cas, None, groups * 10, "down")

    env.process(upstream())
    env.process(downstream())
    env.run()
    return p, cas, ends[0], starts


def test_cascade_group_is_readable_from_its_first_word():
    """A group of n 512-bit words is written one word per cycle in the last n cycles of the
    upstream's group (AM020-IF): a waiting downstream starts reading it a hop after the first
    word, not after the last."""
    p, cas, _end, starts = _cascade_pair(token_words=8, up_step=40, down_pre=0)
    assert starts[0] == 40 - 8 + p.cascade_hop_cycles


def test_cascade_upstream_waits_only_for_words_past_the_fifos():
    """The 2 + 2-deep cascade FIFOs (AM020-IF) take the first 4 words of a group without the
    downstream; the rest of an 8-word group follows the downstream's reads. A downstream that
    starts reading late (cycle 100) holds the upstream's last write until 100 + 8 - 4; a group
    of 2 words fits the FIFOs (capacity 2 groups) and the upstream does not wait at all."""
    p, cas, end, starts = _cascade_pair(token_words=8, up_step=40, down_pre=100, groups=1)
    assert cas.fifo_words == 4 and cas.capacity_calls == 0
    assert end == 100 + 8 - 4
    p, cas, end, _ = _cascade_pair(token_words=2, up_step=40, down_pre=500, groups=2)
    assert cas.capacity_calls == 2 and end == 80


def test_cascade_declared_group_schedule_sets_read_and_write_times():
    """A cost may declare its software-pipelined group loop (``cascade_group_interval_cycles``,
    ``cascade_write_offset_cycles``): reads ``interval`` apart, each group's first word
    ``offset`` after its read, the prologue takes the rest of the call. Without them a group
    of ``words`` words writes its first word ``words`` cycles before the end of its step of
    ``loop_cycles // groups``. The call keeps its length either way."""
    from types import SimpleNamespace
    from aiesim_py.sim.timing.kernel_graph import _cascade_call
    from aiesim_py.sim.timing.tiles import Cascade
    p = TimingParams.from_device(load_device("ve2802"))
    word = p.cascade_word_bytes
    out = {}
    for declared in (False, True):
        env = simpy.Environment()
        cas = Cascade(LockTable(env, 63), "up", "down", 2 * 2 * word, p.cascade_fifo_bytes // (2 * word))
        cas.token_words, cas.fifo_words = 2, p.cascade_fifo_bytes // word
        cost = SimpleNamespace(groups=2, loop_cycles=100, epilogue_cycles=10)
        if declared:
            cost.cascade_group_interval_cycles, cost.cascade_write_offset_cycles = 30, 30
        done = []

        def up():
            yield from _cascade_call(env, p, cost, None, cas, 120, "up")
            done.append(env.now)
        env.process(up())
        env.run()
        out[declared] = (list(cas.finish_times), done[0])
    # default: pre 10, steps of 50, first words at 50 - 2 and 100 - 2 into the loop
    assert out[False] == ([10 + 48, 10 + 98], 120)
    # declared: loop of 30 + 30 + 2 cycles, pre 120 - 10 - 62 = 48, first words at 48 + 30, 48 + 60
    assert out[True] == ([78, 108], 120)


def test_cascade_modulo_order_a_late_read_holds_an_earlier_groups_write():
    """With a write offset longer than the group interval, group 1's read comes before
    group 0's write (modulo-schedule order); a read that waits for its partial sums stalls
    the core, so group 0's write moves with it."""
    from types import SimpleNamespace
    from aiesim_py.sim.timing.kernel_graph import _cascade_call
    from aiesim_py.sim.timing.tiles import Cascade
    p = TimingParams.from_device(load_device("ve2802"))
    env = simpy.Environment()
    table = LockTable(env, 63)
    cas_in = Cascade(table, "a", "mid", 3 * 64, 4)
    cas_out = Cascade(table, "mid", "b", 3 * 64, 4)
    cas_out.token_words, cas_out.fifo_words = 1, 4
    cost = SimpleNamespace(groups=3, loop_cycles=30, epilogue_cycles=0,
                           cascade_group_interval_cycles=10, cascade_write_offset_cycles=25)

    def feed():                                   # group 0 at once, groups 1 and 2 at cycle 100
        cas_in.finish_times.append(0)
        cas_in.data.release(1)
        yield env.timeout(100)
        cas_in.finish_times.extend([100, 100])
        cas_in.data.release(2)
    env.process(feed())
    env.process(_cascade_call(env, p, cost, cas_in, cas_out, 100, "mid"))
    env.run()
    hop = p.cascade_hop_cycles
    # pre = 100 - (2 x 10 + 25 + 1) = 54; read 1 due at 64 waits until 100 + hop; write 0 is 15 later
    assert list(cas_out.finish_times) == [100 + hop + 15, 100 + hop + 25, 100 + hop + 35]


def test_same_pointer_load_cycles(monkeypatch):
    """UG1079 / UG1603 same-pointer rule: the busiest pointer or the two load units' share; flag off: the share."""
    from aiesim_py.isa import timing
    core = timing.AIE_ML_CORE
    assert timing.same_pointer_load_cycles((8, 1, 1, 1), core) == 8
    assert timing.same_pointer_load_cycles((2, 2, 1, 1, 1), core) == 4
    assert timing.same_pointer_load_cycles((), core) == 0
    monkeypatch.setattr(timing, "SAME_POINTER_CHANGE", False)
    assert timing.same_pointer_load_cycles((8, 1, 1, 1), core) == 6


def test_valu_forwarding_flag(monkeypatch):
    """VALU_FWD_CHANGE (llvm-aie AIE2Schedule.td vector-ALU bypass, on): a MOV_Bypass result -> MOV_Bypass operand
    link costs 1 cycle; into a store, a MAC, an SRS, or out of a VEXTRACT / plain-int op (VMOV_W, an accumulator
    shuffle) the full latency. Off: every link costs its latency (the figures before the change)."""
    import copy
    import pickle
    from dataclasses import replace
    from aiesim_py.isa import timing
    t = timing.AIE_ML_CORE
    valu, mac, srs = (1, t.vector_alu_latency), (1, t.vmac_latency), (1, t.srs_latency)
    ext, vmov_w = (1, t.vector_extract_latency), (1, int(t.vector_alu_latency))
    store = (1, 1)                                   # a store ends the chain (its latency is not waited for)
    assert t.vector_alu_latency == 2 and isinstance(t.vector_alu_latency, timing.ValuLatency)
    assert t.vector_extract_latency == 2 and not t.vector_extract_latency.bypass_out
    assert t.vector_extract_latency.bypass_in
    # the marker survives copies, pickling and dataclasses.replace (run.py may pickle CoreTiming)
    for c in (copy.deepcopy(t), pickle.loads(pickle.dumps(t)), replace(t, vmac_latency=5)):
        assert isinstance(c.vector_alu_latency, timing.ValuLatency) and c.vector_alu_latency.bypass_out
    ext_copy = pickle.loads(pickle.dumps(t.vector_extract_latency))
    assert ext_copy == 2 and not ext_copy.bypass_out and ext_copy.bypass_in
    # flag on (the committed default)
    assert timing.VALU_FWD_CHANGE is True
    assert timing.critical_path(valu, valu) == 2
    assert timing.critical_path(valu, valu, valu) == 3
    assert timing.critical_path(valu, store) == 3
    assert timing.critical_path(valu, mac) == 3
    assert timing.critical_path(valu, srs, store) == 2 + 4 + 1
    assert timing.critical_path(valu, valu, mac, store) == 1 + 2 + 5 + 1
    assert timing.critical_path((1, 2), (1, 2)) == 3          # plain ints (e.g. VCONV): no bypass
    assert timing.critical_path((3, 7), valu, (2, 5)) == 2 + 7 + 2 + 2
    assert timing.critical_path(valu, ext, valu) == 1 + 2 + 1  # into VEXTRACT forwarded, out of it (scalar) not
    assert timing.critical_path(vmov_w, valu, vmov_w, store) == 2 + 2 + 2 + 1   # II_VMOV_W: NoBypass both ways
    # flag off: today's sum, issue - 1 + latency per step plus the last issue
    monkeypatch.setattr(timing, "VALU_FWD_CHANGE", False)
    assert timing.critical_path(valu, valu) == 3
    assert timing.critical_path(valu, valu, valu) == 5
    assert timing.critical_path(valu, store) == 3
    assert timing.critical_path(valu, mac) == 3
    assert timing.critical_path(valu, srs, store) == 2 + 4 + 1
    assert timing.critical_path((3, 7), valu, (2, 5)) == 2 + 7 + 2 + 2
    assert timing.critical_path(valu, ext, valu) == 2 + 2 + 1
