"""Write files so that a reader never sees half of one: temp file in the same folder, then
rename.

A process killed between the two steps leaves the previous file untouched and a hidden
``.<name>.<pid>.<random>.tmp`` next to it; the next write of the same file removes the
leftovers of processes that are no longer running.
"""
from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Union


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True   # exists, owned by someone else
    return True


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files of ``path`` left by writers that were killed (their pid is gone)."""
    pattern = re.compile(r"^\." + re.escape(path.name) + r"\.(\d+)\.[^.]+\.tmp$")
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for e in entries:
        m = pattern.match(e.name)
        if m and not _pid_alive(int(m.group(1))):
            try:
                os.unlink(e.path)
            except OSError:
                pass


def _fsync_dir(folder: Path) -> None:
    # the rename itself must reach the disk, or a power cut may bring the old name back
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_path(path: Union[str, Path]) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path``.

    If the body raises, ``path`` is left as it was and the temporary file is removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp",
                               dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp_path, 0o644)
        os.replace(tmp_path, path)
        _fsync_dir(path.parent)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def atomic_write(path: Union[str, Path], data: Union[str, bytes]) -> None:
    """Write ``data`` to ``path`` atomically (``str`` as UTF-8, newlines unchanged)."""
    with atomic_path(path) as tmp:
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(tmp, "wb") as fh:
            fh.write(data)
