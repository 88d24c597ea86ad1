"""Timing parameters of the transaction-level model, in array-clock cycles.

Rates and latencies that the device file documents (stream word per cycle, switch hop
latency, cascade FIFO depth, PLIO width and clock) are read from it, and kernel cycles come
from the kernel cost models (``isa.timing``). The constants below are *not* published by
AMD: aieml-facts.md section 8 and gap 1 of section 10 list DMA BD setup, BD-to-BD switch and
DMA lock latencies as unknown. Each is an assumption to calibrate against aiesimulator or a
hardware trace; :class:`TimingParams` lets a calibration override them without code edits.
Each names the public measurements it was calibrated or checked against (the cases of
../shared/validation/README.md; ``python validation/run.py`` prints the comparison).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from aiesim_py.arch.device import Device

# --- assumptions to calibrate (aieml-facts.md section 10, gap 1) ---------------------------
# Calibration cases are those of ../shared/validation/README.md, as reproduced by
# validation/run.py (validation/measurements.csv names the source of every figure).
DMA_LOCK_ACQUIRE_CYCLES = 0
"""Cycles from an *available* lock being requested to the DMA channel holding it.
Source: C6 (xdna-emu's comparison of Phoenix silicon with aiesimulator): aiesimulator charges
nothing for an uncontended lock acquire (silicon about one cycle). A channel that waits for
its lock pays ``LOCK_WAKEUP_CYCLES`` instead."""
LOCK_WAKEUP_CYCLES = 10
"""Assumption, calibrated against C3: cycles from the release of a lock to a requester that
was *blocked* on it (a DMA channel or a core waiting for a buffer slot) resuming. Each
hand-off along a pipeline's fill pays it: in a memory-tile chain 3 per layer (memory-tile
MM2S waits for its slot to fill, the core for its input, the tile MM2S for the core's
output) plus one for the output buffer's MM2S to the PLIO. C3 fixes it from two
directions: the single-layer latency (540: 4 blocked hand-offs) and the slope of the 1..8
layer chains (about 414 per 48->48 layer: 3 per layer); the 64->64 and 128->128 chains are
checks. A DMA-bound channel whose next slot is already free does not pay it, only the BD
setup (the C5 intervals show 3-5 cycles between back-to-back BDs). Two channels of equal
rate on either side of a ping-pong buffer wait on each other, so there the interval grows
by up to this much per iteration (no public interval measurement of such a pair yet).
Order of magnitude consistent with C4 (inferred there: kernel end to first output beat
about 49 ns at 1 GHz, including BD setup, hops and the PL clock crossing). Cascades do not
pay it (not lock hand-offs)."""
DMA_LOCK_RELEASE_CYCLES = 1
"""Assumption: cycles from the end of a DMA transfer to its lock release being visible."""
DMA_BD_SETUP_CYCLES = 4
"""Assumption, checked against C5: BD fetch and address-generator start before the first
word of a transfer. Paid, with the lock acquire, by the sending and by the receiving channel
once per BD (one BD per iteration), so a channel that streams back to back has a gap of
``DMA_LOCK_ACQUIRE_CYCLES + DMA_BD_SETUP_CYCLES`` between iterations: 4, against 3-5 cycles
in the DSPLib AIE-ML intervals that are DMA bound (sample_delay cint32 window: 515 cycles per
2048-byte iteration; hadamard int32 x int32 512: ~517 per 2048 bytes; cint16 x cint32 1024:
~2051 per 8192 bytes)."""
PLIO_CDC_LATENCY_CYCLES = 4
"""Assumption: array cycles to cross the 12-deep PL/AIE clock-domain-crossing FIFO
(AM020-SSLAT gives its depth, not its latency)."""
CASCADE_HOP_CYCLES = 1
"""Assumption: one 512-bit word from a core's cascade output FIFO to its neighbour's input
FIFO. The 7-cycle SCD read latency is already in the kernel cost model."""
KERNEL_FIRST_CALL_EXTRA_CYCLES = 9
"""MLIR-4C / XD100-IIR report the first call of a kernel ~9 cycles slower (cold loop
setup); measured on other kernels, to calibrate for dense."""
KERNEL_EPILOGUE_FRACTION = 0.5
"""Assumption: share of a kernel's call overhead (``DenseCost.call_overhead_cycles``) spent
after its last cascade read / write (epilogue, lock releases, return)."""

# --- documented hardware limits -----------------------------------------------------------
LOCK_MAX_VALUE = 63
"""AM020-MTLOCK, MLIR-TM ``getMaxLockValue``: a lock is a 6-bit unsigned semaphore."""


@dataclass(frozen=True)
class TimingParams:
    """Every number the timing model uses, in array-clock cycles and bytes.

    Build with :meth:`from_device`; the assumption constants of this module are the
    defaults and can be overridden by keyword for calibration.
    """
    clock_hz: float
    dma_bytes_per_cycle: int            # one 32-bit stream word per cycle per channel (AM020-SS)
    stream_bytes_per_cycle: int         # stream switch width / 8 (AM020-SS)
    hop_latency_cycles: int             # per traversed stream switch (AM020-SSLAT)
    cascade_fifo_bytes: int             # output + input cascade FIFOs of a neighbour pair (AM020-IF)
    stream_fifo_bytes_per_hop: int      # port FIFOs of one traversed switch (AM020-SSLAT: 2 x 4 words)
    plio_cdc_fifo_bytes: int            # PL/AIE clock-crossing FIFO (AM020-SSLAT: 12 words)
    lock_wakeup_cycles: int = LOCK_WAKEUP_CYCLES
    dma_lock_acquire_cycles: int = DMA_LOCK_ACQUIRE_CYCLES
    dma_lock_release_cycles: int = DMA_LOCK_RELEASE_CYCLES
    dma_bd_setup_cycles: int = DMA_BD_SETUP_CYCLES
    plio_cdc_latency_cycles: int = PLIO_CDC_LATENCY_CYCLES
    cascade_hop_cycles: int = CASCADE_HOP_CYCLES
    kernel_first_call_extra_cycles: int = KERNEL_FIRST_CALL_EXTRA_CYCLES
    kernel_epilogue_fraction: float = KERNEL_EPILOGUE_FRACTION
    lock_max_value: int = LOCK_MAX_VALUE

    @staticmethod
    def from_device(device: Device, **overrides) -> "TimingParams":
        """Device-derived numbers plus the module's assumption constants (``overrides`` win)."""
        base = TimingParams(
            clock_hz=device.clock_hz,
            dma_bytes_per_cycle=device.stream.dma_bytes_per_cycle,
            stream_bytes_per_cycle=device.stream.width_bits // 8,
            hop_latency_cycles=device.stream.hop_latency_cycles,
            cascade_fifo_bytes=2 * device.cascade.fifo_depth_words * device.cascade.width_bits // 8,
            stream_fifo_bytes_per_hop=device.stream.port_fifo_words * device.stream.width_bits // 8,
            plio_cdc_fifo_bytes=device.plio.cdc_fifo_words * device.stream.width_bits // 8,
        )
        return dataclasses.replace(base, **overrides)

    def plio_bytes_per_cycle(self, width_bits: int, freq_hz: float) -> float:
        """PLIO rate in bytes per array cycle: PL beat bytes x PL clock, capped by the
        32-bit stream the shim forwards it on."""
        return min(width_bits / 8 * freq_hz / self.clock_hz, float(self.stream_bytes_per_cycle))

    def assumptions(self) -> dict:
        """The calibratable (non-device) numbers in use, for reports."""
        keys = ("lock_wakeup_cycles", "dma_lock_acquire_cycles", "dma_lock_release_cycles",
                "dma_bd_setup_cycles", "plio_cdc_latency_cycles", "cascade_hop_cycles",
                "kernel_first_call_extra_cycles", "kernel_epilogue_fraction")
        return {k: getattr(self, k) for k in keys}
