"""validation C34 (DSPLib sample_delay, all AIE-ML rows of @40865147, C5's model unchanged): the TP_MAX_DELAY read
from DATA_MEMORY, the single-buffer parameters, the design against C5's, and the diagnostic cost (not applied)."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import sample_delay
from aiesim_py.kernels.sample_delay import SampleDelayParams, sample_delay_cycles

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validation"))
import cases_c5  # noqa: E402
import cases_c34  # noqa: E402


def test_max_delay_from_memory_on_c5_anchor_rows():
    # C5's TP_MAX_DELAY 256 AIE-ML rows (dsplib_sample_delay.csv @db048a49) give 256 back
    assert cases_c34.max_delay_from_memory("int16", 256, 0, False, 4268) == 256
    assert cases_c34.max_delay_from_memory("cint32", 256, 0, False, 13484) == 256
    assert cases_c34.max_delay_from_memory("int8", 256, 1, False, 1457) == 256
    assert cases_c34.max_delay_from_memory("cint32", 256, 1, False, 3249) == 256
    # a float row holds 256 bytes more than its int32 twin; a single-buffer row one input and one output buffer
    assert cases_c34.max_delay_from_memory("float", 32, 0, False, 2028) == 8
    assert cases_c34.max_delay_from_memory("int8", 4096, 0, True, 11436) == 2048
    with pytest.raises(ValueError):
        cases_c34.max_delay_from_memory("int16", 256, 0, False, 4270)


def test_every_row_has_a_distinct_configuration():
    rows = cases_c34._rows()
    assert len(rows) == 605 and all(r["AIE_VARIANT"] == "AIE-ML" for r in rows)
    keys = [cases_c34._key(r) for r in rows]
    assert all(k[3] is not None for k in keys)
    assert len(set(keys)) == len(keys) == len({cases_c34._slug(r) for r in rows})
    assert all(cases_c34._refuse(r) is None for r in rows)


def test_single_buffer_halves_the_buffers_and_copies_the_margin_at_ii_2(monkeypatch):
    p = cases_c34.SampleDelayRowParams("int16", 4096, "buffer", 2048, True)
    q = SampleDelayParams("int16", 4096, "buffer", 2048)
    assert [port.buffers for port in p.ports()] == [1, 1]
    assert [port.buffers for port in q.ports()] == [2, 2]
    # 2048 int16 = 4096 bytes of margin = 128 steps of 32 bytes, a pipelined copy at II 2 instead of 1
    # (SAME_POINTER_COPY_CHANGE): (128 - 1) x 1 more cycles, the depth unchanged
    assert sample_delay_cycles(p, T).total_cycles - sample_delay_cycles(q, T).total_cycles == 127
    monkeypatch.setattr(sample_delay, "SAME_POINTER_COPY_CHANGE", False)
    assert sample_delay_cycles(p, T) == sample_delay_cycles(q, T)
    with pytest.raises(ValueError):
        cases_c34.SampleDelayRowParams("int16", 4096, "stream", 2048, True)


@pytest.mark.parametrize("dtype,interface", [("int8", "buffer"), ("cint32", "stream"), ("float", "buffer")])
def test_design_is_c5s_for_its_configuration(dtype, interface):
    a = cases_c34.sample_delay_row_design(dtype, 256, interface, 256)
    b = cases_c5.sample_delay_design(dtype, 256, interface)
    ka, kb = a.kernels[0], b.kernels[0]
    assert type(ka.params) is type(kb.params) and ka.params == kb.params and ka.tile == kb.tile
    assert (a.plios, a.nets, a.name) == (b.plios, b.nets, b.name)


def test_diagnostic_cost_reduces_to_the_model_and_keeps_c5_totals():
    for args in [("int8", 256, "buffer", 256), ("cint32", 32, "buffer", 4096), ("int16", 16384, "stream", 128)]:
        p = SampleDelayParams(*args)
        assert cases_c34.diagnostic_sample_delay_cycles(p, T, True, "all") == sample_delay_cycles(p, T)
    # window = TP_MAX_DELAY (every C5 row): one more cycle per loop trip, one fewer per margin step than C5's model
    for dtype in ("int8", "int16", "cint16", "cint32"):
        p = SampleDelayParams(dtype, 256, "buffer", 256)
        assert (cases_c34.diagnostic_sample_delay_cycles(p, T, False, "none").total_cycles
                == sample_delay_cycles(p, T).total_cycles)


def test_blind_figures_and_known_off_are_complete():
    assert len(cases_c34.BLIND) == 605
    # 217 blind; 194 after MM2S_CHAINED_BD_CHANGE; 66 after COUNTER_MOVE / LINEAR_MARGIN_COPY (166 in, 38 out);
    # 16 after SAME_POINTER_COPY_CHANGE (50 in, 0 out)
    assert len(cases_c34.KNOWN_OFF) == 16
    assert all(k.rsplit(".", 1)[0].split(".", 2)[2] in cases_c34.BLIND for k in cases_c34.KNOWN_OFF)
