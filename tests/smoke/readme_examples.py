"""Runs every SQL example in README.md through the sqlite3 shell.

    /usr/bin/python3 tests/smoke/readme_examples.py SQLITE3 build/libnatocorpus README.md

Each ```sql block runs in a fresh in-memory database with the module loaded
and `.mode box --wrap 0` (a block may set its own mode and .load). It must run without
error; when a ```text block follows it directly, the shell's output must be
that text exactly (trailing spaces aside).
"""
import re
import subprocess
import sys

FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.S | re.M)


def blocks(markdown):
    """(lang, body, end offset, start offset) of each fenced block."""
    return [(m.group(1), m.group(2), m.start(), m.end()) for m in FENCE.finditer(markdown)]


def normalise(text):
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def main():
    shell, module, readme = sys.argv[1:4]
    with open(readme, encoding="utf-8") as f:
        md = f.read()
    found = blocks(md)
    passed = failed = 0
    for i, (lang, body, start, end) in enumerate(found):
        if lang != "sql":
            continue
        line = md.count("\n", 0, start) + 1
        script = body.replace("./build/libnatocorpus", module)
        if ".load" not in script:
            script = f".load {module}\n.mode box --wrap 0\n" + script
        run = subprocess.run([shell, "-bail", ":memory:"], input=script, capture_output=True,
                             text=True, timeout=600)
        problem = None
        if run.returncode != 0 or run.stderr.strip():
            problem = f"exit {run.returncode}: {run.stderr.strip()}"
        elif i + 1 < len(found) and found[i + 1][0] == "text" and md[end:found[i + 1][2]].strip() == "":
            want = normalise(found[i + 1][1])
            got = normalise(run.stdout)
            if want != got:
                problem = f"output differs.\n--- README:\n{want}\n--- shell:\n{got}"
        if problem:
            failed += 1
            print(f"README.md:{line}: FAILED\n{body}{problem}\n")
        else:
            passed += 1
    if passed + failed == 0:
        print("no SQL examples found in README.md")
        return 1
    print(f"readme: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
