"""People named in a release: honorific, name as written, title, and the country they speak for.

Three ways of naming are recognised: honorific first ("His Excellency LI Qiang, Premier of …"),
title first ("Chinese Premier Li Qiang", "Japan's Foreign Minister Takeshi Iwaya") and a
name followed by a title ("Takeshi Iwaya, Minister for Foreign Affairs of Japan"). People
already in the workspace are also found by any of their Latin-script names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.importers.person_names import display_name, fold, name_key
from briefing.importers.places import City, load_gazetteer
from briefing.importers.rules import Rules, phrase_pattern
from briefing.model import Person

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
#: small patterns of the name and title readers, compiled once (they run at every mention)
_SPACE_CAPITAL = re.compile(r"\s+[A-Z]")
#: a Polynesian name's word that opens with its glottal stop: "Mele 'Ofa Taumoepeau"
_OKINA_WORD = re.compile(r"['‘’ʻ][A-Z][\w'’ʻ-]*")
_COMMA = re.compile(r",\s+")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_COUNTERPART_HEAD = re.compile(r"(?i)^counterpart,?\s*")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*) +$")
_AND_OR_COMMA = re.compile(r"(?:\s+and\s+|,\s+)")
_TO_OF_FOR_IN = re.compile(r",?\s+(?:to|of|for|in)\s+(?:the\s+)?")
_TO_OF_FOR = re.compile(r",?\s+(?:to|of|for)\s+(?:the\s+)?")
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;)]|and\b|$)")


_PARTICLES = frozenset(
    "bin binti bint binte al de la las los van von da di le dos das do del della der den du "
    "ibn".split()
)


#: an Arabic family name written with its article or "son of": "al-Thani", "el-Sisi", "ibn-Saud"
_PREFIXED_NAME = re.compile(r"(?:al|el|as|ash|ad|ar|at|az|ul|bin|ibn|abu|abd)-[A-Z]")


#: "son/daughter of" after a given name: " bin ", " binti ", " ibn "
_SON_OF = re.compile(r" (?:bin|binti|bint|ibn) [A-Z]")


_NAME_HONORIFICS = frozenset({"Haji", "Hajah"})  # inside a Malay name: part of the father's


#: letters after a name: honours, offices, services, degrees
_POST_NOMINALS = frozenset(
    "MP AO AC AM OAM CSC DSC RAN RAAF RN OBE MBE CBE KBE GCMG KCMG CMG KC QC SC PhD MBA MNZM "
    "ONZM DSO CVO ADC JP PC MLA MEP TD MSP MS CBS EBS".split()
)


_POST_NOMINAL_RUN = re.compile(
    r"(?:,?\s(?:" + "|".join(sorted(_POST_NOMINALS, key=len, reverse=True)) + r")\b)+"
)


_NOT_NAMES = frozenset(
    """The Both On In At And Of For With His Her Their During Department Ministry Minister
    Kingdom Republic State Council Government Office Embassy Summit Summits Side Prime General
    Foreign Affairs International Cooperation Excellency Majesty Highness Mr Ms Mrs Dr This That
    Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Press Release Joint Statement
    National Assembly Senate Party People Committee President Premier Deputy Vice Holds Hold
    Meets Meet Talks Receives Received Visits Calls Says Agree Agrees Discuss Discusses Sign Signs
    Call Phone Telephone Bilateral Readout Remarks Joint Courtesy MFA MOFA MFAIC DFA MINDEF
    MinDef Staff College Command Headquarters Academy University Institute School Centre Center
    Assembly Congress Parliament Court Front Bank Agency Bureau Division Committee Commission
    Council Published Updated Posted""".split()
)


_TITLE_STOP = re.compile(
    r",|;|\n|\.(?:\s|$)|\s(?:who|which|met|held|said|on|at|in|to|and his|and her|and the)\s|\s\("
)


#: "of Water Resources", "and International Cooperation": more of a title before a name
_TITLE_TAIL = re.compile(r"\s+(?:and|of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:,?\s+[A-Z][\w'’-]+)?")


_TITLE_TAIL_ONE = re.compile(r"\s+(?:and|of|for)\s+(?:the\s+)?[A-Z][\w'’-]+")


_POSSESSIVE = re.compile(
    r"(?:'s|’s|(?<=s)['’])?[ \t]+$"
)  # not across a line: a headline's last word


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}(?= [A-Z])")


#: given names written short, with their dot: part of the name, not an initial
_NAME_ABBREVIATION = re.compile(r"(?:Md|Mohd|Muhd|Mohd|Abd|Ma)\.(?= [A-Z])")


#: a Mongolian name: the father's initial, a full stop and the given name ("B.Battsetseg",
#: "Ts.Oyunbaatar", "L.Oyun-Erdene")
_PATRONYMIC_INITIAL = re.compile(
    r"(?!St\.)[A-Z][a-z]?\.[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?![\w.'’-])"
)


_SUFFIX = re.compile(r",? (?:Jr|Sr)\.?(?!\w)|,? (?:II|III|IV)(?!\w)")


_DESTINATION = re.compile(
    r"\b(?:to|in)\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Sultanate|Union|"
    r"Commonwealth|Socialist Republic|People's Republic|Democratic Republic)\s+of\s+(?:the\s+)?)?$"
)


#: an office's initials in brackets after its title: " (MNEC)", " (DFAT)"
_ACRONYM = re.compile(r" \([A-Z][A-Za-z&.]{1,9}\)(?=,)")


@dataclass
class Mention:
    """One naming of a person in the text."""

    start: int
    end: int
    name: str  # as written: "HUN Manet"
    honorific: str = ""
    title: str = ""
    country: str | None = None  # canonical country from the title or a demonym

    @property
    def display_name(self) -> str:
        return display_name(self.name)

    @property
    def key(self) -> tuple[str, ...]:
        return name_key(self.name)


def find_mentions(
    text: str, rules: Rules, people: list[Person] | tuple[Person, ...] = ()
) -> list[Mention]:
    """Every full naming of a person (at least two name words), in text order."""
    found: list[Mention] = []
    found += _honorific_led(text, rules)
    found += _title_led(text, rules)
    found += _appositive(text, rules)
    found += _role_led(text, rules)
    found += _known_people(text, people)
    found += _paired(text, rules)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    result: list[Mention] = []
    for mention in found:
        if result and mention.start < result[-1].end:
            _merge_into(result[-1], mention)
            continue
        result.append(mention)
    gazetteer = load_gazetteer()
    for mention in result:
        leading = _LEADING_HONORIFIC.match(mention.name)
        if leading and len(mention.name.split()) >= 3:  # "U Than Swe", "Daw Hnin Ei Phyu"
            mention.honorific = f"{mention.honorific} {leading.group(1)}".strip()
            mention.name = mention.name[leading.end() :]
    return [
        m
        for m in result
        if gazetteer.lookup(m.name) is None  # "… Luang Prabang"
        and not _BODY_WORD.search(m.name)  # "Managing Director of the Kenya Ports Authority"
    ]


#: a word that makes a name an institution's, not a person's
_BODY_WORD = re.compile(
    r"\b(?:Authority|Authorities|Ministry|Department|Agency|Council|Commission|Corporation|"
    r"Company|Bank|University|Institute|Association|Committee|Board|Centre|Center|Ports?|"
    r"Secretariat|Forum|Federation|Chamber|Group|Holdings|Limited|Ltd|Inc|Embassy|Consulate|"
    r"Action|Assistance|Programme|Program|Fund|Foundation|Asian|African|European|Affairs|"
    r"Division|Bureau|Office|Wharf|Port|Harbour|Harbor|Bridge|Airport|Highway|Expressway|Road|"
    r"Street|Railway|Terminal|Hospital|Stadium|Museum)\b"
)


#: "The foreign ministers of Uzbekistan and Japan, Bakhtiyor Saidov and Yoko Kamikawa, …":
#: a title in the plural before two countries, then two names in the same order
_PLURAL_OF = re.compile(r"(?<=[a-z])s\s+of\s+(?:the\s+)?")
_PLURAL_TITLE_BEFORE = re.compile(r"(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+$")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")


#: "The Australian and Lao foreign ministers, Penny Wong and …": the title after two nationalities
_PLURAL_TITLE_AFTER = re.compile(r"\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+s),\s+")


def _paired(text: str, rules: Rules) -> list[Mention]:
    result = []
    for match in _PLURAL_OF.finditer(text):  # "The foreign ministers of A and B, X and Y"
        first = rules.country.match(text, match.end())
        joint = _AND.match(text, first.end()) if first else None
        second = rules.country.match(text, joint.end()) if joint else None
        if second is None or text[second.end() : second.end() + 2] != ", ":
            continue
        head = _PLURAL_TITLE_BEFORE.search(text, max(0, match.start() - 40), match.start() + 1)
        result += _pair_named(
            text, second.end() + 2, head.group(0) if head else "", rules, (first, second)
        )
    for first in rules.country.finditer(
        text
    ):  # "The Australian and Lao foreign ministers, X and Y"
        joint = _AND.match(text, first.end())
        second = rules.country.match(text, joint.end()) if joint else None
        plural = _PLURAL_TITLE_AFTER.match(text, second.end()) if second else None
        if plural is not None and first.group(0) in rules.demonyms:
            result += _pair_named(text, plural.end(), plural.group(1), rules, (first, second))
    for match in _THEIR_PLURAL.finditer(text):  # "accompanied by their foreign ministers, X and Y"
        # whose is whose is not said: writers do not keep the order of the countries
        result += _pair_named(text, match.end(), match.group("title"), rules, ())
    return result


#: "their foreign ministers, X and Y", "the two countries' ambassadors, X and Y"
_THEIR_PLURAL = re.compile(
    r"\b(?:their|respective|(?:the\s+two|both)\s+(?:countries|sides)['’])\s+"
    r"(?P<title>(?:[a-z-]+\s+){0,2}[a-z-]+s),\s+(?=[A-Z])"
)


def _pair_named(
    text: str, at: int, plural: str, rules: Rules, named: tuple[re.Match[str], ...]
) -> list[Mention]:
    """The two names at ``at`` ("X and Y", ending a clause), each of its country in order,
    with the plural title in the singular if it is one ("foreign ministers")."""
    one = _name_at(text, at, rules)
    joint = _AND.match(text, one[1]) if one else None
    two = _name_at(text, joint.end(), rules) if joint else None
    if one is None or two is None or not _ends_clause(text, two[1]):
        return []
    singular = plural[:-1].title() if plural.endswith("s") else ""
    title = rules.title.search(singular)
    title_text = singular[title.start() :] if title else ""
    countries = [rules.canonical_country(c.group(0)) for c in named] or [None, None]
    return [
        Mention(end - len(name), end, name, "", title_text, country)
        for (name, end), country in zip((one, two), countries, strict=True)
    ]


#: Burmese honorifics written as the first word of a name
_LEADING_HONORIFIC = re.compile(r"(U|Daw|Dr)\s+(?=[A-Z])")


def _merge_into(kept: Mention, other: Mention) -> None:
    kept.honorific = kept.honorific or other.honorific
    kept.title = kept.title or other.title
    kept.country = kept.country or other.country


def _name_at(text: str, pos: int, rules: Rules, *, min_words: int = 2) -> tuple[str, int] | None:
    """Capitalised name words starting at ``pos`` (two to four, middle initials such as "J."
    or "L.P." and a closing "Jr." besides): (name, end offset)."""
    patronymic = _PATRONYMIC_INITIAL.match(text, pos)
    if patronymic is not None:  # "B.Battsetseg": a Mongolian name is one word
        return patronymic.group(0), patronymic.end()
    words: list[tuple[str, int, bool]] = []  # (word, end offset, an initial)
    cursor = pos
    while len(words) < 10:
        # "Md. Touhid Hossain", "Ma. Luisa": first words only ("Jack Ma. Sok Phal …" ends)
        short = None if words else _NAME_ABBREVIATION.match(text, cursor)
        if short is not None:
            words.append((short.group(0), short.end(), False))
            cursor = short.end() + 1
            continue
        initials = _INITIALS.match(text, cursor)
        if initials is not None:
            words.append((initials.group(0), initials.end(), True))
            cursor = initials.end() + 1
            continue
        match = _TOKEN.match(text, cursor) or (_OKINA_WORD.match(text, cursor) if words else None)
        if match is None:
            break
        word = match.group(0)
        title = rules.title.match(text, cursor)  # once: both tests below need it
        if (word.lower() in _PARTICLES and words) or (
            words and word in _NAME_HONORIFICS and _TOKEN.match(text, match.end() + 1)
        ):
            pass  # "Mohamad Haji Hasan", "Mohamad bin Hasan"
        elif words and title and _title_word_inside_name(text, match, title, rules):
            pass  # "Tiong King Sing": a title's word as the middle of a name
        elif words and _PREFIXED_NAME.match(word):
            pass  # "Mohammed bin Abdulrahman al-Thani": the family name with its article
        elif not words and title and _SON_OF.match(text, match.end()):
            pass  # "Sultan bin Ahmed Al Jaber": a title's word as a given name
        elif not word.lstrip("'‘’ʻ")[:1].isupper() or word in _NOT_NAMES or title:
            break
        elif word in ("Jr", "Sr") and words:  # a suffix, kept below with its dot
            break
        elif word in _POST_NOMINALS and words:  # "Richard Marles MP", "David Johnston AO RAN"
            break
        elif rules.canonical_country(word) or (
            word.endswith("s") and word[:-1] in rules.demonyms  # "for Overseas Pakistanis"
        ):
            break
        elif (honorific := rules.honorific.match(text, cursor)) and _SPACE_CAPITAL.match(
            text[honorific.end() : honorific.end() + 3]
        ):
            break  # the next person's honorific; "NAKATANI Gen held …" ends with a given name
        if word.endswith(("'s", "’s")) and len(word) > 3:  # "Mr Sok Chenda Sophea's visit"
            words.append((word[:-2], match.end() - 2, False))
            break
        words.append((word, match.end(), False))
        if text[match.end() : match.end() + 1] != " ":
            break
        cursor = match.end() + 1
    while words and (words[-1][0].lower() in _PARTICLES or words[-1][2]):
        words.pop()
    full = [w for w in words if not w[2]]
    named = [w for w in full if w[0].lower() not in _PARTICLES]
    # up to four name words; six with particles ("Paulo Artur dos Santos Castro de Campos
    # Rangel", "Mohamed bin Zayed Al Nahyan"), which are not counted
    initialled = len(full) == 1 and words[0][2] and len(full[0][0]) > 2  # "S. Jaishankar"
    if not (
        (min_words <= len(full) or initialled)
        and len(named) <= (6 if len(named) < len(full) else 4)
    ):
        return None
    end = words[-1][1]
    suffix = _SUFFIX.match(text, end)
    if suffix is not None:
        end = suffix.end()
    return text[pos:end] if words[0][2] or suffix else " ".join(w for w, _, _ in words), end


def _title_word_inside_name(
    text: str, word: re.Match[str], title: re.Match[str], rules: Rules
) -> bool:
    """A one-word title ("King", "Prince") between name words, the last of the name: "Tiong
    King Sing said" (not "… Hun Manet, King Norodom Sihamoni", nor a title of several words);
    ``title`` is the title matched at the word."""
    if title.end() != word.end() or text[word.end() : word.end() + 1] != " ":
        return False
    last = _TOKEN.match(text, word.end() + 1)
    return (
        last is not None
        and last.group(0)[0].isupper()
        and not rules.title.match(text, last.start())
        and not _SPACE_CAPITAL.match(text[last.end() : last.end() + 2])
    )


def _single_name(text: str, pos: int, rules: Rules) -> tuple[str, int] | None:
    """A one-word name ("Sugiono") after a title that says whose it is, where the clause
    ends right after it; not a place, a country, a title or a word that names no one."""
    match = _TOKEN.match(text, pos)
    if match is None or not _ends_clause(text, match.end()):
        return None
    word = match.group(0)
    if (
        len(word) < 3
        or not word[0].isupper()
        or word[1:].isupper()  # "ASEAN"
        or word in _NOT_NAMES
        or rules.canonical_country(word)
        or rules.title.match(text, pos)
        or rules.honorific.match(text, pos)
        or load_gazetteer().lookup(word) is not None
    ):
        return None
    return word, match.end()


def _title_after(text: str, pos: int, rules: Rules) -> tuple[str, str | None]:
    """The title in ", Prime Minister of the Kingdom of Cambodia," after a name."""
    match = _TITLE_AFTER_GAP.match(text, pos)
    if match is None:
        return "", None
    start, owner = _past_owner(text, match.end(), rules)
    if not rules.title.match(text, start):
        return "", None
    limit = min(len(text), start + 240)
    end = start
    while True:  # "Deputy Prime Minister, Minister of Foreign Affairs and … of the Lao PDR"
        stop = _TITLE_STOP.search(text, end, limit)
        end = stop.start() if stop else limit
        more = _COMMA.match(text[end : end + 4])
        if stop is None or more is None or not rules.title.match(text, end + more.end()):
            break
        end += more.end()
    title = _title_words(text[start:end].strip(), rules)
    if owner is None:  # "Director-General of Policy at Cambodia's Ministry of …"
        at = _AT_OWNER.match(text, start + len(title))
        owner = rules.canonical_country(at.group("who")) if at else None
    return title, owner or _country_in(title, rules)


#: between a name and its title: ", " and perhaps "the" (", the Prime Minister of Thailand,")
_TITLE_AFTER_GAP = re.compile(r",\s+(?:the\s+(?=[A-Z]))?")


#: the country whose ministry a title is held at, right after it
_AT_OWNER = re.compile(r"\s+(?:at|of|in)\s+(?:the\s+)?(?P<who>[A-Z][\w-]+)(?:'s|’s|(?<=s)['’])\s")


_COUNTRY_POSSESSIVE = re.compile(r"((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*)(?:'s|’s|(?<=s)['’])\s+")


def _past_owner(text: str, pos: int, rules: Rules) -> tuple[int, str | None]:
    """Past a country's possessive at ``pos`` (", Cambodia's Minister of …"): (where the title
    starts, the country); (pos, None) if there is none."""
    possessive = _COUNTRY_POSSESSIVE.match(text, pos)
    owner = rules.canonical_country(possessive.group(1)) if possessive else None
    if owner:
        return possessive.end(), owner  # type: ignore[union-attr]
    # ", the Lao Deputy Prime Minister and …": a nationality after "the" (not ", Cambodian
    # Prime Minister Hun Manet", the next person in a list)
    nationality = _THE_NATIONALITY.match(text, pos)
    if nationality is not None and nationality.group(1) in rules.demonyms:
        run = _UNTIL_MARK.match(text, nationality.end())
        words = run.group(0).split() if run else []
        if words and all(w[:1].isupper() or w in _TITLE_JOINTS for w in words):
            return nationality.end(), rules.canonical_country(nationality.group(1))
    return pos, None  # (", the Thai PM told the visitor …": a clause, no apposition)


_UNTIL_MARK = re.compile(r"[^,.;:()]{1,120}(?=[,.;:)]|$)")


_THE_NATIONALITY = re.compile(r"(?:(?<=the )|the\s+)([A-Z][\w-]+)\s+")


_TITLE_JOINTS = frozenset("of for and the to on in at de du des".split())


def _title_words(title: str, rules: Rules) -> str:
    """A title ends before the first lower-case word that joins nothing, and without the
    capitalised words left dangling before it: "Minister of Foreign Affairs Quick facts
    Two-way trade …" (a page read as one line) -> "Minister of Foreign Affairs"."""
    words = title.split(" ")
    if words[0][:1].islower():  # "executive director of the rights group …": prose, kept whole
        return title
    for index, word in enumerate(words):
        if index and word[:1].islower() and word.lower() not in _TITLE_JOINTS:
            kept = words[:index]
            while len(kept) > 1 and not (
                rules.portfolio.fullmatch(kept[-1])
                or rules.title.fullmatch(kept[-1])
                or rules.canonical_country(kept[-1])
            ):
                kept.pop()
            while len(kept) > 1 and kept[-1].lower() in _TITLE_JOINTS:
                kept.pop()
            return " ".join(kept)
    return title


