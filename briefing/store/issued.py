"""``ws.issued``: the issued versions of books and the distribution log (schema version 3).

Both are append-only: a version, once issued, is never changed, and every file written is
logged with its SHA-256.
"""

from __future__ import annotations

import json
import uuid

from briefing.model import DistributionEntry, IssuedVersion, PrintedPart, VersionRecord
from briefing.model.issued import from_text, sha256, to_text
from briefing.store.base import Repository
from briefing.store.errors import WorkspaceError

_VERSION_COLUMNS = "book_id, number, issued_at, title, classification, pages, uid"


def _version(row: tuple) -> IssuedVersion:
    book_id, number, issued_at, title, classification, pages, uid = row
    return IssuedVersion(
        book_id, number, from_text(issued_at), title, classification, pages, uid=uid
    )


def _fresh(uid: str | None) -> str:
    return uid or str(uuid.uuid4())


class IssuedRepository(Repository):
    def next_number(self, book_id: int) -> int:
        (last,) = self._conn.execute(
            "SELECT COALESCE(MAX(number), 0) FROM issued_versions WHERE book_id = ?", (book_id,)
        ).fetchone()
        return last + 1

    def add_version(self, record: VersionRecord) -> None:
        v = record.version
        v.uid = _fresh(v.uid)
        with self._db.transaction():
            self._conn.execute(
                "INSERT INTO issued_versions (book_id, number, issued_at, title, classification,"
                " pages, pdf, pdf_sha256, book_json, sections_json, uid)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    v.book_id,
                    v.number,
                    to_text(v.issued_at),
                    v.title,
                    v.classification,
                    v.pages,
                    record.pdf,
                    sha256(record.pdf),
                    json.dumps(record.book, ensure_ascii=False),
                    json.dumps([p.to_json() for p in record.parts], ensure_ascii=False),
                    v.uid,
                ),
            )

    def versions(self, book_id: int | None = None) -> list[IssuedVersion]:
        """Issued versions of one book (or of all books), oldest first."""
        where, params = ("WHERE book_id = ?", (book_id,)) if book_id is not None else ("", ())
        found = self._conn.execute(
            f"SELECT {_VERSION_COLUMNS} FROM issued_versions {where} ORDER BY book_id, number",
            params,
        ).fetchall()
        return [_version(r) for r in found]

    def record(self, book_id: int, number: int) -> VersionRecord:
        """Everything kept of version ``number`` of the book, or a WorkspaceError naming it."""
        row = self._conn.execute(
            f"SELECT {_VERSION_COLUMNS}, pdf, pdf_sha256, book_json, sections_json "
            "FROM issued_versions WHERE book_id = ? AND number = ?",
            (book_id, number),
        ).fetchone()
        if row is None:
            known = ", ".join(f"v{v.number}" for v in self.versions(book_id)) or "none yet"
            raise WorkspaceError(
                f"{self._db.path}: book {book_id} has no issued version {number} (issued: {known})"
            )
        pdf, digest, book_json, sections_json = row[7:]
        if sha256(pdf) != digest:
            raise WorkspaceError(
                f"{self._db.path}: the PDF kept for version {number} of book {book_id} does not "
                "match its SHA-256; restore the workspace from a backup"
            )
        parts = [PrintedPart.from_json(p) for p in json.loads(sections_json)]
        return VersionRecord(_version(row[:7]), bytes(pdf), json.loads(book_json), parts)

    def add_distribution(self, entries: list[DistributionEntry]) -> None:
        for e in entries:
            e.uid = _fresh(e.uid)
        with self._db.transaction():
            self._conn.executemany(
                "INSERT INTO distribution (book_id, book_title, version, copy, copies, recipient,"
                " format, path, sha256, written_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.book_id,
                        e.book_title,
                        e.version,
                        e.copy,
                        e.copies,
                        e.recipient,
                        e.format,
                        e.path,
                        e.sha256,
                        to_text(e.written_at),
                        e.uid,
                    )
                    for e in entries
                ],
            )

    def distribution(self, book_id: int | None = None) -> list[DistributionEntry]:
        """The log, in the order the files were written."""
        where, params = ("WHERE book_id = ?", (book_id,)) if book_id is not None else ("", ())
        found = self._conn.execute(
            "SELECT book_id, book_title, version, copy, copies, recipient, format, path, sha256,"
            f" written_at, uid FROM distribution {where} ORDER BY id",
            params,
        ).fetchall()
        return [DistributionEntry(*r[:9], written_at=from_text(r[9]), uid=r[10]) for r in found]
