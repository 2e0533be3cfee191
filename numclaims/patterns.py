"""Regular expressions of the number layer, compiled once from the lexicon.

One named pattern per rule, each with a comment on what it is for.  Every
pattern runs in linear time on any input: alternations are of literal words,
and repetition is never nested around an optional part.
"""
from __future__ import annotations

import regex

from numclaims.lexicon import numbers as lex


def _words(words) -> str:
    """Alternation for whole words, with any run of spaces between the parts of a phrase."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=len, reverse=True))


_CARDINAL_WORDS = _words([*lex.UNITS, *lex.TENS, *lex.HUNDRED, *lex.SCALES, *lex.DOZEN,
                          "half", "halves", "quarter", "quarters"])
_TENS = _words(lex.TENS)
_ONES = _words(w for w, n in lex.UNITS.items() if 1 <= n <= 9)
_ORDINAL_ONES = _words(w for w, n in lex.ORDINAL_WORDS.items() if 1 <= n <= 9)
# Words that "a"/"an" may introduce as a figure: "a hundred", "a dozen", "half a million".
_A_TAKERS = _words([*lex.HUNDRED, *lex.SCALES, *lex.DOZEN, "half", "quarter", "third"])
_DENOMINATORS = _words(w for w in lex.FRACTIONS if w not in ("half", "halves", "quarter", "quarters"))

# A word that can stand in a spelled-out figure; "twentyone" and "fortysecond" as one word too.
NUMBER_WORD = rf"(?:(?:{_TENS})(?:{_ONES}|{_ORDINAL_ONES})|{_CARDINAL_WORDS})"

# What may join two number words inside one spelled-out figure.
_JOIN = r"""(?:
      \s*[-‐‑–—]\s*                   # twenty-five, fifty - two, twenty—fifth
    | \s*,\s*(?=(?:{nw})\b)            # one million, two hundred (inflect's style)
    | \s+(?:and\s+)?(?:(?:an?|of\s+an?)\s+)?   # one hundred and six, half a million, a quarter of a million
    | \s+point\s+                      # two point five
)""".format(nw=NUMBER_WORD)

# A candidate figure: digits, or a run of number words.  The run is split into
# figures later ("thirty two and forty one" is two), so it may take in too much here.
CANDIDATE = regex.compile(
    rf"""
    (?P<digits>
        (?<![\p{{L}}\p{{N}}_]|\p{{N}}[.,]|[.,]\p{{N}})    # not the tail of a word or a longer number
        (?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?              # 4,000   1,234,567.5
          |\d+(?:\.\d+)?(?:[eE][-+]?\d{{1,3}}(?!\p{{L}}))? # 16   3.6   1e10
          |\.\d+)                                        # .77
        (?![\p{{N}}]|[.,]\d)
    )
    | (?P<words>
        (?<![\p{{L}}\p{{N}}])
        (?:(?:an?|point)\s+(?=(?:{_A_TAKERS}|{_CARDINAL_WORDS})\b))?   # a hundred, point seven
        {NUMBER_WORD}
        (?:{_JOIN}{NUMBER_WORD})*
        (?:\s+(?:{_DENOMINATORS})(?![\p{{L}}]))?         # two thirds, five eighths
        (?![\p{{L}}\p{{N}}])
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# The words of one spelled-out run, with their offsets; "and", "a", "of", "point",
# commas and dashes are kept as tokens so the reader can see the joins.
WORD_TOKEN = regex.compile(r"\p{L}+|,", regex.IGNORECASE)

# Spans that hold digits but never a figure.  Candidates inside them are dropped.
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in lex.MONTHS), key=len, reverse=True))
_MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()})\.?"
NOT_A_FIGURE = regex.compile(
    rf"""
      (?P<url>(?:https?://|www\.)[^\s<>"'\])]+)                          # links, with their dates and ids
    | (?P<email>[\w.+-]+@[\w-]+\.[\w.-]+)
    | (?P<date>
          \b\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b                          # 2024/12/04, 2024-12-04
        | \b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b                        # 04/12/2024, 4.12.24
        | \b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,?\s*\d{{4}})?(?!\d|,\d)  # July 31, December 04, 2024
        | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*\d{{4}})?\b  # 31 July 2011
        | \b{_MONTH}\s*,?\s+\d{{4}}\b                                     # March 2011
        | \b(?i:mid|early|late|end|start)-\d{{4}}s?\b                      # mid-2012
        | \b\d{{4}}s\b | '\d\d(?:s\b)? | ’\d\d(?:s\b)?                     # 1990s, '90s
        | \b(?:1[89]|20)\d\d[-–/](?:1[89]|20)?\d\d\b(?!\s*(?:people|%))   # 2015-16, 2014/2015
      )
    | (?P<clock>
          \b\d{{1,2}}[:.]\d{{2}}\s*(?i:[ap]\.?m\b\.?)                       # 7.30pm, 10:30 a.m.
        | \b\d{{1,2}}:\d{{2}}(?::\d{{2}})?\b                                # 10:30, 23:59:59
        | \b\d{{1,2}}\s*(?i:[ap]\.m\.|[ap]m\b)                             # 11 pm, 7am
        | \b\d{{3,4}}\s*(?i:hrs|hours)\s+(?i:gmt|utc|local)\b              # 0600 hrs GMT
      )
    | (?P<ordinal>\b\d+(?i:st|nd|rd|th)\b)                                 # 4th, 21st
    | (?P<identifier>
          \p{{L}}[\p{{L}}.]*[-‐‑]\d+(?:[-‐‑]?\p{{L}}+\d*)?                   # Su-24, AH-64, COVID-19, S-400
        | \p{{L}}+\d[\p{{L}}\p{{N}}]*                                        # G20, MH17, A320, L2
        | \b\d+[\p{{L}}]*(?:[-/]\d+)+[\p{{L}}]+\b                           # 9/11-style ids with letters
        | \b9/11\b | \b24/7\b                                              # dates and phrases of their own
        | \b[2-6]G\b                                                       # 5G networks
        | (?<![\d,.])\+\d[\d\s().-]{{7,}}\d                                  # +90 212 555 1234
        | \(\d{{2,4}}\)\s*\d{{3,4}}[\s.-]\d{{3,4}}                           # (212) 555-1234
        | \b\d{{3}}[.-]\d{{3}}[.-]\d{{4}}\b                                  # 212-555-1234
      )
    """,
    regex.VERBOSE,
)

