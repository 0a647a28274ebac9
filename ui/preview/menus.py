"""The preview's place in the main window: View ▸ Preview (Ctrl+Alt+P), File/Book ▸ Print…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from .live import LivePreview
from .printing import print_book

if TYPE_CHECKING:
    from ..main_window import MainWindow

PREVIEW_KEY = "Ctrl+Alt+P"  # Ctrl+Shift+P is New Person


def tr(text: str) -> str:
    return QCoreApplication.translate("Preview", text)


def install(window: MainWindow) -> LivePreview:
    live = LivePreview(window)
    toggle = live.dock.toggleViewAction()
    toggle.setText(tr("P&review"))
    toggle.setObjectName("preview")
    toggle.setShortcut(QKeySequence(PREVIEW_KEY))
    toggle.setToolTip(tr("The book as it will print, updated a moment after each edit"))

    printing = QAction(tr("&Print…"), window)  # one action in two menus: one shortcut
    printing.setObjectName("print")
    printing.setShortcut(QKeySequence.StandardKey.Print)
    printing.triggered.connect(lambda: print_book(window, live))
    live.print_action = printing

    window.view_menu.addAction(toggle)
    items = window.file_menu.actions()
    at = items.index(window.quit_action)
    before = items[at - 1] if at and items[at - 1].isSeparator() else window.quit_action
    window.file_menu.insertAction(before, printing)  # … Preferences | Print… | Quit
    window.file_menu.insertSeparator(before)
    window.book_menu.addAction(printing)
    window.book_menu.addAction(toggle)

    def enable() -> None:
        lock = getattr(window, "idle_lock", None)
        if lock is None or not lock.locked:  # the lock disables and restores every action
            printing.setEnabled(live.current_book() is not None)

    live.book_shown.connect(enable)
    enable()
    return live
