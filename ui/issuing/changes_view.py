"""What changed between two issued versions, per part of the book, as readable rich text:
added lines in green with "+", removed lines in red, struck through, with "−"."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from briefing.issuing.versions import SectionChange
from ui.i18n import tr

ADDED = "color:#0f5323; background-color:#dafbe1;"
REMOVED = "color:#82071e; background-color:#ffebe9; text-decoration:line-through;"


def changes_html(changes: list[SectionChange], since: str, until: str) -> str:
    """``since``/``until`` name the two sides: "v1", "v2", "the book now"."""
    head = tr("<p>From <b>{a}</b> to <b>{b}</b>: {what}.</p>").format(
        a=html.escape(since),
        b=html.escape(until),
        what=_parts(len(changes)),
    )
    parts = [head]
    state_text = {
        "added": tr("new"),
        "removed": tr("left out"),
        "changed": tr("changed"),
    }
    for change in changes:
        where = ""
        if change.pages:
            first, last = change.pages
            if first == last:
                where = tr(", page %d") % first
            else:
                where = tr(", pages %d–%d") % (first, last)
        parts.append(
            f"<h3 style='margin-bottom:2px'>{html.escape(change.title)} "
            f"<span style='font-weight:normal; color:#57606a'>— "
            f"{state_text.get(change.state, change.state)}{where}</span></h3>"
        )
        if change.state == "removed":
            parts.append(_line(tr("The whole part is no longer in the book."), REMOVED, "−"))
            continue
        for text in change.removed:
            parts.append(_line(text, REMOVED, "−"))
        for text in change.added:
            parts.append(_line(text, ADDED, "+"))
    return "".join(parts)


def _parts(n: int) -> str:
    if n == 0:
        return tr("nothing changed")
    return tr("1 part changed") if n == 1 else tr("%d parts changed") % n


def _line(text: str, style: str, sign: str) -> str:
    return (
        f"<p style='{style} margin:1px 0; padding:2px;'><b>{sign}</b>&nbsp;{html.escape(text)}</p>"
    )


class ChangesView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changes")
        self.setOpenLinks(False)
        self.changes: list[SectionChange] = []

    def show_changes(self, changes: list[SectionChange], since: str, until: str) -> None:
        self.changes = changes
        self.setHtml(changes_html(changes, since, until))

    def titles(self) -> list[str]:
        return [c.title for c in self.changes]
