"""The design space of a sweep: validated in one place, from a dict or a YAML file.

A space maps each knob to the list of values to try; the sweep is their cross product::

    parallelism: ["auto", "1x4,2x2,2x2,2x1"]   # one cas_lengthxcas_num per dense layer, or "auto"
    batch: [4, 8, 16]                           # samples per graph iteration
    objective: [interval, latency, tiles]       # what the "auto" search minimises
    device: [ve2802]

Parallelism can also be swept per dense layer: ``layer_parallelism`` lists, for each dense
layer in order, the ``cas_lengthxcas_num`` choices of that layer; their cross product is
added to the ``parallelism`` list (after its explicit entries, which default to none when
``layer_parallelism`` is given)::

    layer_parallelism:            # 4 dense layers: 2 * 3 * 2 * 1 = 12 parallelism strings
      - [1x1, 1x2]
      - [1x1, 2x2, 2x4]
      - [1x1, 2x1]
      - [1x1]

The compiler's other knobs (``compiler.compile_model``)::

    microtile: [auto, 4x8x8, 8x8x8, "8x8x8,auto,auto,4x8x8"]  # aie::mmul shape, all layers or per layer
    tolerance: [0.0, 0.1]                       # interval slack the search trades for tiles
    plio_width_bits: [auto, 64, 128]            # widest PLIO width; auto: the device file's
    placement: [auto, row_first, column_first, spread]  # packing order of the layers' rectangles
    weights: [auto, tile, memtile, "tile,memtile"]  # weights resident in the compute tiles or
                                                # streamed from memory tiles, all layers or per layer

``weights`` (``compiler.passes.weights``): ``tile`` keeps every layer's weights in its compute
tiles; ``memtile`` stages them in memory tiles and streams them every iteration (fewer compute
tiles, more memory tiles, a longer interval at small batch: the weight DMA moves 4 B/cycle per
channel); ``auto`` streams a layer only when it or the whole model does not fit otherwise.

Every key is optional (defaults: ``auto``, ``8``, ``interval``, ``ve2802``, ``auto``, ``0.1``,
``auto``, ``auto``, ``auto``); a scalar is taken as a one-element list. A PLIO width must be one of the
allowed widths of every device of the space. Values that are the right type but do not
compile (a parallelism that does not fit, a batch that is not a multiple of 4, a microtile
the layer's type pair has no aie::mmul for) are *not* rejected here: the sweep records them
as infeasible points with the compiler's reason.
"""
from __future__ import annotations

import itertools
import re
from pathlib import Path

from aiesim_py.arch import available_devices, load_device
from aiesim_py.compiler.passes.parallelize import DEFAULT_TOLERANCE, MICROTILE_SETS
from aiesim_py.compiler.passes.place import PLACEMENT_STRATEGIES
from aiesim_py.compiler.passes.weights import WEIGHT_MODES
from aiesim_py.errors import AieSimError

OBJECTIVES = ("interval", "latency", "tiles")
_SHAPE = re.compile(r"[1-9][0-9]*x[1-9][0-9]*x[1-9][0-9]*")

#: knob -> (python type of each value, description of what is allowed, default list)
KNOBS = {
    "parallelism": (str, 'a list of strings: "auto" or one cas_lengthxcas_num per dense layer, e.g. "1x4,2x1"',
                    ["auto"]),
    "batch": (int, "a list of integers (samples per graph iteration, multiples of 4), e.g. [4, 8]", [8]),
    "objective": (str, f"a list of {', '.join(OBJECTIVES)}", ["interval"]),
    "device": (str, "a list of device names: {devices}", ["ve2802"]),
    "microtile": (str, f"a list of strings: {', '.join(MICROTILE_SETS)}, an aie::mmul shape MxKxN (e.g. 8x8x8) "
                  "or one of these per dense layer, comma separated", ["auto"]),
    "tolerance": ((int, float), "a list of numbers >= 0 (relative interval slack), e.g. [0.0, 0.1]",
                  [DEFAULT_TOLERANCE]),
    "plio_width_bits": ((int, str), "a list of auto or PLIO widths in bits that every device of the space allows "
                        "({widths})", ["auto"]),
    "placement": (str, f"a list of {', '.join(PLACEMENT_STRATEGIES)}", ["auto"]),
    "weights": (str, f"a list of strings: {', '.join(WEIGHT_MODES)} or one of these per dense layer, comma "
                "separated (e.g. \"tile,memtile\")", ["auto"]),
}


#: keys that are not knobs themselves but expand into one (see the module docstring)
EXPANDERS = ("layer_parallelism",)
_AXB = re.compile(r"[1-9][0-9]*x[1-9][0-9]*")


class SpaceError(AieSimError):
    """A space file or dict names an unknown knob or gives a value of the wrong type."""


def _allowed(key: str, devices=None) -> str:
    widths = "; ".join(f"{d}: {', '.join(map(str, load_device(d).plio.allowed_width_bits))}"
                       for d in (devices or available_devices())) if key == "plio_width_bits" else ""
    return KNOBS[key][1].format(devices=", ".join(available_devices()), widths=widths)


