"""The sample book in Khmer, French and Chinese: every word the book generates is in the
book's language, in the PDF and in the DOCX, and the two carry the same text.

"Generated" is what the catalogue scanner lists (the same list CI checks for translations):
each English message's words are looked for in the Khmer book's text, except where the
officers' own text (the sample's sections, records and sources, written in English) has them.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn

from briefing import interchange, ir
from briefing.compose.book import Options, compose
from briefing.export.docx.writer import write_docx
from briefing.export.linebreak import line_breaks
from briefing.export.pdf.furniture import watermark_word
from briefing.export.pdf.writer import write_pdf
from briefing.i18n import book_locale
from briefing.i18n.catalogues import BOOK
from briefing.i18n.extract import scan

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "samples" / "cambodia-china.json"
_SPACE = re.compile(r"[\s\u200b\u200c\u200d]+")
KHMER_DIGITS = "០១២៣៤៥៦៧៨៩"


def squash(text: str) -> str:
    return _SPACE.sub("", text)


def khmer(n: int) -> str:
    return str(n).translate({ord(str(i)): d for i, d in enumerate(KHMER_DIGITS)})


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    folder = tmp_path_factory.mktemp("languages")
    document = json.loads(SAMPLE.read_text())
    out = {}
    with interchange.load(document, folder / "s.briefing") as ws:
        for language, digits in (("km", True), ("fr", False), ("zh", False), ("en", False)):
            options = Options(language=language, native_digits=digits)
            doc = compose(ws, ws.books.get(1), options)
            pdf, docx = folder / f"{language}.pdf", folder / f"{language}.docx"
            result = write_pdf(doc, pdf)
            write_docx(doc, docx, result.heading_pages)
            out[language] = (doc, pdf, docx, result.pages)
    return out


def pdf_pages(path: Path, layout: bool = True, raw: bool = False) -> list[str]:
    """The text of each page: as laid out (``layout``), in reading order as poppler guesses
    it, or in the order it was drawn (``raw``: our layout's own order)."""
    mode = ["-raw"] if raw else (["-layout"] if layout else [])
    args = ["pdftotext", *mode, str(path), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def docx_text(path: Path) -> str:
    """Body, header and footer text of a DOCX, as Word stores it (field results included)."""
    document = open_docx(str(path))
    parts = [document.element.body]
    section = document.sections[0]
    parts += [section.header._element, section.footer._element]
    return "\n".join(
        "".join(t.text or "" for t in p.iter(qn("w:t")))
        for part in parts
        for p in part.iter(qn("w:p"))
    )


def _user_text(document: dict) -> str:
    """Every string the officers wrote (records, books, sources): all but the settings and
    the values the book prints in its own words (a status, a kind, a side)."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for key, v in value.items():
                if key not in CODED:
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk({k: v for k, v in document.items() if k != "settings"})
    return squash(" ".join(found))


CODED = {"status", "kind", "side", "owed_by", "area", "paper", "script", "classification"}


def generated_phrases() -> set[str]:
    """The words of every message the book prints, without placeholders and punctuation."""
    phrases = set()
    for message in scan()[BOOK].values():
        for text in (message.msgid, message.plural or ""):
            for piece in re.split(r"\{[^}]*\}|[.,:;()—–]", text):
                piece = squash(piece)
                if len(piece) >= 3 and re.search(r"[A-Za-z]{3}", piece):
                    phrases.add(piece)
    return phrases


def test_the_khmer_book_has_no_english_generated_word_left(books):
    doc, pdf, docx, _pages = books["km"]
    user = _user_text(json.loads(SAMPLE.read_text()))
    checked = {p for p in generated_phrases() if p not in user}
    # the test means something: the field headings, labels and furniture are checked
    assert {
        "Objective",
        "Pointstomake",
        "Ifraised",
        "Background",
        "Lastdiscussed",
        "Contents",
        "Biographies",
        "Commitmentstracker",
        "Sourcedocuments",
        "Statusofpreviouscommitments",
        "Page",
        "Owedby",
        "Madeat",
        "inprogress",
        "DRAFT",
        "Preparedby",
    } <= checked, sorted(checked)
    for name, text in (("PDF", "".join(pdf_pages(pdf, False))), ("DOCX", docx_text(docx))):
        flat = squash(text)
        left = sorted(p for p in checked if p in flat)
        assert not left, f"{name} still prints {left}"


def test_the_khmer_book_prints_the_workspace_words_in_khmer(books):
    doc, pdf, docx, _pages = books["km"]
    for text in (squash("".join(pdf_pages(pdf, False))), squash(docx_text(docx))):
        for english in ("SECRET//", "CAMBODIAEYESONLY", "Trade&investment", "Vientiane,LaoPDR"):
            assert english not in text
        for khmer_word in (
            "សម្ងាត់//សម្រាប់តែភាគីកម្ពុជា",  # the marking: level and caveat
            "ក្រសួងការបរទេសនិងសហប្រតិបត្តិការអន្តរជាតិ",  # the ministry on the cover
            "ពាណិជ្ជកម្មនិងវិនិយោគ",  # an area in the tracker
            "លីឈាង",  # LI Qiang's name in Khmer heads his biography
            "១៦–១៨មិថុនា២០២៥",  # the visit's dates
        ):
            assert khmer_word in text


def test_khmer_digits_in_page_x_of_y_on_every_page(books):
    doc, pdf, docx, total = books["km"]
    pages = pdf_pages(pdf)
    assert len(pages) == total > 10
    for n, page in enumerate(pages, 1):
        assert f"ទំព័រ {khmer(n)} នៃ {khmer(total)}" in page, n
        assert f"Page {n}" not in page
    contents = pages[1]
    assert re.search(r"មាតិកា", contents)
    assert not re.search(r"\. [0-9]+\s*$", contents, re.M)  # contents page numbers: Khmer
    assert re.search(r"\. [០-៩]+\s*$", contents, re.M)
    # the DOCX footer: the words in Khmer, PAGE and NUMPAGES fields with Khmer results
    # (Word and LibreOffice compute those fields again, in 0-9: OOXML has no Khmer format)
    footer = docx_text(docx)
    assert re.search("ទំព័រ [០-៩]+ នៃ [០-៩]+", footer)


def test_western_digits_when_the_book_does_not_ask_for_native_ones(tmp_path):
    document = json.loads(SAMPLE.read_text())
    with interchange.load(document, tmp_path / "s.briefing") as ws:
        doc = compose(ws, ws.books.get(1), Options(language="km", native_digits=False))
    result = write_pdf(doc, tmp_path / "b.pdf")
    pages = pdf_pages(tmp_path / "b.pdf")
    assert f"ទំព័រ 1 នៃ {result.pages}" in pages[0]
    assert "16–18 មិថុនា 2025" in pages[0]


def _breakable(word: str) -> list[str]:
    """A word as a narrow cell may break it: Khmer at ICU's word boundaries."""
    if not any(s is ir.Script.KHMER for _t, s in ir.split_scripts(word)):
        return [word]
    edges = [0, *line_breaks(word), len(word)]
    return [word[a:b] for a, b in zip(edges, edges[1:], strict=False)]


def _ordered_texts(doc: ir.Document) -> list[str]:
    texts = []
    started = False
    for block in doc.blocks:
        if isinstance(block, ir.Contents):
            started = True
        elif not started:
            continue
        elif isinstance(block, ir.Heading):
            texts.append(block.text)
        elif isinstance(block, ir.Paragraph):
            texts.append(block.text)
        elif isinstance(block, ir.ListBlock):
            texts += [ir.plain(item) for item in block.items]
    return [squash(t) for t in texts if squash(t)]


@pytest.mark.parametrize("language", ["km", "fr", "zh"])
def test_pdf_and_docx_carry_the_same_text_in_order(books, language):
    doc, pdf, docx, _pages = books[language]
    # the watermark is drawn across the text (a Chinese one extracts character by character):
    # its characters are left out of both sides
    drop = set(watermark_word(book_locale(language)))

    def clean(text: str) -> str:
        return "".join(c for c in squash(text) if c not in drop)

    texts = [clean(t) for t in _ordered_texts(doc)]
    assert len(texts) > 150
    for name, haystack in (
        ("PDF", clean("".join(pdf_pages(pdf, raw=True)))),
        ("DOCX", clean(docx_text(docx))),
    ):
        position = 0
        for text in texts:
            found = haystack.find(text, position)
            assert found >= 0, f"{language} {name}: {text[:80]!r} missing or out of order"
            position = found + len(text)
    words = [
        squash(piece).replace("-", "")  # poppler drops a hyphen at a line end
        for table in (b for b in doc.blocks if isinstance(b, ir.Table))
        for row in [table.header, *table.rows]
        for cell in row
        for word in ir.plain(cell).split()
        for piece in _breakable(word)
    ]
    pdf_flat = squash("".join(pdf_pages(pdf, False))).replace("-", "")
    docx_flat = squash(docx_text(docx)).replace("-", "")
    for word in words:
        assert word in pdf_flat, (language, word)
        assert word in docx_flat, (language, word)


def test_french_and_chinese_books_speak_their_language(books):
    fr = squash("".join(pdf_pages(books["fr"][1], False)))
    zh = squash("".join(pdf_pages(books["zh"][1], False)))
    for word in (
        "Sommaire",
        "Objectif",
        "Élémentsdelangage",
        "Étatdesengagementsantérieurs",
        "Page1sur",
    ):
        assert word in fr, word
    assert "16–18juin2025" in fr and "Annexe" in fr
    for word in (
        "目录",
        "谈话要点",
        "既往承诺落实情况",
        "第1页，共",
        "2025年6月16日至18日",
        "附件",
    ):
        assert word in zh, word
    assert "Objective" not in fr and "Objective" not in zh


def test_the_english_book_is_unchanged_by_the_catalogues(books):
    text = squash("".join(pdf_pages(books["en"][1], False)))
    for phrase in (
        "Contents",
        "Objective",
        "Pointstomake",
        "Statusofpreviouscommitments",
        "16–18June2025",
    ):
        assert phrase in text
    assert f"Page1of{books['en'][3]}" in text
