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
from aiesim_py.compiler.passes.direct_cost import register_judge
from aiesim_py.design import Design
from aiesim_py.isa.bf16 import FloatType
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

    def simulate(self, iterations: int = 16, trace: bool = False, calibration=None):
        """Timing simulation; returns a ``TimingResult`` (latency_ns, interval_ns,
        throughput_gops, tiles_used, memtiles_used, ...).

        Args:
            calibration: None (the model's default assumptions), a calibration file path
                written by ``aiesim calibrate`` / :func:`calibrate`, or a ``Calibration``.
        Raises:
            CalibrationError: unreadable calibration file, or one fitted on another device.
        """
        from aiesim_py.sim.timing import simulate
        params = None
        if calibration is not None:
            from aiesim_py.validate.calibrate import Calibration, load_calibration, timing_params
            cal = calibration if isinstance(calibration, Calibration) else load_calibration(calibration)
            params = timing_params(self.design.device, cal)
        return simulate(self.design, iterations=iterations, trace=trace, params=params)

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
            if isinstance(t, FloatType):      # bit patterns of standard-normal floats
                inputs = t.from_float(rng.standard_normal((iterations * d.batch, d.input_features)))
            else:
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


def _timing_judge(design: Design, iterations: int) -> tuple[int, float]:
    """(latency cycles, interval cycles) of ``design`` by the timing model: the judge the
    compiler's ``inter_layer="auto"`` choice uses (``compiler.passes.direct_cost``), plugged in
    here because the compiler does not import the simulator."""
    from aiesim_py.sim.timing import simulate
    r = simulate(design, iterations=iterations)
    return r.latency_cycles, r.interval_cycles


register_judge(_timing_judge)


def compile(model, device: str = "ve2802", batch: int = 8, parallelism=None,  # noqa: A001
            objective: str = "interval", precision=None, microtile="auto", tolerance: float = 0.1,
            plio_width_bits: int | None = None, placement: str = "auto", weights="auto",
            inter_layer: str = "memtile") -> CompiledModel:
    """Compile a model for an AIE-ML device.

    Args:
        model: an hls4ml ``ModelGraph``, a path to a saved hls4ml model (``.fml``), a QONNX
            model (``.onnx`` path, ``onnx.ModelProto`` or qonnx ``ModelWrapper``), or a
            topology spec ``"mlp:16-64-32-32-8"`` (int8 MLP, weights from a fixed seed).
        device: device name, e.g. ``"ve2802"``.
        batch: samples per graph iteration, a multiple of 4.
        parallelism: None (search), or ``"cas_lengthxcas_num"`` per dense layer, e.g. ``"1x4,4x2"``;
            every K slice must hold input features (K = 216 in 20 slices of 16 fills 14: refused);
            a layer after the first may read more K slices than one shared buffer's read channels
            through a memory-tile relay (tile-resident weights only).
        objective: what the search minimises: ``"interval"``, ``"latency"`` or ``"tiles"``.
        precision: None (the model's own fixed-point types) or ``"bf16"``: a float PyTorch
            ``nn.Sequential`` or float ONNX model compiled to bfloat16 weights and activations
            with fp32 (accfloat) accumulation; ``run`` then takes and returns bf16 bit patterns,
            ``predict`` floats.
        microtile: the aie::mmul shape (M x K x N) per dense layer: ``"auto"`` (each layer the
            fastest of the device's native shapes by the kernel cost model, e.g. int8 8x8x8 on
            AIE-MLv2 ve3858, 4x8x8 on AIE-ML), ``"firmware"`` (the default shape per type
            pair), ``"all"`` (native and emulated shapes), a shape ``"8x8x8"`` for every layer,
            or one entry per layer ``"8x8x8,auto"``.
        tolerance: the interval objective accepts an interval up to (1 + tolerance) times the
            best one when that saves tiles (>= 0).
        plio_width_bits: widest PLIO width in bits, one of the device's allowed widths
            (ve2802: 32, 64, 128); None: the device file's default (the widest).
        placement: packing order of the layers on the grid: ``"auto"``, ``"row_first"``,
            ``"column_first"`` or ``"spread"`` (each weight-streamed layer centred in its own band of
            memory-tile columns, so its weight streams go straight up; tried first by ``"auto"``
            when a layer is streamed).
        weights: where each dense layer's weights live: ``"auto"`` (in the compute tiles when
            it fits; staged in memory tiles and streamed to the tiles in chunks every iteration
            when a layer, or the whole model, does not fit the tiles, and further while that
            shortens the interval), ``"tile"``, ``"memtile"``, or one entry per layer
            (``"tile,memtile"``); ``compiler.passes.weights``.
        inter_layer: how inter-layer edges carry activations: ``"memtile"`` (default: a memory-tile
            shared buffer on every edge), ``"auto"`` (a direct kernel-to-kernel buffer, no memory
            tile, on an edge where the producer layer has cas_num 1 and the consumer cas_length 1,
            both keep their weights in the tiles, neither is bf16, and the two layers agree on the
            data layout: producer's mmul M x N = consumer's M x K, same element type; every other
            edge on a memory tile; with a searched parallelism and objective latency / interval the
            timing model picks between the direct and the memory-tile designs, the design
            ``"memtile"`` gives among them), ``"direct"`` (every edge direct; a compile where that
            cannot be, e.g. bf16, weights ``"memtile"``, a parallelism without cas_num 1 ->
            cas_length 1 or mismatched microtiles, raises CompileError naming the edge and the
            fix); ``compiler.passes.direct``.
            The auto choice is judged by the timing model (``sim.timing.simulate``, passed to
            ``compile_model(judge=...)``).
    Raises:
        aiesim_py.errors.AieSimError subclasses with a message naming layer and limit (or
        the knob and its allowed values).
    """
    return CompiledModel(compile_model(model, device=device, batch=batch, parallelism=parallelism,
                                       objective=objective, precision=precision, microtiles=microtile,
                                       tolerance=tolerance, plio_width_bits=plio_width_bits,
                                       placement=placement, weights=weights, inter_layer=inter_layer,
                                       judge=_timing_judge))


