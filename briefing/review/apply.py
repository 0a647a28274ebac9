"""Book ▸ Apply Returned Review… and ``briefing apply-review``: a returned DOCX into the book.

:func:`plan_review` reads the file and matches it to the book with no server: the book id and
the review's token in its custom properties, the text each section was sent with from the
clearance trail (``sent for review`` steps; else the section's text now or an issued version,
when its hash is the one the file carries). Each field's returned text is reconciled three-way
(:mod:`briefing.review.merge`) against that base, so a file made before the text moved on
proposes only what the reviewer changed, and where both changed the same lines it is a
conflict, never pasted over newer text. :func:`apply_review` then writes the chosen hunks, the
new comments as threads (their authors kept) and the trail in one transaction. Nothing is
lost: a conflict not taken becomes a comment on its section, and the text found outside every
section, with any comment there, is reported and kept in the trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefing.clearance.comments import anchor_in
from briefing.compose.book import FIELD_TITLES
from briefing.errors import BriefingError
from briefing.markup import plain_text
from briefing.model import Action, Anchor, Book, Message, Step, Thread, text_hash
from briefing.model.issued import utc_now
from briefing.review import merge
from briefing.review import refusals as no
from briefing.review.markdown import canonical
from briefing.review.read import ReturnedComment, ReviewFileError, read_properties, read_review
from briefing.review.words import (
    APPLIED_NOTE,
    CONFLICT_COMMENT,
    GONE_SECTION,
    INSTRUCTIONS,
    OUTSIDE_COMMENT,
    REVIEW_TITLE,
)
from briefing.store import Workspace

__all__ = ["Change", "ReviewPlan", "apply_review", "plan_review"]


class ReviewApplyError(BriefingError):
    pass


@dataclass
class FieldReturn:
    section_id: int
    section_title: str
    field: str
    base: str  # canonical, as sent
    ours: str  # canonical, now
    theirs: str  # canonical, as returned (tracked changes accepted)
    hunks: list[merge.Hunk] = field(default_factory=list)


@dataclass
class Change:
    """One hunk of one field: what the GUI lists and the CLI prints."""

    index: int
    section_id: int
    section_title: str
    field: str
    hunk: merge.Hunk

    @property
    def field_title(self) -> str:
        return FIELD_TITLES.get(self.field, self.field)

    def diff_lines(self) -> list[str]:
        return [f"- {line}" for line in self.hunk.old if line] + [
            f"+ {line}" for line in self.hunk.new if line
        ]


@dataclass
class NewThread:
    comment: ReturnedComment
    replies: list[ReturnedComment] = field(default_factory=list)


@dataclass
class ReviewPlan:
    name: str
    token: str
    book_id: int
    book_title: str
    version_sent: int
    version_now: int
    fields: list[FieldReturn]
    changes: list[Change]
    threads: list[NewThread]  # new comment threads on sections
    replies: list[tuple[int, ReturnedComment]]  # (existing thread id, reply)
    outside: list[str]  # text and comments found outside every section, as reported
    problems: list[str]  # sections that could not be reconciled, and why
    returned: dict[int, dict[str, str]]  # section id -> the returned text of each field
    authors: set[str]

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.hunk.conflict]

    def report(self) -> list[str]:
        """The plan as lines of text: each section's changes as a diff, then the rest."""
        lines = [
            f"Review “{self.name}” of “{self.book_title}”"
            + (f" (made from issued version {self.version_sent}" if self.version_sent else "")
            + (
                f"; issued since: version {self.version_now})"
                if self.version_now > self.version_sent
                else (")" if self.version_sent else "")
            ),
        ]
        if self.authors:
            lines.append("Tracked changes by: " + ", ".join(sorted(self.authors)))
        if not self.changes:
            lines.append("No change to the text.")
        for c in self.changes:
            kind = " (CONFLICT: changed here too since it was sent)" if c.hunk.conflict else ""
            who = f" by {', '.join(sorted(c.hunk.authors))}" if c.hunk.authors else ""
            lines.append(f"[{c.index + 1}] {c.section_title} ▸ {c.field_title}{who}{kind}")
            lines += [f"    {d}" for d in c.diff_lines()]
        count = len(self.threads) + len(self.replies)
        if count:
            lines.append(f"{len(self.threads)} new comment(s), {len(self.replies)} reply(ies):")
            for t in self.threads:
                c = t.comment
                lines.append(
                    f"    {c.author}: {c.text}" + (f" (on “{c.quote}”)" if c.quote else "")
                )
        for text in self.outside:
            lines.append("Outside every section: " + text)
        for text in self.problems:
            lines.append("Not reconciled: " + text)
        return lines


