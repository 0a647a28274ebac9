"""The extractor on releases of other shapes: a Chinese readout, a wire story, a numbered joint
statement, a phone call, a paragraph over three areas, a Thailand-Japan video call."""

from __future__ import annotations

import datetime as dt

from importer_helpers import describe, has_item

from briefing.importers.press_release import extract
from briefing.model import BOTH, ItemKind, MeetingKind, Settings

K = ItemKind


def _sides(draft) -> dict[str, str]:
    return {p.display_name: p.side for p in draft.participants}


def _commitments(draft) -> list[tuple[str, str]]:
    """The ticked proposals (the commitments accepting the draft creates)."""
    return sorted((c.area, c.owed_by) for c in draft.commitments if c.keep)


def test_chinese_readout(release):
    draft = extract(
        release("readout-li-qiang-hun-manet.txt"), Settings(countries=["Cambodia", "China"])
    )
    assert draft.title == "Li Qiang Holds Talks with Cambodian Prime Minister Hun Manet"
    assert draft.meeting_date == dt.date(2025, 6, 17)
    assert draft.issue_date == dt.date(2025, 6, 17)  # "2025-06-17 21:40"
    assert (draft.city, draft.country) == ("Beijing", "China")
    assert draft.kind == MeetingKind.OFFICIAL_VISIT
    assert _sides(draft) == {"Hun Manet": "Cambodia", "Li Qiang": "China"}
    assert "The issuer of the release was not found." in draft.warnings
    items = describe(draft)
    assert has_item(draft, "political", "China", K.STATEMENT, "ironclad friends"), items
    # a shared future is an aspiration: a pledge, proposed as a commitment but not ticked
    assert has_item(draft, "political", "China", K.PLEDGE, "shared future"), items
    (vague,) = [c for c in draft.commitments if "shared future" in c.text]
    assert not vague.keep
    assert has_item(draft, "trade", "China", K.PLEDGE, "expand imports"), items
    assert not has_item(draft, "agriculture", "China", K.PLEDGE, "expand imports"), items
    assert has_item(draft, "trade", "China", K.PLEDGE, "will encourage more Chinese"), items
    # in Li's words, "the two sides should" is China's proposal, not an agreement
    assert has_item(draft, "connectivity", "China", K.STATEMENT, "should accelerate"), items
    assert has_item(draft, "development", "China", K.PLEDGE, "vocational training"), items
    assert has_item(draft, "political", "Cambodia", K.STATEMENT, "one-China principle"), items
    # one sentence, concern and request: the request is the stronger kind
    assert has_item(draft, "law", "Cambodia", K.REQUEST, "called on the Chinese side"), items
    assert not has_item(draft, "law", "Cambodia", K.CONCERN, "telecom fraud"), items
    for area in ("agriculture", "trade", "development", "people"):
        assert has_item(draft, area, BOTH, K.AGREEMENT, "witnessed the signing"), items


def test_wire_story(release):
    draft = extract(
        release("wire-phnom-penh-japan.txt"),
        Settings(countries=["Cambodia", "Japan"]),
        reference_date=dt.date(2025, 3, 10),
    )
    assert draft.issuer == "Mekong News Agency"
    assert draft.issue_date == dt.date(2025, 3, 3)
    assert draft.meeting_date == dt.date(2025, 3, 3)  # "on Monday", the dateline's day
    assert (draft.city, draft.country) == ("Phnom Penh", "Cambodia")  # "met here"
    assert draft.kind == MeetingKind.OFFICIAL_VISIT
    assert _sides(draft) == {"Hun Manet": "Cambodia", "Takeshi Iwaya": "Japan"}
    assert draft.participants[1].title == "Foreign Minister"  # as written; the side is Japan
    items = describe(draft)
    assert has_item(draft, "development", BOTH, K.AGREEMENT, "mine clearance"), items
    # the spokesperson reports Iwaya's words: Japan's pledge, grant aid and the port together
    assert has_item(draft, "development", "Japan", K.PLEDGE, "grant aid"), items
    assert has_item(draft, "connectivity", "Japan", K.PLEDGE, "Sihanoukville Autonomous"), items
    # thanks and a request in one sentence: the request
    assert has_item(draft, "development", "Cambodia", K.REQUEST, "thanked Japan"), items
    assert has_item(draft, "trade", "Cambodia", K.REQUEST, "Japanese companies"), items
    assert has_item(draft, "connectivity", "Cambodia", K.REQUEST, "direct flights"), items
    assert has_item(draft, "multilateral", BOTH, K.CONCERN, "Five-Point Consensus"), items
    assert not any("two-day official visit" in i.text for i in draft.items)
    # "agreed to step up cooperation in mine clearance …" delivers nothing nameable: proposed,
    # not ticked (the corpus's rule for vague intentions)
    assert _commitments(draft) == [("development", "Japan")]
    assert any("step up cooperation" in c.text and not c.keep for c in draft.commitments)


