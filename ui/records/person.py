"""The people editor: names in each script, honorific, side, offices with dates, biography."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.edits import FieldEdit, PersonEdit, save_biography
from briefing.model import Name, Office, Person, RecordKind, parse_date
from ui.common import spelling
from ui.common.richtext import FormatBar, RichTextEdit
from ui.common.widgets import PauseCommit, set_text_unless_typing
from ui.session.session import Session


class PersonEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person: Person | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.honorific = QLineEdit()
        self.honorific.setObjectName("person-honorific")
        self.honorific.editingFinished.connect(
            lambda: self._set("honorific", self.honorific.text().strip())
        )
        self.side = QComboBox()
        self.side.setObjectName("person-side")
        self.side.setEditable(True)
        self.side.activated.connect(lambda _i: self._set("side", self.side.currentText().strip()))
        self.side.lineEdit().editingFinished.connect(
            lambda: self._set("side", self.side.currentText().strip())
        )
        self.pause = PauseCommit(self)
        self.pause.watch(self.honorific)
        form.addRow(self.tr("&Honorific"), self.honorific)
        form.addRow(self.tr("&Side"), self.side)
        layout.addLayout(form)

        self.names = self._table(
            [self.tr("Name"), self.tr("Script (Latn, Khmr, Hans …)")], "person-names"
        )
        self.offices = self._table(
            [self.tr("Office"), self.tr("From (YYYY-MM-DD)"), self.tr("To (empty: still held)")],
            "person-offices",
        )
        for label, table, add in (
            (self.tr("<b>Names</b>"), self.names, self.add_name),
            (self.tr("<b>Offices</b>"), self.offices, self.add_office),
        ):
            row = QHBoxLayout()
            row.addWidget(QLabel(label))
            row.addStretch(1)
            b_add = QPushButton(self.tr("Add"))
            b_add.clicked.connect(add)
            b_rem = QPushButton(self.tr("Remove"))
            b_rem.clicked.connect(lambda _c=False, t=table: self._remove_row(t))
            row.addWidget(b_add)
            row.addWidget(b_rem)
            layout.addLayout(row)
            layout.addWidget(table)
        layout.addWidget(QLabel(self.tr("<b>Biography</b>")))
        self.formats = FormatBar(self)
        for action in self.formats.shortcut_actions():
            self.addAction(action)
        self.biography = RichTextEdit()
        self.biography.setObjectName("person-biography")
        spelling.attach(self.biography)
        self.formats.follow(self.biography)
        self.biography.edited.connect(self._bio_edited)
        self.biography.left.connect(self.save_now)
        layout.addWidget(self.formats)
        layout.addWidget(self.biography, 1)
        session.record_changed.connect(self._record_changed)

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 420)
        for column in range(1, len(headers)):
            table.setColumnWidth(column, 170)
        table.setMaximumHeight(150)
        table.itemChanged.connect(lambda _i: self._tables_changed())
        return table

    # ------------------------------------------------------------------ the Editor protocol

    @property
    def record(self) -> Person | None:
        return self.person

    @property
    def label(self) -> str:
        return self.person.display_name if self.person is not None else ""

    def flush(self) -> None:
        self.pause.commit()
        self.save_now()

    def select_part(self, _part: int) -> None:
        pass

    def load(self, person_id: int) -> None:
        self.save_now()
        self.person = self.session.ws.people.get(person_id)
        self._refresh(bio=True)

    def _refresh(self, bio: bool = False) -> None:
        p = self.person
        if p is None:
            return
        self._loading = True
        set_text_unless_typing(self.honorific, p.honorific)
        self.side.clear()
        self.side.addItems(self.session.ws.settings.countries)
        self.side.setCurrentText(p.side)
        for table, rows in (
            (self.names, [[n.text, n.script] for n in p.names]),
            (
                self.offices,
                [
                    [
                        o.title,
                        o.start.isoformat() if o.start else "",
                        o.end.isoformat() if o.end else "",
                    ]
                    for o in p.offices
                ],
            ),
        ):
            table.blockSignals(True)
            table.setRowCount(len(rows))
            for r, values in enumerate(rows):
                for c, v in enumerate(values):
                    table.setItem(r, c, QTableWidgetItem(v))
            table.blockSignals(False)
        if bio:
            self.biography.set_markdown(p.biography)
        readonly = self.session.readonly
        for w in (self.honorific, self.side, self.names, self.offices):
            w.setEnabled(not readonly)
        self.biography.setReadOnly(readonly)
        self._loading = False

    def _record_changed(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.PERSON and self.person is not None and record_id == self.person.id:
            try:
                self.person = self.session.ws.people.get(record_id)
            except KeyError:
                self.person = None
                return
            self._refresh()
        elif kind == RecordKind.SETTINGS and self.person is not None:
            self._refresh()  # the sides (countries) may have changed

    # ------------------------------------------------------------------ edits

    def _push(self, after: Person, text: str) -> None:
        self.session.push(PersonEdit(self.person, after, text=text))

    def _set(self, name: str, value: object) -> None:
        """The side or the honorific: saved alone, one undo step."""
        if self._loading or self.person is None or getattr(self.person, name) == value:
            return
        self.session.push(
            FieldEdit(
                RecordKind.PERSON,
                self.person.id,
                name,
                getattr(self.person, name),
                value,
                text=self.tr("Change %s") % name,
            )
        )

    @staticmethod
    def _cell(table: QTableWidget, r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text().strip() if item else ""

    def _tables_changed(self) -> None:
        if self._loading or self.person is None:
            return
        names = [
            Name(self._cell(self.names, r, 0), self._cell(self.names, r, 1) or "Latn")
            for r in range(self.names.rowCount())
            if self._cell(self.names, r, 0)
        ]
        offices = []
        for r in range(self.offices.rowCount()):
            title = self._cell(self.offices, r, 0)
            if not title:
                continue
            try:
                start = parse_date(self._cell(self.offices, r, 1))
                end = parse_date(self._cell(self.offices, r, 2))
            except ValueError:
                self.session.report_error(self.tr("Dates are written YYYY-MM-DD, e.g. 2023-08-22."))
                return
            offices.append(Office(title, start, end))
        if not names:
            return
        if names == self.person.names and offices == self.person.offices:
            return
        after = copy.deepcopy(self.person)
        after.names, after.offices = names, offices
        self._push(after, self.tr("Change names or offices"))

    def add_name(self) -> None:
        self._add_row(self.names, ["", "Latn"])

    def add_office(self) -> None:
        self._add_row(self.offices, ["", "", ""])

    def _add_row(self, table: QTableWidget, values: list[str]) -> None:
        table.blockSignals(True)
        r = table.rowCount()
        table.insertRow(r)
        for c, v in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(v))
        table.blockSignals(False)
        table.setCurrentCell(r, 0)
        table.editItem(table.item(r, 0))

    def _remove_row(self, table: QTableWidget) -> None:
        r = table.currentRow()
        if r >= 0:
            table.removeRow(r)
            self._tables_changed()

    def _bio_edited(self) -> None:
        if self.person is None or self.person.id is None or self.session.readonly:
            return
        person_id = self.person.id

        def write() -> None:
            if self.person is not None and self.person.id == person_id:
                save_biography(self.session.ws, person_id, self.biography.markdown())

        self.session.saver.schedule(("biography", person_id), write)

    def save_now(self) -> None:
        if self.person is not None:
            self.session.saver.flush(("biography", self.person.id))
