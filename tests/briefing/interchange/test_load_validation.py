"""Loading JSON validates everything before it creates anything; new files are private."""

from __future__ import annotations

import copy
import json
import os
import stat
from pathlib import Path

import pytest

from briefing import interchange
from briefing.cli import main
from briefing.interchange import FormatError
from briefing.limits import MAX_TEXT_CHARS
from briefing.model import Name, Person, Settings
from briefing.safety import backup
from briefing.store import Workspace, WorkspaceError
from briefing.store.books import BooksRepository

SAMPLE = Path(__file__).resolve().parents[3] / "samples" / "cambodia-china.json"


@pytest.fixture
def document() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _broken(document: dict, change) -> dict:  # noqa: ANN001
    doc = copy.deepcopy(document)
    change(doc)
    return doc


def _dup_area(d):  # noqa: ANN001, ANN202
    d["settings"]["areas"].append(dict(d["settings"]["areas"][0]))


def _item_of_another_meeting(d):  # noqa: ANN001, ANN202
    d["meetings"].append({**copy.deepcopy(d["meetings"][0]), "id": 99, "items": [], "sources": []})
    d["commitments"][0]["meeting"] = 99


def _long_source(d):  # noqa: ANN001, ANN202
    d["meetings"][0]["sources"][0]["text"] = "x" * (MAX_TEXT_CHARS + 1)


CASES = {
    "duplicate area keys": (_dup_area, r"settings\.areas\[10\]\.key: two cooperation areas"),
    "duplicate countries": (
        lambda d: d["settings"].update(countries=["Cambodia", "cambodia"]),
        r"settings\.countries\[1\]: 'cambodia' is named twice",
    ),
    "Both as a country": (
        lambda d: d["settings"].update(countries=["Cambodia", "Both"]),
        r"settings\.countries\[1\]: 'Both' names the two sides",
    ),
    "item of another meeting": (
        _item_of_another_meeting,
        r"commitments\[0\]\.item: item \d+ is not an item of meeting 99",
    ),
    "book ends before it starts": (
        lambda d: d["books"][0].update(start_date="2025-04-09", end_date="2025-04-07"),
        r"books\[0\]\.end_date: the visit ends",
    ),
    "impossible programme time": (
        lambda d: d["books"][0]["programme"][0].update(time="25:99"),
        r"books\[0\]\.programme\[0\]\.time: '25:99' is not a time of day",
    ),
    "text over the limit": (
        _long_source,
        r"meetings\[0\]\.sources\[0\]\.text: the text is 1,000,001",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_document_creates_nothing(document, tmp_path, case):
    change, message = CASES[case]
    target = tmp_path / "new.briefing"
    with pytest.raises(FormatError, match=message):
        interchange.load(_broken(document, change), target)
    assert os.listdir(tmp_path) == []  # no half-made workspace, no lock, no temporary copy
    interchange.load(document, target).close()  # the retry works


def test_a_failure_while_storing_leaves_nothing(document, tmp_path, monkeypatch):
    target = tmp_path / "new.briefing"

    def disk_error(*_a, **_k):  # noqa: ANN002, ANN003
        raise WorkspaceError("a write failed")

    monkeypatch.setattr(BooksRepository, "save", disk_error)
    with pytest.raises(WorkspaceError):
        interchange.load(document, target)
    assert os.listdir(tmp_path) == []


def test_settings_problems_are_refused_in_the_app_too(tmp_path):
    with Workspace.create(tmp_path / "w.briefing", Settings(countries=["Cambodia", "China"])) as ws:
        settings = ws.settings
        settings.countries = ["China", "China"]
        with pytest.raises(WorkspaceError, match="named twice"):
            ws.save_settings(settings)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_workspaces_and_their_sidecars_are_private(tmp_path):
    os.umask(0o022)
    path = tmp_path / "w.briefing"
    with Workspace.create(path, Settings(countries=["Cambodia", "China"])) as ws:
        ws.people.save(Person([Name("HUN Manet")]))
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert _mode(p) == 0o600, p
    loaded = tmp_path / "l.briefing"
    interchange.load_file(SAMPLE, loaded).close()
    assert _mode(loaded) == 0o600


@pytest.mark.parametrize("name", ["two\nlines.briefing", "tab\there.briefing", "bell\x07.briefing"])
def test_control_characters_in_a_workspace_name_are_refused(tmp_path, capsys, name):
    code = main(["new", str(tmp_path / name), "--countries", "Cambodia,China"])
    assert code == 1 and "control characters" in capsys.readouterr().err
    with pytest.raises(WorkspaceError, match="control characters"):
        interchange.load_file(SAMPLE, tmp_path / name)
    assert os.listdir(tmp_path) == []


def test_backups_of_a_file_with_a_newline_in_its_name_are_listed_and_pruned(tmp_path):
    """Made by another tool or renamed by hand: it still gets working backups."""
    made = tmp_path / "made.briefing"
    interchange.load_file(SAMPLE, made).close()
    odd = tmp_path / "odd\nname.briefing"
    made.rename(odd)
    for _ in range(backup.KEEP_LATEST + 2):
        with Workspace.open(odd) as ws:
            ws.people.save(Person([Name(f"P {len(ws.people.all())}")]))
        backup.take_backup(odd)
    found = backup.list_backups(odd)
    assert len(found) == backup.KEEP_LATEST
    assert len(list(backup.backup_folder(odd).glob("*.briefing"))) == backup.KEEP_LATEST


def test_a_relative_path_is_made_absolute_once_at_open(tmp_path, monkeypatch):
    interchange.load_file(SAMPLE, tmp_path / "rel.briefing").close()
    monkeypatch.chdir(tmp_path)
    with Workspace.open("rel.briefing") as ws:
        assert ws.path == tmp_path.resolve() / "rel.briefing"
    with Workspace.open("rel.briefing", readonly=True) as ws:
        assert ws.path.is_absolute()
