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

import re

from briefing.importers.commitments import is_concrete
from briefing.importers.draft import DraftItem
from briefing.importers.errors import CANCELLED, ExtractCancelled
from briefing.importers.item_reader import LEAD_IN, OUTSIDE, Reader
from briefing.importers.rules import STRONG
from briefing.importers.segment import LATIN_WORD, Span, sentences, words
from briefing.model import BOTH, ItemKind

_DESCRIBES_MEETING = re.compile(
    r"(?i)\b(?:met with|met|held talks|held a|meeting held|paid an?|arrived|courtesy call|"
    r"phone call|telephone|video call|at the invitation of|is on an?|was on an?)\b"
)


_PROPOSAL = re.compile(r"(?i)\b(?:should|need to|needs to|must|ought to)\b")


_JOINT_VERBS = re.compile(
    r"(?i)(?:\b(?:had|have|has|would|will)\s+)?"
    r"\b(?:agreed|agree|signed|witnessed|decided|concluded|discussed|reviewed|exchanged"
    # "reached an agreement", not "trade … reached $2.5 billion"
    r"|reached\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:agreement|consensus|understanding|deal))\b"
)


#: the joint verb right after "The two ministers": "… (also) (had) agreed"
_JOINT_AFTER_SUBJECT = re.compile(
    r"(?i)\s+(?:also\s+|further\s+|jointly\s+)?(?:(?:had|have|has|would|will)\s+)?"
    r"(?:agreed|agree|signed|decided|reached|concluded)\b"
)


#: "It was agreed to …", "It was decided that …": both sides, unnamed
_AGREED_PASSIVE = re.compile(r"(?i)^(?:it|this)\s+was\s+(?:also\s+)?(?:agreed|decided)\b")


#: a clause of one side's sentence in which both sides act: "X held talks with Y, where the two
#: leaders agreed to …", "…, and both sides signed …"
_JOINT_CLAUSE = re.compile(
    r"(?i)(?:,|\b(?:where|and|when|during which|at which))\s+(?:the\s+two|both)\s+"
    r"(?:sides|leaders|ministers|countries|governments|parties|delegations|heads)\s+"
    r"(?:also\s+|further\s+)?(?:agreed|signed|decided|committed|resolved|reached|concluded)\b"
)


_TRAILING_SAID = re.compile(
    r",[\"”]?\s+(?P<who>(?:[A-Z]|he\b|she\b|the\b)[^,\"“”;]{0,60}?)\s+(?:said|says|added|adds|"
    r"noted|stressed|explained|was quoted as saying|told\s+[^,.;]{1,40})\s*[.!]?[\"”]?$"
)


_QUOTE_OPEN = '"“'


_LEAD = re.compile(
    r"^(?:(?:In|On|At|During|For|After|Following|Regarding|Concerning|As for|With regard to|"
    r"In terms of|According to|Meanwhile|Responding|Speaking|Also|Furthermore|Moreover|"
    r"Additionally|In addition|Earlier|Later|Despite|Turning to|Separately|Likewise|Besides|"
    r"Finally|Lastly|Notably|Similarly|In this regard|To this end|Under|Welcoming|Receiving|"
    r"Referring|Noting|Thanking|Addressing|Commenting)\b[^,]{0,90},\s*)+"
)


_SPEECH_AFTER_SUBJECT = re.compile(
    r"(?i)\b(?:said|says|stated|noted|stressed|emphasi[sz]ed|affirmed|reaffirmed|reiterated|"
    r"underlined|underscored|added|told|highlighted|pointed out|informed|assured|expressed)\b"
)


