"""Classes of counted people, for deciding which figures count the same thing.  Data only.

Each line: a class, a colon, then the head nouns that belong to it ("toll" too: "the
death toll has risen to 91" counts people).  A head
noun not listed keeps its own name as its class ("doctors" stay "doctors").
The classes are coarse on purpose: "civilians", "deaths" and "others" are all
people, because reports of one toll name its dead all these ways.
"""
import shlex

_CLASSES = """
people: people persons person individuals lives victims dead deceased bodies casualties souls residents
  inhabitants population citizens villagers locals civilians civilian noncombatants non-combatants
  deaths death fatalities mortalities injured wounded injuries displaced missing members
  toll tolls "death toll" tally tallies number figure figures count
  martyrs pilgrims worshippers worshipers faithful passengers commuters shoppers mourners spectators fans
  tourists visitors guests attendees concertgoers concert-goers
  protesters protester protestors protestor demonstrators demonstrator
  workers worker labourers laborers employees farmers fishermen miners herders traders
others: others "other people" "other civilians"
families: families family households household
children: children child schoolchildren kids boys girls minors infants babies schoolboys schoolgirls
women: women woman
soldiers: soldiers soldier troops troop servicemen servicemembers personnel marines
  conscripts guards army "service members" "service member" forces
police: police policemen policeman officers officer
fighters: fighters fighter rebels rebel militants militant insurgents insurgent jihadists jihadist
  combatants combatant gunmen gunman militiamen militia terrorists terrorist extremists
  "hostage takers" kidnappers abductors assailants attackers bombers raiders
refugees: refugees refugee migrants migrant displaced evacuees idps asylum-seekers seekers returnees
detainees: detainees detainee prisoners prisoner hostages hostage captives captive inmates
journalists: journalists journalist reporters
aid workers: "aid workers" "aid worker" "humanitarian workers" "relief workers" "health workers" "medical workers"
  volunteers medics staff
"""


def _table(block: str) -> dict[str, str]:
    """Every head noun (or quoted two-word noun) -> its class."""
    table = {}
    name = None
    for line in block.strip().splitlines():
        if ":" in line:
            name, _, line = line.partition(":")
            name = name.strip()
        for word in shlex.split(line):
            table.setdefault(word, name)
    return table


SUBJECT_CLASSES: dict[str, str] = _table(_CLASSES)
# Members of a class are of that class: "13 staff members", "militia members".
MEMBER_WORDS = frozenset({"members", "member"})
# Classes whose figures are told apart by the party a nationality names: "Turkish soldiers".
PARTY_CLASSES = ("soldiers", "fighters", "police")
# Civilians are all the people of a toll, unless the same sentence counts armed men (the party classes)
# beside them: then they are a quantity of their own ("killed 14 civilians and two soldiers").
CIVILIAN_WORDS = frozenset({"civilians", "civilian", "noncombatants", "non-combatants"})
LISTED_BESIDE = 50   # characters between two figures of one list


