"""Cues of the claim layer: data only, no code that applies them.

What a figure counts, who states it, whether it is denied, and which figures
are not claims at all.  The cue lists come from the way wire copy (Reuters,
AFP, AP) and humanitarian reports (OCHA, UNHCR) phrase casualty and
displacement figures, and from EpiTator's count annotator (cumulative and
incremental cues, ages and distances that are not counts).  Phrases are lower
case; any run of spaces matches the space between words.
"""

# What a figure counts.  A cue is a word or phrase; the nearest cue to a figure
# within its clause decides.  Longer phrases win over their parts.
CATEGORY_CUES = {
    "casualties": (
        "casualties", "casualty", "killed or wounded", "killed and wounded", "killed or injured",
        "killed and injured", "dead or wounded", "dead and wounded", "dead or injured",
        "dead and injured", "deaths and injuries", "killed or maimed",
    ),
    "killed": (
        "killed", "killing", "kills", "kill", "dead", "deaths", "death", "death toll", "toll",
        "died", "die", "dies", "dying", "lost their lives", "lost his life", "lost her life",
        "lives were lost", "lives lost", "claimed the lives", "claiming the lives", "fatalities",
        "fatality", "fatally", "slain", "massacred", "massacre", "executed", "murdered",
        "bodies", "corpses", "perished", "shot dead", "beheaded", "martyred", "martyrs",
        "gunned down", "slaughtered", "lives", "drowned", "burned to death", "body count",
        "succumbed", "succumbing", "succumbs", "mortalities", "deceased", "succumbed to their injuries", "succumbing to their injuries",
        "succumbed to their wounds", "succumbed to his injuries", "succumbed to her injuries",
        "buried", "losses", "death tolls", "were among the dead", "among the dead",
        "slaughter", "slaughters", "slaughtering", "executions", "summarily executed", "massacring", "murdering",
        "remains of", "the remains of", "victims included", "victims include", "victims including",
    ),
    "wounded": (
        "wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt", "maimed",
        "hospitalised", "hospitalized", "wounds", "being treated", "were treated", "was treated",
        "receiving treatment", "treated for injuries", "treated in hospital",
        "in serious condition", "in a serious condition", "in critical condition", "in a critical condition",
        "fighting for their lives", "fighting for his life", "fighting for her life",
        "taken to hospital", "taken to hospitals", "admitted to hospital", "admitted to hospitals",
        "rushed to hospital", "rushed to hospitals", "receiving medical treatment", "undergoing treatment",
        "suffered burns", "under treatment", "injures", "injure", "wound", "needing treatment",
        "needing hospital treatment", "requiring treatment", "requiring hospital treatment",
    ),
    "displaced": (
        "refugees", "refugee", "displaced", "displacement", "internally displaced", "idps",
        "fled", "fleeing", "flee", "flees", "evacuated", "evacuees", "evacuation", "uprooted",
        "homeless", "forced from their homes", "forced to leave", "driven from their homes",
        "asylum seekers", "asylum-seekers", "home to", "hosts", "hosting", "sheltering",
        "exodus", "crossed into", "crossed the border", "displacing", "displace", "displaces",
        "sought refuge", "seeking refuge", "took refuge", "seek refuge", "taken refuge", "stranded",
        "fleeing", "escaped", "escaping", "crossed from", "crossed over", "left their homes", "fled their homes",
        "forced to flee", "made homeless", "relief camp", "relief camps", "evacuation centres", "evacuation centers",
        "taken shelter", "took shelter", "lost their homes", "find refuge", "found refuge", "finding refuge",
        "reached safety", "seek safety", "sought safety", "living in shelters", "in shelters",
        "leave their homes", "ordered to leave", "relocate", "relocated", "sheltering in", "sheltering at",
        "without homes", "without a home", "without shelter", "lost their shelters",
        "lost their houses", "taking refuge",
        "sought shelter", "seeking shelter", "seek shelter", "taking shelter", "taken to shelters",
        "moved to shelters", "in tent camps", "tent camps", "living in tents", "abandon their homes",
    ),
    "missing": ("missing", "unaccounted for", "unaccounted", "disappeared", "whereabouts unknown", "vanished",
                "whereabouts could not be confirmed", "remain uncertain", "remains uncertain",
                "trapped", "trapping", "remain trapped", "search for", "searching for", "yet to be located",
                "buried under", "feared buried", "believed to be buried", "still being buried",
                "yet to be accounted for", "not accounted for", "fate is unknown", "fate unknown",
                "fate remains unknown", "remains unknown", "remain unknown", "unaccounted-for", "still-missing",
                "went missing", "gone missing", "whereabouts were unknown", "whereabouts are unknown",
                "yet to be found", "still to be found", "not been accounted for"),
    "detained": (
        "detained", "detaining", "detention", "detainees", "arrested", "arresting", "arrests",
        "abducted", "abducting", "kidnapped", "kidnapping", "held captive", "captured",
        "prisoners", "prisoner", "hostages", "hostage", "taken prisoner", "jailed", "imprisoned",
        "in custody", "rounded up", "political prisoners", "captives", "held hostage",
        "held captive", "being held", "held prisoner", "held in detention", "took away", "taken away",
        "seized", "snatched", "taken hostage", "taken captive", "kidnap", "abduct", "arrest",
        "detentions", "abductions", "kidnappings", "disappearances",
    ),
}

