"""A book's scope on its Properties tab: the period it covers and the rule of each part
generated from the records, every one visible and changeable (see briefing.model.scope)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from briefing.model import BookScope, CommitmentRule, Period, SourcesRule, TrackerRule
from briefing.model.scope import (
    CONTENTS_DEPTHS,
    DEFAULT_MONTHS,
    MAX_LAST_DISCUSSED,
    MAX_PAGE_BUDGET,
    contents_label,
)
from ui.common.labels import label_of
from ui.common.widgets import OptionalDate


class ScopeBox(QGroupBox):
    """Emits ``changed(field, value)`` when the user changes one field of the scope."""

    changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scope: what the records add to the book"), parent)
        self.setObjectName("book-scope")
        form = QFormLayout(self)
        self._loading = False

        self.since = OptionalDate(self.tr("from"))
        self.since.setObjectName("scope-since")
        self.since.setToolTip(
            self.tr(
                "Leave unticked for the default: since the previous book, else the last %n "
                "month(s) before the visit.",
                "",
                DEFAULT_MONTHS,
            )
        )
        self.period = QLabel()
        self.period.setObjectName("scope-period")
        self.period.setWordWrap(True)
        self.period.setEnabled(False)  # read-only: greyed, like the other hints
        form.addRow(self.tr("Period"), self.since)
        form.addRow("", self.period)

        self.commitments = self._combo("scope-commitments", [(r.label, r) for r in CommitmentRule])
        self.commitments.setToolTip(
            self.tr("Which commitments each brief's “Status of previous commitments” lists")
        )
        form.addRow(self.tr("Previous &commitments"), self.commitments)

        self.last_discussed = QSpinBox()
        self.last_discussed.setObjectName("scope-last-discussed")
        self.last_discussed.setRange(0, MAX_LAST_DISCUSSED)
        self.last_discussed.setSpecialValueText(self.tr("Leave out"))
        self.last_discussed.setKeyboardTracking(False)
        self.last_discussed.valueChanged.connect(self._meetings_suffix)
        form.addRow(self.tr("“Last &discussed”"), self.last_discussed)

        self.sources = self._combo("scope-sources", [(r.label, r) for r in SourcesRule])
        self.sources.setToolTip(self.tr("Whose press releases and statements the annex prints"))
        explained = {
            SourcesRule.COVERED_OR_RECALLED: self.tr(
                "Prints the documents of the meetings within the period and of those named as "
                "last discussed or last met; lists by title those of older meetings where the "
                "listed commitments were made"
            ),
            SourcesRule.COVERED_OR_CITED: self.tr(
                "Also prints in full the documents of the older meetings where the listed "
                "commitments were made"
            ),
            SourcesRule.CITED: self.tr("Prints only the documents of the meetings the book names"),
            SourcesRule.NONE: self.tr("No annex of source documents"),
        }
        for index in range(self.sources.count()):
            rule = self.sources.itemData(index)
            self.sources.setItemData(index, explained[rule], Qt.ItemDataRole.ToolTipRole)
        form.addRow(self.tr("Source &documents"), self.sources)

        self.tracker = self._combo("scope-tracker", [(r.label, r) for r in TrackerRule])
        form.addRow(self.tr("Commitments &tracker"), self.tracker)

        self.contents = self._combo(
            "scope-contents", [(contents_label(d), d) for d in CONTENTS_DEPTHS]
        )
        self.contents.setToolTip(self.tr("Deeper headings stay bookmarks of the PDF"))
        form.addRow(self.tr("Co&ntents"), self.contents)

        self.page_budget = QSpinBox()
        self.page_budget.setObjectName("scope-page-budget")
        self.page_budget.setRange(0, MAX_PAGE_BUDGET)
        self.page_budget.setSpecialValueText(self.tr("No budget"))
        self.page_budget.setSuffix(self.tr(" pages"))
        self.page_budget.setKeyboardTracking(False)
        self.page_budget.setToolTip(self.tr("Preflight says so when the whole book is longer"))
        form.addRow(self.tr("Page &budget"), self.page_budget)

        self.since.changed.connect(lambda: self._emit("since", self.since.value()))
        for name, combo in (
            ("commitments", self.commitments),
            ("sources", self.sources),
            ("tracker", self.tracker),
            ("contents_depth", self.contents),
        ):
            combo.activated.connect(lambda _i, n=name, c=combo: self._emit(n, c.currentData()))
        self.last_discussed.valueChanged.connect(lambda v: self._emit("last_discussed", v))
        self.page_budget.valueChanged.connect(lambda v: self._emit("page_budget", v))

    def _meetings_suffix(self, n: int) -> None:
        self.last_discussed.setSuffix(
            self.tr(" latest meeting") if n == 1 else self.tr(" latest meetings")
        )

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(label_of(text), data)
        return combo

    def _emit(self, name: str, value: object) -> None:
        if not self._loading:
            self.changed.emit(name, value)

    def load(self, scope: BookScope, period: Period | None) -> None:
        self._loading = True
        try:
            self.since.set_value(scope.since)
            if scope.since is None and period is not None:  # ticking it starts from there
                self.since.edit.setDate(period.start)
            for combo, value in (
                (self.commitments, scope.commitments),
                (self.sources, scope.sources),
                (self.tracker, scope.tracker),
                (self.contents, scope.contents_depth),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.last_discussed.setValue(scope.last_discussed)
            self._meetings_suffix(scope.last_discussed)
            self.page_budget.setValue(scope.page_budget)
            self.period.setText(
                self.tr("%1 — %2").replace("%1", period.text).replace("%2", period.reason)
                if period is not None
                else ""
            )
        finally:
            self._loading = False
