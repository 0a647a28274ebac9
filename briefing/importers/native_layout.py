"""A Khmer or Chinese release sorted into header, title, body and tail, and its issuer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.importers.native_dates import native_dates
from briefing.importers.native_rules import LangRules, matching_copy
from briefing.importers.segment import Span

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class NativeLayout:
    header: list[Span] = field(default_factory=list)
    title: str = ""
    body: list[Span] = field(default_factory=list)
    tail: list[Span] = field(default_factory=list)  # after the body: sign-off, footers
    #: starts of body paragraphs that are numbered or bulleted entries of a list
    entries: set[int] = field(default_factory=set)


COLONS = ("៖", "：", ":")  # a line ending in one opens what follows (a list)
#: a list entry's numbering when paragraphs() left it on ("១-", "一、", "(1)"), on the matching
#: copy, with the spaces around it
LIST_MARK = re.compile(r"\s*(?:[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.)、）-]|[-•·–])\s*")
_GAP = 2  # lines that are no prose (a caption, a sub-heading) the body may go on after


def is_boilerplate(text: str, rules: LangRules) -> bool:
    """Page furniture: a short line with a furniture word ("ចែករំលែក៖ Facebook"), or a line
    that begins with one or has it as a label; not a sentence that uses the word itself
    ("…បានស្នើសុំឱ្យ…ចែករំលែកបទពិសោធន៍…", "share experience")."""
    if len(text) >= 300:
        return False
    for word in rules.words("boilerplate"):
        at = text.find(word)
        if at < 0:
            continue
        label = text[at + len(word) : at + len(word) + 2].lstrip().startswith(("៖", ":", "："))
        if at == 0 or label or len(text) < 60 or not word[0].isalpha():
            return True
    return False


def read_layout(spans: list[Span], norm: str, rules: LangRules) -> NativeLayout:
    result = NativeLayout()
    ends = rules.words("end_of_body")
    listing = False  # the body's last paragraph opened a list ("…ដូចខាងក្រោម៖")
    pending: list[Span] = []  # lines after the body that may be a caption or a sub-heading
    ended = False
    for span in spans:
        text = norm[span.start : span.end]
        if result.body and any(text.startswith(e) or e in text[:12] for e in ends):
            ended = is_boilerplate(text, rules) or len(text) < 60
        if ended:
            result.tail.append(span)
            continue
        shortest = 8 if rules.language == "zh" else 25  # a Chinese sentence is dense
        prose = len(text) >= shortest and bool(re.search(r"[។。！？]|[៖：:]\s*$", text))
        boilerplate = is_boilerplate(text, rules)
        if prose and not boilerplate:
            result.body.append(span)  # a caption or sub-heading between paragraphs is left out
            pending.clear()
            listing = text.rstrip().endswith(COLONS)
        elif listing and len(text) <= 300:
            result.body.append(span)  # "…ដូចខាងក្រោម៖" then "១. អនុស្សរណៈ…", "២. …"
        elif result.body and not boilerplate and len(pending) < _GAP:
            pending.append(span)  # "(រូបភាព៖ …)": the body may go on after it
            listing = False
        elif result.body:
            result.tail += [*pending, span]  # share buttons, related news: the body is over
            pending.clear()
            ended = True
        else:
            result.header.append(span)
    result.tail[:0] = pending
    for span in result.body:  # the numbering paragraphs() cut off stands before the span
        line = norm[norm.rfind("\n", 0, span.start) + 1 : span.start]
        if line.strip() or LIST_MARK.match(norm, span.start):
            result.entries.add(span.start)
    if not result.body:  # no sentence ends at all: read the longer paragraphs as the body
        result.body = [s for s in result.header if s.end - s.start >= 25]
        result.header = [s for s in result.header if s.end - s.start < 25]
    for span in result.header:
        text = norm[span.start : span.end]
        if (
            not is_boilerplate(text, rules)
            and not native_dates(text, rules)
            and text not in rules.words("header_skip")
            # an issuer's name, not a title that names a ministry ("…ក្រសួងការពារជាតិវៀតណាម")
            and not (len(text) < 60 and any(w in text for w in rules.words("issuer_words")))
            and not re.search(r"លេខ\s*\d", text)  # a letter's reference number
            and len(text) > 6
        ):
            result.title = span.text
    return result


def native_issuer(layout: NativeLayout, norm: str, rules: LangRules) -> str:
    skip = rules.words("header_skip")
    issuer_words = rules.words("issuer_words")
    departments = rules.words("department_words")
    candidates = []
    for span in layout.header[:6]:
        text = span.text
        matched = norm[span.start : span.end]
        if matched in skip:
            continue
        dates = native_dates(matched, rules)
        if dates:  # "人民日报 2024年07月11日 星期四": the masthead before its date
            text = text[: dates[0].start].strip()
            if not text or len(text) > 30:
                continue
        first = re.split(r"\s*[|>＞›»]\s*", text)[0].strip()
        first = re.split(r"\s+លេខ\s*[០-៩0-9]", first)[0].strip()  # "… លេខ ៣១៧ សហវ": a number
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
        if any(w in matching_copy(candidate) for w in issuer_words):
            return candidate
    return candidates[0] if candidates else ""
