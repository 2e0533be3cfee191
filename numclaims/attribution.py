"""Who states a figure: the speakers a sentence names, and which figure each speaks for.

A speaker is found in one of these places, tried from the most explicit:

1. a credit phrase: "according to X", "reported by X", "data provided by X";
2. the subject of a reporting verb: "X said (that) …", "…, X said", "…,” said X";
   a participle ("…, saying …") takes the subject of its sentence;
3. a headline's credit: "Yemen war will have killed 377,000: UN";
4. a quotation that goes on from the last speaker.

Names are read with a small grammar rather than a list: proper names,
acronyms, the words that join them ("Office for the Coordination of …"), and
the role nouns that head an unnamed speaker ("a watchdog", "credible sources").
Pronouns take the last person ("he") or organisation ("it") named before.

>>> memory = SpeakerMemory()
>>> read_speakers("Five others were wounded, the defense ministry said", memory).of_figure(0, 4)
'defense ministry'
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from numclaims.lexicon import attribution as lex
from numclaims.lexicon.context import SUBJECT_STOPS
from numclaims.lexicon.numbers import MONTHS, WEEKDAYS
from numclaims.lexicon.places import PLACES
from numclaims.patterns import phrases
from numclaims.wordscan import PhraseScan

_MAX_NAME_WORDS = 16
_PREPOSITIONS = frozenset("in at near from into across outside inside to on by over under around".split())
_LOOK_BACK = 2          # sentences without figures that a pronoun or a quotation may refer back over
_SUBJECT_WINDOW = 160   # characters before a verb in which its subject is looked for
_TIME_WORDS = frozenset({*MONTHS, *WEEKDAYS, "weekend", "morning", "evening", "night", "afternoon",
                         "today", "yesterday", "week", "month", "year"})
_PERSON_ROLES = frozenset("spokesman spokeswoman spokesperson minister official chief president secretary "
                          "envoy commander governor mayor director representative ambassador".split())

_PRONOUNS = lex.PERSON_PRONOUNS | lex.GROUP_PRONOUNS
_BREAK = regex.compile(r"[:;]")
_NAME_BREAK = frozenset(".;:!?\"“”")
_NON_SPACE = regex.compile(r"\S")
_LOWER_WORD_NEXT = regex.compile(r"\s+\p{Ll}")
_AND = regex.compile(r"\s+and\s+(?:the\s+)?")
# A word keeps its dots only inside an abbreviation: "U.S." and "U.N." but not "officials.".
_BRACKETED_MAX = 40   # characters a bracketed token holds: "(AP)", "(UNHCR)"
_WORD_CHAR = r"[\p{L}\p{N}'’&-]"
# Its loops hold no look-ahead and its word comes first, as most tokens are words: the regex module
# reads it at two thirds of the cost.
_TOKEN = regex.compile(rf"[\p{{L}}\p{{N}}]{_WORD_CHAR}*(?:\.\p{{L}}{_WORD_CHAR}*)*(?:(?<=\.\p{{L}})\.)?"
                       rf"|\([^()\n]{{1,{_BRACKETED_MAX}}}\)|,")
# One scan finds both kinds of verb: their phrases never overlap, so it finds what two scans would.
_VERB = PhraseScan({"reporting": lex.REPORTING_VERBS, "participle": lex.PARTICIPLE_VERBS})
_CREDIT = PhraseScan({None: lex.CREDIT_BEFORE}, space_after=True)
_TRAP = regex.compile("|".join(f"(?:{t})" for t in lex.REPORTING_TRAPS), regex.IGNORECASE)
# A reporting word used as a noun ("said reports that", "the latest estimates"): no speaker before it.
_NOUN_BEFORE = regex.compile(r"(?<![\p{L}])(?i:the|a|an|its|their|his|her|our|said|these|those|such|new|latest|"
                             r"earlier|previous|official|media|press|local|some|many|unconfirmed|initial)\s+\Z",
                             regex.REVERSE)   # only whether it matches: searched from the end, it answers at once
# Where the clause that names a verb's subject begins: a quotation's end, a colon, a dash, "that".
_CLAUSE_START = regex.compile(r"[;:]|(?:[”\"]|’(?!\p{L}))\s*,?|\s[–—-]\s|(?<![\p{L}])(?i:that)(?![\p{L}])")
_CLAUSE_START_MARKS = frozenset(";:”\"’–—-")   # one of these, or "that", stands in every clause start
_TRAILING_ADVERBIALS = regex.compile(
    rf"""(?:\s*,?\s*(?:(?i:{"|".join(lex.TRAILING_ADVERBS)})
      |(?i:{"|".join(lex.TIME_PREPOSITIONS)})\s+(?:(?i:the)\s+)?
        (?:\p{{Lu}}\p{{L}}+|(?i:{"|".join(lex.TRAILING_TIME_NOUNS)}))(?:\s+\d{{1,2}})?
    )\s*,?)+\s*\Z""",
    regex.VERBOSE | regex.REVERSE)   # searched from the end: the match is found at once
_WHO = regex.compile(r",?\s+(?i:who|which)\s*$")
_AFTER_QUOTE_OR_COMMA = regex.compile(r"(?:,|[”\"]|’(?!\p{L}))\s*\Z")
_OPENING_QUOTE = regex.compile(r"^\s*[“\"‘]")
_QUOTED_AS_SAYING = regex.compile(r"\s+(?i:was|were|is)\s+(?i:quoted|cited)\s+as\s+(?i:saying)")
_QUOTED_X = PhraseScan({None: ("quoted", "cited")}, space_after=True)
_AS_SAYING = regex.compile(r"\s+(?i:as\s+saying)")
_DATA_FROM = regex.compile(
    r"(?i:(?:official\s+|latest\s+|new\s+)?(?:data|figures|statistics|numbers|estimates|tallies|reports))\s+"
    r"(?i:provided|compiled|released|published|issued|given|gathered|collected|from)\s+(?i:by\s+)?")
# Where a credit's reach ends after it: "…, according to official data, as rescuers race …".
_CLAUSE_END = regex.compile(r"[,;:—–]|\s-\s|\s(?i:as|while|but|whereas)\s")
_HEADLINE_CREDIT = regex.compile(r"(?:[:–—]|\s-)\s*(?P<credit>[^:–—\n]{2,60}?)\s*[.!]?\s*$")
_HEADLINE_MARKS = frozenset(":–—-")   # a headline credit follows one of these
_DATELINE = regex.compile(r"^[^:–—]{0,60}?(?:[:–—]|\s-\s)\s*")
_DATELINE_REACH = 62   # a dateline's mark (as _HEADLINE_MARKS) stands within this many characters


class _Recall:
    """What a sentence's reading asks of the names before it: the last, the last person's, the last group's."""

    __slots__ = ()

    @property
    def last(self) -> str | None:
        return self.latest_before(_ANYONE)

    @property
    def last_person(self) -> str | None:
        return self.latest_before(_PERSON)

    @property
    def last_group(self) -> str | None:
        return self.latest_before(_GROUP)


