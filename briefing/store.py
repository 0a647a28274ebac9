"""The workspace file: one SQLite database (``.briefing``) per bilateral relationship.

Durability: WAL journal with ``synchronous=FULL``. In WAL mode NORMAL survives a process
crash but may lose the last transactions on power loss; FULL syncs the WAL on every commit,
so a save reported to the user survives a dead battery too. Commits are small (one edit),
so the extra fsync costs little.

Why not more, or less: a rollback journal (``DELETE``) would sync as safely but needs two
syncs a commit and blocks readers (a second, read-only window) while writing; ``NORMAL`` in
WAL mode syncs only at checkpoints, so the edits since the last one are in the page cache,
not on the disk, when the status bar already says "Saved". With FULL, SQLite also syncs the
folder when it creates the ``-wal`` file, and a checkpoint syncs the WAL before copying pages
into the database and the database before the WAL is reused, so a power cut during a
checkpoint leaves either the old or the new pages, never a mix. How this is proved:
``tests/briefing/test_crash_safety.py`` kills a writer that saves through the editor's
autosave code 60 times at random moments and finds every save it had reported, and (with
strace) checks that every byte written to the WAL was fsync'ed before a save was reported;
the same check run with ``NORMAL`` finds saves reported before they were on disk.

Opening validates before touching: the header, the application id, the schema version and a
quick integrity check run on a read-only connection, so a foreign, damaged or newer file is
reported and never modified.

Encrypted workspaces (SQLCipher, see :mod:`briefing.cipher`) have no plain header: a file
without one may be encrypted, so opening it without a passphrase raises
:class:`PassphraseRequired` (random bytes cannot be told from an encrypted file, so the
message covers both), and a passphrase that does not decrypt it raises
:class:`WrongPassphrase`; either way the file is only read. Plain workspaces keep the stdlib
``sqlite3`` and pay nothing for encryption.
"""

from __future__ import annotations

import copy
import errno
import functools
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import cipher, rows
from .atomic import sync_dir
from .lock import LockHeld, WorkspaceLock
from .model import (
    Area,
    Book,
    ClassificationScheme,
    Commitment,
    CommitmentStatus,
    Item,
    Meeting,
    Person,
    Section,
    Settings,
    format_date,
    parse_date,
    time_problem,
)
from .schema import APPLICATION_ID, CODE_KINDS, CURRENT_VERSION, KIND_CODES, KIND_SLOTS, MIGRATIONS
from .targets import real_path, register_open, unregister_open

log = logging.getLogger(__name__)

SUFFIX = ".briefing"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class WorkspaceError(Exception):
    """A problem the user can act on; the message names the file and the problem."""


class NotAWorkspace(WorkspaceError):
    pass


class DamagedWorkspace(WorkspaceError):
    pass


class NewerWorkspace(WorkspaceError):
    pass


class WorkspaceInUse(WorkspaceError):
    pass


class ReadOnlyWorkspace(WorkspaceError):
    pass


class PassphraseRequired(NotAWorkspace):
    """No SQLite header: an encrypted workspace (ask for its passphrase) or a foreign file."""


class WrongPassphrase(WorkspaceError):
    """The passphrase does not decrypt the file; nothing was changed."""


class ReadOnlyLocation(WorkspaceError):
    """The workspace is on a read-only disk or in a folder that cannot be written: it can
    be opened read-only (``Workspace.open(…, readonly=True)``) and nothing can be saved."""


class DiskFull(WorkspaceError):
    """The disk has no room for the change; nothing was lost, the change was not saved."""


@dataclass
class MeetingSummary:
    """A meeting as the library list shows it, without its items and texts."""

    id: int
    date: str
    kind: str
    title: str
    city: str
    country: str
    occasion: str
    items: int


