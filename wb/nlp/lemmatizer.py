"""wb's Dutch lemmatiser: lemma tables, wb exceptions, suffix rules and compound heads.

Works without a part-of-speech tagger. A word form is lowercased and looked up in, by priority,
wb's exception table, simplemma's Dutch dictionary and spaCy's Dutch lookup table; a word none
of them knows goes through suffix rules (plurals, diminutives, verb endings, participles,
comparatives), then through compound splitting (the lemma of the longest known head, with the
modifier kept as written: ``loyaliteitsconflicten`` -> ``loyaliteitsconflict``).

Case: lemmas are lowercase, except for words that no table or rule knows and that are written
with a capital (names, acronyms: ``Amsterdam``, ``NK``), which keep their spelling. Codebook
matching compares lemmas case-insensitively.

Noun/verb homographs in -en take the table's reading (``zorgen`` -> ``zorg``), so a codebook
pattern ``zorgen`` matches both the verb and the noun, because patterns are lemmatised too.

With a part-of-speech tag (``token.pos_`` from wb's tagger) the lemma follows the word class:
a VERB ``werken`` stays ``werken``, a NOUN ``werken`` becomes ``werk``, a NOUN ``staat`` stays
``staat``; a PROPN keeps its form (``Vries``, ``Pieter``). Untagged tokens keep the rules above.
"""

from __future__ import annotations

import re

import numpy as np
from spacy import symbols as spacy_symbols
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Token

from wb.lang import word_set
from wb.nlp.hyphens import closed_spelling
from wb.nlp.lexicon import Lexicon, get_lexicon
from wb.nlp.meta import LEMMATIZER
from wb.nlp.rules import (
    adjective_candidates,
    noun_candidates,
    rule_lemma,
    split_head,
    strip_link,
    verb_candidates,
)
from wb.nlp.verb_particles import ParticleJoiner

_ORDINAL = re.compile(r"^(\d+)(?:e|de|ste)$")
# Words after which a noun-plural/infinitive homograph (werken, zorgen) is read as a verb.
VERB_CONTEXT = word_set("lemma_verb_context.txt")
# Endings that make a noun (-ing, -heid, -schap): never a compound's head (compound-splits).
SUFFIX_HEADS = word_set("compound_suffix_heads.txt")
# Prefixes that look like words but do not make compounds (verliezen is not ver + liezen).
VERB_PREFIXES = frozenset({"ver", "ont", "her", "mis", "over", "onder", "door", "voor", "achter"})
DESCRIPTION = LEMMATIZER
OPEN_CLASSES = frozenset({"NOUN", "VERB", "ADJ"})
VERB_ID = spacy_symbols.VERB
PROPN_ID = spacy_symbols.PROPN
# endings of diminutives (singular and plural)
DIMINUTIVE = ("je", "jes")
# inflected endings of productive adjective suffixes and their uninflected form, for -e
# adjectives no table knows (aristoteliaanse -> aristoteliaans, bewaarbare -> bewaarbaar)
ADJECTIVE_ENDINGS = (
    ("ische", "isch"),
    ("sche", "sch"),
    ("ige", "ig"),
    ("lijke", "lijk"),
    ("bare", "baar"),
    ("loze", "loos"),
    ("ieve", "ief"),
    ("ele", "eel"),
    ("ale", "aal"),
    ("aire", "air"),
    ("ante", "ant"),
    ("ente", "ent"),
    ("se", "s"),
)
# endings of an inflected or nominalised participle (gevallene, gerelateerden)
INFLECTED_PARTICIPLE = ("de", "te", "ne", "den", "ten", "enen")
# endings of Dutch noun plurals (and Latin ones): a noun form without them is no plural
PLURAL_LIKE = ("en", "s", "a", "i")
# endings of female nouns that the tables reduce to the male form (woordvoerster -> woordvoerder)
# stems whose plural takes -s: verdraaiers, kubusduplicateurs, tafels, bodems, meisjes
S_PLURAL_STEMS = ("el", "em", "en", "er", "eur", "je", "aar")
FEMININE = ("ster", "trice", "euse", "ente", "ine", "esse")


