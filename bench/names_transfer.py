"""What transfers: misses of the names bench classified by shape, counted across rounds.

A rule written after reading one round fixes that round in-sample and often nothing else. This
script counts the SHAPES of misses (missed persons and organisations, replaced ordinary words),
not their strings, so a fix can aim at shapes that recur across rounds, and splits a change's
effect into "rounds it was derived from" and "other rounds".

* ``spans``: run one version of wb's pseudonymiser (``--code COMMIT``: a ``git archive`` of that
  commit's ``wb/``, or the working tree) on some tune rounds and write every replaced span
  to a JSON file (the first measurements of rounds 26-33 are their rounds' ``code_frozen``).
* ``shapes``: read such span files, score them against the annotations and print, per shape,
  how many misses it has in how many rounds; ``--by-detector`` names the rule that replaced
  a kept word.
* ``history``: the code of each round's first measurement run on that round and the later
  ones: what the rules written in between transferred to rounds they were not written from.
* ``scan``: where a shape (a regex) meets the annotations: identifiers caught or missed, words
  to keep kept or replaced, per round; the check before a shape becomes a rule.
* ``transplant``: the working tree's version of some files put onto each round's
  first-measurement code (when that code's files equal ``--base``'s): what a change would
  have done to rounds it was not written from, at their first measurement.
* ``compare``: two span files (before, after) on the same texts: gains and losses per round,
  split into ``--source`` rounds and the others.

Sealed rounds are never read: only rounds whose split is "tune" are loaded.

Usage:
  python bench/names_transfer.py spans --rounds 26-33 [--code COMMIT | --first] --out F.json
  python bench/names_transfer.py shapes F.json [G.json ...] [--by-detector] [--examples]
  python bench/names_transfer.py compare BEFORE.json AFTER.json --source 1-29
  python bench/names_transfer.py scan REGEX SPANS.json [--examples]
  python bench/names_transfer.py history 26-33
  python bench/names_transfer.py transplant --rounds 26-33 --base COMMIT wb/dossiers/x.py ...
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import names_rule_spans  # noqa: E402
from bench_names import HERE, load, splits  # noqa: E402

TITLES = re.compile(
    r"(?:mr|dr|drs|ir|prof|ing|mw|mevr|dhr|mevrouw|de heer|heer|wethouder|burgemeester|"
    r"raadslid|voorzitter|griffier|minister|staatssecretaris|rechter|advocaat|kinderrechter|"
    r"officier|gedeputeerde|directeur|bestuurder|fractievoorzitter|lid|leden|secretaris|"
    r"ombudsman|commissaris|[A-Z]\.)\s*$",
    re.IGNORECASE,
)
CARE_END = re.compile(
    r"(?:zorg|hulp|welzijn|huis|centrum|groep|school|college|team|punt|loket|instituut|"
    r"stichting|kliniek|werk|bureau|academie|fabriek|raad)$",
    re.IGNORECASE,
)
ORG_CUES = re.compile(
    r"(?:stichting|vereniging|organisatie|instelling|aanbieder|zorgaanbieder|bij|van|namens|"
    r"partner|partners|bureau|centrum)\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)


def parse_rounds(text: str) -> set[int]:
    """'26-33' or '1-29,31' -> a set of round numbers."""
    out: set[int] = set()
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return out


def tune_items(rounds: set[int]) -> list[dict]:
    """The present tune texts of those rounds (never a sealed or held-out one)."""
    split_of = splits()
    wanted = {r for r in rounds if split_of.get(r) == "tune"}
    if not wanted:
        return []
    return [i for i in load(max(wanted)) if i["round"] in wanted]  # later texts stay unopened


def run_code(code: str | None, items: list[dict]) -> dict[str, list]:
    """Spans (start, end, placeholder, detector) of wb at commit ``code`` (None: this tree),
    through names_rule_spans (a cached ``git archive`` run in a child process)."""
    if code is None:
        from wb.dossiers.entities import detect_dossier
        from wb.dossiers.pseudonymise import Pseudonymiser

        pseudonymiser = Pseudonymiser()
        out = {}
        for item in items:
            rows = pseudonymiser.dossier([item["text"]])[0].replacements
            source = {(m.start, m.end): m.source for m in detect_dossier([item["text"]])[0]}
            out[item["id"]] = [[r[0], r[1], r[5], source.get((r[0], r[1]), "")] for r in rows]
        return out
    found = names_rule_spans.spans(code, items)
    return {k: [[r[0], r[1], r[3], r[4]] for r in v] for k, v in found.items()}


def cmd_spans(argv: list[str]) -> None:
    """Write the spans of one code version (or each round's first code with --first)."""
    rounds = parse_rounds(argv[argv.index("--rounds") + 1])
    out = Path(argv[argv.index("--out") + 1])
    items = tune_items(rounds)
    spans: dict[str, list] = {}
    if "--first" in argv:
        import yaml

        manifest = yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))
        frozen = {r["round"]: r["code_frozen"] for r in manifest["rounds"]}
        for rnd in sorted({i["round"] for i in items}):
            part = [i for i in items if i["round"] == rnd]
            print(f"round {rnd}: {len(part)} texts on {frozen[rnd]}", file=sys.stderr)
            spans.update(run_code(str(frozen[rnd]), part))
    else:
        code = argv[argv.index("--code") + 1] if "--code" in argv else None
        spans = run_code(code, items)
    out.write_text(json.dumps(spans), encoding="utf-8")


