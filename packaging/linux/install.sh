#!/bin/sh
# Make this unpacked Briefing Book known to the desktop, for the current user (no root):
# the menu entry, the icon, the .briefing file type (double-click opens it) and the
# briefing-book and briefing commands in ~/.local/bin. Nothing is copied out of this folder
# but those small files; the folder itself may be read-only (say, /opt/briefing-book).
#   ./install.sh              install (again: it replaces what it installed before)
#   ./install.sh --uninstall  remove what it installed
set -eu
here="$(dirname "$(readlink -f "$0")")"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="${BRIEFING_BIN_DIR:-$HOME/.local/bin}"
app="$here/briefing-book/briefing-book"

refresh() {
  if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database "$data/applications"
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$bin/briefing-book" "$bin/briefing" "$data/applications/briefing-book.desktop" \
        "$data/mime/packages/briefing-book.xml"
  for icon in "$here"/share/icons/hicolor/*/*/*; do
    rm -f "$data/icons/hicolor/${icon#"$here/share/icons/hicolor/"}"
  done
  refresh
  echo "Briefing Book removed from the desktop (this folder is left as it is)."
  exit 0
fi

[ -x "$app" ] || { echo "install.sh: $app is missing; unpack the whole archive" >&2; exit 1; }
mkdir -p "$bin" "$data/applications" "$data/mime/packages"
ln -sfn "$app" "$bin/briefing-book"
ln -sfn "$here/briefing-book/briefing" "$bin/briefing"
sed -e "s|^Exec=.*|Exec=\"$app\" %f|" -e "s|^TryExec=.*|TryExec=$app|" \
    "$here/share/applications/briefing-book.desktop" > "$data/applications/briefing-book.desktop"
cp "$here/share/mime/packages/briefing-book.xml" "$data/mime/packages/"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$data/icons/$(dirname "$icon")"
  cp "$here/share/icons/$icon" "$data/icons/$icon"
done
refresh
if command -v xdg-mime >/dev/null; then
  xdg-mime default briefing-book.desktop application/x-briefing-book || true
fi
echo "Briefing Book installed: in the menu (Office), for .briefing files, and as"
echo "$bin/briefing-book and $bin/briefing."
case ":$PATH:" in *":$bin:"*) ;; *) echo "Add $bin to your PATH to type those commands." ;; esac
