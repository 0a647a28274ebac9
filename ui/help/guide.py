"""Help ▸ User Guide: ``docs/user-guide/index.md`` shown in the app, offline.

The guide is Markdown with screenshots beside it; markdown-it (already used by the core) turns
it into HTML, which a QTextBrowser shows with the pictures from the guide's folder. The folder
is found as the package ``briefing.guide`` (an installed wheel), else beside the code (a
checkout, and the frozen build, which keeps the source tree's layout).
"""

from __future__ import annotations

import html
import importlib.resources
import re
from pathlib import Path

from markdown_it import MarkdownIt
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

GUIDE = "index.md"
_IMAGE = re.compile(r'<img src="([^"]+)"')
_STYLE = """
body { font-size: 11pt; }
h1 { color: #1d3c63; } h2 { color: #1d3c63; margin-top: 18px; }
code { background: #eef2f6; }
td, th { padding: 3px 8px; border: 1px solid #b9c7d8; }
"""


def guide_dir() -> Path:
    try:
        found = Path(str(importlib.resources.files("briefing.guide")))
        if (found / GUIDE).is_file():
            return found
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "docs" / "user-guide"


def guide_html(folder: Path | None = None) -> str:
    """The guide as HTML; an explanation instead if it is missing (a broken install)."""
    folder = folder or guide_dir()
    try:
        text = (folder / GUIDE).read_text(encoding="utf-8")
    except OSError as exc:
        return (
            "<h1>User Guide</h1><p>The guide is not in this installation "
            f"({folder / GUIDE}: {exc.strerror or exc}). Reinstall Briefing Book.</p>"
        )
    md = MarkdownIt("commonmark").enable("table")
    return md.render(text)


class GuideWindow(QDialog):
    """A window beside the main one (not modal), so the guide stays open while working."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user-guide")
        self.setWindowTitle(self.tr("Briefing Book — User Guide"))
        self.setModal(False)
        self.resize(880, 760)
        folder = guide_dir()
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide-text")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._external)
        self.browser.setSearchPaths([str(folder)])
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self._html = guide_html(folder)
        self._folder = folder
        self._originals: dict[str, QImage] = {}
        self._room = 0  # the width the pictures were last fitted to
        self.browser.setHtml(self._html)
        self._fit = QTimer(self, singleShot=True, interval=50, timeout=self.fit_images)
        home = QPushButton(self.tr("&Top"))
        home.clicked.connect(lambda: self.browser.verticalScrollBar().setValue(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(home, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit_images()

    def fit_images(self) -> None:
        """Lay the guide out again with every screenshot as wide as the window allows, never
        wider than it was taken, scaled smoothly here (the text browser would drop every other
        pixel) at the screen's pixel ratio, so its text stays legible. Keeps the place read."""
        room = max(160, self.browser.viewport().width() - 40)
        if room == self._room:
            return
        self._room = room
        ratio = self.browser.devicePixelRatioF()
        document = self.browser.document()
        bar = self.browser.verticalScrollBar()
        place = bar.value() / bar.maximum() if bar.maximum() else 0.0

        def sized(match: re.Match) -> str:
            name = html.unescape(match.group(1))
            original = self._originals.get(name)
            if original is None:
                original = self._originals[name] = QImage(str(self._folder / name))
            if original.isNull():
                return match.group(0)
            width = min(room, original.width())
            scaled = original.scaledToWidth(
                round(width * ratio), Qt.TransformationMode.SmoothTransformation
            )
            scaled.setDevicePixelRatio(ratio)
            url = document.baseUrl().resolved(QUrl(name))
            document.addResource(QTextDocument.ResourceType.ImageResource, url, scaled)
            height = round(original.height() * width / original.width())
            return f'{match.group(0)} width="{width}" height="{height}"'

        self.browser.setHtml(_IMAGE.sub(sized, self._html))
        bar.setValue(round(place * bar.maximum()))

    def _external(self, url: QUrl) -> None:
        """Links to anchors stay here; a link out (there should be none) goes to the system."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


_open: list[GuideWindow] = []


def show_guide(parent: QWidget | None) -> GuideWindow:
    """Show the guide (the one already open, if any) and bring it to the front."""
    window = next((w for w in _open if w.parent() is parent), None)
    if window is None:
        window = GuideWindow(parent)
        _open.append(window)
        window.destroyed.connect(lambda *_: _open.remove(window) if window in _open else None)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