def _country_in(text: str, rules: Rules) -> str | None:
    """The country a title is held for ("… of Japan", "Japanese …"), not a destination
    ("Ambassador to Cambodia")."""
    found = [
        rules.canonical_country(m.group(0))
        for m in rules.country.finditer(text)
        if not _DESTINATION.search(text[max(0, m.start() - 40) : m.start()])
        and not (text[: m.start()].endswith(", ") and text.startswith(" and ", m.end()))
    ]  # "Minister for Foreign Affairs, European Union and Cooperation": a portfolio
    found = [c for c in found if c]
    if found:
        return found[-1]
    for place in _OF_A_PLACE.finditer(text):  # "Governor of Phnom Penh", "… of the HCMC …"
        city = _city_at(text, place.end())
        if city is not None:
            return rules.canonical_country(city[0].country) or city[0].country
    return None


_OF_A_PLACE = re.compile(r"\b(?:of|in)\s+(?:the\s+)?(?=[A-Z])")


def destination(title: str, rules: Rules) -> str | None:
    """The country in "Ambassador to Cambodia": the holder is of the other side."""
    for match in rules.country.finditer(title):
        if _DESTINATION.search(title[max(0, match.start() - 40) : match.start()]):
            return rules.canonical_country(match.group(0))
    return None


