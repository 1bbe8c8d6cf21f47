"""Lemma accuracy of wb's offline Dutch pipeline on Universal Dependencies test data.

Usage::

    python bench/lemma_eval.py bench/data/nl_alpino-ud-test.conllu [more.conllu ...]
    python bench/lemma_eval.py --errors 30 bench/data/nl_lassysmall-ud-dev.conllu

Get the data (CC BY-SA 4.0, kept out of the repository; ``bench/data/`` is git-ignored)::

    git clone --depth 1 https://github.com/UniversalDependencies/UD_Dutch-Alpino
    git clone --depth 1 https://github.com/UniversalDependencies/UD_Dutch-LassySmall
    cp UD_Dutch-*/nl_*-ud-{dev,test}.conllu bench/data/

Scoring (tokens with gold UPOS NOUN, VERB or ADJ; gold tokenisation; case-insensitive).
Default: issue 10's scoring, ``--scoring old`` the scoring of the first version.

Issue 10 (``new``): prediction and gold are lowercased, the gold lemma loses its ``_``
(``op_bellen`` -> ``opbellen``, also when the particle is a separate token: ``belde ... op``
must be lemmatised ``opbellen``), nothing else is normalised. strict: prediction == gold.
lenient: strict, or the gold has at least two components, the prediction ends with the gold's
last component and the rest of the prediction is the word form's own beginning (the compound
as written with its head lemmatised).

Old (``old``):

* The gold lemma is lowercased and Alpino's compound/particle separators ``_`` are removed
  (``basis_niveau`` -> ``basisniveau``, ``op_bellen`` -> ``opbellen``). Hyphens are removed on
  both sides (``24_jarig`` for ``24-jarige``).
* Separable verbs whose particle is a separate token (``spoorde ... aan``, gold ``aan_sporen``):
  a token lemmatiser cannot see the particle, so the gold is the lemma without the leading
  particle components that the word form does not contain (``sporen``).
* strict: prediction == gold.
* lenient: strict, or the gold has at least two components, the prediction ends with the gold's
  last component (the head's lemma) and the rest of the prediction is the word form's own
  beginning (the modifier as written, linking -s-/-e-/-en- included): ``ontwikkelingslanden``
  -> ``ontwikkelingsland`` is right for gold ``ontwikkeling_land``.

Candidates compared: spaCy's lookup table alone, lookup with spaCy's Dutch exception tables,
simplemma, lookup then simplemma, simplemma then lookup, and wb's pipeline (``wb.nlp.load``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

POS = ("NOUN", "VERB", "ADJ")
SCORING = ["new"]
Sentence = list[tuple[str, str, str]]


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield sentences as lists of (form, lemma, upos), skipping multiword ranges."""
    sent: Sentence = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sent.append((cols[1], cols[2], cols[3]))
    if sent:
        yield sent


def gold_lemma(form: str, lemma: str) -> str:
    """Normalised gold lemma (see module docstring)."""
    low = form.lower().replace("-", "")
    parts = lemma.lower().replace("-", "").split("_")
    # drop leading particle components that the form does not contain (split-off particles)
    while len(parts) > 1 and not low.startswith(parts[0]):
        parts = parts[1:]
    return "".join(parts)


def is_correct_new(form: str, lemma: str, pred: str) -> tuple[bool, bool]:
    """(strict, lenient) correctness of ``pred`` with issue 10's scoring (module docstring)."""
    parts = lemma.lower().split("_")
    p = pred.lower()
    if p == "".join(parts):
        return True, True
    if len(parts) < 2:
        return False, False
    head = parts[-1]
    low = form.lower()
    if p.endswith(head) and len(p) > len(head) and low.startswith(p[: -len(head)]):
        return False, True
    return False, False


def is_correct(form: str, lemma: str, pred: str) -> tuple[bool, bool]:
    """Return (strict, lenient) correctness of ``pred`` with the old scoring."""
    if SCORING[0] == "new":
        return is_correct_new(form, lemma, pred)
    gold = gold_lemma(form, lemma)
    p = pred.lower().replace("-", "")
    if p == gold:
        return True, True
    parts = lemma.lower().replace("-", "").split("_")
    if len(parts) < 2:
        return False, False
    head = parts[-1]
    low = form.lower().replace("-", "")
    if p.endswith(head) and len(p) > len(head) and low.startswith(p[: -len(head)]):
        return False, True
    return False, False


