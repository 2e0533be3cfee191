"""Laws of the number layer, checked on generated inputs (see tests/strategies.py)."""
from __future__ import annotations

import math
import re

from hypothesis import assume, given
from hypothesis import strategies as st

from numclaims import find_numbers
from numclaims import numbers, patterns, wordscan
from tests.strategies import (QUALIFIERS, counts, dated_years, digit_forms, is_year_shaped,
                              news_like_text, qualifiers, word_forms)


def _whole_figure(text: str):
    spans = find_numbers(text)
    assert len(spans) == 1, (text, spans)
    span = spans[0]
    assert (span.start, span.end) == (0, len(text)), (text, span)
    return span


@given(counts)
def test_digits_read_back_to_their_value(n):
    """Any whole number 0 <= n < 10**15, written in digits with or without thousands
    separators, is one figure with value n covering the whole string (bare four digits
    from 1900 to 2099 excepted: alone, they are a year)."""
    for form in digit_forms(n):
        if is_year_shaped(form):
            continue
        assert _whole_figure(form).value == n


@given(counts)
def test_words_read_back_to_their_value(n):
    """Any whole number 0 <= n < 10**15, in inflect's English words (with "and", without,
    with spaces for hyphens), is one figure with value n covering the whole string."""
    for form in word_forms(n):
        assert _whole_figure(form).value == n, form


@given(qualifiers, counts, st.booleans())
def test_qualifier_sets_the_bounds_and_keeps_the_value(qualifier, n, in_words):
    """A qualifier before a figure sets its bounds on the qualifier's side and never
    changes its value: "up to 4,000" is 4000 with (None, 4000)."""
    figure = word_forms(n)[1] if in_words else f"{n:,}"
    span = _whole_figure(f"{qualifier} {figure}")
    side = QUALIFIERS[qualifier]
    assert span.value == n
    assert span.qualifier == side
    assert (span.low, span.high) == {"approx": (None, None), "at_least": (n, None), "at_most": (None, n)}[side]


@given(st.one_of(st.text(), news_like_text))
def test_every_span_is_the_text_it_points_to(text):
    """Every span lies inside the text and its text is the text between its offsets."""
    for span in find_numbers(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text


@given(st.one_of(st.text(), news_like_text))
def test_any_text_parses_to_finite_values(text):
    """Any text is parsed without error, and every value and bound is a finite number."""
    for span in find_numbers(text):
        for number in (span.value, span.low, span.high):
            assert number is None or math.isfinite(number)
        assert span.low is None or span.high is None or span.low <= span.high


@given(dated_years())
def test_year_inside_a_date_is_never_a_figure(dated):
    """The year of a date ("on March 3, 2011", "2011-03-03", "since March 2011") is never a figure."""
    phrase, year = dated
    at = phrase.index(year)
    text = f"The talks began {phrase} in Geneva."
    offset = text.index(phrase) + at
    assume(year in phrase)
    for span in find_numbers(text):
        assert span.end <= offset or span.start >= offset + len(year), (text, span)


vague_words = st.lists(st.sampled_from(
    ["a", "A", "some", "few", "Few", "several", "many", "hundred", "hundreds", "Thousands", "millions",
     "dozens", "dozen", "scores", "tens", "of", "curfew", "5", "½", "ſome", " ", "  ", "\n", "\t", "\u00a0",
     "-", ","]), max_size=12).map("".join)


@given(st.one_of(vague_words, news_like_text))
def test_vague_multiples_are_looked_for_only_where_a_cue_stands(text):
    """Trying VAGUE only at its cue words finds just what a scan of the whole text finds."""
    found = numbers._vague_matches(text, numbers._ascii_folded(text))
    assert [m.span() for m in found] == [m.span() for m in patterns.VAGUE.finditer(text)]


number_word_starts = st.lists(st.sampled_from(
    ["one", "One", "ONE", "twentyone", "six", "ſix", "ſeven", "İ", "ı", "\u212a", "thousand", "hundreds", "ten",
     "tenth", "often", "é", "_", "5", " ", "\n", "-", "’", "a"]), max_size=10).map("".join)


@given(st.one_of(number_word_starts, news_like_text))
def test_number_words_are_found_in_the_folded_text_where_a_case_folding_scan_finds_them(text):
    """RUN_START_WORD, searched in the folded text, starts where a scan that folds case starts."""
    folding = re.compile(rf"(?<!\w)(?:{patterns._trie(patterns._RUN_START_WORDS)})\b", re.IGNORECASE)
    found = patterns.RUN_START_WORD.finditer(" " + numbers._ascii_folded(text))
    assert [m.start() for m in found] == [m.start() for m in folding.finditer(text)]


lookalike_words = st.lists(st.sampled_from(
    ["https://a.b/1", "www.", "a@b.c", "@", "March", "MARCH", "Mar.", " 3", " 2011", ",", "mid-2012", "'90s", "’99",
     "-", "‐", "−", "Su-24", "+90 212 555 1234", "(212) 555-1234", "(", "+", "km^3", "^", "1", "2024", ".", "é",
     " ", "\n"]), max_size=10).map("".join)


@given(st.one_of(lookalike_words, news_like_text))
def test_lookalikes_are_looked_for_only_where_their_cue_stands(text):
    """Trying a not-a-figure rule only at its cue finds just what a scan of the whole text finds."""
    for pattern, cue in patterns.NOT_A_FIGURE:
        if cue is not None:
            found = wordscan.matches_at(pattern, text, sorted(numbers._cue_places(cue, text)))
            assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
