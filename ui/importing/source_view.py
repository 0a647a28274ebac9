"""The release as the importer read it, with the source span of every item highlighted."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit, QWidget

from briefing.importers.draft import DraftItem, DraftPerson
from ui.importing.models import KIND_COLOURS

PERSON_COLOUR = "#6a3d9a"


class _Positions:
    """Python string offsets -> QTextDocument positions (UTF-16 code units), and back."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]

    def to_doc(self, offset: int) -> int:
        return offset + bisect_right(self._wide, offset - 1) if self._wide else offset

    def from_doc(self, position: int) -> int:
        if not self._wide:
            return position
        offset = position
        while offset > 0 and self.to_doc(offset) > position:
            offset -= 1
        return offset


class SourceView(QTextEdit):
    """Read-only source text. Each kept item's span has its kind's light colour, a left-out
    item's span is struck through, the current item's span is stronger and scrolled into view.
    Clicking inside a span chooses that item (``item_clicked``)."""

    item_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setAcceptRichText(False)
        self.document().setDocumentMargin(10)
        palette = self.palette()  # a page of paper, also in a dark theme: the colours are light
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
        self.setPalette(palette)
        self._positions = _Positions("")
        self._items: list[DraftItem] = []
        self._people: list[DraftPerson] = []
        self.current = -1
        self.cursorPositionChanged.connect(self._clicked)

    def set_source(self, text: str, items: list[DraftItem], people: list[DraftPerson]) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._positions = _Positions(text)
        self._items, self._people = items, people
        self.current = -1
        self.refresh()

    def show_item(self, row: int) -> None:
        """Make ``row`` the current item: stronger colour, scrolled into view."""
        self.current = row
        self.refresh()
        if 0 <= row < len(self._items):
            self._scroll_to(self._items[row].span)

    def span_of(self, row: int) -> tuple[int, int]:
        """The document positions the item's highlight covers."""
        start, end = self._items[row].span
        return self._positions.to_doc(start), self._positions.to_doc(end)

    def refresh(self) -> None:
        self._mark_people()
        selections = []
        for row, item in enumerate(self._items):
            light, strong = KIND_COLOURS[item.kind]
            fmt = QTextCharFormat()
            if item.keep:
                fmt.setBackground(QColor(strong if row == self.current else light))
            else:
                fmt.setFontStrikeOut(True)
                fmt.setForeground(QColor("#808080"))
                if row == self.current:
                    fmt.setBackground(QColor("#e0e0e0"))
            if row == self.current:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            selections.append(self._selection(item.span, fmt))
        self.setExtraSelections(selections)

    def _mark_people(self) -> None:
        """Participants' names in bold violet, struck through when left out (in the document
        itself: overlapping extra selections would hide them under the items' colours)."""
        for person in self._people:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(PERSON_COLOUR))
            fmt.setFontWeight(QFont.Weight.DemiBold)
            fmt.setFontStrikeOut(not person.keep)
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._positions.to_doc(person.span[0]))
            cursor.setPosition(
                self._positions.to_doc(person.span[1]), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(fmt)

    def _selection(self, span: tuple[int, int], fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._positions.to_doc(span[0]))
        cursor.setPosition(self._positions.to_doc(span[1]), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = fmt  # type: ignore[attr-defined]
        return selection

    def _scroll_to(self, span: tuple[int, int]) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._positions.to_doc(span[0]))
        top = self.cursorRect(cursor).top()
        cursor.setPosition(self._positions.to_doc(span[1]))
        bottom = self.cursorRect(cursor).bottom()
        height = self.viewport().height()
        bar = self.verticalScrollBar()
        if top >= 0 and bottom <= height:
            return  # already in view
        # put the span's start a quarter down the view (or its whole if it fits)
        extra = max(height // 4, 0) if bottom - top < height * 3 // 4 else 10
        bar.setValue(bar.value() + top - extra)

    def _clicked(self) -> None:
        if not self._items:
            return
        position = self._positions.from_doc(self.textCursor().position())
        for row, item in enumerate(self._items):
            if item.span[0] <= position < item.span[1]:
                if row != self.current:
                    self.item_clicked.emit(row)
                return
