"""Paragraph styles of the PDF writer (reportlab), created once."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from briefing import ir
from briefing.export import fonts

INK = colors.black
HEADING_INK = colors.Color(0.08, 0.16, 0.33)  # dark navy: still near-black on mono printers
MUTED = colors.Color(0.3, 0.3, 0.3)
RULE = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.9, 0.91, 0.93)

BODY_SIZE = 10.5
BODY_LEADING = 14.5
KHMER_LEADING = 1.5  # times the font size, for paragraphs with Khmer


def needs_shaping(runs: list[ir.Run]) -> bool:
    """Only Khmer needs shaping; other paragraphs skip harfbuzz (much faster)."""
    return any(r.script is ir.Script.KHMER for r in runs)


def shaped(style: ParagraphStyle, mostly_khmer: bool = False) -> ParagraphStyle:
    """The shaping twin of one of our styles (created once)."""
    return _shaped_twin(style.name, mostly_khmer)


@cache
def _shaped_twin(name: str, mostly_khmer: bool) -> ParagraphStyle:
    base = STYLES[name]
    leading = base.leading
    if mostly_khmer:
        # Khmer stacks subscripts below and vowels above: its lines need more room. A Latin
        # paragraph with a Khmer name keeps the body leading, like its neighbours.
        leading = max(leading, round(base.fontSize * KHMER_LEADING, 1))
    suffix = "-khmer" if mostly_khmer else "-shaped"
    return ParagraphStyle(f"{name}{suffix}", parent=base, shaping=1, leading=leading)


def _style(name: str, **kw: object) -> ParagraphStyle:
    defaults: dict[str, object] = {
        "fontName": fonts.latin_family(True),
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
        "textColor": INK,
        "alignment": TA_LEFT,
        "spaceAfter": 5,
        "allowWidows": 0,
        "allowOrphans": 0,
        "spaceShrinkage": 0,  # reportlab rescans the whole line per word when set
        "bulletFontName": fonts.latin_family(True),
    }
    defaults.update(kw)
    return ParagraphStyle(name, **defaults)  # type: ignore[arg-type]


SANS = fonts.latin_family(False)
SANS_BOLD = fonts.font_name(ir.Script.LATIN, bold=True, serif=False)

STYLES: dict[str, ParagraphStyle] = {
    "body": _style("body"),
    "note": _style("note", fontSize=9, leading=12, textColor=MUTED),
    "label": _style("label", fontName=SANS_BOLD, fontSize=9.5, leading=12.5, spaceAfter=2),
    "bullet": _style("bullet", leftIndent=16, bulletIndent=4, spaceAfter=3),
    "h1": _style(
        "h1",
        fontName=SANS_BOLD,
        fontSize=15,
        leading=19,
        spaceBefore=14,
        spaceAfter=7,
        textColor=HEADING_INK,
    ),
    "h2": _style(
        "h2",
        fontName=SANS_BOLD,
        fontSize=11.5,
        leading=15,
        spaceBefore=9,
        spaceAfter=3,
        textColor=HEADING_INK,
    ),
    "h3": _style(
        "h3",
        fontName=SANS_BOLD,
        fontSize=10.5,
        leading=14,
        spaceBefore=6,
        spaceAfter=2,
    ),
    "caption": _style(
        "caption",
        fontName=SANS_BOLD,
        fontSize=9,
        leading=12,
        spaceBefore=4,
        spaceAfter=3,
    ),
    "cell": _style("cell", fontSize=8.8, leading=11.2, spaceAfter=0),
    "cell-head": _style("cell-head", fontName=SANS_BOLD, fontSize=8.8, leading=11.2, spaceAfter=0),
    "toc-title": _style(
        "toc-title",
        fontName=SANS_BOLD,
        fontSize=15,
        leading=19,
        spaceAfter=12,
        textColor=HEADING_INK,
    ),
    "toc1": _style(
        "toc1",
        fontName=SANS_BOLD,
        fontSize=10.5,
        leading=14,
        spaceBefore=5,
        spaceAfter=0,
        leftIndent=0,
        rightIndent=36,
    ),
    "toc2": _style("toc2", fontSize=10, leading=13, spaceAfter=0, leftIndent=14, rightIndent=36),
    "toc3": _style(
        "toc3",
        fontSize=9.5,
        leading=12,
        spaceAfter=0,
        leftIndent=28,
        rightIndent=36,
        textColor=MUTED,
    ),
    "banner": _style(
        "banner",
        fontName=SANS_BOLD,
        fontSize=10.5,
        leading=13,
        alignment=TA_CENTER,
        spaceAfter=0,
    ),
    "footer": _style("footer", fontName=SANS, fontSize=8.5, leading=10.5, spaceAfter=0),
    "running": _style(
        "running", fontName=SANS, fontSize=8.5, leading=10.5, spaceAfter=0, textColor=MUTED
    ),
    "cover-ministry": _style(
        "cover-ministry",
        fontName=SANS_BOLD,
        fontSize=12.5,
        leading=16,
        alignment=TA_CENTER,
        spaceAfter=2,
        textColor=HEADING_INK,
    ),
    "cover-dept": _style(
        "cover-dept", fontName=SANS, fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=0
    ),
    "cover-occasion": _style(
        "cover-occasion",
        fontName=SANS,
        fontSize=12.5,
        leading=18,
        alignment=TA_CENTER,
        spaceAfter=10,
    ),
    "cover-title": _style(
        "cover-title",
        fontName=fonts.font_name(ir.Script.LATIN, bold=True),
        fontSize=25,
        leading=32,
        alignment=TA_CENTER,
        spaceAfter=14,
        textColor=HEADING_INK,
    ),
    "cover-place": _style(
        "cover-place", fontName=SANS, fontSize=12.5, leading=17, alignment=TA_CENTER
    ),
    "cover-marking": _style(
        "cover-marking",
        fontName=SANS_BOLD,
        fontSize=15,
        leading=19,
        alignment=TA_CENTER,
        spaceAfter=0,
    ),
    "cover-status": _style(
        "cover-status",
        fontName=SANS_BOLD,
        fontSize=11,
        leading=14,
        alignment=TA_CENTER,
        spaceAfter=0,
    ),
    "cover-copy": _style(
        "cover-copy",
        fontName=SANS_BOLD,
        fontSize=12.5,
        leading=16,
        alignment=TA_CENTER,
        spaceAfter=0,
    ),
    "cover-meta": _style(
        "cover-meta", fontName=SANS, fontSize=9.5, leading=13, spaceAfter=0, textColor=INK
    ),
}

LIST_INDENT = 16  # points per level of a nested list
LIST_LEVELS = 6
for _depth in range(1, LIST_LEVELS):
    STYLES[f"bullet-{_depth}"] = _style(
        f"bullet-{_depth}",
        leftIndent=16 + LIST_INDENT * _depth,
        bulletIndent=4 + LIST_INDENT * _depth,
        spaceAfter=3,
    )


def list_style(depth: int) -> str:
    """The style of a list item at ``depth`` (0 = the outer list)."""
    depth = min(max(depth, 0), LIST_LEVELS - 1)
    return f"bullet-{depth}" if depth else "bullet"


HEADING_STYLE = {1: "h1", 2: "h2", 3: "h3"}

#: Paragraphs of these styles stay on the page of what follows them: the heading, the first
#: lines of the paragraph or the first row of the table (:mod:`briefing.export.pdf.keep`).
KEEP_WITH_NEXT = frozenset({"h1", "h2", "h3", "label", "caption"})
TOC_STYLES = ["toc1", "toc2", "toc3"]


def style_for(name: str, runs: list[ir.Run]) -> ParagraphStyle:
    style = STYLES.get(name, STYLES["body"])
    if not needs_shaping(runs):
        return style
    khmer = sum(len(r.text) for r in runs if r.script is ir.Script.KHMER)
    return shaped(style, khmer * 3 > sum(len(r.text) for r in runs))  # a third or more