def validate_space(space, source: str = "space") -> dict[str, list]:
    """Check ``space`` and fill in defaults.

    Returns:
        ``{knob: [values]}`` for every knob of :data:`KNOBS`, in that order.
    Raises:
        SpaceError: not a mapping, an unknown key, an empty list or a value of the wrong
            type or outside the allowed set (the message names the key and what is allowed).
    """
    if space is None:
        space = {}
    if not isinstance(space, dict):
        raise SpaceError(f"{source}: must be a mapping of knobs to lists of values "
                         f"(keys: {', '.join(KNOBS)}), got {type(space).__name__}")
    unknown = [k for k in space if k not in KNOBS and k not in EXPANDERS]
    if unknown:
        raise SpaceError(f"{source}: unknown key {unknown[0]!r}; allowed keys: "
                         f"{', '.join(list(KNOBS) + list(EXPANDERS))}")
    out: dict[str, list] = {}
    per_layer = _layer_parallelism(space.get("layer_parallelism"), source)
    for key, (typ, _, default) in KNOBS.items():
        values = space.get(key, [] if (per_layer and key == "parallelism") else default)
        if not isinstance(values, (list, tuple)):
            values = [values]
        if not values and not (per_layer and key == "parallelism"):
            raise SpaceError(f"{source}: key {key!r} is an empty list; give {_allowed(key)}")
        for v in values:
            ok = isinstance(v, typ) and not isinstance(v, bool)
            if key in ("parallelism", "plio_width_bits") and v is None:
                v, ok = "auto", True
            if not ok:
                raise SpaceError(f"{source}: key {key!r} has {v!r} ({type(v).__name__}); "
                                 f"allowed: {_allowed(key)}")
            if key == "objective" and v not in OBJECTIVES:
                raise SpaceError(f"{source}: key 'objective' has {v!r}; allowed: {_allowed(key)}")
            if key == "device" and v not in available_devices():
                raise SpaceError(f"{source}: key 'device' has {v!r}; allowed: {_allowed(key)}")
            if key == "microtile" and not all(x.strip().lower() in MICROTILE_SETS or _SHAPE.fullmatch(x.strip().lower())
                                              for x in v.split(",")):
                raise SpaceError(f"{source}: key 'microtile' has {v!r}; allowed: {_allowed(key)}")
            if key == "weights" and not all(x.strip().lower() in WEIGHT_MODES for x in v.split(",")):
                raise SpaceError(f"{source}: key 'weights' has {v!r}; allowed: {_allowed(key)}")
            if key == "tolerance" and not v >= 0:
                raise SpaceError(f"{source}: key 'tolerance' has {v!r}; allowed: {_allowed(key)}")
            if key == "placement" and v not in PLACEMENT_STRATEGIES:
                raise SpaceError(f"{source}: key 'placement' has {v!r}; allowed: {_allowed(key)}")
            if key == "plio_width_bits" and v != "auto":
                devices = out["device"]
                bad = [d for d in devices if not isinstance(v, int) or v not in load_device(d).plio.allowed_width_bits]
                if bad:
                    raise SpaceError(f"{source}: key 'plio_width_bits' has {v!r}, not a PLIO width of {bad[0]}; "
                                     f"allowed: {_allowed(key, devices)}")
        vals = ["auto" if (key in ("parallelism", "plio_width_bits") and v is None) else v for v in values]
        if key in ("microtile", "weights"):
            vals = [",".join(x.strip() for x in v.strip().lower().split(",")) for v in vals]
        if key == "tolerance":
            vals = [float(v) for v in vals]
        if key == "parallelism":
            vals += per_layer
        out[key] = list(dict.fromkeys(vals))  # drop duplicates, keep order
    return out


def _layer_parallelism(value, source: str) -> list[str]:
    """``layer_parallelism`` (a list per dense layer of "AxB" strings) -> parallelism strings."""
    if value is None:
        return []
    how = 'a list with one list of "cas_lengthxcas_num" strings per dense layer, e.g. [[1x1, 1x2], [2x2]]'
    if not isinstance(value, (list, tuple)) or not value:
        raise SpaceError(f"{source}: key 'layer_parallelism' must be {how}, got {value!r}")
    layers = []
    for i, choices in enumerate(value):
        if not isinstance(choices, (list, tuple)):
            choices = [choices]
        if not choices:
            raise SpaceError(f"{source}: key 'layer_parallelism' entry {i} is an empty list; give {how}")
        for c in choices:
            if not isinstance(c, str) or not _AXB.fullmatch(c.strip().lower()):
                raise SpaceError(f"{source}: key 'layer_parallelism' entry {i} has {c!r}; "
                                 f"each choice is \"cas_lengthxcas_num\" like \"2x4\" ({how})")
        layers.append([c.strip().lower() for c in choices])
    return [",".join(combo) for combo in itertools.product(*layers)]


def load_space(path) -> dict[str, list]:
    """Read and validate a YAML space file (see the module docstring)."""
    import yaml
    path = Path(path)
    if not path.is_file():
        raise SpaceError(f"{path}: no such space file; give a YAML mapping with keys "
                         f"{', '.join(list(KNOBS) + list(EXPANDERS))}")
    try:
        data = yaml.safe_load(path.read_text())
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SpaceError(f"{path}: not valid YAML ({first})") from None
    return validate_space(data, source=str(path))


def points(space: dict[str, list]) -> list[dict]:
    """The cross product of a validated space, one dict per point (knob order of KNOBS)."""
    keys = list(KNOBS)
    return [dict(zip(keys, combo)) for combo in itertools.product(*(space[k] for k in keys))]
