"""The learned names model's organisations-only modes, on rounds the model never read.

The shipped weights (wb/lang/nl/names_weights.json, names27) were trained on rounds 1-21, so
rounds 24-26 are a fair check of the model. For each mode of ``apply_learned`` ("all": every run
the model calls a name; "organisations": only runs that join an organisation of the rules, repeat
one, or stand alone as a new organisation; "near": only runs next to or repeating an
organisation of the rules; "words": "organisations" without a lone word in capitals) it prints
bench_names.score figures for:

* rounds 24, 25 and 26 each with the rules of the commit they were frozen at (``code_frozen``:
  the rules had not read the round, as at its first measurement; bench/names_rule_spans.py);
* the same rounds with today's rules (which have read them: in-sample for the rules);
* rounds 1-23 with today's rules (the model's training rounds, in-sample for both).

Usage: python bench/names_model_modes.py [--rounds 24,25,26]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from bench_names import load, score  # noqa: E402
from names_rule_spans import spans as rule_spans  # noqa: E402
from train_names_model import frozen_commits  # noqa: E402

from wb.dossiers.entity_data import norm_name  # noqa: E402
from wb.dossiers.kept_mentions import keep_mentions  # noqa: E402
from wb.dossiers.name_model import (  # noqa: E402
    LEARNED_MODES,
    ORG_TYPES,
    choose,
    default_model,
    neighbour,
    organisation_run,
    text_features,
)

MODES = ("rules", *LEARNED_MODES)


def applied(item: dict, rules: list[tuple], mode: str) -> list[tuple[int, int, str]]:
    """The text's replaced spans (start, end, placeholder) after the model in one mode, as
    ``apply_learned`` decides (rule spans as the pseudonymiser replaced them)."""
    if mode == "rules":
        return [(s, e, ph) for s, e, _, ph, *_ in rules]
    text, model = item["text"], default_model()
    spans = sorted((s, e, t, *rest) for s, e, t, _, *rest in rules)
    toks, cands, feats = text_features(text, spans, None, uncovered_only=model.drop <= 0)
    probs = [model.score(f) for f in feats]
    blocked = [(m.start, m.end) for m in keep_mentions(text)]
    _, runs = choose(text, spans, toks, cands, probs, model.drop, model.add, blocked)
    only = None if mode == "all" else mode
    out = [list(s) for s in rules]
    same = {text[s:e]: (t, ph) for s, e, t, ph, *_ in out}
    for a, b in runs:
        if text[a:b] in same:
            typ, ph = same[text[a:b]]
            if not only or typ in ORG_TYPES:
                out.append([a, b, typ, ph])
            continue
        k = neighbour(text, [(s, e, t) for s, e, t, *_ in out], a, b)
        if only and not organisation_run(text[a:b], out[k][2] if k >= 0 else None, only):
            continue
        if k >= 0:
            out[k][0], out[k][1] = min(out[k][0], a), max(out[k][1], b)
        else:
            out.append([a, b, "ORGANISATIE", "[L-" + norm_name(text[a:b]) + "]"])
    return [(s, e, ph) for s, e, _, ph, *_ in out]


def row(name: str, items: list[dict], found: list[list[tuple]]) -> str:
    """One row: recall, persons, organisations (+ schools), kept, consistency, merges."""
    r = score(items, found)
    caught, total = r["caught"], r["total"]

    def f(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    orgs = caught["ORGANISATIE"] + caught["SCHOOL"], total["ORGANISATIE"] + total["SCHOOL"]
    return (
        f"| {name} | {f(sum(caught.values()), sum(total.values()))} | "
        f"{f(caught['PERSOON'], total['PERSOON'])} | {f(*orgs)} | "
        f"{f(r['kept'], r['keep_total'])} | {f(r['consistent'], r['entities'])} | {r['merged']} |"
    )


def main() -> None:
    """Print the table."""
    rounds = (
        [int(r) for r in sys.argv[sys.argv.index("--rounds") + 1].split(",")]
        if "--rounds" in sys.argv
        else [24, 25, 26]
    )
    items = [i for i in load() if i["split"] == "tune"]
    commits = frozen_commits()
    print(
        "| rules, mode | recall | persons | organisations (+ schools) | kept | consistency "
        "| merges |"
    )
    print("|---|---|---|---|---|---|---|")
    current = rule_spans(None, items)
    for rnd in rounds:
        part = [i for i in items if i["round"] == rnd]
        frozen = rule_spans(commits[rnd], part)
        for mode in MODES:
            found = [applied(i, sorted(tuple(s) for s in frozen[i["id"]]), mode) for i in part]
            print(row(f"round {rnd}, rules of {commits[rnd]}, {mode}", part, found))
        for mode in MODES:
            found = [applied(i, sorted(tuple(s) for s in current[i["id"]]), mode) for i in part]
            print(row(f"round {rnd}, today's rules, {mode}", part, found))
        sys.stdout.flush()
    train = [i for i in items if i["round"] <= 23]
    for mode in MODES:
        found = [applied(i, sorted(tuple(s) for s in current[i["id"]]), mode) for i in train]
        print(row(f"rounds 1-23, today's rules, {mode}", train, found))


if __name__ == "__main__":
    main()
