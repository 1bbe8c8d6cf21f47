"""Other written forms of a name the dossier has learned elsewhere.

* after a lowercase prefix and a hyphen ("oud-Kwarvik", "ex-Wolkema"; ``name_hyphen_prefixes.txt``)
  a learned surname, first name, place or organisation's short form is that name: the prefix
  stays readable, the name is replaced;
* a learned surname, first name or organisation's short form (four letters or more) with a
  plural or genitive ending glued to it ("de Kwarvikens", "Wolkemas", "Kompassen") is that name,
  the ending included in the span; not when the longer form is a dictionary word or a known
  name of its own ("Jans" / "Jansen"), and not a place ("Bergen" is no plural of "Berg").
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import is_dutch_word, is_known_name, norm_name, places
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.word_index import text_words
from wb.lang import words

# endings of a plural or a genitive without apostrophe, longest first
ENDINGS = ("sen", "en", "s", "n")


@cache
def _prefixes() -> tuple[str, ...]:
    return tuple(words("name_hyphen_prefixes.txt"))


@cache
def _prefix_rx() -> re.Pattern:
    alternation = "|".join(re.escape(p) for p in _prefixes())
    return re.compile(rf"(?<![\w'’-])(?:{alternation})-(?P<w>[A-Z][\w'’]*)(?![\w'’-])")


INFLECTED = re.compile(lead_first(r"(?<![\w'’-])(?P<w>[A-Z][a-zà-ÿ]{3,})(?![\w'’-])"))


def _names(learned: Learned) -> dict[str, tuple[str, str, str]]:
    """Learned one-word names -> (type, key, part): part "first", "surname" or ""."""
    names: dict[str, tuple[str, str, str]] = {}
    for alias, (typ, key) in learned.org_aliases.items():
        if " " not in alias:
            names[alias] = (typ, key, "")
    for place in learned.places:
        if " " not in place:
            names[place] = ("PLAATS", norm_name(place), "")
    for first in learned.first_names:
        names[first] = ("PERSOON", "", "first")
    for surname in learned.surnames:
        if " " not in surname:
            names[surname] = ("PERSOON", "", "surname")
    return names


def _stems(word: str) -> list[str]:
    """The word without each ending it has, longest ending first."""
    return [word[: -len(e)] for e in ENDINGS if word.endswith(e) and len(word) > len(e)]


def _mention(start: int, end: int, text: str, name: str, kind: tuple[str, str, str]) -> Mention:
    typ, key, part = kind
    m = Mention(start, end, typ, text[start:end], 2, "learned-form", key=key)
    if part == "first":
        m.first = name
    elif part == "surname":
        m.surname = norm_name(name)
    return m


def learned_forms(text: str, learned: Learned) -> list[Mention]:
    """Learned names after "oud-"/"ex-" and with a plural or genitive ending glued to them."""
    names = _names(learned)
    if not names:
        return []
    found = []
    if any(f"{p}-" in text for p in _prefixes()):
        for m in _prefix_rx().finditer(text):
            kind = names.get(m["w"])
            if kind:
                found.append(_mention(m.start("w"), m.end("w"), text, m["w"], kind))
    stems = {n for n, kind in names.items() if kind[0] != "PLAATS" and len(n) >= 4}
    candidates = {
        w for w in text_words(text) if w[:1].isupper() and any(s in stems for s in _stems(w))
    }
    if not candidates:
        return found
    for m in INFLECTED.finditer(text):
        word = m["w"]
        if word not in candidates:
            continue  # (a form learned as a name of its own, "de familie Kwarvikens", too)
        if is_dutch_word(word.lower()) or is_known_name(word) or word in places():
            continue  # "Koken", "Jansen", "Bergen": a word or a name of its own
        stem = next(w for w in _stems(word) if w in stems)
        found.append(_mention(m.start(), m.end(), text, stem, names[stem]))
    return found
