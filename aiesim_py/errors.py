"""The exception hierarchy of aiesim_py.

Every error a user can cause derives from :class:`AieSimError`. The CLI prints
``str(error)`` as one line and exits non-zero; a traceback is shown only with
``--debug`` (or ``AIESIM_DEBUG=1``). Messages name *what* is wrong, *where*
(file, layer, tile) and *how to fix it*.
"""
from __future__ import annotations


class AieSimError(Exception):
    """Base class of every error aiesim_py raises on purpose."""


class ModelError(AieSimError):
    """A model file or model graph cannot be read or is not supported."""


class UnsupportedLayerError(ModelError):
    """A layer type or fixed-point mode the compiler cannot map exactly."""


class DeviceError(AieSimError):
    """A device file is missing, malformed or names an unknown device."""


class CompileError(AieSimError):
    """The compiler cannot build a design (parallelism, memory, grid limits)."""


class ResourceError(CompileError):
    """A design does not fit a resource: data memory, banks, grid, DMA channels."""


class DesignFileError(AieSimError):
    """A design.json or project directory is missing, corrupt or of another version."""


class InputDataError(AieSimError):
    """User input data (arrays, .npy files) has the wrong shape, dtype or range."""


class SimulationError(AieSimError):
    """The timing simulation cannot complete (deadlock, inconsistent design)."""


class FirmwareError(AieSimError):
    """The firmware project cannot be written: an incomplete Design or an unusable directory."""


class SimOutputError(AieSimError):
    """An aiesimulator / x86simulator output file (PLIO data, profile report, event-API
    results) is missing, truncated, corrupt or of a foreign format; the message names the
    file and line."""


class CalibrationError(AieSimError):
    """A calibration file is missing, corrupt, of another version or device, or a
    calibration cannot be fitted from the runs given."""
