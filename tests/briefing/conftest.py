from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.model import (
    Book,
    Commitment,
    Item,
    ItemKind,
    Meeting,
    MeetingKind,
    Name,
    Office,
    Participant,
    Person,
    ProgressNote,
    Section,
    Settings,
    SourceDocument,
)
from briefing.store import Workspace


@pytest.fixture
def settings() -> Settings:
    return Settings(
        countries=["Cambodia", "China"],
        ministry="Ministry of Foreign Affairs and International Cooperation",
        department="General Department of Asia-Pacific",
    )


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "cambodia-china.briefing"


@pytest.fixture
def ws(ws_path: Path, settings: Settings):
    workspace = Workspace.create(ws_path, settings)
    yield workspace
    workspace.close()


@pytest.fixture
def fill():
    return fill_workspace


def fill_workspace(ws: Workspace) -> dict[str, int]:
    """A small but complete workspace: two people, a meeting, a commitment, a book."""
    hun = ws.people.save(
        Person(
            [Name("HUN Manet"), Name("ហ៊ុន ម៉ាណែត", "Khmr")],
            side="Cambodia",
            honorific="Samdech Moha Borvor Thipadei",
            offices=[Office("Prime Minister of the Kingdom of Cambodia", dt.date(2023, 8, 22))],
        )
    )
    li = ws.people.save(
        Person(
            [Name("LI Qiang"), Name("李强", "Hans")],
            side="China",
            honorific="His Excellency",
            offices=[
                Office("Party Secretary of Shanghai", dt.date(2017, 10, 29), dt.date(2022, 10, 28)),
                Office("Premier of the State Council", dt.date(2023, 3, 11)),
            ],
            biography="Premier since March 2023.",
        )
    )
    meeting = Meeting(
        dt.date(2024, 10, 10),
        kind=MeetingKind.MARGINS,
        city="Vientiane",
        country="Lao PDR",
        occasion="on the margins of the 44th and 45th ASEAN Summits",
        participants=[Participant(hun, "head of delegation"), Participant(li, "counterpart")],
        sources=[
            SourceDocument(
                "Press release", "MFAIC", dt.date(2024, 10, 11), "Fish and Rice Corridor text"
            )
        ],
        items=[
            Item("trade", "China", ItemKind.PLEDGE, "Increase imports of agricultural products"),
            Item("law", "Both", ItemKind.AGREEMENT, "Crack down on online scams", "CONFIDENTIAL"),
            Item("political", "Cambodia", ItemKind.STATEMENT, "Reiterated the One-China policy"),
        ],
    )
    mid = ws.meetings.save(meeting)
    commitment = Commitment.from_item(meeting.items[0], due=dt.date(2025, 6, 30))
    commitment.notes.append(ProgressNote(dt.date(2025, 1, 15), "Raised with the embassy", "cable"))
    cid = ws.commitments.save(commitment)
    book = Book(
        "Official visit to China",
        place="Beijing",
        start_date=dt.date(2025, 4, 7),
        classification="RESTRICTED",
        counterparts=[li],
        sections=[
            Section("Trade & investment", area="trade", objective="Secure market access."),
            Section("Law enforcement", area="law", points="- Scam centres\n- Extradition"),
        ],
    )
    bid = ws.books.save(book)
    return {"hun": hun, "li": li, "meeting": mid, "commitment": cid, "book": bid}


def _english_left(text: str) -> list[str]:
    """Words of a ``messages`` template (between its fields) still in ``text``."""
    import string

    from briefing.i18n.catalogues import MESSAGES
    from briefing.i18n.extract import scan

    pieces = {
        lit.strip()
        for m in scan()[MESSAGES].values()
        for lit, *_ in string.Formatter().parse(m.msgid)
        if len(lit.strip()) >= 4
    }
    return sorted(p for p in pieces if p in text)


@pytest.fixture(scope="session")
def in_khmer():
    """A function: an error said in Khmer, checked to hold Khmer and no English template."""
    from briefing.i18n import interface_locale

    km = interface_locale("km")

    def said(exc: Exception) -> str:
        text = exc.said(km)
        assert any("\u1780" <= ch <= "\u17ff" for ch in text), text
        assert not _english_left(text), (text, _english_left(text))
        return text

    return said
