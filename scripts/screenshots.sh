#!/usr/bin/env bash
# Takes a screenshot of each view of the desktop app for the README: the
# real comptoir-gui on a demo book, under a virtual X server (Xvfb) at
# 1280x800 with DejaVu Sans, each picture saved by the app itself
# (--screenshot) into docs/.
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