#: "General" that ends a title, not a rank before a name: "Secretary-General", "Director General"
_GENERAL_OF_A_TITLE = re.compile(
    r"(?i)\b(?:secretary|director|attorney|inspector|solicitor|auditor|consul|governor|"
    r"postmaster|surgeon|commissioner|controller|procurator)(?:-|\s+)$"
)  # not "Lieutenant-General", "Major-General": ranks


def _honorific_led(text: str, rules: Rules) -> list[Mention]:
    result = []
    for match in rules.honorific.finditer(text):
        if match.group(0).lower().startswith("general") and _GENERAL_OF_A_TITLE.search(
            text, max(0, match.start() - 20), match.start()
        ):
            continue
        pos = match.end()
        while text[pos : pos + 1] == " ":
            pos += 1
        honorific = match.group(0)
        for _ in range(5):  # "H.E. Mr.", "Datuk Seri Utama Haji", "Yang Berhormat Dato …"
            extra = rules.honorific.match(text, pos)
            if not extra:
                break
            honorific = text[match.start() : extra.end()]
            pos = extra.end() + 1
        name = _name_at(text, pos, rules)
        if name is None:
            name = _single_name(text, pos, rules)  # "Mr. Sugiono, Minister of … Indonesia"
            if name is None or not _title_after(text, name[1], rules)[0]:
                continue
        title, country = _title_after(text, name[1], rules)
        result.append(Mention(match.start(), name[1], name[0], honorific, title, country))
    return result


