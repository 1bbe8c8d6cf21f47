"""Build ``wb/lang/nl/subjectivity_adjectives.txt``: polarity and subjectivity of Dutch adjectives.

Usage::

    python bench/build_subjectivity.py [bench/data/lexicon/nl-sentiment.xml]

Input: the CLiPS/pattern subjectivity lexicon ``pattern/text/nl/nl-sentiment.xml`` (Tom De
Smedt, Walter Daelemans, CLiPS, University of Antwerp; licence PDDL, public domain), the same
copy as ``bench/build_evaluative_words.py`` reads (provenance there). Every lower-case single
adjective (``pos="JJ"``) with the means of its senses' polarity and subjectivity, rounded to two
decimals, as ``word;polarity;subjectivity``, sorted: the learned detector of judging language
(``wb.dossiers.judging``) reads the two numbers as features. Deterministic.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO / "bench" / "data" / "lexicon" / "nl-sentiment.xml"
OUT = REPO / "wb" / "lang" / "nl" / "subjectivity_adjectives.txt"
HEADER = """\
# Polariteit (-1 .. 1) en subjectiviteit (0 .. 1) van Nederlandse bijvoeglijke naamwoorden uit
# het subjectiviteitslexicon van CLiPS/pattern (nl-sentiment.xml, Tom De Smedt & Walter
# Daelemans, licentie PDDL), gemiddeld over de betekenissen.
# Formaat: woord;polariteit;subjectiviteit.
# Gemaakt door bench/build_subjectivity.py; niet met de hand bewerken.
# Gebruikt door wb.dossiers.judging (kenmerken van de geleerde detector).
"""


def table(xml_path: Path) -> list[tuple[str, float, float]]:
    """(word, mean polarity, mean subjectivity) of every lower-case single adjective."""
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for word in ET.parse(xml_path).getroot().iter("word"):
        form = word.get("form", "")
        if word.get("pos") != "JJ" or not form.isalpha() or form != form.lower():
            continue
        senses[form].append((float(word.get("polarity", 0)), float(word.get("subjectivity", 0))))
    return [
        (
            form,
            round(sum(p for p, _ in values) / len(values), 2),
            round(sum(s for _, s in values) / len(values), 2),
        )
        for form, values in sorted(senses.items())
    ]


def main() -> None:
    """Write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("xml", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.xml.exists():
        sys.exit(f"{args.xml} ontbreekt: haal nl-sentiment.xml uit clips/pattern (zie docstring)")
    rows = table(args.xml)
    sys.path.insert(0, str(REPO))
    from wb.atomic import write_atomic

    write_atomic(args.out, HEADER + "".join(f"{w};{p:g};{s:g}\n" for w, p, s in rows))
    print(f"{len(rows)} woorden -> {args.out}")


if __name__ == "__main__":
    main()
