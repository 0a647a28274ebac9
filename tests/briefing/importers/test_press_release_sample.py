"""The sample release drafts into the record worked out in docs (domain.md's worked example)."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_helpers import describe, has_item, items_like

from briefing.importers.press_release import (
    extract,
    fingerprint,
    new_people,
    to_commitments,
    to_meeting,
    to_person,
)
from briefing.model import BOTH, ItemKind, MeetingKind, Name, Person, Settings

K = ItemKind


@pytest.fixture
def settings() -> Settings:
    return Settings(countries=["Cambodia", "China"])


@pytest.fixture
def draft(sample_text, settings):
    return extract(sample_text, settings)


def test_meeting_facts(draft):
    assert draft.meeting_date == dt.date(2024, 10, 10)
    assert draft.issue_date == dt.date(2024, 10, 11)
    assert (draft.city, draft.country) == ("Vientiane", "Lao PDR")
    assert draft.occasion == (
        "on the margins of the 44th and 45th ASEAN Summits and Related Summits"
    )
    assert draft.kind == MeetingKind.MARGINS
    assert draft.issuer == "Ministry of Foreign Affairs and International Cooperation"
    assert draft.department == "General Department of Asia-Pacific"
    assert draft.title.startswith("Prime Ministers of Cambodia and China Reaffirmed")
    assert draft.warnings == []


def test_participants(draft):
    hun, li = draft.participants
    assert (hun.honorific, hun.name, hun.display_name) == (
        "Samdech Moha Borvor Thipadei",
        "HUN Manet",
        "Hun Manet",
    )
    assert hun.title == "Prime Minister of the Kingdom of Cambodia"
    assert hun.side == "Cambodia"
    assert (li.honorific, li.name, li.display_name) == ("His Excellency", "LI Qiang", "Li Qiang")
    assert li.title == "Premier of the State Council of the People's Republic of China"
    assert li.side == "China"
    assert draft.text[hun.span[0] : hun.span[1]].endswith("HUN Manet")


@pytest.mark.parametrize(
    ("area", "side", "kind", "contains"),
    [
        ("political", BOTH, K.STATEMENT, "traditional friendship"),
        ("political", BOTH, K.AGREEMENT, "Diamond cooperation"),  # "agreed to encourage"
        ("political", BOTH, K.AGREEMENT, "high-level visits"),  # "agreed to maintain"
        ("political", "China", K.STATEMENT, "development path"),
        ("political", "Cambodia", K.STATEMENT, "One-China policy"),
        ("connectivity", BOTH, K.STATEMENT, "Belt and Road"),
        ("trade", BOTH, K.STATEMENT, "two-way trade"),
        ("trade", "China", K.PLEDGE, "import of Cambodian agricultural products"),
        ("trade", "Cambodia", K.STATEMENT, "Chinese business community"),
        ("agriculture", BOTH, K.AGREEMENT, "Fish and Rice Corridor"),
        ("energy", BOTH, K.AGREEMENT, "clean energy"),
        ("development", "Cambodia", K.STATEMENT, "assistance"),
        # satisfaction and "commit to" in one sentence: one item, an agreement
        ("people", BOTH, K.AGREEMENT, "People-to-People Exchange Year 2024"),
        ("people", BOTH, K.AGREEMENT, "tourism exchanges"),
        ("security", BOTH, K.STATEMENT, "joint exercise"),
        ("law", BOTH, K.REQUEST, "online scams"),  # "encouraged … to crack down"
        ("multilateral", BOTH, K.STATEMENT, "multilateral fora"),
    ],
)
def test_worked_example_items(draft, area, side, kind, contains):
    assert has_item(draft, area, side, kind, contains), describe(draft)


def test_pledges_and_agreements_are_proposed_the_concrete_ones_ticked(draft):
    proposed = sorted((c.area, c.owed_by, c.keep) for c in draft.commitments)
    assert proposed == sorted(
        [("political", BOTH, False), ("trade", "China", True), ("agriculture", BOTH, False),
         ("energy", BOTH, False), ("political", BOTH, True), ("people", BOTH, False)]
    )  # fmt: skip
    texts = {(c.area, c.keep): c.text for c in draft.commitments}
    assert "increase the import of Cambodian agricultural products" in texts["trade", True]
    assert "further intensified" in texts["agriculture", False]  # nothing to deliver
    assert "solar power and hydropower" in texts["energy", False]
    assert "frequent high-level visits" in texts["political", True]
    # "commit to encourage more tourism exchanges": an intention, nothing to deliver
    assert texts["people", False].endswith("and commit to encourage more tourism exchanges.")


def test_stray_full_stop_is_repaired(draft):
    (item,) = items_like(draft, "trade", "Cambodia", K.STATEMENT, "business community")
    assert "Chinese business community in seeking investment" in item.text
    assert item.text.endswith("priority areas of Cambodia.")


def test_spans_point_into_the_clean_text(draft):
    for item in draft.items:
        start, end = item.span
        assert 0 <= start < end <= len(draft.text)
        assert item.text[:12].lower() in draft.text[start:end].lower() or item.text.startswith(
            ("Both", "The two", "Both leaders")
        )
    for item in draft.items:
        assert 0.0 <= item.confidence <= 1.0


def test_pronoun_follows_the_last_person_named(draft):
    (item,) = items_like(draft, "political", "Cambodia", K.STATEMENT, "One-China")
    assert item.text.startswith("He reiterated")


def test_no_item_from_header_title_or_dateline(draft):
    for item in draft.items:
        assert "PRESS RELEASE" not in item.text
        assert "Reaffirmed Commitment to Deepen" not in item.text
        assert "11 October 2024" not in item.text


def test_to_meeting(draft, settings):
    meeting = to_meeting(draft, settings)
    assert meeting.date == dt.date(2024, 10, 10)
    assert meeting.kind == MeetingKind.MARGINS
    assert meeting.place == "Vientiane, Lao PDR"
    assert meeting.occasion.startswith("on the margins of")
    (source,) = meeting.sources
    assert source.issue_date == dt.date(2024, 10, 11)
    assert source.issuer == (
        "Ministry of Foreign Affairs and International Cooperation, "
        "General Department of Asia-Pacific"
    )
    assert source.text == draft.text
    assert len(meeting.items) == len(draft.items)
    assert meeting.participants == []  # nobody is in the workspace yet
    commitments = to_commitments(draft, meeting)
    assert len(commitments) == 2  # the ticked proposals
    assert {c.owed_by for c in commitments} == {"China", BOTH}


def test_unkept_items_and_commitments_are_left_out(draft, settings):
    draft.items[0].keep = False
    ticked = [c for c in draft.commitments if c.keep]
    ticked[0].keep = False
    meeting = to_meeting(draft, settings)
    assert len(meeting.items) == len(draft.items) - 1
    commitments = to_commitments(draft, meeting)
    assert len(commitments) == len(ticked) - 1
    for commitment in commitments:
        assert commitment.text in {i.text for i in meeting.items}


def test_existing_people_are_matched_not_duplicated(sample_text, settings):
    people = [
        Person([Name("Hun Manet"), Name("ហ៊ុន ម៉ាណែត", "Khmr")], side="Cambodia", id=7),
        Person([Name("Qiang Li"), Name("李强", "Hans")], side="China", id=9),
    ]
    draft = extract(sample_text, settings, people)
    assert [p.person_id for p in draft.participants] == [7, 9]
    assert new_people(draft) == []
    meeting = to_meeting(draft, settings)
    assert [p.person_id for p in meeting.participants] == [7, 9]


def test_new_people_become_persons(draft):
    hun = to_person(new_people(draft)[0])
    assert hun.display_name == "Hun Manet"
    assert hun.honorific == "Samdech Moha Borvor Thipadei"
    assert hun.title_on(dt.date(2024, 10, 10)) == "Prime Minister of the Kingdom of Cambodia"


def test_workspace_spelling_of_countries(sample_text):
    draft = extract(sample_text, Settings(countries=["Kingdom of Cambodia", "PRC"]))
    assert {p.side for p in draft.participants} == {"Kingdom of Cambodia", "PRC"}
    assert {c.owed_by for c in draft.commitments} == {"PRC", BOTH}


def test_fingerprint_ignores_layout(sample_text):
    rewrapped = sample_text.replace("Summits in Vientiane.", "Summits in\nVientiane.")
    assert fingerprint(sample_text) == fingerprint(rewrapped)
    assert fingerprint(sample_text) == fingerprint("  " + sample_text.upper())
    assert fingerprint(sample_text) != fingerprint(sample_text.replace("2024", "2025"))
