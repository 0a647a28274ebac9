"""The shared library's schema in PostgreSQL, as forward migrations (like the file's).

``MIGRATIONS[n]`` takes a library from version ``n`` to ``n + 1``; never edit one that has
shipped. Everything lives in the schema ``briefing``; ``{members}`` is replaced by the name
of the library's group role (one per database: every user of the library is in it).

The design, in short (docs/shared-library.md says it for a ministry's DBA):

- ``records``: one row per record of the relationship, its content a JSONB document (as
  :mod:`briefing.store.replica` makes them), a deleted record a tombstone (``doc`` NULL) so
  replicas learn of the deletion. ``seq`` is the number of its latest change, from one
  sequence: the library's order of changes. ``level``, ``book`` and ``issued`` are derived
  by a trigger from the document (never taken from the client): the rank of its
  classification among the settings' levels, the book a section or issued version belongs
  to, whether a book has been issued.
- ``changes``: every change as it was pushed (append-only): sequence, record, the version it
  was made on (``base_seq``), the document, who and from which replica.
- ``members``: the library's users (PostgreSQL login roles) with their role (desk,
  contributor, clearer, reader) and classification ceiling; ``assignments``: sections given
  to a contributor.
- Row-level security decides what each user reads and writes (the policies below);
  :func:`push` refuses a change made on a version that is no longer the latest (the replica
  must pull and merge first: nothing is overwritten silently), and any change to an issued
  version or a distribution log entry (append-only).
"""

from __future__ import annotations

