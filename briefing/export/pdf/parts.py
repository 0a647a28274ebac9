"""Laying out a book part by part, so that after an edit only what changed is laid out again.

A *part* is a run of blocks that starts on a new page: the front matter (cover and contents),
then each heading that breaks the page (a brief, an annex) with everything up to the next one.
A part's pages do not depend on where it starts, so :class:`PartLayouts` lays each one out
alone (with the page furniture: banners, DRAFT watermark, footer note) and keeps it, keyed by
what it holds. Then the page numbers are settled for the whole book:

1. every part's page count gives the page its headings land on;
2. the contents are laid out with those page numbers (their length does not depend on them:
   the number column has a fixed width);
3. the parts' pages are put together (qpdf, through pikepdf), each page gets its
   "Page X of Y", and the outline (bookmarks) and the contents' links are made for the book.

The result has the same pages, text, page numbers, bookmarks and links as :func:`write_pdf`
of the whole document (tests/briefing/export/test_parts.py compares them), but after an edit
to one brief of a 200-page book only that brief (and, if page numbers moved, the contents) is
laid out again. The preview uses it (``ui/preview/render_process.py``); an export still lays
the whole book out in one go, as it is printed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak

from briefing import ir
from briefing.export import fonts
from briefing.export.pdf import furniture
from briefing.export.pdf.story import HeadingPara, build_story
from briefing.export.pdf.writer import (
    _LAYOUT,
    FOOTER_Y,
    FURNITURE_FORM,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAPER_SIZES,
    _BookTemplate,
    _dispose,
    _no_gc,
    _style_faces,
)
from briefing.export.writer import Progress, WriteResult

__all__ = ["PartLayouts", "Rendered", "split_parts"]

Rect = tuple[float, float, float, float]


# ---------------------------------------------------------------------- splitting


def split_parts(blocks: list[ir.Block]) -> tuple[list[ir.Block], list[list[ir.Block]]]:
    """(front matter, parts): the front is everything up to the contents (none without one);
    a part starts at every block that begins a new page (a heading that breaks the page, a
    page break, a cover)."""
    front: list[ir.Block] = []
    rest = blocks
    for i, block in enumerate(blocks):
        if isinstance(block, ir.Contents):
            front, rest = blocks[: i + 1], blocks[i + 1 :]
            break
    parts: list[list[ir.Block]] = []
    for block in rest:
        starts = (
            isinstance(block, ir.PageBreak | ir.Cover)
            or isinstance(block, ir.Heading)
            and block.page_break_before
        )
        if starts or not parts:
            parts.append([])
        parts[-1].append(block)
    return front, parts


# ---------------------------------------------------------------------- one part


@dataclass
class Part:
    """One part laid out alone: its PDF and what it says about its pages (pages from 1)."""

    pdf: bytes
    pages: int
    headings: dict[str, int]  # IR anchor -> page of its first heading
    toc: list[tuple[int, str, int, str]]  # contents entries: (level, markup, page, key)
    outline: list[tuple[str, str, int, int]]  # bookmarks: (title, key, level, page)
    dests: dict[str, tuple[int, float, float]]  # link targets: key -> (page, left, top)
    links: list[tuple[int, Rect, str]]  # (page, rectangle, target key)
    _source: pikepdf.Pdf | None = field(default=None, repr=False)

    def source(self) -> pikepdf.Pdf:
        if self._source is None:
            self._source = pikepdf.open(io.BytesIO(self.pdf))
        return self._source

    def close(self) -> None:
        if self._source is not None:
            self._source.close()
            self._source = None


class _RecordingCanvas(Canvas):
    """A canvas that notes bookmarks, link targets and links instead of writing them: they are
    made once, for the whole book, when the parts are put together."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.bb_dests: dict[str, tuple[int, float, float]] = {}
        self.bb_links: list[tuple[int, Rect, str]] = []

    def addOutlineEntry(self, title, key, level=0, closed=None):  # noqa: ANN001, ANN201, N802
        pass  # the template notes each heading's (see _PartTemplate.afterFlowable)

    def bookmarkPage(self, key, fit="Fit", left=None, top=None, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201, N802
        # to the precision reportlab writes a destination with
        self.bb_dests.setdefault(
            key, (self.getPageNumber(), round(left or 0, 4), round(top or 0, 4))
        )

    def linkRect(self, contents, destinationname, Rect=None, addtopage=1, name=None,  # noqa: ANN001, ANN201, N802, N803
                 relative=1, *args, **kwargs):  # fmt: skip
        rect = tuple(float(v) for v in self._absRect(Rect, relative))
        self.bb_links.append((self.getPageNumber(), rect, destinationname))  # type: ignore[arg-type]


class _PartTemplate(_BookTemplate):
    """The book's page template without "Page X of Y" (numbers are settled for the whole book)
    that also notes each contents entry."""

    bb_toc_entries: list[tuple[int, str, int, str]]
    bb_outline: list[tuple[str, str, int, int]]

    def handle_documentBegin(self) -> None:  # noqa: N802
        super().handle_documentBegin()
        self.bb_toc_entries = []
        self.bb_outline = []

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802
        if isinstance(flowable, HeadingPara):  # its level as written: nested for the book
            entry = (flowable.bb_title, flowable.bb_key, flowable.bb_level - 1, self.page)
            self.bb_outline.append(entry)
        super().afterFlowable(flowable)

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "TOCEntry":
            self.bb_toc_entries.append(tuple(stuff))  # type: ignore[arg-type]
        super().notify(kind, stuff)

    def _decorate(self, canv: Any, _doc: Any) -> None:
        if not canv.hasForm(FURNITURE_FORM):
            canv.beginForm(FURNITURE_FORM)
            self._draw_furniture(canv)
            canv.endForm()
        canv.doForm(FURNITURE_FORM)


def _lay_out(
    doc: ir.Document,
    contents: list[ir.Heading] | None = None,
    entries: list[tuple[int, str, int, str]] | None = None,
    *,
    measure: bool = False,
) -> Part:
    """Lay ``doc`` (one part) out alone; for the front matter, the contents list ``contents``
    with the page numbers of ``entries``. ``measure``: count the pages only (nothing drawn,
    nothing written)."""
    fonts.register(_style_faces())  # the runs' faces are registered as paragraphs are made
    pagesize = PAPER_SIZES.get(doc.paper.upper(), A4)
    width = pagesize[0] - 2 * MARGIN_X
    height = pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
    story = build_story(doc, width, height, headings=contents)
    if contents is not None:
        # the front matter ends with the contents' page break, for the part that follows: alone
        # it would leave an empty page
        last = story.flowables[-2] if len(story.flowables) > 1 else None
        if isinstance(last, PageBreak):  # PageBreakIfNotEmpty is one
            del story.flowables[-2]
    if story.toc is not None:
        # the entries with their settled pages, drawn at once (write_pdf draws forms instead)
        story.toc._lastEntries = list(entries or [])
    buffer = io.BytesIO()
    template = _PartTemplate(buffer, doc, story, None, measure_only=measure)
    if measure:
        template._doSave = 0
        template.bb_layout_only = True
    template.build(list(story.flowables), canvasmaker=_RecordingCanvas)
    canv = template.canv
    part = Part(
        pdf=buffer.getvalue(),
        pages=story.page_count.count,
        headings=dict(template.bb_heading_pages),
        toc=list(template.bb_toc_entries),
        outline=list(template.bb_outline),
        dests=dict(canv.bb_dests),
        links=list(canv.bb_links),
    )
    _dispose(template)
    return part


# ---------------------------------------------------------------------- the whole book


@dataclass
class Rendered:
    """A book put together from its parts."""

    pdf: bytes
    result: WriteResult  # page count and heading pages, as write_pdf reports them
    laid_out: int  # parts laid out for this rendering (the others came from the cache)
    parts: int


def _key(*things: object) -> str:
    return hashlib.blake2b(pickle.dumps(things, protocol=5), digest_size=16).hexdigest()


class PartLayouts:
    """Parts of books laid out, kept by what they hold, so a rendering lays out only parts
    that changed. Keeps the parts of the latest ``keep`` renderings (a preview shows one book
    at a time; two let an undo come back at no cost)."""

    def __init__(self, keep: int = 2) -> None:
        self._parts: dict[str, Part] = {}
        self._front_pages: dict[str, int] = {}
        self._used: list[set[str]] = []
        self._keep = keep
        self._labels: tuple[tuple[str, int], pikepdf.Pdf] | None = None

    def __len__(self) -> int:
        return len(self._parts)

    def clear(self) -> None:
        for part in self._parts.values():
            part.close()
        self._parts.clear()
        self._front_pages.clear()
        self._used.clear()
        if self._labels is not None:
            self._labels[1].close()
            self._labels = None

    def missing(self, doc: ir.Document) -> tuple[int, int]:
        """(parts of ``doc`` not kept, its parts), the front matter left out."""
        _front, part_blocks = split_parts(doc.blocks)
        frame = _frame(doc)
        kept = sum(_key("part", frame, blocks) in self._parts for blocks in part_blocks)
        return len(part_blocks) - kept, len(part_blocks)

    def prepare(self, doc: ir.Document, stop: Callable[[], bool]) -> int:
        """Lay out and keep the parts of ``doc`` not kept yet, one at a time until ``stop()``
        is true: after a whole layout was shown, while nothing else is asked for, so that the
        next rendering lays out only what changed. Returns how many parts were laid out."""
        _front, part_blocks = split_parts(doc.blocks)
        frame = _frame(doc)
        keys, laid = set(), 0
        with _LAYOUT, _no_gc():
            for blocks in part_blocks:
                key = _key("part", frame, blocks)
                keys.add(key)
                if key in self._parts:
                    continue
                if stop():
                    break
                self._parts[key] = _lay_out(dataclasses.replace(doc, blocks=blocks))
                laid += 1
        self._forget(keys)
        return laid

    def render(self, doc: ir.Document, progress: Progress | None = None) -> Rendered:
        """``doc`` as :func:`write_pdf` would write it, laying out only parts not kept.
        ``progress(done, total)`` is called after each part (it may raise to stop)."""
        with _LAYOUT, _no_gc():
            return self._render(doc, progress)

    def _render(self, doc: ir.Document, progress: Progress | None) -> Rendered:
        front_blocks, part_blocks = split_parts(doc.blocks)
        frame = _frame(doc)
        used: set[str] = set()
        laid = 0
        total = len(part_blocks) + (1 if front_blocks else 0)
        body: list[Part] = []
        for n, blocks in enumerate(part_blocks, 1):
            key = _key("part", frame, blocks)
            part = self._parts.get(key)
            if part is None:
                part = _lay_out(dataclasses.replace(doc, blocks=blocks))
                self._parts[key] = part
                laid += 1
            used.add(key)
            body.append(part)
            if progress is not None:
                progress(n, total)

        front: Part | None = None
        if front_blocks:
            contents = [h for h in doc.headings() if h.in_contents]
            front_key = _key("front", frame, front_blocks, contents)
            guess = self._front_pages.get(front_key)
            if guess is None:  # counted once: the contents' length does not depend on numbers
                front_doc = dataclasses.replace(doc, blocks=front_blocks)
                guess = _lay_out(front_doc, contents, _entries(body, 0), measure=True).pages
            for _attempt in range(3):  # (a second time only if that were not so)
                entries = _entries(body, guess)
                key = _key("front", front_key, entries)
                front = self._parts.get(key)
                if front is None:
                    front = _lay_out(
                        dataclasses.replace(doc, blocks=front_blocks), contents, entries
                    )
                    self._parts[key] = front
                    laid += 1
                used.add(key)
                if front.pages == guess:
                    break
                guess = front.pages
            self._front_pages[front_key] = front.pages  # type: ignore[union-attr]
            if progress is not None:
                progress(total, total)

        parts = ([front] if front is not None else []) + body
        total_pages = sum(p.pages for p in parts)
        pdf, result = _assemble(doc, parts, self._page_labels(doc, total_pages))
        self._forget(used)
        return Rendered(pdf, result, laid, len(parts))

    def _page_labels(self, doc: ir.Document, total: int) -> pikepdf.Pdf:
        """The "Page X of Y" of every page, one page each (kept while the count stays)."""
        key = (doc.paper, total, doc.language, doc.native_digits)
        if self._labels is None or self._labels[0] != key:
            if self._labels is not None:
                self._labels[1].close()
            self._labels = (key, _labels(doc, total))
        return self._labels[1]

    def _forget(self, used: set[str]) -> None:
        self._used = [*self._used, used][-self._keep :]
        keep = set().union(*self._used)
        for key in [k for k in self._parts if k not in keep]:
            self._parts.pop(key).close()


def _frame(doc: ir.Document) -> tuple:
    """Everything but the blocks that a part's pages depend on."""
    return (
        doc.paper, doc.marking, doc.draft, doc.footer_note, doc.meta, doc.language,
        doc.native_digits,
    )  # fmt: skip


def _entries(body: list[Part], front_pages: int) -> list[tuple[int, str, int, str]]:
    """The contents entries of the whole book, with the pages the parts land on."""
    out = []
    first = front_pages + 1
    for part in body:
        out += [(level, text, first + page - 1, key) for level, text, page, key in part.toc]
        first += part.pages
    return out


# ---------------------------------------------------------------------- putting it together


def _assemble(
    doc: ir.Document, parts: list[Part], labels: pikepdf.Pdf
) -> tuple[bytes, WriteResult]:
    out = pikepdf.new()
    firsts: list[int] = []  # index of each part's first page in the book
    for part in parts:
        firsts.append(len(out.pages))
        out.pages.extend(part.source().pages)
    total = len(out.pages)
    for page, label in zip(out.pages, labels.pages, strict=True):
        page.add_underlay(label)  # drawn first, as the page template does

    headings: dict[str, int] = {}
    dests: dict[str, pikepdf.Array] = {}
    for part, first in zip(parts, firsts, strict=True):
        for anchor, page in part.headings.items():
            headings.setdefault(anchor, first + page)
        for key, (page, left, top) in part.dests.items():
            if key not in dests:
                dests[key] = pikepdf.Array(
                    [out.pages[first + page - 1].obj, pikepdf.Name.XYZ, left, top, 0]
                )
    for part, first in zip(parts, firsts, strict=True):
        for page, rect, key in part.links:
            target = dests.get(key)
            if target is None:
                continue
            annotation = out.make_indirect(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Link,
                    Rect=pikepdf.Array(list(rect)),
                    Border=pikepdf.Array([0, 0, 0]),
                    Contents=pikepdf.String(""),
                    Dest=target,
                )
            )
            page_obj = out.pages[first + page - 1].obj
            if "/Annots" not in page_obj:
                page_obj.Annots = pikepdf.Array()
            page_obj.Annots.append(annotation)
    _outline(out, parts, firsts, dests)

    front = parts[0].source()
    for name, value in front.docinfo.items():
        out.docinfo[name] = value
    out.Root.PageMode = pikepdf.Name.UseOutlines
    buffer = io.BytesIO()
    # the parts' streams are compressed already: copied as they are (recompressing them all
    # would cost more than laying out a brief)
    out.save(buffer, compress_streams=False, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    out.close()
    return buffer.getvalue(), WriteResult(total, headings)


def _labels(doc: ir.Document, total: int) -> pikepdf.Pdf:
    """The "Page X of Y" of pages 1 to ``total``, one page each, where and as the book's page
    template draws them."""
    pagesize = PAPER_SIZES.get(doc.paper.upper(), A4)
    loc = furniture.locale(doc)
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=pagesize, pageCompression=1, invariant=1)
    for n in range(1, total + 1):
        label = furniture.page_label(loc, n, total)
        furniture.draw_page_label(canv, pagesize[0] - MARGIN_X, FOOTER_Y, label)
        canv.showPage()
    canv.save()
    return pikepdf.open(io.BytesIO(buffer.getvalue()))


def _outline(
    out: pikepdf.Pdf, parts: list[Part], firsts: list[int], dests: dict[str, pikepdf.Array]
) -> None:
    """The bookmarks, nested as the book template nests them (a level at most one deeper than
    the entry before)."""
    entries = [
        (title, key, level, first + page - 1)
        for part, first in zip(parts, firsts, strict=True)
        for title, key, level, page in part.outline
    ]
    if not entries:
        return
    with out.open_outline() as outline:
        stack: list[tuple[int, list[pikepdf.OutlineItem]]] = [(-1, outline.root)]
        previous = -1
        for title, key, level, page in entries:
            level = min(level, previous + 1)
            previous = level
            target = dests.get(key)
            item = pikepdf.OutlineItem(title, destination=target if target is not None else page)
            while stack[-1][0] >= level:
                stack.pop()
            stack[-1][1].append(item)
            stack.append((level, item.children))
