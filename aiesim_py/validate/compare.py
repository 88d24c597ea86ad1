"""Compare a simulator run with the project's functional outputs and our timing model.

Values: every element of every output PLIO, bit-exact (``==``) against the functional run
on the project's own input file(s) (``data/input.txt``, or ``data/input<g>.txt`` per input
PLIO). A mismatch is named by output PLIO, iteration, batch row and the design's (global)
output feature index. Timing (aiesimulator only; x86simulator output
has no time stamps): latency, interval and per-kernel cycles per call, each as measured,
predicted and signed error ``predicted - measured`` (positive: we predict slower).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from aiesim_py.arch.device import load_device
from aiesim_py.errors import SimOutputError, SimulationError
from aiesim_py.sim.timing import TimingParams, TimingResult, simulate
from aiesim_py.sim.timing.metrics import steady_interval_cycles
from aiesim_py.units import ns_to_cycles
from aiesim_py.validate.formats import (
    EVENT_FILE, NUMBER_BITS, PlioData, TileProfile, read_event_profile, read_plio_text, read_profiles,
    values_per_line,
)
from aiesim_py.validate.project import Project, load_project
from aiesim_py.validate.writer import plio_output_times, profile_row_offset

#: Functions of the runtime, not kernels (UG1076-PROF reports them next to the kernels).
RUNTIME_FUNCTIONS = {"main", "_main", "_main_init", "_main_no_exit_init", "_start", "__cxa_finalize",
                     "_fini", "_init", "exit"}
#: Measured cycles (from ns time stamps) are rounded to this many decimals.
CYCLE_DECIMALS = 3


def resolve_sim_output(path) -> Path:
    """The simulator output folder: ``path`` itself, or ``path/aiesimulator_output`` /
    ``path/x86simulator_output`` when ``path`` is the directory the simulator ran in.

    Raises:
        SimOutputError: not a directory.
    """
    p = Path(path).expanduser()
    if not p.is_dir():
        raise SimOutputError(f"{p}: no such simulator output folder; pass the aiesimulator_output "
                             "(or x86simulator_output) folder the simulator wrote")
    for sub in ("aiesimulator_output", "x86simulator_output"):
        if (p / sub).is_dir():
            return (p / sub).resolve()
    return p.resolve()


def _plio_file(folder: Path, data_file: str) -> Path:
    tried = [folder / data_file, folder / Path(data_file).name]
    for t in tried:
        if t.is_file():
            return t
    raise SimOutputError(f"{tried[0]}: no output file of this PLIO (also tried {tried[1]}); did the "
                         "simulation run, and is this the project it ran?")


def _timing_row(measured, predicted, source: str = "") -> dict:
    row = {"measured": measured, "predicted": predicted, "error": None, "error_pct": None}
    if source:
        row["source"] = source
    if measured is not None and predicted is not None:
        row["error"] = predicted - measured
        row["error_pct"] = 100.0 * (predicted - measured) / measured if measured else None
    return row


@dataclass
class ValidationReport:
    """The verdict of :func:`validate`. ``ok`` is False on any value mismatch or missing
    output. ``to_dict()`` is what ``aiesim validate --json`` prints and what
    :func:`aiesim_py.validate.calibrate.load_runs` reads back."""
    project: str
    sim_output: str
    design: str
    device: str
    values: list = field(default_factory=list)
    timing: dict = field(default_factory=dict)
    measured: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)

    @property
    def mismatches(self) -> int:
        return sum(v["mismatches"] for v in self.values)

    @property
    def ok(self) -> bool:
        return all(v["ok"] for v in self.values)

    def first_mismatch_message(self) -> str | None:
        """One sentence naming the first mismatching element, or None."""
        for v in self.values:
            m = v.get("first_mismatch")
            if m:
                what = (f"batch row {m['batch_row']}, feature {m['feature']}" if m["feature"] >= 0
                        else f"padding element {m['element']}")
                others = self.mismatches - v["mismatches"]
                more = f" ({others} more in other output PLIOs)" if others else ""
                return (f"{v['plio']}: {v['mismatches']} of {v['elements']} values differ{more}; first at "
                        f"iteration {m['iteration']}, {what} ({m['where']}): simulator {m['simulator']}, "
                        f"expected {m['expected']}")
            if not v["complete"]:
                return f"{v['plio']}: {v['note']}"
        return None

    def to_dict(self) -> dict:
        return {"format": "aiesim_py.validation", "version": 1, "ok": self.ok, "mismatches": self.mismatches,
                "project": self.project, "sim_output": self.sim_output, "design": self.design,
                "device": self.device, "values": self.values, "timing": self.timing,
                "measured": self.measured, "notes": self.notes}


def _compare_values(proj: Project, plio, data: PlioData) -> tuple[dict, int]:
    n = proj.elements_per_iteration(plio)
    flat = data.values.reshape(-1)
    per_line = values_per_line(plio.dtype, plio.width_bits)
    if flat.size % n:
        whole = flat.size // n
        cut = data.where(min(data.beats - 1, (whole * n) // per_line))
        raise SimOutputError(f"{data.path}: {flat.size} values are not a whole number of iterations of {n} "
                             f"({n // per_line} lines each); iteration {whole} is incomplete from {cut}: "
                             "truncated file, or the output of another design")
    got_iter = flat.size // n
    if got_iter > proj.iterations:
        raise SimOutputError(f"{data.path}: holds {got_iter} iterations but the project's input holds "
                             f"{proj.iterations}; this output belongs to another run or design")
    exp = proj.expected_stream(plio, got_iter)
    got = flat.reshape(got_iter, n)
    bad = got != exp
    count = int(bad.sum())
    row = {"plio": plio.name, "file": str(data.path), "dtype": plio.dtype, "width_bits": plio.width_bits,
           "iterations": got_iter, "iterations_expected": proj.iterations, "elements": int(got.size),
           "mismatches": count, "complete": got_iter == proj.iterations, "tlast_beats": int(data.tlast.sum()),
           "first_mismatch": None}
    if count:
        i, j = (int(a) for a in np.argwhere(bad)[0])
        smap = proj.stream_map(plio)
        beat = (i * n + j) // per_line
        row["first_mismatch"] = {
            "plio": plio.name, "iteration": i, "element": j, "batch_row": int(smap.row[j]), "feature": int(smap.feature[j]),
            "simulator": got[i, j].item(), "expected": exp[i, j].item(), "where": data.where(beat),
            "line_column": (i * n + j) % per_line}
    if not row["complete"]:
        row["note"] = (f"the output holds {got_iter} of the {proj.iterations} iterations of the input "
                       "(simulation stopped early, or ITERATIONS was lowered)")
    row["ok"] = count == 0 and row["complete"]
    return row, got_iter


def _match_profile(kernel, fn: str, profiles: list[TileProfile], row_offset: int):
    for t in profiles:
        f = t.function(fn)
        if f is not None:
            return t, f
    col, row = kernel.tile
    for t in profiles:
        if (t.col, t.row) == (col, row + row_offset):
            cands = [f for f in t.functions if f.name.split("(")[0] not in RUNTIME_FUNCTIONS]
            if cands:
                return t, max(cands, key=lambda f: f.with_descendants.total)
    return None, None


def measure(proj: Project, folder: Path, clock_hz: float, input_start_ns: float = 0.0):
    """Read the simulator output of ``proj`` in ``folder``: value rows and measured timing.

    Every output PLIO is read and compared. Timing follows the timing model's definitions
    (``sim.timing.metrics.TimingResult``): an iteration's output time is its first beat at
    the output PLIO, the latest over the output PLIOs when there are several; latency runs
    from the first input beat (over all input PLIOs) to that time for iteration 0.

    Returns:
        ``(value_rows, measured, notes)``; ``measured`` holds ``iterations`` (fewest over
        the output PLIOs), ``output_times_cycles`` (per iteration, the latest first beat over
        the output PLIOs), ``latency_cycles`` and its ``latency_source``, ``plios`` (per
        output PLIO name: ``output_times_cycles``, ``latency_cycles``, ``latency_source``),
        ``kernels`` (name -> calls, total_cycles, min_cycles, tile, report) and
        ``throughput`` (event API, the first output PLIO that has it), each None when the
        output does not carry it.
    """
    rows, notes = [], []
    measured = {"iterations": None, "output_times_cycles": None, "latency_cycles": None,
                "latency_source": None, "plios": {}, "kernels": {}, "throughput": None, "clock_hz": clock_hz}
    events = read_event_profile(folder / EVENT_FILE) if (folder / EVENT_FILE).is_file() else []
    in_names = [p.name for p in proj.design.plios if p.direction == "in"]
    start_cycles = ns_to_cycles(input_start_ns, clock_hz)
    for plio in proj.output_plios():
        data = read_plio_text(_plio_file(folder, plio.data_file), plio.dtype, plio.width_bits)
        row, got_iter = _compare_values(proj, plio, data)
        rows.append(row)
        per = {"iterations": got_iter, "output_times_cycles": None, "latency_cycles": None, "latency_source": None}
        measured["plios"][plio.name] = per
        if data.times_ns is None:
            notes.append(f"{data.path}: no time stamps (x86simulator or --output-time-stamp=no): "
                         "latency and interval are not measured")
        else:
            beats_per_iter = proj.elements_per_iteration(plio) // values_per_line(plio.dtype, plio.width_bits)
            first = data.times_ns[::beats_per_iter][:got_iter]
            per["output_times_cycles"] = [round(ns_to_cycles(float(t), clock_hz), CYCLE_DECIMALS) for t in first]
        lat = [e for e in events if e.option == "io_stream_start_difference_cycles"
               and len(e.ports) == 2 and e.ports[0] in in_names and e.ports[1] == plio.name]
        if lat:
            per["latency_cycles"] = lat[-1].numbers["cycles"]
            per["latency_source"] = f"{EVENT_FILE}:{lat[-1].line} io_stream_start_difference_cycles"
        elif per["output_times_cycles"]:
            per["latency_cycles"] = round(per["output_times_cycles"][0] - start_cycles, CYCLE_DECIMALS)
            per["latency_source"] = (f"{data.where(0)} first output time stamp, input assumed to start "
                                     f"at {input_start_ns:g} ns")
        thr = [e for e in events if e.option == "io_stream_start_to_bytes_transferred_cycles"
               and e.ports == (plio.name,)]
        if thr and thr[-1].numbers["cycles"] > 0 and measured["throughput"] is None:
            e = thr[-1]
            measured["throughput"] = {"plio": plio.name, "bytes": e.numbers["bytes"], "cycles": e.numbers["cycles"],
                                      "bytes_per_cycle": e.numbers["bytes"] / e.numbers["cycles"],
                                      "source": f"{EVENT_FILE}:{e.line}"}
    pers = list(measured["plios"].values())
    if pers:
        n = min(p["iterations"] for p in pers)
        measured["iterations"] = n
        if all(p["output_times_cycles"] is not None for p in pers):
            measured["output_times_cycles"] = [max(ts) for ts in zip(*(p["output_times_cycles"][:n] for p in pers))]
        if all(p["latency_cycles"] is not None for p in pers):
            last = max(pers, key=lambda p: p["latency_cycles"])
            measured["latency_cycles"] = last["latency_cycles"]
            measured["latency_source"] = last["latency_source"]
            if len(pers) > 1:
                name = next(k for k, v in measured["plios"].items() if v is last)
                measured["latency_source"] += f" (latest of the {len(pers)} output PLIOs: {name})"
    profiles = read_profiles(folder)
    if not profiles:
        notes.append(f"{folder}: no profile_funct_*.xml (run aiesimulator with --profile): per-kernel cycles "
                     "are not measured")
    # Profile file rows: array rows (shim row 0, then the memory-tile rows) when every row
    # is at or above the first compute row, else ADF tile() rows (compute row 0).
    off = profile_row_offset(proj.design.device)
    if any(t.row < off for t in profiles):
        off = 0
    for kern in proj.design.kernels:
        t, f = _match_profile(kern, f"{kern.name}_fn", profiles, off)
        if f is None:
            if profiles:
                notes.append(f"kernel {kern.name}: no profile report names {kern.name}_fn or its tile "
                             f"({kern.tile[0]}, {kern.tile[1]})")
            continue
        stats = f.with_descendants
        measured["kernels"][kern.name] = {"calls": f.calls, "total_cycles": stats.total,
                                          "min_cycles": stats.minimum, "report": f"{t.path}:{f.line}",
                                          "function": f.name}
    return rows, measured, notes


def _transfer_cycles(proj: Project, plio, n_bytes: int, times: list, params: TimingParams):
    """Predicted ``io_stream_start_to_bytes_transferred_cycles``: from the first output beat
    to the end of the beat that completes ``n_bytes`` (``times``: the simulation's first-beat
    cycles of every iteration at ``plio``, then beats at the PLIO rate); None beyond the
    simulated iterations."""
    per_iter = proj.elements_per_iteration(plio) * NUMBER_BITS[plio.dtype] // 8
    beat_bytes = plio.width_bits // 8
    k, rest = divmod(n_bytes, per_iter)
    last = k if rest else k - 1                    # iteration holding the last byte
    if last >= len(times) or n_bytes <= 0:
        return None
    beats = -(-(rest or per_iter) // beat_bytes)
    beat_cycles = beat_bytes / params.plio_bytes_per_cycle(plio.width_bits, plio.freq_hz)
    return round(times[last] - times[0] + beats * beat_cycles, CYCLE_DECIMALS)


def _plio_timing(name: str, m: dict, pred: list, t_in0: int) -> dict:
    """Latency, interval and output times of one output PLIO: measured (``m``, a
    ``measured["plios"]`` entry) against the predicted first-beat cycles ``pred``."""
    times = m.get("output_times_cycles")
    n = len(times) if times else 0
    iv = steady_interval_cycles(times) if n >= 2 else None
    pred_iv = steady_interval_cycles(pred[:n]) if n >= 2 else steady_interval_cycles(pred)
    return {"plio": name,
            "latency_cycles": _timing_row(m.get("latency_cycles"), pred[0] - t_in0, m.get("latency_source") or ""),
            "interval_cycles": _timing_row(round(iv, CYCLE_DECIMALS) if iv is not None else None, pred_iv,
                                           "output time stamps, second half of the run" if iv is not None else ""),
            "output_times_cycles": {"measured": times, "predicted": list(pred[:n] if n else pred)}}


def compare_timing(proj: Project, measured: dict, result: TimingResult, params: TimingParams) -> dict:
    """Timing rows (measured, predicted, signed error, error %) from ``measured`` (see
    :func:`measure`) and a simulation of the same number of iterations (with ``trace=True``
    when the design has several output PLIOs).

    ``latency_cycles``, ``interval_cycles`` and ``output_times_cycles`` are the design's
    (latest over the output PLIOs); ``plios`` repeats them per output PLIO."""
    pred_times = plio_output_times(proj.design, result)
    timing = {"latency_cycles": _timing_row(measured["latency_cycles"], result.latency_cycles,
                                            measured["latency_source"] or "")}
    times = measured["output_times_cycles"]
    iv = steady_interval_cycles(times) if times and len(times) >= 2 else None
    n = len(times) if times else 0
    pred_iv = steady_interval_cycles(list(result.output_times_cycles[:n])) if n >= 2 else result.interval_cycles
    timing["interval_cycles"] = _timing_row(round(iv, CYCLE_DECIMALS) if iv is not None else None, pred_iv,
                                            "output time stamps, second half of the run" if iv is not None else "")
    timing["output_times_cycles"] = {"measured": times, "predicted": list(result.output_times_cycles[:n] if n
                                                                          else result.output_times_cycles)}
    if measured["throughput"]:
        th = measured["throughput"]
        plio = next(p for p in proj.output_plios() if p.name == th["plio"])
        pred = _transfer_cycles(proj, plio, th["bytes"], pred_times[plio.name], params)
        timing["output_transfer_cycles"] = _timing_row(th["cycles"], pred, th["source"])
        timing["output_transfer_cycles"]["bytes"] = th["bytes"]
    timing["plios"] = []
    for plio in proj.output_plios():
        m = measured.get("plios", {}).get(plio.name, {})
        timing["plios"].append(_plio_timing(plio.name, m, pred_times[plio.name], result.input_times_cycles[0]))
    kernels = []
    for k in result.kernels:
        m = measured["kernels"].get(k.name)
        row = {"name": k.name, "tile": list(k.tile), "calls_predicted": k.calls,
               "calls_measured": m["calls"] if m else None}
        avg_m = m["total_cycles"] / m["calls"] if m and m["calls"] else None
        row["cycles_per_call"] = _timing_row(round(avg_m, CYCLE_DECIMALS) if avg_m is not None else None,
                                             k.busy_cycles / k.calls if k.calls else None,
                                             m["report"] if m else "")
        row["min_cycles_per_call"] = _timing_row(m["min_cycles"] if m else None, k.cycles_per_call)
        kernels.append(row)
    timing["kernels"] = kernels
    return timing


def validate(project, sim_output, *, params: TimingParams | None = None,
             input_start_ns: float = 0.0) -> ValidationReport:
    """Check a simulator run of a project: values bit-exact, timing against our model.

    Args:
        project: project directory written by ``aiesim compile`` (holds design.json and
            the input PLIO file).
        sim_output: the simulator's output folder (``aiesimulator_output`` /
            ``x86simulator_output``, or the directory that holds it).
        params: timing parameters of the prediction (default: the device's).
        input_start_ns: when the input stream starts, for a latency read from the output
            time stamps alone (without an event-API latency result).
    Returns:
        :class:`ValidationReport` (``ok`` False on any value mismatch or missing iteration).
    Raises:
        DesignFileError: not a project.
        SimOutputError: missing, truncated, corrupt or foreign simulator files (file, line).
    """
    proj = project if isinstance(project, Project) else load_project(project)
    folder = resolve_sim_output(sim_output)
    device = load_device(proj.design.device)
    p = params or TimingParams.from_device(device)
    rows, measured, notes = measure(proj, folder, p.clock_hz, input_start_ns)
    report = ValidationReport(project=str(proj.path), sim_output=str(folder), design=proj.design.name,
                              device=proj.design.device, values=rows, measured=measured, notes=notes)
    has_timing = measured["output_times_cycles"] is not None or measured["kernels"]
    if has_timing:
        try:
            result = simulate(proj.design, iterations=max(2, measured["iterations"]), params=p,
                              trace=len(proj.output_plios()) > 1)
        except SimulationError as exc:      # e.g. a design the timing model does not cover yet
            report.notes.append(f"timing not compared: the timing model cannot simulate this design ({exc})")
            return report
        report.timing = compare_timing(proj, measured, result, p)
        report.timing["assumptions"] = p.assumptions()
    return report
