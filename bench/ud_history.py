"""Extra tagger training data from the git history of UD Dutch Alpino and LassySmall.

Usage::

    python bench/ud_history.py ALPINO_GIT_DIR LASSYSMALL_GIT_DIR [--check]

The current UD train files are too large to obtain here, but older releases of both treebanks
(2015-2025) are in the repositories' history, split differently: their train, dev and test
files hold sentences that today sit in the (unavailable) train sets. This script pools every
``.conllu`` blob still present in the two git directories (a full ``git clone`` of
github.com/UniversalDependencies/UD_Dutch-Alpino and UD_Dutch-LassySmall, or the snapshots the
``fetch`` tool makes), and keeps one version of each sentence, the newest.

Test sets stay out: every sentence whose text occurs in the current test sets
(``bench/data/nl_{alpino,lassysmall}-ud-test.conllu``) is dropped. Texts are compared
lowercased with all whitespace removed, and again with only letters and digits kept, so a
sentence that was tokenised or punctuated differently in an older release is still caught; a
sentence sharing a run of 8 consecutive tokens with a test sentence (an older spelling, a
longer or shorter version) is dropped too.
Sentences of the current dev sets are dropped too (they are used as they are).

Older releases follow older annotation guidelines (UD v1 ``CONJ``, other AUX/VERB, DET/PRON,
PROPN choices; 83-97% UPOS agreement with today's files). The labels are therefore converted:
a logistic regression learns today's label (UPOS + kept morphology, as in
``bench/train_tagger.py``) from the old annotation (UPOS, features, relation, word, head's UPOS)
on the sentences that are both in an old file and in a current **dev** file (never test).
``--check`` trains the converter on half of those sentences and scores it on the other half.

Output: ``bench/data/ud_history-train.conllu`` (form, lemma as annotated then, converted UPOS and
features; the source blob and its date in a comment). Licence: CC BY-SA 4.0, like the treebanks.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
DATA = ROOT / "bench" / "data"
OUT = DATA / "ud_history-train.conllu"
CURRENT = {
    "dev": [DATA / "nl_alpino-ud-dev.conllu", DATA / "nl_lassysmall-ud-dev.conllu"],
    "test": [DATA / "nl_alpino-ud-test.conllu", DATA / "nl_lassysmall-ud-test.conllu"],
}
_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+")

Row = list[str]  # the ten CoNLL-U columns


def key(rows: list[Row]) -> str:
    """Comparison key of a sentence: its text lowercased without any whitespace."""
    return _SPACE.sub("", "".join(r[1] for r in rows)).lower()


def loose_key(rows: list[Row]) -> str:
    """Looser key for keeping test sentences out: letters and digits only, lowercased."""
    return _NON_WORD.sub("", html.unescape("".join(r[1] for r in rows))).lower()


RUN = 8  # a sentence sharing this many consecutive tokens with a test sentence stays out


def runs(rows: list[Row]) -> set[str]:
    """Every run of RUN consecutive tokens (lowercased, HTML entities decoded)."""
    words = [html.unescape(r[1]).lower() for r in rows]
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def parse(text: str) -> list[list[Row]]:
    """Sentences of a CoNLL-U text as lists of token rows (multiword ranges skipped)."""
    out = []
    for block in text.split("\n\n"):
        rows = [line.split("\t") for line in block.splitlines() if line and line[0] != "#"]
        rows = [r for r in rows if len(r) == 10 and r[0].isdigit()]
        if rows:
            out.append(rows)
    return out


def git(repo: Path, *args: str) -> str:
    """Output of a git command in ``repo``."""
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


def blobs(repo: Path) -> dict[str, tuple[str, str]]:
    """Present .conllu blobs of all commits: sha -> (newest commit date, file name)."""
    out: dict[str, tuple[str, str]] = {}
    log = git(repo, "log", "--all", "--format=%H %ad", "--date=short")
    for line in log.splitlines():
        commit, date = line.split()
        for entry in git(repo, "ls-tree", "-l", commit).splitlines():
            meta, name = entry.split("\t", 1)
            _mode, _kind, sha, size = meta.split()
            if not name.endswith(".conllu") or not size.isdigit() or size == "0":
                continue
            if sha not in out or out[sha][0] < date:
                out[sha] = (date, name)
    return out


def old_features(rows: list[Row], i: int, date: str) -> list[str]:
    """Converter features of token i of an old-release sentence."""
    r = rows[i]
    form, upos, xpos, feats, head, rel = r[1], r[3], r[4], r[5], r[6], r[7]
    low = form.lower()
    era = "v1" if date < "2017-03" else "v2a" if date < "2018-07" else "v2b"
    head_upos = rows[int(head) - 1][3] if head.isdigit() and 0 < int(head) <= len(rows) else "0"
    kids = sorted({k[7].split(":")[0] for k in rows if k[6] == r[0]})
    out = [
        "bias",
        f"u{upos}",
        f"e{era}|{upos}",
        f"r{upos}|{rel}",
        f"rb{upos}|{rel.split(':')[0]}",
        f"h{upos}|{head_upos}|{rel}",
        f"w{low}",
        f"uw{upos}|{low}",
        f"x{xpos.split('|')[0]}|{upos}",
        f"xx{xpos}",
        f"s{upos}|{low[-3:]}",
        f"c{upos}|{form[:1].isupper()}|{i == 0}",
        f"l{upos}|{r[2].lower()}",
        f"lr{upos}|{r[2].lower()}|{rel}",
        f"p{upos}|{rows[i - 1][3] if i else '<s>'}",
        f"n{upos}|{rows[i + 1][3] if i + 1 < len(rows) else '</s>'}",
    ]
    out += [f"f{upos}|{f}" for f in feats.split("|") if f != "_"]
    out += [f"k{upos}|{k}" for k in kids]
    out += [f"kl{upos}|{r[2].lower()}|{k}" for k in kids]
    return out


def new_label(row: Row) -> str:
    """Today's label of a current row (UPOS + kept morphology, see train_tagger.label_of)."""
    from train_tagger import label_of

    return label_of(row[3], row[5], True)


