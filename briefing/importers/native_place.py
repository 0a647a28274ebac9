"""The meeting place of a Khmer or Chinese release: the gazetteer's Khmer and Chinese city
names, venues, the country visited.
"""

from __future__ import annotations

import re

from briefing.importers.draft import Draft
from briefing.importers.native_layout import NativeLayout
from briefing.importers.native_rules import LangRules, matching_copy
from briefing.importers.places import load_gazetteer
from briefing.model import MeetingKind


def meeting_place(
    draft: Draft, layout: NativeLayout, norm: str, rules: LangRules, sides: dict[str, str]
) -> tuple[str, str]:
    if draft.kind in (MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL):
        return "", ""
    gazetteer = load_gazetteer()
    countries = tuple(sides)
    # sentences about the meeting: who met, a visit, where it "took place" ("ប្រព្រឹត្តទៅ", "举行")
    meeting_words = (
        rules.words("meeting_words") + rules.words("visit_words") + rules.words("held_words")
    )
    own_cities = {matching_copy(k): v for k, v in rules.raw.get("cities", {}).items()}
    venues = {matching_copy(k): v for k, v in rules.raw.get("venues", {}).items()}
    before = rules.words("place_before")
    regions = sorted(rules.raw.get("regions", {}), key=len, reverse=True)

    def city_named(name: str) -> tuple[str, str] | None:
        english = own_cities.get(name)
        city = gazetteer.lookup(english, countries) if english else None
        if city is None:
            city = gazetteer.lookup(name, countries)
        return (city.name, city.country) if city else None

    visited = ""
    for span in layout.body[:3]:
        for sentence in re.split(r"(?<=[។。])", norm[span.start : span.end]):
            if not any(w in sentence for w in meeting_words):
                continue
            for venue, english in venues.items():
                if venue in sentence:
                    city = gazetteer.lookup(english, countries)
                    if city is not None:
                        return city.name, city.country
            for short, english in rules.raw.get("city_abbreviations", {}).items():
                if re.search("在" + short + _ABBREVIATED_BEFORE, sentence):  # "在京与…举行会谈"
                    city = gazetteer.lookup(english, countries)
                    if city is not None:
                        return city.name, city.country
            places = sorted(  # every "in/at" of the sentence, in text order
                (at, word) for word in before for at in _all(sentence, word)
            )
            for at, word in places:
                if _FUTURE.search(sentence, max(0, at - 12), at):
                    continue  # "首次会议将于今年8月在金边举行": where the next meeting will be
                head = sentence[at + len(word) : at + len(word) + 16]
                head = re.sub(r"^(?:រាជធានី|ទីក្រុង|ក្រុង|ខេត្ត)", "", head)
                region = next((r for r in regions if head.startswith(r)), "")
                if region and len(head) > len(region) + 1:  # "云南昆明": the province, its city
                    head = head[len(region) :].lstrip("省")
                for length in range(min(len(head), 14), 1, -1):
                    if head[length : length + 1] in _LONGER_PLACE:
                        continue  # "北海道" (Hokkaido) is not "北海" (Beihai)
                    found = city_named(head[:length])
                    if found:
                        return found
                named = rules.country_in(head[:12])
                if (
                    named
                    and named[1] <= 8
                    and not _WITH.search(head, 0, named[1])  # "在…同柬埔寨": with, not in
                    and not visited
                ):
                    visited = named[0]
            for marker in rules.words("city_markers"):  # "… រាជធានីភ្នំពេញ" after a venue
                at = sentence.find(marker)
                while at >= 0:
                    head = sentence[at + len(marker) : at + len(marker) + 14]
                    for length in range(len(head), 1, -1):
                        found = city_named(head[:length])
                        if found:
                            return found
                    at = sentence.find(marker, at + 1)
            if not visited and any(w in sentence for w in rules.words("visit_words")):
                visitor = _visitor_country(sentence, rules)
                named = _country_visited(sentence, rules) or rules.country_in(sentence)
                if visitor and len(sides) == 2:  # "正在我国进行正式访问的柬埔寨首相": the visitor's
                    visited = next((c for c in sides if c != visitor), "")
                elif named:
                    visited = named[0]
    if visited:
        capital = gazetteer.capitals.get(visited)
        if capital:
            return capital.name, visited
    ambassador = [p for p in draft.participants if "大使" in p.title or "ឯកអគ្គ" in p.title]
    if ambassador and len(sides) == 2:
        other = [c for c in sides if sides[c] != ambassador[0].side]
        capital = gazetteer.capitals.get(other[0]) if other else None
        if capital:
            return capital.name, capital.country
    opening = norm[layout.body[0].start : layout.body[0].start + 40] if layout.body else ""
    dateline = _DATELINE.match(opening)  # "កូឡាឡាំពួ៖ …": the dateline, before any sign-off
    if dateline is not None:  # (without "ទីក្រុង", city, or "រាជធានី", capital, before it)
        found = city_named(re.sub(r"^(?:រាជធានី|ទីក្រុង|ក្រុង|ខេត្ត)", "", dateline.group(1).strip()))
        if found:
            return found
    for span in layout.tail[:4] + layout.body[-1:] + layout.body[:1]:
        head = norm[span.start : span.start + 40]
        for name in sorted(own_cities, key=len, reverse=True):
            if name in head:
                found = city_named(name)
                if found:
                    return found
    return "", ""


