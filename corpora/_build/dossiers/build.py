#!/usr/bin/env python3
"""Build corpora/dossiers from the marked-up sources in src/ beside this script.

Markup (stripped from output):
  {a:CODE|text} / {t:CODE|text}   label, asserted / attributed
  {d:CODE|text}                    label, discussed (a term inside a programme, organisation or title name)
  [TY:entity|text]                 identifier (TY in TYPES)
  [N|text]                         look-alike, not an identifier
  <<C:id>>...<</C>>                origin of a copied passage
  <<COPY:id@FILE;;old=>new;;SWAP:i,j>>  copy of passage id as it appears in FILE (stem prefix)
  <<B:name:variant>>               boilerplate paragraph
"""
import re, csv, sys, os, yaml
from pathlib import Path

SRC = Path(__file__).resolve().parent / 'src'
OUT = Path(__file__).resolve().parents[2] / 'dossiers'

META = [  # file, dossier, date (as written), iso, organisation, type, author_role
 ('D1-01_verzoek-tot-onderzoek.txt','D1','2022-02-15','2022-02-15','Veilig Thuis Noord-Holland Noord','verzoek tot onderzoek','medewerker Veilig Thuis'),
 ('D1-02_raadsrapport.txt','D1','2022-06-28','2022-06-28','Raad voor de Kinderbescherming','raadsrapport','raadsonderzoeker'),
 ('D1-03_plan-van-aanpak-GI.txt','D1','4 oktober 2022','2022-10-04','Jeugdbescherming Regio Noordwest','plan van aanpak','jeugdbeschermer'),
 ('D1-04_evaluatie-ots.txt','D1','2023-05-30','2023-05-30','Jeugdbescherming Regio Noordwest','evaluatie ondertoezichtstelling','jeugdbeschermer'),
 ('D2-01_melding-veilig-thuis.txt','D2','2021-11-08','2021-11-08','Veilig Thuis Zaanstreek-Waterland','melding Veilig Thuis','medewerker Veilig Thuis'),
 ('D2-02_verslag-wijkteam.txt','D2','2022-01-24','2022-01-24','Wijkteam Centrum-Oost','verslag wijkteam','wijkteammedewerker'),
 ('D2-03_raadsrapport.txt','D2','2022-05-17','2022-05-17','Raad voor de Kinderbescherming','raadsrapport','raadsonderzoeker'),
 ('D2-04_plan-van-aanpak-GI.txt','D2','2022-08-30','2022-08-30','Jeugdbescherming Regio Noordwest','plan van aanpak','jeugdbeschermer'),
 ('D2-05_evaluatie-ots.txt','D2','4 juli 2023','2023-07-04','Jeugdbescherming Regio Noordwest','evaluatie ondertoezichtstelling','jeugdbeschermer'),
 ('D3_verslag-wijkteam.txt','D3','2023-01-19','2023-01-19','Sociaal Wijkteam Den Helder-Zuid','verslag wijkteam','wijkteammedewerker'),
 ('D3_zorgmelding-veilig-thuis.txt','D3','2023-03-07','2023-03-07','Veilig Thuis Noord-Holland Noord','zorgmelding Veilig Thuis','medewerker Veilig Thuis'),
 ('D3_raadsrapport.txt','D3','2023-07-12','2023-07-12','Raad voor de Kinderbescherming','raadsrapport','raadsonderzoeker'),
 ('D3_plan-van-aanpak-GI.txt','D3','2023-10-24','2023-10-24','Jeugdbescherming Regio Noordwest','plan van aanpak','jeugdbeschermer'),
 ('D3_brief-aan-rechtbank.txt','D3','2024-04-16','2024-04-16','Jeugdbescherming Regio Noordwest','brief aan de rechtbank','jeugdbeschermer'),
]

