"""Check theme names, keywords and quotes of tune rounds against issue 11 §3 (themes14).

Usage: python bench/check_theme_names.py [--rounds 1-10] [--synthetic] [--json OUT]

Per round (never a sealed one) the themes as ``bench_themes.py --readable`` makes them
(``themes_for_segments(segs, n_runs=3)``) and their quotes (``quotes_for``); every theme name,
keyword and quote is checked:

* function word: a word of the name that is no link word or determiner inside the phrase and is
  one of wb's function words; a keyword that is one;
* bare verb / no noun: the name's head (``name_head``) or a keyword that wb's word classes know
  only as a verb, or a head they know only as an adjective or verb ("nodig");
* lemma error: a word of the name or a keyword that no passage of the theme writes (nor a regular
  plural of it);
* name: a word of the name or a keyword that the shared pseudonymiser replaces in the theme's
  passages (a person, place or organisation) and that they never write in lowercase, or a
  manifest person (``names_in``); quotes: a manifest person readable in a quote;
* scene: a phrase name (a link word in it) written in one passage only of a theme of three or
  more passages whose head is none of the theme's five best keywords ("meisje in de trein");
* placeholder: a word of the name or a keyword that the theme's passages write inside a
  publisher's placeholder ("[minderjarige 1]", ``wb.nlp.placeholders``) and nowhere else
  (themes18);
* grammar: an uninflected attributive adjective before a plural noun ("concreet maatregelen":
  a word wb's word classes know as adjective and not as noun, in its uninflected form, directly
  before a word in -en or -s that is no bare verb and whose lemma differs; themes-adjform).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_themes import (  # noqa: E402
    name_head,
    names_in,
    quotes_for,
    real_texts,
    round_splits,
    sealed_rounds,
)

CRITERIA = ("function", "verb", "lemma", "name", "scene", "placeholder", "grammar")


def _written(texts: list[str]) -> set[str]:
    """Lowercase written words of the texts with the stems of their regular plurals (also a noun
    in -e of its plural in -n: "boete" of "boeten", themes-plurals)."""
    words = {w.lower() for t in texts for w in re.findall(r"\w+", t)}
    stems = {w[: -len(e)] for w in words for e in ("en", "s", "eren") if w.endswith(e)}
    stems |= {w[:-1] for w in words if w.endswith("en") and not w.endswith("een")}
    doubled = {w[:-3] for w in words if w.endswith("en") and len(w) > 4 and w[-3] == w[-4]}
    voiced = {w[:-3] + {"z": "s", "v": "f"}[w[-3]] for w in words if re.search(r"[zv]en$", w)}
    halved = {
        w[:-3] + w[-4] + w[-3]
        for w in words
        if re.search(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tv-z]en$", w)
    }
    return words | stems | doubled | voiced | halved


def _masked_words(done: dict, spans: list[tuple[str, int, int]]) -> set[str]:
    """Lowercase words the pseudonymiser replaced inside the given passages that the passages
    never write in lowercase ("verdrag" of a treaty's name is no name when written alone)."""
    out = set()
    for doc, start, end in spans:
        p = done[doc]
        for r in p.replacements:
            if r[0] < end and r[1] > start:
                out |= {w.lower() for w in re.findall(r"\w+", p.original[r[0] : r[1]])}
    lower = {
        w
        for doc, start, end in spans
        for w in re.findall(r"\w+", done[doc].original[start:end])
        if w.islower()
    }
    return {w for w in out if w not in lower}


def _placeholder_words(texts: list[str]) -> set[str]:
    """Lowercase words the texts write inside a publisher's placeholder and nowhere else."""
    from wb.nlp.placeholders import placeholder_spans

    inside, outside = set(), set()
    for t in texts:
        spans = placeholder_spans(t)
        for m in re.finditer(r"\w+", t):
            held = any(a <= m.start() < b for a, b in spans)
            (inside if held else outside).add(m.group().lower())
    return inside - outside


def uninflected_pairs(label: str) -> list[tuple[str, str]]:
    """(adjective, noun) of the name where an uninflected adjective stands before a plural noun."""
    from wb.nlp import lemmatize
    from wb.themes.words import DETERMINERS, LINKS, word_classes

    words = [w.strip(",").lower() for w in label.split()]
    out = []
    for a, b in pairwise(words):
        if a in LINKS | DETERMINERS or a == "en" or a[-1:] in "aeiouy" or a.endswith("en"):
            continue
        if "ADJ" not in word_classes(a) or "NOUN" in word_classes(a):
            continue
        if word_classes(b) != {"VERB"} and b.endswith(("en", "s")) and lemmatize(b) != b:
            out.append((a, b))
    return out


def check_theme(theme: dict, passages: list[str], masked: set[str]) -> dict[str, list[str]]:
    """The failing words of one theme's name and keywords, per criterion."""
    from wb.themes.words import DETERMINERS, LINKS, function_words, is_bare_verb, word_classes

    fw = function_words()
    label = theme["label"]
    written = _written(passages)
    words = [w.strip(",") for w in label.split()]
    content = [w for w in words if w not in LINKS | DETERMINERS and w != "en"]
    head = name_head(label)
    fails: dict[str, list[str]] = {c: [] for c in CRITERIA}
    fails["function"] += [f"naam:{w}" for w in content if w in fw]
    if head and (is_bare_verb(head) or word_classes(head) <= {"ADJ", "VERB"}):
        fails["verb"].append(f"naam:{head}")
    fails["lemma"] += [f"naam:{w}" for w in content if w.lower() not in written]
    fails["name"] += [f"naam:{w}" for w in content if w.lower() in masked]
    held = _placeholder_words(passages)
    fails["placeholder"] += [f"naam:{w}" for w in content if w.lower() in held]
    for k in theme["keywords"]:
        if k in fw:
            fails["function"].append(k)
        if is_bare_verb(k):
            fails["verb"].append(k)
        if k.lower() not in written:
            fails["lemma"].append(k)
        if k.lower() in masked:
            fails["name"].append(k)
        if k.lower() in held:
            fails["placeholder"].append(k)
    fails["grammar"] += [f"naam:{a} {b}" for a, b in uninflected_pairs(label)]
    if any(w in LINKS for w in words[1:]) and len(passages) >= 3:
        rx = re.compile(rf"\b{re.escape(label)}\b", re.IGNORECASE)
        top = set(theme["keywords"][:5]) | set((theme.get("lemmas") or [])[:5])
        in_top = head in top or head.rstrip("s") in top or head[:-2] in top
        if sum(bool(rx.search(p)) for p in passages) <= 1 and not in_top:
            fails["scene"].append(label)
    return fails


def check_set(name: str, docs: list[tuple[str, str]], persons: list[str]) -> dict:
    """Themes of one set, checked; with the figures of the bench."""
    from wb.themes.context import pseudonymise_documents
    from wb.themes.run import themes_for_segments
    from wb.themes.segments import segment_documents

    segs = segment_documents(docs)
    result = themes_for_segments(segs, n_runs=3)
    texts = dict(docs)
    done = pseudonymise_documents(texts)
    quotes = quotes_for(result, texts)
    themes = []
    for th in result["themes"]:
        mine = [s for s in result["segments"] if s["theme"] == th["id"]]
        passages = [texts[s["doc"]][s["start"] : s["end"]] for s in mine]
        masked = _masked_words(done, [(s["doc"], s["start"], s["end"]) for s in mine])
        themes.append(
            {
                "label": th["label"],
                "keywords": th["keywords"],
                "size": len(mine),
                "fails": check_theme(th, passages, masked),
            }
        )
    shown = [t["label"] for t in result["themes"]] + [
        w for t in result["themes"] for w in t["keywords"]
    ]
    return {
        "set": name,
        "docs": len(docs),
        "passages": len(result["segments"]),
        "outliers": result["outlier_share"],
        "themes": themes,
        "names_labels": names_in(shown, persons),
        "names_quotes": names_in(quotes, persons),
        "quotes": quotes,
    }


def _rounds(spec: str) -> list[int]:
    lo, _, hi = spec.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", default="1-10")
    parser.add_argument("--synthetic", action="store_true")
    parser.add_argument("--json", default="")
    args = parser.parse_args()
    sealed = set(sealed_rounds())
    rows = []
    for r in _rounds(args.rounds):
        if r in sealed:
            print(f"verzegeld: ronde {r} overgeslagen")
            continue
        for split in round_splits(r):
            docs, persons = real_texts(split, r)
            if docs:
                rows.append(check_set(f"round {r} {split}", docs, persons))
    if args.synthetic:
        from bench_themes import FOLDERS, HELDOUT

        from wb.themes.segments import read_folder_texts

        for name, folders in (("synthetic corpora/", FOLDERS), ("synthetic held-out", HELDOUT)):
            rows.append(check_set(name, list(read_folder_texts(folders)), []))
    for row in rows:
        n_fail = {c: sum(bool(t["fails"][c]) for t in row["themes"]) for c in CRITERIA}
        print(
            f"{row['set']}: docs {row['docs']}, without theme {row['outliers']:.1%}, themes "
            f"{len(row['themes'])}, names in labels/keywords "
            f"{', '.join(row['names_labels']) or '-'}, in quotes "
            f"{', '.join(row['names_quotes']) or '-'}; failing themes "
            + ", ".join(f"{c} {n}" for c, n in n_fail.items())
        )
        for t in row["themes"]:
            bad = {c: v for c, v in t["fails"].items() if v}
            mark = "  " if not bad else "! "
            print(f"  {mark}{t['label']} ({t['size']}): {', '.join(t['keywords'])}")
            for c, v in bad.items():
                print(f"      {c}: {', '.join(v)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
