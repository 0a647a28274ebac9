"""A rich text field stored as Markdown, and the formatting actions that act on it.

``QTextDocument.setMarkdown`` / ``toMarkdown`` do the conversion; the core reads the same
Markdown subset. Typing is undone by the field's own history (Ctrl+Z inside the field).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolBar, QWidget

from briefing.limits import paste_refusal
from briefing.markup import renest_lists
from ui.common import messages

DIALECT = QTextDocument.MarkdownFeature.MarkdownDialectGitHub


_BLOCK_START = re.compile(r"^\s*([-*+]\s|\d+[.)]\s|\||#|>|```|~~~)")


# A run of emphasis markers after white space at the end of a line opens emphasis: Qt wraps
# between it and its first word ("a **" / "Shared Future**"), where no space belongs.
_OPENER_AT_END = re.compile(r"(^|\s)[*_~`]+$")


def normalise(markdown: str) -> str:
    """Qt's Markdown without its 80-column wrapping (soft-wrapped lines are joined again) and
    with nested lists indented as CommonMark reads them (:func:`briefing.markup.renest_lists`).
    """
    return renest_lists(_unwrap(markdown))


def _unwrap(markdown: str) -> str:
    out: list[str] = []
    fenced = False
    for line in markdown.strip().split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        prev = out[-1] if out else ""
        if (
            not fenced
            and out
            and line.strip()
            and prev.strip()
            and not _BLOCK_START.match(line)
            and not prev.endswith(("\\", "  "))
            and not prev.lstrip().startswith(("|", "#"))
        ):
            glue = "" if _OPENER_AT_END.search(prev.rstrip()) else " "
            out[-1] = prev.rstrip() + glue + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


class RichTextEdit(QTextEdit):
    #: the user changed the text (not emitted when text is loaded)
    edited = Signal()
    #: focus left the field (save now)
    left = Signal()
    #: focus came to the field (formatting actions follow it)
    entered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.document().contentsChanged.connect(self._changed)

    def set_markdown(self, text: str) -> None:
        self._loading = True
        try:
            self.document().setMarkdown(text or "", DIALECT)
            self.document().clearUndoRedoStacks()
            self.document().setModified(False)
        finally:
            self._loading = False

    def markdown(self) -> str:
        return normalise(self.document().toMarkdown(DIALECT))

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        """Paste, unless it would make the field too large to save and search (limits.py)."""
        size = len(source.text()) if source.hasText() else len(source.html())
        refusal = paste_refusal(size, self.document().characterCount())
        if refusal is not None:
            messages.error(self, self.tr("Not pasted"), refusal)
            return
        super().insertFromMimeData(source)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.entered.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.left.emit()

    # ------------------------------------------------------------------ formatting

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self._merge(fmt)

    def _merge(self, fmt: QTextCharFormat) -> None:
        """Format the selection; with none, what is typed next (as word processors do)."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for block_number in range(cursor.blockNumber(), cursor.blockNumber() + 1):
                block = self.document().findBlockByNumber(block_number)
                current.remove(block)
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(style)
            current.setFormat(fmt)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cursor.createList(fmt)
        cursor.endEditBlock()

    _BULLET_STYLES = (
        QTextListFormat.Style.ListDisc,
        QTextListFormat.Style.ListCircle,
        QTextListFormat.Style.ListSquare,
    )

    def change_list_level(self, delta: int) -> bool:
        """Nest the list item at the cursor one level deeper (``delta`` 1) or bring it one
        level out (-1), as Tab and Shift+Tab do in a word processor; False outside a list."""
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is None:
            return False
        old = current.format()
        level = max(1, old.indent() + delta)
        if level == old.indent():
            return True
        numbered = old.style() not in self._BULLET_STYLES
        cursor.beginEditBlock()
        block = cursor.block()
        target = None
        prev = block.previous()
        while prev.isValid() and prev.textList() is not None:  # a list of that level above
            lst = prev.textList()
            fmt = lst.format()
            if fmt.indent() == level:
                if (fmt.style() not in self._BULLET_STYLES) == numbered:
                    target = lst
                break
            if fmt.indent() < level:
                break
            prev = prev.previous()
        if target is not None:
            current.remove(block)
            target.add(block)
        else:
            fmt = QTextListFormat(old)
            fmt.setIndent(level)
            if not numbered:
                fmt.setStyle(self._BULLET_STYLES[(level - 1) % 3])
            current.remove(block)
            cursor.createList(fmt)
        cursor.endEditBlock()
        return True

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802
        """Tab and Shift+Tab in a list item nest it and bring it out; elsewhere they move
        the focus, as before (Qt asks this before it moves the focus)."""
        if self.hasFocus() and self.change_list_level(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)

    def insert_table(self, rows: int = 2, columns: int = 2) -> None:
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1)
        fmt.setCellPadding(3)
        self.textCursor().insertTable(rows, columns, fmt)

    def append_paragraph(self, text: str) -> None:
        """Add ``text`` as a new plain paragraph at the end (one undo step of this field)."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        if not self.document().isEmpty():
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            lst = cursor.currentList()
            if lst is not None:
                lst.remove(cursor.block())
        cursor.insertText(text, QTextCharFormat())
        cursor.endEditBlock()
        self.setTextCursor(cursor)


class FormatBar(QToolBar):
    """Bold, italic, lists, table: acts on the rich text field that last had the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("format-bar")
        self.target: RichTextEdit | None = None
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.bold = self._action(
            self.tr("Bold"), QKeySequence.StandardKey.Bold, ctx, lambda e: e.toggle_bold()
        )
        self.italic = self._action(
            self.tr("Italic"), QKeySequence.StandardKey.Italic, ctx, lambda e: e.toggle_italic()
        )
        self.bullets = self._action(
            self.tr("Bullet list"),
            QKeySequence("Ctrl+Shift+8"),
            ctx,
            lambda e: e.toggle_list(QTextListFormat.Style.ListDisc),
        )
        self.numbers = self._action(
            self.tr("Numbered list"),
            QKeySequence("Ctrl+Shift+7"),
            ctx,
            lambda e: e.toggle_list(QTextListFormat.Style.ListDecimal),
        )
        self.table = self._action(
            self.tr("Table"), QKeySequence("Ctrl+Alt+T"), ctx, lambda e: e.insert_table()
        )
        self.nest = self._action(
            self.tr("Nest list item (Tab)"),
            QKeySequence("Ctrl+]"),
            ctx,
            lambda e: e.change_list_level(1),
        )
        self.unnest = self._action(
            self.tr("Bring list item out (Shift+Tab)"),
            QKeySequence("Ctrl+["),
            ctx,
            lambda e: e.change_list_level(-1),
        )
        # the bar shows short words (it must fit beside the preview); menus and tooltips the rest
        for action, short in (
            (self.bullets, self.tr("Bullets")),
            (self.numbers, self.tr("Numbers")),
            (self.nest, self.tr("Indent")),
            (self.unnest, self.tr("Outdent")),
        ):
            action.setIconText(short)
        font = self.bold.font()
        font.setBold(True)
        self.bold.setFont(font)
        font = self.italic.font()
        font.setItalic(True)
        self.italic.setFont(font)

    def _action(self, text: str, key, ctx, fn) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(ctx)
        action.setToolTip(
            f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(lambda: self.target is not None and fn(self.target))
        self.addAction(action)
        return action

    def shortcut_actions(self) -> list[QAction]:
        return [
            self.bold,
            self.italic,
            self.bullets,
            self.numbers,
            self.table,
            self.nest,
            self.unnest,
        ]

    def follow(self, editor: RichTextEdit) -> None:
        editor.entered.connect(lambda: setattr(self, "target", editor))
        if self.target is None:
            self.target = editor
