"""Data-memory allocation of one compute tile: buffers into banks.

A compute tile has 64 KiB in 8 banks of 8 KiB (UG1603-DM). The kernel's buffers are the
input ping-pong pair, the packed weights, the bias, the output ping-pong pair (last and
single roles) and the stack. Ping and pong start in different banks so that the DMA
filling one does not conflict with the core reading the other.
"""
from __future__ import annotations

from aiesim_py.arch.device import Device
from aiesim_py.design import MemoryAllocation
from aiesim_py.errors import ResourceError
from aiesim_py.kernels.dense import DenseParams

ALIGN_BYTES = 32   # 256-bit vector load alignment (API-DOC alignment table)


def tile_buffers(p: DenseParams, device: Device, in_place: bool = False) -> list[tuple[str, int]]:
    """(name, bytes) of every buffer a dense kernel needs, largest constraints first.
    ``in_place``: the kernel reads its input in place from the producer tile's memory (a
    direct kernel-to-kernel edge to a memory neighbour, ``passes.direct``): that ping-pong
    pair is the producer's output buffer (counted in the producer's tile), none here."""
    bufs = [] if in_place else [("in_ping", p.input_bytes), ("in_pong", p.input_bytes)]
    if p.writes_output:
        bufs += [("out_ping", p.output_bytes), ("out_pong", p.output_bytes)]
    if p.has_bias:
        bufs.append(("bias", p.bias_bytes))
    bufs.append(("stack", device.compute_tile.stack_bytes))
    if p.weight_chunk_n:        # streamed from a memory tile: a ping-pong chunk buffer (passes/weights.py)
        bufs += [("w_ping", p.weight_chunk_bytes), ("w_pong", p.weight_chunk_bytes)]
    else:
        bufs.append(("weights", p.weight_bytes))
    return bufs


def _align(x: int) -> int:
    return -(-x // ALIGN_BYTES) * ALIGN_BYTES


def allocate_tile_memory(p: DenseParams, device: Device, where: str = "",
                         in_place: bool = False) -> tuple[MemoryAllocation, ...]:
    """Place the buffers; returns allocations (bank, offset, size). ``in_place``: as for
    :func:`tile_buffers` (no input ping-pong in this tile).

    Raises:
        ResourceError: the buffers need more than the tile's data memory.
    """
    spec = device.compute_tile
    bank_bytes = spec.bank_bytes
    total = spec.data_memory_bytes
    allocs: list[MemoryAllocation] = []
    used: list[tuple[int, int]] = []

    def fits(start: int, size: int) -> bool:
        return start + size <= total and all(start + size <= a or start >= b for a, b in used)

    for name, size in tile_buffers(p, device, in_place):
        avoid_bank = None
        if name.endswith("_pong"):
            ping = next(a for a in allocs if a.buffer == name.replace("_pong", "_ping"))
            avoid_bank = ping.bank
        start = None
        # prefer the start of a fresh bank for ping-pong buffers, else the lowest free offset
        candidates = sorted({0} | {b for _, b in used} | {i * bank_bytes for i in range(spec.data_memory_banks)})
        for c in candidates:
            c = _align(c)
            if avoid_bank is not None and c // bank_bytes == avoid_bank:
                continue
            if fits(c, size):
                start = c
                break
        if start is None:
            need = sum(s for _, s in tile_buffers(p, device, in_place))
            raise ResourceError(
                f"{where or 'kernel'}: a tile needs {need} bytes (weights {p.weight_bytes} for a "
                f"{p.k}x{p.n} slice, input {0 if in_place else 2 * p.input_bytes}, output {2 * p.output_bytes}, stack "
                f"{spec.stack_bytes}) but has {total} bytes of data memory; raise cas_length or "
                "cas_num, or lower the batch")
        used.append((start, start + size))
        allocs.append(MemoryAllocation(name, start // bank_bytes, start, size))
    return tuple(allocs)
