"""Devices as data: geometry, memories, DMA, locks, streams, cascade, PLIO, MAC rates.

One TOML file per device in ``devices/``; :func:`load_device` reads it once into frozen
dataclasses and rejects unknown or missing keys.
"""
from aiesim_py.arch.device import (
    Device, Grid, ComputeTileSpec, MemtileSpec, StreamSpec, CascadeSpec, PlioSpec, CoreSpec,
    MmulSpec, ShimSpec, TimingSpec, load_device, available_devices,
)

__all__ = [
    "Device", "Grid", "ComputeTileSpec", "MemtileSpec", "StreamSpec", "CascadeSpec", "PlioSpec",
    "CoreSpec", "MmulSpec", "ShimSpec", "TimingSpec", "load_device", "available_devices",
]
