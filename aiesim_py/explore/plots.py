"""Plots of a sweep and of a Design (matplotlib, PNG).

- :func:`plot_placement`: the placement on the array. Rows are drawn as on the device: the
  shim row at the bottom, then the memory-tile rows, then the compute rows (MLIR-TM / AM020
  geometry from the device file).
- :func:`plot_pareto`: every feasible point of a sweep, per-sample interval against latency,
  the Pareto front highlighted.
- :func:`plot_utilisation`: per-compute-tile busy fraction of the steady interval.
- :func:`plot_timeline`: the trace events of a simulated run, one lane per core / DMA channel / PLIO.
- :func:`write_plots`: all four for a sweep, the last three for one chosen point.

The new plot functions return a :class:`PlotFile` holding the data they drew, so that a
caller (or a test) can check the picture against the results it came from. Every PNG is
written to a temporary file and renamed into place: never half written.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aiesim_py.arch import load_device
from aiesim_py.design import Design
from aiesim_py.errors import AieSimError
from aiesim_py.files import atomic_write


def plot_placement(design: Design, path: str | Path, title: str | None = None) -> Path:
    """Draw every compute tile (coloured by layer, labelled with chain/cascade position),
    the memory tiles holding shared buffers, the shim-PL columns and the PLIO columns,
    and the cascades as arrows. Writes a PNG.

    Raises:
        AieSimError: the file cannot be written.
    """
    plt = _pyplot()
    from matplotlib.patches import Rectangle

    dev = load_device(design.device)
    cols, crows, mrows = dev.grid.columns, dev.grid.compute_rows, dev.grid.memtile_rows
    fig_w = max(8.0, cols * 0.38)
    fig, ax = plt.subplots(figsize=(fig_w, (crows + mrows + 1) * 0.42 + 1.6))
    cmap = plt.get_cmap("tab10")
    shim_y, mem_y0, comp_y0 = 0, 1, 1 + mrows

    def cell(x, y, face, edge="0.6", text=None, fs=5.5):
        ax.add_patch(Rectangle((x, y), 0.92, 0.92, facecolor=face, edgecolor=edge, linewidth=0.6))
        if text:
            ax.text(x + 0.46, y + 0.46, text, ha="center", va="center", fontsize=fs)

    for c in range(cols):
        pl = c in dev.grid.shim_pl_columns
        cell(c, shim_y, "0.93" if pl else "0.80")
        for r in range(mrows):
            cell(c, mem_y0 + r, "0.97")
        for r in range(crows):
            cell(c, comp_y0 + r, "white", edge="0.85")
    for k in design.kernels:
        col, row = k.tile
        cell(col, comp_y0 + row, cmap(k.layer % 10), edge="0.2", text=f"{k.chain}.{k.cas_index}")
    for n in design.nets:
        if n.kind == "cascade":
            a = design.kernel(n.src.split(".")[0]).tile
            b = design.kernel(n.dsts[0].split(".")[0]).tile
            ax.annotate("", xy=(b[0] + 0.1, comp_y0 + b[1] + 0.46), xytext=(a[0] + 0.82, comp_y0 + a[1] + 0.46),
                        arrowprops=dict(arrowstyle="->", lw=0.7, color="0.1"))
    for b in design.shared_buffers:
        col, row = b.memtile
        cell(col, mem_y0 + row, "#ffd27f", edge="0.2", text=b.name)
    for p in design.plios:
        cell(p.column, shim_y, "#7fc97f" if p.direction == "in" else "#fdc086", edge="0.2",
             text="in" if p.direction == "in" else "out")
    for i, layer in enumerate(design.layers):
        ax.plot([], [], "s", color=cmap(i % 10), label=f"{layer.name}: {layer.cas_length}x{layer.cas_num}")
    ax.set_xlim(-0.2, cols + 0.2)
    ax.set_ylim(-0.2, comp_y0 + crows + 0.2)
    ax.set_yticks([shim_y + 0.46, mem_y0 + 0.46 * mrows, comp_y0 + crows / 2])
    ax.set_yticklabels(["shim", "memory tiles", "compute tiles"], fontsize=7)
    ax.set_xticks(range(0, cols, 2))
    ax.tick_params(axis="x", labelsize=6)
    ax.set_xlabel("column", fontsize=7)
    ax.set_aspect("equal")
    ax.legend(fontsize=6, loc="upper right", ncol=min(4, max(1, len(design.layers))), framealpha=0.9)
    ax.set_title(title or f"{design.name} on {design.device}: {design.tiles_used} tiles, "
                          f"{design.memtiles_used} memory tiles (labels: chain.cascade position)", fontsize=8)
    return _save(fig, path, dpi=150)


@dataclass(frozen=True)
class PlotFile:
    """A PNG written and the data drawn in it.

    Attributes:
        path: the PNG.
        items: marks drawn (points, tiles or trace events).
        data: what was drawn: ``(items, 2)`` x/y of the points (Pareto), the
            ``(compute_rows, columns)`` busy fractions with NaN for unused tiles
            (utilisation) or ``(items, 2)`` start/end cycles of the events (timeline).
    """
    path: Path
    items: int
    data: np.ndarray


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def _save(fig, path, dpi: int = 120) -> Path:
    """Write ``fig`` to ``path`` atomically (temp file + rename) and close it."""
    plt = _pyplot()
    out = Path(path)
    try:
        atomic_write(out, lambda tmp: fig.savefig(tmp, format="png", dpi=dpi, bbox_inches="tight"))
    except OSError as exc:
        raise AieSimError(f"{out}: cannot write the plot ({exc})") from None
    finally:
        plt.close(fig)
    return out


def plot_pareto(df, path, x: str = "interval_per_sample_ns", y: str = "latency_ns",
                title: str | None = None) -> PlotFile:
    """Scatter of the feasible points of a sweep (``explore`` DataFrame): ``x`` against
    ``y`` (ns), the Pareto rows coloured by their tile count (the front is over three
    objectives, so a Pareto point may look dominated in this 2-D view), the others grey. Infeasible rows are not drawn (they have no metrics).

    Returns:
        PlotFile with ``data`` the ``(points, 2)`` x/y drawn (non-Pareto first, then Pareto).
    Raises:
        AieSimError: the file cannot be written.
    """
    plt = _pyplot()
    ok = df[df["feasible"].astype(bool)] if "feasible" in df else df
    ok = ok[np.isfinite(ok[x].to_numpy(dtype=float)) & np.isfinite(ok[y].to_numpy(dtype=float))]
    front = ok[ok["pareto"].astype(bool)] if "pareto" in ok else ok.iloc[:0]
    rest = ok.drop(index=front.index)
    fig, ax = plt.subplots(figsize=(7, 4.8))
    a = ax.scatter(rest[x].to_numpy(dtype=float), rest[y].to_numpy(dtype=float), s=14, c="0.7",
                   label=f"other feasible points ({len(rest)})", zorder=2)
    b = ax.scatter(front[x].to_numpy(dtype=float), front[y].to_numpy(dtype=float), s=40,
                   c=front["tiles"].to_numpy(dtype=float) if len(front) else "C3", cmap="viridis",
                   edgecolors="k", linewidths=0.6, label=f"Pareto front ({len(front)})", zorder=3)
    if len(front):
        fig.colorbar(b, ax=ax, label="tiles (Pareto points)")
        for _, r in front.iterrows():
            ax.annotate(f"{r['parallelism_chosen']} b{r['batch']}" if "parallelism_chosen" in r else "",
                        (float(r[x]), float(r[y])), fontsize=5, xytext=(3, 3), textcoords="offset points")
    ax.set_xlabel(x.replace("_ns", " (ns)"))
    ax.set_ylabel(y.replace("_ns", " (ns)"))
    ax.grid(True, lw=0.3)
    ax.legend(fontsize=7)
    ax.set_title(title or f"{len(df)} points, {len(ok)} feasible, {len(front)} on the Pareto front "
                          "(latency, interval per sample, tiles)", fontsize=8)
    data = np.concatenate([np.asarray(a.get_offsets(), dtype=float).reshape(-1, 2),
                           np.asarray(b.get_offsets(), dtype=float).reshape(-1, 2)])
    return PlotFile(_save(fig, path), len(data), data)


def plot_utilisation(design: Design, result, path, title: str | None = None) -> PlotFile:
    """Heat map of the compute grid: each used tile's busy fraction of the steady interval,
    ``busy_cycles / (calls * interval_cycles)`` from the timing result's per-kernel figures
    (1.0: the core computes for the whole interval, the bottleneck). Unused tiles are blank.

    Args:
        design: the Design simulated. result: its ``TimingResult``.
    Returns:
        PlotFile with ``data`` the ``(compute_rows, columns)`` fractions (NaN: unused).
    """
    plt = _pyplot()
    dev = load_device(design.device)
    cols, rows = dev.grid.columns, dev.grid.compute_rows
    grid = np.full((rows, cols), np.nan)
    for k in result.kernels:
        c, r = k.tile
        grid[r, c] = k.busy_cycles / (k.calls * result.interval_cycles) if k.calls and result.interval_cycles else 0.0
    fig, ax = plt.subplots(figsize=(max(8.0, cols * 0.38), rows * 0.5 + 1.6))
    im = ax.imshow(np.ma.masked_invalid(grid), origin="lower", cmap="magma_r", vmin=0.0,
                   vmax=max(1.0, float(np.nanmax(grid)) if np.isfinite(grid).any() else 1.0),
                   extent=(-0.5, cols - 0.5, -0.5, rows - 0.5), aspect="equal")
    for r, c in zip(*np.nonzero(np.isfinite(grid))):
        ax.text(c, r, f"{grid[r, c]:.2f}", ha="center", va="center", fontsize=4.5,
                color="white" if grid[r, c] > 0.6 else "black")
    fig.colorbar(im, ax=ax, label="busy / (calls x interval)", shrink=0.8)
    ax.set_xticks(range(0, cols, 2))
    ax.set_yticks(range(rows))
    ax.tick_params(labelsize=6)
    ax.set_xlabel("column", fontsize=7)
    ax.set_ylabel("compute row", fontsize=7)
    ax.set_title(title or f"{design.name}: compute-tile utilisation, interval {result.interval_cycles:.1f} cycles "
                          f"({result.iterations} iterations)", fontsize=8)
    n = int(np.isfinite(grid).sum())
    return PlotFile(_save(fig, path), n, grid)


_LANE_COLOURS = {"core": "C0", "mm2s": "C1", "s2mm": "C2", "plio_in": "C3", "plio_out": "C4"}


def plot_timeline(result, path, title: str | None = None, max_lanes: int = 120) -> PlotFile:
    """Gantt chart of a traced run (``simulate(..., trace=True)``): one lane per core, DMA
    channel and PLIO in first-activity order, one bar per event (cycles).

    Raises:
        AieSimError: the result has no trace, or the file cannot be written.
    """
    if result.trace is None:
        raise AieSimError("this timing result has no trace; simulate with trace=True to plot a timeline")
    plt = _pyplot()
    lanes: dict[str, list] = {}
    for track, _, start, end in result.trace:
        if track in lanes or len(lanes) < max_lanes:
            lanes.setdefault(track, []).append((start, max(0, end - start)))
    from matplotlib.collections import PolyCollection
    fig, ax = plt.subplots(figsize=(10, 0.12 * len(lanes) + 1.4))
    spans, boxes, colours = [], [], []
    for i, (track, bars) in enumerate(lanes.items()):
        colour = _LANE_COLOURS.get(track.rsplit(" ", 1)[-1], "0.5")
        y0, y1 = len(lanes) - 1 - i - 0.4, len(lanes) - 1 - i + 0.4
        for s, d in bars:
            boxes.append(((s, y0), (s, y1), (s + d, y1), (s + d, y0)))
            colours.append(colour)
            spans.append((s, s + d))
    # one collection for all bars: a patch per event would make a long trace slow to draw
    ax.add_collection(PolyCollection(boxes, facecolors=colours, edgecolors="none"))
    if spans:
        ax.set_xlim(min(a for a, _ in spans) - 10, max(b for _, b in spans) + 10)
    ax.set_ylim(-1, len(lanes))
    ax.set_yticks([len(lanes) - 1 - i for i in range(len(lanes))])
    ax.set_yticklabels([t.replace("/", " ") for t in lanes], fontsize=3.5)
    ax.set_xlabel(f"array-clock cycles ({result.clock_hz / 1e9:.2f} GHz)", fontsize=7)
    ax.tick_params(axis="x", labelsize=6)
    for kind, colour in _LANE_COLOURS.items():
        ax.plot([], [], "s", color=colour, label=kind)
    ax.legend(fontsize=6, loc="lower right")
    ax.grid(True, axis="x", lw=0.3)
    ax.set_title(title or f"{result.design}: {result.iterations} iterations, latency {result.latency_cycles} cycles, "
                          f"interval {result.interval_cycles:.1f} cycles", fontsize=8)
    data = np.asarray(spans, dtype=float).reshape(-1, 2)
    return PlotFile(_save(fig, path), len(data), data)


def chosen_point(df) -> int | None:
    """Index of the row a sweep's per-point plots show: the Pareto row with the smallest
    per-sample interval (ties: fewer tiles, then lower latency); None without one."""
    front = df[df["pareto"].astype(bool)] if "pareto" in df else df.iloc[:0]
    if not len(front):
        return None
    return front.sort_values(["interval_per_sample_ns", "tiles", "latency_ns"], kind="stable").index[0]


def write_plots(model, df, out_dir, point: int | None = None, iterations: int = 16) -> dict[str, PlotFile]:
    """Write ``pareto.png`` for the sweep ``df`` and, for one row, ``placement.png``,
    ``utilisation.png`` and ``timeline.png`` into ``out_dir``.

    Args:
        model: the model the sweep explored (the chosen point is compiled again and
            simulated with a trace).
        point: the row index (``df.index``) to draw; default :func:`chosen_point`.
        iterations: timing-simulation iterations of that run.
    Returns:
        ``{"pareto": PlotFile, "placement": PlotFile, "utilisation": ..., "timeline": ...}``
        (only ``"pareto"`` when no point is feasible).
    Raises:
        AieSimError: ``point`` is not a feasible row, or a file cannot be written.
    """
    from aiesim_py.explore.sweep import compile_point
    from aiesim_py.sim.timing import simulate
    out = Path(out_dir)
    plots = {"pareto": plot_pareto(df, out / "pareto.png")}
    if point is None:
        point = chosen_point(df)
        if point is None:
            return plots
    if point not in df.index or not bool(df.loc[point, "feasible"]):
        feas = [int(i) for i in df.index[df["feasible"].astype(bool)]][:10]
        raise AieSimError(f"plot point {point!r} is not a feasible row of the results; "
                          f"feasible rows include {feas}")
    r = df.loc[point]
    par = str(r["parallelism_chosen"])
    design = compile_point(model, r.to_dict())       # every knob of the row, as the sweep compiled it
    result = simulate(design, iterations=iterations, trace=True)
    label = f"row {point}: {par}, batch {int(r['batch'])}"
    pm = plot_placement(design, out / "placement.png", title=f"{label}: {design.tiles_used} tiles on {design.device}")
    plots["placement"] = PlotFile(pm, design.tiles_used, np.asarray([k.tile for k in design.kernels], dtype=float))
    plots["utilisation"] = plot_utilisation(design, result, out / "utilisation.png",
                                            title=f"{label}: compute-tile busy fraction of the steady interval")
    plots["timeline"] = plot_timeline(result, out / "timeline.png",
                                      title=f"{label}: {iterations} iterations, interval "
                                            f"{result.interval_cycles:.1f} cycles")
    return plots
