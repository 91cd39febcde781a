#!/usr/bin/env bash
# Builds the app image (from the jar `mvn verify` left in target/) and runs the packaged CLI on a
# sample, offline: the checker and the flagger must work from the package alone.
set -euo pipefail
cd "$(dirname "$0")/.."
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
