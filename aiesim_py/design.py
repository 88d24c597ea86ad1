"""The Design: the compiled plan, where the compiler, firmware writer, functional runner
and timing simulator meet. Nothing downstream re-derives a decision recorded here.

Coordinates
    Compute tiles are ``(column, row)`` with row 0 the first compute row (ADF ``tile()``).
    Memory tiles are ``(column, row)`` with row 0 the memory-tile row next to the shim.
Endpoints (used by :class:`Net`)
    ``"<kernel>.in"`` input buffer, ``"<kernel>.out"`` output buffer, ``"<kernel>.cascade_in"``,
    ``"<kernel>.cascade_out"``; ``"<shared_buffer>.in[i]"`` / ``"<shared_buffer>.out[j]"``;
    ``"<kernel>.in[i]"`` / ``"<kernel>.out[j]"`` numbered ports of the non-dense kernel
    families (a PLIO may connect straight to them: tile DMA into ping-pong buffers, or the
    core's stream port);
    ``"<plio name>"`` for a PLIO.
Tiling
    :class:`TilingParameters` mirrors ADF ``adf::tiling_parameters`` (UG1603, memory-tile
    shared_buffer): dimension 0 is the fastest; a port's stream visits tiles in
    ``tile_traversal`` order (first entry fastest) and each tile's elements with d0 fastest.
    Elements outside ``boundary_dimension`` read as zero (memory-tile zero padding).
"""
from __future__ import annotations

import base64
import dataclasses
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from aiesim_py.errors import DesignFileError
from aiesim_py.files import atomic_write_text
from aiesim_py.isa.bf16 import FloatType
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.kernels.dense import DenseParams
from aiesim_py.kernels.families import FAMILIES as _KERNEL_FAMILIES

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class TraversalStep:
    """One loop of a tile traversal: move ``stride`` elements along ``dimension``, ``wrap`` times."""
    dimension: int
    stride: int
    wrap: int


@dataclass(frozen=True)
class TilingParameters:
    """A memory-tile access pattern (ADF ``tiling_parameters``); sizes in elements."""
    buffer_dimension: tuple[int, ...]
    tiling_dimension: tuple[int, ...]
    offset: tuple[int, ...]
    tile_traversal: tuple[TraversalStep, ...]
    boundary_dimension: tuple[int, ...] | None = None

    @property
    def n_elements(self) -> int:
        """Elements moved by one access of this pattern (tiles x tile size)."""
        tiles = int(np.prod([s.wrap for s in self.tile_traversal])) if self.tile_traversal else 1
        return tiles * int(np.prod(self.tiling_dimension))

    def element_offsets(self) -> np.ndarray:
        """Linear element offsets into the buffer, in stream order.

        Returns:
            int64 array of length :attr:`n_elements` (read-only, cached); ``-1`` marks an
            element outside ``boundary_dimension`` (zero padding on reads, dropped on writes).
        """
        return _element_offsets(self)

    def _compute_offsets(self) -> np.ndarray:
        nd = len(self.buffer_dimension)
        bound = self.boundary_dimension or self.buffer_dimension
        # coordinates within one tile, d0 fastest
        tile_idx = np.indices(self.tiling_dimension[::-1]).reshape(nd, -1)[::-1]
        # tile origins in traversal order, first step fastest
        wraps = [s.wrap for s in self.tile_traversal]
        origins = np.zeros((nd, max(1, int(np.prod(wraps)) if wraps else 1)), dtype=np.int64)
        if wraps:
            counters = np.indices(wraps[::-1]).reshape(len(wraps), -1)[::-1]
            for step, cnt in zip(self.tile_traversal, counters):
                origins[step.dimension] += cnt * step.stride
        coords = (np.asarray(self.offset, dtype=np.int64)[:, None, None]
                  + origins[:, :, None] + tile_idx[:, None, :]).reshape(nd, -1)
        inside = np.all((coords >= 0) & (coords < np.asarray(bound)[:, None]), axis=0)
        strides = np.cumprod((1,) + tuple(self.buffer_dimension[:-1])).astype(np.int64)
        lin = (coords * strides[:, None]).sum(axis=0)
        out = np.where(inside, lin, -1)
        out.setflags(write=False)
        return out


@functools.lru_cache(maxsize=4096)
def _element_offsets(tiling: TilingParameters) -> np.ndarray:
    return tiling._compute_offsets()


