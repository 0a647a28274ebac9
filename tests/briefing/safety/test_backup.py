"""Rolling backups (SQLite online backup) and restoring one, from Python and the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import errors
from briefing.cli.backup import add_commands
from briefing.edits import save_section_text
from briefing.model import Name, Person, Settings
from briefing.safety import backup, restoring
from briefing.safety.backup import BEFORE_RESTORE, Backup, BackupError
from briefing.store import (
    DamagedWorkspace,
    NewerWorkspace,
    NotAWorkspace,
    Workspace,
    WorkspaceError,
    WorkspaceInUse,
)


def _first_section(ws: Workspace) -> tuple[int, int]:
    book_id = ws.books.summaries()[0][0]
    return book_id, ws.books.get(book_id).sections[0].id


def _background(path: Path) -> str:
    with Workspace.open(path, readonly=True) as ws:
        book_id, section_id = _first_section(ws)
        return ws.books.get(book_id).sections[0].background


def _check(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# ---------------------------------------------------------------------- taking


def test_backup_is_an_online_copy_of_a_live_workspace(ws, fill, ws_path, data_dir):
    fill(ws)
    book_id, section_id = _first_section(ws)
    save_section_text(ws, book_id, section_id, {"background": "written, still in the WAL"})
    assert Path(f"{ws_path}-wal").stat().st_size > 0  # the latest saves are not in the file
    made = backup.take_backup(ws_path)
    assert made.path.parent == backup.backup_folder(ws_path)
    assert made.path.parent.parent == data_dir / "backups"
    assert made.path.name.startswith("cambodia-china-")
    assert _check(made.path) == "ok"
    assert made.path.read_bytes()[18:20] == b"\x01\x01"  # a rollback-journal file at rest
    assert not Path(f"{made.path}-wal").exists()
    assert _background(made.path) == "written, still in the WAL"
    assert backup.summary(made) == {
        "meetings": 1,
        "items": 3,
        "people": 2,
        "commitments": 1,
        "books": 1,
    }
    if os.name == "posix":
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700


def test_backup_sees_committed_work_only(ws, fill, ws_path):
    fill(ws)
    book_id, section_id = _first_section(ws)
    save_section_text(ws, book_id, section_id, {"background": "committed"})
    with ws.transaction():
        save_section_text(ws, book_id, section_id, {"background": "not yet committed"})
        made = backup.take_backup(ws_path)
    assert _background(made.path) == "committed"


def test_unchanged_workspace_is_not_backed_up_twice(ws, fill, ws_path):
    fill(ws)
    first = backup.take_backup(ws_path)
    assert backup.take_backup(ws_path) == first
    book_id, section_id = _first_section(ws)
    save_section_text(ws, book_id, section_id, {"background": "changed"})
    second = backup.take_backup(ws_path)
    assert second != first
    assert [b.path for b in backup.list_backups(ws_path)] == [second.path, first.path]


def test_backup_on_open_only_when_the_last_is_old(ws, fill, ws_path, monkeypatch):
    fill(ws)
    assert backup.backup_if_due(ws_path) is not None
    book_id, section_id = _first_section(ws)
    save_section_text(ws, book_id, section_id, {"background": "changed"})
    assert backup.backup_if_due(ws_path) is None  # the last one is seconds old
    later = dt.datetime.now(dt.UTC) + backup.ON_OPEN_AFTER + dt.timedelta(seconds=1)
    monkeypatch.setattr(backup, "_now", lambda: later)
    assert backup.backup_if_due(ws_path) is not None


def test_folder_per_workspace_path(tmp_path, settings, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one, two = tmp_path / "a" / "same.briefing", tmp_path / "b" / "same.briefing"
    assert backup.backup_folder(one) != backup.backup_folder(two)
    assert backup.backup_folder(one).name.startswith("same-")
    monkeypatch.delenv("BRIEFING_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert backup.backup_folder(one).parent == tmp_path / "xdg" / "briefing-book" / "backups"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert backup.data_dir() == Path.home() / ".local" / "share" / "briefing-book"


def test_backing_up_a_closed_workspace_leaves_no_files_beside_it(ws, fill, ws_path):
    fill(ws)
    ws.close()
    backup.take_backup(ws_path)
    assert sorted(p.name for p in ws_path.parent.iterdir() if p.name != "data") == [ws_path.name]


def test_no_backup_of_what_is_not_a_workspace(tmp_path):
    notes = tmp_path / "notes.briefing"
    notes.write_text("Dear colleague")
    with pytest.raises(NotAWorkspace):
        backup.take_backup(notes)
    other = tmp_path / "other.briefing"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotAWorkspace):
        backup.take_backup(other)
    with pytest.raises(BackupError, match="no such workspace"):
        backup.take_backup(tmp_path / "missing.briefing")
    assert backup.list_backups(notes) == []


def test_a_damaged_workspace_does_not_push_out_good_backups(ws, fill, ws_path):
    fill(ws)
    good = backup.take_backup(ws_path)
    ws.close()
    data = bytearray(ws_path.read_bytes())
    data[2 * 4096 : 4 * 4096] = bytes(range(256)) * 32  # scribble over two pages
    ws_path.write_bytes(bytes(data))
    with pytest.raises(DamagedWorkspace, match="no backup was made"):
        backup.take_backup(ws_path)
    assert backup.list_backups(ws_path) == [good]
    assert not [p for p in good.path.parent.iterdir() if p.name.startswith(".")]


def test_unwritable_backup_folder_is_a_message(ws, ws_path, data_dir):
    data_dir.write_text("a file where the folder should be")
    with pytest.raises(BackupError, match="cannot write backups"):
        backup.take_backup(ws_path)


# ---------------------------------------------------------------------- keeping


def _fake(folder: Path, when: dt.datetime, tag: str = "") -> Path:
    name = f"w-{when.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%S%fZ')}"
    path = folder / f"{name}{'-' + tag if tag else ''}.briefing"
    path.write_bytes(b"x")
    return path


def test_keep_the_last_ten_and_one_a_day_for_a_week(tmp_path):
    workspace = tmp_path / "w.briefing"
    folder = backup.backup_folder(workspace)
    folder.mkdir(parents=True)
    now = dt.datetime(2025, 3, 10, 18, 0).astimezone()
    recent = [_fake(folder, now - dt.timedelta(minutes=15 * i)) for i in range(14)]
    days = {}
    for d in range(1, 12):  # two a day, on each of the eleven days before
        morning = _fake(folder, now - dt.timedelta(days=d, hours=8))
        evening = _fake(folder, now - dt.timedelta(days=d, hours=1))
        days[d] = (morning, evening)
    safety_new = _fake(folder, now - dt.timedelta(days=2, hours=5), BEFORE_RESTORE)
    safety_old = _fake(folder, now - dt.timedelta(days=9), BEFORE_RESTORE)
    stale = folder / ".w.abc.tmp"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))

    removed = set(backup.prune(workspace, now=now))

    kept = {b.path for b in backup.list_backups(workspace)}
    assert set(recent[:10]) <= kept  # the last ten
    assert not set(recent[10:]) & kept  # older ones of today: today already has its latest
    for d in range(1, 7):  # one a day, the day's latest, for a week (today is the 7th)
        assert days[d][1] in kept and days[d][0] not in kept
    for d in range(7, 12):
        assert not set(days[d]) & kept
    assert safety_new in kept and safety_old not in kept
    assert stale in removed and not stale.exists()
    assert len(kept) == 10 + 6 + 1


# ---------------------------------------------------------------------- restoring


def test_restore_backs_up_the_current_state_first(ws, fill, ws_path):
    fill(ws)
    book_id, section_id = _first_section(ws)
    save_section_text(ws, book_id, section_id, {"background": "version one"})
    one = backup.take_backup(ws_path)
    save_section_text(ws, book_id, section_id, {"background": "version two"})
    ws.close()

    safety = restoring.restore(one, ws_path)

    assert _background(ws_path) == "version one"
    assert safety is not None and safety.tag == BEFORE_RESTORE
    assert _background(safety.path) == "version two"
    assert "before restore" in safety.label
    assert not Path(f"{ws_path}.lock").exists()
    with Workspace.open(ws_path) as again:  # a normal, writable workspace again
        assert again._db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        save_section_text(again, book_id, section_id, {"background": "version three"})
    assert _background(ws_path) == "version three"
    # and the way back: restore what was there before the restore
    restoring.restore(safety, ws_path)
    assert _background(ws_path) == "version two"


_KILLED_WRITER = """
import os, signal, sys
from briefing.edits import save_section_text
from briefing.store import Workspace
ws = Workspace.open(sys.argv[1])
book_id = ws.books.summaries()[0][0]
section_id = ws.books.get(book_id).sections[0].id
for i in range(30):
    save_section_text(ws, book_id, section_id, {"background": f"killed writer {i}"})
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_restore_over_a_crashed_workspace_drops_its_stale_wal(ws, fill, ws_path):
    fill(ws)
    one = backup.take_backup(ws_path)
    ws.close()
    subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(ws_path)], check=False)
    assert Path(f"{ws_path}-wal").stat().st_size > 0  # the crash left its WAL behind

    safety = restoring.restore(one, ws_path)

    assert not Path(f"{ws_path}-wal").exists()
    assert _background(safety.path) == "killed writer 29"  # the WAL's content was kept
    with Workspace.open(ws_path) as again:
        assert again._db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert again.books.get(_first_section(again)[0]).sections[0].background == ""


