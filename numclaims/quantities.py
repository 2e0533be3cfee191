"""Claims -> Quantities: which figures are figures for the same thing.

Two claims are figures for the same quantity when their keys are equal:

* **category**: killed, wounded, displaced, … (figures of `other` are not compared);
* **subject class**: the counted noun reduced to a class — people, children,
  soldiers, fighters, refugees, … — with the party a nationality adjective
  names ("Turkish soldiers" -> soldiers of Turkey);
* **place**: the country the claim's location lies in (Derna -> Libya), so
  that "in Derna" and "in eastern Libya" compare;
* **period**: `to date` for a war's running toll; `event: attack`, `event:
  earthquake`, … for the toll of one event of that kind, and `event: storm
  Maria` for a named storm's, whatever the dates of its reports.  A sentence's own
  cues decide: a "since …" phrase that starts the war ("since March 2011",
  "since Israel declared war") or a running-total cue ("in the five-year
  conflict", "so far") make a running total, any other "since …" names its own
  stretch ("since the end of the truce"); an event word ("an air strike", "the
  blast") makes an event; a campaign ("the crackdown has left 3,100 dead") a
  running total.  Without cues, what the document is about decides.  A
  disaster's toll is always its event, however it is phrased.  A running total
  scoped by a time phrase right after the figure ("4,727 in October", "240 in
  two days") is the total of that part.

Parts of a total ("including 278 civilians", "250 declared dead by the
hospital", "six bodies have been recovered" of 17 dead, "rose by five"),
rates ("165 a day") and forecasts are not compared with totals; a
subset of a class of its own ("dozens killed, including 13 American troops") is
that class's figure.

Event figures from dated documents further apart than an event of their kind is
counted for (weeks for a natural disaster, days for an attack) are of different
events, and so is a figure whose clause names an earlier year than its
document's date, or any year in an undated document ("a tsunami that killed 61
people in 1960").  Figures of soldiers of
no named party, and figures of no known place, join the one group that differs
from theirs only by that.  Every group keeps its key, so the table can say why
its figures stand together; last, each group leaves out its likely parts
(`likely_parts`).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import combinations
from typing import TypeVar

import regex

from numclaims.lexicon.places import COUNTRY_OF, PLACE_NAMES, PLACES
from numclaims.lexicon import numbers as lex_numbers
from numclaims.lexicon import quantities as lex
from numclaims.lexicon.quantities import SUBJECT_CLASSES
from numclaims.likely_parts import leave_out_likely_parts
from numclaims.model import CASUALTY_CATEGORIES, Claim, ConflictGroup, QuantityKey
from numclaims.places import lead_end, mentions
from numclaims.patterns import phrases

K = TypeVar("K")
_ORDER_OF_MAGNITUDE = 10
UNKNOWN_PLACE = "unknown place"
# The period of a report that names neither a war nor a kind of event: "a throng pushed into an alley".
UNNAMED_EVENT = "event"


_TOTAL = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.TOTAL_CUES)})(?![\p{{L}}])", regex.IGNORECASE)
_CUMULATIVE = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.CUMULATIVE_CUES)}|{'|'.join(lex.CUMULATIVE_PATTERNS)})(?![\p{{L}}])",
                            regex.IGNORECASE)
_WAR = regex.compile(rf"(?<![\p{{L}}])(?<!(?<![\p{{L}}])(?:{phrases(lex.NOT_WAR_BEFORE)})[\s-]+)"
                     rf"(?:{phrases(lex.WAR_WORDS)})(?![\p{{L}}])", regex.IGNORECASE)
_CAMPAIGN = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.CAMPAIGN_WORDS)})(?![\p{{L}}])", regex.IGNORECASE)
_INTERCHANGEABLE = frozenset().union(*lex.INTERCHANGEABLE_KINDS)
_EVENT_KIND = regex.compile(
    "(?<![\\p{L}])(?:" + "|".join(f"(?P<{kind.replace(' ', '_')}>{phrases(words)})" for kind, words in lex.EVENT_KINDS.items())
    + ")(?![\\p{L}])(?!\\s+(?:" + "|".join(lex.NOT_EVENT_AFTER) + r")(?![\p{L}]))", regex.IGNORECASE)
_FEARED = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.FEARED_EVENT_BEFORE)})\s+(?:(?:an?|the)\s+)?(?:\p{{L}}+\s+)?\Z",
                        regex.IGNORECASE)
_OUTBREAK_OF = regex.compile(rf"\s+of\s+(?:the\s+|a\s+)?(?:{phrases(lex.OUTBREAK_OF)})(?![\p{{L}}])", regex.IGNORECASE)
_STORM = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.STORM_TITLES)})\s+"
                       rf"(?!(?:{'|'.join(sorted(lex.NOT_STORM_NAMES))})(?![\p{{L}}]))(?P<name>\p{{Lu}}\p{{Ll}}+)(?![\p{{L}}])")
# A storm's two names, given together: "Typhoon Rai (Odette)", "typhoon Rai, locally named Odette".
_STORM_ALIAS = regex.compile(rf"(?<![\p{{L}}])(?i:{phrases(lex.STORM_TITLES)})\s+(?P<name>\p{{Lu}}\p{{Ll}}+)"
                             r"(?:\s*\((?i:(?:international|local)\s+name:?\s+)?"
                             r"|,\s+(?i:(?:locally|also|internationally)\s+(?:named|called|known\s+as)"
                             r"|known\s+(?:locally|internationally)\s+as)\s+)(?P<alias>\p{Lu}\p{Ll}+)")
_COMPARED_STORM = regex.compile(rf"(?<![\p{{L}}])(?:since|than|like)\s+(?:the\s+)?(?:(?:{phrases(lex.STORM_TITLES)})\s+)?\Z",
                                regex.IGNORECASE)
_SUBSET_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.SUBSET_BEFORE)})\s+(?:the\s+)?\Z", regex.IGNORECASE)
_SUBSET_AFTER = regex.compile(rf"\s+(?:{phrases(lex.SUBSET_RIGHT_AFTER)})(?![\p{{L}}])|"
                              rf"[,\s]+(?:(?!(?:{phrases(lex.SHARE_WORDS)})(?![\p{{L}}]))[\p{{L}}-]+\s+){{0,3}}?"
                              rf"(?:{phrases(lex.SUBSET_AFTER)})(?![\p{{L}}])", regex.IGNORECASE)
# A character of the clause a figure stands in, read rightwards: "while", "as", "adding" and "after" open
# another ("35 as another man had died while being treated at a hospital"), and a share names another
# subject ("12 dead, some still to be identified").
_IN_ITS_CLAUSE = rf"(?:(?!(?<![\p{{L}}])(?:while|as|adding|after|{phrases(lex.SHARE_WORDS)})\s)[^\d;.])"
_STATUS_PART = regex.compile(rf"{_IN_ITS_CLAUSE}{{0,40}}?(?<![\p{{L}}])(?:{phrases(lex.STATUS_PARTS)})(?![\p{{L}}])",
                          regex.IGNORECASE)
_STATUS_PART_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.STATUS_PARTS_BEFORE)})\s+"
                                 r"(?:the\s+(?:bodies|remains)\s+of\s+)?\Z", regex.IGNORECASE)
_STATUS_ADVERB = regex.compile(rf"\s+(?:{phrases(lex.STATUS_ADVERBS)})(?![\p{{L}}])", regex.IGNORECASE)
_PART_COUNT_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{phrases(lex.PART_COUNT_PLACES)})(?![\p{{L}}])[^.;\d]{{0,60}}?(?<![\p{{L}}])"
    rf"(?:{phrases(lex.PART_COUNT_RECEIVING)})\s+(?:[\p{{L}}-]+\s+){{0,2}}\Z", regex.IGNORECASE)
# "Of the 130 who died, at least 80 ...": a whole named first, then its part.
_OF_THE_FIGURE = regex.compile(r"(?<![\p{L}])(?:of|among|out\s+of)\s+the\s+\Z", regex.IGNORECASE)
# "85 of the 95 known victims": a figure right before "of the" and another is a part of that one.
_OF_THE_NEXT = regex.compile(r"\s+(?:of|out\s+of)\s+(?:(?:the|those|these|all)\s+)?", regex.IGNORECASE)
_BREAKDOWN_GAP = regex.compile(r"[^.;\d]{0,40}?(?:,|--|\s[–—-]\s|[–—])\s*")
# From one item of a list to the next: "278 army conscripts, seven", "shabiha (thugs) and four".
_LIST_GAP = regex.compile(r"[\p{L}\s'’()-]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)")
# A figure placed by the words after it: "52 in the neighboring Rukum district", "105 have died in Jajarkot".
_IN_PLACE_AFTER = regex.compile(
    r"\s+(?:[\p{L}-]+\s+){0,3}?(?:in|from|at)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)")
_AND = regex.compile(r"(?<![\p{L}])and(?![\p{L}])", regex.IGNORECASE)
_PLACE_PREPOSITION = regex.compile(r"(?<![\p{L}])(?:in|at|from|on|near)(?![\p{L}])", regex.IGNORECASE)
_IN_PLACE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:in)\s+(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)[^\d;.]{0,60}\Z")
# From one place's figure to the next place's: "56 deaths and South Carolina with 30", "11 deaths, Tennessee with six",
# "792 were killed, followed by Balochistan with 336", "while Khyber Pakhtunkhwa and Punjab reported 308".
_PLACE_LIST_GAP = regex.compile(r"[\p{L}\s'’()-]{0,40}?(?:,\s*(?:and\s+|followed\s+by\s+|while\s+)?|\s+and\s+)"
                                r"(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?:\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?"
                                r"\s+(?:with|had|has|saw|reported|recorded)\s+")
# The last of figures told place by place: "reported 308 and 223 deaths, respectively".
_RESPECTIVELY_AFTER = regex.compile(r"[^.;\d]{0,40}?(?<![\p{L}])respectively(?![\p{L}])")
# Within the figure's clause: no other figure and no semicolon between, and not "seven bodies while several
# people are rushed to hospital".
_PART_COUNT = regex.compile(rf"{_IN_ITS_CLAUSE}{{0,60}}?(?<![\p{{L}}])"
                            rf"(?:{phrases(lex.PART_COUNT_VERBS)})(?![\p{{L}}])"
                            rf"[^\d;.]{{0,40}}?(?<![\p{{L}}])(?:{phrases(lex.PART_COUNT_PLACES)})(?![\p{{L}}])",
                            regex.IGNORECASE)
# From a figure into the breakdown in brackets right after it: " cases (279 men, ".
_BRACKETED_BREAKDOWN = regex.compile(r"[^()\d–—]{0,30}?(?P<open>\(|\s[–—]\s)[^()–—]{0,40}")
# Two countries an event is put in at once: "More than 100 people have died in Malawi and Mozambique".
_IN_TWO_PLACES = regex.compile(r"(?<![\p{L}])in\s+(?P<first>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+and\s+"
                               r"(?P<second>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)")
_IN_COUNTY = regex.compile(rf"(?<![\p{{L}}])in\s+(?:[\p{{Ll}}-]+\s+)?(?:\p{{Lu}}[\p{{L}}'’.-]*(?:,?\s+and\s+|,\s+|\s+)){{1,5}}"
                           rf"(?:{'|'.join(lex.COUNTY_WORDS)})(?![\p{{L}}])")
_LOCALITY_WORD = rf"(?i:{'|'.join(lex.LOCALITY_WORDS)})(?![\p{{L}}])"   # "Basey town", "Mianyang City"
# "in Basey town", "in the northern Albanian town of Thumane", "The small town of Thumane", "in a village".
_LOCALITY = regex.compile(rf"(?:(?<![\p{{L}}])(?i:in|at|from)\s+|^)(?:(?i:the)\s+)?(?:(?:\p{{Lu}}[\p{{L}}'’-]*\s+){{1,3}}{_LOCALITY_WORD}"
                          rf"|(?:[\p{{L}}'’-]+\s+){{0,3}}?{_LOCALITY_WORD}\s+of\s+\p{{Lu}}"
                          rf"|(?:a|one)\s+(?:\p{{Ll}}+\s+)?{_LOCALITY_WORD})")
# "at the Bataclan, where 89 were killed", "the concert hall where 89 people were killed".
_SITE_WHERE_BEFORE = regex.compile(rf"(?:\p{{Lu}}[\p{{L}}'’-]*|(?<![\p{{L}}])(?i:{'|'.join(lex.SITE_WORDS)}))\s*[,—–-]?\s*where\s+"
                                   r"[^,;.\d]{0,40}\Z")
_FLOOR_AFTER = regex.compile(lex.FLOOR_AFTER, regex.IGNORECASE)
_PLACE_ALONE_AFTER = regex.compile(lex.PLACE_ALONE_AFTER, regex.IGNORECASE)
_PLACE_ALONE_BEFORE = regex.compile(lex.PLACE_ALONE_BEFORE, regex.IGNORECASE)
_FAMILY_AFTER = regex.compile(lex.FAMILY_AFTER, regex.IGNORECASE)
_SCHOOL = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.SCHOOL_WORDS)})(?![\p{{L}}])", regex.IGNORECASE)
_UNIVERSITY = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.UNIVERSITY_WORDS)})(?![\p{{L}}])", regex.IGNORECASE)
_FORECAST_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.FORECAST_BEFORE)})\s+"
                                 rf"(?!(?:{phrases(lex.ESTIMATE_AFTER_MODAL)})\s+(?:[\w-]+\s+)?\Z)(?:[\w-]+\s+){{0,3}}?\Z",
                                 regex.IGNORECASE)
_FORECAST_AFTER = regex.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{phrases(lex.FORECAST_AFTER)})(?![\p{{L}}])", regex.IGNORECASE)
# Not the day a figure was given on: "from 91 reported a day earlier".
_RATE_AFTER = regex.compile(r"\s+(?:" + "|".join(lex.RATE_AFTER) + r")(?![\p{L}])(?!\s+(?:earlier|before|later|after|ago)\b)",
                            regex.IGNORECASE)
_RATE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.RATE_BEFORE)})\s+\Z", regex.IGNORECASE)
_SUB_PERIOD = regex.compile("|".join(lex.SUB_PERIOD), regex.IGNORECASE)
_RECENT_HOURS = regex.compile(lex.RECENT_HOURS, regex.IGNORECASE)
_TOLL_BEFORE = regex.compile(r"(?<![\p{L}])(?:toll|tally|total)(?![\p{L}])[^.;\d]*\Z", regex.IGNORECASE)
_REPORT_DAY_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.REPORT_DAY_BEFORE)})\s+(?:on\s+)?(?:last\s+)?\Z",
                                   regex.IGNORECASE)
_INCREMENT_AFTER = regex.compile(rf"\s+(?:{phrases(lex.INCREMENT_AFTER)})(?![\p{{L}}])", regex.IGNORECASE)
_INCREMENT_ALONE = regex.compile(rf"\s+(?:{phrases(lex.INCREMENT_ALONE)})(?![\p{{L}}])", regex.IGNORECASE)
_INCREMENT_ALONE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.INCREMENT_ALONE_BEFORE)})\s+\Z", regex.IGNORECASE)
_FOREIGN = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.FOREIGN_WORDS)})(?![\p{{L}}])", regex.IGNORECASE)
_RAISING_THE_TOLL_AFTER = regex.compile(rf"[^.;\d]{{0,80}}?(?<![\p{{L}}])(?:{phrases(lex.TOLL_RAISING_VERBS)})\s+the\s+"
                                        r"(?:[\p{L}-]+\s+){0,2}?(?:toll|total|tally|number)(?![\p{L}])", regex.IGNORECASE)
_RISEN_BY_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.RISEN_BY)})\s+\Z"
                                 r"|(?<![\p{L}])(?:toll|tally|total|number)\s+(?:[\p{L}’'-]+\s+){0,3}?by\s+\Z", regex.IGNORECASE)
_RECOVERY = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(lex.RECOVERY_VERBS)})(?![\p{{L}}])", regex.IGNORECASE)
_BODIES_OF = regex.compile(r"(?<![\p{L}])(?:bodies|remains)\s+of\s+(?:only\s+|just\s+|some\s+)?\Z", regex.IGNORECASE)
# A superlative up to the "since" that measures the event against another: "the deadliest terrorist attack on
# a European target since World War II" names no period, and its figure is the other event's.
_SUPERLATIVE_SINCE = rf"(?<![\p{{L}}])(?:{phrases(lex.SUPERLATIVES)})\s+(?:[\p{{L}}’'-]+,?\s+){{0,8}}?since\s+"
_COMPARISON = regex.compile(_SUPERLATIVE_SINCE + r"[^,;:.!?]{1,60}", regex.IGNORECASE)
# The figure of the event a superlative is measured against: "the worst attack since 56 were killed in 2005".
_COMPARED_FIGURE = regex.compile(_SUPERLATIVE_SINCE + r"\Z", regex.IGNORECASE)
# An event the report names as another than its own: "a week after another quake killed 17 people",
# "an earlier quake on Lombok killed 16".
_ANOTHER_EVENT_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:another|an\s+earlier|a\s+previous|the\s+previous|a\s+similar)\s+(?:[\p{{L}}’'-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(phrases(words) for words in lex.EVENT_KINDS.values())})(?![\p{{L}}])[^,;.\d]{{0,60}}\Z", regex.IGNORECASE)
# The months by name, without the three-letter abbreviations ("Mar" is a word too).
_MONTH_NAMES = [m for m in lex_numbers.MONTHS if len(m) > 3 or m == "may"]
# Years back to 1600: "the eruption in 1883 that killed 30,000".
_A_YEAR = r"(?:1[6-9]|20)\d\d"
# The period of an event's figure that its clause puts in a past year or last month: "event: earthquake,
# 2010", "event: attack, last month".
_OF_A_PAST_TIME = regex.compile(rf"event: [^,]+, (?:{_A_YEAR}|last month|last year)")
# A year in the figure's clause: after it ("in 1960", "224 died and 400 were hurt in a 2008 stampede"),
# or before it with no comma between but the one that "when" or a participle opens ("the 2015 attack
# killed 40", "since 1918, when 453 people died", "a store collapsed in 1995, killing more than 500",
# "the 1990 earthquake, which had a magnitude similar to Sunday's, killed 37,000").
_YEAR_AFTER = regex.compile(rf"[^,;.]{{0,80}}?(?<![\p{{L}}])(?:in|of)\s+(?:(?:a|an|the)\s+)?(?P<year>{_A_YEAR})(?![\p{{N}}])")
# A sentence that opens with a past time speaks of that time: "In 2017, a truck bomb killed more than 500
# people", "On January 1, 2022, officials said 12 were killed", "Then in November, an attack killed 130".
_OPENING_TIME = regex.compile(
    rf"(?:(?:Then|And|But)\s+(?:in|on)|In|On)\s+(?:(?P<month>{'|'.join(m.capitalize() for m in _MONTH_NAMES)})\.?"
    rf"(?:\s+\d{{1,2}})?(?:,?\s+(?P<year>{_A_YEAR}))?|(?P<year_only>{_A_YEAR}))\s*,")
_YEAR_BEFORE = regex.compile(rf"(?<![\p{{N}}])(?P<year>{_A_YEAR})(?![\p{{N}}])"
                             r"(?:[^,;.]{0,60}?,\s+(?:(?:when|which|where|\p{Ll}+ing)\s+|which\s+[^,;.\d]{0,80},\s+))?"
                             r"[^,;.\d]{0,80}\Z")
# A past stretch the figure's clause names after it: "240 pilgrims were reported dead last year".
# Not a stretch a superlative measures the event against: "300 died in the worst flood in the past 20 years".
_PAST_AFTER = regex.compile(rf"(?:(?!(?<![\p{{L}}])(?:{phrases(lex.SUPERLATIVES)})(?![\p{{L}}]))[^,;.\d]){{0,60}}?"
                            r"(?<![\p{L}])(?P<time>(?:last|previous)\s+(?:year|month)"
                            r"|(?:[\p{L}\d-]+|a)\s+(?:years?|decades?)\s+ago"
                            # years of events: "17,000 migrants have died at sea in the past 20 years"
                            r"|(?:in|over|during)\s+the\s+(?:past|last|previous)\s+[\p{L}\d-]+\s+(?:years|decades))(?![\p{L}])",
                            regex.IGNORECASE)
# The clause a past time opens for background: "the worst since May, when more than 100 people were killed",
# "since 2005, when extremists bombed the subway, killing 52".
# A place's name may stand between commas: "since 1900, when a storm in Galveston, Texas, killed 6,000".
# Or the event the news came years after: "eight years after the collapse of Spectrum Garments that left 64
# dead" (not days or months after: "four days after a massive explosion at the port left 158 people dead" is
# the report's own event).
_PAST_WHEN = regex.compile(r"(?<![\p{L}])(?:(?P<time>(?:since|last)\s+[\p{L}\d ]{1,30}?),?\s+when\s+"
                           r"|(?P<time>[\p{L}\d-]+\s+(?:years|decades)\s+after)\s+)"
                           r"(?:[^,;.\d]|,\s+(?-i:\p{Lu})[\p{L}-]+,){0,100}(?:,\s+\p{Ll}+ing\s+[^,;.\d]{0,30})?\Z",
                           regex.IGNORECASE)
# A past time's event that the figure's clause tells of: "last year's Paris terrorist attacks, which killed 130 people".
_PAST_TIMES_EVENT = regex.compile(r"(?<![\p{L}])(?P<time>(?:last|previous)\s+(?:year|month))['’]s\s+[^,;.\d]{0,80}"
                                  r"(?:,\s+(?:which|that|when)\s+[^,;.\d]{0,40})?\Z", regex.IGNORECASE)
_SINCE_A_DAY = regex.compile(rf"since\s+(?:(?:{'|'.join(_MONTH_NAMES)})\s+\d{{1,2}}(?!\d)|\d{{1,2}}\s+(?:{'|'.join(_MONTH_NAMES)}))",
                          regex.IGNORECASE)
_NAME = regex.compile(r"(?<=[\s(\"“])\p{Lu}\p{Ll}{2,}(?![\p{L}])")
# "since" opening a time phrase, not the adverb of "have since fled" or "ever since".
_SINCE = regex.compile(r"(?<!(?:\b(?:have|has|had|ever)\s+))(?<![\p{L}])since\s+(?!then\b)[^,;:.!?()\"“”—–]{1,60}",
                       regex.IGNORECASE)


def quantity_key(claim: Claim, document_period: str = "to date",
                 sentence_claims: Sequence[Claim] = ()) -> QuantityKey | None:
    """The key of the quantity a claim gives a figure for, or None when it is not compared.

    ``document_period`` is the period a figure has when its sentence says
    nothing of it; `conflict_groups` works it out from each document's claims.
    ``sentence_claims``, the claims of the claim's sentence, tell a subset
    which figure it is part of.
    """
    if claim.category not in CASUALTY_CATEGORIES or claim.unit or _part_of_a_total(claim, sentence_claims):
        return None
    place = (_two_countries(claim) or _listed_country(claim, sentence_claims)
             or COUNTRY_OF.get(claim.location or "", claim.location) or UNKNOWN_PLACE)
    subject = subject_class(claim.subject)
    if subject == "refugees" and claim.category != "displaced":
        subject = "people"   # "78 migrants" drowned are the shipwreck's dead, however each report calls them
    if subject == "people" and (foreign := _foreign_nationals(claim.subject, place)):
        subject = f"people of {foreign}"   # "70 Indians" among the Hajj dead are a part; "Palestinians" in Gaza are not
    elif subject == "people" and _FOREIGN.search(claim.subject or ""):
        subject = "foreigners"   # "the 26 foreign victims"
    if subject == "people" and _civilians_beside_armed_men(claim, sentence_claims):
        subject = "civilians"
    earlier = {c.category for c in sentence_claims if c.start < claim.start}
    if subject == "others" and claim.category not in earlier and (earlier or claim.category != "killed"):
        # "60,034 killed, with 145,870 others wounded", "There are 249 others who were wounded": the
        # others are all the wounded; "two soldiers and three others were killed" are a part
        subject = "people"
    return QuantityKey(claim.category, subject, place, _period(claim, document_period))


def _civilians_beside_armed_men(claim: Claim, sentence_claims: Sequence[Claim]) -> bool:
    """'killed 14 civilians and two soldiers': the civilians are counted apart from the armed men listed
    beside them (not from troops a few clauses off: "2,500 troops, ..., and not 3,000 civilian lives")."""
    return (bool(claim.subject) and claim.subject.split()[-1].lower() in lex.CIVILIAN_WORDS
            and any(c.category == claim.category and subject_class(c.subject).split(" of ")[0] in lex.PARTY_CLASSES
                    and max(c.start, claim.start) - min(c.end, claim.end) <= lex.LISTED_BESIDE
                    for c in sentence_claims if c is not claim))


def _at(claim: Claim) -> int:
    """Where a claim's figure stands in its sentence (-1 if its text is not there): the rules read around it."""
    return _position(claim.sentence, claim.text)


