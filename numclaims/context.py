"""NumberSpan + Sentence -> Claim: what each figure counts, where, when, who says so.

Each rule reads the words around a figure inside its sentence, in this order:

1. *Non-claims* go first: durations, ages, multipliers, magnitudes, fractions
   and "one" used as a pronoun count nothing.
2. *Category*: the nearest cue word in the figure's clause ("killed",
   "refugees", "home to"), unless the counted noun is not a person.
3. *Subject*: the noun phrase after the figure ("6,400 people"), or the one a
   "number of"/"deaths of" phrase names before it.
4. *Attribution*: who states the figure (see `numclaims.attribution`).
5. *Stance*: "reports that … were false", "denied that …".
6. *Place and time*: a place in the sentence or the document's main place;
   the nearest time phrase.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

import regex

from numclaims.attribution import SpeakerMemory, read_speakers
from numclaims.lexicon import context as cues
from numclaims.lexicon.attribution import REPORTING_VERBS, SPEAKER_HEADS
from numclaims.lexicon.numbers import MONTHS, TIME_UNITS
from numclaims.lexicon.quantities import DISASTER_WORDS, WAR_NAMES
from numclaims.model import CASUALTY_CATEGORIES, Claim, Document, NumberSpan, Sentence
from numclaims.places import EventPlace, event_places, event_places_within, main_place, mentions
from numclaims.patterns import phrases
from numclaims.units import KNOWN as _KNOWN_UNITS
from numclaims.wordscan import OpenerScan, PhraseScan, matches_at

_TIME_UNIT_NAMES = frozenset(TIME_UNITS.values())

_CUE = PhraseScan(cues.CATEGORY_CUES, after_hyphen=False)
_CUE_TRAP = PhraseScan({None: cues.CATEGORY_CUE_TRAPS})
# A time unit after a figure with no unit of its own makes a duration too ("six days"): one pattern asks both.
_NON_CLAIM_AFTER = regex.compile("|".join(f"(?:{p})" for p in cues.NON_CLAIM_AFTER)
                                 + r"|(?P<duration>[\s-]*(?:year|month|week|day|hour|minute|decade)s?\b)",
                                 regex.IGNORECASE)
# The patterns that end in \Z are only asked whether they match; searched from the end (REVERSE),
# they answer at once instead of trying every start in their window.
_NON_CLAIM_BEFORE = regex.compile("(?:" + "|".join(cues.NON_CLAIM_BEFORE) + r")\Z", regex.IGNORECASE | regex.REVERSE)
_PRONOUN_ONE_AFTER = regex.compile("|".join(cues.PRONOUN_ONE_AFTER), regex.IGNORECASE)
_PRONOUN_ONE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(cues.PRONOUN_ONE_BEFORE)})\s+\Z",
                                 regex.IGNORECASE | regex.REVERSE)

# A clause ends at these marks; a figure's cue must stand inside its clause.
# Not a colon or a dash that a figure follows: "People killed: 501", "Total death toll – 403" label it.
# Nor the dashes around a short aside: "Hundreds — perhaps thousands — are missing".
_CLAUSE_BREAK = regex.compile(r"[;\[\]]|:(?!\s*\d)"
                              r"|\s[–—-]\s(?!\d)(?![^–—-]{1,40}\s[–—-]\s)(?<![–—-]\s[^–—-]{1,40}\s[–—-]\s)"
                              r"|,\s+(?:but|while|whereas|although|and|where|which|who)\b")
# The marks a clause break opens with, and the dash whose space before it opens one: the regex above is
# matched only there.  The re module passes over the other characters far faster than a regex tried at each.
_CLAUSE_BREAK_MARK = re.compile(r"[;\[\]:,–—-]")
_DASHES = "–—-"
_LIST_LINK = regex.compile(rf"[,(]|(?<![\p{{L}}])(?i:{phrases(cues.LIST_LINKS)})(?![\p{{L}}])")
_TOLL_ANAPHORA = regex.compile(rf"(?<![\p{{L}}])(?i:{phrases(cues.TOLL_ANAPHORA)})(?![\p{{L}}])[^.;:\d]{{0,60}}\Z",
                            regex.REVERSE)
_TOLL_LINK_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:{phrases(cues.TOLL_LINKS)})\s+\Z", regex.REVERSE)
# What stands before the figure a toll was revised from: "to 41 from the previously reported 49", "62 not 162",
# "60 victims instead of the 92", "55 as against the 50".
_REVISED_FROM = regex.compile(rf"(?<![\p{{L}}])(?:{phrases(cues.REVISED_FROM)})\s+(?:the\s+)?"
                              r"(?:(?:previously|initially|earlier|originally|first)\s+)?"
                              r"(?:(?:reported|announced|given|confirmed|stated|estimated)\s+)?\Z", regex.IGNORECASE)
_QUALIFYING_OF = regex.compile(r"\s+(?:[\p{L}-]+\s+)?(?:of|from)\s+")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
# More figures than this in a sentence, one every so many characters or closer, make it a table.
_DENSE_MIN_FIGURES = 20
_DENSE_CHARS_PER_FIGURE = 25
_AUXILIARY = frozenset("is are was were be been being has have had do does did will would can could may "
                       "might must shall should".split())
_NOT_PARTING = _AUXILIARY | cues.NOT_PARTING

_DENIAL_BEFORE = PhraseScan({None: cues.DENIAL_BEFORE})
_DENIAL_AFTER = PhraseScan({None: cues.DENIAL_AFTER})
# A date that opens with its day, in the lower-cased text: a match may start at either digit ("4 June", "12 June").
_DAY = rf"\d\d?\s+(?:{'|'.join(MONTHS)})"
_TIME = OpenerScan(regex.compile("|".join(f"(?:{p})" for p in cues.TIME_PHRASES)), cues.TIME_OPENERS, also=_DAY)
_CONFLICT_WORDS = (*WAR_NAMES, *DISASTER_WORDS)
# "the conflict", "the five-year war", "the uprising": a figure about the war as a whole.
_CONFLICT_REFERENCE = regex.compile(rf"(?i:the\s+(?:[\p{{L}}\d-]+\s+){{0,2}}(?:{phrases(_CONFLICT_WORDS)})\b)")
# Its words, looked up in the sentence's words before the regex is tried at every character.
_CONFLICT_WORD = PhraseScan({None: _CONFLICT_WORDS})
_NUMBER_OF = regex.compile(
    r"(?i:(?:number|numbers|total|count|tally|deaths|death|bodies|lives)\s+of\s+(?:the\s+|its\s+|their\s+|those\s+)?+)"
    r"(?!(?i:killed|wounded|injured|dead|displaced|missing|unaccounted)\b)"    # "the number of those killed" counts people
    r"(?:(?i:reported|confirmed|registered|recorded|known)\s+)?"    # "the number of reported missing persons"
    r"(?P<np>(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)\s+(?=(?i:killed|wounded|injured|dead|missing|unaccounted|displaced|still|now|who|that|in|by|from|to|rose|has|had|was|were|is|are|could|would|may|might|will|can|should|must|since|at|reached|hit|stood|stands|reported|recorded|confirmed|registered|documented|caused|resulting|linked|related|attributed|due|recovered|retrieved|found|identified)\b|\p{Ll}{2,}ly\b)")   # "the number of deaths directly or indirectly related"
_OF_AFTER = regex.compile(r"\s+of\s+(?:(?P<owner>its|their|his|her|our|the)\s+|(?:those|these)\s+)?")
_OF_NOUN = regex.compile(r"\s+of\s+([\p{L}-]+)")
# An initialism with its stops is one word: "12 U.S. service members".
_NP_WORD = regex.compile(r"\s*(?P<w>(?:\p{Lu}\.){2,}|[\p{L}][\p{L}'’-]*)")


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What every claim of one document shares."""

    doc: Document
    events: list[EventPlace]     # the places the document puts events in, in order
    main_place: str | None


