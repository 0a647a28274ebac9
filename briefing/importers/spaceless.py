"""Draft a meeting record from a release in Khmer or Chinese: scripts written without spaces.

The steps are the English reader's, with word lists in the release's language
(``resources/importers/press_release_rules_km.json`` and ``…_zh.json``) matched as substrings,
since neither language puts spaces between words: the date (Khmer numerals and month names,
"2025年3月5日", "昨日（4日）", "ម្សិលមិញ"), the place (the gazetteer's Khmer and Chinese city
names, venues, the country visited), the participants (Khmer honorific + name + title; Chinese
country + title + name), and one item per sentence (ends at ។ or 。) with its side, kind and
area tags. Item texts, names and titles stay in the release's script.

Matching is done on a copy of the text of the same length in which Khmer and full-width digits
are ASCII and the two spellings of the Khmer subscript ta/da are one, so every offset found
points into the text itself. Every step is a left-to-right scan with a bounded look-around:
time is linear in the length of the text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.importers.draft import Draft, DraftCommitment, DraftItem, DraftPerson
from briefing.importers.errors import ExtractCancelled
from briefing.importers.places import load_gazetteer
from briefing.importers.rules import default_rules_path, load_rules
from briefing.importers.segment import Span, paragraphs, sentences
from briefing.model import BOTH, COMMITTING_KINDS, ItemKind, MeetingKind, Settings

_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩０１２３４５６７８９", "01234567890123456789")
_KHMER_DA = ("\u17d2\u178a", "\u17d2\u178f")  # coeng da -> coeng ta (same length)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_NAME = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2,4}(?:[·・‧][\u3400-\u9fff]{1,6})?")
_PUNCT = "，。、；：！？,.;:!?（）()「」『』“”\"' 　\n៖។៕"
_DATELINE_END = re.compile(r"\s*(?:\([^)]{1,20}\)|（[^）]{1,20}）)?\s*(?:[–—-]|៖|电|電|）|\))")
_TIME_WORDS = ("今天", "今日", "昨日", "昨天", "当天", "當天", "日前", "近日")


@dataclass
class LangRules:
    """One language's compiled word lists."""

    language: str
    raw: dict
    countries: list[tuple[str, str]] = field(init=False)  # (name, canonical), longest first
    short_countries: dict[str, str] = field(init=False)  # one-character names: only before 方
    months: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        pairs = []
        self.short_countries = {}
        for canonical, names in self.raw["countries"].items():
            for name in names:
                if len(name) == 1:
                    self.short_countries[name] = canonical
                else:
                    pairs.append((_norm(name), canonical))
        self.countries = sorted(pairs, key=lambda p: -len(p[0]))
        self.months = {_norm(k): v for k, v in self.raw.get("months", {}).items()}

    def words(self, key: str) -> list[str]:
        return sorted((_norm(w) for w in self.raw.get(key, [])), key=len, reverse=True)

    def country_in(self, text: str) -> tuple[str, int] | None:
        """The first country named in ``text``: (canonical, offset)."""
        best: tuple[str, int] | None = None
        for name, canonical in self.countries:
            at = text.find(name)
            if at >= 0 and (best is None or at < best[1]):
                best = (canonical, at)
        for char, canonical in self.short_countries.items():
            at = text.find(char + "方")
            if at >= 0 and (best is None or at < best[1]):
                best = (canonical, at)
        return best


def _norm(text: str) -> str:
    """The matching copy: ASCII digits, one spelling of coeng ta/da (length kept)."""
    return text.translate(_DIGITS).replace(*_KHMER_DA)


@lru_cache(maxsize=4)
def load_lang_rules(language: str) -> LangRules:
    base = default_rules_path()
    if base is None:
        raise FileNotFoundError("the importer's word lists are missing")
    path = base.parent / f"press_release_rules_{language}.json"
    with open(path, encoding="utf-8") as handle:
        return LangRules(language, json.load(handle))


# --------------------------------------------------------------------------- dates


