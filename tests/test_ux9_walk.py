"""What ux9 tripped over walking through wb as a user (bench/README.md, "ux9")."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_a_number_option_with_a_word_says_geheel_getal_not_integer(tmp_path: Path) -> None:
    code, output = _invoke("themes", str(tmp_path), "--seed", "abc")
    assert code == 2
    assert output.splitlines()[-1] == (
        "fout: Ongeldige waarde voor '--seed': 'abc' is geen geldig geheel getal."
    )
    code, output = _invoke("review", str(tmp_path / "p.wbproj"), "--port", "1.5")
    assert code == 2
    assert output.splitlines()[-1] == (
        "fout: Ongeldige waarde voor '--port': '1.5' is geen geldig geheel getal."
    )
