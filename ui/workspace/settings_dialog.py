"""Workspace settings: the two countries, ministry, department, classification levels and
cooperation areas. OK makes one undoable step (briefing.edits.SettingsEdit)."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.edits import SettingsEdit, area_key, describe_use, dry_run, levels_in_use
from briefing.model import Area
from briefing.store import Workspace
from ui.common import messages

ORIGINAL = Qt.ItemDataRole.UserRole  # a level's name when the dialog opened / an area's key


class EditableList(QWidget):
    """An ordered list with Add, Rename, Move up/down and Remove (names edited in place)."""

    def __init__(self, name: str, new_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_text = new_text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.list.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked
            | QListWidget.EditTrigger.EditKeyPressed
            | QListWidget.EditTrigger.SelectedClicked
        )
        buttons = QVBoxLayout()
        self.add = QPushButton(self.tr("Add"))
        self.rename = QPushButton(self.tr("Rename"))
        self.rename.setToolTip(self.tr("Rename (F2, or double-click the name)"))
        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
        self.remove = QPushButton(self.tr("Remove"))
        for b in (self.add, self.rename, self.up, self.down, self.remove):
            b.setObjectName(f"{name}-{b.text().lower().replace(' ', '-')}")
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_item)
        self.rename.clicked.connect(lambda: self.list.editItem(self.list.currentItem()))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(+1))
        self.list.currentRowChanged.connect(lambda _r: self.update_buttons())

    def fill(self, entries: list[tuple[str, str | None]]) -> None:
        for text, original in entries:
            self.list.addItem(self._item(text, original))
        self.list.setCurrentRow(0)
        self.update_buttons()

    def _item(self, text: str, original: str | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ORIGINAL, original)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_item(self) -> None:
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        item = self._item(self.new_text, None)
        self.list.insertItem(row, item)
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self.update_buttons()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(row + step, item)
        self.list.setCurrentRow(row + step)

    def take_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self.update_buttons()

    def entries(self) -> list[tuple[str, str | None]]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [(item.text().strip(), item.data(ORIGINAL)) for item in items]

    def update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.rename.setEnabled(row >= 0)
        self.remove.setEnabled(row >= 0 and count > 1)
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)


class WorkspaceSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ws: Workspace) -> None:
        super().__init__(parent)
        self.setObjectName("workspace-settings")
        self.setWindowTitle(self.tr("Workspace Settings"))
        self.ws = ws
        self.before = ws.settings
        self.in_use = levels_in_use(ws) if not ws.readonly else {}
        self.edit: SettingsEdit | None = None
        s = self.before
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("Countries and office"))
        form = QFormLayout(general)
        countries = [*s.countries, "", ""][:2]
        self.own = QLineEdit(countries[0])
        self.own.setObjectName("settings-own-country")
        self.partner = QLineEdit(countries[1])
        self.partner.setObjectName("settings-partner-country")
        self.ministry = QLineEdit(s.ministry)
        self.ministry.setObjectName("settings-ministry")
        self.department = QLineEdit(s.department)
        self.department.setObjectName("settings-department")
        form.addRow(self.tr("&Own country"), self.own)
        form.addRow(self.tr("&Partner country"), self.partner)
        form.addRow(self.tr("&Ministry"), self.ministry)
        form.addRow(self.tr("&Department"), self.department)
        layout.addWidget(general)

        lists = QHBoxLayout()
        levels_box = QGroupBox(self.tr("Classification levels (lowest first)"))
        inner = QVBoxLayout(levels_box)
        self.levels = EditableList("levels", self.tr("NEW LEVEL"))
        self.levels.fill([(level, level) for level in s.classification.levels])
        self.levels.remove.clicked.connect(self._remove_level)
        inner.addWidget(self.levels)
        note = QLabel(self.tr("Renaming a level re-marks the records that carry it."))
        note.setWordWrap(True)
        note.setEnabled(False)
        inner.addWidget(note)
        areas_box = QGroupBox(self.tr("Cooperation areas"))
        inner = QVBoxLayout(areas_box)
        self.areas = EditableList("areas", self.tr("New area"))
        self.areas.fill([(a.name, a.key) for a in s.areas])
        self.areas.remove.clicked.connect(self._remove_area)
        inner.addWidget(self.areas)
        note = QLabel(self.tr("Renaming an area keeps its records and briefs."))
        note.setWordWrap(True)
        note.setEnabled(False)
        inner.addWidget(note)
        lists.addWidget(levels_box, 2)
        lists.addWidget(areas_box, 3)
        layout.addLayout(lists, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(820, 600)

    # ------------------------------------------------------------------ removing

    def _remove_level(self) -> None:
        item = self.levels.list.currentItem()
        if item is None:
            return
        original = item.data(ORIGINAL)
        if original in self.in_use:
            messages.error(
                self,
                self.tr("Level in use"),
                self.tr(
                    "“{level}” cannot be removed: it marks {use}.\n\nMark them with another "
                    "level first, or rename the level instead."
                ).format(level=item.text(), use=describe_use(self.in_use[original])),
            )
            return
        self.levels.take_current()

    def _remove_area(self) -> None:
        item = self.areas.list.currentItem()
        if item is None:
            return
        key = item.data(ORIGINAL)
        if key is not None:  # ask the store, as OK would: refused while records use it
            trial = copy.deepcopy(self.before)
            trial.areas = [a for a in trial.areas if a.key != key]
            problem = dry_run(self.ws, SettingsEdit(self.before, trial))
            if problem:
                messages.error(
                    self,
                    self.tr("Area in use"),
                    self.tr("“{area}” cannot be removed: {why}").format(
                        area=item.text(), why=problem
                    ),
                )
                return
        self.areas.take_current()

    # ------------------------------------------------------------------ result

    def settings_edit(self) -> tuple[SettingsEdit | None, str]:
        """The edit the dialog describes (None if nothing changed), or a reason it cannot be."""
        after = copy.deepcopy(self.before)
        after.countries = [c for c in (self.own.text().strip(), self.partner.text().strip()) if c]
        after.ministry = self.ministry.text().strip()
        after.department = self.department.text().strip()
        levels = self.levels.entries()
        if any(not text for text, _o in levels):
            return None, self.tr("A classification level needs a name.")
        names = [text for text, _o in levels]
        if len({n.casefold() for n in names}) != len(names):
            return None, self.tr("Two classification levels have the same name.")
        after.classification.levels = names
        renamed = {o: text for text, o in levels if o is not None and o != text}
        areas: list[Area] = []
        names = {a.key: a.names for a in self.before.areas}
        taken = {key for _t, key in self.areas.entries() if key is not None}
        for text, key in self.areas.entries():
            if not text:
                return None, self.tr("A cooperation area needs a name.")
            if key is None:
                key = area_key(text, taken)
                taken.add(key)
            areas.append(Area(key, text, dict(names.get(key, {}))))  # names in other languages
        if len({a.name.casefold() for a in areas}) != len(areas):
            return None, self.tr("Two cooperation areas have the same name.")
        after.areas = areas
        if after == self.before:
            return None, ""
        return (
            SettingsEdit(self.before, after, renamed, text=self.tr("Change workspace settings")),
            "",
        )

    def accept(self) -> None:
        edit, problem = self.settings_edit()
        if not problem and edit is not None:
            problem = dry_run(self.ws, edit) or ""
        if problem:
            messages.error(self, self.tr("Cannot save the settings"), problem)
            return
        self.edit = edit
        super().accept()

    @classmethod
    def get_edit(cls, parent: QWidget | None, ws: Workspace) -> tuple[SettingsEdit | None, bool]:
        dialog = cls(parent, ws)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.edit, ok and dialog.edit is not None
