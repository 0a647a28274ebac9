"""Turn body sentences into record items: who said it (side), what kind, which areas.

One substantive sentence is one item (a quotation of several sentences with its attribution is
one too). The side comes from the subject ("Both sides", "The Chinese side", a participant's
name, title or honorific, a pronoun for the last person named; after a lead-in such as "In
response," and, in a quotation, from its attribution); a sentence without a subject of its own
in a paragraph that reports one person's words is that person's. The kind comes from cue
phrases, the strongest winning: agreement > pledge > request > concern > statement. The areas
are tags from weighted keywords: every area that reaches the strong threshold, the strongest
first. Sentences that only say who met whom, courtesies, the issuer's background (no side
speaks) and site furniture are left out.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field

from briefing.importers.commitments import is_concrete
from briefing.importers.draft import DraftItem, DraftPerson
from briefing.importers.errors import ExtractCancelled
from briefing.importers.persons import distinctive_honorific_words, fold
from briefing.importers.rules import STRONG, Rules
from briefing.importers.segment import Span, sentences, words
from briefing.model import BOTH, ItemKind

_DESCRIBES_MEETING = re.compile(
    r"(?i)\b(?:met with|met|held talks|held a|meeting held|paid an?|arrived|courtesy call|"
    r"phone call|telephone|video call|at the invitation of|is on an?|was on an?)\b"
)
_LEAD_IN = re.compile(
    r"^(?:On|Regarding|As for|With regard to|In terms of|Concerning|According to|After|Following"
    r"|During)\s+([^,]{3,80}),"
)
_INVITATION = re.compile(r"(?i)^at the invitation of\b")
_RELATIVE_WILL = re.compile(r"(?i)\b(?:which|that|who|this|these|what)\s+(?:will|would)\b")
_AUXILIARIES = frozenset(
    "will would shall should can could may might must is are was were has have had".split()
)
_EXAMPLES = re.compile(
    r"(?i)\b(?:including|such as|especially|in particular|particularly|notably|namely)\b"
)
_PROPOSAL = re.compile(r"(?i)\b(?:should|need to|needs to|must|ought to)\b")
_JOINT_VERBS = re.compile(r"(?i)\b(?:agreed|agree|signed|witnessed|decided|reached|concluded)\b")


#: the side of a sentence said by someone who speaks for neither side (dropped)
OUTSIDE = "\x00outside"
_PARENTHETICAL = re.compile(r",\s+(?:who|which|whose|also known as)\b[^,;]{0,80},|\([^)]{0,80}\)")
_TRAILING_SAID = re.compile(
    r",[\"”]?\s+(?P<who>(?:[A-Z]|he\b|she\b|the\b)[^,\"“”;]{0,60}?)\s+(?:said|says|added|adds|"
    r"noted|stressed|explained|was quoted as saying|told\s+[^,.;]{1,40})\s*[.!]?[\"”]?$"
)
_QUOTE_OPEN = '"“'
_LEAD = re.compile(
    r"^(?:(?:In|On|At|During|For|After|Following|Regarding|Concerning|As for|With regard to|"
    r"In terms of|According to|Meanwhile|Responding|Speaking|Also|Furthermore|Moreover|"
    r"Additionally|In addition|Earlier|Later|Despite|Turning to|Separately|Likewise|Besides|"
    r"Finally|Lastly|Notably|Similarly|In this regard|To this end|Under)\b[^,]{0,90},\s*)+"
)
_ATTRIBUTION = re.compile(r"[,.!?]?[\"”]\s*,?\s*(?P<rest>.+)$")
_REQUEST_SCOPE_END = re.compile(r",\s+and\b|\band that\b|;|\bwhile\b")
_SPEECH_AFTER_SUBJECT = re.compile(
    r"(?i)\b(?:said|says|stated|noted|stressed|emphasi[sz]ed|affirmed|reaffirmed|reiterated|"
    r"underlined|underscored|added|told|highlighted|pointed out|informed|assured|expressed)\b"
)


@dataclass
class Reader:
    """Reads clauses in order, keeping the running subject for pronouns."""

    rules: Rules
    participants: list[DraftPerson]
    side_name: dict[str, str]  # canonical country -> the side as the workspace spells it
    area_keys: set[str]
    masks: list[tuple[int, int]] = field(default_factory=list)  # spans kept out of areas
    outsiders: list[DraftPerson] = field(default_factory=list)  # named, not of either side
    running_side: str | None = None
    running_person: DraftPerson | None = None
    speaker: str | None = None  # side of the person whose words a paragraph reports
    cancelled: object = None  # a callable: True stops the reading (ExtractCancelled)
    _sorted: bool = False
    _starts: list[int] = field(default_factory=list)

    def side(self, canonical: str) -> str:
        return self.side_name.get(canonical, canonical)

    # ------------------------------------------------------------------ subject and side

    def subject(self, clause: Span) -> tuple[Span, Span | None]:
        """The words before the first reporting verb, and for "X said (that) Y will …" Y."""
        aside = [m.span() for m in _PARENTHETICAL.finditer(clause.text)]
        verbs = [
            m
            for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*", clause.text)
            if m.group(0).lower() in self.rules.reporting_verbs
            and not any(a <= m.start() < b for a, b in aside)
        ]
        if not verbs:
            return Span(clause.start, clause.start, ""), None
        first = verbs[0]
        subject = Span(clause.start, clause.start + first.start(), clause.text[: first.start()])
        speech = self.rules.speech_verbs.match(clause.text, first.start())
        if speech is None:
            return subject, None
        after = re.match(r"\s+(?:that\s+)?", clause.text[speech.end() :])
        begin = speech.end() + (after.end() if after else 0)
        end = begin
        for word in re.finditer(r"[A-Za-z][A-Za-z'’-]*", clause.text[begin : begin + 120]):
            lowered = word.group(0).lower()
            if lowered in _AUXILIARIES or lowered in self.rules.reporting_verbs:
                end = begin + word.start()
                break
        inner = Span(clause.start + begin, clause.start + end, clause.text[begin:end])
        return subject, inner

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
        lead = _LEAD_IN.match(text)
        if lead:
            text = text[lead.end() :]
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
        if len(sides) >= 2 or len(people) >= 2:
            self.running_side, self.running_person = BOTH, None
            return BOTH, 1.0
        if people:
            self.running_person = people[0]
            self.running_side = people[0].side or self.running_side
            return people[0].side or None, 0.9
        matches = list(self.rules.country.finditer(text))
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

    def _people_in(self, text: str) -> list[DraftPerson]:
        """Participants the subject names: by name word, else honorific, else unique title."""
        folded = fold(text)
        named = [p for p in self.participants if _has_any(folded, fold(p.display_name).split())]
        if named:
            return named
        scores = [
            (len([w for w in distinctive_honorific_words(p.honorific) if _has_any(folded, [w])]), i)
            for i, p in enumerate(self.participants)
        ]
        best = max((s for s, _ in scores), default=0)
        if best and [s for s, _ in scores].count(best) == 1:
            return [self.participants[next(i for s, i in scores if s == best)]]
        heads = [self._title_head(p) for p in self.participants]
        hits = [
            p for p, h in zip(self.participants, heads, strict=True) if h and _has_any(folded, [h])
        ]
        if len(hits) == 1 and heads.count(self._title_head(hits[0])) == 1:
            return hits
        if hits and re.match(r"(?i)the\s+\w", text.strip()) and len(text.split()) <= 4:
            return [min(hits, key=lambda p: p.span[0])]  # "The Minister": the first named
        return []

    def _outsider_in(self, text: str) -> DraftPerson | None:
        """A person named in the subject who speaks for neither side (an analyst, a business
        chamber's officer): their words are no item."""
        folded = fold(text)
        for person in self.outsiders:
            if _has_any(folded, [w for w in fold(person.display_name).split() if len(w) > 2]):
                return person
        return None

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
        if rules.kinds[0][1].search(lowered):
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
            if not any(a <= match.start() < b for a, b in blocked):
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
        scores: dict[str, int] = defaultdict(int)
        for match in self.rules.area.finditer(text):
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
            self._sorted = True
        chars = list(clause.text)
        # masks are short (names, a dateline); those that reach into the clause start at most
        # a few hundred characters before it
        first = bisect.bisect_left(self._starts, clause.start - 400)
        for start, end in self.masks[first:]:
            if start >= clause.end:
                break
            for i in range(max(start, clause.start), min(end, clause.end)):
                chars[i - clause.start] = " "
        return "".join(chars)


def _has_any(folded: str, needles: list[str]) -> bool:
    return any(len(n) >= 2 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded) for n in needles)


