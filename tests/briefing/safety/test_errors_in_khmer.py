"""Backups, restores, a newer-version workspace, a journal left over, an existing file and
marking a book final over uncleared briefs: provoked for real, each said in Khmer with no
English template left (``exc.said(loc)``), and in English exactly as before (``str(exc)``)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import string
from pathlib import Path

import pytest

from briefing import clearance, interchange
from briefing.cli import main
from briefing.errors import BriefingError
from briefing.files.paths import data_dir
from briefing.i18n import interface_locale
from briefing.i18n.catalogues import CLI, MESSAGES
from briefing.i18n.extract import scan
from briefing.model import Clearer
from briefing.safety import backup, restoring
from briefing.store import Workspace
from briefing.store.errors import DamagedWorkspace, NewerWorkspace, WorkspaceError
from briefing.store.schema import CURRENT_VERSION

KM = interface_locale("km")
SAMPLE_JSON = Path(__file__).resolve().parents[3] / "samples" / "cambodia-china.json"


def _khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def _english_left(text: str, domain: str = MESSAGES, shortest: int = 4) -> list[str]:
    """Words of a template of ``domain`` (between its fields) still in ``text``."""
    pieces = {
        lit.strip()
        for m in scan()[domain].values()
        for lit, *_ in string.Formatter().parse(m.msgid)
        if len(lit.strip()) >= shortest
    }
    return sorted(p for p in pieces if p in text)


def _in_khmer(exc: BriefingError) -> str:
    text = exc.said(KM)
    assert _khmer(text), text
    assert not _english_left(text), (text, _english_left(text))
    return text


def _raised(kind, call) -> BriefingError:  # noqa: ANN001
    with pytest.raises(kind) as info:
        call()
    return info.value


def test_a_workspace_of_a_newer_version(tmp_path, settings):
    path = tmp_path / "newer.briefing"
    Workspace.create(path, settings).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    exc = _raised(NewerWorkspace, lambda: Workspace.open(path))
    assert str(exc) == (
        f"{path}: was saved by a newer version of Briefing Book (schema {CURRENT_VERSION + 1}; "
        f"this version reads up to {CURRENT_VERSION}); update Briefing Book to open it"
    )
    text = _in_khmer(exc)
    assert str(path) in text and "កំណែថ្មីជាង" in text  # "a newer version"


def test_a_backup_that_cannot_be_made(tmp_path, settings):
    path = tmp_path / "w.briefing"
    Workspace.create(path, settings).close()
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "backups").write_text("a file where the backups' folder should be")
    exc = _raised(backup.BackupError, lambda: backup.take_backup(path))
    assert str(exc).startswith(f"{path}: cannot write backups to {backup.backup_folder(path)}: ")
    assert "ឯកសារបម្រុងទុក" in _in_khmer(exc)  # "backups"

    missing = tmp_path / "gone.briefing"
    exc = _raised(backup.BackupError, lambda: backup.take_backup(missing))
    assert str(exc) == f"{missing}: no such workspace file"
    assert _in_khmer(exc) == f"{missing}៖ គ្មានឯកសារលំហការងារនេះទេ"


def test_restoring_a_damaged_backup(tmp_path, settings):
    path = tmp_path / "w.briefing"
    Workspace.create(path, settings).close()
    conn = sqlite3.connect(path)
    with conn:  # pages enough to spoil some past the header
        conn.execute("CREATE TABLE pad (x)")
        conn.executemany("INSERT INTO pad VALUES (?)", [("x" * 900 + str(n),) for n in range(300)])
    conn.close()
    made = backup.take_backup(path)
    spoiled = tmp_path / "spoiled.briefing"
    shutil.copyfile(made.path, spoiled)
    with spoiled.open("r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xff" * 4096 * 20)
    before = path.read_bytes()
    exc = _raised(DamagedWorkspace, lambda: restoring.restore(spoiled, path))
    assert str(exc).startswith(f"{spoiled}: the backup is damaged (")
    assert "ឯកសារបម្រុងទុកខូច" in _in_khmer(exc)  # "the backup is damaged"
    assert path.read_bytes() == before

    exc = _raised(WorkspaceError, lambda: restoring.find_backup(path, "nonesuch"))
    assert str(exc) == (
        f"no backup 'nonesuch' of {path}; list them with: briefing restore {path} --list"
    )
    text = exc.said(KM)  # the command it names stays as it is typed
    assert _khmer(text) and _english_left(text) == ["--list"], text


def test_a_journal_left_over_and_a_name_taken(tmp_path, settings):
    path = tmp_path / "w.briefing"
    Workspace.create(path, settings).close()
    with Workspace.open(path):  # a writer holds it: a reader may not roll the journal back
        Path(f"{path}-journal").write_bytes(b"\x00" * 512)
        exc = _raised(DamagedWorkspace, lambda: Workspace.open(path, readonly=True))
    assert str(exc).startswith(
        f"{path}: a change to the workspace was interrupted and left {path.name}-journal; "
    )
    assert f"{path.name}-journal" in _in_khmer(exc)
    Path(f"{path}-journal").unlink()

    exc = _raised(WorkspaceError, lambda: Workspace.create(path, settings))
    assert str(exc) == f"{path}: a file of that name already exists; choose another name"
    assert _in_khmer(exc) == f"{path}៖ មានឯកសារដែលមានឈ្មោះនេះរួចហើយ; សូមជ្រើសរើសឈ្មោះផ្សេង"


@pytest.fixture
def requested(tmp_path) -> Path:
    """The sample with one brief sent for clearance and not answered."""
    path = tmp_path / "sample.briefing"
    interchange.load(json.loads(SAMPLE_JSON.read_text()), path).close()
    with Workspace.open(path) as ws:
        s = ws.settings
        s.clearers.append(Clearer("dir", "Sok Dara", "Director, Asia-Pacific"))
        ws.save_settings(s)
        book = ws.books.get(1)
        ids = [x.id for x in book.sections if clearance.needs_clearance(x)]
        clearance.request(ws, 1, ids[:1], ["dir"], None, "Desk officer")
    return path


def test_marking_final_over_an_uncleared_brief_without_a_reason(requested):
    with Workspace.open(requested) as ws:
        exc = _raised(clearance.ClearanceError, lambda: clearance.mark_final(ws, 1, "Me"))
        first = ws.books.get(1).sections[0].title
    english = str(exc)
    assert re.match(r"\d+ section\(s\) not cleared: “", english), english
    assert f"“{first}” (waiting for Director, Asia-Pacific); “" in english
    assert english.endswith("(it is recorded in the clearance trail)")
    text = _in_khmer(exc)
    assert f"“{first}” (កំពុងរង់ចាំ Director, Asia-Pacific); “" in text  # where it stands, in Khmer
    assert "waiting for" not in text and "not requested" not in text


def test_the_clearance_command_in_khmer(requested, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "km_KH.UTF-8")
    assert main(["clearance", str(requested), "--book", "1", "--trail"]) == 0
    out = capsys.readouterr().out
    assert _khmer(out)
    # (the sample's own words hold short pieces such as ": the": only longer ones are looked for)
    assert not _english_left(out, CLI, 6), _english_left(out, CLI, 6)
    assert not _english_left(out, MESSAGES, 6), _english_left(out, MESSAGES, 6)
    assert "ប្រវត្តិនៃការឯកភាព៖" in out and "បានស្នើសុំ" in out  # the trail, "requested"
    assert "សេចក្ដីព្រាង" in out or "សេចក្តីព្រាង" in out  # the book's status: draft

    assert main(["mark-final", str(requested), "--book", "1"]) == 1
    err = capsys.readouterr().err
    assert "មិនត្រូវបានសម្គាល់ជាចុងក្រោយទេ" in err and "--override" in err
    assert not _english_left(err, MESSAGES, 6), _english_left(err, MESSAGES, 6)
    assert not _english_left(err, CLI, 6), _english_left(err, CLI, 6)


def test_encrypting_twice_and_an_empty_request_in_khmer(tmp_path, settings, requested):
    from briefing.safety import encryption

    secret = tmp_path / "secret.briefing"
    Workspace.create(secret, settings, passphrase="right horse battery").close()
    exc = _raised(
        WorkspaceError, lambda: encryption.encrypt_workspace(secret, "another horse battery")
    )
    assert str(exc) == f"{secret}: the workspace is already encrypted"
    assert _in_khmer(exc) == f"{secret}៖ លំហការងារត្រូវបានអ៊ិនគ្រីបរួចហើយ"
    with Workspace.open(requested) as ws:
        exc = _raised(
            clearance.ClearanceError, lambda: clearance.request(ws, 1, [], ["dir"], None, "Me")
        )
    assert str(exc) == "choose at least one section to send for clearance"
    _in_khmer(exc)
