"""What a line of a release is: page furniture, a menu, a byline, a letterhead, prose."""

from __future__ import annotations

import re

from briefing.importers.rules import Rules
from briefing.importers.segment import words

SMALL_WORDS = frozenset("of and the for in on to a an at by with de".split())


_NAVIGATION = re.compile(
    r"\s\|\s.*\s\|\s|\s>\s.*\s>\s|^\S+(?:\s\|\s\S+)+$"
    # a breadcrumb of two parts: "THAILAND > GENERAL"
    r"|^[\w'&.,-]+(?: [\w'&.,-]+){0,3} [>›»|] [\w'&.,-]+(?: [\w'&.,-]+){0,3}$"
    # a section over its subsection: "BUSINESS / Agriculture"
    r"|^[A-Z][A-Z&-]+(?: [A-Z&-]+){0,2} / [\w'&.,-]+(?: [\w'&.,-]+){0,3}$"
)


_BYLINE = re.compile(
    r"^(?:From:|By:?\s|Written by\s|Posted by\s)"
    r"|(?i:^(?:writer|reporter|author|published|updated|last updated|posted|newspaper section"
    r"|section)\s*:)"
)


def is_navigation(text: str) -> bool:
    """A menu or breadcrumb line ("News | Business | Tech", "Home > World > Cambodia")."""
    return len(text) < 300 and bool(_NAVIGATION.search(text))


def is_byline(text: str) -> bool:
    return len(text) < 160 and bool(_BYLINE.match(text))


def is_letterhead(text: str, rules: Rules) -> bool:
    """A line of a letterhead: a state's name ("Republic of the Philippines", "KINGDOM OF
    CAMBODIA") or an issuing body's ("Department of Foreign Affairs")."""
    if len(text) > 120:
        return False
    tidy = tidy_caps(text.strip())
    if rules.canonical_country(tidy) or rules.canonical_country(tidy.title()):
        return True
    if _STATE_NAME.fullmatch(tidy):
        named = rules.country.search(tidy)
        return named is not None and named.end() == len(tidy)
    return is_header_line(text, rules) and not is_prose(text, rules)


_STATE_NAME = re.compile(
    r"(?:The\s+)?(?:(?:Royal\s+)?Government|Republic|Kingdom|Socialist Republic|People's Republic|"
    r"Democratic Republic|Commonwealth|State|Federation|Union)\s+of\s+(?:the\s+)?.+"
)


_END_MARK = re.compile(r"[\W_]*(?:end|ends)?[\W_]*")  # "-- END --", "###"
_NUMBER_LINE = re.compile(r"(?i)no\.?\s*[\w/.-]+")  # "No. 123/2024"
_ENDS_AS_PROSE = re.compile(r"[.!?:;]['\"”’)]?$")


def is_furniture(text: str, rules: Rules) -> bool:
    folded = " ".join(text.lower().strip(" .:*").split())
    if folded in rules.furniture or _END_MARK.fullmatch(folded):
        return True
    return bool(_NUMBER_LINE.fullmatch(text))


def is_prose(text: str, rules: Rules | None = None) -> bool:
    """A body paragraph: a sentence or more, not a heading or a title."""
    count = len(text.split())
    if count >= 25:
        return True
    if count < 6 or not _ENDS_AS_PROSE.search(text):
        return False
    if (
        count >= 8
        and text.endswith(".")
        and (
            _lower_words(text) >= 1
            or (rules is not None and any(w in rules.reporting_verbs for w in words(text)))
        )
    ):
        return True  # "Minister … Dr Vivian Balakrishnan made an Official Visit to …."
    return not _title_case(text)


def _lower_words(text: str) -> int:
    return sum(1 for w in words(text) if w.islower() and w not in SMALL_WORDS and len(w) > 2)


def _title_case(text: str) -> bool:
    tokens = [w for w in words(text) if w.lower() not in SMALL_WORDS]
    return bool(tokens) and sum(w[0].isupper() for w in tokens) >= 0.8 * len(tokens)


def is_header_line(text: str, rules: Rules) -> bool:
    return bool(rules.issuer.search(text) or rules.department.search(text)) and len(text) < 160


def tidy_caps(text: str) -> str:
    """ "MINISTRY OF FOREIGN AFFAIRS" -> "Ministry of Foreign Affairs"; mixed case unchanged."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters if c.isupper() or c.islower()):
        return text
    out = []
    for position, word in enumerate(text.split()):
        lower = word.lower()
        if position and lower in SMALL_WORDS:
            out.append(lower)
        elif len(word) <= 4 and word.isalpha() and lower not in SMALL_WORDS and position:
            out.append(word if word in ("ASEAN", "PDR", "EU", "UN", "PRC") else word.capitalize())
        else:
            out.append("-".join(p.capitalize() for p in lower.split("-")))
    return " ".join(out)


ISSUER_TAIL_WORDS = frozenset(
    "news agency times post daily herald tribune gazette press journal review".split()
)