def _sentence_start(claim: Claim, sentence_claims: Sequence[Claim]) -> int | None:
    """Where a claim's sentence starts in its document, from a figure of the sentence whose text stands
    in it once ("5 … 5 more" leaves the first 5 in doubt); None when every figure's text repeats."""
    for c in (claim, *sentence_claims):
        at = _at(c)
        if at >= 0 and c.sentence.find(c.text, at + 1) < 0:
            return c.start - at
    return None


@lru_cache(maxsize=1 << 14)   # every rule asks it of every claim
def _position(sentence: str, text: str) -> int:
    """The first place ``text`` stands in ``sentence`` as a whole: "12" is not the 12 of "1,127"."""
    at = first = sentence.find(text)
    while at >= 0:
        end = at + len(text)
        if not (at and sentence[at - 1].isalnum()) and not (end < len(sentence) and sentence[end].isalnum()):
            return at
        at = sentence.find(text, at + 1)
    return first


def _part_of_a_total(claim: Claim, sentence_claims: Sequence[Claim]) -> bool:
    """A subset ("including 278 people", "25 of them"), an increment ("91, with two more"), one
    hospital's count, those in one state ("88 have been identified"), a rate ("165 a day") or a
    forecast ("could rise to 20,000") is no rival toll.  A subset that names a class of its
    own ("including 13 American troops") is that class's figure, and compared as such."""
    sentence = claim.sentence
    offset = _sentence_start(claim, sentence_claims)   # where it stands, when its text repeats ("5 … 5 more")
    at = claim.start - offset if offset is not None else _at(claim)
    if at < 0:
        return False
    end = at + len(claim.text)
    subset, whole = _subset(claim, sentence_claims)
    # "two more" after a figure of its kind, or dead opening their sentence's figures ("seven more bodies
    # were recovered"); after a toll, the hurt or missing "more" are all of theirs ("Dozens more were
    # injured", "99 dead and hundreds more missing")
    others = [c for c in sentence_claims if c.start != claim.start]
    increment = (_INCREMENT_AFTER.match(sentence, end) and any(c.category == claim.category for c in others)) or (
        claim.category == "killed"
        and (_INCREMENT_ALONE_BEFORE.search(sentence, max(0, at - 20), at)   # "after a further four deaths"
             or (_INCREMENT_ALONE.match(sentence, end) and not any(c.start < claim.start for c in others)))) \
        or _RAISING_THE_TOLL_AFTER.match(sentence, end) \
        or _RISEN_BY_BEFORE.search(sentence, max(0, at - 30), at)
    of_the_next = any(_OF_THE_NEXT.fullmatch(sentence, end, c.start - offset) for c in others
                      if offset is not None and c.start > claim.start and c.category == claim.category)
    return bool((subset and subject_class(claim.subject) == subject_class(whole.subject if whole else None))
                or of_the_next
                or _in_brackets_after_a_figure(claim, sentence_claims) or _told_place_by_place(claim, sentence_claims)
                or _in_a_county(sentence, at, end) or _PLACE_ALONE_AFTER.match(sentence, end)
                or _PLACE_ALONE_BEFORE.search(sentence, max(0, at - 100), at) or increment
                or _FAMILY_AFTER.match(sentence, end)
                or _PART_COUNT.match(sentence, end) or _STATUS_PART.match(sentence, end) or _STATUS_ADVERB.match(sentence, end)
                or _STATUS_PART_BEFORE.search(sentence, max(0, at - 40), at)
                or _PART_COUNT_BEFORE.search(sentence, max(0, at - 120), at)
                or _RATE_AFTER.match(sentence, end) or _RATE_BEFORE.search(sentence, max(0, at - 30), at)
                or (_FORECAST_BEFORE.search(sentence, max(0, at - 50), at)
                    and claim.text.split()[0].lower() not in lex.ESTIMATE_AFTER_MODAL)   # "could exceed 500"
                or _FORECAST_AFTER.match(sentence, end))


