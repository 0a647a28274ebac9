"""Reading releases from .txt, .docx, .pdf and pasted text; every bad file ends in a ReadError."""

from __future__ import annotations

import io
import textwrap
import zipfile
from pathlib import Path

import docx
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from briefing.importers.errors import ImporterError, ReadError
from briefing.importers.press_release import extract, fingerprint
from briefing.importers.readers import MAX_TEXT_CHARS, read_file, read_pasted
from briefing.model import Settings

HEADER = "Ministry of Foreign Affairs and International Cooperation"


def _write_pdf(path: Path, text: str, *, wrap: int = 85) -> None:
    """A text PDF with a running header and "Page N of M" footers, lines hard-wrapped."""
    lines: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        lines += [*textwrap.wrap(paragraph, wrap), ""]
    per_page = 40
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number, page in enumerate(pages, 1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, 810, HEADER)
        pdf.drawString(260, 40, f"Page {number} of {len(pages)}")
        pdf.setFont("Helvetica", 10)
        y = 770
        for line in page:
            pdf.drawString(72, y, line)
            y -= 14
        pdf.showPage()
    pdf.save()


# --------------------------------------------------------------------------- plain text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_text_encodings(tmp_path, encoding):
    path = tmp_path / "release.txt"
    path.write_text("Prime Minister HUN Manet met Premier LI Qiang — “Diamond”.", encoding=encoding)
    result = read_file(path)
    assert result.text == "Prime Minister HUN Manet met Premier LI Qiang — “Diamond”."
    assert result.notes == []
    assert result.source == "release.txt"


