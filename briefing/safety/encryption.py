"""Turning a workspace encrypted or plain, and changing its passphrase.

How the file is protected is told in :mod:`briefing.cipher` (SQLCipher 4: PBKDF2-HMAC-SHA512
with 256,000 iterations, AES-256 pages authenticated with HMAC-SHA512).

Crash-safe by construction: the workspace is never rewritten in place (no ``PRAGMA rekey``,
whose interruption leaves a hot journal). With the workspace locked for the whole conversion,
its WAL is checkpointed into the file, ``sqlcipher_export`` writes the converted copy to a
temporary file beside it (``.<name>.convert-*.tmp``), the copy is checked (integrity and the
number of rows of every table), fsynced and renamed over the original, and the folder is
synced. Killed at any moment, the path holds the old file or the new one, whole; a temporary
copy left behind is deleted by the next open (:func:`briefing.store.remove_stale_temporaries`).

Backups: one passphrase opens the workspace and all its backups.

- Encrypting converts the existing plaintext backups *before* the workspace, each by the same
  copy-check-rename, so there is no moment where the workspace is encrypted and a backup is
  not (re-running an interrupted ``encrypt`` finishes the rest). The plaintext source is read
  by SQLCipher with ``temp_store = MEMORY``: nothing plain goes to the temp folder.
- Changing the passphrase takes a backup under the old one first, then re-keys the workspace,
  then every backup the old passphrase opens.
- Decrypting leaves the backups encrypted; its temporary copy is plaintext and is deleted by
  the next open if the decrypt was killed.

Files replaced this way are deleted, not wiped: on an SSD no program can promise that the old
blocks are gone, so a workspace with secrets should be created encrypted
(``briefing new --encrypt``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from pathlib import Path

from briefing.errors import Phrase
from briefing.files.atomic import sync_dir
from briefing.files.lock import WorkspaceLock
from briefing.files.paths import real_path
from briefing.i18n import M_
from briefing.safety import backup
from briefing.store import cipher
from briefing.store.errors import (
    ALREADY_ENCRYPTED,
    BAD_PASSPHRASE,
    COPY_FAILED_CHECK,
    NOT_ENCRYPTED,
    NOT_ENCRYPTED_ENCRYPT,
    OS_ERROR,
    STILL_WRITTEN,
    NotAWorkspace,
    WorkspaceError,
    WrongPassphrase,
)
from briefing.store.file import (
    acquire,
    check_key,
    explain,
    remove_stale_temporaries,
    temporary_beside,
    validate,
)
from briefing.store.file import (
    is_encrypted as _is_encrypted,
)

log = logging.getLogger(__name__)

CONVERTING = M_("could not convert the workspace")


def is_encrypted(path: str | Path) -> bool:
    """True if ``path`` has no plain SQLite header (an encrypted workspace, or not one)."""
    try:
        return _is_encrypted(Path(path))
    except OSError:
        return False


def verify_passphrase(path: str | Path, passphrase: str) -> bool:
    """Does ``passphrase`` decrypt the workspace at ``path``? Only reads the file."""
    path = real_path(path)
    try:
        conn = cipher.connect(f"{path.as_uri()}?mode=ro", passphrase, uri=True)
    except (ValueError, sqlite3.Error):
        return False
    try:
        check_key(path, conn)
        return True
    except (WorkspaceError, sqlite3.Error):
        return False
    finally:
        conn.close()


def encrypt_workspace(path: str | Path, passphrase: str) -> None:
    """Make the plain workspace at ``path`` an encrypted one (and its backups)."""
    path = real_path(path)  # a link stays a link; the file it points to is encrypted
    _usable(path, passphrase)
    if is_encrypted(path):
        raise WorkspaceError(ALREADY_ENCRYPTED, path=path)
    with _locked(path):
        validate(path, tidy=True)
        encrypt_plain_backups(path, passphrase)
        _convert(path, None, passphrase)
    log.info("encrypted %s", path)
    backup.take_backup(path, passphrase=passphrase)


def encrypt_plain_backups(path: str | Path, passphrase: str) -> int:
    """Encrypt every plaintext backup of the workspace at ``path`` with ``passphrase``;
    how many. Also run when an encrypted workspace is opened, for backups an interrupted
    encrypt (before version 0.2) or a concurrent ``briefing backup`` left in clear."""
    done = 0
    for b in backup.list_backups(path):
        if not _is_encrypted(b.path):
            _convert(b.path, None, passphrase, backup_file=True)
            done += 1
    if done:
        log.info("encrypted %d plaintext backups of %s", done, path)
    return done


def decrypt_workspace(path: str | Path, passphrase: str) -> None:
    """Make the encrypted workspace at ``path`` a plain one (its backups stay encrypted)."""
    path = real_path(path)
    if not is_encrypted(path):
        raise WorkspaceError(NOT_ENCRYPTED, path=path)
    with _locked(path):
        validate(path, tidy=True, passphrase=passphrase)
        backup.take_backup(path, dedupe=False, tag="before-decrypt", passphrase=passphrase)
        _convert(path, passphrase, None)
    log.info("decrypted %s", path)


def change_passphrase(path: str | Path, old: str, new: str) -> None:
    """Re-key the encrypted workspace at ``path`` (a new file, then a rename) and its backups."""
    path = real_path(path)
    _usable(path, new)
    if not is_encrypted(path):
        raise WorkspaceError(NOT_ENCRYPTED_ENCRYPT, path=path)
    with _locked(path):
        validate(path, tidy=True, passphrase=old)
        backup.take_backup(path, dedupe=False, tag="before-passwd", passphrase=old)
        _convert(path, old, new)
        for b in backup.list_backups(path):
            if _is_encrypted(b.path) and verify_passphrase(b.path, old):
                _convert(b.path, old, new, backup_file=True)
    log.info("changed the passphrase of %s", path)


# ---------------------------------------------------------------------- helpers


def _usable(path: Path, passphrase: str) -> None:
    try:
        cipher.check_passphrase(passphrase)
    except ValueError as exc:
        raise WorkspaceError(BAD_PASSPHRASE, path=path, detail=exc) from None


class _locked:
    """Hold the workspace's lock (or raise WorkspaceInUse) for a conversion; what an earlier,
    interrupted conversion left beside the workspace is removed first."""

    def __init__(self, path: Path) -> None:
        self.lock = WorkspaceLock(path)
        self.path = path

    def __enter__(self) -> None:
        acquire(self.lock, self.path)
        remove_stale_temporaries(self.path)

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


def _open(path: Path, key: str | None, **kwargs):  # noqa: ANN003, ANN202
    if key is None:
        return sqlite3.connect(str(path), isolation_level=None, **kwargs)
    return cipher.connect(str(path), key, isolation_level=None, **kwargs)


def _checkpoint(path: Path, key: str | None) -> None:
    """Move everything in the ``-wal`` into the file, so the file alone is the workspace."""
    conn = _open(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()  # the last connection closing removes the -wal and -shm
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists() and (suffix == "-shm" or side.stat().st_size == 0):
            side.unlink()
    if Path(f"{path}-wal").exists():
        raise WorkspaceError(STILL_WRITTEN, path=path)


def _convert(path: Path, old: str | None, new: str | None, *, backup_file: bool = False) -> None:
    """Write ``path`` re-encrypted (``new``; None = plain) to a temporary file, check and
    sync it, then rename it over ``path``."""
    try:
        if not backup_file:
            _checkpoint(path, old)
            tmp = temporary_beside(path, "convert")
        else:
            fd, name = tempfile.mkstemp(
                prefix=f".{path.name}.convert-", suffix=".tmp", dir=path.parent
            )
            os.close(fd)
            tmp = Path(name)
    except sqlite3.Error as exc:
        raise explain(path, exc, CONVERTING) from None
    except OSError as exc:
        raise WorkspaceError(OS_ERROR, path=path, doing=Phrase(CONVERTING), detail=exc) from None
    try:
        src = _source(path, old)
        try:
            if old is not None:
                check_key(path, src)
            version = src.execute("PRAGMA user_version").fetchone()[0]
            app_id = src.execute("PRAGMA application_id").fetchone()[0]
            rows = _row_counts(src)
            key = cipher.quote(new) if new is not None else "''"
            src.execute(f"ATTACH DATABASE {_literal(str(tmp))} AS converted KEY {key}")
            src.execute("SELECT sqlcipher_export('converted')")
            # sqlcipher_export copies the schema and the rows, not the header's numbers
            src.execute(f"PRAGMA converted.user_version = {int(version)}")
            src.execute(f"PRAGMA converted.application_id = {int(app_id)}")
            src.execute("DETACH DATABASE converted")
        finally:
            src.close()
        _check_copy(tmp, new, backup_file, rows)
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
        sync_dir(path.parent)
    except sqlite3.Error as exc:
        raise explain(path, exc, CONVERTING) from None
    except OSError as exc:
        raise WorkspaceError(OS_ERROR, path=path, doing=Phrase(CONVERTING), detail=exc) from None
    finally:
        tmp.unlink(missing_ok=True)


def _source(path: Path, key: str | None):  # noqa: ANN202
    """A SQLCipher connection (``sqlcipher_export`` lives there), keyed or not."""
    if key is not None:
        return cipher.connect(str(path), key, isolation_level=None)
    return cipher.connect_plain(str(path), isolation_level=None)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _row_counts(conn) -> dict[str, int]:  # noqa: ANN001
    tables = [
        name
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        if not (sql or "").upper().startswith("CREATE VIRTUAL") and not name.startswith("sqlite_")
    ]
    return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def _check_copy(tmp: Path, key: str | None, backup_file: bool, rows: dict[str, int]) -> None:
    conn = _open(tmp, key)
    try:
        if key is not None:
            check_key(tmp, conn)
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if result == "ok" and _row_counts(conn) != rows:
            result = "the copy does not hold the same rows"
        if not backup_file:
            conn.execute("PRAGMA journal_mode = WAL")  # as the store keeps workspaces
    finally:
        conn.close()
    if result != "ok":
        raise NotAWorkspace(COPY_FAILED_CHECK, path=tmp, detail=result)


__all__ = [
    "WrongPassphrase",
    "change_passphrase",
    "decrypt_workspace",
    "encrypt_plain_backups",
    "encrypt_workspace",
    "is_encrypted",
    "verify_passphrase",
]