def document_context(doc: Document) -> DocumentContext:
    found = mentions(doc.text)
    events = event_places(doc.text, found)
    return DocumentContext(doc, events, main_place(doc.text, found, events))


def refer_back(claims: list[Claim], sentence: Sentence, toll: str | None) -> tuple[list[Claim], str | None]:
    """A figure of no category that its sentence ties to "that number", or that calls itself a
    figure ("the 537,000 figure given at the weekend"), counts what the document's last toll
    counted: "… about 6,000 people were confirmed dead.  But a Red Crescent representative put
    that number higher, at 11,300."  ``toll`` is the category of the last
    casualty figure before the sentence; the one after it is returned with the claims."""
    read = []
    for claim in claims:
        at = claim.start - sentence.start
        names_a_toll = bool(claim.subject) and claim.subject.split()[0].lower() in cues.TOLL_NOUNS
        if (toll and claim.category == "other" and not claim.unit
                and (names_a_toll or not claim.subject and _TOLL_ANAPHORA.search(sentence.text, max(0, at - 80), at))):
            claim = replace(claim, category=toll, subject=None)
        if claim.category in CASUALTY_CATEGORIES:
            toll = claim.category
        read.append(claim)
    return read, toll


def claims_in_sentence(ctx: DocumentContext, sentence: Sentence, spans: list[NumberSpan],
                       memory: SpeakerMemory) -> list[Claim]:
    """The claims among ``spans`` (document offsets) of one sentence.

    ``memory`` is kept by the caller across the sentences of a document: the
    speakers named so far, for pronouns and for quotations that go on.
    """
    local = [(s.start - sentence.start, s.end - sentence.start, s) for s in spans]
    kept = [(start, end, span) for start, end, span in local if _is_claim(sentence.text, start, end, span)]
    if not kept:
        memory.note(sentence.text)   # who it names is read only if a later pronoun asks
        return []
    speakers = read_speakers(sentence.text, memory, tuple(start for start, _, _ in local))
    if _is_dense(sentence.text, kept):
        return [_bare_claim(ctx, sentence, span, speakers) for _, _, span in kept]
    scan = _Scan.of(sentence.text)
    subjects = [_subject(sentence.text, start, end, span) for start, end, span in kept]
    drafts = []
    for i, (start, end, span) in enumerate(kept):
        prev_end = kept[i - 1][1] if i else 0
        # a figure restated in brackets right after it, or one that counts what its people are of, is no
        # neighbour: "three hundred and sixty-one (361) injured", "29 people of 18 nationalities were killed"
        after = i + 2 if i + 1 < len(kept) and (_restates(sentence.text, kept[i], kept[i + 1])
                                                or _qualifies(sentence.text, end, kept[i + 1], subjects[i + 1])) else i + 1
        next_start = kept[after][0] if after < len(kept) else len(sentence.text)
        subject = subjects[i]
        reading = _category(sentence.text, scan, start, end, prev_end, next_start, span, subject)
        drafts.append(_Draft(start, end, span, subject or reading.subject, reading.category, reading.cued))
    _share_list_categories(sentence.text, drafts)
    times = _TIME.finditer(sentence.text)
    places = event_places_within(ctx.doc.text, ctx.events, sentence.start, sentence.end)
    # Asked only where it counts: of a sentence that puts an event in a place, in a document about one.
    about_the_war = bool(places) and bool(ctx.main_place) and _refers_to_the_conflict(sentence.text)
    return [_claim(ctx, sentence, d.span, d.category, d.subject,
                   location=_location(places, about_the_war, sentence.start + d.start, ctx.main_place),
                   time=_time(times, d.end), attributed_to=speakers.of_figure(d.start, d.end),
                   stance="denied" if _denied(sentence.text, scan, d.start, d.end) else "asserted")
            for d in drafts]


