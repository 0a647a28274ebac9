"""The library's meeting list: newest first, filtered in the store, shown in batches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing.model import format_date, parse_date
from briefing.store import MeetingSummary, Workspace
from ui.common.rows import Row, RowListModel

BATCH = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("MeetingListModel", text)


def meeting_row(m: MeetingSummary) -> Row:
    place = ", ".join(p for p in (m.city, m.country) if p)
    day = parse_date(m.date)
    head = f"{day:%Y-%m-%d}" if day else m.date
    label = m.title or m.occasion or m.kind
    text = f"{head}  {place}" + (f" — {label}" if label else "")
    tip = tr("{kind}, {date}, {place}: {n} items").format(
        kind=m.kind, date=format_date(day), place=place or "—", n=m.items
    )
    return Row(m.id, text, tip, "meeting")


class MeetingListModel(RowListModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent, batch=BATCH)
        self.filters: dict[str, object] = {}
        self.summaries: list[MeetingSummary] = []

    def load(self, ws: Workspace | None, **filters: object) -> None:
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.summaries = ws.meetings.summaries(**self.filters) if ws is not None else []  # type: ignore[arg-type]
        self.set_rows([meeting_row(m) for m in self.summaries])
