"""Write a briefing book (:class:`briefing.ir.Document`) as a Word document.

python-docx opens the style template (``resources/templates/base.docx``) and handles the
package, parts and core properties; the body is built with lxml directly (see
``_docx_xml``) because per-run python-docx calls are too slow for a 200-page book.

What the file carries:

* one section, A4 or Letter, 2 cm margins; the same header and footer on every page, cover
  included: the classification banner (bold, centred, capitals) at top and bottom, the
  footer note and "Page X of Y" (PAGE / NUMPAGES fields);
* a DRAFT watermark (a VML WordArt shape in the header, as Word makes it) when ``doc.draft``;
* the cover on its own first page;
* a real TOC field (``TOC \\o "1-3" \\h \\z \\u``) already filled with one hyperlinked entry per
  heading, so it reads right before any update; ``updateFields`` in settings.xml makes Word
  offer to refresh it (and the page count) when the file opens;
* fonts in the styles only (Latin, East Asian and complex-script faces of each style and of
  the document defaults), none on the runs; the fonts it uses embedded (:mod:`.embed`);
* page breaks: headings, captions, labels and table header rows keep with what follows (the
  template's styles), widow control everywhere, paragraphs too short to leave three lines on
  each side of a page break kept whole (``keepLines``), table rows never split, the header
  row repeated on each page.

Page numbers in the pre-filled contents: the ``page_numbers`` mapping (heading anchor -> page)
when the caller has one, typically from the PDF build of the same book; otherwise an estimate
from ``_docx_layout`` (words wrapped against the page with average Noto glyph widths; checked
against LibreOffice: exact to 5 pages off at the end of 210-300 page books, Word's own layout
may differ more). Headings missing from ``page_numbers`` also fall back to the estimate. The
numbers matter: LibreOffice keeps the cached TOC text when it opens or converts the file (it
does recompute PAGE and NUMPAGES); Word replaces it when the user accepts the field update.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import docx
from lxml import etree

from briefing import ir
from briefing.export.docx import embed as E
from briefing.export.docx import xml as X
from briefing.export.docx.layout import PageGeometry, column_fractions, estimate_pages, geometry
from briefing.export.writer import Progress, WriteResult
from briefing.files.atomic import write_atomic
from briefing.files.paths import resource
from briefing.i18n import book_locale

__all__ = ["write_docx", "template_bytes"]

TEMPLATE = "templates/base.docx"
SERIF, SANS = "Noto Serif", "Noto Sans"
HEADER_FILL = "D9E2F3"
_BODY_STYLES = {"body": "Normal", "note": "Note", "label": "Label"}
MIN_LINES = 3  # lines of a paragraph that stay together at the foot and head of a page
_CHAR_EM = 0.5  # average advance of a character in em (Noto Serif text)
#: the document's language (Word's proofing and its page-number fields go by it)
_LANGUAGE_TAGS = {"en": "en-GB", "km": "km-KH", "fr": "fr-FR", "zh": "zh-CN"}
_WATERMARK_FONTS = {ir.Script.KHMER: E.KHMER, ir.Script.HAN: E.CJK}


def _main_script(text: str) -> ir.Script:
    scripts = [s for _t, s in ir.split_scripts(text) if s is not ir.Script.LATIN]
    return scripts[0] if scripts else ir.Script.LATIN


@functools.lru_cache(maxsize=1)
def template_bytes() -> bytes:
    """The base template: from the installed ``briefing.resources`` package, else the repo."""
    return resource(TEMPLATE).read_bytes()


def write_docx(
    doc: ir.Document,
    out: Path | BinaryIO,
    page_numbers: dict[str, int] | None = None,
    *,
    progress: Progress | None = None,
) -> WriteResult:
    """Write ``doc`` to ``out`` (a path, replaced atomically, or a binary file object).

    ``page_numbers`` (heading anchor -> page, from the PDF's layout) pre-fill the contents.
    ``progress(done, total)`` is called after each block; it may raise to stop, and then
    nothing is written: the file is written by the last step only.
    """
    builder = _Builder(doc, page_numbers)
    total = len(doc.blocks) + 2
    tell = progress or (lambda _done, _total: None)
    tell(0, total)
    builder.setup()
    tell(1, total)
    for i, block in enumerate(doc.blocks):
        builder.add(block)
        tell(i + 2, total)
    data = builder.finish()
    if isinstance(out, (str, os.PathLike)):
        write_atomic(Path(out), data)
    else:
        out.write(data)
    tell(total, total)
    return WriteResult(heading_pages=dict(page_numbers or {}))


class DocxWriter:
    """The registry's DOCX (Word): :func:`write_docx`, its contents from the PDF's pages."""

    name, label, suffix, weight, needs_pages = "docx", "DOCX (Word)", ".docx", 20, True

    def write(
        self,
        doc: ir.Document,
        out: BinaryIO,
        *,
        progress: Progress | None = None,
        pages: dict[str, int] | None = None,
    ) -> WriteResult:
        return write_docx(doc, out, pages, progress=progress)


# --------------------------------------------------------------------------- styles


def _style_contexts(styles: etree._Element) -> dict[str, tuple[str, int]]:
    """Each paragraph style's effective Latin font and size (half-points), from the template.

    Runs name their Latin font and complex-script size explicitly, so they must know the
    paragraph's; reading them here keeps the template the one place where styles are set.
    """
    default_font, default_size = SERIF, 21
    rpr = styles.find(f"{X.w('docDefaults')}/{X.w('rPrDefault')}/{X.RPR}")
    if rpr is not None:
        default_font, default_size = _font_size(rpr, default_font, default_size)
    by_id = {s.get(X.w("styleId")): s for s in styles.iter(X.w("style"))}

    @functools.cache
    def resolve(style_id: str) -> tuple[str, int]:
        style = by_id.get(style_id)
        if style is None:
            return default_font, default_size
        based = style.find(X.w("basedOn"))
        font, size = (
            resolve(based.get(X.VAL)) if based is not None else (default_font, default_size)
        )
        own = style.find(X.RPR)
        return _font_size(own, font, size) if own is not None else (font, size)

    return {sid: resolve(sid) for sid in by_id if sid}


def _font_size(rpr: etree._Element, font: str, size: int) -> tuple[str, int]:
    fonts = rpr.find(X.w("rFonts"))
    if fonts is not None and fonts.get(X.w("ascii")):
        font = fonts.get(X.w("ascii"))
    sz = rpr.find(X.w("szCs"))
    if sz is None:
        sz = rpr.find(X.w("sz"))
    if sz is not None:
        size = int(sz.get(X.VAL))
    return font, size


# --------------------------------------------------------------------------- builder


class _Builder:
    def __init__(self, doc: ir.Document, page_numbers: dict[str, int] | None) -> None:
        self.doc = doc
        self.loc = book_locale(doc.language, doc.native_digits)
        self.geom: PageGeometry = geometry(doc.paper)
        self.document = docx.Document(io.BytesIO(template_bytes()))
        part = self.document.part
        self.ctx = _style_contexts(part._styles_part.element)
        self.numbering = part.numbering_part.element
        self.runs = X.RunMaker()
        #: paragraphs that keep with the next: a part's closing notes (but the last) and the
        #: paragraph before them (Word moves its last lines along if it is long)
        self._keep_next = {
            id(doc.blocks[i])
            for lead, run in ir.closing_notes(doc.blocks)
            for i in (lead, *run[:-1])
        }
        headings = doc.headings()
        self.bookmarks = X.bookmark_names(h.anchor for h in headings)
        estimate = estimate_pages(doc, self.geom)
        known = dict(page_numbers or {})
        self.pages = {**estimate.headings, **known}
        self.total_pages = max([estimate.total, *known.values()])
        self.body = self.document.element.body
        self.sect_pr = self.body.find(X.w("sectPr"))
        self._break_pending = False
        self._bookmark_id = 0
        self._bookmarked: set[str] = set()
        self._handlers: dict[type, Callable[[object], None]] = {
            ir.Heading: self._heading,
            ir.Paragraph: self._paragraph,
            ir.ListBlock: self._list,
            ir.Table: self._table,
            ir.PageBreak: self._page_break,
            ir.Contents: self._contents,
            ir.Cover: self._cover,
        }

    # ---- document-wide parts

    def setup(self) -> None:
        section = self.document.sections[0]  # python-docx finds it at the end of the body
        g = self.geom
        sect = self.sect_pr
        pg_sz = sect.find(X.w("pgSz"))
        pg_sz.set(X.w("w"), str(g.width))
        pg_sz.set(X.w("h"), str(g.height))
        mar = sect.find(X.w("pgMar"))
        for key, value in (
            ("top", g.top),
            ("right", g.right),
            ("bottom", g.bottom),
            ("left", g.left),
            ("header", g.header),
            ("footer", g.footer),
        ):
            mar.set(X.w(key), str(value))
        section.different_first_page_header_footer = False
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        self._fill_header(section.header.part.element)
        self._fill_footer(section.footer.part.element)
        self.body.remove(sect)  # blocks are appended; the section properties go last again
        self._core_properties()
        self._settings()

    def _fill_header(self, hdr: etree._Element) -> None:
        for child in list(hdr):
            hdr.remove(child)
        p, _ = X.paragraph("Banner")
        if self.doc.draft:
            word = self.loc.pgettext("the watermark of a draft", "DRAFT")
            font = _WATERMARK_FONTS.get(_main_script(word), SANS)
            width = 0.9 * self.geom.text_width / 20
            if _main_script(word) is ir.Script.HAN:
                # WordArt stretches the word to its box (made for "DRAFT", 4:1): two
                # ideographs want a box about 2:1, as wide as they are set
                width = min(width, width / 4 * len(word))
            for text, script in ir.split_scripts(word):  # its letters go into the fonts embedded
                self.runs.use.add_text(text, script)
            p.append(X.watermark_run(word, font, width))
        self._marking(p, "Banner")
        hdr.append(p)

    def _fill_footer(self, ftr: etree._Element) -> None:
        for child in list(ftr):
            ftr.remove(child)
        font, size = self.ctx.get("Footer", (SANS, 18))
        p, ppr = X.paragraph("Footer")
        self._right_tab(ppr, leader=None, clear=(4819, 9638))
        if self.doc.footer_note:
            self.runs.text(p, self.doc.footer_note, font, size)
        # "Page {page} of {total}" in the book's language, its numbers Word's fields; Latin
        # words in the footer style's font, others in their script's
        label = "\t" + self.loc.gettext("Page {page} of {total}")
        fields = {"page": ("PAGE", 1), "total": ("NUMPAGES", self.total_pages)}
        for piece in re.split(r"(\{page\}|\{total\})", label):
            if piece[1:-1] in fields:
                instruction, cached = fields[piece[1:-1]]
                X.field_runs(p, instruction, self.loc.number(cached))
            elif piece:
                self.runs.text(p, self.loc.digits(piece), font, size)
        ftr.append(p)
        banner, _ = X.paragraph("Banner")
        self._marking(banner, "Banner")
        ftr.append(banner)

    def _marking(self, p: etree._Element, style: str) -> None:
        font, size = self.ctx.get(style, (SANS, 20))
        self.runs.text(p, self.doc.marking.upper(), font, size, bold=True)

    def _right_tab(
        self, ppr: etree._Element, leader: str | None, clear: tuple[int, ...] = ()
    ) -> None:
        """A right tab at the exact text width (styles carry A4 positions)."""
        tabs = X.sub(ppr, "tabs")
        pos = self.geom.text_width
        for old in clear:
            if old != pos:
                X.sub(tabs, "tab", val="clear", pos=str(old))
        tab = X.sub(tabs, "tab", val="right", pos=str(pos))
        if leader:
            tab.set(X.w("leader"), leader)

    def _core_properties(self) -> None:
        meta = self.doc.meta
        core = self.document.core_properties
        classification = meta.classification or self.doc.marking
        core.title = meta.title[:255]
        core.subject = meta.subject[:255]
        core.author = core.last_modified_by = meta.author[:255]
        core.keywords = "; ".join(meta.keywords)[:255]
        core.category = classification[:255]
        core.content_status = self.doc.marking[:255]
        core.comments = f"Classification: {self.doc.marking}"[:255]
        core.language = _LANGUAGE_TAGS.get(self.loc.language, "en-GB")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        core.created = core.modified = now
        core.revision = 1

    def _settings(self) -> None:
        settings = self.document.settings.element
        update = settings.find(X.w("updateFields"))
        if update is None:
            update = etree.Element(X.w("updateFields"))
            anchor = settings.find(X.w("compat"))
            if anchor is not None:
                anchor.addprevious(update)
            else:
                settings.append(update)
        update.set(X.VAL, "true")

    # ---- blocks

    def add(self, block: ir.Block) -> None:
        handler = self._handlers.get(type(block))
        if handler is None:
            raise TypeError(f"the DOCX writer does not know {type(block).__name__}")
        handler(block)

    def finish(self) -> bytes:
        self._end_table()
        self.body.append(self.sect_pr)
        self.embedded = E.embed(self.document, self.runs.use)
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()

    def _p(self, style: str | None) -> tuple[etree._Element, etree._Element]:
        """A new body paragraph; takes a pending page break as ``pageBreakBefore``."""
        p, ppr = X.paragraph(style)
        if self._break_pending:
            X.sub(ppr, "pageBreakBefore")
            self._break_pending = False
        self.body.append(p)
        return p, ppr

    def _add_runs(self, p: etree._Element, runs: list[ir.Run], style: str) -> None:
        font, size = self.ctx.get(style, (SERIF, 21))
        self.runs.add(p, runs, font, size)

    def _portion(self, p: etree._Element, portion: str | None, style: str) -> None:
        if portion:
            font, size = self.ctx.get(style, (SERIF, 21))
            self.runs.add(p, [ir.Run(f"({portion}) ")], font, size, "PortionMark")

    def _page_break(self, _block: ir.PageBreak) -> None:
        self._break_pending = True

    def _heading(self, h: ir.Heading) -> None:
        level = min(max(h.level, 1), 3)
        style = f"Heading{level}" if h.in_contents else f"Heading{level}Unlisted"
        if h.page_break_before:
            self._break_pending = True
        p, _ = self._p(style)
        name = self.bookmarks[h.anchor]
        if name in self._bookmarked:  # a repeated anchor: Word allows one bookmark per name
            self._add_runs(p, h.runs, style)
            return
        self._bookmarked.add(name)
        self._bookmark_id += 1
        bid = str(self._bookmark_id)
        X.sub(p, "bookmarkStart", id=bid, name=name)
        self._add_runs(p, h.runs, style)
        X.sub(p, "bookmarkEnd", id=bid)

    def _keep_short(self, ppr: etree._Element, runs: list[ir.Run], indent: int = 0) -> None:
        """``keepLines`` on a paragraph of fewer than 2 x MIN_LINES lines (estimated): it
        could only split with a one- or two-line widow or orphan (Word's own widow control
        prevents only single lines)."""
        width = self.geom.text_width / 20 - indent / 20
        chars = sum(len(r.text) * (2 if r.script is ir.Script.HAN else 1) for r in runs)
        if chars * _CHAR_EM * 10.5 < (2 * MIN_LINES - 1) * width:
            # right after the style: the schema orders pPr's children
            at = 1 if len(ppr) and ppr[0].tag == X.PSTYLE else 0
            ppr.insert(at, etree.Element(X.w("keepLines")))

    def _paragraph(self, para: ir.Paragraph) -> None:
        style = _BODY_STYLES.get(para.style, "Normal")
        p, ppr = self._p(style)
        self._keep_short(ppr, para.runs)
        if id(para) in self._keep_next:  # a part's closing notes and the paragraph before them
            at = 1 if len(ppr) and ppr[0].tag == X.PSTYLE else 0
            ppr.insert(at, etree.Element(X.w("keepNext")))
        self._portion(p, para.portion, style)
        self._add_runs(p, para.runs, style)

    def _list(self, block: ir.ListBlock) -> None:
        """Real Word list levels: each item's ``ilvl`` is its depth; bullets use the bullet
        scheme (numId 1), each numbered (sub)list a new instance of the decimal scheme that
        starts at 1, so a parent list's numbering goes on after its nested lists."""
        open_lists: list[tuple[bool, str]] = []  # by depth: (numbered, numId)
        for i, item in enumerate(block.items):
            depth = min(block.level(i), 8)
            numbered = block.is_numbered(i)
            del open_lists[depth + 1 :]
            if len(open_lists) > depth and open_lists[depth][0] != numbered:
                del open_lists[depth:]
            while len(open_lists) <= depth:
                level = len(open_lists)
                kind = numbered if level == depth else block.is_numbered(i)
                open_lists.append((kind, self._restarted_numbering(level) if kind else "1"))
            style = "ListNumber" if numbered else "ListBullet"
            p, ppr = self._p(style)
            num_pr = X.sub(ppr, "numPr")
            X.sub(num_pr, "ilvl", val=str(depth))
            X.sub(num_pr, "numId", val=open_lists[depth][1])
            left = 357 * (depth + 1)
            if depth:
                X.sub(ppr, "ind", left=str(left), hanging="357")
            self._keep_short(ppr, item, left)
            self._portion(p, block.portion, style)
            self._add_runs(p, item, style)

    def _restarted_numbering(self, level: int = 0) -> str:
        """A new list instance of the decimal scheme that starts again at 1 at ``level``."""
        nums = self.numbering.findall(X.w("num"))
        num_id = str(1 + max((int(n.get(X.w("numId"))) for n in nums), default=0))
        num = X.sub(self.numbering, "num", numId=num_id)
        X.sub(num, "abstractNumId", val="1")
        X.sub(X.sub(num, "lvlOverride", ilvl=str(level)), "startOverride", val="1")
        return num_id

    # ---- cover and contents

    def _cover(self, cover: ir.Cover) -> None:
        def line(style: str, runs: list[ir.Run]) -> None:
            if any(r.text.strip() for r in runs):
                p, _ = self._p(style)
                self._add_runs(p, runs, style)

        line("Cover", ir.runs(cover.ministry.upper(), bold=True))
        line("Cover", ir.runs(cover.department))
        line("Title", cover.title)
        line("Subtitle", cover.occasion)
        line("Subtitle", cover.place_and_dates)
        line("CoverMarking", ir.runs(cover.marking.upper(), bold=True))
        line("Subtitle", ir.runs(cover.copy, bold=True))  # a numbered copy: seen first
        line("Cover", ir.runs(cover.version))
        for label, value in (
            (self.loc.pgettext("on the cover", "Status"), cover.status.upper()),
            (self.loc.pgettext("on the cover", "Prepared by"), cover.prepared_by),
        ):
            line("Cover", ir.runs(f"{self.loc.label(label)}{value}" if value else ""))
        self._break_pending = True

    def _contents(self, contents: ir.Contents) -> None:
        title, _ = self._p("TOCHeading")
        self._add_runs(title, ir.runs(contents.title), "TOCHeading")
        entries = [h for h in self.doc.headings() if h.in_contents]
        if not entries:
            p, _ = self._p("TOC1")
            X.field_char(p, "begin")
            X.instr_text(p, 'TOC \\o "1-3" \\h \\z \\u')
            X.field_char(p, "separate")
            self.runs.text(p, self.loc.gettext("No headings."), SERIF, 21)
            X.field_char(p, "end")
            return
        for i, h in enumerate(entries):
            level = min(max(h.level, 1), 3)
            style = f"TOC{level}"
            p, ppr = self._p(style)
            self._right_tab(ppr, leader="dot")
            if i == 0:
                X.field_char(p, "begin")
                X.instr_text(p, 'TOC \\o "1-3" \\h \\z \\u')
                X.field_char(p, "separate")
            name = self.bookmarks[h.anchor]
            link = X.sub(p, "hyperlink", anchor=name, history="1")
            font, size = self.ctx.get(style, (SERIF, 21))
            self.runs.add(link, [ir.Run(r.text, r.script) for r in h.runs], font, size)
            X.sub(etree.SubElement(link, X.R), "tab")
            page = self.pages.get(h.anchor)
            X.field_runs(link, f"PAGEREF {name} \\h", self.loc.number(page) if page else "")
            if i == len(entries) - 1:
                X.field_char(p, "end")

    # ---- tables

    def _end_table(self) -> None:
        """Word needs a paragraph between two tables and after a table that ends the body."""
        if len(self.body) and self.body[-1].tag == X.w("tbl"):
            self.body.append(etree.Element(X.P))

    def _table(self, table: ir.Table) -> None:
        self._end_table()
        if table.caption:
            cap, _ = self._p("Caption")
            self._portion(cap, table.portion, "Caption")
            self._add_runs(cap, ir.runs(table.caption), "Caption")
        elif self._break_pending:
            self._p(None)  # an empty paragraph carries the break before the table
        cols = _column_widths(column_fractions(table), self.geom.text_width)
        tbl = etree.SubElement(self.body, X.w("tbl"))
        pr = X.sub(tbl, "tblPr")
        X.sub(pr, "tblStyle", val="BriefingTable")
        X.sub(pr, "tblW", w=str(sum(cols)), type="dxa")
        X.sub(pr, "tblLayout", type="fixed")
        X.sub(
            pr,
            "tblLook",
            val="04A0",
            firstRow="1",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        )
        grid = X.sub(tbl, "tblGrid")
        for c in cols:
            X.sub(grid, "gridCol", w=str(c))
        if table.header:
            mark = None if table.caption else table.portion
            self._row(tbl, table.header, cols, header=True, mark=mark)
        for i, row in enumerate(table.rows):
            self._row(tbl, row, cols, header=False, mark=table.row_portion(i))

    def _row(
        self,
        tbl: etree._Element,
        cells: list[list[ir.Run]],
        cols: list[int],
        header: bool,
        mark: str | None = None,
    ) -> None:
        """One row; ``mark``, the row's portion mark, opens its first cell."""
        tr = X.sub(tbl, "tr")
        tr_pr = X.sub(tr, "trPr")
        X.sub(tr_pr, "cantSplit")
        if header:
            X.sub(tr_pr, "tblHeader")
        style = "TableHeading" if header else "TableText"
        font, size = self.ctx.get(style, (SERIF, 19))
        for i, width in enumerate(cols):
            tc = X.sub(tr, "tc")
            tc_pr = X.sub(tc, "tcPr")
            X.sub(tc_pr, "tcW", w=str(width), type="dxa")
            if header:
                X.sub(tc_pr, "shd", val="clear", color="auto", fill=HEADER_FILL)
            p, _ = X.paragraph(style)
            tc.append(p)
            if i == 0:
                self._portion(p, mark, style)
            if i < len(cells):
                runs = cells[i]
                if header:
                    runs = [ir.Run(r.text, r.script, True, r.italic, r.underline) for r in runs]
                self.runs.add(p, runs, font, size)


def _column_widths(fractions: list[float], total: int) -> list[int]:
    """Twips per column, rounded so that they add up to ``total`` exactly."""
    edges = [0]
    acc = 0.0
    for f in fractions:
        acc += f
        edges.append(round(acc * total))
    edges[-1] = total
    return [max(b - a, 1) for a, b in zip(edges, edges[1:], strict=False)]
