#!/usr/bin/env python3
"""Writes tests/data/corpus/, the small corpus that tests/sql/articles.test reads.

Every file is made up for the tests. Run it again after changing it:
    python3 tests/data/make_corpus.py
"""
import gzip
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")


def write(name, data):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    # A key-value header, a title line in it, a date with a time.
    write("a_header.txt",
          "Titel: Außenminister beraten in Brüssel\n"
          "Datum: 03.12.2024 18:05 Uhr\n"
          "Autor: Erika Beispiel\n"
          "\n"
          "Die Außenminister der Allianz beraten über die Lage. Das Treffen dauert zwei Tage.\n")
    # windows-1252: ß, ü, the en dash and German quotation marks.
    text = ("Die Außenminister berieten über die Lage in Kiew – „heikel“, hieß es. "
            "Die Gespräche würden fortgesetzt, sagte ein Sprecher des Ministeriums.\n")
    write("b_latin.txt", text.encode("windows-1252"))
    # Decomposed umlauts (NFD) become NFC in the body.
    write("c_nfd.txt", "Mu\u0308nchen und Zu\u0308rich.\n")
    # jsonl: text or body, optional fields, blank and bad lines.
    lines = [
        json.dumps({"id": "kiew-1", "title": "Besuch in Kiew", "date": "2023-04-20",
                    "url": "https://example.org/kiew-1", "text": "Der Generalsekretär kam nach Kiew.",
                    "outlet": "Beispielblatt", "tags": ["NATO", "Ukraine"]}, ensure_ascii=False),
        "",
        json.dumps({"body": "Ohne Kennung und ohne Datum.", "date": "im Frühjahr"}, ensure_ascii=False),
        "{this is not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "Kein Text"}),
    ]
    write("d_items.jsonl", "\n".join(lines) + "\n")
    write("e_more.jsonl.gz", gzip.compress(
        (json.dumps({"text": "Gepackt und gelesen.", "date": "2024-07-10T09:30:00Z"}) + "\n").encode(),
        mtime=0))
    write("f_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write("g_truncated.txt.gz", gzip.compress("Dieser Text ist abgeschnitten.".encode(), mtime=0)[:12])
    write("sub/h_nested.txt", "Ein Artikel in einem Unterordner.\n")
    write("notes.md", "Not an article: a directory walk skips this file.\n")
    write(".hidden.txt", "Hidden files are skipped.\n")
    os.symlink("does-not-exist.txt", os.path.join(OUT, "i_broken.txt"))


if __name__ == "__main__":
    main()
