"""A book is laid out once: "Page X of Y" and the contents' page numbers are forms settled
at the end of the one pass (briefing/export/pdf/numbers.py), and they say what a layout to a
fixed point would say."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.platypus import BaseDocTemplate

from briefing import ir
from briefing.export.pdf import numbers
from briefing.export.pdf.writer import measure, write_pdf

R = ir.runs


def long_contents(briefs: int = 90) -> ir.Document:
    """A book whose contents run over more than one page, so that every heading's page
    depends on the contents' length."""
    blocks: list[ir.Block] = [ir.Contents()]
    for n in range(1, briefs + 1):
        blocks += [
            ir.Heading(1, R(f"Brief {n} on area {n}"), f"brief-{n}", page_break_before=True),
            ir.Paragraph(R("Both sides agreed to deepen cooperation. " * (3 + n % 40))),
        ]
    return ir.Document(ir.Metadata("Long contents"), marking="RESTRICTED", blocks=blocks)


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _check(pdf: bytes, result) -> None:  # noqa: ANN001
    pages = _pages(pdf)
    assert result.pages == len(pages) > 90
    for n, text in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in text
    front = result.heading_pages["brief-1"] - 1  # the contents' pages
    contents = subprocess.run(
        ["pdftotext", "-layout", "-l", str(front), "-", "-"],
        input=pdf, capture_output=True, check=True,
    ).stdout.decode()  # fmt: skip
    entries = dict(re.findall(r"^(Brief \d+) on area \d+[ .]*?(\d+)\s*$", contents, re.M))
    assert len(entries) == 90
    for title, page in entries.items():
        assert re.search(rf"^{title} on area", pages[int(page) - 1], re.M), (title, page)
        assert result.heading_pages[f"brief-{title.split()[1]}"] == int(page)


def test_one_pass_numbers_the_pages_and_the_contents(monkeypatch: pytest.MonkeyPatch) -> None:
    builds = []
    real = BaseDocTemplate.build
    monkeypatch.setattr(
        BaseDocTemplate, "build", lambda self, *a, **k: builds.append(1) or real(self, *a, **k)
    )
    doc = long_contents()
    out = io.BytesIO()
    result = write_pdf(doc, out)
    assert len(builds) == 1
    _check(out.getvalue(), result)
    # measuring (preflight) lays the contents out as long as the export does
    measured = measure(doc)
    assert (measured.pages, measured.heading_pages) == (result.pages, result.heading_pages)


def test_a_contents_entry_that_cannot_be_settled_lays_the_book_out_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tries = []
    real = numbers.DeferredNumbers.settle

    def settle(self, canv, total, key_pages):  # noqa: ANN001, ANN202
        tries.append(total)
        real(self, canv, total, {k: v for k, v in key_pages.items() if k != "h_brief-7"})

    monkeypatch.setattr(numbers.DeferredNumbers, "settle", settle)
    builds = []
    real_build = BaseDocTemplate.build
    monkeypatch.setattr(
        BaseDocTemplate, "build", lambda t, *a, **k: builds.append(1) or real_build(t, *a, **k)
    )
    out = io.BytesIO()
    result = write_pdf(long_contents(), out)
    # the one pass gave up; the book was laid out again to a fixed point (two passes or more)
    assert len(tries) == 1 and len(builds) >= 3
    _check(out.getvalue(), result)
