"""End-to-end speed of codebook suggestions with the offline pipeline and a 200-pattern codebook.

Target (issue 4): at least 100,000 tokens/s. Usage: python bench/bench_suggest.py [N_TOKENS]

The text is the bundled corpora, each document repeated with a running number so that no two
documents are identical; when the UD files of bench/README.md are in bench/data/ their sentences
are also run once, unrepeated, for a figure with cold caches.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import sys
import time
from collections import Counter
from pathlib import Path

from wb.codebook import parse_codebook
from wb.coding.suggest import Suggester
from wb.corpus.importer import scan_folder
from wb.corpus.readers import read_document
from wb.nlp import load

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts() -> list[str]:
    """Texts of all bundled documents."""
    return [
        read_document(p).text
        for name in ("notulen", "verhalen", "dossiers")
        for p in scan_folder(ROOT / "corpora" / name)
    ]


def codebook_yaml(texts: list[str], n_patterns: int = 200) -> str:
    """A codebook of `n_patterns` patterns built from the corpus' frequent lemmas."""
    nlp = load()
    counts: Counter[str] = Counter()
    for doc in nlp.pipe(texts):
        counts.update(t.lemma_ for t in doc if t.is_alpha and len(t) > 4)
    lemmas = [w for w, _ in counts.most_common(400)]
    patterns: list[str] = []
    patterns += [f"      - {w}" for w in lemmas[:120]]
    patterns += [f"      - {a} {b}" for a, b in zip(lemmas[120:170], lemmas[170:220], strict=True)]
    patterns += [
        f"      - {{all: [{a}, {b}]}}" for a, b in zip(lemmas[:10], lemmas[220:230], strict=True)
    ]
    patterns += [f'      - {{regex: "\\\\b{w}\\\\w*"}}' for w in lemmas[230:240]]
    patterns += [
        f"      - {v}"
        for v in (
            "samenwerken",
            "afstemmen",
            "meenemen",
            "opvoeden",
            "aanmelden",
            "uitleggen",
            "terugkomen",
            "doorverwijzen",
            "meedenken",
            "afspreken",
        )
    ]
    per_code = 10
    codes = []
    for i in range(0, len(patterns), per_code):
        codes.append(
            f"  - name: Code{i // per_code:02d}\n    patterns:\n"
            + "\n".join(patterns[i : i + per_code])
        )
    return "name: bench\ncodes:\n" + "\n".join(codes) + "\n"


def main() -> None:
    """Build the codebook, run the suggester, print tokens/s."""
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    texts = corpus_texts()
    book = parse_codebook(codebook_yaml(texts))
    n_patterns = sum(len(c.patterns) for c in book.walk())
    nlp = load()
    tokens_per_round = sum(len(d) for d in nlp.pipe(texts))
    rounds = max(1, target // tokens_per_round)
    items = [(f"{r}/{i}", f"Ronde {r}.\n\n{t}") for r in range(rounds) for i, t in enumerate(texts)]
    suggester = Suggester(book, nlp).fit()
    t0 = time.perf_counter()
    found = suggester.suggest(items)
    elapsed = time.perf_counter() - t0
    n_tokens = tokens_per_round * rounds
    print(f"codebook: {len(book)} codes, {n_patterns} patterns")
    print(
        f"{n_tokens:,} tokens, {len(found):,} suggestions in {elapsed:.2f} s: "
        f"{n_tokens / elapsed:,.0f} tokens/s (bundled corpora repeated)"
    )
    ud = sorted((ROOT / "bench" / "data").glob("nl_*-ud-*.conllu"))
    if ud:
        sentences = [
            line[len("# text = ") :].strip()
            for path in ud
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# text = ")
        ]
        docs = [(str(i), " ".join(sentences[i : i + 20])) for i in range(0, len(sentences), 20)]
        fresh = Suggester(book, nlp).fit()
        t0 = time.perf_counter()
        fresh.suggest(docs)
        elapsed = time.perf_counter() - t0
        n = sum(len(nlp.make_doc(t)) for _, t in docs)
        print(f"UD sentences once ({len(ud)} files, {n:,} tokens): {n / elapsed:,.0f} tokens/s")


if __name__ == "__main__":
    main()
