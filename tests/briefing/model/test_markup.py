from __future__ import annotations

from briefing import ir
from briefing.ir import Heading, ListBlock, Paragraph, Script, Table
from briefing.markup import parse_blocks, plain_text, renest_lists


def test_paragraphs_emphasis_and_scripts():
    blocks = parse_blocks("Meet **Premier LI Qiang (李强)** and *Samdech* ហ៊ុន ម៉ាណែត.\n\nNext.")
    assert [type(b) for b in blocks] == [Paragraph, Paragraph]
    runs = blocks[0].runs
    assert blocks[0].text == "Meet Premier LI Qiang (李强) and Samdech ហ៊ុន ម៉ាណែត."
    bold = [r for r in runs if r.bold]
    assert {r.script for r in bold} == {Script.LATIN, Script.HAN}
    assert any(r.italic and r.text == "Samdech" for r in runs)
    khmer = [r for r in runs if r.script is Script.KHMER]
    assert ir_text(khmer).strip() == "ហ៊ុន ម៉ាណែត"


def ir_text(runs):
    return "".join(r.text for r in runs)


def test_lists_tables_and_headings():
    text = (
        "- one\n- **two**\n  - nested\n\n1. first\n2. second\n\n"
        "| Term | 中文 |\n|---|---|\n| Premier | 总理 |\n\n### Note\n"
    )
    blocks = parse_blocks(text, anchor_prefix="s1")
    bullets, numbers, table, heading = blocks
    assert isinstance(bullets, ListBlock) and not bullets.ordered
    assert [ir_text(i) for i in bullets.items] == ["one", "two", "nested"]
    assert isinstance(numbers, ListBlock) and numbers.ordered
    assert isinstance(table, Table)
    assert [ir_text(c) for c in table.header] == ["Term", "中文"]
    assert table.rows[0][1][0].script is Script.HAN
    assert isinstance(heading, Heading) and heading.anchor == "s1-1" and heading.level == 3


def test_anything_else_degrades_to_text():
    # raw HTML is shown as the officer typed it, never interpreted
    assert plain_text("<b>raw</b> `code` [link](http://x)") == "<b>raw</b> code link"
    assert parse_blocks("") == []
    assert plain_text("```\nline one\n```") == "line one"


NESTED = """1. one
2. two
   - sub a
   - sub b
     1. deep x
     2. deep y
3. three
4. four"""


def test_nested_lists_keep_their_levels_and_numbering_goes_on_after_them() -> None:
    (block,) = parse_blocks(NESTED)
    assert [ir.plain(i) for i in block.items] == [
        "one", "two", "sub a", "sub b", "deep x", "deep y", "three", "four"
    ]  # fmt: skip
    assert block.levels == [0, 0, 1, 1, 2, 2, 0, 0]
    assert block.numbered == [True, True, False, False, True, True, True, True]
    assert block.labels() == ["1.", "2.", "–", "–", "i.", "ii.", "3.", "4."]


def test_qt_indentation_of_nested_lists_reads_back_nested() -> None:
    # what QTextDocument.toMarkdown writes: two spaces under "2.  two" (CommonMark wants 4)
    qt = "1.  one\n2.  two\n  - sub a\n  - sub b\n        1.  deep x\n3.  three"
    (block,) = parse_blocks(qt)
    assert block.levels == [0, 0, 1, 1, 2, 0]
    assert block.labels() == ["1.", "2.", "–", "–", "i.", "3."]
    assert renest_lists("- a\n\nParagraph\n\n  more").startswith("- a\n\nParagraph")


def test_a_new_nested_list_starts_again_at_one() -> None:
    (block,) = parse_blocks("1. a\n   1. x\n   2. y\n2. b\n   1. z")
    assert block.labels() == ["1.", "a)", "b)", "2.", "a)"]
