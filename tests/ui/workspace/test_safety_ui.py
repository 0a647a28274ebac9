"""Data safety in the app: bad files, a second instance, backups and restoring, huge pastes."""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtWidgets import QApplication

from briefing import interchange
from briefing.edits import MeetingEdit
from briefing.model import Book, Meeting, Section
from briefing.safety import backup
from briefing.store import Workspace
from ui.app import create_window
from ui.workspace.backups import restore_from_backup
from ui.workspace.restore_dialog import RestoreBackupDialog

# ---------------------------------------------------------------------- bad workspace files


def _bad_files(tmp_path, workspace_path):  # noqa: ANN001, ANN202
    good = workspace_path.read_bytes()
    files = {}
    files["random.briefing"] = random.Random(1).randbytes(8192)
    files["truncated.briefing"] = good[:3000]
    files["text.briefing"] = b"Dear colleague, please find attached ..."
    newer = tmp_path / "newer.briefing"
    newer.write_bytes(good)
    with Workspace.open(newer) as ws:
        ws._db.conn.execute("PRAGMA user_version = 99")
    files["newer.briefing"] = newer.read_bytes()
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return files


def test_bad_files_end_in_a_message_and_stay_untouched(
    qtbot, tmp_path, workspace_path, no_message_boxes, passphrases
):
    shown, _ = no_message_boxes
    files = _bad_files(tmp_path, workspace_path)
    win = create_window(None)
    qtbot.addWidget(win)
    expected = {
        "random.briefing": "not a Briefing Book workspace",
        "truncated.briefing": "damaged",
        "text.briefing": "not a Briefing Book workspace",
        "newer.briefing": "newer version of Briefing Book",
    }
    for name, data in files.items():
        shown.clear()
        assert not win.open_workspace(tmp_path / name)
        if name == "random.briefing":  # whole pages of noise may be encrypted: asked, cancelled
            assert not shown and expected[name] in passphrases[1][-1]
            continue
        kind, title, text = shown[-1]
        assert (kind, title) == ("error", "Cannot open the workspace")
        assert name in text and expected[name] in text
        assert win.session is None
        assert (tmp_path / name).read_bytes() == data
    assert not win.open_workspace(tmp_path)  # a folder
    assert "is a folder" in shown[-1][2]
    assert not win.open_workspace(tmp_path / "missing.briefing")
    assert "no such file" in shown[-1][2]
    # and the app is still usable
    assert win.open_workspace(workspace_path) and win.session is not None
    win.close()


# ---------------------------------------------------------------------- two instances

_HOLDER = """
import sys
from briefing.store import Workspace
ws = Workspace.open(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
ws.close()
"""