def read_items(
    reader: Reader, body: list[Span], headings: set[int], continued: set[int] = frozenset()
) -> list[DraftItem]:
    """Items from the body paragraphs, in text order: one per substantive sentence.
    ``continued``: starts of pieces that go on with the paragraph before (a one-line page)."""
    items: list[DraftItem] = []
    topic: str | None = None
    announced: str | None = None  # the side of "Minister … said:" for the next paragraph
    for index, paragraph in enumerate(body):
        if reader.cancelled is not None and reader.cancelled():  # type: ignore[operator]
            raise ExtractCancelled("The import was cancelled.")
        introduces, announced = announced, None
        if _SAID_COLON.search(paragraph.text):
            subject, _ = reader.subject(paragraph)
            side, _certainty = reader.resolve(subject if subject.text else paragraph)
            announced = side if side not in (None, BOTH, OUTSIDE) else None
            continue
        if index in headings:
            document = _signed_document(reader, paragraph)
            if document is not None:
                items.append(document)
                continue
            _, chosen = reader.areas(paragraph)
            topic = chosen[0] if chosen else topic
            continue
        paragraph_topic = topic
        if paragraph.start not in continued or introduces:
            reader.speaker = introduces
        lead = _LEAD_IN.match(paragraph.text)
        if lead:
            lead_span = Span(paragraph.start, paragraph.start + lead.end(), lead.group(0))
            scores, chosen = reader.areas(lead_span)
            best = max(scores, key=lambda k: scores[k]) if scores else None
            paragraph_topic = chosen[0] if chosen else best or topic
        for sentence in quoted_sentences(sentences(paragraph, reader.rules), paragraph):
            item = _sentence_item(reader, sentence, paragraph_topic)
            if item is not None:
                items.append(item)
    return items


