"""Write our own simulation in the formats aiesimulator writes (docs/formats.md).

Used to test :func:`aiesim_py.validate.validate` and calibration without Vitis: the
functional run gives the values, the timing model the times, and they are written as an
aiesimulator output folder would hold them::

    <out_dir>/data/output.txt            PLIO output (T lines, TLAST, data) per output PLIO
                                         (data/output<g>.txt when there are several)
    <out_dir>/profile_funct_<c>_<r>.xml  one profile function report per kernel tile
    <out_dir>/event_profile.txt          event-API results (latency, output throughput)
"""
from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np

from aiesim_py.arch.device import load_device
from aiesim_py.compiler.emit.data import plio_stream
from aiesim_py.errors import InputDataError, SimulationError
from aiesim_py.sim.timing import TimingParams, TimingResult, simulate
from aiesim_py.validate.formats import EVENT_FILE, NUMBER_BITS, UNIT_NS, values_per_line
from aiesim_py.validate.project import Project, load_project


def format_time(t_ns: Fraction, unit: str = "ns", max_decimals: int = 9) -> str:
    """``t_ns`` as a decimal number of ``unit``: exact when it has a finite decimal
    expansion, else rounded to ``max_decimals`` decimals."""
    v = Fraction(t_ns) / Fraction(UNIT_NS[unit]).limit_denominator(10**12)
    if v.denominator == 1:
        return str(v.numerator)
    scaled = v * 10**max_decimals
    digits = round(scaled)
    s = f"{digits / 10**max_decimals:.{max_decimals}f}" if abs(digits) < 2**52 else str(float(v))
    return s.rstrip("0").rstrip(".")


def plio_output_text(values: np.ndarray, times_ns=None, tlast=None, unit: str = "ns") -> str:
    """aiesimulator PLIO output text: per beat an optional ``T <time> <unit>`` line, an
    optional ``TLAST`` line, then the beat's values.

    Args:
        values: ``(beats, values_per_line)`` integers (or floats).
        times_ns: ``(beats,)`` times in ns (Fractions for exact output), or None (no T lines,
            like x86simulator or ``--output-time-stamp=no``).
        tlast: ``(beats,)`` bools, or None.
    """
    out = []
    for i, row in enumerate(np.asarray(values)):
        if times_ns is not None:
            out.append(f"T {format_time(times_ns[i], unit)} {unit}\n")
        if tlast is not None and tlast[i]:
            out.append("TLAST\n")
        out.append(" ".join(str(v.item() if hasattr(v, "item") else v) for v in row) + "\n")
    return "".join(out)


def _kernel_fn(name: str) -> str:
    """The C++ function of a kernel in the firmware (compiler.emit.context: ``<kernel>_fn``)."""
    return f"{name}_fn"


def _cycle_xml(tag: str, total: int, minimum: int, maximum: int, average: int, indent: str) -> str:
    i2 = indent + "    "
    return (f"{indent}<{tag}>\n{i2}<total_cycle_count>{total}</total_cycle_count>\n"
            f"{i2}<minimum_cycle_count>{minimum}</minimum_cycle_count>\n"
            f"{i2}<maximum_cycle_count>{maximum}</maximum_cycle_count>\n"
            f"{i2}<average_cycle_count>{average}</average_cycle_count>\n{indent}</{tag}>\n")


def profile_xml(functions: list[tuple[str, int, int, int, int]], total_cycles: int) -> str:
    """A profile function report: ``functions`` are ``(name, calls, total, min, max)`` cycles
    (elements as UG1076-PROF's report shows them: see docs/formats.md)."""
    body = [f'<?xml version="1.0" encoding="UTF-8"?>\n<profile>\n'
            f"    <total_cycle_count>{total_cycles}</total_cycle_count>\n    <functions>\n"]
    for name, calls, total, lo, hi in functions:
        avg = round(total / calls) if calls else 0
        body.append(f"    <function>\n        <function_name>{name}</function_name>\n"
                    f"        <calls>{calls}</calls>\n")
        body.append(_cycle_xml("function_time", total, lo, hi, avg, "        "))
        body.append(_cycle_xml("function_and_descendants_time", total, lo, hi, avg, "        "))
        body.append("    </function>\n")
    body.append("    </functions>\n</profile>\n")
    return "".join(body)


