"""Importers: projects written by other AIE compilers -> :class:`~aiesim_py.design.Design`.

``aie4ml``: the project directory aie4ml 0.2.1 writes (``aie_pipeline.json`` + ``src/``).
"""
from aiesim_py.compiler.importers.aie4ml import (
    Aie4mlImportWarning, import_aie4ml, is_aie4ml_project,
)

__all__ = ["import_aie4ml", "is_aie4ml_project", "Aie4mlImportWarning"]
