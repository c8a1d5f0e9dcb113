#!/bin/sh
# Installs what SprintDeck needs on Debian 12, only the packages that are missing.
#   packaging/debian-deps.sh          build and run the app
#   packaging/debian-deps.sh --test   also what the test suite starts for real
#                                     (Xvfb, keyring, LibreOffice, Redmine, PostgreSQL, ...)
set -eu

BUILD="cmake ninja-build g++ pkg-config ccache lld
 qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev
 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
 libcmark-gfm-dev libcmark-gfm-extensions-dev libquazip1-qt6-dev libsqlite3-dev
 libbenchmark-dev libgl-dev libxkbcommon-dev fonts-dejavu-core fonts-symbola
 fonts-noto-color-emoji"
TEST="xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools poppler-utils sqlite3 openssl
 libreoffice-impress taskwarrior clang libclang-rt-14-dev desktop-file-utils appstream
 curl redmine redmine-sqlite thin dpkg-dev postgresql-15"

want="$BUILD"
[ "${1:-}" = "--test" ] && want="$BUILD $TEST"

missing=""
for p in $want; do
  dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q ' installed$' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "Installing:$missing" >&2
# Redmine's package would otherwise ask for a database of its own default instance.
printf '%s\n' \
  'redmine redmine/current-instances string default' \
  'redmine redmine/instances/default/dbconfig-install boolean false' \
  'redmine redmine/instances/default/database-type select sqlite3' | $SUDO debconf-set-selections
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
  -o DPkg::Lock::Timeout=300 $missing
