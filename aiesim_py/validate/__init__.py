"""Close the loop with AMD's simulators (design.md layer 6).

* :mod:`~aiesim_py.validate.formats`: parsers of aiesimulator / x86simulator output
  (PLIO data files, profile reports, event-API results); formats in docs/formats.md.
* :mod:`~aiesim_py.validate.compare`: :func:`validate`: values bit-exact against the
  functional run, timing (latency, interval, per-kernel cycles) against the timing model.
* :mod:`~aiesim_py.validate.writer`: :func:`write_sim_output`: our own run written in
  aiesimulator's formats (tests, calibration round trips).
* :mod:`~aiesim_py.validate.calibrate`: fit the timing model's assumption constants
  (``TimingParams.assumptions()``) to validated runs; calibration files.
"""
from aiesim_py.validate.calibrate import (
    Calibration, calibrate, load_calibration, load_runs, timing_params,
)
from aiesim_py.validate.compare import ValidationReport, validate
from aiesim_py.validate.writer import write_sim_output

__all__ = ["validate", "ValidationReport", "write_sim_output", "calibrate", "Calibration",
           "load_calibration", "load_runs", "timing_params"]