@dataclass
class NativeDate:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int
    end_day: int | None = None

    def resolve(self, anchor: dt.date | None) -> dt.date | None:
        year, month = self.year, self.month
        if month is None:
            if anchor is None:
                return None
            month = anchor.month
            year = year or anchor.year
            if self.day > anchor.day + 1 and self.year is None:  # "28日" late last month
                month -= 1
                if month == 0:
                    month, year = 12, year - 1
        if year is None:
            if anchor is None:
                return None
            year = anchor.year
            try:
                if dt.date(year, month, self.day) > anchor + dt.timedelta(days=1):
                    year -= 1
            except ValueError:
                return None
        try:
            return dt.date(year, month, self.day)
        except ValueError:
            return None

    def resolve_end(self, anchor: dt.date | None) -> dt.date | None:
        if self.end_day is None:
            return None
        first = self.resolve(anchor)
        if first is None:
            return None
        try:
            last = first.replace(day=self.end_day)
        except ValueError:
            return None
        return last if last > first else None


_ZH_FULL = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]"
    r"(?:\s*(?:至|到|-|—|–)\s*(?P<d2>\d{1,2})\s*[日号號])?"
)
_ZH_MONTH = re.compile(
    r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]"
    r"(?:\s*(?:至|到|-|—|–)\s*(?P<d2>\d{1,2})\s*[日号號])?"
)
_ZH_DAY = re.compile(r"(?<![\d月])(?P<d>\d{1,2})\s*日(?!本|前|电|報)")
_NUMERIC = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})(?!\d)")


def native_dates(text: str, rules: LangRules) -> list[NativeDate]:
    """Dates in the matching copy ``text``, in order, none overlapping."""
    found: list[NativeDate] = []
    taken: list[tuple[int, int]] = []

    def add(date: NativeDate) -> None:
        if date.month is not None and not 1 <= date.month <= 12:
            return
        if not 1 <= date.day <= 31:
            return
        if any(date.start < e and s < date.end for s, e in taken):
            return
        found.append(date)
        taken.append((date.start, date.end))

    if rules.language == "km":
        months = "|".join(re.escape(m) for m in sorted(rules.months, key=len, reverse=True))
        full = re.compile(
            r"(?:ថ្ងៃ\S{0,12}\s*)?ទី\s*(?P<d>\d{1,2})"
            r"(?:\s*(?:ដល់|-|–)\s*(?:ថ្ងៃ)?\s*ទី\s*(?P<d2>\d{1,2}))?"
            rf"\s*ខែ\s*(?P<m>{months})(?:\s*ឆ្នាំ\s*(?P<y>(?:19|20)\d\d))?"
        )
        for match in full.finditer(text):
            add(
                NativeDate(
                    match.start(),
                    match.end(),
                    int(match.group("y")) if match.group("y") else None,
                    rules.months[match.group("m")],
                    int(match.group("d")),
                    int(match.group("d2")) if match.group("d2") else None,
                )
            )
    else:
        for pattern in (_ZH_FULL, _ZH_MONTH):
            for match in pattern.finditer(text):
                groups = match.groupdict()
                add(
                    NativeDate(
                        match.start(),
                        match.end(),
                        int(groups["y"]) if groups.get("y") else None,
                        int(groups["m"]),
                        int(groups["d"]),
                        int(groups["d2"]) if groups.get("d2") else None,
                    )
                )
        for match in _ZH_DAY.finditer(text):
            add(NativeDate(match.start(), match.end(), None, None, int(match.group("d"))))
    for match in _NUMERIC.finditer(text):
        add(
            NativeDate(
                match.start(),
                match.end(),
                int(match.group("y")),
                int(match.group("m")),
                int(match.group("d")),
            )
        )
    return sorted(found, key=lambda d: d.start)


# --------------------------------------------------------------------------- the reading


@dataclass
class _Layout:
    header: list[Span] = field(default_factory=list)
    title: str = ""
    body: list[Span] = field(default_factory=list)
    tail: list[Span] = field(default_factory=list)  # after the body: sign-off, footers


def _is_boilerplate(text: str, rules: LangRules) -> bool:
    return any(word in text for word in rules.words("boilerplate")) and len(text) < 300


