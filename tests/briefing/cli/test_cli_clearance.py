"""``briefing clearers``, ``request-clearance``, ``clear``, ``clearance`` and ``mark-final``
on the sample workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import interchange
from briefing.cli import main
from briefing.model import Action, BookStatus
from briefing.store import Workspace

SAMPLE_JSON = Path(__file__).resolve().parents[3] / "samples" / "cambodia-china.json"


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "sample.briefing"
    interchange.load(json.loads(SAMPLE_JSON.read_text()), path).close()
    return path


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_request_clear_and_mark_final_with_an_override(sample, capsys):
    code, out, _ = run(
        capsys, "clearers", sample, "--add", "dir", "--name", "Sok Dara", "--title",
        "Director, Asia-Pacific",
    )  # fmt: skip
    assert code == 0 and "dir: Sok Dara, Director, Asia-Pacific" in out
    code, out, _ = run(
        capsys, "request-clearance", sample, "--book", "1", "--sections", "Trade and investment",
        "--from", "dir", "--due", "2030-01-03", "--by", "Desk officer",
    )  # fmt: skip
    assert code == 0
    assert "Trade and investment — waiting for Director, Asia-Pacific, due " in out
    code, out, _ = run(capsys, "clear", sample, "--book", "1", "--section", "3", "--clearer", "dir")
    assert "Trade and investment — cleared by Director, Asia-Pacific" in out

    code, _, err = run(capsys, "mark-final", sample, "--book", "1")
    assert code == 1 and "not marked final" in err and "--override REASON" in err
    with Workspace.open(sample) as ws:
        assert ws.books.get(1).status is BookStatus.DRAFT

    code, out, _ = run(
        capsys, "mark-final", sample, "--book", "1", "--override", "Cleared by phone", "--by", "Me"
    )
    assert code == 0
    with Workspace.open(sample) as ws:
        assert ws.books.get(1).status is BookStatus.FINAL
        last = ws.clearance.steps(1)[-1]
        assert last.action is Action.FINAL_OVERRIDE and last.actor == "Me"
        assert last.note.startswith("Cleared by phone — not cleared: ")
    code, out, _ = run(capsys, "clearance", sample, "--book", "1", "--trail")
    assert "marked final with sections not cleared (by Me): Cleared by phone" in out


def test_unknown_clearer_and_section_are_refused(sample, capsys):
    code, _, err = run(capsys, "request-clearance", sample, "--book", "1", "--from", "nobody")
    assert code == 1 and "no clearer 'nobody'" in err
    code, _, err = run(
        capsys, "clear", sample, "--book", "1", "--section", "Nowhere", "--clearer", "x"
    )
    assert code == 1 and "has no section 'Nowhere'" in err
