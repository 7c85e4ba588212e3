#!/usr/bin/env python3
"""Runs the command examples of a Markdown file (the README) as a test, as
ledger's and hledger's documentation is tested: an example that no longer
works, or whose shown output changed, fails `make test`.

Convention (keep it when editing README.md):
  ```sh            run, block after block in file order, by one bash in one
                   scratch directory. One command per line (a trailing \\
                   continues it); lines starting with # are comments. Each
                   command must exit 0, or N when its comment says "(exit N)"
                   (write `cmd; echo $?` to show a refusal's code instead).
  ```output        right after an ```sh block (blank lines only between):
                   the exact stdout of that block's last command. To check
                   a command in the middle of a block, split the block.
  ```LANG file=F   (e.g. ```csv file=entries.csv) written to F in the
                   scratch directory before the first command runs.
  anything else    (```console, ```text, ```csv, ```toml...) is not run.
The scratch directory holds build/cli/comptoir (the binary under test) and
forecast/scenarios/ (from the source tree); $C is set to the binary too.
It is removed when every command passed, kept (and named) otherwise.

Usage: run_readme.py README.md COMPTOIR_BINARY SOURCE_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^(`{3,})\s*(\S*)(.*)$")
EXIT = re.compile(r"\(exit (\d+)\)")


def blocks(path):
    """(opening line, language, attributes, lines, closing line) of each
    fenced block (1-based line numbers), and the file's lines."""
    found = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, language, rest = m.group(1), m.group(2), m.group(3)
        start = i + 1
        i += 1
        while i < len(lines) and not lines[i].startswith(fence):
            i += 1
        if i == len(lines):
            sys.exit(f"{path}:{start}: fenced block never closed")
        found.append((start, language, dict(re.findall(r"(\w+)=(\S+)", rest)), lines[start:i], i + 1))
        i += 1
    return found, lines


def commands(start, lines):
    """(README line, command text, expected exit code) of an sh block."""
    out = []
    pending, first = "", 0
    for n, line in enumerate(lines, start + 1):
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if not pending:
            first = n
        if line.endswith("\\"):
            pending += line + "\n"
            continue
        text = pending + line
        pending = ""
        m = EXIT.search(text)
        out.append((first, text, int(m.group(1)) if m else 0))
    if pending:
        sys.exit(f"line {first}: a command ends with a continuation \\")
    return out


PRELUDE = r"""
__fail() {
  echo "README.md:$1: $2" >&2
  echo "  command: $(sed -n "$3p" "$__meta/commands")" >&2
  echo "  --- stdout ---" >&2; head -c 4000 "$__meta/out" >&2
  echo "  --- stderr ---" >&2; head -c 4000 "$__meta/err" >&2
  exit 1
}
__check() {  # status expected line index
  [ "$1" -eq "$2" ] || __fail "$3" "exit code $1, expected $2" "$4"
  __ran=$((__ran + 1))
}
__expect() {  # expected-file line index
  if ! diff -u "$1" "$__meta/out" > "$__meta/diff"; then
    echo "README.md:$2: the output differs from the \`\`\`output block (- README, + actual):" >&2
    cat "$__meta/diff" >&2
    exit 1
  fi
  __checked=$((__checked + 1))
}
__ran=0
__checked=0
"""


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    readme, binary, source = (os.path.abspath(a) for a in sys.argv[1:])
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary}: not an executable")
    scratch = tempfile.mkdtemp(prefix="comptoir-readme-")
    meta = tempfile.mkdtemp(prefix="comptoir-readme-meta-")
    os.makedirs(os.path.join(scratch, "build", "cli"))
    os.symlink(binary, os.path.join(scratch, "build", "cli", "comptoir"))
    os.makedirs(os.path.join(scratch, "forecast"))
    os.symlink(os.path.join(source, "forecast", "scenarios"), os.path.join(scratch, "forecast", "scenarios"))

    script = [PRELUDE, f"__meta={meta!r}", f"C={binary!r}", "unset COMPTOIR_DB"]
    listed = []  # commands, one line each, for messages
    found, readme_lines = blocks(readme)
    previous_sh = None
    for index, (start, language, attributes, lines, end) in enumerate(found):
        if "file" in attributes:
            with open(os.path.join(scratch, attributes["file"]), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
        if language == "sh":
            for line, text, expected in commands(start, lines):
                listed.append(text.replace("\n", " "))
                script.append(f"# README.md:{line}\n{{\n{text}\n}} >\"$__meta/out\" 2>\"$__meta/err\" </dev/null")
                script.append(f"__check $? {expected} {line} {len(listed)}")
            previous_sh = (index, end)
        elif language == "output":
            follows = (previous_sh is not None and previous_sh[0] == index - 1 and
                       all(not l.strip() for l in readme_lines[previous_sh[1]:start - 1]))
            if not follows or not listed:
                sys.exit(f"{readme}:{start}: an ```output block must follow an ```sh block")
            expected_file = os.path.join(meta, f"expected-{start}")
            with open(expected_file, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            script.append(f"__expect {expected_file!r} {start} {len(listed)}")
    if not listed:
        sys.exit(f"{readme}: no ```sh block: nothing would be tested")
    script.append('echo "README: $__ran commands passed, $__checked outputs matched"')
    with open(os.path.join(meta, "commands"), "w", encoding="utf-8") as f:
        f.write("\n".join(listed) + "\n")
    with open(os.path.join(meta, "script.sh"), "w", encoding="utf-8") as f:
        f.write("\n".join(script) + "\n")

    status = subprocess.call(["bash", os.path.join(meta, "script.sh")], cwd=scratch)
    if status == 0:
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.rmtree(meta, ignore_errors=True)
    else:
        print(f"kept {scratch} (scratch directory) and {meta} (script.sh) for inspection", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