def _subset(claim: Claim, sentence_claims: Sequence[Claim]) -> tuple[bool, Claim | None]:
    """Whether a figure is a subset, and of which figure.  "3,004 killed, including 278 conscripts,
    seven shabiha and four officers": all three are parts of the 3,004, the list going on from
    its first item."""
    before = [c for c in sentence_claims if c.start < claim.start]
    if before and _OF_THE_FIGURE.search(before[-1].sentence, max(0, _at(before[-1]) - 12), _at(before[-1])) \
            and _BREAKDOWN_GAP.fullmatch(claim.sentence, _at(before[-1]) + len(before[-1].text), _at(claim)):
        return True, before[-1]   # "Of the 130 who died, at least 80 were at the concert", "Of the 86 deaths -- 22 were"
    item = claim
    while True:
        sentence, at = item.sentence, _at(item)
        if _SUBSET_BEFORE.search(sentence, max(0, at - 40), at) or _SUBSET_AFTER.match(sentence, at + len(item.text)):
            return True, next((c for c in reversed(before) if c.category == item.category), None)
        previous = before[-1] if before else None
        if not (previous and previous.category == item.category and 0 < item.start - previous.end <= at
                and _LIST_GAP.fullmatch(sentence, at - (item.start - previous.end), at)):
            return False, None
        item, before = previous, before[:-1]


