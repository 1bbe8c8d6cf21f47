"""user-walk (2026-12-06): "eerst in" of an open label follows the wording, not the label.

"negatieve typering" and "oordelende taal (geleerd)" each cover many different words; the
review page and the dossier report said "Voor het eerst in: Raadsrapport" for "kleineert" because
that earlier report had another negative typing. Made-up hits and the bundled dossiers."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli
from wb.dossiers.label_records import LabelHit, label_report

ROOT = Path(__file__).resolve().parent.parent
TYPING = "negatieve typering"
LEARNED = "oordelende taal (geleerd)"


def test_open_labels_go_by_wording_and_list_labels_by_label() -> None:
    hits = {
        "a.txt": [
            LabelHit("a.txt", 0, 4, TYPING, "laks"),
            LabelHit("a.txt", 10, 19, "agressief", "agressief"),
            LabelHit("a.txt", 30, 35, LEARNED, "nukkig"),
        ],
        "b.txt": [
            LabelHit("b.txt", 0, 4, TYPING, "Laks"),
            LabelHit("b.txt", 10, 24, TYPING, "eigenwijs kind"),
            LabelHit("b.txt", 30, 39, "agressief", "agressief"),
            LabelHit("b.txt", 40, 48, LEARNED, "bozig"),
        ],
    }
    rows = label_report(hits, ["a.txt", "b.txt"], {"a.txt": "D1", "b.txt": "D1"})
    assert [(r["doc"], r["text"], r["first_seen"]) for r in rows] == [
        ("a.txt", "laks", "a.txt"),
        ("a.txt", "agressief", "a.txt"),
        ("a.txt", "nukkig", "a.txt"),
        ("b.txt", "Laks", "a.txt"),
        ("b.txt", "eigenwijs kind", "b.txt"),
        ("b.txt", "agressief", "a.txt"),
        ("b.txt", "bozig", "b.txt"),
    ]


def test_bundled_dossier_kleineert_is_first_seen_where_it_stands(tmp_path: Path) -> None:
    out = tmp_path / "labels.json"
    result = CliRunner().invoke(
        cli, ["labels", str(ROOT / "corpora" / "dossiers"), "--json", str(out)], prog_name="wb"
    )
    assert result.exit_code == 0, result.output
    typings = [
        (h["doc"], h["text"], h["first_seen"])
        for h in json.loads(out.read_text(encoding="utf-8"))["labels"]
        if h["label"] == TYPING and h["doc"].startswith("D1")
    ]
    assert typings == [
        (
            "D1-02_raadsrapport.txt",
            "niet in de kinderen buiten hun onderlinge strijd te houden",
            "D1-02_raadsrapport.txt",
        ),
        ("D1-04_evaluatie-ots.txt", "kleineert", "D1-04_evaluatie-ots.txt"),
    ]


def _cells(kind: str) -> list[str]:
    path = ROOT / "notebooks" / "01_coderen.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == kind]


def test_notebook_01_groups_passage_reasons_as_one_kind() -> None:
    """'Per soort reden' listed each "hoort bij de passage ervoor over X (k van de n ...)" and
    "tussen zinnen over X, ..." as a kind of its own; the kind ends before " over "."""
    code = next(c for c in _cells("code") if "Per soort reden" in c)
    assert '"soort": s.why.split(":")[0].split(" over ")[0],' in code
    reasons = [
        "lemma: wachtlijst",
        "hoort bij de passage ervoor over Loyaliteit (2 van de 3 zinnen van deze alinea)",
        "tussen zinnen over Loyaliteit, in hetzelfde stuk tekst",
        "past bij de beschrijving: contact, net als de zin ervoor",
    ]
    assert [r.split(":")[0].split(" over ")[0] for r in reasons] == [
        "lemma",
        "hoort bij de passage ervoor",
        "tussen zinnen",
        "past bij de beschrijving",
    ]
    text = next(c for c in _cells("markdown") if "Per soort reden" in c or "per soort reden" in c)
    assert (
        "- 0,3 of lager: de zin noemt de code zelf niet, maar staat in een passage over die code: "
        "*tussen zinnen over Loyaliteit, in hetzelfde stuk tekst* of *hoort bij de passage ervoor "
        "over Loyaliteit (2 van de 3 zinnen van deze alinea)*." in text
    )
