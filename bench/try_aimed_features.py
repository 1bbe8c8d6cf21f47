"""Experiment (labels29): do judgement-vs-state features raise the person-aimed model's ranking?

Run from the repository root:
    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/try_aimed_features.py

Wraps wb.dossiers.aimed.aimed_features with extra features in groups (`op` opinion verb in the
sentence, `dep` candidate governed by one, `sp`/`spk` speaker: first person or a quote in the
sentence, `pi` degree word with negative CLiPS polarity or a shape, `suf` evaluative suffix),
builds the rows as bench/train_aimed.py does (tune texts only, sealed batches never read) and
prints the grouped-CV average precision (C = 1, folds as train_aimed) over all rows and over
the open rows (outside rule hits and lexicon words) with each group alone and all together.
Experiment only: none of these features is in wb (no group raised the ranking, bench/README.md).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import train_aimed  # noqa: E402
import train_judging  # noqa: E402
from train_judging import fold_of  # noqa: E402

import wb.dossiers.aimed as aimed  # noqa: E402
from wb.dossiers.judging import _subjectivity  # noqa: E402
from wb.dossiers.lexicon import fold  # noqa: E402

# experiment-only word lists (general Dutch), not used by wb
OPINION = {"vinden", "noemen", "lijken", "overkomen", "beschouwen", "ervaren", "gedragen"}
OPINION |= {"opstellen", "typeren", "beschrijven", "oordelen", "schijnen", "voorkomen", "houden"}
OPINION |= {"omschrijven"}
FIRST = {"ik", "wij", "we", "mijn", "me", "mij", "ons", "onze"}
SUFFIXES = ("erig", "erige", "achtig", "achtige", "loos", "loze", "zuchtig", "zuchtige", "ziek")
GROUPS = ("op", "dep", "sp", "spk", "pi", "suf", "clv", "pn", "zich", "doc", "sent")
_plain = aimed.aimed_features
LAST_HITS: dict[int, list[tuple[int, int]]] = {}  # id(doc) -> rule hit spans


def extra(doc, i: int, found: set[str], kind: str = "plain") -> dict[str, float]:
    """aimed_features plus the experiment's groups (names start with x:GROUP:)."""
    out = _plain(doc, i, found, kind)
    t = doc[i]
    sent = t.sent
    lemmas = {x.lemma_.lower() for x in sent}
    opinion = bool(lemmas & OPINION)
    first = any(x.lower_ in FIRST for x in sent)
    if opinion:
        out["x:op:opinion_verb"] = 1.0
        for s in found:
            out[f"x:op:opinion&{s}"] = 1.0
    if first:
        out["x:sp:first"] = 1.0
        out["x:spk:first&" + kind] = 1.0
        if opinion:
            out["x:spk:first_opinion"] = 1.0
    if any(x.text in "\"“”„'" for x in sent):
        out["x:sp:quote"] = 1.0
    if "degree" in out:
        if "clips:pol=neg" in out:
            out["x:pi:neg_degree"] = 1.0
        if "clips:strongneg" in out:
            out["x:pi:strongneg_degree"] = 1.0
        for s in found:
            out[f"x:pi:degree&{s}"] = 1.0
    h = t.head
    if h.lemma_.lower() in OPINION or h.head.lemma_.lower() in OPINION:
        out["x:dep:opinion_head"] = 1.0
    forms = (fold(t.text), fold(t.lemma_ or t.text), fold(t.text).removesuffix("e"))
    value = next((_subjectivity()[f] for f in forms if f in _subjectivity()), None)
    if value is not None and value[0] < 0:
        out["x:clv:negpol"] = -value[0]
        out["x:clv:negpol_subj"] = -value[0] * value[1]
    if "pred" in found and t.pos_ == "NOUN" and i > 0 and doc[i - 1].lower_ == "een":
        out["x:pn:een_noun"] = 1.0
        if "opentaal" not in out:
            out["x:pn:een_rare_noun"] = 1.0
    if any(x.lower_ == "zich" for x in doc[sent.start : i]):
        out["x:zich:before"] = 1.0
        for s in found:
            out[f"x:zich:{s}"] = 1.0
    spans = LAST_HITS.get(id(doc), [])
    if spans:
        out["x:doc:hits"] = 1.0
        out["x:doc:loghits"] = math.log1p(len(spans)) / 3
        out["x:doc:density"] = min(1.0, 100 * len(spans) / len(doc))
    if any(sent.start_char <= a < sent.end_char for a, _ in spans):
        out["x:sent:hit"] = 1.0
    if fold(t.text).endswith(SUFFIXES):
        out["x:suf:eval"] = 1.0
    return out


def average_precision(rows: list[dict]) -> tuple[float, float, int]:
    """Grouped-CV average precision over all rows and open rows; right among the 40 highest."""
    from sklearn.metrics import average_precision_score

    from wb.dossiers.judging import JudgingModel

    ys, ps, oy, op = [], [], [], []
    for k in range(train_judging.FOLDS):
        model = JudgingModel(train_judging.fit([r for r in rows if fold_of(r["id"]) != k], 1.0))
        for r in rows:
            if fold_of(r["id"]) == k:
                s = model.score(r["f"])
                ys.append(r["gold"])
                ps.append(s)
                if r["open"]:
                    oy.append(r["gold"])
                    op.append(s)
    top = sum(y for _, y in sorted(zip(op, oy, strict=True), reverse=True)[:40])
    return average_precision_score(ys, ps), average_precision_score(oy, op), top


def main() -> None:
    """Rows once, then the average precision without, with each group and with all."""
    from wb.dossiers.labels import LabelFinder

    aimed.aimed_features = extra
    finder = LabelFinder(REPO / "codebooks" / "labels.yaml").fit()
    find = finder.find

    def remember(name, doc, **kw):
        hits = find(name, doc, **kw)
        LAST_HITS[id(doc)] = [(h.start, h.end) for h in hits]
        return hits

    finder.find = remember
    entries, _, rows = train_aimed.prepare(finder)
    print(f"{len(entries)} teksten, {len(rows)} kandidaten, {sum(r['gold'] for r in rows)} goed")
    for keep in [(), *((g,) for g in GROUPS), GROUPS]:
        subset = [
            {
                **r,
                "f": {k: v for k, v in r["f"].items() if k[:2] != "x:" or k.split(":")[1] in keep},
            }
            for r in rows
        ]
        a, o, top = average_precision(subset)
        print(
            f"{'+'.join(keep) or 'zonder'}: GP alle rijen {a:.3f}, open rijen {o:.3f}, top-40 {top}"
        )


if __name__ == "__main__":
    main()
