"""First measurements of names rounds, with the detector that made every replacement.

Run with ``PYTHONPATH=<code>`` set to the worktree whose wb is measured (an old commit's
detached worktree for a first measurement, or this one for main's code). The annotations are
always this file's own (bench/realtext/names of the worktree that holds this script).

Every function that ``wb.dossiers.entities`` calls from another ``wb.dossiers`` module is
wrapped so that the mentions it returns carry its name (an attribute ``_by`` on the mention;
output unchanged), and the final mentions of ``detect_dossier`` are kept with it.

Usage: python bench/names_firsts.py --round N --out FILE.json
Only rounds of split "tune" are accepted (sealed rounds are never read).
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "realtext" / "names"
LOCAL = Path(__file__).resolve().parent / "data" / "realtext_names"


def tune_items(number: int) -> list[dict]:
    """The texts of one tune round (a sealed or held-out round is refused before any read)."""
    import yaml

    manifest = yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))
    split = {r["round"]: r["split"] for r in manifest["rounds"]}
    if split.get(number) != "tune":
        raise SystemExit(f"round {number} is not a tune round")
    items = json.loads((HERE / "annotations.json").read_text(encoding="utf-8"))
    out = []
    for item in items:
        if item.get("round", 1) != number:
            continue
        folder = HERE / "texts" if item["licence"] == "public" else LOCAL
        path = folder / f"{item['id']}.txt"
        if not path.exists():
            print(f"(skipped {item['id']}: not here)")
            continue
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode()).hexdigest() != item["sha256"]:
            raise SystemExit(f"{path}: text differs from the annotated one")
        item["text"] = text
        out.append(item)
    return out


def _tagging(fn, name):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        if isinstance(result, list | tuple):
            for m in result:
                if hasattr(m, "start") and hasattr(m, "source") and not hasattr(m, "_by"):
                    m._by = name
        return result

    return wrapper


_ORIGINALS: list[tuple[object, str, object]] = []


def restore() -> None:
    """Undo :func:`instrument`."""
    while _ORIGINALS:
        module, name, fn = _ORIGINALS.pop()
        setattr(module, name, fn)


def instrument() -> list[list]:
    """Wrap the detectors entities calls; return the list that collects detect_dossier's output."""
    import wb.dossiers.entities as entities
    import wb.dossiers.pseudonymise as pseudonymise

    for name, fn in list(vars(entities).items()):
        module = getattr(fn, "__module__", "") or ""
        if callable(fn) and module.startswith("wb.dossiers.") and module != entities.__name__:
            if isinstance(fn, type):
                continue
            _ORIGINALS.append((entities, name, fn))
            setattr(entities, name, _tagging(fn, f"{module.rsplit('.', 1)[1]}.{name}"))
    for name in ("_user_mentions", "_street_word_before"):
        if hasattr(entities, name):
            _ORIGINALS.append((entities, name, getattr(entities, name)))
            setattr(entities, name, _tagging(getattr(entities, name), f"entities.{name}"))
    captured: list[list] = []
    original = pseudonymise.detect_dossier

    def capture(*args, **kwargs):
        result = original(*args, **kwargs)
        captured.append(result)
        return result

    _ORIGINALS.append((pseudonymise, "detect_dossier", original))
    pseudonymise.detect_dossier = capture
    return captured


def main() -> None:
    """Run the wb on PYTHONPATH over one tune round and write every replacement with its maker."""
    number = int(sys.argv[sys.argv.index("--round") + 1])
    out = Path(sys.argv[sys.argv.index("--out") + 1])
    items = tune_items(number)
    captured = instrument()
    import wb
    from wb.dossiers.pseudonymise import Pseudonymiser

    pseudonymiser = Pseudonymiser()
    rows = []
    for item in items:
        captured.clear()
        pseudo = pseudonymiser.dossier([item["text"]])[0]
        mentions = captured[-1][0]
        spans = [(r[0], r[1], r[4]) for r in pseudo.replacements]
        made = [(m.start, m.end, m.type, getattr(m, "_by", "?"), m.source) for m in mentions]
        if [s[:2] for s in spans] != [m[:2] for m in made]:
            raise SystemExit(f"{item['id']}: replacements differ from the mentions")
        rows.append({"id": item["id"], "round": number, "mentions": made})
    out.write_text(json.dumps({"code": wb.__file__, "texts": rows}, indent=0), encoding="utf-8")
    print(f"round {number}: {len(rows)} texts -> {out} (code {wb.__file__})")


if __name__ == "__main__":
    main()
