"""Copied-passage detection: wb vs text-matcher vs MinHash-LSH, on generated dossiers.

Each system runs in its own subprocess (peak memory = that process's max RSS). Passage-level
scoring against ``truth.json`` of :mod:`reuse_generate`: a reported case passage (not flagged
boilerplate) matches a true copy when the target document is the same, the character overlap
is at least 50% of both spans, and the source document is right (one-to-one). Boilerplate
passages reported as case passages count as false positives.

Usage: python bench/bench_reuse.py [--quick]
  (needs ``pip install datasketch text-matcher`` for the baselines; wb does not use them)
Targets: wb on 1,000 reports of ~2,000 words in <= 30 s and <= 1 GB, 4x reports <= 4.5x time.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reuse_generate import generate

from wb.corpus.metadata import read_metadata_csv


def _ordered_docs(folder: Path) -> list[tuple[str, str, object, str]]:
    meta = read_metadata_csv(folder)
    docs = []
    for name, row in meta.items():
        text = (folder / name).read_text(encoding="utf-8").rstrip()
        docs.append((name, row.get("dossier", ""), row.get("date"), text))
    docs.sort(key=lambda d: (d[2], d[0]))
    return docs


# --- systems ---------------------------------------------------------------------------------


def run_wb(folder: Path) -> list[dict]:
    """wb's detector on the folder (reading included)."""
    from wb.dossiers.reuse import detect_reuse

    return detect_reuse(folder)["passages"]


def run_text_matcher(folder: Path) -> list[dict]:
    """text-matcher on every pair of reports; the later report (by date) is the target."""
    from text_matcher.matcher import Matcher, Text

    docs = _ordered_docs(folder)
    texts = [Text(d[3], d[0], removeStopwords=False) for d in docs]
    out = []
    for j in range(len(docs)):
        for i in range(j):
            with contextlib.redirect_stdout(io.StringIO()):
                m = Matcher(texts[i], texts[j], threshold=3, cutoff=5, removeStopwords=False)
                _, locs_a, locs_b = m.match()
            for (sa, sb), (ta, tb) in zip(locs_a, locs_b, strict=False):
                src = {"doc": docs[i][0], "start": sa, "end": sb}
                out.append(
                    {
                        "target": {"doc": docs[j][0], "start": ta, "end": tb},
                        "source": src,
                        "origin": src,
                        "similarity": 1.0,
                        "boilerplate": False,
                    }
                )
    return out


def run_minhash(folder: Path, threshold: float = 0.5, num_perm: int = 128) -> list[dict]:
    """MinHash-LSH over paragraphs (word 3-grams), difflib alignment of the nearest candidate."""
    import re
    from difflib import SequenceMatcher

    from datasketch import MinHash, MinHashLSH

    docs = _ordered_docs(folder)
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    paras: dict[tuple[int, int], tuple[list[str], list[tuple[int, int]], dict]] = {}
    out = []
    for di, (name, dossier, _, text) in enumerate(docs):
        found = []
        for pi, m in enumerate(re.finditer(r"(?:(?!\n\s*\n).)+", text, re.S)):
            spans = [
                (w.start() + m.start(), w.end() + m.start()) for w in re.finditer(r"\w+", m[0])
            ]
            words = [text[a:b].lower() for a, b in spans]
            if len(words) < 15:
                continue
            mh = MinHash(num_perm=num_perm)
            mh.update_batch([" ".join(words[k : k + 3]).encode() for k in range(len(words) - 2)])
            info = {"origin": None}
            found.append(((di, pi), mh, words, spans, info))
            cands = lsh.query(mh)
            if not cands:
                continue
            dossiers = {docs[c[0]][1] for c in cands} | {dossier}
            same = [c for c in cands if docs[c[0]][1] == dossier]
            best = max(same or cands)
            s_words, s_spans, s_info = paras[best]
            sm = SequenceMatcher(None, s_words, words, autojunk=False)
            blocks = [b for b in sm.get_matching_blocks() if b.size]
            if not blocks or sum(b.size for b in blocks) < 15:
                continue
            t_lo, t_hi = blocks[0].b, max(b.b + b.size for b in blocks)
            s_lo, s_hi = min(b.a for b in blocks), max(b.a + b.size for b in blocks)
            src = {"doc": docs[best[0]][0], "start": s_spans[s_lo][0], "end": s_spans[s_hi - 1][1]}
            origin = s_info["origin"] or src
            info["origin"] = origin
            out.append(
                {
                    "target": {"doc": name, "start": spans[t_lo][0], "end": spans[t_hi - 1][1]},
                    "source": src,
                    "origin": origin,
                    "similarity": round(sm.ratio(), 3),
                    "boilerplate": len(dossiers) >= 2,
                }
            )
        for key, mh, words, spans, info in found:
            lsh.insert(key, mh)
            paras[key] = (words, spans, info)
    return out


