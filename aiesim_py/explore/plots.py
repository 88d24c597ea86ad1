"""Plots of a Design (matplotlib, PNG): the placement on the array.

Rows are drawn as on the device: the shim row at the bottom, then the memory-tile rows,
then the compute rows (MLIR-TM / AM020 geometry from the device file).
"""
from __future__ import annotations

from pathlib import Path

from aiesim_py.arch import load_device
from aiesim_py.design import Design
from aiesim_py.errors import AieSimError


def plot_placement(design: Design, path: str | Path, title: str | None = None) -> Path:
    """Draw every compute tile (coloured by layer, labelled with chain/cascade position),
    the memory tiles holding shared buffers, the shim-PL columns and the PLIO columns,
    and the cascades as arrows. Writes a PNG.

    Raises:
        AieSimError: the file cannot be written.
    """
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
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
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(out, dpi=150, bbox_inches="tight")
    except OSError as exc:
        raise AieSimError(f"{out}: cannot write the plot ({exc})") from None
    finally:
        plt.close(fig)
    return out
