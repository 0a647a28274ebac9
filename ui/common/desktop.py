"""The app as the desktop sees it: its icon in every size, the .desktop file it belongs to, and
documents the system asks it to open (macOS sends a double-clicked file as an event, not as an
argument)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QIcon

from briefing.files.paths import resource

#: the .desktop file (Linux), the icon's name in the icon theme
DESKTOP_NAME = "briefing-book"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    """The icon from its PNGs (16-512 px, so every scale factor gets a sharp one) and its SVG."""
    folder = resource("icons")
    icon = QIcon()
    for size in ICON_SIZES:
        path = folder / f"{DESKTOP_NAME}-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    svg = folder / f"{DESKTOP_NAME}.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


class _FileOpener(QObject):
    def __init__(self, open_file: Callable[[str], object], parent: QObject) -> None:
        super().__init__(parent)
        self._open = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()
            if path:
                self._open(path)
                return True
        return super().eventFilter(watched, event)


def install(app: QGuiApplication, open_file: Callable[[str], object]) -> None:
    """The window icon, the desktop file name, and ``open_file(path)`` for files the system
    hands over while the app runs."""
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_NAME)
    app.installEventFilter(_FileOpener(open_file, app))