def _layout(spans: list[Span], norm: str, rules: LangRules) -> _Layout:
    result = _Layout()
    ends = rules.words("end_of_body")
    for span in spans:
        text = norm[span.start : span.end]
        if result.body and any(text.startswith(e) or e in text[:12] for e in ends):
            result.tail.append(span)
            continue
        if result.tail:
            result.tail.append(span)
            continue
        prose = len(text) >= 25 and bool(re.search(r"[។。！？]", text))
        if prose and not _is_boilerplate(text, rules):
            result.body.append(span)
        elif result.body:
            result.tail.append(span)
        else:
            result.header.append(span)
    if not result.body:  # no sentence ends at all: read the longer paragraphs as the body
        result.body = [s for s in result.header if s.end - s.start >= 25]
        result.header = [s for s in result.header if s.end - s.start < 25]
    for span in result.header:
        text = norm[span.start : span.end]
        if (
            not _is_boilerplate(text, rules)
            and not native_dates(text, rules)
            and text not in rules.words("header_skip")
            and not any(w in text for w in rules.words("issuer_words"))
            and len(text) > 6
        ):
            result.title = span.text
    return result


def _issuer(layout: _Layout, norm: str, rules: LangRules) -> str:
    skip = rules.words("header_skip")
    issuer_words = rules.words("issuer_words")
    departments = rules.words("department_words")
    candidates = []
    for span in layout.header[:6]:
        text = span.text
        matched = norm[span.start : span.end]
        if matched in skip or native_dates(matched, rules):
            continue
        first = re.split(r"\s*[|>＞]\s*", text)[0].strip()
        if (
            not first
            or first in skip
            or (
                first != text
                and ("|" in text[len(first) + 1 :])
                and not any(w in first for w in issuer_words)
            )
        ):
            if not any(w in first for w in issuer_words):
                continue
        for word in rules.words("boilerplate"):
            at = first.find(word)
            if at > 0:
                first = first[:at].strip()
        first = re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", first)  # "(អ.ក.ព.)"
        if _HAN.search(first) or re.search(r"[\u1780-\u17ff]", first):
            first = re.sub(r"(?:\s+[A-Za-z][\w.&'-]*)+$", "", first)  # "中央社 CNA"
        for word in departments:
            at = first.find(word)
            if at > 0:
                first = first[:at].strip()
        if first:
            candidates.append(first)
    for candidate in candidates:
        if any(w in _norm(candidate) for w in issuer_words):
            return candidate
    return candidates[0] if candidates else ""


def _sentence_subject(text: str, rules: LangRules) -> str:
    """The words before the first verb marker, lead-ins ("ជាការឆ្លើយតប", "针对…，") left out."""
    for lead in rules.words("lead_ins"):
        if text.startswith(lead):
            comma = re.search(r"[，,]", text[: len(lead) + 60])
            cut = comma.end() if comma and rules.language == "zh" else len(lead)
            text = text[cut:].lstrip(" ，,")
            break
    end = len(text)
    for word in rules.words("subject_end"):
        at = text.find(word, 0, 80)
        if 0 <= at < end:
            end = at
    return text[: min(end, 80)]


