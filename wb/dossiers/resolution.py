"""Entity resolution within a dossier: "mevrouw De Vries", "Anja de Vries" and "Anja" are one
person; a short form of an organisation ("Veilig Thuis") is the longer name it starts or ends."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from wb.dossiers.entities import Mention
from wb.dossiers.entity_data import is_known_name, is_ordinary, norm_name
from wb.dossiers.person_initials_guard import other_initials


@dataclass
class Entity:
    """One person or thing within a dossier."""

    type: str
    key: str
    mentions: list[Mention] = field(default_factory=list)
    first: str = ""
    surname: str = ""
    gender: str = ""
    roles: set[str] = field(default_factory=set)
    child: bool = False
    order: int = 0


def resolve(per_text: list[list[Mention]]) -> dict[int, Entity]:
    """Group a dossier's mentions into entities; returns id(mention) -> entity."""
    mentions = [m for ms in per_text for m in ms]
    assignment: dict[int, Entity] = {}
    by_key: dict[tuple[str, str], Entity] = {}

    def entity(type_: str, key: str) -> Entity:
        if (type_, key) not in by_key:
            by_key[(type_, key)] = Entity(type_, key, order=len(by_key))
        return by_key[(type_, key)]

    _typo_keys(mentions)
    _inflected_keys(mentions)
    _places_taken_for_persons(mentions)
    _orgs_taken_for_persons(mentions)
    _acronyms_of_orgs(mentions)
    persons = [m for m in mentions if m.type == "PERSOON"]
    persons.sort(key=_possessive)  # "Mark" before "Marks", whatever comes first in the text
    full = [m for m in persons if m.first and m.surname]
    glued = [m for m in full if _glued_word(m)]
    glued_ids = {id(m) for m in glued}
    for m in full:
        if id(m) not in glued_ids:
            e = entity("PERSOON", f"{m.first.split()[0].lower()}|{m.surname}")
            _add_person(e, m)
            assignment[id(m)] = e
    people = list(by_key.values())
    for m in glued:  # "Voorwoord Anouk Brinkhorst", "Volgens Brinkhorst": a known person
        e = _match_person(replace(m, first=""), people) if people else None
        if e is None:
            e = entity("PERSOON", f"{m.first.split()[0].lower()}|{m.surname}")
            if not any(p is e for p in people):
                people.append(e)
        _add_person(e, m)
        assignment[id(m)] = e
    for m in persons:
        if id(m) in assignment:
            continue
        e = _match_person(m, people)
        if e is None:
            name = m.surname or m.first.lower()
            e = entity("PERSOON", f"{m.initials[:1]}|{name}|{m.gender}|{bool(m.first)}")
            if e not in people:
                people.append(e)
        _add_person(e, m)
        assignment[id(m)] = e
    _resolve_others([m for m in mentions if m.type != "PERSOON"], assignment, entity)
    return assignment


def _glued_word(m: Mention) -> bool:
    """True for a full name whose "first name" opens with an ordinary word that is no name, glued
    to the name by a heading or a sentence start ("Voorwoord Anouk Brinkhorst")."""
    word = m.first.split()[0]
    return m.text.startswith(word) and is_ordinary(word) and not is_known_name(word)


def _acronyms_of_orgs(mentions: list[Mention]) -> None:
    """An organisation or school written as an acronym in capitals ("SPOKW") whose letters are
    the initials of the capitalised words of an organisation or school of the same dossier
    ("Samenwerkingsverband Passend Onderwijs Kennemerland West") takes that name's type and
    key; one whose letters are the initials of every part of a place's name of the dossier
    ("WBW": "West-Brabant-west") is that place."""
    orgs = [m for m in mentions if m.type in ("ORGANISATIE", "SCHOOL")]
    places = [m for m in mentions if m.type == "PLAATS"]
    for m in orgs:
        text = m.text.strip()
        if not (3 <= len(text) <= 8 and text.isalpha() and text.isupper()):
            continue
        for other in orgs:
            words = [w for w in re.split(r"[\s-]+", other.text) if w[:1].isupper()]
            if len(words) == len(text) and "".join(w[0] for w in words) == text:
                m.type, m.key = other.type, other.key or norm_name(other.text)
                break
        else:
            # "regio West-Brabant-west (WBW)": the initials of every part of a place's name
            for other in places:
                parts = [w for w in re.split(r"[\s-]+", other.text) if w]
                if len(parts) == len(text) and "".join(w[0] for w in parts).upper() == text:
                    m.type, m.key = "PLAATS", other.key or norm_name(other.text)
                    break


