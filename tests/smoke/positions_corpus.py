"""The position contract over the 10kGNAD test articles: for every row of
sentences(), tokens(), entities(), quotes(), dates() and doc_date_evidence(),
substr(body, start, length)
equals the item; for quotes() also substr(body, speaker_start,
speaker_length) = speaker. Quotes are checked over the articles of the
quotation attribution data set too (10kGNAD has lost most of its marks).

    /usr/bin/python3 tests/smoke/positions_corpus.py build/libnatocorpus [../shared]

The data (CC BY-NC-SA) stays in ../shared/data and is never copied into the
project; without it the test is skipped (exit 77).
"""
import csv
import glob
import json
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

    quotes_dir = os.path.join(shared, "data", "german_news_quotation_attribution_2024", "data")
    extra = sorted(glob.glob(os.path.join(quotes_dir, "*", "*.json")))
    for i, f in enumerate(extra):
        with open(f, encoding="utf-8") as fh:
            con.execute("INSERT INTO docs VALUES (?, ?)", (100000 + i, json.load(fh)["originalText"]))
    if extra:
        print(f"(and {len(extra)} articles of the quotation data set)")

    ndocs = con.execute("SELECT count(*) FROM docs").fetchone()[0]
    failed = 0
    functions = (("sentences", "text"), ("tokens", "token"), ("entities", "entity"), ("quotes", "quote"),
                 ("dates", "expr"), ("doc_date_evidence", "clue"))
    for fn, col in functions:
        total, bad = con.execute(
            f"SELECT count(*), sum(substr(d.body, x.start, x.length) IS NOT x.{col}) "
            f"FROM docs d, {fn}(d.body) x").fetchone()
        print(f"{fn}: {total} rows over {ndocs} articles, {bad} off")
        if total == 0 or bad != 0:
            failed += 1
            for r in con.execute(
                    f"SELECT d.id, x.start, x.length, x.{col} FROM docs d, {fn}(d.body) x "
                    f"WHERE substr(d.body, x.start, x.length) IS NOT x.{col} LIMIT 5"):
                print("  off:", r)
    total, bad = con.execute(
        "SELECT count(*), sum(substr(d.body, x.speaker_start, x.speaker_length) IS NOT x.speaker) "
        "FROM docs d, quotes(d.body) x WHERE x.speaker IS NOT NULL").fetchone()
    print(f"quote speakers: {total} rows, {bad} off")
    if total == 0 or bad != 0:
        failed += 1
    print(f"positions: {len(functions) + 1 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
