"""Running the points of a sweep: serially or on dask.distributed, with a resumable checkpoint.

Every point is an independent task of :func:`~aiesim_py.explore.sweep.evaluate_point`. The
loaded model (a Graph) is sent to the workers once (``Client.scatter(broadcast=True)``) and
each task carries only its point dict.

Checkpoint: each finished row is appended as one JSON line ``{"key": ..., "row": {...}}``
to a checkpoint file and flushed. A row's key is a digest of the model's contents, the
simulation settings, the row schema and the point's knobs, so a rerun of the same sweep
skips the points already done and a different model or setting never reuses a row. A line
cut short by an interruption is ignored. Floats survive the JSON round trip exactly
(``repr``), so a resumed sweep equals an uninterrupted one.

Per-point timeout: a point still running after ``point_timeout`` seconds (wall time) is cut
off and recorded as infeasible with reason :data:`TIMEOUT_REASON`, serially and on Dask
alike, so a point that hangs (an endless loop in a pass or the timing model) never stalls
the sweep or a worker. The cut-off is an asynchronous exception (:class:`PointTimeout`,
CPython ``PyThreadState_SetAsyncExc``) raised in the thread evaluating the point, at its
next Python bytecode: it works in the main thread and in Dask's worker threads alike, but
cannot interrupt one long native call (a single numpy operation runs to its end first).
A timed-out row is checkpointed like any other; delete the checkpoint to retry it.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import ctypes
import logging
import threading
import time
from pathlib import Path
from typing import Callable

import numpy as np

from aiesim_py.errors import AieSimError

CHECKPOINT_VERSION = 1
#: default per-point time limit, seconds of wall time (a point of a small model takes ~10-50 ms)
DEFAULT_POINT_TIMEOUT_S = 60.0
#: the ``reason`` of a point cut off by the time limit
TIMEOUT_REASON = "timeout"


class PointTimeout(BaseException):
    """Raised asynchronously in the thread evaluating a point when its time is up.

    A BaseException (like KeyboardInterrupt), so that the broad ``except Exception`` that
    records a failing point as infeasible does not turn it into an ordinary error row."""


def _async_raise(thread_id: int, exc_type) -> None:
    """Schedule ``exc_type`` in thread ``thread_id`` (None: clear a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               None if exc_type is None else ctypes.py_object(exc_type))


