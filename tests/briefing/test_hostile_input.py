"""Hostile and broken input: never a traceback, never a changed workspace, always a message.

Workspace files (random bytes, truncated, flipped bytes, newer version), JSON documents (huge,
malformed, deeply nested, unpaired surrogates, impossible ids), imported files (zip bombs,
PDFs that are not PDFs, damaged files) and every kind of odd Unicode text. The app-level
checks (message boxes, a 20 MB paste) are in ``tests/ui/workspace/test_safety_ui.py``; fuzzing is in
``test_fuzz_inputs.py``.
"""

from __future__ import annotations

import copy
import io
import json
import os
import random
import sqlite3
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from briefing import cli, interchange
from briefing.compose.book import compose
from briefing.edits import save_biography, save_section_text
from briefing.export.docx.writer import write_docx
from briefing.export.pdf.writer import write_pdf
from briefing.importers.errors import ReadError
from briefing.importers.readers import read_file, read_pasted
from briefing.interchange import FormatError
from briefing.limits import MAX_JSON_BYTES, MAX_PASTE_CHARS, paste_refusal
from briefing.store import NewerWorkspace, Workspace, WorkspaceError

SAMPLE_JSON = Path(__file__).resolve().parents[2] / "samples" / "cambodia-china.json"


@pytest.fixture(scope="module")
def sample_doc():
    return json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_bytes(tmp_path_factory, sample_doc) -> bytes:
    """The sample workspace file, closed (everything in the main file)."""
    path = tmp_path_factory.mktemp("sample") / "sample.briefing"
    interchange.load(sample_doc, path).close()
    return path.read_bytes()


def _leftovers(path: Path) -> list[str]:
    return [s for s in ("-wal", "-shm", ".lock") if Path(f"{path}{s}").exists()]


def _try_open(path: Path) -> str:
    """Open for writing and read-only; the outcome, or the exception that escaped."""
    outcomes = []
    for readonly in (False, True):
        try:
            Workspace.open(path, readonly=readonly).close()
            outcomes.append("opened")
        except WorkspaceError as exc:
            assert str(exc).startswith(str(path)), exc  # the message names the file
            outcomes.append(type(exc).__name__)
    return "/".join(outcomes)


# ---------------------------------------------------------------------- workspace files


