"""What a composed book prints, part by part, as plain text lines: kept per issued version
and compared by :func:`briefing.versions.changes`.

A part is everything under one top-level heading: a section of the book (its brief with the
generated "Last discussed" line and commitments table), the programme or a generated annex.
Cover and contents are left out: they change with every export (date, page numbers).
"""

from __future__ import annotations

import re

from briefing import ir
from briefing.model import PrintedPart

_SECTION_ANCHOR = re.compile(r"section-(\d+)$")


def printed_parts(
    doc: ir.Document, heading_pages: dict[str, int] | None = None, page_count: int = 0
) -> list[PrintedPart]:
    """The parts of ``doc`` in print order; with the PDF's heading pages, their page ranges."""
    parts: list[PrintedPart] = []
    for block in doc.blocks:
        if isinstance(block, ir.Heading) and block.level == 1:
            match = _SECTION_ANCHOR.match(block.anchor)
            section_id = int(match.group(1)) if match else None
            parts.append(PrintedPart(block.anchor, section_id, block.text))
        elif parts:
            parts[-1].lines += block_lines(block)
    if heading_pages:
        starts = [heading_pages.get(p.key) for p in parts]
        for i, part in enumerate(parts):
            first = starts[i]
            if first is None:
                continue
            following = [s for s in starts[i + 1 :] if s is not None]
            last = following[0] - 1 if following else (page_count or first)
            part.pages = (first, max(first, last))
    return parts


def block_lines(block: ir.Block) -> list[str]:
    """A block as the lines a reader sees (portion marks left out: they are a print option)."""
    if isinstance(block, ir.Heading | ir.Paragraph):
        return [_clean(block.text)]
    if isinstance(block, ir.ListBlock):
        return [
            f"{f'{n}.' if block.ordered else '•'} {_clean(ir.plain(item))}"
            for n, item in enumerate(block.items, 1)
        ]
    if isinstance(block, ir.Table):
        rows = [block.header, *block.rows] if block.header else block.rows
        lines = [" | ".join(_clean(ir.plain(cell)) for cell in row) for row in rows]
        return ([block.caption] if block.caption else []) + lines
    return []


def _clean(text: str) -> str:
    return " ".join(text.split())
