"""Words and signs of English figures: data only, no code that applies them.

Sources: the English cardinal and ordinal system as written in news copy (AP and
Reuters style both spell one to nine and use digits above), the qualifiers and
bounds of ``spec/claims.md``, and the unit names quantulum3 knows for the rest
(``numclaims.units`` reads those on demand).  Every table is lower case, and the
parser folds case before looking a word up, except ``DIGIT_SUFFIXES``, where
case tells "1M" (a million) from "1m" (a metre).
"""

UNITS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen"
    " fourteen fifteen sixteen seventeen eighteen nineteen".split())}
UNITS |= {"nought": 0, "naught": 0, "nil": 0}
# After "point" a spoken zero may be the letter: "one hundred twenty point o five".
DECIMAL_ZEROS = {"o": 0, "oh": 0}

TENS = {w: n for n, w in zip(range(20, 100, 10),
                             "twenty thirty forty fifty sixty seventy eighty ninety".split())}
TENS["fourty"] = 40  # a misspelling common enough to be worth reading

HUNDRED = {"hundred": 100, "hundreds": 100}   # "sixty hundreds", "five hundreds"

# Scale words multiply what stands before them; Indian English lakh and crore
# appear in South Asian news.
SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "quadrillion": 10**15, "quintillion": 10**18, "sextillion": 10**21,
    "lakh": 10**5, "lac": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}
# A plural scale after a number ("three billions") still multiplies.
SCALES |= {w + "s": n for w, n in list(SCALES.items()) if not w.endswith("s")}
SCALES |= {"krore": 10**7, "krores": 10**7, "koti": 10**7}   # spellings of crore in Indian English

# Abbreviated scales, read only after a figure ("three hundred Cr", "30 lkh", "10 bln"):
# alone they are other words ("Cr." is a title).
SCALE_ABBREVIATIONS = {"cr": 10**7, "crs": 10**7, "lkh": 10**5, "lkhs": 10**5, "mn": 10**6,
                       "mln": 10**6, "bn": 10**9, "bln": 10**9, "tln": 10**12}

DOZEN = {"dozen": 12, "dozens": 12}
DOZEN_ABBREVIATIONS = {"dz": 12, "dzs": 12, "doz": 12, "dozs": 12}

# Glued to digits, case as written: "1.2m", "250k", "2bn", "3M", "1MM", "2mil", "2.5tn".
DIGIT_SUFFIXES = {
    "k": 10**3, "K": 10**3, "m": 10**6, "M": 10**6, "MM": 10**6, "mil": 10**6, "Mn": 10**6,
    "b": 10**9, "B": 10**9, "G": 10**9, "Bn": 10**9, "t": 10**12, "T": 10**12, "tn": 10**12,
    "tr": 10**12, "Cr": 10**7, **SCALE_ABBREVIATIONS,
}
# Suffixes that are a scale only after a decimal or an amount of money: after a
# whole number they are more often metres, bits and tonnes ("5m", "1500b", "278,000 t").
AMBIGUOUS_DIGIT_SUFFIXES = ("m", "b", "t")
# "K" after a figure precise to hundredths is kelvin, not thousands: "573.15K".
KELVIN_SUFFIX = "K"

# Single characters worth a fraction: "½", "2½", "⅔".
VULGAR_FRACTIONS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4),
                    "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6),
                    "⅚": (5, 6), "⅐": (1, 7), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
                    "⅞": (7, 8), "⅑": (1, 9), "⅒": (1, 10)}

# Fractions that are no ordinal: "half", "a quarter", "three quarters".
HALVES = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}

# Ordinals.  As the last word of a denominator they make a fraction ("three
# fifths", "one twenty-fifth", "a hundredth"); otherwise the figure is a rank.
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fourtieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6, "billionth": 10**9,
    "trillionth": 10**12,
}
# Ordinals that are a denominator on their own ("two thirds"); "first" and
# "second" only end one ("three twenty-firsts"): "two seconds" is a duration.
DENOMINATOR_ALONE_EXCLUDED = ("first", "second")
# Words that join a figure to its denominator or a proportion's whole:
# "one over three", "two out of five", "one in five".
FRACTION_JOINERS = ("over", "out of", "in")

