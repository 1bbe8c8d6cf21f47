"""labels-voice: which voice scheme generalises, each tune batch 31-45 left out in turn.

Run from the repository root:
    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/voice_leave_round_out.py --cache /tmp/rows.pkl

Rows: bench/train_voice.py's (every matched occurrence of the present tune texts, plus the
synthetic dossiers, which always train; the sealed batches of bench_labels.SEALED_BATCHES are
never read). For each of batches 31-45 (rounds 27-41, each measured once before it became tune
material; ``--last 43`` gives labels-voice's batches 31-43) the voice of its rows is scored by:

- ``rules``: the rules alone (``wb labels --rules``);
- ``shipped``: the default as wb applies it, with the bundled weights
  (wb/dossiers/voice_weights.json, trained on rounds 1-8 = batches up to 11, so out of sample on
  every batch here); the guard keeps the rules' asserted where its cues hold;
- ``shipped, no guard``: the bundled model decides wherever the rules say asserted;
- ``retrain all``: the model refitted without the batch on every other row (C fixed), guard on;
- ``retrain model rows``: refitted without the batch on the rows the model decides (rules say
  asserted, no guard cue), guard on (voice18's form);
- ``retrain, no guard``: refitted without the batch on every other row, deciding every asserted.

The retrains use voice_components.held_out (the same fold loop voice_components' --loro uses).
The rules and the guard were written while reading batches up to 42, so for them only batch 43's
first measurement is unseen (bench/README.md, "Round 39"); the model columns are out of sample.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_voice as tv
import voice_components as vc
from bench_labels import SEALED_BATCHES

from wb.dossiers.voice_model import VoiceModel

HELD = tuple(range(31, 44))  # batches 31-43 = rounds 27-39 (labels-voice's)
LAST_TUNE = 53  # labels-voice8: batches up to 53 are tune now; --last (default) leaves out 31-53


def model_rows(row: dict) -> bool:
    """A row the model decides in wb: the rules say asserted and no guard cue holds."""
    return row["rule"] == "asserted" and not row["guard"]


def schemes(data: list[dict], c: float) -> dict[str, dict[int, str]]:
    """The voice of every row of the held batches under each scheme (row id -> voice)."""
    held = [r for r in data if r["batch"] in HELD]
    shipped = VoiceModel.load(tv.SHIPPED)
    out: dict[str, dict[int, str]] = {
        "rules": {id(r): r["rule"] for r in held},
        "shipped": {id(r): v for r, (_, v) in zip(data, vc.decided(data, shipped), strict=True)},
    }
    tv.OVERRIDE_ONLY.add("asserted")
    tv.GUARD = False
    out["shipped, no guard"] = {
        id(r): v
        for r, v in zip(data, tv._as_wb([shipped.predict(r["f"]) for r in data], data), strict=True)
    }
    out["retrain, no guard"] = vc.held_out(data, "batch", HELD, lambda r: True, c)
    tv.GUARD = True
    out["retrain all"] = vc.held_out(data, "batch", HELD, lambda r: True, c)
    out["retrain model rows"] = vc.held_out(data, "batch", HELD, model_rows, c)
    return out


def table(data: list[dict], voices: dict[str, dict[int, str]]) -> None:
    """Per held batch and pooled: voice right of each scheme over the same rows."""
    names = list(voices)
    print("| batch | rows | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    total: Counter = Counter()
    for batch in HELD:
        rows = [r for r in data if r["batch"] == batch]
        if not rows:
            continue
        right = {n: sum(voices[n][id(r)] == r["gold"] for r in rows) for n in names}
        total.update(right)
        total["rows"] += len(rows)
        print(f"| {batch} | {len(rows)} | " + " | ".join(str(right[n]) for n in names) + " |")
    n = total["rows"]
    cells = " | ".join(f"**{total[k] / n:.3f}** ({total[k]})" for k in names)
    print(f"| {HELD[0]}-{HELD[-1]} pooled | {n} | {cells} |")


def confusion(data: list[dict], voices: dict[int, str], name: str) -> None:
    """Gold -> found of the wrong voices of one scheme on the held batches."""
    wrong = Counter(
        (r["gold"], voices[id(r)])
        for r in data
        if r["batch"] in HELD and voices[id(r)] != r["gold"]
    )
    print(f"  {name}: " + ", ".join(f"{g} -> {f} {k}" for (g, f), k in wrong.most_common()))


def main() -> None:
    """The leave-one-batch-out voice table."""
    global HELD
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="rijen van train_voice hier bewaren/lezen")
    parser.add_argument("--c", type=float, default=0.03, help="C van de hertraining")
    parser.add_argument("--last", type=int, default=LAST_TUNE, help="laatste batch die uitvalt")
    args = parser.parse_args()
    assert args.last <= LAST_TUNE
    HELD = tuple(range(31, args.last + 1))
    assert not set(HELD) & SEALED_BATCHES
    data = vc.load(args.cache)
    assert not {r["batch"] for r in data} & SEALED_BATCHES
    real = [r for r in data if r["round"] != "synthetic"]
    print(
        f"{len(real)} echte rijen ({len({r['text'] for r in real})} teksten), "
        f"{sum(r['batch'] in HELD for r in real)} in batches {HELD[0]}-{HELD[-1]}; "
        f"synthetisch {len(data) - len(real)} (altijd training)"
    )
    voices = schemes(data, args.c)
    table(data, voices)
    for name, v in voices.items():
        confusion(data, v, name)


if __name__ == "__main__":
    main()
