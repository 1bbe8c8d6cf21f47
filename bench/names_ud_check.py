"""Names on ordinary sentences: which tokens of the UD Dutch dev sets wb's pseudonymiser replaces.

A rule that turns common nouns of ordinary sentences into names shows itself here: every
replaced token whose gold word class is not PROPN is a false hit. The dev sets only (never the
test sets); sentences are joined into documents of 40 lines, one sentence a line, each document
pseudonymised on its own. Prints the counts and writes the replaced tokens (form, UPOS,
sentence) as JSON, so two versions of the code can be compared (run once per PYTHONPATH).

Usage: python bench/names_ud_check.py OUT.json   (needs bench/data/nl_*-ud-dev.conllu)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BANKS = ("alpino", "lassysmall")
PER_DOCUMENT = 40


def sentences(bank: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(text, [(form, upos)]) of every sentence of one UD Dutch dev set (no multiword lines)."""
    found, tokens, text = [], [], ""
    path = REPO / "bench" / "data" / f"nl_{bank}-ud-dev.conllu"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[9:]
        elif not line.strip() and text:
            found.append((text, tokens))
            tokens, text = [], ""
        elif line[:1].isdigit():
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                tokens.append((cols[1], cols[3]))
    return found


def main() -> None:
    """Pseudonymise the dev sentences, count replaced tokens by PROPN or not, write them."""
    from wb.dossiers.pseudonymise import Pseudonymiser

    pseudonymiser = Pseudonymiser()
    counts: Counter[str] = Counter()
    replaced = []
    for bank in BANKS:
        sents = sentences(bank)
        for i in range(0, len(sents), PER_DOCUMENT):
            doc = sents[i : i + PER_DOCUMENT]
            text = "\n".join(s for s, _ in doc)
            cover = bytearray(len(text))
            for r in pseudonymiser.dossier([text])[0].replacements:
                cover[r[0] : r[1]] = b"\x01" * (r[1] - r[0])
            offset = 0
            for sentence, tokens in doc:
                pos = 0
                for form, upos in tokens:
                    k = sentence.find(form, pos)
                    if k < 0:
                        continue
                    pos = k + len(form)
                    hit = any(cover[offset + k : offset + pos])
                    counts[
                        ("PROPN" if upos == "PROPN" else "other") + (" replaced" if hit else "")
                    ] += 1
                    if hit and form[:1].isalpha():
                        replaced.append((form, upos, sentence))
                offset += len(sentence) + 1
    for key in sorted(counts):
        print(f"{key:16} {counts[key]}")
    Path(sys.argv[1]).write_text(json.dumps(replaced, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
