"""What the officer supplies when the release does not say it (--date, --place, --participant)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.importers import overrides
from briefing.importers.press_release import extract, to_meeting
from briefing.model import Settings

SETTINGS = Settings(countries=["Cambodia", "Laos"])
UNDATED = (
    "Hun Manet met Lao Prime Minister Sonexay Siphandone. The two sides agreed to increase "
    "the export of electricity to Cambodia."
)


def test_a_release_without_a_date_drafts_and_names_what_is_missing():
    draft = extract(UNDATED, SETTINGS)
    assert draft.meeting_date is None
    assert draft.missing[0] == "meeting_date"
    message = overrides.missing_message(draft)
    assert "meeting date (--date YYYY-MM-DD)" in message
    with pytest.raises(Exception, match="no meeting date"):
        to_meeting(draft, SETTINGS)


def test_supplied_date_place_and_participants_complete_the_draft():
    draft = extract(UNDATED, SETTINGS)
    overrides.apply(
        draft,
        SETTINGS,
        date="2024-12-17",
        place="Vientiane",
        participants=["Sok Chenda Sophea|Deputy Prime Minister|cambodia", "Hun Manet||"],
    )
    assert draft.meeting_date == dt.date(2024, 12, 17)
    assert (draft.city, draft.country) == ("Vientiane", "Laos")  # the workspace's spelling
    names = [(p.display_name, p.title, p.side) for p in draft.participants]
    assert ("Sok Chenda Sophea", "Deputy Prime Minister", "Cambodia") in names
    assert sum(n == "Hun Manet" for n, _, _ in names) == 1  # replaced, not added twice
    assert overrides.missing_message(draft) == ""
    assert not any("No meeting date" in w for w in draft.warnings)
    assert to_meeting(draft, SETTINGS).date == dt.date(2024, 12, 17)


@pytest.mark.parametrize(
    ("text", "date"),
    [("2024-10-10", dt.date(2024, 10, 10)), ("10 October 2024", dt.date(2024, 10, 10)),
     ("October 10, 2024", dt.date(2024, 10, 10))],
)  # fmt: skip
def test_dates_as_typed(text, date):
    assert overrides.parse_date(text) == date


@pytest.mark.parametrize(
    "text", ["yesterday", "10/10", "2024-13-01", "", "05/11/2025", "05.11.2025"]
)
def test_unreadable_dates_say_how_to_write_them(text):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        overrides.parse_date(text)


def test_participants_need_a_name_and_a_side_of_the_workspace():
    with pytest.raises(ValueError, match="NAME|TITLE|SIDE"):
        overrides.parse_participant("|Prime Minister|Cambodia", SETTINGS)
    with pytest.raises(ValueError, match="not a country of this workspace"):
        overrides.parse_participant("Wang Yi|Foreign Minister|China", SETTINGS)


def test_a_place_with_its_country_as_typed():
    assert overrides.parse_place("Kumamoto, Japan", SETTINGS) == ("Kumamoto", "Japan")


@pytest.mark.parametrize(("date", "until"), [("2024-12-17", "2024-12-16"), ("2024-12-17", None)])
def test_a_last_day_before_the_meeting_date_is_refused(date, until):
    draft = extract(UNDATED, SETTINGS)
    draft.end_date = dt.date(2024, 12, 10)  # as drafted from "10 to 11 December"
    with pytest.raises(ValueError, match="--until"):
        overrides.apply(draft, SETTINGS, date=date, end_date=until)
    overrides.apply(draft, SETTINGS, date=date, end_date="2024-12-18")
    assert (draft.meeting_date, draft.end_date) == (dt.date(2024, 12, 17), dt.date(2024, 12, 18))
