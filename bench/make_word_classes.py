"""Build ``wb/nlp/data/opentaal_classes.tsv.gz`` from Debian's hunspell-nl (OpenTaal word list).

Usage::

    python bench/make_word_classes.py [/usr/share/hunspell/nl.dic]

The OpenTaal list (Revised BSD or CC BY 3.0, (c) OpenTaal) gives each lowercase stem affix
flags of two letters whose first letter says what the stem takes: ``A`` adjective endings,
``V`` verb endings, ``Z``/``Y``/``C`` noun plurals and compounds, ``P`` verb prefixes, ``X``
other. The file keeps, per lowercase word, the sorted first letters of all its flags (``=`` for
a word without flags): ``huis`` -> ``CVYZ``, ``mooi`` -> ``A``, ``de`` -> ``=``. The tagger uses it
as a word-class hint for words the lemma tables do not know. Deterministic: sorted, gzip mtime 0.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from opentaal_list import dic_lines, write_list

OUT = Path(__file__).resolve().parents[1] / "wb" / "nlp" / "data" / "opentaal_classes.tsv.gz"


def main(argv: list[str]) -> int:
    """Write the list and print its size."""
    classes: dict[str, set[str]] = defaultdict(set)
    for line in dic_lines(argv):
        word, _, flags = line.strip().partition("/")
        if not word or " " in word or not word[:1].islower():
            continue
        letters = {flags[i] for i in range(0, len(flags), 2)} if flags else {"="}
        classes[word] |= letters
    rows = [f"{w}\t{''.join(sorted(c - {'='}) or '=')}\n" for w, c in sorted(classes.items())]
    return write_list(OUT, rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
