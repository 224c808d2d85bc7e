"""Smoke test through Python's stdlib sqlite3 (Debian's /usr/bin/python3:
pyenv builds often lack enable_load_extension).

    /usr/bin/python3 tests/smoke/python_smoke.py build/libnatocorpus
"""
import sqlite3
import sys


def main():
    module = sys.argv[1]
    con = sqlite3.connect(":memory:")
    if not hasattr(con, "enable_load_extension"):
        print("skipped: this Python's sqlite3 cannot load extensions")
        return 77
    con.enable_load_extension(True)
    con.load_extension(module)
    con.enable_load_extension(False)

    rows = con.execute(
        "SELECT id, date FROM articles('fixtures') WHERE id LIKE '001%'").fetchall()
    assert rows == [("001_0767409fdc3e71da", "2023-04")], rows  # from its header
    rows = con.execute(
        "SELECT count(*) FROM articles('fixtures') WHERE id NOT LIKE '001%' AND date IS NOT doc_date(body)").fetchall()
    assert rows == [(0,)], rows  # the others: inferred from the body

    n = con.execute(
        "SELECT count(*) FROM articles('fixtures') a, tokens(a.body) t "
        "WHERE t.norm = 'nato'").fetchone()[0]
    assert n > 10, n

    # Parameters bind as text; errors come back as sqlite3 exceptions.
    (text,) = con.execute("SELECT text FROM sentences(?) WHERE sentence = 2",
                          ("Eins. Zwei.",)).fetchone()
    assert text == "Zwei.", text
    try:
        con.execute("SELECT * FROM sentences(?)", (b"\xff",)).fetchall()
        raise AssertionError("a BLOB was accepted")
    except sqlite3.OperationalError as e:
        assert "sentences(): expected text, got a BLOB" in str(e), e

    # The same rows from two connections (determinism).
    con2 = sqlite3.connect(":memory:")
    con2.enable_load_extension(True)
    con2.load_extension(module)
    q = "SELECT group_concat(token, '|') FROM articles('fixtures') a, tokens(a.body)"
    assert con.execute(q).fetchone() == con2.execute(q).fetchone()
    print("python: 5 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
