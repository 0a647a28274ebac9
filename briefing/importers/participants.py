"""Who took part in the meeting (named where the release says who met whom), their sides,
and the people named who speak for neither side.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.importers.draft import DraftPerson
from briefing.importers.line_kinds import tidy_caps
from briefing.importers.meeting_facts import other_time
from briefing.importers.page_layout import Layout
from briefing.importers.person_names import match_person, name_key
from briefing.importers.persons import Mention, destination
from briefing.importers.places import load_gazetteer
from briefing.importers.rules import Rules
from briefing.importers.segment import sentences
from briefing.model import (
    Person,
    Settings,
)

_NOT_PARTICIPANT_BEFORE = re.compile(
    r"(?i)(?:(?:greetings|regards|wishes|behalf|message)\s+(?:of|from|to)\s+"
    # "is scheduled to be received by Prime Minister X", "is due to hold talks with X",
    # "will call on X", "looked forward to welcoming X": not yet met
    r"|\b(?:scheduled|expected|due|set|slated)\s+to\s+(?:[a-z]+\s+){0,3}(?:with|on|by)\s+(?:the\s+)?"
    r"|\bwill\s+(?:also\s+)?(?:be\s+)?(?:received|hosted|welcomed|meet|call\s+on)\s+"
    r"(?:by\s+|with\s+)?(?:the\s+)?"
    # "conveyed an invitation from President X to President Y to visit": Y is asked too
    r"|\binvitations?\s+from\s+(?:[^.;,]|,\s+[a-z][^.;,]{0,40},){0,100}?\s+to\s+(?:the\s+)?"
    r"|\bforward\s+to\s+(?:welcoming|receiving|meeting|hosting)\s+(?:the\s+)?"
    # "invited Prime Minister X to visit", "an invitation from X to Y": asked, not present
    r"|\binvited\s+(?:the\s+)?|\binvitation\s+from\s+(?:the\s+)?"
    # "a day after President X ordered …": another time
    r"|\b(?:a|one|two|three)\s+(?:days?|weeks?)\s+(?:after|before)\s+(?:the\s+)?"
    # "Ministry spokesperson Ambassador X said …": who reports the meeting, not who met
    r"|\bspokes(?:person|man|woman)\s+(?-i:(?:[A-Z][\w.'’-]*\s+){0,3})"
    # "… ibni Al-Marhum Sultan Haji Omar …": the father's name within a ruler's name
    r"|\bibni\s+(?:al-?marhum\s+)?(?-i:(?:['’]?[A-Z][\w'’-]*\s+){0,6})"
    # "the Government of President Javier Milei is determined": whose policy, not who met
    r"|\b(?:government|administration|vision|initiative|instructions?)"
    r"\s+of\s+(?:the\s+)?"
    r"|\bthe\s+(?:\w+\s+){0,2}visits?\s+"
    r"(?:to\s+(?:the\s+)?[A-Z][\w\s]{1,30}?\s+)?(?:of|by)\s+(?:[\w.'’-]+\s+){0,6})(?-i:(?:[A-Z][\w-]*\s+){0,2})$"
)


#: "an invitation from President X to President of the Kyrgyz Republic Y" (a long naming)
_INVITEE = re.compile(
    r"\binvitations?\s+from\s+(?:[^.;,]|,\s+[a-z][^.;,]{0,40},){0,120}?\s+to\s+"
    r"(?:(?:the|[A-Z][\w.'’-]*)\s+){0,6}$"
)


#: "during President Yoon Suk Yeol's visit to Warsaw in July 2023", "ahead of President
#: Macron's planned trip to Indonesia": the person's own visit, at another time
_OWN_VISIT = re.compile(
    r"(?:'s|’s)\s+(?P<how>(?:[\w-]+\s+){0,3})(?:visit|trip|tour)\s+to\s+(?:the\s+)?"
)
_TO_COME = re.compile(r"(?i)\b(?:planned|upcoming|forthcoming|next|future|proposed|expected)\b")


def _another_visit(text: str, end: int, rules: Rules, when: tuple[int | None, int | None]) -> bool:
    """Whether the person named up to ``end`` is named for a visit of their own at another
    time than the meeting (to come, or dated before it)."""
    visit = _OWN_VISIT.match(text, end)
    if visit is None:
        return False
    if _TO_COME.search(visit.group("how")):
        return True
    place = rules.country.match(text, visit.end())
    place_end = place.end() if place else None
    if place_end is None:
        try:
            _city, place_end = load_gazetteer().latin_at(text, visit.end())
        except KeyError:
            return False
    return other_time(text, place_end, *when)


#: "Minister X (Thailand) and Minister Y (Laos)": a country in brackets right after a name
_BRACKETED = re.compile(r"\s*\((?P<who>[A-Z][^()]{1,40})\)")


def _bracketed_country(text: str, end: int, rules: Rules) -> str | None:
    found = _BRACKETED.match(text, end)
    if found is None:
        return None
    named = rules.country.fullmatch(found.group("who").strip())
    return rules.canonical_country(named.group(0)) if named else None


_DELEGATION = re.compile(
    # "The Cambodian delegation, which arrived on Monday, includes …"
    r"\b(?P<who>[A-Z][a-z]+)\s+delegation(?:,[^,.;]{0,80},)?\s+(?:included|includes|comprised|"
    r"was composed of|"
    r"consisted of|was led by|also included)\b"
)


_PARTICIPATION = re.compile(
    r"(?i)\b(?:met|meets|meeting|received|receives|called on|courtesy call|held talks|talks|"
    r"took part|takes part|participated|audience|"
    r"(?:on|from)\s+the\s+[A-Z][\w'’-]+\s+side|"
    r"spoke with|spoke by|phone|telephone|video|co-chaired|co-chair|accompan(?:ied|ying|ies)|"
    r"(?:delegations?|side)(?:,[^,.;]{0,80},)? (?:also )?(?:included|includes|including|"
    r"comprised|comprising|consisting)|"
    r"(?:represented|attended|assisted|joined) by|present|in attendance|attending|signed|held a|"
    r"join(?:ed|ing|s)?\s+(?:the\s+)?(?:call|meeting|talks|discussions?|delegation)|attended|"
    r"held an|"
    r"visit|visits|"
    r"visited|visiting|conference|conversation|summit|hosted|discussions)\b"
)


#: verbs whose subject took part ("X and Y agreed on Monday …"); the names after them may not
_SUBJECT_OF = re.compile(r"(?i)\b(?:agreed|reached|pledged|vowed|exchanged|discussed|reviewed)\b")


#: where a sentence turns to the other side: "…, while …", "whereas" (not a semicolon: it
#: separates the entries of a delegation's list)
_TURN = re.compile(r",\s+while\b|\bwhereas\b")


def participant_zones(layout: Layout, rules: Rules) -> list[tuple[int, int]]:
    """Where naming a person makes them a participant: the opening paragraph, and every
    sentence of the first paragraphs (and any later one) that says who met, received, called
    or accompanied whom."""
    zones: list[tuple[int, int]] = []
    listing = 0  # entries left of a list under "Participants from the Korean side:"
    for paragraph in layout.body[:60]:
        text = paragraph.text.rstrip()
        if listing and len(text) < 250 and not text.endswith(":"):
            zones.append((paragraph.start, paragraph.end))
            listing -= 1
            continue
        listing = 15 if text.endswith(":") and _LIST_HEAD.search(text) else 0
    for paragraph in layout.standfirst:  # "… following talks between X and Y" above a byline
        for sentence in sentences(paragraph, rules)[:10]:
            if _PARTICIPATION.search(sentence.text):
                zones.append((sentence.start, sentence.end))
    body = layout.body[:60]
    related = next(  # "Additional materials", "Related news": other pages' headlines follow
        (i for i, p in enumerate(body) if i and _RELATED_HEAD.match(p.text.strip())), len(body)
    )
    prose = [p for i, p in enumerate(body[:related]) if i not in layout.headings]
    for index, paragraph in enumerate(prose):
        if index and _DATED_HEADLINE.match(paragraph.text.strip()):
            continue  # "26 July 2024  Foreign Minister's meeting with …": a link, not prose
        for number, sentence in enumerate(sentences(paragraph, rules)[:40]):
            if (index == 0 and number <= 1) or _PARTICIPATION.search(sentence.text):
                zones.append((sentence.start, sentence.end))
            else:
                verb = _SUBJECT_OF.search(sentence.text)
                if verb is not None:
                    zones.append((sentence.start, sentence.start + verb.start()))
    return zones


#: a heading over links to other pages
_RELATED_HEAD = re.compile(
    r"(?i)(?:related(?:\s+(?:news|articles?|stories|posts|topics|content))?|additional\s+"
    r"materials|see\s+also|read\s+(?:more|also)|also\s+read|more\s+(?:news|stories)|"
    r"latest\s+news|most\s+(?:read|viewed|popular)|you\s+may\s+also\s+like)\s*:?$"
)
#: a dated headline of another page: a date, then words with no full stop at the end
_DATED_HEADLINE = re.compile(
    r"(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})\s+[^.!?]{10,400}$"
)


#: a line that opens a list of who took part
_LIST_HEAD = re.compile(
    r"(?i)\b(?:participants?|delegations?|attendees|attended|present|members|accompanied|"
    r"side|included|comprised)\b"
)
#: the side a list's heading names: "Participants from the Korean side:", "Thai delegation:"
_HEAD_SIDE = re.compile(r"\b(?P<who>[A-Z][\w'’-]+)\s+(?:side|delegation)\b")


def _listed_side(text: str, start: int, rules: Rules) -> str | None:
    """The country named in the heading of the list an entry at ``start`` is in: the last
    line before it that ends with a colon, within a few lines."""
    window = text[max(0, start - 600) : start]
    lines = window.split("\n")
    for line in reversed(lines[:-1]):
        line = line.strip()
        if line.endswith(":"):
            found = _HEAD_SIDE.search(line)
            return rules.canonical_country(found.group("who")) if found else None
        if len(line) > 250:
            return None
    return None


def find_participants(
    mentions: list[Mention],
    text: str,
    zones: list[tuple[int, int]],
    people: Sequence[Person],
    settings: Settings,
    sides: dict[str, str],
    rules: Rules,
    issuer: str = "",
    venue: str = "",
    when: tuple[int | None, int | None] = (None, None),
) -> list[DraftPerson]:
    """People who took part: those named where the release says who met whom.

    Later namings of the same person complete the honorific, title and side. ``venue``: the
    country the meeting is in, if found (a host who receives someone is of it); ``when``: the
    meeting's (year, month), if found (a visit dated before it is another's).
    """
    chosen: dict[tuple[str, ...], DraftPerson] = {}
    sharing = _ChosenIndex()  # the chosen keys by name word
    zones = sorted(zones)
    starts = [a for a, _ in zones]
    for mention in mentions:
        before = text[max(0, mention.start - 40) : mention.start]
        at = bisect.bisect_right(starts, mention.start) - 1
        inside = at >= 0 and zones[at][0] <= mention.start < zones[at][1]
        key = mention.key
        existing = chosen.get(key) or _same_person(chosen, key, sharing)
        if existing is not None:
            known = _bare(name_key(existing.name))[0]
            if mention.title and (
                len(_bare(key)[0]) > len(known)
                or (_bare(key)[0] == known and len(key) > len(name_key(existing.name)))
            ):
                # named in full with the title, after a short form (a headline; "Enrique A.
                # Manalo" after "Enrique Manalo")
                existing.name, existing.display_name = mention.name, mention.display_name
            existing.honorific = existing.honorific or mention.honorific
            if not existing.title or (
                len(mention.title) > len(existing.title) and " of " in mention.title
            ):
                existing.title = mention.title or existing.title
            if mention.country and not existing.side:
                existing.side = sides.get(mention.country, mention.country)
            continue
        if (
            not inside
            or _NOT_PARTICIPANT_BEFORE.search(before)
            or _INVITEE.search(text, max(0, mention.start - 160), mention.start)
            or _another_visit(text, mention.end, rules, when)
        ):
            continue
        person = match_person(key, people)
        country = (
            mention.country
            or _bracketed_country(text, mention.end, rules)
            or _side_stated(text, mention.start, rules)
            or _listed_side(text, mention.start, rules)
        )
        side = sides.get(country, country) if country else ""
        if not side and person is not None:
            side = person.side
        if not side:
            side = _hinted_side(mention, rules, sides)
        sharing.add(key)
        chosen[key] = DraftPerson(
            name=mention.name,
            display_name=person.display_name if person else mention.display_name,
            honorific=mention.honorific or (person.honorific if person else ""),
            title=mention.title,
            side=side,
            person_id=person.id if person else None,
            span=(mention.start, mention.end),
        )
    result = list(chosen.values())
    for match in _DELEGATION.finditer(text):  # "The Cambodian delegation included H.E. …"
        country = rules.canonical_country(match.group("who"))
        end = _sentence_end(text, match.end())
        turn = _TURN.search(text, match.end(), end)  # "…, while Sun Chanthol … was joined by"
        end = turn.start() if turn else end
        for person in result:
            if country and not person.side and match.end() <= person.span[0] < end:
                person.side = sides.get(country, country)
    starts_of = sorted(p.span[0] for p in result)
    for person in result:  # "X, who is also …, led the Cambodian delegation"
        if person.side:
            continue
        following = bisect.bisect_right(starts_of, person.span[0])
        until = starts_of[following] if following < len(starts_of) else len(text)
        led = _LED.search(text, person.span[1], min(until, _sentence_end(text, person.span[1])))
        if led is not None and not _ASIDE.fullmatch(text, person.span[1], led.start()):
            led = None  # "X, who praised the man who led the Cambodian delegation": not X
        country = rules.canonical_country(led.group("who") or led.group("on")) if led else None
        if country:
            person.side = sides.get(country, country)
    _accompanying(mentions, chosen, text, rules, sides)
    result += _counterparts(mentions, chosen, text, zones, sides, rules)
    _accompanying(mentions, chosen, text, rules, sides)  # a leader sided by the counterpart
    for person in result:
        if person.title.lower().endswith("counterpart"):
            person.title = ""
        if not person.side:
            person.side = _hinted_side(
                Mention(0, 0, person.name, person.honorific, person.title), rules, sides
            )
        there = destination(person.title, rules)
        if there and sides.get(there, there) == person.side:
            person.side = ""
        if there and not person.side:
            others = [c for c in settings.countries if c != sides.get(there, there)]
            if len(others) == 1:
                person.side = others[0]
        person.title = _full_title(person.title, person.side)
    visit = _visited(zones, text, rules, sides, when)
    if visit is not None and len(settings.countries) == 2 and any(not p.side for p in result):
        visited, said_at = visit
        other = next(c for c in settings.countries if c != visited)
        visitor = _named_last(result, text, said_at)
        if visitor is None and _demonym_of(text[said_at[0] : said_at[1]], other, rules):
            for person in result:  # "The Vietnamese Minister is in Italy on a visit": hosts
                if not person.side:
                    person.side = visited
        if visitor is not None and visitor.side in ("", other):
            for person in result:  # the visitor is named last before "visit to X"; hosts of X
                if not person.side:
                    person.side = other if person is visitor else visited
        for person in result:  # "paid a courtesy call on Prime Minister Hun Manet": a host
            start = person.span[0]
            if not person.side and _HOSTED.search(text, max(0, start - 60), start):
                person.side = visited
    _hosts(result, text, settings, venue)
    _accompanying(mentions, chosen, text, rules, sides)  # leaders sided as hosts or visitors
    result = [
        p
        for p in result
        if not _of_organisation(p.title, rules)  # ASEAN's Secretary-General
        and not (p.title[:1].islower() and _ORGANISATION.search(p.title))  # "…, director of an NGO"
    ]
    _infer_missing_side(result, settings)
    own = _issuer_country(issuer, rules, sides)
    unsure = [p for p in result if not p.side]
    if unsure and own:  # the issuer's own officials go unqualified: "Foreign Minister Retno"
        for person in unsure:
            person.side = own
        _infer_missing_side(result, settings)
    if any(not p.side for p in result) and _met_sides(result, text, settings):
        _accompanying(mentions, chosen, text, rules, sides)  # the companions of who met
        _infer_missing_side(result, settings)
    return result


def without_bystanders(
    people: list[DraftPerson], settings: Settings, text: str = ""
) -> list[DraftPerson]:
    """At a meeting on the margins of a summit, once every side of the workspace has a
    participant, people of a third country are the summit's, not this meeting's ("Luxon also
    met Malaysian Prime Minister Anwar Ibrahim"), unless the release says they took part: a
    trilateral meeting, or one who hosted, chaired, mediated or joined it. A release between
    other countries keeps them. (A third country's ambassador who attends a visit's talks is
    kept: callers apply this at a summit's margins only.)"""
    sided = {p.side for p in people}
    if len(settings.countries) < 2 or not set(settings.countries) <= sided:
        return people
    if _SEVERAL_SIDES.search(text):
        return people
    return [
        p
        for p in people
        if not p.side
        or p.side in settings.countries
        or _TOOK_PART.search(text, max(0, p.span[0] - 80), min(len(text), p.span[1] + 80))
    ]


#: a meeting of more than two sides
_SEVERAL_SIDES = re.compile(r"(?i)\b(?:trilateral|three-way|tripartite|quadrilateral)\b")
#: what a third country's person did at the meeting: "hosted a meeting between", "chaired
#: the meeting", "with the participation of", "mediated", "joined them" (not "the summit
#: host", nor "the G20 meeting, chaired by …")
_TOOK_PART = re.compile(
    r"(?i)\b(?:(?:host|chair)(?:ed|s|ing)?\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks)|"
    r"mediat\w*|joined|participation\s+of)\b"
)


#: "on the Indonesian side, …", "from the Thai delegation, …", "the Cambodian side was
#: represented by …", "The Kazakh delegation also included …": the side of who follows
_SIDE_MARK = re.compile(
    r"\b(?:[Oo]n|[Ff]rom|[Ff]or)\s+the\s+(?P<a>[A-Z][\w'’-]+)\s+(?:side|delegation)\b"
    r"|\b(?P<b>[A-Z][\w'’-]+)\s+(?:side|delegation)\s+(?:(?:was|were)\s+)?(?:also\s+)?"
    r"(?:represented\s+by|led\s+by|included|includes|comprised|consisted\s+of)"
)


#: between a name and what it did: nothing, or an aside between commas (", who is also …,")
_ASIDE = re.compile(r"(?:,[^,]{0,100},)?\s*(?:also\s+)?")
#: "… led the Cambodian delegation", "headed the Thai side", "sat on the Cambodian side": the
#: side of who is named before
_LED = re.compile(
    r"\b(?:(?:led|leads|headed|heads)\s+the\s+(?P<who>[A-Z][\w'’-]+)\s+(?:delegation|side|team)"
    r"|(?:sat|sits|was|were)\s+on\s+the\s+(?P<on>[A-Z][\w'’-]+)\s+side)\b"
)


#: "after a video call with his Cambodian counterpart": a participant of that country
_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<who>[A-Z][\w'’-]+)\s+counterparts?\b")


def _counterparts(
    mentions: list[Mention],
    chosen: dict[tuple[str, ...], DraftPerson],
    text: str,
    zones: list[tuple[int, int]],
    sides: dict[str, str],
    rules: Rules,
) -> list[DraftPerson]:
    """A counterpart of a country met but not named where the meeting is told: the first
    person of that country named later ("Cambodian Deputy Prime Minister … Sok Chenda Sophea
    asked …") took part; whoever has no side in the sentence that says "his Cambodian
    counterpart" is of the other side (of two)."""
    added: list[DraftPerson] = []
    two = len(set(sides.values())) == 2
    found_none: set[str] = set()  # sides with no one named after an earlier "counterpart"
    for start, end in zones:
        for match in _COUNTERPART.finditer(text, start, end):
            country = rules.canonical_country(match.group("who"))
            side = sides.get(country, country) if country else ""
            if not side:
                continue
            unsided = [p for p in chosen.values() if not p.side]
            if two and unsided:
                other = next(c for c in sides.values() if c != side)
                lo = max(start, match.start() - 300)
                first = lo + _sentence_start(text[lo : match.start()])
                last = _sentence_end(text, match.end())
                present = [p for p in chosen.values() if first <= p.span[0] < last]
                if not any(p.side == other for p in present):  # else "his" may be theirs
                    for person in present:
                        if not person.side:
                            person.side = other
            if side in found_none or any(p.side == side for p in [*chosen.values(), *added]):
                continue
            named = next(
                (
                    m
                    for m in mentions
                    if m.start > match.end()
                    and m.country
                    and sides.get(m.country, m.country) == side
                ),
                None,
            )
            if named is None:
                found_none.add(side)
            elif named.key not in chosen and _same_person(chosen, named.key) is None:
                added.append(
                    DraftPerson(
                        name=named.name,
                        display_name=named.display_name,
                        honorific=named.honorific,
                        title=named.title,
                        side=side,
                        span=(named.start, named.end),
                    )
                )
    return added


def _sentence_start(window: str) -> int:
    """Where the last sentence in ``window`` begins: after its last line break or full stop
    that ends no abbreviation or initial ("H.E. Mr. Long Bunna" goes on)."""
    cut = window.rfind("\n") + 1
    for stop in _FULL_STOP.finditer(window, cut):
        cut = stop.end()
    return cut


_FULL_STOP = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bJr)"
                        r"(?<!\bSr)(?<!\bNo)(?<!\bGen)(?<!\bCol)(?<!\bProf)\.\s+")  # fmt: skip


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence going on at ``pos`` ends (within 400 characters)."""
    starts = _full_stops(text)[0]
    at = bisect.bisect_left(starts, pos)
    if at < len(starts) and starts[at] < pos + 400:
        return starts[at]
    return min(len(text), pos + 400)


@lru_cache(maxsize=4)
def _full_stops(text: str) -> tuple[list[int], list[int]]:
    """Where the full stops that end sentences start and end (found once per text: many
    readers ask where the sentence at a place ends)."""
    found = [(m.start(), m.end()) for m in _FULL_STOP.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


def _side_stated(text: str, start: int, rules: Rules) -> str | None:
    """The country of the nearest side mark before ``start`` in its sentence, if any."""
    window = text[max(0, start - 300) : start]
    marks = list(_SIDE_MARK.finditer(window, _sentence_start(window)))
    if not marks or _TURN.search(window, marks[-1].end()):
        return None  # none, or the sentence turned to the other side since
    return rules.canonical_country(marks[-1].group("a") or marks[-1].group("b"))


_ACCOMPANIED = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:accompanied|joined)\s+by\s+"
    # "Cham, who led a 20-member delegation including Secretary of State X"
    r"|\b(?:led|leads|headed|heads)\s+(?:a|an|the)\s+[^.;,]{0,40}?delegations?\s+"
    r"(?:including|comprising|that\s+included)\s+"
    # "Accompanying the Japanese minister were …": the leader named after, by nationality
    r"|\bAccompanying\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]+)\s+[^.;]{0,60}?\b(?:were|was)\s+"
)


def _accompanying(
    mentions: list[Mention],
    chosen: dict[tuple[str, ...], DraftPerson],
    text: str,
    rules: Rules,
    sides: dict[str, str],
) -> None:
    """ "X was accompanied by A and B": A and B, without a side of their own, are of X's (X
    named right before it, or "The Cambodian minister")."""

    sharing = _ChosenIndex()
    for key in chosen:
        sharing.add(key)

    def person_of(mention: Mention) -> DraftPerson | None:
        return chosen.get(mention.key) or _same_person(chosen, mention.key, sharing)

    by_end = {m.end: m for m in mentions}
    starts = [m.start for m in mentions]  # in text order
    by_last_two: dict[tuple[str, str], list[DraftPerson]] = {}
    by_end_word: dict[str, list[tuple[int, DraftPerson]]] = {}  # first or last name word
    for order, person in enumerate(chosen.values()):
        words = person.name.split()
        if len(words) > 2:
            by_last_two.setdefault((words[-2], words[-1]), []).append(person)
        for word in {words[0], words[-1]} if words else ():
            by_end_word.setdefault(word, []).append((order, person))

    def side_companions(match: re.Match[str], side: str, limit: int) -> None:
        """Give ``side`` to the unsided people named after ``match`` in its clause (up to
        ``limit``, where the next companions' clause begins)."""
        side = sides.get(side, side) if side else ""
        if not side:
            return
        end = min(_sentence_end(text, match.end()), limit)
        turn = _NEXT_CLAUSE.search(text, match.end(), end)  # ", while Huot Hak was accompanied"
        end = turn.start() if turn else end
        first, last = bisect.bisect_left(starts, match.end()), bisect.bisect_left(starts, end)
        for mention in mentions[first:last]:
            person = person_of(mention)
            if person is not None and not person.side:
                person.side = side
        # named in full before, by the last two words after: "accompanied by Rana Deuba"
        words = _CLAUSE_WORD.findall(text, match.end(), end)
        for pair in zip(words, words[1:], strict=False):
            for person in by_last_two.get(pair, ()):
                if not person.side:
                    person.side = side

    found = list(_ACCOMPANIED.finditer(text))
    for index, match in enumerate(found):
        # a clause of companions ends, at the latest, where the next one begins
        limit = found[index + 1].start() if index + 1 < len(found) else len(text)
        if match.group("who"):  # "Accompanying the Japanese minister were …": no leader
            country = rules.canonical_country(match.group("who")) or ""
            side_companions(match, country, limit)
            continue
        at = match.start()
        aside = _ASIDE_BEFORE.search(text, max(0, at - 160), at)
        at = aside.start() if aside else at  # "X, who also serves as …, was accompanied by"
        who = _WHO_BEFORE.search(text, max(0, at - 12), at)
        at = who.start() if who else at  # "Peng, who was accompanied by …"
        named = [by_end[e] for e in range(at - 3, at + 1) if e in by_end]
        leader = person_of(named[0]) if named else None
        if leader is None:  # named without a title: "Neth Pheaktra was accompanied by …"
            before = text[max(0, at - 60) : at].rstrip()
            # by surname, last ("Neth Pheaktra") or first ("Tiong King Sing"): the word that
            # ends the text before, after a mark or a space; the first person chosen
            ends = {before[i:] for i in range(len(before)) if i == 0 or not before[i - 1].isalnum()}
            found = [c for word in ends for c in by_end_word.get(word, ())]
            leader = min(found, key=lambda c: c[0])[1] if found else None
            if leader is None and _PRONOUN_END.search(before):  # "… She was accompanied by":
                # the subject of the sentence before (the one named first in it)
                this = max(0, at - 60) + len(before) - len(before.split()[-1])
                ends = _full_stops(text)[1]  # the sentence before: from the stop before it
                before_this = bisect.bisect_right(ends, this - 1) - 1
                last = ends[before_this] if before_this >= 0 else 0
                last = max(last, this - 400)
                leader = next(  # by a word of a name: "Senator Wong, who …, met Mr Marape."
                    (
                        min(by_end_word[w.group(0)], key=lambda c: c[0])[1]
                        for w in _CLAUSE_WORD.finditer(text, last, max(last, this - 2))
                        if w.group(0) in by_end_word
                    ),
                    None,
                )
        side = leader.side if leader is not None else _demonym_leader(text, match.start(), rules)
        side = side or _titled_leader(text[max(0, at - 60) : at], chosen.values())
        side_companions(match, side, limit)


#: "The Tánaiste " or "The Foreign Minister " before "was joined by": a leader by title
_THE_TITLE_BEFORE = re.compile(r"(?:^|[.;]\s+)The\s+((?:[A-Z][\w'’-]+\s+){1,3})$")


def _titled_leader(before: str, people) -> str:  # noqa: ANN001
    """The side of the leader a sentence names by title alone ("The Tánaiste was joined by"),
    if the participants of that title are all of one side."""
    found = _THE_TITLE_BEFORE.search(before)
    if found is None:
        return ""
    title = found.group(1).strip().lower()
    sides = {p.side for p in people if title in p.title.lower()}
    return sides.pop() if len(sides) == 1 else ""


_PRONOUN_END = re.compile(r"(?:^|[.;]\s+)(?:He|She)$")
_WHO_BEFORE = re.compile(r",\s+who\s+$")
_CLAUSE_WORD = re.compile(r"[^\W_][\w'’-]*")
#: a relative clause between commas right before the verb: ", who is also …,"
_ASIDE_BEFORE = re.compile(r",\s+(?:who|whose)\b[^,.;]{0,140},\s*$")


#: "The Cambodian minister " before "was accompanied by": a nationality and a word or two
_NATIONALITY_BEFORE = re.compile(
    r"(?:^|[.;]\s+|\b[Tt]he\s+)([A-Z][\w'’-]+)\s+(?:[a-z][\w-]*\s+){0,2}$"
)


def _demonym_leader(text: str, at: int, rules: Rules) -> str:
    """The country of a leader named by nationality right before "was accompanied by": "The
    Cambodian minister", "the Thai delegation's head"."""
    found = _NATIONALITY_BEFORE.search(text[max(0, at - 40) : at])
    if found is None or found.group(1) not in rules.demonyms:
        return ""
    return rules.canonical_country(found.group(1)) or ""


_NEXT_CLAUSE = re.compile(
    r",?\s+(?:while|whereas|and\s+(?=(?:[A-Z][\w'’-]+\s+){1,4}was\s+accompanied))\b|;"
)


#: "X received Y": X hosts; with two sides, X is of the side Y is not
_HOST_VERB = re.compile(r"\s+(?:warmly\s+)?(?:received|receives|welcomed|welcomes|hosted|hosts)\s+")
#: the guest named first: "X called on Y", "X paid a courtesy call on Y", "X was received by Y"
_GUEST_VERB = re.compile(
    r"\s+(?:(?:paid|pays)\s+(?:a\s+)?courtesy\s+call\s+on|called\s+on|calls\s+on|"
    r"(?:was|were)\s+(?:warmly\s+)?(?:received|welcomed|hosted)\s+by)\s+"
)


def _hosts(people: list[DraftPerson], text: str, settings: Settings, venue: str = "") -> None:
    """Whoever receives a participant of one side is of the other (two sides only); when
    neither is known, the host is of the country the meeting is in (``venue``, if a side)."""
    if len(settings.countries) != 2:
        return
    for host, guest in _receptions(people, text):
        if host.side:
            continue
        if guest.side in settings.countries:
            host.side = next(c for c in settings.countries if c != guest.side)
        elif not guest.side and venue in settings.countries:
            host.side = venue  # "President Marcos welcomed Prime Minister Hun Manet" in Manila
            guest.side = next(c for c in settings.countries if c != venue)


def _met_sides(people: list[DraftPerson], text: str, settings: Settings) -> bool:
    """Of two people where one met the other ("X met Y") and only one is sided, the other is
    of the other side (two sides only); whether any was sided so."""
    changed = False
    if len(settings.countries) != 2:
        return changed
    for first, second in _meetings(people, text):
        known, unknown = (first, second) if first.side else (second, first)
        if known.side in settings.countries and not unknown.side:
            unknown.side = next(c for c in settings.countries if c != known.side)
            changed = True
    return changed


#: "X met Y", "X held talks with Y": two sides met
_MET_VERB = re.compile(
    r"\s+(?:met|meets|met\s+with|(?:held|holds)\s+(?:bilateral\s+)?talks\s+with|"
    r"(?:held|holds)\s+a\s+(?:bilateral\s+)?meeting\s+with|spoke\s+(?:by\s+phone\s+)?with)\s+"
)


def _meetings(people: list[DraftPerson], text: str) -> Iterator[tuple[DraftPerson, DraftPerson]]:
    """Pairs of participants of whom the first met the next one named, in the same sentence."""
    by_start = sorted(people, key=lambda p: p.span[0])
    for first, second in zip(by_start, by_start[1:], strict=False):
        between = text[first.span[1] : second.span[0]]
        if len(between) < 80 and "." not in between and _MET_VERB.search(between):
            yield first, second


_HOSTED = re.compile(
    r"(?i)\b(?:courtesy call on|called on|call on|received by|hosted by|audience with|"
    r"welcomed by)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,8}$"
)


#: after "is in <country>": why there ("on an official visit", "this week with a trade
#: mission")
_ON_A_VISIT = re.compile(
    r"[^.;]{0,40}\b(?:visit|this\s+week|for\s+talks|(?:trade|business)\s+mission|trip)\b"
)


_VISITING = re.compile(
    r"(?i)\b(?:visit(?:s|ing)?\s+to|visited|visiting|arrived\s+in|trip\s+to|tour\s+of|"
    r"(?:is|was|are|were)\s+(?:now\s+)?in)\s+(?:the\s+)?"
)


_ORGANISATION = re.compile(
    r"(?i)\b(?:chamber|association|institute|university|college|group|foundation|federation|"
    r"company|corporation|firm|bank|think[- ]tank|centre|center|society|forum|NGO|organi[sz]ation|"
    r"network|alliance|school|newspaper)\b"
)


def _of_organisation(title: str, rules: Rules) -> bool:
    """A title held in an international organisation ("Secretary-General of ASEAN"), not in a
    government's department named after one ("… of the ASEAN Affairs Department")."""
    return any(
        not re.match(r"\s+(?:Affairs|Department|Division|Bureau|Desk|Unit)\b", title[m.end() :])
        for m in rules.organisations.finditer(title)
    )


def outsiders(
    mentions: list[Mention], participants: list[DraftPerson], rules: Rules
) -> list[DraftPerson]:
    """People named with a title in a body that is neither side's government (an analyst, a
    business chamber's officer, an NGO's director, ASEAN's Secretary-General): what they say
    is no item."""
    taken = {name_key(p.name) for p in participants}
    result = []
    for mention in mentions:
        international = _of_organisation(mention.title, rules)
        if mention.key in taken or not (_ORGANISATION.search(mention.title) or international):
            continue
        if any(p.span == (mention.start, mention.end) for p in participants):
            continue
        result.append(DraftPerson(mention.name, mention.display_name, title=mention.title))
    return result


def _visited(
    zones: list[tuple[int, int]],
    text: str,
    rules: Rules,
    sides: dict[str, str],
    when: tuple[int | None, int | None] = (None, None),
) -> tuple[str, tuple[int, int]] | None:
    """The side visited ("made an Official Visit to Cambodia", "visited Cambodia", "is in
    China on an official visit") and where the visitor is named (the sentence up to the
    verb), from the first meeting sentences; the first one's paragraph is read to its end
    ("Klever met … in Hanoi. Klever is in Vietnam this week with a trade mission")."""
    for index, (start, end) in enumerate(zones[:8]):
        if index == 0:
            paragraph_end = text.find("\n", end)
            end = len(text) if paragraph_end < 0 else paragraph_end
        for match in _VISITING.finditer(text, start, end):
            place = _place_of_a_side(text, match.end(), rules, sides)
            if place is None:
                continue
            canonical, written, place_end = place
            if written in rules.demonyms:
                continue  # "visiting Japanese Foreign Minister": a nationality, not a place
            if other_time(text, place_end, *when):
                continue  # "signed during Oli's visit to China in December"
            if match.group(0).lower().startswith(
                ("is", "was", "are", "were")
            ) and not _ON_A_VISIT.match(text, place_end, end):
                continue  # "is in China on an official visit" or "this week with a trade
                # mission", not "is in China's interest"
            return sides[canonical], (start, match.start())
    return None


def _place_of_a_side(
    text: str, at: int, rules: Rules, sides: dict[str, str]
) -> tuple[str, str, int] | None:
    """(canonical country, as written, end) of a side's country at ``at``, or of a city of
    one in the gazetteer ("on an official visit to Belgrade")."""
    country = rules.country.match(text, at)
    if country is not None:
        canonical = rules.canonical_country(country.group(0))
        return (canonical, country.group(0), country.end()) if canonical in sides else None
    try:
        city, end = load_gazetteer().latin_at(text, at, tuple(sides))
    except KeyError:
        return None
    if _DATED_AFTER.match(text, end):
        return None  # "who visited Phnom Penh in April": another visit, dated
    return (city.country, text[at:end], end) if city.country in sides else None


#: a time right after a place: "in April", "last year", "in 2023", "earlier this month"
_DATED_AFTER = re.compile(
    r",?\s+(?:(?:in|last|early|late|earlier|since)\s+(?:this\s+|last\s+)?(?:[A-Z][a-z]+|"
    r"(?:19|20)\d\d|year|month|week|decade)\b|(?:the\s+)?(?:previous|last|past)\s+\w+)"
)


def _demonym_of(text: str, country: str, rules: Rules) -> bool:
    """Whether ``text`` names a person by ``country``'s demonym and a title ("The Vietnamese
    Minister", not "South Korean tourists")."""
    return any(
        rules.canonical_country(m.group(0)) == rules.canonical_country(country)
        and (rules.title.match(text, m.end() + 1) or text.startswith("delegation", m.end() + 1))
        for m in rules.country.finditer(text)
        if m.group(0) in rules.demonyms
    )


def _named_last(people: list[DraftPerson], text: str, span: tuple[int, int]) -> DraftPerson | None:
    """The participant named last in ``span``, by full naming or by one of their name words
    ("Sokha's three-day official visit")."""
    best: tuple[int, DraftPerson] | None = None
    for person in people:
        at = person.span[0] if span[0] <= person.span[0] < span[1] else -1
        for word in person.display_name.split():
            if len(word) < 3:
                continue
            for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text[span[0] : span[1]]):
                at = max(at, span[0] + match.start())
        if at >= 0 and (best is None or at > best[0]):
            best = (at, person)
    return best[1] if best else None