def call_with_timeout(fn: Callable, seconds: float | None, *args):
    """``fn(*args)``, cut off with :class:`PointTimeout` after ``seconds`` of wall time.

    Args:
        seconds: time limit; None or <= 0: no limit.
    Raises:
        PointTimeout: the limit passed while ``fn`` ran (raised in this thread); whatever
            ``fn`` raises.
    """
    if not seconds or seconds <= 0:
        return fn(*args)
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire():
        with lock:
            if not state["done"]:
                state["fired"] = True
                _async_raise(tid, PointTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        return fn(*args)
    finally:
        # a PointTimeout still pending may surface anywhere up to the clearing below, which
        # is inside this function: the caller sees it, never code after the call returned
        with lock:
            state["done"] = True
        timer.cancel()
        if state["fired"]:
            _async_raise(tid, None)


def evaluate_timed(evaluate: Callable[[dict], dict], point: dict, point_timeout: float | None,
                   functional: bool) -> dict:
    """``evaluate(point)`` within ``point_timeout`` seconds; past it, the infeasible row of
    ``point`` with reason :data:`TIMEOUT_REASON` and ``seconds`` the time it ran."""
    t0 = time.perf_counter()
    try:
        return call_with_timeout(evaluate, point_timeout, point)
    except PointTimeout:
        from aiesim_py.explore.sweep import _failed_row
        row = _failed_row(point, TIMEOUT_REASON, functional)
        row["seconds"] = time.perf_counter() - t0
        return row


class ClusterError(AieSimError):
    """The Dask scheduler cannot be reached or a local cluster cannot be started."""


def graph_digest(obj) -> str:
    """A stable digest of a model's contents (dataclasses, arrays, lists, scalars)."""
    h = hashlib.sha256()

    def walk(o):
        if dataclasses.is_dataclass(o) and not isinstance(o, type):
            h.update(type(o).__name__.encode())
            for f in dataclasses.fields(o):
                h.update(f.name.encode())
                walk(getattr(o, f.name))
        elif isinstance(o, np.ndarray):
            h.update(f"{o.dtype.str}{o.shape}".encode())
            h.update(np.ascontiguousarray(o).tobytes())
        elif isinstance(o, (list, tuple)):
            h.update(f"[{len(o)}".encode())
            for v in o:
                walk(v)
        elif isinstance(o, dict):
            h.update(f"{{{len(o)}".encode())
            for k in sorted(o, key=repr):
                walk(k)
                walk(o[k])
        else:
            h.update(repr(o).encode())

    walk(obj)
    return h.hexdigest()


def point_key(run_id: str, point: dict) -> str:
    """The checkpoint key of one point of one run (run_id: model + settings digest)."""
    text = run_id + json.dumps(point, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


class Checkpoint:
    """Append-only JSON-lines file of finished rows (see the module docstring)."""

    def __init__(self, path):
        self.path = Path(path)
        self._fh = None

    def load(self) -> dict[str, dict]:
        """``{key: row}`` of every complete line (a torn last line is skipped).

        Raises:
            AieSimError: the file exists but cannot be read.
        """
        if not self.path.exists():
            return {}
        try:
            text = self.path.read_text()
        except (OSError, UnicodeDecodeError) as exc:
            raise AieSimError(f"{self.path}: cannot read the sweep checkpoint ({exc}); "
                              "delete it to start the sweep afresh") from None
        rows = {}
        for line in text.splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict) and rec.get("v") == CHECKPOINT_VERSION and "key" in rec and "row" in rec:
                rows[rec["key"]] = rec["row"]
        return rows

    def append(self, key: str, row: dict) -> None:
        if self._fh is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                torn = self.path.exists() and self.path.stat().st_size > 0 and not self.path.read_bytes().endswith(b"\n")
                self._fh = open(self.path, "a")
            except OSError as exc:
                raise AieSimError(f"{self.path}: cannot write the sweep checkpoint ({exc})") from None
            if torn:
                self._fh.write("\n")
        self._fh.write(json.dumps({"v": CHECKPOINT_VERSION, "key": key, "row": _jsonable(row)}) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def remove(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)


def _jsonable(row: dict) -> dict:
    out = {}
    for k, v in row.items():
        if isinstance(v, np.generic):
            v = v.item()
        out[k] = v
    return out


class Progress:
    """A rich progress bar on stderr, or nothing (``enabled=False``)."""

    def __init__(self, total: int, enabled: bool, description: str):
        self._bar = None
        if enabled and total:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress,
                                       TextColumn, TimeElapsedColumn, TimeRemainingColumn)
            self._bar = RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), TimeRemainingColumn(),
                                     console=Console(stderr=True))
            self._bar.start()
            self._task = self._bar.add_task(description, total=total)

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def run_serial(evaluate: Callable[[dict], dict], todo: list[tuple[str, dict]],
               on_row: Callable[[str, dict], None]) -> None:
    """Evaluate ``todo`` ([(key, point)]) in this process, calling ``on_row`` after each."""
    for key, point in todo:
        on_row(key, evaluate(point))


def _task(point: dict, graph, iterations: int, functional: bool) -> dict:
    from aiesim_py.explore.sweep import evaluate_point
    return evaluate_point(graph, point, iterations=iterations, functional=functional)


def _timed_task(point: dict, graph, iterations: int, functional: bool,
                point_timeout: float | None = DEFAULT_POINT_TIMEOUT_S) -> dict:
    return evaluate_timed(lambda p: _task(p, graph, iterations, functional), point, point_timeout, functional)


def _chunk_task(chunk: list[dict], graph, iterations: int, functional: bool,
                point_timeout: float | None = DEFAULT_POINT_TIMEOUT_S) -> list[dict]:
    return [_timed_task(p, graph, iterations, functional, point_timeout) for p in chunk]


