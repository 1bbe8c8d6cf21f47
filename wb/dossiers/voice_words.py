"""Word lists of the voice rules (wb.dossiers.voice): cues, negation and the "discussed" cues."""

from __future__ import annotations

from wb.lang import word_set

FIRST_PERSON = frozenset({"ik", "wij", "we", "ons", "mij", "ondergetekende", "ondergetekenden"})
PRONOUNS = frozenset({"hij", "zij", "ze", "men", "hem", "haar", "hen", "hun", "zijzelf", "hijzelf"})
ROLES = frozenset(
    """moeder vader ouder oma opa grootouder grootmoeder grootvader tante oom broer zus kind
    dochter zoon jongere stiefvader stiefmoeder partner vriend vriendin buurvrouw buurman buur
    school leerkracht leraar lerares juf meester mentor begeleider ib'er directeur huisarts arts
    jeugdarts kinderarts psycholoog psychiater orthopedagoog behandelaar therapeut hulpverlener
    advocaat rechter rechtbank raad raadsonderzoeker onderzoeker jeugdbeschermer gezinsvoogd voogd
    wijkteam wijkteammedewerker medewerker gezinscoach gezinshulp mediator politie agent wijkagent
    getuige melder familie netwerk instelling ggz consultatiebureau kinderopvang casemanager
    consulent jeugdconsulent verpleegkundige zorgaanbieder praktijk ziekenhuis gemeente
    deskundige gedragswetenschapper coördinator rapport verslag melding brief verklaring
    processtuk verzoekschrift e-mail mail bericht dossier beschikking advies hof kinderrechter
    curator ombudsman kinderombudsman minister expert deskundigen""".split()
)
STRONG_VERBS = word_set("voice_strong_verbs.txt")
WEAK_VERBS = word_set("voice_weak_verbs.txt")
NOT_REPORTING = word_set("voice_not_reporting.txt")
NOUN_CUES = frozenset(
    "mening idee gevoel indruk overtuiging woord term benaming kwalificatie standpunt".split()
)
OF_CUES = frozenset("ogen woorden beleving visie lezing optiek perceptie ervaring".split())
PARTICLES = frozenset(
    "aan af op uit vast voor mee in toe na over terug weer plaats door bij neer".split()
)
BOUNDARY = frozenset({"dat", "om", "omdat", "en", "maar", "of", "want", "die", "wat", "als"})
PUNCT = frozenset(".,;:!?()")
POST_MARKS = frozenset({",", "zo", "”", "’", "'", '"'})
FUNCTION = frozenset(
    """de het een er dit dat deze die in op bij van voor na met volgens ook toen daarna sinds
    tijdens wanneer als omdat hoewel zowel beide zoals eerder daarnaast verder tevens hierbij
    hierin daarbij daarom echter wel niet nog al nu dan zo hier daar waarbij waarin doordat
    terwijl nadat voordat indien zodat uit aan om naar over onder tussen tegen zonder tot per
    bovendien inmiddels vervolgens ten tenslotte samenvattend kortom dus aldus ondanks""".split()
)
DETERMINERS = frozenset("de het een deze dit die dat".split())
BACK_REFERENCES = frozenset("zoals eerder hierboven hiervoor hieronder reeds eerdergenoemd".split())
NEGATORS = frozenset({"geen", "nooit", "allerminst", "evenmin"})
EVIDENCE = frozenset(
    """sprake bewijs aanwijzing aanwijzingen signaal signalen indicatie indicaties reden
    grond gronden""".split()
)
NOT_FOUND = frozenset(
    """gebleken vastgesteld aangetoond bewezen onderbouwd aannemelijk gesproken sprake
    geconstateerd""".split()
)
NAME_HEADS = frozenset(
    """expertteam adviesrapport rapport platform stichting vereniging werkgroep kenniscentrum
    programma project netwerk congres richtlijn special themadag wereldbewustwordingsdag""".split()
)
TOPIC_NOUNS = frozenset(
    """vraag vragen kamervragen onderzoek onderzoeken rapport rapportage adviesrapport debat
    artikel literatuur kennis discussie lezing boek brief publicatie studie congres informatie
    bekend ontwikkelingen ontwikkeling beleid voorlichting cursus training wetenschap memo
    twijfels visie""".split()
)
CARE_NOUNS = frozenset(
    """behandeling behandelingen behandelingsvormen aandacht aanpak richtlijn protocol methodiek
    interventie interventies""".split()
)
TOPIC_ALWAYS = frozenset({"omtrent", "inzake", "betreffende"})
TOPIC_PREPS = frozenset({"over", "naar", "rondom", "rond"})
OF_TOPICS = frozenset(
    "gebied gradaties kenmerken definitie omschrijving vormen bespreking erkenning".split()
)
# "de aanpak van vechtscheidingen", "het probleem van ouderverstoting": an abstract noun with
# the term as a bare noun after "van" (no determiner) talks about the phenomenon
ABSTRACT_OF = frozenset(
    """aanpak probleem kern oorzaak oorzaken ontstaan preventie bestrijding herkenning
    signalering kennis begrip theorie geschiedenis concept bestaan erkenning""".split()
)
RELATION_NOUNS = frozenset(
    "verschil vergelijking relatie verband samenhang onderscheid overlap".split()
)
# "In dit artikel ...", "in deze blog": the text says what it is about
OWN_TEXT_NOUNS = frozenset("artikel blog blogs hoofdstuk boek column webinar special".split())
TERM_CUES = frozenset(
    """termen begrippen woorden benamingen woordcombinaties begrip fenomeen verschijnsel
    concept syndroom zogenaamde zogeheten zogenoemde zgn bedachte bedacht geïntroduceerde
    geïntroduceerd gemunte""".split()
)
SINGULAR_TERM_NOUNS = frozenset(
    {"term", "woord", "benaming", "etiket", "label", "aanduiding", "naam"}
)
WHAT_IS = (["wat", "is"], ["wat", "zijn"], ["wat", "betekent"], ["wat", "betekenen"])
DEFINING = frozenset(
    """gedefinieerd definieerde definiëren definitie gedefinieerde gemeten onderzocht
    bestudeerd""".split()
)
LIST_NOUNS = frozenset({"termen", "begrippen", "woorden", "benamingen"})
DEFINITION_NOUNS = frozenset(
    """syndroom stoornis verstoring term begrip afwijking vertaling vorm verschijnsel fenomeen
    ziekte diagnose woord concept termen begrippen""".split()
)
WORD_NOUNS = frozenset("vertaling term begrip woord naam benaming afkorting verzamelnaam".split())
NAMING_VERBS = frozenset({"heet", "heten", "noemen", "genoemd", "noemt"})
INTRODUCERS = ("het volgende", "als volgt")
