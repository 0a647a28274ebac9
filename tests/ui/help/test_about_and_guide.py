"""Help ▸ User Guide (F1) and Help ▸ About: in the menu, shown offline, pictures and all."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from briefing.about import app_version
from ui.help import about as about_module
from ui.help import guide as guide_module


def _action(window, name):  # noqa: ANN001, ANN202
    menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu().objectName() == "help-menu"
    )
    return next(a for a in menu.actions() if a.objectName() == name)


def test_help_menu_has_the_guide_on_f1_and_about(window):
    guide = _action(window, "user-guide")
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert _action(window, "about").isEnabled()
    window.close_workspace()
    assert guide.isEnabled() and _action(window, "about").isEnabled()  # no workspace needed


def test_the_guide_opens_offline_with_its_screenshots(window, qtbot):
    _action(window, "user-guide").trigger()
    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "user-guide"]
    assert len(shown) == 1 and shown[0].isVisible()
    browser = shown[0].browser
    document = browser.document()
    assert "Writing the book" in document.toPlainText()
    qtbot.wait(100)  # the layout is finished on the event loop
    room = browser.viewport().width()
    for name in ("welcome.png", "book.png", "meeting.png", "tracker.png", "export.png"):
        assert name in document.toHtml()
        url = document.baseUrl().resolved(QUrl(name))
        image = document.resource(QTextDocument.ResourceType.ImageResource, url)
        assert image is not None and not image.isNull(), name
        assert 0 < image.width() <= room, name  # scaled to fit, smoothly, by the window
    layout, block = document.documentLayout(), document.begin()
    while block.isValid():  # every paragraph laid out where it is, none hidden by a picture
        assert not block.text() or layout.blockBoundingRect(block).height() > 0, block.text()
        block = block.next()
    # every screenshot fits the window: no sideways scrolling
    assert browser.horizontalScrollBar().maximum() == 0
    # a link of the contents goes to its section
    browser.scrollToAnchor("checking-and-exporting")
    assert browser.verticalScrollBar().value() > 0
    # F1 again: the same window, not a second one
    _action(window, "user-guide").trigger()
    assert len([w for w in QApplication.topLevelWidgets() if w.objectName() == "user-guide"]) == 1
    shown[0].close()


def test_a_missing_guide_says_so(tmp_path):
    html = guide_module.guide_html(tmp_path)
    assert "not in this installation" in html and str(tmp_path) in html


def test_every_picture_the_guide_names_is_there():
    folder = guide_module.guide_dir()
    text = (folder / guide_module.GUIDE).read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(pictures) >= 5
    for name in pictures:
        assert (folder / name).is_file(), name


def test_about_lists_version_libraries_and_fonts(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(about_module.AboutDialog, "exec", lambda self: opened.append(self))
    _action(window, "about").trigger()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    assert f"Version {app_version()}" in dialog.findChild(QLabel, "about-title").text()
    libraries = dialog.library_list
    names = [libraries.topLevelItem(i).text(0) for i in range(libraries.topLevelItemCount())]
    assert names[0] == "briefing-book" and "reportlab" in names and names[-1] == "Python"
    libraries.setCurrentItem(libraries.topLevelItem(names.index("reportlab")))
    pane = dialog.findChild(QPlainTextEdit, "about-libraries-text")
    assert pane.toPlainText().startswith("reportlab ") and "── LICENSE ──" in pane.toPlainText()
    fonts = dialog.font_list
    families = [fonts.topLevelItem(i).text(0) for i in range(fonts.topLevelItemCount())]
    assert "Noto Sans Khmer Regular" in families
    assert all(fonts.topLevelItem(i).text(2).startswith("OFL") for i in range(len(families)))
    fonts.setCurrentItem(fonts.topLevelItem(0))
    text = dialog.findChild(QPlainTextEdit, "about-fonts-text").toPlainText()
    assert "Copyright" in text and "SIL OPEN FONT LICENSE" in text.upper()
