"""Help ▸ About Briefing Book: the version, and every bundled library and font with its licence,
as :mod:`briefing.about` reads them from the distributions' metadata and the font files."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing import about
from briefing.export.fonts import bundled_font_paths
from ui.common.desktop import app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About Briefing Book"))
        self.resize(760, 600)
        self.libraries = about.libraries()
        self.fonts = about.fonts([p for p in bundled_font_paths() if p.is_file()])
        own = next((c for c in self.libraries if about.normalise(c.name) == about.DIST_NAME), None)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(
            "<h2 style='margin:0'>Briefing Book</h2>"
            + self.tr("Version {version}").format(version=about.app_version())
            + "<br>"
            + self.tr("Briefing books for high-level visits, from the records of past meetings.")
            + "<br>"
            + self.tr("Licence: {licence}. Qt {qt}, Python {python}.").format(
                licence=own.licence if own else "?",
                qt=qVersion(),
                python=self.libraries[-1].version,
            )
        )
        title.setObjectName("about-title")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("about-tabs")
        self.library_list = self._page(self.libraries, self.tr("&Libraries"), "libraries")
        self.font_list = self._page(self.fonts, self.tr("&Fonts"), "fonts")
        note = QLabel(
            self.tr(
                "Read from the installed packages' metadata and the font files themselves. "
                "Select an entry for its copyright and licence text."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _page(self, components: list[about.Component], title: str, name: str) -> QTreeWidget:
        listing = QTreeWidget()
        listing.setObjectName(f"about-{name}")
        listing.setRootIsDecorated(False)
        listing.setHeaderLabels([self.tr("Name"), self.tr("Version"), self.tr("Licence")])
        for component in components:
            QTreeWidgetItem(listing, [component.name, component.version, component.licence])
        header = listing.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        text = QPlainTextEdit()
        text.setObjectName(f"about-{name}-text")
        text.setReadOnly(True)
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        listing.currentItemChanged.connect(
            lambda item, _old: text.setPlainText(
                describe(components[listing.indexOfTopLevelItem(item)]) if item else ""
            )
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(listing)
        split.addWidget(text)
        split.setSizes([220, 260])
        self.tabs.addTab(split, title)
        if components:
            listing.setCurrentItem(listing.topLevelItem(0))
        return listing

    @classmethod
    def show_about(cls, parent: QWidget | None) -> None:
        cls(parent).exec()


def describe(component: about.Component) -> str:
    """What the text pane shows for one entry: what it is, its copyright, its licence texts."""
    lines = [f"{component.name} {component.version}"]
    if component.summary:
        lines.append(component.summary)
    if component.copyright:
        lines.append(component.copyright)
    lines.append(f"Licence: {component.licence or 'not stated in its metadata'}")
    for name, text in component.texts:
        lines += ["", f"──── {name} ────", text.rstrip()]
    if not component.texts:
        lines += ["", "(No licence file is included in its metadata.)"]
    return "\n".join(lines)