def _told_place_by_place(claim: Claim, sentence_claims: Sequence[Claim]) -> bool:
    """ "105 died in Jajarkot and 52 in Rukum West", "North Carolina with 56 deaths and South Carolina
    with 30": a toll told place by place gives parts of the whole, unless every place is a country
    ("30 in Syria and 12 in Iraq" are each a country's)."""
    same_kind = [c for c in sentence_claims if c.category == claim.category]
    offset = _sentence_start(claim, sentence_claims)
    if offset is None or claim not in same_kind:
        return False
    told = False   # whether the figure before was told for a place
    for first, second in zip(same_kind, same_kind[1:]):
        gap = (first.end - offset, second.start - offset)
        # figures of two classes are told class by class, whatever place follows: "19 children and two adults in Uvalde"
        if 0 <= gap[0] <= gap[1] and subject_class(first.subject) == subject_class(second.subject):
            places = _places_of_a_list(claim.sentence, gap, second.end - offset)
            # not when every place is a country, or each in a country of its own ("29 died in India's
            # Odisha state and 13 in Bangladesh")
            by_place = bool(places) and not all(map(_is_country, places)) \
                and not _each_in_a_country_of_its_own(places)
            # a first figure no place is told for, a comma and not "and" before the next, is their whole:
            # "More than 80 … died, 37 in New York City"; not "105 were killed and 52 in Rukum district"
            whole_first = not _PLACE_LIST_GAP.fullmatch(claim.sentence, *gap) \
                and not _PLACE_PREPOSITION.search(claim.sentence, *gap) and not _AND.search(claim.sentence, *gap)
            if by_place and (claim is second or (claim is first and not whole_first)):
                return True
            if claim is second and told and _LIST_GAP.fullmatch(claim.sentence, *gap) \
                    and _RESPECTIVELY_AFTER.match(claim.sentence, second.end - offset):
                return True
            told = by_place
    return False


def _places_of_a_list(sentence: str, gap: tuple[int, int], second_end: int) -> list[str]:
    """The places two listed figures are told for, or [] when the figures are not listed by place."""
    if named_before := _PLACE_LIST_GAP.fullmatch(sentence, *gap):
        return [named_before["place"]]
    named_after = [_IN_PLACE_AFTER.match(sentence, end) for end in (gap[0], second_end)]
    if named_after[1] and _LIST_GAP.fullmatch(sentence, *gap):
        return [m["place"] for m in named_after if m]
    return []


def _in_brackets_after_a_figure(claim: Claim, sentence_claims: Sequence[Claim]) -> bool:
    """ "327 cases (279 men, 47 women, 1 boy)", "247 fatalities — 242 from the aircraft and 5 from the
    hostel": a breakdown in brackets or after a dash after a figure, two figures or more; one alone
    restates the figure ("79,602 households (approximately 345,140 people)")."""
    offset = _sentence_start(claim, sentence_claims)
    if offset is None:
        return False
    at = claim.start - offset
    for before in sentence_claims:
        if before.end <= claim.start and (breakdown := _BRACKETED_BREAKDOWN.fullmatch(claim.sentence, before.end - offset, at)):
            opening = breakdown.start("open")
            closing = claim.sentence.find(")" if breakdown["open"] == "(" else breakdown["open"], opening + 1)
            closing = len(claim.sentence) if closing < 0 else closing
            inside = [c for c in sentence_claims if opening < c.start - offset < closing]
            return len(inside) >= 2
    return False


