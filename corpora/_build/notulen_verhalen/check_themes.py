"""Independent check of corpora/themes.csv against the corpus files."""
import csv, re, pathlib, collections, sys
ROOT = pathlib.Path(__file__).resolve().parents[2]
ALLOWED = {'contactverlies','loyaliteit','veiligheid','triage','samenwerking','cultuursensitief','meldcultuur','netwerk','gehoord_worden','dossiervorming','wachtlijsten','professionalisering','overig'}
def paragraphs(path):
    raw = path.read_bytes()
    assert b'\r' not in raw, f'{path}: CR found'
    t = raw.decode('utf-8')
    if path.suffix == '.md':
        m = re.match(r'---\n.*?\n---\n', t, re.S); assert m, f'{path}: no front matter'
        t = t[m.end():]
    return [b for b in re.split(r'\n[ \t]*\n+', t) if b.strip()]
errors = []
labels = collections.defaultdict(dict)
with open(ROOT/'themes.csv', encoding='utf-8') as f:
    rd = csv.DictReader(f); assert rd.fieldnames == ['file','paragraph','theme']
    for r in rd:
        if r['theme'] not in ALLOWED: errors.append(f'bad theme {r}')
        k = int(r['paragraph'])
        if k in labels[r['file']]: errors.append(f'duplicate {r}')
        labels[r['file']][k] = r['theme']
files = sorted(p.relative_to(ROOT).as_posix() for p in list(ROOT.glob('notulen/*.txt')) + list(ROOT.glob('verhalen/*.md')) if p.name != 'README.md')
for fn in files:
    paras = paragraphs(ROOT/fn)
    got = labels.get(fn, {})
    for i in range(len(paras)):
        if i not in got: errors.append(f'unlabelled {fn} #{i}')
    for i in got:
        if i >= len(paras): errors.append(f'label for missing paragraph {fn} #{i}')
    if '\n\n\n' in (ROOT/fn).read_text(encoding='utf-8'): errors.append(f'{fn}: more than one blank line between paragraphs')
for fn in labels:
    if fn not in files: errors.append(f'themes.csv names unknown file {fn}')
c = collections.Counter(t for d in labels.values() for t in d.values())
print(dict(sorted(c.items(), key=lambda x: -x[1])))
for t in ALLOWED - {'overig'}:
    if c[t] < 8: errors.append(f'theme {t} has only {c[t]} paragraphs')
print('\n'.join(errors) or f'OK: {len(files)} files, {sum(map(len, labels.values()))} labelled paragraphs')
sys.exit(bool(errors))
