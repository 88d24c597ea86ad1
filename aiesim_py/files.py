"""Writing user files safely: whole or not at all, with the modes ``open()`` would give.

Every file aiesim_py writes for a user (results, plots, traces, calibrations, projects)
goes through here: a temporary file in the same directory, then ``os.replace``, so a
crash or a full disk never leaves a half-written file, and an existing file survives a
failed write. ``tempfile`` creates files 0600 and directories 0700; the helpers give
them the modes the user's umask would give an ordinary ``open()`` / ``mkdir()``.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable


def umask() -> int:
    """The process umask, read from /proc/self/status where the kernel shows it (no
    set-and-restore race with other threads), else by setting and restoring it."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """Mode ``open(path, "w")`` gives a new file: 0o666 less the umask."""
    return 0o666 & ~umask()


def new_dir_mode() -> int:
    """Mode ``mkdir()`` gives a new directory: 0o777 less the umask."""
    return 0o777 & ~umask()


def atomic_write(path, write: Callable[[Path], None]) -> Path:
    """Create ``path`` (and its parents) by ``write(tmp)`` on a temporary sibling, then rename.

    ``write`` receives the temporary file's path (the file exists, empty) and fills it.
    On any exception the temporary file is removed, ``path`` is left as it was, and the
    exception propagates (``OSError`` for I/O failures: callers turn it into their error).
    """
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, new_file_mode())
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def atomic_write_text(path, text: str) -> Path:
    """:func:`atomic_write` of a text file (UTF-8)."""
    return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
