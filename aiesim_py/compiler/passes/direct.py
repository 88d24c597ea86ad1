"""Direct inter-layer edges: a kernel's output buffer wired straight into the next layer's
input buffers, without a memory tile (the ``inter_layer`` compile option).

By default (``inter_layer="memtile"``) every inter-layer edge is staged in a memory-tile
``shared_buffer`` whose tilings re-order the producer's output microtiles into the
consumer's K slices. When the producer layer has one chain (cas_num 1: one output buffer)
and the consumer layer one K slice (cas_length 1: every chain reads the whole input), no
re-ordering is needed *if* the two kernels agree on the layout of the data: the producer
writes ``batch x n`` in ``mmul_m x mmul_n`` microtiles ``[mb][nb]``, the consumer reads
``batch x k`` in ``mmul_m x mmul_k`` microtiles ``[mb][kb]`` (firmware/kernels/dense.h.j2),
so the layouts are the same exactly when ``n == k``, ``mmul_n == mmul_k`` and the
``mmul_m`` and element types agree (:func:`edge_problem`). Then the edge can be an ADF
kernel-to-kernel buffer connection, ``connect<>(producer.out[0], consumer.in[0])``: the
same rule AIE4ML's memory planner uses for its "auto" route (one producer port, one
consumer port: KastnerRG/aie4ml src/aie4ml/passes/memory_plan.py ``_materialize_entry``,
``direct_eligible``; read for the rule, no code taken).

Where the buffer lives (AIE-ML, aieml-facts.md 2.1: a core reaches its own data memory and
those of its north, south and west neighbours, UG1603-ARCH / UG1603-DM; the memory-tile row
below compute row 0 is not reachable by core loads): the compiler puts the ping-pong
buffer in the producer's tile memory (its ``out_ping`` / ``out_pong``), and graph.h pins it
there with a buffer location constraint on the producer's output port (``emit.context.
direct_buffer_locations``; ADF could otherwise place a buffer between memory neighbours in
the consumer's tile, which the memory accounting here does not reserve). A consumer core that reaches that memory (the
producer's east neighbour, or its north / south neighbour in the compute rows,
:func:`shares_memory`) reads it in place: the edge is one lock hand-off, no DMA (a Design
net of kind ``"buffer"``; the placer moves up to three consumer chains onto those neighbours
when the tiles are free, ``place.in_place_moves``, and such a consumer allocates no input
buffer of its own, ``memory.tile_buffers``). A consumer that does not (a fourth chain, or
neighbours taken by other layers) gets its copy the way ADF does for non-neighbouring buffer ports: the producer
tile's MM2S DMA streams the buffer into the consumer tile's S2MM ping-pong (a routed
``"stream"`` net from ``<producer>.out`` to ``<consumer>.in``). Both forms emit the same
ADF ``connect``; only the timing differs.

Not made direct (stays on a memory tile in "auto"; refused in "direct"): layouts that
differ (:func:`edge_problem`), weight-streamed layers on either side (their kernels take a
second, asynchronous input buffer; kept simple), and bf16 layers.
"""
from __future__ import annotations

from aiesim_py.compiler.passes.layer_parallelism import LayerParallelism
from aiesim_py.compiler.passes.parallelize import slice_params
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.errors import ResourceError

#: values of the ``inter_layer`` compile option: "memtile" (every inter-layer edge through a
#: memory-tile shared buffer, the default), "auto" (direct where :func:`edge_problem` allows,
#: else a memory tile), "direct" (every inter-layer edge direct, else the candidate is refused)
INTER_LAYER_MODES = ("memtile", "auto", "direct")


def edge_problem(plans: list[LayerQuant], pars: list[LayerParallelism], batch: int, i: int) -> str | None:
    """Why the edge from layer ``i`` to layer ``i + 1`` cannot be a direct kernel-to-kernel
    buffer, or None when it can (module docstring)."""
    a, b = pars[i], pars[i + 1]
    if a.cas_num != 1 or b.cas_length != 1:
        return (f"layer {i} has cas_num {a.cas_num} and layer {i + 1} cas_length {b.cas_length}; a direct edge "
                "needs one producer chain (cas_num 1) and one consumer K slice (cas_length 1)")
    if a.weights == "memtile" or b.weights == "memtile":
        return "a weight-streamed layer takes no direct edge"
    p = slice_params(plans[i], batch, a.cas_length, 1, a.cas_length - 1, a.mmul)
    c = slice_params(plans[i + 1], batch, 1, b.cas_num, 0, b.mmul)
    if p.arith != "int" or c.arith != "int":
        return "bf16 layers take no direct edge"
    if (p.n, p.mmul_m, p.mmul_n, p.out_type) != (c.k, c.mmul_m, c.mmul_k, c.a_type):
        return (f"layouts differ: layer {i} writes {p.batch} x {p.n} {p.out_type} in {p.mmul_m} x {p.mmul_n} "
                f"microtiles, layer {i + 1} reads {c.batch} x {c.k} {c.a_type} in {c.mmul_m} x {c.mmul_k} microtiles")
    return None


