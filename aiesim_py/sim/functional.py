"""Functional runner: execute a Design bit-exactly from its own packed weights and SRS.

Data moves exactly as the Design says: the input PLIO writes the first shared buffer
through its write tiling, every memory-tile read port streams its tiling's elements
(zero padding outside the boundary) to its peer kernels, kernels run their functional
model (``kernels.dense.dense_fast``) along each cascade, and their output buffers are
scattered into the next shared buffer by the write tilings; a memory-tile relay (a shared
buffer written by another's read port) is a copy through both tilings. Nothing is re-derived from
the model: a wrong tiling, packing or shift in the Design gives wrong integers here too.
All iterations are processed together (leading axis) for speed.
"""
from __future__ import annotations

import numpy as np

from aiesim_py.design import Design, direct_buffers
from aiesim_py.errors import InputDataError, SimulationError
from aiesim_py.isa.apfixed import apply_plan, srs_plan
from aiesim_py.isa.bf16 import FloatType
from aiesim_py.isa.fixed_point import quantize_float
from aiesim_py.kernels.dense import dense_fast
from aiesim_py.kernels.families import FAMILIES as KERNEL_GRAPH_FAMILIES
from aiesim_py.sim.weights import kernel_weights


def numpy_dtype(element_type: str) -> np.dtype:
    """numpy dtype holding a buffer / stream element type: int8, int16, and bfloat16 as its
    uint16 bit patterns."""
    return np.dtype(np.uint16) if element_type == "bfloat16" else np.dtype(element_type)


def _scatter(buf: np.ndarray, offsets: np.ndarray, stream: np.ndarray) -> None:
    keep = offsets >= 0
    buf[:, offsets[keep]] = stream[:, keep]


