"""Participants of a Khmer or Chinese release: Khmer honorific + name + title; Chinese
country + title + name (or name + title), found where the release says who met whom.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefing.importers.draft import DraftPerson
from briefing.importers.native_layout import NativeLayout
from briefing.importers.native_rules import LangRules, matching_copy
from briefing.importers.places import load_gazetteer
from briefing.importers.segment import sentences
from briefing.model import Settings

#: a Chinese name of two to four characters, or a transliterated one in parts joined by dots
#: (its first part one to six characters: "林·索迪", "小弗朗西斯科·蒂乌·劳雷尔")
_HAN_NAME = re.compile(
    r"[\u3400-\u9fff\uf900-\ufaff]{1,6}(?:[·・‧][\u3400-\u9fff]{1,6}){1,3}"
    r"|[\u3400-\u9fff\uf900-\ufaff]{2,4}"
)


_PUNCT = "，。、；：！？,.;:!?（）()「」『』“”\"' 　\n៖។៕"


#: in a chain of titles, the issuer's own: "使馆…" (the embassy that issues), "我国…"
_OWN_WORDS = ("使馆", "使館", "我馆", "我館", "我国", "我國", "本国", "本國")
HOME = "@home"  # a mention's country: the issuer's own, whichever it is
#: the people named in one sentence that are read: a release names a few dozen; a pasted page
#: of thousands of titles and names stops here (linear time at the size limit)
MAX_MENTIONS = 2_000


_TIME_WORDS = (
    "今天", "今日", "昨日", "昨天", "当天", "當天", "日前", "近日",
    "上周", "上週", "本周", "本週", "上月", "一行", "今（", "昨（", "前（",
)  # fmt: skip


def native_participants(
    clean: str,
    layout: NativeLayout,
    norm: str,
    rules: LangRules,
    settings: Settings,
    sides: dict[str, str],
    english,  # noqa: ANN001
    home: str = "",
) -> list[DraftPerson]:
    """People who took part; ``home`` is the issuer's own country (its officials go
    unqualified), when known."""
    meeting_words = rules.words("meeting_words")
    taking_part = rules.words("participation_words")  # "អមដំណើរ", "陪同": named, they took part
    zones: list[tuple[int, int]] = []
    # a photo's caption above the byline ("រដ្ឋមន្ត្រី… លោក … អមដោយ… © RFI"): where a name the
    # body gives short ("លោក បារ៉ូ") is often written in full
    titled = [i for i, s in enumerate(layout.header) if s.text == layout.title]
    below = layout.header[titled[-1] + 1 :] if titled else []  # under the headline
    captions = [s for s in below if s.end - s.start >= 60 and "|" not in s.text]
    for caption in captions[-2:]:
        text = norm[caption.start : caption.end]
        if any(w in text for w in meeting_words + taking_part + rules.words("caption_words")):
            zones.append((caption.start, caption.end))
    for index, paragraph in enumerate(layout.body[:20]):
        for sentence in sentences(paragraph, english):
            text = norm[sentence.start : sentence.end]
            if (
                index == 0
                or any(w in text for w in meeting_words + taking_part)
                or _SIDE_LIST.search(text)
            ):
                zones.append((sentence.start, sentence.end))
    found: dict[str, DraftPerson] = {}
    for start, end in zones:
        mentions = (
            _khmer_mentions(norm, start, end, rules, clean)
            if rules.language == "km"
            else _chinese_mentions(norm, start, end, rules, sides)
        )
        for name_at, name_end, honorific, title, country in mentions:
            name = norm[name_at:name_end]
            written = clean[name_at:name_end]  # the matching copy has the same offsets
            key = "".join(name.split())
            if not key or rules.country_in(key) is not None and len(key) <= 4:
                continue
            if country == HOME:
                country = home
            if country.startswith("!"):  # posted to or visiting that country: the other side
                there = sides.get(country[1:], country[1:])
                others = [c for c in settings.countries if c != there]
                country = others[0] if len(others) == 1 and there in settings.countries else ""
            side = sides.get(country, country) if country else ""
            if not side:
                hint = _hint(matching_copy(honorific + title), rules)
                side = sides.get(hint, hint) if hint else ""
            if not side and title:  # "អភិបាលរងក្រុងបាងកក": an office of a city of one side
                side = _city_side(matching_copy(title), rules, tuple(sides.items()))
            person = found.get(key) or _named_before(found, name)
            if person is None:
                found[key] = DraftPerson(
                    name=written,
                    display_name=written,
                    honorific=honorific,
                    title=title,
                    side=side,
                    span=(name_at, name_end),
                )
            else:
                person.title = person.title or title
                person.honorific = person.honorific or honorific
                person.side = person.side or side
    result = list(found.values())
    _met_the_other(result, norm, zones, settings)
    known = [p.side for p in result if p.side and p.side in settings.countries]
    # a release in the language of one side is that side's: its own officials go unqualified
    # (Khmer: Cambodia's "ឧបនាយករដ្ឋមន្ត្រី", where the guest is "រដ្ឋមន្ត្រី…នៃវៀតណាម")
    home = home or rules.raw.get("home_country", "")
    for person in result:
        if not person.side:
            left = [c for c in settings.countries if c not in known]
            if len(settings.countries) == 2 and len(left) == 1:
                person.side = left[0]
            elif home in settings.countries:
                person.side = home
            elif known:
                person.side = known[0]
    return result


#: between two people of a sentence: the second met the first ("…与农业部长X举行会谈",
#: "…បានជួបពិភាក្សាជាមួយ ឯកឧត្តម X")
_MET_WITH = re.compile(
    r"[与與同和]|会见|會見|会晤|會晤|接见|接見|拜会|拜會|ជាមួយ|ទទួលជួប|ជួបសម្តែងការគួរសម"
)


def _met_the_other(
    people: list[DraftPerson], norm: str, zones: list[tuple[int, int]], settings: Settings
) -> None:
    """With two sides, one without a side whom a sided person met in a sentence of the
    meeting ("正在菲访问的越南部长杜德维…与农业部长X举行会谈") is of the other side."""
    if len(settings.countries) != 2:
        return
    for person in people:
        if person.side:
            continue
        zone = next((z for z in zones if z[0] <= person.span[0] < z[1]), None)
        if zone is None:
            continue
        before = [
            p
            for p in people
            if p.side in settings.countries and zone[0] <= p.span[1] <= person.span[0]
        ]
        if not before:
            continue
        host = max(before, key=lambda p: p.span[1])  # the nearest, in the same sentence
        between = norm[host.span[1] : person.span[0]]
        if (
            len(between) < 60
            and not re.search("[。។!?！？]", between)
            and _MET_WITH.search(between)
        ):
            person.side = next(c for c in settings.countries if c != host.side)


def _city_country(text: str, sides: dict[str, str]) -> str:
    """The side whose city's government the text names ("釜山市经济副市长", Busan's deputy
    mayor: the city, then 市, 省 or 州), else ""."""
    for city, _start, end in load_gazetteer().native_in(text, tuple(sides)):
        if city.country in sides and (
            text[end - 1 : end] in _CITY_GOVERNMENT or text[end : end + 1] in _CITY_GOVERNMENT
        ):
            return city.country
    return ""


_CITY_GOVERNMENT = frozenset("市省州府")


def _chain_country(chain: str, rules: LangRules, side_items: tuple[tuple[str, str], ...]) -> str:
    """The country a chain of titles with no country's name belongs to (once per chain: a
    release repeats them): a side's list ("泰方出席的有外交部…廳長"), a body or a province
    of one country, a city's government ("釜山市经济副市长"), a one-character country before
    a ministry ("菲农业部副部长"), or the issuing embassy's own ("使馆农业参赞")."""
    return _cached(
        (id(rules), "chain", chain, side_items),
        lambda: _chain_country_of(chain, rules, dict(side_items)),
    )


