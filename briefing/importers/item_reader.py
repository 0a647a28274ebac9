"""How a sentence is read for an item: its subject and the side it speaks for, its kind (the
strongest cue: agreement > pledge > request > concern > statement) and its area tags.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from briefing.importers.commitments import thing_before
from briefing.importers.draft import DraftPerson
from briefing.importers.person_names import distinctive_honorific_words, fold
from briefing.importers.rules import STRONG, Rules
from briefing.importers.segment import LATIN_WORD, Span
from briefing.model import BOTH, ItemKind

LEAD_IN = re.compile(
    r"^(?:On|Regarding|As for|With regard to|In terms of|Concerning|According to|After|Following"
    r"|During)\s+([^,]{3,80}),"
)


_INVITATION = re.compile(r"(?i)^at the invitation of\b")


#: whom a subject speaks to: "his Cambodian counterpart", "requested the Thai side to"
_ADDRESSED = re.compile(
    r"\s*(?:also\s+)?(?:asked|requested|urged|briefed|told|informed|invited|assured|thanked|encouraged|"
    r"called\s+on)\s+(?:his\s+|her\s+|their\s+|the\s+)?(?P<who>[A-Z][\w'’-]+)\s+"
    r"(?P<noun>side|government|delegation|counterparts?)\b"
)


_JOINED_ACTORS = re.compile(r"(?i)\s+and\s+(?:the\s+)?")
_RELATIVE_WILL = re.compile(r"(?i)\b(?:which|that|who|this|these|what)\s+(?:will|would)\b")
#: "raised Canada's concerns regarding …", "voiced the UK's concerns about …"
_CONCERN_RAISED = re.compile(
    r"(?i)\b(?:raised|voiced|conveyed|expressed|shared|reiterated)\s+(?:\S+\s+){0,3}?concerns?\b"
)


_AUXILIARIES = frozenset(
    "will would shall should can could may might must is are was were has have had".split()
)


_EXAMPLES = re.compile(
    r"(?i)\b(?:including|such as|especially|in particular|particularly|notably|namely)\b"
)


#: the side of a sentence said by someone who speaks for neither side (dropped)
OUTSIDE = "\x00outside"


#: a relative clause between commas in a subject: who is named in it does not speak
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose)\b[^,;]{0,120},")
_PARENTHETICAL = re.compile(r",\s+(?:who|which|whose|also known as)\b[^,;]{0,80},|\([^)]{0,80}\)")


_REQUEST_SCOPE_END = re.compile(r",\s+and\b|\band that\b|;|\bwhile\b")


_THAT = re.compile(r"\s+(?:that\s+)?")
_THE = re.compile(r"(?i)^the\s+")
_THE_THEN_WORD = re.compile(r"(?i)the\s+\w")


@dataclass
class Reader:
    """Reads clauses in order, keeping the running subject for pronouns."""

    rules: Rules
    participants: list[DraftPerson]
    side_name: dict[str, str]  # canonical country -> the side as the workspace spells it
    area_keys: set[str]
    masks: list[tuple[int, int]] = field(default_factory=list)  # spans kept out of areas
    outsiders: list[DraftPerson] = field(default_factory=list)  # named, not of either side
    #: spans of the entries of a list both sides agreed ("the two leaders agreed to: • …")
    agreed_entries: set[tuple[int, int]] = field(default_factory=set)
    running_side: str | None = None
    running_person: DraftPerson | None = None
    speaker: str | None = None  # side of the person whose words a paragraph reports
    cancelled: object = None  # a callable: True stops the reading (ExtractCancelled)
    _sorted: bool = False
    _starts: list[int] = field(default_factory=list)
    _longest: int = 0
    _last_subject: tuple[tuple[int, str], tuple[Span, Span | None]] | None = None

    def side(self, canonical: str) -> str:
        return self.side_name.get(canonical, canonical)

    # ------------------------------------------------------------------ subject and side

    def subject(self, clause: Span) -> tuple[Span, Span | None]:
        """The words before the first reporting verb, and for "X said (that) Y will …" Y."""
        key = (clause.start, clause.text)
        if self._last_subject is not None and self._last_subject[0] == key:
            return self._last_subject[1]  # asked again of the same sentence (side, then actor)
        found = self._subject(clause)
        self._last_subject = (key, found)
        return found

    def _subject(self, clause: Span) -> tuple[Span, Span | None]:
        aside = [m.span() for m in _PARENTHETICAL.finditer(clause.text)]
        reporting = self.rules.reporting_verbs
        first = next(
            (
                m
                for m in LATIN_WORD.finditer(clause.text)
                if m.group(0).lower() in reporting
                and not (aside and any(a <= m.start() < b for a, b in aside))
            ),
            None,
        )
        if first is None:
            return Span(clause.start, clause.start, ""), None
        subject = Span(clause.start, clause.start + first.start(), clause.text[: first.start()])
        speech = self.rules.speech_verbs.match(clause.text, first.start())
        if speech is None:
            return subject, None
        after = _THAT.match(clause.text[speech.end() :])
        begin = speech.end() + (after.end() if after else 0)
        end = begin
        for word in LATIN_WORD.finditer(clause.text[begin : begin + 120]):
            lowered = word.group(0).lower()
            if lowered in _AUXILIARIES or lowered in self.rules.reporting_verbs:
                end = begin + word.start()
                break
        inner = Span(clause.start + begin, clause.start + end, clause.text[begin:end])
        return subject, inner

    def peek(self, span: Span) -> str | None:
        """The side ``span`` names, leaving the running subject (for pronouns) as it was."""
        running = self.running_side, self.running_person
        side, _ = self.resolve(span)
        self.running_side, self.running_person = running
        return side

    def resolve(self, subject: Span, inner: Span | None = None) -> tuple[str | None, float]:
        """(side, certainty) of a subject; side None if nothing in it says."""
        side, certainty = self._resolve(subject)
        if side is None and inner is not None:
            side, certainty = self._resolve(inner)
        return side, certainty

    def _resolve(self, subject: Span) -> tuple[str | None, float]:
        text = subject.text
        if _INVITATION.match(text):
            text = text[text.find(",", text.find(",") + 1) + 1 :] if text.count(",") >= 2 else ""
        lead = LEAD_IN.match(text)
        if lead:
            text = text[lead.end() :]
        if ", who " in text or ", whose " in text:  # "Cham, who led a delegation including X,"
            text = _RELATIVE_ASIDE.sub(",", text)
        if not text.strip():
            return None, 0.0
        if self.rules.both_sides.search(text):
            self.running_side, self.running_person = BOTH, None
            return BOTH, 1.0
        people = self._people_in(text)
        if not people:
            outsider = self._outsider_in(text)
            if outsider is not None:
                self.running_person, self.running_side = outsider, None
                return OUTSIDE, 1.0
        sides = {p.side for p in people if p.side}
        if len(people) == 1 and " and " in text and len(text.split()) <= 8:
            # "Sheikh Abdullah and the Australian minister"
            sides |= {self.side(c) for c in self._countries_in(text)}
        if len(people) >= 2 and len(sides) == 1 and all(p.side for p in people):
            # "Singh announced": two of one side share the name (or speak together): theirs
            side = next(iter(sides))
            self.running_side, self.running_person = side, None
            return side, 0.9
        if len(sides) >= 2 or len(people) >= 2:
            self.running_side, self.running_person = BOTH, None
            return BOTH, 1.0
        if len(people) == 1 and not _has_any(fold(text), _name_words(people[0])):
            named = self._countries_in(text)  # "The Mexican foreign minister": his title is
            if len(named) == 1 and self.side(next(iter(named))) != people[0].side:
                people = []  # another's, his country says whose
        if people:
            self.running_person = people[0]
            self.running_side = people[0].side or self.running_side
            return people[0].side or None, 0.9
        matches = list(self.rules.country.finditer(_CAPS_WORD.sub(_title_case, text)))
        if (
            matches
            and all(m.group(0) in self.rules.demonyms for m in matches)
            and not (self.rules.actors.search(text))
        ):
            matches = []  # "Japanese tourist arrivals": a thing, not a side that speaks
        countries = {self.rules.canonical_country(m.group(0)) for m in matches}
        countries.discard(None)
        if len(countries) >= 2:
            self.running_side, self.running_person = BOTH, None
            return BOTH, 0.9
        if countries:
            side = self.side(countries.pop())  # type: ignore[arg-type]
            self.running_side, self.running_person = side, None
            return side, 0.9
        first = text.split()[0].lower()
        if first in self.rules.pronouns and self.running_person is not None:
            if self.running_person in self.outsiders:
                return OUTSIDE, 0.7
            return self.running_person.side or None, 0.7
        if first in {"it", "its"} and self.running_side:
            return self.running_side, 0.6
        return None, 0.0

    def _countries_in(self, text: str) -> set[str]:
        found = {
            self.rules.canonical_country(m.group(0)) for m in self.rules.country.finditer(text)
        }
        return {c for c in found if c}

    def addressed(self, subject: str, rest: str) -> tuple[str, bool] | None:
        """With two sides, (the side not addressed, whether as a counterpart) when a subject
        that names no country speaks to one ("The Minister also briefed his Cambodian
        counterpart", "… requested the Thai side to …"; ``rest``: the clause from its verb)."""
        found = _ADDRESSED.match(rest)
        sides = set(self.side_name.values())
        if found is None or len(sides) != 2 or self.rules.country.search(subject):
            return None
        canonical = self.rules.canonical_country(found.group("who"))
        if canonical is None or canonical not in self.side_name:
            return None
        addressed = self.side_name[canonical]
        other = next(side for side in sides if side != addressed)
        return other, found.group("noun").lower().startswith("counterpart")

    def _people_in(self, text: str) -> list[DraftPerson]:
        """Participants the subject names: by name word, else honorific, else unique title."""
        folded = fold(text)
        named = self._named_in(folded)
        if len(named) > 1:  # "Sok Chenda Sophea" is named, not "Sok Sambath" for his "Sok"
            words = {id(p): _words_in(folded, _name_words(p)) for p in named}
            named = [
                p
                for p in named
                if not any(words[id(p)] < words[id(q)] for q in named if q is not p)
            ]
        if len(named) == 1 and " and " in text:  # "The Secretary and Minister Cho"
            joined = _JOINED_ACTORS.split(_THE.sub("", text.strip()), maxsplit=1)
            around = " and ".join(
                [joined[0].split()[-1], joined[1].split()[0]]
                if len(joined) == 2 and all(joined)
                else []
            )  # "Foreign Affairs and Trade Péter Szijjártó": the "and" of his title
            if around and fold(around) not in fold(named[0].title) and len(text.split()) <= 8:
                other = [
                    p
                    for part in joined
                    if not _has_any(fold(part), _name_words(named[0]))
                    for p in self._holders(part) or self._title_holders(part)
                ]
                if len(other) == 1 and other[0] is not named[0]:
                    return [named[0], other[0]]
        if named:
            return named
        counted: dict[int, int] = {}
        for word, holders in self._people.honorifics.items():
            if word in folded and _has_any(folded, [word]):  # few distinct words: cheap
                for i in holders:
                    counted[i] = counted.get(i, 0) + 1
        scores = [(count, i) for i, count in counted.items()]
        best = max((s for s, _ in scores), default=0)
        if best and [s for s, _ in scores].count(best) == 1:
            return [self.participants[next(i for s, i in scores if s == best)]]
        # "The Secretary and Foreign Minister", "The HR/VP and the Deputy Prime Minister"
        joined = _JOINED_ACTORS.split(_THE.sub("", text.strip()), maxsplit=1)
        if len(joined) == 2 and all(joined) and len(text.split()) <= 8:
            each = [self._people_in(f"the {part}") or self._holders(part) for part in joined]
            if all(len(found) == 1 for found in each) and each[0][0] is not each[1][0]:
                return [each[0][0], each[1][0]]
        heads, counts = self._people.heads, self._people.head_counts
        present = {h for h in counts if h and _has_any(folded, [h])}
        # "the Prime Minister" is the Prime Minister's, not every Minister's (by distinct
        # title heads: a page of hundreds of ministers is not read hundreds of times over)
        present = {h for h in present if not any(h in o and h != o for o in present)}
        hits = [p for p, h in zip(self.participants, heads, strict=True) if h in present]
        if len(hits) == 1 and counts[heads[self.participants.index(hits[0])]] == 1:
            return hits
        short = _THE_THEN_WORD.match(text.strip()) and len(text.split()) <= 4
        if hits and short:
            return [min(hits, key=lambda p: p.span[0])]  # "The Minister": the first named
        if short:
            holders = self._holders(_THE.sub("", text.strip()))
            if len(holders) == 1:
                return holders  # "The Secretary": the Secretary of State
        return []

    def _holders(self, words: str) -> list[DraftPerson]:
        """Participants whose title begins with ``words`` ("Secretary" of "Secretary of
        State"), or the one named so."""
        folded = fold(words.strip())
        if not folded:
            return []
        titles, names = self._people.titles, self._people.display_names
        found = {i for title, held in titles.items() if title.startswith(folded) for i in held}
        found.update(names.get(folded, ()))
        return [self.participants[i] for i in sorted(found)]

    def _title_holders(self, words: str) -> list[DraftPerson]:
        """Participants whose title holds ``words`` as whole words ("Secretary" of "Foreign
        Secretary")."""
        folded = fold(words.strip())
        if not folded:
            return []
        titles = self._people.titles
        found = {i for title, held in titles.items() if _has_any(title, [folded]) for i in held}
        return [self.participants[i] for i in sorted(found)]

    def _outsider_in(self, text: str) -> DraftPerson | None:
        """A person named in the subject who speaks for neither side (an analyst, a business
        chamber's officer): their words are no item."""
        folded = fold(text)
        for person in self.outsiders:
            if _has_any(folded, [w for w in fold(person.display_name).split() if len(w) > 2]):
                return person
        return None

    @cached_property
    def _people(self) -> _PeopleIndex:
        """The participants' name words, title heads, honorific words, folded titles and
        names, made once (the participants of a reading do not change)."""
        return _PeopleIndex.of(self.participants, self._title_head)

    def _named_in(self, folded: str) -> list[DraftPerson]:
        """Participants one of whose name words ``folded`` holds as a whole word, in order:
        name words of letters and digits are looked up among the text's words (one pass of
        the text, not one per participant), the others searched for."""
        index, other = self._people.names, self._people.other_names
        found: set[int] = set()
        for word in set(_PLAIN_WORD.findall(folded)) | {""}:
            found |= index.get(word, set())
            for number, needle in other.get(word, ()):
                if number not in found and _has_any(folded, [needle]):
                    found.add(number)
        return [self.participants[n] for n in sorted(found)]

    def _title_head(self, person: DraftPerson) -> str:
        head = self.rules.title.match(person.title)
        return fold(head.group(0)) if head else ""

    # ------------------------------------------------------------------ kind and areas

    def kind(self, text: str, side: str | None) -> tuple[ItemKind, bool]:
        """(kind, whether a cue said so) of a sentence; the strongest kind wins."""
        lowered = self.rules.not_pledge.sub(" ", _RELATIVE_WILL.sub(" ", text))
        rules = self.rules
        joint = side == BOTH
        agreement = rules.agreement_cues.search(lowered)
        if (
            agreement
            and rules.view_only.search(lowered)
            and not rules.future.search(lowered[agreement.end() :])
        ):
            agreement = None  # "agreed that <a view>" is a statement
        if agreement and (joint or rules.joint_acts.search(agreement.group(0))):
            return ItemKind.AGREEMENT, True
        pledge = self._pledge(lowered)
        if pledge and joint:
            return ItemKind.AGREEMENT, True
        if joint and rules.both_only.search(lowered):
            return ItemKind.AGREEMENT, True
        if pledge or agreement:
            return ItemKind.PLEDGE, True
        if rules.kinds[1][1].search(lowered):
            return ItemKind.REQUEST, True
        if rules.kinds[0][1].search(lowered) or _CONCERN_RAISED.search(lowered):
            return ItemKind.CONCERN, True
        return ItemKind.STATEMENT, False

    def _pledge(self, text: str) -> bool:
        """A pledge cue outside the scope of a request ("hopes China will …" is a request)."""
        request = self.rules.kinds[1][1]
        blocked: list[tuple[int, int]] = []
        for match in request.finditer(text):
            end = _REQUEST_SCOPE_END.search(text, match.end())
            blocked.append((match.start(), end.start() if end else len(text)))
        for match in self.rules.kinds[2][1].finditer(text):
            if any(a <= match.start() < b for a, b in blocked):
                continue
            if match.group(0).lower() in ("will", "would") and thing_before(
                text, match.start(), self.rules
            ):
                continue  # "Today's outcomes will create jobs": a thing pledges nothing
            return True
        return False

    def areas(self, clause: Span) -> tuple[dict[str, int], list[str]]:
        """(scores, chosen areas) of a clause, masked spans left out."""
        text = self._masked(clause)
        examples = _EXAMPLES.search(text)
        head, tail = (text[: examples.start()], text[examples.end() :]) if examples else (text, "")
        scores = self._scores(head)
        if tail:
            extra = self._scores(tail)
            if any(s >= STRONG for s in scores.values()):  # examples of what the head names
                extra = {k: s for k, s in extra.items() if k in scores}
            for key, score in extra.items():
                scores[key] += score
        strong = [k for k, s in scores.items() if s >= STRONG]
        specific = [k for k in strong if k not in self.rules.general_areas]
        if specific:
            strong = specific + [
                k for k in strong if k in self.rules.general_areas and scores[k] >= 2 * STRONG
            ]
        strong.sort(key=lambda k: -scores[k])
        return dict(scores), strong

    def _scores(self, text: str) -> dict[str, int]:
        """The area phrases in ``text``, as ``rules.area.finditer`` finds them (leftmost, not
        overlapping), tried only where a word begins that begins a phrase."""
        scores: dict[str, int] = defaultdict(int)
        firsts = self.rules.area_first_words
        resume = 0
        for word in _WORD_START.finditer(text):
            if word.start() < resume or word.group(0).lower() not in firsts:
                continue
            match = self.rules.area.match(text, word.start())
            if match is None:
                continue
            resume = match.end()
            for key, weight in self.rules.weights(match.group(0)):
                if key in self.area_keys:
                    scores[key] += weight
        return scores

    def _masked(self, clause: Span) -> str:
        """The clause with masked spans blanked (masks sorted once: linear overall)."""
        if not self.masks:
            return clause.text
        if not self._sorted:
            self.masks.sort()
            self._starts = [m[0] for m in self.masks]
            self._longest = max(e - s for s, e in self.masks)
            self._sorted = True
        # masks are short (names, a dateline): those that reach into the clause start at most
        # the longest mask's length before it
        first = bisect.bisect_left(self._starts, clause.start - self._longest)
        last = bisect.bisect_left(self._starts, clause.end, first)
        inside = [(s, e) for s, e in self.masks[first:last] if e > clause.start]
        if not inside:
            return clause.text
        text, base = clause.text, clause.start
        for start, end in inside:
            start, end = max(start, base) - base, min(end, clause.end) - base
            text = text[:start] + " " * (end - start) + text[end:]
        return text


_WORD_START = re.compile(r"(?<!\w)\w+")


#: a word in capitals ("THE PHILIPPINES and Indonesia have agreed …": a news lead)
_CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b")


def _title_case(match: re.Match[str]) -> str:
    return match.group(0).title()


@dataclass
class _PeopleIndex:
    """What a subject is matched against, by participant number."""

    names: dict[str, set[int]]  # a name word of letters and digits -> who bears it
    other_names: dict[str, list[tuple[int, str]]]  # "tae-yul" under "tae": (who, the word)
    heads: list[str]  # each participant's title head
    head_counts: dict[str, int]
    honorifics: dict[str, list[int]]  # a distinctive honorific word -> who bears it
    titles: dict[str, list[int]]  # folded title -> who holds it
    display_names: dict[str, list[int]]  # folded display name -> who

    @classmethod
    def of(
        cls, people: list[DraftPerson], title_head: Callable[[DraftPerson], str]
    ) -> _PeopleIndex:
        index = cls({}, {}, [], {}, {}, {}, {})
        for number, person in enumerate(people):
            for word in (w for w in _name_words(person) if len(w) >= 2):
                if _PLAIN_WORD.fullmatch(word):
                    index.names.setdefault(word, set()).add(number)
                else:  # "tae-yul", "o'neill": found only where its first part is a word
                    first = _PLAIN_WORD.match(word)
                    key = first.group(0) if first else ""
                    index.other_names.setdefault(key, []).append((number, word))
            head = title_head(person)
            index.heads.append(head)
            index.head_counts[head] = index.head_counts.get(head, 0) + 1
            for word in distinctive_honorific_words(person.honorific):
                index.honorifics.setdefault(word, []).append(number)
            index.titles.setdefault(fold(person.title), []).append(number)
            index.display_names.setdefault(fold(person.display_name), []).append(number)
        return index


def _name_words(person: DraftPerson) -> list[str]:
    """The words of a participant's name, without their punctuation ("Biden," of "Joseph R.
    Biden, Jr.")."""
    return re.findall(r"[^\W_][\w'’-]*", fold(person.display_name))


_PLAIN_WORD = re.compile(r"\w+")


def _has_any(folded: str, needles: list[str]) -> bool:
    return any(len(n) >= 2 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded) for n in needles)


def _words_in(folded: str, needles: list[str]) -> frozenset[str]:
    """The ``needles`` (name words) that ``folded`` holds."""
    return frozenset(n for n in needles if _has_any(folded, [n]))