@dataclass(slots=True)
class SpeakerMemory(_Recall):
    """What a document has named so far: its pronouns and quotations refer back to it.

    Sentences without figures are only queued (`hear`); the last few before a sentence
    with figures join the record, in order, but are read only when a pronoun or a
    quotation asks who was named last, and only back to the newest name that answers.
    Most are never read.  A sentence whose figures make no claims joins the record
    unread too (`note`).
    """

    settled: tuple[str | None, str | None, str | None] = (None, None, None)   # last, last person, last group
    # Since `settled`, in order: a sentence not read yet, (name, is a person) or None (named no one).
    record: list = field(default_factory=list)
    unread: deque = field(default_factory=lambda: deque(maxlen=_LOOK_BACK))

    def hear(self, sentence: str) -> None:
        self.unread.append(sentence)

    def catch_up(self) -> None:
        """Move the queued sentences to the record, oldest first, before a sentence with figures is read."""
        self.record.extend(self.unread)
        self.unread.clear()
        self._keep_short()

    def note(self, sentence: str) -> None:
        """Record a sentence with figures that make no claims, as if it were read: it is, if a question reaches it."""
        self.catch_up()
        self.record.append(sentence)
        self._keep_short()

    def remember(self, name: str) -> None:
        self.record.append((name, _looks_like_person(name)))
        self._keep_short()

    def _keep_short(self) -> None:
        """Settle a long record, so that no question reads far back."""
        if len(self.record) > _RECORD_LIMIT:
            self.settled = (self.last, self.last_person, self.last_group)
            self.record.clear()

    def latest_before(self, who: int) -> str | None:
        return self.latest(len(self.record), who)

    def latest(self, end: int, who: int) -> str | None:
        """The newest name of the kind ``who`` among the first ``end`` entries of the record (else settled)."""
        for k in range(end - 1, -1, -1):
            entry = self.record[k]
            if isinstance(entry, str):
                before = _MemoryBefore(self, k)
                read_speakers(entry, before)
                entry = self.record[k] = before.named
            if entry is not None and (who == _ANYONE or entry[1] == (who == _PERSON)):
                return entry[0]
        return self.settled[who]


