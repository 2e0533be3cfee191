"""Text -> NumberSpans: every cardinal figure in a text, with its value and bounds.

Three steps, in this order because each needs the one before:

1. *Blocked spans*: links, dates, clock times, ordinals and identifiers hold
   digits that are not figures; nothing inside them is read.
2. *Atoms*: runs of number tokens, digits and words mixed ("3.6 million",
   "half a million", "4 thousand 3 hundred and 21"), read by `spelled.read_run`;
   vague multiples ("tens of thousands") beside them.
3. *Phrases*: each atom with what stands around it: the whole it is a part of
   ("one in five"), a sign, a currency, a unit, a range it opens
   ("12,000-15,000"), a qualifier before it ("up to") or after it ("30+").
   Bare four-digit years are dropped here, because only the words around them
   tell a year from a count.  Last, a lower and an upper bound joined by "and"
   become one range ("more than 10 and less than 40").

>>> [(n.text, n.value, n.qualifier) for n in find_numbers("The UN said up to 4,000 people died since March 2011.")]
[('up to 4,000', 4000, 'at_most')]
>>> [(n.text, n.low, n.high) for n in find_numbers("between 12,000 and 15,000 fled")]
[('between 12,000 and 15,000', 12000, 15000)]
"""
from __future__ import annotations

import functools
import math
from bisect import bisect_right
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import NamedTuple

import regex

from numclaims import patterns as pat
from numclaims import spelled, units
from numclaims.lexicon import numbers as lex
from numclaims.model import NumberSpan, plain_number
from numclaims.wordscan import matches_at, starts_of

_WINDOW = 48          # characters before a figure in which its qualifier, currency or sign must stand
_AFTER_WIDTH = 64     # characters after a figure in which what follows it is read
_MAX_DIGITS = 24      # a longer string of digits is a code, not a figure


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: float
    kind: str = "cardinal"          # cardinal, fraction, ordinal, vague
    multiplier: float = 1           # the scale written after the base figure: "15 million"
    low: float | None = None
    high: float | None = None
    plain_digits: bool = False      # four digits alone, no separator, decimal or scale: maybe a year
    rank: str = ""                  # a fraction that may be a rank instead (see `spelled.SpelledFigure`)
    approximate: bool = False       # "a couple"
    # Whether it opens or closes its run: a figure inside a run ("two" in "one two
    # three") has only number tokens around it, so the words before and after need no reading.
    opens_run: bool = True
    closes_run: bool = True


def find_numbers(text: str) -> list[NumberSpan]:
    """Every cardinal figure in ``text``, in order of appearance."""
    if not text:
        return []
    atoms = _atoms(text, _ascii_folded(text), _Blocked(text))
    return _join_bound_pairs(text, list(_phrases(text, atoms)))


class _Blocked:
    """The spans of a text that hold no figure, for quick 'is this inside one?' questions."""

    def __init__(self, text: str):
        self.starts, self.ends = [], []
        found = sorted(m.span() for pattern, cue in pat.NOT_A_FIGURE for m in (
            pattern.finditer(text, timeout=pat.SCAN_TIMEOUT) if cue is None
            else matches_at(pattern, text, sorted(_cue_places(cue, text)))))
        for start, end in found:
            if self.ends and start < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)     # overlapping spans become one
            else:
                self.starts.append(start)
                self.ends.append(end)

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.ends[i] > start or (
            i + 1 < len(self.starts) and self.starts[i + 1] < end)


def _cue_places(cue, text: str):
    """Where a cue of `patterns.NOT_A_FIGURE` stands: its strings, or its pattern's matches."""
    if isinstance(cue, tuple):
        return (at for string in cue for at in starts_of(text, string))
    return (m.start() for m in cue.finditer(text))


# --- 2. atoms ---------------------------------------------------------------------

def _atoms(text: str, folded: str, blocked: _Blocked) -> list[_Atom]:
    """Figures and vague multiples in text order; where two overlap, the earlier one wins.
    ``folded`` is the text as `_ascii_folded` gives it, where words are looked for."""
    kept: list[_Atom] = []
    consumed = 0
    for atom in sorted([*_run_atoms(text, folded, blocked), *_vague_atoms(text, folded)], key=_position):
        if atom.start < consumed:
            continue
        consumed = atom.end
        if atom.kind != "ordinal":      # an ordinal is read only so that no part of it counts
            kept.append(atom)
    return kept


