#!/usr/bin/env bash
# The Linux release from dist/briefing-book (make dist): an unpack-and-run folder as
# dist/briefing-book-VERSION-linux-ARCH.tar.gz. Its top level is also an AppDir (AppRun, the
# .desktop file, the icon), so `appimagetool FOLDER` makes an AppImage where that tool exists;
# it is not on PyPI or in Debian, so here the .tar.gz is the release.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
version=$("$PY" -c 'from briefing.about import app_version; print(app_version())')
name="briefing-book-$version-linux-$(uname -m)"
stage="build/linux/$name"
rm -rf build/linux && mkdir -p "$stage"
cp -a dist/briefing-book "$stage/briefing-book"
linux=packaging/linux
install -m 755 "$linux/AppRun" "$linux/install.sh" "$stage/"
install -m 644 "$linux/briefing-book.desktop" "$stage/"
install -D -m 644 "$linux/briefing-book.desktop" "$stage/share/applications/briefing-book.desktop"
install -D -m 644 "$linux/briefing-book-mime.xml" "$stage/share/mime/packages/briefing-book.xml"
icons=resources/icons
for size in 16 24 32 48 64 128 256 512; do
  for kind in apps/briefing-book mimetypes/application-x-briefing-book; do
    install -D -m 644 "$icons/briefing-book-$size.png" \
      "$stage/share/icons/hicolor/${size}x$size/$kind.png"
  done
done
for kind in apps/briefing-book mimetypes/application-x-briefing-book; do
  install -D -m 644 "$icons/briefing-book.svg" "$stage/share/icons/hicolor/scalable/$kind.svg"
done
install -m 644 "$icons/briefing-book-256.png" "$stage/briefing-book.png"
ln -s briefing-book.png "$stage/.DirIcon"
tar -C build/linux -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz"
