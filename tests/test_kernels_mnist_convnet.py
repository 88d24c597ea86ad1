"""kernels.mnist_convnet: op counts read from the 08-MNIST-ConvNet kernel sources, the loop IIs they give, and the
two post-blind flags (False restores the blind figures of validation/cases_c39.py BLIND)."""
from __future__ import annotations

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE, SlotUse, resource_ii
from aiesim_py.kernels import mnist_convnet as mc


@pytest.fixture
def flags():
    from aiesim_py.isa import timing
    from aiesim_py.kernels import softfloat
    saved = (mc.BUFFER_PORT_CHANGE, mc.W3_TT_LOOP_CHANGE, softfloat.SOFTFLOAT_COST_CHANGE, timing.VALU_FWD_CHANGE)
    yield
    mc.BUFFER_PORT_CHANGE, mc.W3_TT_LOOP_CHANGE, softfloat.SOFTFLOAT_COST_CHANGE, timing.VALU_FWD_CHANGE = saved


def test_conv2d_w1_trip_counts_from_source():
    # 9 weight loads, 9 broadcasts + 1 ReLU max, 9 bf16 MACs + 3 accumulator adds, 1 conversion, 1 store
    u = mc.conv2d_w1_trip_slots()
    assert u.loads == 9 and u.vector_alu == 10 and u.mac == 12 and u.move == 1 and u.store == 1
    c = mc.conv2d_w1()
    assert c.loop("cc").trips == 26 and c.loop("cc").ii == 12      # MAC-slot bound


def test_pooling_loops(flags):
    mc.BUFFER_PORT_CHANGE = False
    assert mc.max_pooling2d_w2().loops[0].ii == 8                   # 16 loads over two ports (blind)
    assert mc.max_pooling2d_w2().loops[0].trips == 52
    mc.BUFFER_PORT_CHANGE = True
    assert mc.max_pooling2d_w2().loops[0].ii == 16                  # one buffer, one port (README II=16)
    assert mc.max_pooling2d_w4().loops[0].ii == 16 and mc.max_pooling2d_w4().loops[0].trips == 8


def test_conv2d_w3_step_is_mac_and_chain_bound(flags):
    for port in (False, True):
        for tt in (False, True):
            mc.BUFFER_PORT_CHANGE, mc.W3_TT_LOOP_CHANGE = port, tt
            # 12 mac_4x8_8x4 per step, 3 per accumulator x bf16 chain 4 = 12
            assert mc.conv2d_w3_step_ii() == 12
    mc.W3_TT_LOOP_CHANGE = False
    assert mc.conv2d_w3().loops[0].name == "oc" and mc.conv2d_w3().loops[0].ii == 72
    mc.W3_TT_LOOP_CHANGE = True
    lp = mc.conv2d_w3().loops[0]
    assert lp.name == "tt" and lp.trips == 3 and lp.recurrence == 3 * AIE_ML_CORE.bf16_acc_chain_ii


def test_conv2d_w5_and_dense_loops():
    lp = mc.conv2d_w5("A").loops[0]
    assert lp.name == "ic" and lp.trips == 8 and lp.ii == 18        # 3 unrolled steps of 6 MACs
    d = mc.dense_w7().loops[0]
    assert d.trips == 9 and d.ii == 8                               # 8 + 8 loads, 4 MACs
    # the stream collection makes D the slowest of the four conv2d_w5 tiles
    cyc = [mc.conv2d_w5(p).cycles for p in "ABCD"]
    assert cyc == sorted(cyc) and cyc[0] < cyc[-1]
    with pytest.raises(ValueError):
        mc.conv2d_w5("E")
    with pytest.raises(ValueError):
        mc.layer_cost("conv2d_w9")


def test_buffer_port_rule():
    assert resource_ii(SlotUse(load_a=16), AIE_ML_CORE) == 16
    assert resource_ii(SlotUse(load_any=16), AIE_ML_CORE) == 8


def test_flags_off_restore_blind_call_cycles(flags):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validation"))
    import cases_c39
    from aiesim_py.kernels import softfloat
    from aiesim_py.isa import timing
    mc.BUFFER_PORT_CHANGE = mc.W3_TT_LOOP_CHANGE = softfloat.SOFTFLOAT_COST_CHANGE = timing.VALU_FWD_CHANGE = False
    for k in mc.LAYERS:
        assert mc.layer_cost(k).cycles == cases_c39.BLIND[f"c39.{k}.call_cycles_not_row"], k
    cases_c39.layer_throughput.cache_clear()
    cases_c39.network.cache_clear()
    try:
        run = cases_c39.blind_run()
        for k, v in cases_c39.BLIND.items():
            assert run[k] == v, k
    finally:
        cases_c39.layer_throughput.cache_clear()
        cases_c39.network.cache_clear()