class _Token(NamedTuple):
    token: spelled.Token
    start: int
    end: int


def _after(pattern, text: str, end: int):
    """``pattern`` matched at ``end`` within a short window: a pattern with a literal in it
    (the "/" of "1 4/5") would otherwise look for that literal to the end of the text."""
    return pattern.match(text, end, end + _AFTER_WIDTH)


def _position(atom: _Atom) -> tuple[int, int]:
    return atom.start, -atom.end


def _runs(text: str, folded: str):
    """Every run of number tokens, from each start that no run before has taken in."""
    consumed = 0
    for pos in sorted([*(m.start() for m in pat.RUN_START_DIGITS.finditer(text)),
                       *(m.start() for m in pat.RUN_START_WORD.finditer(" " + folded))]):
        if pos < consumed:
            continue
        if prefix := pat.RUN_PREFIX_BEFORE.search(text, max(0, pos - 8), pos):
            pos = prefix.start()
        if run := pat.RUN.match(text, pos):
            consumed = run.end()
            yield run


def _run_atoms(text: str, folded: str, blocked: _Blocked):
    for run in _runs(text, folded):
        raw = run.group()
        if raw.isdecimal():
            # Most runs are plain digits ("12", "2011"): one figure, with no words to read.
            if len(raw) <= _MAX_DIGITS and not blocked.covers(run.start(), run.end()):
                yield _digit_atom(text, spelled.Digits(int(raw), raw), run.start(), run.end(), True, True)
            continue
        for part in _run_figures(raw):
            start, end = run.start() + part.start, run.start() + part.end
            if blocked.covers(start, end):
                continue
            figure = part.figure
            if figure.first == figure.last and isinstance(part.first_token, spelled.Digits):
                atom = _digit_atom(text, part.first_token, start, end, part.opens, part.closes)
            else:
                atom = _Atom(start, end, figure.value, figure.kind, figure.scale, rank=figure.rank,
                             approximate=figure.approximate, opens_run=part.opens, closes_run=part.closes)
            yield atom


class _RunFigure(NamedTuple):
    """A figure of a run, with its offsets in the run's text."""

    figure: spelled.SpelledFigure
    start: int
    end: int
    first_token: spelled.Token
    opens: bool         # no token of the run stands right before it
    closes: bool        # nor right after it


@functools.lru_cache(maxsize=4096)
def _run_figures(raw: str) -> tuple[_RunFigure, ...]:
    """The figures of a run's text.  Read once per text: the same runs ("two", "a dozen",
    "3.6 million") come back again and again, and reading one takes longer than its atom."""
    tokens = _tokens(raw)
    figures = spelled.read_run([t.token for t in tokens])
    return tuple(_RunFigure(figure, tokens[figure.first].start, tokens[figure.last].end, tokens[figure.first].token,
                            opens=n == 0 or figures[n - 1].last + 1 < figure.first,
                            closes=n == len(figures) - 1 or figure.last + 1 < figures[n + 1].first)
                 for n, figure in enumerate(figures))


def _tokens(raw: str) -> list[_Token]:
    tokens = []
    for t in pat.RUN_TOKEN.finditer(raw):
        if t["digits"]:
            value = _digit_value(t["digits"])
            tokens.append(_Token(spelled.Digits(value, t["digits"]) if value is not None else "", *t.span()))
            continue
        word = t.group().lower()
        parts = spelled.split_glued(word)
        if len(parts) == 2:
            cut = t.start() + len(parts[0])
            tokens += [_Token(parts[0], t.start(), cut), _Token(parts[1], cut, t.end())]
        else:
            tokens.append(_Token(word, *t.span()))
    return tokens