def quoted_sentences(spans: list[Span], paragraph: Span) -> list[Span]:
    """Join the sentences of a quotation to the one that closes it and names its speaker."""
    result: list[Span] = []
    open_from: int | None = None
    for span in spans:
        if open_from is not None:
            first = result[open_from]
            text = paragraph.text[first.start - paragraph.start : span.end - paragraph.start]
            result[open_from:] = [Span(first.start, span.end, text)]
        else:
            result.append(span)
        opened = _quote_balance(span.text) if len(span.text) <= MAX_SENTENCE_CHARS else 0
        if open_from is None and opened > 0 and span.text[:1] in _QUOTE_OPEN:
            open_from = len(result) - 1
        elif open_from is not None and opened < 0:
            open_from = None
        if open_from is not None and span.end - result[open_from].start > 3000:
            open_from = None  # an unclosed quotation mark: stop joining
    return result


def _quote_balance(text: str) -> int:
    """+1 if the text opens a quotation it does not close, -1 if it closes one, else 0."""
    curly = text.count("“") - text.count("”")
    if curly:
        return 1 if curly > 0 else -1
    straight = text.count('"')
    if straight % 2:
        return 1 if text.lstrip()[:1] == '"' else -1
    return 0


MAX_SENTENCE_CHARS = 3000  # longer is no sentence of a release (a list, a table, a paste)
_SAID_COLON = re.compile(r"(?i)\b(?:said|says|stated|added|noted|told\s+\w+)\s*:\s*$")


