"""Fixed-shape identifiers on the real-text names set: recall per type on rounds <= 52 and 53-58.

Runs wb once on the tune texts of rounds <= 58 that are present (the list frozen in FROZEN on the
first run, so that before and after cover the same texts), prints recall per type, kept words
and consistency for rounds <= 52 and 53-58, and writes to OUT the totals, the missed identifiers
other than persons, places, organisations and schools, the replaced words to keep, and every span
with a placeholder of an identifier type (address, postcode, phone, e-mail, BSN, date) that touches
no identifier or a word to keep. Sealed rounds are never opened.
Usage: PYTHONPATH=REPO python bench/names_ids_check.py REPO OUT FROZEN
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

NAMES = ("PERSOON", "PLAATS", "ORGANISATIE", "SCHOOL")
ID_TYPES = ("ADRES", "POSTCODE", "TELEFOON", "EMAIL", "BSN", "DATUM")


def main() -> None:
    """Measure, print the two round groups, write the listing."""
    repo, out, frozen = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    sys.path[:0] = [str(repo), str(repo / "bench")]
    with contextlib.redirect_stdout(io.StringIO()):
        import bench_names as bn

        items = bn.load(open_sealed=set())
    tune = [i for i in items if i["split"] == "tune" and i["round"] <= 58 and "text" in i]
    if not frozen.exists():
        frozen.write_text(json.dumps(sorted(i["id"] for i in tune)))
    ids = set(json.loads(frozen.read_text()))
    tune = [i for i in tune if i["id"] in ids]
    spans = bn.wb_system([i["text"] for i in tune])
    for name, low, high in (("rounds <= 52", 0, 52), ("rounds 53-58", 53, 58)):
        sel = [(i, s) for i, s in zip(tune, spans, strict=True) if low <= i["round"] <= high]
        r = bn.score([i for i, _ in sel], [s for _, s in sel])
        per = " ".join(f"{t}={r['caught'][t]}/{r['total'][t]}" for t in sorted(r["total"]))
        print(f"{name}: {len(sel)} texts {per} kept={r['kept']}/{r['keep_total']}", end=" ")
        print(f"consistency={r['consistent']}/{r['entities']} merges={r['merged']}")
    r = bn.score(tune, spans)
    lines = [f"{len(tune)} texts"]
    lines += [f"{t:14} {r['caught'][t]}/{r['total'][t]}" for t in sorted(r["total"])]
    lines.append(f"kept {r['kept']}/{r['keep_total']}")
    lines.append(f"consistency {r['consistent']}/{r['entities']} merges {r['merged']}")
    lines += ["leak " + " | ".join(map(str, x)) for x in r["leaks"] if x[1] not in NAMES]
    lines += ["repl " + " | ".join(map(str, w)) for w in r["replaced_words"]]
    for item, found in zip(tune, spans, strict=True):
        text = item["text"]
        for s, e, ph in found:
            if not ph or not any(t in ph for t in ID_TYPES):
                continue
            hit = any(d["start"] < e and s < d["end"] for d in item["identifiers"])
            kept = [w["text"] for w in item["keep"] if w["start"] < e and s < w["end"]]
            if not hit or kept:
                where = text[max(0, s - 40) : e + 30]
                lines.append(f"xtra {item['id']} {ph} {text[s:e]!r} keep={kept} {where!r}")
    out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
