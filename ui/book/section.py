"""The section editor: objective, points to make, if raised, background (rich text)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from briefing.edits import save_section_text
from briefing.model import Section
from ui.book.comments import CommentsPanel
from ui.common import spelling
from ui.common.richtext import FormatBar, RichTextEdit
from ui.session.session import Session

log = logging.getLogger(__name__)


class SectionEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.book_id: int | None = None
        self.section_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("section-title")
        self.formats = FormatBar(self)
        for action in self.formats.shortcut_actions():
            self.addAction(action)
        layout.addWidget(self.title)
        layout.addWidget(self.formats)
        split = QSplitter(Qt.Orientation.Vertical)
        self.fields: dict[str, RichTextEdit] = {}
        labels = {
            "objective": self.tr("Objective"),
            "points": self.tr("Points to make"),
            "if_raised": self.tr("If raised"),
            "background": self.tr("Background"),
        }
        tips = {
            "objective": self.tr(
                "One or two lines: what the principal must convey or obtain in this area at "
                "this visit."
            ),
            "points": self.tr(
                "The talking points, in note form, four to six: what the principal says, in the "
                "order to say it. Printed as “Points to make”."
            ),
            "if_raised": self.tr(
                "Defensive lines: what to answer only if the other side raises it, and what to "
                "avoid saying. Printed as “If raised”."
            ),
            "background": self.tr(
                "What happened before: when the two sides last met on this, what each said and "
                "promised. “From the Records” (Ctrl+Alt+R) inserts entries with their meeting."
            ),
        }
        for name in Section.TEXT_FIELDS:
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 4, 0, 0)
            label = QLabel(f"<b>{labels[name]}</b>")
            editor = RichTextEdit()
            editor.setObjectName(f"section-{name}")
            spelling.attach(editor)
            editor.setToolTip(tips[name])
            editor.setWhatsThis(f"<b>{labels[name]}</b><br>{tips[name]}")
            label.setBuddy(editor)
            editor.edited.connect(self._edited)
            editor.left.connect(self.save_now)
            self.formats.follow(editor)
            inner.addWidget(label)
            inner.addWidget(editor)
            split.addWidget(box)
            self.fields[name] = editor
        split.setSizes([60, 160, 120, 200])
        self.comments = CommentsPanel(session, self.fields)
        beside = QSplitter(Qt.Orientation.Horizontal)
        beside.setObjectName("section-comments-split")
        beside.addWidget(split)
        beside.addWidget(self.comments)
        beside.setStretchFactor(0, 1)
        beside.setSizes([700, 240])
        layout.addWidget(beside, 1)
        self.setEnabled(False)

    @property
    def key(self) -> tuple[str, int | None]:
        return ("section", self.section_id)

    def load(self, book_id: int | None, section: Section | None) -> None:
        self.save_now()
        self.book_id = book_id
        self.section_id = section.id if section else None
        for name, editor in self.fields.items():
            editor.set_markdown(getattr(section, name) if section else "")
            editor.setReadOnly(self.session.readonly)
        self.title.setText(f"<h3>{section.title}</h3>" if section else "")
        self.comments.load(book_id, self.section_id)
        self.setEnabled(section is not None)

    def texts(self) -> dict[str, str]:
        return {name: editor.markdown() for name, editor in self.fields.items()}

    def _edited(self) -> None:
        if self.section_id is None or self.book_id is None or self.session.readonly:
            return
        book_id, section_id = self.book_id, self.section_id

        def write() -> None:
            if (self.book_id, self.section_id) != (book_id, section_id):
                return  # the editor moved on; load() flushed this section before that
            save_section_text(self.session.ws, book_id, section_id, self.texts())

        self.session.saver.schedule(("section", section_id), write)

    def save_now(self) -> None:
        if self.section_id is not None:
            self.session.saver.flush(("section", self.section_id))

    def append_to_background(self, text: str) -> None:
        editor = self.fields["background"]
        editor.append_paragraph(text)
        editor.setFocus()
