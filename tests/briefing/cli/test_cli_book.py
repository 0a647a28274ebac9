"""``briefing export``, ``check`` and ``import`` on the sample workspace."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from briefing import interchange
from briefing.cli import main
from briefing.store import Workspace

ROOT = Path(__file__).resolve().parents[3]
SAMPLE_JSON = ROOT / "samples" / "cambodia-china.json"
RELEASE = ROOT / "samples" / "press-release-2024-10-11-cambodia-china.txt"


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "sample.briefing"
    interchange.load(json.loads(SAMPLE_JSON.read_text()), path).close()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_pdf_and_docx(sample, tmp_path, capsys):
    pdf, docx = tmp_path / "book.pdf", tmp_path / "book.docx"
    code, out, err = run(capsys, "export", sample, "--book", "1", "--pdf", pdf, "--docx", docx)
    assert code == 0, err
    assert "marked SECRET // CAMBODIA EYES ONLY" in out
    assert "note: The book is marked SECRET, above its stated CONFIDENTIAL" in err
    assert pdf.read_bytes().startswith(b"%PDF") and docx.read_bytes().startswith(b"PK")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    assert "A4" in info


def test_export_by_title_on_letter_without_draft_mark(sample, tmp_path, capsys):
    pdf = tmp_path / "letter.pdf"
    title = (
        "official visit of samdech moha borvor thipadei hun manet, prime minister, "
        "to the people's republic of china"
    )
    code, _, err = run(
        capsys,
        "export",
        sample,
        "--book",
        title,
        "--pdf",
        pdf,
        "--paper",
        "letter",
        "--no-draft-mark",
    )
    assert code == 0, err
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    assert "612 x 792" in info
    unmarked = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    assert unmarked.count("DRAFT") == 1  # only the cover's status line: the book is a draft
    marked_pdf = tmp_path / "marked.pdf"
    assert run(capsys, "export", sample, "--book", "1", "--pdf", marked_pdf)[0] == 0
    marked = subprocess.run(["pdftotext", marked_pdf, "-"], capture_output=True, text=True)
    assert marked.stdout.count("DRAFT") > marked.stdout.count("\f")  # a watermark per page


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--book", "9", "--pdf", "x.pdf"], "there is no book '9'"),
        (["--book", "1"], "say where to write the book"),
        (["--book", "1", "--pdf", "/no/such/folder/x.pdf"], "does not exist"),
        (["--book", "1", "--pdf", "x.pdf", "--paper", "A3"], "--paper takes A4 or Letter"),
    ],
)
def test_export_mistakes(sample, capsys, argv, message):
    code, _, err = run(capsys, "export", sample, *argv)
    assert code == 1 and message in err and err.count("\n") == 1


def test_check_lists_findings_with_places(sample, capsys):
    code, out, _ = run(capsys, "check", sample, "--book", "1")
    assert code == 1
    assert (
        "brief “Security and defence”: classified SECRET, above the book's CONFIDENTIAL; "
        "the export raises the marking to SECRET" in out
    )
    assert "1 to look at before printing" in out  # the sample's only finding


def test_check_is_clean_when_nothing_to_fix(tmp_path, capsys):
    path = tmp_path / "w.briefing"
    run(capsys, "new", path, "--countries", "Cambodia,China")
    with Workspace.open(path) as ws:
        from briefing.model import Book, Section

        ws.books.save(
            Book("Visit", sections=[Section("Energy", area="energy", objective="x", points="- y")])
        )
    code, out, _ = run(capsys, "check", path, "--book", "Visit")
    assert code == 0 and "nothing to fix" in out


def test_import_dry_run_then_yes_then_duplicate(tmp_path, capsys):
    path = tmp_path / "w.briefing"
    run(capsys, "new", path, "--countries", "Cambodia,China")
    before = path.read_bytes()
    code, out, _ = run(capsys, "import", path, RELEASE)
    assert code == 0
    assert "meeting:    10 October 2024 (meeting on the margins)" in out
    assert "issued:     11 October 2024" in out
    assert "place:      Vientiane, Lao PDR" in out
    assert "proposed commitments (" in out
    ticked = out.count("  [x] ")  # only the ticked proposals become commitments
    assert 1 <= ticked <= out.count("  [x] ") + out.count("  [ ] ")
    assert "dry run: nothing was changed" in out
    with Workspace.open(path, readonly=True) as ws:
        assert ws.counts()["meetings"] == 0
    code, out, _ = run(capsys, "import", path, RELEASE, "--yes")
    assert code == 0 and "added the meeting of 10 October 2024, Vientiane, Lao PDR" in out
    with Workspace.open(path, readonly=True) as ws:
        c = ws.counts()
        assert (c["meetings"], c["people"], c["commitments"]) == (1, 2, ticked)
    code, _, err = run(capsys, "import", path, RELEASE, "--yes")
    assert code == 1 and "already in the workspace as the meeting of 10 October 2024" in err
    with Workspace.open(path, readonly=True) as ws:
        assert ws.counts()["meetings"] == 1
    assert before  # the workspace file existed all along


UNDATED = """Ministry of Foreign Affairs and International Cooperation

