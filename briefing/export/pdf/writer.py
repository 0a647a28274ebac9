"""Write an :class:`briefing.ir.Document` as a print-ready PDF (reportlab platypus).

Public API::

    write_pdf(doc, out, *, progress=None) -> WriteResult    # pages and heading pages
    heading_pages(doc) -> dict[str, int]                     # one layout pass, nothing written
    measure(doc) -> WriteResult                              # the same, with the page count
    PdfWriter                                                # the registry's "pdf"

Every page carries the classification banner at top and bottom, "Page X of Y" and the footer
note, and the DRAFT watermark while the document is a draft. A page that goes on with a part
begun on an earlier page (a brief, an annex) is headed with its title and "(continued)". The
bundled fonts are embedded; Khmer is shaped with harfbuzz and carries its Unicode text
(ActualText) for search and copy.
"""

from __future__ import annotations

import gc
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfdoc import PDFInfo, PDFString
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from briefing import ir
from briefing.export import fonts
from briefing.export.pdf import furniture, rl_fixes
from briefing.export.pdf import styles as S
from briefing.export.pdf.numbers import DeferredNumbers, Unsettled
from briefing.export.pdf.story import HeadingPara, Para, Story, build_story, text_para
from briefing.export.writer import Progress, WriteResult
from briefing.files.atomic import write_atomic
from briefing.i18n import ENGLISH_BOOK, BookLocale

rl_fixes.apply()
# Plain Flate streams: smaller and faster than ASCII85 + Flate. Set once for the process (a
# set-and-restore around each render raced when two threads rendered).
rl_config.useA85 = 0

__all__ = ["PAPER_SIZES", "PdfWriter", "heading_pages", "write_pdf"]

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "LETTER": letter}
MARGIN_X = 2.2 * cm
MARGIN_TOP = 2.3 * cm
MARGIN_BOTTOM = 2.6 * cm
BANNER_TOP = 1.35 * cm  # baseline distance of the top banner from the top edge
BANNER_BOTTOM = 0.85 * cm
FOOTER_Y = 1.55 * cm
WATERMARK_GREY = 0.86
FURNITURE_FORM = "bb_furniture"
RUNNING_GAP = 6.0  # between the "(continued)" line and the text frame below it


def running_head(title: str, width: float, loc: BookLocale = ENGLISH_BOOK) -> Para:
    """The one line "<title> (continued)" at the head of a page that goes on with a part, in
    the book's language; a title too long for the line is cut with "…"."""
    pattern = loc.gettext("{title} (continued)")
    cut = len(title)
    while True:
        text = title if cut >= len(title) else title[:cut].rstrip() + "\u2026"
        line = text_para(pattern.format(title=text), "running")
        _w, h = line.wrap(width, 1000)
        if h <= line.style.leading + 0.5 or cut <= 1:
            return line
        cut = min(cut - 1, int(cut * 0.8))


class _Info(PDFInfo):
    """The document information dictionary plus a ``/Classification`` entry."""

    classification = ""

    def format(self, document: Any) -> bytes:
        text = super().format(document)
        if not self.classification:
            return text
        extra = PDFString(self.classification).format(document)
        return text.replace(b">>", b"/Classification " + extra + b" >>", 1)


