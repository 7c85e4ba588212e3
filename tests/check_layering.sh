#!/usr/bin/env bash
# Checks the layers of DESIGN.md by grepping includes (CMake enforces most of
# it already: a library sees only the headers of what it links; this also
# catches what comes through a transitive link). Each folder may include the
# folders listed for it; no folder but store/ includes sqlite3.h, and none
# below cli/ and gui/ includes Qt (except reports/pdf) or CLI11.
set -u
root="${1:-.}"
cd "$root" || exit 2
fail=0

src_files() { find "$@" -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) 2>/dev/null; }

# folder | project include prefixes it may use
allowed=(
  "core|core"
  "fec|core fec"
  "rules/vat|core vat"
  "rules/till|core vat till"
  "rules/interco|core vat interco"
  "rules/grants|core grants"
  "rules/cofinancing|core cofinancing"
  "store|core fec vat till interco grants cofinancing store"
  "labels|core labels"
  "forecast|core cofinancing labels forecast"
  "reports|core fec vat till interco grants cofinancing labels forecast reports"
  "reports/render|core labels reports render"
  "demo|core vat till interco grants cofinancing store demo"
)
prefixes="core|fec|vat|till|interco|grants|cofinancing|store|labels|forecast|reports|render|demo|cli|gui"
# The rules of a file are those of the longest listed folder holding it.
rules_of() {
  local best="" entry dir
  for entry in "${allowed[@]}"; do
    dir=${entry%%|*}
    case "$1" in "$dir"/*) [ ${#dir} -gt ${#best} ] && best=$dir;; esac
  done
  echo "$best"
}
for entry in "${allowed[@]}"; do
  dir=${entry%%|*}
  ok=" ${entry#*|} "
  for f in $(src_files "$dir"); do
    [ "$(rules_of "$f")" = "$dir" ] || continue
    while IFS= read -r hit; do
      [ -n "$hit" ] || continue
      inc=$(sed -E 's/.*#include *"([a-z_]+)\/.*/\1/' <<<"$hit")
      case "$ok" in *" $inc "*) ;; *) echo "layering: $f includes $inc/ ($hit), not allowed in $dir/"; fail=1;; esac
    done < <(grep -E "#include *\"($prefixes)/" "$f")
  done
done

foreign='#include *[<"](Q[A-Za-z]+|QtCore|QtGui|QtWidgets|QtCharts|CLI/|sqlite3\.h|SQLiteCpp)'
for f in $(src_files core fec rules labels forecast reports demo store | grep -v -E '^reports/pdf/'); do
  hits=$(grep -nE "$foreign" "$f")
  [ -n "$hits" ] || continue
  case "$f" in store/*) hits=$(grep -vE 'sqlite3\.h' <<<"$hits");; esac
  [ -n "$hits" ] || continue
  echo "layering: Qt/CLI11/SQLite include in $f: $hits"; fail=1
done
if [ "$fail" -eq 0 ]; then echo "layering: ok"; fi
exit "$fail"
