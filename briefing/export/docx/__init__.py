"""The DOCX writer (python-docx): see :mod:`briefing.export.docx.writer`."""

from briefing.export.docx.writer import DocxWriter, write_docx

__all__ = ["DocxWriter", "write_docx"]
