"""Dates as the interface shows them: day, month, year in the interface's language ("10 October
2024", "10 តុលា 2024"), the same order as :func:`briefing.model.format_date` (which the book
and the command line use)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def shown_date(day: dt.date | None, *, short: bool = False) -> str:
    if day is None:
        return ""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), "d MMM yyyy" if short else "d MMMM yyyy"
    )


def shown_weekday(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd")