def _receptions(people: list[DraftPerson], text: str) -> Iterator[tuple[DraftPerson, DraftPerson]]:
    """(host, guest) where a participant received, welcomed or hosted the next one named, or
    called on them, in the same sentence."""
    by_start = sorted(people, key=lambda p: p.span[0])
    for first, second in zip(by_start, by_start[1:], strict=False):
        between = text[first.span[1] : second.span[0]]
        if len(between) >= 80 or "." in between:
            continue
        if _HOST_VERB.search(between):
            yield first, second
        elif _GUEST_VERB.search(between):
            yield second, first


def host_side(people: list[DraftPerson], text: str) -> str:
    """The side of the first participant who received, welcomed or hosted another, else ""."""
    return next((host.side for host, _ in _receptions(people, text) if host.side), "")


def _issuer_country(issuer: str, rules: Rules, sides: dict[str, str]) -> str:
    """The side the issuer speaks for ("Ministry of Foreign Affairs of Japan", a masthead
    "Malaysian National News Agency"), if one of the release's two sides. ``issuer`` is the
    issuer's name, then the page header's lines (navigation left out), joined by " | "."""
    named = next(
        (
            found
            for piece in issuer.split(" | ")  # the name first, then the masthead's lines
            for found in (rules.country.search(piece), rules.country.search(tidy_caps(piece)))
            if found
        ),
        None,
    )
    country = rules.canonical_country(named.group(0)) if named else None
    if country is None:
        for pattern, hinted in rules.side_hints:
            if pattern.search(issuer):
                country = hinted
                break
    return sides.get(country, "") if country else ""