# Vague multiples and the bounds the spec gives them.  "tens of thousands" is
# read as the multiple ("tens") of the scale ("thousands"): the multiple's
# bounds times the scale, (20000, 99999).
VAGUE_MULTIPLES = {"dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1000,
                   "millions": 10**6, "billions": 10**9}
VAGUE_BOUNDS = {10: (20, 99), 12: (24, 99), 20: (40, 99), 100: (200, 999), 1000: (2000, 9999),
                10**6: (2000000, 9999999), 10**9: (2000000000, 9999999999)}
# The largest scale a chain of multiples may reach: "billions of billions", but no
# "hundreds of hundreds of hundreds of ..." past the largest scale word (sextillion):
# such a chain names no count, it is rhetoric or noise.
VAGUE_LARGEST = 10**21
# "several hundred", "a few thousand": the spoken vague count before a scale.  At most
# two words: the number layer looks for the first right before the last (see patterns.VAGUE_CUES).
VAGUE_DETERMINERS = ("several", "a few", "few", "many", "some few")
# "dozens" and "hundreds" stand alone; "scores" and "tens" are multiples only
# before "of" ("scores of people"): alone they are a verb and a noun.
VAGUE_NEEDING_OF = ("scores", "tens")
# A couple and a pair are two ("a couple of hundred" is about two hundred).
PAIR_WORDS = {"couple": "approx", "pair": "exact"}

# Qualifiers and the side they bound.  Longest first where one is a prefix of another.
APPROX = ("about", "around", "roughly", "approximately", "nearly", "almost", "some",
          "an estimated", "estimated", "close to", "circa", "approx.", "approx", "ca.",
          "an approximate", "give or take", "just about", "~", "≈")
AT_LEAST = ("at least", "more than", "over", "upwards of", "upward of", "no fewer than",
            "no less than", "not less than", "not fewer than", "in excess of", "exceeding",
            "exceeds", "exceeded", "exceed", "surpassing", "surpasses", "surpassed", "surpass",
            "above", "greater than", "larger than", "bigger than", "higher than", "a minimum of",
            "at a minimum", "well over", "just over", "well above", "beyond",
            # "or equal" forms bound the same side, inclusively
            "greater than or equal to", "more than or equal to", "greater or equal than",
            "bigger or equal than", "higher or equal than", "larger or equal than",
            "equal to or more than", "equal to or greater than", "at least or equal to",
            ">", ">=", "≥", "> =")
# After these, "up to" is the verb's particle, not a bound: "the toll has gone up to 2,497".
UP_TO_VERBS = frozenset({"go", "goes", "going", "gone", "went", "shot", "shoots", "jumped", "jumps", "climbed",
                         "climbs", "crept", "creeps", "moved", "moves", "edged", "edges", "ticked", "ticks",
                         "rose", "risen", "rises", "rise", "surged", "surges", "soared", "soars"})
AT_MOST = ("up to", "as many as", "fewer than", "less than", "under", "no more than",
           "not more than", "at most", "below", "a maximum of", "at a maximum", "just under",
           "nearly as many as", "as much as", "smaller than", "lower than",
           "less than or equal to", "fewer than or equal to", "less or equal than",
           "smaller or equal than", "lower or equal than", "equal to or less than",
           "equal to or fewer than", "at most or equal to", "<", "<=", "≤", "< =")
# Each qualifier and the side it bounds.
QUALIFIERS = {**{q: "approx" for q in APPROX}, **{q: "at_least" for q in AT_LEAST},
              **{q: "at_most" for q in AT_MOST}}

# "between A and B", "from A to B", "A to B", "A-B", "A–B", "A~B".
RANGE_OPENERS = ("between", "from")
RANGE_JOINERS = ("and", "to", "through", "thru", "-", "–", "—", "~", "or")
# What joins a lower and an upper bound into one range: "more than 10 and less than 40".
BOUND_PAIR_JOINERS = ("and", "but", ",")

