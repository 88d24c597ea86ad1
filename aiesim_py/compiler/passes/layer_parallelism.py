"""The parallelism of one dense layer (:class:`LayerParallelism`) and the per-iteration
overhead every pipeline stage pays (:data:`STAGE_OVERHEAD_CYCLES`).

The data type the parallelism search returns and the later passes (place, plan, pack,
weights) read. Split out of :mod:`aiesim_py.compiler.passes.parallelize` (which re-exports
every name here).
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.compiler.passes.microtiles import MMUL

#: cycles a pipeline stage pays per iteration besides its work: BD setup, lock release and the
#: lock hand-off to a blocked waiter (the timing model's assumptions DMA_BD_SETUP_CYCLES 4,
#: DMA_LOCK_RELEASE_CYCLES 1, LOCK_WAKEUP_CYCLES 10; aieml-facts.md section 10 gap 1)
STAGE_OVERHEAD_CYCLES = 15


@dataclass(frozen=True)
class LayerParallelism:
    """The parallelism of one layer and its per-tile slice sizes (padded).

    ``stage_cycles``: cycles per iteration of the layer's slowest unit (kernel or DMA);
    ``kernel_cycles``: cost-model cycles of its slowest kernel role; ``mmul``: (M, K, N);
    ``relay_cycles``: cycles of the memory-tile relay copy per iteration (DMA bytes / 4 B
    per cycle + :data:`STAGE_OVERHEAD_CYCLES`; the relayed K slices start that much later),
    0 when the layer reads every K slice from its own shared buffer.
    """
    cas_length: int
    cas_num: int
    k_slice: int
    n_slice: int
    stage_cycles: int
    kernel_cycles: int
    mmul: tuple[int, int, int] = MMUL
    weights: str = "tile"       # "tile" (resident) or "memtile" (streamed, passes/weights.py)
    chunk_n: int = 0            # streamed: weight chunk columns (DenseParams.weight_chunk_n)
    relay_cycles: int = 0       # memory-tile relay copy per iteration (cycles), 0: no relay
    w_bits: int = 8             # weight element bits (memory-tile bytes of a streamed slice)

    @property
    def relayed(self) -> bool:
        """Whether the layer reads its last K slices through a memory-tile relay."""
        return self.relay_cycles > 0

    @property
    def tiles(self) -> int:
        return self.cas_length * self.cas_num