def test_wire_story_without_a_year_warns(release):
    draft = extract(release("wire-phnom-penh-japan.txt"), Settings(countries=["Cambodia", "Japan"]))
    assert any("no year" in w for w in draft.warnings)


def test_numbered_joint_statement(release):
    draft = extract(
        release("joint-statement-viet-nam-japan.txt"), Settings(countries=["Viet Nam", "Japan"])
    )
    assert draft.title.startswith("Joint Statement on the Official Visit to Japan")
    assert draft.kind == MeetingKind.OFFICIAL_VISIT
    assert draft.meeting_date == dt.date(2025, 2, 25)  # the talks, not the visit's first day
    assert draft.issue_date == dt.date(2025, 2, 25)
    assert (draft.city, draft.country) == ("Tokyo", "Japan")
    assert _sides(draft) == {"Ishiba Shigeru": "Japan", "Pham Minh Chinh": "Viet Nam"}
    assert draft.participants[0].honorific == "H.E. Mr."
    items = describe(draft)
    assert not any(i.text.startswith(("1.", "2.")) for i in draft.items)
    assert not any("paid an official visit" in i.text for i in draft.items)
    assert has_item(draft, "political", BOTH, K.AGREEMENT, "annual summit meeting"), items
    assert has_item(draft, "development", "Japan", K.PLEDGE, "official development"), items
    assert has_item(draft, "trade", "Viet Nam", K.REQUEST, "open its market"), items
    assert has_item(draft, "trade", BOTH, K.AGREEMENT, "semiconductor supply chains"), items
    assert has_item(draft, "energy", "Japan", K.PLEDGE, "energy transition"), items
    assert has_item(draft, "multilateral", BOTH, K.CONCERN, "South China Sea"), items
    assert has_item(draft, "security", BOTH, K.AGREEMENT, "Defence Policy Dialogue"), items
    assert has_item(draft, "people", "Japan", K.PLEDGE, "visa procedures"), items
    # an invitation accepted: the invitee's pledge (the corpus README: pledge > request)
    assert has_item(draft, "political", "Japan", K.PLEDGE, "to visit Viet Nam"), items


def test_phone_call(release):
    draft = extract(
        release("phone-call-cambodia-singapore.txt"), Settings(countries=["Cambodia", "Singapore"])
    )
    assert draft.kind == MeetingKind.PHONE_CALL
    assert draft.meeting_date == dt.date(2025, 1, 14)
    assert draft.issue_date == dt.date(2025, 1, 15)
    assert (draft.city, draft.country) == ("", "")  # a call has no place
    assert draft.issuer == "Ministry of Foreign Affairs and International Cooperation"
    # Hun Manet is only mentioned (an earlier visit): he did not take part
    assert _sides(draft) == {"Sok Chenda Sophea": "Cambodia", "Vivian Balakrishnan": "Singapore"}
    sok = draft.participants[0]
    assert sok.title.startswith("Deputy Prime Minister and Minister of Foreign Affairs")
    items = describe(draft)
    # the view and the agreement share a sentence: one item, an agreement
    assert has_item(draft, "trade", BOTH, K.AGREEMENT, "Bilateral Consultation"), items
    assert has_item(draft, "development", "Cambodia", K.REQUEST, "human resource"), items
    assert has_item(draft, "development", "Singapore", K.PLEDGE, "training places"), items
    assert has_item(draft, "multilateral", BOTH, K.AGREEMENT, "ASEAN centrality"), items
    assert _commitments(draft) == [("development", "Singapore"), ("trade", BOTH)]
    (vague,) = [c for c in draft.commitments if not c.keep]  # "work closely to uphold …"
    assert vague.area == "multilateral"


