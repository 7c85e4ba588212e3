#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format (the
# repository's .clang-format) makes of it, naming the files. Fix with
# `make format`.
set -u
root="${1:-.}"
cd "$root" || exit 2
command -v clang-format >/dev/null || { echo "format: clang-format is not installed"; exit 2; }
# Outside a git checkout (a source archive) there is no list of tracked
# files: skipped (ctest's SKIP_RETURN_CODE).
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "format: not a git checkout, skipped"; exit 77; }
bad=$(git ls-files '*.cpp' '*.hpp' '*.h' | xargs -r clang-format --dry-run 2>&1 \
      | sed -nE 's/^([^:]+):[0-9]+:[0-9]+: (warning|error): code should be clang-formatted.*/\1/p' | sort -u)
if [ -n "$bad" ]; then
  echo "format: these files are not clang-formatted (run make format):"
  echo "$bad" | sed 's/^/  /'
  exit 1
fi
echo "format: ok"
