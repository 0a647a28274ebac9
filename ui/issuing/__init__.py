"""Issuing a book from the app: the Preflight dock, Book ▸ Export…, Versions…, Copy Book….

:func:`install` adds the dock and the actions through the window's host protocol (called once,
at the end of building its menus) and returns the :class:`Issuing` controller, kept as
``window.issuing``.
The work is the core's (:mod:`briefing.preflight`, :mod:`briefing.issuing`,
:mod:`briefing.versions`); this package shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from shiboken6 import isValid

from briefing.model import RecordKind
from ui.i18n import tr
from ui.issuing.checker import PreflightChecker
from ui.issuing.copy_book import copy_for_next_visit
from ui.issuing.export_dialog import ExportDialog
from ui.issuing.navigate import current_book_id, go_to_finding
from ui.issuing.preflight_panel import PreflightPanel
from ui.issuing.versions_dialog import VersionsDialog

if TYPE_CHECKING:
    from ui.session.session import Session
    from ui.shell.host import WindowHost

EXPORT_KEY = "Ctrl+E"


class Issuing(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.checker: PreflightChecker | None = None
        self.session: Session | None = None
        self.dialog: ExportDialog | VersionsDialog | None = None  # the one open, for tests

        self.panel = PreflightPanel()
        self.panel.chosen.connect(
            lambda book_id, kind, ref: go_to_finding(host, book_id, kind, ref)
        )
        self.dock = QDockWidget(tr("Preflight"), host.window)
        self.dock.setObjectName("preflight-dock")
        self.dock.setWidget(self.panel)
        host.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_visible)

        self.check_action = self._action(tr("&Check Book…"), self.check_book, "check-book")
        self.check_action.setToolTip(tr("What would embarrass the book if it were printed now"))
        self.export_action = self._action(tr("&Export…"), self.export, "export-book", EXPORT_KEY)
        self.export_action.setToolTip(
            tr("Export the book to PDF and DOCX: numbered copies, password, issued version")
        )
        self.versions_action = self._action(tr("&Versions…"), self.versions, "book-versions")
        self.copy_action = self._action(
            tr("Cop&y Book for Next Visit…"), self.copy_book, "copy-book"
        )
        toggle = self.dock.toggleViewAction()
        toggle.setText(tr("Pre&flight"))
        toggle.setObjectName("preflight")
        host.add_actions(
            "book/issue",
            [self.check_action, self.export_action, self.versions_action, self.copy_action],
        )
        host.add_toolbar_actions([self.export_action])
        host.add_actions("view/features", [toggle], needs_workspace=False)

        host.workspace_opened.connect(self._attach)
        host.workspace_closed.connect(self._workspace_closed)
        host.record_shown.connect(self._follow)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
            app.aboutToQuit.connect(self._stop_checker)

    def _action(self, text: str, slot, name: str, key: str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self.host.window)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return action

    # ------------------------------------------------------------------ workspace

    def _attach(self) -> None:
        session = self.host.session
        if session is None or session is self.session:
            return
        self._stop_checker()
        self.session = session
        self.checker = PreflightChecker(session.ws.path, session.ws.passphrase)
        self.panel.set_workspace(session.ws, self.checker)
        session.record_changed.connect(self._record_changed)
        session.saver.state_changed.connect(self._saver_state)
        token = id(session)
        session.destroyed.connect(lambda _=None: self._detach(token))
        self._follow()
        if self.dock.isVisible():
            self.panel.refresh()

    def _detach(self, token: int) -> None:
        """The workspace closed, or its session was deleted without closing it (the window
        torn down with it): end its checker and clear the panel."""
        if self.session is None or id(self.session) != token:
            return  # done already when the workspace closed, or another one is open by now
        self._stop_checker()
        self.session = None
        if isValid(self.panel):  # else the window was torn down before its session
            self.panel.set_workspace(None, None)

    def _workspace_closed(self) -> None:
        """The window closed the workspace: its checking process ends now, not when the
        session object is deleted later."""
        if self.session is not None and self.host.session is None:
            self._detach(id(self.session))

    def _stop_checker(self) -> None:
        if self.checker is not None:
            self.checker.stop()
            self.checker = None

    def _record_changed(self, kind: str, _record_id: int) -> None:
        if kind == RecordKind.SETTINGS and self.checker is not None:
            self.checker.reload_settings()
        if kind == RecordKind.BOOK:
            self.panel.reload_books()
            self._follow()
        self.panel.schedule()

    def _saver_state(self, state: str) -> None:
        if state == "saved":
            self.panel.schedule()

    def _follow(self) -> None:
        """The panel checks the book being edited."""
        book = self.host.current_book()
        if book is not None and book.id is not None and self.session is not None:
            self.panel.show_book(book.id)

    def _dock_visible(self, visible: bool) -> None:
        if visible and self.session is not None:
            self.host.save_pending()
            self.panel.refresh()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Ctrl+E exports, except inside an editor that uses Ctrl+E itself (the meeting
        editor's Edit Item): two shortcuts on one key would both be dead."""
        taken = False
        key = QKeySequence(EXPORT_KEY)
        widget = new
        while widget is not None and not taken:
            taken = any(
                a is not self.export_action and a.isEnabled() and key in a.shortcuts()
                for a in widget.actions()
            )
            widget = widget.parentWidget()
        self.export_action.setShortcut(QKeySequence() if taken else key)

    # ------------------------------------------------------------------ actions

    def _book(self) -> int | None:
        if self.host.session is None:
            return None
        return current_book_id(self.host)

    def check_book(self) -> None:
        book_id = self._book()
        if book_id is None:
            return
        self.host.save_pending()
        self.dock.show()
        self.dock.raise_()
        self.panel.reload_books(select=book_id)
        self.panel.refresh()
        self.panel.list.setFocus()

    def export(self) -> ExportDialog | None:
        session, book_id = self.host.session, self._book()
        if session is None or book_id is None:
            return None
        dialog = ExportDialog(
            self.host.window,
            session,
            book_id,
            self.host.settings,
            self.checker,
            flush=self.host.save_pending,
        )
        dialog.go_to.connect(lambda kind, ref: go_to_finding(self.host, book_id, kind, ref))
        return self._open(dialog)

    def versions(self) -> VersionsDialog | None:
        session, book_id = self.host.session, self._book()
        if session is None or book_id is None:
            return None
        self.host.save_pending()
        return self._open(VersionsDialog(self.host.window, session, book_id, self.host.settings))

    def copy_book(self) -> int | None:
        book_id = self._book()
        if book_id is None:
            return None
        new_id = copy_for_next_visit(self.host, book_id)
        if new_id is not None:
            self.panel.reload_books()
        return new_id

    def _open(self, dialog):  # noqa: ANN001, ANN202
        """Window-modal and not blocking (the event loop runs the export's progress)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()
        return dialog

    def _closed(self, dialog) -> None:  # noqa: ANN001
        if self.dialog is dialog:
            self.dialog = None


def install(host: WindowHost) -> Issuing:
    return Issuing(host)
