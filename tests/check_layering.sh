#!/usr/bin/env bash
# Checks the layers of DESIGN.md by grepping includes (CMake enforces most of
# it already: a library sees only the headers of what it links; this also
# catches what comes through a transitive link). Each folder may include the
# folders listed for it; no folder but store/ includes sqlite3.h, and none
# below cli/ and gui/ includes Qt (except reports/pdf) or CLI11; gui/ may
# use every library but cli/ and demo/ (the demo books are the CLI's and the
# tests').
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
  "rules/assets|core assets"
  "rules/closing|core vat interco grants assets closing"
  "store|core fec vat till interco grants cofinancing assets store"
  "labels|core labels"
  "forecast|core cofinancing forecast"
  "reports|core fec vat till interco grants cofinancing assets closing labels forecast reports"
  "reports/render|core labels reports render"
  "reports/xlsx|core labels reports render xlsx"
  "reports/pdf|core labels reports render pdf"
  "reports/pack|core labels reports render pack"
  "demo|core vat till interco grants cofinancing assets closing store demo"
  "gui|core fec vat till interco grants cofinancing assets closing store labels forecast reports render gui"
)
prefixes="core|fec|vat|till|interco|grants|cofinancing|assets|closing|store|labels|forecast|reports|render|xlsx|pdf|pack|demo|cli|gui"
# One grep per folder (not one grep and one sed per file: ctest runs this
# beside the other tests on two cores). A file follows the rules of the
# longest listed folder holding it (reports/render/ is not reports/).
for entry in "${allowed[@]}"; do
  dir=${entry%%|*}
  ok=" ${entry#*|} "
  nested=()
  for other in "${allowed[@]}"; do
    sub=${other%%|*}
    [[ $sub == "$dir"/* ]] && nested+=(-e "^$sub/")
  done
  while IFS= read -r line; do
    f=${line%%:*}
    hit=${line#*:}
    [[ $hit =~ \#include\ *\"([a-z_]+)/ ]] || continue
    inc=${BASH_REMATCH[1]}
    case "$ok" in *" $inc "*) ;; *) echo "layering: $f includes $inc/ ($hit), not allowed in $dir/"; fail=1;; esac
  done < <(src_files "$dir" | { if ((${#nested[@]})); then grep -v "${nested[@]}"; else cat; fi; } \
             | xargs -r grep -HE "#include *\"($prefixes)/")
done

foreign='#include *[<"](Q[A-Za-z]+|QtCore|QtGui|QtWidgets|QtCharts|CLI/|sqlite3\.h|SQLiteCpp)'
while IFS= read -r line; do
  f=${line%%:*}
  hits=${line#*:}
  case "$f" in store/*) [[ $hits =~ sqlite3\.h ]] && continue;; esac
  echo "layering: Qt/CLI11/SQLite include in $f: $hits"; fail=1
done < <(src_files core fec rules labels forecast reports demo store | grep -v -E '^reports/pdf/' |
         xargs -r grep -nHE "$foreign")
# The GUI draws with Qt but reads the book through the store's classes and
# the reports, never SQLite (no SQL in gui/), and is not the CLI.
while IFS= read -r line; do
  echo "layering: SQLite/CLI11 include in ${line%%:*}: ${line#*:}"; fail=1
done < <(src_files gui | xargs -r grep -nHE '#include *[<"](CLI/|sqlite3\.h|SQLiteCpp)')
if [ "$fail" -eq 0 ]; then echo "layering: ok"; fi
exit "$fail"