_V1 = r"""
CREATE SCHEMA briefing;
CREATE TABLE briefing.schema_version (version integer NOT NULL);
INSERT INTO briefing.schema_version VALUES (0);
CREATE TABLE briefing.members (
    name name PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('desk', 'contributor', 'clearer', 'reader')),
    ceiling text,
    epoch integer NOT NULL DEFAULT 1,
    revoked boolean NOT NULL DEFAULT false,
    added_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE briefing.assignments (
    section uuid NOT NULL,
    member name NOT NULL REFERENCES briefing.members(name) ON DELETE CASCADE,
    PRIMARY KEY (section, member)
);
CREATE SEQUENCE briefing.change_seq;
CREATE TABLE briefing.records (
    uid uuid PRIMARY KEY,
    kind text NOT NULL,
    doc jsonb,
    seq bigint NOT NULL,
    level integer NOT NULL DEFAULT 0,
    book uuid,
    issued boolean NOT NULL DEFAULT false,
    created_by name NOT NULL DEFAULT current_user
);
CREATE INDEX records_seq ON briefing.records(seq);
CREATE INDEX records_book ON briefing.records(book);
CREATE TABLE briefing.changes (
    seq bigint PRIMARY KEY,
    uid uuid NOT NULL,
    kind text NOT NULL,
    base_seq bigint NOT NULL,
    doc jsonb,
    author name NOT NULL DEFAULT current_user,
    replica uuid,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_uid ON briefing.changes(uid);

-- The rank of a classification (or of a marking "SECRET // CAVEAT") among the levels of the
-- library's settings; '' is the lowest; a level the settings do not know gets ``unknown``.
CREATE FUNCTION briefing.rank(p_level text, p_unknown integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
    SELECT CASE WHEN coalesce(p_level, '') = '' THEN 0 ELSE coalesce((
        SELECT max(l.i - 1)::integer
        FROM briefing.records r,
             jsonb_array_elements_text(r.doc -> 'levels') WITH ORDINALITY AS l(name, i)
        WHERE r.uid = '00000000-0000-4000-8000-000000000000'
          AND (p_level = l.name OR p_level LIKE l.name || ' //%')), p_unknown) END
$$;
CREATE FUNCTION briefing.role_of(who name) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
    SELECT role FROM briefing.members WHERE name = who AND NOT revoked
$$;
-- No ceiling: every level. A ceiling the settings do not know: nothing classified.
CREATE FUNCTION briefing.ceiling_of(who name) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
    SELECT CASE WHEN ceiling IS NULL THEN 2147483647 ELSE briefing.rank(ceiling, -1) END
    FROM briefing.members WHERE name = who AND NOT revoked
$$;
CREATE FUNCTION briefing.can_read(who name, r_kind text, r_level integer, r_issued boolean)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
    SELECT coalesce(r_level <= briefing.ceiling_of(who) AND CASE briefing.role_of(who)
        WHEN 'reader' THEN r_kind IN ('settings', 'issued') OR (r_kind = 'book' AND r_issued)
        ELSE briefing.role_of(who) IS NOT NULL END, false)
$$;
CREATE FUNCTION briefing.can_write(who name, r_kind text, r_uid uuid, r_created_by name)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
    SELECT coalesce(CASE briefing.role_of(who)
        WHEN 'desk' THEN true
        WHEN 'reader' THEN false
        ELSE r_kind NOT IN ('settings', 'issued', 'distribution') AND (
            r_created_by = who
            OR (r_kind = 'section' AND briefing.role_of(who) = 'clearer')
            OR (r_kind = 'section' AND EXISTS (
                SELECT 1 FROM briefing.assignments a WHERE a.section = r_uid AND a.member = who)))
        END, false)
$$;
CREATE FUNCTION briefing.can_add(who name, r_kind text, r_level integer, r_created_by name)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
    SELECT coalesce(r_created_by = who AND r_level <= briefing.ceiling_of(who) AND
        CASE briefing.role_of(who)
            WHEN 'desk' THEN true
            WHEN 'reader' THEN false
            ELSE r_kind NOT IN ('settings', 'issued', 'distribution') END, false)
$$;

ALTER TABLE briefing.records ENABLE ROW LEVEL SECURITY;
CREATE POLICY records_read ON briefing.records FOR SELECT
    USING (briefing.can_read(current_user, kind, level, issued));
CREATE POLICY records_add ON briefing.records FOR INSERT
    WITH CHECK (briefing.can_add(current_user, kind, level, created_by));
CREATE POLICY records_change ON briefing.records FOR UPDATE
    USING (briefing.can_write(current_user, kind, uid, created_by))
    WITH CHECK (level <= briefing.ceiling_of(current_user));
ALTER TABLE briefing.changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY changes_add ON briefing.changes FOR INSERT WITH CHECK (author = current_user);
CREATE POLICY changes_read ON briefing.changes FOR SELECT
    USING (briefing.role_of(current_user) = 'desk' AND EXISTS (
        SELECT 1 FROM briefing.records r WHERE r.uid = changes.uid));

-- What a record's document says about who may see it, derived here, never taken from the
-- client; the kind and the author of a record never change; a clearer changes only the
-- status of a section someone else wrote.
CREATE FUNCTION briefing.derive() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        NEW.kind := OLD.kind;
        NEW.created_by := OLD.created_by;
        NEW.issued := OLD.issued OR NEW.issued;
        IF OLD.kind = 'section' AND briefing.role_of(session_user) = 'clearer'
           AND OLD.created_by <> session_user
           AND (NEW.doc IS NULL OR OLD.doc IS NULL
                OR (NEW.doc - 'status') IS DISTINCT FROM (OLD.doc - 'status')) THEN
            RAISE EXCEPTION 'a clearer changes only the status of a section'
                USING ERRCODE = '42501';
        END IF;
    END IF;
    IF NEW.doc IS NULL THEN
        IF TG_OP = 'UPDATE' THEN
            NEW.level := OLD.level;
            NEW.book := OLD.book;
        END IF;
        RETURN NEW;
    END IF;
    NEW.level := CASE
        WHEN NEW.kind = 'commitment' THEN coalesce((SELECT r.level FROM briefing.records r
            WHERE r.uid = (NEW.doc ->> 'item_id')::uuid), 0)
        ELSE briefing.rank(NEW.doc ->> 'classification', 1000) END;
    NEW.book := CASE
        WHEN NEW.kind IN ('section', 'issued', 'distribution') THEN (NEW.doc ->> 'book_id')::uuid
        WHEN NEW.kind = 'book' THEN NEW.uid END;
    RETURN NEW;
END $$;
CREATE TRIGGER records_derive BEFORE INSERT OR UPDATE ON briefing.records
    FOR EACH ROW EXECUTE FUNCTION briefing.derive();

-- An issued version makes its book visible to readers: the book gets a new sequence number,
-- so that their next pull brings it.
CREATE FUNCTION briefing.mark_issued() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
BEGIN
    IF NEW.kind = 'issued' AND NEW.book IS NOT NULL THEN
        UPDATE briefing.records SET issued = true, seq = nextval('briefing.change_seq')
        WHERE uid = NEW.book AND NOT issued;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER records_issued AFTER INSERT ON briefing.records
    FOR EACH ROW EXECUTE FUNCTION briefing.mark_issued();

-- One change from a replica. p_base: the sequence number of the version it was made on (0 for
-- a new record); p_doc NULL deletes. Returns the change's sequence number.
CREATE FUNCTION briefing.push(p_uid uuid, p_kind text, p_base bigint, p_doc jsonb,
                              p_replica uuid) RETURNS bigint
LANGUAGE plpgsql SET search_path = briefing, pg_temp AS $$
DECLARE
    cur_seq bigint;
    cur_kind text;
    s bigint;
    n integer;
BEGIN
    SELECT r.seq, r.kind INTO cur_seq, cur_kind FROM briefing.records r
        WHERE r.uid = p_uid FOR UPDATE;
    IF FOUND THEN
        IF cur_seq <> p_base THEN
            RAISE EXCEPTION 'record % changed in the library since version %', p_uid, p_base
                USING ERRCODE = 'BBST1';
        END IF;
        IF cur_kind IN ('issued', 'distribution') THEN
            RAISE EXCEPTION 'issued versions and the distribution log are never changed'
                USING ERRCODE = 'BBAO1';
        END IF;
        s := nextval('briefing.change_seq');
        UPDATE briefing.records SET doc = p_doc, seq = s WHERE uid = p_uid;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n = 0 THEN
            RAISE EXCEPTION 'not allowed to change this %', p_kind USING ERRCODE = '42501';
        END IF;
    ELSE
        IF p_base <> 0 THEN
            RAISE EXCEPTION 'not allowed to change this %', p_kind USING ERRCODE = '42501';
        END IF;
        s := nextval('briefing.change_seq');
        BEGIN
            INSERT INTO briefing.records(uid, kind, doc, seq) VALUES (p_uid, p_kind, p_doc, s);
        EXCEPTION WHEN unique_violation THEN
            RAISE EXCEPTION 'not allowed to change this %', p_kind USING ERRCODE = '42501';
        END;
    END IF;
    INSERT INTO briefing.changes(seq, uid, kind, base_seq, doc, replica)
        VALUES (s, p_uid, p_kind, p_base, p_doc, p_replica);
    RETURN s;
END $$;

-- What a replica asks besides the records it may read: the last change it can have seen
-- (committed, in the same snapshot), the records changed since a point that it may no longer
-- read (their uids only: the replica deletes its copies), and its grants' epoch (a new grant
-- makes it pull everything again).
CREATE FUNCTION briefing.high_water() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
    SELECT coalesce(max(seq), 0) FROM briefing.records
$$;
CREATE FUNCTION briefing.withdrawn(p_since bigint) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
    SELECT uid FROM briefing.records
    WHERE seq > p_since AND NOT briefing.can_read(session_user, kind, level, issued)
$$;
CREATE FUNCTION briefing.my_epoch() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp AS $$
    SELECT epoch FROM briefing.members WHERE name = session_user AND NOT revoked
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA briefing FROM PUBLIC;
GRANT SELECT ON briefing.schema_version TO {members};
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA briefing FROM PUBLIC;
GRANT USAGE ON SCHEMA briefing TO {members};
GRANT SELECT, INSERT, UPDATE ON briefing.records TO {members};
GRANT SELECT, INSERT ON briefing.changes TO {members};
GRANT USAGE ON SEQUENCE briefing.change_seq TO {members};
GRANT EXECUTE ON FUNCTION briefing.push(uuid, text, bigint, jsonb, uuid),
    briefing.high_water(), briefing.withdrawn(bigint), briefing.my_epoch(),
    briefing.rank(text, integer), briefing.role_of(name), briefing.ceiling_of(name),
    briefing.can_read(name, text, integer, boolean), briefing.can_write(name, text, uuid, name),
    briefing.can_add(name, text, integer, name) TO {members}
"""

MIGRATIONS: list[str] = [_V1]
CURRENT_VERSION = len(MIGRATIONS)