_VOWELS = frozenset("aeiouy")


def plural_stem(low: str) -> str:
    """Singular of a plural noun by spelling rules: ``auto's`` -> ``auto``, ``ideeën`` ->
    ``idee``, ``verdraaiers`` -> ``verdraaier``, ``potten`` -> ``pot``, ``tractaten`` ->
    ``tractaat``, ``druiven`` -> ``druif``; the form itself when no rule fits."""
    if low.endswith("'s") and len(low) > 3:
        return low[:-2]
    if low.endswith("ën") and len(low) > 4:
        return low[:-2]
    if low.endswith("s") and low[:-1].endswith(S_PLURAL_STEMS) and len(low) > 5:
        return low[:-1]
    if not low.endswith("en") or len(low) < 6 or not low[:-2].isalpha():
        return low
    if low.endswith("heden"):
        return low[:-5] + "heid"  # benodigdheden -> benodigdheid
    stem = low[:-2]
    last, before = stem[-1], stem[-2]
    if last in _VOWELS:
        return low
    if last == before:
        return stem[:-1]  # potten -> pot
    if before == "e" and last in "lr":
        return low  # kinderen, not kindeer
    stem = stem[:-1] + {"v": "f", "z": "s"}.get(last, last)
    if before in "aeou" and stem[-3] not in _VOWELS:
        return stem[:-1] + before + stem[-1]  # tractaten -> tractaat, jaren -> jaar
    return stem


