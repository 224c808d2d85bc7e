#!/usr/bin/env python3
"""Check ext/data knowledge tables: field counts, whitespace, NFC, duplicates, references, dates."""
import sys, re, unicodedata, collections
D = sys.argv[1] if len(sys.argv) > 1 else 'ext/data'
KEYS = {  # file: (columns, key columns)
 'countries.tsv': (['canonical','label','adjective_stem','inhabitant','capital','aliases','source'], ['canonical','label']),
 'places.tsv': (['canonical','label','kind','country','adjective_stem','er_form','aliases','source'], ['canonical','label']),
 'regions.tsv': (['canonical','label','kind','adjective_stem','er_form','aliases','source'], ['canonical','label']),
 'organisations.tsv': (['canonical','label','kind','country','aliases','source'], ['canonical','label']),
 'people.tsv': (['canonical','label','role','country','from','to','aliases','source'], ['canonical','label','role','from']),
 'first_names.tsv': (['name','source'], ['name']),
 'role_nouns.tsv': (['noun','kind','source'], ['noun']),
 'designators.tsv': (['word','kind','source'], ['word']),
 'speech_cues.tsv': (['lemma','particle','forms','kind','source'], ['lemma']),
 'grammar.tsv': (['word','class','lemma','features','source'], ['word','class','lemma','features']),
 'tense_markers.tsv': (['word','class','points','reach','source'], ['word']),
 'misc.tsv': (['canonical','label','kind','aliases','source'], ['canonical','label']),
 'lex_surnames.tsv': (['name','origin','common_word','source'], ['name']),
 'lex_places.tsv': (['name','kind','country','source'], ['name','kind','country']),
 'lex_organisations.tsv': (['name','kind','country','source'], ['name','kind']),
 'lex_misc.tsv': (['name','kind','source'], ['name','kind']),
 'lex_people.tsv': (['name','field','country','source'], ['name']),
 'lex_first_names.tsv': (['name','origin','common_word','source'], ['name']),
 'events.tsv': (['canonical','kind','from','to','place','aliases','source'], ['canonical','from']),
 'nato_members.tsv': (['country','joined','source'], ['country']),
 'office_titles.tsv': (['word','kind','office','scope','source'], ['word']),
 'visits.tsv': (['visitor','office','place','from','to','complete_from','complete_to','source'], ['visitor','place','from']),
 'quote_ranker.tsv': (['feature','weight','source'], ['feature']),
}
KINDS = {
 'places.tsv': {'capital','city','base','other'},
 'regions.tsv': {'continent','region','territory','peninsula','island','oblast','republic','state','canton','sea','ocean','strait','river','mountains','other'},
 'organisations.tsv': {'alliance','intl','government','parliament','party','military','agency','media','company','armed_group'},
 'role_nouns.tsv': {'office','title','generic'},
 'designators.tsv': {'admin','facility','body'},
 'speech_cues.tsv': {'verb','noun','preposition','phrase'},
 'lex_surnames.tsv': None,
 'lex_places.tsv': {'city','district','region','river','lake','mountain','island','sea','other'},
 'lex_organisations.tsv': {'company','media','party','club','sport_body','university','institute','ngo','union','association','religious','government','intl','band','other'},
 'lex_misc.tsv': {'event','competition','era','award','product','software','vehicle','weapon','work','series','religious_text','law','treaty','programme','currency','index','other'},
 'misc.tsv': {'treaty','agreement','war','event','operation','weapon','vehicle','aircraft','ship','missile','pipeline','programme','prize','summit','law','other'},
 'office_titles.tsv': {'title','scoped_title','prefix','body'},
 'events.tsv': {'nato_summit','nato_ministerial','council_meeting','eu_summit','g7_summit','g20_summit','war','attack','election','treaty','accession','inauguration','other'},
}
ORIGINS = set('de at ch ru ua pl cz sk hu ro yu tr ar ir il en fr it es pt nl nordic baltic gr cn jp kr vn in other'.split())
NAME_ORIGINS = set('de en fr it es pt nl nordic slavic hu ro balkan gr tr ar ir il baltic caucasus cn jp kr vn in africa other'.split())
FIELDS = set('politics history royalty religion culture music film literature art sports science business media military other'.split())
LABEL = {'countries.tsv':'LOC','places.tsv':'LOC','regions.tsv':'LOC','organisations.tsv':'ORG','people.tsv':'PER','misc.tsv':'MISC'}
errors = 0
def err(msg):
    global errors; errors += 1; print('ERROR', msg)