class _BookTemplate(BaseDocTemplate):
    def __init__(
        self,
        out: Any,
        doc: ir.Document,
        story: Story,
        progress: Progress | None,
        measure_only: bool = False,
    ):
        pagesize = PAPER_SIZES.get(doc.paper.upper(), A4)
        meta = doc.meta
        classification = meta.classification or doc.marking
        keywords = list(meta.keywords)
        if classification:
            keywords.append(f"Classification: {classification}")
        subject = meta.subject
        if classification:
            subject = f"{subject} [{classification}]" if subject else classification
        super().__init__(
            out,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.title,
            author=meta.author,
            subject=subject,
            keywords=", ".join(keywords),
            creator="Briefing Book",
            # Real creation and modification dates (local time, as viewers show them);
            # SOURCE_DATE_EPOCH fixes them, and the file ID, for reproducible output.
            invariant=0,
            initialFontName=S.STYLES["body"].fontName,
        )
        self.bb_doc = doc
        self.bb_story = story
        self.bb_classification = classification
        self.bb_progress = progress
        self.bb_done = 0
        self.bb_pass = 0
        self.bb_layout_only = False
        self.bb_measure_only = measure_only  # one pass, nothing drawn, nothing saved
        self.bb_heading_pages: dict[str, int] = {}
        self.bb_key_pages: dict[str, int] = {}  # by destination key, for the contents
        #: set for a book laid out in one pass: page numbers are forms filled in at the end
        self.bb_numbers: DeferredNumbers | None = None
        self._outline_level = -1
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="main",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = [
            PageTemplate("body", [frame], onPage=self._decorate, onPageEnd=self._continued),
            PageTemplate("cover", [frame], onPage=self._decorate),
        ]
        if story.starts_with_cover:
            templates.reverse()
        self.addPageTemplates(templates)
        self._furniture: dict[str, Para] = {}
        #: the level-1 heading in force and the page it printed on
        self._section: tuple[HeadingPara, int] | None = None
        self._running: dict[str, Para] = {}  # "… (continued)" lines, by heading anchor
        self.bb_locale = furniture.locale(doc)
        self.setProgressCallBack(self._on_progress)

    # ------------------------------------------------------------------ progress

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self.bb_pass = value
            # The first pass is never the last (PageCount starts unknown), so it only
            # measures: paragraphs skip drawing, which saves a third of the time.
            self.bb_layout_only = value == 1 or self.bb_measure_only
        elif kind == "PROGRESS" and self.bb_progress is not None:
            n = len(self.bb_story.flowables)
            if self.bb_numbers is not None:  # one pass
                passes, before = 1, 0
            else:
                passes, before = max(2, self.bb_pass), (self.bb_pass - 1) * n
            done = max(self.bb_done, before + value)  # never backwards
            self.bb_done = done
            self.bb_progress(done, passes * n)

    # ------------------------------------------------------------------ build hooks

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        info = _Info()
        info.__dict__.update(self.canv._doc.info.__dict__)
        info.classification = self.bb_classification
        self.canv._doc.info = info
        self.canv.showOutline()
        self._outline_level = -1
        self._furniture = self._make_furniture()
        self.bb_heading_pages = {}
        self.bb_key_pages = {}
        self._section = None

    def afterFlowable(self, flowable: Any) -> None:
        if not isinstance(flowable, HeadingPara):
            return
        level = flowable.bb_level - 1
        if level == 0:
            self._section = (flowable, self.page)
        self.bb_heading_pages.setdefault(flowable.bb_anchor, self.page)
        self.bb_key_pages.setdefault(flowable.bb_key, self.page)
        if flowable.bb_toc is not None:
            self.notify("TOCEntry", (level, flowable.bb_toc, self.page, flowable.bb_key))
        outline_level = min(level, self._outline_level + 1)
        self.canv.addOutlineEntry(flowable.bb_title, flowable.bb_key, outline_level, closed=None)
        self._outline_level = outline_level

    # ------------------------------------------------------------------ page furniture

    def _make_furniture(self) -> dict[str, Para]:
        """Paragraphs that are the same on every page, laid out once per pass."""
        doc = self.bb_doc
        out: dict[str, Para] = {}
        if doc.marking:
            p = text_para(doc.marking.upper(), "banner")
            p.wrap(self.pagesize[0] - 2 * MARGIN_X, 100)
            out["banner"] = p
        if doc.footer_note:
            p = text_para(doc.footer_note, "footer")
            p.wrap(self.width * 0.6, 100)
            out["note"] = p
        return out

    def _decorate(self, canv: Any, _doc: Any) -> None:
        if self.bb_layout_only:
            return
        # What is the same on every page is drawn once, as a form XObject, and reused.
        if not canv.hasForm(FURNITURE_FORM):
            canv.beginForm(FURNITURE_FORM)
            self._draw_furniture(canv)
            canv.endForm()
        canv.doForm(FURNITURE_FORM)
        if self.bb_numbers is not None:
            self.bb_numbers.page_label(canv, self.page)
            return
        total = self.bb_story.page_count.count
        label = furniture.page_label(self.bb_locale, self.page, total)
        furniture.draw_page_label(canv, self.pagesize[0] - MARGIN_X, FOOTER_Y, label)

    def single_pass(self) -> None:
        """Lay the book out once: page labels and contents numbers are settled at the end."""
        right = self.pagesize[0] - MARGIN_X

        def draw_label(canv: Any, page: int, total: int) -> None:
            label = furniture.page_label(self.bb_locale, page, total)
            furniture.draw_page_label(canv, right, FOOTER_Y, label)

        self.bb_numbers = DeferredNumbers(draw_label)
        if self.bb_story.toc is not None:
            self.bb_story.toc.bb_numbers = self.bb_numbers

    def _endBuild(self) -> None:  # noqa: N802
        if self.bb_numbers is None:
            super()._endBuild()
            return
        save = getattr(self, "_doSave", 1)
        self._doSave = 0  # the last page ends first; the forms are defined before saving
        super()._endBuild()
        self._doSave = save
        total = self.bb_story.page_count.count
        self.bb_numbers.settle(self.canv, total, self.bb_key_pages)
        if save:
            self.canv.save()

    def _continued(self, canv: Any, _doc: Any) -> None:
        """At the end of a page: head it "<title> (continued)" when the part it belongs to
        began on an earlier page."""
        if self.bb_layout_only or self._section is None:
            return
        heading, page = self._section
        if page == self.page:
            return
        line = self._running.get(heading.bb_anchor)
        if line is None:
            line = self._running[heading.bb_anchor] = running_head(
                heading.bb_title, self.width, self.bb_locale
            )
        line.drawOn(canv, MARGIN_X, self.pagesize[1] - MARGIN_TOP + RUNNING_GAP)

    def _draw_furniture(self, canv: Any) -> None:
        """Watermark, banners top and bottom, footer note and rule."""
        page_w, page_h = self.pagesize
        canv.saveState()
        word = furniture.watermark_word(self.bb_locale)
        if self.bb_doc.draft and not word.isascii():
            self._draw_watermark_para(canv, word)
        elif self.bb_doc.draft:
            canv.setFillGray(WATERMARK_GREY)
            canv.setFont(S.SANS_BOLD, 118)
            canv.translate(page_w / 2, page_h / 2)
            canv.rotate(54 if page_h > page_w else 30)
            # Marked as a watermark artifact, with ActualText so that the diagonal word
            # still extracts as "DRAFT" (poppler otherwise splits it into "DR AF T").
            canv._code.append(
                "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC "
                f"/Span <</ActualText ({word})>> BDC"
            )
            canv.drawCentredString(0, -40, word)
            canv._code.append("EMC EMC")
            canv.rotate(-(54 if page_h > page_w else 30))
            canv.translate(-page_w / 2, -page_h / 2)
        banner = self._furniture.get("banner")
        if banner is not None:
            banner.drawOn(canv, MARGIN_X, page_h - BANNER_TOP - banner.height + 3)
            banner.drawOn(canv, MARGIN_X, BANNER_BOTTOM - 3)
        note = self._furniture.get("note")
        if note is not None:
            note.drawOn(canv, MARGIN_X, FOOTER_Y - note.height + 8.5)
        canv.setStrokeGray(0.6)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, FOOTER_Y + 10.5, page_w - MARGIN_X, FOOTER_Y + 10.5)
        canv.restoreState()

    def _draw_watermark_para(self, canv: Any, word: str) -> None:
        """A watermark in Khmer or Chinese: a paragraph (shaped), turned as the Latin one."""
        page_w, page_h = self.pagesize
        angle = 54 if page_h > page_w else 30
        p = furniture.watermark_para(word, 0.8 * min(page_w, page_h) * 1.3, WATERMARK_GREY)
        canv.saveState()
        canv.translate(page_w / 2, page_h / 2)
        canv.rotate(angle)
        canv._code.append("/Artifact <</Type /Pagination /Subtype /Watermark>> BDC")
        p.drawOn(canv, -p.bb_width / 2, -40 - p.height + p.style.fontSize)
        canv._code.append("EMC")
        canv.restoreState()


