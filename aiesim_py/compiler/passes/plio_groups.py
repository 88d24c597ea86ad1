"""PLIO grouping: how many input / output PLIOs a design needs and which K slices of the
first layer / chains of the last layer each one carries, and the PLIO stage cycles.

One input and one output PLIO move 4 B/cycle each (min(PLIO width x PL clock, one stream word
per cycle)); when they would set the interval, :func:`plio_groups` splits the first layer's
K slices and the last layer's chains over several PLIOs (module docstring of
:mod:`aiesim_py.compiler.passes.parallelize`, which re-exports every name here).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.layer_parallelism import STAGE_OVERHEAD_CYCLES, LayerParallelism
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.compiler.passes.relay import memtile_ports
from aiesim_py.errors import ResourceError
from aiesim_py.units import round_up

#: an extra PLIO costs a memory tile, a shim-PL port and a PL data mover: several PLIOs per
#: direction are used only when one PLIO would stretch the interval by more than this factor
PLIO_SPLIT_FACTOR = 1.5


def plio_stage_cycles(features: int, batch: int, device: Device, element_bytes: int = 1) -> int:
    """Array cycles to move one iteration of ``features`` elements per row through a PLIO:
    rows padded to 32-bit words, rate min(PLIO width x PL clock, one stream word/cycle)."""
    bytes_per_iter = batch * round_up(features * element_bytes, 4)
    plio_rate = device.plio.width_bits / 8 * device.pl_clock_hz / device.clock_hz
    rate = min(plio_rate, device.stream.dma_bytes_per_cycle)
    return int(-(-bytes_per_iter // rate))


def plio_slice_cycles(slice_elements: int, batch: int, device: Device, element_bytes: int) -> int:
    """Stage cycles of one PLIO carrying ``slice_elements`` per row (one iteration, with
    :data:`STAGE_OVERHEAD_CYCLES`)."""
    return plio_stage_cycles(slice_elements, batch, device, element_bytes) + STAGE_OVERHEAD_CYCLES


def _with_plio(o: LayerParallelism, q: LayerQuant, batch: int, device: Device, side: str) -> LayerParallelism:
    """``o`` with its stage raised to one PLIO per K slice ("in") or per chain ("out")."""
    if side == "in":
        cyc = plio_slice_cycles(o.k_slice, batch, device, q.a_bits // 8)
    else:
        cyc = plio_slice_cycles(o.n_slice, batch, device, q.out_bits // 8)
    return dataclasses.replace(o, stage_cycles=max(o.stage_cycles, cyc))


@dataclass(frozen=True)
class PlioGroups:
    """How the design's PLIOs split the host data.

    ``inputs``: per input PLIO, the range ``[l0, l1)`` of the first layer's cascade
    positions (K slices) whose features it carries into its own memory-tile shared buffer;
    ``outputs``: per output PLIO, the range ``[c0, c1)`` of the last layer's chains (N
    slices) whose outputs it takes from its own shared buffer.
    """
    inputs: tuple[tuple[int, int], ...]
    outputs: tuple[tuple[int, int], ...]


def _split(count: int, per: int) -> tuple[tuple[int, int], ...]:
    return tuple((g, min(count, g + per)) for g in range(0, count, per))


def _groups_for(count: int, slice_elems: int, real: int, batch: int, el: int, device: Device,
                target: int, max_per_group: int, max_groups: int) -> tuple[tuple[int, int], ...]:
    """Fewest groups of consecutive slices whose PLIO keeps up with ``target`` cycles (a
    single PLIO carries the unsliced ``real`` features, rows padded to whole words; it is
    kept while it stretches the interval by at most :data:`PLIO_SPLIT_FACTOR`)."""
    if count <= max_per_group and plio_slice_cycles(real, batch, device, el) <= target * PLIO_SPLIT_FACTOR:
        return ((0, count),)
    best = None
    for per in range(min(count, max_per_group), 0, -1):
        groups = _split(count, per)
        groups = tuple(g for g in groups if g[0] * slice_elems < real)      # no all-padding group
        groups = groups[:-1] + ((groups[-1][0], count),)
        if len(groups) > max_groups:
            break
        best = groups
        if plio_slice_cycles(per * slice_elems, batch, device, el) <= target:
            return groups
    if best is None:
        raise ResourceError(f"{count} slices need more than the {max_groups} PLIOs the device's shim-PL "
                            "columns offer; lower cas_length")
    return best


def plio_groups(plans: list[LayerQuant], pars: list[LayerParallelism], batch: int,
                device: Device) -> PlioGroups:
    """How many input / output PLIOs the design needs: only as many as the interval (the
    slowest layer's stage) needs; one PLIO each way when it keeps up or stretches the
    interval by at most :data:`PLIO_SPLIT_FACTOR` (every small model).

    A group's PLIO moves ``batch x (its slices' features)`` elements per iteration at
    min(PLIO width x PL clock, one stream word per cycle) (:func:`plio_stage_cycles`); a
    group holds at most :func:`memtile_ports` K slices (one shared buffer's read channels).
    The PLIO count is bounded by the shim-PL columns x PLIOs per column (AM020: 8 in / 6 out
    64-bit streams, two per 128-bit PLIO).

    Raises:
        ResourceError: the first layer's cascade needs more input PLIOs than the device has.
    """
    target = max(p.stage_cycles for p in pars)
    width = device.plio.width_bits
    cols = len(device.grid.shim_pl_columns)
    first, last = pars[0], pars[-1]
    k_real, n_real = plans[0].weight.shape[0], plans[-1].weight.shape[1]
    ins = _groups_for(first.cas_length, first.k_slice, k_real, batch, plans[0].a_bits // 8, device, target,
                      memtile_ports(device, "mm2s"), max(1, cols * device.plio.plios_per_column("in", width)))
    outs = _groups_for(last.cas_num, last.n_slice, n_real, batch, plans[-1].out_bits // 8, device, target,
                       memtile_ports(device, "s2mm"), max(1, cols * device.plio.plios_per_column("out", width)))
    return PlioGroups(ins, outs)