def _places_taken_for_persons(mentions: list[Mention]) -> None:
    """A one-word "person" that is a place of the same dossier in capitals ("ARNHEM" where
    "Arnhem" is a place) or that place's adjective ("Arnhemse") is that place; so is a word taken
    for a place by its point of the compass ("Noordijkse" where "Noordijk" is a place)."""
    places = {m.key or norm_name(m.text) for m in mentions if m.type == "PLAATS"}
    for m in mentions:
        taken = m.type == "PERSOON" or m.source == "compass-place"
        if not taken or " " in m.text.strip():
            continue
        key = norm_name(m.text)
        if m.text.isupper() and key in places:
            m.type, m.key = "PLAATS", key
        elif key.endswith("se") and key[:-2] in places and m.text[:1].isupper():
            m.type, m.key = "PLAATS", key[:-2]


def _orgs_taken_for_persons(mentions: list[Mention]) -> None:
    """A bare one-word "person" that is an organisation's name or its first word in the same
    dossier, with or without its article ("Lucas" after "schoolbestuur Lucas Onderwijs",
    "Wyldehof" after "De Wyldehof"), is that organisation, unless the dossier names a person
    with that first name and a surname."""
    orgs = [
        (m.type, m.key or norm_name(m.text))
        for m in mentions
        if m.type in ("ORGANISATIE", "SCHOOL")
    ]
    if not orgs:
        return
    firsts = {m.first.split()[0].lower() for m in mentions if m.first and m.surname}
    for m in mentions:
        if m.type != "PERSOON" or " " in m.text.strip() or m.initials or m.role:
            continue
        if m.gender and m.source not in ("first-name", "fallback", "fallback-initial"):
            continue  # "mevrouw Lucas": a title makes a person
        word = norm_name(m.text)
        if word in firsts:
            continue
        org = next(
            ((t, k) for t, k in orgs if _without_article(k) == word or k.startswith(word + " ")),
            None,
        )
        if org:
            m.type, m.key = org


TYPO_MIN = 10  # characters of a name whose one-letter variant is a typo of it


def one_edit_apart(a: str, b: str) -> bool:
    """True when two strings differ by exactly one letter added, dropped or replaced (not a
    digit: "Team 1" and "Team 2" are two teams)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if b[i].isdigit() or (i < len(a) and a[i].isdigit()):
        return False
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _typo_keys(mentions: list[Mention]) -> None:
    """A place's, organisation's or school's name written once with one letter more, less or
    different ("GGD Holland Midden" beside "GGD Hollands Midden") is the same name, and so is a
    one-word "person" one letter away from a place of the dossier ("Leidschenven-Ypenburg"):
    both take the key (and type) of the name as first written. Names of ten characters or more."""
    seen: dict[str, list[str]] = {"PLAATS": [], "ORGANISATIE": [], "SCHOOL": []}
    for m in mentions:
        key = m.key or norm_name(m.text)
        if m.type not in seen or len(key) < TYPO_MIN:
            continue
        same = next((k for k in seen[m.type] if one_edit_apart(key, k)), None)
        if same:
            m.key = same
        elif key not in seen[m.type]:
            seen[m.type].append(key)
    for m in mentions:
        if m.type != "PERSOON" or " " in m.text.strip() or m.first or m.initials or m.role:
            continue
        key = norm_name(m.text)
        place = next((k for k in seen["PLAATS"] if one_edit_apart(key, k)), None)
        if len(key) >= TYPO_MIN and place:
            m.type, m.key = "PLAATS", place


INFLECTIONS = ("en", "n", "s")  # a plural ("Flevostaten") or a genitive without apostrophe


def _inflected_keys(mentions: list[Mention]) -> None:
    """A one-word name written once with a plural or genitive ending ("Flevostate",
    "Flevostaten") is the same name: the inflected form takes the type, key and name parts of
    the mention whose whole text is its stem (five letters or more). Not when the longer form
    is itself a known name ("Jans" and "Jansen" are two surnames) or has a first name of its
    own, and not from a person with a first name (the existing possessive rule decides there)."""
    stems: dict[str, Mention] = {}
    for m in mentions:
        if " " not in m.text and m.type != "KEEP" and not m.first:
            stems.setdefault(m.text, m)
    for m in mentions:
        if " " in m.text or m.first or m.initials or m.role or is_known_name(m.text):
            continue
        for ending in INFLECTIONS:
            stem = stems.get(m.text[: -len(ending)]) if m.text.endswith(ending) else None
            if stem is None or len(stem.text) < 5 or stem is m:
                continue
            if m.type not in (stem.type, "PERSOON"):
                continue  # a place or organisation is not taken to another type
            m.type, m.key = stem.type, stem.key or norm_name(stem.text)
            m.surname, m.gender = stem.surname, stem.gender
            break


def _without_article(key: str) -> str:
    """An organisation's key without a leading article ("de vliethoeve" -> "vliethoeve")."""
    head, _, rest = key.partition(" ")
    return rest if rest and head in ("de", "het", "'t") else key


