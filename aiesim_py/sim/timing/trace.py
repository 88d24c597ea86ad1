"""Optional event trace and its exports: Chrome / Perfetto JSON and VCD.

A trace event is ``(track, name, start_cycle, end_cycle)``; ``track`` is
``"<group>/<lane>"``, e.g. ``"tile(0,0)/dense0_c0_l0 core"`` or ``"memtile(1,0)/mt1.out[0] mm2s"``.
In JSON the group becomes the Chrome process, the lane its thread. In VCD (IEEE 1364
value change dump, the format aiesimulator's ``--dump-vcd`` writes, UG1076-VCD) the group
becomes a ``$scope module`` and each lane one 2-bit ``wire`` holding the track's state:
0 idle, 1 active (a kernel call, a DMA transfer), 2 stalled (a kernel waiting on its
cascade). :func:`write_trace` picks the format from the file extension.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from aiesim_py.files import atomic_write_text


class Tracer:
    """Collects trace events when ``enabled``; a disabled tracer costs one attribute test."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.events: list[tuple[str, str, int, int]] = []

    def add(self, track: str, name: str, start_cycle: int, end_cycle: int) -> None:
        self.events.append((track, name, int(start_cycle), int(end_cycle)))


def chrome_trace(events, clock_hz: float | None = None) -> dict:
    """Chrome trace-event JSON (``traceEvents``, phase ``"X"``) from trace events.

    Timestamps are in cycles written as microseconds (1 us in the viewer = 1 cycle), which
    keeps integers exact; ``clock_hz`` is recorded in ``otherData`` for conversion.
    """
    pids: dict[str, int] = {}
    tids: dict[str, int] = {}
    out = []
    for track, name, start, end in events:
        group, _, lane = track.partition("/")
        if group not in pids:
            pids[group] = len(pids) + 1
            out.append({"ph": "M", "name": "process_name", "pid": pids[group], "tid": 0,
                        "args": {"name": group}})
        if track not in tids:
            tids[track] = len(tids) + 1
            out.append({"ph": "M", "name": "thread_name", "pid": pids[group], "tid": tids[track],
                        "args": {"name": lane or group}})
        out.append({"ph": "X", "name": name, "pid": pids[group], "tid": tids[track],
                    "ts": start, "dur": max(0, end - start), "cat": lane.split(" ")[-1] if lane else ""})
    other = {"time_unit": "1 us = 1 array-clock cycle"}
    if clock_hz:
        other["clock_hz"] = clock_hz
    return {"traceEvents": out, "displayTimeUnit": "ns", "otherData": other}


def write_chrome_trace(result, path: str | Path) -> Path:
    """Write ``result.trace`` (from ``simulate(..., trace=True)``) as Chrome/Perfetto JSON.

    Raises:
        ValueError: the result was simulated without ``trace=True``.
    """
    if result.trace is None:
        raise ValueError("this TimingResult has no trace; simulate with trace=True")
    return atomic_write_text(path, json.dumps(chrome_trace(result.trace, result.clock_hz)))


#: VCD state codes of a track (2-bit wire).
VCD_IDLE, VCD_ACTIVE, VCD_STALL = 0, 1, 2
_STALL_EVENTS = ("cascade wait",)


_VCD_ID_CHARS = "".join(chr(c) for c in range(33, 127) if chr(c) not in "#$")


def _vcd_ident(i: int) -> str:
    """Short VCD identifier from printable ASCII (``#`` and ``$`` left out: they open
    timestamps and keywords, and some readers take them so even inside an identifier)."""
    n = len(_VCD_ID_CHARS)
    chars = []
    i += 1
    while i:
        i, r = divmod(i - 1, n)
        chars.append(_VCD_ID_CHARS[r])
    return "".join(chars)


def _vcd_name(text: str) -> str:
    """A VCD reference name: letters, digits and ``_`` only."""
    name = re.sub(r"[^A-Za-z0-9_]+", "_", text).strip("_")
    return name or "unnamed"