def _is_dense(sentence: str, kept: list) -> bool:
    """A "sentence" with a figure every few characters is a table or noise: its words say nothing of each figure."""
    return len(kept) > _DENSE_MIN_FIGURES and len(kept) * _DENSE_CHARS_PER_FIGURE > len(sentence)


def _bare_claim(ctx: DocumentContext, sentence: Sentence, span: NumberSpan, speakers) -> Claim:
    return _claim(ctx, sentence, span, "other", None, location=ctx.main_place, time=None,
                  attributed_to=speakers.of_figure(span.start - sentence.start, span.end - sentence.start),
                  stance="asserted")


def _claim(ctx: DocumentContext, sentence: Sentence, span: NumberSpan, category: str, subject: str | None,
           **context) -> Claim:
    """A figure with what it counts (``context``: location, time, attributed_to, stance) and its document's metadata."""
    return Claim(
        doc=ctx.doc.id, start=span.start, end=span.end, text=ctx.doc.text[span.start:span.end],
        value=span.value, low=span.low, high=span.high, qualifier=span.qualifier, unit=span.unit,
        category=category, subject=subject, source=ctx.doc.source, date=ctx.doc.date,
        sentence=sentence.text, **context)


@dataclass(slots=True)
class _Draft:
    """A claim while its sentence is read: the category may still come from its list."""

    start: int
    end: int
    span: NumberSpan
    subject: str | None
    category: str
    cued: bool   # the category came from a cue, not from the lack of one


