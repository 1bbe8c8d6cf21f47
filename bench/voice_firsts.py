"""Voice errors of the first measurements, traced to the path that sets the voice on this code.

For every labels round measured once (rounds 14-27), the hits of the wb that first measured it
(dumped by bench/voice_firsts_dump.py into DIR as hits-BATCH-COMMIT.json) are matched to today's
annotations as bench_labels.evaluate does; every matched pair is then found again with this
checkout's wb, whose voice path is traced (bench/voice_trace.py) and whose shape is read from
the text (:func:`shape_of`). Writes one TSV row per matched pair and prints the table by path and
shape. Sealed batches are refused.

    PYTHONPATH=$PWD python bench/voice_firsts.py --hits-dir /tmp/vf --out /tmp/vf/rows.tsv
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_labels import (  # noqa: E402
    SEALED_BATCHES,
    AnnotationMismatch,
    gold_spans,
    group_of,
    text_path,
)

# round, batch, commit of its first measurement (bench/README.md, "Round N, fresh/sealed")
FIRSTS = [
    (14, 17, "f06e69f"),
    (15, 18, "ed90118"),
    (16, 19, "4d7bb66"),
    (17, 20, "af9ae30"),
    (18, 21, "ce2c5f5"),
    (19, 22, "96db96f"),
    (20, 23, "df91add"),
    (21, 24, "5473449"),
    (22, 25, "d891c20"),
    (23, 27, "e495c04"),
    (24, 28, "f6351fc"),
    (25, 29, "2c128c8"),
    (26, 30, "ac72578"),
    (27, 31, "d6b06d7"),
]
_TOPIC_WORDS = {"over", "rond", "rondom", "omtrent", "naar", "betreffende", "inzake", "aangaande"}
_DEFINE = re.compile(
    r"\b(is|zijn|betekent|heet|heten|staat voor|noem(?:t|en) we|wordt .{0,30}genoemd|"
    r"verstaan|definitie|begrip|term|fenomeen|vorm van|ontstaat|kenmerk)\b"
)
_SPEECH = re.compile(
    r"\b(zegt|zei|zeggen|vertelt|vertelde|vindt|vond|stelt|stelde|volgens|aldus|noemt|noemde|"
    r"meent|denkt|dacht|schrijft|schreef|verklaart|verklaarde|geeft aan|gaf aan|beweert|"
    r"ervaart|ervaren|voelt|voelde)\b"
)


def shape_of(text: str, a: int, b: int, doc, quotes) -> str:
    """The shape of the text around a term, first that applies (a rough reading)."""
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", b)
    line = text[ls : len(text) if le < 0 else le].strip()
    if len(line.split()) <= 12 and line[-1:] not in ".!;:,\"”'’" and not line.endswith("?"):
        return "heading/title"
    sent = next((s for s in doc.sents if s.start_char <= a < s.end_char), None)
    words = [t for t in sent if not t.is_space] if sent is not None else []
    before = [t for t in words if t.idx < a]
    stext = sent.text.lower() if sent is not None else ""
    quoted = any(qa <= a and b <= qb for qa, qb in quotes)
    if quoted:
        inside = next(text[qa:qb] for qa, qb in quotes if qa <= a and b <= qb)
        return "quoted term" if len(inside.split()) <= 4 else "inside a quote"
    if stext.rstrip().endswith("?"):
        return "question"
    prev = [t.lower_ for t in before if t.pos_ not in ("DET", "ADJ", "PUNCT")]
    if prev and prev[-1] in _TOPIC_WORDS:
        return "object of over/rond/naar"
    if _SPEECH.search(stext):
        return "speech verb in sentence"
    if _DEFINE.search(stext):
        return "definition-like"
    term = [t for t in words if a <= t.idx < b]
    if (
        term
        and "Plur" in term[-1].morph.get("Number")
        and not (before and before[-1].pos_ == "DET")
    ):
        return "bare plural"
    return "other"


def matched(gold, hits):
    """gold index -> hit index, one to one, first overlapping hit (as bench_labels.evaluate)."""
    used: set[int] = set()
    out = {}
    for g, (a, b, _) in enumerate(gold):
        m = next(
            (i for i, h in enumerate(hits) if i not in used and h.start < b and a < h.end), None
        )
        if m is not None:
            used.add(m)
            out[g] = m
    return out


def main() -> None:
    """Write the rows and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hits-dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--all",
        action="store_true",
        help="alle niet-verzegelde teksten, met deze wb ook als 'first'",
    )
    args = parser.parse_args()
    from voice_trace import traced

    from wb.dossiers.labels import LabelFinder, LabelHit
    from wb.dossiers.voice import self_terms
    from wb.dossiers.voice_text import quote_spans

    manifest = yaml.safe_load((HERE / "realtext/labels/manifest.yaml").read_text("utf-8"))
    finder = LabelFinder(HERE.parent / "codebooks" / "labels.yaml").fit()
    rows = []
    batches = sorted({e.get("batch", 1) for e in manifest["texts"]} - SEALED_BATCHES)
    todo = [(group_of({"batch": b}), b, None) for b in batches] if args.all else FIRSTS
    for rnd, batch, commit in todo:
        if batch in SEALED_BATCHES:
            raise SystemExit(f"batch {batch} is verzegeld")
        raw = {"hits": {}}
        if commit is not None:
            raw = json.loads((args.hits_dir / f"hits-{batch}-{commit}.json").read_text("utf-8"))
        for entry in manifest["texts"]:
            if entry.get("batch", 1) != batch or not text_path(entry).exists():
                continue
            if commit is not None and entry["id"] not in raw["hits"]:
                continue
            text = text_path(entry).read_text(encoding="utf-8")
            try:
                gold = gold_spans(text, entry.get("labels") or [])
            except AnnotationMismatch:
                continue
            doc = finder.nlp(text)
            with traced() as trace:
                now = finder.find(
                    entry["id"],
                    doc,
                    self_terms=self_terms(None),
                    metadata={"genre": entry.get("genre", "")},
                )
                paths = list(trace.paths)
            old = [LabelHit(**h) for h in raw["hits"][entry["id"]]] if commit else now
            quotes = quote_spans(text)
            m_old, m_now = matched(gold, old), matched(gold, now)
            for g, (a, b, item) in enumerate(gold):
                if g not in m_old:
                    continue
                h = old[m_old[g]]
                k = m_now.get(g)
                rows.append(
                    {
                        "round": rnd,
                        "id": entry["id"],
                        "term": item["text"],
                        "gold": item["voice"],
                        "first": h.voice,
                        "now": now[k].voice if k is not None else "-",
                        "path": paths[k] if k is not None else "-",
                        "shape": shape_of(text, a, b, doc, quotes),
                        "lexicon": not str(item.get("label", "")).startswith("nieuw"),
                        "ctx": text[max(0, a - 90) : b + 40].replace("\n", " ¶ "),
                    }
                )
    with args.out.open("w", encoding="utf-8") as f:
        keys = list(rows[0])
        f.write("\t".join(keys) + "\n")
        for r in rows:
            f.write("\t".join(str(r[k]) for k in keys) + "\n")
    print(f"{len(rows)} paren op eerste metingen")
    wrong = [r for r in rows if r["first"] != r["gold"]]
    print(
        f"stem fout bij eerste meting: {len(wrong)}; nu nog fout (zelfde treffer): "
        f"{sum(r['now'] != r['gold'] for r in wrong)}"
    )
    for key in ("shape", "path"):
        tab = Counter()
        for r in rows:
            tab[(r[key], r["first"] == r["gold"])] += 1
        print(f"\nper {key}: fout / goed bij eerste meting")
        for name in sorted({k for k, _ in tab}, key=lambda n: -tab[(n, False)]):
            print(f"  {name:40s} {tab[(name, False)]:4d} {tab[(name, True)]:4d}")


if __name__ == "__main__":
    main()
