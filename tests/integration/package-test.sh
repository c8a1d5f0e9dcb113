#!/bin/sh
# Builds the .deb with CPack, installs it with apt (so its declared dependencies are
# resolved from the archive), runs the installed app and removes the package again.
#   package-test.sh BUILD_DIR
set -eu
build=$1
fail() { echo "package-test: $*" >&2; exit 1; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  sudo -n true 2>/dev/null || fail "installing a package needs root or password-less sudo"
  SUDO="sudo -n"
fi
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps is missing (packaging/debian-deps.sh --test installs dpkg-dev)"
dpkg-query -W -f '${Status}' sprintdeck 2>/dev/null | grep -q ' installed$' && fail "a sprintdeck package is installed already; remove it first"

cd "$build"
rm -f sprintdeck_*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; fail "cpack failed"; }
deb=$(ls sprintdeck_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libsqlite3-0; do
  echo "$depends" | grep -q "$lib" || fail "$deb does not declare $lib"
done

trap '$SUDO apt-get remove -y -q sprintdeck >/dev/null 2>&1 || true' EXIT
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
  -o DPkg::Lock::Timeout=300 "./$deb" >apt.log 2>&1 || { cat apt.log >&2; fail "apt could not install $deb"; }

/usr/bin/sprintdeck --version | grep -q '^sprintdeck ' || fail "the installed sprintdeck --version failed"
db=$(mktemp -d)/package.sprintdeck
/usr/bin/sprintdeck card add --db "$db" --title "Installed and working" >/dev/null || fail "the installed app cannot write a board"
/usr/bin/sprintdeck card list --db "$db" | grep -q "Installed and working" || fail "the installed app cannot read a board"
desktop-file-validate /usr/share/applications/org.sprintdeck.SprintDeck.desktop || fail "invalid installed .desktop file"
appstreamcli validate --no-net /usr/share/metainfo/org.sprintdeck.SprintDeck.metainfo.xml >/dev/null || fail "invalid installed metainfo"
for size in 16x16 32x32 48x48 128x128 256x256; do
  test -s /usr/share/icons/hicolor/$size/apps/org.sprintdeck.SprintDeck.png || fail "icon $size missing"
done
test -s /usr/share/icons/hicolor/scalable/apps/org.sprintdeck.SprintDeck.svg || fail "scalable icon missing"
grep -q 'application/x-sprintdeck:\*\.sprintdeck' /usr/share/mime/globs2 || fail "the .sprintdeck file type is not registered"
echo "package-test: $deb installs, runs and registers its file type"
