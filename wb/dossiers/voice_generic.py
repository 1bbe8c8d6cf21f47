"""Generic or particular: structures read from the round-10 errors (bench/README.md).

* :func:`generic_condition`: the term stands in a condition about people in general, a clause
  opened by a conditional word whose subject is a bare plural or an indefinite person word:
  "Wanneer ouders niet meewerken, ...", "Als een kind klem zit tussen ...". It says what
  happens if it were so, of no one in particular (voice ``discussed``). "Wanneer de moeder
  niet meewerkt" names someone and is left to the other rules.
* :func:`possibility_clause` (round 11): the term stands in a "dat"-clause that says what may
  happen, "de kans dat een kind ...", "het risico bestaat dat ...", "het kan zover gaan dat
  ...", and the clause names no particular person before the term (voice ``discussed``).
  A condition addressed to the reader ("Wanneer uw ruzie het kind ...") counts as generic in
  :func:`generic_condition` too.
* :func:`general_act`: the term is an infinitive used as a noun for the act in general: "Het
  niet meewerken met jeugdzorg kan ...", "(dan) wederzijds zwartmaken van de ouders" (voice
  ``discussed``); not "het zwartmaken van de moeder" (a particular person).
* :func:`reader_question`: a question with a question word whose only person is the reader
  ("Hoe signaleer je X?") asks about the term in general (voice ``discussed``).
* :func:`generic_naming` (round 12): the generic subject "men" names the term ("Of men nu
  spreekt van X of Y", "wat men X noemt"): the term is named in general, no one in particular
  applies it (voice ``discussed``); "moeder spreekt van X" is left to the attribution rules.
* :func:`kind_continued` (labels17): "Narcisten zijn geobsedeerd met ... Zij handelen vaak
  egoïstisch en overheersend.": a sentence that opens with "zij"/"ze" + a plural verb goes on
  about the kind of people the previous sentence of the paragraph opened with as a bare plural
  subject; it describes that kind, of no one in particular (voice ``discussed``); not in a
  text about one case (a ruling's "Ouders strijden." names its parents).
* :func:`indefinite_possibility` (labels17): "het effect dat een vechtscheiding op kinderen kan
  hebben", "Een narcist kan heel charmant zijn": the term after the indefinite article, with a
  modal of possibility (kunnen, mogen) later in its clause, says what such a thing may do, of no
  one in particular (voice ``discussed``); not with a particular person in the sentence, nor
  across a relative clause ("een vechtscheiding die jaren kan duren").
* :func:`generic_definite` (labels17): "De verstotende ouder ondermijnt de band", "In het begin
  lijkt de narcistische partner soms ...": the term qualifies a definite singular person noun
  ("de X ouder/partner") in a present-tense sentence that names no one (no name, placeholder or
  first person), outside a text about one case: the type of person, of no one in particular
  (voice ``discussed``); "waar de verstotende ouder een dwangsom kreeg" (past) stays.
* :func:`case_reference`: "Dit is een vorm van X." right after a sentence of the same paragraph
  that names a particular person ("de vader", "[de minderjarige]", a name): the author
  classifies that case, so the assertion guard keeps ``asserted``.

All use word classes and lemmas of the Dutch pipeline and short word lists in
``wb/lang/nl``; no phrase of an evaluation text.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from wb.dossiers.voice_shapes import citation_tokens
from wb.dossiers.voice_structure import PERSON_WORDS, PERSONAL
from wb.dossiers.voice_tense import finite
from wb.lang import word_set

CONDITION_OPENERS = word_set("voice_condition_openers.txt")
QUESTION_WORDS = word_set("tagger_question_words.txt")
READER = word_set("voice_assertion_you.txt")
_COPULAS = word_set("voice_assertion_copulas.txt")
_DEFINITE = word_set("voice_definite_determiners.txt")
_ANAPHORS = frozenset({"dit", "dat"})
_EDGES = frozenset({",", ";", ":", "–", "—"})
_COMPARE = word_set("voice_compare_words.txt")
_GENERAL_DETERMINERS = word_set("voice_people_determiners.txt")
_NEUTRAL = word_set("voice_assertion_neutral_persons.txt")
_READER_WORDS = word_set("voice_reader_possessives.txt")
_POSSIBLE = word_set("voice_possibility_frames.txt")
_HAPPEN = word_set("voice_possibility_verbs.txt")
_MODALS = word_set("voice_assertion_modals.txt")
_POINTING = word_set("voice_pointing_determiners.txt")
_CLAUSE_STOPS = frozenset({";", ":", "?", "!"})
_NAMING = word_set("voice_generic_naming.txt")
_NAMING_WE = frozenset({"je", "we", "wij"})  # generic speakers of "spreken van"
_EXAMPLE = word_set("voice_example_words.txt")


def _person_noun(token: Any) -> bool:
    return token.lower_ in PERSON_WORDS or token.lemma_.lower() in PERSON_WORDS


def _plural(token: Any) -> bool:
    return "Plur" in token.morph.get("Number") or token.lower_.endswith(("en", "s"))


def generic_condition(tokens: list[Any], at: int) -> bool:
    """True when the term's clause holds a conditional word with a generic person subject.

    The clause runs back from the term to the nearest , ; : or dash (brackets do not end it),
    over an insert between commas without a finite verb (labels22).
    In it, a conditional opener (wanneer, indien, als, zodra, ingeval) is followed directly by a
    bare plural person noun ("ouders", "kinderen"), by "een" + a person noun ("een kind") or by
    a word of the reader ("u", "uw", "jullie"); the term comes after that subject. After a word
    of example ("Als bijv. de moeder ...") any determiner + person noun counts (labels19).
    """
    first = _clause_start(tokens, at)
    if first > 1 and tokens[first - 1].text == "," and _insert(tokens, first - 1):
        # "indien een ouder, vaak zonder het zelf te beseffen, het kind betrekt in X" (labels22)
        first = _clause_start(tokens, _clause_start(tokens, first - 1) - 1)
    words = [k for k in range(first, at) if not tokens[k].is_space and tokens[k].text != ","]
    for n, k in enumerate(words[:-1]):
        if tokens[k].lower_ not in CONDITION_OPENERS:
            continue
        if tokens[words[n + 1]].lower_ in _EXAMPLE and n + 3 < len(words):
            # "Als bijv. de moeder ...": an example, whoever its person is
            det, noun = tokens[words[n + 2]], tokens[words[n + 3]]
            if det.pos_ in {"DET", "PRON"} and _person_noun(noun):
                return True
        subject = tokens[words[n + 1]]
        if subject.lower_ in _READER_WORDS:
            return True
        if subject.lower_ == "een" and n + 2 < len(words):
            if _person_noun(tokens[words[n + 2]]):
                return True
        elif _person_noun(subject) and subject.pos_ == "NOUN" and _plural(subject):
            return True
    # "als een ouder niet meer in beeld is, een ouder niet omkijkt ...": a further condition of
    # the same list, with its own generic subject and no opener (voice16)
    if (
        len(words) >= 2
        and first > 1
        and tokens[first - 1].text == ","
        and tokens[words[0]].lower_ == "een"
        and _person_noun(tokens[words[1]])
    ):
        return generic_condition(tokens, first - 1)
    return False


def _clause_start(tokens: list[Any], at: int) -> int:
    """The first token after the nearest , ; : dash or line break before position at."""
    first = at
    while first > 0 and tokens[first - 1].text not in _EDGES and "\n" not in tokens[first - 1].text:
        first -= 1
    return first


def _insert(tokens: list[Any], comma: int) -> bool:
    """True when the stretch that ends at the comma is an insert between commas: it opens after
    another comma, has at most eight words and no finite verb ("..., vaak zonder het zelf te
    beseffen, ...")."""
    start = _clause_start(tokens, comma)
    if start < 1 or tokens[start - 1].text != ",":
        return False
    inside = [t for t in tokens[start:comma] if not t.is_space]
    return 0 < len(inside) <= 8 and not any(finite(t) for t in inside)


def possibility_clause(tokens: list[Any], at: int) -> bool:
    """True when the term stands in a "dat"-clause that says what may happen, of no one in
    particular.

    The nearest "dat" before the term (no ; : ? ! or line break between) has a possibility
    word within four words before it ("de kans dat", "het risico bestaat dat", "het is
    mogelijk dat") or, within six, a modal followed by a verb of happening ("het kan zover gaan
    dat", "kan gebeuren dat"); between "dat" and the term stands no name, court placeholder or
    definite person word other than role words that often stand for anyone ("het kind"), and no
    demonstrative or possessive right before the term points back at a case ("die weigering").
    """
    if at and tokens[at - 1].lower_ in _POINTING:
        return False
    k = at - 1
    while k >= 0 and tokens[k].lower_ != "dat":
        if tokens[k].text in _CLAUSE_STOPS or "\n" in tokens[k].text:
            return False
        k -= 1
    if k < 1:
        return False
    before = [t for t in tokens[max(0, k - 8) : k] if not t.is_space and t.text != ","][-6:]
    low = [t.lower_ for t in before]
    frame = any(w in _POSSIBLE for w in low[-4:]) or any(
        t.lemma_.lower() in _MODALS and any(u.lemma_.lower() in _HAPPEN for u in before[n + 1 :])
        for n, t in enumerate(before)
    )
    return frame and not _particular(tokens[k + 1 : at])


def generic_naming(tokens: list[Any], at: int) -> bool:
    """True when the term's clause has the generic subject "men" with a naming verb: "Of men
    nu spreekt van X, Y of Z", "Wat men tegenwoordig X noemt, ...". "spreken" needs its "van"
    before the term. "je" and "we" name a term only with "spreken van" ("dan spreek je van X",
    "we spreken van X wanneer ..."; labels14): "je noemt hem X" is said to someone."""
    start = at
    while start > 0 and tokens[start - 1].lower_ not in _CLAUSE_STOPS | {".", ";"}:
        start -= 1
    end = at
    while end < len(tokens) and tokens[end].lower_ not in _CLAUSE_STOPS | {"."}:
        end += 1
    low = [t.lower_ for t in tokens]
    for k in range(start, end):
        if low[k] != "men" and low[k] not in _NAMING_WE:
            continue
        for j in range(max(start, k - 3), min(end, k + 4)):
            lemma = tokens[j].lemma_.lower()
            if lemma not in _NAMING and low[j] not in _NAMING:
                continue
            if lemma == "spreken" or low[j].startswith("spre"):
                return "van" in low[j + 1 : at]
            if low[k] == "men":
                return True
    return False


_BULLETS = frozenset({"•", "·", "-", "–", "—", "*", "▪", "◦"})


def reader_question(tokens: list[Any]) -> bool:
    """True for a question word question whose only person is the reader: "Hoe herken je X?".
    It asks about the term in general. "Heb je te maken met X?" (no question word) and "Wat kan
    je doen tegen X bij je kinderen?" (a person word) apply it to the reader's own situation
    and are left alone."""
    words = [t for t in tokens if not t.is_space]
    while words and words[0].text in _BULLETS:
        words = words[1:]  # "• Hoe herken je X?": an item of a list of questions (labels30)
    if len(words) < 3 or words[-1].text != "?" or words[0].lower_ not in QUESTION_WORDS:
        return False
    low = {t.lower_ for t in words}
    people = any(_person_noun(t) for t in words)
    return bool(low & READER) and not (low & (PERSONAL - READER)) and not people


def general_act(tokens: list[Any], low: list[str], at: int, upto: int) -> bool:
    """True for an infinitive used as a noun for the act in general.

    "het niet meewerken (met jeugdzorg)": "het" right before the term, which ends in an
    infinitive, and no "van" + a particular person after it; or the bare infinitive after a
    preposition, conjunction or adverb with "van" + a plural person word after it ("dan
    wederzijds zwartmaken van de ouders").
    """
    last = upto - 1
    while last > at and tokens[last].is_space:
        last -= 1
    if not low[last].endswith("en") or tokens[last].pos_ not in {"VERB", "NOUN"}:
        return False
    after = [k for k in range(upto, min(len(tokens), upto + 4)) if not tokens[k].is_space]
    of_someone = bool(after) and low[after[0]] == "van"
    of_people = False
    if of_someone and len(after) > 1:
        k = after[1]
        if low[k] in _GENERAL_DETERMINERS and len(after) > 2:
            k = after[2]
        of_people = low[k] == "een" or (_person_noun(tokens[k]) and _plural(tokens[k]))
    if at and low[at - 1] == "het":
        return not of_someone or of_people
    k = at - 1
    while k >= 0 and low[k] not in _COMPARE and _modifier(tokens[k]):
        k -= 1
    opener = k < 0 or tokens[k].pos_ in {"ADP", "SCONJ", "CCONJ"} or low[k] in _COMPARE
    return opener and k < at - 1 and of_people


def _modifier(token: Any) -> bool:
    """An adverb, adjective or present participle ("wederzijds", "voortdurend")."""
    return token.pos_ in {"ADV", "ADJ"} or (token.pos_ == "VERB" and token.lower_.endswith("end"))


def _particular(tokens: list[Any]) -> bool:
    """A name, a court placeholder or a person word with a definite determiner; not role words
    that often stand for anyone ("het kind", "de ouder")."""
    cited = citation_tokens(tokens)  # "(Source 10)", "(Jansen, 2019)": a reference, no one
    for k, t in enumerate(tokens):
        if (t.pos_ == "PROPN" and k not in cited) or t.text == "[":
            return True
        if k and _person_noun(t) and tokens[k - 1].lower_ in _DEFINITE and t.lower_ not in _NEUTRAL:
            return True
    return False


def case_reference(resolver: Any, index: int, tokens: list[Any], at: int) -> bool:
    """True for "Dit/Dat is (een vorm van) X" after a sentence that names a particular person.

    The sentence opens with "dit" or "dat" and a copula, the term follows in the same clause,
    and the previous sentence stands in the same paragraph and names a particular person, or the
    sentence itself has a first-person word ("Dat is dus X, zo weet ik nu": the writer names
    what she described; labels26).
    """
    words = [k for k in range(len(tokens)) if not tokens[k].is_space]
    if len(words) < 3 or index == 0 or words[0] >= at:
        return False
    opener, verb = tokens[words[0]], tokens[words[1]]
    if opener.lower_ not in _ANAPHORS or verb.lemma_.lower() not in _COPULAS:
        return False
    if any(tokens[k].text in _EDGES for k in range(words[1], at)):
        return False
    if any(t.lower_ in _FIRST_PERSON for t in tokens):
        return True
    prev = resolver.sents[index - 1]
    ends = [t.idx + len(t) for t in prev if not t.is_space]
    if not ends or resolver.doc.text.count("\n", ends[-1], tokens[words[0]].idx) >= 2:
        return False
    return _particular(list(prev))


_RELATIVES = word_set("voice_clause_relatives.txt")


def indefinite_possibility(tokens: list[Any], at: int, upto: int) -> bool:
    """True for "een (ADJ) X ... kan/mag" in one clause, with no particular person; the
    adjectives may be coordinated ("een narcistische of psychopathische ouder ... kan"), and a
    verb term after the modal counts too (:func:`indefinite_act`)."""
    if indefinite_act(tokens, at, upto):
        return True
    k = _before_attributes(tokens, at - 1)
    if k < 0 or tokens[k].lower_ not in _ONE or _particular(tokens) or _one_person(tokens):
        return False
    rest = tokens[upto:]
    for n, t in enumerate(rest):
        if t.pos_ == "CCONJ" and n + 1 < len(rest) and rest[n + 1].pos_ == "ADJ":
            continue  # "een narcistische of psychopathische ouder"
        if t.text in _EDGES or t.text in _CLAUSE_STOPS or t.text == "." or t.pos_ == "CCONJ":
            return False
        if t.lower_ in _RELATIVES:
            return False
        if t.pos_ in {"AUX", "VERB"} and t.lemma_.lower() in _MODALS:
            return True
    return False


_ONE = frozenset({"een", "één"})
_INDEFINITE = _ONE | {"elke", "iedere"}


def _before_attributes(tokens: list[Any], k: int) -> int:
    """The index before the adjectives (and adverbs, coordinated: "narcistische of
    psychopathische") that end at k."""
    while k >= 0 and (
        tokens[k].pos_ in {"ADJ", "ADV"}
        or (tokens[k].pos_ == "CCONJ" and k and tokens[k - 1].pos_ == "ADJ")
    ):
        k -= 1
    return k


def _one_person(tokens: list[Any], neutral: bool = False) -> bool:
    """A singular person word that is not indefinite ("Vader zit ...", "zijn moeder"); the
    determiner may stand before its adjectives ("een boze of narcistische moeder"). With
    ``neutral``, role words that often stand for anyone ("het kind") do not count."""
    for k, t in enumerate(tokens):
        if neutral and t.lower_ in _NEUTRAL:
            continue
        if _person_noun(t) and not _plural(t):
            j = _before_attributes(tokens, k - 1)
            before = tokens[j].lower_ if j >= 0 else ""
            if before not in _GENERAL_DETERMINERS | _INDEFINITE:
                return True
    return False


def indefinite_act(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a verb term after a modal of possibility whose clause has an indefinite person
    ("een (ADJ) ouder ... kan manipuleren", "kan ... door één ouder worden gesaboteerd"): what
    such a person may do, of no one in particular; not with a name or placeholder in the clause
    or a speaker in the sentence, nor with a singular person word that is not indefinite before
    the term."""
    if tokens[upto - 1].pos_ != "VERB" or at == 0:
        return False
    first = at
    while first > 0 and not (
        tokens[first - 1].text in _EDGES | _CLAUSE_STOPS | {"."} or "\n" in tokens[first - 1].text
    ):
        first -= 1
    clause = tokens[first:at]
    if not any(t.pos_ in {"AUX", "VERB"} and t.lemma_.lower() in _MODALS for t in clause):
        return False
    if any(t.pos_ == "PROPN" or t.text == "[" for t in clause):
        return False
    if any(t.lower_ in _SPEAKER for t in tokens) or _one_person(clause):
        return False
    for k, t in enumerate(clause):
        if _person_noun(t) and not _plural(t) and t.pos_ == "NOUN":
            j = _before_attributes(clause, k - 1)
            if j >= 0 and clause[j].lower_ in _ONE:
                return True
    return False


_SPEAKER = word_set("voice_first_person.txt") | word_set("voice_speaker_words.txt")
_FIRST_PERSON = word_set("voice_first_person.txt")


def generic_definite(resolver: Any, tokens: list[Any], at: int, upto: int) -> bool:
    """True for "de (term) (person noun)" in a present-tense sentence that names no one."""
    if resolver.kind.case:
        return False
    k = at - 1
    while k >= 0 and tokens[k].pos_ in {"ADJ", "ADV"}:
        k -= 1
    if k < 0 or tokens[k].lower_ not in {"de", "het"}:
        return False
    last = upto - 1
    head = tokens[last] if _person_noun(tokens[last]) else None
    if head is None and upto < len(tokens) and _person_noun(tokens[upto]):
        head = tokens[upto]
    if head is None or (_plural(head) and "Sing" not in head.morph.get("Number")):
        return False
    if any(t.pos_ == "PROPN" or t.text == "[" or t.lower_ in _SPEAKER for t in tokens):
        return False
    tenses = [t.morph.get("Tense") for t in tokens if "Fin" in t.morph.get("VerbForm")]
    if not tenses or not all("Pres" in tense for tense in tenses):
        return False
    return not named_before(resolver, tokens)


def named_before(resolver: Any, tokens: list[Any]) -> bool:
    """True when the sentence before, in the same paragraph, names someone (a capitalised name
    that is no acronym): "Juf X krijgt ... nadat een vader ... . ... krijgt de agressieve ouder
    ...": the definite points back at a person of the story (voice17)."""
    words = [t for t in tokens if not t.is_space]
    if not words:
        return False
    index = max(0, bisect_right(resolver.starts, words[0].idx) - 1)
    if index == 0:
        return False
    prev = list(resolver.sents[index - 1])
    ends = [t.idx for t in prev if not t.is_space]
    if not ends or resolver.doc.text.count("\n", ends[-1], words[0].idx) >= 2:
        return False
    cited = citation_tokens(prev)
    return any(
        t.pos_ == "PROPN" and not t.text.isupper() and k not in cited for k, t in enumerate(prev)
    )


_THEY = frozenset({"zij", "ze"})


def _opening(tokens: list[Any]) -> list[Any]:
    return [t for t in tokens if not t.is_space and t.text not in {"'", '"', "‘", "“", "-"}]


def _plural_verb(token: Any) -> bool:
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    number = token.morph.get("Number")
    return "Plur" in number or (not number and token.lower_.endswith("en"))


def kind_continued(resolver: Any, index: int, tokens: list[Any]) -> bool:
    """True when "zij"/"ze" + a plural verb opens the sentence and the previous sentence of the
    paragraph opened with a bare plural noun + verb ("Narcisten zijn ...": a kind of people)."""
    words = _opening(tokens)
    if index == 0 or len(words) < 2 or resolver.kind.case:
        return False
    if words[0].lower_ not in _THEY or not _plural_verb(words[1]):
        return False
    prev = _opening(list(resolver.sents[index - 1]))
    if len(prev) < 2 or resolver.doc.text.count("\n", prev[-1].idx, words[0].idx) >= 2:
        return False
    head = prev[0]
    return (
        head.pos_ == "NOUN"
        and _plural(head)
        and "Plur" in head.morph.get("Number")
        and prev[1].pos_ in {"VERB", "AUX"}
    )


__all__ = [
    "CONDITION_OPENERS",
    "case_reference",
    "general_act",
    "generic_condition",
    "generic_definite",
    "indefinite_possibility",
    "kind_continued",
    "named_before",
    "possibility_clause",
    "reader_question",
]


_HABITUAL = word_set("voice_habitual_adverbs.txt")
_CASE_PRONOUNS = word_set("voice_case_pronouns.txt")


def habitual_indefinite(tokens: list[Any], at: int) -> bool:
    """True for "een (ADJ) X" in a sentence with an adverb of habit ("vaak", "dikwijls") that
    names no one in particular: no name, placeholder, first person singular, "hij" or "ze", no
    singular person word that is not indefinite ("Bij een vechtscheiding denken hulpverleners
    vaak aan ...": what usually holds; not "Vader is vaak een narcist")."""
    k = _before_attributes(tokens, at - 1)
    if k < 0 or tokens[k].lower_ not in _ONE:
        return False
    if not any(t.lower_ in _HABITUAL and t.pos_ in {"ADV", "ADJ"} for t in tokens):
        return False
    if any(t.lower_ in _CASE_PRONOUNS for t in tokens):
        return False
    return not (_particular(tokens) or _one_person(tokens, neutral=True))


_RELATIVES = frozenset({"die", "dat"})


def indefinite_relative(tokens: list[Any], at: int) -> bool:
    """True for a term in a present-tense relative clause of "een" + a singular person noun:
    "dat een ouder die bewust de omgang frustreert, ...": what such a person does, of no one in
    particular; not as a predicate ("Moeder is een ouder die ..."), nor with a name,
    placeholder, definite person, first person or "hij"/"ze" before it. Bare plurals ("vaders
    die zich laten meeslepen door ...") are left out: opinion pieces assert those (rounds 10,
    16)."""
    k = at - 1
    while k > 0 and tokens[k].lower_ not in _RELATIVES:
        if tokens[k].text in _EDGES | _CLAUSE_STOPS | {".", ","} or "\n" in tokens[k].text:
            return False
        k -= 1
    if k < 1 or not _person_noun(tokens[k - 1]) or tokens[k - 1].pos_ != "NOUN":
        return False
    j = _before_attributes(tokens, k - 2)
    if j < 0 or tokens[j].lower_ not in _ONE or _plural(tokens[k - 1]):
        return False
    opener = j
    if opener and tokens[opener - 1].lemma_.lower() in _COPULAS:
        return False
    end = at + 1
    while end < len(tokens) and tokens[end].text not in _EDGES | _CLAUSE_STOPS | {".", ","}:
        end += 1
    verbs = [t for t in tokens[k + 1 : end] if t.pos_ in {"VERB", "AUX"}]
    if any("Past" in t.morph.get("Tense") for t in verbs):
        return False
    if not any("Pres" in t.morph.get("Tense") for t in verbs):
        return False
    clause = tokens[k + 1 : at + 1]
    before = tokens[:opener]
    if any(t.lower_ in _CASE_PRONOUNS or t.lower_ in _SPEAKER for t in before + clause):
        return False
    return not _particular(before)