def _same_person(
    chosen: dict[tuple[str, ...], DraftPerson],
    key: tuple[str, ...],
    sharing: _ChosenIndex | None = None,
) -> DraftPerson | None:
    """ "Antony J. Blinken" and "Antony Blinken" are one person: the same words but initials;
    so are "Bendito dos Santos Freitas" and, later, "Bendito Freitas" (or "Freitas"): a short
    form whose words are all in the full name (keys are order-free)."""
    bare, bare_set = _bare(key)
    if not bare:
        return None
    others = chosen.items()
    if sharing is not None:  # only those sharing a word can be one (in the order chosen)
        keys = {k for w in bare_set for k in sharing.by_word.get(w, ())}
        ranked = sorted((k for k in keys if k in chosen), key=sharing.rank.__getitem__)
        others = [(k, chosen[k]) for k in ranked]
    for other, person in others:
        full, full_set = _bare(other)
        if full == bare:
            return person
        if 1 <= len(bare) < len(full) and bare_set <= full_set:
            return person
        initials = len(full) < len(other)  # "B.Battsetseg", later "Batmunkh Battsetseg"
        if (2 if not initials else 1) <= len(full) < len(bare) and full_set <= bare_set:
            return person  # named short first (a headline), then in full: one person
    return None


@dataclass
class _ChosenIndex:
    """The chosen people's keys by name word, and the order they were chosen in."""

    by_word: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    rank: dict[tuple[str, ...], int] = field(default_factory=dict)

    def add(self, key: tuple[str, ...]) -> None:
        for word in _bare(key)[1]:
            self.by_word.setdefault(word, []).append(key)
        self.rank.setdefault(key, len(self.rank))