# What makes a figure a running total (`to date`) rather than the toll of one event.
# Totals of whatever the report is about: a war's in a report of a war, an event's in a report of one
# ("So far, we have received 27 bodies" after a bombing).
TOTAL_CUES = ("so far", "to date", "in total", "in all", "overall", "cumulative", "altogether")
CUMULATIVE_CUES = (
    "since the start",
    "since the beginning", "since the outbreak", "since the war", "since the conflict", "since the uprising",
    "in the war", "in the conflict", "in the civil war", "in the uprising", "of the war", "of the conflict",
    "war-torn", "year-long", "years-long", "month-long", "months-long", "decade-long", "decades-long",
    "since the coup", "since the invasion",
    "since the takeover", "since the onset", "since october 7", "since oct 7", "since oct. 7", "since the attack of",
)
# A comparison, not a period: "the country's deadliest incident since the 1979 revolution".
SUPERLATIVES = ("deadliest", "worst", "bloodiest", "largest", "biggest", "highest", "heaviest", "most")
# Running totals named by their start: "since March 2011", "since 2021".
CUMULATIVE_PATTERNS = (r"since\s+(?:early\s+|late\s+|mid-?)?(?:\p{L}+\s+)?(?:19|20)\d\d",)
# Kinds of event, each with the words that name it.  One attack's toll is not an
# earthquake's, even in the same country and the same week.
# Verbs that name a crash in the report of one ("the boat capsized"), but not a place's disaster ("from
# Libya to Italy capsized" puts nothing in Italy).
_CRASH_VERBS = ("capsized", "sank", "derailed", "collided")
EVENT_KINDS = {
    # One kind for every violent strike: reports of one event call it a blast, an air strike or a
    # rocket attack by turns ("the blast at Al-Ahli hospital", "the strike at the hospital").
    "attack": ("attack", "attacks", "bombing", "bombings", "bomber", "bombers", "suicide bomber", "blast",
               "blasts", "explosion", "explosions", "shooting", "raid", "raids", "ambush", "assault",
               "massacre", "rampage", "gunmen", "car bomb", "opened fire", "open fire", "gunfire",
               "strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes", "drone strike",
               "shelling", "missile", "missiles", "rocket", "rockets",
               # a mass abduction is "the attack" in half its reports
               "kidnapping", "kidnappers", "abduction", "abductors",
               "hostage-taking", "hostage taking", "hostage crisis", "hostage siege", "hostage drama",
               "hostage seizure", "hostage takers", "hostage-takers"),
    # a tsunami is an earthquake's: "the quake and tsunami disaster"
    "earthquake": ("earthquake", "earthquakes", "quake", "quakes", "aftershock", "aftershocks", "tremor", "tsunami"),
    "flood": ("flood", "floods", "flooding", "flash floods", "dam collapse", "dams burst", "dam burst", "dam failure",
              "dam breach", "burst its banks", "burst their banks", "storm",
              "hurricane", "cyclone", "typhoon", "landslide", "landslides", "mudslide"),
    "fire": ("wildfire", "wildfires", "forest fire", "forest fires", "bushfire", "bushfires", "blaze", "blazes",
             "the fire", "the fires", "these fires", "a fire", "inferno", "fire disaster"),
    # a volcano's blasts and mudflows are its eruption's, not an attack's or a flood's
    "eruption": ("eruption", "eruptions", "erupted", "erupts", "volcano", "volcanoes", "volcanic", "pyroclastic",
                 "lava", "lahar", "lahars"),
    "epidemic": ("outbreak", "epidemic", "pandemic", "cholera", "measles", "mpox", "ebola", "dengue"),
    "crash": ("crash", "collapse", "stampede", "capsizing", "shipwreck", "sinking", "derailment", "accident",
              "collision", "train crash", "plane crash", "crush", "crowd crush", "crowd surge", *_CRASH_VERBS),
}
# An event word before these names who answers it, not an event: "the fire department", "the fire service".
NOT_EVENT_AFTER = ("department", "departments", "brigade", "brigades", "service", "services", "officials", "chief",
                   "station", "engine", "engines", "truck", "trucks", "crew", "crews")
# The outbreak of these is theirs, no epidemic: "the outbreak of the blaze", "the outbreak of fighting".
OUTBREAK_OF = ("blaze", "fire", "violence", "war", "fighting", "hostilities", "clashes", "unrest")
# An event feared is not the event: "fears of an epidemic outbreak" after a flood, "the risk of landslides".
FEARED_EVENT_BEFORE = ("fear of", "fears of", "feared", "risk of", "risks of", "threat of", "danger of", "chance of",
                       "chances of", "to prevent", "to avoid", "warned of", "warning of", "warnings of")
