"""An export that cannot be made, provoked for real: a target that is the open workspace, a
folder, characters no bundled font draws, a password on a DOCX. Each refusal is said in Khmer
with no English template left (``exc.said(loc)``) and in English exactly as before."""

from __future__ import annotations

import pytest

from briefing.issuing.job import ExportRequest, IssuingError, MissingGlyphs, export_book


def _refusal(kind, ws, request):  # noqa: ANN001, ANN202
    with pytest.raises(kind) as info:
        export_book(ws, request)
    return info.value


def test_an_export_target_that_is_the_workspace(ws, fill, ws_path, in_khmer):
    ids = fill(ws)
    before = ws_path.read_bytes()
    exc = _refusal(IssuingError, ws, ExportRequest(ids["book"], {"pdf": ws_path}))
    assert str(exc) == (
        f"{ws_path}: is the open workspace; writing the PDF there would destroy records. "
        "Choose another file name; nothing was written"
    )
    text = in_khmer(exc)
    assert str(ws_path) in text and "លំហការងារ" in text and "ឯកសារ PDF" in text
    assert ws_path.read_bytes() == before


def test_a_folder_and_a_missing_folder(ws, fill, tmp_path, in_khmer):
    ids = fill(ws)
    exc = _refusal(IssuingError, ws, ExportRequest(ids["book"], {"docx": tmp_path}))
    assert str(exc) == f"{tmp_path}: is a folder; give the DOCX (Word) a file name."
    assert "ឯកសារ DOCX" in in_khmer(exc)
    gone = tmp_path / "nowhere" / "b.pdf"
    exc = _refusal(IssuingError, ws, ExportRequest(ids["book"], {"pdf": gone}))
    assert str(exc) == f"{gone}: the folder {gone.parent} does not exist."
    in_khmer(exc)


def test_characters_no_font_draws(ws, fill, tmp_path, in_khmer):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    book.sections[1].background = "Contact at the ministry: नमस्ते"  # Devanagari: no font
    ws.books.save(book)
    exc = _refusal(MissingGlyphs, ws, ExportRequest(ids["book"], {"pdf": tmp_path / "b.pdf"}))
    heading = "Background"  # the heading above the text
    assert str(exc).startswith(
        "These characters would print as empty boxes: no bundled font has them.\n"
        f"  under “{heading}”: "
    )
    assert str(exc).endswith("or export anyway with boxes (--allow-missing-glyphs).")
    text = in_khmer(exc)
    assert f"ក្រោម “{heading}”៖ " in text and "U+0928" in text
    assert not (tmp_path / "b.pdf").exists()


def test_a_password_on_a_docx(ws, fill, tmp_path, in_khmer):
    ids = fill(ws)
    targets = {"pdf": tmp_path / "b.pdf", "docx": tmp_path / "b.docx"}
    exc = _refusal(IssuingError, ws, ExportRequest(ids["book"], targets, password="secret"))
    assert str(exc).startswith("Only the PDF can carry a password; a DOCX cannot be protected")
    assert "DOCX" in in_khmer(exc)
