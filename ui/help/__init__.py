"""The Help menu: the log of what the app did (Help ▸ Show Log…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWhatsThis

from ui.i18n import tr

if TYPE_CHECKING:
    from ui.shell.host import WindowHost


def install(host: WindowHost) -> list[QAction]:
    from ui.help.log_dialog import LogDialog

    show_log = QAction(tr("Show &Log…"), host.window)
    show_log.setObjectName("show-log")
    show_log.setToolTip(tr("What the app did and what went wrong, for a report"))
    show_log.triggered.connect(lambda: LogDialog.show_log(host.window))
    what = QWhatsThis.createAction(host.window)  # Shift+F1, then click a field
    what.setText(tr("&What's This?"))
    what.setObjectName("whats-this")
    host.add_actions("help/help", [what, show_log], needs_workspace=False)
    return [what, show_log]