def _chain_country_of(chain: str, rules: LangRules, sides: dict[str, str]) -> str:
    country = (
        rules.side_in(chain)
        or _hint(chain, rules)
        or _region_country(chain, rules)
        or (_city_country(chain, sides) if any(c in chain for c in _CITY_GOVERNMENT) else "")
    )
    if not country:
        ministry = _short_ministries(rules).search(chain)
        country = rules.short_countries[ministry.group(1)] if ministry else ""
    if not country and any(w in chain for w in _OWN_WORDS):
        country = HOME
    return country


def _region_country(text: str, rules: LangRules) -> str:
    """The country of a province or region the text names ("广西", "云南"), else ""."""
    gazetteer = load_gazetteer()
    for name, english in _places(rules, "regions"):
        if name in text:
            city = gazetteer.lookup(english)
            if city is not None:
                return city.country
    return ""


_CACHE: dict[tuple, object] = {}  # per language's rules (loaded once) and what is read


def _cached(key: tuple, make):  # noqa: ANN001, ANN202
    """``make()`` once per ``key``: word lists made from the rules, and the answers for the
    titles and chains a release repeats. Bounded: a long session starts it again."""
    if key not in _CACHE:
        if len(_CACHE) > 20_000:
            _CACHE.clear()
        _CACHE[key] = make()
    return _CACHE[key]


