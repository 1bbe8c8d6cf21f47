"""Shapes of theme names across the tune rounds, before and after a naming change (themes20).

Usage: python bench/theme_name_shapes.py --dump OUT.json [--rounds 1-13] [--synthetic]
       python bench/theme_name_shapes.py --rename OUT.json

``--dump`` runs the themes of every tune round as ``bench_themes.py --readable --round N`` does
(``themes_for_segments(segs, n_runs=3)``; a sealed round is never read) with the checks of
``check_theme_names.py``, and keeps what naming reads: each theme's passages, keywords and lemmas
in the order the reference model names them. Naming changes no cluster, keyword or quote, so
``--rename`` names the kept themes again with the code at hand (``theme_label`` with the earlier
names as ``taken``, then ``distinguish_names``) and prints, per set: phrase names (no comma),
"X, Y" names, heads among the five best keywords, names written in one passage only, bare
generic heads, and the checks of ``check_theme_names.check_theme`` on the new names.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
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
from check_theme_names import CRITERIA, _masked_words, _rounds, check_theme  # noqa: E402


def _capture() -> list[list[dict]]:
    """Patch ThemeModel._themes so each fit records its themes' naming inputs."""
    from wb.themes import model as model_mod
    from wb.themes import phrase_names

    calls: list[list[dict]] = []
    original = model_mod.ThemeModel._themes
    label = phrase_names.theme_label

    def recording(self, labels):
        calls.append([])

        def named(passages, keywords, lemmas=(), max_words=5, taken=()):
            calls[-1].append(
                {"passages": list(passages), "keywords": list(keywords), "lemmas": list(lemmas)}
            )
            return label(passages, keywords, lemmas, max_words, taken)

        phrase_names.theme_label = named
        try:
            return original(self, labels)
        finally:
            phrase_names.theme_label = label

    model_mod.ThemeModel._themes = recording
    return calls


def dump(rounds: str, synthetic: bool, out: Path) -> None:
    """Run every tune round once and keep the themes' naming inputs and checks."""
    from wb.themes.context import pseudonymise_documents
    from wb.themes.run import themes_for_segments
    from wb.themes.segments import segment_documents

    sealed = set(sealed_rounds())
    calls = _capture()
    rows = []
    sets = []
    for r in _rounds(rounds):
        if r in sealed:
            print(f"verzegeld: ronde {r} overgeslagen")
            continue
        for split in round_splits(r):
            docs, persons = real_texts(split, r)
            if docs:
                sets.append((f"round {r} {split}", docs, persons))
    if synthetic:
        from bench_themes import FOLDERS, HELDOUT

        from wb.themes.segments import read_folder_texts

        for name, folders in (("synthetic corpora/", FOLDERS), ("synthetic held-out", HELDOUT)):
            sets.append((name, list(read_folder_texts(folders)), []))
    for name, docs, persons in sets:
        calls.clear()
        segs = segment_documents(docs)
        result = themes_for_segments(segs, n_runs=3)
        inputs = calls[0]  # the reference model (first run) names the themes
        texts = dict(docs)
        done = pseudonymise_documents(texts)
        kept = []
        for th in result["themes"]:
            # a person's name may have left the keywords after naming (name_keywords): the
            # naming inputs are then those whose keywords hold the theme's in order
            given = next(
                (c for c in inputs if c["keywords"] == th["keywords"]),
                None,
            ) or next(
                c
                for c in inputs
                if [w for w in c["keywords"] if w in th["keywords"]] == th["keywords"]
            )
            mine = [s for s in result["segments"] if s["theme"] == th["id"]]
            spans = [(s["doc"], s["start"], s["end"]) for s in mine]
            # the passages as named (a speaker's line may be left out): ``given``
            masked = sorted(_masked_words(done, spans))
            kept.append({**given, "label": th["label"], "masked": masked})
        rows.append(
            {
                "set": name,
                "outliers": result["outlier_share"],
                "inputs": kept,
                "persons": persons,
                "names_quotes": names_in(quotes_for(result, texts), persons),
            }
        )
        print(
            f"{name}: {len(kept)} themes, without theme {result['outlier_share']:.1%}", flush=True
        )
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


