#!/usr/bin/env bash
# PDF/A validation with Apache PDFBox Preflight 2 (Debian: libpdfbox2-java, libactivation-java, libjaxb-api-java).
# Preflight 2 checks PDF/A-1b only (ISO 19005-1 level B), whatever level the file claims.
# Usage: tools/preflight.sh file.pdf...   Prints "PASS file" or "FAIL file: errors" per file; exits 1 if any fails,
# 2 if Java or the jars are missing. PREFLIGHT_JARS overrides the jar folder (default /usr/share/java).
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

status=0
for file in "$@"; do
  if [ ! -f "$file" ]; then
    echo "FAIL $file: no such file"
    status=1
    continue
  fi
  # Validator_A1b prints "The file X is a valid PDF/A-1b file" or "... is not valid, error(s) :" followed by
  # one line per error; its exit code is not reliable across versions, so the verdict is read from the text.
  output=$(java -cp "$classpath" org.apache.pdfbox.preflight.Validator_A1b "$file" 2>&1)
  if grep -q "is a valid PDF/A-1b file" <<<"$output"; then
    echo "PASS $file"
  else
    errors=$(grep -E '^[[:space:]]*[0-9]+(\.[0-9]+)*[[:space:]]*:' <<<"$output" | sed 's/^[[:space:]]*//' | paste -sd ';' -)
    echo "FAIL $file: ${errors:-$(tail -n 3 <<<"$output" | paste -sd ' ' -)}"
    status=1
  fi
done
exit "$status"
