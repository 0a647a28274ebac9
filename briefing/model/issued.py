"""What the workspace keeps of issuing: issued versions of a book, the text each part
printed, and the distribution log. Times are UTC; stored as ISO 8601 (``2025-06-14T09:30:00Z``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class PrintedPart:
    key: str  # the heading's anchor: "section-12", "programme", "annex-tracker"
    section_id: int | None  # None for generated parts (programme table, annexes)
    title: str
    lines: list[str] = field(default_factory=list)
    pages: tuple[int, int] | None = None  # first and last page in the PDF, when known

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "section": self.section_id,
            "title": self.title,
            "lines": self.lines,
            "pages": list(self.pages) if self.pages else None,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> PrintedPart:
        pages = obj.get("pages")
        return cls(
            key=obj["key"],
            section_id=obj.get("section"),
            title=obj["title"],
            lines=list(obj["lines"]),
            pages=(int(pages[0]), int(pages[1])) if pages else None,
        )


@dataclass
class IssuedVersion:
    book_id: int
    number: int
    issued_at: dt.datetime  # UTC
    title: str
    classification: str  # the marking printed on it, e.g. "SECRET // CAMBODIA EYES ONLY"
    pages: int
    #: the global identity (a UUID) that the shared library knows it by; given on first save
    uid: str | None = None


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
    #: the global identity (a UUID) that the shared library knows it by; given on first save
    uid: str | None = None


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
