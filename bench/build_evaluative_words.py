"""Build ``wb/lang/nl/evaluative_adjectives_lexicon.txt`` from the Dutch subjectivity lexicon.

Usage::

    python bench/build_evaluative_words.py [bench/data/lexicon/nl-sentiment.xml]
        [--polarity -0.4] [--subjectivity 0.7]

Input: ``pattern/text/nl/nl-sentiment.xml`` of the public GitHub repository clips/pattern
(Tom De Smedt, Walter Daelemans, CLiPS, University of Antwerp; licence PDDL, public domain;
file last changed in commit 6417d13ebac0b79797165497dedfb2f078d28a02 of 2014-09-12, read at
repository head d25511f9ca7ed9356b801d8663b8b5168464e68f on 2026-12-04 with the `fetch` tool,
``git show HEAD:pattern/text/nl/nl-sentiment.xml``). Keep the copy in the git-ignored
``bench/data/lexicon/``; only the generated list is committed.

Each ``<word>`` is one sense of an adjective with a polarity (-1 .. 1) and a subjectivity
(0 .. 1). Like pattern itself, a word's polarity and subjectivity are the means over its senses
with ``pos="JJ"``. Kept: lower-case single words (no names of peoples or places, "Amsterdams")
whose mean polarity is at most ``--polarity`` and mean subjectivity at least ``--subjectivity``:
strongly negative, subjective adjectives ("arrogant", "bekrompen", "kil"). The defaults were
chosen on the tune rounds of bench/bench_labels.py and the synthetic checks (bench/README.md,
"voice12"). Words of ``wb/lang/nl/evaluative_lexicon_skip.txt`` are left out: they describe what
a person suffers or feels ("bang", "bedroefd", "ziek", "arm"), not a judgement of them. The hand
list ``evaluative_adjectives.txt`` stays and is read next to this one. Deterministic: sorted.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO / "bench" / "data" / "lexicon" / "nl-sentiment.xml"
OUT = REPO / "wb" / "lang" / "nl" / "evaluative_adjectives_lexicon.txt"
SKIP = REPO / "wb" / "lang" / "nl" / "evaluative_lexicon_skip.txt"
HEADER = """\
# Sterk negatieve, subjectieve bijvoeglijke naamwoorden uit het subjectiviteitslexicon van
# CLiPS/pattern (nl-sentiment.xml, Tom De Smedt & Walter Daelemans, licentie PDDL), gemiddeld
# over de betekenissen: polariteit <= {polarity}, subjectiviteit >= {subjectivity}.
# Gemaakt door bench/build_evaluative_words.py; niet met de hand bewerken.
# Gebruikt door wb.dossiers.descriptions naast evaluative_adjectives.txt.
"""


def read_skip(path: Path = SKIP) -> set[str]:
    """The words left out on purpose (one per line, # for comments)."""
    if not path.exists():
        return set()
    lines = (
        line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
    )
    return {line for line in lines if line}


def select(xml_path: Path, polarity: float, subjectivity: float) -> list[str]:
    """The adjectives of the lexicon at xml_path that are negative and subjective enough."""
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for word in ET.parse(xml_path).getroot().iter("word"):
        form = word.get("form", "")
        if word.get("pos") != "JJ" or not form.isalpha() or form != form.lower():
            continue
        senses[form].append((float(word.get("polarity", 0)), float(word.get("subjectivity", 0))))
    skip = read_skip()
    out = []
    for form, values in senses.items():
        mean_polarity = sum(p for p, _ in values) / len(values)
        mean_subjectivity = sum(s for _, s in values) / len(values)
        if mean_polarity <= polarity and mean_subjectivity >= subjectivity and form not in skip:
            out.append(form)
    return sorted(out)


def main() -> None:
    """Write the list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("xml", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--polarity", type=float, default=-0.4)
    parser.add_argument("--subjectivity", type=float, default=0.7)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.xml.exists():
        sys.exit(f"{args.xml} ontbreekt: haal nl-sentiment.xml uit clips/pattern (zie docstring)")
    chosen = select(args.xml, args.polarity, args.subjectivity)
    header = HEADER.format(polarity=args.polarity, subjectivity=args.subjectivity)
    sys.path.insert(0, str(REPO))
    from wb.atomic import write_atomic

    write_atomic(args.out, header + "".join(f"{w}\n" for w in chosen))
    print(f"{len(chosen)} woorden -> {args.out}")


if __name__ == "__main__":
    main()
