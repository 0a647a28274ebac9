"""The preview pane: which book, its state, and its pages as the PDF writer laid them out."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.preview.render_process import Rendering


class ElidedLabel(QLabel):
    """One line of plain text, cut with … to fit; the whole text in its tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        self._fit()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        super().setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class PreviewPane(QWidget):
    #: the width it asks for when first shown: a share of the window, within bounds (the text
    #: being written keeps a comfortable width; a saved layout overrides it)
    SHARE, MIN_WIDTH, MAX_WIDTH = 0.3, 380, 640

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        share = int(self.window().width() * self.SHARE) if self.window() is not self else 0
        return QSize(min(max(share, self.MIN_WIDTH), self.MAX_WIDTH), hint.height())

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview-pane")
        self.rendering: Rendering | None = None
        self.document: QPdfDocument | None = None  # owns the QBuffer it reads from

        self.book_label = ElidedLabel()
        self.book_label.setObjectName("preview-book")
        self.state_label = ElidedLabel()
        self.state_label.setObjectName("preview-state")
        self.page_label = QLabel()
        self.page_label.setObjectName("preview-page")
        self.fit_width = QToolButton()
        self.fit_width.setText(self.tr("Width"))
        self.fit_width.setToolTip(self.tr("Fit the page width to the pane"))
        self.fit_page = QToolButton()
        self.fit_page.setText(self.tr("Page"))
        self.fit_page.setToolTip(self.tr("Show whole pages"))
        for button, mode in (
            (self.fit_width, QPdfView.ZoomMode.FitToWidth),
            (self.fit_page, QPdfView.ZoomMode.FitInView),
        ):
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, m=mode: self.set_zoom(m))

        self.view = QPdfView()
        self.view.setObjectName("preview-view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(8)
        self.view.setDocumentMargins(QMargins(8, 8, 8, 8))
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor("#7d828a"))  # the desk around pages
        self.view.setPalette(palette)
        self.view.viewport().setPalette(palette)
        self._blank = QPdfDocument(self)  # shown when there are no pages (the view wants one)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._show_page())
        self.message = QLabel()
        self.message.setObjectName("preview-message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(16)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)

        header = QHBoxLayout()
        header.setContentsMargins(6, 4, 6, 0)
        header.addWidget(self.book_label, 1)
        header.addWidget(self.fit_width)
        header.addWidget(self.fit_page)
        footer = QHBoxLayout()
        footer.setContentsMargins(6, 0, 6, 4)
        footer.addWidget(self.state_label, 1)
        footer.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        self.set_zoom(QPdfView.ZoomMode.FitToWidth)
        self.show_message(self.tr("No workspace is open."))

    # ------------------------------------------------------------------ what is shown

    def set_book(self, title: str | None) -> None:
        self.book_label.setText(
            self.tr("Preview of “%s”") % title if title is not None else self.tr("Preview")
        )

    def set_state(self, text: str, problem: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet("color: #b00020;" if problem else "")
        self.state_label.setProperty("problem", problem)

    def show_message(self, text: str) -> None:
        """Text in place of pages (no book, an error before any page, locked); pages dropped."""
        self.clear()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def clear(self) -> None:
        """Forget the pages, so nothing of the book stays in the pane."""
        self.view.setDocument(self._blank)
        self._drop_document()
        self.rendering = None
        self.page_label.clear()

    def show_rendering(
        self, rendering: Rendering, document: QPdfDocument | None = None, page: int | None = None
    ) -> None:
        """Show new pages in place of the old, where the reader was or at ``page`` (0-based)."""
        scroll = (self.view.horizontalScrollBar().value(), self.view.verticalScrollBar().value())
        same_book = self.rendering is not None and self.rendering.book_id == rendering.book_id
        if document is None:
            document = QPdfDocument()
            buffer = QBuffer(document)
            buffer.setData(QByteArray(rendering.pdf))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document.load(buffer)
        document.setParent(self)
        old = self.document
        self.document, self.rendering = document, rendering
        self.view.setDocument(document)
        if old is not None:
            old.deleteLater()  # the view has let go of it
        self.stack.setCurrentWidget(self.view)
        if page is not None:
            self.go_to_page(page)
        elif same_book:
            self.view.horizontalScrollBar().setValue(scroll[0])
            self.view.verticalScrollBar().setValue(scroll[1])
        else:
            self.go_to_page(0)
        self._show_page()

    def go_to_page(self, page: int) -> None:
        if self.document is None or not 0 <= page < self.document.pageCount():
            return
        self.view.pageNavigator().jump(page, QPointF(), 0)
        self._show_page()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def set_zoom(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self.fit_width.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page.setChecked(mode == QPdfView.ZoomMode.FitInView)

    def _show_page(self) -> None:
        if self.document is None or self.rendering is None:
            self.page_label.clear()
            return
        self.page_label.setText(
            self.tr("Page %d of %d") % (self.current_page() + 1, self.rendering.pages)
        )

    def _drop_document(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
        self.document = None

    def page_text(self, page: int) -> str:
        """The text of a shown page (what a reader can select)."""
        if self.document is None:
            return ""
        return self.document.getAllText(page).text()
