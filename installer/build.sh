#!/usr/bin/env bash
# Builds Derivation Explorer as a self-contained package with jpackage: a jlink'd Java runtime (with
# its class-data sharing archive), the app and its libraries (JavaFX, Symja, the DJL PyTorch natives)
# and the trained flagger.
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
  --jlink-options "--strip-debug --no-header-files --no-man-pages --generate-cds-archive"
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

# App image: a class-data sharing archive of the classes the window and the checker load, made by
# opening the samples once (needs a display: xvfb-run). It cuts the window's first view by about a
# second (4.1-4.4 s -> 3.1-3.7 s here); without it (no xvfb-run) the app starts as before, as the
# JVM ignores a missing archive. The archive must be made by this very image (same class path).
if [ "$type" = app-image ]; then
  cfg="$dest/derivx/lib/app/derivx.cfg"
  if command -v xvfb-run >/dev/null; then
    cp "$cfg" "$cfg.orig"
    echo 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/derivx.jsa' >>"$cfg"
    if ! xvfb-run -a "$dest/derivx/bin/derivx" gui --snapshot "$dest/cds-run.png" \
      >"$dest/cds-run.log" 2>&1; then
      echo "build.sh: the class-data archive run failed (see $dest/cds-run.log); none made" >&2
      rm -f "$dest/derivx/lib/app/derivx.jsa"
    fi
    mv "$cfg.orig" "$cfg"
    rm -f "$dest/cds-run.png"
  else
    echo "build.sh: no xvfb-run: no class-data archive (the window starts about a second slower)" >&2
  fi
  echo 'java-options=-XX:SharedArchiveFile=$APPDIR/derivx.jsa' >>"$cfg"
fi
echo "built $type in $dest"