def direct_edges(plans: list[LayerQuant], pars: list[LayerParallelism], batch: int,
                 mode: str) -> frozenset[int]:
    """Indices ``i`` of the edges (layer ``i`` -> ``i + 1``) made direct under ``mode``.

    Raises:
        ResourceError: ``mode`` "direct" and an edge cannot be direct (names the edge and
            why; the parallelism search then moves to its next candidate).
    """
    if mode == "memtile":
        return frozenset()
    out = set()
    for i in range(len(pars) - 1):
        why = edge_problem(plans, pars, batch, i)
        if why is None:
            out.add(i)
        elif mode == "direct":
            raise ResourceError(f"inter_layer 'direct': the edge from layer {plans[i].name!r} to "
                                f"{plans[i + 1].name!r} cannot be direct: {why}; use inter_layer 'auto' "
                                "(memory tile there) or a parallelism with cas_num 1 -> cas_length 1")
    return frozenset(out)


def direct_options(options: list[list[LayerParallelism]], plans: list[LayerQuant]) -> list[list[LayerParallelism]]:
    """``inter_layer="direct"`` with a searched parallelism: keep, per layer, the choices every
    edge can take directly (:func:`edge_problem`'s per-layer conditions: a producer layer,
    every layer but the last, has cas_num 1, a consumer layer, every layer but the first,
    has cas_length 1, and no layer streams its weights from a memory tile), so that the
    search ranks only designs that can be made direct instead of failing in placement.
    The pairwise layout condition (producer microtile N = consumer microtile K) is left to
    :func:`direct_edges` in the place pass.

    Args:
        options: the search's candidates per layer (``parallelize.layer_options``).
        plans: the quantized layers, in order.
    Returns:
        the filtered candidates per layer, in their order.
    Raises:
        ResourceError: a layer keeps no candidate (names the layer, the condition and the
            fix: the layer does not fit the tiles with that cascade shape).
    """
    last = len(plans) - 1
    out = []
    for i, (q, opts) in enumerate(zip(plans, options)):
        need = []
        if i < last:
            need.append("cas_num 1 (it produces a direct edge)")
        if i > 0:
            need.append("cas_length 1 (it reads a direct edge)")
        kept = [o for o in opts if o.weights == "tile" and (i == last or o.cas_num == 1)
                and (i == 0 or o.cas_length == 1)]
        if not kept:
            raise ResourceError(
                f"inter_layer 'direct': layer {q.name!r} ({q.weight.shape[0]} x {q.weight.shape[1]}) has no "
                f"parallelism with {' and '.join(need)} and tile-resident weights that fits a compute tile's "
                "memory; use inter_layer 'auto' (a memory tile on the edges that cannot be direct), or a "
                "smaller batch")
        out.append(kept)
    return out


def direct_mode_problem(plans: list[LayerQuant], user: list[tuple[int, int]] | None, shapes: list[list],
                        weights: list[str]) -> str | None:
    """Why ``inter_layer="direct"`` cannot work for this compile whatever the search does, or
    None: checked before the parallelism search, so that the error names the edge, the reason
    and the fix instead of surfacing as a placement failure. ``user``: the user's (cas_length,
    cas_num) per layer or None (searched); ``shapes``: the microtile candidates per layer
    (``microtiles.parse_microtiles``); ``weights``: the weight placement per layer
    (``weights.parse_weights``)."""
    fix = "; or use inter_layer 'auto' (a memory tile where an edge cannot be direct)"
    bf16 = [q.name for q in plans if q.arith != "int"]
    if bf16 and len(plans) > 1:
        return f"layer {bf16[0]!r} is bf16 and bf16 layers take no direct edge{fix}"
    for i in range(len(plans) - 1):
        edge = f"the edge from layer {plans[i].name!r} to {plans[i + 1].name!r}"
        for j in (i, i + 1):
            if weights[j] == "memtile":
                return (f"{edge} cannot be direct: layer {plans[j].name!r} has weights 'memtile' (a weight-streamed "
                        f"layer takes no direct edge); give it weights 'tile'{fix}")
        if user is not None and (user[i][1] != 1 or user[i + 1][0] != 1):
            return (f"{edge} cannot be direct: the parallelism gives layer {plans[i].name!r} cas_num {user[i][1]} and "
                    f"layer {plans[i + 1].name!r} cas_length {user[i + 1][0]}; a direct edge needs cas_num 1 -> "
                    f"cas_length 1 (e.g. {user[i][0]}x1 -> 1x{user[i + 1][1]}){fix}")
        if not any(a[0] == b[0] and a[2] == b[1] for a in shapes[i] for b in shapes[i + 1]):
            got = " / ".join("x".join(map(str, a)) for a in shapes[i])
            want = " / ".join("x".join(map(str, b)) for b in shapes[i + 1])
            return (f"{edge} cannot be direct: the microtiles differ in layout (layer {plans[i].name!r} writes "
                    f"MxN microtiles of {got}, layer {plans[i + 1].name!r} reads MxK microtiles of {want}; a direct "
                    f"edge needs the producer's M and N equal to the consumer's M and K); give matching microtiles"
                    f"{fix}")
    return None


def shares_memory(producer: tuple[int, int], consumer: tuple[int, int]) -> bool:
    """Whether a consumer core on compute tile ``consumer`` reaches the data memory of
    compute tile ``producer`` (both ``(column, compute row)``): a core reaches its own memory
    and its west, north and south neighbours' (aieml-facts.md 2.1, UG1603-ARCH), so the
    consumer is the producer's tile, its east neighbour, or its north / south neighbour. A
    negative row is not a compute tile (below compute row 0 is the memory-tile row, whose
    memory cores do not load from): False."""
    if producer[1] < 0 or consumer[1] < 0:
        return False
    dc, dr = consumer[0] - producer[0], consumer[1] - producer[1]
    return (dc, dr) in ((0, 0), (1, 0), (0, 1), (0, -1))