def fit(rows: list[list[str]], labels: list[str]):
    """Logistic regression of labels on feature lists (see train_tagger.fit)."""
    from train_tagger import fit as fit_lr

    return fit_lr(rows, labels, 4.0, 1)


def predict(model, rows: list[list[str]]) -> list[str]:
    """Best label per feature list."""
    classes, names, w = model
    index = {f: i for i, f in enumerate(names)}
    out = []
    for feats in rows:
        ids = [index[f] for f in feats if f in index]
        out.append(classes[int(w[ids].sum(axis=0).argmax())])
    return out


def load_current(kind: str) -> dict[str, list[Row]]:
    """Current dev or test sentences by key."""
    out = {}
    for path in CURRENT[kind]:
        for rows in parse(path.read_text(encoding="utf-8")):
            out[key(rows)] = rows
    return out


def main(argv: list[str] | None = None) -> int:
    """Pool old releases, convert their labels, write the extra training file."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("repos", nargs="+", type=Path, help="git directories of the two treebanks")
    ap.add_argument("--check", action="store_true", help="score the converter on held-out dev")
    args = ap.parse_args(argv)
    test, dev = load_current("test"), load_current("dev")
    test_loose = {loose_key(rows) for rows in test.values()}
    test_runs = set().union(*(runs(rows) for rows in test.values()))
    newest: dict[str, tuple[str, str, list[Row]]] = {}
    pairs: list[tuple[str, list[Row], list[Row]]] = []  # (date, old rows, current dev rows)
    dropped_test: set[str] = set()
    dropped_near: set[str] = set()
    for repo in args.repos:
        for sha, (date, name) in sorted(blobs(repo).items()):
            source = f"{repo.parent.name}:{name}@{sha[:8]} ({date})"
            for rows in parse(git(repo, "cat-file", "-p", sha)):
                k = key(rows)
                if k in test or loose_key(rows) in test_loose:
                    dropped_test.add(k)
                    continue
                if runs(rows) & test_runs:  # an older or longer version of a test sentence
                    dropped_near.add(k)
                    continue
                if k in dev:
                    cur = dev[k]
                    if [r[1] for r in cur] == [r[1] for r in rows] and date < "2024-12":
                        pairs.append((date, rows, cur))
                    continue
                if k not in newest or newest[k][0] < date:
                    newest[k] = (date, source, rows)
    print(
        f"{len(newest)} sentences outside the current dev/test sets "
        f"({sum(len(v[2]) for v in newest.values())} tokens); {len(dropped_test)} distinct "
        f"test sentences met in old files and dropped, {len(dropped_near)} more that share "
        f"{RUN} consecutive tokens with a test sentence; {len(pairs)} old/dev sentence pairs"
    )
    pairs.sort(key=lambda p: (key(p[2]), p[0]))
    if args.check:
        keys = sorted({key(p[2]) for p in pairs})
        held = set(keys[1::2])
        train = [p for p in pairs if key(p[2]) not in held]
        test_pairs = [p for p in pairs if key(p[2]) in held]
    else:
        train, test_pairs = pairs, []
    x, y = [], []
    for date, old, cur in train:
        for i in range(len(old)):
            x.append(old_features(old, i, date))
            y.append(new_label(cur[i]))
    model = fit(x, y)
    if test_pairs:
        n = ok = ok_upos = base = 0
        by_era: Counter = Counter()
        for date, old, cur in test_pairs:
            pred = predict(model, [old_features(old, i, date) for i in range(len(old))])
            for i, p in enumerate(pred):
                gold = new_label(cur[i])
                n += 1
                ok += p == gold
                ok_upos += p.split("|")[0] == cur[i][3]
                base += old[i][3].replace("CONJ", "CCONJ").replace("SCCONJ", "SCONJ") == cur[i][3]
                by_era[(date[:4], p.split("|")[0] == cur[i][3])] += 1
        print(
            f"converter on held-out dev pairs: UPOS {ok_upos / n:.4f} (old labels as they are "
            f"{base / n:.4f}), full label {ok / n:.4f}, n={n}"
        )
        for year in sorted({y for y, _ in by_era}):
            t, f = by_era[(year, True)], by_era[(year, False)]
            print(f"  {year}: UPOS {t / (t + f):.4f} (n={t + f})")
        return 0
    lines = []
    for k in sorted(newest):
        date, source, rows = newest[k]
        pred = predict(model, [old_features(rows, i, date) for i in range(len(rows))])
        lines.append(f"# source = {source}")
        lines.append("# text = " + " ".join(r[1] for r in rows))
        for r, label in zip(rows, pred, strict=True):
            upos, _, morph = label.partition("|")
            form = html.unescape(r[1])
            lines.append("\t".join([r[0], form, r[2], upos, r[4], morph or "_", *r[6:]]))
        lines.append("")
    from wb.atomic import write_atomic

    write_atomic(OUT, "\n".join(lines) + "\n")
    print(f"wrote {OUT} ({len(newest)} sentences)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