@dataclass
class _Reader:
    rules: LangRules
    participants: list[DraftPerson]
    keys: list[str]  # each participant's name, squeezed and normalised
    sides: dict[str, str]
    area_keys: set[str]
    speaker: str | None = None
    running: str | None = None

    def side(self, canonical: str) -> str:
        return self.sides.get(canonical, canonical)

    def resolve(self, subject: str) -> str | None:
        squeezed = "".join(subject.split())
        rules = self.rules
        if any(w in subject for w in rules.words("both")):
            return BOTH
        named = {
            p.side
            for p, key in zip(self.participants, self.keys, strict=True)
            if key and key in squeezed
        }
        if len(named) >= 2:
            return BOTH
        if named:
            side = named.pop()
            return side or None
        for prefix in rules.words("side_prefix") or [""]:
            for name, canonical in rules.countries:
                if prefix + name in subject and prefix:
                    return self.side(canonical)
        found = rules.country_in(subject)
        if found is not None:
            return self.side(found[0])
        for honorific in rules.words("honorifics"):
            if subject.startswith(honorific):
                same = [p for p in self.participants if _norm(p.honorific) == honorific]
                if not same:
                    same = [
                        p
                        for p in self.participants
                        if _norm(p.honorific)[:4] == honorific[:4] and p.honorific
                    ]
                sides = {p.side for p in same}
                if len(sides) == 1:
                    return sides.pop() or None
                break
        return None

    def kind(self, text: str, side: str | None) -> ItemKind:
        kinds = {k: [_norm(w) for w in v] for k, v in self.rules.raw["kinds"].items()}
        joint = side == BOTH
        agreement = any(w in text for w in kinds["agreement"])
        if agreement and (joint or any(w in text for w in self.rules.words("joint_acts"))):
            return ItemKind.AGREEMENT
        blocked_from = min((text.find(w) for w in kinds["request"] if w in text), default=-1)
        pledge = False
        for word in kinds["pledge"]:
            at = text.find(word)
            while at >= 0:
                scope_end = -1  # a request runs to the sentence's end ("请求…，并协助将…")
                inside = (
                    blocked_from >= 0 and blocked_from <= at and (scope_end < 0 or at < scope_end)
                )
                if not inside:
                    pledge = True
                    break
                at = text.find(word, at + 1)
            if pledge:
                break
        if pledge and joint:
            return ItemKind.AGREEMENT
        if pledge or agreement:
            return ItemKind.PLEDGE
        if blocked_from >= 0:
            return ItemKind.REQUEST
        if any(w in text for w in kinds["concern"]):
            return ItemKind.CONCERN
        return ItemKind.STATEMENT

    def areas(self, text: str) -> list[str]:
        scores: Counter[str] = Counter()
        for key, phrases in self.rules.raw["areas"].items():
            if key not in self.area_keys:
                continue
            for phrase in phrases:
                count = text.count(_norm(phrase))
                if count:
                    scores[key] += count * len(phrase)
        return [k for k, _ in scores.most_common(3)]


def extract(
    clean: str,
    settings: Settings,
    language: str,
    reference: dt.date,
    cancelled: Callable[[], bool] | None = None,
) -> Draft:
    rules = load_lang_rules(language)
    english = load_rules()
    norm = _norm(clean)
    draft = Draft(text=clean, language=language)
    sides = _side_names(settings, english)
    layout = _layout(paragraphs(clean), norm, rules)
    draft.title = layout.title
    draft.issuer = _issuer(layout, norm, rules)
    opening = layout.body[:2]
    opening_text = " ".join(norm[s.start : s.end] for s in opening)
    title_norm = _norm(layout.title)
    draft.kind = MeetingKind.BILATERAL
    for kind, cues in rules.raw.get("meeting_kinds", []):
        if any(_norm(c) in opening_text or _norm(c) in title_norm for c in cues):
            draft.kind = MeetingKind(kind)
            break
    _dates(draft, layout, norm, rules, reference)
    if cancelled is not None and cancelled():
        raise ExtractCancelled("The import was cancelled.")
    draft.participants = _participants(clean, layout, norm, rules, settings, sides, english)
    draft.city, draft.country = _place(draft, layout, norm, rules, sides)
    keys = ["".join(_norm(p.name).split()) for p in draft.participants]
    reader = _Reader(rules, draft.participants, keys, sides, {a.key for a in settings.areas})
    for paragraph in layout.body:
        if cancelled is not None and cancelled():
            raise ExtractCancelled("The import was cancelled.")
        reader.speaker = None
        for sentence in sentences(paragraph, english):
            item = _item(reader, sentence, norm[sentence.start : sentence.end])
            if item is not None:
                draft.items.append(item)
    for index, item in enumerate(draft.items):
        if item.kind in COMMITTING_KINDS:
            text = _norm(item.text)
            concrete = is_concrete(text, rules)
            draft.commitments.append(
                DraftCommitment(item.text, item.side, item.area, index, keep=concrete)
            )
    return draft


def _side_names(settings: Settings, english) -> dict[str, str]:  # noqa: ANN001
    from briefing.importers.meeting_facts import side_names

    return side_names(settings, english)


