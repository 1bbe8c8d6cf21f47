"""Addresses and organisations missed on the tune rounds, by shape, before and after a change
(names70).

Reads two span files of ``names_transfer.py spans`` (BEFORE, AFTER) and puts every ADRES,
POSTCODE and ORGANISATIE identifier missed in BEFORE in one shape read from its own words and
the words before it (never from a string of the texts): for addresses a street and number, a
number with a letter suffix, a post box, postcode letters, a line break inside, in a letterhead
(a short line in the text's first 600 characters), a street or square without number; for
organisations an acronym, a name in capitals, a name with a kind noun, "de/het X" without a kind
noun, one coined word (mixed case or none), several words without a kind noun. Per shape: missed
before, in how many rounds, still missed after. Only texts in both files count (one list).

Usage:
  python bench/names_addr_org_table.py BEFORE.json AFTER.json [--examples]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_transfer as nt

KIND = re.compile(
    r"(?i)(?:stichting|vereniging|club|bond|bureau|centrum|fonds|bank|huis|groep|team|school|"
    r"college|raad|dienst|zorg|hulp|werk|instituut|academie|kliniek|b\.v\.|bv|n\.v\.|vzw|"
    r"fotografie|vervoer|fanfare|harmonie|koor|gilde|schutterij|partij|combinatie|park)\b|"
    r"(?:vereniging|club|bond|bureau|centrum|fonds|bank|school|zorg|hulp|werk)(?=\W|$)"
)


def address_shape(ident: str, before: str, start: int, line: str = "") -> str:
    """The shape of a missed address or postcode from its words, the words before it and its
    line (a short line near the text's start is a letterhead's)."""
    if "\n" in ident:
        return "street and number split by a line break"
    if re.search(r"(?i)postbus\s*$", before):
        return "post box"
    if re.fullmatch(r"[A-Z]{2}", ident) or re.fullmatch(r"\d{4}\s?[A-Z]{2}", ident):
        return "postcode (letters) + town"
    if re.search(r"\d+\s?[A-Za-z]{1,2}$", ident):
        return "house number with a letter suffix"
    if re.search(r"\d", ident):
        return "street + number"
    if start < 600 and len(line.strip()) <= 60:
        return "in a letterhead (a short line in the first 600 characters)"
    return "street or square without number"


def org_shape(ident: str, before: str) -> str:
    """The shape of a missed organisation from its words and the words before it."""
    words = ident.split()
    if (
        len(words) == 1
        and re.fullmatch(r"[A-Za-z]{2,6}", ident)
        and sum(c.isupper() for c in ident) >= 2
    ):
        return "acronym"
    if ident.isupper():
        return "name in capitals"
    if KIND.search(ident):
        return "with a kind noun"
    if re.search(r"(?:^|\s)(?:de|het)\s*$", before):
        return '"de/het X" without a kind noun'
    if len(words) == 1:
        if re.search(r"[a-z][A-Z]", ident):
            return "one coined word in mixed case"
        return "one word without a kind noun"
    return "several words without a kind noun"


def table(before: dict, after: dict, examples: bool = False) -> dict[str, dict[str, list]]:
    """Shape -> {"before": [(round, id, text)], "after": [...]} for the missed identifiers."""
    out: dict[str, dict[str, list]] = defaultdict(lambda: {"before": [], "after": []})
    for item in nt.tune_items(set(range(1, 100))):
        if item["id"] not in before or item["id"] not in after:
            continue
        text = item["text"]
        missed_after = {(i["start"], i["end"]) for i in nt.misses(item, after[item["id"]])[0]}
        for ident in nt.misses(item, before[item["id"]])[0]:
            typ = ident["type"]
            if typ not in ("ADRES", "POSTCODE", "ORGANISATIE"):
                continue
            ahead = text[max(0, ident["start"] - 30) : ident["start"]]
            if typ == "ORGANISATIE":
                shape = "organisation: " + org_shape(ident["text"], ahead)
            else:
                a = text.rfind("\n", 0, ident["start"]) + 1
                b = text.find("\n", ident["end"])
                line = text[a : b if b >= 0 else len(text)]
                shape = "address: " + address_shape(ident["text"], ahead, ident["start"], line)
            row = (item["round"], item["id"], ident["text"])
            out[shape]["before"].append(row)
            if (ident["start"], ident["end"]) in missed_after:
                out[shape]["after"].append(row)
            if examples:
                print(f"  {shape}: r{row[0]} {row[1]} {row[2]!r}")
    return out


def main() -> None:
    """Print the table as Markdown."""
    before, after = (json.loads(Path(f).read_text(encoding="utf-8")) for f in sys.argv[1:3])
    rows = table(before, after, "--examples" in sys.argv)
    print("| shape | missed before | rounds | still missed after | rounds after |")
    print("|---|---|---|---|---|")
    for shape in sorted(rows):
        b, a = rows[shape]["before"], rows[shape]["after"]
        rb = ", ".join(map(str, sorted({r for r, _, _ in b})))
        ra = ", ".join(map(str, sorted({r for r, _, _ in a}))) or "-"
        print(f"| {shape} | {len(b)} | {rb} | {len(a)} | {ra} |")


if __name__ == "__main__":
    main()