def profile_row_offset(device_name: str) -> int:
    """Rows below the first compute row in the array (shim row + memory-tile rows): a
    compute tile at ADF ``tile(col, row)`` is array row ``row + offset`` (MLIR-TM: VE2802
    memory tiles on rows 1..2, compute rows from 3)."""
    return 1 + load_device(device_name).grid.memtile_rows


def plio_output_times(design, result: TimingResult) -> dict[str, list[int]]:
    """First-beat cycle of every iteration at each output PLIO of ``design``.

    With one output PLIO that is ``result.output_times_cycles``. With several, the timing
    model reports per iteration the latest of them (an iteration has arrived when its last
    PLIO has, ``sim.timing.model``), so the per-PLIO times come from the trace: the
    ``"<shim>/<plio> plio_out"`` track's ``"iter <i>"`` events start at the first beat.

    Returns:
        ``{plio name: [cycles per iteration]}`` in the design's PLIO order.
    Raises:
        SimulationError: several output PLIOs and ``result`` was simulated without
            ``trace=True``, or the trace does not give every PLIO every iteration.
    """
    outs = [p.name for p in design.plios if p.direction == "out"]
    if len(outs) == 1:
        return {outs[0]: [int(t) for t in result.output_times_cycles]}
    if result.trace is None:
        raise SimulationError(f"design {design.name!r} has {len(outs)} output PLIOs: simulate it with "
                              "trace=True to get each PLIO's output times")
    found: dict[str, dict[int, int]] = {n: {} for n in outs}
    for track, name, start, _ in result.trace:
        where, _, kind = track.rpartition(" ")
        plio = where.rpartition("/")[2]
        if kind == "plio_out" and plio in found and name.startswith("iter "):
            found[plio][int(name[5:])] = int(start)
    n = len(result.output_times_cycles)
    times = {}
    for plio, by_iter in found.items():
        if sorted(by_iter) != list(range(n)):
            raise SimulationError(f"the trace of {design.name!r} holds {len(by_iter)} of {n} iterations of "
                                  f"output PLIO {plio}")
        times[plio] = [by_iter[i] for i in range(n)]
    latest = [max(ts) for ts in zip(*times.values())]
    if latest != [int(t) for t in result.output_times_cycles]:
        raise SimulationError(f"the trace's output PLIO times of {design.name!r} do not agree with the "
                              "result's output times; the trace format changed")
    return times


