"""A list of preflight findings, "where — problem", each with an icon for how much it matters.

Shared by the Preflight dock and the export dialog. Activating a row (double-click, Enter)
emits ``chosen(kind, ref)``; where that leads is :mod:`ui.issuing.navigate`'s business.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from briefing.issuing.preflight import Finding

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2

#: How much a finding matters, by what it is about (preflight gives no severity of its own):
#: text no bundled font can draw prints as boxes; a brief or a record that changes the
#: marking or leaves a hole is a fault of the book; an overdue commitment or a missing
#: biography is worth knowing but prints correctly.
SEVERITY = {"book": "error", "section": "warning", "item": "warning"}
ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}
ORDER = {"error": 0, "warning": 1, "info": 2}


def things_to_check(n: int) -> str:
    """ "1 thing to check", "3 things to check"."""
    if n == 1:
        return QCoreApplication.translate("findings", "1 thing to check")
    return QCoreApplication.translate("findings", "%d things to check") % n


def severity(finding: Finding) -> str:
    return SEVERITY.get(finding.kind, "info")


def label(finding: Finding) -> str:
    return f"{finding.where} — {finding.problem}"


class FindingsList(QListWidget):
    #: (kind, ref) of the finding the user wants to fix; ref is None for the book as a whole
    chosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(False)
        self.setToolTip(self.tr("Double-click a finding, or press Enter, to go and fix it"))
        self.findings: list[Finding] = []
        self.itemActivated.connect(self._activated)

    def show_findings(self, findings: list[Finding]) -> None:
        """Most serious first, otherwise in the order preflight found them."""
        ordered = sorted(enumerate(findings), key=lambda pair: (ORDER[severity(pair[1])], pair[0]))
        if [f for _, f in ordered] == self.findings and self.count() == len(self.findings):
            return  # as shown (a check after an edit mostly finds the same): no refill
        self.findings = [f for _, f in ordered]
        current = self.currentItem()
        keep = current.text() if current is not None else None
        self.clear()
        style = self.style()
        icons = {level: QIcon(style.standardIcon(pixmap)) for level, pixmap in ICONS.items()}
        tips = {
            "error": self.tr("Must be fixed: this will not print correctly."),
            "warning": self.tr("Should be fixed before the book is issued."),
            "info": self.tr("Worth knowing; the book prints correctly."),
        }
        for finding in self.findings:
            level = severity(finding)
            item = QListWidgetItem(icons[level], label(finding))
            item.setData(KIND_ROLE, finding.kind)
            item.setData(REF_ROLE, finding.ref)
            item.setToolTip(tips[level])
            self.addItem(item)
        if self.count():  # the same finding stays current after a refresh
            same = self.findItems(keep, Qt.MatchFlag.MatchExactly) if keep else []
            self.setCurrentItem(same[0] if same else self.item(0))

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(str(item.data(KIND_ROLE)), item.data(REF_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # itemActivated fires on Enter only on some platforms' styles; make it certain
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activated(self.currentItem())
            return
        super().keyPressEvent(event)