# --- 1. non-claims -----------------------------------------------------------

def _is_claim(sentence: str, start: int, end: int, span: NumberSpan) -> bool:
    if span.kind != "cardinal":
        return False
    if span.unit in _TIME_UNIT_NAMES or span.unit in cues.MEASURE_UNITS_NOT_COUNTS:
        return False   # durations, distances, areas, speeds: they count nothing
    after = _NON_CLAIM_AFTER.match(sentence, end)
    if (after and not (span.unit and after.lastgroup == "duration")) \
            or _NON_CLAIM_BEFORE.search(sentence, max(0, start - 30), start):   # "five-year conflict", "aged 12"
        return False
    if span.value == 1 and span.text.lower().endswith("one"):
        if _PRONOUN_ONE_AFTER.match(sentence, end) or _PRONOUN_ONE_BEFORE.search(sentence, max(0, start - 12), start):
            return False
    return True


# --- 2. category ---------------------------------------------------------------

def _restates(sentence: str, figure: tuple[int, int, NumberSpan], following: tuple[int, int, NumberSpan]) -> bool:
    """Whether ``following`` restates ``figure`` in brackets right after it: "thirty-nine (39)"."""
    (_, end, span), (start, following_end, again) = figure, following
    return (sentence[end:start].strip() == "(" and sentence[following_end:].lstrip().startswith(")")
            and span.value == again.value)


def _qualifies(sentence: str, end: int, following: tuple[int, int, NumberSpan], its_subject: str | None) -> bool:
    """Whether ``following`` counts things that qualify the people the figure ending at ``end`` counts:
    "29 people of 18 nationalities", "51 people from three cities"."""
    return (bool(its_subject) and not _is_person(its_subject)
            and bool(_QUALIFYING_OF.fullmatch(sentence, end, following[0])))


def _clause_break_starts(sentence: str) -> list[int]:
    """Where a clause break may start: at its mark, or one character before a dash (the space of " – ")."""
    starts = []
    for mark in _CLAUSE_BREAK_MARK.finditer(sentence):
        at = mark.start()
        if sentence[at] not in _DASHES:
            starts.append(at)
        elif at:
            starts.append(at - 1)
    return starts


def _clause_bounds(scan: _Scan, start: int, end: int, prev_end: int, next_start: int) -> tuple[int, int]:
    """The figure's clause: from the last break before it to the first after, within its neighbours."""
    i = bisect_left(scan.break_starts, start) - 1
    left = max(prev_end, scan.breaks[i].end()) if i >= 0 and scan.breaks[i].end() <= start else prev_end
    j = bisect_left(scan.break_starts, end)
    right = min(next_start, scan.break_starts[j]) if j < len(scan.breaks) else next_start
    return left, right


