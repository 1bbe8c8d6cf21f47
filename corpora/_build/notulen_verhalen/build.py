import csv, re, pathlib, collections
SRC = pathlib.Path(__file__).resolve().parent; OUT = SRC.parents[1]
THEMES = {'contactverlies','loyaliteit','veiligheid','triage','samenwerking','cultuursensitief','meldcultuur','netwerk','gehoord_worden','dossiervorming','wachtlijsten','professionalisering','overig'}
rows = []
for sub, ext in (('notulen', 'txt'), ('verhalen', 'md')):
    (OUT/sub).mkdir(parents=True, exist_ok=True)
    for f in sorted((SRC/sub).glob('*.'+ext)):
        text = f.read_text(encoding='utf-8')
        fm = ''
        if text.startswith('---\n'):
            end = text.index('\n---\n', 4) + 5
            fm, text = text[:end], text[end:]
        blocks = [b for b in re.split(r'\n\s*\n', text.strip()) if b.strip()]
        clean = []
        for i, b in enumerate(blocks):
            m = re.match(r'\[([a-z_]+)\] ', b)
            assert m and m.group(1) in THEMES, (f, i, b[:60])
            clean.append(b[m.end():])
            rows.append((f'{sub}/{f.name}', i, m.group(1)))
        (OUT/sub/f.name).write_text(fm + '\n'.join([]) + '\n\n'.join(clean) + '\n', encoding='utf-8')
with open(OUT/'themes.csv', 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh, lineterminator='\n'); w.writerow(['file','paragraph','theme']); w.writerows(rows)
c = collections.Counter(r[2] for r in rows)
for k, v in sorted(c.items(), key=lambda x: -x[1]): print(k, v)
