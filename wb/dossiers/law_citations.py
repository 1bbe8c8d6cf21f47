"""A law's short name right after an article citation ("art. 11, aanhef en onder d, Lpw",
"artikel 8:75 Awb", "art. 1:247 lid 2 BW", "Artikelen 2, 5 en 8 Lpw"): the abbreviation of a
law, kept, never a name; so is an abbreviation defined in brackets right after a law's name
("Leerplichtwet 1969 (Lpw)", "Jeugdwet (Jw)", "Kinderrechtenverdrag (IVRK)"), wherever it stands
in the text; and a treaty's name, a capitalised compound ending in "verdrag" with the adjective
before it ("het Haags Kwakverdrag", "het Vrouwenverdrag"): a law, kept (names-kept4).

The abbreviation is a word of two to five letters that opens with a capital and that no
dictionary knows; it does not start a sentence ("art. 5. Marga ...": a new sentence's name)
and is no known first name.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import first_names, is_dutch_word, sentence_initial
from wb.dossiers.mentions import Mention

# "art. 11", "artikel 8:75", "artt. 2 en 3"; then "lid 2", "sub b", "onder d",
# "aanhef en onder d", separated by commas or spaces; then the law's abbreviation
CITED_LAW = re.compile(
    r"(?<![\w-])(?:[Aa]rtt?\.|[Aa]rt|[Aa]rtikel(?:en)?)[ ]?\d+[\w:.]*(?<!\.)"
    r"(?:(?:,[ ]|[ ]en[ ])\d+[\w:.]*(?<!\.))*"
    r"(?:,?[ ](?:lid[ ]\d+|leden[ ]\d+|sub[ ]\w+|onder[ ]\w+|aanhef(?:[ ]en[ ]onder[ ]\w+)?))*"
    r",?[ ](?P<law>[A-Z][A-Za-z]{1,4})(?![\w'’-])"
)

# "Leerplichtwet 1969 (Lpw)", "Participatiewet (Pwet)": a law's name (a capitalised compound
# ending in "wet", an optional year) and its abbreviation in brackets
DEFINED_LAW = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?:wet|verdrag)(?:[ ]\d{4})?[ ]\((?P<law>[A-Z][A-Za-z]{1,4})\)"
)

# "het Haags Kwakverdrag", "het Vrouwenverdrag", "Europees Kwakverdrag": a treaty's name, with a
# capitalised adjective before it
TREATY = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+(?:s|se|e)[ ])?[A-Z][a-z]+verdrag(?![\w'’-])")


def _defined_laws(text: str) -> list[Mention]:
    """Every occurrence of a law's abbreviation defined in brackets after its name."""
    if "wet" not in text and "verdrag" not in text:
        return []
    laws = {m["law"] for m in DEFINED_LAW.finditer(text)}
    found = []
    for law in sorted(law for law in laws if law not in first_names()):
        for m in re.finditer(rf"(?<![\w-]){re.escape(law)}(?![\w'’-])", text):
            found.append(Mention(m.start(), m.end(), "KEEP", law, 1, "defined-law"))
    return found


def cited_laws(text: str) -> list[Mention]:
    """The abbreviations of laws after an article citation or defined after a law's name, and
    treaties' names, as KEEP mentions."""
    found = _defined_laws(text)
    if "verdrag" in text:
        found += [
            Mention(m.start(), m.end(), "KEEP", m[0], 1, "treaty") for m in TREATY.finditer(text)
        ]
    if "rt" not in text:
        return found
    defined = {m.start for m in found}
    for m in CITED_LAW.finditer(text):
        law = m["law"]
        if m.start("law") in defined:
            continue
        if sentence_initial(text, m.start("law")) or law in first_names():
            continue
        if is_dutch_word(law.lower()):
            continue  # "art. 5 Voor ...", "artikel 3 De ...": a word, no law's abbreviation
        found.append(Mention(m.start("law"), m.end("law"), "KEEP", law, 1, "cited-law"))
    return found