def _template(
    doc: ir.Document, sink: Any, progress: Progress | None, measure: bool = False
) -> _BookTemplate:
    fonts.register(_style_faces())
    pagesize = PAPER_SIZES.get(doc.paper.upper(), A4)
    width = pagesize[0] - 2 * MARGIN_X
    height = pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
    story = build_story(doc, width, height)
    return _BookTemplate(sink, doc, story, progress, measure_only=measure)


# One layout at a time in a process: reportlab keeps module-level state (font registry, the
# canvas's settings, our width memos), and the live preview and an export may both render on
# worker threads. A preview simply waits for an export to finish, and the reverse.
_LAYOUT = threading.RLock()


def _build(doc: ir.Document, sink: BinaryIO, progress: Progress | None) -> _BookTemplate:
    """One layout pass (:mod:`numbers`); the book laid out to a fixed point, as reportlab's
    ``multiBuild`` does, only if a contents entry's heading never printed."""
    template = _template(doc, sink, progress)
    template.single_pass()
    try:
        template.build(list(template.bb_story.flowables))  # build() consumes its list
        return template
    except Unsettled:
        _dispose(template)
    template = _template(doc, sink, progress)
    template.multiBuild(template.bb_story.flowables, maxPasses=6)
    return template


def heading_pages(doc: ir.Document) -> dict[str, int]:
    """The page each heading of ``doc`` would print on, by IR anchor (for preflight).

    One layout pass with nothing drawn and nothing written: about half the time of an export.
    """
    with _LAYOUT, _no_gc():
        template = _template(doc, io.BytesIO(), None, measure=True)
        template._doSave = 0
        template.bb_layout_only = True
        template.build(list(template.bb_story.flowables))
        pages = dict(template.bb_heading_pages)
        _dispose(template)
    return pages


