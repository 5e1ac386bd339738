#!/bin/sh
# Installs tisep from this unpacked release folder (scripts/package puts this
# file at the top of the tarball).
#
#   ./install.sh                    into ~/.local (as a user) or /usr/local (as root)
#   ./install.sh --prefix DIR       into DIR/bin, DIR/share/man, ...
#   ./install.sh --uninstall        removes what ./install.sh installed (same --prefix);
#                                   the database (~/.local/share/tisep/) is kept
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=
uninstall=0

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if [ -z "$prefix" ]; then
  if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix=${HOME:?HOME is not set}/.local; fi
fi
case "$prefix" in /*) ;; *) prefix=$(pwd)/$prefix ;; esac

bin=$prefix/bin/tisep
man=$prefix/share/man/man1/tisep.1
completion=$prefix/share/bash-completion/completions/tisep
doc=$prefix/share/doc/tisep

if [ "$uninstall" = 1 ]; then
  for f in "$bin" "$man" "$completion"; do
    if [ -e "$f" ]; then rm -f "$f"; echo "removed $f"; fi
  done
  if [ -d "$doc" ]; then rm -rf "$doc"; echo "removed $doc/"; fi
  echo "tisep uninstalled from $prefix."
  echo "Your database is kept (by default ~/.local/share/tisep/ecosystem.sqlite); delete it yourself if you mean to."
  exit 0
fi

# Check that the binary runs here before copying anything.
if ! version=$("$here/tisep" --version 2>&1); then
  echo "install.sh: tisep does not run on this system:" >&2
  echo "$version" >&2
  if command -v ldd >/dev/null 2>&1; then ldd "$here/tisep" 2>&1 | grep 'not found' >&2 || true; fi
  echo "It needs the C library (glibc 2.35 or newer, x86_64), ncursesw and sqlite3:" >&2
  echo "  Debian/Ubuntu: sudo apt-get install libncursesw6 libsqlite3-0" >&2
  exit 1
fi

mkdir -p "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" "$doc/licenses"
install -m 0755 "$here/tisep" "$bin"
install -m 0644 "$here/tisep.1" "$man"
install -m 0644 "$here/tisep.bash-completion" "$completion"
install -m 0644 "$here/README.md" "$here/KEYS.md" "$doc/"
install -m 0644 "$here"/licenses/* "$doc/licenses/"

echo "$version"
echo "installed:"
echo "  $bin"
echo "  $man"
echo "  $completion"
echo "  $doc/ (README, keys, licences)"

case ":$PATH:" in
  *":$prefix/bin:"*) echo "Run: tisep" ;;
  *)
    if [ "$prefix" = "${HOME:-}/.local" ]; then
      echo "$prefix/bin is not on your PATH yet: open a new terminal (or log in again) — Debian's"
      echo "and Ubuntu's ~/.profile add ~/.local/bin when it exists — or run $bin"
    else
      echo "$prefix/bin is not on your PATH: run $bin, or add $prefix/bin to PATH"
    fi ;;
esac
