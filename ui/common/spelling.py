"""Red wavy underlines and suggestions in text fields: attach with :func:`attach`.

The checking is :class:`briefing.spelling.SpellChecker` (English and Khmer, the workspace's own
words); this module only shows it. A :class:`SpellHighlighter` underlines the words whose verdict
is already known and never waits for a dictionary while the user types: words not seen before are
checked a few milliseconds at a time when the event loop is idle, blocks on screen first, and
their blocks are underlined again then. "Add to Dictionary" keeps the word in the workspace
(``ws.spelling``), so a name or a term of the relationship is learned once.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from briefing.errors import BriefingError
from briefing.spelling import SpellChecker, Token
from ui.common import messages
from ui.i18n import said, tr

if TYPE_CHECKING:
    from briefing.store import Workspace

log = logging.getLogger(__name__)

#: longest stretch of checking between two events (the rest waits for the next idle moment)
SLICE_MS = 4.0


class SpellService(QObject):
    """The checker of the open workspace, shared by every field; ``changed`` when it changes
    (a workspace opened or closed, a word added)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.checker: SpellChecker | None = None
        self.ws: Workspace | None = None
        self.enabled = True

    def open(self, ws: Workspace) -> None:
        self.ws = ws
        try:
            words = ws.spelling.words()
        except BriefingError:  # an older file opened read-only has no table: no own words
            log.warning("the workspace's spelling words could not be read", exc_info=True)
            words = set()
        self.checker = SpellChecker(words)
        self.changed.emit()
        # the dictionaries load once (0.1 s each), just after the workspace is shown
        QTimer.singleShot(0, self._preload)

    def _preload(self) -> None:
        if self.checker is not None:
            for language in self.checker.dictionaries.languages():
                self.checker.dictionaries.get(language)

    def close(self) -> None:
        self.ws, self.checker = None, None
        self.changed.emit()

    def can_add(self) -> bool:
        return self.ws is not None and not self.ws.readonly

    def add(self, word: str, parent=None) -> None:  # noqa: ANN001
        if self.checker is None or self.ws is None:
            return
        try:
            self.ws.spelling.add(word)
        except BriefingError as exc:
            messages.error(parent, tr("Not added to the dictionary"), said(exc))
            return
        self.checker.add(word)
        self.changed.emit()


_service: SpellService | None = None


def service() -> SpellService:
    global _service
    if _service is None:
        _service = SpellService()
    return _service


def install(host) -> None:  # noqa: ANN001 - a WindowHost
    """Follow the window's workspace: its own words load when it opens."""
    spell = service()
    host.workspace_opened.connect(lambda: host.session is not None and spell.open(host.session.ws))
    host.workspace_closed.connect(spell.close)
    if host.session is not None:
        spell.open(host.session.ws)


