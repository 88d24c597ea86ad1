"""Microtile (aie::mmul shape) sets of the dense layers: the default shape per type pair,
the device's native shapes, the ``microtile`` knob's set names and its parsing.

Split out of :mod:`aiesim_py.compiler.passes.parallelize` (which re-exports every name here);
the parallelism search costs each candidate shape this module lists.
"""
from __future__ import annotations

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.errors import ResourceError
from aiesim_py.isa.mmul import AIE_ML_V2_MMUL_MODES, EMULATED_MMUL_SHAPES, NATIVE_MMUL_SHAPES

#: default mmul shape per (activation bits, weight bits) (the first candidate of every microtile
#: set; the dense template emits any aie::mmul shape): native AIE-ML shapes with N = 8 (API-MMUL; int8 x int16 has no native shape, 4x4x8 is
#: the API's emulated one); bf16 x bf16: the native 4x8x4 into accfloat (key
#: ``LayerQuant.mmul_key``)
MMUL_SHAPES = {(8, 8): (4, 8, 8), (16, 8): (4, 4, 8), (8, 16): (4, 4, 8), (16, 16): (4, 2, 8),
               ("bf16", "bf16"): (4, 8, 4)}
MMUL = MMUL_SHAPES[(8, 8)]
#: microtile sets the search may consider: "auto" (the default shape of :data:`MMUL_SHAPES`
#: and the device's native shapes of the type pair, device file ``[mmul.*] native_shapes``),
#: "firmware" (the default shape alone) or "all" ("auto" plus every emulated aie::mmul shape,
#: API-MMUL). A shape "MxKxN" (or one entry per dense layer, :func:`parse_microtiles`) pins it.
MICROTILE_SETS = ("auto", "firmware", "all")


def device_native_shapes(mmul_key, device: Device | None) -> list[tuple[int, int, int]]:
    """Native (M, K, N) shapes of a type pair on ``device`` (device file ``[mmul.<a>x<b>]
    native_shapes``); the AIE-ML table of ``isa.mmul`` (API-MMUL) when the device file does
    not list the pair or no device is given."""
    key = tuple("bfloat16" if x == "bf16" else f"int{x}" for x in mmul_key)
    spec = device.mmul.get(f"{key[0]}x{key[1]}") if device is not None else None
    if spec is not None:
        return [tuple(s) for s in spec.native_shapes]
    return [tuple(s) for s in NATIVE_MMUL_SHAPES.get(key, [])]


def microtiles(mmul_key, which: str = "firmware", device: Device | None = None) -> list[tuple[int, int, int]]:
    """Candidate (M, K, N) shapes for a type pair (``LayerQuant.mmul_key``: (a_bits, w_bits)
    or ("bf16", "bf16")): the default shape (:data:`MMUL_SHAPES`) first, then the device's
    native ones (:func:`device_native_shapes`), then ("all") the API-MMUL emulated ones: on
    an AIE-ML v2 device (``arch = "aie-ml-v2"``) every shape of the AIE API's AIE-MLv2 row
    (``isa.mmul.AIE_ML_V2_MMUL_MODES``; it lacks AIE-ML shapes such as int8 2x8x8 and 4x16x8,
    which do not compile there) except those it gives only a 64-bit accumulator (int16 2x4x8,
    4x4x8): the dense template accumulates in acc32.

    Raises:
        ResourceError: ``which`` is not one of :data:`MICROTILE_SETS`.
    """
    if which not in MICROTILE_SETS:
        raise ResourceError(f"unknown microtile set {which!r}; choose one of {', '.join(MICROTILE_SETS)}")
    first = MMUL_SHAPES[mmul_key]
    if which == "firmware" or mmul_key == ("bf16", "bf16"):     # the bf16 template has one shape
        return [first]
    key = tuple(f"int{x}" for x in mmul_key)
    shapes = [first] + device_native_shapes(mmul_key, device)
    if which == "all" and device is not None and device.arch == "aie-ml-v2":
        # the dense template accumulates in acc32: shapes the table gives acc64 only are out
        shapes += [s for s, tags in AIE_ML_V2_MMUL_MODES.get(key, {}).items() if "acc64" not in tags.split()]
    elif which == "all":
        shapes += list(NATIVE_MMUL_SHAPES.get(key, [])) + list(EMULATED_MMUL_SHAPES.get(key, []))
    # the memory-tile DMA moves whole 32-bit words (AM020 memory-tile DMA; the firmware writer
    # refuses sub-word tilings): a microtile row of A (K elements) must be whole words
    shapes = [s for s in shapes if s[1] * mmul_key[0] % 32 == 0]
    return list(dict.fromkeys(tuple(s) for s in shapes))


def _shape_name(shape) -> str:
    return "x".join(map(str, shape))


def parse_microtiles(spec, plans: list[LayerQuant], device: Device | None = None) -> list[list[tuple[int, int, int]]]:
    """The candidate shapes of every dense layer from the ``microtile`` knob.

    ``spec``: a set name of :data:`MICROTILE_SETS` for every layer (``"auto"``: cost-picked
    among the device's native shapes); a shape ``"8x8x8"`` for every layer; or one entry per
    dense layer, comma separated (``"8x8x8,auto,4x8x8"``) or as a list, each a set name or a
    shape. A shape must be an ``aie::mmul`` shape of the layer's type pair
    (``microtiles(key, "all", device)``).

    Raises:
        ResourceError: wrong entry count, a malformed entry, or a shape the layer's type pair
            has no aie::mmul for (the message names the knob and the allowed values).
    """
    if spec is None:
        spec = "auto"
    if isinstance(spec, str):
        parts = [x.strip().lower() for x in spec.split(",")]
    elif isinstance(spec, (list, tuple)) and spec and all(isinstance(x, int) for x in spec):
        parts = [_shape_name(spec)]
    else:
        parts = [x if isinstance(x, str) else _shape_name(x) for x in spec]
        parts = [x.strip().lower() for x in parts]
    if len(parts) == 1:
        parts = parts * len(plans)
    if len(parts) != len(plans):
        raise ResourceError(f"microtile {spec!r} has {len(parts)} entries but the model has {len(plans)} dense "
                            f"layers; give one of {', '.join(MICROTILE_SETS)} or an MxKxN shape for all layers, "
                            "or one entry per layer")
    out = []
    for i, (q, part) in enumerate(zip(plans, parts)):
        if part in MICROTILE_SETS:
            out.append(microtiles(q.mmul_key, part, device))
            continue
        allowed = microtiles(q.mmul_key, "all", device)
        try:
            shape = tuple(int(v) for v in part.split("x"))
            if len(shape) != 3:
                raise ValueError
        except ValueError:
            raise ResourceError(f"microtile entry {i} {part!r} (layer {q.name!r}) is neither one of "
                                f"{', '.join(MICROTILE_SETS)} nor an MxKxN shape such as "
                                f"{_shape_name(allowed[0])}") from None
        if shape not in allowed:
            pair = "bfloat16 x bfloat16" if q.mmul_key == ("bf16", "bf16") else \
                f"int{q.mmul_key[0]} x int{q.mmul_key[1]}"
            raise ResourceError(f"microtile {part} for layer {q.name!r} is not an aie::mmul shape of {pair} the "
                                f"dense kernel takes{'' if device is None else ' on ' + device.name}; "
                                f"allowed: {', '.join(_shape_name(x) for x in allowed)} or auto")
        out.append([shape])
    return out
