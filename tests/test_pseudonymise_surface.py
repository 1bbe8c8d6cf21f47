"""What pseudonymisation shows outside the document texts: cells, titles and file names."""

import ast
from pathlib import Path

import wb.dossiers.pseudonymise as pseudonymise
from wb.dossiers.pseudonymise import pseudonymise_cell

ROOT = Path(__file__).resolve().parent.parent


def test_pseudonymise_cell_is_public_and_documented():
    assert pseudonymise_cell.__doc__ and "mapping" in pseudonymise_cell.__doc__
    mapping = {"Anja de Vries": "[PERSOON-1]", "De Vries": "[PERSOON-1]"}
    assert pseudonymise_cell("Gesprek met Anja de Vries", mapping) == "Gesprek met [PERSOON-1]"
    # a name only this cell holds gets the next placeholder, remembered for the next cell
    assert pseudonymise_cell("Verslag van Pieter Bakker", mapping) == "Verslag van [PERSOON-2]"
    assert mapping["Pieter Bakker"] == "[PERSOON-2]"
    assert pseudonymise_cell("Pieter Bakker belde", mapping) == "[PERSOON-2] belde"


def test_review_uses_only_public_names_of_pseudonymise():
    tree = ast.parse((ROOT / "wb" / "dossiers" / "review.py").read_text(encoding="utf-8"))
    imported = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "wb.dossiers.pseudonymise"
        for alias in node.names
    ]
    assert "pseudonymise_cell" in imported
    assert [name for name in imported if name.startswith("_")] == []
    assert not hasattr(pseudonymise, "_pseudonymise_cell")
