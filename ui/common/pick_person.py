"""Pick an existing person of the workspace, with a filter (names in any script, side, office)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.model import Person
from ui.i18n import tr


def person_label(p: Person) -> str:
    """ "LI Qiang  李强  (China)": the Latin name, the name in the person's own script, side."""
    latin = p.name_in("Latn") or p.display_name
    own = " / ".join(n.text for n in p.names if n.script != "Latn" and n.text != latin)
    text = latin + (f"  {own}" if own else "")
    return text + (f"  ({p.side})" if p.side else "")


class PersonPickerDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, people: list[Person], title: str, exclude: set[int]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 420)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setObjectName("person-filter")
        self.filter.setPlaceholderText(self.tr("Filter: name in any script, side, office"))
        self.filter.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Person"))
        self.list = QListWidget()
        self.list.setObjectName("person-choices")
        label.setBuddy(self.filter)
        for p in sorted(people, key=lambda p: (p.side, p.display_name.lower())):
            if p.id is None or p.id in exclude:
                continue
            item = QListWidgetItem(person_label(p))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            haystack = " ".join(
                [*(n.text for n in p.names), p.side, p.honorific, *(o.title for o in p.offices)]
            )
            item.setData(Qt.ItemDataRole.UserRole + 1, haystack.casefold())
            self.list.addItem(item)
        self.empty = QLabel(self.tr("Everyone in the workspace is already a counterpart."))
        self.empty.setVisible(self.list.count() == 0)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._enter)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.list.currentItemChanged.connect(lambda *_a: self._update())
        self._filter("")

    def _visible(self) -> list[QListWidgetItem]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in items if not item.isHidden()]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            hay = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(not all(w in hay for w in words))
        current = self.list.currentItem()
        if current is None or current.isHidden():
            shown = self._visible()
            self.list.setCurrentItem(shown[0] if shown else None)
        self._update()

    def _enter(self) -> None:
        if self.value() is not None:
            self.accept()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.value() is not None)

    def value(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def get_person(
        cls,
        parent: QWidget | None,
        people: list[Person],
        title: str = "",
        exclude: set[int] | None = None,
    ) -> tuple[int | None, bool]:
        dialog = cls(parent, people, title or tr("Choose a person"), exclude or set())
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value()
        return value, ok and value is not None
