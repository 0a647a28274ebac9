"""An export checks every page of the workspace beside composing the book and writes nothing
from a damaged file, also when the damage is in pages the book does not read."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.store import Workspace

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "w.briefing"
    assert main(["load", str(ROOT / "samples" / "cambodia-china.json"), str(path)]) == 0
    return path


def _pages_of(path: Path, table: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    finally:
        conn.close()


def _spoil(path: Path, page: int) -> None:
    size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as f:
        f.seek((page - 1) * size + 8)  # past the page header: the cells' pointers
        f.write(b"\xff" * 64)


def test_an_intact_workspace_exports(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "book.pdf"
    assert main(["export", str(sample), "--book", "1", "--pdf", str(out)]) == 0
    assert out.stat().st_size > 10_000


def test_damage_the_book_never_reads_still_stops_the_export(sample, tmp_path, capsys) -> None:
    pages = _pages_of(sample, "search_data")  # the search index: an export does not read it
    assert pages
    spoiled = tmp_path / "spoiled.briefing"
    shutil.copyfile(sample, spoiled)
    _spoil(spoiled, pages[-1])
    out = tmp_path / "book.pdf"
    code = main(["export", str(spoiled), "--book", "1", "--pdf", str(out)])
    assert code != 0
    assert "damaged" in capsys.readouterr().err
    assert not out.exists()


def test_damage_to_the_records_stops_the_export_with_the_same_message(
    sample, tmp_path, capsys
) -> None:
    for table in ("sections", "items", "meetings"):
        spoiled = tmp_path / f"{table}.briefing"
        shutil.copyfile(sample, spoiled)
        for page in _pages_of(sample, table)[-1:]:
            _spoil(spoiled, page)
        out = tmp_path / f"{table}.pdf"
        code = main(["export", str(spoiled), "--book", "1", "--pdf", str(out)])
        err = capsys.readouterr().err
        assert code != 0 and "damaged" in err and "Traceback" not in err, (table, err)
        assert not out.exists()


def test_a_workspace_opened_with_the_check_deferred_confirms_it(sample: Path) -> None:
    with Workspace.open(sample, defer_check=True) as ws:
        assert ws._page_check is not None
        ws.confirm_intact()
        assert ws._page_check is None
