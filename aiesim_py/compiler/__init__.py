"""The compiler: frontends -> Graph -> passes -> Design (see ``pipeline``)."""
from aiesim_py.compiler.pipeline import compile_model

__all__ = ["compile_model"]
