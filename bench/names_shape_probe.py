"""Shapes, not strings: made-up names in the shapes real texts write them in.

Each template is one shape of a person or organisation mention (after a title at a line's
start, bare in a list, in a table cell, ...) with ``{S}`` (a surname), ``{F}`` (a first name)
and ``{O}`` (an organisation's own word) filled with made-up names of three kinds: unknown to
every list, on wb's name lists, and an ordinary Dutch word used as a name. A shape is caught when
every character of the filled name is replaced. A rule that works for a shape works for every
name in it, so this measures what a rule can transfer, not which string it was written for.

Usage: python bench/names_shape_probe.py [--failing]
"""

from __future__ import annotations

import sys

# surnames: unknown to every list / on wb's name lists / ordinary words
SURNAMES = {
    "unknown": ("Drielsma", "Vlemminx"),
    "listed": ("Ottink", "Vermeeren"),
    "word": ("Kuiken", "Hazelhoef"),
}
FIRST = ("Marloes", "Joost")
# organisation words: unknown / ordinary words
ORGS = {"unknown": ("Vlemmerhof", "Zorgvliet"), "word": ("Horizon", "Kompasroos")}

PERSONS = (
    ("title at line start", "Aanwezig:\nMevrouw {S} (voorzitter)\nDe heer {S} (secretaris)"),
    ("title mid-sentence", "Het woord is aan de heer {S}, die de motie toelicht."),
    ("role before surname", "Volgens wethouder {S} is het geld op."),
    ("surname and party", "Het raadslid {S} (VVD) stelde vragen."),
    ("bare surname in a list", "Aanwezig: {S}, De Vries en Jansen. Afwezig: geen."),
    ("list of members", "Leden: {S} (CDA), Bakker (D66) en Smit (PvdA)."),
    ("table cell", "Naam\tFunctie\n{S}\tvoorzitter\nJansen\tlid"),
    ("table row with pipes", "| {S} | voorzitter |\n| Jansen | lid |"),
    ("initials and surname", "Ondertekend door J.P. {S} namens het college."),
    ("initials without stops", "J {S} en P Jansen waren aanwezig."),
    ("surname, initials", "{S}, J.P. (2019). Scheiden in Nederland. Utrecht."),
    ("first and surname", "Dat zegt {F} {S} van de wijkteams."),
    ("says the surname", "'Dat is lastig,' zegt {S}. Ze werkt al tien jaar in de wijk."),
    ("surname as subject later", "{F} {S} leidt het team. {S} werkt er sinds 2010."),
    ("byline", "Door: {F} {S}\n\nDe gemeente gaat bezuinigen."),
    ("author and year", "Uit onderzoek ({S}, 2019) blijkt dat kinderen lijden."),
    ("double surname", "Mevrouw {S}-Jansen opende de vergadering."),
    ("chair colon", "Voorzitter: {S}\nGriffier: Jansen"),
    # shapes of first-measurement misses of rounds 30-33 (t646, t649, t682, t695, t706)
    ("motion's signatures", "en gaat over tot de orde van de dag.\n\nBakker\n\n{S}\n\nJansen\n"),
    ("surname, first name in a row", "PORT. HOUDER {S}, {F} SAM-MO Janneke de Wit\n"),
    ("broken double surname", "advocaat: mr. M. {S}- Jansen te Houten"),
    ("two first names, particles", "Kinderombudsman {F} Martien van der {S} benadrukt dat."),
    (
        "members' list",
        "de initiatiefnota van de leden Omtzigt, {S}, Dassen, {F} Simons en Bakker over",
    ),
)
ORGANISATIONS = (
    ("legal form", "De Stichting {O} biedt opvang aan jongeren."),
    ("provider noun before", "Jeugdzorgaanbieder {O} opent een nieuwe locatie."),
    ("at the organisation", "Zij werkt bij {O} in Zwolle als ambulant hulpverlener."),
    ("organisation with location", "De jongere verblijft in {O}, locatie Noord."),
    ("name and group", "De {O} Groep neemt de zorg over."),
    ("care noun and name", "Kinderopvang {O} is in 2013 gestart."),
    ("name in brackets with kind", "Het kinderdagverblijf (KDV) {O} werd bezocht."),
    # the title of a childcare inspection report (rounds 2, 26-29, 32, 33)
    ("report title, line of its own", "Inspectierapport\n\n{O} aan huis (GOB) Kerkstraat 5\n"),
    ("report title, kind first", "Inspectierapport Gastouderbureau {O} aan Huis (GOB) Kerkstraat"),
    ("report title, adjective and kind", "Inspectierapport Christelijke Kinderopvang {O} (KDV)"),
)


def runs() -> list[tuple[str, str, str, str, str]]:
    """(kind, shape, name kind, text, name) for every template and filler."""
    out = []
    for shape, template in PERSONS:
        for kind, names in SURNAMES.items():
            for i, name in enumerate(names):
                text = template.format(S=name, F=FIRST[i])
                out.append(("person", shape, kind, text, name))
    for shape, template in ORGANISATIONS:
        for kind, names in ORGS.items():
            for name in names:
                out.append(("organisation", shape, kind, template.format(O=name), name))
    return out


def caught(text: str, name: str, spans: list[tuple[int, int]]) -> bool:
    """Every mention of the name is covered by a replaced span."""
    at = 0
    while (i := text.find(name, at)) >= 0:
        if not all(any(s <= k < e for s, e in spans) for k in range(i, i + len(name))):
            return False
        at = i + len(name)
    return True


def main() -> None:
    """Print per shape how many filled names are caught, by kind of name."""
    from wb.dossiers.pseudonymise import Pseudonymiser

    pseudonymiser = Pseudonymiser()
    table: dict[tuple[str, str], dict[str, list[bool]]] = {}
    failing = []
    for kind, shape, name_kind, text, name in runs():
        rows = pseudonymiser.dossier([text])[0].replacements
        ok = caught(text, name, [(r[0], r[1]) for r in rows])
        table.setdefault((kind, shape), {}).setdefault(name_kind, []).append(ok)
        if not ok:
            failing.append((shape, text, [text[r[0] : r[1]] for r in rows]))
    total = [ok for kinds in table.values() for oks in kinds.values() for ok in oks]
    print(f"caught {sum(total)}/{len(total)} filled names")
    print("| kind | shape | unknown | listed | word |")
    print("|---|---|---|---|---|")
    for (kind, shape), kinds in table.items():
        cells = [
            f"{sum(kinds[k])}/{len(kinds[k])}" if k in kinds else ""
            for k in ("unknown", "listed", "word")
        ]
        print(f"| {kind} | {shape} | {' | '.join(cells)} |")
    if "--failing" in sys.argv:
        for shape, text, replaced in failing:
            print(f"  {shape}: {text!r} -> {replaced}")


if __name__ == "__main__":
    main()
