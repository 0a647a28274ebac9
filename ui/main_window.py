"""The main window: menus, toolbar, library, editors, find, status bar. Routes, decides nothing."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from briefing.compose.records import locate
from briefing.edits import BookEdit, MeetingEdit, PersonEdit
from briefing.model import Book, Meeting, Name, Person
from briefing.safety.encryption import encrypt_plain_backups
from briefing.store import SUFFIX, ReadOnlyLocation, Workspace, WorkspaceError, WorkspaceInUse

from . import encryption, messages
from .backups import BackupScheduler, restore_from_backup
from .dialogs.new_workspace import NewWorkspaceDialog
from .dialogs.preferences import PreferencesDialog
from .editors.book import BookEditor
from .editors.commitments import CommitmentsEditor
from .editors.meeting import MeetingEditor
from .editors.person import PersonEditor
from .find import FindPanel
from .idle_lock import IdleLock
from .library import LibraryPane
from .session import Session
from .settings import AppSettings

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    #: emitted once the library shows the opened workspace (benchmarks wait for it)
    workspace_shown = Signal()

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.settings = settings
        self.session: Session | None = None
        self.setWindowTitle(tr("Briefing Book"))
        self.resize(1280, 800)

        self.stack = QStackedWidget()
        self._welcome_text = tr(
            "<h2>Briefing Book</h2><p>Open a workspace (Ctrl+O) or create one (Ctrl+N).</p>"
        )
        self.welcome = QLabel(self._welcome_text)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.welcome)
        self.editors: dict[str, QWidget] = {}
        self.setCentralWidget(self.stack)

        self.library = LibraryPane()
        self.library.open_requested.connect(self.open_record)
        self.library.new_requested.connect(self.new_record)
        self.library_dock = self._dock(
            tr("Library"), "library-dock", self.library, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.find = FindPanel()
        self.find.hit_chosen.connect(self.go_to_hit)
        self.find_dock = self._dock(
            tr("Find"), "find-dock", self.find, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.find_dock.hide()

        self.state_label = QLabel()
        self.state_label.setObjectName("save-state")
        self.path_label = QLabel()
        self.statusBar().addPermanentWidget(self.path_label)
        self.statusBar().addPermanentWidget(self.state_label)

        self._build_actions()
        self.backups = BackupScheduler(self)  # on open, then every quarter hour
        self.idle_lock = IdleLock(self)  # hides an encrypted workspace left alone
        self._update_state()
        geometry, state = settings.layout("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks([self.library_dock], [340], Qt.Orientation.Horizontal)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # ------------------------------------------------------------------ actions

    def _action(self, menu: QMenu, text: str, slot, key=None, name: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if key is not None:
            keys = key if isinstance(key, list) else [key]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(tr("&File"))
        self.new_action = self._action(
            file, tr("&New Workspace…"), self.new_workspace, QKeySequence.StandardKey.New, "new"
        )
        self.open_action = self._action(
            file, tr("&Open Workspace…"), self.open_dialog, QKeySequence.StandardKey.Open, "open"
        )
        self.recent_menu = file.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        self.close_action = self._action(
            file,
            tr("&Close Workspace"),
            self.close_workspace,
            QKeySequence.StandardKey.Close,
            "close",
        )
        self.restore_action = self._action(
            file, tr("Res&tore from Backup…"), lambda: restore_from_backup(self), None, "restore"
        )
        crypto = [
            (tr("&Encrypt Workspace…"), encryption.encrypt_current, "encrypt"),
            (tr("Change Passp&hrase…"), encryption.change_passphrase, "change-passphrase"),
            (tr("Remove Encr&yption…"), encryption.remove_encryption, "remove-encryption"),
        ]
        self.crypto_actions = [
            self._action(file, text, lambda _=False, f=fn: f(self), None, name)
            for text, fn, name in crypto
        ]
        file.addSeparator()
        self.import_file_action = self._action(
            file,
            tr("&Import Press Release…"),
            self.import_release,
            "Ctrl+Shift+I",
            "import-release",
        )
        self.import_paste_action = self._action(
            file,
            tr("Import from Clip&board / Paste…"),
            lambda: self.import_release(pasted=True),
            "Ctrl+Shift+V",
            "import-paste",
        )
        file.addSeparator()
        self.ws_settings_action = self._action(
            file, tr("&Workspace Settings…"), self.workspace_settings, None, "workspace-settings"
        )
        self.prefs_action = self._action(
            file,
            tr("Pre&ferences…"),
            self.preferences,
            [QKeySequence.StandardKey.Preferences, QKeySequence("Ctrl+,")],
            "preferences",
        )
        file.addSeparator()
        self.quit_action = self._action(
            file, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"
        )

        edit = bar.addMenu(tr("&Edit"))
        self.undo_action = QAction(tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.find_action = self._action(
            edit,
            tr("&Find in Workspace…"),
            self.show_find,
            [QKeySequence.StandardKey.Find, QKeySequence("Ctrl+Shift+F")],
            "find",
        )
        edit.addSeparator()
        edit.addAction(self.ws_settings_action)

        records = bar.addMenu(tr("&Records"))
        self.new_meeting_action = self._action(
            records,
            tr("New &Meeting"),
            lambda: self.new_record("meeting"),
            "Ctrl+Shift+M",
            "new-meeting",
        )
        self.new_person_action = self._action(
            records,
            tr("New &Person"),
            lambda: self.new_record("person"),
            "Ctrl+Shift+P",
            "new-person",
        )
        self.new_book_action = self._action(
            records, tr("New &Book"), lambda: self.new_record("book"), "Ctrl+Shift+B", "new-book"
        )
        records.addSeparator()
        self.tracker_action = self._action(
            records,
            tr("Commitments &Tracker"),
            lambda: self.open_record("tracker", 0),
            "Ctrl+Shift+C",
            "tracker",
        )
        self.delete_action = self._action(
            records, tr("&Delete Current Record…"), self.delete_current, None, "delete-record"
        )

        # Issuing a book (export, print, preview, versions) lives in its own packages, which
        # add their actions to these menus; see ui/preview and ui/issuing.
        self.book_menu = bar.addMenu(tr("&Book"))
        view = bar.addMenu(tr("&View"))
        view.addAction(self.library_dock.toggleViewAction())
        view.addAction(self.find_dock.toggleViewAction())
        self.file_menu, self.view_menu = file, view

        toolbar = self.addToolBar(tr("Main"))
        toolbar.setObjectName("main-toolbar")
        for a in (
            self.new_action,
            self.open_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.find_action,
            None,
            self.new_meeting_action,
            self.new_book_action,
            self.tracker_action,
        ):
            if a is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(a)
        self._workspace_actions = [
            self.close_action,
            self.restore_action,
            self.find_action,
            self.new_meeting_action,
            self.new_person_action,
            self.new_book_action,
            self.tracker_action,
            self.delete_action,
            self.import_file_action,
            self.import_paste_action,
            self.ws_settings_action,
        ]
        from . import preview  # live preview dock, File/Book ▸ Print… (ui/preview)

        self.preview = preview.install(self)
        from . import issuing  # Preflight dock, Book ▸ Export…/Versions…/Copy Book… (ui/issuing)

        self.issuing = issuing.install(self)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            self.recent_menu.addAction(path, lambda p=path: self.open_workspace(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files()))

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

    # ------------------------------------------------------------------ workspaces

    def open_dialog(self) -> None:
        start = str(Path(self.settings.last_workspace() or Path.home()).parent)
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open workspace"), start, tr("Workspaces (*%s);;All files (*)") % SUFFIX
        )
        if path:
            self.open_workspace(path)

    def new_workspace(self) -> None:
        last = self.settings.last_workspace()
        (path, ws_settings, encrypt), ok = NewWorkspaceDialog.get_workspace(
            self, str(Path(last).parent) if last else ""
        )
        if not ok:
            return
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        passphrase = None
        if encrypt:
            passphrase, ok = encryption.ask_new_passphrase(self, path)
            if not ok:
                return
        if not self.close_workspace():
            return
        try:
            ws = Workspace.create(path, ws_settings, passphrase=passphrase)
        except WorkspaceError as exc:
            messages.error(self, tr("Cannot create the workspace"), str(exc))
            return
        self._attach(ws)

    def open_workspace(self, path: str | Path, passphrase: str | None = None) -> bool:
        path = Path(path)
        if self.session is not None and self.session.path.resolve() == path.resolve():
            return True
        if not self.close_workspace():
            return False
        if passphrase is None:
            passphrase, ok = encryption.ask_passphrase(self, path)
            if not ok:
                return False
        try:
            ws = Workspace.open(path, passphrase=passphrase)
        except WorkspaceInUse as exc:
            if not messages.ask(
                self,
                tr("Workspace in use"),
                tr(
                    "{detail}\n\nYou can open it read-only to look things up; "
                    "changes can then not be made."
                ).format(detail=exc),
                tr("Open Read-Only"),
                tr("Cancel"),
            ):
                return False
            try:
                ws = Workspace.open(path, readonly=True, passphrase=passphrase)
            except WorkspaceError as exc2:
                messages.error(self, tr("Cannot open the workspace"), str(exc2))
                return False
        except ReadOnlyLocation as exc:
            try:
                ws = Workspace.open(path, readonly=True, passphrase=passphrase)
            except WorkspaceError as exc2:
                messages.error(self, tr("Cannot open the workspace"), str(exc2))
                return False
            messages.info(
                self,
                tr("Opened read-only"),
                tr(
                    "{detail}\n\nThe workspace is open read-only: you can read, search, "
                    "check and export it, but changes cannot be saved."
                ).format(detail=exc),
            )
        except WorkspaceError as exc:
            messages.error(self, tr("Cannot open the workspace"), str(exc))
            return False
        if ws.encrypted and not ws.readonly:
            _encrypt_leftover_backups(ws)
        self._attach(ws)
        return True

    def _attach(self, ws: Workspace) -> None:
        session = Session(ws, self.settings.autosave_ms, self)
        self.session = session
        session.saver.state_changed.connect(lambda _s: self._update_state())
        session.error.connect(lambda text: messages.error(self, tr("Not saved"), text))
        session.record_changed.connect(self._record_changed)
        session.undo_stack.indexChanged.connect(lambda _i: self._undo_state())
        self.editors = {
            "meeting": MeetingEditor(session),
            "person": PersonEditor(session),
            "tracker": CommitmentsEditor(session),
            "book": BookEditor(session),
        }
        for editor in self.editors.values():
            self.stack.addWidget(editor)
        self.editors["meeting"].open_person.connect(lambda pid: self.open_record("person", pid))
        self.editors["tracker"].open_meeting.connect(lambda mid: self.open_record("meeting", mid))
        self.library.load(ws)
        self.find.set_workspace(ws)
        if not ws.readonly:
            self.settings.add_recent(ws.path)
        self.setWindowTitle(
            f"{ws.path.name} — Briefing Book"
            + (tr(" (read-only: changes cannot be saved)") if ws.readonly else "")
        )
        self.path_label.setText(str(ws.path))
        self.welcome.setText(
            tr(
                "<h2>{name}</h2><p>Choose a meeting, person, commitment or book in the library,<br>"
                "or search the workspace (Ctrl+F).</p>"
            ).format(name=ws.path.stem)
        )
        self._update_state()
        self._undo_state()
        self.workspace_shown.emit()

    def save_pending(self) -> None:
        """Commit what is being typed in the editors (the autosaver then writes it)."""
        session = self.session
        if session is None:
            return
        focused = QApplication.focusWidget()
        if focused is not None:  # a field being typed in commits on focus-out
            focused.clearFocus()
        for editor in self.editors.values():
            pause = getattr(editor, "pause", None)
            if pause is not None:
                pause.commit()
            save = getattr(editor, "save_now", None) or getattr(
                getattr(editor, "section", None), "save_now", None
            )
            if save:
                save()
        session.saver.flush()

    def close_workspace(self) -> bool:
        """Save everything and close; False if something could not be saved (stays open)."""
        session = self.session
        if session is None:
            return True
        self.save_pending()
        while not session.close():
            if not messages.ask(
                self,
                tr("Changes not saved"),
                tr(
                    "Your latest changes could not be saved: {error}\n\nFree disk space or check "
                    "the folder, then try again."
                ).format(error=session.saver.last_error),
                tr("Try Again"),
                tr("Keep Open"),
            ):
                return False
        self.session = None
        self.idle_lock.release()
        self.stack.setCurrentWidget(self.welcome)
        for editor in self.editors.values():
            self.stack.removeWidget(editor)
            editor.deleteLater()
        self.editors = {}
        self.library.load(None)
        self.find.set_workspace(None)
        self.setWindowTitle(tr("Briefing Book"))
        self.welcome.setText(self._welcome_text)
        self.path_label.clear()
        self._update_state()
        self._undo_state()
        session.deleteLater()
        return True

    def _update_state(self) -> None:
        if getattr(self, "idle_lock", None) is not None and self.idle_lock.locked:
            return  # nothing is enabled behind the lock screen
        session = self.session
        for a in getattr(self, "_workspace_actions", []):
            a.setEnabled(session is not None)
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
        if session is not None:
            for a in (
                self.new_meeting_action,
                self.new_person_action,
                self.new_book_action,
                self.delete_action,
                self.import_file_action,
                self.import_paste_action,
                self.ws_settings_action,
            ):
                a.setEnabled(not session.readonly)

    # ------------------------------------------------------------------ records

    def show_editor(self, kind: str) -> QWidget:
        editor = self.editors[kind]
        self.stack.setCurrentWidget(editor)
        return editor

    def open_record(self, kind: str, record_id: int) -> None:
        if self.session is None:
            return
        self.session.saver.flush()
        try:
            if kind == "meeting":
                self.show_editor("meeting").load(record_id)
            elif kind == "person":
                self.show_editor("person").load(record_id)
            elif kind == "book":
                self.show_editor("book").load(record_id)
            elif kind in ("commitment", "tracker"):
                tracker = self.show_editor("tracker")
                tracker.load()
                if record_id:
                    tracker.select(record_id)
            else:
                return
        except KeyError:
            messages.error(self, tr("Not found"), tr("That record no longer exists."))
            self.library.reload(kind)
            return
        if kind != "tracker":
            self.library.select(kind, record_id)

    def go_to_hit(self, kind: str, record_id: int) -> None:
        if self.session is None:
            return
        try:
            where, rid, sub = locate(self.session.ws, kind, record_id)
        except KeyError:
            messages.error(self, tr("Not found"), tr("That record no longer exists."))
            return
        self.open_record(where, rid)
        if where == "meeting" and sub is not None:
            self.editors["meeting"].select_item(sub)
        elif where == "book" and sub is not None:
            self.editors["book"].select_section(sub)

    def new_record(self, kind: str) -> None:
        session = self.session
        if session is None or session.readonly:
            return
        if kind == "meeting":
            country = session.ws.settings.countries[-1] if session.ws.settings.countries else ""
            edit = MeetingEdit(
                None, Meeting(date=dt.date.today(), country=country), text=tr("New meeting")
            )
        elif kind == "person":
            edit = PersonEdit(None, Person([Name(tr("New person"))]), text=tr("New person"))
        elif kind == "book":
            edit = BookEdit(None, Book(title=tr("New briefing book")), text=tr("New book"))
        else:
            return
        if session.push(edit):
            self.open_record(kind, edit.after.id)  # type: ignore[union-attr]

    def delete_current(self) -> None:
        session = self.session
        if session is None or session.readonly:
            return
        editor = self.stack.currentWidget()
        if editor is self.editors.get("meeting") and editor.meeting is not None:
            edit = MeetingEdit(editor.meeting, None, text=tr("Delete meeting"))
            label = editor.meeting.label
        elif editor is self.editors.get("person") and editor.person is not None:
            edit = PersonEdit(editor.person, None, text=tr("Delete person"))
            label = editor.person.display_name
        elif editor is self.editors.get("book") and editor.book is not None:
            edit = BookEdit(editor.book, None, text=tr("Delete book"))
            label = editor.book.title
        else:
            return
        if messages.ask(
            self,
            tr("Delete"),
            tr("Delete “%s”? You can undo this.") % label,
            tr("Delete"),
            tr("Keep"),
        ):
            if session.push(edit):
                self.stack.setCurrentWidget(self.welcome)

    def _record_changed(self, kind: str, record_id: int) -> None:
        self.library.reload(kind)
        if kind == "meeting":
            self.library.reload("commitment")  # links and the source column
        # a record that was undone out of existence cannot stay on screen
        editor = self.stack.currentWidget()
        gone = (
            (editor is self.editors.get("meeting") and editor.meeting is None)
            or (editor is self.editors.get("person") and editor.person is None)
            or (editor is self.editors.get("book") and editor.book is None)
        )
        if gone:
            self.stack.setCurrentWidget(self.welcome)
        elif (
            record_id
            and kind in ("meeting", "person", "book")
            and getattr(self, "_stepping", False)
        ):
            # undo/redo of a record not on screen: show it, so the user sees what changed
            shown = getattr(editor, kind, None)
            if shown is None or getattr(shown, "id", None) != record_id:
                try:
                    self.open_record(kind, record_id)
                except Exception:  # noqa: BLE001 - the record may be gone (undone creation)
                    log.debug("could not show %s %s", kind, record_id, exc_info=True)

    def import_release(self, pasted: bool = False) -> None:
        """File ▸ Import: read, review and create a meeting (ui/importing.py), then show it."""
        if self.session is None:
            return
        from .importing import import_file, import_pasted

        meeting_id = (import_pasted if pasted else import_file)(self, self.session)
        if meeting_id is not None:
            self.open_record("meeting", meeting_id)

    # ------------------------------------------------------------------ misc

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
        from .dialogs.workspace_settings import WorkspaceSettingsDialog

        session.saver.flush()
        edit, ok = WorkspaceSettingsDialog.get_edit(self, session.ws)
        if ok and edit is not None:
            session.push(edit)

    def preferences(self) -> None:
        (delay, reopen, lock), ok = PreferencesDialog.get_preferences(
            self,
            self.settings.autosave_ms,
            self.settings.reopen_last,
            self.settings.idle_lock_minutes,
        )
        if ok:
            self.settings.autosave_ms = delay
            self.settings.reopen_last = reopen
            self.settings.idle_lock_minutes = lock
            self.idle_lock.set_idle_ms(lock * 60_000)
            if self.session is not None:
                self.session.saver.set_delay(delay)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        last = str(self.session.path) if self.session is not None else None
        if not self.close_workspace():
            event.ignore()
            return
        if last is not None:
            self.settings.add_recent(last)
        self.settings.save_layout("main", self.saveGeometry(), self.saveState())
        event.accept()


def _encrypt_leftover_backups(ws: Workspace) -> None:
    """Backups left in clear beside an encrypted workspace are encrypted now (see
    :func:`briefing.encryption.encrypt_plain_backups`); a failure is logged, not fatal."""
    try:
        encrypt_plain_backups(ws.path, ws.passphrase or "")
    except WorkspaceError as exc:
        log.warning("could not encrypt the plaintext backups of %s: %s", ws.path, exc)
