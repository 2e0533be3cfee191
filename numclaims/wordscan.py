"""Patterns tried only where one of their matches could start.

A regex alternation of many phrases is tried at every character of a
sentence, which costs far more than the rare match.  A `PhraseScan` keeps the
compiled pattern, so a match is the pattern's own, but tries it only where a
word its phrases open with stands: each sentence is lower-cased and split into
words once, and the words are looked up in a set.  An `OpenerScan` does the same
for a pattern whose matches may start inside a word, from the strings they open
with.  A sentence with letters or digits beyond ASCII is scanned by the pattern
itself, whose case folding `str.lower` does not share.

>>> scan = PhraseScan(regex.compile(r"(?<![\\p{L}])(?i:killed|death\\s+toll)(?![\\p{L}])"), ["killed", "death toll"])
>>> [m.group() for m in scan.finditer("The death toll rose; 12 were KILLED, none over-killed.")]
['death toll', 'KILLED', 'killed']
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

import regex

_LETTERS = regex.compile(r"\p{L}+")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{Nd}]")
_ASCII = frozenset(map(chr, range(128)))
_ASCII_WORD = re.compile("[a-z]+")   # a word of a lower-cased text whose letters are all ASCII


@lru_cache(maxsize=16)   # the rules of one sentence ask in turn
def _words(text: str) -> tuple[str, frozenset[str]] | None:
    """``text`` in lower case, with the set of its words (runs of letters); None when it has letters
    or digits beyond ASCII, whose case folding only the regex knows ("İS" matches "is")."""
    if not text.isascii() and any(_LETTER_OR_DIGIT.match(c) for c in set(text).difference(_ASCII)):
        return None
    lower = text.lower()
    return lower, frozenset(_ASCII_WORD.findall(lower))


class PhraseScan:
    """``pattern``, whose every match is one of ``phrases`` (in any case), each a run of whole words."""

    __slots__ = ("pattern", "phrases_by_opener", "openers")

    def __init__(self, pattern: regex.Pattern, phrases) -> None:
        self.pattern = pattern
        # A phrase is only tried where its first word stands, and only in a sentence with all its words.
        self.phrases_by_opener: dict[str, list[frozenset[str]]] = {}
        for phrase in phrases:
            words = _LETTERS.findall(phrase.lower())
            self.phrases_by_opener.setdefault(words[0], []).append(frozenset(words))
        self.openers = frozenset(self.phrases_by_opener)

    def finditer(self, text: str) -> list[regex.Match]:
        """The matches ``pattern.finditer(text)`` finds, in order."""
        index = _words(text)
        if index is None:
            return list(self.pattern.finditer(text))
        lower, words = index
        openers = [opener for opener in self.openers.intersection(words)
                   if any(needed <= words for needed in self.phrases_by_opener[opener])]
        if not openers:
            return []
        return _matches(self.pattern, text, sorted(
            at for opener in openers for at in _places_of(lower, opener) if _whole_word(lower, at, at + len(opener))))


class OpenerScan:
    """``pattern``, whose every match starts with one of ``openers`` (in any case), maybe inside a
    word, or where the regex ``also`` matches in the lower-cased text; a space at an opener's end
    stands for any whitespace."""

    __slots__ = ("pattern", "starts")

    def __init__(self, pattern: regex.Pattern, openers, also: str) -> None:
        self.pattern = pattern
        # One pass of a look-ahead finds every place an opener stands, overlapping ones too: far
        # cheaper than a search for each opener.  \s matches what str.isspace holds for.
        self.starts = re.compile("(?=" + "|".join([*map(_opener_pattern, openers), also]) + ")")

    def finditer(self, text: str) -> list[regex.Match]:
        """The matches ``pattern.finditer(text)`` finds, in order."""
        index = _words(text)
        if index is None:
            return list(self.pattern.finditer(text))
        return _matches(self.pattern, text, [m.start() for m in self.starts.finditer(index[0])])


def _opener_pattern(opener: str) -> str:
    return re.escape(opener.lower().rstrip(" ")) + (r"\s" if opener.endswith(" ") else "")


def _matches(pattern: regex.Pattern, text: str, starts: list[int]) -> list[regex.Match]:
    """What ``pattern.finditer(text)`` finds when its matches can only start at ``starts``."""
    found = []
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            found.append(m)
            end = m.end()
    return found


def _places_of(lower: str, word: str) -> list[int]:
    places = []
    at = lower.find(word)
    while at >= 0:
        places.append(at)
        at = lower.find(word, at + 1)
    return places


def _whole_word(lower: str, start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` is a word of its own, in a text whose letters are all ASCII."""
    return not (start and lower[start - 1] in string.ascii_lowercase) and \
        not (end < len(lower) and lower[end] in string.ascii_lowercase)
