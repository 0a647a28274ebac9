"""The idle lock: an encrypted workspace left alone hides itself and asks for its passphrase.

After the idle time of the preferences (default 10 minutes; 0 = never) without a key press or
mouse action in the app, pending edits are saved, the editors, library and find panel are
replaced by a lock screen, the window title loses the workspace name and the workspace's
actions are disabled. Unlocking checks the passphrase against the file. The workspace stays
open underneath (its lock, undo history and autosave state are kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from briefing.safety import encryption

if TYPE_CHECKING:
    from .main_window import MainWindow

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


def tr(text: str) -> str:
    return QCoreApplication.translate("IdleLock", text)


class LockScreen(QWidget):
    unlock_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("lock-screen")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(tr("<h2>Locked</h2>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit()
        self.field.setObjectName("unlock-passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(tr("Passphrase"))
        self.field.setMaximumWidth(320)
        self.field.returnPressed.connect(self._unlock)
        self.button = QPushButton(tr("Unlock"))
        self.button.setObjectName("unlock")
        self.button.clicked.connect(self._unlock)
        self.problem = QLabel()
        self.problem.setObjectName("unlock-problem")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (title, self.text, self.field, self.button, self.problem):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def _unlock(self) -> None:
        typed = self.field.text()
        self.field.clear()
        self.unlock_requested.emit(typed)


class IdleLock(QObject):
    locked_changed = Signal(bool)

    def __init__(self, window: MainWindow, idle_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self.unlock)
        window.stack.addWidget(self.screen)
        self._saved: dict = {}
        self.set_idle_ms(
            idle_ms if idle_ms is not None else window.settings.idle_lock_minutes * 60_000
        )
        window.workspace_shown.connect(self.restart)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_idle_ms(self, ms: int) -> None:
        self.idle_ms = max(0, int(ms))
        self.restart()

    def _armed(self) -> bool:
        session = self.window.session
        return self.idle_ms > 0 and session is not None and session.ws.encrypted

    def restart(self) -> None:
        if self.locked:
            return
        if self._armed():
            self.timer.start(self.idle_ms)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and not self.locked and self.timer.isActive():
            self.timer.start(self.idle_ms)
        return False

    def lock(self) -> None:
        window = self.window
        if self.locked or not self._armed():
            return
        window.save_pending()  # what was typed is saved before it is hidden
        self.locked = True
        self._saved = {
            "current": window.stack.currentWidget(),
            "title": window.windowTitle(),
            "docks": [d for d in (window.library_dock, window.find_dock) if d.isVisible()],
            "actions": [a for a in window.findChildren(QAction) if a.isEnabled()],
        }
        for dock in self._saved["docks"]:
            dock.hide()
        for action in self._saved["actions"]:
            if action is not window.quit_action:
                action.setEnabled(False)
        self.screen.text.setText(
            tr("{name} is locked. Type its passphrase to go on.").format(
                name=window.session.path.name
            )
        )
        self.screen.problem.clear()
        window.stack.setCurrentWidget(self.screen)
        window.setWindowTitle(tr("Locked — Briefing Book"))
        self.screen.field.setFocus()
        self.locked_changed.emit(True)

    def release(self) -> None:
        """The workspace was closed (quit, restore…): nothing is left to hide."""
        if self.locked:
            self.locked = False
            for action in self._saved.get("actions", []):
                action.setEnabled(True)
            for dock in self._saved.get("docks", []):
                dock.show()
            self._saved = {}
            self.locked_changed.emit(False)
        self.timer.stop()

    def unlock(self, passphrase: str) -> bool:
        window = self.window
        if not self.locked or window.session is None:
            return False
        if not passphrase or not encryption.verify_passphrase(window.session.path, passphrase):
            self.screen.problem.setText(tr("The passphrase is not right."))
            return False
        self.locked = False
        for action in self._saved["actions"]:
            action.setEnabled(True)
        for dock in self._saved["docks"]:
            dock.show()
        window.stack.setCurrentWidget(self._saved["current"])
        window.setWindowTitle(self._saved["title"])
        self._saved = {}
        self.screen.problem.clear()
        self.restart()
        self.locked_changed.emit(False)
        return True
