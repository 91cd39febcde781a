#!/usr/bin/env bash
# Smoke tests of the packages, offline: the checker and the flagger must work from a package alone.
#
#   installer/smoke.sh          builds the app image (from the jar `mvn verify` left in target/) and
#                               runs its CLI on a sample (CI does this)
#   installer/smoke.sh --deb    as root, by hand: builds the .deb, installs it with apt-get into a
#                               fresh minimal Debian (bookworm, debootstrap --variant=minbase) in a
#                               chroot, runs it there, removes it; both must succeed although the
#                               system has no desktop menu (then again with one: the entry is made
#                               and removed). Also: DERIVX_SMOKE_DEB=1 installer/smoke.sh
#
# --deb settings (environment): DERIVX_DEB_CACHE (default /tmp/derivx-deb-cache) keeps the
# debootstrap root and the packages apt downloads, so later runs take seconds plus the .deb build;
# DERIVX_DEB=FILE tests that .deb instead of building one; DEBIAN_MIRROR (default
# http://deb.debian.org/debian). Needs debootstrap (apt-get install debootstrap), unshare and the
# network the first time (later: only for packages not in the cache).
set -euo pipefail
cd "$(dirname "$0")/.."

deb_smoke() {
  if [ "$(id -u)" != 0 ]; then
    echo "smoke.sh --deb: run as root (it debootstraps a Debian root and chroots into it)" >&2
    exit 2
  fi
  for tool in debootstrap unshare chroot dpkg-deb; do
    command -v "$tool" >/dev/null || {
      echo "smoke.sh --deb: $tool not found (apt-get install debootstrap util-linux)" >&2
      exit 2
    }
  done
  local cache=${DERIVX_DEB_CACHE:-/tmp/derivx-deb-cache}
  local mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
  local log=target/installer/deb-smoke.log
  mkdir -p target/installer "$cache/archives"
  : >"$log"
  local t0 deb
  t0=$(date +%s)
  if [ -n "${DERIVX_DEB:-}" ]; then
    deb=$DERIVX_DEB
  else
    echo "building the .deb (a few minutes: compression)…"
    installer/build.sh --type deb --dest target/installer --skip-build >>"$log" 2>&1
    deb=$(ls -t target/installer/derivx_*_amd64.deb | head -1)
  fi
  local t_build=$(($(date +%s) - t0))

  # a pristine minimal root, made once; every run installs into a fresh copy of it
  t0=$(date +%s)
  if [ ! -f "$cache/pristine.ok" ]; then
    echo "debootstrap bookworm (minbase) into $cache/pristine (first run only)…"
    rm -rf "$cache/pristine"
    debootstrap --variant=minbase bookworm "$cache/pristine" "$mirror" >>"$log" 2>&1
    # no services start inside a chroot
    printf '#!/bin/sh\nexit 101\n' >"$cache/pristine/usr/sbin/policy-rc.d"
    chmod 755 "$cache/pristine/usr/sbin/policy-rc.d"
    in_root "$cache/pristine" "apt-get update -qq" >>"$log" 2>&1
    touch "$cache/pristine.ok"
  fi
  local t_bootstrap=$(($(date +%s) - t0))
  local root=$cache/run
  rm -rf "$root"
  cp -a "$cache/pristine" "$root"
  cp "$cache"/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
  cp "$deb" "$root/tmp/"
  cp sample-derivations/hand-written.jsonl "$root/tmp/"
  local name
  name=$(basename "$deb")

  t0=$(date +%s)
  set +e
  in_root "$root" "
    set -e
    start=\$(date +%s)
    step() { echo \"== \$* (at \$((\$(date +%s) - start))s)\"; }
    export DEBIAN_FRONTEND=noninteractive
    # the root is thrown away: no fsync per file (dpkg's unsafe-io), which halves the install time
    echo 'Dpkg::Options { "--force-unsafe-io"; };' >/etc/apt/apt.conf.d/99unsafe-io
    step apt-get install ./$name
    apt-get install -y ./tmp/$name
    step dpkg --audit: nothing may be half-configured
    test -z \"\$(dpkg --audit)\"
    test \"\$(dpkg-query -W -f='\${Status}' derivx)\" = 'install ok installed'
    step derivx --version
    /opt/derivx/bin/derivx --version | tee /tmp/version.txt
    grep -q '^derivx [0-9]' /tmp/version.txt
    step derivx inspect
    /opt/derivx/bin/derivx inspect /tmp/hand-written.jsonl | tee /tmp/inspect.txt
    grep -q '^records: ' /tmp/inspect.txt
    du -sm /opt/derivx | cut -f1 >/tmp/installed-mb
    step apt-get remove derivx
    apt-get remove -y derivx
    test -z \"\$(dpkg --audit)\"
    test ! -e /opt/derivx/bin/derivx
    if dpkg-query -W -f='\${Status}' derivx 2>/dev/null | grep -q 'ok installed'; then exit 1; fi
    step with a desktop menu, the entry is still made and removed
    mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories
    apt-get install -y ./tmp/$name
    test -f /usr/share/applications/derivx-derivx.desktop
    apt-get remove -y derivx
    test ! -e /usr/share/applications/derivx-derivx.desktop
    test -z \"\$(dpkg --audit)\"
    step removed
  " >>"$log" 2>&1
  local code=$?
  set -e
  local t_run=$(($(date +%s) - t0))
  cp -n "$root"/var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true
  if [ "$code" != 0 ]; then
    echo "smoke.sh --deb: FAILED (exit $code); the chroot is kept in $root. Log $log:" >&2
    tail -30 "$log" >&2
    exit 1
  fi
  local installed
  installed=$(cat "$root/tmp/installed-mb")
  rm -rf "$root"
  echo "deb: $name $(du -m "$deb" | cut -f1) MB, installed $installed MB in /opt/derivx;" \
    "apt-get install, --version, inspect and apt-get remove succeeded in a minimal bookworm" \
    "without a desktop menu, and with one (entry made and removed)"
  echo "times: build ${t_build}s, debootstrap ${t_bootstrap}s (0 when cached)," \
    "install+run+remove ${t_run}s; root cache $(du -sm "$cache" | cut -f1) MB in $cache; log $log"
}

# Runs a shell command inside the root, with /proc and /dev mounted in a private mount namespace
# (the mounts go away with the command, however it ends).
in_root() {
  unshare --mount --propagation private sh -c '
    mount -t proc proc "$1/proc" && mount --bind /dev "$1/dev" &&
      chroot "$1" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        /bin/sh -c "$2"' in_root "$1" "$2"
}

if [ "${1:-}" = --deb ] || [ -n "${DERIVX_SMOKE_DEB:-}" ]; then
  deb_smoke
  exit 0
fi

installer/build.sh --type app-image --dest target/installer --skip-build >/dev/null
app=target/installer/derivx/bin/derivx
sample=sample-derivations/hand-written.jsonl
# the jar's manifest carries the version (not "development")
version=$("$app" --version)
case "$version" in
  "derivx "[0-9]*) ;;
  *) echo "packaged derivx --version printed '$version'" >&2; exit 1 ;;
esac
# check exits 1 when it finds error steps, as the samples have on purpose
set +e
"$app" check "$sample" --jsonl >target/installer/check.jsonl 2>target/installer/check.err
code=$?
set -e
if [ "$code" != 1 ] || ! grep -q '"verdict":"SKIPPED"' target/installer/check.jsonl; then
  echo "packaged derivx check failed (exit $code):" >&2
  cat target/installer/check.err >&2
  exit 1
fi
set +e
"$app" flag "$sample" --jsonl >target/installer/flag.jsonl 2>target/installer/flag.err
code=$?
set -e
if [ "$code" -gt 1 ] || ! grep -q '"probs"' target/installer/flag.jsonl; then
  echo "packaged derivx flag failed (exit $code):" >&2
  cat target/installer/flag.err >&2
  exit 1
fi
echo "app image: $(du -sh target/installer/derivx | cut -f1); packaged check and flag ran offline"