def _sentence_item(reader: Reader, sentence: Span, topic: str | None) -> DraftItem | None:
    text = sentence.text
    if not text or len(text) > MAX_SENTENCE_CHARS:
        return None
    rules = reader.rules
    if len(words(text)) < 4 or rules.boilerplate.search(text):
        return None
    document = _signed_document(reader, sentence)
    if document is not None:
        return document
    scores, chosen = reader.areas(sentence)
    side, certainty = _side_of(reader, sentence)
    if side == OUTSIDE:
        return None
    kind, cued = reader.kind(text, side)
    if not cued and _background(reader, sentence):
        return None
    if _DESCRIBES_MEETING.search(text) and kind not in (ItemKind.AGREEMENT, ItemKind.PLEDGE):
        if not _substance_besides_meeting(reader, text):
            return None
    if rules.courtesy.search(text) and not _substance_besides_courtesy(reader, text):
        return None
    has_verb = any(w.lower() in rules.reporting_verbs for w in words(text))
    if side is None:
        # an actor not recognised ("The Secretary", "The Ambassador") speaks for the side
        # last named; a subject that is no actor is the issuer's own background
        subject = reader.subject(sentence)[0].text
        subject = subject[_LEAD.match(subject).end() :] if _LEAD.match(subject) else subject
        if (
            not has_verb
            or reader.running_side is None
            or not (rules.actors.search(subject) or rules.title.match(subject.removeprefix("The ")))
        ):
            return None
        side, certainty = reader.running_side, 0.3
    confidence = 0.3
    if chosen:
        confidence += 0.2 if max(scores[k] for k in chosen) > STRONG else 0.15
    elif topic:
        chosen = [topic]
        confidence += 0.15
    elif scores:
        chosen = [max(scores, key=lambda k: scores[k])]
        confidence += 0.05
    elif "political" in reader.area_keys:
        chosen = ["political"]
    else:
        return None
    kind, cued = reader.kind(text, side)
    if kind in (ItemKind.AGREEMENT, ItemKind.PLEDGE) and _intent_only(reader, text, chosen):
        confidence -= 0.05
    confidence += 0.3 * certainty + (0.2 if cued else 0.1 if has_verb else 0.0)
    confidence = round(min(confidence, 0.95), 2)
    return DraftItem(
        chosen[0],
        side,
        kind,
        _sentence_case(text),
        confidence,
        (sentence.start, sentence.end),
        areas=list(chosen),
    )


_STAT_VERBS = frozenset(
    "reached stood totalled totaled amounted grew rose fell increased decreased declined hit "
    "exceeded doubled".split()
)
_COPULAS = frozenset("is are was were remains remain".split())
_SINCE = re.compile(
    r"(?i)\b(?:has|have)\s+(?:\w+\s+)?[a-z]+ed\b.*\b(?:since|for\s+(?:more than\s+)?\d+\s+years)\b"
)
_NUMBER_SOON = re.compile(r"^\D{0,30}\d")


def _background(reader: Reader, sentence: Span) -> bool:
    """The issuer's own background rather than a side's words: a fact told with "is" ("Malaysia
    is the 10th largest investor"), a figure ("trade reached $1.1 billion"), a history ("Japan
    has supported the water sector since 1993")."""
    text = sentence.text
    if text[:1] in _QUOTE_OPEN or _TRAILING_SAID.search(text):
        return False
    verb = next(
        (
            m
            for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*", text)
            if m.group(0).lower() in reader.rules.reporting_verbs
            or m.group(0).lower() in _STAT_VERBS
        ),
        None,
    )
    if verb is None:
        return bool(_SINCE.search(text))
    word = verb.group(0).lower()
    rest = text[verb.end() :]
    if word in _COPULAS:
        after = re.match(
            r"\s+(?:(?:also|very|fully|deeply|now|still|highly|particularly)\s+)*"
            r"([A-Za-z'’-]+)",
            rest,
        )
        return not (after and after.group(1).lower() in reader.rules.stance_words)
    if word in _STAT_VERBS and _NUMBER_SOON.match(rest):
        return True
    return bool(_SINCE.search(text)) and word not in reader.rules.speech_words


def _signed_document(reader: Reader, sentence: Span) -> DraftItem | None:
    """An entry of a list of signed documents ("Memorandum of Cooperation on …"): an agreement
    of both sides. Only a short line that begins with the document's name and reports
    nothing else."""
    rules = reader.rules
    text = sentence.text.rstrip(" ;,")
    match = rules.documents.match(text)
    if match is None or len(text) > 300 or len(words(text)) < 3:
        return None
    if {w.lower() for w in words(text[match.end() :])} & (rules.reporting_verbs - {"is", "are"}):
        return None
    _, chosen = reader.areas(sentence)
    chosen = chosen or ["political"]
    return DraftItem(
        chosen[0],
        BOTH,
        ItemKind.AGREEMENT,
        text,
        0.6,
        (sentence.start, sentence.end),
        areas=list(chosen),
    )