def _places(rules: LangRules, *keys: str) -> list[tuple[str, str]]:
    """(matching copy of a place's name, its English name) of the rules' lists ``keys``."""

    def make() -> list[tuple[str, str]]:
        merged: dict[str, str] = {}
        for list_key in keys:
            merged.update(rules.raw.get(list_key, {}))
        return [(matching_copy(n), e) for n, e in merged.items()]

    return _cached((id(rules), "places", keys), make)


def _short_ministries(rules: LangRules) -> re.Pattern[str]:
    """A one-character country before a ministry's portfolio word: "菲农业部"."""

    def make() -> re.Pattern[str]:
        shorts = "".join(re.escape(c) for c in rules.short_countries) or "(?!x)x"
        words = "|".join(re.escape(w) for w in rules.words("portfolio_words")) or "(?!x)x"
        return re.compile(f"([{shorts}])(?:{words})")

    return _cached((id(rules), "short_ministries"), make)


def _named_before(found: dict[str, DraftPerson], name: str) -> DraftPerson | None:
    """The person already found whose name has every word of ``name`` ("ឯកឧត្តម ពើមពូន"
    after "ឯកឧត្តមប៉ូលីសឧត្តមសេនីយ៍ ពើមពូន ឈិតឆប់"). Chinese names are one word: the key
    compares them."""
    words = set(name.split())
    for person in found.values():
        theirs = set(matching_copy(person.name).split())
        if len(theirs) > 1 and words < theirs:
            return person
    if _SURNAME.fullmatch(name):  # "铃木知事" after "铃木直道": a Japanese name's surname
        full = [p for p in found.values() if _JAPANESE_NAME.fullmatch(matching_copy(p.name))]
        same = [p for p in full if matching_copy(p.name).startswith(name)]
        if len(same) == 1:
            return same[0]
    return None


_SURNAME = re.compile(r"[\u3400-\u9fff]{2}")
_JAPANESE_NAME = re.compile(r"[\u3400-\u9fff]{4}")


def _city_side(title: str, rules: LangRules, side_items: tuple[tuple[str, str], ...]) -> str:
    """The side whose city a title names (the rules' own spellings first, then the
    gazetteer's); once per title (a release repeats them)."""
    return _cached(
        (id(rules), "city_side", title, side_items),
        lambda: _city_side_of(title, rules, dict(side_items)),
    )


def _city_side_of(title: str, rules: LangRules, sides: dict[str, str]) -> str:
    gazetteer = load_gazetteer()
    for name, english in _places(rules, "cities", "regions"):  # "广西…秘书长"
        city = gazetteer.lookup(english, tuple(sides)) if name in title else None
        if city is not None and city.country in sides:
            return sides[city.country]
    for city, _start, _end in gazetteer.native_in(title, tuple(sides)):
        if city.country in sides:
            return sides[city.country]
    return ""