def write_sim_output(project, out_dir, *, params: TimingParams | None = None, outputs=None,
                     time_unit: str = "ns", timestamps: bool = True, tlast: bool = True,
                     profile: bool = True, events: bool = True,
                     result: TimingResult | None = None) -> dict:
    """Write an aiesimulator-style output folder from our own functional and timing run.

    Args:
        project: project directory (or a loaded :class:`~aiesim_py.validate.project.Project`).
        out_dir: folder to write (created).
        params: timing parameters of the simulation (default: the device's).
        outputs: ``(iterations, batch, output_features)`` integers to write instead of the
            functional run's (to inject a mismatch).
        time_unit: ``"ns"`` (current tools) or ``"ps"`` (older tools) for the T lines.
        timestamps: write T lines (False: like x86simulator / ``--output-time-stamp=no``).
        tlast: mark the last beat of every iteration with TLAST.
        profile, events: write the profile reports and the event-API results file.
        result: a finished timing simulation to write (default: simulate the project's
            iterations with ``params``; with several output PLIOs it must be simulated with
            ``trace=True``, see :func:`plio_output_times`).
    Returns:
        ``{"plio": {name: path}, "profiles": [paths], "events": path | None, "timing": TimingResult}``
        (``timing`` None when nothing timed is written).
    Every output PLIO is written to its own ``data_file`` (``data/output<g>.txt`` when the
    compiler split the last layer's output), with that PLIO's own first-beat times.

    Raises:
        InputDataError: ``outputs`` of the wrong shape; unknown ``time_unit``.
        SimulationError: ``result`` of a several-output-PLIO design simulated without trace.
    """
    proj = project if isinstance(project, Project) else load_project(project)
    d = proj.design
    if time_unit not in UNIT_NS:
        raise InputDataError(f"time_unit {time_unit!r}: use one of {', '.join(UNIT_NS)}")
    n_iter = proj.iterations
    y = proj.expected if outputs is None else np.asarray(outputs)
    if y.shape != proj.expected.shape:
        raise InputDataError(f"outputs have shape {y.shape}; expected {proj.expected.shape}")
    device = load_device(d.device)
    p = params or TimingParams.from_device(device)
    needs_timing = timestamps or profile or events
    several = len(proj.output_plios()) > 1
    r = result or (simulate(d, iterations=max(2, n_iter), params=p, trace=several) if needs_timing else None)
    arrivals = plio_output_times(d, r) if (timestamps or events) and r is not None else None
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {"plio": {}, "profiles": [], "events": None, "timing": r}
    clock = Fraction(p.clock_hz)
    for plio in proj.output_plios():
        stream = proj.expected_stream(plio) if outputs is None else _stream(proj, plio, y)
        per_line = values_per_line(plio.dtype, plio.width_bits)
        beats = stream.reshape(n_iter, -1, per_line)
        beats_per_iter = beats.shape[1]
        beat_cycles = Fraction(plio.width_bits // 8) / Fraction(p.plio_bytes_per_cycle(plio.width_bits, plio.freq_hz))
        times = None
        if timestamps:
            times = [(Fraction(arrivals[plio.name][i]) + k * beat_cycles) * 10**9 / clock
                     for i in range(n_iter) for k in range(beats_per_iter)]
        marks = None
        if tlast:
            marks = np.zeros((n_iter, beats_per_iter), dtype=bool)
            marks[:, -1] = True
            marks = marks.reshape(-1)
        path = out_dir / plio.data_file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(plio_output_text(beats.reshape(-1, per_line), times, marks, time_unit))
        written["plio"][plio.name] = path
    if profile:
        off = profile_row_offset(d.device)
        extra = p.kernel_first_call_extra_cycles
        for k in r.kernels:
            hi = k.cycles_per_call + (extra if k.calls else 0)
            text = profile_xml([("main", 1, r.end_cycles, r.end_cycles, r.end_cycles),
                                (_kernel_fn(k.name), k.calls, k.busy_cycles, k.cycles_per_call, hi)],
                               r.end_cycles)
            path = out_dir / f"profile_funct_{k.tile[0]}_{k.tile[1] + off}.xml"
            path.write_text(text)
            written["profiles"].append(path)
    if events:
        ins = [pl for pl in d.plios if pl.direction == "in"]
        lines = ["# event-API results (adf::event::read_profiling), cycles at the array clock\n"]
        for plio in proj.output_plios():
            # latency from the first input beat (over all input PLIOs: the model starts
            # them together) to this PLIO's first output beat; named by the first input PLIO
            t_out = arrivals[plio.name]
            lines.append(f"io_stream_start_difference_cycles {ins[0].name} {plio.name} "
                         f"{t_out[0] - r.input_times_cycles[0]}\n")
            per_iter_bytes = proj.elements_per_iteration(plio) * _bytes(plio.dtype)
            beat_cycles = Fraction(plio.width_bits // 8) / Fraction(p.plio_bytes_per_cycle(plio.width_bits, plio.freq_hz))
            beats_per_iter = per_iter_bytes // (plio.width_bits // 8)
            end = Fraction(t_out[n_iter - 1]) + beats_per_iter * beat_cycles
            lines.append(f"io_stream_start_to_bytes_transferred_cycles {plio.name} {n_iter * per_iter_bytes} "
                         f"{round(end - t_out[0])}\n")
        path = out_dir / EVENT_FILE
        path.write_text("".join(lines))
        written["events"] = path
    return written


def _bytes(dtype: str) -> int:
    return NUMBER_BITS[dtype] // 8


def _stream(proj: Project, plio, y: np.ndarray) -> np.ndarray:
    return plio_stream(proj.design, plio, y)
