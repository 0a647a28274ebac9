"""The workspace's record of issuing: issued versions of books and the distribution log.

Tables ``issued_versions`` and ``distribution`` (schema version 3). Writers take the
connection of an open :meth:`Workspace.transaction`; readers use :meth:`Workspace.query`.
Times are stored as ISO 8601 in UTC (``2025-06-14T09:30:00Z``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .snapshot import PrintedPart
from .store import Workspace, WorkspaceError


@dataclass
class IssuedVersion:
    book_id: int
    number: int
    issued_at: dt.datetime  # UTC
    title: str
    classification: str  # the marking printed on it, e.g. "SECRET // CAMBODIA EYES ONLY"
    pages: int


@dataclass
class DistributionEntry:
    book_id: int
    book_title: str
    version: int | None  # the issued version, None for an export that was not issued
    copy: int | None  # n of a numbered copy
    copies: int | None  # N of a numbered copy
    recipient: str
    format: str  # "pdf" | "docx"
    path: str
    sha256: str
    written_at: dt.datetime  # UTC


@dataclass
class VersionRecord:
    """Everything kept of one issued version."""

    version: IssuedVersion
    pdf: bytes  # the master PDF, without copy numbers or password
    book: dict[str, Any]  # the book in its interchange (JSON) form
    parts: list[PrintedPart]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def to_text(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_text(text: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if when.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    return when.astimezone(dt.UTC)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------- versions


def next_number(ws: Workspace, book_id: int) -> int:
    (last,) = ws.query(
        "SELECT COALESCE(MAX(number), 0) FROM issued_versions WHERE book_id = ?", (book_id,)
    )[0]
    return last + 1


def add_version(conn: sqlite3.Connection, record: VersionRecord) -> None:
    v = record.version
    conn.execute(
        "INSERT INTO issued_versions (book_id, number, issued_at, title, classification, pages,"
        " pdf, pdf_sha256, book_json, sections_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        ),
    )


_VERSION_COLUMNS = "book_id, number, issued_at, title, classification, pages"


def _version(row: tuple) -> IssuedVersion:
    book_id, number, issued_at, title, classification, pages = row
    return IssuedVersion(book_id, number, from_text(issued_at), title, classification, pages)


def versions(ws: Workspace, book_id: int | None = None) -> list[IssuedVersion]:
    """Issued versions of one book (or of all books), oldest first."""
    where, params = ("WHERE book_id = ?", (book_id,)) if book_id is not None else ("", ())
    rows = ws.query(
        f"SELECT {_VERSION_COLUMNS} FROM issued_versions {where} ORDER BY book_id, number", params
    )
    return [_version(r) for r in rows]


def record(ws: Workspace, book_id: int, number: int) -> VersionRecord:
    """Everything kept of version ``number`` of the book, or a WorkspaceError naming it."""
    rows = ws.query(
        f"SELECT {_VERSION_COLUMNS}, pdf, pdf_sha256, book_json, sections_json "
        "FROM issued_versions WHERE book_id = ? AND number = ?",
        (book_id, number),
    )
    if not rows:
        known = ", ".join(f"v{v.number}" for v in versions(ws, book_id)) or "none yet"
        raise WorkspaceError(
            f"{ws.path}: book {book_id} has no issued version {number} (issued: {known})"
        )
    row = rows[0]
    pdf, digest, book_json, sections_json = row[6:]
    if sha256(pdf) != digest:
        raise WorkspaceError(
            f"{ws.path}: the PDF kept for version {number} of book {book_id} does not match its "
            "SHA-256; restore the workspace from a backup"
        )
    parts = [PrintedPart.from_json(p) for p in json.loads(sections_json)]
    return VersionRecord(_version(row[:6]), bytes(pdf), json.loads(book_json), parts)


# ---------------------------------------------------------------------- distribution log


def add_distribution(conn: sqlite3.Connection, entries: list[DistributionEntry]) -> None:
    conn.executemany(
        "INSERT INTO distribution (book_id, book_title, version, copy, copies, recipient,"
        " format, path, sha256, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            )
            for e in entries
        ],
    )


def distribution(ws: Workspace, book_id: int | None = None) -> list[DistributionEntry]:
    """The log, in the order the files were written."""
    where, params = ("WHERE book_id = ?", (book_id,)) if book_id is not None else ("", ())
    rows = ws.query(
        "SELECT book_id, book_title, version, copy, copies, recipient, format, path, sha256,"
        f" written_at FROM distribution {where} ORDER BY id",
        params,
    )
    return [DistributionEntry(*r[:9], written_at=from_text(r[9])) for r in rows]