def _hint(words: str, rules: LangRules) -> str:
    return _cached((id(rules), "hint", words), lambda: _hint_of(words, rules))


def _hint_of(words: str, rules: LangRules) -> str:
    for country, hints in rules.side_hints():
        if any(h in words for h in hints):
            return country
    return ""


def _khmer_mentions(
    norm: str, start: int, end: int, rules: LangRules, clean: str
) -> list[tuple[int, int, str, str, str]]:
    """ "ឯកឧត្តមបណ្ឌិត សុខ ចិន្តាសោភា ឧបនាយករដ្ឋមន្ត្រី …": honorific, two name words, title."""
    result = []
    honorifics = rules.words("honorifics")
    titles = rules.words("titles")
    stops = (
        "បាន", "កាលពី", "ជាមួយ", "នៅ", "។", "៖", "(", "ដែល", "ក៏", "នឹង",
        "ចូលរួម", "អញ្ជើញ", "អមដំណើរ", "ខណៈ",
    )  # fmt: skip
    text = norm
    pattern = _alternation(tuple(honorifics))
    marks = [m.end() for m in _SIDE_MARK.finditer(text, start, end)]  # once: linear time
    ranks = _alternation(rules.words("honorific_ranks"))
    foreign = rules.words("honorific_words")  # "ដាតុស្រ៊ី ហាជី": Malay honorifics, spelt out
    pos = start
    for match in pattern.finditer(text, start, end):
        if len(result) >= MAX_MENTIONS:
            break
        if match.start() < pos:
            continue
        at, honorific = match.start(), match.group(0)
        after = at + len(honorific)
        while (rank := ranks.match(text, after, end)) is not None:  # "ឯកឧត្តមប៉ូលីសឧត្តមសេនីយ៍"
            after = rank.end()
        while (more := re.match(r" ([^\s។៖,]+)", text[after : after + 30])) and more.group(
            1
        ) in foreign:
            after += more.end()
        pos = after
        words = re.match(r" ([^\s។៖,]+)(?: ([^\s។៖,]+))?", text[after : after + 80])
        if words is None:
            continue
        first, second = words.group(1), words.group(2) or ""
        if first.startswith(stops) or first.startswith(titles):
            continue
        for stop in (*stops, "និង"):  # "ស៊ូគីយ៉ូណូ និងសមភាគី…": and his counterpart
            cut = second.find(stop)
            if cut >= 0:
                second = second[:cut]
        if second.startswith("មាន") or second.startswith(titles):
            second = ""  # "ឯកឧត្តម ពើមពូន រដ្ឋមន្ត្រី…": a name of one word, then the title
        if 0 < len(second) < 2 or (not second and len(first) < 3):
            continue
        name_at = after + 1
        name_end = name_at + len(first) + (1 + len(second) if second else 0)
        third = _GLOSSED_THIRD.match(text, name_end)  # "ម៉ារីយ៉ា តេរ៉េសា ឡាហ្សារ៉ូ (Ma. …)"
        plain_third = _THIRD_WORD.match(text, name_end)  # "ផាម មិញ ជិញ", "ង្វៀន ហុង ឌៀន"
        if (
            second
            and third is not None
            and not third.group(1).startswith((*stops, *titles))
            and len(third.group(1)) <= 20  # a word of a name, not a clause before "(Sadao)"
        ):
            name_end = third.end(1)
        elif (
            second
            and plain_third is not None
            and not plain_third.group(1).startswith((*stops, *titles, "និង"))
            and text.startswith((*stops, *titles), plain_third.end())
            and len(first) > 1
        ):  # a name of three words (Vietnamese, Indian), then a title or a verb's particle
            name_end = plain_third.end(1)
        elif second in _KM_BIN or second in _KM_AL:  # "… ប៊ិន ហាជី ហាសាន់", "សាអ៊ីដ អាល់ ម៉ារី":
            father = _KM_FATHER.match(text, name_end)  # the father's or family name follows
            if father is not None and not father.group(1).startswith(titles):
                name_end = father.end()
        while (family := _KM_AL_NAME.match(text, name_end)) is not None and not family.group(
            1
        ).startswith(titles):  # "ថានី ប៊ិន អាម៉ែដ អាល់ ហ្សេយូឌី": "Al Zeyoudi", the family
            name_end = family.end()
        title = ""
        gloss = _LATIN_GLOSS.match(text, name_end)  # "(Devyani Uttam Khobragade) ឯកអគ្គរាជទូត…"
        tail = text[gloss.end() if gloss else name_end :][:160].lstrip()
        if tail.startswith(titles):
            # "រដ្ឋមន្ត្រីនៃរដ្ឋបាលគយទូទៅ (GACC) នៃ…ចិន": an acronym in brackets is the title's
            masked = _ACRONYM.sub(lambda m: " " * len(m.group(0)), tail)
            stop_at = min((masked.find(s) for s in stops if masked.find(s) > 0), default=len(tail))
            following = pattern.search(tail, 1, stop_at)  # the next person's honorific
            title = tail[: following.start() if following else stop_at].strip()
            title = _SIDE_MARK.split(title)[0].strip()  # "… និងខាងភាគីវៀតណាមមាន …"
            title = _TRAILING_JOINT.sub("", title)  # "… អង្គរ និង" before the next person
        elif not title:
            title = _title_before(text, max(start, at - 90), at, titles)
        mark = bisect.bisect_left(marks, at) - 1  # the last side mark before this person
        country = _side_named_at(text, marks[mark], rules) if mark >= 0 else ""
        of = title.find("នៃ")
        if of > 0:
            named = rules.country_in(title[of:])
            country = named[0] if named else country
            title = title[:of].strip()
        elif title and not country:
            named = rules.country_in(title)
            if named:
                posted = title.find("ប្រចាំ")  # "ឯកអគ្គរាជទូត…ប្រចាំព្រះរាជាណាចក្រកម្ពុជា": posted there
                country = ("!" if 0 <= posted < named[1] else "") + named[0]
        written = clean[at:after]  # as the release spells it (ta or da), ranks and all
        title_at = text.find(title, name_end) if title else -1  # (after a gloss, too)
        if title_at >= 0:
            title = clean[title_at : title_at + len(title)]
        result.append((name_at, name_end, written, title, country))
        pos = name_end
    return result