def misses(item: dict, found: list) -> tuple[list[dict], list[dict]]:
    """Missed identifiers (not all non-space characters replaced) and replaced kept words."""
    text = item["text"]
    cover = bytearray(len(text))
    for s, e, *_ in found:
        cover[s:e] = b"\x01" * (e - s)
    missed = [
        ident
        for ident in item["identifiers"]
        if not all(cover[k] or text[k].isspace() for k in range(ident["start"], ident["end"]))
        and not _stichting_caught(ident, text, cover)
    ]
    replaced = [w for w in item["keep"] if any(cover[w["start"] : w["end"]])]
    return missed, replaced


def _stichting_caught(ident: dict, text: str, cover: bytearray) -> bool:
    """bench_names' legal-form allowance: "Stichting X" counts when X is replaced."""
    m = re.compile(r"Stichting\s+").match(text, ident["start"])
    if ident["type"] not in ("ORGANISATIE", "SCHOOL") or not m or m.end() >= ident["end"]:
        return False
    return all(cover[k] or text[k].isspace() for k in range(m.end(), ident["end"]))


def _line(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The text before the span on its line, the span, and the text after it on its line."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return text[a:start], text[start:end], text[end:b]


def _word_kind(word: str) -> str:
    """A coarse class of one word: acronym, capitals, dictionary word, known name, other."""
    from wb.dossiers.entity_data import first_names, is_dutch_word, surnames

    bare = word.strip(".,;:()\"'’‘")
    if not bare:
        return "sign"
    if re.fullmatch(r"[A-Z]{2,6}s?", bare):
        return "acronym"
    if bare.isupper() and len(bare) > 1:
        return "capitals"
    if bare.lower() in first_names():
        return "first-name"
    if bare.lower() in surnames() or bare in surnames():
        return "surname-list"
    if is_dutch_word(bare.lower()):
        return "dictionary"
    return "unknown"


def context_shape(text: str, start: int, end: int) -> str:
    """Where a span stands: line start, after a title, in a list, table cell, heading, ..."""
    before, _span, after = _line(text, start, end)
    b = before.rstrip()
    if re.fullmatch(r"[\s|\t•·\-–*\d.)]*", before) and not after.strip():
        return "whole line"
    if "\t" in before or "|" in before or "\t" in after or "|" in after:
        return "table cell"
    if re.fullmatch(r"[\s•·\-–*\d.)]*", before):
        return "line start"
    if TITLES.search(b):
        return "after title/role"
    if re.search(r"[,;]\s*$", before) or re.search(r"^\s*[,;]", after):
        return "in a list"
    if re.search(r"\b(?:en|of)\s+$", before) or re.match(r"\s+(?:en|of)\b", after):
        return "pair with en/of"
    if re.search(r"[(\[]\s*$", before) or re.match(r"\s*[)\]]", after):
        return "in brackets"
    if ORG_CUES.search(before):
        return "after org cue"
    if re.search(r"[.!?:]\s+$", before) or re.search(r"[\"“‘']\s*$", before):
        return "sentence start"
    return "mid-sentence"


def form_shape(ident_type: str, span: str) -> str:
    """What an identifier or kept word looks like: words, classes, ending."""
    words = span.split()
    if len(words) == 1:
        kind = _word_kind(words[0])
        if CARE_END.search(words[0].strip(".,")) and kind != "acronym":
            return f"1 word, compound on care/org noun ({kind})"
        if "-" in words[0]:
            return f"1 word, hyphenated ({kind})"
        return f"1 word ({kind})"
    kinds = [_word_kind(w) for w in words]
    if kinds[0] == "acronym":
        return f"acronym + {len(words) - 1} word(s)"
    if CARE_END.search(words[-1]) or CARE_END.search(words[0]):
        return f"{len(words)} words with a care/org noun"
    if any(re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words):
        return "initials + name"
    if kinds[0] == "first-name":
        return f"first name + {len(words) - 1} word(s)"
    if all(k == "dictionary" for k in kinds if k != "sign"):
        return f"{len(words)} dictionary words"
    return f"{len(words)} words"


def classify(item: dict, found: list) -> list[tuple[str, str, str, str]]:
    """(kind, shape, context, text) per miss of one text."""
    text = item["text"]
    missed, replaced = misses(item, found)
    out = []
    for ident in missed:
        if ident["type"] not in ("PERSOON", "ORGANISATIE"):
            kind = "missed other"
        else:
            kind = "missed " + ident["type"].lower()
        span = text[ident["start"] : ident["end"]]
        out.append(
            (kind, form_shape(ident["type"], span), context_shape(text, *_range(ident)), span)
        )
    for word in replaced:
        span = text[word["start"] : word["end"]]
        where = context_shape(text, *_range(word))
        if "--by-detector" in sys.argv:
            by = {r[3] for r in found if len(r) > 3 and r[0] < word["end"] and word["start"] < r[1]}
            where += " / " + ",".join(sorted(by))
        out.append(("replaced kept", form_shape("", span), where, span))
    return out


def _range(d: dict) -> tuple[int, int]:
    return d["start"], d["end"]


def cmd_shapes(argv: list[str]) -> None:
    """Per kind and shape: misses, rounds with a miss of that shape, texts."""
    files = [a for a in argv if a.endswith(".json")]
    spans: dict[str, list] = {}
    for f in files:
        spans.update(json.loads(Path(f).read_text(encoding="utf-8")))
    items = [i for i in tune_items(set(range(1, 100))) if i["id"] in spans]
    table: dict[tuple[str, str], list] = defaultdict(list)
    for item in items:
        for kind, form, where, span in classify(item, spans[item["id"]]):
            table[(kind, f"{form} | {where}")].append((item["round"], item["id"], span))
    rounds = sorted({i["round"] for i in items})
    print(f"{len(items)} texts, rounds {rounds[0]}-{rounds[-1]}")
    for kind in ("missed persoon", "missed organisatie", "replaced kept", "missed other"):
        rows = [(k[1], v) for k, v in table.items() if k[0] == kind]
        rows.sort(key=lambda r: (-len({x[0] for x in r[1]}), -len(r[1])))
        total = sum(len(v) for _, v in rows)
        print(f"\n## {kind}: {total}")
        print("| shape | context | misses | rounds | texts |")
        print("|---|---|---|---|---|")
        for shape, v in rows:
            form, where = shape.split(" | ")
            n_rounds = len({x[0] for x in v})
            print(f"| {form} | {where} | {len(v)} | {n_rounds} | {len({x[1] for x in v})} |")
            if "--examples" in argv:
                for rnd, tid, span in v[:6]:
                    print(f"|   | r{rnd} {tid} | {span!r} | | |")


def _scores(spans: dict[str, list], items: list[dict]) -> dict[int, Counter]:
    out: dict[int, Counter] = defaultdict(Counter)
    for item in items:
        missed, replaced = misses(item, spans[item["id"]])
        c = out[item["round"]]
        for ident in item["identifiers"]:
            c["ids"] += 1
            c["persons"] += ident["type"] == "PERSOON"
            c["orgs"] += ident["type"] == "ORGANISATIE"
        c["missed"] += len(missed)
        c["missed persons"] += sum(i["type"] == "PERSOON" for i in missed)
        c["missed orgs"] += sum(i["type"] == "ORGANISATIE" for i in missed)
        c["keep"] += len(item["keep"])
        c["replaced"] += len(replaced)
    return out


def cmd_compare(argv: list[str]) -> None:
    """Gains and losses of AFTER against BEFORE, split into source rounds and the others."""
    before, after = (json.loads(Path(f).read_text(encoding="utf-8")) for f in argv[:2])
    source = parse_rounds(argv[argv.index("--source") + 1])
    items = [i for i in tune_items(set(range(1, 100))) if i["id"] in before and i["id"] in after]
    _print_compare(before, after, items, source)


def _print_compare(before: dict, after: dict, items: list[dict], source: set[int]) -> None:
    """Totals for the source rounds and the others, then every text that changed."""
    sb, sa = _scores(before, items), _scores(after, items)
    for label, keep in (("source rounds", True), ("other rounds", False)):
        tb, ta = Counter(), Counter()
        for rnd in sb:
            if (rnd in source) == keep:
                tb.update(sb[rnd])
                ta.update(sa[rnd])
        if not tb["ids"]:
            continue
        print(
            f"{label}: recall {tb['ids'] - tb['missed']} -> {ta['ids'] - ta['missed']} "
            f"/ {tb['ids']}; persons {tb['persons'] - tb['missed persons']} -> "
            f"{ta['persons'] - ta['missed persons']} / {tb['persons']}; organisations "
            f"{tb['orgs'] - tb['missed orgs']} -> {ta['orgs'] - ta['missed orgs']} / {tb['orgs']}; "
            f"kept {tb['keep'] - tb['replaced']} -> {ta['keep'] - ta['replaced']} / {tb['keep']}"
        )
    for item in items:
        mb, rb = misses(item, before[item["id"]])
        ma, ra = misses(item, after[item["id"]])
        fixed = {i["text"] for i in mb} - {i["text"] for i in ma}
        new = {i["text"] for i in ma} - {i["text"] for i in mb}
        kept_lost = {w["text"] for w in ra} - {w["text"] for w in rb}
        kept_won = {w["text"] for w in rb} - {w["text"] for w in ra}
        if fixed or new or kept_lost or kept_won:
            side = "source" if item["round"] in source else "other"
            print(
                f"  r{item['round']} {item['id']} ({side}): caught {sorted(fixed)} "
                f"leaks {sorted(new)} replaced-kept {sorted(kept_lost)} kept {sorted(kept_won)}"
            )


def cmd_scan(argv: list[str]) -> None:
    """Where a shape (a regex; its group 1, else the whole match) meets the annotations: per
    round, identifiers caught/missed by a span file and words to keep replaced/kept."""
    pattern = re.compile(argv[0])
    spans = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    table: dict[int, Counter] = defaultdict(Counter)
    show = "--examples" in argv
    for item in tune_items(set(range(1, 100))):
        if item["id"] not in spans:
            continue
        text = item["text"]
        missed, replaced = misses(item, spans[item["id"]])
        missed_at = {(i["start"], i["end"]) for i in missed}
        replaced_at = {(w["start"], w["end"]) for w in replaced}
        for m in pattern.finditer(text):
            g = 1 if pattern.groups else 0
            s, e = m.span(g)
            ids = [i for i in item["identifiers"] if i["start"] < e and s < i["end"]]
            keep = [w for w in item["keep"] if w["start"] < e and s < w["end"]]
            if ids:
                what = ids[0]["type"].lower() + (
                    " missed" if (ids[0]["start"], ids[0]["end"]) in missed_at else " caught"
                )
            elif keep:
                hit = any((w["start"], w["end"]) in replaced_at for w in keep)
                what = "kept word " + ("REPLACED" if hit else "kept")
            else:
                what = "not annotated"
            table[item["round"]][what] += 1
            if show:
                print(f"  r{item['round']} {item['id']} {what}: {text[s:e]!r}")
    total: Counter = Counter()
    for rnd in sorted(table):
        total.update(table[rnd])
        print(f"round {rnd}: {dict(table[rnd])}")
    print(f"all: {dict(total)} in {len(table)} rounds")


def _frozen() -> dict[int, str]:
    """Round -> the commit its first measurement ran on (``code_frozen``)."""
    import yaml

    manifest = yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))
    return {r["round"]: str(r["code_frozen"]) for r in manifest["rounds"] if r["code_frozen"]}


