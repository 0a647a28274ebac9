"""Preflight: what would embarrass the book if it were printed now, and where it is.

Findings come from the book, the records it shows (its scope's selection, never the whole
history) and, for lengths, from the page numbers of the laid-out PDF (``pages``: heading
anchor -> page, as the PDF writer reports; ``page_count``: its pages). A brief has a budget
of pages, and so has the whole book (Book ▸ Properties, default 60): when the book is over it,
the finding names the parts that make it long.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing import ir
from briefing.clearance import uncleared
from briefing.compose.book import Options, compose
from briefing.compose.scope import Selection, select
from briefing.model import Book, BookStatus, CommitmentStatus, SectionKind, SectionStatus
from briefing.model.clearance_words import NOT_CLEARED, describe
from briefing.store import Workspace

MAX_BRIEF_PAGES = 2
MAX_LONG_PARTS = 5  # parts named in the whole-book finding


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
    page_count: int | None = None,
) -> list[Finding]:
    options = options or Options()
    doc = doc or compose(ws, book, options)
    selection = select(ws, book, options.today, options.since)
    findings: list[Finding] = []
    findings += _sections(book, _uncleared(ws, book, options))
    if pages:
        total = page_count or max(pages.values(), default=0)
        findings += _book_length(book, doc, pages, total)
        findings += _lengths(book, doc, pages)
    findings += _classification(ws, book, selection)
    findings += _overdue(selection, options)
    findings += _biographies(ws, book)
    findings += _glyphs(doc)
    return findings


def _brief_name(section) -> str:
    kind = "brief" if section.kind is SectionKind.AREA else "section"
    return f"{kind} “{section.title}”"


def _uncleared(ws: Workspace, book: Book, options: Options) -> dict[int, str]:
    """Section id -> where it stands, for the sections of a final book that are not cleared
    (a book is marked final over them only with a reason, kept in the clearance trail)."""
    if book.status is not BookStatus.FINAL or book.id is None:
        return {}
    return {s.id: describe(st, options.today) for s, st in uncleared(ws, book)}  # type: ignore[misc]


def _sections(book: Book, not_cleared: dict[int, str]) -> list[Finding]:
    out = []
    for s in book.sections:
        if not s.included:
            continue
        if s.kind is SectionKind.AREA and s.is_empty:
            out.append(Finding(_brief_name(s), "the brief is empty", "section", s.id))
        elif s.kind is SectionKind.AREA and not s.points.strip():
            out.append(Finding(_brief_name(s), "no points to make", "section", s.id))
        if s.id in not_cleared:
            problem = NOT_CLEARED.format(state=not_cleared[s.id]).split(";")[0]
            out.append(Finding(_brief_name(s), f"{problem} in a final book", "section", s.id))
        elif book.status is BookStatus.FINAL and s.status is SectionStatus.DRAFT:
            out.append(Finding(_brief_name(s), "still a draft in a final book", "section", s.id))
    return out


def can_mark_final(ws: Workspace, book: Book, today) -> list[Finding]:  # noqa: ANN001
    """What stops the book being marked final: each section not cleared (empty if none).
    :func:`briefing.clearance.mark_final` refuses while there are any, unless given a reason."""
    return [
        Finding(_brief_name(s), NOT_CLEARED.format(state=describe(st, today)), "section", s.id)
        for s, st in uncleared(ws, book)
    ]


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


def _parts(doc: ir.Document, pages: dict[str, int], total: int) -> list[tuple[str, int]]:
    """(title, printed pages) of every part: the front matter (cover and contents), then
    everything under each top-level heading."""
    starts = [
        (h.text, pages[h.anchor]) for h in doc.headings() if h.level == 1 and h.anchor in pages
    ]
    out = []
    if starts and starts[0][1] > 1:
        out.append(("cover and contents", starts[0][1] - 1))
    for i, (title, first) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else total + 1
        out.append((title, max(0, end - first)))
    return out


def _book_length(book: Book, doc: ir.Document, pages: dict[str, int], total: int) -> list[Finding]:
    """The whole book against its page budget; the finding names the longest parts, as many
    as it takes to bring the book within it (at most :data:`MAX_LONG_PARTS`)."""
    budget = book.scope.page_budget
    if not budget or total <= budget:
        return []
    named, left = [], total
    for title, length in sorted(_parts(doc, pages, total), key=lambda p: -p[1]):
        if left <= budget or len(named) == MAX_LONG_PARTS or not length:
            break
        named.append(f"{title} ({length} {'page' if length == 1 else 'pages'})")
        left -= length
    return [
        Finding(
            f"the book “{book.title}”",
            f"{total} printed pages, over its budget of {budget}; longest: "
            f"{'; '.join(named)}. Narrow what it covers or raise the budget "
            "(Book ▸ Properties: Scope)",
            "book",
            book.id,
        )
    ]


def _classification(ws: Workspace, book: Book, selection: Selection) -> list[Finding]:
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
    in_briefs = {c.id for cs in selection.briefs.values() for c in cs}
    in_tracker = {c.id for c in selection.tracker}
    shown_items = {c.item_id: c for c in selection.commitments if c.item_id is not None}
    items = ws.meetings.items_by_id(shown_items)
    for item_id, c in shown_items.items():
        item = items.get(item_id)
        if item is None:
            continue
        if scheme.rank(item.classification) > stated:
            places = [
                where
                for where, ids in (("its brief", in_briefs), ("the tracker", in_tracker))
                if c.id in ids
            ]
            shown = " and ".join(places)
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


def _overdue(selection: Selection, options: Options) -> list[Finding]:
    """Commitments the book shows as overdue and still pending."""
    out = []
    for c in selection.commitments:
        if c.status is CommitmentStatus.PENDING and c.is_overdue(options.today):
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
