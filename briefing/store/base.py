"""What the repositories share, and the guard every one of their methods runs under."""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from briefing.i18n import M_
from briefing.store.errors import (
    OPEN_READ_ONLY,
    PART_DAMAGED,
    DamagedWorkspace,
    ReadOnlyWorkspace,
)
from briefing.store.file import explain


class Database:
    """The open connection of one workspace and its one transaction at a time."""

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool) -> None:
        self.path = path
        self.conn = conn
        self.readonly = readonly

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: either everything inside is saved or nothing is. Nested
        transactions join the outer one."""
        if self.readonly:
            raise ReadOnlyWorkspace(OPEN_READ_ONLY, path=self.path)
        conn = self.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise explain(self.path, exc, M_("the change could not be saved")) from exc


class Repository:
    """Base of the store's repositories (``ws.people``, ``ws.meetings`` …).

    Every public method of a subclass runs under :func:`guarded`, put there by
    ``__init_subclass__``, so a method added later cannot be left unguarded."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.conn

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if name.startswith("_"):
                continue
            if isinstance(value, property) and value.fget is not None:
                setattr(cls, name, property(guarded(value.fget), value.fset))
            elif callable(value) and not isinstance(value, type | staticmethod | classmethod):
                setattr(cls, name, guarded(value))


def guarded(method: Callable) -> Callable:
    """Turn what a damaged file makes SQLite or the row mapping raise into a clear message.

    A file can pass the quick check on open and still hold damaged pages or values that this
    version cannot read (bad UTF-8, unknown kinds). The user is told to restore a backup
    rather than shown a traceback; busy, full-disk and read-only errors keep their own wording.
    ``KeyError`` (no such record) passes through for the caller to say.
    """

    if inspect.isgeneratorfunction(method):  # guard the iteration, not only the call

        @functools.wraps(method)
        def generator(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            with _translated(self._db.path):
                yield from method(self, *args, **kwargs)

        generator.__guarded__ = True  # type: ignore[attr-defined]
        return generator

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        with _translated(self._db.path):
            return method(self, *args, **kwargs)

    wrapper.__guarded__ = True  # type: ignore[attr-defined]
    return wrapper


@contextmanager
def _translated(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as exc:
        problem = explain(path, exc, M_("could not read or write"))
        if not isinstance(problem, DamagedWorkspace):
            raise problem from exc
        raise DamagedWorkspace(PART_DAMAGED, path=path, detail=exc) from exc
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedWorkspace(PART_DAMAGED, path=path, detail=exc) from exc
    except ValueError as exc:
        raise DamagedWorkspace(PART_DAMAGED, path=path, detail=exc) from exc
