"""Preflight: what would embarrass the book if it were printed now, and where it is.

Findings come from the book, the records it shows (its scope's selection, never the whole
history) and, for lengths, from the page numbers of the laid-out PDF (``pages``: heading
anchor -> page, as the PDF writer reports; ``page_count``: its pages). A brief has a budget
of pages, and so has the whole book (Book ▸ Properties, default 60): when the book is over it,
the finding names the parts that make it long.

Findings speak to the user, in the interface's language, not the book's: every sentence is a
whole template with named fields (``M_``: the ``messages`` catalogue), looked up in ``loc``
(:func:`briefing.i18n.interface_locale`; English by default), dates written by it too.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing import ir
from briefing.clearance import uncleared
from briefing.compose.book import Options, compose
from briefing.compose.scope import Selection, select
from briefing.i18n import ENGLISH_BOOK, M_, BookLocale, nM_
from briefing.model import Book, BookStatus, CommitmentStatus, SectionKind, SectionStatus
from briefing.model.clearance_words import NOT_CLEARED, NOT_CLEARED_IN_FINAL, describe
from briefing.store import Workspace

MAX_BRIEF_PAGES = 2
MAX_LONG_PARTS = 5  # parts named in the whole-book finding

# where a finding is
BRIEF = M_("brief “{title}”")
SECTION = M_("section “{title}”")
BOOK = M_("the book “{title}”")
RECORD = M_("record “{text}”")
COMMITMENT = M_("commitment “{text}”")
COUNTERPART = M_("counterpart {name}")
TEXT_ON_COVER = M_("text on the cover")
TEXT_UNDER = M_("text under “{heading}”")
# what is wrong there
EMPTY = M_("the brief is empty")
NO_POINTS = M_("no points to make")
DRAFT_IN_FINAL = M_("still a draft in a final book")
TOO_LONG = M_("{pages} printed pages; a brief should fit on {most}")
COVER_AND_CONTENTS = M_("cover and contents")
PART_PAGES = nM_("{title} ({pages} page)", "{title} ({pages} pages)")
OVER_BUDGET = M_(
    "{total} printed pages, over its budget of {budget}; longest: {parts}. Narrow what it "
    "covers or raise the budget (Book ▸ Properties: Scope)"
)
CLASSIFIED = M_(
    "classified {level}, above the book's {book_level}; the export raises the marking to {level}"
)
CLASSIFIED_SHOWN = {
    (True, False): M_(
        "classified {level}, above the book's {book_level}, and shown in its brief; the export "
        "raises the marking to {level}"
    ),
    (False, True): M_(
        "classified {level}, above the book's {book_level}, and shown in the tracker; the "
        "export raises the marking to {level}"
    ),
    (True, True): M_(
        "classified {level}, above the book's {book_level}, and shown in its brief and the "
        "tracker; the export raises the marking to {level}"
    ),
}
OVERDUE = M_("was due on {date} and is still pending")
NO_BIOGRAPHY = M_("has no biography")
NO_FONT = M_("no bundled font can draw {characters}")


@dataclass
class Finding:
    where: str  # as a user says it: "brief “Energy”", "commitment 4"
    problem: str
    kind: str  # what the GUI jumps to: section | commitment | person | item | book
    ref: int | None  # that thing's id

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"

    def line(self, loc: BookLocale = ENGLISH_BOOK) -> str:
        """The finding as one line of text, "where: problem" in ``loc``'s punctuation."""
        return loc.label(self.where) + self.problem


def check(
    ws: Workspace,
    book: Book,
    options: Options | None = None,
    *,
    doc: ir.Document | None = None,
    pages: dict[str, int] | None = None,
    page_count: int | None = None,
    loc: BookLocale = ENGLISH_BOOK,
) -> list[Finding]:
    """What to fix in ``book``, said in ``loc``'s language (the interface's)."""
    options = options or Options()
    doc = doc or compose(ws, book, options)
    selection = select(ws, book, options.today, options.since)
    findings: list[Finding] = []
    findings += _sections(book, _uncleared(ws, book, options, loc), loc)
    if pages:
        total = page_count or max(pages.values(), default=0)
        findings += _book_length(book, doc, pages, total, loc)
        findings += _lengths(book, doc, pages, loc)
    findings += _classification(ws, book, selection, loc)
    findings += _overdue(selection, options, loc)
    findings += _biographies(ws, book, loc)
    findings += _glyphs(doc, loc)
    return findings


def _brief_name(section, loc: BookLocale) -> str:  # noqa: ANN001 - a Section
    template = BRIEF if section.kind is SectionKind.AREA else SECTION
    return loc.gettext(template).format(title=section.title)


def _uncleared(ws: Workspace, book: Book, options: Options, loc: BookLocale) -> dict[int, str]:
    """Section id -> where it stands, for the sections of a final book that are not cleared
    (a book is marked final over them only with a reason, kept in the clearance trail)."""
    if book.status is not BookStatus.FINAL or book.id is None:
        return {}
    return {s.id: describe(st, options.today, loc) for s, st in uncleared(ws, book)}  # type: ignore[misc]


def _sections(book: Book, not_cleared: dict[int, str], loc: BookLocale) -> list[Finding]:
    tr = loc.gettext
    out = []
    for s in book.sections:
        if not s.included:
            continue
        where = _brief_name(s, loc)
        if s.kind is SectionKind.AREA and s.is_empty:
            out.append(Finding(where, tr(EMPTY), "section", s.id))
        elif s.kind is SectionKind.AREA and not s.points.strip():
            out.append(Finding(where, tr(NO_POINTS), "section", s.id))
        if s.id in not_cleared:
            problem = tr(NOT_CLEARED_IN_FINAL).format(state=not_cleared[s.id])
            out.append(Finding(where, problem, "section", s.id))
        elif book.status is BookStatus.FINAL and s.status is SectionStatus.DRAFT:
            out.append(Finding(where, tr(DRAFT_IN_FINAL), "section", s.id))
    return out


