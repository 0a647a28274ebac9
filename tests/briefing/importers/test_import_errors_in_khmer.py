"""Releases that cannot be read or drafted, provoked for real: each refusal said in Khmer with
no English template left (``exc.said(loc)``) and in English exactly as before (``str(exc)``)."""

from __future__ import annotations

import zipfile

import pytest

from briefing.importers import readers
from briefing.importers.errors import ExtractCancelled, ExtractError, ReadError
from briefing.importers.press_release import extract
from briefing.importers.to_records import to_meeting
from briefing.model import Settings


def _refusal(kind, call):  # noqa: ANN001, ANN202
    with pytest.raises(kind) as info:
        call()
    return info.value


def test_a_binary_file(tmp_path, in_khmer):
    path = tmp_path / "release.txt"
    path.write_bytes(b"\x00\x01\x02" * 1001)  # NULs everywhere, an odd length: no UTF-16
    exc = _refusal(ReadError, lambda: readers.read_file(path))
    assert str(exc) == "Cannot import release.txt: it looks like a binary file, not text."
    text = in_khmer(exc)
    assert "release.txt" in text and "ឯកសារគោលពីរ" in text  # "a binary file"


def test_an_empty_docx_and_a_zip_without_a_document(tmp_path, in_khmer):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    exc = _refusal(ReadError, lambda: readers.read_file(empty))
    assert str(exc) == "Cannot import empty.docx: the file is empty."
    assert "empty.docx" in in_khmer(exc)
    hollow = tmp_path / "hollow.docx"
    with zipfile.ZipFile(hollow, "w") as archive:
        archive.writestr("readme.txt", "no document here")
    exc = _refusal(ReadError, lambda: readers.read_file(hollow))
    assert str(exc) == "Cannot import hollow.docx: the zip package holds no Word document."
    assert "hollow.docx" in in_khmer(exc)


def test_an_old_doc_and_a_pdf_that_is_not_one(tmp_path, in_khmer):
    old = tmp_path / "release.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    exc = _refusal(ReadError, lambda: readers.read_file(old))
    assert str(exc) == (
        "Cannot import release.doc: files '.doc' are not supported. "
        "Open a .txt, .docx or .pdf file, or paste the text. "
        "Save it as .docx from your word processor."
    )
    assert "'.doc'" in in_khmer(exc)
    fake = tmp_path / "release.pdf"
    fake.write_text("plain text pretending to be a PDF")
    exc = _refusal(ReadError, lambda: readers.read_file(fake))
    assert str(exc) == "Cannot import release.pdf: it is not a PDF file."
    in_khmer(exc)


def test_pasted_text_that_is_empty_names_it_in_khmer(in_khmer):
    exc = _refusal(ReadError, lambda: readers.read_pasted("   \n\n "))
    assert str(exc) == "Cannot import pasted text: it contains no text."
    assert "អត្ថបទដែលបានបិទភ្ជាប់" in in_khmer(exc)  # "pasted text", translated too


def test_a_text_in_no_language_the_importer_reads(in_khmer):
    exc = _refusal(ExtractError, lambda: extract("Lorem ipsum dolor sit amet, " * 20, Settings()))
    assert str(exc).startswith("No meeting text recognised: the importer reads releases")
    in_khmer(exc)


def test_a_cancelled_import_and_a_draft_without_a_date(sample_text, settings, in_khmer):
    exc = _refusal(ExtractCancelled, lambda: extract(sample_text, settings, cancelled=lambda: True))
    assert str(exc) == "The import was cancelled."
    in_khmer(exc)
    draft = extract(sample_text, settings)
    draft.meeting_date = draft.issue_date = None
    exc = _refusal(ExtractError, lambda: to_meeting(draft, settings))
    assert str(exc) == "The draft has no meeting date; set one before saving the record."
    in_khmer(exc)
