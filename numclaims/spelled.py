"""Read the value of spelled-out English numbers.

A run of number words found in a text may hold several figures ("one, two
and three"; "thirty two and forty one") or one ("two million three thousand
and nineteen"; "half a million").  `read_run` splits a run into figures and
values each.  The grammar is the one English speakers use: units after tens,
"hundred" after a small group, scale words in falling order ("billion twenty
three million"), "and" only after "hundred" or a scale, fractions after "and a".

>>> [(f.value, f.kind) for f in read_run(["one", "hundred", "and", "twenty"])]
[(120, 'cardinal')]
>>> [f.value for f in read_run(["thirty", "two", "and", "forty", "one"])]
[32, 41]
>>> read_run(["half", "a", "million"])[0].value
500000.0
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from numclaims.lexicon import numbers as lex

_ONES_TEENS = lex.UNITS
_A_TAKERS = {*lex.HUNDRED, *lex.SCALES, *lex.DOZEN, "half", "quarter", "quarters", "third",
             *lex.FRACTIONS}
_ORDINAL_ONES = {w: n for w, n in lex.ORDINAL_WORDS.items() if 1 <= n <= 9}
_SINGULAR_DENOMINATORS = {w: d for w, d in lex.FRACTIONS.items() if not w.endswith("s")}


@dataclass(frozen=True, slots=True)
class SpelledFigure:
    """Tokens ``first``..``last`` (inclusive) of a run read as one figure."""

    first: int
    last: int
    value: float
    kind: str  # "cardinal", "fraction" or "ordinal"
    ends_open: bool = False  # ends in tens, "hundred" or a scale: an ordinal word may follow


def split_glued(word: str) -> list[str]:
    """'twentyone' -> ['twenty', 'one']; other words unchanged.

    >>> split_glued("thirtyseven"), split_glued("seven")
    (['thirty', 'seven'], ['seven'])
    """
    for tens in lex.TENS:
        if word.startswith(tens) and len(word) > len(tens):
            rest = word[len(tens):]
            if rest in _ONES_TEENS or rest in _ORDINAL_ONES:
                return [tens, rest]
    return [word]


def read_run(words: list[str]) -> list[SpelledFigure]:
    """Every figure in a run of lower-case number words, in order."""
    figures, i = [], 0
    while i < len(words):
        figure = _read_one(words, i)
        if figure is None:
            i += 1
        else:
            figures.append(figure)
            i = figure.last + 1
    return figures


def _fraction_at(words: list[str], k: int) -> tuple[Fraction, int] | None:
    """A fraction starting at word k: 'a half', 'one quarter', 'three eighths'.  Returns (value, next k)."""
    if k + 1 < len(words) and words[k] in ("a", "an", "one") and words[k + 1] in _SINGULAR_DENOMINATORS:
        return Fraction(1, _SINGULAR_DENOMINATORS[words[k + 1]]), k + 2
    if k + 1 < len(words) and words[k] in _ONES_TEENS and words[k + 1] in lex.FRACTIONS \
            and words[k + 1].endswith("s"):
        return Fraction(_ONES_TEENS[words[k]], lex.FRACTIONS[words[k + 1]]), k + 2
    if k < len(words) and words[k] in ("half", "quarter"):
        return Fraction(1, lex.FRACTIONS[words[k]]), k + 1
    return None


def _read_one(words: list[str], i: int) -> SpelledFigure | None:  # noqa: C901 - one grammar, read in one place
    n = len(words)
    total = Fraction(0)
    group = Fraction(0)          # the part below the last scale word
    group_has_hundred = False
    last = None                 # kind of the last word read: one, teen, tens, hundred, scale, dozen
    smallest_scale = None
    last_scale = None
    after_comma = False
    accept: SpelledFigure | None = None
    k = i

    def figure(last_index: int, value, kind: str = "cardinal", ends_open: bool = False) -> SpelledFigure:
        value = float(value) if isinstance(value, Fraction) and value.denominator != 1 else int(value)
        return SpelledFigure(i, last_index, value, kind, ends_open)

    # Leading forms that stand alone: "half a million", "a quarter of a million", "a dozen".
    if words[i] in ("a", "an"):
        if i + 1 >= n or words[i + 1] not in _A_TAKERS:
            return None
        if words[i + 1] in _SINGULAR_DENOMINATORS and words[i + 1] not in ("half", "quarter"):
            return figure(i + 1, Fraction(1, _SINGULAR_DENOMINATORS[words[i + 1]]), "fraction")
        group, last, k = Fraction(1), "a", i + 1
    while k < n:
        w = words[k]
        if w == ",":
            if last != "scale" or k + 1 >= n:
                break
            after_comma, k = True, k + 1
            continue
        if w in ("half", "quarter", "quarters") and last in (None, "a", "one"):
            # "half a million", "a quarter of a million", "three quarters of a million", "half a dozen"
            share = Fraction(1, 2) if w == "half" else Fraction(1, 4) * (group if w == "quarters" else 1)
            j = k + 1
            if j < n and words[j] == "of":
                j += 1
            if j + 1 < n and words[j] in ("a", "an") and (words[j + 1] in lex.SCALES or words[j + 1] in lex.DOZEN
                                                        or words[j + 1] in lex.HUNDRED):
                scale = lex.SCALES.get(words[j + 1]) or lex.DOZEN.get(words[j + 1]) or 100
                return figure(j + 1, share * scale)
            if last in ("a", "one") and w == "quarters":
                return None
            return figure(k, share, "fraction")
        if w in _ONES_TEENS:
            value = _ONES_TEENS[w]
            teen = value >= 10
            if last in (None, "hundred", "scale", "and"):
                group += value
            elif last == "tens" and not teen and value > 0:
                group += value
            else:
                break
            last = "teen" if teen or last == "tens" else "one"
            if value == 0 and last == "one" and k > i:
                break
        elif w in lex.TENS:
            if last not in (None, "hundred", "scale", "and"):
                break
            group += lex.TENS[w]
            last = "tens"
        elif w in _ORDINAL_ONES and last == "tens":
            return figure(k, group, "ordinal")
        elif w in lex.HUNDRED:
            if 0 < group < 100 and not group_has_hundred and last in ("one", "teen", "tens", "a"):
                group *= 100
            elif group == 0 and last in (None, "scale", "and"):
                group = Fraction(100)
            else:
                break
            group_has_hundred, last = True, "hundred"
        elif w in lex.SCALES:
            scale = lex.SCALES[w]
            if last == "scale":
                if after_comma or scale <= last_scale:
                    break
                total = (total + group) * scale        # "two thousand million"
                smallest_scale = scale
            elif last in (None, "and"):
                if total or last == "and":
                    break
                total = Fraction(scale)                 # "million" alone
                smallest_scale = scale
            elif smallest_scale is None or scale < smallest_scale:
                total += group * scale
                smallest_scale = scale
            elif not after_comma and scale > smallest_scale:
                total = (total + group) * scale         # "two thousand two million"
                smallest_scale = scale
            else:
                break
            group, group_has_hundred, last, last_scale = Fraction(0), False, "scale", scale
        elif w in lex.DOZEN:
            if last not in ("one", "teen", "tens", "hundred", "a", None):
                break
            if group_has_hundred and group % 100:
                group = group - group % 100 + (group % 100) * 12   # "three hundred and two dozens"
            else:
                group = (group or 1) * 12
            last = "dozen"
            accept = figure(k, total + group)
            k += 1
            break
        elif w == "and":
            fraction = _fraction_at(words, k + 1)
            if fraction and last in ("one", "teen", "tens", "hundred", "scale", "a"):
                share, k = fraction
                if last == "scale" and group == 0:
                    total += share * last_scale        # "a million and a half"
                    return figure(k - 1, total)
                group += share                          # "two and a half" (million?)
                if k < n and words[k] in lex.SCALES and (smallest_scale is None or lex.SCALES[words[k]] < smallest_scale):
                    return figure(k, total + group * lex.SCALES[words[k]])
                return figure(k - 1, total + group, "fraction" if total + group < 1 else "cardinal")
            if last not in ("hundred", "scale") or k + 1 >= n or words[k + 1] in ("and", ","):
                break
            last = "and"
            k += 1
            continue
        elif w == "point":
            if last in (None, "and", "a") or k + 1 >= n:
                break
            digits, j = _decimal_digits(words, k + 1)
            if not digits:
                break
            value = total + group + Fraction(int(digits), 10 ** len(digits))
            if j < n and words[j] in lex.SCALES:
                return figure(j, value * lex.SCALES[words[j]])
            return figure(j - 1, value)
        elif w in lex.FRACTIONS and w.endswith("s") and last in ("one", "teen", "tens", "hundred", "scale"):
            return figure(k, (total + group) / lex.FRACTIONS[w], "fraction")   # "five eighths"
        elif w in _SINGULAR_DENOMINATORS:
            if last == "one" and total + group == 1:
                return figure(k, Fraction(1, _SINGULAR_DENOMINATORS[w]), "fraction")
            if last in ("tens", "hundred", "scale"):
                return figure(k, total + group, "ordinal")   # "forty third"
            break
        else:
            break
        if last != "and":
            accept = figure(k, total + group, ends_open=last in ("tens", "hundred", "scale"))
        k += 1
    return accept


def _decimal_digits(words: list[str], k: int) -> tuple[str, int]:
    """The digits after 'point': 'five' -> '5', 'zero three' -> '03', 'seventy-one' -> '71'."""
    digits = ""
    if k < len(words) and words[k] in lex.TENS:
        digits = str(lex.TENS[words[k]] // 10)
        if k + 1 < len(words) and words[k + 1] in _ONES_TEENS and 0 < _ONES_TEENS[words[k + 1]] < 10:
            return digits + str(_ONES_TEENS[words[k + 1]]), k + 2
        return digits + "0", k + 1
    while k < len(words) and words[k] in _ONES_TEENS and _ONES_TEENS[words[k]] < 10:
        digits += str(_ONES_TEENS[words[k]])
        k += 1
    return digits, k
