"""Addresses, postcodes, phone numbers, e-mail and schools on the real-text names set: what wb does.

For every ADRES, POSTCODE, TELEFOON, EMAIL and SCHOOL identifier of the present tune texts it
prints whether it is caught and the replaced spans that touch it (type and the rule's source);
then the spans of these types that touch no annotated identifier (XTRA) and the kept
(ordinary) words that a span of one of these types replaced (KEPT). Sealed rounds are
never loaded. --shapes counts the shapes of these identifiers as annotated (texts present or
not) per round group.
Usage: python bench/names_contact_dump.py [--rounds A-B] [--json OUT] [--shapes]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_names import SEALED, identifying_start, load

TYPES = ("ADRES", "POSTCODE", "TELEFOON", "EMAIL", "SCHOOL")


def spans_of(text: str) -> list[tuple[int, int, str, str]]:
    """Replaced spans of one text as a one-text dossier: start, end, type, the rule's source."""
    from wb.dossiers.entities import detect_dossier
    from wb.dossiers.pseudonymise import Pseudonymiser

    pseudo = Pseudonymiser().dossier([text])[0]
    sources = {(m.start, m.end): m.source for m in detect_dossier([text])[0]}
    return [(r[0], r[1], r[4], sources.get((r[0], r[1]), "?")) for r in pseudo.replacements]


SHAPES = (
    (
        "ADRES",
        "street with a strong suffix + number",
        r"(?:straat|laan|weg|plein|gracht|kade|singel|dreef)\b.*\d",
    ),
    ("ADRES", "street, other suffix or none + number", r"\d"),
    ("ADRES", "street without a number", r""),
    ("POSTCODE", "four digits + two letters", r"^\d{4} ?[A-Z]{2}$"),
    ("POSTCODE", "letters only (digits dropped)", r"^[A-Z]{2}$"),
    ("POSTCODE", "four digits only (Belgian)", r"^\d{4}$"),
    ("TELEFOON", "area code in brackets", r"^\("),
    ("TELEFOON", "+31", r"^\+"),
    ("TELEFOON", "14 + area code", r"^14 ?0"),
    ("TELEFOON", "06, 088, 0800/0900 with a hyphen or dash", r"^0\d{1,3} ?[-–]"),
    ("TELEFOON", "other digits", r""),
    ("EMAIL", "e-mail", r""),
    ("SCHOOL", "compound in -school/-college", r"(?i)\w(?:school|college)\b"),
    ("SCHOOL", "name + separate School/College", r"(?i) (?:school|college)\b"),
    ("SCHOOL", "kind + name", r"(?i)^(?:openbare )?basisschool|^[A-Z]{2,5} "),
    ("SCHOOL", "bare name", r""),
)


def shapes() -> None:
    """Count the annotated shapes per round group (rounds 1-30 and 31-34), texts present or not."""
    import re

    from bench_names import HERE, splits

    split_of = splits()
    items = json.loads((HERE / "annotations.json").read_text(encoding="utf-8"))
    counts: dict[tuple[str, str], list[int]] = {}
    for item in items:
        if split_of[item["round"]] == SEALED or item["round"] > 34:
            continue
        group = 0 if item["round"] <= 30 else 1
        for ident in item["identifiers"]:
            for typ, name, rx in SHAPES:
                if typ == ident["type"] and re.search(rx, ident["text"]):
                    counts.setdefault((typ, name), [0, 0])[group] += 1
                    break
    print("| type | shape | rounds 1-30 | rounds 31-34 |\n|---|---|---|---|")
    for (typ, name), (a, b) in sorted(counts.items()):
        print(f"| {typ} | {name} | {a} | {b} |")


def main() -> None:
    """Print (or write as JSON) the contact identifiers and the kept words they cost."""
    if "--shapes" in sys.argv:
        shapes()
        return
    lo, hi = 1, 34
    if "--rounds" in sys.argv:
        a, _, b = sys.argv[sys.argv.index("--rounds") + 1].partition("-")
        lo, hi = int(a), int(b or a)
    items = [i for i in load() if i["split"] != SEALED and lo <= i["round"] <= hi]
    rows = []
    for item in items:
        text = item["text"]
        spans = spans_of(text)
        cover = bytearray(len(text))
        for s, e, _, _ in spans:
            cover[s:e] = b"\x01" * (e - s)
        for ident in item["identifiers"]:
            if ident["type"] not in TYPES:
                continue
            s, e = ident["start"], ident["end"]
            core = identifying_start(ident, text)
            ok = all(cover[k] or text[k].isspace() for k in range(core, e))
            touch = [(t, text[a:b], src) for a, b, t, src in spans if a < e and s < b]
            line_s = text.rfind("\n", 0, s) + 1
            line_e = text.find("\n", e)
            line = text[line_s : line_e if line_e >= 0 else len(text)]
            rows.append(
                {
                    "kind": "ident",
                    "id": item["id"],
                    "round": item["round"],
                    "type": ident["type"],
                    "text": ident["text"],
                    "caught": ok,
                    "spans": touch,
                    "context": line[:200],
                }
            )
        idents = [(i["start"], i["end"]) for i in item["identifiers"]]
        for a, b, t, src in spans:
            if t in TYPES and not any(s < b and a < e for s, e in idents):
                rows.append(
                    {
                        "kind": "extra",
                        "id": item["id"],
                        "round": item["round"],
                        "type": t,
                        "text": text[a:b],
                        "source": src,
                    }
                )
        for word in item["keep"]:
            for a, b, t, src in spans:
                if t in TYPES and a < word["end"] and word["start"] < b:
                    rows.append(
                        {
                            "kind": "kept",
                            "id": item["id"],
                            "round": item["round"],
                            "type": t,
                            "text": word["text"],
                            "span": text[a:b],
                            "source": src,
                        }
                    )
    if "--json" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--json") + 1])
        out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    for r in rows:
        if r["kind"] == "ident":
            mark = "ok  " if r["caught"] else "MISS"
            print(f"{mark} r{r['round']:<2} {r['id']} {r['type']:8} {r['text']!r}  {r['spans']}")
        elif r["kind"] == "extra":
            print(f"XTRA r{r['round']:<2} {r['id']} {r['type']:8} {r['text']!r} ({r['source']})")
        else:
            print(f"KEPT r{r['round']:<2} {r['id']} {r['type']:8} {r['text']!r} in {r['span']!r}")


if __name__ == "__main__":
    main()