def measure(doc: ir.Document) -> WriteResult:
    """The page count and heading pages of ``doc``, as :func:`heading_pages` lays it out."""
    with _LAYOUT, _no_gc():
        template = _template(doc, io.BytesIO(), None, measure=True)
        template._doSave = 0
        template.bb_layout_only = True
        template.build(list(template.bb_story.flowables))
        result = WriteResult(template.bb_story.page_count.count, dict(template.bb_heading_pages))
        _dispose(template)
    return result


def _dispose(template: _BookTemplate) -> None:
    """Drop the template's references now. It sits in reference cycles (its page templates
    call its methods), so otherwise the whole laid-out book (some 200,000 objects for 200
    pages) waits for the cyclic garbage collector: 0.2 s, often at interpreter exit."""
    story = template.bb_story
    toc = story.toc
    if toc is not None:
        toc.__dict__.clear()
    for flowable in story.flowables:
        flowable.__dict__.clear()
    canv = getattr(template, "canv", None)
    if canv is not None:
        canv.__dict__.clear()
    template.__dict__.clear()


@contextmanager
def _no_gc() -> Iterator[None]:
    """Layout allocates millions of small objects and frees few cycles: 10% faster without GC."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _style_faces() -> list[str]:
    """The faces of the styles themselves (furniture, table defaults). Faces for the runs are
    registered as the text is turned into paragraphs (:func:`text.pieces`), so a document
    loads only the faces it prints: reading a font file costs 10-100 ms (a CJK face 0.09 s)."""
    names = {S.STYLES[n].fontName for n in S.STYLES}
    return [f.name for f in fonts.FACES if f.name in names]


def write_pdf(
    doc: ir.Document, out: Path | str | BinaryIO, *, progress: Progress | None = None
) -> WriteResult:
    """Write ``doc`` to ``out`` (a path, replaced atomically, or a binary stream).

    ``progress(done, total)`` is called as the layout advances (it may raise to stop; nothing
    is written then). The result has the page count and each heading's page by anchor (the
    DOCX writer uses them to pre-fill its contents, preflight to measure briefs).
    """
    buffer = io.BytesIO()
    with _LAYOUT, _no_gc():
        template = _build(doc, buffer, progress)
        result = WriteResult(template.bb_story.page_count.count, dict(template.bb_heading_pages))
        _dispose(template)
    if isinstance(out, str | Path):
        write_atomic(Path(out), buffer.getvalue())
    else:
        out.write(buffer.getvalue())
    return result


class PdfWriter:
    """The registry's PDF: :func:`write_pdf`."""

    name, label, suffix, weight, needs_pages = "pdf", "PDF", ".pdf", 100, False

    def write(
        self,
        doc: ir.Document,
        out: BinaryIO,
        *,
        progress: Progress | None = None,
        pages: dict[str, int] | None = None,
    ) -> WriteResult:
        return write_pdf(doc, out, progress=progress)
