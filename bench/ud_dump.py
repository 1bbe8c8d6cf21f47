"""Dump wb's UPOS, morphology and lemma of every token of CoNLL-U files, with a hash per file.

Usage::

    python bench/ud_dump.py bench/data/nl_alpino-ud-test.conllu [more.conllu ...] [--out DIR]

Two passes per file: the gold tokens (as ``bench/lemma_eval.py`` runs them) and the raw
sentence texts (``# text =``, wb's own tokenizer and sentence splitter). Meant to show that a
refactoring is behaviour-neutral: run it on two commits and compare the hashes (or the dumps
in ``--out``). No scores are printed, so it can run on a test set without tuning on it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lemma_eval import read_conllu


def sentence_texts(path: Path) -> list[str]:
    """The ``# text =`` lines of a CoNLL-U file."""
    prefix = "# text = "
    with path.open(encoding="utf-8") as fh:
        return [line[len(prefix) :].rstrip("\n") for line in fh if line.startswith(prefix)]


def token_lines(doc: object) -> list[str]:
    """One tab-separated line per token: form, UPOS, morphology, lemma, sentence start."""
    return [
        f"{t.text}\t{t.pos_}\t{t.morph}\t{t.lemma_}\t{int(t.is_sent_start or 0)}"
        for t in doc  # type: ignore[attr-defined]
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the sha256 of the gold-token and raw-text dumps of each file."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, help="folder for the dumps themselves")
    args = ap.parse_args(argv)
    from spacy.tokens import Doc

    from wb.nlp import load

    nlp = load()
    for path in args.paths:
        gold = [
            "\n".join(token_lines(nlp(Doc(nlp.vocab, words=[f for f, _, _ in sent]))))
            for sent in read_conllu(path)
        ]
        raw = ["\n".join(token_lines(doc)) for doc in nlp.pipe(sentence_texts(path))]
        for kind, parts in (("gold", gold), ("raw", raw)):
            text = "\n\n".join(parts) + "\n"
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
            print(f"{path.name} {kind}: {len(parts)} sentences, {digest}")
            if args.out:
                args.out.mkdir(parents=True, exist_ok=True)
                (args.out / f"{path.stem}.{kind}.tsv").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
