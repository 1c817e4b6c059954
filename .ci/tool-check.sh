#!/usr/bin/env bash
# The installed tool (#16), as a user gets it: packs exactly as the README says, installs the tool twice into temporary
# tool paths (once as on linux-x64, where the Native AOT package must be chosen; once as on a platform without a
# native package, where the framework-dependent `any` package must be), builds Lincolnshire copied to a folder with no
# templates or fonts around it with each installed command, and compares the bytes with the repository build.
#   .ci/tool-check.sh REFERENCE_PDF       exit 0 when every check passed; prints one line per failure and the timings
set -uo pipefail
cd "$(dirname "$0")/.."
reference=${1:?usage: .ci/tool-check.sh REFERENCE_PDF}
[ -f "$reference" ] || { echo "tool-check: no reference PDF at $reference"; exit 1; }
reference=$(realpath "$reference")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "tool-check: $*"; status=1; }
seconds() { echo $(( $(date +%s) - $1 )); }

started=$(date +%s)
if ! dotnet pack src/ReportBuilder.Cli -c Release -o "$tmp/nupkg" -v quiet --nologo >"$tmp/pack.log" 2>&1; then
  grep -E "error" "$tmp/pack.log" | head -n 20
  echo "tool-check: dotnet pack failed"; exit 1
fi
# Each package's time, from the start of the pack to its file's last write (the pointer first, then the native one).
echo "tool-check: packed in $(seconds "$started") s:$(cd "$tmp/nupkg" && for f in $(ls -tr); do
  echo -n " $f (+$(( $(stat -c %Y "$f") - started )) s)"; done)"
for package in ReportBuilder ReportBuilder.linux-x64 ReportBuilder.any; do
  compgen -G "$tmp/nupkg/$package.[0-9]*.nupkg" >/dev/null || fail "the package $package was not made"
done

# One install: $1 the tool path's name, the rest the environment it runs in. DOTNET_RUNTIME_ID is the platform the
# .NET CLI believes it is on, which is how it picks a package from the pointer's list.
install() {
  local name=$1; shift
  env "$@" dotnet tool install --tool-path "$tmp/$name" ReportBuilder --add-source "$tmp/nupkg" >"$tmp/$name.log" 2>&1 \
    || { cat "$tmp/$name.log"; fail "dotnet tool install ($name) failed"; return 1; }
}

# The command is the native binary: an ELF file from the linux-x64 package with no reportbuilder.dll beside it.
native_check() {
  local binary; binary=$(readlink -f "$tmp/native/reportbuilder")
  [[ $binary == */reportbuilder.linux-x64/* ]] || fail "native install: the command is not from ReportBuilder.linux-x64 ($binary)"
  [ "$(head -c 4 "$binary" | od -An -tx1 | tr -d ' ')" = 7f454c46 ] || fail "native install: $binary is not an ELF binary"
  [ ! -e "$(dirname "$binary")/reportbuilder.dll" ] || fail "native install: reportbuilder.dll lies beside the binary (not Native AOT)"
}

# The fallback is the framework-dependent tool of the `any` package.
fallback_check() {
  compgen -G "$tmp/fallback/.store/reportbuilder/*/reportbuilder.any/*/tools/*/any/reportbuilder.dll" >/dev/null \
    || fail "fallback install: no reportbuilder.dll from ReportBuilder.any"
  [ -z "$(find "$tmp/fallback/.store" -path '*reportbuilder.linux-x64*' -print -quit)" ] \
    || fail "fallback install: the linux-x64 package was installed"
}

# Lincolnshire built with one installed command from a folder with no templates or fonts above it.
build_check() {
  local name=$1
  mkdir -p "$tmp/work-$name" && cp -r data/lincolnshire-2023 "$tmp/work-$name/report"
  (cd "$tmp/work-$name" && "$tmp/$name/reportbuilder" build report -o installed.pdf >/dev/null; [ "$?" -le 1 ]) \
    || { fail "$name install: build failed"; return; }
  cmp -s "$tmp/work-$name/installed.pdf" "$reference" || fail "$name install: the PDF differs from the repository build"
}

started=$(date +%s)
install native && native_check && build_check native
install fallback DOTNET_RUNTIME_ID=linux-arm64 && fallback_check && build_check fallback
echo "tool-check: installed and built twice in $(seconds "$started") s"
exit "$status"
