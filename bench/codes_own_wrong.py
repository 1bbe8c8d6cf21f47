"""The codebook's own wrong suggestions, by reason and by shape (codes46).

Usage: python bench/codes_own_wrong.py DUMP [--row "alone, split"] [--show 0]

Reads the ``--dump`` of ``codes_third_gain.py`` and takes the suggestions of the codebook alone
on every document of each split (``--row``, default "alone, split"). Each suggestion gets the
reason wb gave, grouped (a pattern of one word, a pattern of more words, the description with
its words in one sentence word (a compound and its parts) or in two or more, a word of the
code's name, an example, a neighbour or passage carrying a code, a subcode the document names, a
child's voice, ...), and each wrong one
a shape: a line that is no sentence (a heading, list or agenda line, a citation or case number),
a parent code where the gold has its child, a child where the gold has the parent, a sibling,
another code (the researcher coded the sentence, not with this code), or an uncoded sentence.
Printed: right / wrong per reason group with the wrong ones by shape, pooled over sets and
splits, then per set; ``--show N`` prints N wrong sentences of each of the largest cells.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codes_third_wrong import read_dump

from wb.coding.distinctive import word_groups
from wb.coding.sentence_kinds import is_agenda_line, is_heading, is_label_line, meta_kind

#: The shapes of a wrong suggestion, in the order they are tested.
SHAPES = ("no sentence", "parent", "child", "sibling", "other code", "uncoded")
#: A citation or case number: "ECLI:NL:...", "art. 1:265 BW", "200.123.456/01", "(Kamerstukken".
_CITATION = re.compile(
    r"ECLI:|\bart(?:ikel|\.)\s*\d|\bBW\b|\b\d{3}\.\d{3}\b|\bC/\d|\bKamerstukk|\bStb\.|\bnr\.\s*\d",
    re.IGNORECASE,
)
#: A list line: a bullet or a number opening the line.
_LIST = re.compile(r"^\s*(?:[-•*–·]|\d{1,2}[.)]\s)")


def _description_words(reason: str) -> int:
    """How many sentence words the description lemmas of the reason come from (at most 4 lemmas
    are shown; a compound and its parts are one word: "beslissing, beslis, beslissen, sing")."""
    head = reason.split("past bij de beschrijving:", 1)[-1].split(";", 1)[0]
    lemmas = [w.strip() for w in head.split(", net als", 1)[0].split(",") if w.strip()]
    return len(word_groups(lemmas, frozenset(lemmas)))


def reason_group(kind: str, reason: str) -> str:
    """The group of a suggestion's reason: 'pattern, one word', 'description, 2 words', ..."""
    if kind == "patroon":
        words = reason.split(":", 1)[-1] if reason.startswith("lemma") else reason
        words = words.split(",", 1)[0].strip()
        one = not reason.startswith(("{", "[", "lemma's", "woorden")) and " " not in words
        return "pattern, one word" if one else "pattern, more words"
    if kind == "description":
        if reason.startswith("staat in de naam"):
            return "description, a word of the code's name"
        n = _description_words(reason)
        return "description, one sentence word" if n < 2 else "description, 2+ sentence words"
    if kind in ("neighbour", "passage"):
        return "carried (neighbour, passage)"
    return kind


def is_no_sentence(text: str, reason: str) -> bool:
    """True for a heading, a list or agenda line, a label, a citation or case-number line."""
    return (
        "in een kop of agendapunt" in reason
        or is_heading(text)
        or is_agenda_line(text)
        or is_label_line(text)
        or meta_kind(text) in ("label", "contents")
        or bool(_LIST.match(text))
        or bool(_CITATION.search(text))
    )


def shape(r: dict[str, Any]) -> str:
    """The shape of a wrong suggestion (one of SHAPES)."""
    code, gold = r["code"], r["gold"]
    if is_no_sentence(r["text"], r["reason"]):
        return "no sentence"
    if any(g.startswith(code + "/") for g in gold):
        return "parent"
    if any(code.startswith(g + "/") for g in gold):
        return "child"
    parent = code.rsplit("/", 1)[0] if "/" in code else None
    if parent and any(g.rsplit("/", 1)[0] == parent for g in gold if "/" in g):
        return "sibling"
    return "other code" if gold else "uncoded"


def table(rows: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Per reason group: 'right', 'wrong' and each wrong shape counted."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        g = reason_group(r["kind"], r["reason"])
        out[g]["right" if r["right"] else "wrong"] += 1
        if not r["right"]:
            out[g][shape(r)] += 1
    return out


def _print_table(title: str, counts: dict[str, Counter[str]]) -> None:
    print(f"\n{title}")
    print(
        f"{'reason':42} {'right':>5} {'wrong':>5} {'prec':>5}  "
        + " ".join(f"{s:>11}" for s in SHAPES)
    )
    total: Counter[str] = Counter()
    for g, c in sorted(counts.items(), key=lambda kv: -kv[1]["wrong"]):
        total.update(c)
        p = c["right"] / max(1, c["right"] + c["wrong"])
        cells = " ".join(f"{c[s]:>11}" for s in SHAPES)
        print(f"{g:42} {c['right']:>5} {c['wrong']:>5} {p:5.2f}  {cells}")
    p = total["right"] / max(1, total["right"] + total["wrong"])
    cells = " ".join(f"{total[s]:>11}" for s in SHAPES)
    print(f"{'all':42} {total['right']:>5} {total['wrong']:>5} {p:5.2f}  {cells}")


def main() -> None:
    """Print the codebook's own suggestions by reason group and wrong shape."""
    parser = argparse.ArgumentParser()
    parser.add_argument("dump")
    parser.add_argument("--row", default="alone, split")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    rows = [r for r in read_dump(Path(args.dump)) if r["row"] == args.row and r["suggested"]]
    _print_table("pooled, every set and split", table(rows))
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_set[r["set"]].append(r)
    print("\nwrong per set: " + ", ".join(SHAPES))
    for name in sorted(by_set, key=lambda n: int(n[5:] or 1)):
        c = Counter(shape(r) for r in by_set[name] if not r["right"])
        groups = Counter(
            reason_group(r["kind"], r["reason"]) for r in by_set[name] if not r["right"]
        )
        right = sum(r["right"] for r in by_set[name])
        print(
            f"  {name:8} right {right:4} wrong {sum(c.values()):4}: "
            + " ".join(f"{c[s]:3}" for s in SHAPES)
            + "  | "
            + ", ".join(f"{g} {n}" for g, n in groups.most_common(3))
        )
    if args.show:
        cells: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            if not r["right"]:
                cells[(reason_group(r["kind"], r["reason"]), shape(r))].append(r)
        for key, rs in sorted(cells.items(), key=lambda kv: -len(kv[1]))[:8]:
            print(f"\n{key[0]} / {key[1]} ({len(rs)})")
            for r in rs[: args.show]:
                print(
                    f"  {r['set']} {r['code']} | {r['reason'][:80]} | {r['gold']} "
                    f"| {r['text'][:160]}"
                )


if __name__ == "__main__":
    main()
