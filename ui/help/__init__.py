"""The Help menu: the user guide, the log of what the app did, What's This, About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWhatsThis

from ui.i18n import tr

if TYPE_CHECKING:
    from ui.shell.host import WindowHost


def install(host: WindowHost) -> list[QAction]:
    from ui.help.about import AboutDialog
    from ui.help.guide import show_guide
    from ui.help.log_dialog import LogDialog

    guide = QAction(tr("User &Guide"), host.window)
    guide.setObjectName("user-guide")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
    guide.setToolTip(tr("How to make a briefing book, step by step (works offline)"))
    guide.triggered.connect(lambda: show_guide(host.window))

    show_log = QAction(tr("Show &Log…"), host.window)
    show_log.setObjectName("show-log")
    show_log.setToolTip(tr("What the app did and what went wrong, for a report"))
    show_log.triggered.connect(lambda: LogDialog.show_log(host.window))
    what = QWhatsThis.createAction(host.window)  # Shift+F1, then click a field
    what.setText(tr("&What's This?"))
    what.setObjectName("whats-this")
    about = QAction(tr("&About Briefing Book"), host.window)
    about.setObjectName("about")
    about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the application menu
    about.triggered.connect(lambda: AboutDialog.show_about(host.window))
    host.add_actions("help/help", [guide, what, show_log, about], needs_workspace=False)
    return [guide, what, show_log, about]
