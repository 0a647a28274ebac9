"""``briefing export`` with copies, password and --issue; ``versions``, ``changes``,
``distribution`` and ``copy-book``, end to end on the sample workspace."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import interchange
from briefing.cli import main
from briefing.store import Workspace

ROOT = Path(__file__).resolve().parents[3]
SAMPLE_JSON = ROOT / "samples" / "cambodia-china.json"


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "sample.briefing"
    interchange.load(json.loads(SAMPLE_JSON.read_text()), path).close()
    return path


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_issue_copies_then_versions_changes_distribution_and_copy_book(sample, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "recipients.txt").write_text("Office of the Minister\n\nProtocol\n\n", "utf-8")
    (tmp_path / "password.txt").write_text("kh-cn 2025\n", "utf-8")
    code, stdout, err = run(
        capsys,
        "export",
        sample,
        "--book",
        "1",
        "--pdf",
        out / "book.pdf",
        "--recipients",
        tmp_path / "recipients.txt",
        "--password-file",
        tmp_path / "password.txt",
        "--issue",
    )
    assert code == 0, err
    assert files(out) == [f"book-copy-{n}-of-3.pdf" for n in (1, 2, 3)]  # one per recipient
    assert "wrote " + str(out / "book-copy-3-of-3.pdf") + " (Copy 3 of 3 — Protocol)" in stdout
    assert "(Copy 2 of 3), password-protected" in stdout
    assert "issued as version 1" in stdout
    printed = dict(re.findall(r"wrote (\S+) .*\n  SHA-256 ([0-9a-f]{64})", stdout))
    assert {Path(p).name: h for p, h in printed.items()} == {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir()
    }
    opened = subprocess.run(
        ["pdftotext", "-upw", "kh-cn 2025", out / "book-copy-3-of-3.pdf", "-"],
        capture_output=True,
        text=True,
    )
    assert "Copy 3 of 3 — Protocol" in opened.stdout
    assert subprocess.run(["pdftotext", out / "book-copy-3-of-3.pdf", "-"]).returncode != 0

    with Workspace.open(sample) as ws:  # edit one brief between the two versions
        book = ws.books.get(1)
        energy = next(s for s in book.sections if s.title == "Energy")
        energy.points += "\n- Offer a feasibility study for the Stung Treng dam."
        ws.books.save_section(1, energy)
    code, stdout, err = run(
        capsys, "export", sample, "--book", "1", "--pdf", out / "v2.pdf", "--issue"
    )
    assert code == 0 and "issued as version 2" in stdout, err

    code, stdout, _ = run(capsys, "versions", sample, "--book", "1")
    assert code == 0 and "2 issued versions" in stdout
    assert re.search(r"v1  \d{4}-\d\d-\d\d \d\d:\d\d UTC  \d+ pages  SECRET // CAMBODIA", stdout)
    code, stdout, _ = run(capsys, "versions", sample, "--book", "1", "--save", "2", tmp_path / "x")
    assert code == 0 and (tmp_path / "x").read_bytes() == (out / "v2.pdf").read_bytes()

    code, stdout, _ = run(
        capsys,
        "changes",
        sample,
        "--book",
        "1",
        "--since",
        "1",
        "--until",
        "2",
        "--pdf",
        tmp_path / "changes.pdf",
    )
    assert code == 0
    lines = stdout.splitlines()
    where = re.fullmatch(r"changed: Energy \(pages? ([\d–]+)\)", lines[1]).group(1)
    assert lines[2:] == [
        "  + • Offer a feasibility study for the Stung Treng dam.",
        f"reprint: pages 1, {where} of version 2",
        "  1: cover (version and date)",
        f"  {where}: Energy (changed)",
        "wrote " + str(tmp_path / "changes.pdf") + ": the changes sheet, 1 page",
    ]
    sheet = subprocess.run(
        ["pdftotext", tmp_path / "changes.pdf", "-"], capture_output=True, text=True
    ).stdout
    assert "Energy" in sheet and "Stung Treng" in sheet and "Trade and investment" not in sheet
    code, stdout, _ = run(capsys, "changes", sample, "--book", "1", "--since", "2")
    assert code == 0 and "nothing changed between version 2 and the book as it is now" in stdout

    code, stdout, _ = run(capsys, "distribution", sample, "--book", "1")
    assert code == 0
    assert stdout.count("SHA-256") == 4
    assert "v1  Copy 1 of 3 — Office of the Minister  pdf" in stdout
    assert "v2  unnumbered  pdf  " + str(out / "v2.pdf") in stdout
    assert "kh-cn 2025" not in stdout

    code, stdout, _ = run(capsys, "copy-book", sample, "--book", "1", "--title", "Next visit")
    assert code == 0 and stdout.startswith("created book 2: “Next visit” (draft, 12 sections)")
    code, stdout, _ = run(capsys, "versions", sample, "--book", "2")
    assert "no issued version yet" in stdout


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--pdf", "b.pdf", "--docx", "b.docx", "--password-file", "pw"],
            "a DOCX cannot be protected",
        ),
        (["--pdf", "b.pdf", "--password-file", "missing"], "cannot read the password file"),
        (["--pdf", "b.pdf", "--password-file", "empty"], "the password file is empty"),
        (["--pdf", "b.pdf", "--copies", "1", "--recipients", "rec"], "2 recipients for 1 copies"),
        (["--pdf", "b.pdf", "--copies", "1000"], "number of copies is 0"),
        (["--pdf", "b.pdf", "--recipients", "missing"], "cannot read the recipients file"),
    ],
)
def test_export_mistakes_change_nothing(sample, tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pw").write_text("secret\n")
    (tmp_path / "empty").write_text("\n")
    (tmp_path / "rec").write_text("A\nB\n")
    before = files(tmp_path)
    code, _, err = run(capsys, "export", sample, "--book", "1", *argv)
    assert code == 1 and message in err and err.count("\n") == 1, err
    assert files(tmp_path) == before
    code, stdout, _ = run(capsys, "distribution", sample)
    assert "the distribution log is empty" in stdout


def test_other_commands_mistakes(sample, tmp_path, capsys):
    for argv, message in (
        (["changes", sample, "--book", "1", "--since", "1"], "no issued version 1"),
        (["versions", sample, "--book", "1", "--save", "x", "o.pdf"], "--save takes a version"),
        (["copy-book", sample, "--book", "7"], "there is no book '7'"),
        (["changes", sample, "--book", "1", "--since", "1", "--paper", "A3"], "A4 or Letter"),
    ):
        code, _, err = run(capsys, *argv)
        assert code == 1 and message in err and err.count("\n") == 1, err


_HOLDER = """
import sys
from briefing.store import Workspace
ws = Workspace.open(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
ws.close()
"""


def test_workspace_in_use_exports_unlogged_and_refuses_to_issue(sample, tmp_path, capsys):
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(sample)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        code, stdout, err = run(
            capsys, "export", sample, "--book", "1", "--docx", tmp_path / "b.docx"
        )
        assert code == 0 and "not in the distribution log" in err and "SHA-256" in stdout
        code, _, err = run(
            capsys, "export", sample, "--book", "1", "--pdf", tmp_path / "c.pdf", "--issue"
        )
        assert code == 1 and "in use by process" in err and not (tmp_path / "c.pdf").exists()
        code, _, err = run(capsys, "copy-book", sample, "--book", "1")
        assert code == 1 and "in use by process" in err
    finally:
        holder.communicate("\n", timeout=10)
    code, stdout, _ = run(capsys, "distribution", sample)
    assert "the distribution log is empty" in stdout


def test_new_commands_have_help(capsys):
    for command in ("versions", "changes", "distribution", "copy-book"):
        with pytest.raises(SystemExit) as exit_:
            main([command, "--help"])
        assert exit_.value.code == 0
        assert f"usage: briefing {command}" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "--password-file FILE" in capsys.readouterr().out


def test_export_since_a_day_covers_the_records_from_that_day(sample, tmp_path, capsys):
    out = tmp_path / "book.pdf"
    code, _out, err = run(capsys, "export", sample, "--book", "1", "--pdf", out, "--since", "2024")
    assert code == 1 and "--since takes a date as YYYY-MM-DD" in err and not out.exists()
    code, _out, err = run(
        capsys, "export", sample, "--book", "1", "--pdf", out, "--since", "2025-07-01"
    )
    assert code == 1 and not out.exists()
    assert "cannot start on 1 July 2025, after the visit (16 June 2025)" in err
    code, _out, err = run(
        capsys, "export", sample, "--book", "1", "--pdf", out, "--since", "2024-11-01"
    )
    assert code == 0, err
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
    assert "closed since 1 November 2024" in " ".join(text.split())
    code, _out, err = run(capsys, "check", sample, "--book", "1", "--since", "2025-07-01")
    assert code == 1 and "after the visit" in err
