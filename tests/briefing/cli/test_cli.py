from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from briefing import interchange
from briefing.cli import main
from briefing.store import Workspace


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_info_and_defaults(tmp_path, capsys):
    path = tmp_path / "kh-cn"
    code, out, _ = run(
        capsys, "new", str(path), "--countries", "Cambodia, China", "--ministry", "MFAIC"
    )
    assert code == 0 and "kh-cn.briefing" in out
    code, out, _ = run(capsys, "info", str(tmp_path / "kh-cn.briefing"))
    assert code == 0
    assert "countries: Cambodia – China" in out
    assert "meetings: 0" in out and "books: 0" in out
    with Workspace.open(tmp_path / "kh-cn.briefing") as ws:
        assert len(ws.settings.areas) == 10
        assert ws.settings.classification.levels[0] == "UNCLASSIFIED"


def test_new_needs_two_countries(tmp_path, capsys):
    code, _, err = run(capsys, "new", str(tmp_path / "x.briefing"), "--countries", "Cambodia")
    assert code == 1
    assert err.startswith("briefing: error: --countries takes two names")
    assert not (tmp_path / "x.briefing").exists()


def test_info_counts_commitments_by_status_and_lists_books(ws, fill, ws_path, capsys):
    ids = fill(ws)
    ws.close()
    code, out, _ = run(capsys, "info", str(ws_path))
    assert code == 0
    assert "meetings: 1" in out and "items: 3" in out
    assert "commitments: 1 (1 pending, 0 in progress" in out
    assert f"{ids['book']}. Official visit to China [draft, 7 April 2025]" in out


def test_search(ws, fill, ws_path, capsys):
    fill(ws)
    ws.close()
    code, out, _ = run(capsys, "search", str(ws_path), "scams")
    assert code == 0
    assert "item 2 · Law enforcement & transnational crime · meeting of 10 October 2024" in out
    assert "[scams]" in out
    code, _, err = run(capsys, "search", str(ws_path), "xylophone")
    assert code == 1 and "no matches" in err


def test_dump_and_load_round_trip(ws, fill, ws_path, tmp_path, capsys):
    fill(ws)
    ws.close()
    code, out, _ = run(capsys, "dump", str(ws_path))
    assert code == 0
    doc = json.loads(out)
    json_path = tmp_path / "ws.json"
    code, _, _ = run(capsys, "dump", str(ws_path), "-o", str(json_path))
    assert code == 0 and json.loads(json_path.read_text()) == doc
    code, out, _ = run(capsys, "load", str(json_path), str(tmp_path / "copy.briefing"))
    assert code == 0 and "1 meetings, 3 items, 1 commitments, 1 books" in out
    with Workspace.open(tmp_path / "copy.briefing") as copy:
        assert interchange.dump(copy) == doc


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON (line 1"),
        (
            '{"format": "briefing-book", "version": 1, "settings": {}, "meetings": 3}',
            "meetings: expected list",
        ),
        ('{"format": "other"}', "not a Briefing Book document"),
    ],
)
def test_load_bad_json_is_one_line(tmp_path, capsys, content, message):
    src = tmp_path / "bad.json"
    src.write_text(content)
    code, _, err = run(capsys, "load", str(src), str(tmp_path / "w.briefing"))
    assert code == 1
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "w.briefing").exists()


def test_user_mistakes_are_one_line_errors(tmp_path, capsys):
    (tmp_path / "letter.briefing").write_text("not a workspace")
    for argv in (
        ["info", str(tmp_path / "missing.briefing")],
        ["info", str(tmp_path / "letter.briefing")],
        ["search", str(tmp_path / "letter.briefing"), "x"],
        ["dump", str(tmp_path)],
        ["load", str(tmp_path / "nope.json"), str(tmp_path / "w.briefing")],
    ):
        code, _, err = run(capsys, *argv)
        assert code == 1, argv
        assert err.startswith("briefing: error: ") and err.count("\n") == 1, err
        assert "Traceback" not in err


def test_every_command_has_help(capsys):
    for command in ("new", "info", "search", "dump", "load"):
        with pytest.raises(SystemExit) as exit_:
            main([command, "--help"])
        assert exit_.value.code == 0
        assert "usage: briefing " + command in capsys.readouterr().out


def test_installed_entry_point_runs():
    exe = shutil.which("briefing") or str(
        __import__("pathlib").Path(sys.executable).with_name("briefing")
    )
    result = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "new" in result.stdout and "search" in result.stdout
