"""Write files atomically: a reader sees the old file or the new one, never half of either.

Every file the project writes passes here, so this is also where a target that would replace
records (the workspace, its sidecars, its backups) is refused: see :mod:`briefing.targets`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefing.files.targets import check_target


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, sync it, then rename it over."""
    path = Path(path)
    put_in_place(write_beside(path, data), path)


def write_beside(path: Path, data: bytes) -> Path:
    """``data`` in a new, synced, hidden temporary file in ``path``'s folder; its path.

    Several files can be staged this way and put in place only when all are ready.
    """
    path = Path(path)
    check_target(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def put_in_place(tmp: Path, path: Path) -> None:
    """Rename the staged ``tmp`` over ``path`` and sync the folder (``tmp`` is gone on error)."""
    try:
        check_target(path)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_dir(Path(path).parent)


def sync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut."""
    if os.name == "nt":  # pragma: no cover - directories cannot be opened on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
