"""Shim S2MM: a channel's first write of a session meets the cold DDR/NoC path and, with
in-order write responses, holds the first task's FINISHED_TASK behind it; later tasks and
long first tasks do not show it (C6, xdna-emu Phoenix traces)."""
import simpy

from aiesim_py.arch import load_device
from aiesim_py.sim.timing import TimingParams
from aiesim_py.sim.timing.shim import ShimChannel, ShimTask, shim_task_cycles, shim_task_process

P = TimingParams.from_device(load_device("phoenix"))
SETUP = P.dma_bd_setup_cycles + P.dma_lock_acquire_cycles


def test_short_first_task_waits_for_the_cold_first_write_response():
    for words in (8, 64, 512):
        assert shim_task_cycles(P, "s2mm", 4 * words) == SETUP + P.shim_s2mm_first_write_response_cycles
    assert P.shim_s2mm_first_write_response_cycles > 512 + P.shim_s2mm_write_response_cycles


def test_long_first_task_hides_the_cold_response_behind_its_data():
    assert shim_task_cycles(P, "s2mm", 4 * 2048) == SETUP + 2048 + P.shim_s2mm_write_response_cycles


def test_later_tasks_on_the_channel_are_warm():
    env = simpy.Environment()
    ch = ShimChannel("s2mm0", "s2mm")
    tasks = [ShimTask(4 * 64), ShimTask(4 * 64)]

    def run():
        for t in tasks:
            yield env.process(shim_task_process(env, P, ch, t))

    env.process(run())
    env.run()
    assert tasks[0].duration_cycles == SETUP + P.shim_s2mm_first_write_response_cycles
    assert tasks[1].duration_cycles == SETUP + 64 + P.shim_s2mm_write_response_cycles
    assert ch.warm


def test_mm2s_has_no_write_response():
    # the read direction keeps its single (cold, fitted) read latency
    assert shim_task_cycles(P, "mm2s", 4 * 64) == SETUP + P.shim_mm2s_read_latency_cycles + 68


def test_mm2s_later_tasks_read_with_the_warm_latency():
    env = simpy.Environment()
    ch = ShimChannel("mm2s0", "mm2s")
    tasks = [ShimTask(4 * 64), ShimTask(4 * 64)]

    def run():
        for t in tasks:
            yield env.process(shim_task_process(env, P, ch, t))

    env.process(run())
    env.run()
    words_cycles = tasks[0].duration_cycles - SETUP - P.shim_mm2s_read_latency_cycles
    assert words_cycles == 68                     # 256 B at 3.81 B/cycle
    assert tasks[1].duration_cycles == SETUP + P.shim_mm2s_warm_read_latency_cycles + words_cycles
    assert P.shim_mm2s_warm_read_latency_cycles < P.shim_mm2s_read_latency_cycles
