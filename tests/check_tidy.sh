#!/usr/bin/env bash
# clang-tidy (the repository's .clang-tidy) on the C++ sources a change
# touches: those that differ from BASE (default: the previous commit).
# Fails on any finding, naming file and line. Usage:
#   tests/check_tidy.sh BUILD_DIR [BASE]
# BUILD_DIR holds compile_commands.json (CMake writes it on configure).
set -euo pipefail
build="${1:?usage: check_tidy.sh BUILD_DIR [BASE]}"
base="${2:-HEAD~1}"
cd "$(dirname "$0")/.."
command -v clang-tidy >/dev/null || { echo "tidy: clang-tidy is not installed"; exit 2; }
[[ -f "$build/compile_commands.json" ]] || { echo "tidy: no $build/compile_commands.json (configure CMake first)"; exit 2; }
git rev-parse --verify -q "$base^{commit}" >/dev/null || { echo "tidy: no commit $base to compare with, skipped"; exit 0; }

# Only sources the build compiles (a header is checked through them).
mapfile -t files < <(git diff --name-only --diff-filter=d "$base" -- '*.cpp' |
  while read -r f; do grep -q "\"file\": \"$PWD/$f\"" "$build/compile_commands.json" && echo "$f"; done)
if ((${#files[@]} == 0)); then
  echo "tidy: no compiled C++ source changed since $base"
  exit 0
fi
echo "tidy: ${#files[@]} file(s) changed since $base"
# clang would take GCC's precompiled header beside each cmake_pch.hxx for
# its own and fail: the commands get copies of those headers, as text.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$build/compile_commands.json" "$work" <<'PY'
import json, re, shutil, sys, os
commands, work = json.load(open(sys.argv[1])), sys.argv[2]
copies = {}
def copy(m):
    src = m.group(1)
    if src not in copies:
        copies[src] = os.path.join(work, f"pch{len(copies)}.hxx")
        shutil.copyfile(src, copies[src])
    return "-include " + copies[src]
for c in commands:
    c["command"] = re.sub(r"-include (\S+/cmake_pch\.hxx)", copy, c["command"]).replace(" -Winvalid-pch", "")
json.dump(commands, open(os.path.join(work, "compile_commands.json"), "w"))
PY
log="$work/log"
status=0
for f in "${files[@]}"; do
  clang-tidy -p "$work" --quiet --warnings-as-errors='*' \
    --extra-arg=-Wno-unknown-warning-option --extra-arg=-Wno-unused-command-line-argument \
    "$f" >"$log" 2>&1 || status=1
  grep -E '(warning|error):' "$log" || true
done
if ((status != 0)); then
  echo "tidy: findings above (fix them, or say why in a NOLINT comment)"
  exit 1
fi
echo "tidy: ok"
