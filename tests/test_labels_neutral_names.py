"""The neutral wordings of the label lexicon name roles, never persons.

The review page shows them next to pseudonymised text, so a first name there ("Noah") reads
as a real person in the dossier.
"""

from pathlib import Path

import yaml

from wb.dossiers.entities import detect_dossier

LABELS = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"


def _texts() -> list[tuple[str, str, str]]:
    data = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    return [
        (entry["label"], key, str(entry.get(key) or ""))
        for entry in data["labels"]
        for key in ("why", "alternative")
    ]


def test_every_label_has_texts_to_check():
    texts = _texts()
    assert len(texts) >= 40
    assert sum(1 for _, key, text in texts if key == "alternative" and text) >= 20


def test_no_person_name_in_neutral_wordings():
    found = [
        (label, key, m.text)
        for label, key, text in _texts()
        for m in detect_dossier([text])[0]
        if m.type == "PERSOON"
    ]
    assert found == []


def test_the_two_examples_name_the_child_by_role():
    texts = {(label, key): text for label, key, text in _texts()}
    assert "moeder het kind laat merken" in " ".join(texts[("manipulatief", "alternative")].split())
    assert "Moeder houdt het kind thuis" in texts[("overbezorgd", "alternative")]
