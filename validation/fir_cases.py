"""Case plumbing shared by the DSPLib FIR benchmark cases (C17, C22, C23, C25, C27..C31): the tile-count check,
the hand-made cascade Design of one benchmark row, the prediction wrapper that turns a KernelGraph failure into a
not-modelled reason, the kernel-model refusal of a row and the measurement notes.

A behaviour-preserving refactor of code each case file carried (every message and note text unchanged).
"""
from __future__ import annotations

from aiesim_py.errors import CompileError
from aiesim_py.graph import KernelGraph

import cases_c5  # noqa: E402  (next to this file: the DSPLib harness)


def check_tiles(name: str, num_aie: int | None, tiles: int) -> None:
    """One kernel per tile: ``tiles`` must be the benchmark's NUM_AIE (when given).

    Raises:
        ValueError: another tile count.
    """
    if num_aie is not None and num_aie != tiles:
        raise ValueError(f"{name}: one kernel per tile is {tiles} tiles, the benchmark used {num_aie}")


def cascade_design(graph_name: str, kind: str, kernels: list, data: str, first_fed_only: bool):
    """The Design of a ``TP_CASC_LEN`` chain: kernel ``fir<c>`` (params ``kernels[c]``) on column ``c`` of the
    kernel row, cascaded to the next; the PLIO ``in0`` feeds the first kernel only when ``first_fed_only`` (the
    others get the window over the cascade) else every kernel; ``out0`` is the last kernel's output.

    Raises:
        CompileError: a design KernelGraph cannot place or route.
    """
    g = KernelGraph(cases_c5.DEVICE, graph_name)
    names = []
    for c, p in enumerate(kernels):
        k = f"fir{c}"
        g.add_kernel(k, kind, p, (c, cases_c5.KERNEL_ROW))
        names.append(k)
        if c > 0:
            g.cascade(f"fir{c - 1}", k)
    fed = names[:1] if first_fed_only else names
    g.add_plio_in("in0", [f"{k}.in[0]" for k in fed], data, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
    g.add_plio_out("out0", f"{names[-1]}.out[0]", data, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
    return g.design()


def predict(simulate_row, prediction, not_modelled, key: tuple, quantity: str):
    """``cases_c5.predict_or_reason`` of ``simulate_row``; a KernelGraph failure is not modelled ("graph: ...")."""
    try:
        return cases_c5.predict_or_reason(prediction, not_modelled, simulate_row, key, quantity)
    except CompileError as exc:
        return not_modelled(f"graph: {exc}")


def refusal(params, key: tuple, nargs: int, casc_at: int) -> str | None:
    """Why the kernel cost model refuses the row at its first refused cascade position, or None: ``params`` of
    ``key[:nargs]`` and each position below ``key[casc_at]`` (TP_CASC_LEN)."""
    return cases_c5.refusal(lambda: [params(*key[:nargs], c) for c in range(key[casc_at])])


def notes(iterations: int, qualifier: str = ""):
    """The measurement-notes function of a DSPLib FIR benchmark row (``qualifier`` follows NITER)."""
    return lambda r: (f"xcve2802 1.25 GHz, 64-bit PLIOs 625 MHz, NITER {iterations}{qualifier}; NUM_AIE "
                      f"{r['NUM_AIE']}, SINGLE_BUF {r['SINGLE_BUF']}")
