"""Turn manifest.yaml (entities and the strings that mention them) into annotations.json.

For every text: the identifier spans (start, end, type, entity, string) and the ordinary
capitalised words that must stay (every capitalised word of two or more letters outside an
identifier span). The split: round 1 (t01-t27) was split by the SHA-1 of the URL, rounds 2
(t28-t40), 3 (t41-t53), 4 (t54-t69) and 5 (t70-t81) were held out once each; all have been
measured and read and are tune material now, and so are round 6 (t82-t93) and round 7
(t94-t109, read by names3). Round 8 (``round: 8``, t110-t125, collected after the names3 rules)
is the held-out split (measured once: see bench/README.md). Offsets are
Python str indices into the text as stored (committed texts under texts/, news and blog texts
under the git-ignored bench/data/).

Usage: python bench/realtext/names/annotate.py   (a text that is not here keeps the annotation
already in annotations.json)
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
LOCAL = REPO / "bench" / "data" / "realtext_names"
WORD_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*[\w]")


def split_of(item: dict) -> str:
    """'held-out' for the texts of round 8; rounds 1-7 were measured and read: 'tune'."""
    return "held-out" if item.get("round") == 8 else "tune"


def round1_split(url: str) -> str:
    """Round 1's own split (SHA-1 of the URL odd: held out), kept for the record."""
    return "held-out" if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2 else "tune"


def text_path(item: dict) -> Path:
    """Where the text of a manifest item is kept."""
    if item["licence"] == "public":
        return HERE / "texts" / f"{item['id']}.txt"
    return LOCAL / f"{item['id']}.txt"


def spans_of(text: str, entities: list[dict]) -> list[dict]:
    """Every whole-word occurrence of every mention string, longer strings first."""
    mentions = [(m, e) for e in entities for m in e["mentions"]]
    mentions.sort(key=lambda me: -len(me[0]))
    taken = bytearray(len(text))
    found = []
    for string, entity in mentions:
        rx = re.compile(rf"(?<![\w-]){re.escape(string)}(?![\w])")
        hits = 0
        for m in rx.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            found.append(
                {
                    "start": m.start(),
                    "end": m.end(),
                    "type": entity["type"],
                    "entity": entity["id"],
                    "text": m[0],
                }
            )
            hits += 1
        if not hits:
            raise SystemExit(f"{string!r} not found in the text")
    return sorted(found, key=lambda s: s["start"])


def keep_words(text: str, spans: list[dict]) -> list[dict]:
    """Capitalised words outside the identifier spans: ordinary words that must stay."""
    inside = bytearray(len(text))
    for s in spans:
        inside[s["start"] : s["end"]] = b"\x01" * (s["end"] - s["start"])
    return [
        {"start": m.start(), "end": m.end(), "text": m[0]}
        for m in WORD_RE.finditer(text)
        if not any(inside[m.start() : m.end()])
    ]


def main() -> None:
    """Write annotations.json next to manifest.yaml."""
    manifest = yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))
    path = HERE / "annotations.json"
    before = {t["id"]: t for t in json.loads(path.read_text(encoding="utf-8"))}
    out = []
    for item in manifest["texts"]:
        if not text_path(item).exists():
            print(f"{item['id']}: text not here, annotation kept as it was")
            out.append({**before[item["id"]], "split": split_of(item)})
            continue
        text = text_path(item).read_text(encoding="utf-8")
        spans = spans_of(text, item["entities"])
        out.append(
            {
                "id": item["id"],
                "url": item["url"],
                "genre": item["genre"],
                "licence": item["licence"],
                "split": split_of(item),
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "identifiers": spans,
                "keep": keep_words(text, spans),
            }
        )
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_id = sum(len(t["identifiers"]) for t in out)
    n_keep = sum(len(t["keep"]) for t in out)
    print(f"{len(out)} texts, {n_id} identifier spans, {n_keep} words to keep -> {path}")


if __name__ == "__main__":
    main()
