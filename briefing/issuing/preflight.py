"""Preflight: what would embarrass the book if it were printed now, and where it is.

Findings come from the book, the records it draws on and, for lengths, from the page
numbers of the laid-out PDF (``pages``: heading anchor -> page, as the PDF writer reports).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing import ir
from briefing.compose.book import Options, compose
from briefing.model import Book, BookStatus, CommitmentStatus, SectionKind, SectionStatus
from briefing.store import Workspace

MAX_BRIEF_PAGES = 2


@dataclass
class Finding:
    where: str  # as a user says it: "brief “Energy”", "commitment 4"
    problem: str
    kind: str  # what the GUI jumps to: section | commitment | person | item | book
    ref: int | None  # that thing's id

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


def check(
    ws: Workspace,
    book: Book,
    options: Options | None = None,
    *,
    doc: ir.Document | None = None,
    pages: dict[str, int] | None = None,
) -> list[Finding]:
    options = options or Options()
    doc = doc or compose(ws, book, options)
    findings: list[Finding] = []
    findings += _sections(book)
    if pages:
        findings += _lengths(book, doc, pages)
    findings += _classification(ws, book)
    findings += _overdue(ws, options)
    findings += _biographies(ws, book)
    findings += _glyphs(doc)
    return findings


def _brief_name(section) -> str:
    kind = "brief" if section.kind is SectionKind.AREA else "section"
    return f"{kind} “{section.title}”"


def _sections(book: Book) -> list[Finding]:
    out = []
    for s in book.sections:
        if not s.included:
            continue
        if s.kind is SectionKind.AREA and s.is_empty:
            out.append(Finding(_brief_name(s), "the brief is empty", "section", s.id))
        elif s.kind is SectionKind.AREA and not s.points.strip():
            out.append(Finding(_brief_name(s), "no points to make", "section", s.id))
        if book.status is BookStatus.FINAL and s.status is SectionStatus.DRAFT:
            out.append(Finding(_brief_name(s), "still a draft in a final book", "section", s.id))
    return out


def _lengths(book: Book, doc: ir.Document, pages: dict[str, int]) -> list[Finding]:
    """Page span of each brief: from its heading to the next top-level heading."""
    tops = [h for h in doc.headings() if h.level == 1]
    last_page = max(pages.values(), default=0)
    out = []
    by_anchor = {f"section-{s.id}": s for s in book.sections}
    for i, heading in enumerate(tops):
        section = by_anchor.get(heading.anchor)
        if section is None or section.kind is not SectionKind.AREA or heading.anchor not in pages:
            continue
        start = pages[heading.anchor]
        end = pages.get(tops[i + 1].anchor, last_page + 1) if i + 1 < len(tops) else last_page + 1
        length = end - start  # every brief starts on a new page
        if length > MAX_BRIEF_PAGES:
            out.append(
                Finding(
                    _brief_name(section),
                    f"{length} printed pages; a brief should fit on {MAX_BRIEF_PAGES}",
                    "section",
                    section.id,
                )
            )
    return out


def _classification(ws: Workspace, book: Book) -> list[Finding]:
    scheme = ws.settings.classification
    stated = scheme.rank(book.classification)
    out = []
    for s in book.sections:
        if s.included and scheme.rank(s.classification) > stated:
            out.append(
                Finding(
                    _brief_name(s),
                    f"classified {s.classification}, above the book's "
                    f"{book.classification or scheme.lowest}; the export raises the marking to "
                    f"{s.classification}",
                    "section",
                    s.id,
                )
            )
    areas = {s.area for s in book.sections if s.included and s.area}
    seen: set[int] = set()
    for c in ws.commitments.all():
        if c.item_id is None or c.item_id in seen:
            continue
        seen.add(c.item_id)
        try:
            item = ws.meetings.get_item(c.item_id)
        except KeyError:
            continue
        if scheme.rank(item.classification) > stated:
            shown = "its brief and the tracker" if item.area in areas else "the tracker"
            out.append(
                Finding(
                    f"record “{_short(item.text)}”",
                    f"classified {item.classification}, above the book's "
                    f"{book.classification or scheme.lowest}, and shown in {shown}; the export "
                    f"raises the marking to {item.classification}",
                    "item",
                    item.id,
                )
            )
    return out


def _overdue(ws: Workspace, options: Options) -> list[Finding]:
    out = []
    for c in ws.commitments.all(status=CommitmentStatus.PENDING):
        if c.is_overdue(options.today):
            out.append(
                Finding(
                    f"commitment “{_short(c.text)}”",
                    f"was due on {c.due:%d %B %Y} and is still pending",
                    "commitment",
                    c.id,
                )
            )
    return out


def _biographies(ws: Workspace, book: Book) -> list[Finding]:
    out = []
    for pid in book.counterparts:
        try:
            person = ws.people.get(pid)
        except KeyError:
            continue
        if not person.biography.strip():
            out.append(
                Finding(f"counterpart {person.display_name}", "has no biography", "person", pid)
            )
    return out


def _glyphs(doc: ir.Document) -> list[Finding]:
    from briefing.export.fonts import missing_glyphs

    out = []
    heading = "the cover"
    for block in doc.blocks:
        if isinstance(block, ir.Heading):
            heading = f"“{block.text}”"
        missing = missing_glyphs(_block_text(block))
        if missing:
            chars = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in sorted(missing))
            out.append(
                Finding(f"text under {heading}", f"no bundled font can draw {chars}", "book", None)
            )
    return out


def _block_text(block: ir.Block) -> str:
    if isinstance(block, ir.Heading | ir.Paragraph):
        return block.text
    if isinstance(block, ir.ListBlock):
        return " ".join(ir.plain(item) for item in block.items)
    if isinstance(block, ir.Table):
        return " ".join(ir.plain(cell) for row in [block.header, *block.rows] for cell in row)
    if isinstance(block, ir.Cover):
        return " ".join(
            [
                block.ministry,
                block.department,
                ir.plain(block.title),
                ir.plain(block.occasion),
                ir.plain(block.place_and_dates),
                block.prepared_by,
            ]
        )
    return ""


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
