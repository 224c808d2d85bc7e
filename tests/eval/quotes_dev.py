#!/usr/bin/env python3
"""Evaluates quotes() on the dev split of the German news quotation attribution
data set (../shared/data/german_news_quotation_attribution_2024) and on the
seed articles against ../shared/gold/seeds_quotes.tsv.

    /usr/bin/python3 tests/eval/quotes_dev.py build/libnatocorpus [../shared] [--split dev] [--verbose]
    /usr/bin/python3 tests/eval/quotes_dev.py [../shared] [--split dev] --export FILE

Prints, on the split:
  - direct quotes: precision, recall and F1; spans count as equal after the
    quotation marks and white space around them are stripped; a span the data
    annotates twice (as the quote of two annotations) counts once;
  - speaker accuracy over the matched direct quotes: our speaker span overlaps
    the gold speaker span (a gold quote with no speaker counts as right when we
    give none);
  - indirect quotes (Indirect, FreeIndirect, IndirectFreeIndirect): precision,
    recall and F1, where a match overlaps at least half of the longer span;
    and speaker accuracy over the matched ones whose gold names a speaker.
Then a table by `rule` (the sieve and step that attributed each row): direct
quotes found, matched and with the right speaker, and indirect quotes found
and matched, so an error analysis can group by what made a row.
Seeds: how many of the gold direct quotations are found with exactly that
text, and for how many the canonical speaker is right.
The data are not part of the project: skips (exit 77), saying so, when absent.
"""
import glob
import json
import os
import sqlite3
import sys
from collections import Counter

MARKS = '„“”‚‘’"\'»«'


