"""Issued versions of a book: what each printed, what changed between them, and copying a
book as the start of the next visit's.

A version is issued by :mod:`briefing.issuing`; the workspace keeps its master PDF, the book
as JSON and the printed text of each part (:mod:`briefing.snapshot`). :func:`changes` diffs
those texts part by part (sections matched by id, else by title); the changes sheet is
composed as an IR document and laid out by the PDF writer, marking and scripts included.
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from briefing.compose.book import Options, compose
from briefing.export.pdf.writer import write_pdf
from briefing.issuing.changes_sheet import SheetInfo, sheet_document
from briefing.issuing.printed import PrintedPart, printed_parts
from briefing.issuing.refusals import NOT_LATER
from briefing.model import Book, BookStatus, IssuedVersion, Paper, SectionStatus
from briefing.store import Workspace, WorkspaceError

__all__ = [
    "IssuedVersion",
    "Reprint",
    "SectionChange",
    "changes",
    "copy_book",
    "issued_pdf",
    "issued_versions",
    "reprint",
    "write_changes_sheet",
]


@dataclass
class SectionChange:
    title: str
    section_id: int | None  # None for a generated part (programme table, annexes)
    state: str  # "added" | "removed" | "changed"
    added: list[str] = field(default_factory=list)  # paragraphs, list items, table rows
    removed: list[str] = field(default_factory=list)
    pages: tuple[int, int] | None = None  # where it prints in the later version, when known


@dataclass
class Reprint:
    """Which pages of the newer version to reprint, when both versions' pages are known."""

    whole_book: bool
    pages: list[tuple[int, int]]  # page ranges of the newer version, in order
    reasons: list[str]  # what each range carries, in the same order ("cover: version 2", …)
    note: str = ""  # why the whole book, if so

    def ranges_text(self) -> str:
        return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in self.pages)


def reprint(ws: Workspace, book_id: int, since: int, until: int) -> Reprint:
    """The pages of version ``until`` to put into printed copies of version ``since``.

    Besides the parts whose text changed: the cover (it names the version), the contents
    when a part moved to other pages, and every part that moved. When the page count changed,
    "Page N of M" changed on every page, so the whole book is reprinted.
    """
    old = ws.issued.record(book_id, since)
    new = ws.issued.record(book_id, until)
    return _reprint(old.parts, new.parts, old.version.pages, new.version.pages)


def _reprint(
    old: list[PrintedPart], new: list[PrintedPart], old_total: int, new_total: int
) -> Reprint:
    if old_total != new_total:
        return Reprint(
            True,
            [(1, new_total)],
            ["the whole book"],
            f"The book has {new_total} pages instead of {old_total}, so the page numbers "
            "(“Page N of M”) changed on every page: reprint the whole book.",
        )
    changed = {(c.section_id, c.title) for c in _diff(old, new) if c.state != "removed"}
    before = {(p.section_id if p.section_id is not None else p.key): p for p in old}
    wanted: list[tuple[int, int, str]] = [(1, 1, "cover (version and date)")]
    moved_any = False
    for part in new:
        if not part.pages:
            continue
        was = before.get(part.section_id if part.section_id is not None else part.key)
        if (part.section_id, part.title) in changed:
            wanted.append((*part.pages, f"{part.title} (changed)"))
        elif was is None or was.pages != part.pages:
            moved_any = True
            wanted.append((*part.pages, f"{part.title} (moved)"))
    firsts = [p.pages[0] for p in new if p.pages]
    if moved_any and firsts and min(firsts) > 2:
        wanted.append((2, min(firsts) - 1, "contents (page numbers)"))
    wanted.sort()
    pages: list[tuple[int, int]] = []
    reasons: list[str] = []
    for first, last, why in wanted:
        if pages and first <= pages[-1][1] + 1:
            pages[-1] = (pages[-1][0], max(last, pages[-1][1]))
            reasons[-1] += f"; {why}"
        else:
            pages.append((first, last))
            reasons.append(why)
    return Reprint(False, pages, reasons)


def issued_versions(ws: Workspace, book_id: int) -> list[IssuedVersion]:
    """The book's issued versions, v1 first."""
    return ws.issued.versions(book_id)


def issued_pdf(ws: Workspace, book_id: int, number: int) -> bytes:
    """The master PDF of version ``number``, byte for byte as it was issued."""
    return ws.issued.record(book_id, number).pdf


