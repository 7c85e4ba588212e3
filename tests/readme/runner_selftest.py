#!/usr/bin/env python3
"""The README runner can fail: small Markdown files run through
run_readme.py must pass or fail, with the message that says why.
Usage: runner_selftest.py COMPTOIR_BINARY SOURCE_DIR"""
import os
import subprocess
import sys
import tempfile

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run_readme.py")
F = "```"

CASES = [
    # (name, markdown, expected exit of the runner, text its output must contain)
    ("output matches", f"{F}sh\necho hello\n{F}\n\n{F}output\nhello\n{F}\n", 0, "1 outputs matched"),
    ("output differs", f"{F}sh\necho hello\n{F}\n{F}output\nbye\n{F}\n", 1, "the output differs"),
    ("a command fails", f"{F}sh\ntrue\nfalse\necho never\n{F}\n", 1, "README.md:3: exit code 1, expected 0"),
    ("expected exit code", f"{F}sh\nsh -c 'exit 4'   # refused (exit 4)\n{F}\n", 0, "1 commands passed"),
    ("expected exit code missing", f"{F}sh\ntrue   # refused (exit 4)\n{F}\n", 1, "exit code 0, expected 4"),
    ("echo $? shows a refusal", f"{F}sh\nsh -c 'exit 4'; echo $?\n{F}\n\n{F}output\n4\n{F}\n", 0, "1 outputs matched"),
    ("continuation lines", f"{F}sh\necho a \\\n  b\n{F}\n{F}output\na b\n{F}\n", 0, "1 outputs matched"),
    ("state persists across blocks", f"{F}sh\nX=1\n{F}\ntext\n{F}sh\necho $X\n{F}\n{F}output\n1\n{F}\n", 0,
     "1 outputs matched"),
    ("files are written first", f"{F}sh\ncat a.csv\n{F}\n{F}output\nx,y\n{F}\n{F}csv file=a.csv\nx,y\n{F}\n", 0,
     "1 outputs matched"),
    ("other fences do not run", f"{F}console\nfalse\n{F}\n{F}sh\ntrue\n{F}\n", 0, "1 commands passed"),
    ("the binary resolves", f'{F}sh\ntest -x build/cli/comptoir && test "$C" -ef build/cli/comptoir\n{F}\n', 0,
     "1 commands passed"),
    ("output without sh block", f"{F}output\nhello\n{F}\n", 1, "must follow an ```sh block"),
    ("nothing to run", "no blocks\n", 1, "nothing would be tested"),
]


def main():
    binary, source = sys.argv[1:3]
    failures = 0
    with tempfile.TemporaryDirectory(prefix="comptoir-readme-selftest-") as tmp:
        for name, markdown, expected, needle in CASES:
            path = os.path.join(tmp, "README.md")
            with open(path, "w", encoding="utf-8") as f:
                f.write(markdown)
            # TMPDIR: the scratch directories kept by failing cases go with tmp.
            run = subprocess.run([sys.executable, RUNNER, path, binary, source], capture_output=True, text=True,
                                 env=dict(os.environ, TMPDIR=tmp))
            text = run.stdout + run.stderr
            if run.returncode != expected or needle not in text:
                failures += 1
                print(f"FAIL {name}: exit {run.returncode} (expected {expected}), wanted {needle!r} in:\n{text}")
            else:
                print(f"ok   {name}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