def _digit_value(raw: str) -> int | Fraction | None:
    """The exact value of a number in digits; None for one too long or too large to be a figure.

    >>> [_digit_value(s) for s in ("4,000", "1.3x10^6", "2½", "-")] == [4000, 1300000, Fraction(5, 2), None]
    True
    """
    if raw.isdigit():
        return int(raw) if len(raw) <= _MAX_DIGITS else None
    m = pat.DIGITS_PARTS.fullmatch(raw)
    if not m:
        return None
    mantissa = "".join(c for c in m["mantissa"] if c.isdigit() or c == ".")
    if len(mantissa) > _MAX_DIGITS or not (mantissa.strip(".") or m["vulgar"]):
        return None
    if mantissa.isdecimal() and not (m["e"] or m["base"] or m["power"] or m["vulgar"]):
        return int(mantissa)        # "4,000": a whole number needs no Fraction
    value = Fraction(mantissa) if mantissa.strip(".") else Fraction(0)
    if m["vulgar"]:
        value += Fraction(*lex.VULGAR_FRACTIONS[m["vulgar"]])
    try:
        if m["e"]:
            value *= Fraction(10) ** _signed(m["e"].lstrip("+-−"), m["e"])
        elif m["base"]:
            value *= Fraction(int(m["base"])) ** _signed(m["exponent"], m["sign"] or m["dash"] or "")
        elif m["power"]:
            value **= _signed(m["power"], m["power_sign"])
        if not math.isfinite(float(value)):
            return None
        return int(value) if value.denominator == 1 else value
    except (OverflowError, ZeroDivisionError):
        return None


def _signed(digits: str, signs: str) -> int:
    """An exponent with its signs: '--23' is 23, '-4' is -4."""
    return -int(digits) if sum(signs.count(c) for c in "-−") % 2 else int(digits)


def _digit_atom(text: str, token: spelled.Digits, start: int, end: int, opens: bool, closes: bool) -> _Atom:
    """Digits with what is glued to them: a denominator ("3/4"), a fraction ("1 4/5"), a scale ("250k")."""
    value, multiplier = token.value, 1
    kind = "fraction" if token.text in lex.VULGAR_FRACTIONS else "cardinal"
    plain = token.text.isdigit() and len(token.text) == 4 and not text[end:end + 1].isalpha()
    if slash := _after(pat.SLASH_FRACTION_AFTER, text, end):
        value, kind, end, plain = value / int(slash["den"]), "fraction", slash.end(), False
    elif (mixed := _after(pat.FRACTION_AFTER, text, end)) and 0 < int(mixed["num"]) < int(mixed["den"]):
        value, end, plain = value + Fraction(int(mixed["num"]), int(mixed["den"])), mixed.end(), False
    elif (suffix := _after(pat.DIGIT_SUFFIX_AFTER, text, end)) and \
            (multiplier := _suffix_multiplier(suffix["suffix"], text, start, token.text)):
        value, end, plain = value * multiplier, suffix.end(), False
    closes = closes or end > start + len(token.text)     # what it took in ends its run: "1 4/5 miles"
    return _Atom(start, end, _number(value), kind, multiplier or 1, plain_digits=plain,
                 opens_run=opens, closes_run=closes)


def _suffix_multiplier(suffix: str, text: str, start: int, digits: str) -> int | None:
    """'250k' is 250,000 always; '1.2m', '$5m', '3M' are millions, but '5m' alone is five metres."""
    money = bool(pat.CURRENCY_BEFORE.search(text, max(0, start - 6), start))
    decimals = len(digits.partition(".")[2])
    if suffix in lex.AMBIGUOUS_DIGIT_SUFFIXES and not (money or decimals):
        return None
    if suffix == lex.KELVIN_SUFFIX and decimals >= 2 and not money:
        return None
    return lex.DIGIT_SUFFIXES.get(suffix)


def _vague_atoms(text: str, folded: str):
    for m in _vague_matches(text, folded):
        if not _number_before(text, m.start()) and (atom := _vague_atom(m)):
            yield atom


def _vague_matches(text: str, folded: str):
    """What `VAGUE.finditer` finds, tried only at a cue word (`patterns.VAGUE_CUES`) and at
    a determiner's first word before it ("a" in "a few")."""
    starts = set()
    for cue in (at for word in pat.VAGUE_CUES for at in starts_of(folded, word)):
        candidates = [cue]
        lead = cue
        while lead > 0 and text[lead - 1].isspace():
            lead -= 1
        if lead < cue:
            candidates += range(max(0, lead - pat.VAGUE_LEAD), lead)
        # A vague multiple opens no word ("curfew"): no letter stands before its start.
        starts.update(s for s in candidates if s == 0 or not text[s - 1].isalpha())
    return matches_at(pat.VAGUE, text, sorted(starts))   # each match tried at one place: linear time, no timeout


