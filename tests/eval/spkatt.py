#!/usr/bin/env python3
"""Reads SpkAtt-2023 Task 1 (speaker attribution in German parliamentary speeches,
../shared/data/spkatt2023, CC BY-SA 4.0, github.com/umanlp/SpkAtt-2023) and
evaluates quotes() on it as an extra, openly licensed check, or exports it.

    /usr/bin/python3 tests/eval/spkatt.py build/libnatocorpus [../shared] [--split train|dev] [--verbose]
    /usr/bin/python3 tests/eval/spkatt.py [../shared] [--split train|dev] --export FILE

The data: one JSON per speech, Sentences [{SentenceId, Tokens}] and Annotations
[{Cue, PTC, Source, Message, Addr, Topic, Medium, Evidence}], each role a list of
"sentence:token" ids; both numbers are 0-based (SentenceId is the index of the
sentence, token 0 is its first token). A document's text is its sentences
joined by newlines, each sentence's tokens joined by a space, except that no
space goes before , . : ; ! ? ) “ … ’ and none after „ ( ‚ (the offset of every
token is kept, and text[b:e] is checked to be the token for every one).

--export FILE writes JSONL, one line per speech:
  {"id": file name, "text": text, "events": [{"cue": [[b, e], ...],
   "source": [...], "message": [...], "ptc": [...]}, ...]}
with 0-based, end-exclusive offsets into text in code points (Python str
indices); tokens next to each other in one sentence make one span.

Otherwise it prints, on the split:
  - message recall: of the gold events with a Message (split by whether they
    have a Source), how many are matched by a row of quotes(), i.e. a row whose
    quote overlaps the message by at least half of the shorter of the two;
  - speaker accuracy over the matched events: our speaker span overlaps a gold
    Source span (where the gold has no Source, right when we give none);
  - how many of our rows overlap some gold message at all;
  - where the gold Source is: in the cue's sentence (before or after the cue)
    or another one, and how often it is a pronoun.
The data are not part of the project: skips (exit 77), saying so, when absent.
"""
import collections
import glob
import json
import os
import sqlite3
import sys

NO_SPACE_BEFORE = {',', '.', ':', ';', '!', '?', ')', ']', '“', '…', '...', '’'}
NO_SPACE_AFTER = {'„', '(', '[', '‚'}
PERSONAL = {'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man', 'mir', 'mich', 'uns', 'ihm', 'ihn', 'ihnen',
            'jemand', 'niemand', 'keiner', 'alle', 'viele', 'einige', 'manche'}
POSSESSIVE = ('mein', 'dein', 'sein', 'ihr', 'unser', 'euer', 'eur')
RELATIVE = {'der', 'die', 'das', 'welcher', 'welche', 'welches', 'dieser', 'diese', 'dieses', 'wer', 'denen', 'deren'}
ROLES = ('Cue', 'PTC', 'Source', 'Message', 'Addr', 'Topic', 'Medium', 'Evidence')


def ids(xs):
    return sorted({tuple(int(n) for n in x.split(':')) for x in xs})


def load(path):
    """One speech: text, the (begin, end) of every token by (sentence, token)
    id, and its events with the token ids of each role."""
    d = json.load(open(path, encoding='utf-8'))
    parts, offsets, pos = [], {}, 0
    for i, s in enumerate(d['Sentences']):
        assert s['SentenceId'] == i, (path, i)
        if i:
            parts.append('\n')
            pos += 1
        prev = None
        for j, t in enumerate(s['Tokens']):
            if prev is not None and t not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER:
                parts.append(' ')
                pos += 1
            parts.append(t)
            offsets[(i, j)] = (pos, pos + len(t))
            pos += len(t)
            prev = t
    text = ''.join(parts)
    tokens = {(i, j): t for i, s in enumerate(d['Sentences']) for j, t in enumerate(s['Tokens'])}
    for k, (b, e) in offsets.items():
        assert text[b:e] == tokens[k], (path, k)
    events = [{r: ids(a.get(r, [])) for r in ROLES} for a in d['Annotations']]
    return text, offsets, tokens, events


