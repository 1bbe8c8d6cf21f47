"""Code suggestions on real public Dutch texts (issue 11 §2): recall/precision/F1 per split.

Usage: python bench/bench_codes.py [--threshold T] [--example-threshold E] [--no-description]
       [--no-examples] [--learning] [--cooccurrence] [--verified-sentences] [--synthetic]
       [--learn-rest] [--no-metadata] [--evidence RULE,RULE] [--set NAME] [--later]

Data: bench/realtext/codes/ (manifest, codebook written before annotation, sentence-level gold);
with ``--set NAME`` another set, bench/realtext/NAME/ (its own codebook, texts in
bench/data/realtext_NAME/, split by URL hash as recorded in its manifest): codes2, codes3,
codes4, codes5, codes6, codes7, codes8, codes9, codes10, codes11, codes12, codes13, codes14,
codes15, codes16, codes17, codes18, codes19, codes20, codes21, codes22, codes23, codes24, codes25,
codes26 or codes27. Every set whose manifest says ``"sealed": true`` (codes27 now;
codes7 was until its one measurement, 2026-12-05 05:31 UTC, codes8 until 07:35 UTC, codes9 until
10:05 UTC, codes10 until 22:21 UTC, codes11 until 2026-12-06 01:24 UTC, codes12 until 2026-12-06
04:10 UTC, codes13 until 2026-12-06 07:15 UTC, codes14 until 2026-12-06 09:37 UTC, codes15 until
2026-12-06 12:35 UTC, codes16 until 2026-12-06 15:09 UTC, codes17 until 2026-12-06 18:02 UTC,
codes18 until 2026-12-06 20:29 UTC, codes19 until 2026-12-06 23:47 UTC, codes20 until
2026-12-07 02:33 UTC, codes21 until 2026-12-07 06:00 UTC, codes22 until 2026-12-07 08:40 UTC,
codes23 until 2026-12-07 11:48 UTC, codes24 until 2026-12-07 14:32 UTC, codes25 until
2026-12-07 16:59 UTC, codes26 until 2026-12-07 20:21 UTC) is left out of every run, with one
printed line each, unless ``--later`` is given: the lead measures each once with ``--set NAME
--later``.
Texts of public-domain genres are in bench/realtext/codes/texts/; the others must be in the
git-ignored bench/data/realtext_codes/ (see the manifest for their URLs; restore them with
bench/realtext/codes/restore.py). Split rule, fixed before annotation: odd document number =
tune, even = held-out. Systems:

* substring: the codebook's pattern words as lowercase substrings of the sentence;
* wb patterns: the pattern path alone (wb before this issue);
* wb codebook: patterns + description/include/examples + exclude + child over parent;
* wb after a third: the same, after the researcher coded the first third of the split's
  documents (their coded sentences learned as examples/weights); scored on the other two thirds
  (the codebook alone on those same documents is printed for comparison).

"wb codeboek (eerste derde)" and "wb codeboek (rest, split)" are the codebook alone on the whole
split scored on the coded third and on the rest; the line "na eerste derde min codeboek" splits
the difference between "after the first third" and "wb codeboek" into what the other documents
make (the rest against the whole split, codebook alone) and what learning makes (after the third
against the codebook alone on the rest). The two are easily confused (codes39): on codes14
held-out the rest was the harder part of the split, not the learning.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

import regex

from wb.codebook import Codebook, load_codebook
from wb.coding.evaluate import (
    Gold,
    GoldSentence,
    gold_codings,
    gold_sentence_codes,
    sentence_index,
    suggested_codings,
)
from wb.coding.suggest import Suggester, sentence_features
from wb.nlp import load

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "realtext" / "codes"
PRIVATE = ROOT / "bench" / "data" / "realtext_codes"
SENTENCES = ROOT / "bench" / "data" / "realtext_codes_sentences"  # see realtext/codes/restore.py


def real_sets(root: Path = ROOT) -> dict[str, tuple[Path, Path]]:
    """The real-text sets: every bench/realtext/codes*/ with a manifest, by folder name.

    Each maps to (folder with manifest, codebook and gold; folder of its git-ignored texts,
    bench/data/realtext_<name>/). A new set is a new folder, not a code change.
    """
    return {
        folder.name: (folder, root / "bench" / "data" / f"realtext_{folder.name}")
        for folder in sorted((root / "bench" / "realtext").glob("codes*"))
        if (folder / "manifest.json").exists()
    }


#: The real-text sets: folder with manifest, codebook and gold; folder of the git-ignored texts.
SETS = real_sets()


def is_sealed(name: str, sets: dict[str, tuple[Path, Path]] | None = None) -> bool:
    """Whether a set's manifest says ``"sealed": true`` (left out of runs unless --later)."""
    folder = (SETS if sets is None else sets)[name][0]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return manifest.get("sealed") is True


