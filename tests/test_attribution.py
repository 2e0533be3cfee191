"""Laws of the attribution's cheap questions: each says no only where its pattern cannot match."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from numclaims import attribution
from numclaims.lexicon import attribution as speech

_WORDS = st.sampled_from([*speech.TRAILING_ADVERBS, *speech.TIME_PREPOSITIONS, *speech.TRAILING_TIME_NOUNS,
                          "the", "ministry", "Gaza", "UN", "3", "12", "alſo", "İN", "Monday", "(AP)", "x"])
_GAPS = st.sampled_from([" ", "  ", ", ", ",", "\n", "\u00a0", "\x1c", "", "-", "."])
_CASE = st.sampled_from([str, str, str.upper, str.title])


@settings(max_examples=500, database=None)
@given(st.lists(st.tuples(_WORDS, _CASE, _GAPS), max_size=8))
def test_a_chunk_ends_in_an_adverbial_only_where_the_question_allows(parts):
    chunk = "".join(case(word) + gap for word, case, gap in parts)
    if attribution._TRAILING_ADVERBIALS.search(chunk):
        assert attribution._may_end_in_adverbial(chunk), chunk
