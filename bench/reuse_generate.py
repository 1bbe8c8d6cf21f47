"""Generate synthetic dossiers with planted copied passages and boilerplate, plus a truth file.

Text is sampled from a word-bigram model trained on the bundled corpora (notulen, verhalen,
dossiers), so it reads Dutch-like without long verbatim repeats. Each dossier has 3-6 dated
reports of about ``words`` words: a header and "Betrokkenen" block (names, dates: recurring,
not copies), 2-3 boilerplate paragraphs from a shared pool (variants with the organisation
name), fresh paragraphs and, from the second report on, 2-4 paragraphs copied from earlier
reports of the same dossier: exact, words changed/inserted, a sentence dropped, two sentences
swapped; copies of copies make chains. ``truth.json`` has, per copy, target/source/origin with
character spans, and the boilerplate occurrences.

Usage: python bench/reuse_generate.py OUT_DIR N_REPORTS [WORDS] [SEED]
"""

from __future__ import annotations

import datetime
import itertools
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EDITS = ("exact", "exact", "words_changed", "words_inserted", "sentence_dropped", "swapped")
ORGS = [
    "Veilig Thuis Noord-Holland Noord",
    "Raad voor de Kinderbescherming",
    "Jeugdbescherming Regio Noordwest",
    "Wijkteam Centrum-Oost",
    "Sociaal Wijkteam Den Helder-Zuid",
]
FIRST = "Sanne Daan Noah Lotte Mees Emma Finn Julia Sem Tess Lucas Mila Levi Zoë Bram Saar".split()
LAST = "Bos Jansen Visser de Vries Bakker Smit Meijer Mulder Peters Dekker Kok Brouwer".split()


def _training_text() -> str:
    parts = []
    for sub in ("notulen", "verhalen", "dossiers"):
        parts += [
            p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora" / sub).glob("*.txt"))
        ]
    return "\n".join(parts)


