"""`make demo`: the bundled corpora into a demo project, with an overview."""

from __future__ import annotations

import re
from pathlib import Path

from wb.demo import run_demo


def test_demo_imports_all_corpora_and_reports(tmp_path: Path, capsys) -> None:
    out = run_demo(tmp_path / "demo.wbproj")
    assert "Corpus 'notulen': 7 nieuw" in out
    assert "Corpus 'verhalen': 9 nieuw" in out
    assert "Corpus 'dossiers': 14 nieuw" in out
    assert "  totaal      30 documenten" in out
    assert "Taalpijplijn: wb-offline-nl" in out
    assert "Codeboek 'Leernetwerk Kind & Scheiding' (56 codes)" in out
    assert (
        "Dossiers: 86 labels (50 door het rapport zelf gesteld, 36 toegeschreven) en 1 besproken "
        "of ontkende term; 43 daarvan staan in tekst die uit een eerder rapport is overgenomen.\n"
        "  28 overgenomen passages, 32 keer standaardtekst.\n"
    ) in out
    assert "Thema's in notulen en verhalen (214 passages; 40 koppen en opmaak overgeslagen):" in out
    assert capsys.readouterr().err == ""  # quiet unless asked
    again = run_demo(tmp_path / "demo.wbproj", progress=True)  # `make demo` in a terminal
    assert "Corpus 'notulen': 0 nieuw, 0 bijgewerkt, 7 ongewijzigd" in again
    err = capsys.readouterr().err  # the bars (cleared with \r) around each step line
    steps = [line for line in re.split("[\r\n]", err) if line.endswith("…")]
    assert steps == [
        "Codeboek 'Leernetwerk Kind & Scheiding' toepassen op notulen en verhalen…",
        "Overgenomen passages zoeken in 14 rapporten…",
        "Taalmodel en labellijst laden…",
        "Thema's zoeken in notulen en verhalen (3 runs)…",
    ]
