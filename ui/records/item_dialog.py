"""Add or edit one meeting item: area, side, kind, classification, text."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from briefing.model import Item, ItemKind, Settings
from ui.common import spelling
from ui.common.labels import label_of


class ItemDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings, item: Item) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting item"))
        self.item = copy.deepcopy(item)
        form = QFormLayout(self)
        self.area = QComboBox()
        for area in settings.areas:
            self.area.addItem(area.name, area.key)
        self.area.setCurrentIndex(max(0, self.area.findData(item.area)))
        self.side = QComboBox()
        self.side.setEditable(True)
        self.side.addItems(settings.sides())
        self.side.setCurrentText(item.side)
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(label_of(kind), str(kind))
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(item.kind))))
        self.classification = QComboBox()
        self.classification.addItem(self.tr("(lowest)"), "")
        for level in settings.classification.levels:
            self.classification.addItem(level, level)
        self.classification.setCurrentIndex(
            max(0, self.classification.findData(item.classification))
        )
        self.text = QPlainTextEdit(item.text)
        self.text.setTabChangesFocus(True)
        spelling.attach(self.text)
        form.addRow(self.tr("&Area"), self.area)
        form.addRow(self.tr("&Side"), self.side)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Classification"), self.classification)
        form.addRow(self.tr("&Text"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 360)

    def value(self) -> Item:
        item = self.item
        item.area = self.area.currentData()
        item.side = self.side.currentText().strip()
        item.kind = ItemKind(self.kind.currentData())
        item.classification = self.classification.currentData()
        item.text = self.text.toPlainText().strip()
        return item

    @classmethod
    def get_item(cls, parent: QWidget | None, settings: Settings, item: Item) -> tuple[Item, bool]:
        dialog = cls(parent, settings, item)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), ok and bool(dialog.value().text)
