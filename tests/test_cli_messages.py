"""CLI summaries read as Dutch sentences (singular and plural)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli


def test_cli_labels_summary_counts_one_report_in_the_singular(tmp_path: Path) -> None:
    (tmp_path / "v.txt").write_text("Volgens vader is moeder zorgmijdend.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,dossier,organisation\nv.txt,V,Wijkteam Zuid\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["labels", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-2] == (
        "1 label (0 door het rapport zelf gesteld, 1 toegeschreven) en 0 besproken of ontkende "
        "termen in 1 rapport; 0 in overgenomen passages."
    )


def test_export_refuses_pseudonymise_where_it_would_export_names(tmp_path: Path) -> None:
    from wb.store import open_project

    project = tmp_path / "p.wbproj"
    open_project(project).close()
    out = tmp_path / "p.qdpx"
    for flag in ("--pseudonymise", "--decisions"):
        result = CliRunner().invoke(
            cli, ["export", str(project), "--format", "qdpx", "--out", str(out), flag]
        )
        assert result.exit_code == 2, result.output
        assert f"{flag} werkt alleen met --format csv of xlsx." in result.output
        assert not out.exists()  # nothing with names in it was written