def _dates(draft: Draft, layout: _Layout, norm: str, rules: LangRules, reference: dt.date) -> None:
    header_dates = [d for s in layout.header for d in native_dates(norm[s.start : s.end], rules)]
    issue: dt.date | None = None
    for date in header_dates:
        if date.year:
            issue = date.resolve(None)
            break
    dateline_end = 0
    first = layout.body[0] if layout.body else None
    if first is not None:
        head = norm[first.start : first.start + 80]
        for date in native_dates(head, rules):
            if _DATELINE_END.match(head, date.end) and date.start < 50:
                dateline_end = first.start + date.end
                if issue is None:
                    issue = date.resolve(reference)
                break
    if issue is None:  # a sign-off: "រាជធានីភ្នំពេញ ថ្ងៃទី០៨ ខែមេសា ឆ្នាំ២០២៥" at the end
        for span in reversed(layout.tail[:4] + layout.body[-2:]):
            found = [d for d in native_dates(norm[span.start : span.end], rules) if d.year]
            limit = 200 if span in layout.tail else 80
            if found and span.end - span.start < limit:
                issue = found[-1].resolve(None)
                break
    draft.issue_date = issue
    meeting_words = rules.words("meeting_words")
    visit_words = rules.words("visit_words")
    candidates: list[tuple[tuple[int, int, int], dt.date, dt.date | None]] = []
    for rank, span in enumerate(layout.body[:3]):
        text = norm[span.start : span.end]
        meeting = any(w in text for w in meeting_words)
        visit = any(w in text for w in visit_words)
        for date in native_dates(text, rules):
            if span.start + date.start < dateline_end:
                continue
            day = date.resolve(issue or reference)
            if day is None:
                continue
            ranged = date.end_day is not None
            klass = 0 if meeting and not (ranged and visit) else 2
            candidates.append(((klass, rank, date.start), day, date.resolve_end(issue)))
        if issue is not None and (meeting or rank == 0):
            for word in rules.words("yesterday"):
                at = text.find(word)
                if at >= 0:
                    candidates.append(((1, rank, at), issue - dt.timedelta(days=1), None))
            for word in rules.words("today"):
                at = text.find(word)
                if at >= 0:
                    candidates.append(((1, rank, at), issue, None))
    if candidates:
        candidates.sort(key=lambda c: c[0])
        _, draft.meeting_date, draft.end_date = candidates[0]
    elif issue is not None:
        draft.meeting_date = issue
        draft.warnings.append("The meeting date is not stated; the issue date was used.")


def _participants(
    clean: str,
    layout: _Layout,
    norm: str,
    rules: LangRules,
    settings: Settings,
    sides: dict[str, str],
    english,  # noqa: ANN001
) -> list[DraftPerson]:
    meeting_words = rules.words("meeting_words")
    zones: list[tuple[int, int]] = []
    for index, paragraph in enumerate(layout.body[:10]):
        for sentence in sentences(paragraph, english):
            text = norm[sentence.start : sentence.end]
            if index == 0 or any(w in text for w in meeting_words):
                zones.append((sentence.start, sentence.end))
    found: dict[str, DraftPerson] = {}
    for start, end in zones:
        mentions = (
            _khmer_mentions(norm, start, end, rules, clean)
            if rules.language == "km"
            else _chinese_mentions(norm, start, end, rules)
        )
        for name_at, name_end, honorific, title, country in mentions:
            name = norm[name_at:name_end]
            written = clean[name_at:name_end]  # the matching copy has the same offsets
            key = "".join(name.split())
            if not key or rules.country_in(key) is not None and len(key) <= 4:
                continue
            side = sides.get(country, country) if country else ""
            if not side:
                hint = _hint(_norm(honorific + title), rules)
                side = sides.get(hint, hint) if hint else ""
            person = found.get(key)
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
    known = [p.side for p in result if p.side and p.side in settings.countries]
    for person in result:
        if not person.side:
            left = [c for c in settings.countries if c not in known]
            if len(settings.countries) == 2 and len(left) == 1:
                person.side = left[0]
            elif known:
                person.side = known[0]
    return result


def _hint(words: str, rules: LangRules) -> str:
    for country, hints in rules.raw.get("side_hints", {}).items():
        if any(_norm(h) in words for h in hints):
            return country
    return ""


