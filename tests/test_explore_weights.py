"""The ``weights`` knob of an explore space (tile-resident vs streamed from memory tiles)."""
from __future__ import annotations

import pytest

from aiesim_py.explore.sweep import explore
from aiesim_py.explore.space import SpaceError, points, validate_space


def test_weights_knob_gives_one_row_per_placement():
    space = {"parallelism": ["auto"], "batch": [8], "weights": ["tile", "memtile"]}
    df = explore("mlp:64-128-32", space, iterations=4, functional=True)
    assert len(df) == 2 and df.feasible.all()
    by = df.set_index("weights")
    assert by.loc["tile", "weights_chosen"] == "tile,tile"
    assert by.loc["memtile", "weights_chosen"] == "memtile,memtile"
    # streamed weights live in memory-tile buffers: more memory tiles / bytes there, a
    # different interval, the same integers
    assert by.loc["memtile", "memtiles"] > by.loc["tile", "memtiles"]
    assert by.loc["memtile", "memtile_memory_bytes"] > by.loc["tile", "memtile_memory_bytes"]
    assert by.loc["memtile", "interval_ns"] != by.loc["tile", "interval_ns"]
    assert by.loc["memtile", "outputs_sha"] == by.loc["tile", "outputs_sha"]


def test_weights_knob_validation():
    s = validate_space({"weights": ["Tile", "tile, memtile"]})
    assert s["weights"] == ["tile", "tile,memtile"]
    assert validate_space({})["weights"] == ["auto"]
    assert len(points(validate_space({"weights": ["tile", "memtile", "auto"]}))) == 3
    with pytest.raises(SpaceError, match="key 'weights' has 'dram'"):
        validate_space({"weights": ["dram"]})
    with pytest.raises(SpaceError, match="key 'weights'"):
        validate_space({"weights": [3]})