_ANYONE, _PERSON, _GROUP = range(3)   # the kinds of name SpeakerMemory.latest looks for
_RECORD_LIMIT = 64   # entries the record keeps before they are read into `settled`


class _MemoryBefore(_Recall):
    """The memory as it stood before entry ``at`` of its record: an unread sentence there is read against it."""

    __slots__ = ("memory", "at", "named")

    def __init__(self, memory: SpeakerMemory, at: int) -> None:
        self.memory, self.at = memory, at
        self.named: tuple[str, bool] | None = None

    def catch_up(self) -> None:
        pass

    def remember(self, name: str) -> None:
        self.named = (name, _looks_like_person(name))

    def latest_before(self, who: int) -> str | None:
        return self.memory.latest(self.at, who)


@dataclass(frozen=True, slots=True)
class Speakers:
    """The speakers one sentence names, by where they stand."""

    credit: tuple[str, int, int] | None             # "according to X": X, and where the phrase stands
    by_verb: tuple[tuple[int, int, str], ...]       # (verb start, verb end, subject)
    fallback: str | None                            # a headline credit, or the speaker a quotation goes on from
    sentence: str
    figures: tuple[int, ...]                        # where the sentence's figures start

    def of_figure(self, start: int, end: int) -> str | None:
        """Who states the figure at ``start:end`` of the sentence, or None for the article's own voice."""
        if self.credit and self._in_reach_of_credit(start):
            return self.credit[0]
        if not self.by_verb:
            return self.fallback   # a table's run of figures names no one, figure after figure
        before = [name for _, verb_end, name in self.by_verb if verb_end <= start]
        if before:
            return before[-1]
        after = next((name for verb_start, verb_end, name in self.by_verb
                      if verb_start >= end and not _BREAK.search(self.sentence, end, verb_start)
                      and not self._has_figures_of_its_own(verb_end)), None)
        return after or self.fallback

    def _has_figures_of_its_own(self, verb_end: int) -> bool:
        """ "…, while a Taliban spokesperson cited 13 killed": the verb speaks for the figures after it."""
        clause_end = _CLAUSE_END.search(self.sentence, verb_end)
        stop = clause_end.start() if clause_end else len(self.sentence)
        return any(verb_end <= f < stop for f in self.figures)

    def _in_reach_of_credit(self, start: int) -> bool:
        """A credit speaks for the figures before it, and after it only within its own clause."""
        name, credit_start, credit_end = self.credit
        if start < credit_start or not self.sentence[:credit_start].strip(" \"“‘(—–-"):
            return True   # before the credit, or the credit opens the sentence: "According to X, …"
        between = self.sentence[credit_end:start].lstrip(" ,")
        return not _CLAUSE_END.search(between)


