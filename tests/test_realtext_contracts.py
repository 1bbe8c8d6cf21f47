"""The contracts of wb checked on real tune texts and hostile variants of them (realtext-contracts,
bench/README.md): what broke, reproduced on small made-up snippets.

* Invisible characters inside a name (a soft hyphen or zero-width space from a web page or PDF)
  hid the name from the pseudonymiser ("Haar\\u00adlem" stayed readable), and a no-break space
  between "Anja" and "de Vries" made two persons of one.
* `wb code FILE.txt` / `wb themes FILE.txt` and a document given as a project said "wb maakt
  dan een nieuw project", which those commands do not do.
* `wb pseudonymise MAP --out MAP/bestand.txt` advised `MAP/gedeeld`, which wb then refuses
  (output inside the folder it reads).
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from click.testing import CliRunner

from wb import Pseudonymiser
from wb.cli import cli
from wb.dossiers.visible_text import visible

BASE = "Op 3 maart sprak mevrouw Anja de Vries met de jeugdbeschermer in Haarlem over Daan."
MASKED = (
    "Op 3 maart sprak mevrouw [PERSOON-1] met de jeugdbeschermer in [PLAATS-1] over [PERSOON-2]."
)


def _run(*args: object) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result.exit_code, result.output


def test_visible_text_maps_back_to_the_original() -> None:
    seen = visible("in Haar\u00adlem\u00a0en\u200b Zwolle")
    assert seen.text == "in Haarlem en Zwolle"
    assert seen.span(3, 10) == (3, 11)  # "Haar\xadlem"
    assert seen.span(14, 20) == (16, 22)  # "Zwolle", after the zero-width space
    assert seen.offset(16) == 14
    plain = visible("in Haarlem\u00a0en Zwolle")  # same length: no offset map
    assert plain.text == "in Haarlem en Zwolle" and plain.origin is None


def test_soft_hyphen_and_zero_width_characters_inside_names() -> None:
    p = Pseudonymiser()
    for invisible in ("\u00ad", "\u200b", "\u200d", "\u2060", "\ufeff"):
        text = BASE.replace("Haarlem", f"Haar{invisible}lem").replace("Vries", f"Vri{invisible}es")
        result = p.dossier([text])[0]
        assert result.text == MASKED, invisible
        spans = [text[r[0] : r[1]] for r in result.replacements]
        assert spans == [f"Anja de Vri{invisible}es", f"Haar{invisible}lem", "Daan"]


def test_no_break_spaces_between_name_parts_are_one_person() -> None:
    for space in ("\u00a0", "\u202f", "\u2009"):
        result = Pseudonymiser().dossier([BASE.replace(" ", space)])[0]
        assert result.text == MASKED.replace(" ", space), repr(space)
        assert [r[5] for r in result.replacements] == ["[PERSOON-1]", "[PLAATS-1]", "[PERSOON-2]"]


def test_invisible_characters_keep_one_placeholder_across_a_dossier() -> None:
    first, second = Pseudonymiser().dossier(
        ["Het gesprek was in Haarlem.", "Moeder woont nog in Haar\u00adlem."]
    )
    assert first.text == "Het gesprek was in [PLAATS-1]."
    assert second.text == "Moeder woont nog in [PLAATS-1]."


def test_word_classes_follow_the_visible_text() -> None:
    text = "Volgens Jan\u200b de Wit is het rustig."

    def tagger(t: str) -> list[SimpleNamespace]:
        starts = [0, 8, 13, 16, 20, 23, 27, 33]  # the tokens of `text` (original offsets)
        return [SimpleNamespace(idx=i, pos_="PROPN" if t[i].isupper() else "X") for i in starts]

    result = Pseudonymiser(tagger=tagger).dossier([text])[0]
    assert result.text == "Volgens [PERSOON-1] is het rustig."
    assert text[result.replacements[0][0] : result.replacements[0][1]] == "Jan\u200b de Wit"


def test_cli_pseudonymise_covers_the_name_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    text = "Mevrouw Sanne Bak\u00adker woont in Haar\u200blem.\n"
    (folder / "verslag.txt").write_text(text, encoding="utf-8")
    code, output = _run(
        "pseudonymise", folder, "--out", tmp_path / "uit", "--json", tmp_path / "v.json"
    )
    assert code == 0, output
    assert (tmp_path / "uit" / "verslag.txt").read_text(encoding="utf-8") == (
        "Mevrouw [PERSOON-1] woont in [PLAATS-1].\n"
    )
    entities = json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))["entities"]
    assert [text[e["start"] : e["end"]] for e in entities] == [
        "Sanne Bak\u00adker",
        "Haar\u200blem",
    ]


def test_one_document_where_a_folder_or_project_is_asked(tmp_path: Path) -> None:
    folder = tmp_path / "teksten"
    folder.mkdir()
    doc = folder / "verslag.txt"
    doc.write_text("Een verslag van het overleg.\n", encoding="utf-8")
    book = tmp_path / "boek.yaml"
    book.write_text("name: proef\ncodes:\n  - name: Overleg\n    patterns: [overleg]\n")
    said = (
        f"fout: {doc}: is één document; wb leest een map met documenten of een project "
        f"(.wbproj). Geef de map op waarin het staat ({folder}). (WB150)\n"
    )
    assert _run("code", doc, "--codebook", book) == (2, said)
    assert _run("themes", doc) == (2, said)


def test_a_file_that_is_no_project_says_what_to_do(tmp_path: Path) -> None:
    folder = tmp_path / "teksten"
    folder.mkdir()
    doc = folder / "verslag.txt"
    doc.write_text("Een verslag.\n", encoding="utf-8")
    code, output = _run("export", doc, "--format", "csv", "--out", tmp_path / "x.csv")
    assert (code, output) == (
        2,
        f"fout: {doc}: is een document, geen wb-project (.wbproj). Maak van de map met "
        f"documenten een project: wb import {folder} --project teksten.wbproj (WB200)\n",
    )
    log = tmp_path / "notities.log"
    log.write_text("geen project\n", encoding="utf-8")
    assert _run("documents", "--project", log) == (
        2,
        f"fout: {log}: is geen wb-project (geen SQLite-bestand). Geef een projectbestand "
        "(.wbproj) op. (WB200)\n",
    )
    code, output = _run("import", folder, "--project", log)  # here wb would make a project
    assert code == 2 and "Kies een ander bestand of een nieuwe bestandsnaam" in output
    assert log.read_text(encoding="utf-8") == "geen project\n"  # untouched
    assert not (tmp_path / "x.csv").exists()


def test_out_advice_lies_outside_the_folder_that_is_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("map").mkdir()
    Path("map/verslag.txt").write_text("Mevrouw Sanne Bakker belde.\n", encoding="utf-8")
    for args in (("map", "--out", "map/verslag.txt"), ("--out", "map/verslag.txt", "map")):
        code, output = _run("pseudonymise", *args)
        assert code == 2
        assert output.endswith(
            "fout: Ongeldige waarde voor '--out': 'map/verslag.txt' is een bestand; geef een "
            "map voor de gepseudonimiseerde kopieën (wb maakt die zelf), bijv. gedeeld.\n"
        )
    code, output = _run("themes", "map", "--out", "map/verslag.txt")
    assert code == 2 and output.endswith("bijv. themas.\n")
    code, output = _run("pseudonymise", "map", "--out", "gedeeld")  # the advice works
    assert code == 0, output
    assert Path("gedeeld/verslag.txt").read_text(encoding="utf-8") == "Mevrouw [PERSOON-1] belde.\n"


def test_the_pipeline_takes_a_text_longer_than_spacys_million_characters() -> None:
    from wb.corpus.readers import DEFAULT_MAX_BYTES
    from wb.nlp import load

    nlp = load()
    assert nlp.max_length > DEFAULT_MAX_BYTES  # `wb labels` on a 2 MB report: a traceback before
    doc = nlp.make_doc("Moeder belt. " * 80_000)  # 1,040,000 characters: spaCy's E088 before
    assert len(doc) == 240_000