def _demonym_before(text: str, start: int, rules: Rules) -> str | None:
    """The country named right before ``start``: "Cambodian prime minister", "Japan's …"."""
    before = text[max(0, start - 40) : start]
    gap = _POSSESSIVE.search(before)
    if gap is None:
        return None
    head = before[: gap.start()]
    for match in rules.country.finditer(head):
        if match.end() == len(head):
            return rules.canonical_country(match.group(0))
    portfolio = _OWNER_OF_PORTFOLIO.search(text, max(0, start - 80), start)
    if portfolio is not None:  # "Cambodia's education, youth and sport minister"
        return rules.canonical_country(portfolio.group("who"))
    return None


#: a country's possessive before portfolio words in lower case, up to a title
_OWNER_OF_PORTFOLIO = re.compile(
    r"\b(?P<who>[A-Z][\w-]+)(?:'s|’s|(?<=s)['’])\s+(?:[a-z][\w-]*,?\s+){1,6}$"
)


#: titles a news page writes in lower case before a name ("… minister Zambry Abd Kadir")
_LOWER_CASE_HEAD = re.compile(
    r"(?:deputy\s+|vice\s+)?(?:prime\s+)?minister|(?:deputy\s+)?secretary-general|ambassador|"
    r"governor|vice-chancellor|(?:deputy\s+)?director[- ]general|head|chief|president|"
    r"chairman|chairwoman|chairperson|official|officer|envoy|spokes(?:man|woman|person)"
)
#: the titles of a text that are read for a name: a release has a few dozen; a pasted page of
#: thousands ("Governor of Bali, " over and over) stops here (linear time at the size limit)
MAX_TITLES = 3_000
#: a title that ends in a joining word: what follows is its object, not a name
_JOINT_END = re.compile(r"\b(?:of|the|for|and|to)$")
#: a nationality and up to three words before a title in lower case
_NATIONALITY_WORDS_BEFORE = re.compile(r"\b(?P<who>[A-Z][\w-]+)\s+(?:[A-Za-z][\w-]*\s+){1,3}$")
#: a title's prefix joined by a hyphen: "vice-chancellor", "co-chair"
_HYPHEN_PREFIX = re.compile(r"(?i)\b(?:vice|co|deputy)-$")


