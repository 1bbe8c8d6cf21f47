"""names61: a city's ombudsman with its city annotated as in rounds 32-33 (t961), names glued to
a video time code left as whole tokens (t908), and an institution's kind noun after a role word
("Integraal Kind Centrum") that is no surname (wb.dossiers.person_roles)."""

from names_rounds_helpers import annotated, spans_of

from wb.dossiers.entities import detect_dossier


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.type, m.text) for m in detect_dossier([text])[0]]


def _ombudsman_then_place(text_id: str) -> list[tuple[str, str]]:
    """Each kept ombudsman word and the PLAATS span right after it (one space between)."""
    item = annotated(text_id)
    places = {s["start"]: s["text"] for s in item["identifiers"] if s["type"] == "PLAATS"}
    return [
        (k["text"], places[k["end"] + 1])
        for k in item["keep"]
        if k["text"].endswith("ombudsman") and k["end"] + 1 in places
    ]


def test_city_ombudsman_keeps_its_word_and_the_city_is_a_place():
    # the policy of rounds 32-33, now also round 44's t961
    assert _ombudsman_then_place("t695") == [("Kinderombudsman", "Amsterdam")]
    assert _ombudsman_then_place("t717") == [("Kinderombudsman", "Amsterdam")]
    assert _ombudsman_then_place("t718") == [("Kinderombudsman", "Amsterdam")] * 2
    assert _ombudsman_then_place("t961") == [("Jeugdombudsman", "Den Haag")]
    item = annotated("t961")
    assert [(s["start"], s["end"], s["type"]) for s in item["identifiers"]] == [
        (18, 26, "PLAATS"),
        (161, 172, "PERSOON"),
    ]
    assert [(k["start"], k["end"]) for k in item["keep"][:2]] == [(0, 2), (3, 17)]
    assert spans_of("t961", "ORGANISATIE") == []


def test_names_glued_to_a_time_code_stay_whole_tokens():
    # the glued-token policy line: the span takes the digits glued to the name
    glued = [s for s in spans_of("t908", "PERSOON") if s.endswith("00")]
    assert len(glued) == 4
    assert [s[:-2] for s in glued] == [
        "Rian Hunze",
        "Yenthe van der Wal",
        "Jilmer Dykstra",
        "Rian Hunze",
    ]


def test_institution_kind_noun_after_a_role_word_is_no_surname():
    text = "De partij wil een Integraal Kind Centrum (IKC). In een IKC werken scholen samen."
    assert not [s for s in _spans(text) if s[2] == "PERSOON"]
    assert _spans("Het plan voor een Kind Centrum in het dorp.") == []
    # a compound that ends in an institution's kind noun, after a role word
    assert _spans("Ze bouwen een Kind Jeugdcentrum aan de rand.") == []
    # a surname after a role word stays a person's name
    assert _spans("Daar zat oma Kwartelmans en at.") == [(13, 24, "PERSOON", "Kwartelmans")]
    assert _spans("Toen sprak Wethouder Kuipman de raad toe.") == [(21, 28, "PERSOON", "Kuipman")]
