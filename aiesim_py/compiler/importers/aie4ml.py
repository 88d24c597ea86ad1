"""Read a project written by aie4ml 0.2.1 into a :class:`~aiesim_py.design.Design`.

aie4ml (PyPI ``aie4ml``, an hls4ml backend) writes, without Vitis, a project directory::

    aie_pipeline.json          its compiled plan: "device" (AMD part), "logical" (ops),
                               "execution" (per op: variant, precisions, shift, AIE rounding
                               token, parallelism, microtile, tensor views), "physical"
                               ("placements": col/row/width/height per op; "plan": memory-tile
                               buffers, direct edges, PLIO ports), "optimizer" (its search)
    src/parameters.h           one ``struct L<i>Cfg`` per op (i from 1, execution order) with the
                               emitted SHIFT, CAS_LENGTH, CAS_NUM, ROUNDING_TOKEN, SATURATION_TOKEN
    src/weights/weights_<id>.h int8/int16 arrays ``weights_<id>_<chain>_<cas>``: the tile's
                               K_slice x N_slice weights as microtile_k x microtile_n tiles,
                               k-tile outer, n-tile inner, each tile row-major (k rows)
    src/weights/bias_<id>.h    int32 arrays ``bias_<id>_<chain>`` in accumulator units
    (and its ADF graph, kernels, Makefile: not read here)

``<id>`` is the op name made a C identifier: leading underscores dropped, ``id_`` put before a
leading digit (``_0_aie`` -> ``id_0_aie``).

How aie4ml's decisions map onto the Design (the importer re-derives none of them):

=====================================  ==========================================================
aie4ml                                  Design
=====================================  ==========================================================
dense op, variant ``dense.b.r.v1``      one :class:`LayerInfo` + cas_num x cas_length dense kernels
(output features split across chains)   (same split: cas_length splits K, cas_num splits N)
precision lhs / rhs / output / bias     input / weight / output / bias :class:`FixedType`
``shift``, ``rounding_mode``            SRS shift and rounding of every kernel (taken as emitted)
``SATURATION_TOKEN`` (parameters.h)     SRS saturation
``flags.use_relu`` / ``use_bias``       ReLU after the SRS / bias on the first tile of a chain
microtile_m x k x n                     mmul shape (must equal aiesim's shape for the type pair)
io_views tile sizes (K_slice, N_slice)  k_slice, n_slice (must equal aiesim's padding rule)
placements col/row                      tile (col + cas_index, row + chain) (ADF ``tile()``)
weights/bias arrays                     unpacked to (K, N), repacked in aiesim's kernel order
memory-tile buffers                     memory-tile shared buffers (same kind of transport)
direct edge ``out1[c] -> in1[c]``,      direct kernel-to-kernel buffer (``design.direct_buffers``,
realization ``shared_memory``           as the compiler's ``inter_layer`` edges): a ``"buffer"``
                                        net, read in place in the producer tile's memory
direct edge, realization ``dma``        the same buffer copied by tile DMA: a routed ``"stream"``
                                        net from ``<producer>.out`` to the consumers' ``.in``
=====================================  ==========================================================

Direct edges (:func:`_direct_edges`): aie4ml hands a layer's chain ``c`` output buffer
(``out1[c]``) to the next layer's K slice ``c`` (``in1[c]``, every chain of that cascade
position) kernel to kernel. The Design carries that as the compiler's direct buffer (no
memory tile on the edge; the consumer reads the producer's output in the producer's element
order), which is exact when the producer's chain writes what the consumer's K slice reads:
the edge's legs are ``c -> c`` for every chain, ``cas_num`` of the producer equals
``cas_length`` of the consumer, and the producer's N slice, microtile M x N and element type
equal the consumer's K slice, microtile M x K and input type (the compiler's rule,
``passes.direct.edge_problem``, for cas_num 1 -> cas_length 1). The realization is aie4ml's:
it pins each buffer port's location (its ``shared_buffer`` pass: a ``shared_memory`` leg has
one reader and both ports pinned to one memory; a ``dma`` leg's ports are pinned to different
memories or the value has several readers, and the AIE compiler copies it by DMA), so a
``dma`` leg stays a DMA copy even where the consumer tile could reach the producer's memory.
A ``shared_memory`` leg whose tiles are not memory neighbours for aiesim
(``passes.direct.shares_memory``) becomes a DMA copy and is listed as a substitution; an edge
that is not exact in that sense keeps a memory tile (listed too).

What a Design cannot express is *substituted* and listed in ``design.metadata["aie4ml"]
["substitutions"]`` (and warned with :class:`Aie4mlImportWarning`); with ``strict=True`` it
is an error instead. The imported Design has one input and one output PLIO, each through a
memory tile, so: PLIOs streaming straight into or out of compute tiles, several PLIOs per
tensor, direct edges that cannot be represented exactly (above), and the memory tile's
location (aie4ml leaves it to the Vitis mapper) become aiesim's own memory-tile transport.
The compute (kernels, cascades, tiles, weights, SRS) is aie4ml's.

What cannot be mapped raises :class:`~aiesim_py.errors.DesignFileError` (missing or malformed
files and keys) or :class:`~aiesim_py.errors.UnsupportedLayerError` (ops other than dense,
the row-split 'outer' contract, alternating cascade rows, a batch that is not a multiple of 4,
other microtiles).

Rounding: aie4ml 0.2.1 turns four ap_fixed quantization modes into AIE rounding modes that
round differently (ap_fixed TRN_ZERO -> it emits symmetric_zero, RND -> symmetric_inf,
RND_MIN_INF -> floor, RND_INF -> ceil; the exact ones are symmetric_floor, positive_inf,
negative_inf, symmetric_inf: design.md, ``isa.modes.AP_TO_AIE_ROUNDING``). The project records
both the layer's ap_fixed mode and the emitted token, so the importer detects it and warns;
the Design keeps the emitted token, so ``aiesim run`` computes what aie4ml's firmware
computes, not what the source model computes.
"""
from __future__ import annotations

