#!/usr/bin/env bash
# PDF/A validation with Apache PDFBox Preflight 2 (Debian: libpdfbox2-java, libactivation-java, libjaxb-api-java).
# Preflight 2 checks PDF/A-1b only (ISO 19005-1 level B), whatever level the file claims.
# Usage: tools/preflight.sh file.pdf...
# Prints one line per file: "PASS file", or "FAIL file: " and each distinct error (code, message without the page,
# times seen); exits 1 if any file fails, 2 if Java or the jars are missing. PREFLIGHT_VERBOSE=1 also prints
# Preflight's own output. PREFLIGHT_JARS overrides the jar folder (default /usr/share/java).
set -uo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 file.pdf..." >&2
  exit 2
fi
jars=${PREFLIGHT_JARS:-/usr/share/java}
classpath=""
for jar in preflight pdfbox2 fontbox2 xmpbox commons-logging javax.activation jaxb-api; do
  if [ ! -f "$jars/$jar.jar" ]; then
    echo "preflight: $jars/$jar.jar is missing (apt-get install libpdfbox2-java libactivation-java libjaxb-api-java)" >&2
    exit 2
  fi
  classpath="$classpath${classpath:+:}$jars/$jar.jar"
done
if ! command -v java >/dev/null; then
  echo "preflight: java is not on PATH" >&2
  exit 2
fi

# One JVM per file (Validator_A1b takes one file), up to one per core at a time; results print in argument order.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jobs_max=$(nproc 2>/dev/null || echo 2)
i=0
for file in "$@"; do
  i=$((i + 1))
  if [ -f "$file" ]; then
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n; done
    java -cp "$classpath" org.apache.pdfbox.preflight.Validator_A1b "$file" >"$work/$i" 2>&1 &
  fi
done
wait

status=0
i=0
for file in "$@"; do
  i=$((i + 1))
  if [ ! -f "$file" ]; then
    echo "FAIL $file: no such file"
    status=1
    continue
  fi
  # Validator_A1b prints "The file X is a valid PDF/A-1b file" or "... is not valid, error(s) :" followed by one
  # line per error ("2.4.1 : Invalid Color space, ... on page 3"); its exit code is not reliable across versions,
  # so the verdict is read from the text.
  output=$(cat "$work/$i")
  [ "${PREFLIGHT_VERBOSE:-0}" = 1 ] && printf '%s\n' "$output" >&2
  if grep -q "is a valid PDF/A-1b file" <<<"$output"; then
    echo "PASS $file"
  else
    # One entry per distinct error, page numbers dropped, in order of first appearance, with a count.
    errors=$(grep -E '^[[:space:]]*[0-9]+(\.[0-9]+)*[[:space:]]*:' <<<"$output" \
      | sed -E 's/^[[:space:]]*//; s/ on page [0-9]+$//' \
      | awk '{ if (!($0 in n)) order[++k] = $0; n[$0]++ } END { for (i = 1; i <= k; i++) printf "%s%s%s", (i > 1 ? "; " : ""), order[i], (n[order[i]] > 1 ? " (x" n[order[i]] ")" : "") }')
    echo "FAIL $file: ${errors:-$(tail -n 3 <<<"$output" | paste -sd ' ' -)}"
    status=1
  fi
done
exit "$status"