def _two_countries(claim: Claim) -> str | None:
    """ "Malawi and Mozambique" when the figure's clause puts its event in both: a toll of two countries
    is neither's."""
    at = _at(claim)
    both = _IN_TWO_PLACES.search(claim.sentence, max(0, at - 80), at + len(claim.text) + 80) if at >= 0 else None
    if both and _is_country(both["first"]) and _is_country(both["second"]):
        return " and ".join(sorted((PLACE_NAMES[both["first"]], PLACE_NAMES[both["second"]])))
    return None


def _in_a_county(sentence: str, at: int, end: int) -> bool:
    """ "At least 68 people were killed by the flooding in Kerr County", "The confirmed dead are in Kerr
    County, 103": a county's figure, near the figure in its sentence."""
    return bool(_IN_COUNTY.search(sentence, max(0, at - 60), min(len(sentence), end + 60)))


def _listed_country(claim: Claim, sentence_claims: Sequence[Claim]) -> str | None:
    """The country a figure of a list told country by country is for: "killing 446 in Mozambique, 259 in
    Zimbabwe and 56 in Malawi" puts each figure in its own country, not all in the sentence's."""
    countries = {}
    for i, c in enumerate(c for c in sentence_claims if c.category == claim.category):
        at = _at(c)
        if at < 0:
            continue
        named = _IN_PLACE_AFTER.match(c.sentence, at + len(c.text)) or (
            _IN_PLACE_BEFORE.search(c.sentence, max(0, at - 80), at) if i == 0 else None)   # "In Mozambique, … 446"
        if named and _is_country(named["place"]):
            countries[c.start] = PLACE_NAMES[named["place"]]
    return countries.get(claim.start) if len(set(countries.values())) > 1 else None


def _each_in_a_country_of_its_own(names: list[str]) -> bool:
    """Whether two places or more are each known and in a different country ("India's Odisha", "Bangladesh")."""
    countries = {COUNTRY_OF.get(found[0].place, found[0].place) for found in map(mentions, names) if found}
    return len(names) > 1 and len(countries) == len(names)


def _is_country(name: str) -> bool:
    place = PLACE_NAMES.get(name)
    return bool(place) and COUNTRY_OF.get(place) == place


def _foreign_nationals(subject: str | None, place: str) -> str | None:
    """The country a demonym names ("Indians" -> India), when it is not the place of the figure."""
    head = (subject or "").split()[-1:]
    country = COUNTRY_OF.get(PLACES.get(head[0], ""), "") if head and head[0][:1].isupper() else ""
    return country if country and country != place else None


def subject_class(subject: str | None) -> str:
    """'Syrian rebel fighters' -> 'fighters'; 'Turkish personnel' -> 'soldiers of Turkey'.

    >>> subject_class("Turkish personnel"), subject_class("civilians"), subject_class(None)
    ('soldiers of Turkey', 'people', 'people')
    """
    if not subject:
        return "people"
    words = subject.replace("-", " ").split()
    if len(words) > 1 and words[-1].lower() in lex.MEMBER_WORDS and words[-2].lower() in SUBJECT_CLASSES:
        words = words[:-1]   # "13 staff members", "five crew members": the staff, the crew
    lowered = " ".join(words[-2:]).lower()
    head = words[-1].lower()
    cls = (SUBJECT_CLASSES.get(lowered) or SUBJECT_CLASSES.get(head) or SUBJECT_CLASSES.get(head.rstrip("s"))
           or SUBJECT_CLASSES.get(f"{head}s"))   # "tourist" as "tourists"
    if cls is None:   # "Syrians", "Palestinians" are people; "student" and "students" one class
        return "people" if words[-1][:1].isupper() else head if head.endswith(("s", "en")) else f"{head}s"
    party = next((COUNTRY_OF.get(PLACES[w], PLACES[w]) for w in words[:-1] if w in PLACES), None)
    return f"{cls} of {party}" if party and cls in lex.PARTY_CLASSES else cls


def document_period(text: str) -> str:
    """What a document is about, as the period of its figures that say nothing of theirs:
    the kind of event it reports most ("event: earthquake"), unless it speaks more of a war (`to date`).

    >>> document_period("The earthquake killed 2,000. Aftershocks hit the quake zone.")
    'event: earthquake'
    """
    kinds = Counter(m.lastgroup for m in _events_named(text))
    kind, count = (kinds.most_common(1) or [(None, 0)])[0]
    wars = len(_WAR.findall(text))
    if kind is None:
        return "to date" if wars else UNNAMED_EVENT
    disaster = kind.replace("_", " ") in lex.DISASTER_KINDS
    if not (count > wars or (disaster and count == wars)):
        return "to date"
    storm = _storm_of_report(text) if kind == "flood" else None
    return _storm(storm) if storm else _event(kind)


def _events_named(text: str) -> list[regex.Match]:
    """The event words of a text but those of an event feared ("fears of an epidemic outbreak") and the
    outbreak of a fire or of fighting ("the outbreak of the blaze")."""
    return [m for m in _EVENT_KIND.finditer(text) if not _FEARED.search(text, max(0, m.start() - 40), m.start())
            and not (m.lastgroup == "epidemic" and _OUTBREAK_OF.match(text, m.end()))]


def _storm_of_report(text: str) -> str | None:
    """The storm a report is about: named in its lead or more than once in it, and the most of any.
    Every mention counts, titled or not ("making Helene the deadliest storm"), but not one in a
    comparison ("since Hurricane Katrina") or of a year ("caused by Hurricane Harvey in 2017")."""
    lead = lead_end(text)
    weights: dict[str, tuple[int, int]] = {}
    for name in {m["name"] for m in _STORM.finditer(text)}:
        mentions = [m.start() for m in regex.finditer(rf"(?<![\p{{L}}]){name}(?![\p{{L}}])", text)
                    if not _compared(text, m.start()) and not _YEAR_AFTER.match(text, m.end())]
        if mentions:
            weights[name] = (len(mentions) + (2 if mentions[0] < lead else 0), -mentions[0])
    best = max(weights, key=weights.__getitem__, default=None)
    return best if best and weights[best][0] > 1 else None


def _compared(text: str, at: int) -> bool:
    """Whether the storm named at `at` is one another is compared with: "the deadliest since Katrina"."""
    return bool(_COMPARED_STORM.search(text, max(0, at - 60), at))


def document_periods(claims: Iterable[Claim]) -> dict[str, str]:
    """Each document's period, judged from the sentences of its claims (when its text is not at hand)."""
    sentences: dict[str, dict[str, None]] = defaultdict(dict)
    for claim in claims:
        sentences[claim.doc][claim.sentence] = None
    return {doc: document_period("\n".join(found)) for doc, found in sentences.items()}


def _event(kind: str) -> str:
    return f"event: {kind.replace('_', ' ')}"


def _storm(name: str) -> str:
    return f"event: storm {name}"


def _kind(period: str) -> str:
    """The kind of event of a period: 'event: storm Maria' and 'event: flood, 2005' are floods."""
    kind = period.removeprefix("event: ").split(",")[0]
    return "flood" if kind.startswith("storm ") else kind


def _named_storm(period: str) -> bool:
    return period.startswith("event: storm ")


def _period(claim: Claim, document_period: str) -> str:
    period = _unnamed_period(claim, document_period)
    if _kind(period) != "flood":
        return period
    # The storm named nearest the figure, but not one it is compared with ("the deadliest hurricane
    # since Hurricane Katrina"); else the one its report is about.
    at = _at(claim)
    storms = [m for m in _STORM.finditer(claim.sentence) if not _compared(claim.sentence, m.start("name"))]
    if storms:
        return _storm(min(storms, key=lambda storm: abs(storm.start() - at))["name"])
    return document_period if _named_storm(document_period) else period


