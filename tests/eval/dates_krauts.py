#!/usr/bin/env python3
"""Temporal expressions and document dates against KRAUTS and the dated Wikinews articles.

Usage: dates_krauts.py LIB [SHARED] [--verbose] [--no-ours]

Prints, on KRAUTS (../shared/data/krauts) with the document creation time
(DCT) given as `ref`:
  - extent F1 (any overlap), strict extent F1, and value F1 (overlap and an
    equal value), for dates() and for HeidelTime's output on the same texts;
  - per TIMEX3 type, where we lose;
then doc_date() on KRAUTS with the DCT removed and on the dated Wikinews
articles of the quotation data set: coverage (answered / all), precision
(answers whose period holds the true date / answers) and the exact-day rate;
then the seeds against ../shared/gold/seeds_doc_date.tsv.
Exits 77 (skipped) when the data is absent.
"""
import glob, json, os, re, sqlite3, sys
from collections import Counter

TIMEX = re.compile(r'<TIMEX3\b([^>]*)>(.*?)</TIMEX3>', re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(path):
    """The TEXT of a .tml with its TIMEX3 tags stripped, the timexes as
    (begin, end, type, value) character offsets in that text, and the DCT."""
    raw = open(path, encoding='utf-8').read()
    dct = None
    m = re.search(r'<DCT>\s*<TIMEX3\b([^>]*)>', raw)
    if m:
        dct = dict(ATTR.findall(m.group(1))).get('value')
    t = re.search(r'<TEXT>(.*)</TEXT>', raw, re.S)
    body = t.group(1) if t else ''
    out, timexes, pos = [], [], 0
    for m in TIMEX.finditer(body):
        out.append(body[pos:m.start()])
        begin = sum(len(s) for s in out)
        inner = re.sub(r'<[^>]+>', '', m.group(2))
        out.append(inner)
        a = dict(ATTR.findall(m.group(1)))
        timexes.append((begin, begin + len(inner), a.get('type', ''), a.get('value', '')))
        pos = m.end()
    out.append(body[pos:])
    text = ''.join(out)
    if re.search(r'<[^>]+>', text):
        raise ValueError(f'{path}: tags other than TIMEX3 inside TEXT')
    return text, timexes, dct


def match(gold, system, strict):
    """One-to-one matches (gold index, system index) by exact span or by overlap."""
    used, pairs = set(), []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si in used:
                continue
            ok = (g[0] == s[0] and g[1] == s[1]) if strict else (g[0] < s[1] and s[0] < g[1])
            if ok:
                used.add(si)
                pairs.append((gi, si))
                break
    return pairs


def f1(tp, n_sys, n_gold):
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Score:
    def __init__(self):
        self.gold = self.sys = self.relaxed = self.strict = self.value = 0
        self.by_type = Counter()  # (type, outcome)

    def add(self, gold, system, verbose_name=None, text=None):
        self.gold += len(gold)
        self.sys += len(system)
        relaxed = match(gold, system, False)
        self.relaxed += len(relaxed)
        self.strict += len(match(gold, system, True))
        matched_gold = set()
        for gi, si in relaxed:
            matched_gold.add(gi)
            ok = gold[gi][3] == system[si][3]
            self.value += ok
            self.by_type[(gold[gi][2], 'value right' if ok else 'value wrong')] += 1
            if verbose_name and not ok:
                print(f'VALUE {verbose_name}: {text[gold[gi][0]:gold[gi][1]]!r} gold {gold[gi][2]} {gold[gi][3]} '
                      f'ours {text[system[si][0]:system[si][1]]!r} {system[si][2]} {system[si][3]}')
        for gi, g in enumerate(gold):
            if gi not in matched_gold:
                self.by_type[(g[2], 'missed')] += 1
                if verbose_name:
                    print(f'MISS {verbose_name}: {text[g[0]:g[1]]!r} {g[2]} {g[3]}')
        matched_sys = {si for _, si in relaxed}
        for si, s in enumerate(system):
            if si not in matched_sys:
                self.by_type[(s[2], 'extra')] += 1
                if verbose_name:
                    print(f'EXTRA {verbose_name}: {text[s[0]:s[1]]!r} {s[2]} {s[3]}')

    def report(self, who):
        _, _, fr = f1(self.relaxed, self.sys, self.gold)
        _, _, fs = f1(self.strict, self.sys, self.gold)
        p, r, fv = f1(self.value, self.sys, self.gold)
        print(f'{who:<11} extent F1 {fr:.3f}  strict F1 {fs:.3f}  value F1 {fv:.3f} (P {p:.3f} R {r:.3f}; '
              f'gold {self.gold}, found {self.sys})')


def contains(answer, truth):
    """Whether the period `answer` (YYYY, YYYY-MM or YYYY-MM-DD) holds the day `truth`."""
    return bool(answer) and truth.startswith(answer)


def score_doc_date(db, items, label, verbose):
    """doc_date() on (text, true day, name) items: coverage, precision, exact days."""
    answered = inside = exact = 0
    for text, truth, name in items:
        (d,) = db.execute('SELECT doc_date(?)', (text,)).fetchone()
        if d:
            answered += 1
            inside += contains(d, truth)
            exact += d == truth
            if verbose and not contains(d, truth):
                print(f'DOC_DATE {label} wrong: {d} true {truth} {name}')
    precision = f'{inside / answered:.3f}' if answered else 'n/a (no answers)'
    print(f'doc_date on {label}: coverage {answered}/{len(items)}, precision '
          f'{precision} ({inside}/{answered}), exact day {exact}/{len(items)}')


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    ours = '--no-ours' not in sys.argv
    lib = args[0]
    shared = args[1] if len(args) > 1 else '../shared'
    db = sqlite3.connect(':memory:')
    if ours:
        db.enable_load_extension(True)
        db.load_extension(os.path.abspath(lib))
    root = os.path.join(shared, 'data', 'krauts', 'KRAUTS')
    gold_files = sorted(f for d in glob.glob(os.path.join(root, 'KRAUTS_*')) if not d.endswith(('_Heideltime', '_raw-text'))
                        for f in glob.glob(os.path.join(d, '*.tml')))
    rc = 0
    if not gold_files:
        print(f'skipped: {root} is absent')
        rc = 77
    else:
        us, heidel = Score(), Score()
        dated = []  # (text, dct) for doc_date
        for path in gold_files:
            text, gold, dct = parse_tml(path)
            name = os.path.basename(path)
            hpath = os.path.join(os.path.dirname(path) + '_Heideltime', name)
            if os.path.exists(hpath):
                htext, hsys, _ = parse_tml(hpath)
                if htext != text:
                    raise SystemExit(f'{name}: HeidelTime text differs from the gold text')
                heidel.add(gold, hsys)
            if ours:
                rows = db.execute('SELECT start, length, type, value FROM dates(?, ?)', (text, dct)).fetchall()
                system = [(s - 1, s - 1 + n, t, v) for s, n, t, v in rows]
                us.add(gold, system, name[:30] if verbose else None, text)
            dated.append((text, dct))
        print(f'KRAUTS: {len(gold_files)} documents, DCT given as ref')
        if ours:
            us.report('dates()')
        heidel.report('HeidelTime')
        if ours:
            print('where we lose, by gold type (missed / value wrong / extra by our type):')
            for t in sorted({t for t, _ in us.by_type}):
                print(f'  {t:<9} right {us.by_type[(t, "value right")]:>4}  value wrong {us.by_type[(t, "value wrong")]:>4}  '
                      f'missed {us.by_type[(t, "missed")]:>4}  extra {us.by_type[(t, "extra")]:>4}')
            score_doc_date(db, [(text, dct, '') for text, dct in dated], 'KRAUTS without the DCT', verbose)
    if ours:
        wiki = os.path.join(shared, 'data', 'german_news_quotation_attribution_2024', 'data')
        for split in ('dev', 'train'):
            files = sorted(glob.glob(os.path.join(wiki, split, '*.json')))
            if not files:
                print(f'skipped: {os.path.join(wiki, split)} is absent')
                continue
            items = []
            for f in files:
                m = re.search(r'\((\d{4}-\d{2}-\d{2})\)', os.path.basename(f))
                if m:
                    text = json.load(open(f, encoding='utf-8'))['originalText']
                    items.append((text, m.group(1), os.path.basename(f)[:50]))
            score_doc_date(db, items, f'Wikinews {split}', verbose)
        gold_path = os.path.join(shared, 'gold', 'seeds_doc_date.tsv')
        fixtures = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'fixtures')
        if os.path.exists(gold_path):
            inside = exact = n = 0
            for line in open(gold_path, encoding='utf-8'):
                if line.startswith('#') or not line.strip():
                    continue
                name, truth = line.rstrip('\n').split('\t')[:2]
                text = open(os.path.join(fixtures, name), encoding='utf-8').read()
                (d,) = db.execute('SELECT doc_date(?)', (text,)).fetchone()
                n += 1
                inside += contains(d, truth)
                exact += d == truth
                if verbose:
                    print(f'SEED {name[:3]}: ours {d} true {truth}')
            print(f'seeds: doc_date holds the true day {inside}/{n}, exact day {exact}/{n}')
    return rc


if __name__ == '__main__':
    sys.exit(main())
