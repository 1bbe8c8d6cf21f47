"""Variants of a label derived by rule from the variants the lexicon writes (labels30).

Two derivations, both general shapes of Dutch word formation, so the lexicon need not list
every form:

* a one-word variant for a type of parent that ends in a parent noun ("curlingouder",
  "helikopterouder", "coalitie-ouder") also names that way of parenting with "-schap":
  "curlingouderschap", also written "curling ouderschap" (the usual spelling and inflection
  rules of :mod:`wb.dossiers.lexicon` apply to the derived variant);
* a one-word variant with the prefix "over-" of excess ("overbezorgd", "overbetrokkenheid") is
  also found with a separate word for excess before its rest: "overdreven bezorgd",
  "overmatige betrokkenheid" (``label_excess_words.txt``). The rest must be a word of at least
  six letters ("overheersend" gives "overdreven heersend", which Dutch does not write, so it
  finds nothing); a noun in "-heid" also after a phrase of excess: "een te veel aan
  bezorgdheid" (``label_excess_noun_phrases.txt``, labels36);
* a two-word variant of lack "geen" + noun ("geen empathie") is also found with a noun of a very
  small amount between them: "geen greintje empathie", "geen sprankje empathie"
  (``label_minimizer_words.txt``, labels38). Not "geen enkele": that also stands before words
  that are no label ("geen enkele medewerking" of a procedure);
* a two-word variant of lack "geen" + noun or "gebrek aan" + noun ("geen medewerking", "gebrek
  aan empathie") is also found after another phrase of lack: "gebrek aan medewerking",
  "afwezigheid van empathie", "het ontbreken van empathie" (``label_lack_phrases.txt``,
  labels-lexicon2).

Parent nouns and words of excess are data files under ``wb/lang/nl/``.
"""

from __future__ import annotations

from collections.abc import Iterable

from wb.lang import word_set, words

ROLE_HEADS = word_set("label_role_heads.txt")
EXCESS_WORDS = word_set("label_excess_words.txt")
EXCESS_NOUN_PHRASES = tuple(sorted(words("label_excess_noun_phrases.txt")))
MINIMIZER_WORDS = word_set("label_minimizer_words.txt")
LACK_PHRASES = tuple(words("label_lack_phrases.txt"))
_PREFIX = "over"
_MIN_REST = 6


def role_style(variant: str) -> str | None:
    """The "-schap" noun of a one-word type of parent ("curlingouder" -> "curlingouderschap")."""
    word = variant.strip()
    if not word or " " in word or "..." in word:
        return None
    low = word.lower()
    for head in ROLE_HEADS:
        if low.endswith(head) and len(low.replace("-", "")) - len(head) >= 3:
            return word + "schap"
    return None


def excess_phrases(variant: str) -> list[str]:
    """A one-word "over-" variant written with a word of excess ("overbezorgd" -> "overdreven
    bezorgd", "overmatig bezorgd"; "overbezorgdheid" also "te veel aan bezorgdheid"); [] for any
    other variant."""
    word = variant.strip()
    low = word.lower()
    rest = low[len(_PREFIX) :]
    if " " in word or not low.startswith(_PREFIX) or len(rest) < _MIN_REST or not rest.isalpha():
        return []
    nouns = EXCESS_NOUN_PHRASES if rest.endswith("heid") else ()
    return [f"{excess} {rest}" for excess in sorted(EXCESS_WORDS)] + [f"{p} {rest}" for p in nouns]


def minimized_lacks(variant: str) -> list[str]:
    """ "geen" + one noun with a noun of a small amount between ("geen empathie" -> "geen greintje
    empathie"); [] for any other variant."""
    parts = variant.split()
    if len(parts) != 2 or parts[0].lower() != "geen" or not parts[1].isalpha():
        return []
    return [f"{parts[0]} {small} {parts[1]}" for small in sorted(MINIMIZER_WORDS)]


def lack_phrases(variant: str) -> list[str]:
    """ "geen" or "gebrek aan" + one noun after each other phrase of lack ("geen medewerking" ->
    "gebrek aan medewerking", "afwezigheid van medewerking"); [] for any other variant."""
    parts = variant.split()
    low = [p.lower() for p in parts]
    if len(parts) == 2 and low[0] == "geen":
        noun = parts[1]
    elif len(parts) == 3 and low[:2] == ["gebrek", "aan"]:
        noun = parts[2]
    else:
        return []
    if not noun.replace("-", "").isalpha():
        return []
    return [f"{phrase} {noun}" for phrase in LACK_PHRASES]


def expanded_variants(variants: Iterable[str]) -> list[str]:
    """The variants as written, followed by the ones derived from them (no duplicates)."""
    out = list(dict.fromkeys(variants))
    seen = {v.lower() for v in out}
    for variant in list(out):
        style = role_style(variant)
        derived = ([style] if style else []) + excess_phrases(variant) + minimized_lacks(variant)
        derived += lack_phrases(variant)
        for extra in derived:
            if extra.lower() not in seen:
                seen.add(extra.lower())
                out.append(extra)
    return out


__all__ = [
    "EXCESS_NOUN_PHRASES",
    "EXCESS_WORDS",
    "LACK_PHRASES",
    "MINIMIZER_WORDS",
    "ROLE_HEADS",
    "excess_phrases",
    "expanded_variants",
    "lack_phrases",
    "minimized_lacks",
    "role_style",
]
