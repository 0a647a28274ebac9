"""The workspace: one SQLite file (``.briefing``) per bilateral relationship.

:class:`Workspace` is a facade: it opens, creates and closes the file (through
:mod:`briefing.store.file`), runs transactions, and hands out one repository per kind of
record — ``ws.people``, ``ws.meetings``, ``ws.commitments``, ``ws.books``, ``ws.search``,
``ws.issued``, ``ws.clearance``, ``ws.comments`` — which are the only code that speaks SQL.
Settings stay on the facade (``ws.settings``, :meth:`Workspace.save_settings`) because every
repository checks records against them.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.files.lock import WorkspaceLock
from briefing.files.paths import real_path
from briefing.files.signature import APPLICATION_ID
from briefing.files.targets import register_open, unregister_open
from briefing.i18n import M_
from briefing.model import Section, Settings
from briefing.store import cipher, rows
from briefing.store.base import Database, Repository
from briefing.store.books import BooksRepository
from briefing.store.clearance import ClearanceRepository
from briefing.store.comments import CommentsRepository
from briefing.store.commitments import CommitmentsRepository
from briefing.store.errors import (
    ALREADY_EXISTS,
    BAD_PASSPHRASE,
    NO_FOLDER,
    OPEN_READ_ONLY,
    ReadOnlyWorkspace,
    WorkspaceError,
)
from briefing.store.file import (
    ENCRYPTED,
    acquire,
    check_file_name,
    check_header,
    connect,
    create_private,
    explain,
    explain_os,
    remove_stale_temporaries,
    validate,
    validate_unlocked,
)
from briefing.store.issued import IssuedRepository
from briefing.store.meetings import MeetingsRepository
from briefing.store.pagecheck import PageCheck, check_pages
from briefing.store.people import PeopleRepository
from briefing.store.replica import ReplicaRepository
from briefing.store.schema import CURRENT_VERSION, MIGRATIONS
from briefing.store.search import SearchIndex
from briefing.store.settings import SettingsRepository
from briefing.store.spelling import SpellingWordsRepository

log = logging.getLogger(__name__)


class Workspace:
    """An open workspace. Use :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: WorkspaceLock | None,
        passphrase: str | None = None,
    ) -> None:
        self.path = path
        self._lock = lock
        self.readonly = lock is None
        self._db = Database(path, conn, self.readonly)
        # Kept in memory while open (SQLCipher holds the derived key anyway): backups of an
        # encrypted workspace are encrypted with it. Never logged, never written anywhere.
        self._passphrase = passphrase
        self._page_check: PageCheck | None = None
        self.search = SearchIndex(self._db)
        self._settings = SettingsRepository(self._db)
        self.people = PeopleRepository(self._db, self.search)
        self.meetings = MeetingsRepository(self._db, self._settings, self.search)
        self.commitments = CommitmentsRepository(self._db, self._settings, self.search)
        self.books = BooksRepository(self._db, self._settings, self.search)
        self.issued = IssuedRepository(self._db)
        self.spelling = SpellingWordsRepository(self._db)
        self.replica = ReplicaRepository(self._db, self._settings, self.search)
        self.clearance = ClearanceRepository(self._db)
        self.comments = CommentsRepository(self._db)
        self._summary = _Summary(self._db, self.commitments)
        register_open(id(self), path)

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """The passphrase of an encrypted workspace (for its backups); None if plain."""
        return self._passphrase

    # ------------------------------------------------------------------ opening

    @classmethod
    def create(
        cls, path: str | Path, settings: Settings, passphrase: str | None = None
    ) -> Workspace:
        """A new workspace; with ``passphrase``, an encrypted one (see :mod:`.cipher`)."""
        path = real_path(path)
        check_file_name(path)
        if passphrase is not None:
            try:
                cipher.check_passphrase(passphrase)
            except ValueError as exc:
                raise WorkspaceError(BAD_PASSPHRASE, path=path, detail=exc) from None
        if path.exists() or path.is_symlink():
            raise WorkspaceError(ALREADY_EXISTS, path=path)
        if not path.parent.is_dir():
            raise WorkspaceError(NO_FOLDER, path=path, folder=path.parent)
        lock = WorkspaceLock(path)
        acquire(lock, path)
        try:
            create_private(path)
            conn = connect(path, readonly=False, passphrase=passphrase)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            ws = cls(path, conn, lock, passphrase)
            ws._migrate(0)
            ws.save_settings(settings)
        except sqlite3.Error as exc:
            lock.release()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise explain(path, exc, M_("could not create the workspace")) from exc
        except OSError as exc:
            lock.release()
            raise explain_os(path, exc, M_("could not create the workspace")) from None
        return ws

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        readonly: bool = False,
        passphrase: str | None = None,
        defer_check: bool = False,
    ) -> Workspace:
        """Open a workspace; an encrypted one needs ``passphrase`` (ignored for a plain one).

        Raises :class:`PassphraseRequired` for a file without an SQLite header when no
        passphrase is given, :class:`WrongPassphrase` when it does not decrypt the file.
        ``defer_check``: the check of every page runs beside the caller's work, which must
        call :meth:`confirm_intact` before it uses what it read (see :mod:`.pagecheck`); a file
        to be upgraded is checked first all the same.
        """
        path = real_path(path)  # once: lock, backups and the layout process all use it
        # cheap, and no lock file is made beside a foreign file
        key = passphrase if check_header(path, passphrase) == ENCRYPTED else None
        if readonly:
            version, alone = validate_unlocked(path, key, deep=not defer_check)
            if version < CURRENT_VERSION:
                raise WorkspaceError(
                    f"{path}: the workspace must be upgraded before it can be read; "
                    "open it once for editing"
                )
            try:
                conn = connect(path, readonly=True, passphrase=key, alone=alone)
                ws = cls(path, conn, None, key)
            except sqlite3.Error as exc:
                raise explain(path, exc, M_("the workspace could not be opened")) from exc
            if defer_check:
                ws._page_check = PageCheck(path, key)
            return ws
        lock = WorkspaceLock(path)
        acquire(lock, path)  # before validating: no other writer can appear meanwhile
        try:
            remove_stale_temporaries(path)
            version = validate(path, tidy=True, passphrase=key, deep=not defer_check)
            if defer_check and version < CURRENT_VERSION:
                check_pages(path, key)  # a damaged file is never upgraded
            ws = cls(path, connect(path, readonly=False, passphrase=key), lock, key)
            if defer_check and version == CURRENT_VERSION:
                ws._page_check = PageCheck(path, key)
            ws._migrate(version)
        except sqlite3.Error as exc:
            lock.release()
            raise explain(path, exc, M_("the workspace could not be opened")) from exc
        except BaseException:
            lock.release()
            raise
        return ws

    def companion(self) -> Workspace:
        """A second connection to this open workspace, for work on another thread (the sync
        with a shared library): its own transactions on the same file, under the lock this one
        holds. Close it before this one."""
        if self.readonly:
            raise ReadOnlyWorkspace(OPEN_READ_ONLY, path=self.path)
        try:
            conn = connect(self.path, readonly=False, passphrase=self._passphrase)
        except sqlite3.Error as exc:
            raise explain(self.path, exc, M_("the workspace could not be opened")) from exc
        other = Workspace(self.path, conn, None, self._passphrase)
        other.readonly = other._db.readonly = False
        return other

    def reload_settings(self) -> None:
        """Read the settings again (another connection changed them)."""
        self._settings._cache = None

    def confirm_intact(self) -> None:
        """Wait for the page check an open with ``defer_check`` left running; raise
        :class:`DamagedWorkspace` if the file is damaged. Nothing to do otherwise."""
        check, self._page_check = self._page_check, None
        if check is not None:
            check.result()

    def close(self) -> None:
        check, self._page_check = self._page_check, None
        if check is not None:
            try:
                check.result()  # its reader is done before the lock goes
            except (WorkspaceError, OSError):
                log.warning("%s: the page check failed after the work was done", self.path)
        conn = self._db.conn
        if conn is not None:
            if not self.readonly:
                try:
                    conn.execute("PRAGMA optimize")
                except sqlite3.Error:
                    log.debug("optimize failed on close", exc_info=True)
            conn.close()
            self._db.conn = None  # type: ignore[assignment]
        unregister_open(id(self))
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self._db.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write across repositories: everything inside is saved, or nothing."""
        with self._db.transaction():
            yield

    def _migrate(self, from_version: int) -> None:
        if from_version >= CURRENT_VERSION:
            return
        conn = self._db.conn
        with self._db.transaction():
            for version in range(from_version, CURRENT_VERSION):
                for statement in _statements(MIGRATIONS[version]):
                    conn.execute(statement)
                log.info("migrated %s from schema %d to %d", self.path, version, version + 1)
            if from_version < 2:
                self.reindex()
            conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")

    # ------------------------------------------------------------------ settings

    @property
    def settings(self) -> Settings:
        """A copy of the settings: change it, then :meth:`save_settings`."""
        return self._settings.get()

    def save_settings(self, settings: Settings) -> None:
        """Save settings; areas are matched by key, so renaming one keeps its items."""
        self._settings.save(settings)

    def rename_area_key(self, old: str, new: str) -> None:
        """Change an area's key; items, commitments and sections follow."""
        self._settings.rename_area_key(old, new)

    def levels_in_use(self) -> dict[str, dict[str, int]]:
        """{level: {"book": n, "section": n, "record item": n}} for every level in use."""
        return self._settings.levels_in_use()

    def rename_levels(self, renames: dict[str, str]) -> None:
        self._settings.rename_levels(renames)

    def rename_sides(self, renames: dict[str, str]) -> None:
        self._settings.rename_sides(renames)

    # ------------------------------------------------------------------ across records

    def counts(self) -> dict[str, int | dict[str, int]]:
        return self._summary.counts()

    def parent_of(self, kind: str, row_id: int) -> int:
        """The meeting of an item or source, or the book of a section."""
        if kind == "section":
            return self.books.book_of(row_id)
        return self.meetings.meeting_of(kind, row_id)

    def reindex(self) -> None:
        """Rebuild the full-text index from the records (schema migrations call it)."""
        search = self.search
        search.clear()
        area_name = self._settings.cached().area_name
        for person in self.people.all():
            search.index("person", person.id, person.display_name, rows.person_search_text(person))
        for mid in self.meetings.ids():
            meeting = self.meetings.get(mid)
            search.index(
                "meeting",
                mid,
                meeting.title or meeting.label,
                f"{meeting.occasion} {meeting.summary} {meeting.place}",
            )
            for source in meeting.sources:
                search.index("source", source.id, source.title, source.text)
            for item in meeting.items:
                search.index("item", item.id, area_name(item.area), item.text)
        for commitment in self.commitments.all():
            search.index(
                "commitment",
                commitment.id,
                commitment.owed_by,
                " ".join([commitment.text, *(n.text for n in commitment.notes)]),
            )
        for bid, *_ in self.books.summaries():
            for section in self.books.get(bid).sections:
                body = "\n".join(getattr(section, f) for f in Section.TEXT_FIELDS)
                search.index("section", section.id, section.title, body)


class _Summary(Repository):
    """What ``briefing info`` and the backups list count."""

    def __init__(self, db: Database, commitments: CommitmentsRepository) -> None:
        super().__init__(db)
        self._commitments = commitments

    def counts(self) -> dict[str, int | dict[str, int]]:
        by_status = self._commitments.by_status()

        def count(table: str) -> int:
            return self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

        return {
            "meetings": count("meetings"),
            "items": count("items"),
            "people": count("people"),
            "commitments": sum(by_status.values()),
            "commitments_by_status": by_status,
            "books": count("books"),
        }


def _statements(script: str) -> list[str]:
    """The statements of a migration; a trigger's body (``BEGIN …; END``) stays whole."""
    out, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip().rstrip(";"))
            pending = ""
    if pending.strip(" \n;"):
        out.append(pending.strip().rstrip(";"))
    return out