def left_out(later: bool, sets: dict[str, tuple[Path, Path]] | None = None) -> list[str]:
    """The sealed sets a run leaves out: all of them, or none when `later` is given."""
    sets = SETS if sets is None else sets
    return [] if later else [name for name in sorted(sets) if is_sealed(name, sets)]


def announce_sealed(
    chosen: str | None, later: bool, sets: dict[str, tuple[Path, Path]] | None = None
) -> bool:
    """Print one line per sealed set left out; False when `chosen` is one of them.

    A sealed set (a fresh one, measured once by the lead) is left out of every run, whatever
    the options, until ``--later`` is given together with ``--set NAME``.
    """
    out = left_out(later, sets)
    for name in out:
        print(f"verzegeld: {name} blijft buiten deze run (eenmalig meten: --set {name} --later)")
    if chosen in out:
        print(f"{chosen} is verzegeld: niet gemeten zonder --later", file=sys.stderr)
        return False
    return True


def load_data(verified_sentences: bool = False, name: str = "codes") -> tuple[dict[str, str], Gold]:
    """Texts by document id and the gold sentences; documents without text are skipped.

    A text whose sha256 differs from the manifest's is skipped too. With `verified_sentences`,
    a document without its whole text is taken from SENTENCES when restore.py found some of its
    sentences there (only those, with their own gold).
    """
    data, private = SETS[name]
    manifest = json.loads((data / "manifest.json").read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    for doc in manifest["documents"]:
        for folder in (data / "texts", private):
            path = folder / f"{doc['id']}.txt"
            if path.exists():
                text = path.read_text(encoding="utf-8")
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                if doc.get("sha256", digest) != digest:
                    print(f"overgeslagen: {path} wijkt af van de sha256", file=sys.stderr)
                    continue
                texts[doc["id"]] = text
                break
        else:
            print(f"ontbreekt: {doc['id']} ({doc['url']})", file=sys.stderr)
    gold: Gold = {}
    for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["doc"] in texts:
            gold.setdefault(row["doc"], []).append(_sentence(row))
    if verified_sentences and name == "codes" and (SENTENCES / "gold.jsonl").exists():
        whole = set(texts)
        for line in (SENTENCES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["doc"] in whole:
                continue
            if row["doc"] not in texts:
                texts[row["doc"]] = (SENTENCES / f"{row['doc']}.txt").read_text(encoding="utf-8")
            gold.setdefault(row["doc"], []).append(_sentence(row))
    return texts, gold


def _sentence(row: dict) -> GoldSentence:
    return GoldSentence(row["doc"], row["start"], row["end"], frozenset(row["codes"]))


def split(ids: list[str], name: str = "codes") -> dict[str, list[str]]:
    """The fixed split: the manifest's when it records one (codes2, codes3), else odd number."""
    manifest = json.loads((SETS[name][0] / "manifest.json").read_text(encoding="utf-8"))
    fixed = {d["id"]: d["split"] for d in manifest["documents"] if "split" in d}
    if fixed:
        return {part: [d for d in ids if fixed[d] == part] for part in ("tune", "held-out")}
    return {
        "tune": [d for d in ids if int(d[1:]) % 2 == 1],
        "held-out": [d for d in ids if int(d[1:]) % 2 == 0],
    }


def score(pred: set[tuple[str, int, str]], gold: Gold, docs: list[str]) -> tuple[float, ...]:
    """Micro recall, precision, F1 over (document, sentence, code)."""
    truth = gold_codings({d: gold[d] for d in docs})
    pred = {p for p in pred if p[0] in docs}
    tp = len(pred & truth)
    r = tp / len(truth) if truth else 0.0
    p = tp / len(pred) if pred else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return r, p, f, len(truth), len(pred)


def substring(book: Codebook, texts: dict[str, str], gold: Gold) -> set[tuple[str, int, str]]:
    """Baseline: pattern words as substrings of the lowercase sentence."""
    out = set()
    for doc, sents in gold.items():
        for i, sent in enumerate(sents):
            low = texts[doc][sent.start : sent.end].lower()
            for code in book.walk():
                for p in code.patterns:
                    if p.kind == "phrase":
                        hit = p.value.lower() in low
                    elif p.kind == "all":
                        hit = all(w.lower() in low for w in p.value)
                    elif p.kind == "regex":
                        hit = regex.search(p.value, low, regex.IGNORECASE) is not None
                    else:
                        hit = False
                    if hit:
                        out.add((doc, i, code.path))
    return out


def run(
    make: Callable[[], Suggester],
    texts: dict[str, str],
    gold: Gold,
    docs: list[str],
    coded: list[str] = (),
    *,
    online: bool = False,
) -> set[tuple[str, int, str]]:
    """Predictions of a suggester on `docs`; `coded` documents are learned from first.

    With `online`, each scored document is learned after it was scored (the researcher codes
    the documents in order, and each one teaches the suggestions of the next).
    """
    suggester = make().fit()
    nlp = suggester.nlp
    processed = {d: nlp(texts[d]) for d in [*coded, *docs]}
    suggester.fit_corpus(processed.values())
    model = suggester.model_

    def teach(d: str) -> None:
        suggester.learn_document(d, processed[d], sentence_codes(gold[d], processed[d]))

    if model is not None:
        for d in coded:
            teach(d)
    own = {d: gold[d] for d in docs}
    out = set()
    for d in docs:
        out |= suggested_codings(suggester.suggest_doc(d, processed[d]), own)
        if online and model is not None:
            teach(d)
    return out


def third_effects(
    alone_split: tuple[float, ...], alone_rest: tuple[float, ...], after_rest: tuple[float, ...]
) -> dict[str, tuple[float, float]]:
    """(recall, precision) differences between "after the first third" and the codebook alone.

    "after the first third" is scored on the rest of a split, "the codebook alone" on the whole
    split: the difference is the documents' (the rest against the whole split, codebook alone,
    the same corpus) plus the learning's (after the third against the codebook alone, both on
    the rest, the same corpus). Each argument is a ``score`` tuple (recall, precision, ...).
    """
    return {
        "total": (after_rest[0] - alone_split[0], after_rest[1] - alone_split[1]),
        "documents": (alone_rest[0] - alone_split[0], alone_rest[1] - alone_split[1]),
        "learning": (after_rest[0] - alone_rest[0], after_rest[1] - alone_rest[1]),
    }


#: The row of the codebook after the first third, and the parts of its difference.
AFTER_THIRD = "wb na eerste derde (rest)"
EFFECT_LABELS = {"total": "samen", "documents": "andere documenten", "learning": "leren"}


def sentence_codes(gold_doc: list, doc) -> list[set[str]]:
    """The gold codes of each of wb's sentences of `doc`, as a coding session learns them from
    the document coded as the gold says and marked done (``gold_sentence_codes``)."""
    return gold_sentence_codes(gold_doc, doc)


def synthetic_held_out(gold: Gold) -> set[str]:
    """The synthetic gold's held-out documents: every third in name order (fixed 2026-12-03).

    Codebook and matcher changes after that date were chosen on the other documents only.
    """
    return {doc for i, doc in enumerate(sorted(gold)) if i % 3 == 2}


def learned_row(
    book, nlp, gold: Gold, held_out: set[str], read: dict, options, *, reject: bool = False
) -> str:
    """The held-out third after the researcher coded the other documents (issue 11 §2, (c)).

    The coded sentences of the tune documents are learned (examples and lemma counts) and the
    held-out third is scored: how much learning from accepted codings adds on unseen documents.
    With ``reject`` the researcher also rejected every wrong suggestion in the tune documents
    (as ``CodingSession.reject`` teaches the model).
    """
    from wb.coding.evaluate import score_suggestions, suggested_codings

    suggester = Suggester(book, nlp, expand=True, **(options or {})).fit()
    processed = {d: nlp(read[d].text) for d in gold}
    suggester.fit_corpus(processed.values())
    for d in sorted(set(gold) - held_out):
        codes = sentence_codes(gold[d], processed[d])
        suggester.learn_document(d, processed[d], codes, read[d].front_matter)
    if reject:
        tune = sorted(set(gold) - held_out)
        truth = {(d, i, c) for d in tune for i, g in enumerate(gold[d]) for c in g.codes}
        for d in tune:
            wrong = [
                s
                for s in suggester.suggest_doc(d, processed[d], read[d].front_matter)
                if not suggested_codings([s], {d: gold[d]}) <= truth
            ]
            for s in wrong:
                feats = frozenset().union(
                    *(sentence_features(x) for x in nlp(read[d].text[s.start : s.end]).sents)
                )
                text = read[d].text[s.start : s.end].strip()
                suggester.model_.learn(
                    s.code, feats, accepted=False, rejected=True, text=text, group=d
                )
    found = [
        s
        for d in sorted(held_out)
        for s in suggester.suggest_doc(d, processed[d], read[d].front_matter)
    ]
    sc = score_suggestions(found, {d: gold[d] for d in held_out})
    label = "wb na coderen+afwijzen (held-out)" if reject else "wb na coderen rest (held-out)"
    return (
        f"{label:35} {sc.recall:6.3f} {sc.recall_explicit:6.3f} "
        f"{sc.precision:6.3f} {sc.n_gold:5d} {sc.n_explicit:5d} {sc.n_suggested:5d}"
    )


def tune_learned_row(book, nlp, gold: Gold, held_out: set[str], read: dict, options) -> str:
    """Learning inside the tune documents: every third of them scored after learning the rest."""
    tune = {d: v for d, v in gold.items() if d not in held_out}
    inner = {d for i, d in enumerate(sorted(tune)) if i % 3 == 2}
    from wb.coding.evaluate import score_suggestions

    suggester = Suggester(book, nlp, expand=True, **(options or {})).fit()
    processed = {d: nlp(read[d].text) for d in tune}
    suggester.fit_corpus(processed.values())
    found = [
        s
        for d in sorted(inner)
        for s in suggester.suggest_doc(d, processed[d], read[d].front_matter)
    ]
    sc = score_suggestions(found, {d: tune[d] for d in inner})
    alone = (
        f"{'wb codeboek (afst. 1/3)':35} {sc.recall:6.3f} {sc.recall_explicit:6.3f} "
        f"{sc.precision:6.3f} {sc.n_gold:5d} {sc.n_explicit:5d} {sc.n_suggested:5d}"
    )
    row = learned_row(book, nlp, tune, inner, read, options)
    return alone + "\n" + row.replace("(held-out)", "(afst. 1/3)")


def synthetic(
    options: dict[str, object] | None = None,
    *,
    use_metadata: bool = True,
    learn: bool = False,
    tune_only: bool = False,
) -> None:
    """The leernetwerk codebook on the bundled corpora: against the hand-coded gold, and kept.

    The gold (corpora/coding_gold.jsonl, see corpora/README.md) covers notulen/ and verhalen/;
    the comparison of kept and added passages runs over dossiers/ too.
    """
    from wb.coding.evaluate import load_gold, score_suggestions
    from wb.corpus.importer import scan_folder
    from wb.corpus.readers import read_document

    book = load_codebook(ROOT / "codebooks" / "leernetwerk.yaml")
    read = {
        p.relative_to(ROOT / "corpora").as_posix(): read_document(p)
        for name in ("notulen", "verhalen", "dossiers")
        for p in scan_folder(ROOT / "corpora" / name)
    }
    docs = [(name, r.text) for name, r in read.items()]
    meta = {name: r.front_matter for name, r in read.items()} if use_metadata else {}
    nlp = load()
    gold = load_gold(ROOT / "corpora" / "coding_gold.jsonl")
    coded = [(name, text) for name, text in docs if name in gold]
    n_sentences = sum(len(v) for v in gold.values())
    print(f"goud: {len(gold)} documenten, {n_sentences} zinnen")
    print(
        f"{'systeem':35} {'recall':>6} {'expl.':>6} {'prec':>6} {'goud':>5} {'expl':>5} {'sugg':>5}"
    )
    held_out = synthetic_held_out(gold)
    parts = {
        "": gold,
        " (afstemming)": {d: v for d, v in gold.items() if d not in held_out},
        " (held-out)": {d: v for d, v in gold.items() if d in held_out},
    }
    if tune_only:
        parts = {" (afstemming)": parts[" (afstemming)"]}
    for label, expand in (("wb patronen (voorheen)", False), ("wb codeboek", True)):
        found = (
            Suggester(book, nlp, expand=expand, **(options or {}))
            .fit()
            .suggest(coded, metadata=meta)
        )
        for part, part_gold in parts.items():
            sc = score_suggestions(found, part_gold)
            print(
                f"{label + part:35} {sc.recall:6.3f} {sc.recall_explicit:6.3f} "
                f"{sc.precision:6.3f} {sc.n_gold:5d} {sc.n_explicit:5d} {sc.n_suggested:5d}"
            )
    if tune_only:
        if learn:
            print(tune_learned_row(book, nlp, gold, held_out, read, options))
        return
    if learn:
        print(learned_row(book, nlp, gold, held_out, read, options))
        print(learned_row(book, nlp, gold, held_out, read, options, reject=True))
    before = {
        (s.doc, s.start, s.code) for s in Suggester(book, nlp).fit().suggest(docs, metadata=meta)
    }
    after = {
        (s.doc, s.start, s.code)
        for s in Suggester(book, nlp, expand=True).fit().suggest(docs, metadata=meta)
    }
    kept = len(before & after) / len(before)
    print(
        f"synthetisch (leernetwerk, {len(docs)} documenten): {len(before)} passages met patronen, "
        f"{kept:.3f} behouden, {len(after - before)} erbij, {len(before - after)} weg"
    )
    print(kept_by_cause(book, nlp, docs, meta, before, after))
    truth = gold_codings(gold)
    starts = {d: [g.start for g in v] for d, v in gold.items()}
    added = {(d, sentence_index(starts[d], a), c) for d, a, c in after - before if d in gold}
    right = len(added & truth)
    print(f"  erbij in de {len(gold)} gecodeerde documenten: {right} van {len(added)} goed")


def kept_by_cause(book, nlp, docs, meta, before: set, after: set) -> str:
    """Why pattern passages went: exclude or a child code (the check of issue 11 §2 as first
    measured), a speaker label or a list of attendees, or an evidence rule (round 5)."""
    from wb.coding import evidence
    from wb.coding.perspective import label_spans
    from wb.coding.suggest import _is_meeting_list

    saved = set(evidence.ENABLED)
    evidence.ENABLED.clear()
    try:
        plain = {
            (s.doc, s.start, s.code)
            for s in Suggester(book, nlp, expand=True).fit().suggest(docs, metadata=meta)
        }
    finally:
        evidence.ENABLED.update(saved)
    texts = dict(docs)
    hits = {
        (s.doc, s.start, s.code): s for s in Suggester(book, nlp).fit().suggest(docs, metadata=meta)
    }
    by_rule = len((before & plain) - after)
    furniture = 0
    for key in before - plain:
        s = hits[key]
        text = texts[s.doc]
        if _is_meeting_list(text[s.start : s.end]) or any(
            a <= s.match_start < b for a, b in label_spans(text)
        ):
            furniture += 1
    logic = len(before - plain) - furniture
    return (
        f"  weg door exclude of subcode: {logic} (behouden na alleen die logica: "
        f"{1 - logic / len(before):.3f}); door sprekerslabel of aanwezigenlijst: {furniture}; "
        f"door bewijsregels (ronde 5): {by_rule}"
    )


def main() -> None:
    """Print the table of the four systems on both splits."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--example-threshold", type=float, default=None)
    parser.add_argument("--no-description", action="store_true")
    parser.add_argument("--no-examples", action="store_true")
    parser.add_argument("--learning", action="store_true", help="learned lemma weights too")
    parser.add_argument("--cooccurrence", action="store_true", help="PMI company lemmas too")
    parser.add_argument("--synthetic", action="store_true", help="the bundled corpora instead")
    parser.add_argument(
        "--learn-rest",
        action="store_true",
        help="synthetic: also the held-out third after learning the other documents' codings",
    )
    parser.add_argument(
        "--no-metadata", action="store_true", help="synthetic: without the stories' front matter"
    )
    parser.add_argument(
        "--verified-sentences",
        action="store_true",
        help="documents without their whole text: the sentences restore.py verified",
    )
    parser.add_argument(
        "--set",
        choices=sorted(SETS),
        default="codes",
        help="which real-text set (a folder bench/realtext/codes*/): codes (first), codes2 "
        "(second codebook), codes3 (third codebook, measured once on 8d81d68, tune since), "
        "codes4 (fourth codebook, measured once on f7aecb0, tune since), codes5 (fifth "
        "codebook, measured once on f6351fc, tune since), codes6 (sixth codebook, measured "
        "once on ac72578, tune since), codes7 (seventh codebook, measured once on 93e0ba1, tune "
        "since), "
        "codes8 (eighth codebook, measured once on 37fdd97, tune since), "
        "codes9 (ninth codebook, measured once on 65ee79a, tune since), "
        "codes10 (tenth codebook, measured once on 3f183475, tune since), "
        "codes11 (eleventh codebook, measured once on 2bdeabcb, tune since), "
        "codes12 (twelfth codebook, measured once on 2100dbfe, tune since), "
        "codes13 (thirteenth codebook, measured once on 3349a127, tune since), "
        "codes14 (fourteenth codebook, measured once on b9e07920, tune since), "
        "codes15 (fifteenth codebook, measured once on 0629d955, tune since), "
        "codes16 (sixteenth codebook, measured once on 2f95d42d, tune since), "
        "codes17 (seventeenth codebook, measured once on e93cb714, tune since), "
        "codes18 (eighteenth codebook, measured once on 0339e333, tune since), "
        "codes19 (nineteenth codebook, measured once on 76b03005, tune since), "
        "codes20 (twentieth codebook, measured once on 2c074566, tune since), "
        "codes21 (twenty-first codebook, measured once on 42aebcc5, tune since), "
        "codes22 (twenty-second codebook, measured once on 482eb5c3, tune since), "
        "codes23 (twenty-third codebook, measured once on aa23676f, tune since), "
        "codes24 (twenty-fourth codebook, measured once on b100e4ec, tune since), "
        "codes25 (twenty-fifth codebook, measured once on bff46429, tune since), "
        "codes26 (twenty-sixth codebook, measured once on 374d6500, tune since), "
        "codes27 (twenty-seventh codebook, sealed: only with --later)",
    )
    parser.add_argument(
        "--later",
        action="store_true",
        help='also the sets whose manifest says "sealed": true (the one measurement, by the lead)',
    )
    parser.add_argument(
        "--options", default="", help="more CodeModel options as JSON (experiments)"
    )
    parser.add_argument(
        "--tune-only",
        action="store_true",
        help="only the tune rows (real sets: tune split; synthetic: the tune documents)",
    )
    parser.add_argument(
        "--online",
        action="store_true",
        help="real sets: also the rest scored document by document, each learned after scoring",
    )
    parser.add_argument(
        "--evidence",
        default=None,
        help="only these evidence rules of wb.coding.evidence, comma-separated ('' none)",
    )
    parser.add_argument(
        "--titles",
        choices=("demote", "skip", "keep"),
        default=None,
        help="suggestions in headings and agenda lines: lower score (default), none, or as before",
    )
    args = parser.parse_args()
    if args.titles is not None:
        from wb.coding import suggest

        suggest.TITLES = args.titles
    if not announce_sealed(None if args.synthetic else args.set, args.later):
        sys.exit(2)
    if args.evidence is not None:
        from wb.coding import evidence

        wanted = {r for r in args.evidence.split(",") if r}
        if wanted - evidence.RULES:
            parser.error(f"onbekende regel(s): {', '.join(sorted(wanted - evidence.RULES))}")
        evidence.ENABLED.clear()
        evidence.ENABLED.update(wanted)
    options: dict[str, object] = {}
    if args.no_description:
        options["use_description"] = False
    if args.no_examples:
        options["use_examples"] = False
    if args.learning:
        options["use_learning"] = True
    if args.cooccurrence:
        options["use_cooccurrence"] = True
    if args.options:
        options.update(json.loads(args.options))
    if args.threshold is not None:
        options["threshold"] = args.threshold
    if args.example_threshold is not None:
        options["example_threshold"] = args.example_threshold
    if args.synthetic:
        synthetic(
            options,
            use_metadata=not args.no_metadata,
            learn=args.learn_rest,
            tune_only=args.tune_only,
        )
        return
    book = load_codebook(SETS[args.set][0] / "codebook.yaml")
    texts, gold = load_data(args.verified_sentences, args.set)
    nlp = load()
    base = substring(book, texts, gold)
    print(f"{len(texts)} documenten, {sum(len(v) for v in gold.values())} zinnen")
    print(f"{'split':9} {'systeem':28} {'recall':>6} {'prec':>6} {'F1':>6} {'gold':>5} {'sugg':>5}")
    for name, docs in split(sorted(texts), args.set).items():
        if args.tune_only and name != "tune":
            continue
        third = max(1, round(len(docs) / 3))
        coded, rest = docs[:third], docs[third:]
        alone = run(lambda: Suggester(book, nlp, expand=True, **options), texts, gold, docs)
        rows = [
            ("substring", score(base, gold, docs)),
            (
                "wb patronen (voorheen)",
                score(run(lambda: Suggester(book, nlp), texts, gold, docs), gold, docs),
            ),
            ("wb codeboek", score(alone, gold, docs)),
            ("wb codeboek (eerste derde)", score(alone, gold, coded)),
            ("wb codeboek (rest, split)", score(alone, gold, rest)),
            ("substring (rest)", score(base, gold, rest)),
            (
                "wb codeboek (rest)",
                score(
                    run(lambda: Suggester(book, nlp, expand=True, **options), texts, gold, rest),
                    gold,
                    rest,
                ),
            ),
            (
                AFTER_THIRD,
                score(
                    run(
                        lambda: Suggester(book, nlp, expand=True, **options),
                        texts,
                        gold,
                        rest,
                        coded,
                    ),
                    gold,
                    rest,
                ),
            ),
        ]
        if args.online:
            make = lambda: Suggester(book, nlp, expand=True, **options)  # noqa: E731
            found = run(make, texts, gold, rest, coded, online=True)
            rows.append(("wb na elk volgend document", score(found, gold, rest)))
        for label, (r, p, f, nt, np_) in rows:
            print(f"{name:9} {label:28} {r:6.3f} {p:6.3f} {f:6.3f} {nt:5d} {np_:5d}")
        scored = dict(rows)
        effects = third_effects(
            scored["wb codeboek"], scored["wb codeboek (rest, split)"], scored[AFTER_THIRD]
        )
        print(
            f"{name:9} na eerste derde min codeboek (recall / precisie): "
            + ", ".join(f"{EFFECT_LABELS[k]} {r:+.3f} / {p:+.3f}" for k, (r, p) in effects.items())
        )


if __name__ == "__main__":
    main()
