#!/usr/bin/env bash
# Writes the parser's output for every report text under the given folders (default: the project's own corpus,
# seeds and examples) into OUTDIR, one pretty-printed JSON file per text, so that two commits' outputs can be
# compared with `diff -r`. Run from the project root after `mvn -q -DskipTests package`:
#
#   dev/outputs.sh /tmp/before [FOLDER...]     # on the commit you start from
#   dev/outputs.sh /tmp/after  [FOLDER...]     # on your change
#   diff -r /tmp/before /tmp/after             # empty when the change keeps behaviour
set -euo pipefail
out=${1:?usage: dev/outputs.sh OUTDIR [FOLDER...]}
shift
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(src/test/resources/corpus seeds examples/data)
jar=$(ls target/govreport-*-cli.jar 2>/dev/null | head -n1)
[ -n "$jar" ] || { echo "outputs: no target/govreport-*-cli.jar; run mvn -q -DskipTests package first" >&2; exit 3; }
mkdir -p "$out"
list=$(mktemp); trap 'rm -f "$list" "$list.jsonl"' EXIT
find "${folders[@]}" -name '*.txt' | sort > "$list"
# One JVM for all: `parse` with several files prints one JSON object per line, in the order given.
xargs -d '\n' java -jar "$jar" parse < "$list" > "$list.jsonl" || true
python3 - "$list" "$list.jsonl" "$out" <<'PY'
import json, os, sys
paths = open(sys.argv[1], encoding="utf-8").read().split("\n")[:-1]
lines = open(sys.argv[2], encoding="utf-8").read().split("\n")[:-1]
if len(paths) != len(lines):
    sys.exit("outputs: %d texts but %d outputs" % (len(paths), len(lines)))
for p, l in zip(paths, lines):
    name = p.replace("/", "__")[:-4] + ".json"
    with open(os.path.join(sys.argv[3], name), "w", encoding="utf-8") as f:
        json.dump(json.loads(l), f, ensure_ascii=False, indent=1)
        f.write("\n")
print("outputs: %d texts written to %s" % (len(paths), sys.argv[3]))
PY
