"""review4: a clean re-search (`wb report/review --opnieuw`, ``analyse_dossiers(fresh=True)``):
findings a reviewer decided on stay with their decision (marked as from an earlier search when the
new list no longer finds them), the others are replaced, all in one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.dossiers.analyse import analyse_dossiers
from wb.dossiers.report import EARLIER, dossier_report_html
from wb.dossiers.review import ReviewSession
from wb.errors import ReadError
from wb.store import findings as store
from wb.store import open_project
from wb.store.findings import decide, decisions_table, withdraw_last
from wb.store.project import Project

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "codebooks" / "labels.yaml"
TEXT = (
    "Moeder is niet-meewerkend.\n\n"
    "Er is sprake van een vechtscheiding.\n\n"
    "Vader is overbezorgd en het kind is angstig.\n"
)
OTHER_LIST = """labels:
  - label: vechtscheiding
    variants: [vechtscheiding]
    why: Maakt van beide ouders strijders.
    alternative: Beschrijf het conflict.
  - label: angstig
    variants: [angstig]
    why: Een etiket op het kind.
    alternative: Beschrijf wat het kind doet.
"""
NOTICE = (
    "Let op: dit project is al doorzocht; --lexicon {} is niet gebruikt. Wilt u de rapporten met "
    "deze labellijst doorzoeken, voeg dan --opnieuw toe: wb zoekt dan opnieuw en vervangt de "
    "vorige vondsten; passages met een oordeel blijven staan.\n"
)


def rows(project: Project) -> list[tuple]:
    """The stored findings: id, kind, span, key (the label) and the earlier-search mark."""
    return project.conn.execute(
        "SELECT id, kind, start, \"end\", key, json_extract(payload, '$.earlier_search') "
        "FROM findings ORDER BY id"
    ).fetchall()


def decision_rows(project: Project) -> list[tuple]:
    return project.conn.execute(
        "SELECT id, finding_id, reviewer, decision, voice FROM review_decisions ORDER BY id"
    ).fetchall()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "metadata.csv").write_text("file,dossier,date\na.txt,V,2024-03-01\n")
    (tmp_path / "ander.yaml").write_text(OTHER_LIST, encoding="utf-8")
    return folder


@pytest.fixture
def searched(folder: Path, tmp_path: Path) -> Path:
    """A project searched with the bundled list; Anna judged 'niet-meewerkend' (finding 1), Bram
    judged 'vechtscheiding' (2) and took it back."""
    runner = CliRunner()
    project = tmp_path / "p.wbproj"
    assert runner.invoke(cli, ["import", str(folder), "--project", str(project)]).exit_code == 0
    out = tmp_path / "r.html"
    first = runner.invoke(cli, ["report", str(project), "--dossier", "V", "--out", str(out)])
    assert first.exit_code == 0, first.output
    with open_project(project) as p:
        assert rows(p) == [
            (1, "label", 10, 25, "niet-meewerkend", None),
            (2, "label", 49, 63, "vechtscheiding", None),
            (3, "label", 75, 86, "overbezorgd", None),
        ]
        decide(p, 1, "Anna", "terecht", comment="klopt", voice="attributed")
        decide(p, 2, "Bram", "niet terecht")
        assert withdraw_last(p, "Bram") == 2
    return project


def report(project: Path, out: Path, *extra: str):
    args = ["report", str(project), "--dossier", "V", "--out", str(out), *extra]
    return CliRunner().invoke(cli, args)


def test_a_clean_re_search_keeps_decided_findings_and_replaces_the_rest(
    searched: Path, tmp_path: Path
) -> None:
    out = tmp_path / "r2.html"
    result = report(searched, out, "--lexicon", str(tmp_path / "ander.yaml"), "--opnieuw")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == (
        "Opnieuw gezocht: 3 signaleringen (labels en termen: 3, overgenomen passages: 0), 2 nieuw; "
        "1 vorige zonder oordeel vervallen. 1 passage met een oordeel niet meer gevonden: blijven "
        "staan, gemarkeerd als uit een eerdere zoekronde.\n"
        f"Geschreven: {out} (1 rapport).\n"
    )
    with open_project(searched) as p:
        assert rows(p) == [
            (1, "label", 10, 25, "niet-meewerkend", 1),  # judged, no longer found: kept, marked
            (2, "label", 49, 63, "vechtscheiding", None),  # found again: same id
            # 3 'overbezorgd' (no decision) is gone; the other list's pattern finds it anew
            (4, "label", 75, 86, "negatieve typering", None),
            (5, "label", 102, 109, "angstig", None),  # new
        ]
        assert decision_rows(p) == [(1, 1, "Anna", "terecht", "attributed")]
        items = ReviewSession(p).items("V", "Anna")
        assert [(i["id"], i["earlier_search"]) for i in items] == [
            (1, True),
            (2, False),
            (4, False),
            (5, False),
        ]
        assert items[0]["decision"]["comment"] == "klopt"
        table = decisions_table(p)
        assert table[["label", "beoordelaar", "oordeel", "eerdere_zoekronde"]].values.tolist() == [
            ["niet-meewerkend", "Anna", "terecht", "ja"]
        ]
        html = dossier_report_html(p, "V")
    assert html.count(EARLIER) == 1
    assert (
        f"<td class='small' data-head='Herkomst'>eerst in: A, 1 maart 2024<br>{EARLIER}</td>"
        in html
    )
    assert out.read_text(encoding="utf-8").count(EARLIER) == 1


def test_found_again_the_mark_goes_and_an_undone_one_is_dropped_next_time(
    searched: Path, tmp_path: Path
) -> None:
    other = str(tmp_path / "ander.yaml")
    assert report(searched, tmp_path / "r2.html", "--lexicon", other, "--opnieuw").exit_code == 0
    again = report(searched, tmp_path / "r3.html", "--opnieuw")  # the bundled list again
    assert again.exit_code == 0
    assert again.stdout.splitlines()[0] == (
        "Opnieuw gezocht: 3 signaleringen (labels en termen: 3, overgenomen passages: 0), 1 nieuw; "
        "2 vorige zonder oordeel vervallen."
    )
    with open_project(searched) as p:
        assert rows(p) == [
            (1, "label", 10, 25, "niet-meewerkend", None),  # found again: unmarked, same id
            (2, "label", 49, 63, "vechtscheiding", None),
            (6, "label", 75, 86, "overbezorgd", None),
        ]
        assert decision_rows(p) == [(1, 1, "Anna", "terecht", "attributed")]
    assert report(searched, tmp_path / "r4.html", "--lexicon", other, "--opnieuw").exit_code == 0
    with open_project(searched) as p:
        assert rows(p)[0] == (1, "label", 10, 25, "niet-meewerkend", 1)
        assert withdraw_last(p, "Anna") == 1  # undone: the kept passage has no decision now
        assert rows(p)[0] == (1, "label", 10, 25, "niet-meewerkend", 1)  # still shown
    assert report(searched, tmp_path / "r5.html", "--lexicon", other, "--opnieuw").exit_code == 0
    with open_project(searched) as p:
        assert [r[0] for r in rows(p)] == [2, 7, 8]  # no decision left: replaced
        assert decision_rows(p) == []


def test_without_opnieuw_the_notice_points_to_it(searched: Path, tmp_path: Path) -> None:
    other = tmp_path / "ander.yaml"
    result = report(searched, tmp_path / "r2.html", "--lexicon", str(other))
    assert result.exit_code == 0
    assert result.stderr == NOTICE.format(other)
    with open_project(searched) as p:
        assert [r[0] for r in rows(p)] == [1, 2, 3]


def test_a_wrong_list_with_opnieuw_is_exit_2_and_changes_nothing(
    searched: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "kapot.yaml"
    bad.write_text("labels:\n  - label: angstig\n", encoding="utf-8")
    with open_project(searched) as p:
        before = (rows(p), decision_rows(p))
    out = tmp_path / "r2.html"
    result = report(searched, out, "--lexicon", str(bad), "--opnieuw")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"fout: {bad}: de labellijst heeft 2 problemen")
    assert result.stdout == ""
    assert not out.exists()
    with open_project(searched) as p:
        assert (rows(p), decision_rows(p)) == before
    usage = CliRunner().invoke(cli, ["review", str(searched), "--opnieuw=ja"])
    assert usage.exit_code == 2


def test_an_error_while_writing_leaves_nothing_half_written(
    searched: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = store.store_findings

    def fail_at_reuse(project, kind, items):
        ids = real(project, kind, items)  # the labels are written …
        if kind == "reuse":
            raise OSError("schijf vol")  # … then the write fails
        return ids

    monkeypatch.setattr(store, "store_findings", fail_at_reuse)
    with open_project(searched) as p:
        before = (rows(p), decision_rows(p), store.meta_value(p, "dossiers_analysed"))
        with pytest.raises(OSError, match="schijf vol"):
            analyse_dossiers(p, tmp_path / "ander.yaml", fresh=True)
        assert (rows(p), decision_rows(p), store.meta_value(p, "dossiers_analysed")) == before
        with pytest.raises(ReadError, match="is een CSV-bestand, geen labellijst in YAML"):
            analyse_dossiers(p, tmp_path / "map" / "metadata.csv", fresh=True)
        assert rows(p) == before[0]


def test_opnieuw_is_offered_in_dutch(searched: Path) -> None:
    for command in ("report", "review"):
        help_text = CliRunner().invoke(cli, [command, "--help"]).output
        flat = " ".join(help_text.split())
        assert (
            "--opnieuw Doorzoek de rapporten opnieuw (met --lexicon, anders de standaardlijst) "
            "en vervang de vorige vondsten; passages met een oordeel blijven staan, met hun "
            "oordeel."
        ) in flat