def read_speakers(sentence: str, memory: SpeakerMemory, figures: tuple[int, ...] = ()) -> Speakers:
    """The speakers of one sentence; ``figures`` are where its figures start."""
    memory.catch_up()
    credit = _credit(sentence, memory)
    by_verb = []
    for verb in _VERB.finditer(sentence):
        name = _speaker_of_participle(sentence, verb) if verb.lastgroup == "participle" else \
            _speaker_of_verb(sentence, verb)
        if name := _resolve(name, memory):
            by_verb.append((verb.start(), verb.end(), name))
    fallback = None
    if not credit and not by_verb:
        fallback = _headline_credit(sentence)
        if fallback is None and _OPENING_QUOTE.match(sentence):
            fallback = memory.last           # a quotation that goes on from the last speaker
    named = (credit[0] if credit else None) or (by_verb[-1][2] if by_verb else None) or fallback
    if named:
        memory.remember(named)
    elif (actor := _actor(sentence)) and _looks_like_name(actor):
        memory.remember(actor)               # "The Health Ministry gave new figures." … "It said …"
    return Speakers(credit, tuple(by_verb), fallback, sentence, figures)


def _speaker_of_verb(sentence: str, verb) -> str | None:
    """Who a reporting verb names, before it or after it; None for a verb that reports nothing."""
    if _TRAP.match(sentence, verb.start()) or (
            verb.group().lower() in lex.NOUN_OR_VERB and _NOUN_BEFORE.search(sentence, max(0, verb.start() - 16), verb.start())):
        return None
    name = _subject_of(sentence, verb.start())
    if name is None and _AFTER_QUOTE_OR_COMMA.search(sentence, max(0, verb.start() - 4), verb.start()):
        name = _name_after(sentence, verb.end())        # "…,” said Peskov."
    return name


def _speaker_of_participle(sentence: str, verb) -> str | None:
    """ "The ministry issued figures, saying …": the sentence's subject; else the verb's own."""
    before = sentence[:verb.start()].rstrip()
    return _actor(sentence) if before.endswith(",") else _subject_of(sentence, verb.start())


def _credit(sentence: str, memory: SpeakerMemory) -> tuple[str, int, int] | None:
    """An explicit source, and the span of the credit phrase: "according to X", "reported by X"."""
    for m in _CREDIT.finditer(sentence):
        at = m.end()
        if via := _DATA_FROM.match(sentence, at):
            at = via.end()                   # "according to data provided by the Health Ministry"
        if found := _read_name(sentence, at):
            if name := _resolve(found[0], memory):
                return name, m.start(), found[1]
    if not (quoted := _QUOTED_X.finditer(sentence)):
        return None                          # "was quoted as saying" holds a "quoted" too
    if (m := _QUOTED_AS_SAYING.search(sentence)) and (name := _resolve(_name_before(sentence[:m.start()]), memory)):
        return name, 0, len(sentence)
    if _AS_SAYING.search(sentence, quoted[0].end()):
        if name := _resolve(_name_after(sentence, quoted[0].end()), memory):
            return name, 0, len(sentence)
    return None


def _subject_of(sentence: str, verb_start: int) -> str | None:
    """The subject of a verb: the name that ends right before it, in its clause."""
    start = max(0, verb_start - _SUBJECT_WINDOW)
    window = sentence[start:verb_start]
    if _CLAUSE_START_MARKS.intersection(window) or "that" in window.lower():
        for m in _CLAUSE_START.finditer(sentence, start, verb_start):
            start = m.end()
    chunk = sentence[start:verb_start]
    if trailing := _TRAILING_ADVERBIALS.search(chunk):
        chunk = chunk[:trailing.start()]
    if "wh" in chunk.lower() and (who := _WHO.search(chunk)):
        chunk = chunk[:who.start()]          # "an estimate from Derna's mayor, who warned that …"
    return _name_before(chunk.rstrip(" ,"))