# Kinds that reports of one incident use by turns: an industrial "blast" is an "accident", a
# "collapse" and a "fire"; a dam's failure is a "flood" and a "collapse".  Groups of kinds of one set
# that one report gives figures to are one event.
INTERCHANGEABLE_KINDS = (frozenset({"attack", "crash", "fire"}), frozenset({"crash", "flood"}))
# The kinds of event that are disasters: their toll is one event however long it is counted ("so far,
# 116 deaths have been confirmed" after a stampede is the stampede's toll).
DISASTER_KINDS = frozenset({"earthquake", "flood", "fire", "crash", "epidemic", "eruption"})
# How long an event's toll goes on being counted: reports this many days apart (from one to the next)
# are of one event.  A natural disaster's toll is revised for weeks (a cyclone's from 99 dead to over
# 1,000 in a month), an epidemic's for months, a crash's or a collapse's for weeks while bodies are
# recovered and identified, an attack's for days.
EVENT_DAYS_APART = {"earthquake": 42, "flood": 42, "fire": 42, "crash": 30, "epidemic": 120, "eruption": 42}
EVENT_DAYS_APART_OTHERWISE = 14
DISASTER_WORDS = tuple(word for kind in sorted(DISASTER_KINDS) for word in EVENT_KINDS[kind] if word not in _CRASH_VERBS)
# Storms are named, and a named storm is one event whatever the dates of its reports (Hurricane
# Maria's toll was revised from 64 to 2,975 a year on) and another storm is another event, however
# close in time and place (Helene and Milton, two weeks apart).
STORM_TITLES = ("Severe Tropical Cyclone", "Tropical Cyclone", "Super Typhoon", "Tropical Storm", "Hurricane",
                "Cyclone", "Typhoon", "Storm")
# Capitalised words after a title that name no storm: "the National Hurricane Center", "Storm Shadow
# missiles", and the words of a headline in title case: "Myanmar Cyclone Death Toll Rises".
NOT_STORM_NAMES = frozenset({"Center", "Centre", "Season", "Seasons", "Warning", "Warnings", "Watch", "Shadow",
                             "Signal", "Hunters", "Category", "Categories", "Relief", "Fund", "Alley", "Prediction",
                             "Tracker", "Update", "Updates", "Live", "News", "Recovery", "Victims", "Survivors",
                             "Death", "Deaths", "Dead", "Toll", "Kills", "Killed", "Hits", "Slams", "Batters",
                             "Lashes", "Leaves", "Makes", "Nears", "Aftermath", "Damage", "Rescue", "Aid"})
# Classes that a school's reports count its children by: "19 students" of an elementary school, not of
# a university.  A "college" may be either: Nigeria's secondary schools are "Government Science College".
PUPIL_CLASSES = frozenset({"students", "pupils", "schoolboys", "schoolgirls"})
SCHOOL_WORDS = ("school", "schools")
UNIVERSITY_WORDS = ("university", "universities", "campus")
# A figure of these is part of a total, not a rival figure for it: "including 278 conscripts".
SUBSET_BEFORE = ("including", "includes", "included", "include", "among them", "among the dead were",
                 "among those killed were", "among the victims were", "of whom", "of which", "among whom",
                 "accounted for", "accounting for", "account for", "partial toll of", "partial count of",
                 "partial tally of",
                 # with a comma: "Of those killed, four people died in Chooralmala"
                 "of those killed,", "of the dead,", "of the victims,", "among the dead,", "among those killed,",
                 "among the victims,")
# A few words may stand between ("25 were among the dead"), but no comma: "3,000 were killed, the
# majority of them civilians" is the total, its majority the part.
SUBSET_AFTER = ("of them", "of the dead", "of those killed", "of those who", "of the victims", "of the total",
                "of the fatalities", "of the deaths", "of the new", "of the latest", "of the deceased",
                "of the confirmed", "of the injured", "of the wounded", "of the people killed",
                "were among", "are among", "was among", "is among", "alone", "the majority of",
                "the vast majority of", "majority of those", "most of those")
