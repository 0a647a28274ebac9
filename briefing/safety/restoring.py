"""Restoring a workspace from one of its backups (see :mod:`briefing.safety.backup`).

Restoring never overwrites a file that has not been backed up first, replaces the workspace
atomically, and is refused while another program (or this one) has the workspace open. The
old file's ``-wal``, ``-shm`` and ``-journal`` are set aside in the backups folder, never played
back into the restored file and never deleted.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from pathlib import Path

from briefing.files.atomic import sync_dir
from briefing.files.lock import LockHeld, WorkspaceLock
from briefing.files.paths import backup_folder, quarantine_folder, real_path, safe_stem
from briefing.i18n import M_
from briefing.safety.backup import (
    _STAMP,
    BEFORE_RESTORE,
    Backup,
    BackupError,
    _copy_database,
    _full,
    _key,
    _no_room,
    _now,
    _open_frozen,
    list_backups,
    take_backup,
)
from briefing.store import cipher
from briefing.store.errors import (
    BACKUP_DAMAGED,
    BACKUP_NEWER,
    IN_USE_RESTORE,
    NO_BACKUP_FILE,
    NO_FOLDER,
    NO_SUCH_BACKUP,
    NOT_RESTORED,
    DamagedWorkspace,
    NewerWorkspace,
    NotAWorkspace,
    WorkspaceInUse,
    WrongPassphrase,
)
from briefing.store.file import check_header, check_key, explain_os, temporary_beside
from briefing.store.schema import CURRENT_VERSION

log = logging.getLogger(__name__)


def restore(
    backup: Backup | str | Path, target: str | Path, *, passphrase: str | None = None
) -> Backup | None:
    """Replace ``target`` by the workspace in ``backup``.

    An encrypted backup needs ``passphrase`` and is restored encrypted as it is (the same
    passphrase is used for the safety backup of an encrypted ``target``).

    The current ``target`` is backed up first (tag ``before-restore``; returned, None if there
    was no file). Refused with :class:`~briefing.store.WorkspaceInUse` while the workspace is
    open anywhere, and with a message if the backup is not an intact workspace.
    """
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    target = real_path(target)  # restoring through a link replaces the file, not the link
    _check_backup(source, passphrase)
    if not target.parent.is_dir():
        raise BackupError(NO_FOLDER, path=target, folder=target.parent)
    lock = WorkspaceLock(target)
    try:
        lock.acquire()
    except LockHeld as exc:
        raise WorkspaceInUse(IN_USE_RESTORE, path=target, holder=exc.holder) from None
    except OSError as exc:
        raise explain_os(target, exc, M_("cannot lock the workspace")) from None
    try:
        safety = _save_current(target, passphrase) if target.exists() else None
        _checkpoint_quietly(target, passphrase)
        tmp = temporary_beside(target, "restore")
        try:
            _copy_database(source, tmp, frozen=True, passphrase=_key(source, passphrase))
            # The old -wal, -shm and -journal belong to the old file: played back into the
            # restored one they would corrupt it. They are set aside, never deleted.
            _quarantine_sidecars(target)
            os.replace(tmp, target)
            sync_dir(target.parent)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except BackupError as exc:
        if _no_room(target.parent):
            raise _full(target, NOT_RESTORED) from None
        raise exc from None
    except OSError as exc:
        raise explain_os(target, exc, NOT_RESTORED) from None
    finally:
        lock.release()
    log.info("restored %s from %s", target, source)
    return safety


def find_backup(workspace: str | Path, choice: str) -> Backup:
    """A backup named on the command line: its number in the list (1 = newest), its file
    name or time stamp, or a path to any backup file."""
    backups = list_backups(workspace)
    if choice.isdigit() and 1 <= int(choice) <= len(backups):
        return backups[int(choice) - 1]
    for b in backups:
        if choice in (b.path.name, b.taken.strftime(_STAMP), b.label):
            return b
    path = Path(choice)
    if path.is_file():
        return Backup(path, dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC))
    raise BackupError(NO_SUCH_BACKUP, choice=choice, path=workspace)


def _checkpoint_quietly(target: Path, passphrase: str | None) -> None:
    """Move what the ``-wal`` holds into the file itself (so the file alone is the whole old
    workspace if a restore is interrupted after its sidecars were set aside); a damaged or
    foreign file is left as it is (its raw bytes are in the safety copy)."""
    if not Path(f"{target}-wal").exists():
        return
    try:
        key = _key(target, passphrase)
        conn = (
            cipher.connect(str(target), key, isolation_level=None)
            if key is not None
            else sqlite3.connect(str(target), isolation_level=None)
        )
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.info("could not checkpoint %s before restoring: %s", target, exc)


def _quarantine_sidecars(target: Path) -> Path | None:
    present = [Path(f"{target}{s}") for s in ("-wal", "-shm", "-journal")]
    present = [p for p in present if p.exists()]
    if not present:
        return None
    folder = quarantine_folder(target, "restore")
    for p in present:
        shutil.move(p, folder / p.name)
    sync_dir(folder)
    log.info("set aside %s in %s", ", ".join(p.name for p in present), folder)
    return folder


def _check_backup(path: Path, passphrase: str | None = None) -> None:
    """An intact workspace this version can open, or a message saying what it is instead."""
    if not path.is_file():
        raise BackupError(NO_BACKUP_FILE, path=path)
    version = check_header(path, passphrase)
    try:
        conn = _open_frozen(path, passphrase if version < 0 else None)
        conn.text_factory = lambda b: b.decode("utf-8", "replace")
        try:
            if version < 0:
                check_key(path, conn)
                version = conn.execute("PRAGMA user_version").fetchone()[0]
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedWorkspace(BACKUP_DAMAGED, path=path, detail=exc) from None
    if result != "ok":
        raise DamagedWorkspace(BACKUP_DAMAGED, path=path, detail=result)
    if version > CURRENT_VERSION:
        raise NewerWorkspace(BACKUP_NEWER, path=path, version=version)


def _save_current(target: Path, passphrase: str | None = None) -> Backup:
    """The safety backup before a restore; a damaged file is kept byte for byte instead (an
    encrypted one stays encrypted: the raw bytes are its ciphertext)."""
    try:
        return take_backup(target, tag=BEFORE_RESTORE, dedupe=False, passphrase=passphrase)
    except (DamagedWorkspace, NotAWorkspace, BackupError, WrongPassphrase) as exc:
        log.info("raw copy of %s before restoring: %s", target, exc)
    folder = backup_folder(target)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    taken = _now()
    base = folder / f"{safe_stem(target)}-{taken.strftime(_STAMP)}-{BEFORE_RESTORE}.damaged"
    for suffix in ("", "-wal", "-journal"):
        part = Path(f"{target}{suffix}")
        if part.exists():
            shutil.copyfile(part, f"{base}{suffix}")
            with open(f"{base}{suffix}", "rb+") as f:
                os.fsync(f.fileno())
    sync_dir(folder)
    return Backup(base, taken, BEFORE_RESTORE)
