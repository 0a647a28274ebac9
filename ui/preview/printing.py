"""Print the current book through Qt's print dialog, each page exactly as in the PDF.

The pages come from the live preview's renderer (laid out off the GUI thread, as saved now);
each is drawn by QtPdf at the printer's resolution (at most ``MAX_DPI``: a 1,200 dpi A4 page
would be a 550 MB image) and scaled onto the printer's paper, centred, keeping its shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from ui.common import messages
from ui.i18n import tr
from ui.preview.render_process import Rendering

if TYPE_CHECKING:
    from ui.preview.live import LivePreview
    from ui.shell.host import WindowHost

MAX_DPI = 300


def print_book(host: WindowHost, live: LivePreview) -> None:
    """File/Book ▸ Print…: save what is typed, get the pages as saved, then ask the printer."""
    window = host.window
    book = live.current_book()
    if book is None:
        messages.info(window, tr("Print"), tr("Open a book to print it."))
        return
    host.save_pending()
    waiting = QProgressDialog(tr("Laying out “%s”…") % book.title, tr("Cancel"), 0, 0, window)
    waiting.setObjectName("print-layout-progress")
    waiting.setWindowTitle(tr("Print"))
    waiting.setWindowModality(Qt.WindowModality.WindowModal)
    waiting.setMinimumDuration(400)
    cancelled = []

    def ready(rendering: Rendering | None, why: str) -> None:
        waiting.reset()
        waiting.deleteLater()
        if rendering is not None:
            print_rendering(window, rendering)
        elif not cancelled:
            messages.error(window, tr("Cannot print"), why)

    def cancel() -> None:
        cancelled.append(True)
        live.cancel_wait(ready)
        waiting.deleteLater()

    waiting.canceled.connect(cancel)
    live.when_current(ready)


def _printer_for(rendering: Rendering) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(rendering.title)
    printer.setCreator("Briefing Book")
    printer.setFullPage(True)  # the PDF's own margins; banners sit 0.85 cm from the edge
    paper = (
        QPageSize.PageSizeId.Letter
        if rendering.paper.upper() == "LETTER"
        else (QPageSize.PageSizeId.A4)
    )
    printer.setPageSize(QPageSize(paper))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def print_rendering(window: QWidget, rendering: Rendering) -> bool:
    """The print dialog, then every chosen page; False if cancelled or the printer failed."""
    printer = _printer_for(rendering)
    dialog = QPrintDialog(printer, window)
    dialog.setObjectName("print-dialog")
    dialog.setWindowTitle(tr("Print “%s”") % rendering.title)
    dialog.setMinMax(1, rendering.pages)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first, last = printer.fromPage(), printer.toPage()
    if first == 0:  # all pages
        first, last = 1, rendering.pages
    pages = list(range(first - 1, min(last, rendering.pages)))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()

    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(rendering.pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        messages.error(window, tr("Cannot print"), tr("The printer could not be started."))
        return False
    progress = QProgressDialog(tr("Printing…"), tr("Cancel"), 0, len(pages), window)
    progress.setObjectName("print-progress")
    progress.setWindowTitle(tr("Print"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    done = True
    try:
        for n, page in enumerate(pages):
            if progress.wasCanceled():
                printer.abort()
                done = False
                break
            if n:
                printer.newPage()
            draw_page(painter, printer, document, page)
            progress.setLabelText(tr("Printing page %d of %d…") % (n + 1, len(pages)))
            progress.setValue(n + 1)
    finally:
        painter.end()
        progress.reset()
        progress.deleteLater()
        document.close()
    return done


def draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    """One PDF page, rendered at the printer's resolution and fitted to its paper."""
    points = document.pagePointSize(page)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / points.width(), paper.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    target = QRectF(
        paper.left() + (paper.width() - width) / 2,
        paper.top() + (paper.height() - height) / 2,
        width,
        height,
    )
    dpi = min(printer.resolution(), MAX_DPI)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)  # QtPdf leaves the page transparent where nothing is drawn
    with_page = QPainter(image)
    with_page.drawImage(0, 0, document.render(page, size))
    with_page.end()
    painter.drawImage(target, image)