def read_items(
    reader: Reader,
    body: list[Span],
    headings: set[int],
    continued: set[int] = frozenset(),
    entries: set[int] = frozenset(),
) -> list[DraftItem]:
    """Items from the body paragraphs, in text order: one per substantive sentence.
    ``continued``: starts of pieces that go on with the paragraph before (a one-line page);
    ``entries``: starts of bulleted or numbered list entries."""
    items: list[DraftItem] = []
    topic: str | None = None
    announced: str | None = None  # the side of "Minister … said:" for the next paragraph
    agreed = False  # the paragraph before said that both sides agreed to what follows
    for index, paragraph in enumerate(body):
        if reader.cancelled is not None and reader.cancelled():  # type: ignore[operator]
            raise ExtractCancelled(CANCELLED)
        if agreed and paragraph.start in entries:
            item = _agreed_entry(reader, paragraph, topic)
            if item is not None:
                items.append(item)
            continue
        agreed = _AGREED_TO.search(paragraph.text) is not None and (
            reader.resolve(reader.subject(paragraph)[0])[0] == BOTH
        )
        if agreed:
            continue  # "the two leaders agreed to:": the entries after it are the items
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
        lead = LEAD_IN.match(paragraph.text)
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


#: a paragraph that introduces the next one as someone's words: "… said:", "Quotes
#: attributable to Prime Minister …:", "Quote from the Minister:"
_SAID_COLON = re.compile(
    r"(?i)\b(?:said|says|stated|added|noted|told\s+\w+)\s*:\s*$"
    r"|^(?:quotes?|statement|remarks)\s+(?:attributable\s+to|from|by)\s.{3,120}:\s*$"
)


#: a paragraph that opens a list of what both sides agreed: "… the two leaders agreed to:",
#: "Both sides agreed on the following:"
_AGREED_TO = re.compile(
    r"(?i)\b(?:agreed|decided|committed(?:\s+themselves)?|resolved)\s+"
    r"(?:to|on\s+the\s+following(?:\s+\w+)?|as\s+follows)\s*:\s*$"
)


def _agreed_entry(reader: Reader, entry: Span, topic: str | None) -> DraftItem | None:
    """An entry of a list both sides agreed ("• convene the 4th Meeting of the Joint
    Commission …;"): their agreement, whatever its own words."""
    text = re.sub(r"[;,]?\s*(?:and|or)?\s*$", "", entry.text.strip()).strip()
    if len(words(text)) < 3:
        return None
    _, chosen = reader.areas(entry)
    areas = chosen or ([topic] if topic else ["political"])
    item = DraftItem(areas[0], BOTH, ItemKind.AGREEMENT, _sentence_case(text), 0.6,
                     (entry.start, entry.start + len(text)), areas=list(areas))  # fmt: skip
    reader.agreed_entries.add(item.span)
    return item


def _sentence_item(reader: Reader, sentence: Span, topic: str | None) -> DraftItem | None:
    text = sentence.text
    if not text or len(text) > MAX_SENTENCE_CHARS:
        return None
    rules = reader.rules
    sentence_words = words(text)
    if len(sentence_words) < 4 or rules.boilerplate.search(text):
        return None
    document = _signed_document(reader, sentence)
    if document is not None:
        return document
    scores, chosen = reader.areas(sentence)
    invitee = _invitee_side(reader, sentence)
    side, certainty = (invitee, 0.8) if invitee is not None else _side_of(reader, sentence)
    if side == OUTSIDE:
        return None
    has_verb = any(w.lower() in rules.reporting_verbs for w in sentence_words)
    if side is None and not _speaks_for_running_side(reader, sentence, has_verb):
        return None  # (decided before the areas, kind and background are read: no item)
    reply = _reply_to_request(reader, sentence, side) if invitee is None else None
    if reply is not None:  # "X asked Y to …, and Y said it would …": Y's undertaking
        side, certainty, said = reply
        kind, cued = reader.kind(said, side)
    else:
        kind, cued = reader.kind(text, side)
    kind_side = side
    if not cued and _background(reader, sentence):
        return None
    if _DESCRIBES_MEETING.search(text) and kind not in (ItemKind.AGREEMENT, ItemKind.PLEDGE):
        if not _substance_besides_meeting(reader, text):
            return None
    if rules.courtesy.search(text) and not _substance_besides_courtesy(reader, text):
        return None
    if side is None:
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
    if side != kind_side:  # the side was found only now: the kind may differ (joint)
        kind, cued = reader.kind(text, side)
    if invitee is not None and kind is not ItemKind.AGREEMENT:
        kind, cued = ItemKind.PLEDGE, True  # accepting an invitation outranks extending it
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


