"""Book ▸ Clearance…: where each section stands, requests, answers, clearers and the trail.

The work is :mod:`briefing.clearance`'s; this dialog shows it and asks for what it needs.
Clearance steps are not undoable: the trail is append-only (a request is taken back by
withdrawing it, a final book put back to draft, each a step of its own).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing import clearance
from briefing.errors import BriefingError
from briefing.model import Action, Book, Clearer, Settings
from briefing.model.clearance_words import describe
from ui.book.final import actor
from ui.common import messages
from ui.common.labels import label_of
from ui.i18n import core_locale, said
from ui.session.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RequestDialog(QDialog):
    """Whom to ask, by when, with what note."""

    def __init__(self, settings: Settings, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request Clearance"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("%n section(s) to clear.", "", count)))
        self.boxes: dict[str, QCheckBox] = {}
        for c in settings.clearers:
            box = QCheckBox(c.full)
            self.boxes[c.key] = box
            form.addRow(box)
        self.has_due = QCheckBox(self.tr("&Due by"))
        self.has_due.setChecked(True)
        self.due = QDateEdit(QDate.currentDate().addDays(3))
        self.due.setCalendarPopup(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        form.addRow(self.has_due, self.due)
        self.note = QLineEdit()
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[list[str], dt.date | None, str]:
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return [k for k, b in self.boxes.items() if b.isChecked()], due, self.note.text()

    @classmethod
    def get(
        cls, parent: QWidget, settings: Settings, count: int
    ) -> tuple[tuple[list[str], dt.date | None, str], bool]:
        dialog = cls(settings, count, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), ok


class AnswerDialog(QDialog):
    """A clearer's answer: cleared, cleared with changes, or returned with comments."""

    def __init__(self, asked: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an Answer"))
        form = QFormLayout(self)
        self.clearer = QComboBox()
        for key, label in asked:
            self.clearer.addItem(label, key)
        form.addRow(self.tr("&Clearer"), self.clearer)
        self.action = QComboBox()
        for a in clearance.ANSWERS:
            self.action.addItem(str(a), str(a))
        form.addRow(self.tr("&Answer"), self.action)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Their comments (needed when returned)"))
        form.addRow(self.tr("C&omments"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[str, Action, str]:
        return (
            self.clearer.currentData(),
            Action(self.action.currentData()),
            self.note.toPlainText(),
        )

    @classmethod
    def get(
        cls, parent: QWidget, asked: list[tuple[str, str]]
    ) -> tuple[tuple[str, Action, str], bool]:
        dialog = cls(asked, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), ok


class ClearersDialog(QDialog):
    """The people of the ministry who clear briefs (kept in the workspace's settings)."""

    def __init__(self, clearers: list[Clearer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clearers"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who clears briefs: a key (kept), their name and title.")))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Name"), self.tr("Title")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for c in clearers:
            self._add_row(c.key, c.name, c.title)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(lambda: self._add_row("", "", ""))
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _add_row(self, key: str, name: str, title: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((key, name, title)):
            self.table.setItem(row, col, QTableWidgetItem(text))

    def value(self) -> list[Clearer]:
        out = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(3)]
            key, name, title = (c.text().strip() if c else "" for c in cells)
            if key or name or title:
                out.append(Clearer(key or name.lower().replace(" ", "-"), name, title))
        return out

    @classmethod
    def get(cls, parent: QWidget, clearers: list[Clearer]) -> tuple[list[Clearer], bool]:
        dialog = cls(clearers, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), ok


class ClearanceDialog(QDialog):
    """Where each section of the book stands; request, record answers, see the trail."""

    #: the trail or the book changed (the book's id): the editors refresh
    changed = Signal(int)

    def __init__(self, session: Session, book_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.book_id = book_id
        self.setWindowTitle(self.tr("Clearance"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("clearance-sections")
        self.table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Where it stands")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        split.addWidget(self.table)
        self.trail = QPlainTextEdit()
        self.trail.setObjectName("clearance-trail")
        self.trail.setReadOnly(True)
        split.addWidget(self.trail)
        split.setSizes([300, 160])
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.request_button = QPushButton(self.tr("&Request Clearance…"))
        self.request_button.clicked.connect(self.request)
        self.answer_button = QPushButton(self.tr("Record &Answer…"))
        self.answer_button.clicked.connect(self.answer)
        self.clearers_button = QPushButton(self.tr("C&learers…"))
        self.clearers_button.clicked.connect(self.edit_clearers)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for b in (self.request_button, self.answer_button, self.clearers_button):
            b.setEnabled(not session.readonly)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(820, 560)
        self.refresh()

    def book(self) -> Book:
        return self.session.ws.books.get(self.book_id)

    def refresh(self) -> None:
        ws, book = self.session.ws, self.book()
        today = dt.date.today()
        found = clearance.standings(ws, book)
        self.heading.setText(f"<b>{book.title}</b> — {label_of(book.status)}")
        sections = [s for s in book.sections if clearance.needs_clearance(s)]
        self.table.setRowCount(len(sections))
        for row, s in enumerate(sections):
            title = QTableWidgetItem(s.title)
            title.setData(ID_ROLE, s.id)
            self.table.setItem(row, 0, title)
            state = describe(found[s.id], today, core_locale())  # type: ignore[index]
            self.table.setItem(row, 1, QTableWidgetItem(state))
        self.table.resizeColumnToContents(0)
        lines = []
        for step in ws.clearance.steps(self.book_id):
            where = f"“{step.section_title}”" if step.section_id is not None else self.tr("book")
            who = ", ".join(p for p in (step.clearer_name, step.clearer_title) if p)
            due = ""
            if step.due:
                due = self.tr(", due {date}").format(date=core_locale().date(step.due, short=True))
            note = f": {step.note}" if step.note else ""
            lines.append(
                f"{step.at:%Y-%m-%d %H:%M}Z  {where} {label_of(step.action)}"
                f"{' — ' + who if who else ''}{due} ({step.actor}){note}"
            )
        self.trail.setPlainText("\n".join(lines) or self.tr("No clearance steps yet."))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(ID_ROLE) for r in rows]

    def _run(self, work) -> bool:  # noqa: ANN001
        try:
            work()
        except BriefingError as exc:
            messages.error(self, self.tr("Clearance"), said(exc))
            return False
        self.refresh()
        self.changed.emit(self.book_id)
        return True

    def request(self) -> None:
        ids = self.selected_ids()
        if not ids:
            messages.info(self, self.tr("Clearance"), self.tr("Select the sections to clear."))
            return
        settings = self.session.ws.settings
        if not settings.clearers:
            self.edit_clearers()
            settings = self.session.ws.settings
            if not settings.clearers:
                return
        (keys, due, note), ok = RequestDialog.get(self, settings, len(ids))
        if ok:
            self._run(
                lambda: clearance.request(
                    self.session.ws, self.book_id, ids, keys, due, actor(), note
                )
            )

    def answer(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            messages.info(self, self.tr("Clearance"), self.tr("Select one section."))
            return
        found = clearance.standings(self.session.ws, self.book())[ids[0]]
        asked = [(a.clearer, a.full_label) for a in found.answers]
        if not asked:
            messages.info(
                self, self.tr("Clearance"), self.tr("No one was asked to clear this section.")
            )
            return
        (key, action, note), ok = AnswerDialog.get(self, asked)
        if ok:
            self._run(
                lambda: clearance.answer(
                    self.session.ws, self.book_id, ids[0], key, action, actor(), note
                )
            )

    def edit_clearers(self) -> None:
        settings = self.session.ws.settings
        clearers, ok = ClearersDialog.get(self, settings.clearers)
        if not ok:
            return
        settings.clearers = clearers
        self._run(lambda: self.session.ws.save_settings(settings))