LABELS = {
 'OV':'ouderverstoting','VV':'oudervervreemding','LC':'loyaliteitsconflict','NM':'niet-meewerkend',
 'VS':'vechtscheiding','HC':'hoog conflict','MA':'manipulatief','BE':'beïnvloed','OB':'overbezorgd',
 'ZM':'zorgmijdend','PA':'parentificatie','KZ':'klem zitten','TO':'tegen de ander opzetten',
 'PB':'gebrek aan probleembesef','LB':'onvoldoende leerbaar','IN':'instabiel','AG':'agressief',
 'PV':'pleegt verzet','BG':'bagatelliseert',
 'NT':'negatieve typering',  # a description beyond the lexicon (labels-policy: a reported act)
}
# regexes used to prove every label-like wording in the output is annotated
LABEL_RX = re.compile(r"ouderverstoting|oudervervreemding|loyaliteitsconflict\w*|niet[- ]meewerkend\w*|vechtscheiding\w*|"
  r"hoog[- ]?conflict\w*|manipulati\w*|be[iï]nvloed\w*|overbezorgd\w*|zorgmijd\w*|parentificati\w*|geparentificeerd\w*|"
  r"klem\b|klemzit\w*|\bknel\b|\bop(?:ge)?zet\w*|\btegen (?:de ander|hem|haar|vader|moeder) op\b|probleembesef|leerbaar\w*|instabiel\w*|"
  r"agressi\w*|\bverzet\b|bagatellis\w*", re.I)
TYPES = {'P':'PERSOON','D':'DATUM','B':'BSN','A':'ADRES','PC':'POSTCODE','T':'TELEFOON','E':'EMAIL',
         'PL':'PLAATS','O':'ORGANISATIE','S':'SCHOOL'}

def org(ent, txt): return f'[O:{ent}|{txt}]'
# national institutions are kept (policy in the project README): not tagged
RAAD = 'Raad voor de Kinderbescherming'
DERAAD = 'de Raad'
GI = org('jeugdbescherming_regio_noordwest','Jeugdbescherming Regio Noordwest')

PRIV = ("Dit {doc} is vertrouwelijk en uitsluitend bestemd voor de geadresseerden. Het is opgesteld door {org} en mag zonder "
        "voorafgaande toestemming niet aan derden worden verstrekt of vermenigvuldigd. Persoonsgegevens worden verwerkt in "
        "overeenstemming met de Algemene verordening gegevensbescherming (AVG). Betrokkenen hebben recht op inzage in het "
        "dossier en op correctie van feitelijke onjuistheden.")
