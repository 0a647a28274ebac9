"""The idle lock: an encrypted workspace left alone hides itself and asks for its passphrase.

After the idle time of the preferences (default 10 minutes; 0 = never) without a key press or
mouse action in the app, pending edits are saved, the editors, library and find panel are
replaced by a lock screen, the window title loses the workspace name and the workspace's
actions are disabled. Unlocking checks the passphrase against the file. The workspace stays
open underneath (its lock, undo history and autosave state are kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from briefing.safety import encryption
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.shell.host import WindowHost

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


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

    def __init__(self, host: WindowHost, idle_ms: int | None = None) -> None:
        super().__init__(host.window)
        self.host = host
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self.unlock)
        self.set_idle_ms(
            idle_ms if idle_ms is not None else host.settings.idle_lock_minutes * 60_000
        )
        host.workspace_opened.connect(self.restart)
        host.workspace_closed.connect(self.release)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_idle_ms(self, ms: int) -> None:
        self.idle_ms = max(0, int(ms))
        self.restart()

    def _armed(self) -> bool:
        session = self.host.session
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
        host = self.host
        if self.locked or not self._armed():
            return
        host.save_pending()  # what was typed is saved before it is hidden
        self.locked = True
        self.screen.text.setText(
            tr("{name} is locked. Type its passphrase to go on.").format(
                name=host.session.path.name
            )
        )
        self.screen.problem.clear()
        host.conceal(self.screen, tr("Locked — Briefing Book"))
        self.screen.field.setFocus()
        self.locked_changed.emit(True)

    def release(self) -> None:
        """The workspace was closed (quit, restore…): nothing is left to hide."""
        if self.locked:
            self.locked = False
            self.host.reveal()
            self.locked_changed.emit(False)
        self.timer.stop()

    def unlock(self, passphrase: str) -> bool:
        host = self.host
        if not self.locked or host.session is None:
            return False
        if not passphrase or not encryption.verify_passphrase(host.session.path, passphrase):
            self.screen.problem.setText(tr("The passphrase is not right."))
            return False
        self.locked = False
        host.reveal()
        self.screen.problem.clear()
        self.restart()
        self.locked_changed.emit(False)
        return True
