"""The preview's place in the main window: View ▸ Preview (Ctrl+Alt+P), File/Book ▸ Print…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from ui.i18n import tr
from ui.preview.live import LivePreview
from ui.preview.printing import print_book

if TYPE_CHECKING:
    from ui.shell.host import WindowHost

PREVIEW_KEY = "Ctrl+Alt+P"  # Ctrl+Shift+P is New Person


def install(host: WindowHost) -> LivePreview:
    live = LivePreview(host)
    toggle = live.dock.toggleViewAction()
    toggle.setText(tr("P&review"))
    toggle.setObjectName("preview")
    toggle.setShortcut(QKeySequence(PREVIEW_KEY))
    toggle.setToolTip(tr("The book as it will print, updated a moment after each edit"))

    printing = QAction(tr("&Print…"), host.window)  # one action in two menus: one shortcut
    printing.setObjectName("print")
    printing.setShortcut(QKeySequence.StandardKey.Print)
    printing.triggered.connect(lambda: print_book(host, live))
    live.print_action = printing

    host.add_actions("view/features", [toggle], needs_workspace=False)
    host.add_actions("file/print", [printing], needs_workspace=False)  # enabled with a book
    host.add_actions("book/print", [printing], needs_workspace=False)
    host.add_actions("book/preview", [toggle], needs_workspace=False)

    def enable() -> None:
        if not host.concealed:  # the cover disables and restores every action
            printing.setEnabled(live.current_book() is not None)

    live.book_shown.connect(enable)
    enable()
    return live
