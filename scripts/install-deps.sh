#!/usr/bin/env bash
# Installs every Debian package Comptoir needs to build and test. Idempotent:
# does nothing (and needs no network) when all are already present.
# Usage: scripts/install-deps.sh [--bench|--screenshots|--fuzz]   (--bench adds ledger/hledger for
# comparison; --screenshots the virtual X server `make screenshots` runs the app on,
# LibreOffice Calc to print a workbook and Chromium to shoot an HTML report;
# --fuzz clang and its libFuzzer and sanitizer runtimes for `make fuzz`)
# Qt 6 Widgets and Charts build the desktop app (Qt Charts needs the Qt OpenGL
# module's CMake files, in libqt6opengl6-dev; Qt Svg writes a chart's SVG
# export); its tests draw text on Qt's offscreen platform, hence a font.
# libxml2 reads the bank statements in CAMT.053 (ISO 20022 XML).
# libxlsxwriter writes --format xlsx; python3-openpyxl only reads those
# workbooks back in the tests. --format pdf draws with Qt 6 Gui in DejaVu
# Sans (fonts-dejavu-core, embedded); poppler-utils reads the PDFs back in
# the tests.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-dev libsqlite3-dev sqlite3 libssl-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev libtomlplusplus-dev libcsv-dev libxml2-dev
  libgtest-dev libgmock-dev librapidcheck-dev libbenchmark-dev
  python3 clang-format clang-tidy
  libxlsxwriter-dev python3-openpyxl poppler-utils
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev fonts-dejavu-core
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(ledger hledger time)
fi
if [[ "${1:-}" == "--screenshots" ]]; then
  packages+=(xvfb xauth libreoffice-calc-nogui chromium)
fi
if [[ "${1:-}" == "--fuzz" ]]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
