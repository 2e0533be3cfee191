"""Regular expressions of the number layer, compiled once from the lexicon.

One named pattern per rule, each with a comment on what it is for.  Every
pattern runs in linear time on any input: alternations are of literal words,
repetition is never nested around an optional part, and a pattern that opens
with a repeated class is anchored by a look-behind that excludes that class,
so that it is tried once per word and not once per character.  Patterns named
``*_BEFORE`` are searched backwards (``(?r)``) from a figure's start: the first
match is the one that ends there, the longest alternative first.
"""
from __future__ import annotations

import functools
import re

import regex

from numclaims.lexicon import numbers as lex


# Seconds one search over a document may take.  Every pattern here is linear, so only a
# hostile text can reach it; the run then skips that document and names it in a warning.
SCAN_TIMEOUT = 2.0


def phrases(words) -> str:
    """Alternation of whole phrases, longest first, with any run of spaces between their words.

    >>> phrases(["up to", "up"])
    'up\\\\s+to|up'
    """
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _trie(words) -> str:
    """The same words as one alternation factored by their letters: "t(?:en|w(?:elve|o))".

    An engine tries a plain alternation word by word at every character; this
    one fails at the first letter that no word has.  An optional tail is greedy,
    so the longest word wins.

    >>> [bool(regex.fullmatch(_trie(["ten", "tenth", "two"]), w)) for w in ("ten", "tenth", "two", "tw")]
    [True, True, True, False]
    """
    return _branches(_tree(words))


# The characters besides its two cases that `re` takes for an ASCII letter when it folds
# case (found by trying all of Unicode): "ſ" is an "s", the Kelvin sign "K" a "k".
_OTHER_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _tree(words) -> dict:
    """The words as nested dicts of their letters; "" marks where a word ends."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return tree


def _branches(node: dict) -> str:
    branches = [regex.escape(letter) + _branches(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_VULGAR = "".join(lex.VULGAR_FRACTIONS)
_HYPHENS = r"\-‐‑–—"      # for character classes
_MINUS = r"\-−"

# --- figures -------------------------------------------------------------------

# A number in digits, with what may be glued to it.
_DIGITS = rf"""
    (?:(?:\d{{1,2}}(?:,\d\d)+,\d{{3}}                       # Indian grouping: 12,34,567
        |\d{{1,3}}(?:,\d{{3}})+                              # 4,000   1,234,567
        |\d{{1,3}}(?:[ \u00a0\u202f\u2009]\d{{3}})+(?!\d)    # 40 000, 1 234 567 (no-break, thin spaces)
        |\d+)
       (?:\.\d+)?                                            # 3.6   1,234,567.5
      |\.\d+)                                                # .77
    (?:[eE][-+{_MINUS}]?\d{{1,3}}(?!\p{{L}})                   # 1e10   -12e-1
      |\s?[x×*]\s?10(?:\^[-+{_MINUS}]*|[{_MINUS}])\d{{1,3}}    # 1.3x10^6   2.48×10−5   5.5x10-3
      |\s?[x×*]\s?\d{{1,3}}\^[-+{_MINUS}]*\d{{1,3}}            # 8x2^10
      |\^[-+{_MINUS}]*\d{{1,3}})?                              # 1.1^23   2.5^-1
    [{_VULGAR}]?                                             # 2½
    (?![\p{{N}}]|[.,]\d)
  | [{_VULGAR}]                                              # ½ alone
