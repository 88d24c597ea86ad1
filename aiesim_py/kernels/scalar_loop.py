"""Scalar-loop kernel family: one sample per loop iteration on the scalar unit.

The kernel of C4 (AI_Engine_Basic ``simple``: ``out.real = in.real + in.imag``,
``out.imag = in.real - in.imag`` over a cint16 buffer) is the model case: a plain C loop
that the compiler does not vectorise or software-pipeline (the loop body is one memory
dependence chain: load, arithmetic, store, and the next iteration's load may alias the
store). Cost from the ``isa`` timing table:

* one iteration = the critical path load -> ALU levels -> store
  (:func:`~aiesim_py.isa.timing.critical_path`): a scalar load has a 7-cycle latency
  (PEANO-SCHED), each ALU level issues its ops on the single scalar slot (1-cycle latency,
  AM020-SCALAR), the store issues last;
* the loop is not pipelined: ``samples x depth`` (:func:`~aiesim_py.isa.timing.loop_cycles`);
* the call adds :func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`.

Default ALU levels for a cint16 -> cint16 add/sub (an assumption about the compiled code,
not a measured schedule): unpack the 32-bit word into real and imaginary halves (2 ops:
sign-extend, arithmetic shift), the add and the sub (2 ops), pack the halves back (2 ops:
mask/shift, or-insert). MLIR-4C's ``c[i] = factor * a[i]`` scalar loop is the same family
with one level of one multiply (2-cycle latency): 10 cycles per sample there.

There is no functional model or firmware template for this family: the functional runner
and the firmware writer refuse it (:data:`TEMPLATE` is None).
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         sample_type)

TEMPLATE = None
KIND = "scalar_loop"


@dataclass(frozen=True)
class ScalarLoopParams:
    """Parameters of a scalar per-sample loop kernel.

    Attributes:
        samples: samples per call.
        in_type, out_type: ADF sample type names (``"cint16"`` ...).
        loads, stores: scalar loads / stores per sample (32-bit each).
        alu_levels: ops per dependent level of the ALU chain between load and store.
        alu_latency: cycles per ALU level (1: add/sub/shift; 2: a scalar multiply).
        in_interface, out_interface: ``"buffer"`` or ``"stream"``.
    """
    samples: int
    in_type: str = "cint16"
    out_type: str = "cint16"
    loads: int = 1
    stores: int = 1
    alu_levels: tuple[int, ...] = (2, 2, 2)
    alu_latency: int = 1
    in_interface: str = "buffer"
    out_interface: str = "buffer"

    def __post_init__(self):
        if self.samples <= 0:
            raise ValueError(f"scalar_loop: samples must be positive, got {self.samples}")
        sample_type(self.in_type, "scalar_loop")
        sample_type(self.out_type, "scalar_loop")

    def ports(self) -> tuple[KernelPort, ...]:
        """(input, output) ports of one call."""
        return (KernelPort("in", self.in_interface, self.samples * sample_type(self.in_type).bytes),
                KernelPort("out", self.out_interface, self.samples * sample_type(self.out_type).bytes))


def scalar_loop_cycles(p: ScalarLoopParams, t: CoreTiming) -> KernelCost:
    """Cycles of one call (see the module docstring)."""
    steps = [(max(1, -(-p.loads // t.load_slots)), t.scalar_load_latency)]
    steps += [(-(-ops // t.scalar_slots), p.alu_latency) for ops in p.alu_levels]
    steps.append((max(1, -(-p.stores // t.store_slots)), 0))
    depth = critical_path(*steps)
    ii = resource_ii(SlotUse(load_any=p.loads, store=p.stores, scalar=sum(p.alu_levels)), t)
    loop = loop_cycles(p.samples, ii, depth, pipelined=False) + loop_setup_cycles(t, p.samples)
    buffers = sum(port.interface == "buffer" for port in p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call,
                      ii_cycles=ii, depth_cycles=depth, trips=p.samples, pipelined=False,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + depth)