BOILER = {
 'privacy': {
   'raad': PRIV.format(doc='rapport', org='de ' + RAAD),
   'gi': PRIV.format(doc='rapport', org=GI),
   'gibrief': PRIV.format(doc='document', org=GI),
   'vt1': PRIV.format(doc='document', org=org('veilig_thuis_noord_holland_noord','Veilig Thuis Noord-Holland Noord')),
   'vt2': PRIV.format(doc='document', org=org('veilig_thuis_zaanstreek_waterland','Veilig Thuis Zaanstreek-Waterland')),
   'wt2': PRIV.format(doc='verslag', org=org('wijkteam_centrum_oost','Wijkteam Centrum-Oost')),
   'wt3': PRIV.format(doc='verslag', org=org('sociaal_wijkteam_den_helder_zuid','Sociaal Wijkteam Den Helder-Zuid')),
 },
 'kader_ots': {
   'std': ("De kinderrechter kan een minderjarige onder toezicht stellen van een gecertificeerde instelling wanneer de "
           "minderjarige zo opgroeit dat hij of zij in de ontwikkeling ernstig wordt bedreigd, de zorg die nodig is om die "
           "bedreiging weg te nemen door de ouders niet of onvoldoende wordt geaccepteerd, en de verwachting is dat de ouders "
           "binnen een voor de minderjarige aanvaardbare termijn de verantwoordelijkheid voor de verzorging en opvoeding weer "
           "kunnen dragen (artikel 1:255 lid 1 BW). Het gezag van de ouders blijft tijdens de ondertoezichtstelling bestaan, "
           "maar wordt beperkt door de taak van de jeugdbeschermer, die zo nodig schriftelijke aanwijzingen kan geven "
           "(artikel 1:263 BW)."),
   'kort': ("De kinderrechter kan een minderjarige onder toezicht stellen van een gecertificeerde instelling wanneer de "
           "minderjarige zo opgroeit dat hij of zij in de ontwikkeling ernstig wordt bedreigd, de zorg die nodig is om die "
           "bedreiging weg te nemen door de ouders niet of onvoldoende wordt geaccepteerd, en de verwachting is dat de ouders "
           "binnen een voor de minderjarige aanvaardbare termijn de verantwoordelijkheid voor de verzorging en opvoeding weer "
           "kunnen dragen (artikel 1:255 BW). Het gezag van de ouders blijft tijdens de ondertoezichtstelling bestaan."),
 },
 'werkwijze_raad': {
   'std': ("De Raad onderzoekt de ontwikkeling van het kind, de opvoedsituatie en de omstandigheden "
           "waarin het kind opgroeit. Daarvoor spreekt " + DERAAD + " met beide ouders en, afhankelijk van leeftijd en ontwikkeling, "
           "met de kinderen zelf. Informanten zoals school, huisarts en betrokken hulpverlening worden geraadpleegd met "
           "toestemming van ouders, of zonder die toestemming wanneer dat voor het onderzoek noodzakelijk is. Analyse, "
           "conclusie en advies zijn getoetst in een multidisciplinair overleg met een gedragsdeskundige en een jurist van "
           + DERAAD + "."),
 },
 'slot': {
   'std': ("Ouders zijn in de gelegenheid gesteld om op de inhoud van dit rapport te reageren. Feitelijke onjuistheden zijn, "
           "voor zover aangetoond, gecorrigeerd. Een reactie die niet tot aanpassing van het rapport heeft geleid, wordt als "
           "bijlage bij dit rapport gevoegd. Dit rapport is naar waarheid en naar beste weten opgemaakt."),
   'brief': ("Ouders zijn in de gelegenheid gesteld om op de inhoud van deze brief te reageren. Feitelijke onjuistheden zijn, "
           "voor zover aangetoond, gecorrigeerd. Een reactie die niet tot aanpassing van de brief heeft geleid, wordt als "
           "bijlage bij deze brief gevoegd. Deze brief is naar waarheid en naar beste weten opgemaakt."),
 },
}

TOK = re.compile(r"<<C:([\w-]+)>>|<</C>>|<<BS:([\w-]+)>>|<</BS>>|\{([atd]):([A-Z]{2})\|([^}]*)\}|"
                 r"\[([A-Z]{1,2}):([\w-]+)\|([^\]]*)\]|\[N\|([^\]]*)\]")

expanded = {}   # file -> markup after expansion
spans_markup = {}  # (file, id) -> markup content of copy span
copyinfo = {}   # (file,id) -> dict(source, subs)

def sentence_split(s):
    return re.split(r'(?<=[.!?])\s+(?=[A-Z\'‘\[{])', s)

def expand(fname, text):
    def copy_sub(m):
        spec = m.group(1).split(';;')
        cid, src = spec[0].split('@')
        srcfile = [f for f in expanded if f.startswith(src)]
        assert len(srcfile) == 1, (fname, src)
        body = spans_markup[(srcfile[0], cid)]
        for op in spec[1:]:
            if op.startswith('SWAP:'):
                i, j = map(int, op[5:].split(','))
                ss = sentence_split(body); ss[i], ss[j] = ss[j], ss[i]; body = ' '.join(ss)
            else:
                old, new = op.split('⇒')
                assert body.count(old) == 1, (fname, cid, old, body.count(old))
                body = body.replace(old, new)
        kinds = []
        for op in spec[1:]:
            if op.startswith('SWAP:'): kinds.append('sentences_swapped'); continue
            old, new = op.split('⇒')
            if not new: kinds.append('sentence_dropped')
            elif re.search(r'\b(19|20)\d\d\b', old) and re.search(r'\b(19|20)\d\d\b', new): kinds.append('date_updated')
            elif '{t:' in old and '{a:' in new: kinds.append('attribution_removed')
            elif new.startswith(old.split(' ')[0]) and len(new) > len(old): kinds.append('words_inserted')
            else: kinds.append('words_changed')
        copyinfo[(fname, cid)] = dict(source=srcfile[0], ops=len(spec) - 1, kinds=kinds)
        return f'<<C:{cid}>>{body}<</C>>'
    text = re.sub(r'<<COPY:([^>]*)>>', copy_sub, text)
    def bp(m):
        name, var = m.group(1), m.group(2)
        return f'<<BS:{name}>>{BOILER[name][var]}<</BS>>'
    text = re.sub(r'<<B:([\w]+):([\w]+)>>', bp, text)
    for m in re.finditer(r'<<C:([\w-]+)>>(.*?)<</C>>', text, re.S):
        spans_markup[(fname, m.group(1))] = m.group(2)
    return text