# ---------------------------------------------------------------------- matching


def _book_of(ws: Workspace, props: dict[str, str], name: str, book_id: int | None) -> Book:
    title = props.get("BookTitle", "")
    try:
        their = int(props.get("Book", ""))
        book = ws.books.get(their)
    except (ValueError, KeyError):
        raise ReviewFileError(no.NOT_IN_WORKSPACE, name=name, title=title) from None
    sent = ws.clearance.review(props.get("Review", ""))
    if sent and sent[0].book_id != book.id or (not sent and title and title != book.title[:200]):
        raise ReviewFileError(no.OTHER_WORKSPACE, name=name, title=title, book=book.title)
    if book_id is not None and book.id != book_id:
        try:
            open_title = ws.books.get(book_id).title
        except KeyError:
            open_title = f"number {book_id}"
        raise ReviewFileError(no.NOT_THE_OPEN_BOOK, name=name, book=book.title, open=open_title)
    return book


def _bases(
    ws: Workspace, book: Book, props: dict[str, str], ids: list[int]
) -> tuple[dict[int, dict[str, str]], dict[int, str]]:
    """The text each section was sent with, checked against the hash the file carries; and
    the sections whose base is not known here (id -> why)."""
    token = props.get("Review", "")
    sent = {
        s.section_id: s.snapshot
        for s in ws.clearance.review(token)
        if s.action is Action.SENT_FOR_REVIEW and s.section_id is not None
    }
    candidates: dict[int, list[dict[str, str]]] = {sid: [] for sid in ids}
    by_id = {s.id: s for s in book.sections}
    for sid in ids:
        if sid in sent:
            candidates[sid].append(sent[sid])
        if sid in by_id:
            candidates[sid].append(by_id[sid].texts)
    if any(not any(_hash_ok(props, sid, t) for t in c) for sid, c in candidates.items()):
        for version in reversed(ws.issued.versions(book.id)):  # before this review's record
            issued = ws.issued.record(book.id, version.number).book  # type: ignore[arg-type]
            for s in issued.get("sections", []):
                if s.get("id") in candidates:
                    candidates[s["id"]].append({f: s.get(f, "") for f in FIELD_TITLES})
    bases, problems = {}, {}
    for sid, texts in candidates.items():
        found = next((t for t in texts if _hash_ok(props, sid, t)), None)
        if found is None:
            problems[sid] = "the text it was sent with is not known in this workspace"
        else:
            bases[sid] = found
    return bases, problems


def _hash_ok(props: dict[str, str], sid: int, texts: dict[str, str]) -> bool:
    return props.get(f"Hash.{sid}") == text_hash(texts)


def _review_texts(props: dict[str, str], book: Book, sent_titles: list[str]) -> set[str]:
    """The texts the review itself put outside the fields (not reported as added)."""
    titles = {s.title for s in book.sections} | set(sent_titles)
    return {
        REVIEW_TITLE.format(title=props.get("BookTitle", "")),
        REVIEW_TITLE.format(title=book.title),
        INSTRUCTIONS,
        *FIELD_TITLES.values(),
        *titles,
    }


# ---------------------------------------------------------------------- the plan


