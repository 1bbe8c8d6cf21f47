"""A guard against capitalised ordinary words taken for names: the text's own lowercase use.

A run of capitalised words ("Rol en aanbod", "Ontwikkeling", "Aanwezig") that the rules took
for a person, place or organisation stays when every capitalised word in it is an ordinary
dictionary word, none is a known name, and the same text also writes each of them in
lowercase, as an ordinary word ("de rol van", "de ontwikkeling"). A name is rarely written in
lowercase in its own text; an ordinary word in a heading, a title or a list usually is, a
little further on. Measured in bench/README.md (names-firsts).
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import is_known_name, is_ordinary, is_stop_word
from wb.dossiers.mentions import Mention
from wb.dossiers.regex_lead import lead_first

ARTICLES = frozenset({"de", "het", "een", "'t"})
GUARDED_TYPES = frozenset({"PERSOON", "ORGANISATIE", "SCHOOL", "PLAATS"})
# persons found without context: a name after a title or role ("mevrouw Helder"), or learned
# from one, stays a name whatever the text writes in lowercase
CONTEXT_FREE_PERSONS = frozenset({"first-name", "fallback", "fallback-org", "line", "family"})
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# the lowercase word on its own: not inside an e-mail or web address ("info@spirit.nl")
LOWER = r"(?<![\w@./:-]){}(?![\w-]|[.@/]\w)"


@cache
def _lower_rx(low: str) -> re.Pattern:
    return re.compile(lead_first(LOWER.format(re.escape(low))))


def written_lowercase(text: str, word: str) -> bool:
    """True when the text also writes the capitalised `word` in lowercase, as a word of its own
    ("Jeugd" and "de jeugd"), and the word is no known name."""
    low = word.lower()
    return low != word and not is_known_name(word) and bool(_lower_rx(low).search(text))


def _ordinary_run(text: str, m: Mention) -> bool:
    """True when every word of the mention is capitalised or a function word, and every
    capitalised one is an ordinary word that the text also writes in lowercase."""
    words = WORD.findall(text[m.start : m.end])
    capitalised = [w for w in words if w[0].isupper()]
    if not capitalised or not words[0][0].isupper():
        return False
    if any(not w[0].isupper() and not is_stop_word(w) for w in words):
        return False  # "coöperatie Jeugd- en Gezinsteams", "Buddy to Buddy": a name's shape
    for word in capitalised:
        low = word.lower()
        if low == word or not is_ordinary(word) or is_known_name(word):
            return False
        if low in ARTICLES:
            continue  # "De", "Het" in front of a run: the words after it decide
        if is_stop_word(word):
            return False  # "Via Jeugd", "Samen Verder": a capitalised function word, a name
        if not _lower_rx(low).search(text):
            return False
    return any(w.lower() not in ARTICLES for w in capitalised)


def lowercase_attested(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the runs of ordinary words the text also writes in lowercase."""
    return [m for m in mentions if not _guarded(m) or not _ordinary_run(text, m)]


def _guarded(m: Mention) -> bool:
    """True for a mention the guard may drop: a name found without a title, role or learned
    name before it (nor a school after its kind, "OBS Het Zand", which the kind names)."""
    if m.extra.get("kind_before"):
        return False
    if m.type == "PERSOON":
        return m.source in CONTEXT_FREE_PERSONS
    return m.type in GUARDED_TYPES
