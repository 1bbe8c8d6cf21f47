"""Places in a sentence where no person's name stands, whatever rule proposed one (names69):

* right after the article "het", one word the dictionary knows (as a name too: "het
  Wilhelmus", "het Vondelpark"): Dutch writes a person's name without the neuter article; such a
  word is a song, a park or a building known to all (an unknown word there may be a local place
  or street, left to the rules that read it: "het Kwarvikveld"; before an organisation's head
  noun the word names the organisation and is left as before: "het Lucas ziekenhuis");
* one word right before "heer" and a capitalised word ("Be heer Wolkema"): the article "De"
  as an OCR scan misread it, before the title;
* a word right before a volume and number ("Gst. 2016/93", "JB 2019/12"): a law journal's
  abbreviation in a citation.

Only persons' candidates are dropped (before the choice between overlapping mentions), so an
organisation's or place's rule may still read the word; the user's own terms stay.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import hunspell
from wb.dossiers.mentions import Mention
from wb.dossiers.org_words import head_of

ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])[Hh]et[ ]$")
TITLE_AFTER = re.compile(r"[ ]heer[ ][A-Z]")
HEAD_AFTER = re.compile(r"[ ]([a-z]+)")
CITATION_AFTER = re.compile(r"\.?[ ](?:19|20)\d\d/\d+")


def no_person_here(text: str, m: Mention) -> bool:
    """True when a person's candidate stands where Dutch writes no person's name."""
    one = text[m.start : m.end]
    if " " in one:
        return False
    if ARTICLE_BEFORE.search(text, max(0, m.start - 4), m.start):
        head = HEAD_AFTER.match(text, m.end)
        if head and head_of(head[1]):
            return False  # "het Lucas ziekenhuis": the name of an organisation, read as before
        return one in hunspell().proper or one.lower() in hunspell().ordinary
    return bool(TITLE_AFTER.match(text, m.end) or CITATION_AFTER.match(text, m.end))


def drop_vetoed_persons(text: str, candidates: list[Mention]) -> list[Mention]:
    """The candidates without the persons' that stand where no person's name stands."""
    return [
        m for m in candidates if m.type != "PERSOON" or m.tier == 0 or not no_person_here(text, m)
    ]
