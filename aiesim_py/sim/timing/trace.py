"""Optional event trace and its Chrome / Perfetto JSON export.

A trace event is ``(track, name, start_cycle, end_cycle)``; ``track`` is
``"<group>/<lane>"``, e.g. ``"tile(0,0)/dense0_c0_l0 core"`` or ``"memtile(1,0)/mt1.out[0] mm2s"``.
The group becomes the Chrome process, the lane its thread.
"""
from __future__ import annotations

import json
from pathlib import Path


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
    p = Path(path)
    p.write_text(json.dumps(chrome_trace(result.trace, result.clock_hz)))
    return p
