"""The position contract over the 10kGNAD test articles: for every row of
sentences(), tokens() and entities(), substr(body, start, length) equals the
item.

    /usr/bin/python3 tests/smoke/positions_corpus.py build/libnatocorpus [../shared]

The data (CC BY-NC-SA) stays in ../shared/data and is never copied into the
project; without it the test is skipped (exit 77).
"""
import csv
import os
import sqlite3
import sys


def main():
    module = sys.argv[1]
    shared = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("NATOCORPUS_SHARED", "../shared")
    path = os.path.join(shared, "data", "10kgnad", "test.csv")
    if not os.path.exists(path):
        print(f"skipped: {path} is absent")
        return 77
    with open(path, encoding="utf-8", newline="") as f:
        rows = [(i + 1, r[1]) for i, r in enumerate(csv.reader(f, delimiter=";", quotechar="'"))]
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(module)
    con.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT)")
    con.executemany("INSERT INTO docs VALUES (?, ?)", rows)

    failed = 0
    functions = (("sentences", "text"), ("tokens", "token"), ("entities", "entity"))
    for fn, col in functions:
        total, bad = con.execute(
            f"SELECT count(*), sum(substr(d.body, x.start, x.length) IS NOT x.{col}) "
            f"FROM docs d, {fn}(d.body) x").fetchone()
        print(f"{fn}: {total} rows over {len(rows)} articles, {bad} off")
        if total == 0 or bad != 0:
            failed += 1
            for r in con.execute(
                    f"SELECT d.id, x.start, x.length, x.{col} FROM docs d, {fn}(d.body) x "
                    f"WHERE substr(d.body, x.start, x.length) IS NOT x.{col} LIMIT 5"):
                print("  off:", r)
    print(f"positions: {len(functions) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