# The word (or sign) just before a figure, and the words just after it.
WORD_BEFORE = regex.compile(r"([\p{L}'’.#№+]+|[#№$€£¥])\s*$")
PREV_WORDS = regex.compile(r"(?:[\p{L}'’.]+[\s-]*){1,3}$")

_APPROX = _words(lex.APPROX)
_AT_LEAST = _words(lex.AT_LEAST)
_AT_MOST = _words(lex.AT_MOST)
# A qualifier that ends right before the figure: "up to 4,000", "~2", "an estimated 6,000".
QUALIFIER_BEFORE = regex.compile(
    rf"""(?:(?<![\p{{L}}])(?:(?P<approx>{_APPROX})|(?P<at_least>{_AT_LEAST})|(?P<at_most>{_AT_MOST}))\s*
        |(?P<approx_sign>[~≈]|\bc\.)\s*|(?P<at_least_sign>>=?|≥)\s*|(?P<at_most_sign><=?|≤)\s*)\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)
# Opens a range whose first figure follows: "between 20 and 30", "from 100 to 1000".
RANGE_OPENER_BEFORE = regex.compile(r"(?<![\p{L}])(?P<opener>between|from)\s+\Z", regex.IGNORECASE)
NEGATIVE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?:minus|negative)[\s-]*|(?:(?<=^|[\s(\[=:])|(?<=^-\s?))[-−](?:\s(?=\d))?)\Z",
    regex.IGNORECASE)
CURRENCY_BEFORE = regex.compile(
    r"(?P<cur>US\$|C\$|A\$|\$|€|£|¥|₹|₽|₩|₺|\b(?:USD|EUR|GBP|CHF|Rs\.?))\s?\Z", regex.IGNORECASE)

# What may follow a figure, tried at the figure's end.
DIGIT_SUFFIX_AFTER = regex.compile(r"\s?(?P<suffix>k|K|M|mn|mln|m|bn|b|B|G|g|tn|t|T)(?![\p{L}\p{N}])")
SCALE_AFTER = regex.compile(rf"(?:\s+|-)(?P<scale>{_words([*lex.SCALES, *lex.HUNDRED, *lex.DOZEN])})(?![\p{{L}}])",
                            regex.IGNORECASE)
FRACTION_AFTER = regex.compile(r"\s+(?P<num>\d+)/(?P<den>\d+)(?![\d/])")
SLASH_FRACTION_AFTER = regex.compile(r"/(?P<den>\d+)(?![\d/])")
PERCENT_AFTER = regex.compile(rf"\s?(?P<unit>{_words(lex.PERCENT_WORDS)})(?![\p{{L}}])", regex.IGNORECASE)
CURRENCY_AFTER = regex.compile(
    rf"""(?:\s?(?P<sign>[$€£¥₹₽])|\s+(?P<word>(?:{_words(lex.CURRENCY_WORDS)})(?![\p{{L}}])))""",
    regex.IGNORECASE)
AT_LEAST_AFTER = regex.compile(
    r"(?:\+(?![\d\p{L}])|\s+or\s+(?:more|over|above|greater)\b|-?\s?plus\b|\s+and\s+(?:above|more|over)\b)",
    regex.IGNORECASE)
AT_MOST_AFTER = regex.compile(r"\s+or\s+(?:less|fewer|under|below)\b", regex.IGNORECASE)
RANGE_JOINER_AFTER = regex.compile(r"\s*(?P<joiner>[-‐‑–—~]|to|through|thru|or|and)\s*~?\s*",
                                   regex.IGNORECASE)
NEXT_WORD = regex.compile(r"[\s-]*(?P<word>[\p{L}°²³/.%$€£]+(?:\s+[\p{L}]+)?)")
# "hundreds", "tens of thousands", "several hundred", "dozens": vague multiples.
VAGUE = regex.compile(
    rf"""(?<![\p{{L}}])
    (?:(?P<det>{_words(lex.VAGUE_DETERMINERS)})\s+(?P<scale_after_det>hundred|thousand|million|billion|dozen)(?!\p{{L}})
      |(?P<multiple>dozens|scores|tens|hundreds|thousands|millions|billions)
       (?:\s+of\s+(?P<of_scale>thousands|millions|billions)(?!\p{{L}}))?
    )(?![\p{{L}}])""",
    regex.IGNORECASE | regex.VERBOSE,
)
