#!/usr/bin/env bash
# Checks the dependency direction of DESIGN.md by grepping includes:
# ledger/, forecast/ and reports/ (outside reports/pdf) include no Qt, CLI11
# or SQLite header; only ledger/sqlite includes sqlite3.h; the core does not
# include forecast/reports/cli headers; forecast does not include reports.
set -u
root="${1:-.}"
cd "$root" || exit 2
fail=0
report() { echo "layering: $1"; fail=1; }

src_files() { find "$@" -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) 2>/dev/null; }

for f in $(src_files ledger forecast reports | grep -v -E '^ledger/sqlite/|^reports/pdf/'); do
  grep -nE '#include *[<"](Q[A-Za-z]+|QtCore|QtGui|QtWidgets|QtCharts|CLI/|sqlite3\.h|SQLiteCpp)' "$f" \
    | sed "s|^|$f:|" | while read -r hit; do echo "layering: Qt/CLI11/SQLite include in $hit"; done
  grep -qE '#include *[<"](Q[A-Za-z]+|QtCore|QtGui|QtWidgets|QtCharts|CLI/|sqlite3\.h|SQLiteCpp)' "$f" && fail=1
done
for f in $(src_files ledger); do
  if grep -qE '#include *[<"](forecast|reports|cli|gui)/' "$f"; then report "$f (core) includes an upper layer"; fi
done
for f in $(src_files ledger | grep -v '^ledger/sqlite/'); do
  if grep -qE '#include *[<"]ledger/sqlite/' "$f"; then report "$f (core) includes the SQLite store"; fi
done
for f in $(src_files forecast); do
  if grep -qE '#include *[<"](reports|cli|gui|ledger/sqlite)/' "$f"; then report "$f (forecast) includes reports/cli/gui/store"; fi
done
for f in $(src_files reports | grep -v '^reports/pdf/'); do
  if grep -qE '#include *[<"](cli|gui|ledger/sqlite)/' "$f"; then report "$f (reports) includes cli/gui/store"; fi
done
if [ "$fail" -eq 0 ]; then echo "layering: ok"; fi
exit "$fail"
