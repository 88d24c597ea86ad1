"""Placement plot: written as a PNG from the CLI."""
from aiesim_py.cli import main


def test_compile_plot_writes_png(tmp_path, capsys):
    png = tmp_path / "placement.png"
    assert main(["compile", "mlp:16-64-32-8", "-o", str(tmp_path / "p"), "--parallelism", "2x2,1x2,1x1",
                 "--plot", str(png)]) == 0
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


# ---- sweep plots: the PNGs are valid and draw the data of the results ----

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from aiesim_py.explore.plots import chosen_point, plot_timeline, write_plots  # noqa: E402
from aiesim_py.explore.sweep import explore  # noqa: E402

MODEL = "mlp:16-64-32-32-5"


def _png_ok(path):
    import matplotlib.image as mpimg
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    img = mpimg.imread(path)                       # decodes: not truncated
    assert img.ndim == 3 and img.shape[0] > 100 and img.shape[1] > 100
    assert img[..., :3].std() > 0.01               # not a blank canvas


@pytest.fixture(scope="module")
def sweep_and_plots(tmp_path_factory):
    df = explore(MODEL, {"parallelism": ["auto", "1x1,1x1,1x1,1x1", "1x4,2x2,2x2,2x1", "4x1,1x1,1x1,1x1"],
                         "batch": [4, 8]}, iterations=4)
    out = tmp_path_factory.mktemp("plots")
    return df, write_plots(MODEL, df, out, iterations=4), out


def test_write_plots_writes_four_valid_pngs(sweep_and_plots):
    _, plots, out = sweep_and_plots
    assert set(plots) == {"pareto", "placement", "utilisation", "timeline"}
    assert sorted(p.name for p in out.iterdir()) == ["pareto.png", "placement.png", "timeline.png",
                                                     "utilisation.png"]    # no temp file left
    for p in plots.values():
        _png_ok(p.path)


def test_pareto_plot_draws_the_feasible_points(sweep_and_plots):
    df, plots, _ = sweep_and_plots
    ok = df[df.feasible]
    pf = plots["pareto"]
    assert pf.items == len(ok) == 6
    drawn = sorted(map(tuple, pf.data))
    assert drawn == sorted(zip(ok.interval_per_sample_ns, ok.latency_ns))


def test_point_plots_show_the_chosen_row(sweep_and_plots):
    df, plots, _ = sweep_and_plots
    i = chosen_point(df)
    row = df.loc[i]
    front = df[df.pareto]
    assert row.pareto and row.interval_per_sample_ns == front.interval_per_sample_ns.min()
    assert plots["placement"].items == row.tiles
    util = plots["utilisation"]
    assert util.items == row.tiles == np.isfinite(util.data).sum()
    assert (util.data[np.isfinite(util.data)] > 0).all()


def test_timeline_draws_every_trace_event(tmp_path):
    import aiesim_py as aie
    from aiesim_py.errors import AieSimError
    cm = aie.compile(MODEL, parallelism="1x2,2x1,1x1,1x1", batch=4)
    r = cm.simulate(iterations=3, trace=True)
    tl = plot_timeline(r, tmp_path / "t.png")
    assert tl.items == len(r.trace)
    assert sorted(map(tuple, tl.data)) == sorted((float(s), float(e)) for _, _, s, e in r.trace)
    _png_ok(tl.path)
    with pytest.raises(AieSimError, match="trace=True"):
        plot_timeline(cm.simulate(iterations=3), tmp_path / "u.png")
    assert not (tmp_path / "u.png").exists()


def test_plot_point_must_be_feasible(sweep_and_plots, tmp_path):
    from aiesim_py.errors import AieSimError
    df, _, _ = sweep_and_plots
    bad = int(df.index[~df.feasible][0])
    with pytest.raises(AieSimError, match=f"plot point {bad} is not a feasible row"):
        write_plots(MODEL, df, tmp_path, point=bad)


def test_point_plots_use_every_knob_of_the_row(tmp_path):
    # the drawn placement is the design the sweep compiled, knobs included (not a default recompile)
    from aiesim_py.explore.sweep import compile_point
    space = {"parallelism": ["1x4,2x2,2x2,2x1"], "placement": ["column_first"], "microtile": ["4x8x8"],
             "plio_width_bits": [64]}
    df = explore(MODEL, space, iterations=4)
    plots = write_plots(MODEL, df, tmp_path, point=int(df.index[0]), iterations=4)
    want = compile_point(MODEL, df.loc[df.index[0]].to_dict())
    default = compile_point(MODEL, {"parallelism": "1x4,2x2,2x2,2x1"})
    drawn = [tuple(t) for t in plots["placement"].data.astype(int)]
    assert drawn == [tuple(k.tile) for k in want.kernels]
    assert [tuple(k.tile) for k in want.kernels] != [tuple(k.tile) for k in default.kernels]
    assert want.metadata.get("microtiles") != default.metadata.get("microtiles") or \
        [p.width_bits for p in want.plios] != [p.width_bits for p in default.plios]
