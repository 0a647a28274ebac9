"""Encrypted workspaces in the app: the passphrase on opening, the File menu conversions,
and the idle lock (content hidden, pending edits saved, unlocked only with the passphrase)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from briefing.safety import backup, encryption
from briefing.store import Workspace
from ui.common.settings import AppSettings
from ui.shell.main_window import MainWindow

SECRET = "tuk-tuk to Vientiane"
NO_MODS = Qt.KeyboardModifier.NoModifier


def _encrypted(workspace_path):  # noqa: ANN001, ANN202
    encryption.encrypt_workspace(workspace_path, SECRET)
    return workspace_path


def _window(qtbot, idle_ms: int = 0) -> MainWindow:  # noqa: ANN001
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    win.idle_lock.set_idle_ms(idle_ms)
    win.show()
    return win


def test_opening_asks_the_passphrase_until_right_or_cancelled(
    qtbot, workspace_path, passphrases, no_message_boxes
):
    answers, asked = passphrases
    shown, _ = no_message_boxes
    _encrypted(workspace_path)
    win = _window(qtbot)
    assert not win.open_workspace(workspace_path)  # cancelled: nothing opened
    assert win.session is None and "encrypted" in asked[-1]
    answers[:] = ["wrong", SECRET]
    assert win.open_workspace(workspace_path)
    assert ("error", "Wrong passphrase") == shown[-1][:2]
    assert win.session.ws.encrypted and win.windowTitle().startswith(workspace_path.name)
    assert SECRET not in (win.settings.folder / "briefing-book.ini").read_text()
    win.close_workspace()


def test_idle_lock_hides_content_saves_and_unlocks_only_with_the_passphrase(
    qtbot, workspace_path, passphrases
):
    _encrypted(workspace_path)
    passphrases[0][:] = [SECRET]
    win = _window(qtbot, idle_ms=200)
    assert win.open_workspace(workspace_path)
    meeting_id = win.session.ws.meetings.summaries()[0].id
    win.open_record("meeting", meeting_id)
    editor = win.editors["meeting"]
    assert win.stack.currentWidget() is editor
    line = editor.lines["occasion"]
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Typed just before the lock")  # pending: not committed yet

    qtbot.waitUntil(lambda: win.idle_lock.locked, timeout=3000)
    assert win.stack.currentWidget() is win.idle_lock.screen
    assert not win.library_dock.isVisible() and not win.find_dock.isVisible()
    assert workspace_path.name not in win.windowTitle()
    assert not win.find_action.isEnabled() and not win.new_meeting_action.isEnabled()
    with Workspace.open(workspace_path, readonly=True, passphrase=SECRET) as reader:
        assert reader.meetings.get(meeting_id).occasion == "Typed just before the lock"

    assert not win.idle_lock.unlock("wrong")
    assert win.idle_lock.locked and "not right" in win.idle_lock.screen.problem.text()
    win.idle_lock.screen.field.setText(SECRET)
    win.idle_lock.screen.button.click()
    assert not win.idle_lock.locked
    assert win.stack.currentWidget() is editor and win.library_dock.isVisible()
    assert win.windowTitle().startswith(workspace_path.name)
    assert win.find_action.isEnabled()

    # activity keeps it open; idleness locks it again
    for _ in range(4):
        qtbot.wait(100)
        QApplication.sendEvent(win, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, NO_MODS))
        assert not win.idle_lock.locked
    qtbot.waitUntil(lambda: win.idle_lock.locked, timeout=3000)
    win.close_workspace()
    assert not win.idle_lock.locked and win.session is None


def test_plain_workspaces_never_lock(qtbot, workspace_path):
    win = _window(qtbot, idle_ms=100)
    assert win.open_workspace(workspace_path)
    qtbot.wait(400)
    assert not win.idle_lock.locked
    win.close_workspace()


def test_menu_encrypt_change_and_remove(qtbot, workspace_path, passphrases, no_message_boxes):
    answers, _ = passphrases
    win = _window(qtbot)
    assert win.open_workspace(workspace_path)
    answers[:] = [SECRET]
    assert encryption_action(win, "encrypt")
    assert win.session.ws.encrypted and encryption.is_encrypted(workspace_path)
    assert all(backup.is_encrypted(b.path) for b in backup.list_backups(workspace_path))
    answers[:] = ["newer secret"]
    assert encryption_action(win, "change-passphrase")
    assert encryption.verify_passphrase(workspace_path, "newer secret")
    assert encryption_action(win, "remove-encryption")
    assert not win.session.ws.encrypted and not encryption.is_encrypted(workspace_path)
    assert win.session.ws.meetings.summaries()
    win.close_workspace()


def encryption_action(win: MainWindow, name: str) -> bool:
    from ui.workspace import encryption as ui_encryption

    fn = {
        "encrypt": ui_encryption.encrypt_current,
        "change-passphrase": ui_encryption.change_passphrase,
        "remove-encryption": ui_encryption.remove_encryption,
    }[name]
    assert any(a.objectName() == name for a in win.crypto_actions)
    return fn(win)
