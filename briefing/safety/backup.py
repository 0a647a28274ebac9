"""Rolling backups of each workspace, in the user's data folder, and restoring one.

A backup is taken with SQLite's online backup API from a read-only connection, never by
copying the file: a copy of a live WAL database can miss the transactions still in the
``-wal`` file or catch a page half-written, while the backup API copies one consistent
snapshot (including what is in the WAL) even while the editor keeps saving. The copy is
switched to a plain rollback journal, checked (``quick_check``), synced and only then renamed
into place, so a backup folder never holds half a backup, even after a power cut.

Where: ``$BRIEFING_DATA_DIR/backups/<name>-<hash>/`` if that variable is set (tests), else
``$XDG_DATA_HOME/briefing-book/…`` (default ``~/.local/share/briefing-book/…``; on Windows
``%LOCALAPPDATA%``). ``<hash>`` is of the workspace's absolute path, so two workspaces with the
same name in different folders keep separate backups. Folders are private to the user (0700).

Which are kept: the latest ``KEEP_LATEST``; the latest of each of the last ``KEEP_DAYS`` days;
and every backup made before a restore for ``KEEP_DAYS`` days. A backup identical to the latest
one is not kept again, so a workspace left open over the weekend does not push out the
backups that differ.

Restoring never overwrites a file that has not been backed up first, replaces the workspace
atomically, and is refused while another program (or this one) has the workspace open.

Encrypted workspaces: their backups stay encrypted. The online backup runs between two
SQLCipher connections keyed with the workspace's passphrase, so every page is re-encrypted
on its way into the backup (with the backup's own salt) and never touches the disk in clear.
Their bytes differ each time (new salt and IVs), so "identical to the latest" is decided on a
digest of the decrypted contents instead of the bytes. Every function here takes the
``passphrase`` for that; a backup that needs one and did not get it counts as unreadable.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import Phrase
from briefing.files.atomic import sync_dir
from briefing.files.lock import LockHeld, WorkspaceLock
from briefing.files.paths import backup_folder, data_dir, quarantine_folder, real_path, safe_stem
from briefing.files.signature import APPLICATION_ID, SQLITE_MAGIC
from briefing.store import cipher
from briefing.store.errors import (
    BACKUP_DISK_FULL,
    BACKUP_NOT_MADE,
    CANNOT_READ,
    ENCRYPTED_OR_NOT,
    LOOKS_DAMAGED,
    NO_BACKUP_FOLDER,
    NO_BACKUP_LIST,
    NO_BACKUP_MADE,
    NO_WORKSPACE_FILE,
    NOT_A_WORKSPACE,
    DamagedWorkspace,
    DiskFull,
    NotAWorkspace,
    PassphraseRequired,
    WorkspaceError,
)
from briefing.store.file import FULL_BELOW, SUFFIX, check_key, is_encrypted

__all__ = ["backup_folder", "data_dir", "is_encrypted", "quarantine_folder"]  # and the below

log = logging.getLogger(__name__)

KEEP_LATEST = 10
KEEP_DAYS = 7
#: opening a workspace backs it up if its latest backup is older than this
ON_OPEN_AFTER = dt.timedelta(minutes=10)
#: how often the app backs up an open workspace (skipped when nothing changed)
PERIOD = dt.timedelta(minutes=15)

BEFORE_RESTORE = "before-restore"
_STAMP = "%Y%m%dT%H%M%S%fZ"
#: <stem>-<UTC time>-<sequence>[-tag].briefing; backups of versions before 0.2 have no sequence
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)(?:-(?P<seq>\d{6,}))?(?:-(?P<tag>[a-z-]+))?"
    r"\.briefing$"
)


class BackupError(WorkspaceError):
    """A backup could not be taken, listed or restored; the message says why."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime  # UTC, from the file name (as the clock said: it may have been wrong)
    tag: str = ""  # "" or BEFORE_RESTORE
    seq: int = 0  # the order backups were made in, whatever the clock said; 0: before 0.2

    @property
    def local_time(self) -> dt.datetime:
        return self.taken.astimezone()

    @property
    def label(self) -> str:
        """``2025-03-01 14:05:09``, in local time, with "(before restore)" if so."""
        text = self.local_time.strftime("%Y-%m-%d %H:%M:%S")
        return f"{text} (before restore)" if self.tag == BEFORE_RESTORE else text


# ---------------------------------------------------------------------- where