def vcd_text(events, clock_hz: float) -> str:
    """VCD text of trace events (see the module docstring for the signal encoding).

    Time unit: 1 ps; a cycle is ``round(1e12 / clock_hz)`` ps (800 ps at 1.25 GHz), so VCD
    viewers show real time. Overlapping events of one track keep the track at the highest
    state among them until the last one ends.

    Raises:
        ValueError: ``clock_hz`` not positive.
    """
    if not clock_hz or clock_hz <= 0:
        raise ValueError(f"clock_hz must be positive, got {clock_hz!r}")
    period_ps = max(1, round(1e12 / clock_hz))
    tracks: dict[str, str] = {}
    for track, _name, _s, _e in events:
        if track not in tracks:
            tracks[track] = _vcd_ident(len(tracks))
    # per track: +/- state changes at cycles; resolve with a per-track counter per state
    changes: dict[int, list[tuple[str, int, int]]] = {}
    for track, name, start, end in events:
        if end <= start:
            continue
        state = VCD_STALL if name in _STALL_EVENTS else VCD_ACTIVE
        changes.setdefault(start, []).append((track, state, +1))
        changes.setdefault(end, []).append((track, state, -1))
    groups: dict[str, list[str]] = {}
    for track in tracks:
        group, _, lane = track.partition("/")
        groups.setdefault(group, []).append(track)
    lines = ["$date aiesim_py timing trace $end", "$version aiesim_py sim.timing $end",
             f"$comment clock {clock_hz:g} Hz, one cycle = {period_ps} ps; state 0 idle, 1 active, "
             "2 stalled $end", "$timescale 1 ps $end", "$scope module aie $end"]
    used: set[tuple[str, str]] = set()
    for group, members in groups.items():
        scope = _vcd_name(group)
        lines.append(f"$scope module {scope} $end")
        for track in members:
            lane = track.partition("/")[2] or group
            ref = _vcd_name(lane)
            while (scope, ref) in used:
                ref += "_"
            used.add((scope, ref))
            lines.append(f"$var wire 2 {tracks[track]} {ref} $end")
        lines.append("$upscope $end")
    lines += ["$upscope $end", "$enddefinitions $end", "#0", "$dumpvars"]
    lines += [f"b0 {ident}" for ident in tracks.values()]
    lines.append("$end")
    counts = {track: [0, 0, 0] for track in tracks}
    value = {track: VCD_IDLE for track in tracks}
    last_ps = 0                          # "#0" is already written
    for cycle in sorted(changes):
        for track, state, delta in changes[cycle]:
            counts[track][state] += delta
        out = []
        for track in dict.fromkeys(t for t, _s, _d in changes[cycle]):
            c = counts[track]
            new = VCD_STALL if c[VCD_STALL] > 0 else VCD_ACTIVE if c[VCD_ACTIVE] > 0 else VCD_IDLE
            if new != value[track]:
                value[track] = new
                out.append(f"b{new:b} {tracks[track]}")
        if out:
            if cycle * period_ps != last_ps:
                last_ps = cycle * period_ps
                lines.append(f"#{last_ps}")
            lines += out
    return "\n".join(lines) + "\n"


def write_vcd(result, path: str | Path) -> Path:
    """Write ``result.trace`` as VCD (see :func:`vcd_text`).

    Raises:
        ValueError: the result was simulated without ``trace=True``.
    """
    if result.trace is None:
        raise ValueError("this TimingResult has no trace; simulate with trace=True")
    return atomic_write_text(path, vcd_text(result.trace, result.clock_hz))


def write_trace(result, path: str | Path) -> Path:
    """Write the trace as VCD when ``path`` ends in ``.vcd``, else as Chrome/Perfetto JSON.

    Raises:
        ValueError: the result was simulated without ``trace=True``.
    """
    if str(path).lower().endswith(".vcd"):
        return write_vcd(result, path)
    return write_chrome_trace(result, path)