def test_one_paragraph_three_areas(release):
    draft = extract(
        release("three-areas-cambodia-australia.txt"), Settings(countries=["Cambodia", "Australia"])
    )
    assert draft.kind == MeetingKind.BILATERAL
    assert draft.meeting_date == dt.date(2025, 8, 5)
    assert draft.issue_date == dt.date(2025, 8, 6)  # "Canberra, 6 August 2025 –"
    assert (draft.city, draft.country) == ("Canberra", "Australia")
    assert _sides(draft) == {"Sok Chenda Sophea": "Cambodia", "Penny Wong": "Australia"}
    assert draft.participants[1].honorific == "Senator the Hon"
    items = describe(draft)
    assert has_item(draft, "agriculture", "Australia", K.PLEDGE, "irrigation"), items
    assert has_item(draft, "energy", BOTH, K.AGREEMENT, "solar mini-grids"), items
    assert has_item(draft, "people", "Australia", K.PLEDGE, "scholarships"), items
    # one sentence is one item: Cambodia's undertaking shares Australia's sentence
    assert has_item(draft, "people", "Australia", K.PLEDGE, "English-language teaching"), items
    # raised concern and requested: the request
    assert has_item(draft, "law", "Cambodia", K.REQUEST, "online scam"), items
    assert has_item(draft, "law", "Cambodia", K.REQUEST, "police investigators"), items
    assert has_item(draft, "law", "Australia", K.PLEDGE, "Australian Federal Police"), items
    assert has_item(draft, "multilateral", BOTH, K.AGREEMENT, "East Asia Summit"), items
    second = draft.text.split("\n\n")[3]
    areas = {i.area for i in draft.items if second.find(i.text[-30:]) >= 0}
    assert {"agriculture", "energy", "people"} <= areas


def test_thailand_japan_video_call(release):
    draft = extract(
        release("video-call-thailand-japan.txt"), Settings(countries=["Thailand", "Japan"])
    )
    assert draft.issuer == "Ministry of Foreign Affairs of the Kingdom of Thailand"
    assert draft.department == "Department of Information"
    assert draft.title == "Thailand and Japan Hold Foreign Ministers' Video Conference"
    assert draft.kind == MeetingKind.VIDEO_CALL
    assert draft.meeting_date == dt.date(2025, 2, 11)  # "February 11, 2025"
    assert draft.issue_date == dt.date(2025, 2, 12)
    assert _sides(draft) == {"Maris Sangiampongsa": "Thailand", "Iwaya Takeshi": "Japan"}
    items = describe(draft)
    assert has_item(draft, "trade", BOTH, K.AGREEMENT, "Economic Partnership"), items
    assert has_item(draft, "development", "Japan", K.PLEDGE, "flood management"), items
    assert has_item(draft, "people", "Thailand", K.REQUEST, "visa exemption"), items
    assert has_item(draft, "security", BOTH, K.REQUEST, "missile"), items  # and called for
    assert has_item(draft, "multilateral", BOTH, K.REQUEST, "Security Council"), items


def test_release_about_other_countries_warns(release):
    draft = extract(
        release("video-call-thailand-japan.txt"), Settings(countries=["Cambodia", "China"])
    )
    assert any("does not record" in w for w in draft.warnings)


def test_workspace_areas_limit_the_items(sample_text):
    settings = Settings(countries=["Cambodia", "China"])
    settings.areas = [a for a in settings.areas if a.key != "energy"]
    draft = extract(sample_text, settings)
    assert {i.area for i in draft.items} <= {a.key for a in settings.areas}
