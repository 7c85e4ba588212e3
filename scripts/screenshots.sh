#!/usr/bin/env bash
# Takes a screenshot of each view of the desktop app for the README: the
# real comptoir-gui on a demo book, under a virtual X server (Xvfb) at
# 1280x800 with DejaVu Sans, each picture saved by the app itself
# (--screenshot) into docs/. Then the pictures of the README's Documents
# section, each by a real reader: the income statement's workbook printed
# by LibreOffice Calc (headless, to PDF, first page to PNG), the activity
# report's HTML page shot by headless Chromium, and its PDF's page.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build; run `make screenshots`)
set -euo pipefail

build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
gui="$build/gui/comptoir-gui"
cli="$build/cli/comptoir"
scenarios="$root/forecast/scenarios"
for binary in "$gui" "$cli"; do
  [[ -x "$binary" ]] || { echo "screenshots: $binary is missing (build with COMPTOIR_GUI=ON)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.db"
"$cli" --db "$db" demo >/dev/null
# Settings (recent files) of these runs stay out of the user's.
export XDG_CONFIG_HOME="$work/config"

shoot() {  # shoot NAME ARGS...: docs/NAME.png
  local name=$1
  shift
  xvfb-run -a -s '-screen 0 1280x800x24' "$gui" --db "$db" --screenshot "$root/docs/$name.png" "$@"
  echo "docs/$name.png"
}

shoot actuals --entity AT --year 2025 --tab actuals
shoot actuals-grants --entity AT --year 2025 --tab grants
shoot actuals-cofinancing --entity AT --year 2025 --tab cofinancing
shoot actuals-guinguettes --entity AT --year 2025 --tab guinguettes
shoot funding --tab funding "$scenarios/funding-election-2026.toml"
shoot funding-risks --tab risks "$scenarios/funding-base.toml"
shoot compare --tab compare "$scenarios/funding-base.toml" "$scenarios/funding-sponsor-leaves.toml" \
  "$scenarios/funding-election-2026.toml"
shoot cafe --tab cafe "$scenarios/cafe-associatif.toml"

# Documents: what a reader other than Comptoir shows of its files.
read_only=(--db "$db" --read-only)
"$cli" "${read_only[@]}" report income-statement --entity AT --year 2025 --format xlsx --out "$work/resultat-at.xlsx"
# A French Calc (1 234,56 €), with its own profile folder so a LibreOffice
# the user has open is left alone; the page's top, where the table is.
LC_ALL=fr_FR.UTF-8 LANG=fr_FR.UTF-8 libreoffice --headless --norestore \
  "-env:UserInstallation=file://$work/libreoffice" --convert-to pdf --outdir "$work" "$work/resultat-at.xlsx" \
  >/dev/null 2>&1
pdftoppm -png -r 80 -f 1 -l 1 -x 0 -y 0 -W 661 -H 330 -singlefile "$work/resultat-at.pdf" "$root/docs/workbook"
echo "docs/workbook.png"

"$cli" "${read_only[@]}" report activity --entity AT --year 2025 --format html --out "$work/activite-at.html"
# --no-sandbox: Chromium refuses to run as root without it (a container).
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/chromium" \
  --window-size=900,1000 --screenshot="$root/docs/activity-chart-html.png" "file://$work/activite-at.html" 2>/dev/null
echo "docs/activity-chart-html.png"

"$cli" "${read_only[@]}" --today 2026-01-15 report activity --entity AT --year 2025 --format pdf --out "$work/activite-at.pdf"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/activite-at.pdf" "$root/docs/activity-chart-pdf"
echo "docs/activity-chart-pdf.png"
