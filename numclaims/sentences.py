"""Document text -> Sentences with character offsets.

News files put one paragraph on a line, often with no full stop at its end, so
a line break ends a sentence; but text copied from a page or a wire is often
wrapped at a fixed width, and a line that goes on in lower case ("Rescuers have
recovered 30\nbodies"), or after a word no sentence ends with ("The death toll
from\nTyphoon Yagi"), goes on the sentence.  Inside a line, a sentence ends at `.`,
`!` or `?` (and any closing quotes or brackets) before white space and a
capital, a digit or an opening quote, unless the full stop belongs to an
abbreviation ("Mr.", "U.S.", "Gen.").

>>> [s.text for s in split_sentences("The UN said 5 died. Mr. Smith agreed.\\nNext line")]
['The UN said 5 died.', 'Mr. Smith agreed.', 'Next line']
>>> [s.text for s in split_sentences("Rescuers found 30\\nbodies. The toll of the\\nstorm is 155")]
['Rescuers found 30\\nbodies.', 'The toll of the\\nstorm is 155']
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from numclaims.model import Sentence
from numclaims import patterns

# Longer "sentences" are lists, tables or text without stops; they are cut at white
# space into pieces of this size, so that no rule ever reads more than this at once.
MAX_SENTENCE = 1000
_LAST_SPACE = regex.compile(r"\s(?=\S*\Z)")

_ABBREVIATIONS = (
    "mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|cpl|pvt|adm|gov|sen|rep|rev|st|sr|jr|"
    "no|nos|vol|fig|inc|ltd|co|corp|dept|est|approx|jan|feb|mar|apr|jun|jul|aug|sep|sept|"
    "oct|nov|dec|mt|ft|vs|etc|al|u\\.s|u\\.k|u\\.n|e\\.g|i\\.e|a\\.m|p\\.m"
)
# Words no sentence ends with: a wrapped line that stops at one goes on below.
_LINE_GOES_ON_AFTER = (
    "the|a|an|of|from|to|in|on|at|by|with|for|into|onto|and|or|but|that|which|who|whose|as|than|"
    "its|their|his|her|is|are|was|were|has|have|had|been|be|some|about|nearly|least|more|over|including"
)
# Where one sentence ends and the next begins: the end of a line, or a
# sentence-final mark followed by a space and something that can start a sentence.
# A full stop is matched first and the match starts after it (\K): the search then looks
# only at stops and line breaks, not at every space; and the list of abbreviations is read
# only after a stop that a new sentence could follow, not after one that ends a line.
_BOUNDARY = regex.compile(
    rf"""
      \n[ \t]*(?:\n\s*)+                             # a blank line
    | \n(?![ \t]*\p{{Ll}})                            # a line break, but not a wrapped sentence:
      (?<!\b(?i:{_LINE_GOES_ON_AFTER})[ \t]*\n)       # the next line in lower case, or after "of"
    | [.!?…]["'”’)\]]*+\K                           # a full stop, maybe closed by quotes or brackets,
      (?=[ \t]+["'“‘(\[]?[\p{{Lu}}\p{{N}}])             # then space and a capital, digit or opening quote,
      (?<!(?:^|[\s(])(?i:{_ABBREVIATIONS})\.)         # not after an abbreviation ("Mr.", "U.S.")
      (?<!(?:^|[\s(])\p{{Lu}}\.)                       # nor an initial ("J. Smith")
      [ \t]+
    """,
    regex.VERBOSE,
)


def split_sentences(text: str) -> list[Sentence]:
    sentences, start = [], 0
    for m in _BOUNDARY.finditer(text, timeout=patterns.SCAN_TIMEOUT):
        _add(text, start, m.start(), sentences)
        start = m.end()
    _add(text, start, len(text), sentences)
    return sentences


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        space = _LAST_SPACE.search(text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = space.start() if space else start + MAX_SENTENCE
        _add(text, start, cut, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append(Sentence(start, end, text[start:end]))


def sentence_of(starts: list[int], position: int) -> int:
    """The index of the sentence that holds ``position``, given the sentences' start offsets."""
    return bisect_right(starts, position) - 1
