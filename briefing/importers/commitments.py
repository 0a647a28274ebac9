"""Whether a pledge or agreement names something to deliver (a commitment a desk would track).

The sentence is cut into the clauses that a commitment cue opens ("will …", "agreed to …",
"is ready to …", "announced …"), each ending where a subordinate clause begins ("… when the
quota is set", "…, which …"). A clause delivers when it gives an amount ("$15 million",
"200 police officers", "300 scholarships"), or when its verb, read past verbs that only lead on
("work towards", "continue to", "speed up the"), is one that delivers ("hold", "send",
"provide", "establish", the "resumption" of …) and its object is more than cooperation or
support in general. A "will" whose subject is a thing ("the project will contribute") pledges
nothing. The word lists are in the rules' ``intent_only`` section.
"""

from __future__ import annotations

import re

from briefing.importers.rules import Rules

_CUE = re.compile(
    r"(?i)\b(?:will|would|shall|agreed(?:\s+\w+){0,3}?\s+to|agree\s+to|agrees\s+to|"
    r"committed\s+to|commit\s+to|"
    r"pledged(?:\s+to)?|pledges(?:\s+to)?|promised|offered|vowed\s+to|undertook\s+to|decided\s+to|"
    r"intends?\s+to|(?:is|are|was|were|stands?)\s+ready\s+to|(?:is|are|was|were)\s+willing\s+to|"
    r"readiness\s+to|plans?\s+to|announced|set\s+(?:a|the)\s+(?:goal|target)\s+of|"
    r"confirmed\s+(?:that|its)|committed\s+to)\b"
)
_CLAUSE_END = re.compile(
    r"[;!?]|\.(?:\s|$)|,\s+(?:which|who|whose|where|while|but|as|so that|helping|making)\b|"
    r"\s(?:when|because|since|although|whereas|so that|as concern|as soon as)\s"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_AMOUNT = re.compile(
    r"(?i)(?:[$£€¥]|\b(?:US|NZ|A|S)\$|\bRM)\s?\d|\b\d[\d,.]*\s?(?:%|per\s?cent|percent|million|"
    r"billion|trillion|yen|euros?|dollars?|riels?|baht|won|yuan|rupees?)\b|"
    r"\b(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:[a-z][\w-]*\s+){0,3}[a-z]+s\b|"
    # a target: "to 100 a year"
    r"\b(?:to|by)\s+(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s|$)"
)
#: "two places for Cambodian cadets", "five working days" (not "the two friendly countries")
_WORD_AMOUNT = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred|dozens?)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]+s)\b"
)
_NOT_AMOUNTS = frozenset(
    "countries sides leaders ministers nations governments parties peoples heads delegations "
    "neighbours neighbors states economies sessions".split()
)
_SUBJECT_WORDS = frozenset("he she they we i it you who".split())
_SKIP = frozenset("also further jointly actively soon then still now fully closely early".split())


def is_concrete(text: str, rules: Rules) -> bool:
    """Whether ``text`` (a pledge or agreement) commits a side to something it can deliver."""
    delivering, leading, generic = _intent_words(rules)
    actor = False
    for cue in _CUE.finditer(text):
        if cue.group(0).lower() in ("will", "would", "shall"):
            joined = re.search(
                r"(?i)\b(?:and|but|or|also)\s+$", text[max(0, cue.start() - 8) : cue.start()]
            )
            actor = actor if joined else actor_before(text, cue.start(), rules)
            if not actor and not _AGREED_THAT.search(text, 0, cue.start()):
                continue  # "the project will contribute to …"; but "agreed that the task
                # force would hold …" binds the sides
        end = _CLAUSE_END.search(text, cue.end())
        clause = text[cue.end() : end.start() if end else len(text)]
        if _AMOUNT.search(clause) or cue.group(0).lower().startswith("set"):
            return True
        if any(m.group("noun").lower() not in _NOT_AMOUNTS for m in _WORD_AMOUNT.finditer(clause)):
            return True
        for piece in _verb_pieces(clause, delivering | leading):  # "to maintain … and to
            if _delivers(piece, delivering, leading, generic, rules.deliverables):  # prepare …"
                return True
        including = _INCLUDING.search(clause)  # "…, including port calls by … vessels"
        if including and rules.deliverables.search(clause, including.end()):
            return True
    return False


_JOINED = re.compile(r"(?i)\b(?:and|but|or|also)\s+$")
_AGREED_THAT = re.compile(r"(?i)\b(?:agreed|decided|confirmed|it\s+was\s+agreed)\s+that\b")
_PIECES = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:to\s+)?(?=[a-z])")
_INCLUDING = re.compile(r"(?i)\bincluding(?:\s+through|\s+by)?\b")


def _verb_pieces(clause: str, verbs: frozenset[str]) -> list[str]:
    """The clause cut before each coordinated verb ("maintain …, and to prepare …"); a piece
    that does not begin with a verb belongs to the one before (a list in an object)."""
    pieces: list[str] = []
    for piece in _PIECES.split(clause):
        first = _WORD.match(piece.strip())
        if pieces and (first is None or first.group(0).lower() not in verbs):
            pieces[-1] += ", " + piece
        else:
            pieces.append(piece)
    return pieces


