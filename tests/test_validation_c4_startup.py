"""validation C4: the article's absolute aiesimulator times hold the simulator's start-up
before the first input beat, so only their differences are predicted, from the simulated graph."""
import importlib
import sys
from pathlib import Path

import pytest

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


@pytest.fixture(scope="module")
def cases():
    sys.path.insert(0, str(VALIDATION))
    try:
        yield importlib.import_module("cases")
    finally:
        sys.path.remove(str(VALIDATION))


def test_differences_come_from_the_simulated_graph(cases):
    import cases_c4
    r = cases_c4.simulate_c4()
    assert cases.PREDICTORS["c4.start_to_out"]().value == pytest.approx(r["first_out"] - r["kernel_start"], abs=0.05)
    assert cases.PREDICTORS["c4.tlast_period"]().value == pytest.approx(r["next_tlast"] - r["first_tlast"], abs=0.05)
    # the model counts from the first input beat: its first call starts after the 32-beat fill
    assert r["kernel_start"] > 31 * 6.4


@pytest.mark.parametrize("key", ["c4.first_out", "c4.first_tlast", "c4.next_tlast", "c4.kernel_start"])
def test_absolute_times_are_not_predicted_and_say_why(cases, key):
    pred = cases.PREDICTORS[key]()
    assert pred.value is None and "first input beat" in pred.reason and "LATENCY.md" in pred.reason