def _title_led(text: str, rules: Rules) -> list[Mention]:
    """ "Chinese Premier Li Qiang", "Cambodian prime minister Hun Manet", "Chinese Ambassador to
    Cambodia Wang Wenbin", "Minister of Foreign Affairs Cho Tae-yul of Viet Nam", "Minister of
    Water Resources and Meteorology H.E. Lim Kean Hor", "his Cambodian counterpart Tea Seiha"."""
    result = []
    for count, match in enumerate(rules.title.finditer(text)):
        if count >= MAX_TITLES:
            break
        begin = _portfolio_before(text, match.start(), rules)  # "Commerce Minister"
        head = match.group(0)
        prefix = _HYPHEN_PREFIX.search(text, max(0, begin - 8), begin)
        if prefix is not None:  # "Universiti Malaya vice-chancellor Noor Azuan Abu Osman"
            begin, head = prefix.start(), text[prefix.start() : match.end()]
        demonym = _demonym_before(text, begin, rules)
        lower_case = not text[begin : begin + 1].isupper()
        if demonym is None and lower_case:  # "Thai police chief X", "Cambodian National Police
            nationality = _NATIONALITY_WORDS_BEFORE.search(text, max(0, begin - 50), begin)
            if nationality is not None and nationality.group("who") in rules.demonyms:
                demonym = rules.canonical_country(nationality.group("who"))  # chief X"
        if lower_case and demonym is None and not _LOWER_CASE_HEAD.fullmatch(head):
            continue  # "higher education minister Zambry Abd Kadir": news style, a head word
        end = (
            match.end() if lower_case and demonym is None else _title_end(text, match.end(), rules)
        )
        title = text[begin:end]
        acronym = _ACRONYM.match(text, end)  # "Minister of Foreign Affairs (MNEC), Bendito …"
        if acronym is not None:
            end = acronym.end()
        start = end + 1
        comma = _COMMA.match(text[end : end + 3])  # "… of Cambodia, Sok Chenda Sophea,"
        appositive = text[max(0, begin - 2) : begin] == ", "
        definite = text[max(0, begin - 4) : begin].lower() == "the "
        named_by = rules.country.search(title) or rules.organisations.search(title)
        if comma and not appositive and (named_by or definite or demonym):
            start = end + comma.end()  # "met the Minister of Commerce, Cham Nimul, and …"
        found = ""
        if text[start - 1 : start] in (" ", "\n"):
            found, start = _honorifics_at(text, start, rules)
        spaced = text[start - 1 : start] == " "
        name = _name_at(text, start, rules) if spaced else None
        if name is not None and _BODY_WORD.search(name[0]):
            name = None  # "Director of the Lao Mine Action Authority": more of the title
        if name is None and spaced and (demonym or _country_in(title, rules)):
            name = _single_name(text, start, rules)  # "his Indonesian counterpart Sugiono"
        if name is None and not found:
            run = _name_after_title_run(
                text, end, rules, title, comma_ok=definite and not appositive
            )
            if run is not None:
                title_end, start, found, name = run
                title = text[begin:title_end].strip()
        if name is None or _JOINT_END.search(title):
            continue  # "… of Vietnam's Department of Crop Production": the title's object
        if (definite or demonym) and comma and start > end + 1 and not _ends_clause(text, name[1]):
            continue
        country = demonym or _country_in(title, rules)
        after = _OF_AFTER.match(text[name[1] : name[1] + 10])
        if after and country is None:
            named = rules.country.match(text, name[1] + after.end())
            country = rules.canonical_country(named.group(0)) if named else None
        title = _COUNTERPART_HEAD.sub("", title)
        if title.lower().endswith("counterpart"):
            title = ""
        result.append(Mention(begin, name[1], name[0], found, title, country))
    return result