@dataclass(frozen=True)
class MemoryAllocation:
    """A buffer placed in a compute tile's data memory (bank 0..7, offset from tile base)."""
    buffer: str
    bank: int
    offset_bytes: int
    size_bytes: int


@dataclass(frozen=True)
class KernelInstance:
    """One kernel placed on one compute tile.

    Attributes:
        name: unique C++-safe name, e.g. ``"dense1_c0_l2"`` (layer 1, chain 0, cascade position 2).
        kind: kernel family (``"dense"``; or ``"scalar_loop"``, ``"hadamard"``,
            ``"sample_delay"`` of :mod:`aiesim_py.kernels.families`, whose ``params`` are
            that family's dataclass, ``weights`` empty and ``bias`` None; their ports are
            the endpoints ``"<kernel>.in[i]"`` / ``"<kernel>.out[j]"``, buffer or stream
            per ``params.ports()``; several kernels on one tile run one after the other).
        layer, chain, cas_index: position in the layer's cas_num x cas_length grid.
        tile: (column, row) compute-tile coordinates.
        params: kernel parameters (shapes, role, SRS), shared by the three kernel faces.
        weights: packed int8 or int16 weights (``params.w_bits``), 1-D, in the kernel's microtile order.
        bias: packed int32 bias (first/single roles), 1-D, or None.
        memory: data-memory allocations of this tile.
    """
    name: str
    kind: str
    layer: int
    chain: int
    cas_index: int
    tile: tuple[int, int]
    params: DenseParams
    weights: np.ndarray
    bias: np.ndarray | None
    memory: tuple[MemoryAllocation, ...] = ()

    @property
    def role(self) -> str:
        return self.params.role


@dataclass(frozen=True)
class SharedBufferPort:
    """One DMA channel of a memory-tile shared_buffer and the endpoints it serves."""
    index: int
    tiling: TilingParameters
    peers: tuple[str, ...]
    dma_memtile: tuple[int, int] | None = None   # memory tile whose DMA channel serves the port
                                                 # (None: the buffer's own; else a neighbour, UG1603-MT)


@dataclass(frozen=True)
class SharedBuffer:
    """A memory-tile ``adf::shared_buffer`` of ``dtype`` elements, ping-pong (``num_buffers``).

    ``initial`` (streamed weights, :mod:`aiesim_py.compiler.passes.weights`): the buffer's
    contents, 1-D in ``dtype``: a read-only buffer (no input ports, ``num_buffers`` 1, ADF
    ``adf::initial_value``, UG1603 "Read Only Memory Tile") loaded with the array
    configuration, whose output ports re-read it every iteration.
    """
    name: str
    memtile: tuple[int, int]
    dimension: tuple[int, ...]
    inputs: tuple[SharedBufferPort, ...]
    outputs: tuple[SharedBufferPort, ...]
    num_buffers: int = 2
    dtype: str = "int8"
    initial: np.ndarray | None = None

    @property
    def element_bytes(self) -> int:
        return ELEMENT_BYTES[self.dtype]

    @property
    def size_bytes(self) -> int:
        return int(np.prod(self.dimension)) * self.num_buffers * self.element_bytes


#: Bytes per element of the stream / buffer element types a Design uses.
ELEMENT_BYTES = {"int8": 1, "int16": 2, "int32": 4, "bfloat16": 2}


@dataclass(frozen=True)
class Plio:
    """A PL interface stream: ``direction`` is "in" (PL -> array) or "out".

    A design may have several PLIOs per direction, each carrying a column range of the
    host's ``[sample][feature]`` rows: features ``[feature_offset, feature_offset +
    features)`` (``features`` None: all of them). Per iteration a PLIO streams ``batch``
    rows of its range, each padded with zeros to the row length of its shared-buffer
    port's tiling (whole 32-bit words).
    """
    name: str
    direction: str
    width_bits: int
    freq_hz: float
    column: int
    data_file: str
    dtype: str = "int8"
    feature_offset: int = 0
    features: int | None = None


@dataclass(frozen=True)
class Net:
    """A connection: stream (possibly broadcast to several ``dsts``), cascade, or buffer
    (``kind`` "buffer": a direct kernel-to-kernel buffer in the source kernel's tile memory,
    read in place by the ``dsts`` kernels, no DMA: :func:`direct_buffers`).

    ``hops``: stream switches the longest source-to-destination path traverses (own switch
    included). ``route`` (stream nets of compiled designs; empty for hand-built ones): the
    switch-to-switch links the stream occupies, each ``(column, row, direction, port)``:
    the link leaves switch ``(column, row)`` toward ``direction`` ("N", "S", "E", "W") on
    master port ``port`` of that direction. Rows are absolute switch rows: 0 the shim
    (array interface) row, 1.. the memory-tile rows, then the compute rows. A broadcast is
    a tree listing each link once, parents before children (from the source outward).
    """
    src: str
    dsts: tuple[str, ...]
    kind: str
    hops: int = 1
    route: tuple[tuple[int, int, str, int], ...] = ()


