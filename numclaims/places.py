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
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from numclaims.lexicon.places import GOVERNMENT_METONYMS, PLACE_NAMES, PLACES
from numclaims.lexicon.quantities import DISASTER_WORDS, WAR_NAMES
from numclaims import patterns
from numclaims.patterns import phrases


def _name_lengths() -> dict[str, tuple[int, ...]]:
    """How many words the names that open with a word have, longest first, keyed by the word as a
    capitalised run spells it ("Syria's", "Gaza,"): a run is only looked up from these words."""
    lengths: dict[str, set[int]] = {}
    for name in PLACES:
        first, *rest = name.split()
        for tail in ("", "'s", "’s", ".", ","):
            lengths.setdefault(first + tail, set()).add(1 + len(rest))
    return {word: tuple(sorted(counts, reverse=True)) for word, counts in lengths.items()}


_NAME_LENGTHS = _name_lengths()

# A run of capitalised words, with the small words that join place names between them.
_CAPITALISED_RUN = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:of|the|and|al|el|ez)[ \t-]+)*\p{Lu}[\p{L}'’.-]*)*")
_WORD = regex.compile(r"[^\s]+")
_POSSESSIVE = regex.compile(r"['’]s$|[.,]$")
# The patterns that end in \Z are only asked whether they match: searched from the end (REVERSE),
# they answer at once instead of trying every start in their window.
_PREPOSITION_BEFORE = regex.compile(
    r"(?i:in|near|at|across|around|into|outside|inside)\s+(?:(?i:the)\s+)?"
    r"(?:(?i:northern|southern|eastern|western|central|north|south|east|west|northeast|northwest|southeast|"
    r"southwest|north-east|north-west|south-east|south-west)\s+)?\Z",
    regex.REVERSE)
_WAR_AFTER = regex.compile(rf"\s+(?:(?i:civil)\s+)?(?i:{phrases((*WAR_NAMES, *DISASTER_WORDS))})(?![\p{{L}}])")
_WAR_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:{phrases((*WAR_NAMES, *DISASTER_WORDS))})\s+(?i:in|on|over)\s+\Z", regex.REVERSE)


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
    words = run.split()    # most runs hold no place: their words are looked up before they are located
    spans = None
    found = []
    i = 0
    while i < len(words):
        for j in [i + n for n in _NAME_LENGTHS.get(words[i], ()) if i + n <= len(words)]:
            phrase = _POSSESSIVE.sub("", " ".join(words[i:j]))
            if phrase in PLACES:
                spans = spans or [w.span() for w in _WORD.finditer(run)]
                found.append((spans[i][0], spans[j - 1][1], PLACES[phrase], phrase in PLACE_NAMES))
                i = j
                break
        else:
            i += 1
    return tuple(found)


@dataclass(frozen=True, slots=True)
class EventPlace:
    """A place named after a preposition that puts an event in it: "in Gaza", "near eastern Aleppo"."""

    mention: PlaceMention
    preposition_start: int


def event_places(text: str, found: list[PlaceMention]) -> list[EventPlace]:
    """Of the mentions ``found`` in ``text``, those named after a preposition, each looked for once
    per document: the places its events are put in."""
    return [EventPlace(m, before.start()) for m in found
            if m.by_name and m.place not in GOVERNMENT_METONYMS
            and (before := _PREPOSITION_BEFORE.search(text, max(0, m.start - 40), m.start))]


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
    """The place a document is about, from its mentions ``found`` and its ``events``: the one it names
    beside 'war' or 'floods', else the one it most often puts events in ("in Gaza"), else its most named."""
    named = [m for m in found if m.place not in GOVERNMENT_METONYMS]
    for chosen in ([m for m in named if _WAR_AFTER.match(text, m.end) or _WAR_BEFORE.search(text, max(0, m.start - 30), m.start)],
                   [e.mention for e in events],
                   named):
        if chosen:
            return Counter(m.place for m in chosen).most_common(1)[0][0]
    return None
