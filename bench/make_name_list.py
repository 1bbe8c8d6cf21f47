"""Build ``wb/nlp/data/opentaal_caps.tsv.gz`` from Debian's hunspell-nl (OpenTaal word list).

Usage::

    python bench/make_name_list.py [/usr/share/hunspell/nl.dic]

The OpenTaal list (Revised BSD or CC BY 3.0, (c) OpenTaal) marks names with the flag ``PN``.
The file keeps the words that the list only knows with a capital: ``N`` for names (``PN``:
Anja, Jansen, Amsterdam), ``C`` for other capitalised words (A-merk, Nederlander). The tagger
uses it to tell a capitalised ordinary word from a name. Deterministic: sorted, gzip mtime 0.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from opentaal_list import dic_lines, write_list

OUT = Path(__file__).resolve().parents[1] / "wb" / "nlp" / "data" / "opentaal_caps.tsv.gz"


def main(argv: list[str]) -> int:
    """Write the list and print its size."""
    caps: dict[str, set[str]] = defaultdict(set)
    lower: set[str] = set()
    for line in dic_lines(argv):
        word, _, flags = line.partition("/")
        if not word or " " in word:
            continue
        if word[:1].isupper():
            caps[word].add(flags)
        else:
            lower.add(word)
    rows = []
    for word in sorted(caps):
        if word.lower() in lower:
            continue
        flags = caps[word]
        is_name = any("PN" in [f[i : i + 2] for i in range(0, len(f), 2)] for f in flags)
        rows.append(f"{word}\t{'N' if is_name else 'C'}\n")
    return write_list(OUT, rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
