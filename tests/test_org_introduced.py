"""Organisations introduced once by their kind, then named alone (wb.dossiers.org_introduced).
Made-up names only."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier
from wb.dossiers.org_introduced import introduced_opens, is_kind, kind_apposition, kind_before


def _spans(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.source) for m in detect_dossier([text])[0]]


def test_kind_and_second_kind_before_a_lowercase_article():
    text = "KWARSTAD - Speeltuin en buurthuis de Kwarkeet luidt de noodklok."
    found = kind_before(text)
    assert [(m.start, m.end, m.text, m.source) for m in found] == [
        (37, 45, "Kwarkeet", "kind-introduced")
    ]
    assert found[0].extra["short"] == found[0].extra["named_short"] == "Kwarkeet"


def test_later_bare_mentions_get_the_same_placeholder():
    text = (
        "Speeltuin en buurthuis de Kwarkeet luidt de noodklok. De vrijwilligers bij de Kwarkeet "
        "zijn oud. Kwarkeet zoekt jonge mensen. Kwarkeet is een mooie plek."
    )
    mentions = detect_dossier([text])[0]
    assert [(m.start, m.text, m.source) for m in mentions] == [
        (26, "Kwarkeet", "kind-introduced"),
        (78, "Kwarkeet", "org-alias"),
        (97, "Kwarkeet", "org-alias"),  # a sentence start before a lowercase verb
    ]  # "Kwarkeet is een ...": before a copula it stays
    assert len({m.key for m in mentions}) == 1


def test_capitalised_article_stays_readable_and_the_name_is_reused():
    text = "Gevestigd in Kringloopwarenhuis Het Kwardoel. Het Kwardoel was altijd bedoeld als plek."
    assert _spans(text) == [
        ("Kwardoel", "ORGANISATIE", "kind-introduced"),
        ("Kwardoel", "ORGANISATIE", "org-alias"),
    ]


def test_capitalised_kind_glued_to_the_name_is_part_of_it():
    text = "Het clubgebouw van Speeltuin Kwarvreugd is elke vrijdag open."
    assert _spans(text) == [("Speeltuin Kwarvreugd", "ORGANISATIE", "kind-introduced")]
    assert kind_before("Kledingbank Zwolle heeft een koelkast.") == []  # a known place stays


def test_no_organisation_for_places_first_names_headings_or_other_nouns():
    assert kind_before("We gingen naar de speeltuin Leiden en de speeltuin Anna.") == []
    assert kind_before("We reden met de auto De Kwarkeet voorbij.") == []
    assert kind_before("Subsidie Sporthal Renovatie Plan Nieuw\n") == []
    assert kind_before("Het loket in de Centrale Sporthal Kwarwijk is open.") == []


def test_is_kind_takes_compounds():
    assert is_kind("jongerenhuiskamer") and is_kind("Sporthal") and is_kind("speeltuin")
    assert not is_kind("tuin") and not is_kind("krant") and not is_kind("winkel")


def test_introduced_opens_only_for_a_word_the_text_introduces():
    text = "Het buurthuis de Kwarkeet is open. Kwarkeet zoekt vrijwilligers."
    start = text.index("Kwarkeet zoekt")
    assert introduced_opens(text, "Kwarkeet", start + 8)
    assert not introduced_opens(text + " Het kwarkeet", "Kwarkeet", start + 8)  # lowercase too
    assert not introduced_opens("Kwarkeet zoekt vrijwilligers.", "Kwarkeet", 8)


def test_apposition_cue_is_measured_but_not_kept():
    text = "Kwarhof, de kinderopvang in het dorp, sluit. Kwarhof zoekt een pand."
    assert [m.text for m in kind_apposition(text)] == ["Kwarhof"]
    assert all(m.source != "kind-apposition" for m in detect_dossier([text])[0])
