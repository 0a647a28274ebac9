"""One writer per workspace: an advisory lock on a sidecar file ``<workspace>.lock``.

The operating system releases the lock when the process dies, so a crash never leaves a
stale lock behind (only an unlocked file, reused next time). The file records who holds it,
for the "in use" message, and is removed on a clean release.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class LockHeld(Exception):
    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


class WorkspaceLock:
    def __init__(self, workspace: Path) -> None:
        self.path = lock_path(workspace)
        self._fd: int | None = None

    def acquire(self, create: bool = True) -> None:
        """Take the lock or raise :class:`LockHeld` naming the holder.

        ``create=False`` only probes an existing lock file (``FileNotFoundError`` if there is
        none) and leaves its contents alone: release it with ``remove=False``.
        """
        while True:
            fd = os.open(self.path, os.O_RDWR | (os.O_CREAT if create else 0), 0o600)
            if not _try_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise LockHeld(holder)
            # The holder before us may have removed the file between our open and our lock;
            # then we locked an orphan and must try again on the file now at the path.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        if not create:
            self._fd = fd
            return
        self._fd = fd
        info = json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode()
        try:  # only for the "in use by" message: a full disk must not stop the lock
            os.ftruncate(fd, 0)
            os.pwrite(fd, info, 0)
        except OSError:
            pass

    def release(self, remove: bool = True) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if remove:
                self.path.unlink(missing_ok=True)  # while still locked: see acquire()
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read_holder(fd: int) -> str:
    try:
        data = json.loads(os.pread(fd, 4096, 0) or b"{}")
        return f"process {data['pid']} on {data['host']}"
    except (ValueError, KeyError, OSError):
        return "another program"
