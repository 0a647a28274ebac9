"""The PDF writer (reportlab): see :mod:`briefing.export.pdf.writer`."""

from briefing.export.pdf.writer import PAPER_SIZES, PdfWriter, heading_pages, write_pdf

__all__ = ["PAPER_SIZES", "PdfWriter", "heading_pages", "write_pdf"]
