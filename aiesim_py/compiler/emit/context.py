"""Design -> the values the firmware templates print, after checking the Design is complete.

The templates (``firmware/*.j2``) only print; every decision (tile, shapes, shift, tiling,
connection) comes from the Design. This module translates the Design's vocabulary into ADF
expressions and refuses a Design whose nets leave a kernel or shared-buffer port unconnected
or connected twice, so that the written graph is complete by construction.

ADF facts relied on (sources in the firmware writer's report and the templates):
kernel ports are numbered per kind in argument order (``in[0]`` input buffer, ``in[1]``
cascade in, ``out[0]`` output buffer or cascade out, UG1603 kernel::create); a shared_buffer
port is ``mt.in[i]`` / ``mt.out[j]`` (UG1603 memory tile access); PLIO ports are
``plio.out[0]`` (input_plio) and ``plio.in[0]`` (output_plio).

Element types. Buffers, PLIOs and tables hold int8 or int16 elements (``design.ELEMENT_BYTES``).
Every size the graph prints is in elements of the port's or buffer's type: ``adf::dimensions``
"configures buffer port size in terms of the number of samples" (UG1603 / UG1079 "Buffer Port
Attributes and API"), ``shared_buffer<T>::create`` and the tiling parameters count elements of
T (UG1603 "AI Engine-ML Memory Tile Access"); only ``adf::address`` offsets are bytes (UG1603
"Shared Buffers Constraint": 0..524288 within the memory tile).

Modules: this one owns the graph-level values (connections, shared buffers and their
memory-tile addresses, PLIOs, :func:`graph_context`);
:mod:`aiesim_py.compiler.emit.kernel_values` one kernel's checks, conversion ops and values
(:func:`kernel_context`); :mod:`aiesim_py.compiler.emit.cpp_literals` the C++ element types
and literal text. Every name of those two is re-exported here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

# re-exported: these names moved to their own modules and stay importable from here
from aiesim_py.compiler.emit.cpp_literals import (  # noqa: F401
    _IDENT, CPP_TYPES, NUMPY_TYPES, TABLE_TYPES, _c_array, _c_floats, _dims, tiling_cpp)
from aiesim_py.compiler.emit.kernel_values import (  # noqa: F401
    _OP_TEMPLATES, SRS_SHIFT_MAX, TEMPLATE_OPS, _bf16_kernel_context, _check_bf16_kernel, _check_kernel, _op_arg,
    _op_text, conversion_cpp, kernel_context, template_shapes)
from aiesim_py.compiler.passes.parallelize import DMA_WORD_BYTES
from aiesim_py.design import ELEMENT_BYTES, Design, KernelInstance, SharedBuffer, direct_buffers, is_direct_net
from aiesim_py.errors import FirmwareError

GRAPH_CLASS = "AieSimGraph"
GRAPH_INSTANCE = "aiesim_graph"
RUNTIME_RATIO = 0.9
PLIO_WIDTHS_BITS = (32, 64, 128)          # adf::plio_32_bits / plio_64_bits / plio_128_bits (UG1076-TXT)
MEMTILE_BANK_BYTES = 32 * 1024            # UG1603-MT: 16 banks x 128 bit x 2K words
MEMTILE_BYTES = 512 * 1024                # UG1603-MT
MEMTILE_ALIGN_BYTES = 64

_SB_PORT = re.compile(r"^(?P<buf>[A-Za-z_][A-Za-z0-9_]*)\.(?P<dir>in|out)\[(?P<idx>\d+)\]$")
_KERNEL_PORT = re.compile(r"^(?P<kernel>[A-Za-z_][A-Za-z0-9_]*)\.(?P<port>in|out|cascade_in|cascade_out|weights)$")

#: Design endpoint suffix -> ADF port of the kernel (see kernels/kernels.h.j2 for the order).
_KERNEL_ADF_PORT = {"in": "in[0]", "out": "out[0]", "cascade_in": "in[1]", "cascade_out": "out[0]"}
#: streamed weights (compiler/passes/weights.py): the async weight buffer is the kernel's
#: second input port, after the activations and before the cascade input (signature.j2)
_STREAMED_ADF_PORT = {"in": "in[0]", "weights": "in[1]", "out": "out[0]", "cascade_in": "in[2]",
                      "cascade_out": "out[0]"}


@dataclass(frozen=True)
class Endpoint:
    """One end of a connection: the ADF expression and what it is, for checks."""
    expr: str
    owner: str
    port: str          # kernel: in/out/cascade_in/cascade_out; buffer: in[i]/out[j]; plio: in/out
    kind: str          # "kernel", "buffer" or "plio"
    dtype: str = ""    # element type carried by a stream port ("int8" / "int16"); "" for cascades



def memtile_addresses(buffers: tuple[SharedBuffer, ...]) -> dict[str, list[int]]:
    """Byte offsets of every shared buffer's ping and pong inside its memory tile.

    Buffers of one memory tile are packed in Design order. Each ping / pong starts on its own
    32 KiB bank when they all fit that way (ping and pong then never share a bank); otherwise
    they are packed on 64-byte boundaries.

    Raises:
        FirmwareError: the buffers of one memory tile exceed its 512 KiB.
    """
    by_tile: dict[tuple[int, int], list[SharedBuffer]] = {}
    for b in buffers:
        by_tile.setdefault(tuple(b.memtile), []).append(b)
    out: dict[str, list[int]] = {}
    for tile, bufs in by_tile.items():
        for align in (MEMTILE_BANK_BYTES, MEMTILE_ALIGN_BYTES):
            offsets, cursor = {}, 0
            for b in bufs:
                one = int(np.prod(b.dimension))
                offsets[b.name] = []
                for _ in range(b.num_buffers):
                    cursor = -(-cursor // align) * align
                    offsets[b.name].append(cursor)
                    cursor += one * element_bytes(b.dtype, f"shared buffer {b.name}")
            if cursor <= MEMTILE_BYTES:
                out.update(offsets)
                break
        else:
            names = ", ".join(b.name for b in bufs)
            raise FirmwareError(f"shared buffers {names} need more than the {MEMTILE_BYTES} bytes of "
                                f"memory tile {tile}; lower the batch or spread them over memory tiles")
    return out


def element_bytes(dtype: str, where: str) -> int:
    """Bytes of one ``dtype`` element (int8 / int16).

    Raises:
        FirmwareError: an element type the firmware writer has no template for.
    """
    if dtype not in ELEMENT_BYTES:
        raise FirmwareError(f"{where}: element type {dtype!r} is not supported "
                            f"(one of {', '.join(ELEMENT_BYTES)})")
    return ELEMENT_BYTES[dtype]


def dma_word_problems(design: Design) -> list[str]:
    """Tilings the memory-tile DMA cannot express because it addresses 32-bit words.

    AMD's tiling-parameters tutorial (Vitis Tutorials XD100, "Limitations"): the address
    generator handles 32-bit data, so for 8-bit data the dimension-0 buffer size and tiling
    size must be multiples of 4 elements (for 16-bit data, 2 elements). The dimension-0
    offset, boundary and traversal strides are held to the same rule because BD addresses,
    steps and zero padding are counted in 32-bit words (aie-rt BD fields, aieml-facts.md 5.1;
    inferred).

    Returns:
        One line per offending field, empty when the design is expressible.
    """
    problems = []
    for b in design.shared_buffers:
        elem = element_bytes(b.dtype, f"shared buffer {b.name}")
        for d, ports in (("in", b.inputs), ("out", b.outputs)):
            for i, port in enumerate(ports):
                t = port.tiling
                fields = [("buffer_dimension[0]", t.buffer_dimension[0]),
                          ("tiling_dimension[0]", t.tiling_dimension[0]), ("offset[0]", t.offset[0])]
                if t.boundary_dimension is not None:
                    fields.append(("boundary_dimension[0]", t.boundary_dimension[0]))
                fields += [(f"tile_traversal[{j}].stride", s.stride)
                           for j, s in enumerate(t.tile_traversal) if s.dimension == 0]
                for name, value in fields:
                    if (int(value) * elem) % DMA_WORD_BYTES:
                        problems.append(f"{b.name}.{d}[{i}] {name} = {value} {b.dtype}")
    return problems


def dma_word_message(problems: list[str]) -> str:
    """One sentence naming the offending tilings and the fix."""
    return ("the memory-tile DMA moves 32-bit words, so dimension-0 sizes, offsets and strides of "
            "tilings must be whole words (multiples of 4 int8 or 2 int16 elements); this design has "
            + "; ".join(problems)
            + ". The compiler's plan must pad the stored feature count (and the PLIO-side tilings) "
              "to whole 32-bit words")


class FirmwareWarning(UserWarning):
    """The project was written but will not build as it is (see the message)."""


def _kernel_ports(k: KernelInstance) -> set[str]:
    p = k.params
    ports = {"in"}
    if p.weight_chunk_n:
        ports.add("weights")
    if p.reads_cascade:
        ports.add("cascade_in")
    ports.add("cascade_out" if p.writes_cascade else "out")
    return ports


class _Resolver:
    """Design endpoint names -> ADF port expressions, counting every use."""

    def __init__(self, design: Design):
        self.kernels = {k.name: k for k in design.kernels}
        self.buffers = {b.name: b for b in design.shared_buffers}
        self.plios = {p.name: p for p in design.plios}
        names = list(self.kernels) + list(self.buffers) + list(self.plios)
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise FirmwareError(f"names used twice in the design: {', '.join(sorted(dup))}")
        for n in names:
            if not _IDENT.match(n):
                raise FirmwareError(f"{n!r} is not a C++ identifier; it names a graph member")

    def resolve(self, name: str) -> Endpoint:
        if name in self.plios:
            p = self.plios[name]
            return Endpoint(f"{name}.out[0]" if p.direction == "in" else f"{name}.in[0]", name, p.direction, "plio",
                            p.dtype)
        m = _KERNEL_PORT.match(name)
        if m and m["kernel"] in self.kernels:
            k = self.kernels[m["kernel"]]
            if m["port"] not in _kernel_ports(k):
                raise FirmwareError(f"net endpoint {name!r}: a {k.role} kernel has no {m['port']} port")
            dtype = {"in": k.params.a_type, "out": k.params.out_type, "weights": k.params.w_type}.get(m["port"], "")
            table = _STREAMED_ADF_PORT if k.params.weight_chunk_n else _KERNEL_ADF_PORT
            return Endpoint(f"{k.name}.{table[m['port']]}", k.name, m["port"], "kernel", dtype)
        m = _SB_PORT.match(name)
        if m and m["buf"] in self.buffers:
            b = self.buffers[m["buf"]]
            idx = int(m["idx"])
            count = len(b.inputs) if m["dir"] == "in" else len(b.outputs)
            if idx >= count:
                raise FirmwareError(f"net endpoint {name!r}: shared buffer {b.name} has {count} {m['dir']} ports")
            return Endpoint(name, b.name, f"{m['dir']}[{idx}]", "buffer", b.dtype)
        raise FirmwareError(f"net endpoint {name!r} names no kernel port, shared-buffer port or PLIO of the design")


def connections(design: Design) -> list[dict]:
    """The graph's ``connect`` statements from ``design.nets``, checked complete.

    Every kernel port (input buffer, output buffer, cascade in / out by role), every
    shared-buffer port and both PLIOs must appear exactly once (a source port that
    broadcasts to several destinations counts once).

    Raises:
        FirmwareError: a net names an unknown endpoint, a cascade net joins non-cascade
            ports, a stream net joins ports of different element types, or a port is left
            unconnected or connected twice.
    """
    r = _Resolver(design)
    uses: dict[tuple[str, str], int] = {}
    out = []
    direct_srcs: set[str] = set()      # a direct buffer's source port counts once over its nets
    for net in design.nets:
        src = r.resolve(net.src)
        if not net.dsts:
            raise FirmwareError(f"net from {net.src!r} has no destination")
        direct = is_direct_net(net, design)
        if not (direct and net.src in direct_srcs):
            uses[(src.owner, src.port)] = uses.get((src.owner, src.port), 0) + 1
        if direct:
            direct_srcs.add(net.src)
        for i, dst_name in enumerate(net.dsts):
            dst = r.resolve(dst_name)
            uses[(dst.owner, dst.port)] = uses.get((dst.owner, dst.port), 0) + 1
            if net.kind == "cascade":
                if (src.port, dst.port) != ("cascade_out", "cascade_in"):
                    raise FirmwareError(f"cascade net {net.src} -> {dst_name} must join cascade_out to cascade_in")
            elif direct:
                _check_direct(design, net, src, dst, dst_name)
                out.append({"kind": "buffer", "src": src.expr, "dst": dst.expr,
                            "comment": (f"direct kernel-to-kernel buffer {src.owner} -> {dst.owner}, no memory tile: "
                                        + ("in place, in the producer tile's memory (neighbour access)"
                                           if net.kind == "buffer" else
                                           "the tile DMA copies it (not a memory neighbour)"))})
                continue
            elif net.kind != "stream":
                raise FirmwareError(f"net {net.src} -> {dst_name}: unknown net kind {net.kind!r}")
            elif "cascade" in src.port or "cascade" in dst.port:
                raise FirmwareError(f"stream net {net.src} -> {dst_name} touches a cascade port")
            elif src.dtype != dst.dtype:
                raise FirmwareError(f"stream net {net.src} -> {dst_name} joins {src.dtype} to {dst.dtype} elements; "
                                    "both ends of a buffer / stream connection must have the same element type")
            comment = ""
            if i == 0 and len(net.dsts) > 1:
                comment = f"{net.src} broadcast to {len(net.dsts)} kernels"
            elif src.kind == "buffer" and dst.kind == "buffer":
                comment = (f"memory-tile relay: {src.owner} MM2S -> stream -> {dst.owner} S2MM "
                           "(both ports' tilings above)")
            out.append({"kind": net.kind, "src": src.expr, "dst": dst.expr, "comment": comment})
    expected = []
    for k in design.kernels:
        expected += [(k.name, p) for p in sorted(_kernel_ports(k))]
    for b in design.shared_buffers:
        expected += [(b.name, f"in[{i}]") for i in range(len(b.inputs))]
        expected += [(b.name, f"out[{j}]") for j in range(len(b.outputs))]
    expected += [(p.name, p.direction) for p in design.plios]
    for key in expected:
        n = uses.get(key, 0)
        if n != 1:
            what = "unconnected" if n == 0 else f"connected {n} times"
            raise FirmwareError(f"port {key[0]}.{key[1]} is {what} in the design's nets")
    extra = set(uses) - set(expected)
    if extra:
        raise FirmwareError(f"nets use ports the design does not declare: {sorted(extra)}")
    return out


def _check_direct(design: Design, net, src: Endpoint, dst: Endpoint, dst_name: str) -> None:
    """A direct kernel-to-kernel buffer (compiler ``passes.direct``) joins a kernel's output buffer
    to a kernel's input buffer of the same element type and the same number of elements (the
    ``adf::dimensions`` of both ports), in the same microtile order.

    Raises:
        FirmwareError: otherwise (names the net and what differs).
    """
    if src.kind != "kernel" or dst.kind != "kernel" or (src.port, dst.port) != ("out", "in"):
        raise FirmwareError(f"{net.kind} net {net.src} -> {dst_name}: a direct buffer joins a kernel's out to "
                            "a kernel's in")
    p, c = design.kernel(src.owner).params, design.kernel(dst.owner).params
    if src.dtype != dst.dtype:
        raise FirmwareError(f"direct buffer {net.src} -> {dst_name} joins {src.dtype} to {dst.dtype} elements")
    # (batch, n) and (batch, k) compared separately: equal products (8 x 16 vs 16 x 8) are
    # not the same microtile order
    if (p.batch, p.n, p.mmul_m, p.mmul_n) != (c.batch, c.k, c.mmul_m, c.mmul_k):
        raise FirmwareError(f"direct buffer {net.src} -> {dst_name}: the producer writes {p.batch} x {p.n} in "
                            f"{p.mmul_m} x {p.mmul_n} microtiles, the consumer reads {c.batch} x {c.k} in "
                            f"{c.mmul_m} x {c.mmul_k}; the buffer dimensions / layouts differ")


def direct_buffer_locations(design: Design) -> dict[str, str]:
    """Producer kernel name -> the ``adf::address`` list of its direct buffer's ping and pong.

    The compiler's memory accounting puts a direct kernel-to-kernel buffer (``passes.direct``)
    in the PRODUCER's data memory: the producer allocates ``out_ping`` / ``out_pong``
    (``passes.memory.tile_buffers``) and an in-place reader allocates no input buffer. ADF does
    not know that from the ``connect`` alone (a buffer between memory neighbours may be put in
    either tile), so graph.h pins it with a buffer location constraint on the producer's output
    port (UG1079 / UG1603 "Buffer Location Constraints": ``adf::location<adf::buffer>(port) =
    {adf::address(col, row, offset), ...}``, one address per ping-pong buffer, offsets in bytes
    of the tile's data memory). The coordinates are the kernel's own ``adf::tile`` ones.

    Raises:
        FirmwareError: a producer without a planned ``out_ping`` / ``out_pong`` allocation.
    """
    out = {}
    for b in direct_buffers(design):
        k = design.kernel(b.producer)
        mem = {a.buffer: a for a in k.memory}
        if "out_ping" not in mem or "out_pong" not in mem:
            raise FirmwareError(f"kernel {k.name}: the producer of a direct buffer has no planned out_ping / "
                                "out_pong in its tile memory; recompile the model")
        col, row = (int(v) for v in k.tile)
        out[k.name] = ", ".join(f"adf::address({col}, {row}, {mem[x].offset_bytes})"
                                for x in ("out_ping", "out_pong"))
    return out


def buffer_context(b: SharedBuffer, offsets: list[int]) -> dict:
    """Values of one memory-tile shared buffer for graph.h (dimension and tilings in elements
    of ``b.dtype``, addresses in bytes)."""
    element_bytes(b.dtype, f"shared buffer {b.name}")
    col, row = (int(v) for v in b.memtile)
    accesses = []
    for kind, ports, d in (("write", b.inputs, "in"), ("read", b.outputs, "out")):
        for i, port in enumerate(ports):
            if port.index != i:
                raise FirmwareError(f"shared buffer {b.name}: {d} ports must be numbered 0.., found {port.index} at {i}")
            if tuple(port.tiling.buffer_dimension) != tuple(b.dimension):
                raise FirmwareError(f"shared buffer {b.name}.{d}[{i}]: tiling buffer_dimension "
                                    f"{port.tiling.buffer_dimension} != buffer dimension {b.dimension}")
            accesses.append({"kind": kind, "port": f"{b.name}.{d}[{i}]", "tiling": tiling_cpp(port.tiling)})
    static = b.initial is not None       # streamed weights: a read-only buffer (passes/weights.py)
    if static and b.inputs:
        raise FirmwareError(f"shared buffer {b.name}: a read-only weight buffer takes no input ports")
    # bf16 weights: the buffer holds bf16 bit patterns (uint16), copied into bfloat16 elements
    # byte for byte by weights_memtile.h (never converted as numbers)
    bf16_bits = static and b.dtype == "bfloat16"
    if bf16_bits and np.asarray(b.initial).dtype != np.uint16:
        raise FirmwareError(f"shared buffer {b.name}: bfloat16 weights must be bf16 bit patterns (uint16), "
                            f"got {np.asarray(b.initial).dtype}; recompile the model")
    return {"name": b.name, "dtype": b.dtype, "dimension": _dims(b.dimension),
            "n_inputs": len(b.inputs), "static": static, "init_var": f"{b.name}_init",
            "init_header": f"weights/{b.name}.h", "init_len": int(np.asarray(b.initial).size) if static else 0,
            "init_text": _c_array(b.initial, 32) if static else "", "bf16_bits": bf16_bits,
            "bytes": int(np.prod(b.dimension)) * element_bytes(b.dtype, f"shared buffer {b.name}"),
            "n_outputs": len(b.outputs), "num_buffers": b.num_buffers, "memtile": (col, row),
            "addresses": ", ".join(f"adf::address({col}, {row}, {off})" for off in offsets),
            "accesses": accesses}


def plio_context(design: Design) -> list[dict]:
    """The input PLIOs, then the output PLIOs (one ``adf::input_plio`` / ``output_plio``
    each, with its own data file and shim column)."""
    ins = [p for p in design.plios if p.direction == "in"]
    outs = [p for p in design.plios if p.direction == "out"]
    if not ins or not outs:
        raise FirmwareError(f"the design must have at least one input and one output PLIO, found {len(ins)} "
                            f"and {len(outs)}")
    files = [p.data_file for p in ins + outs]
    if len(set(files)) != len(files):
        raise FirmwareError("two PLIOs of the design share a data file; each PLIO needs its own")
    ctx = []
    for p in ins + outs:
        if p.width_bits not in PLIO_WIDTHS_BITS:
            raise FirmwareError(f"PLIO {p.name}: width {p.width_bits} bits is not one of {PLIO_WIDTHS_BITS}")
        elem_bits = 8 * element_bytes(p.dtype, f"PLIO {p.name}")
        ctx.append({"name": p.name, "direction": p.direction, "dtype": p.dtype,
                    "cls": "input_plio" if p.direction == "in" else "output_plio",
                    "width_bits": p.width_bits, "data_file": p.data_file, "column": int(p.column),
                    "freq_mhz": f"{p.freq_hz / 1e6:.6g}",
                    # UG1076 "TXT File Format": one PLIO beat per line, width / element bits values
                    "values_per_line": p.width_bits // elem_bits})
    return ctx


def graph_context(design: Design) -> dict:
    """Everything graph.h, graph.cpp, the kernel sources and the Makefile print.

    Raises:
        FirmwareError: see :func:`connections`, :func:`memtile_addresses`, and kernels whose
            kind, types or tables the dense template does not take.
    """
    kernels = [kernel_context(k, design.device) for k in design.kernels]
    feeds = {peer: b.name for b in design.shared_buffers if b.initial is not None
             for port in b.outputs for peer in port.peers}
    for k in kernels:               # the memory-tile buffer a streamed kernel's weights come from
        k["weights_buffer"] = feeds.get(f"{k['name']}.weights", "")
    locations = direct_buffer_locations(design)
    for k in kernels:               # the planned place of a direct buffer (producer's output port)
        k["out_location"] = locations.get(k["name"], "")
    offsets = memtile_addresses(design.shared_buffers)
    buffers = [buffer_context(b, offsets[b.name]) for b in design.shared_buffers]
    return {
        "graph_class": GRAPH_CLASS, "graph_instance": GRAPH_INSTANCE, "runtime_ratio": RUNTIME_RATIO,
        "design_name": design.name, "device": design.device, "batch": design.batch,
        "input_features": design.input_features, "output_features": design.output_features,
        "parallelism": design.metadata.get("parallelism",
                                           ",".join(f"{l.cas_length}x{l.cas_num}" for l in design.layers)),
        "source": design.metadata.get("source", "?"),
        "tiles_used": design.tiles_used, "memtiles_used": design.memtiles_used,
        "kernels": kernels, "buffers": buffers, "plios": plio_context(design),
        "connections": connections(design),
        "known_problems": [dma_word_message(p)] if (p := dma_word_problems(design)) else [],
    }