def _one_passage(label: str, passages: list[str]) -> bool:
    """True for a name of two words or more written in at most one of the passages."""
    if len(label.split()) < 2 or ", " in label or " en " in label:
        return False
    rx = re.compile(rf"\b{re.escape(label)}\b", re.IGNORECASE)
    return sum(bool(rx.search(p)) for p in passages) <= 1


def _head_in_top(label: str, keywords: list[str], lemmas: list[str]) -> bool:
    head = name_head(label)
    top = set(keywords[:5]) | set(lemmas[:5])
    return bool(head) and (head in top or head.rstrip("s") in top or head[:-2] in top)


def flags(t: dict) -> str:
    """The weak shapes of one theme's name: "lijst" (X, Y), "kop" (head not among the five best
    keywords), "1 passage" (a phrase written in one passage at most; "X en Y" is no written
    phrase and counts apart), "los" (one word)."""
    label = t["label"]
    out = []
    if ", " in label:
        out.append("lijst")
    if not _head_in_top(label, t["keywords"], t["lemmas"]):
        out.append("kop")
    if _one_passage(label, t["passages"]):
        out.append("1 passage")
    if " " not in label:
        out.append("los")
    return " ".join(out) or "-"


def shapes(themes: list[dict]) -> dict:
    """Counts of name shapes over one set's themes (label, passages, keywords, lemmas)."""
    out = {"themes": len(themes), "phrase": 0, "comma": 0, "en": 0, "heads": 0, "one": 0}
    out["single"] = 0
    for t in themes:
        label = t["label"]
        out["phrase"] += ", " not in label
        out["comma"] += ", " in label
        out["en"] += " en " in label
        out["heads"] += _head_in_top(label, t["keywords"], t["lemmas"])
        out["one"] += _one_passage(label, t["passages"])
        out["single"] += " " not in label
    return out


def rename(path: Path) -> None:
    """Name the kept themes again with the code at hand; print before/after per set."""
    from wb.themes.name_pairs import distinguish_names
    from wb.themes.phrase_names import theme_label

    rows = json.loads(path.read_text("utf-8"))
    total = {"before": {}, "after": {}}
    for row in rows:
        before = [dict(t) for t in row["inputs"]]
        after = []
        for t in row["inputs"]:
            taken = [a["label"] for a in after]
            name = theme_label(t["passages"], t["keywords"], t["lemmas"], taken=taken)
            after.append({**t, "label": name or "thema"})
        distinguish_names(after, [t["passages"] for t in after])
        fails = {c: 0 for c in CRITERIA}
        was = {c: 0 for c in CRITERIA}
        for t, b in zip(after, before, strict=True):
            for c, v in check_theme(t, t["passages"], set(t["masked"])).items():
                fails[c] += bool(v)
            for c, v in check_theme(b, b["passages"], set(b["masked"])).items():
                was[c] += bool(v)
        leak = names_in([t["label"] for t in after], row["persons"])
        sb, sa = shapes(before), shapes(after)
        for key, s in (("before", sb), ("after", sa)):
            for k, v in s.items():
                total[key][k] = total[key].get(k, 0) + v
        print(
            f"{row['set']}: without theme {row['outliers']:.1%}, themes {sa['themes']}; "
            + ", ".join(f"{k} {sb[k]}->{sa[k]}" for k in sb if k != "themes")
            + "; checks "
            + ", ".join(f"{c} {was[c]}->{n}" for c, n in fails.items())
            + f"; names in names {', '.join(leak) or '-'}, in quotes "
            + (", ".join(row["names_quotes"]) or "-")
        )
        for b, a in zip(before, after, strict=True):
            mark = "  " if b["label"] == a["label"] else "* "
            print(
                f"  {mark}{b['label']} [{flags(b)}] -> {a['label']} [{flags(a)}] "
                f"({len(a['passages'])}: {', '.join(a['keywords'][:5])})"
            )
    print(
        "all: "
        + ", ".join(f"{k} {total['before'][k]}->{total['after'][k]}" for k in total["before"])
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", default="")
    parser.add_argument("--rename", default="")
    parser.add_argument("--rounds", default="1-13")
    parser.add_argument("--synthetic", action="store_true")
    args = parser.parse_args()
    if args.dump:
        dump(args.rounds, args.synthetic, Path(args.dump))
    if args.rename:
        rename(Path(args.rename))


if __name__ == "__main__":
    main()
