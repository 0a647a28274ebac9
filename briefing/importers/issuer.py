"""The issuing body of a release and its department, from the page header."""

from __future__ import annotations

import re

from briefing.importers.dates import find_dates
from briefing.importers.line_kinds import (
    ISSUER_TAIL_WORDS,
    SMALL_WORDS,
    is_byline,
    is_furniture,
    is_navigation,
    tidy_caps,
)
from briefing.importers.page_layout import Layout
from briefing.importers.rules import Rules

_HEADER_CUT = re.compile(
    r"\s+\|\s+|\s+>\s+|\s+(?:Skip to|Search\.{0,3}|Home\b|Menu\b)|\s{2,}|\s+[–—]\s+"
)


_NOT_LATIN_TAIL = re.compile(r"(?:\s+[^\x00-\u024f]+)+$")


def _header_candidates(result: Layout) -> list[str]:
    """Pieces of the page header before the title: "Ministry of … Affairs", "KYODO NEWS"."""
    pieces: list[str] = []
    for paragraph in result.header[:8]:
        menu = is_navigation(paragraph.text)
        for piece in _HEADER_CUT.split(paragraph.text):
            piece = _NOT_LATIN_TAIL.sub("", piece.strip(" |>-–—:")).strip()
            piece = _WEB_ADDRESS.sub("", piece).strip()  # "CHINA DAILY chinadaily.com.cn"
            if menu and len(piece.split()) < 2:
                continue  # a menu's "News" names no issuer
            if 3 <= len(piece) <= 100 and not find_dates(piece):
                pieces.append(piece)
    return pieces


_STATE_NAME_AT = re.compile(
    r"(?:Royal Government|Republic|Kingdom|Socialist Republic|People's Republic)\s+of\s+"
    r"(?:the\s+)?\S+(?:\s+PDR)?|in\s+[A-Z]\w+"
)


_WEB_ADDRESS = re.compile(
    r"(?i)\s*\b(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|cn|sg|kh|uk|nz|au|vn|kr|jp|"
    r"int|info)(?:\.[a-z]{2})?(?:/\S*)?\b"
)


_ISSUER_HEAD = re.compile(r"(?i)\b(?:ministry|department|embassy|office|council|mission)\b")


def _issuer_phrase(text: str, rules: Rules) -> str:
    """The issuer's name in a header piece that runs on into other words (a page read as one
    line): "Yonhap News Agency All News" -> "Yonhap News Agency"; "New Zealand Ministry of
    Foreign Affairs and Trade Manatū Aorere" -> "… and Trade"."""
    text = tidy_caps(text)
    words = text.split()
    head = _ISSUER_HEAD.search(text)
    if head is not None and len(text[: head.start()].split()) > 3:
        text = text[head.start() :]  # "Kementerian Luar Negeri … Ministry of Foreign Affairs"
        head = _ISSUER_HEAD.search(text)
    if head is None:  # a masthead: words up to the last of a run of "News", "Agency" …
        end = None
        for index, word in enumerate(words):
            lowered = word.lower().strip(".,")
            if lowered in ISSUER_TAIL_WORDS or rules.agencies.get(lowered):
                end = index + 1
            elif end is not None:
                break
        return " ".join(words[:end]) if end else text
    tail = text[head.end() :]
    cursor = 0
    for match in re.finditer(r",?\s+(\S+)", tail):
        word = match.group(1).strip(",")
        small = word.lower() in ("of", "and", "the", "for", "&")
        place = rules.country.match(tail, match.start(1)) or _STATE_NAME_AT.match(
            tail, match.start(1)
        )
        if not (small or place or rules.portfolio.fullmatch(word)):
            break
        if place is not None:
            cursor = max(cursor, place.end())
            continue
        cursor = max(cursor, match.end())
    phrase = (text[: head.end()] + tail[:cursor]).strip()
    while phrase.split()[-1].lower() in ("of", "and", "the", "for", "&"):
        phrase = phrase.rsplit(" ", 1)[0]
    return phrase


def issuer_and_department(result: Layout, rules: Rules) -> tuple[str, str]:
    """The issuing body ("Ministry of Foreign Affairs of Japan", "Khmer Times") and its
    department, from the page header, else the wire agency, else the copyright line."""
    pieces = _header_candidates(result)
    issuer = department = ""
    if result.from_line:  # GOV.UK: "From: Foreign, Commonwealth & Development Office and …"
        issuer = re.split(r"\s+and\s+(?=[A-Z][a-z]+ [A-Z])", result.from_line)[0].strip()
    for index, piece in enumerate(pieces):
        text = tidy_caps(piece)
        if is_furniture(piece, rules) or rules.boilerplate.search(piece):
            continue
        if rules.canonical_country(text) or rules.canonical_country(text.title()):
            continue  # "Kingdom of Cambodia" over the ministry's name is the state's
        if rules.issuer.search(text) and not issuer:
            issuer = tidy_caps(_issuer_phrase(piece, rules)) if result.continued else text
            following = pieces[index + 1] if index + 1 < len(pieces) else ""
            if (
                (following.isupper() or (result.continued and text.lower().startswith("ministry")))
                and tidy_caps(following) in rules.country_of_names
                and "," not in issuer
                and not rules.country.search(issuer)
            ):
                issuer = f"{issuer}, {tidy_caps(following)}"  # "MINISTRY OF …" / "SINGAPORE"
        elif rules.department.search(text) and not department:
            department = text
    if not issuer and department:
        issuer, department = department, ""
    if not issuer and result.agency:
        issuer = rules.agencies.get(result.agency.lower(), result.agency)
    if not issuer:
        for piece in pieces[:2]:
            if _short_name(piece, rules):
                issuer = tidy_caps(piece)
                break
    if not issuer and result.copyright_name:  # a one-word masthead the footer confirms
        for piece in pieces[:3]:
            if piece.casefold() == result.copyright_name.casefold():
                issuer = tidy_caps(piece)
                break
    if department and not rules.issuer.search(issuer):
        department = ""
    return issuer, department


def _short_name(piece: str, rules: Rules) -> bool:
    """A masthead: two to five capitalised words, not a title, date or furniture."""
    tokens = piece.split()
    if not 2 <= len(tokens) <= 5 or is_furniture(piece, rules) or is_byline(piece):
        return False
    return all(t[:1].isupper() for t in tokens if t.lower() not in SMALL_WORDS)