@dataclass
class SearchHit:
    kind: str  # item | section | person | source | meeting | commitment
    id: int
    title: str
    snippet: str
    where: str
    rank: float


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
        self._conn = conn
        self._lock = lock
        self.readonly = lock is None
        self._settings: Settings | None = None
        # Kept in memory while open (SQLCipher holds the derived key anyway): backups of an
        # encrypted workspace are encrypted with it. Never logged, never written anywhere.
        self._passphrase = passphrase
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
        """A new workspace; with ``passphrase``, an encrypted one (see :mod:`briefing.cipher`)."""
        path = real_path(path)
        check_file_name(path)
        if passphrase is not None:
            try:
                cipher.check_passphrase(passphrase)
            except ValueError as exc:
                raise WorkspaceError(f"{path}: {exc}; choose a passphrase") from None
        if path.exists() or path.is_symlink():
            raise WorkspaceError(f"{path}: a file of that name already exists; choose another name")
        if not path.parent.is_dir():
            raise WorkspaceError(f"{path}: the folder {path.parent} does not exist")
        lock = WorkspaceLock(path)
        _acquire(lock, path)
        try:
            _create_private(path)
            conn = _connect(path, readonly=False, passphrase=passphrase)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            ws = cls(path, conn, lock, passphrase)
            ws._migrate(0)
            ws.save_settings(settings)
        except sqlite3.Error as exc:
            lock.release()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise explain(path, exc, "could not create the workspace") from exc
        except OSError as exc:
            lock.release()
            raise explain_os(path, exc, "could not create the workspace") from None
        return ws

    @classmethod
    def open(
        cls, path: str | Path, *, readonly: bool = False, passphrase: str | None = None
    ) -> Workspace:
        """Open a workspace; an encrypted one needs ``passphrase`` (ignored for a plain one).

        Raises :class:`PassphraseRequired` for a file without an SQLite header when no
        passphrase is given, :class:`WrongPassphrase` when it does not decrypt the file.
        """
        path = real_path(path)  # once: lock, backups and the layout process all use it
        # cheap, and no lock file is made beside a foreign file
        key = passphrase if _check_header(path, passphrase) == _ENCRYPTED else None
        if readonly:
            version, alone = _validate_unlocked(path, key)
            if version < CURRENT_VERSION:
                raise WorkspaceError(
                    f"{path}: the workspace must be upgraded before it can be read; "
                    "open it once for editing"
                )
            try:
                conn = _connect(path, readonly=True, passphrase=key, alone=alone)
                return cls(path, conn, None, key)
            except sqlite3.Error as exc:
                raise explain(path, exc, "the workspace could not be opened") from exc
        lock = WorkspaceLock(path)
        _acquire(lock, path)  # before validating: no other writer can appear meanwhile
        try:
            remove_stale_temporaries(path)
            version = _validate(path, tidy=True, passphrase=key)
            ws = cls(path, _connect(path, readonly=False, passphrase=key), lock, key)
            ws._migrate(version)
        except sqlite3.Error as exc:
            lock.release()
            raise explain(path, exc, "the workspace could not be opened") from exc
        except BaseException:
            lock.release()
            raise
        return ws

    def close(self) -> None:
        if self._conn is not None:
            if not self.readonly:
                try:
                    self._conn.execute("PRAGMA optimize")
                except sqlite3.Error:
                    log.debug("optimize failed on close", exc_info=True)
            self._conn.close()
            self._conn = None  # type: ignore[assignment]
        unregister_open(id(self))
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: either everything inside is saved or nothing is."""
        if self.readonly:
            raise ReadOnlyWorkspace(f"{self.path}: the workspace is open read-only")
        conn = self._conn
        if conn.in_transaction:  # nested: join the outer transaction
            yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise explain(self.path, exc, "the change could not be saved") from exc

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Rows of one read-only query, for the modules that keep their own tables
        (:mod:`briefing.issued`); their writes go through :meth:`transaction`."""
        return self._conn.execute(sql, params).fetchall()

    def _migrate(self, from_version: int) -> None:
        if from_version >= CURRENT_VERSION:
            return
        with self.transaction() as conn:
            for version in range(from_version, CURRENT_VERSION):
                for statement in _statements(MIGRATIONS[version]):
                    conn.execute(statement)
                log.info("migrated %s from schema %d to %d", self.path, version, version + 1)
            if from_version < 2:
                self._reindex_all()
            conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")

    # ------------------------------------------------------------------ settings

    @property
    def settings(self) -> Settings:
        """A copy of the settings: change it, then :meth:`save_settings`."""
        return copy.deepcopy(self._cached_settings())

    def _cached_settings(self) -> Settings:
        if self._settings is None:
            self._settings = self._load_settings()
        return self._settings

    def _load_settings(self) -> Settings:
        meta = dict(self._conn.execute("SELECT key, value FROM meta"))
        areas = [
            Area(k, n)
            for k, n in self._conn.execute("SELECT key, name FROM areas ORDER BY position")
        ]
        return Settings(
            countries=json.loads(meta.get("countries", "[]")),
            ministry=json.loads(meta.get("ministry", '""')),
            department=json.loads(meta.get("department", '""')),
            classification=ClassificationScheme(json.loads(meta["levels"]))
            if "levels" in meta
            else ClassificationScheme(),
            areas=areas,
        )

    def save_settings(self, settings: Settings) -> None:
        """Save settings; areas are matched by key, so renaming one keeps its items."""
        problems = settings.problems()
        if problems:
            where, problem = problems[0]
            raise WorkspaceError(f"the settings cannot be saved: {where}: {problem}")
        keys = [a.key for a in settings.areas]
        self._settings = None
        with self.transaction() as conn:
            values = {
                "countries": settings.countries,
                "ministry": settings.ministry,
                "department": settings.department,
                "levels": settings.classification.levels,
            }
            for key, value in values.items():
                conn.execute(
                    "INSERT INTO meta(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)),
                )
            existing = {k for (k,) in conn.execute("SELECT key FROM areas")}
            for position, area in enumerate(settings.areas):
                conn.execute(
                    "INSERT INTO areas(key, name, position) VALUES (?, ?, ?) ON CONFLICT(key) "
                    "DO UPDATE SET name = excluded.name, position = excluded.position",
                    (area.key, area.name, position),
                )
            for gone in existing - set(keys):
                if self._area_in_use(gone):
                    raise WorkspaceError(
                        f"the cooperation area '{gone}' is still used by records; "
                        "move them to another area first"
                    )
                conn.execute("DELETE FROM areas WHERE key = ?", (gone,))
        self._settings = None

    def rename_area_key(self, old: str, new: str) -> None:
        """Change an area's key; items, commitments and sections follow (ON UPDATE CASCADE)."""
        with self.transaction() as conn:
            conn.execute("UPDATE areas SET key = ? WHERE key = ?", (new, old))
        self._settings = None

    def _area_in_use(self, key: str) -> bool:
        for table in ("items", "commitments", "sections"):
            if self._conn.execute(
                f"SELECT 1 FROM {table} WHERE area = ? LIMIT 1", (key,)
            ).fetchone():
                return True
        return False

    def _check_area(self, key: str | None) -> None:
        if key is not None and key not in {a.key for a in self._cached_settings().areas}:
            raise WorkspaceError(f"'{key}' is not a cooperation area of this workspace")

    # ------------------------------------------------------------------ people

    def save_person(self, person: Person) -> int:
        with self.transaction() as conn:
            person.id = rows.upsert(
                conn,
                "people",
                person.id,
                {"side": person.side, "honorific": person.honorific, "biography": person.biography},
            )
            rows.replace_children(
                conn,
                "person_names",
                "person_id",
                person.id,
                [{"text": n.text, "script": n.script} for n in person.names],
            )
            rows.replace_children(
                conn,
                "offices",
                "person_id",
                person.id,
                [
                    {"title": o.title, "start": rows.iso(o.start), "end": rows.iso(o.end)}
                    for o in person.offices
                ],
            )
            self._index("person", person.id, person.display_name, rows.person_search_text(person))
        return person.id

    def get_person(self, person_id: int) -> Person:
        return rows.load_person(self._conn, person_id)

    def people(self) -> list[Person]:
        ids = [i for (i,) in self._conn.execute("SELECT id FROM people ORDER BY id")]
        return [rows.load_person(self._conn, i) for i in ids]

    def delete_person(self, person_id: int) -> None:
        with self.transaction() as conn:
            try:
                conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            except sqlite3.IntegrityError:
                raise WorkspaceError(
                    "this person took part in recorded meetings; remove them from those first"
                ) from None
            self._unindex("person", person_id)

    # ------------------------------------------------------------------ meetings and items

    def save_meeting(self, meeting: Meeting) -> int:
        """Save a meeting with its participants, sources and items (items keep their ids)."""
        with self.transaction() as conn:
            meeting.id = rows.upsert(conn, "meetings", meeting.id, rows.meeting_row(meeting))
            rows.replace_children(
                conn,
                "participants",
                "meeting_id",
                meeting.id,
                [{"person_id": p.person_id, "role": p.role} for p in meeting.participants],
            )
            keep_sources = set()
            for position, source in enumerate(meeting.sources):
                source.id = rows.upsert(
                    conn,
                    "sources",
                    source.id,
                    {
                        "meeting_id": meeting.id,
                        "position": position,
                        "title": source.title,
                        "issuer": source.issuer,
                        "issue_date": rows.iso(source.issue_date),
                        "text": source.text,
                    },
                )
                keep_sources.add(source.id)
                self._index("source", source.id, source.title, source.text)
            self._delete_missing("sources", "source", meeting.id, keep_sources)
            keep_items = set()
            for position, item in enumerate(meeting.items):
                item.meeting_id = meeting.id
                self._save_item(item, position)
                keep_items.add(item.id)
            self._delete_missing("items", "item", meeting.id, keep_items)
            self._index(
                "meeting",
                meeting.id,
                meeting.title or meeting.label,
                f"{meeting.occasion} {meeting.summary} {meeting.place}",
            )
        return meeting.id

    def _delete_missing(self, table: str, kind: str, meeting_id: int, keep: set[int]) -> None:
        for (row_id,) in self._conn.execute(
            f"SELECT id FROM {table} WHERE meeting_id = ?", (meeting_id,)
        ).fetchall():
            if row_id not in keep:
                self._conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
                self._unindex(kind, row_id)

    def save_item(self, item: Item) -> int:
        """Save one item of an existing meeting (appended if new)."""
        if item.meeting_id is None:
            raise WorkspaceError("an item belongs to a meeting; save the meeting first")
        with self.transaction() as conn:
            position = None
            if item.id is not None:
                row = conn.execute("SELECT position FROM items WHERE id = ?", (item.id,)).fetchone()
                position = row[0] if row else None
            if position is None:
                position = conn.execute(
                    "SELECT COALESCE(MAX(position) + 1, 0) FROM items WHERE meeting_id = ?",
                    (item.meeting_id,),
                ).fetchone()[0]
            self._save_item(item, position)
        return item.id  # type: ignore[return-value]

    def _save_item(self, item: Item, position: int) -> None:
        self._check_area(item.area)
        item.id = rows.upsert(
            self._conn,
            "items",
            item.id,
            {
                "meeting_id": item.meeting_id,
                "position": position,
                "area": item.area,
                "side": item.side,
                "kind": str(item.kind),
                "text": item.text,
                "classification": item.classification,
            },
        )
        self._index("item", item.id, self._cached_settings().area_name(item.area), item.text)

    def delete_item(self, item_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM items WHERE id = ?", (item_id,))
            self._unindex("item", item_id)

    def get_item(self, item_id: int) -> Item:
        row = self._conn.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(f"no item {item_id}")
        return rows.item_from_row(row)

    def get_meeting(self, meeting_id: int) -> Meeting:
        return rows.load_meeting(self._conn, meeting_id)

    def meetings(
        self,
        *,
        area: str | None = None,
        side: str | None = None,
        year: int | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[MeetingSummary]:
        """Meetings newest first, optionally filtered by area, side, year and text."""
        where, args = [], []
        if area or side:
            sub, sub_args = ["i.meeting_id = m.id"], []
            if area:
                sub.append("i.area = ?")
                sub_args.append(area)
            if side:
                sub.append("i.side = ?")
                sub_args.append(side)
            where.append(f"EXISTS (SELECT 1 FROM items i WHERE {' AND '.join(sub)})")
            args += sub_args
        if year:
            where.append("m.date >= ? AND m.date < ?")
            args += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
        if text:
            where.append(
                "(m.title LIKE ? OR m.city LIKE ? OR m.country LIKE ? OR m.occasion LIKE ?)"
            )
            args += [f"%{text}%"] * 4
        sql = (
            "SELECT m.id, m.date, m.kind, m.title, m.city, m.country, m.occasion, "
            "(SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id) FROM meetings m"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY m.date DESC, m.id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [MeetingSummary(*r) for r in self._conn.execute(sql, args)]

    def delete_meeting(self, meeting_id: int) -> None:
        with self.transaction() as conn:
            ids = conn.execute(
                "SELECT id FROM items WHERE meeting_id = ?", (meeting_id,)
            ).fetchall()
            sources = conn.execute(
                "SELECT id FROM sources WHERE meeting_id = ?", (meeting_id,)
            ).fetchall()
            conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            for (i,) in ids:
                self._unindex("item", i)
            for (s,) in sources:
                self._unindex("source", s)
            self._unindex("meeting", meeting_id)

    def items_in_area(
        self, area: str, limit: int | None = None
    ) -> list[tuple[Item, MeetingSummary]]:
        """Items of one area across all meetings, newest meeting first ("From the records")."""
        sql = (
            "SELECT i.*, m.id, m.date, m.kind, m.title, m.city, m.country, m.occasion "
            "FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE i.area = ? "
            "ORDER BY m.date DESC, m.id DESC, i.position"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        out = []
        for row in self._conn.execute(sql, (area,)):
            item = rows.item_from_row(row[:8])
            out.append((item, MeetingSummary(*row[8:], items=0)))
        return out

    # ------------------------------------------------------------------ commitments

    def save_commitment(self, commitment: Commitment) -> int:
        self._check_area(commitment.area)
        with self.transaction() as conn:
            commitment.id = rows.upsert(
                conn,
                "commitments",
                commitment.id,
                {
                    "meeting_id": commitment.meeting_id,
                    "item_id": commitment.item_id,
                    "area": commitment.area,
                    "owed_by": commitment.owed_by,
                    "text": commitment.text,
                    "due": rows.iso(commitment.due),
                    "status": str(commitment.status),
                },
            )
            rows.replace_children(
                conn,
                "progress_notes",
                "commitment_id",
                commitment.id,
                [
                    {"date": n.date.isoformat(), "text": n.text, "evidence": n.evidence}
                    for n in commitment.notes
                ],
            )
            self._index(
                "commitment",
                commitment.id,
                commitment.owed_by,
                " ".join([commitment.text, *(n.text for n in commitment.notes)]),
            )
        return commitment.id

    def get_commitment(self, commitment_id: int) -> Commitment:
        return rows.load_commitment(self._conn, commitment_id)

    def commitments(
        self, *, area: str | None = None, status: CommitmentStatus | None = None
    ) -> list[Commitment]:
        where, args = [], []
        if area:
            where.append("c.area = ?")
            args.append(area)
        if status:
            where.append("c.status = ?")
            args.append(str(status))
        sql = (
            "SELECT c.id FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY m.date DESC, c.id"
        )
        ids = [i for (i,) in self._conn.execute(sql, args)]
        return [rows.load_commitment(self._conn, i) for i in ids]

    def commitment_for_item(self, item_id: int) -> Commitment | None:
        row = self._conn.execute(
            "SELECT id FROM commitments WHERE item_id = ?", (item_id,)
        ).fetchone()
        return rows.load_commitment(self._conn, row[0]) if row else None

    def delete_commitment(self, commitment_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM commitments WHERE id = ?", (commitment_id,))
            self._unindex("commitment", commitment_id)

    # ------------------------------------------------------------------ books

    def save_book(self, book: Book) -> int:
        """Save a book with its ordered sections (which keep their ids) and programme."""
        for item in book.programme:
            problem = time_problem(item.time)
            if problem:
                raise WorkspaceError(f"programme of “{book.title}”: {problem}")
        if book.start_date and book.end_date and book.end_date < book.start_date:
            raise WorkspaceError(f"“{book.title}”: the visit cannot end before it starts")
        with self.transaction() as conn:
            book.id = rows.upsert(conn, "books", book.id, rows.book_row(book))
            rows.replace_children(
                conn,
                "book_counterparts",
                "book_id",
                book.id,
                [{"person_id": p} for p in book.counterparts],
            )
            rows.replace_children(
                conn,
                "programme",
                "book_id",
                book.id,
                [
                    {
                        "day": rows.iso(p.day),
                        "time": p.time,
                        "activity": p.activity,
                        "lead": p.lead,
                        "press": int(p.press),
                    }
                    for p in book.programme
                ],
            )
            keep = set()
            for position, section in enumerate(book.sections):
                self._save_section(book.id, section, position)
                keep.add(section.id)
            for (sid,) in conn.execute(
                "SELECT id FROM sections WHERE book_id = ?", (book.id,)
            ).fetchall():
                if sid not in keep:
                    conn.execute("DELETE FROM sections WHERE id = ?", (sid,))
                    self._unindex("section", sid)
        return book.id

    def save_section(self, book_id: int, section: Section) -> int:
        """Save one section's fields in place (the editor's autosave path)."""
        with self.transaction() as conn:
            row = None
            if section.id is not None:
                row = conn.execute(
                    "SELECT position FROM sections WHERE id = ?", (section.id,)
                ).fetchone()
            position = (
                row[0]
                if row
                else conn.execute(
                    "SELECT COALESCE(MAX(position) + 1, 0) FROM sections WHERE book_id = ?",
                    (book_id,),
                ).fetchone()[0]
            )
            self._save_section(book_id, section, position)
        return section.id  # type: ignore[return-value]

    def _save_section(self, book_id: int, section: Section, position: int) -> None:
        self._check_area(section.area)
        section.id = rows.upsert(
            self._conn, "sections", section.id, rows.section_row(book_id, position, section)
        )
        body = "\n".join(getattr(section, f) for f in Section.TEXT_FIELDS)
        self._index("section", section.id, section.title, body)

    def get_book(self, book_id: int) -> Book:
        return rows.load_book(self._conn, book_id)

    def books(self) -> list[tuple[int, str, str, str | None]]:
        """(id, title, status, start date) of every book, in creation order."""
        return list(
            self._conn.execute("SELECT id, title, status, start_date FROM books ORDER BY id")
        )

    def find_book(self, ref: str) -> Book:
        """A book by number or by title (case-insensitive), as ``briefing info`` lists them."""
        if ref.isdigit():
            row = self._conn.execute("SELECT id FROM books WHERE id = ?", (int(ref),)).fetchone()
        else:
            row = self._conn.execute(
                "SELECT id FROM books WHERE lower(title) = lower(?)", (ref,)
            ).fetchone()
        if row is None:
            raise WorkspaceError(
                f"{self.path}: there is no book '{ref}'; `briefing info` lists them"
            )
        return self.get_book(row[0])

    def delete_book(self, book_id: int) -> None:
        with self.transaction() as conn:
            sections = conn.execute(
                "SELECT id FROM sections WHERE book_id = ?", (book_id,)
            ).fetchall()
            conn.execute("DELETE FROM books WHERE id = ?", (book_id,))
            for (sid,) in sections:
                self._unindex("section", sid)

    def source_texts(self) -> Iterator[tuple[int, str]]:
        """(meeting id, full text) of every source document, for duplicate detection."""
        yield from self._conn.execute("SELECT meeting_id, text FROM sources ORDER BY id")

    def parent_of(self, kind: str, row_id: int) -> int:
        """The meeting of an item or source, or the book of a section."""
        table, column = {
            "item": ("items", "meeting_id"),
            "source": ("sources", "meeting_id"),
            "section": ("sections", "book_id"),
        }[kind]
        row = self._conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise KeyError(f"no {kind} {row_id}")
        return row[0]

    # ------------------------------------------------------------------ search

    def _index(self, kind: str, row_id: int, title: str, body: str) -> None:
        rowid = row_id * KIND_SLOTS + KIND_CODES[kind]
        self._conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
        self._conn.execute(
            "INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)", (rowid, title, body)
        )

    def _unindex(self, kind: str, row_id: int) -> None:
        self._conn.execute(
            "DELETE FROM search WHERE rowid = ?", (row_id * KIND_SLOTS + KIND_CODES[kind],)
        )

    def _reindex_all(self) -> None:
        self._conn.execute("DELETE FROM search")
        for person in self.people():
            self._index("person", person.id, person.display_name, rows.person_search_text(person))
        for (mid,) in self._conn.execute("SELECT id FROM meetings").fetchall():
            meeting = self.get_meeting(mid)
            self._index(
                "meeting",
                mid,
                meeting.title or meeting.label,
                f"{meeting.occasion} {meeting.summary} {meeting.place}",
            )
            for source in meeting.sources:
                self._index("source", source.id, source.title, source.text)
            for item in meeting.items:
                self._index(
                    "item", item.id, self._cached_settings().area_name(item.area), item.text
                )
        for commitment in self.commitments():
            self._index(
                "commitment",
                commitment.id,
                commitment.owed_by,
                " ".join([commitment.text, *(n.text for n in commitment.notes)]),
            )
        for (bid,) in self._conn.execute("SELECT id FROM books").fetchall():
            for section in self.get_book(bid).sections:
                body = "\n".join(getattr(section, f) for f in Section.TEXT_FIELDS)
                self._index("section", section.id, section.title, body)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Ranked full-text hits; every word must match, the last one as a prefix.

        Snippets are cut in Python for the hits returned only: FTS5's snippet() would run
        over every match before the sort, and its cost grows with the square of a text's
        length (a 20 MB pasted text took minutes).
        """
        match = fts_query(query)
        if not match:
            return []
        try:
            found = self._conn.execute(
                "SELECT rowid, title, bm25(search, 2.0, 1.0) FROM search WHERE search MATCH ?"
                " ORDER BY bm25(search, 2.0, 1.0) LIMIT ?",
                (match, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise WorkspaceError(f"cannot search for {query!r}: {exc}") from exc
        words = query_words(query)
        hits = []
        for rowid, title, rank in found:
            kind = CODE_KINDS[rowid % KIND_SLOTS]
            row_id = rowid // KIND_SLOTS
            (body,) = self._conn.execute(
                "SELECT body FROM search WHERE rowid = ?", (rowid,)
            ).fetchone()
            hits.append(
                SearchHit(
                    kind, row_id, title, snippet(body, words), self._where(kind, row_id), rank
                )
            )
        return hits

    def _where(self, kind: str, row_id: int) -> str:
        """Where a hit is, as a user would say it."""
        conn = self._conn
        if kind in ("item", "source"):
            row = conn.execute(
                f"SELECT m.date, m.city, m.country FROM {kind}s x JOIN meetings m "
                "ON m.id = x.meeting_id WHERE x.id = ?",
                (row_id,),
            ).fetchone()
            return _meeting_place(row)
        if kind == "meeting":
            row = conn.execute(
                "SELECT date, city, country FROM meetings WHERE id = ?", (row_id,)
            ).fetchone()
            return _meeting_place(row)
        if kind == "section":
            row = conn.execute(
                "SELECT b.title FROM sections s JOIN books b ON b.id = s.book_id WHERE s.id = ?",
                (row_id,),
            ).fetchone()
            return f"book “{row[0]}”" if row else ""
        if kind == "commitment":
            return "commitments tracker"
        return "people"

    # ------------------------------------------------------------------ summary

    def counts(self) -> dict[str, int | dict[str, int]]:
        conn = self._conn
        by_status = {str(s): 0 for s in CommitmentStatus}
        for status, n in conn.execute("SELECT status, COUNT(*) FROM commitments GROUP BY status"):
            by_status[status] = n

        def count(table: str) -> int:
            return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

        return {
            "meetings": count("meetings"),
            "items": count("items"),
            "people": count("people"),
            "commitments": sum(by_status.values()),
            "commitments_by_status": by_status,
            "books": count("books"),
        }


# ---------------------------------------------------------------------- helpers


def query_words(text: str) -> list[str]:
    """The words of a user's query, without quotes and NUL characters."""
    return [w for w in (w.replace('"', "").replace("\x00", "") for w in text.split()) if w]


def fts_query(text: str) -> str:
    """User words -> an FTS5 query that cannot be a syntax error."""
    words = query_words(text)
    if not words:
        return ""
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(parts)


def snippet(body: str, words: list[str], width: int = 70) -> str:
    """About ``2 * width`` characters around the first word found, the word in [brackets]."""
    lowered = body.lower()
    best, found = len(body), ""
    for word in words:
        at = lowered.find(word.lower())
        if 0 <= at < best:
            best, found = at, word
    if not found:
        text = " ".join(body[: 2 * width].split())
        return text + ("…" if len(body) > 2 * width else "")
    end = best + len(found)
    while end < len(body) and body[end].isalnum():  # the whole word a prefix matched
        end += 1
    start = max(0, best - width)
    stop = min(len(body), end + width)
    text = f"{body[start:best]}[{body[best:end]}]{body[end:stop]}"
    text = " ".join(text.split())
    return ("…" if start > 0 else "") + text + ("…" if stop < len(body) else "")


def _meeting_place(row: tuple | None) -> str:
    if row is None:
        return ""
    date, *place = row
    return "meeting of " + ", ".join([format_date(parse_date(date)), *(p for p in place if p)])


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _acquire(lock: WorkspaceLock, path: Path) -> None:
    try:
        lock.acquire()
    except LockHeld as exc:
        raise WorkspaceInUse(
            f"{path}: the workspace is in use by {exc.holder}; open it read-only or close it there"
        ) from None
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise ReadOnlyLocation(read_only_message(path)) from None
        raise explain_os(path, exc, "cannot lock the workspace") from None


def read_only_message(path: Path) -> str:
    return (
        f"{path}: is on a read-only disk or in a folder that cannot be written to; open it "
        "read-only (changes cannot be saved), or copy it to a folder you can write to"
    )


def check_file_name(path: Path) -> None:
    """Refuse a workspace name with control characters (a newline breaks its backups' names,
    and no file manager shows it right)."""
    if any(ord(c) < 32 or ord(c) == 127 for c in path.name):
        raise WorkspaceError(
            f"{path.name!r}: a workspace name cannot contain line breaks, tabs or other control "
            "characters; choose another name"
        )


def _create_private(path: Path) -> None:
    """The new, empty workspace file, readable by its owner only (SQLite gives the -wal and
    -shm files the same permissions)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def explain(path: Path, exc: sqlite3.Error, doing: str) -> WorkspaceError:
    """The user's words for what an SQLite error means at ``path``."""
    text = str(exc)
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if "locked" in text or "busy" in text or code in (5, 6):
        return WorkspaceError(f"{path}: the workspace is busy; try again")
    if code == 13 or "full" in text or _disk_full(path):
        return DiskFull(_disk_full_message(path, doing))
    if code == 8 or "readonly" in text:
        if not os.access(path.parent, os.W_OK):
            return ReadOnlyLocation(read_only_message(path))
    if isinstance(exc, sqlite3.OperationalError) and code in (10, 14):  # I/O error, can't open
        return WorkspaceError(f"{path}: {doing}: the disk could not be read or written ({text})")
    return DamagedWorkspace(f"{path}: {doing}: the workspace file is damaged ({text})")


def explain_os(path: Path, exc: OSError, doing: str) -> WorkspaceError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(_disk_full_message(path, doing))
    if exc.errno == errno.EROFS:
        return ReadOnlyLocation(read_only_message(path))
    return WorkspaceError(f"{path}: {doing}: {exc.strerror or exc}")


#: below this much free space an I/O error is taken to mean "the disk is full"
FULL_BELOW = 1_000_000


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW
    except OSError:
        return False


def _disk_full_message(path: Path, doing: str) -> str:
    try:
        free = f" ({shutil.disk_usage(path.parent).free // 1024:,} kB free)"
    except OSError:
        free = ""
    return (
        f"{path}: {doing}: the disk holding {path.parent} is full{free}. Free some space, then "
        "try again; what was saved before is intact"
    )


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
    import tempfile

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


def _connect(
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


_ENCRYPTED = -1  # _check_header: no plain header, to be tried with the passphrase


def _check_header(path: Path, passphrase: str | None = None) -> int:
    """The checks that only read the first 100 bytes; returns the header's schema version,
    or ``_ENCRYPTED`` for a file without a plain header when a passphrase is given."""
    if not path.exists():
        raise WorkspaceError(f"{path}: no such file")
    if not path.is_file():
        raise NotAWorkspace(f"{path}: is a folder, not a workspace file")
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot be read: {exc.strerror}") from None
    if not header.startswith(_SQLITE_MAGIC):
        size = path.stat().st_size
        if size == 0 or size % 512:  # SQLCipher files are whole pages: not one of ours
            raise NotAWorkspace(
                f"{path}: is not a Briefing Book workspace (not an SQLite database)"
            )
        if passphrase is None:  # encrypted, or random bytes: no way to tell without a key
            raise PassphraseRequired(
                f"{path}: is not a Briefing Book workspace (or an encrypted one: give its "
                "passphrase)"
            )
        try:
            cipher.check_passphrase(passphrase)
        except ValueError as exc:
            raise WrongPassphrase(f"{path}: the passphrase is not right ({exc})") from None
        return _ENCRYPTED
    if len(header) < 100:
        raise DamagedWorkspace(f"{path}: the workspace file is damaged (truncated header)")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotAWorkspace(
            f"{path}: is an SQLite database made by another program, not a Briefing Book workspace"
        )
    version = int.from_bytes(header[60:64], "big")
    if version > CURRENT_VERSION:
        raise NewerWorkspace(
            f"{path}: was saved by a newer version of Briefing Book (schema {version}; this "
            f"version reads up to {CURRENT_VERSION}); update Briefing Book to open it"
        )
    return version


def _validate_unlocked(path: Path, passphrase: str | None = None) -> tuple[int, bool]:
    """Validate for a reader: tidy up only if no writer holds the workspace. Returns the
    schema version and whether no writer held it (see :func:`reader_uri`)."""
    _check_header(path, passphrase)
    probe = WorkspaceLock(path)
    try:
        probe.acquire()
    except (LockHeld, OSError):
        return _validate(path, tidy=False, passphrase=passphrase), False
    try:
        return _validate(path, tidy=True, passphrase=passphrase), True
    finally:
        probe.release()


def _validate(path: Path, *, tidy: bool, passphrase: str | None = None) -> int:
    """Check ``path`` is an intact workspace this version can open; return its schema version.

    Only reads (read-only connection), so nothing is modified when the answer is no. With
    ``tidy`` (the caller holds the lock, so no writer is using the file) the empty ``-wal``
    and ``-shm`` files that a read-only look at a WAL database creates are removed again.
    """
    version = _check_header(path, passphrase)
    if tidy:
        recover_journal(path, None if version != _ENCRYPTED else passphrase)
    elif _hot_journal(path):
        raise DamagedWorkspace(
            f"{path}: a change to the workspace was interrupted and left {path.name}-journal; "
            "open the workspace for editing once (it is then rolled back), or if it is on a "
            "read-only disk, copy both files to a folder you can write to first"
        )
    sidecars = [Path(f"{path}{s}") for s in ("-wal", "-shm")]
    made = [p for p in sidecars if tidy and not p.exists()]
    try:
        uri = reader_uri(path, alone=tidy)
        if version == _ENCRYPTED:
            conn = cipher.connect(uri, passphrase, uri=True)
            try:
                check_key(path, conn)
            except BaseException:
                conn.close()
                raise
        else:
            conn = sqlite3.connect(uri, uri=True)
        try:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc, "the workspace could not be opened") from None
    except UnicodeDecodeError as exc:
        raise DamagedWorkspace(f"{path}: the workspace file is damaged ({exc})") from None
    finally:
        for p in made:
            if p.exists() and (p.name.endswith("-shm") or p.stat().st_size == 0):
                p.unlink(missing_ok=True)
    if result != "ok":
        raise DamagedWorkspace(f"{path}: the workspace file is damaged ({result})")
    if version > CURRENT_VERSION:  # the WAL may hold a newer header than the main file
        raise NewerWorkspace(
            f"{path}: was saved by a newer version of Briefing Book (schema {version}); "
            "update Briefing Book to open it"
        )
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
    from . import backup  # the backup folder; backup imports this module

    folder = backup.quarantine_folder(path, "journal")
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
        raise WrongPassphrase(
            f"{path}: the passphrase is not right for this workspace (or the file is not a "
            "Briefing Book workspace); nothing was changed"
        ) from None
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise NotAWorkspace(
            f"{path}: is an encrypted database made by another program, not a Briefing Book "
            "workspace"
        )


# ---------------------------------------------------------------------- damaged contents

_READERS = (
    "settings",
    "get_person",
    "people",
    "get_item",
    "get_meeting",
    "meetings",
    "items_in_area",
    "get_commitment",
    "commitments",
    "commitment_for_item",
    "get_book",
    "books",
    "find_book",
    "parent_of",
    "search",
    "counts",
    "query",
)
_WRITERS = (
    "save_settings",
    "rename_area_key",
    "save_person",
    "delete_person",
    "save_meeting",
    "save_item",
    "delete_item",
    "delete_meeting",
    "save_commitment",
    "delete_commitment",
    "save_book",
    "save_section",
    "delete_book",
)


def _guarded(method):
    """Turn what a damaged file makes SQLite or the row mapping raise into a clear message.

    A file can pass the quick check on open and still hold damaged pages or values that this
    version cannot read (bad UTF-8, unknown kinds). The user is told to restore a backup
    rather than shown a traceback; busy and disk errors keep their own wording.
    """

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            problem = explain(self.path, exc, "could not read or write")
            if not isinstance(problem, DamagedWorkspace):
                raise problem from exc
            raise DamagedWorkspace(_damaged(self.path, exc)) from exc
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise DamagedWorkspace(_damaged(self.path, exc)) from exc
        except ValueError as exc:
            if isinstance(exc, WorkspaceError):
                raise
            raise DamagedWorkspace(_damaged(self.path, exc)) from exc

    return wrapper


def _damaged(path: Path, exc: Exception) -> str:
    return (
        f"{path}: part of the workspace is damaged and cannot be read ({exc}); "
        "restore it from a backup (File ▸ Restore from Backup…, or `briefing restore`)"
    )


for _name in _READERS + _WRITERS:
    _attr = getattr(Workspace, _name)
    if isinstance(_attr, property):
        setattr(Workspace, _name, property(_guarded(_attr.fget)))
    else:
        setattr(Workspace, _name, _guarded(_attr))
