"""The unit that follows a figure, if any: the one module that reads quantulum3.

Common news units (percent, currencies, time, distance, weight) come from the
lexicon.  For anything else we consult quantulum3's unit catalogue: its
``units.json`` files, read on first need.  We do not call ``quantulum3.parser``:
it takes seconds to load, reads years and dates as numbers and `half a
million` as 1.5 million.  Its catalogue, though, is the best list of unit
names and symbols there is, so it speaks here, and only here.
"""
from __future__ import annotations

import functools
import json
from importlib import resources

import regex

from numclaims.lexicon import numbers as lex

# Words quantulum3 lists as unit surfaces that in news are almost always plain
# English after a figure ("5 in Aleppo", "3 at the border", "2 pairs").
_NOT_UNITS = frozenset(
    "a an and as at be by do for from go he i if in is it me my no of on or per so the to up us we"
    " point points set sets pair pairs dozen dozens score scores head heads man men unit units"
    " time times round rounds stone stones line lines grain grains mass hand hands piece pieces"
    " person persons people count counts shot shots mark marks step steps block blocks"
    " s m t d h c b p g l n r x y".split())

_WORD_AFTER = regex.compile(r"(?:\s?(?P<sym>[°²³µ$€£¥%‰]\S{0,3}(?!\p{L}))|[ \t]{0,2}(?P<one>[\p{L}][\p{L}./²³°]*)(?:[ \t]+(?P<two>[\p{L}]+))?)")

KNOWN = {**{w: "percent" for w in lex.PERCENT_WORDS}, **lex.CURRENCY_WORDS, **lex.TIME_UNITS,
         **lex.MEASURE_WORDS}


@functools.cache
def _catalogue() -> dict[str, str]:
    """quantulum3's surfaces and symbols, mapped to unit names; read once, on first use."""
    root = resources.files("quantulum3")
    general = json.loads(root.joinpath("units.json").read_text(encoding="utf-8"))
    english = json.loads(root.joinpath("_lang", "en_US", "units.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for name, spec in general.items():
        overlay = english.get(name, {})
        if (overlay.get("entity") or spec.get("entity")) in ("dimensionless", None):
            continue
        unit = spec.get("currency_code") or name
        for surface in [*spec.get("surfaces", []), *overlay.get("surfaces", [])]:
            for form in (surface, surface + "s", surface + "es"):
                table.setdefault(form.lower(), unit)
        for symbol in [*spec.get("symbols", []), *overlay.get("symbols", [])]:
            table.setdefault(symbol, unit)
    return {k: v for k, v in table.items() if k.lower() not in _NOT_UNITS}


def unit_after(text: str, end: int) -> tuple[str, int] | None:
    """The unit written right after a figure ending at ``end``, and where it ends.

    >>> unit_after("6 km away", 1)
    ('kilometre', 4)
    >>> unit_after("6 people", 1) is None
    True
    """
    m = _WORD_AFTER.match(text, end, end + 64)   # a short window: what follows the figure
    if not m:
        return None
    if m["sym"]:
        unit = _catalogue().get(m["sym"])
        return (unit, m.end("sym")) if unit else None
    one, two = m["one"].rstrip("."), m["two"]
    if two:
        pair = f"{one} {two}".lower()
        if pair in KNOWN:
            return KNOWN[pair], m.end("two")
    if one.lower() in KNOWN:
        return KNOWN[one.lower()], m.start("one") + len(one)
    if one.lower() in _NOT_UNITS or (one.islower() and len(one) > 4 and not one.endswith("s")):
        return None   # an ordinary word: no need to open the catalogue
    unit = _catalogue().get(one) or _catalogue().get(one.lower())
    return (unit, m.start("one") + len(one)) if unit else None
