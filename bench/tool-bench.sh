#!/usr/bin/env bash
# Installed tool against installed tool (docs/benchmarks.md, "The installed tool"): start-up (`--version`) and a whole
# `build` of Lincolnshire from a folder with no templates or fonts around it, each command run in turn with the other
# (alternated, so both see the same load), whole processes timed by GNU time; medians of wall and CPU (user + system)
# time, and peak resident memory.
#   bench/tool-bench.sh RUNS NAME=COMMAND NAME=COMMAND…
#   e.g. bench/tool-bench.sh 7 native=/tmp/t/native/reportbuilder fallback=/tmp/t/fallback/reportbuilder
# .ci/tool-check.sh shows how to pack and install both (DOTNET_RUNTIME_ID=linux-arm64 installs the fallback).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:?usage: bench/tool-bench.sh RUNS NAME=COMMAND...}; shift
[ "$#" -ge 1 ] || { echo "usage: bench/tool-bench.sh RUNS NAME=COMMAND..." >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r data/lincolnshire-2023 "$work/report"

echo "# $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"
for case in version build; do
  for _ in $(seq 1 "$runs"); do
    for tool in "$@"; do
      name=${tool%%=*} command=${tool#*=}
      if [ "$case" = version ]; then arguments=(--version); else arguments=(build report -o "$name.pdf"); fi
      (cd "$work" && /usr/bin/time -f "%e %U %S %M" -a -o "$work/$name.$case.times" "$command" "${arguments[@]}" >/dev/null 2>&1) || true
    done
  done
done
echo "| tool | case | wall, median (min-max) | CPU, median | peak RSS |"
echo "|---|---|---|---|---|"
for case in version build; do
  for tool in "$@"; do
    name=${tool%%=*}
    python3 - "$work/$name.$case.times" "$name" "$case" <<'EOF'
import statistics as s, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip() and l[0].isdigit()]
wall = [r[0] for r in rows]; cpu = [r[1] + r[2] for r in rows]
print(f"| {sys.argv[2]} | {sys.argv[3]} | {s.median(wall):.2f} s ({min(wall):.2f}-{max(wall):.2f}) | {s.median(cpu):.2f} s | {max(r[3] for r in rows) / 1024:.0f} MiB |")
EOF
  done
done
