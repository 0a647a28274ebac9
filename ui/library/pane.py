"""The library pane: meetings (filtered, newest first), people, commitments, books."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.clearance import book_summary
from briefing.model import RecordKind
from briefing.store import Workspace
from ui.common.dates import shown_date
from ui.common.hint_view import HintListView
from ui.common.labels import label_of
from ui.common.rows import ID_ROLE, Row, RowListModel
from ui.i18n import core_locale
from ui.library.meetings import MeetingListModel


class LibraryPane(QTabWidget):
    #: (kind, id): meeting | person | commitment | book | tracker (id 0)
    open_requested = Signal(str, int)
    new_requested = Signal(str)

    MEETINGS, PEOPLE, COMMITMENTS, BOOKS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.ws: Workspace | None = None

        # meetings, with filters
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)
        grid = QGridLayout()
        self.text = QLineEdit()
        self.text.setObjectName("meeting-filter-text")
        self.text.setPlaceholderText(self.tr("Filter: place, occasion, title"))
        self.text.setClearButtonEnabled(True)
        self.area = QComboBox()
        self.area.setObjectName("meeting-filter-area")
        self.side = QComboBox()
        self.side.setObjectName("meeting-filter-side")
        self.year = QComboBox()
        self.year.setObjectName("meeting-filter-year")
        grid.addWidget(self.text, 0, 0, 1, 3)
        grid.addWidget(self.area, 1, 0)
        grid.addWidget(self.side, 1, 1)
        grid.addWidget(self.year, 1, 2)
        layout.addLayout(grid)
        self.meetings = MeetingListModel(self)
        self.meeting_view = self._view(self.meetings, "meeting-list", "meeting")
        layout.addWidget(self.meeting_view, 1)
        self.meeting_count = QLabel()
        layout.addWidget(self.meeting_count)
        layout.addWidget(self._new_button(self.tr("New meeting"), "meeting"))
        self.addTab(page, self.tr("&Meetings"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload_meetings)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.area, self.side, self.year):
            combo.activated.connect(lambda _i: self.reload_meetings())

        self.people = RowListModel(self)
        self.commitments = RowListModel(self, batch=200)
        self.books = RowListModel(self)
        for model, name, kind, title, new in (
            (self.people, "people-list", "person", self.tr("&People"), self.tr("New person")),
            (
                self.commitments,
                "commitment-list",
                "commitment",
                self.tr("&Commitments"),
                self.tr("Open tracker"),
            ),
            (self.books, "book-list", "book", self.tr("&Books"), self.tr("New book")),
        ):
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(2, 2, 2, 2)
            layout.addWidget(self._view(model, name, kind), 1)
            if kind == RecordKind.COMMITMENT:
                button = QPushButton(new)
                button.clicked.connect(lambda: self.open_requested.emit("tracker", 0))
                layout.addWidget(button)
            else:
                layout.addWidget(self._new_button(new, kind))
            self.addTab(page, title)
        for key, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):  # as in browsers and editors
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_tab(s))
        self._hints()

    def step_tab(self, step: int) -> None:
        """The next (or previous) tab, round; the list there gets the focus."""
        self.setCurrentIndex((self.currentIndex() + step) % self.count())
        kinds = ("meeting", "person", "commitment", "book")
        self.view_for(kinds[self.currentIndex()]).setFocus()

    def _view(self, model, name: str, kind: str) -> QListView:  # noqa: ANN001
        view = HintListView()
        view.setObjectName(name)
        view.setModel(model)
        view.setUniformItemSizes(True)
        view.setAlternatingRowColors(True)

        def open_index(index: QModelIndex) -> None:
            if index.isValid():
                self.open_requested.emit(kind, int(index.data(ID_ROLE)))

        view.activated.connect(open_index)
        view.clicked.connect(open_index)
        view.selectionModel().currentChanged.connect(lambda cur, _prev: open_index(cur))
        return view

    def _new_button(self, text: str, kind: str) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: self.new_requested.emit(kind))
        return button

    # ------------------------------------------------------------------ loading

    def load(self, ws: Workspace | None) -> None:
        self.ws = ws
        for combo, first, values in (
            (
                self.area,
                self.tr("All areas"),
                [(a.name, a.key) for a in ws.settings.areas] if ws else [],
            ),
            (self.side, self.tr("All sides"), [(s, s) for s in ws.settings.sides()] if ws else []),
            (self.year, self.tr("All years"), []),
        ):
            combo.clear()
            combo.addItem(first, "")
            for label, data in values:
                combo.addItem(label, data)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.reload_meetings()
        for y in ws.meetings.years() if ws is not None else []:
            self.year.addItem(str(y), y)
        self.reload("person")
        self.reload("commitment")
        self.reload("book")
        self._hints()

    def _hints(self) -> None:
        """What an empty list says: how to fill it (or that no workspace is open)."""
        if self.ws is None:
            none = self.tr("No workspace is open.")
            for view in self._views():
                view.set_hint(none)
            return
        filtered = bool(self.text.text() or any(
            c.currentIndex() > 0 for c in (self.area, self.side, self.year)
        ))  # fmt: skip
        self.meeting_view.set_hint(
            self.tr("No meeting matches these filters.")
            if filtered
            else self.tr(
                "No meetings yet. Import a press release (Ctrl+Shift+I), or record one with "
                "New meeting."
            )
        )
        hints = {
            "person": self.tr(
                "No people yet. They are added when a release is imported, or with New person."
            ),
            "commitment": self.tr(
                "No commitments tracked yet. In a meeting, choose a pledge or an agreement and "
                "Track as Commitment (Ctrl+Shift+K)."
            ),
            "book": self.tr("No books yet. New book starts the book for the next visit."),
        }
        for kind, hint in hints.items():
            self.view_for(kind).set_hint(hint)

    def _views(self) -> list:
        return [self.meeting_view, *(self.view_for(k) for k in ("person", "commitment", "book"))]

    def reload_meetings(self) -> None:
        if self.ws is not None:
            self._hints()
        if self.ws is None:
            self.meetings.load(None)
            self.meeting_count.setText("")
            return
        self.meetings.load(
            self.ws,
            text=self.text.text().strip(),
            area=self.area.currentData(),
            side=self.side.currentData(),
            year=self.year.currentData(),
        )
        self.meeting_count.setText(self.tr("%n meeting(s)", "", self.meetings.total()))

    def reload_settings(self) -> None:
        """Area names and sides changed: refill the filters, keeping what is chosen."""
        ws = self.ws
        if ws is None:
            return
        for combo, values in (
            (self.area, [(a.name, a.key) for a in ws.settings.areas]),
            (self.side, [(s, s) for s in ws.settings.sides()]),
        ):
            chosen = combo.currentData()
            first = combo.itemText(0)
            combo.clear()
            combo.addItem(first, "")
            for label, data in values:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.reload_meetings()

    def reload(self, kind: str) -> None:
        ws = self.ws
        if kind == RecordKind.SETTINGS:
            self.reload_settings()
        elif kind == RecordKind.MEETING:
            self.reload_meetings()
        elif kind == RecordKind.PERSON:
            rows = []
            if ws is not None:
                for p in sorted(ws.people.all(), key=lambda p: (p.side, p.display_name.lower())):
                    others = " / ".join(n.text for n in p.names if n.script != "Latn")
                    text = p.display_name + (f"  {others}" if others else "")
                    rows.append(
                        Row(p.id or 0, text, f"{p.honorific} {p.display_name} ({p.side})", "person")
                    )
            self.people.set_rows(rows)
        elif kind == RecordKind.COMMITMENT:
            rows = []
            if ws is not None:
                today = dt.date.today()
                for c in ws.commitments.table_rows():  # one query, no notes
                    overdue = c.is_overdue(today)
                    due = self.tr(", due %s") % shown_date(c.due) if c.due else ""
                    late = self.tr(" — OVERDUE") if overdue else ""
                    rows.append(
                        Row(
                            c.id or 0,
                            f"[{label_of(c.status)}] {c.text}",
                            f"{c.owed_by}{due}{late}",
                            "commitment",
                            mark="overdue" if overdue else "",
                        )
                    )
            self.commitments.set_rows(rows)
        elif kind == RecordKind.BOOK:
            rows = []
            if ws is not None:
                today = dt.date.today()
                for book_id, title, status, start in ws.books.summaries():
                    where, lines = book_summary(ws, book_id, today, core_locale())
                    status = label_of(status)
                    label = f"{title} ({status}{' · ' + where if where else ''})"
                    tip = "\n".join([start or "", *lines]).strip()
                    rows.append(Row(book_id, label, tip, "book"))
            self.books.set_rows(rows)

    def select(self, kind: str, record_id: int) -> None:
        """Show a record as current in its list without re-opening it."""
        tab, model, view = {
            "meeting": (self.MEETINGS, self.meetings, self.meeting_view),
            "person": (self.PEOPLE, self.people, self.widget(self.PEOPLE).findChild(QListView)),
            "commitment": (
                self.COMMITMENTS,
                self.commitments,
                self.widget(self.COMMITMENTS).findChild(QListView),
            ),
            "book": (self.BOOKS, self.books, self.widget(self.BOOKS).findChild(QListView)),
        }[kind]
        row = model.row_of(record_id)
        self.blockSignals(True)
        self.setCurrentIndex(tab)
        self.blockSignals(False)
        if row >= 0 and view is not None:
            view.selectionModel().blockSignals(True)
            view.setCurrentIndex(model.index(row, 0))
            view.selectionModel().blockSignals(False)
            view.scrollTo(model.index(row, 0))

    def view_for(self, kind: str) -> QListView:
        names = {
            "meeting": "meeting-list",
            "person": "people-list",
            "commitment": "commitment-list",
            "book": "book-list",
        }
        return self.findChild(QListView, names[kind])
