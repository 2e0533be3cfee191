"""Laws of the claim layer that hold for any text at all."""
import math

from hypothesis import example, given
from hypothesis import strategies as st

from numclaims import conflict_groups, extract
from numclaims.model import CATEGORIES, QUALIFIERS
from numclaims.sentences import split_sentences

NEWS_WORDS = ["killed", "wounded", "said", "according to", "the UN", "up to", "more than", "4,000",
              "half a million", "hundreds of thousands", "refugees", "fled", "since March 2011", "“", "”",
              '"', ",", ".", "\n", "Aleppo", "in", "were", "people", "denied", "false", "12-15", "one of",
              # words the quantity rules read around a figure: brackets, lists, parts, places
              "(", ")", "5", "5 more", "including", "of whom", "and", "in Kerr County", "in Jajarkot",
              "at the hospital", "so far", "since the blast", "in 2019", "earthquake", "attack"]
news_like = st.lists(st.sampled_from(NEWS_WORDS), max_size=40).map(" ".join)
any_text = st.one_of(st.text(), news_like)


@example("UP TO\n0")   # found by the long fuzz run: a qualifier closing one line, a figure opening the next
@example("Fire kills 33\nAt least 33 died.")
@given(any_text)
def test_extract_never_raises_and_every_claim_points_into_the_text(text):
    """For any text, each claim's span is inside the text, and its text is that slice."""
    claims = extract(text, doc="t")
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.text
        assert claim.text in claim.sentence
    assert len({(c.start, c.end) for c in claims}) == len(claims)   # no figure is claimed twice


@given(any_text)
def test_every_claim_has_finite_values_and_known_labels(text):
    """Values and bounds are finite numbers, low <= value <= high where given, labels are the spec's."""
    for claim in extract(text, doc="t"):
        for bound in (claim.value, claim.low, claim.high):
            assert bound is None or math.isfinite(bound)
        assert claim.low is None or claim.low <= claim.value
        assert claim.high is None or claim.value <= claim.high
        assert claim.qualifier in QUALIFIERS and claim.category in CATEGORIES
        assert claim.stance in ("asserted", "denied")


@given(any_text)
def test_sentences_are_ordered_slices_of_the_text(text):
    """Sentences never overlap, come in order, and are exact slices of the text."""
    last_end = 0
    for sentence in split_sentences(text):
        assert last_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text
        last_end = sentence.end


@given(st.lists(news_like, max_size=6))
def test_conflict_groups_hold_only_differing_figures_of_one_key(texts):
    """Every group has two or more claims, all with the same key, and not all with one value."""
    claims = [c for i, t in enumerate(texts) for c in extract(t, doc=f"d{i}")]
    for group in conflict_groups(claims):
        assert len(group.claims) >= 2 and group.conflicting
        assert group.low <= group.high
