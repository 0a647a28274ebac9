"""A returned review of another book, a foreign DOCX and a damaged one, provoked for real: each
refusal said in Khmer with no English template left and in English exactly as before."""

from __future__ import annotations

import json

import docx
import pytest
from conftest import SAMPLE_JSON, TRADE

from briefing import interchange
from briefing.review.apply import plan_review
from briefing.review.make import ReviewError, make_review
from briefing.review.read import ReviewFileError
from briefing.store import Workspace


@pytest.fixture
def review(sws, tmp_path):
    out = tmp_path / "review.docx"
    make_review(sws, 1, out, [TRADE], "Desk officer")
    return out


def test_a_returned_review_of_another_book(sws, review, tmp_path, in_khmer):
    path = tmp_path / "other.briefing"
    data = json.loads(SAMPLE_JSON.read_text())
    data["books"][0]["title"] = "Visit to Japan"
    interchange.load(data, path).close()
    mine = sws.books.get(1).title
    with Workspace.open(path) as other:
        with pytest.raises(ReviewFileError) as info:
            plan_review(other, review.read_bytes(), "review.docx")
    assert str(info.value) == (
        f"review.docx: a review of “{mine}” from another workspace, not of “Visit to Japan”; "
        "nothing was changed"
    )
    text = in_khmer(info.value)
    assert "លំហការងារផ្សេង" in text and mine in text  # "another workspace"


def test_a_foreign_and_a_damaged_docx(sws, tmp_path, in_khmer):
    other = tmp_path / "other.docx"
    docx.Document().save(other)
    with pytest.raises(ReviewFileError) as info:
        plan_review(sws, other.read_bytes(), "other.docx")
    assert str(info.value) == (
        "other.docx: not a review file made by Briefing Book (Book ▸ Send for Review…, or "
        "`briefing review-docx`); nothing was changed"
    )
    in_khmer(info.value)
    with pytest.raises(ReviewFileError) as info:
        plan_review(sws, b"not a zip at all", "back.docx")
    assert str(info.value).startswith("back.docx: not a Word document, or damaged (")
    in_khmer(info.value)


def test_a_review_of_sections_the_book_lacks(sws, tmp_path, in_khmer):
    with pytest.raises(ReviewError) as info:
        make_review(sws, 1, tmp_path / "r.docx", [9999], "Desk officer")
    title = sws.books.get(1).title
    assert str(info.value) == f"the book “{title}” has no section 9999"
    assert title in in_khmer(info.value)
