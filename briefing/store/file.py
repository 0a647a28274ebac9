"""The workspace file itself: recognising it, validating it, connecting, locking, recovering.

This is the one place that reads a workspace's header, decides whether a file is one of ours
(plain or encrypted), validates it before anything touches it, opens connections with the
settings every workspace uses, and turns SQLite's errors into the user's words. The
repositories, backups and encryption all go through it.

Durability: WAL journal with ``synchronous=FULL``. In WAL mode NORMAL survives a process crash
but may lose the last transactions on power loss; FULL syncs the WAL on every commit, so a save
reported to the user survives a dead battery too (``tests/briefing/store/test_crash_safety.py``
checks it with SIGKILL and strace). With FULL, SQLite also syncs the folder when it creates the
``-wal`` file, and a checkpoint syncs the WAL before copying pages into the database.

Opening validates before touching: the header, the application id, the schema version and a
quick integrity check run on a read-only connection, so a foreign, damaged or newer file is
reported and never modified. Encrypted workspaces (SQLCipher, :mod:`briefing.store.cipher`) have
no plain header: without a passphrase such a file raises :class:`PassphraseRequired` (random
bytes cannot be told from an encrypted file), with a wrong one :class:`WrongPassphrase`.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from briefing.errors import Phrase
from briefing.files.atomic import sync_dir
from briefing.files.lock import LockHeld, WorkspaceLock
from briefing.files.paths import quarantine_folder
from briefing.files.signature import APPLICATION_ID, SQLITE_MAGIC
from briefing.i18n import M_
from briefing.store import cipher
from briefing.store.errors import (
    A_FOLDER,
    ANOTHER_PROGRAM,
    ANOTHER_PROGRAM_ENCRYPTED,
    BUSY,
    CANNOT_READ,
    DAMAGED,
    DAMAGED_DOING,
    DISK_ERROR,
    DISK_FULL,
    DISK_FULL_UNKNOWN,
    ENCRYPTED_OR_NOT,
    IN_USE,
    JOURNAL_LEFT,
    JOURNAL_READ_ONLY,
    NEWER,
    NEWER_IN_WAL,
    NO_SUCH_FILE,
    NOT_SQLITE,
    OS_ERROR,
    READ_ONLY_LOCATION,
    WRONG_PASSPHRASE,
    WRONG_PASSPHRASE_OR_NOT,
    DamagedWorkspace,
    DiskFull,
    NewerWorkspace,
    NotAWorkspace,
    PassphraseRequired,
    ReadOnlyLocation,
    WorkspaceError,
    WorkspaceInUse,
    WrongPassphrase,
)
from briefing.store.schema import CURRENT_VERSION

log = logging.getLogger(__name__)

SUFFIX = ".briefing"


def is_encrypted(path: str | Path) -> bool:
    """No plain SQLite header: an encrypted workspace (or not a database at all)."""
    with Path(path).open("rb") as f:
        return f.read(16) != SQLITE_MAGIC


def acquire(lock: WorkspaceLock, path: Path) -> None:
    try:
        lock.acquire()
    except LockHeld as exc:
        raise WorkspaceInUse(IN_USE, path=path, holder=exc.holder) from None
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise ReadOnlyLocation(READ_ONLY_LOCATION, path=path) from None
        raise explain_os(path, exc, M_("cannot lock the workspace")) from None


def check_file_name(path: Path) -> None:
    """Refuse a workspace name with control characters (a newline breaks its backups' names,
    and no file manager shows it right)."""
    if any(ord(c) < 32 or ord(c) == 127 for c in path.name):
        raise WorkspaceError(
            f"{path.name!r}: a workspace name cannot contain line breaks, tabs or other control "
            "characters; choose another name"
        )


def create_private(path: Path) -> None:
    """The new, empty workspace file, readable by its owner only (SQLite gives the -wal and
    -shm files the same permissions)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def explain(path: Path, exc: sqlite3.Error, doing: str) -> WorkspaceError:
    """The user's words for what an SQLite error means at ``path``; ``doing`` (what failed:
    "the change could not be saved") is a phrase marked ``M_``."""
    text = str(exc)
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    doing = Phrase(doing)
    if "locked" in text or "busy" in text or code in (5, 6):
        return WorkspaceError(BUSY, path=path)
    if code == 13 or "full" in text or _disk_full(path):
        return disk_full(path, doing)
    if code == 8 or "readonly" in text:
        if not os.access(path.parent, os.W_OK):
            return ReadOnlyLocation(READ_ONLY_LOCATION, path=path)
    if isinstance(exc, sqlite3.OperationalError) and code in (10, 14):  # I/O error, can't open
        return WorkspaceError(DISK_ERROR, path=path, doing=doing, detail=text)
    return DamagedWorkspace(DAMAGED_DOING, path=path, doing=doing, detail=text)