def spacy_tables() -> dict[str, dict]:
    """spaCy's Dutch lemma tables from spacy-lookups-data."""
    import spacy_lookups_data

    base = Path(spacy_lookups_data.__file__).parent / "data"
    return {
        name: json.loads(gzip.open(base / f"nl_lemma_{name}.json.gz").read())
        for name in ("lookup", "exc")
    }


def baseline_candidates() -> dict[str, Callable[[list[str]], list[str]]]:
    """Token-list lemmatisers to compare with wb."""
    import simplemma

    tables = spacy_tables()
    lookup = tables["lookup"]
    exc: dict[str, str] = {}
    for pos in ("adv", "adp", "pron", "det", "adj", "noun", "verb"):  # later wins
        for form, lemmas in tables["exc"].get(pos, {}).items():
            exc[form] = lemmas[0]

    def sm(w: str) -> str:
        return simplemma.lemmatize(w, lang="nl").lower().replace("_", "")

    def plain(words: list[str]) -> list[str]:
        return [lookup.get(w.lower(), w.lower()) for w in words]

    def with_exc(words: list[str]) -> list[str]:
        return [exc.get(w.lower()) or lookup.get(w.lower(), w.lower()) for w in words]

    def simple(words: list[str]) -> list[str]:
        return [sm(w) for w in words]

    def lookup_sm(words: list[str]) -> list[str]:
        return [lookup.get(w.lower()) or sm(w) for w in words]

    def sm_lookup(words: list[str]) -> list[str]:
        out = []
        for w in words:
            lem = sm(w)
            out.append(lookup.get(w.lower(), lem) if lem == w.lower() else lem)
        return out

    return {
        "lookup": plain,
        "lookup+exc": with_exc,
        "simplemma": simple,
        "lookup>simplemma": lookup_sm,
        "simplemma>lookup": sm_lookup,
    }


TAGS: list[list[str]] = []  # wb's UPOS per token of the last file, for the UPOS score
STRICT_ERRORS = [False]  # list strict misses (by kind) instead of lenient misses


def miss_kind(form: str, lemma: str, upos: str, tag: str | None, lenient: bool) -> str:
    """Kind of a strict miss: the compound convention (lenient right), a tagging error, the
    particle of a separable verb, or another miss of the word class."""
    if lenient:
        return "compound as written (lenient right)"
    if tag is not None and tag != upos:
        return f"tagged {tag} (gold {upos})"
    first = lemma.lower().split("_")[0]
    if upos == "VERB" and "_" in lemma and not form.lower().startswith(first):
        return "separate particle"
    return f"other {upos}"


def wb_candidate(
    model: bool = False, tagger: Path | None = None
) -> Callable[[list[str]], list[str]]:
    """wb's pipeline (the offline one unless ``model``) run on gold tokens; ``tagger``: other
    tagger weights (a ``model.npz``, e.g. a cross-check model of ``train_tagger.py``)."""
    from spacy.tokens import Doc

    from wb.nlp import load

    nlp = load(prefer_model=model)
    if tagger is not None:
        from wb.nlp.tagger import TaggerModel

        nlp.get_pipe("wb_tagger").model = TaggerModel.load(tagger)

    def run(words: list[str]) -> list[str]:
        doc = nlp(Doc(nlp.vocab, words=words))
        TAGS.append([t.pos_ for t in doc])
        return [t.lemma_ for t in doc]

    return run


def upos_report(sentences: list[Sentence], tags: list[list[str]]) -> str:
    """UPOS accuracy over all tokens and per gold tag (the largest ones)."""
    total = Counter()
    right = Counter()
    for sent, pred in zip(sentences, tags, strict=True):
        for (_, _, upos), p in zip(sent, pred, strict=True):
            total[upos] += 1
            right[upos] += p == upos
    n = sum(total.values())
    parts = [f"UPOS {100 * sum(right.values()) / n:.2f} (n={n})"]
    parts += [f"{u} {100 * right[u] / c:.1f}" for u, c in total.most_common(8)]
    return "; ".join(parts)