def test_random_bytes_are_refused_untouched(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "random.briefing"
    outcomes = set()
    for i in range(40):
        body = rng.randbytes(rng.choice([0, 1, 99, 100, 4096, 65536]))
        if i % 2:  # half of them claim to be SQLite, some even a workspace
            header = bytearray(b"SQLite format 3\x00" + body[:84].ljust(84, b"\0"))
            if i % 4 == 1:
                header[68:72] = (0x42424F4B).to_bytes(4, "big")
            body = bytes(header) + body[100:]
        path.write_bytes(body)
        outcome = _try_open(path)
        assert "opened" not in outcome
        outcomes.add(outcome)
        assert path.read_bytes() == body
        assert _leftovers(path) == []
    assert outcomes <= {
        "NotAWorkspace/NotAWorkspace",
        "PassphraseRequired/PassphraseRequired",  # whole pages of noise: encrypted, maybe
        "DamagedWorkspace/DamagedWorkspace",
        "NewerWorkspace/NewerWorkspace",
    }


def test_truncated_anywhere_is_refused_untouched(tmp_path, sample_bytes):
    path = tmp_path / "cut.briefing"
    rng = random.Random(11)
    page = 4096
    cuts = [0, 50, 99, 100, 101, 1000, *range(page, len(sample_bytes), page)]
    cuts += [rng.randrange(len(sample_bytes)) for _ in range(20)]
    for cut in cuts:
        data = sample_bytes[:cut]
        path.write_bytes(data)
        assert "opened" not in _try_open(path), f"cut at {cut}"
        assert path.read_bytes() == data and _leftovers(path) == []


def _flipped(sample: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    data = bytearray(sample)
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(100, len(data))] = rng.randrange(256)
    return bytes(data)


def _read_everything(ws: Workspace) -> None:
    assert ws.settings is not None
    ws.people.all()
    ws.counts()
    for m in ws.meetings.summaries():
        ws.meetings.get(m.id)
    for book_id, *_ in ws.books.summaries():
        ws.books.get(book_id)
    ws.commitments.all()
    ws.search.query("trade")
    interchange.dump(ws)


FLIPS = 120


def test_flipped_bytes_never_change_the_file(tmp_path, sample_bytes):
    """Damage inside the data (not the structure) can pass SQLite's checks and open; the file
    is still never changed by looking at it."""
    path = tmp_path / "flipped.briefing"
    for seed in range(FLIPS):
        data = _flipped(sample_bytes, seed)
        path.write_bytes(data)
        try:
            with Workspace.open(path, readonly=True) as ws:
                _read_everything(ws)
        except Exception:  # noqa: BLE001 - what escapes is the next test's business
            pass
        assert path.read_bytes() == data
        # a read-only look leaves SQLite's empty -wal/-shm beside a file that opened
        assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
        assert not Path(f"{path}.lock").exists()
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def test_flipped_bytes_end_in_a_workspace_error(tmp_path, sample_bytes):
    path = tmp_path / "flipped.briefing"
    escaped = []
    for seed in range(FLIPS):
        path.write_bytes(_flipped(sample_bytes, seed))
        for suffix in ("-wal", "-shm", ".lock"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        try:
            with Workspace.open(path, readonly=True) as ws:
                _read_everything(ws)
        except WorkspaceError:
            pass
        except Exception as exc:  # noqa: BLE001
            escaped.append(f"{seed}: {type(exc).__name__}: {exc}"[:120])
    assert escaped == []


def test_text_that_is_not_utf8_is_a_damaged_workspace(ws, fill, ws_path):
    fill(ws)
    ws._db.conn.execute("UPDATE meetings SET city = CAST(x'ff41' AS TEXT)")
    with pytest.raises(WorkspaceError, match="damaged"):
        ws.meetings.summaries()


def test_newer_workspace_is_refused_by_every_door(ws, fill, ws_path, capsys):
    fill(ws)
    ws._db.conn.execute("PRAGMA user_version = 99")
    ws.close()
    before = ws_path.read_bytes()
    assert _try_open(ws_path) == "NewerWorkspace/NewerWorkspace"
    assert cli.main(["info", str(ws_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer version of Briefing Book" in err
    assert "update Briefing Book" in err
    with pytest.raises(NewerWorkspace):
        Workspace.open(ws_path)
    assert ws_path.read_bytes() == before and _leftovers(ws_path) == []


# ---------------------------------------------------------------------- JSON documents


def test_a_200_mb_document_is_refused_at_once(tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as f:  # sparse: costs no disk and no time to make
        f.truncate(200_000_000)
    target = tmp_path / "never.briefing"
    with pytest.raises(FormatError, match=r"huge\.json: the document is too large \(200 MB"):
        interchange.load_file(huge, target)
    assert not target.exists()


def test_just_over_the_limit_is_refused_and_the_sample_is_not(tmp_path):
    over = tmp_path / "over.json"
    with over.open("wb") as f:
        f.truncate(MAX_JSON_BYTES + 1)
    with pytest.raises(FormatError, match="too large"):
        interchange.read_document(over)
    ws = interchange.load_file(SAMPLE_JSON, tmp_path / "sample.briefing")
    ws.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not valid JSON"),
        (b'{"format": "briefing-book", "version": 1, "settings": {', "not valid JSON"),
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"version": ' + b"9" * 5000 + b"}", "not a usable JSON document"),
        (b"NaN", "expected an object"),
        (b'"\\ud800"', "expected an object"),
        (b'{"format": "briefing-book", "version": 1e999}', "version: expected int, got float"),
        (b'{"format": "\\ud800"}', r"format: contains an unpaired surrogate \(\\ud800\)"),
    ],
)
def test_malformed_documents_are_a_message(tmp_path, content, message):
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    target = tmp_path / "never.briefing"
    with pytest.raises(FormatError, match=message):
        interchange.load_file(source, target)
    assert not target.exists() and _leftovers(target) == []


def test_a_byte_order_mark_is_accepted(tmp_path):
    source = tmp_path / "bom.json"
    source.write_bytes(b"\xef\xbb\xbf" + SAMPLE_JSON.read_bytes())
    interchange.load_file(source, tmp_path / "bom.briefing").close()


def _set(doc: dict, path: tuple, value) -> dict:  # noqa: ANN001
    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("meetings", 0, "city"), "Vien\udc80tiane", r"meetings\[0\]\.city: .*unpaired surrogate"),
        (("people", 0, "names", 0, "text"), "\ud83d", r"names\[0\]\.text: .*surrogate"),
        (("settings", "countries", 0), "\udfff", r"settings\.countries\[0\]: .*surrogate"),
        (("books", 0, "sections", 0, "background"), "ok \ud800", r"background: .*surrogate"),
        (("people", 0, "id"), 10**30, "is not an id"),
        (("people", 0, "id"), 2**62, "is not an id"),
        (("people", 0, "id"), 0, "is not an id"),
        (("people", 0, "id"), -5, "is not an id"),
        (("meetings", 0, "participants", 0, "person"), 2**63, "is not an id"),
        (("books", 0, "counterparts"), [2**64], r"counterparts\[0\]: .* is not an id"),
        (("books", 0, "sections", 1, "id"), "same as 0", "two entries have the same id"),
        (("meetings", 0, "items", 1, "id"), "same as 0", "two entries have the same id"),
    ],
)
def test_unstorable_values_are_a_format_error(tmp_path, sample_doc, path, value, message):
    if value == "same as 0":  # the id of the first entry of the same list
        value = sample_doc
        for key in (*path[:-2], 0, path[-1]):
            value = value[key]
    doc = _set(sample_doc, path, value)
    target = tmp_path / "never.briefing"
    with pytest.raises(FormatError, match=message):
        interchange.load(doc, target)
    assert not target.exists() and _leftovers(target) == []


def test_load_file_names_the_file_in_content_errors(tmp_path, sample_doc):
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(_set(sample_doc, ("meetings", 0, "kind"), "party")))
    with pytest.raises(FormatError, match=r"doc\.json: meetings\[0\]\.kind: 'party' is not one"):
        interchange.load_file(source, tmp_path / "never.briefing")


