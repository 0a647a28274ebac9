"""The app as the desktop sees it: a sharp icon at every size, files the system hands over,
settings and data in the platform's places."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QStandardPaths
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from briefing.files import paths
from briefing.files.paths import resource
from ui.common import desktop
from ui.common.settings import config_dir


def test_the_icon_has_every_size_from_16_to_512(qapp):
    icon = desktop.app_icon()
    sizes = {s.width() for s in icon.availableSizes()}
    assert sizes >= {16, 24, 32, 48, 64, 128, 256, 512}
    for size in desktop.ICON_SIZES:
        image = QImage(str(resource("icons", f"briefing-book-{size}.png")))
        assert image.size() == QSize(size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # the tile's rounded corner
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    # a 2x screen asks for 64 px where 32 are drawn: it gets the real 64 px picture
    assert icon.pixmap(QSize(64, 64)).size() == QSize(64, 64)


def test_install_sets_the_window_icon_and_opens_handed_over_files(qapp, tmp_path):
    opened: list[str] = []
    desktop.install(qapp, opened.append)
    assert not qapp.windowIcon().isNull()
    assert QGuiApplication.desktopFileName() == "briefing-book"
    target = tmp_path / "visit.briefing"
    QApplication.sendEvent(qapp, QFileOpenEvent(str(target)))
    assert opened == [str(target)]
    QApplication.sendEvent(qapp, QEvent(QEvent.Type.User))  # anything else passes by
    assert opened == [str(target)]


def test_the_main_window_opens_a_file_the_system_hands_over(window, workspace_path, qapp):
    window.close_workspace()
    desktop.install(qapp, window.open_workspace)
    QApplication.sendEvent(qapp, QFileOpenEvent(str(workspace_path)))
    assert window.session is not None and Path(window.session.path) == workspace_path


def test_data_and_settings_are_where_qt_says_this_platform_keeps_them(monkeypatch, tmp_path):
    """briefing.files.paths (the core, no Qt) and QStandardPaths agree."""
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.delenv("BRIEFING_BOOK_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    location = QStandardPaths.StandardLocation
    data = Path(QStandardPaths.writableLocation(location.GenericDataLocation))
    name = (
        "Briefing Book"
        if paths.os.name == "nt" or paths.sys.platform == "darwin"
        else "briefing-book"
    )
    assert paths.data_dir() == data / name
    config = Path(QStandardPaths.writableLocation(location.GenericConfigLocation))
    assert config_dir() == config / "briefing-book"


def test_the_data_folder_on_macos(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setattr(paths.sys, "platform", "darwin")
    monkeypatch.setattr(paths.Path, "home", classmethod(lambda cls: tmp_path))
    if paths.os.name != "nt":
        assert paths.data_dir() == tmp_path / "Library/Application Support/Briefing Book"


def test_qt_is_asked_for_the_high_dpi_pixmaps(qapp):
    # Qt 6 always scales; the icon must still give a device-pixel-ratio-2 pixmap
    pixmap = desktop.app_icon().pixmap(QSize(32, 32), 2.0)
    assert pixmap.size() == QSize(64, 64) and pixmap.devicePixelRatio() == 2.0
