"""A visible focus for keyboard users: Fusion draws no focus frame on tool buttons (the outline's
Add/Remove/Move, the formatting bar, "From the Records"), so Tab seemed to go nowhere."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionComplex, QWidget


class FocusStyle(QProxyStyle):
    """The platform style, plus a highlight-coloured frame round a tool button that has the
    keyboard focus."""

    def drawComplexControl(  # noqa: N802 - Qt's name
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ToolButton and (
            option.state & QStyle.StateFlag.State_HasFocus
        ):
            painter.save()
            pen = QPen(option.palette.highlight().color())
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRoundedRect(option.rect.adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()


def install(app) -> None:  # noqa: ANN001
    """Wrap the application's style (once)."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(app.style().name()))