def _ascii_folded(text: str) -> str:
    """``text`` in lower case, with what folds into an ASCII letter made that letter ("ſ" an
    "s"); each character stays where it was."""
    if any(chr(other) in text for other in pat.ASCII_FOLDS):
        text = text.translate(pat.ASCII_FOLDS)      # slow, and seldom needed
    return text.lower()


def _vague_atom(m) -> _Atom | None:
    """A multiple of a scale ("hundreds of thousands"): the multiple's bounds times the scale.
    None for a chain that grows past `VAGUE_LARGEST`."""
    if m["det"]:
        base, scale = lex.VAGUE_MULTIPLES[m["scale_after_det"].lower() + "s"], 1
    else:
        base, scale = lex.VAGUE_MULTIPLES[m["multiple"].lower()], 1
        for word in m.captures("of_scale"):
            scale *= lex.VAGUE_MULTIPLES[word.lower()]
            if base * scale > lex.VAGUE_LARGEST:
                return None
    low, high = lex.VAGUE_BOUNDS[base]
    low, high = low * scale, (high + 1) * scale - 1
    return _Atom(m.start(), m.end(), low, "vague", low=low, high=high)


def _number_before(text: str, start: int) -> bool:
    """Is the word before ``start`` a figure, so that "three dozens" is no vague "dozens"?"""
    before = pat.WORD_BEFORE.search(text, max(0, start - 24), start)
    if not before:
        return text[max(0, start - 2):start].strip()[-1:].isdigit()
    word = before.group(1).lower()
    return word in lex.UNITS or word in lex.TENS or word in lex.HUNDRED or word in ("a", "an")


# --- 3. phrases -------------------------------------------------------------------

@dataclass(slots=True)
class _Phrase:
    """A figure while the words around it are read; each rule below may widen it."""

    atom: _Atom
    start: int
    end: int
    value: float
    kind: str
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None = None

    @classmethod
    def of(cls, atom: _Atom) -> _Phrase:
        qualifier = "vague" if atom.kind == "vague" else "approx" if atom.approximate else "exact"
        return cls(atom, atom.start, atom.end, atom.value, atom.kind, atom.low, atom.high, qualifier)

    def span(self, text: str) -> NumberSpan:
        return NumberSpan(self.start, self.end, text[self.start:self.end], _number(self.value),
                          _number(self.low), _number(self.high), self.qualifier, self.unit,
                          "cardinal" if self.kind == "vague" else self.kind)


def _phrases(text: str, atoms: list[_Atom]):
    i = 0
    while i < len(atoms):
        span, used = _phrase(text, atoms, i)
        i += used
        if span is not None:
            yield span
            while i < len(atoms) and atoms[i].start < span.end:
                i += 1      # a tolerance or a unit took it in: "2,000.45±0.01"


def _phrase(text: str, atoms: list[_Atom], i: int) -> tuple[NumberSpan | None, int]:
    """The phrase around atoms[i] and how many atoms it takes in.

    The rules run in this order because each reads the text the one before
    left: a proportion's whole, then the sign and currency before the figure,
    a tolerance and a unit after it, the qualifier before it, a range it
    opens (after the qualifier, since "from" stands before "about"), and a
    bound after it ("or more").
    """
    atom = atoms[i]
    if not (atom.opens_run or atom.closes_run or atom.plain_digits or _after(pat.DASH_AFTER, text, atom.end)):
        # inside a run ("two" in "one two three"): nothing around it but other figures
        return NumberSpan(atom.start, atom.end, text[atom.start:atom.end], _number(atom.value),
                          kind=atom.kind), 1
    p = _Phrase.of(atom)
    used = 1
    if atom.closes_run:
        used += _read_proportion(text, p, atoms[i + 1] if i + 1 < len(atoms) else None)
    if atom.opens_run:
        _read_sign_and_currency(text, p)
    if atom.closes_run:
        _read_tolerance(text, p)
        _read_unit(text, p)
    if atom.opens_run:
        _read_qualifier(text, p)
    if i + used < len(atoms):
        used += _read_range(text, p, atoms[i + used])
    if p.end > atom.end or atom.closes_run:
        _read_bound_after(text, p)
    return (None if _not_a_figure(text, p) else p.span(text)), used


