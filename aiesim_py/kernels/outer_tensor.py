"""Outer tensor product (DSPLib ``outer_tensor``): ``out[i, k] = a[i] * b[k]`` (>> shift), buffers.

Kernel structure (DSPLib AIE-ML kernel, read in Xilinx/Vitis_Libraries ``dsp/L1/src/aie/
outer_tensor.cpp`` @bd57b5ad, ``dsp/L1/include/aie/outer_tensor.hpp`` and
``outer_tensor_traits.hpp``; schedule facts only):

* vector sizes (traits ``vecSampleNum``): every vector is 256 bits of the *output* type
  (``vectByte``: A, B, accumulator and output lanes all ``32 / sizeof(out_t)``), except
  int16 x cint32 (A 16 int16, B / acc / out 4 cint32) and cint32 x int16 (A 4 cint32, B 8 int16,
  acc 8, a 512-bit temporary output written as two 256-bit vectors);
* loop nest per call: frames (``chess_prepare_for_pipelining``) > ``i`` over the ``vecNumA = DIM_A /
  vecSampleNumA`` A vectors (``chess_prepare_for_pipelining``, the innermost loop) > ``j`` over
  the A vector's samples and ``k`` over the ``vecNumB`` B vectors, both fully unrolled
  (``#pragma unroll``): one trip of ``i`` is ``vecSampleNumA x vecNumB`` straight-line *units*;
* a unit: load B vector ``k``, ``acc = aie::mul(vectABuff[j], vectBBuff)`` (scalar A element
  times the B vector), ``to_vector<out_t>(shift)``, store (1 or 2 x 256 bits);
* output type (``outTypeMult_t``): complex if either input is, 32-bit parts if either is;
  :func:`aiesim_py.kernels.hadamard.output_type` (the same rule, helper.mk ``T_DATA_OUT``).

Cost of one unit (:func:`unit_ops`), from the element-wise multiply of
:mod:`aiesim_py.kernels.hadamard` (its per-type-pair costs, reused, not re-derived):

* the scalar is broadcast to a vector: one vector-ALU op (AIE-ML extracts and broadcasts a
  vector element in one op, UG1583 ``broadcast_elem``; as kernels.matrix_vector_mul). It depends
  on ``j`` only, so it is issued once per A sample and shared by the ``vecNumB`` units of that
  sample (the unrolled code computes the same pure value ``vecNumB`` times; common-subexpression
  elimination assumed);
* native pairs: one VMUL per 64 16x16-bit products, at least one per 1024-bit accumulator
  register (hadamard ``PRODUCTS_PER_VMUL`` / ``ACC_LANES``); emulated pairs: the blocks of
  :data:`aiesim_py.kernels.hadamard.EMULATED_MUL` in the call's operand order (scalar A first),
  whole blocks per unit. The AIE API's scalar overload (``mul_bits_impl::run(T1 a, vector v)``:
  ``elems = max(Elems, default_elems)``, ``broadcast<T1, elems>``, ``v.grow<elems>()``, AIE API
  ``detail/aie2/mul_acc64.hpp``, read in the copy jgmelber/aie_api ``include/aie_api/detail/aie2/
  mul_acc64.hpp`` @306ac2c1, instruction counts only) grows both operands to the native lane count before any zip, so
  the zips never cut a 128-bit sub-vector (no :func:`~aiesim_py.kernels.hadamard.subvector_shifts`;
  as kernels.matrix_vector_mul), and the lanes computed beyond the unit's feed nothing (dropped);
* int32 x cint16 and cint16 x int32: the AIE API builds them on the native cint32 x cint16
  multiply (``mul_bits_impl<.., int32, 32, cint16>``: ``mul_bits_impl_complex =
  mul_bits_impl<.., cint32, 32, cint16>``, the cint16 x int32 mirror calls it), the int32 zipped
  with zeros into cint32: one VSHUFFLE and one VMUL per 8 lanes (the block lives in
  :data:`aiesim_py.kernels.hadamard.EMULATED_MUL` since kronecker takes these pairs too);
* the fp32 block's rounding-mode chain (:func:`~aiesim_py.kernels.hadamard.rounding_mode_chain`)
  links every float unit of a call: a recurrence per trip of ``units x`` chain;
* SRS fused into the store where the SRS unit writes the output width (acc64 -> 16/32-bit parts),
  else one move-slot SRS per 1024 bits of lanes; stores 32 bytes each.

Schedule (:func:`outer_tensor_cycles`): the ``i`` loop is software pipelined at II = the busiest
slot of one trip (units x unit slots + the broadcasts + one A load) or the fp32 chain; a trip's
depth is its last unit's issue (``II - unit II`` after the first) plus one unit's critical path
(A load -> broadcast -> multiply chain -> SRS -> store). The frames loop is a plain loop around
it (each frame refills and drains the ``i`` loop); with one A vector per frame the ``i`` loop is
straight-line code and the frames loop (also ``chess_prepare_for_pipelining``) is the pipelined
one; so it is with an ``i`` loop of 2..3 trips, fully unrolled
(:func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop`; on the stream path a ``k`` loop of
2..3 trips likewise makes ``j`` the pipelined loop). Hardware loops pay
:func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`; the call adds the ADF wrapper of three
buffers (:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`).

Not modelled: cfloat operands (the compiler's cfloat emulation is not in the sources read;
:func:`unit_ops` raises, as kernels.matrix_vector_mul), float mixed with integers (DSPLib refuses
them).

The stream-output kernel (TP_API 1: buffer inputs, the output written to the core's stream) has
its own loop nest in the source: :func:`_stream_cycles` (the ``k`` loop over the B vectors is the
pipelined one, per A sample; one 32-bit stream word per cycle).
No functional model or firmware template: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import (AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii,
                                  stream_write)
from aiesim_py.kernels.hadamard import elementwise_multiply, output_type
from aiesim_py.kernels.kernel_io import (DSPLIB_MUL_TYPES, KernelCost, KernelPort, adf_call_overhead,
                                         check_dsplib_mul_types, loop_setup_cycles, pipelined_loop_setup_cycles,
                                         nest_spacing, sample_type, unrolled_inner_loop)

TEMPLATE = None
KIND = "outer_tensor"
#: DSPLib's TT_DATA_A / TT_DATA_B (outer_tensor_graph.hpp: int16, int32, cint16, cint32, float, cfloat)
DATA_TYPES = DSPLIB_MUL_TYPES
VECTOR_BYTES = 32              # DSPLib's vectors: 256 bits (outer_tensor_traits.hpp vecSampleNum)
STREAM_WORD_BYTES = 4          # the core output stream: one 32-bit word per cycle (UG1583 "Streams")
#: Diagnostic switch (off: False = today's figures), for validation/cases_c9.py KRON_DIAGNOSTIC: unroll the
#: stream kernel's ``k`` loop at :data:`STREAM_UNROLL_DIAGNOSTIC_TRIPS` trips too when one unit is more than
#: one MAC-slot op (kernels.kronecker.STREAM_UNROLL_DIAGNOSTIC "multi_mac"). Not a model: no source.
STREAM_UNROLL_DIAGNOSTIC = False
STREAM_UNROLL_DIAGNOSTIC_TRIPS = 4     # the DIM_B 16 rows' k loop: 16 cint32 samples / 4 per vector


def lanes(a: str, b: str) -> tuple[int, int, int, int]:
    """(A vector samples, B vector samples, output samples per unit, 256-bit stores per unit) of
    DSPLib's AIE-ML kernel (outer_tensor_traits.hpp ``vectByte`` / ``vecSampleNum``)."""
    if (a, b) == ("int16", "cint32"):
        return 16, 4, 4, 1
    if (a, b) == ("cint32", "int16"):
        return 4, 8, 8, 2
    n = VECTOR_BYTES // sample_type(output_type(a, b)).bytes
    return n, n, n, 1


