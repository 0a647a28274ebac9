"""Turn :mod:`briefing.ir` blocks into reportlab flowables (the "story")."""

from __future__ import annotations

import hashlib
import re
from ast import literal_eval
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageBreakIfNotEmpty,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from briefing import ir
from briefing.export import fonts
from briefing.export.pdf import columns
from briefing.export.pdf import keep as K
from briefing.export.pdf import styles as S
from briefing.export.pdf import text as T
from briefing.export.pdf.numbers import contents_entry_end
from briefing.i18n import ENGLISH_BOOK, BookLocale, book_locale

_ANCHOR_OK = re.compile(r"[^A-Za-z0-9_.:-]")


def anchor_key(anchor: str) -> str:
    """A PDF destination name for an IR anchor: ASCII, and still unique once cleaned."""
    clean = _ANCHOR_OK.sub("_", anchor)
    if clean != anchor:
        clean += "_" + hashlib.sha1(anchor.encode()).hexdigest()[:8]
    return "h_" + clean


class Para(RLParagraph):
    """A Paragraph that does not break its lines again when re-wrapped at the same width.

    A table splits and wraps its cells again at every page, and a fixed-point layout (when one
    pass cannot settle the numbers, see :mod:`numbers`) lays the story out twice; line breaking
    (and Khmer shaping) is the costliest part, so those reuse the lines already broken. In a
    pass that only measures (the document template sets ``bb_layout_only``), paragraphs draw
    nothing.
    """

    _bb_width: float | None = None
    #: the pieces the text was made of, when it has a word that may be wider than a line
    _bb_items: list[T.Piece] | None = None
    _bb_widest = 0.0  # the widest such word
    _bb_prefix = ""  # markup before the pieces (a heading's anchor)
    _bb_broken: float | None = None  # the line width the words were last broken for
    #: a paragraph of the body splits only with this many lines on each side (0: reportlab's
    #: rule, for table cells and the like)
    _bb_min_lines = 0
    #: stays on the page of what follows (headings, captions, labels)
    bb_keep_with_next = False

    def draw(self) -> None:
        if getattr(getattr(self.canv, "_doctemplate", None), "bb_layout_only", False):
            return
        super().draw()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._bb_width and hasattr(self, "blPara"):
            return self.width, self.height
        if self._bb_items is not None:
            self._fit_long_words(availWidth)
        size = super().wrap(availWidth, availHeight)
        self._bb_width = availWidth
        return size

    def widths(self) -> tuple[float, float]:
        """(widest word, whole text on one line) of a paragraph made with its pieces kept
        (table cells): what its column needs not to break a word, and at most."""
        items = self._bb_items or []
        return self._bb_widest, T.line_width(items, self.style.fontSize)

    def keep_items(self, items: list[T.Piece], prefix: str = "", min_length: int = 1) -> None:
        """Remember ``items`` with the width of their widest word (of ``min_length``
        characters or more): in a column narrower than that word it must break inside
        (:meth:`_fit_long_words`)."""
        widest = T.widest_word(items, self.style.fontSize, min_length)
        if widest > 0:
            self._bb_items, self._bb_widest, self._bb_prefix = items, widest, prefix

    def _fit_long_words(self, width: float) -> None:
        """Give words wider than a line break opportunities inside (and only those)."""
        style = self.style
        line = width - style.leftIndent - style.rightIndent - max(style.firstLineIndent, 0)
        needed = line if self._bb_widest > line else None
        if needed == self._bb_broken:
            return
        items = self._bb_items or []
        if needed is not None:
            items = T.break_long_words(items, line, style.fontSize) or items
        self._bb_broken = needed
        frags = None if self._bb_prefix else T.frags(items, style)
        text = None if frags is not None else self._bb_prefix + T.markup(items, style.fontName)
        state = {k: v for k, v in self.__dict__.items() if k.startswith(("_bb_", "bb_"))}
        RLParagraph.__init__(self, text, style, bulletText=self.bulletText, frags=frags)
        self.__dict__.update(state)
        self.__dict__.pop("_bb_split", None)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # The next pass splits at the same place: hand back the same (already wrapped) parts.
        key = (availWidth, availHeight)
        cached = self.__dict__.get("_bb_split")
        if cached is not None and cached[0] == key:
            return list(cached[1])
        height = self._widow_orphan_height(availWidth, availHeight)
        parts = super().split(availWidth, height) if height > 0 else []
        for part in parts:
            part._bb_min_lines = self._bb_min_lines
        self._bb_split = (key, parts)
        return list(parts)

    def _widow_orphan_height(self, width: float, height: float) -> float:
        """The height to split at so that at least ``_bb_min_lines`` lines stay on each side
        (0: move the paragraph on whole). A paragraph at the top of a page splits anyway."""
        need = self._bb_min_lines
        frame = getattr(self, "_frame", None)
        if not need or (frame is not None and getattr(frame, "_atTop", 0)):
            return height
        if not hasattr(self, "blPara"):
            self.wrap(width, height)
        lines = len(self.blPara.lines)
        leading = self.style.leading
        fit = int(height / leading + 1e-9)
        if lines <= fit:
            return height
        fit = min(fit, lines - need)  # leave ``need`` lines for the next page
        if fit < need:
            return 0.0
        return fit * leading + 1e-6