def changes(
    ws: Workspace, book_id: int, since: int, until: int | None = None
) -> list[SectionChange]:
    """What changed, part by part, from version ``since`` to version ``until`` (None: the
    book as it is now). Unchanged parts are not listed."""
    old, new, _ = _both(ws, book_id, since, until)
    return _diff(old, new)


def _both(
    ws: Workspace, book_id: int, since: int, until: int | None
) -> tuple[list[PrintedPart], list[PrintedPart], str]:
    """Parts of both sides, and the marking of the later one."""
    if until is not None and until <= since:
        raise WorkspaceError(NOT_LATER, until=until, since=since)
    old = ws.issued.record(book_id, since).parts
    if until is not None:
        later = ws.issued.record(book_id, until)
        return old, later.parts, later.version.classification
    doc = compose(ws, ws.books.get(book_id), Options())
    return old, printed_parts(doc), doc.marking


def _diff(old: list[PrintedPart], new: list[PrintedPart]) -> list[SectionChange]:
    unmatched = list(old)

    def partner(part: PrintedPart) -> PrintedPart | None:
        for same in (
            lambda o: part.section_id is not None and o.section_id == part.section_id,
            lambda o: part.section_id is None and o.section_id is None and o.key == part.key,
            lambda o: o.title == part.title,
        ):
            for candidate in unmatched:
                if same(candidate):
                    unmatched.remove(candidate)
                    return candidate
        return None

    found: list[SectionChange] = []
    for part in new:
        before = partner(part)
        if before is None:
            found.append(
                SectionChange(
                    part.title,
                    part.section_id,
                    "added",
                    [part.title, *part.lines],
                    pages=part.pages,
                )
            )
            continue
        added, removed = _line_diff([before.title, *before.lines], [part.title, *part.lines])
        if added or removed:
            found.append(
                SectionChange(part.title, part.section_id, "changed", added, removed, part.pages)
            )
    for part in unmatched:
        found.append(
            SectionChange(part.title, part.section_id, "removed", [], [part.title, *part.lines])
        )
    return found


def _line_diff(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    added: list[str] = []
    removed: list[str] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            removed += before[i1:i2]
        if op in ("replace", "insert"):
            added += after[j1:j2]
    return added, removed


def write_changes_sheet(
    ws: Workspace,
    book_id: int,
    since: int,
    until: int | None,
    out: Path | BinaryIO,
    paper: str | None = None,
) -> int:
    """Write the changes sheet (a PDF, usually one page) to ``out``; returns its page count."""
    old, new, later_marking = _both(ws, book_id, since, until)
    book = ws.books.get(book_id)
    versions = {v.number: v for v in ws.issued.versions(book_id)}
    scheme = ws.settings.classification

    def rank(marking: str) -> int:
        level = marking.split(" // ")[0]
        return scheme.levels.index(level) if level in scheme.levels else len(scheme.levels)

    earlier_marking = versions[since].classification
    marking = earlier_marking if rank(earlier_marking) > rank(later_marking) else later_marking
    info = SheetInfo(
        book_title=book.title,
        marking=marking,
        paper=paper or str(book.paper),
        since=versions[since],
        until=versions[until] if until is not None else None,
        ministry=ws.settings.ministry,
    )
    plan = None
    if until is not None:
        plan = _reprint(old, new, versions[since].pages, versions[until].pages)
    doc = sheet_document(info, _diff(old, new), plan)
    return write_pdf(doc, out).pages or 0


def copy_book(ws: Workspace, book_id: int, title: str | None = None) -> Book:
    """A new draft book with the same sections, texts, programme, dates and scope rules
    (sections in draft, no issued versions): the start of the next visit's book. Its period
    is the default again: since the previous book, which this one becomes once the copy's
    dates are the next visit's. Returns it saved."""
    book = ws.books.get(book_id)
    title = " ".join((title or "").split()) or f"{book.title} (copy)"
    new = dataclasses.replace(
        book,
        id=None,
        title=title,
        status=BookStatus.DRAFT,
        paper=Paper(book.paper),
        counterparts=list(book.counterparts),
        scope=dataclasses.replace(book.scope, since=None),
        programme=[dataclasses.replace(p) for p in book.programme],
        sections=[
            dataclasses.replace(s, id=None, status=SectionStatus.DRAFT) for s in book.sections
        ],
    )
    ws.books.save(new)
    return ws.books.get(new.id)  # type: ignore[arg-type]
