"""Weights of the likely-part score (numclaims.likely_parts).  Data only.

Fitted by tools/fit_likely_parts.py on 114 sets of annotated news: 5,230 grouped figures,
4,093 of them in their group's quantity and 1,137 parts, other events or other quantities.
Positive weights keep a figure in its group; negative ones leave it out.
"""
INTERCEPT = 2.715
WEIGHTS: dict[str, float] = {
    "below_median": 1.019,
    "group_size": 0.745,
    "in_lede": 0.487,
    "below_its_reports_toll_and_others": 0.479,
    "attributed": 0.359,
    "qualifier_vague": 0.287,
    "lone_below_others": 0.143,
    "qualifier_range": 0.119,
    "below_largest": 0.116,
    "qualifier_approx": 0.110,
    "qualifier_at_least": 0.082,
    "qualifier_exact": -0.155,
    "only_report": -0.278,
    "below_its_reports_toll": -0.428,
    "qualifier_at_most": -0.442,
    "far_below_other_reports": -0.497,
    "lone_below_its_reports_toll": -0.683,
    "below_other_reports": -0.716,
    "share_of_group_from_its_report": -0.910,
    "depth_in_article": -0.952,
}