def list_backups(workspace: str | Path) -> list[Backup]:
    """The backups of ``workspace``, newest first."""
    folder = backup_folder(workspace)
    found = []
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise BackupError(NO_BACKUP_LIST, folder=folder, detail=exc.strerror or exc) from None
    for name in names:
        match = _NAME.match(name)
        if match is None:
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        found.append(Backup(folder / name, taken, match["tag"] or "", int(match["seq"] or 0)))
    # by the sequence, not the clock: a backup made while the clock was ahead is not "newer"
    return sorted(found, key=lambda b: (b.seq, b.taken), reverse=True)


def summary(backup: Backup | Path, passphrase: str | None = None) -> dict[str, int] | None:
    """What a backup holds (meetings, items, people, commitments, books); None if unreadable
    (an encrypted backup without its passphrase too)."""
    path = backup.path if isinstance(backup, Backup) else Path(backup)
    try:
        key = _key(path, passphrase)
        if is_encrypted(path) and key is None:
            return None
        conn = _open_frozen(path, key)
        try:
            return {
                table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("meetings", "items", "people", "commitments", "books")
            }
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return None


def describe(counts: dict[str, int] | None) -> str:
    if counts is None:
        return "unreadable"
    return ", ".join(
        f"{counts[k]} {k if counts[k] != 1 else k[:-1]}" for k in ("meetings", "items", "books")
    )


# ---------------------------------------------------------------------- taking


def take_backup(
    workspace: str | Path, *, tag: str = "", dedupe: bool = True, passphrase: str | None = None
) -> Backup:
    """Back up ``workspace`` now; returns the new backup (or, with ``dedupe``, the latest one
    if nothing changed since). The workspace may be open, here or in another process. An
    encrypted workspace needs its ``passphrase``; its backup is encrypted with it."""
    source = real_path(workspace)
    folder = backup_folder(source)
    _check_source(source, passphrase)
    key = _key(source, passphrase)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{source.stem}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise BackupError(
            NO_BACKUP_FOLDER, path=source, folder=folder, detail=exc.strerror or exc
        ) from None
    tmp = Path(tmp_name)
    absent = [p for p in (Path(f"{source}-wal"), Path(f"{source}-shm")) if not p.exists()]
    try:
        _copy_database(source, tmp, passphrase=key)
        if absent:
            _tidy(source, absent)
        latest = next(iter(list_backups(source)), None)
        if dedupe and latest is not None and _same(tmp, latest.path, key):
            tmp.unlink()
            return latest
        backup = _place(tmp, folder, safe_stem(source), tag, _next_seq(latest))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("backed up %s to %s", source, backup.path)
    prune(source)
    return backup


def backup_if_due(
    workspace: str | Path,
    older_than: dt.timedelta = ON_OPEN_AFTER,
    *,
    passphrase: str | None = None,
) -> Backup | None:
    """Back up unless the latest backup is younger than ``older_than``; the new one or None."""
    latest = next(iter(list_backups(workspace)), None)
    # a latest backup "from the future" (the clock was ahead, then corrected) is not recent
    if latest is not None and dt.timedelta(0) <= _now() - latest.taken < older_than:
        return None
    return take_backup(workspace, passphrase=passphrase)


