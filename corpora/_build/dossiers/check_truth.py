#!/usr/bin/env python3
"""Validate corpora/dossiers: metadata.csv, the report files and truth.yaml.

Run:  python corpora/dossiers/check_truth.py      (exit code 0 = all checks passed)
Needs only the standard library and PyYAML.
"""

import csv
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parents[2] / "dossiers"
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "januari februari maart april mei juni juli augustus september oktober november december".split()
    )
}
LABELS = {
    "ouderverstoting",
    "oudervervreemding",
    "loyaliteitsconflict",
    "niet-meewerkend",
    "vechtscheiding",
    "hoog conflict",
    "manipulatief",
    "beïnvloed",
    "overbezorgd",
    "zorgmijdend",
    "parentificatie",
    "klem zitten",
    "tegen de ander opzetten",
    "gebrek aan probleembesef",
    "onvoldoende leerbaar",
    "instabiel",
    "agressief",
    "pleegt verzet",
    "bagatelliseert",
    "negatieve typering",  # a description beyond the lexicon (labels-policy)
}
TYPES = {
    "PERSOON",
    "DATUM",
    "BSN",
    "ADRES",
    "POSTCODE",
    "TELEFOON",
    "EMAIL",
    "PLAATS",
    "ORGANISATIE",
    "SCHOOL",
}

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", s)
    if m and m[2] in MONTHS:
        return date(int(m[3]), MONTHS[m[2]], int(m[1]))
    raise ValueError(f"unparseable date {s!r}")


def positions(text, snippet):
    """All start positions of snippet in text (overlapping matches allowed)."""
    out, i = [], text.find(snippet)
    while i != -1:
        out.append(i)
        i = text.find(snippet, i + 1)
    return out


def elfproef(digits):
    d = re.sub(r"\D", "", digits)
    if len(d) != 9:
        return False
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=False)) % 11 == 0


def main():
    # --- metadata and files -------------------------------------------------
    with open(HERE / "metadata.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected_cols = ["file", "dossier", "date", "organisation", "type", "author_role"]
    if list(rows[0].keys()) != expected_cols:
        err(f"metadata.csv columns {list(rows[0].keys())} != {expected_cols}")
    meta = {r["file"]: r for r in rows}
    texts = {}
    for r in rows:
        p = HERE / r["file"]
        if not p.exists():
            err(f"metadata.csv names missing file {r['file']}")
            continue
        raw = p.read_bytes()
        t = raw.decode("utf-8")
        if "\r" in t:
            err(f"{r['file']}: contains \\r")
        if "\n\n\n" in t:
            err(f"{r['file']}: more than one blank line between paragraphs")
        wc = len(t.split())
        if not 400 <= wc <= 900:
            err(f"{r['file']}: {wc} words (expected 400-900)")
        texts[r["file"]] = t
        r["_date"] = parse_date(r["date"])
    on_disk = {p.name for p in HERE.glob("*.txt")}
    for extra in on_disk - set(meta):
        err(f"{extra} is not listed in metadata.csv")

    by_dossier = defaultdict(list)
    for r in rows:
        by_dossier[r["dossier"]].append(r)
    name_order_differs = []
    for d, rs in by_dossier.items():
        dates = [r["_date"] for r in rs]
        if len(set(dates)) != len(dates):
            err(f"dossier {d}: two reports share a date")
        if [r["file"] for r in sorted(rs, key=lambda r: r["file"])] != [
            r["file"] for r in sorted(rs, key=lambda r: r["_date"])
        ]:
            name_order_differs.append(d)
    if not name_order_differs:
        err("no dossier whose file-name order differs from its date order")

    # --- truth.yaml ---------------------------------------------------------
    truth = yaml.safe_load((HERE / "truth.yaml").read_text(encoding="utf-8"))

    def check_snippet(where, file, text, occurrence=None):
        if file not in texts:
            err(f"{where}: unknown file {file}")
            return
        pos = positions(texts[file], text)
        if not pos:
            err(f"{where}: not a substring of {file}: {text[:60]!r}")
        elif occurrence is None and len(pos) > 1:
            err(f"{where}: {text[:40]!r} occurs {len(pos)}x in {file} but has no occurrence index")
        elif occurrence is not None and occurrence >= len(pos):
            err(f"{where}: occurrence {occurrence} of {text[:40]!r} but only {len(pos)} in {file}")

    for i, c in enumerate(truth["copies"]):
        w = f"copies[{i}]"
        check_snippet(w + ".target", c["target"], c["target_text"])
        check_snippet(w + ".source", c["source"], c["source_text"])
        if c["origin"] not in texts:
            err(f"{w}: unknown origin {c['origin']}")
            continue
        dt, ds, do = (meta[c[k]]["_date"] for k in ("target", "source", "origin"))
        if not do <= ds < dt:
            err(f"{w}: dates not ordered origin <= source < target ({do}, {ds}, {dt})")
        if len({meta[c[k]]["dossier"] for k in ("target", "source", "origin")}) != 1:
            err(f"{w}: copy crosses dossiers")
        if c["edited"] != (c["target_text"] != c["source_text"]):
            err(f"{w}: edited flag inconsistent with texts")

    for b in truth["boilerplate"]:
        dossiers = set()
        for j, o in enumerate(b["occurrences"]):
            check_snippet(
                f"boilerplate {b['name']}[{j}]", o["file"], o["text"], o.get("occurrence")
            )
            dossiers.add(meta[o["file"]]["dossier"])
        if len(dossiers) < 2:
            err(f"boilerplate {b['name']} occurs in fewer than two dossiers")

    for i, l in enumerate(truth["labels"]):
        check_snippet(f"labels[{i}]", l["file"], l["text"], l.get("occurrence"))
        if l["label"] not in LABELS:
            err(f"labels[{i}]: unknown canonical label {l['label']!r}")
        if l["voice"] not in ("asserted", "attributed", "discussed"):
            err(f"labels[{i}]: bad voice {l['voice']!r}")

    for i, x in enumerate(truth["identifiers"]):
        check_snippet(f"identifiers[{i}]", x["file"], x["text"], x.get("occurrence"))
        if x["type"] not in TYPES:
            err(f"identifiers[{i}]: bad type {x['type']!r}")
        if x["type"] == "BSN" and not elfproef(x["text"]):
            err(f"identifiers[{i}]: BSN {x['text']} fails the 11-check")

    for i, x in enumerate(truth["not_identifiers"]):
        check_snippet(f"not_identifiers[{i}]", x["file"], x["text"], x.get("occurrence"))

    for e in errors:
        print("FOUT:", e)
    n = {k: len(v) for k, v in truth.items()}
    print(
        f"{len(texts)} files, {n}, name order != date order in: {', '.join(sorted(name_order_differs))}"
    )
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
