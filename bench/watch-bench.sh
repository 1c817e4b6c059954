#!/usr/bin/env bash
# Draft rebuilds inside `watch`, measured in process: the times watch itself prints after each rebuild (whole rebuild,
# and load / templates / layout+pdf), for one or more builds of the CLI side by side (docs/benchmarks.md, "watch").
#   bench/watch-bench.sh [REBUILDS] BIN [BIN…]     e.g. bench/watch-bench.sh 20 /tmp/base/reportbuilder out/publish/linux-x64/reportbuilder
# Each binary watches its own copy of Lincolnshire; the copies are touched in turn (one rebuild of each, then the next
# round), so that every binary meets the same load of a noisy machine. The first rebuild of each (cold) is left out.
set -euo pipefail
cd "$(dirname "$0")/.."
rebuilds=${1:-20}; shift
[ $# -ge 1 ] || { echo "usage: bench/watch-bench.sh [REBUILDS] BIN [BIN…]" >&2; exit 2; }
work=$(mktemp -d /tmp/rb-watch-bench.XXXXXX)
trap 'for p in "${pids[@]:-}"; do kill -TERM "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

pids=()
i=0
for bin in "$@"; do
  mkdir -p "$work/$i"
  cp -r data/lincolnshire-2023 "$work/$i/lincolnshire-2023"
  "$bin" watch "$work/$i/lincolnshire-2023" -o "$work/$i/draft.pdf" --templates templates --debounce 20 >"$work/$i/log" 2>&1 &
  pids+=($!)
  i=$((i + 1))
done
drafts() { grep -c "^Draft:" "$1" || true; }
for log in "$work"/*/log; do
  for _ in $(seq 1 600); do grep -q "^Watching" "$log" && break; sleep 0.1; done
done
for _ in $(seq 1 "$rebuilds"); do
  for ((n = 0; n < i; n++)); do
    before=$(drafts "$work/$n/log")
    touch "$work/$n/lincolnshire-2023/text/foreword.md"
    for _ in $(seq 1 600); do [ "$(drafts "$work/$n/log")" -gt "$before" ] && break; sleep 0.02; done
  done
done

echo "watch rebuilds of Lincolnshire, $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); medians of $rebuilds warm rebuilds (ms)"
echo "| binary | rebuild | load | templates | layout+pdf |"
echo "|---|---|---|---|---|"
n=0
for bin in "$@"; do
  python3 - "$work/$n/log" "$bin" <<'EOF'
import re, statistics, sys
rows = [m for m in (re.search(r" in (\d+) ms \(load (\d+), templates (\d+), layout\+pdf (\d+)\)", l) for l in open(sys.argv[1])) if m][1:]
if not rows:
    print(f"| {sys.argv[2]} | no rebuilds (see the log) | | | |"); sys.exit()
cols = list(zip(*[[int(g) for g in m.groups()] for m in rows]))
cell = lambda c: f"{statistics.median(c):.0f} (min {min(c)}, max {max(c)})"
print(f"| {sys.argv[2]} | " + " | ".join(cell(c) for c in cols) + f" |  <!-- {len(rows)} rebuilds -->")
EOF
  n=$((n + 1))
done
