"""Compiler passes: plain functions, run in the order listed in ``compiler.pipeline``."""