def _unnamed_period(claim: Claim, document_period: str) -> str:
    kinds = _events_named(claim.sentence)
    at = _at(claim)
    # the event word nearest the figure: "the blaze …, surpassing a tsunami that killed 61 people"
    nearest = _event(min(kinds, key=lambda kind: abs(kind.start() - at)).lastgroup) if kinds else None
    if _kind(document_period) in lex.DISASTER_KINDS:
        # "to date, 1,023 people have been killed" in a quake is still the quake's toll
        return nearest if nearest and _kind(nearest) in lex.DISASTER_KINDS else document_period
    # "the deadliest since 1979" names no period; blanked, not cut, so that the cues keep their places
    cues = _COMPARISON.sub(lambda comparison: " " * len(comparison.group()), claim.sentence)
    if since := _since(claim, cues):
        return since
    if _CUMULATIVE.search(cues) or (_TOTAL.search(cues) and document_period == "to date"):
        return "to date"   # "so far" counts a war in a war's report, the event in an event's
    if nearest:
        return nearest
    if _campaign_of_figure(claim, cues, document_period) or document_period == "to date":
        return _sub_period(claim) or "to date"
    return document_period


def _campaign_of_figure(claim: Claim, cues: str, document_period: str) -> bool:
    """Whether a war or a crisis the sentence names is the figure's: any in a war's report, only one
    near the figure in an event's ("accused the attackers of trying to spark an ethnic conflict" is not),
    and not "the crisis" that is the event itself ("killed during the crisis" of a hostage siege)."""
    if document_period == UNNAMED_EVENT or not document_period.startswith("event"):
        return bool(_CAMPAIGN.search(cues))
    at = _at(claim)
    return any(abs(m.start() - at) <= lex.NEAR_THE_FIGURE and m.group().lower() not in lex.THE_EVENTS_OWN
               for m in _CAMPAIGN.finditer(cues))


def _since(claim: Claim, cues: str) -> str | None:
    """A "since …" phrase gives `to date` when it starts the war ("since Israel declared war on
    Hamas", "since March 2011", or a day beside a running total or a campaign: "the overall toll
    … since July 16"), the event's when it names one ("since the blast"), and its own stretch
    otherwise ("since the end of the truce", "since August 25" of an exodus).  Not a phrase that holds
    the figure: "one month since the train disaster killed 47 people" tells the disaster's toll."""
    at = _at(claim)
    phrase = next((m for m in _SINCE.finditer(cues) if not m.start() < at < m.end()), None)
    if not phrase:
        return None
    if _CUMULATIVE.search(phrase.group()) or _WAR.search(phrase.group()) or (
            _SINCE_A_DAY.match(phrase.group()) and (_CUMULATIVE.search(cues) or _TOTAL.search(cues) or _CAMPAIGN.search(cues))):
        return "to date"
    if event := _EVENT_KIND.search(phrase.group()):
        return _event(event.lastgroup)   # "missing since the blast": the blast's toll, as it stands
    time = claim.time if (claim.time or "").lower().startswith("since") else phrase.group()
    return " ".join(time.lower().split())


def _sub_period(claim: Claim) -> str | None:
    """ "4,727 in October": a running total's part, named by a time phrase right after the figure.
    Not when a toll reaches the figure ("the death toll exceeded 1,000 on Thursday") or a report
    gives it ("900 dead, the U.N. said Monday"): those say when."""
    at = _at(claim)
    m = _SUB_PERIOD.search(claim.sentence, at + len(claim.text), at + len(claim.text) + 80) if at >= 0 else None
    if not m or _TOLL_BEFORE.search(claim.sentence, max(0, at - 80), at) \
            or _REPORT_DAY_BEFORE.search(claim.sentence, max(0, m.start() - 30), m.start()):
        return None
    return f"{m.group().lower()}, {claim.date}" if claim.date else m.group().lower()


def _recent_hours(claim: Claim) -> str | None:
    """ "33 people were killed in the floods over the last 24 hours": the last hours of an event, named
    right after the figure; not when a toll reaches the figure ("the toll rose to 94 in the past 24 hours")."""
    at = _at(claim)
    m = _RECENT_HOURS.search(claim.sentence, at + len(claim.text), at + len(claim.text) + 80) if at >= 0 else None
    if not m or _TOLL_BEFORE.search(claim.sentence, max(0, at - 80), at):
        return None
    return " ".join(m.group().lower().split())


def conflict_groups(claims: Iterable[Claim], include_agreeing: bool = False,
                    periods: Mapping[str, str] | None = None) -> list[ConflictGroup]:
    """Groups of two or more claims for one quantity, widest spread first.

    Without ``include_agreeing`` only groups whose figures differ are kept.
    ``periods`` gives `document_period` of each document's text where it is at
    hand; other documents are judged from the sentences of their claims.
    """
    groups = [g for g in _quantities(claims, periods) if len(g.claims) > 1]
    if not include_agreeing:
        groups = [g for g in groups if g.conflicting]
    return sorted(groups, key=lambda g: (-(g.spread or 0), g.key.describe()))


def timelines(claims: Iterable[Claim], periods: Mapping[str, str] | None = None) -> list[ConflictGroup]:
    """Every quantity with its figures in document-date order: how a toll grew, who revised it."""
    return sorted(_quantities(claims, periods), key=lambda g: g.key.describe())


def _quantities(claims: Iterable[Claim], known: Mapping[str, str] | None) -> list[ConflictGroup]:
    claims = list(claims)
    periods = document_periods(c for c in claims if not known or c.doc not in known) | dict(known or {})
    by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_sentence[claim.doc, claim.sentence].append(claim)
    # parts a whole report tells
    parts = _regional_parts(claims) | _bodies_found_below_the_toll(claims) | _local_parts(claims, periods)
    by_key: dict[QuantityKey, list[Claim]] = defaultdict(list)
    storms_of_the_past: set[int] = set()
    for claim in claims:
        key = quantity_key(claim, periods.get(claim.doc, "to date"), by_sentence[claim.doc, claim.sentence])
        if key is not None and (claim.doc, claim.start) not in parts:
            past = _earlier_event(claim) if key.period.startswith("event") else None
            if past and _named_storm(key.period) and key.period.removeprefix("event: storm ") in claim.sentence:
                # "last year's Hurricane Maria": still Maria's toll; not "the hurricane of 1900" in a report on Maria
                storms_of_the_past.add(id(claim))
            elif past:
                key = replace(key, period=f"{key.period}, {past}")
            elif key.period.startswith("event") and (recent := _recent_hours(claim)):
                key = replace(key, period=f"{key.period}, {recent}")
            by_key[key].append(claim)
    _separate_days_from_running_tolls(by_key)
    _join_unnamed_parties(by_key)
    _join_unplaced(by_key)
    _join_kinds_of_one_incident(by_key)
    _join_unnamed_events(by_key)
    _join_pupils_to_children(by_key)
    _join_storm_aliases(by_key)
    _join_unnamed_storms(by_key, storms_of_the_past)
    of_its_time = _join_the_events_own_time(by_key)
    return [leave_out_likely_parts(ConflictGroup(key, tuple(sorted(members, key=_claim_order))))
            for key, all_members in by_key.items()
            for members in (_split_events(all_members, key.period, of_its_time)
                            if key.period.startswith("event") and not _named_storm(key.period) else [all_members])]


def _separate_days_from_running_tolls(by_key: dict[QuantityKey, list[Claim]]) -> None:
    """A report that gives one running toll two figures an order of magnitude apart, in different
    sentences, gives two things: "at least 112 Palestinians seeking aid were killed" is that day's
    event, "the death toll in the nearly five-month conflict rose to over 30,000" the war's."""
    for key in [k for k in by_key if k.period == "to date"]:
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for claim in by_key[key]:
            by_doc[claim.doc].append(claim)
        days = []
        for found in by_doc.values():
            largest = max(found, key=lambda c: c.value or 0)
            days += [c for c in found if (c.value or 0) * _ORDER_OF_MAGNITUDE <= (largest.value or 0)
                     and c.sentence != largest.sentence]
        if days:
            moved = {id(c) for c in days}
            by_key[key] = [c for c in by_key[key] if id(c) not in moved]
            by_key[replace(key, period=UNNAMED_EVENT)].extend(days)


