"""Sync a replica (a workspace file) with its shared library: pull, merge, push.

1. **Pull** every record changed in the library since the last pull (the library numbers
   changes with one sequence), in one snapshot. A record not changed here is stored as the
   library has it. One changed here too is merged three-way against the version both started
   from (:mod:`briefing.sync.merge`): fields changed on one side only merge; a field changed
   on both sides is a **conflict**, kept for the officer (the replica keeps its own value
   meanwhile, and the record is not pushed until the officer decides). An edit against a
   deletion is a conflict of the whole record. Records the user may no longer read (above
   their ceiling now) are deleted here, without a trace.
2. **Push** every record changed here, each with the version it was made on; the library
   refuses a change made on a version that is no longer its latest (this replica then pulls
   and merges again: at most three rounds), and any change its rules do not allow (kept as a
   refusal for the officer to see).

Crash safety: each local step is one SQLite transaction (applied records with their new base
versions; pushed records with theirs), each push one PostgreSQL transaction. A replica killed
after the library took its changes but before it recorded so finds them at its next pull as
its own (identical) versions and clears them; records applied before a kill are skipped when
pulled again. Nothing is ever half applied on either side.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from briefing.store import Workspace, WorkspaceError
from briefing.store.replica import ORDER
from briefing.store.schema import SETTINGS_UID
from briefing.sync import words as w
from briefing.sync.library import APPEND_ONLY, REFUSED, STALE, Library, LibraryError, public_url
from briefing.sync.merge import merge_docs

log = logging.getLogger(__name__)

#: records applied or pushed per transaction
CHUNK = 500
REFUSED_FIELD = "!refused"

Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class Report:
    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0  # found in this sync
    withdrawn: int = 0
    refused: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # records that could not be stored here
    waiting: int = 0  # changes still to send afterwards
    open_conflicts: int = 0
    synced_at: str = ""
    #: (kind, uid) of the records this sync changed here, for the app to show again
    touched: set[tuple[str, str]] = field(default_factory=set)

    def summary(self) -> str:
        parts = [f"{self.pulled} received", f"{self.pushed} sent"]
        if self.conflicts:
            parts.append(f"{self.conflicts} new conflicts")
        if self.withdrawn:
            parts.append(f"{self.withdrawn} withdrawn")
        if self.refused:
            parts.append(f"{len(self.refused)} refused")
        if self.waiting:
            parts.append(f"{self.waiting} waiting")
        return ", ".join(parts)


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------- connecting


def connect(ws: Workspace, url: str, *, new_replica: bool | None = None) -> None:
    """Make ``ws`` a replica of the library at ``url`` (kept without its password). A
    workspace joining with records of its own sends them all at its first sync; a new replica
    (``new_replica``; by default: a workspace without records) takes the library's settings
    instead of offering its own (unless the library has none yet). Until its first sync a
    replica may be pointed at another address (a mistyped one); after it, never."""
    url = public_url(url)
    if new_replica is None:
        new_replica = not ws.replica.holds_records()
    with ws.transaction():
        r = ws.replica
        known = r.state("library")
        if known and _place(known) != _place(url) and r.state("synced_at") is not None:
            raise LibraryError(w.OTHER_LIBRARY, path=ws.path, known=known, url=url)
        r.set_state("library", url)
        if r.state("replica") is None:
            r.set_state("replica", str(uuid.uuid4()))
            if new_replica:
                r.unmark(SETTINGS_UID)
            else:
                r.mark_all()


def _place(url: str) -> tuple[str, str]:
    """Who connects where (options such as sslmode aside: the same library)."""
    parts = urlsplit(url)
    return parts.netloc.lower(), parts.path


def library_of(ws: Workspace) -> str | None:
    return ws.replica.state("library")


@dataclass
class Status:
    library: str | None
    synced_at: str | None
    waiting: int
    conflicts: int


def status(ws: Workspace) -> Status:
    r = ws.replica
    return Status(r.state("library"), r.state("synced_at"), r.waiting(), len(r.conflicted()))


# ---------------------------------------------------------------------- sync


def sync(ws: Workspace, lib: Library, progress: Progress | None = None, rounds: int = 3) -> Report:
    """Pull, merge and push until nothing is stale (at most ``rounds`` times)."""
    r = ws.replica
    if r.state("library") is None:
        raise LibraryError(w.NOT_CONNECTED, path=ws.path)
    report = Report()
    epoch = lib.check_member()
    if str(epoch) != r.state("epoch"):  # new grants: everything again (both ways)
        with ws.transaction():
            r.set_state("last_seq", "0")
            r.set_state("epoch", str(epoch))
    for _ in range(rounds):
        _pull(ws, lib, report, progress)
        if r.base(SETTINGS_UID) is None and not r.is_changed(SETTINGS_UID):
            with ws.transaction():  # a library without settings yet takes this replica's
                r.mark(SETTINGS_UID, "settings")
        if not _push(ws, lib, report, progress):
            break
    with ws.transaction():
        report.synced_at = _now()
        r.set_state("synced_at", report.synced_at)
    report.waiting = r.waiting()
    report.open_conflicts = len(r.conflicted())
    return report


def _pull(ws: Workspace, lib: Library, report: Report, progress: Progress | None) -> None:
    r = ws.replica
    since = int(r.state("last_seq") or 0)
    pulled = lib.pull(since)
    ups = sorted(
        (x for x in pulled.records if x[2] is not None), key=lambda x: (ORDER.index(x[1]), x[3])
    )
    downs = sorted(
        (x for x in pulled.records if x[2] is None), key=lambda x: (-ORDER.index(x[1]), x[3])
    )
    todo = ups + downs
    failed: list[int] = []
    for start in range(0, len(todo), CHUNK):
        with ws.transaction(), r.quietly():
            for uid, kind, doc, seq in todo[start : start + CHUNK]:
                try:
                    if _apply(ws, uid, kind, doc, seq, report):
                        report.pulled += 1
                        report.touched.add((kind, uid))
                except WorkspaceError as exc:
                    failed.append(seq)
                    report.failed.append(str(exc))
                    log.warning("could not store %s %s: %s", kind, uid, exc)
        if progress:
            progress("receiving", min(start + CHUNK, len(todo)), len(todo))
    with ws.transaction(), r.quietly():
        for uid in pulled.withdrawn:
            kind = _local_kind(ws, uid)
            if kind is not None:
                r.remove(kind, uid)
                report.withdrawn += 1
                report.touched.add((kind, uid))
            r.forget(uid)
        # a record that could not be stored is asked for again next time
        r.set_state("last_seq", str(min(failed) - 1 if failed else pulled.high_water))


def _local_kind(ws: Workspace, uid: str) -> str | None:
    for kind in ORDER[1:]:
        if ws.replica.id_of(kind, uid) is not None:
            return kind
    return None


def _apply(
    ws: Workspace, uid: str, kind: str, theirs: dict | None, seq: int, report: Report
) -> bool:
    """Store one record from the library here (merging it with a change made here); False if
    this replica has that version already."""
    r = ws.replica
    base = r.base(uid)
    if base is not None and base[0] == seq:
        return False
    base_doc = base[1] if base else None
    if not r.is_changed(uid):
        _put(ws, kind, uid, theirs)
        r.set_base(uid, kind, seq, theirs)
        return True
    mine = r.doc(kind, uid)
    if mine == theirs:  # the same change (or this replica's own, pushed before a crash)
        r.set_base(uid, kind, seq, theirs)
        r.unmark(uid)
        return True
    when = _now()
    if theirs is None or mine is None:  # an edit against a deletion: the officer decides
        r.add_conflict(uid, kind, "*", base_doc, mine, theirs, None, seq, when)
        report.conflicts += 1
    else:
        merged = merge_docs(base_doc, mine, theirs)
        _put(ws, kind, uid, merged.doc)
        for c in merged.conflicts:
            r.add_conflict(uid, kind, c.field, c.base, c.mine, c.theirs, c.merged, seq, when)
            report.conflicts += 1
        if merged.doc == theirs:
            r.unmark(uid)
    r.set_base(uid, kind, seq, theirs)
    return True


def _put(ws: Workspace, kind: str, uid: str, doc: dict | None) -> None:
    if doc is None:
        ws.replica.remove(kind, uid)
    else:
        ws.replica.put(kind, uid, doc)


def _push(ws: Workspace, lib: Library, report: Report, progress: Progress | None) -> bool:
    """Send what changed here; True if some change was stale (pull and merge again)."""
    r = ws.replica
    replica_id = r.state("replica") or ""
    blocked = r.conflicted()
    outgoing: list[tuple[str, str, int, Any]] = []
    with ws.transaction():
        for uid, kind in r.changed():
            if uid in blocked:
                continue
            doc = r.doc(kind, uid)
            base = r.base(uid)
            if (base is None and doc is None) or (base is not None and base[1] == doc):
                r.unmark(uid)  # nothing the library does not have
                continue
            outgoing.append((uid, kind, base[0] if base else 0, doc))
    stale = False
    for start in range(0, len(outgoing), CHUNK):
        batch = outgoing[start : start + CHUNK]
        done: list[tuple[str, str, int, Any]] = []
        refused: list[tuple[str, str, int, Any, str]] = []
        with lib.pushing() as pusher:
            for uid, kind, base_seq, doc in batch:
                seq, state, message = pusher.push(uid, kind, base_seq, doc, replica_id)
                if seq is not None:
                    done.append((uid, kind, seq, doc))
                elif state == STALE:
                    stale = True
                elif state in (REFUSED, APPEND_ONLY):
                    refused.append((uid, kind, base_seq, doc, message))
                else:
                    raise LibraryError(w.REFUSED_CHANGE, url=lib.url, message=message)
        with ws.transaction():
            for uid, kind, seq, doc in done:
                r.set_base(uid, kind, seq, doc)
                if r.doc(kind, uid) == doc:
                    r.unmark(uid)
            when = _now()
            for uid, kind, base_seq, doc, message in refused:
                base = r.base(uid)
                r.add_conflict(
                    uid, kind, REFUSED_FIELD, None, doc, base[1] if base else None, message,
                    base_seq, when,
                )  # fmt: skip
                report.refused.append(message)
        report.pushed += len(done)
        if progress:
            progress("sending", min(start + CHUNK, len(outgoing)), len(outgoing))
    return stale


def refreshed(ws: Workspace, touched: set[tuple[str, str]]) -> list[tuple[str, int]]:
    """(record kind, id) pairs to show again after a sync changed ``touched``: an item or
    source names its meeting, a section or issued version its book; id 0 means "some of that
    kind" (a record deleted here)."""
    out: dict[tuple[str, int], None] = {}
    r = ws.replica
    for kind, uid in touched:
        if kind == "settings":
            out[("settings", 0)] = None
            continue
        row_id = r.id_of(kind, uid)
        shown = {"item": "meeting", "source": "meeting", "section": "book", "issued": "book",
                 "distribution": "book"}.get(kind, kind)  # fmt: skip
        if row_id is not None and kind in ("item", "source"):
            row_id = ws.meetings.meeting_of(kind, row_id)
        elif row_id is not None and kind == "section":
            row_id = ws.books.book_of(row_id)
        elif kind in ("issued", "distribution"):
            row_id = None
        out[(shown, row_id or 0)] = None
        out[(shown, 0)] = None
    return list(out)


# ---------------------------------------------------------------------- deciding conflicts


def resolve(ws: Workspace, conflict_id: int, value: Any) -> None:
    """The officer's decision on one conflict: ``value`` becomes the field's value here (for
    a whole-record conflict: a document to keep, or None to delete it). The record is sent at
    the next sync, made on the library's latest version."""
    r = ws.replica
    found = [c for c in r.conflicts() if c.id == conflict_id]
    if not found:
        raise KeyError(f"no conflict {conflict_id}")
    c = found[0]
    with ws.transaction():
        if c.field == "*" or c.field == REFUSED_FIELD:
            _put(ws, c.kind, c.uid, value)
        else:
            doc = r.doc(c.kind, c.uid)
            if doc is None:
                raise WorkspaceError(w.DELETED_MEANWHILE)
            doc[c.field] = value
            r.put(c.kind, c.uid, doc)
        r.mark(c.uid, c.kind)
        r.drop_conflict(conflict_id)
