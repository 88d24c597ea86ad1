"""aiesim_py: compile quantized models to AMD AIE-ML firmware, run them bit-exactly, time them.

    import aiesim_py as aie
    design = aie.compile(model, device="ve2802", batch=8)
    y = design.predict(x); yi = design.run(xi); r = design.simulate(iterations=16)
    design.write_firmware("out/project")
"""
from aiesim_py.api import CompiledModel, compile, explore, load
from aiesim_py.design import Design
from aiesim_py.errors import AieSimError

__version__ = "0.1.0"
__all__ = ["compile", "load", "explore", "CompiledModel", "Design", "AieSimError", "__version__"]