# ---------------------------------------------------------------------- odd Unicode text

ODDITIES = {
    "right-to-left": "مرحبا بالعالم \u202eevil.exe\u202c שלום עולם",
    "combining marks": "Z\u0351\u0352\u0353a\u0300\u0301\u0302\u0303l\u0489g\u0336o e\u0301",
    "zero-width": "a\u200bb\u200cc\u200dd\u2060e\ufeff f\u00adg",
    "emoji": "👨\u200d👩\u200d👧\u200d👦 🇰🇭 👍🏽 🏳️\u200d🌈",
    "astral CJK and maths": "𠀀𠀁𠮷 𝕳𝖊𝖑𝖑𝖔",
    "Khmer coeng stacks": "ហ៊ុន ម៉ាណែត ស្ត្រី ្ ្្",
    "control characters": "nul\x00 vt\x0b ff\x0c esc\x1b del\x7f c1\x85 ls\u2028 ps\u2029 bell\x07",
    "non-characters": "\ufffe\uffff \U0010ffff \ufffd",
    "Markdown lookalikes": "＊not bold＊ \\*escaped\\* <b>html</b> &amp; [link](javascript:x)",
    "long word": "x" * 5000,
}


@pytest.fixture
def odd_workspace(tmp_path, sample_doc):
    ws = interchange.load(sample_doc, tmp_path / "odd.briefing")
    book_id = ws.books.summaries()[0][0]
    sections = ws.books.get(book_id).sections
    for i, (name, text) in enumerate(ODDITIES.items()):
        body = f"**{name}**: {text}\n\n- {text}\n\n| {name} | x |\n|---|---|\n| {text[:200]} | y |"
        save_section_text(ws, book_id, sections[i % len(sections)].id, {"background": body})
    save_biography(ws, ws.people.all()[0].id, " ".join(ODDITIES.values()))
    meeting = ws.meetings.get(ws.meetings.summaries()[0].id)
    meeting.city = ODDITIES["right-to-left"]
    meeting.items[0].text = ODDITIES["emoji"] + ODDITIES["control characters"]
    ws.meetings.save(meeting)
    yield ws
    ws.close()