"""
# The same, when it stands alone: not the tail of a word or of a longer number.
_DIGITS_START = r"(?<![\p{L}\p{N}_]|\p{N}[.,])"

_NUMBER_WORD_LIST = [*lex.UNITS, *lex.TENS, *lex.HUNDRED, *lex.SCALES, *lex.SCALE_ABBREVIATIONS,
                     *lex.DOZEN, *lex.DOZEN_ABBREVIATIONS, *lex.ORDINAL_WORDS,
                     *(w + "s" for w in lex.ORDINAL_WORDS), *lex.PAIR_WORDS, *lex.HALVES]
_NUMBER_WORDS = _trie(_NUMBER_WORD_LIST)
_GLUED_ONES_LIST = [w for w, n in [*lex.UNITS.items(), *lex.ORDINAL_WORDS.items()] if 1 <= n <= 9]
_TENS = _trie(lex.TENS)
_GLUED_ONES = _trie(_GLUED_ONES_LIST)
_SCALE_NAMES = phrases([*lex.SCALES, *lex.HUNDRED])

# A word that can stand in a spelled-out figure; "twentyone" and "fortysecond" as one word too.
NUMBER_WORD = rf"(?:(?:{_TENS})(?:{_GLUED_ONES})|{_NUMBER_WORDS})(?![\p{{L}}])"

_TOKEN = rf"(?:{_DIGITS}|{NUMBER_WORD})"

# What may join two tokens inside one run.
_JOIN = rf"""(?:
      \s*[{_HYPHENS}]\s*(?:and\s*[{_HYPHENS}]\s*)?           # twenty-five, fifty - two, hundred-and-seventy
    | \s*,\s*(?=\p{{L}})                                       # one million, two hundred (inflect's style)
    | \s*&\s*                                                  # two hundred & forty
    | \s+point\s+(?:(?:o|oh)\s+)*                              # two point five, point o five
    | \s+of\s+(?=(?:{_SCALE_NAMES})(?![\p{{L}}]))               # a couple of hundred
    | \s+(?:and\s+)?(?:(?:an?|of\s+an?)\s+)?                   # one hundred and six, half a million, a quarter of a million
)"""

# Where a run may start: a digit or a number word.  Scanning a text for these
# alone is fast (the standard `re` engine); the run itself is then matched from
# each start that no run has taken in yet.  Each pattern opens with a class of
# characters, so that the engine skips all others at once; digits and words are
# scanned apart, since the characters that may open a number word are so many,
# and at each one the digits' branches were tried in vain.
RUN_START_DIGITS = re.compile(
    rf"""[.\d{_VULGAR}](?:
        (?<=[{_VULGAR}])                                   # ½
      | (?<=\.)(?<!\w\.)(?<!\d[.,]\.)\d+                    # .77, not the decimals of 3.77 or the tail of v1.2.77
      | (?<=\d)(?<!\w\d)(?<!\d[.,]\d)\d*                    # 12, not inside A12 or 1,234
    )""",
    re.VERBOSE)
# A number word, whole.  A plural multiplier starts no run: "hundreds", "millions" alone
# are vague multiples.  Searched in the text folded by `ASCII_FOLDS` and lower-cased, with
# a space put before it: a pattern that folds case is four times slower, and one that
# opens with the character before the word (no letter or digit) is tried once per word,
# not once per letter.  So a match starts where its word starts in the text itself.
_RUN_START_WORDS = [*(w for w in _NUMBER_WORD_LIST
                      if not (w.endswith("s") and (w in lex.SCALES or w in lex.HUNDRED or w in lex.DOZEN))),
                    "point", *(tens + ones for tens in lex.TENS for ones in _GLUED_ONES_LIST)]
RUN_START_WORD = re.compile(rf"\W(?:{_trie(_RUN_START_WORDS)})\b")
# "a" or "point" before a run's first token belongs to it: "a hundred", "point seven".
RUN_PREFIX_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}])(?:an?|point)\s+\Z", regex.IGNORECASE)

# A run of number tokens: digits and number words.  The run is split into
# figures later ("thirty two and forty one" is two), so it may take in too much here.
# The token is written out twice, not defined once and called: a called group makes
# every match four times slower (~12 us, even for a lone "12"), which costs far more
# than the ~6 ms the second copy adds to compiling.
RUN = regex.compile(
    rf"""
    (?:{_DIGITS_START}(?=[\d.{_VULGAR}])|(?<![\p{{L}}\p{{N}}])(?=\p{{L}}))
    (?:(?:an?|point)\s+)?                                     # a hundred, point seven
    {_TOKEN}
    (?:{_JOIN}{_TOKEN})*
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# The tokens of one run, with their offsets; "and", "a", "of", "point",
# commas and ampersands are kept so the reader can see the joins.
RUN_TOKEN = regex.compile(rf"\p{{L}}+|[,&]|(?P<digits>{_DIGITS})", regex.VERBOSE)

# The parts of a number in digits, to read its value.
DIGITS_PARTS = regex.compile(
    rf"""(?P<mantissa>[\d,.\s\u00a0\u202f\u2009]*?\d?)
    (?:[eE](?P<e>[-+{_MINUS}]?\d+)
      |\s?[x×*]\s?(?P<base>\d+)(?:\^(?P<sign>[-+{_MINUS}]*)|(?P<dash>[{_MINUS}]))(?P<exponent>\d+)
      |\^(?P<power_sign>[-+{_MINUS}]*)(?P<power>\d+))?
    (?P<vulgar>[{_VULGAR}])?\Z""",
    regex.VERBOSE,
)

