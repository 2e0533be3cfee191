"""Which figures a quantity's group leaves out as likely parts, and the laws the leaving-out keeps."""
import importlib.util
from collections import Counter
from pathlib import Path
from statistics import median

from hypothesis import given, strategies as st

from numclaims import conflict_groups, extract
from numclaims.likely_parts import Standings, leave_out_likely_parts
from numclaims.model import Claim, ConflictGroup, QuantityKey

ROOT = Path(__file__).resolve().parent.parent

# a sentence that pushes what follows it deep into its article
_BODY = (" Rescue teams worked through the night as relatives gathered outside the hospitals,"
         " and the mayor called for calm while the roads stayed closed.") * 2


def groups_of(*reports):
    claims = [c for i, text in enumerate(reports) for c in extract(text, doc=f"d{i}")]
    return conflict_groups(claims, include_agreeing=True)


def test_a_lone_figure_below_its_reports_toll_deep_in_the_article_is_left_out_as_a_likely_part():
    [group] = groups_of(
        "At least 31 people were killed in the bombings on Tuesday, officials said." + _BODY
        + " Twenty people were killed when the second bomb went off on a train.",
        "The bombings killed 31 people, the prosecutor said on Wednesday." + _BODY,
        "Officials said 31 people died in the attacks." + _BODY)
    assert sorted(c.value for c in group.claims) == [31, 31, 31]
    assert [c.text for c in group.left_out] == ["Twenty"]


def test_a_toll_that_grew_between_reports_keeps_every_figure():
    [group] = groups_of("At least 12 people were killed in the earthquake on Sunday.",
                        "The earthquake's toll rose to 40 on Monday.",
                        "Officials said 41 people died in the earthquake.")
    assert sorted(c.value for c in group.claims) == [12, 40, 41] and not group.left_out


def test_a_figure_its_report_gives_from_another_source_is_a_disagreement_not_a_part():
    [group] = groups_of(
        "The Syrian Observatory for Human Rights says 6,400 people have been killed in the conflict." + _BODY
        + " The UN says up to 4,000 people have been killed in the conflict.",
        "Activists say around half a million people have been killed in the conflict.")
    assert sorted(c.value for c in group.claims) == [4000, 6400, 500_000] and not group.left_out


def _claim(doc, start, value, source):
    return Claim(doc=doc, start=start, end=start + 2, text=str(value), value=value, low=None, high=None,
                 qualifier="exact", unit=None, category="killed", subject="people", location=None, time=None,
                 attributed_to=source, stance="asserted", source=None, date=None, sentence=str(value))


_claims = st.builds(_claim, doc=st.sampled_from(["d0", "d1", "d2"]), start=st.integers(0, 5000),
                    value=st.integers(1, 100_000).map(float), source=st.sampled_from([None, "UN", "police", "SOHR"]))


@given(st.lists(_claims, max_size=12, unique_by=lambda c: (c.doc, c.start)))
def test_leaving_out_keeps_every_figure_once_the_largest_in_and_another_sources_in(members):
    group = leave_out_likely_parts(ConflictGroup(QuantityKey("killed", "people", "Syria", "to date"), tuple(members)))
    assert Counter(group.claims + group.left_out) == Counter(members)
    assert all(c in group.claims for c in members if c.value == max(m.value for m in members))
    tolls = {doc: max((c for c in members if c.doc == doc), key=lambda c: c.value) for doc in {c.doc for c in members}}
    for part in group.left_out:
        toll = tolls[part.doc]
        assert not (part.attributed_to and toll.attributed_to and part.attributed_to != toll.attributed_to)


def _fitting_tool():
    spec = importlib.util.spec_from_file_location("fit_likely_parts", ROOT / "tools" / "fit_likely_parts.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


def test_the_fitting_tool_weighs_a_telling_feature_by_its_sign():
    rows = [({"deep": 1.0}, 0)] * 30 + [({"deep": 1.0}, 1)] * 10 + [({"deep": 0.0}, 1)] * 30 + [({"deep": 0.0}, 0)] * 5
    intercept, weights = _fitting_tool().fit(rows)
    assert weights["deep"] < 0 < intercept
    assert intercept + weights["deep"] < 0


def test_the_fitting_tool_reads_a_gold_file_and_its_articles():
    examples = _fitting_tool().examples(ROOT / "tests" / "data" / "seeds_gold.jsonl", ROOT / "seeds")
    assert sorted(label for _, label in examples) == [1, 1, 1]
    assert all("depth_in_article" in features for features, _ in examples)


@given(st.lists(_claims, min_size=1, max_size=12, unique_by=lambda c: (c.doc, c.start)))
def test_the_other_reports_median_is_the_median_of_their_tolls(members):
    standings = Standings(tuple(members))
    for claim in members:
        others = [toll.value for doc, toll in standings.tolls.items() if doc != claim.doc]
        assert standings.median_of_other_reports(claim) == (median(others) if others else None)
