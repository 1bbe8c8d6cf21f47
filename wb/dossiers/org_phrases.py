"""Shapes of words around an organisation's name: a dictionary word, a capitalised word that
opens a phrase with the lowercase word after it, a team named for its care domain, a heading
after a care domain."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import LOW, hunspell, is_dutch_word, is_known_name, is_ordinary, places
from wb.lang import word_set
from wb.nlp.lexicon import get_lexicon

CONNECT = r"(?:van|voor|de|der|den|het|'t|aan|op|ter|ten|tot|en|&)"


def in_dictionary(word: str) -> bool:
    """True for a word the dictionary or the lexicon knows as written (not a guessed compound)."""
    low = word.lower()
    return low in hunspell().ordinary or is_dutch_word(low)


LOW_CONTENT = re.compile(rf"[ ](?!{CONNECT}\b)[{LOW}][{LOW}]{{3,}}\b")


def phrase_after(name: str, text: str, end: int) -> int | None:
    """Where a name's last word, a dictionary word, opens a phrase with the lowercase noun after
    it ("Stichting Noorderlicht Gesloten jeugdzorg"): that word is no part of the name."""
    last, after = name.rsplit(" ", 1)[-1], LOW_CONTENT.match(text, end)
    mask = get_lexicon().pos_mask.get(after[0].strip(), 0) if after else 0
    rest = name.rsplit(" ", 1)[0] if " " in name else ""
    named = rest not in ("", "De", "Het", "'t")  # not "Het Palet start"
    if named and mask & 1 and not mask & 2 and in_dictionary(last):
        return name.rindex(" ")  # not before a verb: "Stichting Samen Verder helpt", "start"
    return None


ADJECTIVE_ENDS = ("lijk", "isch", "aal", "ief", "eel", "ig", "ale", "ieve", "ele", "ige", "ische")


def domain_name(core: str, domains: frozenset[str]) -> bool:
    """A care domain, alone or after dictionary adjectives ("Zorg", "Maatschappelijke Zorg")."""
    *before, last = core.split(" ")
    adjective = all(w.lower().endswith(ADJECTIVE_ENDS) and in_dictionary(w) for w in before)
    return last.lower() in domains and adjective


def heading_after_domain(trigger: str, name: str) -> bool:
    """ "Jeugdhulp Tussenrapportage", "Jeugdzorg Persfoto": after a care domain as the
    trigger, a name whose first word is a capitalised ordinary word in Title Case (no place,
    region, compass word or known name) is the next heading or a caption, no organisation's
    name ("Jeugdhulp Friesland", "Jeugdzorg Noord" stay names)."""
    first = name.split(" ", 1)[0]
    return (
        trigger.lower() in word_set("org_domains.txt")
        and first[1:].islower()
        and is_ordinary(first)
        and not is_known_name(first)
        and first not in places()
        and first.lower() not in word_set("name_compass.txt")
    )


# ", visie, positionering": a comma, then a lowercase word and another comma or "en"
NOUN_LIST = re.compile(rf",[ ](?P<w>[{LOW}]{{3,}})(?:,[ ]|[ ]en[ ])")


def noun_list_after(name: str, text: str, end: int) -> bool:
    """True when a name of one dictionary word opens a list of lowercase nouns ("Koers, waarden
    en ambities" after "organisatie" in a table of contents): a heading's word, no name."""
    after = NOUN_LIST.match(text, end)
    return bool(after) and in_dictionary(name) and in_dictionary(after["w"])
