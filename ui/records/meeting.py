"""The meeting editor: when, where, who, sources, and the items grouped by area."""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing.edits import FieldEdit, MeetingEdit, PersonEdit, track_commitment
from briefing.model import Item, ItemKind, Meeting, MeetingKind, Participant, RecordKind
from ui.common.labels import label_of
from ui.common.widgets import (
    OptionalDate,
    PauseCommit,
    from_qdate,
    set_text_unless_typing,
    to_qdate,
)
from ui.records.item_dialog import ItemDialog
from ui.records.items import ItemsModel
from ui.records.person_dialog import ParticipantDialog
from ui.records.source_dialog import SourceDialog
from ui.session.session import Session

log = logging.getLogger(__name__)


class MeetingEditor(QWidget):
    open_person = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting: Meeting | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(split)

        top = QWidget()
        top_layout = QHBoxLayout(top)
        form_box = QGroupBox(self.tr("Meeting"))
        form = QFormLayout(form_box)
        self.kind = QComboBox()
        self.kind.setObjectName("meeting-kind")
        for k in MeetingKind:
            self.kind.addItem(label_of(k), str(k))
        self.kind.activated.connect(
            lambda _i: self._set("kind", MeetingKind(self.kind.currentData()))
        )
        from PySide6.QtWidgets import QDateEdit

        self.date = QDateEdit()
        self.date.setObjectName("meeting-date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.editingFinished.connect(lambda: self._set("date", from_qdate(self.date.date())))
        self.end_date = OptionalDate(self.tr("until"))
        self.end_date.changed.connect(lambda: self._set("end_date", self.end_date.value()))
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow("", self.end_date)
        self.lines: dict[str, QLineEdit] = {}
        for name, label in (
            ("city", self.tr("Cit&y")),
            ("country", self.tr("Cou&ntry")),
            ("occasion", self.tr("&Occasion")),
            ("title", self.tr("&Title")),
        ):
            line = QLineEdit()
            line.setObjectName(f"meeting-{name}")
            line.editingFinished.connect(lambda n=name: self._set(n, self.lines[n].text().strip()))
            self.lines[name] = line
            form.addRow(label, line)
        self.pause = PauseCommit(self)
        self.pause.watch(*self.lines.values())
        top_layout.addWidget(form_box, 3)

        side = QVBoxLayout()
        people_box = QGroupBox(self.tr("Participants"))
        pl = QVBoxLayout(people_box)
        self.participants = QListWidget()
        self.participants.setObjectName("participants")
        self.participants.itemActivated.connect(
            lambda it: self.open_person.emit(int(it.data(Qt.ItemDataRole.UserRole)))
        )
        row = QHBoxLayout()
        add_p = QPushButton(self.tr("Add…"))
        add_p.clicked.connect(self.add_participant)
        rem_p = QPushButton(self.tr("Remove"))
        rem_p.clicked.connect(self.remove_participant)
        row.addWidget(add_p)
        row.addWidget(rem_p)
        pl.addWidget(self.participants)
        pl.addLayout(row)
        sources_box = QGroupBox(self.tr("Source documents"))
        sl = QVBoxLayout(sources_box)
        self.sources = QListWidget()
        self.sources.setObjectName("sources")
        self.sources.itemActivated.connect(lambda _it: self.edit_source())
        row = QHBoxLayout()
        add_s = QPushButton(self.tr("Paste…"))
        add_s.clicked.connect(self.add_source)
        rem_s = QPushButton(self.tr("Remove"))
        rem_s.clicked.connect(self.remove_source)
        row.addWidget(add_s)
        row.addWidget(rem_s)
        sl.addWidget(self.sources)
        sl.addLayout(row)
        side.addWidget(people_box)
        side.addWidget(sources_box)
        top_layout.addLayout(side, 2)
        split.addWidget(top)

        items_box = QGroupBox(self.tr("Items by cooperation area"))
        il = QVBoxLayout(items_box)
        self.toolbar = QToolBar()
        self.add_item_action = self._action(self.tr("Add item"), "Ctrl+Shift+A", self.add_item)
        self.edit_item_action = self._action(self.tr("Edit item"), "Ctrl+E", self.edit_item)
        self.delete_item_action = self._action(self.tr("Delete item"), "Delete", self.delete_item)
        self.track_action = self._action(
            self.tr("Track as commitment"), "Ctrl+Shift+K", self.track_item
        )
        self.move_menu = QMenu(self.tr("Move to area"), self)
        move_button = QToolButton()
        move_button.setText(self.tr("Move to area"))
        move_button.setMenu(self.move_menu)
        move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for a in (self.add_item_action, self.edit_item_action, self.delete_item_action):
            self.toolbar.addAction(a)
        self.toolbar.addWidget(move_button)
        self.toolbar.addAction(self.track_action)
        self.items_model = ItemsModel(self)
        self.items = QTreeView()
        self.items.setObjectName("items")
        self.items.setModel(self.items_model)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setWordWrap(True)
        self.items.setUniformRowHeights(False)
        self.items.setColumnWidth(0, 480)
        self.items.doubleClicked.connect(lambda _i: self.edit_item())
        self.items.addActions([self.edit_item_action, self.delete_item_action, self.track_action])
        self.items.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        il.addWidget(self.toolbar)
        il.addWidget(self.items)
        split.addWidget(items_box)
        split.setSizes([260, 420])
        session.record_changed.connect(self._record_changed)

    def _action(self, text: str, key: str, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ------------------------------------------------------------------ loading

    # ------------------------------------------------------------------ the Editor protocol

    @property
    def record(self) -> Meeting | None:
        return self.meeting

    @property
    def label(self) -> str:
        return self.meeting.label if self.meeting is not None else ""

    def flush(self) -> None:
        self.pause.commit()

    def select_part(self, item_id: int) -> None:
        self.select_item(item_id)

    def load(self, meeting_id: int) -> None:
        self.meeting = self.session.ws.meetings.get(meeting_id)
        self._refresh()

    def _refresh(self) -> None:
        m = self.meeting
        if m is None:
            return
        ws = self.session.ws
        self._loading = True
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(m.kind))))
        self.date.setDate(to_qdate(m.date))
        self.end_date.set_value(m.end_date)
        for name, line in self.lines.items():
            set_text_unless_typing(line, getattr(m, name))
        self.participants.clear()
        for p in m.participants:
            try:
                person = ws.people.get(p.person_id)
            except KeyError:
                continue
            label = person.display_name
            others = [n.text for n in person.names if n.script != "Latn"]
            if others:
                label += f" ({' / '.join(others)})"
            title = person.title_on(m.date)
            if title:
                label += f" — {title}"
            if p.role:
                label += f" [{p.role}]"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, p.person_id)
            self.participants.addItem(item)
        self.sources.clear()
        for s in m.sources:
            self.sources.addItem(s.title)
        current = self.current_item()
        current_id = current[1].id if current else None
        tracked = {i.id for i in m.items if i.id is not None and ws.commitments.for_item(i.id)}
        names = {a.key: a.name for a in ws.settings.areas}
        self.items_model.load(m.items, names, tracked)
        self.items.expandAll()
        if current_id is not None:
            index = self.items_model.index_of_item_id(current_id)
            if index.isValid():
                self.items.setCurrentIndex(index)
        self.move_menu.clear()
        for key, name in names.items():
            self.move_menu.addAction(name, lambda k=key: self.move_item(k))
        readonly = self.session.readonly
        for w in (self.kind, self.date, self.end_date, *self.lines.values(), self.toolbar):
            w.setEnabled(not readonly)
        self._loading = False
        self._update_actions()

    def _record_changed(self, kind: str, record_id: int) -> None:
        if self.meeting is None:
            return
        if kind == RecordKind.MEETING and record_id == self.meeting.id:
            try:
                self.meeting = self.session.ws.meetings.get(record_id)
            except KeyError:
                self.meeting = None
                return
            self._refresh()
        elif kind == RecordKind.SETTINGS and self.meeting.id is not None:
            try:  # renamed levels re-mark items: read the meeting again
                self.meeting = self.session.ws.meetings.get(self.meeting.id)
            except KeyError:
                return
            self._refresh()
        elif kind in (RecordKind.COMMITMENT, RecordKind.PERSON):
            self._refresh()

    # ------------------------------------------------------------------ edits

    def _push(self, after: Meeting, text: str) -> None:
        self.session.push(MeetingEdit(self.meeting, after, text=text))

    def _set(self, name: str, value: object) -> None:
        """One field of the meeting (date, place, title …): saved alone, one undo step."""
        if self._loading or self.meeting is None or getattr(self.meeting, name) == value:
            return
        self.session.push(
            FieldEdit(
                RecordKind.MEETING,
                self.meeting.id,
                name,
                getattr(self.meeting, name),
                value,
                text=self.tr("Change meeting %s") % name.replace("_", " "),
            )
        )

    def current_item(self) -> tuple[int, Item] | None:
        return self.items_model.item_at(self.items.currentIndex())

    def select_item(self, item_id: int) -> None:
        index = self.items_model.index_of_item_id(item_id)
        if index.isValid():
            self.items.setCurrentIndex(index)
            self.items.scrollTo(index)
            self.items.setFocus()

    def _update_actions(self) -> None:
        found = self.current_item()
        ok = found is not None and not self.session.readonly
        for a in (self.edit_item_action, self.delete_item_action):
            a.setEnabled(ok)
        self.move_menu.setEnabled(ok)
        tracked = bool(found and found[1].id and self.session.ws.commitments.for_item(found[1].id))
        self.track_action.setEnabled(ok and found[1].can_commit and not tracked)  # type: ignore[index]

    def add_item(self) -> None:
        if self.meeting is None:
            return
        found = self.current_item()
        ws = self.session.ws
        area = found[1].area if found else ws.settings.areas[0].key
        side = ws.settings.countries[0] if ws.settings.countries else ""
        item, ok = ItemDialog.get_item(self, ws.settings, Item(area, side, ItemKind.STATEMENT, ""))
        if not ok:
            return
        after = copy.deepcopy(self.meeting)
        after.items.append(item)
        self._push(after, self.tr("Add item"))
        last = self.meeting.items[-1] if self.meeting and self.meeting.items else None
        if last is not None and last.id is not None:
            self.select_item(last.id)

    def edit_item(self) -> None:
        found = self.current_item()
        if found is None or self.meeting is None:
            return
        pos, item = found
        edited, ok = ItemDialog.get_item(self, self.session.ws.settings, item)
        if not ok or edited == item:
            return
        after = copy.deepcopy(self.meeting)
        after.items[pos] = edited
        self._push(after, self.tr("Edit item"))

    def delete_item(self) -> None:
        found = self.current_item()
        if found is None or self.meeting is None:
            return
        after = copy.deepcopy(self.meeting)
        del after.items[found[0]]
        self._push(after, self.tr("Delete item"))

    def move_item(self, area: str) -> None:
        found = self.current_item()
        if found is None or self.meeting is None or found[1].area == area:
            return
        after = copy.deepcopy(self.meeting)
        after.items[found[0]].area = area
        item_id = found[1].id
        self._push(after, self.tr("Move item to another area"))
        if item_id is not None:
            self.select_item(item_id)

    def track_item(self) -> None:
        found = self.current_item()
        if found is None or not found[1].can_commit:
            return
        item = found[1]
        if item.id is not None and self.session.ws.commitments.for_item(item.id):
            return
        self.session.push(track_commitment(item))

    def add_participant(self) -> None:
        if self.meeting is None:
            return
        ws = self.session.ws
        (person_id, person, role), ok = ParticipantDialog.get_participant(
            self, ws.people.all(), ws.settings
        )
        if not ok:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Add participant"))
        try:
            if person is not None:
                edit = PersonEdit(None, person, text=self.tr("New person"))
                if not self.session.push(edit):
                    return
                person_id = edit.after.id  # type: ignore[union-attr]
            after = copy.deepcopy(self.meeting)
            after.participants.append(Participant(int(person_id), role))  # type: ignore[arg-type]
            self._push(after, self.tr("Add participant"))
        finally:
            stack.endMacro()

    def remove_participant(self) -> None:
        row = self.participants.currentRow()
        if self.meeting is None or row < 0:
            return
        after = copy.deepcopy(self.meeting)
        del after.participants[row]
        self._push(after, self.tr("Remove participant"))

    def add_source(self) -> None:
        if self.meeting is None:
            return
        source, ok = SourceDialog.get_source(self)
        if not ok:
            return
        after = copy.deepcopy(self.meeting)
        after.sources.append(source)
        self._push(after, self.tr("Add source document"))

    def edit_source(self) -> None:
        row = self.sources.currentRow()
        if self.meeting is None or row < 0:
            return
        source, ok = SourceDialog.get_source(self, self.meeting.sources[row])
        if not ok or self.session.readonly:
            return
        after = copy.deepcopy(self.meeting)
        after.sources[row] = source
        self._push(after, self.tr("Edit source document"))

    def remove_source(self) -> None:
        row = self.sources.currentRow()
        if self.meeting is None or row < 0:
            return
        after = copy.deepcopy(self.meeting)
        del after.sources[row]
        self._push(after, self.tr("Remove source document"))
