"""SQLCipher connections for encrypted workspaces (plain ones keep the stdlib ``sqlite3``).

The binding is ``sqlcipher3`` (PyPI; the maintained successor of pysqlcipher3, whose wheels
link SQLCipher 4 and its crypto statically, so no system library is needed). It is imported
only when an encrypted workspace is opened, so plain workspaces neither load nor need it.

What protects the file (SQLCipher 4 defaults, pinned with ``PRAGMA cipher_compatibility = 4``
so that a later SQLCipher with other defaults still opens today's files):

- the key is derived from the passphrase with PBKDF2-HMAC-SHA512, 256,000 iterations, and a
  random 16-byte salt kept in the first bytes of the file (a new one per file, so the same
  passphrase gives different keys for a workspace and its backups);
- every 4096-byte page, the WAL included, is encrypted with AES-256-CBC under a random IV
  and authenticated with HMAC-SHA512, so a wrong passphrase or a tampered page is detected
  (SQLite reports "file is not a database") rather than read as garbage.

Temp files: SQLite writes temporary tables and indexes (big sorts, ``VACUUM``) to files that
SQLCipher does *not* encrypt; encrypted connections set ``PRAGMA temp_store = MEMORY`` so that
no plaintext lands in the temp folder.

Errors: sqlcipher3 raises its own exception classes, not ``sqlite3``'s. The connection
returned here translates them into the ``sqlite3`` classes of the same name, so the store's
``except sqlite3.…`` clauses (busy, damaged, integrity) work for both kinds of workspace.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: SQLCipher 4's PBKDF2 iteration count (documentation; pinned by cipher_compatibility)
KDF_ITERATIONS = 256_000
PAGE_SIZE = 4096

_ERRORS = (
    "Warning",
    "Error",
    "InterfaceError",
    "DatabaseError",
    "DataError",
    "OperationalError",
    "IntegrityError",
    "InternalError",
    "ProgrammingError",
    "NotSupportedError",
)


class BindingMissing(RuntimeError):
    """The SQLCipher binding is not installed."""


def _module():  # noqa: ANN202
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise BindingMissing(
            "encrypted workspaces need the sqlcipher3 package (pip install sqlcipher3)"
        ) from exc
    return dbapi2


def check_passphrase(passphrase: str) -> None:
    """Refuse what SQLCipher would not use as a passphrase (empty means *no* encryption)."""
    if not isinstance(passphrase, str) or not passphrase:
        raise ValueError("the passphrase is empty")
    if "\x00" in passphrase:
        raise ValueError("the passphrase contains a NUL character")


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal, for ``PRAGMA key`` and ``ATTACH … KEY``."""
    check_passphrase(passphrase)
    return "'" + passphrase.replace("'", "''") + "'"


def connect(target: str, passphrase: str, *, uri: bool = False, **kwargs: Any) -> CipherConnection:
    """An SQLCipher connection keyed with ``passphrase`` (nothing is read until first use)."""
    dbapi2 = _module()
    with translated():
        raw = dbapi2.connect(target, uri=uri, **kwargs)
        try:
            raw.execute("PRAGMA cipher_log_level = NONE")  # no "hmac check failed" on stderr
            raw.execute(f"PRAGMA key = {quote(passphrase)}")
            raw.execute("PRAGMA cipher_compatibility = 4")
            raw.execute("PRAGMA temp_store = MEMORY")  # SQLite temp files are not encrypted
        except BaseException:
            raw.close()
            raise
    return CipherConnection(raw)


def connect_plain(target: str, **kwargs: Any) -> CipherConnection:
    """An SQLCipher connection to a plain (unencrypted) database: for ``sqlcipher_export``."""
    dbapi2 = _module()
    with translated():
        raw = dbapi2.connect(target, **kwargs)
        raw.execute("PRAGMA cipher_log_level = NONE")
        raw.execute("PRAGMA temp_store = MEMORY")
    return CipherConnection(raw)


def _translate(exc: Exception) -> Exception:
    dbapi2 = _module()
    for cls in type(exc).__mro__:
        for name in _ERRORS:
            if cls is getattr(dbapi2, name, None):
                new = getattr(sqlite3, name)(*exc.args)
                for attr in ("sqlite_errorcode", "sqlite_errorname"):
                    if hasattr(exc, attr):
                        setattr(new, attr, getattr(exc, attr))
                return new
    return exc


@contextmanager
def translated() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        new = _translate(exc)
        if new is exc:
            raise
        raise new from exc


class _Cursor:
    __slots__ = ("_raw",)

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def execute(self, *args: Any) -> _Cursor:
        with translated():
            self._raw.execute(*args)
        return self

    def executemany(self, *args: Any) -> _Cursor:
        with translated():
            self._raw.executemany(*args)
        return self

    def fetchone(self) -> Any:
        with translated():
            return self._raw.fetchone()

    def fetchall(self) -> list:
        with translated():
            return self._raw.fetchall()

    def fetchmany(self, *args: Any) -> list:
        with translated():
            return self._raw.fetchmany(*args)

    def __iter__(self) -> _Cursor:
        return self

    def __next__(self) -> Any:
        with translated():
            return next(self._raw)


class CipherConnection:
    """A sqlcipher3 connection that raises ``sqlite3``'s exception classes."""

    encrypted = True

    def __init__(self, raw: Any) -> None:
        object.__setattr__(self, "_raw", raw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __setattr__(self, name: str, value: Any) -> None:  # text_factory, row_factory …
        setattr(self._raw, name, value)

    def execute(self, *args: Any) -> _Cursor:
        with translated():
            return _Cursor(self._raw.execute(*args))

    def executemany(self, *args: Any) -> _Cursor:
        with translated():
            return _Cursor(self._raw.executemany(*args))

    def executescript(self, script: str) -> _Cursor:
        with translated():
            return _Cursor(self._raw.executescript(script))

    def cursor(self) -> _Cursor:
        return _Cursor(self._raw.cursor())

    def commit(self) -> None:
        with translated():
            self._raw.commit()

    def rollback(self) -> None:
        with translated():
            self._raw.rollback()

    def close(self) -> None:
        with translated():
            self._raw.close()

    def backup(self, target: CipherConnection, **kwargs: Any) -> None:
        """The online backup into another SQLCipher connection (keyed: the copy is too)."""
        with translated():
            self._raw.backup(target._raw, **kwargs)

    def __enter__(self) -> CipherConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