tables = {}
for fn, (cols, key) in KEYS.items():
    rows = []; header = None
    for ln, raw in enumerate(open(f'{D}/{fn}', encoding='utf-8', newline=''), 1):
        if not raw.endswith('\n') or raw.endswith('\r\n'): err(f'{fn}:{ln}: bad line ending')
        line = raw.rstrip('\n')
        if unicodedata.normalize('NFC', line) != line: err(f'{fn}:{ln}: not NFC')
        if line != line.rstrip() : err(f'{fn}:{ln}: trailing white space')
        if line.startswith('#'):
            header = line; continue
        if header is None: err(f'{fn}:{ln}: data before header')
        f = line.split('\t')
        if len(f) != len(cols): err(f'{fn}:{ln}: {len(f)} fields, expected {len(cols)}: {line!r}'); continue
        for c, v in zip(cols, f):
            if v != v.strip(): err(f'{fn}:{ln}: white space around field {c}')
            if '  ' in v: err(f'{fn}:{ln}: double space in {c}')
            if c in ('aliases','adjective_stem','inhabitant','er_form') and v and ('||' in v or v.startswith('|') or v.endswith('|')): err(f'{fn}:{ln}: empty list item in {c}')
        r = dict(zip(cols, f)); r['_ln'] = ln; rows.append(r)
        if not r[cols[0]]: err(f'{fn}:{ln}: empty first column')
        if not r['source']: err(f'{fn}:{ln}: empty source')
        if fn in LABEL and r['label'] != LABEL[fn]: err(f'{fn}:{ln}: label {r["label"]}')
        if fn == 'quote_ranker.tsv':
            try:
                float(r['weight'])
            except ValueError:
                err(f'{fn}:{ln}: weight {r["weight"]!r} is not a number')
            if r['source'] != 'spkatt2023-train': err(f'{fn}:{ln}: weights come from SpkAtt-2023 train only (CC BY-SA 4.0)')
        if fn == 'lex_people.tsv' and r['field'] not in FIELDS: err(f'{fn}:{ln}: field {r["field"]!r}')
        if fn == 'lex_first_names.tsv':
            if r['origin'] not in NAME_ORIGINS: err(f'{fn}:{ln}: origin {r["origin"]!r}')
            if r['common_word'] not in ('', '1'): err(f'{fn}:{ln}: common_word {r["common_word"]!r}')
        if fn == 'lex_surnames.tsv':
            if r['origin'] not in ORIGINS: err(f'{fn}:{ln}: origin {r["origin"]!r}')
            if r['common_word'] not in ('', '1'): err(f'{fn}:{ln}: common_word {r["common_word"]!r}')
            if ' ' in r['name']: err(f'{fn}:{ln}: a surname is one word')
        if KINDS.get(fn) and r['kind'] not in KINDS[fn]: err(f'{fn}:{ln}: kind {r["kind"]!r}')
        if 'aliases' in r:
            al = r['aliases'].split('|') if r['aliases'] else []
            if r[cols[0]] in al: err(f'{fn}:{ln}: alias equals canonical')
            if len(al) != len(set(al)): err(f'{fn}:{ln}: duplicate alias')
    if header != '# ' + '\t'.join(cols): err(f'{fn}: column header line is {header!r}')
    seen = collections.Counter(tuple(r[k] for k in key) for r in rows)
    for k, n in seen.items():
        if n > 1: err(f'{fn}: duplicate key {k}')
    firsts = [r[cols[0]] for r in rows]
    tables[fn] = rows
    print(f'{fn}: {len(rows)} rows')