def strip(s):
    return s.strip().strip(MARKS).strip()


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def export(args, path, split):
    """Writes the split as JSONL for tools/train_quote_ranker's evaluation
    (never its training): {"id", "text", "events": [{"cue": [[b, e]...],
    "source": [...]}]}, code-point offsets, as tests/eval/spkatt.py --export."""
    args = [a for a in args if a != path]
    shared = args[0] if args else '../shared'
    data = os.path.join(shared, 'data', 'german_news_quotation_attribution_2024', 'data', split)
    files = sorted(glob.glob(os.path.join(data, '*.json')))
    if not files:
        print(f'skipped: {data} is absent')
        return 77
    with open(path, 'w', encoding='utf-8') as out:
        for f in files:
            d = json.load(open(f, encoding='utf-8'))
            events = []
            for a in d['annotations']:
                cue = [[s['charBegin'], s['charEnd']] for s in (a.get('cue') or {}).get('spans', [])]
                src = [[s['charBegin'], s['charEnd']] for s in (a.get('speaker') or {}).get('spans', [])]
                events.append({'cue': cue, 'source': src, 'type': a['type']})
            out.write(json.dumps({'id': os.path.basename(f), 'text': d['originalText'], 'events': events},
                                 ensure_ascii=False) + '\n')
    print(f'{len(files)} documents written to {path}')
    return 0


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    split = 'dev'
    if '--split' in sys.argv:
        split = sys.argv[sys.argv.index('--split') + 1]
        args = [a for a in args if a != split]
    if '--export' in sys.argv:
        return export(args, sys.argv[sys.argv.index('--export') + 1], split)
    lib = args[0]
    shared = args[1] if len(args) > 1 else '../shared'
    db = sqlite3.connect(':memory:')
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(lib))
    rc = 0
    data = os.path.join(shared, 'data', 'german_news_quotation_attribution_2024', 'data', split)
    files = sorted(glob.glob(os.path.join(data, '*.json')))
    if not files:
        print(f'skipped: {data} is absent')
        rc = 77
    else:
        tp = fp = fn = 0
        spk_right = spk_total = 0
        canon_right = canon_total = 0
        itp = ifp = ifn = 0
        ispk_right = ispk_total = 0

        class RuleCounts(dict):
            def __missing__(self, key):
                self[key] = Counter()
                return self[key]
        by_rule = RuleCounts()
        for f in files:
            d = json.load(open(f, encoding='utf-8'))
            text = d['originalText']
            gold_direct, gold_indirect = [], []
            for a in d['annotations']:
                if not a.get('quote'):
                    continue
                spans = [(s['charBegin'], s['charEnd']) for s in a['quote']['spans']]
                sp = [(s['charBegin'], s['charEnd']) for s in a['speaker']['spans']] if a.get('speaker') else []
                if a['type'] == 'Direct':
                    for b, e in spans:
                        # The same span annotated twice (as a quote of two
                        # annotations) is one quotation; its speakers pool.
                        same = [g for g in gold_direct if g[1] == (b, e)]
                        if same:
                            same[0][2].extend(sp)
                        else:
                            gold_direct.append((strip(text[b:e]), (b, e), list(sp)))
                elif a['type'] in ('Indirect', 'FreeIndirect', 'IndirectFreeIndirect'):
                    b, e = min(s[0] for s in spans), max(s[1] for s in spans)
                    gold_indirect.append((b, e, list(sp)))
            rows = db.execute('SELECT quote, kind, start, length, speaker_start, speaker_length, canonical, rule '
                              'FROM quotes(?)', (text,)).fetchall()
            ours_direct = [(strip(q), (s - 1, s - 1 + n), ss, sl, c, r) for q, k, s, n, ss, sl, c, r in rows
                           if k == 'direct']
            ours_indirect = [(s - 1, s - 1 + n, r, ss, sl) for q, k, s, n, ss, sl, c, r in rows if k == 'indirect']
            for o in ours_direct:
                by_rule[o[5]]['found'] += 1
            for o in ours_indirect:
                by_rule[o[2]]['found'] += 1
            # Persons named in the text (by our tagger), to read the gold speaker's name.
            persons = db.execute("SELECT start - 1, start - 1 + length, canonical FROM entities(?) "
                                 "WHERE label = 'PER' AND form = 'name'", (text,)).fetchall()
            used = set()
            for g in gold_direct:
                hit = None
                for i, o in enumerate(ours_direct):
                    if i not in used and o[0] == g[0] and o[0]:
                        hit = i
                        break
                if hit is None:
                    fn += 1
                    if verbose:
                        print('MISS', os.path.basename(f)[:40], repr(g[0][:100]))
                    continue
                used.add(hit)
                tp += 1
                o = ours_direct[hit]
                spk_total += 1
                if not g[2]:
                    ok = o[2] is None
                else:
                    ok = o[2] is not None and any(overlap((o[2] - 1, o[2] - 1 + o[3]), s) > 0 for s in g[2])
                spk_right += ok
                by_rule[o[5]]['matched'] += 1
                by_rule[o[5]]['right'] += ok
                # Canonical: where the gold speaker span holds a person's name.
                names = {c for b, e, c in persons for gb, ge in g[2] if gb <= b and e <= ge}
                if names:
                    canon_total += 1
                    canon_right += o[4] in names
                    if verbose and o[4] not in names:
                        print('CANONICAL', repr(g[0][:60]), 'gold:', ' | '.join(sorted(names)), 'ours:', o[4])
                if verbose and not ok:
                    gs = ' | '.join(text[b:e] for b, e in g[2]) or None
                    os_ = text[o[2] - 1:o[2] - 1 + o[3]] if o[2] is not None else None
                    print('SPEAKER', repr(g[0][:60]), 'gold:', gs, 'ours:', os_)
                    if '--context' in sys.argv:
                        b, e = g[1]
                        print('   ', text[max(0, b - 250):min(len(text), e + 150)].replace('\n', ' / '))
            for i, o in enumerate(ours_direct):
                if i not in used:
                    fp += 1
                    if verbose:
                        b, e = o[1]
                        print('EXTRA', os.path.basename(f)[:40], repr(o[0][:80]), '||', text[max(0, b - 50):b].replace('\n', ' '))
            iused = set()
            for g in gold_indirect:
                hit = None
                for i, o in enumerate(ours_indirect):
                    if i not in iused and overlap(g, o) * 2 >= max(g[1] - g[0], o[1] - o[0]):
                        hit = i
                        break
                if hit is None:
                    ifn += 1
                else:
                    iused.add(hit)
                    itp += 1
                    o = ours_indirect[hit]
                    by_rule[o[2]]['matched'] += 1
                    # Speaker: as for direct quotes; only where the gold names one.
                    if g[2]:
                        ispk_total += 1
                        ok = o[3] is not None and any(overlap((o[3] - 1, o[3] - 1 + o[4]), s) > 0 for s in g[2])
                        ispk_right += ok
                        by_rule[o[2]]['right' if ok else 'wrong'] += 1
                        if verbose and not ok:
                            ours = text[o[3] - 1:o[3] - 1 + o[4]] if o[3] is not None else None
                            print('ISPEAKER', repr(text[g[0]:g[1]][:60]), 'gold:', ' | '.join(text[b:e] for b, e in g[2]),
                                  'ours:', ours, '|', o[2])
            ifp += len(ours_indirect) - len(iused)

        def prf(tp, fp, fn):
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        p, r, f1 = prf(tp, fp, fn)
        print(f'{split} split, {len(files)} articles')
        print(f'direct quotes: P {p:.3f} R {r:.3f} F1 {f1:.3f} (gold {tp + fn}, found {tp + fp}, matched {tp})')
        print(f'speaker accuracy on matched direct quotes: {spk_right / max(spk_total, 1):.3f} ({spk_right}/{spk_total})')
        print(f'canonical speaker where the gold speaker names a person (read by our tagger): '
              f'{canon_right / max(canon_total, 1):.3f} ({canon_right}/{canon_total})')
        p, r, f1 = prf(itp, ifp, ifn)
        print(f'indirect quotes: P {p:.3f} R {r:.3f} F1 {f1:.3f} (gold {itp + ifn}, found {itp + ifp}, matched {itp})')
        print(f'speaker accuracy on matched indirect quotes with a gold speaker: '
              f'{ispk_right / max(ispk_total, 1):.3f} ({ispk_right}/{ispk_total})')
        print('by rule (found, matched, speaker right, speaker wrong):')
        print(f'  {"rule":<48} {"found":>6} {"match":>6} {"right":>6} {"wrong":>6}')
        for rule, c in sorted(by_rule.items(), key=lambda kv: (kv[0].startswith('indirect'), -kv[1]['found'])):
            indirect = rule.startswith('indirect')
            right = c['right']
            wrong = c['wrong'] if indirect else c['matched'] - c['right']
            print(f'  {rule:<48} {c["found"]:>6} {c["matched"]:>6} {right:>6} {wrong:>6}')
    # Seeds.
    gold_path = os.path.join(shared, 'gold', 'seeds_quotes.tsv')
    fixtures = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'fixtures')
    if not os.path.exists(gold_path):
        print(f'skipped: {gold_path} is absent')
        return rc or 77
    gold = [l.rstrip('\n').split('\t') for l in open(gold_path, encoding='utf-8') if l.strip() and not l.startswith('#')]
    found = right = 0
    for name, speaker, quote in gold:
        text = open(os.path.join(fixtures, name), encoding='utf-8').read()
        rows = db.execute('SELECT quote, canonical FROM quotes(?)', (text,)).fetchall()
        hit = [c for q, c in rows if q == quote]
        if hit:
            found += 1
            right += hit[0] == speaker
            if verbose and hit[0] != speaker:
                print('SEED SPEAKER', name[:3], repr(quote[:50]), 'gold:', speaker, 'ours:', hit[0])
        elif verbose:
            print('SEED MISS', name[:3], repr(quote[:70]))
    print(f'seeds: direct quotations found {found}/{len(gold)}, canonical speaker right {right}/{len(gold)}')
    return rc


if __name__ == '__main__':
    sys.exit(main())