def _regional_parts(claims: list[Claim]) -> set[tuple[str, int]]:
    """The figures a document gives region by region ("At least 20 people died in South Carolina",
    "Florida's death toll is at seven"): when its sentences put figures of one kind in two or more
    regions of a country, each is a part of the country's toll, but for the region the document
    puts most of its figures in (Gaza's toll beside the West Bank's)."""
    parts = set()
    by_doc: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.doc, claim.category].append(claim)
    for (doc, _), found in by_doc.items():
        main = Counter(c.location for c in found).most_common(1)[0][0]
        toll = max(c.value or 0 for c in found)
        named = [c for c in found if _names_a_region(c) and c.location != main and (c.value or 0) < toll]
        if len({c.location for c in named} | ({main} if main and _is_region(main) else set())) >= 2:
            parts |= {(c.doc, c.start) for c in named}
    return parts


def _local_parts(claims: list[Claim], periods: Mapping[str, str]) -> set[tuple[str, int]]:
    """A figure below the largest of its kind its report gives, told for one place: in the report of a
    disaster of a wide area, for a town, district or province ("300 people were confirmed dead in Basey
    town" of a typhoon's 2,360), or for a region other than the one its report puts most figures in
    ("at least 239 people died in Cagayan de Oro"); in any report, for one site ("at the Bataclan,
    where 89 were killed" of 130) or one floor ("11 on the second floor")."""
    largest: dict[tuple[str, str], float] = defaultdict(float)
    places: dict[str, Counter[str | None]] = defaultdict(Counter)
    for claim in claims:
        if claim.qualifier != "vague":
            largest[claim.doc, claim.category] = max(largest[claim.doc, claim.category], claim.value or 0)
        places[claim.doc][claim.location] += 1
    parts = set()
    for claim in claims:
        at = _at(claim)
        if at < 0 or claim.qualifier == "vague" or (claim.value or 0) >= largest[claim.doc, claim.category]:
            continue
        period = periods.get(claim.doc, "to date")
        wide = _kind(period) in lex.WIDE_AREA_KINDS or _named_storm(period)
        if (wide and (_LOCALITY.search(claim.sentence, max(0, at - 100), at + len(claim.text) + 80)
                      or (_names_a_region(claim) and claim.location != places[claim.doc].most_common(1)[0][0]))) \
                or _SITE_WHERE_BEFORE.search(claim.sentence, max(0, at - 80), at) \
                or _FLOOR_AFTER.match(claim.sentence, at + len(claim.text)):
            parts.add((claim.doc, claim.start))
    return parts


def _bodies_found_below_the_toll(claims: list[Claim]) -> set[tuple[str, int]]:
    """ "Six bodies have been recovered" of 17 dead, "four bodies were recovered on Monday" of 158,
    "scores of bodies scattered through the hotel" of 170: bodies found or seen so far, half the toll
    their report gives or fewer, are a part of it; near the toll or where no toll is given they are
    the toll ("78 bodies were recovered", the toll 79)."""
    largest: dict[str, float] = defaultdict(float)
    for claim in claims:
        if claim.category == "killed" and claim.qualifier != "vague":
            largest[claim.doc] = max(largest[claim.doc], claim.value or 0)
    return {(c.doc, c.start) for c in claims
            if c.category == "killed" and (c.value or 0) * 2 <= largest[c.doc] and _bodies_found(c)}


def _bodies_found(claim: Claim) -> bool:
    at = _at(claim)
    bodies = (claim.subject or "").lower().rsplit(" ", 1)[-1] in lex.BODY_WORDS or (
        at >= 0 and _BODIES_OF.search(claim.sentence, max(0, at - 20), at))
    return bool(bodies) and bool(_RECOVERY.search(claim.sentence))


def _names_a_region(claim: Claim) -> bool:
    return bool(claim.location) and _is_region(claim.location) and claim.location in claim.sentence


def _is_region(place: str) -> bool:
    return COUNTRY_OF.get(place, place) != place


def _join_unnamed_parties(by_key: dict[QuantityKey, list[Claim]]) -> None:
    """ "13 service members" joins "13 U.S. troops" when the U.S. is the only party whose soldiers
    that place and period count."""
    for key in [k for k in by_key if k.subject_class in lex.PARTY_CLASSES]:
        named = [k for k in by_key if k.subject_class.startswith(f"{key.subject_class} of ")
                 and (k.category, k.place, k.period) == (key.category, key.place, key.period)]
        if len(named) == 1:
            by_key[named[0]].extend(by_key.pop(key))


def _join_unplaced(by_key: dict[QuantityKey, list[Claim]]) -> None:
    """A figure whose place is unknown ("Lahaina" is in no gazetteer) joins the one placed group
    that counts the same thing over the same period: of those, the ones reported within two weeks
    of it, and of those the one whose sentences share the most names with its own ("Pylos")."""
    for key in [k for k in by_key if k.place == UNKNOWN_PLACE]:
        placed = [k for k in by_key if k.place != UNKNOWN_PLACE
                  and (k.category, k.subject_class, k.period) == (key.category, key.subject_class, key.period)]
        placed = _reported_near(by_key[key], placed, by_key) if len(placed) > 1 else placed
        placed = _sharing_names(by_key[key], placed, by_key) if len(placed) > 1 else placed
        if len(placed) == 1:
            by_key[placed[0]].extend(by_key.pop(key))


def _reported_near(claims: list[Claim], keys: list[QuantityKey],
                   by_key: dict[QuantityKey, list[Claim]]) -> list[QuantityKey]:
    days = [d for d in map(_day, (c.date for c in claims)) if d]
    near = [k for k in keys if any(abs((d - other).days) <= lex.EVENT_DAYS_APART_OTHERWISE
                                   for d in days for other in map(_day, (c.date for c in by_key[k])) if other)]
    return near or keys


def _sharing_names(claims: list[Claim], keys: list[K], claims_of: Mapping[K, list[Claim]]) -> list[K]:
    """Of ``keys``, those whose claims share the most names with ``claims``, and of those the ones that the
    most reports tell; all of them when none shares a name."""
    names = _names(claims)
    shared = {k: (len(names & _names(claims_of[k])), len({c.doc for c in claims_of[k]})) for k in keys}
    best = max(shared.values())
    return [k for k in keys if shared[k] == best] if best[0] else keys


def _names(claims: list[Claim]) -> set[str]:
    """The capitalised words of the claims' sentences but their first: "Pylos", "Itaewon", "Hathras"."""
    return {word for c in claims for word in _NAME.findall(c.sentence, 1)}


def _join_kinds_of_one_incident(by_key: dict[QuantityKey, list[Claim]]) -> None:
    """Reports of one incident call it by turns a blast, an accident, a fire: in a place where one
    report gives figures to events of two such kinds, or reports of each kind name the same town or
    region ("the tanker explosion in Jigawa", "the accident in Jigawa"), the event groups of those
    kinds that count the same thing are one event, named by the kind most of their figures have."""
    kinds_seen: dict[tuple[str, tuple[str, str]], set[str]] = defaultdict(set)   # in a report, or at a locality
    for key, claims in by_key.items():
        if key.period.removeprefix("event: ") in _INTERCHANGEABLE:
            for claim in claims:
                kinds_seen[key.place, ("report", claim.doc)].add(key.period)
                for locality in _localities(claim.sentence, key.place):
                    kinds_seen[key.place, ("locality", locality)].add(key.period)
    same_event: dict[tuple[str, str], str] = {}   # (place, kind) -> the kind it is one event with

    def root(place: str, kind: str) -> str:
        while (found := same_event.get((place, kind), kind)) != kind:
            kind = found
        return kind

    for (place, _), kinds in kinds_seen.items():
        for first, other in combinations(sorted(kinds), 2):
            if any(first.removeprefix("event: ") in one and other.removeprefix("event: ") in one
                   for one in lex.INTERCHANGEABLE_KINDS):
                same_event[place, root(place, other)] = root(place, first)
    incidents: dict[tuple, list[QuantityKey]] = defaultdict(list)
    for key in by_key:
        if key.period.removeprefix("event: ") in _INTERCHANGEABLE:
            incidents[key.category, key.subject_class, key.place, root(key.place, key.period)].append(key)
    for keys in incidents.values():
        main = max(keys, key=lambda k: (len(by_key[k]), k.period))
        for key in keys:
            if key != main:
                by_key[main].extend(by_key.pop(key))


def _localities(sentence: str, country: str) -> set[str]:
    """The towns and regions of ``country`` that a sentence names: "Jigawa", "Majiya"."""
    return {PLACES[name] for name in _NAME.findall(sentence, 1)
            if name in PLACES and PLACES[name] != country and COUNTRY_OF.get(PLACES[name]) == country}