def test_restore_is_refused_while_the_workspace_is_open(ws, fill, ws_path):
    fill(ws)
    one = backup.take_backup(ws_path)
    with pytest.raises(WorkspaceInUse, match="close it there, then restore"):
        restoring.restore(one, ws_path)
    book_id, section_id = _first_section(ws)
    save_section_text(ws, book_id, section_id, {"background": "still writable"})
    ws.close()
    assert _background(ws_path) == "still writable"
    assert [b.path for b in backup.list_backups(ws_path)] == [one.path]  # nothing taken


def test_restore_refuses_what_is_not_an_intact_backup(ws, fill, ws_path, tmp_path):
    fill(ws)
    good = backup.take_backup(ws_path)
    ws.close()
    before = ws_path.read_bytes()

    junk = tmp_path / "junk.briefing"
    junk.write_bytes(os.urandom(8192))
    damaged = tmp_path / "damaged.briefing"
    data = bytearray(good.path.read_bytes())
    data[2 * 4096 : 4 * 4096] = bytes(range(256)) * 32
    damaged.write_bytes(bytes(data))
    newer = tmp_path / "newer.briefing"
    newer.write_bytes(good.path.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()

    for bad, error in (
        (junk, NotAWorkspace),
        (damaged, DamagedWorkspace),
        (newer, NewerWorkspace),
        (tmp_path / "gone.briefing", BackupError),
    ):
        with pytest.raises(error, match=bad.name):
            restoring.restore(bad, ws_path)
        assert ws_path.read_bytes() == before
    assert backup.list_backups(ws_path) == [good]  # no safety copies for refused restores


def test_restore_over_a_damaged_workspace_keeps_its_bytes(ws, fill, ws_path):
    fill(ws)
    good = backup.take_backup(ws_path)
    ws.close()
    ws_path.write_bytes(ws_path.read_bytes()[:5000])  # truncated: damaged
    damaged_bytes = ws_path.read_bytes()

    safety = restoring.restore(good, ws_path)

    assert safety is not None and safety.path.suffix == ".damaged"
    assert safety.path.read_bytes() == damaged_bytes
    assert _check(ws_path) == "ok"
    assert [b.path for b in backup.list_backups(ws_path)] == [good.path]


def test_restore_to_a_new_path(ws, fill, ws_path, tmp_path):
    fill(ws)
    one = backup.take_backup(ws_path)
    target = tmp_path / "copy.briefing"
    assert restoring.restore(one, target) is None
    assert _check(target) == "ok"


def test_a_failed_restore_leaves_the_workspace_as_it_was(ws, fill, ws_path, monkeypatch):
    fill(ws)
    one = backup.take_backup(ws_path)
    book_id, section_id = _first_section(ws)
    save_section_text(ws, book_id, section_id, {"background": "current"})
    ws.close()
    before = ws_path.read_bytes()

    def no_space(*_a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup.os, "replace", no_space)
    with pytest.raises(WorkspaceError, match="disk holding .* is full"):
        restoring.restore(one, ws_path)
    assert ws_path.read_bytes() == before
    assert [p.name for p in ws_path.parent.iterdir() if p.name.endswith(".tmp")] == []
    assert not Path(f"{ws_path}.lock").exists()


# ---------------------------------------------------------------------- command line


def _run(argv: list[str], capsys) -> tuple[int, str, str]:  # noqa: ANN001
    """As ``briefing.cli.app`` runs a command: a user error -> one line, exit 1."""
    parser = argparse.ArgumentParser(prog="briefing")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code = errors.run(lambda: args.run(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_backup_list_and_restore(ws, fill, ws_path, capsys):
    fill(ws)
    book_id, section_id = _first_section(ws)
    code, out, _ = _run(["backup", str(ws_path)], capsys)
    assert code == 0 and out.startswith("backed up")
    code, out, _ = _run(["backup", str(ws_path)], capsys)
    assert code == 0 and "unchanged since the backup of" in out
    save_section_text(ws, book_id, section_id, {"background": "later"})
    assert _run(["backup", str(ws_path)], capsys)[0] == 0

    code, out, _ = _run(["restore", str(ws_path), "--list"], capsys)
    assert code == 0
    lines = [line for line in out.splitlines() if line.lstrip()[:2].strip(". ").isdigit()]
    assert len(lines) == 2 and "1 meeting, 3 items, 1 book" in lines[0]

    code, out, err = _run(["restore", str(ws_path)], capsys)  # no --from: list, restore nothing
    assert code == 1 and "--from N" in err

    code, _, err = _run(["restore", str(ws_path), "--from", "2"], capsys)
    assert code == 1 and "open in process" in err  # still open here
    ws.close()
    code, out, _ = _run(["restore", str(ws_path), "--from", "2"], capsys)
    assert code == 0 and "restored" in out and "kept as a backup" in out
    assert _background(ws_path) == ""

    code, _, err = _run(["restore", str(ws_path), "--from", "99"], capsys)
    assert code == 1 and "no backup '99'" in err and "--list" in err


def test_cli_restore_list_without_backups(tmp_path, settings, capsys):
    path = tmp_path / "fresh.briefing"
    Workspace.create(path, Settings(countries=["A", "B"])).close()
    code, out, _ = _run(["restore", str(path), "--list"], capsys)
    assert code == 0 and "no backups yet" in out


def test_backup_labels_are_local_time():
    taken = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
    b = Backup(Path("x.briefing"), taken)
    assert b.label == taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------------- a wrong clock


def test_backups_made_while_the_clock_was_ahead_do_not_push_out_todays(
    ws, fill, ws_path, monkeypatch
):
    """The clock was a month ahead for ten backups, then corrected: the backups made since
    are the newest (by the sequence the backups keep), all six of today's are kept, today's
    backup on open is taken, and `--from 1` is the newest."""
    fill(ws)
    now = dt.datetime.now(dt.UTC)
    ahead = now + dt.timedelta(days=30)
    for n in range(10):
        monkeypatch.setattr(backup, "_now", lambda n=n: ahead + dt.timedelta(minutes=n))
        ws.people.save(Person([Name(f"Ahead {n}")]))
        backup.take_backup(ws_path)
    monkeypatch.setattr(backup, "_now", lambda: now)
    assert backup.backup_if_due(ws_path) is not None  # the latest is "in the future": not recent
    made_today = [backup.list_backups(ws_path)[0]]
    for n in range(5):
        monkeypatch.setattr(backup, "_now", lambda n=n: now + dt.timedelta(minutes=n + 1))
        ws.people.save(Person([Name(f"Today {n}")]))
        made_today.append(backup.take_backup(ws_path))
    kept = backup.list_backups(ws_path)
    assert [b.path for b in kept[:6]] == [b.path for b in reversed(made_today)]
    assert all(b.path.exists() for b in made_today)
    assert restoring.find_backup(ws_path, "1").path == made_today[-1].path
    assert len(kept) == backup.KEEP_LATEST
