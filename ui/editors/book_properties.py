"""A book's properties: title, occasion, place, dates, principal, marking, status, paper."""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from briefing.model import Book, BookStatus, Paper, Settings

from .widgets import OptionalDate, PauseCommit, set_text_unless_typing


class BookProperties(QWidget):
    #: (changed copy of the book, description of the change)
    changed = Signal(object, str)

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
        for name, label in labels.items():
            line = QLineEdit()
            line.setObjectName(f"book-{name}")
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
            self.status.addItem(str(s), str(s))
        self.paper = QComboBox()
        for p in Paper:
            self.paper.addItem(str(p), str(p))
        form.addRow(self.tr("C&lassification"), self.classification)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Pap&er"), self.paper)
        self.classification.activated.connect(
            lambda _i: self._set("classification", self.classification.currentData())
        )
        self.status.activated.connect(
            lambda _i: self._set("status", BookStatus(self.status.currentData()))
        )
        self.paper.activated.connect(lambda _i: self._set("paper", Paper(self.paper.currentData())))

    def load(self, book: Book, settings: Settings) -> None:
        self._loading = True
        self.book = book
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
        self._loading = False

    def _line_done(self, name: str) -> None:
        value = self.lines[name].text().strip()
        if name == "title" and not value:
            self.lines[name].setText(self.book.title if self.book else "")
            return
        self._set(name, value)

    def _set(self, name: str, value: object) -> None:
        if self._loading or self.book is None or getattr(self.book, name) == value:
            return
        after = copy.deepcopy(self.book)
        setattr(after, name, value)
        self.changed.emit(after, self.tr("Change book %s") % name.replace("_", " "))
