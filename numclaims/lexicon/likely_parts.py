"""Weights of the likely-part score (numclaims.likely_parts).  Data only.

Fitted by tools/fit_likely_parts.py on 114 sets of annotated news: 5,225 grouped figures,
4,088 of them in their group's quantity and 1,137 parts, other events or other quantities.
Positive weights keep a figure in its group; negative ones leave it out.
"""
INTERCEPT = 2.709
WEIGHTS: dict[str, float] = {
    "below_median": 1.009,
    "group_size": 0.746,
    "in_lede": 0.488,
    "below_its_reports_toll_and_others": 0.485,
    "attributed": 0.359,
    "qualifier_vague": 0.288,
    "lone_below_others": 0.122,
    "qualifier_range": 0.119,
    "below_largest": 0.116,
    "qualifier_approx": 0.113,
    "qualifier_at_least": 0.079,
    "qualifier_exact": -0.156,
    "only_report": -0.286,
    "below_its_reports_toll": -0.425,
    "qualifier_at_most": -0.443,
    "far_below_other_reports": -0.495,
    "lone_below_its_reports_toll": -0.685,
    "below_other_reports": -0.693,
    "share_of_group_from_its_report": -0.896,
    "depth_in_article": -0.953,
}