def spans(toks, offsets):
    """Character spans of token ids, tokens next to each other in a sentence merged."""
    out, last = [], None
    for s, t in toks:
        b, e = offsets[(s, t)]
        if last is not None and last == (s, t - 1):
            out[-1][1] = e
        else:
            out.append([b, e])
        last = (s, t)
    return out


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def export(files, out):
    n = 0
    with open(out, 'w', encoding='utf-8') as f:
        for path in files:
            text, offsets, tokens, events = load(path)
            evs = []
            for ev in events:
                e = {k.lower(): spans(ev[k], offsets) for k in ('Cue', 'Source', 'Message', 'PTC')}
                # Every span is the text of its tokens.
                for k in ('Cue', 'Source', 'Message', 'PTC'):
                    for b, e_ in e[k.lower()]:
                        inside = [offsets[t] for t in ev[k] if offsets[t][0] >= b and offsets[t][1] <= e_]
                        assert inside[0][0] == b and inside[-1][1] == e_, (path, k, b, e_)
                        assert all(text[x[1]:y[0]] in ('', ' ') for x, y in zip(inside, inside[1:])), (path, k, b, e_)
                evs.append(e)
            f.write(json.dumps({'id': os.path.basename(path), 'text': text, 'events': evs}, ensure_ascii=False) + '\n')
            n += 1
    print(f'{n} documents written to {out}')


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    split, out = 'dev', None
    for opt in ('--split', '--export'):
        if opt in sys.argv:
            v = sys.argv[sys.argv.index(opt) + 1]
            args = [a for a in args if a != v]
            if opt == '--split':
                split = v
            else:
                out = v
    lib = None
    if out is None:
        lib = args.pop(0)
    shared = args[0] if args else '../shared'
    data = os.path.join(shared, 'data', 'spkatt2023', 'data', split, 'task1')
    files = sorted(glob.glob(os.path.join(data, '*.json')))
    if not files:
        print(f'skipped: {data} is absent')
        return 77
    if out is not None:
        export(files, out)
        return 0

    db = sqlite3.connect(':memory:')
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(lib))
    # rows per class: [events, matched, speaker right]
    table = collections.OrderedDict((k, [0, 0, 0]) for k in ('with Source', 'without Source'))
    ours_total = ours_hit = 0
    n_events = n_source = n_message = 0
    where = collections.Counter()
    forms = collections.Counter()
    pron = collections.Counter()
    discont = collections.Counter()
    roles = collections.Counter()
    for path in files:
        text, offsets, tokens, events = load(path)
        rows = db.execute('SELECT start, length, speaker_start, speaker_length, kind FROM quotes(?)', (text,)).fetchall()
        ours = [((s - 1, s - 1 + n), (ss - 1, ss - 1 + sl) if ss is not None else None, k) for s, n, ss, sl, k in rows]
        gold_messages = []
        for ev in events:
            n_events += 1
            src = spans(ev['Source'], offsets)
            msg = spans(ev['Message'], offsets)
            for r in ('Cue', 'Source', 'Message'):
                if len(spans(ev[r], offsets)) > 1:
                    discont[r] += 1
            if ev['Source']:
                n_source += 1
                form = ' '.join(tokens[t] for t in ev['Source'])
                forms[form if len(ev['Source']) == 1 else '(%d%s tokens)' % (min(len(ev['Source']), 4),
                                                                              '+' if len(ev['Source']) > 3 else '')] += 1
                low = form.lower()
                pron['personal pronoun' if low in PERSONAL else 'relative/demonstrative' if low in RELATIVE
                     else 'possessive' if low.startswith(POSSESSIVE) and len(ev['Source']) == 1
                     else 'other one token' if len(ev['Source']) == 1 else 'two or more tokens'] += 1
                cue_s = {s for s, t in ev['Cue']}
                src_s = {s for s, t in ev['Source']}
                if src_s <= cue_s and len(cue_s) == 1:
                    first = min(ev['Cue'])
                    where['same sentence, before the cue' if max(ev['Source']) < first
                          else 'same sentence, after the cue' if min(ev['Source']) > max(ev['Cue'])
                          else 'same sentence, around the cue'] += 1
                elif src_s & cue_s:
                    where['partly in the cue\'s sentence'] += 1
                elif max(src_s) < min(cue_s):
                    where['earlier sentence'] += 1
                else:
                    where['later sentence'] += 1
            roles[('Source' if src else 'no Source') + ', ' + ('Message' if msg else 'no Message')] += 1
            if not msg:
                continue
            n_message += 1
            gold_messages.append(msg)
            glen = sum(e - b for b, e in msg)
            hit = None
            for o in ours:
                ov = sum(overlap(o[0], m) for m in msg)
                if ov and ov * 2 >= min(glen, o[0][1] - o[0][0]):
                    hit = o
                    break
            cls = table['with Source' if src else 'without Source']
            cls[0] += 1
            if hit is None:
                if verbose and src:
                    print('MISS', os.path.basename(path)[:30], repr(' | '.join(text[b:e] for b, e in msg)[:100]))
                continue
            cls[1] += 1
            if not src:
                ok = hit[1] is None
            else:
                ok = hit[1] is not None and any(overlap(hit[1], s) > 0 for s in src)
            cls[2] += ok
            if verbose and not ok:
                print('SPEAKER', repr(text[hit[0][0]:hit[0][1]][:60]), 'gold:',
                      ' | '.join(text[b:e] for b, e in src) or None, 'ours:',
                      text[hit[1][0]:hit[1][1]] if hit[1] else None)
        for o in ours:
            ours_total += 1
            ours_hit += any(overlap(o[0], m) for msg in gold_messages for m in msg)

    def pct(a, b):
        return f'{a / b:6.1%}' if b else '    - '

    print(f'{split} split, {len(files)} speeches, {n_events} events (cues), {n_source} with a Source, '
          f'{n_message} with a Message')
    print('events:', ', '.join(f'{k} {v}' for k, v in sorted(roles.items())))
    print(f'{"gold events with a Message":<28} {"n":>5} {"recall":>16} {"speaker right":>16}')
    tot = [sum(v[i] for v in table.values()) for i in range(3)]
    for name, (n, m, r) in list(table.items()) + [('all', tot)]:
        print(f'  {name:<26} {n:>5} {pct(m, n)} ({m:>4}/{n:<4}) {pct(r, m)} ({r:>4}/{m:<4})')
    print(f'our rows: {ours_total}, overlapping some gold message: {ours_hit} ({pct(ours_hit, ours_total).strip()})')
    print(f'where the gold Source is ({n_source}):')
    for k, v in where.most_common():
        print(f'  {k:<32} {v:>5} {pct(v, n_source)}')
    print('what it is:')
    for k, v in pron.most_common():
        print(f'  {k:<32} {v:>5} {pct(v, n_source)}')
    print('commonest forms:', ', '.join(f'{k} {v}' for k, v in forms.most_common(12)))
    print('discontinuous spans (events):', ', '.join(f'{k} {v}' for k, v in sorted(discont.items())))
    return 0


if __name__ == '__main__':
    sys.exit(main())
