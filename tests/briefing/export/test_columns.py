"""Column widths fitted to what the cells hold (briefing.export.pdf.columns and its use)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefing import ir
from briefing.export.pdf import columns
from briefing.export.pdf.writer import write_pdf

sys.path.insert(0, str(Path(__file__).parent))
import pdfcheck  # noqa: E402


def test_a_column_narrower_than_its_widest_word_takes_width_from_the_others() -> None:
    widths = columns.fit([100.0, 40.0, 100.0], [30.0, 55.0, 30.0], [300.0, 55.0, 300.0])
    assert widths[1] == pytest.approx(55.0)
    assert sum(widths) == pytest.approx(240.0)
    assert widths[0] == pytest.approx(widths[2])  # the slack given in proportion


def test_the_composers_proportions_stay_but_for_the_words() -> None:
    # tables of a kind line up alike: a short column keeps its share...
    widths = columns.fit([100.0, 100.0, 100.0], [20.0, 20.0, 20.0], [50.0, 400.0, 400.0])
    assert widths == pytest.approx([100.0, 100.0, 100.0])
    # ...but in a table left to its content it gives the rest to those that wrap
    auto = columns.fit(
        [100.0, 100.0, 100.0], [20.0, 20.0, 20.0], [50.0, 400.0, 400.0], typical=[50, 300, 300]
    )
    assert auto[0] < 50.0 and auto[1] == pytest.approx(auto[2]) and sum(auto) == pytest.approx(300)


def test_nothing_to_fit_keeps_the_proportions() -> None:
    # every cell fits on one line: the spare width is shared as the composer proportioned it
    widths = columns.fit([60.0, 40.0], [10.0, 10.0], [20.0, 20.0])
    assert widths == pytest.approx([60.0, 40.0])
    # the widest words together are wider than the table: as proportioned
    assert columns.fit([60.0, 40.0], [50.0, 50.0], [90.0, 90.0]) == [60.0, 40.0]
    # an empty column (to be written in by hand) keeps its width
    blank = columns.fit([60.0, 40.0], [10.0, 0.0], [500.0, 0.0], typical=[300.0, 0.0])
    assert blank == pytest.approx([60.0, 40.0])


def test_a_very_long_word_widens_its_column_only_so_far() -> None:
    widths = columns.fit([50.0, 150.0], [190.0, 20.0], [190.0, 400.0])
    assert widths[0] == pytest.approx(200 * columns.MAX_WORD_SHARE)


def test_no_word_of_a_narrow_column_breaks_inside_in_the_pdf(tmp_path: Path) -> None:
    # the tracker's old proportions: "Owed by" 10 % of the width broke "Cambodia" in two
    rows = [
        [
            ir.runs("Cambodia agreed to sign a memorandum on direct flights" + " and more" * 6),
            ir.runs(side),
            ir.runs("25 Oct 2024, Beijing"),
            ir.runs("in progress — overdue"),
        ]
        for side in ("Cambodia", "Both", "China")
    ]
    doc = ir.Document(
        ir.Metadata("columns"),
        marking="",
        draft=False,
        blocks=[
            ir.Table(
                [ir.runs(h) for h in ("Commitment", "Owed by", "Made at", "Status")],
                rows,
                [0.55, 0.09, 0.18, 0.18],
            )
        ],
    )
    path = tmp_path / "columns.pdf"
    write_pdf(doc, path)
    words = [w.text for page in pdfcheck.pages(path) for w in page.words]
    assert "Cambodia" in words and "Cambodi" not in words
    assert "Commitment" in words and "Made" in words


def test_a_table_left_to_its_content_shares_the_width_by_how_much_each_column_holds() -> None:
    widths = columns.fit(
        [100.0, 100.0, 100.0], [20.0, 30.0, 20.0], [60.0, 400.0, 800.0], typical=[40, 200, 400]
    )
    assert sum(widths) == pytest.approx(300.0)
    assert widths[0] >= 20.0 and widths[0] < widths[1] < widths[2]
    # about as many lines each in a typical row: width beyond the widest word in proportion
    # to the typical text beyond it
    assert (widths[2] - 20) / (widths[1] - 30) == pytest.approx((400 - 20) / (200 - 30))


def test_a_table_typed_in_a_brief_gives_its_long_column_the_width(tmp_path: Path) -> None:
    from briefing.markup import parse_blocks as parse

    text = "A long account of what was said about the railway, " * 4
    blocks = parse(f"| Date | Note |\n|---|---|\n| 3 May | {text} |\n| 4 May | {text} |\n")
    (table,) = [b for b in blocks if isinstance(b, ir.Table)]
    assert table.widths == []  # left to the content
    doc = ir.Document(ir.Metadata("typed"), marking="", draft=False, blocks=[table])
    path = tmp_path / "typed.pdf"
    write_pdf(doc, path)
    words = [w for page in pdfcheck.pages(path) for w in page.words]
    date = next(w for w in words if w.text == "Date")
    note = next(w for w in words if w.text == "Note")
    # the date column is as wide as "3 May" needs, not half the page
    assert note.x0 - date.x0 < 0.2 * (pdfcheck.pages(path)[0].width - 2 * 72)