def cmd_history(argv: list[str]) -> None:
    """What past rule-writing transferred: the code each round was first measured on, run on
    that round and every later round (all unseen by it when it was frozen)."""
    rounds = sorted(parse_rounds(argv[0]))
    frozen = _frozen()
    items = tune_items(set(rounds))
    cells: dict[tuple[int, int], Counter] = {}
    for k in rounds:
        part = [i for i in items if i["round"] >= k]
        spans = run_code(frozen[k], part)
        for item in part:
            missed, replaced = misses(item, spans[item["id"]])
            c = cells.setdefault((item["round"], k), Counter())
            c["ids"] += len(item["identifiers"])
            c["caught"] += len(item["identifiers"]) - len(missed)
            for typ, key in (("PERSOON", "persons"), ("ORGANISATIE", "orgs")):
                c[key] += sum(i["type"] == typ for i in item["identifiers"])
                c[key + " caught"] += sum(i["type"] == typ for i in item["identifiers"]) - sum(
                    i["type"] == typ for i in missed
                )
            c["keep"] += len(item["keep"])
            c["replaced"] += len(replaced)
    print("| round (texts here) | " + " | ".join(f"code of round {k}" for k in rounds) + " |")
    print("|---" * (len(rounds) + 1) + "|")
    for r in rounds:
        row = []
        for k in rounds:
            c = cells.get((r, k))
            row.append(
                f"{c['caught']}/{c['ids']}, p {c['persons caught']}/{c['persons']}, "
                f"o {c['orgs caught']}/{c['orgs']}, kept -{c['replaced']}"
                if c
                else ""
            )
        n = sum(i["round"] == r for i in items)
        print(f"| {r} ({n}) | " + " | ".join(row) + " |")