def test_second_instance_gets_read_only_never_a_second_writer(
    qtbot, workspace_path, no_message_boxes
):
    shown, answers = no_message_boxes
    with Workspace.open(workspace_path) as ws:
        book_id = ws.books.save(Book("Visit", sections=[Section("Trade", area="trade")]))
        before = interchange.dump(ws)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(workspace_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        answers.append(True)  # "Open Read-Only"
        win = create_window(str(workspace_path))
        qtbot.addWidget(win)
        kind, title, text = shown[-1]
        assert (kind, title) == ("ask", "Workspace in use")
        assert f"in use by process {holder.pid}" in text
        session = win.session
        assert session is not None and session.readonly
        assert win.windowTitle().endswith("(read-only: changes cannot be saved)")
        assert win.state_label.text() == "Read-only: changes cannot be saved"
        for action in (win.new_meeting_action, win.new_person_action, win.new_book_action):
            assert not action.isEnabled()

        win.open_record("meeting", win.library.meetings.rows()[0].id)
        assert not win.editors["meeting"].lines["city"].isEnabled()
        win.open_record("book", book_id)
        fields = win.editors["book"].section.fields.values()
        assert all(f.isReadOnly() for f in fields)

        edit = MeetingEdit(None, Meeting(dt.date(2025, 1, 1), city="Nowhere"))
        assert not session.push(edit)
        assert "read-only" in shown[-1][2]

        assert not restore_from_backup(win)
        assert shown[-1][:2] == ("error", "Cannot restore")
        win.backups.back_up_now()  # the writer's job, not a reader's
        assert backup.list_backups(workspace_path) == []
        win.close()
    finally:
        holder.communicate("\n", timeout=10)
    assert holder.returncode == 0
    with Workspace.open(workspace_path, readonly=True) as ws:
        assert interchange.dump(ws) == before


_SECOND_WRITER = """
import sys
from briefing.safety import restoring
from briefing.store import Workspace, WorkspaceInUse
try:
    Workspace.open(sys.argv[1])
    print("opened")
except WorkspaceInUse as exc:
    print("refused:", exc)
try:
    restoring.restore(sys.argv[2], sys.argv[1])
    print("restored")
except WorkspaceInUse as exc:
    print("restore refused:", exc)
"""


def test_while_the_app_writes_no_other_process_can(qtbot, window, workspace_path):
    window.backups.wait()
    made = backup.list_backups(workspace_path)[0]  # taken when the window opened it
    done = subprocess.run(
        [sys.executable, "-c", _SECOND_WRITER, str(workspace_path), str(made.path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert f"refused: {workspace_path}: the workspace is in use by process {os.getpid()}" in (
        done.stdout
    )
    assert "restore refused:" in done.stdout and "restored" not in done.stdout.replace(
        "restore refused", ""
    )


# ---------------------------------------------------------------------- backups


def test_backup_on_open_and_every_quarter_hour(qtbot, window, workspace_path):
    assert window.backups.timer.isActive()
    assert window.backups.timer.interval() == 15 * 60 * 1000
    window.backups.wait()
    first = backup.list_backups(workspace_path)
    assert len(first) == 1  # taken on open
    window.backups.back_up_now()
    window.backups.wait()
    assert backup.list_backups(workspace_path) == first  # nothing changed: none taken
    window.new_meeting_action.trigger()
    window.backups.back_up_now()
    window.backups.wait()
    assert len(backup.list_backups(workspace_path)) == 2
    assert backup.summary(backup.list_backups(workspace_path)[0])["meetings"] == 3


def test_a_backup_runs_beside_the_window_and_closing_waits_for_it(
    qtbot, window, workspace_path, monkeypatch
):
    window.backups.wait()
    release = threading.Event()
    order: list[str] = []

    def slow_backup(path, passphrase=None):  # noqa: ANN001, ANN202 - a 10,000-meeting file
        release.wait(20)
        order.append("backup done")
        return None

    monkeypatch.setattr(backup, "take_backup", slow_backup)
    window.backups.back_up_now()
    assert window.backups.running()  # the call came back while the copy goes on
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])  # the window's loop runs meanwhile
    session = window.session
    original_close = session.close

    def close() -> bool:
        order.append("closed")
        return original_close()

    monkeypatch.setattr(session, "close", close)
    threading.Timer(0.3, release.set).start()
    assert window.close_workspace()
    assert order == ["backup done", "closed"]  # the file was not closed under the backup


def test_a_backup_asked_for_during_another_is_taken_after_it(qtbot, window, monkeypatch):
    window.backups.wait()
    release = threading.Event()
    runs: list[int] = []

    def slow_backup(path, passphrase=None):  # noqa: ANN001, ANN202
        release.wait(20)
        runs.append(len(runs))
        return None

    monkeypatch.setattr(backup, "take_backup", slow_backup)
    window.backups.back_up_now()
    window.new_meeting_action.trigger()  # a change the running backup may not hold
    window.backups.back_up_now()
    release.set()
    qtbot.waitUntil(lambda: len(runs) == 2 and not window.backups.running())
    window.backups.wait()
    assert runs == [0, 1]


def _drive_dialog(row: int, seen: dict) -> None:  # noqa: ANN001
    """Answer the modal restore dialog as a user would: look, pick a row, press Restore."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreBackupDialog)
        table = dialog.table
        seen["rows"] = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        table.selectRow(row)
        dialog.restore_button.click()

    QTimer.singleShot(0, act)


def test_restore_from_backup_in_the_app(qtbot, window, workspace_path, no_message_boxes):
    shown, _ = no_message_boxes
    window.new_meeting_action.trigger()  # 3 meetings now; the backup on open had 2
    window.backups.back_up_now()
    window.backups.wait()  # the backup runs off the GUI thread: let it read the 3 first
    window.new_meeting_action.trigger()  # 4, not backed up yet
    seen: dict = {}
    _drive_dialog(1, seen)  # the older backup: the one taken on open

    assert restore_from_backup(window)

    newest, older = seen["rows"]
    assert newest[1:4] == ["3", "4", "0"] and older[1:4] == ["2", "4", "0"]
    assert window.session is not None and not window.session.readonly
    assert len(window.session.ws.meetings.summaries()) == 2
    assert len(window.library.meetings.rows()) == 2
    kind, title, text = shown[-1]
    assert (kind, title) == ("info", "Restored") and "What it held before is kept" in text
    safety = backup.list_backups(workspace_path)[0]
    assert safety.tag == backup.BEFORE_RESTORE
    assert backup.summary(safety)["meetings"] == 4  # nothing typed was lost

    # and back again, from the list: the restore itself can be undone
    _drive_dialog(0, seen)
    assert restore_from_backup(window)
    assert len(window.session.ws.meetings.summaries()) == 4
    assert "before a restore" in seen["rows"][0][4]


def test_restore_with_no_backups_says_so(qtbot, window, workspace_path, no_message_boxes):
    shown, _ = no_message_boxes
    for b in backup.list_backups(workspace_path):
        b.path.unlink()
    assert not restore_from_backup(window)
    assert shown[-1][:2] == ("info", "No backups yet")


def test_cancelled_restore_changes_nothing(qtbot, window, workspace_path, no_message_boxes):
    window.new_meeting_action.trigger()

    def cancel() -> None:
        QApplication.activeModalWidget().reject()

    QTimer.singleShot(0, cancel)
    assert not restore_from_backup(window)
    assert window.session is not None and len(window.session.ws.meetings.summaries()) == 3


# ---------------------------------------------------------------------- pastes


def _section_field(window):  # noqa: ANN001, ANN202
    window.new_book_action.trigger()
    editor = window.editors["book"]
    editor.outline.brief_menu.actions()[0].trigger()
    return editor.section.fields["background"]


def test_a_20_mb_paste_is_refused_at_once(qtbot, window, no_message_boxes):
    shown, _ = no_message_boxes
    field = _section_field(window)
    mime = QMimeData()
    mime.setText("Both sides agreed to strengthen cooperation. " * (20_000_000 // 45))
    field.insertFromMimeData(mime)
    kind, title, text = shown[-1]
    assert (kind, title) == ("error", "Not pasted") and "too large to paste" in text
    assert field.toPlainText() == ""
    assert not window.session.saver.has_pending

    small = QMimeData()
    small.setText("A normal paste.")
    field.insertFromMimeData(small)
    assert field.toPlainText() == "A normal paste."
    assert window.session.saver.has_pending


@pytest.mark.parametrize("html", [True, False])
def test_pasting_odd_unicode_is_saved(qtbot, window, html):
    field = _section_field(window)
    odd = "\u202eevil\u202c a\u200bb 👨\u200d👩\u200d👧 ហ៊ុន្ត 𠮷 e\u0301 \x0b\x00end"
    mime = QMimeData()
    if html:
        mime.setHtml(f"<p><b>{odd}</b></p>")
    else:
        mime.setText(odd)
    field.insertFromMimeData(mime)
    saver = window.session.saver
    assert saver.flush()
    book = window.editors["book"].book
    stored = window.session.ws.books.get(book.id).sections[0].background
    assert "evil" in stored and "👨\u200d👩\u200d👧" in stored and "ហ៊ុន្ត" in stored


def test_a_workspace_on_a_read_only_disk_opens_read_only_and_says_so(
    qtbot, tmp_path, no_message_boxes
):
    import shutil

    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    stick = tmp_path / "stick"
    stick.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(stick)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip(f"cannot mount a test disk here: {mounted.stderr.decode().strip()}")
    try:
        from sample_workspace import make_workspace

        make_workspace(tmp_path / "made.briefing")
        shutil.copyfile(tmp_path / "made.briefing", stick / "w.briefing")
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        shown, _ = no_message_boxes
        win = MainWindow(AppSettings())
        qtbot.addWidget(win)
        assert win.open_workspace(stick / "w.briefing")
        assert win.session.readonly
        assert shown[-1][:2] == ("info", "Opened read-only")
        assert "read-only disk" in shown[-1][2]
        assert "changes cannot be saved" in win.windowTitle()
        assert win.session.ws.counts()["meetings"] > 0  # and it reads the records
        win.close_workspace()
    finally:
        subprocess.run(["umount", "-l", str(stick)], check=False)