def parse(text):
    out = []; pos = 0; n = 0
    recs = []; stack = []
    for m in TOK.finditer(text):
        out.append(text[pos:m.start()]); n += len(text[pos:m.start()]); pos = m.end()
        if m.group(1): stack.append(('C', m.group(1), n))
        elif m.group(0) == '<</C>>':
            k, cid, s = stack.pop(); assert k == 'C'; recs.append(('copy', cid, s, n))
        elif m.group(2): stack.append(('B', m.group(2), n))
        elif m.group(0) == '<</BS>>':
            k, name, s = stack.pop(); assert k == 'B'; recs.append(('boiler', name, s, n))
        elif m.group(3):
            t = m.group(5); recs.append(('label', (m.group(3), m.group(4)), n, n + len(t))); out.append(t); n += len(t)
        elif m.group(6):
            t = m.group(8); recs.append(('ident', (m.group(6), m.group(7)), n, n + len(t))); out.append(t); n += len(t)
        else:
            t = m.group(9); recs.append(('notid', None, n, n + len(t))); out.append(t); n += len(t)
    out.append(text[pos:]); assert not stack
    plain = ''.join(out)
    assert not re.search(r'[{}\[\]<>]', plain), re.search(r'.{40}[{}\[\]<>].{40}', plain, re.S)
    return plain, recs

def occ(plain, s, start):
    idx = []; i = plain.find(s)
    while i != -1: idx.append(i); i = plain.find(s, i + 1)
    assert start in idx
    return (idx.index(start) if len(idx) > 1 else None)

def snip(file, plain, s, e, **kw):
    d = {'file': file, 'text': plain[s:e]}
    o = occ(plain, plain[s:e], s)
    if o is not None: d['occurrence'] = o
    d.update(kw); return d

