"""C6: Phoenix NPU silicon, single-BD shim DMA transfers (../shared/validation/README.md C6).

Source: FIM43-Redeye/xdna-emu data/hw-shim-throughput-2026-05-25.csv @7380bd56 (trace
events DMA_{MM2S,S2MM}_0_START_TASK -> FINISHED_TASK of the shim tile, one BD of N int32
words). Built here as what it is: one shim DMA channel of the ``phoenix`` device running one
BD task (``aiesim_py.sim.timing.shim``: BD setup, DDR/NoC read latency or write response,
words at the slower of the 32-bit stream and the NoC rate), simulated with simpy.

Where the constants come from (device file ``phoenix.toml``, ``[timing]``): the DDR read
latency, the read rate and the write response are the source's own linear fit over the
N >= 1024 rows (MM2S 747 + 1.05 N, S2MM 171 + 1.00 N) minus the 4-cycle BD setup. So the
``.start`` and ``.per_word`` rows reproduce that fit rather than predict it, and the
per-row figures test whether one start-up plus a per-word cost explains each row.
"""
from __future__ import annotations

import functools

from aiesim_py.arch import load_device
from aiesim_py.sim.timing import TimingParams
from aiesim_py.sim.timing.shim import shim_task_cycles

DEVICE = "phoenix"
#: BD sizes (int32 words) of the measurement sweep.
C6_WORDS = (8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384)
#: Rows the fit behind the constants used (the source's "N >= 1024").
FIT_WORDS = (1024, 2048, 4096, 8192, 16384)


@functools.lru_cache(maxsize=None)
def _params() -> TimingParams:
    return TimingParams.from_device(load_device(DEVICE))


@functools.lru_cache(maxsize=None)
def c6_task_cycles(direction: str, words: int) -> int:
    """Simulated START_TASK -> FINISHED_TASK cycles of one ``words``-word BD."""
    return shim_task_cycles(_params(), direction, 4 * words)


def c6_row(direction: str, words: int):
    from cases import Prediction   # validation/cases.py (imports this module lazily)
    p = _params()
    noc = p.shim_mm2s_read_bytes_per_cycle if direction == "mm2s" else p.shim_s2mm_write_bytes_per_cycle
    fixed = p.dma_bd_setup_cycles + p.dma_lock_acquire_cycles + (
        p.shim_mm2s_read_latency_cycles if direction == "mm2s" else p.shim_s2mm_write_response_cycles)
    return Prediction(c6_task_cycles(direction, words),
                      detail=f"{fixed} fixed + {words} words at min(4, {noc:g}) B/cycle")


def c6_per_word(direction: str):
    """Slope of the simulated durations over the fit rows (least squares), cycles/word."""
    from cases import Prediction
    xs = list(FIT_WORDS)
    ys = [c6_task_cycles(direction, n) for n in xs]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return Prediction(round(slope, 4), detail="least-squares slope of simulated N >= 1024 rows "
                      "(device constants come from the source's fit: a reproduction)")


def c6_start(direction: str):
    """Intercept of the simulated durations over the fit rows (cycles)."""
    from cases import Prediction
    xs = list(FIT_WORDS)
    ys = [c6_task_cycles(direction, n) for n in xs]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return Prediction(round(my - slope * mx, 1), detail="least-squares intercept of simulated N >= 1024 "
                      "rows (device constants come from the source's fit: a reproduction)")


def predictors() -> dict:
    """measurements.csv key -> predictor, for every C6 row."""
    out = {}
    for direction in ("mm2s", "s2mm"):
        for n in C6_WORDS:
            out[f"c6.{direction}.n{n}"] = functools.partial(c6_row, direction, n)
        out[f"c6.{direction}.per_word"] = functools.partial(c6_per_word, direction)
        out[f"c6.{direction}.start"] = functools.partial(c6_start, direction)
    return out


#: Rows outside 10 % that the mechanism does not explain, with the reason (mirrored in
#: tests/test_validation.py KNOWN_OFF). MM2S N=512 falls inside the bound (-2 %) by chance. Measured start-up of a single BD (duration - N x per-word cost) scatters for
#: MM2S from 172 (N=1024) to 2047 cycles (N=16) with no trend in N, and S2MM durations stay
#: at 696-872 cycles for N <= 256 where 171 + N is expected: run-to-run DDR/NoC (and host)
#: variance of one cold BD, which no per-BD constant can follow.
NOT_EXPLAINED = {
    **{f"c6.mm2s.n{n}": "single-BD MM2S start-up on silicon scatters 172..2047 cycles with no trend in N "
                        "(source: small-N rows are noisy); the model's one DDR read latency (743) cannot follow it"
       for n in (8, 16, 32, 64, 128, 256, 1024, 2048)},
    **{f"c6.s2mm.n{n}": "S2MM durations stay at 696..1001 cycles for N <= 512 where the N >= 1024 rows give "
                        "171 + N: a floor the source's data show but no mechanism in its fit explains"
       for n in (8, 16, 32, 64, 128, 256, 512)},
}
