"""The live preview: keeps the preview pane on the book being edited, as the PDF will be.

It watches the window (its host protocol) rather than being called by it: a workspace opened or
closed, a record shown, edits applied (``record_changed``) and text written by the autosaver
(``saved``), and where in the book the user is (``book_place_changed``). A
moment after a change is saved the book is rendered again by a :class:`Renderer` (a process
with its own read-only connection), so the GUI thread only loads the finished bytes (about a
millisecond for 30 pages). An idle lock hides the pane and drops its pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDockWidget

from briefing.model import RecordKind
from ui.i18n import tr
from ui.preview.pane import PreviewPane
from ui.preview.render_process import Failure, Rendering
from ui.preview.renderer import Renderer
from ui.session.session import Session

if TYPE_CHECKING:
    from ui.shell.host import WindowHost

#: what print and similar callers get: the pages, or None and why not
Waiter = Callable[[Rendering | None, str], None]


class LivePreview(QObject):
    #: the previewed book changed (its id, or None)
    book_shown = Signal(object)

    DELAY_MS = 250  # after a save: a burst of saves makes one rendering
    MIN_WIDTH = 380  # a narrower first showing makes the text of a page too small to read

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.pane = PreviewPane()
        self.dock = QDockWidget(tr("Preview"), host.window)
        self.dock.setObjectName("preview-dock")
        self.dock.setWidget(self.pane)
        self.dock.setMinimumWidth(320)
        host.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.hide()  # until asked for (View ▸ Preview); the saved layout may show it
        self.dock.visibilityChanged.connect(self._visibility_changed)

        self.session: Session | None = None
        self.renderer: Renderer | None = None
        self.book_id: int | None = None
        self.latest: Rendering | None = None  # the newest pages of the current book
        self.follow: str | None = None  # the anchor of the section (or field) being edited
        self._jump = False  # go to ``follow`` when the next pages arrive
        self._requested = 0  # the serial of the newest request; older results are stale
        self._dirty = True  # something changed since the newest request
        self._waiters: list[Waiter] = []
        self.print_action: QAction | None = None  # set by install()
        self._locked = False
        self._sized = False  # widened once on first showing if the layout left it narrow
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS)
        self.timer.timeout.connect(self.refresh)

        host.workspace_opened.connect(self.sync)
        host.workspace_closed.connect(self.sync)
        host.record_shown.connect(self._book_changed)
        host.book_place_changed.connect(self._place_changed)
        host.concealed_changed.connect(self._lock_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._show_no_book()

    # ------------------------------------------------------------------ workspace

    def sync(self) -> None:
        """Follow the window's workspace: start a renderer for a new one, stop the old one."""
        session = self.host.session
        if session is self.session:
            return
        self._detach()
        if session is not None:
            self._attach(session)
        self._book_changed()

    def _attach(self, session: Session) -> None:
        self.session = session
        self.renderer = Renderer(session.path, session.ws.passphrase, self)
        self.renderer.started.connect(self._started)
        self.renderer.finished.connect(self._finished)
        self.renderer.failed.connect(self._failed)
        session.record_changed.connect(self._record_changed)
        session.saver.state_changed.connect(self._save_state)

    def _detach(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            for signal, slot in (
                (session.record_changed, self._record_changed),
                (session.saver.state_changed, self._save_state),
            ):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # already gone with the session
                    pass
        self.shutdown()

    def shutdown(self) -> None:
        """Stop the renderer (waits for it) and forget the pages; callers waiting get None."""
        self.timer.stop()
        renderer, self.renderer = self.renderer, None
        if renderer is not None:
            renderer.stop()
            renderer.deleteLater()
        if self.book_id is not None:
            self.book_id = None
            self.book_shown.emit(None)
        self.latest = None
        self._tell_waiters(None, tr("The workspace was closed."))

    # ------------------------------------------------------------------ what to show

    def current_book(self):  # noqa: ANN201 - a briefing.model.Book or None
        return self.host.current_book() if self.session is not None else None

    def _book_changed(self) -> None:
        book = self.current_book()
        book_id = book.id if book is not None else None
        if book_id == self.book_id:
            if book is not None:
                self.pane.set_book(book.title)
            else:
                self._show_no_book()
            return
        self.book_id, self.latest = book_id, None
        self.book_shown.emit(book_id)
        self._dirty = True
        self.timer.stop()
        if self.renderer is not None:
            self.renderer.forget()
        self._tell_waiters(None, tr("Another book was opened."))
        if book is None:
            self._show_no_book()
            return
        self.pane.set_book(book.title)
        if not self._locked:
            self.pane.show_message(tr("Laying out the pages…"))
        self._jump = True
        self.refresh()

    def _show_no_book(self) -> None:
        self.pane.set_book(None)
        self.pane.set_state("")
        if self._locked:
            return
        if self.session is None:
            self.pane.show_message(tr("No workspace is open."))
        else:
            self.pane.show_message(
                tr("No book is open. Open a book from the library to see its pages here.")
            )

    # ------------------------------------------------------------------ changes

    def _record_changed(self, kind: str, _record_id: int) -> None:
        if kind == RecordKind.SETTINGS and self.renderer is not None:
            self.renderer.reload_settings()  # levels, areas and names are cached per connection
        self.changed()

    def _save_state(self, state: str) -> None:
        if state == "saved":
            self.changed()

    def changed(self) -> None:
        """Something was written: render again a moment later (now, if another book is open)."""
        if self.current_book() is None or self.current_book().id != self.book_id:
            self._book_changed()
            return
        book = self.current_book()
        self.pane.set_book(book.title)
        self._dirty = True
        if self._wanted():
            self.pane.set_state(tr("Changed; updating…"))
            self.timer.start()

    def _wanted(self) -> bool:
        return not self._locked and (self.dock.isVisible() or bool(self._waiters))

    def refresh(self) -> None:
        """Ask for the current book's pages now, if anyone is looking."""
        self.timer.stop()
        if self.renderer is None or self.book_id is None or not self._wanted():
            return
        self._dirty = False
        self._requested = self.renderer.request(self.book_id)

    @property
    def up_to_date(self) -> bool:
        return (
            self.latest is not None
            and self.latest.book_id == self.book_id
            and self.latest.serial == self._requested
            and not self._dirty
            and not self.timer.isActive()
        )

    def when_current(self, waiter: Waiter) -> None:
        """Call ``waiter`` with the pages of the current book as saved now (at once if shown)."""
        if self.renderer is None or self.book_id is None:
            waiter(None, tr("No book is open."))
            return
        if self.up_to_date:
            waiter(self.latest, "")
            return
        in_flight = (
            not self._dirty
            and not self.timer.isActive()
            and self._requested > (self.latest.serial if self.latest is not None else 0)
        )
        self._waiters.append(waiter)
        if not in_flight:  # else the rendering on its way is of the book as saved now
            self.refresh()

    def cancel_wait(self, waiter: Waiter) -> None:
        if waiter in self._waiters:
            self._waiters.remove(waiter)

    def _tell_waiters(self, rendering: Rendering | None, why: str) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            waiter(rendering, why)

    # ------------------------------------------------------------------ results

    def _started(self, serial: int) -> None:
        if serial == self._requested:
            self.pane.set_state(tr("Rendering…"))

    def _finished(self, rendering: Rendering, document: QPdfDocument) -> None:
        if rendering.book_id != self.book_id or self._locked:
            return  # another book is open now, or nothing may be shown
        previous = self.latest
        if previous is not None and rendering.serial <= previous.serial:
            return  # stale: newer pages are already shown
        self.latest = rendering
        page = None
        target = rendering.heading_pages.get(self.follow) if self.follow else None
        if target is not None:
            moved = previous is None or previous.heading_pages.get(self.follow) != target
            if self._jump or moved:
                page = target - 1
        self._jump = False
        self.pane.set_book(rendering.title)
        self.pane.show_rendering(rendering, document, page)
        self._show_state()
        if self.up_to_date:
            self._tell_waiters(rendering, "")

    def _show_state(self) -> None:
        if not self.up_to_date:
            self.pane.set_state(tr("Changed; updating…"))
        elif self.latest is not None:
            self.pane.set_state(
                tr("Up to date · %d pages · laid out in %.1f s")
                % (self.latest.pages, self.latest.seconds)
            )

    def _failed(self, failure: Failure) -> None:
        if failure.serial != self._requested or failure.book_id != self.book_id:
            return
        if self._locked:
            return
        self.pane.set_state(tr("Not updated: %s") % failure.message, problem=True)
        if self.pane.rendering is None or self.pane.rendering.book_id != failure.book_id:
            self.pane.show_message(
                tr(
                    "The book could not be laid out.\n\n%s\n\nThe PDF export would fail too; "
                    "change what the message names."
                )
                % failure.message
            )
        self._tell_waiters(None, failure.message)

    # ------------------------------------------------------------------ following the editor

    def _place_changed(self, anchor: str | None) -> None:
        """The user moved to a section of the book (or a field of it): show its page. A field
        whose heading the pages do not have (an empty one) shows its section."""
        book = self.current_book()
        if book is None or book.id != self.book_id:
            self.follow = anchor
            self._book_changed()
            return
        pages = self.latest.heading_pages if self.latest is not None else {}
        if anchor is not None and anchor not in pages and anchor.count("-") > 1:
            section = "-".join(anchor.split("-")[:2])
            anchor = section if self.latest is not None else anchor
        self.go_to(anchor)

    def go_to(self, anchor: str | None) -> None:
        """Show the first page of ``anchor`` (a section, or a field of one) now and after edits."""
        self.follow = anchor
        if anchor is None:
            return
        page = self.latest.heading_pages.get(anchor) if self.latest is not None else None
        if page is not None and self.pane.rendering is self.latest:
            self.pane.go_to_page(page - 1)
        else:
            self._jump = True

    # ------------------------------------------------------------------ dock and lock

    def _visibility_changed(self, visible: bool) -> None:
        if visible and not self._sized:
            self._sized = True
            if self.dock.width() < self.MIN_WIDTH and not self.dock.isFloating():
                self.host.resize_dock(self.dock, self.pane.sizeHint().width())
        if visible and not self._locked and (self._dirty or self.latest is None):
            self.refresh()

    def _lock_changed(self, locked: bool) -> None:
        """Locked: the pages are as sensitive as the editors, so they go (the window hides the
        dock and shows it again)."""
        self._locked = locked
        if locked:
            self.timer.stop()
            if self.renderer is not None:
                self.renderer.forget()
            self._tell_waiters(None, tr("The workspace is locked."))
            self.latest = None
            self.pane.show_message(tr("Locked."))
            self.pane.set_state("")
            return
        self._dirty = True
        self._jump = True
        if self.host.session is None:  # closed while locked: sync() clears up next
            return
        if self.book_id is None:
            self._show_no_book()
        else:
            self.pane.show_message(tr("Laying out the pages…"))
            self.refresh()