def test_windows_1252_fallback_says_so(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Café talks – “agreed”.".encode("cp1252"))
    result = read_file(path)
    assert result.text == "Café talks – “agreed”."
    assert len(result.notes) == 1
    assert "old.txt" in result.notes[0] and "Windows-1252" in result.notes[0]


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "nobom.txt"
    path.write_bytes("Both sides agreed to cooperate.".encode("utf-16-le"))
    result = read_file(path)
    assert result.text == "Both sides agreed to cooperate."
    assert "UTF-16-LE" in result.notes[0]


def test_pasted_text_is_cleaned():
    result = read_pasted("Both sides agreed to  coop-\neration.")
    assert (result.text, result.source) == ("Both sides agreed to cooperation.", "pasted text")


def test_sample_release_txt_reads_into_the_same_draft_as_pasting(sample_text, tmp_path):
    path = tmp_path / "sample.txt"
    path.write_text(sample_text, encoding="utf-8")
    assert read_file(path).text == read_pasted(sample_text).text


# --------------------------------------------------------------------------- DOCX


def test_docx_paragraphs_and_tables(tmp_path):
    document = docx.Document()
    document.add_paragraph("PRESS RELEASE")
    document.add_paragraph("Both sides agreed to strengthen cooperation on clean energy.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Area"
    table.cell(0, 1).text = "Outcome"
    table.cell(1, 0).text = "Energy"
    table.cell(1, 1).text = "Solar power study"
    document.add_paragraph("Vientiane, 11 October 2024")
    path = tmp_path / "release.docx"
    document.save(str(path))
    assert read_file(path).text.split("\n\n") == [
        "PRESS RELEASE",
        "Both sides agreed to strengthen cooperation on clean energy.",
        "Area | Outcome",
        "Energy | Solar power study",
        "Vientiane, 11 October 2024",
    ]


def test_sample_release_as_docx_drafts_the_same(sample_text, tmp_path):
    document = docx.Document()
    for paragraph in sample_text.strip().split("\n\n"):
        document.add_paragraph(paragraph)
    path = tmp_path / "sample.docx"
    document.save(str(path))
    text = read_file(path).text
    assert fingerprint(text) == fingerprint(sample_text)
    settings = Settings(countries=["Cambodia", "China"])
    as_docx, as_txt = extract(text, settings), extract(sample_text, settings)
    assert [(p.display_name, p.side) for p in as_docx.participants] == [
        (p.display_name, p.side) for p in as_txt.participants
    ]
    assert [(i.text, i.side, i.kind) for i in as_docx.items] == [
        (i.text, i.side, i.kind) for i in as_txt.items
    ]
    assert len(as_docx.commitments) == len(as_txt.commitments) > 0


def test_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_bytes(b"{\\rtf1 this is really an RTF file}")
    with pytest.raises(ReadError, match=r"fake\.docx.*not a Word \.docx file"):
        read_file(path)


def test_damaged_docx(tmp_path):
    path = tmp_path / "damaged.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not xml")
        archive.writestr("word/document.xml", "<also not xml")
    with pytest.raises(ReadError, match=r"damaged\.docx.*damaged"):
        read_file(path)


def test_zip_without_a_document(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(ReadError, match="holds no Word document"):
        read_file(path)


def test_zip_bomb_docx_is_refused_unopened(tmp_path):
    path = tmp_path / "bomb.docx"
    chunk = b" " * 1_000_000
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(20):
                member.write(chunk)
    assert path.stat().st_size < 200_000
    with pytest.raises(ReadError, match=r"bomb\.docx.*far more data"):
        read_file(path)


# --------------------------------------------------------------------------- PDF


def test_text_pdf_with_headers_footers_and_wrapping(sample_text, tmp_path):
    path = tmp_path / "sample.pdf"
    _write_pdf(path, sample_text)
    text = read_file(path).text
    assert "Page 1 of" not in text and "Page 2 of" not in text
    assert text.count(HEADER) == 1
    assert "long-lasting relations" in text
    assert "Chinese business community in seeking investment" in text
    draft = extract(text, Settings(countries=["Cambodia", "China"]))
    as_txt = extract(sample_text, Settings(countries=["Cambodia", "China"]))
    assert len(draft.commitments) == len(as_txt.commitments) > 0
    assert draft.meeting_date is not None and draft.meeting_date.isoformat() == "2024-10-10"


def test_image_only_pdf(tmp_path):
    path = tmp_path / "scan.pdf"
    image = Image.new("RGB", (200, 100), "white")
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawImage(ImageReader(image), 72, 600, width=400, height=200)
    pdf.showPage()
    pdf.save()
    with pytest.raises(ReadError, match=r"scan\.pdf.*has no text layer; it may be a scan"):
        read_file(path)


def test_file_named_pdf_that_is_not_one(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("just some text", encoding="utf-8")
    with pytest.raises(ReadError, match=r"notes\.pdf.*not a PDF"):
        read_file(path)


def test_damaged_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 700, "Both sides agreed.")
    pdf.save()
    path.write_bytes(buffer.getvalue()[:300])
    with pytest.raises(ReadError, match=r"broken\.pdf"):
        read_file(path)


# --------------------------------------------------------------------------- bad files


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match=r"empty\.txt: the file is empty"):
        read_file(path)


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"blank\.txt: it contains no text"):
        read_file(path)


def test_twenty_megabytes_of_text_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Both sides agreed. " * (20_000_000 // 19))
    with pytest.raises(ReadError, match=r"huge\.txt: it is too large"):
        read_file(path)


def test_just_over_the_text_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_TEXT_CHARS + 1))
    with pytest.raises(ReadError, match="too large"):
        read_file(path)


def test_pasted_text_too_large():
    with pytest.raises(ReadError, match="pasted text: it is too large"):
        read_pasted("x" * (MAX_TEXT_CHARS + 1))


@pytest.mark.parametrize(
    ("name", "hint"),
    [("release.odt", "Save it as .docx"), ("release.doc", "Save it as .docx"), ("photo.png", "")],
)
def test_unknown_extension(tmp_path, name, hint):
    path = tmp_path / name
    path.write_bytes(b"data")
    with pytest.raises(ReadError, match="are not supported") as caught:
        read_file(path)
    assert name.rsplit(".", 1)[1] in str(caught.value)
    assert hint in str(caught.value)


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match=r"gone\.txt: the file does not exist"):
        read_file(tmp_path / "gone.txt")


def test_read_errors_are_importer_errors():
    assert issubclass(ReadError, ImporterError)