countries = {r['canonical'] for r in tables['countries.tsv']}
places = {r['canonical'] for r in tables['places.tsv']}
for fn in ('places.tsv','organisations.tsv','people.tsv','lex_places.tsv','lex_organisations.tsv','lex_people.tsv'):
    for r in tables[fn]:
        if r['country'] and r['country'] not in countries: err(f'{fn}:{r["_ln"]}: unknown country {r["country"]!r}')
for r in tables['countries.tsv']:
    if r['capital'] and r['capital'] not in places: err(f'countries.tsv:{r["_ln"]}: capital {r["capital"]!r} not in places.tsv')
DATE = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')
for r in tables['people.tsv']:
    for c in ('from','to'):
        if r[c] and not DATE.match(r[c]): err(f'people.tsv:{r["_ln"]}: bad date {c}={r[c]!r}')
    if r['from'] and r['to'] and r['to'][:len(r['from'])] < r['from'][:len(r['to'])]: err(f'people.tsv:{r["_ln"]}: to before from')
# events: from required, to empty only while ongoing at the cut-off; nato_members: country known, a full date, 32 members
for r in tables['events.tsv']:
    if not r['from']: err(f'events.tsv:{r["_ln"]}: empty from')
    for c in ('from','to'):
        if r[c] and not DATE.match(r[c]): err(f'events.tsv:{r["_ln"]}: bad date {c}={r[c]!r}')
    if r['from'] and r['to'] and r['to'][:len(r['from'])] < r['from'][:len(r['to'])]: err(f'events.tsv:{r["_ln"]}: to before from')
for r in tables['nato_members.tsv']:
    if r['country'] not in countries: err(f'nato_members.tsv:{r["_ln"]}: unknown country {r["country"]!r}')
    if not (DATE.match(r['joined']) and len(r['joined']) == 10): err(f'nato_members.tsv:{r["_ln"]}: bad date joined={r["joined"]!r}')
if len(tables['nato_members.tsv']) != 32: err(f'nato_members.tsv: {len(tables["nato_members.tsv"])} rows, expected 32')
# visits: the visitor held that office on those days (people.tsv), a known place, full days inside the span the
# rows of that visitor and place list completely, and one such span for them all
for r in tables['visits.tsv']:
    for c in ('from','to','complete_from','complete_to'):
        if not (DATE.match(r[c]) and len(r[c]) == 10): err(f'visits.tsv:{r["_ln"]}: bad date {c}={r[c]!r}')
    if not (r['complete_from'] <= r['from'] <= r['to'] <= r['complete_to']): err(f'visits.tsv:{r["_ln"]}: days outside the complete span')
    if r['place'] not in places: err(f'visits.tsv:{r["_ln"]}: unknown place {r["place"]!r}')
    terms = [p for p in tables['people.tsv'] if p['canonical'] == r['visitor'] and p['role'] == r['office']]
    if not any(p['from'] <= r['from'] and (not p['to'] or r['to'] <= p['to']) for p in terms):
        err(f'visits.tsv:{r["_ln"]}: {r["visitor"]} was not {r["office"]} on {r["from"]}')