#: what a title runs on with before a name: capitalised words, joints, a bracketed aside
_TITLE_RUN_WORD = re.compile(r"[A-Z][\w'’.-]*|of|the|and|for|on|in|at|to|\([^()]{1,40}\)")


_TITLE_GOES_ON = re.compile(r"\s+(?:and|of|for)\s+(?:the\s+)?(?=[A-Z])")


def _title_goes_on(text: str, pos: int, rules: Rules) -> bool:
    """ "… and Meteorology" goes on with a title; "… and Ambassador X" names the next person."""
    more = _TITLE_GOES_ON.match(text, pos)
    if more is None:
        return False
    at = more.end()
    qualifier = _TOKEN.match(text, at)  # "and Mombasa Governor X": a place, then a title
    after = (
        qualifier.end() + 1
        if qualifier and text[qualifier.end() : qualifier.end() + 1] == " "
        else at
    )
    return not (
        rules.title.match(text, at)
        or rules.honorific.match(text, at)
        or (
            after != at
            and rules.title.match(text, after)
            and not rules.portfolio.fullmatch(qualifier.group(0))
        )
    )


def _portfolio_title_follows(text: str, pos: int, rules: Rules) -> bool:
    """ "… and Foreign Secretary Y" after a name: the next person's title, a portfolio word
    and a title word."""
    more = _TITLE_GOES_ON.match(text, pos)
    qualifier = _TOKEN.match(text, more.end()) if more else None
    return bool(
        qualifier
        and rules.portfolio.fullmatch(qualifier.group(0))
        and rules.title.match(text, qualifier.end() + 1)
    )


#: a title that runs on names an institution or a state
_INSTITUTION = re.compile(
    r"\b(?:Department|Ministry|MFA|MOFA|Office|Affairs|Division|Bureau|Agency|Council|"
    r"Commission|Committee|Directorate|Staff|Forces?|Army|Navy|Air|Police|Kingdom|Republic|"
    r"Embassy|Consulate|Secretariat|Authority|Institute|Delegation)\b"
)


def _name_after_title_run(
    text: str, pos: int, rules: Rules, title: str = "", *, comma_ok: bool = False
) -> tuple[int, int, str, tuple[str, int]] | None:
    """ "Director of the Asia and Pacific Department of the Ministry Zhanar Mukhametkaliyeva",
    "Ambassador … to the Republic of Kazakhstan (with residence in Moscow) Sar Sovann": a
    title that runs on (up to 16 words, naming an institution or a state) before a name,
    perhaps with honorifics, that ends its clause: (title end, name start, honorifics, name)."""
    cursor = pos
    for _ in range(16):
        # "the Secretary General of the Department of Foreign Affairs, Joe Hackett." (not a
        # title after a name: "X, Prime Minister of Japan, H.E. Y")
        comma = comma_ok and text[cursor : cursor + 2] == ", "
        if text[cursor : cursor + 1] != " " and not comma:
            return None
        cursor += 2 if comma else 1
        run = title + text[pos:cursor]  # the title so far and what it ran on with
        if comma and not (_INSTITUTION.search(run) or rules.country.search(run)):
            return None
        if text[cursor : cursor + 1].isupper() and (
            _INSTITUTION.search(run)
            or rules.country.search(run)
            or any(w[:-1] in rules.demonyms for w in run.split() if w.endswith("s"))
            or rules.honorific.match(text, cursor)  # "… (tourism) Datuk Hasnul Azmi Hassan"
        ):
            found, start = _honorifics_at(text, cursor, rules)
            name = _name_at(text, start, rules)
            if (
                name is not None
                and _ends_clause(text, name[1])
                and (
                    not _title_goes_on(text, name[1], rules)  # "… of Water Resources and …"
                    or _portfolio_title_follows(text, name[1], rules)  # "… and Foreign Secretary Y"
                )
                and not any(rules.portfolio.fullmatch(w) for w in name[0].split())
                and not (comma and _place_at(text, start))  # "…, Vientiane Capital on …"
            ):
                return cursor - (2 if comma else 0), start, found, name
        if comma:
            return None  # after a comma, a name or nothing: "…, Middle East and …"
        word = _TITLE_RUN_WORD.match(text, cursor)
        if word is None:
            return None
        if word.group(0) == "and" and (
            rules.honorific.match(text, word.end() + 1) or rules.title.match(text, word.end() + 1)
        ):
            return None  # "… of Cambodia and H.E. Cho Tae-yul": the next person, not this one
        cursor = word.end()
    return None


def _place_at(text: str, pos: int) -> bool:
    try:
        load_gazetteer().latin_at(text, pos)
    except KeyError:
        return False
    return True