def _speaks_for_running_side(reader: Reader, sentence: Span, has_verb: bool) -> bool:
    """An actor not recognised ("The Secretary", "The Ambassador") speaks for the side last
    named; a subject that is no actor is the issuer's own background."""
    if not has_verb or reader.running_side is None:
        return False
    subject = reader.subject(sentence)[0].text
    lead = _LEAD.match(subject)
    subject = subject[lead.end() :] if lead else subject
    rules = reader.rules
    return bool(rules.actors.search(subject) or rules.title.match(subject.removeprefix("The ")))


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
    reporting = reader.rules.reporting_verbs
    verb = next(
        (
            m
            for m in LATIN_WORD.finditer(text)
            if (lowered := m.group(0).lower()) in reporting or lowered in _STAT_VERBS
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


#: "X invited Y to visit …, and Y accepted" / "…, which was accepted" / "and the Cambodian
#: Prime Minister said he would do so": the pledge is the invitee's (who will travel)
_INVITED = re.compile(r"(?i)\b(?:invited|extended\s+(?:an|his|her|their)\s+invitation\s+to)\s+")
_TO_VISIT = re.compile(
    r"(?i)\s+to\s+(?:visit|come|travel|attend|pay|co-chair|take\s+part|participate|join)\b"
)
_INVITATION_TAKEN = re.compile(
    r"(?i)\b(?:accepted|accepts|which\s+was\s+accepted|"
    r"said\s+(?:he|she|they)\s+would\s+(?:try\s+to\s+)?(?:visit|do\s+so|come|travel)\b)"
)


_ASKED = re.compile(r"(?i)\b(?:asked|invited|requested|urged|called\s+on)\b")
#: the addressee's answer in the same sentence: ", and the Cambodian minister confirmed that
#: Cambodia will …", ", and Hoan said Vietnam would …", ", and Huot Hak had agreed to …"
_REPLY = re.compile(
    r",\s+and\s+(?P<who>[^,;]{2,60}?)\s+(?:had\s+)?(?:confirmed|announced|said|agreed|pledged|"
    r"promised|assured|undertook|replied)\b(?P<said>[^;]*)"
)
_UNDERTAKING = re.compile(r"(?i)\b(?:will|would|shall|to\s+[a-z]+)\b")


def _reply_to_request(
    reader: Reader, sentence: Span, side: str | None
) -> tuple[str, float, str] | None:
    """(side, certainty, the answer) where the one asked or invited answers with an
    undertaking in the same sentence, and is of the other side than the one who asked."""
    text = sentence.text
    asked = _ASKED.search(text)
    if asked is None:
        return None
    reply = _REPLY.search(text, asked.end())
    if reply is None or not _UNDERTAKING.search(reply.group("said")):
        return None
    who = Span(sentence.start + reply.start("who"), sentence.start + reply.end("who"), reply["who"])
    answered = reader.peek(who)
    if answered in (None, BOTH, OUTSIDE, side):
        return None
    return answered, 0.8, text[reply.start("who") :]


def _invitee_side(reader: Reader, sentence: Span) -> str | None:
    """The invitee's side in a sentence that reports an invitation and its acceptance."""
    text = sentence.text
    invited = _INVITED.search(text)
    if invited is None:
        return None
    to_visit = _TO_VISIT.search(text, invited.end(), invited.end() + 130)
    if to_visit is None or not _INVITATION_TAKEN.search(text, to_visit.end()):
        return None
    whom = Span(
        sentence.start + invited.end(),
        sentence.start + to_visit.start(),
        text[invited.end() : to_visit.start()],
    )
    side = reader.peek(whom)
    return side if side not in (None, BOTH, OUTSIDE) else None


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
    if _AGREED_PASSIVE.match(text):
        return BOTH, 0.9
    if _two_countries_agreed(reader, text):
        reader.running_side, reader.running_person = BOTH, None
        return BOTH, 0.9
    trailing = _TRAILING_SAID.search(text)
    if (
        trailing
        and text[:1] not in _QUOTE_OPEN
        and (both := reader.rules.both_sides.match(text))
        and _JOINT_AFTER_SUBJECT.match(text, both.end())
    ):
        return BOTH, 0.9  # "The two ministers agreed that …, Mr Szijjártó said."
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
    addressed = reader.addressed(subject.text, span.text[len(subject.text) :])
    side, certainty = reader.resolve(subject, inner)
    if addressed is not None and (side is None or addressed[1]):
        # one's counterpart is of the other side; "thanked the Cambodian delegation" may be
        # one's own: that only when the subject says no side
        return addressed[0], 0.8
    if side not in (None, BOTH, OUTSIDE) and inner is not None and inner.text.strip():
        inner_side = reader.peek(inner)
        if inner_side == BOTH and _JOINT_VERBS.match(text, inner.end - sentence.start):
            return BOTH, certainty  # "X told reporters that the two sides agreed to …"
    if side not in (None, BOTH, OUTSIDE) and _JOINT_CLAUSE.search(text, offset):
        return BOTH, certainty
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


_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
_THE = re.compile(r"(?i)(?:the\s+)?")


def _two_countries_agreed(reader: Reader, text: str) -> bool:
    """ "The Philippines and Cambodia agreed on Monday to …, Secretary X said": the two sides
    as the subject of a joint verb, whoever reports it."""
    if " and " not in text[:60]:
        return False
    lead = _THE.match(text)
    first = reader.rules.country.match(text, lead.end() if lead else 0)
    joint = first and _AND_THE.match(text, first.end())
    second = joint and reader.rules.country.match(text, joint.end())
    if not (first and second):
        return False
    countries = {reader.rules.canonical_country(m.group(0)) for m in (first, second)}
    return len(countries - {None}) == 2 and bool(
        _JOINT_AFTER_SUBJECT.match(text, second.end())
        or re.match(r"\s+on\s+\w+day\s+(?:agreed|signed|decided)\b", text[second.end() :])
    )


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


_AND_THEN_ACTS = re.compile(r"(?i)\b(?:and|while)\s+(?:also\s+)?(?:[a-z]+ed|will|would)\b")


def _substance_besides_courtesy(reader: Reader, text: str) -> bool:
    """A courtesy joined to substance ("thanked … for the welcome and asked …") is an item."""
    rest = reader.rules.courtesy.sub(" ", text)
    if _AND_THEN_ACTS.search(rest):
        return any(w.lower() in reader.rules.substance_verbs for w in words(rest))
    return False


def _intent_only(reader: Reader, text: str, areas: list[str]) -> bool:
    """An agreement about the relationship itself, with nothing to deliver."""
    return set(areas) <= reader.rules.intent_areas and not reader.rules.deliverables.search(text)


_SIGNED_PAPER = re.compile(
    r"(?i)\b(?:agreements?|memorand(?:um|a|ums)|mou|notes|letters?|documents|minutes|protocols?|"
    r"treaty|treaties|contracts?|declaration|communiqu[ée]|statement|plan|roadmap|arrangement|"
    r"programmes?|programs?|framework|charter|accord)\b"
)


_ACCEPTED_INVITATION = re.compile(
    r"(?i)\baccept(?:ed|s)?\s+(?:the|an|this|that|his|her|their)\s+(?:kind\s+)?invitations?\b"
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
    if _ACCEPTED_INVITATION.search(item.text):
        return True  # a visit now owed: "The Deputy Prime Minister accepted the invitation."
    if item.span in reader.agreed_entries:  # "• convene the 4th Meeting …" under "agreed to:"
        return is_concrete(f"The two sides agreed to {item.text}", rules)
    return is_concrete(item.text, rules)


_ENDS_SENTENCE = re.compile(r"[.!?]['\"”’)]*$")


def _sentence_case(text: str) -> str:
    """One line, a capital first and a full stop last ("… areas of Cambodia" + ".")."""
    text = " ".join(text.split()).strip(" ,;")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if not _ENDS_SENTENCE.search(text):
        text += "."
    return text