# A share between the figure and "of them" is the part, the figure its whole: "more than 250, more than half of
# them children", "33 -- with many of the victims killed by falling trees".
SHARE_WORDS = ("half", "most", "many", "some", "all", "several", "few", "third", "quarter", "none", "each")
# Right after the figure, no comma between: "59 of which were hospitalized"; but in "284, of which 220
# were hospitalized" the 284 is the whole.
SUBSET_RIGHT_AFTER = ("of which", "of whom")
# An increment, not a toll, once a figure of its kind stands before it: "the toll has risen to 91, with
# two more people succumbing".
INCREMENT_AFTER = ("more", "additional", "further", "new")
# These are increments of the dead even alone in their sentence: "At least seven more bodies were
# recovered today".  Not "new": "4,000 new arrivals" counts all who came.
INCREMENT_ALONE = ("more", "additional", "further")
# The same told before the figure: "An additional 10 victims were added to the death toll", "Another 18
# people were also killed in an avalanche".
INCREMENT_ALONE_BEFORE = ("an additional", "a further", "another")
# Words that make the people a figure counts foreigners, a part of any toll: "The 26 foreign victims".
# Not "foreign workers": a fire in their lodgings kills them all.
FOREIGN_WORDS = ("foreign victims", "foreign nationals", "foreign tourists", "foreign citizens", "foreign visitors",
                 "foreigners", "expatriates")
# A figure a toll rose by is what it rose by: "the death toll has risen by five", "rose by 12 to 160".
RISEN_BY = ("risen by", "rose by", "rises by", "increased by", "climbed by", "jumped by", "went up by", "gone up by",
            "grew by", "an increase of", "a rise of", "a jump of", "reduced by", "lowered by", "revised down by", "cut by",
            "fell by", "dropped by", "a drop of")
# Bodies recovered, found or identified are a count of the toll so far found: below a toll the same
# report gives, they are a part of it ("Six bodies have been recovered" of 17 dead).
RECOVERY_VERBS = ("recovered", "retrieved", "pulled out", "pulled from", "found", "exhumed", "unearthed", "located",
                  "collected", "extracted", "dug out", "identified", "taken to", "brought to", "received",
                  # bodies seen, laid out or buried: "scores of bodies scattered through the hotel"
                  "seen", "saw", "laid", "lying", "lay", "scattered", "covered", "cremated", "buried", "arrived")
BODY_WORDS = frozenset({"bodies", "corpses", "remains"})
# A figure that takes a toll to another is the day's addition: "unearthed 29 bodies, raising the death
# toll to 179", "22 died overnight, bringing the total to 1,508".
TOLL_RAISING_VERBS = ("raising", "bringing", "taking", "pushing", "lifting", "putting", "increasing")
# A count made at hospitals or morgues is part of the toll: "250 have been declared dead by the hospital",
# "200 dead were brought to different hospitals", "57 injured people remain hospitalized".  A verb, then
# within a few words a place.
PART_COUNT_VERBS = ("brought", "taken", "sent", "treated", "admitted", "rushed", "transferred", "received", "discharged",
                    "declared dead by", "declared dead at", "remain", "remained", "still", "are at", "were at",
                    "lie at", "lying at", "kept at", "kept in", "succumbed")
PART_COUNT_PLACES = ("hospital", "hospitals", "morgue", "morgues", "mortuary", "mortuaries", "clinic", "clinics",
                     "field hospital", "medical centre", "medical center", "response point", "medical point",
                     "health facility", "health centre", "health center",
                     "hospitalised", "hospitalized")
# The dead or hurt in one state, a part of their toll: "88 bodies have been identified", "793 have been
# discharged", "382 are undergoing treatment".
STATUS_PARTS = ("identified", "unidentified", "validated", "discharged", "handed over", "undergoing treatment",
                "in critical condition", "in a critical condition", "in serious condition", "in a serious condition",
                "seriously injured", "severely injured", "critically injured", "gravely injured", "badly injured",
                "seriously wounded", "severely wounded", "critically wounded", "seriously hurt", "minor injuries",
                "lightly injured", "slightly injured", "receiving treatment", "receiving medical", "being treated",
                "still being treated", "still in hospital", "remain in hospital", "so severely", "so seriously",
                "so badly", "intensive care", "critical care",
                # where they died, a part of all who died: "nine were pronounced dead at the scene", "19 on the ground"
                "at the scene", "on the spot", "instantly", "on the way to hospital",
                "on the ground", "officially named", "been named", "were named", "formally identified")
