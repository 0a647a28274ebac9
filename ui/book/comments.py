"""Comments beside the section editor: threads on spans of the text, replies, resolve/reopen.

The threads are :mod:`briefing.clearance.comments`'; this panel lists those of the section
being edited and marks their words in the text fields (extra selections, so nothing is
written into the text). While the text is typed the marks follow it here by the same
search the store does when it saves (:func:`briefing.model.reanchor`).
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.clearance import comments
from briefing.errors import BriefingError
from briefing.model import Anchor, Thread, reanchor
from briefing.model.comments import CONTEXT
from ui.common import messages
from ui.common.richtext import RichTextEdit
from ui.i18n import said
from ui.session.session import Session

OPEN_MARK = QColor("#fff2a8")
CURRENT_MARK = QColor("#ffc94d")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def plain_of(editor: QTextEdit) -> str:
    return editor.document().toPlainText()


def span_in(editor: QTextEdit, anchor: Anchor) -> tuple[int, int] | None:
    """Where ``anchor``'s words are in the editor's document now (None: not there)."""
    found = reanchor(anchor, plain_of(editor))
    return None if found.detached else (found.start, found.end)


def ask_text(parent: QWidget, title: str, label: str) -> tuple[str, bool]:
    """The text of a comment or reply (stubbed in tests)."""
    return QInputDialog.getMultiLineText(parent, title, label)


class CommentsPanel(QWidget):
    #: threads were added or changed (the outline and preflight do not care; tests do)
    changed = Signal()

    def __init__(
        self, session: Session, fields: dict[str, RichTextEdit], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comments-panel")
        self.session = session
        self.fields = fields
        self.book_id: int | None = None
        self.section_id: int | None = None
        self.threads: list[Thread] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Comments</b>")))
        self.add_button = QPushButton(self.tr("Co&mment on Selection"))
        self.add_button.setObjectName("comment-add")
        self.add_button.setToolTip(
            self.tr("Comment on the words selected in the text (Ctrl+Alt+M)")
        )
        self.add_button.setShortcut(QKeySequence("Ctrl+Alt+M"))
        self.add_button.clicked.connect(self.comment_on_selection)
        layout.addWidget(self.add_button)
        self.show_resolved = QPushButton(self.tr("Show resolved"))
        self.show_resolved.setCheckable(True)
        self.show_resolved.toggled.connect(lambda _on: self.reload())
        layout.addWidget(self.show_resolved)
        self.list = QListWidget()
        self.list.setObjectName("comment-threads")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _r: self.mark())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.reply_button = QPushButton(self.tr("&Reply…"))
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(self.tr("Resol&ve"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        row.addWidget(self.reply_button)
        row.addWidget(self.resolve_button)
        layout.addLayout(row)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.mark)
        for editor in fields.values():
            editor.textChanged.connect(self._typing.start)
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def load(self, book_id: int | None, section_id: int | None) -> None:
        self.book_id, self.section_id = book_id, section_id
        self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        self.list.clear()
        self.threads = []
        if self.book_id is not None and self.section_id is not None:
            every = self.session.ws.comments.threads(self.book_id, self.section_id)
            order = list(self.fields)
            every.sort(key=lambda t: (order.index(t.field), t.anchor.start))
            self.threads = [t for t in every if self.show_resolved.isChecked() or not t.resolved]
        for thread in self.threads:
            item = QListWidgetItem(self._describe(thread))
            item.setData(ID_ROLE, thread.id)
            if thread.resolved:
                item.setForeground(QColor("#888888"))
            self.list.addItem(item)
            if thread.id == keep:
                self.list.setCurrentItem(item)
        self.add_button.setEnabled(self.section_id is not None and not self.session.readonly)
        self._update_buttons()
        self.mark()

    def _describe(self, t: Thread) -> str:
        quote = t.anchor.quote if len(t.anchor.quote) <= 60 else t.anchor.quote[:59] + "…"
        where = self.tr("(words no longer in the text)") if t.anchor.detached else ""
        lines = [f"“{quote}” {where}".rstrip()]
        for m in t.messages:
            origin = f" [{m.origin}]" if m.origin else ""
            lines.append(f"{m.author}, {m.at:%d %b %H:%M}{origin}: {m.text}")
        if t.resolved:
            lines.append(self.tr("Resolved by %s") % (t.resolved_by or "?"))
        return "\n".join(lines)

    def current(self) -> Thread | None:
        row = self.list.currentRow()
        return self.threads[row] if 0 <= row < len(self.threads) else None

    def current_id(self) -> int | None:
        thread = self.current()
        return thread.id if thread else None

    def _update_buttons(self) -> None:
        thread = self.current()
        writable = not self.session.readonly and thread is not None
        self.reply_button.setEnabled(writable)
        self.resolve_button.setEnabled(writable)
        self.resolve_button.setText(
            self.tr("Re&open") if thread and thread.resolved else self.tr("Resol&ve")
        )

    # ------------------------------------------------------------------ marks in the text

    def mark(self) -> None:
        """Mark the words of every open thread; the current one stronger, and shown."""
        self._update_buttons()
        current = self.current()
        for name, editor in self.fields.items():
            selections = []
            for thread in self.threads:
                if thread.field != name or thread.resolved:
                    continue
                span = span_in(editor, thread.anchor)
                if span is None or span[0] == span[1]:
                    continue
                cursor = QTextCursor(editor.document())
                cursor.setPosition(span[0])
                cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setBackground(CURRENT_MARK if thread is current else OPEN_MARK)
                selection = QTextEdit.ExtraSelection()
                selection.cursor, selection.format = cursor, fmt
                selections.append(selection)
                if thread is current and not editor.hasFocus():  # show it, unless typing there
                    shown = QTextCursor(cursor)
                    shown.setPosition(span[0])
                    editor.setTextCursor(shown)
                    editor.ensureCursorVisible()
            editor.setExtraSelections(selections)

    # ------------------------------------------------------------------ actions

    def _focused_field(self) -> tuple[str, RichTextEdit] | None:
        for name, editor in self.fields.items():
            if editor.hasFocus() or editor.textCursor().hasSelection():
                return name, editor
        return None

    def comment_on_selection(self) -> None:
        if self.book_id is None or self.section_id is None:
            return
        found = self._focused_field()
        if found is None or not found[1].textCursor().hasSelection():
            messages.info(
                self,
                self.tr("Comment"),
                self.tr("Select the words to comment on in one of the section's fields."),
            )
            return
        name, editor = found
        cursor = editor.textCursor()
        plain = plain_of(editor)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        quote = plain[start:end]
        text, ok = ask_text(self, self.tr("Comment"), self.tr("Comment on “%s”:") % quote[:60])
        if not ok:
            return
        self.session.saver.flush()  # the field's text as shown, so the words are found in it
        try:
            field_plain = comments.field_plain(
                self.session.ws.books.section(self.book_id, self.section_id), name
            )
            anchor = comments.anchor_in(
                field_plain, quote, plain[max(0, start - CONTEXT) : start], plain[end:], start
            )
            comments.start_thread(
                self.session.ws, self.book_id, self.section_id, name, anchor, who(), text
            )
        except BriefingError as exc:
            messages.error(self, self.tr("Comment"), said(exc))
            return
        self.reload()
        self.list.setCurrentRow(self.list.count() - 1)
        self.changed.emit()

    def reply(self) -> None:
        thread = self.current()
        if thread is None:
            return
        text, ok = ask_text(self, self.tr("Reply"), self.tr("Reply to %s:") % thread.author)
        if not ok:
            return
        self._run(lambda: comments.reply(self.session.ws, thread.id, who(), text))

    def toggle_resolved(self) -> None:
        thread = self.current()
        if thread is None:
            return
        if thread.resolved:
            self._run(lambda: comments.reopen(self.session.ws, thread.id))
        else:
            self._run(lambda: comments.resolve(self.session.ws, thread.id, who()))

    def _run(self, work) -> None:  # noqa: ANN001
        try:
            work()
        except (BriefingError, KeyError) as exc:
            messages.error(self, self.tr("Comment"), said(exc))
        self.reload()
        self.changed.emit()


def who() -> str:
    return getpass.getuser()