def cmd_transplant(argv: list[str]) -> None:
    """A change put onto each round's first-measurement code: the working tree's version of the
    given files replaces the frozen one when the frozen file equals ``--base``'s (else the round
    is left out), and the round's first measurement is redone with it."""
    import shutil
    import tempfile

    rounds = sorted(parse_rounds(argv[argv.index("--rounds") + 1]))
    base = argv[argv.index("--base") + 1]
    files = [a for a in argv if a.startswith("wb/")]
    frozen = _frozen()
    for k in rounds:
        commit = frozen[k]
        same = all(_git_show(commit, f) == _git_show(base, f) for f in files)
        if not same:
            print(f"round {k}: left out ({commit} differs from {base} in {' '.join(files)})")
            continue
        items = tune_items({k})
        before = run_code(commit, items)
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            shutil.copytree(names_rule_spans._tree(commit), tree)
            for f in files:
                shutil.copy(REPO / f, tree / f)
            after = _run_tree(tree, items)
        print(f"round {k} on {commit} + {' '.join(files)}:")
        _print_compare(before, after, items, set())


def _git_show(commit: str, path: str) -> bytes:
    import subprocess

    done = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{commit}:{path}"], capture_output=True, check=False
    )
    return done.stdout if done.returncode == 0 else b""


