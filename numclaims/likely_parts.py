"""Quantities -> their figures: which figures a group leaves out as likely parts.

A key brings together the figures that count the same thing, in the same
country, over the same period.  It cannot tell a town's toll, one building's
dead or the first quake's victims from the whole event's toll when a report
names them loosely.  How a figure sits among the group's reports can.  A lone
figure is one that no other report gives.  A lone figure that lies well below the
toll its own report gives, and below the other reports', deep in its article,
is most often a part.  A figure that other reports repeat, or that opens its
article, is most often the toll.

Each figure gets a score: the weighted sum of its features (`Standings.features`), with the
weights of `lexicon.likely_parts`.  Those weights were fitted by logistic
regression on annotated news (``tools/fit_likely_parts.py`` refits them).  A
figure whose score is below zero is more likely a part than not.  It is left out
of the group, and the group keeps it in ``left_out`` so the table can show it.
"""
from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
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
    standings = Standings(group.claims)
    # a part is smaller than the whole it is part of, and two sources' figures are a disagreement
    parts = [c for c in group.claims if c.value < standings.largest
             and not standings.from_another_source(c) and part_score(standings.features(c)) < 0]
    if not parts:
        return group
    left_out = {id(c) for c in parts}
    return replace(group, claims=tuple(c for c in group.claims if id(c) not in left_out),
                   left_out=group.left_out + tuple(parts))


def part_score(features: dict[str, float]) -> float:
    """Log-odds that a figure with these `features` belongs with the rest of its group; below zero,
    likely a part."""
    return INTERCEPT + sum(WEIGHTS.get(name, 0.0) * value for name, value in features.items())


class Standings:
    """How each figure sits among the figures of its group, read in one pass over the group."""

    def __init__(self, members: tuple[Claim, ...]):
        self.size = len(members)
        self.tolls: dict[str, Claim] = {}   # each report's largest figure: the toll it gives
        for member in members:
            if member.doc not in self.tolls or member.value > self.tolls[member.doc].value:
                self.tolls[member.doc] = member
        self.toll_values = sorted(toll.value for toll in self.tolls.values())
        values = sorted(m.value for m in members)
        self.largest = values[-1]
        self.median = median(values)
        self.figures_of = Counter(m.doc for m in members)
        self.reports_giving: dict[float, set[str]] = defaultdict(set)
        for member in members:
            self.reports_giving[member.value].add(member.doc)

    def from_another_source(self, claim: Claim) -> bool:
        """"The UN says up to 4,000" beside SOHR's 6,400: two sources disagree, which the table is for."""
        toll = self.tolls[claim.doc]
        return bool(claim.attributed_to and toll.attributed_to) and claim.attributed_to != toll.attributed_to

    def features(self, claim: Claim) -> dict[str, float]:
        """Whether other reports repeat the figure (a lone figure is one no other report gives),
        how far below the others it lies, how deep in its article it is told.

        Only a figure's standing below the others counts: a figure far above them is a
        disagreement to show ("around half a million" against "6,400"), and so is a figure
        its report gives from another source than its toll ("the UN says up to 4,000").
        """
        value = max(claim.value, 1.0)
        others = self.median_of_other_reports(claim)
        below_its_report = float(claim.value < self.tolls[claim.doc].value)
        lone = float(self.reports_giving[claim.value] == {claim.doc})
        below_others = min(0.0, math.log10(value / max(others, 1.0))) if others is not None else 0.0
        found = {
            "below_its_reports_toll": below_its_report,
            "share_of_group_from_its_report": self.figures_of[claim.doc] / self.size,
            "depth_in_article": math.log10(1 + claim.start),
            "in_lede": float(claim.start < _LEDE),
            "below_largest": math.log10(value / max(self.largest, 1.0)),
            "below_median": min(0.0, math.log10(value / max(self.median, 1.0))),
            "below_other_reports": below_others,
            "far_below_other_reports": float(others is not None and claim.value * _FAR_BELOW < others),
            "only_report": float(others is None),
            "group_size": math.log1p(self.size),
            "attributed": float(bool(claim.attributed_to)),
            "lone_below_its_reports_toll": below_its_report * lone,
            "below_its_reports_toll_and_others": below_its_report * below_others,
            "lone_below_others": lone * below_others,
        }
        found[f"qualifier_{claim.qualifier}"] = 1.0
        return found

    def median_of_other_reports(self, claim: Claim) -> float | None:
        """The median of the other reports' tolls: the sorted tolls without this report's."""
        count = len(self.toll_values) - 1
        if not count:
            return None
        mine = bisect_left(self.toll_values, self.tolls[claim.doc].value)

        def nth(k: int) -> float:
            return self.toll_values[k if k < mine else k + 1]
        return (nth((count - 1) // 2) + nth(count // 2)) / 2
