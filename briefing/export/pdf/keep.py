"""Page-break rules of the PDF: headings stay with what follows, no short widows or orphans.

* :class:`KeepWithNext` stands before a heading (or a caption, or a label): when the heading,
  the headings right after it and the first piece of what they introduce do not fit in what is
  left of the page, the page ends there. The first piece is what cannot be split further: the
  first :data:`MIN_LINES` lines of a paragraph (all of it when it may not split), or a table's
  header row and first row. reportlab's own ``keepWithNext`` would lay whole tables out again
  to find that out; this measures only the first piece.
* A part's closing note lines (:func:`briefing.ir.closing_notes`) keep together, and with the
  paragraph before them when that one is too short to split.
* :data:`MIN_LINES`: a paragraph of the body splits across pages only with at least that many
  lines on each side (see ``Para.split`` in :mod:`.story`): no one- or two-line orphan at the
  foot of a page, no one- or two-line widow at the top of the next.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.tables import Table

#: lines of a paragraph that stay together at the foot and at the head of a page
MIN_LINES = 3
LOOKAHEAD = 6  # flowables looked at after a KeepWithNext (headings that follow each other)
_TALL = 1e6


class KeepWithNext(CondPageBreak):
    """A conditional page break whose height is that of what it keeps together (measured when
    the frame asks, at the width it offers)."""

    def __init__(self) -> None:
        super().__init__(0)
        self.following: list[Flowable] = []

    def __repr__(self) -> str:
        return f"KeepWithNext({len(self.following)})"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        frame = self._doctemplateAttr("frame")
        if frame is None or getattr(frame, "_atTop", 0):
            return 0, 0  # at the top of a page a new page would not help
        need = needed(self.following, availWidth)
        # what is taller than a page cannot be kept together anyway
        self.height = need if need <= getattr(frame, "_aH", _TALL) else 0
        return super().wrap(availWidth, availHeight)


def _keeps(flowable: Flowable) -> bool:
    """Does ``flowable`` stay with what follows it (a heading, a caption, a label)?"""
    return bool(getattr(flowable, "bb_keep_with_next", False))


def needed(following: list[Flowable], width: float) -> float:
    """The height of the flowables that keep with the next and the first piece after them."""
    total = 0.0
    for flowable in following:
        if isinstance(flowable, KeepWithNext):
            continue
        if _keeps(flowable):
            _w, h = flowable.wrap(width, _TALL)
            if getattr(flowable, "bb_closing_lead", False) and _lines(flowable) >= 2 * MIN_LINES:
                return 0.0  # it splits by itself; the notes after it keep together on their own
            total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
            continue
        return total + first_piece(flowable, width)
    return total


def first_piece(flowable: Flowable, width: float) -> float:
    """The height of the part of ``flowable`` that cannot go on a page without the rest."""
    if isinstance(flowable, RLParagraph):
        _w, h = flowable.wrap(width, _TALL)
        lines = _lines(flowable)
        leading = flowable.style.leading
        if lines >= 2 * MIN_LINES and getattr(flowable, "_bb_min_lines", 0):
            h = MIN_LINES * leading
        return h + flowable.getSpaceBefore()
    if isinstance(flowable, Table):
        return _first_rows(flowable, width) + flowable.getSpaceBefore()
    return 0.0


def _lines(p: RLParagraph) -> int:
    bl = getattr(p, "blPara", None)
    return len(bl.lines) if bl is not None else 1


def _first_rows(table: Any, width: float) -> float:
    """The header rows and the first row of ``table``, measured cell by cell (laying the whole
    table out would cost as much as drawing it)."""
    rows = table._cellvalues[: table.repeatRows + 1]
    widths = table._argW if getattr(table, "_argW", None) else table._colWidths
    total = 0.0
    for r, row in enumerate(rows):
        tallest = 0.0
        for c, cell in enumerate(row):
            # a cell is a flowable, or (once the table was laid out) a tuple of them
            parts = cell if isinstance(cell, list | tuple) else [cell]
            pad_w = table._cellStyles[r][c].leftPadding + table._cellStyles[r][c].rightPadding
            col = widths[c] if c < len(widths) and widths[c] else width / max(len(row), 1)
            h = sum(f.wrap(col - pad_w, _TALL)[1] for f in parts if isinstance(f, Flowable))
            tallest = max(tallest, h)
        style = table._cellStyles[r][0] if row else None
        pad_h = style.topPadding + style.bottomPadding if style is not None else 0
        total += tallest + pad_h
    return total


def link(flowables: list[Flowable]) -> None:
    """Give each :class:`KeepWithNext` of ``flowables`` the flowables that follow it."""
    for i, flowable in enumerate(flowables):
        if isinstance(flowable, KeepWithNext):
            flowable.following = flowables[i + 1 : i + 1 + LOOKAHEAD]
