"""Auxiliary rules on the tagger's learned scores, after the treebanks' guidelines.

Chosen on the UD dev sets (bench/README.md, round 7):

- 'worden' without a verb form in the sentence after it (or in its clause before it) is the
  copula, VERB ("werd derde", "wordt de opvolger"); with a participle right next to it (across
  "te") or later in its clause the passive auxiliary, AUX ("geremd worden", "verlaagd te
  worden", "werd ... ontvoerd");
- 'hebben' with a participle later in its clause, and a modal with an infinitive later in its
  clause, are the auxiliary, AUX ("had ... gemeld", "mocht ... besteden").

Round 8 adds rules on the first-pass labels (the best label after the rules above), chosen on
the same dev sets: UD Dutch tags 'hebben' AUX only as the perfect auxiliary and 'zijn' AUX only
as auxiliary or copula, so

- 'hebben' tagged AUX with neither a participle nor a bare infinitive (IPP: "heeft laten zien")
  tagged in its sentence is the main verb, VERB ("had geen keus", "heeft er zin in");
- a form of 'zijn' tagged AUX in a clause with 'er', with no participle, infinitive or
  predicative adjective tagged in the clause and no stranded preposition after 'er' ("is er bij
  gebaat"), is the existential verb, VERB ("Er is een kans", "omdat er geen plaats was");
- a finite 'worden' tagged VERB with a past participle tagged in its clause is the passive
  auxiliary, AUX ("De defensie werd danig beproefd").

On the first-pass labels too: "van" in a person's name is PROPN ("Loek van Wely", "Van 't
Hof wijst"); "het" and the demonstratives before a finite verb are PRON ("Het leek", "Dat is"),
"het" before a noun is DET ("pakte het zilver"). One word rule: an abbreviated common noun
('het WK', 'de btw') or an acronym with 'er(s) ("PSV'ers") is a NOUN, not a name.

Round 9 (users' sentences, checked on the same dev sets): a first-pass noun where its clause
needs the finite verb or predicate becomes VERB or ADJ ("Voor wie het las, ...", "Wie
binnenkomt, wacht ...", "dat het mis was"; ``clause_verbs``), and a verb in -en with a
plural-noun reading after a plural determiner, numeral or -e adjective is the noun ("zes
werken", "wilde planten"; ``attributive_kind``).

Acronyms (branch acronyms): a word in capitals of two or more capitals ("OM", "GI", "RvdK")
that an acronym or institution list knows, or that follows an article or preposition
("volgens het OM", "met ADHD"), is PROPN or NOUN (as UD Dutch tags acronyms: "PSV", "KNZB"
PROPN; "WK" NOUN), not a function word ("om", "dat"), and "het" before it is the article;
not in a sentence with at least as many words in capitals as in lowercase (a heading).

The tagger keeps per-token arrays (verb form, clause break, "te", sentence start, first-pass
label classes); this module only reads them as lists and says which tokens change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wb.lang import word_set, words

WORDEN_FORMS = word_set("tagger_worden_forms.txt")
HEBBEN_FORMS = word_set("tagger_hebben_forms.txt")
MODAL_FORMS = word_set("tagger_modal_forms.txt")
ZIJN_FORMS = word_set("tagger_zijn_forms.txt")
# "het" and the demonstratives: PRON before a finite verb ("Het leek", "Dat is"); "het" before a
# noun is the article, DET ("pakte het zilver"): a determiner needs a noun, a pronoun stands alone.
DEMONSTRATIVES = word_set("tagger_demonstratives.txt")
# Name codes (name_code): bits of a word for the "van" in person names ("Loek van Wely").
VAN, VAN_CAP, FIRST_NAME, PARTICLE, CAPITAL, OPENER = 1, 2, 4, 8, 16, 32
VAN_PARTICLES = word_set("tagger_van_particles.txt")
_OPENERS = frozenset({'"', "'", "``", ",,", ":", "(", "«", "“", "‘"})
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
FIRST_NAMES = frozenset(
    name.lower()
    for line in words("first_names.txt")
    if not line.startswith("[")
    for name in line.split()
)
ABBREVIATION_NOUNS = word_set("tagger_abbreviation_nouns.txt")
# Clause codes (clause_code) for the rules on a clause without a finite verb (round 9):
# a word that opens a subordinate clause, a subject pronoun ("het" included), a comma.
SUBORDINATORS = word_set("tagger_subordinators.txt")
CLAUSE_SUBJECTS = word_set("tagger_subject_pronouns.txt") | {"het"}
SUBORDINATOR, SUBJECT, COMMA, END = 1, 2, 4, 8
_ENDS = frozenset({".", "!", "?", ";", ":", "…", "..."})
# Readings (WordFeatures.reading) of a word: a finite verb ("las", "wacht"), an adjective
# ("mis"), a plural noun in -en ("werken", "planten").
FINITE_READING, ADJ_READING, PLURAL_NOUN_READING = 1, 2, 4
# Words before a plural noun (attributive_kind): "de", "zijn", "alle"; a numeral ("zes",
# "25"; not a year); an inflected adjective ("bekende").
PLURAL_DETERMINERS = word_set("tagger_plural_determiners.txt")
PLURAL_DETERMINER, NUMERAL, INFLECTED = 1, 2, 3
_ACRONYM_PERSON = re.compile(r"[A-Z][A-Z0-9&]+['’]ers?")
# Acronyms in capitals (acronym_code): a word of letters with a capital first and at least two
# capitals ("OM", "GI", "RvdK"; not "IJsland"), known when an acronym or institution list has it.
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
ACRONYM, KNOWN_ACRONYM = 1, 2
KNOWN_ACRONYMS = word_set("national_acronyms.txt") | word_set("institutions.txt")
ACRONYM_OPENERS = word_set("tagger_acronym_openers.txt")
# Letter case of a word (case_code): capitals only ("OM", "VOLGENS"), or lowercase letters in it.
CAPS_WORD, LOWER_WORD = 1, 2
WORDEN, HEBBEN, MODAL, ZIJN = 1, 2, 3, 4
# Verb forms as WordFeatures.verb_form gives them.
INFINITIVE, PARTICIPLE = 1, 2
# Classes of first-pass labels (label_class): participle, infinitive, adjective, preposition,
# noun, other nominal words, auxiliary, finite main verb, anything else.
OTHER, PART, INF, ADJ, ADP, NOUN, NOMINAL, AUX, FINITE = range(9)
_NOMINAL = frozenset({"DET", "NUM", "PROPN", "PRON", "X", "SYM"})


def auxiliary_kind(low: str) -> int:
    """WORDEN, HEBBEN or MODAL for a lowercase form of those verbs, else 0."""
    if low in WORDEN_FORMS:
        return WORDEN
    if low in HEBBEN_FORMS:
        return HEBBEN
    if low in MODAL_FORMS:
        return MODAL
    if low in ZIJN_FORMS:
        return ZIJN
    return 0


def abbreviation_noun(word: str) -> bool:
    """Whether a word is an abbreviated common noun ('WK', 'btw') or an acronym + 'er(s)
    ('PSV'ers'): a NOUN, not a name."""
    return word.lower() in ABBREVIATION_NOUNS or _ACRONYM_PERSON.fullmatch(word) is not None


def acronym_code(word: str) -> int:
    """KNOWN_ACRONYM for an acronym an acronym or institution list knows ("OM", "RvdK"),
    ACRONYM for another word of that shape ("KNZB"), else 0."""
    if not _ACRONYM.fullmatch(word) or (word.startswith("IJ") and word[2:].islower()):
        return 0
    return KNOWN_ACRONYM if word in KNOWN_ACRONYMS else ACRONYM


def case_code(word: str) -> int:
    """CAPS_WORD for a word of two or more letters in capitals only, LOWER_WORD for a word
    with a lowercase letter, else 0 (punctuation, numbers, one capital)."""
    if any(ch.islower() for ch in word):
        return LOWER_WORD
    return CAPS_WORD if sum(ch.isupper() for ch in word) >= 2 else 0


def name_code(word: str) -> int:
    """Bits of a word for the name-particle rule (VAN, VAN_CAP, FIRST_NAME, ...)."""
    code = VAN if word == "van" else VAN_CAP if word == "Van" else 0
    if word[:1].isupper():
        code |= CAPITAL
        if word.lower() in FIRST_NAMES or _INITIALS.fullmatch(word):
            code |= FIRST_NAME
    if word in VAN_PARTICLES:
        code |= PARTICLE
    if word in _OPENERS:
        code |= OPENER
    return code


def name_van(todo: list[int], codes: list[int], starts: list[bool]) -> Iterator[int]:
    """Tokens 'van' of ``todo`` (tagged ADP) inside a person's name, PROPN as in the treebanks:
    after a first name or initials ("Loek van Wely", "J. van 't Hof"), or capitalised inside a
    sentence ("Brinkman, Van Pelt"), or opening one before a particle ("Van 't Hof wijst")."""
    n = len(codes)
    for i in todo:
        j = i + 1
        while j < n and not starts[j] and codes[j] & PARTICLE:
            j += 1
        if j >= n or starts[j] or not codes[j] & CAPITAL:
            continue
        first = starts[i]
        if codes[i] & VAN_CAP:
            if j > i + 1 or not (first or codes[i - 1] & OPENER):
                yield i
        elif not first and codes[i - 1] & FIRST_NAME:
            yield i


def attributive_kind(low: str) -> int:
    """PLURAL_DETERMINER, NUMERAL (digits, not a year) or INFLECTED (-e) for a lowercase word
    that can stand before a plural noun, else 0."""
    if low.isdigit():
        return NUMERAL if len(low) != 4 else 0
    if low in PLURAL_DETERMINERS:
        return PLURAL_DETERMINER
    return INFLECTED if low.endswith("e") and low.isalpha() else 0


def clause_code(low: str) -> int:
    """SUBORDINATOR, SUBJECT, COMMA and END bits of a lowercase word."""
    code = SUBORDINATOR if low in SUBORDINATORS else 0
    if low in CLAUSE_SUBJECTS:
        code |= SUBJECT
    return code | (COMMA if low == "," else END if low in _ENDS else 0)


def clause_verbs(
    todo: list[int],
    codes: list[int],
    readings: list[int],
    classes: list[int],
    kinds: list[int],
    breaks: list[bool],
    starts: list[bool],
) -> Iterator[tuple[int, str]]:
    """(token, UPOS it keeps) for first-pass nouns of ``todo`` that stand where a clause needs
    its finite verb or predicate (round 9):

    - after a subordinator and a subject pronoun, at the end of a clause without a finite
      verb: the verb ("Voor wie het las, was het duidelijk", "Wie het wist, zweeg");
    - after a subordinator and a subject pronoun, before a finite 'zijn'/'worden' that ends the
      clause: the predicative adjective ("dat het mis was");
    - right after the comma that closes a subordinate clause opening the sentence (or the part
      after a colon): the finite verb of the main clause ("Wie binnenkomt, wacht maanden op
      hulp")."""
    n = len(classes)

    def ends(k: int) -> bool:
        return k >= n or starts[k] or bool(codes[k] & (COMMA | END))  # not "en", "die"

    verbs = (FINITE, AUX)
    for i in todo:
        if i >= 2 and codes[i - 1] & SUBJECT and not starts[i - 1] and not starts[i]:
            if not codes[i - 2] & SUBORDINATOR:
                continue
            if readings[i] & FINITE_READING and ends(i + 1):
                lo, hi = _span(i, n, starts, breaks)
                if not any(classes[k] in verbs for k in range(lo, hi) if k != i):
                    yield i, "VERB"
            elif (
                readings[i] & ADJ_READING
                and i + 1 < n
                and not starts[i + 1]
                and kinds[i + 1] in (ZIJN, WORDEN)
                and classes[i + 1] in verbs
                and ends(i + 2)
            ):
                yield i, "ADJ"
        elif i >= 1 and codes[i - 1] & COMMA and readings[i] & FINITE_READING and not starts[i]:
            lo, _ = _span(i, n, starts, None)
            for k in range(i - 2, lo - 1, -1):
                if codes[k] & END:  # "De wachtlijsten: wie binnenkomt, wacht ..."
                    lo = k + 1
                    break
            first = lo + 1 if classes[lo] == ADP else lo
            if first >= i - 1 or not codes[first] & SUBORDINATOR:
                continue
            between = range(first + 1, i - 1)
            if any(codes[k] & COMMA for k in between):
                continue  # the comma must close the opening clause
            if any(classes[k] in (FINITE, AUX, PART, INF) for k in between):
                yield i, "VERB"


def label_class(label: str) -> int:
    """Class of a tagger label for the rules on first-pass labels (PART, INF, ADJ, ...)."""
    upos, _, morph = label.partition("|")
    if upos == "VERB" and "VerbForm=Fin" in morph:
        return FINITE
    if upos in ("VERB", "AUX") and "VerbForm=Part" in morph:
        return PART
    if upos in ("VERB", "AUX") and "VerbForm=Inf" in morph:
        return INF
    if upos == "AUX":
        return AUX
    if upos in ("ADJ", "ADP", "NOUN"):
        return {"ADJ": ADJ, "ADP": ADP, "NOUN": NOUN}[upos]
    return NOMINAL if upos in _NOMINAL else OTHER


def auxiliary_penalties(
    todo: list[int],
    kinds: list[int],
    forms: list[int],
    breaks: list[bool],
    te: list[bool],
    starts: list[bool],
) -> Iterator[tuple[int, str]]:
    """(token index, label it loses) for each auxiliary verb in ``todo``."""
    n = len(forms)

    def later_in_clause(i: int, wanted: int) -> bool:
        j = i + 1
        while j < n and not starts[j] and not breaks[j]:
            if forms[j] == wanted:
                return True
            j += 1
        return False

    for i in todo:
        if kinds[i] == ZIJN:
            continue
        if kinds[i] != WORDEN:  # hebben + participle, modal + infinitive: AUX
            if later_in_clause(i, INFINITIVE if kinds[i] == MODAL else PARTICIPLE):
                yield i, "VERB"
            continue
        j = i - 1
        if j >= 0 and not starts[i] and te[j]:
            j -= 1
        before = j >= 0 and not starts[j + 1] and forms[j] == PARTICIPLE
        if before or later_in_clause(i, PARTICIPLE):  # passive: "verlaagd te worden"
            yield i, "VERB"
            continue
        if not _verb_form_near(i, forms, breaks, starts):  # copula: "werd derde"
            yield i, "AUX"


def _verb_form_near(i: int, forms: list[int], breaks: list[bool], starts: list[bool]) -> bool:
    """Whether a verb form follows in the sentence or precedes within the clause."""
    j = i + 1
    while j < len(forms) and not starts[j]:
        if forms[j]:
            return True
        j += 1
    j = i - 1
    while j >= 0 and not starts[j + 1] and not breaks[j]:
        if forms[j]:
            return True
        j -= 1
    return False


def second_pass(
    todo: list[int],
    kinds: list[int],
    classes: list[int],
    er: list[bool],
    te: list[bool],
    breaks: list[bool],
    starts: list[bool],
) -> Iterator[tuple[int, str]]:
    """(token, UPOS it keeps) for tokens of ``todo`` (first pass: 'hebben' or 'zijn' tagged
    AUX, finite 'worden' tagged VERB): 'hebben' without a participle or bare infinitive in its
    sentence and existential 'zijn' with 'er' are VERB, 'worden' with a participle (not a
    present one) in its clause is AUX."""
    n = len(classes)
    for i in todo:
        if kinds[i] == HEBBEN:
            lo, hi = _span(i, n, starts, None)
            if not any(
                k != i
                and (classes[k] == PART or (classes[k] == INF and not (k > lo and te[k - 1])))
                for k in range(lo, hi)
            ):
                yield i, "VERB"
        elif kinds[i] == ZIJN:
            lo, hi = _span(i, n, starts, breaks)
            ers = [k for k in range(lo, hi) if er[k]]
            if (
                ers
                and not any(k != i and _predicate(k, classes, hi) for k in range(lo, hi))
                and not any(
                    classes[k] == ADP
                    and not (k + 1 < hi and classes[k + 1] in (NOUN, NOMINAL, ADJ))
                    for k in range(ers[0] + 1, hi)
                )
            ):
                yield i, "VERB"
        elif kinds[i] == WORDEN:
            lo, hi = _span(i, n, starts, breaks)
            if any(classes[k] == PART for k in range(lo, hi) if k != i):
                yield i, "AUX"


def _predicate(k: int, classes: list[int], hi: int) -> bool:
    """Whether token k is a verb form or a predicative adjective (not before a noun)."""
    c = classes[k]
    if c in (PART, INF):
        return True
    return c == ADJ and not (k + 1 < hi and classes[k + 1] in (NOUN, ADJ))


def _span(i: int, n: int, starts: list[bool], breaks: list[bool] | None) -> tuple[int, int]:
    """Start and end of token i's sentence, or of its clause when ``breaks`` is given."""
    lo = i
    while lo > 0 and not starts[lo] and not (breaks is not None and breaks[lo - 1]):
        lo -= 1
    hi = i + 1
    while hi < n and not starts[hi] and not (breaks is not None and breaks[hi]):
        hi += 1
    return lo, hi
