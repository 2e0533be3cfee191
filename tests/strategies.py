"""Hypothesis strategies shared by the property tests of the number layer."""
from __future__ import annotations

import inflect
from hypothesis import strategies as st

_INFLECT = inflect.engine()

# Every whole number the laws speak of: 0 <= n < 10**15.
counts = st.integers(min_value=0, max_value=10**15 - 1)


def is_year_shaped(form: str) -> bool:
    """Four bare digits from 1900 to 2099: alone, the parser reads them as a year."""
    return form.isdigit() and len(form) == 4 and 1900 <= int(form) <= 2099


def digit_forms(n: int) -> list[str]:
    """'1234567' and '1,234,567'."""
    return [str(n), f"{n:,}"]


def word_forms(n: int) -> list[str]:
    """inflect's words for n: British ("and"), American (no "and"), and with spaces for hyphens."""
    british = _INFLECT.number_to_words(n)
    american = _INFLECT.number_to_words(n, andword="")
    return [british, american, british.replace("-", " "), american.replace("-", " ")]


# The qualifiers of spec/claims.md, each with the side it bounds.
QUALIFIERS = {
    "about": "approx", "around": "approx", "roughly": "approx", "nearly": "approx",
    "almost": "approx", "some": "approx", "an estimated": "approx", "~": "approx",
    "at least": "at_least", "more than": "at_least", "over": "at_least", "upwards of": "at_least",
    "no fewer than": "at_least",
    "up to": "at_most", "as many as": "at_most", "fewer than": "at_most", "less than": "at_most",
    "under": "at_most",
}
qualifiers = st.sampled_from(sorted(QUALIFIERS))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
years = st.integers(min_value=1900, max_value=2099)


@st.composite
def dated_years(draw) -> tuple[str, str]:
    """A phrase with a year inside a date, and the year as written: ('on March 3, 2011', '2011')."""
    year = draw(years)
    month = draw(st.integers(min_value=1, max_value=12))
    day = draw(st.integers(min_value=1, max_value=28))
    phrase = draw(st.sampled_from([
        f"on {MONTHS[month - 1]} {day}, {year}",
        f"{year}-{month:02d}-{day:02d}",
        f"since {MONTHS[month - 1]} {year}",
        f"{day} {MONTHS[month - 1]} {year}",
    ]))
    return phrase, str(year)


# Pieces of news text, figures and near-figures among them, to build hostile sentences from.
_PIECES = [
    "up to", "more than", "at least", "about", "between", "and", "to", "-", "–", "a", "half", "million",
    "thousand", "hundred", "dozens", "hundreds of thousands", "one", "two", "twenty-five", "third",
    "point", "over", "in", "out of", "per cent", "%", "$", "€", "1,200", "3.6", "12", "2011", "4th",
    "Su-24", "March", "killed", "people", "said", ",", ".", "+", "±", "k", "bn", "½", "¾", "1/2",
    "minus", "0", "10^6", "1e5", "(", ")", '"', "’", "\n",
]
news_like_text = st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)
