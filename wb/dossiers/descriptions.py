"""Judgemental descriptions of a parent or child beyond fixed terms: "de boze moeder".

The pattern is over word classes and lemmas, not a list of phrases: an evaluative adjective
(a lemma from the hand list ``wb/lang/nl/evaluative_adjectives.txt`` or from
``evaluative_adjectives_lexicon.txt``, built from the CLiPS subjectivity lexicon by
``bench/build_evaluative_words.py``), optionally followed by more adjectives, in
front of a person noun (``wb/lang/nl/person_nouns.txt``): "de boze moeder", "een nare vrouw",
"een boze, onredelijke vader". With word classes (``token.pos_``) the adjective must be ADJ and
the noun NOUN (so the preposition "naar" in "naar moeder" is no adjective). Without word classes
the fallback asks for the attributive form of the adjective: an -e ending ("nare", "boze") or,
for the bare form, a preceding "een", "zo'n" or "geen" ("een naar mens"); other inflected words
may stand between it and the noun ("boze en getraumatiseerde ouders"). With word classes an
evaluative adjective as predicate of a relative clause on the person noun counts too: "ouders die
boos zijn" (span "boos"), and so does one (also comparative) as predicate of a copula whose
subject stands right before or after it and is a person noun or a third-person pronoun: "Moeder
is kwaadaardig", "werd ze steeds vijandiger" (span the adjective); not when a noun, preposition or
conjunction follows ("boos dat ...", "boos op school": a feeling with its reason) or another
adjective ("Moeder is slecht bereikbaar": a degree). "niet-" + an adjective counts as its on-
form ("een niet-welwillende ouder": onwelwillend). A party noun is a person in a text about
parents ("de ruziënde partijen", :mod:`wb.dossiers.description_parties`); a denied capability
types a person ("een onopvoedbaar kind", :mod:`wb.dossiers.description_capability`), and so
does care denied to a child ("zorgt niet goed voor de kinderen",
:mod:`wb.dossiers.description_care`). A feeling
adjective in a scene or after "werd"/"was" tells a state ("een boze vader met een vuist op
tafel", "Vader werd boos": :mod:`wb.dossiers.description_states`).
A reported act that judges conduct counts with a person as subject or object ("hij kleineert
haar", "misbruik maken van": :mod:`wb.dossiers.description_acts`). A judgement the speaker
applies to themselves is a label like any other ("ik ben een slechte moeder"; labels-policy,
2026-12-05; voice10 left it out). labels37: a predicate put before its copula and subject ("zo
onhandelbaar is onze zoon"), guidance withheld ("geen grenzen stellen",
:mod:`wb.dossiers.description_guidance`), a rebuke in the imperative ("doe niet zo moeilijk",
:mod:`wb.dossiers.description_rebukes`) and an upbringing judged as faulty ("slecht opgevoed",
:mod:`wb.dossiers.description_upbringing`). labels39: "over-" + a subjective adjective that is
not positive is evaluative ("overfanatieke ouders"), and an evaluative participle is a predicate
of "zijn" ("de kinderen zijn ernstig beschadigd", :mod:`wb.dossiers.description_participles`).
labels45: meddling that goes too far ("bemoeit zich overal mee",
:mod:`wb.dossiers.description_meddling`) and not listening ("luisteren nergens naar",
:mod:`wb.dossiers.description_heeding`). labels47: rules ignored ("trekken zich niets aan
van onze regels", :mod:`wb.dossiers.description_heeding`), act participles
(:mod:`wb.dossiers.description_acts`) and adjectives coordinated with a hit
(:mod:`wb.dossiers.description_conjuncts`, called by :mod:`wb.dossiers.labels`).
Overlapping spans of the patterns are merged to the first, longest one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_act_nouns import find_act_nouns
from wb.dossiers.description_acts import find_acts
from wb.dossiers.description_adjectival import grades_next, is_adjectival
from wb.dossiers.description_adjective_runs import find_adjective_runs
from wb.dossiers.description_anger import find_anger
from wb.dossiers.description_bad_conduct import find_bad_conduct
from wb.dossiers.description_blame import find_blame
from wb.dossiers.description_capability import find_capabilities
from wb.dossiers.description_care import find_care_denied, find_excess
from wb.dossiers.description_conduct import find_likened_conduct
from wb.dossiers.description_conduct_doers import find_conduct_doers
from wb.dossiers.description_denied import find_denied_qualities
from wb.dossiers.description_depriving import find_depriving
from wb.dossiers.description_doing import find_wrong_doing
from wb.dossiers.description_doing_order import find_wrong_doing_order
from wb.dossiers.description_duty_failing import find_duty_failing
from wb.dossiers.description_elided import elided_subject
from wb.dossiers.description_excess import find_excess_idioms
from wb.dossiers.description_guidance import find_guidance_withheld
from wb.dossiers.description_harm_idioms import find_harm_idioms
from wb.dossiers.description_heeding import (
    find_not_heeding,
    find_not_open,
    find_rules_ignored,
)
from wb.dossiers.description_judging_heads import find_judging_heads
from wb.dossiers.description_lacks import find_lacks
from wb.dossiers.description_meddling import find_meddling
from wb.dossiers.description_mistreatment import find_mistreatment
from wb.dossiers.description_norm_conduct import find_norm_conduct
from wb.dossiers.description_nouns import find_judging_nouns, judging_nouns
from wb.dossiers.description_offenders import find_offenders
from wb.dossiers.description_opinions import find_opinions
from wb.dossiers.description_other_judging import find_other_judging
from wb.dossiers.description_others import opinion_end
from wb.dossiers.description_parent_neglect import find_parent_neglect
from wb.dossiers.description_participles import find_judged_participles
from wb.dossiers.description_parties import party_persons
from wb.dossiers.description_person_adjectives import find_person_adjectives
from wb.dossiers.description_persons import nominal_comparative, person_key
from wb.dossiers.description_predicate_reach import (
    find_coordinated_predicates,
    find_how_predicates,
    find_modal_predicates,
    find_noun_predicates,
    find_prepositional_predicates,
)
from wb.dossiers.description_problems import adjectives_before, find_problems
from wb.dossiers.description_rebukes import find_rebukes
from wb.dossiers.description_reflexive_conduct import find_reflexive_conduct
from wb.dossiers.description_responsibility import find_responsibility_denied
from wb.dossiers.description_states import scene_state, state_predicate
from wb.dossiers.description_type_compounds import find_type_compounds
from wb.dossiers.description_upbringing import find_upbringing_faults
from wb.dossiers.description_verbs import (
    find_adverbial_judgements,
    find_judging_verb_phrases,
    judging_verbs,
)
from wb.dossiers.description_vices import find_vices
from wb.dossiers.lexicon import fold
from wb.lang import table, word_set, words

LABEL = "negatieve typering"
_BARE_OK = word_set("description_bare_ok.txt")
_JOIN = frozenset({",", "en"})
_NOT_ADJECTIVE = word_set("description_not_adjectives.txt")


@lru_cache(maxsize=8)
def load_words(name: str) -> frozenset[str]:
    """The folded words of a list in wb/lang/nl (one per line, # for comments)."""
    return frozenset(fold(w) for w in words(name))


def evaluative_words() -> frozenset[str]:
    """The hand list plus the strongly negative, subjective adjectives of the CLiPS lexicon,
    and their forms with "over-" (:func:`excess_adjectives`)."""
    return (
        load_words("evaluative_adjectives.txt")
        | load_words("evaluative_adjectives_lexicon.txt")
        | excess_adjectives()
    )


@lru_cache(maxsize=1)
def excess_adjectives() -> frozenset[str]:
    """ "overgevoelig", "overfanatiek": "over-" + a subjective adjective that is not positive
    (CLiPS: polarity at most 0.1, subjectivity at least 0.5) says a trait is there too much, a
    judgement of the person (labels39). Not a participle ("overgelaten", "overbelastend"), a
    short base ("overleed") or a word that itself says "too much" ("overmatig")."""
    excess = load_words("label_excess_words.txt")
    out = set()
    for word, polarity, subjectivity in table("subjectivity_adjectives.txt", 3):
        base = fold(word)
        if float(polarity) > 0.1 or float(subjectivity) < 0.5 or len(base) < 5:
            continue
        if (base.startswith("ge") and base.endswith(("d", "t", "en"))) or base.endswith("end"):
            continue
        if "over" + base not in excess:
            out.add("over" + base)
    return frozenset(out)


def _keys(token: Any) -> set[str]:
    """Folded text and lemma; a participle also as its bare form ("ruziënde": ruziend,
    "beschadigde": beschadigd); "niet-" + an adjective also as its on- form ("niet-welwillende":
    onwelwillend); a compound in -gestoord also as "gestoord" ("relatiegestoorde")."""
    text = fold(token.text)
    keys = {text, fold(token.lemma_)}
    if text.endswith("nde") or (token.pos_ == "VERB" and text.endswith(("de", "te"))):
        keys.add(text[:-1])  # "beschadigde": beschadigd
    elif token.pos_ == "ADJ" and text.endswith("e") and fold(token.lemma_) == text:
        keys.add(text[:-1])  # an inflection the lemmatizer left: "overfanatieke" (labels39)
    keys |= {"on" + k[5:] for k in keys if k.startswith("niet-") and len(k) > 7}
    if any(k.removesuffix("e").endswith("gestoord") for k in keys):
        keys.add("gestoord")  # a compound: "relatiegestoorde kinderen"
    return keys - {""}


def _is_person(token: Any, persons: frozenset[str]) -> bool:
    """A person noun, also as the head of a compound or as a diminutive ("puberdochter",
    "jongetje": :mod:`wb.dossiers.description_persons`)."""
    if nominal_comparative(token, persons):
        return True  # "lastige jongeren": UD tags the comparative ADJ (labels49)
    if token.pos_ and token.pos_ not in ("NOUN", "PROPN"):
        return False
    return person_key(_keys(token), persons)


def _is_adjective(doc: Doc, i: int, adjectives: frozenset[str], evaluative: bool) -> bool:
    """Whether token i is an (evaluative, when asked) attributive adjective."""
    token = doc[i]
    known = bool(_keys(token) & adjectives) or (evaluative and _judging_participle(token))
    if token.pos_:
        if token.pos_ == "VERB" and (
            "Part" in token.morph.get("VerbForm") or fold(token.text).endswith("e")
        ):
            # UD tags an attributive participle VERB: "getraumatiseerde ouders"
            return known or not evaluative
        return token.pos_ == "ADJ" and (known or not evaluative)
    if not known:
        return False
    word = fold(token.text)
    return word.endswith("e") or (i > 0 and fold(doc[i - 1].text) in _BARE_OK)


def _judging_participle(token: Any) -> bool:
    """A present participle of a judging verb of the description lists, used as adjective:
    "de tegenwerkende ouder" (tegenwerken), "een dwarsliggende vader" (dwarsliggen)."""
    word = fold(token.text)
    stem = word[:-4] if word.endswith("ende") else word[:-3] if word.endswith("end") else ""
    return len(stem) > 3 and stem + "en" in judging_verbs()


def _adverb(doc: Doc, j: int, k: int) -> bool:
    """An uninflected adjective right before another inflected one modifies it, not the person:
    "een slecht bereikbare moeder" (but "een naar, boos mens" and "de boze moeder" stay)."""
    word = fold(doc[j].text)
    nxt = fold(doc[j + 1].text) if j + 1 < k else ""
    return not word.endswith("e") and nxt.endswith("e") and nxt.isalpha()


_QUOTES = frozenset("'\"“”„«»‘’`")


def _filler(word: str) -> bool:
    """Without word classes: an inflected word that can stand between adjective and noun."""
    low = fold(word)
    return low.isalpha() and len(low) > 3 and low.endswith("e") and low not in _NOT_ADJECTIVE


def find_descriptions(
    doc: Doc,
    adjectives: frozenset[str] | None = None,
    persons: frozenset[str] | None = None,
) -> list[tuple[int, int]]:
    """Character spans of "(DET) ADJ(evaluative) ... person noun" descriptions in doc."""
    adjectives = adjectives if adjectives is not None else evaluative_words()
    persons = persons if persons is not None else load_words("person_nouns.txt")
    spans = []
    parties = party_persons(doc)
    for k, token in enumerate(doc):
        if not (_is_person(token, persons) or k in parties):
            continue
        relative = _relative_predicate(doc, k, adjectives)
        if relative is not None:
            spans.append(relative)  # also at the start of a sentence (labels-aimed6)
        if k == 0:
            continue
        first = None
        j = k - 1
        while j >= 0:
            if _is_adjective(doc, j, adjectives, evaluative=True) and not _adverb(doc, j, k):
                first = j
            elif (
                doc[j].text.lower() in _JOIN
                and j > 0
                and _is_adjective(doc, j - 1, adjectives, True)
            ):
                pass
            elif not (doc[j].pos_ and _is_adjective(doc, j, adjectives, evaluative=False)):
                if doc[j].pos_ or not _filler(doc[j].text):
                    break
            j -= 1
        if first is not None and not (doc.has_annotation("POS") and scene_state(doc, first, k)):
            spans.append((doc[first].idx, token.idx + len(token.text)))
    spans += [
        s for s in _copula_predicates(doc, adjectives, persons) if not state_predicate(doc, s[0])
    ]
    if doc.has_annotation("POS"):
        spans += find_problems(doc, persons) + find_judging_verb_phrases(doc, persons)
        spans += find_judging_nouns(doc, persons, adjectives)
        spans += find_adverbial_judgements(doc, persons, adjectives)
        spans += _quoted_judgements(doc, adjectives, persons)
        spans += find_capabilities(doc, persons) + find_lacks(doc, persons)
        spans += find_care_denied(doc) + find_excess(doc) + find_likened_conduct(doc)
        spans += find_opinions(doc, adjectives, persons) + find_acts(doc, persons)
        spans += find_denied_qualities(doc, persons) + find_wrong_doing(doc)
        spans += find_guidance_withheld(doc, persons) + find_rebukes(doc)
        spans += find_upbringing_faults(doc) + find_meddling(doc) + find_not_heeding(doc)
        spans += find_rules_ignored(doc) + find_responsibility_denied(doc)
        spans += find_vices(doc) + find_excess_idioms(doc, persons)  # labels-judging
        spans += find_norm_conduct(doc) + find_offenders(doc)  # labels-judging
        spans += find_person_adjectives(doc, persons, adjectives)  # labels-aimed
        spans += find_parent_neglect(doc)  # labels-aimed
        spans += find_conduct_doers(doc, persons)  # labels-aimed2
        spans += find_wrong_doing_order(doc)  # labels-aimed2
        spans += find_mistreatment(doc, persons)  # labels-aimed2
        spans += find_act_nouns(doc, persons, adjectives)  # labels-aimed2
        spans += find_bad_conduct(doc)  # labels-aimed2
        spans += find_type_compounds(doc, persons)  # labels-aimed3
        spans += find_adjective_runs(doc)  # labels-judging3
        spans += find_duty_failing(doc)  # labels56
        spans += find_reflexive_conduct(doc)  # labels-aimed4
        spans += find_not_open(doc) + find_blame(doc)  # labels63
        spans += find_harm_idioms(doc)  # labels-aimed3
        spans += _reached_predicates(doc, adjectives, persons)  # labels-aimed5
        spans += find_judging_heads(doc)  # labels-aimed5
        spans += find_anger(doc, lambda t: _is_person(t, persons))  # labels-aimed4/5 (12-07)
        spans += find_depriving(doc, lambda t: _is_person(t, persons))  # labels-aimed4 (12-07)
        spans += find_other_judging(  # labels-other2
            doc, lambda t: bool(_keys(t) & adjectives), adjectives_before
        )
        spans += find_judged_participles(
            doc, lambda t: bool(_keys(t) & adjectives), lambda d, i: _person_subject(d, i, persons)
        )
    return _apart(spans)


def _reached_predicates(
    doc: Doc, adjectives: frozenset[str], persons: frozenset[str]
) -> list[tuple[int, int]]:
    """Evaluative predicates after a modal verb, with a preposition after them, after "hoe" or
    joined before a clause-final copula, and "een gevaar" as predicate
    (:mod:`wb.dossiers.description_predicate_reach`), with this module's subject and evaluative
    tests."""

    def judges(d: Doc, k: int) -> bool:
        return _evaluative_predicate(d, k, adjectives)

    def is_subject(d: Doc, i: int) -> bool:
        if not 0 <= i < len(d):
            return False
        token = d[i]
        if token.pos_ == "PRON":
            return token.lower_ in _SUBJECT_PRONOUNS or token.lower_ in {"ik", "wij", "we"}
        return _is_person(token, persons) and not _after_preposition(d, i)

    return (
        find_modal_predicates(doc, judges, is_subject)
        + find_prepositional_predicates(doc, judges, is_subject)
        + find_noun_predicates(doc, is_subject)
        + find_how_predicates(doc, judges, is_subject)  # labels-aimed6
        + find_coordinated_predicates(doc, judges, is_subject)  # labels-aimed6
    )


def _person_subject(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """A person noun or a third-person subject pronoun at i that opens its clause: before its
    determiners and adjectives the sentence starts, or a punctuation mark, a conjunction of a
    clause or an adverb stands ("waardoor de kinderen"); not a noun, a preposition or "en"
    ("De band tussen haar en haar vader")."""
    token = doc[i]
    if token.pos_ == "PRON":
        if token.lower_ not in _SUBJECT_PRONOUNS:
            return False
    elif not _is_person(token, persons):
        return False
    h = i - 1
    while h >= 0 and (
        doc[h].pos_ in {"DET", "ADJ"}
        or (doc[h].pos_ == "PRON" and doc[h].lower_ not in _SUBJECT_PRONOUNS)
    ):
        h -= 1  # "de", "mijn", "haar eigen"
    if h == i - 1 and doc[h].lower_ == "als":
        return False  # "(iemand die) als kind (is beschadigd)": a role, not the subject
    return h < 0 or doc[h].pos_ in {"PUNCT", "SCONJ", "ADV"} or doc[h].lower_ in {"die", "dat"}


def _apart(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without overlaps: of overlapping spans the first, longest one stays."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


_COPULAS = word_set("voice_assertion_copulas.txt")


def _quoted_judgements(
    doc: Doc, adjectives: frozenset[str], persons: frozenset[str]
) -> list[tuple[int, int]]:
    """A judging word alone in quotes, marked as a word: "als 'afhaken'", "‘Afhaken’ is een
    term", "die ‘slechte’ ouder": a judging noun or verb of the lists in wb/lang/nl, or an
    evaluative adjective in a sentence with a person noun (not "vindt het ‘pervers’ dat
    advocaten ...", "De zorg is ‘ongepast’"); the span is the word (the voice rules read the
    quotes)."""
    terms = judging_nouns() | judging_verbs()
    spans = []
    for k in range(1, len(doc) - 1):
        token = doc[k]
        if doc[k - 1].text not in _QUOTES or doc[k + 1].text not in _QUOTES:
            continue
        keys = _keys(token)
        if token.pos_ in {"NOUN", "VERB", "PROPN"} and keys & terms:
            spans.append((token.idx, token.idx + len(token.text)))
        elif _is_adjective(doc, k, adjectives, evaluative=True):
            # also an attributive participle, tagged VERB: "deze ‘controlerende’ ouder"
            sent = token.sent if doc.has_annotation("SENT_START") else doc
            if any(_is_person(t, persons) for t in sent):
                spans.append((token.idx, token.idx + len(token.text)))
    return spans


def _relative_predicate(doc: Doc, k: int, adjectives: frozenset[str]) -> tuple[int, int] | None:
    """ "ouders die (vaak) boos zijn": an evaluative adjective as predicate of a relative clause
    on the person noun at k (with word classes only); the span is the adjective. Degree words
    of ``aimed_degree_words.txt`` that are no denial may stand before it ("ouders die te
    toegeeflijk zijn", "kinderen die erg brutaal zijn"; labels-aimed6)."""
    if k + 3 >= len(doc) or doc[k + 1].lower_ != "die" or not doc[k].pos_:
        return None
    j = k + 2
    while j < len(doc) and j - k <= 5 and (doc[j].pos_ == "ADV" or _relative_degree(doc[j])):
        j += 1
    if j + 1 >= len(doc) or not _is_adjective(doc, j, adjectives, evaluative=True):
        return None
    if not is_adjectival(doc[j]) or doc[j + 1].lemma_.lower() not in _COPULAS:
        return None
    return doc[j].idx, doc[j].idx + len(doc[j].text)


def _relative_degree(token: Any) -> bool:
    """A degree word before the predicate of a relative clause, no denial (labels-aimed6)."""
    word = fold(token.text)
    return word in _DEGREES and word not in _DENIALS


_DEGREES = word_set("aimed_degree_words.txt")
_DENIALS = word_set("description_denials.txt")
_SUBJECT_PRONOUNS = word_set("description_subject_pronouns.txt")


def _after_preposition(doc: Doc, i: int) -> bool:
    """Whether the noun at i ends a prepositional phrase, so it is not the subject: "(dat) de
    ontzegging van het contact met zijn zoon onterecht was"; a participle counts as an
    adjective ("de gevolgen voor de verstoten ouders zijn ...", labels34)."""
    h = i - 1
    while h >= 0 and i - h <= 3 and (doc[h].pos_ in {"DET", "PRON", "ADJ"} or _participle(doc[h])):
        if doc[h].pos_ == "PRON" and doc[h].lower_ in _SUBJECT_PRONOUNS:
            return False
        h -= 1
    return h >= 0 and doc[h].pos_ == "ADP"


def _participle(token: Any) -> bool:
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")


def _copula_predicates(
    doc: Doc, adjectives: frozenset[str], persons: frozenset[str]
) -> list[tuple[int, int]]:
    """ "Ze werd steeds vijandiger", "Moeder is kwaadaardig": an evaluative adjective (also
    comparative) as predicate of a copula whose subject, right before or after the copula, is
    a person noun or a third-person pronoun (with word classes only); the span is the
    adjective."""
    out = []
    for j, verb in enumerate(doc):
        if not verb.pos_ or verb.lemma_.lower() not in _COPULAS or verb.pos_ not in {"AUX", "VERB"}:
            continue
        subjects = [
            i
            for i in (j - 1, j + 1)
            if 0 <= i < len(doc)
            and (
                (doc[i].lower_ in _SUBJECT_PRONOUNS and doc[i].pos_ == "PRON")
                or (_is_person(doc[i], persons) and not (i < j and _after_preposition(doc, i)))
            )
        ]
        subjects += _inverted_subject(doc, j, persons)
        subjects += _speaker(doc, j)
        if not subjects and elided_subject(doc, j, lambda t: _is_person(t, persons)):
            subjects = [j - 1]  # "..., en zijn heel koppig": the sentence's subject
        if not subjects:
            continue
        k = opinion_end(doc, j + 1) if j + 1 < len(doc) else j + 1  # "is volgens haar/mij X"
        while k < len(doc) and k - j <= 5 and (_grading(doc, k, adjectives) or k in subjects):
            k = opinion_end(doc, k + 1) if k + 1 < len(doc) else k + 1
        if k >= len(doc) or not is_adjectival(doc[k]):
            continue
        # "Moeder is slecht bereikbaar": an adjective before another one grades it
        alone = k + 1 >= len(doc) or doc[k + 1].pos_ not in {"NOUN", "ADP", "SCONJ", "ADJ"}
        alone = alone or _too_to(doc, k)
        if alone and _evaluative_predicate(doc, k, adjectives):
            out.append((doc[k].idx, doc[k].idx + len(doc[k].text)))
        if alone:  # "zijn te verslaafd, te gewelddadig": the list goes on after any predicate
            out += _coordinated_predicates(doc, k, adjectives)
    out += _fronted_predicates(doc, adjectives, persons)
    return out + _final_copula_predicates(doc, adjectives, persons)


def _fronted_predicates(
    doc: Doc, adjectives: frozenset[str], persons: frozenset[str]
) -> list[tuple[int, int]]:
    """ "zo bozig en onhandelbaar is onze zoon": an evaluative adjective right before a copula
    whose subject follows it (a determiner or possessive and a person noun: the predicate put
    first); coordinated adjectives before it count too (labels37). The span is each evaluative
    adjective."""
    out = []
    for j, verb in enumerate(doc):
        if j == 0 or not verb.pos_ or verb.lemma_.lower() not in _COPULAS:
            continue
        if verb.pos_ not in {"AUX", "VERB"} or not _inverted_subject(doc, j, persons):
            continue
        k = j - 1
        while k >= 0 and doc[k].pos_ == "ADJ":
            if _evaluative_predicate(doc, k, adjectives):
                out.append((doc[k].idx, doc[k].idx + len(doc[k].text)))
            if k >= 2 and doc[k - 1].lower_ in {",", "en", "of"}:
                k -= 2
            else:
                break
    return out


def _speaker(doc: Doc, j: int) -> list[int]:
    """ "Ik was lui", "Ik was volgens haar jaloers": a first-person subject right before or after
    the copula at j. A judgement of the speaker is a label whoever applies it: the speaker
    themselves (labels-policy, 2026-12-05) or another party (``description_others``)."""
    return [
        i
        for i in (j - 1, j + 1)
        if 0 <= i < len(doc) and doc[i].pos_ == "PRON" and doc[i].lower_ in {"ik", "wij", "we"}
    ]


def _evaluative_predicate(doc: Doc, k: int, adjectives: frozenset[str]) -> bool:
    """An evaluative adjective, also as a comparative ("vijandiger", "lastiger")."""
    word = fold(doc[k].text)
    return bool((_keys(doc[k]) | ({word[:-2]} if word.endswith("er") else set())) & adjectives)


_TOO = word_set("description_grading_words.txt")


def _grading(doc: Doc, k: int, adjectives: frozenset[str]) -> bool:
    """An adverb, or an uninflected adjective that is no judgement itself and grades the next
    adjective ("is hij bijzonder brutaal"); not "slecht bereikbaar" (slecht is evaluative)."""
    if doc[k].pos_ == "ADV":
        return True
    return grades_next(doc, k, lambda d, i: _evaluative_predicate(d, i, adjectives))


def _inverted_subject(doc: Doc, j: int, persons: frozenset[str]) -> list[int]:
    """ "Waarom zijn de ouders zo passief?": a determiner or possessive and a person noun right
    after the copula (the subject after an inverted copula); both positions count as subject."""
    if j + 2 >= len(doc) or doc[j + 1].pos_ not in {"DET", "PRON"}:
        return []
    if doc[j + 1].lower_ in _SUBJECT_PRONOUNS or not _is_person(doc[j + 2], persons):
        return []
    return [j + 1, j + 2]


def _coordinated_predicates(doc: Doc, k: int, adjectives: frozenset[str]) -> list[tuple[int, int]]:
    """ "te verslaafd, te gewelddadig, te verward": further evaluative adjectives of the same
    predicate after a comma or "en"/"of", each with at most one grading word before it; the list
    ends at the first other word."""
    out = []
    n = k + 1
    while n + 1 < len(doc) and doc[n].lower_ in {",", "en", "of"}:
        m = n + 1
        if doc[m].lower_ in _TOO and m + 1 < len(doc):
            m += 1
        if doc[m].pos_ != "ADJ":
            break
        if m + 1 < len(doc) and doc[m + 1].pos_ in {"NOUN", "ADP", "ADJ"}:
            break
        if _evaluative_predicate(doc, m, adjectives):
            out.append((doc[m].idx, doc[m].idx + len(doc[m].text)))
        n = m + 1
    return out


_PREDICATE_STOPS = frozenset({"ADJ", "VERB", "NOUN", "ADP", "SCONJ"})
_MODALS = word_set("tagger_modal_forms.txt")  # kan, moet, mag, zal, ... (forms)
_NEGATORS = word_set("description_denials.txt")


def _too_to(doc: Doc, k: int, gap: int = 1) -> bool:
    """ "te dom (zijn) om ...": "te" before the adjective and "om" after it (or after its
    copula): a judgement of what the person can do, not a reason or a place."""
    after = doc[k + gap].lower_ if k + gap < len(doc) else ""
    return k > 0 and doc[k - 1].lower_ == "te" and after == "om"


def _degree(token: Any) -> bool:
    """An adverb or an uninflected adjective used as one ("erg", "zo", "heel")."""
    return token.pos_ == "ADV" or (is_adjectival(token) and not fold(token.text).endswith("e"))


def _final_copula_predicates(
    doc: Doc, adjectives: frozenset[str], persons: frozenset[str]
) -> list[tuple[int, int]]:
    """ "(dat) vader slecht is", "(omdat) moeder zo onredelijk was": in a subordinate clause the
    evaluative adjective stands between its subject (a person noun or third-person pronoun, at
    most two adverbs before it) and the copula at the end of the clause; the span is the
    adjective. Not when the copula goes on with a verb, noun or preposition ("slecht is
    geworden", "onredelijk is tegen")."""
    out = []
    for k, adj in enumerate(doc):
        if not adj.pos_ or not is_adjectival(adj) or k + 1 >= len(doc) or k == 0:
            continue
        verb = doc[k + 1]
        if verb.lemma_.lower() not in _COPULAS or verb.pos_ not in {"AUX", "VERB"}:
            continue
        if k + 2 < len(doc) and doc[k + 2].pos_ in _PREDICATE_STOPS and not _too_to(doc, k, 2):
            continue
        i = k - 1
        while i > 0 and k - i <= 3 and (_degree(doc[i]) or doc[i].lower_ == "te"):
            if doc[i].lower_ in _NEGATORS:
                break  # "(dat) mama niet meer boos is": a wish or a state denied, no label
            i -= 1
        subject = doc[i]
        if not (
            (subject.lower_ in _SUBJECT_PRONOUNS and subject.pos_ == "PRON")
            or (_is_person(subject, persons) and not _after_preposition(doc, i))
            or _speaker(doc, i + 1)  # "(De buren vinden dat) ik lui ben"
            or (
                subject.lower_ in _MODALS
                and elided_subject(doc, i, lambda t: _is_person(t, persons))
            )  # "..., en kan heel brutaal zijn"
        ):
            continue
        if _keys(adj) & adjectives:
            out.append((adj.idx, adj.idx + len(adj.text)))
    return out


__all__ = ["LABEL", "evaluative_words", "find_descriptions", "load_words"]
