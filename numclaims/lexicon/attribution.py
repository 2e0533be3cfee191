"""Who states a figure: reporting verbs, credit phrases and the words of speakers' names.  Data only.

Drawn from wire-copy attribution: "X said", "…, X said", "according to X",
"X told Reuters", "reported by X", headline credits ("…: UN"), and the
participle clauses ("…, saying …") whose speaker is the sentence's subject.
"""

# Verbs whose subject states what follows (or what came before, in "…, the ministry said").
REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "stated", "states",
    "announced", "announces", "claimed", "claims", "claim", "estimated", "estimates", "estimate",
    "confirmed", "confirms", "added", "adds", "noted", "notes", "warned", "warns", "blamed",
    "blames", "counted", "counts", "documented", "recorded", "records", "tallied", "tallies",
    "verified", "verifies", "registered", "put the toll", "puts the toll", "put the death toll",
    "puts the death toll", "put the number", "puts the number", "put that number", "put the figure",
    "puts the figure", "put its toll", "put the total", "revised", "raised the toll", "updated",
    "tweeted", "wrote", "writes", "posted", "insisted", "insists",
    "acknowledged", "acknowledges", "admitted", "admits", "denied", "denies", "cited", "cites",
    "explained", "explains", "stressed", "stresses", "alleged", "alleges", "accused", "accuses",
    "indicated", "indicates", "showed", "shows", "revealed", "reveals", "disclosed", "informed",
    "briefed", "testified", "observed", "mentioned", "asserted", "asserts", "argued", "argues",
    "maintained", "maintains", "concluded", "calculated", "projected", "predicted", "feared",
    "fears", "believes", "believed", "suggested", "suggests",
)
# Words between a speaker and its verb that are no part of its name: "the ministry also said", "Officials in
# Gaza on Monday said".  An adverb; or a time preposition before a proper name or one of the time nouns.
TRAILING_ADVERBS = ("also", "has", "have", "had", "previously", "earlier", "later", "again", "separately", "instead",
                    "then", "now", "further", "yesterday", "today", "already", "reportedly", "officially",
                    "publicly", "still", "first", "initially", "recently", "alone", "too")
TIME_PREPOSITIONS = ("on", "over", "in", "at", "during", "late", "early", "last", "this", "earlier", "later")
TRAILING_TIME_NOUNS = ("weekend", "morning", "night", "week", "month", "year", "evening", "afternoon", "day")
# Reporting words that are nouns as often as verbs: after "the", "said", "latest" they are nouns.
NOUN_OR_VERB = frozenset("report reports claim claims estimate estimates count counts record records notes "
                         "states shows fears documents".split())
# Participles that take the speaker of their sentence: "The ministry issued figures, saying …".
PARTICIPLE_VERBS = ("saying", "adding", "noting", "estimating", "stressing", "warning", "citing",
                    "claiming", "reporting", "stating", "announcing", "confirming", "explaining",
                    "insisting", "telling", "putting the toll", "putting the death toll")
# Phrases followed by the source of a figure.
CREDIT_BEFORE = ("according to", "as per", "citing", "as reported by", "as cited by", "in the words of",
                 "figures from", "data from", "statistics from", "estimates from", "a report by",
                 "a report from", "a statement by", "a statement from", "tallies by", "a tally by",
                 "a count by", "figures released by", "figures provided by", "data provided by",
                 "data compiled by", "figures compiled by", "information from", "sources in",
                 "reported by", "confirmed by", "documented by", "recorded by", "announced by",
                 "given by", "provided by", "released by", "compiled by", "cited by",
                 "published by", "verified by", "estimated by", "counted by", "quoted by")
# Verbs that look like reporting verbs but report no figure, as regular expressions.
REPORTING_TRAPS = (
    r"(?:not|n't)\s+(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed)\s+by",
    r"claim\w*\s+responsibility", r"claim\w*\s+(?:\S+\s+){0,6}?lives", r"(?:is|are|was|were)\s+said\s+to",
    r"said\s+to\s+be", r"report\w*\s+for\s+duty", r"shows?\s+(?:no|little)\s+sign",
)

# An appositive headed by one of these describes a place, not the speaker: "Shafi Ullah, the deputy
# commissioner of Peshawar, the provincial capital of Khyber Pakhtunkhwa, told reporters".
PLACE_APPOSITIVE_HEADS = frozenset("""
capital city town village province region district state country port hometown neighbourhood
neighborhood suburb area
""".split())

# The head of a speaker's name when it is not a proper name: "a watchdog said", "credible sources report".
SPEAKER_HEADS = frozenset("""
spokesman spokeswoman spokesperson spokespeople minister ministry official officials chief head
president secretary envoy agency group groups monitor monitors observatory watchdog commander
commanders general governor mayor director office department authorities authority army military
police government council committee commission coordinator representative ambassador source
sources officer officers statement report reports survey study data figures tally census
researchers analysts experts rescuers medics doctors physicians nurses witnesses witness residents
activists workers volunteers media newspaper broadcaster channel outlet network agencies
organisation organization organisations organizations mission team unit service services coalition
alliance union party movement front forces rebels militants insurgents hospital hospitals morgue
administration presidency parliament lawmaker lawmakers senator diplomat diplomats mediator
negotiator ngo charity charities prosecutor prosecutors court judge coroner examiner operator
ministries embassy consulate military's army's police's ministry's ambassadors officials'
correspondent correspondents reporter reporters journalist journalists editor relief aid
humanitarian humanitarians monitoring observers observer inspectors investigators investigator
""".split())
# Lower-case words that join the parts of a name: "Office for the Coordination of Humanitarian Affairs".
NAME_CONNECTORS = frozenset("of for the and on de al el bin ibn van von der da di du le la in at & 's".split())
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"it", "they", "we", "i"})
# A speaker named only by these ("the statement said", "the ministry said") is the last one named.
GENERIC_SPEAKERS = frozenset("""
statement report ministry group agency organisation organization official spokesman spokeswoman
spokesperson monitor watchdog observatory mission office department authority authorities
council committee commission
""".split())
# Words of a name that make it an organisation's rather than a person's.
ORGANISATION_WORDS = frozenset("""
ministry office organisation organization agency council committee commission group observatory
network union party front forces army police government department authority authorities watch
mission service services bank fund programme program institute center centre court news press
times post journal herald tribune guardian telegraph gazette daily agency reuters network tv
radio channel broadcaster observer monitor media newspaper magazine
""".split())