# Cues that make a figure a hosted refugee population only when it counts refugees or a
# nationality ("home to 3.6 million Syrians"), not residents ("home to 100,000 people").
HOSTING_CUES = ("home to", "hosts", "hosting", "sheltering")
# Cue words that are nouns: they may be the counted noun itself ("4,000 confirmed deaths").
NOUN_CUES = frozenset("""
deaths death fatalities casualties injuries victims bodies corpses refugees evacuees detainees
prisoners hostages captives arrests detentions abductions kidnappings disappearances losses dead
wounded injured displaced missing idps martyrs mortalities deceased
""".split())
# Victims that no cue in their clause says more of are the dead: "Of the 58 victims, 19 have been
# identified", "the 14 victims of the shooting".  A cue still decides: "12 victims were injured".
VICTIM_NOUNS = frozenset({"victims", "victim", "victim's", "victims'"})
# Units of measure that make a figure a distance, an area, a speed or a temperature: counts of nothing.
MEASURE_UNITS_NOT_COUNTS = frozenset({
    "kilometre", "metre", "centimetre", "millimetre", "mile", "nautical mile", "foot", "inch", "yard",
    "square kilometre", "square mile", "hectare", "acre", "kilometre per hour", "mile per hour",
    "degree", "degree Celsius", "degree Fahrenheit", "magnitude",
})
# Words that join the figures of one list, so that a figure with no cue of its own takes the
# category of its neighbour: "killed 3,004 people, including 278 conscripts and four officers".
# Between a figure and the cue after it, these words (with the auxiliaries) do not count against the
# cue: "over 800 have been reported injured".
NOT_PARTING = frozenset({"reported", "reportedly", "confirmed", "believed", "said", "feared", "thought", "also"})
# Alone between two figures, these make a revision or a span of one toll: "revised from 95 to 84".
REVISION_LINKS = frozenset({"to", "from"})
# A few words may stand between a toll and the earlier figure it replaced, after one of these: "revised
# the death figure to 41 from the previously reported 49", "kills 62 not 162", "60 instead of the 92".
REVISED_FROM = ("from", "not", "instead of", "as against", "rather than", "up from", "down from")
LIST_LINKS = ("including", "includes", "include", "included", "among them", "of whom", "of them",
              "and", "&", "or", "plus", "as well as", "along with", "besides", "with", "while",
              # a figure and the higher guess beside it: "Hundreds — perhaps thousands — are missing"
              "perhaps", "possibly", "maybe", "if not")
# Words before a figure that refer back to the toll of an earlier sentence: "But a Red Crescent
# representative put that number higher, at 11,300."
TOLL_ANAPHORA = ("that number", "this number", "that figure", "this figure", "that toll", "this toll",
                 "that tally", "this tally", "that estimate", "the same figure", "the figure", "the number",
                 # "three times a United Nations estimate of 670", "The previous figure had been 2,189"
                 "estimate", "estimates", "previous figure", "earlier figure", "latest figure", "official figure")