def prune(workspace: str | Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the policy (see the module text) does not keep; returns them."""
    now = (now or _now()).astimezone()
    backups = list_backups(workspace)
    keep = {b.path for b in backups[:KEEP_LATEST]}
    days_seen: set[dt.date] = set()
    for b in backups:  # newest first: the first seen of a day is that day's latest
        day = b.local_time.date()
        recent = 0 <= (now.date() - day).days < KEEP_DAYS  # a future date: only as "latest"
        if recent and (day not in days_seen or b.tag == BEFORE_RESTORE):
            keep.add(b.path)
        days_seen.add(day)
    removed = _stale_temporaries(backup_folder(workspace))
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError as exc:  # kept: a later prune tries again
                log.warning("could not remove old backup %s: %s", b.path, exc)
    return removed


# ---------------------------------------------------------------------- helpers


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _next_seq(latest: Backup | None) -> int:
    return (latest.seq if latest is not None else 0) + 1


def _stale_temporaries(folder: Path) -> list[Path]:
    """Remove what a backup killed midway left (never listed as a backup: names start with
    a dot); an hour old, so a backup running in another process is left alone."""
    removed = []
    cutoff = _now().timestamp() - 3600
    for p in folder.glob(".*.tmp*"):
        try:
            if p.stat().st_mtime < cutoff:
                p.unlink()
                removed.append(p)
        except OSError:
            pass
    return removed


def _tidy(source: Path, made: list[Path]) -> None:
    """Remove the empty -wal/-shm a read-only look at a closed workspace leaves behind."""
    probe = WorkspaceLock(source)
    try:
        probe.acquire()
    except (LockHeld, OSError):
        return  # open in a writer: the files are its
    try:
        for p in made:
            if p.exists() and (p.name.endswith("-shm") or p.stat().st_size == 0):
                p.unlink(missing_ok=True)
    finally:
        probe.release()


def _key(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to use for ``path``: None for a plain file."""
    try:
        return passphrase if passphrase is not None and is_encrypted(path) else None
    except OSError:
        return None


def _open_frozen(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """A read-only connection to a file nothing writes to (no locks, no -wal/-shm made)."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    if passphrase is not None:
        return cipher.connect(uri, passphrase, uri=True)
    return sqlite3.connect(uri, uri=True)


def _digest(path: Path, passphrase: str) -> str:
    """A digest of the decrypted contents: every row of every table, in storage order."""
    h = hashlib.sha256()
    conn = _open_frozen(path, passphrase)
    try:
        for pragma in ("user_version", "application_id"):
            h.update(repr(conn.execute(f"PRAGMA {pragma}").fetchone()).encode())
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        for name, sql in tables:
            h.update(repr((name, sql)).encode())
            if (sql or "").upper().startswith("CREATE VIRTUAL"):
                continue  # its shadow tables hold its rows
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                h.update(repr(row).encode("utf-8", "surrogatepass"))
    finally:
        conn.close()
    return h.hexdigest()


def _same(new: Path, latest: Path, passphrase: str | None) -> bool:
    if passphrase is None:
        return filecmp.cmp(new, latest, shallow=False)
    try:
        return _digest(new, passphrase) == _digest(latest, passphrase)
    except sqlite3.Error:  # the latest has another passphrase (changed since), or is damaged
        return False


def _check_source(source: Path, passphrase: str | None = None) -> None:
    """Only the header's magic here: in a live workspace the rest may still be in the WAL."""
    if not source.is_file():
        raise BackupError(NO_WORKSPACE_FILE, path=source)
    try:
        with source.open("rb") as f:
            magic = f.read(16)
    except OSError as exc:
        raise BackupError(CANNOT_READ, path=source, detail=exc.strerror or exc) from None
    if magic != SQLITE_MAGIC and passphrase is None:
        raise PassphraseRequired(ENCRYPTED_OR_NOT, path=source)


def _copy_database(
    source: Path, dest: Path, *, frozen: bool = False, passphrase: str | None = None
) -> None:
    """SQLite online backup of ``source`` into the new file ``dest``, checked and synced.
    With ``passphrase`` both are SQLCipher connections with that key: ``dest`` is encrypted."""
    try:
        if frozen:
            src = _open_frozen(source, passphrase)
        elif passphrase is not None:
            uri = f"{source.resolve().as_uri()}?mode=ro"
            src = cipher.connect(uri, passphrase, uri=True)
        else:
            src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            src.execute("PRAGMA busy_timeout = 5000")
            if passphrase is not None:
                check_key(source, src)
            if src.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise NotAWorkspace(NOT_A_WORKSPACE, path=source)
            dst = (
                cipher.connect(str(dest), passphrase, isolation_level=None)
                if passphrase is not None
                else sqlite3.connect(dest, isolation_level=None)
            )
            try:
                src.backup(dst)  # one step: one consistent snapshot
                dst.execute("PRAGMA journal_mode = DELETE")  # a backup is a file at rest
                result = dst.execute("PRAGMA quick_check(1)").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        for where in (source, dest):
            if _no_room(where.parent):
                raise _full(where, NO_BACKUP_MADE) from None
        raise BackupError(BACKUP_NOT_MADE, path=source, detail=exc) from None
    except UnicodeDecodeError:  # quick_check quoting damaged bytes
        result = "damaged"
    if result != "ok":
        raise DamagedWorkspace(LOOKS_DAMAGED, path=source, detail=result)
    with dest.open("rb+") as f:
        os.fsync(f.fileno())


def _place(tmp: Path, folder: Path, stem: str, tag: str, seq: int) -> Backup:
    """Rename a finished backup into place under an unused, numbered, time-stamped name."""
    taken = _now()
    while True:
        name = f"{stem}-{taken.strftime(_STAMP)}-{seq:06d}{'-' + tag if tag else ''}{SUFFIX}"
        final = folder / name
        if not final.exists():
            break
        seq += 1
    os.replace(tmp, final)
    sync_dir(folder)
    return Backup(final, taken, tag, seq)


def _no_room(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def _full(target: Path, doing: str) -> DiskFull:
    """``doing``: a phrase marked ``M_``."""
    return DiskFull(BACKUP_DISK_FULL, path=target, doing=Phrase(doing), folder=target.parent)