@lru_cache(maxsize=4096)
def _bare(key: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """A name key without its initials, and as a set (asked again and again: cached)."""
    bare = tuple(w for w in key if len(w.rstrip(".")) > 1)
    return bare, frozenset(bare)


def _hinted_side(mention: Mention, rules: Rules, sides: dict[str, str]) -> str:
    """A side from words only one country's people carry ("Samdech", "State Councilor"), if
    that country is one of the release's sides: Italy's ministry has the title of Cambodia's."""
    words_of = f"{mention.honorific} {mention.title}"
    for pattern, country in rules.side_hints:
        if pattern.search(words_of) and country in sides:
            return sides[country]
    if "Viet Nam" in sides and _VIETNAMESE_LETTERS.search(mention.name):
        return sides["Viet Nam"]  # "Đỗ Hùng Việt": a name only Vietnamese spells so
    return ""


#: letters only Vietnamese writes: ư, ơ and vowels with a tone mark below or a hook (not đ,
#: which Serbian and Croatian names have too: "Marko Đurić")
_VIETNAMESE_LETTERS = re.compile("[ƯưƠơ\u1ea0-\u1ef9]")


def _full_title(title: str, side: str) -> str:
    """The title as the release writes it (the side is its own field)."""
    del side
    return title


def _infer_missing_side(participants: list[DraftPerson], settings: Settings) -> None:
    """With two workspace countries and every sided person on one of them, those with no
    side are on the other: a release names its own side's people by title alone ("HE the
    Prime Minister … Sheikh Mohammed") and the visitors by country."""
    known = {p.side for p in participants if p.side}
    missing = [p for p in participants if not p.side]
    left = [c for c in settings.countries if c not in known]
    if missing and len(settings.countries) == 2 and len(left) == 1:
        for person in missing:
            person.side = left[0]
            if person.title and " of " not in person.title:
                person.title = _full_title(person.title, left[0])