class HeadingPara(Para):
    """A heading: a link destination, a contents entry and an outline entry."""

    def __init__(
        self,
        markup: str,
        style: object,
        level: int,
        anchor: str,
        title: str,
        toc_markup: str | None,
    ) -> None:
        key = anchor_key(anchor)
        super().__init__(f'<a name="{key}"/>{markup}', style)
        self.bb_keep_with_next = True
        self.bb_level = level
        self.bb_anchor = anchor  # the IR's
        self.bb_key = key  # the PDF destination name
        self.bb_title = title
        self.bb_toc = toc_markup  # None: not in the contents

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A heading moves to the next page whole; only one taller than a whole page (a
        # pasted text as a title) splits, at the top of a page, rather than stop the export.
        frame = getattr(self, "_frame", None)
        if frame is None or not getattr(frame, "_atTop", 0):
            return []
        self.__class__ = Para  # reportlab makes the parts as instances of our class
        try:
            parts = Para.split(self, availWidth, availHeight)
        finally:
            self.__class__ = HeadingPara
        if parts:  # the first part is the heading: contents, outline and link target
            parts[0].__class__ = HeadingPara
            parts[0].__dict__.update({k: v for k, v in self.__dict__.items() if k[:3] == "bb_"})
        return parts


class PageCount(Flowable):
    """Zero-size flowable at the end of the story: records the page count.

    In one pass the page labels are forms filled in with it at the end (:mod:`numbers`); in a
    fixed-point layout it is an indexing flowable, so multiBuild repeats until the count is
    stable and the furniture prints the count of the previous pass.
    """

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self._previous = -1
        self.width = self.height = 0

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self._previous = self.count

    def afterBuild(self) -> None:
        pass

    def isSatisfied(self) -> bool:
        return self.count == self._previous

    def notify(self, kind: str, stuff: object) -> None:
        pass

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.count = self.canv.getPageNumber()


@dataclass
class Story:
    flowables: list[Flowable] = field(default_factory=list)
    toc: Contents | None = None
    page_count: PageCount = field(default_factory=PageCount)
    starts_with_cover: bool = False


def keep(style_name: str) -> list[Flowable]:
    """What stands before a paragraph of ``style_name`` that stays with what follows."""
    return [K.KeepWithNext()] if style_name in S.KEEP_WITH_NEXT else []


def para(runs: list[ir.Run], style_name: str, prefix: str = "") -> Para:
    """A paragraph of ``runs``; ``prefix`` (e.g. a portion mark) is Latin text in the base font."""
    style = S.style_for(style_name, runs)
    items = T.style_pieces(runs, style)
    if prefix:
        items.insert(0, T.Piece(style.fontName, prefix))
    frags = T.frags(items, style)
    p = (
        Para(T.markup(items, style.fontName), style)
        if frags is None
        else Para(None, style, frags=frags)
    )
    # Body text is set at least 30 em wide: only long words can be wider than its lines.
    # Table cells and cover lines may be narrow: every word counts there.
    p.keep_items(items, min_length=1 if style_name.startswith(("cell", "cover")) else 24)
    return p


def text_para(text: str, style_name: str) -> Para:
    """A paragraph of a plain string (cover lines, labels), split by the IR's own rules."""
    return para(ir.runs(text), style_name)


class LayoutTable(Table):
    """A Table that draws nothing in a measuring pass (see :class:`Para`).

    A row splits inside its cells only at the top of a page (``frame_height`` available):
    elsewhere the table splits between rows or moves on, as usual. reportlab would otherwise
    split a tall row right after a between-rows split, repeating the header on the same page.
    """

    frame_height = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        in_row = self.splitInRow
        if availHeight < self.frame_height * 0.95:
            self.splitInRow = 0
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = in_row
        for part in parts:
            if isinstance(part, LayoutTable):
                part.frame_height = self.frame_height
                part.splitInRow = in_row
        return parts

    def draw(self) -> None:
        if getattr(getattr(self.canv, "_doctemplate", None), "bb_layout_only", False):
            return
        super().draw()


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose default font is ours: reportlab's is an unembedded Helvetica."""
    base = S.STYLES["body"]
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), base.fontName),
            ("FONTSIZE", (0, 0), (-1, -1), base.fontSize),
            *commands,
        ]
    )


