"""Audit of wb's compound splits (compound-splits): codebook words and UD dev forms.

Usage: python bench/compound_audit.py [--show 15] [conllu dev files ...]

Runs :func:`wb.nlp.compound_parts` over (a) every word of the descriptions, include/exclude
texts, examples and names of the tune codebooks (``codebooks/*.yaml``,
``bench/realtext/codes*/codebook.yaml``; sealed sets left out) and (b) the NOUN/VERB/ADJ forms
of the UD Dutch dev sets (never the test sets). Each split is put in one shape, tested in order:

* ``suffix head``: the head is a derivational suffix ("ing", "heid", "schap");
* ``-ing noun cut``: the word is the -ing noun of a known verb (beslissing: beslissen) and the
  head is no -ing noun of a verb ("sing", "king", "ding");
* ``head not in OpenTaal``: the head is no word of hunspell-nl (OpenTaal's list);
* ``short head``: a head of 3-4 letters;
* ``ok``: the rest.

For UD forms the gold lemma's ``_`` (Alpino's compound separator) says whether it is a compound:
``gold whole`` counts splits of words whose gold lemma has no ``_``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codes_third_learning import unsealed

from wb.nlp import compound_parts
from wb.nlp.lexicon import get_lexicon

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = ("ing", "ingen", "heid", "heden", "schap", "schappen")


def _ing_verb(word: str) -> bool:
    """True for the -ing noun of a known verb (beslissing, plaatsing)."""
    lex = get_lexicon()
    for end in ("ingen", "ing"):
        if word.endswith(end) and len(word) > len(end) + 1:
            return word[: -len(end)] + "en" in lex.verbs
    return False


def shape(word: str, parts: list[str]) -> str:
    """The shape of a split (see the module docstring)."""
    head = parts[-1]
    if head in SUFFIXES:
        return "suffix head"
    if _ing_verb(word) and not _ing_verb(head):
        return "-ing noun cut"
    if head not in get_lexicon().word_classes:
        return "head not in OpenTaal"
    if len(head) <= 4:
        return "short head"
    return "ok"


def codebook_words() -> Counter[str]:
    """Words of the tune codebooks (sealed sets left out)."""
    paths = sorted((ROOT / "codebooks").glob("*.yaml"))
    sets = sorted(p.name for p in (ROOT / "bench/realtext").glob("codes*") if p.is_dir())
    for name in unsealed(sets):
        path = ROOT / "bench/realtext" / name / "codebook.yaml"
        if path.exists():
            paths.append(path)
    words: Counter[str] = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith("#"):
                continue
            words.update(w for w in re.findall(r"[^\W\d_]+", line.lower()) if len(w) >= 6)
    return words


def ud_words(paths: list[str]) -> dict[str, str]:
    """NOUN/VERB/ADJ forms of UD dev files (lowercase) with their gold lemma."""
    found: dict[str, str] = {}
    for path in paths:
        if "-test" in path:
            raise SystemExit("alleen dev-bestanden")
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[3] in ("NOUN", "VERB", "ADJ") and cols[0].isdigit():
                found.setdefault(cols[1].lower(), cols[2].lower())
    return found


def main() -> None:
    """Print the split shapes of codebook words and UD dev forms."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=12)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or [
        str(ROOT / "bench/data/nl_alpino-ud-dev.conllu"),
        str(ROOT / "bench/data/nl_lassysmall-ud-dev.conllu"),
    ]
    ud = ud_words(files)
    sources = {"codebooks": {w: "" for w in codebook_words()}, "UD dev": ud}
    for source, words in sources.items():
        counts: Counter[str] = Counter()
        samples: dict[str, list[str]] = defaultdict(list)
        total = 0
        for word, gold in sorted(words.items()):
            if not word.isalpha():
                continue
            parts = compound_parts(word)
            if len(parts) < 2:
                continue
            total += 1
            kind = shape(word, parts)
            counts[kind] += 1
            samples[kind].append(f"{word} ({'+'.join(parts)})")
            if gold and "_" not in gold:
                counts["gold whole"] += 1
                samples["gold whole"].append(f"{word} ({'+'.join(parts)}; gold {gold})")
        print(f"\n{source}: {len(words)} words, {total} split")
        for kind, n in counts.most_common():
            print(f"  {kind}: {n}  e.g. {', '.join(samples[kind][: args.show])}")


if __name__ == "__main__":
    main()
