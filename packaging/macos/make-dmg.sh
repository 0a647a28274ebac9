#!/usr/bin/env bash
# dist/briefing-book-VERSION-macos-ARCH.dmg from the .app: drag it onto Applications.
set -euo pipefail
app="$1"
version=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$app/Contents/Info.plist")
stage=$(mktemp -d)
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Briefing Book" -srcfolder "$stage" -ov -format UDZO \
  "dist/briefing-book-$version-macos-$(uname -m).dmg"
rm -rf "$stage"
