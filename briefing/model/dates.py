"""Dates and times as the book and its records write them."""

from __future__ import annotations

import datetime as dt
import re

# --------------------------------------------------------------------------- helpers


def format_date(day: dt.date | None, *, short: bool = False) -> str:
    """10 October 2024 (day month year, as ministries write it); short: 10 Oct 2024."""
    if day is None:
        return ""
    return f"{day.day} {day:%b %Y}" if short else f"{day.day} {day:%B %Y}"


def parse_date(text: str | None) -> dt.date | None:
    if text is None or text == "":
        return None
    return dt.date.fromisoformat(text)


_CLOCK = re.compile(r"(?<!\d)(\d{1,2})[:.h](\d{2})(?!\d)")


def time_problem(text: str) -> str | None:
    """Why a programme time such as "09:30" or "Day 1, 09:30-10:15" is not one, or None."""
    for match in _CLOCK.finditer(text):
        hour, minute = int(match[1]), int(match[2])
        if hour > 24 or minute > 59 or (hour == 24 and minute):
            return f"'{match[0]}' is not a time of day (00:00 to 23:59)"
    return None