def _honorifics_at(text: str, pos: int, rules: Rules) -> tuple[str, int]:
    """The honorifics written at ``pos`` ("H.E. Dr.", "Datuk Seri Utama Haji") and where the
    name after them starts; ("", pos) if none."""
    start = pos
    for _ in range(4):
        match = rules.honorific.match(text, pos)
        if match is None or text[match.end() : match.end() + 1] != " ":
            break
        pos = match.end() + 1
    return text[start:pos].strip(), pos


def _portfolio_before(text: str, start: int, rules: Rules) -> int:
    """Where a title starts that a portfolio precedes: "Commerce Minister", "Foreign Affairs
    Secretary", "Public Security Minister" (at most three words)."""
    begin = start
    capital = text[start : start + 1].isupper()
    for _ in range(3):
        word = _WORD_BEFORE.search(text[max(0, begin - 30) : begin])
        if (
            word is None
            or not rules.portfolio.fullmatch(word.group(1))
            or word.group(1)[0].isupper() != capital
        ):
            break
        begin -= len(word.group(0))
    return begin


_TAIL_JOINT = re.compile(r"(?:,?\s+(?:and|of|for|on)\s+(?:the\s+)?|,\s+(?:and\s+)?)")


_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def _portfolio_tail(text: str, pos: int, rules: Rules) -> int | None:
    """The end of more of a title after ``pos`` that ends in a portfolio word: " of Interior",
    ", Trade and Industry", " of Water Resources and Meteorology", " of Mekong Affairs"."""
    joint = _TAIL_JOINT.match(text, pos)
    if joint is None:
        return None
    cursor, last = joint.end(), None
    for _ in range(4):
        word = _CAPITALISED.match(text, cursor)
        if word is None:
            break
        if rules.portfolio.fullmatch(word.group(0)):
            last = word.end()
        if text[word.end() : word.end() + 1] != " ":
            break
        cursor = word.end() + 1
    return last


def _title_end(text: str, end: int, rules: Rules) -> int:
    """The end of a title that starts with a title word ending at ``end``: chained titles
    ("Deputy Prime Minister and Minister of Interior"), a country ("… of Cambodia"), portfolio
    words, and else one or two capitalised words when a name follows them."""
    while True:
        more = _AND_OR_COMMA.match(text[end : end + 8])
        chained = more and rules.title.match(text, end + more.end())
        if chained:
            end = chained.end()
            continue
        place = _TO_OF_FOR_IN.match(text[end : end + 12])
        state = place and _STATE_FORM.match(text, end + place.end())  # "… of the Democratic
        at = state.end() if state else end + place.end() if place else end  # Socialist Republic of"
        country = place and rules.country.match(text, at)
        if country:
            end = country.end()
            continue
        city = _city_at(text, at) if place else None  # "Deputy Governor of Phnom Penh Keut Chhe"
        if city is not None and _name_follows(text, city[1], rules):
            end = city[1]
            continue
        portfolio = _portfolio_tail(text, end, rules)
        if portfolio is not None:
            end = portfolio
            continue
        one = _TITLE_TAIL_ONE.match(text, end)
        if one and _name_follows(text, one.end(), rules):
            end = one.end()
            continue
        tail = _TITLE_TAIL.match(text, end)
        if tail and _name_follows(text, tail.end(), rules):
            end = tail.end()
            continue
        office = _office_tail(text, end, rules)  # "Minister of State at the Federal Foreign Office"
        if office is not None:
            end = office
            continue
        return end


def _city_at(text: str, at: int) -> tuple[City, int] | None:
    """A city the gazetteer knows, written at ``at``, and where its name ends; else None."""
    try:
        return load_gazetteer().latin_at(text, at)
    except KeyError:
        return None


#: the form of a state before its name: "Democratic Socialist Republic of", "Kingdom of the"
_STATE_FORM = re.compile(
    r"(?:(?:Democratic|Socialist|Federal|People's|Islamic|United|Plurinational|Bolivarian|"
    r"Arab|Hashemite|Federated|Independent|Oriental|Co-operative|Cooperative)\s+)*"
    r"(?:Republic|Kingdom|State|Federation|Sultanate|Union|Commonwealth|Principality|Emirates?)"
    r"\s+of\s+(?:the\s+)?"
)


#: " at the Federal Foreign Office": where a title is held, up to four capitalised words
_AT_LARGE = re.compile(r"\s+at\s+Large")  # "Ambassador at Large"
_TITLE_AT = re.compile(r"\s+at\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")


def _office_tail(text: str, end: int, rules: Rules) -> int | None:
    """The end of " at the <office>" after a title when a name follows it (the longest)."""
    at = _TITLE_AT.match(text, end)
    if at is None:
        return None
    ends = [end + m.end() for m in re.finditer(r"[A-Z][\w'’-]+", text[end : at.end()])]
    for candidate in reversed(ends):
        # an office, not a place: "Minister of State at the Federal Foreign Office", not
        # "received the minister at Bait Al Falaj"
        office = _INSTITUTION.search(text, end, candidate) or _AT_LARGE.fullmatch(
            text, end, candidate
        )
        if office and _name_follows(text, candidate, rules):
            return candidate
    return None


