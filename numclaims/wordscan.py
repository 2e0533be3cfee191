"""Phrase patterns tried only where one of their phrases could start.

A regex alternation of many phrases is tried at every character of a
sentence, which costs far more than the rare match.  A `PhraseScan` keeps the
compiled pattern, so a match is the pattern's own, but tries it only where a
word its phrases open with stands: each sentence is lower-cased and split into
words once, and the words are looked up in a set.

>>> scan = PhraseScan(regex.compile(r"(?<![\\p{L}])(?i:killed|death\\s+toll)(?![\\p{L}])"), ["killed", "death toll"])
>>> [m.group() for m in scan.finditer("The death toll rose; 12 were KILLED, none over-killed.")]
['death toll', 'KILLED', 'killed']
"""
from __future__ import annotations

import string
from functools import lru_cache

import regex

_LETTERS = regex.compile(r"\p{L}+")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{Nd}]")
_ASCII = frozenset(map(chr, range(128)))


@lru_cache(maxsize=16)   # the rules of one sentence ask in turn
def _words(text: str) -> tuple[str, frozenset[str]] | None:
    """``text`` in lower case, with the set of its words (runs of letters); None when it has letters
    or digits beyond ASCII, whose case folding only the regex knows ("İS" matches "is")."""
    if not text.isascii() and any(_LETTER_OR_DIGIT.match(c) for c in set(text).difference(_ASCII)):
        return None
    lower = text.lower()
    return lower, frozenset(_LETTERS.findall(lower))


class PhraseScan:
    """``pattern``, whose every match is one of ``phrases`` (in any case), each a run of whole words;
    or, with ``within_words``, starts with one of ``phrases``, maybe inside a word."""

    __slots__ = ("pattern", "within_words", "phrases_by_opener", "openers")

    def __init__(self, pattern: regex.Pattern, phrases, within_words: bool = False) -> None:
        self.pattern = pattern
        self.within_words = within_words
        # A phrase is only tried where its first word stands, and only in a sentence with all its words.
        self.phrases_by_opener: dict[str, list[frozenset[str]]] = {}
        for phrase in phrases:
            words = _LETTERS.findall(phrase.lower())
            self.phrases_by_opener.setdefault(phrase.lower() if within_words else words[0], []).append(
                frozenset(words))
        self.openers = frozenset(self.phrases_by_opener)

    def finditer(self, text: str) -> list[regex.Match]:
        """The matches ``pattern.finditer(text)`` finds, in order."""
        index = _words(text)
        if index is None:
            return list(self.pattern.finditer(text))
        lower, words = index
        if self.within_words:
            starts = sorted({at for opener in self.openers for at in _places_of(lower, opener)})
        else:
            openers = [opener for opener in self.openers.intersection(words)
                       if any(needed <= words for needed in self.phrases_by_opener[opener])]
            if not openers:
                return []
            starts = sorted(at for opener in openers for at in _places_of(lower, opener)
                            if _whole_word(lower, at, at + len(opener)))
        found = []
        end = 0
        for start in starts:
            if start >= end and (m := self.pattern.match(text, start)):
                found.append(m)
                end = m.end()
        return found


def _places_of(lower: str, opener: str) -> list[int]:
    places = []
    at = lower.find(opener)
    while at >= 0:
        places.append(at)
        at = lower.find(opener, at + 1)
    return places


def _whole_word(lower: str, start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` is a word of its own, in a text whose letters are all ASCII."""
    return not (start and lower[start - 1] in string.ascii_lowercase) and \
        not (end < len(lower) and lower[end] in string.ascii_lowercase)
