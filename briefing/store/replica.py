"""``ws.replica``: the workspace as a replica of a shared library (issue 18).

A record travels as a *document*: a JSON object of its columns (its child rows — names,
offices, participants, notes, programme, counterparts — as lists), with references to other
records by uid, never by this file's row ids. The columns are read from the tables themselves,
so a column another version adds travels too. :meth:`ReplicaRepository.doc` makes one,
:meth:`put` and :meth:`remove` apply one from the library (with the full-text index).

The change log is kept by the schema's triggers (``sync_changes``, see
:mod:`briefing.store.schema`); what the library last agreed on for each record is in
``sync_base`` (its sequence number and document: the common version of a three-way merge);
conflicts waiting for the officer are in ``sync_conflicts``. Changes applied from the library
are not changes to send back: :meth:`quietly` wraps them.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from briefing.model import Area, ClassificationScheme, Clearer, Settings
from briefing.store import rows
from briefing.store.base import Repository
from briefing.store.errors import WorkspaceError
from briefing.store.schema import SETTINGS_UID, SYNC_CHILDREN, SYNC_TABLES
from briefing.store.search import SearchIndex
from briefing.store.settings import SettingsRepository

TABLES = {kind: table for table, kind in SYNC_TABLES.items()}
#: the order records are applied in: a record after those it names
ORDER = ("settings", "person", "meeting", "source", "item", "commitment", "book", "section",
         "issued", "distribution")  # fmt: skip
#: columns that name another record: (table, column) -> the kind named
REFS = {
    ("sources", "meeting_id"): "meeting",
    ("items", "meeting_id"): "meeting",
    ("commitments", "meeting_id"): "meeting",
    ("commitments", "item_id"): "item",
    ("sections", "book_id"): "book",
    ("issued_versions", "book_id"): "book",
    ("distribution", "book_id"): "book",
    ("participants", "person_id"): "person",
    ("book_counterparts", "person_id"): "person",
}
#: child tables of each kind: (table, the column naming the parent)
CHILDREN = {
    SYNC_TABLES[parent]: [(t, c) for t, (c, p) in SYNC_CHILDREN.items() if p == parent]
    for parent in {p for _c, p in SYNC_CHILDREN.values()}
}
#: a required reference: without it the record cannot be stored here
REQUIRED = {("sources", "meeting_id"), ("items", "meeting_id"), ("sections", "book_id"),
            ("issued_versions", "book_id")}  # fmt: skip


class MissingRecord(WorkspaceError):
    """A record from the library names one this replica does not have."""


@dataclass
class Conflict:
    id: int
    uid: str
    kind: str
    field: str  # a field of the document, or "*" for the whole record (edit against delete)
    base: Any
    mine: Any
    theirs: Any
    merged: Any  # a proposal (a section text merged paragraph by paragraph), or None
    seq: int


def _blob(value: Any) -> Any:
    return (
        {"base64": base64.b64encode(value).decode("ascii")} if isinstance(value, bytes) else value
    )


def _unblob(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"base64"}:
        return base64.b64decode(value["base64"])
    return value


class ReplicaRepository(Repository):
    def __init__(self, db, settings: SettingsRepository, search: SearchIndex) -> None:  # noqa: ANN001
        super().__init__(db)
        self._settings = settings
        self._search = search
        self._columns: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ columns

    def _cols(self, table: str) -> list[str]:
        if table not in self._columns:
            skip = {"id", "uid"}
            for child, (column, _parent) in SYNC_CHILDREN.items():
                if child == table:
                    skip |= {column, "position"}
            self._columns[table] = [
                name
                for _cid, name, *_rest in self._conn.execute(f"PRAGMA table_info({table})")
                if name not in skip
            ]
        return self._columns[table]

    def _uid_of(self, kind: str, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        row = self._conn.execute(
            f"SELECT uid FROM {TABLES[kind]} WHERE id = ?", (row_id,)
        ).fetchone()
        return row[0] if row else None

    def id_of(self, kind: str, uid: str | None) -> int | None:
        """This file's row id of a record, or None."""
        if uid is None:
            return None
        row = self._conn.execute(f"SELECT id FROM {TABLES[kind]} WHERE uid = ?", (uid,)).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ documents

    def doc(self, kind: str, uid: str) -> dict[str, Any] | None:
        """The record as a document, or None if it is not (or no longer) here."""
        if kind == "settings":
            return self._settings_doc()
        table = TABLES[kind]
        cols = self._cols(table)
        row = self._conn.execute(
            f"SELECT id, {', '.join(cols)} FROM {table} WHERE uid = ?", (uid,)
        ).fetchone()
        if row is None:
            return None
        doc: dict[str, Any] = {}
        for name, value in zip(cols, row[1:], strict=True):
            ref = REFS.get((table, name))
            doc[name] = self._uid_of(ref, value) if ref else _blob(value)
        for child, column in CHILDREN.get(kind, []):
            ccols = self._cols(child)
            doc[child] = [
                {
                    n: (self._uid_of(REFS[(child, n)], v) if (child, n) in REFS else _blob(v))
                    for n, v in zip(ccols, r, strict=True)
                }
                for r in self._conn.execute(
                    f"SELECT {', '.join(ccols)} FROM {child} WHERE {column} = ? "
                    "ORDER BY position, rowid",
                    (row[0],),
                )
            ]
        if kind == "issued":
            doc = _issued_out(doc)
        return doc

    def _settings_doc(self) -> dict[str, Any]:
        s = self._settings.cached()
        return {
            "countries": s.countries,
            "ministry": s.ministry,
            "department": s.department,
            "levels": s.classification.levels,
            "areas": [[a.key, a.name, a.names] for a in s.areas],
            "terms": s.terms,
            "clearers": [[c.key, c.name, c.title] for c in s.clearers],
        }

    def put(self, kind: str, uid: str, doc: dict[str, Any]) -> None:
        """Store a record from the library (insert or replace it), with its index entry."""
        if kind == "settings":
            settings = Settings(
                countries=list(doc["countries"]),
                ministry=doc["ministry"],
                department=doc["department"],
                classification=ClassificationScheme(list(doc["levels"])),
                # [key, name] from a library of before areas had names in other languages
                areas=[Area(a[0], a[1], dict(a[2]) if len(a) > 2 else {}) for a in doc["areas"]],
                terms={k: dict(v) for k, v in (doc.get("terms") or {}).items()},
                clearers=[Clearer(*c) for c in doc.get("clearers") or []],
            )
            self._settings.save(settings)
            return
        if kind == "issued":
            doc = self._issued_in(doc)
        table = TABLES[kind]
        values: dict[str, Any] = {}
        for name in self._cols(table):
            value = doc.get(name)
            ref = REFS.get((table, name))
            if ref:
                value = self.id_of(ref, value)
                if value is None and (table, name) in REQUIRED:
                    raise MissingRecord(f"the {ref} of {kind} {uid} is not in this replica")
                if value is None and table == "distribution":
                    value = 0  # the log keeps entries of books deleted since
            values[name] = _unblob(value)
        row_id = self.id_of(kind, uid)
        try:
            if row_id is None:
                cols = [*values, "uid"]
                row_id = self._conn.execute(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                    f"({', '.join('?' * len(cols))})",
                    [*values.values(), uid],
                ).lastrowid
            elif values:
                sets = ", ".join(f"{c} = ?" for c in values)
                self._conn.execute(
                    f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id]
                )
            for child, column in CHILDREN.get(kind, []):
                entries = []
                for entry in doc.get(child) or []:
                    values_ = {}
                    for n in self._cols(child):
                        v = entry.get(n)
                        if (child, n) in REFS:
                            v = self.id_of(REFS[(child, n)], v)
                            if v is None:
                                break  # names a record this replica does not hold
                        values_[n] = _unblob(v)
                    else:
                        entries.append(values_)
                rows.replace_children(self._conn, child, column, row_id, entries)
        except sqlite3.IntegrityError as exc:
            raise MissingRecord(f"{kind} {uid} cannot be stored here: {exc}") from None
        self._reindex(kind, row_id)

    def remove(self, kind: str, uid: str) -> None:
        """Delete a record the library deleted (its children and index entries with it)."""
        if kind == "settings":
            return
        row_id = self.id_of(kind, uid)
        if row_id is None:
            return
        table = TABLES[kind]
        gone: list[tuple[str, int]] = [(kind, row_id)]
        if kind == "meeting":
            for child_kind, child_table in (("item", "items"), ("source", "sources")):
                gone += [
                    (child_kind, i)
                    for (i,) in self._conn.execute(
                        f"SELECT id FROM {child_table} WHERE meeting_id = ?", (row_id,)
                    )
                ]
        elif kind == "book":
            gone += [
                ("section", i)
                for (i,) in self._conn.execute(
                    "SELECT id FROM sections WHERE book_id = ?", (row_id,)
                )
            ]
        try:
            self._conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        except sqlite3.IntegrityError:
            raise MissingRecord(
                f"{kind} {uid} is still used by records of this replica (a person who took "
                "part in a meeting)"
            ) from None
        for k, i in gone:
            if k in ("person", "meeting", "source", "item", "commitment", "section"):
                self._search.unindex(k, i)

    def _reindex(self, kind: str, row_id: int) -> None:
        conn, search = self._conn, self._search
        if kind == "person":
            p = rows.load_person(conn, row_id)
            search.index("person", row_id, p.display_name, rows.person_search_text(p))
        elif kind == "meeting":
            m = rows.load_meeting(conn, row_id)
            search.index(
                "meeting", row_id, m.title or m.label, f"{m.occasion} {m.summary} {m.place}"
            )
        elif kind == "source":
            title, text = conn.execute(
                "SELECT title, text FROM sources WHERE id = ?", (row_id,)
            ).fetchone()
            search.index("source", row_id, title, text)
        elif kind == "item":
            area, text = conn.execute(
                "SELECT area, text FROM items WHERE id = ?", (row_id,)
            ).fetchone()
            search.index("item", row_id, self._settings.cached().area_name(area), text)
        elif kind == "commitment":
            c = rows.load_commitment(conn, row_id)
            search.index(
                "commitment", row_id, c.owed_by, " ".join([c.text, *(n.text for n in c.notes)])
            )
        elif kind == "section":
            texts = conn.execute(
                "SELECT title, objective, points, if_raised, background FROM sections WHERE id = ?",
                (row_id,),
            ).fetchone()
            search.index("section", row_id, texts[0], "\n".join(texts[1:]))

    # ------------------------------------------------------------------ issued versions

    def _issued_in(self, doc: dict[str, Any]) -> dict[str, Any]:
        """An issued version names its book's sections by uid in the library; here by id."""
        doc = dict(doc)
        book = json.loads(doc["book_json"])
        local: dict[str, int] = {}
        for s in book.get("sections", []):
            found = self.id_of("section", s.get("uid"))
            # a section deleted here since: a stand-in number no section of this file has
            s["id"] = local[s.get("uid")] = found or _stand_in(s.get("uid"))
        book["id"] = self.id_of("book", doc.get("book_id"))
        book["counterparts"] = [
            i for i in (self.id_of("person", u) for u in book.get("counterparts", [])) if i
        ]
        parts = json.loads(doc["sections_json"])
        for p in parts:
            if p.get("section") is not None:
                p["section"] = local.get(p["section"]) or _stand_in(p["section"])
                p["key"] = f"section-{p['section']}"
        doc["book_json"] = json.dumps(book, ensure_ascii=False)
        doc["sections_json"] = json.dumps(parts, ensure_ascii=False)
        return doc

    # ------------------------------------------------------------------ the change log

    def changed(self) -> list[tuple[str, str]]:
        """(uid, kind) of every record changed here since it last went to the library, in
        :data:`ORDER`."""
        found = list(self._conn.execute("SELECT uid, kind FROM sync_changes"))
        return sorted(found, key=lambda r: ORDER.index(r[1]))

    def is_changed(self, uid: str) -> bool:
        return bool(
            self._conn.execute("SELECT 1 FROM sync_changes WHERE uid = ?", (uid,)).fetchone()
        )

    def mark(self, uid: str, kind: str) -> None:
        self._conn.execute(
            "INSERT INTO sync_changes(uid, kind) VALUES (?, ?) ON CONFLICT(uid) DO NOTHING",
            (uid, kind),
        )

    def unmark(self, uid: str) -> None:
        self._conn.execute("DELETE FROM sync_changes WHERE uid = ?", (uid,))

    def mark_all(self) -> int:
        """Mark every record as changed (a workspace joining a library sends all of it)."""
        with self._db.transaction():
            self.mark(SETTINGS_UID, "settings")
            for table, kind in SYNC_TABLES.items():
                self._conn.execute(
                    f"INSERT INTO sync_changes(uid, kind) SELECT uid, '{kind}' FROM {table} "
                    "WHERE true ON CONFLICT(uid) DO NOTHING"
                )
            return self._conn.execute("SELECT COUNT(*) FROM sync_changes").fetchone()[0]

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Changes made inside (applied from the library, with what they cascade to here) are
        not marked as changes to send: the library has them from where they were made."""
        conn = self._conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_before (uid TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.sync_before")
        conn.execute("INSERT INTO temp.sync_before SELECT uid FROM sync_changes")
        yield
        conn.execute("DELETE FROM sync_changes WHERE uid NOT IN (SELECT uid FROM temp.sync_before)")

    def base(self, uid: str) -> tuple[int, dict[str, Any] | None] | None:
        """(sequence number, document) of the record as the library last had it, or None."""
        row = self._conn.execute("SELECT seq, doc FROM sync_base WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            return None
        return row[0], (json.loads(row[1]) if row[1] is not None else None)

    def bases(self, uids: Iterable[str]) -> dict[str, int]:
        """The sequence numbers of the library's versions of ``uids`` held here."""
        out: dict[str, int] = {}
        for part in rows.chunks(list(uids)):  # type: ignore[arg-type]
            marks = ", ".join("?" * len(part))
            out.update(
                self._conn.execute(f"SELECT uid, seq FROM sync_base WHERE uid IN ({marks})", part)
            )
        return out

    def set_base(self, uid: str, kind: str, seq: int, doc: dict[str, Any] | None) -> None:
        self._conn.execute(
            "INSERT INTO sync_base(uid, kind, seq, doc) VALUES (?, ?, ?, ?) ON CONFLICT(uid) "
            "DO UPDATE SET seq = excluded.seq, doc = excluded.doc",
            (uid, kind, seq, json.dumps(doc, ensure_ascii=False) if doc is not None else None),
        )

    def forget(self, uid: str) -> None:
        """A record withdrawn from this replica (above the user's ceiling now): no trace."""
        self._conn.execute("DELETE FROM sync_base WHERE uid = ?", (uid,))
        self._conn.execute("DELETE FROM sync_changes WHERE uid = ?", (uid,))
        self._conn.execute("DELETE FROM sync_conflicts WHERE uid = ?", (uid,))

    # ------------------------------------------------------------------ state

    def state(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_state(self, key: str, value: str | None) -> None:
        if value is None:
            self._conn.execute("DELETE FROM sync_state WHERE key = ?", (key,))
        else:
            self._conn.execute(
                "INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) "
                "DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # ------------------------------------------------------------------ conflicts

    def add_conflict(
        self, uid: str, kind: str, field: str, base: Any, mine: Any, theirs: Any,
        merged: Any, seq: int, when: str,
    ) -> None:  # fmt: skip
        self._conn.execute("DELETE FROM sync_conflicts WHERE uid = ? AND field = ?", (uid, field))
        self._conn.execute(
            "INSERT INTO sync_conflicts(uid, kind, field, base, mine, theirs, merged, seq, "
            "found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (uid, kind, field, *(json.dumps(v, ensure_ascii=False) for v in
                                 (base, mine, theirs, merged)), seq, when),
        )  # fmt: skip

    def conflicts(self, uid: str | None = None) -> list[Conflict]:
        where, args = ("WHERE uid = ?", (uid,)) if uid else ("", ())
        return [
            Conflict(r[0], r[1], r[2], r[3], *(json.loads(v) for v in r[4:8]), r[8])
            for r in self._conn.execute(
                "SELECT id, uid, kind, field, base, mine, theirs, merged, seq FROM sync_conflicts "
                f"{where} ORDER BY id",
                args,
            )
        ]

    def conflicted(self) -> set[str]:
        return {u for (u,) in self._conn.execute("SELECT DISTINCT uid FROM sync_conflicts")}

    def drop_conflict(self, conflict_id: int) -> None:
        self._conn.execute("DELETE FROM sync_conflicts WHERE id = ?", (conflict_id,))

    def holds_records(self) -> bool:
        """Whether the workspace holds any record (settings aside)."""
        return any(
            self._conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table in SYNC_TABLES
        )

    def waiting(self) -> int:
        """How many records wait to go to the library."""
        return self._conn.execute("SELECT COUNT(*) FROM sync_changes").fetchone()[0]


def _stand_in(uid: str | None) -> int:
    """A number for a section that is not in this replica (far above any row id here)."""
    return 2**40 + int((uid or "0").replace("-", "")[:8] or "0", 16)


def _issued_out(doc: dict[str, Any]) -> dict[str, Any]:
    """An issued version for the library: its book's sections named by uid, not by this file's
    ids (the book as issued carries both)."""
    doc = dict(doc)
    book = json.loads(doc["book_json"])
    uids = {s.get("id"): s.get("uid") for s in book.get("sections", [])}
    book.pop("id", None)
    for s in book.get("sections", []):
        s.pop("id", None)
    book["counterparts"] = []  # people are named by id in the document; kept by the book record
    parts = json.loads(doc["sections_json"])
    for p in parts:
        if p.get("section") is not None:
            p["section"] = uids.get(p["section"])
            p["key"] = "section"
    doc["book_json"] = json.dumps(book, ensure_ascii=False)
    doc["sections_json"] = json.dumps(parts, ensure_ascii=False)
    return doc