def _khmer_mentions(
    norm: str, start: int, end: int, rules: LangRules, clean: str
) -> list[tuple[int, int, str, str, str]]:
    """ "ឯកឧត្តមបណ្ឌិត សុខ ចិន្តាសោភា ឧបនាយករដ្ឋមន្ត្រី …": honorific, two name words, title."""
    result = []
    honorifics = rules.words("honorifics")
    titles = rules.words("titles")
    stops = ("បាន", "កាលពី", "ជាមួយ", "នៅ", "។", "៖", "(", "ដែល", "ក៏", "នឹង")
    text = norm
    pattern = _alternation(tuple(honorifics))
    pos = start
    for match in pattern.finditer(text, start, end):
        if match.start() < pos:
            continue
        at, honorific = match.start(), match.group(0)
        after = at + len(honorific)
        pos = after
        words = re.match(r" ([^\s។៖,]+) ([^\s។៖,]+)", text[after : after + 80])
        if words is None:
            continue
        first, second = words.group(1), words.group(2)
        if any(first.startswith(s) for s in stops) or any(first.startswith(t) for t in titles):
            continue
        for stop in stops:
            cut = second.find(stop)
            if cut > 0:
                second = second[:cut]
        if len(second) < 2:
            continue
        name_at = after + 1
        name_end = name_at + len(first) + 1 + len(second)
        title = ""
        tail = text[name_end : name_end + 160].lstrip()
        if any(tail.startswith(t) for t in titles):
            stop_at = min((tail.find(s) for s in stops if tail.find(s) > 0), default=len(tail))
            title = tail[:stop_at].strip()
        country = ""
        of = title.find("នៃ")
        if of > 0:
            named = rules.country_in(title[of:])
            country = named[0] if named else ""
            title = title[:of].strip()
        elif title:
            named = rules.country_in(title)
            if named:
                country = named[0]
        written = clean[at:after]  # as the release spells it (ta or da)
        title_at = text.find(title, name_end) if title else -1
        if title_at >= 0:
            title = clean[title_at : title_at + len(title)]
        result.append((name_at, name_end, written, title, country))
        pos = name_end
    return result


def _chinese_mentions(
    norm: str, start: int, end: int, rules: LangRules
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
        "与",
        "與",
        "同",
        "和",
        "及",
        "在",
        "的",
    ]
    stops = _alternation(tuple(stop_words))
    countries = _alternation(tuple(name for name, _ in rules.countries))
    canonical = dict(rules.countries)
    text = norm
    pos = start
    for match in _alternation(tuple(titles)).finditer(text, start, end):
        if match.start() < pos:
            continue
        at, title = match.start(), match.group(0)
        after = at + len(title)
        pos = after
        name = _name_after(text, after, end, stops)
        if name is not None:
            name_end = name
            before = text[max(start, at - 40) : at]
            chain = re.split(r"[，。、；：]", before)[-1]
            country = ""
            last = None
            for found in countries.finditer(chain):
                last = (canonical[found.group(0)], found.start())
            if last is not None:
                country = last[0]
                if chain[: last[1]].endswith(("驻", "駐")):
                    country = "!" + last[0]  # the post's country: the holder is of the other
            result.append((after, name_end, "", title, _destination(country, rules)))
            pos = name_end
            continue
        # a name before the title: "维文部长", "洪玛奈首相"
        head = text[max(start, at - 4) : at]
        match = re.search(r"[\u3400-\u9fff]{2,3}$", head)
        if (
            match
            and not stops.search(match.group(0))
            and (rules.country_in(match.group(0)) is None)
            and _name_start(match.group(0))
        ):
            name_at = at - len(match.group(0))
            prev = text[max(start, name_at - 3) : name_at]
            future = "将" in text[max(start, name_at - 6) : name_at]  # "还将拜会…": not yet met
            if not future and (
                name_at == start
                or name_at == 0
                or text[name_at - 1] in "\n "
                or re.search(r"[，。、；：]|了|会见|會見|拜会|拜會|同|与|與|邀请|邀請", prev)
            ):
                result.append((name_at, at, "", title, ""))
    for match in re.finditer(r"([\u3400-\u9fff]{2,3})等(?:参加|參加|陪同|出席)", text[start:end]):
        result.append((start + match.start(1), start + match.end(1), "", "", ""))
    return result


