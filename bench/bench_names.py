"""Names on real public Dutch texts: recall, kept ordinary words, consistency, speed.

The texts and their annotations are in bench/realtext/names/ (manifest.yaml, annotations.json;
news and blog texts are kept locally in the git-ignored bench/data/realtext_names/, and are
skipped with a note when absent). Each text is pseudonymised on its own (one text = one dossier).

* recall: an identifier counts as caught when all its non-space characters are covered by
  replaced spans (whatever type the span got); per type and for persons. A capitalised legal
  form "Stichting" that opens an organisation's or school's mention is part of the mention
  as written, but the identifier counts as caught when its identifying words after it are
  replaced, with or without "Stichting" in the placeholder (policy of 2026-12-05); a person's
  possessive ending glued to the name ("Drielsma's") is grammar, not identity: the identifier
  counts as caught when the name before it is replaced and the ending stays readable
  ("[PERSOON-2]'s vraag"; policy of 2026-12-06);
* kept: ordinary capitalised words (headings, sentence starts, titles, institutions, laws)
  that no replaced span touches;
* consistency: share of annotated entities (with at least one caught mention) whose caught
  mentions all got one and the same placeholder; merges: placeholders shared by two entities;
* speed: tokens (whitespace-separated words) per second over the split's texts, warm, best of
  three, as CPU time of this process (what a shared machine's load does not distort) and wall.

Figures are printed per split: "tune" (the rules may be adjusted on these) and "held-out"
(never looked at while tuning). Which round is which comes from one place, the ``rounds``
table of manifest.yaml. A round collected ahead of time has split "sealed": it is left out of
every run unless --later is given (the lead measures it once, at the end of a session, on the
final code). deduce is compared when it is installed (optional).

Usage: python bench/bench_names.py [--leaks] [--split tune|held-out|sealed] [--round N] [--later]
       [--learned]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "bench" / "realtext" / "names"
LOCAL = REPO / "bench" / "data" / "realtext_names"

# a round collected ahead of time: left out of every run unless --later is given
SEALED = "sealed"
SPLITS = ("tune", "held-out", SEALED)

# a system: list of texts -> per text a list of (start, end, placeholder or None)
System = Callable[[list[str]], list[list[tuple[int, int, str | None]]]]


def splits() -> dict[int, str]:
    """Round -> 'tune' or 'held-out', from the round table of manifest.yaml (the one place)."""

    sys.path.insert(0, str(REPO / "bench"))
    from manifest_yaml import read_manifest

    manifest = read_manifest(HERE / "manifest.yaml")
    return {r["round"]: r["split"] for r in manifest["rounds"]}


def load(last_round: int | None = None, open_sealed: set[int] | None = None) -> list[dict]:
    """The annotated texts that are present here, with their text and split (last_round: only
    rounds up to it; the texts of later rounds are never opened). open_sealed: the sealed rounds
    whose texts are opened (None: all); the others come without a text, for selected() to drop."""
    items = json.loads((HERE / "annotations.json").read_text(encoding="utf-8"))
    split_of = splits()
    present = []
    for item in items:
        if last_round is not None and item["round"] > last_round:
            continue
        if item["round"] not in split_of:
            raise SystemExit(f"{item['id']}: round {item['round']} is not in manifest.yaml rounds")
        item["split"] = split_of[item["round"]]
        if item["split"] == SEALED and open_sealed is not None:
            if item["round"] not in open_sealed:
                present.append(item)
                continue
        folder = HERE / "texts" if item["licence"] == "public" else LOCAL
        path = folder / f"{item['id']}.txt"
        if not path.exists():
            print(f"(skipped {item['id']}: {path} not here; see bench/realtext/names/README.md)")
            continue
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode()).hexdigest() != item["sha256"]:
            raise SystemExit(f"{path}: text differs from the annotated one")
        item["text"] = text
        present.append(item)
    return present


def wb_system(texts: list[str]) -> list[list[tuple[int, int, str | None]]]:
    """wb's pseudonymiser, one text at a time (--learned: with the learned names model)."""
    from wb.dossiers.pseudonymise import Pseudonymiser

    pseudonymiser = Pseudonymiser(learned="--learned" in sys.argv)
    out = []
    for text in texts:
        pseudo = pseudonymiser.dossier([text])[0]
        out.append([(r[0], r[1], r[5]) for r in pseudo.replacements])
    return out


def deduce_system() -> System | None:
    """deduce (optional), spans only."""
    try:
        from deduce import Deduce
    except ImportError:
        return None
    deduce = Deduce()

    def run(texts: list[str]) -> list[list[tuple[int, int, str | None]]]:
        return [
            [(a.start_char, a.end_char, None) for a in deduce.deidentify(t).annotations]
            for t in texts
        ]

    return run


LEGAL_FORM = re.compile(r"Stichting\s+")


def identifying_start(ident: dict, text: str) -> int:
    """Where an identifier's identifying words start: after a leading "Stichting" of an
    organisation or school ("Stichting Welzijn X": at "Welzijn"), else at its start."""
    s, e = ident["start"], ident["end"]
    if ident["type"] in ("ORGANISATIE", "SCHOOL"):
        m = LEGAL_FORM.match(text, s)
        if m and m.end() < e:
            return m.end()
    return s


def identifying_end(ident: dict, text: str) -> int:
    """Where an identifier's identifying words end: before a person's glued possessive ending
    ("Drielsma's": after "Drielsma"), else at its end."""
    e = ident["end"]
    if ident["type"] == "PERSOON" and text[e - 2 : e] in ("'s", "’s") and e - 2 > ident["start"]:
        return e - 2
    return e