# A figure that names itself one of these is the same toll again: "a jump of 45,000 from the 537,000
# figure given at the weekend".
TOLL_NOUNS = frozenset({"figure", "toll", "tally", "estimate", "count"})
# Words right before a figure that link it to a toll named earlier in the sentence:
# "the death toll … has risen to 88", "the number of those killed … has reached at least 2,600".
TOLL_LINKS = ("to", "at", "reached", "reach", "reaches", "hit", "hits", "passed", "passes", "pass", "exceeded",
              "exceeds", "exceed", "surpassed", "surpass", "topped", "top", "tops", "crossed", "is", "was",
              "stands at", "stood at", "of", "past", "as high as",
              "now", "are", "were", "be", "beyond")

# A cue word that does not mark a count of people when these follow or precede it.
CATEGORY_CUE_TRAPS = (
    "claimed responsibility", "held talks", "held a meeting", "held a", "held in", "held on",
    "held by rebels", "held by", "peace talks", "kill switch", "dead end", "deadline",
    "toll road", "hurt the economy", "home to the", "home to a",
    "hostage-takers", "hostage-taker", "hostage takers", "hostage taker", "hostage-taking", "hostage taking",
)

# Nouns that name people.  A figure that counts anything else (posts, bases,
# rounds of talks) belongs to `other`, whatever cue stands near it.
# Plural nouns without an -s: like "civilians", they end a subject ("88,000 people allegedly killed").
PLURALS_WITHOUT_S = frozenset({"people", "men", "women", "children", "policemen", "servicemen", "militiamen",
                               "gunmen", "tribesmen", "fishermen", "firemen"})
PERSON_NOUNS = frozenset("""
people persons person civilians civilian children child kids boys girls women men woman man
babies infants minors adults elderly residents inhabitants villagers citizens nationals locals
soldiers soldier troops troop servicemen servicemembers personnel officers officer policemen
police policeman guards fighters fighter militants militant rebels rebel insurgents insurgent
jihadists jihadist combatants combatant gunmen gunman attackers attacker members member
militiamen militia terrorists terrorist extremists recruits conscripts commanders commander
refugees refugee migrants migrant asylum-seekers seekers evacuees displaced idps returnees
detainees detainee prisoners prisoner hostages hostage captives captive inmates protesters
protester demonstrators demonstrator activists activist journalists journalist reporters
workers worker staff staffers staffer volunteers medics doctors nurses patients patient students pupils
teachers worshippers pilgrims passengers crew sailors marines pilots contractors employees
victims victim casualties survivors bodies dead wounded injured others families households
lives individuals souls mourners shoppers fishermen farmers miners tourists visitors foreigners
faithful worshipers commuters spectators fans guests attendees concertgoers concert-goers
immigrants immigrant protestors protestor devotees revellers revelers partygoers holidaymakers campers occupants
firefighters rescuers responders forces
hostage-takers kidnappers abductors assailants bombers raiders
herders traders vendors laborers labourers peasants nomads shepherds seniors retirees pensioners
schoolboys schoolgirls schoolchildren noncombatants non-combatants parishioners congregants
""".split())

# Words that end a counted noun phrase read rightwards from the figure.
SUBJECT_STOPS = frozenset("""
a an the and or but nor of in on at by for from to into onto with without within over under
after before since during until across through between among against toward towards near
about around as than that which who whom whose where when while because if though although
have has had having be been being is are was were am will would shall should can could may
might must do does did not no also still even only just already more most less least further
its their his her our your my this these those there here it they he she we you i me them
per each every some any all both either neither such so very too then now yesterday today
tonight this said says say told according reported reportedly including included include
could might must can shall should will would based
overnight earlier later last next recently meanwhile again instead alone altogether respectively
feared presumed believed thought out remain remains remained stay stayed
almost due till along amid amidst despite via except unlike upon inside outside behind beyond above below
beneath throughout amongst alongside versus lost late early initially previously originally
went one made makes make making left leaving leaves mark threshold milestone
""".split())

# The figure reported as false, denied or disputed.
DENIAL_BEFORE = ("denied", "denies", "deny", "dismissed", "dismisses", "rejected", "rejects",
                 "refuted", "refutes", "disputed", "disputes", "false reports", "false claims",
                 "unfounded reports", "debunked", "contested", "contests")
DENIAL_AFTER = ("were false", "was false", "are false", "is false", "were untrue", "was untrue",
                "are untrue", "is untrue", "were baseless", "was baseless", "are baseless",
                "were fabricated", "was fabricated", "were exaggerated", "was exaggerated",
                "were fake", "was fake", "are fake", "were not true", "was not true",
                "are not true", "is not true", "were lies", "was a lie", "were wrong",
                "was wrong", "were inaccurate", "was inaccurate", "is exaggerated", "are exaggerated",
                "were inflated", "was inflated", "is inflated", "are inflated")

