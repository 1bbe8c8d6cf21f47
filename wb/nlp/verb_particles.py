"""Separable verbs in wb's lemmatiser: a verb's particle joins its lemma ("belde ... op" ->
``opbellen``), the particle the tagger marked (``PartType=Vbp``) or an unmarked particle word
at the clause end or right before the verb, when particle + verb is a known verb."""

from __future__ import annotations

from spacy import symbols as spacy_symbols
from spacy.attrs import LOWER, MORPH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from wb.lang import word_set
from wb.nlp.lexicon import Lexicon
from wb.nlp.separable import PARTICLES

VERB_ID = spacy_symbols.VERB
AUX_ID = spacy_symbols.AUX
ADP_ID = spacy_symbols.ADP
ADV_ID = spacy_symbols.ADV
ADJ_ID = spacy_symbols.ADJ
DET_ID = spacy_symbols.DET
PUNCT_ID = spacy_symbols.PUNCT
CCONJ_ID = spacy_symbols.CCONJ
# the tagger's mark on the particle of a separable verb
PARTICLE = "PartType=Vbp"
# punctuation that does not end the clause in which a marked particle is looked for
QUOTES = frozenset("\"'«»“”„‘’()[]")
# the words that split off a separable verb (the list wb.coding matches patterns with)
PARTICLE_WORDS = frozenset(PARTICLES)
PARTICLE_IDS = frozenset(get_string_id(w) for w in PARTICLE_WORDS)
# word classes of an unmarked particle ("vond plaats", "liep weg", "lag stil", "belde op")
UNMARKED_POS = frozenset({ADP_ID, ADV_ID, ADJ_ID, spacy_symbols.NOUN})
# relative and interrogative words: an unmarked particle is not looked for beyond them
CLAUSE_OPENERS = word_set("lemma_clause_openers.txt")
# Pronominal adverbs: a preposition later in the clause is theirs ("er ... aan geven").
R_PRONOUNS = word_set("lemma_pronominal_adverbs.txt")


def _in_clause(token: Token) -> bool:
    """False for a token that ends the clause in which a verb's particle is looked for: a
    subordinating conjunction, punctuation other than quotes and brackets."""
    if token.pos == spacy_symbols.PUNCT:
        return token.text in QUOTES
    if token.pos == spacy_symbols.SCONJ:
        return token.lower_ == "als"  # "richtte als zestienjarige ... op"
    return token.pos != spacy_symbols.SPACE


def _opens_clause(token: Token) -> bool:
    """True for a relative or interrogative word that opens a clause ("die", "waarin", "hoe")."""
    if token.pos not in (spacy_symbols.PRON, spacy_symbols.ADV):
        return False
    low = token.lower_
    return low in CLAUSE_OPENERS or (low.startswith("waar") and low != "waarschijnlijk")


def _heads_a_phrase(doc: Doc, j: int) -> bool:
    """True for a preposition marked as a particle that heads a noun phrase ("kwam om het
    leven", "viel in de smaak", "kwam in omloop", "kreeg het voor elkaar"), unless a
    te-infinitive follows in the sentence ("droeg hem op een regering te vormen")."""
    if doc[j].pos != ADP_ID or j + 1 >= len(doc) or doc[j + 1].is_sent_start:
        return False
    after = doc[j + 1]
    if not (after.pos in (DET_ID, spacy_symbols.NOUN) or after.lower_ == "elkaar"):
        return False
    k = j + 2
    while k < len(doc) and not doc[k].is_sent_start:
        if doc[k].lower_ == "te":
            return False
        k += 1
    return True


def _attributive(doc: Doc, j: int) -> bool:
    """True for a participle before a noun or adjective (``de verstikkende sfeer``)."""
    return (
        "VerbForm=Part" in doc[j].morph
        and j + 1 < len(doc)
        and doc[j + 1].pos in (spacy_symbols.NOUN, spacy_symbols.ADJ)
    )


def _verb_follows(doc: Doc, i: int) -> bool:
    """True when a verb or "te" follows token i in its sentence ("mee wil werken")."""
    if i + 1 >= len(doc) or doc[i + 1].is_sent_start:
        return False
    after = doc[i + 1]
    return after.pos in (VERB_ID, AUX_ID) or after.lower_ == "te"


def _verbal_noun(doc: Doc, j: int) -> bool:
    """True for an infinitive used as a noun: after an article or a preposition other than
    "te" ("het zuigen van een kalf", "op aandringen van")."""
    if j == 0 or doc[j].is_sent_start or "VerbForm=Inf" not in doc[j].morph:
        return False
    before = doc[j - 1]
    return before.pos == DET_ID or (before.pos == ADP_ID and before.lower_ not in ("te", "om"))


