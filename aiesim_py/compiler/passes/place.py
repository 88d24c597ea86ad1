"""Place: kernels on the compute grid, shared buffers on memory tiles, PLIOs on shim columns.

Each layer is a rectangle ``cas_length`` columns wide (its cascades run west to east, the
AIE-ML horizontal cascade direction, RT-CORE) and ``cas_num`` rows tall (one chain per
row). Rectangles are packed left to right in shelves from row 0; a layer's input shared
buffer goes to the free memory tile nearest its first column. Deterministic.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.parallelize import LayerParallelism
from aiesim_py.errors import ResourceError


@dataclass(frozen=True)
class Placement:
    """origins[i] = (column, row) of layer i's chain 0 / cascade position 0;
    memtiles[j] = memory tile of shared buffer j (j = 0 input, j = i+1 after layer i);
    plio_in_column / plio_out_column: shim-PL columns of the PLIOs."""
    origins: tuple[tuple[int, int], ...]
    memtiles: tuple[tuple[int, int], ...]
    plio_in_column: int
    plio_out_column: int

    def tile(self, layer: int, chain: int, cas_index: int) -> tuple[int, int]:
        c0, r0 = self.origins[layer]
        return (c0 + cas_index, r0 + chain)


def _nearest(options, column: int):
    return min(options, key=lambda o: (abs(o[0] - column), o[1], o[0]))


def place(pars: list[LayerParallelism], device: Device) -> Placement:
    """Raises ResourceError when the layers do not fit the grid or the memory tiles."""
    cols, rows = device.grid.columns, device.grid.compute_rows
    origins = []
    x, shelf_row, shelf_height = 0, 0, 0
    for i, par in enumerate(pars):
        if x + par.cas_length > cols:
            x, shelf_row, shelf_height = 0, shelf_row + shelf_height, 0
        if shelf_row + par.cas_num > rows:
            need = sum(p.tiles for p in pars)
            raise ResourceError(
                f"layer {i} ({par.cas_length}x{par.cas_num}) does not fit the {cols}x{rows} compute grid "
                f"after the layers before it ({need} tiles requested, {cols * rows} exist); "
                "lower cas_length x cas_num")
        origins.append((x, shelf_row))
        x += par.cas_length
        shelf_height = max(shelf_height, par.cas_num)
    free = [(c, r) for r in range(device.grid.memtile_rows) for c in range(cols)]
    memtiles = []
    wanted = [o[0] for o in origins] + [min(cols - 1, origins[-1][0] + pars[-1].cas_length)]
    for col in wanted:
        if not free:
            raise ResourceError(f"{len(wanted)} shared buffers need more than the {device.memtiles} memory tiles")
        mt = _nearest(free, col)
        free.remove(mt)
        memtiles.append(mt)
    pl_cols = [(c, 0) for c in device.grid.shim_pl_columns]
    plio_in = _nearest(pl_cols, memtiles[0][0])[0]
    plio_out = _nearest(pl_cols, memtiles[-1][0])[0]
    return Placement(tuple(origins), tuple(memtiles), plio_in, plio_out)