def _read_proportion(text: str, p: _Phrase, nxt: _Atom | None) -> int:
    """'one in five', 'two out of five hundred', 'one over three': a part of a whole."""
    if nxt is None or p.kind != "cardinal" or nxt.kind != "cardinal" or not nxt.value \
            or nxt.start > p.end + _AFTER_WIDTH:
        return 0
    joiner = _after(pat.FRACTION_JOINER_AFTER, text, p.end)
    if not joiner or joiner.end() != nxt.start:
        return 0
    word = joiner["joiner"].split()[0].lower()
    after = _after(pat.NEXT_WORD, text, nxt.end)
    next_word = after["word"].split()[0].lower() if after else ""
    year = nxt.plain_digits and 1900 <= nxt.value <= 2099
    if word == "over" and (year or _word_follows(text, nxt.end)):
        return 0        # "30 over two days", "10 over 2019": a span of time, not a denominator
    if word != "over" and p.value > nxt.value:
        return 0        # "12 out of 10", "5 in 2 attacks": no part of a whole
    if word == "in" and (year or next_word in lex.TIME_UNITS):
        return 0        # "3 in 10 days", "2 in 2011"
    p.value, p.kind, p.end = p.value / nxt.value, "fraction", nxt.end
    return 1


def _word_follows(text: str, end: int) -> bool:
    """Does a word follow ``end``, past spaces and hyphens only ("a third day", "a third-largest")?"""
    after = _after(pat.NEXT_WORD, text, end)
    return bool(after) and after["word"][:1].isalpha()


def _read_sign_and_currency(text: str, p: _Phrase) -> None:
    if p.kind == "vague":
        return      # "hundreds" takes no sign, and "$" no multiple
    if neg := pat.NEGATIVE_BEFORE.search(text, max(0, p.start - _WINDOW), p.start):
        p.start, p.value = neg.start(), -p.value
    if cur := pat.CURRENCY_BEFORE.search(text, max(0, p.start - 6), p.start):
        p.unit, p.start = lex.CURRENCY_SYMBOLS.get(cur["cur"].lower().rstrip("."), "USD"), cur.start()


def _read_tolerance(text: str, p: _Phrase) -> None:
    """'2,000.45±0.01': the tolerance belongs to the figure, it is no figure of its own."""
    if tolerance := _after(pat.TOLERANCE_AFTER, text, p.end):
        p.end = tolerance.end()


def _read_unit(text: str, p: _Phrase) -> None:
    if p.kind == "vague":
        found = units.unit_after(text, p.end)    # "several hundred years"; no percent or price
    else:
        found = _unit_at(text, p.end, p.unit)
    if found:
        p.unit, p.end = found


def _unit_at(text: str, end: int, unit: str | None = None) -> tuple[str, int] | None:
    """The unit right after a figure ending at ``end`` (``unit`` if a currency stood before it),
    with what it is per: '40%', '5 km', '$350 per kg'."""
    if unit is None and (found := _plain_unit_at(text, end)):
        unit, end = found
    if unit and (per := _after(pat.PER_UNIT_AFTER, text, end)) and (rate := units.unit_after(text, per.end())):
        unit, end = f"{unit} per {rate[0]}", rate[1]
    return (unit, end) if unit else None


def _plain_unit_at(text: str, end: int) -> tuple[str, int] | None:
    """A percent sign, a currency or a unit of measure right after a figure ending at ``end``."""
    if percent := _after(pat.PERCENT_AFTER, text, end):
        return "percent", percent.end()
    if currency := _after(pat.CURRENCY_AFTER, text, end):
        unit = lex.CURRENCY_SYMBOLS.get(currency["sign"]) if currency["sign"] else \
            lex.CURRENCY_WORDS[" ".join(currency["word"].lower().split())]
        return unit, currency.end()
    return units.unit_after(text, end)


def _read_qualifier(text: str, p: _Phrase) -> None:
    qual = pat.QUALIFIER_BEFORE.search(text, max(0, p.start - _WINDOW), p.start)
    if not qual or _a_verbs_particle(text, qual):
        return
    if p.qualifier in ("exact", "approx"):
        p.qualifier = lex.QUALIFIERS[" ".join(qual["qualifier"].lower().split())]
        p.low, p.high = {"approx": (None, None), "at_least": (p.value, None),
                         "at_most": (None, p.value)}[p.qualifier]
    p.start = qual.start()


def _a_verbs_particle(text: str, qual: regex.Match) -> bool:
    """ "has gone up to 2,497": "up to" follows a verb of motion, and bounds nothing."""
    if " ".join(qual["qualifier"].lower().split()) != "up to":
        return False
    verb = pat.WORD_BEFORE.search(text, max(0, qual.start() - 20), qual.start())
    return bool(verb) and verb[1].lower() in lex.UP_TO_VERBS


