"""Organisations missed at each round's first measurement, by shape, and whether the current
code still misses them (tune rounds only; names-orgs5).

Reads two span files of ``names_transfer.py spans`` (FIRST: ``--first``, each round's frozen
code; NOW: the current code) and puts every ORGANISATIE identifier missed in FIRST in one shape
read from its words and its line (never from a string of the texts): glued as stored, inside
quotes, a legal form (B.V., N.V., VOF), "&" between words, an acronym in a case name ("X/Y"),
an acronym alone, all capitals, "Stichting/Vereniging X", a kind noun in the name, a coined word
+ a province or place, a brand-like compound (inner capital or digit), English words, one word
after "bij/van/de/voor/met", one coined word, one dictionary word, several words with no kind
noun. Per shape: misses at first measurement, in how many rounds, how many of them are still
missed now and in which rounds.

Usage:
  python bench/names_orgs5_table.py FIRST.json NOW.json [--rounds 4-48] [--examples]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_transfer as nt

LEGAL_FORM = re.compile(
    r"(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|v\.o\.f\.|C\.?V\.?|U\.?A\.?|Ltd\.?|GmbH|Inc\.?|"
    r"BVBA|bvba|vzw|VZW)(?!\w)"
)
LEGAL_KIND = re.compile(r"(?:Stichting|Vereniging|Coöperatie|Federatie|Fundatie|Maatschap)\b")
QUOTES = "\"'“”„‘’«»"
CASE_NAME = re.compile(r"(?:arrest|zaak|uitspraak|beschikking|vonnis)\b[^.\n]{0,40}$", re.I)
ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]*[A-Z0-9]\.?(?:'?s)?")
KIND_WORD = re.compile(
    r"(?:zorg|groep|centrum|school|college|huis|hof|hulp|welzijn|team|punt|kliniek|werk|"
    r"opvang|academie|instituut|bureau|raad|vereniging|stichting|bond|club|bibliotheek|"
    r"museum|theater|partij|fonds|dienst|platform|netwerk|collectief|coöperatie|bedrijf|"
    r"praktijk|kantoor|advies|kinderopvang|federatie|omroep|krant)$",
    re.IGNORECASE,
)
PREP_BEFORE = re.compile(
    r"(?:\b(?:bij|van|voor|met|door|namens|via|naar|aan|en|de|het|’t|'t)\s+)$", re.I
)
PROVINCES = {
    "Groningen", "Friesland", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland",
    "Utrecht", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Brabant", "Limburg",
}  # fmt: skip


def _english(word: str) -> bool:
    """A lowercase word of the English function words list."""
    from wb.dossiers.entity_data import _lines

    return word.lower() in set(_lines("english_function_words.txt"))


def shape(item: dict, ident: dict) -> str:
    """The shape of one missed organisation identifier."""
    from wb.dossiers.entity_data import is_dutch_word, places

    text = item["text"]
    s, e = ident["start"], ident["end"]
    span = text[s:e]
    before, _, after = nt._line(text, s, e)
    words = span.split()
    bare = [w.strip(".,;:()") for w in words]
    if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
        return "glued to a word or digit (as stored)"
    if (before[-1:] and before[-1] in QUOTES) or (span[:1] in QUOTES):
        return "inside quotes"
    if LEGAL_FORM.search(span) or LEGAL_FORM.match(after.lstrip(" ,")):
        return "name + legal form (B.V., N.V., VOF)"
    if re.search(r"\w\s*&\s*\w", span):
        return 'name with "&"'
    if len(words) == 1 and ACRONYM.fullmatch(span) and len(span.strip(".")) <= 6:
        if after.startswith("/") or before.endswith("/") or CASE_NAME.search(before):
            return "acronym inside a case name (X/Y)"
        return "acronym alone"
    if span.upper() == span and sum(c.isalpha() for c in span) > 3:
        return "all capitals"
    if LEGAL_KIND.match(span):
        return "Stichting/Vereniging X"
    if any(KIND_WORD.search(w) for w in bare):
        return "a kind noun in the name (-zorg, -club, Bibliotheek X, ...)"
    if len(words) > 1 and bare[-1] in PROVINCES | places():
        return "coined word(s) + a province or place"
    if any(re.search(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]", w) for w in bare):
        return "brand-like compound (inner capital or digit)"
    if any(_english(w) for w in bare) or any(w.lower().endswith("ing") for w in bare[1:]):
        return "English words"
    if len(words) == 1:
        known = is_dutch_word(bare[0].lower())
        if PREP_BEFORE.search(before):
            return "one word after bij/van/de/voor/met" + (" (a dictionary word)" if known else "")
        return "one dictionary word" if known else "one coined word"
    return "several words, no kind noun"


def org_rows(argv: list[str]) -> tuple[list[dict], set[int], dict[str, int], dict[str, list]]:
    """The organisations of the tune texts present in both span files, as rows (round, id,
    span, missed now, context) by shape, for those missed at first measurement; with totals."""
    first = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    now = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
    rounds = nt.parse_rounds(argv[argv.index("--rounds") + 1] if "--rounds" in argv else "4-48")
    items = [i for i in nt.tune_items(rounds) if i["id"] in first and i["id"] in now]
    table: dict[str, list] = defaultdict(list)
    total = {"orgs": 0, "first": 0, "now": 0}
    for item in items:
        text = item["text"]
        mf = {(i["start"], i["end"]) for i in nt.misses(item, first[item["id"]])[0]}
        mn = {(i["start"], i["end"]) for i in nt.misses(item, now[item["id"]])[0]}
        for ident in item["identifiers"]:
            if ident["type"] != "ORGANISATIE":
                continue
            total["orgs"] += 1
            key = (ident["start"], ident["end"])
            if key not in mf:
                continue
            total["first"] += 1
            total["now"] += key in mn
            ctx = text[max(0, key[0] - 60) : key[1] + 40].replace("\n", "⏎")
            row = (item["round"], item["id"], text[slice(*key)], key in mn, ctx)
            table[shape(item, ident)].append(row)
    return items, rounds, total, table


def main() -> None:
    """Print the table (and the examples with --examples)."""
    items, rounds, total, table = org_rows(sys.argv)
    print(
        f"{len(items)} texts present, rounds {min(rounds)}-{max(rounds)}; {total['orgs']} "
        f"organisations, {total['first']} missed at first measurement, {total['now']} of "
        "them still missed now"
    )
    print("| shape | first: missed | rounds | now: still missed | rounds now |")
    print("|---|---|---|---|---|")
    order = sorted(table.items(), key=lambda kv: (-len({r[0] for r in kv[1] if r[3]}), kv[0]))
    for name, rows in order:
        rf = sorted({r[0] for r in rows})
        rn = sorted({r[0] for r in rows if r[3]})
        print(
            f"| {name} | {len(rows)} | {len(rf)} | {sum(r[3] for r in rows)} | "
            f"{len(rn)} ({','.join(map(str, rn)) or '-'}) |"
        )
        if "--examples" in sys.argv:
            for rnd, tid, span, n, ctx in rows:
                print(f"    {'N' if n else '-'} r{rnd} {tid} {span!r}  ‹{ctx}›")


if __name__ == "__main__":
    main()
