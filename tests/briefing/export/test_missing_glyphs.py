"""``briefing export`` never prints boxes without saying so: it refuses, lists the places and
exits non-zero, unless ``--allow-missing-glyphs`` (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

from briefing import interchange
from briefing.cli import main

ROOT = Path(__file__).resolve().parents[3]
NOT_IN_ANY_FONT = "\U0002a6d6"  # an Extension B ideograph Noto Sans CJK 2.004 lacks


def _workspace(tmp_path: Path, title_suffix: str) -> Path:
    document = json.loads((ROOT / "samples" / "cambodia-china.json").read_text())
    document["books"][0]["title"] += title_suffix
    path = tmp_path / "w.briefing"
    interchange.load(document, path).close()
    return path


def test_export_refuses_boxes_and_lists_where_they_are(tmp_path: Path, capsys) -> None:
    ws = _workspace(tmp_path, f" {NOT_IN_ANY_FONT} 😀")
    pdf, docx = tmp_path / "b.pdf", tmp_path / "b.docx"
    code = main(["export", str(ws), "--book", "1", "--pdf", str(pdf), "--docx", str(docx)])
    err = capsys.readouterr().err
    assert code != 0
    assert "empty boxes" in err and "U+2A6D6" in err and "U+1F600" in err
    assert "the cover" in err  # where: the title is on the cover
    assert "--allow-missing-glyphs" in err
    assert not pdf.exists() and not docx.exists()


def test_allow_missing_glyphs_writes_the_files(tmp_path: Path, capsys) -> None:
    ws = _workspace(tmp_path, f" {NOT_IN_ANY_FONT}")
    pdf = tmp_path / "b.pdf"
    code = main(["export", str(ws), "--book", "1", "--pdf", str(pdf), "--allow-missing-glyphs"])
    assert code == 0, capsys.readouterr().err
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_book_every_font_covers_exports_without_the_option(tmp_path: Path, capsys) -> None:
    ws = _workspace(tmp_path, " 朱镕基 臺灣 한국 こんにちは")
    pdf = tmp_path / "b.pdf"
    assert main(["export", str(ws), "--book", "1", "--pdf", str(pdf)]) == 0
    assert pdf.exists()
