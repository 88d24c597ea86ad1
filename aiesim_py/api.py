"""The public Python API.

>>> import aiesim_py as aie
>>> design = aie.compile("mlp:16-64-32-32-8", device="ve2802", batch=8)
>>> design.run([[1] * 16]).shape
(1, 8)
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aiesim_py.compiler import compile_model
from aiesim_py.design import Design
from aiesim_py.sim.functional import quantize_input, run_design


@dataclass
class CompiledModel:
    """A compiled Design with the operations a user runs on it.

    Attributes:
        design: the compiled plan (``design.json`` when written).
    """
    design: Design

    def __post_init__(self):
        self._plan = None

    def _run_plan(self):
        if self._plan is None:
            from aiesim_py.sim.run_plan import build_run_plan
            self._plan = build_run_plan(self.design)
        return self._plan

    def predict(self, x) -> np.ndarray:
        """Float in ``(samples, in_features)``, float out ``(samples, out_features)``;
        inputs are quantized with the model's input type, like hls4ml's ``predict``."""
        yi = run_design(self.design, quantize_input(self.design, x), plan=self._run_plan())
        return self.design.output_type.to_float(yi)

    def run(self, xi) -> np.ndarray:
        """Integers in (input type units), integers out (output type units), int64."""
        return run_design(self.design, np.asarray(xi), plan=self._run_plan())

    def quantize(self, x) -> np.ndarray:
        """Floats -> the integers :meth:`run` takes."""
        return quantize_input(self.design, x)

    def simulate(self, iterations: int = 16, trace: bool = False):
        """Timing simulation; returns a ``TimingResult`` (latency_ns, interval_ns,
        throughput_gops, tiles_used, memtiles_used, ...)."""
        from aiesim_py.sim.timing import simulate
        return simulate(self.design, iterations=iterations, trace=trace)

    def write_firmware(self, path, inputs=None, iterations: int = 4) -> Path:
        """Write the Vitis AIE project to ``path`` (atomically).

        Args:
            inputs: optional ``(samples, in_features)`` integers for the PLIO input file;
                default: ``iterations`` batches of deterministic random int8 (seed 0).
        Returns:
            The project directory.
        """
        from aiesim_py.compiler.emit import write_firmware
        d = self.design
        if inputs is None:
            rng = np.random.default_rng(0)
            t = d.input_type
            inputs = rng.integers(t.int_min, t.int_max + 1, size=(iterations * d.batch, d.input_features))
        xi = np.asarray(inputs)
        n_iter = -(-xi.shape[0] // d.batch)
        padded = np.zeros((n_iter * d.batch, d.input_features), dtype=np.int64)
        padded[:xi.shape[0]] = xi
        expected = run_design(d, padded)
        return write_firmware(d, path, inputs=padded.reshape(n_iter, d.batch, -1),
                              expected=expected.reshape(n_iter, d.batch, -1))

    @property
    def tiles_used(self) -> int:
        return self.design.tiles_used


def compile(model, device: str = "ve2802", batch: int = 8, parallelism=None,  # noqa: A001
            objective: str = "interval") -> CompiledModel:
    """Compile a model for an AIE-ML device.

    Args:
        model: an hls4ml ``ModelGraph``, a path to a saved hls4ml model (``.fml``), a QONNX
            model (``.onnx`` path, ``onnx.ModelProto`` or qonnx ``ModelWrapper``), or a
            topology spec ``"mlp:16-64-32-32-8"`` (int8 MLP, weights from a fixed seed).
        device: device name, e.g. ``"ve2802"``.
        batch: samples per graph iteration, a multiple of 4.
        parallelism: None (search), or ``"cas_lengthxcas_num"`` per dense layer, e.g. ``"1x4,4x2"``.
        objective: what the search minimises: ``"interval"``, ``"latency"`` or ``"tiles"``.
    Raises:
        aiesim_py.errors.AieSimError subclasses with a message naming layer and limit.
    """
    return CompiledModel(compile_model(model, device=device, batch=batch, parallelism=parallelism,
                                       objective=objective))


def load(path) -> CompiledModel:
    """Load a compiled project directory (or its design.json)."""
    return CompiledModel(Design.load(path))
