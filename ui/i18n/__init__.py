"""The interface's languages: Qt translation catalogues (``briefing_<lang>.ts`` beside this file,
compiled to ``.qm``) and the choice between them.

The language is the one chosen in Preferences ▸ Language (:class:`~ui.common.settings.AppSettings`
``language``: "en", "km"), else the system's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``
or Qt's system locale). Text from module-level code goes through :func:`tr`, which translates in
the empty context: that is the context ``pyside6-lupdate`` gives a bare ``tr("…")`` call, so the
catalogue and the running app agree. Classes use ``self.tr``.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
#: the interface languages: code -> the language's own name (what Preferences lists)
LANGUAGES = {"en": "English", "km": "ខ្មែរ"}
#: the locale each language sets as Qt's default (dates, numbers, month names in widgets)
LOCALES = {"en": "en_GB", "km": "km_KH"}

_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """``text`` in the interface's language (for code outside a QObject's methods)."""
    return QCoreApplication.translate("", text)


def core_locale():  # noqa: ANN201 - a briefing.i18n.BookLocale
    """The interface's language as the core's locale: for the core's messages to the user
    (the ``messages`` catalogue: preflight findings, clearance states, workspace errors)."""
    from briefing.i18n import interface_locale

    return interface_locale(current())


def said(exc: BaseException) -> str:
    """An error's message in the interface's language, where the core translates it (a
    :class:`~briefing.errors.BriefingError` raised with a marked template), else as it is."""
    from briefing.errors import BriefingError
    from briefing.files.targets import ProtectedTarget

    if isinstance(exc, BriefingError | ProtectedTarget):
        return exc.said(core_locale())
    return str(exc)


def catalogue_path(language: str, suffix: str = ".qm") -> Path:
    return HERE / f"briefing_{language}{suffix}"


def system_language() -> str:
    """The first language of the environment that the interface has, else English."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(var, "").split(":"):
            code = part.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                break  # a language we do not have: fall through to the next variable
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def resolve(choice: str | None) -> str:
    """The language to use for a preference ("" or None: the system's)."""
    return choice if choice in LANGUAGES else system_language()


def install(language: str) -> str:
    """Load ``language``'s catalogues into the running application (replacing any loaded
    before) and make its locale Qt's default; returns the language installed."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale(LOCALES[language]))
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(catalogue_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no interface catalogue for %s at %s", language, catalogue_path(language))
    # Qt's own strings (standard buttons, text field menus) where Qt ships them; PySide6
    # ships no Khmer qtbase catalogue, so ours carries those contexts too (qt_km.ts).
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):
        base = QTranslator(app)
        if base.load(f"{name}_{language}", qt_folder):
            app.installTranslator(base)
            _installed.append(base)
            break
    extra = QTranslator(app)
    if extra.load(str(HERE / f"qt_{language}.qm")):
        app.installTranslator(extra)
        _installed.append(extra)
    return language


def current() -> str:
    """The language installed now ("en" when no catalogue is loaded)."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else "en"
