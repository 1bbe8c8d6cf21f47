"""Apply the context-coding policy (corpora/README.md, "Perspectief uit de context") to the gold.

Run from the repository root: ``python corpora/_build/gold_context_policy.py [--write]``.
Without ``--write`` it only prints what it would change. The policy is applied by hand-made
rules, not by wb: the narrator of a story is its front matter's ``perspective``; the speaker of
a turn in minutes is its label, mapped to a code by the table below (written by hand from the
labels of the seven minutes). A sentence of that narrator or speaker carries the perspective
code when it is the label sentence of the turn or is in the first person (ik, mij, mijn, we,
ons, ... outside double quotes); a context coding of that code on any other sentence of the
story or turn is removed. Explicit codings (shown by the sentence's own words) are kept.

Rule 3 of the policy, an organisation in a speaker label is not a topic of the turn, was applied
by reading each turn's first sentence (every organisation code on a label sentence of the seven
minutes, 13 in all): kept where the words after the label name the organisation or its work
("Op school", "Vanuit de rechtspraak", "advocaten", "Veilig Thuis", "jeugdbeschermingsmaatregel"),
removed in the six sentences of ORG_FROM_LABEL_ONLY. Since 2026-12-03 (codes4) the rule covers a
role or background in the label too ("(vader, Marokkaans-Nederlandse achtergrond)"): all 43
topic codes on label sentences were read, one stood on the label alone and is the seventh entry.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from wb.corpus.readers import read_document  # noqa: E402
from wb.corpus.turns import speaker as _speaker  # noqa: E402

GOLD = ROOT / "corpora" / "coding_gold.jsonl"
P = "Perspectief/"
STORY = {
    "ouder": P + "Ouder",
    "grootouder": P + "Grootouder",
    "jongere": P + "Kind en jongere",
    "professional": P + "Professional",
    "ervaringsdeskundige": P + "Ervaringsdeskundige",
}
#: the speaker labels of corpora/notulen, by the first words of the role (decided by hand)
TURN = [
    ("ervaringsdeskundige jongere", P + "Kind en jongere"),
    ("ervaringsdeskundige jongvolwassene", P + "Kind en jongere"),
    ("ervaringsdeskundige moeder", P + "Ouder"),
    ("ervaringsdeskundige ouder", P + "Ouder"),
    ("grootmoeder", P + "Grootouder"),
    *(
        (role, P + "Professional")
        for role in (
            "beleidsmedewerker",
            "docent",
            "familiemediator",
            "familierechtadvocaat",
            "gedragswetenschapper",
            "intern begeleider",
            "jeugdbeschermer",
            "kinderbehartiger",
            "kinderrechter",
            "medewerker veilig thuis",
            "mediator",
            "mentor",
            "onderzoeker",
            "raadsonderzoeker",
            "teamleider wijkteam",
            "wijkteammedewerker",
        )
    ),
]
#: (document, opening of the sentence, code): organisation codes that only the label gave
ORG_FROM_LABEL_ONLY = [
    (
        "notulen/2023-01-24_leernetwerk.txt",
        "Raadsonderzoeker (Raad voor de Kinderbescherming): Wij vragen",
        "Rechtspraak/Raad voor de Kinderbescherming",
    ),
    (
        "notulen/2023-03-14_scheidingstafel_veiligheid.txt",
        "Medewerker Veilig Thuis: Bij ons komt",
        "Veiligheid/Veilig Thuis",
    ),
    (
        "notulen/2023-03-14_scheidingstafel_veiligheid.txt",
        "Medewerker Veilig Thuis: Wij dragen",
        "Veiligheid/Veilig Thuis",
    ),
    (
        "notulen/2023-05-09_werkgroep_stem_van_het_kind.txt",
        "Raadsonderzoeker (RvdK): In ons onderzoek",
        "Rechtspraak/Raad voor de Kinderbescherming",
    ),
    (
        "notulen/2023-07-04_leernetwerk.txt",
        "Intern begeleider (basisschool): Wij zijn vaak",
        "Netwerk en school/School",
    ),
    (
        "notulen/2024-02-06_klankbordgroep.txt",
        "Medewerker Veilig Thuis: Dat is precies",
        "Veiligheid/Veilig Thuis",
    ),
    # rule 3 for a role or background in the label (2026-12-03, codes4): the words after the
    # label speak of family decisions, the background only stands in the label
    (
        "notulen/2024-02-06_klankbordgroep.txt",
        "Ervaringsdeskundige ouder (vader, Marokkaans-Nederlandse achtergrond): In onze familie",
        "Cultuursensitief werken/Cultuur en achtergrond",
    ),
]
FIRST_PERSON = re.compile(r"\b(?:ik|me|mij|mijn|m'n|mezelf|mijzelf|we|wij|ons|onze)\b", re.I)
QUOTED = re.compile(r"[\"“„][^\"”“]*[\"”]")


def first_person(sentence: str) -> bool:
    """True when the sentence has a first-person word outside double quotes."""
    return bool(FIRST_PERSON.search(QUOTED.sub(" ", sentence)))


def turn_code(label: str) -> str:
    """The perspective code of a speaker label (every label of the minutes has one)."""
    role = label.lower()
    for start, code in TURN:
        if role.startswith(start):
            return code
    raise SystemExit(f"geen code voor sprekerslabel {label!r}")


def scopes(doc: str, text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, code, label end) of each story or turn with a known narrator."""
    if doc.startswith("verhalen/"):
        meta = read_document(ROOT / "corpora" / doc).front_matter
        return [(0, len(text), STORY[meta["perspective"]], None)]
    out = []
    pos = 0
    for block in text.split("\n\n"):
        speaker = _speaker(block.split("\n", 1)[0])
        if speaker is not None:
            out.append((pos, pos + len(block), turn_code(speaker), pos + block.index(":")))
        pos += len(block) + 2
    return out


