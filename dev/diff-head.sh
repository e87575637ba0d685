#!/usr/bin/env bash
# Compares the parser's output on every report text with the output of a commit (default HEAD): builds that
# commit in a temporary worktree, runs dev/outputs.sh for both, and prints the files whose output differs
# (or nothing when the change keeps behaviour). Extra folders of texts may follow the commit:
#
#   dev/diff-head.sh                    # the working tree against HEAD, on the project's own texts
#   dev/diff-head.sh HEAD~1 ../more     # against HEAD~1, also on ../more
#   SHOW=40 dev/diff-head.sh            # and the first 40 lines that differ
#   KEEP=/tmp/d dev/diff-head.sh        # and keep both outputs in /tmp/d/before and /tmp/d/after, for
#                                       # dev/diff-items.py /tmp/d: the items and diagnostics that differ, one a line
set -euo pipefail
commit=${1:-HEAD}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
folders=("$root/src/test/resources/corpus" "$root/seeds" "$root/examples/data")
for f in "$@"; do folders+=("$(cd "$f" && pwd)"); done
if [ -n "${KEEP:-}" ]; then rm -rf "$KEEP"; fi   # a run that fails leaves no older outputs to be read as its own
tmp=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$root" worktree add -q --detach "$tmp/base" "$commit"
(cd "$tmp/base" && mvn -q -Dmaven.test.skip=true package >/dev/null)
(cd "$root" && mvn -q -Dmaven.test.skip=true package >/dev/null)
(cd "$tmp/base" && "$root/dev/outputs.sh" "$tmp/before" "${folders[@]}" >/dev/null)
(cd "$root" && "$root/dev/outputs.sh" "$tmp/after" "${folders[@]}" >/dev/null)
if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; cp -r "$tmp/before" "$tmp/after" "$KEEP"; fi
if diff -rq "$tmp/before" "$tmp/after"; then
  echo "same output on every text"
elif [ -n "${SHOW:-}" ]; then
  diff -r "$tmp/before" "$tmp/after" | grep '^[<>]' | head -n "${SHOW}"   # SHOW=40 dev/diff-head.sh: the lines
fi