def main():
    order = sorted(META, key=lambda r: (r[1], r[3]))
    plains = {}; recs = {}
    for r in order:
        f = r[0]
        src = (SRC / (f[:-4] + '.src')).read_text(encoding='utf-8')
        src = re.sub(r'[ \t]+\n', '\n', src).strip() + '\n'
        expanded[f] = expand(f, src)
        plains[f], recs[f] = parse(expanded[f])
        txt = re.sub(r'\n{3,}', '\n\n', plains[f])
        assert txt == plains[f], f
    errors = []
    truth = {'copies': [], 'boilerplate': [], 'labels': [], 'identifiers': [], 'not_identifiers': []}
    iso = {r[0]: r[3] for r in META}; dos = {r[0]: r[1] for r in META}
    bp = {}
    for r in order:
        f = r[0]; plain = plains[f]
        wc = len(plain.split())
        if not 400 <= wc <= 900: errors.append(f'{f}: {wc} words')
        covered = []
        for kind, key, s, e in recs[f]:
            if kind == 'copy':
                if (f, key) not in copyinfo: continue  # origin
                ci = copyinfo[(f, key)]; src = ci['source']
                # nearest earlier file containing this id
                earlier = [g for g in plains if dos[g] == dos[f] and iso[g] < iso[f] and any(k == 'copy' and kk == key for k, kk, _, _ in recs[g])]
                nearest = max(earlier, key=lambda g: iso[g]); origin = min(earlier, key=lambda g: iso[g])
                assert nearest == src, (f, key, nearest, src)
                ss, se = [(a, b) for k, kk, a, b in recs[src] if k == 'copy' and kk == key][0]
                t_text = plain[s:e]; s_text = plains[src][ss:se]
                assert plains[src].count(s_text) == 1 and plain.count(t_text) == 1
                assert (t_text != s_text) == (ci['ops'] > 0), (f, key)
                truth['copies'].append({'id': key, 'target': f, 'target_text': t_text, 'source': src, 'source_text': s_text,
                                        'origin': origin, 'edited': t_text != s_text,
                                        'edits': ci['kinds']})
            elif kind == 'boiler':
                bp.setdefault(key, []).append(snip(f, plain, s, e))
            elif kind == 'label':
                voice, code = key
                truth['labels'].append(snip(f, plain, s, e, label=LABELS[code], voice={'a': 'asserted', 't': 'attributed', 'd': 'discussed'}[voice]))
                covered.append((s, e))
            elif kind == 'ident':
                ty, ent = key
                truth['identifiers'].append(snip(f, plain, s, e, type=TYPES[ty], entity=ent))
            else:
                truth['not_identifiers'].append(snip(f, plain, s, e))
        for m in LABEL_RX.finditer(plain):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                errors.append(f'{f}: unlabelled {m.group(0)!r}: ...{plain[max(0,m.start()-40):m.end()+20]!r}')
    # identifier completeness per dossier
    for d in ('D1', 'D2', 'D3'):
        files = [r[0] for r in order if r[1] == d]
        texts = {x['text'] for x in truth['identifiers'] if dos[x['file']] == d}
        for f in files:
            plain = plains[f]
            spans = [(a, b) for k, _, a, b in recs[f] if k in ('ident',)]
            for t in texts:
                for m in re.finditer(r'(?<!\w)' + re.escape(t) + r'(?!\w)', plain):
                    if not any(a <= m.start() and m.end() <= b for a, b in spans):
                        errors.append(f'{f}: untagged identifier {t!r} at ...{plain[max(0,m.start()-30):m.end()+10]!r}')
    truth['boilerplate'] = [{'name': k, 'occurrences': v} for k, v in bp.items()]
    for e in errors: print('ERR', e)
    OUT.mkdir(parents=True, exist_ok=True)
    for f, p in plains.items():
        (OUT / f).write_text(p, encoding='utf-8', newline='\n')
    with open(OUT / 'metadata.csv', 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['file', 'dossier', 'date', 'organisation', 'type', 'author_role'])
        for r in sorted(META, key=lambda r: r[0]): w.writerow([r[0], r[1], r[2], r[4], r[5], r[6]])
    class D(yaml.SafeDumper): pass
    def strp(dumper, data):
        style = '|' if '\n' in data else None
        return dumper.represent_scalar('tag:yaml.org,2002:str', data, style=style)
    D.add_representer(str, strp)
    with open(OUT / 'truth.yaml', 'w', encoding='utf-8') as fh:
        fh.write('# Ground truth for corpora/dossiers (generated; every text is an exact substring of its file)\n')
        yaml.dump(truth, fh, Dumper=D, allow_unicode=True, sort_keys=False, width=10**6)
    # summary
    for r in order: print(r[0], len(plains[r[0]].split()))
    c = truth['copies']
    print('copies', len(c), 'edited', sum(x['edited'] for x in c), 'exact', sum(not x['edited'] for x in c),
          'chain-occurrences', sum(x['origin'] != x['source'] for x in c))
    from collections import Counter
    print('labels', Counter(x['voice'] for x in truth['labels']), len(truth['labels']))
    print(Counter(x['label'] for x in truth['labels']))
    print('ident', Counter(x['type'] for x in truth['identifiers']), len(truth['identifiers']))
    print('notid', len(truth['not_identifiers']), 'boiler', {b['name']: len(b['occurrences']) for b in truth['boilerplate']})
    print('copies per dossier', Counter(dos[x['target']] for x in c))
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
