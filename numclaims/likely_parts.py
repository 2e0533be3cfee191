"""Quantities -> their figures: which figures a group leaves out as likely parts.

A key brings together the figures that count the same thing, in the same
country, over the same period.  It cannot tell a town's toll, one building's
dead or the first quake's victims from the whole event's toll when a report
names them loosely.  How a figure sits among the group's reports can.  A lone
figure is one that no other report gives.  A lone figure that lies well below the
toll its own report gives, and below the other reports', deep in its article,
is most often a part.  A figure that other reports repeat, or that opens its
article, is most often the toll.

Each figure gets a score: the weighted sum of the features below, with the
weights of `lexicon.likely_parts`.  Those weights were fitted by logistic
regression on annotated news (``tools/fit_likely_parts.py`` refits them).  A
figure whose score is below zero is more likely a part than not.  It is left out
of the group, and the group keeps it in ``left_out`` so the table can show it.
"""
from __future__ import annotations

import math
from dataclasses import replace
from statistics import median

from numclaims.lexicon.likely_parts import INTERCEPT, WEIGHTS
from numclaims.model import Claim, ConflictGroup

_LEDE = 200        # characters: a figure this near its article's start is in its headline or lede
_FAR_BELOW = 3     # a figure this many times below the other reports' is far below them


def leave_out_likely_parts(group: ConflictGroup) -> ConflictGroup:
    """The group without its likely parts, which it keeps in ``left_out``."""
    if len(group.claims) < 2:
        return group
    tolls = _tolls(group.claims)
    largest = max(c.value for c in group.claims)
    # a part is smaller than the whole it is part of, and two sources' figures are a disagreement
    parts = tuple(c for c in group.claims if c.value < largest and not _from_another_source(c, tolls[c.doc])
                  and part_score(c, group.claims) < 0)
    if not parts:
        return group
    return replace(group, claims=tuple(c for c in group.claims if c not in parts), left_out=group.left_out + parts)


def _tolls(members: tuple[Claim, ...]) -> dict[str, Claim]:
    """Each report's largest figure in the group: the toll it gives."""
    tolls: dict[str, Claim] = {}
    for member in members:
        if member.doc not in tolls or member.value > tolls[member.doc].value:
            tolls[member.doc] = member
    return tolls


def _from_another_source(claim: Claim, toll: Claim) -> bool:
    """"The UN says up to 4,000" beside SOHR's 6,400: two sources disagree, which the table is for."""
    return bool(claim.attributed_to and toll.attributed_to) and claim.attributed_to != toll.attributed_to


def part_score(claim: Claim, members: tuple[Claim, ...]) -> float:
    """Log-odds that `claim` belongs with the other `members`; below zero, likely a part."""
    return INTERCEPT + sum(WEIGHTS.get(name, 0.0) * value for name, value in features(claim, members).items())


def features(claim: Claim, members: tuple[Claim, ...]) -> dict[str, float]:
    """How `claim` sits among the figures of its group: whether other reports repeat it (a
    lone figure is one no other report gives), how far below the others it lies, how deep in
    its article it is told.

    Only a figure's standing below the others counts: a figure far above them is a
    disagreement to show ("around half a million" against "6,400"), and so is a figure
    its report gives from another source than its toll ("the UN says up to 4,000").
    """
    largest_of = _tolls(members)
    others = [largest.value for doc, largest in largest_of.items() if doc != claim.doc]
    repeating = {m.doc for m in members if m.doc != claim.doc and m.value == claim.value}
    value = max(claim.value, 1.0)
    values = [m.value for m in members]
    below_its_report = float(claim.value < largest_of[claim.doc].value)
    lone = float(not repeating)
    below_others = min(0.0, math.log10(value / max(median(others), 1.0))) if others else 0.0
    found = {
        "below_its_reports_toll": below_its_report,
        "share_of_group_from_its_report": sum(m.doc == claim.doc for m in members) / len(members),
        "depth_in_article": math.log10(1 + claim.start),
        "in_lede": float(claim.start < _LEDE),
        "below_largest": math.log10(value / max(max(values), 1.0)),
        "below_median": min(0.0, math.log10(value / max(median(values), 1.0))),
        "below_other_reports": below_others,
        "far_below_other_reports": float(bool(others) and claim.value * _FAR_BELOW < median(others)),
        "only_report": float(not others),
        "group_size": math.log1p(len(members)),
        "attributed": float(bool(claim.attributed_to)),
        "lone_below_its_reports_toll": below_its_report * lone,
        "below_its_reports_toll_and_others": below_its_report * below_others,
        "lone_below_others": lone * below_others,
    }
    found[f"qualifier_{claim.qualifier}"] = 1.0
    return found