def _run_tree(tree: Path, items: list[dict]) -> dict[str, list]:
    """Spans of the pseudonymiser in an extracted tree, in a child process."""
    import os
    import subprocess
    import tempfile

    runner = (
        "import json, sys\n"
        "from wb.dossiers.pseudonymise import Pseudonymiser\n"
        "p = Pseudonymiser()\n"
        "texts = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "out = {k: [[r[0], r[1], r[5], ''] for r in p.dossier([t])[0].replacements]"
        " for k, t in texts.items()}\n"
        "json.dump(out, open(sys.argv[2], 'w', encoding='utf-8'))\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.json", Path(tmp) / "out.json"
        src.write_text(json.dumps({i["id"]: i["text"] for i in items}), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(tree))
        subprocess.run(  # cwd: "-c" puts it first on sys.path, before PYTHONPATH
            [sys.executable, "-c", runner, str(src), str(dst)], check=True, env=env, cwd=tmp
        )
        return json.loads(dst.read_text(encoding="utf-8"))


def main() -> None:
    """Dispatch the subcommand."""
    commands = {
        "spans": cmd_spans,
        "shapes": cmd_shapes,
        "compare": cmd_compare,
        "scan": cmd_scan,
        "history": cmd_history,
        "transplant": cmd_transplant,
    }
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        raise SystemExit(__doc__)
    commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    main()