def _actor(sentence: str) -> str | None:
    """The name a sentence opens with, after any dateline: "KABUL (AP) — An Afghan official says …"."""
    # most sentences hold no dash or colon so early, and the lazy pattern costs as much as reading a name
    dateline = None if _HEADLINE_MARKS.isdisjoint(sentence[:_DATELINE_REACH]) else _DATELINE.match(sentence)
    for start in ([dateline.end()] if dateline else []) + [0]:
        found = _read_name(sentence, start)
        if found and _LOWER_WORD_NEXT.match(sentence, found[1]):
            return found[0]
    return None


def _headline_credit(sentence: str) -> str | None:
    """ "War in Tigray may have killed 600,000 people: Peace mediator" -> "Peace mediator"."""
    # the mark first: it is the rarer, and splitting the sentence into words costs more
    if _HEADLINE_MARKS.isdisjoint(sentence) or len(sentence.split()) > 25 \
            or not (m := _HEADLINE_CREDIT.search(sentence)):
        return None
    credit = m["credit"].strip()
    found = _read_name(credit, 0)
    return found[0] if found and found[1] >= len(credit.rstrip(".!")) else None


# --- the grammar of a name -----------------------------------------------------

@lru_cache(maxsize=1 << 16)   # a news text repeats its words
def _name_word(token: str) -> bool:
    if token.startswith("(") or token == ",":
        return True
    lower = token.lower()
    bare = _without_possessive(lower)
    if lower in lex.NAME_CONNECTORS or bare in lex.NAME_CONNECTORS:
        return True
    if bare in _TIME_WORDS or lower in SUBJECT_STOPS:
        return False
    if token[0].isupper() or "-" in token or bare in lex.SPEAKER_HEADS:
        return True
    return not lower.endswith(("ed", "ing", "ly")) and token[0].isalpha()


@lru_cache(maxsize=1 << 16)
def _is_head(token: str) -> bool:
    if token.startswith("(") or token == ",":
        return False
    bare = _without_possessive(token)
    lower = bare.lower()
    if lower in lex.NAME_CONNECTORS or lower in SUBJECT_STOPS or lower in _TIME_WORDS:
        return False
    return bare[:1].isupper() or lower in lex.SPEAKER_HEADS


def _name_before(chunk: str) -> str | None:
    """The longest name that ends the chunk, trimmed to start at a name word."""
    tokens = list(_TOKEN.finditer(chunk))
    if tokens and tokens[-1].group().lower() in _PRONOUNS:
        return tokens[-1].group()
    i = len(tokens)
    while i > 0 and _name_word(tokens[i - 1].group()):
        if tokens[i - 1].group() == "," and not _proper_name_ends_at(tokens, i - 1):
            break     # an appositive joins a proper name to a title: "Othman Abdel Jalil, the health minister"
        i -= 1
    if 0 < i and tokens[i - 1].group() == "," and _describes_a_place(tokens[i:]):
        return _name_before(chunk[:tokens[i - 1].start()])
    return _tidy_name(chunk, _trimmed(tokens[i:]))


def _describes_a_place(tokens: list) -> bool:
    """Is this appositive's head ("the provincial capital of …") a kind of place?"""
    words = [t.group().lower() for t in tokens]
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    return head in lex.PLACE_APPOSITIVE_HEADS


def _proper_name_ends_at(tokens: list, comma: int) -> bool:
    """Do the words before this comma form a speaker's proper name (capitalised words and their joining
    words), not a place that ends a prepositional phrase ("killed in Aleppo, the Observatory said")?"""
    j = comma
    while j > 0 and _name_word(tokens[j - 1].group()) and tokens[j - 1].group() not in (",", *_PREPOSITIONS):
        word = tokens[j - 1].group()
        if not (word[0].isupper() or word.startswith("(") or word.lower() in lex.NAME_CONNECTORS):
            return False
        j -= 1
    name = _without_possessive(" ".join(t.group() for t in tokens[j:comma]))
    after_preposition = j > 0 and tokens[j - 1].group().lower() in _PREPOSITIONS
    return j < comma and _is_head(tokens[comma - 1].group()) and not after_preposition and name not in PLACES


