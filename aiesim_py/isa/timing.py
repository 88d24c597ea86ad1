"""Timing table of the AIE-ML core: VLIW slots and instruction latencies (cycles).

Sources: PEANO-SCHED (llvm-aie AIE2Schedule.td) for latencies, UG1603-ARCH for the
bundle slots, PEANO-BASE for branch delay slots; kernel call overhead from MLIR-4C and
XD100-IIR (aieml-facts.md sections 4.1-4.3).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CoreTiming:
    """Per-instruction latency (result available, cycles after issue) and slot counts."""
    load_slots: int = 2                 # two 256-bit vector loads per bundle (UG1603-ARCH)
    store_slots: int = 1                # one 256-bit store per bundle
    vector_slots: int = 1               # one vector op (VMAC, SRS, VMAX ...) per bundle
    scalar_slots: int = 1
    load_bytes: int = 32                # 256-bit load port
    store_bytes: int = 32               # 256-bit store port
    vload_latency: int = 7              # VLDA/VLDB
    vmac_latency: int = 5               # integer VMUL/VMAC
    acc_chain_ii: int = 2               # derived: back-to-back MACs into one accumulator
    srs_latency: int = 4                # VSRS
    ups_latency: int = 3                # VUPS
    vector_alu_latency: int = 2         # VMAX, VADD ...
    cascade_read_latency: int = 7       # SCD
    cascade_write_latency: int = 1      # MCD
    cascade_bytes_per_cycle: int = 64   # 512-bit cascade word per cycle (AM020-IF)
    branch_delay_slots: int = 5         # PEANO-BASE NumDelaySlots
    lock_op_cycles: int = 5             # semaphore port busy ~4 cycles after one empty (PEANO-SCHED)
    call_overhead_cycles: int = 20      # prologue/epilogue/return around a kernel (MLIR-4C: 8-15 + locks)


AIE_ML_CORE = CoreTiming()
