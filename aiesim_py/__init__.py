"""aiesim_py: compile quantized models to AMD AIE-ML firmware, run them bit-exactly, time them."""
__version__ = "0.1.0"