def _read_range(text: str, p: _Phrase, nxt: _Atom) -> int:
    """'12,000-15,000', 'between 3 and 4 million', 'from $5 to $10 billion', '44 mg to 50 mg'."""
    if p.kind == "vague" or nxt.kind == "vague" or nxt.start > p.end + _AFTER_WIDTH:
        return 0
    joiner = _after(pat.RANGE_JOINER_AFTER, text, p.end)
    if not joiner or joiner.end() != nxt.start:
        return 0
    if all(a.plain_digits and 1900 <= a.value <= 2099 for a in (p.atom, nxt)):
        return 0        # "from 2010 to 2015": a span of years
    word = joiner["joiner"].lower()
    if word == "to" and (pat.CHANGED_BY_BEFORE.search(text, max(0, p.start - 4), p.start)
                         or (p.unit is None and not joiner["cur"]
                             and pat.CHANGED_FROM_BEFORE.search(text, max(0, p.start - 30), p.start))):
        return 0        # "rose by one to 158"; a count "rose from 353 to 379" (amounts keep their range)
    dash = not word.isalpha()
    if dash and (pat.HYPHEN_CHAIN_BEFORE.search(text, max(0, p.atom.start - 24), p.atom.start)
                 or _after(pat.hyphen_chain_after(), text, nxt.end)):
        return 0        # "1-222-2222", "three-nought-four": a code, not a range
    second = -nxt.value if joiner["sign"] and not dash else nxt.value
    first = p.value
    if p.atom.multiplier == 1 and nxt.multiplier > 1 and abs(first) * nxt.multiplier <= abs(second):
        first = first * nxt.multiplier          # "12-15 million", "between 3 and 4 million"
    opener = pat.RANGE_OPENER_BEFORE.search(text, max(0, p.start - 12), p.start)
    fits = {"and": bool(opener and opener["opener"].lower() == "between"),
            "or": not opener and second <= 10 * first}.get(word, True)
    if not fits:
        return 0
    if first < 0 and second < first:
        low, high = second, first                # "-18 °C to -34 °C": a range of magnitudes
    elif second > first:
        low, high = first, second
    else:
        return 0
    currency = lex.CURRENCY_SYMBOLS.get(joiner["cur"].lower(), "USD") if joiner["cur"] else None
    unit, end = _unit_at(text, nxt.end, currency) or (None, nxt.end)
    if p.unit and unit and p.unit != unit:
        return 0
    p.unit, p.end = p.unit or unit, end
    p.value, p.low, p.high, p.qualifier = low, low, high, "range"
    if opener:
        p.start = min(p.start, opener.start())
    return 1


def _read_bound_after(text: str, p: _Phrase) -> None:
    """'30+', '500 or more', '300-plus', '5000 or less': a bound written after the figure."""
    if p.qualifier not in ("exact", "approx"):
        return
    if more := _after(pat.AT_LEAST_AFTER, text, p.end):
        p.qualifier, p.low, p.high, p.end = "at_least", p.value, None, more.end()
    elif less := _after(pat.AT_MOST_AFTER, text, p.end):
        p.qualifier, p.low, p.high, p.end = "at_most", None, p.value, less.end()


def _not_a_figure(text: str, p: _Phrase) -> bool:
    """A year, a name ("Resolution 2254"), the pronoun "one", an ordinal read as "a third"."""
    atom = p.atom
    if atom.plain_digits and p.kind == "cardinal" and p.qualifier == "exact" and p.unit is None \
            and _is_year(text, atom):
        return True
    if atom.kind == "cardinal" and atom.opens_run and _is_identifier(text, atom.start):
        return True
    if atom.rank and _is_rank(text, atom):
        return True
    if atom.kind == "cardinal" and text[atom.start].isupper() \
            and _SCALE_WORD_IN_A_NAME.fullmatch(text, atom.start, atom.end) and _NAME_GOES_ON.match(text, atom.end):
        return True
    return p.qualifier == "exact" and atom.end - atom.start == 3 and text[atom.start:atom.end].lower() == "one" \
        and _pronoun_one(text, atom)


