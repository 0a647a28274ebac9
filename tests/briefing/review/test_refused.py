"""A damaged or foreign DOCX, and a review of another book, are refused with a clear message
and change nothing; the command line round trip."""

from __future__ import annotations

import io
import json
import zipfile

import docx
import pytest
from conftest import SAMPLE_JSON, TRADE
from review_helpers import paragraph_with, type_over

from briefing import interchange
from briefing.cli import main
from briefing.review.apply import plan_review
from briefing.review.make import make_review
from briefing.review.read import ReviewFileError
from briefing.store import Workspace


@pytest.fixture
def review(sws, tmp_path):
    out = tmp_path / "review.docx"
    make_review(sws, 1, out, [TRADE], "Desk officer")
    return out


def test_a_damaged_file_is_refused(sws, review):
    data = review.read_bytes()
    for bad, words in [
        (data[: len(data) // 2], "not a Word document, or damaged"),
        (b"not a zip at all", "not a Word document, or damaged"),
    ]:
        with pytest.raises(ReviewFileError, match=words):
            plan_review(sws, bad, "returned.docx")
    broken = io.BytesIO()  # a zip whose document part is not XML
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(broken, "w") as out:
        for item in z.infolist():
            body = z.read(item)
            out.writestr(item, body[:200] if item.filename == "word/document.xml" else body)
    with pytest.raises(ReviewFileError, match=r"damaged \(word/document.xml"):
        plan_review(sws, broken.getvalue(), "returned.docx")


def test_a_foreign_docx_is_refused(sws, tmp_path):
    other = tmp_path / "other.docx"
    docx.Document().save(other)
    with pytest.raises(ReviewFileError, match="not a review file made by Briefing Book"):
        plan_review(sws, other.read_bytes(), "other.docx")


def test_a_review_of_another_book_is_refused(sws, review, tmp_path):
    path = tmp_path / "other.briefing"
    data = json.loads(SAMPLE_JSON.read_text())
    data["books"][0]["title"] = "Visit to Japan"
    interchange.load(data, path).close()
    with Workspace.open(path) as other:
        with pytest.raises(ReviewFileError, match="from another workspace"):
            plan_review(other, review.read_bytes(), "review.docx")
    with pytest.raises(ReviewFileError, match="not of the open book"):
        plan_review(sws, review.read_bytes(), "review.docx", book_id=999)


def test_the_command_line_round_trip(sample, tmp_path, capsys):
    out = tmp_path / "review.docx"
    assert main(["review-docx", str(sample), "--book", "1", "--sections", "3",
                 "-o", str(out), "--by", "Desk officer"]) == 0  # fmt: skip
    doc = docx.Document(out)
    type_over(paragraph_with(doc, TRADE, "points", "RCEP"), "RCEP", "RCEP (in force)")
    doc.save(tmp_path / "back.docx")
    capsys.readouterr()
    assert main(["apply-review", str(sample), str(tmp_path / "back.docx"), "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "Trade and investment ▸ Points to make" in said and "+ - Make full use" in said
    assert "nothing was changed" in said
    with Workspace.open(sample) as ws:
        assert "RCEP (in force)" not in ws.books.section(1, TRADE).points
    assert main(["apply-review", str(sample), str(tmp_path / "back.docx"), "--accept-all"]) == 0
    with Workspace.open(sample) as ws:
        assert "RCEP (in force)" in ws.books.section(1, TRADE).points
    assert main(["apply-review", str(sample), str(tmp_path / "nothing.docx")]) == 1
    assert "nothing.docx" in capsys.readouterr().err
