"""Pick a participant: an existing person, or a new one typed in on the spot."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from briefing.model import Name, Person, Settings

NEW = -1


class ParticipantDialog(QDialog):
    def __init__(self, parent: QWidget | None, people: list[Person], settings: Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add participant"))
        form = QFormLayout(self)
        self.person = QComboBox()
        self.person.addItem(self.tr("New person…"), NEW)
        for p in people:
            self.person.addItem(f"{p.display_name} ({p.side})" if p.side else p.display_name, p.id)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name in Latin script, surname in capitals"))
        self.native = QLineEdit()
        self.native.setPlaceholderText(self.tr("Name in own script (optional)"))
        self.script = QComboBox()
        self.script.setEditable(True)
        self.script.addItems(["Khmr", "Hans", "Hant", "Thai", "Laoo", "Mymr", "Viet"])
        self.side = QComboBox()
        self.side.setEditable(True)
        self.side.addItems(settings.countries)
        self.office = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. head of delegation"))
        form.addRow(self.tr("&Person"), self.person)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Name in own &script"), self.native)
        form.addRow(self.tr("Script"), self.script)
        form.addRow(self.tr("S&ide"), self.side)
        form.addRow(self.tr("&Office"), self.office)
        form.addRow(self.tr("&Role at the meeting"), self.role)
        self.person.currentIndexChanged.connect(self._toggle)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if people:
            self.person.setCurrentIndex(1)
        self._toggle()

    def _toggle(self) -> None:
        new = self.person.currentData() == NEW
        for w in (self.name, self.native, self.script, self.side, self.office):
            w.setEnabled(new)

    def value(self) -> tuple[int | None, Person | None, str]:
        """(existing person id, or None and a new person, role)."""
        role = self.role.text().strip()
        if self.person.currentData() != NEW:
            return int(self.person.currentData()), None, role
        names = [Name(self.name.text().strip(), "Latn")] if self.name.text().strip() else []
        if self.native.text().strip():
            names.append(Name(self.native.text().strip(), self.script.currentText().strip()))
        if not names:
            return None, None, role
        from briefing.model import Office

        offices = [Office(self.office.text().strip())] if self.office.text().strip() else []
        return None, Person(names, side=self.side.currentText().strip(), offices=offices), role

    @classmethod
    def get_participant(
        cls, parent: QWidget | None, people: list[Person], settings: Settings
    ) -> tuple[tuple[int | None, Person | None, str], bool]:
        dialog = cls(parent, people, settings)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value()
        return value, ok and (value[0] is not None or value[1] is not None)
