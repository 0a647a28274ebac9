"""The preview's part-by-part layout prints a book's page numbers and watermark in its
language exactly as the whole-book writer does (one function draws "Page X of Y" for both),
and a change of language lays the parts out again."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import tempfile

from briefing import ir
from briefing.export.pdf.parts import PartLayouts
from briefing.export.pdf.writer import write_pdf

R = ir.runs
KHMER_DIGITS = "០១២៣៤៥៦៧៨៩"
TEXT = "ភាគីទាំងពីរបានបញ្ជាក់ជាថ្មីនូវចំណងមិត្តភាពប្រពៃណី។ " * 30


def khmer(n: int) -> str:
    return str(n).translate({ord(str(i)): d for i, d in enumerate(KHMER_DIGITS)})


def book() -> ir.Document:
    blocks: list[ir.Block] = [
        ir.Cover(
            ministry="ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ",
            department="",
            title=R("ដំណើរទស្សនកិច្ចផ្លូវការ"),
            occasion=R(""),
            place_and_dates=R("ប៉េកាំង ១៦–១៨ មិថុនា ២០២៥"),
            marking="សម្ងាត់",
            version="សេចក្តីព្រាង",
            prepared_by="",
            status="សេចក្តីព្រាង",
        ),
        ir.Contents("មាតិកា"),
    ]
    for n in range(1, 4):
        blocks += [
            ir.Heading(1, R(f"វិស័យ {n}"), f"section-{n}", page_break_before=True),
            *[ir.Paragraph(R(TEXT)) for _ in range(3)],
        ]
    return ir.Document(
        meta=ir.Metadata(title="ដំណើរទស្សនកិច្ច"),
        marking="សម្ងាត់",
        blocks=blocks,
        language="km",
        native_digits=True,
    )


def page_texts(pdf: bytes) -> list[str]:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        out = subprocess.run(
            ["pdftotext", "-layout", f.name, "-"], check=True, capture_output=True, text=True
        ).stdout
    return out.split("\f")[:-1]


def test_part_by_part_prints_the_same_khmer_page_numbers_as_the_whole_book():
    doc = book()
    whole = io.BytesIO()
    result = write_pdf(doc, whole)
    layouts = PartLayouts()
    rendered = layouts.render(doc)
    texts = page_texts(rendered.pdf)
    assert texts == page_texts(whole.getvalue())
    assert len(texts) == result.pages > 4
    for n, text in enumerate(texts, 1):
        assert f"ទំព័រ {khmer(n)} នៃ {khmer(result.pages)}" in text
        assert "សេចក្តីព្រាង" in text  # the watermark in Khmer

    english = dataclasses.replace(doc, language="en", native_digits=False)
    again = layouts.render(english)
    assert again.laid_out == again.parts  # the furniture changed: every part again
    assert f"Page 1 of {again.result.pages}" in page_texts(again.pdf)[0]
