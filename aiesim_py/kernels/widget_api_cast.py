"""Widget API cast (DSPLib ``widget_api_cast``): a data-movement kernel that copies one window or
stream to one or more output windows, or one window to a stream.

What one call does on AIE-ML (read in Xilinx/Vitis_Libraries ``dsp/L1/src/aie/widget_api_cast.cpp``
and ``dsp/L2/include/aie/widget_api_cast_graph.hpp`` @0d8795bc; schedule facts only, no code
copied), one ``TP_NUM_INPUTS = 1`` specialisation per interface pair, and what it costs here:

* **buffer -> buffer** (TP_IN_API 0, TP_OUT_API 0; 1..3 output clones): one loop
  (``chess_prepare_for_pipelining``, ``chess_loop_range(kLsize, )``) over the window's 256-bit
  vectors; a trip loads one vector and stores it to every clone (one 256-bit store each). Slots per
  trip: one load, ``clones`` stores (:class:`~aiesim_py.isa.timing.SlotUse`): II = ``clones`` (one
  store unit), depth = load latency + the stores.
* **stream -> buffer** (TP_IN_API 1, TP_OUT_API 0; 1..4 clones): the loop runs over 64-byte
  blocks (``kDataReadSize 16 x kRepeat 4``), each trip unrolled into four 128-bit
  ``readincr_v`` reads of the input stream and, per read, one 128-bit store to every clone; the
  ``kLsizeRem`` leftover 128-bit reads follow the loop unrolled. AIE-ML's core input stream is
  one 32-bit word per cycle (AM020 "Interfaces"; the AIE API's ``readincr_v`` of 128 bits is four
  word reads, llvm-aie ``clang/lib/Headers/aiev2_streams.h`` @179549d3 ``GET_SS_N``: one ``get_ss``
  per word inserted into a vector): II = max(stream words, stores) per trip, depth = the trip's
  words (one per cycle) + the vector insert + the last read's stores.
* **buffer -> stream** (TP_IN_API 0, TP_OUT_API 1; one clone): one loop over the window's 128-bit
  chunks, each one 128-bit load and a ``writeincr`` of four words to the output stream, costed by
  :func:`~aiesim_py.isa.timing.stream_write` (per word a move-slot extract and a store-slot
  ``mov ms``; at least one cycle per word). Depth = load latency + first extract + the words.
* **call**: the ADF wrapper (:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`: call overhead
  + a lock acquire and release per *buffer* port; stream ports take no lock) and the loop set-up
  (:func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`).

Not modelled (refused with the reason): two input streams (``TP_NUM_INPUTS 2``: interleave
patterns, and AIE-ML has one core input stream, AM020 "Interfaces"), two output streams
(``TP_NUM_OUTPUT_CLONES 2`` with a stream output: one core output stream on AIE-ML), stream to
stream (DSPLib refuses it), header bytes, and the cascade variants. Memory-bank conflicts between
the clones' stores (DSPLib's test.hpp places the kernel away from the array edge for that reason)
are not modelled. ``single_buffer`` (SINGLE_BUF) is a property of the graph's buffers, not of the
kernel's code: it sets the ports' ``buffers`` to 1, and the timing model (sim.timing.kernel_graph) then
gives each buffer port one buffer, so the DMA and the kernel take turns on it.

No functional model or firmware template: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii, stream_write
from aiesim_py.kernels.kernel_io import (INTERFACES, KernelCost, KernelPort, adf_call_overhead,
                                         pipelined_loop_setup_cycles, nest_spacing, sample_type)

TEMPLATE = None
KIND = "widget_api_cast"
#: DSPLib's TT_DATA (widget_api_cast_graph.hpp: int16, cint16, int32, cint32, float, cfloat)
DATA_TYPES = ("int16", "cint16", "int32", "cint32", "float", "cfloat")
WINDOW_VECTOR_BYTES = 32       # buffer -> buffer: one 256-bit vector per trip (kVectSize = 256 / 8 / sizeof)
STREAM_CHUNK_BYTES = 16        # readincr_v / writeincr of 128 bits (kDataReadSize 16, kSamplesIn128b)
STREAM_REPEAT = 4              # stream -> buffer: 128-bit reads unrolled per trip (kRepeat)
STREAM_WORD_BYTES = 4          # the core stream: one 32-bit word per cycle (AM020 "Interfaces")
#: output clones DSPLib allows per input interface (widget_api_cast_graph.hpp static_asserts: 1..4, 4 only
#: with a stream input)
MAX_CLONES = {"buffer": 3, "stream": 4}


@dataclass(frozen=True)
class WidgetApiCastParams:
    """One DSPLib widget_api_cast kernel.

    Attributes:
        dtype: ``TT_DATA``.
        in_api / out_api: ``"buffer"`` (TP_*_API 0, window) or ``"stream"`` (1).
        window: samples per call (``TP_WINDOW_VSIZE``).
        clones: output ports, each a copy of the data (``TP_NUM_OUTPUT_CLONES``).
        num_inputs: input ports (``TP_NUM_INPUTS``; only 1 is modelled).
        single_buffer: one buffer behind each buffer port instead of a ping-pong pair (the
            benchmark's ``SINGLE_BUF``: ADF's ``single_buffer()`` constraint,
            :class:`~aiesim_py.kernels.kernel_io.KernelPort` ``buffers``); the kernel's cost is the same.

    Raises:
        ValueError: an unknown type or interface, stream to stream, a clone count DSPLib refuses or
            the model does not cost (two output streams), two inputs, or a window that is not a
            whole number of the kernel's transfers (256 bits buffer -> buffer, 128 bits with a stream).
    """
    dtype: str
    in_api: str
    out_api: str
    window: int
    clones: int = 1
    num_inputs: int = 1
    single_buffer: bool = False

    def __post_init__(self):
        if self.dtype not in DATA_TYPES:
            raise ValueError(f"widget_api_cast: TT_DATA = {self.dtype!r} is not a DSPLib widget_api_cast type; "
                             f"use one of {', '.join(DATA_TYPES)}")
        for name, api in (("in_api", self.in_api), ("out_api", self.out_api)):
            if api not in INTERFACES:
                raise ValueError(f"widget_api_cast: {name} must be one of {INTERFACES}, got {api!r}")
        if not isinstance(self.single_buffer, bool):
            raise ValueError(f"widget_api_cast: single_buffer must be True or False, got {self.single_buffer!r}")
        if self.in_api == "stream" and self.out_api == "stream":
            raise ValueError("widget_api_cast: stream to stream is not supported (DSPLib's graph refuses it)")
        if self.num_inputs != 1:
            raise ValueError(f"widget_api_cast: num_inputs = {self.num_inputs}; only one input is modelled (two input "
                             "streams interleave, and an AIE-ML core has one input stream, AM020 'Interfaces')")
        if not isinstance(self.clones, int) or not 1 <= self.clones <= MAX_CLONES[self.in_api]:
            raise ValueError(f"widget_api_cast: clones = {self.clones!r}; DSPLib allows 1..{MAX_CLONES[self.in_api]} "
                             f"with a {self.in_api} input")
        if self.out_api == "stream" and self.clones != 1:
            raise ValueError(f"widget_api_cast: {self.clones} output streams; an AIE-ML core has one output stream "
                             "(AM020 'Interfaces'), only one clone is modelled with a stream output")
        if not isinstance(self.window, int) or self.window <= 0:
            raise ValueError(f"widget_api_cast: window must be a positive number of samples, got {self.window!r}")
        unit = WINDOW_VECTOR_BYTES if self.in_api == self.out_api == "buffer" else STREAM_CHUNK_BYTES
        if self.window_bytes % unit:
            raise ValueError(f"widget_api_cast: window of {self.window} {self.dtype} ({self.window_bytes} bytes) is "
                             f"not a whole number of the kernel's {unit}-byte transfers")

    @property
    def window_bytes(self) -> int:
        return self.window * sample_type(self.dtype).bytes

    def ports(self) -> tuple[KernelPort, ...]:
        n = self.window_bytes

        def port(direction, api):
            return KernelPort(direction, api, n, 1 if self.single_buffer and api == "buffer" else 2)

        return (port("in", self.in_api), *(port("out", self.out_api) for _ in range(self.clones)))


def _buffer_to_buffer(p: WidgetApiCastParams, t: CoreTiming) -> tuple[int, int, int, int, float | None]:
    """(loop cycles, II, depth, trips, spacing): one 256-bit load and ``clones`` stores per trip."""
    trips = p.window_bytes // WINDOW_VECTOR_BYTES
    ii = resource_ii(SlotUse(load_any=1, store=p.clones), t)
    depth = critical_path((1, t.vload_latency), (p.clones, 0))
    loop = loop_cycles(trips, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(trips, ii, depth, t)
    return loop, ii, depth, trips, None


def _stream_to_buffer(p: WidgetApiCastParams, t: CoreTiming) -> tuple[int, int, int, int, float | None]:
    """(loop cycles, II, depth, trips, spacing): per trip ``kRepeat`` 128-bit stream reads (4 words
    each, one word per cycle) and a 128-bit store per read and clone; the leftover reads after the
    loop are one more (shorter) straight-line trip."""
    chunks = p.window_bytes // STREAM_CHUNK_BYTES
    full, rem = divmod(chunks, STREAM_REPEAT)
    words_per_chunk = STREAM_CHUNK_BYTES // STREAM_WORD_BYTES

    def trip(reads):
        words = reads * words_per_chunk
        ii = resource_ii(SlotUse(store=reads * p.clones), t, recurrence=words)
        # the trip's words one per cycle -> insert into the vector -> the last read's stores
        depth = critical_path((words, 1), (1, t.vector_alu_latency), (p.clones, 0))
        return ii, depth

    ii, depth = trip(STREAM_REPEAT)
    loop = loop_cycles(full, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(full, ii, depth, t) if full else 0
    trips = full
    if rem:
        loop += trip(rem)[1]
        trips += 1
    spacing = nest_spacing(loop, trips, depth) if rem and trips > 1 else None
    return loop, ii, depth, trips, spacing


def _buffer_to_stream(p: WidgetApiCastParams, t: CoreTiming) -> tuple[int, int, int, int, float | None]:
    """(loop cycles, II, depth, trips, spacing): one 128-bit load and four stream words per trip."""
    trips = p.window_bytes // STREAM_CHUNK_BYTES
    words = STREAM_CHUNK_BYTES // STREAM_WORD_BYTES
    put, bound = stream_write(words)
    ii = resource_ii(SlotUse(load_any=1) + put, t, recurrence=bound)
    depth = critical_path((1, t.vload_latency), (1, t.vector_alu_latency), (words, 0))
    loop = loop_cycles(trips, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(trips, ii, depth, t)
    return loop, ii, depth, trips, None


def widget_api_cast_cycles(p: WidgetApiCastParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (see the module docstring)."""
    if p.in_api == "buffer" and p.out_api == "buffer":
        loop, ii, depth, trips, spacing = _buffer_to_buffer(p, t)
    elif p.in_api == "stream":
        loop, ii, depth, trips, spacing = _stream_to_buffer(p, t)
    else:
        loop, ii, depth, trips, spacing = _buffer_to_stream(p, t)
    buffers = sum(q.interface == "buffer" for q in p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=trips, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + depth, trip_spacing_cycles=spacing)