def explain_os(path: Path, exc: OSError, doing: str) -> WorkspaceError:
    """The same for an ``OSError``; ``doing`` a phrase marked ``M_``."""
    doing = Phrase(doing)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(path, doing)
    if exc.errno == errno.EROFS:
        return ReadOnlyLocation(READ_ONLY_LOCATION, path=path)
    return WorkspaceError(OS_ERROR, path=path, doing=doing, detail=exc.strerror or exc)


#: below this much free space an I/O error is taken to mean "the disk is full"
FULL_BELOW = 1_000_000


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW
    except OSError:
        return False


def disk_full(path: Path, doing: str) -> DiskFull:
    doing = Phrase(doing)
    try:
        free = f"{shutil.disk_usage(path.parent).free // 1024:,}"
    except OSError:
        return DiskFull(DISK_FULL_UNKNOWN, path=path, doing=doing, folder=path.parent)
    return DiskFull(DISK_FULL, path=path, doing=doing, folder=path.parent, free=free)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete the temporary copies an interrupted encrypt, decrypt, passphrase change or
    restore left beside the workspace (``.<name>.convert-*`` and ``.<name>.restore-*``).

    Called with the workspace's lock held, so none of them belongs to a running conversion
    (conversions and restores hold the lock). A decrypt's copy is plaintext: it must not
    outlive the next open."""
    removed = []
    for pattern in (f".{path.name}.convert-*", f".{path.name}.restore-*"):  # see temporary_beside
        for tmp in path.parent.glob(pattern):
            try:
                tmp.unlink()
                removed.append(tmp)
            except OSError as exc:
                log.warning("could not remove %s: %s", tmp, exc)
    if removed:
        log.info("removed %d interrupted temporary copies of %s", len(removed), path)
    return removed


def temporary_beside(path: Path, purpose: str) -> Path:
    """A new, empty, private temporary file beside ``path`` for a conversion or restore;
    :func:`remove_stale_temporaries` finds it if the process is killed."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.{purpose}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(name)


def reader_uri(path: Path, *, alone: bool = False) -> str:
    """The URI of a read-only connection to ``path``.

    A reader needs a ``-shm`` file (32 kB) beside the workspace. Where SQLite cannot make
    one (a read-only disk; a full disk, when no writer has the workspace: ``alone``), a
    workspace closed cleanly (no ``-wal``) is opened immutable, since nothing can change it
    meanwhile. One whose last changes are still in a ``-wal`` without its ``-shm`` cannot be
    read there, and the message says what to do."""
    uri = f"{path.as_uri()}?mode=ro"
    writable = os.access(path.parent, os.W_OK)
    if writable and not (alone and _disk_full(path)):
        return uri
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if not wal.exists() or wal.stat().st_size == 0:
        return uri + "&immutable=1"
    if not shm.exists() and not writable:
        raise ReadOnlyLocation(
            f"{path}: its last changes are still in {wal.name}, which cannot be read on a "
            f"read-only disk; copy {path.name} together with {wal.name} to a folder you can "
            "write to, then open it there"
        )
    return uri


def connect(
    path: Path, *, readonly: bool, passphrase: str | None = None, alone: bool = False
) -> sqlite3.Connection:
    uri = reader_uri(path, alone=alone) if readonly else f"{path.as_uri()}?mode=rwc"
    if passphrase is not None:  # same settings; the pages are encrypted (module text)
        conn = cipher.connect(uri, passphrase, uri=True, isolation_level=None,
                              check_same_thread=False)  # fmt: skip
    else:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


ENCRYPTED = -1  # _check_header: no plain header, to be tried with the passphrase


def check_header(path: Path, passphrase: str | None = None) -> int:
    """The checks that only read the first 100 bytes; returns the header's schema version,
    or ``ENCRYPTED`` for a file without a plain header when a passphrase is given."""
    if not path.exists():
        raise WorkspaceError(NO_SUCH_FILE, path=path)
    if not path.is_file():
        raise NotAWorkspace(A_FOLDER, path=path)
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise WorkspaceError(CANNOT_READ, path=path, detail=exc.strerror) from None
    if not header.startswith(SQLITE_MAGIC):
        size = path.stat().st_size
        if size == 0 or size % 512:  # SQLCipher files are whole pages: not one of ours
            raise NotAWorkspace(NOT_SQLITE, path=path)
        if passphrase is None:  # encrypted, or random bytes: no way to tell without a key
            raise PassphraseRequired(ENCRYPTED_OR_NOT, path=path)
        try:
            cipher.check_passphrase(passphrase)
        except ValueError as exc:
            raise WrongPassphrase(WRONG_PASSPHRASE, path=path, detail=exc) from None
        return ENCRYPTED
    if len(header) < 100:
        raise DamagedWorkspace(DAMAGED, path=path, detail="truncated header")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotAWorkspace(ANOTHER_PROGRAM, path=path)
    version = int.from_bytes(header[60:64], "big")
    if version > CURRENT_VERSION:
        raise NewerWorkspace(NEWER, path=path, version=version, current=CURRENT_VERSION)
    return version


