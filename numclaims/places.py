"""Places in a text: which ones it names, where an event happened, and what a document is about.

Places are found by looking capitalised phrases up in the gazetteer
(`lexicon.places`), not by a regex of every name: the table can grow without
slowing the start of the program.

>>> [(m.place, m.by_name) for m in mentions("Syrian forces shelled Aleppo and the Democratic Republic of the Congo.")]
[('Syria', False), ('Aleppo', True), ('Congo', True)]
>>> text = "Fighting in Gaza went on. Israeli strikes hit Gaza City. Aid reached Gaza."
>>> found = mentions(text)
>>> main_place(text, found, event_places(text, found))
'Gaza'
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
import unicodedata

import regex

from numclaims.lexicon.places import (AGENT_WORDS, ATTACK_ON_WORDS, COUNTRY_OF, GOVERNMENT_METONYMS, NAME_HEADS_AFTER,
                                      PLACE_NAMES, PLACES, WORLD_REGIONS)
from numclaims.lexicon.quantities import DISASTER_WORDS, WAR_NAMES
from numclaims import patterns
from numclaims.patterns import phrases
from numclaims.wordscan import starts_of


def _name_lengths() -> dict[str, tuple[int, ...]]:
    """How many words the names that open with a word have, longest first: a capitalised run is
    only looked up from these words."""
    lengths: dict[str, set[int]] = defaultdict(set)
    for name in PLACES:
        first, _, rest = name.partition(" ")
        lengths[first].add(1 + rest.count(" ") + bool(rest))
    return {first: tuple(sorted(counts, reverse=True)) for first, counts in lengths.items()}


_NAME_LENGTHS = _name_lengths()

# A run of capitalised words, with the small words that join place names between them ("Cote d'Ivoire").
_CAPITALISED_RUN = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:of|the|and|al|el|ez|de|del|la|do|da|dos|das|di|du|des)[ \t-]+)*(?:d['’])?\p{Lu}[\p{L}'’.-]*)*"
    # "Niger state" is a state of Nigeria, "Niger" a country
    r"(?:[ \t]+state(?![\p{L}]))?")
_WORD = regex.compile(r"[^\s]+")
# After these, a capitalised word ends a longer name the gazetteer does not hold: "Lanao del Norte".
_NAME_TAIL_AFTER = frozenset({"de", "del", "la", "do", "da", "dos", "das", "di", "du", "des"})
_POSSESSIVE = regex.compile(r"['’]s$|[.,]$")
# The patterns that end in \Z are only asked whether they match: searched from the end (REVERSE),
# they answer at once instead of trying every start in their window.
_PREPOSITION_BEFORE = regex.compile(
    r"(?i:in|near|at|across|around|into|outside|inside|off|off\s+the\s+(?:\p{L}+\s+)?coast\s+of"
    rf"|(?i:{phrases(ATTACK_ON_WORDS)})\s+(?i:on|of|against))\s+(?:(?i:the)\s+)?"
    r"(?:(?i:northern|southern|eastern|western|central|north|south|east|west|northeast|northwest|southeast|"
    r"southwest|north-east|north-west|south-east|south-west|neighboring|neighbouring|nearby)\s+)?\Z",
    regex.REVERSE)
# After a possessive place, what makes it who strikes: "Russia's March 16 strike", "Israel's forces".
_AGENT_AFTER_POSSESSIVE = regex.compile(rf"\s+(?:[\p{{L}}\d-]+\s+){{0,3}}?(?i:{phrases(AGENT_WORDS)})(?![\p{{L}}])")
# After a place, an attack on somewhere else: "in Russia 'terrorist' attack on Ukraine city".
_ATTACK_ON_AFTER = regex.compile(rf"[\s'‘’\"“”]+(?:[\p{{L}}'‘’\"“”-]+\s+){{0,2}}?(?i:{phrases(ATTACK_ON_WORDS)})\s+(?i:on|against)\s")
_LOWER_CASE_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}{2,}")
# A place an event clause follows: "neighboring Mozambique, where at least 76 people have died".
_WHERE_AFTER = regex.compile(r",?\s+where(?![\p{L}])")
# A place that counts its own dead: "The state of Morelos, just south of the capital, was hardest hit with 42
# deaths", "Puebla saw 11 deaths".
_ASIDE = r"(?:,[^,.;\d]{1,60},)?"   # "The state of Morelos, south of the capital, was hardest hit"
_COUNTING_PLACE_AFTER = regex.compile(_ASIDE + r"\s+(?:was|were)?\s*(?:saw|recorded|registered|suffered|"
                                      r"hardest\s+hit|worst\s+hit|worst\s+affected)(?![\p{L}])")
# A country that reports or raises its own toll counts its own dead: "Sri Lanka, severely afflicted, raised its toll
# to 27,268", "India has reported 1,350 deaths".  Not a town: "Health Minister Ali Haji Aden reported".
_COUNTRY_COUNTING_AFTER = regex.compile(_ASIDE + r"\s+(?:has\s+|have\s+)?(?:reported|raised\s+its|"
                                        r"put\s+its|puts\s+its|counted)(?![\p{L}])")
_FROM_BEFORE = regex.compile(r"(?<![\p{L}])(?i:from)\s+(?:(?i:the)\s+)?\Z")
_WAR_AFTER = regex.compile(rf"\s+(?:(?i:civil)\s+)?(?i:{phrases((*WAR_NAMES, *DISASTER_WORDS))})(?![\p{{L}}])")
_WAR_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:{phrases((*WAR_NAMES, *DISASTER_WORDS))})\s+(?i:in|on|over)\s+\Z", regex.REVERSE)


# At most this much of a report is its lead.
LEAD_CHARS = 600
# A paragraph's opening up to a wire dateline's dash or colon: "ISTANBUL –", "Delhi/Kathmandu, 04 Nov:".
_DATELINE_OPENING = 60
_DATELINE = regex.compile(rf"(?:^|\n)[^\n:–—]{{0,{_DATELINE_OPENING}}}?(?:[:–—]|\s-\s)")
# No dateline match is longer (a line break, the opening, " - "): it is looked for in no more text, as
# regex's search for the characters a match must hold would otherwise run on to the end of the document.
_DATELINE_MATCH_CHARS = 1 + _DATELINE_OPENING + 3
# What ends a dateline: a place it names is followed, within the line's opening, by one of these.
_DATELINE_MARK = regex.compile(r"[:–—-]")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    place: str          # the normalised name
    by_name: bool       # "Syria", not the adjective "Syrian"


def mentions(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every place named in ``text[start:end]``, longest names first where they overlap."""
    return [PlaceMention(run.start() + a, run.start() + b, place, by_name)
            for run in _CAPITALISED_RUN.finditer(text, start, len(text) if end is None else end,
                                                 timeout=patterns.SCAN_TIMEOUT)
            for a, b, place, by_name in _places_in_run(run.group())]


