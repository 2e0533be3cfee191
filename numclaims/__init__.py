"""numclaims: the figures in news text, what they count, who says so, and where sources conflict.

    >>> from numclaims import extract, find_numbers
    >>> [n.text for n in find_numbers("around half a million people")]
    ['around half a million']
    >>> [(c.value, c.category, c.attributed_to) for c in extract("The UN said 12 people were killed.")]
    [(12, 'killed', 'UN')]
"""
from numclaims import regex_cache

regex_cache.enable()   # before any module compiles its patterns

from numclaims.extract import extract, extract_document  # noqa: E402
from numclaims.model import Claim, ConflictGroup, Document, NumberSpan, QuantityKey  # noqa: E402
from numclaims.numbers import find_numbers  # noqa: E402

__all__ = ["Claim", "ConflictGroup", "Document", "NumberSpan", "QuantityKey", "conflict_groups",
           "extract", "extract_document", "find_numbers", "quantity_key", "timelines"]

_QUANTITIES = {"conflict_groups", "quantity_key", "timelines"}


def __getattr__(name: str):
    """The conflict layer loads on first use: `numclaims extract` never compiles its patterns."""
    if name in _QUANTITIES:
        from numclaims import quantities
        return getattr(quantities, name)
    raise AttributeError(f"module 'numclaims' has no attribute {name!r}")
