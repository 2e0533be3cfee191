"""Laws of the phrase scans: a scan finds what its regex finds when tried everywhere."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numclaims import attribution, context, wordscan
from numclaims.lexicon import attribution as speech
from numclaims.lexicon import context as cues

_TIMES = ("in days", "within days", "since 2011", "since the war began", "since March 3", "on Monday",
          "Mondays", "12 June", "4 June 2023", "123 June", "June 4", "so far", "also far", "to date",
          "in the past week", "last year", "this week", "in the five-year war", "overnight", "in March 2011",
          "in recent weeks", "earlier this month", "for the last three days", "during the last days")
_SCANS = {   # each scan, with the phrases its texts are made of
    "cues": (context._CUE, [w for words in cues.CATEGORY_CUES.values() for w in words]),
    "cue traps": (context._CUE_TRAP, cues.CATEGORY_CUE_TRAPS),
    "denials before": (context._DENIAL_BEFORE, cues.DENIAL_BEFORE),
    "denials after": (context._DENIAL_AFTER, cues.DENIAL_AFTER),
    "time phrases": (context._TIME, _TIMES),
    "verbs": (attribution._VERB, (*speech.REPORTING_VERBS, *speech.PARTICIPLE_VERBS)),
    "credits": (attribution._CREDIT, speech.CREDIT_BEFORE),
    "quoted": (attribution._QUOTED_X, ("quoted as saying", "was quoted as saying", "cited")),
}
# Characters that bend case folding ("İS" matches "is") or the bounds of a word.
_ODD = st.sampled_from(["İ", "ſ", "\u212a", "é", "٣", "7", "x", "-", "’", "“", ",", "."])
_SPACE = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "", "-", ", "])
_CASE = st.sampled_from([str, str, str.upper, str.title])


@st.composite
def _texts(draw, phrases):
    parts = []
    for _ in range(draw(st.integers(0, 8))):
        odd = draw(st.integers(0, 5)) == 0
        parts += [draw(_ODD) if odd else draw(_CASE)(draw(st.sampled_from(phrases))), draw(_SPACE)]
    return "".join(parts)


def _spans(matches):
    return [m.span() for m in matches]


@pytest.mark.parametrize("name", _SCANS)
def test_every_phrase_is_found_where_its_regex_finds_it(name):
    scan, phrases = _SCANS[name]
    for phrase in phrases:
        for text in (phrase, f"They {phrase.upper()}, and 4", f"un{phrase}", f"{phrase}s", f"the-{phrase.title()}\n3",
                     f"“{phrase.replace(' ', chr(160))}”", f"İ {phrase}"):
            assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text)), text


@pytest.mark.parametrize("name", _SCANS)
def test_a_scan_finds_what_its_regex_finds(name):
    scan, phrases = _SCANS[name]

    @settings(max_examples=150, database=None)
    @given(_texts(sorted(set(phrases))))
    def law(text):
        assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))
    law()


def test_time_phrases_start_inside_words_too():
    assert [m.group() for m in context._TIME.finditer("Within days, 12 June")] == ["in days", "12 June"]


def test_the_longest_phrase_wins_whatever_its_name():
    # "buried under" (missing) is longer than "buried" (killed); both the scan and its regex say so
    text = "25 people are reportedly still buried under collapsed buildings"
    assert [m.lastgroup for m in context._CUE.finditer(text)] == ["missing"]
    assert [m.lastgroup for m in context._CUE.pattern.finditer(text)] == ["missing"]


_BREAKS = ("; ", ": ", ": 3", " – ", " — 12", " - ", "[", "]", ", but ", ", and", ",\nwhich ", "-", "–", "words ", "\u00a0-\u00a0")


@settings(max_examples=300, database=None)
@given(st.lists(st.sampled_from(_BREAKS), max_size=12).map("".join))
def test_clause_breaks_are_found_where_their_regex_finds_them(text):
    found = wordscan.matches_at(context._CLAUSE_BREAK, text, context._clause_break_starts(text))
    assert _spans(found) == _spans(context._CLAUSE_BREAK.finditer(text))


@pytest.mark.parametrize("text", ["in the war", "The five-year civil war", "the  Quake", "thewar", "the war-time",
                                  "after the İ crisis", "the fires"])
def test_a_conflict_reference_needs_a_conflict_word(text):
    if context._CONFLICT_REFERENCE.search(text):
        assert context._CONFLICT_WORD.finditer(text)


@settings(max_examples=300, database=None)
@given(_texts(sorted({*speech.REPORTING_VERBS, *speech.PARTICIPLE_VERBS})))
def test_one_scan_of_both_kinds_of_verb_finds_what_a_scan_of_each_finds(text):
    # attribution._VERB relies on it: no reporting verb overlaps a participle
    each = [*wordscan.PhraseScan({None: speech.REPORTING_VERBS}).finditer(text),
            *wordscan.PhraseScan({None: speech.PARTICIPLE_VERBS}).finditer(text)]
    assert _spans(attribution._VERB.finditer(text)) == sorted(_spans(each))
