"""Timing parameters of the transaction-level model, in array-clock cycles and bytes.

Every number comes from the device file (``aiesim_py/arch/devices/<name>.toml``):

* documented rates and sizes (stream width, switch hop latency and port FIFOs, cascade
  width and FIFO depth, PLIO CDC FIFO, load/store widths, MAC rates) with their AMD source;
* the ``[timing]`` table: latencies AMD does not publish (aieml-facts.md section 8 and
  gap 1 of section 10 list DMA BD setup, BD-to-BD switch, DMA lock latencies and the shim
  DDR path as unknown). Each value names, next to it in the TOML file, the public
  measurement it was calibrated or checked on (the cases of ../shared/validation/README.md,
  reproduced by ``python validation/run.py``) or says it is an assumption.

:meth:`TimingParams.from_device` reads both; keyword overrides replace any field, which is
how a calibration tries other values without editing code or device files.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from aiesim_py.arch.device import Device, TimingSpec
from aiesim_py.errors import SimulationError
from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming
from aiesim_py.kernels.dense_cost import device_core_timing

#: The calibratable (non-documented) parameters, reported by :meth:`TimingParams.assumptions`:
#: every field of the device file's ``[timing]`` table except the documented lock limit.
ASSUMPTION_KEYS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(TimingSpec) if f.name != "lock_max_value")


@dataclass(frozen=True)
class TimingParams:
    """Every number the timing model uses (cycles of the array clock, bytes).

    Build with :meth:`from_device`. Fields from ``lock_wakeup_cycles`` on mirror the device
    file's ``[timing]`` table (see its comments for each value's source).
    """
    clock_hz: float
    dma_bytes_per_cycle: int            # DMA channel <-> stream, one stream word per cycle (AM020-SS; AM027 64-bit)
    stream_bytes_per_cycle: int         # stream switch port width / 8 (AM020-SS: 32 bit; AM027: 64 bit)
    hop_latency_cycles: int             # per traversed stream switch (AM020-SSLAT)
    cascade_fifo_bytes: int             # output + input cascade FIFOs of a neighbour pair (AM020-IF)
    cascade_word_bytes: int             # one cascade word, moved one per cycle (AM020-IF: 512 bit)
    stream_fifo_bytes_per_hop: int      # port FIFOs of one traversed switch (AM020-SSLAT: 2 x 4 words)
    plio_cdc_fifo_bytes: int            # PL/AIE clock-crossing FIFO (AM020-SSLAT: 12 words)
    lock_wakeup_cycles: int
    dma_lock_acquire_cycles: int
    dma_lock_release_cycles: int
    dma_bd_setup_cycles: int
    dma_mm2s_chained_bd_extra_cycles: int   # compute-tile MM2S BD chained without a lock wait (device file)
    plio_cdc_latency_cycles: int
    cascade_hop_cycles: int
    kernel_first_call_extra_cycles: int
    kernel_call_overhead_cycles: int    # also in ``core`` (CoreTiming.call_overhead_cycles)
    kernel_epilogue_fraction: float
    lock_max_value: int
    shim_mm2s_read_latency_cycles: int
    shim_mm2s_warm_read_latency_cycles: int     # shim MM2S read latency after the channel's first task
    shim_mm2s_read_bytes_per_cycle: float
    shim_s2mm_write_response_cycles: int
    shim_s2mm_first_write_response_cycles: int  # response to a shim S2MM channel's first write (cold DDR/NoC path)
    shim_s2mm_write_bytes_per_cycle: float
    tile_lock_wakeup_cycles: int        # compute-tile lock release -> its blocked core / tile DMA resumes (kernel_graph)
    core: CoreTiming = AIE_ML_CORE      # the kernel cost models' slot and latency table
    #                                     (kernels.dense_cost.device_core_timing of the device)

    @staticmethod
    def from_device(device: Device, **overrides) -> "TimingParams":
        """Numbers of ``device`` (its documented rates and its ``[timing]`` table);
        ``overrides`` replace fields by name; an override of ``kernel_call_overhead_cycles``
        also reaches ``core`` (unless ``core`` itself is overridden).

        Raises:
            SimulationError: an override names no field of TimingParams.
        """
        unknown = sorted(set(overrides) - {f.name for f in dataclasses.fields(TimingParams)})
        if unknown:
            raise SimulationError(
                f"unknown timing parameter(s) {', '.join(unknown)}; calibratable ones: "
                f"{', '.join(ASSUMPTION_KEYS)}")
        word = device.stream.width_bits // 8
        base = TimingParams(
            clock_hz=device.clock_hz,
            dma_bytes_per_cycle=device.stream.dma_bytes_per_cycle,
            stream_bytes_per_cycle=word,
            hop_latency_cycles=device.stream.hop_latency_cycles,
            cascade_fifo_bytes=2 * device.cascade.fifo_depth_words * device.cascade.width_bits // 8,
            cascade_word_bytes=device.cascade.width_bits // 8,
            stream_fifo_bytes_per_hop=device.stream.port_fifo_words * word,
            plio_cdc_fifo_bytes=device.plio.cdc_fifo_words * word,
            core=device_core_timing(device),
            **dataclasses.asdict(device.timing),
        )
        p = dataclasses.replace(base, **overrides)
        if "core" not in overrides and p.core.call_overhead_cycles != p.kernel_call_overhead_cycles:
            p = dataclasses.replace(p, core=dataclasses.replace(
                p.core, call_overhead_cycles=p.kernel_call_overhead_cycles))
        return p

    def plio_bytes_per_cycle(self, width_bits: int, freq_hz: float) -> float:
        """PLIO rate in bytes per array cycle: PL beat bytes x PL clock, capped by the
        stream port the shim forwards it on."""
        return min(width_bits / 8 * freq_hz / self.clock_hz, float(self.stream_bytes_per_cycle))

    def assumptions(self) -> dict:
        """The calibratable (non-documented) numbers in use, for reports."""
        return {k: getattr(self, k) for k in ASSUMPTION_KEYS}

