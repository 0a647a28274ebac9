from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import (
    ClassificationError,
    ClassificationScheme,
    Commitment,
    CommitmentStatus,
    Item,
    ItemKind,
    Name,
    Office,
    Person,
    Section,
    format_date,
)


def test_title_shown_is_the_office_held_on_the_date():
    li = Person(
        [Name("LI Qiang"), Name("李强", "Hans")],
        offices=[
            Office("Party Secretary of Shanghai", dt.date(2017, 10, 29), dt.date(2022, 10, 28)),
            Office("Premier of the State Council", dt.date(2023, 3, 11)),
        ],
    )
    assert li.title_on(dt.date(2020, 1, 1)) == "Party Secretary of Shanghai"
    assert li.title_on(dt.date(2024, 10, 10)) == "Premier of the State Council"
    assert li.title_on(dt.date(2023, 1, 1)) == ""
    assert li.name_in("Hans") == "李强"
    assert li.display_name == "LI Qiang"


def test_display_name_falls_back_to_first_script():
    assert Person([Name("ហ៊ុន ម៉ាណែត", "Khmr")]).display_name == "ហ៊ុន ម៉ាណែត"


def test_high_water_mark_and_portion_marks():
    scheme = ClassificationScheme()
    assert scheme.highest(["RESTRICTED", "", None, "CONFIDENTIAL"]) == "CONFIDENTIAL"
    assert scheme.highest([]) == "UNCLASSIFIED"
    assert scheme.abbreviation("TOP SECRET") == "TS"
    assert scheme.abbreviation("CONFIDENTIAL") == "C"
    with pytest.raises(ClassificationError, match="not a classification level"):
        scheme.rank("COSMIC")


def test_only_pledges_and_agreements_become_commitments():
    pledge = Item("trade", "China", ItemKind.PLEDGE, "Import more rice", meeting_id=3, id=7)
    c = Commitment.from_item(pledge, due=dt.date(2025, 1, 1))
    assert (c.owed_by, c.area, c.meeting_id, c.item_id) == ("China", "trade", 3, 7)
    assert c.status is CommitmentStatus.PENDING
    with pytest.raises(ValueError):
        Commitment.from_item(Item("trade", "China", ItemKind.STATEMENT, "Trade grew"))


def test_overdue_only_while_open():
    c = Commitment("x", "China", "trade", due=dt.date(2025, 1, 1))
    assert c.is_overdue(dt.date(2025, 1, 2))
    assert not c.is_overdue(dt.date(2024, 12, 31))
    c.status = CommitmentStatus.DONE
    assert not c.is_overdue(dt.date(2025, 1, 2))


def test_section_emptiness_and_dates():
    assert Section("Trade").is_empty
    assert not Section("Trade", background="x").is_empty
    assert format_date(dt.date(2024, 10, 10)) == "10 October 2024"