NEGATIVE_WORDS = ("minus", "negative")
# A tolerance written after a figure belongs to it: "2,000.45±0.01", "9.83e-3 +/- 1e-5".
TOLERANCE_SIGNS = ("±", "+/-", "+-", "plus or minus", "plus/minus")

# Units that the parser knows itself, so that common news units never need
# quantulum3.  Keys are surfaces as they follow a figure.
PERCENT_WORDS = ("percent", "per cent", "percentage points", "percentage point", "pct", "%")
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
                    "£": "GBP", "gbp": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
                    "₺": "TRY", "c$": "CAD", "a$": "AUD", "chf": "CHF", "rs": "INR", "rs.": "INR"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "pounds sterling": "GBP", "yen": "JPY", "rupee": "INR", "rupees": "INR",
                  "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
                  "yuan": "CNY", "lira": "TRY", "liras": "TRY", "riyal": "SAR", "riyals": "SAR",
                  "dirham": "AED", "dirhams": "AED", "francs": "CHF", "shekels": "ILS",
                  "shekel": "ILS", "hryvnia": "UAH", "hryvnias": "UAH", "naira": "NGN",
                  "rial": "IRR", "rials": "IRR", "pesos": "MXN", "rand": "ZAR"}
TIME_UNITS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
              "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
              "weeks": "week", "month": "month", "months": "month", "year": "year",
              "years": "year", "decade": "decade", "decades": "decade", "century": "century",
              "centuries": "century", "yr": "year", "yrs": "year", "hrs": "hour", "mins": "minute"}