def explore(model, space, iterations: int = 16, functional: bool = False, scheduler=None, workers: int = 2,
            checkpoint=None, progress: bool = False, points_per_task=None):
    """Design-space sweep: compile and time every point of ``space``; see
    :func:`aiesim_py.explore.sweep.explore` (``scheduler="local"`` or an address runs the points
    on dask.distributed; ``checkpoint`` makes an interrupted sweep resumable).

    Returns:
        pandas.DataFrame, one row per point with its knobs, metrics and ``pareto`` flag.
    """
    from aiesim_py.explore.sweep import explore as _explore
    return _explore(model, space, iterations=iterations, functional=functional, scheduler=scheduler,
                    workers=workers, checkpoint=checkpoint, progress=progress, points_per_task=points_per_task)


def load(path) -> CompiledModel:
    """Load a compiled project directory (or its design.json), or a project directory written
    by aie4ml 0.2.1 (told by its ``aie_pipeline.json``; read with
    :func:`aiesim_py.compiler.importers.import_aie4ml`, which warns what it substitutes).

    Raises:
        DesignFileError: a directory with neither design.json nor aie_pipeline.json, or a
            missing / malformed file (named).
    """
    p = Path(path)
    if p.is_dir() and not (p / "design.json").is_file():
        from aiesim_py.compiler.importers import import_aie4ml, is_aie4ml_project
        if is_aie4ml_project(p):
            return CompiledModel(import_aie4ml(p))
        from aiesim_py.errors import DesignFileError
        raise DesignFileError(f"{p}: neither design.json (a project of 'aiesim compile MODEL -o DIR') nor "
                              "aie_pipeline.json (a project written by aie4ml) is here; give one of those "
                              "project directories")
    return CompiledModel(Design.load(path))


def validate(project, sim_output, calibration=None, input_start_ns: float = 0.0):
    """Check an aiesimulator / x86simulator run of a project written by ``aiesim compile``:
    output values bit-exact against the functional run, latency / interval / per-kernel
    cycles against the timing model (see :func:`aiesim_py.validate.validate`).

    Returns:
        ``ValidationReport`` (``.ok``, ``.mismatches``, ``.timing``, ``.to_dict()``).
    Raises:
        DesignFileError, SimOutputError (file and line), CalibrationError.
    """
    from aiesim_py.validate import load_calibration, timing_params
    from aiesim_py.validate import validate as _validate
    params = None
    if calibration is not None:
        cal = load_calibration(calibration) if not hasattr(calibration, "params") else calibration
        params = timing_params(Design.load(project).device, cal)
    return _validate(project, sim_output, params=params, input_start_ns=input_start_ns)


def calibrate(runs, output=None, params=None, cross_validate: bool = True):
    """Fit the timing model's assumption constants to validated runs (each a
    ``validate --json`` file, ``"PROJECT:SIM_OUTPUT"`` or a project holding
    ``aiesimulator_output/``); write the calibration JSON to ``output`` if given.

    Returns:
        ``Calibration`` (``.params``, ``.fit``, ``.cross_validation``).
    Raises:
        CalibrationError, DesignFileError, SimOutputError.
    """
    from aiesim_py.validate import calibrate as _calibrate
    from aiesim_py.validate import load_runs
    cal = _calibrate(load_runs(runs), free=params, cross_validate=cross_validate)
    if output is not None:
        cal.save(output)
    return cal
