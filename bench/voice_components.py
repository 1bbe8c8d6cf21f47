"""Which component of the default voice decided each wrong voice, and retrains under LORO.

The default voice (:func:`wb.dossiers.voice_model.learned_voice`) is the rules' voice, except
where the rules say asserted: there the guard (:func:`wb.dossiers.voice_assertion.keeps_asserted`)
keeps asserted when its cues hold, and the bundled model decides otherwise. On the rows of
bench/train_voice.py (every matched occurrence of the present tune texts; the sealed batches of
LEFT_OUT_BATCHES are never read) this prints, for the bundled weights, how many voices each
component decided and got wrong (the guard split by the cue that kept asserted:
bench/voice_trace.keep_reason), and with ``--loro`` the leave-one-round-out voice of retrains
(all rows, or only the rows the model decides) next to the bundled weights. Run from the root:

    PYTHONPATH=$PWD python bench/voice_components.py --cache /tmp/rows.pkl [--loro] [--c 0.03]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_voice as tv
from voice_trace import keep_reason

from wb.dossiers.voice import VoiceResolver
from wb.dossiers.voice_assertion import assertion_cues, keeps_asserted
from wb.dossiers.voice_model import VoiceModel


def component(resolver: VoiceResolver, start: int, end: int, label: str = "") -> str:
    """Which part of the default decides the span's voice: rules, guard:<cue> or model."""
    if resolver.voice(start, end) != "asserted":
        return "rules"
    cues = assertion_cues(resolver, start, end, label)
    return "guard:" + keep_reason(cues) if keeps_asserted(cues) else "model"


def load(cache: Path | None) -> list[dict]:
    """The rows of train_voice (from the cache when given), without the rules' features."""
    if cache and cache.exists():
        data = pickle.loads(cache.read_bytes())
    else:
        data = tv.rows()
        if cache:
            cache.write_bytes(pickle.dumps(data))
    for r in data:
        r["f"] = {k: v for k, v in r["f"].items() if not k.startswith(("rule=", "r:"))}
        cues = {k[2:]: True for k in r["f"] if k.startswith("a:")}
        r["why"] = "guard:" + keep_reason(cues) if r["guard"] else ""
    return data


def decided(data: list[dict], model: VoiceModel) -> list[tuple[str, str]]:
    """(component, voice) of each row as the default gives it with the given weights."""
    out: list[tuple[str, str]] = []
    for k, r in enumerate(data):
        if r["appos"] and k and data[k - 1]["text"] == r["text"]:
            out.append(out[-1])
        elif r["rule"] != "asserted":
            out.append(("rules", r["rule"]))
        elif r["guard"]:
            out.append((r["why"], "asserted"))
        else:
            out.append(("model", model.predict(r["f"])))
    return out


def components(data: list[dict]) -> None:
    """Print the rows each component decided and got wrong, with gold -> found."""
    model = VoiceModel.load(tv.SHIPPED)
    n: Counter = Counter()
    wrong: Counter = Counter()
    confusion: Counter = Counter()
    real = [(r, d) for r, d in zip(data, decided(data, model), strict=True)]
    synth = [p == r["gold"] for r, (_, p) in real if r["round"] == "synthetic"]
    real = [(r, d) for r, d in real if r["round"] != "synthetic"]
    for r, (comp, voice) in real:
        top = comp.split(":")[0]
        for key in {comp, top}:
            n[key] += 1
            wrong[key] += voice != r["gold"]
        if voice != r["gold"]:
            confusion[top, r["gold"], voice] += 1
    right = sum(n[k] - wrong[k] for k in ("rules", "guard", "model"))
    print(f"echte rijen {len(real)}, stem goed {right} ({right / len(real):.3f}); ", end="")
    print(f"synthetisch {sum(synth)}/{len(synth)}")
    for key in sorted(n, key=lambda k: (k.split(":")[0], -n[k])):
        print(f"  {key:28s} beslist {n[key]:4d}  fout {wrong[key]:3d}")
    for (comp, gold, found), count in confusion.most_common():
        print(f"    {comp:6s} {gold} -> {found}: {count}")


def _late(name: str) -> bool:
    """A round the bundled weights were not trained on (rounds 9 and later)."""
    return name.startswith("held-out-") and int(name[9:]) > tv.OLD_LAST_ROUND


def loro(data: list[dict], c: float) -> None:
    """Leave one round out: retrains (all rows, or the model's own rows) against the bundled."""
    tv.GUARD = True
    tv.OVERRIDE_ONLY.add("asserted")
    real = [r for r in data if r["round"] != "synthetic"]
    rounds = sorted({r["round"] for r in real})
    bundled = [p for _, p in decided(data, VoiceModel.load(tv.SHIPPED))]
    ok = [p == r["gold"] for p, r in zip(bundled, data, strict=True) if r["round"] != "synthetic"]
    late = [_late(r["round"]) for r in real]
    _line("meegeleverde gewichten (ronde 1-8 in-sample)", ok, late)
    variants = (
        ("hertraind, alle rijen", lambda r: True),
        (
            "hertraind, alleen rijen die het model beslist",
            lambda r: r["rule"] == "asserted" and not r["guard"],
        ),
    )
    for name, keep in variants:
        voices = held_out(data, "round", rounds, keep, c)
        _line(f"{name}, C {c}, LORO", [voices[id(r)] == r["gold"] for r in real], late)


def held_out(
    data: list[dict], key: str, groups: Iterable, keep: Callable[[dict], bool], c: float
) -> dict[int, str]:
    """The voice of each row of the given groups (values of row[key]: a round or a batch) from
    a model retrained without that group on the rows `keep` accepts, applied as wb does."""
    voices: dict[int, str] = {}
    for held in groups:
        test = [r for r in data if r[key] == held]
        if not test:
            continue
        train = [r for r in data if r[key] != held and keep(r)]
        vec, model = tv.fit(train, c)
        for p, r in zip(tv.predict(vec, model, test), test, strict=True):
            voices[id(r)] = p
    return voices


def _line(name: str, ok: list[bool], late: list[bool]) -> None:
    """One line: right over all real rows and over rounds 9+."""
    n9 = sum(late)
    r9 = sum(o for o, x in zip(ok, late, strict=True) if x)
    print(
        f"  {name:52s} alle {sum(ok) / len(ok):.3f} ({sum(ok)}/{len(ok)})  "
        f"ronde 9+ {r9 / n9:.3f} ({r9}/{n9})"
    )


def main() -> None:
    """Components of the default voice; with --loro the retrains left one round out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="rijen van train_voice hier bewaren/lezen")
    parser.add_argument("--loro", action="store_true", help="hertrainingen per ronde weglaten")
    parser.add_argument("--c", type=float, default=0.03, help="C van de hertraining")
    args = parser.parse_args()
    data = load(args.cache)
    components(data)
    if args.loro:
        loro(data, args.c)


if __name__ == "__main__":
    main()