@dataclass(frozen=True)
class UnitOps:
    """Issue cost of one unit (one A sample times one B vector, stored or streamed).

    Attributes:
        slots: ops of the unit on each issue resource, without the broadcast (shared per A sample).
        depth: buffer output: cycles from the A vector load to the unit's last store issue, plus
            one; stream output: from the B vector load to the unit's last stream word.
        mode_chain: cycles per unit on the fp32 rounding-mode recurrence (0 for integers).
        stream_words: 32-bit words the unit writes to the output stream (0 on a buffer).
        stream_bound: cycles the unit takes at least for its stream words and multiplies, which
            never issue together (:func:`~aiesim_py.isa.timing.stream_write`; 0 on a buffer).
    """
    slots: SlotUse
    depth: int
    mode_chain: int = 0
    stream_words: int = 0
    stream_bound: int = 0


def _check_types(a: str, b: str) -> None:
    check_dsplib_mul_types("outer_tensor", a, b)


def unit_ops(a: str, b: str, t: CoreTiming, interface: str = "buffer") -> UnitOps:
    """The :class:`UnitOps` of one unit of ``a`` x ``b`` (see the module docstring); ``interface``
    "stream": the unit's output goes to the core's output stream, one 32-bit word per cycle
    (UG1603 "Writing and Advancing an Output Stream", UG1583 "Streams"), instead of its stores.

    Raises:
        ValueError: a type DSPLib's outer_tensor does not take, float mixed with integers, or a
            cfloat operand (no cost in the sources read).
    """
    _check_types(a, b)
    _, lb, lo, stores = lanes(a, b)
    tb, to = sample_type(b), sample_type(output_type(a, b))
    loads_b = -(-lb * tb.bytes // t.load_bytes)
    m = elementwise_multiply(a, b, lo, t, fuse_srs=interface == "buffer")   # no sub-vector: both grown
    if interface == "stream":
        # each word: a move-slot extract and a store-slot ``mov ms``, the SRS to a register in the
        # store slot, never in the issue cycle of a multiply (isa.timing.stream_write)
        words = -(-lo * to.bytes // STREAM_WORD_BYTES)
        put, bound = stream_write(words, m.macs, m.srs)
        steps = [(loads_b, t.vload_latency), *m.steps, (words, 0)]
        slots = SlotUse(load_b=loads_b, mac=m.macs, vector_alu=m.shuffles, move=m.moves - m.srs) + put
        return UnitOps(slots=slots, depth=critical_path(*steps), mode_chain=m.mode_chain, stream_words=words,
                       stream_bound=bound)
    steps = [(1, t.vload_latency), (1, t.vector_alu_latency), *m.steps, (stores, 0)]  # A load, broadcast
    slots = SlotUse(load_b=loads_b, mac=m.macs, vector_alu=m.shuffles, move=m.moves, store=stores)
    return UnitOps(slots=slots, depth=critical_path(*steps), mode_chain=m.mode_chain)


@dataclass(frozen=True)
class OuterTensorParams:
    """One DSPLib outer_tensor kernel (one SSR rank).

    Attributes:
        a_type, b_type: sample types of the vectors A and B.
        dim_a: samples of A this kernel takes per frame (graph: ``TP_DIM_A / TP_SSR``).
        dim_b: samples of B per frame (every rank gets all of B).
        frames: outer products per call (``TP_NUM_FRAMES``).
        interface: the output's, ``"buffer"`` (TP_API 0) or ``"stream"`` (TP_API 1); A and B are
            buffers either way.
    """
    a_type: str
    b_type: str
    dim_a: int
    dim_b: int
    frames: int = 1
    interface: str = "buffer"

    def __post_init__(self):
        _check_types(self.a_type, self.b_type)
        if self.interface not in ("buffer", "stream"):
            raise ValueError(f"outer_tensor: interface must be 'buffer' (TP_API 0) or 'stream' (TP_API 1), "
                             f"got {self.interface!r}")
        la, lb, _, _ = lanes(self.a_type, self.b_type)
        for name, dim, lane in (("dim_a", self.dim_a, la), ("dim_b", self.dim_b, lb)):
            if dim <= 0 or dim % lane:
                raise ValueError(f"outer_tensor: {name} = {dim} must be a positive multiple of {lane} "
                                 f"({self.a_type} x {self.b_type} vector samples; DSPLib needs >= 32 bytes)")
        if self.frames <= 0:
            raise ValueError(f"outer_tensor: frames must be positive, got {self.frames}")

    @property
    def out_type(self) -> str:
        return output_type(self.a_type, self.b_type)

    @property
    def units_per_trip(self) -> int:
        """Unrolled units of one ``i`` trip: ``vecSampleNumA x vecNumB``."""
        la, lb, _, _ = lanes(self.a_type, self.b_type)
        return la * (self.dim_b // lb)

    @property
    def trips(self) -> int:
        """``i`` trips per frame (``vecNumA``)."""
        return self.dim_a // lanes(self.a_type, self.b_type)[0]

    def ports(self) -> tuple[KernelPort, ...]:
        n_a, n_b = self.frames * self.dim_a, self.frames * self.dim_b
        return (KernelPort("in", "buffer", n_a * sample_type(self.a_type).bytes),
                KernelPort("in", "buffer", n_b * sample_type(self.b_type).bytes),
                KernelPort("out", self.interface, n_a * self.dim_b * sample_type(self.out_type).bytes))


def outer_tensor_cycles(p: OuterTensorParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (see the module docstring).

    Raises:
        ValueError: a pair without a cost (:func:`unit_ops`).
    """
    if p.interface == "stream":
        return _stream_cycles(p, t)
    u = unit_ops(p.a_type, p.b_type, t)
    la, _, _, _ = lanes(p.a_type, p.b_type)
    units = p.units_per_trip
    a_load = -(-la * sample_type(p.a_type).bytes // t.load_bytes)
    trip = u.slots.scaled(units) + SlotUse(load_a=a_load, vector_alu=la)
    ii = resource_ii(trip, t, recurrence=units * u.mode_chain)
    unit_ii = resource_ii(u.slots + SlotUse(vector_alu=1), t, recurrence=u.mode_chain)
    depth = max(ii, ii - unit_ii + u.depth)
    if unrolled_inner_loop(p.trips):
        # i (2..UNROLL_MAX_TRIPS trips) fully unrolled: the frames loop is the innermost loop,
        # pipelined over the frames, its body p.trips trips (the last issued (trips - 1) II later)
        depth += (p.trips - 1) * ii
        ii = resource_ii(trip.scaled(p.trips), t, recurrence=p.trips * units * u.mode_chain)
        loop = loop_cycles(p.frames, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(p.frames, ii, depth, t)
    elif p.trips > 1:
        # i is the innermost loop: each frame fills and drains it
        per_frame = loop_cycles(p.trips, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(p.trips, ii, depth, t)
        loop = p.frames * per_frame + loop_setup_cycles(t, p.frames)
    else:
        # one A vector per frame: the i loop is straight-line code and the frames loop, also
        # marked chess_prepare_for_pipelining, is the innermost loop, pipelined over the frames
        loop = loop_cycles(p.frames, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(p.frames, ii, depth, t)
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=p.frames * p.trips, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + u.depth)


def _stream_cycles(p: OuterTensorParams, t: CoreTiming) -> KernelCost:
    """One call of the stream-output kernel (TP_API 1, outer_tensor.cpp's ``output_stream``
    specialisation @bd57b5ad): frames > ``i`` over the A vectors > ``j`` over the A vector's
    samples (no pragma, not unrolled) > ``k`` over the B vectors (``chess_prepare_for_pipelining``,
    the innermost loop) writing each unit's output with ``writeincr``. So ``k`` is the pipelined
    hardware loop at the unit's II (its resources, or its stream words at one per cycle, or the
    fp32 rounding-mode chain), filled and drained for every A sample; ``j`` a plain loop whose
    iteration broadcasts ``vectABuff[j]`` (loop-invariant in ``k``) before it; ``i`` a plain loop
    loading the A vector; frames a plain loop (the outer pragmas cannot pipeline a loop holding a
    loop). A ``k`` loop of one trip is straight-line code (one unit's depth)."""
    u = unit_ops(p.a_type, p.b_type, t, "stream")
    la, lb, _, _ = lanes(p.a_type, p.b_type)
    vec_b = p.dim_b // lb
    ii = resource_ii(u.slots, t, recurrence=max(u.mode_chain, u.stream_bound))
    if unrolled_inner_loop(vec_b) or (STREAM_UNROLL_DIAGNOSTIC and 1 < vec_b <= STREAM_UNROLL_DIAGNOSTIC_TRIPS
                                      and u.slots.mac > 1):
        # k (2..UNROLL_MAX_TRIPS trips) fully unrolled: j is the innermost loop, pipelined over the
        # A vector's samples, its body the broadcast and vec_b units (the last one vec_b - 1 unit
        # IIs after the first)
        unit_ii = ii
        ii = resource_ii(u.slots.scaled(vec_b) + SlotUse(vector_alu=1), t,
                         recurrence=vec_b * max(u.mode_chain, u.stream_bound))
        depth = t.vector_alu_latency + u.depth + (vec_b - 1) * unit_ii
        per_vector_a = (t.vload_latency + loop_cycles(la, ii, depth, pipelined=True)
                        + pipelined_loop_setup_cycles(la, ii, depth, t))
    else:
        per_sample = t.vector_alu_latency + (loop_cycles(vec_b, ii, u.depth, pipelined=True)
                                             + pipelined_loop_setup_cycles(vec_b, ii, u.depth, t)
                                             if vec_b > 1 else u.depth)
        per_vector_a = t.vload_latency + la * per_sample + loop_setup_cycles(t, la)
    per_frame = p.trips * per_vector_a + loop_setup_cycles(t, p.trips)
    loop = p.frames * per_frame + loop_setup_cycles(t, p.frames)
    buffers = sum(port.interface == "buffer" for port in p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=u.depth, trips=p.frames * p.trips * la * vec_b, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + t.vload_latency + t.vector_alu_latency + u.depth,
                      trip_spacing_cycles=nest_spacing(loop, p.frames * p.trips * la * vec_b, u.depth))