# "hundreds", "tens of thousands", "several hundred", "dozens": vague multiples.
# A chain ("hundreds of thousands of millions") is matched whole, each scale a
# capture of `of_scale`: one figure, or none past `VAGUE_LARGEST` (see `numbers._vague_atom`).
VAGUE = regex.compile(
    rf"""(?<![\p{{L}}])
    (?:(?P<det>{phrases(lex.VAGUE_DETERMINERS)})\s+(?P<scale_after_det>hundred|thousand|million|billion|dozen)
      |(?P<multiple>dozens|hundreds|thousands|millions|billions|(?:{phrases(lex.VAGUE_NEEDING_OF)})(?=\s+of\b))
       (?:\s+of\s+(?P<of_scale>hundreds|thousands|millions|billions)(?!\p{{L}}))*
    )(?![\p{{L}}])""",
    regex.IGNORECASE | regex.VERBOSE,
)

# Every vague multiple holds one of these words: its multiple, or the last word of its
# determiner ("several", "a few").  `str.find` finds them in the text folded by
# `ASCII_FOLDS` (and lower-cased) five times faster than `re` or `regex` scans for them,
# so VAGUE is tried only where one stands.
VAGUE_CUES = tuple(dict.fromkeys([*lex.VAGUE_MULTIPLES, *(d.split()[-1] for d in lex.VAGUE_DETERMINERS)]))
# The characters that lower() leaves, or makes two of ("İ"), but that `regex` or `re`
# take for an ASCII letter when they fold case.
ASCII_FOLDS = str.maketrans({other: letter for letter, others in _OTHER_FOLDS.items() for other in others})
# The longest word that may stand before a cue inside a determiner ("some" in "some few").
VAGUE_LEAD = max(len(w) for d in lex.VAGUE_DETERMINERS for w in [*d.split()[:-1], ""])

# --- spans that hold digits but never a figure ------------------------------------

# Each rule is its own pattern, guarded by the character it must start with:
# one alternation of them all would be tried at every character of a text.  Each
# comes with its cue, found wherever a match may start, faster than `regex` scans the
# text for the pattern itself; the pattern is then tried only there.  A cue is the
# strings every match opens with, which `str.find` finds ten times faster than `re`
# finds a class of characters, or else a pattern for `re` (a month's name).  No cue
# for a rule that opens with a digit or a word: `re` knows fewer digits than `regex`,
# and folds case otherwise.
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in lex.MONTHS), key=len, reverse=True))
_MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()})\.?"
_NOT_IDENTIFIER_WORDS = phrases([*lex.NEGATIVE_WORDS, "mid", "early", "late"])
NOT_A_FIGURE = tuple((regex.compile(p, regex.VERBOSE), re.compile(cue) if isinstance(cue, str) else cue)
                     for p, cue in (
    # links and addresses, with their dates and ids
    (r"""(?:https?://|www\.)[^\s<>"'\])]+""", ("http://", "https://", "www.")),
    (r"""@(?<=[\w.+-]@)[\w-]+\.[\w.-]+                                     # the domain of an address""", ("@",)),
    # dates, clock times, ordinals and codes that open with a digit
    (r"""(?<![\p{L}\p{N}.,])(?=\d)
    (?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b                                  # 2024/12/04, 2024-12-04
      |\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b                                # 04/12/2024, 4.12.24
      |\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?""" + _MONTH + r"""(?:\s*,?\s*\d{4})?\b  # 31 July 2011
      |\d{4}s\b                                                         # 1990s
      |(?:1[89]|20)\d\d[-–/](?:1[89]|20)?\d\d\b(?!\s*(?:people|%))       # 2015-16, 2014/2015
      |\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\b\.?)                            # 7.30pm, 10:30 a.m.
      |\d{1,2}:\d{2}(?::\d{2})?\b                                       # 10:30, 23:59:59
      |\d{1,2}\s*(?i:[ap]\.m\.|[ap]m\b)                                 # 11 pm, 7am (not 2.1 pm, picometres)
      |\d{3,4}\s*(?i:hrs|hours)\s+(?i:gmt|utc|local)\b                  # 0600 hrs GMT
      |\d+(?i:st|nd|rd|th)\b                                            # 4th, 21st
      |\d+(?![xX×eE])\p{L}+\d[\p{L}\p{N}]*                              # 06F6, 3D2
      |\d+(?:\.\d+){2,}(?![\p{N}])                                      # 192.168.1.2, version 1.2.3
      |9/11\b | 24/7\b                                                  # dates and phrases of their own
      |[2-6]G\b                                                         # 5G networks
      |\d{3}[.-]\d{3}[.-]\d{4}\b                                        # 212-555-1234
      |\d+/0+(?![\p{N}])                                                # 1/0: no fraction
    )""", None),
    # dates that open with a month: July 31, December 04, 2024, March 2011
    (r"""\b""" + _MONTH + r"""(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*,?\s*\d{4})?(?!\d|,\d)|\s*,?\s+\d{4}\b)""",
     rf"{_MONTH_NAMES}|{_MONTH_NAMES.upper()}"),
    (r"""\b(?i:mid|early|late|end|start)-\d{4}s?\b                        # mid-2012""", None),
    (r"""['’]\d\d(?:s\b)?                                                  # '90s""", ("'", "’")),
    # identifiers: a word, a hyphen and digits (Su-24, COVID-19, fb−1), matched from the hyphen
    (r"""(?=[\-‐‑−]\d)(?<=(?<![\p{L}\p{N}])(?!(?i:""" + _NOT_IDENTIFIER_WORDS + r""")[\-‐‑−])\p{L}[\p{L}.]*)
        [\-‐‑−]\d+(?:[\-‐‑]?\p{L}+\d*)?""", ("-", "‐", "‑", "−")),
    # identifiers: letters and digits glued (G20, MH17, I7-860BOX, J1149.5+6663), matched from the digit
    (r"""(?=\d)(?<=(?<![\p{L}\p{N}])\p{L}+)\d[\p{L}\p{N}]*(?:[\-‐‑.+/][\p{L}\p{N}]+)*""", None),
    # phone numbers
    (r"""(?<![\d,.])\+\d[\d\s()./-]{7,}\d                                  # +90 212 555 1234, +1-222-2222/2222
      | \(\d{2,4}\)\s*\d{3,4}[\s.-]\d{3,4}                                # (212) 555-1234""", ("+", "(")),
    (r"""\^(?<=\p{L}\^)[-+]?\d+                                            # km^3, m^2: a unit's power""", ("^",)),
))

