"""The app icon in every size, from ``resources/icons/briefing-book.svg``.

``python packaging/icons.py`` renders the PNGs kept in ``resources/icons/`` (16-512 px, with
Qt's SVG renderer); ``--ico FILE`` and ``--icns FILE`` also write the Windows and macOS icon
files from them (both formats hold PNGs: a small header and a table, written here).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "briefing-book.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int, folder: Path = ICONS) -> Path:
    return folder / f"briefing-book-{size}.png"


def render_pngs(svg: Path = SVG, folder: Path = ICONS, sizes=SIZES) -> list[Path]:  # noqa: ANN001
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = png_path(size, folder)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def write_ico(pngs: dict[int, bytes], out: Path) -> None:
    """A Windows .ico of PNG images (Vista and later read PNG entries), sizes up to 256."""
    chosen = sorted((s, data) for s, data in pngs.items() if s <= 256)
    header = struct.pack("<HHH", 0, 1, len(chosen))
    offset = len(header) + 16 * len(chosen)
    table, blobs = b"", b""
    for size, data in chosen:
        side = 0 if size == 256 else size  # 0 means 256
        table += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    out.write_bytes(header + table + blobs)


#: .icns element types holding PNG data, by pixel size (the @2x types share the sizes)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def write_icns(pngs: dict[int, bytes], out: Path) -> None:
    """A macOS .icns of PNG elements (16-512 px)."""
    body = b""
    for size, kind in ICNS_TYPES.items():
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def read_pngs(folder: Path = ICONS) -> dict[int, bytes]:
    return {s: png_path(s, folder).read_bytes() for s in SIZES if png_path(s, folder).exists()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="also write a macOS .icns here")
    parser.add_argument("--no-render", action="store_true", help="use the PNGs as they are")
    args = parser.parse_args(argv)
    if not args.no_render:
        render_pngs()
    pngs = read_pngs()
    for path, writer in ((args.ico, write_ico), (args.icns, write_icns)):
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            writer(pngs, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
