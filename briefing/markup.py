"""Section text (a Markdown subset) -> IR blocks with script-tagged runs.

The subset is what the editor writes (Qt's ``QTextDocument.toMarkdown``): paragraphs,
bold, italic, bullet and numbered lists, pipe tables and headings. Anything else degrades to
its text, never to an error. A nested list stays nested: its items go into the outer
:class:`~briefing.ir.ListBlock` with their depth (``levels``) and kind (``numbered``).
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.ir import Block, Heading, ListBlock, Paragraph, Run, Table, runs


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table").enable("strikethrough")


def inline_runs(token: Token) -> list[Run]:
    """The runs of one inline token, with bold/italic from its emphasis markers."""
    out: list[Run] = []
    bold = italic = 0
    for child in token.children or []:
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold = max(0, bold - 1)
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic = max(0, italic - 1)
        elif kind in ("text", "code_inline", "html_inline"):
            out += runs(child.content, bold=bold > 0, italic=italic > 0)
        elif kind in ("softbreak", "hardbreak"):
            out += runs(" ", bold=bold > 0, italic=italic > 0)
    return _merge(out)


def _merge(items: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in items:
        last = merged[-1] if merged else None
        if last and (last.script, last.bold, last.italic, last.underline) == (
            run.script,
            run.bold,
            run.italic,
            run.underline,
        ):
            merged[-1] = Run(last.text + run.text, run.script, run.bold, run.italic, run.underline)
        else:
            merged.append(run)
    return merged


_LIST_ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])( +)(\S.*)?$")
_FENCE = re.compile(r"^ *(```|~~~)")


def renest_lists(text: str) -> str:
    """Markdown whose nested list items are indented to their parent item's text, as
    CommonMark needs them to nest.

    Qt's ``toMarkdown`` indents a nested list by its own rule ("2.  two" then "  - sub",
    two spaces where CommonMark wants four), so its nested lists would read back as separate
    lists. Deeper indentation than the item before means nested under it, the same
    indentation means the same list; each item is then written at its parent's text column.
    """
    if not text or ("\n " not in text and "\n\t" not in text):
        return text
    out: list[str] = []
    stack: list[tuple[int, int, int]] = []  # (indent as given, indent written, text column)
    fenced = False
    for line in text.expandtabs(4).split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        match = None if fenced else _LIST_ITEM.match(line)
        if match is None:
            if line.strip() and not line.startswith(" "):
                stack = []  # a paragraph after the list ends it
            elif line.strip() and stack:  # text that goes on inside the last item
                line = " " * stack[-1][2] + line.lstrip()
            out.append(line)
            continue
        given, marker, rest = len(match.group(1)), match.group(2), match.group(4) or ""
        while stack and stack[-1][0] > given:
            stack.pop()
        if stack and stack[-1][0] == given:
            written = stack.pop()[1]
        else:
            written = stack[-1][2] if stack else 0
        stack.append((given, written, written + len(marker) + 1))
        out.append(f"{' ' * written}{marker} {rest}".rstrip())
    return "\n".join(out)


def parse_blocks(text: str, *, anchor_prefix: str = "h", heading_level: int = 3) -> list[Block]:
    """Markdown -> blocks. Headings inside a section become ``heading_level`` headings."""
    tokens = _parser().parse(renest_lists(text or ""))
    blocks: list[Block] = []
    lists: list[tuple[ListBlock, bool]] = []  # open lists (outer block, numbered), innermost last
    outer = ListBlock([])
    item_runs: list[Run] | None = None
    table: dict | None = None
    heading_count = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            numbered = kind == "ordered_list_open"
            if not lists:
                outer = ListBlock([], ordered=numbered)
                blocks.append(outer)
            lists.append((outer, numbered))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item_runs = []
            outer, numbered = lists[-1]
            outer.items.append(item_runs)
            outer.levels.append(len(lists) - 1)
            outer.numbered.append(numbered)
        elif kind == "list_item_close":
            item_runs = None
        elif kind == "heading_open":
            heading_count += 1
            inline = tokens[i + 1]
            blocks.append(
                Heading(
                    heading_level,
                    inline_runs(inline),
                    f"{anchor_prefix}-{heading_count}",
                    in_contents=False,
                )
            )
            i += 2
        elif kind == "table_open":
            table = {"header": [], "rows": [], "in_head": False}
        elif kind == "thead_open" and table is not None:
            table["in_head"] = True
        elif kind == "thead_close" and table is not None:
            table["in_head"] = False
        elif kind == "tr_open" and table is not None and not table["in_head"]:
            table["rows"].append([])
        elif kind in ("th_open", "td_open") and table is not None:
            cell = inline_runs(tokens[i + 1]) if tokens[i + 1].type == "inline" else []
            (table["header"] if table["in_head"] else table["rows"][-1]).append(cell)
        elif kind == "table_close" and table is not None:
            blocks.append(_table(table["header"], table["rows"]))
            table = None
        elif kind == "inline" and table is None:
            content = inline_runs(tok)
            if item_runs is not None:
                if item_runs and content:
                    item_runs.extend(runs(" "))
                item_runs.extend(content)
            elif content:
                blocks.append(Paragraph(content))
        elif kind in ("code_block", "fence"):
            for line in tok.content.splitlines():
                if line.strip():
                    blocks.append(Paragraph(runs(line)))
        i += 1
    return blocks


def _table(header: list[list[Run]], rows: list[list[list[Run]]]) -> Table:
    columns = max([len(header), *(len(r) for r in rows)] or [1])
    header = header + [[] for _ in range(columns - len(header))]
    rows = [r + [[] for _ in range(columns - len(r))] for r in rows]
    return Table(header, rows, [])  # proportions left to the content


def plain_text(text: str) -> str:
    """The words of a Markdown text, without markup (for length estimates and search)."""
    out = []
    for block in parse_blocks(text):
        if isinstance(block, Paragraph | Heading):
            out.append(block.text)
        elif isinstance(block, ListBlock):
            out += ["".join(r.text for r in item) for item in block.items]
        elif isinstance(block, Table):
            for row in [block.header, *block.rows]:
                out.append(" ".join("".join(r.text for r in cell) for cell in row))
    return "\n".join(out)
