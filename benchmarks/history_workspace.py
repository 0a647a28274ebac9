"""A generated relationship with a long history: deterministic, and shaped like a desk's records.

``generate(path, meetings)`` writes a workspace of the ``meetings`` newest meetings of one
relationship between Cambodia and China, ending on :data:`LAST_MEETING`. Meeting number ``k``
(0 the newest) is the same in every size, drawn from its own random generator, so the
100-meeting workspace is exactly the most recent part of the 10,000-meeting one: the same
present, with less past. The books are the same in every size.

How the records are shaped (the choices are the generator's, stated here once):

- **Meetings** come closer together over the years: the gap before meeting ``k`` grows from
  0.9 days for the newest to 1.4 days for the 10,000th (about 400 a year now, 31 years in
  all). Kinds from phone calls and working-level consultations to state visits; 2 to 4
  participants from a pool of 60 people, some far more often than others.
- **Items**: 10 a meeting, on 3 to 6 of the workspace's 40 cooperation areas (the 10 default
  ones and 30 finer ones a busy desk keeps: rice exports, railways, online scams …); half
  statements, the rest agreements, pledges, requests and concerns.
- **Source documents**: a press release or joint statement of 2 to 5 KB for every state or
  official visit, most joint commissions, some bilateral meetings and few working-level ones
  (about a quarter of all meetings).
- **Commitments**: about one meeting in three has one of its pledges or agreements tracked
  (3,300 for 10,000 meetings). Each takes a time to close drawn from a log-normal law
  (median 9 months; a fifth take more than two years): closed before :data:`TODAY` means done
  (70%) or dropped on that day, otherwise it is still open: pending while young, then in
  progress or stalled. 0 to 3 dated progress notes each, most with a due date.
- **Books**: the benchmark book (the visit of 16 June 2025: 40 briefs, one per area, each
  about a page and a half of the officer's text, purpose, programme, four counterparts) and
  the books of the two visits before it (20 March 2025, 10 November 2024), so the book's
  default period is since 20 March 2025.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from briefing.model import (
    DEFAULT_AREAS,
    Area,
    Book,
    Commitment,
    CommitmentStatus,
    Item,
    ItemKind,
    Meeting,
    MeetingKind,
    Name,
    Office,
    Participant,
    Person,
    ProgrammeItem,
    ProgressNote,
    Section,
    SectionKind,
    Settings,
    SourceDocument,
)
from briefing.store import Workspace

LAST_MEETING = dt.date(2025, 5, 30)
TODAY = dt.date(2025, 6, 2)  # the day the records are as of (statuses, closings, notes)
VISIT = dt.date(2025, 6, 16)
EARLIER_VISITS = (dt.date(2025, 3, 20), dt.date(2024, 11, 10))
SEED = 20250616

FINER_AREAS = [
    ("party", "Party-to-party relations"),
    ("visits", "High-level visits and dialogue"),
    ("parliament", "Parliamentary exchanges"),
    ("rice", "Rice and agricultural exports"),
    ("sez", "Investment and special economic zones"),
    ("customs", "Customs and trade facilitation"),
    ("finance", "Financial cooperation and local currencies"),
    ("digital", "Digital economy and e-commerce"),
    ("rail", "Railways"),
    ("roads", "Expressways and roads"),
    ("ports", "Ports and shipping"),
    ("aviation", "Aviation"),
    ("telecom", "Telecommunications"),
    ("fisheries", "Fisheries and aquaculture"),
    ("rubber", "Rubber and plantations"),
    ("quarantine", "Food safety and quarantine"),
    ("hydro", "Hydropower"),
    ("solar", "Solar and renewable energy"),
    ("grid", "Power grids"),
    ("health", "Health cooperation"),
    ("education", "Education and scholarships"),
    ("mekong", "Water resources and the Mekong"),
    ("demining", "Demining"),
    ("disaster", "Disaster relief"),
    ("tourism", "Tourism"),
    ("heritage", "Culture and heritage"),
    ("youth", "Youth and media"),
    ("exercises", "Defence exercises and training"),
    ("scams", "Online scams and cybercrime"),
    ("drugs", "Drugs and human trafficking"),
]
AREAS = [*DEFAULT_AREAS, *(Area(k, n) for k, n in FINER_AREAS)]

CITIES = [
    ("Phnom Penh", "Cambodia", 30),
    ("Beijing", "China", 25),
    ("Siem Reap", "Cambodia", 5),
    ("Shanghai", "China", 4),
    ("Kunming", "China", 4),
    ("Sihanoukville", "Cambodia", 3),
    ("Vientiane", "Lao PDR", 3),
    ("Jakarta", "Indonesia", 2),
    ("New York", "United States", 2),
    ("Nanning", "China", 2),
]
KINDS = [  # (kind, weight, chance of a source document)
    (MeetingKind.PHONE_CALL, 12, 0.15),
    (MeetingKind.VIDEO_CALL, 8, 0.1),
    (MeetingKind.BILATERAL, 30, 0.35),
    (MeetingKind.MARGINS, 10, 0.4),
    (MeetingKind.WORKING_VISIT, 10, 0.3),
    (MeetingKind.OFFICIAL_VISIT, 4, 1.0),
    (MeetingKind.STATE_VISIT, 1, 1.0),
    (MeetingKind.JOINT_COMMISSION, 3, 0.8),
    (MeetingKind.OTHER, 22, 0.05),
]
ITEM_KINDS = [
    (ItemKind.STATEMENT, 50),
    (ItemKind.AGREEMENT, 15),
    (ItemKind.PLEDGE, 15),
    (ItemKind.REQUEST, 10),
    (ItemKind.CONCERN, 10),
]
SUBJECTS = (
    "rice exports, cassava and fresh fruit, market access for bananas and mangoes, the "
    "Phnom Penh-Sihanoukville expressway, the Fish and Rice Corridor, the Industrial and "
    "Technological Corridor, solar parks, hydropower on the Sesan, the national grid, online "
    "scam compounds, drug trafficking on the Mekong, scholarships for Cambodian students, "
    "tourism from Chinese cities, direct flights, the Funan Techo canal, vocational training, "
    "demining in the north-west, vaccines and hospital equipment, the Ream naval base, joint "
    "exercises, customs clearance, quarantine protocols, local currency settlement, digital "
    "payments, the Belt and Road Initiative, the Global Development Initiative, ASEAN-China "
    "relations, the South China Sea code of conduct, Mekong-Lancang cooperation"
).split(", ")
VERBS = {
    ItemKind.STATEMENT: (
        "reaffirmed support for",
        "welcomed progress on",
        "reviewed cooperation on",
        "noted the results of",
        "exchanged views on",
    ),
    ItemKind.AGREEMENT: (
        "agreed to intensify work on",
        "agreed to set up a working group on",
        "agreed to sign a memorandum on",
        "agreed to expand cooperation on",
    ),
    ItemKind.PLEDGE: (
        "pledged to increase support for",
        "undertook to fund a study on",
        "committed to speed up",
        "promised technical assistance for",
    ),
    ItemKind.REQUEST: (
        "asked for help with",
        "requested an early decision on",
        "sought support for",
    ),
    ItemKind.CONCERN: (
        "raised concerns about",
        "expressed worry over delays in",
        "urged action on",
    ),
}
WORDS = (
    "both sides the two countries will continue to cooperate closely on the basis of mutual "
    "respect and shared benefit and work towards concrete results for the people of the two "
    "countries the ministers agreed that officials should meet regularly to review progress "
    "and report back before the next session of the joint commission with clear timelines "
    "for each project and its financing the delegation underlined the importance of "
    "transparency local employment environmental standards and the training of technicians"
).split()


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _sentence(rng: random.Random, n: int = 18) -> str:
    return f"{_words(rng, n).capitalize()}, on {rng.choice(SUBJECTS)}."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, rng.randint(10, 22)) for _ in range(sentences))


def _people(rng: random.Random) -> list[Person]:
    khmer = ["ហ៊ុន ម៉ាណែត", "សុខ ចិន្ដា", "ប្រាក់ សុខុន", "សាយ សំអាល់", "ស៊ុន ចាន់ថុល"]
    chinese = ["李强", "王毅", "王文涛", "刘建超", "孙卫东"]
    people = []
    for n in range(60):
        cambodian = n % 2 == 0
        script = "Khmr" if cambodian else "Hans"
        native = (khmer if cambodian else chinese)[n % 5] + ("" if n < 10 else f" {n}")
        start = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randint(0, 9000))
        offices = [
            Office(
                rng.choice(("Deputy Director-General", "Director-General", "Secretary of State")),
                start,
                start + dt.timedelta(days=1500),
            ),
            Office(
                rng.choice(("Minister", "Deputy Prime Minister", "Ambassador", "Vice-Minister")),
                start + dt.timedelta(days=1501),
            ),
        ]
        bio = "\n\n".join(_paragraph(rng, 3) for _ in range(2))
        people.append(
            Person(
                [Name(f"PERSON {n}{' KH' if cambodian else ' CN'}"), Name(native, script)],
                side="Cambodia" if cambodian else "China",
                honorific="H.E.",
                offices=offices,
                biography=bio,
            )
        )
    return people


def _weighted(rng: random.Random, pairs: list[tuple[object, int]]) -> object:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def _date_of(k: int) -> dt.date:
    """The day of meeting ``k`` (0 the newest): gaps of 0.9 days now, 1.4 days 10,000 back."""
    days = 0.9 * k + 0.25 * k * k / 10_000
    return LAST_MEETING - dt.timedelta(days=int(days))


def _meeting(k: int, people: list[int]) -> tuple[Meeting, random.Random]:
    rng = random.Random(SEED * 100_003 + k)
    day = _date_of(k)
    kind, _w, source_chance = rng.choices(KINDS, [w for _k, w, _s in KINDS])[0]
    city, country, _ = rng.choices(CITIES, [w for *_x, w in CITIES])[0]
    # some people meet far more often than others
    chosen = {people[min(int(rng.expovariate(1 / 12)), len(people) - 1)] for _ in range(4)}
    focus = rng.sample(AREAS, rng.randint(3, 6))
    items = []
    for _ in range(10):
        area = rng.choice(focus)
        item_kind = _weighted(rng, ITEM_KINDS)
        side = rng.choice(("Cambodia", "China", "Both"))
        verb = rng.choice(VERBS[item_kind])  # type: ignore[index]
        subject = rng.choice(SUBJECTS)
        who = "Both sides" if side == "Both" else side
        items.append(
            Item(area.key, side, item_kind, f"{who} {verb} {subject} ({area.name.lower()}).")  # type: ignore[arg-type]
        )
    sources = []
    if rng.random() < source_chance:
        text = "\n\n".join(_paragraph(rng, rng.randint(3, 5)) for _ in range(rng.randint(4, 8)))
        sources.append(
            SourceDocument(
                f"Press release: {kind} in {city}, {day:%d %B %Y}",
                "Ministry of Foreign Affairs and International Cooperation",
                day + dt.timedelta(days=1),
                text,
            )
        )
    meeting = Meeting(
        day,
        kind=kind,
        city=city,
        country=country,
        occasion=f"{kind.capitalize()}, round {10_000 - k}",
        participants=[
            Participant(p, rng.choice(("head of delegation", "counterpart", "")))
            for p in sorted(chosen)
        ],
        sources=sources,
        items=items,
    )
    return meeting, rng


def _commitment(meeting: Meeting, rng: random.Random) -> Commitment | None:
    if rng.random() >= 1 / 3:
        return None
    committing = [i for i in meeting.items if i.can_commit]
    if not committing:
        return None
    made = meeting.date
    c = Commitment.from_item(rng.choice(committing))
    if rng.random() < 0.75:
        c.due = made + dt.timedelta(days=rng.randint(180, 720))
    lifetime = dt.timedelta(days=int(274 * math.exp(rng.gauss(0, 0.9))))  # median 9 months
    closes = made + lifetime
    if closes <= TODAY:
        c.status = CommitmentStatus.DONE if rng.random() < 0.7 else CommitmentStatus.DROPPED
        c.closed = closes
    elif (TODAY - made).days < 60:
        c.status = CommitmentStatus.PENDING
    else:
        c.status = CommitmentStatus.IN_PROGRESS if rng.random() < 0.7 else CommitmentStatus.STALLED
    last = c.closed or TODAY
    span = max(1, (last - made).days)
    for day in sorted(rng.sample(range(span), min(span, rng.randint(0, 3)))):
        c.notes.append(
            ProgressNote(
                made + dt.timedelta(days=day + 1),
                _sentence(rng, rng.randint(8, 14)),
                rng.choice(("cable from the embassy", "customs data", "ministry report", "")),
            )
        )
    return c


def _book(rng: random.Random, title: str, start: dt.date, counterparts: list[int]) -> Book:
    sections = [
        Section(
            "Purpose and objectives of the visit",
            kind=SectionKind.PURPOSE,
            objective=_paragraph(rng, 2),
            points="\n".join(f"- {_sentence(rng)}" for _ in range(4)),
        )
    ]
    for area in AREAS:
        sections.append(
            Section(
                area.name,
                area=area.key,
                owner="China Desk",
                objective=_sentence(rng, 16),
                points="\n".join(f"- {_sentence(rng, rng.randint(12, 20))}" for _ in range(5)),
                if_raised="\n\n".join(_paragraph(rng, 3) for _ in range(2)),
                background="\n\n".join(_paragraph(rng, 4) for _ in range(3)),
            )
        )
    programme = [
        ProgrammeItem(
            f"{9 + 2 * n:02d}:00",
            f"{_words(rng, 5).capitalize()}",
            "Prime Minister",
            n % 2 == 0,
            start,
        )
        for n in range(6)
    ]
    return Book(
        title,
        occasion="Official visit",
        place="Beijing",
        start_date=start,
        end_date=start + dt.timedelta(days=2),
        principal="Prime Minister",
        classification="RESTRICTED",
        prepared_by="China Desk",
        counterparts=counterparts,
        sections=sections,
        programme=programme,
    )


def generate(path: Path, meetings: int) -> int:
    """Write the workspace of the ``meetings`` newest meetings; returns the benchmark book's id."""
    rng = random.Random(SEED)
    settings = Settings(
        countries=["Cambodia", "China"],
        ministry="Ministry of Foreign Affairs and International Cooperation",
        department="General Department of Asia-Pacific",
        areas=list(AREAS),
    )
    ws = Workspace.create(path, settings)
    try:
        with ws.transaction():
            people = [ws.people.save(p) for p in _people(rng)]
            for k in range(meetings - 1, -1, -1):  # oldest first, as a desk records them
                meeting, mrng = _meeting(k, people)
                ws.meetings.save(meeting)
                commitment = _commitment(meeting, mrng)
                if commitment is not None:
                    ws.commitments.save(commitment)
            for n, day in enumerate(reversed(EARLIER_VISITS)):
                ws.books.save(
                    _book(random.Random(SEED + n + 1), f"Visit of {day:%B %Y}", day, people[:2])
                )
            book = _book(
                random.Random(SEED),
                "Official Visit to the People's Republic of China",
                VISIT,
                people[:4],
            )
            book_id = ws.books.save(book)
    finally:
        ws.close()
    return book_id