def can_mark_final(
    ws: Workspace,
    book: Book,
    today,  # noqa: ANN001
    loc: BookLocale = ENGLISH_BOOK,
) -> list[Finding]:
    """What stops the book being marked final: each section not cleared (empty if none).
    :func:`briefing.clearance.mark_final` refuses while there are any, unless given a reason."""
    return [
        Finding(
            _brief_name(s, loc),
            loc.gettext(NOT_CLEARED).format(state=describe(st, today, loc)),
            "section",
            s.id,
        )
        for s, st in uncleared(ws, book)
    ]


def _lengths(book: Book, doc: ir.Document, pages: dict[str, int], loc: BookLocale) -> list[Finding]:
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
            problem = loc.gettext(TOO_LONG).format(pages=length, most=MAX_BRIEF_PAGES)
            out.append(Finding(_brief_name(section, loc), problem, "section", section.id))
    return out


def _parts(
    doc: ir.Document, pages: dict[str, int], total: int, loc: BookLocale
) -> list[tuple[str, int]]:
    """(title, printed pages) of every part: the front matter (cover and contents), then
    everything under each top-level heading."""
    starts = [
        (h.text, pages[h.anchor]) for h in doc.headings() if h.level == 1 and h.anchor in pages
    ]
    out = []
    if starts and starts[0][1] > 1:
        out.append((loc.gettext(COVER_AND_CONTENTS), starts[0][1] - 1))
    for i, (title, first) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else total + 1
        out.append((title, max(0, end - first)))
    return out


def _book_length(
    book: Book, doc: ir.Document, pages: dict[str, int], total: int, loc: BookLocale
) -> list[Finding]:
    """The whole book against its page budget; the finding names the longest parts, as many
    as it takes to bring the book within it (at most :data:`MAX_LONG_PARTS`)."""
    budget = book.scope.page_budget
    if not budget or total <= budget:
        return []
    named, left = [], total
    for title, length in sorted(_parts(doc, pages, total, loc), key=lambda p: -p[1]):
        if left <= budget or len(named) == MAX_LONG_PARTS or not length:
            break
        named.append(loc.ngettext(*PART_PAGES, length).format(title=title, pages=length))
        left -= length
    problem = loc.gettext(OVER_BUDGET).format(total=total, budget=budget, parts=loc.join(named))
    return [Finding(loc.gettext(BOOK).format(title=book.title), problem, "book", book.id)]


def _classification(
    ws: Workspace, book: Book, selection: Selection, loc: BookLocale
) -> list[Finding]:
    scheme = ws.settings.classification
    book_level = book.classification or scheme.lowest
    stated = scheme.rank(book.classification)
    out = []
    for s in book.sections:
        if s.included and scheme.rank(s.classification) > stated:
            problem = loc.gettext(CLASSIFIED).format(level=s.classification, book_level=book_level)
            out.append(Finding(_brief_name(s, loc), problem, "section", s.id))
    in_briefs = {c.id for cs in selection.briefs.values() for c in cs}
    in_tracker = {c.id for c in selection.tracker}
    shown_items = {c.item_id: c for c in selection.commitments if c.item_id is not None}
    items = ws.meetings.items_by_id(shown_items)
    for item_id, c in shown_items.items():
        item = items.get(item_id)
        if item is None:
            continue
        if scheme.rank(item.classification) > stated:
            shown = (c.id in in_briefs, c.id in in_tracker)
            template = CLASSIFIED_SHOWN.get(shown, CLASSIFIED)
            problem = loc.gettext(template).format(level=item.classification, book_level=book_level)
            where = loc.gettext(RECORD).format(text=_short(item.text))
            out.append(Finding(where, problem, "item", item.id))
    return out


def _overdue(selection: Selection, options: Options, loc: BookLocale) -> list[Finding]:
    """Commitments the book shows as overdue and still pending."""
    out = []
    for c in selection.commitments:
        if c.status is CommitmentStatus.PENDING and c.is_overdue(options.today):
            where = loc.gettext(COMMITMENT).format(text=_short(c.text))
            problem = loc.gettext(OVERDUE).format(date=loc.date(c.due))
            out.append(Finding(where, problem, "commitment", c.id))
    return out


def _biographies(ws: Workspace, book: Book, loc: BookLocale) -> list[Finding]:
    out = []
    for pid in book.counterparts:
        try:
            person = ws.people.get(pid)
        except KeyError:
            continue
        if not person.biography.strip():
            where = loc.gettext(COUNTERPART).format(name=person.display_name)
            out.append(Finding(where, loc.gettext(NO_BIOGRAPHY), "person", pid))
    return out


def _glyphs(doc: ir.Document, loc: BookLocale) -> list[Finding]:
    from briefing.export.fonts import missing_glyphs

    out = []
    where = loc.gettext(TEXT_ON_COVER)
    for block in doc.blocks:
        if isinstance(block, ir.Heading):
            where = loc.gettext(TEXT_UNDER).format(heading=block.text)
        missing = missing_glyphs(_block_text(block))
        if missing:
            chars = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in sorted(missing))
            problem = loc.gettext(NO_FONT).format(characters=chars)
            out.append(Finding(where, problem, "book", None))
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
