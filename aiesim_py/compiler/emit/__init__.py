"""Firmware writer: a Design -> a Vitis AIE project (templates in ``firmware/``).

    from aiesim_py.compiler.emit import write_firmware
    write_firmware(design, "out/project", inputs=xi, expected=yi)
"""
from aiesim_py.compiler.emit.context import FirmwareError, FirmwareWarning, graph_context
from aiesim_py.compiler.emit.data import default_inputs
from aiesim_py.compiler.emit.project import write_firmware

__all__ = ["write_firmware", "default_inputs", "graph_context", "FirmwareError", "FirmwareWarning"]