def _possessive(m: Mention) -> bool:
    """True for a one-word name that may be a possessive without apostrophe ("Marks")."""
    word = (m.first or m.surname).lower()
    return (
        " " not in word and "-" not in word and word.endswith("s") and not (m.first and m.surname)
    )


def _add_person(e: Entity, m: Mention) -> None:
    e.mentions.append(m)
    e.first = e.first or m.first
    e.surname = e.surname or m.surname
    e.gender = e.gender or m.gender
    if m.role:
        e.roles.add(m.role)
    e.child = e.child or m.child


def _core(surname: str) -> str:
    return surname.split()[-1] if surname else ""


def _double_parts(surname: str) -> list[str]:
    """The cores of the parts of a double surname ("brakveld-oosterhuis", "van dam-de vries" ->
    "dam", "vries"; "kuiper-van dijk" -> "kuiper", "dijk"); empty for a single one."""
    parts = [_core(part) for part in surname.split("-")]
    return parts if len(parts) > 1 and all(parts) else []


def _match_person(m: Mention, people: list[Entity]) -> Entity | None:
    """The known entity a partial name ("dhr. Bos", "R. Bos", "Sanne", "Vries") refers to."""
    if m.surname:
        cands = [e for e in people if e.surname and _core(e.surname) == _core(m.surname)]
        exact = [e for e in cands if e.surname == m.surname]
        cands = exact or cands
        if not cands and " " not in m.surname and "-" not in m.surname:
            # "Brakveld" after "T. Brakveld-Oosterhuis": one part of a known double surname
            cands = [e for e in people if m.surname in _double_parts(e.surname)]
        elif not cands and _double_parts(m.surname):
            # "Brakveld" seen first, then "T. Brakveld-Oosterhuis": the double name is that person
            # ("Anna van Dam", then "A. van Dam-de Vries": the initial decides below)
            parts = _double_parts(m.surname)
            cands = [e for e in people if _core(e.surname) in parts and (not e.first or m.initials)]
        if m.initials:
            initial = m.initials[0].lower()
            cands = [e for e in cands if not e.first or e.first[:1].lower() == initial]
            cands = [e for e in cands if not other_initials(m, e.mentions)]  # names-tail
        if m.first:
            cands = [e for e in cands if e.first and e.first.lower() == m.first.lower()]
    else:
        first = m.first.lower()
        cands = [e for e in people if e.first and e.first.split()[0].lower() == first]
    single = (m.first or m.surname).lower()
    if not cands and not m.initials and " " not in single and not (m.first and m.surname):
        # one word ("Yvonne", "Davy"): a first name or a surname seen alone elsewhere
        cands = [
            e
            for e in people
            if (e.first and e.first.split()[0].lower() == single)
            or (not e.first and e.surname == single)
            or single in _double_parts(e.surname)
        ]
    if not cands and m.first and not (m.surname or m.initials or m.role == "kind"):
        # "legt Roos uit" after "wethouder Yvonne Roos": a first name alone that no one of the
        # dossier bears is the surname of the one person who has it
        cands = [e for e in people if e.first and e.surname == single]
        cands = cands if len(cands) == 1 else []
    if not cands and m.surname and not (m.first or m.initials) and _core(m.surname) != m.surname:
        # "de dochter van Douwe" read as a surname "van Douwe": the first name of a person of
        # the dossier after "van" is that person (the "van" says whose daughter)
        core = _core(m.surname)
        cands = [e for e in people if e.first and e.first.split()[0].lower() == core]
    if not cands and _possessive(m) and len(single) > 3 and not (m.initials or m.gender or m.role):
        # "Marks moeder": a first name seen alone elsewhere with the possessive s glued to it
        cands = [e for e in people if e.first and e.first.split()[0].lower() == single[:-1]]
    if m.gender:
        cands = [e for e in cands if not e.gender or e.gender == m.gender]
    if not cands:
        return None
    bare = bool(m.surname) and not m.first and not m.initials  # "dhr. Bos", "gezin Visser"
    adult = (bool(m.gender or m.role) or bare) and m.role != "kind"

    def score(e: Entity) -> tuple[int, int]:
        s = 0
        if m.role and m.role in e.roles:
            s += 4
        if adult and not e.child:
            s += 2
        if adult and "ouder" in e.roles:
            s += 1
        if m.role == "kind" and e.child:
            s += 2
        return s, -e.order

    return max(cands, key=score)


