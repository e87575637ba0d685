#!/bin/sh
# Times the command line over a batch: `parse` with the seed copied COUNT times (default 1000), through
# bin/govreport and through plain `java -jar`, RUNS times each (default 5), and prints wall seconds and
# million input characters per second for each run. Run it from the project root after
# `mvn -q -DskipTests package`:
#
#   sh src/jmh/sh/cli-batch.sh [COUNT] [RUNS]
set -eu
count=${1:-1000}
runs=${2:-5}
seed=seeds/zhejiang-2024-summary.txt
jar=$(ls target/govreport-*-cli.jar 2>/dev/null | tail -n 1)
if [ -z "$jar" ]; then
  echo "cli-batch: no target/govreport-*-cli.jar; run 'mvn -q -DskipTests package' first" >&2
  exit 3
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
i=0
while [ "$i" -lt "$count" ]; do
  cp "$seed" "$dir/report-$i.txt"
  i=$((i + 1))
done
# Characters of the seed (all in the Basic Multilingual Plane, so also its UTF-16 length).
chars=$(LC_ALL=C.UTF-8 wc -m < "$seed" | tr -d ' ')
total=$((chars * count))
echo "input: $count copies of $seed, $total characters"
now() { date +%s.%N; }
for way in launcher java-jar; do
  r=0
  while [ "$r" -lt "$runs" ]; do
    start=$(now)
    if [ "$way" = launcher ]; then
      bin/govreport parse "$dir"/*.txt > /dev/null
    else
      java -jar "$jar" parse "$dir"/*.txt > /dev/null
    fi
    end=$(now)
    echo "$way $start $end $total" | awk '{ s = $3 - $2; printf "%-9s %.2f s  %.1f million chars/s\n", $1, s, $4 / s / 1e6 }'
    r=$((r + 1))
  done
done
