"""Each voice rule switched off in turn, on the rounds measured once: its record on text it had
not seen (rounds first measured after the rule existed) and on the rounds before (voice-firsts).

A rule of :meth:`wb.dossiers.voice.VoiceResolver.voice` is switched off by replacing its name in
:mod:`wb.dossiers.voice` with a function that answers False; every hit of rounds 14-27 is found
again (documents parsed once) and its voice compared with the voice with all rules on. A rule
"existed" at a round when a function of that name was in ``wb/`` at the commit that first
measured the round (bench/voice_firsts.FIRSTS).

    PYTHONPATH=$PWD python bench/voice_ablation.py [--min 3]
"""

from __future__ import annotations

import argparse
import inspect
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_labels import AnnotationMismatch, gold_spans, text_path  # noqa: E402
from voice_firsts import FIRSTS, matched  # noqa: E402

_NOT_RULES = {"sentences", "quote_spans", "self_terms", "document_kind", "bisect_right"}


def existed(name: str, commit: str) -> bool:
    """True when a function of that name was in wb/ at the commit."""
    run = subprocess.run(
        ["git", "grep", "-q", "-E", rf"def {name}\b", commit, "--", "wb/"],
        capture_output=True,
        cwd=HERE.parent,
    )
    return run.returncode == 0


def main() -> None:
    """Print per rule: pairs it decides, and its net value on unseen and on seen rounds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--min", type=int, default=1, help="alleen regels die zoveel paren wijzigen"
    )
    args = parser.parse_args()
    import wb.dossiers.voice as voice_mod
    from wb.dossiers.labels import LabelFinder
    from wb.dossiers.voice import self_terms

    manifest = yaml.safe_load((HERE / "realtext/labels/manifest.yaml").read_text("utf-8"))
    finder = LabelFinder(HERE.parent / "codebooks" / "labels.yaml").fit()
    work = []
    for rnd, batch, commit in FIRSTS:
        for entry in manifest["texts"]:
            if entry.get("batch", 1) != batch or not text_path(entry).exists():
                continue
            text = text_path(entry).read_text(encoding="utf-8")
            try:
                gold = gold_spans(text, entry.get("labels") or [])
            except AnnotationMismatch:
                continue
            work.append((rnd, commit, entry, finder.nlp(text), gold))

    def voices() -> list[tuple[int, str, str, str]]:
        out = []
        for rnd, commit, entry, doc, gold in work:
            meta = {"genre": entry.get("genre", "")}
            hits = finder.find(entry["id"], doc, self_terms=self_terms(None), metadata=meta)
            for g, k in matched(gold, hits).items():
                out.append((rnd, commit, gold[g][2]["voice"], hits[k].voice))
        return out

    base = voices()
    names = [
        n
        for n, f in vars(voice_mod).items()
        if inspect.isfunction(f) and n not in _NOT_RULES and not n.startswith("_")
    ]
    print(f"{len(base)} paren; alle regels aan: stem goed {sum(g == v for _, _, g, v in base)}")
    print("regel                              ongezien: +regel -regel   gezien: +regel -regel")
    for name in sorted(names):
        saved = getattr(voice_mod, name)
        setattr(voice_mod, name, lambda *a, **k: False)
        try:
            off = voices()
        finally:
            setattr(voice_mod, name, saved)
        c: Counter = Counter()
        for (_rnd, commit, gold, on), (_, _, _, v) in zip(base, off, strict=True):
            if on == v:
                continue
            side = "unseen" if existed(name, commit) else "seen"
            c[side, "+"] += on == gold  # the rule made it right
            c[side, "-"] += v == gold  # the rule made it wrong
        if sum(c.values()) >= args.min:
            print(
                f"{name:34s} {c['unseen', '+']:8d} {c['unseen', '-']:6d}   "
                f"{c['seen', '+']:6d} {c['seen', '-']:6d}"
            )


if __name__ == "__main__":
    main()
