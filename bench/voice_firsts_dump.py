"""Write the label hits of the wb on PYTHONPATH (an old commit) for one unsealed batch, as JSON.

voice-firsts: the first measurement of a labels round is reproduced by running the wb of the
commit that measured it on today's copies of the texts (bench/voice_firsts.py scores the hits
against today's annotations). One commit at a time, in a detached worktree:

    git -C /work/main worktree add --detach /work/wt/voice-firsts-old COMMIT
    ln -s /work/main/bench/data /work/wt/voice-firsts-old/bench/data
    PYTHONPATH=/work/wt/voice-firsts-old python bench/voice_firsts_dump.py BATCH COMMIT \\
        /tmp/vf/hits-BATCH-COMMIT.json /work/wt/voice-firsts-old
    git -C /work/main worktree remove --force /work/wt/voice-firsts-old

It uses only ``LabelFinder(lexicon[, voice_model="learned"]).fit().find(id, doc, self_terms=...,
metadata=...)``, the API every wb since round 14 has, as that commit's bench_labels did.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SEALED = {32, 33, 34}  # bench_labels.SEALED_BATCHES of today; an old commit's copy may differ


def main() -> None:
    """Dump the hits of one batch."""
    batch, commit, out, root = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    if batch in SEALED:
        raise SystemExit(f"batch {batch} is verzegeld")
    import wb
    from wb.dossiers.labels import LabelFinder
    from wb.dossiers.voice import self_terms

    if str(root) not in wb.__file__:
        raise SystemExit(f"wb komt niet uit {root}: {wb.__file__}")
    manifest = yaml.safe_load((REPO / "bench/realtext/labels/manifest.yaml").read_text("utf-8"))
    lexicon = root / "codebooks" / "labels.yaml"
    try:
        finder = LabelFinder(lexicon, voice_model="learned").fit()
    except TypeError:  # a wb without the choice of voice model
        finder = LabelFinder(lexicon).fit()
    res = {}
    for e in manifest["texts"]:
        if e.get("batch", 1) != batch:
            continue
        folder = (
            REPO / "bench/realtext/labels/texts"
            if e.get("committed")
            else REPO / "bench/data/labels"
        )
        path = folder / f"{e['id']}.txt"
        if not path.exists():
            continue
        doc = finder.nlp(path.read_text("utf-8"))
        meta = {"genre": e.get("genre", "")}
        try:
            hits = finder.find(e["id"], doc, self_terms=self_terms(None), metadata=meta)
        except TypeError:  # a wb before genre metadata
            hits = finder.find(e["id"], doc, self_terms=self_terms(None))
        res[e["id"]] = [h.to_json() for h in hits]
    out.write_text(json.dumps({"commit": commit, "hits": res}, ensure_ascii=False), "utf-8")
    print(commit, batch, len(res), sum(len(h) for h in res.values()))


if __name__ == "__main__":
    main()