def _words(phrases: list[str]) -> frozenset[str]:
    return frozenset(p.lower() for p in phrases)


_INTENT_WORDS: dict[int, tuple[Rules, tuple[frozenset[str], ...]]] = {}


def _intent_words(rules: Rules) -> tuple[frozenset[str], ...]:
    """The delivering, leading and generic words of ``rules`` (made once per rules)."""
    kept = _INTENT_WORDS.get(id(rules))
    if kept is None or kept[0] is not rules:
        intent = rules.raw.get("intent_only", {})
        words = tuple(
            _words(intent.get(k, [])) for k in ("delivering", "leading", "generic_objects")
        )
        kept = _INTENT_WORDS[id(rules)] = (rules, words)
    return kept[1]


def thing_before(text: str, at: int, rules: Rules) -> bool:
    """Whether the word before a "will" names a thing ("today's funding will help"), neither
    someone who can pledge nor a pronoun ("that it would simplify visa procedures")."""
    before = _WORD.findall(text[max(0, at - 60) : at])
    if before and before[-1].lower() in _SUBJECT_WORDS:
        return False
    return not actor_before(text, at, rules)


def actor_before(text: str, at: int, rules: Rules) -> bool:
    """Whether the word before a "will" names someone who can pledge (a side, a person, an
    office, a pronoun), not a thing ("the project", "today's funding")."""
    before = _WORD.findall(text[max(0, at - 60) : at])
    while before and before[-1].lower() in _SKIP:
        before.pop()
    if not before:
        return False
    word = before[-1]
    lowered = word.lower()
    if lowered in _SUBJECT_WORDS or rules.actors.fullmatch(word):
        if lowered == "it" and len(before) >= 2 and before[-2].lower() == "that":
            # "said that it will benefit …" is a thing; "assured Bangladesh that it will
            # submit …" a side
            return bool(_ASSURED.search(text, max(0, at - 80), at))
        return True
    if rules.canonical_country(word) or word[:1].isupper():
        return True
    return lowered.endswith(("side", "sides")) or lowered in _COLLECTIVE_ACTORS


_ASSURED = re.compile(r"(?i)\b(?:assured|pledged|promised|confirmed|committed|undertook)\b")


#: plural subjects that can pledge: "Both countries will sign …", "the ministries will hold …"
_COLLECTIVE_ACTORS = frozenset(
    "companies investors authorities countries governments parties leaders ministers nations "
    "delegations ministries agencies officials".split()
)


def _delivers(
    clause: str,
    delivering: frozenset[str],
    leading: frozenset[str],
    generic: frozenset[str],
    deliverables: re.Pattern[str],
) -> bool:
    """Whether the verb of a committed clause delivers something, read past leading verbs
    ("work together to resume …", "speed up preparations for …")."""
    words = [w.lower() for w in _WORD.findall(clause)][:30]
    index = 0
    for _ in range(8):
        while index < len(words) and (
            words[index] in _SKIP or words[index] in ("to", "the", "a", "an", "with", "and")
        ):
            index += 1
        if index >= len(words):
            return False
        word = words[index]
        if word == "be" and index + 1 < len(words) and words[index + 1] in _DONE:
            return True  # "the next round will be held in Phnom Penh in 2024"
        if word in delivering:
            phrase = _object_phrase(words[index + 1 : index + 12])
            if not phrase:
                return False
            if phrase[-1] not in generic:
                return True
            # "technical support", "Official Development Assistance": a kind of help named
            return phrase[-1] in _HELP and any(
                w not in generic and w not in _VAGUE_MODIFIERS for w in phrase[:-1]
            )
        if word in leading:
            index += 1
            if word in ("work", "cooperate", "coordinate") and index < len(words):
                ahead = words[index : index + 10]  # "work closely with the Embassy to rescue"
                if "with" in ahead[:2] and "to" in ahead:
                    index += ahead.index("to") + 1
                    continue
            phrase = [w for w in words[index : index + 6] if w not in _FUNCTION]
            if phrase and phrase[0] not in generic and deliverables.search(" ".join(phrase)):
                return True  # "work towards a bilateral air services agreement"
            continue
        return False
    return False


_PHRASE_END = frozenset(
    "of with for in to on at by from between through under within into that which so including "
    "such as over across among via".split()
)


def _object_phrase(words: list[str]) -> list[str]:
    """The object after a verb up to a preposition, function words left out; its last word is
    the head ("a new water treatment plant in …" -> [water, treatment, plant])."""
    phrase: list[str] = []
    for word in words:
        if word in _PHRASE_END and phrase:
            break
        if word not in _FUNCTION and word not in ("up", "and"):
            phrase.append(word)
    return phrase


_HELP = frozenset("support assistance aid help".split())
#: what a thing "will be" when it is delivered
_DONE = frozenset(
    "held convened signed opened established completed launched built provided sent deployed "
    "delivered finalised finalized concluded organised organized set".split()
)
_VAGUE_MODIFIERS = frozenset(
    "practical comprehensive strategic win-win all-round high-level high-quality mutual bilateral "
    "friendly traditional important fruitful substantive effective concrete".split()
)


_FUNCTION = frozenset(
    "the a an its their his her our of for to and in on with more further new additional "
    "closer close greater best possible favourable favorable good better enabling necessary "
    "all every".split()
)
