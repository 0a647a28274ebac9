"""IR blocks -> the Markdown subset of section texts, in one canonical form.

A section's text comes back from Word as paragraphs and runs, not as the Markdown it was
made from; and Markdown says the same thing in many ways ("2.  two" or "2. two"). So texts
are compared in a canonical form: :func:`canonical` parses Markdown to IR blocks
(:func:`briefing.markup.parse_blocks`) and writes them back with :func:`to_markdown`; a DOCX
field read into the same blocks is written by the same function. Two texts that print the
same have the same canonical form, and ``canonical(canonical(t)) == canonical(t)``.
"""

from __future__ import annotations

import re

from briefing.ir import Block, Heading, ListBlock, Paragraph, Run, Table
from briefing.markup import parse_blocks

_ESCAPE = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(
    r"^(\s*)(?:(#{1,6}(?=\s|$)|[-+*](?=\s)|>|=+\s*$|-+\s*$)|(\d{1,9})([.)])(?=\s|$))"
)


def _escape(text: str, *, cell: bool = False) -> str:
    text = _ESCAPE.sub(r"\\\1", text)
    return text.replace("\n", " ") if cell else text


def _styled(text: str, bold: bool, italic: bool) -> str:
    """``text`` in emphasis; spaces at its edges stay outside the markers."""
    if not (bold or italic) or not text.strip():
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    core = text.strip()
    marks = ("**" if bold else "") + ("*" if italic else "")
    return f"{lead}{marks}{core}{marks[::-1]}{trail}"


def inline(runs: list[Run], *, cell: bool = False) -> str:
    """Runs as inline Markdown: bold and italic by emphasis, special characters escaped.

    Runs of one style are joined first (scripts are not Markdown's business) and spaces at
    the edges of a styled piece stay outside its markers. CommonMark's flanking rules still
    lose a style that changes inside a word next to punctuation (``a**"b"**c``), as the
    editor's own Markdown does: the text is kept, the style of those characters may not be."""
    groups: list[tuple[str, bool, bool]] = []
    for run in runs:
        key = (run.bold, run.italic)
        if groups and (groups[-1][1], groups[-1][2]) == key:
            groups[-1] = (groups[-1][0] + run.text, *key)
        else:
            groups.append((run.text, *key))
    out = "".join(_styled(_escape(t, cell=cell), b, i) for t, b, i in groups)
    return out


def _line_safe(text: str) -> str:
    """A paragraph that would read as a heading, list or quote is escaped at its start."""
    match = _LINE_START.match(text)
    if not match:
        return text
    lead, mark, number, dot = match.groups()
    if number:  # "1." reads as a numbered item: "1\."
        return f"{lead}{number}\\{dot}{text[match.end() :]}"
    return f"{lead}\\{mark}{text[match.end() :]}"


def _list(block: ListBlock) -> str:
    lines = []
    columns: list[int] = []  # text column of the open item at each depth
    counters: list[int] = []
    for i, item in enumerate(block.items):
        depth = block.level(i)
        del columns[depth:]
        del counters[depth + 1 :]
        counters += [0] * (depth + 1 - len(counters))
        indent = columns[-1] if columns else 0
        if block.is_numbered(i):
            counters[depth] += 1
            marker = f"{counters[depth]}."
        else:
            counters[depth] = 0
            marker = "-"
        text = inline(item)
        lines.append(f"{' ' * indent}{marker} {_line_safe(text)}".rstrip())
        columns.append(indent + len(marker) + 1)
    return "\n".join(lines)


def _table(table: Table) -> str:
    columns = max([len(table.header), *(len(r) for r in table.rows)] or [1])

    def row(cells: list[list[Run]]) -> str:
        texts = [inline(c, cell=True) for c in cells] + [""] * (columns - len(cells))
        return "| " + " | ".join(texts) + " |"

    return "\n".join(
        [row(table.header), "| " + " | ".join(["---"] * columns) + " |"]
        + [row(r) for r in table.rows]
    )


def to_markdown(blocks: list[Block]) -> str:
    out = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append("### " + inline(block.runs))
        elif isinstance(block, Paragraph):
            text = inline(block.runs).strip()  # spaces at a paragraph's edges print nothing
            if text:
                out.append(_line_safe(text))
        elif isinstance(block, ListBlock):
            if block.items:
                out.append(_list(block))
        elif isinstance(block, Table):
            out.append(_table(block))
    return "\n\n".join(out)


def canonical(markdown: str) -> str:
    """The canonical form of a section text (see the module's docstring)."""
    return to_markdown(parse_blocks(markdown or ""))
