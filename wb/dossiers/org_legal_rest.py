"""An organisation's name after its legal form, used alone: "Stichting Kansrijk Kwarstad" is
also written "Kansrijk Kwarstad" in the same texts. The words after "Stichting" or
"Vereniging" are learned as a short form of the organisation when they are two words or more
(one word alone is often an ordinary word: "Kansrijk") and no place, kept term or institution."""

from __future__ import annotations

from wb.dossiers.entity_data import institutions, is_stop_word, keep_terms, places

LEGAL_FORMS = ("Stichting", "Vereniging")


def legal_form_rest(name: str) -> str | None:
    """The name after a capitalised legal form ("Stichting Kansrijk Kwarstad" -> "Kansrijk
    Kwarstad"), or None."""
    words = name.split()
    if len(words) < 3 or words[0] not in LEGAL_FORMS:
        return None
    rest = " ".join(words[1:])
    if not words[1][:1].isupper() or is_stop_word(words[1]) or rest in places():
        return None
    if rest in keep_terms() or rest in institutions() or words[1] in keep_terms():
        return None
    return rest