@dataclass(frozen=True, slots=True)
class _Scan:
    """What one pass over a sentence finds, for the rules that read around each of its figures.

    Figures can stand close together (a list, a table); asking each one's
    questions of these lists keeps a sentence's cost linear in its length.
    """

    cues: list            # cue matches outside traps, in order
    cue_starts: list[int]
    breaks: list          # clause breaks, in order
    break_starts: list[int]
    denials_before: list[int]   # where each "denied …" phrase ends
    denials_after: list[int]    # where each "… were false" phrase starts

    @classmethod
    def of(cls, sentence: str) -> _Scan:
        traps = [(m.start(), m.end()) for m in _CUE_TRAP.finditer(sentence)]
        cue_matches = [m for m in _CUE.finditer(sentence) if not any(a <= m.start() < b for a, b in traps)]
        breaks = matches_at(_CLAUSE_BREAK, sentence, _clause_break_starts(sentence))
        return cls(cue_matches, [m.start() for m in cue_matches], breaks, [m.start() for m in breaks],
                   [m.end() for m in _DENIAL_BEFORE.finditer(sentence)],
                   [m.start() for m in _DENIAL_AFTER.finditer(sentence)])

    def cues_between(self, left: int, right: int):
        i = bisect_left(self.cue_starts, left)
        while i < len(self.cues) and self.cues[i].start() < right:
            if self.cues[i].end() <= right:
                yield self.cues[i]
            i += 1


@dataclass(frozen=True, slots=True)
class _CategoryReading:
    category: str
    cued: bool
    subject: str | None = None   # the toll a figure is linked to, when it names no subject itself


def _category(sentence: str, scan: _Scan, start: int, end: int, prev_end: int, next_start: int,
              span: NumberSpan, subject: str | None) -> _CategoryReading:
    """The nearest cue in the figure's clause; failing that, the toll the figure is linked to."""
    if span.unit or (subject and not _is_person(subject)):
        return _CategoryReading("other", True)   # an amount, a share, or a count of things
    left, right = _clause_bounds(scan, start, end, prev_end, next_start)
    linked = bool(_TOLL_LINK_BEFORE.search(sentence, max(0, start - 30), start))
    if linked and (last := _last_cue(scan, left, start, subject)) and last.group().lower().endswith("toll") \
            and not _counts_another_category(subject, last.lastgroup):
        # "Death toll in Iran bombings rises to 91, many suspects arrested": the last cue before the
        # figure, a toll that rises to it, names what it counts, whatever cue follows nearer.
        return _CategoryReading(last.lastgroup, True, last.group())
    best: tuple[float, str] | None = None
    for m in _usable_cues(scan, left, right, subject):
        if m.end() <= start:
            distance = _words_between(sentence, m.end(), start) + 0.5   # a cue after the figure wins ties
            between = sentence[m.end():start]
            if "," in between or " and " in between:
                distance += 1.5    # "Besides the 13 killed, 15 were wounded", "2,497 were killed and 2,476
                                   # others were injured": the comma or the "and" ends the first cue's reach
            limit = 12
        elif m.start() >= end:
            # auxiliaries do not part a figure from its verb: "over 800 have been reported injured"
            distance, limit = _words_between(sentence, end, m.start(), skipping=_NOT_PARTING), 10
            if "," in sentence[end:m.start()]:
                distance += 1.5    # "Death toll rises to 91, many suspects arrested"
        else:
            continue
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, m.lastgroup)
    if best:
        return _CategoryReading(best[1], True)
    if linked and (toll := _last_cue(scan, 0, start, subject)):
        return _CategoryReading(toll.lastgroup, True, toll.group() if toll.group().lower().endswith("toll") else None)
    if subject and subject.split()[-1].lower() in cues.VICTIM_NOUNS:
        return _CategoryReading("killed", False)
    return _CategoryReading("other", False)


