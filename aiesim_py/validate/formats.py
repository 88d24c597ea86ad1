"""Parsers of what aiesimulator and x86simulator write (formats: docs/formats.md).

* PLIO data text files (UG1076 "TXT File Format"; aieml-facts.md 9.1): one PLIO beat per
  line, ``width_bits / element bits`` numbers of the PLIO's element type; in aiesimulator
  output a ``T <time> <unit>`` line precedes a beat and a ``TLAST`` line precedes the beat
  that carries TLAST. x86simulator output (and ``--output-time-stamp=no``) has data lines only.
* Profile function reports ``profile_funct_<col>_<row>.xml`` written by ``aiesimulator
  --profile`` (UG1076-PROF; aieml-facts.md 9.2): per function the calls and the cycles.
* Event-API results ``event_profile.txt``: one ``adf::event::read_profiling`` result per
  line, named by its ``io_profiling_option`` (UG1076 "Enumeration"); an aiesim_py
  convention, since AMD's host code prints these values in a format of its own choosing.

Every problem raises :class:`aiesim_py.errors.SimOutputError` naming the file and line.
"""
from __future__ import annotations

import math
import re
import xml.parsers.expat
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from aiesim_py.errors import SimOutputError

#: Bits of one number on a data line, by element type. Complex types print the real and
#: imaginary parts as two numbers (UG1076 "TXT File Format": cint16 on a 32-bit PLIO is
#: "1980 485"). bf16 is not in AMD's table: assumed 16 bits per number like int16.
NUMBER_BITS = {
    "int8": 8, "uint8": 8, "int16": 16, "uint16": 16, "int32": 32, "uint32": 32, "int64": 64,
    "cint16": 16, "cint32": 32, "float": 32, "float32": 32, "cfloat": 32, "bf16": 16, "bfloat16": 16,
}
FLOAT_TYPES = {"float", "float32", "cfloat", "bf16", "bfloat16"}
PLIO_WIDTHS_BITS = (32, 64, 128)

