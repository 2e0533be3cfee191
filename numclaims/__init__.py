"""numclaims: the figures in news text, what they count, who says so, and where sources conflict.

    >>> from numclaims import find_numbers
    >>> [n.text for n in find_numbers("around half a million people")]
    ['around half a million']
"""
from numclaims.model import Claim, ConflictGroup, Document, NumberSpan, QuantityKey
from numclaims.numbers import find_numbers

__all__ = ["Claim", "ConflictGroup", "Document", "NumberSpan", "QuantityKey", "find_numbers"]