def _underline() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor("#d00000"))
    return fmt


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of one field (a QTextEdit or a QPlainTextEdit)."""

    def __init__(self, editor: QTextEdit | QPlainTextEdit, spell: SpellService) -> None:
        super().__init__(editor.document())
        self.editor = editor
        self.spell = spell
        self.format = _underline()
        self._tokens: dict[int, tuple[str, list[Token]]] = {}  # block -> its text, its words
        self._pending: set[int] = set()  # block numbers with words not checked yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._check_slice)
        self._rehighlighting = False
        spell.changed.connect(self._refresh)

    def tokens(self, number: int, text: str, checker: SpellChecker) -> list[Token]:
        """The words of block ``number`` (kept while its text stays the same: segmenting
        Khmer is the costly part of underlining a block)."""
        kept = self._tokens.get(number)
        if kept is None or kept[0] != text:
            kept = self._tokens[number] = (text, checker.tokens(text))
        return kept[1]

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        checker = self.spell.checker
        if checker is None or not self.spell.enabled or not text:
            return
        waiting = False
        number = self.currentBlock().blockNumber()
        for token in self.tokens(number, text, checker):
            verdict = checker.cached(token)
            if verdict is False:
                self.setFormat(token.start, token.end - token.start, self.format)
            elif verdict is None:
                waiting = True
        if waiting:
            self._pending.add(number)
            if not self._timer.isActive():
                self._timer.start()

    def _visible_blocks(self) -> range:
        viewport = self.editor.viewport()
        first = self.editor.cursorForPosition(QPoint(0, 0)).blockNumber()
        last = self.editor.cursorForPosition(QPoint(viewport.width(), viewport.height()))
        return range(first, last.blockNumber() + 1)

    def _check_slice(self) -> None:
        """Check unknown words for a few milliseconds, blocks on screen first, then underline
        the blocks whose words are all known; the rest waits for the next idle moment."""
        checker = self.spell.checker
        if checker is None or self.document() is None:
            self._pending.clear()
            return
        visible = self._visible_blocks()
        order = sorted(self._pending, key=lambda n: (n not in visible, n))
        deadline = time.perf_counter() + SLICE_MS / 1000
        done: list[int] = []
        for number in order:
            block = self.document().findBlockByNumber(number)
            if not block.isValid():
                self._pending.discard(number)
                continue
            finished = True
            for token in self.tokens(number, block.text(), checker):
                if checker.cached(token) is None:
                    if time.perf_counter() > deadline:
                        finished = False
                        break
                    checker.check(token)
            if not finished:
                break
            done.append(number)
        for i, number in enumerate(done):  # underlining lays a paragraph out again: bounded too
            if i and time.perf_counter() > deadline + SLICE_MS / 1000:
                break
            self._pending.discard(number)
            block = self.document().findBlockByNumber(number)
            if block.isValid():
                self._quietly(lambda b=block: self.rehighlightBlock(b))
        if self._pending:
            self._timer.start()

    def _refresh(self) -> None:
        self._tokens.clear()
        self._pending.clear()
        self._quietly(self.rehighlight)

    def _quietly(self, fn) -> None:  # noqa: ANN001
        """Underlining changes no text: the document's change signals stay silent meanwhile, so
        a field does not take new underlines for an edit to save (the layout still updates)."""
        document = self.document()
        was = document.blockSignals(True)
        try:
            fn()
        finally:
            document.blockSignals(was)

    def token_at(self, cursor: QTextCursor) -> tuple[Token, str] | None:
        """The misspelt word under ``cursor`` and the text of its block."""
        checker = self.spell.checker
        if checker is None:
            return None
        block, at = cursor.block(), cursor.positionInBlock()
        for token in self.tokens(block.blockNumber(), block.text(), checker):
            if token.start <= at <= token.end and not checker.check(token):
                return token, block.text()
        return None


class _ContextMenu(QObject):
    """Suggestions and "Add to Dictionary" on top of the field's own context menu."""

    def __init__(self, editor: QTextEdit | QPlainTextEdit, highlighter: SpellHighlighter) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = highlighter
        editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ContextMenu:
            return False
        menu = self.menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True

    def menu(self, pos: QPoint) -> QMenu:
        editor = self.editor
        menu = editor.createStandardContextMenu(pos)
        cursor = editor.cursorForPosition(pos)
        found = None if editor.isReadOnly() else self.highlighter.token_at(cursor)
        if found is None:
            return menu
        token, text = found
        spell = self.highlighter.spell
        first = menu.actions()[0] if menu.actions() else None
        block_at = cursor.block().position()
        fixes = spell.checker.corrections(text, token) if spell.checker else []
        for word, start, end in fixes:
            action = menu.addAction(word)
            action.setObjectName("spelling-suggestion")
            action.triggered.connect(
                lambda _c=False, w=word, s=block_at + start, e=block_at + end: self._replace(
                    s, e, w
                )
            )
            menu.insertAction(first, action)
        if not fixes:
            none = menu.addAction(tr("(no suggestions)"))
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = menu.addAction(tr("Add “%s” to the Workspace's Dictionary") % token.word)
        add.setObjectName("spelling-add")
        add.setEnabled(spell.can_add())
        add.triggered.connect(lambda: spell.add(token.word, editor))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        return menu

    def _replace(self, start: int, end: int, word: str) -> None:
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(word)


def attach(editor: QTextEdit | QPlainTextEdit) -> SpellHighlighter:
    """Check the spelling of ``editor`` (its document may be replaced later: the highlighter
    follows the editor's document as it was when attached)."""
    highlighter = SpellHighlighter(editor, service())
    editor._spelling = highlighter  # noqa: SLF001 - kept alive with the field
    _ContextMenu(editor, highlighter)
    return highlighter
