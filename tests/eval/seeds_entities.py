"""Document-level entity figures on the seed articles against
../shared/gold/seeds_entities.tsv: which `must` entities entities() finds
(label and canonical name), and what share of the distinct (label, canonical)
pairs it returns the gold lists as must or may.

    /usr/bin/python3 tests/eval/seeds_entities.py build/libnatocorpus [../shared] [--verbose]

Skips (exit 77) when the gold file is absent.
"""
import os
import sqlite3
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    module = args[0]
    shared = args[1] if len(args) > 1 else os.environ.get("NATOCORPUS_SHARED", "../shared")
    gold_path = os.path.join(shared, "gold", "seeds_entities.tsv")
    if not os.path.exists(gold_path):
        print(f"skipped: {gold_path} is absent")
        return 77
    gold = {}
    for line in open(gold_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f, label, canonical, status = line.rstrip("\n").split("\t")
        gold.setdefault(f.replace(".txt", ""), {})[(label, canonical)] = status
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(module)
    got = {}
    for doc, label, canonical in con.execute(
            "SELECT a.id, e.label, e.canonical FROM articles('fixtures') a, entities(a.body) e"):
        got.setdefault(doc, set()).add((label, canonical))
    must = must_found = returned = listed = 0
    for doc in sorted(gold):
        g, r = gold[doc], got.get(doc, set())
        missing = sorted(k for k, s in g.items() if s == "must" and k not in r)
        extra = sorted(k for k in r if k not in g)
        must += sum(1 for s in g.values() if s == "must")
        must_found += sum(1 for k, s in g.items() if s == "must" and k in r)
        returned += len(r)
        listed += sum(1 for k in r if k in g)
        if verbose:
            print(doc)
            print("  missing must:", missing)
            print("  not in gold: ", extra)
    print(f"seeds: must found {must_found}/{must} ({100.0 * must_found / max(must, 1):.1f} %), "
          f"returned pairs listed as must or may {listed}/{returned} "
          f"({100.0 * listed / max(returned, 1):.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
