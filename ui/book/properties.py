"""A book's properties: title, occasion, place, dates, principal, marking, status, paper, its
counterparts and its scope (the period it covers and the rule of each generated part)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.edits import FieldEdit, add_counterpart, move_counterpart, remove_counterpart
from briefing.i18n import LANGUAGES, NATIVE_DIGITS
from briefing.model import (
    Book,
    BookStatus,
    CommitmentRule,
    Paper,
    Period,
    Person,
    RecordKind,
    Settings,
    SourcesRule,
    TrackerRule,
)
from ui.book.scope import ScopeBox
from ui.common.labels import label_of
from ui.common.pick_person import PersonPickerDialog, person_label
from ui.common.widgets import OptionalDate, PauseCommit, set_text_unless_typing, tab_in_order

#: how each scope field's widget value becomes the model's
_SCOPE_VALUES = {
    "commitments": CommitmentRule,
    "sources": SourcesRule,
    "tracker": TrackerRule,
    "contents_depth": int,
    "last_discussed": int,
    "page_budget": int,
}


class BookProperties(QWidget):
    #: a ready edit of the book (briefing.edits.BookEdit): the counterparts
    edit_requested = Signal(object)
    #: the user chose another status (a BookStatus): final needs clearance, so the editor
    #: takes it through briefing.clearance rather than as an undoable edit
    status_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book: Book | None = None
        self._loading = False
        form = QFormLayout(self)
        self.lines: dict[str, QLineEdit] = {}
        labels = {
            "title": self.tr("&Title"),
            "occasion": self.tr("&Occasion"),
            "place": self.tr("&Place"),
            "principal": self.tr("P&rincipal"),
            "caveat": self.tr("Handling &caveat"),
            "prepared_by": self.tr("Prepared &by"),
        }
        tips = {
            "title": self.tr("The title on the cover, e.g. “Official Visit of … to …”"),
            "occasion": self.tr("What the visit is: an official visit, a summit's margins …"),
            "place": self.tr("Where the visit takes place"),
            "principal": self.tr("Who the book is for: the Prime Minister, the Minister …"),
            "caveat": self.tr("Printed after the marking on every page, e.g. EYES ONLY"),
            "prepared_by": self.tr("The office that prepared the book, on the cover"),
        }
        for name, label in labels.items():
            line = QLineEdit()
            line.setObjectName(f"book-{name}")
            line.setToolTip(tips[name])
            line.editingFinished.connect(lambda n=name: self._line_done(n))
            self.lines[name] = line
            form.addRow(label, line)
        self.pause = PauseCommit(self)
        self.pause.watch(*self.lines.values())
        self.start = OptionalDate(self.tr("from"))
        self.end = OptionalDate(self.tr("to"))
        self.start.changed.connect(lambda: self._set("start_date", self.start.value()))
        self.end.changed.connect(lambda: self._set("end_date", self.end.value()))
        form.insertRow(3, self.tr("Dates"), self.start)
        form.insertRow(4, "", self.end)
        self.classification = QComboBox()
        self.status = QComboBox()
        for s in BookStatus:
            self.status.addItem(label_of(s), str(s))
        self.paper = QComboBox()
        for p in Paper:
            self.paper.addItem(label_of(p), str(p))
        form.addRow(self.tr("C&lassification"), self.classification)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Pap&er"), self.paper)
        form.addRow(self.tr("Lan&guage"), self._language_row())
        self.classification.activated.connect(
            lambda _i: self._set("classification", self.classification.currentData())
        )
        self.status.activated.connect(
            lambda _i: (
                self._loading or self.status_requested.emit(BookStatus(self.status.currentData()))
            )
        )
        self.paper.activated.connect(lambda _i: self._set("paper", Paper(self.paper.currentData())))
        self.people: list[Person] = []
        form.addRow(self.tr("C&ounterparts"), self._counterparts_box())
        self.scope = ScopeBox()
        self.scope.changed.connect(self._set_scope)
        form.addRow(self.scope)
        lines = self.lines
        tab_in_order(
            [
                lines["title"], lines["occasion"], lines["place"], self.start, self.end,
                lines["principal"], lines["caveat"], lines["prepared_by"], self.classification,
                self.status, self.paper, self.language, self.native_digits, self.counterparts,
                self.add_counterpart, self.remove_counterpart, self.counterpart_up,
                self.counterpart_down, self.scope,
            ]
        )  # fmt: skip

    def _language_row(self) -> QWidget:
        """The language of every word the book generates, and its own digits (Khmer ០–៩)."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.language = QComboBox()
        self.language.setObjectName("book-language")
        self.language.setToolTip(
            self.tr("The language of the headings, dates, page numbers and tables the book prints")
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.native_digits = QCheckBox(self.tr("Its own &digits"))
        self.native_digits.setObjectName("book-native-digits")
        self.native_digits.setToolTip(self.tr("Numbers in the language's digits: ១២៣ in Khmer"))
        self.language.activated.connect(
            lambda _i: self._set("language", self.language.currentData())
        )
        self.native_digits.clicked.connect(lambda on: self._set("native_digits", bool(on)))
        row.addWidget(self.language, 1)
        row.addWidget(self.native_digits)
        return box

    def _counterparts_box(self) -> QWidget:
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("People whose biographies go in the annex, in this order."))
        hint.setObjectName("hint")
        hint.setEnabled(False)
        row = QHBoxLayout()
        self.counterparts = QListWidget()
        self.counterparts.setObjectName("counterparts")
        self.counterparts.setMinimumHeight(120)
        self.counterparts.setMaximumHeight(220)  # a handful of people; not the whole tab
        self.counterparts.currentRowChanged.connect(lambda _r: self._update_buttons())
        buttons = QVBoxLayout()
        self.add_counterpart = QPushButton(self.tr("&Add…"))
        self.add_counterpart.setObjectName("counterpart-add")
        self.remove_counterpart = QPushButton(self.tr("Re&move"))
        self.remove_counterpart.setObjectName("counterpart-remove")
        self.counterpart_up = QPushButton("▲")
        self.counterpart_up.setToolTip(self.tr("Move up"))
        self.counterpart_down = QPushButton("▼")
        self.counterpart_down.setToolTip(self.tr("Move down"))
        for b in (
            self.add_counterpart,
            self.remove_counterpart,
            self.counterpart_up,
            self.counterpart_down,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.add_counterpart.clicked.connect(self._add_counterpart)
        self.remove_counterpart.clicked.connect(self._remove_counterpart)
        self.counterpart_up.clicked.connect(lambda: self._move_counterpart(-1))
        self.counterpart_down.clicked.connect(lambda: self._move_counterpart(+1))
        row.addWidget(self.counterparts, 1, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        outer.addWidget(hint)
        outer.addLayout(row)
        return box

    def load(
        self,
        book: Book,
        settings: Settings,
        people: list[Person] | None = None,
        period: Period | None = None,
    ) -> None:
        """Show ``book``; ``period``: the one its scope gives now (shown under its start)."""
        self._loading = True
        self.book = book
        if people is not None:
            self.people = people
        self._fill_counterparts()
        for name, line in self.lines.items():
            set_text_unless_typing(line, getattr(book, name))
        self.start.set_value(book.start_date)
        self.end.set_value(book.end_date)
        self.classification.clear()
        self.classification.addItem(self.tr("(lowest)"), "")
        for level in settings.classification.levels:
            self.classification.addItem(level, level)
        self.classification.setCurrentIndex(
            max(0, self.classification.findData(book.classification))
        )
        self.status.setCurrentIndex(max(0, self.status.findData(str(book.status))))
        self.paper.setCurrentIndex(max(0, self.paper.findData(str(book.paper))))
        self.language.setCurrentIndex(max(0, self.language.findData(book.language)))
        self.native_digits.setChecked(book.native_digits)
        self.native_digits.setEnabled(book.language in NATIVE_DIGITS)
        self.scope.load(book.scope, period)
        self._loading = False

    # ------------------------------------------------------------------ counterparts

    def _fill_counterparts(self) -> None:
        assert self.book is not None
        row = self.counterparts.currentRow()
        self.counterparts.clear()
        by_id = {p.id: p for p in self.people}
        for pid in self.book.counterparts:
            person = by_id.get(pid)
            item = QListWidgetItem(person_label(person) if person else f"#{pid}")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.counterparts.addItem(item)
        if self.counterparts.count():
            self.counterparts.setCurrentRow(max(0, min(row, self.counterparts.count() - 1)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.counterparts.currentRow(), self.counterparts.count()
        self.remove_counterpart.setEnabled(row >= 0)
        self.counterpart_up.setEnabled(row > 0)
        self.counterpart_down.setEnabled(0 <= row < count - 1)

    def _add_counterpart(self) -> None:
        if self.book is None:
            return
        pid, ok = PersonPickerDialog.get_person(
            self, self.people, self.tr("Add counterpart"), set(self.book.counterparts)
        )
        if ok and pid is not None:
            self.edit_requested.emit(add_counterpart(self.book, pid))
            self.counterparts.setCurrentRow(self.counterparts.count() - 1)

    def _remove_counterpart(self) -> None:
        row = self.counterparts.currentRow()
        if self.book is None or row < 0:
            return
        self.edit_requested.emit(remove_counterpart(self.book, self.book.counterparts[row]))

    def _move_counterpart(self, step: int) -> None:
        row = self.counterparts.currentRow()
        if self.book is None or not (0 <= row + step < len(self.book.counterparts)) or row < 0:
            return
        self.edit_requested.emit(move_counterpart(self.book, row, row + step))
        self.counterparts.setCurrentRow(row + step)
        self._update_buttons()

    def _line_done(self, name: str) -> None:
        value = self.lines[name].text().strip()
        if name == "title" and not value:
            self.lines[name].setText(self.book.title if self.book else "")
            return
        self._set(name, value)

    def _set_scope(self, name: str, value: object) -> None:
        """One rule of the scope: saved with the book's scope, one undo step per rule."""
        if self._loading or self.book is None:
            return
        if value is not None and name in _SCOPE_VALUES:
            value = _SCOPE_VALUES[name](value)
        before = self.book.scope
        if getattr(before, name) == value:
            return
        self.edit_requested.emit(
            FieldEdit(
                RecordKind.BOOK,
                self.book.id,
                "scope",
                before,
                dataclasses.replace(before, **{name: value}),
                text=self.tr("Change book scope (%s)") % name.replace("_", " "),
                merge_key=f"book:{self.book.id}:scope:{name}",
            )
        )

    def _set(self, name: str, value: object) -> None:
        """One property of the book: saved alone, one undo step."""
        if self._loading or self.book is None or getattr(self.book, name) == value:
            return
        self.edit_requested.emit(
            FieldEdit(
                RecordKind.BOOK,
                self.book.id,
                name,
                getattr(self.book, name),
                value,
                text=self.tr("Change book %s") % name.replace("_", " "),
            )
        )
