"""The main window: library, editors, find, status bar. Routes, decides nothing.

It is the :class:`~ui.shell.host.WindowHost` of the features (issuing, the preview, the idle
lock, backups), which add their actions and docks through it; the menus are in
:mod:`ui.shell.menus`, opening and closing workspaces in :mod:`ui.shell.workspaces`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from briefing.compose.records import locate
from briefing.edits import BookEdit, MeetingEdit, PersonEdit
from briefing.model import Book, RecordKind
from briefing.store import Workspace
from ui.book.editor import BookEditor
from ui.common import messages, spelling
from ui.common.editor import Editor
from ui.common.settings import AppSettings
from ui.i18n import tr
from ui.library.find import FindPanel
from ui.library.pane import LibraryPane
from ui.records.meeting import MeetingEditor
from ui.records.person import PersonEditor
from ui.records.tracker import CommitmentsEditor
from ui.session.session import Session
from ui.shell import menus, records, workspaces
from ui.shell.welcome import WelcomePage
from ui.workspace.backups import BackupScheduler, restore_from_backup
from ui.workspace.idle_lock import IdleLock
from ui.workspace.preferences import PreferencesDialog

log = logging.getLogger(__name__)

#: how a deleted record is undone: the edit of its kind
_DELETE = {
    RecordKind.MEETING: MeetingEdit,
    RecordKind.PERSON: PersonEdit,
    RecordKind.BOOK: BookEdit,
}


class MainWindow(QMainWindow):
    workspace_opened = Signal()
    workspace_closed = Signal()
    record_shown = Signal()
    book_place_changed = Signal(object)  # str | None
    concealed_changed = Signal(bool)

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.settings = settings
        self._session: Session | None = None
        self._concealed: dict | None = None
        self._stepping = False
        self.setWindowTitle(tr("Briefing Book"))
        self.resize(1280, 800)

        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.chosen.connect(self._welcome_chosen)
        self.welcome.show_start(settings.recent_files())
        self.stack.addWidget(self.welcome)
        self.editors: dict[RecordKind, Editor] = {}
        self.setCentralWidget(self.stack)

        self.library = LibraryPane()
        self.library.open_requested.connect(self.open_record)
        self.library.new_requested.connect(self.new_record)
        self.library_dock = self._dock(tr("Library"), "library-dock", self.library)
        self.add_dock(self.library_dock, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.find = FindPanel()
        self.find.hit_chosen.connect(self.go_to)
        self.find_dock = self._dock(tr("Find"), "find-dock", self.find)
        self.add_dock(self.find_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.find_dock.hide()

        self.state_label = QLabel()
        self.state_label.setObjectName("save-state")
        self.path_label = QLabel()
        self.statusBar().addPermanentWidget(self.path_label)
        self.statusBar().addPermanentWidget(self.state_label)

        self._workspace_actions: list[QAction] = []
        self._writing_actions: list[QAction] = []
        self.menus = menus.build(self)
        self._workspace_actions += [
            self.close_action, self.find_action, self.tracker_action
        ]  # fmt: skip
        self._writing_actions += [
            self.new_meeting_action, self.new_person_action, self.new_book_action,
            self.delete_action, self.import_file_action, self.import_paste_action,
            self.ws_settings_action,
        ]  # fmt: skip
        self.restore_action = menus.action(
            self, tr("Res&tore from Backup…"), lambda: restore_from_backup(self), None, "restore"
        )
        self.add_actions("file/workspace", [self.restore_action])
        from ui.workspace import encryption  # File ▸ Encrypt Workspace… and the rest

        self.crypto_actions = encryption.install(self)
        from ui import preview  # live preview dock, File/Book ▸ Print…

        self.preview = preview.install(self)
        from ui import issuing  # Preflight dock, Book ▸ Export…/Versions…/Copy Book…

        self.issuing = issuing.install(self)
        from ui import clearance  # Book ▸ Clearance…, Send for Review…, Apply Returned Review…

        self.clearance = clearance.install(self)
        from ui import help as app_help  # Help ▸ Show Log…

        app_help.install(self)
        spelling.install(self)  # the open workspace's own words for the fields' spell checking
        from ui import sync  # File ▸ Connect to Shared Library…, Sync Now; the status bar

        self.sync = sync.install(self)
        self.backups = BackupScheduler(self)  # on open, then every quarter hour
        self.idle_lock = IdleLock(self)  # hides an encrypted workspace left alone
        self._update_state()
        self._undo_state()  # nothing to undo before a workspace is open
        # the tabs of the library always fit
        self.library_dock.setMinimumWidth(self.library.tabBar().sizeHint().width() + 12)
        geometry, state = settings.layout(self._layout_key())
        if geometry is None:  # this screen size never seen: the last layout, if any
            geometry, state = settings.layout("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        else:
            width = max(self.library_dock.minimumWidth(), 280)
            self.resizeDocks([self.library_dock], [width], Qt.Orientation.Horizontal)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    # ------------------------------------------------------------------ the host

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def window(self) -> QMainWindow:  # noqa: A003 - the host protocol's name
        return self

    def add_actions(
        self, place: str, actions: list[QAction], *, needs_workspace: bool = True
    ) -> None:
        self.menus.add(place, list(actions))
        if needs_workspace:
            self._workspace_actions += [a for a in actions if a is not None]
            self._update_state()

    def add_toolbar_actions(self, actions: list[QAction]) -> None:
        self.menus.add_to_toolbar(actions)

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        self.addDockWidget(area, dock)

    def resize_dock(self, dock: QDockWidget, width: int) -> None:
        self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def show_status(self, text: str, ms: int = 5000) -> None:
        self.statusBar().showMessage(text, ms)

    def current_book(self) -> Book | None:
        editor = self.editors.get(RecordKind.BOOK)
        return editor.record if editor is not None else None

    def save_pending(self) -> None:
        """Commit what is being typed in the editors (the autosaver then writes it)."""
        session = self.session
        if session is None:
            return
        focused = QApplication.focusWidget()
        if focused is not None:  # a field being typed in commits on focus-out
            focused.clearFocus()
        for editor in self.editors.values():
            editor.flush()
        session.saver.flush()

    @property
    def concealed(self) -> bool:
        return self._concealed is not None

    def conceal(self, cover: QWidget, title: str) -> None:
        """Hide the docks, disable the actions (Quit stays), show ``cover`` in the middle."""
        if self._concealed is not None:
            return
        self._concealed = {
            "current": self.stack.currentWidget(),
            "title": self.windowTitle(),
            "docks": [d for d in self.findChildren(QDockWidget) if d.isVisible()],
            "actions": [a for a in self.findChildren(QAction) if a.isEnabled()],
        }
        for dock in self._concealed["docks"]:
            dock.hide()
        for action in self._concealed["actions"]:
            if action is not self.quit_action:
                action.setEnabled(False)
        if self.stack.indexOf(cover) < 0:
            self.stack.addWidget(cover)
        self.stack.setCurrentWidget(cover)
        self.setWindowTitle(title)
        self.concealed_changed.emit(True)

    def reveal(self) -> None:
        shown, self._concealed = self._concealed, None
        if shown is None:
            return
        for action in shown["actions"]:
            action.setEnabled(True)
        for dock in shown["docks"]:
            dock.show()
        if self.session is not None:
            self.stack.setCurrentWidget(shown["current"])
            self.setWindowTitle(shown["title"])
        self.concealed_changed.emit(False)

    # ------------------------------------------------------------------ workspaces

    def open_dialog(self) -> None:
        workspaces.open_dialog(self)

    def new_workspace(self) -> None:
        workspaces.new_workspace(self)

    def open_workspace(self, path: str | Path, passphrase: str | None = None) -> bool:
        return workspaces.open_workspace(self, path, passphrase)

    def close_workspace(self) -> bool:
        return workspaces.close_workspace(self)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(self.settings.recent_files(), 1):
            label = f"&{number} {path.replace('&', '&&')}" if number < 10 else path
            self.recent_menu.addAction(label, lambda p=path: self.open_workspace(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files()))

    def attach(self, ws: Workspace) -> None:
        """Show the opened workspace: its session, editors and library."""
        session = Session(ws, self.settings.autosave_ms, self)
        self._session = session
        session.saver.state_changed.connect(lambda _s: self._update_state())
        session.error.connect(lambda text: messages.error(self, tr("Not saved"), text))
        session.record_changed.connect(self._record_changed)
        session.undo_stack.indexChanged.connect(lambda _i: self._undo_state())
        meeting, person = MeetingEditor(session), PersonEditor(session)
        tracker, book = CommitmentsEditor(session), BookEditor(session, self.settings)
        self.editors = {
            RecordKind.MEETING: meeting,
            RecordKind.PERSON: person,
            RecordKind.COMMITMENT: tracker,
            RecordKind.BOOK: book,
        }
        for editor in self.editors.values():
            self.stack.addWidget(editor)
        meeting.open_person.connect(lambda pid: self.open_record("person", pid))
        tracker.open_meeting.connect(lambda mid: self.open_record("meeting", mid))
        book.place_changed.connect(self._book_place)
        self.library.load(ws)
        self.find.set_workspace(ws)
        if not ws.readonly:
            self.settings.add_recent(ws.path)
        self.setWindowTitle(
            tr("%s — Briefing Book") % ws.path.name
            + (tr(" (read-only: changes cannot be saved)") if ws.readonly else "")
        )
        self.path_label.setText(str(ws.path))
        self.welcome.show_workspace(ws.path.stem, ws.readonly)
        self._update_state()
        self._undo_state()
        self.workspace_opened.emit()

    def detach(self) -> None:
        """The workspace was closed: back to the welcome page."""
        self._session = None
        self.reveal()
        self.stack.setCurrentWidget(self.welcome)
        for editor in self.editors.values():
            self.stack.removeWidget(editor)
            editor.deleteLater()
        self.editors = {}
        self.library.load(None)
        self.find.set_workspace(None)
        self.setWindowTitle(tr("Briefing Book"))
        self.welcome.show_start(self.settings.recent_files())
        self.path_label.clear()
        self._update_state()
        self._undo_state()
        self.workspace_closed.emit()

    # ------------------------------------------------------------------ state

    def _update_state(self) -> None:
        if self.concealed:
            return  # nothing is enabled behind the cover
        session = self.session
        for a in self._workspace_actions:
            a.setEnabled(session is not None)
        for a in self._writing_actions:
            a.setEnabled(session is not None and not session.readonly)
        if session is None:
            self.state_label.setText(tr("No workspace"))
        elif session.readonly:
            self.state_label.setText(tr("Read-only: changes cannot be saved"))
        else:
            self.state_label.setText(
                {
                    "saved": tr("Saved"),
                    "pending": tr("Saving…"),
                    "saving": tr("Saving…"),
                    "failed": tr("Not saved!"),
                }[session.saver.state]
            )

    # ------------------------------------------------------------------ undo

    def undo(self) -> None:
        self._step(lambda stack: stack.undo())

    def redo(self) -> None:
        self._step(lambda stack: stack.redo())

    def _step(self, fn) -> None:  # noqa: ANN001
        if self.session is None:
            return
        self.session.saver.flush()
        self._stepping = True
        try:
            fn(self.session.undo_stack)
        finally:
            self._stepping = False

    def _undo_state(self) -> None:
        stack = self.session.undo_stack if self.session else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setText(
            tr("&Undo %s") % stack.undoText() if stack and stack.canUndo() else tr("&Undo")
        )
        self.redo_action.setText(
            tr("&Redo %s") % stack.redoText() if stack and stack.canRedo() else tr("&Redo")
        )

    # ------------------------------------------------------------------ records

    def current_editor(self) -> Editor | None:
        current = self.stack.currentWidget()
        return next((e for e in self.editors.values() if e is current), None)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record in its editor (the tracker: 0 shows all, an id selects that one)."""
        if self.session is None:
            return
        kind = RecordKind("commitment" if kind == "tracker" else kind)
        editor = self.editors.get(kind)
        if editor is None:
            return
        self.session.saver.flush()
        self.stack.setCurrentWidget(editor)
        try:
            editor.load(record_id)
        except KeyError:
            messages.error(self, tr("Not found"), tr("That record no longer exists."))
            self.library.reload(kind)
            return
        if kind != RecordKind.COMMITMENT:
            self.library.select(kind, record_id)
        self.record_shown.emit()

    def go_to(self, kind: str, record_id: int) -> None:
        """Show where a search hit or a preflight finding is (an item in its meeting …)."""
        if self.session is None:
            return
        try:
            where, rid, part = locate(self.session.ws, kind, record_id)
        except KeyError:
            messages.error(self, tr("Not found"), tr("That record no longer exists."))
            return
        self.open_record(where, rid)
        editor = self.editors.get(RecordKind("commitment" if where == "tracker" else where))
        if part is not None and editor is not None:
            editor.select_part(part)

    def new_record(self, kind: str) -> None:
        records.new_record(self, kind)

    def delete_current(self) -> None:
        records.delete_current(self)

    def _record_changed(self, kind: str, record_id: int) -> None:
        self.library.reload(kind)
        editor = self.current_editor()
        if editor is not None and editor.record is None and kind != RecordKind.COMMITMENT:
            self.stack.setCurrentWidget(self.welcome)  # undone out of existence
            return
        if (
            self._stepping
            and record_id
            and kind in (RecordKind.MEETING, RecordKind.PERSON, RecordKind.BOOK)
        ):
            # undo/redo of a record not on screen: show it, so the user sees what changed
            shown = editor.record if editor is not None else None
            if shown is None or getattr(shown, "id", None) != record_id:
                try:
                    self.open_record(kind, record_id)
                except Exception:  # noqa: BLE001 - the record may be gone (undone creation)
                    log.debug("could not show %s %s", kind, record_id, exc_info=True)

    def _book_place(self, anchor: str | None) -> None:
        if self.current_editor() is self.editors.get(RecordKind.BOOK):
            self.book_place_changed.emit(anchor)

    # ------------------------------------------------------------------ misc

    def _welcome_chosen(self, choice: str) -> None:
        if choice.startswith("recent:"):
            self.open_workspace(choice.split(":", 1)[1])
        elif choice == "sample":
            workspaces.open_sample(self)
        elif choice == "new":
            self.new_workspace()
        elif choice == "open":
            self.open_dialog()
        elif choice == "import":
            if self.session is None and not workspaces.choose_for_import(self):
                return
            self.import_release()
        elif choice in ("meeting", "book"):
            self.new_record(choice)
        elif choice == "tracker":
            self.open_record("commitment", 0)

    def import_release(self, pasted: bool = False) -> None:
        """File ▸ Import: read, review and create a meeting (ui/importing), then show it."""
        if self.session is None:
            return
        from ui.importing.flow import import_file, import_pasted

        meeting_id = (import_pasted if pasted else import_file)(self, self.session)
        if meeting_id is not None:
            self.open_record("meeting", meeting_id)

    def show_find(self) -> None:
        if self.session is None:
            return
        self.find_dock.show()
        self.find_dock.raise_()
        self.find.focus()

    def workspace_settings(self) -> None:
        """Edit ▸ Workspace Settings…: one undoable step; every list shows the new names."""
        session = self.session
        if session is None or session.readonly:
            return
        from ui.workspace.settings_dialog import WorkspaceSettingsDialog

        session.saver.flush()
        edit, ok = WorkspaceSettingsDialog.get_edit(self, session.ws)
        if ok and edit is not None:
            session.push(edit)

    def preferences(self) -> None:
        (delay, reopen, lock, language), ok = PreferencesDialog.get_preferences(
            self,
            self.settings.autosave_ms,
            self.settings.reopen_last,
            self.settings.idle_lock_minutes,
            self.settings.language,
        )
        if ok:
            self.settings.autosave_ms = delay
            self.settings.reopen_last = reopen
            self.settings.idle_lock_minutes = lock
            self.idle_lock.set_idle_ms(lock * 60_000)
            if self.session is not None:
                self.session.saver.set_delay(delay)
            if language != self.settings.language:
                from ui.shell.language import switch_language

                switch_language(self, language)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        last = str(self.session.path) if self.session is not None else None
        if not self.close_workspace():
            event.ignore()
            return
        if last is not None:
            self.settings.add_recent(last)
        for key in (self._layout_key(), "main"):  # per screen size, and the latest
            self.settings.save_layout(key, self.saveGeometry(), self.saveState())
        event.accept()

    def _layout_key(self) -> str:
        """The layout is remembered per screen size (a laptop alone, or on a large screen)."""
        screen = self.screen() or QApplication.primaryScreen()
        size = screen.size() if screen is not None else None
        return f"main/{size.width()}x{size.height()}" if size is not None else "main"
