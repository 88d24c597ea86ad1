"""design: tiling semantics and JSON round trip."""
import json

import numpy as np
import pytest

from aiesim_py.compiler import compile_model
from aiesim_py.design import Design, TilingParameters, TraversalStep
from aiesim_py.errors import DesignFileError


def test_tiling_offsets_microtiles():
    # buffer 16 features x 4 rows (d0 = features); read 8x4 microtiles of K slice 1
    t = TilingParameters((16, 4), (8, 4), (8, 0), (TraversalStep(0, 8, 1), TraversalStep(1, 4, 1)))
    off = t.element_offsets()
    assert t.n_elements == 32
    assert off[:8].tolist() == list(range(8, 16))          # row 0, features 8..15
    assert off[8:16].tolist() == list(range(24, 32))       # row 1


def test_tiling_traversal_order_and_padding():
    t = TilingParameters((10, 4), (4, 2), (0, 0), (TraversalStep(0, 4, 3), TraversalStep(1, 2, 2)),
                         boundary_dimension=(10, 4))
    off = t.element_offsets()
    assert off.size == 3 * 2 * 8
    # second tile (first traversal step is fastest) starts at feature 4 of row 0
    assert off[8] == 4
    # third tile covers features 8..11: 10 and 11 are outside the boundary -> -1
    assert off[16:20].tolist() == [8, 9, -1, -1]


def test_design_json_roundtrip(tmp_path):
    d = compile_model("mlp:16-64-32-32-8", parallelism="2x2,2x2,1x2,1x1")
    d.save(tmp_path / "design.json")
    d2 = Design.load(tmp_path)
    assert d2.to_dict() == d.to_dict()
    for a, b in zip(d.kernels, d2.kernels):
        assert a.params == b.params and np.array_equal(a.weights, b.weights)


def test_design_load_errors(tmp_path):
    with pytest.raises(DesignFileError, match="no design.json"):
        Design.load(tmp_path)
    (tmp_path / "design.json").write_text("{not json")
    with pytest.raises(DesignFileError, match="not valid JSON"):
        Design.load(tmp_path)
    (tmp_path / "design.json").write_text(json.dumps({"schema_version": 99}))
    with pytest.raises(DesignFileError, match="schema version"):
        Design.load(tmp_path)


def test_save_creates_parents_and_never_leaves_half_a_file(tmp_path, monkeypatch):
    """Design.save writes through a temporary sibling: the parent directory is created, and a
    failure while writing leaves the previous file as it was and no temporary file behind."""
    from aiesim_py.design import Design
    d = compile_model("mlp:16-32-8", batch=8)
    out = tmp_path / "new" / "dir" / "design.json"
    d.save(out)
    before = out.read_text()
    assert Design.load(out).name == d.name
    import pathlib
    real = pathlib.Path.write_text

    def half_then_fail(self, text, *args, **kwargs):
        real(self, text[: len(text) // 2], *args, **kwargs)
        raise OSError("disk full")
    monkeypatch.setattr(pathlib.Path, "write_text", half_then_fail)
    with pytest.raises(OSError, match="disk full"):
        d.save(out)
    monkeypatch.undo()
    assert out.read_text() == before
    assert [p.name for p in out.parent.iterdir()] == ["design.json"]
