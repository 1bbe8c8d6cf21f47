"""What the place gazetteer adds on ordinary Dutch text: names found, ordinary words replaced.

Runs the name detection on the sentences of the UD Dutch treebanks (Alpino and LassySmall, dev
and test; news, Wikipedia and manuals, none of it about youth care, none of it in the names
check) twice: as it is, and with the gazetteer's four detectors switched off (the gazetteer,
lists of places after a trigger or without one, region codes). Every span that differs is
scored by the gold word classes of its tokens: all PROPN (or X, SYM: codes) is a name,
anything else is an ordinary word replaced (or, for a span lost, an ordinary word kept). Each
sentence is its own text.

Usage: python bench/bench_gazetteer.py [--show N]   (needs bench/data/*-ud-*.conllu)
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FILES = [
    REPO / "bench" / "data" / f"nl_{bank}-ud-{part}.conllu"
    for bank in ("alpino", "lassysmall")
    for part in ("dev", "test")
]


def sentences(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, upos)]) per sentence of a CoNLL-U file."""
    out = []
    text, tokens = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text, tokens = line[len("# text = ") :], []
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            pos = tokens[-1][1] if tokens else 0
            start = text.find(cols[1], pos)
            if start >= 0:
                tokens.append((start, start + len(cols[1]), cols[3]))
        elif not line and text:
            out.append((text, tokens))
            text = ""
    return out


def spans(texts: list[str]) -> list[set[tuple[int, int, str]]]:
    """Replaced spans per text (each text its own dossier)."""
    from wb.dossiers.entities import detect_dossier

    return [{(m.start, m.end, m.type) for m in detect_dossier([t])[0]} for t in texts]


def main() -> None:
    """Print the names the gazetteer adds and the ordinary words it replaces."""
    import wb.dossiers.entities as entities

    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    data = [s for f in FILES if f.exists() for s in sentences(f)]
    if not data:
        raise SystemExit("no UD files in bench/data/ (see bench/README.md)")
    texts = [t for t, _ in data]
    t0 = time.perf_counter()
    after = spans(texts)
    seconds = time.perf_counter() - t0
    names = ("gazetteer_mentions", "listed_places", "region_codes", "place_runs")
    saved = {name: getattr(entities, name) for name in names}
    for name in names:
        setattr(entities, name, lambda text: [])
    try:
        before = spans(texts)
    finally:
        for name, function in saved.items():
            setattr(entities, name, function)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {"added word": [], "lost name": [], "added name": []}
    for (text, tokens), b, a in zip(data, before, after, strict=True):
        for kind, diff in (("added", a - b), ("lost", b - a)):
            for s, e, typ in diff:
                classes = {u for ts, te, u in tokens if ts < e and s < te}
                name = bool(classes) and classes <= {"PROPN", "X", "SYM"}
                key = f"{kind} {'name' if name else 'word'}"
                counts[key] += 1
                if key in examples:
                    examples[key].append(f"{text[s:e]!r} ({typ}, {'/'.join(sorted(classes))})")
    from wb.dossiers.entity_data import institutions, keep_terms, places
    from wb.dossiers.place_names import gazetteer

    known = (places() | gazetteer()) - frozenset(keep_terms()) - frozenset(institutions())
    left, covered = [], 0
    for (text, tokens), a in zip(data, after, strict=True):
        for s, e, upos in tokens:
            if upos == "PROPN" and text[s:e] in known:
                if any(ms <= s and e <= me for ms, me, _ in a):
                    covered += 1
                else:
                    left.append(f"{text[s:e]!r} in {text[max(0, s - 30) : e + 20]!r}")
    words = sum(len(t) for _, t in data)
    print(f"{len(data)} UD sentences, {words} tokens ({seconds:.1f} s with the gazetteer)")
    print(f"  spans added on names (PROPN): {counts['added name']}")
    print(f"  spans added on ordinary words: {counts['added word']}")
    print(f"  spans lost on names: {counts['lost name']}, on ordinary words: {counts['lost word']}")
    print(f"  PROPN tokens that are a known place: {covered} replaced, {len(left)} left")
    examples["left"] = left
    for key, items in examples.items():
        for item in items[:show]:
            print(f"    {key}: {item}")


if __name__ == "__main__":
    main()