# The same told by the verb before the figure: "police have identified 172 victims".
STATUS_PARTS_BEFORE = ("identified", "named")
# One family's dead or missing are a part of a toll: "six members of the Cara family", "nine family members".
FAMILY_AFTER = (r"\s+(?:[\p{L}-]+\s+){0,2}?(?:members\s+of\s+(?:the|a|one|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,2}?"
                r"famil(?:y|ies)|family\s+members|relatives)(?![\p{L}])")
# The same told by an adverb right after the figure, its verb left out: "13 others injured, five critically".
STATUS_ADVERBS = ("critically", "seriously", "severely", "gravely", "badly", "lightly", "slightly")
# The same, told from the place: "a first response point in Tal Al-Sultan had received 28 dead", "the
# hospital morgue stated that around 550 pilgrims perished".
PART_COUNT_RECEIVING = ("received", "receiving", "receives", "admitted", "took in", "has taken in", "treated",
                        "registered", "counted", "said", "says", "stated", "reported")
# A forecast is no rival for a count: "thousands could die", "will have killed 377,000 by the end of the year".
# Not "is likely to be": "the toll is likely to be 100 to 300" estimates a past event.
FORECAST_BEFORE = ("could", "will have", "would", "might", "is expected to", "are expected to", "could rise to",
                   "may rise to", "will rise to", "is likely to rise to", "are likely to rise to",
                   "likely to reach", "feared to reach", "will reach", "will top", "will exceed", "will surpass",
                   "will climb to", "would reach", "to top", "may top", "may exceed", "may surpass", "may reach",
                   "likely to hit", "likely to top", "likely to exceed")
# After a modal, these words make an estimate of the toll as it stands, not a forecast: "the death toll
# could be higher than 500", "could exceed 100", "there could be between 100 and 600 dead".
ESTIMATE_AFTER_MODAL = ("be", "exceed", "top", "surpass", "be higher than", "be more than", "be as high as",
                        "be as many as", "number", "stand at", "go higher than", "be over")
# Not "could rise": "the toll has reached 120 and could rise further" gives the toll as it stands.
FORECAST_AFTER = ("could die", "could be killed", "might die", "will die", "would die")
# Words that name a county-level unit: a figure placed in one ("68 people were killed in Kerr County")
# is a part of a state's or a country's toll.
# One place's toll, told as such: "10,000 are believed to have died in one city alone", "160 were killed
# in the South department alone", "Typhoon kills 10,000 in one city".
_IN_A_PLACE_ALONE = r"(?<![\p{L}])(?:in|at)\s+(?:[\p{L}’'-]+\s+){1,4}alone(?![\p{L}])"
PLACE_ALONE_AFTER = (r"[^.;,\d]{0,80}?(?:" + _IN_A_PLACE_ALONE + r"|(?<![\p{L}])(?:in|at)\s+(?:one|a\s+single)\s+"
                     r"(?:city|town|village|province|district|region|state|county)(?![\p{L}]))")
# Or before it: "the death toll in this region alone will be greater than 300".
PLACE_ALONE_BEFORE = _IN_A_PLACE_ALONE + r",?[^.;,\d]{0,60}\Z"
# Words that name a place smaller than a country.  In the report of a disaster that strikes a wide area
# (WIDE_AREA_KINDS, and named storms), a figure for one of them below the largest figure of its kind
# the report gives is that place's part of the toll ("300 people were confirmed dead in Basey town",
# "In the port city of Durres the quake killed 24"); an attack's or a crash's town is where it happened.
LOCALITY_WORDS = ("town", "city", "village", "district", "province", "region", "county", "township",
                  "municipality", "prefecture", "department", "suburb", "suburbs")
