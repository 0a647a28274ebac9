"""The main window's menus and toolbar: the action table, and the groups features add to.

Menus are built in groups (:data:`ui.shell.host.MENUS`); a feature adds its actions to a group
through the host (``host.add_actions("book/issue", …)``) and they land in order, with
separators between groups, whatever the order features are installed in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ui.i18n import tr
from ui.shell.host import MENUS

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


class Menus:
    """The menu bar in named groups; ``add(place, actions)`` inserts at the group's end."""

    TITLES = {
        "file": QT_TRANSLATE_NOOP("", "&File"),
        "edit": QT_TRANSLATE_NOOP("", "&Edit"),
        "records": QT_TRANSLATE_NOOP("", "&Records"),
        "book": QT_TRANSLATE_NOOP("", "&Book"),
        "view": QT_TRANSLATE_NOOP("", "&View"),
        "help": QT_TRANSLATE_NOOP("", "&Help"),
    }

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.menus: dict[str, QMenu] = {}
        self._ends: dict[str, QAction] = {}  # place -> the separator that ends its group
        for name, groups in MENUS.items():
            menu = window.menuBar().addMenu(tr(self.TITLES[name]))
            menu.setObjectName(f"{name}-menu")
            self.menus[name] = menu
            menu.menuAction().setVisible(False)  # shown once something is in it
            for group in groups:
                self._ends[f"{name}/{group}"] = menu.addSeparator()
        self.toolbar = QToolBar(tr("Main"))
        self.toolbar.setObjectName("main-toolbar")
        window.addToolBar(self.toolbar)

    def add(self, place: str, actions: list[QAction | None]) -> None:
        """``actions`` (None: a separator) at the end of the group ``place`` ("file/quit")."""
        menu, end = self.menus[place.split("/")[0]], self._ends[place]
        menu.menuAction().setVisible(True)
        for action in actions:
            if action is None:
                menu.insertSeparator(end)
            else:
                menu.insertAction(end, action)

    def add_to_toolbar(self, actions: list[QAction]) -> None:
        if self.toolbar.actions():
            self.toolbar.addSeparator()
        self.toolbar.addActions(actions)
        for action in actions:  # "ឯកសារ (&F)": the bar shows the word without "(F)"
            action.changed.connect(lambda a=action: _plain_icon_text(a))
            _plain_icon_text(action)

    def menu(self, name: str) -> QMenu:
        return self.menus[name]


_MNEMONIC = re.compile(r"\s*\(&\w\)")


def _plain_icon_text(action: QAction) -> None:
    """A translation marks its Alt+letter as "(&X)"; Qt strips only "&" from a toolbar button."""
    text = action.text()
    if _MNEMONIC.search(text):
        plain = _MNEMONIC.sub("", text).replace("&", "").replace("…", "").strip()
        if action.iconText() != plain:
            action.setIconText(plain)


def action(window: MainWindow, text: str, slot, key=None, name: str = "") -> QAction:  # noqa: ANN001
    made = QAction(text, window)
    if key is not None:
        keys = key if isinstance(key, list) else [key]
        made.setShortcuts([QKeySequence(k) for k in keys])
    made.triggered.connect(slot)
    if name:
        made.setObjectName(name)
    return made


def build(window: MainWindow) -> Menus:
    """The window's own actions (set as attributes of the window) in their menus."""
    menus = Menus(window)
    w = window
    std = QKeySequence.StandardKey
    w.new_action = action(w, tr("&New Workspace…"), w.new_workspace, std.New, "new")
    w.open_action = action(w, tr("&Open Workspace…"), w.open_dialog, std.Open, "open")
    w.close_action = action(w, tr("&Close Workspace"), w.close_workspace, std.Close, "close")
    menus.add("file/workspace", [w.new_action, w.open_action])
    w.recent_menu = QMenu(tr("Open &Recent"), w)
    w.recent_menu.aboutToShow.connect(w.fill_recent)
    menus.menu("file").insertMenu(menus._ends["file/workspace"], w.recent_menu)
    w.fill_recent()
    menus.add("file/workspace", [w.close_action])
    w.import_file_action = action(
        w, tr("&Import Press Release…"), w.import_release, "Ctrl+Shift+I", "import-release"
    )
    w.import_paste_action = action(
        w,
        tr("Import from Clip&board / Paste…"),
        lambda: w.import_release(pasted=True),
        "Ctrl+Shift+V",
        "import-paste",
    )
    menus.add("file/import", [w.import_file_action, w.import_paste_action])
    w.ws_settings_action = action(
        w, tr("&Workspace Settings…"), w.workspace_settings, None, "workspace-settings"
    )
    w.prefs_action = action(
        w,
        tr("Pre&ferences…"),
        w.preferences,
        [std.Preferences, QKeySequence("Ctrl+,")],
        "preferences",
    )
    menus.add("file/settings", [w.ws_settings_action, w.prefs_action])
    w.quit_action = action(w, tr("&Quit"), w.close, std.Quit, "quit")
    menus.add("file/quit", [w.quit_action])

    w.undo_action = action(w, tr("&Undo"), w.undo, std.Undo, "undo")
    w.redo_action = action(w, tr("&Redo"), w.redo, [std.Redo, QKeySequence("Ctrl+Y")], "redo")
    menus.add("edit/undo", [w.undo_action, w.redo_action])
    w.find_action = action(
        w,
        tr("&Find in Workspace…"),
        w.show_find,
        [std.Find, QKeySequence("Ctrl+Shift+F")],
        "find",
    )
    menus.add("edit/find", [w.find_action])
    menus.add("edit/settings", [w.ws_settings_action])

    w.new_meeting_action = action(
        w, tr("New &Meeting"), lambda: w.new_record("meeting"), "Ctrl+Shift+M", "new-meeting"
    )
    w.new_person_action = action(
        w, tr("New &Person"), lambda: w.new_record("person"), "Ctrl+Shift+P", "new-person"
    )
    w.new_book_action = action(
        w, tr("New &Book"), lambda: w.new_record("book"), "Ctrl+Shift+B", "new-book"
    )
    menus.add("records/new", [w.new_meeting_action, w.new_person_action, w.new_book_action])
    w.tracker_action = action(
        w,
        tr("Commitments &Tracker"),
        lambda: w.open_record("commitment", 0),
        "Ctrl+Shift+C",
        "tracker",
    )
    menus.add("records/open", [w.tracker_action])
    w.delete_action = action(
        w, tr("&Delete Current Record…"), w.delete_current, None, "delete-record"
    )
    menus.add("records/delete", [w.delete_action])
    docks = [w.library_dock.toggleViewAction(), w.find_dock.toggleViewAction()]
    for dock_action, text in zip(docks, (tr("&Library"), tr("F&ind")), strict=True):
        dock_action.setText(text)  # the dock's title has no Alt+letter
    menus.add("view/docks", docks)
    for bar_group in (
        [w.new_action, w.open_action],
        [w.undo_action, w.redo_action],
        [w.find_action],
        [w.new_meeting_action, w.new_book_action, w.tracker_action],
    ):
        menus.add_to_toolbar(bar_group)
    return menus
