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

Small-N S2MM rows: every row is the first task of a session on its channel, whose first
write meets a cold DDR/NoC path (``shim_s2mm_first_write_response_cycles`` = 771, from the
source's separate K-sweep finding ``docs/superpowers/findings/2026-05-25-shim-bd-chain-
amortization.md``: first S2MM tasks of 691, 754, 880 cycles at N = 64, later tasks 227..250);
in-order write responses keep FINISHED_TASK behind it, so a task lasts max(4 + 771,
4 + N + 167) cycles: the 696..1001-cycle floor for N <= 512 and 171 + N above (the cold
response hides behind the data). What stays outside 10 % is the spread of that cold response
itself (the same N = 64 first task measured 691..880 in the K-sweeps, 696 here; the
source's DDR stochasticity finding 2026-06-14 gives CV 6-25 % for DDR-boundary events).
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
    detail = f"{fixed} fixed + {words} words at min(4, {noc:g}) B/cycle"
    if direction == "s2mm":
        detail = (f"max({detail}, {p.dma_bd_setup_cycles + p.dma_lock_acquire_cycles} + "
                  f"{p.shim_s2mm_first_write_response_cycles} cold first-write response)")
    return Prediction(c6_task_cycles(direction, words), detail=detail)


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


#: Rows outside 10 % with the reason (mirrored in tests/test_validation.py KNOWN_OFF).
#: MM2S: every row is a session's first task, whose DDR read start-up is the cold one; the
#: source measured that first task at N = 64 as 774, 1018, 1478 (K-sweeps), 2127 (K = 1) and
#: 1741 (this N-sweep) cycles (2026-05-25-shim-bd-chain-amortization.md, "MM2S first-task
#: variance": DDR/page state), so one single-shot row per N cannot be followed by any
#: per-task constant; MM2S N=512 falls inside the bound (-2 %) by chance. S2MM: the cold
#: first-write response is modelled (module docstring); the rows outside 10 % are its spread.
NOT_EXPLAINED = {
    **{f"c6.mm2s.n{n}": "single-shot first-task MM2S start-up: the source measured the same N = 64 first task at "
                        "774..2127 cycles across runs (xdna-emu 2026-05-25-shim-bd-chain-amortization.md, DDR/page "
                        "state); no per-task constant follows one sample per N (model: 743-cycle cold read latency)"
       for n in (8, 16, 32, 64, 128, 256, 1024, 2048)},
    **{f"c6.s2mm.n{n}": "S2MM first task of a session: modelled as max(N + 171, 775) (cold first-write response, "
                        "in-order AXI write responses); the cold response itself spreads 691..1001 cycles across "
                        "runs and sizes on silicon (K-sweep first tasks at N = 64: 691, 754, 880)"
       for n in (32, 64, 128, 512)},
}
