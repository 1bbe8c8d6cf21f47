"""Leave-one-round-out evidence for the organisation shapes of wb.dossiers.org_evidence.

For every shape: in each tune round of the names check (bench/realtext/names, sealed rounds left
out), how often it fires right (its span overlaps an annotated organisation or school), how often
wrong (anything else: a word to keep, a person, a place, or nothing annotated), and how many of
its right hits wb's pseudonymiser misses today (``new``). On the UD Dutch dev sets (joined into
documents of 40 sentences, as bench/names_ud_check.py does) a hit is wrong when a token it covers
is not PROPN. A shape is kept when it fires right in two rounds or more and never wrong on UD
dev; wrong hits on the tune rounds are printed so they can be read.

Usage: python bench/org_shapes_loro.py   (needs bench/data/nl_*-ud-dev.conllu)
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from bench_names import load, selected  # noqa: E402
from names_ud_check import BANKS, PER_DOCUMENT, sentences  # noqa: E402

ORG_TYPES = ("ORGANISATIE", "SCHOOL")


def _covered(text: str, pseudonymiser) -> bytearray:
    cover = bytearray(len(text))
    for r in pseudonymiser.dossier([text])[0].replacements:
        cover[r[0] : r[1]] = b"\x01" * (r[1] - r[0])
    return cover


def tune_counts(shapes: dict) -> dict[str, dict[int, Counter]]:
    """Per shape, per round: right, wrong and new hits on the tune texts."""
    from wb.dossiers.pseudonymise import Pseudonymiser

    pseudonymiser = Pseudonymiser()
    counts: dict[str, dict[int, Counter]] = {s: defaultdict(Counter) for s in shapes}
    for item in selected(load(), []):
        text, spans = item["text"], item["identifiers"]
        cover = None
        for shape, find in shapes.items():
            for m in find(text):
                hit = [s for s in spans if s["start"] < m.end and m.start < s["end"]]
                if hit and all(s["type"] in ORG_TYPES for s in hit):
                    counts[shape][item["round"]]["right"] += 1
                    cover = cover or _covered(text, pseudonymiser)
                    if any(not all(cover[s["start"] : s["end"]]) for s in hit):
                        counts[shape][item["round"]]["new"] += 1
                else:
                    counts[shape][item["round"]]["wrong"] += 1
                    print(f"  wrong {shape}: {item['id']} {m.text!r} {[s['type'] for s in hit]}")
    return counts


def ud_wrong(shapes: dict) -> Counter:
    """Per shape: hits on UD dev that cover a token whose gold word class is not PROPN."""
    wrong: Counter[str] = Counter()
    for bank in BANKS:
        sents = sentences(bank)
        for i in range(0, len(sents), PER_DOCUMENT):
            doc = sents[i : i + PER_DOCUMENT]
            text = "\n".join(s for s, _ in doc)
            upos = bytearray(len(text))  # 1 where a non-PROPN token stands
            offset = 0
            for sentence, tokens in doc:
                pos = 0
                for form, tag in tokens:
                    k = sentence.find(form, pos)
                    if k < 0:
                        continue
                    if tag != "PROPN":
                        upos[offset + k : offset + k + len(form)] = b"\x01" * len(form)
                    pos = k + len(form)
                offset += len(sentence) + 1
            for shape, find in shapes.items():
                for m in find(text):
                    if any(upos[m.start : m.end]):
                        wrong[shape] += 1
                        print(f"  UD wrong {shape}: {m.text!r}")
    return wrong


def main() -> None:
    """Print, per shape, the rounds it fires right in, its wrong hits and its verdict."""
    from wb.dossiers.org_evidence import SHAPES

    counts = tune_counts(SHAPES)
    ud = ud_wrong(SHAPES)
    for shape, rounds in counts.items():
        right_rounds = sorted(r for r, c in rounds.items() if c["right"])
        total = sum(rounds.values(), Counter())
        keep = len(right_rounds) >= 2 and not ud[shape]
        verdict = "keep" if keep else "drop"
        per_round = ", ".join(f"{r}: {c['right']}/{c['wrong']}" for r, c in sorted(rounds.items()))
        print(f"{shape:12} per round (right/wrong): {per_round}")
        print(
            f"{shape:12} right {total['right']:3} (new {total['new']:2}) in rounds {right_rounds}; "
            f"wrong {total['wrong']:3} on tune, {ud[shape]} on UD dev -> {verdict}"
        )


if __name__ == "__main__":
    main()