def evaluate(
    sentences: list[Sentence], lemmatise: Callable[[list[str]], list[str]], errors: Counter
) -> dict[str, list[int]]:
    """Count [n, strict, lenient] per POS and overall."""
    counts = {p: [0, 0, 0] for p in (*POS, "all")}
    for sent in sentences:
        n_tags = len(TAGS)
        preds = lemmatise([f for f, _, _ in sent])
        tags = TAGS[-1] if len(TAGS) > n_tags else [None] * len(sent)
        for (form, lemma, upos), pred, tag in zip(sent, preds, tags, strict=True):
            if upos not in POS:
                continue
            strict, lenient = is_correct(form, lemma, pred)
            for key in (upos, "all"):
                c = counts[key]
                c[0] += 1
                c[1] += strict
                c[2] += lenient
            if STRICT_ERRORS[0] and not strict:
                kind = miss_kind(form, lemma, upos, tag, lenient)
                errors[(kind, form.lower(), pred.lower(), lemma)] += 1
            elif not STRICT_ERRORS[0] and not lenient:
                errors[(form.lower(), pred.lower(), lemma, upos)] += 1
    return counts


def print_strict_errors(errors: Counter, top: int, name: str) -> None:
    """Strict misses by kind (largest kinds first), the ``top`` most frequent of each."""
    kinds: dict[str, Counter] = {}
    for (kind, form, pred, lemma), n in errors.items():
        kinds.setdefault(kind, Counter())[(form, pred, lemma)] += n
    total = sum(errors.values())
    print(f"strict misses of wb in {name} by kind ({total}; form, prediction, gold):")
    for kind, misses in sorted(kinds.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {sum(misses.values()):5}  {kind}")
        for (form, pred, lemma), n in misses.most_common(top):
            print(f"         {n:3}  {form:22} {pred:22} {lemma}")


def main(argv: list[str] | None = None) -> int:
    """Print the accuracy table of all candidates for each CoNLL-U file."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--errors", type=int, default=10, help="frequent wb errors to show")
    ap.add_argument("--only", help="comma-separated candidate names")
    ap.add_argument("--scoring", choices=("new", "old"), default="new")
    ap.add_argument("--tagger", type=Path, help="other tagger weights (model.npz) for wb")
    ap.add_argument(
        "--strict-errors", action="store_true", help="--errors lists strict misses, by kind"
    )
    args = ap.parse_args(argv)
    SCORING[0] = args.scoring
    STRICT_ERRORS[0] = args.strict_errors
    candidates = baseline_candidates()
    candidates["wb"] = wb_candidate(tagger=args.tagger)
    if args.only:
        candidates = {k: v for k, v in candidates.items() if k in args.only.split(",")}
    for path in args.paths:
        if not path.exists():
            print(f"{path}: niet gevonden; zie de docstring van dit script voor de data.")
            return 2
        sentences = list(read_conllu(path))
        print(f"\n{path.name}  (strict / lenient %, NOUN VERB ADJ tokens)")
        print(f"{'candidate':18}" + "".join(f"{p:>15}" for p in (*POS, "all")))
        wb_errors: Counter = Counter()
        for name, fn in candidates.items():
            errors: Counter = Counter()
            counts = evaluate(sentences, fn, errors)
            if name == "wb":
                wb_errors = errors
                print(f"{'':18}{upos_report(sentences, TAGS)}")
            TAGS.clear()
            cells = "".join(
                f"{100 * c[1] / c[0]:7.2f}/{100 * c[2] / c[0]:6.2f}" + " "
                for c in (counts[p] for p in (*POS, "all"))
            )
            print(f"{name:18}{cells}   n={counts['all'][0]}")
        if args.errors and wb_errors and STRICT_ERRORS[0]:
            print_strict_errors(wb_errors, args.errors, path.name)
        elif args.errors and wb_errors:
            print(f"most frequent wb errors (form, prediction, gold, upos) in {path.name}:")
            for (form, pred, lemma, upos), n in wb_errors.most_common(args.errors):
                print(f"  {n:3}  {form:22} {pred:22} {lemma:22} {upos}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
