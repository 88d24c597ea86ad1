"""Fit the timing model's free parameters to validated simulator runs.

The free parameters are the assumption constants of ``sim.timing.params`` (aieml-facts.md
section 8 and gap 1 of section 10: DMA BD setup, lock hand-off, ... are not published by
AMD); ``TimingParams.assumptions()`` lists them. Device numbers (stream width, hop latency,
clocks) and the kernel cost models are not fitted.

Fit: integer coordinate search (an exponential line search per parameter, then unit steps,
repeated until no parameter moves) minimising, over the runs,
``sum(rel_err(latency)^2 + rel_err(interval)^2 + mean_k rel_err(cycles per call of k)^2)``
where ``rel_err = (predicted - measured) / measured`` and every prediction is a full
simulation of the run's design. Held-out error: leave-one-out cross-validation across runs
(fit on all runs but one, predict that one).

Calibration file (JSON, ``"format": "aiesim_py.calibration"``, ``"version": 1``)::

    {"format": "aiesim_py.calibration", "version": 1, "device": "ve2802",
     "params": {"lock_wakeup_cycles": 12, ...},   # every assumption, fitted or not
     "fitted": ["lock_wakeup_cycles", ...], "runs": [...], "fit": {...}, "cross_validation": {...}}
"""
from __future__ import annotations

import dataclasses
import itertools
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from aiesim_py.arch.device import load_device
from aiesim_py.files import atomic_write_text
from aiesim_py.design import Design
from aiesim_py.errors import AieSimError, CalibrationError
from aiesim_py.sim.timing import TimingParams, simulate
from aiesim_py.sim.timing.metrics import steady_interval_cycles
from aiesim_py.validate.compare import validate

FORMAT = "aiesim_py.calibration"
VERSION = 1

#: Search range (low, high, step) of every calibratable parameter; the meaning and the
#: default of each are documented in ``aiesim_py.sim.timing.params``.
PARAM_SPACE = {
    "lock_wakeup_cycles": (0, 400, 1),
    "dma_bd_setup_cycles": (0, 200, 1),
    "dma_lock_acquire_cycles": (0, 100, 1),
    "dma_lock_release_cycles": (0, 100, 1),
    "plio_cdc_latency_cycles": (0, 200, 1),
    "cascade_hop_cycles": (0, 100, 1),
    "kernel_first_call_extra_cycles": (0, 1000, 1),
    "kernel_epilogue_fraction": (0.0, 1.0, 0.05),
}
#: The pattern search (3^n - 1 neighbours) runs for up to this many free parameters.
MAX_PATTERN_PARAMS = 4
#: TimingParams fields with defaults that are documented hardware limits, not assumptions.
NOT_CALIBRATABLE = ("lock_max_value",)
#: Fitted when the caller names none: the lock hand-off, the BD setup (both set latency and
#: DMA-bound intervals) and the first-call overhead (sets the profile's average cycles).
DEFAULT_FREE = ("lock_wakeup_cycles", "dma_bd_setup_cycles", "kernel_first_call_extra_cycles")


@dataclass
class Run:
    """One validated simulator run: the design and what was measured (``compare.measure``)."""
    name: str
    design: Design
    measured: dict


@dataclass
class Calibration:
    """Fitted parameters and how well they fit. ``params`` holds every assumption
    (``TimingParams.assumptions()`` keys); ``fitted`` the ones the fit moved freely."""
    device: str
    params: dict
    fitted: list
    runs: list = field(default_factory=list)
    fit: dict = field(default_factory=dict)
    cross_validation: dict | None = None

    def to_dict(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "device": self.device, "params": self.params,
                "fitted": list(self.fitted), "runs": self.runs, "fit": self.fit,
                "cross_validation": self.cross_validation}

    def save(self, path) -> Path:
        """Write the calibration JSON atomically. Raises CalibrationError if unwritable."""
        path = Path(path)
        try:
            atomic_write_text(path, json.dumps(self.to_dict(), indent=1))
        except OSError as exc:
            raise CalibrationError(f"{path}: cannot write the calibration ({exc})") from None
        return path


# --- calibration files -----------------------------------------------------------------------
def _other_assumptions() -> dict:
    """Assumption fields of TimingParams outside PARAM_SPACE (added later): name -> default.
    They may appear in a calibration file (not fitted, range only checked >= 0)."""
    out = {}
    for f in dataclasses.fields(TimingParams):
        if f.name in PARAM_SPACE or f.name in NOT_CALIBRATABLE or f.default is dataclasses.MISSING:
            continue
        out[f.name] = f.default
    return out


