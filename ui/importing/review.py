"""Review a draft meeting record read from a press release, then create it in one step.

Left: the release as read, each item's source highlighted in its kind's colour. Right: the
meeting's fields, the participants (matched people marked, new people to be created), the
items and the proposed commitments, each with a "keep" tick. Accepting returns a
:class:`briefing.importers.review.Plan`; the caller pushes its edit on the undo stack.

Keys: Enter creates the meeting, Esc cancels, Up/Down move through the items (the source view
follows), Space ticks or unticks the current row, F2 or a double click edits a cell.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing.importers import review
from briefing.importers.draft import Draft
from briefing.model import MeetingKind, Settings
from ui.common import messages
from ui.common.widgets import OptionalDate
from ui.importing.models import (
    KIND_COLOURS,
    DraftCommitmentsModel,
    DraftItemsModel,
    DraftParticipantsModel,
)
from ui.importing.source_view import SourceView
from ui.importing.tables import ItemTextEdit, KeepTable

log = logging.getLogger(__name__)

_LINE_FIELDS = ("city", "country", "occasion", "title", "issuer", "department")
_DATE_FIELDS = ("meeting_date", "end_date", "issue_date")


#: how a field the release does not give, and the officer must, is marked
_ASKED = "QCheckBox { color: #b00020; font-weight: bold; } QDateEdit { border: 2px solid #b00020; }"


class ImportReviewDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        draft: Draft,
        settings: Settings,
        source_name: str = "",
        notes: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-review")
        self.setWindowTitle(self.tr("Review Imported Meeting — %s") % (source_name or "release"))
        self.draft = draft
        self.settings = settings
        self.plan: review.Plan | None = None
        self.dirty = False
        self._loading = True

        self.source = SourceView()
        self.source.setObjectName("import-source")
        self.participants_model = DraftParticipantsModel(draft, settings, self)
        self.items_model = DraftItemsModel(draft, settings, self)
        self.commitments_model = DraftCommitmentsModel(draft, settings, self)
        self.participants = self._table(self.participants_model, "import-participants")
        self.items = self._table(self.items_model, "import-items")
        self.commitments = self._table(self.commitments_model, "import-commitments")

        self.notice = QLabel()
        self.notice.setObjectName("import-notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3a2c00; border: 1px solid #e6c34a;"
            " border-radius: 3px; padding: 6px; }"
        )
        warnings = [*(notes or []), *draft.warnings]
        self.notice.setText("\n".join(f"• {w}" for w in warnings))
        self.notice.setVisible(bool(warnings))

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self._meeting_box())
        self.add_person = QPushButton(self.tr("&Add Participant"))
        self.add_person.setObjectName("import-add-participant")
        self.add_person.setToolTip(
            self.tr("Someone the release leaves out: type their name, title and side")
        )
        self.add_person.clicked.connect(self.add_participant)
        self.participants_box = self._box(
            self.tr("Participants"), self.participants, self.add_person
        )
        self.item_text = ItemTextEdit()
        self.item_text.setObjectName("import-item-text")
        self.item_text.setPlaceholderText(
            self.tr("The text of the selected item, as it will be recorded")
        )
        self.item_text.textChanged.connect(self._item_text_edited)
        self.item_text.done.connect(self.items.setFocus)
        self.items_box = self._box(self.tr("Items"), self.items, self.item_text)
        self.commitments_box = self._box(self.tr("Proposed commitments"), self.commitments)
        for box in (self.participants_box, self.items_box, self.commitments_box):
            right.addWidget(box)
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 0)
        right.setStretchFactor(2, 3)
        right.setStretchFactor(3, 1)
        self.right = right
        self._sized = False

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self._source_pane(source_name))
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.splitter = split

        self.summary = QLabel()
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("&Create Meeting"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self._fill_meeting()
        self.source.set_source(draft.text, draft.items, draft.participants)
        self.items_model.changed.connect(self._items_changed)
        self.items_model.dataChanged.connect(self._items_data_changed)
        self.participants_model.changed.connect(self._participants_changed)
        self.commitments_model.changed.connect(self._changed)
        self.items.selectionModel().currentRowChanged.connect(self._item_chosen)
        self.commitments.selectionModel().currentRowChanged.connect(self._commitment_chosen)
        self.source.item_clicked.connect(self.items.select_row)
        self._size_columns()
        self._loading = False
        self._update_summary()
        self._fit_to_screen()
        if draft.items:
            self.items.select_row(0)
        self.items.setFocus()
        self._ask_for_missing()

    # ------------------------------------------------------------------ building

    def _table(self, model, name: str) -> KeepTable:  # noqa: ANN001
        table = KeepTable()
        table.setObjectName(name)
        table.setModel(model)
        return table

    def _box(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        for widget in widgets:
            layout.addWidget(widget, 1 if isinstance(widget, KeepTable) else 0)
        return box

    def _source_pane(self, source_name: str) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Source</b> — %s") % (source_name or self.tr("release")))
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        legend = QHBoxLayout()
        legend.setSpacing(4)
        for kind, (light, _strong) in KIND_COLOURS.items():
            chip = QLabel(str(kind))
            chip.setStyleSheet(
                f"QLabel {{ background: {light}; color: #000; padding: 1px 6px;"
                " border-radius: 3px; }"
            )
            legend.addWidget(chip)
        legend.addStretch(1)
        layout.addLayout(legend)
        layout.addWidget(self.source, 1)
        return pane

    def _meeting_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Meeting"))
        grid = QGridLayout(box)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.kind = QComboBox()
        self.kind.setObjectName("import-kind")
        for kind in review.MEETING_KIND_CHOICES:
            self.kind.addItem(str(kind), str(kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lines: dict[str, QLineEdit] = {}
        for name in _LINE_FIELDS:
            line = QLineEdit()
            line.setObjectName(f"import-{name}")
            line.textEdited.connect(lambda text, n=name: self._set(n, text.strip()))
            self.lines[name] = line
        self.dates: dict[str, OptionalDate] = {}
        for name in _DATE_FIELDS:
            date = OptionalDate()
            date.setObjectName(f"import-{name}")
            date.changed.connect(lambda n=name: self._set(n, self.dates[n].value()))
            date.edit.dateChanged.connect(lambda _d, n=name: self._set(n, self.dates[n].value()))
            self.dates[name] = date

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            return widget

        rows = [
            (self.tr("&Kind"), self.kind, self.tr("&Date"), self.dates["meeting_date"]),
            (self.tr("Cit&y"), self.lines["city"], self.tr("E&nd date"), self.dates["end_date"]),
            (
                self.tr("Co&untry"),
                self.lines["country"],
                self.tr("Iss&ued"),
                self.dates["issue_date"],
            ),
        ]
        for r, (text1, w1, text2, w2) in enumerate(rows):
            grid.addWidget(label(text1, w1), r, 0)
            grid.addWidget(w1, r, 1)
            grid.addWidget(label(text2, w2), r, 2)
            grid.addWidget(w2, r, 3)
        grid.addWidget(label(self.tr("&Occasion"), self.lines["occasion"]), 3, 0)
        grid.addWidget(self.lines["occasion"], 3, 1, 1, 3)
        grid.addWidget(label(self.tr("&Title"), self.lines["title"]), 4, 0)
        grid.addWidget(self.lines["title"], 4, 1, 1, 3)
        grid.addWidget(label(self.tr("Iss&uer"), self.lines["issuer"]), 5, 0)
        grid.addWidget(self.lines["issuer"], 5, 1)
        grid.addWidget(label(self.tr("De&partment"), self.lines["department"]), 5, 2)
        grid.addWidget(self.lines["department"], 5, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _fill_meeting(self) -> None:
        d = self.draft
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(d.kind))))
        for name, line in self.lines.items():
            line.setText(getattr(d, name))
            line.setCursorPosition(0)
        for name, date in self.dates.items():
            date.set_value(getattr(d, name))
        for date in self.dates.values():  # ticking an unset date starts from the release's
            date.start = lambda: self.draft.meeting_date or self.draft.issue_date or dt.date.today()

    def _size_columns(self) -> None:
        fixed = QHeaderView.ResizeMode.ResizeToContents
        header = self.items.horizontalHeader()
        for col in (
            DraftItemsModel.KEEP,
            DraftItemsModel.SIDE,
            DraftItemsModel.KIND,
            DraftItemsModel.CONFIDENCE,
        ):
            header.setSectionResizeMode(col, fixed)
        header.setSectionResizeMode(DraftItemsModel.AREA, fixed)
        header.setSectionResizeMode(DraftItemsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header = self.participants.horizontalHeader()
        for col in range(self.participants_model.columnCount()):
            header.setSectionResizeMode(col, fixed)
        header.setSectionResizeMode(DraftParticipantsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header = self.commitments.horizontalHeader()
        for col in (
            DraftCommitmentsModel.KEEP,
            DraftCommitmentsModel.OWED_BY,
            DraftCommitmentsModel.AREA,
        ):
            header.setSectionResizeMode(col, fixed)
        header.setSectionResizeMode(DraftCommitmentsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self._fit_participants()
        table = self.commitments
        table.resizeRowsToContents()
        row = table.verticalHeader().defaultSectionSize()
        if self.commitments_model.rowCount():
            row = table.verticalHeader().sectionSize(0)
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + row * 2 + 4)
        self.items.setMinimumHeight(self.items.horizontalHeader().sizeHint().height() + row * 5 + 4)

    def _fit_participants(self) -> None:
        """The participants table as tall as its rows (a release names few people)."""
        table = self.participants
        table.resizeRowsToContents()
        rows = table.verticalHeader().length() or table.verticalHeader().defaultSectionSize()
        height = table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth()
        table.setMinimumHeight(min(height, 160))
        table.setMaximumHeight(max(height, 60))

    def _fit_to_screen(self) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or (
            QGuiApplication.primaryScreen()
        )
        width, height = 1480, 940
        if screen is not None:
            area = screen.availableGeometry()
            width = min(width, int(area.width() * 0.96))
            height = min(height, int(area.height() * 0.94))
        self.resize(width, height)
        self.splitter.setSizes([int(width * 0.38), int(width * 0.62)])

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._share_height()

    def _share_height(self) -> None:
        """The items get the room; the commitments up to five rows when it is there."""
        total = self.right.height()
        meeting = self.right.widget(0).sizeHint().height()
        people = self.participants_box.sizeHint().height()
        table = self.commitments
        row = table.verticalHeader().defaultSectionSize()
        if self.commitments_model.rowCount():
            row = table.verticalHeader().sectionSize(0)
        chrome = self.commitments_box.sizeHint().height() - table.sizeHint().height()
        wanted = chrome + table.horizontalHeader().sizeHint().height() + 4
        wanted += row * max(1, min(self.commitments_model.rowCount(), 5))
        rest = total - meeting - people - 3 * self.right.handleWidth()
        commitments = min(wanted, max(rest // 3, self.commitments_box.minimumSizeHint().height()))
        self.right.setSizes([meeting, people, max(rest - commitments, 0), commitments])

    def _ask_for_missing(self) -> None:
        """What the release does not give is said at the top, and the first field to fill
        has the keyboard (the date: nothing can be created without it)."""
        asks = {
            "meeting_date": self.tr(
                "The release does not give the meeting date: tick Date and set it (Alt+D)."
            ),
            "place": self.tr(
                "The release does not say where the meeting was: fill in City and "
                "Country if you know."
            ),
            "participants": self.tr(
                "No participants were recognised: add them with Add Participant (Alt+A)."
            ),
        }
        missing = [asks[m] for m in self.draft.missing if m in asks]
        if not missing:
            return
        said = ("No meeting date was found", "No meeting place was found", "No participants were")
        others = [w for w in self.notice.text().split("\n") if w and not w[2:].startswith(said)]
        self.notice.setText("\n".join([*(f"• {m}" for m in missing), *others]))
        self.notice.setVisible(True)
        if "meeting_date" in self.draft.missing:
            self.dates["meeting_date"].setStyleSheet(_ASKED)
            self.dates["meeting_date"].check.setFocus()
        elif "participants" in self.draft.missing:
            self.add_person.setFocus()

    def add_participant(self) -> None:
        """A new row for someone the release leaves out; its name cell is being edited."""
        row = review.add_participant(self.draft)
        self.participants_model.refresh()
        index = self.participants_model.index(row, DraftParticipantsModel.NAME)
        self.participants.setCurrentIndex(index)
        self.participants.edit(index)
        self._participants_changed()

    # ------------------------------------------------------------------ changes

    def _set(self, name: str, value: object) -> None:
        if self._loading or getattr(self.draft, name) == value:
            return
        setattr(self.draft, name, value)
        if name == "meeting_date" and value is not None:
            self.dates["meeting_date"].setStyleSheet("")  # asked for, now given
        self._changed()

    def _kind_changed(self, _index: int) -> None:
        self._set("kind", MeetingKind(self.kind.currentData()))

    def _items_changed(self) -> None:
        self.commitments_model.refresh()
        self.source.refresh()
        self._changed()

    def _participants_changed(self) -> None:
        self.source.refresh()
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._update_summary()

    def _update_summary(self) -> None:
        n = review.counts(self.draft)
        d = self.draft
        self.participants_box.setTitle(
            self.tr("Participants ({kept} of {all} kept, {new} new)").format(
                kept=n["participants"], all=len(d.participants), new=n["new_people"]
            )
        )
        self.items_box.setTitle(
            self.tr("Items ({kept} of {all} kept)").format(kept=n["items"], all=len(d.items))
        )
        self.commitments_box.setTitle(
            self.tr("Proposed commitments ({kept} of {all} to track)").format(
                kept=n["commitments"], all=len(d.commitments)
            )
        )
        problems = review.problems(d)
        if problems:
            self.summary.setStyleSheet("QLabel { color: #b00020; }")
            self.summary.setText(" ".join(problems))
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(
                self.tr(
                    "Creates the meeting with {items} item(s), {people} new person(s) and "
                    "{commitments} tracked commitment(s), in one step you can undo."
                ).format(items=n["items"], people=n["new_people"], commitments=n["commitments"])
            )

    def _item_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        self.source.show_item(row)
        self._show_item_text(row)

    def _show_item_text(self, row: int) -> None:
        self.item_text.blockSignals(True)
        self.item_text.setPlainText(self.draft.items[row].text if row >= 0 else "")
        self.item_text.setEnabled(row >= 0)
        self.item_text.blockSignals(False)

    def _item_text_edited(self) -> None:
        row = self.items.currentIndex().row()
        if row >= 0:
            index = self.items_model.index(row, DraftItemsModel.TEXT)
            self.items_model.setData(index, self.item_text.toPlainText())

    def _items_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        row = self.items.currentIndex().row()
        if top.row() <= row <= bottom.row() and not self.item_text.hasFocus():
            self._show_item_text(row)  # edited in the table's cell

    def _commitment_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.items.select_row(self.commitments_model.item_row(current.row()))

    # ------------------------------------------------------------------ closing

    def accept(self) -> None:
        problems = review.problems(self.draft)
        if problems:
            self._update_summary()
            if self.draft.meeting_date is None:
                self.dates["meeting_date"].check.setFocus()
            return
        try:
            self.plan = review.plan(self.draft, self.settings)
        except ValueError as exc:
            self.summary.setStyleSheet("QLabel { color: #b00020; }")
            self.summary.setText(str(exc))
            return
        super().accept()

    def reject(self) -> None:
        if self.dirty and not messages.ask(
            self,
            self.tr("Discard the draft?"),
            self.tr("Your changes to this draft will be lost; nothing has been saved yet."),
            self.tr("Discard"),
            self.tr("Keep Reviewing"),
        ):
            return
        super().reject()

    @classmethod
    def review(
        cls,
        parent: QWidget | None,
        draft: Draft,
        settings: Settings,
        source_name: str = "",
        notes: list[str] | None = None,
    ) -> tuple[review.Plan | None, bool]:
        dialog = cls(parent, draft, settings, source_name, notes)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.plan, ok and dialog.plan is not None