def _counts_another_category(subject: str | None, category: str) -> bool:
    """Whether the figure's own noun is a cue of another category: "many of about 180 injured" after a
    death toll counts the injured."""
    return bool(subject) and any(_CATEGORY_OF_CUE.get(word, category) != category for word in subject.lower().split())


def _last_cue(scan: _Scan, left: int, right: int, subject: str | None):
    return next(reversed(list(_usable_cues(scan, left, right, subject))), None)


def _usable_cues(scan: _Scan, left: int, right: int, subject: str | None):
    for m in scan.cues_between(left, right):
        if m.group().lower() in cues.HOSTING_CUES and not _hosted(subject):
            continue    # "home to 100,000 people" is a population, "home to 3.6 million Syrians" refugees
        yield m


def _hosted(subject: str | None) -> bool:
    if not subject:
        return False
    head = subject.split()[-1]
    return head[:1].isupper() or head.lower() in ("refugees", "migrants", "asylum-seekers", "idps")


def _share_list_categories(sentence: str, drafts: list[_Draft]) -> None:
    """A figure with no cue of its own takes its list's category: "3,004 killed, including 278 conscripts"."""
    for order in (range(1, len(drafts)), range(len(drafts) - 2, -1, -1)):
        for i in order:
            here = drafts[i]
            there = drafts[i - 1] if order.step == 1 else drafts[i + 1]
            if here.cued or there.category == "other":
                continue
            a, b = (there.end, here.start) if order.step == 1 else (here.end, there.start)
            if _listed(sentence, a, b):
                here.category, here.cued = there.category, True


def _listed(sentence: str, a: int, b: int) -> bool:
    between = sentence[a:b]
    words = [w.lower() for w in _WORD.findall(between)]
    if (len(words) == 1 and words[0] in cues.REVISION_LINKS) or (len(words) <= 8 and _REVISED_FROM.search(between)):
        return True
    return len(words) <= 8 and not any(w in _AUXILIARY for w in words) and bool(_LIST_LINK.search(between))


def _words_between(sentence: str, a: int, b: int, skipping: frozenset[str] = frozenset()) -> int:
    return sum(1 for word in _WORD.findall(sentence, a, b) if word.lower() not in skipping)


def _is_person(subject: str) -> bool:
    head = subject.split()[-1].lower()
    if _is_person_word(head):
        return True
    # Demonyms name people: "Syrians", "Palestinians", "Turks".
    return subject.split()[-1][:1].isupper() and (head.endswith(("ans", "is", "ese", "ks", "ns")))


def _is_person_word(word: str) -> bool:
    """'student' and 'students', 'man' and 'men', 'child' and 'children'; and the cue nouns ('deaths')."""
    word = word.lower()
    return (word in cues.PERSON_NOUNS or word + "s" in cues.PERSON_NOUNS or word in cues.NOUN_CUES
            or word.replace("man", "men") in cues.PERSON_NOUNS or word + "ren" in cues.PERSON_NOUNS)


# --- 3. subject ----------------------------------------------------------------

