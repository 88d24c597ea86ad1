"""Plan: memory-tile shared buffers with tiling parameters, nets, PLIOs -> Design.

Activations between layers live in a memory tile as a row-major ``[batch][features]``
int8 buffer (ADF dimension ``{features, batch}``, d0 fastest), ping-pong. The tiling
parameters turn it into the microtile order each kernel reads (``mmul_k x mmul_m`` tiles
of its K slice, zero padded past the true feature count) and scatter each chain's output
microtiles (``mmul_n x mmul_m``) into its column range.
"""
from __future__ import annotations

from aiesim_py.arch.device import Device
from aiesim_py.compiler.ir import Graph
from aiesim_py.compiler.passes.memory import allocate_tile_memory
from aiesim_py.compiler.passes.pack import tile_slices
from aiesim_py.compiler.passes.parallelize import LayerParallelism, slice_params
from aiesim_py.compiler.passes.place import Placement
from aiesim_py.compiler.passes.quantize import LayerQuant
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


#: Memory-tile DMA addresses 32-bit words: dimension-0 sizes, offsets and strides must be
#: whole words (4 int8 or 2 int16 elements) (UG1603 memory-tile tiling limitations; XD100 "Limitations").
DMA_WORD_BYTES = 4


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


def build_design(graph: Graph, plans: list[LayerQuant], pars: list[LayerParallelism],
                 placement: Placement, device: Device, batch: int) -> Design:
    mrows = device.grid.memtile_rows

    def abs_compute(t):  # absolute row numbering for hop counts: shim 0, memtiles 1.., compute after
        return (t[0], t[1] + 1 + mrows)

    def abs_memtile(m):
        return (m[0], m[1] + 1)

    kernels, nets, layers, buffers = [], [], [], []
    in_el = plans[0].a_bits // 8                        # element bytes of the input
    stored_prev = round_up(graph.input_features, DMA_WORD_BYTES // in_el)
    in_bytes = batch * stored_prev * in_el
    in_width = plio_width(in_bytes, device)
    plio_in = Plio("plio_in", "in", in_width, device.pl_clock_hz, placement.plio_in_column, "data/input.txt",
                   f"int{plans[0].a_bits}")
    mt_in_ports = [SharedBufferPort(0, linear_tiling(stored_prev, stored_prev, batch), ("plio_in",))]
    nets.append(Net("plio_in", ("mt0.in[0]",), "stream",
                    hops((placement.plio_in_column, 0), abs_memtile(placement.memtiles[0]))))
    pending_inputs = mt_in_ports
    features_prev = graph.input_features
    for i, (q, par) in enumerate(zip(plans, pars)):
        node = q.node
        mt_name = f"mt{i}"
        read_ports = []
        p0 = slice_params(q, batch, par.cas_length, par.cas_num, 0)
        for l in range(par.cas_length):
            peers = tuple(f"{kernel_name(i, c, l)}.in" for c in range(par.cas_num))
            read_ports.append(SharedBufferPort(
                l, read_tiling(stored_prev, batch, par.k_slice, l, p0.mmul_m, p0.mmul_k), peers))
            first_tile = placement.tile(i, 0, l)
            nets.append(Net(f"{mt_name}.out[{l}]", peers, "stream",
                            hops(abs_memtile(placement.memtiles[i]), abs_compute(first_tile)) + par.cas_num - 1))
        buffers.append(SharedBuffer(mt_name, placement.memtiles[i], (stored_prev, batch),
                                    tuple(pending_inputs), tuple(read_ports), dtype=f"int{q.a_bits}"))
        stored = par.cas_num * par.n_slice
        next_inputs = []
        for c in range(par.cas_num):
            for l in range(par.cas_length):
                p = slice_params(q, batch, par.cas_length, par.cas_num, l)
                w, b = tile_slices(q, par, p, c, l)
                name = kernel_name(i, c, l)
                tile = placement.tile(i, c, l)
                mem = allocate_tile_memory(p, device, f"layer {q.name!r} tile {tile}")
                kernels.append(KernelInstance(name, "dense", i, c, l, tile, p, w, b, mem))
                if l < par.cas_length - 1:
                    nets.append(Net(f"{name}.cascade_out", (f"{kernel_name(i, c, l + 1)}.cascade_in",), "cascade", 1))
            last = kernel_name(i, c, par.cas_length - 1)
            dst = f"mt{i + 1}.in[{c}]"
            nets.append(Net(f"{last}.out", (dst,), "stream",
                            hops(abs_compute(placement.tile(i, c, par.cas_length - 1)),
                                 abs_memtile(placement.memtiles[i + 1]))))
            next_inputs.append(SharedBufferPort(c, write_tiling(stored, batch, par.n_slice, c, p0.mmul_m, p0.mmul_n),
                                                (f"{last}.out",)))
        layers.append(LayerInfo(i, q.name, node.in_features, node.out_features, par.cas_length, par.cas_num,
                                par.k_slice, par.n_slice, q.relu, q.input_type, node.weight_type, node.bias_type,
                                node.output_type, q.shift, q.rounding, q.saturation))
        pending_inputs, stored_prev, features_prev = next_inputs, stored, node.out_features
    n_out = features_prev
    out_el = plans[-1].out_bits // 8
    out_row = round_up(n_out, DMA_WORD_BYTES // out_el)
    out_bytes = batch * out_row * out_el
    plio_out = Plio("plio_out", "out", plio_width(out_bytes, device), device.pl_clock_hz,
                    placement.plio_out_column, "data/output.txt", f"int{plans[-1].out_bits}")
    last_mt = f"mt{len(plans)}"
    buffers.append(SharedBuffer(last_mt, placement.memtiles[-1], (stored_prev, batch), tuple(pending_inputs),
                                (SharedBufferPort(0, linear_tiling(out_row, stored_prev, batch), ("plio_out",)),),
                                dtype=f"int{plans[-1].out_bits}"))
    nets.append(Net(f"{last_mt}.out[0]", ("plio_out",), "stream",
                    hops(abs_memtile(placement.memtiles[-1]), (placement.plio_out_column, 0))))
    for b in buffers:
        if b.size_bytes > device.memtile.memory_bytes:
            raise ResourceError(f"shared buffer {b.name} needs {b.size_bytes} bytes, a memory tile has "
                                f"{device.memtile.memory_bytes}; lower the batch")
    return Design(device=device.name, name=graph.name, batch=batch, input_features=graph.input_features,
                  output_features=n_out, input_type=graph.input_type,
                  output_type=plans[-1].node.output_type, layers=tuple(layers), kernels=tuple(kernels),
                  shared_buffers=tuple(buffers), plios=(plio_in, plio_out), nets=tuple(nets),
                  metadata={"source": graph.source}, host_input_types=tuple(graph.host_input_types))
