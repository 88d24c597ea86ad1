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

Every key is optional (defaults: ``auto``, ``8``, ``interval``, ``ve2802``); a scalar is
taken as a one-element list.

Knobs the compiler does not expose yet (microtile shape, PLIO width, placement strategy)
are not keys: the mmul shape follows the type pair (``MMUL_SHAPES``), the PLIO width is the
widest the device allows that divides a row, and placement is the one shelf packer. Values that are the right type but do not compile (a
parallelism that does not fit, a batch that is not a multiple of 4) are *not* rejected
here: the sweep records them as infeasible points with the compiler's reason.
"""
from __future__ import annotations

import itertools
import re
from pathlib import Path

from aiesim_py.arch import available_devices
from aiesim_py.errors import AieSimError

OBJECTIVES = ("interval", "latency", "tiles")

#: knob -> (python type of each value, description of what is allowed, default list)
KNOBS = {
    "parallelism": (str, 'a list of strings: "auto" or one cas_lengthxcas_num per dense layer, e.g. "1x4,2x1"',
                    ["auto"]),
    "batch": (int, "a list of integers (samples per graph iteration, multiples of 4), e.g. [4, 8]", [8]),
    "objective": (str, f"a list of {', '.join(OBJECTIVES)}", ["interval"]),
    "device": (str, "a list of device names: {devices}", ["ve2802"]),
}


#: keys that are not knobs themselves but expand into one (see the module docstring)
EXPANDERS = ("layer_parallelism",)
_AXB = re.compile(r"[1-9][0-9]*x[1-9][0-9]*")


class SpaceError(AieSimError):
    """A space file or dict names an unknown knob or gives a value of the wrong type."""


def _allowed(key: str) -> str:
    return KNOBS[key][1].format(devices=", ".join(available_devices()))


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
            if key == "parallelism" and v is None:
                v, ok = "auto", True
            if not ok:
                raise SpaceError(f"{source}: key {key!r} has {v!r} ({type(v).__name__}); "
                                 f"allowed: {_allowed(key)}")
            if key == "objective" and v not in OBJECTIVES:
                raise SpaceError(f"{source}: key 'objective' has {v!r}; allowed: {_allowed(key)}")
            if key == "device" and v not in available_devices():
                raise SpaceError(f"{source}: key 'device' has {v!r}; allowed: {_allowed(key)}")
        vals = ["auto" if (key == "parallelism" and v is None) else v for v in values]
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
