"""Plan: memory-tile shared buffers with tiling parameters, nets, PLIOs -> Design.

Activations between layers live in a memory tile as a row-major ``[batch][features]``
int8 buffer (ADF dimension ``{features, batch}``, d0 fastest), ping-pong. The tiling
parameters turn it into the microtile order each kernel reads (``mmul_k x mmul_m`` tiles
of its K slice, zero padded past the true feature count) and scatter each chain's output
microtiles (``mmul_n x mmul_m``) into its column range.

Memory-tile relay: a layer after the first whose cas_length exceeds one shared buffer's
read channels (:func:`~.place.relayed_layers`) reads K slices ``0 .. d - 1`` from its buffer
``mt<i>`` directly (``d = parallelize.relay_direct_ports(device)``, 13 on a VE2802); read
port ``d`` streams columns ``[d x k_slice, K rounded up to whole 32-bit words)`` of every
batch row (``parallelize.relay_columns``, :func:`relay_out_tiling`; the previous layer's
padding past K is not copied) over the stream switch into the relay buffer ``mt<i>_r`` on a
second memory tile (MM2S -> S2MM, a memory tile's DMA reaches only its own and neighbouring
memories, UG1603-MT), whose read ports serve the remaining slices with :func:`read_tiling`.
One relay stream moves 4 bytes per cycle, so the copy bounds the layer's interval at
``batch x relayed columns x element bytes / 4`` cycles (``parallelize.evaluate`` costs it).
"""
from __future__ import annotations

from aiesim_py.arch.device import Device
from aiesim_py.compiler.ir import Graph
from aiesim_py.compiler.passes.direct import shares_memory
from aiesim_py.compiler.passes.memory import allocate_tile_memory
from aiesim_py.compiler.passes.pack import tile_slices
from aiesim_py.compiler.passes.parallelize import DMA_WORD_BYTES as _DMA_WORD_BYTES
from aiesim_py.compiler.passes.parallelize import LayerParallelism, relay_columns, slice_params
from aiesim_py.compiler.passes.place import (
    Placement, buffer_index, relay_direct_ports, relayed_layers, single_groups,
)
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.compiler.passes.route import route_design
from aiesim_py.compiler.passes.weights import bias_slice, packed_slice, padded_weights, place_weight_buffers, streamed_params
from aiesim_py.design import (
    Design, KernelInstance, LayerInfo, Net, Plio, SharedBuffer, SharedBufferPort, TilingParameters,
    TraversalStep,
)
from aiesim_py.errors import ResourceError
from aiesim_py.units import round_up


def kernel_name(layer: int, chain: int, cas_index: int) -> str:
    return f"dense{layer}_c{chain}_l{cas_index}"