# A scale word alone, capitalised, that a name goes on from is part of the name: "Lac-Megantic", "Lakh Bahadur",
# "Hundred Years War"; not a figure of a headline's words ("Seven Killed In Attack").
_SCALE_WORD_IN_A_NAME = regex.compile("(?:" + "|".join([*lex.SCALES, *lex.HUNDRED]) + ")", regex.IGNORECASE)
_NAME_GOES_ON = regex.compile(r"-\p{L}|[ \t]+\p{Lu}\p{Ll}")


def _is_rank(text: str, atom: _Atom) -> bool:
    """'a third day', 'one hundredth' alone: ordinals; 'a third of', 'one hundredth of': fractions."""
    after = _after(pat.NEXT_WORD, text, atom.end)
    of = bool(after) and after["word"].split()[0].lower() == "of"
    if atom.rank == "unless of":
        return not of
    return _word_follows(text, atom.end) and not of


def _pronoun_one(text: str, atom: _Atom) -> bool:
    """'the one you mentioned', 'which one', 'one another': "one" stands for a noun."""
    before = atom.opens_run and pat.WORD_BEFORE.search(text, max(0, atom.start - 24), atom.start)
    after = atom.closes_run and _after(pat.NEXT_WORD, text, atom.end)
    return bool(before and before.group(1).lower() in lex.ONE_PRONOUN_BEFORE) or bool(
        after and after["word"].split()[0].lower() in lex.ONE_PRONOUN_AFTER)


def _number(value):
    """Exact values as the plainest number: 4000, not 4000.0 or Fraction(4000, 1)."""
    if value is None:
        return None
    if isinstance(value, Fraction):
        value = int(value) if value.denominator == 1 else float(value)
    return plain_number(value)


def _is_year(text: str, atom: _Atom) -> bool:
    """A bare four-digit number is a year unless the words around it make it a count."""
    cue = _year_cue_before(text, atom.start)
    if not 1900 <= atom.value <= 2099 and not (1000 <= atom.value < 1900 and cue):
        return False
    if cue:
        return True
    after = _after(pat.NEXT_WORD, text, atom.end)
    word = after["word"].split()[0].lower() if after else ""
    return not (word in lex.COUNT_NOUNS or (len(word) > 3 and word.endswith("s") and word.isalpha()))


def _year_cue_before(text: str, start: int) -> bool:
    before = pat.WORD_BEFORE.search(text, max(0, start - 24), start)
    if not before:
        return False
    word = before.group(1).lower().rstrip(".")
    if word == "of":
        stretch = pat.WORD_BEFORE_OF.search(text, max(0, start - 32), start)
        return bool(stretch) and stretch.group(1).lower() in lex.YEAR_CUES_BEFORE_OF
    return word in lex.YEAR_CUES_BEFORE or word in ("a", "an") or word.endswith(("'s", "’s")) \
        or word in lex.MONTHS or word in lex.WEEKDAYS


def _is_identifier(text: str, start: int) -> bool:
    """'Resolution 2254', 'page 5', 'Brigade 93': a number that names something."""
    before = pat.WORD_BEFORE.search(text, max(0, start - 24), start)
    if not before:
        return False
    word = before.group(1)
    lower = word.lower()
    return lower in lex.IDENTIFIER_CUES_BEFORE or (
        word[:1].isupper() and lower.rstrip(".") in lex.IDENTIFIER_CUES_CAPITALISED)


# --- bound pairs --------------------------------------------------------------------

def _join_bound_pairs(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """'more than 10 and less than 40', 'at most 100 and at least 20': two bounds of one range."""
    joined: list[NumberSpan] = []
    for span in spans:
        if joined and (pair := _bound_pair(text, joined[-1], span)):
            joined[-1] = pair
        else:
            joined.append(span)
    return joined


def _bound_pair(text: str, first: NumberSpan, second: NumberSpan) -> NumberSpan | None:
    sides = {first.qualifier, second.qualifier}
    if sides != {"at_least", "at_most"} or first.unit != second.unit:
        return None
    joiner = _after(pat.BOUND_PAIR_JOINER, text, first.end)
    if not joiner or joiner.end() != second.start:
        return None
    low = first.low if first.qualifier == "at_least" else second.low
    high = first.high if first.qualifier == "at_most" else second.high
    if low >= high:
        return None
    return replace(first, end=second.end, text=text[first.start:second.end], value=low, low=low, high=high,
                   qualifier="range")
