"""ux12 (bench/README.md, "ux12"): what ux11 left: `wb code` without findings, `wb documents` in
a 100-column terminal, decimal commas in what people read."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from wb.cli import cli
from wb.corpus.display import dutch_number
from wb.exports.readable import format_agreement, format_table
from wb.exports.table_fit import fit_table, table_width

NOTULEN = Path(__file__).resolve().parent.parent / "corpora" / "notulen"
NOTHING = """\
name: Leeg
codes:
  - name: Ruimtevaart
    patterns: [raketlancering]
  - name: Vulkanen
    patterns: [lavastroom]
"""


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="wb")
    return result.exit_code, result.output


def test_code_without_findings_names_the_codes_searched_and_what_to_try(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De school hielp.", encoding="utf-8")
    (folder / "b.txt").write_text("Het kind speelde.", encoding="utf-8")
    book = tmp_path / "b.yaml"
    book.write_text(NOTHING, encoding="utf-8")
    out = tmp_path / "uit.json"
    tail = (
        "geen patroon kwam voor en geen zin leek genoeg op een omschrijving of voorbeeld. Probeer "
        "meer patronen (grondvormen: 'kind' vindt ook 'kinderen') of een omschrijving en "
        "voorbeeldzinnen bij de codes (zie codebooks/README.md).\n"
    )
    assert _invoke("code", str(folder), "--codebook", str(book), "--json", str(out)) == (
        0,
        f"Geen passages gevonden voor de 2 codes van codeboek 'Leeg' in 2 documenten: {tail}"
        f"Geschreven: {out} (het volledige resultaat als JSON).\n",  # ux13: where --json went
    )
    assert json.loads(out.read_text(encoding="utf-8")) == {"suggestions": []}
    p = str(tmp_path / "p.wbproj")
    _invoke("import", str(folder), "--project", p)
    (folder / "b.txt").unlink()
    book.write_text(NOTHING.split("  - name: Vulkanen")[0], encoding="utf-8")
    assert _invoke("code", p, "--codebook", str(book), "--apply", "--coder", "Anna") == (
        0,
        "0 coderingen opgeslagen voor codeur 'Anna'.\n"
        f"Geen passages gevonden voor de ene code van codeboek 'Leeg' in 2 documenten: {tail}",
    )


def test_documents_on_the_bundled_notulen_fits_a_100_column_terminal(tmp_path: Path) -> None:
    p = str(tmp_path / "p.wbproj")
    _invoke("import", str(NOTULEN), "--project", p)
    code, out = _invoke("documents", p)
    assert code == 0
    lines = out.splitlines()
    assert max(map(len, lines)) == 100  # was 275
    assert lines == [
        "id  document             woorden  tekens  date              organisation         title",
        "--  -------------------  -------  ------  ----------------  -------------------  "
        "-------------------",
        "1   2023-01-24_leernet…  1097     6862    24 januari 2023   Leernetwerk Kind &…  "
        "Verslag bijeenkoms…",
        "2   2023-03-14_scheidi…  881      5750    14 maart 2023     Regionale Scheidin…  "
        "Themaoverleg: veil…",
        "3   2023-05-09_werkgro…  878      5333    9 mei 2023        Werkgroep Stem van…  "
        "Notulen werkgroep…",
        "4   2023-07-04_leernet…  967      6122    4 juli 2023       Leernetwerk Kind &…  "
        "Bijeenkomst 4 juli…",
        "5   2023-10-10_ketenov…  822      5538    10 oktober 2023   Ketenoverleg Toega…  "
        "Verslag ketenoverl…",
        "6   2023-11-14_werkses…  876      5673    14 november 2023  Leernetwerk Kind &…  "
        "Werksessie: woorde…",
        "7   2024-02-06_klankbo…  880      5449    6 februari 2024   Klankbordgroep Erv…  "
        "Meldingen, grootou…",
        "In elke rij gelijk, daarom geen kolom: corpus notulen, formaat txt, versie 1, type "
        "notulen.",
        "Ingekort met '…': document, organisation, title; volledig: wb show ID.",
    ]
    # what was cut is there in full where the note points
    assert (
        "organisation: Werkgroep Stem van het Kind, Leernetwerk Kind & Scheiding Zuiderwaard"
        in (_invoke("show", "3", "--project", p)[1])
    )


def test_a_table_that_fits_stays_whole_and_one_row_keeps_its_columns() -> None:
    small = pd.DataFrame({"id": [1, 2], "corpus": ["c", "c"], "document": ["a.txt", "b.txt"]})
    fitted, notes = fit_table(small, 100)
    assert (fitted.to_dict("list"), notes) == (
        {"id": ["1", "2"], "corpus": ["c", "c"], "document": ["a.txt", "b.txt"]},
        [],
    )
    one = pd.DataFrame({"id": [1], "titel": ["een heel lange titel " * 5]})
    fitted, notes = fit_table(one, 40, full="wb show ID")
    assert table_width(fitted) == 40
    assert format_table(fitted).splitlines()[2] == "1   een heel lange titel een heel lange…"
    assert notes == ["Ingekort met '…': titel; volledig: wb", "show ID."]  # wrapped at 40


def test_numbers_people_read_have_a_decimal_comma(tmp_path: Path) -> None:
    assert [dutch_number(v, d) for v, d in ((100, 2), (0.4567, 3), (2.5 * 2**20 / 2**20, 1))] == [
        "100,00",
        "0,457",
        "2,5",
    ]
    assert (dutch_number(2.5), dutch_number(3)) == ("2,5", "3")
    data = {
        "per_code": [
            {
                "code": "School",
                "coder_a": "Anna",
                "coder_b": "Bram",
                "percent_agreement": 87.5,
                "kappa": 0.5,
                "alpha": 0.4567,
            }
        ],
        "overall": {"percent_agreement": 87.5, "kappa": 0.5, "alpha": 0.4567},
    }
    assert format_agreement(data).splitlines() == [
        "code    codeurs        %  kappa   alfa",
        "School  Anna/Bram  87,50  0,500  0,457",
        "totaal             87,50  0,500  0,457",
    ]
    # numbers in front matter: a decimal with a comma, a whole number without ".0" next to a gap
    # (text typed in metadata.csv, "2.5", stays the researcher's own text)
    folder = tmp_path / "c"
    folder.mkdir()
    for name, meta in (("a", "score: 2.5\njaar: 2021"), ("b", "score: 3.75"), ("c", "jaar: 2023")):
        (folder / f"{name}.md").write_text(f"---\n{meta}\n---\nTekst.", encoding="utf-8")
    p = str(tmp_path / "p.wbproj")
    _invoke("import", str(folder), "--project", p)
    rows = [line.split() for line in _invoke("documents", p)[1].splitlines()]
    assert [r[-2:] for r in rows[2:]] == [["2021", "2,5"], ["1", "3,75"], ["1", "2023"]]
    assert "score: 2,5" in _invoke("show", "a.md", "--project", p)[1]
