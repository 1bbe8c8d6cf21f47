"""Turn manifest.yaml (entities and the strings that mention them) into annotations.json.

For every text: the identifier spans (start, end, type, entity, string) and the ordinary
capitalised words that must stay (every capitalised word of two or more letters outside an
identifier span). The split comes from one place: the ``rounds`` table at the top of
manifest.yaml (each round tune or held-out; a text without ``round:`` is round 1; see
README.md for how each round was collected). Offsets are
Python str indices into the text as stored (committed texts under texts/, news and blog texts
under the git-ignored bench/data/).

Usage: python bench/realtext/names/annotate.py   (a text that is not here keeps the annotation
already in annotations.json)
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
LOCAL = REPO / "bench" / "data" / "realtext_names"
ARTICLES = frozenset({"De", "Het", "DE", "HET"})
WORD_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*[\w]")


def round_of(item: dict) -> int:
    """The collection round of a manifest item (round 1 has no ``round:`` field)."""
    return int(item.get("round", 1))


def split_of(item: dict, rounds: list[dict]) -> str:
    """'tune' or 'held-out' for a manifest item, from the manifest's round table."""
    table = {r["round"]: r["split"] for r in rounds}
    if round_of(item) not in table:
        raise SystemExit(f"{item['id']}: round {round_of(item)} is not in the manifest's rounds")
    return table[round_of(item)]


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


def keep_words(text: str, spans: list[dict], glued: frozenset[str] = frozenset()) -> list[dict]:
    """Capitalised words outside the identifier spans: ordinary words that must stay.

    A word of the text's ``glued`` list (page furniture glued to the next word by scraping,
    "LexboostAutomatisch") is neither an identifier nor a word to keep (policy of 2026-12-05).

    An article right before an organisation or school ("De Klimop", "Het Baken") is neither:
    by the policy (README) the name is annotated without it; replacing it with the name
    hides nothing and loses nothing, so it is not scored either way.
    """
    inside = bytearray(len(text))
    for s in spans:
        inside[s["start"] : s["end"]] = b"\x01" * (s["end"] - s["start"])
    named = {s["start"] for s in spans if s["type"] in ("ORGANISATIE", "SCHOOL")}
    return [
        {"start": m.start(), "end": m.end(), "text": m[0]}
        for m in WORD_RE.finditer(text)
        if not any(inside[m.start() : m.end()])
        and m[0] not in glued
        and not (m[0] in ARTICLES and text[m.end() : m.end() + 1] == " " and m.end() + 1 in named)
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
            out.append({**before[item["id"]], "round": round_of(item)})
            out[-1].pop("split", None)
            continue
        text = text_path(item).read_text(encoding="utf-8")
        spans = spans_of(text, item["entities"])
        out.append(
            {
                "id": item["id"],
                "url": item["url"],
                "genre": item["genre"],
                "licence": item["licence"],
                "round": round_of(item),
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "identifiers": spans,
                "keep": keep_words(text, spans, frozenset(item.get("glued", ()))),
            }
        )
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    splits = Counter(split_of(item, manifest["rounds"]) for item in manifest["texts"])
    n_id = sum(len(t["identifiers"]) for t in out)
    n_keep = sum(len(t["keep"]) for t in out)
    print(f"{len(out)} texts, {n_id} identifier spans, {n_keep} words to keep -> {path}")
    print(f"split (manifest rounds): {dict(splits)}")


if __name__ == "__main__":
    main()