def _side_of(reader: Reader, sentence: Span) -> tuple[str | None, float]:
    """The side whose words, pledge or request the sentence reports."""
    text = sentence.text
    offset = 0
    if text[:1] in _QUOTE_OPEN:  # "…," X said.  -> the attribution names the speaker
        attribution = _attribution(text)
        if attribution is not None:
            offset = attribution
            said_by = Span(sentence.start + offset, sentence.end, text[offset:])
            side, certainty = reader.resolve(said_by)
            if side is not None:
                if side not in (BOTH, OUTSIDE):
                    reader.speaker = side
                return side, certainty
        elif reader.speaker and _quote_balance(text) >= 0:
            return reader.speaker, 0.6  # a quotation under "X said:" or in X's paragraph
    trailing = _TRAILING_SAID.search(text)
    if trailing and text[:1] not in _QUOTE_OPEN:  # "The two sides should …, Han added."
        who = Span(sentence.start + trailing.start("who"), sentence.end, trailing.group("who"))
        side, certainty = reader.resolve(who)
        if side is not None and side != BOTH:
            if side != OUTSIDE:
                reader.speaker = side
            return side, certainty
    lead = _LEAD.match(text, offset)
    if lead:
        offset = lead.end()
    span = Span(sentence.start + offset, sentence.end, text[offset:])
    subject, inner = reader.subject(span)
    side, certainty = reader.resolve(subject, inner)
    if side not in (None, BOTH, OUTSIDE) and inner is not None and inner.text.strip():
        running = reader.running_side, reader.running_person
        inner_side, _ = reader.resolve(inner)
        reader.running_side, reader.running_person = running
        if inner_side == BOTH and _JOINT_VERBS.match(text, inner.end - sentence.start):
            return BOTH, certainty  # "X told reporters that the two sides agreed to …"
    speaking = bool(_SPEECH_AFTER_SUBJECT.search(text, offset))
    if side not in (None, BOTH) and speaking:
        reader.speaker = side
    elif side is None and reader.speaker:
        return reader.speaker, 0.6
    elif (
        reader.speaker and side == BOTH and _PROPOSAL.search(text) and not _JOINT_VERBS.search(text)
    ):
        return reader.speaker, 0.6  # "The two sides should …" in one leader's words
    return side, certainty


def _attribution(text: str) -> int | None:
    """Offset of the words after a closing quotation mark ("…," FM Retno said)."""
    for close in ("”", '"'):
        at = text.rfind(close)
        if at > 0 and len(text) - at > 8:
            rest = text[at + 1 :].lstrip(" ,")
            return len(text) - len(rest)
    return None


def _substance_besides_meeting(reader: Reader, text: str) -> bool:
    """Whether a sentence that says who met whom also reports what was said."""
    verbs = {w.lower() for w in words(text)} & reader.rules.substance_verbs
    return bool(verbs)


def _substance_besides_courtesy(reader: Reader, text: str) -> bool:
    """A courtesy joined to substance ("thanked … for the welcome and asked …") is an item."""
    rest = reader.rules.courtesy.sub(" ", text)
    if re.search(r"(?i)\b(?:and|while)\s+(?:also\s+)?(?:[a-z]+ed|will|would)\b", rest):
        return any(w.lower() in reader.rules.substance_verbs for w in words(rest))
    return False


def _intent_only(reader: Reader, text: str, areas: list[str]) -> bool:
    """An agreement about the relationship itself, with nothing to deliver."""
    return set(areas) <= reader.rules.intent_areas and not reader.rules.deliverables.search(text)


_SIGNED_PAPER = re.compile(
    r"(?i)\b(?:agreements?|memorand(?:um|a|ums)|mou|notes|letters?|documents|minutes|protocols?|"
    r"treaty|treaties|contracts?|declaration|communiqu[ée]|statement|plan|roadmap|arrangement)\b"
)


def is_commitment(reader: Reader, item: DraftItem) -> bool:
    """A pledge or agreement a desk would track: it names something to deliver, not only to
    "continue to support" or "strengthen cooperation" (see ``commitments``)."""
    if item.kind not in (ItemKind.AGREEMENT, ItemKind.PLEDGE):
        return False
    rules = reader.rules
    if rules.documents.match(item.text) or (
        rules.joint_acts.search(item.text) and _SIGNED_PAPER.search(item.text)
    ):
        return True  # a document signed or exchanged
    return is_concrete(item.text, rules)


def _sentence_case(text: str) -> str:
    """One line, a capital first and a full stop last ("… areas of Cambodia" + ".")."""
    text = " ".join(text.split()).strip(" ,;")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if not re.search(r"[.!?]['\"”’)]*$", text):
        text += "."
    return text
