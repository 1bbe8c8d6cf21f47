"""Build the Dutch place gazetteer ``wb/lang/nl/gazetteer_*.txt`` from the BAG woonplaatsen.

Usage::

    python bench/build_gazetteer.py [bench/data/gazetteer/bag_woonplaatsen.csv]

Input: the BAG (Basisregistratie Adressen en Gebouwen, Kadaster; open data, CC0 1.0) list of
woonplaatsen with their municipality and province, as a CSV with the columns
``woonplaats,gemeente,provincie`` (2,501 rows, 342 municipalities of which two are named
Bergen, state of 2025). The copy
used on 2026-12-03 is ``woonplaatsen.csv`` of the public GitHub repository
etjanssens/provinciequiz (commit 221652f, 2025-07-16), read with the `search` tool; keep it in
the git-ignored ``bench/data/gazetteer/``. Nothing is chosen by hand: every woonplaats and every
municipality is written, cleaned by these general rules only:

* BAG's suffixes that tell two woonplaatsen of one name apart are dropped ("Bergen (NH)",
  "Bergen L", "Beuningen Gld", "Bavel AC", "Bleskensgraaf ca", "Alteveer gem Hoogeveen");
* the apostrophe that spreadsheets drop is restored ("s-Hertogenbosch" -> "'s-Hertogenbosch",
  "t Goy" -> "'t Goy");
* a woonplaats with two names ("'s-Gravenhage / Den Haag") gives both;
* that copy wrote the two Frisian municipalities with "Friesland"; their official names end in
  "Fryslân" ("Súdwest-Fryslân", "Noardeast-Fryslân"), and the province is "Fryslân".

Regions (``gazetteer_regions.txt``, names15): the 2025 CBS gebiedsindelingen COROP-gebieden (40),
jeugdregio's (42), GGD-regio's (25), veiligheidsregio's (25) and arbeidsmarktregio's (35), as a CSV
``indeling,statcode,statnaam`` (``bench/data/gazetteer/cbs_regions_2025.csv``, 167 rows). CBS
publishes them as open data under CC BY 4.0 (source: CBS/PDOK gebiedsindelingen); the copy used
on 2026-12-04 is the ``statnaam`` property of ``wgs84/<indeling>_2025.topojson`` in the public
GitHub repository cartomap/nl (commit 01e3b4c), read with the `search` tool. The provinces come
with them (veiligheidsregio's and jeugdregio's Groningen, Fryslân/Friesland, Drenthe, Utrecht,
Zeeland, Flevoland; the others are in the hand list ``regions.txt``). General rules only:

* an organisation's prefix is dropped ("GGD Twente" -> "Twente", "Veiligheids- en
  Gezondheidsregio Gelderland-Midden" -> "Gelderland-Midden"), and CBS's "Overig " ("Overig
  Zeeland");
* a name with a second name in brackets gives both ("IJmond (Midden Kennemerland)");
* a name of two regions joined by "/" or " en " gives each region, not the whole, so that each
  gets its own placeholder ("Zuid-Kennemerland en IJmond" -> "Zuid-Kennemerland", "IJmond");
  one with a part that is no name gives the whole and its first part ("Delfzijl en omgeving"
  -> also "Delfzijl"); "Noord- en Oost-Gelderland" (a part ending in "-") stays whole;
* names are written as the list gives them ("Zuid-Holland Zuid", "Regio Zwolle"): no variant
  without "Regio" is made; an abbreviation in capitals ("... ZHZ") is no name.

Which names are also ordinary Dutch words ("Best", "Putten", "Zetten") is decided when wb runs,
with the OpenTaal dictionary (``wb.dossiers.place_names``), not here. Deterministic: sorted.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO / "bench" / "data" / "gazetteer" / "bag_woonplaatsen.csv"
OUT = REPO / "wb" / "lang" / "nl"
SUFFIX = re.compile(r"[ ](?:\([A-Za-z]{1,3}\)|[A-Z]{1,3}|Gld|Gn|Ut|ca|gem\.?[ ].+)$")
FRISIAN = {"Súdwest-Friesland": "Súdwest-Fryslân", "Noardeast-Friesland": "Noardeast-Fryslân"}
REGIONS = REPO / "bench" / "data" / "gazetteer" / "cbs_regions_2025.csv"
ORG_PREFIX = re.compile(
    r"^(?:GGD|Veiligheids- en Gezondheidsregio|Dienst Gezondheid & Jeugd|Overig)[ ]+"
)
REGIONS_HEADER = """# Dutch regions: CBS COROP-gebieden, jeugdregio's, GGD-regio's,
# veiligheidsregio's and arbeidsmarktregio's (CBS gebiedsindelingen 2025, open data,
# CC BY 4.0), through wgs84/<indeling>_2025.topojson of github.com/cartomap/nl (01e3b4c).
# Built by bench/build_gazetteer.py (general rules only; see there) on 2026-12-04.
# Do not edit by hand: rebuild. One name per line, case-sensitive.
"""
HEADER = """# {what}
# Source: BAG woonplaatsen (Kadaster, open data, CC0 1.0), state of 2025, through the copy
# woonplaatsen.csv of github.com/etjanssens/provinciequiz (commit 221652f, 2025-07-16).
# Built by bench/build_gazetteer.py (general cleaning rules only; see there) on 2026-12-03.
# Do not edit by hand: rebuild. One name per line, case-sensitive.
"""


def clean(name: str) -> str:
    """A BAG name without its telling-apart suffix and with its leading apostrophe."""
    name = SUFFIX.sub("", name.strip())
    if re.match(r"[st][ -]", name):
        name = "'" + name
    return FRISIAN.get(name, name)


def region_names(statnaam: str) -> set[str]:
    """The names one CBS region gives: without an organisation's prefix, split at brackets,
    "/" and " en " (two regions each on their own; see the module docstring)."""
    names = set()
    for part in re.split(r"[()]", ORG_PREFIX.sub("", statnaam.strip())):
        part = part.strip()
        if not part or re.fullmatch(r"[A-Z]{2,}", part):
            continue
        pieces = re.split(r"[ ]*/[ ]*|[ ]+en[ ]+", part)
        if len(pieces) > 1 and all(p[:1].isupper() and not p.endswith("-") for p in pieces):
            names |= set(pieces)  # two regions: each its own name (and placeholder)
        else:
            names.add(part)
            first = pieces[0]
            if len(pieces) > 1 and first[:1].isupper() and not first.endswith("-"):
                names.add(first)
    return names


def write_regions(source: Path) -> int:
    """Write ``gazetteer_regions.txt`` from the CBS regions CSV; return the number of names."""
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {n for r in rows for n in region_names(r["statnaam"])}
    path = OUT / "gazetteer_regions.txt"
    path.write_text(REGIONS_HEADER + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{path.relative_to(REPO)}: {len(names)} names")
    return len(names)


def main(argv: list[str]) -> int:
    """Write the municipalities and the woonplaatsen; print their numbers."""
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    municipalities = {clean(r["gemeente"]) for r in rows}
    places = {clean(part) for r in rows for part in r["woonplaats"].split(" / ")}
    for path, names, what in (
        (OUT / "gazetteer_municipalities.txt", municipalities, "Dutch municipalities (gemeenten)"),
        (OUT / "gazetteer_places.txt", places, "Dutch woonplaatsen (towns and villages, BAG)"),
    ):
        text = HEADER.format(what=what) + "".join(f"{n}\n" for n in sorted(names))
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(REPO)}: {len(names)} names")
    write_regions(REGIONS)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
