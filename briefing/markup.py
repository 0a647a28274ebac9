"""Section text (a Markdown subset) -> IR blocks with script-tagged runs.

The subset is what the editor writes (Qt's ``QTextDocument.toMarkdown``): paragraphs,
bold, italic, bullet and numbered lists, pipe tables and headings. Anything else degrades to
its text, never to an error. Nested lists are flattened into their parent list.
"""

from __future__ import annotations

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


def parse_blocks(text: str, *, anchor_prefix: str = "h", heading_level: int = 3) -> list[Block]:
    """Markdown -> blocks. Headings inside a section become ``heading_level`` headings."""
    tokens = _parser().parse(text or "")
    blocks: list[Block] = []
    lists: list[ListBlock] = []  # open lists, innermost last
    item_runs: list[Run] | None = None
    table: dict | None = None
    heading_count = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            if not lists:
                lists.append(ListBlock([], ordered=kind == "ordered_list_open"))
                blocks.append(lists[0])
            else:  # nested: flatten into the outermost list
                lists.append(lists[0])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item_runs = []
            lists[0].items.append(item_runs)
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
    return Table(header, rows, [1 / columns] * columns)


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