def plan_review(ws: Workspace, data: bytes, name: str, book_id: int | None = None) -> ReviewPlan:
    """Read a returned review DOCX and reconcile it with the book (nothing is written).

    ``book_id``: the book it must be a review of (the app's open book); else the file says."""
    props = read_properties(data, name)
    book = _book_of(ws, props, name, book_id)
    sent_steps = ws.clearance.review(props["Review"])
    returned = read_review(
        data, name, _review_texts(props, book, [s.section_title for s in sent_steps])
    )
    ids = returned.section_ids
    bases, problems = _bases(ws, book, props, ids)
    by_id = {s.id: s for s in book.sections}
    titles = {s.section_id: s.section_title for s in sent_steps}
    plan = ReviewPlan(
        name=name,
        token=returned.token,
        book_id=book.id,  # type: ignore[arg-type]
        book_title=book.title,
        version_sent=int(props.get("Version", "0") or 0),
        version_now=max((v.number for v in ws.issued.versions(book.id)), default=0),
        fields=[],
        changes=[],
        threads=[],
        replies=[],
        outside=[],
        problems=[],
        returned={},
        authors=set(returned.authors),
    )
    for sid in ids:
        texts = {
            f: returned.fields[(sid, f)].accepted
            for f in FIELD_TITLES
            if (sid, f) in returned.fields
        }
        plan.returned[sid] = texts
        section = by_id.get(sid)
        if section is None:
            plan.problems.append(
                GONE_SECTION.format(
                    id=sid,
                    title=titles.get(sid, ""),
                    text=" / ".join(t for t in texts.values() if t),
                )
            )
            continue
        if sid in problems:
            plan.problems.append(
                f"“{section.title}”: {problems[sid]}; its returned text is kept in the trail"
            )
            continue
        for f in FIELD_TITLES:
            got = returned.fields.get((sid, f))
            if got is None:
                plan.problems.append(
                    f"“{section.title}” ▸ {FIELD_TITLES[f]}: its marks were removed in Word; "
                    "not read"
                )
                continue
            base = canonical(bases[sid].get(f, ""))
            ours = canonical(getattr(section, f))
            fr = FieldReturn(sid, section.title, f, base, ours, got.accepted)
            fr.hunks = merge.hunks(base, ours, got.accepted, got.line_authors)
            plan.fields.append(fr)
            for h in fr.hunks:
                plan.changes.append(Change(len(plan.changes), sid, section.title, f, h))
    _plan_comments(ws, book, plan, returned.comments)
    for heading, text in returned.outside:
        plan.outside.append(OUTSIDE_COMMENT.format(heading=heading, text=text))
    return plan


def _exported(thread: Thread, comment: ReturnedComment) -> bool:
    """Whether a returned comment is one the review carried out of this thread."""
    if not thread.messages:
        return False
    head = thread.messages[0]
    first = comment.text.split("\n", 1)[0]
    return comment.author == head.author[:255] and (
        first == head.text.split("\n", 1)[0] or first.endswith("] " + head.text.split("\n", 1)[0])
    )


def _plan_comments(
    ws: Workspace, book: Book, plan: ReviewPlan, comments: list[ReturnedComment]
) -> None:
    threads = ws.comments.threads(book.id)  # type: ignore[arg-type]
    sections = {s.id for s in book.sections}
    existing: dict[str, int] = {}  # docx id of a comment the review carried -> thread id
    new: dict[str, NewThread] = {}
    for c in comments:
        if c.parent is not None:
            continue
        match = next((t for t in threads if t.section_id == c.section_id and _exported(t, c)), None)
        if match is not None:
            existing[c.docx_id] = match.id  # type: ignore[assignment]
        elif c.section_id in sections and c.field:
            new[c.docx_id] = NewThread(c)
        else:
            plan.outside.append(
                f"comment by {c.author or 'someone'}"
                + (f" after “{c.after}”" if c.after else "")
                + f": {c.text}"
            )
    for c in comments:
        if c.parent is None:
            continue
        if c.parent in new:
            new[c.parent].replies.append(c)
        elif c.parent in existing:
            thread = next(t for t in threads if t.id == existing[c.parent])
            if not any(m.author == c.author and m.text == c.text for m in thread.messages):
                plan.replies.append((thread.id, c))  # type: ignore[arg-type]
        else:
            plan.outside.append(f"reply by {c.author or 'someone'}: {c.text}")
    for nt in new.values():  # a comment brought in before is not brought in twice
        c = nt.comment
        if any(
            t.section_id == c.section_id
            and t.field == c.field
            and t.messages
            and t.messages[0].author == c.author
            and t.messages[0].text == c.text
            for t in threads
        ):
            continue
        plan.threads.append(nt)


# ---------------------------------------------------------------------- applying


@dataclass
class Applied:
    applied: int
    changes: int
    comments: int
    sections: list[int]

    @property
    def note(self) -> str:
        return APPLIED_NOTE.format(
            applied=self.applied, changes=self.changes, comments=self.comments
        )