def _without_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _name_after(text: str, pos: int) -> str | None:
    found = _read_name(text, pos)
    return found[0] if found else None


def _read_name(text: str, pos: int) -> tuple[str, int] | None:
    """The longest name that starts at ``pos`` (after an article), trimmed to end at a head word; and its end."""
    tokens = _Tokens(text, pos)
    first = tokens.at(0)
    if first is None or _NON_SPACE.search(text, pos, first.start()):
        return None           # the name must start right here
    i = 1 if first.group().lower() in ("a", "an", "the") else 0
    j, seen_head = i, False
    while (token := tokens.at(j)) and _name_word(token.group()) and (
            j == i or not _NAME_BREAK.intersection(text[tokens.at(j - 1).end():token.start()])):
        word = token.group()
        if seen_head and word[0].islower() and not _is_head(word) and word.lower() not in lex.NAME_CONNECTORS \
                and not ((following := tokens.at(j + 1)) and _is_head(following.group())):
            break     # "The Health Ministry gave …" ends the name; "the UN refugee agency" does not
        seen_head = seen_head or _is_head(word)
        j += 1
    kept = _trimmed(tokens.read[i:j])
    name = _tidy_name(text, kept)
    return (name, kept[-1].end()) if name else None


class _Tokens:
    """The tokens of a name's window, read only as far as the name goes: most end within a few words."""

    __slots__ = ("_rest", "read")

    def __init__(self, text: str, pos: int) -> None:
        self._rest = _TOKEN.finditer(text, pos, min(len(text), pos + 240))
        self.read: list = []

    def at(self, k: int):
        """The k-th token, or None past the window."""
        while len(self.read) <= k:
            if (token := next(self._rest, None)) is None:
                return None
            self.read.append(token)
        return self.read[k]


def _trimmed(tokens: list) -> list:
    """Tokens from the first name word to the last head word."""
    i, j = 0, len(tokens)
    while i < j and (tokens[i].group() == "," or tokens[i].group().lower() in lex.NAME_CONNECTORS):
        i += 1
    while i < j and not _is_head(tokens[j - 1].group()) and not tokens[j - 1].group().startswith("("):
        j -= 1
    return tokens[i:j]


def _tidy_name(text: str, tokens: list) -> str | None:
    words = [t for t in tokens if t.group() != ","]
    if not words or len(words) > _MAX_NAME_WORDS or not any(_is_head(t.group()) for t in words):
        return None
    name = _without_possessive(text[tokens[0].start():tokens[-1].end()])
    name = " ".join(name.split())
    # "the Syrian Observatory … and the Syrian Network …": two speakers
    parts = [p.strip() for p in _AND.split(name) if p.strip()] if " and " in name else [name]
    if len(parts) > 1 and all(p[:1].isupper() and len(p.split()) > 1 for p in parts):
        return "; ".join(parts)
    return name


def _resolve(name: str | None, memory: SpeakerMemory) -> str | None:
    """Pronouns and generic names ("the statement") take the speaker they refer back to."""
    if not name:
        return None
    lower = name.lower()
    if lower in lex.PERSON_PRONOUNS:
        return memory.last_person or memory.last
    if lower in lex.GROUP_PRONOUNS:
        return memory.last_group or memory.last
    if lower in lex.GENERIC_SPEAKERS and memory.last and (
            lower in ("statement", "report") or lower in memory.last.lower()):
        return memory.last
    return name


def _looks_like_person(name: str) -> bool:
    words = name.replace(",", " ").split()
    if any(w.lower() in lex.ORGANISATION_WORDS for w in words):
        return False
    return sum(w[:1].isupper() for w in words) >= 2 or any(w.lower() in _PERSON_ROLES for w in words)


def _looks_like_name(name: str) -> bool:
    """A sentence's opening words name someone worth remembering: not "Civilians", but "The Health Ministry"."""
    words = name.split()
    capitals = sum(w[:1].isupper() for w in words)
    return capitals >= 2 or any(w.isupper() and len(w) > 1 for w in words) or \
        words[-1].lower() in lex.SPEAKER_HEADS
