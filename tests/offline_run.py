"""The jobs that must work without a network: start the app, export a book, import a release.

``tests/test_offline.py`` runs :func:`run_all` in the test process with socket creation
patched out, and runs this file in a fresh interpreter whose very first act (before anything
of the project is imported) is to forbid sockets. ``python tests/offline_run.py FOLDER``
needs ``QT_QPA_PLATFORM=offscreen`` and writable config/data folders in the environment.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_JSON = ROOT / "samples" / "cambodia-china.json"
SAMPLE_RELEASE = ROOT / "samples" / "press-release-2024-10-11-cambodia-china.txt"


def build_sample(folder: Path) -> Path:
    from briefing import interchange

    path = folder / "cambodia-china.briefing"
    interchange.load_file(SAMPLE_JSON, path).close()
    return path


def start_app(path: Path) -> str:
    """Start as ``briefing-book WORKSPACE`` does (fonts, window, workspace), then quit."""
    from PySide6.QtWidgets import QApplication

    from ui.app import apply_font, create_window, register_fonts

    app = QApplication.instance() or QApplication(["briefing-book"])
    register_fonts()
    apply_font(app)
    window = create_window(str(path))
    window.show()
    app.processEvents()
    assert window.session is not None and not window.session.readonly
    book_id = window.session.ws.books.summaries()[0][0]
    window.open_record("book", book_id)
    window.show_find()
    app.processEvents()
    title = window.windowTitle()
    assert window.close()
    app.processEvents()
    return title


def export_book(path: Path, folder: Path) -> tuple[int, int]:
    """Compose the sample book and write it as PDF and DOCX; (PDF pages, DOCX bytes)."""
    from briefing.compose.book import compose
    from briefing.export.docx.writer import write_docx
    from briefing.export.pdf.writer import write_pdf
    from briefing.store import Workspace

    with Workspace.open(path, readonly=True) as ws:
        doc = compose(ws, ws.books.get(ws.books.summaries()[0][0]))
    pages = write_pdf(doc, folder / "book.pdf").pages
    write_docx(doc, folder / "book.docx")
    return pages, (folder / "book.docx").stat().st_size


def import_release(path: Path) -> int:
    """Read the sample press release and draft a meeting from it; the number of items."""
    from briefing.importers.press_release import extract
    from briefing.importers.readers import read_file
    from briefing.store import Workspace

    with Workspace.open(path, readonly=True) as ws:
        settings = ws.settings
    draft = extract(read_file(SAMPLE_RELEASE).text, settings)
    return len(draft.items)


def run_all(folder: Path) -> dict[str, object]:
    path = build_sample(folder)
    title = start_app(path)
    pages, docx_size = export_book(path, folder)
    items = import_release(path)
    return {"title": title, "pdf_pages": pages, "docx_bytes": docx_size, "items": items}


if __name__ == "__main__":
    print(run_all(Path(sys.argv[1])), flush=True)
