"""Voice of a label: who applies the term, to whom, and whether at all.

Four voices: ``asserted`` (the author applies the term), ``attributed`` (the author reports
that someone else applies it), ``discussed`` (the term itself is talked about: defined, studied,
asked about, named in a title, heading or organisation name) and ``negated`` (the term is
applied and denied: "er is geen sprake van ouderverstoting", "is niet vastgesteld").

Rules, in order (no parser needed; tokens, lemmas and sentences of the Dutch pipeline):

A. Negated: "geen" up to three words before the term in its clause ("geen ouderverstoting"),
   "geen sprake/bewijs/aanwijzingen/signalen ... van/voor/dat" before it in the sentence,
   "niet" right before it ("niet manipulatief"), "niet ... gebleken/vastgesteld/aangetoond/
   gesproken/sprake" before it, or "niet gebleken/vastgesteld/..." after it ("X is niet
   vastgesteld"), or a finite verb + "niet" + "een X" ("impliceren niet ... een X", labels26).
   A "geen"/"niet" inside the term ("geen probleembesef") does not count. A term inside
   "zonder ... te VERB" is denied too, and a denial in the gap of a variant ("sprak nooit
   slecht over") that is no word of the term (:mod:`wb.dossiers.voice_shapes`,
   :mod:`wb.dossiers.voice_gap`, labels30).
B. Discussed, named: a capitalised term inside a capitalised name ("Dag van de
   Ouderverstoting", "Herken Ouderverstoting"), a term with its capital after a link word inside
   a name of several capitalised words ("het programma Kinderen uit de Knel":
   :mod:`wb.dossiers.voice_names`), a literature reference ("J. Zander; Titel;
   Assen, 1999."), the term after the head of a name ("Expertteam Ouderverstoting",
   "adviesrapport 'Vechtende ouders'"), a topic ("Kamervragen over", "onderzoek naar",
   "ontwikkelingen omtrent", "op het gebied van", "gradaties van"), a plural word for words
   ("termen als X, Y en Z", "begrippen"), "het begrip/fenomeen/verschijnsel/syndroom" or
   "zogenaamde/zogeheten", "de term X" with a verb of coining ("Gardner introduceerde de term
   X": :mod:`wb.dossiers.voice_coined`); or it stands in a heading: a short line without final
   punctuation and without a person word (moeder, vader, kind, ex, ...), or such a line ending
   in "?" that stands alone as a paragraph. "over X" counts as topic at the start of a sentence or
   after a sentence opening with a topic noun ("Vragen van het lid ... over X"); "voor X"
   after a care noun ("behandeling voor", "aandacht voor").
C. Attributed, by the rules 1-5 below.
D. Discussed, defined: "Wat is X?", "Dit heet X", "X staat voor", "X is een syndroom/term/
   stoornis/vorm ...", "X – een vorm van ...", a sentence that defines ("gedefinieerd") or
   calls the term one of several "termen/begrippen", a bare abstract noun or acronym opening
   the sentence ("Ouderverstoting wordt veroorzaakt door ..."), a short quoted term without a
   reporting cue ('scare quotes'; a quote with a person word, "zo'n 'gestoorde moeder'", is
   someone's judgement: attributed), a quoted sentence that opens with the term and says what
   it is ("Kinderombudsman: “X is een ernstige vorm van ...”"), or "de term/naam X" without
   someone who uses it; the
   definiens of "X is de situatie waarin ..."; "het X-en van ouders" (the act in general);
   "de gevolgen van een X"; "de ene ouder ... de andere ouder" (parents in general); an
   indefinite subject of a present-tense statement ("Een onveilig gehecht kind heeft ...":
   :mod:`wb.dossiers.voice_indefinite`); a
   condition about people in general ("Wanneer ouders niet meewerken, ...") and the main clause
   after it (:mod:`wb.dossiers.voice_consequence`), an infinitive as
   a noun for the act in general ("Het niet meewerken met jeugdzorg ...", "dan wederzijds
   zwartmaken van de ouders"), a "dat"-clause that says what may happen ("de kans dat een
   kind ...", "het kan zover gaan dat ..."): :mod:`wb.dossiers.voice_generic`.
   labels32: a definition by condition ("Er is sprake van X wanneer ...", "Van X is pas sprake
   als ...": the term and the terms of its condition) and an existential sentence with an
   adverb of always ("Er is altijd een X (die ...)"): :mod:`wb.dossiers.voice_existential`;
   a yes/no question to the reader with "hebben" ("U heeft X?"), also quoted
   (:mod:`wb.dossiers.voice_reader`), all before the attribution cue; an adverb of how often,
   a present verb and an indefinite subject ("Vaak zal een X-ouder ... Y", "Soms gebruikt
   een ouder het kind": :mod:`wb.dossiers.voice_indefinite`) and a counted group's situation
   ("12.000 kinderen ... in een X": :mod:`wb.dossiers.voice_counts`) with the generic rules.
   labels34: "te spreken van X", "Als een X dreigt", "waardoor kinderen ... X kunnen komen"
   and a counted group's situation are discussed before any cue or quote is read
   (:mod:`wb.dossiers.voice_population`): a group or the word in general, whoever says it.
   A heading inside a quote that runs over its paragraphs is the quoted story's (attributed,
   :mod:`wb.dossiers.voice_headings`).
   labels64: a bare plural group "met" the term ("ouders met een X", "adoptiekinderen met X")
   names a kind of people, discussed whoever says it (:mod:`wb.dossiers.voice_group_with`);
   without a cue, an open question in the present ("is het daarmee een X?", "Hoe krijg ik het
   X van mijn kind ...?") asks whether or how the term applies, discussed, unless it names
   someone or tells a past event (:mod:`wb.dossiers.voice_questions`).
   Classified (before the attribution rules): a case or phenomenon classified with the term
   ("worden gezien als een vechtscheiding", "is gekwalificeerd als", "noemde X een vorm van")
   or a generic group named by it ("Ouders die ... worden vaak ... genoemd"), unless a
   particular person is the one classified ("moeder wordt gezien als manipulatief").
E. Attributed across sentences: a sentence introduced by a cue with another subject that ends
   in ":" or announces "het volgende"/"als volgt" carries its attribution to the following
   sentences of the paragraph; a sentence with "zou"/"zouden" right after a sentence with such
   a cue is reported speech too ("Volgens moeder ... . Hij zou ..."). In a ruling a party's
   account ("De moeder stelt dat ...") goes on in the next sentences of its paragraph, and the
   paragraphs under a heading with a party's position ("Het standpunt van de moeder") are that
   party's (:mod:`wb.dossiers.voice_sections`). In someone else's summary of a ruling the
   court's finding ("Het hof stelt vast dat ... . De moeder heeft ...") goes on the same way
   (labels61); conclusions announced with "het volgende" ("In
   het rapport wordt ... het volgende geconcludeerd.") go on over lines and numbered items up to
   a blank line, a new cue or the court's own sentence. The carry stops where the author opens a
   sentence again ("Het hof overweegt als volgt.", "De rechtbank is van oordeel ...").
   A separable reporting verb is read over a short insert ("voert, kort samengevat, het
   volgende aan") and its particle before ":" keeps the quote in its scope ("voert de vader
   aan: ...").
F. Everything else -> asserted.

Attribution (C):

1. Inside quotation marks (" “ ” „ ,,'' ‘ ’ ' ‚ « » ‹ ›, a quote may run over paragraphs) ->
   attributed.
   An apostrophe inside a word ("auto's", "zo'n") or an elision ("'s avonds", "'t") is not a
   quote mark.
2. Otherwise the nearest *cue* before the label in its sentence decides. Cues are:
   ``volgens X``, ``aldus X``, ``naar zeggen van X``, ``in de ogen/woorden/beleving van X``;
   a reporting verb (zeggen, aangeven, vertellen, melden, stellen, noemen, verklaren,
   beschrijven, omschrijven, benoemen, uiten, vinden, denken, ervaren, menen, vrezen, spreken,
   schrijven, beweren, ...) with its subject; ``X is van mening / heeft het idee, gevoel, de
   indruk``, ``X is het (erover) eens dat`` and ``X gebruikt het woord/de term``. The
   subject (or X) is the nearest person, role, organisation, document, pronoun or name
   around the cue.
3. A cue whose subject is the report's own author is no attribution: "De Raad stelt vast
   dat ..." in a Raad report, "De jeugdbeschermer ervaart ..." in the jeugdbeschermer's own
   report, "wij", "ondergetekende". The author's words come from metadata (organisation and
   author_role, see :func:`self_terms`); without metadata only first-person words count.
   This follows truth.yaml of the bundled dossiers. A court is the author of its own ruling
   ("Het hof oordeelt dat ..."): genre metadata or the ruling's header (ECLI, "Beschikking")
   says so, see :mod:`wb.dossiers.voice_document`; there a short title line describes the
   case (asserted), and the items of a list of signs are discussed
   (:mod:`wb.dossiers.voice_lists`).
4. A cue with another subject -> attributed. Separable verbs are read with their particle, so
   "vindt plaats", "stelt voor" and "zegt af" are no cues, while "geeft aan" is. Strong
   reporting verbs (zeggen, melden, omschrijven, ...) also count without a subject (passive,
   "er wordt gezegd"); weak ones (vinden, zien, denken, stellen, ...) need one.
5. The scope of a cue ends at ";", at ":" (unless it introduces the quote: "zegt: ..."), at
   "maar" (not "maar dat") and at a line break. A cue after the label counts when it is
   postposed (", zegt moeder", ", aldus vader", ", volgens vader"), and "volgens/aldus X" also
   without a comma within four words after the term ("X is volgens jeugdzorg ...").
6. A speaker named as a label before a colon ("De moeder: ...", "Gezinsvoogd Jansen: ...": at
   most three words, no verb, a role, pronoun or name) is a cue, and so is a verb that reports
   only as a speech tag (``voice_speech_tags.txt``: "weten", "lachen", ...) right after a
   closing quote mark or right before a colon. A present-tense sentence right after a quote
   with a speech tag by someone else (",,...,'' weet X. Ouders zijn ...") goes on with that
   speaker's account (labels24). A quoted definition ("“X is een ernstige vorm van ...”") is
   discussed whoever says it.
7. No cue: "volgens" before a law ("volgens art. 300 Sr"), a verb after "te" that means
   something else ("weten te vinden"), a generic "je"/"men" with a hedge ("je zou kunnen
   stellen dat", "waar je zou hopen dat"), and a question to the reader ("Hoe signaleer je
   X?"): the author's own voice. A subject separated from its verb by an apposition or
   relative clause is found before it ("dr. X, de psychiater van ..., heeft geconcludeerd").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.voice_attribution import Attribution
from wb.dossiers.voice_author import self_terms
from wb.dossiers.voice_clauses import (
    clause_definition,
    event_headline,
    generic_naming_passive,
    other_name,
    quoted_condition,
    work_title,
)
from wb.dossiers.voice_coined import coined
from wb.dossiers.voice_conditions import condition_predicate, role_as
from wb.dossiers.voice_consequence import condition_consequence
from wb.dossiers.voice_counts import counted_category, counted_group
from wb.dossiers.voice_definition_frame import defined_object
from wb.dossiers.voice_denied_lists import denied_adjective_list
from wb.dossiers.voice_discussed import (
    classified,
    defined,
    defines,
    explains_term,
    heading,
    named,
    quoted_concept_definition,
    quoted_definition,
    quoted_gloss,
    reference,
    title_case,
)
from wb.dossiers.voice_document import DocumentKind, document_kind
from wb.dossiers.voice_examples import (
    indefinite_person_possibility,
    named_example,
    source_definition,
    topic_line,
)
from wb.dossiers.voice_existential import existential_type, kinds_you_have, sprake_condition
from wb.dossiers.voice_generic import (
    general_act,
    generic_condition,
    generic_definite,
    generic_naming,
    habitual_indefinite,
    indefinite_possibility,
    indefinite_relative,
    kind_continued,
    possibility_clause,
    reader_question,
)
from wb.dossiers.voice_generic_you import addressed_text, generic_you
from wb.dossiers.voice_group_with import group_with
from wb.dossiers.voice_headings import inside_story
from wb.dossiers.voice_indefinite import indefinite_subject, inverted_indefinite_subject
from wb.dossiers.voice_lists import signal_item
from wb.dossiers.voice_named_terms import page_title, programme_name, topic_with_it
from wb.dossiers.voice_names import inside_name
from wb.dossiers.voice_negation import (
    denied_after,
    denied_fronted,
    negated,
    not_a,
    seeming_denied,
)
from wb.dossiers.voice_passive import passive_labelling
from wb.dossiers.voice_plan_groups import plan_group_phrase
from wb.dossiers.voice_population import group_in_question, population
from wb.dossiers.voice_possibility import group_possibility
from wb.dossiers.voice_questions import open_question
from wb.dossiers.voice_reader import (
    group_situation,
    reader_condition,
    reader_have_question,
    reader_type_question,
    self_type_question,
)
from wb.dossiers.voice_reportative import reportative_perfect
from wb.dossiers.voice_reported import reported_generic
from wb.dossiers.voice_sections import position_section
from wb.dossiers.voice_shapes import plural_possibility, without_clause
from wb.dossiers.voice_structure import (
    PERSON_WORDS,
    concept_statement,
    conditional_inversion,
    generic_pair,
    generic_question,
    listed,
    named_as,
)
from wb.dossiers.voice_text import quote_spans, sentences
from wb.dossiers.voice_titles import quoted_title
from wb.dossiers.voice_topics import catalogue_item, idea_content, image_of, spoken_about
from wb.dossiers.voice_type import scare_quoted_person, type_statement
from wb.dossiers.voice_words import (
    ABSTRACT_OF,
    OF_TOPICS,
    STRONG_VERBS,
    TOPIC_NOUNS,
    WEAK_VERBS,
    WORD_NOUNS,
)


class VoiceResolver:
    """Decides asserted/attributed for spans of one processed document."""

    def __init__(
        self, doc: Doc, terms: Iterable[str] | None = None, kind: DocumentKind | None = None
    ):
        self.doc = doc
        # a court's ruling (from metadata, else its own header) names its author: "het hof"
        self.kind = kind if kind is not None else document_kind(None, doc.text)
        self.self_terms = set(terms) if terms is not None else self_terms(None)
        self.self_terms |= self.kind.author
        self.quotes = quote_spans(doc.text)
        self.sents = sentences(doc)
        self.starts = [s.start_char for s in self.sents]
        self.attribution = Attribution(doc, self.sents, self.self_terms)

    def voice(self, start: int, end: int) -> str:
        """'asserted', 'attributed', 'discussed' or 'negated' for the span [start, end)."""
        quoted = next(((a, b) for a, b in self.quotes if a <= start and end <= b), None)
        if not self.sents:
            return "attributed" if quoted else "asserted"
        index, tokens, at, upto = self.locate(start, end)
        low = [t.lower_ for t in tokens]
        following = self.sents[index + 1] if index + 1 < len(self.sents) else None
        if (
            negated(low, at, upto)
            or not_a(tokens, at)
            or denied_fronted(tokens, at, upto)
            or denied_after(following)
            or seeming_denied(tokens, at, following)
            or without_clause(tokens, at, upto)
            or denied_adjective_list(tokens, at, upto)  # labels-voice5: "niet als een A, X kind"
        ):
            return "negated"
        if passive_labelling(tokens, at, upto) and not generic_naming_passive(tokens, at, upto):
            return "attributed"  # "Vaders wordt vaak X verweten": an unnamed party applies it
        if (
            named(low, tokens, at)
            or listed(tokens, at, upto)
            or named_as(low, at, upto)
            or title_case(tokens, at)
            or inside_name(tokens, at, upto)
            or (
                heading(self.doc, start, end)
                and not self.case_title(start, end)
                and not event_headline(self.doc, start, end)
                and not inside_story(self.doc, start, end, self.quotes)
            )
            or reference(self.doc, start, end)
            or (signal_item(self.doc, start) and not self.kind.case)
            or defines(low, at, upto)
            or classified(tokens, low, at, upto)
            or generic_naming(tokens, at)
            or quoted_definition(tokens)
            or quoted_gloss(tokens, at, upto)
            or group_situation(tokens, at)
            or coined(tokens, at)
            or defined_object(tokens, at, upto)
            or named_example(tokens, at)
            or source_definition(tokens, at, upto)
            or topic_line(tokens, at)
            or sprake_condition(tokens, at)
            or existential_type(tokens, at)
            or kinds_you_have(tokens, at)
            or reader_have_question(tokens, at)
            or self_type_question(tokens, at)
            or population(tokens, at, upto)
            or group_with(tokens, at)  # labels64: "ouders met een X"
            or group_in_question(tokens, at, quoted is not None)
            or plan_group_phrase(tokens, at, upto)  # guide line 17 (labels59)
            or counted_group(tokens, at)
            or counted_category(tokens, at)
            or clause_definition(tokens, at, upto)
            or other_name(tokens, at, upto)
            or generic_naming_passive(tokens, at, upto)
            or work_title(tokens, at)
            or spoken_about(tokens, at, upto)  # labels-voice6: "sprak over X-jongeren"
            or topic_with_it(tokens, at, upto)  # labels-voice6 (12-07): "het hebben over X-en"
            or programme_name(tokens, at, upto)  # "de trajecten van “A” en “B”"
            or page_title(self.doc, start, end)  # "X: van ... naar ... | Site"
            or idea_content(tokens, at)
            or image_of(tokens, at, upto)
            or catalogue_item(tokens, at, upto)
        ):
            return "discussed"
        if quoted and quoted_title(tokens, at):
            return "discussed"  # "een middag over ‘De complexiteit van X – ...’" (labels34)
        if quoted and quoted_concept_definition(tokens, at, upto):
            return "discussed"  # "Kinderombudsman: “X is een ernstige vorm van ...”"
        if quoted and _mentioned_word(tokens, at, self.doc.text[quoted[0] : quoted[1]]):
            return "discussed"  # "Medewerker: Bij ons komt het woord 'X' vaak binnen"
        cued = self.attribution.cued(index, tokens, at, upto)
        if cued is False or quoted:
            if quoted_condition(tokens, at, upto):
                return "discussed"  # "X: „Als ouders ..., kunnen ze ... Y" (voice17, policy 3)
            if group_possibility(tokens, at, upto):
                return "discussed"  # "„Pubers kunnen lastig zijn”, zegt X" (line 3)
            if (condition_predicate(tokens, at) or generic_condition(tokens, at)) and not role_as(
                tokens, at
            ):
                return "discussed"  # "als een kind zich X gedraagt, vindt Y": line 3 (labels-disc9)
        if cued is False:
            if not quoted and reported_generic(tokens, at, upto):
                return "discussed"  # "Freud beschreef dat narcisten ..." (voice16)
            if type_statement(self, tokens, at, upto):
                return "discussed"  # policy 7: "‘Van een narcist ...,’ schrijft hij"
            return "attributed"
        if quoted:
            if type_statement(self, tokens, at, upto):
                return "discussed"  # policy 7: a quoted speaker's "Een narcist is vaak ..."
            text = self.doc.text
            inside = text[quoted[0] : quoted[1]]
            short = len(inside.split()) <= 4
            speech = text[: quoted[0]].rstrip(" '\"“„«‘").endswith(":")
            person = any(w.strip(".,;:!?'\"“”‘’") in PERSON_WORDS for w in inside.lower().split())
            after = text[quoted[1] :].lstrip("'\"”’»").split(maxsplit=1)
            # "die ‘slechte’ ouder": a quoted word that qualifies a person is someone's judgement
            person = person or bool(after and after[0].strip(".,;:!?").lower() in PERSON_WORDS)
            # policy 8: "dat ‘moeilijk opvoedbare’ joch", "mijn moeder ... dan ‘ziek’"
            person = person or scare_quoted_person(tokens, at, upto)
            if (
                short
                and cued is None
                and not speech
                and not person  # "zo'n 'gestoorde moeder'": a quoted judgement of someone
                and not self.attribution.carried(index, low)
            ):
                return "discussed"
            return "attributed"
        if cued is None and (
            generic_question(tokens)
            or concept_statement(tokens, at)
            or (generic_pair(low) and not _named(tokens))
            or conditional_inversion(tokens, at)
            or generic_condition(tokens, at)
            or condition_predicate(tokens, at)  # guide line 3, any subject (labels-voice5)
            or (generic_you(tokens, at, upto) and not addressed_text(self.doc.text))  # line 18
            or condition_consequence(tokens, at)
            or possibility_clause(tokens, at)
            or general_act(tokens, low, at, upto)
            or reader_question(tokens)
            or kind_continued(self, index, tokens)
            or indefinite_possibility(tokens, at, upto)
            or generic_definite(self, tokens, at, upto)
            or habitual_indefinite(tokens, at)
            or indefinite_relative(tokens, at)
            or reader_type_question(tokens, at)
            or reader_condition(tokens, at)
            or indefinite_subject(self, tokens, at, upto)
            or plural_possibility(tokens, at, upto)
            or group_possibility(tokens, at, upto)
            or indefinite_person_possibility(self, tokens)
            or inverted_indefinite_subject(self, tokens, at, upto)
            or counted_group(tokens, at)
            or type_statement(self, tokens, at, upto)
            or self.attribution.plan_group(index, tokens, at)
            or open_question(tokens, at, upto)  # labels64: "is het daarmee een X?"
        ):
            return "discussed"
        if defined(tokens, low, at, upto) or (
            index and explains_term(list(self.sents[index - 1]), tokens)
        ):
            return "discussed"
        if (
            cued is None
            and not self.attribution.about_speaker(index, tokens, at)
            and (
                self.attribution.carried(index, low)
                or reportative_perfect(tokens, at, upto)
                or ((self.kind.ruling or self.kind.summary) and self.attribution.continues(index))
                or (self.kind.ruling and self.party_section(index, start))
                or (self.kind.ruling and self.attribution.introduced(index))
            )
        ):
            return "attributed"
        return "asserted"

    def party_section(self, index: int, start: int) -> bool:
        """True under a heading with a party's position ("Het standpunt van de moeder"), unless
        the sentence is the court's own ("De rechtbank overweegt ..."): rule E."""
        if self.attribution.author_opens(list(self.sents[index])):
            return False
        return position_section(self.doc.text, start, self.kind.author)

    def case_title(self, start: int, end: int) -> bool:
        """True for a short title line in a text about one case (a ruling or its summary): it
        describes that case ("Verplaatsing hoofdverblijf na ouderonthechting"), see
        :mod:`wb.dossiers.voice_document`."""
        if not self.kind.case or not heading(self.doc, start, end):
            return False
        text = self.doc.text
        line = text[text.rfind("\n", 0, start) + 1 : start].split()
        first = line[0].strip("'\"‘“").lower() if line else ""
        # "Invloed van de coalitie-ouder bij X": a title about the phenomenon, not the case
        return first not in ABSTRACT_OF | OF_TOPICS | TOPIC_NOUNS

    def locate(self, start: int, end: int) -> tuple[int, list[Any], int, int]:
        """Sentence index, its tokens and the token range [at, upto) of the span."""
        index = max(0, bisect_right(self.starts, start) - 1)
        tokens = list(self.sents[index])
        at = next((k for k, t in enumerate(tokens) if t.idx + len(t) > start), len(tokens))
        upto = next((k for k, t in enumerate(tokens) if t.idx >= end), len(tokens))
        return index, tokens, at, upto

    def trace(self, start: int, end: int) -> dict[str, bool]:
        """Every rule's own decision for the span (not short-circuited), for the voice model."""
        quoted = next(((a, b) for a, b in self.quotes if a <= start and end <= b), None)
        if not self.sents:
            return {"quoted": quoted is not None}
        index, tokens, at, upto = self.locate(start, end)
        low = [t.lower_ for t in tokens]
        cued = self.attribution.cued(index, tokens, at, upto)
        text = self.doc.text
        short = bool(quoted) and len(text[quoted[0] : quoted[1]].split()) <= 4
        speech = bool(quoted) and text[: quoted[0]].rstrip(" '\"“„«‘").endswith(":")
        return {
            "negated": negated(low, at, upto),
            "named": named(low, tokens, at),
            "listed": listed(tokens, at, upto),
            "named_as": named_as(low, at, upto),
            "title_case": title_case(tokens, at),
            "inside_name": inside_name(tokens, at, upto),
            "heading": heading(self.doc, start, end),
            "reference": reference(self.doc, start, end),
            "defines": defines(low, at, upto),
            "classified": classified(tokens, low, at, upto),
            "cue_other": cued is False,
            "cue_self": cued is True,
            "quoted": quoted is not None,
            "short_quote": short,
            "speech": speech,
            "generic_question": generic_question(tokens),
            "concept_statement": concept_statement(tokens, at),
            "generic_pair": generic_pair(low),
            "defined": defined(tokens, low, at, upto),
            "carried": self.attribution.carried(index, low),
        }


__all__ = [
    "STRONG_VERBS",
    "WEAK_VERBS",
    "VoiceResolver",
    "quote_spans",
    "self_terms",
    "sentences",
]


def _named(tokens: list[Any]) -> bool:
    """True when the sentence names someone: a proper noun or a court's placeholder
    ("[de minderjarige]", "[naam]"), so "de ene ouder ... de andere" are that person's parents."""
    return any(t.pos_ == "PROPN" or t.text == "[" for t in tokens)


def _mentioned_word(tokens: list[Any], at: int, inside: str) -> bool:
    """True for a short quote right after a word for words ("het woord 'X'", "de term „X”"):
    the term is mentioned as a word, also in someone's speech (labels24)."""
    if len(inside.split()) > 4:
        return False
    k = at - 1
    while k >= 0 and (tokens[k].is_space or tokens[k].is_punct):
        k -= 1
    return k >= 0 and tokens[k].lower_ in WORD_NOUNS
