#!/usr/bin/env bash
# Whole-process timings of the published CLI (docs/benchmarks.md, "Whole-process workflows").
#   bench/process-bench.sh [path/to/reportbuilder]
# Needs hyperfine and GNU time (/usr/bin/time -v). Medians of at least 5 runs; peak memory from one extra run each.
# Publish first (dotnet pwsh build.ps1 -Task Publish, or the dotnet publish line in docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."

rid=$(dotnet --info 2>/dev/null | sed -n 's/^ *RID: *//p' | head -n 1)
bin=${1:-out/publish/${rid:-linux-x64}/reportbuilder}
[ -x "$bin" ] || { echo "no published reportbuilder at $bin (dotnet pwsh build.ps1 -Task Publish)" >&2; exit 2; }
runs=${RUNS:-5}
work=out/bench
rm -rf "$work"; mkdir -p "$work"
results=$work/results.md

echo "# Whole-process benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$results"
echo "binary: $bin ($(du -h "$bin" | cut -f1))" | tee -a "$results"

median() { hyperfine --runs "$runs" --warmup 1 --export-json "$work/$1.json" --prepare "${3:-true}" -i "$2" >/dev/null 2>&1;
           python3 -c "import json,statistics;r=json.load(open('$work/$1.json'))['results'][0];print(f\"{statistics.median(r['times']):.3f} s (min {min(r['times']):.3f}, max {max(r['times']):.3f}, {len(r['times'])} runs)\")"; }
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p' | awk '{printf "%.0f MiB", $1/1024}'; }

# 1. build of the Lincolnshire report
build="$bin build data/lincolnshire-2023 -o $work/lincolnshire-2023.pdf"
echo "| build Lincolnshire | \`$build\` | $(median build "$build") | $(peak $build) |" | tee -a "$results"

# 2. a draft rebuild inside watch: the process prints each rebuild's time; touch a file, wait for the line, repeat
log=$work/watch.log
$bin watch data/lincolnshire-2023 -o "$work/watch.draft.pdf" --debounce 50 >"$log" 2>&1 &
watch_pid=$!
for _ in $(seq 1 600); do grep -q "^Watching" "$log" && break; sleep 0.1; done
for i in $(seq 1 $((runs * 2))); do
  before=$(grep -c "^Draft:" "$log" || true)
  touch data/lincolnshire-2023/text/foreword.md
  for _ in $(seq 1 300); do [ "$(grep -c "^Draft:" "$log" || true)" -gt "$before" ] && break; sleep 0.05; done
done
kill -TERM "$watch_pid"; wait "$watch_pid" || true
watch_ms=$(grep "^Draft:" "$log" | tail -n +2 | sed -n 's/.* in \([0-9]*\) ms.*/\1/p' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] " ms (min " a[1] ", max " a[NR] ", " NR " rebuilds)"}')
echo "| draft rebuild in watch (in-process) | \`$bin watch data/lincolnshire-2023\` + touch | $watch_ms | |" | tee -a "$results"

# 3. archive of 200 synthetic reports with 1 and 2 jobs (fresh output folder each run: nothing reused)
dotnet run --project tools/ReportBuilder.SampleData -c Release -- "$work/data" --count 200 --seed 1 >/dev/null
for jobs in 1 2; do
  archive="$bin archive $work/data -o $work/archive-j$jobs --templates templates --jobs $jobs"
  echo "| archive 200 reports, $jobs job(s) | \`$archive\` | $(median archive-j$jobs "$archive" "rm -rf $work/archive-j$jobs") | $(rm -rf $work/archive-j$jobs; peak $archive) |" | tee -a "$results"
done
echo "results in $results"
