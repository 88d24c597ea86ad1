"""The design space of a sweep: validated in one place, from a dict or a YAML file.

A space maps each knob to the list of values to try; the sweep is their cross product::

    parallelism: ["auto", "1x4,2x2,2x2,2x1"]   # one cas_lengthxcas_num per dense layer, or "auto"
    batch: [4, 8, 16]                           # samples per graph iteration
    objective: [interval, latency, tiles]       # what the "auto" search minimises
    device: [ve2802]

Every key is optional (defaults: ``auto``, ``8``, ``interval``, ``ve2802``); a scalar is
taken as a one-element list. Values that are the right type but do not compile (a
parallelism that does not fit, a batch that is not a multiple of 4) are *not* rejected
here: the sweep records them as infeasible points with the compiler's reason.
"""
from __future__ import annotations

import itertools
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
    unknown = [k for k in space if k not in KNOBS]
    if unknown:
        raise SpaceError(f"{source}: unknown key {unknown[0]!r}; allowed keys: {', '.join(KNOBS)}")
    out: dict[str, list] = {}
    for key, (typ, _, default) in KNOBS.items():
        values = space.get(key, default)
        if not isinstance(values, (list, tuple)):
            values = [values]
        if not values:
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
        out[key] = list(dict.fromkeys(vals))  # drop duplicates, keep order
    return out


def load_space(path) -> dict[str, list]:
    """Read and validate a YAML space file (see the module docstring)."""
    import yaml
    path = Path(path)
    if not path.is_file():
        raise SpaceError(f"{path}: no such space file; give a YAML mapping with keys {', '.join(KNOBS)}")
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