@lru_cache(maxsize=16)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for any of ``words``, the longest first (a left-to-right scan)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in ordered) or "(?!x)x")


def _destination(country: str, rules: LangRules) -> str:
    del rules
    return "" if country.startswith("!") else country


def _name_after(text: str, at: int, end: int, stops: re.Pattern[str]) -> int | None:
    """End of a 2-4 character Chinese name right after ``at`` (a stop word or mark follows)."""
    match = _HAN_NAME.match(text, at, min(end, at + 16))
    if match is None or not _name_start(match.group(0)):
        return None
    name = match.group(0)
    for length in range(min(len(name), 4), 1, -1):
        rest = text[at + length : at + length + 4]
        if not rest or rest[0] in _PUNCT or rest[0].isdigit() or stops.match(rest):
            candidate = name[:length]
            if not any(s in candidate for s in ("兼", "第一", "副", "部", "会", "会见")):
                return at + length
    if "·" in name or "・" in name:
        return match.end()
    return None


#: characters that do not begin a personal name: function words, time words and the
#: endings that make a title a place or body ("总统府", "总理府", "部长级")
_NOT_NAME_START = frozenset(
    "在与同和及昨今明将也还则并的了是对就于为以等向把被从到会说表府级办院职称"
)


def _name_start(text: str) -> bool:
    return bool(text) and text[0] not in _NOT_NAME_START and not text.startswith(_TIME_WORDS)


def _place(
    draft: Draft, layout: _Layout, norm: str, rules: LangRules, sides: dict[str, str]
) -> tuple[str, str]:
    if draft.kind in (MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL):
        return "", ""
    gazetteer = load_gazetteer()
    countries = tuple(sides)
    meeting_words = rules.words("meeting_words") + rules.words("visit_words")
    own_cities = {_norm(k): v for k, v in rules.raw.get("cities", {}).items()}
    venues = {_norm(k): v for k, v in rules.raw.get("venues", {}).items()}
    before = rules.words("place_before")

    def city_named(name: str) -> tuple[str, str] | None:
        english = own_cities.get(name)
        city = gazetteer.lookup(english, countries) if english else None
        if city is None:
            city = gazetteer.lookup(name, countries)
        return (city.name, city.country) if city else None

    visited = ""
    for span in layout.body[:3]:
        for sentence in re.split(r"(?<=[។。])", norm[span.start : span.end]):
            if not any(w in sentence for w in meeting_words):
                continue
            for venue, english in venues.items():
                if venue in sentence:
                    city = gazetteer.lookup(english, countries)
                    if city is not None:
                        return city.name, city.country
            for word in before:
                at = sentence.find(word)
                while at >= 0:
                    head = sentence[at + len(word) : at + len(word) + 16]
                    head = re.sub(r"^(?:រាជធានី|ទីក្រុង|ខេត្ត)", "", head)
                    for length in range(min(len(head), 14), 1, -1):
                        found = city_named(head[:length])
                        if found:
                            return found
                    named = rules.country_in(head[:12])
                    if named and named[1] <= 8 and not visited:
                        visited = named[0]
                    at = sentence.find(word, at + 1)
            for marker in rules.words("city_markers"):  # "… រាជធានីភ្នំពេញ" after a venue
                at = sentence.find(marker)
                while at >= 0:
                    head = sentence[at + len(marker) : at + len(marker) + 14]
                    for length in range(len(head), 1, -1):
                        found = city_named(head[:length])
                        if found:
                            return found
                    at = sentence.find(marker, at + 1)
            if not visited and any(w in sentence for w in rules.words("visit_words")):
                visitor = _visitor_country(sentence, rules)
                named = rules.country_in(sentence)
                if visitor and len(sides) == 2:  # "正在我国进行正式访问的柬埔寨首相": the visitor's
                    visited = next((c for c in sides if c != visitor), "")
                elif named:
                    visited = named[0]
    if visited:
        capital = gazetteer.capitals.get(visited)
        if capital:
            return capital.name, visited
    ambassador = [p for p in draft.participants if "大使" in p.title or "ឯកអគ្គ" in p.title]
    if ambassador and len(sides) == 2:
        other = [c for c in sides if sides[c] != ambassador[0].side]
        capital = gazetteer.capitals.get(other[0]) if other else None
        if capital:
            return capital.name, capital.country
    for span in layout.tail[:4] + layout.body[-1:] + layout.body[:1]:
        head = norm[span.start : span.start + 40]
        for name in sorted(own_cities, key=len, reverse=True):
            if name in head:
                found = city_named(name)
                if found:
                    return found
    return "", ""