Foreign Minister Sok Chenda Sophea met Ambassador Wang Wenbin of China.

Both sides agreed to hold the next round of consultations in Beijing.
China pledged to provide 100 scholarships to Cambodian students next year.
"""


def test_import_without_a_date_says_what_to_supply_and_takes_it(tmp_path, capsys):
    path = tmp_path / "w.briefing"
    run(capsys, "new", path, "--countries", "Cambodia,China")
    release = tmp_path / "undated.txt"
    release.write_text(UNDATED)
    code, out, _ = run(capsys, "import", path, release)
    assert code == 0 and "meeting:    (not given)" in out
    assert "does not give the meeting date (--date YYYY-MM-DD)" in out
    code, _, err = run(capsys, "import", path, release, "--yes")
    assert code == 1 and "--date YYYY-MM-DD" in err and "Traceback" not in err
    with Workspace.open(path, readonly=True) as ws:
        assert ws.counts()["meetings"] == 0  # nothing half-added
    code, _, err = run(capsys, "import", path, release, "--yes", "--date", "10/13/2024")
    assert code == 1 and "is not a date" in err
    code, _, err = run(capsys, "import", path, release, "--participant", "X|Y|Mars")
    assert code == 1 and "not a country of this workspace (Cambodia, China)" in err
    code, out, _ = run(
        capsys,
        "import",
        path,
        release,
        "--yes",
        "--date",
        "2024-11-05",
        "--place",
        "Phnom Penh",
        "--participant",
        "Wang Wenbin|Ambassador of China to Cambodia|China",
    )
    assert code == 0 and "added the meeting of 5 November 2024, Phnom Penh, Cambodia" in out
    with Workspace.open(path, readonly=True) as ws:
        meeting = ws.meetings.get(ws.meetings.summaries()[0].id)
        assert meeting.date == dt.date(2024, 11, 5) and meeting.country == "Cambodia"
        people = {
            p.display_name: p for p in (ws.people.get(x.person_id) for x in meeting.participants)
        }
        assert people["Wang Wenbin"].side == "China"
        assert people["Wang Wenbin"].offices[0].title == "Ambassador of China to Cambodia"


def test_import_bad_release_changes_nothing(tmp_path, capsys):
    path = tmp_path / "w.briefing"
    run(capsys, "new", path, "--countries", "Cambodia,China")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip")
    for bad in (empty, fake, tmp_path / "missing.txt"):
        code, _, err = run(capsys, "import", path, bad, "--yes")
        assert code == 1 and err.startswith("briefing: error: ") and err.count("\n") == 1, err
    with Workspace.open(path, readonly=True) as ws:
        assert ws.counts()["meetings"] == 0


def test_new_commands_have_help(capsys):
    for command in ("export", "check", "import"):
        with pytest.raises(SystemExit) as exit_:
            main([command, "--help"])
        assert exit_.value.code == 0
        assert f"usage: briefing {command}" in capsys.readouterr().out
