"""Page numbers in a book laid out once: drawn as forms, filled in when the pages are known.

"Page X of Y" needs the page count, and the contents need the page of every heading that
follows them; reportlab's ``multiBuild`` lays the whole book out again to learn them. The
contents' height does not depend on the numbers (the number column has a fixed width), so
one pass is enough: each page's label and each contents entry's dots and number are PDF
form XObjects named where they are drawn and defined at the end of the pass
(:meth:`DeferredNumbers.settle`), drawn as they would have been at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

#: a form's box: larger than any page, so that nothing drawn in it is clipped
_BOX = (-10_000, -10_000, 10_000, 10_000)


class Unsettled(Exception):
    """A contents entry names a heading the book never printed: lay the book out again, the
    old way (:func:`briefing.export.pdf.writer.write_pdf` does)."""


class DeferredNumbers:
    """The forms of one layout pass. ``draw_label(canv, page, total)`` draws a page's label."""

    def __init__(self, draw_label: Callable[[Any, int, int], None]) -> None:
        self.draw_label = draw_label
        self.pages = 0  # labels drawn, one a page
        #: (form, contents, style, key, dot, x, y, width) of each contents entry drawn
        self.entries: list[tuple[str, Any, ParagraphStyle, str, str, float, float, float]] = []

    def page_label(self, canv: Any, page: int) -> None:
        canv.doForm(f"bb_page_{page}")
        self.pages = max(self.pages, page)

    def contents_entry(self, canv: Any, toc: Any, style: ParagraphStyle, key: str, dot: str,
                       x: float, y: float, width: float) -> None:  # fmt: skip
        name = f"bb_toc_{len(self.entries)}"
        canv.doForm(name)
        self.entries.append((name, toc, style, key, dot, x, y, width))

    def settle(self, canv: Any, total: int, key_pages: dict[str, int]) -> None:
        """Define every form drawn: the labels with ``total`` pages, the contents entries
        with the page of their heading (by destination key)."""
        for n in range(1, self.pages + 1):
            canv.beginForm(f"bb_page_{n}", *_BOX)
            self.draw_label(canv, n, total)
            canv.endForm()
        for name, toc, style, key, dot, x, y, width in self.entries:
            page = key_pages.get(key)
            if page is None:
                raise Unsettled(key)
            canv.beginForm(name, *_BOX)
            _dots_and_number(canv, style, toc.number_text(page), x, y, width, dot)
            canv.endForm()


def contents_entry_end(canv: Any, toc: Any, style: ParagraphStyle, key: str | None, dot: str,
                       width: float, number: str | None) -> None:  # fmt: skip
    """After a contents entry's text: leader dots and its page ``number`` (None: as a form
    filled in later, see :class:`DeferredNumbers`), and a link to the heading over the number
    column (a link cannot live in a form)."""
    x, y = canv._curr_tx_info["cur_x"], canv._curr_tx_info["cur_y"]
    if number is None:
        toc.bb_numbers.contents_entry(canv, toc, style, key, dot, x, y, width)
    else:
        _dots_and_number(canv, style, number, x, y, width, dot)
    if key:
        left = width - toc.rightColumnWidth
        canv.linkRect("", key, (left, y, width, y + style.leading), relative=1)


def _dots_and_number(
    canv: Any, style: ParagraphStyle, number: str, x: float, y: float, width: float, dot: str
) -> None:
    """Leader dots from ``x``, and ``number`` flush with ``width`` (smaller if it would not
    fit), as reportlab's contents draw them."""
    size = style.fontSize
    number_w = stringWidth(number, style.fontName, size)
    while number_w > width - x and size >= 1.0:
        size *= 0.9
        number_w = stringWidth(number, style.fontName, size)
    if dot:
        dot_w = stringWidth(dot, style.fontName, size)
        dots = int((width - x - number_w) / dot_w)
    else:
        dot_w, dots = 0.0, 0
    tx = canv.beginText(width - dots * dot_w - number_w, y)
    tx.setFont(style.fontName, size)
    tx.setFillColor(style.textColor)
    tx.textLine(dots * dot + number)
    canv.drawText(tx)