def _portion(mark: str | None) -> str:
    return f"({mark})\u00a0" if mark else ""


TOC_CHARS = 240  # a contents entry or bookmark longer than this is cut with "…"


def _shortened(runs: list[ir.Run], limit: int = TOC_CHARS) -> list[ir.Run]:
    """``runs`` cut to ``limit`` characters (a pasted text as a heading must not make a
    contents entry taller than a page)."""
    out: list[ir.Run] = []
    left = limit
    for run in runs:
        if left <= 0:
            break
        text = run.text if len(run.text) <= left else run.text[:left] + "\u2026"
        out.append(ir.Run(text, run.script, run.bold, run.italic, run.underline))
        left -= len(run.text)
    return out


def toc_markup(block: ir.Heading) -> str:
    toc_style = S.STYLES[S.TOC_STYLES[min(max(block.level, 1), 3) - 1]]
    return T.style_markup(_shortened(block.runs), toc_style)


def heading(block: ir.Heading) -> list[Flowable]:
    level = min(max(block.level, 1), 3)
    style = S.style_for(S.HEADING_STYLE[level], block.runs)
    items = T.style_pieces(block.runs, style)
    markup = T.markup(items, style.fontName)
    toc = toc_markup(block) if block.in_contents else None
    out: list[Flowable] = []
    if block.page_break_before:
        out.append(PageBreakIfNotEmpty())
    else:
        out.extend(keep(S.HEADING_STYLE[level]))
    title = block.text if len(block.text) <= TOC_CHARS else block.text[:TOC_CHARS] + "\u2026"
    h = HeadingPara(markup, style, level, block.anchor, title, toc)
    h.keep_items(items, f'<a name="{h.bb_key}"/>')
    out.append(h)
    return out


def list_block(block: ir.ListBlock) -> list[Flowable]:
    """One paragraph per item, indented by its depth, with its number or bullet."""
    out: list[Flowable] = []
    prefix = _portion(block.portion)
    for i, (item, label) in enumerate(zip(block.items, block.labels(), strict=True)):
        p = para(item, S.list_style(block.level(i)), prefix)
        p.bulletText = label
        p._bb_min_lines = K.MIN_LINES
        out.append(p)
    return out


MIN_COLUMN = 40.0  # points, padding included: narrower columns hold a few letters a line
CELL_PADDING = 8.0  # a cell's left and right padding together


def table(block: ir.Table, avail_width: float, frame_height: float) -> list[Flowable]:
    """A table; one too wide for the page (more columns than fit at :data:`MIN_COLUMN`) is
    set as several tables of consecutive columns, each repeating the first column, with a
    caption that says which columns it holds."""
    n_cols = max([len(block.header), *(len(r) for r in block.rows)] or [1])
    per_part = int(avail_width // MIN_COLUMN)
    if n_cols <= per_part:
        return _table(block, avail_width, frame_height)
    out: list[Flowable] = []
    rest = list(range(1, n_cols))
    step = per_part - 1  # the first column repeats in every part
    for start in range(0, len(rest), step):
        cols = [0, *rest[start : start + step]]

        def pick(row: list[list[ir.Run]], cols: list[int] = cols) -> list[list[ir.Run]]:
            return [row[c] if c < len(row) else [] for c in cols]

        caption = f"columns {cols[1] + 1}–{cols[-1] + 1} of {n_cols}"
        part = ir.Table(
            pick(block.header) if block.header else [],
            [pick(r) for r in block.rows],
            [block.widths[c] if c < len(block.widths) else 0.0 for c in cols],
            f"{block.caption} ({caption})" if block.caption else caption.capitalize(),
            block.portion,
            list(block.row_portions),
        )
        out.extend(_table(part, avail_width, frame_height))
    return out


def _table(block: ir.Table, avail_width: float, frame_height: float) -> list[Flowable]:
    n_cols = max([len(block.header), *(len(r) for r in block.rows)] or [1])
    rel = list(block.widths[:n_cols]) + [0.0] * (n_cols - len(block.widths))
    missing = [i for i, w in enumerate(rel) if w <= 0]
    if missing:
        share = max(1.0 - sum(w for w in rel if w > 0), 0.1 * len(missing)) / len(missing)
        for i in missing:
            rel[i] = share
    total = sum(rel)

    def cells(row: list[list[ir.Run]], style_name: str, mark: str | None) -> list[Flowable | str]:
        padded = list(row) + [[]] * (n_cols - len(row))
        out: list[Flowable | str] = [para(c, style_name) if c else "" for c in padded]
        if mark:  # the portion mark opens the row's first cell
            out[0] = para(padded[0], style_name, _portion(mark))
        return out

    data = []
    if block.header:
        data.append(cells(block.header, "cell-head", None if block.caption else block.portion))
    data.extend(cells(r, "cell", block.row_portion(i)) for i, r in enumerate(block.rows))
    if not data:
        return []
    auto = not any(w > 0 for w in block.widths)
    widths = _column_widths([avail_width * w / total for w in rel], data, auto)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, S.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("SHAPING", (0, 0), (-1, -1), 1),
    ]
    if block.header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), S.HEADER_FILL))
    t = LayoutTable(
        data,
        colWidths=widths,
        repeatRows=1 if block.header else 0,
        # A row breaks inside its cells only when 200 pt of it fit on the page and 200 pt are
        # left over: ordinary rows move whole to the next page, a row taller than a page
        # (a huge cell) splits instead of failing the export.
        splitInRow=200,
        hAlign="LEFT",
        spaceBefore=3,
        spaceAfter=9,
    )
    t.frame_height = frame_height
    t.setStyle(table_style(commands))
    out: list[Flowable] = []
    if block.caption:
        out.extend(keep("caption"))
        caption = para(ir.runs(block.caption), "caption", _portion(block.portion))
        caption.bb_keep_with_next = True
        out.append(caption)
    out.append(t)
    return out