def test_odd_text_is_saved_found_dumped_and_loaded_back_unchanged(odd_workspace, tmp_path):
    ws = odd_workspace
    path = ws.path
    first = interchange.dump(ws)
    ws.close()
    with Workspace.open(path) as again:
        assert again._db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        again._db.conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
        assert interchange.dump(again) == first
        assert again.search.query("ហ៊ុន")
        assert again.search.query("שלום")
        for text in ODDITIES.values():
            try:
                again.search.query(text)  # whatever it finds, it never fails
            except WorkspaceError as exc:  # NUL ends FTS5's query string: a message
                assert "cannot search for" in str(exc)
    source = tmp_path / "odd.json"
    source.write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    with interchange.load_file(source, tmp_path / "copy.briefing") as copy_ws:
        assert interchange.dump(copy_ws) == first


def test_odd_text_exports(odd_workspace, tmp_path):
    ws = odd_workspace
    doc = compose(ws, ws.books.get(ws.books.summaries()[0][0]))
    write_docx(doc, tmp_path / "odd.docx")
    write_pdf(doc, tmp_path / "odd.pdf")
    with zipfile.ZipFile(tmp_path / "odd.docx") as archive:
        assert archive.testzip() is None
    assert (tmp_path / "odd.pdf").read_bytes().startswith(b"%PDF")


def test_an_unbreakable_word_in_a_table_exports(ws, fill, tmp_path):
    ids = fill(ws)
    section = ws.books.get(ids["book"]).sections[0]
    save_section_text(
        ws,
        ids["book"],
        section.id,
        {"background": f"| a | b |\n|---|---|\n| short | row |\n| {'x' * 20000} | b |"},
    )
    pages = write_pdf(compose(ws, ws.books.get(ids["book"])), tmp_path / "long.pdf").pages
    texts = [page.extract_text() for page in PdfReader(tmp_path / "long.pdf").pages]
    assert "".join(texts).count("x") >= 20000  # the whole word is printed, over several pages
    assert pages > 3
    # the huge row starts on a fresh page instead of splitting right under the short one
    (short_page,) = [t for t in texts if "short" in t]
    assert "xxxxxxxx" not in short_page


# ---------------------------------------------------------------------- pastes


def test_a_20_mb_paste_is_refused_with_a_message():
    twenty_mb = 20_000_000
    message = paste_refusal(twenty_mb)
    assert message and "too large to paste (20,000,000 characters)" in message
    assert paste_refusal(MAX_PASTE_CHARS) is None
    assert "would become too large" in paste_refusal(10, MAX_PASTE_CHARS)
    with pytest.raises(ReadError, match="pasted text: it is too large"):
        read_pasted("Both sides agreed. " * (twenty_mb // 19))  # the import dialog's paste


# ---------------------------------------------------------------------- imported files


def _docx_bytes(text: str = "Both sides agreed to cooperate on trade.") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf_bytes(text: str = "Both sides agreed to cooperate on trade.") -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 700, text)
    pdf.save()
    return buffer.getvalue()


def test_zip_bomb_of_many_members(tmp_path):
    path = tmp_path / "many.docx"
    chunk = b"<w:p/>" * 400_000  # 2.4 MB each, deflates to a few kB
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for i in range(50):
            archive.writestr(f"word/media/part{i}.xml", chunk)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(ReadError, match=r"many\.docx: it would unpack to far more data"):
        read_file(path)


def test_zip_bomb_that_lies_about_its_size(tmp_path):
    """The directory says 1 kB; the data inflates to 50 MB. Only the declared size is read."""
    payload = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = payload.compress(b"A" * 50_000_000) + payload.flush()
    good = io.BytesIO(_docx_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info.filename))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(info, b"x")  # placeholder, patched below
    data = bytearray(out.getvalue())
    # Replace the placeholder's local entry by the bomb, keeping the declared sizes small.
    local = data.rindex(b"PK\x03\x04", 0, data.index(b"word/document.xml"))
    name_len, extra_len = struct.unpack("<HH", data[local + 26 : local + 30])
    start = local + 30 + name_len + extra_len
    old_size = struct.unpack("<I", data[local + 18 : local + 22])[0]
    data[start : start + old_size] = deflated
    shift = len(deflated) - old_size
    central = data.index(b"PK\x01\x02", start + len(deflated))
    data[local + 18 : local + 22] = struct.pack("<I", len(deflated))
    for entry in _central_entries(data, central):
        if data[entry + 46 : entry + 46 + 17] == b"word/document.xml":
            data[entry + 20 : entry + 24] = struct.pack("<I", len(deflated))
            data[entry + 24 : entry + 28] = struct.pack("<I", 1000)  # the lie
    end = data.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack("<I", data[end + 16 : end + 20])[0]
    data[end + 16 : end + 20] = struct.pack("<I", cd_offset + shift)
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    assert path.stat().st_size < 200_000
    with pytest.raises(ReadError, match=r"liar\.docx"):
        read_file(path)