def _programme(text: str, rules: LangRules) -> bool:
    """A future meeting of the visit ("还将拜会…总统", "នឹងចូលជួប…"): the pledge cue stands
    right before a meeting or visit word."""
    cues = rules.words("future")
    meetings = rules.words("meeting_words") + rules.words("programme_words")
    for cue in cues:
        at = text.find(cue)
        while at >= 0:
            ahead = text[at + len(cue) : at + len(cue) + 6]
            if any(ahead.startswith(w) or ahead[1:].startswith(w) for w in meetings):
                return True
            at = text.find(cue, at + 1)
    return False


_MEASURE = re.compile(r"\d[\d,.]*\s*(?!年|月|日|号|號|版|届|屆|次|周年|週年|ឆ្នាំ|ខែ|ថ្ងៃ|\d)\S")


def is_concrete(text: str, rules: LangRules) -> bool:
    """A Khmer or Chinese pledge or agreement that names something to deliver: a document
    signed, an amount, or a deliverable written after the pledge or agreement cue and not
    followed by a word for cooperation or support in general."""
    if any(w in text for w in rules.words("joint_acts")):
        return True
    kinds = rules.raw["kinds"]
    cues = [_norm(w) for w in kinds["pledge"] + kinds["agreement"]]
    starts = [text.find(c) + len(c) for c in cues if c in text]
    if not starts:
        return False
    after = text[min(starts) :]
    if _MEASURE.search(after):
        return True
    generic = rules.words("generic_objects")
    for word in rules.words("deliverables"):
        at = after.find(word)
        while at >= 0:
            rest = after[at + len(word) : at + len(word) + 12]
            if not any(rest.startswith(g) or rest[2:].startswith(g) for g in generic):
                return True
            at = after.find(word, at + 1)
    return False


def _visitor_country(sentence: str, rules: LangRules) -> str:
    """The country of a visitor named as such ("访问的柬埔寨首相", "来访的…"), or ""."""
    for mark in rules.words("visitor_marks"):
        at = sentence.find(mark)
        if at >= 0:
            named = rules.country_in(sentence[at + len(mark) : at + len(mark) + 12])
            if named and named[1] == 0:
                return named[0]
    return ""


def _item(reader: _Reader, sentence: Span, text: str) -> DraftItem | None:
    rules = reader.rules
    if len(text) < 8 or _is_boilerplate(text, rules):
        return None
    side_subject = _sentence_subject(text, rules)
    side = reader.resolve(side_subject)
    speaking = any(w in text[: len(side_subject) + 12] for w in rules.words("speech"))
    if side not in (None, BOTH) and speaking:
        reader.speaker = side
    elif side is None:
        side = reader.speaker
    kind = reader.kind(text, side)
    meeting = any(w in text for w in rules.words("meeting_words"))
    if meeting and kind == ItemKind.STATEMENT:
        return None  # who met whom, with nothing said
    if kind == ItemKind.PLEDGE and _programme(text, rules):
        return None  # "此行还将拜会…": what the visitor will do next, not a pledge
    courtesy = rules.words("courtesy")
    if (
        any(w in text for w in courtesy)
        and kind == ItemKind.STATEMENT
        and len(text) < 60
        and (
            any(w in text for w in rules.words("hospitality"))
            or set(reader.areas(text)) <= {"political"}
        )
    ):
        return None  # thanks for a welcome, congratulations (thanks for aid stay)
    if side is None:
        side = reader.running
        if side is None:
            return None
    reader.running = side
    areas = reader.areas(text)
    if not areas:
        if "political" not in reader.area_keys:
            return None
        areas = ["political"]
    confidence = 0.55 if kind != ItemKind.STATEMENT else 0.45
    return DraftItem(
        areas[0],
        side,
        kind,
        sentence.text,
        confidence,
        (sentence.start, sentence.end),
        areas=areas,
    )
