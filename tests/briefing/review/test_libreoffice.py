"""The Word round trip through LibreOffice (headless): tracked changes by two reviewers made
over UNO, a comment, the whole file written again by LibreOffice's DOCX export; then the
review DOCX converted to PDF, as a clearer would print it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import ENERGY, TRADE
from review_helpers import comment_on, paragraph_with

from briefing.review.apply import apply_review, plan_review
from briefing.review.make import make_review

SYSTEM_PYTHON = "/usr/bin/python3"
REVIEWER = Path(__file__).with_name("lo_reviewer.py")


def _has_uno() -> bool:
    if not shutil.which("soffice") or not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True)
    return probe.returncode == 0


#: CI installs LibreOffice and python3-uno (.ci/system-deps): there the round trip must run
_REQUIRED = bool(os.environ.get("CI"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not _REQUIRED and not _has_uno(), reason="needs LibreOffice and python3-uno"
    ),
]


@pytest.fixture(autouse=True)
def _uno_there() -> None:
    if not _has_uno():
        pytest.fail("LibreOffice or python3-uno is missing (.ci/system-deps installs them)")


def _soffice(tmp_path: Path, *args: str) -> None:
    profile = (tmp_path / "lo-profile").resolve().as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore", *args],
        check=True,
        capture_output=True,
        timeout=300,
    )


def test_tracked_changes_and_a_comment_from_libreoffice_come_back_in_place(sws, tmp_path):
    out = tmp_path / "review.docx"
    make_review(sws, 1, out, [TRADE, ENERGY], "Desk officer")
    ops = [
        {"author": "Sok Dara", "find": "RCEP", "replace": "the RCEP"},
        {"author": "Chan Sophea", "find": "Welcome the growing interest",
         "replace": "Note the growing interest"},
    ]  # fmt: skip
    (tmp_path / "ops.json").write_text(json.dumps(ops))
    tracked = tmp_path / "tracked.docx"
    subprocess.run(
        [SYSTEM_PYTHON, str(REVIEWER), str(out), str(tracked), str(tmp_path / "ops.json"),
         str(tmp_path / "lo-profile")],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    doc = docx.Document(tracked)
    comment_on(doc, paragraph_with(doc, TRADE, "if_raised", "strictly"), "strictly",
               "Sok Dara", "Say how: the customs checks.")  # fmt: skip
    doc.save(tmp_path / "commented.docx")
    (tmp_path / "lo").mkdir()
    _soffice(tmp_path, "--convert-to", "docx:MS Word 2007 XML", "--outdir",
             str(tmp_path / "lo"), str(tmp_path / "commented.docx"))  # fmt: skip
    returned = tmp_path / "lo" / "commented.docx"
    xml = docx.Document(returned).element.xml
    with zipfile.ZipFile(returned) as z:
        assert b"LibreOffice" in z.read("docProps/app.xml")  # written by LibreOffice
    assert "w:ins" in xml and "w:del" in xml

    plan = plan_review(sws, returned.read_bytes(), returned.name)
    assert plan.authors == {"Sok Dara", "Chan Sophea"}
    # two neighbouring points changed: one hunk, both reviewers named on it
    (change,) = plan.changes
    assert (change.section_id, change.field) == (TRADE, "points")
    assert change.hunk.authors == {"Sok Dara", "Chan Sophea"} and not change.hunk.conflict
    assert [line.count("the RCEP") for line in change.hunk.new] == [1, 0]
    assert [line.startswith("- Note the growing") for line in change.hunk.new] == [False, True]
    (thread,) = plan.threads
    assert (thread.comment.section_id, thread.comment.field) == (TRADE, "if_raised")
    assert thread.comment.quote == "strictly" and thread.comment.author == "Sok Dara"
    assert plan.outside == [] and plan.problems == []

    apply_review(sws, plan, None, "Desk officer")
    points = sws.books.section(1, TRADE).points
    assert "the RCEP" in points and "Note the growing interest" in points
    assert sws.books.section(1, ENERGY).objective  # untouched, still there
    (t,) = sws.comments.threads(1, TRADE)
    assert t.author == "Sok Dara" and not t.anchor.detached


def test_the_review_docx_converts_to_pdf(sws, tmp_path):
    out = tmp_path / "review.docx"
    make_review(sws, 1, out, [TRADE], "Desk officer")
    _soffice(tmp_path, "--convert-to", "pdf", "--outdir", str(tmp_path), str(out))
    pdf = tmp_path / "review.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Trade and investment" in text and "Points to make" in text
