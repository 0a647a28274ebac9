"""The commitments tracker: filter, sort, change status in place, add dated progress notes."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing.edits import CommitmentEdit, add_note, change_status
from briefing.model import CommitmentStatus, RecordKind
from ui.common.dates import shown_date
from ui.common.labels import label_of
from ui.common.rows import ID_ROLE
from ui.common.widgets import OptionalDate
from ui.records.commitments import CommitmentFilter, CommitmentsModel
from ui.session.session import Session


class StatusDelegate(QStyledItemDelegate):
    """A combo box of the statuses, in place in the table."""

    def createEditor(self, parent, option, index):  # noqa: ANN001, N802
        combo = QComboBox(parent)
        combo.setObjectName("status-editor")
        for s in CommitmentStatus:
            combo.addItem(label_of(s), str(s))
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: ANN001, N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:  # noqa: ANN001, N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CommitmentsEditor(QWidget):
    open_meeting = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.area = QComboBox()
        self.area.setObjectName("filter-area")
        self.owed_by = QComboBox()
        self.owed_by.setObjectName("filter-owed-by")
        self.status = QComboBox()
        self.status.setObjectName("filter-status")
        self.overdue = QCheckBox(self.tr("Overdue only"))
        for label, w in (
            (self.tr("Area"), self.area),
            (self.tr("Owed by"), self.owed_by),
            (self.tr("Status"), self.status),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(w)
            w.activated.connect(lambda _i: self._filter())
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        self.overdue.toggled.connect(lambda _v: self._filter())
        layout.addLayout(filters)

        self.model = CommitmentsModel(self)
        self.proxy = CommitmentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("commitments-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CommitmentsModel.SOURCE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(CommitmentsModel.STATUS, StatusDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CommitmentsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(CommitmentsModel.SOURCE, 220)
        self.table.setColumnWidth(CommitmentsModel.AREA, 170)
        self.table.setColumnWidth(CommitmentsModel.DUE, 130)
        self.table.setColumnWidth(CommitmentsModel.NOTE, 200)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.model.status_edited.connect(self._status_edited)

        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.due = OptionalDate(self.tr("Due"))
        self.due.changed.connect(self._due_changed)
        self.closed = OptionalDate(self.tr("Closed on"))
        self.closed.setObjectName("closed-on")
        self.closed.setToolTip(
            self.tr(
                "The day it was done or dropped (set when its status is closed): a book shows "
                "the commitments closed within its period"
            )
        )
        self.closed.changed.connect(self._closed_changed)
        self.notes = QListWidget()
        self.notes.setObjectName("progress-notes")
        buttons = QHBoxLayout()
        self.add_note_button = QPushButton(self.tr("Add progress &note…"))
        self.add_note_button.clicked.connect(self.add_note)
        self.source_button = QPushButton(self.tr("Open &source meeting"))
        self.source_button.clicked.connect(self._open_source)
        self.delete_button = QPushButton(self.tr("Stop tracking"))
        self.delete_button.clicked.connect(self.delete_current)
        for b in (self.add_note_button, self.source_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        dl.addWidget(self.text)
        dates = QHBoxLayout()
        dates.addWidget(self.due)
        dates.addWidget(self.closed)
        dl.addLayout(dates)
        dl.addWidget(QLabel(self.tr("<b>Progress</b>")))
        dl.addWidget(self.notes, 1)
        dl.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([420, 220])
        layout.addWidget(split, 1)
        self.table.activated.connect(lambda _i: None)
        session.record_changed.connect(self._record_changed)

    # ------------------------------------------------------------------ the Editor protocol

    @property
    def record(self) -> None:
        return None  # the tracker shows all commitments, not one record to delete

    @property
    def label(self) -> str:
        return ""

    def flush(self) -> None:
        pass  # every change here is its own undoable step, made at once

    def select_part(self, commitment_id: int) -> None:
        self.select(commitment_id)

    def load(self, commitment_id: int = 0) -> None:
        """Show every commitment; with an id, select that one."""
        self.reload()
        if commitment_id:
            self.select(commitment_id)

    def reload(self) -> None:
        keep = self.current_id()
        ws = self.session.ws
        self.model.load(ws)
        for combo, values in (
            (self.area, [(a.name, a.key) for a in ws.settings.areas]),
            (self.owed_by, [(s, s) for s in ws.settings.sides()]),
            (self.status, [(label_of(s), str(s)) for s in CommitmentStatus]),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("(all)"), "")
            for label, data in values:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._filter()
        if keep is not None:
            self.select(keep)
        self._show_detail()

    def _filter(self) -> None:
        self.proxy.set_filters(
            area=self.area.currentData() or "",
            owed_by=self.owed_by.currentData() or "",
            status=self.status.currentData() or "",
            overdue_only=self.overdue.isChecked(),
        )

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def current(self):  # noqa: ANN201
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.commitment(self.proxy.mapToSource(index).row())

    def select(self, commitment_id: int) -> bool:
        row = self.model.row_of(commitment_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered away: show everything
            for combo in (self.area, self.owed_by, self.status):
                combo.setCurrentIndex(0)
            self.overdue.setChecked(False)
            self._filter()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _show_detail(self) -> None:
        c = self.current()
        for w in (self.due, self.add_note_button, self.source_button, self.delete_button):
            w.setEnabled(
                c is not None and not (self.session.readonly and w is not self.source_button)
            )
        self.notes.clear()
        if c is None:
            self.text.setText(self.tr("Select a commitment to see its progress."))
            self.due.set_value(None)
            self.closed.set_value(None)
            self.closed.setEnabled(False)
            return
        self.text.setText(c.text)
        self.due.set_value(c.due)
        self.closed.set_value(c.closed)
        self.closed.setEnabled(not c.status.is_open and not self.session.readonly)
        for n in sorted(c.notes, key=lambda n: n.date, reverse=True):
            evidence = f" — {n.evidence}" if n.evidence else ""
            self.notes.addItem(f"{shown_date(n.date)}: {n.text}{evidence}")
        self.source_button.setEnabled(c.meeting_id is not None)

    def _status_edited(self, commitment_id: int, status: str) -> None:
        c = self.session.ws.commitments.get(commitment_id)
        self.session.push(change_status(c, CommitmentStatus(status)))

    def _due_changed(self) -> None:
        c = self.current()
        if c is None or c.due == self.due.value():
            return
        after = copy.deepcopy(c)
        after.due = self.due.value()
        self.session.push(CommitmentEdit(c, after, text=self.tr("Change due date")))

    def _closed_changed(self) -> None:
        c = self.current()
        if c is None or c.status.is_open or c.closed == self.closed.value():
            return
        after = copy.deepcopy(c)
        after.closed = self.closed.value()
        self.session.push(CommitmentEdit(c, after, text=self.tr("Change closing date")))

    def add_note(self) -> None:
        c = self.current()
        if c is None:
            return
        from ui.records.note_dialog import NoteDialog

        note, ok = NoteDialog.get_note(self)
        if ok:
            self.session.push(add_note(c, note))

    def delete_current(self) -> None:
        c = self.current()
        if c is not None:
            self.session.push(CommitmentEdit(c, None, text=self.tr("Stop tracking commitment")))

    def _open_source(self) -> None:
        c = self.current()
        if c is not None and c.meeting_id is not None:
            self.open_meeting.emit(c.meeting_id)

    def _record_changed(self, kind: str, _record_id: int) -> None:
        if (
            kind in (RecordKind.COMMITMENT, RecordKind.MEETING, RecordKind.SETTINGS)
            and self.isVisible()
        ):
            self.reload()
        elif kind in (RecordKind.COMMITMENT, RecordKind.MEETING, RecordKind.SETTINGS):
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.reload()

    def today(self) -> dt.date:
        return self.model.today

    def index_of(self, commitment_id: int) -> QModelIndex:
        row = self.model.row_of(commitment_id)
        return self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
