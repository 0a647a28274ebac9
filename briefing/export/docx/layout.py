"""Page geometry of the DOCX export and a rough page-number estimate for its contents.

A DOCX has no pages until Word or LibreOffice lays it out. The pre-filled table of contents
still needs numbers, so this module walks the IR and estimates where each heading falls: words
wrapped greedily with average glyph widths, the line heights of the Noto fonts, paragraphs that
flow across pages, headings kept with the next lines, table rows that do not split. It is an
estimate, not a layout engine (Word's own layout differs from LibreOffice's, by which it was
checked): callers that know the real numbers (from the PDF build) pass them instead, and Word
refreshes the contents when the file opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing import ir

MM = 56.6929  # twips per millimetre


@dataclass(frozen=True)
class PageGeometry:
    """Page size and margins in twips (1/1440 inch)."""

    width: int
    height: int
    left: int = round(20 * MM)
    right: int = round(20 * MM)
    top: int = round(20 * MM)
    bottom: int = round(22 * MM)
    header: int = round(10 * MM)
    footer: int = round(10 * MM)

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right

    @property
    def text_height(self) -> int:
        return self.height - self.top - self.bottom


A4 = PageGeometry(width=11906, height=16838)  # 210 x 297 mm
LETTER = PageGeometry(width=12240, height=15840)  # 8.5 x 11 in


def geometry(paper: str) -> PageGeometry:
    """A4 unless the paper is Letter (case-insensitive)."""
    return LETTER if paper.strip().lower() == "letter" else A4


# Average advance per character (and of the space) in em for Noto Serif/Sans, Noto Sans Khmer
# (shaped) and Noto Sans CJK, and line height per point size at single spacing (the fonts'
# ascent + descent; lines with Khmer or Chinese are taller). Checked against LibreOffice's
# layout of sample books: 0-5 pages off at the end of a 210-300 page book.
_ADVANCE = {ir.Script.LATIN: 0.52, ir.Script.KHMER: 0.45, ir.Script.HAN: 1.0}
_SPACE = 0.26
_LINE = {ir.Script.LATIN: 1.362, ir.Script.KHMER: 1.45, ir.Script.HAN: 1.45}
_BREAKS = str.maketrans({"\u200b": " ", "\t": " "})

BODY, SMALL, TABLE = 10.5, 9.0, 9.5
HEADING = {1: (16.0, 18.0, 8.0), 2: (13.0, 14.0, 5.0), 3: (11.0, 10.0, 3.0)}  # size, before, after


def _measure(runs: list[ir.Run], size: float, width_pt: float) -> tuple[float, float]:
    """Height and base line height, in points, of text set at ``size`` in a column
    ``width_pt`` wide: words are wrapped greedily; Chinese breaks between any characters."""
    limit = max(width_pt / size, 1.0)  # line length in em
    base = _LINE[ir.Script.LATIN]
    total = 0.0  # heights of finished lines, in em
    used, tallest = 0.0, base
    for run in runs:
        adv, tall = _ADVANCE.get(run.script, 0.5), _LINE.get(run.script, base)
        for n, hard_line in enumerate(run.text.translate(_BREAKS).split("\n")):
            if n:
                total, used, tallest = total + tallest, 0.0, base
            words = list(hard_line) if run.script == ir.Script.HAN else hard_line.split(" ")
            space = 0.0 if run.script == ir.Script.HAN else _SPACE
            for length in map(len, words):
                width = length * adv
                if used and used + width > limit:
                    total, used, tallest = total + tallest, 0.0, base
                if width > limit:  # a word longer than the line is cut
                    total += (width // limit) * tall
                    width %= limit
                used += width + space
                if tall > tallest:
                    tallest = tall
    return (total + tallest) * size, base * size


class _Pager:
    def __init__(self, geom: PageGeometry) -> None:
        self.height = geom.text_height / 20
        self.width = geom.text_width / 20
        self.page = 1
        self.used = 0.0

    def new_page(self) -> None:
        if self.used > 0:
            self.page += 1
            self.used = 0.0

    def place(self, height: float, keep: float = 0.0) -> int:
        """Put an unbreakable block of ``height`` points (plus ``keep`` that must follow on the
        same page); return the page it starts on."""
        if self.used > 0 and self.used + height + keep > self.height:
            self.new_page()
        return self._advance(height)

    def flow(self, height: float, line: float) -> int:
        """Put text that may break across pages (at least two lines stay together)."""
        if self.used > 0 and self.used + min(height, 2 * line) > self.height:
            self.new_page()
        return self._advance(height)

    def _advance(self, height: float) -> int:
        start = self.page
        self.used += height
        while self.used > self.height:  # flows on to the next page
            self.used -= self.height
            self.page += 1
        return start


@dataclass
class PageEstimate:
    headings: dict[str, int]  # anchor -> estimated page
    total: int


def estimate_pages(doc: ir.Document, geom: PageGeometry) -> PageEstimate:
    pager = _Pager(geom)
    pages: dict[str, int] = {}
    entries = [min(max(h.level, 1), 3) for h in doc.headings() if h.in_contents]
    for block in doc.blocks:
        if isinstance(block, ir.Cover):
            pager.place(pager.height)
            pager.new_page()
        elif isinstance(block, ir.PageBreak):
            pager.new_page()
        elif isinstance(block, ir.Contents):
            pager.place(HEADING[1][0] * 1.5 + 26)
            for level in entries:
                pager.place(BODY * _LINE[ir.Script.LATIN] + (5.0 if level == 1 else 2.0))
        elif isinstance(block, ir.Heading):
            if block.page_break_before:
                pager.new_page()
            size, before, after = HEADING[min(max(block.level, 1), 3)]
            height = _measure(block.runs, size, pager.width)[0] + before + after
            pages[block.anchor] = pager.place(height, keep=BODY * 3)
        elif isinstance(block, ir.Paragraph):
            size = SMALL if block.style == "note" else BODY
            height, line = _measure(block.runs, size, pager.width)
            pager.flow(height + 6, line)
        elif isinstance(block, ir.ListBlock):
            for item in block.items:
                height, line = _measure(item, BODY, pager.width - 18)
                pager.flow(height + 3, line)
        elif isinstance(block, ir.Table):
            _place_table(pager, block)
    return PageEstimate(pages, pager.page)


def _place_table(pager: _Pager, table: ir.Table) -> None:
    widths = column_fractions(table)
    if table.caption:
        pager.place(SMALL * 1.5 + 11, keep=TABLE * 3)

    def row_height(cells: list[list[ir.Run]]) -> float:
        heights = [
            _measure(cell, TABLE, max(widths[i] * pager.width - 8.5, 10))[0]
            for i, cell in enumerate(cells[: len(widths)])
        ]
        return max(heights, default=TABLE * 1.5) + 6

    head = row_height(table.header) if table.header else 0.0
    if head:
        pager.place(head, keep=TABLE * 2)
    for row in table.rows:
        height = row_height(row)
        before = pager.page
        pager.place(height)
        if pager.page != before and head:
            pager.used += head  # the header row repeats on the new page
    pager.place(6)


def column_fractions(table: ir.Table) -> list[float]:
    """Relative widths for every column the table uses, normalised to sum to 1."""
    count = max([len(table.header), *(len(r) for r in table.rows), 1])
    given = [max(float(x), 0.0) for x in table.widths[:count]]
    missing = count - len(given)
    if missing:
        fill = (1.0 - sum(given)) / missing if sum(given) < 1.0 else 1.0 / count
        given += [max(fill, 0.05)] * missing
    total = sum(given) or 1.0
    if total <= 0 or not all(given):
        return [1.0 / count] * count
    return [x / total for x in given]
