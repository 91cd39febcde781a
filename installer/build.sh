#!/usr/bin/env bash
# Builds Derivation Explorer as a self-contained package with jpackage: a jlink'd Java runtime,
# the app and its libraries (JavaFX, Symja, the DJL PyTorch natives) and the trained flagger.
#
#   installer/build.sh [--type app-image|deb] [--dest DIR] [--skip-build]
#
# app-image (default): DIR/derivx/, run DIR/derivx/bin/derivx (no arguments: the window; with
# arguments: the CLI, e.g. `derivx check file.json`). deb: DIR/derivx_<version>_amd64.deb,
# installing into /opt/derivx with a desktop entry and /opt/derivx/bin/derivx.
# On macOS (--type dmg|pkg) and Windows (--type msi|exe, WiX on the PATH) the same script builds
# those packages: jpackage only builds for the system it runs on.
set -euo pipefail
cd "$(dirname "$0")/.."

type=app-image
dest=target/installer
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type="$2"; shift 2 ;;
    --dest) dest="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

command -v jpackage >/dev/null || { echo "build.sh: jpackage not found: a full JDK 17+ is needed" >&2; exit 2; }
if [ "$build" = 1 ] || [ ! -f target/derivx.jar ]; then
  mvn -q -B -DskipTests package
fi

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)
input=target/installer-input
rm -rf "$input"
mkdir -p "$input/lib" "$dest"
cp target/derivx.jar "$input/"
cp target/lib/*.jar "$input/lib/"
# the window opens these when started without files (found beside the jar)
cp -r sample-derivations "$input/"

# Modules the app and its libraries use (jdeps over them), plus locale data and charsets for text.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs

args=(
  --type "$type" --dest "$dest" --name derivx --app-version "$version"
  --description "Derivation Explorer: step-checked, flagged and annotated LLM derivations"
  --vendor "Derivation Explorer" --copyright "Derivation Explorer authors"
  --input "$input" --main-jar derivx.jar --main-class org.derivx.Main
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
  --java-options "-Dai.djl.offline=true" --java-options "-Xss4m"
  --icon assets/icons/derivx.png
)
if [ "$type" = deb ]; then
  # installer/deb: jpackage's postinst and prerm, except that the desktop menu entry can never fail
  # install or removal (a server or container has no menu: xdg-desktop-menu exits 3)
  args+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Science
    --linux-app-category science --install-dir /opt --resource-dir installer/deb)
fi
if [ "$type" = app-image ]; then
  rm -rf "${dest:?}/derivx"
fi
jpackage "${args[@]}"
echo "built $type in $dest"