_ACRONYM = re.compile(r" ?\([A-Z][A-Za-z&.-]{1,9}\)")


#: "and", "while", "then" left at a title's end where the next person begins
_TRAILING_JOINT = re.compile(r"\s*(?:និង|ខណៈ|ហើយ)$")


#: "bin", "binti" in Khmer spellings of Malay names
_KM_BIN = frozenset({"ប៊ិន", "ប៊ីន", "ប៊ិនទី", "ប៊ិនតី"})
#: the Arabic article before a family name ("Al Zeyoudi") in Khmer spellings
_KM_AL = frozenset({"អាល់", "អាល"})
_KM_AL_NAME = re.compile(r" (?:អាល់|អាល) ([^\s។៖,()]{2,})")


#: the father's name after it, with his "Haji" if any
_KM_FATHER = re.compile(r" (?:(?:ហាជី|ហាជ្ជះ|ហាជ្ជា) )?([^\s។៖,()]{2,})")


#: a third word of a name, and the space after it
_THIRD_WORD = re.compile(r" ([^\s។៖,()]{2,}) ")


#: the Latin spelling of a name in brackets after it
_LATIN_GLOSS = re.compile(r" ?\([A-Za-z][^()\n]{0,80}\)")


#: a third word of a transliterated name that a Latin spelling in brackets follows
_GLOSSED_THIRD = re.compile(r" ([^\s។៖,()]+)(?= ?\([A-Za-z])")


