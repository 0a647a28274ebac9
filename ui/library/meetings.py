"""The library's meeting list: newest first, filtered in the store, fetched in batches.

A workspace may hold 10,000 meetings: the list asks the store how many the filters leave
(one COUNT) and for the first :data:`BATCH` of them; the view fetches the next batch as it
scrolls (``fetchMore``). Filtering or opening the library costs the same however long the
history is.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from briefing.model import parse_date
from briefing.store import MeetingSummary, Workspace
from ui.common.dates import shown_date
from ui.common.rows import Index, Row, RowListModel
from ui.i18n import tr

BATCH = 200


def meeting_row(m: MeetingSummary) -> Row:
    place = ", ".join(p for p in (m.city, m.country) if p)
    day = parse_date(m.date)
    head = f"{day:%Y-%m-%d}" if day else m.date
    label = m.title or m.occasion or m.kind
    text = f"{head}  {place}" + (f" — {label}" if label else "")
    tip = tr("{kind}, {date}, {place}: {n} items").format(
        kind=m.kind, date=shown_date(day), place=place or "—", n=m.items
    )
    return Row(m.id, text, tip, "meeting")


class MeetingListModel(RowListModel):
    """Rows fetched from the store in batches, as the view scrolls."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent, batch=BATCH)
        self.filters: dict[str, object] = {}
        self._ws: Workspace | None = None
        self._total = 0

    def load(self, ws: Workspace | None, **filters: object) -> None:
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self._ws = ws
        self._total = ws.meetings.count(**self.filters) if ws is not None else 0  # type: ignore[arg-type]
        self.set_rows(self._fetch(0, min(BATCH, self._total)))

    def _fetch(self, offset: int, count: int) -> list[Row]:
        if self._ws is None or count <= 0:
            return []
        found = self._ws.meetings.summaries(**self.filters, limit=count, offset=offset)  # type: ignore[arg-type]
        return [meeting_row(m) for m in found]

    def total(self) -> int:
        """How many meetings the filters leave (fetched or not)."""
        return self._total

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self._fetch(len(self._rows), min(BATCH, self._total - len(self._rows)))
        if not more:
            self._total = len(self._rows)  # the store changed under the list
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self._shown = len(self._rows)
        self.endInsertRows()

    def row_of(self, record_id: int, kind: str | None = None) -> int:
        """The row of a meeting, fetching batches up to it; -1 if the filters leave it out."""
        found = super().row_of(record_id, kind)
        if found >= 0 or self._ws is None:
            return found
        position = self._ws.meetings.position(record_id, **self.filters)  # type: ignore[arg-type]
        if position is None:
            return -1
        while len(self._rows) <= position and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return super().row_of(record_id, kind)
