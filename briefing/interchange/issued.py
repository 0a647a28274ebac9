"""Issued versions and the distribution log in the workspace JSON document.

Called by :mod:`briefing.interchange`, which hands over its readers and its way of failing,
so the checks name the place of a problem like the rest of the document's. An issued
version's master PDF travels as base64 and must match its SHA-256; a log entry may name a
book that no longer exists (the log keeps what was written).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NoReturn

from briefing.model import DistributionEntry, IssuedVersion, PrintedPart, VersionRecord, issued
from briefing.store import Workspace

Fail = Callable[[str, str], NoReturn]  # (where, problem)
FORMATS = ("pdf", "docx")
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass
class IssuedData:
    versions: list[VersionRecord]
    log: list[DistributionEntry]
    #: per book, in the document's order: its clearance trail and comment threads
    trails: list[tuple[list, list]] = field(default_factory=list)


# ---------------------------------------------------------------------- dump


def dump(ws: Workspace) -> dict[str, list[dict[str, Any]]]:
    return {
        "issued_versions": [
            _dump_version(ws.issued.record(v.book_id, v.number)) for v in ws.issued.versions()
        ],
        "distribution_log": [_dump_entry(e) for e in ws.issued.distribution()],
    }


def _dump_version(record: VersionRecord) -> dict[str, Any]:
    v = record.version
    return {
        "uid": v.uid,
        "book": v.book_id,
        "number": v.number,
        "issued_at": issued.to_text(v.issued_at),
        "title": v.title,
        "classification": v.classification,
        "pages": v.pages,
        "pdf_sha256": issued.sha256(record.pdf),
        "pdf": base64.b64encode(record.pdf).decode("ascii"),
        "book_as_issued": record.book,
        "parts": [p.to_json() for p in record.parts],
    }


def _dump_entry(e: DistributionEntry) -> dict[str, Any]:
    return {
        "uid": e.uid,
        "book": e.book_id,
        "book_title": e.book_title,
        "version": e.version,
        "copy": e.copy,
        "copies": e.copies,
        "recipient": e.recipient,
        "format": e.format,
        "path": e.path,
        "sha256": e.sha256,
        "written_at": issued.to_text(e.written_at),
    }


# ---------------------------------------------------------------------- parse


def parse(versions: list[Any], log: list[Any], book_ids: set[int], fail: Fail) -> IssuedData:
    """Readers (``interchange._Reader``) of both lists -> checked records, or ``fail``."""
    records = [_parse_version(v, book_ids, fail) for v in versions]
    seen: set[tuple[int, int]] = set()
    for v, record in zip(versions, records, strict=True):
        key = (record.version.book_id, record.version.number)
        if key in seen:
            fail(v.where, f"book {key[0]} has two issued versions numbered {key[1]}")
        seen.add(key)
    return IssuedData(records, [_parse_entry(e, fail) for e in log])


def _count(r: Any, key: str, fail: Fail, optional: bool = False, least: int = 1) -> Any:
    value = r.get(key, int, None if optional else ...)
    if value is not None and not least <= value <= 2**31:
        fail(r.at(key), f"{value} is not a number from {least} to {2**31}")
    return value


def _when(r: Any, key: str, fail: Fail) -> Any:
    text = r.text(key, None)
    try:
        return issued.from_text(text)
    except ValueError:
        fail(r.at(key), f"'{text}' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)")


def _digest(r: Any, key: str, fail: Fail) -> str:
    value = r.text(key, None)
    if not _HEX64.fullmatch(value):
        fail(r.at(key), "expected a SHA-256 as 64 lower-case hexadecimal digits")
    return value


def _parse_version(v: Any, book_ids: set[int], fail: Fail) -> VersionRecord:
    book = v.ref("book")
    if book not in book_ids:
        fail(v.at("book"), f"no book with id {book}")
    try:
        pdf = base64.b64decode(v.text("pdf", None), validate=True)
    except (binascii.Error, ValueError):
        fail(v.at("pdf"), "is not base64 text")
    if not pdf.startswith(b"%PDF-"):
        fail(v.at("pdf"), "is not a PDF")
    if issued.sha256(pdf) != _digest(v, "pdf_sha256", fail):
        fail(v.at("pdf"), "does not match pdf_sha256: the document was changed or damaged")
    parts = []
    for p in v.items("parts"):
        pages = p.get("pages", list, None)
        if pages is not None and (
            len(pages) != 2
            or not all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in pages)
        ):
            fail(p.at("pages"), "expected null or [first page, last page]")
        section = p.opt_id("section")
        parts.append(
            PrintedPart(
                p.text("key", None),
                section,
                p.text("title", None),
                p.strings("lines"),
                tuple(pages) if pages else None,
            )
        )
    version = IssuedVersion(
        book_id=book,
        number=_count(v, "number", fail),
        issued_at=_when(v, "issued_at", fail),
        title=v.text("title", None),
        classification=v.text("classification"),
        pages=_count(v, "pages", fail, least=0),
        uid=v.uid("uid"),
    )
    return VersionRecord(version, pdf, v.get("book_as_issued", dict), parts)


def _parse_entry(e: Any, fail: Fail) -> DistributionEntry:
    fmt = e.text("format", None)
    if fmt not in FORMATS:
        fail(e.at("format"), f"'{fmt}' is not one of {', '.join(FORMATS)}")
    return DistributionEntry(
        book_id=e.ref("book"),
        book_title=e.text("book_title", None),
        version=_count(e, "version", fail, optional=True),
        copy=_count(e, "copy", fail, optional=True),
        copies=_count(e, "copies", fail, optional=True),
        recipient=e.text("recipient"),
        format=fmt,
        path=e.text("path", None),
        sha256=_digest(e, "sha256", fail),
        written_at=_when(e, "written_at", fail),
        uid=e.uid("uid"),
    )


def store(ws: Workspace, data: IssuedData) -> None:
    with ws.transaction():
        for record in data.versions:
            ws.issued.add_version(record)
        ws.issued.add_distribution(data.log)