# Figures that count nothing: written right after the figure ...
NON_CLAIM_AFTER = (
    r"[\s-]*(?:years?|yrs?)[\s-]+old\b",                  # 12 years old, 12-year-old
    r"-(?:year|month|week|day|hour|minute|decade)s?\b",   # five-year conflict, 24-hour truce
    r"\s+times\s+(?:as|more|less|higher|lower|larger|smaller|bigger|greater|faster|slower)\b",
    r"[\s-]*(?:fold|x)\b",                                # three-fold, 2x
    r"[\s-]*magnitude\b", r"\s+on\s+the\s+Richter\s+scale\b", r"[\s-]*points?\s+(?:lead|margin|behind|ahead)\b",
    r"\s+(?:percentile|st|nd|rd|th)\b",
)
# ... or right before it.
NON_CLAIM_BEFORE = (
    r"\b(?:aged|ages?|age\s+of|aged\s+between|ages\s+of)\s+",        # aged 12
    r"\b(?:aged|ages?)\s+\d+\s*(?:,|and|to|or|-|–)\s*(?:\d+\s*(?:,|and|or)\s*)*",   # ages 3 and 9
    r"\bin\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-?)?",       # in his 40s
    r"\bmagnitude(?:\s+of)?\s+", r"\bscore\s+of\s+",
)
# "one" as a pronoun, not a count: "one of the victims", "no one", "one another".
PRONOUN_ONE_AFTER = (r"\s+of\b", r"\s+another\b", r"\s+by\s+one\b", r"\s+on\s+one\b",
                     r"\s+such\b", r"-(?:off|time|way|sided|on-one|stop)\b", r"\s+day\b",
                     r"\s+(?:who|that|which|thing|point|side|hand|way)\b")
PRONOUN_ONE_BEFORE = ("no", "every", "any", "each", "the", "this", "that", "which", "at",
                      "someone", "anyone", "only", "last", "another")

# Time phrases that scope a figure, as regex fragments; the nearest one in the sentence wins.
TIME_PHRASES = (
    r"since\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:began|started|erupted|broke\s+out|began\s+in\s+\p{Lu}\p{L}+\s+\d{4})",
    r"since\s+(?:early\s+|late\s+|mid-?)?(?:\p{Lu}\p{L}+\s+)?\d{4}",
    r"since\s+(?:\p{Lu}\p{L}+\s+\d{1,2}|\p{Lu}\p{L}+|the\s+start\s+of\s+[\p{L} ]+?|last\s+\w+)(?=[\s,.;])",
    r"(?:over|in|during|within|for)\s+the\s+(?:past|last|previous|next)\s+(?:[\p{L}\d-]+\s+)?(?:days?|weeks?|months?|years?|hours?|decades?)",
    r"(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year)",
    r"(?:this|last|past|next)\s+(?:week|month|year|weekend|morning|night|summer|winter|spring|autumn|fall)",
    r"(?i:(?:on\s+|last\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)",
    r"(?:on\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\s+\d{4})?",
    r"in\s+(?:early\s+|late\s+|mid-?)?(?:\p{Lu}\p{L}+\s+)?\d{4}",
    r"in\s+(?:recent\s+)?(?:days|weeks|months|years)",
    r"(?i:yesterday|today|tonight|overnight)",
    r"in\s+the\s+(?:[\p{L}\d-]+\s+){0,2}(?:conflict|war|civil\s+war|uprising|fighting|offensive|insurgency|siege)",
    r"so\s+far(?:\s+this\s+\w+)?", r"to\s+date",
)
# Every time phrase above starts with one of these, in any case and maybe inside a word ("within
# days" holds "in days"), or with the day of a date ("4 June"); a space stands for any whitespace.
# A time phrase added above must start with one of them.
TIME_OPENERS = (
    "since ", "over ", "in ", "during ", "for ", "earlier ", "later ", "this ", "last ", "past ", "next ",
    "on ", "so ", "to ", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight", "overnight",
    "january ", "february ", "march ", "april ", "may ", "june ", "july ", "august ", "september ",
    "october ", "november ", "december ",
)