#: a city and a colon opening the body: "ភ្នំពេញ៖ …", "金边："
_DATELINE = re.compile(r"([^\s៖：:，,。។]{2,20})\s*[៖：:]")


#: what follows "在京" (in Beijing) where it is the city's short name: "在京与…", "在京会见…"
_ABBREVIATED_BEFORE = "(?=[与與同和会會见見举舉出接拜主签簽，,])"


#: "will" before a place: a meeting to come ("将于", "將在", Khmer "នឹង")
_FUTURE = re.compile(r"将|將|下次|下一|នឹង")

#: a character that makes a city's name part of another place: "北海道" (Hokkaido) is not
#: "北海" (Beihai); "贡布省" is Kampot
_LONGER_PLACE = frozenset("道")


def _all(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _country_visited(sentence: str, rules: LangRules) -> tuple[str, int] | None:
    """The country named after the word for a visit ("…បំពេញទស្សនកិច្ចការងារនៅ
    ព្រះរាជាណាចក្រកម្ពុជា"), or after "对" before it ("对泰国进行为期两天的工作访问"): the
    first country named in the sentence may be the visitor's."""
    for paying in _PAYING_A_VISIT.finditer(sentence):
        named = rules.country_in(paying.group("to"))
        if named is not None and named[1] == 0:
            return named[0], paying.start("to")
    for word in rules.words("visit_words"):
        at = sentence.find(word)
        if at >= 0:
            named = rules.country_in(sentence[at : at + 60])
            if named is not None:
                return named
    return None


def _visitor_country(sentence: str, rules: LangRules) -> str:
    """The country of a visitor named as such ("访问的柬埔寨首相", "来访的…"), or ""."""
    for mark in rules.words("visitor_marks"):
        at = sentence.find(mark)
        if at >= 0:
            named = rules.country_in(sentence[at + len(mark) : at + len(mark) + 12])
            if named and named[1] == 0:
                return named[0]
    return ""


#: "对泰国进行…访问", "對泰國展開為期兩天的工作訪問": the country visited after 对
_PAYING_A_VISIT = re.compile(
    r"[对對](?P<to>[^，。、]{2,12}?)(?:进行|進行|展开|展開|开展|開展)[^，。]{0,16}(?:访问|訪問)"
)


#: between "在" and a country: a partner named, not the place ("在上海同柬埔寨…")
_WITH = re.compile(r"[同与與和跟向对對]")