def _resolve_others(
    mentions: list[Mention], assignment: dict[int, Entity], entity: Callable[[str, str], Entity]
) -> None:
    orgs = [m for m in mentions if m.type in ("ORGANISATIE", "SCHOOL")]
    full_keys: list[tuple[str, str]] = []
    for m in orgs:
        if (m.type, m.key) not in full_keys:
            full_keys.append((m.type, m.key))
    numbered = _numbered_addresses(mentions)
    for m in mentions:
        key = m.key or norm_name(m.text)
        if m.type in ("ORGANISATIE", "SCHOOL"):
            key = _org_key(m.type, key, full_keys)
            if m.source == "handle":
                key = _handle_key(key, full_keys)
        elif m.type == "ADRES":
            # a house number is part of the address ("Kerkstraat 14" and "Kerkstraat 16" are two);
            # a bare street is the address of its one number in the dossier, else itself
            only = numbered.get(_street_of(key), set())
            key = next(iter(only)) if _street_of(key) == key and len(only) == 1 else key
        elif m.type == "DATUM" and not key:
            key = m.text
        elif m.type == "PLAATS":
            key = key.replace("-", " ")  # "Holland-Rijnland" is "Holland Rijnland"
        e = entity(m.type, key)
        e.mentions.append(m)
        assignment[id(m)] = e


def _street_of(key: str) -> str:
    """The street of a normalised address: its words before the first digit."""
    return re.sub(r"\s*\d.*$", "", key)


def _numbered_addresses(mentions: list[Mention]) -> dict[str, set[str]]:
    """Each street of the dossier's addresses with the keys of its numbered addresses."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        key = m.key or norm_name(m.text)
        if m.type == "ADRES" and _street_of(key) != key:
            found.setdefault(_street_of(key), set()).add(key)
    return found


def _handle_key(key: str, keys: list[tuple[str, str]]) -> str:
    """A social media handle ("spiritpleegzorg") takes the key of a one-word organisation of
    the dossier it starts with ("spirit"); otherwise the key stays."""
    for _, other in keys:
        if " " not in other and len(other) >= 4 and other != key and key.startswith(other):
            return other
    return key


def _org_key(type_: str, key: str, keys: list[tuple[str, str]]) -> str:
    """A short form ("veilig thuis", "het anker") takes the key of the longer name it starts or
    ends (the first such name in the dossier); otherwise the key stays."""
    for t, other in keys:
        if (
            t == type_
            and other != key
            and (other.startswith(key + " ") or other.endswith(" " + key))
        ):
            return other
    return key