WIDE_AREA_KINDS = frozenset({"earthquake", "flood"})
# In the report of any event, one site's dead below the largest figure the report gives are a part: "at
# the Bataclan, the concert hall where 89 people were killed", "two on the first floor, 11 on the second".
SITE_WORDS = ("hall", "mosque", "church", "temple", "school", "hotel", "mall", "stadium", "club", "nightclub", "market",
              "restaurant", "bar", "cafe", "theatre", "theater", "building", "venue", "station", "camp")
FLOOR_AFTER = r"\s+(?:people\s+|bodies\s+)?(?:were\s+|was\s+)?(?:found\s+)?(?:on|in)\s+the\s+[\p{L}\d-]+\s+floor(?![\p{L}])"
COUNTY_WORDS = ("County", "Parish", "county", "parish", "counties", "parishes")
# A rate, not a toll: "165 people killed a day".
RATE_AFTER = (r"(?:people\s+)?(?:\w+\s+){0,2}?(?:a|per|each|every)\s+(?:day|week|month|hour|year)",
              r"(?:\w+\s+){0,2}?(?:daily|weekly|monthly)",
              # one figure for each of several places: "Nakuru and Mombasa reported 3 deaths each"
              r"(?:\w+\s+){0,2}?each(?![\w-])")
RATE_BEFORE = ("an average of", "on average", "average of", "a daily", "a weekly", "a monthly")
# Time phrases after a running total that make it the total of a part of the war: "4,727 in October".
SUB_PERIOD = (
    r"(?:in|during|for)\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
    r"(?:this|last|past)\s+(?:week|month|weekend|year)", r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day",
    r"yesterday|overnight|today",
    r"(?:in|within|over)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:(?:past|last|first)\s+)?"
    r"(?:\d+|(?!the\b|these\b|those\b|following\b|previous\b|recent\b|coming\b)\w+)\s+(?:hours|days|weeks)",
)
# The last hours or days of an event's toll are a stretch of it, not its toll: "33 people were killed
# in the floods over the last 24 hours".
# Not "in the last few days": a stretch that vague is the event's own ("more than 1,000 injured after two
# earthquakes hit southern Japan in the last few days").
RECENT_HOURS = (r"(?<![\p{L}])(?:in|within|over|during)\s+(?:just\s+|only\s+)?the\s+(?:past|last|previous)\s+"
                r"(?:\d+|(?!(?:few|several|couple)(?![\p{L}]))[\p{L}-]+)\s+(?:hours|days)(?![\p{L}])")
# A day after these says when a toll was reported, not what it counts: "900 people dead, the U.N. said
# Monday", "as of last Friday".
REPORT_DAY_BEFORE = ("said", "says", "reported", "announced", "told", "stated", "confirmed", "as of", "updated")

# The nouns that name a war after its place: "the Syrian war", "the conflict in Sudan".
WAR_NAMES = ("war", "civil war", "conflict", "uprising", "revolution", "crisis", "insurgency")
# A long campaign whose toll runs on: a figure whose sentence names one and no single event is a
# running total, even in the report of one strike ("the military's crackdown has left 3,100 dead").
# Not "fighting" or "shelling": they also describe one day's events.
CAMPAIGN_WORDS = ("war", "civil war", "conflict", "uprising", "revolution", "insurgency", "crisis", "crackdown",
                  "invasion", "occupation", "unrest")
# Words of a war, whose toll runs on.
WAR_WORDS = (
    "war", "wars", "conflict", "uprising", "revolution", "insurgency", "rebellion", "civil war", "crackdown",
    "occupation", "invasion", "offensive", "fighting", "hostilities", "bombardment", "siege",
    "unrest", "protests",
)
# In an event's report, a war word makes a figure the war's only this near it (in characters), and never
# one that names the event itself: "323 victims had been killed during the crisis" of a hostage siege.
NEAR_THE_FIGURE = 80
THE_EVENTS_OWN = ("crisis",)
# A siege of hostages, or one that lasts days, is an attack's: "the hostage siege", "the three-day siege".
NOT_WAR_BEFORE = ("hostage", "day", "hour")
