"""Where a kernel's packed weights come from when the Design runs (functional runners).

Tile-resident kernels hold them (``KernelInstance.weights``). A kernel that streams its
weights (``DenseParams.weight_chunk_n > 0``, :mod:`aiesim_py.compiler.passes.weights`) holds
none: they are the ``initial`` contents of a memory-tile shared buffer, read through the
tiling of the output port whose peer is ``"<kernel>.weights"``, chunk after chunk in the
order the memory-tile DMA sends them. Reading them through the tiling (not from the model)
means a wrong offset or chunk order in the Design gives wrong integers here too.
"""
from __future__ import annotations

import numpy as np

from aiesim_py.design import Design, KernelInstance
from aiesim_py.errors import SimulationError


def weight_port(design: Design, kernel: KernelInstance):
    """(shared buffer, port) that streams ``kernel``'s weights.

    Raises:
        SimulationError: no port feeds ``<kernel>.weights`` or its buffer has no contents.
    """
    ep = f"{kernel.name}.weights"
    for b in design.shared_buffers:
        for port in b.outputs:
            if ep in port.peers:
                if b.initial is None:
                    raise SimulationError(f"design is inconsistent: shared buffer {b.name} streams {ep} but holds "
                                          "no weights (initial is empty); recompile the model")
                return b, port
    raise SimulationError(f"design is inconsistent: kernel {kernel.name} streams its weights but no memory-tile "
                          f"port feeds {ep}; recompile the model")


def kernel_weights(design: Design, kernel: KernelInstance) -> np.ndarray:
    """Packed weights of ``kernel`` (1-D, ``params.weight_dtype``), from the tile or, for a
    streamed kernel, gathered from its memory-tile buffer through the port's tiling (one
    iteration of chunks; elements outside the boundary read as zero)."""
    if not kernel.params.weight_chunk_n:
        return kernel.weights
    b, port = weight_port(design, kernel)
    offsets = port.tiling.element_offsets()
    init = np.asarray(b.initial)
    out = np.zeros(offsets.size, dtype=init.dtype)
    keep = offsets >= 0
    out[keep] = init[offsets[keep]]
    expected = kernel.params.k * kernel.params.n
    if out.size != expected:
        raise SimulationError(f"design is inconsistent: {b.name} streams {out.size} weights per iteration to "
                              f"{kernel.name}, its kernel takes {expected}; recompile the model")
    return out.astype(kernel.params.weight_dtype, copy=False)