def read_tiling(stored: int, batch: int, k_slice: int, cas_index: int, mm: int, mk: int) -> TilingParameters:
    """Memory tile -> kernel input: the K slice ``cas_index`` as ``mk x mm`` microtiles.

    Columns past ``stored`` (K padding of the last slice) read as zero through the
    boundary; columns between the true feature count and ``stored`` already hold zeros
    (zero weights and bias give SRS(0) = 0 upstream; the input PLIO sends zero padding).
    """
    return TilingParameters(
        buffer_dimension=(stored, batch), tiling_dimension=(mk, mm), offset=(cas_index * k_slice, 0),
        tile_traversal=(TraversalStep(0, mk, k_slice // mk), TraversalStep(1, mm, batch // mm)),
        boundary_dimension=(stored, batch))


def write_tiling(stored: int, batch: int, n_slice: int, chain: int, mm: int, mn: int) -> TilingParameters:
    """Kernel output -> memory tile: chain ``chain``'s ``mn x mm`` microtiles into its columns."""
    return TilingParameters(
        buffer_dimension=(stored, batch), tiling_dimension=(mn, mm), offset=(chain * n_slice, 0),
        tile_traversal=(TraversalStep(0, mn, n_slice // mn), TraversalStep(1, mm, batch // mm)))


def linear_tiling(features: int, stored: int, batch: int) -> TilingParameters:
    """Row-major ``[batch][features]`` to or from a PLIO; ``features`` is a multiple of
    :data:`DMA_WORD_BYTES` (rows padded with zeros on the PLIO side)."""
    return TilingParameters(
        buffer_dimension=(stored, batch), tiling_dimension=(features, 1), offset=(0, 0),
        tile_traversal=(TraversalStep(1, 1, batch),))


def relay_out_tiling(stored: int, batch: int, c0: int, c1: int | None = None) -> TilingParameters:
    """Home buffer (``stored`` columns) -> relay buffer: columns ``[c0, c1)`` (default
    ``c1 = stored``) of every batch row, row by row (MM2S of one memory tile into the S2MM
    of another, over the stream switch; the relay stores them as its own ``[batch][c1 - c0]``
    buffer). ``c0`` and ``c1`` are whole DMA words (``parallelize.relay_columns``: the real
    K rounded up to words, not the home buffer's padded width)."""
    c1 = stored if c1 is None else c1
    return TilingParameters(
        buffer_dimension=(stored, batch), tiling_dimension=(c1 - c0, 1), offset=(c0, 0),
        tile_traversal=(TraversalStep(1, 1, batch),))


#: Memory-tile DMA addresses 32-bit words: dimension-0 sizes, offsets and strides must be
#: whole words (4 int8 or 2 int16 elements) (UG1603 memory-tile tiling limitations; XD100 "Limitations").
DMA_WORD_BYTES = _DMA_WORD_BYTES


def plio_width(nbytes: int, device: Device) -> int:
    """Widest allowed PLIO width (<= the device default) whose beats divide ``nbytes``."""
    for w in sorted(device.plio.allowed_width_bits, reverse=True):
        if w <= device.plio.width_bits and nbytes % (w // 8) == 0:
            return w
    raise ResourceError(f"{nbytes} bytes per iteration do not divide into PLIO beats of "
                        f"{min(device.plio.allowed_width_bits)} bits")


def hops(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Stream-switch hops between two switches, Manhattan distance + 1 (own switch)."""
    return abs(a[0] - b[0]) + abs(a[1] - b[1]) + 1


def _serving(placement: Placement, buf: int, side: str, port: int) -> tuple[int, int]:
    """Memory tile whose DMA channel serves ``port`` of buffer ``buf`` (``side``: read/write)."""
    table = placement.read_dma if side == "read" else placement.write_dma
    if buf < len(table) and port < len(table[buf]):
        return tuple(table[buf][port])
    return tuple(placement.memtiles[buf])


def _dma(placement: Placement, buf: int, side: str, port: int) -> tuple[int, int] | None:
    """:attr:`SharedBufferPort.dma_memtile`: None when the buffer's own memory tile serves it."""
    m = _serving(placement, buf, side, port)
    return None if m == tuple(placement.memtiles[buf]) else m


#: BDs per port (one per ping-pong buffer) and locks per shared buffer (a full/empty pair
#: per buffer) that the plan uses on memory tiles (UG1603-MT shared_buffer, RT-INIT counts)
MEMTILE_BDS_PER_PORT = 2
MEMTILE_LOCKS_PER_BUFFER = 4


def check_dma_budgets(buffers, device: Device) -> None:
    """Channels, BDs and locks per memory tile within the device's counts.

    Raises:
        ResourceError: naming the memory tile and the budget exceeded.
    """
    mt = device.memtile
    use: dict = {}
    for b in buffers:
        home = tuple(b.memtile)
        use.setdefault(home, [0, 0, 0, 0])[3] += MEMTILE_LOCKS_PER_BUFFER
        for side, ports in ((0, b.inputs), (1, b.outputs)):
            for port in ports:
                m = tuple(port.dma_memtile) if port.dma_memtile is not None else home
                u = use.setdefault(m, [0, 0, 0, 0])
                u[side] += 1
                u[2] += MEMTILE_BDS_PER_PORT
    for m, (s2mm, mm2s, bds, locks) in sorted(use.items()):
        for what, n, have in (("S2MM channels", s2mm, mt.dma_s2mm_channels),
                              ("MM2S channels", mm2s, mt.dma_mm2s_channels),
                              ("BDs", bds, mt.bds), ("locks", locks, mt.locks)):
            if n > have:
                raise ResourceError(f"memory tile {m} needs {n} {what}, it has {have}; "
                                    "lower cas_length / cas_num or use fewer layers")


def build_design(graph: Graph, plans: list[LayerQuant], pars: list[LayerParallelism],
                 placement: Placement, device: Device, batch: int,
                 direct_after: frozenset[int] = frozenset()) -> Design:
    """The Design of placed layers: kernels, shared buffers, nets and PLIOs.

    ``direct_after``: indices ``i`` whose edge layer ``i`` -> ``i + 1`` is a direct
    kernel-to-kernel buffer (:mod:`.direct`): no shared buffer ``mt<i + 1>``; the producer's
    ``.out`` goes to the consumers' ``.in`` by a ``"buffer"`` net (the consumers that reach the
    producer tile's memory, :func:`.direct.shares_memory`) and a routed ``"stream"`` net (the
    others: tile DMA to tile DMA).

    With several PLIO groups (``placement.groups``), input PLIO ``g`` carries the host
    features of the first layer's K slices ``[l0, l1)`` into its own shared buffer
    ``mt0_<g>`` (read by those cascade positions), and output PLIO ``g`` takes the last
    layer's chains ``[c0, c1)`` from ``mt<n>_<g>``; with one PLIO each way the buffers are
    ``mt0`` .. ``mt<n>`` and the PLIOs ``plio_in`` / ``plio_out``.

    Every stream net gets its switch-to-switch route (:mod:`.route`); its ``hops`` are
    the route's.

    Raises:
        ResourceError: memory-tile channels, BDs, locks or memory exceeded; a stream that
            cannot be routed with the stream-switch ports per link.
    """
    mrows = device.grid.memtile_rows
    groups = placement.groups or single_groups(pars)
    n_layers = len(plans)

    def abs_compute(t):  # absolute row numbering for hop counts: shim 0, memtiles 1.., compute after
        return (t[0], t[1] + 1 + mrows)

    def abs_memtile(m):
        return (m[0], m[1] + 1)

    def serving(kind, i, side, port):
        return _serving(placement, buffer_index(groups, n_layers, kind, i), side, port)

    def dma(kind, i, side, port):
        return _dma(placement, buffer_index(groups, n_layers, kind, i), side, port)

    def memtile(kind, i):
        return tuple(placement.memtiles[buffer_index(groups, n_layers, kind, i)])

    kernels, nets, layers, buffers, plios = [], [], [], [], []
    relays, direct = relayed_layers(pars), relay_direct_ports(device)
    relay_buffers = []
    in_el = plans[0].a_bits // 8                        # element bytes of the input
    word_in = DMA_WORD_BYTES // in_el
    k_stored = round_up(graph.input_features, word_in)
    n_in = len(groups.inputs)
    n_out = len(groups.outputs)
    out_names = [f"mt{n_layers}" if n_out == 1 else f"mt{n_layers}_{g}" for g in range(n_out)]
    features_prev = graph.input_features
    streamed = []       # (kernel, tile, layer, params, packed weights) of weight-streaming kernels
    pending_inputs = None
    stored_prev = k_stored
    for i, (q, par) in enumerate(zip(plans, pars)):
        node = q.node
        p0 = slice_params(q, batch, par.cas_length, par.cas_num, 0, par.mmul)
        # the shared buffer(s) this layer reads: (name, first cascade position, stored columns)
        if i == 0:
            sources = []
            for g, (l0, l1) in enumerate(groups.inputs):
                name = "mt0" if n_in == 1 else f"mt0_{g}"
                c0 = l0 * par.k_slice
                c1 = k_stored if g == n_in - 1 else min(k_stored, l1 * par.k_slice)
                stored_g = c1 - c0
                pname = "plio_in" if n_in == 1 else f"plio_in{g}"
                data = "data/input.txt" if n_in == 1 else f"data/input{g}.txt"
                real = min(graph.input_features, c1) - c0
                plios.append(Plio(pname, "in", plio_width(batch * stored_g * in_el, device), device.pl_clock_hz,
                                  placement.plio_in_columns[g], data, plans[0].a_type, c0, real))
                nets.append(Net(pname, (f"{name}.in[0]",), "stream",
                                hops((placement.plio_in_columns[g], 0), abs_memtile(serving("in", g, "write", 0)))))
                inputs = (SharedBufferPort(0, linear_tiling(stored_g, stored_g, batch), (pname,),
                                           dma("in", g, "write", 0)),)
                sources.append((name, l0, l1, stored_g, inputs, memtile("in", g), ("in", g)))
        elif i - 1 in direct_after:     # fed kernel to kernel (nets made with layer i - 1's outputs)
            sources = []
        else:
            sources = [(f"mt{i}", 0, par.cas_length, stored_prev, tuple(pending_inputs), memtile("mid", i - 1),
                        ("mid", i - 1))]
        relay = relays.index(i) if i in relays else None
        for name, l0, l1, stored_b, inputs, home, (kind, bi) in sources:
            read_ports = []
            if relay is not None:       # slices direct.. come through the relay buffer
                l1 = direct
            for l in range(l0, l1):
                peers = tuple(f"{kernel_name(i, c, l)}.in" for c in range(par.cas_num))
                read_ports.append(SharedBufferPort(
                    l - l0, read_tiling(stored_b, batch, par.k_slice, l - l0, p0.mmul_m, p0.mmul_k), peers,
                    dma(kind, bi, "read", l - l0)))
                nets.append(Net(f"{name}.out[{l - l0}]", peers, "stream",
                                hops(abs_memtile(serving(kind, bi, "read", l - l0)),
                                     abs_compute(placement.tile(i, 0, l))) + par.cas_num - 1))
            if relay is not None:
                # the relay copies the real K (whole words), not the previous layer's padding
                c0, c1 = relay_columns(q.weight.shape[0], par.k_slice, q.a_bits, device)
                r_name, stored_r = f"{name}_r", min(c1, stored_b) - c0
                if stored_r <= 0:
                    raise ResourceError(f"layer {q.name!r}: cas_length {par.cas_length} leaves the relay of "
                                        f"{name} no columns; lower cas_length")
                read_ports.append(SharedBufferPort(
                    direct, relay_out_tiling(stored_b, batch, c0, c0 + stored_r), (f"{r_name}.in[0]",),
                    dma(kind, bi, "read", direct)))
                nets.append(Net(f"{name}.out[{direct}]", (f"{r_name}.in[0]",), "stream",
                                hops(abs_memtile(serving(kind, bi, "read", direct)),
                                     abs_memtile(serving("relay", relay, "write", 0)))))
                r_reads = []
                for l in range(direct, par.cas_length):
                    peers = tuple(f"{kernel_name(i, c, l)}.in" for c in range(par.cas_num))
                    r_reads.append(SharedBufferPort(
                        l - direct, read_tiling(stored_r, batch, par.k_slice, l - direct, p0.mmul_m, p0.mmul_k),
                        peers, dma("relay", relay, "read", l - direct)))
                    nets.append(Net(f"{r_name}.out[{l - direct}]", peers, "stream",
                                    hops(abs_memtile(serving("relay", relay, "read", l - direct)),
                                         abs_compute(placement.tile(i, 0, l))) + par.cas_num - 1))
                relay_buffers.append(SharedBuffer(
                    r_name, memtile("relay", relay), (stored_r, batch),
                    (SharedBufferPort(0, linear_tiling(stored_r, stored_r, batch), (f"{name}.out[{direct}]",),
                                      dma("relay", relay, "write", 0)),),
                    tuple(r_reads), dtype=q.a_type))
            buffers.append(SharedBuffer(name, home, (stored_b, batch), inputs, tuple(read_ports), dtype=q.a_type))
        is_last = i == n_layers - 1
        if is_last:
            out_ports = [[] for _ in groups.outputs]
        else:
            pending_inputs = []
        w_pad = padded_weights(q, par) if par.weights == "memtile" else None
        for c in range(par.cas_num):
            for l in range(par.cas_length):
                p = slice_params(q, batch, par.cas_length, par.cas_num, l, par.mmul)
                name = kernel_name(i, c, l)
                tile = placement.tile(i, c, l)
                if w_pad is not None:       # weights streamed from a memory tile (passes/weights.py)
                    p = streamed_params(p, par.chunk_n)
                    b = bias_slice(q, par, c) if p.has_bias else None
                    w = packed_slice(w_pad, par, p, c, l)
                    streamed.append((name, tile, i, p, w))
                    w = w[:0]           # none in the tile: KernelInstance.weights is empty
                else:
                    w, b = tile_slices(q, par, p, c, l)
                # a consumer of a direct edge next to its producer reads the producer's buffer in place
                in_place = (i - 1 in direct_after and l == 0 and par.cas_length == 1 and shares_memory(
                    placement.tile(i - 1, 0, pars[i - 1].cas_length - 1), tile))
                mem = allocate_tile_memory(p, device, f"layer {q.name!r} tile {tile}", in_place=in_place)
                kernels.append(KernelInstance(name, "dense", i, c, l, tile, p, w, b, mem))
                if l < par.cas_length - 1:
                    nets.append(Net(f"{name}.cascade_out", (f"{kernel_name(i, c, l + 1)}.cascade_in",), "cascade", 1))
            last = kernel_name(i, c, par.cas_length - 1)
            last_tile = abs_compute(placement.tile(i, c, par.cas_length - 1))
            if is_last:         # chain c -> the output group's buffer
                g = next(g for g, (c0, c1) in enumerate(groups.outputs) if c0 <= c < c1)
                c0, c1 = groups.outputs[g]
                nets.append(Net(f"{last}.out", (f"{out_names[g]}.in[{c - c0}]",), "stream",
                                hops(last_tile, abs_memtile(serving("out", g, "write", c - c0)))))
                out_ports[g].append(SharedBufferPort(
                    c - c0, write_tiling((c1 - c0) * par.n_slice, batch, par.n_slice, c - c0, p0.mmul_m,
                                         p0.mmul_n), (f"{last}.out",), dma("out", g, "write", c - c0)))
            elif i in direct_after:     # direct kernel-to-kernel buffer (passes/direct.py)
                src_tile = placement.tile(i, c, par.cas_length - 1)
                nxt = pars[i + 1]
                peers = [(kernel_name(i + 1, cc, 0), placement.tile(i + 1, cc, 0)) for cc in range(nxt.cas_num)]
                near = tuple(f"{n}.in" for n, t in peers if shares_memory(src_tile, t))
                far = [(n, t) for n, t in peers if not shares_memory(src_tile, t)]
                if near:
                    nets.append(Net(f"{last}.out", near, "buffer", 0))
                if far:
                    nets.append(Net(f"{last}.out", tuple(f"{n}.in" for n, _ in far), "stream",
                                    max(hops(last_tile, abs_compute(t)) for _, t in far)))
            else:
                nets.append(Net(f"{last}.out", (f"mt{i + 1}.in[{c}]",), "stream",
                                hops(last_tile, abs_memtile(serving("mid", i, "write", c)))))
                pending_inputs.append(SharedBufferPort(
                    c, write_tiling(par.cas_num * par.n_slice, batch, par.n_slice, c, p0.mmul_m, p0.mmul_n),
                    (f"{last}.out",), dma("mid", i, "write", c)))
        layers.append(LayerInfo(i, q.name, node.in_features, node.out_features, par.cas_length, par.cas_num,
                                par.k_slice, par.n_slice, q.relu, q.input_type, node.weight_type, node.bias_type,
                                node.output_type, q.shift, q.rounding, q.saturation))
        features_prev = node.out_features
        stored_prev = par.cas_num * par.n_slice
    # output groups: chains c0..c1 of the last layer -> their shared buffer -> output PLIO g
    q, par = plans[-1], pars[-1]
    p0 = slice_params(q, batch, par.cas_length, par.cas_num, 0, par.mmul)
    out_el = q.out_bits // 8
    for g, (c0, c1) in enumerate(groups.outputs):
        name = out_names[g]
        pname = "plio_out" if n_out == 1 else f"plio_out{g}"
        data = "data/output.txt" if n_out == 1 else f"data/output{g}.txt"
        stored_g = (c1 - c0) * par.n_slice
        f0 = c0 * par.n_slice
        real = min(features_prev, c1 * par.n_slice) - f0
        out_row = round_up(real, DMA_WORD_BYTES // out_el)
        inputs = out_ports[g]
        plios.append(Plio(pname, "out", plio_width(batch * out_row * out_el, device), device.pl_clock_hz,
                          placement.plio_out_columns[g], data, q.out_type, f0, real))
        buffers.append(SharedBuffer(name, memtile("out", g), (stored_g, batch), tuple(inputs),
                                    (SharedBufferPort(0, linear_tiling(out_row, stored_g, batch), (pname,),
                                                      dma("out", g, "read", 0)),),
                                    dtype=q.out_type))
        nets.append(Net(f"{name}.out[0]", (pname,), "stream",
                        hops(abs_memtile(serving("out", g, "read", 0)), (placement.plio_out_columns[g], 0))))
    buffers += relay_buffers        # after all others (their placement index order)
    check_dma_budgets(buffers, device)
    if streamed:
        w_buffers, w_nets = place_weight_buffers(streamed, buffers, device)
        buffers += w_buffers
        nets += w_nets
    for b in buffers:
        if b.size_bytes > device.memtile.memory_bytes:
            raise ResourceError(f"shared buffer {b.name} needs {b.size_bytes} bytes, a memory tile has "
                                f"{device.memtile.memory_bytes}; lower the batch")
    plios = [pl for pl in plios if pl.direction == "in"] + [pl for pl in plios if pl.direction == "out"]
    design = Design(device=device.name, name=graph.name, batch=batch, input_features=graph.input_features,
                  output_features=features_prev, input_type=graph.input_type,
                  output_type=plans[-1].node.output_type, layers=tuple(layers), kernels=tuple(kernels),
                  shared_buffers=tuple(buffers), plios=tuple(plios), nets=tuple(nets),
                    metadata={"source": graph.source}, host_input_types=tuple(graph.host_input_types))
    return route_design(design, device)        # stream nets onto switch links and ports