# --- what stands before a figure ----------------------------------------------------

# The word (or sign) just before a figure.
WORD_BEFORE = regex.compile(r"(?r)([\p{L}'’.#№+]+|[#№$€£¥])\s*\Z")
# The word before that one: "the end of 2014".
WORD_BEFORE_OF = regex.compile(r"(?r)([\p{L}]+)\s+of\s*\Z", regex.IGNORECASE)

# A qualifier that ends right before the figure: "up to 4,000", "~2", "an estimated 6,000".
# One alternation, longest first, so that "no more than" wins over "more than".
QUALIFIER_BEFORE = regex.compile(
    rf"(?r)(?:(?<![\p{{L}}])|(?![\p{{L}}]))(?P<qualifier>{phrases(lex.QUALIFIERS)})\s*\Z",
    regex.IGNORECASE,
)
# Opens a range whose first figure follows: "between 20 and 30", "from 100 to 1000".
RANGE_OPENER_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}])(?P<opener>{phrases(lex.RANGE_OPENERS)})\s+\Z",
                                    regex.IGNORECASE)
# What a figure changed by, before it: "rose by one to 158" is a change and a new figure, not a range.
CHANGED_BY_BEFORE = regex.compile(r"(?r)(?<![\p{L}])by\s+\Z", regex.IGNORECASE)
# The same for a change from one figure to another: "rose from 353 to 379" gives two figures, no range.
CHANGED_FROM_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}])(?:{phrases(lex.CHANGE_VERBS)})\s+from\s+\Z", regex.IGNORECASE)
# A minus sign or word: "minus 5", "negative-5", "-5", "<-30", "$-99.99"; "- 5" only
# where the text opens, since elsewhere a spaced dash is punctuation ("Syria - 5 killed").
NEGATIVE_BEFORE = regex.compile(
    rf"""(?r)(?:(?<![\p{{L}}])(?:{phrases(lex.NEGATIVE_WORDS)})[\s{_HYPHENS}]*
        |(?<![^\s(\[=:<>≤≥$€£])[{_MINUS}]
        |^[{_MINUS}][ ]+)\Z""",
    regex.IGNORECASE | regex.VERBOSE)
CURRENCY_BEFORE = regex.compile(
    r"(?r)(?P<cur>US\$|C\$|A\$|\$|€|£|¥|₹|₽|₩|₺|\b(?:USD|EUR|GBP|CHF|Rs\.?))\s?\Z", regex.IGNORECASE)

