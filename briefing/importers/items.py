"""Turn body sentences into record items: who said it (side), what kind, which area.

Each clause is read as subject + predicate. The side comes from the subject ("Both sides",
"The Chinese side", a participant's name, title or honorific, a pronoun for the last person
named); the kind from cue phrases; the areas from weighted keywords. A clause that reaches
the strong threshold in several areas gives one item per area.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from briefing.importers.draft import DraftItem, DraftPerson
from briefing.importers.persons import distinctive_honorific_words, fold
from briefing.importers.rules import STRONG, Rules
from briefing.importers.segment import Clause, Span, clauses, sentences, words
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
_JOINT_VERBS = re.compile(r"(?i)\b(?:agreed|agree|signed|witnessed|decided|reached|concluded)\b")


@dataclass
class Reader:
    """Reads clauses in order, keeping the running subject for pronouns."""

    rules: Rules
    participants: list[DraftPerson]
    side_name: dict[str, str]  # canonical country -> the side as the workspace spells it
    area_keys: set[str]
    masks: list[tuple[int, int]] = field(default_factory=list)  # spans kept out of areas
    running_side: str | None = None
    running_person: DraftPerson | None = None
    speaker: str | None = None  # side of the person whose words a paragraph reports

    def side(self, canonical: str) -> str:
        return self.side_name.get(canonical, canonical)

    # ------------------------------------------------------------------ subject and side

    def subject(self, clause: Span) -> tuple[Span, Span | None]:
        """The words before the first reporting verb, and for "X said (that) Y will …" Y."""
        verbs = [
            m
            for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*", clause.text)
            if m.group(0).lower() in self.rules.reporting_verbs
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
        sides = {p.side for p in people if p.side}
        if len(sides) >= 2 or len(people) >= 2:
            self.running_side, self.running_person = BOTH, None
            return BOTH, 1.0
        if people:
            self.running_person = people[0]
            self.running_side = people[0].side or self.running_side
            return people[0].side or None, 0.9
        countries = {
            self.rules.canonical_country(m.group(0)) for m in self.rules.country.finditer(text)
        }
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
        return []

    def _title_head(self, person: DraftPerson) -> str:
        head = self.rules.title.match(person.title)
        return fold(head.group(0)) if head else ""

    # ------------------------------------------------------------------ kind and areas

    def kind(self, text: str, side: str | None) -> tuple[ItemKind, bool]:
        """(kind, whether a cue said so) of a clause."""
        lowered = _RELATIVE_WILL.sub(" ", text)
        for kind, pattern in self.rules.kinds[:2]:
            if pattern.search(lowered):
                return kind, True
        if side is None:
            return ItemKind.STATEMENT, False
        if side == BOTH and self.rules.both_only.search(lowered):
            return ItemKind.AGREEMENT, True
        pledge = self.rules.kinds[2][1]
        if pledge.search(lowered):
            return (ItemKind.AGREEMENT if side == BOTH else ItemKind.PLEDGE), True
        if self.rules.kinds[3][1].search(lowered):
            return ItemKind.AGREEMENT, True
        return ItemKind.STATEMENT, False

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
        chars = list(clause.text)
        for start, end in self.masks:
            for i in range(max(start, clause.start), min(end, clause.end)):
                chars[i - clause.start] = " "
        return "".join(chars)


def _has_any(folded: str, needles: list[str]) -> bool:
    return any(len(n) >= 2 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded) for n in needles)


def read_items(reader: Reader, body: list[Span], headings: set[int]) -> list[DraftItem]:
    """Items from the body paragraphs, in text order."""
    items: list[DraftItem] = []
    topic: str | None = None
    for index, paragraph in enumerate(body):
        if index in headings:
            _, chosen = reader.areas(paragraph)
            topic = chosen[0] if chosen else topic
            continue
        paragraph_topic = topic
        reader.speaker = None
        lead = _LEAD_IN.match(paragraph.text)
        if lead:
            lead_span = Span(paragraph.start, paragraph.start + lead.end(), lead.group(0))
            scores, chosen = reader.areas(lead_span)
            best = max(scores, key=lambda k: scores[k]) if scores else None
            paragraph_topic = chosen[0] if chosen else best or topic
        for sentence in sentences(paragraph, reader.rules):
            items.extend(_sentence_items(reader, sentence, paragraph_topic))
    return items


def _sentence_items(reader: Reader, sentence: Span, topic: str | None) -> list[DraftItem]:
    result: list[DraftItem] = []
    subject_text = ""
    side: str | None = None
    certainty = 0.0
    for clause in clauses(sentence, reader.rules):
        if clause.shared_subject and subject_text:
            text = _with_subject(subject_text, clause.span.text)
        else:
            subject, inner = reader.subject(clause.span)
            side, certainty = reader.resolve(subject, inner)
            if inner is not None and side not in (None, BOTH) and reader.running_person:
                reader.speaker = side
            elif reader.speaker and side == BOTH and not _JOINT_VERBS.search(clause.span.text):
                side = reader.speaker  # "The two sides should …" in one leader's words
            subject_text = _bare_subject(inner.text if inner and inner.text else subject.text)
            text = _tidy(clause.span.text, subject.text, reader)
        result.extend(_clause_items(reader, clause, text, side, certainty, topic))
    return result


def _clause_items(
    reader: Reader, clause: Clause, text: str, side: str | None, certainty: float, topic: str | None
) -> list[DraftItem]:
    span = clause.span
    if len(words(span.text)) < 4:
        return []
    scores, chosen = reader.areas(span)
    if _DESCRIBES_MEETING.search(span.text) and not chosen:
        return []
    has_verb = any(w.lower() in reader.rules.reporting_verbs for w in words(span.text))
    confidence = 0.3
    if chosen:
        confidence += 0.2 if max(scores[k] for k in chosen) > STRONG else 0.15
        confidence -= 0.05 * (len(chosen) - 1)  # several areas: the split may be wrong
    elif topic:
        chosen = [topic]
        confidence += 0.15
    elif scores:
        chosen = [max(scores, key=lambda k: scores[k])]
        confidence += 0.05
    elif has_verb and "political" in reader.area_keys:
        chosen = ["political"]
    else:
        return []
    if side is None:
        side = reader.running_side or BOTH
        certainty = 0.3
    kind, cued = reader.kind(span.text, side)
    if kind in (ItemKind.AGREEMENT, ItemKind.PLEDGE) and _intent_only(reader, span.text, chosen):
        kind, cued = ItemKind.STATEMENT, False
        confidence -= 0.05
    confidence += 0.3 * certainty + (0.2 if cued else 0.1 if has_verb else 0.0)
    confidence = round(min(confidence, 0.95), 2)
    return [
        DraftItem(area, side, kind, text, confidence, (span.start, span.end)) for area in chosen
    ]


def _intent_only(reader: Reader, text: str, areas: list[str]) -> bool:
    """An agreement about the relationship itself, with nothing to deliver."""
    return set(areas) <= reader.rules.intent_areas and not reader.rules.deliverables.search(text)


def _bare_subject(subject: str) -> str:
    """ "On people-to-people exchanges, both sides " -> "both sides"."""
    return subject.rsplit(",", 1)[-1].strip()


def _with_subject(subject: str, clause: str) -> str:
    return _sentence_case(f"{subject} {clause}")


def _tidy(clause: str, subject: str, reader: Reader) -> str:
    """The clause as an item: several participants as subject become "Both leaders"."""
    text = clause
    if subject and len(reader._people_in(subject)) >= 2 and not _INVITATION.match(subject):
        text = "Both leaders " + clause[len(subject) :].lstrip()
    text = re.sub(r",?\s+during their (?:meeting|talks|call)\b[^.;]*", "", text)
    return _sentence_case(text)


def _sentence_case(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if not re.search(r"[.!?]['\"”’)]?$", text):
        text += "."
    return text