def _name_follows(text: str, pos: int, rules: Rules, depth: int = 0) -> bool:
    """Whether a person's name starts after ``pos``, perhaps after more of the title ("and
    Meteorology", "of Cambodia") and an honorific."""
    if text[pos : pos + 1] not in (" ", ","):
        return False
    place = _TO_OF_FOR.match(text[pos : pos + 12])
    if place and rules.country.match(text, pos + place.end()) and depth < 4:
        country = rules.country.match(text, pos + place.end())
        assert country is not None
        return _name_follows(text, country.end(), rules, depth + 1)
    portfolio = _portfolio_tail(text, pos, rules)
    if portfolio is not None and depth < 4 and _name_follows(text, portfolio, rules, depth + 1):
        return True
    tail = _TITLE_TAIL.match(text, pos)
    if tail and depth < 4 and _name_follows(text, tail.end(), rules, depth + 1):
        return True
    if text[pos : pos + 2] == ", ":  # "The Governor of Bali, Wayan Koster, also took part"
        name = _name_at(text, pos + 2, rules)
        return name is not None and text[name[1] : name[1] + 1] == ","
    if text[pos : pos + 1] != " ":
        return False
    honorific = rules.honorific.match(text, pos + 1)
    start = honorific.end() + 1 if honorific else pos + 1
    name = _name_at(text, start, rules)
    return name is not None and (honorific is not None or _ends_clause(text, name[1]))


def _ends_clause(text: str, pos: int) -> bool:
    """A name ends where a verb, a comma or the sentence follows ("… Sok Chenda Sophea met"),
    after any letters after it ("Micheál Martin TD, yesterday")."""
    letters = _POST_NOMINAL_RUN.match(text, pos)
    rest = text[letters.end() if letters else pos :][:12]
    return not rest or rest[0] in ",.;:(" or rest[:1] == " " and rest[1:2].islower()


#: up to five words, read backwards from a comma: the reversed text is matched from its start
#: (searching forwards for the words that end at the comma tried every start in the window)
_WORDS_BEFORE_REVERSED = re.compile(r"[\w'’.-]*[^\W\d_](?:\s[\w'’.-]*[^\W\d_]){0,4}")


def _words_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the one to five words, each after one space, that end at ``end`` (or
    before a line break there), starting at ``lo`` or later; None if no word ends there."""
    if end > lo and text[end - 1] == "\n":
        end -= 1
    match = _WORDS_BEFORE_REVERSED.match(text[lo:end][::-1])
    return None if match is None else (end - match.end(), end)


def _appositive(text: str, rules: Rules) -> list[Mention]:
    """ "Hun Sen, president of the Senate of Cambodia", "Takeshi Iwaya, Minister for …": a
    name of two to four words right before a comma that a title follows."""
    result = []
    for comma in _COMMA.finditer(text):
        gap = _TITLE_AFTER_GAP.match(text, comma.start())  # ", the Minister for …"
        at, _owner = _past_owner(text, gap.end() if gap else comma.end(), rules)
        lower = None
        if not rules.title.match(text, at):
            # ", the land ministry's director general for overseas infrastructure,"
            lower = _BODYS_OFFICE.match(text, comma.end())
            if lower is None:
                continue
        before = _words_before(text, max(0, comma.start() - 80), comma.start())
        if before is None:
            continue
        starts = [before[0]]
        starts += [before[0] + m.end() for m in re.finditer(r"\s", text[before[0] : before[1]])]
        for start in starts:  # the longest name first
            if not text[start : start + 1].isupper():
                continue
            prev = text[max(0, start - 30) : start].split()
            if (
                start
                and text[start - 2 : start] not in ("", ". ", ", ", "; ", ": ")
                and text[start - 1] != "\n"
                and prev
                and prev[-1][:1].isupper()
                and not rules.honorific.fullmatch(prev[-1])
            ):
                continue
            name = _name_at(text, start, rules)
            if name is None or name[1] != comma.start():
                continue
            if lower is not None:
                title, country = lower.group("title"), None
            else:
                title, country = _title_after(text, name[1], rules)
            if title:
                result.append(Mention(start, name[1], name[0], "", title, country))
            break
    return result


#: an office of a body, in lower case, as an apposition: ", the land ministry's director
#: general for overseas infrastructure,"
_BODYS_OFFICE = re.compile(
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:ministry|department|agency|embassy|office|government|"
    r"council|commission|committee|bank)(?:'s|’s)\s+(?P<title>(?:deputy\s+|vice\s+|assistant\s+)?"
    r"(?:director[- ]general|director|head|chief|secretary[- ]general|secretary|minister|"
    r"spokes(?:person|man|woman)|adviser|advisor)\b[^,.;()]{0,60})(?=[,.;])"
)


#: "accompanied by his deputy, Khairul Firdaus Akbar Khan, while …": a role said in lower
#: case, whose holder is named in apposition
_ROLE = re.compile(
    r"\b(?:his|her|their|its)\s+(?P<role>deputy|deputies|adviser|advisor|aide|spokesman|"
    r"spokeswoman|spokesperson|chief of staff|envoy|ambassador|deputy minister),\s+(?=[A-Z])"
)


def _role_led(text: str, rules: Rules) -> list[Mention]:
    result = []
    for match in _ROLE.finditer(text):
        found, start = _honorifics_at(text, match.end(), rules)
        name = _name_at(text, start, rules)
        if name is None or not _CLAUSE_GOES_ON.match(text[name[1] : name[1] + 5]):
            continue
        role = match.group("role")
        result.append(
            Mention(match.end(), name[1], name[0], found, role[:1].upper() + role[1:], None)
        )
    return result


def _known_people(text: str, people: list[Person] | tuple[Person, ...]) -> list[Mention]:
    """The workspace's people named in full (Latin names of two words or more): one scan of
    the text for all of them, the longest name first where two begin at one place."""
    needles = {
        fold(name.text)
        for person in people
        for name in person.names
        if name.script == "Latn" and len(name.text.split()) >= 2
    }
    if not needles:
        return []
    folded = fold(text)
    return [
        Mention(m.start(), m.end(), text[m.start() : m.end()], country=None)
        for m in phrase_pattern(list(needles), ignore_case=False).finditer(folded)
    ]
