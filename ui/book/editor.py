"""The book editor: properties, outline + section editor + "From the records", programme."""

from __future__ import annotations

import copy
import datetime as dt
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.compose.scope import book_period
from briefing.edits import BookEdit
from briefing.model import Book, RecordKind, Section
from ui.book.from_records import RecordsPanel
from ui.book.outline import OutlinePanel
from ui.book.programme import ProgrammeEditor
from ui.book.properties import BookProperties
from ui.book.section import SectionEditor
from ui.session.session import Session

log = logging.getLogger(__name__)


class BookEditor(QWidget):
    #: where the user is in the book: a section's anchor ("section-12"), or a field of it
    #: ("section-12-points") while that field has the focus; None without a section
    place_changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.book: Book | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.properties = BookProperties()
        self.outline = OutlinePanel()
        self.section = SectionEditor(session)
        self.records = RecordsPanel()
        self.programme = ProgrammeEditor()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("book-split")
        split.addWidget(self.outline)
        split.addWidget(self.section)
        split.addWidget(self.records)
        split.setSizes([260, 560, 300])
        self.tabs.addTab(split, self.tr("&Sections"))
        scroll = QScrollArea()  # the properties, counterparts and scope are taller than a tab
        scroll.setObjectName("book-properties-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.properties)
        self.tabs.addTab(scroll, self.tr("&Properties"))
        self.tabs.addTab(self.programme, self.tr("Pro&gramme"))
        layout.addWidget(self.tabs)

        self.outline.edit_requested.connect(self.push)
        self.properties.edit_requested.connect(self.push)
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
        self.outline.load(self.book, settings)
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

    def _period(self):  # noqa: ANN202 - a briefing.model.Period, or None
        """The period the book's scope gives now (it follows the previous book's dates)."""
        if self.book is None:
            return None
        return book_period(self.session.ws, self.book, dt.date.today())

    def select_section(self, section_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.outline.select_row(self.outline.model.row_of(section_id))
