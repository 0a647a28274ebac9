"""The book's outline: sections in order; add a brief per area, reorder, include, owner, status."""

from __future__ import annotations

import copy

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.edits import FREE_KINDS, move_section, set_section_property
from briefing.model import Book, Section, SectionKind, SectionStatus, Settings
from ui.book.outline_model import OutlineModel
from ui.common import messages
from ui.common.labels import label_of
from ui.common.widgets import PauseCommit, set_text_unless_typing
from ui.i18n import said


class OutlinePanel(QWidget):
    #: an edit of the book's outline (a briefing.edits.BookEdit)
    edit_requested = Signal(object)
    #: the selected section changed (Section or None)
    section_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book: Book | None = None
        self.settings: Settings | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = OutlineModel(self)
        self.view = QListView()
        self.view.setObjectName("outline")
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.move_requested.connect(self.move)
        self.model.include_requested.connect(self._include)

        self.up = QAction(self.tr("Move section up"), self)
        self.up.setShortcut(QKeySequence("Ctrl+Up"))
        self.down = QAction(self.tr("Move section down"), self)
        self.down.setShortcut(QKeySequence("Ctrl+Down"))
        for action in (self.up, self.down):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        self.up.triggered.connect(lambda: self.move_current(-1))
        self.down.triggered.connect(lambda: self.move_current(+1))

        buttons = QVBoxLayout()
        self.add_brief = QToolButton()
        self.add_brief.setText(self.tr("Add &brief"))
        self.add_brief.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.brief_menu = QMenu(self)
        self.add_brief.setMenu(self.brief_menu)
        self.add_brief.setToolTip(self.tr("Add the brief of a cooperation area"))
        self.add_other = QToolButton()
        self.add_other.setText(self.tr("Add &section"))
        self.add_other.setToolTip(self.tr("Add a purpose, an annex or another section"))
        self.add_other.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        other = QMenu(self)
        for kind, title in (
            (SectionKind.PURPOSE, self.tr("Purpose and objectives")),
            (SectionKind.ANNEX, self.tr("Annex")),
            (SectionKind.OTHER, self.tr("Other section")),
        ):
            other.addAction(title, lambda k=kind, t=title: self.add_section(k, None, t))
        self.add_other.setMenu(other)
        remove = QToolButton()
        remove.setText(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove the selected section from the book (you can undo)"))
        remove.clicked.connect(self.remove_current)
        up = QToolButton()
        up.setText("▲")
        up.setToolTip(self.up.text() + " (Ctrl+Up)")
        up.clicked.connect(self.up.trigger)
        down = QToolButton()
        down.setText("▼")
        down.setToolTip(self.down.text() + " (Ctrl+Down)")
        down.clicked.connect(self.down.trigger)
        buttons.setSpacing(2)  # two short rows: the outline stays narrow beside the text
        first, second = QHBoxLayout(), QHBoxLayout()
        for row, widgets in (
            (first, (self.add_brief, self.add_other)),
            (second, (remove, up, down)),
        ):
            for w in widgets:
                row.addWidget(w)
            row.addStretch(1)
        buttons.addLayout(first)
        buttons.addLayout(second)

        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("section-title-edit")
        self.owner = QLineEdit()
        self.owner.setObjectName("section-owner")
        self.owner.setToolTip(self.tr("Who drafts this section: a desk, an embassy, a ministry"))
        self.owner.setWhatsThis(
            self.tr(
                "<b>Owner</b><br>The office that drafts this section (a desk, the embassy, a line "
                "ministry). Preflight names it when the section is late or empty."
            )
        )
        self.status = QComboBox()
        self.status.setObjectName("section-status")
        self.status.setToolTip(self.tr("Draft, cleared by the director, or final"))
        for s in SectionStatus:
            self.status.addItem(label_of(s), str(s))
        self.classification = QComboBox()
        self.classification.setObjectName("section-classification")
        self.classification.setToolTip(
            self.tr("The marking of this section; the book is marked at least as high")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("section-kind")
        self.kind.setToolTip(self.tr("What a free-standing section is; a brief stays a brief"))
        self._kind_labels = {
            SectionKind.PURPOSE: self.tr("purpose"),
            SectionKind.PROGRAMME: self.tr("programme"),
            SectionKind.ANNEX: self.tr("annex"),
            SectionKind.OTHER: self.tr("other"),
            SectionKind.AREA: self.tr("brief (area)"),
        }
        self.pause = PauseCommit(self)
        self.pause.watch(self.title, self.owner)
        form.addRow(self.tr("Section &title"), self.title)
        form.addRow(self.tr("O&wner"), self.owner)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("Classi&fication"), self.classification)
        form.addRow(self.tr("&Kind"), self.kind)
        self.title.editingFinished.connect(
            lambda: self._set_field("title", self.title.text().strip())
        )
        self.owner.editingFinished.connect(
            lambda: self._set_field("owner", self.owner.text().strip())
        )
        self.status.activated.connect(
            lambda _i: self._set_field("status", SectionStatus(self.status.currentData()))
        )
        self.classification.activated.connect(
            lambda _i: self._set_field("classification", self.classification.currentData())
        )
        self.kind.activated.connect(
            lambda _i: self._set_field("kind", SectionKind(self.kind.currentData()))
        )

        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)

    # ------------------------------------------------------------------ loading

    def load(self, book: Book, settings: Settings, clearance: dict[int, str] | None = None) -> None:
        """``clearance``: where each section stands in clearance, in words, by id."""
        keep = self.current_section_id()
        self._loading = True
        self.book, self.settings = book, settings
        self.model.load(book.sections, settings.classification, book.classification, clearance)
        self.classification.clear()
        self.classification.addItem(self.tr("(book level)"), "")
        for level in settings.classification.levels:
            self.classification.addItem(level, level)
        areas = [(a.key, a.name) for a in settings.areas]
        if areas != getattr(self, "_menu_areas", None):
            self._menu_areas = areas
            self._fill_brief_menu(settings)
        self._loading = False
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and book.sections and keep is None:
            row = 0
        self.select_row(row)

    def _fill_brief_menu(self, settings: Settings) -> None:
        self.brief_menu.clear()
        for area in settings.areas:
            self.brief_menu.addAction(
                area.name, lambda a=area: self.add_section(SectionKind.AREA, a.key, a.name)
            )

    def select_row(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(-1, 0))
            self._current_changed()
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._current_changed()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def current_section_id(self) -> int | None:
        row = self.current_row()
        return self.model.section(row).id if row >= 0 else None

    def _current_changed(self, *_args) -> None:  # noqa: ANN002
        row = self.current_row()
        section = self.model.section(row) if row >= 0 else None
        set_text_unless_typing(self.title, section.title if section else "")
        set_text_unless_typing(self.owner, section.owner if section else "")
        self.status.setCurrentIndex(
            max(0, self.status.findData(str(section.status))) if section else 0
        )
        self.classification.setCurrentIndex(
            max(0, self.classification.findData(section.classification)) if section else 0
        )
        self.kind.clear()
        if section is not None:
            kinds = [SectionKind.AREA] if section.kind == SectionKind.AREA else list(FREE_KINDS)
            for k in kinds:
                self.kind.addItem(self._kind_labels[k], str(k))
            self.kind.setCurrentIndex(max(0, self.kind.findData(str(section.kind))))
        for w in (self.title, self.owner, self.status, self.classification):
            w.setEnabled(section is not None)
        self.kind.setEnabled(section is not None and section.kind != SectionKind.AREA)
        if not self._loading:
            self.section_selected.emit(section)

    # ------------------------------------------------------------------ edits

    def _edit(self, after: Book, text: str) -> None:
        from briefing.edits import BookEdit

        self.edit_requested.emit(BookEdit(self.book, after, text=text))

    def add_section(self, kind: SectionKind, area: str | None, title: str) -> None:
        if self.book is None:
            return
        after = copy.deepcopy(self.book)
        row = self.current_row()
        at = row + 1 if row >= 0 else len(after.sections)
        after.sections.insert(at, Section(title=title, kind=kind, area=area))
        self._edit(after, self.tr("Add “%s”") % title)
        self.select_row(at)

    def remove_current(self) -> None:
        row = self.current_row()
        if self.book is None or row < 0:
            return
        after = copy.deepcopy(self.book)
        gone = after.sections.pop(row)
        self._edit(after, self.tr("Remove “%s”") % gone.title)
        self.select_row(min(row, self.model.rowCount() - 1))

    def move(self, source: int, target: int) -> None:
        if self.book is None or source == target:
            return
        if not (0 <= source < len(self.book.sections)):
            return
        target = max(0, min(target, len(self.book.sections) - 1))
        section_id = self.book.sections[source].id
        self.edit_requested.emit(move_section(self.book, source, target))
        if section_id is not None:
            self.select_row(self.model.row_of(section_id))

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.move(row, row + step)

    def _include(self, row: int, included: bool) -> None:
        self._set_field("included", included, row)

    def _set_field(self, name: str, value: object, row: int | None = None) -> None:
        if self._loading or self.book is None:
            return
        row = self.current_row() if row is None else row
        if row < 0 or getattr(self.book.sections[row], name) == value:
            return
        if value == "" and name != "classification":
            return
        settings = self.settings
        assert settings is not None
        try:
            edit = set_section_property(
                self.book, self.book.sections[row].id, name, value, settings
            )
        except (KeyError, ValueError) as exc:
            messages.error(self, self.tr("Cannot change the section"), said(exc))
            self._current_changed()
            return
        edit.text = self.tr("Change section %s") % name
        self.edit_requested.emit(edit)
