"""The small workspace most UI tests start from: two counterparts, two meetings."""

from __future__ import annotations

import datetime as dt

from briefing.model import (
    Item,
    ItemKind,
    Meeting,
    MeetingKind,
    Name,
    Office,
    Participant,
    Person,
    Settings,
)
from briefing.store import Workspace


def make_workspace(path) -> None:  # noqa: ANN001
    ws = Workspace.create(
        path, Settings(countries=["Cambodia", "China"], ministry="Ministry of Foreign Affairs")
    )
    manet = Person(
        [Name("HUN Manet"), Name("ហ៊ុន ម៉ាណែត", "Khmr")],
        side="Cambodia",
        honorific="Samdech Moha Borvor Thipadei",
        offices=[Office("Prime Minister", dt.date(2023, 8, 22))],
    )
    li = Person(
        [Name("LI Qiang"), Name("李强", "Hans")],
        side="China",
        honorific="H.E.",
        offices=[Office("Premier of the State Council", dt.date(2023, 3, 11))],
    )
    ws.people.save(manet)
    ws.people.save(li)
    ws.meetings.save(
        Meeting(
            date=dt.date(2024, 10, 10),
            kind=MeetingKind.MARGINS,
            city="Vientiane",
            country="Lao PDR",
            occasion="44th and 45th ASEAN Summits",
            participants=[Participant(manet.id, "head of delegation"), Participant(li.id)],
            items=[
                Item(
                    "trade",
                    "China",
                    ItemKind.PLEDGE,
                    "Increase imports of Cambodian agricultural products.",
                ),
                Item(
                    "energy",
                    "Both",
                    ItemKind.AGREEMENT,
                    "Strengthen cooperation on clean energy, solar and hydropower.",
                ),
                Item("political", "Both", ItemKind.STATEMENT, "Reaffirmed traditional friendship."),
            ],
        )
    )
    ws.meetings.save(
        Meeting(
            date=dt.date(2023, 9, 15),
            city="Beijing",
            country="China",
            items=[Item("trade", "Cambodia", ItemKind.REQUEST, "Asked for more rice quotas.")],
        )
    )
    ws.close()
