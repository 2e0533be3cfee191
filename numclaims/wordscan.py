"""Patterns tried only where one of their matches could start.

A regex alternation of many phrases is tried at every character of a
sentence, which costs far more than the rare match.  A `PhraseScan` looks its
phrases up only where a word they open with stands: each sentence is
lower-cased and split into words once, and the words are looked up in a set.
There it compares the phrases' words as its regex would (`PhraseScan.pattern`),
so its regex is compiled only for a sentence with letters or digits beyond
ASCII, whose case folding `str.lower` does not share: most runs never compile it.
An `OpenerScan` tries a pattern whose matches may start inside a word only where
one of the strings they open with stands.

>>> scan = PhraseScan({"toll": ["killed", "death toll"]})
>>> [(m.group(), m.lastgroup) for m in scan.finditer("The death toll rose; 12 were KILLED, none over-killed.")]
[('death toll', 'toll'), ('KILLED', 'toll'), ('killed', 'toll')]
"""
from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import regex

from numclaims.patterns import phrases

_LETTERS = regex.compile(r"\p{L}+")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{Nd}]")
_ASCII = frozenset(map(chr, range(128)))
_ASCII_WORD = re.compile("[a-z]+")   # a word of a lower-cased text whose letters are all ASCII
_SPACES = re.compile(" +")
# Characters str.isspace holds for that the regex module's \s does not match.
_NOT_REGEX_SPACE = frozenset("\x1c\x1d\x1e\x1f")


