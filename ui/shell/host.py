"""What a feature of the app may use of the main window: the :class:`WindowHost` protocol.

Features (issuing, the preview, the idle lock, backups, encryption, importing) receive the host
in their ``install(host)`` or their functions, and use only this: the open session, signals
about the workspace and the editors, adding their actions and docks, opening a record, saving
what is being typed, hiding the workspace behind a cover. They never import the main window
(an import-linter contract holds that), so the window can change without them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

if TYPE_CHECKING:
    from briefing.model import Book
    from ui.common.settings import AppSettings
    from ui.session.session import Session

#: the menus and the groups inside them that features add to, in the order they show
MENUS = {
    "file": ("workspace", "import", "settings", "print", "quit"),
    "edit": ("undo", "find", "settings"),
    "records": ("new", "open", "delete"),
    "book": ("issue", "print", "preview"),
    "view": ("docks", "features"),
    "help": ("help",),
}


class WindowHost(Protocol):
    #: a workspace was opened and its editors are shown (``session`` is set)
    workspace_opened: SignalInstance
    #: the workspace was closed (``session`` is None)
    workspace_closed: SignalInstance
    #: another record (or none) is shown in the editor area
    record_shown: SignalInstance
    #: where in the open book the user is (a heading anchor: "section-12", "section-12-points")
    book_place_changed: SignalInstance
    #: the workspace was hidden behind a cover (True) or shown again (False): the idle lock
    concealed_changed: SignalInstance

    settings: AppSettings

    @property
    def session(self) -> Session | None: ...

    @property
    def window(self) -> QMainWindow:
        """The main window, as parent of a feature's dialogs and docks."""
        ...

    def add_actions(
        self, place: str, actions: list[QAction], *, needs_workspace: bool = True
    ) -> None:
        """Put ``actions`` in a menu group ("book/issue", "file/print", "view/features" …; see
        :data:`MENUS`); with ``needs_workspace``, enabled only while a workspace is open."""
        ...

    def add_toolbar_actions(self, actions: list[QAction]) -> None:
        """Put ``actions`` (already in a menu) on the main toolbar too, after a separator."""
        ...

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None: ...

    def resize_dock(self, dock: QDockWidget, width: int) -> None: ...

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a meeting, person, commitment (0: the tracker) or book in its editor."""
        ...

    def go_to(self, kind: str, record_id: int) -> None:
        """Show where an item, source, section, person, meeting or commitment is."""
        ...

    def save_pending(self) -> None:
        """Commit what is being typed (the autosaver writes it)."""
        ...

    def current_book(self) -> Book | None:
        """The book open in the book editor, if one is."""
        ...

    def conceal(self, cover: QWidget, title: str) -> None:
        """Hide the workspace (docks, editors, title, actions) behind ``cover``."""
        ...

    def reveal(self) -> None: ...

    @property
    def concealed(self) -> bool: ...

    def open_workspace(self, path: str | Path, passphrase: str | None = None) -> bool: ...

    def close_workspace(self) -> bool: ...

    def show_status(self, text: str, ms: int = 5000) -> None: ...