def _central_entries(data: bytearray, first: int):  # noqa: ANN202
    at = first
    while data[at : at + 4] == b"PK\x01\x02":
        yield at
        name, extra, comment = struct.unpack("<HHH", data[at + 28 : at + 34])
        at += 46 + name + extra + comment


def test_docx_from_a_future_zip_version(tmp_path):
    data = bytearray(_docx_bytes())
    at = data.index(b"PK\x01\x02")
    data[at + 6 : at + 8] = struct.pack("<H", 99)  # "version needed to extract": 9.9
    path = tmp_path / "future.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError, match=r"future\.docx: the Word document is damaged"):
        read_file(path)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"just some text",
        b"PK\x03\x04 a zip header and nothing else",
        b"%PDF-1.7\n",
        b"%PDF-1.4\n" + bytes(range(256)) * 40,
        b"<html><body>not a pdf</body></html>",
        None,  # a real .docx, named .pdf
    ],
)
def test_pdfs_that_are_not_pdfs(tmp_path, content):
    path = tmp_path / "release.pdf"
    path.write_bytes(_docx_bytes() if content is None else content)
    with pytest.raises(ReadError, match=r"release\.pdf"):
        read_file(path)


def test_pdf_with_an_unknown_filter(tmp_path):
    data = _pdf_bytes().replace(b"/FlateDecode", b"/FlateDecodX")  # same length: xref holds
    assert b"/FlateDecodX" in data
    path = tmp_path / "odd-filter.pdf"
    path.write_bytes(data)
    with pytest.raises(ReadError, match=r"odd-filter\.pdf"):
        read_file(path)


def test_mutated_pdfs_and_docx_files_end_in_read_errors(tmp_path):
    rng = random.Random(5)
    seeds = {".pdf": _pdf_bytes(), ".docx": _docx_bytes()}
    outcomes: dict[str, int] = {}
    for suffix, good in seeds.items():
        path = tmp_path / f"mutant{suffix}"
        for i in range(150):
            data = bytearray(good)
            if i % 2:
                for _ in range(rng.randint(1, 20)):
                    data[rng.randrange(len(data))] = rng.randrange(256)
            else:
                data = data[: rng.randrange(len(data))]
            path.write_bytes(bytes(data))
            try:
                read_file(path)
                key = f"{suffix} read"
            except ReadError:
                key = f"{suffix} ReadError"
            outcomes[key] = outcomes.get(key, 0) + 1
    assert outcomes[".pdf ReadError"] > 100 and outcomes[".docx ReadError"] > 100


def test_import_never_touches_a_workspace(ws, fill, ws_path, tmp_path):
    fill(ws)
    ws.close()
    before = ws_path.read_bytes()
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * 60_000_000)
    for bad in (bomb, tmp_path / "missing.pdf"):
        with pytest.raises(ReadError):
            read_file(bad)
    assert ws_path.read_bytes() == before
    assert os.listdir(tmp_path).count(ws_path.name) == 1


def test_sqlite_cannot_take_a_lone_surrogate_so_json_is_checked_first():
    """Why the JSON loader checks: SQLite would fail deep inside a save."""
    conn = sqlite3.connect(":memory:")
    with pytest.raises(UnicodeEncodeError):
        conn.execute("SELECT ?", ("\ud800",))