#: where a title written before a person cannot reach back past: "with", a verb
_TITLE_BEFORE_STOPS = ("ជាមួយ", "បាន")


def _title_before(text: str, lo: int, at: int, titles: tuple[str, ...]) -> str:
    """A title written before the honorific ("រដ្ឋមន្ត្រីការបរទេសហ្វីលីពីន លោកស្រី …"): from
    the last title word in the clause before ``at`` up to it; "" if none."""
    before = text[lo:at]
    cut = max(before.rfind("។"), before.rfind("៖"), before.rfind(","), before.rfind("\n"))
    clause = before[cut + 1 :]
    # "… សូណិចសៃ ស៊ីផាន់ដូន និងនាយករដ្ឋមន្ត្រីវៀតណាម ឯកឧត្តម": the next person's title begins
    # after "with", a verb, or an "and" that a title follows (not the "and" inside a
    # ministry's name: "ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ")
    joint = max((clause.rfind(w) + len(w) for w in _TITLE_BEFORE_STOPS if w in clause), default=0)
    for found in re.finditer("និង", clause):  # "និង ឯកឧត្តម …" (spaced) or "និងនាយករដ្ឋមន្ត្រី…"
        rest = clause[found.end() :]
        if rest[:1].isspace() or rest.startswith(titles):
            joint = max(joint, found.end())
    clause = clause[joint:]
    starts = [i for t in titles for i in [clause.find(t)] if i >= 0]
    if not starts:
        return ""
    title = clause[min(starts) :].strip()
    return title if len(title.split()) <= 3 else ""  # a clause, not a title


#: "ខាងភាគីកម្ពុជាមាន …": "on the Cambodian side were …", a side's list of its people
_SIDE_LIST = re.compile(r"(?:ភាគី|ខាង|គណៈប្រតិភូ)[^\s។]{2,24}មាន|គណៈប្រតិភូ[^។]{0,30}?រួមមាន")


#: "on the Cambodian side": ខាងភាគីកម្ពុជា, ភាគីកម្ពុជា (with "and" before it in a list)
_SIDE_MARK = re.compile(
    r"\s*(?:និង\s*|ខណៈ\s*)?(?:ខាង\s*)?ភាគី"
    # "ខណៈខាងវៀតណាមមាន", "ខណៈដែលគណៈប្រតិភូវៀតណាមមាន": the other side's list
    r"|\s*(?:និង\s*|ខណៈ(?:ដែល)?\s*)?(?:ខាង|គណៈប្រតិភូ)(?=[^\s។]{2,24}មាន)"
)


def _side_named_at(text: str, end: int, rules: LangRules) -> str:
    """The side a list of people is under: "ខាងភាគីកម្ពុជាមាន ឯកឧត្តម …" names, right after a
    side mark ending at ``end``, the country the people after it belong to."""
    named = rules.country_in(text[end : end + 24])
    return named[0] if named is not None and named[1] == 0 else ""


