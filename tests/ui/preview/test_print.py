"""File/Book ▸ Print…: through Qt's print dialog (accepted here with a PDF file as the printer),
every page of the book as the PDF writer laid it out, on the book's paper; ranges; cancel."""

from __future__ import annotations

import copy
import io
import statistics

import pypdf
import pytest
from preview_helpers import big_book, open_book
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog

from briefing.compose.book import Options, compose
from briefing.edits import BookEdit
from briefing.export.pdf.writer import write_pdf
from briefing.model import Paper
from ui.preview import printing

A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture
def print_to(monkeypatch, tmp_path):
    """The print dialog, accepted with a PDF file as the printer; what print_rendering said."""
    out = tmp_path / "printed.pdf"
    state = {"range": None, "accept": True, "results": [], "dialogs": []}

    def exec_(dialog):  # noqa: ANN001
        printer = dialog.printer()
        state["dialogs"].append((dialog.windowTitle(), printer.pageLayout().pageSize().id()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)  # a real printer's 300-600 dpi is just slower
        if state["range"]:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*state["range"])
        return QDialog.DialogCode.Accepted if state["accept"] else QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    real = printing.print_rendering

    def recorded(window, rendering):  # noqa: ANN001
        state["results"].append(real(window, rendering))

    monkeypatch.setattr(printing, "print_rendering", recorded)
    state["out"] = out
    return state


def _exported(window, book_id):  # noqa: ANN001
    """The same book through the PDF export (the core, not the preview)."""
    ws = window.session.ws
    out = io.BytesIO()
    write_pdf(compose(ws, ws.books.get(book_id), Options()), out)
    return out.getvalue()


def _sizes(pdf: bytes) -> list[tuple[int, int]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages]


def _ink_by_row(pdf: bytes, page: int) -> list[int]:
    """How much ink each row of a page carries, one pixel per point, drawn by QtPdf."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    size = QSize(595, 842)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    document.close()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bits, line, width = bytes(grey.constBits()), grey.bytesPerLine(), grey.width()
    return [width * 255 - sum(bits[y * line : y * line + width]) for y in range(grey.height())]


def _alike(printed: bytes, exported: bytes, page: int, other: int | None = None) -> float:
    """1.0 when the lines of text, rules and gaps of two pages fall on the same rows."""
    return statistics.correlation(
        _ink_by_row(printed, page), _ink_by_row(exported, page if other is None else other)
    )


def test_print_gives_every_page_as_in_the_pdf(qtbot, window, workspace_path, print_to):
    book_id, _ = big_book(window, workspace_path, count=8)
    open_book(window, book_id)
    assert window.preview.print_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    qtbot.waitUntil(lambda: print_to["results"] == [True], timeout=15_000)
    assert print_to["dialogs"][0][0] == "Print “Big visit book”"

    exported = _exported(window, book_id)
    printed = print_to["out"].read_bytes()
    sizes = _sizes(printed)
    assert len(sizes) == len(_sizes(exported)) >= 10
    assert set(sizes) == {A4}
    for page in (0, 3, len(sizes) - 1):  # cover, a brief, the last annex
        assert _alike(printed, exported, page) > 0.9
    # and the measure tells pages apart: two briefs, or the cover and a brief
    assert _alike(printed, exported, 3, 4) < 0.8 and _alike(printed, exported, 0, 3) < 0.8


def test_print_from_the_book_menu_on_letter_with_a_range(qtbot, window, workspace_path, print_to):
    book_id, _ = big_book(window, workspace_path, count=4)
    book = window.session.ws.books.get(book_id)
    letter = copy.deepcopy(book)
    letter.paper = Paper.LETTER
    assert window.session.push(BookEdit(book, letter, text="Paper"))
    open_book(window, book_id)
    assert window.preview.print_action in window.menus.menu("book").actions()
    print_to["range"] = (2, 3)
    window.preview.print_action.trigger()
    qtbot.waitUntil(lambda: print_to["results"] == [True], timeout=15_000)
    assert print_to["dialogs"][0][1] == QPageSize.PageSizeId.Letter
    printed = print_to["out"].read_bytes()
    assert _sizes(printed) == [LETTER, LETTER]
    exported = _exported(window, book_id)
    assert _sizes(exported)[0] == LETTER
    assert _alike(printed, exported, 0, 1) > 0.9


def test_print_dialog_cancelled_or_printing_stopped(
    qtbot, window, workspace_path, print_to, monkeypatch
):
    book_id, _ = big_book(window, workspace_path, count=8)
    open_book(window, book_id)
    print_to["accept"] = False
    window.preview.print_action.trigger()
    qtbot.waitUntil(lambda: print_to["results"] == [False], timeout=15_000)
    assert not print_to["out"].exists()

    # the progress dialog's Cancel after two pages stops the job
    asked = []

    def cancelled(_self) -> bool:  # noqa: ANN001
        asked.append(True)
        return len(asked) > 2

    monkeypatch.setattr(QProgressDialog, "wasCanceled", cancelled)
    print_to["accept"] = True
    window.preview.print_action.trigger()
    qtbot.waitUntil(lambda: len(print_to["results"]) == 2, timeout=15_000)
    assert print_to["results"][1] is False
    assert len(asked) == 3


def test_print_without_a_book_says_so(qtbot, window, no_message_boxes):
    shown, _ = no_message_boxes
    assert not window.preview.print_action.isEnabled()
    printing.print_book(window, window.preview)  # e.g. an action enabled by mistake
    assert shown[-1][:2] == ("info", "Print")