@dataclass(frozen=True)
class DirectBuffer:
    """A direct kernel-to-kernel buffer (compiler ``passes.direct``): ``producer``'s output
    buffer read by ``readers`` (kernel names) in the producer's own element order, ``elements``
    of ``dtype`` per iteration; ``shared``: the readers that read it in the producer tile's
    memory (a ``"buffer"`` net), the others get a tile-DMA copy (a ``"stream"`` net)."""
    producer: str
    readers: tuple[str, ...]
    shared: tuple[str, ...]
    elements: int
    dtype: str

    @property
    def name(self) -> str:
        return f"{self.producer}.out"


def is_direct_net(net: "Net", design: "Design") -> bool:
    """Whether ``net`` joins a dense kernel's output buffer to dense kernels' input buffers
    directly (kind ``"buffer"``, or a ``"stream"`` net from ``<kernel>.out`` to ``<kernel>.in``
    ports: a tile-DMA copy of a direct buffer)."""
    if net.kind == "buffer":
        return True
    if net.kind != "stream" or not net.src.endswith(".out"):
        return False
    names = {k.name for k in design.kernels}
    return (net.src[:-4] in names
            and all(d.endswith(".in") and d[:-3] in names for d in net.dsts))


def direct_buffers(design: "Design") -> list[DirectBuffer]:
    """The direct kernel-to-kernel buffers of ``design`` in net order (empty for designs
    whose inter-layer edges all go through memory tiles)."""
    by_src: dict[str, list] = {}
    for net in design.nets:
        if is_direct_net(net, design):
            by_src.setdefault(net.src, []).append(net)
    out = []
    for src, nets in by_src.items():
        k = design.kernel(src[:-4])
        readers = tuple(d[:-3] for n in nets for d in n.dsts)
        shared = tuple(d[:-3] for n in nets if n.kind == "buffer" for d in n.dsts)
        out.append(DirectBuffer(k.name, readers, shared, k.params.batch * k.params.n, k.params.out_type))
    return out


#: (column, row) step of each link direction of :attr:`Net.route`
LINK_STEP = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}


def route_hops(route) -> int:
    """Switches on the longest path of a route tree (links + 1; 1 for an empty route), the
    stream-switch hops of :attr:`Net.hops`."""
    depth: dict[tuple[int, int], int] = {}
    best = 0
    for col, row, direction, _port in route:
        d = depth.get((col, row), 0) + 1
        dc, dr = LINK_STEP[direction]
        depth[(col + dc, row + dr)] = d
        best = max(best, d)
    return best + 1


@dataclass(frozen=True)
class LayerInfo:
    """One compiled dense layer: shapes, types, SRS and parallelism."""
    index: int
    name: str
    in_features: int
    out_features: int
    cas_length: int
    cas_num: int
    k_slice: int
    n_slice: int
    relu: bool
    input_type: FixedType | FloatType
    weight_type: FixedType | FloatType
    bias_type: FixedType | FloatType | None
    output_type: FixedType | FloatType
    shift: int
    rounding: str
    saturation: str

    @property
    def tiles(self) -> int:
        return self.cas_length * self.cas_num