# --- what follows a figure, tried at its end ----------------------------------------

DIGIT_SUFFIX_AFTER = regex.compile(
    rf"[ ]{{0,2}}(?P<suffix>{phrases(lex.DIGIT_SUFFIXES)}|MM|M|K|B|G|T)(?![\p{{L}}\p{{N}}])")
SLASH_FRACTION_AFTER = regex.compile(r"/(?P<den>\d+)(?![\d/])")
# The fraction of a mixed number: "1 4/5", "2 1/2".
FRACTION_AFTER = regex.compile(r"\s+(?P<num>\d+)/(?P<den>\d+)(?![\d/])")
PERCENT_AFTER = regex.compile(rf"\s?(?P<unit>{phrases(lex.PERCENT_WORDS)})(?![\p{{L}}])", regex.IGNORECASE)
CURRENCY_AFTER = regex.compile(
    rf"""(?:\s?(?P<sign>[$€£¥₹₽])|\s+(?P<word>(?:{phrases(lex.CURRENCY_WORDS)})(?![\p{{L}}])))""",
    regex.IGNORECASE)
# The unit a rate is per: "$350 per kg", "20 J/m^2".
PER_UNIT_AFTER = regex.compile(r"\s?(?:/|per\s)\s?", regex.IGNORECASE)
# A tolerance that belongs to the figure: "2,000.45±0.01", "9.83e-3 +/- 1e-5".
TOLERANCE_AFTER = regex.compile(rf"\s?(?:{phrases(lex.TOLERANCE_SIGNS)})\s?(?:{_DIGITS})",
                                regex.IGNORECASE | regex.VERBOSE)
# A qualifier after its figure stands on the figure's line: a headline's "kills 33" takes no "At least"
# from the line below it.
AT_LEAST_AFTER = regex.compile(
    rf"(?:\+(?![\d\p{{L}}])|[^\S\n]+(?:or|and)\s+(?:more|over|above|greater|up)\b|-?[^\S\n]?plus\b(?!\s*\d)"
    rf"|[^\S\n]+at\s+least\b)", regex.IGNORECASE)
AT_MOST_AFTER = regex.compile(r"[^\S\n]+(?:or|and)\s+(?:less|fewer|under|below)\b|[^\S\n]+at\s+most\b", regex.IGNORECASE)
# Between two figures of one range.  A hyphen left hanging before "to" belongs
# to it ("8- to 16-meter"); a sign or a currency may open the second figure.
RANGE_JOINER_AFTER = regex.compile(
    rf"""(?:[-‐‑]\s+(?=to\b))?\s*(?P<joiner>[{_HYPHENS}~]|{phrases(lex.RANGE_JOINERS)})\s*~?\s*
        (?:(?:{phrases(lex.APPROX)})\s+)?                     # between 2 g and about 7 g
        (?P<sign>[{_MINUS}](?=\d))?(?P<cur>US\$|\$|€|£|¥)?""",
    regex.IGNORECASE | regex.VERBOSE)
# Between a part and its whole: "one over three", "two out of five", "one in five".
FRACTION_JOINER_AFTER = regex.compile(rf"\s+(?P<joiner>{phrases(lex.FRACTION_JOINERS)})\s+",
                                      regex.IGNORECASE)
# Between a lower and an upper bound of one range: "more than 10 and less than 40".
BOUND_PAIR_JOINER = regex.compile(rf"\s*(?:{phrases(lex.BOUND_PAIR_JOINERS)})\s*", regex.IGNORECASE)
# A dash after a figure inside a run: it may open a range ("12-15 million").
DASH_AFTER = regex.compile(rf"\s*[{_HYPHENS}]")
# A hyphen and digits: a figure in a chain like "1-222-2222" or "three-nought-four" is no range end.
HYPHEN_CHAIN_BEFORE = regex.compile(rf"(?r)(?:\d|(?<![\p{{L}}])\p{{L}}+)\s*[{_HYPHENS}]\Z")


@functools.cache
def hyphen_chain_after() -> regex.Pattern:
    """The same after a figure.  Compiled on first use, not at import: only a dash between two
    figures needs it, and its ~300 number words take 10 ms to compile, a tenth of what
    `numclaims extract` may spend starting."""
    return regex.compile(rf"[{_HYPHENS}]\s*(?:\d|{NUMBER_WORD})", regex.IGNORECASE)


NEXT_WORD = regex.compile(r"[\s-]*(?P<word>[\p{L}°²³/.%$€£]+(?:\s+[\p{L}]+)?)")
