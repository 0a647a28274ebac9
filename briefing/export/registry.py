"""The export formats, by name. Add a format: a :class:`~briefing.export.writer.Writer` in its
own module, and one line in :func:`_built_in` (or :func:`register` it from outside)."""

from __future__ import annotations

from briefing.export.writer import Writer


def _built_in() -> list[Writer]:
    from briefing.export.docx import DocxWriter
    from briefing.export.pdf import PdfWriter

    return [PdfWriter(), DocxWriter()]


_WRITERS: dict[str, Writer] = {}


def _ensure() -> dict[str, Writer]:
    if not _WRITERS:
        for writer in _built_in():
            _WRITERS[writer.name] = writer
    return _WRITERS


def register(writer: Writer) -> None:
    """Make ``writer`` an export format (replacing one of the same name)."""
    _ensure()[writer.name] = writer


def unregister(name: str) -> None:
    _ensure().pop(name, None)


def writers() -> list[Writer]:
    """Every format, in the order the command line and the dialog show them."""
    return list(_ensure().values())


def writer(name: str) -> Writer:
    try:
        return _ensure()[name]
    except KeyError:
        known = ", ".join(w.name for w in writers())
        raise KeyError(f"no export format {name!r} (known: {known})") from None