# Common measures, written out or abbreviated, case-sensitive abbreviations kept apart.
MEASURE_WORDS = {
    "km": "kilometre", "kilometre": "kilometre", "kilometres": "kilometre",
    "kilometer": "kilometre", "kilometers": "kilometre", "mile": "mile", "miles": "mile",
    "mi": "mile", "metre": "metre", "metres": "metre", "meter": "metre", "meters": "metre",
    "cm": "centimetre", "mm": "millimetre", "kg": "kilogram", "kgs": "kilogram",
    "kilogram": "kilogram", "kilograms": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
    "gram": "gram", "grams": "gram", "g": "gram", "mg": "milligram", "milligrams": "milligram",
    "tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton", "lb": "pound",
    "lbs": "pound", "oz": "ounce", "ounce": "ounce", "ounces": "ounce", "litre": "litre",
    "litres": "litre", "liter": "litre", "liters": "litre", "ml": "millilitre",
    "gallon": "gallon", "gallons": "gallon", "barrel": "barrel", "barrels": "barrel",
    "hectare": "hectare", "hectares": "hectare", "acre": "acre", "acres": "acre",
    "sq km": "square kilometre", "square kilometres": "square kilometre",
    "square kilometers": "square kilometre", "square miles": "square mile",
    "km/h": "kilometre per hour", "kph": "kilometre per hour", "mph": "mile per hour",
    "ft": "foot", "feet": "foot", "foot": "foot", "inch": "inch", "inches": "inch",
    "yard": "yard", "yards": "yard", "mw": "megawatt", "megawatts": "megawatt",
    "kw": "kilowatt", "gw": "gigawatt", "°c": "degree Celsius", "°f": "degree Fahrenheit",
    "degrees": "degree", "bpd": "barrel per day", "cup": "cup", "cups": "cup",
    "pound": "pound", "pounds": "pound", "magnitude": "magnitude",
}

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS |= {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday").split()
# Before a bare four-digit number these make it a year: "in 2011", "since 1990".
YEAR_CUES_BEFORE = ("in", "since", "by", "until", "till", "from", "to", "during", "before",
                    "after", "mid", "early", "late", "the", "year", "years", "summer", "winter",
                    "spring", "autumn", "fall", "end", "beginning", "start", "through", "circa",
                    "fy", "between", "'s", "season", "election", "census", "and", "or")
# "of" makes a year only after a word for a stretch of time or an event: "the summer of 2011",
# "the end of 2014", "March of 2011", "the flood of 1887"; "a total of 2000" is a count.
YEAR_CUES_BEFORE_OF = ("summer", "winter", "spring", "autumn", "fall", "end", "beginning", "start",
                       "middle", "year", "years", "half", "quarter", "months", "election",
                       "elections", "class", "war", "revolution", "uprising", "crisis", "events",
                       "flood", "floods", "earthquake", "quake", "storm", "hurricane", "famine", "epidemic",
                       "pandemic", "eruption", "tsunami", "disaster", "fire", "riots", "massacre")
# Before a number these make it a name or an identifier, not a count:
# "Resolution 2254", "page 5", "Flight 17".
IDENTIFIER_CUES_BEFORE = (
    "resolution", "resolutions", "article", "articles", "section", "sections", "chapter",
    "page", "pages", "p.", "pp.", "no.", "nos.", "route", "highway", "flight", "room",
    "platform", "paragraph", "clause", "psalm", "verse", "tel", "tel.", "phone", "fax", "ext.",
    "apt.", "vol.", "fig.", "ver.", "v.", "mk", "#", "№", "covid", "opec+", "windows",
)
# The same, but only when capitalised: "Brigade 5", "Phase 2", "Line 4", "Unit 8200";
# in lower case these words often stand before a real count ("this week 30 died").
IDENTIFIER_CUES_CAPITALISED = (
    "brigade", "division", "battalion", "regiment", "corps", "district", "zone", "sector",
    "category", "class", "type", "model", "mark", "code", "level", "phase", "version", "volume",
    "line", "gate", "terminal", "channel", "apartment", "building", "block", "suite", "unit",
    "grade", "figure", "table", "episode", "season", "lot", "item", "step", "stage", "exit",
    "bus", "train", "tower", "floor", "hall", "plot", "street", "avenue", "ward", "week", "day",
    "round", "game", "match", "term", "tier", "number", "act", "law", "decree", "order", "rule",
    "bill", "camp", "checkpoint", "hill", "base", "road", "squadron", "group", "task force",
    "air force", "force", "operation", "protocol", "plan", "formula", "top", "no", "vision",
)
# Before "one" these make it a pronoun, not a figure: "the one you mentioned",
# "which one", "that one costs 3 dimes".
ONE_PRONOUN_BEFORE = ("the", "this", "that", "which", "each", "every", "any", "no", "another",
                      "whichever", "other", "only", "last", "next", "right", "wrong", "same",
                      "little", "big", "new", "old")
# After "one" this makes it a pronoun too: "one another".
ONE_PRONOUN_AFTER = ("another",)

# Nouns that a bare year-shaped number may count ("2000 people"), so it is no year.
COUNT_NOUNS = (
    "people", "persons", "person", "civilians", "children", "women", "men", "soldiers",
    "troops", "fighters", "refugees", "migrants", "residents", "families", "households",
    "homes", "houses", "buildings", "dead", "deaths", "casualties", "victims", "prisoners",
    "detainees", "protesters", "demonstrators", "militants", "rebels", "police", "officers",
    "personnel", "workers", "students", "patients", "cases", "jobs", "votes", "troops",
    "tanks", "vehicles", "aircraft", "rockets", "missiles", "shells", "drones", "villages",
)
# Verbs of a figure that changed: "rose from 353 to 379" is a change from one figure to another, no range.
CHANGE_VERBS = ("rose", "risen", "rises", "rising", "climbed", "climbs", "jumped", "jumps", "increased", "increases",
                "grew", "grown", "soared", "raised", "revised", "revised up", "revised upward", "revised down",
                "went up", "gone up", "up", "fell", "fallen", "dropped", "decreased", "lowered", "reduced", "down",
                "changed", "updated", "mounted", "surged", "swelled", "leapt", "leaped", "shot up", "spiked")