@lru_cache(maxsize=1 << 14)   # a text names its places again and again
def _places_in_run(run: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The places a capitalised run names: where each stands in the run, its name and whether by name."""
    run = _ascii(run)      # the gazetteer spells "Sao Paulo", the news "São Paulo"
    # most runs hold no place: their words are looked up before they are located; a dateline's or a
    # headline's capitals are the name's ("LAS VEGAS -"), an initialism's are its own ("US")
    words = [w.title() if w.isupper() and len(w) > 2 and w not in _NAME_LENGTHS else w for w in run.split()]
    spans = None
    found = []
    i = 0
    while i < len(words):
        # as a run spells the word: "Syria's", "Gaza,"; not a name's tail ("Surigao del Norte" is no "Norte")
        lengths = () if i and words[i - 1] in _NAME_TAIL_AFTER else (
            _NAME_LENGTHS.get(words[i]) or _NAME_LENGTHS.get(_POSSESSIVE.sub("", words[i]), ()))
        for j in [i + n for n in lengths if i + n <= len(words)]:
            phrase = _POSSESSIVE.sub("", " ".join(words[i:j]))
            # "Mexico Beach" is no Mexico
            if phrase in PLACES and not (j < len(words) and _POSSESSIVE.sub("", words[j]) in NAME_HEADS_AFTER):
                spans = spans or [w.span() for w in _WORD.finditer(run)]
                found.append((spans[i][0], spans[j - 1][1], PLACES[phrase], phrase in PLACE_NAMES))
                i = j
                break
        else:
            i += 1
    return tuple(found)


def _ascii(text: str) -> str:
    """``text`` with each accented letter as its base letter and ’ as ', one character for one, so
    that offsets hold."""
    return text if text.isascii() else "".join(map(_ascii_letter, text))


@lru_cache(maxsize=None)
def _ascii_letter(letter: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c))
    return "'" if letter == "’" else base if len(base) == 1 else letter


@dataclass(frozen=True, slots=True)
class EventPlace:
    """A place an event is put in: named after a preposition ("in Gaza", "near eastern Aleppo") or
    before "where"."""

    mention: PlaceMention
    preposition_start: int


def event_places(text: str, found: list[PlaceMention]) -> list[EventPlace]:
    """Of the mentions ``found`` in ``text``, those named after a preposition or before "where", each
    looked for once per document: the places its events are put in."""
    wheres = starts_of(text, "where")   # found once, not once per place
    return [EventPlace(m, before.start() if before else m.start) for m in found
            if m.by_name and m.place not in GOVERNMENT_METONYMS
            and ((before := _PREPOSITION_BEFORE.search(text, max(0, m.start - 40), m.start))
                 or _where_after(text, wheres, m.end) or _COUNTING_PLACE_AFTER.match(text, m.end)
                 or (COUNTRY_OF.get(m.place) == m.place and _COUNTRY_COUNTING_AFTER.match(text, m.end)))
            and not _attacker(text, m)]   # asked last: only of the few places an event is put in


def event_places_within(text: str, events: list[EventPlace], start: int, end: int) -> list[PlaceMention]:
    """Of a document's ``events``, the places that ``text[start:end]`` (a sentence) puts an event in:
    its own words must hold the preposition."""
    i = bisect_left(events, start, key=lambda e: e.mention.start)
    chosen = []
    while i < len(events) and events[i].mention.start < end:
        m = events[i].mention
        # A preposition found before the sentence's start is looked for again within it.
        if events[i].preposition_start >= start or _PREPOSITION_BEFORE.search(text, max(start, m.start - 40), m.start):
            chosen.append(m)
        i += 1
    return chosen


def main_place(text: str, found: list[PlaceMention], events: list[EventPlace]) -> str | None:
    """The place a document is about, from its mentions ``found`` and its ``events``: the one its lead
    names beside 'war' or 'floods' (a war named further down is background: "refugees from the civil
    war in Syria" in a report on a shipwreck off Italy); else, of the country it names most (a place
    it puts an event in, "in Gaza", counts twice; "Russian missiles" say whose, not where, and count
    half, as do a place named as who strikes, "Russia's strike", and one named as where someone comes
    from, "militants from Somalia"), the place it names most.  A dateline's place is where the report
    was filed ("Delhi/Kathmandu, 04 Nov:"): it counts only when the lead names no other place."""
    named = [m for m in found if m.place not in GOVERNMENT_METONYMS]
    lead = lead_end(text)
    dated = [_in_dateline(text, m) for m in named]
    if any(m.start < lead and not in_dateline for m, in_dateline in zip(named, dated)):
        named = [m for m, in_dateline in zip(named, dated) if not in_dateline]
    beside_war = [m for m in named if m.start < lead and (_WAR_AFTER.match(text, m.end)
                                                          or _WAR_BEFORE.search(text, max(0, m.start - 30), m.start))]
    if beside_war:
        return Counter(m.place for m in beside_war).most_common(1)[0][0]
    put_in = {e.mention.start for e in events}
    # Whether a place is named as where (_by_name) is costly to ask, so each mention that turns on it first
    # counts half and is asked only if its other half could change the answer.
    weights, doubt, doubtful = Counter(), Counter(), []
    for m in named:
        in_lead = 2 if m.start < lead else 1
        weights[m.place] += (2 if m.start in put_in else 0.5) * in_lead
        if m.start not in put_in and m.by_name:
            doubt[m.place] += 0.5 * in_lead
            doubtful.append(m)
    if not weights:
        return None
    place, settled = _named_most(weights, doubt)
    if settled:
        return place
    for m in doubtful:
        if _by_name(text, m):
            weights[m.place] += 0.5 * (2 if m.start < lead else 1)
    return _named_most(weights, Counter())[0]


def _named_most(weights: Counter, doubt: Counter) -> tuple[str, bool]:
    """Of the country with most weight, the place with most, and whether no place's weight growing by
    up to its ``doubt`` could change that."""
    by_country, country_doubt = Counter(), Counter()
    for place, weight in weights.items():
        by_country[COUNTRY_OF.get(place, place)] += weight
        country_doubt[COUNTRY_OF.get(place, place)] += doubt[place]
    rank = lambda country, more=0: (country not in WORLD_REGIONS, by_country[country] + more)
    country = max(by_country, key=rank)
    places = [place for place in weights if COUNTRY_OF.get(place, place) == country]
    place = max(places, key=weights.__getitem__)
    # ties go to the first named, which more weight elsewhere could overturn: only a clear lead is settled
    settled = (all(rank(other, country_doubt[other]) < rank(country) for other in by_country if other != country)
               and all(weights[other] + doubt[other] < weights[place] for other in places if other != place))
    return place, settled


def _by_name(text: str, m: PlaceMention) -> bool:
    """Whether a place is named as where something is, not as whose ("Russian missiles"), who strikes
    or where someone comes from."""
    return m.by_name and not _attacker(text, m) and not _origin(text, m)


def _where_after(text: str, wheres: list[int], end: int) -> bool:
    """Whether "where" follows a place: "neighboring Mozambique, where at least 76 people have died".
    ``wheres`` are the starts of "where" in ``text``."""
    # Only a comma and white space may stand between the place and its "where", so the match is looked for
    # up to the next "where" only: regex's own search for it would run on to the end of the document.
    i = bisect_left(wheres, end)
    return i < len(wheres) and bool(_WHERE_AFTER.match(text, end, wheres[i] + len("where") + 1))


def _attacker(text: str, m: PlaceMention) -> bool:
    """Whether a place is named as who strikes: "Russia's March 16 strike", "Russia attack on Mariupol"."""
    return bool(_AGENT_AFTER_POSSESSIVE.match(text, m.end) if text[m.end - 2:m.end] in ("'s", "’s")
                else _ATTACK_ON_AFTER.match(text, m.end))


def _origin(text: str, m: PlaceMention) -> bool:
    """Whether a place is named as where someone comes from: "suspected Al-Shabab militants from Somalia"."""
    return bool(_FROM_BEFORE.search(text, max(0, m.start - 10), m.start))


def lead_end(text: str) -> int:
    """Where a report's lead ends: its first two lines of prose (a headline and the first paragraph,
    or the first paragraph), which say where the news happened; the rest gives background."""
    end = 0
    for _ in range(2):
        next_line = text.find("\n", end + 1)
        while 0 <= next_line < len(text) - 1 and text[next_line + 1] == "\n":
            next_line += 1
        end = len(text) if next_line < 0 else next_line
    return min(end, LEAD_CHARS)


def _in_dateline(text: str, mention: PlaceMention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    start = max(0, line_start - 1)
    # most places stand further into their line, or have no colon or dash after them in its opening
    if (mention.start - line_start >= _DATELINE_OPENING
            or not _DATELINE_MARK.search(text, max(0, mention.end - 2), start + _DATELINE_MATCH_CHARS)):
        return False
    dateline = _DATELINE.match(text, start, start + _DATELINE_MATCH_CHARS)
    return (bool(dateline) and mention.end <= dateline.end()
            and not _LOWER_CASE_WORD.search(text, line_start, dateline.end()))   # "Mariupol bombing:" is a headline