def _column_widths(
    preferred: list[float], data: list[list[Flowable | str]], auto: bool
) -> list[float]:
    """``preferred`` fitted to the cells; ``auto``: the composer gave no proportions (see
    :mod:`columns`)."""
    n = len(preferred)
    narrowest, widest, total = [0.0] * n, [0.0] * n, [0.0] * n
    for row in data:
        for i, cell in enumerate(row):
            if isinstance(cell, Para):
                word, line = cell.widths()
                narrowest[i] = max(narrowest[i], word + CELL_PADDING + 0.5)
                widest[i] = max(widest[i], line + CELL_PADDING)
                total[i] += line + CELL_PADDING
    typical = [t / len(data) for t in total] if auto else None
    return columns.fit(preferred, narrowest, widest, typical)


def contents(
    block: ir.Contents, headings: list[ir.Heading], loc: BookLocale = ENGLISH_BOOK
) -> tuple[list[Flowable], Contents]:
    styles = [S.STYLES[n] for n in S.TOC_STYLES]
    if any(S.needs_shaping(h.runs) for h in headings if h.in_contents):
        styles = [S.shaped(s) for s in styles]
    toc_class = NativeDigitsContents if loc.uses_native_digits else Contents
    toc = toc_class(
        levelStyles=styles,
        dotsMinLevel=0,
        rightColumnWidth=36,
        tableStyle=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    # Known titles with provisional page numbers: the contents have their real height from
    # the start (the number column has a fixed width), in a single pass as in the first one.
    toc.addEntries(
        (min(max(h.level, 1), 3) - 1, toc_markup(h), 0, anchor_key(h.anchor))
        for h in headings
        if h.in_contents
    )
    toc._lastEntries = list(toc._entries)
    if isinstance(toc, NativeDigitsContents):
        toc.bb_locale = loc
    title = para(ir.runs(block.title), "toc-title")
    return [title, toc, PageBreakIfNotEmpty()], toc


class Contents(TableOfContents):
    """reportlab's contents, whose dots and page number after each entry are drawn by
    :meth:`entry_end`: at once from the previous pass's numbers, or, when ``bb_numbers`` is
    set (a book laid out in one pass), as a form filled in once the pages are known."""

    bb_numbers: Any = None  # a numbers.DeferredNumbers

    def number_style(self, level: int) -> ParagraphStyle:
        return self.getLevelStyle(level)

    def number_text(self, page: int) -> str:
        return str(page)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        size = super().wrap(availWidth, availHeight)

        def entry_end(canvas: Any, kind: str, label: str) -> None:
            page, level, key = label.split(",", 2)
            style = self.number_style(int(level))
            dot = " . " if self.dotsMinLevel >= 0 and int(level) >= self.dotsMinLevel else ""
            number = None if self.bb_numbers is not None else self.number_text(int(page))
            contents_entry_end(canvas, self, style, literal_eval(key), dot, availWidth, number)

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        return size


class NativeDigitsContents(Contents):
    """Contents whose page numbers print in the book's own digits (Khmer ០–៩), in a font
    that has them (the entries' Latin font does not)."""

    bb_locale: BookLocale = ENGLISH_BOOK

    def number_style(self, level: int) -> ParagraphStyle:
        style = self.getLevelStyle(level)
        digits = fonts.font_name(ir.Script.KHMER, serif=True)
        fonts.register([digits])
        return ParagraphStyle(f"{style.name}-digits", parent=style, fontName=digits)

    def number_text(self, page: int) -> str:
        return self.bb_locale.number(page)


def cover(block: ir.Cover, frame_height: float, loc: BookLocale = ENGLISH_BOOK) -> list[Flowable]:
    def line(text: str, style: str) -> Para:
        return text_para(text, style) if text else Spacer(1, 0)

    marking_box = Table(
        [[text_para(block.marking.upper(), "cover-marking")]],
        style=table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.6, S.INK),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        ),
        colWidths=[11 * cm],
    )
    meta_rows = [
        (label, value)
        for label, value in (
            (loc.pgettext("on the cover", "Version"), block.version),
            (loc.pgettext("on the cover", "Prepared by"), block.prepared_by),
            (loc.pgettext("on the cover", "Status"), block.status.upper()),
        )
        if value
    ]
    meta = Table(
        [[text_para(label, "cover-meta"), text_para(v, "cover-meta")] for label, v in meta_rows]
        or [[""]],
        colWidths=[3 * cm, 10 * cm],
        style=table_style(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, S.RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, S.RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )
    middle: list[Flowable] = [
        para(block.title, "cover-title"),  # title, then occasion: the order of the DOCX
        para(block.occasion, "cover-occasion"),
        para(block.place_and_dates, "cover-place"),
    ]
    return [
        line(block.ministry, "cover-ministry"),
        line(block.department, "cover-dept"),
        Spacer(1, 8),
        HRFlowable(width="70%", thickness=1.2, color=S.HEADING_INK, spaceBefore=2, spaceAfter=2),
        Spacer(1, frame_height * 0.18),
        KeepTogether(middle),
        Spacer(1, frame_height * 0.08),
        marking_box,
        # A numbered copy says so under the marking, where it is seen first.
        *([Spacer(1, 12), text_para(block.copy, "cover-copy")] if block.copy else []),
        Spacer(1, frame_height * 0.12 - (28 if block.copy else 0)),
        meta,
    ]


def build_story(
    doc: ir.Document,
    avail_width: float,
    frame_height: float,
    headings: list[ir.Heading] | None = None,
) -> Story:
    """``headings``: those the contents lists, if not the document's own (a part of a book laid
    out alone, see :mod:`briefing.export.pdf.parts`)."""
    story = Story()
    flow = story.flowables
    loc = book_locale(doc.language, doc.native_digits)
    headings = doc.headings() if headings is None else headings
    closing = ir.closing_notes(doc.blocks)
    leads = {lead for lead, _notes in closing}
    notes = {i: i != run[-1] for _lead, run in closing for i in run}  # -> keeps with the next
    for i, block in enumerate(doc.blocks):
        if isinstance(block, ir.Paragraph):
            flow.extend(keep(block.style))
            if i in leads or (i in notes and i - 1 not in notes):
                flow.append(K.KeepWithNext())  # a part's closing notes stay with what precedes
            p = para(block.runs, block.style, _portion(block.portion))
            p._bb_min_lines = K.MIN_LINES
            p.bb_keep_with_next = block.style in S.KEEP_WITH_NEXT or notes.get(i, i in leads)
            p.bb_closing_lead = i in leads
            flow.append(p)
        elif isinstance(block, ir.Heading):
            flow.extend(heading(block))
        elif isinstance(block, ir.ListBlock):
            flow.extend(list_block(block))
        elif isinstance(block, ir.Table):
            flow.extend(table(block, avail_width, frame_height))
        elif isinstance(block, ir.PageBreak):
            flow.append(PageBreakIfNotEmpty())
        elif isinstance(block, ir.Contents):
            items, toc = contents(block, headings, loc)
            if story.toc is None:
                story.toc = toc
                flow.extend(items)
        elif isinstance(block, ir.Cover):
            if i == 0:
                story.starts_with_cover = True
            else:
                flow.extend([NextPageTemplate("cover"), PageBreakIfNotEmpty()])
            flow.extend(cover(block, frame_height, loc))
            flow.extend([NextPageTemplate("body"), PageBreak()])
    flow.append(story.page_count)
    K.link(flow)
    return story
