"""Kernel families: functional model, cost model and firmware template per family."""