def score(items: list[dict], spans: list[list[tuple[int, int, str | None]]]) -> dict:
    """Recall per type, kept words, consistency and leaks for one system on some texts."""
    total, caught = Counter(), Counter()
    kept = keep_total = 0
    leaks, replaced_words = [], []
    consistent = entities = merged = 0
    for item, found in zip(items, spans, strict=True):
        text = item["text"]
        cover = bytearray(len(text))
        for s, e, _ in found:
            cover[s:e] = b"\x01" * (e - s)
        placeholders = defaultdict(set)
        owners = defaultdict(set)
        for ident in item["identifiers"]:
            s, e = ident["start"], ident["end"]
            core, core_end = identifying_start(ident, text), identifying_end(ident, text)
            ok = all(cover[k] or text[k].isspace() for k in range(core, core_end))
            total[ident["type"]] += 1
            caught[ident["type"]] += ok
            if not ok:
                leaks.append((item["id"], ident["type"], ident["text"]))
                continue
            for fs, fe, ph in found:
                if fs < e and s < fe and ph is not None:
                    placeholders[ident["entity"]].add(ph)
                    owners[ph].add(ident["entity"])
        for word in item["keep"]:
            keep_total += 1
            if any(cover[word["start"] : word["end"]]):
                replaced_words.append((item["id"], word["text"]))
            else:
                kept += 1
        entities += len(placeholders)
        consistent += sum(len(p) == 1 for p in placeholders.values())
        merged += sum(len(o) > 1 for o in owners.values())
    return {
        "total": total,
        "caught": caught,
        "kept": kept,
        "keep_total": keep_total,
        "consistent": consistent,
        "entities": entities,
        "merged": merged,
        "leaks": leaks,
        "replaced_words": replaced_words,
    }


def ratio(a: int, b: int) -> str:
    """a/b as a fraction with three decimals."""
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def report(name: str, r: dict, seconds: tuple[float, float], tokens: int, *, details: bool) -> None:
    """Print one system's figures on one split."""
    c, n = sum(r["caught"].values()), sum(r["total"].values())
    print(f"  {name}: recall {ratio(c, n)}")
    print(f"    persons {ratio(r['caught']['PERSOON'], r['total']['PERSOON'])}")
    for typ in sorted(r["total"]):
        if typ != "PERSOON":
            print(f"    {typ.lower():12} {ratio(r['caught'][typ], r['total'][typ])}")
    print(f"    kept ordinary words {ratio(r['kept'], r['keep_total'])}")
    if r["entities"]:
        print(f"    consistency {ratio(r['consistent'], r['entities'])}, merges {r['merged']}")
    wall, cpu = seconds
    print(
        f"    speed {tokens / cpu:,.0f} tokens/s CPU time, {tokens / wall:,.0f} tokens/s wall "
        f"({tokens} tokens, {cpu:.3f} s CPU, {wall:.3f} s wall)"
    )
    if details:
        for leak in r["leaks"]:
            print("      leak:", *leak)
        for word in r["replaced_words"]:
            print("      replaced ordinary word:", *word)


def selected(items: list[dict], argv: list[str]) -> list[dict]:
    """The items a run measures: a sealed round only with --later, --round N keeps one round."""
    later = "--later" in argv
    sealed = sorted({i["round"] for i in items if i["split"] == SEALED})
    if sealed and not later:
        print(f"(rounds {', '.join(map(str, sealed))} sealed: left out; --later measures them)")
    items = [i for i in items if i["split"] != SEALED or later]
    if "--round" in argv:  # one round only, whatever its split
        number = int(argv[argv.index("--round") + 1])
        items = [i for i in items if i["round"] == number]
    return items


def sealed_to_open(argv: list[str]) -> set[int] | None:
    """The sealed rounds a run may open: none without --later, only N with --later --round N."""
    if "--later" not in argv:
        return set()
    if "--round" in argv:
        return {int(argv[argv.index("--round") + 1])}
    return None


def main() -> None:
    """Run wb (and deduce when installed) on every split."""
    items = selected(load(open_sealed=sealed_to_open(sys.argv)), sys.argv)
    details = "--leaks" in sys.argv
    only = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else None
    systems: list[tuple[str, System]] = [("wb", wb_system)]
    deduce = deduce_system()
    if deduce is None:
        print("(deduce is not installed: pip install deduce to compare)")
    else:
        systems.append(("deduce", deduce))
    for split in SPLITS:
        if only and split != only:
            continue
        part = [i for i in items if i["split"] == split]
        texts = [i["text"] for i in part]
        tokens = sum(len(t.split()) for t in texts)
        if not part:
            continue
        rounds = sorted({i["round"] for i in part})
        print(
            f"\n## {split} (rounds {', '.join(map(str, rounds))}): {len(part)} texts "
            f"({', '.join(i['id'] for i in part)})"
        )
        for name, system in systems:
            system(texts)  # warm-up: word lists and lexicon
            wall = cpu = float("inf")
            for _ in range(3):  # best of three; CPU time is what the machine's load leaves out
                t0, c0 = time.perf_counter(), time.process_time()
                spans = system(texts)
                wall = min(wall, time.perf_counter() - t0)
                cpu = min(cpu, time.process_time() - c0)
            report(name, score(part, spans), (wall, cpu), tokens, details=details)


if __name__ == "__main__":
    main()
