"""kernels.kernel_io ZOL_FILL_ALL_CHANGE: the innermost software-pipelined loop's set-up (session 17, helper zol)."""
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import kernel_io
from aiesim_py.kernels.kernel_io import loop_setup_cycles, pipelined_loop_setup_cycles

T = AIE_ML_CORE


def test_flag_false_keeps_the_plain_loop_setup():
    assert kernel_io.ZOL_FILL_ALL_CHANGE is False
    for trips, ii, depth in ((1, 1, 20), (2, 1, 20), (8, 7, 27), (64, 3, 3)):
        assert pipelined_loop_setup_cycles(trips, ii, depth, T) == loop_setup_cycles(T, trips)


def test_flag_true_charges_what_the_prologue_leaves_of_the_setup_distance(monkeypatch):
    # llvm-aie AIE2InstrInfo.cpp getZOLSupport: LoopSetupDistance 7 bundles; the prologue is depth - ii bundles
    monkeypatch.setattr(kernel_io, "ZOL_FILL_ALL_CHANGE", True)
    assert kernel_io.ZOL_SETUP_DISTANCE_BUNDLES == 7
    full = loop_setup_cycles(T, 8)
    assert pipelined_loop_setup_cycles(8, 7, 27, T) == 0          # prologue 20 bundles
    assert pipelined_loop_setup_cycles(8, 2, 6, T) == min(full, 3)  # prologue 4: 3 bundles left
    assert pipelined_loop_setup_cycles(8, 4, 4, T) == min(full, 7)  # no prologue: at most the plain set-up
    assert pipelined_loop_setup_cycles(1, 1, 20, T) == 0          # one trip: no loop
