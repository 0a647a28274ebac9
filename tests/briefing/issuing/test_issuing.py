"""Exports for issue: numbered copies, password, distribution log, cancel, mistakes."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import zipfile
from pathlib import Path

import pytest

from briefing.compose.book import Options, compose
from briefing.export.pdf import PdfWriter
from briefing.issuing import job as issuing
from briefing.issuing.job import (
    Cancelled,
    ExportJob,
    ExportRequest,
    IssuingError,
    copy_path,
    distribution_log,
    export_book,
)
from briefing.store import Workspace
from briefing.store.errors import DAMAGED, DamagedWorkspace

TODAY = dt.date(2025, 3, 1)


def pdf_pages(path: Path, password: str | None = None) -> list[str]:
    """Text of each page, by poppler (pages end in form feeds)."""
    argv = ["pdftotext", "-layout"] + (["-upw", password] if password else []) + [path, "-"]
    result = subprocess.run([str(a) for a in argv], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\f")[:-1]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_numbered_copies_carry_copy_and_recipient_on_cover_and_every_page(
    ws, fill, ws_path, tmp_path
):
    ids = fill(ws)
    out = tmp_path / "out"
    out.mkdir()
    request = ExportRequest(
        ids["book"],
        targets={"pdf": out / "visit.pdf", "docx": out / "visit.docx"},
        copies=3,
        recipients=["Office of the Minister", "  Embassy in   Beijing "],
    )
    result = export_book(ws, request)

    names = sorted(p.name for p in out.iterdir())
    assert names == [f"visit-copy-{n}-of-3.{ext}" for n in (1, 2, 3) for ext in ("docx", "pdf")]
    labels = {
        1: "Copy 1 of 3 — Office of the Minister",
        2: "Copy 2 of 3 — Embassy in Beijing",
        3: "Copy 3 of 3",
    }
    for n, label in labels.items():
        pages = pdf_pages(out / f"visit-copy-{n}-of-3.pdf")
        assert len(pages) == result.pages > 2
        total = len(pages)
        for number, page in enumerate(pages, 1):  # the footer of every page, cover included
            footer = [line for line in page.splitlines() if f"Page {number} of {total}" in line]
            assert len(footer) == 1 and footer[0].split()[:4] == label.split()[:4], footer
            assert " ".join(footer[0].split()).startswith(label + " Page")
        cover_lines = [" ".join(line.split()) for line in pages[0].splitlines()]
        assert label in cover_lines  # on a line of its own, under the marking
        with zipfile.ZipFile(out / f"visit-copy-{n}-of-3.docx") as docx:
            document = docx.read("word/document.xml").decode()
            footers = [docx.read(f).decode() for f in docx.namelist() if "footer" in f]
        assert label in document and any(label in f for f in footers)
        assert labels[1 + n % 3] not in document  # only its own number

    log = distribution_log(ws, ids["book"])
    assert [(e.copy, e.copies, e.recipient, e.format) for e in log] == [
        (n, 3, r, f)
        for n, r in ((1, "Office of the Minister"), (2, "Embassy in Beijing"), (3, ""))
        for f in ("pdf", "docx")
    ]
    for entry in log:
        assert entry.sha256 == sha(Path(entry.path))
        assert entry.version is None and entry.written_at.tzinfo == dt.UTC
    ws.close()
    with Workspace.open(ws_path, readonly=True) as again:  # the log is in the workspace
        assert distribution_log(again) == log


def test_a_copy_is_stamped_exactly_as_compose_would_number_it(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    label = issuing.copy_label(7, 12, "Protocol")
    plain = compose(ws, book, Options(today=TODAY))
    assert issuing._with_copy(plain, label) == compose(ws, book, Options(today=TODAY, copy=label))
    assert copy_path(Path("/x/b.pdf"), 7, 12) == Path("/x/b-copy-07-of-12.pdf")
    assert copy_path(Path("/x/b.pdf"), 7, 120).name == "b-copy-007-of-120.pdf"


def test_password_protected_pdf_opens_only_with_its_password(ws, fill, ws_path, tmp_path):
    ids = fill(ws)
    password = "Mekong 2025 ✓"
    out = tmp_path / "out"
    out.mkdir()
    export_book(
        ws, ExportRequest(ids["book"], targets={"pdf": out / "b.pdf"}, password=password, copies=2)
    )
    for n in (1, 2):
        path = out / f"b-copy-{n}-of-2.pdf"
        assert f"Copy {n} of 2" in pdf_pages(path, password)[0]
        refused = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
        assert refused.returncode != 0 and "password" in refused.stderr.lower()
        assert (
            subprocess.run(["pdftotext", "-upw", "wrong", path, "-"], capture_output=True)
        ).returncode != 0
    # The password is nowhere in clear: not in the workspace, its log, nor left-over files.
    ws.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(ws_path.name))
    assert password.encode() not in stored and b"Mekong 2025" not in stored
    assert sorted(p.name for p in out.iterdir()) == ["b-copy-1-of-2.pdf", "b-copy-2-of-2.pdf"]


def test_docx_with_a_password_is_refused_and_nothing_is_written(ws, fill, tmp_path):
    ids = fill(ws)
    request = ExportRequest(
        ids["book"], {"pdf": tmp_path / "b.pdf", "docx": tmp_path / "b.docx"}, password="secret"
    )
    with pytest.raises(IssuingError, match="a DOCX cannot be protected"):
        export_book(ws, request)
    assert not (tmp_path / "b.pdf").exists() and not (tmp_path / "b.docx").exists()
    assert distribution_log(ws) == []


def test_cancel_mid_run_leaves_the_folder_as_it_was(ws, fill, tmp_path):
    ids = fill(ws)
    out = tmp_path / "out"
    out.mkdir()
    old = out / "b-copy-1-of-3.pdf"
    old.write_bytes(b"%PDF- the copy printed yesterday")
    job = ExportJob.prepare(ws, ExportRequest(ids["book"], {"pdf": out / "b.pdf"}, copies=3))
    seen: list[tuple[int, int]] = []
    # cancel once copy 1 is done and copy 2 is being laid out
    with pytest.raises(Cancelled):
        job.run(
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: bool(seen) and seen[-1][0] > PdfWriter.weight + 10,
        )
    assert seen and seen[-1][1] == job.total_steps == 3 * PdfWriter.weight
    assert sorted(p.name for p in out.iterdir()) == ["b-copy-1-of-3.pdf"]
    assert old.read_bytes() == b"%PDF- the copy printed yesterday"
    assert distribution_log(ws) == []


def test_progress_runs_to_the_end(ws, fill, tmp_path):
    ids = fill(ws)
    job = ExportJob.prepare(
        ws, ExportRequest(ids["book"], {"docx": tmp_path / "b.docx"}, issue=True)
    )
    seen: list[int] = []
    files = job.run(progress=lambda d, t: seen.append(d))
    assert seen == sorted(seen) and seen[-1] == job.total_steps  # master PDF + the DOCX
    result = job.record(ws, files)
    assert result.version == 1 and result.pages > 0 and [f.format for f in files] == ["docx"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"book_id": 99}, "There is no book 99"),
        ({"targets": {}}, "Choose where to write the book"),
        ({"copies": -1}, "number of copies is 0"),
        ({"copies": 1000}, "number of copies is 0"),
        ({"recipients": ["A"]}, "1 recipients for numbered copies"),
        ({"copies": 1, "recipients": ["A", "B"]}, "2 recipients for 1 copies"),
        ({"copies": 1, "recipients": ["Line\nbreak"]}, None),
        ({"copies": 1, "recipients": ["A\x07"]}, "control characters"),
        ({"copies": 1, "recipients": ["x" * 81]}, "81 characters long"),
        ({"password": ""}, "The password is empty"),
        ({"paper": "A3"}, "A4 or Letter, not 'A3'"),
        ({"targets": {"pdf": Path("/no/such/folder/b.pdf")}}, "does not exist"),
        ({"targets": "SAME"}, "cannot be written to the same file"),
        ({"targets": "DIR"}, "is a folder"),
        ({"targets": {"odt": Path("b.odt")}}, "no export format 'odt'"),
    ],
)
def test_mistakes_are_refused_before_anything_is_written(ws, fill, tmp_path, change, message):
    ids = fill(ws)
    fields = {"book_id": ids["book"], "targets": {"pdf": tmp_path / "b.pdf"}, **change}
    if fields["targets"] == "SAME":
        fields["targets"] = {"pdf": tmp_path / "b.pdf", "docx": tmp_path / "b.pdf"}
    if fields["targets"] == "DIR":
        fields["targets"] = {"pdf": tmp_path}
    request = ExportRequest(**fields)
    if message is None:  # whitespace inside a recipient is folded, not refused
        job = ExportJob.prepare(ws, request)
        assert job.outputs[0].recipient == "Line break"
        return
    with pytest.raises(IssuingError, match=message):
        ExportJob.prepare(ws, request)
    assert not (tmp_path / "b.pdf").exists() and leftovers(tmp_path) == []


def test_read_only_workspace_exports_unlogged_and_refuses_copies(ws, fill, ws_path, tmp_path):
    ids = fill(ws)
    ws.close()
    with Workspace.open(ws_path, readonly=True) as reader:
        result = export_book(reader, ExportRequest(ids["book"], {"pdf": tmp_path / "b.pdf"}))
        assert (tmp_path / "b.pdf").exists()
        assert any("not in the distribution log" in n for n in result.notices)
        for change in ({"copies": 2}, {"issue": True}):
            with pytest.raises(IssuingError, match="open read-only"):
                ExportJob.prepare(
                    reader, ExportRequest(ids["book"], {"pdf": tmp_path / "c.pdf"}, **change)
                )
        assert distribution_log(reader) == []
    assert not (tmp_path / "c.pdf").exists() and leftovers(tmp_path) == []


def test_a_write_error_removes_what_was_staged(ws, fill, tmp_path, monkeypatch):
    ids = fill(ws)
    out = tmp_path / "out"
    out.mkdir()
    job = ExportJob.prepare(ws, ExportRequest(ids["book"], {"pdf": out / "b.pdf"}, copies=2))
    real = issuing.write_beside
    calls = []

    def failing(path, data):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(issuing, "write_beside", failing)
    with pytest.raises(IssuingError, match="b-copy-2-of-2.pdf: could not be written"):
        job.run()
    assert list(out.iterdir()) == []


def test_the_check_before_writing_runs_once_after_the_layout_and_can_stop_it(
    ws, fill, tmp_path, monkeypatch
):
    ids = fill(ws)
    out = tmp_path / "out"
    out.mkdir()
    job = ExportJob.prepare(ws, ExportRequest(ids["book"], {"pdf": out / "b.pdf"}, copies=2))
    staged: list[Path] = []
    real = issuing.write_beside
    monkeypatch.setattr(issuing, "write_beside", lambda p, d: staged.append(p) or real(p, d))
    checks: list[int] = []

    def damaged() -> None:
        checks.append(len(staged))
        raise DamagedWorkspace(DAMAGED, path=tmp_path / "w.briefing", detail="page 7")

    with pytest.raises(DamagedWorkspace):
        job.run(before_writing=damaged)
    assert checks == [0] and staged == [] and list(out.iterdir()) == []
    again = ExportJob.prepare(ws, ExportRequest(ids["book"], {"pdf": out / "b.pdf"}, copies=2))
    files = again.run(before_writing=lambda: checks.append(len(staged)))
    assert checks == [0, 0] and len(files) == 2 and len(list(out.iterdir())) == 2
