"""Deadlocks are reported with their cause: the cycle of waits, or the lock nobody releases."""
import dataclasses

import pytest

import aiesim_py as aie
from aiesim_py.errors import SimulationError
from aiesim_py.sim.timing import simulate


@pytest.fixture(scope="module")
def two_layers():
    # mt0 multicasts the input to two chains of layer 0; mt1 gathers them for layer 1
    return aie.compile("mlp:16-16-16", batch=8).design


def _replace_buffers(design, fix):
    return dataclasses.replace(design, shared_buffers=tuple(fix(b) for b in design.shared_buffers))


def test_feedback_loop_names_the_cycle(two_layers):
    # layer 1's output written back into the multicast buffer mt0 as a second writer:
    # mt0 is full only when layer 1 has run, and layer 1 runs only when mt0 was full
    def fix(b):
        if b.name == "mt0":
            back = dataclasses.replace(b.inputs[0], index=1, peers=("dense1_c0_l0.out",))
            return dataclasses.replace(b, inputs=b.inputs + (back,))
        if b.name == "mt2":
            return dataclasses.replace(b, inputs=())
        return b
    with pytest.raises(SimulationError) as exc:
        simulate(_replace_buffers(two_layers, fix), iterations=4)
    msg = str(exc.value)
    assert "deadlock" in msg and "0 of 4 iterations" in msg
    cycle = msg.split("wait cycle: ")[1].split(". Blocked:")[0]
    steps = cycle.split("; ")
    waiters = [s.split(" waits on ")[0] for s in steps[:-1]]
    released_by = [s.rsplit("(released by ", 1)[1][:-1] for s in steps[:-1]]
    # a closed chain: each waiter waits for the next one, and the last for the first
    assert released_by == waiters[1:] + waiters[:1]
    assert steps[-1] == f"back to {waiters[0]}"
    assert set(waiters) == {"mt0.out[0] (mm2s)", "dense0_c0_l0 (core)", "dense0_c0_l0.out (mm2s)",
                            "mt1.out[0] (mm2s)", "dense1_c0_l0 (core)", "dense1_c0_l0.out (mm2s)"}
    assert "plio_in" not in cycle         # it waits too, but is not part of the cycle


def test_unread_buffer_is_an_orphan_not_a_cycle(two_layers):
    broken = _replace_buffers(two_layers, lambda b: dataclasses.replace(b, outputs=()) if b.name == "mt1" else b)
    with pytest.raises(SimulationError) as exc:
        simulate(broken, iterations=6)
    msg = str(exc.value)
    assert "wait cycle" not in msg
    assert "no cycle of waits" in msg and "which no process releases" in msg
    assert "buffer dense1_c0_l0.in" in msg.split("Blocked:")[0] or "buffer mt1" in msg.split("Blocked:")[0]


def test_a_healthy_design_still_runs(two_layers):
    assert simulate(two_layers, iterations=4).interval_cycles > 0