def _check_params(params, where: str) -> dict:
    if not isinstance(params, dict):
        raise CalibrationError(f"{where}: 'params' must be an object of parameter -> value")
    out = {}
    others = _other_assumptions()
    for k, v in params.items():
        if k in others:
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
                raise CalibrationError(f"{where}: {k} = {v!r} is not a non-negative number")
            out[k] = v
            continue
        if k not in PARAM_SPACE:
            raise CalibrationError(f"{where}: unknown parameter {k!r}; calibratable: {', '.join(PARAM_SPACE)}")
        lo, hi, step = PARAM_SPACE[k]
        is_int = isinstance(step, int)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or (is_int and not float(v).is_integer()):
            raise CalibrationError(f"{where}: {k} = {v!r} is not {'an integer' if is_int else 'a number'}")
        if not (lo <= v <= hi):
            raise CalibrationError(f"{where}: {k} = {v} is outside [{lo}, {hi}]")
        out[k] = int(v) if is_int else float(v)
    return out


def calibration_from_dict(data, where: str = "calibration") -> Calibration:
    """Check a calibration mapping (see the module docstring). Raises CalibrationError."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CalibrationError(f"{where}: not an aiesim_py calibration file (no \"format\": \"{FORMAT}\"); "
                               "write one with 'aiesim calibrate RUNS... -o FILE'")
    if data.get("version") != VERSION:
        raise CalibrationError(f"{where}: calibration version {data.get('version')!r} is not supported "
                               f"(expected {VERSION}); recalibrate with this aiesim_py")
    device = data.get("device")
    if not isinstance(device, str):
        raise CalibrationError(f"{where}: 'device' must name the device the runs were made on")
    params = _check_params(data.get("params"), where)
    fitted = data.get("fitted", [])
    if not isinstance(fitted, list) or any(f not in PARAM_SPACE for f in fitted):
        raise CalibrationError(f"{where}: 'fitted' must list parameter names")
    return Calibration(device=device, params=params, fitted=fitted, runs=data.get("runs", []),
                       fit=data.get("fit", {}), cross_validation=data.get("cross_validation"))


def load_calibration(path) -> Calibration:
    """Read a calibration file.

    Raises:
        CalibrationError: missing, not JSON, another format or version, unknown parameter
            names, values of the wrong type or outside their range.
    """
    path = Path(path)
    if not path.is_file():
        raise CalibrationError(f"{path}: no such calibration file; write one with 'aiesim calibrate'")
    try:
        data = json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CalibrationError(f"{path}: not valid JSON ({exc})") from None
    return calibration_from_dict(data, str(path))


def timing_params(device_name: str, calibration: Calibration | None = None, **overrides) -> TimingParams:
    """``TimingParams.from_device`` with a calibration's parameters (and ``overrides``) applied.

    Raises:
        CalibrationError: the calibration was fitted on another device.
    """
    device = load_device(device_name)
    values = {}
    if calibration is not None:
        if calibration.device != device.name:
            raise CalibrationError(f"the calibration was fitted on {calibration.device!r}, the design is for "
                                   f"{device.name!r}; calibrate with runs on {device.name}")
        values.update(calibration.params)
    values.update(overrides)
    return TimingParams.from_device(device, **values)


# --- runs ------------------------------------------------------------------------------------
def _run_from_report(data: dict, where: str) -> Run:
    if data.get("format") != "aiesim_py.validation":
        raise CalibrationError(f"{where}: not an 'aiesim validate --json' result")
    if not data.get("ok", False):
        raise CalibrationError(f"{where}: the run's values do not match the functional model "
                               f"({data.get('mismatches')} mismatches); calibrate only from validated runs")
    design = Design.load(data["project"])
    return Run(name=str(where), design=design, measured=data["measured"])


def load_runs(specs) -> list[Run]:
    """Runs from ``specs``; each is a ``validate --json`` result file, ``PROJECT:SIM_OUTPUT``,
    or a project directory holding ``aiesimulator_output/`` (where ``make aiesim`` puts it).

    Raises:
        CalibrationError: a run whose values mismatch, or that has no timing measurement.
        DesignFileError, SimOutputError: unreadable projects or simulator files.
    """
    runs = []
    for spec in specs:
        spec = str(spec)
        p = Path(spec)
        if p.is_file():
            try:
                data = json.loads(p.read_text())
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise CalibrationError(f"{p}: not a JSON validation result ({exc})") from None
            run = _run_from_report(data, spec)
        else:
            if not p.exists() and ":" in spec:
                project, sim = spec.rsplit(":", 1)
            else:
                project, sim = spec, spec
            run = _run_from_report(validate(project, sim).to_dict(), spec)
        m = run.measured
        if m.get("latency_cycles") is None and not m.get("kernels"):
            raise CalibrationError(f"{spec}: the run has no timing (no time stamps, event-API results or "
                                   "profile reports); run aiesimulator (not x86simulator) with --profile")
        runs.append(run)
    if not runs:
        raise CalibrationError("no runs given; pass validate --json results or PROJECT:SIM_OUTPUT pairs")
    devices = {r.design.device for r in runs}
    if len(devices) > 1:
        raise CalibrationError(f"the runs are on several devices ({', '.join(sorted(devices))}); calibrate "
                               "one device at a time")
    return runs


# --- fitting ---------------------------------------------------------------------------------
class _Model:
    """Cached predictions of runs for parameter values."""

    def __init__(self, runs: list[Run]):
        self.runs = runs
        self.device = load_device(runs[0].design.device)
        self.cache: dict = {}
        self.simulations = 0

    def errors(self, i: int, values: dict) -> dict:
        """Relative errors ``(predicted - measured) / measured`` of run ``i``."""
        key = (i, tuple(sorted(values.items())))
        if key in self.cache:
            return self.cache[key]
        run = self.runs[i]
        m = run.measured
        params = TimingParams.from_device(self.device, **values)
        r = simulate(run.design, iterations=max(2, int(m.get("iterations") or 2)), params=params)
        self.simulations += 1
        err = {}
        if m.get("latency_cycles"):
            err["latency"] = (r.latency_cycles - m["latency_cycles"]) / m["latency_cycles"]
        times = m.get("output_times_cycles") or []
        if len(times) >= 2:
            meas = steady_interval_cycles(times)
            pred = steady_interval_cycles(list(r.output_times_cycles[:len(times)]))
            if meas > 0:
                err["interval"] = (pred - meas) / meas
        kerr = []
        for k in r.kernels:
            mk = m.get("kernels", {}).get(k.name)
            if mk and mk.get("calls") and k.calls:
                meas = mk["total_cycles"] / mk["calls"]
                if meas > 0:
                    kerr.append((k.busy_cycles / k.calls - meas) / meas)
        if kerr:
            err["kernels"] = kerr
        self.cache[key] = err
        return err

    def cost(self, idx: list[int], values: dict) -> float:
        total = 0.0
        for i in idx:
            e = self.errors(i, values)
            total += e.get("latency", 0.0) ** 2 + e.get("interval", 0.0) ** 2
            if e.get("kernels"):
                total += sum(x * x for x in e["kernels"]) / len(e["kernels"])
        return total


def _candidates(x, lo, hi, step) -> list:
    out = set()
    k = 1
    while True:
        moved = False
        for s in (1, -1):
            v = x + s * k * step
            if lo <= v <= hi:
                out.add(round(v, 6) if isinstance(step, float) else v)
                moved = True
        if not moved:
            break
        k *= 2
    out.update({lo, hi})
    out.discard(x)
    return sorted(out)


def _neighbourhood(x: dict, free: list[str], scale: int):
    """All points ``x + scale * step * d`` with ``d`` in {-1, 0, 1}^n \\ {0} inside the bounds."""
    for d in itertools.product((-1, 0, 1), repeat=len(free)):
        if not any(d):
            continue
        cand = dict(x)
        ok = True
        for name, s in zip(free, d):
            lo, hi, step = PARAM_SPACE[name]
            v = x[name] + s * scale * step
            v = round(v, 6) if isinstance(step, float) else v
            if not (lo <= v <= hi):
                ok = False
                break
            cand[name] = v
        if ok:
            yield cand


def _fit(model: _Model, idx: list[int], free: list[str], start: dict, max_passes: int = 8) -> tuple[dict, float]:
    """Coordinate line searches, then a pattern search over the 3^n - 1 neighbours at
    scales 8, 4, 2, 1 steps (for parameters that only move the cost together)."""
    x = dict(start)
    best = model.cost(idx, x)
    for _ in range(max_passes):
        moved = False
        for name in free:
            lo, hi, step = PARAM_SPACE[name]
            for v in _candidates(x[name], lo, hi, step):
                c = model.cost(idx, {**x, name: v})
                if c < best - 1e-15:
                    best, x[name], moved = c, v, True
        if not moved or best == 0.0:
            break
    if len(free) <= MAX_PATTERN_PARAMS:
        for scale in (8, 4, 2, 1):
            improved = True
            while improved and best > 0.0:
                improved = False
                for cand in _neighbourhood(x, free, scale):
                    c = model.cost(idx, cand)
                    if c < best - 1e-15:
                        best, x, improved = c, cand, True
    return x, best


def _summary(model: _Model, i: int, values: dict) -> dict:
    e = model.errors(i, values)
    out = {"run": model.runs[i].name}
    for key in ("latency", "interval"):
        out[f"{key}_error_pct"] = 100.0 * e[key] if key in e else None
    ks = e.get("kernels")
    out["kernel_mean_abs_error_pct"] = 100.0 * sum(abs(x) for x in ks) / len(ks) if ks else None
    return out


def _mean_abs(rows: list[dict], key: str):
    vals = [abs(r[key]) for r in rows if r.get(key) is not None]
    return sum(vals) / len(vals) if vals else None


def calibrate(runs, free=None, cross_validate: bool = True) -> Calibration:
    """Fit ``free`` parameters (default :data:`DEFAULT_FREE`) to ``runs``.

    Args:
        runs: :class:`Run` objects or specs for :func:`load_runs`.
        free: names of ``TimingParams.assumptions()`` to fit; the others keep their defaults.
        cross_validate: also report the leave-one-out error (needs 2 or more runs; costs one
            more fit per run).
    Returns:
        :class:`Calibration` with ``fit`` (cost and per-run errors before and after) and
        ``cross_validation`` (per held-out run its errors, and their mean absolute values, %).
    Raises:
        CalibrationError: unknown parameter names, no runs.
    """
    runs = [r if isinstance(r, Run) else None for r in runs]
    if any(r is None for r in runs):
        raise CalibrationError("calibrate() takes Run objects; use load_runs(specs) first")
    if not runs:
        raise CalibrationError("no runs to calibrate from")
    free = list(free or DEFAULT_FREE)
    bad = [f for f in free if f not in PARAM_SPACE]
    if bad:
        raise CalibrationError(f"unknown parameter(s) {', '.join(bad)}; calibratable: {', '.join(PARAM_SPACE)}")
    model = _Model(runs)
    defaults = TimingParams.from_device(model.device).assumptions()
    start = {k: defaults[k] for k in PARAM_SPACE if k in defaults}
    missing = [f for f in free if f not in start]
    if missing:
        raise CalibrationError(f"parameter(s) {', '.join(missing)} are not used by this timing model")
    idx = list(range(len(runs)))
    try:
        values, cost = _fit(model, idx, free, start)
    except AieSimError as exc:
        raise CalibrationError(f"a simulation failed during the fit: {exc}") from None
    fit = {"cost_before": model.cost(idx, start), "cost_after": cost,
           "before": [_summary(model, i, start) for i in idx],
           "after": [_summary(model, i, values) for i in idx]}
    for key in ("latency_error_pct", "interval_error_pct", "kernel_mean_abs_error_pct"):
        fit[f"mean_abs_{key}"] = _mean_abs(fit["after"], key)
    cv = None
    if cross_validate and len(runs) >= 2:
        held = []
        for i in idx:
            train = [j for j in idx if j != i]
            v_i, _ = _fit(model, train, free, start)
            row = _summary(model, i, v_i)
            row["params"] = {k: v_i[k] for k in free}
            held.append(row)
        cv = {"method": "leave-one-out", "held_out": held}
        for key in ("latency_error_pct", "interval_error_pct", "kernel_mean_abs_error_pct"):
            cv[f"mean_abs_{key}"] = _mean_abs(held, key)
    fit["simulations"] = model.simulations
    return Calibration(device=model.device.name, params={k: values[k] for k in start}, fitted=free,
                       runs=[r.name for r in runs], fit=fit, cross_validation=cv)


__all__ = ["Run", "Calibration", "calibrate", "load_runs", "load_calibration", "calibration_from_dict",
           "timing_params", "PARAM_SPACE", "DEFAULT_FREE", "FORMAT", "VERSION"]
