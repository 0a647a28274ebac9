#!/usr/bin/env bash
# Build the macOS app and its disk image: dist/Briefing Book.app (packaging/briefing-book.spec:
# the .briefing document type, the icon, high-DPI), the smoke test on it, then
# dist/briefing-book-VERSION-macos-ARCH.dmg with the app and a link to /Applications.
# Run on a Mac with Python 3.11:  bash packaging/macos/build.sh
# The app is signed ad hoc (PyInstaller's default), not notarised: Gatekeeper asks on first
# open (right-click ▸ Open). CI: .github/workflows/dist.yml. Not run on the project's own
# machines (Linux).
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv .venv-mac
py=.venv-mac/bin/python
"$py" -m pip install -q --upgrade pip
"$py" -m pip install -q -e '.[gui,test,dist]'
"$py" packaging/icons.py --no-render --ico build/icons/briefing-book.ico \
  --icns build/icons/briefing-book.icns
"$py" -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller \
  packaging/briefing-book.spec
app="dist/Briefing Book.app"
"$py" packaging/smoke_test.py "$app/Contents/MacOS/briefing-book" \
  "$app/Contents/MacOS/briefing" --source-cli .venv-mac/bin/briefing
bash packaging/macos/make-dmg.sh "$app"
