"""Read the value of spelled-out English numbers, with digits mixed in.

A run of number tokens found in a text may hold several figures ("one, two
and three"; "thirty two and forty one"; "2011 200") or one ("two million three
thousand and nineteen"; "half a million"; "4 thousand 3 hundred and 21").
`read_run` splits a run into figures and values each.  The grammar is the one
English speakers use: units after tens, "hundred" after a small group, scale
words in falling order ("billion twenty three million"), "and" only after
"hundred" or a scale, a fraction after a whole with "and" ("two and a half"),
a denominator after a numerator ("three fifths", "one twenty-fifth").

Tokens are lower-case words, "," and `Digits` (a number written in digits).

>>> [(f.value, f.kind) for f in read_run(["one", "hundred", "and", "twenty"])]
[(120, 'cardinal')]
>>> [f.value for f in read_run(["thirty", "two", "and", "forty", "one"])]
[32, 41]
>>> read_run(["half", "a", "million"])[0].value
500000
>>> [(f.value, f.kind) for f in read_run(["forty", "second"])]
[(42, 'ordinal')]
>>> read_run([Digits(Fraction(3), "3"), "hundred", "and", Digits(Fraction(21), "21")])[0].value
321
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from numclaims.lexicon import numbers as lex

_ONES = {w: n for w, n in lex.UNITS.items() if n < 10}
_TEENS = {w: n for w, n in lex.UNITS.items() if n >= 10}
_ORDINALS = lex.ORDINAL_WORDS
_PLURAL_ORDINALS = {w + "s": n for w, n in _ORDINALS.items()}
_SCALE_ORDINALS = {w: n for w, n in _ORDINALS.items() if n >= 100}
_A_TAKERS = {*lex.HUNDRED, *lex.SCALES, *lex.DOZEN}
_FRACTION_OR_RANK_WORDS = {*_ORDINALS, *_PLURAL_ORDINALS, *lex.HALVES, *lex.PAIR_WORDS, "point"}


@dataclass(frozen=True, slots=True)
class Digits:
    """A number written in digits inside a run of words: its exact value and its digits as written."""

    value: int | Fraction
    text: str


Token = str | Digits


@dataclass(slots=True)
class SpelledFigure:
    """Tokens ``first``..``last`` (inclusive) of a run read as one figure."""

    first: int
    last: int
    value: float
    kind: str = "cardinal"      # "cardinal", "fraction" or "ordinal"
    scale: float = 1            # the scale word it ends with: "15 million" -> 10**6, for "12-15 million"
    rank: str = ""              # a fraction that may be a rank: "before a noun" ("a third day"),
                                # "unless of" ("one hundredth": 1/100 only in "one hundredth of")
    approximate: bool = False   # "a couple"


_GLUED = {tens + ones: [tens, ones] for tens in lex.TENS
          for ones, n in [*_ONES.items(), *_ORDINALS.items()] if 0 < n < 10}


def split_glued(word: str) -> list[str]:
    """'twentyone' -> ['twenty', 'one']; other words unchanged.

    >>> split_glued("thirtyseven"), split_glued("seven")
    (['thirty', 'seven'], ['seven'])
    """
    return _GLUED.get(word) or [word]


def read_run(tokens: list[Token]) -> list[SpelledFigure]:
    """Every figure in a run of number tokens, in order."""
    figures, i = [], 0
    # Fractions and ordinals need a word like "third", "half" or "point": most runs have none,
    # and reading them as plain wholes is much faster.
    plain = not any(isinstance(t, str) and t in _FRACTION_OR_RANK_WORDS for t in tokens)
    while i < len(tokens):
        figure = _whole_at(tokens, i) if plain else _figure_at(tokens, i)
        if figure is None:
            i += 1
        else:
            figures.append(figure)
            i = figure.last + 1
    return figures


# --- whole numbers ----------------------------------------------------------

@dataclass(slots=True)
class _Reading:
    """A whole number read from tokens ``start``..``end - 1``."""

    start: int
    end: int
    value: int | Fraction
    last: str                   # kind of its last token: one, tens, teen, hundred, scale, digits, dozen, zero
    scale: int = 1              # its trailing scale word, 1 if it ends otherwise
    smallest_scale: int | None = None


def _whole(value: int | Fraction) -> bool:
    return isinstance(value, int) or value.denominator == 1


# Each number word's kind in the grammar, and its value.
_WORDS: dict[str, tuple[str, int]] = {
    **{w: ("zero" if n == 0 else "one", n) for w, n in _ONES.items()},
    **{w: ("teen", n) for w, n in _TEENS.items()},
    **{w: ("tens", n) for w, n in lex.TENS.items()},
    **{w: ("hundred", n) for w, n in lex.HUNDRED.items()},
    **{w: ("scale", n) for w, n in lex.SCALES.items()},
    **{w: ("abbreviated scale", n) for w, n in lex.SCALE_ABBREVIATIONS.items()},
    **{w: ("dozen", n) for w, n in {**lex.DOZEN, **lex.DOZEN_ABBREVIATIONS}.items()},
    "and": ("and", 0), "&": ("and", 0),
}
_MULTIPLIERS = ("hundred", "scale", "dozen")


def _kind(token: Token) -> str:
    if isinstance(token, Digits):
        return "digits"
    return _WORDS[token][0] if token in _WORDS else token


def _word_value(token: Token) -> int | Fraction:
    return token.value if isinstance(token, Digits) else _WORDS[token][1]


@dataclass(slots=True)
class _WholeReader:
    """The state of reading one whole number, token by token (see `_wholes`)."""

    total: int | Fraction = 0        # the part above the last scale word (a Fraction once decimals come in)
    group: int | Fraction = 0        # the part below it
    last: str | None = None
    before_and: str | None = None    # what "and" followed: hundred or scale
    has_hundred: bool = False
    smallest_scale: int | None = None
    last_scale: int = 1
    after_comma: bool = False

    def take(self, kind: str, value) -> bool:  # noqa: C901 - one grammar, read in one place
        """Read one more token; False when it cannot continue this number."""
        last = self.last
        if kind == "zero":
            if last is not None:
                return False
        elif kind in ("one", "teen", "tens"):
            if last == "tens" and kind == "one":
                kind = "tensone"
            elif last not in (None, "hundred", "scale", "and"):
                return False
            self.group += value
        elif kind == "digits":
            if not self._digits_fit(value):
                return False
            self.group += value
        elif kind == "hundred":
            if last in ("one", "teen", "tens", "tensone", "a", "digits") and not self.has_hundred \
                    and 0 < self.group < 100 and _whole(self.group):
                self.group *= 100
            elif last == "digits" and not self.total and not self.has_hundred:
                self.group *= 100                   # "322 hundred", "2.12 hundred"
            elif last in (None, "scale") and not self.group:
                self.group = 100                    # "hundred thirty-six", "two thousand hundred"
            else:
                return False
            self.has_hundred = True
        elif kind in ("scale", "abbreviated scale"):
            if not self._take_scale(value, abbreviated=kind != "scale"):
                return False
            kind = "scale"
        elif kind == "dozen":
            if last not in ("one", "teen", "tens", "tensone", "hundred", "a", "digits", None):
                return False
            if self.has_hundred and self.group % 100:
                self.group += (self.group % 100) * 11    # "three hundred and two dozens": 300 + 24
            else:
                self.group = (self.group or 1) * 12
        elif kind == "and":
            if last not in ("hundred", "scale"):
                return False
            self.before_and = last
        else:
            return False
        self.last = kind
        return True

    def _digits_fit(self, value) -> bool:
        """Digits start a number, or fill the place a scale, "hundred" or "and" left open."""
        if self.last is None:
            return True
        whole = _whole(value)
        if self.last == "scale":
            return whole and value < (self.smallest_scale or 0)
        if self.last == "hundred":
            return whole and value < 100
        if self.last == "and":
            return whole and 0 < value < (100 if self.before_and == "hundred" else self.last_scale)
        return False

    def _take_scale(self, scale: int, abbreviated: bool) -> bool:
        last = self.last
        if last in (None, "and"):
            if self.total or last == "and" or abbreviated:
                return False
            self.total = scale                       # "million" alone
        elif last == "scale":
            if self.after_comma or scale <= self.last_scale:
                return False
            self.total = (self.total + self.group) * scale       # "two thousand million"
        elif self.smallest_scale is None or scale < self.smallest_scale:
            self.total += self.group * scale
        elif not self.after_comma and scale > self.smallest_scale:
            self.total = (self.total + self.group) * scale       # "two thousand two million"
        else:
            return False
        self.smallest_scale = scale if self.smallest_scale is None else min(scale, self.smallest_scale)
        self.group, self.has_hundred, self.last_scale = 0, False, scale
        return True

    @property
    def value(self) -> int | Fraction:
        return self.total + self.group


def _wholes(tokens: list[Token], i: int) -> list[_Reading]:
    """Every whole number that starts at token i, shortest first."""
    reader = _WholeReader()
    k = i
    if tokens[i] in ("a", "an"):
        if i + 1 >= len(tokens) or tokens[i + 1] not in _A_TAKERS:
            return []
        reader.group, reader.last, k = 1, "a", i + 1
    readings: list[_Reading] = []
    before_comma: int | None = None
    before_and: int | None = None
    while k < len(tokens):
        token = tokens[k]
        if token == ",":
            if reader.last != "scale" or k + 1 >= len(tokens):
                break
            reader.after_comma, before_comma = True, len(readings)
            k += 1
            continue
        if isinstance(token, Digits):
            kind, value = "digits", token.value
        else:
            kind, value = _WORDS.get(token, (token, 0))
            if reader.last is None and token.endswith("s") and kind in _MULTIPLIERS:
                break       # "hundreds", "dozens", "millions" alone are vague multiples
        if not reader.take(kind, value):
            if before_comma is not None and kind in ("scale", "abbreviated scale"):
                del readings[before_comma:]    # "two thousand, two million" is two figures
            elif before_and is not None and kind in _MULTIPLIERS + ("abbreviated scale",):
                del readings[before_and:]      # "3 hundred and 2 hundred" is two figures
            break
        k += 1
        if reader.last == "and":
            before_and = len(readings)
        else:
            readings.append(_Reading(i, k, reader.value, reader.last,
                                     reader.last_scale if reader.last == "scale" else 1, reader.smallest_scale))
        if reader.last in ("dozen", "zero"):
            break
    return readings


# --- fractions and ordinals -------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Denominator:
    value: int
    end: int
    singular: bool
    rank: bool              # an ordinal word ("third"), which may also be a rank; "half" never is


def _ordinal_after(tokens: list[Token], whole: _Reading, plural: bool = False) -> tuple[int, int] | None:
    """An ordinal word that completes ``whole`` into one ordinal: 'forty second', 'two millionth'.

    Returns the ordinal's value and the index of its token.  A plural ordinal
    ('thirty fifths') completes only a denominator: "twenty seconds" is a duration.
    """
    k = whole.end
    if k < len(tokens) and tokens[k] == "and" and whole.last in ("hundred", "scale"):
        k += 1
    if k >= len(tokens) or not isinstance(tokens[k], str):
        return None
    word = tokens[k]
    number = _ORDINALS.get(word) or (_PLURAL_ORDINALS.get(word) if plural else None)
    if number is None:
        return None
    if word in _SCALE_ORDINALS or word.rstrip("s") in _SCALE_ORDINALS:
        if k == whole.end and whole.last in ("one", "teen", "tens", "tensone", "hundred", "a"):
            return int(whole.value) * number, k
        return None
    fits = (whole.last == "tens" and number < 10) or (whole.last in ("hundred", "scale") and number < 100)
    return (int(whole.value) + number, k) if fits else None


def _denominator(tokens: list[Token], k: int) -> _Denominator | None:
    """A denominator starting at token k: 'fifths', 'thirty fifths', 'one thousand fifth', 'quarters'."""
    if k >= len(tokens) or not isinstance(tokens[k], str):
        return None
    word = tokens[k]
    if word in lex.HALVES:
        return _Denominator(lex.HALVES[word], k + 1, not word.endswith("s"), rank=False)
    alone = word.rstrip("s") not in lex.DENOMINATOR_ALONE_EXCLUDED
    if word in _ORDINALS and alone:
        return _Denominator(_ORDINALS[word], k + 1, True, rank=True)
    if word in _PLURAL_ORDINALS and alone:
        return _Denominator(_PLURAL_ORDINALS[word], k + 1, False, rank=True)
    if _kind(word) not in ("one", "teen", "tens"):
        return None
    best = None
    for whole in _wholes(tokens, k):
        if found := _ordinal_after(tokens, whole, plural=True):
            value, at = found
            best = _Denominator(value, at + 1, tokens[at] in _ORDINALS, rank=True)
    return best


@dataclass(frozen=True, slots=True)
class _Fraction:
    value: Fraction
    end: int                 # the token after its denominator
    rank: str = ""           # how it may be a rank instead: "before a noun" ("a third day"),
                             # "unless of" ("one hundredth" is also the 100th)


def _numerator_fraction(tokens: list[Token], i: int, wholes: list[_Reading]) -> _Fraction | None:
    """A numerator and its denominator: 'three fifths', 'one hundred thirty fifths', 'a hundredth'.

    The shortest numerator that leaves a denominator wins ("one hundred thirty
    fifths" is 100/35), but a compound like "ninety-five" is never split.
    """
    numerators = [_Reading(i, i + 1, 1, "a"), *wholes] if tokens[i] in ("a", "an") else wholes
    for whole in numerators:
        if whole.last == "digits":
            continue        # "100 millionths": digits take no spelled denominator
        denominator = _denominator(tokens, whole.end)
        if denominator is None or denominator.value in (0, 1):
            continue
        if whole.last == "tens" and _kind(tokens[whole.end]) == "one":
            continue
        if denominator.singular != (whole.value == 1):
            continue
        rank = ""
        if denominator.singular and denominator.rank:
            also_ordinal = whole.last != "a" and _ordinal_after(tokens, whole) == (
                whole.value * denominator.value, denominator.end - 1)
            rank = "unless of" if also_ordinal else "before a noun"
        return _Fraction(Fraction(whole.value, denominator.value), denominator.end, rank)
    return None


def _fraction_parts(tokens: list[Token], i: int) -> _Fraction | None:
    """A fraction with no whole before it: 'half', 'a quarter', 'a fifth', 'three quarters'."""
    k = i + 1 if tokens[i] in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1] in ("half", "quarter") else i
    if tokens[k] in ("half", "quarter"):
        return _Fraction(Fraction(1, lex.HALVES[tokens[k]]), k + 1)
    return _numerator_fraction(tokens, i, _wholes(tokens, i))


def _scale_after(tokens: list[Token], k: int, of: bool) -> int | None:
    """The index of a singular scale word at k, or after 'of a' when ``of``: 'two thirds of a million'."""
    if of and k < len(tokens) and tokens[k] == "of":
        k += 1
    if of and k < len(tokens) and tokens[k] in ("a", "an"):
        k += 1
    if k < len(tokens) and isinstance(tokens[k], str) and not tokens[k].endswith("s") \
            and (tokens[k] in lex.SCALES or tokens[k] in lex.DOZEN or tokens[k] in lex.HUNDRED):
        return k
    return None


def _fraction_figure(tokens: list[Token], i: int, part: _Fraction) -> SpelledFigure:
    """A fraction, or a fraction of a scale: 'two thirds of a million', 'half million', 'half a dozen'."""
    if (at := _scale_after(tokens, part.end, of=True)) is not None:
        scale = _word_value(tokens[at])
        return _figure(i, at, part.value * scale, scale=scale)
    return _figure(i, part.end - 1, part.value, "fraction", rank=part.rank)


def _mixed(tokens: list[Token], wholes: list[_Reading]) -> SpelledFigure | None:
    """A whole, "and", a fraction: 'two and a half', 'a million and a half', 'two and fifty-four hundredths'."""
    for whole in reversed(wholes):
        k = whole.end
        if k + 1 >= len(tokens) or tokens[k] != "and":
            continue
        part = _fraction_parts(tokens, k + 1)
        if part is None or part.value >= 1:
            continue
        at = _scale_after(tokens, part.end, of=False)
        scale = _word_value(tokens[at]) if at is not None and tokens[at] in lex.SCALES else None
        if scale and whole.smallest_scale is None:
            return _figure(whole.start, at, (whole.value + part.value) * scale, scale=scale)   # "two and a half million"
        if scale and scale < whole.smallest_scale:
            return _figure(whole.start, at, whole.value + part.value * scale)   # "one billion and a half million"
        if whole.last == "scale":
            return _figure(whole.start, part.end - 1, whole.value + part.value * whole.scale)   # "a million and a half"
        return _figure(whole.start, part.end - 1, whole.value + part.value)
    return None


# --- decimals -----------------------------------------------------------------

_MAX_DECIMALS = 15       # digits after "point" beyond these are other figures

def _decimal_digits(tokens: list[Token], k: int) -> tuple[str, int]:
    """The digits after 'point': 'five' -> '5', 'o five' -> '05', 'ninety-nine' -> '99', '77' -> '77'."""
    if k < len(tokens) and isinstance(tokens[k], Digits):
        text = tokens[k].text
        return (text, k + 1) if text.isdigit() else ("", k)
    digits = ""
    while k < len(tokens) and isinstance(tokens[k], str) and len(digits) < _MAX_DECIMALS:
        word = tokens[k]
        if word in _ONES or word in lex.DECIMAL_ZEROS:
            digits += str(_ONES.get(word, 0))
        elif word in _TEENS or (word in lex.TENS and not digits):
            tens = _TEENS.get(word) or lex.TENS[word]
            if k + 1 < len(tokens) and word in lex.TENS and _kind(tokens[k + 1]) == "one":
                return digits + str(tens + _ONES[tokens[k + 1]]), k + 2
            return digits + str(tens), k + 1
        else:
            break
        k += 1
    return digits, k


def _decimal(tokens: list[Token], i: int, whole: Fraction, k: int) -> SpelledFigure | None:
    """'point' at token k after a whole (or at the start): 'two point five million', 'point 77'."""
    digits, j = _decimal_digits(tokens, k + 1)
    if not digits:
        return None
    value = whole + Fraction(int(digits), 10 ** len(digits))
    if j < len(tokens) and tokens[j] in lex.SCALES:
        return _figure(i, j, value * lex.SCALES[tokens[j]], scale=lex.SCALES[tokens[j]])
    return _figure(i, j - 1, value)


# --- one figure ---------------------------------------------------------------

def _figure(first: int, last: int, value: int | Fraction, kind: str = "cardinal", **extra) -> SpelledFigure:
    if isinstance(value, Fraction):
        value = int(value) if value.denominator == 1 else float(value)
    return SpelledFigure(first, last, value, kind, **extra)


def _pair_at(tokens: list[Token], i: int) -> SpelledFigure | None:
    """'a couple', 'a pair', 'a couple of hundred': two, or two of a scale."""
    if tokens[i] not in ("a", "an") or i + 1 >= len(tokens) or tokens[i + 1] not in lex.PAIR_WORDS:
        return None
    approximate = lex.PAIR_WORDS[tokens[i + 1]] == "approx"
    j = i + 3 if i + 2 < len(tokens) and tokens[i + 2] == "of" else i + 2
    if j < len(tokens) and (tokens[j] in lex.SCALES or tokens[j] == "hundred") and not tokens[j].endswith("s"):
        return _figure(i, j, 2 * _word_value(tokens[j]), approximate=approximate)
    return _figure(i, i + 1, 2, approximate=approximate)


def _figure_at(tokens: list[Token], i: int) -> SpelledFigure | None:
    """The figure that starts at token i, if any.

    The readings are tried in this order because each is a longer reading of
    the one after it: a mixed number ("two and a half") holds a whole, a
    fraction ("three fifths") a numerator, an ordinal ("forty second") a cardinal.
    """
    if tokens[i] == "point":
        return _decimal(tokens, i, Fraction(0), i)
    if pair := _pair_at(tokens, i):
        return pair
    wholes = _wholes(tokens, i)
    if not wholes:
        part = _fraction_parts(tokens, i)
        return _fraction_figure(tokens, i, part) if part else _lone_ordinal(tokens, i)
    if mixed := _mixed(tokens, wholes):
        return mixed
    if part := _numerator_fraction(tokens, i, wholes):
        return _fraction_figure(tokens, i, part)
    longest = wholes[-1]
    if (ordinal := _ordinal_after(tokens, longest)) is not None:
        return _figure(i, ordinal[1], ordinal[0], "ordinal")
    if longest.end < len(tokens) and tokens[longest.end] == "point" and longest.last != "dozen":
        if decimal := _decimal(tokens, i, longest.value, longest.end):
            return decimal
    return _figure(i, longest.end - 1, longest.value, scale=longest.scale)


def _whole_at(tokens: list[Token], i: int) -> SpelledFigure | None:
    """The whole number that starts at token i, in a run with no fraction or rank in it."""
    wholes = _wholes(tokens, i)
    if not wholes:
        return None
    longest = wholes[-1]
    return _figure(i, longest.end - 1, longest.value, scale=longest.scale)


def _lone_ordinal(tokens: list[Token], i: int) -> SpelledFigure | None:
    """'fifth', 'second' alone: a rank, kept so that nothing reads it as a count."""
    token = tokens[i]
    if isinstance(token, str) and token in _ORDINALS:
        return _figure(i, i, _ORDINALS[token], "ordinal")
    return None
