"""Book ▸ Send for Review… and Book ▸ Apply Returned Review…: the Word round trip in the app.

Thin over :mod:`briefing.review`: the send dialog picks the sections, the apply dialog shows
the plan of :func:`briefing.review.apply.plan_review` (each section's changes as a diff, a
box per change) and hands the ticked ones to :func:`~briefing.review.apply.apply_review`.
Conflicts (lines changed here too since the review was sent) start unticked.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing import clearance
from briefing.model import Book
from briefing.review.apply import Change, ReviewPlan

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


class SendDialog(QDialog):
    """Which sections go out for review (the ones with text, ticked)."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send for Review"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "A Word document for the clearers: they edit the text under each heading, "
                    "with or without Track Changes, and add comments. Bring it back with "
                    "Book ▸ Apply Returned Review…"
                ),
                wordWrap=True,
            )
        )
        self.sections = QListWidget()
        for s in book.sections:
            item = QListWidgetItem(s.title)
            item.setData(INDEX_ROLE, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = clearance.needs_clearance(s)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.sections.addItem(item)
        layout.addWidget(self.sections)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def chosen(self) -> list[int]:
        out = []
        for i in range(self.sections.count()):
            item = self.sections.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(INDEX_ROLE))
        return out


def _diff_html(change: Change) -> str:
    rows = []
    for line in change.diff_lines():
        colour = "#fde2e1" if line.startswith("-") else "#e3f6e3"
        sign = "−" if line.startswith("-") else "+"
        rows.append(
            f'<tr><td style="background:{colour};padding:2px 6px">{sign} '
            f"{escape(line[2:])}</td></tr>"
        )
    who = ", ".join(sorted(change.hunk.authors))
    head = f"<b>{escape(change.section_title)} ▸ {escape(change.field_title)}</b>"
    if who:
        head += f" — {escape(who)}"
    if change.hunk.conflict:
        head += (
            '<br><span style="color:#a15c00">This text was changed here too since the review '
            "was sent: ticking it puts the reviewer's lines in place of yours.</span>"
        )
    return f'{head}<table width="100%" cellspacing="2">{"".join(rows)}</table>'


class ApplyReviewDialog(QDialog):
    """Each section's changes, a box each: accept all, reject all, or one by one."""

    def __init__(self, plan: ReviewPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Apply Returned Review — %1").replace("%1", plan.name))
        layout = QVBoxLayout(self)
        summary = self.tr("%1 change(s) proposed; %2 new comment(s), %3 reply(ies).")
        summary = (
            summary.replace("%1", str(len(plan.changes)))
            .replace("%2", str(len(plan.threads)))
            .replace("%3", str(len(plan.replies)))
        )
        if plan.authors:
            summary += " " + self.tr("Tracked changes by %1.").replace(
                "%1", ", ".join(sorted(plan.authors))
            )
        layout.addWidget(QLabel(summary, wordWrap=True))
        split = QSplitter()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Change")])
        sections: dict[int, QTreeWidgetItem] = {}
        self.items: list[QTreeWidgetItem] = []
        for c in plan.changes:
            parent_item = sections.get(c.section_id)
            if parent_item is None:
                parent_item = QTreeWidgetItem([c.section_title])
                self.tree.addTopLevelItem(parent_item)
                sections[c.section_id] = parent_item
            label = c.field_title + (self.tr(" (conflict)") if c.hunk.conflict else "")
            item = QTreeWidgetItem([label])
            item.setData(0, INDEX_ROLE, c.index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            tick = Qt.CheckState.Unchecked if c.hunk.conflict else Qt.CheckState.Checked
            item.setCheckState(0, tick)
            parent_item.addChild(item)
            self.items.append(item)
        self.tree.expandAll()
        self.tree.currentItemChanged.connect(self._show)
        self.diff = QTextBrowser()
        split.addWidget(self.tree)
        split.addWidget(self.diff)
        split.setSizes([240, 560])
        layout.addWidget(split, 1)
        notes = plan.outside + [self.tr("Not reconciled: ") + p for p in plan.problems]
        if notes:
            kept = QLabel(
                self.tr("Kept in the clearance trail, not placed in the text:")
                + "<ul>"
                + "".join(f"<li>{escape(n)}</li>" for n in notes)
                + "</ul>",
                wordWrap=True,
            )
            layout.addWidget(kept)
        row = QDialogButtonBox()
        self.accept_all = QPushButton(self.tr("Accept &All"))
        self.reject_all = QPushButton(self.tr("&Reject All"))
        row.addButton(self.accept_all, QDialogButtonBox.ButtonRole.ActionRole)
        row.addButton(self.reject_all, QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button = row.addButton(
            self.tr("A&pply Ticked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        row.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.accept_all.clicked.connect(lambda: self._tick_all(True))
        self.reject_all.clicked.connect(lambda: self._tick_all(False))
        row.accepted.connect(self.accept)
        row.rejected.connect(self.reject)
        layout.addWidget(row)
        if self.items:
            self.tree.setCurrentItem(self.items[0])
        else:
            self.diff.setHtml(self.tr("No change to the text."))
        self.resize(860, 560)

    def _show(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        index = item.data(0, INDEX_ROLE)
        if index is None:  # a section: all its changes
            html = [_diff_html(c) for c in self.plan.changes if c.section_title == item.text(0)]
        else:
            html = [_diff_html(self.plan.changes[index])]
        self.diff.setHtml("<hr>".join(html))

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for item in self.items:
            item.setCheckState(0, state)

    def chosen(self) -> set[int]:
        return {
            item.data(0, INDEX_ROLE)
            for item in self.items
            if item.checkState(0) == Qt.CheckState.Checked
        }