class DutchLemmatizer:
    """Maps Dutch word forms to lemmas, with a cache per form."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon  # loaded on first use, so loading a pipeline stays fast
        self._cache: dict[str, str] = {}
        # noun plurals that are also infinitives, read as verbs in a verb context
        self.verb_readings: dict[str, str] = {}

    @property
    def lexicon(self) -> Lexicon:
        """The lexicon in use (the shared one unless given)."""
        if self._lexicon is None:
            self._lexicon = get_lexicon()
        return self._lexicon

    def lemma(self, form: str) -> str:
        """Lowercase lemma of a word form (see module docstring for the case rule)."""
        low = form.lower()
        lemma = self._cache.get(low)
        if lemma is None:
            lemma = self._compute(low, depth=0)
            self._cache[low] = lemma
        return lemma

    def cased_lemma(self, form: str) -> str:
        """Lemma, keeping the spelling of capitalised words that nothing knows."""
        lemma = self.lemma(form)
        if 1 < len(form) <= 5 and form.isupper():
            return form  # acronym: EK, NK, VN
        if form[:1].isupper() and lemma == form.lower() and not self.is_known(lemma):
            return form
        return lemma

    def tagged_lemma(
        self, form: str, pos: str, plural: bool = False, after_name: bool = False
    ) -> str:
        """Lemma of a form with its UPOS tag (see module docstring); PROPN keeps its form.

        ``plural``: the tagger read a NOUN as plural (``Number=Plur``); a plural noun that no
        table knows loses its plural ending (``tractaten`` -> ``tractaat``). ``after_name``: the
        word follows a capitalised word, so a capitalised first part before a hyphen ends a
        name of several words and keeps its hyphen (``Veilig Thuis-melding``)."""
        if pos == "PROPN":
            return form
        if pos not in OPEN_CLASSES:
            return self.cased_lemma(form)
        low = form.lower()
        plural = plural and pos == "NOUN"
        hyphen = "-" in low and pos != "VERB" and not (after_name and form[:1].isupper())
        key = f"{pos}{'+' if plural else ''}\t{form if hyphen else low}"
        lemma = self._cache.get(key)
        if lemma is None:
            lemma = self._class_lemma(low, pos, self.lemma(low))
            if plural and lemma == low and not self.lexicon.is_known(low):
                lemma = plural_stem(low)
            if hyphen:
                lemma = self._closed_lemma(form, pos, lemma)
            self._cache[key] = lemma
        if 1 < len(form) <= 5 and form.isupper():
            return form  # acronym: EK, NK, VN
        if form[:1].isupper() and lemma == low and not self.is_known(lemma):
            return form
        return lemma

    def _closed_lemma(self, form: str, pos: str, lemma: str) -> str:
        """The lemma of a hyphenated NOUN or ADJ that Dutch spells closed (``politie-agenten``
        -> ``politieagent``, ``management-consultant`` -> ``managementconsultant``;
        :mod:`wb.nlp.hyphens`), else ``lemma`` (``FARC-rebel``, ``24-jarig``, ``e-mail``)."""
        lex = self.lexicon
        closed = closed_spelling(form, lemma, lex)
        if closed is None:
            return lemma
        if lex.is_known(closed):
            return self._class_lemma(closed, pos, self.lemma(closed))
        return lemma.replace("-", "")

    def _class_lemma(self, low: str, pos: str, base: str) -> str:
        """Choose the reading of ``low`` that belongs to the word class ``pos``."""
        lex = self.lexicon
        if _ORDINAL.match(low):
            return base  # 49ste -> 49
        if len(low) == 1:
            return low  # a letter (b, x) is no abbreviated word
        prefix, dash, last = low.rpartition("-")
        if dash and prefix and last and pos != "VERB" and low not in lex.pos_exc[pos]:
            # 24-jarige -> 24-jarig, x-boten -> x-boot: the last part by its word class
            return prefix + "-" + self._class_lemma(last, pos, self.lemma(last))
        if low in lex.exceptions:
            adjective = lex.pos_exc["ADJ"].get(low) if pos == "ADJ" else None
            if adjective and lex.exceptions[low] == low:
                return adjective  # ouder ADJ -> oud (the exception keeps the noun ouder)
            verb = lex.pos_exc["VERB"].get(low) if pos == "VERB" else None
            noun = lex.pos_mask.get(base, 0) & 1
            if verb is not None and noun and base not in lex.verbs and verb in lex.verbs:
                return verb  # reden VERB -> rijden (the exception is the noun)
            return base
        lemma = lex.pos_exc[pos].get(low)
        if lemma is not None:
            return lemma  # spaCy's table for this class: was -> zijn, werken -> werk
        nominal = self._nominalised_adjective(low) if pos in ("NOUN", "ADJ") else None
        if nominal is not None:
            return nominal if pos == "NOUN" else nominal[:-1]  # zwangeren -> zwangere, zwanger
        mask = lex.pos_mask
        if pos == "VERB":
            if low.endswith("en") and low in lex.verbs:
                return low  # werken, vallen: infinitive or plural
            participle = low.startswith("ge") and low.endswith(("d", "t", "de", "te"))
            if participle and base not in lex.verbs:
                # geleid -> leiden (not geleiden), gespecialiseerde -> specialiseren
                stem = low[2:-1] if low.endswith("e") else low[2:]
                for cand in verb_candidates("ge" + stem):
                    if cand in lex.verbs and not cand.startswith("ge"):
                        return cand
            if base not in lex.verbs and "ge" in low[:-4] and low.endswith(INFLECTED_PARTICIPLE):
                # an inflected participle: gevallene -> vallen, gerelateerden -> relateren
                for cut in (1, 2) if low.endswith("e") else (2,):
                    stem = low[:-cut]
                    verb = self._class_lemma(stem, pos, self.lemma(stem))
                    if verb in lex.verbs:
                        return verb
            if low.endswith("en") and base not in lex.verbs:
                verb = self._compound_verb(low)
                if verb is not None:
                    return verb  # honklopen, not honkloop; toeklappen, not toeklap
            if base in lex.verbs or not lex.is_known(low):
                return base
            for cand in verb_candidates(low):
                if cand in lex.verbs:
                    return cand  # staat -> staan
            return base
        if pos == "NOUN" and low.endswith(DIMINUTIVE):
            small = self._diminutive_base(low)
            if small is not None:
                return small
        if pos == "NOUN" and low.endswith(FEMININE) and mask.get(low, 0) & 1:
            return low  # woordvoerster, studente: not the male form
        if pos == "NOUN" and _keeps_e(low, base) and low in lex.lemmas:
            return low  # a noun has no -e inflection: mate, armoede, kampioene, kandidate
        if pos in ("NOUN", "ADJ") and not lex.is_known(low):
            unknown = self._unknown_lemma(low, pos)
            if unknown is not None:
                return unknown
        bit = 1 if pos == "NOUN" else 4
        own = mask.get(low, 0) & bit
        if base == low:
            if pos == "ADJ" and low.endswith("e") and len(low) > 5:
                return self._adjective_stem(low)
            return base
        if pos == "NOUN" and own and low in lex.lemmas and not low.endswith(PLURAL_LIKE):
            return low  # komst, gierst, boog: a noun lemma that cannot be a plural stays
        if pos == "NOUN" and base in lex.verbs and low in lex.lemma_values:
            return low  # sleep, vlucht: the noun, not the verb slepen, vluchten
        if pos == "NOUN" and _other_noun(low, base):
            return low  # koe, hengst, verdediger: not bul, merrie, verdedigster
        table = lex.table_lemma(low)
        if (
            table
            and table != base
            and mask.get(table, 0) & bit
            and (base in lex.verbs or not mask.get(base, 0) & bit)
        ):
            return table  # latere ADJ -> laat (not the verb laten)
        if pos == "NOUN" and own and base not in mask and low.endswith(PLURAL_LIKE):
            split = split_head(base, lex.is_known, self._is_modifier)
            if split is not None and mask.get(split[1], 0) & 1 and split[1] not in lex.verbs:
                return base  # jeugdjaren -> jeugdjaar, productiekosten -> productiekost
        if own and (base in lex.verbs or not mask.get(base, 0) & bit):
            return low  # rijst, stroom: the noun, not the verb rijzen, stromen
        if pos == "ADJ" and (
            base in lex.verbs
            or (base.endswith("en") and self._split_lemma(base, 0)[-1] in lex.verbs)
        ):
            # a participle as adjective keeps the participle: verschillend, zorggericht(e)
            if low.endswith(("end", "d", "t")):
                return low
            if low.endswith("ende"):
                return low[:-1] if mask.get(low[:-1], 0) & 4 else low  # voldoende stays
            if low.endswith(("de", "te")):
                return low[:-1]
        if base not in mask:
            generate = noun_candidates if pos == "NOUN" else adjective_candidates
            for cand in generate(low):
                if cand != low and mask.get(cand, 0) & bit:
                    return cand
        return base

    def _unknown_lemma(self, low: str, pos: str) -> str | None:
        """Lemma of a NOUN or ADJ that no table knows: a candidate of its own word class, else
        a compound with the head lemmatised by that class (toernooiverloop -> verloop, not the
        verb verlopen), else the form itself for a noun (linkshander, not linkshande)."""
        lex = self.lexicon
        bit = 1 if pos == "NOUN" else 4
        generate = noun_candidates if pos == "NOUN" else adjective_candidates
        for cand in generate(low):
            if cand != low and lex.pos_mask.get(cand, 0) & bit:
                return cand
        split = split_head(low, lex.is_known, self._is_modifier)
        if split is not None:
            modifier, head = split
            lemma = self._class_lemma(head, pos, self.lemma(head))
            if lex.pos_mask.get(head, 0) & bit or lex.pos_mask.get(lemma, 0) & bit:
                return modifier + lemma
        return low if pos == "NOUN" else None

    def _compound_verb(self, low: str) -> str | None:
        """An infinitive tagged VERB that the tables know only as a noun or not at all, made of
        a word and an infinitive, stays (``bandstoten``, not the noun ``bandstoot``); else
        None."""
        lex = self.lexicon
        split = split_head(low, lex.is_known, self._is_modifier)
        if split is None or not split[1].endswith("en") or split[1] not in lex.verbs:
            return None
        if split[0].endswith("s") and not lex.is_known(split[0]):
            return None  # opleidingsdagen: a linking -s makes a noun compound
        return low

    def _diminutive_base(self, low: str) -> str | None:
        """The noun a diminutive is made of, as the treebanks lemmatise it (tintje -> tint,
        bloedplaatjes -> bloedplaat); None when the tables know none (meisje, beetje)."""
        lex = self.lexicon
        table = lex.table_lemma(low)
        if table and table != low and table[:1] == low[:1] and table not in lex.verbs:
            if not table.endswith(DIMINUTIVE):
                return table
            low = table  # bloedplaatjes -> bloedplaatje
        split = split_head(low, lex.is_known, self._is_modifier)
        if split is None:
            return None
        modifier, head = split
        small = lex.table_lemma(head)
        if small and small != head and small not in lex.verbs and not small.endswith(DIMINUTIVE):
            return modifier + small
        return None

    def _adjective_stem(self, low: str) -> str:
        """Uninflected form of an -e adjective the tables do not know: a known candidate
        (bestuurlijke -> bestuurlijk), else the participle without -e (bevruchte ->
        bevrucht)."""
        lex = self.lexicon
        if low.endswith("ende") and not lex.pos_mask.get(low[:-1], 0) & 4:
            return low  # voldoende, not voldoend
        for cand in adjective_candidates(low):
            if cand != low and lex.is_known(cand):
                return cand
        if low.endswith(("de", "te")) and len(low) > 6:
            stem = low[:-1]
            verb = lex.table_lemma(stem)
            if verb in lex.verbs or stem.startswith(("ge", "be", "ver", "ont", "her")):
                return stem
        for inflected, plain in ADJECTIVE_ENDINGS:
            if low.endswith(inflected) and len(low) > len(inflected) + 2:
                return low[: -len(inflected)] + plain  # aristoteliaanse, bewaarbare, zesrijige
        return low

    def _nominalised_adjective(self, low: str) -> str | None:
        """The nominalised adjective (``zwangere``) of a plural in -eren that no table knows
        and whose -er stem is only an adjective (``zwanger``), else None: the -eren plural rule
        (``kinderen`` -> ``kind``) would read ``zwangeren`` as ``zwang``. The -e form is the
        one the tables give for nominalised adjectives (``zieken`` -> ``zieke``)."""
        lex = self.lexicon
        if not low.endswith("eren") or len(low) <= 6 or low in lex.table or low in lex.verbs:
            return None
        if lex.pos_mask.get(low, 0) & 2:
            return None  # a verb form (sikkeren)
        stem = low[:-2]
        if lex.pos_mask.get(stem, 0) & 5 != 4:
            return None  # not an adjective, or also a noun (rubber -> rubberen, lager)
        return low[:-1]

    def is_known(self, word: str) -> bool:
        """True when the lexicon knows the lowercase word as a form or a lemma."""
        return self.lexicon.is_known(word)

    def _compute(self, low: str, depth: int) -> str:
        if not any(ch.isalpha() for ch in low):
            return low
        ordinal = _ORDINAL.match(low)
        if ordinal:
            return ordinal.group(1)  # 19e, 49ste -> 19, 49 (as for eerste -> één)
        lex = self.lexicon
        lemma = lex.table_lemma(low)
        if lemma is not None:
            return self._prefer_own_reading(low, lemma)
        if "-" in low.strip("-"):
            prefix, _, last = low.rpartition("-")
            return prefix + "-" + self._compute(last, depth + 1) if last else low
        nominal = self._nominalised_adjective(low)
        if nominal is not None:
            return nominal
        lemma = rule_lemma(low, lex.lemmas.__contains__)
        if lemma is not None:
            return lemma
        if depth < 2:
            split = split_head(low, lex.is_known, self._is_modifier)
            if split is not None:
                modifier, head = split
                return modifier + self._compute(head, depth + 1)
        return low

    def _prefer_own_reading(self, low: str, lemma: str) -> str:
        """Resolve word-class clashes between the form and the table's lemma."""
        lex = self.lexicon
        if lemma == low or low in lex.exceptions:
            return lemma
        if low.endswith("en") and low in lex.verbs:
            # werken, zitten: plural noun by default, the verb after te, kan, wil, ze, ...
            self.verb_readings[low] = low
            return lemma
        if lemma in (low + "en", low + low[-1] + "en") and low in lex.lemma_values:
            return low  # start, kaart, stap: the nouns, not the verbs starten, kaarten ...
        if lemma.endswith(("d", "t")) and low.endswith("e"):
            verb = lex.table_lemma(lemma)
            if verb is not None and verb in lex.verbs:
                return verb  # gemengde -> gemengd -> mengen (inflected participle)
        if low.endswith("end"):
            verb = low[:-3] + "en"
            if verb in lex.verbs:
                return verb  # verdedigend -> verdedigen (present participle)
        return lemma

    def _is_modifier(self, modifier: str) -> bool:
        known = self.lexicon.is_known
        if modifier in VERB_PREFIXES:
            return False
        if strip_link(modifier, known) is not None:
            return True
        return split_head(modifier, known, lambda m: strip_link(m, known) is not None) is not None

    def compound_parts(self, word: str) -> list[str]:
        """Known parts of a compound's lemma, linking elements removed; else ``[lemma]``."""
        return self._split_lemma(self.lemma(word), depth=0)

    def _ing_noun(self, word: str) -> bool:
        """True for the -ing noun of a known verb (beslissing: beslissen, plaatsing: plaatsen)."""
        for end in ("ingen", "ing"):
            if word.endswith(end) and len(word) > len(end) + 1:
                return word[: -len(end)] + "en" in self.lexicon.verbs
        return False

    def _head_fits(self, word: str, head: str) -> bool:
        """True when ``head`` can be the head of compound ``word``: more than its noun-making
        ending ("ing", "heid", "schap"), and in the -ing noun of a verb an -ing noun of a verb
        itself (echtscheiding: scheiding; not beslissing: "sing", beschikking: "king")."""
        if any(word.endswith(end) and len(head) <= len(end) for end in SUFFIX_HEADS):
            return False  # ouderschap: not "schap" nor "chap"; overheid: not "heid"
        return not self._ing_noun(word) or self._ing_noun(head)

    def _split_lemma(self, lemma: str, depth: int) -> list[str]:
        known = self.lexicon.is_known
        if depth > 3:
            return [lemma]
        split = split_head(
            lemma, known, self._is_modifier, fits=lambda head: self._head_fits(lemma, head)
        )
        if split is None:
            return [lemma]
        modifier, head = split
        base = strip_link(modifier, known)
        if base is None:
            base = modifier
        # a modifier that is itself a compound keeps its parts only when it is no known word
        if known(base):
            return [base, head]
        return [*self._split_lemma(base, depth + 1), head]


