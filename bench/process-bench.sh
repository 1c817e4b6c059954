#!/usr/bin/env bash
# Whole-process timings of the published CLI (docs/benchmarks.md, "Whole-process workflows").
#   bench/process-bench.sh [path/to/reportbuilder]
# Needs hyperfine and GNU time (/usr/bin/time -v) for sections 1-3; section 4 (Typst) needs only Node and Python.
# Medians of at least 5 runs; peak memory from one extra run each. TYPST_ONLY=1 runs section 4 alone.
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

# Median wall time, and median CPU time (user + system), which a loaded machine disturbs much less than wall time.
median() { hyperfine --runs "${4:-$runs}" --warmup "${5:-1}" --export-json "$work/$1.json" --prepare "${3:-true}" -i "$2" >/dev/null 2>&1;
           python3 -c "import json,statistics as s;r=json.load(open('$work/$1.json'))['results'][0];print(f\"{s.median(r['times']):.3f} s (min {min(r['times']):.3f}, max {max(r['times']):.3f}, {len(r['times'])} runs) | CPU {r['user']+r['system']:.3f} s (mean)\")"; }
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p' | awk '{printf "%.0f MiB", $1/1024}'; }

if [ -z "${TYPST_ONLY:-}" ]; then
# 1. build of the Lincolnshire report
build="$bin build data/lincolnshire-2023 -o $work/lincolnshire-2023.pdf"
echo "| workflow | command | wall time, median | CPU time (user+sys), median | peak RSS |" | tee -a "$results"
echo "|---|---|---|---|---|" | tee -a "$results"
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
echo "| draft rebuild in watch (in-process) | \`$bin watch data/lincolnshire-2023\` + touch | $watch_ms | | |" | tee -a "$results"

# 3. archive of 200 synthetic reports with 1 and 2 jobs (fresh output folder each run: nothing reused)
sampledata=$(ls tools/ReportBuilder.SampleData/bin/{Release,Debug}/net10.0/reportbuilder-sampledata.dll 2>/dev/null | head -n 1 || true)
if [ -n "$sampledata" ]; then dotnet "$sampledata" "$work/data" --count 200 --seed 1 >/dev/null
else dotnet run --project tools/ReportBuilder.SampleData -c Release -- "$work/data" --count 200 --seed 1 >/dev/null; fi
# Each run from an empty output folder (nothing reused), timed by GNU time: wall, user+sys and peak RSS of the same run.
for jobs in 1 2; do
  archive="$bin archive $work/data -o $work/archive-j$jobs --templates templates --jobs $jobs"
  : >"$work/archive-j$jobs.times"
  for _ in $(seq 1 "${ARCHIVE_RUNS:-$runs}"); do
    rm -rf "$work/archive-j$jobs"
    /usr/bin/time -f "%e %U %S %M" -a -o "$work/archive-j$jobs.times" $archive >/dev/null 2>&1 || true
  done
  summary=$(python3 -c "import statistics as s;r=[list(map(float,l.split())) for l in open('$work/archive-j$jobs.times') if l.strip() and l[0].isdigit()];w=[x[0] for x in r];c=[x[1]+x[2] for x in r];print(f'{s.median(w):.2f} s (min {min(w):.2f}, max {max(w):.2f}, {len(r)} runs) | CPU {s.median(c):.2f} s | {max(x[3] for x in r)/1024:.0f} MiB')")
  echo "| archive 200 reports, $jobs job(s) | \`$archive\` | $summary |" | tee -a "$results"
  grep -q "200 built, 0 failed" <($archive 2>&1 | tail -n 20) || echo "(warning: not every synthetic report built; see $work/archive-j$jobs/manifest.json)" | tee -a "$results"
done
fi

# 4. Typst 0.14 on the same text (bench/typst/lincolnshire-2023.typ, made once from our Markdown by md-to-typst.mjs),
# as a native Node addon installed by npm ci (no download at install), against our build of the same report: both
# whole processes, in turn, round after round, in the same run (bench/alternate.py).
if command -v node >/dev/null && command -v npm >/dev/null; then
  [ -d bench/typst/node_modules ] || (cd bench/typst && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
  ours="$bin build data/lincolnshire-2023 -o $work/ours.pdf"
  typst="node bench/typst/compile.mjs bench/typst/lincolnshire-2023.typ $work/typst.pdf fonts"
  echo "| Typst comparison | command | wall time, median | CPU time (user+sys), median |" | tee -a "$results"
  echo "|---|---|---|---|" | tee -a "$results"
  python3 bench/alternate.py "${TYPST_RUNS:-$((runs * 2))}" 2 "$ours" "$typst" | while IFS=$'\t' read -r what wall cpu; do
    case $what in
      ratio) echo "| ours / Typst | | $wall | $cpu |" ;;
      "$ours") echo "| ReportBuilder build | \`$what\` | $wall | $cpu |" ;;
      *) echo "| Typst 0.14 (typst-ts-node-compiler) | \`$what\` | $wall | $cpu |" ;;
    esac
  done | tee -a "$results"
  echo "pages: ours $(pdfinfo "$work/ours.pdf" 2>/dev/null | sed -n 's/^Pages: *//p'), Typst $(pdfinfo "$work/typst.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')" | tee -a "$results"
else
  echo "(Typst comparison skipped: no node/npm)" | tee -a "$results"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results"
echo "results in $results"