import dataclasses
import json
import re
import warnings
from pathlib import Path

import numpy as np

from aiesim_py.arch.device import load_device
from aiesim_py.compiler.ir import DenseNode, Graph
from aiesim_py.compiler.passes.direct import shares_memory
from aiesim_py.compiler.passes.parallelize import evaluate, microtiles, slice_params
from aiesim_py.compiler.passes.place import NO_MEMTILE, MemtileChannels, Placement
from aiesim_py.compiler.passes.plan import build_design, kernel_name
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.compiler.passes.route import route_design
from aiesim_py.design import Design, Net
from aiesim_py.errors import AieSimError, DesignFileError, UnsupportedLayerError
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.isa.modes import (
    AP_TO_AIE_ROUNDING, AP_TO_AIE_SATURATION, RoundingMode, SaturationMode, parse_overflow,
    parse_quantization,
)

PIPELINE_FILE = "aie_pipeline.json"
PARAMETERS_FILE = "src/parameters.h"
WEIGHTS_DIR = "src/weights"

#: AMD part names of aie4ml's device catalog -> aiesim device files.
PART_TO_DEVICE = {"xcve2802": "ve2802"}

#: The only dense variant whose split equals the Design's (chains split output features).
INNER_VARIANTS = ("dense.b.r.v1",)


class Aie4mlImportWarning(UserWarning):
    """An aie4ml decision the Design represents differently, or a rounding that differs
    from the source model's ap_fixed type."""


def is_aie4ml_project(path) -> bool:
    """True when ``path`` is a directory holding ``aie_pipeline.json``."""
    p = Path(path)
    return p.is_dir() and (p / PIPELINE_FILE).is_file()


# --- small readers ------------------------------------------------------------------------
def _need(obj, key, where: str, file: Path):
    if not isinstance(obj, dict) or key not in obj:
        raise DesignFileError(f"{file}: {where} has no {key!r}; this is not a project written by "
                              "aie4ml 0.2.1 (regenerate it with hls4ml backend='AIE' and write())")
    return obj[key]


