"""Attribution (rules C and E of wb.dossiers.voice): who applies the term, in its sentence
and carried over from an earlier sentence that introduces reported speech."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.voice_author import FAMILY_WORDS
from wb.dossiers.voice_plans import plan_clause, plan_target, plan_wish
from wb.dossiers.voice_reported import (
    SELF_DETERMINERS,
    asks_reader,
    claim_noun,
    claim_speaker,
    continued_report,
    past_account,
    source_frame,
    source_is_self,
)
from wb.dossiers.voice_reported import reportative as reports_with_zou
from wb.dossiers.voice_shapes import apposition_subject, insert_cue, postposed_tag
from wb.dossiers.voice_sources import (
    closing_tag,
    fronted_source,
    inserted_source,
    postposed_source,
)
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.dossiers.voice_words import (
    BACK_FRAMES,
    BACK_REFERENCES,
    BOUNDARY,
    DETERMINERS,
    FEELINGS,
    FIRST_PERSON,
    FUNCTION,
    GENERIC_YOU,
    INTRODUCERS,
    LAW_REFERENCES,
    MODALS,
    NOT_REPORTING,
    NOUN_CUES,
    OF_CUES,
    PARTICLE_VERBS,
    PARTICLES,
    POST_MARKS,
    PRONOUNS,
    PUNCT,
    ROLES,
    SPEECH_TAGS,
    STRONG_VERBS,
    TE_NOT_REPORTING,
    WEAK_VERBS,
    WORD_NOUNS,
)
from wb.lang import word_set

INSERT_OPENERS = word_set("voice_insert_openers.txt")
WISH_VERBS = word_set("voice_wish_verbs.txt")
_OWN = word_set("voice_own_possessives.txt")
_KIN_HEADS = frozenset(w for w in FAMILY_WORDS if len(w) >= 5)
# the sentences before one in a ruling where a party's or a report's account may begin (three
# before labels-voice3: a ruling's summary of a report goes on for four sentences)
CONTINUES_REACH = 4


def _kin(tokens: list[Any], j: int) -> bool:
    """True when a first-person possessive at j owns a person or role noun, adjectives between
    ("mijn schoonmoeder", "onze oude buurvrouw", "mijn ex"): that person speaks, not the writer.
    A compound counts by its head ("schoonmoeder" ends in "moeder"); "mijn ervaring" does not."""
    k = j + 1
    while k < len(tokens) and tokens[k].pos_ == "ADJ":
        k += 1
    if k >= len(tokens) or tokens[k].pos_ not in {"NOUN", "PROPN"}:
        return False
    keys = {tokens[k].lower_, tokens[k].lemma_.lower()}
    if keys & (ROLES | FAMILY_WORDS):
        return True
    return any(w.endswith(h) for w in keys for h in _KIN_HEADS)


_GROUND = re.compile(r"\d+(?:\.\d+)+\.?|\d+\.")
_GROUND_START = re.compile(r"\s*(?:\d+(?:\.\d+)+\.?|\d+\.)\s")
# "2.4 Zij ...", "2.4 Voorts ...": a numbered ground that goes on with the party's account
GROUND_OPENERS = word_set("voice_ground_openers.txt")
RELATIVE = word_set("voice_relative_pronouns.txt")
_OPENERS = frozenset({"DET", "ADV", "CCONJ", "X", "SYM"})
_ACCUSE = frozenset({"beschuldigen", "betichten"})


def _source_noun(tokens: list[Any], low: list[str], k: int) -> bool:
    """True when "volgens" at k is followed by a noun phrase of a source that no agent rule
    knows ("volgens de officier van justitie", "volgens onderzoekers"): a determiner or none,
    at most two adjectives, then a noun; not the text itself ("volgens dit onderzoek", "volgens
    mijn ...": voice_source_self.txt) and not a law ("volgens artikel 1:251a BW")."""
    j = k + 1
    if j < len(low) and low[j] in SELF_DETERMINERS:
        return False
    if j < len(low) and tokens[j].pos_ == "DET":
        j += 1
    while j < len(low) and j - k <= 4 and tokens[j].pos_ == "ADJ":
        j += 1
    return j < len(low) and tokens[j].pos_ == "NOUN" and low[j] not in LAW_REFERENCES


def _asks_the_reader(low: list[str], k: int) -> bool:
    """True for a question whose verb at k has a generic "je"/"men" right after it ("Hoe
    signaleer je X?", "Wat merk je ..."): it asks the reader, it reports no one."""
    words = [w for w in low if w.strip()]
    return bool(words) and words[-1] == "?" and low[k + 1 : k + 2] in (["je"], ["men"])


def _accused_of(tokens: list[Any], at: int, cue: int) -> bool:
    """True when the cue at token cue accuses someone "van" the term that starts at token at."""
    if tokens[cue].lemma_.lower() not in _ACCUSE:
        return False
    k = at - 1
    while k >= 0 and (tokens[k].pos_ in {"ADJ", "DET", "ADV"} or tokens[k].text in "‘’'\"“”"):
        k -= 1
    return k >= 0 and tokens[k].lower_ == "van"


_INSERT_MARKS = frozenset({",", "-", "–", "—"})


def _insert_closes(low: list[str], j: int) -> int:
    """The position of the comma or dash that closes a short insert opened by the comma or
    dash at j (within four words: "voert, kort samengevat, het volgende aan", "voert ... - kort
    samengevat - het volgende aan": labels-voice3), else 0; the verb's particle may follow such
    an insert."""
    for i in range(j + 1, min(len(low), j + 6)):
        if low[i] in _INSERT_MARKS:
            return i if i > j + 1 else 0
        if low[i] in PUNCT or low[i] in BOUNDARY:
            return 0
    return 0


def _present(tokens: list[Any]) -> bool:
    """True for a sentence with a present finite verb, no past one and no quote mark."""
    if any(t.text in QUOTE_MARKS or t.text in ("’’", "''", ",,") for t in tokens):
        return False
    tenses = {tense for t in tokens if t.pos_ in {"AUX", "VERB"} for tense in t.morph.get("Tense")}
    return tenses == {"Pres"}


def _in_phrase(tokens: list[Any], j: int) -> bool:
    """True when token j ends a noun phrase governed by a preposition other than "door"
    ("in Nederland", "bij de inzet van Kinderombudsman X")."""
    k = j - 1
    while k >= 0 and tokens[k].pos_ in {"PROPN", "DET", "ADJ", "NOUN", "NUM"}:
        k -= 1
    return k >= 0 and k < j and tokens[k].pos_ == "ADP" and tokens[k].lower_ != "door"


class Attribution:
    """The reporting cues of one document's sentences and who their subjects are."""

    def __init__(self, doc: Doc, sents: list[Any], terms: set[str]):
        self.doc = doc
        self.sents = sents
        self.self_terms = terms
        self._cues: dict[int, list[tuple[int, str, bool]]] = {}
        self._plans: set[int] = set()  # doc indexes of verbs that open a plan (voice_plans)

    def cued(self, index: int, tokens: list[Any], at: int, upto: int) -> bool | None:
        """Whether the cue over tokens [at, upto) has the author as subject; None: no cue."""
        cues = self._sentence_cues(index, tokens)
        before = [c for c in cues if c[0] < at and not insert_cue(tokens, c[0], at)]
        if before and before[-1][1] != "reset":
            if self.about_speaker(index, tokens, at):
                return None  # ", zegt advocaat X, die zelf ...": the author describes X
            pos = before[-1][0]
            if tokens[pos].i in self._plans and (
                plan_target(tokens, pos, at) or plan_clause(tokens, pos, at)
            ):
                return None  # "wil asogezinnen uit huis zetten": the group a plan is about
            return before[-1][2]
        low = [t.lower_ for t in tokens]
        for pos, kind, is_self in cues:
            if pos < upto:
                continue
            if kind == "reset" and closing_tag(cues, low, pos):
                continue  # "..., maar ..., vindt X, moeder van ...": X's (labels-voice4)
            if kind == "reset":
                break
            if kind == "post" and not apposition_subject(tokens, at, upto, pos):
                return is_self
            near = pos - upto <= 4 and not any(w in PUNCT for w in low[upto:pos])
            if kind == "cue" and low[pos] in ("volgens", "aldus") and near:
                return is_self  # "X is volgens jeugdzorg een verklaring"
            clause = pos - upto <= 7 and not any(w in PUNCT for w in low[upto:pos])
            if kind == "cue" and clause and _accused_of(tokens, at, pos):
                return is_self  # "(ouders die) van X worden beschuldigd": the accuser applies X
        return None

    def plan_group(self, index: int, tokens: list[Any], at: int) -> bool:
        """True when the nearest cue before the term is a plan whose group the term names
        (:func:`wb.dossiers.voice_plans.plan_target`): a measure for a category of people,
        discussed (labels57)."""
        cues = self._sentence_cues(index, tokens)
        before = [c for c in cues if c[0] < at and not insert_cue(tokens, c[0], at)]
        if not before or before[-1][1] == "reset":
            return False
        pos = before[-1][0]
        return tokens[pos].i in self._plans and plan_target(tokens, pos, at)

    def about_speaker(self, index: int, tokens: list[Any], at: int) -> bool:
        """True when the term at `at` stands in a relative clause about the speaker who follows
        the cue ("..., ziet hoogleraar X, die de problematiek van X volgt", "bepleit advocaat
        Y, die zelf ..."): the author describes the speaker, the speaker reports nothing there.
        Only with the speaker right after the cue (inverted order, no subject before it), and
        not in the reported content ("zegt dat de vader, die X ...")."""
        before = [c for c in self._sentence_cues(index, tokens) if c[0] < at]
        if not before or before[-1][1] == "reset":
            return False
        cue = before[-1][0]
        low = [t.lower_ for t in tokens]
        comma = next(
            (c for c in range(at - 1, cue, -1) if low[c] == "," and low[c + 1] in RELATIVE),
            None,
        )
        if comma is None or "," in low[comma + 1 : at]:
            return False
        if any(w in ("dat", ":", "of", "om") for w in low[cue + 1 : comma]):
            return False
        if low[comma + 1] == "dat" and "het" not in low[cue + 1 : comma]:
            return False  # "Het is zorgwekkend, zegt X, dat ...": "dat" opens what X says
        if not any(self._is_agent(tokens, low, j) for j in range(cue + 1, comma)):
            return False
        for j in range(cue - 1, -1, -1):  # an inverted cue: no subject before it in its clause
            if low[j] in PUNCT or tokens[j].is_space:
                break
            if self._is_agent(tokens, low, j):
                return False
        return True

    def carried(self, index: int, low: list[str]) -> bool:
        """True when an earlier sentence of the paragraph introduces reported speech, or the
        next one reports this one ("... . Dat zegt de moeder.", "Aldus de raad.")."""
        if self._reported_after(index):
            return True
        if asks_reader(list(self.sents[index])):
            return False  # "..., aldus zijn moeder. Hoe houd je ...?": the author asks (voice16)
        reportative = "zou" in low or "zouden" in low
        for i in range(index, max(0, index - 6), -1):
            prev, cur = self.sents[i - 1], self.sents[i]
            ends = [t.idx + len(t) for t in prev if not t.is_space]
            starts = [t.idx for t in cur if not t.is_space]
            if ends and starts and self.doc.text.count("\n", ends[-1], starts[0]) >= 2:
                return False
            tokens = list(prev)
            if self.author_opens(list(cur)) or self.author_opens(tokens):
                return False  # the author speaks again: "Het hof overweegt als volgt."
            cues = [s for _, kind, s in self._sentence_cues(i - 1, tokens) if kind == "cue"]
            if not any(c is False for c in cues):
                continue
            said = prev.text.lower().rstrip()
            if said.endswith(":") or any(x in said for x in INTRODUCERS):
                return True
            if i == index and reportative:
                return True
            if i == index and any(
                continued_report(tokens, pos, list(cur))
                for pos, kind, is_self in self._sentence_cues(i - 1, tokens)
                if kind == "cue" and is_self is False
            ):
                return True  # "X zegt dat haar ex ... zorgde. Hij keek ..." (voice16)
            if i == index and self._tagged_quote(i - 1, tokens) and _present(list(cur)):
                return True
            if i < index and reports_with_zou(list(cur)) and self._chained(i + 1, index):
                return True  # "Volgens X ... . Hij zou ... . Hij treiterde hen ..." (labels33)
        return False

    def _chained(self, first: int, index: int) -> bool:
        """True when every sentence from first to index reports with "zou" or goes on with a
        past account opening with a third-person pronoun (:func:`past_account`)."""
        return all(
            reports_with_zou(list(self.sents[j])) or past_account(list(self.sents[j]))
            for j in range(first, index + 1)
        )

    def _tagged_quote(self, index: int, tokens: list[Any]) -> bool:
        """True for a sentence that is a quote with a speech tag by someone else after it
        (",,Maar soms gaat het niet,'' weet X, woordvoerder van Y."): the next sentence of the
        paragraph, in the present tense, goes on with the speaker's account (labels24)."""
        low = [t.lower_ for t in tokens]
        posts = [p for p, kind, is_self in self._sentence_cues(index, tokens) if kind == "post"]
        marks = {"’’", "''", "”", "’", "'", '"'}
        return any(
            not is_self and kind == "cue" and p in posts and {low[p - 1], low[p - 2]} & marks
            for p, kind, is_self in self._sentence_cues(index, tokens)
            if p >= 2
        )

    def introduced(self, index: int, limit: int = 30) -> bool:
        """In a court's ruling: an earlier sentence announces someone else's words with "het
        volgende"/"als volgt" or a colon ("In het rapport wordt door de rapporteurs het volgende
        geconcludeerd."), and every sentence since, over lines and numbered items, goes on
        without a cue of its own, without the court opening a sentence and without a blank line:
        the report's conclusions are quoted up to there (labels22)."""
        for i in range(index - 1, max(-1, index - limit), -1):
            prev, cur = list(self.sents[i]), list(self.sents[i + 1])
            ends = [t.idx + len(t) for t in prev if not t.is_space]
            starts = [t.idx for t in cur if not t.is_space]
            if not ends or not starts or self.doc.text.count("\n", ends[-1], starts[0]) >= 2:
                return False
            if self.author_opens(cur) or self.author_opens(prev):
                return False
            cues = [c for c in self._sentence_cues(i, prev) if c[1] == "cue"]
            if any(is_self for _, _, is_self in cues):
                return False
            if cues:
                said = self.sents[i].text.lower().rstrip()
                if said.endswith(":") or any(x in said for x in INTRODUCERS):
                    return True
                # someone else's cue inside the account ("Nergens uit blijkt dat ...") does not
                # end it: look further back for its introduction (labels-voice4)
        return False

    def continues(self, index: int) -> bool:
        """In a court's ruling: one of the (at most four, CONTINUES_REACH) sentences before, in
        the same paragraph, reports a party's words, and none between is the court's own: the
        party's account goes on ("De moeder stelt dat ... . Zij heeft ... ."; "De raad geeft aan dat
        ... . Er is sprake van ...").  A numbered ground that goes on with a pronoun or a word
        that adds to it ("2.3 De man stelt dat ... .", blank line, "2.4 Zij ..."/"2.4 Voorts
        ...") continues the account across the blank line."""
        for i in range(index, max(0, index - CONTINUES_REACH), -1):
            prev, cur = self.sents[i - 1], self.sents[i]
            ends = [t.idx + len(t) for t in prev if not t.is_space]
            starts = [t.idx for t in cur if not t.is_space]
            if not ends or not starts:
                return False
            if self.doc.text.count("\n", ends[-1], starts[0]) >= 2 and not self._next_ground(
                prev, cur
            ):
                return False
            cues = [c for c in self._sentence_cues(i - 1, list(prev)) if c[1] == "cue"]
            if (
                any(is_self for _, _, is_self in cues)
                or self.author_opens(list(cur))
                or self.author_opens(list(prev))
            ):
                return False  # the court speaks again: "Het hof overweegt ..."
            words = [t.lower_ for t in prev]
            if any(
                words[pos] in ("volgens", "aldus") or {"dat", ":"} & set(words[pos + 1 :])
                for pos, _, _ in cues
            ):
                return True  # a report with its content: "stelt dat ...", "volgens de raad"
        return False

    def _next_ground(self, prev: Any, cur: Any) -> bool:
        """True when cur opens a numbered ground ("2.4") with a pronoun or an adding word
        ("Zij", "Voorts") right after a numbered ground that holds prev."""
        words = [t for t in cur if not t.is_space]
        if len(words) < 2 or not _GROUND.fullmatch(words[0].text):
            return False
        if words[1].lower_ not in GROUND_OPENERS:
            return False
        text = self.doc.text
        para = text.rfind("\n\n", 0, prev.start_char)
        return bool(_GROUND_START.match(text[para + 2 if para >= 0 else 0 :]))

    def author_opens(self, tokens: list[Any]) -> bool:
        """True when the sentence opens with the author (not a first-person word) as its
        subject: "Het hof overweegt ...", "Voorts is de rechtbank van oordeel ...", "De Raad
        ziet ..."; a mention further on ("... door de rechtbank gevolgd") is no such opening."""
        seen = 0
        for tok in tokens:
            if tok.is_space or tok.pos_ in _OPENERS or tok.like_num or tok.lower_ in PUNCT:
                continue
            seen += 1
            word, lemma = tok.lower_, tok.lemma_.lower()
            if word in FIRST_PERSON:
                return False
            if word in self.self_terms or lemma in self.self_terms:
                return True
            if seen >= 2 or tok.pos_ not in {"AUX", "VERB"}:
                return False
        return False

    def _reported_after(self, index: int) -> bool:
        """The next sentence, in the same paragraph, opens with a reporting frame that points
        back ("Dat/Dit zegt X", "Aldus X", "Zo stelt X") whose subject is not the author."""
        if index + 1 >= len(self.sents):
            return False
        cur, nxt = self.sents[index], self.sents[index + 1]
        ends = [t.idx + len(t) for t in cur if not t.is_space]
        tokens = [t for t in nxt if not t.is_space]
        if not ends or not tokens or self.doc.text.count("\n", ends[-1], tokens[0].idx) >= 2:
            return False
        if tokens[0].lower_ not in BACK_FRAMES:
            return False
        if any(t.lower_ in ("dat", ":") for t in tokens[1:]):
            return False  # "Zo zegt de moeder dat ...": it reports what follows, not before
        if any(t.lower_ in WORD_NOUNS for t in tokens[1:5]):
            return False  # "Dat zegt het woord klem al.": the word speaks, no one reports
        cues = self._sentence_cues(index + 1, list(nxt))
        lead = len(list(nxt)) - len(tokens) + 3  # the cue within the first words
        return any(kind == "cue" and not is_self and pos < lead for pos, kind, is_self in cues)

    def _sentence_cues(self, index: int, tokens: list[Any]) -> list[tuple[int, str, bool]]:
        if index not in self._cues:
            self._cues[index] = list(self._scan(tokens))
        return self._cues[index]

    def _scan(self, tokens: list[Any]) -> Iterable[tuple[int, str, bool]]:
        low = [t.lower_ for t in tokens]
        no_sents = not self.doc.has_annotation("SENT_START")  # then '.' ends a scope too
        lemmas = [t.lemma_.lower() for t in tokens]
        last_cue = -10
        for k, tok in enumerate(tokens):
            word = low[k]
            if word == ";" or (tok.is_space and "\n" in tok.text) or (word in ".!?" and no_sents):
                yield k, "reset", False
                continue
            if word == ":" and k - last_cue > 3 and not (last_cue >= 0 and low[k - 1] in PARTICLES):
                speaker = self._speaker_label(tokens, low, k)
                if speaker is not None:  # "De moeder: vader is ..." (labels24)
                    last_cue = k
                    yield k, "cue", speaker
                    continue
                yield k, "reset", False
                continue
            if word == "maar" and (k + 1 >= len(low) or low[k + 1] not in ("dat", "ook")):
                yield k, "reset", False
                continue
            agent = self._cue_agent(tokens, low, lemmas, k)
            if agent is None:
                continue
            last_cue = k
            yield k, "cue", agent
            if k and low[k - 1] in POST_MARKS:
                yield k, "post", agent

    def _cue_agent(self, tokens: list[Any], low: list[str], lemmas: list[str], k: int) -> Any:
        """None when token k is no cue; else whether its subject is the author (bool)."""
        word, lemma = low[k], lemmas[k]
        if word in ("volgens", "aldus"):
            if any(w.rstrip(".") in LAW_REFERENCES for w in low[k + 1 : k + 3]):
                return None  # "strafbaar volgens art. 300 Sr": a law, not a speaker
            found = self._agent(tokens, low, range(k + 1, min(len(tokens), k + 7)))
            if found is None and low[k + 1 : k + 2] == ["zijn"]:
                return False  # "volgens zijn analyse": his view (voice17; "zijn" is no pronoun)
            if found is None and _source_noun(tokens, low, k):
                return False  # "volgens de officier van justitie": a source (labels-voice)
            return found
        if (
            word == "eens"
            and "het" in low[max(0, k - 5) : k]
            and low[k + 1 : k + 2]
            in (
                ["dat"],
                ["met"],
                ["over"],
            )
        ):  # "Deskundigen zijn het er (over) eens dat ..."
            return self._agent(tokens, low, range(k - 1, max(-1, k - 11), -1))
        if word == "van" and k and (low[k - 1] in OF_CUES or low[k - 1] == "zeggen"):
            return self._agent(tokens, low, range(k + 1, min(len(tokens), k + 6)))
        doc = source_frame(tokens, low, k)
        if doc is None:
            doc = inserted_source(tokens, low, k)  # ", zo blijkt uit dat rapport," (labels-voice4)
        if doc is not None:  # "In het rapport staat dat ...": the document says it (voice16)
            return source_is_self(low, doc) or self._is_self(low, tokens, doc)
        if claim_noun(tokens, low, k):  # "de beschuldiging door haar ex dat ..." (voice16)
            found = self._agent(tokens, low, claim_speaker(low, k))
            return False if found is None else found
        if (lemma in FEELINGS or word in FEELINGS) and not self._feeling_about(low, k):
            return None  # "ze hebben het gevoel te moeten kiezen": a feeling, no label applied
        if lemma in NOUN_CUES or word in NOUN_CUES:
            if low[k + 1 : k + 2] == ["met"]:
                return None  # "delen hun ervaringen met X": whom the experience is with (labels22)
            before = range(k - 1, max(-1, k - 8), -1)
            # "In Nederland wordt de term X gebruikt": a place or person inside a phrase with a
            # preposition is no one who uses the term ("door moeder" is: the passive's agent)
            return self._agent(tokens, low, [j for j in before if not _in_phrase(tokens, j)])
        if tokens[k].pos_ == "NOUN" and k and low[k - 1] in DETERMINERS:
            return None  # "een vermoeden van X": a noun, no one reports (voice17)
        verb = self._verb(low, lemmas, k) or postposed_tag(tokens, low, lemmas, k)
        if verb is None and lemma in WISH_VERBS and low[k + 1 : k + 2] == ["dat"]:
            verb = lemma  # "Het CDA wil dat ...": a party's position, with its subject (voice17)
        if verb is None and lemma in WISH_VERBS and plan_wish(tokens, low, k):
            verb = lemma  # "De Kamer wil ouders van X bestraffen": a plan (labels-voice3)
            self._plans.add(tokens[k].i)
        if verb is None and lemma in SPEECH_TAGS and self._speech_tag(low, k):
            verb = lemma  # ",,...,'' weet X", "X weet: ..." (labels24)
        if verb is None:
            return None
        if any(
            low[j] in WORD_NOUNS and low[j - 1] in DETERMINERS
            for j in (k - 1, k + 2)
            if 0 < j < len(low)
        ):
            return None  # "Dat zegt het woord klem al", "de term X zegt": a word, no speaker
        if any(w in GENERIC_YOU for w in low[max(0, k - 5) : k]) and any(
            w in ("zou", "zouden") or lemma_ in MODALS
            for w, lemma_ in zip(low[max(0, k - 3) : k], lemmas[max(0, k - 3) : k], strict=True)
        ):
            return None  # "je zou kunnen stellen dat", "waar je zou hopen dat": the author
        if _asks_the_reader(low, k):
            return None  # "Hoe herken je X?": the reader is asked, no one applies X
        order = [j for d in range(1, 11) for j in (k - d, k + d) if 0 <= j < len(tokens)]
        found = self._agent(tokens, low, order, origin=k)
        if found is None:
            found = self._agent_before_insert(tokens, low, k)
        if found is None and verb in WEAK_VERBS:
            # ", concludeert de inspectie.", "De regeringspartij vindt dat" (labels-voice4)
            source = postposed_source(tokens, low, k)
            source = fronted_source(tokens, low, k) if source is None else source
            if source is not None:
                found = self._is_self(low, tokens, source)
        if found is None and verb in STRONG_VERBS and not self._own_reference(low, k):
            return False
        return found

    @staticmethod
    def _speech_tag(low: list[str], k: int) -> bool:
        """True when the verb at k stands as a speech tag: right after a closing quote mark
        (with or without a comma) or right before a colon."""
        if k + 1 < len(low) and low[k + 1] == ":":
            return True
        marks = {"’’", "''", "”", "’", "'", '"'}
        if k and low[k - 1] == ",":
            k -= 1  # ",'' weet X" or "'', weet X"
        return bool(k) and low[k - 1] in marks

    def _speaker_label(self, tokens: list[Any], low: list[str], k: int) -> bool | None:
        """Whether the speaker named as a label before the colon at k is the author ("De
        moeder: ...", "Gezinsvoogd Jansen: ..."); None when what stands before the colon is no
        speaker (more than three words, a verb or preposition, or no person, role or name) or
        when the colon ends its line (labels24)."""
        before = [
            j for j in range(k) if not tokens[j].is_space and tokens[j].pos_ not in {"DET", "PUNCT"}
        ]
        if not 0 < len(before) <= 3 or any(
            tokens[j].pos_ in {"VERB", "AUX", "ADP"} for j in before
        ):
            return None
        rest = [t for t in tokens[k + 1 :] if not t.is_space or "\n" in t.text]
        if not rest or "\n" in rest[0].text:
            return None  # "Signalen bij Sem:" at a line's end heads a list, no one speaks
        if any(low[j] in PUNCT for j in range(k)):
            return None
        roles = [
            j
            for j in before
            if low[j] in ROLES or tokens[j].lemma_.lower() in ROLES or low[j] in PRONOUNS
        ]
        names = [j for j in before if tokens[j].pos_ == "PROPN" and self._is_agent(tokens, low, j)]
        line = rest[: next((n for n, t in enumerate(rest) if "\n" in t.text), None)]
        if not roles and line and line[-1].text == "?" and len(line) <= 8:
            return None  # "Themaoverleg: veiligheid of X?": a title that asks, no one speaks
        agents = roles or names
        if not agents:
            return None
        return self._is_self(low, tokens, agents[0])

    def _agent_before_insert(self, tokens: list[Any], low: list[str], k: int) -> bool | None:
        """The subject before an apposition or relative clause that separates it from the verb
        at k: "dr. X, de psychiater van ..., heeft geconcludeerd dat"; None when there is none."""
        j = k - 1
        while j >= 0 and tokens[j].pos_ in {"AUX", "VERB"} and k - j <= 2:
            j -= 1
        if j < 1 or low[j] != ",":
            return None
        for i in range(j - 1, max(-1, j - 25), -1):
            if low[i] in {".", ";", ":", "!", "?"}:
                return None
            if low[i] == ",":
                if low[i + 1] not in INSERT_OPENERS:
                    return None
                return self._agent(tokens, low, range(i - 1, max(-1, i - 4), -1))
        return None

    @staticmethod
    def _feeling_about(low: list[str], k: int) -> bool:
        """False when a feeling word takes an infinitive: the feeler's own feeling applies no
        label ("het gevoel (hebben) te moeten kiezen"); "het gevoel dat ...", "ervaart een
        niet-meewerkende moeder" do apply one."""
        for j in range(k + 1, min(len(low), k + 4)):
            if low[j] == "te":
                return False
            if low[j] in PUNCT or low[j] in ("dat", "als", "alsof"):
                return True
        return True

    @staticmethod
    def _own_reference(low: list[str], k: int) -> bool:
        """True for "zoals eerder beschreven", "de genoemde zorgen": the report's own words."""
        word = low[k]
        if (word.startswith("ge") and word.endswith("e")) or (k and low[k - 1] in DETERMINERS):
            return True
        return any(low[j] in BACK_REFERENCES for j in range(max(0, k - 3), k))

    def _verb(self, low: list[str], lemmas: list[str], k: int) -> str | None:
        """The reporting verb at token k (with its particle), or None."""
        lemma = lemmas[k]
        if k and low[k - 1] == "te" and lemma in TE_NOT_REPORTING:
            return None  # "weten te vinden": to find, not to think
        if lemma not in STRONG_VERBS and lemma not in WEAK_VERBS:
            if lemma not in PARTICLE_VERBS:
                return None
        particle = None
        if k >= 2 and low[k - 1] == "te" and low[k - 2] in PARTICLES:
            particle = low[k - 2]
        end, closing = k + 9, -1
        for j in range(k + 1, min(len(low), k + 21)):
            if j >= end:
                break
            if j == closing:
                if _insert_closes(low, j):  # a second insert right after the first
                    closing = _insert_closes(low, j)
                    end += 6
                continue
            if low[j] in _INSERT_MARKS and closing < j and _insert_closes(low, j):
                closing = _insert_closes(low, j)
                end += 6  # "voert in haar appelschrift, kort samengevat, het volgende aan"
                continue
            if low[j] in PUNCT or low[j] in BOUNDARY or low[j] == "te":
                break  # after "te" a particle is the infinitive's ("te zullen verlenen aan")
            if low[j] not in PARTICLES:
                continue
            # the tagged pipeline may already give the whole verb (geeft ... aan -> aangeven)
            combined = lemma if lemma.startswith(low[j]) else low[j] + lemma
            at_end = j + 1 == len(low) or low[j + 1] in PUNCT | BOUNDARY
            if at_end or combined in STRONG_VERBS | WEAK_VERBS | NOT_REPORTING:
                particle = low[j]
                break
        if particle:
            combined = lemma if lemma.startswith(particle) else particle + lemma
            if combined in STRONG_VERBS or combined in WEAK_VERBS:
                return combined
            return None
        return lemma if lemma in STRONG_VERBS or lemma in WEAK_VERBS else None

    def _agent(
        self, tokens: list[Any], low: list[str], positions: Iterable[int], origin: int | None = None
    ) -> bool | None:
        """Whether the first agent among positions is the author; None when there is none."""
        blocked: set[bool] = set()
        for j in positions:
            left = origin is not None and j < origin
            if left in blocked:
                continue
            word = low[j]
            if word in PUNCT or tokens[j].is_space or (origin is not None and word in BOUNDARY):
                if origin is None:
                    return None
                blocked.add(left)
                continue
            if word in _OWN and _kin(tokens, j):
                return False  # "volgens mijn schoonmoeder": the writer's relative (labels32)
            if self._is_agent(tokens, low, j):
                return self._is_self(low, tokens, j)
        return None

    def _is_agent(self, tokens: list[Any], low: list[str], j: int) -> bool:
        word, lemma = low[j], tokens[j].lemma_.lower()
        if word in FIRST_PERSON or word in PRONOUNS or word in self.self_terms:
            return word not in FUNCTION
        if lemma in ROLES or word in ROLES:
            return True
        text = tokens[j].text
        if tokens[j].pos_ in {"ADJ", "VERB"} and tokens[j].is_sent_start:
            return False  # "Wetenschappelijk onderzoek laat zien ...": a capital, no name (voice16)
        if text.isupper() and tokens[j].pos_ in {"PROPN", "NOUN"}:
            return text.isalpha() and len(text) > 1  # "volgens het OM": an acronym, not "om"
        return text[:1].isupper() and text.isalpha() and word not in FUNCTION and len(text) > 1

    def _is_self(self, low: list[str], tokens: list[Any], j: int) -> bool:
        lemma = tokens[j].lemma_.lower()
        pair = f"{low[j - 1]}-{low[j]}" if j else ""  # "de Hoge Raad": hoge-raad
        return low[j] in self.self_terms or lemma in self.self_terms or pair in self.self_terms