def main(write: bool) -> None:
    """Print (and with write=True store) the gold changes the policy makes."""
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    texts: dict[str, str] = {}
    added: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    for row in rows:
        doc = row["doc"]
        if doc not in texts:
            texts[doc] = read_document(ROOT / "corpora" / doc).text
        text = texts[doc]
        sentence = text[row["start"] : row["end"]]
        for org_doc, opening, org_code in ORG_FROM_LABEL_ONLY:
            if doc == org_doc and sentence.startswith(opening) and org_code in row["codes"]:
                row["codes"] = sorted(set(row["codes"]) - {org_code})
                row["context"] = sorted(set(row["context"]) - {org_code})
                removed[org_code] += 1
                print("-", org_code.split("/")[-1], "|", doc, "|", sentence[:90])
        for start, end, code, label_end in scopes(doc, text):
            if not start <= row["start"] < end:
                continue
            is_label = label_end is not None and row["start"] <= label_end < row["end"]
            heading = sentence.lstrip().startswith("#")
            if (is_label or first_person(sentence)) and not heading:
                if code not in row["codes"]:
                    row["codes"] = sorted({*row["codes"], code})
                    if not is_label:
                        row["context"] = sorted({*row["context"], code})
                    added[code] += 1
                    print("+", code.split("/")[-1], "|", doc, "|", sentence[:90])
            elif code in row["context"]:
                row["codes"] = sorted(set(row["codes"]) - {code})
                row["context"] = sorted(set(row["context"]) - {code})
                removed[code] += 1
                print("-", code.split("/")[-1], "|", doc, "|", sentence[:90])
    print("erbij:", dict(added), sum(added.values()))
    print("eraf:", dict(removed), sum(removed.values()))
    if write:
        from wb.atomic import write_atomic

        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        write_atomic(GOLD, lines)


if __name__ == "__main__":
    main("--write" in sys.argv[1:])