def _read_pipeline(root: Path) -> dict:
    f = root / PIPELINE_FILE
    if not f.is_file():
        raise DesignFileError(f"{f}: missing; an aie4ml project directory holds aie_pipeline.json "
                              "(written by aie4ml's hls4ml backend: convert with backend='AIE', then write())")
    try:
        data = json.loads(f.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DesignFileError(f"{f}: not valid JSON ({exc})") from None
    for key in ("device", "execution", "physical"):
        _need(data, key, "the top level", f)
    _need(data["physical"], "placements", "'physical'", f)
    if not isinstance(data["execution"], list) or not data["execution"]:
        raise DesignFileError(f"{f}: 'execution' is empty; the project has no op to time")
    return data


_ARRAY_RE = re.compile(r"\b(\w+)\s*\[\s*(\d+)\s*\]\s*=\s*\{([^}]*)\}")


def _read_arrays(f: Path) -> dict[str, np.ndarray]:
    """Every ``name[n] = {...}`` integer array of a C header."""
    if not f.is_file():
        raise DesignFileError(f"{f}: missing; aie4ml writes each dense op's packed weights and bias "
                              f"under {WEIGHTS_DIR}/")
    out = {}
    for m in _ARRAY_RE.finditer(f.read_text()):
        name, n, body = m.group(1), int(m.group(2)), m.group(3)
        if re.search(r"[A-Za-z_]", body):          # a pointer table (names of the arrays), not data
            continue
        try:
            vals = np.array([int(v) for v in body.replace("\n", " ").split(",") if v.strip()], dtype=np.int64)
        except ValueError:
            raise DesignFileError(f"{f}: array {name} holds non-integer values") from None
        if len(vals) != n:
            raise DesignFileError(f"{f}: array {name}[{n}] has {len(vals)} values (truncated file?)")
        out[name] = vals
    return out


_CFG_RE = re.compile(r"struct\s+L(\d+)Cfg\s*\{(.*?)\n\};", re.S)


def _read_parameters(root: Path) -> dict[int, dict[str, str]]:
    """``src/parameters.h`` -> {layer index from 1: {constant name: value text}}."""
    f = root / PARAMETERS_FILE
    if not f.is_file():
        raise DesignFileError(f"{f}: missing; aie4ml writes each op's emitted constants (SHIFT, "
                              "ROUNDING_TOKEN, SATURATION_TOKEN, CAS_LENGTH ...) there")
    out = {}
    for m in _CFG_RE.finditer(f.read_text()):
        consts = dict(re.findall(r"\b([A-Z_][A-Z0-9_]*)\s*=\s*\"?([\w.-]+)\"?\s*;", m.group(2)))
        out[int(m.group(1))] = consts
    return out


def c_identifier(name: str) -> str:
    """aie4ml's op name made a C identifier (the ``<id>`` of its weight arrays)."""
    s = "".join(ch if (ch.isalnum() or ch == "_") else "_" for ch in name).lstrip("_") or "_"
    return f"id_{s}" if s[0].isdigit() else s


def _fixed(spec: dict, where: str, file: Path) -> FixedType:
    fmt = str(_need(spec, "format", where, file))
    m = re.fullmatch(r"(u?)int(\d+)", fmt)
    if not m:
        raise UnsupportedLayerError(f"{file}: {where} has format {fmt!r}; aiesim maps integer "
                                    "formats (int8, int16, int32) only")
    bits, frac = int(m.group(2)), int(_need(spec, "frac", where, file))
    try:
        return FixedType(bits, bits - frac, not m.group(1), str(spec.get("rounding", "TRN")),
                         str(spec.get("saturation", "WRAP")))
    except ValueError as exc:
        raise DesignFileError(f"{file}: {where}: {exc}") from None


def _device_name(part: str, file: Path) -> str:
    low = str(part).lower()
    for key, dev in PART_TO_DEVICE.items():
        if key in low:
            return dev
    raise UnsupportedLayerError(f"{file}: device {part!r} cannot be mapped; aiesim has device files for "
                                f"{', '.join(sorted(set(PART_TO_DEVICE.values())))} (parts "
                                f"{', '.join(PART_TO_DEVICE)}*); write the project for xilinx_vek280_base")


def _unpack_weights(arrays: dict, ident: str, cas_num: int, cas_length: int, k_slice: int,
                    n_slice: int, mk: int, mn: int, file: Path) -> np.ndarray:
    """aie4ml's per-tile arrays -> the padded (cas_length*k_slice, cas_num*n_slice) matrix."""
    w = np.zeros((cas_length * k_slice, cas_num * n_slice), dtype=np.int64)
    tk, tn = k_slice // mk, n_slice // mn
    for c in range(cas_num):
        for l in range(cas_length):
            name = f"weights_{ident}_{c}_{l}"
            if name not in arrays:
                raise DesignFileError(f"{file}: no array {name} (chain {c}, cascade position {l}); "
                                      f"cas_num x cas_length = {cas_num} x {cas_length} needs one per tile")
            flat = arrays[name]
            if flat.size != k_slice * n_slice:
                raise DesignFileError(f"{file}: {name} has {flat.size} values, K_slice x N_slice = "
                                      f"{k_slice} x {n_slice} = {k_slice * n_slice} expected")
            tiles = flat.reshape(tk, tn, mk, mn)                 # k-tile outer, n-tile inner, rows = k
            block = tiles.transpose(0, 2, 1, 3).reshape(k_slice, n_slice)
            w[l * k_slice:(l + 1) * k_slice, c * n_slice:(c + 1) * n_slice] = block
    return w


def _unpack_bias(arrays: dict, ident: str, cas_num: int, n_slice: int, file: Path) -> np.ndarray:
    parts = []
    for c in range(cas_num):
        name = f"bias_{ident}_{c}"
        if name not in arrays:
            raise DesignFileError(f"{file}: no array {name} (bias of chain {c})")
        if arrays[name].size != n_slice:
            raise DesignFileError(f"{file}: {name} has {arrays[name].size} values, N_slice {n_slice} expected")
        parts.append(arrays[name])
    return np.concatenate(parts)


def _tile_size(views: dict, tensor: str, where: str, file: Path) -> tuple[list, list]:
    view = _need(views, tensor, f"{where} io_views", file)
    logical, tile = _need(view, "logical", f"{where} view of {tensor}", file), \
        _need(view, "tile", f"{where} view of {tensor}", file)
    if len(logical) != 2 or len(tile) != 2:
        raise UnsupportedLayerError(f"{file}: {where}: tensor {tensor} has shape {logical}; aiesim maps "
                                    "2-D (batch, features) dense inputs and outputs only")
    return logical, tile


# --- the importer -------------------------------------------------------------------------
def import_aie4ml(path, strict: bool = False) -> Design:
    """Read the project aie4ml 0.2.1 wrote into ``path`` as a Design.

    Args:
        path: the project directory (holding ``aie_pipeline.json``, ``src/parameters.h``,
            ``src/weights/``).
        strict: raise instead of substituting aiesim's memory-tile transport for aie4ml's
            direct PLIOs (and for direct edges the Design cannot carry exactly; see the
            module docstring).
    Returns:
        A Design whose kernels, cascades, tiles, weights and SRS are aie4ml's; its
        ``metadata["aie4ml"]`` records the optimizer mode, the substitutions and the
        rounding differences found.
    Raises:
        DesignFileError: a missing or malformed file or key (the message names both).
        UnsupportedLayerError: an aie4ml decision the Design cannot express (named).
        ResourceError: aiesim's data-memory model refuses aie4ml's tile slices.
    Warns:
        Aie4mlImportWarning: each substitution, and each layer whose emitted rounding or
        saturation differs from its ap_fixed output type.
    """
    root = Path(path)
    if not root.is_dir():
        raise DesignFileError(f"{root}: not a directory; give the project directory aie4ml wrote")
    pf = root / PIPELINE_FILE
    data = _read_pipeline(root)
    params_h = _read_parameters(root)
    device = load_device(_device_name(data["device"], pf))
    placements = data["physical"]["placements"]
    plan = data["physical"].get("plan") or {}

    plans: list[LayerQuant] = []
    pars = []
    origins = []
    notes: list[str] = []
    rounding_notes: list[str] = []
    batch = None
    graph = None
    prev_out = None
    for i, e in enumerate(data["execution"]):
        node = str(_need(e, "node", f"execution[{i}]", pf))
        where = f"execution[{i}] ({node})"
        op = e.get("op_type")
        if op != "dense":
            raise UnsupportedLayerError(f"{pf}: {where} is a {op!r} op; aiesim imports dense layers only "
                                        "(MLPs: Dense with bias and ReLU)")
        variant = e.get("variant_id")
        if variant not in INNER_VARIANTS:
            why = ("splits the batch rows across chains ('outer' contract)" if "row" in str(variant)
                   else "is a variant aiesim has no kernel for")
            raise UnsupportedLayerError(f"{pf}: {where} uses aie4ml variant {variant!r}, which {why}; "
                                        f"the Design maps {', '.join(INNER_VARIANTS)} (chains split output features)")
        cfg = _need(e, "config", where, pf)
        prec = _need(cfg, "precision", f"{where} config", pf)
        in_t = _fixed(_need(prec, "lhs", f"{where} precision", pf), f"{where} precision.lhs", pf)
        w_t = _fixed(_need(prec, "rhs", f"{where} precision", pf), f"{where} precision.rhs", pf)
        out_t = _fixed(_need(prec, "output", f"{where} precision", pf), f"{where} precision.output", pf)
        flags = cfg.get("flags") or {}
        use_bias = bool(flags.get("use_bias", "bias" in prec))
        b_t = _fixed(prec["bias"], f"{where} precision.bias", pf) if use_bias and "bias" in prec else None
        for t, what in ((in_t, "input"), (w_t, "weight"), (out_t, "output")):
            if not t.signed or t.width not in (8, 16):
                raise UnsupportedLayerError(f"{pf}: {where}: {what} format {'u' if not t.signed else ''}int{t.width} "
                                            "cannot be mapped; aiesim's dense kernel takes int8 / int16")
        if flags.get("transpose_lhs"):
            raise UnsupportedLayerError(f"{pf}: {where}: transpose_lhs is set; aiesim's dense kernel reads "
                                        "the input untransposed")
        par = _need(cfg, "parallelism", f"{where} config", pf)
        cas_length, cas_num = int(_need(par, "cas_length", where, pf)), int(_need(par, "cas_num", where, pf))
        mt = _need(cfg, "microtiling", f"{where} config", pf)
        mmul = tuple(int(_need(mt, f"microtile_{x}", f"{where} microtiling", pf)) for x in "mkn")
        ours = microtiles((in_t.width, w_t.width), "all")
        if mmul not in ours:
            raise UnsupportedLayerError(f"{pf}: {where}: microtile {'x'.join(map(str, mmul))} cannot be mapped; "
                                        f"aiesim's dense kernel takes {', '.join('x'.join(map(str, m)) for m in ours)} "
                                        f"for int{in_t.width} x int{w_t.width}")
        if cfg.get("alternating_horizontal"):
            raise UnsupportedLayerError(f"{pf}: {where}: alternating cascade rows cannot be mapped; the "
                                        "Design runs every cascade west to east")
        ins = _need(e, "inputs", where, pf)
        lhs = next((x["tensor"] for x in ins if x.get("role") == "lhs"), None)
        out_tensor = _need(e, "outputs", where, pf)[0]
        if plans and (in_t.width, in_t.frac) != (plans[-1].node.output_type.width, plans[-1].node.output_type.frac):
            raise UnsupportedLayerError(f"{pf}: {where} reads int{in_t.width} with {in_t.frac} fraction bits but "
                                        f"the op before writes {plans[-1].node.output_type}; a cast between "
                                        "layers cannot be mapped")
        if prev_out is not None and lhs != prev_out:
            raise UnsupportedLayerError(f"{pf}: {where} reads {lhs!r}, not the previous op's output "
                                        f"{prev_out!r}; aiesim maps a chain of dense layers only")
        views = _need(cfg, "io_views", f"{where} config", pf)
        (rows, k_dim), (_, k_slice) = _tile_size(views, lhs, where, pf)
        (_, n_dim), (_, n_slice) = _tile_size(views, out_tensor, where, pf)
        if batch is None:
            batch = int(rows)
            if batch % mmul[0]:
                raise UnsupportedLayerError(
                    f"{pf}: batch {batch} (rows of {lhs}) cannot be mapped; aiesim's dense kernel takes a "
                    f"multiple of {mmul[0]} rows per call; write the project with batch_size a multiple of 4")
        elif int(rows) != batch:
            raise UnsupportedLayerError(f"{pf}: {where}: {rows} rows, not the batch {batch} of the first op")

        # --- emitted constants: parameters.h is what the firmware compiles
        consts = params_h.get(i + 1)
        if consts is None:
            raise DesignFileError(f"{root / PARAMETERS_FILE}: no struct L{i + 1}Cfg for {where}")
        for key, val in (("CAS_LENGTH", cas_length), ("CAS_NUM", cas_num), ("SHIFT", cfg.get("shift"))):
            if key in consts and int(consts[key]) != int(val):
                raise DesignFileError(f"{root / PARAMETERS_FILE}: L{i + 1}Cfg {key} = {consts[key]} but "
                                      f"{PIPELINE_FILE} {where} says {val}; the files are from different writes")
        shift = int(_need(cfg, "shift", f"{where} config", pf))
        rounding = str(consts.get("ROUNDING_TOKEN", _need(cfg, "rounding_mode", f"{where} config", pf)))
        saturation = consts.get("SATURATION_TOKEN")
        if saturation is None:
            raise DesignFileError(f"{root / PARAMETERS_FILE}: L{i + 1}Cfg has no SATURATION_TOKEN")
        try:
            RoundingMode[rounding]
            SaturationMode[saturation]
        except KeyError:
            raise UnsupportedLayerError(f"{pf}: {where}: rounding {rounding!r} / saturation {saturation!r} "
                                        "are not AIE-ML aie::rounding_mode / saturation_mode names") from None
        exact_r = AP_TO_AIE_ROUNDING[parse_quantization(out_t.quantization)].name
        if rounding != exact_r:
            rounding_notes.append(
                f"layer {node}: output type rounds ap_fixed {out_t.quantization} (AIE {exact_r}) but aie4ml "
                f"emitted {rounding}; results differ from the source model where they round differently")
        exact_s = AP_TO_AIE_SATURATION.get(parse_overflow(out_t.overflow))
        if exact_s is None or exact_s.name != saturation:
            rounding_notes.append(
                f"layer {node}: output type overflows ap_fixed {out_t.overflow} "
                f"({'AIE ' + exact_s.name if exact_s else 'no single AIE mode'}) but aie4ml emitted {saturation}")
        f_acc = in_t.frac + w_t.frac
        if shift != f_acc - out_t.frac:
            rounding_notes.append(f"layer {node}: SRS shift {shift} but input + weight - output fraction bits "
                                  f"= {f_acc - out_t.frac}; results are scaled differently from the source model")
        if b_t is not None and b_t.frac != f_acc:
            raise UnsupportedLayerError(f"{pf}: {where}: bias has {b_t.frac} fraction bits, the accumulator "
                                        f"{f_acc}; aiesim adds the bias in accumulator units")

        # --- weights and bias as aie4ml packed them
        ident = c_identifier(node)
        wf = root / WEIGHTS_DIR / f"weights_{ident}.h"
        w_pad = _unpack_weights(_read_arrays(wf), ident, cas_num, cas_length, k_slice, n_slice,
                                mmul[1], mmul[2], wf)
        weight = w_pad[:k_dim, :n_dim]
        bias = None
        if b_t is not None:
            bf = root / WEIGHTS_DIR / f"bias_{ident}.h"
            bias = _unpack_bias(_read_arrays(bf), ident, cas_num, n_slice, bf)[:n_dim]
        dn = DenseNode(node, weight, bias, w_t, b_t, None, out_t, relu=bool(flags.get("use_relu")))
        w_dtype = np.int8 if w_t.width == 8 else np.int16
        q = LayerQuant(node, in_t, weight.astype(w_dtype),
                       (bias if bias is not None else np.zeros(n_dim)).astype(np.int32),
                       shift, rounding, saturation, dn.relu, dn, (), in_t.width, w_t.width, out_t.width)
        try:
            lp = evaluate(q, batch, cas_length, cas_num, device, mmul=mmul)
        except AieSimError as exc:
            raise type(exc)(f"aie4ml's choice for {where} ({cas_length}x{cas_num}) cannot be mapped: {exc}") from None
        if (lp.k_slice, lp.n_slice) != (int(k_slice), int(n_slice)):
            raise UnsupportedLayerError(
                f"{pf}: {where}: aie4ml slices K x N as {k_slice} x {n_slice} per tile, aiesim's kernel as "
                f"{lp.k_slice} x {lp.n_slice} for the same {cas_length}x{cas_num}; this split cannot be mapped")
        pl = _need(placements, node, "physical.placements", pf)
        col, row = int(_need(pl, "col", f"placement of {node}", pf)), int(_need(pl, "row", f"placement of {node}", pf))
        if (int(pl.get("width", cas_length)), int(pl.get("height", cas_num))) != (cas_length, cas_num):
            raise UnsupportedLayerError(f"{pf}: placement of {node} is {pl.get('width')}x{pl.get('height')} "
                                        f"tiles, not cas_length x cas_num {cas_length}x{cas_num}")
        if col < 0 or row < 0 or col + cas_length > device.grid.columns or row + cas_num > device.grid.compute_rows:
            raise UnsupportedLayerError(f"{pf}: placement of {node} at ({col},{row}) {cas_length}x{cas_num} "
                                        f"leaves the {device.grid.columns}x{device.grid.compute_rows} compute grid")
        if graph is None:
            graph = Graph(name=root.name, input_features=int(k_dim), input_type=in_t,
                          source=f"aie4ml:{root}")
        graph.nodes.append(dn)
        plans.append(q)
        pars.append(lp)
        origins.append((col, row))
        prev_out = out_tensor

    nodes = [str(e["node"]) for e in data["execution"]]
    direct, direct_notes = _direct_edges(plan, nodes, plans, pars, origins, batch)
    notes.extend(direct_notes)
    notes.extend(_transport_notes(plan))
    if strict and notes:
        raise UnsupportedLayerError(f"{pf}: aie4ml's transport cannot be represented exactly (strict import): "
                                    + "; ".join(notes))
    placement = _placement(origins, pars, device, frozenset(direct))
    design = build_design(graph, plans, pars, placement, device, batch, frozenset(direct))
    design = _with_direct_nets(design, direct, pars, device)
    opt = data.get("optimizer") or {}
    design.metadata.update({
        "parallelism": ",".join(f"{p.cas_length}x{p.cas_num}" for p in pars),
        "direct_edges": sorted(direct),
        "aie4ml": {"project": str(root), "part": data["device"], "optimize": opt.get("mode"),
                   "tiles": opt.get("tiles"), "substitutions": notes, "rounding": rounding_notes,
                   "direct": [{"edge": i, "chain": c, "realization": r, "net": kind}
                              for i, legs in sorted(direct.items()) for c, r, kind in legs]},
    })
    for n in notes:
        warnings.warn(f"aie4ml import: {n}", Aie4mlImportWarning, stacklevel=2)
    for n in rounding_notes:
        warnings.warn(f"aie4ml rounding: {n}", Aie4mlImportWarning, stacklevel=2)
    return design


_ENDPOINT_RE = re.compile(r"^(\w+)\.(\w+)\[(\d+)\]$")


def _endpoint(name) -> tuple[str, int] | None:
    """``"id_0_aie.out1[1]"`` -> ``("id_0_aie", 1)`` (graph, port index); None for a PLIO."""
    m = _ENDPOINT_RE.match(str(name))
    return (m.group(1), int(m.group(3))) if m else None


def _legs(edges: list, src: str, dst: str) -> list[tuple[int, int, str]]:
    """aie4ml's direct edges from op ``src`` to op ``dst`` (C identifiers): (producer port,
    consumer port, realization)."""
    out = []
    for e in edges:
        a, b = _endpoint(e.get("source")), _endpoint(e.get("target"))
        if a and b and a[0] == src and b[0] == dst:
            out.append((a[1], b[1], str(e.get("realization"))))
    return sorted(out)


def _direct_edges(plan: dict, nodes: list[str], plans, pars, origins, batch: int):
    """Which of aie4ml's layer-to-layer direct edges the Design carries as direct kernel-to-kernel
    buffers (module docstring). Returns ({edge i (layer i -> i + 1): [(chain c, aie4ml realization,
    net kind "buffer" / "stream")]}, notes on what is represented otherwise)."""
    edges = plan.get("direct_edges") or []
    direct, notes = {}, []
    for i in range(len(nodes) - 1):
        legs = _legs(edges, c_identifier(nodes[i]), c_identifier(nodes[i + 1]))
        if not legs:
            continue            # a memory-tile buffer in aie4ml's plan (_transport_notes)
        a, b = pars[i], pars[i + 1]
        what = f"{nodes[i]} -> {nodes[i + 1]}"
        why = None
        if a.cas_num != b.cas_length or [(p, q) for p, q, _ in legs] != [(c, c) for c in range(a.cas_num)]:
            why = (f"its legs {[(p, q) for p, q, _ in legs]} are not chain c -> K slice c for the producer's "
                   f"{a.cas_num} chain(s) and the consumer's {b.cas_length} K slice(s)")
        elif any(r not in ("shared_memory", "dma") for _, _, r in legs):
            why = f"realizations {sorted({r for _, _, r in legs})} (stream / merge) are not buffer hand-offs"
        elif a.weights == "memtile" or b.weights == "memtile":
            why = "a weight-streamed layer takes no direct edge"
        else:
            p = slice_params(plans[i], batch, a.cas_length, a.cas_num, a.cas_length - 1, a.mmul)
            for l in range(b.cas_length):
                c = slice_params(plans[i + 1], batch, b.cas_length, b.cas_num, l, b.mmul)
                if (p.n, p.mmul_m, p.mmul_n, p.out_type) != (c.k, c.mmul_m, c.mmul_k, c.a_type):
                    why = (f"the producer writes {p.batch} x {p.n} {p.out_type} in {p.mmul_m} x {p.mmul_n} "
                           f"microtiles, K slice {l} reads {c.batch} x {c.k} {c.a_type} in "
                           f"{c.mmul_m} x {c.mmul_k}")
                    break
        if why is not None:
            notes.append(f"the direct edge {what} is represented as a memory-tile shared buffer ({why})")
            continue
        out = []
        for c, _, realization in legs:
            src = (origins[i][0] + a.cas_length - 1, origins[i][1] + c)
            dsts = [(origins[i + 1][0] + c, origins[i + 1][1] + cc) for cc in range(b.cas_num)]
            kind = "stream"
            if realization == "shared_memory":
                if all(shares_memory(src, t) for t in dsts):
                    kind = "buffer"
                else:
                    notes.append(f"the shared-memory hand-off {what} (chain {c}) joins tiles {src} -> "
                                 f"{dsts}, which are not memory neighbours for aiesim; represented as a "
                                 "tile-DMA copy")
            out.append((c, realization, kind))
        direct[i] = out
    return direct, notes


def _with_direct_nets(design: Design, direct: dict, pars, device) -> Design:
    """``design`` (built with the edges of ``direct`` as direct buffers) with aie4ml's legs as its
    direct nets: producer chain c's ``.out`` to the ``.in`` of every chain of consumer K slice c,
    a ``"buffer"`` or a ``"stream"`` net as :func:`_direct_edges` decided; stream nets re-routed."""
    if not direct:
        return design
    new = {}
    for i, legs in direct.items():
        a, b = pars[i], pars[i + 1]
        for c, _, kind in legs:
            src = f"{kernel_name(i, c, a.cas_length - 1)}.out"
            dsts = tuple(f"{kernel_name(i + 1, cc, c)}.in" for cc in range(b.cas_num))
            new[src] = Net(src, dsts, kind, 0)
    nets, done = [], set()
    for n in design.nets:
        if n.src in new:
            if n.src not in done:
                nets.append(new[n.src])
                done.add(n.src)
            continue
        nets.append(n)
    if done != set(new):
        raise UnsupportedLayerError(f"aie4ml direct edges: no producer net for {sorted(set(new) - done)}")
    return route_design(dataclasses.replace(design, nets=tuple(nets)), device)


def _transport_notes(plan: dict) -> list[str]:
    """What aie4ml's physical plan does that the Design represents with memory tiles (besides
    the direct edges :func:`_direct_edges` notes)."""
    notes = []
    edges = plan.get("direct_edges") or []
    ifm = sorted({e["source"] for e in edges if str(e.get("source", "")).startswith("ifm")})
    ofm = sorted({e["target"] for e in edges if str(e.get("target", "")).startswith("ofm")})
    if ifm:
        notes.append(f"{len(ifm)} input PLIO(s) stream straight into compute tiles; represented as one "
                     "input PLIO into a memory tile")
    if ofm:
        notes.append(f"{len(ofm)} output PLIO(s) stream straight from compute tiles; represented as one "
                     "output PLIO out of a memory tile")
    if plan.get("buffers"):
        notes.append(f"{len(plan['buffers'])} memory-tile buffer(s): kept as memory-tile shared buffers, "
                     "their memory tile and tiling chosen by aiesim (aie4ml leaves the location to the mapper)")
    return notes


def _placement(origins, pars, device, direct_after: frozenset[int] = frozenset()) -> Placement:
    """aie4ml's compute placement. Memory tiles (aie4ml leaves them to the Vitis mapper): per
    buffer, greedily the memory tile with the fewest stream-switch hops to its writers and
    readers whose DMA channels (own, then channels 0-3 of its neighbours, aieml-facts 5.1)
    serve all its ports; PLIOs on the shim-PL columns nearest the first and last buffer.
    ``direct_after``: edges (layer i -> i + 1) that are direct buffers: no memory tile
    (``place.NO_MEMTILE``, no channel)."""
    cols, mrows = device.grid.columns, device.grid.memtile_rows
    used = {(c + l, r + ch) for (c, r), p in zip(origins, pars)
            for l in range(p.cas_length) for ch in range(p.cas_num)}
    if len(used) != sum(p.tiles for p in pars):
        raise UnsupportedLayerError("aie4ml placements overlap: two kernels on one compute tile")

    def abs_c(t):
        return (t[0], t[1] + 1 + mrows)
    ends = []
    for j in range(len(pars) + 1):
        if j == 0:
            writers = [(origins[0][0], 0)]
        else:
            p, (x, y) = pars[j - 1], origins[j - 1]
            writers = [abs_c((x + p.cas_length - 1, y + c)) for c in range(p.cas_num)]
        if j == len(pars):
            readers = [(writers[0][0], 0)]
        else:
            p, (x, y) = pars[j], origins[j]
            readers = [abs_c((x + l, y)) for l in range(p.cas_length)]
        ends.append((writers, readers))
    chans = MemtileChannels(device)
    memtiles, read_dma, write_dma = [], [], []
    for j, (writers, readers) in enumerate(ends):
        if 0 < j < len(pars) and j - 1 in direct_after:
            memtiles.append(NO_MEMTILE)
            write_dma.append(())
            read_dma.append(())
            continue

        def hops(m):
            a = (m[0], m[1] + 1)
            return sum(abs(a[0] - e[0]) + abs(a[1] - e[1]) + 1 for e in writers + readers)
        for m in sorted(((c, r) for r in range(mrows) for c in range(cols) if (c, r) not in memtiles),
                        key=lambda m: (hops(m), m[1], m[0])):
            trial = chans.copy()
            w = trial.take(m, "s2mm", len(writers))
            r = trial.take(m, "mm2s", len(readers)) if w is not None else None
            if w is not None and r is not None:
                chans = trial
                memtiles.append(m)
                write_dma.append(tuple(w))
                read_dma.append(tuple(r))
                break
        else:
            raise UnsupportedLayerError(f"buffer {j} of {len(ends)} finds no memory tile with enough DMA channels")
    pl_cols = device.grid.shim_pl_columns

    def near(col):
        return min(pl_cols, key=lambda c: (abs(c - col), c))
    return Placement(tuple(origins), tuple(memtiles), near(memtiles[0][0]), near(memtiles[-1][0]),
                     read_dma=tuple(read_dma), write_dma=tuple(write_dma))