class Babbler:
    """A word-bigram sentence generator with random word substitutions."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        words = re.findall(r"[\wëéïöüè'-]+|[.!?]", _training_text())
        self.next: dict[str, list[str]] = {}
        for a, b in itertools.pairwise(words):
            self.next.setdefault(a, []).append(b)
        self.starts = [b for a, b in itertools.pairwise(words) if a in ".!?" and b[0].isupper()]
        self.vocab = [w for w in sorted(set(words)) if w.isalpha() and w.islower() and len(w) > 3]

    def sentence(self) -> str:
        """One sentence of 8-25 words."""
        rng = self.rng
        out = [rng.choice(self.starts)]
        target = rng.randint(8, 25)
        while len(out) < target:
            nxt = [w for w in self.next.get(out[-1], ()) if w not in ".!?"]
            w = rng.choice(nxt) if nxt and rng.random() > 0.15 else rng.choice(self.vocab)
            out.append(w)
        return " ".join(out) + "."

    def paragraph(self, n_words: int) -> list[str]:
        """Sentences of about `n_words` words."""
        sents, total = [], 0
        while total < n_words:
            s = self.sentence()
            sents.append(s)
            total += len(s.split())
        return sents


BOILER = [
    "Dit {doc} is vertrouwelijk en uitsluitend bestemd voor de geadresseerden. Het is opgesteld "
    "door {org} en mag zonder voorafgaande toestemming niet aan derden worden verstrekt of "
    "vermenigvuldigd. Persoonsgegevens worden verwerkt in overeenstemming met de Algemene "
    "verordening gegevensbescherming. Betrokkenen hebben recht op inzage in het dossier en op "
    "correctie van feitelijke onjuistheden.",
    "De kinderrechter kan een minderjarige onder toezicht stellen van een gecertificeerde "
    "instelling wanneer de minderjarige zo opgroeit dat hij of zij in de ontwikkeling ernstig "
    "wordt bedreigd en de zorg die nodig is om die bedreiging weg te nemen door de ouders niet of "
    "onvoldoende wordt geaccepteerd. Het gezag van de ouders blijft tijdens de "
    "ondertoezichtstelling bestaan, maar wordt beperkt door de taak van de jeugdbeschermer.",
    "Ouders zijn in de gelegenheid gesteld om op de inhoud van dit {doc} te reageren. Feitelijke "
    "onjuistheden zijn, voor zover aangetoond, gecorrigeerd. Een reactie die niet tot aanpassing "
    "heeft geleid, wordt als bijlage bij dit {doc} gevoegd. Dit {doc} is naar waarheid en naar "
    "beste weten opgemaakt door {org}.",
    "De {org} onderzoekt de ontwikkeling van het kind, de opvoedsituatie en de omstandigheden "
    "waarin het kind opgroeit. Daarvoor wordt gesproken met beide ouders en, afhankelijk van "
    "leeftijd en ontwikkeling, met de kinderen zelf. Informanten zoals school, huisarts en "
    "betrokken hulpverlening worden geraadpleegd met toestemming van ouders.",
    "Bij klachten over de werkwijze kunt u zich wenden tot de klachtencommissie van {org}. Een "
    "klacht wordt binnen zes weken behandeld. U kunt zich daarbij laten bijstaan door een "
    "vertrouwenspersoon van het Advies- en Klachtenbureau Jeugdzorg, die onafhankelijk is en u "
    "kosteloos ondersteunt bij het formuleren van uw klacht.",
]


def _edit(sents: list[str], kind: str, rng: random.Random, bab: Babbler) -> list[str]:
    sents = list(sents)
    if kind == "words_changed":
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(sents))
            words = sents[i].split()
            j = rng.randrange(1, len(words) - 1)
            words[j] = rng.choice(bab.vocab)
            sents[i] = " ".join(words)
    elif kind == "words_inserted":
        i = rng.randrange(len(sents))
        words = sents[i].split()
        j = rng.randrange(1, len(words) - 1)
        words[j:j] = [rng.choice(bab.vocab) for _ in range(rng.randint(1, 2))]
        sents[i] = " ".join(words)
    elif kind == "sentence_dropped" and len(sents) >= 3:
        del sents[rng.randrange(1, len(sents))]
    elif kind == "swapped" and len(sents) >= 2:
        i = rng.randrange(len(sents) - 1)
        sents[i], sents[i + 1] = sents[i + 1], sents[i]
    return sents


def generate(out: Path, n_reports: int, words: int = 2000, seed: int = 1) -> dict:
    """Write `n_reports` reports, metadata.csv and truth.json into `out`; returns the truth."""
    rng = random.Random(seed)
    bab = Babbler(rng)
    out.mkdir(parents=True, exist_ok=True)
    copies, boiler_occ, meta_rows = [], [], []
    made, d = 0, 0
    while made < n_reports:
        d += 1
        k = min(rng.randint(3, 6), n_reports - made)
        child = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        month = rng.choice(["maart", "juni", "oktober"])
        born = f"{rng.randint(1, 28)} {month} 20{rng.randint(8, 18):02d}"
        bsn = rng.randint(100000000, 999999999)
        day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 1500))
        # paragraphs available for copying: (doc, sentences, origin doc, (start, end))
        pool: list[
            tuple[str, list[str], str, tuple[int, int], str]
        ] = []  # doc, sents, origin, span, id
        names = [f"dossier{d:04d}_rapport{j}_{rng.randint(0, 999):03d}.txt" for j in range(k)]
        for j in range(k):
            name = names[j]
            org = rng.choice(ORGS)
            doc_kind = rng.choice(["rapport", "verslag", "document"])
            paras: list[tuple[str, dict | None]] = [
                (f"{org}\n{doc_kind.capitalize()} over {child}\nDatum: {day.isoformat()}", None),
                (
                    f"Betrokkenen\n{child}, geboren op {born}, BSN {bsn}\nMoeder: mw. "
                    f"{rng.choice(LAST)}\nVader: dhr. {child.split()[-1]}",
                    None,
                ),
            ]
            body: list[tuple[str, dict | None]] = []
            for b in rng.sample(range(len(BOILER)), rng.randint(2, 3)):
                body.append((BOILER[b].format(org=org, doc=doc_kind), {"boiler": b}))
            if pool:
                for src in rng.sample(pool, min(len(pool), rng.randint(2, 4))):
                    kind = rng.choice(EDITS)
                    sents = _edit(src[1], kind, rng, bab)
                    body.append((" ".join(sents), {"copy": src, "sents": sents, "kind": kind}))
            total = sum(len(p.split()) for p, _ in paras + body)
            fresh = []
            while total < words:
                sents = bab.paragraph(rng.randint(40, 90))
                fresh.append((" ".join(sents), {"fresh": sents}))
                total += len(fresh[-1][0].split())
            body += fresh
            rng.shuffle(body)
            text = ""
            new_pool = []
            for ptext, info in paras + body:
                start = len(text) + (2 if text else 0)
                text = (text + "\n\n" if text else "") + ptext
                span = (start, start + len(ptext))
                if info is None:
                    continue
                if "boiler" in info:
                    boiler_occ.append(
                        {
                            "file": name,
                            "start": span[0],
                            "end": span[1],
                            "name": f"b{info['boiler']}",
                        }
                    )
                elif "copy" in info:
                    sdoc, _, origin, sspan, _ = info["copy"]
                    copies.append(
                        {
                            "target": name,
                            "target_start": span[0],
                            "target_end": span[1],
                            "source": sdoc,
                            "source_start": sspan[0],
                            "source_end": sspan[1],
                            "origin": origin,
                            "edit": info["kind"],
                        }
                    )
                    new_pool.append((name, info["sents"], origin, span, info["copy"][4]))
                else:
                    new_pool.append((name, info["fresh"], name, span, f"{name}#{span[0]}"))
            # later reports copy from the nearest earlier report holding the passage
            latest = {p[4]: p for p in pool}
            latest.update({p[4]: p for p in new_pool})
            pool = list(latest.values())
            (out / name).write_text(text + "\n", encoding="utf-8")
            meta_rows.append((name, f"D{d:04d}", day.isoformat()))
            day += datetime.timedelta(days=rng.randint(20, 200))
            made += 1
    rng.shuffle(meta_rows)
    lines = ["file,dossier,date"] + [",".join(r) for r in meta_rows]
    (out / "metadata.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    truth = {"copies": copies, "boilerplate": boiler_occ}
    (out / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return truth


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    t = generate(Path(args[0]), int(args[1]), *(int(a) for a in args[2:4]))
    print(f"{len(t['copies'])} copies, {len(t['boilerplate'])} boilerplate occurrences")
