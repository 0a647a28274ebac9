"""Lists and tables that say what to do when they are empty, instead of showing nothing."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView, QTreeView


class _Hint:
    """Paints ``hint`` in the middle of an empty view (a mixin for item views)."""

    hint = ""

    def set_hint(self, text: str) -> None:
        self.hint = text
        self.viewport().update()

    def is_empty(self) -> bool:
        model = self.model()
        return model is None or model.rowCount(self.rootIndex()) == 0

    def paint_hint(self: QAbstractItemView) -> None:
        if not self.hint or not self.is_empty():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        margin = 12
        area = QRect(self.viewport().rect()).adjusted(margin, margin, -margin, -margin)
        painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, self.hint)
        painter.end()


class HintListView(_Hint, QListView):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        self.paint_hint()


class HintTableView(_Hint, QTableView):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        self.paint_hint()


class HintTreeView(_Hint, QTreeView):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        self.paint_hint()
