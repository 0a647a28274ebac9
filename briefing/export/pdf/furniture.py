"""The words the PDF writer prints on every page, in the book's language: "Page X of Y" and
the DRAFT watermark.

One function draws the page label for both the whole-book writer (:mod:`.writer`) and the
part-by-part layout (:mod:`.parts`), so they print the same. A label in plain ASCII ("Page 3
of 23", "Page 3 sur 23") is drawn as a string; one in Khmer ("ទំព័រ ៣ នៃ ២៣") or Chinese
("第 3 页，共 23 页") as a paragraph, which picks each script's font and shapes Khmer (a canvas
string is never shaped).
"""

from __future__ import annotations

from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefing import ir
from briefing.export import fonts
from briefing.export.pdf import styles as S
from briefing.export.pdf.story import text_para
from briefing.i18n import BookLocale, book_locale

LABEL_SIZE = 8.5
WATERMARK_SIZE = 118


def locale(doc: ir.Document) -> BookLocale:
    return book_locale(doc.language, doc.native_digits)


def page_label(loc: BookLocale, page: int, total: int) -> str:
    """ "Page 3 of 23" ("Page 3" while the count is not known yet) in the book's language."""
    if total:
        text = loc.gettext("Page {page} of {total}").format(page=page, total=total)
    else:
        text = loc.gettext("Page {page}").format(page=page)
    return loc.digits(text)


def draw_page_label(canv: Any, right: float, y: float, text: str) -> None:
    """``text`` ending at ``right`` on the baseline ``y``, in the footer's size."""
    canv.saveState()
    canv.setFillGray(0)
    if text.isascii():
        canv.setFont(S.SANS, LABEL_SIZE)
        canv.drawRightString(right, y, text)
    else:
        p = text_para(text, "footer")
        p.wrap(10_000, 100)
        width = max(p.getActualLineWidths0() or [0])
        # its first baseline sits one font size below its top (as the footer note's)
        p.drawOn(canv, right - width, y - p.height + p.style.fontSize)
    canv.restoreState()


def watermark_word(loc: BookLocale) -> str:
    return loc.pgettext("the watermark of a draft", "DRAFT")


@cache
def _watermark_style(script: ir.Script, size: float, grey: float) -> ParagraphStyle:
    name = fonts.font_name(script, bold=True, serif=False)
    fonts.register([name])
    return ParagraphStyle(
        f"bb-watermark-{script}-{size}",
        fontName=name,
        fontSize=size,
        leading=size * 1.2,
        textColor=colors.Color(grey, grey, grey),
        shaping=1 if script is ir.Script.KHMER else 0,
    )


def watermark_para(word: str, width: float, grey: float) -> Paragraph:
    """A non-Latin watermark word as a paragraph at most ``width`` wide (set smaller if need
    be): Khmer needs shaping, which only paragraphs do."""
    pieces = ir.split_scripts(word)
    script = next((s for _t, s in pieces if s is not ir.Script.LATIN), ir.Script.LATIN)
    size = float(WATERMARK_SIZE)
    while True:
        p = Paragraph(escape(word), _watermark_style(script, size, grey))
        p.wrap(10_000, 1_000)
        actual = max(p.getActualLineWidths0() or [0])
        if actual <= width or size <= 24:
            p.bb_width = actual
            return p
        size = max(24.0, round(size * width / actual * 0.98))
