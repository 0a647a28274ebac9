"""The book editor: properties, outline + section editor + "From the records", programme."""

from __future__ import annotations

import copy
import datetime as dt
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing import clearance
from briefing.compose.scope import book_period
from briefing.edits import BookEdit
from briefing.model import Book, BookStatus, RecordKind, Section, State
from briefing.model.clearance_words import describe
from ui.book.final import set_book_status
from ui.book.from_records import RecordsPanel
from ui.book.outline import OutlinePanel
from ui.book.programme import ProgrammeEditor
from ui.book.properties import BookProperties
from ui.book.section import SectionEditor
from ui.common.settings import AppSettings
from ui.i18n import core_locale
from ui.session.session import Session

log = logging.getLogger(__name__)


class BookEditor(QWidget):
    #: where the user is in the book: a section's anchor ("section-12"), or a field of it
    #: ("section-12-points") while that field has the focus; None without a section
    place_changed = Signal(object)

    def __init__(
        self, session: Session, settings: AppSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.book: Book | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.properties = BookProperties()
        self.outline = OutlinePanel()
        self.section = SectionEditor(session)
        self.records = RecordsPanel()
        self.programme = ProgrammeEditor()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("book-split")
        self.split.addWidget(self.outline)
        self.split.addWidget(self.section)
        self.split.addWidget(self.records)
        self.split.setCollapsible(1, False)  # the text being written never disappears
        self.records.hide()  # until there is room for it (default_sizes), or it is asked for
        self.split.setStretchFactor(1, 1)
        self.split.splitterMoved.connect(lambda _p, _i: self._remember())
        self.records_toggle = QToolButton()
        self.records_toggle.setObjectName("records-toggle")
        self.records_toggle.setCheckable(True)
        self.records_toggle.setText(self.tr("From the &Records"))
        self.records_toggle.setToolTip(
            self.tr(
                "Show or hide what earlier meetings said in this brief's area (Ctrl+Alt+R); "
                "an entry can be inserted into the background"
            )
        )
        self.records_toggle.setShortcut(QKeySequence("Ctrl+Alt+R"))
        self.records_toggle.toggled.connect(self.show_records)
        self.tabs.addTab(self.split, self.tr("&Sections"))
        scroll = QScrollArea()  # the properties, counterparts and scope are taller than a tab
        scroll.setObjectName("book-properties-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.properties)
        self.tabs.addTab(scroll, self.tr("&Properties"))
        self.tabs.addTab(self.programme, self.tr("Pro&gramme"))
        self.tabs.setCornerWidget(self.records_toggle, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda i: self.records_toggle.setVisible(i == 0))
        layout.addWidget(self.tabs)
        self._sized = False

        self.outline.edit_requested.connect(self.push)
        self.properties.edit_requested.connect(self.push)
        self.properties.status_requested.connect(self._status_requested)
        self.outline.section_selected.connect(self._show_section)
        self.records.insert_requested.connect(self.section.append_to_background)
        self.programme.changed.connect(self._programme_changed)
        session.record_changed.connect(self._record_changed)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

    # ------------------------------------------------------------------ the Editor protocol

    @property
    def record(self) -> Book | None:
        return self.book

    @property
    def label(self) -> str:
        return self.book.title if self.book is not None else ""

    def flush(self) -> None:
        self.outline.pause.commit()
        self.properties.pause.commit()
        self.section.save_now()

    def select_part(self, section_id: int) -> None:
        self.select_section(section_id)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        sid = self.section.section_id
        if new is None or sid is None:
            return
        for name, field in self.section.fields.items():
            if new is field:
                self.place_changed.emit(f"section-{sid}-{name}")
                return

    def load(self, book_id: int) -> None:
        self.section.save_now()
        self.book = self.session.ws.books.get(book_id)
        self._refresh(select_first=True)

    def _refresh(self, select_first: bool = False) -> None:
        assert self.book is not None
        settings = self.session.ws.settings
        self.properties.load(self.book, settings, self.session.ws.people.all(), self._period())
        self.programme.load(self.book.programme)
        if select_first:
            self.outline.model.load([])  # forget the previous book's selection
        self.outline.load(self.book, settings, self._clearance())
        readonly = self.session.readonly
        for w in (self.properties, self.programme, self.outline):
            w.setEnabled(not readonly)
        self.outline.view.setEnabled(True)

    def _show_section(self, section: Section | None) -> None:
        if self.book is None:
            return
        self.place_changed.emit(f"section-{section.id}" if section is not None else None)
        if section is not None and section.id == self.section.section_id:
            self.section.title.setText(f"<h3>{section.title}</h3>")
            return
        fresh = None
        if section is not None:  # texts from the store: the outline's copy may be older
            fresh = next(
                (s for s in self.session.ws.books.get(self.book.id).sections if s.id == section.id),
                section,
            )
        self.section.load(self.book.id, fresh)
        self.records.load(self.session.ws, fresh.area if fresh else None)

    def push(self, edit: BookEdit) -> None:
        self.session.push(edit)

    def _programme_changed(self, programme) -> None:  # noqa: ANN001
        if self.book is None:
            return
        after = copy.deepcopy(self.book)
        after.programme = programme
        if after.programme != self.book.programme:
            self.push(BookEdit(self.book, after, text=self.tr("Change programme")))

    def _record_changed(self, kind: str, record_id: int) -> None:
        if self.book is None:
            return
        if kind == RecordKind.BOOK and record_id == self.book.id:
            try:
                self.book = self.session.ws.books.get(record_id)
            except KeyError:  # the book itself was undone away
                self.book = None
                self.section.load(None, None)
                return
            self._refresh()
            if self.outline.current_section_id() is None:
                self._show_section(None)
        elif kind == RecordKind.SETTINGS:  # renamed levels re-mark sections: read the book again
            try:
                self.book = self.session.ws.books.get(self.book.id)
            except KeyError:
                return
            self._refresh()
            sid = self.section.section_id
            area = next((s.area for s in self.book.sections if s.id == sid), None)
            self.records.load(self.session.ws, area)
        elif kind == RecordKind.PERSON:
            self.properties.load(
                self.book, self.session.ws.settings, self.session.ws.people.all(), self._period()
            )
        elif kind in (RecordKind.MEETING, RecordKind.COMMITMENT):
            sid = self.section.section_id
            area = next((s.area for s in self.book.sections if s.id == sid), None)
            self.records.load(self.session.ws, area)

    def _clearance(self) -> dict[int, str]:
        """Where each section sent for clearance stands, in words, for the outline."""
        if self.book is None or self.book.id is None:
            return {}
        today = dt.date.today()
        found = clearance.standings(self.session.ws, self.book)
        loc = core_locale()
        return {
            s.id: describe(found[s.id], today, loc)  # type: ignore[index, misc]
            for s in self.book.sections
            if clearance.needs_clearance(s) and found[s.id].state is not State.NOT_REQUESTED  # type: ignore[index]
        }

    def _status_requested(self, status: BookStatus) -> None:
        """Final and back to draft go through clearance (recorded in the trail), not undo."""
        if self.book is None or self.book.id is None or status == self.book.status:
            return
        self.flush()
        if set_book_status(self, self.session, self.book.id, status):
            self.session.record_changed.emit(RecordKind.BOOK, self.book.id)
        else:
            self.properties.load(
                self.book, self.session.ws.settings, self.session.ws.people.all(), self._period()
            )

    def _period(self):  # noqa: ANN202 - a briefing.model.Period, or None
        """The period the book's scope gives now (it follows the previous book's dates)."""
        if self.book is None:
            return None
        return book_period(self.session.ws, self.book, dt.date.today())

    # ------------------------------------------------------------------ layout

    #: the outline's share of the width, and the records panel's, within these bounds
    OUTLINE = (0.28, 200, 300)
    RECORDS = (0.26, 240, 340)
    ROOMY = 1150  # from this width the records panel shows beside the text by default

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._first_sizes)  # once the window has laid itself out

    def _first_sizes(self) -> None:
        if not self._restore():
            self.default_sizes()

    def default_sizes(self) -> None:
        """The text being written gets what the outline and the records panel leave: the
        records panel only where there is room for it beside the text."""
        width = max(self.split.width(), 1)
        outline = int(min(max(width * self.OUTLINE[0], self.OUTLINE[1]), self.OUTLINE[2]))
        records = 0
        if width >= self.ROOMY:
            records = int(min(max(width * self.RECORDS[0], self.RECORDS[1]), self.RECORDS[2]))
        self.records.setVisible(records > 0)  # hidden, it takes no room and sets no minimum
        self.split.setSizes([outline, max(width - outline - records, 1), records])
        self._sync_toggle()

    def show_records(self, show: bool) -> None:
        """Show or hide "From the records" beside the text (the text keeps what it frees)."""
        if show == self.records.isVisible():
            return
        sizes = self.split.sizes()
        if show:
            wanted = self.RECORDS[1]
            self.records.show()
            sizes = [sizes[0], max(sizes[1] - wanted, 1), wanted]
        else:
            sizes = [sizes[0], sizes[1] + sizes[2], 0]
        self.split.setSizes(sizes)
        if not show:
            self.records.hide()
        self._remember()

    def _sync_toggle(self) -> None:
        shown = self.records.isVisibleTo(self) and self.split.sizes()[2] > 0
        if not shown:
            self.records.hide()
        self.records_toggle.blockSignals(True)
        self.records_toggle.setChecked(shown)
        self.records_toggle.blockSignals(False)

    def _layout_key(self) -> str:
        screen = self.screen().size() if self.screen() is not None else None
        return f"book-split/{screen.width()}x{screen.height()}" if screen else "book-split"

    def _remember(self) -> None:
        self._sync_toggle()
        if self.settings is not None:
            self.settings.save_state(self._layout_key(), self.split.saveState())

    def _restore(self) -> bool:
        state = self.settings.state(self._layout_key()) if self.settings is not None else None
        if state is None or not self.split.restoreState(state):
            return False
        self.records.setVisible(self.split.sizes()[2] > 0)
        self._sync_toggle()
        return True

    def select_section(self, section_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.outline.select_row(self.outline.model.row_of(section_id))