def auto_points_per_task(n_points: int, n_workers: int) -> int:
    """Points per Dask task: 1 for small sweeps; for large ones up to 8, keeping at least 8
    tasks per worker for load balance. (A point of a small model takes ~10 ms of CPU, about
    what a task costs the scheduler and a worker, so grouping a few halves the overhead.)"""
    return max(1, min(8, n_points // (8 * max(1, n_workers))))


def open_client(scheduler, workers: int):
    """``(client, owned)`` for ``scheduler``: ``"local"`` starts a LocalCluster of ``workers``
    single-threaded worker processes (owned: closed by :func:`close_client`); an address
    (``"tcp://host:8786"``) connects to a running scheduler; a ``distributed.Client`` is used as is.

    Raises:
        ClusterError: dask.distributed missing, the scheduler unreachable or workers < 1.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - it is a dependency
        raise ClusterError(f"dask.distributed is not installed ({exc}); pip install 'dask[distributed]' "
                           "or run the sweep serially") from None
    if isinstance(scheduler, Client):
        return scheduler, False
    if scheduler == "local":
        if not isinstance(workers, int) or workers < 1:
            raise ClusterError(f"workers={workers!r}: a local cluster needs at least 1 worker")
        try:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        except Exception as exc:  # noqa: BLE001
            raise ClusterError(f"cannot start a local Dask cluster of {workers} workers ({exc}); the workers are "
                               "new processes, so a script must call explore under "
                               "`if __name__ == '__main__':`; or run serially (--serial, scheduler=None)") from None
        return Client(cluster), True
    try:
        return Client(str(scheduler), timeout="10s"), True
    except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, ValueError from distributed
        raise ClusterError(f"cannot connect to the Dask scheduler {scheduler!r} ({type(exc).__name__}: {exc}); "
                           "give its address as tcp://HOST:PORT (dask scheduler prints it) or run with --serial") from None


def close_client(client, owned: bool) -> None:
    if not owned:
        return
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def run_dask(client, graph, todo: list[tuple[str, dict]], iterations: int, functional: bool,
             on_row: Callable[[str, dict], None], failed_row: Callable[[dict, str], dict],
             points_per_task: int | None = None,
             point_timeout: float | None = DEFAULT_POINT_TIMEOUT_S) -> None:
    """Evaluate ``todo`` on ``client``; ``on_row`` as rows arrive.

    Each task evaluates ``points_per_task`` points (default :func:`auto_points_per_task`),
    each point on its own exactly as :func:`run_serial` does, each within ``point_timeout``
    seconds (cut off on the worker, see the module docstring). A task that fails on the
    cluster (a worker dies, ...) gives ``failed_row(point, reason)`` for each of its points.
    """
    from distributed import as_completed
    if not todo:
        return
    if points_per_task is None:
        points_per_task = auto_points_per_task(len(todo), len(client.scheduler_info().get("workers", {})))
    g = client.scatter(graph, broadcast=True, hash=False)
    chunks = [todo[i:i + points_per_task] for i in range(0, len(todo), points_per_task)]
    if points_per_task == 1:
        futures = client.map(_timed_task, [c[0][1] for c in chunks], graph=g, iterations=iterations,
                             functional=functional, point_timeout=point_timeout, pure=False)
    else:
        futures = client.map(_chunk_task, [[p for _, p in c] for c in chunks], graph=g, iterations=iterations,
                             functional=functional, point_timeout=point_timeout, pure=False)
    which = {f.key: c for f, c in zip(futures, chunks)}
    try:
        for fut in as_completed(futures):
            chunk = which[fut.key]
            try:
                rows = fut.result()
                rows = [rows] if points_per_task == 1 else rows
            except Exception as exc:  # noqa: BLE001 - recorded, the sweep goes on
                first = str(exc).splitlines()[0] if str(exc).strip() else ""
                reason = f"task failed on the Dask cluster: {type(exc).__name__}: {first}"
                rows = [failed_row(point, reason) for _, point in chunk]
            for (key, _), row in zip(chunk, rows):
                on_row(key, row)
            fut.release()
    finally:
        client.cancel(futures)
