"""The workspace's SQLite schema as a list of forward migrations.

``MIGRATIONS[n]`` takes a file from ``user_version == n`` to ``n + 1``. Never edit a migration
that has shipped; append a new one. ``CURRENT_VERSION`` is what this code writes.
"""

from __future__ import annotations

from briefing.files.signature import APPLICATION_ID  # noqa: F401  (the schema sets it)

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE areas (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    side TEXT NOT NULL DEFAULT '',
    honorific TEXT NOT NULL DEFAULT '',
    biography TEXT NOT NULL DEFAULT ''
);
CREATE TABLE person_names (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    script TEXT NOT NULL
);
CREATE INDEX person_names_person ON person_names(person_id);
CREATE TABLE offices (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    start TEXT,
    end TEXT
);
CREATE INDEX offices_person ON offices(person_id);
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    end_date TEXT,
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    occasion TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meetings_date ON meetings(date);
CREATE TABLE participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participants_meeting ON participants(meeting_id);
CREATE INDEX participants_person ON participants(person_id);
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    issuer TEXT NOT NULL DEFAULT '',
    issue_date TEXT,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sources_meeting ON sources(meeting_id);
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    area TEXT NOT NULL REFERENCES areas(key) ON UPDATE CASCADE,
    side TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    classification TEXT NOT NULL DEFAULT ''
);
CREATE INDEX items_meeting ON items(meeting_id);
CREATE INDEX items_area ON items(area);
CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
    area TEXT NOT NULL REFERENCES areas(key) ON UPDATE CASCADE,
    owed_by TEXT NOT NULL,
    text TEXT NOT NULL,
    due TEXT,
    status TEXT NOT NULL
);
CREATE INDEX commitments_area ON commitments(area);
CREATE INDEX commitments_status ON commitments(status);
CREATE TABLE progress_notes (
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    text TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX progress_notes_commitment ON progress_notes(commitment_id);
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    occasion TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    principal TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT '',
    caveat TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    paper TEXT NOT NULL,
    prepared_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE book_counterparts (
    book_id INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL
);
CREATE INDEX book_counterparts_book ON book_counterparts(book_id);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    area TEXT REFERENCES areas(key) ON UPDATE CASCADE,
    classification TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    included INTEGER NOT NULL DEFAULT 1,
    objective TEXT NOT NULL DEFAULT '',
    points TEXT NOT NULL DEFAULT '',
    if_raised TEXT NOT NULL DEFAULT '',
    background TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sections_book ON sections(book_id);
CREATE TABLE programme (
    book_id INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    day TEXT,
    time TEXT NOT NULL DEFAULT '',
    activity TEXT NOT NULL,
    lead TEXT NOT NULL DEFAULT '',
    press INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX programme_book ON programme(book_id);
"""

# Version 2: full-text search. One FTS5 table over items, sections, people and source texts.
# The rowid encodes (kind, id) so an entry is replaced by rowid, never by a full scan.
_V2 = """
CREATE VIRTUAL TABLE search USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2'
);
"""

# Version 3: issuing (briefing.issued). What each issued version printed, kept whole: the
# master PDF, the book as JSON and the printed text per section; and the distribution log of
# every file written. The log is a record, not a relation: it keeps its book's number and
# title when the book is deleted.
_V3 = """
CREATE TABLE issued_versions (
    id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    issued_at TEXT NOT NULL,
    title TEXT NOT NULL,
    classification TEXT NOT NULL,
    pages INTEGER NOT NULL,
    pdf BLOB NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    book_json TEXT NOT NULL,
    sections_json TEXT NOT NULL,
    UNIQUE (book_id, number)
);
CREATE TABLE distribution (
    id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL,
    book_title TEXT NOT NULL,
    version INTEGER,
    copy INTEGER,
    copies INTEGER,
    recipient TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    written_at TEXT NOT NULL
);
CREATE INDEX distribution_book ON distribution(book_id);
"""

# Version 4: a book's scope (issue 13). A commitment knows the day it was closed (done or
# dropped); one closed before this version gets the date of its latest progress note, else
# of the meeting that made it. Each book keeps its period and the rule of each generated part
# (the defaults are the columns' defaults). Indexes for what a book's scope asks: commitments
# by area and status, and whether a meeting discussed an area without reading its items.
_V4 = """
ALTER TABLE commitments ADD COLUMN closed TEXT;
UPDATE commitments SET closed = COALESCE(
    (SELECT MAX(n.date) FROM progress_notes n WHERE n.commitment_id = commitments.id),
    (SELECT m.date FROM meetings m WHERE m.id = commitments.meeting_id)
) WHERE status IN ('done', 'dropped');
CREATE INDEX commitments_scope ON commitments(area, status, closed);
CREATE INDEX commitments_meeting ON commitments(meeting_id);
CREATE INDEX items_meeting_area ON items(meeting_id, area);
ALTER TABLE books ADD COLUMN scope_since TEXT;
ALTER TABLE books ADD COLUMN scope_commitments TEXT NOT NULL DEFAULT 'open and closed in period';
ALTER TABLE books ADD COLUMN scope_last_discussed INTEGER NOT NULL DEFAULT 3;
ALTER TABLE books ADD COLUMN scope_sources TEXT NOT NULL DEFAULT 'covered or cited';
ALTER TABLE books ADD COLUMN scope_tracker TEXT NOT NULL DEFAULT 'as briefs';
ALTER TABLE books ADD COLUMN scope_contents INTEGER NOT NULL DEFAULT 1;
ALTER TABLE books ADD COLUMN scope_page_budget INTEGER NOT NULL DEFAULT 60
"""

# Version 5: books in a language (issue 16). A book prints every word it generates in its
# language (en, km, fr, zh), in the language's own digits when it asks; an area keeps its
# name in other languages (JSON: {"km": "…"}). The workspace's other words in those languages
# (levels, caveats, countries …) are a settings value in ``meta`` ("terms").
_V5 = """
ALTER TABLE books ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE books ADD COLUMN native_digits INTEGER NOT NULL DEFAULT 0;
ALTER TABLE areas ADD COLUMN names TEXT NOT NULL DEFAULT '{}'
"""

# Version 6: the workspace's own spelling words (issue 16): "Add to dictionary" keeps a name or
# a term of the relationship here, so every field of the workspace accepts it from then on.
_V6 = """
CREATE TABLE spelling_words (word TEXT PRIMARY KEY)
"""

# Version 7: global identities and the change log of a replica (issue 18, the shared
# library). Every record gets a UUID (``uid``), filled here for existing rows and by a trigger
# for any row inserted without one. Triggers mark each changed record in ``sync_changes`` (its
# children — names, offices, participants, notes, programme, counterparts — mark their
# record; the settings rows mark the settings record): whatever code writes, the change is
# caught. ``sync_base`` keeps each record as last agreed with the library (its sequence number
# and content: the common version of a three-way merge); ``sync_conflicts`` what needs the
# officer's decision; ``sync_state`` the library, the replica and the last sequence pulled.
_UUID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)
#: the records that carry a uid: table -> kind
SYNC_TABLES = {
    "people": "person", "meetings": "meeting", "sources": "source", "items": "item",
    "commitments": "commitment", "books": "book", "sections": "section",
    "issued_versions": "issued", "distribution": "distribution",
}  # fmt: skip
#: rows that belong to a record: table -> (column, parent table)
SYNC_CHILDREN = {
    "person_names": ("person_id", "people"), "offices": ("person_id", "people"),
    "participants": ("meeting_id", "meetings"), "progress_notes": ("commitment_id", "commitments"),
    "programme": ("book_id", "books"), "book_counterparts": ("book_id", "books"),
}  # fmt: skip
#: the settings are one record of the library, with this uid
SETTINGS_UID = "00000000-0000-4000-8000-000000000000"
SETTINGS_KEYS = ("countries", "ministry", "department", "levels", "terms", "clearers")
# an upsert, not INSERT OR IGNORE: a trigger's conflict clause gives way to that of the
# statement that fired it (a foreign key's ON DELETE SET NULL aborts)
_MARK = "INSERT INTO sync_changes(uid, kind) "
_DONE = " ON CONFLICT(uid) DO NOTHING"


def _v7() -> str:
    out = [
        "CREATE TABLE sync_changes (uid TEXT PRIMARY KEY, kind TEXT NOT NULL, "
        "at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))",
        "CREATE TABLE sync_base (uid TEXT PRIMARY KEY, kind TEXT NOT NULL, "
        "seq INTEGER NOT NULL, doc TEXT)",
        "CREATE TABLE sync_conflicts (id INTEGER PRIMARY KEY, uid TEXT NOT NULL, "
        "kind TEXT NOT NULL, field TEXT NOT NULL, base TEXT, mine TEXT, theirs TEXT, "
        "merged TEXT, seq INTEGER NOT NULL, found_at TEXT NOT NULL)",
        "CREATE INDEX sync_conflicts_uid ON sync_conflicts(uid)",
        "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ]
    for table, kind in SYNC_TABLES.items():
        out += [
            f"ALTER TABLE {table} ADD COLUMN uid TEXT",
            f"UPDATE {table} SET uid = {_UUID_SQL}",
            f"CREATE UNIQUE INDEX {table}_uid ON {table}(uid)",
            f"CREATE TRIGGER {table}_sync_insert AFTER INSERT ON {table} BEGIN "
            f"UPDATE {table} SET uid = {_UUID_SQL} WHERE rowid = NEW.rowid AND uid IS NULL; "
            f"{_MARK}SELECT uid, '{kind}' FROM {table} WHERE rowid = NEW.rowid{_DONE}; END",
            f"CREATE TRIGGER {table}_sync_update AFTER UPDATE ON {table} BEGIN "
            f"{_MARK}VALUES (NEW.uid, '{kind}'){_DONE}; END",
            f"CREATE TRIGGER {table}_sync_delete AFTER DELETE ON {table} BEGIN "
            f"{_MARK}VALUES (OLD.uid, '{kind}'){_DONE}; END",
        ]
    for table, (column, parent) in SYNC_CHILDREN.items():
        kind = SYNC_TABLES[parent]
        for event, rows in (("INSERT", ["NEW"]), ("UPDATE", ["OLD", "NEW"]), ("DELETE", ["OLD"])):
            marks = " ".join(
                f"{_MARK}SELECT uid, '{kind}' FROM {parent} WHERE id = {row}.{column}{_DONE};"
                for row in rows
            )
            out.append(
                f"CREATE TRIGGER {table}_sync_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {marks} END"
            )
    keys = ", ".join(f"'{k}'" for k in SETTINGS_KEYS)
    mark = f"{_MARK}VALUES ('{SETTINGS_UID}', 'settings'){_DONE}; END"
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        out.append(
            f"CREATE TRIGGER meta_sync_{event.lower()} AFTER {event} ON meta "
            f"WHEN {row}.key IN ({keys}) BEGIN {mark}"
        )
        out.append(f"CREATE TRIGGER areas_sync_{event.lower()} AFTER {event} ON areas BEGIN {mark}")
    return ";\n".join(out)


_V7 = _v7()

# Version 8: clearance and comments (issue 19). The clearance trail of each book is
# append-only; a step keeps its section's id and title (not a reference: the trail outlives a
# deleted section) and, where it matters, the hash and text of the section it was taken on.
# Comment threads are anchored to a span of one text field of a section (offsets, the quoted
# words and their context) and go with the section.
_V8 = """
CREATE TABLE clearance_steps (
    id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    section_id INTEGER,
    section_title TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    clearer TEXT NOT NULL DEFAULT '',
    clearer_name TEXT NOT NULL DEFAULT '',
    clearer_title TEXT NOT NULL DEFAULT '',
    due TEXT,
    note TEXT NOT NULL DEFAULT '',
    text_sha256 TEXT NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL DEFAULT '{}',
    review TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clearance_steps_book ON clearance_steps(book_id, section_id);
CREATE INDEX clearance_steps_review ON clearance_steps(review);
CREATE TABLE comment_threads (
    id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    quote TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    detached INTEGER NOT NULL DEFAULT 0,
    resolved_at TEXT,
    resolved_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX comment_threads_section ON comment_threads(section_id);
CREATE TABLE comment_messages (
    thread_id INTEGER NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT ''
);
CREATE INDEX comment_messages_thread ON comment_messages(thread_id)
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8]
CURRENT_VERSION = len(MIGRATIONS)

#: FTS rowid = id * KIND_SLOTS + code
KIND_SLOTS = 8
KIND_CODES = {"item": 1, "section": 2, "person": 3, "source": 4, "meeting": 5, "commitment": 6}
CODE_KINDS = {v: k for k, v in KIND_CODES.items()}
