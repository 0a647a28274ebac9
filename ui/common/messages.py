"""Every message box of the app goes through here (one place to word them, and to stub in tests)."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import tr

log = logging.getLogger(__name__)


def error(parent: QWidget | None, title: str, text: str) -> None:
    log.warning("%s: %s", title, text)
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A yes/no question with verbs on the buttons; True for ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


_in_hook = False


def exception_hook(exc_type, exc, tb) -> None:  # noqa: ANN001 - sys.excepthook signature
    """Unexpected errors end in one clear message, never a silent crash."""
    global _in_hook
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if _in_hook or issubclass(exc_type, KeyboardInterrupt):
        return
    _in_hook = True
    try:
        detail = "".join(traceback.format_exception_only(exc_type, exc)).strip()
        error(
            None,
            tr("Unexpected error"),
            tr(
                "Something went wrong: {detail}\n\nYour saved work is safe in the workspace. "
                "If this happens again, please report it with the log."
            ).format(detail=detail),
        )
    finally:
        _in_hook = False
