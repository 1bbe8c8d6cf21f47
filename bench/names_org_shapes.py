"""Missed organisations and schools at first measurement, by shape, across rounds (names-orgs).

Reads two span files of ``bench/names_transfer.py spans`` (the first measurements, ``--first``,
and a later code, e.g. main), takes every ORGANISATIE and SCHOOL identifier missed by the first
measurement of its round, sorts it into one shape (acronym alone, acronym in brackets after a
long name, "Stichting X", a compound on a kind noun, "De X", a team or practice, a school type +
name, a kind word + a place, ...) and prints per shape: misses at first measurement, how many
of them the later code still misses, and the rounds the shape occurs in. Only tune rounds are
loaded (``names_transfer.tune_items``).

Usage: python bench/names_org_shapes.py FIRST.json LATER.json [--rounds 30-40] [--examples]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from names_transfer import misses, parse_rounds, tune_items  # noqa: E402

SCHOOL_TYPE = re.compile(
    r"(?:O?BS|[CP]C?BS|RKBS|PCBS|IKC|SBO|SO|VSO|VO|SG|ISK|KC|OBS|CBS|[Bb]asisschool|"
    r"[Kk]indcentrum|[Ss]chool|[Ll]yceum|[Gg]ymnasium|[Cc]ollege|[Ss]cholengemeenschap|"
    r"[Mm]ontessorischool|[Dd]altonschool|[Jj]enaplanschool)\b"
)
LEGAL = re.compile(r"(?:Stichting|Vereniging|Coöperatie|Coöperatieve|Federatie|Fundatie)\b")
TEAM = re.compile(
    r"(?:Praktijk|Huisartsenpraktijk|Maatschap|Team|Wijkteam|Sociaal team|Buurtteam|Jeugdteam|"
    r"Gezinsteam|Kernteam|Centrum|Huis|Kantoor|Advocatenkantoor|Bureau)\b"
)
ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]*[A-Z0-9](?:'?s)?|[A-Z][a-z]?[A-Z]{2,}[a-z]*")
KIND_END = re.compile(
    r"(?:zorg|groep|centrum|school|college|huis|hof|hulp|welzijn|team|punt|kliniek|werk|"
    r"opvang|academie|instituut|bureau|raad|vereniging|stichting|lyceum|kinderopvang)$",
    re.IGNORECASE,
)
PARTY_CUE = re.compile(r"(?:fractie|partij|raadslid|raadsleden|motie|amendement|coalitie)", re.I)


def shape(kind: str, span: str, before: str, after: str) -> str:
    """One shape for one missed organisation or school."""
    words = span.split()
    before_line = before.rsplit("\n", 1)[-1]
    if kind == "SCHOOL" and SCHOOL_TYPE.match(span) and len(words) > 1:
        return "school type + name (OBS/CBS/IKC/Basisschool X)"
    if LEGAL.match(span):
        return "Stichting/Vereniging X"
    if len(words) == 1 and ACRONYM.fullmatch(span.strip(".,")):
        if re.search(r"\(\s*$", before) and re.search(
            r"[A-Z][a-z]+\s+[a-z]*\s*[A-Z]?\w*\s*\($", before
        ):
            return "acronym in brackets after a long name"
        if re.search(r"\(\s*$", before):
            return "acronym in brackets (other)"
        if PARTY_CUE.search(before[-80:]) or PARTY_CUE.search(after[:40]):
            return "acronym near a party cue (local party?)"
        return "acronym alone"
    if re.match(r"(?:De|Het|'t|’t)\s+\S+$", span):
        return "'De/Het X' (article + one word)"
    if TEAM.match(span):
        return "team/practice/office + name"
    if len(words) == 1 and KIND_END.search(span.strip(".,")):
        return "one-word compound on a kind noun (-zorg/-groep/-school...)"
    if len(words) > 1 and KIND_END.search(words[0]) and words[0][:1].isupper():
        return "kind compound + name/place (Jeugdzorg X, Kinderopvang X)"
    if len(words) > 1 and any(KIND_END.search(w.strip(".,")) for w in words):
        return "several words with a kind noun"
    if PARTY_CUE.search(before_line[-80:]) or PARTY_CUE.search(after[:40]):
        return "name near a party cue (local party)"
    if len(words) == 1:
        return "one word, no kind noun"
    return "several words, no kind noun"


def main() -> None:
    """Print the table (and the examples with --examples)."""
    first = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    later = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    rounds = (
        parse_rounds(sys.argv[sys.argv.index("--rounds") + 1])
        if "--rounds" in sys.argv
        else parse_rounds("30-40")
    )
    items = [i for i in tune_items(rounds) if i["id"] in first and i["id"] in later]
    table: dict[tuple[str, str], list] = defaultdict(list)
    totals: dict[str, int] = defaultdict(int)
    for item in items:
        text = item["text"]
        for ident in item["identifiers"]:
            if ident["type"] in ("ORGANISATIE", "SCHOOL"):
                totals[ident["type"]] += 1
        missed_first, _ = misses(item, first[item["id"]])
        missed_later, _ = misses(item, later[item["id"]])
        still = {(i["start"], i["end"]) for i in missed_later}
        for ident in missed_first:
            if ident["type"] not in ("ORGANISATIE", "SCHOOL"):
                continue
            s, e = ident["start"], ident["end"]
            form = shape(ident["type"], text[s:e], text[max(0, s - 120) : s], text[e : e + 60])
            table[(ident["type"], form)].append(
                (
                    item["round"],
                    item["id"],
                    text[s:e],
                    (s, e) in still,
                    text[max(0, s - 40) : s].replace("\n", " "),
                )
            )
    print(f"{len(items)} texts, rounds {min(rounds)}-{max(rounds)}; identifiers: {dict(totals)}")
    for kind in ("ORGANISATIE", "SCHOOL"):
        rows = [(k[1], v) for k, v in table.items() if k[0] == kind]
        rows.sort(key=lambda r: (-len({x[0] for x in r[1]}), -len(r[1])))
        n = sum(len(v) for _, v in rows)
        left = sum(x[3] for _, v in rows for x in v)
        print(
            f"\n## {kind}: {n} missed at first measurement, {left} still missed by the later code"
        )
        print("| shape | first: misses | rounds | later: still missed | rounds still |")
        print("|---|---|---|---|---|")
        for form, v in rows:
            r_all = sorted({x[0] for x in v})
            r_left = sorted({x[0] for x in v if x[3]})
            print(
                f"| {form} | {len(v)} | {len(r_all)} ({','.join(map(str, r_all))}) | "
                f"{sum(x[3] for x in v)} | {len(r_left)} ({','.join(map(str, r_left))}) |"
            )
            if "--examples" in sys.argv:
                for rnd, tid, span, left_, ctx in v:
                    print(f"|   r{rnd} {tid} {'LEFT' if left_ else 'ok'} | …{ctx!r} [{span!r}] |||")


if __name__ == "__main__":
    main()