def validate_unlocked(
    path: Path, passphrase: str | None = None, *, deep: bool = True
) -> tuple[int, bool]:
    """Validate for a reader: tidy up only if no writer holds the workspace. Returns the
    schema version and whether no writer held it (see :func:`reader_uri`)."""
    check_header(path, passphrase)
    probe = WorkspaceLock(path)
    try:
        probe.acquire()
    except (LockHeld, OSError):
        return validate(path, tidy=False, passphrase=passphrase, deep=deep), False
    try:
        return validate(path, tidy=True, passphrase=passphrase, deep=deep), True
    finally:
        probe.release()


def validate(path: Path, *, tidy: bool, passphrase: str | None = None, deep: bool = True) -> int:
    """Check ``path`` is an intact workspace this version can open; return its schema version.

    Only reads (read-only connection), so nothing is modified when the answer is no. With
    ``tidy`` (the caller holds the lock, so no writer is using the file) the empty ``-wal``
    and ``-shm`` files that a read-only look at a WAL database creates are removed again.
    Without ``deep`` the check of every page (``quick_check``, which takes as long as the
    file is big) is left to the caller (:mod:`briefing.store.pagecheck`).
    """
    version = check_header(path, passphrase)
    if tidy:
        recover_journal(path, None if version != ENCRYPTED else passphrase)
    elif _hot_journal(path):
        raise DamagedWorkspace(JOURNAL_LEFT, path=path, journal=f"{path.name}-journal")
    sidecars = [Path(f"{path}{s}") for s in ("-wal", "-shm")]
    made = [p for p in sidecars if tidy and not p.exists()]
    try:
        uri = reader_uri(path, alone=tidy)
        if version == ENCRYPTED:
            conn = cipher.connect(uri, passphrase, uri=True)
            try:
                check_key(path, conn)
            except BaseException:
                conn.close()
                raise
        else:
            conn = sqlite3.connect(uri, uri=True)
        try:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0] if deep else "ok"
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc, M_("the workspace could not be opened")) from None
    except UnicodeDecodeError as exc:
        raise DamagedWorkspace(DAMAGED, path=path, detail=exc) from None
    finally:
        for p in made:
            if p.exists() and (p.name.endswith("-shm") or p.stat().st_size == 0):
                p.unlink(missing_ok=True)
    if result != "ok":
        raise DamagedWorkspace(DAMAGED, path=path, detail=result)
    if version > CURRENT_VERSION:  # the WAL may hold a newer header than the main file
        raise NewerWorkspace(NEWER_IN_WAL, path=path, version=version)
    return version


def _hot_journal(path: Path) -> bool:
    journal = Path(f"{path}-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def recover_journal(path: Path, passphrase: str | None) -> None:
    """Roll back what an interrupted write left in ``<workspace>-journal`` (the caller holds
    the lock). Workspaces use a WAL, so a rollback journal is left only by an interrupted
    in-place change of passphrase (versions before 0.2) or a foreign program. A journal that
    does not belong to the file (left beside a file that was replaced since) would corrupt it
    when played back: so the file and the journal are copied aside first, and if the file is
    not intact after the rollback, the copy is put back and the journal kept aside."""
    journal = Path(f"{path}-journal")
    if not _hot_journal(path):
        return
    if not os.access(path.parent, os.W_OK):
        raise DamagedWorkspace(JOURNAL_READ_ONLY, path=path, journal=journal.name)
    folder = quarantine_folder(path, "journal")
    saved = folder / path.name
    shutil.copyfile(path, saved)
    shutil.copyfile(journal, folder / journal.name)
    for copy_ in (saved, folder / journal.name):
        with copy_.open("rb+") as f:
            os.fsync(f.fileno())
    sync_dir(folder)
    try:
        conn = (
            cipher.connect(str(path), passphrase, isolation_level=None)
            if passphrase is not None
            else sqlite3.connect(str(path), isolation_level=None)
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls back
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    if result == "ok" and not journal.exists():
        log.warning("rolled back an interrupted change of %s (copies in %s)", path, folder)
        return
    if journal.exists():
        os.replace(journal, folder / f"{journal.name}.unused")
    tmp = temporary_beside(path, "restore")
    shutil.copyfile(saved, tmp)
    os.replace(tmp, path)
    sync_dir(path.parent)
    log.warning(
        "%s: a journal that did not fit the file (%s) was set aside in %s", path, result, folder
    )


def check_key(path: Path, conn: sqlite3.Connection) -> None:
    """Does the passphrase decrypt page 1, and is it then one of our workspaces?"""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if "not a database" not in str(exc):
            raise
        raise WrongPassphrase(WRONG_PASSPHRASE_OR_NOT, path=path) from None
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise NotAWorkspace(ANOTHER_PROGRAM_ENCRYPTED, path=path)
