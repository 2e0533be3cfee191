"""Claims -> Quantities: which figures are figures for the same thing.

Two claims are figures for the same quantity when their keys are equal:

* **category**: killed, wounded, displaced, … (figures of `other` are not compared);
* **subject class**: the counted noun reduced to a class — people, civilians,
  children, soldiers, fighters, refugees, … — with the party a nationality
  adjective names ("Turkish soldiers" -> soldiers of Turkey);
* **place**: the claim's normalised location;
* **period**: `to date` for a running total ("since March 2011", "in the
  five-year conflict", "so far"), else the time phrase ("on Monday") with the
  document's date when it has one, else the document's date, else the document
  itself: one day's toll is never compared with a war's.

Every group keeps its key, so the table can say why its figures stand together.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import regex

from numclaims.lexicon.context import CONFLICT_WORDS, CUMULATIVE_CUES
from numclaims.lexicon.places import PLACES
from numclaims.lexicon.quantities import SUBJECT_CLASSES
from numclaims.model import CASUALTY_CATEGORIES, Claim, ConflictGroup, QuantityKey
from numclaims.patterns import _words

_CUMULATIVE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_words(CUMULATIVE_CUES)}|the\s+(?:[\p{{L}}\d-]+\s+){{0,2}}(?:{_words(CONFLICT_WORDS)}))(?![\p{{L}}])",
    regex.IGNORECASE)
_SINCE = regex.compile(r"^since\b", regex.IGNORECASE)
_LEADING_ON = regex.compile(r"^on\s+")


def quantity_key(claim: Claim) -> QuantityKey | None:
    """The key of the quantity a claim gives a figure for, or None when it is not compared."""
    if claim.category not in CASUALTY_CATEGORIES or claim.unit:
        return None
    return QuantityKey(claim.category, subject_class(claim.subject), claim.location or "unknown place",
                       _period(claim))


def subject_class(subject: str | None) -> str:
    """'Syrian rebel fighters' -> 'fighters'; 'Turkish soldiers' -> 'soldiers of Turkey'.

    >>> subject_class("Turkish personnel"), subject_class("people"), subject_class(None)
    ('soldiers of Turkey', 'people', 'people')
    """
    if not subject:
        return "people"
    words = subject.replace("-", " ").split()
    head = words[-1].lower()
    cls = SUBJECT_CLASSES.get(head) or SUBJECT_CLASSES.get(head.rstrip("s"))
    if cls is None:
        return "people" if words[-1][:1].isupper() else head   # "Syrians" are people
    party = next((PLACES[w] for w in words[:-1] if w in PLACES), None)
    return f"{cls} of {party}" if party and cls in ("soldiers", "fighters", "police") else cls


def _period(claim: Claim) -> str:
    if (claim.time and _SINCE.match(claim.time)) or _CUMULATIVE.search(claim.time or "") or \
            _CUMULATIVE.search(claim.sentence):
        return "to date"
    if claim.time:
        when = _LEADING_ON.sub("", claim.time.lower())
        return f"{when}, {claim.date}" if claim.date else when
    return claim.date or f"document {claim.doc}"   # no time said: only the same document's day compares


def conflict_groups(claims: Iterable[Claim], include_agreeing: bool = False) -> list[ConflictGroup]:
    """Groups of two or more claims for one quantity, most spread first.

    Without ``include_agreeing`` only groups whose figures differ are kept.
    """
    by_key: dict[QuantityKey, list[Claim]] = defaultdict(list)
    for claim in claims:
        key = quantity_key(claim)
        if key is not None:
            by_key[key].append(claim)
    groups = [ConflictGroup(key, tuple(sorted(members, key=_claim_order)))
              for key, members in by_key.items() if len(members) > 1]
    if not include_agreeing:
        groups = [g for g in groups if g.conflicting]
    return sorted(groups, key=lambda g: (-(g.spread or 0), g.key.describe()))


def timelines(claims: Iterable[Claim]) -> list[ConflictGroup]:
    """Every quantity with its figures in document-date order: how a toll grew, who revised it."""
    by_key: dict[QuantityKey, list[Claim]] = defaultdict(list)
    for claim in claims:
        key = quantity_key(claim)
        if key is not None:
            by_key[key].append(claim)
    return [ConflictGroup(key, tuple(sorted(members, key=_claim_order)))
            for key, members in sorted(by_key.items(), key=lambda kv: kv[0].describe())]


def _claim_order(claim: Claim):
    return (claim.date or "", claim.doc, claim.start)