def _gather(buf: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    out = np.zeros((buf.shape[0], offsets.size), dtype=buf.dtype)
    keep = offsets >= 0
    out[:, keep] = buf[:, offsets[keep]]
    return out


class _Buffers:
    """Contents of every shared buffer, (iterations, elements) of its element type; and of
    every direct kernel-to-kernel buffer (``design.direct_buffers``), written and read in the
    kernels' own element order (identity offsets: the compiler makes an edge direct only when
    the producer's output and the consumers' input layouts are the same)."""

    def __init__(self, design: Design, iterations: int):
        self.design = design
        self.data = {b.name: np.zeros((iterations, int(np.prod(b.dimension))), dtype=numpy_dtype(b.dtype))
                     for b in design.shared_buffers if b.initial is None}   # static weights: sim.weights
        self.writer_of = {}     # endpoint -> (buffer name, element offsets)
        self.reader_of = {}
        for b in design.shared_buffers:
            for port in b.inputs:
                for peer in port.peers:
                    self.writer_of[peer] = (b.name, port.tiling)
            for port in b.outputs:
                for peer in port.peers:
                    self.reader_of[peer] = (b.name, port.tiling)
        for db in direct_buffers(design):
            self.data[db.name] = np.zeros((iterations, db.elements), dtype=numpy_dtype(db.dtype))
            ident = direct_offsets(db.elements)
            self.writer_of[db.name] = (db.name, ident)
            for r in db.readers:
                self.reader_of[f"{r}.in"] = (db.name, ident)

    @staticmethod
    def _offsets(pattern) -> np.ndarray:
        return pattern if isinstance(pattern, np.ndarray) else pattern.element_offsets()

    def write(self, endpoint: str, stream: np.ndarray) -> None:
        name, pattern = self.writer_of[endpoint]
        _scatter(self.data[name], self._offsets(pattern), stream)

    def read(self, endpoint: str) -> np.ndarray:
        name, pattern = self.reader_of[endpoint]
        return _gather(self.data[name], self._offsets(pattern))

    def relay(self) -> None:
        """Memory-tile relays: every input port of a shared buffer fed by another shared
        buffer's read port (``"<buffer>.out[j]"``) gets that port's stream, a plain copy
        (MM2S -> stream -> S2MM), in design order."""
        for _b, src, dst in relay_ports(self.design):
            self.write(src, self.read(dst))


def direct_offsets(elements: int) -> np.ndarray:
    """Element offsets of a direct kernel-to-kernel buffer: the identity (the consumer reads
    the producer's output in the producer's order), read-only."""
    out = np.arange(elements, dtype=np.int64)
    out.setflags(write=False)
    return out


def run_design_per_kernel(design: Design, xi: np.ndarray) -> np.ndarray:
    """Integers in, integers out, one kernel call at a time (the readable path).

    Args:
        xi: ``(samples, input_features)`` integers in the input type's units.
            ``samples`` need not be a multiple of the batch: the last iteration is padded.
    Returns:
        ``(samples, output_features)`` int64 in the output type's units.
    Raises:
        InputDataError: wrong shape or values outside the input type.
    """
    x = check_input(design, xi)
    samples = x.shape[0]
    batch = design.batch
    iterations = max(1, -(-samples // batch))
    bufs = _Buffers(design, iterations)
    for name, stream in plio_input_streams(design, x, iterations).items():
        bufs.write(name, stream)
    for layer in design.layers:
        kernels = design.layer_kernels(layer.index)
        bufs.relay()        # the layer before has filled the home buffers of this layer's relays
        chains = sorted({k.chain for k in kernels})
        for c in chains:
            cascade = None
            for k in sorted((k for k in kernels if k.chain == c), key=lambda k: k.cas_index):
                a = bufs.read(f"{k.name}.in")
                result = dense_fast(k.params, a, kernel_weights(design, k), k.bias, cascade)
                if k.params.writes_cascade:
                    cascade = result
                else:
                    bufs.write(f"{k.name}.out", result)
    outs = [bufs.read(pl.name).reshape(iterations * batch, -1) for pl in plios_of(design, "out")]
    return plio_output_rows(design, np.concatenate(outs, axis=1), samples)


def relay_ports(design: Design) -> list[tuple[object, str, str]]:
    """Memory-tile relays of ``design`` in design order: (relay buffer, source endpoint
    ``"<home>.out[j]"``, destination endpoint ``"<relay>.in[i]"``) for every shared-buffer
    input port written by another shared buffer's read port."""
    names = {b.name for b in design.shared_buffers}
    out = []
    for b in design.shared_buffers:
        for port in b.inputs:
            for peer in port.peers:
                if peer.split(".", 1)[0] in names and ".out[" in peer:
                    out.append((b, peer, f"{b.name}.in[{port.index}]"))
    return out


def plio_row_elements(design: Design, plio: str) -> int:
    """Elements per batch row on a PLIO (features padded to whole 32-bit words)."""
    for b in design.shared_buffers:
        for port in b.inputs + b.outputs:
            if plio in port.peers:
                return port.tiling.n_elements // design.batch
    raise KeyError(plio)


def plios_of(design: Design, direction: str) -> list:
    """The design's PLIOs of ``direction`` ("in" / "out") in design order."""
    return [pl for pl in design.plios if pl.direction == direction]


def plio_features(design: Design, plio) -> tuple[int, int]:
    """(first feature, feature count) of the host rows that ``plio`` carries."""
    total = design.input_features if plio.direction == "in" else design.output_features
    count = plio.features if plio.features is not None else total - plio.feature_offset
    return plio.feature_offset, count


def plio_layout(design: Design, direction: str) -> list[tuple[object, int, int, int, int]]:
    """Per PLIO of ``direction``: (plio, row elements, offset of its row in the
    concatenated rows of all PLIOs of that direction, first feature, feature count)."""
    out, pos = [], 0
    for pl in plios_of(design, direction):
        row = plio_row_elements(design, pl.name)
        f0, n = plio_features(design, pl)
        out.append((pl, row, pos, f0, n))
        pos += row
    return out


def plio_input_stream(design: Design, x: np.ndarray, iterations: int) -> np.ndarray:
    """``(samples, features)`` -> ``(iterations, batch * row)``: per sample, the rows of
    every input PLIO side by side (each its feature range, zero padded to whole words); the
    last iteration zero padded. With one input PLIO, exactly what it sends."""
    layout = plio_layout(design, "in")
    width = sum(row for _, row, _, _, _ in layout)
    stream = np.zeros((iterations * design.batch, width), dtype=numpy_dtype(layout[0][0].dtype))
    for _, _, pos, f0, n in layout:
        stream[:x.shape[0], pos:pos + n] = x[:, f0:f0 + n]
    return stream.reshape(iterations, -1)


def plio_input_streams(design: Design, x: np.ndarray, iterations: int) -> dict[str, np.ndarray]:
    """``(samples, features)`` -> {input PLIO name: ``(iterations, batch * row)``}: what each
    input PLIO sends per iteration (its feature range, rows padded to whole words)."""
    layout = plio_layout(design, "in")
    width = sum(row for _, row, _, _, _ in layout)
    rows = plio_input_stream(design, x, iterations).reshape(iterations * design.batch, width)
    return {pl.name: np.ascontiguousarray(rows[:, pos:pos + row]).reshape(iterations, -1)
            for pl, row, pos, _, _ in layout}


def plio_output_rows(design: Design, stream: np.ndarray, samples: int) -> np.ndarray:
    """Output PLIO rows side by side ``(rows, sum of row elements)`` (or, with one output
    PLIO, its stream ``(iterations, batch * row)``) -> ``(samples, output_features)`` int64,
    each PLIO's features put back at its feature offset."""
    layout = plio_layout(design, "out")
    width = sum(row for _, row, _, _, _ in layout)
    rows = stream.reshape(-1, width)[:samples]
    out = np.zeros((rows.shape[0], design.output_features), dtype=np.int64)
    for _, _, pos, f0, n in layout:
        out[:, f0:f0 + n] = rows[:, pos:pos + n]
    return out


def check_input(design: Design, xi) -> np.ndarray:
    """Validate integer input ``(samples, input_features)``; raises InputDataError
    (SimulationError for a kernel family without a functional model)."""
    for k in design.kernels:
        if k.kind in KERNEL_GRAPH_FAMILIES:
            raise SimulationError(f"kernel {k.name}: kind {k.kind!r} has a timing model only, no functional "
                                  "model; use 'aiesim simulate' (timing) for this design")
    x = np.asarray(xi)
    if x.ndim == 1 and x.size == design.input_features:
        x = x[None]
    if x.ndim != 2 or x.shape[1] != design.input_features:
        raise InputDataError(f"input has shape {list(np.shape(xi))}; expected (samples, "
                             f"{design.input_features}) integers")
    if not np.issubdtype(x.dtype, np.integer):
        if not np.all(np.equal(np.mod(x, 1), 0)):
            raise InputDataError("input holds non-integer values; use predict() for floats")
        x = x.astype(np.int64)
    t = design.input_type
    if x.size and (x.min() < t.int_min or x.max() > t.int_max):
        raise InputDataError(f"input values span {x.min()}..{x.max()}, outside {t} ({t.int_min}..{t.int_max})")
    return x


def run_design(design: Design, xi: np.ndarray, plan=None) -> np.ndarray:
    """Integers in, integers out: the fast path (one GEMM per layer, see ``run_plan``).

    Args:
        xi: ``(samples, input_features)`` integers in the input type's units.
        plan: a :class:`~aiesim_py.sim.run_plan.RunPlan` of this design (built if None).
    Returns:
        ``(samples, output_features)`` int64, equal to :func:`run_design_per_kernel`.
    """
    from aiesim_py.sim.run_plan import build_run_plan
    x = check_input(design, xi)
    return (plan or build_run_plan(design)).run(x)


def quantize_input(design: Design, x: np.ndarray) -> np.ndarray:
    """Floats -> input integers with the model's input type (ap_fixed(double) semantics;
    bf16 models: float32 then round-to-nearest-even to bf16 bit patterns)."""
    arr = np.asarray(x, dtype=np.float64)
    if arr.ndim != 2 or arr.shape[1] != design.input_features:
        raise InputDataError(f"input has shape {list(arr.shape)}; expected (samples, {design.input_features})")
    if isinstance(design.input_type, FloatType):
        return design.input_type.from_float(arr)
    try:
        if not design.host_input_types:
            return quantize_float(arr, design.input_type)
        first = design.host_input_types[0]
        v = quantize_float(arr, first)
        frac = first.frac
        for t in design.host_input_types[1:] + (design.input_type,):
            v = apply_plan(v, srs_plan(frac, 64, t))      # exact ap_fixed casts (isa.apfixed)
            frac = t.frac
        return v
    except ValueError as exc:
        raise InputDataError(f"input: {exc}") from None


def predict_design(design: Design, x: np.ndarray) -> np.ndarray:
    """Float in, float out, like hls4ml's ``predict``: quantize, run, scale by 2**-F."""
    yi = run_design(design, quantize_input(design, x))
    return design.output_type.to_float(yi)