def _join_unnamed_events(by_key: dict[QuantityKey, list[Claim]]) -> None:
    """A report that names no kind of event ("153 people were killed in the alley") joins the one
    event group that counts the same thing in the same place; of several, the one whose sentences
    share the most names with its own ("Rana Plaza", "Savar"), when one shares more than the rest."""
    for key in [k for k in by_key if k.period == UNNAMED_EVENT]:
        named = [k for k in by_key if k.period.startswith("event: ") and "," not in k.period   # not a past one
                 and (k.category, k.subject_class, k.place) == (key.category, key.subject_class, key.place)]
        if len(named) > 1:
            named = _sharing_names(by_key[key], named, by_key)
        if len(named) == 1:
            by_key[named[0]].extend(by_key.pop(key))


def _join_pupils_to_children(by_key: dict[QuantityKey, list[Claim]]) -> None:
    """A school's students are the children its other reports count ("19 students" and "19 children" of
    an elementary school), when a report of them names a school and none a university."""
    for key in [k for k in by_key if k.subject_class in lex.PUPIL_CLASSES]:
        children = replace(key, subject_class="children")
        if children not in by_key:
            continue
        sentences = [c.sentence for c in (*by_key[key], *by_key[children])]
        if any(map(_SCHOOL.search, sentences)) and not any(map(_UNIVERSITY.search, sentences)):
            by_key[children].extend(by_key.pop(key))


def _join_storm_aliases(by_key: dict[QuantityKey, list[Claim]]) -> None:
    """A storm its reports call by two names ("Typhoon Rai (Odette)", its international and its local name)
    is one storm, named by the name first in the alphabet (whichever way round a report gives them)."""
    one_name: dict[str, str] = {}
    for m in (m for claims in by_key.values() for c in claims for m in _STORM_ALIAS.finditer(c.sentence)):
        one_name[max(m["name"], m["alias"])] = min(m["name"], m["alias"])
    for key in [k for k in by_key if _named_storm(k.period)]:
        name = key.period.removeprefix("event: storm ")
        if one_name.get(name, name) != name:
            by_key[replace(key, period=_storm(one_name[name]))].extend(by_key.pop(key))


def _join_unnamed_storms(by_key: dict[QuantityKey, list[Claim]], of_the_past: set[int]) -> None:
    """A flood that its report does not name ("the floods in Derna") is the storm of that place when
    other reports name one there (Storm Daniel), or of several the one whose reports share the most
    names with its own; not a storm they name as a past one ("the 68 deaths caused by Hurricane
    Harvey in 2017")."""
    storms: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for key, claims in by_key.items():
        if _named_storm(key.period) and any(id(c) not in of_the_past for c in claims):
            storms[key.place][key.period].extend(claims)
    for key in [k for k in by_key if k.period == _event("flood") and k.place in storms]:
        # a storm whose reports count the same thing, else the one sharing the most names
        counting = [storm for storm in sorted(storms[key.place]) if replace(key, period=storm) in by_key]
        named = counting if len(counting) == 1 else \
            _sharing_names(by_key[key], sorted(storms[key.place]), storms[key.place])
        if len(named) == 1:
            by_key[replace(key, period=named[0])].extend(by_key.pop(key))


def _earlier_event(claim: Claim) -> str | None:
    """When an earlier event that a figure's own clause names took place: "a tsunami that killed
    61 people in 1960", "since 1918, when 453 people died", "the worst since May, when 100 were
    killed", "240 were reported dead last year", "the worst attack since 56 were killed", "a week
    after another quake killed 17".  A year counts when it is earlier than the document's date; in a
    document without one, a named year is taken to be past: reports of a current event seldom name
    its year, their background paragraphs do."""
    at = _at(claim)
    if at < 0:
        return None
    if (opening := _OPENING_TIME.match(claim.sentence)) and _before_the_document(opening, claim.date):
        return " ".join(opening.group().rstrip(", ").lower().split())
    if _ANOTHER_EVENT_BEFORE.search(claim.sentence, max(0, at - 100), at):
        return "earlier"   # "a week after another quake killed 17"
    if _COMPARED_FIGURE.search(claim.sentence, max(0, at - 80), at):
        return "compared"   # "the worst attack since 56 were killed in the London bombings"
    if past := (_PAST_WHEN.search(claim.sentence, max(0, at - 120), at)
                or _PAST_AFTER.match(claim.sentence, at + len(claim.text))
                or _PAST_TIMES_EVENT.search(claim.sentence, max(0, at - 140), at)):
        return " ".join(past["time"].lower().split())
    named = _YEAR_AFTER.match(claim.sentence, at + len(claim.text)) or _YEAR_BEFORE.search(claim.sentence, 0, at)
    year = int(named["year"]) if named else None
    return str(year) if year and (not _day(claim.date) or year < int(claim.date[:4])) else None


def _before_the_document(opening: regex.Match, iso_date: str | None) -> bool:
    """Whether a sentence's opening time is before its document's date (any named year is, in an
    undated document; a month alone is only when the document's date says so)."""
    year = int(opening["year"] or opening["year_only"] or 0)
    day = _day(iso_date)
    if not day:
        return bool(year)
    month = lex_numbers.MONTHS.get((opening["month"] or "").lower(), 0)
    return (year or day.year, month) < (day.year, day.month) if (year or month) else False


def _join_the_events_own_time(by_key: dict[QuantityKey, list[Claim]]) -> dict[int, str]:
    """A figure its clause puts in a past year or last month ("Haiti's devastating 2010 earthquake was
    more than 316,000" a year on, "512 people died in last month's explosion") is of the event that
    time's reports tell, when such reports count the same thing: it joins them.  Returns the time of
    each figure so joined ("2010", "2017-10"), by the claim's id."""
    of_its_time: dict[int, str] = {}
    for key in [k for k in by_key if _OF_A_PAST_TIME.fullmatch(k.period)]:
        period, past = key.period.rsplit(", ", 1)
        event = replace(key, period=period)
        dates = [c.date or "" for c in by_key.get(event, ())]
        for claim in by_key[key]:
            if (time := _time_meant(claim, past)) and any(d.startswith(time) for d in dates):
                of_its_time[id(claim)] = time
                by_key[event].append(claim)
        if rest := [c for c in by_key[key] if id(c) not in of_its_time]:
            by_key[key] = rest
        else:
            del by_key[key]
    return of_its_time


def _time_meant(claim: Claim, past: str) -> str | None:
    """The year or the month ("2017-10") a past time names, as of its claim's date: "2010" is 2010
    whatever the date, "last month" and "last year" need one."""
    if past.isdigit():
        return past
    day = _day(claim.date)
    if not day:
        return None
    if past == "last month":
        return f"{day.year - (day.month == 1)}-{(day.month - 2) % 12 + 1:02d}"
    return str(day.year - 1)   # last year


def _split_events(claims: list[Claim], period: str, of_its_time: Mapping[int, str]) -> list[list[Claim]]:
    """Event figures of documents dated further apart than an event of their kind is counted for
    are of different events; an undated report's figures go with the event whose sentences share the
    most names with its own ("Morbi", "Machchu"), else with the event most figures are of; a figure
    its clause puts in a past time goes with the event of that time."""
    kind = _kind(period)
    days_apart = lex.EVENT_DAYS_APART.get(kind, lex.EVENT_DAYS_APART_OTHERWISE)
    dated = sorted((c for c in claims if _day(c.date) and id(c) not in of_its_time), key=lambda c: _day(c.date))
    if not dated:
        return [claims]
    runs: list[list[Claim]] = [[dated[0]]]
    for claim in dated[1:]:
        if (_day(claim.date) - _day(runs[-1][-1].date)).days > days_apart:
            runs.append([])
        runs[-1].append(claim)
    for claim in (c for c in claims if id(c) in of_its_time):
        next((run for run in runs if any((c.date or "").startswith(of_its_time[id(claim)]) for c in run)),
             runs[0]).append(claim)
    undated: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if not _day(claim.date) and id(claim) not in of_its_time:
            undated[claim.doc].append(claim)
    names = [_names(run) for run in runs]
    for found in undated.values():
        own = _names(found)
        best = max(range(len(runs)), key=lambda i: (len(own & names[i]), len(runs[i])))
        runs[best].extend(found)
    return runs


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _claim_order(claim: Claim):
    return (claim.date or "", claim.doc, claim.start)
