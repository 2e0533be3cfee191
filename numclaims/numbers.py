"""Text -> NumberSpans: every cardinal figure in a text, with its value and bounds.

Three steps, in this order because each needs the one before:

1. *Blocked spans*: links, dates, clock times, ordinals and identifiers hold
   digits that are not figures; nothing inside them is read.
2. *Atoms*: vague multiples ("tens of thousands"), digits with their scale
   ("3.6 million", "1.2m") and runs of number words ("half a million").
3. *Phrases*: each atom with what stands around it: a qualifier before it
   ("up to"), a range it opens ("12,000-15,000"), a currency, a unit or a
   percent sign, a "+" after it.  Bare four-digit years are dropped here,
   because only the words around them tell a year from a count.

>>> [(n.text, n.value, n.qualifier) for n in find_numbers("The UN said up to 4,000 people died since March 2011.")]
[('up to 4,000', 4000, 'at_most')]
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from numclaims import patterns as pat
from numclaims import spelled, units
from numclaims.lexicon import numbers as lex
from numclaims.model import NumberSpan

_WINDOW = 48  # characters before a figure in which its qualifier, currency or sign must stand


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    value: float
    kind: str = "cardinal"          # cardinal, fraction, ordinal, vague
    multiplier: float = 1           # the scale written after the base figure
    low: float | None = None
    high: float | None = None
    plain_digits: bool = False      # digits alone, no separator, decimal or scale: maybe a year
    unit: str | None = None


def find_numbers(text: str) -> list[NumberSpan]:
    """Every cardinal figure in ``text``, in order of appearance."""
    if not text:
        return []
    atoms = _atoms(text, _Blocked(text))
    return list(_phrases(text, atoms))


class _Blocked:
    """The spans of a text that hold no figure, for quick 'is this inside one?' questions."""

    def __init__(self, text: str):
        self.starts, self.ends = [], []
        for m in pat.NOT_A_FIGURE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.ends[i] > start or (
            i + 1 < len(self.starts) and self.starts[i + 1] < end)


def _atoms(text: str, blocked: _Blocked) -> list[_Atom]:
    atoms: list[_Atom] = []
    consumed = 0
    vague = {m.start(): m for m in pat.VAGUE.finditer(text) if not _number_before(text, m.start())}
    for m in pat.CANDIDATE.finditer(text):
        start = m.start()
        for vs in [v for v in vague if v <= start]:
            if vs >= consumed:
                atoms.append(_vague_atom(vague[vs]))
                consumed = vague[vs].end()
            del vague[vs]
        if start < consumed or blocked.covers(start, m.end()):
            continue
        if m["digits"]:
            atom = _digit_atom(text, m)
            if atom:
                atoms.append(atom)
                consumed = atom.end
        else:
            found = _word_atoms(text, m)
            atoms.extend(found)
            consumed = max([m.end(), *(a.end for a in found)])
    for vs in sorted(vague):
        if vs >= consumed:
            atoms.append(_vague_atom(vague[vs]))
            consumed = vague[vs].end()
    return [a for a in atoms if a.kind != "ordinal"]


def _number_before(text: str, start: int) -> bool:
    """Is the word before ``start`` a figure, so that "three dozens" is no vague "dozens"?"""
    before = pat.WORD_BEFORE.search(text, max(0, start - 24), start)
    if not before:
        return text[max(0, start - 2):start].strip()[-1:].isdigit()
    word = before.group(1).lower()
    return word in lex.UNITS or word in lex.TENS or word in lex.HUNDRED or word in ("a", "an")


def _vague_atom(m) -> _Atom:
    if m["det"]:
        base = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "dozen": 12}[m["scale_after_det"].lower()]
    else:
        base = lex.VAGUE_MULTIPLES[m["multiple"].lower()]
        if m["of_scale"]:
            base *= lex.VAGUE_MULTIPLES[m["of_scale"].lower()]
    low, high = lex.VAGUE_BOUNDS[base]
    return _Atom(m.start(), m.end(), low, "vague", low=low, high=high)


def _digit_atom(text: str, m) -> _Atom | None:
    raw = m["digits"]
    end = m.end()
    value: float = float(raw.replace(",", "")) if ("." in raw or "e" in raw.lower()) else int(raw.replace(",", ""))
    kind, multiplier = "cardinal", 1
    plain = raw.isdigit() and len(raw) == 4
    if (frac := pat.SLASH_FRACTION_AFTER.match(text, end)) and int(frac["den"]):
        value, kind, end, plain = value / int(frac["den"]), "fraction", frac.end(), False
    elif (frac := pat.FRACTION_AFTER.match(text, end)) and 0 < int(frac["num"]) < int(frac["den"]):
        value, end, plain = value + int(frac["num"]) / int(frac["den"]), frac.end(), False
    elif suffix := pat.DIGIT_SUFFIX_AFTER.match(text, end):
        multiplier = _suffix_multiplier(suffix["suffix"], text, m.start(), "." in raw)
        if multiplier:
            end, plain = suffix.end(), False
        else:
            multiplier = 1
    if multiplier == 1 and kind == "cardinal" and (scale := pat.SCALE_AFTER.match(text, end)):
        word = scale["scale"].lower()
        multiplier = lex.SCALES.get(word) or lex.DOZEN.get(word) or lex.HUNDRED[word]
        end, plain = scale.end(), False
        while more := pat.SCALE_AFTER.match(text, end):        # "3 hundred thousand"
            bigger = lex.SCALES.get(more["scale"].lower())
            if not bigger or bigger <= multiplier:
                break
            multiplier *= bigger
            end = more.end()
    return _Atom(m.start(), end, value * multiplier, kind, multiplier, plain_digits=plain)


def _suffix_multiplier(suffix: str, text: str, start: int, has_decimal: bool) -> float | None:
    """'250k' is 250,000 always; '1.2m', '$5m', '3M' are millions, but '5m' alone is five metres."""
    money = bool(pat.CURRENCY_BEFORE.search(text, max(0, start - 6), start))
    lower = suffix.lower()
    if lower == "k" or lower in ("mn", "mln", "bn", "tn"):
        return lex.DIGIT_SUFFIXES[lower]
    if suffix in ("M", "B", "G", "T") or money or (has_decimal and lower in ("m", "b")):
        return lex.DIGIT_SUFFIXES[lower]
    return None


def _word_atoms(text: str, m) -> list[_Atom]:
    tokens: list[tuple[str, int, int]] = []
    for t in pat.WORD_TOKEN.finditer(text, m.start(), m.end()):
        parts = spelled.split_glued(t.group().lower())
        if len(parts) == 2:
            cut = t.start() + len(parts[0])
            tokens += [(parts[0], t.start(), cut), (parts[1], cut, t.end())]
        else:
            tokens.append((parts[0], t.start(), t.end()))
    figures = spelled.read_run([w for w, _, _ in tokens])
    atoms = []
    for f in figures:
        start, end = tokens[f.first][1], tokens[f.last][2]
        kind = f.kind
        if f.last == len(tokens) - 1 and _ordinal_follows(text, end, f.ends_open):
            kind = "ordinal"
        atoms.append(_Atom(start, end, f.value, kind))
    return atoms


_ORDINAL_AFTER = pat.regex.compile(
    r"[\s‐‑–—-]*(?:and\s+)?(?P<word>\p{L}+)", pat.regex.IGNORECASE)
_SCALE_ORDINALS = {w for w, n in lex.ORDINAL_WORDS.items() if n >= 100}


def _ordinal_follows(text: str, end: int, ends_open: bool) -> bool:
    """'forty second', 'two thousand and fifth', 'one hundredth': the run was the head of an ordinal."""
    m = _ORDINAL_AFTER.match(text, end)
    if not m:
        return False
    word = m["word"].lower()
    return word in _SCALE_ORDINALS or word.rstrip("s") in _SCALE_ORDINALS or (
        ends_open and word in lex.ORDINAL_WORDS)


def _phrases(text: str, atoms: list[_Atom]):
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        span, used_next = _phrase(text, atom, nxt)
        if span is not None:
            yield span
        i += 2 if used_next else 1


def _phrase(text: str, atom: _Atom, nxt: _Atom | None) -> tuple[NumberSpan | None, bool]:
    start, end, value = atom.start, atom.end, atom.value
    low, high, qualifier = atom.low, atom.high, ("vague" if atom.kind == "vague" else "exact")
    window = max(0, start - _WINDOW)
    unit = None

    if neg := pat.NEGATIVE_BEFORE.search(text, window, start):
        start, value = neg.start(), -value
    if cur := pat.CURRENCY_BEFORE.search(text, max(0, start - 6), start):
        unit = lex.CURRENCY_SYMBOLS.get(cur["cur"].lower().rstrip("."), "USD")
        start = cur.start()

    used_next = False
    opener = pat.RANGE_OPENER_BEFORE.search(text, window, start)
    joiner = pat.RANGE_JOINER_AFTER.match(text, end)
    if nxt and joiner and joiner.end() == nxt.start and atom.kind != "vague" and nxt.kind != "vague":
        first = value
        if atom.multiplier == 1 and nxt.multiplier > 1 and abs(value) * nxt.multiplier <= nxt.value:
            first = value * nxt.multiplier          # "12-15 million", "between 3 and 4 million"
        word = joiner["joiner"].lower()
        fits = {"and": bool(opener and opener["opener"].lower() == "between"),
                "or": not opener and nxt.value <= 10 * first}.get(word, True)
        if fits and nxt.value > first:
            low, high, value, qualifier = first, nxt.value, first, "range"
            end, used_next = nxt.end, True
            if opener:
                start = opener.start()

    if qual := pat.QUALIFIER_BEFORE.search(text, window, start):
        if qualifier == "exact":
            qualifier = next(k for k in ("approx", "at_least", "at_most") if qual[k] or qual[k + "_sign"])
            low, high = {"approx": (None, None), "at_least": (value, None), "at_most": (None, value)}[qualifier]
        start = qual.start()

    if unit is None:
        found = (pat.PERCENT_AFTER.match(text, end), pat.CURRENCY_AFTER.match(text, end))
        if found[0]:
            unit, end = "percent", found[0].end()
        elif found[1]:
            unit = lex.CURRENCY_SYMBOLS.get(found[1]["sign"]) if found[1]["sign"] else \
                lex.CURRENCY_WORDS[" ".join(found[1]["word"].lower().split())]
            end = found[1].end()
        elif measured := units.unit_after(text, end):
            unit, end = measured
    if qualifier == "exact":
        if more := pat.AT_LEAST_AFTER.match(text, end):
            qualifier, low, end = "at_least", value, more.end()
        elif less := pat.AT_MOST_AFTER.match(text, end):
            qualifier, high, end = "at_most", value, less.end()

    if atom.plain_digits and qualifier == "exact" and unit is None and _is_year(text, atom):
        return None, False
    if atom.kind == "cardinal" and _is_identifier(text, atom.start):
        return None, False
    return NumberSpan(start, end, text[start:end], _tidy(value), _tidy(low), _tidy(high), qualifier, unit,
                      "fraction" if atom.kind == "fraction" else "cardinal"), used_next


def _tidy(value):
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _is_year(text: str, atom: _Atom) -> bool:
    """A bare four-digit number is a year unless the words around it make it a count."""
    if not 1900 <= atom.value <= 2099 and not (1000 <= atom.value < 1900 and _year_cue_before(text, atom.start)):
        return False
    if _year_cue_before(text, atom.start):
        return True
    after = pat.NEXT_WORD.match(text, atom.end)
    word = after["word"].split()[0].lower() if after else ""
    return not (word in lex.COUNT_NOUNS or (len(word) > 3 and word.endswith("s") and word.isalpha()))


def _year_cue_before(text: str, start: int) -> bool:
    before = pat.WORD_BEFORE.search(text, max(0, start - 24), start)
    if not before:
        return False
    word = before.group(1).lower().rstrip(".")
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