@lru_cache(maxsize=16)   # the rules of one sentence ask in turn
def _words(text: str) -> tuple[str, frozenset[str]] | None:
    """``text`` in lower case, with the set of its words (runs of letters); None when it has letters
    or digits beyond ASCII, whose case folding only the regex knows ("İS" matches "is")."""
    if not text.isascii() and any(_LETTER_OR_DIGIT.match(c) for c in set(text).difference(_ASCII)):
        return None
    lower = text.lower()
    return lower, frozenset(_ASCII_WORD.findall(lower))


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A phrase a `PhraseScan` found, read as a regex match of its pattern is read."""

    string: str
    begin: int
    finish: int
    lastgroup: str | None   # the name of the phrase's group

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def span(self) -> tuple[int, int]:
        return self.begin, self.finish

    def group(self) -> str:
        return self.string[self.begin:self.finish]


@dataclass(frozen=True, slots=True)
class _Phrase:
    """One phrase of a scan, in lower case: its parts between runs of spaces, each run as the
    least number of white-space characters it stands for (one each, as its regex's \\s+ does)."""

    name: str | None
    opener: str             # its first run of letters: it is tried only where this word stands
    words: frozenset[str]   # the runs of letters it holds: a sentence without one of them cannot hold it
    parts: tuple[str, ...]
    gaps: tuple[int, ...]   # before each part after the first

    @classmethod
    def of(cls, phrase: str, name: str | None) -> _Phrase:
        lower = phrase.lower()
        words = _LETTERS.findall(lower)
        return cls(name, words[0], frozenset(words), tuple(_SPACES.split(lower)),
                   tuple(len(run) for run in _SPACES.findall(lower)))

    def end_at(self, lower: str, at: int) -> int | None:
        """Where the phrase ends if it stands at ``at`` of the lower-cased sentence, else None."""
        if not lower.startswith(self.parts[0], at):
            return None
        end = at + len(self.parts[0])
        for gap, part in zip(self.gaps, self.parts[1:]):
            after_gap = _space_end(lower, end)
            if after_gap - end < gap or not lower.startswith(part, after_gap):
                return None
            end = after_gap + len(part)
        return end


def _longest_first(phrases_by_name: dict[str | None, Iterable[str]]) -> list[tuple[str | None, str]]:
    """Every (name, phrase), the longest phrases first; of equal length, in the order of the names."""
    pairs = [(name, phrase) for name, words in phrases_by_name.items() for phrase in sorted(set(words))]
    return sorted(pairs, key=lambda pair: -len(pair[1]))


class PhraseScan:
    """Any of ``phrases_by_name``'s phrases, in any case, each a run of whole words with any run of white
    space for a space, as its regex ``pattern`` finds them: each name is the group of its phrases
    (None for none), tried in order, the longest first.  A match may not follow a letter (nor a hyphen, unless
    ``after_hyphen``); it ends before a letter, or with ``space_after`` takes the white space after it."""

    __slots__ = ("_phrases_by_name", "_pattern", "_phrases_by_opener", "openers", "_after_hyphen", "_space_after")

    def __init__(self, phrases_by_name: dict[str | None, Iterable[str]], *, after_hyphen: bool = True,
                 space_after: bool = False) -> None:
        self._phrases_by_name = phrases_by_name
        self._after_hyphen, self._space_after = after_hyphen, space_after
        # A phrase is only tried where its first word stands, and only in a sentence with all its words.
        self._phrases_by_opener: dict[str, list[_Phrase]] = {}
        # Longest first whatever its name: "buried under" (missing) before "buried" (killed).
        for name, phrase in _longest_first(phrases_by_name):
            found = _Phrase.of(phrase, name)
            self._phrases_by_opener.setdefault(found.opener, []).append(found)
        self.openers = frozenset(self._phrases_by_opener)
        self._pattern: regex.Pattern | None = None

    @property
    def pattern(self) -> regex.Pattern:
        """The regex the scan stands for, built when first asked."""
        if self._pattern is None:
            # a name may stand for several groups (the regex module allows it), so that the phrases of
            # all names are tried longest first, as the scan tries them
            body = "|".join(f"(?P<{name}>{phrases([phrase])})" if name else phrases([phrase])
                            for name, phrase in _longest_first(self._phrases_by_name))
            self._pattern = regex.compile((r"(?<![\p{L}])" if self._after_hyphen else r"(?<![\p{L}-])")
                                          + f"(?i:{body})" + (r"\s+" if self._space_after else r"(?![\p{L}])"))
        return self._pattern

    def finditer(self, text: str) -> list[PhraseMatch] | list[regex.Match]:
        """The matches ``pattern.finditer(text)`` finds, in order."""
        index = _words(text)
        if index is None:
            return list(self.pattern.finditer(text))
        lower, words = index
        if self.openers.isdisjoint(words):
            return []   # as most sentences are for most scans
        starts = []   # (where an opener stands, the phrases it opens that the sentence may hold)
        for opener in self.openers.intersection(words):
            if tried := [phrase for phrase in self._phrases_by_opener[opener] if phrase.words <= words]:
                starts += [(at, tried) for at in starts_of(lower, opener) if _whole_word(lower, at, at + len(opener))]
        found = []
        end = 0
        for at, tried in sorted(starts, key=itemgetter(0)):
            if at >= end and (self._after_hyphen or not (at and lower[at - 1] == "-")):
                if match := self._match_at(text, lower, at, tried):
                    found.append(match)
                    end = match.finish
        return found

    def _match_at(self, text: str, lower: str, at: int, tried: list[_Phrase]) -> PhraseMatch | None:
        """The first of the phrases ``tried`` that stands at ``at``, with its bounds, as the regex reads it."""
        for phrase in tried:
            end = phrase.end_at(lower, at)
            if end is None:
                continue
            if self._space_after:
                if (after := _space_end(lower, end)) > end:
                    return PhraseMatch(text, at, after, phrase.name)
            elif end == len(lower) or lower[end] not in string.ascii_lowercase:
                return PhraseMatch(text, at, end, phrase.name)
        return None


class OpenerScan:
    """``pattern``, whose every match starts with one of ``openers`` (in any case), maybe inside a
    word, or where the regex ``also``, whose matches start with a digit, matches in the lower-cased
    text; a space at an opener's end stands for any whitespace."""

    __slots__ = ("pattern", "_openers", "_also")

    def __init__(self, pattern: regex.Pattern, openers, also: str) -> None:
        self.pattern = pattern
        self._openers = tuple((opener.lower().rstrip(" "), opener.endswith(" ")) for opener in openers)
        self._also = re.compile(also)

    def finditer(self, text: str) -> list[regex.Match]:
        """The matches ``pattern.finditer(text)`` finds, in order."""
        index = _words(text)
        if index is None:
            return list(self.pattern.finditer(text))
        return matches_at(self.pattern, text, self._starts(index[0]))

    def _starts(self, lower: str) -> list[int]:
        """Every place of ``lower`` where an opener or ``also`` stands, overlapping ones too.  A search
        for each opener costs a fraction of one regex that tries them all at every character."""
        starts = set()
        for letters, spaced in self._openers:
            if letters in lower:   # the cheaper question, and mostly the answer
                starts.update(at for at in starts_of(lower, letters)
                              if not spaced or lower[at + len(letters):at + len(letters) + 1].isspace())   # as \s
        found = self._also.search(lower)
        while found:
            starts.add(found.start())
            found = self._also.search(lower, found.start() + 1)
        return sorted(starts)


def matches_at(pattern: regex.Pattern, text: str, starts: list[int]) -> list[regex.Match]:
    """What ``pattern.finditer(text)`` finds, given ``starts`` (in order): every place where one of its matches
    may start, and others besides."""
    found = []
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            found.append(m)
            end = m.end()
    return found


def _space_end(lower: str, at: int) -> int:
    """The end of the run of white space (as the regex module's \\s matches it) that starts at ``at``."""
    while at < len(lower) and lower[at].isspace() and lower[at] not in _NOT_REGEX_SPACE:
        at += 1
    return at


def starts_of(text: str, string: str) -> list[int]:
    """Where ``string`` stands in ``text``, overlaps included, in order: `str.find` is the fastest way to look."""
    starts = []
    at = text.find(string)
    while at >= 0:
        starts.append(at)
        at = text.find(string, at + 1)
    return starts


def _whole_word(lower: str, start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` is a word of its own, in a text whose letters are all ASCII."""
    return not (start and lower[start - 1] in string.ascii_lowercase) and \
        not (end < len(lower) and lower[end] in string.ascii_lowercase)