def _name_before(token: Token) -> bool:
    """True for a capitalised word that is part of a name, not capitalised as the first word
    of its sentence ("Veilig Thuis-melding", "Grand Slam-titels"; not "De Oranje-beloften")."""
    return token.text[:1].isupper() and (not token.is_sent_start or token.pos == PROPN_ID)


def _keeps_e(low: str, lemma: str) -> bool:
    """True when a table takes the -e off a noun (mate -> maat, kandidate -> kandidaat,
    armoede -> armoed); Dutch nouns have no -e inflection."""
    if not low.endswith("e") or low.endswith(DIMINUTIVE) or lemma == low or len(low) < 4:
        return False
    stem = low[:-1]
    return lemma == stem or (lemma == stem[:-1] + stem[-2] + stem[-1])


def _other_noun(low: str, lemma: str) -> bool:
    """True when a table maps a noun to another noun: a different first letter (koe -> bul)
    or a longer female form (verdediger -> verdedigster, psycholoog -> psychologe)."""
    if lemma[:1] != low[:1]:
        return True
    return len(lemma) >= len(low) and lemma.endswith(("ster", "es", "in", "e", "euse", "trice"))


@Language.factory("wb_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> LemmatizerComponent:
    """spaCy factory of wb's lemmatiser component."""
    return LemmatizerComponent(DutchLemmatizer())


class LemmatizerComponent(ParticleJoiner):
    """spaCy component setting ``token.lemma_`` with :class:`DutchLemmatizer`.

    Tagged tokens (``token.pos`` set) get :meth:`DutchLemmatizer.tagged_lemma`; untagged ones
    the tag-free lemma with the verb-context rule.
    """

    def __init__(self, lemmatizer: DutchLemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._by_orth: dict[int, int] = {}
        self._by_tag: dict[tuple[int, int, bool], int] = {}
        self._plural: dict[int, bool] = {}  # morph hash -> Number=Plur
        self._marks: dict[int, bool] = {}  # morph hash -> marks a verb particle
        self._finite: dict[int, bool] = {}  # morph hash -> a finite verb form
        # (orth, pos, plural) of a closed hyphenated word with a capital -> its lemma with the
        # hyphen, for use after a capitalised word ("Veilig Thuis-melding")
        self._open: dict[tuple[int, int, bool], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token."""
        if len(doc) == 0:
            return doc
        arr = doc.to_array([ORTH, POS, MORPH])
        if not arr[:, 1].any():
            return self._untagged(doc)
        tagged = self._by_tag
        strings = doc.vocab.strings
        lemmatizer = self.lemmatizer
        plurals = self._plural
        lemmas = []
        opened = self._open
        names = []  # (index, lemma with hyphen) of capitalised hyphenated words
        for i, (orth, pos, morph) in enumerate(arr.tolist()):
            plural = plurals.get(morph)
            if plural is None:
                plural = plurals[morph] = "Number=Plur" in (strings[morph] if morph else "")
            key = (orth, pos, plural)
            lemma = tagged.get(key)
            if lemma is None:
                text = strings[orth]
                tag = strings[pos] if pos else ""
                lemma = strings.add(lemmatizer.tagged_lemma(text, tag, plural))
                tagged[key] = lemma
                if "-" in text and text[:1].isupper():
                    other = strings.add(lemmatizer.tagged_lemma(text, tag, plural, True))
                    if other != lemma:
                        opened[key] = other
            if opened and key in opened:
                names.append((i, opened[key]))
            lemmas.append(lemma)
        for i, other in names:
            if i and not doc[i].is_sent_start and _name_before(doc[i - 1]):
                lemmas[i] = other  # "Veilig Thuis-melding": the hyphen of a name of two words
        doc.from_array([LEMMA], np.array(lemmas, dtype=np.uint64).reshape(-1, 1))
        verbs = np.flatnonzero(arr[:, 1] == VERB_ID).tolist()
        if verbs:
            self._attach_particles(doc, verbs)
        return doc

    def _lexicon(self) -> Lexicon:
        """The lexicon of the lemmatiser (for the separable verbs)."""
        return self.lemmatizer.lexicon

    def _untagged(self, doc: Doc) -> Doc:
        """Lemmas without word classes, with the verb-context rule for -en homographs."""
        cache = self._by_orth
        strings = doc.vocab.strings
        verb_readings = self.lemmatizer.verb_readings
        previous = ""
        for token in doc:
            lemma = cache.get(token.orth)
            if lemma is None:
                lemma = strings.add(self.lemmatizer.cased_lemma(token.text))
                cache[token.orth] = lemma
            if previous in VERB_CONTEXT and verb_readings:
                verb = verb_readings.get(token.lower_)
                if verb is not None:
                    lemma = strings.add(verb)
            token.lemma = lemma
            previous = token.lower_
        return doc
