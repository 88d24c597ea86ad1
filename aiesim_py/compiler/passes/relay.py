"""Memory-tile channel budget of one shared buffer and the memory-tile relay rules.

:func:`memtile_ports`: the DMA channels that can serve one shared buffer (its own memory
tile's plus channels 0-3 of each neighbour, aieml-facts.md 5.1); a layer after the first may
read more K slices than that through one memory-tile relay (:func:`relay_max_cas_length`,
:func:`relay_direct_ports`, :func:`relay_columns`; the relay itself is built in
``passes.plan``).

Split out of :mod:`aiesim_py.compiler.passes.parallelize` (which re-exports every name here).
"""
from __future__ import annotations

from aiesim_py.arch.device import Device
from aiesim_py.units import round_up

#: memory-tile DMA channels 0-3 also reach the east and west neighbour's memory (aieml-facts 5.1)
MEMTILE_NEIGHBOUR_CHANNELS = 4


def memtile_ports(device: Device, direction: str) -> int:
    """DMA channels that can serve one shared buffer in ``direction`` ("mm2s"/"s2mm"):
    the buffer's own memory tile's channels plus channels 0-3 of each neighbour."""
    mt = device.memtile
    own = mt.dma_mm2s_channels if direction == "mm2s" else mt.dma_s2mm_channels
    return own + 2 * min(MEMTILE_NEIGHBOUR_CHANNELS, own)


def relay_max_cas_length(device: Device) -> int:
    """Largest cas_length of a non-first layer with one memory-tile relay: the home buffer
    keeps ``memtile_ports - 1`` direct read channels, its last one feeds the relay buffer,
    whose read channels serve up to ``memtile_ports`` more K slices. Counts are memory-tile
    MM2S (read) channels, :func:`memtile_ports`."""
    return 2 * memtile_ports(device, "mm2s") - 1


def relay_direct_ports(device: Device) -> int:
    """Read channels (memory-tile MM2S, :func:`memtile_ports`) a relayed layer's home buffer
    serves directly: K slices ``0 .. relay_direct_ports - 1``; its next channel feeds the
    relay buffer."""
    return memtile_ports(device, "mm2s") - 1


#: the memory-tile DMA addresses whole 32-bit words: dimension-0 sizes, offsets and strides
#: are whole words (AM020 memory-tile DMA; UG1603 memory-tile tiling limitations)
DMA_WORD_BYTES = 4


def relay_columns(k_dim: int, k_slice: int, a_bits: int, device: Device) -> tuple[int, int]:
    """Columns ``[c0, c1)`` (elements) of a relayed layer's input that the relay copies per
    batch row: from the first relayed K slice (``relay_direct_ports x k_slice``) to the real
    K rounded up to whole DMA words (:data:`DMA_WORD_BYTES`), not to the previous layer's
    padded width (the relay buffer's read tiling zero-pads past ``c1``). ``c1 <= c0`` when
    the relayed slices hold only padding."""
    c0 = relay_direct_ports(device) * k_slice
    c1 = round_up(k_dim, max(1, DMA_WORD_BYTES * 8 // a_bits))
    return c0, c1