@dataclass(frozen=True)
class Design:
    """The compiled plan of one model on one device (see module docstring).

    ``host_input_types``: casts ``predict`` applies to float inputs before ``input_type``
    (outermost first), when the model quantizes its input in several steps.
    """
    device: str
    name: str
    batch: int
    input_features: int
    output_features: int
    input_type: FixedType | FloatType
    output_type: FixedType | FloatType
    layers: tuple[LayerInfo, ...]
    kernels: tuple[KernelInstance, ...]
    shared_buffers: tuple[SharedBuffer, ...]
    plios: tuple[Plio, ...]
    nets: tuple[Net, ...]
    metadata: dict = field(default_factory=dict)
    host_input_types: tuple[FixedType, ...] = ()
    schema_version: int = SCHEMA_VERSION

    # --- queries -------------------------------------------------------------------------
    def kernel(self, name: str) -> KernelInstance:
        for k in self.kernels:
            if k.name == name:
                return k
        raise KeyError(name)

    def layer_kernels(self, layer: int) -> list[KernelInstance]:
        """Kernels of one layer ordered by (chain, cas_index)."""
        return sorted((k for k in self.kernels if k.layer == layer), key=lambda k: (k.chain, k.cas_index))

    def shared_buffer(self, name: str) -> SharedBuffer:
        for b in self.shared_buffers:
            if b.name == name:
                return b
        raise KeyError(name)

    @property
    def tiles_used(self) -> int:
        return len({k.tile for k in self.kernels})

    @property
    def memtiles_used(self) -> int:
        return len({b.memtile for b in self.shared_buffers})

    @property
    def macs_per_iteration(self) -> int:
        """Useful MACs of one graph iteration (unpadded shapes x batch)."""
        return self.batch * sum(l.in_features * l.out_features for l in self.layers)

    # --- serialisation -------------------------------------------------------------------
    def to_dict(self) -> dict:
        return _encode(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=1)

    def save(self, path: str | Path) -> None:
        """Write the design as JSON to ``path`` (parents created; atomic: a failed write leaves
        the file as it was). Raises OSError for I/O failures."""
        atomic_write_text(path, self.to_json())

    @staticmethod
    def from_dict(data: dict) -> "Design":
        if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
            found = data.get("schema_version") if isinstance(data, dict) else None
            raise DesignFileError(
                f"design schema version {found!r} is not supported (expected {SCHEMA_VERSION}); "
                "recompile the model with this aiesim_py")
        try:
            return _decode(Design, data)
        except (KeyError, TypeError, ValueError) as exc:
            raise DesignFileError(f"design.json is malformed: {exc}") from None

    @staticmethod
    def load(path: str | Path) -> "Design":
        """Load ``design.json`` (or a directory holding one).

        Raises:
            DesignFileError: missing, not JSON, other schema version, malformed.
        """
        p = Path(path)
        if p.is_dir():
            p = p / "design.json"
        if not p.is_file():
            raise DesignFileError(f"{p}: no design.json here; run 'aiesim compile MODEL -o DIR' first")
        try:
            data = json.loads(p.read_text())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise DesignFileError(f"{p}: not valid JSON ({exc})") from None
        return Design.from_dict(data)


# --- generic dataclass <-> JSON ----------------------------------------------------------
def _encode(obj: Any) -> Any:
    if isinstance(obj, np.ndarray):
        arr = np.ascontiguousarray(obj)
        return {"__ndarray__": base64.b64encode(arr.tobytes()).decode("ascii"),
                "dtype": str(arr.dtype), "shape": list(arr.shape)}
    if dataclasses.is_dataclass(obj):
        return {f.name: _encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_encode(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): _encode(v) for k, v in obj.items()}
    if isinstance(obj, np.generic):
        return obj.item()
    return obj


def _as_tuple(data: Any) -> Any:
    return tuple(_as_tuple(v) for v in data) if isinstance(data, list) else data


def _decode(hint: Any, data: Any) -> Any:
    import types
    import typing

    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if isinstance(data, dict) and len(args) > 1:    # the dataclass whose fields the keys name
            for a in args:
                if dataclasses.is_dataclass(a) and set(data) <= {f.name for f in dataclasses.fields(a)}:
                    return _decode(a, data)
        return _decode(args[0], data)
    if hint is tuple:            # untyped tuples (e.g. kernel ops) come back as nested lists
        return _as_tuple(data)
    if hint is np.ndarray:
        raw = base64.b64decode(data["__ndarray__"])
        return np.frombuffer(raw, dtype=np.dtype(data["dtype"])).reshape(data["shape"]).copy()
    if hint is KernelInstance and isinstance(data, dict) and data.get("kind") in _KERNEL_FAMILIES:
        # non-dense kernel: its params decode as the family's parameter dataclass
        family_params = _KERNEL_FAMILIES[data["kind"]][0]
        kwargs = {f.name: _decode(typing.get_type_hints(KernelInstance)[f.name], data[f.name])
                  for f in dataclasses.fields(KernelInstance) if f.name in data and f.name != "params"}
        return KernelInstance(params=_decode(family_params, data["params"]), **kwargs)
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        kwargs = {}
        for f in dataclasses.fields(hint):
            if f.name in data:
                kwargs[f.name] = _decode(hints[f.name], data[f.name])
        return hint(**kwargs)
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in data)
        return tuple(_decode(a, v) for a, v in zip(args, data))
    return data
