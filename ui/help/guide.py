"""Help ▸ User Guide: ``docs/user-guide/index.md`` shown in the app, offline.

The guide is Markdown with screenshots beside it; markdown-it (already used by the core) turns
it into HTML, which a QTextBrowser shows with the pictures from the guide's folder. The folder
is found as the package ``briefing.guide`` (an installed wheel), else beside the code (a
checkout, and the frozen build, which keeps the source tree's layout).
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from markdown_it import MarkdownIt
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImageReader,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
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
        self.browser.setHtml(guide_html(folder))
        self._folder = folder
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
        """Every screenshot as wide as the window allows, never wider than it was taken."""
        room = max(160, self.browser.viewport().width() - 40)
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                image = fragment.charFormat()
                if image.isImageFormat():
                    image = image.toImageFormat()
                    size = QImageReader(str(self._folder / image.name())).size()
                    if size.width() > 0:
                        width = min(room, size.width())
                        image.setWidth(width)
                        image.setHeight(size.height() * width / size.width())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(),
                            QTextCursor.MoveMode.KeepAnchor,
                        )
                        cursor.setCharFormat(image)
                fragments += 1
            block = block.next()

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