def _chinese_mentions(
    norm: str, start: int, end: int, rules: LangRules, sides: dict[str, str] | None = None
) -> list[tuple[int, int, str, str, str]]:
    """ "柬埔寨副首相兼…第一副主席孙占托", "驻柬埔寨大使汪文斌", "维文部长", "吴政隆等"."""
    result = []
    titles = rules.words("titles")
    stop_words = [
        *rules.words("subject_end"),
        *rules.words("meeting_words"),
        *rules.words("place_before"),
        *_TIME_WORDS,
        "等",
        "一致",
        "陪同",
        "率领",
        "率團",
        "率团",
        "共同",
        "分别",
        "一同",
        "一起",
        "均",
        "与",
        "與",
        "同",
        "和",
        "及",
        "在",
        "的",
        "以",  # "杭尊纳隆以视频方式举行会谈"
        "参加",
        "參加",
        "出席",
        "通过",
        "通過",
        "就",
        "向",
    ]
    stops = _alternation(tuple(stop_words))
    honorifics = rules.words("honorifics")  # longest first
    countries = rules.country_pattern
    canonical = dict(rules.countries)
    text = norm
    pos = start
    title_pattern = _alternation(tuple(titles))
    portfolios = tuple(rules.words("portfolio_words"))
    meeting = ("拜会", "拜會", "会见", "會見", "会晤", "會晤", "接见", "接見")  # whom one calls on
    honorific_pattern = _alternation(tuple(honorifics))
    for match in title_pattern.finditer(text, start, end):
        if len(result) >= MAX_MENTIONS:
            break
        if match.start() < pos:
            continue
        at, title = match.start(), match.group(0)
        after = at + len(title)
        pos = after
        found = honorific_pattern.match(text, after)
        honorific = found.group(0) if found else ""
        if honorific:  # "内政部长拿督斯里赛夫丁纳苏迪安说": a long transliterated name follows
            after += len(honorific)
            if text[after : after + 1] in "·・‧":  # "首相萨姆德·莫哈·波瓦·蒂巴代·洪玛奈"
                after += 1
            name = _long_name_after(text, after, end, stops)
        else:
            name = _name_after(text, after, end, stops, title_pattern)
            if name is None and _name_start(text[after : after + 2]):
                # a transliterated name of five or more characters: "印尼总统普拉博沃苏比安托
                # 举行", "工业部长东姑扎夫鲁及…"
                name = _long_name_after(text, after, end, stops)
                long = text[after:name] if name is not None else ""
                if len(long) < 5 or long[0] == "兼" or title_pattern.search(long):
                    name = None  # "副首相兼内政部长韶速卡": more of the title, not a name
        if name is not None:
            name_end = name
            before = text[max(start, at - 40) : at]
            chain = re.split(r"[，。；：]", before)[-1]  # "老挝…委员、国会主席": one person
            # "驻泰国大使韩志强在曼谷拜会商业部长普坦": the one called on is of the country of
            # the post, not of the caller's
            turn = max((chain.rfind(w) + len(w) for w in meeting if w in chain), default=0)
            country = ""
            last = None
            for found in countries.finditer(chain):
                last = (canonical[found.group(0)], found.start())
            if last is not None:
                country = last[0]
                if chain[: last[1]].endswith(("驻", "駐")) or _VISITING_IT.match(
                    chain, last[1] + len(countries.match(chain, last[1]).group(0))
                ):
                    # a post or a visit there: the holder is the other's, the one they call on
                    # (after "拜会") of that country
                    country = last[0] if last[1] < turn else "!" + last[0]
            else:  # "广西壮族自治区党委常委、秘书长…": a province or a body of one country
                country = _chain_country(chain, rules, tuple((sides or {}).items()))
            if country.lstrip("!") == "Myanmar" and name_end - after >= 3 and text[after] in "吴杜":
                # "缅甸外长吴丹瑞": U (吴) or Daw (杜) before a Myanmar name is its honorific
                honorific, after = honorific + text[after], after + 1
            result.append((after, name_end, honorific, title, country))
            pos = name_end
            continue
        # a name before the title: "维文部长", "洪玛奈首相", "杭尊纳隆大臣" (four characters
        # only right after a mark or at the start: "会见洪玛奈首相" is not "见洪玛奈")
        for length in (4, 3, 2):
            name_at = at - length
            candidate = text[max(start, name_at) : at]
            if rules.country_in(candidate) is not None:
                break  # "柬埔寨副首相": a country's title, no name ("埔寨" is none either)
            if candidate.endswith(portfolios):
                break  # "农业部长": the Minister of Agriculture, no one named "农业"
            if (
                name_at < start
                or not re.fullmatch(r"[\u3400-\u9fff]+", candidate)
                or stops.search(candidate)
                or not _name_start(candidate)
                or candidate.endswith("副")  # "省委副书记": the title's own words
                or "委" in candidate
            ):
                continue
            prev = text[max(start, name_at - 3) : name_at]
            future = "将" in text[max(start, name_at - 6) : name_at]  # "还将拜会…": not yet met
            opening = name_at in (start, 0) or text[name_at - 1] in "\n "
            if length == 4 and not (opening or text[name_at - 1] in "，。、；："):
                continue
            if not future and (
                opening
                or re.search(r"[，。、；：]|了|会见|會見|拜会|拜會|同|与|與|邀请|邀請", prev)
            ):
                result.append((name_at, at, "", title, ""))
            break
    for match in re.finditer(r"([\u3400-\u9fff]{2,3})等(?:参加|參加|陪同|出席)", text[start:end]):
        at, until = start + match.start(1), start + match.end(1)
        if not any(a < until and at < b for a, b, *_ in result):  # not "秘书长刘奇" again
            result.append((at, until, "", "", ""))
    return result