#: Nanoseconds per time-stamp unit.
UNIT_NS = {"ps": 1e-3, "ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}
_T_LINE = re.compile(r"^T\s+(\S+)(?:\s+(\S+))?\s*$")


def values_per_line(dtype: str, width_bits: int, where: str = "PLIO") -> int:
    """Numbers per data line of a ``width_bits`` PLIO carrying ``dtype`` (UG1076 TXT table).

    Raises:
        SimOutputError: unknown element type or PLIO width.
    """
    if dtype not in NUMBER_BITS:
        raise SimOutputError(f"{where}: element type {dtype!r} is not known; "
                             f"known: {', '.join(sorted(NUMBER_BITS))}")
    if width_bits not in PLIO_WIDTHS_BITS or width_bits < NUMBER_BITS[dtype]:
        raise SimOutputError(f"{where}: a {width_bits}-bit PLIO cannot carry {dtype}; "
                             f"PLIO widths are {PLIO_WIDTHS_BITS} bits")
    return width_bits // NUMBER_BITS[dtype]


def _int_range(dtype: str) -> tuple[int, int] | None:
    if dtype in FLOAT_TYPES:
        return None
    bits = NUMBER_BITS[dtype]
    if dtype.startswith("u"):
        return 0, (1 << bits) - 1
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


@dataclass(frozen=True)
class PlioData:
    """One PLIO data file, parsed.

    Attributes:
        path: the file.
        dtype, width_bits: element type and PLIO width it was read as.
        values: ``(beats, values_per_line)`` int64 (float64 for float types).
        times_ns: ``(beats,)`` float64 time stamp of every beat in ns, or None when the file
            has no ``T`` lines (x86simulator, ``--output-time-stamp=no``).
        tlast: ``(beats,)`` bool, True for a beat preceded by a ``TLAST`` line.
        lines: ``(beats,)`` int64, the 1-based line number of each data line.
    """
    path: Path
    dtype: str
    width_bits: int
    values: np.ndarray
    times_ns: np.ndarray | None
    tlast: np.ndarray
    lines: np.ndarray

    @property
    def beats(self) -> int:
        return int(self.values.shape[0])

    def where(self, beat: int) -> str:
        """``file:line`` of a beat."""
        return f"{self.path}:{int(self.lines[beat])}"


def _read_text(path: Path, what: str) -> list[str]:
    path = Path(path)
    if not path.is_file():
        raise SimOutputError(f"{path}: no such {what} file; check the simulator output folder "
                             "(aiesimulator writes into aiesimulator_output/)")
    try:
        return path.read_bytes().decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise SimOutputError(f"{path}: not a text file ({what} expected): byte {exc.start} "
                             "is not UTF-8") from None
    except OSError as exc:
        raise SimOutputError(f"{path}: cannot be read ({exc})") from None


def _parse_number(tok: str, is_float: bool) -> float | int:
    if is_float:
        v = float(tok)
        if not math.isfinite(v) and tok.lower() not in ("nan", "inf", "-inf", "+inf"):
            raise ValueError(tok)
        return v
    return int(tok, 10)


def read_plio_text(path, dtype: str, width_bits: int) -> PlioData:
    """Parse a PLIO data file (aiesimulator or x86simulator output, or an input file).

    Args:
        path: the file.
        dtype: element type of the PLIO (``Plio.dtype``: int8, int16, int32, bf16, ...).
        width_bits: PLIO width, 32 / 64 / 128.
    Returns:
        :class:`PlioData`.
    Raises:
        SimOutputError: missing or binary file; a line that is neither ``T <time> <unit>``,
            ``TLAST`` nor a data line of exactly ``values_per_line`` numbers of ``dtype``
            (message: file, line, what was found and what was expected); values outside the
            element range; time stamps going backwards; a ``T`` or ``TLAST`` line at the end
            (truncated file); a file with no data.
    """
    path = Path(path)
    per_line = values_per_line(dtype, width_bits, str(path))
    is_float = dtype in FLOAT_TYPES
    rng = _int_range(dtype)
    lines = _read_text(path, "PLIO data")
    values, times, tlast, line_nos = [], [], [], []
    pending_time: float | None = None
    pending_time_line = 0
    last_time = -math.inf
    any_time = False
    pending_tlast = 0
    for n, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if line[0] == "T":
            if line == "TLAST":
                pending_tlast = n
                continue
            m = _T_LINE.match(line)
            if not m:
                raise SimOutputError(f"{path}:{n}: {line[:60]!r} is not a time stamp line "
                                     "'T <time> <unit>' (e.g. 'T 413 ns')")
            unit = m.group(2)
            if unit not in UNIT_NS:
                raise SimOutputError(f"{path}:{n}: time stamp unit {unit!r} is not one of "
                                     f"{', '.join(UNIT_NS)}")
            try:
                t = float(m.group(1)) * UNIT_NS[unit]
            except ValueError:
                raise SimOutputError(f"{path}:{n}: time {m.group(1)!r} is not a number") from None
            if not math.isfinite(t) or t < 0:
                raise SimOutputError(f"{path}:{n}: time {m.group(1)} {unit} is not a finite, "
                                     "non-negative time")
            if t < last_time:
                raise SimOutputError(f"{path}:{n}: time stamp {m.group(1)} {unit} goes back in time "
                                     f"(previous {last_time:g} ns); the file is corrupt or mixes runs")
            pending_time, pending_time_line, last_time, any_time = t, n, t, True
            continue
        if line.startswith(("DATA", "STALL", "COMMENT")) or "," in line:
            raise SimOutputError(f"{path}:{n}: this looks like the CSV PLIO format "
                                 "(DATA:/STALL:/COMMENT rows, UG1076 'Simulation Input and Output Data "
                                 "Streams'); only the TXT format is read: rerun without the CSV option")
        toks = line.split()
        if len(toks) != per_line:
            raise SimOutputError(
                f"{path}:{n}: {len(toks)} values on a data line; a {width_bits}-bit PLIO of {dtype} "
                f"carries {per_line} per line (truncated line, or another PLIO width / type)")
        try:
            row = [_parse_number(t, is_float) for t in toks]
        except ValueError:
            bad = next(t for t in toks if not _is_number(t, is_float))
            raise SimOutputError(f"{path}:{n}: {bad[:40]!r} is not {'a number' if is_float else 'an integer'} "
                                 f"({dtype} values expected)") from None
        if rng is not None:
            lo, hi = rng
            out = [v for v in row if v < lo or v > hi]
            if out:
                raise SimOutputError(f"{path}:{n}: value {out[0]} is outside {dtype} [{lo}, {hi}]; "
                                     "wrong element type for this PLIO?")
        values.append(row)
        times.append(pending_time if pending_time is not None else (times[-1] if times else None))
        tlast.append(pending_tlast > 0)
        line_nos.append(n)
        pending_time = None
        pending_tlast = 0
    if pending_time is not None:
        raise SimOutputError(f"{path}:{pending_time_line}: time stamp not followed by a data line: "
                             "the file is truncated (did the simulation finish?)")
    if pending_tlast:
        raise SimOutputError(f"{path}:{pending_tlast}: TLAST not followed by a data line: "
                             "the file is truncated (did the simulation finish?)")
    if not values:
        raise SimOutputError(f"{path}: holds no data lines ({len(lines)} lines read); "
                             "did the simulation produce output on this PLIO?")
    if any_time and times[0] is None:
        first = next(i for i, t in enumerate(times) if t is not None)
        raise SimOutputError(f"{path}:{line_nos[0]}: data line without a time stamp while line "
                             f"{line_nos[first]} has one")
    arr = np.asarray(values, dtype=np.float64 if is_float else np.int64)
    return PlioData(path=path, dtype=dtype, width_bits=width_bits, values=arr.reshape(-1, per_line),
                    times_ns=np.asarray(times, dtype=np.float64) if any_time else None,
                    tlast=np.asarray(tlast, dtype=bool), lines=np.asarray(line_nos, dtype=np.int64))


def _is_number(tok: str, is_float: bool) -> bool:
    try:
        _parse_number(tok, is_float)
        return True
    except ValueError:
        return False


# --- profile reports ------------------------------------------------------------------------
@dataclass(frozen=True)
class CycleStats:
    """``total_cycle_count`` / ``minimum_cycle_count`` / ``maximum_cycle_count`` /
    ``average_cycle_count`` of one report section (cycles)."""
    total: int
    minimum: int | None = None
    maximum: int | None = None
    average: float | None = None


@dataclass(frozen=True)
class FunctionProfile:
    """One ``<function>`` of a profile report: name, calls and cycles (with descendants, and
    of the function alone when the report has ``<function_time>``)."""
    name: str
    mangled_name: str
    calls: int
    with_descendants: CycleStats
    own: CycleStats | None
    line: int


@dataclass(frozen=True)
class TileProfile:
    """``profile_funct_<col>_<row>.xml`` of one tile."""
    path: Path
    col: int
    row: int
    total_cycles: int | None
    functions: tuple[FunctionProfile, ...] = field(default_factory=tuple)

    def function(self, name: str) -> FunctionProfile | None:
        """The function called ``name`` (also matched: ``name(...)`` signatures and mangled
        names containing ``name``), or None."""
        for f in self.functions:
            if f.name == name or f.name.startswith(name + "(") or f.name.split("(")[0].endswith("::" + name):
                return f
        itanium = f"{len(name)}{name}"        # how a C++ mangled name spells an identifier
        for f in self.functions:
            if itanium in f.mangled_name:
                return f
        return None


class _Node:
    __slots__ = ("tag", "line", "children", "text")

    def __init__(self, tag: str, line: int):
        self.tag, self.line, self.children, self.text = tag, line, [], ""

    def child(self, tag: str):
        for c in self.children:
            if c.tag == tag:
                return c
        return None

    def iter(self, tag: str):
        for c in self.children:
            if c.tag == tag:
                yield c
            yield from c.iter(tag)


def _parse_xml(path: Path) -> _Node:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SimOutputError(f"{path}: cannot be read ({exc})") from None
    parser = xml.parsers.expat.ParserCreate()
    root = _Node("#document", 0)
    stack = [root]

    def start(tag, _attrs):
        node = _Node(tag, parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)

    def end(_tag):
        stack.pop()

    def chars(text):
        stack[-1].text += text

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise SimOutputError(f"{path}:{exc.lineno}: not well-formed XML "
                             f"({xml.parsers.expat.ErrorString(exc.code)}); truncated or not a profile "
                             "report") from None
    if not root.children:
        raise SimOutputError(f"{path}: empty XML document")
    return root.children[0]


def _int_of(node: _Node | None, tag: str, path: Path, required: bool = True):
    c = node.child(tag) if node is not None else None
    if c is None:
        if required:
            line = node.line if node is not None else 0
            raise SimOutputError(f"{path}:{line}: <{node.tag if node else '?'}> has no <{tag}>; "
                                 "not an aiesimulator profile function report")
        return None
    try:
        return int(c.text.strip())
    except ValueError:
        try:
            v = float(c.text.strip())
        except ValueError:
            raise SimOutputError(f"{path}:{c.line}: <{tag}> holds {c.text.strip()[:30]!r}, "
                                 "not a number") from None
        if not math.isfinite(v) or v < 0:
            raise SimOutputError(f"{path}:{c.line}: <{tag}> holds {v}, not a cycle count")
        return v


def _cycles(node: _Node | None, path: Path) -> CycleStats | None:
    if node is None:
        return None
    total = _int_of(node, "total_cycle_count", path)
    avg = _int_of(node, "average_cycle_count", path, required=False)
    return CycleStats(total=int(total), minimum=_int_of(node, "minimum_cycle_count", path, required=False),
                      maximum=_int_of(node, "maximum_cycle_count", path, required=False),
                      average=float(avg) if avg is not None else None)


_PROFILE_NAME = re.compile(r"^profile_funct_(\d+)_(\d+)\.xml$")


def read_profile_xml(path) -> TileProfile:
    """Parse ``profile_funct_<col>_<row>.xml`` (aiesimulator ``--profile``, UG1076-PROF).

    Read: the root's ``<total_cycle_count>`` (the tile's run) and every ``<function>`` with
    ``<function_name>``, ``<mangled_function_name>``, ``<calls>``,
    ``<function_and_descendants_time>`` and ``<function_time>`` (each with
    ``total_/minimum_/maximum_/average_cycle_count``). Other elements are ignored.

    Raises:
        SimOutputError: the file name is not ``profile_funct_<col>_<row>.xml``, the XML is
            not well formed (truncated), or a ``<function>`` lacks its name, calls or cycles.
    """
    path = Path(path)
    m = _PROFILE_NAME.match(path.name)
    if not m:
        raise SimOutputError(f"{path}: not a profile function report name; expected "
                             "profile_funct_<col>_<row>.xml")
    if not path.is_file():
        raise SimOutputError(f"{path}: no such profile report")
    root = _parse_xml(path)
    funcs = []
    for f in root.iter("function"):
        name_node = f.child("function_name")
        if name_node is None or not name_node.text.strip():
            raise SimOutputError(f"{path}:{f.line}: <function> without a <function_name>")
        mangled = f.child("mangled_function_name")
        calls = _int_of(f, "calls", path)
        with_desc = _cycles(f.child("function_and_descendants_time"), path)
        own = _cycles(f.child("function_time"), path)
        if with_desc is None and own is None:
            raise SimOutputError(f"{path}:{f.line}: <function> {name_node.text.strip()!r} has neither "
                                 "<function_and_descendants_time> nor <function_time>")
        funcs.append(FunctionProfile(name=name_node.text.strip(),
                                     mangled_name=mangled.text.strip() if mangled is not None else "",
                                     calls=int(calls), with_descendants=with_desc or own, own=own,
                                     line=f.line))
    total = _int_of(root, "total_cycle_count", path, required=False)
    if not funcs and total is None:
        raise SimOutputError(f"{path}:{root.line}: <{root.tag}> holds no <function> and no "
                             "<total_cycle_count>: not an aiesimulator profile function report")
    return TileProfile(path=path, col=int(m.group(1)), row=int(m.group(2)),
                       total_cycles=int(total) if total is not None else None, functions=tuple(funcs))


def read_profiles(folder) -> list[TileProfile]:
    """Every ``profile_funct_*_*.xml`` in ``folder`` (sorted by column, row); [] when none."""
    folder = Path(folder)
    paths = sorted(p for p in folder.glob("profile_funct_*.xml") if _PROFILE_NAME.match(p.name))
    return sorted((read_profile_xml(p) for p in paths), key=lambda t: (t.col, t.row))


# --- event-API results ----------------------------------------------------------------------
#: ``adf::io_profiling_option`` names (UG1076 "Enumeration") -> the fields of one line after
#: the name: port names, then integers; the last integer is ``read_profiling``'s result.
EVENT_OPTIONS = {
    "io_stream_start_difference_cycles": (("port", "port2"), ("cycles",)),
    "io_stream_start_to_bytes_transferred_cycles": (("port",), ("bytes", "cycles")),
    "io_total_stream_running_to_idle_cycles": (("port",), ("cycles",)),
    "io_stream_running_event_count": (("port",), ("count",)),
}
EVENT_FILE = "event_profile.txt"


@dataclass(frozen=True)
class EventResult:
    """One event-API result: the option, its ports, its integers (cycles at the array
    clock, bytes, counts) and the line it came from."""
    option: str
    ports: tuple[str, ...]
    numbers: dict
    line: int


def read_event_profile(path) -> list[EventResult]:
    """Parse an event-API results file (format: docs/formats.md; one result per line)::

        # comment
        io_stream_start_difference_cycles plio_in plio_out 1031
        io_stream_start_to_bytes_transferred_cycles plio_out 4096 1502

    Raises:
        SimOutputError: unknown option, wrong number of fields, non-integer or negative
            numbers (file and line named).
    """
    path = Path(path)
    out = []
    for n, raw in enumerate(_read_text(path, "event-API results"), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        toks = line.split()
        if toks[0] not in EVENT_OPTIONS:
            raise SimOutputError(f"{path}:{n}: {toks[0][:50]!r} is not an io_profiling_option "
                                 f"({', '.join(EVENT_OPTIONS)})")
        ports, nums = EVENT_OPTIONS[toks[0]]
        want = 1 + len(ports) + len(nums)
        if len(toks) != want:
            raise SimOutputError(f"{path}:{n}: {toks[0]} takes {want - 1} fields "
                                 f"({' '.join(ports + nums)}), found {len(toks) - 1}")
        values = {}
        for key, tok in zip(nums, toks[1 + len(ports):]):
            try:
                v = int(tok, 10)
            except ValueError:
                raise SimOutputError(f"{path}:{n}: {key} {tok[:30]!r} is not an integer") from None
            if v < 0:
                raise SimOutputError(f"{path}:{n}: {key} {v} is negative")
            values[key] = v
        out.append(EventResult(option=toks[0], ports=tuple(toks[1:1 + len(ports)]), numbers=values, line=n))
    return out