SYSTEMS = {"wb": run_wb, "text-matcher": run_text_matcher, "minhash": run_minhash}


# --- scoring ---------------------------------------------------------------------------------


def score(passages: list[dict], truth: dict) -> dict[str, float]:
    """Passage-level precision, recall and F1 (target overlap >= 50% both ways, right source)."""
    case = [p for p in passages if not p["boilerplate"]]
    by_doc: dict[str, list[dict]] = {}
    for c in truth["copies"]:
        by_doc.setdefault(c["target"], []).append(c)
    used: set[int] = set()
    tp = origin_ok = 0
    for p in case:
        t = p["target"]
        for c in by_doc.get(t["doc"], []):
            if id(c) in used or c["source"] != p["source"]["doc"]:
                continue
            overlap = min(t["end"], c["target_end"]) - max(t["start"], c["target_start"])
            if overlap >= 0.5 * (c["target_end"] - c["target_start"]) and overlap >= 0.5 * (
                t["end"] - t["start"]
            ):
                used.add(id(c))
                tp += 1
                origin_ok += p["origin"]["doc"] == c["origin"]
                break
    precision = tp / len(case) if case else 0.0
    recall = tp / len(truth["copies"]) if truth["copies"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "origin_ok": origin_ok / tp if tp else 0.0,
    }


def _child(system: str, folder: str, out: str) -> None:
    start = time.perf_counter()
    passages = SYSTEMS[system](Path(folder))
    seconds = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    Path(out).write_text(json.dumps({"seconds": seconds, "rss_mb": rss_mb, "passages": passages}))


def measure(system: str, folder: Path) -> dict:
    """Run `system` on `folder` in a fresh process; time, peak RSS and scores."""
    with tempfile.NamedTemporaryFile(suffix=".json") as fh:
        subprocess.run(
            [sys.executable, __file__, "--child", system, str(folder), fh.name], check=True
        )
        result = json.loads(Path(fh.name).read_text())
    truth = json.loads((folder / "truth.json").read_text())
    result.update(score(result.pop("passages"), truth))
    return result


def main() -> None:
    """Generate corpora, run the systems, print a Markdown table."""
    quick = "--quick" in sys.argv
    runs = [("wb", 250), ("wb", 1000), ("wb", 4000), ("minhash", 400)]
    runs += [("text-matcher", 100), ("text-matcher", 200), ("wb", 100), ("wb", 200)]
    runs += [("wb", 400), ("minhash", 100), ("minhash", 200)]
    if quick:
        runs = [("wb", 250), ("wb", 1000), ("minhash", 100), ("text-matcher", 50)]
    print("| system | reports | time (s) | peak RSS (MB) | precision | recall | F1 | origin ok |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for system, n in runs:
            folder = Path(tmp) / f"gen{n}"
            if not folder.exists():
                generate(folder, n, 2000, seed=1)
            r = measure(system, folder)
            print(
                f"| {system} | {n} | {r['seconds']:.1f} | {r['rss_mb']:.0f} | "
                f"{r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                f"{r['origin_ok']:.3f} |",
                flush=True,
            )


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        _child(*sys.argv[2:5])
    else:
        main()