@lru_cache(maxsize=16)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for any of ``words``, the longest first (a left-to-right scan)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in ordered) or "(?!x)x")


#: "正在对老挝进行正式访问的…", "正在新加坡訪問的…": the country before it is the one visited
_VISITING_IT = re.compile(r"(?:进行|進行)[^，。、]{0,8}(?:访问|訪問)|(?:访问|訪問)的")


def _long_name_after(text: str, at: int, end: int, stops: re.Pattern[str]) -> int | None:
    """End of a transliterated name of two to eight characters after an honorific: up to the
    first mark or stop word."""
    for stop in range(at + 2, min(end, at + 9) + 1):
        rest = text[stop : stop + 4]
        if not rest or rest[0] in _PUNCT or stops.match(rest):
            return stop if _HAN_NAME.match(text[at:stop]) or stop - at > 4 else None
    return None


def _name_after(
    text: str, at: int, end: int, stops: re.Pattern[str], titles: re.Pattern[str] | None = None
) -> int | None:
    """End of a 2-4 character Chinese name right after ``at`` (a stop word or mark follows)."""
    match = _HAN_NAME.match(text, at, min(end, at + 16))
    if match is None or not _name_start(match.group(0)):
        return None
    name = match.group(0)
    dot = next((i for i, c in enumerate(name) if c in "·・‧"), -1)
    if dot > 0:  # "赛宋蓬·丰威汉举行会谈": the part after the dot ends where a stop word begins
        for length in range(dot + 2, len(name) + 1):
            rest = text[at + length : at + length + 4]
            if not rest or rest[0] in _PUNCT or stops.match(rest):
                return at + length
        return match.end()
    for length in range(min(len(name), 4), 1, -1):
        rest = text[at + length : at + length + 4]
        if titles is not None and titles.match(text, at + length - 1):
            continue  # "宋彼鲁中将": the name ends before the rank
        ranked = titles is not None and titles.match(text, at + length)  # "涅萨翁上将，"
        ends = not rest or rest[0] in _PUNCT or rest[0].isdigit() or stops.match(rest) or ranked
        if ends and not any(  # "宋索帕陪同": a stop word begun inside the name runs past it
            (m := stops.match(text, at + i)) is not None and m.end() > at + length
            for i in range(1, length)
        ):
            candidate = name[:length]
            if stops.match(candidate[-1]) or stops.search(candidate, 2):
                continue  # "刘奇等", "胡哈一行": the name ends before the stop word
            if not any(s in candidate for s in ("兼", "第一", "副", "部", "会", "会见")):
                return at + length
    return None


#: characters that do not begin a personal name: function words, time words and the
#: endings that make a title a place or body ("总统府", "总理府", "部长级")
_NOT_NAME_START = frozenset(
    "在与同和及昨今明将也还则并的了是对就于为以等向把被从到会说表府级办院职称两双各该此其一均共"
    "與將還則並對於為從會說辦職稱兩雙該這参參出陪率馆館见見"  # traditional forms; "参加"; "大使馆"
    "后後"  # "就任副首相后首次访问": after
)


def _name_start(text: str) -> bool:
    return bool(text) and text[0] not in _NOT_NAME_START and not text.startswith(_TIME_WORDS)
