#!/bin/sh
# Times `panel` over a folder of COUNT report files (default 1000: the corpus's 24 texts copied round), with
# --jobs 1 and --jobs 2, RUNS times each (default 3), through bin/govreport and through plain `java -jar`, and
# prints wall seconds and files per second for each run, and the speed-up of the medians.
# Run it from the project root after `mvn -q -DskipTests package`:
#
#   sh src/jmh/sh/panel-batch.sh [COUNT] [RUNS]
set -eu
count=${1:-1000}
runs=${2:-3}
jar=$(ls target/govreport-*-cli.jar 2>/dev/null | tail -n 1)
if [ -z "$jar" ]; then
  echo "panel-batch: no target/govreport-*-cli.jar; run 'mvn -q -DskipTests package' first" >&2
  exit 3
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
set -- src/test/resources/corpus/*.txt src/test/resources/corpus/panel/*.txt
n=$#
i=0
while [ "$i" -lt "$count" ]; do
  k=$((i % n + 1))
  eval "src=\${$k}"
  mkdir -p "$dir/copy-$((i / n))"
  cp "$src" "$dir/copy-$((i / n))/$(basename "$src")"
  i=$((i + 1))
done
bytes=$(du -sb "$dir" | cut -f1)
echo "input: $count report files ($bytes bytes) from $n corpus texts; $(nproc) processors"
now() { date +%s.%N; }
for way in launcher java-jar; do
  for jobs in 1 2; do
    r=0
    : > "$dir/times-$way-$jobs"
    while [ "$r" -lt "$runs" ]; do
      start=$(now)
      if [ "$way" = launcher ]; then
        bin/govreport panel --jobs "$jobs" "$dir" > /dev/null 2> "$dir/err"
      else
        java -jar "$jar" panel --jobs "$jobs" "$dir" > /dev/null 2> "$dir/err"
      fi
      end=$(now)
      echo "$way $jobs $start $end $count" | awk '{ s = $4 - $3; printf "%-9s --jobs %s  %.2f s  %.0f files/s\n", $1, $2, s, $5 / s }'
      echo "$start $end" | awk '{ print $2 - $1 }' >> "$dir/times-$way-$jobs"
      r=$((r + 1))
    done
  done
  m1=$(sort -n "$dir/times-$way-1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  m2=$(sort -n "$dir/times-$way-2" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "$way $m1 $m2" | awk '{ printf "%s median: --jobs 1 %.2f s, --jobs 2 %.2f s: %.2f times the files per second\n", $1, $2, $3, $2 / $3 }'
done