def apply_review(ws: Workspace, plan: ReviewPlan, chosen: set[int] | None, actor: str) -> Applied:
    """Write the chosen changes (indexes into ``plan.changes``; None: every change that is
    not a conflict), the new comments and the trail, in one transaction. A conflict not
    chosen is kept as a comment on its section."""
    if chosen is None:
        chosen = {c.index for c in plan.changes if not c.hunk.conflict}
    now = utc_now()
    origin = f"review {plan.name}"
    by_field: dict[tuple[int, str], list[merge.Hunk]] = {}
    for c in plan.changes:
        if c.index in chosen:
            by_field.setdefault((c.section_id, c.field), []).append(c.hunk)
    touched: set[int] = set()
    with ws.transaction():
        book = ws.books.get(plan.book_id)
        by_id = {s.id: s for s in book.sections}
        for fr in plan.fields:
            section = by_id.get(fr.section_id)
            if section is None or canonical(getattr(section, fr.field)) != fr.ours:
                raise ReviewApplyError(no.CHANGED_MEANWHILE, section=fr.section_title)
        new_texts: dict[int, dict[str, str]] = {}
        for fr in plan.fields:
            chosen_here = by_field.get((fr.section_id, fr.field))
            if chosen_here:
                new_texts.setdefault(fr.section_id, {})[fr.field] = merge.apply(
                    fr.ours, chosen_here
                )
        for sid, texts in new_texts.items():
            ws.books.save_section_texts(plan.book_id, sid, texts)
            touched.add(sid)
        book = ws.books.get(plan.book_id)
        by_id = {s.id: s for s in book.sections}
        count = 0
        for nt in plan.threads:
            c = nt.comment
            section = by_id[c.section_id]  # type: ignore[index]
            plain = plain_text(getattr(section, c.field))  # type: ignore[arg-type]
            anchor = anchor_in(plain, c.quote, c.prefix, c.suffix, c.start)
            messages = [_message(m, now, origin) for m in [c, *nt.replies]]
            ws.comments.add(Thread(plan.book_id, section.id, c.field, anchor, messages))  # type: ignore[arg-type]
            count += 1
        for thread_id, c in plan.replies:
            ws.comments.reply(thread_id, _message(c, now, origin))
            count += 1
        for c in plan.changes:
            if c.hunk.conflict and c.index not in chosen:
                section = by_id[c.section_id]
                who = ", ".join(sorted(c.hunk.authors)) or "the reviewer"
                text = CONFLICT_COMMENT.format(who=who, text="\n".join(c.hunk.new).strip())
                plain = plain_text(getattr(section, c.field))
                old = next((plain_text(line) for line in c.hunk.old if line.strip()), "")
                anchor = anchor_in(plain, old, near=0) if old else Anchor.at(plain, 0, 0)
                ws.comments.add(
                    Thread(
                        plan.book_id, section.id, c.field, anchor, [Message(who, now, text, origin)]
                    )  # type: ignore[arg-type]
                )
        applied = Applied(
            len({i for i in chosen if i < len(plan.changes)}),
            len(plan.changes),
            count,
            sorted(touched),
        )
        steps = [
            Step(
                book_id=plan.book_id,
                section_id=sid,
                action=Action.REVIEW_APPLIED,
                at=now,
                actor=actor,
                text_sha256=text_hash(by_id[sid].texts),
                snapshot=texts,  # what came back, whatever was taken of it
                section_title=by_id[sid].title,
                review=plan.token,
                note=", ".join(sorted(plan.authors)),
            )
            for sid, texts in plan.returned.items()
            if sid in by_id
        ]
        lost = plan.outside + plan.problems
        steps.append(
            Step(
                book_id=plan.book_id,
                section_id=None,
                action=Action.REVIEW_APPLIED,
                at=now,
                actor=actor,
                review=plan.token,
                note="\n".join([f"{plan.name}: {applied.note}", *lost]),
                snapshot={
                    str(k): " / ".join(v.values())
                    for k, v in plan.returned.items()
                    if k not in by_id
                },
            )
        )
        ws.clearance.add(steps)
    return applied


def _message(c: ReturnedComment, now: dt.datetime, origin: str) -> Message:
    return Message(c.author or "reviewer", c.date or now, c.text, origin)


def section_of(plan: ReviewPlan, section_id: int) -> list[Change]:
    return [c for c in plan.changes if c.section_id == section_id]