def _subject(sentence: str, start: int, end: int, span: NumberSpan) -> str | None:
    pos = end
    of = _OF_AFTER.match(sentence, pos)
    if of and (span.qualifier == "vague" or of["owner"]):
        pos = of.end()   # "hundreds of thousands of Syrians", "two of its soldiers"
    words: list[str] = []
    m = _NP_WORD.match(sentence, pos)
    while m and len(words) < 5:
        word, lower = m["w"], m["w"].lower()
        after = _NP_WORD.match(sentence, m.end())   # the next word, read once: it is the next one tried
        if lower in cues.SUBJECT_STOPS or (lower in _KNOWN_UNITS and not words):
            break
        if lower.endswith("ly") and len(lower) > 4 \
                and not (after and (_is_person_word(after["w"]) or after["w"].lower().endswith("ed"))):
            break      # "88,000 people allegedly killed"; but "internally displaced people" goes on
        if lower.endswith("ing") and len(lower) > 5:
            break      # "people seeking to flee"
        if (lower in _CUE_WORDS or lower.endswith("ed")) and lower not in cues.NOUN_CUES \
                and not (after and _is_person_word(after["w"])):
            break      # "126 people killed", "8,600 based on"; but "wounded soldiers" is one phrase
        if words and word[:1].isupper() and not words[-1][:1].isupper():
            break      # "people Syria" is two phrases
        words.append(word)
        pos = m.end()
        if ((lower.endswith("s") and (not word[:1].isupper() or _is_person(word))) or lower in cues.NOUN_CUES
                or lower in cues.PLURALS_WITHOUT_S):
            # a plural noun ends the phrase, unless "of" joins another: "rounds of talks"
            more = _OF_NOUN.match(sentence, pos)
            if more and more[1].lower() not in cues.SUBJECT_STOPS and not more[1][:1].isupper():
                words.append(f"of {more[1]}")
            break
        m = after
    if words and words[-1][:1].isupper() and not _is_person(" ".join(words)):
        words = []     # "16 Syria" is no noun phrase
    if words and words[-1].lower() in _SPEAKERS_NOT_COUNTED and _SPEAKER_AFTER.match(sentence, pos) \
            and _TOLL_LINK_BEFORE.search(sentence, max(0, start - 30), start):
        words = []     # "the death toll has risen to 116 authorities have said": its comma left out
    if words:
        return " ".join(words)
    said_to_be = _PREDICATE_NOUN.match(sentence, end)
    if said_to_be and _is_person(said_to_be["noun"]) and said_to_be["noun"].lower() not in cues.NOUN_CUES:
        return said_to_be["noun"]   # "Among the dead, 101 were women", "97 -- were children"
    before = _NUMBER_OF.search(sentence, max(0, start - 120), start)
    if before:
        return before["np"]
    return None


_CUE_WORDS = frozenset(w for words in cues.CATEGORY_CUES.values() for w in words if " " not in w)
_CATEGORY_OF_CUE = {w: category for category, words in cues.CATEGORY_CUES.items() for w in words if " " not in w}
_SPEAKERS_NOT_COUNTED = SPEAKER_HEADS - cues.PERSON_NOUNS - cues.NOUN_CUES
_SPEAKER_AFTER = regex.compile(rf"\s+(?:(?:have|has|had)\s+)?(?:\p{{L}}+ly\s+)?(?:{phrases(REPORTING_VERBS)}|cited)(?![\p{{L}}])",
                                regex.IGNORECASE)
_PREDICATE_NOUN = regex.compile(r"[\s\-–—]*(?:were|are)\s+(?P<noun>\p{L}+)(?![\p{L}-])")


# --- 5. stance -----------------------------------------------------------------

def _denied(sentence: str, scan: _Scan, start: int, end: int) -> bool:
    """ "reports that … were false" after the figure, or "denied that …" shortly before it."""
    i = bisect_left(scan.denials_after, end)
    if i < len(scan.denials_after) and scan.denials_after[i] < end + 120:
        return True
    j = bisect_right(scan.denials_before, start) - 1
    return j >= 0 and scan.denials_before[j] >= start - 80 and _words_between(sentence, scan.denials_before[j], start) <= 8


# --- 6. place and time ---------------------------------------------------------

def _location(places: list, about_the_war: bool, start: int, main_place: str | None) -> str | None:
    """The place the sentence puts an event in, nearest the figure; a figure about the war takes the main place."""
    if places and not (main_place and about_the_war):
        return min(places, key=lambda m: abs(m.start - start)).place   # both in document offsets
    return main_place


def _refers_to_the_conflict(sentence: str) -> bool:
    return bool(_CONFLICT_WORD.finditer(sentence)) and bool(_CONFLICT_REFERENCE.search(sentence))


def _time(times: list, end: int) -> str | None:
    """The time phrase nearest after the figure, else the last before it."""
    if not times:
        return None
    after = next((m for m in times if m.start() >= end), None)
    return (after or times[-1]).group().strip()
