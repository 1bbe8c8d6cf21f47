"""A ruling's procedure list and party lines are furniture by their shape (themes16)."""

from __future__ import annotations

from wb.themes.procedure import is_document_item, is_party_line, is_procedure_heading
from wb.themes.segments import drop_furniture, furniture_flags, is_furniture, segment_text

RULING = (
    "Beschikking op het verzoek van:\n\n"
    "[A],\nde moeder,\nwonende te [woonplaats],\n\n"
    "advocaat: mr. P.Q. Visser te Dordrecht.\n\n"
    "1 Het verloop van de procedure\n\n"
    "- het verzoekschrift met bijlagen, ingekomen op 2 maart 2020;\n\n"
    "- de brief van 9 april 2020, met bijlagen, van de zijde van de vader.\n\n"
    "De vader heeft op 14 april 2020 een verweerschrift ingediend.\n\n"
    "De ouders wonen sinds de scheiding elk in een andere stad en spreken elkaar weinig.\n\n"
    "2 De feiten\n\n"
    "[kind] is geboren op [geboortedag] 2015 te [geboorteplaats] ,\n\n"
    "Op 1 juni 2019 is de moeder met het kind naar een andere stad verhuisd zonder overleg.\n"
)


def test_ruling_furniture_spans():
    segs = segment_text("uitspraak", RULING)
    kept = [(s.start, s.end) for s in drop_furniture(segs)]
    assert [RULING[a:b] for a, b in kept] == [
        "De ouders wonen sinds de scheiding elk in een andere stad en spreken elkaar weinig.",
        "Op 1 juni 2019 is de moeder met het kind naar een andere stad verhuisd zonder overleg.",
    ]
    assert kept == [(345, 428), (506, 592)]
    assert sum(furniture_flags(segs)) == 9


def test_shapes():
    assert is_procedure_heading("1 Het verloop van de procedure")
    assert is_procedure_heading("PROCESVERLOOP")
    assert not is_procedure_heading("1 De feiten en het procesverloop")
    assert is_document_item("– het klaagschrift met bijlagen ontvangen op 2 december 2016;")
    # a letter listed with its subject, no filing marker: a passage (a parliamentary report)
    assert not is_document_item("• de brief van de minister d.d. 8 juli 2022 inzake de jeugdzorg;")
    assert is_party_line("advocaat: mr. A.B. Jansen te Utrecht,")
    assert is_party_line("thans wonende te [woonplaats 2] (voorheen te [woonplaats 3] )")
    assert is_party_line("Als secretaris is opgetreden mevrouw mr. A. de Vries.")
    assert not is_party_line("Mijn zoon is geboren op 3 mei 2015 te Utrecht en woont nu bij mij.")


def test_dated_sentence_outside_procedure_is_a_passage():
    text = "Feiten\n\nDe man heeft op 3 januari 2014 een nieuwe baan gevonden in een andere stad.\n"
    segs = segment_text("uitspraak", text)
    assert furniture_flags(segs) == [True, False]


def test_party_block_of_short_lines():
    block = "beschikking\nRECHTBANK OOST\nZaaknummer: C/01/1\nin de zaak van\n[de vrouw],\n[a]"
    assert is_furniture(block)
    assert not is_furniture("Wij spraken over de kinderen,\nover school\nen over het huis.")


def test_word_classes_of_a_lemma_cycle_end():
    from wb.themes.words import word_classes

    # the lemmatiser maps "voorhand" to "voorhanden" and back: no endless recursion
    assert word_classes("voorhand") == frozenset({"OTHER"})
    assert word_classes("onderhand") == frozenset({"OTHER"})


def test_names_with_the_same_head_are_told_apart():
    from wb.themes.name_pairs import distinguish_names, same_head

    assert same_head("gesloten jeugdzorginstelling", "gesloten jeugdhulpinstellingen") == (
        "instelling"
    )
    assert same_head("kinderen in de klas", "stem van kinderen") == ""
    themes = [
        {"label": "jeugdhulp", "keywords": ["jeugdhulp", "wachtlijst", "gemeente"], "lemmas": []},
        {"label": "jeugdhulp naar de gemeenten", "keywords": ["gemeente", "jeugdhulp", "taak"]},
        {"label": "gesloten jeugdzorginstelling", "keywords": ["isoleercel", "jongere"]},
        {"label": "gesloten jeugdhulpinstellingen", "keywords": ["jongere", "plaatsing"]},
        {"label": "stem van kinderen", "keywords": ["stem", "kind"]},
    ]
    # without passages the keyword is joined by "en", never a comma list (themes20)
    assert [t["label"] for t in distinguish_names(themes)] == [
        "jeugdhulp en wachtlijst",
        "jeugdhulp naar de gemeenten",
        "gesloten jeugdzorginstelling en isoleercel",
        "gesloten jeugdhulpinstellingen en plaatsing",
        "stem van kinderen",
    ]
