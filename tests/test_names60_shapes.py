"""names60: shapes of round 44's misses and leaks (bench/README.md, names60), on made-up
snippets: a school named after a person after an article, names after a plural school noun, a
school kind's acronym (IKC) that names no organisation alone, a letter's salutation to the
college, a transport firm by its trade, an organisation in capitals after STICHTING, a school's
one key with and without its kind word, and "redactie" before a name."""

from wb.dossiers.entities import detect_dossier
from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.type, m.text) for m in detect_dossier([text])[0]]


def _placeholders(text: str) -> list[tuple[int, int, str]]:
    return [(r[0], r[1], r[5]) for r in Pseudonymiser().dossier([text])[0].replacements]


def test_school_named_after_a_person_after_an_article():
    text = "Hij ging naar de Groen van Kwarvinkschool in Ede. Daar bleef hij."
    assert _spans(text) == [
        (17, 41, "SCHOOL", "Groen van Kwarvinkschool"),
        (45, 48, "PLAATS", "Ede"),
    ]
    # a role word before "van" is no part of the school's name
    assert _spans("Ze belde de Directeur van Kwarvinkschool op.")[-1][3] == "Kwarvinkschool"


def test_names_after_a_plural_school_noun():
    text = (
        "Het doek valt voor de basisscholen de Ridderspoor in Westenholte en het Veldmuur in "
        "Pierik. Bij de Ridderspoor zitten 83 leerlingen."
    )
    assert _placeholders(text) == [
        (38, 49, "[SCHOOL-1]"),
        (53, 64, "[PLAATS-1]"),
        (72, 80, "[SCHOOL-2]"),
        (84, 90, "[PLAATS-2]"),
        (99, 110, "[SCHOOL-1]"),
    ]
    # an adjective after the article is no school's name
    assert _spans("Op de scholen de Engelse les volgen.") == []


def test_school_kind_acronym_names_no_organisation():
    text = (
        "Het IKC Zonnekamp krijgt een gebouw. In een Integraal Kind Centrum (IKC) werken scholen "
        "samen. Het IKC opent in mei."
    )
    found = _spans(text)
    assert (8, 17, "SCHOOL", "Zonnekamp") in found
    assert not [m for m in found if m[3] == "IKC"]
    # a quoted school: the closing quote stays out of the name, one placeholder
    text = "Het IKC Zonnekamp groeit. ‘IKC Zonnekamp’ is een centrum."
    assert _placeholders(text) == [(8, 17, "[SCHOOL-1]"), (31, 40, "[SCHOOL-1]")]


def test_salutation_to_the_college_stays():
    assert _spans("Edelachtbaar College,\n\nBij onze fractie komen klachten binnen.") == []
    assert _spans("Hooggeacht College,\n\nWij vragen u het volgende.") == []


def test_transport_firm_by_its_trade():
    text = (
        "De nieuwe vervoerder, Wolk Personenvervoer, kan niet alle kinderen vervoeren. Daarmee "
        "voldoet Wolk Personenvervoer niet."
    )
    assert _placeholders(text) == [(22, 42, "[ORGANISATIE-1]"), (94, 114, "[ORGANISATIE-1]")]
    # a first name before the trade is a person's, a heading's first word no firm
    assert _spans("Leerlingen Personenvervoer is duur.") == []


def test_organisation_in_capitals_after_stichting():
    text = "tegen\n\nSTICHTING KWARVIKSE ONDERWIJSGROEP VELUWE EN ZUID,\n\ngevestigd te Ede,"
    assert _spans(text) == [
        (7, 56, "ORGANISATIE", "STICHTING KWARVIKSE ONDERWIJSGROEP VELUWE EN ZUID"),
        (72, 75, "PLAATS", "Ede"),
    ]


def test_school_has_one_placeholder_with_or_without_its_kind():
    text = (
        "De opening van basisschool De Kleine Kwartel was in mei. De Kleine Kwartel school "
        "groeit. Kindcentrum Kwartelhof en basisschool Kwartelhof delen een gebouw."
    )
    assert _placeholders(text) == [
        (15, 44, "[SCHOOL-1]"),
        (60, 81, "[SCHOOL-1]"),
        (90, 112, "[SCHOOL-2]"),
        (116, 138, "[SCHOOL-2]"),
    ]


def test_redactie_heads_a_name():
    text = "Geschreven door redactie Kwarvik Nieuws\n\nDe gemeente."
    assert _spans(text) == [(25, 39, "ORGANISATIE", "Kwarvik Nieuws")]