# grammar: a known class, features as key=value with known values ("+" joins several), the features each class needs
GRAMMAR_VALUES = {
 'kind': {'definite','indefinite','negative','personal','reflexive'}, 'case': {'nom','acc','dat','gen'},
 'gender': {'m','f','n'}, 'number': {'sg','pl'}, 'person': {'1','2','3'}, 'form': {'finite','infinitive','participle'},
 'tense': {'present','past'}, 'mood': {'indicative','konj1','konj2'}, 'governs': {'nom','acc','dat','gen'},
 'article': {'dem','den','das','der'},
 'sense': {'complement','temporal','causal','conditional','concessive','final','consecutive','modal','comparative','adversative'},
}
GRAMMAR_NEEDS = {
 'article': {'kind','case','number'}, 'pronoun': {'kind','person','number','case'}, 'possessive': {'person','number'},
 'demonstrative': {'case','number'}, 'relative': {'case','number'}, 'preposition': {'governs'}, 'subordinator': {'sense'},
 'coordinator': set(), 'negation': set(), 'auxiliary': {'form'}, 'modal': {'form'}, 'verb': {'form'},
}
VERB_LEMMAS = {'auxiliary': {'sein','haben','werden'}, 'modal': {'dürfen','können','mögen','müssen','sollen','wollen'}}
for r in tables['grammar.tsv']:
    where = f'grammar.tsv:{r["_ln"]}'
    if r['class'] not in GRAMMAR_NEEDS: err(f'{where}: class {r["class"]!r}'); continue
    if not r['lemma']: err(f'{where}: empty lemma')
    if r['word'] != r['word'].lower(): err(f'{where}: a closed-class word is written in lower case')
    feats = {}
    for kv in (r['features'].split('|') if r['features'] else []):
        k, eq, v = kv.partition('=')
        if not eq or k not in GRAMMAR_VALUES: err(f'{where}: feature {kv!r}'); continue
        if k in feats: err(f'{where}: feature {k} twice')
        vs = v.split('+')
        if not v or any(x not in GRAMMAR_VALUES[k] for x in vs) or len(vs) != len(set(vs)): err(f'{where}: {k}={v!r}')
        feats[k] = vs
    missing = GRAMMAR_NEEDS[r['class']] - feats.keys()
    if feats.get('form') == ['finite']: missing |= {'tense','mood','person','number'} - feats.keys()
    if missing: err(f'{where}: {r["class"]} without {sorted(missing)}')
    if r['class'] in VERB_LEMMAS and r['lemma'] not in VERB_LEMMAS[r['class']]: err(f'{where}: {r["class"]} lemma {r["lemma"]!r}')
    if r['class'] == 'verb' and (feats.get('mood') != ['konj1'] or feats.get('person') != ['3']):
        err(f'{where}: a lexical verb is listed for its third-person Konjunktiv I only')
verbs = {r['word'] for r in tables['grammar.tsv'] if r['class'] in ('auxiliary','modal')}
for r in tables['tense_markers.tsv']:
    where = f'tense_markers.tsv:{r["_ln"]}'
    if r['class'] not in ('verb','adverb','adjective'): err(f'{where}: class {r["class"]!r}')
    if r['points'] not in ('past','future'): err(f'{where}: points {r["points"]!r}')
    if r['reach'] not in ('clause','sentence'): err(f'{where}: reach {r["reach"]!r}')
    if r['word'] in verbs: err(f'{where}: {r["word"]!r} is an auxiliary or modal in grammar.tsv')
spans = collections.defaultdict(set)
for r in tables['visits.tsv']: spans[(r['visitor'], r['place'])].add((r['complete_from'], r['complete_to']))
for k, v in spans.items():
    if len(v) > 1: err(f'visits.tsv: {k}: rows give different complete spans')
# people: aliases identical on all rows of one person; same person, same role: terms must not overlap
by = collections.defaultdict(list)
for r in tables['people.tsv']: by[r['canonical']].append(r)
for c, rs in by.items():
    if len({r['aliases'] for r in rs}) > 1: err(f'people.tsv: {c}: aliases differ between rows')
    if len({r['country'] for r in rs}) > 1: print('note: several countries for', c)
# names used for two different entities inside one file (canonical or alias) -> listed as warnings
for fn in ('countries.tsv','places.tsv','regions.tsv','organisations.tsv','people.tsv'):
    owner = collections.defaultdict(set)
    for r in tables[fn]:
        owner[r['canonical']].add(r['canonical'])
        for a in (r['aliases'].split('|') if r['aliases'] else []): owner[a].add(r['canonical'])
    for name, who in sorted(owner.items()):
        if len(who) > 1: print(f'warning {fn}: {name!r} names {sorted(who)}')
# sorted by first column
def sk(s):
    t = unicodedata.normalize('NFD', s.replace('ß','ss')); t=''.join(ch for ch in t if not unicodedata.combining(ch))
    return (t.casefold(), s)
for fn, rows in tables.items():
    col = KEYS[fn][0][0]
    ks = [sk(r[col]) for r in rows]
    if ks != sorted(ks): err(f'{fn}: not sorted by {col}')
print(f'tables: {len(tables)} passed, {1 if errors else 0} failed ({errors} errors)')
sys.exit(1 if errors else 0)
