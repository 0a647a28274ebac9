"""Draft a meeting record from a release in Khmer or Chinese: scripts written without spaces.

The steps are the English reader's, with word lists in the release's language
(``resources/importers/press_release_rules_km.json`` and ``…_zh.json``) matched as substrings,
since neither language puts spaces between words: the layout and issuer (``native_layout``),
the date (``native_dates``), the participants (``native_people``), the place
(``native_place``), and here one item per sentence (ends at ។ or 。) with its side, kind and
area tags. Item texts, names and titles stay in the release's script.

Matching is done on a copy of the text of the same length (``native_rules.matching_copy``).
Every step is a left-to-right scan with a bounded look-around: time is linear in the length
of the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from briefing.importers.draft import Draft, DraftCommitment, DraftItem, DraftPerson
from briefing.importers.errors import CANCELLED, ExtractCancelled
from briefing.importers.meeting_facts import side_names
from briefing.importers.native_dates import draft_dates
from briefing.importers.native_layout import (
    COLONS,
    LIST_MARK,
    NativeLayout,
    is_boilerplate,
    native_issuer,
    read_layout,
)
from briefing.importers.native_people import native_participants
from briefing.importers.native_place import meeting_place
from briefing.importers.native_rules import LangRules, load_lang_rules, matching_copy
from briefing.importers.participants import without_bystanders
from briefing.importers.places import load_gazetteer
from briefing.importers.rules import load_rules
from briefing.importers.segment import Span, paragraphs, sentences
from briefing.model import BOTH, COMMITTING_KINDS, ItemKind, MeetingKind, Settings

_DATELINE_MARK = re.compile(r"[^，。、；]{0,10}?(?:[电電讯訊៖：:]|消息)")


def home_country(
    layout: NativeLayout, norm: str, rules: LangRules, sides: dict[str, str], issuer: str = ""
) -> str:
    """The issuer's own side: the country of the city its dateline names ("（吉隆坡20日讯）",
    "中新网北京…电", "ភ្នំពេញ៖"), else the country whose embassy or body it is ("中华人民共和国
    驻菲律宾共和国大使馆"), else the language's home (Khmer: Cambodia), if a side."""
    if layout.body:
        first = layout.body[0]
        head = norm[first.start : min(first.end, first.start + 24)]
        for city, _start, end in load_gazetteer().native_in(head, tuple(sides)):
            # a dateline's city: "…电", "…讯", "ភ្នំពេញ៖" follows it (not "正在新加坡訪問的")
            if city.country in sides and _DATELINE_MARK.match(norm, first.start + end):
                return city.country
    written = matching_copy(issuer)
    named = rules.country_in(written)
    if named is not None and named[0] in sides:
        posted = any(mark in written[named[1] :] for mark in ("驻", "駐", "ប្រចាំ"))
        if named[1] == 0 or posted:
            return named[0]
    home = rules.raw.get("home_country", "")
    return home if home in sides else ""


def _short_name(key: str) -> str:
    """A transliterated name's first part, as a release writes it again ("赛宋蓬" for
    "赛宋蓬·丰威汉", "赛夫丁" for "赛夫丁纳苏迪安"); else the whole name."""
    first = re.split(r"[·・‧]", key, maxsplit=1)[0]
    if first == key and len(key) >= 5 and _HAN.fullmatch(key):
        return key[:3]  # "赛夫丁" for "赛夫丁纳苏迪安"
    return first if len(first) >= 2 else key


_HAN = re.compile(r"[\u3400-\u9fff]+")


_OPENING = "“«「『"
_CLOSING = "”»」』"


def joined_quotations(spans: list[Span], clean: str, rules: LangRules) -> list[Span]:
    """A quotation of several sentences and its attribution as one span ("“…。…。”他说。",
    "«…។ …។» នេះជាប្រសាសន៍របស់…"): one item, said by whom the attribution names."""
    out: list[Span] = []
    speech = rules.words("speech")
    index = 0
    while index < len(spans):
        span = spans[index]
        text = span.text.lstrip()
        last = index
        if text[:1] in _OPENING and not any(c in text[1:] for c in _CLOSING):
            last = index + 1
            while last < len(spans) and last - index < 8:
                if any(c in spans[last].text for c in _CLOSING):
                    break
                last += 1
            if last >= len(spans) or last - index >= 8:
                last = index  # never closed: the sentences stay apart
        if last > index and last + 1 < len(spans):
            after = matching_copy(spans[last + 1].text.strip())
            if len(after) <= 40 and after[:1] not in _OPENING and any(w in after for w in speech):
                last += 1  # "他说。" after the closing mark
        out.append(
            span
            if last == index
            else Span(span.start, spans[last].end, clean[span.start : spans[last].end])
        )
        index = last + 1
    return out


def _sentence_subject(text: str, rules: LangRules) -> str:
    """The words before the first verb marker, lead-ins ("ជាការឆ្លើយតប", "针对…，") left out;
    of a quotation, those of its attribution."""
    if text[:1] in _OPENING:  # a quotation: its speaker is named after it
        close = max(text.rfind(c) for c in _CLOSING)
        rest = text[close + 1 :].lstrip(" ，,")
        if close > 0 and rest:
            text = rest
    for lead in rules.words("lead_ins"):
        if text.startswith(lead):
            comma = re.search(r"[，,]", text[: len(lead) + 60])
            cut = comma.end() if comma and rules.language == "zh" else len(lead)
            text = text[cut:].lstrip(" ，,")
            break
    end = len(text)
    masked = without_false_cues(text, rules)  # "ទន្ទឹមនឹង…": no "will" ends the subject
    for word in rules.words("subject_end"):
        at = masked.find(word, 0, 80)
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
    home: str = ""  # the issuer's own side: "我国", "our country"

    def side(self, canonical: str) -> str:
        return self.sides.get(canonical, canonical)

    @cached_property
    def _name_words(self) -> dict[str, str]:
        """Each word of a participant's name that no other participant's has (three letters or
        more, in a name written with spaces: Khmer), and that participant's side."""
        owners: dict[str, set[int]] = {}
        for index, person in enumerate(self.participants):
            for word in matching_copy(person.name).split():
                if len(word) >= 3 and " " in person.name.strip():
                    owners.setdefault(word, set()).add(index)
        return {
            word: self.participants[next(iter(who))].side
            for word, who in owners.items()
            if len(who) == 1
        }

    def resolve(self, subject: str) -> str | None:
        squeezed = "".join(subject.split())
        rules = self.rules
        if any(w in subject for w in rules.words("both")):
            return BOTH
        if self.home and any(w in subject for w in rules.words("our_country")):
            if not rules.country_in(subject.replace("我国", "").replace("我國", "")):
                return self.side(self.home)
            return BOTH  # "我国与柬埔寨同意…": our country and the other
        named = {
            p.side
            for p, key in zip(self.participants, self.keys, strict=True)
            if key and (key in squeezed or _short_name(key) in squeezed)
        }
        if not named:  # "លោក អាន់វ៉ា" for "អាន់វ៉ា អ៊ីប្រាហ៊ីម": one word of a Khmer name
            named = {side for word, side in self._name_words.items() if word in squeezed}
        if not named:  # "铃木知事" for "铃木直道": a Japanese name's surname
            named = {
                p.side
                for p, key in zip(self.participants, self.keys, strict=True)
                if len(key) == 4 and _HAN.fullmatch(key) and key[:2] in squeezed
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
                same = [p for p in self.participants if matching_copy(p.honorific) == honorific]
                if not same:
                    same = [
                        p
                        for p in self.participants
                        if matching_copy(p.honorific)[:4] == honorific[:4] and p.honorific
                    ]
                sides = {p.side for p in same}
                if len(sides) == 1:
                    return sides.pop() or None
                break
        titles = [t for t in rules.words("titles") if t in subject]
        if titles:  # an official named by title alone: the participant who holds it, …
            holders = {p.side for p in self.participants if titles[0] in matching_copy(p.title)}
            if len(holders) == 1 and "" not in holders:
                return holders.pop()
            if self.home and not holders:
                return self.side(self.home)  # … else the issuer's own
        return None

    def kind(self, text: str, side: str | None) -> ItemKind:
        text = without_false_cues(text, self.rules)
        kinds = {k: [matching_copy(w) for w in v] for k, v in self.rules.raw["kinds"].items()}
        joint = side == BOTH
        if _ends_with_any(text, kinds["concern"]):  # "…表示担忧。": the concern is the verb
            return ItemKind.CONCERN
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
                count = text.count(matching_copy(phrase))
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
    norm = matching_copy(clean)
    draft = Draft(text=clean, language=language)
    sides = side_names(settings, english)
    layout = read_layout(paragraphs(clean), norm, rules)
    draft.title = layout.title
    draft.issuer = native_issuer(layout, norm, rules)
    opening = layout.body[:2]
    opening_text = " ".join(norm[s.start : s.end] for s in opening)
    title_norm = matching_copy(layout.title)
    draft.kind = MeetingKind.BILATERAL
    for kind, cues in rules.raw.get("meeting_kinds", []):
        if any(matching_copy(c) in opening_text or matching_copy(c) in title_norm for c in cues):
            draft.kind = MeetingKind(kind)
            break
    draft_dates(draft, layout, norm, rules, reference)
    if cancelled is not None and cancelled():
        raise ExtractCancelled(CANCELLED)
    home = home_country(layout, norm, rules, sides, draft.issuer)
    draft.participants = native_participants(
        clean, layout, norm, rules, settings, sides, english, home
    )
    if draft.kind == MeetingKind.MARGINS:  # the summit's other leaders are bystanders
        draft.participants = without_bystanders(draft.participants, settings, clean)
    draft.city, draft.country = meeting_place(draft, layout, norm, rules, sides)
    keys = ["".join(matching_copy(p.name).split()) for p in draft.participants]
    reader = _Reader(rules, draft.participants, keys, sides, {a.key for a in settings.areas})
    reader.home = home
    agreed_list = False  # the last paragraph said both sides agreed on what follows
    for paragraph in layout.body:
        if cancelled is not None and cancelled():
            raise ExtractCancelled(CANCELLED)
        reader.speaker = None
        text = norm[paragraph.start : paragraph.end]
        if agreed_list and paragraph.start not in layout.entries:
            agreed_list = False
        if text.rstrip().endswith(COLONS):
            intro = reader.resolve(_sentence_subject(text, rules))
            agreed_list = intro == BOTH and reader.kind(text, BOTH) == ItemKind.AGREEMENT
        entry = _document_entry(reader, paragraph, text)
        if entry is not None:  # a list entry is one line, whatever full stops it holds
            draft.items.append(entry)
            continue
        for sentence in joined_quotations(sentences(paragraph, english), clean, rules):
            item = _item(reader, sentence, norm[sentence.start : sentence.end])
            if item is not None and agreed_list:  # "ភាគីទាំងពីរបានឯកភាព…ដូចខាងក្រោម៖ ១. …"
                item.side, item.kind = BOTH, ItemKind.AGREEMENT
            if item is not None:
                draft.items.append(item)
    for index, item in enumerate(draft.items):
        if item.kind in COMMITTING_KINDS:
            text = matching_copy(item.text)
            named = any(text.startswith(w) for w in rules.words("documents"))  # signed
            concrete = named or is_concrete(text, rules)
            draft.commitments.append(
                DraftCommitment(item.text, item.side, item.area, index, keep=concrete)
            )
    return draft


def _ends_with_any(text: str, words: list[str]) -> bool:
    """Whether one of ``words`` ends the sentence (a mark or two after it at most)."""
    tail = text.rstrip(' 。．.!！។៕"”」』）)')
    return any(tail.endswith(w) for w in words)


def without_false_cues(text: str, rules: LangRules) -> str:
    """``text`` with the phrases in which a cue word is another word blanked out, offsets kept
    (Khmer "ត្រូវនឹង", "corresponds to": its នឹង is no "will")."""
    for phrase in rules.words("not_cues"):
        text = text.replace(phrase, " " * len(phrase))
    if rules.language == "zh":  # "主席国将主办的会议": a "will" inside an attribute
        text = _ATTRIBUTIVE_WILL.sub(" ", text)
    return text


#: a speech verb and the comma after it: the reported clause follows ("…说，", "…表示，",
#: "…បានបញ្ជាក់ថា")
_JOINT_REPORTED = re.compile(r"(?:说|說|表示|指出|透露|宣布)[，,]|បញ្ជាក់ថា|ប្រកាសថា|លើកឡើងថា")
#: "将主办的会议" (a will inside an attribute), not "将采取更加有力的措施" (a pledge)
_ATTRIBUTIVE_WILL = re.compile(r"[将將](?=[^，。；、“”]{1,3}的)")


def _without_lead(text: str, rules: LangRules) -> str:
    """``text`` without its lead-in ("会谈中，", "ក្នុងជំនួបនោះ"): a meeting named there is the
    setting of what is said, not the sentence's news."""
    for lead in rules.words("lead_ins"):
        if text.startswith(lead):
            return text[len(lead) :].lstrip(" ，,")
    return text


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
    if any(w in text for w in rules.words("accepting")):
        return True  # an invitation accepted: a visit to come
    text = without_false_cues(text, rules)
    kinds = rules.raw["kinds"]
    cues = [matching_copy(w) for w in kinds["pledge"] + kinds["agreement"]]
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


def _document_entry(reader: _Reader, sentence: Span, text: str) -> DraftItem | None:
    """An entry of a list of documents signed or exchanged ("១. អនុស្សរណៈ…", "2.《…》"): a line
    (no sentence ends in it) naming a document, an agreement of both sides, without its
    numbering."""
    if len(text) > 400 or re.search(r"[។。！？]", text.rstrip()[:-1]):
        return None
    mark = LIST_MARK.match(text)
    begin = mark.end() if mark else len(text) - len(text.lstrip())
    rest = text[begin:].rstrip(" ;；。។")
    if not any(rest.startswith(w) for w in reader.rules.words("documents")):
        return None
    areas = reader.areas(rest) or (["political"] if "political" in reader.area_keys else [])
    if not areas:
        return None
    start = sentence.start + begin
    written = sentence.text[begin : begin + len(rest)]
    return DraftItem(
        areas[0], BOTH, ItemKind.AGREEMENT, written, 0.6, (start, start + len(rest)), areas=areas
    )


_TO = re.compile(r"^\s*(?:ឱ្យ|អោយ|ឲ្យ)?\s*")  # Khmer "to" after "ស្នើ" (asked)


def _not_the_addressee(reader: _Reader, text: str, side: str) -> str:
    """A request is made of the other side: "លោករដ្ឋមន្ត្រីបានស្នើឱ្យភាគីឡាវ …" (the Minister
    asked the Lao side to …), "希望印尼放宽…" are not the Lao or Indonesian side's requests."""
    rules = reader.rules
    countries = list(dict.fromkeys(reader.sides.values()))
    if len(countries) != 2:
        return side
    words = [matching_copy(w) for w in rules.raw["kinds"]["request"]]
    found = [(text.find(w), w) for w in words if w in text]
    if not found:
        return side
    at, word = min(found, key=lambda f: (f[0], -len(f[1])))  # the first, the longest there
    after = _TO.sub("", text[at + len(word) : at + len(word) + 24], count=1)
    named = rules.country_in(after)  # "ស្នើឱ្យភាគីឡាវ", "要求菲方": the addressee right after
    if named is not None and named[1] <= 5 and reader.side(named[0]) == side:
        return next(c for c in countries if c != side)
    return side


def _item(reader: _Reader, sentence: Span, text: str) -> DraftItem | None:
    rules = reader.rules
    if len(text) < 8 or is_boilerplate(text, rules):
        return None
    if any(text.startswith(w) for w in rules.words("background_lead")):
        return None  # "គួរបញ្ជាក់ថា …", "据介绍，…": the issuer's background
    intro = any(w in text for w in rules.words("list_intro"))
    if intro and text.rstrip().endswith(COLONS):
        return None  # "… ដូចខាងក្រោម៖": the entries after it are the items
    side_subject = _sentence_subject(text, rules)
    side = reader.resolve(side_subject)
    speaking = any(w in text[: len(side_subject) + 12] for w in rules.words("speech"))
    if side not in (None, BOTH) and speaking:
        reader.speaker = side
    elif side is None:
        side = reader.speaker
    reported = _JOINT_REPORTED.search(text) if side not in (None, BOTH) else None
    if reported is not None:
        inner = text[reported.end() :]
        if reader.resolve(_sentence_subject(inner, rules)) == BOTH:
            side = BOTH  # "X说，我国与柬埔寨同意…": what both agreed, as one side tells it
    if side is not None:
        reader.running = side  # also when the sentence itself is no item (a welcome)
    kind = reader.kind(text, side)
    if kind == ItemKind.CONCERN:  # "…，马方对此表示关注。": the last clause's side is concerned
        last = re.split(r"[，,；;]", text.rstrip("。.！ \n"))[-1]
        named = reader.resolve(_sentence_subject(last, rules)) if last != text else None
        if named not in (None, BOTH):
            side = named
    meeting = any(w in _without_lead(text, rules) for w in rules.words("meeting_words"))
    if meeting and kind == ItemKind.STATEMENT and not speaking:
        return None  # who met whom, with nothing said
    if kind == ItemKind.PLEDGE and _programme(text, rules):
        return None  # "此行还将拜会…": what the visitor will do next, not a pledge
    courtesy = rules.words("courtesy")
    if (
        any(w in text for w in courtesy)
        and kind == ItemKind.STATEMENT
        and len(text) < (120 if rules.language == "km" else 60)  # Khmer spells longer
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
    if kind == ItemKind.REQUEST and side != BOTH:  # (who speaks next is read as before)
        side = _not_the_addressee(reader, text, side)
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