class ParticleJoiner:
    """Joins the particles of separable verbs to their verb's lemma (a mixin of the lemmatiser
    component: it needs ``_lexicon()`` and the morph caches ``_marks`` and ``_finite``)."""

    _marks: dict[int, bool]  # morph hash -> marks a verb particle
    _finite: dict[int, bool]  # morph hash -> a finite verb form

    def _lexicon(self) -> Lexicon:
        """The lexicon that knows the compound verbs."""
        raise NotImplementedError

    def _particle_after(
        self, doc: Doc, token: Token, marked: set[int], taken: set[int], words: list[int]
    ) -> Token | None:
        """The particle after a verb in its clause: the marked word, or for a finite verb the
        unmarked particle that ends the clause when particle + verb is a known verb ("Ze
        kwamen gisteren laat thuis aan" -> ``aankomen``); not across a subordinate clause."""
        n = len(doc)
        j = token.i + 1
        sub = 0  # where a relative or interrogative clause opens ("die", "waar", "hoe")
        finite = "VerbForm=Fin" in token.morph
        marked_after = max(marked, default=-1)
        comma = 0  # the first comma crossed on the way to a marked particle
        while j < n and not doc[j].is_sent_start:
            if not _in_clause(doc[j]):
                if not (doc[j].text == "," and finite and marked_after > j):
                    break  # a comma only within "zette , omgekeerd , de prestaties neer"
                comma = comma or j
            if not sub and _opens_clause(doc[j]):
                sub = j
            if doc[j].pos in (VERB_ID, AUX_ID) and j not in marked:
                if not _attributive(doc, j) and not _verbal_noun(doc, j):
                    if not (finite and "VerbForm=Part" in doc[j].morph and marked_after > j):
                        break  # not "schonk grinnikend nog een glas in"
            if j in marked and j not in taken and doc[j].lower_ not in PARTICLE_WORDS:
                if not self._joins(doc[j].lower_ + token.lemma_):
                    j += 1  # "ziet er niet best uit": "er" is no particle of "zien"
                    continue
            if j in marked and _heads_a_phrase(doc, j):
                j += 1  # "kwam om het leven", "kreeg het voor elkaar": a preposition
                continue
            if j in marked and j not in taken:
                after = doc[j + 1] if j + 1 < n else None
                if after is None or not (after.lower_ == "te" or after.pos in (VERB_ID, AUX_ID)):
                    return doc[j]  # not "besloot af te sluiten"
                return None
            j += 1
        j = comma or j  # the unmarked particle ends the clause before the comma
        if not any(token.i < k < j for k in words) or "VerbForm=Fin" not in token.morph:
            return None  # no particle word in the clause, or not a finite verb
        if doc[j - 1].lower_ == "te":  # "gaf me tijd om na te denken": "om" opens a clause
            for k in range(j - 2, token.i, -1):
                if doc[k].lower_ == "om" and (not sub or k < sub):
                    sub = k
                    break
        last = (sub or j) - 1
        while last > token.i and doc[last].text in QUOTES:
            last -= 1
        if not sub and j < n and not doc[j].is_sent_start and doc[j].pos in (VERB_ID, AUX_ID):
            last += 1  # "denk niet aan stoppen", "zag ... voorbij komen": not the clause end
        for k in range(last, token.i, -1):
            cand = doc[k]
            if k in taken or cand.lower_ not in PARTICLE_WORDS or cand.pos not in UNMARKED_POS:
                continue
            after = doc[k + 1] if k + 1 < n else None
            if k != last and not (
                after is not None
                and after.lower_ != "te"
                and after.pos in (ADP_ID, spacy_symbols.CCONJ)
            ):
                continue  # a particle ends the clause or stands before a preposition or "en"
            if doc[k - 1].pos in (ADP_ID, DET_ID):
                continue  # "ging op weg", "ging naar binnen": the object of a preposition
            if cand.pos == ADP_ID and any(
                doc[m].lower_ in R_PRONOUNS or doc[m].lower_.startswith("waar")
                for m in range(token.i + 1, k)
            ):
                continue  # "heeft er zin in", "had er moeite mee": the pronominal adverb's
            if self._joins(cand.lower_ + token.lemma_):
                return cand
        return None

    def _particle_before(self, doc: Doc, i: int, taken: set[int]) -> Token | None:
        """An unmarked particle right before a verb (across "te" and auxiliaries) whose
        compound is a known verb: "omdat hij tegemoet kwam", "na te denken"."""
        k = i - 1
        while (
            k >= 0
            and not doc[k + 1].is_sent_start
            and (doc[k].lower_ == "te" or doc[k].pos == AUX_ID)
        ):
            k -= 1
        if k < 0 or doc[k + 1].is_sent_start or k in taken:
            return None
        cand = doc[k]
        if cand.lower_ not in PARTICLE_WORDS or cand.pos not in UNMARKED_POS:
            return None
        if cand.is_sent_start or doc[k - 1].pos in (ADP_ID, DET_ID, PUNCT_ID, CCONJ_ID):
            return None  # "op weg te gaan", "af en toe"
        if _verb_follows(doc, i):
            return None  # "mee willen werken", "uit ging spelen": the later verb's particle
        if _attributive(doc, i) or doc[i].lower_.endswith(("end", "ende")):
            return None  # "in stijgende lijn", "door trekkende boeren"
        if cand.lower_ == "om":
            return None  # "om te groeien", "om gewassen op te verbouwen"
        if k == i - 1 and cand.pos == ADP_ID and "VerbForm=Inf" in doc[i].morph:
            return None  # "denk niet aan stoppen": a preposition before a verb as noun
        j = k - 1
        while j >= 0 and _in_clause(doc[j]):
            if doc[j].lower_ in R_PRONOUNS or doc[j].lower_.startswith("waar"):
                return None  # "er de brui aan geven", "waar korrels aan groeien"
            if doc[j].is_sent_start or _opens_clause(doc[j]):
                break
            j -= 1
        if self._joins(cand.lower_ + doc[i].lemma_):
            return cand
        return None

    def _joins(self, compound: str) -> bool:
        """True when a particle + verb lemma is a known verb (toestaan, toeslaan)."""
        lexicon = self._lexicon()
        return compound in lexicon.verbs or (compound in lexicon.lemmas and compound.endswith("n"))

    def _attach_particles(self, doc: Doc, verbs: list[int]) -> None:
        """Separable verbs ("belde ... op" -> ``opbellen``): a particle the tagger marked
        (``PartType=Vbp``) after the verb in its clause ("belde haar op"), or right before it
        with only verbs or ``te`` between ("op te bellen", "op wilde bellen"); else an
        unmarked particle at the clause end (:meth:`_particle_after`)."""
        strings = doc.vocab.strings
        arr = doc.to_array([MORPH, LOWER])
        morphs = arr[:, 0].tolist()
        marks = self._marks
        for h in set(morphs):
            if h not in marks:
                text = strings[h] if h else ""
                marks[h] = PARTICLE in text.split("|")
        marked = {i for i, h in enumerate(morphs) if marks[h]}
        finite = self._finite
        for i in verbs:
            h = morphs[i]
            if h not in finite:
                finite[h] = "VerbForm=Fin" in (strings[h] if h else "").split("|")
        words = [i for i, h in enumerate(arr[:, 1].tolist()) if h in PARTICLE_IDS]
        if not marked and not words:
            return
        end = max(max(marked, default=-1), max(words, default=-1))
        first = min(marked, default=len(doc))
        taken: set[int] = set()
        for i in verbs:
            if i >= end and i <= first and not any(i - 4 <= w < i for w in words):
                continue  # no particle after the verb, no particle word before it
            token = doc[i]
            particle = None
            k = i - 1
            while k >= first and k >= i - 4 and not doc[k + 1].is_sent_start:
                cand = doc[k]
                if k in marked and k not in taken:
                    # "op te bellen", "plaats gemaakt"; not "om opbouwen", and not "mee wil
                    # werken" for "wil": the particle of the later verb
                    if k < i - 1 or (cand.lower_ != "om" and not _verb_follows(doc, i)):
                        particle = cand
                    break
                if cand.pos not in (VERB_ID, AUX_ID) and cand.lower_ != "te":
                    break
                k -= 1
            if particle is None:  # "omdat hij tegemoet kwam", "na te denken"
                particle = self._particle_before(doc, i, taken)
            if particle is None and (
                any(m > i for m in marked) or (finite[morphs[i]] and any(w > i for w in words))
            ):
                if "VerbForm=Part" not in token.morph:
                    particle = self._particle_after(doc, token, marked, taken, words)
            if particle is None:
                continue
            compound = particle.lower_ + token.lemma_
            if particle.lower_ != "te" and self._joins(compound):
                token.lemma = strings.add(compound)  # toestaan, toeslaan: known lemmas
                taken.add(particle.i)
