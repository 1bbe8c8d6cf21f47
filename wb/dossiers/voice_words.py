"""Word lists of the voice rules (wb.dossiers.voice): cues, negation and the "discussed" cues."""

from __future__ import annotations

from wb.lang import table, word_set, words

FIRST_PERSON = word_set("voice_first_person.txt")
PRONOUNS = word_set("voice_pronouns.txt")
ROLES = word_set("voice_roles.txt")
STRONG_VERBS = word_set("voice_strong_verbs.txt")
WEAK_VERBS = word_set("voice_weak_verbs.txt")
NOT_REPORTING = word_set("voice_not_reporting.txt")
NOUN_CUES = word_set("voice_noun_cues.txt")
OF_CUES = word_set("voice_of_cues.txt")
PARTICLES = word_set("voice_particles.txt")
BOUNDARY = word_set("voice_boundary.txt")
PUNCT = frozenset(".,;:!?()")
POST_MARKS = frozenset({",", "zo", "”", "’", "'", '"', "’’", "''"})
SPEECH_TAGS = word_set("voice_speech_tags.txt")
FUNCTION = word_set("voice_function_words.txt")
DETERMINERS = word_set("voice_determiners.txt")
BACK_REFERENCES = word_set("voice_back_references.txt")
BACK_FRAMES = word_set("voice_back_frames.txt")
FEELINGS = word_set("voice_feelings.txt")
NEGATORS = word_set("voice_negators.txt")
EVIDENCE = word_set("voice_evidence.txt")
NOT_FOUND = word_set("voice_not_found.txt")
NAME_HEADS = word_set("voice_name_heads.txt")
TOPIC_NOUNS = word_set("voice_topic_nouns.txt")
CARE_NOUNS = word_set("voice_care_nouns.txt")
TOPIC_ALWAYS = word_set("voice_topic_always.txt")
TOPIC_PREPS = word_set("voice_topic_preps.txt")
OF_TOPICS = word_set("voice_of_topics.txt")
# "de aanpak van vechtscheidingen", "het probleem van ouderverstoting": an abstract noun with
# the term as a bare noun after "van" (no determiner) talks about the phenomenon
ABSTRACT_OF = word_set("voice_abstract_of.txt")
RELATION_NOUNS = word_set("voice_relation_nouns.txt")
# "In dit artikel ...", "in deze blog": the text says what it is about
OWN_TEXT_NOUNS = word_set("voice_own_text_nouns.txt")
TERM_CUES = word_set("voice_term_cues.txt")
SINGULAR_TERM_NOUNS = word_set("voice_singular_term_nouns.txt")
WHAT_IS = tuple(line.split() for line in words("voice_what_is.txt"))
DEFINING = word_set("voice_defining.txt")
LIST_NOUNS = word_set("voice_list_nouns.txt")
DEFINITION_NOUNS = word_set("voice_definition_nouns.txt")
WORD_NOUNS = word_set("voice_word_nouns.txt")
NAMING_VERBS = word_set("voice_naming_verbs.txt")
INTRODUCERS = words("voice_introducers.txt")
SELF_NOUNS = word_set("voice_self_nouns.txt")
# (words in the metadata, words that then also name the author), applied in order
SOURCE_GROUPS = tuple(
    (frozenset(found.split()), frozenset(added.split()))
    for found, added in table("voice_source_groups.txt", 2)
)
PARTICLE_VERBS = word_set("voice_particle_verbs.txt")
NEGATION_STOPS = frozenset({";", ":", ".", "!", "?"}) | word_set("voice_negation_stops.txt")
NOT_DEGREE = word_set("voice_not_degree.txt")
# the complement of a negated finding: "geen aanwijzing voor", "niet gebleken dat" ... X
NEGATION_OPENERS = word_set("voice_negation_openers.txt")
NEGATION_CLAUSE_STOPS = word_set("voice_negation_clause_stops.txt")
# "strafbaar volgens art. 300 Sr": a law after "volgens" is no speaker
LAW_REFERENCES = word_set("voice_law_references.txt")
# "je zou kunnen stellen dat": a generic subject with a hedge is the author's own voice
GENERIC_YOU = word_set("voice_generic_you.txt")
MODALS = word_set("voice_assertion_modals.txt")
# "weten te vinden": verbs that report nothing after "te"
TE_NOT_REPORTING = word_set("voice_te_not_reporting.txt")
